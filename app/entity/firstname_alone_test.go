package entity

import "testing"

// TestFirstNameAloneAfterFullName holds a first name used alone for a
// person the article names in full, hidden on the tune half of heldout11
// (issue 15; GUIDELINE: a first name used alone for a person is PER).
// The sentences are written for the test; each wants exactly the
// mentions shown by default, as TYPE:text.
func TestFirstNameAloneAfterFullName(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a first name alone in a quotation, the full name later",
			blocks: []string{"« Mathilde, rentre à la maison » : l'appel de sa mère", "Les recherches pour retrouver Mathilde Berthier, 17 ans, se poursuivent."},
			want:   []string{"PER:Mathilde", "PER:Mathilde Berthier"}},
	})
}
