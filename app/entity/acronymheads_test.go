package entity

import "testing"

// TestAcronymHeads holds names the rules ran on from an acronym into
// another name (acronymHeads). Sentences written for the test; each
// wants exactly the mentions shown by default, as TYPE:text.
func TestAcronymHeads(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "an acronym and the town of its plant",
			blocks: []string{"Les salariés de l'usine SGT de Montbrison-sur-Lignon attendent un repreneur."},
			want:   []string{"ORG:SGT", "LOC:Montbrison-sur-Lignon"}},
		{name: "an acronym and a person named in full before",
			blocks: []string{"Le secrétaire général de l'ONU, António Guterres, s'est rendu à Kaboul.", "Le chef de l'ONU Guterres a dénoncé les frappes."},
			want:   []string{"ORG:ONU", "PER:António Guterres", "LOC:Kaboul", "ORG:ONU", "PER:Guterres"}},
		{name: "a union and the company it sits in",
			blocks: []string{"La CGT de Renault appelle à la grève jeudi."},
			want:   []string{"ORG:CGT", "ORG:Renault"}},
		{name: "a national team keeps its name",
			blocks: []string{"Le XV de France a battu l'Irlande samedi."},
			want:   []string{"ORG:XV de France", "LOC:Irlande"}},
		{name: "an acronym followed by a word of its name stays whole",
			blocks: []string{"La filiale SNCF Voyageurs a annoncé de nouveaux trains."},
			want:   []string{"ORG:SNCF Voyageurs"}},
	})
}
