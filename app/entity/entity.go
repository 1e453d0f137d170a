package entity

// Type is the kind of a named entity.
type Type string

// The entity types Recognize emits.
const (
	PER  Type = "PER"  // a person
	ORG  Type = "ORG"  // an organisation, institution, company, medium
	LOC  Type = "LOC"  // a place: country, region, city, geographic feature
	DATE Type = "DATE" // a calendar date or a year
)

// Mention is one occurrence of an entity in one text block of an article.
type Mention struct {
	// Block is the index of the text block in the caller's slice.
	Block int `json:"block"`
	// Start and End are rune offsets in that block, half-open.
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is the surface text, Text == string([]rune(block)[Start:End]).
	Text string `json:"text"`
	Type Type   `json:"type"`
	// Value is the ISO date ("2017-05-11", "2013-07", "2013", "--01-20")
	// of a DATE when known.
	Value string `json:"value,omitempty"`
	// Entity is the entity id, set by Link.
	Entity string `json:"entity,omitempty"`
	// Low marks a mention found with low confidence: not marked by
	// default, never counted among the most frequent (doc.go,
	// "Confidence").
	Low bool `json:"low,omitempty"`
}

// Entity is one person, organisation, place or date of the corpus, with all
// the surface forms that name it.
type Entity struct {
	// ID is stable across builds of the same corpus and URL-safe: the type
	// and the canonical name folded, "per-jean-yves-le-drian".
	ID string `json:"id"`
	// Name is the canonical name: the longest form, accented if seen so.
	Name string `json:"name"`
	Type Type   `json:"type"`
	// Aliases are the other surface forms seen, sorted.
	Aliases []string `json:"aliases,omitempty"`
	// Articles are the ids of the articles that mention it, sorted.
	Articles []string `json:"articles"`
	// Mentions is the number of mentions in the corpus.
	Mentions int `json:"mentions"`
}

// Doc is one article's mentions, as Link needs them.
type Doc struct {
	ID       string    `json:"id"`
	Mentions []Mention `json:"mentions"`
}
