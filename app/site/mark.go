package site

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
)

// markObject is a Mark as an object with named fields, as marks were
// written before MarshalJSON: a reader's own articles kept in a browser
// (and the build's caches) may hold them so.
type markObject struct {
	Start  int    `json:"s"`
	End    int    `json:"e"`
	Type   string `json:"t"`
	Entity string `json:"id,omitempty"`
	Low    bool   `json:"l,omitempty"`
}

// UnmarshalJSON reads a mark as MarshalJSON writes it, or as an object
// (as the browser writes marks: MarshalJSON is the build's alone, to keep
// it out of app.wasm). It parses the array itself: the browser decodes
// the text chunks of a search's results while the reader types.
func (m *Mark) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '{' {
		var o markObject
		if err := json.Unmarshal(b, &o); err != nil {
			return err
		}
		*m = Mark(o)
		return nil
	}
	p := markParser{b: b}
	p.expect('[')
	start := p.int()
	p.expect(',')
	end := p.int()
	p.expect(',')
	typ := p.string()
	p.expect(',')
	entity := p.string()
	low := false
	if p.peek() == ',' {
		p.expect(',')
		low = p.int() != 0
	}
	p.expect(']')
	if p.err == nil && p.i != len(p.b) {
		p.err = errBadMark
	}
	if p.err != nil {
		return p.err
	}
	*m = Mark{Start: start, End: end, Type: typ, Entity: entity, Low: low}
	return nil
}

// errBadMark is the error of a mark that is neither an array as
// MarshalJSON writes it nor an object.
var errBadMark = errors.New("bad entity mark: want [start, end, type, entity]")

// markParser reads the parts of a mark's array; the first error stops it.
type markParser struct {
	b   []byte
	i   int
	err error
}

func (p *markParser) skipSpace() {
	for p.i < len(p.b) && (p.b[p.i] == ' ' || p.b[p.i] == '\n' || p.b[p.i] == '\t' || p.b[p.i] == '\r') {
		p.i++
	}
}

func (p *markParser) peek() byte {
	p.skipSpace()
	if p.err != nil || p.i >= len(p.b) {
		return 0
	}
	return p.b[p.i]
}

func (p *markParser) expect(c byte) {
	if p.peek() != c {
		if p.err == nil {
			p.err = errBadMark
		}
		return
	}
	p.i++
}

func (p *markParser) int() int {
	p.skipSpace()
	j := p.i
	if j < len(p.b) && p.b[j] == '-' {
		j++
	}
	for j < len(p.b) && p.b[j] >= '0' && p.b[j] <= '9' {
		j++
	}
	if p.err != nil {
		return 0
	}
	n, err := strconv.Atoi(string(p.b[p.i:j]))
	if err != nil {
		p.err = errBadMark
		return 0
	}
	p.i = j
	return n
}

func (p *markParser) string() string {
	if p.peek() != '"' {
		if p.err == nil {
			p.err = errBadMark
		}
		return ""
	}
	escaped := false
	for j := p.i + 1; j < len(p.b); j++ {
		switch p.b[j] {
		case '\\':
			escaped = true
			j++
		case '"':
			raw := p.b[p.i : j+1]
			p.i = j + 1
			if !escaped {
				return string(raw[1 : len(raw)-1])
			}
			var s string
			if err := json.Unmarshal(raw, &s); err != nil {
				p.err = err
			}
			return s
		}
	}
	p.err = errBadMark
	return ""
}
