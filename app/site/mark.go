package site

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
)

// MarshalJSON writes a mark as an array, [start, end, "type", "entity"],
// with a 1 after them when it is Low: as an object with named fields the
// marks were 40 % of the text chunks (58 bytes a mark at 10,000
// articles, 30 as an array), and at 100,000 articles every byte of an
// article's data is 100 KB of a site GitHub Pages caps at 1 GB.
func (m Mark) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 16+len(m.Type)+len(m.Entity))
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(m.Start), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(m.End), 10)
	b = append(b, ',')
	b = appendJSONString(b, m.Type)
	b = append(b, ',')
	b = appendJSONString(b, m.Entity)
	if m.Low {
		b = append(b, ",1"...)
	}
	return append(b, ']'), nil
}

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

// UnmarshalJSON reads a mark as MarshalJSON writes it, or as an object.
// It parses the array itself: the browser decodes the text chunks of a
// search's results while the reader types.
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
		p.err = errors.New("trailing data")
	}
	if p.err != nil {
		return fmt.Errorf("mark %.40s: %w", b, p.err)
	}
	*m = Mark{Start: start, End: end, Type: typ, Entity: entity, Low: low}
	return nil
}

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
			p.err = fmt.Errorf("want %q at byte %d", c, p.i)
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
		p.err = fmt.Errorf("want a number at byte %d", p.i)
		return 0
	}
	p.i = j
	return n
}

func (p *markParser) string() string {
	if p.peek() != '"' {
		if p.err == nil {
			p.err = fmt.Errorf("want a string at byte %d", p.i)
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
	p.err = errors.New("unterminated string")
	return ""
}

// appendJSONString appends s as a JSON string: quotes, backslashes and
// control characters escaped, the rest as it is (JSON is UTF-8).
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20:
			b = append(b, `\u00`...)
			b = append(b, "0123456789abcdef"[c>>4], "0123456789abcdef"[c&15])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}
