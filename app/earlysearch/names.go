package main

import "strconv"

// shardName is the file name of postings shard n in the data folder, as
// site.IndexShardFile names it ("index-007.bin").
func shardName(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 3 {
		s = "0" + s
	}
	return "index-" + s + ".bin"
}
