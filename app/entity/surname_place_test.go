package entity

import "testing"

// TestPlayersNotClubs holds the names of match reports typed as places
// or clubs on the tune half of heldout11 (issue 15): a surname alone
// that is also a listed place, met after the full name with a known
// first name; a surname in brackets after a first name alone; a venue
// named by its noun alone; a dateline's town before an en dash. The
// sentences are written for the test; each wants exactly the mentions
// shown by default, as TYPE:text.
func TestPlayersNotClubs(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a scorer's surname that is also a town, in a match report",
			blocks: []string{"Nantes s'impose face à Lorient (1-2)", "Buts : Barnes (12e) et Mohamed (80e) pour Nantes", "Nantes a battu Lorient grâce à un doublé de Harvey Barnes, entré à la pause. L'entraîneur a salué le match de son gardien et la victoire. Barnes a marqué son deuxième but à la 80e minute."},
			want:   []string{"ORG:Nantes", "ORG:Lorient", "PER:Barnes", "PER:Mohamed", "ORG:Nantes", "ORG:Nantes", "ORG:Lorient", "PER:Harvey Barnes", "PER:Barnes"}},
		{name: "the same word after à stays a place",
			blocks: []string{"Le pasteur Michael Preston a longtemps vécu à Preston, en Angleterre."},
			want:   []string{"PER:Michael Preston", "LOC:Preston", "LOC:Angleterre"}},
		{name: "a surname in brackets after a first name alone is no team",
			blocks: []string{"Les Canadiens battent les Bruins 3-2 en prolongation", "« Je suis content pour Nick (Lavallée), il méritait ce but », a dit l'entraîneur après la victoire des Canadiens. Lavallée a marqué en prolongation, son troisième but en avantage numérique de la saison, devant son gardien."},
			want:   []string{"ORG:Canadiens", "ORG:Bruins", "PER:Nick", "PER:Lavallée", "ORG:Canadiens", "PER:Lavallée"}},
		{name: "a dateline with an en dash is where the report is written",
			blocks: []string{"Les Canadiens battent les Bruins 4-2", "BOSTON – Les Canadiens ont battu les Bruins 4-2 jeudi soir, leur troisième victoire de la saison. L'entraîneur a salué le match de son gardien et les deux buts en avantage numérique."},
			want:   []string{"ORG:Canadiens", "ORG:Bruins", "LOC:BOSTON", "ORG:Canadiens", "ORG:Bruins"}},
		{name: "a venue named by its noun alone is the place, not a club",
			blocks: []string{"Marseille s'impose face à Lens (2-1)", "Marseille a battu Lens grâce à un but à la 85e minute. Le Vélodrome a chanté jusqu'au bout, l'entraîneur a salué le match de son équipe et la victoire."},
			want:   []string{"ORG:Marseille", "ORG:Lens", "ORG:Marseille", "ORG:Lens", "LOC:Vélodrome"}},
	})
}
