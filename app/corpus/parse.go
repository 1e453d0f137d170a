package corpus

import (
	"errors"
	"fmt"
	"strings"
)

// Formats maps the file extensions the reader understands to their format.
var Formats = map[string]string{
	".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
	".html": "html", ".htm": "html", ".xhtml": "html",
}

// Extensions lists the file extensions the reader understands, sorted.
var Extensions = []string{".htm", ".html", ".markdown", ".md", ".text", ".txt", ".xhtml"}

// errEmptyText is the problem of a file whose every line is chrome.
var errEmptyText = errors.New("no article text")

// Parse reads one file's bytes into an Article. name is the file's
// corpus-relative, "/"-separated path: it gives the id and, by its
// extension, the format (an unknown extension is read as plain text). Parse
// never panics; it returns an error saying why when the bytes hold no
// article (empty, binary, too big, nothing left after cleaning).
func Parse(name string, data []byte) (Article, error) {
	return parse(name, data, false)
}

// ParseNote is Parse for text a reader pasted: a note of one paragraph,
// which Parse refuses as a title alone (or drops as a short line), is an
// article whose title is its first words. Text with a title line and
// paragraphs reads as with Parse.
func ParseNote(name string, data []byte) (Article, error) {
	a, err := parse(name, data, false)
	if errors.Is(err, errEmptyText) {
		return parse(name, data, true)
	}
	return a, err
}

// parse is Parse; note reads every line as text (hints.note).
func parse(name string, data []byte, note bool) (Article, error) {
	blocks, h, err := fileBlocks(name, data)
	if err != nil {
		return Article{}, err
	}
	h.note = note
	a, err := clean(blocks, h)
	if err != nil {
		return Article{}, err
	}
	a.ID = ID(name)
	a.Path = name
	return a, nil
}

// TooBig is the problem of a file of n bytes, over MaxFileSize; the build
// and the browser's "Add articles" both say it this way. When rounding
// would show the same size twice ("4 MB, the limit is 4 MB"), both are
// given in bytes.
func TooBig(n int64) error {
	got, limit := size(n), size(MaxFileSize)
	if got == limit {
		got, limit = fmt.Sprintf("%d bytes", n), fmt.Sprintf("%d bytes", int64(MaxFileSize))
	}
	return fmt.Errorf("file too big (%s, the limit is %s)", got, limit)
}

// size is n bytes for a reader: "4.2 MB", "4 MB", "12.5 KB", "80 bytes".
func size(n int64) string {
	unit := func(v float64, name string) string {
		return strings.TrimSuffix(fmt.Sprintf("%.1f", v), ".0") + " " + name
	}
	switch {
	case n >= 1<<20:
		return unit(float64(n)/(1<<20), "MB")
	case n >= 1<<10:
		return unit(float64(n)/(1<<10), "KB")
	}
	return fmt.Sprintf("%d bytes", n)
}
