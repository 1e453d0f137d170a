package i18n

import "strings"

// localMessages are the strings of the "Add articles" page, kept apart so
// this feature keeps its strings together; T looks in both tables.
var localMessages = map[Lang]map[string]string{
	French: {
		"nav.local":               "Vos articles",
		"local.title":             "Ajouter vos articles",
		"local.privacy":           "Vos fichiers ne quittent pas cet ordinateur : l'application les lit et les analyse ici, dans ce navigateur, avec le même code que la construction du site, et les garde dans son stockage (IndexedDB). Aucune requête n'est faite ; cela marche aussi hors ligne.",
		"local.noscript":          "L'ajout d'articles a besoin de JavaScript.",
		"local.drop":              "Déposez ici des fichiers .txt, .md ou .html, ou :",
		"local.pick":              "Choisir des fichiers…",
		"local.paste":             "Ou collez le texte d'un article (la première ligne est le titre) :",
		"local.paste.add":         "Ajouter le texte collé",
		"local.paste.name":        "texte-colle",
		"local.progress":          "Lecture : %d sur %d — %s",
		"local.done.all.one":      "1 fichier ajouté, en %[3]s s.",
		"local.done.all":          "%[1]d fichiers ajoutés, en %[3]s s.",
		"local.done.some":         "%d fichiers ajoutés sur %d, en %s s ; les autres sont expliqués plus bas.",
		"local.done.some.one":     "1 fichier ajouté sur %[2]d, en %[3]s s ; les autres sont expliqués plus bas.",
		"local.done.none.one":     "Le fichier n'a pas été ajouté : la raison est plus bas.",
		"local.done.none":         "Aucun des %[2]d fichiers n'a été ajouté : les raisons sont plus bas.",
		"local.done.unlinked":     "Vos articles sont enregistrés mais n'ont pas pu être analysés : ils sont listés sans leurs entités ni leur recherche (la raison est plus bas).",
		"local.problems":          "Fichiers non ajoutés",
		"local.none":              "Vous n'avez encore ajouté aucun article.",
		"local.count":             "Vos articles (%d), gardés dans ce navigateur",
		"local.remove":            "Retirer",
		"local.remove.label":      "Retirer « %s »",
		"local.removeall":         "Tout retirer",
		"local.removeall.confirm": "Retirer tous vos articles de ce navigateur ?",
		"local.export":            "Exporter",
		"local.export.desc":       "La table des entités du corpus (publié et vos articles), ou un de vos articles en texte brut. Les fichiers sont faits ici, dans le navigateur.",
		"local.export.csv":        "Entités en CSV",
		"local.export.json":       "Entités en JSON",
		"local.export.text":       "Texte",
		"local.export.text.label": "Enregistrer « %s » en texte brut",
		"local.export.again":      "Lien du fichier",
		"local.badge":             "Local",
		"local.badge.title":       "Article ajouté dans ce navigateur",
		"local.count.one":         "Votre article, gardé dans ce navigateur",
		"local.err.read":          "illisible : %v",
		"local.err.noarticle":     "le lecteur d'articles n'a rendu aucun article",
		"local.err.same":          "même texte que %s, déjà ajouté",
		"local.err.store":         "impossible de l'enregistrer dans ce navigateur : %v",
		"local.err.remove":        "impossible de retirer l'article de ce navigateur : %v",
		"local.err.link":          "vos articles n'ont pas pu être analysés : %v",
		"local.err.linkcount":     "le lecteur d'articles en a analysé %d sur %d",
		"local.err.idbslow":       "le stockage du navigateur (IndexedDB) ne répond pas",
		"local.err.noidb":         "ce navigateur n'a pas de stockage IndexedDB",
		"local.err.reader":        "le lecteur d'articles (ingest.wasm) s'est arrêté : %s",
		"local.err.readerslow":    "le lecteur d'articles (ingest.wasm) n'a pas démarré en %d s",
		"local.err.readerstopped": "le lecteur d'articles (ingest.wasm) s'est arrêté ; réessayez",
		"local.err.readeroffline": "le lecteur d'articles (ingest.wasm) n'est pas encore dans ce navigateur et n'a pas pu être téléchargé : ouvrez le site une fois en ligne (il le garde alors pour le hors-ligne), puis réessayez",
		"local.err.slowread":      "trop long à lire (plus de %d s) : fichier refusé",
		"local.err.slow":          "le lecteur d'articles n'a pas répondu en %d s ; il a été relancé",
	},
	English: {
		"nav.local":               "Your articles",
		"local.title":             "Add your articles",
		"local.privacy":           "Your files do not leave this computer: the app reads and analyses them here, in this browser, with the same code that builds the site, and keeps them in its storage (IndexedDB). No request is made; it works offline too.",
		"local.noscript":          "Adding articles needs JavaScript.",
		"local.drop":              "Drop .txt, .md or .html files here, or:",
		"local.pick":              "Choose files…",
		"local.paste":             "Or paste an article's text (the first line is the title):",
		"local.paste.add":         "Add the pasted text",
		"local.paste.name":        "pasted-text",
		"local.progress":          "Reading: %d of %d — %s",
		"local.done.all.one":      "1 file added, in %[3]s s.",
		"local.done.all":          "%[1]d files added, in %[3]s s.",
		"local.done.some":         "%d of %d files added, in %s s; the others are explained below.",
		"local.done.some.one":     "1 of %[2]d files added, in %[3]s s; the others are explained below.",
		"local.done.none.one":     "The file was not added: the reason is below.",
		"local.done.none":         "None of the %[2]d files was added: the reasons are below.",
		"local.done.unlinked":     "Your articles are saved but could not be analysed: they are listed without their entities or search (the reason is below).",
		"local.problems":          "Files not added",
		"local.none":              "You have not added any article yet.",
		"local.count":             "Your articles (%d), kept in this browser",
		"local.remove":            "Remove",
		"local.remove.label":      "Remove “%s”",
		"local.removeall":         "Remove all",
		"local.removeall.confirm": "Remove all your articles from this browser?",
		"local.export":            "Export",
		"local.export.desc":       "The entity table of the corpus (published and yours), or one of your articles as plain text. The files are made here, in the browser.",
		"local.export.csv":        "Entities as CSV",
		"local.export.json":       "Entities as JSON",
		"local.export.text":       "Text",
		"local.export.text.label": "Save “%s” as plain text",
		"local.export.again":      "File link",
		"local.badge":             "Local",
		"local.badge.title":       "Article added in this browser",
		"local.count.one":         "Your article, kept in this browser",
		"local.err.read":          "cannot read: %v",
		"local.err.noarticle":     "the article reader gave no article",
		"local.err.same":          "same text as %s, already added",
		"local.err.store":         "cannot save it in this browser: %v",
		"local.err.remove":        "cannot remove the article from this browser: %v",
		"local.err.link":          "your articles could not be analysed: %v",
		"local.err.linkcount":     "the article reader analysed %d of %d",
		"local.err.idbslow":       "the browser's storage (IndexedDB) does not answer",
		"local.err.noidb":         "this browser has no IndexedDB storage",
		"local.err.reader":        "the article reader (ingest.wasm) stopped: %s",
		"local.err.readerslow":    "the article reader (ingest.wasm) did not start in %d s",
		"local.err.readerstopped": "the article reader (ingest.wasm) stopped; try again",
		"local.err.readeroffline": "the article reader (ingest.wasm) is not in this browser yet and could not be downloaded: open the site once online (it then keeps it for offline use) and try again",
		"local.err.slowread":      "too long to read (over %d s): file refused",
		"local.err.slow":          "the article reader did not answer in %d s; it was restarted",
	},
}

// reasons translates the reasons the ingestion worker gives in the build's
// words (app/corpus, app/ingest: English, like the build's report) into
// the interface's language. Each English pattern matches one message, each
// %s in it any non-empty text (matchReason); those texts fill the French's
// %s in order. TestReasonsTranslated produces every reason with the
// build's own functions and checks each is translated. These were
// regular expressions, compiled as app.wasm started: 55 to 150 ms cold
// under node on a loaded 2-core machine, on the way to the first search
// result (issue 16), for about 3 KB less wasm than this matching.
var reasons = []struct{ en, fr string }{
	{"empty file", "fichier vide"},
	{"binary file, not text", "fichier binaire, pas du texte"},
	{"only blank space", "rien que des espaces"},
	{"no article text", "aucun texte d'article"},
	{"file too big (%s, the limit is %s)", "fichier trop gros (%s ; la limite est de %s)"},
	{"no file extension (want .txt, .md or .html)", "pas d'extension de fichier (.txt, .md ou .html attendu)"},
	{"unknown extension %s (want .txt, .md or .html)", "extension %s inconnue (.txt, .md ou .html attendu)"},
	{"cannot read: %s", "illisible : %s"},
	{"not a regular file", "pas un fichier ordinaire"},
	{"stored article %s: %s", "article enregistré n° %s illisible : %s"},
}

// Reason is reason in the interface's language: reasons gives the
// French; English is the reason itself, and so is a reason no pattern
// knows (it still names the problem, in English).
func (l Lang) Reason(reason string) string {
	if l == English {
		return reason
	}
	for _, r := range reasons {
		texts, ok := matchReason(r.en, reason)
		if !ok {
			continue
		}
		args := make([]any, len(texts))
		for i, t := range texts {
			args[i] = frenchSize(t)
		}
		return format(r.fr, args...)
	}
	return reason
}

// matchReason reports whether s is pattern with each %s replaced by a
// non-empty text, and returns those texts. A %s takes the shortest text
// after which the rest of the pattern's words follow; the last one takes
// what is left before the pattern's end.
func matchReason(pattern, s string) ([]string, bool) {
	words := strings.Split(pattern, "%s")
	rest, ok := strings.CutPrefix(s, words[0])
	if !ok {
		return nil, false
	}
	var texts []string
	for i, w := range words[1:] {
		var text string
		if i == len(words)-2 {
			text, ok = strings.CutSuffix(rest, w)
			rest = ""
		} else {
			// Search past the first byte: the text is never empty.
			j := -1
			if len(rest) > 1 {
				j = strings.Index(rest[1:], w)
			}
			ok = j >= 0
			if ok {
				text, rest = rest[:j+1], rest[j+1+len(w):]
			}
		}
		if !ok || text == "" {
			return nil, false
		}
		texts = append(texts, text)
	}
	return texts, rest == ""
}

// frenchSize writes a size such as "4.0 MB" the French way, "4,0 Mo";
// any other text is returned as it is.
func frenchSize(s string) string {
	number, unit, _ := strings.Cut(s, " ")
	unit, ok := map[string]string{"MB": "Mo", "KB": "Ko", "bytes": "octets"}[unit]
	whole, fraction, dot := strings.Cut(number, ".")
	if !ok || !allDigits(whole) || dot && !allDigits(fraction) {
		return s
	}
	return strings.Replace(number, ".", ",", 1) + " " + unit
}

// allDigits reports whether s is one or more ASCII digits.
func allDigits(s string) bool {
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}
