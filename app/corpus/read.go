package corpus

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// Problem names a file the reader skipped and why, for the build's report:
// "notes/old.pdf: unknown extension .pdf".
type Problem struct {
	Path   string
	Reason string
}

func (p Problem) String() string { return p.Path + ": " + p.Reason }

// ReadDir reads every article file under root (sub-folders included),
// sorted by id. Files it cannot use are reported as problems and skipped:
// unknown extensions, unreadable, empty, binary, too big, with no article
// text, or with the same text as a file read before (in path order). Hidden
// files and folders (".git", ".DS_Store") are passed over silently. Ids are
// made unique: when two files give the same id, the first in path order
// keeps it and the others get "-2", "-3"... A missing folder, an empty one
// or one without a single readable article is an error. progress, if not
// nil, is called after each file, from the calling goroutine.
func ReadDir(root string, progress func(done, total int)) ([]Article, []Problem, error) {
	return ReadDirFunc(root, Parse, progress)
}

// ParseFunc reads one file's bytes into an Article, as Parse does.
type ParseFunc func(name string, data []byte) (Article, error)

// ReadDirFunc is ReadDir reading each file with parse: the build passes
// Parse behind its cache of articles already read.
func ReadDirFunc(root string, parse ParseFunc, progress func(done, total int)) ([]Article, []Problem, error) {
	info, err := os.Stat(root)
	if err != nil {
		return nil, nil, fmt.Errorf("read corpus: %w", err)
	}
	if !info.IsDir() {
		return nil, nil, fmt.Errorf("read corpus %s: not a folder", root)
	}
	var files []string
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			files = append(files, p) // reported when read
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
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
	rels := make([]string, len(files))
	for i, f := range files {
		rel, err := filepath.Rel(root, f)
		if err != nil {
			rel = f
		}
		rels[i] = filepath.ToSlash(rel)
	}
	sort.Slice(files, func(i, j int) bool { return rels[i] < rels[j] })
	sort.Strings(rels)

	results := make([]result, len(files))
	readAll(files, rels, results, parse, progress)

	var articles []Article
	var problems []Problem
	seen := make(map[[32]byte]string)
	for i, r := range results {
		if r.err != nil {
			problems = append(problems, Problem{rels[i], r.err.Error()})
			continue
		}
		if first, ok := seen[r.sum]; ok {
			problems = append(problems, Problem{rels[i], "same text as " + first})
			continue
		}
		seen[r.sum] = rels[i]
		articles = append(articles, r.article)
	}
	if len(articles) == 0 {
		return nil, problems, fmt.Errorf("read corpus %s: no readable article among %d files", root, len(files))
	}
	uniqueIDs(articles)
	sort.Slice(articles, func(i, j int) bool { return articles[i].ID < articles[j].ID })
	return articles, problems, nil
}

type result struct {
	article Article
	sum     [32]byte
	err     error
}

// readAll reads and parses the files on all CPUs, keeping their order.
func readAll(files, rels []string, results []result, parse ParseFunc, progress func(done, total int)) {
	jobs := make(chan int)
	done := make(chan struct{}, len(files))
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = readFile(files[i], rels[i], parse)
				done <- struct{}{}
			}
		}()
	}
	go func() {
		for i := range files {
			jobs <- i
		}
		close(jobs)
	}()
	for n := 1; n <= len(files); n++ {
		<-done
		if progress != nil {
			progress(n, len(files))
		}
	}
	wg.Wait()
}

// Unsupported says why the file name is not one the reader takes (no or
// an unknown extension), or nil. The build and the browser's "Add
// articles" both say it this way.
func Unsupported(name string) error {
	if known(name) {
		return nil
	}
	if path.Ext(name) == "" {
		return errors.New("no file extension (want .txt, .md or .html)")
	}
	return fmt.Errorf("unknown extension %s (want .txt, .md or .html)", path.Ext(name))
}

// readFile reads and parses one file; errors say why in a few words.
func readFile(file, rel string, parse ParseFunc) result {
	if err := Unsupported(rel); err != nil {
		return result{err: err}
	}
	info, err := os.Stat(file)
	if err != nil {
		return result{err: fmt.Errorf("cannot read: %w", unwrapPath(err))}
	}
	if !info.Mode().IsRegular() {
		return result{err: errors.New("not a regular file")}
	}
	if info.Size() > MaxFileSize {
		return result{err: TooBig(info.Size())}
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return result{err: fmt.Errorf("cannot read: %w", unwrapPath(err))}
	}
	a, err := parse(rel, data)
	if err != nil {
		return result{err: err}
	}
	return result{article: a, sum: Fingerprint(&a)}
}

// Fingerprint identifies an article's text, to find the same article saved
// twice under different names or formats ("same text as ...").
func Fingerprint(a *Article) [32]byte {
	h := sha256.New()
	for _, p := range a.Paragraphs {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}

// unwrapPath drops the path from an *fs.PathError: the problem already
// names the file.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func known(rel string) bool {
	_, ok := Formats[strings.ToLower(path.Ext(rel))]
	return ok
}
