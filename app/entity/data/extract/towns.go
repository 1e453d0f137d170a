package main

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"lecteur/app/entity"
)

// handTowns are the communes of the Brussels region and its six communes
// with facilities, which no package reachable here lists under an open
// licence; they go through the filters of the French ones.
//
//go:embed towns-hand.txt
var handTowns string

// towns writes towns.txt in out: the folded names of French communes (current
// and delegated) from the package @etalab/decoupage-administratif
// (communes.json), and the hand-written Belgian communes, leaving out
// what the other lists say of the name. A commune that is a French
// common word ("Ars", "Gap" is a listed place), a first name, a surname,
// a function word or a common capitalised word of the lists, or of fewer
// than three letters, is left out: the other reading wins more often
// than not. Names places.txt or en-places.txt list, and names shaped like a French
// place ("Saint-Cyr", "Aulnay-sous-Bois"), which the rules make places
// already, are left out too, to keep the file small. The corrections
// alone read the list (gazetteer.go): the model's features never do.
func towns(src sources, out string) error {
	if src.communes == "" {
		return nil
	}
	b, err := os.ReadFile(src.communes)
	if err != nil {
		return fmt.Errorf("read communes: %w", err)
	}
	var communes []struct {
		Nom  string `json:"nom"`
		Type string `json:"type"`
	}
	if err := json.Unmarshal(b, &communes); err != nil {
		return fmt.Errorf("decode communes: %w", err)
	}
	skip, err := foldedLines(out, src.dic, "places.txt", "firstnames.txt", "surnames.txt", "stopwords.txt", "common.txt", "worldfirstnames.txt", "notplaces.txt", "en-places.txt")
	if err != nil {
		return err
	}
	names := map[string]bool{}
	for _, c := range communes {
		if c.Type != "commune-actuelle" && c.Type != "commune-deleguee" {
			continue
		}
		name := strings.ReplaceAll(c.Nom, "’", "'")
		if isName(name, 3, "-' ") && !skip[fold(name)] && !townShaped(fold(name)) {
			names[name] = true
		}
	}
	// The Brussels communes, from the hand-written list: the same filters
	// but for the shape ("Woluwe-Saint-Pierre" is a Brussels commune the
	// rules would not read as a French town's name).
	for _, w := range strings.Split(handTowns, "\n") {
		if w = strings.TrimSpace(w); w != "" && !strings.HasPrefix(w, "#") && !skip[fold(w)] {
			names[w] = true
		}
	}
	// The file holds the names as the recogniser looks them up, folded
	// (entity.Fold: "l'abergement-clemenciat") and sorted, so that it is
	// searched as embedded, with nothing to build at load.
	folded := map[string]bool{}
	for name := range names {
		folded[entity.Fold(name)] = true
	}
	text := listText(keys(folded))
	return os.WriteFile(filepath.Join(out, "towns.txt"), []byte(text), 0o644)
}

// townShaped reports whether a folded name reads as a French place's on
// its own, as the corrections' placeShape does: "saint-cyr",
// "aulnay-sous-bois", "la roche-sur-yon".
func townShaped(f string) bool {
	last := f[strings.LastIndex(f, " ")+1:]
	parts := strings.Split(last, "-")
	if len(parts) < 2 {
		return false
	}
	if parts[0] == "saint" || parts[0] == "sainte" {
		return true
	}
	for _, p := range parts[1 : len(parts)-1] {
		switch p {
		case "sur", "sous", "les", "lez", "en", "de", "du", "des", "la", "le", "aux", "d'", "l'":
			return true
		}
	}
	return false
}
