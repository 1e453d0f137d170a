package ui

import (
	"reflect"
	"testing"
)

// TestLegendPrefsWith checks the choice each legend box saves.
func TestLegendPrefsWith(t *testing.T) {
	tests := []struct {
		name   string
		prefs  legendPrefs
		id     string
		on     bool
		want   legendPrefs
		wantOK bool
	}{
		{"untick a type", legendPrefs{}, "legend-PER", false, legendPrefs{Hidden: []string{"PER"}}, true},
		{"untick a second type", legendPrefs{Hidden: []string{"PER"}}, "legend-ORG", false, legendPrefs{Hidden: []string{"PER", "ORG"}}, true},
		{"untick twice", legendPrefs{Hidden: []string{"PER"}}, "legend-PER", false, legendPrefs{Hidden: []string{"PER"}}, true},
		{"tick again", legendPrefs{Hidden: []string{"PER", "ORG"}, Labels: true}, "legend-PER", true, legendPrefs{Hidden: []string{"ORG"}, Labels: true}, true},
		{"tick the last", legendPrefs{Hidden: []string{"LOC"}}, "legend-LOC", true, legendPrefs{}, true},
		{"labels on", legendPrefs{Hidden: []string{"PER"}}, "legend-labels", true, legendPrefs{Hidden: []string{"PER"}, Labels: true}, true},
		{"explore off", legendPrefs{Explore: true}, "legend-explore", false, legendPrefs{}, true},
		{"low is not kept", legendPrefs{Labels: true}, "legend-low", true, legendPrefs{Labels: true}, false},
		{"another box", legendPrefs{}, "compare-left", false, legendPrefs{}, false},
		{"empty type", legendPrefs{}, "legend-", false, legendPrefs{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.prefs.with(tt.id, tt.on)
			if !reflect.DeepEqual(got, tt.want) || ok != tt.wantOK {
				t.Errorf("%+v.with(%q, %v) = %+v, %v; want %+v, %v", tt.prefs, tt.id, tt.on, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}
