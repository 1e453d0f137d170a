package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Version is an article rewritten from another, the way a site rewrites
// an agency dispatch, with the edits it went through.
type Version struct {
	Article
	// Of is the id of the article it was rewritten from.
	Of string
	// Edits name the edits, in the order applied: "trim", "reorder",
	// "words", "paragraph", "quote", "update", "headline".
	Edits []string
}

// Versions rewrites a share frac of arts (the first ones) into one to four
// versions each, every version with one to three edits: trimmed to its
// first paragraphs (at least a third of the text), paragraphs reordered,
// a few words replaced, a paragraph added, a quote added, an update (a
// new first sentence and a figure changed), a word of the headline
// changed, or rewritten (two words changed in each of 20 to 50 % of the
// sentences, as a site that puts a dispatch in its own words). Same arts,
// frac and seed, same versions.
func Versions(arts []Article, frac float64, seed uint64) []Version {
	r := rand.New(rand.NewPCG(seed, 0x5707e5))
	var out []Version
	n := int(float64(len(arts))*frac + 0.5)
	for i := 0; i < n && i < len(arts); i++ {
		for k := 1 + r.IntN(4); k > 0; k-- {
			out = append(out, rewrite(r, arts[i], len(out)))
		}
	}
	return out
}

var edits = []string{"trim", "reorder", "words", "paragraph", "quote", "update", "headline", "rewrite"}

func rewrite(r *rand.Rand, a Article, n int) Version {
	v := Version{Of: a.ID}
	v.Article = a
	v.ID = fmt.Sprintf("%s-v%d", a.ID, n)
	v.Paragraphs = append([]string(nil), a.Paragraphs...)
	chosen := map[string]bool{}
	for k := 1 + r.IntN(3); k > 0; k-- {
		e := pick(r, edits)
		if chosen[e] {
			continue
		}
		chosen[e] = true
		v.Edits = append(v.Edits, e)
		people := a.Entities[1:3]
		place, org := a.Entities[4], a.Entities[3]
		switch e {
		case "trim":
			size := 0
			for _, p := range v.Paragraphs {
				size += len(p)
			}
			keep, kept := 0, 0
			target := size * (35 + r.IntN(45)) / 100
			for keep < len(v.Paragraphs) && kept < target {
				kept += len(v.Paragraphs[keep])
				keep++
			}
			v.Paragraphs = v.Paragraphs[:max(keep, 1)]
		case "reorder":
			if len(v.Paragraphs) > 2 {
				i := 1 + r.IntN(len(v.Paragraphs)-1)
				j := 1 + r.IntN(len(v.Paragraphs)-1)
				v.Paragraphs[i], v.Paragraphs[j] = v.Paragraphs[j], v.Paragraphs[i]
				if i == j {
					p := v.Paragraphs[i]
					v.Paragraphs = append(v.Paragraphs[:i], v.Paragraphs[i+1:]...)
					v.Paragraphs = append([]string{v.Paragraphs[0], p}, v.Paragraphs[1:]...)
				}
			}
		case "words":
			for k := 1 + r.IntN(3); k > 0; k-- {
				i := r.IntN(len(v.Paragraphs))
				ws := strings.Split(v.Paragraphs[i], " ")
				w := r.IntN(len(ws))
				ws[w] = pick(r, adjectives)
				v.Paragraphs[i] = strings.Join(ws, " ")
			}
		case "paragraph":
			var p []string
			for k := 2 + r.IntN(2); k > 0; k-- {
				p = append(p, sentence(r, pick(r, nouns), place, org, people))
			}
			i := 1 + r.IntN(len(v.Paragraphs))
			v.Paragraphs = append(v.Paragraphs[:i], append([]string{strings.Join(p, " ")}, v.Paragraphs[i:]...)...)
		case "quote":
			i := r.IntN(len(v.Paragraphs))
			v.Paragraphs[i] += fmt.Sprintf(" « %s %s %s %s », %s %s.", capitalize(pick(r, determiners)), pick(r, nouns), pick(r, verbs), word(r), pick(r, speech), people[r.IntN(2)])
		case "update":
			v.Paragraphs[0] = sentence(r, pick(r, nouns), place, org, people) + " " + v.Paragraphs[0]
			ws := strings.Split(v.Paragraphs[len(v.Paragraphs)-1], " ")
			ws[r.IntN(len(ws))] = fmt.Sprint(2 + r.IntN(90))
			v.Paragraphs[len(v.Paragraphs)-1] = strings.Join(ws, " ")
			v.Title = strings.Replace(v.Title, " : ", " : "+pick(r, []string{"nouvelles", "dernières"})+" informations, ", 1)
		case "rewrite":
			share := 20 + r.IntN(31)
			for i, p := range v.Paragraphs {
				ss := strings.SplitAfter(p, ". ")
				for k, sent := range ss {
					if r.IntN(100) >= share {
						continue
					}
					ws := strings.Split(sent, " ")
					for c := 0; c < 2 && len(ws) > 3; c++ {
						ws[1+r.IntN(len(ws)-2)] = pick(r, nouns)
					}
					ss[k] = strings.Join(ws, " ")
				}
				v.Paragraphs[i] = strings.Join(ss, "")
			}
		case "headline":
			ws := strings.Fields(v.Title)
			ws[len(ws)-1] = pick(r, adjectives)
			v.Title = strings.Join(ws, " ")
		}
	}
	return v
}

// FollowUp is a new story that reuses background paragraphs of an earlier
// one, as agencies do: not a version of it.
type FollowUp struct {
	Article
	// Of is the id of the article whose paragraphs it reuses.
	Of string
}

// FollowUps writes, for every other one of the first share frac of arts,
// a new article of three to five paragraphs that reuses one or two
// paragraphs of it word for word: from a tenth to about half of its text.
// They are the near misses grouping must leave apart.
func FollowUps(arts []Article, frac float64, seed uint64) []FollowUp {
	r := rand.New(rand.NewPCG(seed, 0xf0110))
	used := map[string]bool{}
	var out []FollowUp
	n := int(float64(len(arts))*frac + 0.5)
	for i := 0; i < n && i < len(arts); i += 2 {
		a := arts[i]
		f := article(r, 0, rareName(r, used))
		f.ID = fmt.Sprintf("%s-f", a.ID)
		f.Paragraphs = f.Paragraphs[:min(len(f.Paragraphs), 3+r.IntN(3))]
		for k := 1 + r.IntN(2); k > 0; k-- {
			p := a.Paragraphs[r.IntN(len(a.Paragraphs))]
			at := r.IntN(len(f.Paragraphs) + 1)
			f.Paragraphs = append(f.Paragraphs[:at], append([]string{p}, f.Paragraphs[at:]...)...)
		}
		out = append(out, FollowUp{Article: f, Of: a.ID})
	}
	return out
}

// WithVersions returns a corpus of n articles in which a share frac of the
// originals come in rewritten versions (Versions) and half as many have a
// follow-up (FollowUps): these take the place of the last originals.
// originals are the articles that are neither; groups list each rewritten
// original's id, then its versions'. A follow-up is in no group.
func WithVersions(n int, frac float64, seed uint64) (arts, originals []Article, groups [][]string, err error) {
	arts = Generate(n, seed)
	if frac <= 0 {
		return arts, arts, nil, nil
	}
	vs := Versions(arts, frac, seed)
	fs := FollowUps(arts, frac, seed)
	if k := int(float64(n)*frac + 0.5); n-len(vs)-len(fs) < max(k, 1) {
		return nil, nil, nil, fmt.Errorf("%d articles are too few for %d versions of %d of them", n, len(vs), k)
	}
	originals = arts[: n-len(vs)-len(fs) : n-len(vs)-len(fs)]
	arts = append([]Article(nil), originals...)
	for _, f := range fs {
		arts = append(arts, f.Article)
	}
	of := map[string]int{}
	for _, v := range vs {
		i, ok := of[v.Of]
		if !ok {
			i = len(groups)
			of[v.Of] = i
			groups = append(groups, []string{v.Of})
		}
		groups[i] = append(groups[i], v.ID)
		arts = append(arts, v.Article)
	}
	return arts, originals, groups, nil
}
