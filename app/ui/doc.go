// Package ui holds Lecteur's go-app components, one per file, named after
// what the reader sees. The same components run in the browser (the wasm
// app in package main one folder up) and at build time, where build/
// prerenders every page with them, so a page's HTML and the live app never
// disagree.
//
// Components stay thin: the URL is the state (articles/<id>, search?q=,
// compare?left=&right=), data comes from the Store, and the work is done by
// pure packages (search, site) that have their own tests.
package ui
