package compare

import (
	"sort"

	"lecteur/app/site"
)

// Group is the entities of one type, in the order they were given.
type Group[E any] struct {
	Type     string
	Entities []E
}

// typeOrder is the order entity types are listed in; other types follow,
// alphabetically.
var typeOrder = map[string]int{"PER": 0, "ORG": 1, "LOC": 2, "DATE": 3}

// ByType groups entities by type: people, organisations, places, dates,
// then any other type. Within a group the order of list is kept.
func ByType[E any](list []E, typeOf func(E) string) []Group[E] {
	var out []Group[E]
	at := map[string]int{}
	for _, e := range list {
		t := typeOf(e)
		i, ok := at[t]
		if !ok {
			i = len(out)
			at[t] = i
			out = append(out, Group[E]{Type: t})
		}
		out[i].Entities = append(out[i].Entities, e)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, aok := typeOrder[out[i].Type]
		b, bok := typeOrder[out[j].Type]
		switch {
		case aok && bok:
			return a < b
		case aok != bok:
			return aok
		}
		return out[i].Type < out[j].Type
	})
	return out
}

// Entities is what two articles share and what they do not, by type.
type Entities struct {
	// Both lists the entities of both articles, with their counts on each
	// side, most mentioned first.
	Both []Group[site.Shared]
	// OnlyLeft and OnlyRight list the entities of one article only.
	OnlyLeft, OnlyRight []Group[site.Count]
}

// SharedEntities splits the entities of two articles into those both
// mention and those only one does, grouped by type.
func SharedEntities(left, right *site.Text) Entities {
	both, l, r := site.Compare(left, right)
	sharedType := func(s site.Shared) string { return s.Type }
	countType := func(c site.Count) string { return c.Type }
	return Entities{
		Both:      ByType(both, sharedType),
		OnlyLeft:  ByType(l, countType),
		OnlyRight: ByType(r, countType),
	}
}
