package extract

// Kind is what the page's markup says a block is.
type Kind int

const (
	Text    Kind = iota // a paragraph, list item or other line of text
	Title               // the page's <h1>
	Heading             // <h2>–<h6>: a sub-heading
	Caption             // <figcaption>
)

// Block is one paragraph, heading or caption of a page, in reading order.
type Block struct {
	Text string
	Kind Kind
	// Link reports a block whose text is mostly a link's (four fifths or
	// more): at the edges of an article, a related article's title.
	Link bool
}

// Result is what Article found.
type Result struct {
	Blocks []Block
	// Fallback reports that Readability found no article and Blocks are
	// the page's own text (Page), for the build's summary to say so.
	Fallback bool
	// Own is the whole page's own text (Whole), in which the caller may look
	// for what Readability left out around the article: a standfirst in
	// the page's header, a date line next to the headline.
	Own []Block
}
