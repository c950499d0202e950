//go:build js && wasm

// Command dombench measures two ways for Go to put the same elements into the DOM through
// syscall/js: one call per DOM operation (createElement, setAttribute, textContent,
// appendChild for each element), and one call that hands a finished view-model (JSON) to
// a small JavaScript renderer, as the demo does. The measurement TestMeasureDOMWriteCost
// (wasm/e2e, run with -measure) runs it; docs/demo.md reports the figures. It is not part of
// the demo site.
package main

import (
	"strconv"
	"syscall/js"

	"github.com/jscd-go/jscd/wasm/internal/view"
)

func main() {
	bench := js.FuncOf(func(this js.Value, args []js.Value) any {
		n := args[0].Int()
		perf := js.Global().Get("performance")
		doc := js.Global().Get("document")

		// One syscall/js call per DOM operation: four crossings per element.
		t0 := perf.Call("now").Float()
		list := doc.Call("createElement", "ul")
		for i := range n {
			li := doc.Call("createElement", "li")
			li.Call("setAttribute", "class", "item")
			li.Set("textContent", "item "+strconv.Itoa(i))
			list.Call("appendChild", li)
		}
		doc.Get("body").Call("appendChild", list)
		perNode := perf.Call("now").Float() - t0

		// One call with a finished view-model, built by package view and created by JS.
		t1 := perf.Call("now").Float()
		kids := make([]view.Node, n)
		for i := range kids {
			kids[i] = view.Node{Tag: "li", Attrs: []string{"class", "item"}, Kids: []view.Node{view.T("item " + strconv.Itoa(i))}}
		}
		b := view.AppendNodes(nil, []view.Node{{Tag: "ul", Kids: kids}})
		js.Global().Call("renderJSON", doc.Get("body"), string(b))
		batched := perf.Call("now").Float() - t1
		return js.ValueOf(map[string]any{"perNode": perNode, "batched": batched, "n": n})
	})
	js.Global().Set("domBench", bench)
	js.Global().Call("domBenchReady")
	select {}
}
