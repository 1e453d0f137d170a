package entity

import (
	"reflect"
	"testing"
)

// TestEnglish holds the errors seen on real English news (places typed as
// organisations or people, demonyms, "I", roles, headline-case titles), in
// sentences written for the test in the style of English news. Each wants
// exactly the mentions shown by default (low confidence ones left out), as
// TYPE:text. Possessives ("Germany's DAX") are correct.go's, not here.
func TestEnglish(t *testing.T) {
	tests := []struct {
		name   string
		blocks []string
		want   []string
	}{
		{name: "a country is a place, a weekday alone no date",
			blocks: []string{"The United States and Canada failed to agree on Tuesday, officials said."},
			want:   []string{"LOC:United States", "LOC:Canada"}},
		{name: "provinces are places",
			blocks: []string{"Nova Scotia and Ontario declared a state of emergency after the storm."},
			want:   []string{"LOC:Nova Scotia", "LOC:Ontario"}},
		{name: "U.S. with its dots is a place",
			blocks: []string{"The U.S. economy grew faster than expected in the third quarter, the report said."},
			want:   []string{"LOC:U.S."}},
		{name: "demonyms are no entities",
			blocks: []string{"American and Canadian officials met Angolan diplomats in the capital on Friday."},
			want:   nil},
		{name: "I is no one's name",
			blocks: []string{`"Usually I take the train," said Maria Lopez, who lives in Boston.`},
			want:   []string{"PER:Maria Lopez", "LOC:Boston"}},
		{name: "a function word and a role are no person",
			blocks: []string{"Every CEO I talk to is worried about the rates, he said."},
			want:   nil},
		{name: "a function word opens no name",
			blocks: []string{"What the Fed decides next week matters to the markets."},
			want:   []string{"ORG:Fed"}},
		{name: "an abbreviated title is left out",
			blocks: []string{"Gov. Ron DeSantis said the state was ready for the storm."},
			want:   []string{"PER:Ron DeSantis"}},
		{name: "a capitalised role splits an organisation from a person",
			blocks: []string{"Federal Reserve Chair Jerome Powell told lawmakers that rates would rise."},
			want:   []string{"ORG:Federal Reserve", "PER:Jerome Powell"}},
		{name: "a capitalised role splits a place from a person",
			blocks: []string{"Ontario Premier Doug Ford signed the agreement on Thursday."},
			want:   []string{"LOC:Ontario", "PER:Doug Ford"}},
		{name: "a demonym and a role before a person are left out",
			blocks: []string{"German Chancellor Olaf Scholz had warned that a cap could divert supplies to Asia."},
			want:   []string{"PER:Olaf Scholz", "LOC:Asia"}},
		{name: "a portfolio before a role is no person",
			blocks: []string{"Czech Industry Minister Jozef Sikela, who chaired the meeting, called it a strong signal."},
			want:   []string{"PER:Jozef Sikela"}},
		{name: "English dates",
			blocks: []string{"The law takes effect on March 1, 2024, and the review is due Sept. 6. She was born on July 29 in a small town."},
			want:   []string{"DATE:March 1, 2024", "DATE:Sept. 6", "DATE:July 29"}},
		{name: "a headline-case title keeps only known names",
			blocks: []string{"Tech Giants Face New Rules in Brussels", "The European Commission said that the companies must comply."},
			want:   []string{"LOC:Brussels", "ORG:European Commission"}},
		{name: "a state abbreviation in a dateline",
			blocks: []string{"FORT MYERS, Fla. — The storm hit the coast and the power was out for days."},
			want:   []string{"LOC:FORT MYERS", "LOC:Fla."}},
		{name: "a storm is an event",
			blocks: []string{"Hurricane Ian tore across southwest Florida on Wednesday, officials said."},
			want:   []string{"LOC:Florida"}},
		{name: "the White House is an institution",
			blocks: []string{"The White House said the president would travel to Ohio next week."},
			want:   []string{"ORG:White House", "LOC:Ohio"}},
		{name: "an organisation's tail types it",
			blocks: []string{"Her label, Republic Records, said the album had sold well in the first week."},
			want:   []string{"ORG:Republic Records"}},
		{name: "a river is a place",
			blocks: []string{"The Bureau of Meteorology warned that the Hawkesbury River could flood again."},
			want:   []string{"ORG:Bureau of Meteorology", "LOC:Hawkesbury River"}},
		{name: "French articles are left to the French rules",
			blocks: []string{"Le président américain Joe Biden a rencontré Justin Trudeau à Ottawa."},
			want:   []string{"PER:Joe Biden", "PER:Justin Trudeau", "LOC:Ottawa"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range Recognize(tt.blocks) {
				if !m.Low {
					got = append(got, string(m.Type)+":"+m.Text)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Recognize(%q) = %q, want %q", tt.blocks, got, tt.want)
			}
		})
	}
}
