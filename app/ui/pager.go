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

// pager links to the other pages of the home list, with its filters.
func (h *Home) pager(pages int) app.UI {
	q := h.filter.query()
	return pagerNav(h.Env, h.page, pages, func(n int) string { return h.Env.HomePagePath(n, q) })
}

// pagerNav links to the other pages of a list, page of pages, each at
// href(n): plain links, so that every page can be reached without
// JavaScript. Nothing when the list fits in one page.
func pagerNav(env Env, page, pages int, href func(n int) string) app.UI {
	if pages <= 1 {
		return nil
	}
	var items []app.UI
	if page > 1 {
		items = append(items, app.Li().Body(
			app.A().Href(href(min(page-1, pages))).Attr("rel", "prev").DataSet("page-prev", "").Text(env.T("pages.prev")),
		))
	}
	for _, n := range pageNumbers(page, pages) {
		if n == 0 {
			items = append(items, app.Li().Aria("hidden", "true").Text("…"))
			continue
		}
		a := app.A().Href(href(n)).DataSet("page", itoa(n)).Text(itoa(n))
		if n == page {
			a = a.Aria("current", "page")
		}
		items = append(items, app.Li().Body(a))
	}
	if page < pages {
		items = append(items, app.Li().Body(
			app.A().Href(href(page+1)).Attr("rel", "next").DataSet("page-next", "").Text(env.T("pages.next")),
		))
	}
	return app.Nav().Class("pager").Aria("label", env.Tf("pages.label", page, pages)).Body(
		app.Ul().Body(items...),
	)
}

// pastTheEnd says that a list has no page page, with a link to its first
// page at first.
func pastTheEnd(env Env, page int, first string) app.UI {
	return app.P().Class("status").Body(
		app.Text(env.Tf("pages.none", page)+" "),
		app.A().Href(first).Text(env.T("pages.first")),
	)
}

// HomePages is how many pages of size cards the home list has for c in
// its default state (every article, newest first, versions folded): the
// build prerenders the home page and page/2 up to this one.
func HomePages(c *site.Catalog, size int) int {
	if size <= 0 {
		size = DefaultPageSize
	}
	l := newHomeList(newOverview(c), filterOf(nil))
	_, _, pages := pageBounds(len(l.cards), size, 1)
	return pages
}

// EntityPages is how many pages of size rows the entities list has for c
// in its default state (every entity, grouped by type): the build
// prerenders entities and entities-page/2 up to this one.
func EntityPages(c *site.Catalog, size int) int {
	if size <= 0 {
		size = DefaultPageSize
	}
	_, _, pages := pageBounds(len(c.Entities), size, 1)
	return pages
}
