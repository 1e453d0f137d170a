package story

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// sketchMagic opens an encoded list of sketches; its digit changes with
// the format, Hashes or the shingling.
const sketchMagic = "LSK1"

// EncodeSketches writes sketches compactly, in order: the magic "LSK1",
// the count and Hashes as uvarints, then for each sketch its Shingles as
// a uvarint and its Min values as little-endian uint16s (about 258 bytes
// a sketch; they are hashes, so gzip gains nothing).
func EncodeSketches(sketches []Sketch) []byte {
	b := make([]byte, 0, len(sketchMagic)+2*binary.MaxVarintLen64+len(sketches)*(3+2*Hashes))
	b = append(b, sketchMagic...)
	b = binary.AppendUvarint(b, uint64(len(sketches)))
	b = binary.AppendUvarint(b, Hashes)
	for i := range sketches {
		b = binary.AppendUvarint(b, uint64(sketches[i].Shingles))
		for _, m := range sketches[i].Min {
			b = binary.LittleEndian.AppendUint16(b, m)
		}
	}
	return b
}

// DecodeSketches reads what EncodeSketches wrote.
func DecodeSketches(b []byte) ([]Sketch, error) {
	if len(b) < len(sketchMagic) || string(b[:len(sketchMagic)]) != sketchMagic {
		return nil, errors.New("sketches: not a sketch file of this version")
	}
	b = b[len(sketchMagic):]
	n, k := binary.Uvarint(b)
	if k <= 0 {
		return nil, errors.New("sketches: bad count")
	}
	b = b[k:]
	h, k := binary.Uvarint(b)
	if k <= 0 || h != Hashes {
		return nil, fmt.Errorf("sketches: %d hashes a sketch, want %d", h, Hashes)
	}
	b = b[k:]
	if n > uint64(len(b))/(1+2*Hashes) {
		return nil, fmt.Errorf("sketches: %d sketches do not fit in %d bytes", n, len(b))
	}
	out := make([]Sketch, n)
	for i := range out {
		s, k := binary.Uvarint(b)
		if k <= 0 || len(b) < k+2*Hashes {
			return nil, fmt.Errorf("sketches: sketch %d is cut short", i)
		}
		out[i].Shingles = int(s)
		b = b[k:]
		for j := range out[i].Min {
			out[i].Min[j] = binary.LittleEndian.Uint16(b[2*j:])
		}
		b = b[2*Hashes:]
	}
	if len(b) != 0 {
		return nil, fmt.Errorf("sketches: %d bytes after the last sketch", len(b))
	}
	return out, nil
}
