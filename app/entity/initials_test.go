package entity

import "testing"

// TestInitialBeforeSurname holds a first name's initial before a
// surname, cut off on the tune half of heldout11 (issue 15). The
// sentences are written for the test; each wants exactly the mentions
// shown by default, as TYPE:text.
func TestInitialBeforeSurname(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "an initial and a surname in a list of scorers",
			blocks: []string{"Rennes bat Metz (2-1)", "Buts : T. Lambert (12e) et Diallo (88e) pour Rennes ; Koné (60e) pour Metz", "Rennes a battu Metz grâce à Théo Lambert, auteur d'un but et d'une passe. L'entraîneur a salué le match et la victoire de son équipe au classement."},
			want:   []string{"ORG:Rennes", "ORG:Metz", "PER:T. Lambert", "PER:Diallo", "ORG:Rennes", "PER:Koné", "ORG:Metz", "ORG:Rennes", "ORG:Metz", "PER:Théo Lambert"}},
		{name: "M. is Monsieur, no initial",
			blocks: []string{"M. Lambert a démissionné, selon le maire de Rennes."},
			want:   []string{"PER:Lambert", "LOC:Rennes"}},
		{name: "two initials, spaced or glued, and a hyphenated pair",
			blocks: []string{"Le roman de H. G. Wells fut adapté, comme ceux de J.K. Rowling ; J.-P. Raffarin a salué l'adaptation."},
			want:   []string{"PER:H. G. Wells", "PER:J.K. Rowling", "PER:J.-P. Raffarin"}},
		{name: "initials make a person of a surname the model reads as a body",
			blocks: []string{"Books by J. K. Rowling and C. S. Lewis topped the list."},
			want:   []string{"PER:J. K. Rowling", "PER:C. S. Lewis"}},
		{name: "a middle initial keeps the name whole",
			blocks: []string{"George W. Bush met Michael J. Fox in Dallas."},
			want:   []string{"PER:George W. Bush", "PER:Michael J. Fox", "LOC:Dallas"}},
		{name: "an initial after a title, and after a capitalised word that opens the sentence",
			blocks: []string{"Le Dr. B. Durand a opéré. Selon A. Martin, le projet avance."},
			want:   []string{"PER:B. Durand", "PER:A. Martin"}},
	})
}

// TestInitialsBefore reads where the initials before a name begin, down
// to the token: letters with points that name a country are none, nor
// is "M." (Monsieur), nor an initial that ends the name before it.
func TestInitialsBefore(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // the text from the initials on, "" for none
	}{
		{"H. G. Wells", "H. G. Wells"},
		{"J.K. Rowling", "J.K. Rowling"},
		{"J.-P. Raffarin", "J.-P. Raffarin"},
		{"selon T. Lambert", "T. Lambert"},
		{"U.S. Steel", ""},
		{"the U.K. Parliament", ""},
		{"M. Lambert", ""},
		{"Rémi D. Lambert", ""},
		{"A.  Martin", ""}, // two spaces: no initial of the name
	} {
		toks := tokenize(c.text)
		last := len(toks) - 1
		got := ""
		if from := initialsBefore(toks, last); from != last {
			got = string([]rune(c.text)[toks[from].start:toks[last].end])
		}
		if got != c.want {
			t.Errorf("initialsBefore(%q) gives %q, want %q", c.text, got, c.want)
		}
	}
}
