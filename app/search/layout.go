package search

import (
	"encoding/binary"
	"errors"
	"sort"
	"strings"
	"unsafe"
)

// The index's head (documents, stems, terms) is stored as it is used:
// arrays of little-endian 32-bit numbers, each starting at a multiple of
// four bytes, and strings as one blob with a table of offsets. Decoding
// checks the sizes and the offsets and then reads the arrays where they
// lie in the loaded bytes: nothing per document or per term is built
// before the first search. At 100,000 articles the previous layout
// (varints, front-coded strings) took 0.7 s to decode in the browser.

// strTable is a sorted or numbered list of strings kept as one blob:
// string i is blob[off[i]:off[i+1]]. One string and one array, however
// many strings, so a decoded table points into the loaded bytes.
type strTable struct {
	blob string
	off  []uint32 // len n+1, off[0] == 0
}

// newStrTable joins list into a table.
func newStrTable(list []string) strTable {
	off := make([]uint32, 1, len(list)+1)
	var b strings.Builder
	for _, s := range list {
		b.WriteString(s)
		off = append(off, uint32(b.Len()))
	}
	return strTable{blob: b.String(), off: off}
}

func (s strTable) len() int {
	if len(s.off) == 0 {
		return 0
	}
	return len(s.off) - 1
}

func (s strTable) at(i int) string { return s.blob[s.off[i]:s.off[i+1]] }

// search returns the first index whose string is >= w, in a sorted table.
func (s strTable) search(w string) int {
	return sort.Search(s.len(), func(i int) bool { return s.at(i) >= w })
}

// list returns the strings as a slice, for tests and the build.
func (s strTable) list() []string {
	out := make([]string, s.len())
	for i := range out {
		out[i] = s.at(i)
	}
	return out
}

// littleEndian is true on the machines where the arrays can be read in
// place (WebAssembly, amd64, arm64); elsewhere they are copied.
var littleEndian = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}()

// aligned returns data, or a copy of it that starts at a multiple of
// four bytes, so that its arrays can be read in place.
func aligned(data []byte) []byte {
	if len(data) == 0 || uintptr(unsafe.Pointer(&data[0]))%4 == 0 {
		return data
	}
	words := make([]uint32, (len(data)+3)/4)
	b := unsafe.Slice((*byte)(unsafe.Pointer(&words[0])), len(data))
	copy(b, data)
	return b
}

// layoutWriter appends the head's numbers and blobs.
type layoutWriter struct{ b []byte }

func (w *layoutWriter) u32(v uint32) { w.b = binary.LittleEndian.AppendUint32(w.b, v) }

func (w *layoutWriter) i32s(v []int32) {
	for _, x := range v {
		w.u32(uint32(x))
	}
}

func (w *layoutWriter) u32s(v []uint32) {
	for _, x := range v {
		w.u32(x)
	}
}

// blob writes b and pads it to a multiple of four bytes.
func (w *layoutWriter) blob(b string) {
	w.b = append(w.b, b...)
	for len(w.b)%4 != 0 {
		w.b = append(w.b, 0)
	}
}

// table writes a strTable: its count, its offsets, its blob.
func (w *layoutWriter) table(s strTable) {
	w.u32(uint32(s.len()))
	if s.len() == 0 {
		w.u32(0) // the one offset of an empty table
	} else {
		w.u32s(s.off)
	}
	w.blob(s.blob)
}

// layoutReader reads what layoutWriter wrote, in place; the first error
// stops it, so that bad input never panics.
type layoutReader struct {
	b   []byte // aligned to four bytes
	off int
	err error
}

func (r *layoutReader) fail(msg string) {
	if r.err == nil {
		r.err = errors.New(msg)
	}
}

func (r *layoutReader) u32() uint32 {
	if r.err != nil {
		return 0
	}
	if len(r.b)-r.off < 4 {
		r.fail("truncated")
		return 0
	}
	v := binary.LittleEndian.Uint32(r.b[r.off:])
	r.off += 4
	return v
}

// count reads a count of items of at least size bytes each, refusing one
// the rest of the data cannot hold.
func (r *layoutReader) count(size int) int {
	v := r.u32()
	if uint64(v)*uint64(size) > uint64(len(r.b)-r.off) {
		r.fail("count larger than the data")
		return 0
	}
	return int(v)
}

// u32s returns the next n numbers, in place where it can.
func (r *layoutReader) u32s(n int) []uint32 {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > (len(r.b)-r.off)/4 {
		r.fail("truncated")
		return nil
	}
	b := r.b[r.off : r.off+4*n]
	r.off += 4 * n
	if n == 0 {
		return []uint32{}
	}
	if littleEndian {
		return unsafe.Slice((*uint32)(unsafe.Pointer(&b[0])), n)
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}

func (r *layoutReader) i32s(n int) []int32 {
	u := r.u32s(n)
	if u == nil {
		return nil
	}
	return unsafe.Slice((*int32)(unsafe.Pointer(unsafe.SliceData(u))), len(u))
}

// blob returns the next n bytes and skips their padding.
func (r *layoutReader) blob(n int) []byte {
	if r.err != nil {
		return nil
	}
	padded := (n + 3) &^ 3
	if n < 0 || padded > len(r.b)-r.off {
		r.fail("truncated")
		return nil
	}
	b := r.b[r.off : r.off+n]
	r.off += padded
	return b
}

// offsets reads n+1 offsets into a blob of the size of the last one,
// checking they never go back.
func (r *layoutReader) offsets(n int) []uint32 {
	off := r.u32s(n + 1)
	if r.err != nil {
		return nil
	}
	if off[0] != 0 {
		r.fail("offsets do not start at 0")
		return nil
	}
	for i := 1; i < len(off); i++ {
		if off[i] < off[i-1] {
			r.fail("offsets go back")
			return nil
		}
	}
	return off
}

// table reads a strTable; its strings point into the data.
func (r *layoutReader) table() strTable {
	n := r.count(4)
	off := r.offsets(n)
	if r.err != nil {
		return strTable{}
	}
	b := r.blob(int(off[n]))
	if r.err != nil {
		return strTable{}
	}
	return strTable{blob: unsafe.String(unsafe.SliceData(b), len(b)), off: off}
}
