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
// HTML is read with golang.org/x/net/html: the text of <article>, else
// <main>, else role="main", else <body>, without scripts, styles, <nav>,
// <footer>, <aside>, forms, hidden elements, and elements whose class or id
// names a menu, sharing bar, ad, cookie banner or related links. <h1> is the
// title (else <title> without its " | Site" tail), <figcaption> a caption,
// <meta> tags give the date and, when the text has no byline, the authors.
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
//  2. The title is the first line that is not chrome: chrome phrases,
//     breadcrumbs ("Accueil > Monde"), lines in capitals only (a site's
//     name), and short lines (three words or fewer, no final punctuation)
//     unless followed by a paragraph or by their own repeat. Everything
//     above the title but date lines and captions goes. A first line of
//     more than 25 words means the file has no title line: the title is
//     then the lede's first sentence, cut to twelve words.
//  3. Anywhere: a repeat of the title goes; a chrome phrase or a line
//     starting like "Lire aussi", "Read more" goes; a line that is only a
//     date (with weekday, time, "Publié le", "Updated") is a date line and
//     the first one gives the publication date.
//  4. A dateline opening one of the first three paragraphs ("PEKIN (Reuters)
//     - ", "Paris, 10 juillet (AFP) - ", "WASHINGTON — ") is cut from the
//     paragraph and gives the place, the agency and, when it has one, a date
//     (partial without a year).
//  5. Repeats: two copies of a line next to each other are a caption shown
//     twice (kept once, as a caption); a copy further away goes (teasers,
//     captions repeating the lede); so does a line ending in "..." that
//     starts like an earlier one.
//  6. A credited line seen once is a caption.
//  7. At both edges of the text, bylines ("Par Claire Le Goff", "Ben
//     Blanchard, Jean-Philippe Lefief pour le service français") give the
//     authors, agency signatures ("P.S. avec AFP", "(avec Reuters)") give
//     the source, and short lines and chrome go, until the first real
//     paragraph. In the middle, short lines are sub-headings and are kept.
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
// too big, empty, blank, binary, without article text, or with the same
// text as a file read before. Only a missing folder, an empty one, or one
// without a single readable article is an error.
package corpus
