package entity

import "testing"

// TestCodes holds acronyms that name a kind, a model or a code and no
// organisation (codes.go; session 13, the spurious organisations of the
// seen sets), and the organisations' acronyms that must stay. The
// sentences are written for the test; each wants exactly the mentions
// shown by default, as TYPE:text.
func TestCodes(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a role spelled in brackets, then before a name",
			blocks: []string{"Le secrétaire général (SG) du gouvernorat a ouvert la séance.", "Le SG Ouédraogo a rappelé les consignes."},
			want:   []string{"PER:Ouédraogo"}},
		{name: "a kind noun before the acronym",
			blocks: []string{"Le club mise sur la technologie RFX et les bornes QTR, conformes aux normes ZPM."},
			want:   nil},
		{name: "an instrument and a star",
			blocks: []string{"L'instrument GRAVO a photographié l'étoile HIP71234."},
			want:   nil},
		{name: "a code with digits after a noun",
			blocks: []string{"Les syndicats réclament l'usine BX70 promise depuis dix ans."},
			want:   nil},
		{name: "a model, an edition",
			blocks: []string{"CAN2027 : le pilote a volé sur B737 avant de rejoindre Tunis."},
			want:   []string{"LOC:Tunis"}},
		{name: "a division in a match report",
			blocks: []string{"Les joueuses ont gagné la finale 3-1 : après trois saisons en N1, le club retrouvera la D2.", "L'entraîneur salue un match plein, deux buts en première période et un penalty arrêté par la gardienne."},
			want:   nil},
		{name: "an honorific before a name",
			blocks: []string{"Le chef de l'État, SEM Roch Kaboré, a reçu l'ambassadeur."},
			want:   []string{"PER:Roch Kaboré"}},
		{name: "an indefinite article and a possessive",
			blocks: []string{"Le chanteur a sorti un MXP en mai.", "Il a joué tous les titres de son MXP."},
			want:   nil},
		{name: "a decree's reference",
			blocks: []string{"Le décret n°2019-120/PRM du 3 mars a été modifié."},
			want:   []string{"DATE:3 mars"}},
		{name: "common nouns' acronyms of data/nounacronyms.txt",
			blocks: []string{"Le PM a reçu les syndicats.", "La victime souffre d'une ITT de huit jours.", "Les RER circulent mal.", "L'euro valait 1,07 USD et 0,94 CHF."},
			want:   nil},
		{name: "a letter after a label noun",
			blocks: []string{"Le Sénégal, leader du groupe B, affronte le Cameroun.", "Jusqu'à sa série F, la start-up levait peu."},
			want:   []string{"LOC:Sénégal", "LOC:Cameroun"}},
		{name: "a town written in capitals is a place",
			blocks: []string{"GRAMAT (Lot) - Les urgences ferment la nuit.", "Le premier cru de l'appellation PULIGNY-MONTRACHET gagne des prix."},
			want:   []string{"LOC:GRAMAT", "LOC:Lot", "LOC:PULIGNY-MONTRACHET"}},
		{name: "a short acronym that is also a commune stays",
			blocks: []string{"L'OMS a publié son rapport."},
			want:   []string{"ORG:OMS"}},
		{name: "a headline or a slogan in capitals",
			blocks: []string{"VICTOIRE DU « NON » ET NON À DE NOUVELLES CONCESSIONS", "La foule criait NON, NON, NON.", "ÉPIDÉMIES À VIRUS ZIKA"},
			want:   nil},
		{name: "a known name before a function word in capitals stays",
			blocks: []string{"Le club s'est incliné 2-0. MARSEILLE PAR K.O."},
			want:   []string{"LOC:MARSEILLE"}},
		{name: "a body keeps its acronym after a noun or in brackets",
			blocks: []string{"Les rebelles du Mouvement du 23 mars (M23) tiennent Goma.", "Le chercheur CNRS a rejoint le Mouvement des entreprises de France (Medef)."},
			want:   []string{"ORG:Mouvement du 23 mars", "ORG:M23", "LOC:Goma", "ORG:CNRS", "ORG:Mouvement des entreprises de France", "ORG:Medef"}},
		{name: "an organisation written once after un and with le elsewhere",
			blocks: []string{"Le Stade Rochelais recevait un RCT en pleine forme.", "Le RCT a résisté jusqu'à la pause."},
			want:   []string{"ORG:Stade Rochelais", "ORG:RCT", "ORG:RCT"}},
	})
}
