// Package extract finds the article's text in a saved web page and returns
// it as blocks in reading order: paragraphs, sub-headings and captions,
// without markup. It is app/corpus's adapter to the extraction library.
//
// Article runs Readability (codeberg.org/readeck/go-readability/v2, a port
// of Mozilla's Readability.js 0.6, the reader view of Firefox), which
// scores the page's blocks by their text and links and keeps the best
// one with its siblings. On 181 real news pages with hand-made bodies
// (the Scrapinghub article-extraction benchmark) it reads the body at
// 0.952 F1 where our own element rules (Page) read 0.834 and refused 17
// pages. go-trafilatura reads 0.962 but weighs 4.7 MB gzip in WebAssembly
// (most of it go-dateparser's language data), over the browser worker's
// budget; Readability adds about 1.3 MB. See README's "What is read from
// a page" for the full comparison.
//
// Page is the fallback: the text of the page's <article>, <main> or
// <body> without its menus, footers, forms and elements whose class
// names chrome. Article uses it when Readability finds no article (a
// short page, a page of one paragraph) so that no page holding text is
// refused.
//
// Whole is the whole page's text read with Page's rules; Article returns
// it too (Result.Own), for app/corpus to find there what Readability left
// out around the article: the standfirst in the page's header, the date
// line under the headline. A block says whether it is mostly a link's
// text (Block.Link: at the edges of an article, a related article), and a
// paragraph that repeats an image's alt text, or whose class names a
// caption, is a caption.
//
// Blocks are raw text: app/corpus tidies them and applies its cleaning
// rules (credits, "Lire aussi", bylines) to what either reader left.
package extract
