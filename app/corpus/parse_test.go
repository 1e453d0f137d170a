package corpus

import (
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

const para = "Le gouvernement a présenté mercredi un plan de lutte contre la fraude en ligne, qui prévoit un filtre contre les sites malveillants."

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "empty file"},
		{"blank", []byte(" \n\t\r\n\u00a0\n"), "only blank space"},
		{"binary", []byte("PK\x03\x04\x00\x00binary"), "binary file, not text"},
		{"control bytes", []byte(strings.Repeat("\x01\x02ab", 50)), "binary file, not text"},
		{"only chrome", []byte("Rechercher\nMenu\nPartager\n"), "no article text"},
		{"one byte too big", make([]byte, MaxFileSize+1), "file too big (4194305 bytes, the limit is 4194304 bytes)"},
		{"too big", make([]byte, MaxFileSize+MaxFileSize/20), "file too big (4.2 MB, the limit is 4 MB)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("a.txt", tt.data)
			if err == nil || err.Error() != tt.want {
				t.Errorf("Parse(%.20q) error = %v, want %q", tt.data, err, tt.want)
			}
		})
	}
}

// TestTooBig checks that the two sizes of the message always differ, as
// a reader sees them.
func TestTooBig(t *testing.T) {
	tests := []struct {
		name string
		n    int64
		want string
	}{
		{"one byte over", MaxFileSize + 1, "file too big (4194305 bytes, the limit is 4194304 bytes)"},
		{"rounds to the limit", MaxFileSize + 50<<10, "file too big (4245504 bytes, the limit is 4194304 bytes)"},
		{"first tenth above", MaxFileSize + 60<<10, "file too big (4.1 MB, the limit is 4 MB)"},
		{"twenty", 20 << 20, "file too big (20 MB, the limit is 4 MB)"},
		{"a dump", 1<<30 + 1<<29, "file too big (1536 MB, the limit is 4 MB)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TooBig(tt.n).Error(); got != tt.want {
				t.Errorf("TooBig(%d) = %q, want %q", tt.n, got, tt.want)
			}
		})
	}
}

func TestParseEncodings(t *testing.T) {
	title := "Été : l'œuvre de Noël"
	body := "« Déjà » vu\u00a0: l’éléphant coûte 5 €, dit-il."
	text := title + "\n\n" + body + "\n"
	tests := []struct {
		name string
		data []byte
	}{
		{"UTF-8", []byte(text)},
		{"UTF-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, text...)},
		{"CRLF", []byte(strings.ReplaceAll(text, "\n", "\r\n"))},
		{"CR", []byte(strings.ReplaceAll(text, "\n", "\r"))},
		{"Windows-1252", cp1252Bytes(text)},
		{"UTF-16LE with BOM", utf16le(text)},
		{"UTF-16LE without BOM", utf16le(text)[2:]},
		{"UTF-8 encoded twice", []byte(string(cp1252Runes([]byte(text))))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("a.txt", tt.data)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if a.Title != title || !reflect.DeepEqual(a.Paragraphs, []string{body}) {
				t.Errorf("Parse(%s) = %q, %q; want %q, %q", tt.name, a.Title, a.Paragraphs, title, body)
			}
		})
	}
}

// cp1252Bytes encodes s in Windows-1252 (s must fit).
func cp1252Bytes(s string) []byte {
	var b []byte
	for _, r := range s {
		switch {
		case r < 0x80 || r >= 0xA0 && r < 0x100:
			b = append(b, byte(r))
		default:
			for i, c := range cp1252 {
				if c == r {
					b = append(b, byte(0x80+i))
				}
			}
		}
	}
	return b
}

// cp1252Runes reads b as Windows-1252: what a program does when it takes
// UTF-8 for Windows-1252 before saving again as UTF-8.
func cp1252Runes(b []byte) []rune {
	var rs []rune
	for _, c := range b {
		if c >= 0x80 && c < 0xA0 {
			rs = append(rs, cp1252[c-0x80])
		} else {
			rs = append(rs, rune(c))
		}
	}
	return rs
}

func utf16le(s string) []byte {
	b := []byte{0xFF, 0xFE}
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func TestParseMixedEncoding(t *testing.T) {
	// A Latin-1 "é" pasted into a UTF-8 file with "à".
	data := []byte("Titre\n\nIl a d\xe9clar\xe9 \xc3\xa0 la presse que tout allait bien ce matin.\n")
	a, err := Parse("a.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	want := "Il a déclaré à la presse que tout allait bien ce matin."
	if a.Lede != want {
		t.Errorf("Parse(mixed) lede = %q, want %q", a.Lede, want)
	}
}

func TestParseMetadata(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             Article
	}{
		{
			name: "English dispatch",
			file: "a.txt",
			text: "Hackers hit city hall\n\nUpdated July 10, 2013 9:20 am GMT\n\nBy Jane Doe\n\nWASHINGTON (AP) — Hackers have taken down the city hall website, officials said on Tuesday, and the police are investigating the attack.\n",
			want: Article{Title: "Hackers hit city hall", Date: "2013-07-10", Source: "AP", Place: "WASHINGTON", Authors: []string{"Jane Doe"}, Lang: "en",
				Paragraphs: []string{"Hackers have taken down the city hall website, officials said on Tuesday, and the police are investigating the attack."}},
		},
		{
			name: "partial date in the dateline",
			file: "a.txt",
			text: "Titre de l'article\n\nPARIS, 11 mai (Reuters) - " + para + "\n",
			want: Article{Title: "Titre de l'article", Date: "--05-11", Source: "Reuters", Place: "PARIS", Lang: "fr", Paragraphs: []string{para}},
		},
		{
			name: "a date in a sentence is no publication date",
			file: "a.txt",
			text: "Titre\n\nLe sommet se tiendra le 11 mai 2017 à Bari, a annoncé le ministre devant la presse.\n",
			want: Article{Title: "Titre", Lang: "fr", Paragraphs: []string{"Le sommet se tiendra le 11 mai 2017 à Bari, a annoncé le ministre devant la presse."}},
		},
		{
			name: "Markdown front matter",
			file: "a.md",
			text: "---\ntitle: \"Un titre\"\ndate: 2020-02-29\nauthor: Anne Martin, Paul Durand\nsource: AFP\n---\n\n" + para + "\n",
			want: Article{Title: "Un titre", Date: "2020-02-29", Source: "AFP", Authors: []string{"Anne Martin", "Paul Durand"}, Lang: "fr", Paragraphs: []string{para}},
		},
		{
			// The site's name, cut from the title, is the source: the
			// page names no other outlet.
			name: "HTML without h1 takes <title> without the site",
			file: "a.html",
			text: "<html><head><title>Le titre - Le Site</title></head><body><nav>Accueil</nav><p>" + para + "</p><script>alert(1)</script></body></html>",
			want: Article{Title: "Le titre", Source: "Le Site", Lang: "fr", Paragraphs: []string{para}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(tt.file, []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			got := Article{Title: a.Title, Date: a.Date, Source: a.Source, Place: a.Place, Authors: a.Authors, Lang: a.Lang, Paragraphs: a.Paragraphs}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse(%q) =\n%+v\nwant\n%+v", tt.name, got, tt.want)
			}
		})
	}
}

func TestParseCounts(t *testing.T) {
	text := "Titre\n\n" + strings.Repeat("un deux trois quatre l'avion porte-avions. ", 100) + "\n"
	a, err := Parse("a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if a.Words != 600 || a.ReadingMinutes != 3 || a.Lede != a.Paragraphs[0] || a.ID != "a" || a.Path != "a.txt" {
		t.Errorf("Parse: words %d, minutes %d, id %q, path %q; want 600, 3, a, a.txt", a.Words, a.ReadingMinutes, a.ID, a.Path)
	}
}

// TestParseHuge checks that a big file just under the limit, one long line
// or many short ones, is read in reasonable time (no quadratic rule).
func TestParseHuge(t *testing.T) {
	tests := []struct {
		name string
		line string
		sep  string
	}{
		{"one long line", para + " ", ""},
		{"many lines", para, "\n"},
		{"many teasers", "Une phrase coupée qui se répète sans fin, encore et encore...", "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			unit := tt.line + tt.sep
			data := []byte("Titre\n\n" + strings.Repeat(unit, (MaxFileSize-16)/len(unit)))
			start := time.Now()
			_, err := Parse("big.txt", data)
			if err != nil {
				t.Fatalf("Parse(%s): %v", tt.name, err)
			}
			t.Logf("Parse(%s, %d bytes) took %v", tt.name, len(data), time.Since(start))
		})
	}
}

func TestExtensions(t *testing.T) {
	var keys []string
	for ext := range Formats {
		keys = append(keys, ext)
	}
	sort.Strings(keys)
	if !reflect.DeepEqual(keys, Extensions) {
		t.Errorf("Extensions = %v, want the keys of Formats %v", Extensions, keys)
	}
}

// TestParseNote reads what a reader pastes: a note of one paragraph, or
// one short line, is an article titled by its first words (Parse refused
// it as "only a title, no article text"); a text with a title line reads
// as Parse reads it; nothing but chrome is still no article.
func TestParseNote(t *testing.T) {
	tests := []struct {
		name, text   string
		title, first string // want
		err          string
	}{
		{
			name:  "one paragraph",
			text:  "Réunion mardi avec le maire de Lyon sur le budget des transports. À revoir avant vendredi.",
			title: "Réunion mardi avec le maire de Lyon sur le budget des transports",
			first: "Réunion mardi avec le maire de Lyon sur le budget des transports. À revoir avant vendredi.",
		},
		{
			name:  "one long sentence",
			text:  "Le conseil municipal de Rennes a voté mardi soir le budget de la ville pour l'année prochaine après un long débat\n",
			title: "Le conseil municipal de Rennes a voté mardi soir le budget de…",
			first: "Le conseil municipal de Rennes a voté mardi soir le budget de la ville pour l'année prochaine après un long débat",
		},
		{name: "one short line", text: "Appeler Marie Dupont demain", title: "Appeler Marie Dupont demain", first: "Appeler Marie Dupont demain"},
		{name: "title and text", text: "Note rapide\n\n" + para, title: "Note rapide", first: para},
		{name: "only chrome", text: "Rechercher\nMenu\nPartager\n", err: "no article text"},
		{name: "blank", text: " \n ", err: "only blank space"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseNote("texte-colle.txt", []byte(tt.text))
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Errorf("ParseNote(%q) error = %v, want %q", tt.text, err, tt.err)
				}
				return
			}
			if err != nil || a.Title != tt.title || len(a.Paragraphs) == 0 || a.Paragraphs[0] != tt.first || a.ID != "texte-colle" {
				t.Errorf("ParseNote(%q) = %q, %q, %v; want %q, %q", tt.text, a.Title, a.Paragraphs, err, tt.title, tt.first)
			}
		})
	}
	// A file of one line is a note too, for the build as for a paste.
	if a, err := Parse("a.txt", []byte("Un titre sans article\n")); err != nil || a.Title != "Un titre sans article" {
		t.Errorf("Parse(a line alone) = %q, %v; want a note titled by it", a.Title, err)
	}
}
