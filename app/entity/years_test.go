package entity

import "testing"

// TestBareYears holds the bare years missed on the tune half of
// heldout11 (issue 15): a year naming a document's period, and two years
// named as times. The sentences are written for the test; each wants
// exactly the mentions shown by default, as TYPE:text.
func TestBareYears(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a report's year",
			blocks: []string{"La préfecture a publié son bilan 2023 mardi : les accidents ont reculé."},
			want:   []string{"DATE:2023"}},
		{name: "a budget's year",
			blocks: []string{"Les élus ont adopté le budget 2027 après trois heures de débat."},
			want:   []string{"DATE:2027"}},
		{name: "two years named as times",
			blocks: []string{"Les hivers, 1956 et 1985 surtout, ont laissé des traces dans les vergers."},
			want:   []string{"DATE:1956", "DATE:1985"}},
		{name: "two years after de qualify a noun",
			blocks: []string{"Les lois de 1901 et 1905 restent en vigueur."},
			want:   nil},
		{name: "two years in brackets qualify a life",
			blocks: []string{"Une rétrospective rend hommage à la peintre (1911 et 1998 pour ses dates)."},
			want:   nil},
		{name: "two numbers counting people are no years",
			blocks: []string{"Les organisateurs attendent 1500 et 2000 visiteurs samedi."},
			want:   nil},
	})
}
