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
	Block      int    // index of the text block in the caller's slice
	Start, End int    // rune offsets in that block, half-open
	Text       string // the surface text
	Type       Type
	Value      string // ISO date ("2017-05-11", "2013", "--01-20") for DATE when known
	Entity     string // entity id, set by Link
}

// Entity is one person, organisation, place or date of the corpus, with all
// the surface forms that name it.
type Entity struct {
	ID       string // stable across builds, e.g. "per-jean-yves-le-drian"; URL-safe
	Name     string // canonical (longest full form)
	Type     Type
	Aliases  []string // other surface forms seen
	Articles []string // article ids, sorted
	Mentions int      // total mentions in the corpus
}

// Doc is one article's mentions, as Link needs them.
type Doc struct {
	ID       string
	Mentions []Mention
}
