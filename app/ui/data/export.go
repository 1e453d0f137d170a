package data

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"

	"lecteur/app/site"
)

// entityColumns are the columns of the entity table export.
var entityColumns = []string{"id", "type", "name", "mentions", "articles", "aliases", "article_ids"}

// EntitiesCSV writes the entity table of c as CSV (RFC 4180, UTF-8): one
// row per entity in c's order, the article ids separated by spaces (ids
// have none) and the aliases by " | ".
func EntitiesCSV(c *site.Catalog) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write(entityColumns)
	for _, e := range c.Entities {
		w.Write([]string{
			e.ID, e.Type, e.Name, strconv.Itoa(e.Mentions), strconv.Itoa(len(e.Articles)),
			strings.Join(e.Aliases, " | "), strings.Join(e.Articles, " "),
		})
	}
	w.Flush()
	return b.Bytes()
}

// EntitiesJSON writes the entity table of c as a JSON array of app/site's
// Entity, indented for reading.
func EntitiesJSON(c *site.Catalog) []byte {
	b, err := json.MarshalIndent(c.Entities, "", "  ")
	if err != nil {
		return []byte("[]")
	}
	return append(b, '\n')
}

// ArticleText writes an article back as clean text: its title, then its
// paragraphs, separated by blank lines; no markup, no marks.
func ArticleText(t *site.Text) []byte {
	var b strings.Builder
	b.WriteString(t.Title)
	b.WriteString("\n")
	for _, p := range t.Paragraphs {
		b.WriteString("\n")
		b.WriteString(p)
		b.WriteString("\n")
	}
	return []byte(b.String())
}

// ExportName is the file name of a local article's text export:
// "local/mon-article" gives "mon-article.txt".
func ExportName(id string) string {
	return strings.ReplaceAll(strings.TrimPrefix(id, LocalPrefix), "/", "-") + ".txt"
}
