package entity

import "strings"

// artists.go: musicians' stage names and bands (issue 15), read by the
// corrections alone.

// artist is an entry of data/artists.txt: a solo artist (PER) or a band
// (ORG), and whether the name is also a common word, a first name, a
// surname or a place, retyped only in an article about music.
type artist struct {
	typ     Type
	context bool
}

// loadArtists reads data/artists.txt: "PER Orelsan", "ORG Indochine",
// "PER? Soprano".
func loadArtists() map[string]artist {
	b, err := dataFS.ReadFile("data/artists.txt")
	if err != nil {
		return nil
	}
	m := map[string]artist{}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, name, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		a := artist{context: strings.HasSuffix(kind, "?")}
		switch strings.TrimSuffix(kind, "?") {
		case "PER":
			a.typ = PER
		case "ORG":
			a.typ = ORG
		default:
			continue
		}
		toks := tokenize(name)
		m[keyOf(toks, 0, len(toks))] = a
	}
	return m
}
