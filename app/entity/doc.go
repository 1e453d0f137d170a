// Package entity finds the people (PER), organisations (ORG), places (LOC)
// and dates (DATE) of French news articles, and merges the ways an article
// and a corpus name them into entities with stable ids. It is pure Go with
// embedded word lists: the build runs it natively and it is small enough
// for the browser.
//
// # Recognition
//
// Recognize reads an article's blocks (title, captions, paragraphs). Each
// block is split into words, numbers and punctuation; French elisions are
// words of their own ("l'ANSSI" gives "l'" and "ANSSI"), and curly and
// straight apostrophes are the same. Dates are found first, then names in
// what is left.
//
// Dates: "mercredi 10 juillet 2013", "11 mai 2017", "1er mars", "20 janvier",
// "mars 2024", "May 11, 2017", "14/03/2024", and a bare year after a cue
// word ("en 2013", "depuis 2022", "d'ici 2050"). Value is ISO 8601 as far
// as the date is known: "2013-07-10", "2024-03", "2013", "--01-20". A day
// name or a month name alone is no date.
//
// Names are runs of capitalised words, joined by particles that sit inside
// names when a capitalised word follows (de, du, des, de la, d', von, van,
// der, für, of, &): "François Villeroy de Galhau", "Pratt & Whitney". "en",
// "sur", "et" never join two names. A run does not start with:
//   - a function word ("Les", "Dans", "Depuis", "Celui-ci");
//   - a ministry domain, title or the State ("Finances", "Intérieur",
//     "Premier", "Etat") or a common-noun acronym ("ONG", "PIB") — they may
//     continue a name ("G7 Finances") but never open one;
//   - a day or month name.
//
// A single unknown word at a sentence start, or one written in lower case
// elsewhere in the article ("Grève", "les Français"), is no name. A
// capitalised organisation head ("Agence", "Banque", "Forum",
// "Organisation") runs on through adjectives and complements: "Agence
// nationale de la sécurité des systèmes d'information". Complements with
// "pour", "sur", "sans" are taken after a capitalised complement only when
// an acronym in brackets follows.
//
// Types, from the most to the least reliable cue:
//  1. "X (ACR)" and "ACR (X)" where the words of X spell the acronym: ORG
//     (LOC when X is a place).
//  2. A listed institution, including places that stand for one: ORG
//     ("Élysée", "Matignon", "Maison Blanche", "Trésor", "Union
//     européenne", "G7", "G20"; groups of states are ORG, as is common
//     practice).
//  3. After "M.", "Mme", "Dr": PER.
//  4. A listed place: LOC, or ORG after a noun such as "agence",
//     "journal", "syndicat" ("l'agence Chine nouvelle").
//  5. An organisation head first, or an English/German organisation word
//     ("Agency", "Daily", "Bundesamt"): ORG.
//  6. After "agence", "compagnie", "syndicat", "géant"...: ORG.
//  7. An acronym first ("NSA", "G7 Finances"): ORG.
//  8. A known first name first: PER.
//  9. After a role ("ministre", "président", "porte-parole",
//     "gouverneur"...) in the same clause: PER.
//  10. A known surname last: PER.
//  11. After "à", "au", "aux", "en": LOC.
//  12. A listed proper noun or a single word: ORG; several words: PER,
//     or ORG with "of", "&", "für".
//
// A lower-case "ministère" followed by a capitalised domain is an ORG
// ("ministère de la Transition écologique"). An unknown hyphenated word
// made of places is one place per part ("Paris-Bordeaux").
//
// Then the article is made consistent with itself: a name found once is
// found again where its cue was missing; a person's name tail ("Le Drian",
// "Cazeneuve") is that person; one text keeps one type, the majority.
// Mention texts leave out titles: "M. Le Drian" gives "Le Drian".
//
// # Linking
//
// Link groups mentions by type and folded text (case, accents, ligatures
// and apostrophes folded: "Etats-Unis" is "États-Unis"; dates by Value).
// In each article a shorter person's name joins the full name it ends and
// an acronym joins the expansion it spells; what stays alone joins the
// one full name of the corpus that fits, and stays alone when two fit.
// The canonical name is the longest form, accented if it was ever written
// so; the id is the type and that name folded to ASCII letters and
// hyphens, so it changes only when a longer form of the name appears.
//
// # Word lists
//
// The lists in data/ are embedded: first names, surnames, places (world
// cities in French, countries and regions), other proper nouns, and small
// hand-written lists of organisation heads, institutions, roles,
// apposition nouns, common capitalised words, function words and
// particles. data/NOTICE.md gives their sources and licences;
// data/extract.go rebuilds the extracted ones.
//
// # Quality
//
// TestQuality scores Recognize against hand-written gold mentions for the
// four seed articles (testdata/seeds) and four articles written for the
// purpose (testdata/own), whose gold was written and committed before the
// recogniser first ran on them. A mention counts once per article when
// its folded text and type match.
package entity
