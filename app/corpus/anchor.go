package corpus

import (
	"regexp"
	"regexp/syntax"
)

// anchored returns re, or when re is an alternation whose every branch
// starts with ^ ("^a|^b"), the same pattern written "^(?:a|b)". Go's
// regexp sees the first as unanchored and tries it at every position of
// the line, though no branch can match past the first: on the lines of
// real pages, 40 times slower than the second, and most of what the
// notice patterns cost.
func anchored(re *regexp.Regexp) *regexp.Regexp {
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil || tree.Op != syntax.OpAlternate {
		return re
	}
	branches := make([]*syntax.Regexp, len(tree.Sub))
	for i, b := range tree.Sub {
		switch {
		case b.Op == syntax.OpConcat && len(b.Sub) > 0 && b.Sub[0].Op == syntax.OpBeginText:
			rest := *b
			rest.Sub = b.Sub[1:]
			branches[i] = &rest
		case b.Op == syntax.OpBeginText:
			branches[i] = &syntax.Regexp{Op: syntax.OpEmptyMatch}
		default:
			return re
		}
	}
	alt := *tree
	alt.Sub = branches
	whole := &syntax.Regexp{Op: syntax.OpConcat, Sub: []*syntax.Regexp{{Op: syntax.OpBeginText}, &alt}}
	fast, err := regexp.Compile(whole.String())
	if err != nil {
		return re
	}
	return fast
}

// anchoredAll is anchored for each pattern of res.
func anchoredAll(res []*regexp.Regexp) []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(res))
	for i, re := range res {
		out[i] = anchored(re)
	}
	return out
}

// The patterns as matched: anchored, the same matches.
var (
	noticeMatchers   = anchoredAll(noticeRes)
	listLabelMatcher = anchored(listLabelRe)
)
