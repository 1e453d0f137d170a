package articlecache

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Packs keeps sets of files a build made as a whole, one pack file per
// key, so that a build whose inputs have not changed uses them again: the
// prerendered pages (at 10,000 articles, prerendering with the app's own
// components is the largest part of a rebuild once articles and mentions
// come from their caches) and the compiled WebAssembly programs (linking
// them takes seconds even when Go's own cache holds every package). The
// key is the caller's hash of everything the files depend on; any change
// makes them again. Only the newest keepPacks packs are kept: a pack may
// hold a whole site's pages.
type Packs struct {
	dir string
}

// keepPacks is how many packs a folder keeps, newest first: the site
// being built and one other (a second corpus, a build under another base
// path).
const keepPacks = 2

// packMagic opens a pack file.
const packMagic = "lecteur pack 1\n"

// OpenPacks opens (and creates) the folder dir of packs.
func OpenPacks(dir string) (*Packs, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return &Packs{dir: dir}, nil
}

func (p *Packs) file(key string) string {
	return filepath.Join(p.dir, key+".pack")
}

// Get returns the files kept under key (names to bytes), or false when
// there are none or their pack is broken.
func (p *Packs) Get(key string) (map[string][]byte, bool) {
	// Read whole and sliced: one read and one allocation instead of a
	// copy through a buffered reader and an allocation a file.
	b, err := os.ReadFile(p.file(key))
	if err != nil {
		return nil, false
	}
	files, err := parsePack(b)
	if err != nil {
		return nil, false
	}
	// Touched, so that pruning keeps the packs in use.
	now := time.Now()
	os.Chtimes(p.file(key), now, now)
	return files, true
}

// Put keeps files under key, written through a temporary file and a
// rename, then removes the packs beyond the newest keepPacks. A cache
// that cannot be written only makes the next build slower.
func (p *Packs) Put(key string, files map[string][]byte) {
	tmp, err := os.CreateTemp(p.dir, ".pack-*")
	if err != nil {
		return
	}
	w := bufio.NewWriterSize(tmp, 1<<20)
	werr := writePack(w, files)
	if werr == nil {
		werr = w.Flush()
	}
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), p.file(key)) != nil {
		os.Remove(tmp.Name())
		return
	}
	p.prune()
}

// prune removes all but the newest keepPacks packs.
func (p *Packs) prune() {
	entries, err := os.ReadDir(p.dir)
	if err != nil {
		return
	}
	type pack struct {
		name string
		mod  int64
	}
	var packs []pack
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".pack") || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if info, err := e.Info(); err == nil {
			packs = append(packs, pack{e.Name(), info.ModTime().UnixNano()})
		}
	}
	sort.Slice(packs, func(i, j int) bool { return packs[i].mod > packs[j].mod })
	for _, k := range packs[min(keepPacks, len(packs)):] {
		os.Remove(filepath.Join(p.dir, k.name))
	}
}

// writePack writes files sorted by name: the magic line, then for each
// file its name's and its bytes' lengths as uvarints, each followed by
// them.
func writePack(w io.Writer, files map[string][]byte) error {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	if _, err := io.WriteString(w, packMagic); err != nil {
		return err
	}
	var n [binary.MaxVarintLen64]byte
	for _, name := range names {
		for _, part := range [][]byte{[]byte(name), files[name]} {
			if _, err := w.Write(n[:binary.PutUvarint(n[:], uint64(len(part)))]); err != nil {
				return err
			}
			if _, err := w.Write(part); err != nil {
				return err
			}
		}
	}
	return nil
}

// maxPart is the largest name or file a pack may hold: a longer length
// means a broken pack.
const maxPart = 64 << 20

// parsePack reads what writePack wrote; the files are slices of b.
func parsePack(b []byte) (map[string][]byte, error) {
	if !bytes.HasPrefix(b, []byte(packMagic)) {
		return nil, errors.New("not a pack")
	}
	b = b[len(packMagic):]
	files := map[string][]byte{}
	for len(b) > 0 {
		var parts [2][]byte
		for i := range parts {
			n, k := binary.Uvarint(b)
			if k <= 0 || n > maxPart || n > uint64(len(b)-k) {
				return nil, errors.New("broken pack")
			}
			parts[i] = b[k : k+int(n) : k+int(n)]
			b = b[k+int(n):]
		}
		files[string(parts[0])] = parts[1]
	}
	return files, nil
}
