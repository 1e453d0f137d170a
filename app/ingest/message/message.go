// Package message is what the page and the ingestion worker say to each
// other: the page (app/ui) sends a Request, the worker (app/ingestworker,
// running package ingest's Serve) answers with a Response, both as JSON,
// the bytes of a file next to the request.
//
// It names only app/site types: the page never decodes an ingest.Doc
// (it keeps the worker's JSON of it as opaque bytes, in IndexedDB too),
// so its wasm holds neither app/corpus nor app/entity.
package message

import (
	"encoding/json"

	"lecteur/app/site"
)

// Op is what a Request asks for.
type Op string

const (
	// Check asks whether a file Name of Size bytes is worth reading
	// (ingest.Check): an error says why not, before the page reads it.
	Check Op = "check"
	// Read reads the file Name from the bytes sent with the request
	// (ingest.File) and gives its article an id not in Taken; with Note,
	// the bytes are text the reader pasted (ingest.Note). The Response
	// has Doc and Article.
	Read Op = "read"
	// Link links Docs among themselves (ingest.Link) and indexes them,
	// each doc under the id of the same rank in IDs when IDs are given
	// (the page allocates ids where it stores the articles). The Response
	// has Articles (in the order of Docs), Entities and Index; a doc that
	// cannot be decoded is left out of the link, its Article left zero and
	// the reason in Broken, so that one bad record never hides the others.
	Link Op = "link"
	// Merge adds the Local entities to the Published ones (ingest.Merge).
	// The Response has Entities (the merged ones) and Rename.
	Merge Op = "merge"
	// Align aligns two versions of a story, Texts left and right
	// (ingest.PairDiff): the differences mode for a pair the build did
	// not align, such as the reader's own articles. The Response has
	// Diff.
	Align Op = "align"
	// Group groups the reader's articles Added, whose sketches are
	// Sketches (from their Article), with the published ones
	// (ingest.StoriesAdded): Articles are the catalog's articles (ID and
	// Date suffice), Stories its stories, and the bytes sent with the
	// request the site's sketches (site.SketchesFile). The Response has
	// Stories: every story, published and new.
	Group Op = "group"
	// Story works out the sentence matrix and aligned pairs of a story
	// whose versions are Texts, with Dates, in the order of Stories[0]'s
	// articles (ingest.StoryDiffs): the group view of a story the build
	// did not see whole. The Response has StoryDiffs.
	Story Op = "story"
)

// Request is one question to the worker.
type Request struct {
	Op   Op     `json:"op"`
	Name string `json:"name,omitempty"`
	Size int64  `json:"size,omitempty"`
	Note bool   `json:"note,omitempty"` // a Read of pasted text

	Taken     []string          `json:"taken,omitempty"`
	Docs      []json.RawMessage `json:"docs,omitempty"`
	IDs       []string          `json:"ids,omitempty"`
	Published []site.Entity     `json:"published,omitempty"`
	Local     []site.Entity     `json:"local,omitempty"`
	Texts     []site.Text       `json:"texts,omitempty"`
	Dates     []string          `json:"dates,omitempty"`
	Stories   []site.Story      `json:"stories,omitempty"`
	Articles  []site.Summary    `json:"articles,omitempty"`
	Added     []site.Summary    `json:"added,omitempty"`
	Sketches  [][]byte          `json:"sketches,omitempty"`
}

// Response is the worker's answer. Error, when not empty, is the reason
// in the build's words ("binary file, not text") and the rest is empty.
type Response struct {
	Error string `json:"error,omitempty"`
	// Doc is the ingest.Doc read, as JSON, to store and send back in a
	// later Link.
	Doc      json.RawMessage   `json:"doc,omitempty"`
	Article  *Article          `json:"article,omitempty"`
	Articles []Article         `json:"articles,omitempty"`
	Entities []site.Entity     `json:"entities,omitempty"`
	Index    []byte            `json:"index,omitempty"` // search.Index.Encode
	Rename   map[string]string `json:"rename,omitempty"`
	// Broken maps the rank of a doc of a Link that could not be decoded
	// to the reason.
	Broken map[int]string `json:"broken,omitempty"`
	// Diff is an Align's answer.
	Diff *site.PairDiff `json:"diff,omitempty"`
	// Stories is a Group's answer.
	Stories []site.Story `json:"stories,omitempty"`
	// StoryDiffs is a Story's answer.
	StoryDiffs *site.StoryDiffs `json:"storyDiffs,omitempty"`
}

// Article is what the page shows of one doc.
type Article struct {
	Summary site.Summary `json:"summary"`
	// Text has marks pointing to the entities of Link's answer (none in
	// Read's).
	Text site.Text `json:"text"`
	// Path is the name the article was read under.
	Path string `json:"path"`
	// Fingerprint is ingest.Fingerprint in hex, to refuse the same text
	// twice.
	Fingerprint string `json:"fingerprint"`
	// Sketch is the article's story sketch (story.EncodeSketches of it
	// alone), to group it with the published articles (Group).
	Sketch []byte `json:"sketch,omitempty"`
}
