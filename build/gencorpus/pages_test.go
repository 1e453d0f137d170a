package main

import (
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
