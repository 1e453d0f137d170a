package entity

import "testing"

// TestTradeAfterEn holds bodies named after practitioners and their
// trade after "en" (issue 15, heldout20: "Association des spécialistes
// en médecine d'urgence du Québec" cut at "spécialistes"), and "en"
// opening a clause after a body. The sentences are written for the
// test; each wants exactly the mentions shown by default, as TYPE:text.
func TestTradeAfterEn(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "practitioners and their trade",
			blocks: []string{"L'Association des infirmières en santé mentale du Québec proteste."},
			want:   []string{"ORG:Association des infirmières en santé mentale du Québec"}},
		{name: "en opening a clause",
			blocks: []string{"L'Ordre des médecins en grève et le Syndicat des agents en poste manifestent à Lyon."},
			want:   []string{"ORG:Ordre des médecins", "ORG:Syndicat des agents", "LOC:Lyon"}},
	})
}
