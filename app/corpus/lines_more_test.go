package corpus

import (
	"reflect"
	"strings"
	"testing"
)

// TestListTables checks the labels of lists, of a page's end and of
// paywalls on testdata/lines/lists.tsv.
func TestListTables(t *testing.T) {
	for _, r := range readTable(t, "lists.tsv", 2) {
		t.Run(r[0], func(t *testing.T) {
			got := "text"
			switch {
			case isPaywallEnd(r[0]):
				got = "paywall"
			case isEndLabel(r[0]):
				got = "end"
			case listLabel(r[0]):
				got = "list"
			}
			if got != r[1] {
				t.Errorf("%q reads as %s, want %s", r[0], got, r[1])
			}
		})
	}
}

// TestDateTables reads the date lines of testdata/lines/dates.tsv, with
// the page's own time when the table gives one.
func TestDateTables(t *testing.T) {
	for _, r := range readTable(t, "dates.tsv", 3) {
		t.Run(r[0], func(t *testing.T) {
			var now moment
			if r[1] != "-" {
				if now = metaMoment(r[1]); now.y == 0 {
					t.Fatalf("metaMoment(%q) read no date", r[1])
				}
			}
			got := "-"
			if d, ok := dateLineRel(r[0], "fr", now); ok {
				got = d.iso()
			}
			if got != r[2] {
				t.Errorf("dateLineRel(%q, now %q) = %s, want %s", r[0], r[1], got, r[2])
			}
		})
	}
}

func TestURLDate(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://www.lemonde.fr/politique/article/2023/08/30/sophie-binet_6187099_823448.html", "2023-08-30"},
		{"https://www.exemple.fr/international/gaza-le-monde-arabe-20231101_AZMTTO7/", "2023-11-01"},
		{"https://www.exemple.fr/meteo/tempete-records-02-11-2023-XVZ4H2T3.php", "2023-11-02"},
		{"https://www.exemple.be/id300074/article/2020-12-24/il-brise-le-couvre-feu", "2020-12-24"},
		{"https://www.exemple.fr/societe/4060503-tempete", ""},
		{"https://www.exemple.fr/article/99999999-titre", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := urlDate(tt.url); got != tt.want {
			t.Errorf("urlDate(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

func TestPlainDateline(t *testing.T) {
	tests := []struct{ line, place string }{
		{"BRUXELLES Le Comité ministériel restreint s'est réuni dimanche.", "BRUXELLES"},
		{"Londres - Manchester United a raté l'occasion de prendre la tête.", "Londres"},
		{"Saint-Malo - Le port a rouvert lundi.", "Saint-Malo"},
		{"Berlin, de notre envoyé spécial Le jury a rendu son verdict samedi soir.", "Berlin"},
		{"MISE À JOUR La réaction du joueur continue de faire polémique.", ""},
		{"Mardi - Le conseil a voté.", ""},
		{"RUGBY - Le XV de France a battu l'Irlande.", ""},
		{"Le conseil - réuni lundi - a voté.", ""},
	}
	for _, tt := range tests {
		info, ok := plainDateline(tt.line)
		if ok != (tt.place != "") || info.place != tt.place {
			t.Errorf("plainDateline(%q) = %q, %v; want %q", tt.line, info.place, ok, tt.place)
		}
	}
}

func TestDatedByline(t *testing.T) {
	tests := []struct {
		name, line, date, authors, source string
		ok                                bool
	}{
		{"name then date", "Par Claire Martin le 14.09.2020 à 11h46", "2020-09-14", "Claire Martin", "", true},
		{"name, comma, date", "Par Jean Dupont, le 3 mars 2024", "2024-03-03", "Jean Dupont", "", true},
		{"date then agency", "vendredi 13 juillet 2007 par AFP", "2007-07-13", "", "AFP", true},
		{"site as author", "Rédigé par exemple.net le Mercredi 19 Décembre 2018 à 09:38", "2018-12-19", "", "exemple.net", true},
		{"English", "By Jane Doe on March 3, 2024", "2024-03-03", "Jane Doe", "", true},
		{"sentence with a date", "Le président a parlé le 3 mars 2024", "", "", "", false},
		{"byline without a date", "Par Jean Dupont le matin", "", "", "", false},
		{"date then a phrase", "3 mars 2024 par la voie des airs", "", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, names, src, ok := datedByline(tt.line, "fr")
			got := []string{"", strings.Join(names, "; "), src}
			if ok {
				got[0] = d.iso()
			}
			want := []string{tt.date, tt.authors, tt.source}
			if ok != tt.ok || !reflect.DeepEqual(got, want) {
				t.Errorf("datedByline(%q) = %q, %v; want %q, %v", tt.line, got, ok, want, tt.ok)
			}
		})
	}
}

func TestRightsHolder(t *testing.T) {
	tests := []struct{ line, want string }{
		{"©2006 20 minutes", "20 minutes"},
		{"© Ouest-Info 2022", "Ouest-Info"},
		{"Copyright © 2023 Le Petit Courrier. Tous droits réservés", "Le Petit Courrier"},
		{"© Le Quotidien des Alpes - Les contenus du site sont protégés par le droit d'auteur", "Le Quotidien des Alpes"},
		// A photo's credit names no outlet of the article.
		{"© Christophe Bortels", ""},
		{"© AFP", ""},
		{"© 2023", ""},
		{"©Tous droits réservés", ""},
		{"Le Petit Courrier © 2023", ""},
	}
	for _, tt := range tests {
		if got := rightsHolder(tt.line); got != tt.want {
			t.Errorf("rightsHolder(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}
