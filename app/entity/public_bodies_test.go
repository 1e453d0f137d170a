package entity

import "testing"

// TestPublicBodies holds public bodies the press writes in title case,
// and services named with their department's number (issue 15,
// heldout14: "à l'Inserm" shown as a place, "Sdis 38" missed). The
// sentences are written for the test; each wants exactly the mentions
// shown by default, as TYPE:text.
func TestPublicBodies(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "research bodies in title case",
			blocks: []string{"Chercheuse à l'Inserm, elle a rejoint l'Inrae puis l'Ifremer."},
			want:   []string{"ORG:Inserm", "ORG:Inrae", "ORG:Ifremer"}},
		{name: "regulators in title case",
			blocks: []string{"La Cnil et l'Arcom ont saisi l'Anses."},
			want:   []string{"ORG:Cnil", "ORG:Arcom", "ORG:Anses"}},
		{name: "a service and its department's number",
			blocks: []string{"Les pompiers du Sdis 13 et le Samu 93 sont intervenus à Aubagne."},
			want:   []string{"ORG:Sdis 13", "ORG:Samu 93", "LOC:Aubagne"}},
	})
}
