package ui

import (
	"lecteur/app/compare"
	"lecteur/app/site"
)

// comparePair is what the compare view shows of a pair of articles,
// loaded off the UI goroutine by loadPair.
type comparePair struct {
	catalog *site.Catalog
	sides   [2]*side // nil for a side without an article
	ents    compare.Entities
	links   compare.Links
	// diff is the two versions aligned, in the differences mode only
	// (by the build, or the ingestion worker: Store.Diff).
	diff *site.PairDiff
	err  error
}

// side is one pane's article.
type side struct {
	sum  *site.Summary
	text *site.Text
}

// loadPair loads the catalog (for the picker) and the articles left and
// right, and compares them when both are there. It blocks: call it from
// ctx.Async.
func loadPair(env Env, left, right string, diff bool) comparePair {
	var p comparePair
	p.catalog, p.err = env.Data.Catalog()
	if p.err == nil {
		p.sides[0], p.err = loadSide(env, left)
	}
	if p.err == nil && right != left {
		p.sides[1], p.err = loadSide(env, right)
	}
	if l, r := p.sides[0], p.sides[1]; l != nil && r != nil {
		p.ents = compare.SharedEntities(l.text, r.text)
		p.links = compare.Passages(l.text, r.text)
		if diff {
			p.diff, p.err = env.Data.Diff(l.text, r.text)
		}
	}
	return p
}

func loadSide(env Env, id string) (*side, error) {
	if id == "" {
		return nil, nil
	}
	sum, text, err := loadArticle(env, id)
	if err != nil || sum == nil || text == nil {
		return nil, err
	}
	return &side{sum: sum, text: text}, nil
}

// catalogIndex returns the catalog's entity names by id and a picker
// over its titles.
func catalogIndex(cat *site.Catalog) (map[string]string, *compare.Picker) {
	names := make(map[string]string, len(cat.Entities))
	for _, e := range cat.Entities {
		names[e.ID] = e.Name
	}
	titles := make([]string, len(cat.Articles))
	for i, a := range cat.Articles {
		titles[i] = a.Title
	}
	return names, compare.NewPicker(titles)
}

// pairProblem returns the message key saying what is wrong with the pair
// of ids in a compare URL, given which sides have an article, or "".
func pairProblem(ids [2]string, have [2]bool) string {
	left, right := ids[0], ids[1]
	switch {
	case left == "" && right == "":
		return "compare.none"
	case left != "" && left == right:
		return "compare.same"
	case left != "" && !have[0] || right != "" && !have[1]:
		return "compare.unknown"
	case left == "" || right == "":
		return "compare.one"
	}
	return ""
}

// nextMention returns where t mentions entity id next: after cur when the
// reader follows it again (again), wrapping round, else its first
// mention; cur when t does not mention it.
func nextMention(t *site.Text, id string, cur position, again bool) position {
	ms := mentions(t, id)
	if len(ms) == 0 {
		return cur
	}
	next := 0
	if again {
		for k, p := range ms {
			if p == cur {
				next = (k + 1) % len(ms)
			}
		}
	}
	return ms[next]
}

// mentions returns where t mentions entity id, in reading order.
func mentions(t *site.Text, id string) []position {
	var out []position
	for b, marks := range t.Marks {
		for m, mk := range marks {
			if mk.Entity == id {
				out = append(out, position{b, m})
			}
		}
	}
	return out
}
