package compare

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"lecteur/app/site"
)

// seeds reads the seed corpus as the build writes it (testdata/seed.json is
// web/data/text-000.json of `make build`, indented), by id.
func seeds(t testing.TB) map[string]*site.Text {
	t.Helper()
	b, err := os.ReadFile("testdata/seed.json")
	if err != nil {
		t.Fatal(err)
	}
	var list []site.Text
	if err := json.Unmarshal(b, &list); err != nil {
		t.Fatalf("decode seed.json: %v", err)
	}
	out := map[string]*site.Text{}
	for i := range list {
		out[list[i].ID] = &list[i]
	}
	return out
}

const (
	g7      = "000_0e8d66ae8489baff"
	lille   = "001_2973584841e0011d"
	onu     = "002_fab8e3d9eb0b6293"
	chine   = "003_dd828f76c7486ed3"
	bariAlt = "bari-autre-source"
)

// bariElsewhere is the G7 meeting of seed 000 as another outlet told it,
// written by hand: paragraphs 0 and 1 retell seed paragraph 0, paragraph 2
// retells seed paragraph 1, paragraph 3 is about something else and
// paragraph 4 retells the seed's last paragraph.
func bariElsewhere() *site.Text {
	return withMarks(&site.Text{
		ID:    bariAlt,
		Title: "Bari : le G7 Finances inquiet après les cyberattaques",
		Paragraphs: []string{
			"Réunis à Bari, en Italie, les ministres des Finances du G7 ont jugé que les cyberattaques mondiales de samedi montraient les vulnérabilités technologiques de leurs économies, selon un responsable du Trésor américain.",
			"Le secrétaire au Trésor, Steven Mnuchin, a appelé à se concentrer sur la cybersécurité.",
			"Les pays du G7 se disent conscients de la menace croissante de la cybercriminalité et promettent de trouver des solutions.",
			"À Paris, le temps était ensoleillé et les terrasses étaient pleines tout le week-end.",
			"Wolfgang Schäuble, ministre allemand des Finances, se dit très désireux de parvenir à un accord le 22 mai.",
		},
	}, map[string]site.Mark{
		"Bari":              {Type: "LOC", Entity: "loc-bari"},
		"Italie":            {Type: "LOC", Entity: "loc-italie"},
		"G7":                {Type: "ORG", Entity: "org-g7"},
		"Trésor":            {Type: "ORG", Entity: "org-tresor"},
		"Steven Mnuchin":    {Type: "PER", Entity: "per-steven-mnuchin"},
		"Paris":             {Type: "LOC", Entity: "loc-paris"},
		"Wolfgang Schäuble": {Type: "PER", Entity: "per-wolfgang-schauble"},
		"22 mai":            {Type: "DATE", Entity: "date-05-22"},
	})
}

// withMarks marks every occurrence of the names in t's blocks.
func withMarks(t *site.Text, names map[string]site.Mark) *site.Text {
	blocks := t.Blocks()
	t.Marks = make([][]site.Mark, len(blocks))
	for b, text := range blocks {
		r := []rune(text)
		for i := range r {
			for name, m := range names {
				n := []rune(name)
				if i+len(n) <= len(r) && string(r[i:i+len(n)]) == name {
					m.Start, m.End = i, i+len(n)
					t.Marks[b] = append(t.Marks[b], m)
				}
			}
		}
	}
	return t
}

func TestPassages(t *testing.T) {
	s := seeds(t)
	s[bariAlt] = bariElsewhere()
	none := func(n int) []int {
		out := make([]int, n)
		for i := range out {
			out[i] = -1
		}
		return out
	}
	tests := []struct {
		name        string
		left, right string
		wantLeft    []int
		wantRight   []int
	}{
		{
			name: "same event, two outlets", left: g7, right: bariAlt,
			wantLeft:  []int{0, 2, -1, -1, -1, -1, -1, -1, 4},
			wantRight: []int{0, 0, 1, -1, 8},
		},
		{
			name: "swapped sides", left: bariAlt, right: g7,
			wantLeft:  []int{0, 0, 1, -1, 8},
			wantRight: []int{0, 2, -1, -1, -1, -1, -1, -1, 4},
		},
		// The seeds tell different stories: what they share (France,
		// Allemagne, the word cybersécurité, lists of countries) is not
		// enough for a link.
		{name: "G7 and Lille forum", left: g7, right: lille, wantLeft: none(9), wantRight: none(9)},
		{name: "G7 and ONU", left: g7, right: onu, wantLeft: none(9), wantRight: none(6)},
		{name: "Lille forum and China", left: lille, right: chine, wantLeft: none(9), wantRight: none(10)},
		{name: "ONU and China", left: onu, right: chine, wantLeft: none(6), wantRight: none(10)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Passages(s[tt.left], s[tt.right])
			if !reflect.DeepEqual(got.Left, tt.wantLeft) {
				t.Errorf("Passages(%s, %s).Left = %v, want %v", tt.left, tt.right, got.Left, tt.wantLeft)
			}
			if !reflect.DeepEqual(got.Right, tt.wantRight) {
				t.Errorf("Passages(%s, %s).Right = %v, want %v", tt.left, tt.right, got.Right, tt.wantRight)
			}
			for i, j := range got.Left {
				if (j >= 0) != (got.LeftScore[i] >= MinScore) || got.LeftScore[i] > 1+1e-9 {
					t.Errorf("left paragraph %d: link %d with score %v", i, j, got.LeftScore[i])
				}
			}
		})
	}
}

func TestPassagesOfEmptyArticles(t *testing.T) {
	empty := &site.Text{ID: "empty"}
	one := &site.Text{ID: "one", Paragraphs: []string{"", "   ", "Le la les."}}
	got := Passages(empty, one)
	if len(got.Left) != 0 || !reflect.DeepEqual(got.Right, []int{-1, -1, -1}) {
		t.Errorf("Passages(empty, one) = %+v, want no left links and three unlinked right paragraphs", got)
	}
	got = Passages(one, one)
	if !reflect.DeepEqual(got.Left, []int{-1, -1, -1}) {
		t.Errorf("Passages(one, one).Left = %v, want no links (nothing but stop words)", got.Left)
	}
}

func TestWords(t *testing.T) {
	var got []string
	words("l' etat et la cybersecurite, 45 etats ; g7 jean-yves", func(w string) { got = append(got, w) })
	want := []string{"etat", "cybersecurite", "etats", "jean", "yves"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("words = %q, want %q", got, want)
	}
}
