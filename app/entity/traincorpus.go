package entity

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The training corpora come as one token a line with its tag. ReadTrainDir
// rebuilds their text (so that training sees our own tokens, as Recognize
// does) with the gold mentions as rune offsets, cut into article-sized
// documents of paragraph-sized blocks.

const (
	sentencesPerBlock = 4
	blocksPerDoc      = 10
)

// ReadTrainDir reads every training file under dir: "*.bio" files in the
// Europeana Newspapers format ("token TAG" lines, IO or BIO tags) and
// "*.tsv" files in the HIPE format (NewsEye, CLEF-HIPE). It returns the
// documents and one line per file read.
func ReadTrainDir(dir string) ([]TrainDoc, []string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && (strings.HasSuffix(path, ".bio") || strings.HasSuffix(path, ".tsv")) {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	sort.Strings(files)
	var docs []TrainDoc
	var report []string
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, err
		}
		var ds []TrainDoc
		if strings.HasSuffix(path, ".bio") {
			ds, err = readBIO(f)
		} else {
			ds, err = readHIPE(f)
		}
		f.Close()
		if err != nil {
			return nil, nil, fmt.Errorf("read %s: %w", path, err)
		}
		toks, ments := 0, 0
		for _, d := range ds {
			for _, b := range d.Blocks {
				toks += len(strings.Fields(b))
			}
			ments += len(d.Spans)
		}
		report = append(report, fmt.Sprintf("%s: %d documents, %d words, %d mentions", path, len(ds), toks, ments))
		src := sourceOf(dir, path)
		for i := range ds {
			ds[i].Source = src
		}
		docs = append(docs, ds...)
	}
	return docs, report, nil
}

// sourceOf names a training file's source: its first folder under dir
// ("europeana-fr"), or its name without extension when it sits in dir.
func sourceOf(dir, path string) string {
	rel, err := filepath.Rel(dir, path)
	if err != nil {
		return filepath.Base(path)
	}
	first, _, ok := strings.Cut(filepath.ToSlash(rel), "/")
	if !ok {
		return strings.TrimSuffix(first, filepath.Ext(first))
	}
	return first
}

// rawToken is one token of a training file.
type rawToken struct {
	text    string
	tag     string // "B-PER", "I-LOC", "O"
	noSpace bool   // no space after it
	endSent bool
	endDoc  bool
}

// readBIO reads the Europeana format: "token tag" lines; sentences end at
// ".", "!" or "?".
func readBIO(r io.Reader) ([]TrainDoc, error) {
	var toks []rawToken
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexAny(line, " \t")
		if i <= 0 {
			continue
		}
		text, tag := strings.TrimSpace(line[:i]), line[i+1:]
		t := rawToken{text: text, tag: tag}
		t.endSent = text == "." || text == "!" || text == "?"
		t.noSpace = strings.HasSuffix(text, "'") || strings.HasSuffix(text, "’") || text == "(" || text == "«"
		toks = append(toks, t)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return assemble(toks), nil
}

// readHIPE reads the HIPE TSV format: TOKEN and NE-COARSE-LIT columns, a
// MISC column with NoSpaceAfter, EndOfLine and EndOfSentence, and
// "# hipe2022:document_id" lines between documents. Words hyphenated at a
// line end ("Poin¬" + "caré") are joined back.
func readHIPE(r io.Reader) ([]TrainDoc, error) {
	var toks []rawToken
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	col := map[string]int{}
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "TOKEN\t") {
			for i, c := range strings.Split(line, "\t") {
				col[c] = i
			}
			continue
		}
		if strings.HasPrefix(line, "#") {
			if strings.Contains(line, "document_id") && len(toks) > 0 {
				toks[len(toks)-1].endDoc = true
			}
			continue
		}
		if strings.TrimSpace(line) == "" || len(col) == 0 {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) <= col["MISC"] {
			continue
		}
		misc := f[col["MISC"]]
		t := rawToken{text: f[col["TOKEN"]], tag: f[col["NE-COARSE-LIT"]]}
		t.noSpace = strings.Contains(misc, "NoSpaceAfter")
		t.endSent = strings.Contains(misc, "EndOfSentence")
		if strings.HasSuffix(t.text, "¬") && strings.Contains(misc, "EndOfLine") {
			t.text = strings.TrimSuffix(t.text, "¬")
			t.noSpace = true
		}
		if strings.HasSuffix(t.tag, "HumanProd") {
			t.tag = "O"
		}
		toks = append(toks, t)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return assemble(toks), nil
}

// assemble rebuilds documents from tokens: text with spaces where the
// source had them, blocks of a few sentences, documents of a few blocks,
// and the mentions with titles ("M.", "Mme") left out of people's names.
func assemble(toks []rawToken) []TrainDoc {
	var docs []TrainDoc
	var doc TrainDoc
	var block strings.Builder
	blockRunes, sents := 0, 0
	type open struct {
		typ   Type
		start int
	}
	var cur *open
	lastEnd := 0
	closeSpan := func() {
		if cur != nil && lastEnd > cur.start {
			doc.Spans = append(doc.Spans, TrainSpan{Block: len(doc.Blocks), Start: cur.start, End: lastEnd, Type: cur.typ})
		}
		cur = nil
	}
	flushBlock := func() {
		closeSpan()
		if s := strings.TrimSpace(block.String()); s != "" {
			doc.Blocks = append(doc.Blocks, block.String())
		}
		block.Reset()
		blockRunes, sents = 0, 0
	}
	flushDoc := func() {
		flushBlock()
		if len(doc.Blocks) > 0 {
			docs = append(docs, doc)
		}
		doc = TrainDoc{}
	}
	for i, t := range toks {
		typ, begin := Type(""), false
		switch {
		case strings.HasPrefix(t.tag, "B-"):
			typ, begin = Type(t.tag[2:]), true
		case strings.HasPrefix(t.tag, "I-"):
			typ = Type(t.tag[2:])
		}
		if typ != PER && typ != ORG && typ != LOC {
			typ = ""
		}
		if cur != nil && (typ != cur.typ || begin) {
			closeSpan()
		}
		// A title opening a person's name stays out of the mention.
		title := typ == PER && cur == nil && (titles[strings.TrimSuffix(t.text, ".")] || (t.text == "." && i > 0 && titles[toks[i-1].text] && Type(strings.TrimPrefix(strings.TrimPrefix(toks[i-1].tag, "B-"), "I-")) == PER))
		start := blockRunes
		block.WriteString(t.text)
		blockRunes += len([]rune(t.text))
		if typ != "" && cur == nil && !title {
			cur = &open{typ: typ, start: start}
		}
		if cur != nil {
			lastEnd = blockRunes
		}
		if !t.noSpace {
			block.WriteByte(' ')
			blockRunes++
		}
		if t.endSent {
			sents++
		}
		switch {
		case t.endDoc:
			flushDoc()
		case t.endSent && sents >= sentencesPerBlock:
			flushBlock()
			if len(doc.Blocks) >= blocksPerDoc {
				flushDoc()
			}
		}
	}
	flushDoc()
	return docs
}

// ReadGoldDir reads a gold folder (<slug>.txt with <slug>.gold, the format
// of testdata/own and of the real-news gold set) as training documents:
// each gold mention is marked at every place its text occurs in the
// article, longest first, on word boundaries. DATE lines are left out:
// dates are the rules' job.
func ReadGoldDir(dir string) ([]TrainDoc, error) {
	return readGoldDir(dir, GoldSource, false)
}

// ReadSilverDir reads a gold folder of third-party press articles (the
// real-news gold sets) as training documents of SilverSource. Their gold
// was written as distinct (type, surface) lines, not marked in place, so
// its projection onto the words is careful where ReadGoldDir trusts our
// own articles: an occurrence whose first letter's case differs from the
// gold surface's stays unmarked ("orange" is no "Orange"), and a block in
// which a surface of two types occurs ("Biarritz" the town and the club
// of a match report) is left out, rather than taught one type or none.
func ReadSilverDir(dir string) ([]TrainDoc, error) {
	return readGoldDir(dir, SilverSource, true)
}

func readGoldDir(dir, source string, careful bool) ([]TrainDoc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var docs []TrainDoc
	for _, file := range files {
		text, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		gold, err := os.ReadFile(strings.TrimSuffix(file, ".txt") + ".gold")
		if err != nil {
			return nil, err
		}
		var blocks []string
		for _, line := range strings.Split(string(text), "\n") {
			if line = strings.TrimSpace(line); line != "" {
				blocks = append(blocks, line)
			}
		}
		ms, ambiguous := goldMentions(string(gold))
		d := TrainDoc{Source: source}
		for _, block := range blocks {
			toks := tokenize(block)
			if careful && mentionsAny(toks, ambiguous) {
				continue
			}
			b := len(d.Blocks)
			d.Blocks = append(d.Blocks, block)
			taken := make([]bool, len(toks))
			for _, m := range ms {
				want := Fold(m.text)
				n := len(tokenize(m.text))
				for i := 0; i+n <= len(toks); i++ {
					if !free(taken, i, i+n) || keyOf(toks, i, i+n) != want {
						continue
					}
					if careful && !sameInitialCase(toks[i].text, m.text) {
						continue
					}
					for k := i; k < i+n; k++ {
						taken[k] = true
					}
					d.Spans = append(d.Spans, TrainSpan{Block: b, Start: toks[i].start, End: toks[i+n-1].end, Type: m.typ})
				}
			}
		}
		if len(d.Blocks) > 0 {
			docs = append(docs, d)
		}
	}
	return docs, nil
}

// goldMention is one PER, ORG or LOC line of a gold file.
type goldMention struct {
	typ  Type
	text string
}

// goldMentions reads a gold file's PER, ORG and LOC lines, longest first,
// and the folded surfaces given two types or more.
func goldMentions(gold string) ([]goldMention, map[string]bool) {
	var ms []goldMention
	types := map[string]Type{}
	ambiguous := map[string]bool{}
	for _, line := range strings.Split(gold, "\n") {
		typ, text, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if !ok || (Type(typ) != PER && Type(typ) != ORG && Type(typ) != LOC) {
			continue
		}
		ms = append(ms, goldMention{Type(typ), text})
		key := Fold(text)
		if t, seen := types[key]; seen && t != Type(typ) {
			ambiguous[key] = true
		}
		types[key] = Type(typ)
	}
	sort.SliceStable(ms, func(i, j int) bool { return len([]rune(ms[i].text)) > len([]rune(ms[j].text)) })
	return ms, ambiguous
}

// mentionsAny reports whether one of the folded surfaces occurs in toks
// on word boundaries.
func mentionsAny(toks []token, surfaces map[string]bool) bool {
	for s := range surfaces {
		n := len(tokenize(s))
		for i := 0; i+n <= len(toks); i++ {
			if keyOf(toks, i, i+n) == s {
				return true
			}
		}
	}
	return false
}

// sameInitialCase reports whether a and b start with letters of the same
// case.
func sameInitialCase(a, b string) bool {
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return unicode.IsUpper(ra) == unicode.IsUpper(rb)
}
