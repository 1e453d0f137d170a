package ui

import (
	"testing"
	"time"

	"lecteur/app/ui/i18n"
)

func TestDoneMessage(t *testing.T) {
	tests := []struct {
		added, total int
		unlinked     bool
		want         string
	}{
		{1, 1, false, "1 fichier ajouté, en 1,5 s."},
		{3, 3, false, "3 fichiers ajoutés, en 1,5 s."},
		{1, 3, false, "1 fichier ajouté sur 3, en 1,5 s ; les autres sont expliqués plus bas."},
		{2, 3, false, "2 fichiers ajoutés sur 3, en 1,5 s ; les autres sont expliqués plus bas."},
		{0, 1, false, "Le fichier n'a pas été ajouté : la raison est plus bas."},
		{0, 2, false, "Aucun des 2 fichiers n'a été ajouté : les raisons sont plus bas."},
		{1, 1, true, "Vos articles sont enregistrés mais n'ont pas pu être analysés : ils sont listés sans leurs entités ni leur recherche (la raison est plus bas)."},
	}
	for _, tt := range tests {
		if got := doneMessage(Env{Lang: i18n.French}, tt.added, tt.total, 1500*time.Millisecond, tt.unlinked); got != tt.want {
			t.Errorf("doneMessage(%d, %d, %v) = %q, want %q", tt.added, tt.total, tt.unlinked, got, tt.want)
		}
	}
}
