package entity

import (
	"embed"
	"strings"
	"sync"
)

//go:embed data/*.txt
var dataFS embed.FS

// wordSet is a set of folded words or phrases.
type wordSet map[string]bool

func (s wordSet) has(text string) bool { return s[Fold(text)] }

// gazetteers holds every embedded list, loaded once on first use.
type gazetteers struct {
	firstNames, surnames, places, proper wordSet
	orgHeads, orgTails, institutions     wordSet
	roles, appositions, common           wordSet
	stopwords, particles                 wordSet
}

var (
	gazOnce sync.Once
	gaz     gazetteers
)

func lists() *gazetteers {
	gazOnce.Do(func() { gaz = loadAll() })
	return &gaz
}

// loadAll reads every embedded list.
func loadAll() gazetteers {
	return gazetteers{
		firstNames:   load("firstnames.txt"),
		surnames:     load("surnames.txt"),
		places:       load("places.txt"),
		proper:       load("proper.txt"),
		orgHeads:     load("orgheads.txt"),
		orgTails:     load("orgtails.txt"),
		institutions: load("institutions.txt"),
		roles:        load("roles.txt"),
		appositions:  load("appositions.txt"),
		common:       load("common.txt"),
		stopwords:    load("stopwords.txt"),
		particles:    load("particles.txt"),
	}
}

// load reads one embedded list: one entry a line, "#" starts a comment.
// A missing file yields an empty set: the package still works, with less
// knowledge, rather than failing.
func load(name string) wordSet {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return wordSet{}
	}
	s := wordSet{}
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			s[Fold(line)] = true
		}
	}
	return s
}
