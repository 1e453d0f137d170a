package extract

import (
	"io"
	"log/slog"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// minWords is the fewest words Readability's text must hold to be taken
// over the page's own text: below it, Readability kept a fragment (a
// caption, a teaser) of a page whose article it could not find.
const minWords = 30

// quiet discards Readability's log.
var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// Article finds the article of a parsed page. It changes doc (Readability
// works in place); read anything else from doc (pagemeta) first.
func Article(doc *html.Node) Result {
	own := Page(doc)
	p := readability.NewParser()
	p.Logger = quiet
	// A page of a few hundred characters is still an article: the
	// threshold only decides when Readability retries with looser rules.
	p.CharThresholds = 250
	a, err := p.ParseAndMutate(doc, nil)
	if err != nil || a.Node == nil {
		return Result{Blocks: own, Fallback: true}
	}
	blocks := walkAll(a.Node)
	if words(blocks) < minWords && words(own) > 0 {
		return Result{Blocks: own, Fallback: true}
	}
	return Result{Blocks: blocks}
}

func words(bs []Block) int {
	n := 0
	for _, b := range bs {
		if b.Kind == Text {
			n += len(strings.Fields(b.Text))
		}
	}
	return n
}
