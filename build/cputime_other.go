//go:build !unix

package main

import "time"

// cpuTime is 0 where the process's CPU time is not read: the stages
// report their wall time only.
func cpuTime() time.Duration { return 0 }
