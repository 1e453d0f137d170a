package site

import (
	"reflect"
	"testing"
)

func TestSpans(t *testing.T) {
	per := Mark{Start: 0, End: 13, Type: "PER"}
	loc := Mark{Start: 16, End: 21, Type: "LOC"}
	tests := []struct {
		name  string
		text  string
		marks []Mark
		want  []string // plain runs as text, marks as [text]
	}{
		{"no marks", "Bonjour", nil, []string{"Bonjour"}},
		{"accented text counts runes", "Thomas de Mai à Lille.", []Mark{per, loc}, []string{"[Thomas de Mai]", " à ", "[Lille]", "."}},
		{"mark at the end", "à Bari", []Mark{{Start: 2, End: 6, Type: "LOC"}}, []string{"à ", "[Bari]"}},
		{"overlap ignored", "abcdef", []Mark{{Start: 0, End: 3}, {Start: 2, End: 4}}, []string{"[abc]", "def"}},
		{"out of range ignored", "abc", []Mark{{Start: 1, End: 9}}, []string{"abc"}},
		{"empty text", "", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Spans(tt.text, tt.marks) {
				if s.Mark != nil {
					got = append(got, "["+s.Text+"]")
				} else {
					got = append(got, s.Text)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Spans(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
