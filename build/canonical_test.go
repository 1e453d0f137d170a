package main

import "testing"

func TestCanonicalHTML(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"sorts attributes", `<meta name="a" content="b">`, `<meta content="b" name="a">`},
		{"same output for any order", `<meta content="b" name="a">`, `<meta content="b" name="a">`},
		{"bare aria gets true", `<span aria-hidden>L</span>`, `<span aria-hidden="true">L</span>`},
		{"drops og:url", "<head>\n<meta content=\"http://example.com/x\" property=\"og:url\">\n<title>T</title>", "<head><title>T</title>"},
		{"drops formatting line breaks around marks", "<h1>\nà l&#39;\n<mark>ONU</mark>\n propose\n</h1>", "<h1>à l&#39;<mark>ONU</mark> propose</h1>"},
		{"drops CRLF line breaks, keeps a lone CR", "<p>\r\na\rb\r\n</p>", "<p>a\rb</p>"},
		{"keeps script line breaks", "<script>\nvar a;\n</script>\n<p>x</p>", "<script>\nvar a;\n</script><p>x</p>"},
		{"keeps text and entities as they are", `<p>L&#39;État &amp; «&nbsp;moi&nbsp;»</p>`, `<p>L&#39;État &amp; «&nbsp;moi&nbsp;»</p>`},
		{"escapes attribute values", `<a title="a &quot;b&quot; &lt;c&gt;" href="/x?a=1&amp;b=2">x</a>`, `<a href="/x?a=1&amp;b=2" title="a &#34;b&#34; &lt;c&gt;">x</a>`},
		{"keeps scripts raw", `<script>if (a < b) {}</script>`, `<script>if (a < b) {}</script>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(canonicalHTML([]byte(tt.in))); got != tt.want {
				t.Errorf("canonicalHTML(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
