package ui

import (
	"reflect"
	"testing"
)

func TestPageBounds(t *testing.T) {
	tests := []struct {
		name                string
		n, size, page       int
		from, to, wantPages int
	}{
		{"empty list", 0, 10, 1, 0, 0, 1},
		{"one short page", 7, 10, 1, 0, 7, 1},
		{"exactly one page", 10, 10, 1, 0, 10, 1},
		{"first of three", 25, 10, 1, 0, 10, 3},
		{"last, short", 25, 10, 3, 20, 25, 3},
		{"past the end", 25, 10, 4, 25, 25, 3},
		{"page 0 is the first", 25, 10, 0, 0, 10, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			from, to, pages := pageBounds(tt.n, tt.size, tt.page)
			if from != tt.from || to != tt.to || pages != tt.wantPages {
				t.Errorf("pageBounds(%d, %d, %d) = %d, %d, %d, want %d, %d, %d", tt.n, tt.size, tt.page, from, to, pages, tt.from, tt.to, tt.wantPages)
			}
		})
	}
}

func TestPageNumbers(t *testing.T) {
	tests := []struct {
		name        string
		page, pages int
		want        []int
	}{
		{"two pages", 1, 2, []int{1, 2}},
		{"start of many", 1, 1000, []int{1, 2, 3, 0, 1000}},
		{"middle", 50, 1000, []int{1, 0, 48, 49, 50, 51, 52, 0, 1000}},
		{"near the start, no gap", 4, 10, []int{1, 2, 3, 4, 5, 6, 0, 10}},
		{"end", 10, 10, []int{1, 0, 8, 9, 10}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pageNumbers(tt.page, tt.pages); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("pageNumbers(%d, %d) = %v, want %v", tt.page, tt.pages, got, tt.want)
			}
		})
	}
}
