package entity

import "testing"

// TestClassLists holds names listed after a plural noun that says what
// they are (issue 15: hospitals "Henri Mondor", "Avicenne" listed after
// "hôpitaux de l'AP-HP :" shown as people on a set never seen). The
// sentences are written for the test; each wants exactly the mentions
// shown by default, as TYPE:text.
func TestClassLists(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "hospitals after a colon, figures in brackets",
			blocks: []string{"Les urgences débordent dans plusieurs hôpitaux de l'AP-HP : Henri Mondor (150 %), Avicenne (128 %) et Lariboisière (140 %)."},
			want:   []string{"ORG:AP-HP", "ORG:Henri Mondor", "ORG:Avicenne", "ORG:Lariboisière"}},
		{name: "publishers after the class noun",
			blocks: []string{"Les éditeurs Gallimard, Grasset et Flammarion se partagent les prix de l'automne."},
			want:   []string{"ORG:Gallimard", "ORG:Grasset", "ORG:Flammarion"}},
		{name: "towns after de",
			blocks: []string{"Les communes de Vernoux, Saint-Agrève et Lamastre ont voté contre le projet."},
			want:   []string{"LOC:Vernoux", "LOC:Saint-Agrève", "LOC:Lamastre"}},
		{name: "a clubs' list keeps its towns",
			blocks: []string{"Les clubs de Lyon, Lille et Rennes ont recruté cet été."},
			want:   []string{"LOC:Lyon", "LOC:Lille", "LOC:Rennes"}},
	})
}

// TestClassBefore checks which lists a class noun introduces: a class of
// buildings before "de" names their owner, not the list's class.
func TestClassBefore(t *testing.T) {
	for _, c := range []struct {
		text, first string
		want        Type
	}{
		{"La tournée des stades de Soprano, Indochine et Orelsan affiche complet.", "Soprano", ""},
		{"Les villes de Vernoux et Lamastre ont voté.", "Vernoux", LOC},
		{"Les hôpitaux de Lyon et Grenoble ont voté.", "Lyon", ""},
		{"Des villes comme Vernoux et Lamastre ont voté.", "Vernoux", LOC},
		{"Trois banques, dont Natixis et Oddo, ont prêté.", "Natixis", ORG},
		{"Trois banques ont prêté à Natixis et Oddo.", "Natixis", ""},
	} {
		a := analyse([]string{c.text})
		i := 0
		for i < len(a.toks[0]) && a.toks[0][i].text != c.first {
			i++
		}
		got, _ := a.classBefore(0, i)
		if got != c.want {
			t.Errorf("classBefore(%q, %q) = %q, want %q", c.text, c.first, got, c.want)
		}
	}
}
