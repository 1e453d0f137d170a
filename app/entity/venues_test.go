package entity

import "testing"

// TestVenuesNamedWithTheirNoun is the class of errors most frequent on
// the tune half of the session-10 real-news set (heldout11/tune): places
// and institutions named with their noun, and the town after a venue's
// name. The sentences are written for the test; each wants exactly the
// mentions shown by default, as TYPE:text.
func TestVenuesNamedWithTheirNoun(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a stadium named Stadium keeps its noun, in a match report too",
			blocks: []string{"Le concert de samedi soir au Stadium de Lyon a réuni trente mille spectateurs.", "Le club s’est imposé au Stadium de Toulouse (1-3) grâce à un doublé de son avant-centre, après un carton rouge et un penalty à la 70e minute."},
			want:   []string{"LOC:Stadium de Lyon", "LOC:Stadium de Toulouse"}},
		{name: "a Swiss canton gives its name alone, as heldout14-24 mostly do (cantontowns.go)",
			blocks: []string{"Les électeurs du canton de Vaud ont rejeté le texte dimanche."},
			want:   []string{"LOC:Vaud"}},
		{name: "a museum named after its town is an organisation, the town with it",
			blocks: []string{"Le tableau, prêté par le musée de Lyon, rejoindra ensuite le musée d'Orsay."},
			want:   []string{"ORG:musée de Lyon", "ORG:musée d'Orsay"}},
		{name: "a stadium named after a person, then its town",
			blocks: []string{"La cérémonie aura lieu au stade Amadou Barry de Kaolack, comme la finale au stade Pierre-Mauroy de Lille."},
			want:   []string{"LOC:stade Amadou Barry", "LOC:Kaolack", "LOC:stade Pierre-Mauroy", "LOC:Lille"}},
		{name: "an airport named after a person, with or without an adjective, then its town",
			blocks: []string{"L'appareil s'est posé à l'aéroport Léopold Sédar Senghor de Dakar, puis à l'aéroport international Félix-Houphouët-Boigny d'Abidjan."},
			want:   []string{"LOC:aéroport Léopold Sédar Senghor", "LOC:Dakar", "LOC:aéroport international Félix-Houphouët-Boigny", "LOC:Abidjan"}},
		{name: "a hospital and a university after 'de' still give the town",
			blocks: []string{"Blessé, il a été conduit à l'hôpital de Créteil ; sa sœur enseigne à l'université de Strasbourg."},
			want:   []string{"LOC:Créteil", "LOC:Strasbourg"}},
		{name: "a cathedral keeps its whole name, town included",
			blocks: []string{"La messe a été célébrée dimanche dans la cathédrale Notre-Dame de Paris."},
			want:   []string{"LOC:cathédrale Notre-Dame de Paris"}},
	})
}
