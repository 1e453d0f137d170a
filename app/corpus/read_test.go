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
	if err := os.Symlink(filepath.Join(dir, "nowhere.txt"), filepath.Join(dir, "broken.txt")); err != nil {
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
		"big.txt":       "file too big (20.0 MB, the limit is 4.0 MB)",
		"blank.txt":     "only blank space",
		"broken.txt":    "cannot read: no such file or directory",
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
	file := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(file, []byte("Titre\n\nTexte de l'article, assez long pour être un paragraphe.\n"), 0o644)
	tests := []struct {
		name, root, want string
		problems         int
	}{
		{"missing", filepath.Join(empty, "nope"), "no such file or directory", 0},
		{"empty", empty, "the folder has no files", 0},
		{"only hidden files", hiddenOnly, "the folder has no files", 0},
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
