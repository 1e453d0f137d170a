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

// cultureWords are the lower-case words of an article about music: two
// of them, or one twice, make "Soprano" the singer rather than the voice
// and "Indochine" the band rather than the colony. "groupe", "titre"
// and "scène" are left out: "le groupe Renault", "le titre de champion",
// "la scène politique".
var cultureWords = map[string]bool{
	"album": true, "albums": true, "concert": true, "concerts": true, "tournee": true, "tournees": true,
	"chanson": true, "chansons": true, "chanteur": true, "chanteuse": true, "chanteurs": true, "chanteuses": true,
	"rappeur": true, "rappeuse": true, "rappeurs": true, "rap": true, "single": true, "singles": true,
	"clip": true, "clips": true, "festival": true, "festivals": true, "morceau": true, "morceaux": true,
	"musique": true, "musiques": true, "musical": true, "musicale": true, "musicien": true, "musicienne": true,
	"musiciens": true, "disque": true, "disques": true, "tube": true, "tubes": true, "featuring": true,
	"feat": true, "duo": true, "refrain": true, "mixtape": true, "spectacle": true, "streaming": true,
	"playlist": true, "dj": true, "rock": true, "pop": true, "electro": true, "hip-hop": true,
	"zenith": true, "olympia": true, "eurovision": true, "groupe de rock": true, "platine": true,
	"chanteur-compositeur": true, "auteur-compositeur": true, "auteure-compositrice": true, "guitariste": true,
	"batteur": true, "bassiste": true, "chorale": true, "orchestre": true, "opus": true, "scenes": true,
}

// aboutMusic reports whether the article is about music: two culture
// words or one twice, written in lower case (cultureWords).
func (a *analysis) aboutMusic() bool {
	n := 0
	for b, toks := range a.toks {
		for k, in := range a.info[b] {
			if cultureWords[in.fold] && (isLower(toks[k]) || in.fold == "zenith" || in.fold == "olympia" || in.fold == "eurovision") {
				n++
			}
		}
	}
	return n >= 2
}

// artists gives a listed stage name or band (data/artists.txt) its type,
// and shows it: "Orelsan" is no low person without a first name,
// "Gims" no place, "Indochine" the band. A name that is also a common
// word, a first name or a place ("Soprano", "Angèle", "Phoenix") is
// retyped only in an article about music (aboutMusic). Never against
// a title's or a role's person, a sure organisation, a place after a
// locative preposition ("à Phoenix") or one a sure cue typed (a
// country, a facility: "le stade Phoenix"), nor where a list of
// companies, media or parties knows the name. A work in quotes is gone
// already (quotedTitle).
func (a *analysis) artists(spans [][]span) {
	g := lists()
	music, checked := false, false
	isMusic := func() bool {
		if !checked {
			music, checked = a.aboutMusic(), true
		}
		return music
	}
	a.unreadArtists(spans, isMusic)
	for b, ss := range spans {
		toks := a.toks[b]
		for i, s := range ss {
			if s.typ == DATE || s.runeEnd > 0 || s.runeStart > 0 {
				continue
			}
			k := keyOf(toks, s.from, s.to)
			e, ok := g.artists[k]
			if !ok || s.typ == e.typ && (s.why == whyArtist || s.why == whyCorrection) {
				continue
			}
			if s.why == whyTitle || s.why == whyRole || g.companies[k] || g.media[k] || g.parties[k] || g.institutions[k] {
				continue
			}
			if e.typ == PER && a.sureOrg(b, s) && s.why != whyAcronym {
				continue
			}
			if s.typ == LOC && !s.low && (a.locative(b, s.from) || trust[s.why] > 10 || s.why == whyCorrection || a.hasFacility(b, s)) {
				continue
			}
			if p := s.from - 1; p >= 0 && isLower(toks[p]) && (lists().facilities[a.info[b][p].fold] || lists().instHeads[a.info[b][p].fold]) {
				continue // "le stade Phoenix", "l'hôtel Cocoon"
			}
			if e.context || s.why == whyAcronym || s.why == whyPlace || s.why == whyFirstName || s.why == whySurname {
				if !isMusic() {
					continue
				}
			}
			why := whyArtist
			if e.typ == ORG {
				why = whyCorrection
			}
			ss[i].typ, ss[i].why, ss[i].low, ss[i].conf = e.typ, why, false, 1
		}
	}
}

// unreadArtists adds the listed stage names and bands no span covers
// whole: a name of several words the rules and the model cut into
// pieces ("Christine and the Queens", not a person "Christine" and a
// place "Queens"), and a name of one word opening a sentence, where the
// rules read no name ("Damso remplit Bercy"). A piece that runs past
// the name, a date, or a person after a title or a role keeps it as it
// is (takeName). A name that is also a common word or a first name is
// taken only in an article about music.
func (a *analysis) unreadArtists(spans [][]span, isMusic func() bool) {
	g := lists()
	for b := range spans {
		toks := a.toks[b]
		for i := 0; i < len(toks); i++ {
			if !isCap(toks[i]) {
				continue
			}
			for j := min(len(toks), i+5); j > i; j-- {
				e, ok := g.artists[keyOf(toks, i, j)]
				if !ok || j < len(toks) && isCap(toks[j]) {
					continue
				}
				if j-i == 1 && (!toks[i].sentStart || covered(spans[b], i)) {
					break
				}
				if e.context && !isMusic() {
					break
				}
				why := whyArtist
				if e.typ == ORG {
					why = whyCorrection
				}
				if j-i == 1 {
					spans[b] = append(spans[b], span{from: i, to: j, typ: e.typ, why: why, conf: 1})
				} else if a.takeName(b, spans, i, j, e.typ, why) {
					i = j - 1
				}
				break
			}
		}
	}
}
