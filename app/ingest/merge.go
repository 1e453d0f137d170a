package ingest

import (
	"strconv"

	"lecteur/app/entity"
	"lecteur/app/site"
)

// Merge adds the entities of articles added later (a reader's own files,
// linked among themselves) to the published ones, without changing
// published. An added entity joins a published one with the same id, or
// of the same type with a name or alias that folds (entity.Fold) to its
// name or one of its aliases: it adds its articles and mentions. The
// others are new; one whose id a published entity already holds gets
// "-2", "-3"... The result lists the published entities in their order,
// then the new ones in theirs. rename maps each added id that changed to
// its id in the result; RenameMarks applies it.
func Merge(published, added []site.Entity) (merged []site.Entity, rename map[string]string) {
	merged = make([]site.Entity, len(published), len(published)+len(added))
	copy(merged, published)
	byID := make(map[string]int, len(published))
	byName := make(map[string]int, 2*len(published))
	for i, e := range published {
		byID[e.ID] = i
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if _, ok := byName[nameKey(e.Type, n)]; !ok {
				byName[nameKey(e.Type, n)] = i
			}
		}
	}
	rename = map[string]string{}
	for _, a := range added {
		i, ok := byID[a.ID]
		if ok && merged[i].Type != a.Type {
			ok = false
		}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if ok {
				break
			}
			i, ok = byName[nameKey(a.Type, n)]
		}
		if ok {
			e := &merged[i]
			e.Articles = append(append([]string(nil), e.Articles...), a.Articles...)
			e.Mentions += a.Mentions
			e.Low = e.Low && a.Low // shown once either side is sure of it
			if e.ID != a.ID {
				rename[a.ID] = e.ID
			}
			continue
		}
		id := a.ID
		for n := 2; ; n++ {
			if _, taken := byID[id]; !taken {
				break
			}
			id = a.ID + "-" + strconv.Itoa(n)
		}
		if id != a.ID {
			rename[a.ID] = id
		}
		a.ID = id
		byID[id] = len(merged)
		merged = append(merged, a)
	}
	return merged, rename
}

func nameKey(typ, name string) string { return typ + "\t" + entity.Fold(name) }

// RenameMarks returns marks with the entity ids rename changes replaced;
// marks itself is not changed. It is site.RenameMarks, which the page
// applies to the worker's Merge.
func RenameMarks(marks [][]site.Mark, rename map[string]string) [][]site.Mark {
	return site.RenameMarks(marks, rename)
}
