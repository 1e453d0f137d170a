package corpus

import (
	"reflect"
	"testing"
)

// kinds renders blocks as "kind:text" for comparison.
func kinds(blocks []block) []string {
	names := map[blockKind]string{kindText: "text", kindTitle: "title", kindHeading: "heading", kindCaption: "caption"}
	var out []string
	for _, b := range blocks {
		out = append(out, names[b.kind]+":"+b.text)
	}
	return out
}

func TestMarkdownBlocks(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"title and heading", "# Le titre #\n\nTexte.\n\n## Intertitre\n\nSuite.", []string{"title:Le titre", "text:Texte.", "heading:Intertitre", "text:Suite."}},
		{"setext", "Le titre\n========\n\nTexte.\n\nSous-titre\n----------\n", []string{"title:Le titre", "text:Texte.", "heading:Sous-titre"}},
		{"inline markup", "Un **gras**, un *italique*, un [lien](http://x.fr), du `code` et un_mot_composé.", []string{"text:Un gras, un italique, un lien, du code et un_mot_composé."}},
		{"image text is a caption", "![Le port de Riga.](riga.jpg)\n\nTexte.", []string{"caption:Le port de Riga.", "text:Texte."}},
		{"lists and quotes", "- un\n- deux\n\n> une citation\n> sur deux lignes", []string{"text:un", "text:deux", "text:une citation sur deux lignes"}},
		{"rule and reference", "Avant.\n\n---\n\n[1]: http://x.fr\n\nAprès.", []string{"text:Avant.", "text:Après."}},
		{"escapes", `Un \*astérisque\* et 3\. un point`, []string{"text:Un *astérisque* et 3. un point"}},
		{"second level-1 is a heading", "# A\n\n# B", []string{"title:A", "heading:B"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, _ := markdownBlocks(tt.text)
			if got := kinds(blocks); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("markdownBlocks(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestHTMLBlocks(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		title      string
	}{
		{"article wins", `<body><p>Menu</p><article><h1>Titre</h1><p>Texte.</p></article><p>Pied</p></body>`, []string{"heading:Titre", "text:Texte."}, "Titre"},
		{"main", `<body><div>Logo</div><main><p>Texte.</p></main></body>`, []string{"text:Texte."}, ""},
		{"role main", `<body><div>Logo</div><div role="main"><p>Texte.</p></div></body>`, []string{"text:Texte."}, ""},
		{"body", `<p>Un.</p><p>Deux.</p>`, []string{"text:Un.", "text:Deux."}, ""},
		{"skipped elements", `<article><nav>Accueil</nav><script>var x = "<p>";</script><style>p{}</style><p>Texte.</p><aside>Voir aussi</aside><footer>Pied</footer></article>`, []string{"text:Texte."}, ""},
		{"chrome classes", `<article><div class="share-tools">Partager</div><div id="related-links">Autres</div><div class="ad-slot">Pub</div><p class="article-body">Texte.</p></article>`, []string{"text:Texte."}, ""},
		{"hidden", `<article><p hidden>Caché</p><p aria-hidden="true">Caché</p><p>Texte.</p></article>`, []string{"text:Texte."}, ""},
		{"figcaption", `<article><figure><img src="a.jpg" alt="une photo"><figcaption>Le port.</figcaption></figure></article>`, []string{"caption:Le port."}, ""},
		{"br and inline", `<article><p>Un <b>gras</b> et <a href="#">lien</a>.<br>Ligne deux.</p></article>`, []string{"text:Un gras et lien.", "text:Ligne deux."}, ""},
		{"entities", `<p>L&#8217;État &amp; l&rsquo;&eacute;t&eacute; &lt;b&gt;</p>`, []string{"text:L’État & l’été <b>"}, ""},
		{"title from head", `<html><head><title>Le titre | Le Site</title></head><body><p>Texte.</p></body></html>`, []string{"text:Texte."}, "Le titre"},
		{"broken markup", `<article><p>Un<p>Deux</div></span><h1>T`, []string{"text:Un", "text:Deux", "heading:T"}, "T"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, h := htmlBlocks(tt.text)
			if got := kinds(blocks); !reflect.DeepEqual(got, tt.want) || h.title != tt.title {
				t.Errorf("htmlBlocks(%q) = %q, title %q; want %q, title %q", tt.text, got, h.title, tt.want, tt.title)
			}
		})
	}
}
