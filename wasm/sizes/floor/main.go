//go:build js && wasm

// Command floor is the smallest program with what the demo cannot do without: syscall/js,
// encoding/json and golang.org/x/text's language and message packages.
package main

import (
	"encoding/json"
	"syscall/js"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

func main() {
	var v map[string]any
	_ = json.Unmarshal([]byte(js.Global().Get("input").String()), &v)
	b, _ := json.Marshal(v)
	p := message.NewPrinter(language.Make(js.Global().Get("lang").String()))
	js.Global().Set("output", p.Sprintf("%d %s", len(b), language.Arabic.String()))
}
