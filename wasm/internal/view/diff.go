package view

import (
	"github.com/jscd-go/jscd/jscd"

	"github.com/jscd-go/jscd/internal/jsonw"
)

// DiffPanel tells what changed between two versions of the framework, as the library's Diff
// reports it, grouped into one entry per entity: what the entity is and its name, whether it
// is new, gone or changed, and for a changed one each field with its old and new value.
func DiffPanel(in *Input) []Node {
	l := in.Lang
	out := panelHead(l.L("diff"), l.L("diff.help"))
	if in.DiffOld == nil || in.DiffNew == nil {
		return append(out, el("p", "empty", l.L("diff.unavailable")))
	}
	out = append(out, el("p", "help", fill(l.L("diff.between"),
		"old", in.DiffOldName, "new", in.DiffNewName)))
	end := in.Trace.Begin("jscd.Diff")
	changes := jscd.Diff(in.DiffOld, in.DiffNew)
	end()
	if len(changes) == 0 {
		return append(out, h("p", at("class", "empty", "id", "diff-none"), T(l.L("diff.none"))))
	}
	oldIx, newIx := in.indexOf(in.DiffOld), in.indexOf(in.DiffNew)
	var items []Node
	for _, group := range groupChanges(changes) {
		items = append(items, changeStory(l, oldIx, newIx, group))
	}
	return append(out, h("ol", at("class", "story", "id", "diff-list"), items...))
}

// groupChanges splits changes, which the library lists entity by entity, into one slice per
// entity.
func groupChanges(changes []jscd.Change) [][]jscd.Change {
	var out [][]jscd.Change
	for _, c := range changes {
		n := len(out)
		if n > 0 && out[n-1][0].Collection == c.Collection && out[n-1][0].ID == c.ID {
			out[n-1] = append(out[n-1], c)
			continue
		}
		out = append(out, []jscd.Change{c})
	}
	return out
}

func changeStory(l *Lang, oldIx, newIx entities, group []jscd.Change) Node {
	first := group[0]
	kind := first.Kind
	if len(first.Path) > 0 {
		kind = jscd.ChangeKindChanged // fields of an entity that is in both versions
	}
	ix := newIx
	if kind == jscd.ChangeKindRemoved {
		ix = oldIx
	}
	head := []Node{
		el("span", "pill ch-"+string(kind), l.Enum("diff", string(kind))),
		T(" "),
		el("span", "collection", l.Enum("collection", string(first.Collection))),
	}
	if first.ID != "" {
		head = append(head, T(" "), ix.nameNode(l, first.ID))
	}
	kids := []Node{h("p", at("class", "what"), head...)}
	if kind == jscd.ChangeKindChanged {
		var fields []Node
		for _, c := range group {
			fields = append(fields, fieldChange(l, c))
		}
		kids = append(kids, h("ul", at("class", "fields"), fields...))
	}
	return h("li", at("class", "change ch-"+string(kind), "data-collection", string(first.Collection),
		"data-id", string(first.ID)), kids...)
}

// fieldChange shows one field's change. A new step in a status history reads as a sentence
// ("became fulfilled, 2021-12-09"); other values are shown compactly, texts in the page's
// language.
func fieldChange(l *Lang, c jscd.Change) Node {
	path := verbatim("code", "path", pointer(c.Path))
	if m, ok := c.New.(map[string]any); ok && c.Kind == jscd.ChangeKindAdded && len(c.Path) == 2 && c.Path[0] == "status" {
		status, _ := m["status"].(string)
		date, _ := m["date"].(string)
		sentence := fill(l.L("diff.became"), "status", l.Enum("status", status))
		if date != "" {
			sentence += " (" + date + ")"
		}
		return h("li", nil, path, T(" "), el("span", "became st-"+status, sentence))
	}
	kids := []Node{path, T(" ")}
	switch c.Kind {
	case jscd.ChangeKindAdded:
		kids = append(kids, el("span", "pill ch-added", l.Enum("diff", "added")), T(" "), valueNode(l, c.New))
	case jscd.ChangeKindRemoved:
		kids = append(kids, el("span", "pill ch-removed", l.Enum("diff", "removed")), T(" "), valueNode(l, c.Old))
	default:
		kids = append(kids, valueNode(l, c.Old), el("span", "became-arrow", " "+arrow(l)+" "), valueNode(l, c.New))
	}
	return h("li", nil, kids...)
}

// arrow is "→" read in the page's direction: it points from the old value to the new one,
// leftwards on a right-to-left page.
func arrow(l *Lang) string {
	if l.RTL {
		return "←"
	}
	return "→"
}

// valueNode shows a JSON value from a Change: a language map as the text in the page's
// language, a string as itself, anything else as compact JSON, cut short. Each value is
// isolated (bdi) and set as a block of its own in the line, so that on a right-to-left page
// a Latin value keeps its order and two values do not interleave when they wrap. A text
// carries the language it is written in when that is not the page's; an ID, a date or JSON
// is in no language (lang="zxx") and reads left to right.
func valueNode(l *Lang, v any) Node {
	s, lang := valueTextLang(l, v)
	attrs := at("class", "value", "dir", "auto")
	switch {
	case lang == "":
		attrs = at("class", "value", "dir", "ltr", "lang", "zxx")
	case lang != l.Code:
		attrs = append(attrs, "lang", lang)
	}
	return h("bdi", attrs, T(ellipsize(s, 90)))
}

// valueTextLang is valueText with the language of a text taken from a language map; "" for
// a value that is not such a text.
func valueTextLang(l *Lang, v any) (string, string) {
	var m map[string]any
	switch v := v.(type) {
	case map[string]any:
		m = v
		if _, ok := asText(v); !ok {
			m = nil
			for _, field := range []string{"name", "title", "text"} {
				if f, ok := v[field].(map[string]any); ok {
					if _, ok := asText(f); ok {
						m = f
						break
					}
				}
			}
		}
	}
	if m != nil {
		t, _ := asText(m)
		if s, lang := l.Text(t); s != "" {
			return s, lang
		}
	}
	return valueText(l, v), ""
}

func valueText(l *Lang, v any) string {
	switch v := v.(type) {
	case nil:
		return "∅"
	case string:
		return v
	case map[string]any:
		if t, ok := asText(v); ok {
			s, _ := l.Text(t)
			return s
		}
		for _, field := range []string{"name", "title", "text"} {
			if m, ok := v[field].(map[string]any); ok {
				if t, ok := asText(m); ok {
					s, _ := l.Text(t)
					return s
				}
			}
		}
	}
	// As encoding/json wrote it, and as the page has always shown values: keys sorted, <, >
	// and & escaped, a space between strings so that a list of IDs reads "a", "b".
	b, ok := jsonw.AppendData(nil, v, jsonw.Style{EscapeHTML: true, SpaceBetweenStrings: true})
	if !ok {
		b = append(b, '?') // not data a Change holds
	}
	return string(b)
}

// asText reads a JSON object whose values are all strings as a language map.
func asText(m map[string]any) (jscd.Text, bool) {
	if len(m) == 0 {
		return nil, false
	}
	t := jscd.Text{}
	for k, v := range m {
		s, ok := v.(string)
		if !ok || len(k) > 12 {
			return nil, false
		}
		t[k] = s
	}
	return t, len(t.Tags()) == len(t)
}
