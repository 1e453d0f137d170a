package entity

import "testing"

// TestTitleCaseBodies keeps whole a body's name in title case that runs
// over "pour" or "et" ("Agence Nationale pour l'Organisation de la
// Conférence de l'Union Africaine" was cut in two; issue 15), and two
// bodies joined by "et" apart.
func TestTitleCaseBodies(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a national agency for an event",
			blocks: []string{"L'Agence Nationale pour l'Organisation du Sommet de la Francophonie a publié son budget."},
			want:   []string{"ORG:Agence Nationale pour l'Organisation du Sommet de la Francophonie"}},
		{name: "a committee for two causes",
			blocks: []string{"Le Comité National pour la Réconciliation et le Développement du Mali a siégé."},
			want:   []string{"ORG:Comité National pour la Réconciliation et le Développement du Mali"}},
		{name: "two bodies",
			blocks: []string{"L'Agence Nationale et la Banque Mondiale ont signé."},
			want:   []string{"ORG:Agence Nationale", "ORG:Banque Mondiale"}},
	})
}
