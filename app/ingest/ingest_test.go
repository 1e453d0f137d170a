package ingest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"lecteur/app/corpus"
	"lecteur/app/ingest/message"
	"lecteur/app/search"
	"lecteur/app/site"
)

// files are the articles both paths read: the seed corpus and the local
// test files (one Windows-1252 text, one HTML page).
func files(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, dir := range []string{"../../testdata/corpus", "../../build/testdata/local"} {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.Name() == "casse.txt" {
				continue
			}
			b, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			out[e.Name()] = b
		}
	}
	return out
}

// TestFileIsReadDirArticle checks that File gives, for each file, the
// article corpus.ReadDir gives for the same file in a folder: same fields,
// same mentions, and after linking the same entities, marks and index.
func TestFileIsReadDirArticle(t *testing.T) {
	fs := files(t)
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "local"), 0o755)
	for name, b := range fs {
		if err := os.WriteFile(filepath.Join(dir, "local", name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	arts, problems, err := corpus.ReadDir(dir, nil)
	if err != nil || len(problems) > 0 {
		t.Fatalf("ReadDir: %v %v", err, problems)
	}
	folder := make([]Doc, len(arts))
	for i := range arts {
		folder[i] = Analyze(arts[i])
	}
	var one []Doc
	for _, a := range arts {
		d, err := File(a.Path, fs[strings.TrimPrefix(a.Path, "local/")])
		if err != nil {
			t.Fatalf("File(%q): %v", a.Path, err)
		}
		one = append(one, d)
	}
	for i := range one {
		if !reflect.DeepEqual(one[i], folder[i]) {
			t.Errorf("File(%q) = %+v\nwant %+v", arts[i].Path, one[i], folder[i])
		}
		if len(one[i].Mentions) == 0 {
			t.Errorf("File(%q) found no entity", arts[i].Path)
		}
	}
	lf, lo := Link(folder), Link(one)
	if !reflect.DeepEqual(lf, lo) {
		t.Errorf("Link differs between the paths")
	}
	bf := search.Build(SearchDocs(folder, lf)).Encode()
	bo := search.Build(SearchDocs(one, lo)).Encode()
	if string(bf) != string(bo) {
		t.Errorf("search indexes differ: %d and %d bytes", len(bf), len(bo))
	}
}

// TestLatin1AndHTML checks by hand what the local test files give.
func TestLatin1AndHTML(t *testing.T) {
	fs := files(t)
	tests := []struct {
		name, id, title string
		entity          string // one mention text expected
	}{
		{"tramway-lyon.txt", "local/tramway-lyon", "Le maire de Lyon inaugure une nouvelle ligne de tramway", "Grégory Doucet"},
		{"sommet-nairobi.html", "local/sommet-nairobi", "Sommet sur le climat à Nairobi", "William Ruto"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := File("local/"+tt.name, fs[tt.name])
			if err != nil {
				t.Fatalf("File(%q): %v", tt.name, err)
			}
			if d.Article.ID != tt.id || d.Article.Title != tt.title {
				t.Errorf("File(%q) = id %q title %q, want %q %q", tt.name, d.Article.ID, d.Article.Title, tt.id, tt.title)
			}
			found := false
			for _, m := range d.Mentions {
				found = found || m.Text == tt.entity
			}
			if !found {
				t.Errorf("File(%q) mentions %v, want one %q", tt.name, d.Mentions, tt.entity)
			}
		})
	}
}

// TestMessagesAreTheBuilds checks that a bad file gets, from Check and
// File, the reason corpus.ReadDir reports for it.
func TestMessagesAreTheBuilds(t *testing.T) {
	bad := map[string][]byte{
		"notes.pdf": []byte("%PDF-1.4"),
		"LISEZMOI":  []byte("texte"),
		"vide.txt":  nil,
		"blanc.md":  []byte("  \n\n \t"),
		"casse.txt": []byte(strings.Repeat("\x00\x01\x02\xff", 300)),
		"gros.txt":  []byte(strings.Repeat("Un mot. ", corpus.MaxFileSize/8+1)),
		"menu.html": []byte("<nav>Accueil</nav><p>Rechercher</p><p>Partager</p>"),
	}
	dir := t.TempDir()
	for name, b := range bad {
		os.WriteFile(filepath.Join(dir, name), b, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "bon.txt"), []byte("Un titre\n\nUn vrai paragraphe d'article, assez long pour compter comme texte.\n"), 0o644)
	_, problems, err := corpus.ReadDir(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) != len(bad) {
		t.Fatalf("ReadDir reports %d problems %v, want %d", len(problems), problems, len(bad))
	}
	for _, p := range problems {
		_, err := File(p.Path, bad[p.Path])
		if err == nil || err.Error() != p.Reason {
			t.Errorf("File(%q) error = %v, want %q", p.Path, err, p.Reason)
		}
	}
	if err := Check("gros.txt", 20<<20); err == nil || err.Error() != "file too big (20 MB, the limit is 4 MB)" {
		t.Errorf("Check(gros.txt, 20 MB) = %v", err)
	}
}

func TestMerge(t *testing.T) {
	published := []site.Entity{
		{ID: "loc-lyon", Name: "Lyon", Type: "LOC", Articles: []string{"a"}, Mentions: 2},
		{ID: "per-william-ruto", Name: "William Ruto", Type: "PER", Aliases: []string{"Ruto"}, Articles: []string{"b"}, Mentions: 1},
		{ID: "org-onu", Name: "ONU", Type: "ORG", Articles: []string{"a"}, Mentions: 1},
	}
	added := []site.Entity{
		{ID: "loc-lyon", Name: "Lyon", Type: "LOC", Articles: []string{"local/x"}, Mentions: 3},
		{ID: "per-ruto", Name: "RUTO", Type: "PER", Articles: []string{"local/x"}, Mentions: 1},
		{ID: "org-onu", Name: "Onu", Type: "LOC", Articles: []string{"local/x"}, Mentions: 1},
		{ID: "per-gregory-doucet", Name: "Grégory Doucet", Type: "PER", Articles: []string{"local/x"}, Mentions: 1},
	}
	merged, rename := Merge(published, added)
	want := []site.Entity{
		{ID: "loc-lyon", Name: "Lyon", Type: "LOC", Articles: []string{"a", "local/x"}, Mentions: 5},
		{ID: "per-william-ruto", Name: "William Ruto", Type: "PER", Aliases: []string{"Ruto"}, Articles: []string{"b", "local/x"}, Mentions: 2},
		{ID: "org-onu", Name: "ONU", Type: "ORG", Articles: []string{"a"}, Mentions: 1},
		{ID: "org-onu-2", Name: "Onu", Type: "LOC", Articles: []string{"local/x"}, Mentions: 1},
		{ID: "per-gregory-doucet", Name: "Grégory Doucet", Type: "PER", Articles: []string{"local/x"}, Mentions: 1},
	}
	if !reflect.DeepEqual(merged, want) {
		t.Errorf("Merge = %+v\nwant %+v", merged, want)
	}
	wantRename := map[string]string{"per-ruto": "per-william-ruto", "org-onu": "org-onu-2"}
	if !reflect.DeepEqual(rename, wantRename) {
		t.Errorf("Merge rename = %v, want %v", rename, wantRename)
	}
	if len(published[0].Articles) != 1 || published[0].Mentions != 2 {
		t.Errorf("Merge changed published: %+v", published[0])
	}
	marks := [][]site.Mark{{{Start: 0, End: 4, Type: "PER", Entity: "per-ruto"}, {Start: 5, End: 9, Type: "LOC", Entity: "loc-lyon"}}}
	got := RenameMarks(marks, rename)
	if got[0][0].Entity != "per-william-ruto" || got[0][1].Entity != "loc-lyon" || marks[0][0].Entity != "per-ruto" {
		t.Errorf("RenameMarks = %v (input now %v)", got, marks)
	}
}

func TestServeJSON(t *testing.T) {
	tests := []struct {
		name, req, data, wantErr string
	}{
		{"check ok", `{"op":"check","name":"a.txt","size":10}`, "", ""},
		{"check refused", `{"op":"check","name":"a.pdf","size":10}`, "", "unknown extension .pdf (want .txt, .md or .html)"},
		{"read binary", `{"op":"read","name":"local/a.txt"}`, "\x00\x01\x02\x03", "binary file, not text"},
		{"read one line", `{"op":"read","name":"texte-colle.txt"}`, "Réunion mardi avec le maire de Lyon sur le budget.", ""},
		{"paste one line", `{"op":"read","name":"texte-colle.txt","note":true}`, "Réunion mardi avec le maire de Lyon sur le budget.", ""},
		{"unknown op", `{"op":"guess"}`, "", `unknown request "guess"`},
		{"bad json", `{`, "", "bad request: unexpected end of JSON input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var resp message.Response
			if err := json.Unmarshal(ServeJSON([]byte(tt.req), []byte(tt.data)), &resp); err != nil {
				t.Fatal(err)
			}
			if resp.Error != tt.wantErr {
				t.Errorf("ServeJSON(%s).Error = %q, want %q", tt.req, resp.Error, tt.wantErr)
			}
		})
	}

	// A read gives the article an id not taken yet.
	data, err := os.ReadFile("../../build/testdata/local/tramway-lyon.txt")
	if err != nil {
		t.Fatal(err)
	}
	req := `{"op":"read","name":"local/note.txt","taken":["local/note"]}`
	var resp message.Response
	if err := json.Unmarshal(ServeJSON([]byte(req), data), &resp); err != nil {
		t.Fatal(err)
	}
	if resp.Error != "" || resp.Article == nil || resp.Article.Summary.ID != "local/note-2" || len(resp.Doc) == 0 {
		t.Errorf("ServeJSON(%s) = %+v, want article local/note-2", req, resp)
	}
}

// TestServeLinkIDsAndBroken links two docs under the ids the page gives
// them, and a third that does not decode: it is reported, not fatal.
func TestServeLinkIDsAndBroken(t *testing.T) {
	var docs []json.RawMessage
	for _, f := range []string{"tramway-lyon.txt", "sommet-nairobi.html"} {
		data, err := os.ReadFile("../../build/testdata/local/" + f)
		if err != nil {
			t.Fatal(err)
		}
		r := Serve(message.Request{Op: message.Read, Name: f}, data)
		if r.Error != "" {
			t.Fatalf("read %s: %s", f, r.Error)
		}
		docs = append(docs, r.Doc)
	}
	docs = append(docs[:1], json.RawMessage(`{"article": 3}`), docs[1])
	r := Serve(message.Request{Op: message.Link, Docs: docs, IDs: []string{"~local/a", "~local/b", "~local/c"}}, nil)
	if r.Error != "" || len(r.Articles) != 3 {
		t.Fatalf("Link = %q, %d articles; want 3 and no error", r.Error, len(r.Articles))
	}
	if got := []string{r.Articles[0].Summary.ID, r.Articles[1].Summary.ID, r.Articles[2].Summary.ID}; !reflect.DeepEqual(got, []string{"~local/a", "", "~local/c"}) {
		t.Errorf("Link ids = %q, want ~local/a, none (broken), ~local/c", got)
	}
	if len(r.Broken) != 1 || !strings.HasPrefix(r.Broken[1], "stored article 2: ") {
		t.Errorf("Link broken = %v, want doc 2 only", r.Broken)
	}
	found := false
	for _, e := range r.Entities {
		if e.ID == "per-william-ruto" {
			found = reflect.DeepEqual(e.Articles, []string{"~local/c"})
		}
	}
	if !found {
		t.Errorf("per-william-ruto is not linked to ~local/c: %+v", r.Entities)
	}
}

// TestSearchFindsFieldsReadOutOfText checks that the source, dateline
// place and authors, which cleaning takes out of the text, are searchable.
func TestSearchFindsFieldsReadOutOfText(t *testing.T) {
	text := "Les Etats-Unis et la Chine reprennent leurs discussions\n\n" +
		"PEKIN (Reuters) - Les négociateurs américains et chinois ont repris mardi leurs discussions commerciales, a-t-on appris de source officielle.\n\n" +
		"Les deux délégations doivent se retrouver mercredi pour une deuxième journée de travail sur les droits de douane.\n\n" +
		"Par Wendy Marchetti\n"
	d, err := File("pekin.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if d.Article.Place != "PEKIN" || d.Article.Source != "Reuters" || len(d.Article.Authors) != 1 {
		t.Fatalf("File(pekin.txt) place %q source %q authors %q", d.Article.Place, d.Article.Source, d.Article.Authors)
	}
	ix := search.Build([]search.Doc{SearchDoc(&d.Article, nil)})
	for _, q := range []string{"pekin", "reuters", "marchetti"} {
		if r := ix.Search(q, 10); len(r.Hits) != 1 {
			t.Errorf("Search(%q) = %d hits, want 1", q, len(r.Hits))
		}
	}
}
