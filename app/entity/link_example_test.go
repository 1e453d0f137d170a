package entity

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLinkSeeds prints the entities of the seed articles (go test -v).
func TestLinkSeeds(t *testing.T) {
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	var docs []Doc
	for _, f := range files {
		b, _ := os.ReadFile(f)
		var blocks []string
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				blocks = append(blocks, l)
			}
		}
		docs = append(docs, Doc{ID: filepath.Base(f), Mentions: Recognize(blocks)})
	}
	for _, e := range Link(docs) {
		t.Log(fmt.Sprintf("%-40s %-35q %v %v %d", e.ID, e.Name, e.Aliases, e.Articles, e.Mentions))
	}
}
