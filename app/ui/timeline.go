package ui

import (
	"math"
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

const svgNS = "http://www.w3.org/2000/svg"

// Geometry of the timeline, in viewBox units: each bar is a slot wide,
// the bars are at most barMax high.
const (
	slot   = 10
	barMax = 60
	// minSlots keeps a short timeline's bars from filling the width.
	minSlots = 12
)

// timeline draws the articles published per month (or year) as an inline
// SVG bar chart. Each bar with articles is a link that filters the list by
// its period, the chosen one stays highlighted; the period menu above the
// list is the same choice with bigger targets.
//
// go-app sets "class" as a property, which SVG elements refuse, so the
// bars are styled through data-* and aria-current attributes.
func (h *Home) timeline() app.UI {
	env := h.Env
	bs := h.ov.buckets
	if len(bs) == 0 {
		return nil
	}
	maxN := 0
	for _, b := range bs {
		maxN = max(maxN, b.N)
	}
	bars := make([]app.UI, 0, len(bs))
	for i, b := range bs {
		x := float64(i * slot)
		if b.N == 0 {
			bars = append(bars, svg("rect").
				Attr("x", num(x+1)).Attr("y", num(barMax-1)).
				Attr("width", num(slot-2)).Attr("height", "1").
				Attr("data-bar", "empty"))
			continue
		}
		hgt := max(float64(b.N)/float64(maxN)*barMax, 2)
		f := h.filter
		f.Period = b.Key
		on := h.filter.Period == b.Key
		if on {
			f.Period = "" // a second click clears the filter
		}
		link := svg("a").
			Attr("href", f.path(env)).
			Attr("data-period", b.Key).
			Aria("label", env.Tf("home.timeline.bar", periodName(env, b.Key, true), b.N)).
			OnClick(h.followBar).
			Body(
				svg("rect").Attr("x", num(x)).Attr("y", "0").
					Attr("width", num(slot)).Attr("height", num(barMax)).
					Attr("data-bar", "hit"),
				svg("rect").Attr("x", num(x+1)).Attr("y", num(barMax-hgt)).
					Attr("width", num(slot-2)).Attr("height", num(hgt)).
					Attr("data-bar", "bar"),
				svg("title").Text(env.Tf("home.timeline.bar", periodName(env, b.Key, true), b.N)),
			)
		if on {
			link = link.Aria("current", "true")
		}
		bars = append(bars, link)
	}
	return app.Section().Class("timeline").Aria("labelledby", "timeline-title").Body(
		app.H2().ID("timeline-title").Text(env.T("home.timeline")),
		app.P().Class("timeline-desc").ID("timeline-desc").Text(env.T("home.timeline.desc")),
		app.Div().Class("timeline-chart").Body(
			app.Span().Class("timeline-max").Aria("hidden", "true").Text(itoa(maxN)),
			svg("svg").
				Attr("viewBox", "0 0 "+itoa(max(len(bs), minSlots)*slot)+" "+itoa(barMax)).
				Attr("preserveAspectRatio", "none").
				Attr("role", "group").
				Aria("describedby", "timeline-desc").
				Aria("label", env.T("home.timeline")).
				Attr("focusable", "false").
				Body(bars...),
		),
		app.Div().Class("timeline-axis").Aria("hidden", "true").Body(
			app.Span().Text(periodName(env, bs[0].Key, false)),
			app.If(len(bs) > 1, app.Span().Text(periodName(env, bs[len(bs)-1].Key, false))),
		),
	)
}

// followBar navigates in place to a bar's link: go-app only does it by
// itself for HTML links, and an SVG link would reload the page.
func (h *Home) followBar(ctx app.Context, e app.Event) {
	e.PreventDefault()
	ctx.Navigate(ctx.JSSrc().Call("getAttribute", "href").String())
}

// svg returns an SVG element.
func svg(tag string) app.HTMLElem { return app.Elem(tag).XMLNS(svgNS) }

// num prints a coordinate with at most two decimals.
func num(f float64) string { return strconv.FormatFloat(math.Round(f*100)/100, 'f', -1, 64) }
