package extract

import (
	"log/slog"
	"strings"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minWords is the fewest words Readability's text must hold to be taken
// over the page's own text: below it, Readability kept a fragment (a
// caption, a teaser) of a page whose article it could not find.
const minWords = 30

// quiet discards Readability's log. Its handler is disabled at every
// level, so Readability's calls do not even format their messages (a
// text handler writing to io.Discard did, for every node it scored).
var quiet = slog.New(slog.DiscardHandler)

// Article finds the article of a parsed page. It changes doc (Readability
// works in place); read anything else from doc (pagemeta) first.
func Article(doc *html.Node) Result {
	root := articleRoot(doc)
	own := walkChrome(root)
	whole := own
	if root.DataAtom != atom.Body {
		// A page without <article> or <main> is read from <body>, whose
		// blocks are the whole page's (<head> holds none): read once.
		whole = Whole(doc)
	}
	alts := imageAlts(doc)
	p := readability.NewParser()
	p.Logger = quiet
	// A page of a few hundred characters is still an article: the
	// threshold only decides when Readability retries with looser rules.
	p.CharThresholds = 250
	a, err := p.ParseAndMutate(doc, nil)
	if err != nil || a.Node == nil {
		return Result{Blocks: own, Fallback: true, Own: whole}
	}
	blocks := walkAll(a.Node)
	if words(blocks) < minWords && words(own) > 0 {
		return Result{Blocks: own, Fallback: true, Own: whole}
	}
	// A paragraph that repeats an image's alt text is its caption, shown
	// under it in a <p class="legend"> or a <div>.
	// (Most pages have no such alt text: their blocks are not folded.)
	for i, b := range blocks {
		if len(alts) > 0 && b.Kind == Text && alts[key(b.Text)] {
			blocks[i].Kind = Caption
		}
	}
	return Result{Blocks: blocks, Own: whole}
}

// imageAlts are the alt texts of the page's images of four words or more
// (shorter ones say "photo" or a name), as keys.
func imageAlts(doc *html.Node) map[string]bool {
	alts := map[string]bool{}
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Img {
			if a := attr(n, "alt"); len(strings.Fields(a)) >= 4 {
				alts[key(a)] = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	return alts
}

// key folds white space and case, for comparing texts.
func key(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func words(bs []Block) int {
	n := 0
	for _, b := range bs {
		if b.Kind == Text {
			n += countFields(b.Text)
		}
	}
	return n
}

// countFields is len(strings.Fields(s)) without making the slice.
func countFields(s string) int {
	n, in := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}
