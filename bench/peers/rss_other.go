//go:build !linux

package main

import "time"

// peakRSS is measured on Linux only.
func peakRSS() (int64, bool) { return 0, false }

// cpuTime is measured on Linux only.
func cpuTime() (time.Duration, bool) { return 0, false }
