package main

import "strconv"

// shardName is the file name of postings shard n in the data folder, as
// site.IndexShardFile names it ("index-007.bin.gz", gzipped: the page's
// fetch, lecteurEarlyFetch in web/early-search.js, unpacks it).
func shardName(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 3 {
		s = "0" + s
	}
	return "index-" + s + ".bin.gz"
}
