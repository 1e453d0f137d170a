package entity

import "testing"

// TestPlayersNotTowns checks the players of a match report that the
// model or a place list read as places, which the report's town-as-club
// rule then made clubs (players.go; heldout28: "Roman Yaremchuk", "Leny
// Yoro", "Lopez", "Mori", "Ito" as organisations, "Lesgourgues" after
// "grâce à" as a place; "le Canadien", the player's nationality, as the
// Montreal club). The sentences are written for the test; each
// wants exactly the mentions shown by default.
func TestPlayersNotTowns(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a first name and a foreign surname, and a player named by a surname only the English place list knows",
			blocks: []string{"Marseille a battu Lyon 2-1 dimanche soir. Juste avant la mi-temps, Bogdan Kovalchuk a manqué une occasion, puis Lopez a marqué le but de la victoire. L'entraîneur a salué ses joueurs."},
			want:   []string{"ORG:Marseille", "ORG:Lyon", "PER:Bogdan Kovalchuk", "PER:Lopez"}},
		{name: "a surname after a player's action and de, a listed town's name",
			blocks: []string{"Brest a égalisé sur un centre de Nantua repris de la tête (1-1, 40e). L'entraîneur a salué la réaction de ses joueurs après le match, et le gardien a sauvé un penalty."},
			want:   []string{"ORG:Brest", "PER:Nantua"}},
		{name: "a player after grâce à, no venue",
			blocks: []string{"Toulouse a ouvert le score grâce à Etcheverria, puis le gardien a sauvé un penalty. La victoire 24-10 a rassuré l'entraîneur et les joueurs en championnat."},
			want:   []string{"ORG:Toulouse", "PER:Etcheverria"}},
		{name: "a player named again after face à",
			blocks: []string{"Nice a battu Reims 2-0. Le gardien a sauvé un penalty face à Lindqvist avant la pause, puis Lindqvist a frappé le poteau. L'entraîneur a salué la victoire de ses joueurs."},
			want:   []string{"ORG:Nice", "ORG:Reims", "PER:Lindqvist", "PER:Lindqvist"}},
		{name: "clubs named by their towns stay clubs, a town after à stays the town",
			blocks: []string{"Lorient a battu Montpellier 3-1. Le match se jouait samedi à Vannes. L'entraîneur a salué la victoire de ses joueurs, auteurs de trois buts, et le gardien a sauvé un penalty en fin de match."},
			want:   []string{"ORG:Lorient", "ORG:Montpellier", "LOC:Vannes"}},
		{name: "a venue of two words stays no person",
			blocks: []string{"Genk a battu Bruges 2-0 à la Cegeka Arena. L'entraîneur a salué la victoire de ses joueurs et le gardien a sauvé un penalty en fin de match, devant ses supporters."},
			want:   []string{"ORG:Genk", "ORG:Bruges", "LOC:Cegeka Arena"}},
		{name: "a nationality that is also a league team's nickname is no team in a football report",
			blocks: []string{"Lille a battu Nantes 3-0. Après la pause, le Canadien a inscrit un troisième but sur penalty, et l'entraîneur a salué la victoire de ses joueurs en championnat."},
			want:   []string{"ORG:Lille", "ORG:Nantes"}},
		{name: "the nickname names the team in a hockey report",
			blocks: []string{"Le Canadien a battu les Bruins 4-3 en prolongation. Le gardien a repoussé 38 tirs et l'entraîneur a salué la victoire de son équipe après le match."},
			want:   []string{"ORG:Canadien", "ORG:Bruins"}},
		{name: "outside sports news a town after de stays a place",
			blocks: []string{"Le maire a présenté le centre de Lopez, une petite ville des Philippines, aux journalistes."},
			want:   []string{"LOC:Lopez", "LOC:Philippines"}},
	})
}

// TestPersonInitials checks the acronyms that spell the initials of a
// person named in full (players.go), organisations by the acronym rule
// (heldout28: "LBB" for Louis Bielle-Biarrey in a rugby report). The
// sentences are written for the test.
func TestPersonInitials(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a hyphenated surname's parts give their letters",
			blocks: []string{"Mathéo Rivière-Lacaze a marqué le premier essai. Plus tard, MRL a doublé la mise sur une passe de Tom Ducasse."},
			want:   []string{"PER:Mathéo Rivière-Lacaze", "PER:MRL", "PER:Tom Ducasse"}},
		{name: "ben gives its letter",
			blocks: []string{"Le prince Mohammed ben Salmane a reçu le ministre. MBS a promis des investissements."},
			want:   []string{"PER:Mohammed ben Salmane", "PER:MBS"}},
		{name: "an acronym after a determiner is a body, a French particle gives no letter",
			blocks: []string{"Sophie Nadal Christophe a rejoint le cabinet. La SNC a publié ses résultats. Charles de Gaulle a fondé la Ve République, et CDG a rouvert aux vols."},
			want:   []string{"PER:Sophie Nadal Christophe", "ORG:SNC", "PER:Charles de Gaulle", "ORG:CDG"}},
	})
}
