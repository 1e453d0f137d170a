package entity

import "testing"

// TestNumericDates holds dates written as numbers that dateAt missed
// (heldout21, heldout23): day-month-year joined by hyphens, a two-digit
// year after slashes, and a dateline set apart by dashes (heldout13).
// Scores and fractions stay none. The sentences are written for the test.
func TestNumericDates(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a day joined by hyphens",
			blocks: []string{"Le jugement a été rendu le 14-09-2021 à Namur."},
			want:   []string{"DATE:14-09-2021", "LOC:Namur"}},
		{name: "a weekday before a hyphenated day",
			blocks: []string{"Coup d'envoi dimanche 08-03-2026 à 16 heures."},
			want:   []string{"DATE:dimanche 08-03-2026"}},
		{name: "a two-digit year after slashes",
			blocks: []string{"Audience fixée au 03/10/19 par le tribunal."},
			want:   []string{"DATE:03/10/19"}},
		{name: "a dateline set apart by dashes",
			blocks: []string{"Publié le 11 - Avril - 2022 par la rédaction."},
			want:   []string{"DATE:11 - Avril - 2022"}},
		{name: "a score and a fraction",
			blocks: []string{"Le club a gagné 3-1-0 au total, soit 1/2/3 des points."},
			want:   nil},
	})
}
