package entity

import "testing"

// TestListOfPeopleWithOddName holds a list of people with one name the
// rules read as an organisation (a surname in capitals), which made
// organisations of the other people typed by default (issue 15,
// heldout16: a festival jury). The sentences are written for the test;
// each wants exactly the mentions shown by default, as TYPE:text.
func TestListOfPeopleWithOddName(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a jury with a surname in capitals",
			blocks: []string{"Le jury réunit Carla Simon, Mascha Berglund, Kelly Reichardt, TANAKA Yumi et Julia Ducournau."},
			want:   []string{"PER:Carla Simon", "PER:Mascha Berglund", "PER:Kelly Reichardt", "ORG:TANAKA Yumi", "PER:Julia Ducournau"}},
		{name: "companies listed with a sure one stay companies",
			blocks: []string{"Les annonces pullulent sur Airbnb et Leboncoin."},
			want:   []string{"ORG:Airbnb", "ORG:Leboncoin"}},
	})
}
