package entity

import "testing"

// TestAcronymAfterName holds a name that ran over "de l'" into an
// acronym (issue 15, heldout14: "la sonde Huygens de l'ESA" one hidden
// person, and the agency with it), and ministers' portfolios in brackets
// that the model read as people. The sentences are written for the
// test; each wants exactly the mentions shown by default, as TYPE:text.
func TestAcronymAfterName(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a name stops before de l' and an acronym",
			blocks: []string{"La caméra Herschel de l'ESA a photographié la nébuleuse."},
			want:   []string{"ORG:ESA"}},
		{name: "a body's name runs on into its acronym",
			blocks: []string{"La Banque de l'UEMOA relève ses taux."},
			want:   []string{"ORG:Banque de l'UEMOA"}},
		{name: "portfolios in brackets the model reads as people",
			blocks: []string{"Quatre des cinq ministres figuraient déjà dans le gouvernement : Youcef Yousfi (Industrie), Farid Amrani (Travaux publics), Sid Ali Kaci (Pêche), Hassane Mellouk (Tourisme), ont été reconduits."},
			want:   []string{"PER:Youcef Yousfi", "PER:Farid Amrani", "PER:Sid Ali Kaci", "PER:Hassane Mellouk"}},
	})
}
