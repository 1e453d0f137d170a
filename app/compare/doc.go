// Package compare finds what two articles have in common, for the side by
// side reading view: the entities both mention, grouped by type, and the
// passage links between their paragraphs. It is pure Go (no go-app), so the
// browser and the tests run the same code.
//
// # Passage links
//
// Each paragraph becomes a set of features: its words, folded with
// search.Normalize, stemmed, without French function words and words of
// fewer than three letters; and the entities it mentions. A feature weighs
// its inverse paragraph frequency over the paragraphs of both articles, so a
// word found in every paragraph counts for nothing and a rare name shared
// by two paragraphs counts for much; entities weigh double. The similarity
// of two paragraphs is the cosine of their weighted feature vectors.
//
// A paragraph is linked to the paragraph of the other article most similar
// to it, when they share at least MinShared features and the similarity is
// at least MinScore. Links are not always mutual: a long paragraph can be
// the best match of several short ones.
//
// The work is linear in the length of the articles plus the number of
// paragraph pairs sharing a feature: two 5,000-word articles link in a few
// milliseconds, so the browser computes links on demand and the build
// precomputes nothing.
package compare
