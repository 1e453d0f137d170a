package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// Problem names a file the reader skipped and why.
type Problem struct {
	Path   string
	Reason string
}

func (p Problem) String() string { return p.Path + ": " + p.Reason }

// Extensions lists the file extensions the reader understands.
var Extensions = []string{".txt"}

// ID derives an article id from a corpus-relative, "/"-separated path.
func ID(rel string) string {
	return strings.TrimSuffix(rel, path.Ext(rel))
}

// Parse reads one file's bytes into an Article. name is the file's
// corpus-relative path; it gives the id and, by its extension, the format.
func Parse(name string, data []byte) (Article, error) {
	if !utf8.Valid(data) {
		return Article{}, errors.New("not valid UTF-8 text")
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	var blocks []string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			blocks = append(blocks, line)
		}
	}
	if len(blocks) == 0 {
		return Article{}, errors.New("no text")
	}
	a := Article{ID: ID(name), Path: name, Title: blocks[0], Paragraphs: blocks[1:]}
	if len(a.Paragraphs) > 0 {
		a.Lede = a.Paragraphs[0]
	}
	for _, p := range a.Paragraphs {
		a.Words += len(strings.Fields(p))
	}
	return a, nil
}

// ReadDir reads every article file under root, sorted by id. Files it
// cannot use are reported as problems and skipped; only a missing or empty
// folder is an error. progress, if not nil, is called after each file.
func ReadDir(root string, progress func(done, total int)) ([]Article, []Problem, error) {
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("read corpus %s: %w", root, err)
	}
	if len(files) == 0 {
		return nil, nil, fmt.Errorf("read corpus %s: the folder has no files", root)
	}
	sort.Strings(files)
	var articles []Article
	var problems []Problem
	for i, f := range files {
		rel, _ := filepath.Rel(root, f)
		rel = filepath.ToSlash(rel)
		if progress != nil {
			progress(i+1, len(files))
		}
		if !known(rel) {
			problems = append(problems, Problem{rel, "unknown extension " + path.Ext(rel)})
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			problems = append(problems, Problem{rel, err.Error()})
			continue
		}
		a, err := Parse(rel, data)
		if err != nil {
			problems = append(problems, Problem{rel, err.Error()})
			continue
		}
		articles = append(articles, a)
	}
	if len(articles) == 0 {
		return nil, problems, fmt.Errorf("read corpus %s: no readable article among %d files", root, len(files))
	}
	return articles, problems, nil
}

func known(rel string) bool {
	ext := strings.ToLower(path.Ext(rel))
	for _, e := range Extensions {
		if e == ext {
			return true
		}
	}
	return false
}
