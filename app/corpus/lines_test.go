package corpus

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// readTable reads a tab-separated table of testdata/lines: one case a
// line, "#" comments, each case with exactly fields fields.
func readTable(t *testing.T, name string, fields int) [][]string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "lines", name))
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	for i, l := range strings.Split(string(b), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != fields {
			t.Fatalf("%s:%d: %d fields, want %d", name, i+1, len(f), fields)
		}
		rows = append(rows, f)
	}
	return rows
}

// TestLineTables checks the chrome, credit and source patterns on the
// tables of testdata/lines.
func TestLineTables(t *testing.T) {
	for _, r := range readTable(t, "chrome.tsv", 2) {
		t.Run("chrome/"+r[0], func(t *testing.T) {
			if got := isChrome(r[0]); got != (r[1] == "chrome") {
				t.Errorf("isChrome(%q) = %v, want %s", r[0], got, r[1])
			}
		})
	}
	for _, r := range readTable(t, "credits.tsv", 3) {
		t.Run("credit/"+r[0], func(t *testing.T) {
			text, credit := stripCredit(r[0])
			if text != r[1] || credit != r[2] {
				t.Errorf("stripCredit(%q) = %q, %q; want %q, %q", r[0], text, credit, r[1], r[2])
			}
		})
	}
	for _, r := range readTable(t, "sources.tsv", 3) {
		t.Run("source/"+r[0], func(t *testing.T) {
			src, authors, ok := sourceLine(r[0])
			if r[1] == "-" {
				if ok {
					t.Errorf("sourceLine(%q) = %q, %q, true; want no credit", r[0], src, authors)
				}
				return
			}
			var want []string
			if r[2] != "" {
				want = strings.Split(r[2], "; ")
			}
			if !ok || src != r[1] || !reflect.DeepEqual(authors, want) {
				t.Errorf("sourceLine(%q) = %q, %q, %v; want %q, %q", r[0], src, authors, ok, r[1], want)
			}
		})
	}
}

// TestCleanPatterns checks what whole copied texts give: the title is
// never a menu, a byline, a caption or a label; sources fill the fields;
// a rubric is no place; a one-line note is an article.
func TestCleanPatterns(t *testing.T) {
	tests := []struct {
		name, text                    string
		title, source, place, authors string
	}{
		{"menu and byline above the title",
			"Accueil | Actualités | Sports | … | Contact |\nJean de Teyssière\nLe conseil municipal adopte le budget 2024\nLe conseil municipal a adopté lundi soir, à une large majorité, le budget primitif de la commune pour l'année 2024, marqué par une hausse des investissements.\nLe maire a défendu un budget « de responsabilité » face à l'inflation.\n",
			"Le conseil municipal adopte le budget 2024", "", "", "Jean de Teyssière"},
		{"caption with a credit above the title",
			"Le président de la Confédération à Genève, le 4 mars. ( AFP / FABRICE COFFRINI )\nLa Suisse durcit sa loi sur les données\nLe Conseil fédéral a présenté mercredi un projet de révision de la loi sur la protection des données, qui renforce les droits des personnes concernées.\nLe texte sera débattu au Parlement à l'automne.\n(avec AFP)\n",
			"La Suisse durcit sa loi sur les données", "AFP", "", ""},
		{"label above the title",
			"Autres journaux :\nLe Petit Courrier\nUne nouvelle piste cyclable entre les deux rives\nLes travaux de la piste cyclable reliant les deux rives de la Loire commenceront en septembre, a annoncé la métropole jeudi, pour une mise en service prévue au printemps.\nLe chantier coûtera 4,2 millions d'euros.\n",
			"Une nouvelle piste cyclable entre les deux rives", "", "", ""},
		{"rubric is no place",
			"Le XV de France s'impose face à l'Irlande\nRUGBY - Le XV de France a battu l'Irlande samedi au Stade de France (24-17) et prend la tête du Tournoi des Six Nations, à deux journées de la fin.\nLes Bleus ont marqué trois essais.\n",
			"Le XV de France s'impose face à l'Irlande", "", "", ""},
		{"dateline with an agency",
			"Les Etats-Unis et la Chine reprennent leurs discussions\nPEKIN (Reuters) - Les négociateurs américains et chinois ont repris mardi leurs discussions commerciales, a-t-on appris de source officielle.\nRédigé par Wendy Marchetti et Paul Girard\n",
			"Les Etats-Unis et la Chine reprennent leurs discussions", "Reuters", "PEKIN", "Wendy Marchetti; Paul Girard"},
		{"source label",
			"Un incendie détruit un entrepôt à Montauban\nUn incendie a détruit dans la nuit de samedi à dimanche un entrepôt de 2 000 m² dans la zone industrielle nord de Montauban, sans faire de blessé.\nSource : La Dépêche du Midi\n",
			"Un incendie détruit un entrepôt à Montauban", "La Dépêche du Midi", "", ""},
		{"a date stamp and an icon's label above the byline",
			"Avec 12 arrestations\n\nUn week-end chargé sur les routes de la région\n\ndurée 11h00\n8 juillet 2021\nici\n\nPar Léa Martin, Journaliste\n\nLes patrouilleurs ont intercepté douze conducteurs en état d'ébriété entre vendredi et dimanche, sur les axes principaux de la région.\nLa police rappelle les règles de prudence avant les vacances.\n",
			"Un week-end chargé sur les routes de la région", "", "", "Léa Martin"},
		{"a dated byline naming an agency, and a footer naming the site",
			"Le port rouvre après trois jours de grève\n\nlundi 4 mars 2019 par AFP\n\nABIDJAN - Le port autonome a rouvert lundi après trois jours de grève des dockers, qui réclamaient une hausse des salaires, a-t-on appris de source syndicale.\nLes négociations reprendront jeudi.\n",
			"Le port rouvre après trois jours de grève", "AFP", "ABIDJAN", ""},
		{"a site's copyright notice is the source when nothing credits another",
			"Le marché de Noël ouvre ses portes\n©2019 Le Petit Courrier\nLe marché de Noël a ouvert samedi sur la place de l'Hôtel-de-Ville, avec une soixantaine de chalets et une patinoire.\nIl restera ouvert jusqu'au 31 décembre.\nAnne Dubois\n",
			"Le marché de Noël ouvre ses portes", "Le Petit Courrier", "", "Anne Dubois"},
		{"a newspaper named under the title of a republished story",
			"Un policier a fabriqué un faux mandat\nLe Courrier de Lyon\nUn policier a commis un geste « hautement inapproprié » en se servant de la signature d'une juge pour fabriquer un faux document judiciaire.\nLa décision était frappée d'un interdit de publication levé vendredi.\n",
			"Un policier a fabriqué un faux mandat", "Le Courrier de Lyon", "", ""},
		{"a place under the title is no outlet",
			"Les vendanges commencent avec deux semaines d'avance\nLa Bretagne\nLes premiers raisins ont été cueillis lundi dans le vignoble, avec près de deux semaines d'avance sur le calendrier habituel.\nLes vignerons se disent satisfaits.\n",
			"Les vendanges commencent avec deux semaines d'avance", "", "", ""},
		{"a note of one line",
			"Réunion demain à 10h avec le maire de Lyon au sujet du tramway.\n",
			"Réunion demain à 10h avec le maire de Lyon au sujet du tramway.", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("a.txt", []byte(tt.text))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			got := []string{a.Title, a.Source, a.Place, strings.Join(a.Authors, "; ")}
			want := []string{tt.title, tt.source, tt.place, tt.authors}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Parse(%s) title, source, place, authors = %q, want %q\nparagraphs %q", tt.name, got, want, a.Paragraphs)
			}
		})
	}
}

// TestCreditPatternsMissNothing checks that stripCredit's prefilter
// (creditPatterns) keeps every credit pattern that matches a line's tail,
// on every line of the tables and of the test articles and pages.
func TestCreditPatternsMissNothing(t *testing.T) {
	var lines []string
	for _, name := range []string{"credits.tsv", "chrome.tsv", "sources.tsv", "dates.tsv", "lists.tsv"} {
		b, err := os.ReadFile(filepath.Join("testdata", "lines", name))
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			lines = append(lines, strings.Split(l, "\t")...)
		}
	}
	for _, dir := range []string{"articles", "pages", "hostile", "fuzz/FuzzParse"} {
		names, _ := filepath.Glob(filepath.Join("testdata", dir, "*"))
		for _, n := range names {
			if fi, err := os.Stat(n); err != nil || fi.IsDir() {
				continue
			}
			b, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
	}
	all := []*regexp.Regexp{nameCreditRe, creditSuffixRe, parenCreditRe, slashCreditRe, viaCreditRe}
	matched := 0
	for _, l := range lines {
		tail := l
		if len(tail) > creditTail {
			tail = tail[len(tail)-creditTail:]
			for tail != "" && !utf8.RuneStart(tail[0]) {
				tail = tail[1:]
			}
		}
		kept := creditPatterns(tail)
		for _, re := range all {
			if re.MatchString(tail) {
				matched++
				if !slices.Contains(kept, re) {
					t.Errorf("creditPatterns(%q) leaves out %s, which matches", tail, re)
				}
			}
		}
	}
	if matched < 10 {
		t.Errorf("only %d lines matched a credit pattern: the test reads too few", matched)
	}
}
