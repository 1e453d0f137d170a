package entity

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// form is one distinct way of naming something: a type and a folded text,
// with the surface spellings, articles and counts seen for it.
type form struct {
	typ      Type
	key      string         // folded text, or the ISO value for dates
	words    []string       // folded words of the text
	surfaces map[string]int // exact texts and their counts
	articles map[string]bool
	mentions int
}

// Link merges the mentions of all articles into entities. Within an
// article, a surname or a partial name ("M. Le Drian", "Cazeneuve") joins
// the full name it ends ("Jean-Yves Le Drian") and an acronym joins the
// expansion it spells ("NSA", "National Security Agency"); across the
// corpus, equal folded names are one entity, and a short form left alone
// in its article joins the only full name that fits. Link sets
// docs[i].Mentions[j].Entity and returns the entities sorted by type and
// name.
func Link(docs []Doc) []Entity {
	forms := map[string]*form{}
	var order []string
	keyOf := func(m Mention) string {
		k := Fold(m.Text)
		if m.Type == DATE && m.Value != "" {
			k = m.Value
		}
		return string(m.Type) + "\t" + k
	}
	for _, d := range docs {
		for _, m := range d.Mentions {
			if m.Type == "" || strings.TrimSpace(m.Text) == "" {
				continue
			}
			k := keyOf(m)
			f := forms[k]
			if f == nil {
				_, folded, _ := strings.Cut(k, "\t")
				f = &form{typ: m.Type, key: folded, words: strings.Fields(Fold(m.Text)), surfaces: map[string]int{}, articles: map[string]bool{}}
				forms[k] = f
				order = append(order, k)
			}
			f.surfaces[m.Text]++
			f.articles[d.ID] = true
			f.mentions++
		}
	}
	sort.Strings(order)
	parent := map[string]string{}
	var find func(string) string
	find = func(k string) string {
		if p, ok := parent[k]; ok && p != k {
			r := find(p)
			parent[k] = r
			return r
		}
		return k
	}
	union := func(short, long string) { parent[find(short)] = find(long) }

	// In each article first, then across the corpus for what is left.
	linked := map[string]bool{}
	for _, d := range docs {
		local := map[string]bool{}
		for _, m := range d.Mentions {
			if m.Type != "" {
				local[keyOf(m)] = true
			}
		}
		for k := range local {
			if target, ok := aliasTarget(forms, k, local); ok {
				union(k, target)
				linked[k] = true
			}
		}
	}
	all := map[string]bool{}
	for _, k := range order {
		all[k] = true
	}
	for _, k := range order {
		if !linked[k] {
			if target, ok := aliasTarget(forms, k, all); ok {
				union(k, target)
			}
		}
	}

	groups := map[string][]string{}
	for _, k := range order {
		r := find(k)
		groups[r] = append(groups[r], k)
	}
	var out []Entity
	idOf := map[string]string{}
	used := map[string]int{}
	var roots []string
	for r := range groups {
		roots = append(roots, r)
	}
	sort.Strings(roots)
	for _, r := range roots {
		e := buildEntity(forms, groups[r])
		base := e.ID
		if used[base]++; used[base] > 1 {
			e.ID = base + "-" + strconv.Itoa(used[base])
		}
		for _, k := range groups[r] {
			idOf[k] = e.ID
		}
		out = append(out, e)
	}
	for i := range docs {
		for j, m := range docs[i].Mentions {
			if m.Type != "" {
				docs[i].Mentions[j].Entity = idOf[keyOf(m)]
			}
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Type != out[b].Type {
			return out[a].Type < out[b].Type
		}
		if out[a].Name != out[b].Name {
			return out[a].Name < out[b].Name
		}
		return out[a].ID < out[b].ID
	})
	return out
}

// aliasTarget finds the one longer form among candidates that the form k
// abbreviates: a person's name it ends, an expansion its acronym spells.
// Two or more fitting names mean no decision.
func aliasTarget(forms map[string]*form, k string, candidates map[string]bool) (string, bool) {
	f := forms[k]
	if f == nil || f.typ == DATE {
		return "", false
	}
	acr := f.typ != PER && len(f.words) == 1 && isAcronymText(anySurface(f))
	var found []string
	for c := range candidates {
		g := forms[c]
		if c == k || g == nil || g.typ != f.typ || len(g.words) <= len(f.words) {
			continue
		}
		switch {
		case f.typ == PER && endsWith(g.words, f.words):
			found = append(found, c)
		case acr && initialsMatch(tokenize(anySurface(g)), anySurface(f)):
			found = append(found, c)
		}
	}
	if len(found) == 0 {
		return "", false
	}
	sort.Strings(found)
	// Several fitting names that are themselves one name ("Le Drian" and
	// "Jean-Yves Le Drian") are fine: take the longest.
	longest := found[0]
	for _, c := range found[1:] {
		if len(forms[c].words) > len(forms[longest].words) {
			longest = c
		}
	}
	for _, c := range found {
		if c != longest && !(f.typ == PER && endsWith(forms[longest].words, forms[c].words)) && !acr {
			return "", false
		}
	}
	return longest, true
}

func endsWith(long, short []string) bool {
	if len(short) == 0 || len(short) >= len(long) {
		return false
	}
	off := len(long) - len(short)
	for i, w := range short {
		if long[off+i] != w {
			return false
		}
	}
	return true
}

func isAcronymText(s string) bool {
	t := token{text: s, kind: word}
	return isAcronym(t)
}

// anySurface returns the most frequent surface text of a form.
func anySurface(f *form) string {
	best, n := "", -1
	for s, c := range f.surfaces {
		if c > n || (c == n && s < best) {
			best, n = s, c
		}
	}
	return best
}

// buildEntity merges forms into one entity; its name is the longest form
// (most words), in its best-accented, then most frequent, spelling.
func buildEntity(forms map[string]*form, keys []string) Entity {
	type cand struct {
		text  string
		words int
		count int
	}
	var cs []cand
	e := Entity{}
	arts := map[string]bool{}
	for _, k := range keys {
		f := forms[k]
		e.Type = f.typ
		e.Mentions += f.mentions
		for a := range f.articles {
			arts[a] = true
		}
		for s, c := range f.surfaces {
			cs = append(cs, cand{s, len(strings.Fields(s)), c})
		}
	}
	sort.Slice(cs, func(a, b int) bool {
		x, y := cs[a], cs[b]
		if x.words != y.words {
			return x.words > y.words
		}
		if ax, ay := nonASCII(x.text), nonASCII(y.text); ax != ay {
			return ax > ay // "États-Unis" over "Etats-Unis"
		}
		if x.count != y.count {
			return x.count > y.count
		}
		return x.text < y.text
	})
	e.Name = cs[0].text
	seen := map[string]bool{e.Name: true}
	for _, c := range cs[1:] {
		if !seen[c.text] {
			seen[c.text] = true
			e.Aliases = append(e.Aliases, c.text)
		}
	}
	sort.Strings(e.Aliases)
	for a := range arts {
		e.Articles = append(e.Articles, a)
	}
	sort.Strings(e.Articles)
	if e.Type == DATE {
		if _, v, _ := strings.Cut(keys[0], "\t"); v != "" && (v[0] == '-' || unicode.IsDigit(rune(v[0]))) {
			e.ID = "date-" + slug(v)
			return e
		}
	}
	e.ID = strings.ToLower(string(e.Type)) + "-" + slug(e.Name)
	return e
}

func nonASCII(s string) int {
	n := 0
	for _, r := range s {
		if r > unicode.MaxASCII {
			n++
		}
	}
	return n
}

// maxSlug bounds the length of an id's name part.
const maxSlug = 60

// slug makes a URL-safe id part: folded, letters and digits, hyphens.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range Fold(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.TrimRight(b.String(), "-")
	// Keep ids short enough for a URL path segment, cut at a word.
	if len(out) > maxSlug {
		out = out[:maxSlug]
		if i := strings.LastIndexByte(out, '-'); i > maxSlug/2 {
			out = out[:i]
		}
	}
	if out == "" {
		out = "x"
	}
	return out
}
