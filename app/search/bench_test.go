package search

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"lecteur/build/gencorpus/synth"
)

// synthetic corpora are generated once per size.
var (
	synthMu   sync.Mutex
	synthDocs = map[int][]Doc{}
	synthArts = map[int][]synth.Article{}
)

func synthCorpus(n int) ([]synth.Article, []Doc) {
	synthMu.Lock()
	defer synthMu.Unlock()
	if d, ok := synthDocs[n]; ok {
		return synthArts[n], d
	}
	arts := synth.Generate(n, 1)
	docs := make([]Doc, len(arts))
	for i, a := range arts {
		docs[i] = Doc{ID: a.ID, Title: a.Title, Paragraphs: a.Paragraphs, Entities: a.Entities}
	}
	synthArts[n], synthDocs[n] = arts, docs
	return arts, docs
}

func gz(b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Len()
}

var sizes = []int{1000, 10000}

func BenchmarkBuild(b *testing.B) {
	for _, n := range sizes {
		_, docs := synthCorpus(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				Build(docs)
			}
		})
	}
}

// BenchmarkEncode reports the index size against the corpus text, raw and
// gzipped.
func BenchmarkEncode(b *testing.B) {
	for _, n := range sizes {
		arts, docs := synthCorpus(n)
		ix := Build(docs)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			var data []byte
			for i := 0; i < b.N; i++ {
				data = ix.Encode()
			}
			var text strings.Builder
			for _, a := range arts {
				text.WriteString(a.Text())
			}
			raw, zraw := text.Len(), gz([]byte(text.String()))
			zix := gz(data)
			b.ReportMetric(float64(len(data)), "index-bytes")
			b.ReportMetric(float64(zix), "index-gz-bytes")
			b.ReportMetric(100*float64(zix)/float64(raw), "gz-index-%-of-raw-text")
			b.ReportMetric(100*float64(zix)/float64(zraw), "gz-index-%-of-gz-text")
		})
	}
}

func BenchmarkDecode(b *testing.B) {
	for _, n := range sizes {
		_, docs := synthCorpus(n)
		data := Build(docs).Encode()
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := Decode(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDecodeMeta is what the browser decodes before its first
// search: the index without its postings. 100,000 articles take a minute
// to index: -bench 'DecodeMeta/10000$' leaves them out.
func BenchmarkDecodeMeta(b *testing.B) {
	for _, n := range append(sizes, 100000) {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			_, docs := synthCorpus(n)
			meta, _ := Build(docs).EncodeShards(16 << 10)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := DecodeMeta(meta); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(meta)), "meta-bytes")
		})
	}
}

// keystrokes are the successive states of a search box while a reader
// types queries: completions, typos, two words, a phrase.
func keystrokes(arts []synth.Article) []string {
	var qs []string
	for _, full := range []string{
		"securite informatique", "negociation", "cazneuve", "strategie numerique",
		strings.ToLower(strip(arts[len(arts)/2].Rare)), `"vie privee"`, "reorganisation budget",
	} {
		for i := 1; i <= len(full); i++ {
			qs = append(qs, full[:i])
		}
	}
	return qs
}

func strip(s string) string { return Normalize(s) }

func BenchmarkSearch(b *testing.B) {
	for _, n := range sizes {
		arts, docs := synthCorpus(n)
		ix, err := Decode(Build(docs).Encode())
		if err != nil {
			b.Fatal(err)
		}
		qs := keystrokes(arts)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			times := make([]time.Duration, b.N)
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				ix.Search(qs[i%len(qs)], 10)
				times[i] = time.Since(t0)
			}
			sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
			b.ReportMetric(float64(times[len(times)/2].Microseconds()), "p50-µs")
			b.ReportMetric(float64(times[len(times)*9/10].Microseconds()), "p90-µs")
		})
	}
}

// BenchmarkProbes reports top-1 accuracy on the generator's typo probes.
func BenchmarkProbes(b *testing.B) {
	for _, n := range sizes {
		arts, docs := synthCorpus(n)
		ix := Build(docs)
		probes := synth.Probes(arts, 1)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			good := 0
			for i := 0; i < b.N; i++ {
				p := probes[i%len(probes)]
				r := ix.Search(p.Query+" ", 1)
				if len(r.Hits) > 0 && r.Hits[0].ID == p.WantID {
					good++
				}
			}
			b.ReportMetric(100*float64(good)/float64(b.N), "top1-%")
		})
	}
}

// BenchmarkShards reports what a sharded index costs the browser: the meta
// part loaded on the first search, and the postings shards a query needs,
// alone (a search page opened on its URL) and while it is typed letter by
// letter (every prefix's shards), for several shard sizes.
func BenchmarkShards(b *testing.B) {
	for _, n := range sizes {
		arts, docs := synthCorpus(n)
		full := Build(docs)
		for _, size := range []int{16 << 10, 32 << 10, 64 << 10} {
			b.Run(fmt.Sprintf("%d/%dK", n, size>>10), func(b *testing.B) {
				var meta []byte
				var shards [][]byte
				for i := 0; i < b.N; i++ {
					meta, shards = full.EncodeShards(size)
				}
				var queries, typed []string
				for _, q := range keystrokes(arts) {
					typed = append(typed, q)
					if len(typed) > 1 && !strings.HasPrefix(q, typed[len(typed)-2]) {
						queries = append(queries, typed[len(typed)-2])
					}
				}
				queries = append(queries, typed[len(typed)-1])
				need := func(ix *Index, q string) int {
					bytes := 0
					for _, s := range ix.Search(q, 10).Missing {
						bytes += len(shards[s])
						ix.AddShard(s, shards[s])
					}
					return bytes
				}
				alone, session := 0, 0
				for _, q := range queries {
					ix, _ := DecodeMeta(meta)
					alone += need(ix, q)
					ix, _ = DecodeMeta(meta)
					for i := 1; i <= len(q); i++ {
						session += need(ix, q[:i])
					}
				}
				b.ReportMetric(float64(len(meta)), "meta-bytes")
				b.ReportMetric(float64(gz(meta)), "meta-gz-bytes")
				b.ReportMetric(float64(len(shards)), "shards")
				b.ReportMetric(float64(alone/len(queries)), "query-shard-bytes")
				b.ReportMetric(float64(session/len(queries)), "typed-shard-bytes")
			})
		}
	}
}
