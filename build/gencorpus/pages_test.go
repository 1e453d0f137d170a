package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestUniquePage(t *testing.T) {
	const s = " This is copy number 7 of the page, kept for the record."
	long := "The council voted on Tuesday to close the old bridge to lorries from next month."
	tests := []struct{ name, page, want string }{
		{"every run of prose", `<body><p class="promo">Subscribe</p><p>` + long + `</p><p><b>` + long + `</b></p></body>`,
			`<body><p class="promo">Subscribe</p><p>` + long + s + `</p><p><b>` + long + s + `</b></p></body>`},
		{"lines between <br>", `<div>` + long + `<br>` + long + `</div>`, `<div>` + long + s + `<br>` + long + s + `</div>`},
		{"no script, style or comment", `<script type="application/ld+json">{"headline": "` + long + `"}</script><!-- ` + long + ` --><p>` + long + `</p>`,
			`<script type="application/ld+json">{"headline": "` + long + `"}</script><!-- ` + long + ` --><p>` + long + s + `</p>`},
		{"no paragraph", `<body><div>Only a div.</div></body>`,
			`<body><div>Only a div.</div><p>` + s + `</p></body>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(uniquePage([]byte(tt.page), 7)); got != tt.want {
				t.Errorf("uniquePage(%q) = %q, want %q", tt.page, got, tt.want)
			}
		})
	}
}

// TestWritePagesGzip copies pages kept gzipped, as the benchmark's
// repository keeps them, and plain ones.
func TestWritePagesGzip(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	page := `<html><body><article><p>Le conseil municipal a voté mardi le budget de la ville pour l'année prochaine, sans surprise.</p></article></body></html>`
	var gz bytes.Buffer
	z := gzip.NewWriter(&gz)
	z.Write([]byte(page))
	z.Close()
	if err := os.WriteFile(filepath.Join(in, "a.html.gz"), gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "b.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writePages(in, 4, out); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 4; i++ {
		b, err := os.ReadFile(filepath.Join(out, fmt.Sprintf("%02d", i), fmt.Sprintf("page-%05d.html", i)))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), "Le conseil municipal a voté mardi") || bytes.Equal(b, []byte(page)) {
			t.Errorf("copy %d is not the page with a sentence of its own: %.200q", i, b)
		}
	}
}
