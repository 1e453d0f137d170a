package entity

import "testing"

// TestQuotedTitles holds the titles of works, products and projects
// written in quotation marks, typed as entities on the tune half of
// heldout11 (issue 15; GUIDELINE: works are no entities). The sentences
// are written for the test; each wants exactly the mentions shown by
// default, as TYPE:text.
func TestQuotedTitles(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a painting's title in guillemets",
			blocks: []string{"La galerie expose « Harbour Morning », une toile de Paul Verdier peinte à Lyon."},
			want:   []string{"PER:Paul Verdier", "LOC:Lyon"}},
		{name: "a novel named after its heroine",
			blocks: []string{"Son dernier roman, « Louise Arnaud », paraît chez un petit éditeur."},
			want:   nil},
		{name: "a train's name in guillemets without spaces",
			blocks: []string{"Le nouveau train baptisé «Ibn Battuta» reliera Rabat et Tanger."},
			want:   []string{"LOC:Rabat", "LOC:Tanger"}},
		{name: "a work named after a town, after a work noun",
			blocks: []string{"Sa chanson « Valparaiso » a été reprise par une chorale de Lille."},
			want:   []string{"LOC:Lille"}},
		{name: "a listed newspaper in guillemets stays",
			blocks: []string{"Il a répondu aux questions de « Libération » mardi."},
			want:   []string{"ORG:Libération"}},
		{name: "a name inside a quoted sentence stays",
			blocks: []string{"« Marie Curie a ouvert la voie », a rappelé la chercheuse."},
			want:   []string{"PER:Marie Curie"}},
	})
}
