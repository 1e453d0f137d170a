package corpus

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// hostileCorpus copies testdata/hostile into a temporary folder and adds the
// files that are not committed: a 20 MB file, a binary file, an unreadable
// one (a dangling link), names with spaces, accents and URL characters, two
// files with the same id and a hidden file.
func hostileCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/hostile")); err != nil {
		t.Fatal(err)
	}
	write := func(name string, data []byte) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	big := bytes.Repeat([]byte("Une ligne de texte répétée pour faire un très gros fichier.\n"), 20<<20/60)[:20<<20]
	write("big.txt", big)
	bin := make([]byte, 4096)
	rand.New(rand.NewSource(1)).Read(bin)
	bin[10] = 0
	write("photo.txt", bin)
	if err := os.Symlink("nowhere.txt", filepath.Join(dir, "broken.txt")); err != nil {
		t.Fatal(err)
	}
	article := func(title string) []byte {
		return []byte(title + "\n\nLe gouvernement a présenté mercredi un plan de lutte contre la fraude en ligne, qui prévoit un filtre contre les sites malveillants. " + title + ".\n")
	}
	write("Été 2024/Mon article?#%.txt", article("Un article au nom difficile"))
	write("same/a.txt", article("Le premier a"))
	write("same/a.md", article("Le second a"))
	write(".DS_Store", []byte{0, 1, 2})
	write(".git/config", []byte("[core]\n"))
	return dir
}

func TestReadDirHostile(t *testing.T) {
	dir := hostileCorpus(t)
	var calls, last, total int
	articles, problems, err := ReadDir(dir, func(done, n int) { calls++; last, total = done, n })
	if err != nil {
		t.Fatalf("ReadDir: %v", err)
	}
	var ids []string
	for _, a := range articles {
		ids = append(ids, a.ID+" <- "+a.Path)
	}
	wantIDs := []string{
		"bom_crlf <- bom_crlf.txt",
		"cr_only <- cr_only.txt",
		"ete-2024/mon-article <- Été 2024/Mon article?#%.txt",
		"good <- good.txt",
		"latin1 <- latin1.txt",
		"notitle <- notitle.txt",
		"same/a <- same/a.md",
		"same/a-2 <- same/a.txt",
		"titleonly <- titleonly.txt",
	}
	if !reflect.DeepEqual(ids, wantIDs) {
		t.Errorf("ReadDir ids =\n%s\nwant\n%s", strings.Join(ids, "\n"), strings.Join(wantIDs, "\n"))
	}
	got := map[string]string{}
	for _, p := range problems {
		got[p.Path] = p.Reason
	}
	want := map[string]string{
		"README":        "no file extension (want .txt, .md or .html)",
		"big.txt":       "file too big (20 MB, the limit is 4 MB)",
		"blank.txt":     "only blank space",
		"broken.txt":    "broken symbolic link: nowhere.txt does not exist",
		"good_copy.txt": "same text as good.txt",
		"empty.txt":     "empty file",
		"notes.pdf":     "unknown extension .pdf (want .txt, .md or .html)",
		"photo.txt":     "binary file, not text",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadDir problems = %v, want %v", got, want)
	}
	files := len(wantIDs) + len(want)
	if calls != files || last != files || total != files {
		t.Errorf("progress called %d times, last (%d, %d), want %d times up to (%d, %d)", calls, last, total, files, files, files)
	}

	byPath := map[string]Article{}
	for _, a := range articles {
		byPath[a.Path] = a
	}
	tests := []struct {
		name, path, title, lede string
	}{
		{"latin-1 accents", "latin1.txt", "L'été à Brest : la fête maritime attire des foules",
			"La fête maritime de Brest a accueilli près de 700 000 visiteurs, un record selon les organisateurs. « C'était une très belle édition », s'est réjoui le maire."},
		{"BOM and CRLF", "bom_crlf.txt", "Les banques renforcent l'authentification des paiements",
			"Depuis lundi, les banques françaises exigent une double authentification pour la plupart des achats en ligne, conformément à la directive européenne sur les services de paiement."},
		{"CR only", "cr_only.txt", "Une panne géante prive des milliers d'abonnés d'internet",
			"Une panne a privé mercredi des milliers d'abonnés d'accès à internet dans le sud-ouest de la France pendant plusieurs heures, a indiqué l'opérateur."},
		{"no title line", "notitle.txt", "Le tribunal de commerce de Lyon a placé jeudi en redressement judiciaire…",
			"Le tribunal de commerce de Lyon a placé jeudi en redressement judiciaire une entreprise de logiciels victime d'une cyberattaque au printemps, qui n'a jamais pu relancer son activité depuis le vol de ses données et la paralysie de ses serveurs, selon un jugement consulté par la presse. Les salariés seront fixés sur leur sort en janvier."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ok := byPath[tt.path]
			if !ok {
				t.Fatalf("ReadDir did not read %s", tt.path)
			}
			if a.Title != tt.title || a.Lede != tt.lede {
				t.Errorf("ReadDir %s: title %q, lede %q; want %q, %q", tt.path, a.Title, a.Lede, tt.title, tt.lede)
			}
		})
	}
}

func TestReadDirErrors(t *testing.T) {
	empty := t.TempDir()
	unreadable := t.TempDir()
	os.WriteFile(filepath.Join(unreadable, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(unreadable, "x.pdf"), []byte("x"), 0o644)
	hiddenOnly := t.TempDir()
	os.WriteFile(filepath.Join(hiddenOnly, ".DS_Store"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(hiddenOnly, ".old.txt"), []byte("Titre\n\nTexte de l'article, assez long pour être un paragraphe.\n"), 0o644)
	os.Mkdir(filepath.Join(hiddenOnly, ".notes"), 0o755)
	os.WriteFile(filepath.Join(hiddenOnly, ".notes", "a.txt"), []byte("x"), 0o644)
	onlySite := t.TempDir()
	site := filepath.Join(onlySite, "site")
	os.Mkdir(site, 0o755)
	os.WriteFile(filepath.Join(site, SiteMarker), nil, 0o644)
	os.WriteFile(filepath.Join(site, "index.html"), []byte("<h1>Lecteur</h1><p>Un site construit, pas un article.</p>"), 0o644)
	file := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(file, []byte("Titre\n\nTexte de l'article, assez long pour être un paragraphe.\n"), 0o644)
	tests := []struct {
		name, root, want string
		problems         int
	}{
		{"no path", "", "read corpus: no folder given (the path is empty)", 0},
		{"missing", filepath.Join(empty, "nope"), filepath.Join(empty, "nope") + ": the folder does not exist", 0},
		{"empty", empty, empty + ": the folder is empty", 0},
		{"only hidden files", hiddenOnly, "the folder has only hidden files (.DS_Store, .notes, .old.txt), which are skipped", 0},
		{"only a site", onlySite, "no article files, only site/: a site a Lecteur build wrote", 1},
		{"a site", site, "the folder is a site a Lecteur build wrote (it holds .lecteur-site)", 0},
		{"nothing readable", unreadable, "no readable article among 2 files", 2},
		{"a file, not a folder", file, "not a folder", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			articles, problems, err := ReadDir(tt.root, nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "read corpus") {
				t.Fatalf("ReadDir(%q) error = %v, want one containing %q", tt.root, err, tt.want)
			}
			if len(articles) != 0 || len(problems) != tt.problems {
				t.Errorf("ReadDir(%q) = %d articles, %d problems; want 0, %d", tt.root, len(articles), len(problems), tt.problems)
			}
		})
	}
}

// TestReadDirSeed reads the real seed corpus: four articles, no problem.
func TestReadDirSeed(t *testing.T) {
	articles, problems, err := ReadDir("../../testdata/corpus", nil)
	if err != nil || len(problems) != 0 {
		t.Fatalf("ReadDir(seed) error %v, problems %v", err, problems)
	}
	var ids []string
	for _, a := range articles {
		ids = append(ids, a.ID)
	}
	want := []string{"000_0e8d66ae8489baff", "001_2973584841e0011d", "002_fab8e3d9eb0b6293", "003_dd828f76c7486ed3"}
	if !reflect.DeepEqual(ids, want) {
		t.Errorf("ReadDir(seed) ids = %v, want %v", ids, want)
	}
}

// article is the text of a readable article titled title.
func article(title string) []byte {
	return []byte(title + "\n\nLe gouvernement a présenté mercredi un plan de lutte contre la fraude en ligne, qui prévoit un filtre contre les sites malveillants. " + title + ".\n")
}

// TestReadDirSymlinks checks that no link makes ReadDir read outside the
// corpus folder, and that every link it does not follow is named with
// the reason.
func TestReadDirSymlinks(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, "secret.txt")
	os.WriteFile(secret, article("Le secret hors du corpus"), 0o644)
	os.Mkdir(filepath.Join(outside, "dossier"), 0o755)
	os.WriteFile(filepath.Join(outside, "dossier", "c.txt"), article("Un article hors du corpus"), 0o644)

	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "a.txt"), article("Le premier article"), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", "b.txt"), article("Le second article"), 0o644)
	links := map[string]string{
		"passwd.txt":    secret,
		"up.txt":        "../" + filepath.Base(outside) + "/secret.txt",
		"chain.txt":     "passwd.txt",
		"dehors":        filepath.Join(outside, "dossier"),
		"sub-link":      "sub",
		"broken.txt":    "nowhere.txt",
		"sub/back.txt":  "../a.txt",
		"sub/loop.txt":  "loop.txt",
		"sub/racine.md": "..",
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Fatal(err)
		}
	}
	// The corpus folder itself may be a link.
	root := filepath.Join(t.TempDir(), "corpus")
	if err := os.Symlink(dir, root); err != nil {
		t.Fatal(err)
	}

	articles, problems, err := ReadDir(root, nil)
	if err != nil {
		t.Fatalf("ReadDir: %v", err)
	}
	var ids []string
	for _, a := range articles {
		ids = append(ids, a.ID)
		if strings.Contains(a.Title, "hors du corpus") {
			t.Errorf("ReadDir read %s from outside the corpus: %q", a.Path, a.Title)
		}
	}
	if want := []string{"a", "sub/b"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("ReadDir ids = %v, want %v", ids, want)
	}
	got := map[string]string{}
	for _, p := range problems {
		got[p.Path] = p.Reason
	}
	realSecret, _ := filepath.EvalSymlinks(secret)
	realDossier, _ := filepath.EvalSymlinks(filepath.Join(outside, "dossier"))
	want := map[string]string{
		"passwd.txt":    "symbolic link to " + realSecret + ", outside the corpus folder: not read",
		"up.txt":        "symbolic link to " + realSecret + ", outside the corpus folder: not read",
		"chain.txt":     "symbolic link to " + realSecret + ", outside the corpus folder: not read",
		"dehors":        "symbolic link to " + realDossier + ", outside the corpus folder: not read",
		"sub-link":      "symbolic link to the folder sub, not followed (a folder's articles are read where the folder is)",
		"broken.txt":    "broken symbolic link: nowhere.txt does not exist",
		"sub/back.txt":  "same text as a.txt",
		"sub/loop.txt":  "broken symbolic link: loop.txt does not exist",
		"sub/racine.md": "symbolic link to the folder .., not followed (a folder's articles are read where the folder is)",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadDir problems:\n%v\nwant\n%v", got, want)
	}
}

// TestReadDirSkipsSites builds nothing but lays out what a build leaves:
// a site (its marker, its pages) inside the corpus folder, as with OUT
// inside CORPUS, must not be read as articles.
func TestReadDirSkipsSites(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, data, 0o644)
	}
	write("a.txt", article("Le premier article"))
	write("_site/"+SiteMarker, nil)
	write("_site/index.html", []byte("<h1>Lecteur</h1><p>La liste des articles, une page du site construit.</p>"))
	write("_site/articles/a.html", []byte("<h1>Le premier article</h1><p>Une page du site construit, pas un article du corpus.</p>"))
	write("old/site/"+SiteMarker, nil)
	write("old/site/search.html", []byte("<h1>Recherche</h1><p>Une autre page d'un site construit plus tôt.</p>"))
	write("old/b.md", article("Le second article"))

	articles, problems, err := ReadDir(dir, nil)
	if err != nil {
		t.Fatalf("ReadDir: %v", err)
	}
	var ids []string
	for _, a := range articles {
		ids = append(ids, a.ID)
	}
	if want := []string{"a", "old/b"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("ReadDir ids = %v, want %v", ids, want)
	}
	want := []Problem{
		{"_site/", "a site a Lecteur build wrote (it holds .lecteur-site), not articles: not read"},
		{"old/site/", "a site a Lecteur build wrote (it holds .lecteur-site), not articles: not read"},
	}
	if !reflect.DeepEqual(problems, want) {
		t.Errorf("ReadDir problems = %v, want %v", problems, want)
	}
}

// TestReadDirPathOrder reads names whose slash order differs from the
// folder walk's ("a-b/…" sorts before "a/…"): each article must keep its
// own file's path and text.
func TestReadDirPathOrder(t *testing.T) {
	dir := t.TempDir()
	names := []string{"a/x.txt", "a-b/y.txt", "a b.txt", "a.c/z.md", "a/a-b.txt"}
	for _, n := range names {
		p := filepath.Join(dir, filepath.FromSlash(n))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, article("Le fichier "+n), 0o644)
	}
	articles, problems, err := ReadDir(dir, nil)
	if err != nil || len(problems) > 0 {
		t.Fatalf("ReadDir: %v, problems %v", err, problems)
	}
	for _, a := range articles {
		if want := "Le fichier " + a.Path; a.Title != want {
			t.Errorf("ReadDir: article %s (%s) has the title %q, want %q", a.ID, a.Path, a.Title, want)
		}
	}
}
