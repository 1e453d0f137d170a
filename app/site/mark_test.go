package site

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestMarkJSON(t *testing.T) {
	tests := []struct {
		name string
		mark Mark
		want string
	}{
		{"plain", Mark{Start: 3, End: 12, Type: "LOC", Entity: "loc-marseille"}, `[3,12,"LOC","loc-marseille"]`},
		{"low", Mark{Start: 0, End: 5, Type: "ORG", Entity: "org-fmi", Low: true}, `[0,5,"ORG","org-fmi",1]`},
		{"no entity", Mark{Start: 7, End: 9, Type: "DATE"}, `[7,9,"DATE",""]`},
		{"quotes, backslash, control and accents", Mark{Start: 1, End: 2, Type: "MISC", Entity: "misc-\"é\\\n"}, `[1,2,"MISC","misc-\"é\\\u000a"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.mark)
			if err != nil || string(b) != tt.want {
				t.Fatalf("Marshal(%+v) = %s, %v; want %s", tt.mark, b, err, tt.want)
			}
			var got Mark
			if err := json.Unmarshal(b, &got); err != nil || got != tt.mark {
				t.Errorf("Unmarshal(%s) = %+v, %v; want %+v", b, got, err, tt.mark)
			}
		})
	}
}

// TestMarkJSONReadsObjects: marks written as objects, before the array
// form (a reader's own articles kept in the browser), still read.
func TestMarkJSONReadsObjects(t *testing.T) {
	var got []Mark
	in := `[{"s":3,"e":12,"t":"LOC","id":"loc-marseille"}, {"s":0,"e":5,"t":"ORG","id":"org-fmi","l":true}, [ 7 , 9 , "PER" , "per-x" ] ]`
	if err := json.Unmarshal([]byte(in), &got); err != nil {
		t.Fatal(err)
	}
	want := []Mark{{Start: 3, End: 12, Type: "LOC", Entity: "loc-marseille"}, {Start: 0, End: 5, Type: "ORG", Entity: "org-fmi", Low: true}, {Start: 7, End: 9, Type: "PER", Entity: "per-x"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Unmarshal(%s) = %+v, want %+v", in, got, want)
	}
}

func TestMarkJSONBadInput(t *testing.T) {
	for _, in := range []string{`[1,2,"LOC"]`, `[1,"2","LOC","x"]`, `[1,2,"LOC","x",1,2]`, `[1,2,"LOC","x"`, `"x"`, `[1,2,"LOC","x]`} {
		var m Mark
		if err := m.UnmarshalJSON([]byte(in)); err == nil {
			t.Errorf("UnmarshalJSON(%s) = %+v, want an error", in, m)
		}
	}
}

// BenchmarkDecodeText decodes a text chunk's worth of marks, as the
// browser does for a search's results.
func BenchmarkDecodeText(b *testing.B) {
	t := Text{ID: "a", Title: "T", Paragraphs: []string{strings.Repeat("mot ", 800)}}
	var marks []Mark
	for i := 0; i < 40; i++ {
		marks = append(marks, Mark{Start: i * 10, End: i*10 + 6, Type: "LOC", Entity: "loc-marseille"})
	}
	t.Marks = [][]Mark{nil, marks}
	list := make([]Text, 20)
	for i := range list {
		list[i] = t
	}
	data, _ := json.Marshal(list)
	b.SetBytes(int64(len(data)))
	b.ReportMetric(float64(len(data)), "chunk-bytes")
	for b.Loop() {
		var out []Text
		if err := json.Unmarshal(data, &out); err != nil {
			b.Fatal(err)
		}
	}
}
