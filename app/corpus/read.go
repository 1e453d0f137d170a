package corpus

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"lecteur/app/pool"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Problem names a file the reader skipped and why, for the build's report:
// "notes/old.pdf: unknown extension .pdf".
type Problem struct {
	Path   string
	Reason string
}

func (p Problem) String() string { return p.Path + ": " + p.Reason }

// SiteMarker is the file a Lecteur build writes at the top of the site it
// builds. ReadDir skips a folder holding it, so that a site built inside
// its own corpus (OUT inside CORPUS) is never read back as articles, and
// the build replaces only a folder holding it.
const SiteMarker = ".lecteur-site"

// ReadDir reads every article file under root (sub-folders included),
// sorted by id. Files it cannot use are reported as problems and skipped:
// unknown extensions, unreadable, empty, binary, too big, with no article
// text, or with the same text as a file read before (in path order). Hidden
// files and folders (".git", ".DS_Store") are passed over silently. A
// folder holding a site a Lecteur build wrote (SiteMarker) is reported and
// skipped. ReadDir never reads outside root: a symbolic link is followed
// only to a file inside root; a link to a file outside, to a folder, or
// to nothing is reported. Ids are made unique: when two files give the
// same id, the first in path order keeps it and the others get "-2",
// "-3"... A missing folder, an empty one or one without a single readable
// article is an error. progress, if not nil, is called after each file,
// from the calling goroutine.
func ReadDir(root string, progress func(done, total int)) ([]Article, []Problem, error) {
	return ReadDirFunc(root, ReadFile, progress)
}

// FileFunc reads one article file into an Article: rel is its
// corpus-relative "/"-separated path (its id and format), path the file's
// resolved path on disk, info its os.Stat, and data reads its bytes.
// ReadDir's is ReadFile; the build's looks the file up in its cache of
// articles first and reads the bytes only when the cache does not know
// them (build/articlecache).
type FileFunc func(rel, path string, info fs.FileInfo, data func() ([]byte, error)) (Article, error)

// ReadFile is ReadDir's FileFunc: it reads the bytes and parses them.
func ReadFile(rel, path string, info fs.FileInfo, data func() ([]byte, error)) (Article, error) {
	b, err := data()
	if err != nil {
		return Article{}, err
	}
	return Parse(rel, b)
}

// ReadDirFunc is ReadDir reading each file with read.
func ReadDirFunc(root string, read FileFunc, progress func(done, total int)) ([]Article, []Problem, error) {
	if root == "" {
		return nil, nil, errors.New("read corpus: no folder given (the path is empty)")
	}
	info, err := os.Stat(root)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, fmt.Errorf("read corpus %s: the folder does not exist", root)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("read corpus %s: %w", root, unwrapPath(err))
	}
	if !info.IsDir() {
		return nil, nil, fmt.Errorf("read corpus %s: not a folder", root)
	}
	if isSite(root) {
		return nil, nil, fmt.Errorf("read corpus %s: the folder is a site a Lecteur build wrote (it holds %s), not a folder of articles", root, SiteMarker)
	}
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return nil, nil, fmt.Errorf("read corpus %s: %w", root, unwrapPath(err))
	}
	// Walk the folder itself: WalkDir does not follow a link, not even root.
	files, problems, hidden, err := walk(realRoot)
	if err != nil {
		return nil, nil, fmt.Errorf("read corpus %s: %w", root, err)
	}
	if len(files) == 0 {
		switch {
		case len(problems) > 0:
			return nil, problems, fmt.Errorf("read corpus %s: no article files, only %s", root, problems[0])
		case len(hidden) > 0:
			return nil, nil, fmt.Errorf("read corpus %s: the folder has only hidden files (%s), which are skipped: a name starting with a dot is never read", root, sample(hidden))
		}
		return nil, nil, fmt.Errorf("read corpus %s: the folder is empty", root)
	}
	// Sorted by their slash path, which is not WalkDir's order: "a-b/x"
	// comes before "a/y". Files and paths move together.
	byRel := make([][2]string, len(files))
	for i, f := range files {
		rel, err := filepath.Rel(realRoot, f)
		if err != nil {
			rel = f
		}
		byRel[i] = [2]string{filepath.ToSlash(rel), f}
	}
	sort.Slice(byRel, func(i, j int) bool { return byRel[i][0] < byRel[j][0] })
	rels := make([]string, len(files))
	for i, p := range byRel {
		rels[i], files[i] = p[0], p[1]
	}

	results := make([]result, len(files))
	readAll(realRoot, files, rels, results, read, progress)

	var articles []Article
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
	sort.SliceStable(problems, func(i, j int) bool { return problems[i].Path < problems[j].Path })
	if len(articles) == 0 {
		return nil, problems, fmt.Errorf("read corpus %s: no readable article among %d files", root, len(files))
	}
	uniqueIDs(articles)
	sort.Slice(articles, func(i, j int) bool { return articles[i].ID < articles[j].ID })
	return articles, problems, nil
}

// walk lists the files under root to read, the folders it skips as
// problems (sites a Lecteur build wrote), and the hidden names it passes
// over, to explain a folder that seems empty.
func walk(root string) (files []string, skipped []Problem, hidden []string, err error) {
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return unwrapPath(err)
			}
			files = append(files, p) // reported when read
			return nil
		}
		if p == root {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			hidden = append(hidden, d.Name())
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if isSite(p) {
				rel, _ := filepath.Rel(root, p)
				skipped = append(skipped, Problem{filepath.ToSlash(rel) + "/", "a site a Lecteur build wrote (it holds " + SiteMarker + "), not articles: not read"})
				return filepath.SkipDir
			}
			return nil
		}
		files = append(files, p)
		return nil
	})
	return files, skipped, hidden, err
}

// isSite tells whether dir holds a site a Lecteur build wrote.
func isSite(dir string) bool {
	_, err := os.Lstat(filepath.Join(dir, SiteMarker))
	return err == nil
}

// sample names a few of names, for a message: ".a, .b and 3 more".
func sample(names []string) string {
	const n = 3
	if len(names) <= n {
		return strings.Join(names, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(names[:n], ", "), len(names)-n)
}

type result struct {
	article Article
	sum     [32]byte
	err     error
}

// readAll reads and parses the files on all CPUs, keeping their order.
// realRoot is the corpus folder with its symbolic links resolved: no file
// outside it is read.
func readAll(realRoot string, files, rels []string, results []result, read FileFunc, progress func(done, total int)) {
	pool.Each(len(files), 0, func(i int) {
		results[i] = readFile(realRoot, files[i], rels[i], read)
	}, progress)
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

// readFile reads and parses one file; errors say why in a few words. The
// file is read at its resolved path, and only if that path is inside
// realRoot.
func readFile(realRoot, file, rel string, read FileFunc) result {
	real, err := resolveInside(realRoot, file)
	if err != nil {
		return result{err: err}
	}
	info, err := os.Stat(real)
	if err != nil {
		return result{err: fmt.Errorf("cannot read: %w", unwrapPath(err))}
	}
	if info.IsDir() {
		// Only a link gets here: WalkDir does not follow them.
		return result{err: fmt.Errorf("symbolic link to the folder %s, not followed (a folder's articles are read where the folder is)", linkTarget(file))}
	}
	if err := Unsupported(rel); err != nil {
		return result{err: err}
	}
	if !info.Mode().IsRegular() {
		return result{err: errors.New("not a regular file")}
	}
	if info.Size() > MaxFileSize {
		return result{err: TooBig(info.Size())}
	}
	data := func() ([]byte, error) {
		b, err := os.ReadFile(real)
		if err != nil {
			return nil, fmt.Errorf("cannot read: %w", unwrapPath(err))
		}
		return b, nil
	}
	a, err := read(rel, real, info, data)
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

// resolveInside resolves the symbolic links of file and checks that the
// result lies inside realRoot, the corpus folder, itself resolved: a link
// in the corpus must not publish a file from elsewhere (/etc/passwd).
func resolveInside(realRoot, file string) (string, error) {
	real, err := filepath.EvalSymlinks(file)
	if err != nil {
		if target := linkTarget(file); target != "" {
			return "", fmt.Errorf("broken symbolic link: %s does not exist", target)
		}
		return "", fmt.Errorf("cannot read: %w", unwrapPath(err))
	}
	rel, err := filepath.Rel(realRoot, real)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "", fmt.Errorf("symbolic link to %s, outside the corpus folder: not read", real)
	}
	return real, nil
}

// linkTarget is what the symbolic link file points to, as written in the
// link, or "" when file is no link.
func linkTarget(file string) string {
	target, err := os.Readlink(file)
	if err != nil {
		return ""
	}
	return target
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
