package entity

import "testing"

// TestNamedClubs checks the clubs sports news names by one word or a
// short name alone (data/clubnames.txt, teams.go namedClubs), in
// sentences written for the test.
func TestNamedClubs(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "clubs named alone in a match report, one of them a person's and one no name before",
			blocks: []string{"Galatasaray a battu Fenerbahçe 2-1 dimanche soir. L'entraîneur a salué la victoire de ses joueurs, qui ont marqué deux buts en première mi-temps."},
			want:   []string{"ORG:Galatasaray", "ORG:Fenerbahçe"}},
		{name: "African clubs after their article",
			blocks: []string{"Le Raja a dominé le Wydad (1-0) en championnat. Le but de la victoire a été inscrit par l'attaquant en fin de match. L'Espérance et le Zamalek attendent leur adversaire."},
			want:   []string{"ORG:Raja", "ORG:Wydad", "ORG:Espérance", "ORG:Zamalek"}},
		{name: "a Euroleague club, the competition no entity",
			blocks: []string{"L'Efes a battu le Maccabi 85-80 jeudi soir en Euroligue. Le meneur a inscrit 22 points et pris huit rebonds, ses paniers ont fait la différence en fin de match. L'entraîneur a salué la victoire."},
			want:   []string{"ORG:Efes", "ORG:Maccabi"}},
		{name: "a hockey club, the towns where matches are played stay places",
			blocks: []string{"Fribourg-Gottéron s'est imposé 4-2 samedi à la patinoire. Le gardien a réalisé 35 arrêts et l'attaquant a marqué deux buts. Le match à Davos est reporté, l'entraîneur de Gottéron a salué ses joueurs."},
			want:   []string{"ORG:Fribourg-Gottéron", "LOC:Davos", "ORG:Gottéron"}},
		{name: "a club named by its town, and a town after à",
			blocks: []string{"Le Standard s'est imposé samedi à Genk. L'entraîneur du Standard a salué ses joueurs, le but de la victoire est tombé en fin de match et le gardien a sauvé un penalty."},
			want:   []string{"ORG:Standard", "LOC:Genk", "ORG:Standard"}},
		{name: "a club that is no town is one after à",
			blocks: []string{"Le défenseur, parti à Galatasaray cet été, manquait au match. L'entraîneur a aligné un autre gardien, et la victoire 2-0 a rassuré les supporters avant le derby."},
			want:   []string{"ORG:Galatasaray"}},
		{name: "a club word of clubs.txt alone names its club, a common one after an article",
			blocks: []string{"Bayern a battu la Juventus 2-1 mardi soir, le Real a perdu contre City. L'entraîneur a salué la victoire de ses joueurs, qui ont marqué deux buts en première mi-temps."},
			want:   []string{"ORG:Bayern", "ORG:Juventus", "ORG:Real", "ORG:City"}},
		{name: "a common word of the list is a club only after an article",
			blocks: []string{"Standard a été le mot du match : le score est resté nul, 0-0, et l'entraîneur a regretté le manque de buts. Le gardien a sauvé un penalty, les joueurs ont salué les supporters."},
			want:   nil},
		{name: "a player whose surname is a town's club stays the player",
			blocks: []string{"Julien Laval a ouvert le score pour Rennes. Laval a ensuite manqué un penalty, mais son équipe a conservé la victoire 2-1. L'entraîneur a salué ses joueurs après le match, le gardien aussi."},
			want:   []string{"PER:Julien Laval", "ORG:Rennes", "PER:Laval"}},
		{name: "outside sports news a listed club's name is left alone",
			blocks: []string{"Le quartier de Galatasaray, à Istanbul, accueille depuis lundi un nouveau marché couvert, a annoncé la municipalité."},
			want:   []string{"LOC:Galatasaray", "LOC:Istanbul"}},
		{name: "an acronym written as a word, a first name that is one only after an article",
			blocks: []string{"L'Asvel a battu Limoges 80-72. Le meneur a inscrit 20 points et pris six rebonds. Lou Martin a salué les supporters après le match, le Lou de rugby aussi. L'entraîneur a félicité ses joueurs pour la victoire."},
			want:   []string{"ORG:Asvel", "ORG:Limoges", "PER:Lou Martin", "ORG:Lou"}},
	})
}
