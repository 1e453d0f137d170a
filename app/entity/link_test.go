package entity

import (
	"encoding/json"
	"flag"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

func mention(text string, typ Type) Mention { return Mention{Text: text, Type: typ} }

func TestLink(t *testing.T) {
	tests := []struct {
		name string
		docs []Doc
		want map[string][]string // id → name then aliases
	}{
		{
			name: "title and surname join the full name",
			docs: []Doc{{ID: "a", Mentions: []Mention{mention("Jean-Yves Le Drian", PER), mention("Le Drian", PER), mention("Drian", PER)}}},
			want: map[string][]string{"per-jean-yves-le-drian": {"Jean-Yves Le Drian", "Drian", "Le Drian"}},
		},
		{
			name: "acronym joins its expansion",
			docs: []Doc{{ID: "a", Mentions: []Mention{mention("National Security Agency", ORG), mention("NSA", ORG)}}},
			want: map[string][]string{"org-national-security-agency": {"National Security Agency", "NSA"}},
		},
		{
			name: "surname alone joins the corpus's only full name",
			docs: []Doc{
				{ID: "a", Mentions: []Mention{mention("Bernard Cazeneuve", PER)}},
				{ID: "b", Mentions: []Mention{mention("Cazeneuve", PER)}},
			},
			want: map[string][]string{"per-bernard-cazeneuve": {"Bernard Cazeneuve", "Cazeneuve"}},
		},
		{
			name: "two people with one surname stay apart",
			docs: []Doc{
				{ID: "a", Mentions: []Mention{mention("Marine Martin", PER), mention("Paul Martin", PER)}},
				{ID: "b", Mentions: []Mention{mention("Martin", PER)}},
			},
			want: map[string][]string{"per-marine-martin": {"Marine Martin"}, "per-paul-martin": {"Paul Martin"}, "per-martin": {"Martin"}},
		},
		{
			name: "accents fold and the accented spelling wins",
			docs: []Doc{{ID: "a", Mentions: []Mention{mention("Etats-Unis", LOC), mention("Etats-Unis", LOC), mention("États-Unis", LOC)}}},
			want: map[string][]string{"loc-etats-unis": {"États-Unis", "Etats-Unis"}},
		},
		{
			name: "same text, different types, different entities",
			docs: []Doc{{ID: "a", Mentions: []Mention{mention("Orange", ORG), mention("Orange", LOC)}}},
			want: map[string][]string{"org-orange": {"Orange"}, "loc-orange": {"Orange"}},
		},
		{
			name: "dates merge by value",
			docs: []Doc{{ID: "a", Mentions: []Mention{{Text: "11 mai 2017", Type: DATE, Value: "2017-05-11"}, {Text: "jeudi 11 mai 2017", Type: DATE, Value: "2017-05-11"}}}},
			want: map[string][]string{"date-2017-05-11": {"jeudi 11 mai 2017", "11 mai 2017"}},
		},
		{
			name: "bad mentions are skipped",
			docs: []Doc{{ID: "a", Mentions: []Mention{mention("", PER), mention("Lille", "")}}},
			want: map[string][]string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := map[string][]string{}
			for _, e := range Link(tt.docs) {
				got[e.ID] = append([]string{e.Name}, e.Aliases...)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Link(%v) = %q, want %q", tt.docs, got, tt.want)
			}
			for _, d := range tt.docs {
				for _, m := range d.Mentions {
					if m.Type != "" && m.Text != "" && m.Entity == "" {
						t.Errorf("Link: mention %q in %s has no entity", m.Text, d.ID)
					}
				}
			}
		})
	}
}

// TestLinkGolden links the seed articles and compares the entities with
// testdata/seeds.entities.json (go test -update rewrites it; review it by hand).
func TestLinkGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	var docs []Doc
	for _, f := range files {
		docs = append(docs, Doc{ID: strings.TrimSuffix(filepath.Base(f), ".txt"), Mentions: Recognize(readBlocks(t, f))})
	}
	got, err := json.MarshalIndent(Link(docs), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden := "testdata/seeds.entities.json"
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden (run go test -update): %v", err)
	}
	if string(got) != string(want) {
		t.Errorf("Link(seeds) differs from %s; run go test -update and review the diff", golden)
	}
}

// aliasTargetAllPairs is the rule aliasIndex implements, written the slow
// way (every candidate compared with k), as Link applied it until a
// petition of 13,000 names took minutes. It is the oracle of
// TestAliasIndexMatchesAllPairs.
func aliasTargetAllPairs(forms map[string]*form, k string, candidates []string) (string, bool) {
	f := forms[k]
	if f == nil || f.typ == DATE {
		return "", false
	}
	acr := f.typ != PER && len(f.words) == 1 && isAcronymText(anySurface(f))
	var found []string
	for _, c := range candidates {
		g := forms[c]
		if c == k || g == nil || g.typ != f.typ || len(g.words) <= len(f.words) {
			continue
		}
		switch {
		case f.typ == PER && endsWith(g.words, f.words):
			found = append(found, c)
		case acr && initialsMatch(tokenize(anySurface(g)), anySurface(f)):
			found = append(found, c)
		}
	}
	if len(found) == 0 {
		return "", false
	}
	sort.Strings(found)
	longest := found[0]
	for _, c := range found[1:] {
		if len(forms[c].words) > len(forms[longest].words) {
			longest = c
		}
	}
	for _, c := range found {
		if c != longest && !(f.typ == PER && endsWith(forms[longest].words, forms[c].words)) && !acr {
			return "", false
		}
	}
	return longest, true
}

// TestAliasIndexMatchesAllPairs draws names from a few words, so that
// tails, homonyms and acronyms collide often, and checks that the index
// picks the same target as comparing every pair.
func TestAliasIndexMatchesAllPairs(t *testing.T) {
	per := []string{"Jean", "Le", "Drian", "Marie", "Martin", "de", "Paul", "Jean-Yves"}
	org := []string{"Agence", "Nationale", "de", "la", "Sécurité", "Santé", "National", "Security", "Agency", "des", "Systèmes"}
	acronyms := []string{"ANS", "ANDLS", "NSA", "ADS", "AN", "A-N", "N.S.A."}
	rng := rand.New(rand.NewSource(19))
	name := func(words []string) string {
		n := 1 + rng.Intn(4)
		var ws []string
		for i := 0; i < n; i++ {
			ws = append(ws, words[rng.Intn(len(words))])
		}
		return strings.Join(ws, " ")
	}
	found := map[Type]int{}
	for round := 0; round < 1000; round++ {
		var docs []Doc
		for d := 0; d < 1+rng.Intn(4); d++ {
			doc := Doc{ID: strconv.Itoa(d)}
			for m := 0; m < rng.Intn(20); m++ {
				switch rng.Intn(3) {
				case 0:
					doc.Mentions = append(doc.Mentions, mention(name(per), PER))
				case 1:
					doc.Mentions = append(doc.Mentions, mention(name(org), ORG))
				default:
					doc.Mentions = append(doc.Mentions, mention(acronyms[rng.Intn(len(acronyms))], ORG))
				}
			}
			docs = append(docs, doc)
		}
		forms, order := collectForms(docs, formKeys(docs))
		ix := newAliasIndex(forms, order)
		for _, k := range order {
			got, gotOK := ix.target(k)
			want, wantOK := aliasTargetAllPairs(forms, k, order)
			if got != want || gotOK != wantOK {
				t.Fatalf("round %d: target(%q) = %q, %v, want %q, %v (forms %q)", round, k, got, gotOK, want, wantOK, order)
			}
			if gotOK {
				found[forms[k].typ]++
			}
		}
	}
	if found[PER] < 150 || found[ORG] < 40 {
		t.Errorf("the draw found %v targets, too few to test the rule", found)
	}
}

// TestLinkManyNames links a petition of 13,000 names (19 s when every
// pair of names was compared, BenchmarkLinkSignatories): each full name is
// its own entity, and a surname found once joins its one full name.
func TestLinkManyNames(t *testing.T) {
	var ms []Mention
	for _, name := range strings.Split(strings.TrimSuffix(strings.TrimPrefix(signatories(13000), "Ont signé : "), "."), ", ") {
		ms = append(ms, mention(name, PER))
	}
	ms = append(ms, mention("Quentin Zyxland", PER), mention("Zyxland", PER))
	docs := []Doc{{ID: "petition", Mentions: ms}}
	entities := Link(docs)
	if len(entities) != 13001 {
		t.Fatalf("Link(13,000 names and one more) = %d entities, want 13,001", len(entities))
	}
	if got := docs[0].Mentions[13001].Entity; got != "per-quentin-zyxland" {
		t.Errorf("Zyxland linked to %q, want per-quentin-zyxland", got)
	}
	for _, m := range docs[0].Mentions[:13000] {
		if want := "per-" + slug(m.Text); m.Entity != want {
			t.Fatalf("mention %q linked to %q, want %q", m.Text, m.Entity, want)
		}
	}
}
