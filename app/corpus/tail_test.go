package corpus

import (
	"testing"

	"lecteur/app/corpus/pagemeta"
)

// TestTailTables checks the rules of what ends an article and what opens
// no title on testdata/lines/tails.tsv.
func TestTailTables(t *testing.T) {
	for _, r := range readTable(t, "tails.tsv", 2) {
		t.Run(r[0], func(t *testing.T) {
			got := "text"
			switch {
			case isTailNotice(r[0]):
				got = "tail"
			case isFooterMenu(r[0]):
				got = "footer"
			case isContributorNote(r[0]):
				got = "contributor"
			case isSiteNotice(r[0]):
				got = "notice"
			case isTipCall(r[0]):
				got = "tip"
			case isHomeTrail(r[0]):
				got = "trail"
			case titleFragment(r[0]):
				got = "fragment"
			}
			if got != r[1] {
				t.Errorf("%q reads as %s, want %s", r[0], got, r[1])
			}
		})
	}
}

func TestGluedTail(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Créez un compte et ne manquez plus rien.Aussi dans l'actualité", "Créez un compte et ne manquez plus rien."},
		{"Le club a gagné 2-0.Articles connexes", "Le club a gagné 2-0."},
		{"Le club a gagné.Sur le même sujet", "Le club a gagné."},
		// A capital after a full stop inside a word is no label.
		{"Il travaille chez Yahoo.Fr depuis 2010.", "Il travaille chez Yahoo.Fr depuis 2010."},
		{"Le maire a parlé. Aussi dans l'actualité", "Le maire a parlé. Aussi dans l'actualité"},
	}
	for _, tt := range tests {
		got, _ := gluedTail(tt.in)
		if got != tt.want {
			t.Errorf("gluedTail(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCutReadOn(t *testing.T) {
	tests := []struct{ in, want, cut string }{
		{"Le tribunal suggère de renvoyer l'affaire, le [...] Lire la suite", "Le tribunal suggère de renvoyer l'affaire, le [...]", "Lire la suite"},
		{"The council will vote again next week on the plan. Read more »", "The council will vote again next week on the plan.", "Read more »"},
		{"Lire la suite", "Lire la suite", ""},
		{"Le maire a promis de lire la suite du rapport ce soir.", "Le maire a promis de lire la suite du rapport ce soir.", ""},
	}
	for _, tt := range tests {
		got, cut := cutReadOn(tt.in)
		if got != tt.want || cut != tt.cut {
			t.Errorf("cutReadOn(%q) = %q, %q; want %q, %q", tt.in, got, cut, tt.want, tt.cut)
		}
	}
}

func TestTrimBullet(t *testing.T) {
	tests := []struct{ in, want string }{
		{"• SÉNÉGAL-PÊCHE / Les pirogues restent à quai", "SÉNÉGAL-PÊCHE / Les pirogues restent à quai"},
		{"► Le budget adopté", "Le budget adopté"},
		{"- 5", "- 5"},
		{"Le budget adopté", "Le budget adopté"},
	}
	for _, tt := range tests {
		if got := trimBullet(tt.in); got != tt.want {
			t.Errorf("trimBullet(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWithoutDomain(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Le Courrier.fr", "Le Courrier"},
		{"La Voix du Nord.com", "La Voix du Nord"},
		{"lecourrier.fr", "lecourrier.fr"},
		{"Le Courrier", "Le Courrier"},
	}
	for _, tt := range tests {
		if got := withoutDomain(tt.in); got != tt.want {
			t.Errorf("withoutDomain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAgencySignature(t *testing.T) {
	long := "Le canton a interdit le produit en juin, après des analyses qui ont montré des traces dans l'eau de plusieurs communes du Plateau, et il a demandé aux agriculteurs de vider leurs stocks avant la fin de l'année, sous peine d'amende, ce que les syndicats agricoles contestent devant le tribunal."
	tests := []struct {
		rest, credit string
		want         bool
	}{
		{"Le produit sera interdit dès 2020.", "(ats/nxp)", true},
		{"Le ministre à Genève.", "(AFP/jlb)", true},
		{"Le ministre à Genève, le 3 mars.", "(AFP/Archives)", false},
		{long, "(Reuters/Kacper Pempel)", true},
		{"Le ministre à Genève, le 3 mars.", "(Reuters/Kacper Pempel)", false},
		{"Le ministre à Genève.", "(Maxppp/abc)", false},
	}
	for _, tt := range tests {
		if got := agencySignature(tt.rest, tt.credit); got != tt.want {
			t.Errorf("agencySignature(%.30q, %q) = %v, want %v", tt.rest, tt.credit, got, tt.want)
		}
	}
}

func TestIsMenuRun(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"My Region Politics, My Town? Sports Weekly Culture Club Business Desk The Lab Inside Stories Travel Notes", true},
		{"Monde Politique Économie Société Culture Sport Sciences Santé Planète Idées Podcasts Vidéos Jeux Newsletters Abonnement", true},
		{"Monde Politique Économie Société Culture Sport Sciences Santé", false},
		{"Storm Floods The Rhine Valley As River Reaches Record Height", false},
		{"The council voted on Tuesday to close the Harbour Bridge for a month from Monday.", false},
		{"Le Conseil fédéral a annoncé mardi que les Suisses voteront en juin sur la Loi sur le CO2", false},
		{"Paris, Lyon, Marseille", false},
	}
	for _, tt := range tests {
		if got := isMenuRun(tt.line); got != tt.want {
			t.Errorf("isMenuRun(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestTitleMade: a dispatch copied without its headline gets a title made
// from its text, and says so; a text with a headline does not.
func TestTitleMade(t *testing.T) {
	dispatch := "vendredi 13 juillet 2007 par AFP\n\nDAKAR - Le gouvernement a annoncé vendredi la réouverture des écoles fermées depuis les inondations du mois dernier, a-t-on appris de source officielle.\n\nLes cours reprendront lundi dans les trois régions touchées, selon le ministère de l'Éducation.\n"
	a, err := Parse("depeche.txt", []byte(dispatch))
	if err != nil {
		t.Fatal(err)
	}
	if !a.TitleMade || a.Title == "" {
		t.Errorf("Parse(dispatch) title %q, TitleMade %v; want a made title", a.Title, a.TitleMade)
	}
	a, err = Parse("titre.txt", []byte("Les écoles rouvrent lundi\n\n"+dispatch))
	if err != nil {
		t.Fatal(err)
	}
	if a.TitleMade || a.Title != "Les écoles rouvrent lundi" {
		t.Errorf("Parse(titled) title %q, TitleMade %v; want the headline", a.Title, a.TitleMade)
	}
}

// TestShortTitleOverShortLede: a short headline over a short first
// sentence is the title; a menu word or a section label over a headline
// is not. The short headline used to be dropped as a menu word, and the
// lede taken for the title.
func TestShortTitleOverShortLede(t *testing.T) {
	tests := []struct{ text, title string }{
		{"Bilan des secours\n\nJean Dupont a remercié mercredi les pompiers de Lyon.\n", "Bilan des secours"},
		{"Incendie à Lyon\n\nJean Dupont a remercié mercredi les pompiers.\n\nLes pompiers sont intervenus toute la nuit dans le quartier.\n", "Incendie à Lyon"},
		{"Faits divers\n\nIncendie à Lyon : un immeuble évacué\n\nLes pompiers sont intervenus toute la nuit dans le quartier de la Guillotière, où un immeuble de quatre étages a pris feu.\n", "Incendie à Lyon : un immeuble évacué"},
		{"Accueil\n\nPolitique\n\nLe Sénat adopte le budget\n\nLes sénateurs ont adopté mardi soir le projet de loi de finances pour l'an prochain, après trois semaines de débats.\n", "Le Sénat adopte le budget"},
	}
	for _, tt := range tests {
		a, err := Parse("x.txt", []byte(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tt.title {
			t.Errorf("Parse(%q) title = %q, want %q", tt.text, a.Title, tt.title)
		}
	}
}

// TestNameRunIntoStamp: an agency's name run into the publication stamp
// gives the source and the date, and the line goes.
func TestNameRunIntoStamp(t *testing.T) {
	var a Article
	if !composite("Associated Press Published 11:34 PM EST Nov 19, 2019", "en", &a) || a.Source != "AP" || a.Date != "2019-11-19" {
		t.Errorf("composite(agency + stamp) gave source %q, date %q; want AP, 2019-11-19", a.Source, a.Date)
	}
	for _, s := range []string{"The mayor published a report on Nov 19, 2019 about the floods", "Le rapport publié le 3 mars 2020 par la mairie de Lyon est accablant."} {
		if composite(s, "en", &Article{}) {
			t.Errorf("composite(%q) = true, want a sentence kept", s)
		}
	}
}

func TestChromeOutlet(t *testing.T) {
	gone := func(texts ...string) []*line {
		var ls []*line
		for _, s := range texts {
			ls = append(ls, &line{text: s, raw: s, role: roleGone})
		}
		return ls
	}
	tests := []struct {
		name string
		ls   []*line
		want string
	}{
		{"an outlet named in the menus and footer", gone("Notre application", "avec l'application Le Petit Matin", "Rubriques du Petit Matin",
			"Le Petit Matin Magazine", "Le Petit Matin Live", "Les sites du groupe", "Le Petit Matin Store", "La Rédaction"), "Le Petit Matin"},
		{"a name in capitals", gone("DAILYWIRE Pro", "DAILYWIRE Confidential", "DAILYWIRE Studio", "Subscribe to DAILYWIRE", "The Week"), "DAILYWIRE"},
		{"too few repeats", gone("Le Petit Matin Live", "Le Petit Matin Store", "Le Petit Matin"), ""},
		{"no clear winner", gone("Le Monde", "Le Monde", "Le Monde", "Le Monde", "La Croix", "La Croix", "La Croix"), ""},
		{"menus in capitals and agencies do not count", gone("SPORT", "SPORT", "SPORT", "SPORT", "AFP", "AFP", "AFP", "AFP avec Reuters"), ""},
	}
	for _, tt := range tests {
		if got := chromeOutlet(tt.ls); got != tt.want {
			t.Errorf("chromeOutlet(%s) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestOutletStamp(t *testing.T) {
	tests := []struct{ line, want string }{
		{"La Presse4 days ago", "La Presse"},
		{"Le Devoir · il y a 3 heures", "Le Devoir"},
		{"The Harbour Times 2 hours ago", "The Harbour Times"},
		{"Jean Dupont 2 hours ago", ""},
		{"Publié il y a 3 heures", ""},
	}
	for _, tt := range tests {
		if got, _ := outletStamp(tt.line); got != tt.want {
			t.Errorf("outletStamp(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestForeignLine(t *testing.T) {
	tests := []struct {
		line, lang string
		want       bool
	}{
		{"Log in of maak een account aan en mis niks meer van de sterren.", "fr", true},
		{"Gratis onbeperkt toegang tot de site? Dat kan!", "fr", true},
		{"Jetzt kostenlos registrieren und nichts mehr verpassen, auch auf dem Handy.", "en", true},
		{"L'enquête est menée par les policiers de la zone de Leuze-Beloeil.", "fr", false},
		{"Der Spiegel a publié une enquête sur le sujet.", "fr", false},
	}
	for _, tt := range tests {
		if got := foreignLine(tt.line, tt.lang); got != tt.want {
			t.Errorf("foreignLine(%q, %s) = %v, want %v", tt.line, tt.lang, got, tt.want)
		}
	}
	german := []*line{{text: "Die Entstehung von Insellösungen ist nicht das Ziel, und die Ärzte wollen keine Bürokratie.", role: roleBody},
		{text: "Eine übergreifende Interoperabilität zwischen den Systemen scheint aber noch in weiter Ferne.", role: roleBody}}
	if !foreignText(german) {
		t.Error("foreignText(German article) = false")
	}
}

func TestGluedTailAfterQuote(t *testing.T) {
	in := "« Nous reviendrons », a-t-il promis.»Articles connexes"
	if got, ok := gluedTail(in); !ok || got != "« Nous reviendrons », a-t-il promis.»" {
		t.Errorf("gluedTail(%q) = %q, %v", in, got, ok)
	}
}

func TestBlogOwner(t *testing.T) {
	tests := []struct {
		m    pagemeta.Meta
		want string
	}{
		{pagemeta.Meta{Headline: "» Le Canadien cherche un centre | Julie Tremblay", Publisher: "Blogues du Matin", URL: "http://blogues.exemple.ca/hockey/"}, "Julie Tremblay"},
		{pagemeta.Meta{PageTitle: "Rains lash the coast | Coastal Herald", URL: "https://www.coastalherald.com/a"}, ""},
		{pagemeta.Meta{PageTitle: "Rains lash the coast | Priya Raman", URL: "https://www.priyaraman.com/a"}, "Priya Raman"},
		{pagemeta.Meta{PageTitle: "Rains lash the coast | Coast Today", Publisher: "Coast Today"}, ""},
		{pagemeta.Meta{PageTitle: "Rains lash the coast - Priya Raman"}, ""},
	}
	for _, tt := range tests {
		if got := blogOwner(tt.m); got != tt.want {
			t.Errorf("blogOwner(%q, %q) = %q, want %q", tt.m.Headline, tt.m.PageTitle, got, tt.want)
		}
	}
}

func TestTeaserCard(t *testing.T) {
	head := &line{text: "Gand en crise : l'entraîneur annonce du renfort", role: roleBody}
	sub := &line{text: "Et maintenant", role: roleBody}
	tests := []struct {
		l, above *line
		want     bool
	}{
		{&line{text: "Gand a très mal débuté la seconde moitié de saison. Après le ..."}, head, true},
		{&line{text: "Gand a très mal débuté la seconde moitié de saison. Après le …"}, head, true},
		{&line{text: "Le club attend désormais la décision de la fédération, et puis…"}, sub, false},
		{&line{text: "Gand a très mal débuté la seconde moitié de saison. Après le ..."}, &line{text: "Le club a terminé la saison à la sixième place, loin des places européennes, a rappelé son président.", role: roleBody}, false},
	}
	for _, tt := range tests {
		if got := teaserCard(tt.l, tt.above); got != tt.want {
			t.Errorf("teaserCard(%q under %q) = %v, want %v", tt.l.text, tt.above.text, got, tt.want)
		}
	}
}

func TestPullQuote(t *testing.T) {
	body := func(texts ...string) []*line {
		var ls []*line
		for _, s := range texts {
			ls = append(ls, &line{text: s, raw: s, role: roleBody})
		}
		return ls
	}
	quote := body("« La mer rend ce qu'on lui laisse, et elle se reconstitue plus vite qu'on ne le pensait. »", "Claire Lemoine", "Biologiste")
	if !pullQuote(quote, 0) {
		t.Error("pullQuote(a quote over its speaker's name) = false")
	}
	table := body("17", "Ricky Stenhouse Jr", "2")
	if pullQuote(table, 0) {
		t.Error("pullQuote(a table's cell over a driver's name) = true")
	}
}
