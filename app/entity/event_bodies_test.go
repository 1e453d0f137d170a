package entity

import "testing"

// TestEventBodies holds a listed body inside an event's name, which is
// the organisation alone (GUIDELINE: "Conférence des Nations unies sur le
// climat" gives "Nations unies"; session 13: the whole was an
// organisation in two seen sets). The sentences are written for the
// test.
func TestEventBodies(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "the UN's conference gives the UN",
			blocks: []string{"Un mois avant la Conférence des Nations unies sur les changements climatiques, le rapport est paru."},
			want:   []string{"ORG:Nations unies"}},
		{name: "a summit gives its body",
			blocks: []string{"Le sommet de l'Union africaine s'est ouvert à Niamey."},
			want:   []string{"ORG:Union africaine", "LOC:Niamey"}},
		{name: "an event's place stays a place",
			blocks: []string{"Les Jeux olympiques de Paris ont commencé."},
			want:   []string{"LOC:Paris"}},
	})
}
