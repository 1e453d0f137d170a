package entity

import "testing"

// TestErrorClasses holds one case per class of error fixed by a cue
// rather than by a name (issue 15, session 8), in sentences written for
// the test. Each wants exactly the mentions shown by default, as
// TYPE:text.
func TestErrorClasses(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a list of ministries after a comma, each with its article, are portfolios",
			blocks: []string{"Trois ministères régaliens, la Défense, la Sécurité et la Réconciliation nationale, reviennent à l'armée."},
			want:   nil},
		{name: "a minister's name after a comma is still a person",
			blocks: []string{"Le ministre des Finances, Rindra Rabarinirinarison, garde son poste."},
			want:   []string{"PER:Rindra Rabarinirinarison"}},
		{name: "portfolios after en charge de are no entities",
			blocks: []string{"Elle devient ministre en charge des Allocations familiales, du Tourisme, du Patrimoine et du Numérique."},
			want:   nil},
		{name: "a sovereign's title and form of address stay out of the name",
			blocks: []string{"Le projet a été lancé sur instructions de Sa Majesté le Roi Hassan II, à Rabat."},
			want:   []string{"PER:Hassan II", "LOC:Rabat"}},
		{name: "a grand duke's title stays out of the name",
			blocks: []string{"Les ministres ont prêté serment devant Son Altesse Royale le Grand-Duc Jean au palais."},
			want:   []string{"PER:Jean"}},
		{name: "a form of address alone is no entity",
			blocks: []string{"Le texte sera soumis à Sa Majesté dans la semaine."},
			want:   nil},
		{name: "a first name that is also a title stays",
			blocks: []string{"L'entraîneur Pape Thiaw a retenu vingt-six joueurs."},
			want:   []string{"PER:Pape Thiaw"}},
		{name: "English: a nationality noun before a player's name is no part of it",
			blocks: []string{"Bautista wins in Hamburg", "In Hamburg on Sunday, Spaniard Roberto Bautista beat Frenchman Gilles Simon in three sets and said he was happy with the way he played."},
			want:   []string{"PER:Bautista", "LOC:Hamburg", "LOC:Hamburg", "PER:Roberto Bautista", "PER:Gilles Simon"}},
		{name: "English: a solicitor and a graded rank stay out of the name",
			blocks: []string{"Solicitor Patrick Doyle said his client would plead guilty, Senior Sergeant Anna Walsh told the court."},
			want:   []string{"PER:Patrick Doyle", "PER:Anna Walsh"}},
		{name: "a competition in a match report is no entity",
			blocks: []string{"Le FC Sion s'impose face à Lugano", "Lors de la 12e journée de Challenge League, le FC Sion a battu Lugano 3-1 grâce à un doublé de son attaquant. L'entraîneur a salué la victoire, le premier but à la 20e minute et le penalty du troisième but. Le club vise la Super League et la Ligue des champions."},
			want:   []string{"ORG:FC Sion", "ORG:Lugano", "ORG:FC Sion", "ORG:Lugano"}},
		{name: "outside sport, a party named League stays",
			blocks: []string{"L'Awami League a salué l'accord signé à Dacca, selon le parti."},
			want:   []string{"ORG:Awami League", "LOC:Dacca"}},
		{name: "English: a competition in a match report is no entity, the team before it stays",
			blocks: []string{"Steyn kicks Springboks to victory", "Morne Steyn kicked four penalties as the Springboks beat Australia in the Rugby Championship. The fly-half, back in the squad after injury, landed a late drop goal; the coach praised the scrum, the lineout and the referee in the test."},
			want:   []string{"LOC:Australia"}},
		{name: "league teams by their nickname in a match report, with their city after de",
			blocks: []string{"Les Canadiens battent les Sénateurs", "Les Canadiens ont battu les Flyers de Philadelphie 4-2 jeudi soir, leur troisième victoire de la saison. L'entraîneur a salué le match de son gardien, auteur de 31 arrêts, et les deux buts en avantage numérique en deuxième période. Après cette victoire, les Canadiens affronteront samedi les Bruins, qui restent sur une défaite."},
			want:   []string{"ORG:Canadiens", "ORG:Sénateurs", "ORG:Canadiens", "ORG:Flyers de Philadelphie", "ORG:Canadiens", "ORG:Bruins"}},
		{name: "English: a league team with its city before it",
			blocks: []string{"Roosters edge Titans", "The Sydney Roosters beat the Titans 24-18 on Friday night. The coach praised the defence and the referee after the match; the captain scored two tries."},
			want:   []string{"ORG:Roosters", "ORG:Titans", "ORG:Sydney Roosters", "ORG:Titans"}},
		{name: "a nickname inside another name is no team",
			blocks: []string{"Une victoire 24-18 en fin de match", "Antoine Dupont a marqué un essai en fin de match. L'entraîneur a salué la mêlée, la touche et l'arbitre. Le Rugby Union Heat Club a fêté la victoire."},
			want:   []string{"PER:Antoine Dupont", "ORG:Rugby Union Heat Club"}},
		{name: "a figure in brackets does not break a list of places",
			blocks: []string{"Le oui l'emporte à Genève (82%), Neuchâtel (80,8%) et Nidwald (79,5%), selon les résultats."},
			want:   []string{"LOC:Genève", "LOC:Neuchâtel", "LOC:Nidwald"}},
		{name: "a country right after a match noun, or met by a match verb, is a side",
			blocks: []string{"Les Éléphants préparent leur match contre le Mali", "Après le match Sénégal contre Gambie, la sélection rencontrera le Togo mardi. L'entraîneur a convoqué vingt-trois joueurs, dont trois gardiens, pour ce match de qualification: un but d'écart suffira, a-t-il dit avant la victoire."},
			want:   []string{"ORG:Mali", "ORG:Sénégal", "ORG:Gambie", "ORG:Togo"}},
	})
}
