package entity

import "testing"

// TestWorldTowns holds towns of the French-speaking world that only
// worldtowns.txt knows (GeoNames' French catalogue, from which
// places.txt comes, leaves out the towns whose French name is the local
// one), capitals places-hand.txt adds, and the names the list must leave
// alone: a title's person, a brand, a kin noun's person, a player in a
// match report. The sentences are written for the test; each wants
// exactly the mentions shown by default, as TYPE:text.
func TestWorldTowns(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a capital after vers",
			blocks: []string{"Le convoi humanitaire roulait vers Nouakchott depuis trois jours."},
			want:   []string{"LOC:Nouakchott"}},
		{name: "two Swiss towns between entre and et",
			blocks: []string{"La route est coupée entre Delémont et Porrentruy depuis lundi."},
			want:   []string{"LOC:Delémont", "LOC:Porrentruy"}},
		{name: "a Haitian town after a noun and de",
			blocks: []string{"Un incendie a ravagé le marché de Gonaïves mardi."},
			want:   []string{"LOC:Gonaïves"}},
		{name: "a town of Luxembourg near près de",
			blocks: []string{"Un camion s'est renversé près de Leudelange."},
			want:   []string{"LOC:Leudelange"}},
		{name: "capitals in their French forms",
			blocks: []string{"Le ministre s'est rendu à Porto-Novo, puis à Abou Dhabi."},
			want:   []string{"LOC:Porto-Novo", "LOC:Abou Dhabi"}},
		{name: "a town after M. is a person",
			blocks: []string{"Le prix a été remis à M. Kaédi, maire de la ville."},
			want:   []string{"PER:Kaédi"}},
		{name: "a brand that is also a town stays the company",
			blocks: []string{"La direction de Bic annonce un plan social."},
			want:   []string{"ORG:Bic"}},
		{name: "a town after a kin noun is no town",
			blocks: []string{"Le fils de Leudelange a témoigné devant la cour."},
			want:   nil},
		{name: "a player after à in a match report stays a player",
			blocks: []string{"Football. Le FC Sion a battu le FC Bâle 2-1 dimanche lors de la 8e journée. Le gardien a arrêté un penalty à la 70e minute et l'entraîneur salue la victoire. Delémont (52e) a marqué le but décisif, après une passe à Delémont de son capitaine."},
			want:   []string{"ORG:FC Sion", "ORG:FC Bâle", "PER:Delémont", "PER:Delémont"}},
	})
}

// TestWorldTownsList checks what extract put in worldtowns.txt and what
// it left to the other lists or out: towns of the chosen countries and
// the hand-written ones are in; capitals places.txt has, towns of
// countries not chosen, Canadian towns outside Quebec, New Brunswick and
// Ontario, first names, English and French common words are not.
func TestWorldTownsList(t *testing.T) {
	g := lists()
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Delémont", true},     // Switzerland
		{"Gonaïves", true},     // Haiti
		{"Diekirch", true},     // Luxembourg
		{"Kaédi", true},        // Mauritania
		{"Tiztoutine", true},   // Morocco
		{"Laâyoune", true},     // by hand
		{"Pétion-Ville", true}, // by hand
		{"Nouakchott", false},  // places.txt, by hand
		{"Dakar", false},       // places.txt
		{"Wakkerstroom", true}, // South Africa
		{"Chicoutimi", true},   // Quebec
		{"Canmore", false},     // Alberta
		{"Blaye", false},       // France: towns.txt or places.txt
		{"Silly", false},       // Belgium, an English word
		{"Fatou", false},       // a first name
	} {
		f := Fold(tc.name)
		if got := g.communes[1].has(f); got != tc.want {
			t.Errorf("worldtowns.txt has %q = %v, want %v", f, got, tc.want)
		}
	}
}
