package main

import (
	"testing"
)

func TestCanonicalHTML(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"sorts attributes", `<meta name="a" content="b">`, `<meta content=b name=a>`},
		{"same output for any order", `<meta content="b" name="a">`, `<meta content=b name=a>`},
		{"bare aria gets true", `<span aria-hidden>L</span>`, `<span aria-hidden=true>L</span>`},
		{"drops og:url", "<head>\n<meta content=\"http://example.com/x\" property=\"og:url\">\n<title>T</title>", "<head><title>T</title>"},
		{"drops formatting line breaks around marks", "<h1>\nà l&#39;\n<mark>ONU</mark>\n propose\n</h1>", "<h1>à l'<mark>ONU</mark> propose</h1>"},
		{"drops CRLF line breaks, keeps a lone CR", "<p>\r\na\rb\r\n</p>", "<p>a\rb</p>"},
		{"keeps script line breaks", "<script>\nvar a;\n</script>\n<p>x</p>", "<script>\nvar a;\n</script><p>x</p>"},
		{"keeps text and entities as they are, but quotes", `<p>L&#39;État &amp; «&nbsp;moi&nbsp;» &#34;x&#34; &#38; &lt;b&gt;</p>`, `<p>L'État &amp; «&nbsp;moi&nbsp;» "x" &#38; &lt;b&gt;</p>`},
		{"apostrophes in attribute values as they are", `<meta content="l&#39;ONU &#34;x&#34;" name="description">`, `<meta content="l'ONU &#34;x&#34;" name=description>`},
		{"drops empty meta tags", `<head><meta content="" name="keywords"><meta content="" property="og:image"><meta charset="UTF-8"><meta content="x" name="author"></head>`, `<head><meta charset=UTF-8><meta content=x name=author></head>`},
		{"drops closed dialogs", "<div><dialog id=\"keys\"><h2>Keys</h2><dialog><p>in</p></dialog><dl><dt>/</dt></dl></dialog>\n<p>after</p></div>", `<div><p>after</p></div>`},
		{"drops Open Graph tags", `<meta content="T — Lecteur" property="og:title"><meta content="website" property="og:type"><title>T — Lecteur</title>`, `<title>T — Lecteur</title>`},
		{"drops stylesheet preloads, keeps the rest", `<link as="style" href="/web/style.css" rel="preload" type="text/css"><link href="/web/style.css" rel="stylesheet" type="text/css"><link as="fetch" crossorigin="anonymous" href="/web/app.wasm" rel="preload">`, `<link href=/web/style.css rel=stylesheet><link as=fetch crossorigin=anonymous href=/web/app.wasm rel=preload>`},
		{"keeps open dialogs", `<dialog open=""><p>x</p></dialog>`, `<dialog open><p>x</p></dialog>`},
		{"escapes attribute values", `<a title="a &quot;b&quot; &lt;c&gt;" href="/x?a=1&amp;b=2">x</a>`, `<a href="/x?a=1&amp;b=2" title="a &#34;b&#34; &lt;c&gt;">x</a>`},
		{"drops boolean attributes set to false", `<option selected="false" value="dark">D</option><option selected value="">A</option><details open="false"><summary spellcheck="false">S</summary></details>`, `<option value=dark>D</option><option selected value>A</option><details><summary spellcheck=false>S</summary></details>`},
		{"drops the switches only the app uses", `<header><a href="/">L</a><div class="prefs"><button id="lang-switch">English</button><div><select id="theme"><option>A</option></select></div></div><nav>n</nav></header>`, `<header><a href=/>L</a><nav>n</nav></header>`},
		{"keeps other divs", `<div class="prefs-x"><p>x</p></div>`, `<div class=prefs-x><p>x</p></div>`},
		{"drops a mark's title and entity id", `<p><mark data-entity="PER" data-entity-id="per-joe-biden" title="Personne">Joe Biden</mark> et <mark data-entity="ORG" data-entity-id="org-fmi" data-low="1" title="Organisation">FMI</mark></p>`, `<p><mark data-entity=PER>Joe Biden</mark> et <mark data-entity=ORG data-low=1>FMI</mark></p>`},
		{"keeps the title of other elements", `<a data-entity-id="per-x" title="Personne">x</a>`, `<a data-entity-id=per-x title=Personne>x</a>`},
		{"quotes only the values HTML needs quoted", `<a class="a b" data-x="a=b" data-y="it's" data-z="x&amp;y" data-w="a>b" data-v="a` + "`" + `b" href="/q?x/y">x</a>`, `<a class="a b" data-v="a` + "`" + `b" data-w="a&gt;b" data-x="a=b" data-y="it's" data-z="x&amp;y" href=/q?x/y>x</a>`},
		{"empty values bare", `<input checked="" id="q" type="search" value="">`, `<input checked id=q type=search value>`},
		{"self-closing tags keep their quotes", `<img src="/a/"/>`, `<img src="/a/"/>`},
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

// TestOutsideLink reproduces issue 19 #7: an article's text may name any
// host; only the page's own links and resources may not leave the site.
func TestOutsideLink(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"hosts in article text", `<p>Le serveur 127.0.0.1 répond, example.com aussi : http://example.com/x</p>`, ""},
		{"hosts in a title attribute", `<abbr title="http://127.0.0.1:8000/">x</abbr>`, ""},
		{"description meta", `<meta name="description" content="Voir http://example.com">`, ""},
		{"site paths", `<a href="/explorer/articles/a">a</a><link href="/explorer/web/style.css" rel="stylesheet"><a href="#top">t</a><a href="search?q=x">s</a>`, ""},
		{"data image", `<img src="data:image/png;base64,AAAA">`, ""},
		{"og:url is dropped, not reported", `<meta content="http://example.com/x" property="og:url">`, ""},
		{"link to another host", `<a href="http://example.com/">x</a>`, `<a href="http://example.com/">`},
		{"resource from another host", `<script src="https://cdn.test/app.js"></script>`, `<script src="https://cdn.test/app.js">`},
		{"protocol-relative", `<img src="//evil.test/x.png">`, `<img src="//evil.test/x.png">`},
		{"backslash", `<a href="/\evil.test/">x</a>`, `<a href="/\\evil.test/">`},
		{"srcset candidate", `<img srcset="/a.png 1x, https://evil.test/b.png 2x">`, `<img srcset="/a.png 1x, https://evil.test/b.png 2x">`},
		{"script URL", `<a href="javascript:alert(1)">x</a>`, `<a href="javascript:alert(1)">`},
		{"form", `<form action="http://127.0.0.1/s"></form>`, `<form action="http://127.0.0.1/s">`},
		{"shared image", `<meta content="http://example.com/web/icon.png" property="og:image">`, `<meta content="http://example.com/web/icon.png">`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, got := canonicalize([]byte(tt.in)); got != tt.want {
				t.Errorf("canonicalize(%q) outside = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDropDescription(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"drops it", `<head><meta charset=UTF-8><meta content="Explorer un corpus d'articles : recherche." name=description><meta content=#1f4e5f name=theme-color></head>`, `<head><meta charset=UTF-8><meta content=#1f4e5f name=theme-color></head>`},
		{"none", `<head><meta charset=UTF-8><title>T</title></head>`, `<head><meta charset=UTF-8><title>T</title></head>`},
		{"text that names it stays", `<p>name=description</p>`, `<p>name=description</p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(dropDescription([]byte(tt.in))); got != tt.want {
				t.Errorf("dropDescription(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDropFooter(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"drops it", `<main id=main><p>x</p></main><footer class=bottom><p>Tout reste dans votre navigateur.</p></footer></div><aside id=app-wasm-loader></aside>`, `<main id=main><p>x</p></main></div><aside id=app-wasm-loader></aside>`},
		{"none", `<main id=main><p>x</p></main></div>`, `<main id=main><p>x</p></main></div>`},
		{"another footer stays", `<footer class=note><p>x</p></footer>`, `<footer class=note><p>x</p></footer>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(dropFooter([]byte(tt.in))); got != tt.want {
				t.Errorf("dropFooter(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
