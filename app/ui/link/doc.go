// Package link owns the site's addresses: it makes every internal link
// under the base path the site is served from, and reads a URL back into
// its view and article id. The URL is the interface's state (articles/<id>,
// search?q=, compare?left=&right=), so this is where its shapes are written
// down.
//
// It may import the standard library only.
package link
