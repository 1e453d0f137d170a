package entity

import "testing"

// TestArenas makes places of the venues named after a sponsor or a
// person outside match reports (arenas.go; session 13: "Centre Bell",
// "Centre Georges-Vézina" were organisations in a show's and a town
// council's news), and keeps the bodies headed by "Centre". The
// sentences are written for the test.
func TestArenas(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a centre named after a sponsor",
			blocks: []string{"L'humoriste a rempli le Centre Vidéotron samedi soir."},
			want:   []string{"LOC:Centre Vidéotron"}},
		{name: "a centre named after a person",
			blocks: []string{"La mairesse veut rénover le Centre Marcel-Dutil avant l'hiver."},
			want:   []string{"LOC:Centre Marcel-Dutil"}},
		{name: "an arena named after a sponsor",
			blocks: []string{"Le concert aura lieu à la Paris La Défense Arena en juin."},
			want:   []string{"LOC:Paris La Défense Arena"}},
		{name: "bodies headed by Centre stay",
			blocks: []string{"Le Centre National d'Études Spatiales a lancé un satellite.", "Le Centre Pompidou prête ses toiles."},
			want:   []string{"ORG:Centre National d'Études Spatiales", "ORG:Centre Pompidou"}},
	})
}
