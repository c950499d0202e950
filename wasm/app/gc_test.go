//go:build js && wasm

package main

import (
	"runtime"
	"testing"
)

func TestIdleCollectorCollectsAfterAnAction(t *testing.T) {
	var c idleCollector
	gcs := func() uint32 {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.NumGC
	}
	before := gcs()
	if c.idle() {
		t.Fatal("idle collected with no action since the start")
	}
	c.acted()
	c.acted()
	if !c.idle() {
		t.Fatal("idle did not collect after two actions")
	}
	if got := gcs(); got == before {
		t.Error("idle reported a collection that did not run")
	}
	if c.idle() {
		t.Error("idle collected twice for the same actions")
	}
}

func TestSetUpGC(t *testing.T) {
	setUpGC()
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	// With GOGC at 400 the heap may grow to 16 MB (the 4 MB floor times 400/100) before the
	// runtime collects by itself.
	if m.NextGC < 16<<20 {
		t.Errorf("next collection at %d bytes, want at least 16 MB", m.NextGC)
	}
}
