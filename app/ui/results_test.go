//go:build !js

package ui

import (
	"reflect"
	"testing"

	"lecteur/app/ui/data"
	"lecteur/app/ui/i18n"
	"lecteur/app/ui/link"
)

// TestItemMemo: an item taken from the last run's memo is the item
// newResultItem makes for the hit, and one that had no passage gets it
// once its text is loaded.
func TestItemMemo(t *testing.T) {
	files := data.NewFakeFiles()
	env := Env{
		Lang: i18n.French, Base: link.NewBase("/"),
		Data: data.New(data.Sources{Load: files.Load, DB: data.NewMemoryDB(), Reader: data.InProcessReader{}}),
	}
	ix, err := env.Data.PrepareSearch("mnuchin", maxResults, false)
	if err != nil {
		t.Fatal(err)
	}
	if err := env.Data.LoadShards(ix.Search("mnuchin", 0).Missing); err != nil {
		t.Fatal(err)
	}
	hits := ix.Search("mnuchin mot1", 10).Hits
	if len(hits) == 0 {
		t.Fatal("no hits for the test's query")
	}
	h := hits[0]
	memo := itemMemo{}
	first, ok := memo.item(env, h)
	if !ok || first.Passage != "" {
		t.Fatalf("item(%s) before its text = %+v, %v; want a title without passage", h.ID, first, ok)
	}
	memo[h.ID] = first
	if err := env.Data.LoadTexts([]string{h.ID}); err != nil {
		t.Fatal(err)
	}
	got, _ := memo.item(env, h)
	want, _ := newResultItem(env, h)
	if want.Passage == "" {
		t.Fatalf("newResultItem(%s) after its text has no passage", h.ID)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("item(%s) once its text is loaded = %+v, want %+v", h.ID, got, want)
	}
	memo[h.ID] = got
	if again, _ := memo.item(env, h); !reflect.DeepEqual(again, want) {
		t.Errorf("item(%s) from the memo = %+v, want %+v", h.ID, again, want)
	}
	other := h
	other.Terms = append([]string{"autre"}, h.Terms...)
	if again, _ := memo.item(env, other); reflect.DeepEqual(again.Hit.Terms, want.Hit.Terms) {
		t.Errorf("item with other terms kept the memo's terms %v", again.Hit.Terms)
	}
}
