package site

import "testing"

func TestDataPath(t *testing.T) {
	tests := []struct {
		name, file, version, want string
	}{
		{"catalog", CatalogFile, "0123abcd", "/web/data/0123abcd/catalog.json.gz"},
		{"shard", IndexShardFile(87), "0123abcd", "/web/data/0123abcd/index-087.bin.gz"},
		{"chunk", ChunkFile(3), "ff", "/web/data/ff/text-003.json.gz"},
		{"no version", ArticlesFile, "", ArticlesFile},
		{"not data", "/web/app.wasm", "0123abcd", "/web/app.wasm"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DataPath(tt.file, tt.version); got != tt.want {
				t.Errorf("DataPath(%q, %q) = %q, want %q", tt.file, tt.version, got, tt.want)
			}
		})
	}
}

func TestGzipped(t *testing.T) {
	tests := []struct {
		name string
		file string
		want bool
	}{
		{"catalog", CatalogFile, true},
		{"chunk", ChunkFile(12), true},
		{"article list", ArticlesFile, false},
		{"index shard", IndexShardFile(0), true},
		{"index meta", IndexMetaFile, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Gzipped(tt.file); got != tt.want {
				t.Errorf("Gzipped(%q) = %v, want %v", tt.file, got, tt.want)
			}
		})
	}
}
