package corpus

import "strings"

// Stop words that are frequent in one language and rare in the other.
// Words shared by both ("en", "a", "on") are left out.
var (
	frenchWords = foldSet("le", "la", "les", "des", "du", "une", "et", "est", "que", "qui",
		"dans", "pour", "pas", "sur", "au", "aux", "avec", "ce", "cette", "il", "elle",
		"ils", "ont", "sont", "été", "par", "ne", "se", "plus", "leur", "nous", "mais")
	englishWords = foldSet("the", "of", "and", "to", "is", "that", "for", "it", "with",
		"was", "are", "be", "by", "this", "have", "from", "at", "which", "not", "were",
		"has", "will", "their", "they", "said", "would", "been", "its", "but", "who")
)

// language guesses "fr" or "en" by counting stop words; "" when the text
// has none of either.
func language(texts ...string) string {
	fr, en := 0, 0
	for _, t := range texts {
		for _, w := range strings.Fields(fold(t)) {
			if frenchWords[w] {
				fr++
			} else if englishWords[w] {
				en++
			}
		}
	}
	switch {
	case fr == 0 && en == 0:
		return ""
	case en > fr:
		return "en"
	}
	return "fr"
}
