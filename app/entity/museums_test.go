package entity

import "testing"

// TestMuseumNames makes one organisation of a museum named by its field
// (museums.go; session 13: cut or missed in heldout12, 13, 18, 21 and
// 24), and leaves a museum in lower case throughout, a kind of museum,
// and a longer name around one. The sentences are written for the test.
func TestMuseumNames(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a field in lower case after a capital",
			blocks: []string{"Les chercheurs du Musée d’histoire naturelle ont décrit dix espèces."},
			want:   []string{"ORG:Musée d’histoire naturelle"}},
		{name: "two fields and the town",
			blocks: []string{"Le musée d'Art et d'Histoire de Genève prête trois toiles."},
			want:   []string{"ORG:musée d'Art et d'Histoire de Genève"}},
		{name: "an adjective before the field",
			blocks: []string{"Les Musées royaux des Beaux-Arts de Belgique ferment lundi."},
			want:   []string{"ORG:Musées royaux des Beaux-Arts de Belgique"}},
		{name: "a kind of museum names none",
			blocks: []string{"La commune rêve d'un musée d'histoire locale."},
			want:   nil},
	})
}
