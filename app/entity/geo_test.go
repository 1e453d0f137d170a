package entity

import "testing"

// TestGeoNames holds places named by a geographic or infrastructure noun
// and a capitalised name, which keep their noun (GUIDELINE: natural
// features keep their noun; a facility noun and its name keep it): the
// recogniser gave the name alone ("Sahara", "Chine", "Emosson") or
// nothing ("la rivière Loing"). The sentences are written for the test;
// each wants exactly the mentions shown by default, as TYPE:text.
func TestGeoNames(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a desert and a limestone plateau through du",
			blocks: []string{"Les caravanes traversent le désert du Sahara avant de rejoindre le causse du Larzac."},
			want:   []string{"LOC:désert du Sahara", "LOC:causse du Larzac"}},
		{name: "a glacier through de la, a lagoon through de",
			blocks: []string{"Les guides ont mesuré le glacier de la Suretta, puis la lagune de Marchica."},
			want:   []string{"LOC:glacier de la Suretta", "LOC:lagune de Marchica"}},
		{name: "a sea and an archipelago named by countries",
			blocks: []string{"Le cargo a croisé en mer de Chine, puis près de l'archipel des Comores."},
			want:   []string{"LOC:mer de Chine", "LOC:archipel des Comores"}},
		{name: "rivers and an ocean with the name right after",
			blocks: []string{"La barque a descendu la rivière Loing, puis le fleuve Mono jusqu'à l'océan Indien."},
			want:   []string{"LOC:rivière Loing", "LOC:fleuve Mono", "LOC:océan Indien"}},
		{name: "a dam, a cemetery and a parish",
			blocks: []string{"Les marcheurs sont partis du barrage d'Emosson vers le cimetière de Bab al-Saghir et la paroisse St-Monica."},
			want:   []string{"LOC:barrage d'Emosson", "LOC:cimetière de Bab al-Saghir", "LOC:paroisse St-Monica"}},
		{name: "built places with an adjective or a second noun",
			blocks: []string{"Le convoi a quitté la zone industrielle de Glo-Djigbé pour le poste frontière de Kanyaru Haut."},
			want:   []string{"LOC:zone industrielle de Glo-Djigbé", "LOC:poste frontière de Kanyaru Haut"}},
		{name: "the town after a named power station is a place of its own",
			blocks: []string{"La visite s'est achevée à la centrale solaire Noor I de Ouarzazate, au sud du pays."},
			want:   []string{"LOC:centrale solaire Noor I", "LOC:Ouarzazate"}},
		{name: "works keep their noun before a town",
			blocks: []string{"Un camion a brûlé dans le tunnel de Toulon, loin du gazoduc Maghreb-Europe."},
			want:   []string{"LOC:tunnel de Toulon", "LOC:gazoduc Maghreb-Europe"}},
		{name: "a saint's name runs on through de, a pair keeps its capital",
			blocks: []string{"La réunion s'est tenue à la paroisse Notre Dame de Fatima, près de la Zone industrielle de Glo-Djigbé."},
			want:   []string{"LOC:paroisse Notre Dame de Fatima", "LOC:Zone industrielle de Glo-Djigbé"}},
		{name: "a name in quotes",
			blocks: []string{"Les coureurs ont traversé le Sahara (« désert du Sahara ») en dix jours."},
			want:   []string{"LOC:Sahara", "LOC:désert du Sahara"}},
		{name: "an international airport before its town keeps its noun",
			blocks: []string{"L'avion s'est posé à l'aéroport international de Catane vers midi."},
			want:   []string{"LOC:aéroport international de Catane"}},
		{name: "a power station named by a two-word name",
			blocks: []string{"L'eau rejetée par la centrale de Fukushima Daiichi inquiète les pêcheurs."},
			want:   []string{"LOC:centrale de Fukushima Daiichi"}},
		{name: "a district named right after its noun",
			blocks: []string{"Le chantier du nouveau quartier Erasmus Garden commence lundi."},
			want:   []string{"LOC:quartier Erasmus Garden"}},
		{name: "a built place before a listed town gives the town",
			blocks: []string{"Les ouvriers de la centrale nucléaire de Flamanville sont en grève."},
			want:   []string{"LOC:Flamanville"}},
		{name: "a power station before a one-word site gives the site",
			blocks: []string{"Des drones ont frappé la région de Zaporijia et visé la centrale nucléaire de Zaporijia dans la nuit."},
			want:   []string{"LOC:Zaporijia", "LOC:Zaporijia"}},
		{name: "a glacier before a continent is the continent's",
			blocks: []string{"C'est le plus grand glacier d'Europe, selon les chercheurs."},
			want:   []string{"LOC:Europe"}},
		{name: "common nouns before lower-case words are no places",
			blocks: []string{"Ils ont vu la mer de sable et rentré le bois de chauffage avant l'hiver."},
			want:   nil},
		{name: "a sea-front is no sea",
			blocks: []string{"Le front de mer de Port-Louis a été rénové."},
			want:   []string{"LOC:Port-Louis"}},
		{name: "a lower-case noun inside a body's name stays the body's",
			blocks: []string{"La Banque centrale des États de l'Afrique de l'Ouest a relevé son taux."},
			want:   []string{"ORG:Banque centrale des États de l'Afrique de l'Ouest"}},
	})
}
