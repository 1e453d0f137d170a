package corpus

// Article is one cleaned article, the unit every other package works on.
type Article struct {
	// ID is the file's path relative to the corpus folder, without
	// extension, made URL-safe by the ID function and unique by ReadDir. It
	// names the article in URLs: articles/<ID>.
	ID string `json:"id"`
	// Path is the file's path relative to the corpus folder, "/"-separated.
	Path  string `json:"path"`
	Title string `json:"title"`
	// Date is the publication date in ISO 8601 ("2013-07-10"); "--05-11"
	// when only the day and month are known; empty when unknown. Only date
	// lines, datelines and metadata count, never a date inside a sentence.
	Date string `json:"date,omitempty"`
	// Source is who the text credits as its source: the news agency of
	// the dateline or of a signature ("Reuters", "AFP"), or the outlet a
	// "Source : ..." line names; never the site the file was saved from.
	Source string `json:"source,omitempty"`
	// Place is the dateline's place, as written ("PEKIN").
	Place string `json:"place,omitempty"`
	// Authors come from a byline next to the title or at the end.
	Authors []string `json:"authors,omitempty"`
	// Lang is "fr" or "en".
	Lang string `json:"lang,omitempty"`
	// Lede is the first real paragraph, for lists and previews.
	Lede string `json:"lede,omitempty"`
	// Paragraphs is the article's text, one paragraph (or sub-heading) per
	// entry, plain text: never markup.
	Paragraphs []string `json:"paragraphs"`
	// Captions are photo captions, each once, without their credit.
	Captions []string `json:"captions,omitempty"`
	// Words counts the words of the paragraphs.
	Words int `json:"words"`
	// ReadingMinutes is Words read at ReadingSpeed, rounded up.
	ReadingMinutes int `json:"readingMinutes"`
	// Removed lists, in file order, the lines and pieces of lines cleaning
	// took out of the text: chrome, repeats, credits, and the date lines,
	// bylines and datelines read into fields. It feeds goldens and the build
	// report and is never shipped to the browser.
	Removed []string `json:"-"`
	// Fallback reports a saved page whose article the extractor could not
	// find: the text is the page's own (its <article>, <main> or <body>
	// without menus). The build's summary names such files.
	Fallback bool `json:"-"`
	// TitleMade reports a text without a headline (an agency dispatch
	// copied from its first line, a note): Title was made from the first
	// words of its text, and no line of the file was taken for one.
	TitleMade bool `json:"-"`
}
