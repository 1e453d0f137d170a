package entity

import "testing"

// TestCollectiveNames holds the person a government, a regime, an era or
// a family is named after ("le gouvernement Trudeau" left unshown,
// "Conseil des ministres de Justin Trudeau" one organisation; issue 15).
// The sentences are written for the test; each wants exactly the
// mentions shown by default, as TYPE:text.
func TestCollectiveNames(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a government by its head",
			blocks: []string{"Les députés ont investi le gouvernement Mbeki après trois jours de débat."},
			want:   []string{"PER:Mbeki"}},
		{name: "a regime and a family",
			blocks: []string{"Sous le régime Moubarak, la famille Lacombe avait prospéré."},
			want:   []string{"PER:Moubarak", "PER:Lacombe"}},
		{name: "brothers",
			blocks: []string{"Le jury a encore primé les frères Taviani cette année."},
			want:   []string{"PER:Taviani"}},
		{name: "a coalition of parties is no one",
			blocks: []string{"Une dernière réforme pour le gouvernement MR-Ecolo de Charles Michel."},
			want:   []string{"ORG:MR-Ecolo", "PER:Charles Michel"}},
		{name: "a place after the head stays a place",
			blocks: []string{"Le gouvernement Québec a tranché."},
			want:   []string{"LOC:Québec"}},
		{name: "a council and its head",
			blocks: []string{"Le remaniement touche le tiers du Conseil des ministres de Justin Trudeau."},
			want:   []string{"ORG:Conseil des ministres", "PER:Justin Trudeau"}},
	})
}

// TestAppositionRoles shows as a person a name a role describes right
// after a comma ("Vital Kamerhe, nouveau président élu" was an
// organisation; issue 15).
func TestAppositionRoles(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "a new president",
			blocks: []string{"La session s'est ouverte par Vital Kamerhe, nouveau président élu de l'Assemblée."},
			want:   []string{"PER:Vital Kamerhe", "ORG:Assemblée"}},
		{name: "a coalition named before a role is no one",
			blocks: []string{"Elle est désignée par la coalition MR-Les Engagés, ministre de l'Agriculture au gouvernement wallon."},
			want:   nil}, // the coalition is no person (shown or not, its type is the party rules')
	})
}

// TestListedDoubtedPeople shows a full name listed with a person shown
// with evidence, that the model doubted ("Après Anish Kapoor et Olafur
// Eliasson" left the first unshown; issue 15).
func TestListedDoubtedPeople(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "two presidents",
			blocks: []string{"Il a successivement fait tomber les présidents Ibrahim Boubacar Keita et Bah N’Daw."},
			want:   []string{"PER:Ibrahim Boubacar Keita", "PER:Bah N’Daw"}},
		{name: "artists in a list",
			blocks: []string{"Après Anish Kapoor et Olafur Eliasson, c'est Hiroshi Sugimoto qui expose."},
			want:   []string{"PER:Anish Kapoor", "PER:Olafur Eliasson", "PER:Hiroshi Sugimoto"}},
	})
}

// TestRanks keeps military ranks out of the names they introduce
// ("Colonel-Major Amadou Madougou", "Major Ismaël Wagué"; issue 15),
// and "Major League Baseball" whole.
func TestRanks(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "ranks with capitals",
			blocks: []string{"Le Colonel-Major Amadou Madougou et le Major Ismaël Wagué sont arrivés."},
			want:   []string{"PER:Amadou Madougou", "PER:Ismaël Wagué"}},
		{name: "a league",
			blocks: []string{"La Major League Baseball a tranché."},
			want:   []string{"ORG:Major League Baseball"}},
	})
}

// TestRoleBeforeComma shows as a person a full name a role introduces
// across a comma, though its words are places' names ("le chef de la
// junte, Salou Djibo" was a place), and not a list of bodies after a
// word of roles.txt; "Ag" in a Tuareg name is no company's tail
// ("Moussa Ag Attaher" was an organisation; issue 15).
func TestRoleBeforeComma(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "the head of a junta",
			blocks: []string{"Vingt ministres ont été nommés par le chef de la junte, Salou Djibo."},
			want:   []string{"PER:Salou Djibo"}},
		{name: "a list of investors",
			blocks: []string{"Son premier tour de table a réussi grâce au soutien d'Innovacom, Applied Materials et Bpifrance."},
			want:   []string{"ORG:Innovacom", "ORG:Applied Materials", "ORG:Bpifrance"}},
		{name: "a Tuareg name",
			blocks: []string{"Moussa Ag Attaher, de la coordination des mouvements, est arrivé. Siemens AG aussi."},
			want:   []string{"PER:Moussa Ag Attaher", "ORG:Siemens AG"}},
	})
}
