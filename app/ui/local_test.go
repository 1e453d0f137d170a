package ui

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"lecteur/app/corpus"
	"lecteur/app/search"
	"lecteur/app/site"
)

// fileOf is a localFile with the bytes of path.
func fileOf(t *testing.T, name, path string) localFile {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return localFile{name: name, size: int64(len(b)), read: func() ([]byte, error) { return b, nil }}
}

func TestLocalLibrary(t *testing.T) {
	old := library
	library = &localLibrary{db: newLocalStore()}
	t.Cleanup(func() { library = old })

	tests := []struct {
		file, path, id, err string
	}{
		{"sommet-nairobi.html", "../../build/testdata/local/sommet-nairobi.html", "~local/sommet-nairobi", ""},
		{"tramway-lyon.txt", "../../build/testdata/local/tramway-lyon.txt", "~local/tramway-lyon", ""},
		{"casse.txt", "../../build/testdata/local/casse.txt", "", "fichier binaire, pas du texte"},
		{"copie.md", "../../build/testdata/local/tramway-lyon.txt", "", "même texte que tramway-lyon.txt, déjà ajouté"},
		{"notes.pdf", "../../build/testdata/local/casse.txt", "", "extension .pdf inconnue (.txt, .md ou .html attendu)"},
		{"sommet-nairobi.txt", "../../testdata/corpus/000_0e8d66ae8489baff.txt", "~local/sommet-nairobi-2", ""},
	}
	for _, tt := range tests {
		id, err := library.add(fileOf(t, tt.file, tt.path))
		gotErr := ""
		if err != nil {
			gotErr = err.Error()
		}
		if id != tt.id || gotErr != tt.err {
			t.Errorf("add(%q) = %q, %q; want %q, %q", tt.file, id, gotErr, tt.id, tt.err)
		}
	}
	library.commit()

	pub := &site.Catalog{
		Articles: []site.Summary{{ID: "a", Title: "Publié"}},
		Entities: []site.Entity{{ID: "loc-lyon", Name: "Lyon", Type: "LOC", Articles: []string{"a"}, Mentions: 1}},
	}
	c := withLocal(pub)
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

	r := withLocalHits(search.Result{}, "tramway", 10)
	if r.Total != 1 || r.Hits[0].ID != "~local/tramway-lyon" {
		t.Errorf("withLocalHits(tramway) = %+v", r)
	}

	csv := string(entitiesCSV(c))
	if !strings.Contains(csv, "\nloc-lyon,LOC,Lyon,") || !strings.HasPrefix(csv, "id,type,name,mentions,articles,aliases,article_ids\n") {
		t.Errorf("entitiesCSV = %q", csv)
	}
	text := string(articleText(library.textOf("~local/tramway-lyon")))
	if !strings.HasPrefix(text, "Le maire de Lyon inaugure une nouvelle ligne de tramway\n\n") {
		t.Errorf("articleText = %q", text)
	}

	if err := library.remove("~local/tramway-lyon"); err != nil {
		t.Fatal(err)
	}
	if got, err := localArticles(); len(got) != 2 || err != nil {
		t.Errorf("after remove: %v, %v", got, err)
	}
	library.remove("")
	if c := withLocal(pub); c != pub {
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
		if got := freeID(tt.base, func(id string) bool { return taken[id] }); got != tt.want {
			t.Errorf("freeID(%q) = %q, want %q", tt.base, got, tt.want)
		}
	}
}

// pasted is a pasted text as the page hands it to the library.
func pasted(text string) localFile {
	return localFile{name: "texte-colle.txt", size: int64(len(text)), read: func() ([]byte, error) { return []byte(text), nil }, note: true}
}

// TestLocalPastedNote adds a pasted note of one paragraph: it is an
// article titled by its first words (it was refused as "only a title, no
// article text"). A file of one line is a note too, as in the build.
func TestLocalPastedNote(t *testing.T) {
	l := &localLibrary{db: newLocalStore()}
	note := "Réunion mardi avec le maire de Lyon sur le budget des transports. À revoir avant vendredi."
	if _, err := l.add(pasted(note)); err != nil {
		t.Fatalf("add a pasted note: %v", err)
	}
	if err := l.commit(); err != nil {
		t.Fatal(err)
	}
	v := l.current()
	if len(v.sums) != 1 || v.sums[0].Title != "Réunion mardi avec le maire de Lyon sur le budget des transports" {
		t.Errorf("pasted note listed as %+v, want one article titled by its first sentence", v.sums)
	}
	line := "Relancer le service juridique sur le contrat du tramway."
	file := localFile{name: "ligne.txt", size: int64(len(line)), read: func() ([]byte, error) { return []byte(line), nil }}
	if _, err := l.add(file); err != nil {
		t.Errorf("add a file of one line: %v, want it added as a note, as the build does", err)
	}
}

// TestLocalTwoTabs adds, from two libraries on one store (two tabs of one
// browser), two different pastes and two files of one name: each gets an
// id of its own, none replaces another, and each tab sees all four once
// it commits.
func TestLocalTwoTabs(t *testing.T) {
	db := newLocalStore()
	a, b := &localLibrary{db: db}, &localLibrary{db: db}
	old := library
	t.Cleanup(func() { library = old })
	var ids []string
	for i, step := range []struct {
		tab  *localLibrary
		file localFile
	}{
		{a, pasted("Note de l'onglet A\n\nLe conseil municipal de Rennes a voté le budget mardi soir.")},
		{b, pasted("Note de l'onglet B\n\nLa préfecture de Lyon a annoncé de nouvelles mesures.")},
		{a, fileOf(t, "tabA.txt", "../../build/testdata/local/tramway-lyon.txt")},
		{b, fileOf(t, "tabA.txt", "../../testdata/corpus/000_0e8d66ae8489baff.txt")},
	} {
		id, err := step.tab.add(step.file)
		if err != nil {
			t.Fatalf("add %d: %v", i, err)
		}
		ids = append(ids, id)
	}
	want := []string{"~local/texte-colle", "~local/texte-colle-2", "~local/taba", "~local/taba-2"}
	if !reflect.DeepEqual(ids, want) {
		t.Errorf("ids = %q, want %q", ids, want)
	}
	for _, tab := range []*localLibrary{a, b} {
		if err := tab.commit(); err != nil {
			t.Fatal(err)
		}
		library = tab
		arts, err := localArticles()
		var got []string
		for _, s := range arts {
			got = append(got, s.ID)
		}
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("a tab lists %q (%v), want %q", got, err, want)
		}
	}
	// The same text from the other tab is refused, naming the first.
	if _, err := a.add(fileOf(t, "copie.txt", "../../testdata/corpus/000_0e8d66ae8489baff.txt")); err == nil || !strings.Contains(err.Error(), "tabA.txt") {
		t.Errorf("adding tab B's text again from tab A: %v, want a refusal naming tabA.txt", err)
	}
}

// TestLocalBrokenRecordDoesNotHideTheOthers stores a record the worker
// cannot decode next to a good one: both are listed, the good one is
// linked and searchable, and the broken one can be removed.
func TestLocalBrokenRecordDoesNotHideTheOthers(t *testing.T) {
	old := library
	library = &localLibrary{db: newLocalStore()}
	t.Cleanup(func() { library = old })
	if _, err := library.add(fileOf(t, "tramway-lyon.txt", "../../build/testdata/local/tramway-lyon.txt")); err != nil {
		t.Fatal(err)
	}
	bad, _, err := library.db.add(storedDoc{Doc: json.RawMessage(`{"article": "?"}`), Summary: &site.Summary{Title: "Abîmé"}, Path: "abime.txt"}, localPrefix+"abime")
	if err != nil {
		t.Fatal(err)
	}
	if err := library.commit(); err != nil {
		t.Errorf("commit: %v, want the good article linked", err)
	}
	arts, _ := localArticles()
	if len(arts) != 2 || arts[0].ID != "~local/tramway-lyon" || arts[1].ID != bad.ID || arts[1].Title != "Abîmé" {
		t.Errorf("listed %+v, want tramway-lyon and the broken record", arts)
	}
	if r := withLocalHits(search.Result{}, "tramway", 10); r.Total != 1 {
		t.Errorf("search tramway: %d hits, want 1", r.Total)
	}
	if err := library.remove(bad.ID); err != nil {
		t.Fatal(err)
	}
	if arts, _ := localArticles(); len(arts) != 1 {
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
		if got := isLocal(tt.id); got != tt.local {
			t.Errorf("isLocal(%q) = %v, want %v", tt.id, got, tt.local)
		}
	}
	if got := localID("local/texte-colle"); got != "~local/texte-colle" {
		t.Errorf("localID(former id) = %q, want ~local/texte-colle", got)
	}
	// No published id can take the local prefix: corpus.ID keeps only
	// [a-z0-9._/-].
	for _, name := range []string{"~local/a.txt", "Local/a.txt", "~/a.txt", " ~local/a.md"} {
		if id := corpus.ID(name); isLocal(id) {
			t.Errorf("corpus.ID(%q) = %q, a local id", name, id)
		}
	}
}

// TestReasonsTranslated makes every reason the build gives for a file
// (app/corpus, as the worker reports it) and wants it in French.
func TestReasonsTranslated(t *testing.T) {
	var reasons []string
	for _, name := range []string{"notes.pdf", "README"} {
		reasons = append(reasons, corpus.Unsupported(name).Error())
	}
	reasons = append(reasons, corpus.TooBig(corpus.MaxFileSize+1).Error(), corpus.TooBig(1500).Error())
	for _, data := range []string{"", "\x00\x01\x02binary\x00", "  \n\t ", "Un titre seul"} {
		if _, err := corpus.Parse("a.txt", []byte(data)); err != nil {
			reasons = append(reasons, err.Error())
		}
	}
	if len(reasons) != 8 {
		t.Fatalf("made %d reasons, want 8: %q", len(reasons), reasons)
	}
	for _, r := range reasons {
		got := reasonText(r)
		if got == r || strings.Contains(got, " the ") || strings.Contains(got, "MB") {
			t.Errorf("reasonText(%q) = %q, want it in French", r, got)
		}
	}
	if got, want := reasonText("file too big (4.0 MB, the limit is 4.0 MB)"), "fichier trop gros (4,0 Mo ; la limite est de 4,0 Mo)"; got != want {
		t.Errorf("reasonText(too big) = %q, want %q", got, want)
	}
}

func TestDoneMessage(t *testing.T) {
	tests := []struct {
		added, total int
		unlinked     bool
		want         string
	}{
		{1, 1, false, "1 fichier ajouté, en 1,5 s."},
		{3, 3, false, "3 fichiers ajoutés, en 1,5 s."},
		{1, 3, false, "1 fichier ajouté sur 3, en 1,5 s ; les autres sont expliqués plus bas."},
		{2, 3, false, "2 fichiers ajoutés sur 3, en 1,5 s ; les autres sont expliqués plus bas."},
		{0, 1, false, "Le fichier n'a pas été ajouté : la raison est plus bas."},
		{0, 2, false, "Aucun des 2 fichiers n'a été ajouté : les raisons sont plus bas."},
		{1, 1, true, "Vos articles sont enregistrés mais n'ont pas pu être analysés : ils sont listés sans leurs entités ni leur recherche (la raison est plus bas)."},
	}
	for _, tt := range tests {
		if got := doneMessage(tt.added, tt.total, 1500*time.Millisecond, tt.unlinked); got != tt.want {
			t.Errorf("doneMessage(%d, %d, %v) = %q, want %q", tt.added, tt.total, tt.unlinked, got, tt.want)
		}
	}
}
