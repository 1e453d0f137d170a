package entity

import "testing"

// TestNationalTails cuts a country's or a canton's adjective off a body
// named by its head and its domain (nationaltail.go; session 13: "le
// ministère de la Défense italien", "le Conseil d'État fribourgeois",
// "le Conseil présidentiel de transition haïtien" in three seen sets),
// and keeps the names that end with their adjective. The sentences are
// written for the test.
func TestNationalTails(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a ministry and its country",
			blocks: []string{"Le ministère de l'Agriculture ivoirien a annoncé des aides."},
			want:   []string{"ORG:ministère de l'Agriculture"}},
		{name: "a country the demonyms did not list",
			blocks: []string{"Selon le ministère de la Santé togolais, trois cas sont confirmés."},
			want:   []string{"ORG:ministère de la Santé"}},
		{name: "a council and its canton",
			blocks: []string{"Le Conseil d'État vaudois a présenté son budget."},
			want:   []string{"ORG:Conseil d'État"}},
		{name: "a lower-case domain and a feminine head",
			blocks: []string{"La Commission de surveillance tunisienne a rendu son avis."},
			want:   []string{"ORG:Commission de surveillance"}},
		{name: "the adjective of the domain stays",
			blocks: []string{"La Fédération nationale des producteurs algériens a protesté.", "Le Comité de défense de la langue tunisienne a écrit au président."},
			want:   []string{"ORG:Fédération nationale des producteurs algériens", "ORG:Comité de défense de la langue tunisienne"}},
		{name: "names that end with their adjective stay",
			blocks: []string{"L'Agence spatiale italienne et le Parti québécois ont signé.", "La Commission de l'Union africaine siège à Addis-Abeba."},
			want:   []string{"ORG:Agence spatiale italienne", "ORG:Parti québécois", "ORG:Commission de l'Union africaine", "LOC:Addis-Abeba"}},
	})
}
