package entity

import "testing"

// TestNotPlaces holds capitalised French words that place names fold to
// (notplaces.txt): "Médias" is the Romanian town Mediaş once folded, and
// "Pâques" a feast. The sentences are written for the test.
func TestNotPlaces(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a minister's portfolio ending with Médias",
			blocks: []string{"Il a été reçu par le ministre de la Culture et des Médias pendant une heure."},
			want:   nil},
		{name: "a feast day",
			blocks: []string{"Les fleurs éclosent autour de Pâques chaque année."},
			want:   nil},
	})
}
