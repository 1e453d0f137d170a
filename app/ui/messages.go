package ui

// messages holds every string of the interface, by language. The corpus is
// French first, so French is the default.
var messages = map[string]map[string]string{
	"fr": {
		"brand":            "Lecteur",
		"tagline":          "Explorer un corpus d'articles, hors ligne",
		"skip":             "Aller au contenu",
		"nav":              "Sections",
		"nav.articles":     "Articles",
		"nav.entities":     "Entités",
		"search.label":     "Rechercher dans les articles",
		"search.ph":        "Rechercher… (noms, lieux, mots, fautes permises)",
		"search.submit":    "Rechercher",
		"search.title":     "Recherche",
		"search.empty":     "Tapez un mot, un nom, une expression entre guillemets.",
		"search.none":      "Aucun article ne correspond à « %s ».",
		"search.count.one": "1 article",
		"search.count":     "%d articles",
		"search.didyou":    "Vouliez-vous dire",
		"search.noscript":  "Les résultats s'affichent dès que l'application est chargée (JavaScript requis).",
		"home.title":       "Articles",
		"home.count":       "%d articles",
		"article.missing":  "Aucun article ne porte l'identifiant « %s ».",
		"article.back":     "Retour aux articles",
		"article.words":    "%d mots",
		"article.minutes":  "%d min de lecture",
		"article.by":       "Par %s",
		"compare.title":    "Comparer deux articles",
		"compare.with":     "Comparer avec…",
		"entities.title":   "Entités",
		"loading":          "Chargement…",
		"error":            "Impossible de charger les données : %s",
		"notfound.title":   "Page introuvable",
		"notfound.text":    "Cette adresse ne correspond à aucune page du site.",
		"notfound.home":    "Revenir à la liste des articles",
		"noscript.compare": "La comparaison côte à côte a besoin de JavaScript.",
		"footer":           "Tout reste dans votre navigateur : aucune donnée ne quitte cette page.",
		"type.PER":         "Personne",
		"type.ORG":         "Organisation",
		"type.LOC":         "Lieu",
		"type.DATE":        "Date",
		"type.MISC":        "Divers",
		"type.EVENT":       "Événement",

		// Offline and updates (update.go).
		"update.ready":     "Nouvelle version du site —",
		"update.reload":    "recharger",
		"update.reloading": "rechargement…",
		// Side-by-side comparison (compare.go).
		"compare.articles":      "Voir la liste des articles",
		"compare.none":          "Choisissez deux articles à comparer.",
		"compare.one":           "Choisissez l'article à mettre en regard.",
		"compare.same":          "Les deux côtés désignent le même article : choisissez-en un autre à droite.",
		"compare.unknown":       "Un des identifiants de l'adresse ne correspond à aucun article : choisissez-en un autre.",
		"compare.choose":        "Choisissez un article pour ce côté.",
		"compare.choose.button": "Choisir un article",
		"compare.same.side":     "C'est déjà l'article de gauche.",
		"compare.swap":          "⇄ Échanger les côtés",
		"compare.linked":        "Défilement lié",
		"compare.shared":        "En commun",
		"compare.noshared":      "Aucune entité commune.",
		"compare.chip.title":    "%d mentions à gauche, %d à droite ; choisir pour les parcourir",
		"compare.only.left":     "Seulement à gauche (%d)",
		"compare.only.right":    "Seulement à droite (%d)",
		"compare.tabs":          "Articles comparés",
		"compare.left":          "Gauche",
		"compare.right":         "Droite",
		"compare.replace":       "Remplacer",
		"compare.close":         "Fermer",
		"compare.close.title":   "Fermer ce côté et lire l'autre article seul",
		"compare.open":          "Lire seul",
		"compare.jump.label":    "Passage lié : paragraphe %d de l'autre article (similarité %d %%)",
		"compare.pick.left":     "Article de gauche",
		"compare.pick.right":    "Article de droite",
		"compare.pick.ph":       "Tapez quelques lettres du titre…",
		"compare.pick.hint":     "Flèches pour parcourir, Entrée pour choisir, Échap pour fermer.",
		"compare.pick.none":     "Aucun titre ne correspond.",
	},
}

// lang is the interface language.
var lang = "fr"

// t returns the interface string for key in the current language.
func t(key string) string {
	if s, ok := messages[lang][key]; ok {
		return s
	}
	if s, ok := messages["fr"][key]; ok {
		return s
	}
	return key
}
