package entity

import "testing"

// sportsLead opens the match reports of the tests below: a report by its
// match words and score.
const sportsLead = "Lyon a battu Nantes 3-1 au Groupama Stadium. L'équipe a dominé le match : le gardien a multiplié les arrêts, l'entraîneur a salué la victoire, la troisième de suite à domicile en championnat."

// TestSportsPeople holds the players of match reports that heldout29
// showed typed as organisations or places (sportspeople.go): a full
// name whose first name no list knows ("Jakub Dobes a repoussé"), a
// player "à la place de" another, one set off by "parti en trombe",
// one run into his team after "des". The sentences are written for the
// test.
func TestSportsPeople(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a full name no list knows in a match report",
			blocks: []string{sportsLead, "Jakub Ostrowski a repoussé un penalty en fin de match."},
			want:   []string{"ORG:Lyon", "ORG:Nantes", "LOC:Groupama Stadium", "PER:Jakub Ostrowski"}},
		{name: "instead of a player, and a participle after a comma",
			blocks: []string{sportsLead, "Nicolas Tagliafico a ouvert le score. Le nouvel entraîneur a titularisé Moussa Niakhaté à la place de Tymoteusz Puchacz, blessé. Tymek Wolniak, parti en trombe sur un contre, a trouvé la barre transversale (52e)."},
			want:   []string{"ORG:Lyon", "ORG:Nantes", "LOC:Groupama Stadium", "PER:Nicolas Tagliafico", "PER:Moussa Niakhaté", "PER:Tymoteusz Puchacz", "PER:Tymek Wolniak"}},
		{name: "clubs and competitions stay no people",
			blocks: []string{sportsLead, "Le club affrontera Aston Villa puis le Real Madrid avant l'Australian Open."},
			want:   []string{"ORG:Lyon", "ORG:Nantes", "LOC:Groupama Stadium", "ORG:Aston Villa", "ORG:Real Madrid"}},
		{name: "a square keeps its name outside the locution",
			blocks: []string{"Les manifestants se sont retrouvés sur la place de la République puis place Charles de Gaulle."},
			want:   []string{"LOC:place de la République", "LOC:place Charles de Gaulle"}},
		{name: "a player run into his team after des",
			blocks: []string{
				"Les Remparts ont battu les Tigres de Victoriaville 4-2 au Centre Vidéotron. L'équipe a dominé le match : le gardien a repoussé 30 tirs et l'entraîneur a salué la victoire, la troisième de suite à domicile.",
				"Un tir de Mathis Loiselle des Tigres a touché la barre en troisième période.",
			},
			want: []string{"ORG:Remparts", "ORG:Tigres de Victoriaville", "LOC:Centre Vidéotron", "PER:Mathis Loiselle", "ORG:Tigres"}},
		{name: "a particle and two first names in a player's name",
			blocks: []string{sportsLead, "Le ballon est passé hors de portée de Jan Peter ter Haar (9e, 0-2)."},
			want:   []string{"ORG:Lyon", "ORG:Nantes", "LOC:Groupama Stadium", "PER:Jan Peter ter Haar"}},
		{name: "a demonym before a scorer",
			blocks: []string{sportsLead, "Le Danois Mads Kjeldsen (12e) a égalisé."},
			want:   []string{"ORG:Lyon", "ORG:Nantes", "LOC:Groupama Stadium", "PER:Mads Kjeldsen"}},
		{name: "players named by a surname or a first name alone, and paired by a dash",
			blocks: []string{sportsLead, "Après une claque de Moreau sur Dubois, la défense, avec un duo Kanté – Mbemba aux abonnés absents, a cédé. Martin joue vite à la main."},
			want:   []string{"ORG:Lyon", "ORG:Nantes", "LOC:Groupama Stadium", "PER:Moreau", "PER:Dubois", "PER:Kanté", "PER:Mbemba", "PER:Martin"}},
		{name: "a dateline's dash pairs nobody",
			blocks: []string{"BORDEAUX - Huit nouvelles recrues ont signé, a annoncé le club : le gardien, l'entraîneur et les joueurs étaient présents pour le match amical, une victoire 2-0 en championnat."},
			want:   []string{"LOC:BORDEAUX"}},
	})
}
