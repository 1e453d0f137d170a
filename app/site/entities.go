package site

import "sort"

// Cooccurrence is an entity found in the same articles as another one.
type Cooccurrence struct {
	// Entity is the other entity, pointing into the slice given to
	// Cooccurring.
	Entity *Entity
	// Shared is how many articles mention both.
	Shared int
}

// Cooccurring returns up to limit other entities that share the most
// articles with entity id: most shared articles first, then most
// mentioned, then by id. A limit of zero or less means no limit; an unknown
// id gives nil. It lives here, over the catalog, so the browser never links
// the entity finder and its gazetteers.
func Cooccurring(entities []Entity, id string, limit int) []Cooccurrence {
	var target *Entity
	for i := range entities {
		if entities[i].ID == id {
			target = &entities[i]
			break
		}
	}
	if target == nil {
		return nil
	}
	in := make(map[string]bool, len(target.Articles))
	for _, a := range target.Articles {
		in[a] = true
	}
	var out []Cooccurrence
	for i := range entities {
		e := &entities[i]
		if e.ID == id {
			continue
		}
		n := 0
		for _, a := range e.Articles {
			if in[a] {
				n++
			}
		}
		if n > 0 {
			out = append(out, Cooccurrence{Entity: e, Shared: n})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Shared != b.Shared {
			return a.Shared > b.Shared
		}
		if a.Entity.Mentions != b.Entity.Mentions {
			return a.Entity.Mentions > b.Entity.Mentions
		}
		return a.Entity.ID < b.Entity.ID
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// EntitiesByArticle maps each article id to the indexes in entities of the
// entities it mentions, in the order of entities.
func EntitiesByArticle(entities []Entity) map[string][]int {
	m := map[string][]int{}
	for i, e := range entities {
		for _, a := range e.Articles {
			m[a] = append(m[a], i)
		}
	}
	return m
}

// Passage is one block of an article that mentions an entity.
type Passage struct {
	// Block is the block's number in Text.Blocks order.
	Block int
	// Para is the paragraph's number (from 0), or -1 for the title or a
	// caption.
	Para int
	Text string
	// Marks are the block's mentions of the entity only.
	Marks []Mark
}

// Passages returns the blocks of t that mention entity id, in reading
// order, each with that entity's marks.
func Passages(t *Text, id string) []Passage {
	var out []Passage
	blocks := t.Blocks()
	first := 1 + len(t.Captions) // block of the first paragraph
	for b, marks := range t.Marks {
		if b >= len(blocks) {
			break
		}
		var mine []Mark
		for _, m := range marks {
			if m.Entity == id {
				mine = append(mine, m)
			}
		}
		if len(mine) == 0 {
			continue
		}
		para := -1
		if b >= first {
			para = b - first
		}
		out = append(out, Passage{Block: b, Para: para, Text: blocks[b], Marks: mine})
	}
	return out
}
