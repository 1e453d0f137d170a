//go:build !js

package data

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"lecteur/app/corpus"
	"lecteur/app/search"
	"lecteur/app/site"
)

// fileOf is a File with the bytes of path.
func fileOf(t *testing.T, name, path string) File {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return File{Name: name, Size: int64(len(b)), Read: func() ([]byte, error) { return b, nil }}
}

func TestLocalLibrary(t *testing.T) {
	library := newTestLibrary()

	tests := []struct {
		file, path, id, err string
	}{
		{"sommet-nairobi.html", "../../../build/testdata/local/sommet-nairobi.html", "~local/sommet-nairobi", ""},
		{"tramway-lyon.txt", "../../../build/testdata/local/tramway-lyon.txt", "~local/tramway-lyon", ""},
		{"casse.txt", "../../../build/testdata/local/casse.txt", "", "fichier binaire, pas du texte"},
		{"copie.md", "../../../build/testdata/local/tramway-lyon.txt", "", "même texte que tramway-lyon.txt, déjà ajouté"},
		{"notes.pdf", "../../../build/testdata/local/casse.txt", "", "extension .pdf inconnue (.txt, .md ou .html attendu)"},
		{"sommet-nairobi.txt", "../../../testdata/corpus/000_0e8d66ae8489baff.txt", "~local/sommet-nairobi-2", ""},
	}
	for _, tt := range tests {
		id, err := library.Add(fileOf(t, tt.file, tt.path))
		gotErr := ""
		if err != nil {
			gotErr = err.Error()
		}
		if id != tt.id || gotErr != tt.err {
			t.Errorf("add(%q) = %q, %q; want %q, %q", tt.file, id, gotErr, tt.id, tt.err)
		}
	}
	library.Commit()

	pub := &site.Catalog{
		Articles: []site.Summary{{ID: "a", Title: "Publié"}},
		Entities: []site.Entity{{ID: "loc-lyon", Name: "Lyon", Type: "LOC", Articles: []string{"a"}, Mentions: 1}},
	}
	c := library.withLocal(pub)
	if len(c.Articles) != 4 || c.Articles[0].ID != "~local/sommet-nairobi" || c.Articles[3].ID != "a" {
		t.Errorf("merged articles = %v, want the 3 local ones then a", c.Articles)
	}
	if len(pub.Articles) != 1 || len(pub.Entities[0].Articles) != 1 {
		t.Errorf("withLocal changed the published catalog: %+v", pub)
	}
	var lyon *site.Entity
	for i := range c.Entities {
		if c.Entities[i].ID == "loc-lyon" {
			lyon = &c.Entities[i]
		}
	}
	if lyon == nil || strings.Join(lyon.Articles, " ") != "a ~local/sommet-nairobi ~local/tramway-lyon" {
		t.Errorf("merged loc-lyon = %+v", lyon)
	}

	r := library.Hits(search.Result{}, "tramway", 10)
	if r.Total != 1 || r.Hits[0].ID != "~local/tramway-lyon" {
		t.Errorf("withLocalHits(tramway) = %+v", r)
	}

	csv := string(EntitiesCSV(c))
	if !strings.Contains(csv, "\nloc-lyon,LOC,Lyon,") || !strings.HasPrefix(csv, "id,type,name,mentions,articles,aliases,article_ids\n") {
		t.Errorf("EntitiesCSV = %q", csv)
	}
	text := string(ArticleText(library.Export("~local/tramway-lyon")))
	if !strings.HasPrefix(text, "Le maire de Lyon inaugure une nouvelle ligne de tramway\n\n") {
		t.Errorf("articleText = %q", text)
	}

	if err := library.Remove("~local/tramway-lyon"); err != nil {
		t.Fatal(err)
	}
	if got, err := library.Articles(); len(got) != 2 || err != nil {
		t.Errorf("after remove: %v, %v", got, err)
	}
	library.Remove("")
	if c := library.withLocal(pub); c != pub {
		t.Errorf("with no local article, withLocal returns a new catalog")
	}
}

func TestFreeID(t *testing.T) {
	taken := map[string]bool{"~local/a": true, "~local/a-2": true, "~local/b-2": true}
	tests := []struct{ base, want string }{
		{"~local/a", "~local/a-3"},
		{"~local/b", "~local/b"},
		{"~local/c", "~local/c"},
	}
	for _, tt := range tests {
		if got := FreeID(tt.base, func(id string) bool { return taken[id] }); got != tt.want {
			t.Errorf("FreeID(%q) = %q, want %q", tt.base, got, tt.want)
		}
	}
}

// pasted is a pasted text as the page hands it to the library.
func pasted(text string) File {
	return File{Name: "texte-colle.txt", Size: int64(len(text)), Read: func() ([]byte, error) { return []byte(text), nil }, Note: true}
}

// TestLocalPastedNote adds a pasted note of one paragraph: it is an
// article titled by its first words (it was refused as "only a title, no
// article text"). A file of one line is a note too, as in the build.
func TestLocalPastedNote(t *testing.T) {
	l := newTestLibrary()
	note := "Réunion mardi avec le maire de Lyon sur le budget des transports. À revoir avant vendredi."
	if _, err := l.Add(pasted(note)); err != nil {
		t.Fatalf("add a pasted note: %v", err)
	}
	l.Commit()
	sums, err := l.Articles()
	if err != nil || len(sums) != 1 || sums[0].Title != "Réunion mardi avec le maire de Lyon sur le budget des transports" {
		t.Errorf("pasted note listed as %+v, %v; want one article titled by its first sentence", sums, err)
	}
	line := "Relancer le service juridique sur le contrat du tramway."
	file := File{Name: "ligne.txt", Size: int64(len(line)), Read: func() ([]byte, error) { return []byte(line), nil }}
	if _, err := l.Add(file); err != nil {
		t.Errorf("add a file of one line: %v, want it added as a note, as the build does", err)
	}
}

// TestLocalTwoTabs adds, from two libraries on one store (two tabs of one
// browser), two different pastes and two files of one name: each gets an
// id of its own, none replaces another, and each tab sees all four once
// it commits.
func TestLocalTwoTabs(t *testing.T) {
	db := NewMemoryDB()
	a, b := NewLibrary(db, InProcessReader{}, nil), NewLibrary(db, InProcessReader{}, nil)
	var ids []string
	for i, step := range []struct {
		tab  *Library
		file File
	}{
		{a, pasted("Note de l'onglet A\n\nLe conseil municipal de Rennes a voté le budget mardi soir.")},
		{b, pasted("Note de l'onglet B\n\nLa préfecture de Lyon a annoncé de nouvelles mesures.")},
		{a, fileOf(t, "tabA.txt", "../../../build/testdata/local/tramway-lyon.txt")},
		{b, fileOf(t, "tabA.txt", "../../../testdata/corpus/000_0e8d66ae8489baff.txt")},
	} {
		id, err := step.tab.Add(step.file)
		if err != nil {
			t.Fatalf("add %d: %v", i, err)
		}
		ids = append(ids, id)
	}
	want := []string{"~local/texte-colle", "~local/texte-colle-2", "~local/taba", "~local/taba-2"}
	if !reflect.DeepEqual(ids, want) {
		t.Errorf("ids = %q, want %q", ids, want)
	}
	for _, tab := range []*Library{a, b} {
		if err := tab.Commit(); err != nil {
			t.Fatal(err)
		}
		arts, err := tab.Articles()
		var got []string
		for _, s := range arts {
			got = append(got, s.ID)
		}
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("a tab lists %q (%v), want %q", got, err, want)
		}
	}
	// The same text from the other tab is refused, naming the first.
	if _, err := a.Add(fileOf(t, "copie.txt", "../../../testdata/corpus/000_0e8d66ae8489baff.txt")); err == nil || !strings.Contains(err.Error(), "tabA.txt") {
		t.Errorf("adding tab B's text again from tab A: %v, want a refusal naming tabA.txt", err)
	}
}

// TestLocalBrokenRecordDoesNotHideTheOthers stores a record the worker
// cannot decode next to a good one: both are listed, the good one is
// linked and searchable, and the broken one can be removed.
func TestLocalBrokenRecordDoesNotHideTheOthers(t *testing.T) {
	library := newTestLibrary()
	if _, err := library.Add(fileOf(t, "tramway-lyon.txt", "../../../build/testdata/local/tramway-lyon.txt")); err != nil {
		t.Fatal(err)
	}
	bad, _, err := library.db.Add(StoredDoc{Doc: json.RawMessage(`{"article": "?"}`), Summary: &site.Summary{Title: "Abîmé"}, Path: "abime.txt"}, LocalPrefix+"abime")
	if err != nil {
		t.Fatal(err)
	}
	if err := library.Commit(); err != nil {
		t.Errorf("commit: %v, want the good article linked", err)
	}
	arts, _ := library.Articles()
	if len(arts) != 2 || arts[0].ID != "~local/tramway-lyon" || arts[1].ID != bad.ID || arts[1].Title != "Abîmé" {
		t.Errorf("listed %+v, want tramway-lyon and the broken record", arts)
	}
	if r := library.Hits(search.Result{}, "tramway", 10); r.Total != 1 {
		t.Errorf("search tramway: %d hits, want 1", r.Total)
	}
	if err := library.Remove(bad.ID); err != nil {
		t.Fatal(err)
	}
	if arts, _ := library.Articles(); len(arts) != 1 {
		t.Errorf("after removing the broken record: %+v", arts)
	}
}

func TestLocalIDsApartFromPublished(t *testing.T) {
	tests := []struct {
		id    string
		local bool
	}{
		{"local/rapport", false}, // a corpus folder named local
		{"~local/rapport", true},
		{"locale/x", false},
	}
	for _, tt := range tests {
		if got := IsLocal(tt.id); got != tt.local {
			t.Errorf("IsLocal(%q) = %v, want %v", tt.id, got, tt.local)
		}
	}
	if got := LocalID("local/texte-colle"); got != "~local/texte-colle" {
		t.Errorf("LocalID(former id) = %q, want ~local/texte-colle", got)
	}
	// No published id can take the local prefix: corpus.ID keeps only
	// [a-z0-9._/-].
	for _, name := range []string{"~local/a.txt", "Local/a.txt", "~/a.txt", " ~local/a.md"} {
		if id := corpus.ID(name); IsLocal(id) {
			t.Errorf("corpus.ID(%q) = %q, a local id", name, id)
		}
	}
}

// newTestLibrary is an empty library in memory, read in the process.
func newTestLibrary() *Library { return NewLibrary(NewMemoryDB(), InProcessReader{}, nil) }
