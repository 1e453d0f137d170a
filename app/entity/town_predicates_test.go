package entity

import "testing"

// TestTownPredicates holds a name the list of mixed proper nouns
// (proper.txt) typed as an organisation though the sentence says it is a
// town, missed on heldout11's held-out half (issue 15: "Kiev" as an
// organisation). The sentences are written for the test; each wants
// exactly the mentions shown by default, as TYPE:text.
func TestTownPredicates(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a town by its predicate, its other mentions with it",
			blocks: []string{"Les sirènes ont retenti sur Kiev dans la nuit. Mais Kiev est une ville qui ne dort plus."},
			want:   []string{"LOC:Kiev", "LOC:Kiev"}},
		{name: "a capital by its predicate",
			blocks: []string{"On oublie souvent que Kiev est la capitale la plus peuplée de la région."},
			want:   []string{"LOC:Kiev"}},
		{name: "a town in apposition",
			blocks: []string{"Les habitants de Bailleul, une commune du Nord, ont voté dimanche."},
			want:   []string{"LOC:Bailleul", "LOC:Nord"}},
		{name: "a town in apposition after the list's guess",
			blocks: []string{"Les secours sont arrivés à l'aube et Kiev, une ville meurtrie, a compté ses morts."},
			want:   []string{"LOC:Kiev"}},
		{name: "a company is no town",
			blocks: []string{"Le groupe Renault est une entreprise qui emploie des milliers de salariés."},
			want:   []string{"ORG:Renault"}},
	})
}
