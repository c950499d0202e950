//go:build js && wasm

package main

import (
	"runtime"
	"runtime/debug"
)

// gcPercent is the garbage collector's GOGC. The live heap is small (about 1 MB: the decoded
// documents and the regions last sent) and an edit allocates about as much, so at Go's
// default of 100 the heap's 4 MB floor started a collection in every second edit or so,
// inside the edit: WebAssembly has one thread, so the collection's work was the edit's. At
// 400 the floor is 16 MB, a dozen edits; and the page's idle moments collect before then
// (idleCollector), so a collection seldom falls inside an action.
const gcPercent = 400

// setUpGC sets the collector's pace for the page.
func setUpGC() { debug.SetGCPercent(gcPercent) }

// idleCollector collects garbage when the page is idle, if an action has run since it last
// did. Collecting then keeps the heap far from the size at which the runtime would start a
// collection itself during an action. The first idle moment, after the page has started,
// also has the browser compile the collector's code (it compiles a WebAssembly function when
// it is first called: about 40 ms for the collector in Chromium), which the visitor's first
// edit paid for before.
//
// It decides by counting actions rather than by reading the heap's size: runtime.ReadMemStats
// would add 4 KB to the compressed module, and a collection of the ≈1 MB live heap costs
// about a millisecond once compiled.
type idleCollector struct {
	actions int // actions since the last idle collection
}

// acted records that an action ran.
func (c *idleCollector) acted() { c.actions++ }

// idle collects if an action has run since the last idle collection, and reports whether it
// did.
func (c *idleCollector) idle() bool {
	if c.actions == 0 {
		return false
	}
	c.actions = 0
	runtime.GC()
	return true
}
