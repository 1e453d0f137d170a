// Package synth generates a deterministic synthetic French news corpus for
// benchmarks and accuracy probes: articles of about 3,000 characters built
// from word lists, mentioning common people, places and organisations, and
// each one rare person found in no other article. Probes are queries for
// those rare names, typed the way readers do (no accents, one typo), whose
// right answer is therefore known.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Article is one generated article.
type Article struct {
	ID         string
	Title      string
	Paragraphs []string
	// Entities lists the names the article mentions, rare name first.
	Entities []string
	// Rare is the name that occurs in this article only.
	Rare string
}

// Text renders the article as a corpus file: title, blank line, paragraphs
// separated by blank lines.
func (a Article) Text() string {
	return a.Title + "\n\n" + strings.Join(a.Paragraphs, "\n\n") + "\n"
}

// Probe is a query whose best answer is the article WantID.
type Probe struct {
	Query  string `json:"query"`
	WantID string `json:"want_id"`
}

// Generate returns n articles; the same n and seed give the same corpus.
func Generate(n int, seed uint64) []Article {
	r := rand.New(rand.NewPCG(seed, 0x1ec7e0))
	used := map[string]bool{}
	out := make([]Article, 0, n)
	for i := 0; i < n; i++ {
		rare := rareName(r, used)
		out = append(out, article(r, i, rare))
	}
	return out
}

// Probes returns one probe per article: its rare surname with accents
// stripped and, for names of five letters or more, one typo; every third
// probe adds a topic word from the article's title.
func Probes(arts []Article, seed uint64) []Probe {
	r := rand.New(rand.NewPCG(seed, 0x9b0be))
	var out []Probe
	for i, a := range arts {
		parts := strings.Fields(a.Rare)
		q := strip(strings.ToLower(parts[len(parts)-1]))
		if utf8.RuneCountInString(q) >= 5 {
			q = typo(r, q)
		}
		if i%3 == 0 {
			ws := strings.Fields(a.Title)
			q += " " + strip(strings.ToLower(strings.Trim(ws[len(ws)-1], ",.")))
		}
		out = append(out, Probe{Query: q, WantID: a.ID})
	}
	return out
}

func article(r *rand.Rand, i int, rare string) Article {
	a := Article{ID: fmt.Sprintf("%05d", i), Rare: rare}
	topic := pick(r, nouns)
	place := pick(r, places)
	a.Title = capitalize(fmt.Sprintf("%s : %s %s %s %s", place, pick(r, titleVerbs), pick(r, determiners), topic, pick(r, adjectives)))
	people := []string{pick(r, people), pick(r, people)}
	org := pick(r, orgs)
	a.Entities = []string{rare, people[0], people[1], org, place}
	size := 0
	for size < 2900 {
		var p []string
		for k := 2 + r.IntN(3); k > 0; k-- {
			p = append(p, sentence(r, topic, place, org, people))
		}
		if len(a.Paragraphs) == 1 {
			p = append(p, fmt.Sprintf("%s, %s, %s %s %s.", rare, pick(r, roles), pick(r, speech), pick(r, determiners), pick(r, nouns)+" "+pick(r, adjectives)))
		}
		para := strings.Join(p, " ")
		size += len(para)
		a.Paragraphs = append(a.Paragraphs, para)
	}
	return a
}

func sentence(r *rand.Rand, topic, place, org string, people []string) string {
	subj := pick(r, []string{
		capitalize(pick(r, determiners) + " " + pick(r, nouns)),
		people[r.IntN(2)],
		"L'" + pick(r, []string{"Agence", "État", "entreprise", "équipe", "opposition"}),
		capitalize(org),
		"Le ministre " + pick(r, adjectivesM),
	})
	s := fmt.Sprintf("%s %s %s %s %s %s %s", subj, pick(r, verbs), pick(r, determiners), pick(r, nouns), pick(r, adjectives), pick(r, preps), word(r))
	switch r.IntN(4) {
	case 0:
		s += fmt.Sprintf(" à %s", place)
	case 1:
		s += fmt.Sprintf(", selon %s", pick(r, people))
	case 2:
		s += fmt.Sprintf(" sur %s %s", pick(r, determiners), topic)
	}
	return s + "."
}

// word returns a derived French-like word (stem plus suffix), which gives
// the corpus a long-tailed vocabulary like real text.
func word(r *rand.Rand) string {
	return pick(r, determiners) + " " + pick(r, stems) + pick(r, suffixes)
}

// rareTries is how many drawn names may be taken already before rareName
// allows longer ones.
const rareTries = 64

func rareName(r *rand.Rand, used map[string]bool) string {
	for tries := 0; ; tries++ {
		var b strings.Builder
		// Names of two or three syllables run out near 65,000: once they
		// are scarce (many draws taken), four syllables are allowed too.
		// Smaller corpora never get there, so they stay as they were.
		n := 2 + r.IntN(2)
		if tries >= rareTries {
			n = 2 + r.IntN(3)
		}
		for k := n; k > 0; k-- {
			b.WriteString(pick(r, syllables))
		}
		last := capitalize(b.String())
		if used[strip(strings.ToLower(last))] || len(last) < 5 {
			continue
		}
		used[strip(strings.ToLower(last))] = true
		return pick(r, firstNames) + " " + last
	}
}

// typo applies one random edit away from the first letter: a swap, a
// deletion, a substitution or an insertion.
func typo(r *rand.Rand, w string) string {
	rs := []rune(w)
	i := 1 + r.IntN(len(rs)-2)
	switch r.IntN(4) {
	case 0:
		rs[i], rs[i+1] = rs[i+1], rs[i]
	case 1:
		rs = append(rs[:i], rs[i+1:]...)
	case 2:
		rs[i] = rune('a' + r.IntN(26))
	default:
		rs = append(rs[:i], append([]rune{rune('a' + r.IntN(26))}, rs[i:]...)...)
	}
	return string(rs)
}

func strip(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

// Petition returns the text of an article that names n different people,
// the way a petition lists its signatories ("Ont signé : Amélie Bercha,
// Cédric Dréfon, …", about 20 bytes a name): an input that once made
// entity linking take minutes, and the browser's reader time out.
func Petition(n int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 0x5e7171))
	used := map[string]bool{}
	names := make([]string, n)
	for i := range names {
		names[i] = rareName(r, used)
	}
	return fmt.Sprintf("Une pétition de %d signataires\n\nLe collectif a remis sa pétition à la mairie mardi.\n\nOnt signé : %s.\n", n, strings.Join(names, ", "))
}
