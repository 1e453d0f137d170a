package corpus

import (
	"reflect"
	"testing"
)

func TestDateLine(t *testing.T) {
	tests := []struct {
		name, line, lang, want string
	}{
		{"French with weekday and time", "mercredi 10 juillet 2013 09h20", "fr", "2013-07-10"},
		{"published on", "Publié le 11 mai 2017 à 18:04", "fr", "2017-05-11"},
		{"published and updated", "Publié le 14/03/2022 à 18h05, mis à jour le 15/03/2022 à 08h00", "fr", "2022-03-14"},
		{"first of the month", "1er août 2020", "fr", "2020-08-01"},
		{"English month first", "Updated July 10, 2013 9:20 am GMT", "en", "2013-07-10"},
		{"English day first", "Monday 3 February 2020", "en", "2020-02-03"},
		{"ISO", "2019-12-31", "fr", "2019-12-31"},
		{"numeric English", "07/10/2013", "en", "2013-07-10"},
		{"numeric French", "07/10/2013", "fr", "2013-10-07"},
		{"numeric day over 12", "25/12/2013", "en", "2013-12-25"},
		{"no year", "Le 11 mai", "fr", "--05-11"},
		{"leap day", "29 février 2020", "fr", "2020-02-29"},
		{"not a leap year", "29 février 2019", "fr", ""},
		{"31 April", "31 avril 2019", "fr", ""},
		{"sentence with a date", "Le sommet a eu lieu le 11 mai 2017 à Bari.", "fr", ""},
		{"caption with a date", "Michel Sapin à Bari le 11 mai 2017", "fr", ""},
		{"no date", "Mercredi soir", "fr", ""},
		{"just numbers", "1.100 signataires", "fr", ""},
		{"US time zone", "Published 11:34 PM EST Nov 19, 2019", "en", "2019-11-19"},
		{"est is a verb in French", "Il est 11:34, 19 novembre 2019", "fr", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if d, ok := dateLine(tt.line, tt.lang); ok {
				got = d.iso()
			}
			if got != tt.want {
				t.Errorf("dateLine(%q, %q) = %q, want %q", tt.line, tt.lang, got, tt.want)
			}
		})
	}
}

func TestByline(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{"two names and a desk", "Ben Blanchard, Jean-Philippe Lefief pour le service français", []string{"Ben Blanchard", "Jean-Philippe Lefief"}},
		{"par", "Par Claire Le Goff", []string{"Claire Le Goff"}},
		{"par with a tail", "Par Jean Dupont, envoyé spécial à Kiev", []string{"Jean Dupont"}},
		{"by and", "By Mark Jensen and Ilze Ozola", []string{"Mark Jensen", "Ilze Ozola"}},
		{"particle", "Thomas de Maizière", []string{"Thomas de Maizière"}},
		{"initials", "Par J. R. Smith", []string{"J. R. Smith"}},
		{"et", "Antoine Mercier et Léa Rousseau", []string{"Antoine Mercier", "Léa Rousseau"}},
		{"sentence", "Jean Dupont est mort.", nil},
		{"sub-heading", "La coopération doit aller beaucoup plus loin", nil},
		{"a site's name of a rubric word", "BFM Business", nil},
		{"recueilli par", "Recueilli par Patrick ANGEVIN.", []string{"Patrick ANGEVIN"}},
		{"analysis by", "Analysis by Chris Cillizza", []string{"Chris Cillizza"}},
		{"the site after the name", "By Sandee LaMotte, CNN", []string{"Sandee LaMotte"}},
		{"an agency after the name", "By ERIC TUCKER Associated Press", []string{"ERIC TUCKER"}},
		{"Mc and De inside a name", "Cherie McCluney et Bryan DeArdo", []string{"Cherie McCluney", "Bryan DeArdo"}},
		{"share buttons", "Partager Discussion", nil},
		{"breadcrumb", "Home ECONOMIE Conjoncture", nil},
		{"a role", "AP National Political Writer", nil},
		{"a name and a role", "Robert Burns, AP National Security Writer", []string{"Robert Burns"}},
		{"words run together", "Jose AltoverosView More Articles", nil},
		{"an organisation", "European Space Agency", nil},
		{"one word", "Rédaction", nil},
		{"initials only", "P.S.", nil},
		{"par and initials", "Par E.P.", []string{"E.P."}},
		{"par and initials with a hyphen", "Par J.-M. D.", []string{"J.-M. D."}},
		{"auteur/autrice", "Auteur/autrice : Awa Ndiaye Sarr", []string{"Awa Ndiaye Sarr"}},
		{"a copy-link button", "Copy Link Copied", nil},
		{"quote", "\"Nous ne voulons pas\"", nil},
		{"too long", "Par Jean Dupont et Marie Martin et Paul Durand et Anne Petit et Luc Moreau et Eva Roux", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := byline(tt.line); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("byline(%q) = %q, want %q", tt.line, got, tt.want)
			}
		})
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		name, line                  string
		place, source, date, prefix string
		ok                          bool
	}{
		{"Reuters", "PEKIN (Reuters) - Les Etats-Unis et la Chine", "PEKIN", "Reuters", "", "PEKIN (Reuters) - ", true},
		{"AFP with date", "Paris, 10 juillet (AFP) - Le ministre", "Paris", "AFP", "--07-10", "Paris, 10 juillet (AFP) - ", true},
		{"em dash AP", "WASHINGTON (AP) — Officials said", "WASHINGTON", "AP", "", "WASHINGTON (AP) — ", true},
		{"capitals only", "SAN FRANCISCO — The company said", "SAN FRANCISCO", "", "", "SAN FRANCISCO — ", true},
		{"agency with photographer", "KIEV (Reuters/Dupont) - Text", "KIEV", "Reuters", "", "KIEV (Reuters/Dupont) - ", true},
		{"unknown acronym", "ROME (ANSA) - Il governo", "ROME", "ANSA", "", "ROME (ANSA) - ", true},
		{"country in brackets", "Bari (Italie) - Les ministres", "", "", "", "", false},
		{"plain sentence", "Les Etats-Unis et la Chine - deux puissances", "", "", "", "", false},
		{"lower-case start", "selon (AFP) - rien", "", "", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info, ok := dateline(tt.line, "fr")
			date := ""
			if info.hasDate {
				date = info.date.iso()
			}
			if ok != tt.ok || info.place != tt.place || info.source != tt.source || date != tt.date || info.prefix != tt.prefix {
				t.Errorf("dateline(%q) = %q, %q, %q, %q, %v; want %q, %q, %q, %q, %v",
					tt.line, info.place, info.source, date, info.prefix, ok, tt.place, tt.source, tt.date, tt.prefix, tt.ok)
			}
		})
	}
}

func TestStripCredit(t *testing.T) {
	tests := []struct {
		name, line, text, credit string
	}{
		{"name and agency", "Le ministre à Lille. - DENIS CHARLET / AFP", "Le ministre à Lille.", "- DENIS CHARLET / AFP"},
		{"photo after full stop", "Jean-Yves Le Drian. Photo d'archives AFP", "Jean-Yves Le Drian.", "Photo d'archives AFP"},
		{"slashes", "Le port de Riga. /Photo d'archives/REUTERS/Kacper Pempel", "Le port de Riga.", "/Photo d'archives/REUTERS/Kacper Pempel"},
		{"brackets", "Le port de Riga (Photo AFP)", "Le port de Riga", "(Photo AFP)"},
		{"copyright", "Le siège de la CNIL. © L'Écho numérique", "Le siège de la CNIL.", "© L'Écho numérique"},
		{"credit colon", "Des grues. Crédit : Marc Ollivier", "Des grues.", "Crédit : Marc Ollivier"},
		{"no credit", "La photo a fait le tour du monde.", "La photo a fait le tour du monde.", ""},
		{"ratio", "Le score est de 3 - 2 / 5 selon lui.", "Le score est de 3 - 2 / 5 selon lui.", ""},
		{"only a credit", "Photo AFP", "Photo AFP", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, credit := stripCredit(tt.line)
			if text != tt.text || credit != tt.credit {
				t.Errorf("stripCredit(%q) = %q, %q; want %q, %q", tt.line, text, credit, tt.text, tt.credit)
			}
		})
	}
}

func TestLineRules(t *testing.T) {
	tests := []struct {
		name, line          string
		chrome, credit, sig bool
	}{
		{"search", "Rechercher", true, false, false},
		{"section label", "Dernières Infos - Cybersécurité", true, false, false},
		{"read also", "Lire aussi : Le G7 divisé sur le commerce", true, false, false},
		{"breadcrumb", "Accueil > Monde > Asie", true, false, false},
		{"menu bar", "Actualités | Suisse | Monde | Sport", true, false, false},
		{"English", "Advertisement", true, false, false},
		{"sub-heading", "La coopération doit aller beaucoup plus loin", false, false, false},
		{"long read also is text", "Lire aussi les nombreux rapports publiés depuis des années par les agences de sécurité, qui disent tous la même chose", false, false, false},
		{"credit line", "Photo d'archives AFP", false, true, false},
		{"credit with colon", "Crédit photo : Marc Ollivier", false, true, false},
		{"rights", "Tous droits réservés – L'Écho numérique 2023", false, true, false},
		{"copyright", "© Ouest-Info 2022", false, true, false},
		{"bank", "Crédit Agricole annonce des résultats en hausse.", false, false, false},
		{"signature", "P.S. avec AFP", false, false, true},
		{"signature in brackets", "(avec Reuters)", false, false, true},
		{"source", "Source : AFP", false, false, true},
		{"not an agency", "avec Paul", false, false, false},
		{"stamp without date", "Publié aujourd'hui à 10h05, mis à jour à 11h20", true, false, false},
		{"stamp sentence is text", "Publié en 1998, le rapport reste d'actualité.", false, false, false},
		{"reading time", "Temps de lecture : 3 min", true, false, false},
		{"reading time English", "4 min read", true, false, false},
		{"url", "https://www.example.org/article?id=3", true, false, false},
		{"subscribers", "Article réservé aux abonnés", true, false, false},
		{"agency credit", "LUDOVIC MARIN / AFP", false, true, false},
		{"agency archives", "AFP/Archives", false, true, false},
		{"fraction is text", "Le ratio 1/3 de l'AFP.", false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isChrome(tt.line); got != tt.chrome {
				t.Errorf("isChrome(%q) = %v, want %v", tt.line, got, tt.chrome)
			}
			if got := isCreditLine(tt.line); got != tt.credit {
				t.Errorf("isCreditLine(%q) = %v, want %v", tt.line, got, tt.credit)
			}
			if got := signature(tt.line) != ""; got != tt.sig {
				t.Errorf("signature(%q) = %v, want %v", tt.line, got, tt.sig)
			}
		})
	}
}

func TestLanguage(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"French", "Le ministre a déclaré que la France et les Etats-Unis sont d'accord.", "fr"},
		{"English", "The minister said that France and the United States were in agreement.", "en"},
		{"none", "123 456", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := language(tt.text); got != tt.want {
				t.Errorf("language(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestTextBlocks(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"one line per paragraph", "Titre\nPremier paragraphe.\nSecond paragraphe.", []string{"Titre", "Premier paragraphe.", "Second paragraphe."}},
		{"wrapped", "Une phrase coupée\nen deux lignes.\n\nUne autre.", []string{"Une phrase coupée en deux lignes.", "Une autre."}},
		{"comma", "Un, deux,\nTrois.", []string{"Un, deux, Trois."}},
		{"menu stays apart", "BFM Business\nServices", []string{"BFM Business", "Services"}},
		{"sentence end stays apart", "Fin.\nsuite en minuscule", []string{"Fin.", "suite en minuscule"}},
		{"NBSP line is blank", "A\n\u00a0\nB", []string{"A", "B"}},
		{"date stamp stays apart", "8 juillet 2021\nici", []string{"8 juillet 2021", "ici"}},
		{"a name's title ends no sentence", "Le projet avance, a assuré vendredi M.\nDupont Aka.", []string{"Le projet avance, a assuré vendredi M. Dupont Aka."}},
		{"a short line with a title stays apart", "Par Mme\nDupont", []string{"Par Mme", "Dupont"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, b := range textBlocks(tt.text) {
				got = append(got, b.text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("textBlocks(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Dernières Infos - Cybersécurité", "dernieres infos cybersecurite"},
		{"l’État, l'œuvre", "l etat l oeuvre"},
		{"  À   Paris!! ", "a paris"},
		{"Ελλάδα", "ελλαδα"},
	}
	for _, tt := range tests {
		if got := fold(tt.in); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
