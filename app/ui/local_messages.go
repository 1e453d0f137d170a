package ui

// localMessages are the strings of the "Add articles" page (local_page.go),
// added to messages at start-up so this feature keeps its strings together.
var localMessages = map[string]map[string]string{
	"fr": {
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
		"local.done":              "%d fichiers ajoutés sur %d, en %.1f s.",
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
	},
	"en": {
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
		"local.done":              "%d of %d files added, in %.1f s.",
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
	},
}

func init() {
	for l, m := range localMessages {
		if messages[l] == nil {
			messages[l] = map[string]string{}
		}
		for k, v := range m {
			messages[l][k] = v
		}
	}
}
