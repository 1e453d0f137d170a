package compare

// isStop reports whether a folded word of three letters or more is a
// French function word, too common to say two paragraphs speak of the same
// thing. Shorter words are dropped before.
func isStop(w string) bool {
	_, ok := stopWords[w]
	return ok
}

var stopWords = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range []string{
		"les", "des", "une", "aux", "dans", "pour", "par", "sur", "avec", "sans", "sous", "entre",
		"vers", "chez", "contre", "depuis", "pendant", "avant", "apres", "selon", "lors",
		"qui", "que", "quoi", "dont", "est", "sont", "ont", "etait", "etaient", "sera", "seront",
		"ete", "etre", "avoir", "avait", "avaient", "aura", "fait", "faire", "peut", "doit",
		"ces", "cet", "cette", "ceux", "celle", "celui", "son", "ses", "sa", "leur", "leurs",
		"elle", "elles", "ils", "lui", "nous", "vous", "eux", "mais", "car", "donc", "puis",
		"pas", "plus", "moins", "tres", "bien", "aussi", "encore", "deja", "tout", "tous",
		"toute", "toutes", "meme", "comme", "ainsi", "alors", "autre", "autres", "deux",
		"the", "and", "for", "that", "with", "this", "was", "are",
	} {
		m[w] = struct{}{}
	}
	return m
}()
