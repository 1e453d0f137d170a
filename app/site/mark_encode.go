//go:build !js

package site

import "strconv"

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
