package entity

import "testing"

// TestPartyBeforePerson holds a party named between a role and a
// person's full name (recognize.go, parties.go), from heldout28's "le
// sénateur Les Républicains Marc-Philippe Daubresse", read as one
// organisation. The sentences are written for the test.
func TestPartyBeforePerson(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a party of two words, one word and an acronym",
			blocks: []string{"La contestation monte contre le projet du sénateur Les Républicains Bruno Retailleau. Le député LR Olivier Marleix et la sénatrice Renaissance Nathalie Goulet ont voté contre."},
			want:   []string{"ORG:Les Républicains", "PER:Bruno Retailleau", "ORG:LR", "PER:Olivier Marleix", "ORG:Renaissance", "PER:Nathalie Goulet"}},
		{name: "a role before a full name stays one person",
			blocks: []string{"Le ministre Amedé Koffi Kouakou a inauguré la route."},
			want:   []string{"PER:Amedé Koffi Kouakou"}},
	})
}
