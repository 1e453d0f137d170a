// Package corpus turns article files into clean Article values. It is pure Go
// (no go-app, no syscall/js): the build pipeline uses it on a corpus folder,
// and the browser can use it on files a reader drops into the page.
//
// Parse is the one entry point for a file; ReadDir reads a folder with it.
//
// # Files
//
// The format comes from the extension: .txt and .text are plain text, .md
// and .markdown are Markdown, .html, .htm and .xhtml are saved web pages.
// ReadDir walks sub-folders, skips hidden files and folders, and reports
// every other extension as a problem. It never reads outside the corpus
// folder: a symbolic link is followed only to a file inside it, and a
// folder holding a site a Lecteur build wrote (SiteMarker) is skipped.
//
// Bytes are decoded as UTF-8, with or without BOM, or UTF-16 (with a BOM,
// or recognised by its zero bytes). A byte that is not part of valid UTF-8
// is read as Windows-1252, a superset of ISO-8859-1 for text, so Latin-1
// files, and UTF-8 files with pasted Latin-1, come out with their accents.
// UTF-8 encoded twice ("Ã©tÃ©") is repaired. CRLF and CR become "\n". Control and
// zero-width characters go; NBSP, narrow NBSP and typographic apostrophes
// and quotes stay. A file with a NUL byte or many control bytes is binary
// and skipped. Files over MaxFileSize (4 MB) are skipped unread.
//
// Plain text has a paragraph per line; lines wrapped at a fixed width are
// joined back (see textBlocks). Markdown's first level-1 heading is the
// title, other headings are sub-headings, an image's text is a caption and
// markup is dropped; YAML front matter gives title, date, author and source.
// HTML is parsed with golang.org/x/net/html and read in two steps. First
// its metadata (package pagemeta): JSON-LD NewsArticle (headline,
// datePublished, author, publisher, articleSection, description; a
// reference {"@id": …} in a @graph finds the person it names), Open Graph
// and article:published_time, <meta name=author|date|description>,
// microdata, <time datetime>, <link rel=canonical>, the elements the page
// marks as its byline (a class naming "author", "byline", "signature";
// their place, date or avatar left out), and SingleFile's "saved date".
//
// The title is the first <h1> when it agrees with the metadata's headline
// or <title>, else that headline, else <title> without its " | Site" tail
// (a tail that reads like a site's name: capitalised, or an address). An
// <h1> opening with a label that <title> puts before a "|" ("Frain |
// Incendie…") loses it.
//
// The date is the metadata's publication date; else, in this order, a date
// line in the article's text (see Cleaning), the page's first <time>, a
// date line just below the <h1> ("Mis en ligne le 20/11/2012"), the date
// in the page's address ("/2012/11/20/", "-20231101_"). A relative stamp
// ("Publié il y a 3 heures", "hier à 18h32", "2 days ago") is read against
// the page's saved date when the page has one, and not read otherwise.
//
// The authors are the metadata's, through the byline rules ("Recueilli par
// Patrick ANGEVIN." is Patrick ANGEVIN; "By Sandee LaMotte, CNN" is Sandee
// LaMotte). An agency named as the author is the source ("AFP"); the
// publisher's own name and desks ("La rédaction") are nobody; another
// outlet credited as the author ("The Wall Street Journal") is the source;
// a page that credits no other is its publisher's (JSON-LD publisher,
// og:site_name).
// A byline the page shows wins when it names everyone the metadata names
// and more (metadata often keeps only the first author), or when the
// metadata names nobody. Bylines found in the text do not replace the
// metadata's names unless they name them all and more: near the edges of
// a page's text they are often those of related articles.
//
// Then the text (package extract): Readability (readeck/go-readability)
// finds the article's element; when it finds none, or fewer than 30
// words, the page's own <article>, <main> or <body> is read without
// scripts, menus, footers, asides, forms and elements whose class names
// chrome, and Article.Fallback says so. A paragraph repeating an image's
// alt text, or marked as a caption by its class ("legende", "caption"), is
// a caption. When Readability left out the standfirst (sites put it in the
// page's header, next to the headline), it is put first: the page's
// description, when a block of the page's own text holds it and none of
// the article's does. The cleaning below runs on all of it.
//
// Plain text may be a whole page copied with "select all": when more than
// a few lines surround its paragraphs, the article is the longest run of
// paragraphs (short lines and chrome count against it, a list of links
// after its label counts once, see rule 3). Its title is the title-like
// line above the article's header: the nearest date line, composite line,
// line opening with a date ("26/09/12 - 16h34 …") or "Par …" byline above
// the text, even past a carousel of other titles; else the nearest
// title-like line above the text. A title may end in quotes or a question
// mark, never a full stop; of two title-like lines one above the other,
// the upper one is the title (the other a subtitle or a caption); the line
// next to a lone credit ("© Christophe Bortels") is a caption. Between the
// title and the text only date lines, bylines and captions stay; the rest
// of the page goes. The line model (below, "The line model") adds its
// score to each line's in that run.
//
// # Cleaning
//
// The same rules apply to every format, in this order. None is tuned to
// one site: they use the shape of a line (length, final punctuation,
// capitals), its position (above the title, at the edges of the text),
// repeats, and two short lists of common French and English phrases
// (chromePhrases, chromePrefixes in chrome.go) and news agencies.
//
//  1. Rights notices go, alone or ending the last paragraph ("Tous droits
//     de reproduction et de représentation réservés.", "All rights
//     reserved"), as do lines that are only a credit or copyright ("Photo
//     d'archives AFP", "© Ouest-Info 2022"). A credit ending a line ("... -
//     DENIS CHARLET / AFP", ". Photo d'archives AFP", "/Photo
//     d'archives/REUTERS/Kacper Pempel", "(Photo AFP)") is cut and marks the
//     line as a caption.
//  2. Lists of links go with their label: after "À lire aussi", "Sur le
//     même sujet", "Ça parle de", "Tags :", "You may also like" (listLabelRe
//     in notice.go), the lines that are no paragraph go, up to twelve (a
//     title ending in quotes or a question mark is no paragraph). In a saved
//     page, a notice that the rest is for subscribers ("Il vous reste 57 %
//     de cet article à lire", "Ce contenu est réservé aux inscrits") ends
//     the text, and so does, in its second half, a label after which pages
//     hold no more of their article ("Sur le même sujet", "Nos lecteurs ont
//     lu aussi", "Source de l'article", "Commentaires") or a box that
//     follows articles (tail.go: "About the author", "Pour ne rien manquer
//     de l'actualité …", "Cet article est paru dans notre newsletter",
//     "Commentaire 0", "Recommandés pour vous", "Aussi dans l'actualité",
//     a reader's poll "Le vote : … ?", also when the copy glued it to the
//     line before: "… sterren.Aussi dans l'actualité"), and a byline
//     naming the metadata's authors after the text ("Par Jacques
//     Munier"); in copied text, the same inside the article's run of
//     paragraphs.
//  3. The title is the first line that is not chrome: chrome phrases,
//     breadcrumbs ("Accueil > Monde"), lines in capitals only (a site's
//     name), and short lines (three words or fewer, no final punctuation)
//     unless followed by a paragraph or by their own repeat. Everything
//     above the title but date lines and captions goes. A first line of
//     more than 25 words means the file has no title line: the title is
//     then the lede's first sentence, cut to twelve words.
//     A menu bar ("Accueil | Actualités | … | Contact |"), a label ("Autres
//     journaux :"), a caption with its credit and a byline ("Jean de
//     Teyssière", read into the authors) are never the title; a name alone
//     on the very first line is the site's. Nor are (title.go) a
//     breadcrumb from the home page ending with the headline ("Accueil |
//     Police-Justice | Un Eschois…"), a menu copied as one line (fifteen
//     capitalised words or more, no sentence), or a piece of a stamp split
//     over lines (", Mis à jour", "il y a 8 minutes": no headline opens
//     with punctuation or a lower-case word). Of two title-like lines, the
//     lower one is the title when the article's header follows it (a
//     byline, a date line, an agency alone: "Keystone-SDA"), the upper one
//     the site's tagline. A first line that opens with a dispatch's
//     dateline and ends a sentence ("DAKAR - Le gouvernement a annoncé…")
//     is the lede: the text has no headline. A title made from the text
//     is marked (Article.TitleMade); a list's bullet opening a title goes.
//     In a page copied whole, the sentence right under the headline is the
//     standfirst and opens the text.
//  4. Anywhere: a repeat of the title goes; a chrome phrase or a line
//     starting like "Lire aussi", "Read more" goes, and so do the notices of
//     notice.go: paywall ("Il vous reste 72 % de cet article à lire"),
//     newsletter, social ("Pour ne manquer aucune actualité…, suivez-nous"),
//     comment-form, related-article and cookie lines, when they start the
//     line, and so do sharing bars ("Facebook Twitter Flipboard …").
//     A line that is only a date (with weekday, time, "Publié le", "Mis en
//     ligne le", "Updated"; "26/09/12" has a year of two digits) is a date
//     line and the first one gives the publication
//     date, unless it is an update ("Mis à jour") and a publication line
//     follows. A line of parts separated by "|" or "•" that are dates,
//     bylines and names ("Le Monde | 04.05.2015 à 13h36 | Par ...") gives
//     the date and the authors.
//  5. A dateline opening one of the first three paragraphs ("PEKIN (Reuters)
//     - ", "Paris, 10 juillet (AFP) - ", "WASHINGTON — ") is cut from the
//     paragraph and gives the place, the agency and, when it has one, a date
//     (partial without a year). The first paragraph may also open with a
//     place without an agency: in capitals before its first sentence
//     ("BRUXELLES Le Comité…"), capitalised before a dash ("Londres -
//     Manchester United…"), or with the reporter ("Berlin, de notre envoyé
//     spécial"). A rubric in that place ("RUGBY - ", the page's
//     article:section) is a kicker: it is cut, and is no place.
//  6. Repeats: two copies of a line next to each other are a caption shown
//     twice (kept once, as a caption); a copy further away goes (teasers,
//     captions repeating the lede); so does a line ending in "..." that
//     starts like an earlier one. But a pull quote (a paragraph followed
//     by its speaker's name alone) gives way to the paragraph it repeats,
//     and so does the lede shown once above the standfirst.
//  7. A credited line seen once is a caption; an agency's signature with
//     its desk's initials ("… aquatiques. (ats/nxp)") is cut and leaves
//     the paragraph text.
//  8. At both edges of the text, bylines ("Par Claire Le Goff", "Ben
//     Blanchard, Jean-Philippe Lefief pour le service français", "Rédigé
//     par A et B") give the authors, credits of the source ("P.S. avec
//     AFP", "(avec Reuters)", "[avec AFP]", "Source : La Dépêche du Midi",
//     "Par A avec AFP") give the source (and authors), and short lines,
//     labels, kickers in capitals and chrome go, until the first real
//     paragraph: lines of one or two words ("Gaza."), lines without a final
//     full stop of up to eight words at the start (a dossier's name) and
//     four at the end ("Le meilleur des mondes"), and in a saved page links
//     that read like a title, up to twenty words (related articles). Notes
//     after the text ("(1) Auteure de…", "* Cet article, initialement
//     publié…") go. A source ending the last paragraph ("... (avec AFP)") is
//     cut from it, and so is a "Lire la suite" link. An agency's name alone
//     ("Keystone-SDA") is the source. At the end also go (tail.go) the
//     contributors' note ("—Associated Press writer … contributed to this
//     report.", "With files from …"), a footer menu ("A propos - Plan du
//     site - …"), the site's copyright or an update stamp without date,
//     a teaser of another article (a headline, then a summary cut short
//     "…"), a list of news items each opening with a pictograph ("🔴
//     Lévis - 9h05 - …"), a promotion in Dutch or German ending a French or
//     English page, and the site's closing note opening with the name its
//     header gives ("ZONE911 - Nous souhaitons…", the source).
//     In the middle, short lines are sub-headings and are kept;
//     so are longer lines that are no links at the end (a list of tour
//     dates, a ranking).
//  9. The line model trims what is left of the page at the edges: the run
//     of lines at the start (and at the end) whose log-odds of being body
//     text, against 0.35, sum lowest, when below zero, goes, never past a
//     line it holds for body more likely than not.
//
// # The line model
//
// Rules name what they know; pages of sites never seen hold chrome they
// do not know. The line model (lines.go) is a logistic regression that
// gives each line the probability of belonging to the article's body,
// from 151 features that generalise across sites: its length in words,
// its final punctuation, its share of capitals, digits and punctuation,
// whether it reads like a sentence, what the rules say of it (chrome,
// label, byline, source line, date line, notice, credit, link, caption),
// words that name a page's furniture (subscriptions, sharing, links to
// other articles, photos and videos, comments, cookies and legal lines),
// its cohesion with the rest of the text (the share of its long words
// used in other lines: teasers of other articles speak of other things),
// the same of the lines before and after it, and its position from the
// start and the end. It is trained and measured by build/evalextract
// (make linemodel, make line-cv; README, "The line model") and shipped as
// 151 float32 weights in data/lines.bin.
//
// Credits are cut wherever they end a line, and lines that are only one go,
// so they never reach the title, the text or the entities: "( AFP /
// FABRICE COFFRINI )", "NAME / AFP", "NAME via Getty Images", "Photo :
// …", "Crédits photo : …", "… - Tous droits réservés Captures d'écran"
// (credits.tsv under testdata/lines lists cases).
//
// A file whose only text is one line or one paragraph is an article: that
// line is its title and its text.
//
// A page copied whole names its outlet in its menus and footer: when
// nothing credits a source, the name those lines repeat most ("Le
// Figaro", "POLITICO"; four times or more, twice as often as any other)
// is the source (outlet.go), and so is an outlet's name with the
// article's age under an aggregator's headline ("La Presse4 days ago").
//
// A date inside a sentence or a caption ("le 11 mai 2017 à Bari") is an
// event, not the publication: it is never taken, and Date stays empty
// rather than wrong. Numeric dates are read day first, month first in
// English text when both are possible.
//
// Language is "fr" or "en" by counting stop words. Words counts runs of
// letters and digits (an apostrophe or hyphen inside keeps a word whole);
// ReadingMinutes divides by ReadingSpeed, rounded up.
//
// Article text is data: nothing here emits or keeps markup, and the UI
// escapes what it shows.
//
// # Ids
//
// See ID: lower-case ASCII, accents folded, spaces and other characters
// turned into "-", sub-folders kept with "/". Ids depend only on the path,
// so they are stable across builds; ReadDir makes colliding ids unique
// ("a", "a-2") in path order.
//
// # Problems
//
// Bad input never fails a build. ReadDir skips, with one Problem naming the
// file and the reason, files that are: of an unknown extension, unreadable,
// too big, empty, blank, binary, without article text (every line is
// chrome), or with the same text as a file read before. ReadDirFunc reads
// each file with another FileFunc (the build's, through its cache). Only a missing folder, an empty one, or one
// without a single readable article is an error.
package corpus
