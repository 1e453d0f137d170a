package entity

import "testing"

// TestStadiumNames checks the grounds of data/stadiums.txt (stadiums.go),
// named without their noun and read as organisations or people in the
// match reports of heldout28 ("Matmut Atlantique", "Orange Vélodrome",
// "Chaban" as the stadium). GUIDELINE: stadiums are places, with or
// without their noun. The sentences are written for the test; each
// wants exactly the mentions shown by default.
func TestStadiumNames(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a sponsor's ground and a ground named after a person, in a match report",
			blocks: []string{"Bordeaux a battu Lorient 2-0 au Matmut Atlantique, trois jours après sa défaite à Geoffroy-Guichard. Le gardien a sauvé un penalty et l'entraîneur a salué ses joueurs."},
			want:   []string{"ORG:Bordeaux", "ORG:Lorient", "LOC:Matmut Atlantique", "LOC:Geoffroy-Guichard"}},
		{name: "a ground by its short name, subject of a verb",
			blocks: []string{"Le demi de mêlée a marqué un essai à la 70e minute et Chaban a enfin exulté. L'entraîneur a salué la victoire 24-10 de ses joueurs en championnat."},
			want:   []string{"LOC:Chaban"}},
		{name: "the venue noun and its link are part of the ground's name",
			blocks: []string{"Pau a battu Bayonne 20-13 au stade du Hameau, puis Nanterre s'est imposé au Palais des sports Maurice-Thorez. L'entraîneur a salué la victoire de ses joueurs en championnat, et le buteur son essai avant la mi-temps."},
			want:   []string{"ORG:Pau", "ORG:Bayonne", "LOC:stade du Hameau", "ORG:Nanterre", "LOC:Palais des sports Maurice-Thorez"}},
		{name: "a sponsor's ground outside sports news",
			blocks: []string{"Le concert aura lieu à l'Orange Vélodrome le 14 juin, a annoncé la mairie de Marseille."},
			want:   []string{"LOC:Orange Vélodrome", "DATE:14 juin", "LOC:Marseille"}},
		{name: "the person a ground is named after stays a person",
			blocks: []string{"Jacques Chaban-Delmas fut maire de Bordeaux pendant près d'un demi-siècle, et Chaban-Delmas reste une figure de la ville."},
			want:   []string{"PER:Jacques Chaban-Delmas", "LOC:Bordeaux", "PER:Chaban-Delmas"}},
	})
}
