package ingest

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"

	"lecteur/app/ingest/message"
	"lecteur/app/search"
	"lecteur/app/site"
	"lecteur/app/story"
)

// ServeJSON answers one request of the page, as the ingestion worker
// (app/ingestworker) does: req is a message.Request in JSON, data the
// bytes of the file a Read sends; the answer is a message.Response in
// JSON.
func ServeJSON(req, data []byte) []byte {
	var r message.Request
	var resp message.Response
	if err := json.Unmarshal(req, &r); err != nil {
		resp.Error = fmt.Sprintf("bad request: %v", err)
	} else {
		resp = Serve(r, data)
	}
	b, err := json.Marshal(resp)
	if err != nil {
		b, _ = json.Marshal(message.Response{Error: fmt.Sprintf("encode answer: %v", err)})
	}
	return b
}

// Serve answers one request of the page with the functions the build
// uses; see package message for what each Op does.
func Serve(r message.Request, data []byte) message.Response {
	fail := func(err error) message.Response { return message.Response{Error: err.Error()} }
	switch r.Op {
	case message.Check:
		if err := Check(r.Name, r.Size); err != nil {
			return fail(err)
		}
		return message.Response{}
	case message.Read:
		read := File
		if r.Note {
			read = Note
		}
		doc, err := read(r.Name, data)
		if err != nil {
			return fail(err)
		}
		taken := make(map[string]bool, len(r.Taken))
		for _, id := range r.Taken {
			taken[id] = true
		}
		id := doc.Article.ID
		for n := 2; taken[id]; n++ {
			id = doc.Article.ID + "-" + strconv.Itoa(n)
		}
		doc.Article.ID = id
		b, err := json.Marshal(doc)
		if err != nil {
			return fail(err)
		}
		a := article(&doc, nil)
		return message.Response{Doc: b, Article: &a}
	case message.Link:
		return link(r)
	case message.Merge:
		merged, rename := Merge(r.Published, r.Local)
		return message.Response{Entities: merged, Rename: rename}
	case message.Align:
		if len(r.Texts) != 2 {
			return fail(fmt.Errorf("align %d texts, not 2", len(r.Texts)))
		}
		d := PairDiff(&r.Texts[0], &r.Texts[1])
		return message.Response{Diff: &d}
	case message.Group:
		return group(r, data)
	case message.Story:
		if len(r.Stories) != 1 || len(r.Texts) != len(r.Stories[0].Articles) || len(r.Dates) != len(r.Texts) {
			return fail(fmt.Errorf("story: one story and a text and date per version, not %d stories, %d texts, %d dates", len(r.Stories), len(r.Texts), len(r.Dates)))
		}
		texts := make([]*site.Text, len(r.Texts))
		for i := range r.Texts {
			texts[i] = &r.Texts[i]
		}
		d := StoryDiffs(&r.Stories[0], texts, r.Dates)
		return message.Response{StoryDiffs: &d}
	}
	return fail(fmt.Errorf("unknown request %q", r.Op))
}

// link answers a Link: the docs that decode are linked and indexed, each
// under its id of r.IDs when given; the others are reported in Broken.
func link(r message.Request) message.Response {
	resp := message.Response{Articles: make([]message.Article, len(r.Docs))}
	var docs []Doc
	var rank []int // rank in r.Docs of each of docs
	for i, raw := range r.Docs {
		var d Doc
		if err := json.Unmarshal(raw, &d); err != nil {
			if resp.Broken == nil {
				resp.Broken = map[int]string{}
			}
			resp.Broken[i] = fmt.Sprintf("stored article %d: %v", i+1, err)
			continue
		}
		if len(r.IDs) == len(r.Docs) && r.IDs[i] != "" {
			d.Article.ID = r.IDs[i]
		}
		docs = append(docs, d)
		rank = append(rank, i)
	}
	l := Link(docs)
	resp.Entities = l.Entities
	for j := range docs {
		resp.Articles[rank[j]] = article(&docs[j], l.Marks[j])
	}
	if len(docs) > 0 {
		resp.Index = search.Build(SearchDocs(docs, l)).Encode()
	}
	return resp
}

// group answers a Group: the published sketches are data.
func group(r message.Request, data []byte) message.Response {
	pub, err := story.DecodeSketches(data)
	if err != nil {
		return message.Response{Error: fmt.Sprintf("published sketches: %v", err)}
	}
	if len(pub) != len(r.Articles) {
		return message.Response{Error: fmt.Sprintf("%d published sketches for %d articles", len(pub), len(r.Articles))}
	}
	if len(r.Sketches) != len(r.Added) {
		return message.Response{Error: fmt.Sprintf("%d sketches for %d added articles", len(r.Sketches), len(r.Added))}
	}
	added := make([]story.Sketch, len(r.Added))
	for i, b := range r.Sketches {
		sk, err := story.DecodeSketches(b)
		if err != nil || len(sk) != 1 {
			return message.Response{Error: fmt.Sprintf("sketch of %s: %v", r.Added[i].ID, err)}
		}
		added[i] = sk[0]
	}
	return message.Response{Stories: StoriesAdded(r.Articles, pub, r.Stories, r.Added, added)}
}

// article is what the page shows of d, with marks.
func article(d *Doc, marks [][]site.Mark) message.Article {
	sum := Fingerprint(&d.Article)
	return message.Article{
		Summary:     Summary(&d.Article),
		Text:        Text(&d.Article, marks),
		Path:        d.Article.Path,
		Fingerprint: hex.EncodeToString(sum[:]),
		Sketch:      story.EncodeSketches([]story.Sketch{Sketch(&d.Article)}),
	}
}
