// Package pool is the one worker pool of the build's pipeline: reading
// the corpus (app/corpus), finding entities and stories, linking
// entities (app/entity), grouping stories (app/story), building the
// search index (app/search), prerendering and writing the site (build/)
// each run one independent job per item on all CPUs. Jobs write their
// results by index, so the output keeps the input's order whatever the
// scheduling.
//
// It imports the standard library only. In the browser a wasm page has
// one thread (GOMAXPROCS is 1): the shared packages' pools there run
// their jobs one after the other, and its loads overlap with
// data.Parallel.
package pool

import (
	"runtime"
	"sync"
)

// Each runs do(i) for every i in [0, n) on workers goroutines
// (GOMAXPROCS when workers <= 0). Each worker takes the next index as soon
// as it is free, so one slow item never holds back a share of the others.
// progress, when not nil, is called after each item with how many are
// done, one call at a time and in increasing order. Each returns once
// every do has.
func Each(n, workers int, do func(i int), progress func(done, total int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		done int
		next = make(chan int)
	)
	for range min(workers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				do(i)
				if progress != nil {
					mu.Lock()
					done++
					progress(done, n)
					mu.Unlock()
				}
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
