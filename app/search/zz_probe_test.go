//go:build js

package search

import (
	"fmt"
	"os"
	"syscall/js"
	"testing"
)

func cpuMs() float64 {
	u := js.Global().Get("process").Call("cpuUsage")
	return (u.Get("user").Float() + u.Get("system").Float()) / 1000
}

func TestZZProbe(t *testing.T) {
	name := os.Getenv("META")
	if name == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(name)
	for i := 0; i < 2; i++ {
		c0 := cpuMs()
		r := reader{b: data, off: len(metaMagic)}
		ix := &Index{}
		ix.readHead(&r)
		c1 := cpuMs()
		ix.finish()
		c2 := cpuMs()
		fmt.Printf("readHead %.0f ms CPU, finish %.0f\n", c1-c0, c2-c1)
	}
}
