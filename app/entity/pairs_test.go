package entity

import "testing"

// TestPairedPeople holds two people of the article joined by a hyphen
// for a meeting or a pairing (issue 15: "l'échange Attaf-Séjourné" shown
// as one place; GUIDELINE: two surfaces). The sentences are written for
// the test; each wants exactly the mentions shown by default, as
// TYPE:text.
func TestPairedPeople(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "two people of the article joined",
			blocks: []string{"Emmanuel Macron a reçu Olaf Scholz à Berlin.", "Le tandem Macron-Scholz doit encore convaincre."},
			want:   []string{"PER:Emmanuel Macron", "PER:Olaf Scholz", "LOC:Berlin", "PER:Macron", "PER:Scholz"}},
		{name: "a compound first name is no pair",
			blocks: []string{"Jean-Pierre Raffarin a déjeuné avec Marc Jean et Paul Pierre à Poitiers."},
			want:   []string{"PER:Jean-Pierre Raffarin", "PER:Marc Jean", "PER:Paul Pierre", "LOC:Poitiers"}},
		{name: "a route between towns is no pair",
			blocks: []string{"Emmanuel Macron et Olaf Scholz ont pris la ligne Paris-Berlin."},
			want:   []string{"PER:Emmanuel Macron", "PER:Olaf Scholz", "LOC:Paris", "LOC:Berlin"}},
	})
}
