package ui

import (
	"os"
	"strings"
	"testing"

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
	library = &localLibrary{}
	t.Cleanup(func() { library = old })

	tests := []struct {
		file, path, id, err string
	}{
		{"sommet-nairobi.html", "../../build/testdata/local/sommet-nairobi.html", "local/sommet-nairobi", ""},
		{"tramway-lyon.txt", "../../build/testdata/local/tramway-lyon.txt", "local/tramway-lyon", ""},
		{"casse.txt", "../../build/testdata/local/casse.txt", "", "binary file, not text"},
		{"copie.md", "../../build/testdata/local/tramway-lyon.txt", "", "same text as tramway-lyon.txt"},
		{"notes.pdf", "../../build/testdata/local/casse.txt", "", "unknown extension .pdf (want .txt, .md or .html)"},
		{"sommet-nairobi.txt", "../../testdata/corpus/000_0e8d66ae8489baff.txt", "local/sommet-nairobi-2", ""},
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
	if len(c.Articles) != 4 || c.Articles[0].ID != "local/sommet-nairobi" || c.Articles[3].ID != "a" {
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
	if lyon == nil || strings.Join(lyon.Articles, " ") != "a local/sommet-nairobi local/tramway-lyon" {
		t.Errorf("merged loc-lyon = %+v", lyon)
	}

	r := withLocalHits(search.Result{}, "tramway", 10)
	if r.Total != 1 || r.Hits[0].ID != "local/tramway-lyon" {
		t.Errorf("withLocalHits(tramway) = %+v", r)
	}

	csv := string(entitiesCSV(c))
	if !strings.Contains(csv, "\nloc-lyon,LOC,Lyon,") || !strings.HasPrefix(csv, "id,type,name,mentions,articles,aliases,article_ids\n") {
		t.Errorf("entitiesCSV = %q", csv)
	}
	text := string(articleText(library.textOf("local/tramway-lyon")))
	if !strings.HasPrefix(text, "Le maire de Lyon inaugure une nouvelle ligne de tramway\n\n") {
		t.Errorf("articleText = %q", text)
	}

	if err := library.remove("local/tramway-lyon"); err != nil {
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
