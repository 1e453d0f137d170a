// Command serve serves a built site on 127.0.0.1 the way GitHub Pages
// would: `go run ./build/serve -dir _site -base / -port 8000`.
package main

import (
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"strconv"

	"lecteur/build/basepath"
	"lecteur/build/pages"
)

func main() {
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

func run() error {
	dir := flag.String("dir", "_site", "folder of the built site")
	base := flag.String("base", "/", "URL path the site is served under")
	port := flag.Int("port", 8000, "port to listen on, on 127.0.0.1")
	flag.Parse()
	b, err := basepath.Normalize(*base)
	if err != nil {
		return err
	}
	if _, err := os.Stat(*dir + "/index.html"); err != nil {
		return fmt.Errorf("no site in %s (run make build first): %w", *dir, err)
	}
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(*port))
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", addr, err)
	}
	fmt.Printf("Lecteur: serving %s at http://%s%s (Ctrl-C to stop)\n", *dir, addr, b)
	return http.Serve(ln, pages.Handler(*dir, b))
}
