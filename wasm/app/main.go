//go:build js && wasm

// Command app is the jscd browser demo's WebAssembly program. It registers one function with
// the page's renderer (render.js) and answers each of the visitor's actions with the regions
// of the page to redraw, built by package view from what package jscd makes of the document.
//
// The registered function never blocks: it computes its answer and returns. When the page
// goes away for good it releases the function and the program ends.
package main

import (
	"bytes"
	"strings"
	"syscall/js"

	"github.com/jscd-go/jscd/wasm/internal/view"
)

// extraDocuments are the documents the page offers before the bundled ones: site.Build adds
// a file to this package that sets them when the server is given files (serve -file).
var extraDocuments []view.Document

func main() {
	setUpGC()
	perf := js.Global().Get("performance")
	perf.Call("mark", "jscd-main")
	trace := &view.Trace{Now: func() float64 { return perf.Call("now").Float() }}
	// NewState only lists the bundled frameworks; the first action decodes the one shown.
	state, err := view.NewState(extraDocuments...)
	if err != nil {
		js.Global().Get("jscdDemo").Call("fail", "jscd: "+err.Error())
		return
	}
	state.Input().Trace = trace
	if k := newStorageKeeper(); k != nil {
		state.SetKeeper(k)
	}
	// sent is the content of each region as last handed to the page, so an unchanged region is
	// only named, not converted to a JavaScript string and compared again there.
	sent := map[string][]byte{}
	var gc idleCollector
	rehearsed := 0
	quit := make(chan struct{}, 1)
	dispatch := js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 2 {
			return js.ValueOf(map[string]any{})
		}
		act, val := args[0].String(), args[1].String()
		if act == "quit" {
			select {
			case quit <- struct{}{}:
			default:
			}
			return js.Undefined()
		}
		if act == "idle" {
			return idle(state, trace, &gc, &rehearsed)
		}
		gc.acted()
		// The third argument, when given, lists the regions on screen, comma-separated.
		var now []string
		if len(args) > 2 && args[2].Type() == js.TypeString {
			now = strings.FieldsFunc(args[2].String(), func(r rune) bool { return r == ',' })
			if now == nil {
				now = []string{}
			}
		}
		return apply(state, trace, sent, act, val, now)
	})
	js.Global().Get("jscdDemo").Call("attach", dispatch)
	<-quit
	dispatch.Release()
}

// rehearsals is how many of the page's first idle moments rehearse an edit
// (view.State.Rehearse) so that the browser compiles the edit's code with its optimising
// tier before the visitor's first edits. Without them the first dozen or so edits were
// markedly slower than the later ones, and six rehearsals were not enough; with twenty, the
// edits TestMeasurePerformance times meet their target (docs/performance.md, "Edits").
const rehearsals = 20

// idle answers the "idle" action, which the page sends when it has nothing else to do. The
// first idle moments after start-up each rehearse an edit and ask for another idle moment
// ("more"); after them, it collects garbage if an action has run since it last did
// (idleCollector), so that collections fall between the visitor's actions instead of inside
// them. It answers with no region, and with the time of what it did as steps.
func idle(state *view.State, trace *view.Trace, gc *idleCollector, rehearsed *int) any {
	res := map[string]any{}
	if *rehearsed < rehearsals {
		*rehearsed++
		if rehearse(state, trace) {
			gc.acted()
			res["more"] = true
		} else {
			*rehearsed = rehearsals // a rehearsal that panics is not tried again
		}
	} else {
		end := trace.Begin("runtime.GC (idle)")
		collected := gc.idle()
		end()
		if !collected {
			trace.Take()
		}
	}
	if steps := trace.Take(); len(steps) > 0 {
		res["steps"] = string(view.AppendSteps(nil, steps))
	}
	return js.ValueOf(res)
}

// rehearse runs one rehearsal and reports whether it ran without a panic.
func rehearse(state *view.State, trace *view.Trace) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	defer trace.Begin("Rehearse")()
	state.Rehearse()
	return true
}

// apply runs one action and converts its Result for the renderer: the regions that changed
// since they were last sent, and the names of those that did not ("same"). A panic becomes an
// error message for the page instead of ending the program, after which no action would work.
func apply(state *view.State, trace *view.Trace, sent map[string][]byte, act, val string, now []string) (out any) {
	defer func() {
		if v := recover(); v != nil {
			// The visitor reads a plain sentence in the page's language; the Go error goes to
			// the console's debug level, for whoever debugs the page.
			out = js.ValueOf(map[string]any{"error": state.Input().Lang.L("error.action"),
				"debug": "jscd: " + act + ": " + view.PanicMessage(v)})
		}
	}()
	end := trace.Begin("Apply " + act)
	r := state.ApplyFor(act, val, now)
	end()
	res := map[string]any{}
	if r.Regions != nil {
		regions := make(map[string]any, len(r.Regions))
		var same []any
		for name, b := range r.Regions {
			if prev, ok := sent[name]; ok && bytes.Equal(prev, b) {
				same = append(same, name)
				continue
			}
			sent[name] = b
			regions[name] = string(b)
		}
		res["regions"] = regions
		if len(same) > 0 {
			res["same"] = same
		}
		res["lang"], res["dir"] = r.Lang, r.Dir
		res["address"], res["push"] = r.Address, r.Push
	}
	if r.Editor != "" {
		res["editor"] = r.Editor
	}
	if len(r.Dirty) > 0 {
		dirty := make([]any, len(r.Dirty))
		for i, name := range r.Dirty {
			dirty[i] = name
		}
		res["dirty"] = dirty
	}
	if r.Text != nil {
		res["text"] = *r.Text
	}
	if r.Select != nil {
		res["select"] = []any{r.Select.Start, r.Select.End, r.Select.Line}
	}
	// The time from here to the page having the result (converting it to JavaScript values)
	// is the page's "dispatch" measure less the "Apply" step.
	if steps := trace.Take(); len(steps) > 0 {
		res["steps"] = string(view.AppendSteps(nil, steps))
	}
	return js.ValueOf(res)
}
