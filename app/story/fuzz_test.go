package story

import (
	"strings"
	"testing"
)

// FuzzAlign checks what the compare view relies on, for any two texts:
// each pane's pieces give back its sentences, and every sentence of each
// side is in exactly one unit.
func FuzzAlign(f *testing.F) {
	f.Add("Le train part. Il arrive.\nM. Dupont attend « ici ! », dit-il.", "Il arrive. Le train part vite.\nUn ajout…")
	f.Add("L'État a dit 3,5 %.", "l’État a dit 3,7 %. Rien.")
	f.Add(base[0]+"\n"+base[1], versions["reordered"][1]+"\n"+base[0])
	f.Fuzz(func(t *testing.T, l, r string) {
		a := Align(strings.Split(l, "\n"), strings.Split(r, "\n"))
		seenL, seenR := make([]int, len(a.Left)), make([]int, len(a.Right))
		for _, u := range a.Units {
			if u.Left >= 0 {
				seenL[u.Left]++
				if got := join(a.Pieces(u, true)); got != a.Left[u.Left].Text {
					t.Errorf("left pieces %q, sentence %q", got, a.Left[u.Left].Text)
				}
			}
			if u.Right >= 0 {
				seenR[u.Right]++
				if got := join(a.Pieces(u, false)); got != a.Right[u.Right].Text {
					t.Errorf("right pieces %q, sentence %q", got, a.Right[u.Right].Text)
				}
			}
		}
		for i, n := range seenL {
			if n != 1 {
				t.Errorf("left sentence %d in %d units", i, n)
			}
		}
		for i, n := range seenR {
			if n != 1 {
				t.Errorf("right sentence %d in %d units", i, n)
			}
		}
		s := a.Summary
		if s.Same+s.Changed+s.LeftOnly != len(a.Left) || s.Same+s.Changed+s.RightOnly != len(a.Right) {
			t.Errorf("summary %+v for %d and %d sentences", s, len(a.Left), len(a.Right))
		}
		if got, want := strings.Join(strings.Fields(joinSentences(a.Left)), ""), strings.Join(strings.Fields(l), ""); got != want {
			t.Errorf("sentences of the left lose text: %q, want %q", got, want)
		}
	})
}

func join(ps []Piece) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.Text)
	}
	return b.String()
}

func joinSentences(ss []Sentence) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(s.Text)
	}
	return b.String()
}
