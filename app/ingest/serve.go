package ingest

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"

	"lecteur/app/ingest/message"
	"lecteur/app/search"
	"lecteur/app/site"
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
		doc, err := File(r.Name, data)
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
		docs := make([]Doc, len(r.Docs))
		for i, raw := range r.Docs {
			if err := json.Unmarshal(raw, &docs[i]); err != nil {
				return fail(fmt.Errorf("stored article %d: %w", i+1, err))
			}
		}
		l := Link(docs)
		resp := message.Response{Articles: make([]message.Article, len(docs)), Entities: l.Entities}
		for i := range docs {
			resp.Articles[i] = article(&docs[i], l.Marks[i])
		}
		if len(docs) > 0 {
			resp.Index = search.Build(SearchDocs(docs, l)).Encode()
		}
		return resp
	case message.Merge:
		merged, rename := Merge(r.Published, r.Local)
		return message.Response{Entities: merged, Rename: rename}
	}
	return fail(fmt.Errorf("unknown request %q", r.Op))
}

// article is what the page shows of d, with marks.
func article(d *Doc, marks [][]site.Mark) message.Article {
	sum := Fingerprint(&d.Article)
	return message.Article{
		Summary:     Summary(&d.Article),
		Text:        Text(&d.Article, marks),
		Path:        d.Article.Path,
		Fingerprint: hex.EncodeToString(sum[:]),
	}
}
