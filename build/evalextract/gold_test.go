package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"lecteur/app/corpus"
)

func TestWithoutLead(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"place and dash", "Londres - Manchester United a raté l'occasion de prendre la tête.", "Manchester United a raté l'occasion de prendre la tête."},
		{"place in capitals", "BRUXELLES Le comité s'est réuni dimanche soir.", "Le comité s'est réuni dimanche soir."},
		{"label in capitals with À", "MISE À JOUR La réaction du joueur a surpris le club.", "La réaction du joueur a surpris le club."},
		{"label and dash", "LE POINT SUR LA SITUATION - Deux morts dans le nord-est du pays.", "Deux morts dans le nord-est du pays."},
		{"agency dateline", "PARIS (AFP) – Le gouvernement a présenté son budget.", "Le gouvernement a présenté son budget."},
		{"special envoy", "Berlin, de notre envoyé spécial Le jury a rendu son verdict samedi.", "Le jury a rendu son verdict samedi."},
		{"no lead", "Le gouvernement a présenté son budget mardi soir.", "Le gouvernement a présenté son budget mardi soir."},
		{"a dash inside a sentence is no lead", "Le texte a été adopté. Il entre en vigueur - enfin - lundi.", "Le texte a été adopté. Il entre en vigueur - enfin - lundi."},
		{"a quote is no lead", "« Nous irons - ensemble - jusqu'au bout », a-t-il dit.", "« Nous irons - ensemble - jusqu'au bout », a-t-il dit."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := withoutLead(tt.in); got != tt.want {
				t.Errorf("withoutLead(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestScore scores hand-made readings of the page under
// testdata/gold/tune against its expected values.
func TestScore(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "gold", "tune", "verglas-vosges.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want expected
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	body := []string{
		"EPINAL - Une plaque de verglas a provoqué trois accidents sur la RN 57 mardi matin, sans faire de blessé grave.",
		"Les pompiers sont intervenus à six reprises entre 6 h et 9 h, selon la préfecture.",
		"La circulation a repris en fin de matinée, après le passage des saleuses du département.",
	}
	read := func(change func(*corpus.Article)) corpus.Article {
		a := corpus.Article{
			Title:      "Verglas : trois accidents sur la RN 57",
			Date:       "2024-01-09",
			Source:     "",
			Authors:    []string{"Claire Martin"},
			Place:      "EPINAL",
			Paragraphs: append([]string(nil), body...),
		}
		if change != nil {
			change(&a)
		}
		return a
	}
	tests := []struct {
		name  string
		read  corpus.Article
		wrong []string // the fields scored wrong
	}{
		{"as expected", read(nil), nil},
		{"title variant without its label", read(func(a *corpus.Article) { a.Title = "Trois accidents sur la RN 57" }), nil},
		{"another title", read(func(a *corpus.Article) { a.Title = "Vosges Matin" }), []string{"title"}},
		{"date variant", read(func(a *corpus.Article) { a.Date = "2024-01-10" }), nil},
		{"update date", read(func(a *corpus.Article) { a.Date = "2024-01-11" }), []string{"date"}},
		{"source variant", read(func(a *corpus.Article) { a.Source = "AFP" }), nil},
		{"authors in another order, other case", read(func(a *corpus.Article) { a.Authors = []string{"claire MARTIN"} }), nil},
		{"authors variant", read(func(a *corpus.Article) { a.Authors = []string{"Claire Martin", "Paul Henry"} }), nil},
		{"the site as author", read(func(a *corpus.Article) { a.Authors = []string{"Vosges Matin"} }), []string{"authors"}},
		{"place variant", read(func(a *corpus.Article) { a.Place = "" }), nil},
		{"first paragraph without its dateline", read(func(a *corpus.Article) {
			a.Paragraphs[0] = strings.TrimPrefix(a.Paragraphs[0], "EPINAL - ")
		}), nil},
		{"typographic apostrophe and NBSP", read(func(a *corpus.Article) {
			a.Paragraphs[2] = "La circulation a repris en fin de matinée, après le passage des saleuses du département\u00a0."
		}), nil},
		{"a short line before the article", read(func(a *corpus.Article) {
			a.Paragraphs = append([]string{"Faits divers"}, a.Paragraphs...)
		}), []string{"first"}},
		{"a teaser after the article", read(func(a *corpus.Article) {
			a.Paragraphs = append(a.Paragraphs, "À lire aussi : la neige attendue ce week-end sur les crêtes, avec des cumuls de dix à vingt centimètres au-dessus de huit cents mètres d'altitude selon Météo-France.")
		}), []string{"last", "body"}},
		{"paragraphs out of order", read(func(a *corpus.Article) {
			a.Paragraphs[0], a.Paragraphs[2] = a.Paragraphs[2], a.Paragraphs[0]
		}), []string{"first", "last", "body"}},
		{"a paragraph missing in the middle", read(func(a *corpus.Article) {
			a.Paragraphs = []string{body[0], body[2]}
		}), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := score(tt.read, want)
			var wrong []string
			for _, f := range goldFields {
				if !got[f] {
					wrong = append(wrong, f)
				}
			}
			if strings.Join(wrong, ",") != strings.Join(tt.wrong, ",") {
				t.Errorf("score(%s) wrong fields = %v, want %v", tt.name, wrong, tt.wrong)
			}
		})
	}
}

// TestRunGold reads the hand-written page under testdata/gold/tune with
// the real reader: it must not fail, and it skips a missing half.
func TestRunGold(t *testing.T) {
	if err := runGold(filepath.Join("testdata", "gold", "tune"), false); err != nil {
		t.Errorf("runGold(testdata) = %v", err)
	}
	if err := runGold(filepath.Join("testdata", "gold", "heldout"), false); err != nil {
		t.Errorf("runGold(missing half) = %v, want nil", err)
	}
}

// TestScoreNoHeadline: a text without a headline is read right when the
// reader says it made the title from the text, not when it took a line.
func TestScoreNoHeadline(t *testing.T) {
	want := expected{Title: ""}
	made := corpus.Article{Title: "Les autorités ont achevé vendredi le redéploiement…", TitleMade: true}
	if !score(made, want)["title"] {
		t.Error("a made title scored wrong where the text has no headline")
	}
	taken := corpus.Article{Title: "vendredi 13 juillet 2007 par AFP"}
	if score(taken, want)["title"] {
		t.Error("a line taken for the title scored right where the text has no headline")
	}
	want.Title = "Le redéploiement s'achève"
	if score(made, want)["title"] {
		t.Error("a made title scored right where the text has a headline")
	}
}

func TestGoldLabels(t *testing.T) {
	lines := []string{
		"Accueil",
		"Le titre de l'article",
		"PARIS (AFP) - Le premier paragraphe de l'article, assez long pour être reconnu.",
		"Un paragraphe du milieu.",
		"Le dernier paragraphe de l'article, lui aussi assez long.",
		"Partager",
	}
	s := make([]corpus.LineSample, len(lines))
	for i, l := range lines {
		s[i].Text = l
	}
	want := expected{
		FirstParagraph: "Le premier paragraphe de l’article, assez long pour être reconnu.",
		LastParagraph:  "Le dernier paragraphe de l'article, lui aussi assez long.",
	}
	got := goldLabels(s, want)
	if !reflect.DeepEqual(got, []float32{0, 0, 1, 1, 1, 0}) {
		t.Errorf("goldLabels = %v, want [0 0 1 1 1 0]", got)
	}
	want.LastParagraph = "Un paragraphe qui n'est pas dans le texte, assez long."
	if got := goldLabels(s, want); got != nil {
		t.Errorf("goldLabels without the last paragraph = %v, want nil", got)
	}
}

func TestTruthLabels(t *testing.T) {
	truth := "The council voted the budget on Tuesday night after three hours of debate.\nIt takes effect in May."
	s := []corpus.LineSample{
		{Text: "The council voted the budget on Tuesday night after three hours of debate."},
		{Text: "Sign up for our newsletter to get the news every morning"},
		{Text: "It takes effect in May."},
		{Text: "Share"},
	}
	if got := truthLabels(s, truth); !reflect.DeepEqual(got, []float32{1, 0, 1, 0}) {
		t.Errorf("truthLabels = %v, want [1 0 1 0]", got)
	}
}

func TestSiteOf(t *testing.T) {
	for slug, want := range map[string]string{"en-cbc-sinwar-gaza": "cbc", "lefigaro-signal-alerte": "lefigaro", "rtn": "rtn"} {
		if got := siteOf(slug); got != want {
			t.Errorf("siteOf(%q) = %q, want %q", slug, got, want)
		}
	}
}
