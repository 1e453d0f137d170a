package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"lecteur/app/site"
	"lecteur/build/gencorpus/synth"
)

// corpusSpec is one corpus to measure: a folder of articles (source) or a
// synthetic corpus of size articles.
type corpusSpec struct {
	name   string
	source string
	size   int
	probes []synth.Probe
}

// seedProbes are queries on the seed corpus whose right answer was read by
// hand (the same as the end-to-end search tests): typos, no accents.
var seedProbes = []synth.Probe{
	{Query: "mnuchin", WantID: "000_0e8d66ae8489baff"},
	{Query: "cazneuve", WantID: "001_2973584841e0011d"},
	{Query: "maiziere", WantID: "001_2973584841e0011d"},
	{Query: "appel de paris", WantID: "002_fab8e3d9eb0b6293"},
	{Query: "chine nouvelle", WantID: "003_dd828f76c7486ed3"},
}

// prepared is a corpus ready to serve: the built site, the data of the
// other engines, and the sizes that do not need a browser.
type prepared struct {
	spec    corpusSpec
	dir     string // work folder of this corpus
	siteDir string
	dataDir string // corpus.json and pagefind/, served at /_bench/data/
	sizes   staticSizes
}

// staticSizes are the figures read from disk.
type staticSizes struct {
	Articles      int
	TextBytes     int64 // titles and paragraphs, UTF-8
	TextGzip      int64
	WasmBytes     int64
	WasmGzip      int64
	IndexBytes    int64 // web/data/<data version>/index*
	IndexGzip     int64
	CatalogBytes  int64
	CatalogGzip   int64
	SiteBytes     int64 // every file of the site
	SiteFiles     int
	BuildSeconds  float64
	PagefindBytes int64 // the pagefind bundle (its files are compressed already)
	PagefindSecs  float64
}

// compileBuilder compiles the site builder of the repository src once.
func compileBuilder(src, work string) (string, error) {
	bin := filepath.Join(work, "lecteur-build")
	cmd := exec.Command("go", "build", "-o", bin, "./build")
	cmd.Dir = src
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("compile %s/build: %w", src, err)
	}
	return bin, nil
}

func prepare(c config, builder string, spec corpusSpec) (*prepared, error) {
	p := &prepared{spec: spec, dir: filepath.Join(c.work, spec.name)}
	p.siteDir = filepath.Join(p.dir, "site")
	p.dataDir = filepath.Join(p.dir, "data")
	if err := os.MkdirAll(p.dataDir, 0o755); err != nil {
		return nil, err
	}
	_, err := os.Stat(filepath.Join(p.siteDir, "index.html"))
	reuse := c.reuse && err == nil
	corpus := spec.source
	if corpus == "" {
		corpus = filepath.Join(p.dir, "corpus")
		arts := synth.Generate(spec.size, c.seed)
		if err := os.MkdirAll(corpus, 0o755); err != nil {
			return nil, err
		}
		for _, a := range arts {
			if reuse {
				break
			}
			if err := os.WriteFile(filepath.Join(corpus, a.ID+".txt"), []byte(a.Text()), 0o644); err != nil {
				return nil, err
			}
		}
		p.spec.probes = synth.Probes(arts, c.seed)
	}
	if reuse {
		logf("reusing the site in %s", p.siteDir)
	} else {
		logf("building the site of %s", corpus)
		start := time.Now()
		cmd := exec.Command(builder, "-corpus", corpus, "-out", p.siteDir, "-base", "/")
		cmd.Dir = c.src // the builder compiles ./app from there
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("build the site: %w\n%s", err, out.String())
		}
		p.sizes.BuildSeconds = time.Since(start).Seconds()
	}
	docs, err := siteDocs(p.siteDir)
	if err != nil {
		return nil, err
	}
	p.sizes.Articles = len(docs)
	var text bytes.Buffer
	for _, d := range docs {
		text.WriteString(d.Title + "\n" + d.Text + "\n")
	}
	p.sizes.TextBytes, p.sizes.TextGzip = int64(text.Len()), gzipSize(text.Bytes())
	if err := writeJSON(filepath.Join(p.dataDir, "corpus.json"), docs); err != nil {
		return nil, err
	}
	if err := p.siteSizes(); err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(p.dataDir, "pagefind")); contains(c.engines, "pagefind") && !(reuse && err == nil) {
		if err := p.pagefind(c.npm, docs); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// doc is one article as the other engines index it: the same title and
// text the site's search indexes, read back from the built site.
type doc struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// siteDocs reads every article from the site's text chunks, stored
// plain (text-NNN.json) or gzipped (text-NNN.json.gz) as the build writes
// them now.
func siteDocs(siteDir string) ([]doc, error) {
	chunks, err := filepath.Glob(filepath.Join(siteDir, "web", "data", "*", "text-*.json*"))
	if err != nil || len(chunks) == 0 {
		return nil, fmt.Errorf("no text chunks in %s/web/data: %v", siteDir, err)
	}
	var docs []doc
	for _, name := range chunks {
		data, err := readData(name)
		if err != nil {
			return nil, err
		}
		var texts []site.Text
		if err := json.Unmarshal(data, &texts); err != nil {
			return nil, fmt.Errorf("decode %s: %w", name, err)
		}
		for _, t := range texts {
			body := append(append([]string(nil), t.Captions...), t.Paragraphs...)
			docs = append(docs, doc{ID: t.ID, Title: t.Title, Text: strings.Join(body, "\n")})
		}
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	return docs, nil
}

// siteSizes measures the wasm, the index and the whole site.
func (p *prepared) siteSizes() error {
	s := &p.sizes
	var err error
	if s.WasmBytes, s.WasmGzip, err = fileSizes(filepath.Join(p.siteDir, "web", "app.wasm")); err != nil {
		return err
	}
	catalog, _ := filepath.Glob(filepath.Join(p.siteDir, "web", "data", "*", "catalog.json*"))
	if len(catalog) != 1 {
		return fmt.Errorf("%d catalogs in %s/web/data, want 1", len(catalog), p.siteDir)
	}
	if s.CatalogBytes, s.CatalogGzip, err = fileSizes(catalog[0]); err != nil {
		return err
	}
	index, _ := filepath.Glob(filepath.Join(p.siteDir, "web", "data", "*", "index*"))
	for _, name := range index {
		raw, gz, err := fileSizes(name)
		if err != nil {
			return err
		}
		s.IndexBytes += raw
		s.IndexGzip += gz
	}
	return filepath.WalkDir(p.siteDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		s.SiteBytes += info.Size()
		s.SiteFiles++
		return nil
	})
}

// pagefind writes one HTML page per article and indexes them with the
// pagefind CLI into dataDir/pagefind.
func (p *prepared) pagefind(npm string, docs []doc) error {
	src := filepath.Join(p.dir, "pagefind-src", "articles")
	if err := os.MkdirAll(src, 0o755); err != nil {
		return err
	}
	for _, d := range docs {
		var b strings.Builder
		b.WriteString("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + html.EscapeString(d.Title) + "</title></head><body>")
		b.WriteString("<main data-pagefind-body data-pagefind-meta=\"id:" + html.EscapeString(d.ID) + "\"><h1>" + html.EscapeString(d.Title) + "</h1>")
		for _, para := range strings.Split(d.Text, "\n") {
			b.WriteString("<p>" + html.EscapeString(para) + "</p>")
		}
		b.WriteString("</main></body></html>\n")
		name := filepath.Join(src, filepath.FromSlash(d.ID)+".html")
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
			return err
		}
	}
	bin, err := filepath.Abs(filepath.Join(npm, ".bin", "pagefind"))
	if err != nil {
		return err
	}
	out := filepath.Join(p.dataDir, "pagefind")
	logf("indexing %d pages with pagefind", len(docs))
	start := time.Now()
	cmd := exec.Command(bin, "--site", filepath.Dir(src), "--output-path", out, "--force-language", "fr", "--quiet")
	var log bytes.Buffer
	cmd.Stdout, cmd.Stderr = &log, &log
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("pagefind: %w\n%s", err, log.String())
	}
	p.sizes.PagefindSecs = time.Since(start).Seconds()
	return filepath.WalkDir(out, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err == nil {
			p.sizes.PagefindBytes += info.Size()
		}
		return err
	})
}

// fileSizes returns a file's size and its gzip size.
func fileSizes(name string) (raw, gz int64, err error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return 0, 0, err
	}
	return int64(len(data)), gzipSize(data), nil
}

// gzipSize is the size of data gzipped at the default level, about what a
// static host such as GitHub Pages sends.
func gzipSize(data []byte) int64 {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(data)
	w.Close()
	return int64(b.Len())
}

func writeJSON(name string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return os.WriteFile(name, data, 0o644)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// readData reads a data file of the site, unpacking it when it is stored
// gzipped (by its magic bytes, so the name's extension does not matter).
func readData(name string) ([]byte, error) {
	data, err := os.ReadFile(name)
	if err != nil || !bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		return data, err
	}
	z, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("unpack %s: %w", name, err)
	}
	defer z.Close()
	return io.ReadAll(z)
}
