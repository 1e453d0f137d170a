// Command wasmstart measures, in a fresh headless Chromium per load, how
// long the browser takes to compile a Go wasm program from its bytes,
// instantiate it, and run Go's start to the end of main (search.wasm's
// main returns at once when the page sets no lecteurEarly): the costs of
// a wasm file that do not depend on the network.
//
//	go run ./build/wasmstart -n 10 a.wasm b.wasm
//
// Files are measured alternated (a b a b …), each load in its own
// browser with an empty profile, so no compiled code is reused.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"
	goruntime "runtime"
	"sort"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"lecteur/build/chromium"
)

const pageHTML = `<!doctype html><meta charset=utf-8><script src="/wasm_exec.js"></script><script>
globalThis.measure = async (name) => {
  const bytes = await (await fetch("/w/" + name)).arrayBuffer();
  const t0 = performance.now();
  const mod = await WebAssembly.compile(bytes);
  const t1 = performance.now();
  const go = new Go();
  const inst = await WebAssembly.instantiate(mod, go.importObject);
  const t2 = performance.now();
  await go.run(inst);
  const t3 = performance.now();
  return [t1 - t0, t2 - t1, t3 - t2];
};
</script>`

func main() {
	n := flag.Int("n", 5, "loads of each file")
	jsFlags := flag.String("js-flags", "", "V8 flags for Chromium (--js-flags)")
	features := flag.String("features", "", "Chromium features to enable (--enable-features)")
	disable := flag.String("disable-features", "", "Chromium features to disable")
	flag.Parse()
	if err := run(*n, flag.Args(), *jsFlags, *features, *disable); err != nil {
		log.Fatal(err)
	}
}

func run(n int, files []string, jsFlags, features, disable string) error {
	chrome, err := chromium.Path()
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, pageHTML)
	})
	mux.HandleFunc("/wasm_exec.js", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, filepath.Join(goruntime.GOROOT(), "lib", "wasm", "wasm_exec.js"))
	})
	for i, f := range files {
		f := f
		mux.HandleFunc(fmt.Sprintf("/w/%d", i), func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/wasm")
			http.ServeFile(w, r, f)
		})
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	go http.Serve(ln, mux)
	base := "http://" + ln.Addr().String() + "/"

	type times struct{ compile, inst, run []float64 }
	res := make([]times, len(files))
	for k := 0; k < n; k++ {
		for i := range files {
			t, err := load(chrome, base, i, jsFlags, features, disable)
			if err != nil {
				return fmt.Errorf("%s: %w", files[i], err)
			}
			res[i].compile = append(res[i].compile, t[0])
			res[i].inst = append(res[i].inst, t[1])
			res[i].run = append(res[i].run, t[2])
		}
	}
	fmt.Printf("%-24s %10s %16s %16s %16s   (ms, median (range) of %d loads)\n", "file", "bytes", "compile", "instantiate", "Go run", n)
	for i, f := range files {
		st, _ := os.Stat(f)
		fmt.Printf("%-24s %10d %16s %16s %16s\n", filepath.Base(f), st.Size(), med(res[i].compile), med(res[i].inst), med(res[i].run))
	}
	return nil
}

func med(xs []float64) string {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return fmt.Sprintf("%.0f (%.0f–%.0f)", s[len(s)/2], s[0], s[len(s)-1])
}

// load measures file i in a fresh browser with an empty profile:
// compile, instantiate and Go's run, from bytes already fetched.
func load(chrome, base string, i int, jsFlags, features, disable string) ([3]float64, error) {
	var out [3]float64
	profile, err := os.MkdirTemp("", "wasmstart")
	if err != nil {
		return out, err
	}
	defer os.RemoveAll(profile)
	var extra []chromedp.ExecAllocatorOption
	if jsFlags != "" {
		extra = append(extra, chromedp.Flag("js-flags", jsFlags))
	}
	if features != "" {
		extra = append(extra, chromedp.Flag("enable-features", features))
	}
	if disable != "" {
		extra = append(extra, chromedp.Flag("disable-features", disable))
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), chromium.Options(chrome, profile, extra...)...)
	defer cancelA()
	ctx, cancelB := chromedp.NewContext(actx)
	defer cancelB()
	ctx, cancelC := context.WithTimeout(ctx, 2*time.Minute)
	defer cancelC()
	var t []float64
	await := func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }
	if err := chromedp.Run(ctx, chromedp.Navigate(base), chromedp.Evaluate(fmt.Sprintf("measure(%q)", fmt.Sprint(i)), &t, await)); err != nil {
		return out, err
	}
	if len(t) != 3 {
		return out, fmt.Errorf("measure returned %v", t)
	}
	copy(out[:], t)
	return out, nil
}
