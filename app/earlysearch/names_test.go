package main

import (
	"path"
	"testing"

	"lecteur/app/site"
)

func TestShardName(t *testing.T) {
	for _, n := range []int{0, 7, 42, 999, 1234} {
		if got, want := shardName(n), path.Base(site.IndexShardFile(n)); got != want {
			t.Errorf("shardName(%d) = %q, want %q (site.IndexShardFile)", n, got, want)
		}
	}
}
