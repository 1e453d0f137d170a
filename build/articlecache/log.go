package articlecache

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
)

// entryLog keeps a cache folder's entries for one version in one
// append-only file, instead of one file each: at 10,000 articles a cold
// build created 20,000 entry files (articles and mentions), about 7 s of
// system calls, and a warm one opened 10,000. An entry is appended as one
// record by one write, so builds running at the same time may share the
// log; where each record lies is learnt by reading the records' headers
// once, on first use. Every read checks the record's key and checksum: a
// torn or foreign record is a miss, never trusted, as a broken entry file
// was.
//
// A record is the magic, the key's and the value's lengths (uint16,
// uint32, little-endian), the CRC-32 of key and value, then the key and
// the value.
type entryLog struct {
	path string

	once sync.Once
	mu   sync.Mutex
	f    *os.File // nil when the log cannot be opened: every Get misses
	at   map[string]span
}

// span is where a record lies in the log.
type span struct {
	off int64
	n   int // the whole record's length
}

// logMagic opens a record: its first byte never occurs in UTF-8 text
// (keys are hex, values JSON), so a scan that meets a torn record finds
// the next one by it.
const logMagic = "\xffLCE"

const headerSize = len(logMagic) + 2 + 4 + 4

// keepLogs is how many logs a folder keeps, most recently used first: the
// version of the code being built and a few others (another branch, the
// previous version while a build of the new one runs).
const keepLogs = 4

// openLog returns the log of version in dir (made on first use), and
// removes the logs of versions not used lately and the entry files of the
// format before logs.
func openLog(dir, version string) *entryLog {
	l := &entryLog{path: filepath.Join(dir, "entries-"+version+".log")}
	now := time.Now()
	os.Chtimes(l.path, now, now) // in use: pruning keeps it
	pruneLogs(dir)
	return l
}

// load opens the log and reads where its records lie, once.
func (l *entryLog) load() {
	l.once.Do(func() {
		l.at = map[string]span{}
		f, err := os.OpenFile(l.path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o644)
		if err != nil {
			return
		}
		l.f = f
		l.scan()
	})
}

// scan indexes the records from the log's start: their headers and keys
// are read, not their values. A broken record (a build stopped half-way
// through a write) is skipped up to the next magic; when the record
// before it claimed bytes that hold that magic, it was the one cut short,
// and the search starts inside it.
func (l *entryLog) scan() {
	info, err := l.f.Stat()
	if err != nil {
		return
	}
	size := info.Size()
	head := make([]byte, headerSize+1<<10)
	prev := int64(-1) // where the record read last starts
	for off := int64(0); off+int64(headerSize) <= size; {
		n, _ := l.f.ReadAt(head, off)
		klen, vlen, ok := parseHeader(head[:n])
		end := off + int64(headerSize+klen+vlen)
		if ok && end <= size && n >= headerSize+klen {
			l.at[string(head[headerSize:headerSize+klen])] = span{off, headerSize + klen + vlen}
			prev, off = off, end
			continue
		}
		from := off + 1
		if prev >= 0 {
			from = prev + 1
		}
		prev = -1
		next, found := l.nextMagic(from, size)
		if !found {
			return
		}
		off = next
	}
}

// nextMagic finds the first record's magic at or after off.
func (l *entryLog) nextMagic(off, size int64) (int64, bool) {
	buf := make([]byte, 64<<10)
	for off < size {
		n, _ := l.f.ReadAt(buf, off)
		if n == 0 {
			return 0, false
		}
		if i := bytes.Index(buf[:n], []byte(logMagic)); i >= 0 {
			return off + int64(i), true
		}
		if n < len(logMagic) {
			return 0, false
		}
		off += int64(n - len(logMagic) + 1)
	}
	return 0, false
}

// parseHeader reads a record's header: the key's and value's lengths.
func parseHeader(b []byte) (klen, vlen int, ok bool) {
	if len(b) < headerSize || string(b[:len(logMagic)]) != logMagic {
		return 0, 0, false
	}
	p := len(logMagic)
	klen = int(binary.LittleEndian.Uint16(b[p:]))
	v := binary.LittleEndian.Uint32(b[p+2:])
	if klen == 0 || v > maxPart {
		return 0, 0, false
	}
	return klen, int(v), true
}

// Get returns the value kept under key, or false when there is none or
// its record does not check.
func (l *entryLog) Get(key string) ([]byte, bool) {
	l.load()
	l.mu.Lock()
	s, ok := l.at[key]
	f := l.f
	l.mu.Unlock()
	if !ok || f == nil {
		return nil, false
	}
	rec := make([]byte, s.n)
	if n, _ := f.ReadAt(rec, s.off); n != s.n {
		return nil, false
	}
	klen, vlen, ok := parseHeader(rec)
	if !ok || headerSize+klen+vlen != s.n || string(rec[headerSize:headerSize+klen]) != key {
		return nil, false
	}
	sum := binary.LittleEndian.Uint32(rec[len(logMagic)+6:])
	if crc32.ChecksumIEEE(rec[headerSize:]) != sum {
		return nil, false
	}
	return rec[headerSize+klen:], true
}

// Put appends value under key. A log that cannot be written only makes
// the next build slower.
func (l *entryLog) Put(key string, value []byte) {
	l.load()
	if len(key) == 0 || len(key) > 1<<16-1 || len(value) > maxPart {
		return
	}
	rec := make([]byte, headerSize, headerSize+len(key)+len(value))
	copy(rec, logMagic)
	p := len(logMagic)
	binary.LittleEndian.PutUint16(rec[p:], uint16(len(key)))
	binary.LittleEndian.PutUint32(rec[p+2:], uint32(len(value)))
	rec = append(append(rec, key...), value...)
	binary.LittleEndian.PutUint32(rec[p+6:], crc32.ChecksumIEEE(rec[headerSize:]))
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return
	}
	// One write on a file opened for appending: the record lands whole
	// at the end, even with another build appending too, and the file's
	// offset is then the record's end.
	if n, err := l.f.Write(rec); err != nil || n != len(rec) {
		return
	}
	end, err := l.f.Seek(0, io.SeekCurrent)
	if err != nil {
		return
	}
	l.at[key] = span{end - int64(len(rec)), len(rec)}
}

// Close closes the log's file.
func (l *entryLog) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	return err
}

// pruneLogs removes all but the keepLogs most recently used logs of dir,
// and the folders of entry files the cache kept before it had logs.
func pruneLogs(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	type log struct {
		name string
		mod  int64
	}
	var logs []log
	for _, e := range entries {
		name := e.Name()
		switch {
		case e.IsDir() && len(name) == 2 && strings.Trim(name, "0123456789abcdef") == "":
			os.RemoveAll(filepath.Join(dir, name))
		case strings.HasPrefix(name, "entries-") && strings.HasSuffix(name, ".log"):
			if info, err := e.Info(); err == nil {
				logs = append(logs, log{name, info.ModTime().UnixNano()})
			}
		}
	}
	sort.Slice(logs, func(i, j int) bool { return logs[i].mod > logs[j].mod })
	for _, l := range logs[min(keepLogs, len(logs)):] {
		os.Remove(filepath.Join(dir, l.name))
	}
}
