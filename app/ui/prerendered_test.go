package ui

import "testing"

func TestBusy(t *testing.T) {
	tests := []struct{ html, want string }{
		{`<article class="reading"><h1>T</h1></article>`, `<article aria-busy="true" class="reading"><h1>T</h1></article>`},
		{`<div><p>x</p></div>`, `<div aria-busy="true"><p>x</p></div>`},
		{`text`, `text`},
		{``, ``},
	}
	for _, tt := range tests {
		if got := busy(tt.html); got != tt.want {
			t.Errorf("busy(%q) = %q, want %q", tt.html, got, tt.want)
		}
	}
}
