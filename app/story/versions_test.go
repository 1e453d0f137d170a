package story

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// base is a short article; the versions below are made from it by hand,
// and the expected groups and alignments were written by reading them.
var base = []string{
	"Le conseil municipal de Saint-Martin a voté mardi soir la construction d'une nouvelle station d'épuration au bord de la Loire, pour un coût estimé à 12 millions d'euros. Le projet doit remplacer une installation vieille de quarante ans.",
	"« Nous ne pouvions plus attendre, les normes européennes nous imposent d'agir avant 2027 », a expliqué la maire, Jeanne Morel. Les travaux commenceront au printemps et dureront deux ans.",
	"L'opposition a voté contre, jugeant le chantier trop coûteux pour une commune de huit mille habitants. Elle réclame un référendum local sur le financement.",
	"La station traitera les eaux usées de quatre communes voisines. L'agence de l'eau Loire-Bretagne financera un tiers de la dépense.",
}

var versions = map[string][]string{
	"trimmed":   {base[0], base[1]},
	"reordered": {base[0], base[3], base[1], base[2]},
	"one word changed": {base[0],
		"« Nous ne pouvions plus attendre, les normes européennes nous imposent d'agir avant 2027 », a expliqué la maire, Jeanne Morel. Les travaux commenceront au printemps et dureront trois ans.",
		base[2], base[3]},
	"paragraph added": {base[0], base[1],
		"Les riverains craignent des nuisances pendant le chantier. Une réunion publique est prévue le 15 avril à la salle des fêtes.",
		base[2], base[3]},
	// other is another story on the same subject: a treatment plant, the
	// same European rules, another town.
	"other story": {
		"À Villeneuve, la station d'épuration construite en 1985 a de nouveau débordé après les orages de la nuit de dimanche, rejetant des eaux usées dans la rivière pendant plusieurs heures.",
		"« Les normes européennes nous imposent de la remplacer, mais nous n'en avons pas les moyens », reconnaît le premier adjoint, Paul Girard. La préfecture a mis la commune en demeure de présenter un plan de travaux avant la fin de l'année.",
		"Des pêcheurs ont constaté une mortalité de poissons en aval. Une enquête a été ouverte par l'Office français de la biodiversité.",
	},
}

// unitsString renders units as "same 0 0", "changed 3 3 <edits>",
// "left 4 -", "right - 4", with " moved" when the pair moved.
func unitsString(us []Unit) []string {
	var out []string
	for _, u := range us {
		side := func(i int) string {
			if i < 0 {
				return "-"
			}
			return fmt.Sprint(i)
		}
		s := fmt.Sprintf("%s %s %s", u.Diff, side(u.Left), side(u.Right))
		if u.Moved {
			s += " moved"
		}
		if u.Diff == Changed {
			var b strings.Builder
			for _, e := range u.Edits {
				switch e.Op {
				case Del:
					b.WriteString("[-" + e.Left + "-]")
				case Ins:
					b.WriteString("{+" + e.Right + "+}")
				}
			}
			s += " " + b.String()
		}
		out = append(out, s)
	}
	return out
}

func TestAlignVersions(t *testing.T) {
	tests := []struct {
		name    string
		version string
		want    []string
		summary Summary
	}{
		{"trimmed", "trimmed",
			[]string{"same 0 0", "same 1 1", "same 2 2", "same 3 3", "left 4 -", "left 5 -", "left 6 -", "left 7 -"},
			Summary{Same: 4, LeftOnly: 4}},
		{"reordered: the last paragraph moved up", "reordered",
			[]string{"same 0 0", "same 1 1", "same 2 4", "same 3 5", "same 4 6", "same 5 7", "same 6 2 moved", "same 7 3 moved"},
			Summary{Same: 8, Moved: 2}},
		{"one word changed", "one word changed",
			[]string{"same 0 0", "same 1 1", "same 2 2", "changed 3 3 [- deux-]{+ trois+}", "same 4 4", "same 5 5", "same 6 6", "same 7 7"},
			Summary{Same: 7, Changed: 1}},
		{"paragraph added", "paragraph added",
			[]string{"same 0 0", "same 1 1", "same 2 2", "same 3 3", "right - 4", "right - 5", "same 4 6", "same 5 7", "same 6 8", "same 7 9"},
			Summary{Same: 8, RightOnly: 2}},
		{"another story shares no sentence", "other story",
			[]string{"left 0 -", "left 1 -", "left 2 -", "left 3 -", "left 4 -", "left 5 -", "left 6 -", "left 7 -",
				"right - 0", "right - 1", "right - 2", "right - 3", "right - 4"},
			Summary{LeftOnly: 8, RightOnly: 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Align(base, versions[tt.version])
			if got := unitsString(a.Units); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Align(base, %s) =\n%q\nwant\n%q", tt.version, got, tt.want)
			}
			if a.Summary != tt.summary {
				t.Errorf("Align(base, %s).Summary = %+v, want %+v", tt.version, a.Summary, tt.summary)
			}
		})
	}
}

func TestAlignChangedAndMoved(t *testing.T) {
	left := []string{"Un premier fait important. Un deuxième fait notable. Un troisième fait décisif."}
	right := []string{"Un troisième fait vraiment décisif. Un premier fait important. Un deuxième fait notable."}
	got := unitsString(Align(left, right).Units)
	want := []string{"same 0 1", "same 1 2", "changed 2 0 moved {+ vraiment+}"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Align = %q, want %q", got, want)
	}
}

func TestAlignPieces(t *testing.T) {
	a := Align(base, versions["one word changed"])
	u := a.Units[3]
	var left, right []string
	for _, p := range a.Pieces(u, true) {
		if p.Changed {
			left = append(left, p.Text)
		}
	}
	for _, p := range a.Pieces(u, false) {
		if p.Changed {
			right = append(right, p.Text)
		}
	}
	if !reflect.DeepEqual(left, []string{" deux"}) || !reflect.DeepEqual(right, []string{" trois"}) {
		t.Errorf("Pieces of the changed sentence: deleted %q, inserted %q; want [\" deux\"], [\" trois\"]", left, right)
	}
	if got := a.Pieces(a.Units[0], false); len(got) != 1 || got[0].Text != a.Right[0].Text || got[0].Changed {
		t.Errorf("Pieces of a same sentence = %+v, want its whole text unmarked", got)
	}
	trimmed := Align(base, versions["trimmed"])
	if got := trimmed.Pieces(trimmed.Units[7], false); got != nil {
		t.Errorf("right Pieces of a left-only sentence = %+v, want nil", got)
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct {
		name        string
		left, right string
		diff        Diff
		want        string
	}{
		{"same", "Une station d'épuration pour Saint-Martin", "Une station d’épuration pour Saint-Martin", Same, ""},
		{"one word", "Une cyberattaque paralyse les urgences", "Une cyberattaque frappe les urgences", Changed, "[- paralyse-]{+ frappe+}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := Headline(tt.left, tt.right)
			if u.Diff != tt.diff {
				t.Errorf("Headline(%q, %q).Diff = %s, want %s", tt.left, tt.right, u.Diff, tt.diff)
			}
			if got := strings.TrimPrefix(unitsString([]Unit{{Diff: Changed, Edits: u.Edits}})[0], "changed 0 0 "); got != tt.want {
				t.Errorf("Headline(%q, %q) edits = %q, want %q", tt.left, tt.right, got, tt.want)
			}
		})
	}
}

// exact is the true resemblance and containment of two texts.
func exact(a, b []string) (res, cont float64) {
	x, y := Shingles(a), Shingles(b)
	common := 0
	for _, s := range x {
		if _, ok := slices.BinarySearch(y, s); ok {
			common++
		}
	}
	return float64(common) / float64(len(x)+len(y)-common), float64(common) / float64(min(len(x), len(y)))
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name    string
		version string
		// Bounds written from the edits: a trimmed copy is contained
		// whole; another story shares a phrase at most.
		minCont, maxCont float64
	}{
		{"trimmed", "trimmed", 0.9, 1},
		{"reordered", "reordered", 0.9, 1},
		{"one word changed", "one word changed", 0.9, 1},
		{"paragraph added", "paragraph added", 0.9, 1},
		{"other story", "other story", 0, 0.1},
	}
	b := NewSketch(base)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := NewSketch(versions[tt.version])
			s := Compare(&b, &v)
			if s.Containment < tt.minCont || s.Containment > tt.maxCont {
				t.Errorf("Compare(base, %s).Containment = %.2f, want in [%.2f, %.2f]", tt.version, s.Containment, tt.minCont, tt.maxCont)
			}
			res, cont := exact(base, versions[tt.version])
			if d := s.Resemblance - res; d > 0.15 || d < -0.15 {
				t.Errorf("Compare(base, %s).Resemblance = %.2f, exact %.2f", tt.version, s.Resemblance, res)
			}
			if d := s.Containment - cont; d > 0.15 || d < -0.15 {
				t.Errorf("Compare(base, %s).Containment = %.2f, exact %.2f", tt.version, s.Containment, cont)
			}
			if s2 := Compare(&v, &b); s2 != s {
				t.Errorf("Compare is not symmetric: %+v and %+v", s, s2)
			}
		})
	}
	var empty Sketch
	if s := Compare(&b, &empty); s != (Similarity{}) {
		t.Errorf("Compare(base, empty) = %+v, want zero", s)
	}
}

func TestShinglesFoldCaseAndApostrophes(t *testing.T) {
	a := Shingles([]string{"L’État a voté la loi hier soir."})
	b := Shingles([]string{"l'état a voté la loi hier soir"})
	if !reflect.DeepEqual(a, b) {
		t.Errorf("Shingles differ on case, apostrophes and punctuation: %d and %d shingles", len(a), len(b))
	}
	if got := Shingles([]string{"Deux mots"}); len(got) != 1 {
		t.Errorf("Shingles of a two-word text = %d shingles, want 1", len(got))
	}
}

// corpusOf lists the hand-made versions in a fixed order: base first.
func corpusOf(names ...string) (texts [][]string) {
	texts = append(texts, base)
	for _, n := range names {
		texts = append(texts, versions[n])
	}
	return texts
}

func sketchAll(texts [][]string) []Sketch {
	sk := make([]Sketch, len(texts))
	for i, t := range texts {
		sk[i] = NewSketch(t)
	}
	return sk
}

func TestGroup(t *testing.T) {
	names := []string{"trimmed", "other story", "reordered", "one word changed", "paragraph added"}
	// The digest quotes the whole base article and the whole other story:
	// it must not bring the two stories into one group.
	digest := append(append([]string{}, base...), versions["other story"]...)
	texts := append(corpusOf(names...), digest)
	tests := []struct {
		name  string
		texts [][]string
		want  [][]int
	}{
		{"versions grouped, the other story alone", corpusOf(names...), [][]int{{0, 1, 3, 4, 5}}},
		{"alone, nothing to group", corpusOf("other story"), nil},
		{"a digest of two stories joins at most one", texts, nil},
		{"empty", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Group(sketchAll(tt.texts), DefaultParams)
			if tt.name == "a digest of two stories joins at most one" {
				for _, g := range got {
					if slices.Contains(g, 0) && slices.Contains(g, 2) {
						t.Errorf("Group = %v: base (0) and the other story (2) in one group", got)
					}
				}
				if !slices.ContainsFunc(got, func(g []int) bool { return reflect.DeepEqual(g[:5], []int{0, 1, 3, 4, 5}) }) {
					t.Errorf("Group = %v: the versions of base are no longer one group", got)
				}
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Group = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestGroupAdded(t *testing.T) {
	published := corpusOf("other story", "trimmed")
	sk := sketchAll(published)
	groups := Group(sk, DefaultParams)
	if want := [][]int{{0, 2}}; !reflect.DeepEqual(groups, want) {
		t.Fatalf("published groups = %v, want %v", groups, want)
	}
	// A reader adds a reordered version of base, and a copy of the other
	// story with a paragraph cut.
	added := sketchAll([][]string{versions["reordered"], versions["other story"][:2]})
	got := GroupAdded(append(sk, added...), len(published), groups, DefaultParams)
	want := [][]int{{0, 2, 3}, {1, 4}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("GroupAdded = %v, want %v", got, want)
	}
	if got := GroupAdded(sk, len(published), groups, DefaultParams); !reflect.DeepEqual(got, groups) {
		t.Errorf("GroupAdded with nothing added = %v, want the published groups %v", got, groups)
	}
}

func TestMatrix(t *testing.T) {
	g := Matrix([][]string{base, versions["trimmed"], versions["one word changed"], versions["paragraph added"]})
	// Rows: base's 8 sentences with the 2 added after its fourth.
	var got []string
	for _, r := range g.Rows {
		var b strings.Builder
		for _, c := range r.Cells {
			switch c.Diff {
			case Same:
				b.WriteByte('=')
			case Changed:
				b.WriteByte('~')
			default:
				b.WriteByte('.')
			}
		}
		got = append(got, b.String())
	}
	want := []string{"====", "====", "====", "==~=", "...=", "...=", "=.==", "=.==", "=.==", "=.=="}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Matrix rows = %q, want %q", got, want)
	}
	if r := g.Rows[4]; !strings.HasPrefix(r.Text, "Les riverains") || r.Cells[3].Sentence != 4 || r.Cells[0].Sentence != -1 {
		t.Errorf("Matrix row 4 = %+v, want the added sentence, sentence 4 of version 3", r)
	}
	if n := len(g.Sentences[1]); n != 4 {
		t.Errorf("Matrix: version 1 has %d sentences, want 4", n)
	}
}

func TestEarliest(t *testing.T) {
	tests := []struct {
		name  string
		dates []string
		want  []int
	}{
		{"one first", []string{"2025-03-15", "2025-03-14", "2025-03-16"}, []int{1}},
		{"ties", []string{"2025-03-14", "2025-03-15", "2025-03-14"}, []int{0, 2}},
		{"times break ties", []string{"2025-03-14T18:40", "2025-03-14T09:12"}, []int{1}},
		{"no time ties with the first time", []string{"2025-03-14T18:40", "2025-03-14", "2025-03-14T09:12"}, []int{1, 2}},
		{"unknown and partial dates are not compared", []string{"", "--03-01", "2025-03-14"}, []int{2}},
		{"none", []string{"", "--03-01"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Earliest(tt.dates); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Earliest(%q) = %v, want %v", tt.dates, got, tt.want)
			}
		})
	}
}
