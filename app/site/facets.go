package site

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// The facet table (FacetsFile) is what the search page's entity facet
// reads: for each article, the entities it mentions that the facet may
// offer (not dates, not low-confidence ones), and of each such entity its
// id, name, type and number of mentions. The search page used the catalog
// for it, which at 100,000 articles is 52 MB of JSON (the ledes, every
// entity's article list as strings) and took 98 MB of the browser's
// WebAssembly memory once decoded with its lookup by article; the table
// is 6 MB there (1.7 MB gzipped) and stays packed in memory: Facets keeps
// the file and the offset of each entity and article, and decodes a row
// when asked.
//
// Layout: the magic "LFAC1", the number of entities and of articles
// (uvarints), then each entity: its id, name and type (each a length and
// bytes) and its mentions (uvarint); then each article, in the order of
// the article list (ArticlesFile): its number of entities and their
// numbers in the table (uvarints, ascending).

const facetsMagic = "LFAC1"

// FacetEntity is an entity as the facet shows it.
type FacetEntity struct {
	ID, Name, Type string
	Mentions       int
}

// Faceted tells whether the search facet may offer entity e: a date is
// in every article and a low-confidence entity may be a mistake.
func Faceted(e *Entity) bool { return e.Type != "DATE" && !e.Low }

// EncodeFacets encodes the facet table of catalog c, whose articles are
// in the order of the article list.
func EncodeFacets(c *Catalog) []byte {
	num := make([]int, len(c.Entities)) // catalog entity → table number, or -1
	n := 0
	for i := range c.Entities {
		num[i] = -1
		if Faceted(&c.Entities[i]) {
			num[i] = n
			n++
		}
	}
	row := make(map[string]int, len(c.Articles))
	for i, a := range c.Articles {
		row[a.ID] = i
	}
	byArticle := make([][]int, len(c.Articles))
	out := []byte(facetsMagic)
	out = binary.AppendUvarint(out, uint64(n))
	out = binary.AppendUvarint(out, uint64(len(c.Articles)))
	putString := func(s string) {
		out = binary.AppendUvarint(out, uint64(len(s)))
		out = append(out, s...)
	}
	for i := range c.Entities {
		e := &c.Entities[i]
		if num[i] < 0 {
			continue
		}
		putString(e.ID)
		putString(e.Name)
		putString(e.Type)
		out = binary.AppendUvarint(out, uint64(e.Mentions))
		for _, id := range e.Articles {
			if r, ok := row[id]; ok {
				byArticle[r] = append(byArticle[r], num[i])
			}
		}
	}
	for _, ents := range byArticle {
		out = binary.AppendUvarint(out, uint64(len(ents)))
		for _, k := range ents {
			out = binary.AppendUvarint(out, uint64(k))
		}
	}
	return out
}

// Facets is a decoded facet table: the file (as a string, which the
// strings it returns are slices of) and where each entity and each
// article's list starts in it.
type Facets struct {
	s        string   // the file
	entities []uint32 // offsets of the entities
	articles []uint32 // offsets of the articles' lists
}

// DecodeFacets reads a facet table written by EncodeFacets, checking it
// whole, so that the rows it decodes later cannot fail.
func DecodeFacets(b []byte) (*Facets, error) {
	if len(b) < len(facetsMagic) || string(b[:len(facetsMagic)]) != facetsMagic {
		return nil, errors.New("facet table: not a facet table (bad magic)")
	}
	if len(b) > 1<<32-1 {
		return nil, errors.New("facet table: over 4 GB")
	}
	f := &Facets{s: string(b)}
	r := &summaryReader{s: f.s, i: len(facetsMagic)}
	f.entities = make([]uint32, r.count())
	f.articles = make([]uint32, r.count())
	for i := range f.entities {
		f.entities[i] = uint32(r.i)
		for k := 0; k < 3; k++ {
			r.i += r.count()
		}
		r.uvarint()
	}
	for i := range f.articles {
		f.articles[i] = uint32(r.i)
		for k := r.count(); k > 0; k-- {
			if r.uvarint() >= uint64(len(f.entities)) && r.err == nil {
				r.fail(fmt.Errorf("article %d: entity number past %d", i, len(f.entities)))
			}
		}
	}
	if r.err != nil {
		return nil, fmt.Errorf("facet table: %w", r.err)
	}
	if r.i != len(b) {
		return nil, fmt.Errorf("facet table: %d bytes after the last article", len(b)-r.i)
	}
	return f, nil
}

// Articles returns the number of articles of the table.
func (f *Facets) Articles() int { return len(f.articles) }

// Entities returns the number of entities of the table.
func (f *Facets) Entities() int { return len(f.entities) }

// Of appends to dst the numbers of the entities article number i (its
// place in the article list) mentions, ascending.
func (f *Facets) Of(dst []int, i int) []int {
	r := &summaryReader{s: f.s, i: int(f.articles[i])}
	for k := r.count(); k > 0; k-- {
		dst = append(dst, int(r.uvarint()))
	}
	return dst
}

// Entity returns entity number i of the table.
func (f *Facets) Entity(i int) FacetEntity {
	r := &summaryReader{s: f.s, i: int(f.entities[i])}
	str := func() string {
		n := r.count()
		s := f.s[r.i : r.i+n]
		r.i += n
		return s
	}
	var e FacetEntity
	e.ID = str()
	e.Name = str()
	e.Type = str()
	e.Mentions = int(r.uvarint())
	return e
}

// Find returns the number of the entity with id, or -1. It reads every
// entity: call it once per chosen entity, not per keystroke.
func (f *Facets) Find(id string) int {
	for i, off := range f.entities {
		r := &summaryReader{s: f.s, i: int(off)}
		n := r.count()
		if f.s[r.i:r.i+n] == id {
			return i
		}
	}
	return -1
}
