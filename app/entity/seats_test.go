package entity

import "testing"

// TestSeats types a seat of power a place where the article means the
// building ("reçu à Matignon", "sur le perron de l'Élysée"), the
// institution otherwise, by the majority of its mentions in the article
// (heldout28: "arrivés à Matignon", "déjeuner à l'Élysée", "locataire de
// Matignon" were organisations; GUIDELINE).
func TestSeats(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "received at the seat",
			blocks: []string{"Les représentants des pêcheurs seront reçus jeudi à Matignon."},
			want:   []string{"LOC:Matignon"}},
		{name: "lunch at the seat",
			blocks: []string{"La présidente de la région est allée dîner à l'Élysée mardi soir."},
			want:   []string{"LOC:Élysée"}},
		{name: "a part of the building",
			blocks: []string{"Sur le perron de l'Élysée, le chancelier a salué la foule."},
			want:   []string{"LOC:Élysée"}},
		{name: "its occupant",
			blocks: []string{"Le futur locataire de Matignon devra composer avec les députés."},
			want:   []string{"LOC:Matignon"}},
		{name: "a visit abroad",
			blocks: []string{"Le chef de l'État s'est rendu au Kremlin pour un entretien de deux heures."},
			want:   []string{"LOC:Kremlin"}},
		{name: "the institution speaks",
			blocks: []string{"Matignon a confirmé la date du remaniement."},
			want:   []string{"ORG:Matignon"}},
		{name: "taking the office is no visit",
			blocks: []string{"Depuis la nomination de Gabriel Attal à Matignon, les députés attendent."},
			want:   []string{"PER:Gabriel Attal", "ORG:Matignon"}},
		{name: "a tie keeps the institution",
			blocks: []string{"Les syndicats ont été reçus à Matignon.", "Matignon a publié un communiqué après la rencontre."},
			want:   []string{"ORG:Matignon", "ORG:Matignon"}},
		{name: "the majority makes the building",
			blocks: []string{"Les syndicats, arrivés à pied à Matignon, ont été reçus dans la cour de Matignon.", "Matignon n'a rien dit."},
			want:   []string{"LOC:Matignon", "LOC:Matignon", "LOC:Matignon"}},
		{name: "the verb a has no visit",
			blocks: []string{"La Maison Blanche a critiqué la décision de Bercy."},
			want:   []string{"ORG:Maison Blanche", "ORG:Bercy"}},
	})
}
