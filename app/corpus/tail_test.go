package corpus

import (
	"testing"
)

// TestTailTables checks the rules of what ends an article and what opens
// no title on testdata/lines/tails.tsv.
func TestTailTables(t *testing.T) {
	for _, r := range readTable(t, "tails.tsv", 2) {
		t.Run(r[0], func(t *testing.T) {
			got := "text"
			switch {
			case isTailNotice(r[0]):
				got = "tail"
			case isFooterMenu(r[0]):
				got = "footer"
			case isContributorNote(r[0]):
				got = "contributor"
			case isHomeTrail(r[0]):
				got = "trail"
			case titleFragment(r[0]):
				got = "fragment"
			}
			if got != r[1] {
				t.Errorf("%q reads as %s, want %s", r[0], got, r[1])
			}
		})
	}
}

func TestGluedTail(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Créez un compte et ne manquez plus rien.Aussi dans l'actualité", "Créez un compte et ne manquez plus rien."},
		{"Le club a gagné 2-0.Articles connexes", "Le club a gagné 2-0."},
		{"Le club a gagné.Sur le même sujet", "Le club a gagné."},
		// A capital after a full stop inside a word is no label.
		{"Il travaille chez Yahoo.Fr depuis 2010.", "Il travaille chez Yahoo.Fr depuis 2010."},
		{"Le maire a parlé. Aussi dans l'actualité", "Le maire a parlé. Aussi dans l'actualité"},
	}
	for _, tt := range tests {
		got, _ := gluedTail(tt.in)
		if got != tt.want {
			t.Errorf("gluedTail(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCutReadOn(t *testing.T) {
	tests := []struct{ in, want, cut string }{
		{"Le tribunal suggère de renvoyer l'affaire, le [...] Lire la suite", "Le tribunal suggère de renvoyer l'affaire, le [...]", "Lire la suite"},
		{"The council will vote again next week on the plan. Read more »", "The council will vote again next week on the plan.", "Read more »"},
		{"Lire la suite", "Lire la suite", ""},
		{"Le maire a promis de lire la suite du rapport ce soir.", "Le maire a promis de lire la suite du rapport ce soir.", ""},
	}
	for _, tt := range tests {
		got, cut := cutReadOn(tt.in)
		if got != tt.want || cut != tt.cut {
			t.Errorf("cutReadOn(%q) = %q, %q; want %q, %q", tt.in, got, cut, tt.want, tt.cut)
		}
	}
}

func TestTrimBullet(t *testing.T) {
	tests := []struct{ in, want string }{
		{"• SÉNÉGAL-PÊCHE / Les pirogues restent à quai", "SÉNÉGAL-PÊCHE / Les pirogues restent à quai"},
		{"► Le budget adopté", "Le budget adopté"},
		{"- 5", "- 5"},
		{"Le budget adopté", "Le budget adopté"},
	}
	for _, tt := range tests {
		if got := trimBullet(tt.in); got != tt.want {
			t.Errorf("trimBullet(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWithoutDomain(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Le Courrier.fr", "Le Courrier"},
		{"La Voix du Nord.com", "La Voix du Nord"},
		{"lecourrier.fr", "lecourrier.fr"},
		{"Le Courrier", "Le Courrier"},
	}
	for _, tt := range tests {
		if got := withoutDomain(tt.in); got != tt.want {
			t.Errorf("withoutDomain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
