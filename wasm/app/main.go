//go:build js && wasm

// Command app is the jscd browser demo's WebAssembly program. It registers one function with
// the page's renderer (render.js) and answers each of the visitor's actions with the regions
// of the page to redraw, built by package view from what package jscd makes of the document.
//
// The registered function never blocks: it computes its answer and returns. When the page
// goes away for good it releases the function and the program ends.
package main

import (
	"syscall/js"

	"github.com/jscd-go/jscd/wasm/view"
)

func main() {
	// The bundled frameworks are decoded on the first action, not here, so that starting Go
	// and loading the data are two tasks of the page instead of one long one.
	var state *view.State
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
		if state == nil {
			s, err := view.NewState()
			if err != nil {
				return js.ValueOf(map[string]any{"error": "jscd: " + err.Error()})
			}
			state = s
		}
		return apply(state, act, val)
	})
	js.Global().Get("jscdDemo").Call("attach", dispatch)
	<-quit
	dispatch.Release()
}

// apply runs one action and converts its Result for the renderer. A panic becomes an error
// message for the page instead of ending the program, after which no action would work.
func apply(state *view.State, act, val string) (out any) {
	defer func() {
		if v := recover(); v != nil {
			msg := "panic"
			if err, ok := v.(error); ok {
				msg = err.Error()
			} else if s, ok := v.(string); ok {
				msg = s
			}
			out = js.ValueOf(map[string]any{"error": "jscd: " + act + ": " + msg})
		}
	}()
	r := state.Apply(act, val)
	res := map[string]any{}
	if r.Regions != nil {
		regions := make(map[string]any, len(r.Regions))
		for name, b := range r.Regions {
			regions[name] = string(b)
		}
		res["regions"] = regions
		res["lang"], res["dir"] = r.Lang, r.Dir
	}
	if r.Text != nil {
		res["text"] = *r.Text
	}
	if r.Select != nil {
		res["select"] = []any{r.Select.Start, r.Select.End, r.Select.Line}
	}
	return js.ValueOf(res)
}
