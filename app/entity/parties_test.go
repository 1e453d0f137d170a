package entity

import "testing"

// TestParties holds the political parties the rules miss or keep low
// (data/parties.txt): in lower case, one word no list knows, a plural
// after "les". Sentences written for the test; each wants exactly the
// mentions shown by default, as TYPE:text.
func TestParties(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a party written in lower case after an article",
			blocks: []string{"La présidence de la commission reviendra au parti socialiste, selon Julien Marchand."},
			want:   []string{"ORG:parti socialiste", "PER:Julien Marchand"}},
		{name: "a Belgian party in lower case, and one with an inner capital",
			blocks: []string{"Le mouvement réformateur et le cdH ont signé l'accord de majorité à Namur."},
			want:   []string{"ORG:mouvement réformateur", "ORG:cdH", "LOC:Namur"}},
		{name: "a party named by one word no other list knows",
			blocks: []string{"Le congrès d'Ecolo a approuvé la participation au gouvernement wallon."},
			want:   []string{"ORG:Ecolo"}},
		{name: "the Greens are a party in political news",
			blocks: []string{"Au conseil municipal de Lille, les Verts ont voté contre le budget."},
			want:   []string{"LOC:Lille", "ORG:Verts"}},
		{name: "the Greens are a team's nickname in a match report",
			blocks: []string{"Les Verts battus à domicile", "Les Verts ont perdu 2-1 face à Lorient en championnat. Après le but encaissé à la 85e minute, l'entraîneur a regretté un penalty refusé à son attaquant et critiqué l'arbitre du match."},
			want:   []string{"ORG:Lorient"}},
		{name: "a party in lower case after an indefinite article is a common noun",
			blocks: []string{"Il rêvait de fonder un parti socialiste moderne dans sa région."},
			want:   nil},
		{name: "a Quebec party",
			blocks: []string{"La Coalition avenir Québec a remporté l'élection partielle de Jean-Talon."},
			want:   []string{"ORG:Coalition avenir Québec", "LOC:Jean-Talon"}},
		{name: "a party whose name holds a place, mid-sentence",
			blocks: []string{"La réforme portée par la Coalition avenir Québec en campagne a été adoptée."},
			want:   []string{"ORG:Coalition avenir Québec"}},
	})
}
