package entity

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// brief renders mentions as "TYPE:text" (and "=value" for dates) to keep
// the tables readable.
func brief(ms []Mention) []string {
	var out []string
	for _, m := range ms {
		s := string(m.Type) + ":" + m.Text
		if m.Value != "" {
			s += "=" + m.Value
		}
		out = append(out, s)
	}
	return out
}

func TestRecognize(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{name: "person after role and comma", text: "a indiqué le secrétaire américain au Trésor, Steven Mnuchin.",
			want: []string{"ORG:Trésor", "PER:Steven Mnuchin"}},
		{name: "organisation head with complement", text: "gouverneur de la Banque de France, a indiqué",
			want: []string{"ORG:Banque de France"}},
		{name: "place after à and date with year", text: "Il était le 11 mai 2017 à Bari en Italie.",
			want: []string{"DATE:11 mai 2017=2017-05-11", "LOC:Bari", "LOC:Italie"}},
		{name: "acronym and lower-case expansion", text: "l'ANSSI (Agence nationale de la sécurité des systèmes d'information), les organismes",
			want: []string{"ORG:ANSSI", "ORG:Agence nationale de la sécurité des systèmes d'information"}},
		{name: "expansion then acronym", text: "ancien consultant de la National Security Agency (NSA), au sujet",
			want: []string{"ORG:National Security Agency", "ORG:NSA"}},
		{name: "title and particle surname", text: "a expliqué M. Le Drian, puis Jean-Yves Le Drian est parti.",
			want: []string{"PER:Le Drian", "PER:Jean-Yves Le Drian"}},
		{name: "particle inside a name", text: "Thomas de Maizière a rappelé que François Villeroy de Galhau viendra.",
			want: []string{"PER:Thomas de Maizière", "PER:François Villeroy de Galhau"}},
		{name: "apposition makes an agency", text: "rapporte l'agence de presse officielle Chine nouvelle après deux jours, d'après Chine nouvelle.",
			want: []string{"ORG:Chine nouvelle", "ORG:Chine nouvelle"}},
		{name: "dateline place and agency", text: "PEKIN (Reuters) - Les Etats-Unis et la Chine se sont engagés.",
			want: []string{"LOC:PEKIN", "ORG:Reuters", "LOC:Etats-Unis", "LOC:Chine"}},
		{name: "sentence-initial words are not names", text: "Depuis plusieurs années, rien. Dans une déclaration, les pays. Celui-ci ressemble.",
			want: nil},
		{name: "days and months alone are not dates", text: "Les discussions de lundi et mardi, de janvier à mai, en mars.",
			want: nil},
		{name: "weekday date and bare year", text: "mercredi 10 juillet 2013 09h20, comme en 2013 et le 20 janvier.",
			want: []string{"DATE:mercredi 10 juillet 2013=2013-07-10", "DATE:2013=2013", "DATE:20 janvier=--01-20"}},
		{name: "days listed before their month are one date, from the first", text: "Le festival aura lieu les 15, 16 et 17 janvier, puis du 3 au 14 décembre, après les scrutins des 15 et 22 mars 2020.",
			want: []string{"DATE:15, 16 et 17 janvier=--01-15", "DATE:3 au 14 décembre=--12-03", "DATE:15 et 22 mars 2020=2020-03-15"}},
		{name: "a dateline's short month", text: "Paris, 11 fév 2019 (AFP) - L'homme a été relâché le 3 sept. dernier.",
			want: []string{"LOC:Paris", "DATE:11 fév 2019=2019-02-11", "ORG:AFP", "DATE:3 sept.=--09-03"}},
		{name: "a year after 'de' or 'à' only in a range or after a cue", text: "Il a été maire de 2008 à 2014, jusqu'à 2020 et à partir de 2027. L'élection de 2020 a conduit à 1939 interpellations.",
			want: []string{"DATE:2008=2008", "DATE:2014=2014", "DATE:2020=2020", "DATE:2027=2027"}},
		{name: "a weekday before a numeric date, old years, 'pour' and 'à' as cues, 'et' only after a cued year", text: "Le vendredi 01/02/2013, on rappela qu'il fut choisi en 1546, vise pour 2018 une hausse et remontait à 1982, entre 2014 et 2018 mais pas (1996 et 2000).",
			want: []string{"DATE:vendredi 01/02/2013=2013-02-01", "DATE:1546=1546", "DATE:2018=2018", "DATE:1982=1982", "DATE:2014=2014", "DATE:2018=2018"}},
		{name: "a number before a unit or counting something is no year", text: "Il court à 1200 km de Nantes et à 1500 m d'altitude ; le prix passe de 1300 à 1500 euros pour 1200 habitants.",
			want: []string{"LOC:Nantes"}},
		{name: "English month and day, with or without a year", text: "Apple said on Jan. 30, 2025 that the quarter ended Dec. 28; talks resume March 20.",
			want: []string{"ORG:Apple", "DATE:Jan. 30, 2025=2025-01-30", "DATE:Dec. 28=--12-28", "DATE:March 20=--03-20"}},
		{name: "a financial year", text: "Des résultats en baisse pour l'exercice 2024.",
			want: []string{"DATE:2024=2024"}},
		{name: "first of the month", text: "un rapport le 1er mars.",
			want: []string{"DATE:1er mars=--03-01"}},
		{name: "ministry domains are not names", text: "les ministres des Finances du G7 et le Premier Ministre.",
			want: []string{"ORG:G7"}},
		{name: "states as a common noun", text: "La France, soutenue par 45 Etats, propose.",
			want: []string{"LOC:France"}},
		{name: "demonym adjectives stay lower case", text: "le ministre français et le Trésor américain",
			want: []string{"ORG:Trésor"}},
		{name: "common-noun acronym", text: "des Etats, ONG ou entreprises",
			want: nil},
		{name: "en does not join places", text: "de la Belgique en Espagne",
			want: []string{"LOC:Belgique", "LOC:Espagne"}},
		{name: "curly apostrophe elision", text: "les ministres de l’Intérieur et l’ANSSI à l’Élysée",
			want: []string{"ORG:ANSSI", "ORG:Élysée"}},
		{name: "institution by place", text: "selon Matignon et la Maison Blanche",
			want: []string{"ORG:Matignon", "ORG:Maison Blanche"}},
		{name: "joined places", text: "sur l'axe Paris-Bordeaux ce matin",
			want: []string{"LOC:Paris", "LOC:Bordeaux"}},
		{name: "G20 as an organisation", text: "la réunion du G20 en Allemagne",
			want: []string{"ORG:G20", "LOC:Allemagne"}},
		{name: "lower-case ministry", text: "selon le ministère de la Transition écologique.",
			want: []string{"ORG:ministère de la Transition écologique"}},
		{name: "surname alone after full name", text: "Bernard Cazeneuve arrive. Selon Cazeneuve, tout va bien.",
			want: []string{"PER:Bernard Cazeneuve", "PER:Cazeneuve"}},
		{name: "English text does not break", text: "The meeting in London on May 11, 2017 was led by John Smith of the Bank of England.",
			want: []string{"LOC:London", "DATE:May 11, 2017=2017-05-11", "PER:John Smith", "ORG:Bank of England"}},
		{name: "a photo credit names no entity (issue 15)", text: "- DENIS CHARLET / AFP",
			want: nil},
		{name: "single letters are no names", text: "P.S. avec AFP",
			want: []string{"ORG:AFP"}},
		{name: "sentence-initial elision", text: "L'Espagne rationne l'eau. L'Organisation mondiale de la santé (OMS) agit.",
			want: []string{"LOC:Espagne", "ORG:Organisation mondiale de la santé", "ORG:OMS"}},
		{name: "empty", text: "", want: nil},
		{name: "punctuation only", text: "« » ... (( ))", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := brief(Recognize([]string{tt.text}))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Recognize(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestRecognizeOffsets checks that mentions point at their text in runes,
// per block, sorted and without overlap.
func TestRecognizeOffsets(t *testing.T) {
	blocks := []string{"Élysée : à Lille, l’État", "Le 11 mai 2017, Michel Sapin à Bari."}
	ms := Recognize(blocks)
	if len(ms) == 0 {
		t.Fatalf("Recognize(%q) found nothing", blocks)
	}
	for i, m := range ms {
		rs := []rune(blocks[m.Block])
		if m.Start < 0 || m.End > len(rs) || m.Start >= m.End {
			t.Fatalf("mention %d = %+v: offsets out of range", i, m)
		}
		if got := string(rs[m.Start:m.End]); got != m.Text {
			t.Errorf("mention %d: block text at [%d,%d) = %q, want %q", i, m.Start, m.End, got, m.Text)
		}
		if i > 0 {
			p := ms[i-1]
			if p.Block > m.Block || (p.Block == m.Block && p.End > m.Start) {
				t.Errorf("mentions %d and %d overlap or are unsorted: %+v %+v", i-1, i, p, m)
			}
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{name: "accents", in: "États-Unis", want: "etats-unis"},
		{name: "no accents", in: "Etats-Unis", want: "etats-unis"},
		{name: "curly apostrophe", in: "l’État", want: "l'etat"},
		{name: "ligature", in: "Œuvre", want: "oeuvre"},
		{name: "spaces", in: "  Banque   de  France ", want: "banque de france"},
		// Lower-case ASCII without spaces or backquotes is returned as
		// it is; anything else goes through the folding.
		{name: "lower ascii", in: "l'union-europeenne2", want: "l'union-europeenne2"},
		{name: "empty", in: "", want: ""},
		{name: "backquote", in: "l`etat", want: "l'etat"},
		{name: "tab", in: "a\tb", want: "a b"},
		{name: "trailing newline", in: "paris\n", want: "paris"},
		{name: "one capital", in: "paRis", want: "paris"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	_ = strings.ToLower
}

// TestReconcile checks that a surname alone follows the full name met in
// another article, and that places keep their type.
func TestReconcile(t *testing.T) {
	docs := []Doc{
		{ID: "a", Mentions: []Mention{{Text: "Emmanuel Macron", Type: PER}, {Text: "Pierre Paris", Type: PER}}},
		{ID: "b", Mentions: []Mention{{Text: "Macron", Type: ORG}, {Text: "Paris", Type: LOC}, {Text: "Benalla", Type: PER, Low: true}}},
		{ID: "c", Mentions: []Mention{{Text: "Alexandre Benalla", Type: PER}}},
	}
	Reconcile(docs)
	var got []string
	for _, m := range docs[1].Mentions {
		got = append(got, fmt.Sprintf("%s:%s:%v", m.Type, m.Text, m.Low))
	}
	want := []string{"PER:Macron:false", "LOC:Paris:false", "PER:Benalla:false"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Reconcile: doc b = %q, want %q", got, want)
	}
}
