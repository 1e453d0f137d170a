package site

// Story is a group of articles that are versions of one story: an agency
// dispatch and its rewrites, an article and its updates.
type Story struct {
	// ID is the smallest id of its published articles: stable as long as
	// that article stays in the corpus.
	ID string `json:"id"`
	// Articles are the versions' ids, earliest first (by date, then id;
	// undated ones last).
	Articles []string `json:"articles"`
	// Shared and Resemblance give, in percent, for each pair of Articles
	// in the order (0,1), (0,2), …, (0,n-1), (1,2), …, how much text the
	// two share: Shared is the part of the shorter one found in the other
	// (100 for a trimmed copy), Resemblance the part of all their text
	// that both have (100 for a copy). Pair gives them by article.
	Shared      []int `json:"shared"`
	Resemblance []int `json:"resemblance"`
	// Diffs is 1 + the number of the StoryDiffsFile holding the story's
	// differences and sentence matrix, 0 when the build did not work them
	// out (a story of the reader's own articles).
	Diffs int `json:"diffs,omitempty"`
}

// SetStories sets the Story and Versions of the summaries of the
// articles in stories, and clears them for the others: the build does it
// for the published articles, the page again when the reader's own
// articles join stories.
func SetStories(sums []Summary, stories []Story) {
	of := map[string]*Story{}
	for i := range stories {
		for _, id := range stories[i].Articles {
			of[id] = &stories[i]
		}
	}
	for i := range sums {
		sums[i].Story, sums[i].Versions = "", 0
		if s := of[sums[i].ID]; s != nil {
			sums[i].Story, sums[i].Versions = s.ID, len(s.Articles)
		}
	}
}

// PairIndex is where the pair of Articles i and j (i ≠ j) of a story of n
// articles is in Shared and Resemblance.
func PairIndex(n, i, j int) int {
	if i > j {
		i, j = j, i
	}
	return i*(2*n-i-1)/2 + j - i - 1
}

// Pair returns the Shared and Resemblance percents of articles a and b
// (ids) of s, and false when either is not in s or a is b.
func (s *Story) Pair(a, b string) (shared, resemblance int, ok bool) {
	i, j := -1, -1
	for k, id := range s.Articles {
		if id == a {
			i = k
		}
		if id == b {
			j = k
		}
	}
	if i < 0 || j < 0 || i == j {
		return 0, 0, false
	}
	k := PairIndex(len(s.Articles), i, j)
	if k >= len(s.Shared) || k >= len(s.Resemblance) {
		return 0, 0, false
	}
	return s.Shared[k], s.Resemblance[k], true
}
