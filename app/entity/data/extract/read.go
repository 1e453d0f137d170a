package main

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// isName keeps capitalised words of at least min letters made of letters
// and the characters of also, with at least one lower-case letter: not
// acronyms, not formulas.
func isName(w string, min int, also string) bool {
	rs := []rune(w)
	if len(rs) < min || !unicode.IsUpper(rs[0]) {
		return false
	}
	lower := false
	for _, r := range rs {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsLetter(r), strings.ContainsRune(also, r):
		default:
			return false
		}
	}
	return lower
}

// readMo reads a GNU gettext .mo catalogue: GeoNames id (or admin code)
// to name.
func readMo(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read catalogue: %w", err)
	}
	if len(b) < 28 {
		return nil, errors.New("catalogue too short")
	}
	var bo binary.ByteOrder = binary.LittleEndian
	if bo.Uint32(b) != 0x950412de {
		bo = binary.BigEndian
	}
	n := int(bo.Uint32(b[8:]))
	orig := int(bo.Uint32(b[12:]))
	tr := int(bo.Uint32(b[16:]))
	out := map[string]string{}
	for i := 0; i < n; i++ {
		ol, oo := int(bo.Uint32(b[orig+8*i:])), int(bo.Uint32(b[orig+8*i+4:]))
		l, o := int(bo.Uint32(b[tr+8*i:])), int(bo.Uint32(b[tr+8*i+4:]))
		if oo+ol > len(b) || o+l > len(b) {
			return nil, fmt.Errorf("entry %d out of range", i)
		}
		if s := string(b[o : o+l]); s != "" && !strings.Contains(s, "\n") {
			out[string(b[oo:oo+ol])] = s
		}
	}
	return out, nil
}

// readLines reads a list, one entry a line, without blank lines and
// comments.
func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out, sc.Err()
}

// regionCodes lists ISO 3166 two-letter codes and UN M.49 continents.
func regionCodes() []string {
	var codes []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			codes = append(codes, string([]rune{a, b}))
		}
	}
	return append(codes, "002", "009", "019", "021", "142", "150", "005", "013", "029", "145", "151", "154", "155", "039")
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// listText is a list as its file holds it, one entry a line.
func listText(words []string) string {
	return strings.Join(words, "\n") + "\n"
}

// foldedLines returns the folded lines of the lists names in out, with
// Grammalecte's French words (dic), as one set: the names towns() and
// worldTowns() leave out.
func foldedLines(out, dic string, names ...string) (map[string]bool, error) {
	set := map[string]bool{}
	for _, name := range names {
		ws, err := readLines(filepath.Join(out, name))
		if err != nil {
			return nil, err
		}
		for _, w := range ws {
			set[fold(w)] = true
		}
	}
	return set, addFrenchWords(dic, set)
}
