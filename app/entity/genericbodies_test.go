package entity

import "testing"

// TestGenericBodies holds bodies named by their head and level alone and
// collective nouns, kept low (genericbodies.go; session 13: "Conseil
// communal", "Banque Centrale", "Société civile" were organisations in
// the seen sets), and the listed bodies that stay. The sentences are
// written for the test.
func TestGenericBodies(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a head and its level",
			blocks: []string{"Le Conseil communal s'est réuni lundi.", "Selon le rapport de l'Agence nationale, la croissance ralentit."},
			want:   nil},
		{name: "collective nouns",
			blocks: []string{"Les membres de la Société civile ont manifesté.", "Le chef de file de l'Opposition a réagi."},
			want:   nil},
		{name: "listed bodies and named ones stay",
			blocks: []string{"L'Assemblée nationale a voté, la Banque mondiale a salué le texte.", "La Banque centrale européenne a maintenu ses taux."},
			want:   []string{"ORG:Assemblée nationale", "ORG:Banque mondiale", "ORG:Banque centrale européenne"}},
		{name: "a town's council named by the town gives the town",
			blocks: []string{"Elle travaille à la Ville de Saguenay.", "Les candidats à la Mairie de Toulouse sont connus.", "La Préfecture de Guadeloupe a déclenché l'alerte."},
			want:   []string{"LOC:Saguenay", "LOC:Toulouse", "LOC:Guadeloupe"}},
		{name: "a hospital named by its generic noun gives its town",
			blocks: []string{"Accès aux urgences du Centre hospitalier d’Auch : appelez le 15."},
			want:   []string{"LOC:Auch"}},
		{name: "police bodies stay",
			blocks: []string{"La Police locale a bouclé le quartier."},
			want:   []string{"ORG:Police locale"}},
	})
}
