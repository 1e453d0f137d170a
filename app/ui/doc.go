// Package ui holds Lecteur's go-app components, one per file, named after
// what the reader sees: the Shell (header, search box, footer) around one
// view per route (Home, SearchPage, ArticleView, ComparePage,
// EntitiesPage, LocalPage, NotFound) and their parts (SearchBox,
// Preferences, EntityLegend, ComparePane, ArticlePicker, SharedEntities,
// PaneTabs, OfflineStatus, UpdatePrompt). The same components run in the
// browser (the wasm app in package main one folder up) and at build time,
// where build/ prerenders every page with them, so a page's HTML and the
// live app never disagree.
//
// Components stay thin: the URL is the state (articles/<id>, search?q=,
// compare?left=&right=), data comes from the data layer, and the work is
// done by pure packages (search, site, compare) that have their own tests.
// What a component needs of the app around it comes as a value, never
// from a package variable: the Env (language, base path, data, the search
// box's line to the search page) that main or the build hands to Routes
// and the Shell passes down as a prop. Components talk to their parents
// through go-app actions (the language switch, the compare view's parts).
//
// The packages below it: i18n (the strings in each language), link (every
// internal link and the routes), data (the Store and the reader's
// Library) and browser (the adapters to the browser's APIs). ui may import
// them and the pure packages, never build/ and never syscall/js: the
// browser is reached through package browser or go-app
// (TestBrowserLayers).
package ui
