package entity

import "testing"

// TestBuiltOnNames holds the class of people-false-positives met on
// heldout11 and heldout12/tune (issue 15) where a name built on a
// person's name with a Roman numeral is no person: a cabinet numbered
// after its head ("le gouvernement Demotte II") gives the head alone, a
// place of worship named after a king ("la Mosquée Hassan II") is a
// place (GUIDELINE: places named after a person are no PER). The
// sentences are written for the test; each wants exactly the mentions
// shown by default, as TYPE:text.
func TestBuiltOnNames(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a cabinet's number after its head",
			blocks: []string{"Rudy Demotte a présidé le gouvernement Demotte II, puis le gouvernement Demotte III."},
			want:   []string{"PER:Rudy Demotte", "PER:Demotte", "PER:Demotte"}},
		{name: "a French cabinet's number",
			blocks: []string{"Sous le gouvernement Fillon III, François Fillon a fait voter la réforme par l'Assemblée nationale."},
			want:   []string{"PER:Fillon", "PER:François Fillon", "ORG:Assemblée nationale"}},
		{name: "a mosque named after a king, capitalised",
			blocks: []string{"Les travaux de la promenade de la Mosquée Hassan II ont pris dix-huit mois de retard à Casablanca."},
			want:   []string{"LOC:Mosquée Hassan II", "LOC:Casablanca"}},
		{name: "a mosque named after a king, lower case",
			blocks: []string{"Le roi a inauguré à Tétouan la mosquée Mohammed VI, en présence des oulémas."},
			want:   []string{"LOC:Tétouan", "LOC:mosquée Mohammed VI"}},
		{name: "a chapel named after a saint",
			blocks: []string{"Le concert de Noël aura lieu dans la chapelle Saint-Joseph, à Lyon."},
			want:   []string{"LOC:chapelle Saint-Joseph", "LOC:Lyon"}},
		{name: "a pope keeps his numeral",
			blocks: []string{"Le pape Jean-Paul II s'est rendu à Lourdes en 2004."},
			want:   []string{"PER:Jean-Paul II", "LOC:Lourdes", "DATE:2004"}},
		{name: "a king keeps his numeral",
			blocks: []string{"Le roi Mohammed VI a reçu le président sénégalais à Rabat."},
			want:   []string{"PER:Mohammed VI", "LOC:Rabat"}},
	})
}
