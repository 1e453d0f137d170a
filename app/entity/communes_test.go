package entity

import (
	"strings"
	"testing"
)

// TestCommunes holds towns no list but towns.txt knows (issue 15:
// "Marchenoir", "Drogenbos", "Forest" read as a person or missed), and
// the names the list must leave alone: a title's person, a first name
// and a surname, a surname the article gives in full, a player in a
// match report. The sentences are written for the test; each wants
// exactly the mentions shown by default, as TYPE:text.
func TestCommunes(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "after à",
			blocks: []string{"Les gendarmes sont intervenus à Marchenoir dans la nuit de samedi."},
			want:   []string{"LOC:Marchenoir"}},
		{name: "after a noun and de",
			blocks: []string{"Le zoning de Drogenbos est à l'arrêt depuis ce matin."},
			want:   []string{"LOC:Drogenbos"}},
		{name: "a Brussels commune the rules cut off an acronym, its other mention with it",
			blocks: []string{"Une centaine de salariés ont manifesté devant l'usine à Forest et une vingtaine devant le dépôt STIB de Forest."},
			want:   []string{"LOC:Forest", "ORG:STIB", "LOC:Forest"}},
		{name: "after a verb and de, and after vers",
			blocks: []string{"Le camion venait de Drogenbos et roulait vers Uccle."},
			want:   []string{"LOC:Drogenbos", "LOC:Uccle"}},
		{name: "between entre and et",
			blocks: []string{"La route est coupée entre Besançon et Mamirolle depuis lundi."},
			want:   []string{"LOC:Besançon", "LOC:Mamirolle"}},
		{name: "listed with a place",
			blocks: []string{"Les entreprises de Forest et d'Uccle recrutent."},
			want:   []string{"LOC:Forest", "LOC:Uccle"}},
		{name: "a birthplace in a match report",
			blocks: []string{"Football. L'US Marchenoir a battu le FC Gueugnon 2-1 dimanche lors de la 8e journée grâce à un penalty à la 70e minute. Le natif de Mamirolle, buteur, a été le meilleur joueur du match."},
			want:   []string{"ORG:US Marchenoir", "ORG:FC Gueugnon", "LOC:Mamirolle"}},
		{name: "a player after à in a match report stays a player",
			blocks: []string{"Football. Le FC Gueugnon a battu l'US Digoin 2-1 dimanche lors de la 8e journée. Le gardien a arrêté un penalty à la 70e minute et l'entraîneur salue la victoire. Mamirolle (52e) a marqué le but décisif, après une passe à Mamirolle de son capitaine."},
			want:   []string{"ORG:FC Gueugnon", "ORG:US Digoin", "PER:Mamirolle", "PER:Mamirolle"}},
		{name: "a commune after M. is a person",
			blocks: []string{"Le prix a été remis à M. Fleury, maire de la ville."},
			want:   []string{"PER:Fleury"}},
		{name: "a first name and a commune are a person",
			blocks: []string{"Le ministre a téléphoné à Pierre Boyer hier soir."},
			want:   []string{"PER:Pierre Boyer"}},
		{name: "a commune after à is the person the article names in full",
			blocks: []string{"Jean Castex a quitté Matignon en mai. La présidence de l'agence a été confiée à Castex en juillet."},
			want:   []string{"PER:Jean Castex", "ORG:Matignon", "PER:Castex"}},
		{name: "a commune after a work noun is no town",
			blocks: []string{"Le dernier roman de Castex se passe à Paris."},
			want:   []string{"LOC:Paris"}},
		{name: "a commune after a kin noun is no town",
			blocks: []string{"Le fils de Marchenoir a témoigné devant la cour."},
			want:   nil},
		{name: "the plural of a listed province",
			blocks: []string{"Une grève tournante paralysera Bruxelles et les deux Brabants lundi."},
			want:   []string{"LOC:Bruxelles", "LOC:Brabants"}},
	})
}

// TestCommunesList checks that towns.txt keeps to what extract wrote:
// folded and sorted names, none of places.txt (which the model reads),
// no first name, no surname.
func TestCommunesList(t *testing.T) {
	b, err := dataFS.ReadFile("data/towns.txt")
	if err != nil {
		t.Fatal(err)
	}
	g := lists()
	prev := ""
	for _, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if f := Fold(line); line != f || line <= prev {
			t.Errorf("towns.txt: %q after %q, want folded (%q) and sorted", line, prev, f)
		}
		if !g.communes.has(line) {
			t.Errorf("towns.txt: %q not found", line)
		}
		if g.places[line] || g.firstNames[line] || g.surnames[line] {
			t.Errorf("towns.txt: %q is also a place, a first name or a surname of the other lists", line)
		}
		prev = line
	}
}
