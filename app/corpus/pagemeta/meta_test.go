package pagemeta

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name, page string
		want       Meta
	}{
		{"JSON-LD first",
			`<html lang="fr"><head><title>Le budget adopté | Le Courrier</title>
<meta property="og:title" content="Budget : le conseil vote">
<meta property="article:published_time" content="2024-03-06T08:00:00+01:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Le Courrier"},{"@type":"NewsArticle","headline":"Le conseil municipal adopte le budget","datePublished":"2024-03-05T18:30:00+01:00","dateModified":"2024-03-06T09:00:00+01:00","author":[{"@type":"Person","name":"Claire Le Goff"},{"@type":"Person","name":"Paul Girard"}],"publisher":{"@type":"Organization","name":"Le Courrier"},"articleSection":["Politique"]}]}</script>
</head><body><h1>Le conseil municipal <em>adopte</em> le budget</h1></body></html>`,
			Meta{Headline: "Le conseil municipal adopte le budget", PageTitle: "Le budget adopté | Le Courrier", H1: []string{"Le conseil municipal adopte le budget"},
				Published: "2024-03-05T18:30:00+01:00", Modified: "2024-03-06T09:00:00+01:00", Authors: []string{"Claire Le Goff", "Paul Girard"},
				Publisher: "Le Courrier", Section: "Politique", Lang: "fr", Article: true}},
		{"Open Graph and meta",
			`<head><meta property="og:title" content="Storm hits the coast"><meta property="og:site_name" content="The Harbour Times">
<meta name="author" content="By Jane Doe and John Roe"><meta property="article:section" content="Weather"><meta property="og:type" content="article"></head>
<body><time class="date-published" datetime="2023-11-02">2 November</time></body>`,
			Meta{Headline: "Storm hits the coast", Published: "2023-11-02", Time: "2023-11-02", Authors: []string{"Jane Doe", "John Roe"},
				Publisher: "The Harbour Times", Section: "Weather", Article: true}},
		{"values in a value attribute, as some savers write them",
			`<head><meta value="Le Courrier.fr" name="og:site_name"><meta value="Anne Roux" name="og:article:author"></head>`,
			Meta{Authors: []string{"Anne Roux"}, Publisher: "Le Courrier.fr"}},
		{"application-name holding the headline is no publisher; og:site_name is",
			`<head><meta name="application-name" content="Doctors offer free flu shots to detained migrants"><meta property="og:title" content="Doctors offer free flu shots to detained migrants"><meta property="og:site_name" content="MSN"></head>`,
			Meta{Headline: "Doctors offer free flu shots to detained migrants", Publisher: "MSN"}},
		{"application-name alone: the headline is still no publisher",
			`<head><meta name="application-name" content="Storm hits the coast"><meta property="og:title" content="Storm hits the coast"></head>`,
			Meta{Headline: "Storm hits the coast"}},
		{"application-name naming the site",
			`<head><meta name="application-name" content="Le Courrier"></head>`,
			Meta{Publisher: "Le Courrier"}},
		{"first time only as a hint",
			`<body><p>Mis en ligne <time datetime="2022-01-10T10:00">lundi</time></p></body>`,
			Meta{Time: "2022-01-10T10:00"}},
		{"JSON-LD references, organisations and descriptions",
			`<head><link rel="canonical" href="https://exemple.fr/2024/03/05/budget/">
<meta name="description" content="Le conseil a voté le budget mardi soir.">
<script type="application/ld+json">{"@graph":[{"@type":"Person","@id":"https://exemple.fr/#/person/1","name":"Chokri GHARBI"},{"@type":"NewsArticle","headline":"Budget","author":{"@id":"https://exemple.fr/#/person/1"},"description":"Le budget 2024 est voté."}]}</script>
<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"AFP"}}</script></head>`,
			Meta{Headline: "Budget", Authors: []string{"Chokri GHARBI"}, Descriptions: []string{"Le budget 2024 est voté.", "Le conseil a voté le budget mardi soir."},
				URL: "https://exemple.fr/2024/03/05/budget/", Article: true}},
		{"an organisation as the author",
			`<head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"NewsMediaOrganization","name":"AFP"}}</script><meta name="author" content="Jean Dupont"></head>`,
			Meta{AuthorOrgs: []string{"AFP"}, Article: true}},
		{"meta names every author where JSON-LD names the first",
			`<head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Anne Roux"}}</script><meta name="author" content="Anne Roux, Paul O'Neil"></head>`,
			Meta{Authors: []string{"Anne Roux", "Paul O'Neil"}, Article: true}},
		{"meta naming someone else does not replace JSON-LD's author",
			`<head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Anne Roux"}}</script><meta name="author" content="Paul O'Neil"></head>`,
			Meta{Authors: []string{"Anne Roux"}, Article: true}},
		{"a related article's byline is not the page's",
			`<body><h1>Titre</h1><p>Texte.</p><div class="related"><h5><a href="/autre">Un autre article</a></h5><p class="info"><span class="author">Par Paul Roux</span></p></div></body>`,
			Meta{H1: []string{"Titre"}}},
		{"bylines the page shows, and the saved date",
			`<!--
 Page saved with SingleFile
 url: https://exemple.fr/a
 saved date: Tue Nov 28 2023 10:15:00 GMT+0100 (heure normale d’Europe centrale)
--><html><body><h1>Titre</h1><address class="authorsign"><span class="authorsign-label">Elsa Martin et Paul Roux</span></address>
<div class="node-block--authors"><span>Auteur:</span> <a href="/p">Anna Novak</a></div><script class="author">x</script></body></html>`,
			Meta{H1: []string{"Titre"}, Bylines: []string{"Elsa Martin et Paul Roux", "Elsa Martin et Paul Roux", "Auteur: Anna Novak"},
				Saved: "Tue Nov 28 2023 10:15:00 GMT+0100 (heure normale d’Europe centrale)"}},
		{"JSON-LD in CDATA, and a byline's place left out",
			`<head><script type="application/ld+json">
<![CDATA[ {"@type":"Article","datePublished":"2018-04-05T06:00"} ]]></script></head>
<body><div class="c-signature"><span class="c-signature__location">São Paulo</span></div><p class="byline">By Dana Reyes</p></body>`,
			Meta{Published: "2018-04-05T06:00", Bylines: []string{"By Dana Reyes"}, Article: true}},
		{"broken JSON-LD is passed over",
			`<head><script type="application/ld+json">{"@type": "NewsArticle", </script><title>T</title></head>`,
			Meta{PageTitle: "T"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if got := Read(doc); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Read(%s) =\n%+v\nwant\n%+v", tt.name, got, tt.want)
			}
		})
	}
}
