package resultsdom

import (
	"strings"
	"testing"
)

// TestAppendHTML checks the markup of rows against markup written by
// hand: texts with markup characters stay text, attribute values keep
// their quotes and ampersands, void elements have no end tag, empty
// texts write nothing.
func TestAppendHTML(t *testing.T) {
	tests := []struct {
		name string
		rows []Row
		want string
	}{
		{
			name: "none",
			want: "",
		},
		{
			name: "text with markup characters",
			rows: []Row{{Key: "a", Node: El("li", []Attr{{Name: "data-article-id", Value: "a"}},
				El("h2", nil, El("a", []Attr{{Name: "href", Value: "/articles/a"}},
					Text(""), El("mark", nil, Text("<b>")), Text(` & "Tom's" > <script>alert(1)</script>`))))}},
			want: `<li data-article-id="a"><h2><a href="/articles/a"><mark>&lt;b&gt;</mark>` +
				` &amp; "Tom's" &gt; &lt;script&gt;alert(1)&lt;/script&gt;</a></h2></li>`,
		},
		{
			name: "attribute values with quotes and ampersands",
			rows: []Row{{Key: "b", Node: El("li", []Attr{{Name: "data-story", Value: `s"1' <x>`}},
				El("a", []Attr{{Name: "href", Value: "/compare?left=a&right=b"}}, Text("Diff")))}},
			want: `<li data-story="s&quot;1' <x>"><a href="/compare?left=a&amp;right=b">Diff</a></li>`,
		},
		{
			name: "void element and two rows",
			rows: []Row{
				{Key: "c", Node: El("li", nil, El("label", nil, El("input", []Attr{{Name: "type", Value: "checkbox"}, {Name: "checked", Value: ""}}), Text(" Comparer")))},
				{Key: "d", Node: El("li", nil, El("p", []Attr{{Name: "class", Value: "passage"}}))},
			},
			want: `<li><label><input type="checkbox" checked=""> Comparer</label></li><li><p class="passage"></p></li>`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			AppendHTML(&b, tt.rows)
			if got := b.String(); got != tt.want {
				t.Errorf("AppendHTML =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
