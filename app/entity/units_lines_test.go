package entity

import "testing"

// TestUnitsAndLines drops the codes that name a unit, an index, a
// labour-law scheme, a transit line, a telescope after "du" and a
// circuit (heldout28: "16 GWh", "(IPCH)", "(PDV)", "le RER B", "les
// lignes K et T4", "l'instrument MIRI du JWST", "classée en World Tour"
// were organisations or places; GUIDELINE: products and competitions are
// no entities, an index no organisation).
func TestUnitsAndLines(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "units after their numbers",
			blocks: []string{"La centrale produira 12 TWh par an, contre 4 GWh aujourd'hui, selon EDF."},
			want:   []string{"ORG:EDF"}},
		{name: "a unit of storage",
			blocks: []string{"Le téléphone de Samsung offre 512 Go de mémoire."},
			want:   []string{"ORG:Samsung"}},
		{name: "an index spelled in brackets",
			blocks: []string{"L'indice des prix à la consommation (IPC) a reculé en mars, selon l'Insee."},
			want:   []string{"ORG:Insee"}},
		{name: "a redundancy scheme",
			blocks: []string{"Michelin a lancé un plan de départs volontaires (PDV) à Cholet."},
			want:   []string{"ORG:Michelin", "LOC:Cholet"}},
		{name: "a common noun's acronym before its owner gives the owner",
			blocks: []string{"Le PDV de Michelin concerne 300 postes."},
			want:   []string{"ORG:Michelin"}},
		{name: "a line after its acronym",
			blocks: []string{"Le trafic sera interrompu sur le RER D entre Paris et Melun."},
			want:   []string{"LOC:Paris", "LOC:Melun"}},
		{name: "lines listed after their noun",
			blocks: []string{"La RATP prévoit des perturbations sur les lignes 13, B et T3."},
			want:   []string{"ORG:RATP"}},
		{name: "a tram line",
			blocks: []string{"Le tram T2 ne circulera pas dimanche à Lyon."},
			want:   []string{"LOC:Lyon"}},
		{name: "a body after a line stays",
			blocks: []string{"Sur la ligne, la SNCF et la RATP se partagent le trafic."},
			want:   []string{"ORG:SNCF", "ORG:RATP"}},
		{name: "a telescope after du",
			blocks: []string{"Les données de l'instrument NIRISS du JWST ont été publiées."},
			want:   nil},
		{name: "a common noun's acronym before its town gives the town",
			blocks: []string{"Elle a consulté au centre de PMI de Roubaix."},
			want:   []string{"LOC:Roubaix"}},
		{name: "a cycling circuit",
			blocks: []string{"L'équipe espère monter en World Tour dès l'an prochain."},
			want:   nil},
	})
}
