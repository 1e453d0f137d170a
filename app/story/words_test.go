package story

import (
	"strings"
	"testing"
)

// edits renders edits as "text" for Keep, "[-text-]" for Del and
// "{+text+}" for Ins, Keep showing its left text.
func edits(es []Edit) string {
	var b strings.Builder
	for _, e := range es {
		switch e.Op {
		case Keep:
			b.WriteString(e.Left)
		case Del:
			b.WriteString("[-" + e.Left + "-]")
		case Ins:
			b.WriteString("{+" + e.Right + "+}")
		}
	}
	return b.String()
}

func TestWords(t *testing.T) {
	tests := []struct {
		name        string
		left, right string
		want        string
	}{
		{"same", "Le train part.", "Le train part.", "Le train part."},
		{"one word changed", "soit une quarantaine d'interventions.", "soit une cinquantaine d'interventions.", "soit une[- quarantaine-]{+ cinquantaine+} d'interventions."},
		{"words added before the stop", "une quarantaine d'interventions.", "une soixantaine d'interventions selon un nouveau bilan.",
			"une[- quarantaine-]{+ soixantaine+} d'interventions{+ selon un nouveau bilan+}."},
		{"word removed", "Le très grand train part.", "Le grand train part.", "Le[- très-] grand train part."},
		{"typographic apostrophe is the same word", "l'État a dit.", "l’État a dit.", "l'État a dit."},
		{"guillemets and straight quotes are the same", "« oui »", "\" oui \"", "« oui »"},
		{"case change is a change", "Le Président parle.", "Le président parle.", "Le[- Président-]{+ président+} parle."},
		{"elision is its own word", "l'hôpital", "l'hôpital de Lyon", "l'hôpital{+ de Lyon+}"},
		{"hyphenated words stay whole", "a-t-il dit", "a-t-elle dit", "[-a-t-il-]{+a-t-elle+} dit"},
		{"decimal stays whole", "3,5 %", "3,7 %", "[-3,5-]{+3,7+} %"},
		{"all different", "Un deux.", "Trois quatre !", "[-Un deux.-]{+Trois quatre !+}"},
		{"empty left", "", "Nouveau.", "{+Nouveau.+}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := Words(tt.left, tt.right)
			if got := edits(es); got != tt.want {
				t.Errorf("Words(%q, %q) = %q, want %q", tt.left, tt.right, got, tt.want)
			}
			var l, r strings.Builder
			for _, p := range Side(es, true) {
				l.WriteString(p.Text)
			}
			for _, p := range Side(es, false) {
				r.WriteString(p.Text)
			}
			if l.String() != tt.left || r.String() != tt.right {
				t.Errorf("Side(Words(%q, %q)) = %q, %q: the sides must give back the texts", tt.left, tt.right, l.String(), r.String())
			}
		})
	}
}

func TestWordsLongSentenceIsBounded(t *testing.T) {
	a := strings.Repeat("mot ", 1000) + "fin"
	b := "début " + strings.Repeat("terme ", 1000)
	got := Words(a, b)
	if len(got) != 2 || got[0].Op != Del || got[1].Op != Ins {
		t.Errorf("Words on two unrelated 1,000-word runs gave %d edits, want a deletion then an insertion", len(got))
	}
}
