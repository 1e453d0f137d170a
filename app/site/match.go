package site

import (
	"sort"
	"strings"

	"lecteur/app/search"
)

// MatchEntities returns the indexes of the entities whose name or an alias
// matches query, best first; an empty query matches every entity, in
// order. Matching ignores case, accents and typography (search.Normalize),
// and forgives: a name containing the query wins, then names whose words
// start with the query's words, then names whose words are one typo away.
func MatchEntities(ents []Entity, query string) []int {
	q := search.Normalize(query)
	if q == "" {
		out := make([]int, len(ents))
		for i := range out {
			out[i] = i
		}
		return out
	}
	type scored struct{ i, score int }
	var found []scored
	for i := range ents {
		best := 0
		for _, name := range append([]string{ents[i].Name}, ents[i].Aliases...) {
			if s := matchScore(search.Normalize(name), q); s > best {
				best = s
			}
		}
		if best > 0 {
			found = append(found, scored{i, best})
		}
	}
	sort.SliceStable(found, func(a, b int) bool {
		if found[a].score != found[b].score {
			return found[a].score > found[b].score
		}
		return ents[found[a].i].Mentions > ents[found[b].i].Mentions
	})
	out := make([]int, len(found))
	for j, f := range found {
		out[j] = f.i
	}
	return out
}

// matchScore says how well the normalised name matches the normalised
// query: 0 for not at all, 5 for equal, 4 for a name starting with the
// query, 3 for containing it, 2 for every query word starting a name word,
// 1 for every query word within one typo of a name word (search.Distance:
// the project's one typo measure).
func matchScore(name, q string) int {
	switch {
	case name == q:
		return 5
	case strings.HasPrefix(name, q):
		return 4
	case strings.Contains(name, q):
		return 3
	}
	words := strings.FieldsFunc(name, isSeparator)
	qwords := strings.FieldsFunc(q, isSeparator)
	if len(qwords) == 0 {
		return 0
	}
	prefix, typo := true, true
	for _, qw := range qwords {
		p, ty := false, false
		for _, w := range words {
			if strings.HasPrefix(w, qw) {
				p = true
			}
			if len([]rune(qw)) >= 4 && search.Distance([]rune(w), []rune(qw), 1) <= 1 {
				ty = true
			}
		}
		prefix = prefix && p
		typo = typo && (p || ty)
	}
	switch {
	case prefix:
		return 2
	case typo:
		return 1
	}
	return 0
}

func isSeparator(r rune) bool { return r == ' ' || r == '-' || r == '\'' || r == '.' }
