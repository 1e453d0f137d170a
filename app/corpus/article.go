// Package corpus turns article files into clean Article values. It is pure Go:
// the build pipeline uses it on a corpus folder, and the browser can use it on
// files a reader drops into the page.
package corpus

// Article is one cleaned article, the unit every other package works on.
type Article struct {
	// ID is the file's path relative to the corpus folder, without extension,
	// with "/" as separator. It names the article in URLs: articles/<ID>.
	ID string `json:"id"`
	// Path is the file's path relative to the corpus folder, "/"-separated.
	Path  string `json:"path"`
	Title string `json:"title"`
	// Date is the publication date in ISO 8601 ("2013-07-10"); "--05-11"
	// when only the day and month are known; empty when unknown.
	Date    string   `json:"date,omitempty"`
	Source  string   `json:"source,omitempty"`
	Place   string   `json:"place,omitempty"`
	Authors []string `json:"authors,omitempty"`
	// Lang is "fr" or "en".
	Lang string `json:"lang,omitempty"`
	// Lede is the first real paragraph, for lists and previews.
	Lede       string   `json:"lede,omitempty"`
	Paragraphs []string `json:"paragraphs"`
	Captions   []string `json:"captions,omitempty"`
	// Words counts the words of the paragraphs.
	Words int `json:"words"`
	// ReadingMinutes is Words read at ReadingSpeed, rounded up.
	ReadingMinutes int `json:"readingMinutes"`
	// Removed lists the lines cleaning dropped. It feeds goldens and the
	// build report and is never shipped to the browser.
	Removed []string `json:"-"`
}
