package entity

import (
	"strings"
	"testing"
)

// TestArtists holds musicians named by their stage name alone and bands
// (issue 15: "Orelsan", "Damso" found but hidden as people without a
// first name, "Soprano" and "Gims" typed as places, "Indochine" as a
// place), and the names the list must leave alone outside music: a
// voice, a colony, a title's person. The sentences are written for the
// test; each wants exactly the mentions shown by default, as TYPE:text.
func TestArtists(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a rapper alone, opening a sentence and after de",
			blocks: []string{"Damso remplit la salle pour trois soirs.", "Le public de Damso connaît chaque texte."},
			want:   []string{"PER:Damso", "PER:Damso"}},
		{name: "two rappers in a list, in any article",
			blocks: []string{"Les ventes de Gazo et de Tiakola ont doublé cette année."},
			want:   []string{"PER:Gazo", "PER:Tiakola"}},
		{name: "a band that is also a place, in an article about music",
			blocks: []string{"Le groupe Indochine part en tournée des stades : ses fans attendent un nouvel album et trois concerts à Paris."},
			want:   []string{"ORG:Indochine", "LOC:Paris"}},
		{name: "the same name outside music stays the place",
			blocks: []string{"La guerre d'Indochine a pris fin en 1954.", "Les soldats revenus d'Indochine ont témoigné."},
			want:   []string{"LOC:Indochine", "DATE:1954", "LOC:Indochine"}},
		{name: "a common word outside music is no singer",
			blocks: []string{"Soprano de formation, elle enseigne le chant lyrique à Lyon."},
			want:   []string{"LOC:Lyon"}},
		{name: "a common word is the singer in an article about music",
			blocks: []string{"Soprano donnera un concert au Vélodrome en juin.", "Le chanteur marseillais remplit les stades."},
			want:   []string{"PER:Soprano", "LOC:Vélodrome"}},
		{name: "a first name as a stage name in an article about music",
			blocks: []string{"Au concert de dimanche, Vianney a chanté son nouveau single devant dix mille fans."},
			want:   []string{"PER:Vianney"}},
		{name: "a stage name of several words the rules cut into pieces",
			blocks: []string{"Christine and the Queens sera à l'Olympia en mars pour présenter son album."},
			want:   []string{"PER:Christine and the Queens", "LOC:Olympia"}},
		{name: "an acronym is the rapper in an article about music",
			blocks: []string{"SCH sort un album et enchaîne les concerts."},
			want:   []string{"PER:SCH"}},
		{name: "a work in quotes stays nothing",
			blocks: []string{"Le rappeur a sorti l'album « Soprano » en 2023, et son concert a affiché complet."},
			want:   []string{"DATE:2023"}},
		{name: "a band's name outside music is left to the other rules",
			blocks: []string{"La cantatrice a rejoint Muse.", "Selon Muse, le contrat est signé."},
			want:   nil},
	})
}

// TestArtistsList checks data/artists.txt: a type (PER or ORG, "?" for
// a name retyped only in an article about music) and a name on each
// line, no name twice, and every name that is also a first name, a
// place, a commune, a surname or a common capitalised word of the other
// lists marked with "?". No name may be a listed company, medium, party
// or institution, which the corrections type already.
func TestArtistsList(t *testing.T) {
	b, err := dataFS.ReadFile("data/artists.txt")
	if err != nil {
		t.Fatal(err)
	}
	g := lists()
	seen := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, name, ok := strings.Cut(line, " ")
		if !ok || strings.TrimSuffix(kind, "?") != "PER" && strings.TrimSuffix(kind, "?") != "ORG" || strings.TrimSpace(name) != name || name == "" {
			t.Errorf("artists.txt: %q, want PER, ORG, PER? or ORG? and a name", line)
			continue
		}
		toks := tokenize(name)
		k := keyOf(toks, 0, len(toks))
		if seen[k] {
			t.Errorf("artists.txt: %q twice", name)
		}
		seen[k] = true
		if _, ok := g.artists[k]; !ok {
			t.Errorf("artists.txt: %q not loaded", name)
		}
		if g.companies[k] || g.media[k] || g.parties[k] || g.institutions[k] {
			t.Errorf("artists.txt: %q is a company, a medium, a party or an institution of the other lists", name)
		}
		ambiguous := g.places[k] || g.communes.has(k) || g.surnames[k] || g.common[k] || g.stopwords[k] || g.roles[k] || len(toks) == 1 && firstNameWord(toks[0])
		if ambiguous && !strings.HasSuffix(kind, "?") {
			t.Errorf("artists.txt: %q is also a first name, a place, a surname or a common word, want %s?", name, kind)
		}
	}
}
