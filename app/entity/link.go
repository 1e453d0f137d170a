package entity

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

	"lecteur/app/pool"
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
	keys := formKeys(docs)
	forms, order := collectForms(docs, keys)
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
	// Keys are visited in sorted order so that the union-find roots, and
	// with them the suffixes of colliding ids, do not depend on map order.
	linked := map[string]bool{}
	for i, d := range docs {
		seen := map[string]bool{}
		var local []string
		for j, m := range d.Mentions {
			if k := keys[i][j]; m.Type != "" && !seen[k] && forms[k] != nil {
				seen[k] = true
				local = append(local, k)
			}
		}
		sort.Strings(local)
		ix := newAliasIndex(forms, local)
		for _, k := range local {
			if target, ok := ix.target(k); ok {
				union(k, target)
				linked[k] = true
			}
		}
	}
	ix := newAliasIndex(forms, order)
	for _, k := range order {
		if !linked[k] {
			if target, ok := ix.target(k); ok {
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
				docs[i].Mentions[j].Entity = idOf[keys[i][j]]
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

// formKey is the key of a mention's form: its type, a tab, and its folded
// text, or a date's ISO value.
func formKey(m Mention) string {
	k := Fold(m.Text)
	if m.Type == DATE && m.Value != "" {
		k = m.Value
	}
	return string(m.Type) + "\t" + k
}

// formKeys returns the formKey of every mention of docs, by doc then
// mention, found on every CPU: folding the mentions' texts was most of
// linking (17.5 s of one core at 100,000 articles), and each is used
// three times.
func formKeys(docs []Doc) [][]string {
	keys := make([][]string, len(docs))
	pool.Each(len(docs), 0, func(i int) {
		keys[i] = make([]string, len(docs[i].Mentions))
		for j, m := range docs[i].Mentions {
			keys[i][j] = formKey(m)
		}
	}, nil)
	return keys
}

// collectForms gathers the forms of the mentions of docs, and their keys
// sorted; keys are the mentions' formKeys. Mentions without a type or
// text are left out.
func collectForms(docs []Doc, keys [][]string) (map[string]*form, []string) {
	forms := map[string]*form{}
	var order []string
	for i, d := range docs {
		for j, m := range d.Mentions {
			if m.Type == "" || strings.TrimSpace(m.Text) == "" {
				continue
			}
			k := keys[i][j]
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
	return forms, order
}

// aliasIndex finds, among a set of forms, the longer ones a short form
// abbreviates without comparing every pair (a petition of 13,000 names
// took minutes that way). Person names are filed under each of their
// tails, read from the last word in a trie of words; other names of two
// or more words under the initials they spell.
type aliasIndex struct {
	forms    map[string]*form
	next     map[tailEdge]int    // trie node and previous word → node; 0 is the root
	tails    map[int][]string    // node → keys of the longer person names ending so
	initials map[string][]string // type, tab, initials → keys of names spelling them
}

// tailEdge is one step in the tail trie: from a node to the word before.
type tailEdge struct {
	node int
	word string
}

// newAliasIndex files the forms of keys; keys are sorted, so each list is.
func newAliasIndex(forms map[string]*form, keys []string) *aliasIndex {
	ix := &aliasIndex{forms: forms, next: map[tailEdge]int{}, tails: map[int][]string{}, initials: map[string][]string{}}
	for _, k := range keys {
		g := forms[k]
		if g == nil || g.typ == DATE || len(g.words) < 2 {
			continue
		}
		if g.typ == PER {
			// Proper tails only: "le drian" and "drian" for "jean-yves le drian".
			node := 0
			for i := len(g.words) - 1; i >= 1; i-- {
				e := tailEdge{node, g.words[i]}
				n, ok := ix.next[e]
				if !ok {
					n = len(ix.next) + 1
					ix.next[e] = n
				}
				node = n
				ix.tails[node] = append(ix.tails[node], k)
			}
			continue
		}
		all, content := initials(tokenize(anySurface(g)))
		ix.initials[string(g.typ)+"\t"+all] = append(ix.initials[string(g.typ)+"\t"+all], k)
		if content != all {
			ix.initials[string(g.typ)+"\t"+content] = append(ix.initials[string(g.typ)+"\t"+content], k)
		}
	}
	return ix
}

// fitting returns the forms of the index that the form k may abbreviate:
// for a person, the longer names it ends; for an acronym of another type,
// the names of that type whose initials it spells.
func (ix *aliasIndex) fitting(k string) []string {
	f := ix.forms[k]
	if f == nil || f.typ == DATE || len(f.words) == 0 {
		return nil
	}
	if f.typ == PER {
		node := 0
		for i := len(f.words) - 1; i >= 0; i-- {
			n, ok := ix.next[tailEdge{node, f.words[i]}]
			if !ok {
				return nil
			}
			node = n
		}
		return ix.tails[node]
	}
	if len(f.words) != 1 || !isAcronymText(anySurface(f)) {
		return nil
	}
	a := acronymLetters(anySurface(f))
	if a == "" {
		return nil
	}
	return ix.initials[string(f.typ)+"\t"+a]
}

// target finds the one longer form of the index that the form k
// abbreviates: a person's name it ends, an expansion its acronym spells.
// Two or more fitting names mean no decision, unless they are themselves
// one name ("Le Drian" and "Jean-Yves Le Drian": the longest is taken);
// an acronym takes the longest expansion.
func (ix *aliasIndex) target(k string) (string, bool) {
	found := ix.fitting(k)
	if len(found) == 0 {
		return "", false
	}
	f, forms := ix.forms[k], ix.forms
	acr := f.typ != PER
	// found is sorted (the index was filled in key order): the first of
	// the most words wins a tie, as it always has.
	longest := found[0]
	for _, c := range found[1:] {
		if len(forms[c].words) > len(forms[longest].words) {
			longest = c
		}
	}
	for _, c := range found {
		if c != longest && !acr && !endsWith(forms[longest].words, forms[c].words) {
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
