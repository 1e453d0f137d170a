package entity

import (
	"strings"
	"testing"
)

// TestArtistsList checks data/artists.txt: a type (PER or ORG, "?" for
// a name retyped only in an article about music) and a name on each
// line, no name twice, and every name that is also a first name, a
// place, a commune, a surname or a common capitalised word of the other
// lists marked with "?". No name may be a listed company, medium, party
// or institution, which the corrections type already.
func TestArtistsList(t *testing.T) {
	b, err := dataFS.ReadFile("data/artists.txt")
	if err != nil {
		t.Fatal(err)
	}
	g := lists()
	seen := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, name, ok := strings.Cut(line, " ")
		if !ok || strings.TrimSuffix(kind, "?") != "PER" && strings.TrimSuffix(kind, "?") != "ORG" || strings.TrimSpace(name) != name || name == "" {
			t.Errorf("artists.txt: %q, want PER, ORG, PER? or ORG? and a name", line)
			continue
		}
		toks := tokenize(name)
		k := keyOf(toks, 0, len(toks))
		if seen[k] {
			t.Errorf("artists.txt: %q twice", name)
		}
		seen[k] = true
		if _, ok := g.artists[k]; !ok {
			t.Errorf("artists.txt: %q not loaded", name)
		}
		if g.companies[k] || g.media[k] || g.parties[k] || g.institutions[k] {
			t.Errorf("artists.txt: %q is a company, a medium, a party or an institution of the other lists", name)
		}
		ambiguous := g.places[k] || g.communes.has(k) || g.surnames[k] || g.common[k] || g.stopwords[k] || g.roles[k] || len(toks) == 1 && firstNameWord(toks[0])
		if ambiguous && !strings.HasSuffix(kind, "?") {
			t.Errorf("artists.txt: %q is also a first name, a place, a surname or a common word, want %s?", name, kind)
		}
	}
}
