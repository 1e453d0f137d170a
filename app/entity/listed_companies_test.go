package entity

import "testing"

// TestListedCompanies holds companies and media of the wider lists
// (data/companies.txt, data/media.txt, issue 15) that the rules and the
// model cut into pieces or type otherwise, and words left out of the
// lists as common words. The sentences are written for the test; each
// wants exactly the mentions shown by default, as TYPE:text.
func TestListedCompanies(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a name with an ampersand, in one piece",
			blocks: []string{"Les ventes de H&M et de Procter & Gamble ont reculé au premier trimestre."},
			want:   []string{"ORG:H&M", "ORG:Procter & Gamble"}},
		{name: "a name with a plus sign",
			blocks: []string{"Le transporteur Kuehne + Nagel a racheté un concurrent."},
			want:   []string{"ORG:Kuehne + Nagel"}},
		{name: "no person and place inside an engine maker's name",
			blocks: []string{"Le PDG de Dassault Aviation a rencontré celui de Pratt & Whitney Canada."},
			want:   []string{"ORG:Dassault Aviation", "ORG:Pratt & Whitney Canada"}},
		{name: "a fund's long name, a place inside it",
			blocks: []string{"Alimentation Couche-Tard a reçu le soutien de la Caisse de dépôt et placement du Québec."},
			want:   []string{"ORG:Alimentation Couche-Tard", "ORG:Caisse de dépôt et placement du Québec"}},
		{name: "companies of Africa and Belgium opening a sentence",
			blocks: []string{"Sonatel et Ecobank publient leurs résultats.", "Colruyt et Proximus aussi."},
			want:   []string{"ORG:Sonatel", "ORG:Ecobank", "ORG:Colruyt", "ORG:Proximus"}},
		{name: "Belgian titles, Flemish ones too",
			blocks: []string{"Une information de L'Echo et de De Tijd, reprise par Het Laatste Nieuws."},
			want:   []string{"ORG:L'Echo", "ORG:De Tijd", "ORG:Het Laatste Nieuws"}},
		{name: "a hyphenated title is no two places",
			blocks: []string{"L'affaire a été révélée par Paris-Normandie, puis par France-Antilles.", "Le TGV Paris-Bordeaux est en retard."},
			want:   []string{"ORG:Paris-Normandie", "ORG:France-Antilles", "LOC:Paris", "LOC:Bordeaux"}},
		{name: "a title before a listed surname says a person",
			blocks: []string{"M. Leclerc a rencontré Mme Bouygues à Rennes."},
			want:   []string{"PER:Leclerc", "PER:Bouygues", "LOC:Rennes"}},
		{name: "a listed name in lower case is common words",
			blocks: []string{"Le bon marché des actions a attiré les fonds de Toronto."},
			want:   []string{"LOC:Toronto"}},
		{name: "a common word left out of the list opens a sentence",
			blocks: []string{"Bel et bien, le chantier a pris du retard."},
			want:   nil},
	})
}
