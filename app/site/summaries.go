package site

import (
	"encoding/binary"
	"errors"
	"strconv"
	"unsafe"
)

// The article list (ArticlesFile) is the one file every first search
// waits for whole, so it is binary, not JSON: in the browser,
// encoding/json took about a second to decode the 10,000 summaries of a
// 1 MB list (reflection over each field, in WebAssembly), and was the
// largest part of the time to the first result.
//
// Layout: the magic "LSUM2", the number of summaries (uvarint), then for
// each summary its fields in the order of Summary: every string as its
// length (uvarint) and bytes, Authors as a count then strings, Words,
// Chunk and Versions as uvarints. Strings repeated across summaries
// (sources, places, languages, dates) are written once in a table that
// follows the count and referred to by number. Between the table and the
// summaries, where every summaryBlock-th summary starts (a little-endian
// uint32 each, from the first summary): the early search finds the titles
// of its first results by their number (FindSummaries) instead of reading
// the list up to them, at 100,000 articles most of a 6 MB list.

const summariesMagic = "LSUM2"

// summaryBlock is how many summaries one entry of the block table
// covers: finding summary n reads at most summaryBlock-1 others, and the
// table adds 4 bytes every summaryBlock summaries (6 kB at 100,000).
const summaryBlock = 64

// EncodeSummaries encodes list as the article list file.
func EncodeSummaries(list []Summary) []byte {
	var table []string
	index := map[string]int{}
	ref := func(s string) int {
		n, ok := index[s]
		if !ok {
			n = len(table)
			index[s] = n
			table = append(table, s)
		}
		return n
	}
	var body []byte
	putString := func(s string) {
		body = binary.AppendUvarint(body, uint64(len(s)))
		body = append(body, s...)
	}
	var blocks []byte
	for i, s := range list {
		if i%summaryBlock == 0 {
			blocks = binary.LittleEndian.AppendUint32(blocks, uint32(len(body)))
		}
		putString(s.ID)
		putString(s.Title)
		body = binary.AppendUvarint(body, uint64(ref(s.Date)))
		body = binary.AppendUvarint(body, uint64(ref(s.Source)))
		body = binary.AppendUvarint(body, uint64(ref(s.Place)))
		body = binary.AppendUvarint(body, uint64(len(s.Authors)))
		for _, a := range s.Authors {
			body = binary.AppendUvarint(body, uint64(ref(a)))
		}
		body = binary.AppendUvarint(body, uint64(ref(s.Lang)))
		putString(s.Lede)
		body = binary.AppendUvarint(body, uint64(s.Words))
		body = binary.AppendUvarint(body, uint64(s.Chunk))
		body = binary.AppendUvarint(body, uint64(ref(s.Story)))
		body = binary.AppendUvarint(body, uint64(s.Versions))
	}
	out := append([]byte(summariesMagic), binary.AppendUvarint(nil, uint64(len(list)))...)
	out = binary.AppendUvarint(out, uint64(len(table)))
	for _, s := range table {
		out = binary.AppendUvarint(out, uint64(len(s)))
		out = append(out, s...)
	}
	out = append(out, blocks...)
	return append(out, body...)
}

// DecodeSummaries decodes an article list file written by EncodeSummaries.
func DecodeSummaries(b []byte) ([]Summary, error) {
	r, table, n, _, err := openSummaries(string(b))
	if err != nil {
		return nil, err
	}
	list := make([]Summary, n)
	for i := range list {
		r.summary(&list[i], table, true)
		if r.err != nil {
			return nil, listError("summary "+strconv.Itoa(i)+": ", r.err)
		}
	}
	if r.err != nil {
		return nil, listError("", r.err)
	}
	if r.i != len(b) {
		return nil, errors.New("article list: " + strconv.Itoa(len(b)-r.i) + " bytes after the last summary")
	}
	return list, nil
}

// SummaryList is an article list file kept as it is, with where each
// summary starts: a summary is decoded when asked for. Decoded whole, the
// 100,000 summaries of a 6 MB list took 17 MB of the browser's
// WebAssembly memory, and a page needs a few dozen of them.
type SummaryList struct {
	r       summaryReader
	table   []string
	offsets []uint32
}

// OpenSummaries reads an article list file written by EncodeSummaries,
// checking it whole, so that At cannot fail.
func OpenSummaries(b []byte) (*SummaryList, error) {
	if len(b) > 1<<32-1 {
		return nil, errors.New("article list: over 4 GB")
	}
	r, table, n, _, err := openSummaries(string(b))
	if err != nil {
		return nil, err
	}
	l := &SummaryList{table: table, offsets: make([]uint32, n)}
	var s Summary
	for i := range l.offsets {
		l.offsets[i] = uint32(r.i)
		r.summary(&s, table, false)
		if r.err != nil {
			return nil, listError("summary "+strconv.Itoa(i)+": ", r.err)
		}
	}
	if r.i != len(b) {
		return nil, errors.New("article list: " + strconv.Itoa(len(b)-r.i) + " bytes after the last summary")
	}
	l.r = *r
	return l, nil
}

// Len returns the number of summaries.
func (l *SummaryList) Len() int { return len(l.offsets) }

// At returns summary i, its strings slices of the file.
func (l *SummaryList) At(i int) Summary {
	r := l.r
	r.i = int(l.offsets[i])
	var s Summary
	r.summary(&s, l.table, true)
	return s
}

// ID returns the id of summary i, without decoding the rest.
func (l *SummaryList) ID(i int) string {
	r := l.r
	r.i = int(l.offsets[i])
	return r.str()
}

// FindSummaries returns the summaries of the articles ids (those the list
// has) from an article list file, decoding only those: the early search
// (app/earlysearch) shows the titles of its first results from the list
// before anything else needs it whole, and at 10,000 articles decoding it
// all took half a second in WebAssembly. docs[i], when there, is where
// ids[i] is expected in the list (its document number in the search
// index, which numbers the articles in the list's order): it is read
// there, through the block table, and looked for from the start only
// when it is not (reading the list up to the last result took 60 to
// 130 ms at 100,000 articles).
func FindSummaries(b []byte, ids []string, docs []int) (map[string]Summary, error) {
	// No copy of the list: the early search reads a few summaries of a
	// list of up to several megabytes, which it then drops (the copy
	// alone took longer than finding them). The summaries returned are
	// slices of b, which must not change.
	var sb string
	if len(b) > 0 {
		sb = unsafe.String(&b[0], len(b))
	}
	r, table, n, blocks, err := openSummaries(sb)
	if err != nil {
		return nil, err
	}
	first := r.i
	found := make(map[string]Summary, len(ids))
	want := map[string]bool{}
	for k, id := range ids {
		if k < len(docs) && docs[k] >= 0 && docs[k] < n {
			d := docs[k]
			r.i = first + int(blocks[d/summaryBlock])
			var s Summary
			for j := d - d%summaryBlock; j < d; j++ {
				r.summary(&s, table, false)
			}
			r.summary(&s, table, true)
			if r.err != nil {
				return nil, listError("summary "+strconv.Itoa(d)+": ", r.err)
			}
			if s.ID == id {
				found[id] = s
				continue
			}
		}
		want[id] = true
	}
	r.i = first
	for i := 0; i < n && len(want) > 0; i++ {
		var s Summary
		start := r.i
		r.summary(&s, table, false)
		if r.err != nil {
			return nil, listError("summary "+strconv.Itoa(i)+": ", r.err)
		}
		if want[s.ID] {
			r.i = start
			r.summary(&s, table, true)
			found[s.ID] = s
			delete(want, s.ID)
		}
	}
	return found, nil
}

// openSummaries checks the magic of an article list and reads its count,
// string table and block table (where every summaryBlock-th summary
// starts, from the first), leaving r at the first summary. The file is
// a string, which every string decoded is a slice of: no allocation per
// string (two thirds of the decoding time).
func openSummaries(b string) (r *summaryReader, table []string, n int, blocks []uint32, err error) {
	if len(b) < len(summariesMagic) || b[:len(summariesMagic)] != summariesMagic {
		return nil, nil, 0, nil, errors.New("not an article list (bad magic)")
	}
	r = &summaryReader{s: b, i: len(summariesMagic)}
	n = r.count()
	table = make([]string, r.count())
	for i := range table {
		table[i] = r.str()
	}
	if r.err != nil {
		return nil, nil, 0, nil, listError("", r.err)
	}
	nb := (n + summaryBlock - 1) / summaryBlock
	if len(b)-r.i < 4*nb {
		return nil, nil, 0, nil, listError("", errors.New("block table cut short"))
	}
	bodyLen := len(b) - r.i - 4*nb
	blocks = make([]uint32, nb)
	for i := range blocks {
		blocks[i] = uint32(b[r.i]) | uint32(b[r.i+1])<<8 | uint32(b[r.i+2])<<16 | uint32(b[r.i+3])<<24
		r.i += 4
		if i > 0 && blocks[i] <= blocks[i-1] || int64(blocks[i]) >= int64(bodyLen) {
			return nil, nil, 0, nil, listError("", errors.New("block table out of order or past the end"))
		}
	}
	if nb > 0 && blocks[0] != 0 {
		return nil, nil, 0, nil, listError("", errors.New("block table does not start at the first summary"))
	}
	return r, table, n, blocks, nil
}

// summary reads one summary into s, its strings slices of the file; with
// authors false it skips the authors without allocating their list.
func (r *summaryReader) summary(s *Summary, table []string, authors bool) {
	ref := func() string {
		k := r.uvarint()
		if k >= uint64(len(table)) {
			r.fail(errors.New("string " + strconv.FormatUint(k, 10) + " of a table of " + strconv.Itoa(len(table))))
			return ""
		}
		return table[k]
	}
	s.ID = r.str()
	s.Title = r.str()
	s.Date, s.Source, s.Place = ref(), ref(), ref()
	if na := r.count(); na > 0 {
		if authors {
			s.Authors = make([]string, na)
		}
		for k := 0; k < na; k++ {
			if a := ref(); authors {
				s.Authors[k] = a
			}
		}
	}
	s.Lang = ref()
	s.Lede = r.str()
	s.Words, s.Chunk = int(r.uvarint()), int(r.uvarint())
	s.Story = ref()
	s.Versions = int(r.uvarint())
}

// listError is a decoding error of the article list, where says where.
// It is built without fmt, as search.wasm (app/earlysearch), which decodes
// the list, links no fmt (see app/search's shardError).
func listError(where string, err error) error {
	return &wrapped{"article list: " + where + err.Error(), err}
}

// wrapped is an error with its own message around another one.
type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg }
func (w *wrapped) Unwrap() error { return w.err }

// summaryReader reads uvarints and strings, keeping the first error and
// returning zero values after it, so that a truncated file is one error.
// It reads a string, not the file's bytes: a SummaryList or Facets keeps
// its file as that one string, which its strings are slices of, and the
// bytes fetched can go.
type summaryReader struct {
	s   string
	i   int
	err error
}

func (r *summaryReader) fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

// uvarint reads an unsigned varint as encoding/binary writes it.
func (r *summaryReader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	var v uint64
	for k := 0; k < binary.MaxVarintLen64 && r.i < len(r.s); k++ {
		c := r.s[r.i]
		r.i++
		if c < 0x80 {
			if k == binary.MaxVarintLen64-1 && c > 1 {
				break // overflows 64 bits
			}
			return v | uint64(c)<<(7*k)
		}
		v |= uint64(c&0x7f) << (7 * k)
	}
	r.fail(errors.New("truncated"))
	return 0
}

// count reads a number of things each taking at least a byte, so that a
// corrupt count never makes a huge allocation.
func (r *summaryReader) count() int {
	v := r.uvarint()
	if v > uint64(len(r.s)-r.i) {
		r.fail(errors.New("count " + strconv.FormatUint(v, 10) + " with " + strconv.Itoa(len(r.s)-r.i) + " bytes left"))
		return 0
	}
	return int(v)
}

func (r *summaryReader) str() string {
	n := r.count()
	if r.err != nil {
		return ""
	}
	s := r.s[r.i : r.i+n]
	r.i += n
	return s
}
