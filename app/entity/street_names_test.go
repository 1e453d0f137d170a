package entity

import "testing"

// TestStreetNames holds streets and squares named by common nouns or by
// a titled person, which the rules missed or cut to the person ("place
// de la République" missed, "rue du Général Leclerc" shown as the
// person Leclerc; GUIDELINE: streets and squares are LOC with their
// noun), and the common noun "place" before a country or a person. The
// sentences are written for the test; each wants exactly the mentions
// shown by default, as TYPE:text.
func TestStreetNames(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a square named by a common noun",
			blocks: []string{"Les manifestants se sont rassemblés place de la Nation avant de rejoindre la rue de la Convention."},
			want:   []string{"LOC:place de la Nation", "LOC:rue de la Convention"}},
		{name: "an avenue of a common noun after de l'",
			blocks: []string{"Le siège de la banque est situé avenue de l'Indépendance à Niamey."},
			want:   []string{"LOC:avenue de l'Indépendance", "LOC:Niamey"}},
		{name: "a street named after a titled person",
			blocks: []string{"Un incendie s'est déclaré rue du Général Leclerc à Vannes, puis boulevard du Président Wilson."},
			want:   []string{"LOC:rue du Général Leclerc", "LOC:Vannes", "LOC:boulevard du Président Wilson"}},
		{name: "a square named after a titled person with a particle",
			blocks: []string{"Le marché de Noël s'installe place du Général de Gaulle à Lille."},
			want:   []string{"LOC:place du Général de Gaulle", "LOC:Lille"}},
		{name: "the common noun place before a person",
			blocks: []string{"Elle a pris la place de Maxime Prévot à la tête du parti."},
			want:   []string{"PER:Maxime Prévot"}},
		{name: "the common noun place before a country",
			blocks: []string{"La place de la France en Europe a changé."},
			want:   []string{"LOC:France", "LOC:Europe"}},
		{name: "a ministry named by its address stays the ministry",
			blocks: []string{"Le Quai d'Orsay a convoqué l'ambassadeur."},
			want:   []string{"ORG:Quai d'Orsay"}},
	})
}
