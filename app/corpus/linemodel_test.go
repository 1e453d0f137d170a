package corpus

import (
	"reflect"
	"testing"
)

// TestShippedLineModel checks that data/lines.bin holds a model of the
// reader's features: a feature added or removed without `make
// linemodel` would leave the reader without its model, silently.
func TestShippedLineModel(t *testing.T) {
	w, err := DecodeLineModel(shippedLineModel)
	if err != nil {
		t.Fatalf("DecodeLineModel(data/lines.bin) = %v; retrain it with make linemodel", err)
	}
	if len(w) != LineFeatureCount {
		t.Fatalf("data/lines.bin has %d weights, want %d", len(w), LineFeatureCount)
	}
	back, err := DecodeLineModel(EncodeLineModel(w))
	if err != nil || !reflect.DeepEqual(back, w) {
		t.Errorf("DecodeLineModel(EncodeLineModel(w)) = %v, %v; want the same weights", len(back), err)
	}
	if _, err := DecodeLineModel([]byte("lecteur-lines-1\n\x02\x00\x00\x00")); err == nil {
		t.Errorf("DecodeLineModel(2 weights, no bytes) = nil error, want one")
	}
}

// bodyLikeModel is a line model by hand: a line that reads like a
// paragraph (isBodyLike) is body at p = 0.88, any other at p = 0.12.
func bodyLikeModel() lineModel {
	m := make(lineModel, lineFeatures)
	m[0] = -2
	m[1+10] = 4 // own feature 10: isBodyLike
	return m
}

func textLines(texts ...string) []*line {
	ls := make([]*line, len(texts))
	for i, t := range texts {
		ls[i] = &line{text: t, raw: t, key: fold(t)}
	}
	return ls
}

func TestTrimByModel(t *testing.T) {
	para := "Le conseil municipal a voté mardi soir le budget de la ville, après trois heures de débats animés."
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{
			name:  "chrome at both edges goes, a short line inside stays",
			lines: []string{"Accueil", "Politique", para, "Les chiffres", para + " Encore.", "Ceci pourrait vous intéresser:", "Un autre titre", "Encore un titre"},
			want:  []string{para, "Les chiffres", para + " Encore."},
		},
		{
			name:  "a text of short lines keeps its best line",
			lines: []string{"Un", "Deux trois", "Quatre"},
			want:  []string{"Un"},
		},
		{
			name:  "a short line between paragraphs stays",
			lines: []string{para, "Lire aussi", para + " Fin.", "Partager"},
			want:  []string{para, "Lire aussi", para + " Fin."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := textLines(tt.lines...)
			trimByModel(ls, "fr", bodyLikeModel())
			var got []string
			for _, l := range ls {
				if l.role == roleBody {
					got = append(got, l.text)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("trimByModel(%q) kept %q, want %q", tt.lines, got, tt.want)
			}
		})
	}
	// Without a model, nothing changes.
	ls := textLines("Accueil", para, "Partager")
	trimByModel(ls, "fr", nil)
	for _, l := range ls {
		if l.role != roleBody {
			t.Errorf("trimByModel without a model dropped %q", l.text)
		}
	}
}

func TestCohesion(t *testing.T) {
	ls := textLines(
		"Le gouverneur de Kinshasa réhabilité par le ministère",
		"Court",
		"Pluie",
		"Le ministère confirme que le gouverneur de Kinshasa reste en poste",
		"Concert commémoratif samedi au stade municipal",
	)
	got := cohesion(ls)
	// Line 0: gouverneur, kinshasa, rehabilite, ministere; three of four
	// are in line 3. Lines 1 and 2: too short. Line 3: ministere,
	// confirme, gouverneur, kinshasa, reste, poste; three of six in line
	// 0. Line 4: concert, commemoratif, samedi, stade, municipal; none
	// elsewhere (line 3 is its neighbour and is not counted anyway).
	want := []float32{0.75, -1, -1, 0.5, 0}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("cohesion = %v, want %v", got, want)
	}
}

func TestChromeWords(t *testing.T) {
	tests := []struct {
		line string
		want uint8
	}{
		{"Abonnez-vous à notre newsletter", 1 << 0},
		{"Partager sur Facebook", 1 << 1},
		{"Ceci pourrait également vous intéresser", 1 << 2},
		{"Photo Getty Images", 1 << 3},
		{"Nous utilisons des cookies", 1 << 4},
		{"Le conseil municipal a voté le budget", 0},
		// "don" matches only itself, not "donne".
		{"Il donne sa démission", 0},
	}
	for _, tt := range tests {
		if got := chromeWords(fold(tt.line)); got != tt.want {
			t.Errorf("chromeWords(%q) = %05b, want %05b", tt.line, got, tt.want)
		}
	}
}
