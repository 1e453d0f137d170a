package ui

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"lecteur/app/site"
)

// pageBounds cuts a list of n items into pages of size: the items
// [from, to) of page (from 1), and the number of pages. A page past the
// end is empty (from == to).
func pageBounds(n, size, page int) (from, to, pages int) {
	pages = max(1, (n+size-1)/size)
	page = max(page, 1)
	from = min((page-1)*size, n)
	return from, min(from+size, n), pages
}

// pageNumbers are the page links the pager shows around page of pages:
// the first, the last and up to two on each side of page, in order, with
// 0 where numbers are skipped.
func pageNumbers(page, pages int) []int {
	var out []int
	for n := 1; n <= pages; n++ {
		switch {
		case n == 1 || n == pages || (n >= page-2 && n <= page+2):
			out = append(out, n)
		case len(out) > 0 && out[len(out)-1] != 0:
			out = append(out, 0)
		}
	}
	return out
}

// pager links to the other pages of the home list, with its filters: plain
// links, so that every page can be reached without JavaScript. Nothing
// when the list fits in one page.
func (h *Home) pager(pages int) app.UI {
	env := h.Env
	if pages <= 1 {
		return nil
	}
	q := h.filter.query()
	link := func(n int, label string) app.UI {
		a := app.A().Href(env.HomePagePath(n, q)).DataSet("page", itoa(n)).Text(label)
		if n == h.page {
			a = a.Aria("current", "page")
		}
		return app.Li().Body(a)
	}
	var items []app.UI
	if h.page > 1 {
		items = append(items, app.Li().Body(
			app.A().Href(env.HomePagePath(min(h.page-1, pages), q)).Attr("rel", "prev").DataSet("page-prev", "").Text(env.T("home.prev")),
		))
	}
	for _, n := range pageNumbers(h.page, pages) {
		if n == 0 {
			items = append(items, app.Li().Aria("hidden", "true").Text("…"))
			continue
		}
		items = append(items, link(n, itoa(n)))
	}
	if h.page < pages {
		items = append(items, app.Li().Body(
			app.A().Href(env.HomePagePath(h.page+1, q)).Attr("rel", "next").DataSet("page-next", "").Text(env.T("home.next")),
		))
	}
	return app.Nav().Class("pager").Aria("label", env.Tf("home.pages", h.page, pages)).Body(
		app.Ul().Body(items...),
	)
}

// HomePages is how many pages of size cards the home list has for c in
// its default state (every article, newest first, versions folded): the
// build prerenders the home page and page/2 up to this one.
func HomePages(c *site.Catalog, size int) int {
	if size <= 0 {
		size = DefaultPageSize
	}
	f := filterOf(nil)
	cards := foldStories(storiesOf(c.Articles, newOverview(c).list(f)), false)
	_, _, pages := pageBounds(len(cards), size, 1)
	return pages
}
