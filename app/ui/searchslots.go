package ui

import "lecteur/app/ui/resultsdom"

// The parts of the search page a keystroke changes besides the results,
// as rows for its slots (see SearchPage's paint; the facet's are in
// facet.go).

// suggestionRows is "did you mean" with a link for each of sug, none
// without suggestions.
func suggestionRows(env Env, sug []string) []resultsdom.Row {
	if len(sug) == 0 {
		return nil
	}
	kids := []resultsdom.Node{resultsdom.Text(env.T("search.didyou") + " ")}
	for i, q := range sug {
		sep := ""
		if i > 0 {
			sep = ", "
		}
		kids = append(kids, resultsdom.El("span", nil, resultsdom.Text(sep),
			resultsdom.El("a", attrs{{Name: "href", Value: env.SearchPath(q)}}, resultsdom.Text(q))))
	}
	kids = append(kids, resultsdom.Text(env.T("search.didyou.end")))
	return []resultsdom.Row{{Key: "didyoumean", Node: resultsdom.El("p", attrs{{Name: "class", Value: "didyoumean"}}, kids...)}}
}

// moreRows is the "more" button, when n results are not shown.
func moreRows(env Env, n int) []resultsdom.Row {
	if n <= 0 {
		return nil
	}
	return []resultsdom.Row{{Key: "more", Node: resultsdom.El("button",
		attrs{{Name: "class", Value: "more"}, {Name: "type", Value: "button"}, {Name: "data-more", Value: ""}},
		resultsdom.Text(env.Tf("search.more", n)))}}
}
