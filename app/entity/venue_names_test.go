package entity

import "testing"

// TestVenueNames holds venues named by a capitalised head and a
// lower-case kind (issue 15: "Palais des congrès" missed, "Centre
// international de conférence de Diamniadio" and "Centre spatial
// guyanais" shown as organisations, on sets never seen then). The
// sentences are written for the test; each wants exactly the mentions
// shown by default, as TYPE:text.
func TestVenueNames(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a congress hall, the town after à",
			blocks: []string{"Les urgentistes se retrouvent jeudi au Palais des congrès à Montpellier."},
			want:   []string{"LOC:Palais des congrès", "LOC:Montpellier"}},
		{name: "an adjective and the town",
			blocks: []string{"Le sommet s'ouvre au Centre international de conférences de Kigali, inauguré en 2016."},
			want:   []string{"LOC:Centre international de conférences de Kigali", "DATE:2016"}},
		{name: "a sports hall named after a person",
			blocks: []string{"Le match se jouera au Parc des sports Marcel-Michelin de Vannes devant 8 000 spectateurs."},
			want:   []string{"LOC:Parc des sports Marcel-Michelin", "LOC:Vannes"}},
		{name: "a launch site",
			blocks: []string{"La fusée a décollé du Centre spatial guyanais à l'aube."},
			want:   []string{"LOC:Centre spatial guyanais"}},
		{name: "a research centre stays an organisation",
			blocks: []string{"Le Centre national de la recherche scientifique publie son rapport."},
			want:   []string{"ORG:Centre national de la recherche scientifique"}},
	})
}
