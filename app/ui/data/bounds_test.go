//go:build !js

package data

import (
	"strings"
	"testing"

	"lecteur/app/site"
)

// TestStoreSearchLoadsShardsOnce searches a sharded index: the store
// loads the shards the query needs, once, and searches again once.
func TestStoreSearchLoadsShardsOnce(t *testing.T) {
	data := NewFakeFiles()
	s := New(Sources{Load: data.Load, DB: NewMemoryDB(), Reader: InProcessReader{}})
	res, err := s.Search("mnuchin", 10)
	if err != nil || len(res.Missing) > 0 || len(res.Hits) != 6 {
		t.Fatalf("Search(mnuchin) = %d hits, missing %v, %v; want 6, none, nil", len(res.Hits), res.Missing, err)
	}
	if _, again := data.Asked(); len(again) > 0 {
		t.Errorf("files loaded more than once: %q", again)
	}
}

// TestStoreNeverRetriesForever serves data files that disagree, as when a
// new build is published under an open tab: a shard of another build, a
// chunk without the text the article list puts there, a file gone. Each
// call answers with an error naming the file, loads each file at most
// once, and asking again loads nothing more. (The search page once asked
// forever for a text its chunk did not hold.)
func TestStoreNeverRetriesForever(t *testing.T) {
	tests := []struct {
		name  string
		spoil func(f *FakeFiles)
		call  func(s *Store) error
		want  string // in the error
	}{
		{
			name: "shard of another build",
			spoil: func(f *FakeFiles) {
				for p, b := range f.Files {
					if IsShard(p) {
						f.Files[p] = append(append([]byte(nil), b...), 0, 0, 0)
					}
				}
			},
			call: func(s *Store) error { _, err := s.Search("mnuchin", 10); return err },
			want: "a file from another build",
		},
		{
			name: "shard gone",
			spoil: func(f *FakeFiles) {
				for p := range f.Files {
					if IsShard(p) {
						delete(f.Files, p)
					}
				}
			},
			call: func(s *Store) error { _, err := s.Search("mnuchin", 10); return err },
			want: "file does not exist",
		},
		{
			name: "text not in its chunk",
			spoil: func(f *FakeFiles) {
				f.Put(site.ChunkFile(1), []site.Text{{ID: "a2", Title: "Article a2"}})
			},
			call: func(s *Store) error { return s.LoadTexts([]string{"a0", "a2", "a3"}) },
			want: "a3",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := NewFakeFiles()
			tt.spoil(data)
			s := New(Sources{Load: data.Load, DB: NewMemoryDB(), Reader: InProcessReader{}})
			err := tt.call(s)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("first call: %v, want an error with %q", err, tt.want)
			}
			first, again := data.Asked()
			if len(again) > 0 {
				t.Errorf("files loaded more than once: %q", again)
			}
			if err2 := tt.call(s); err2 == nil || err2.Error() != err.Error() {
				t.Errorf("second call: %v, want the same error %v", err2, err)
			}
			if total, _ := data.Asked(); total != first {
				t.Errorf("asking again loaded %d more files, want none", total-first)
			}
		})
	}
}
