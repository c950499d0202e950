package main

import (
	"fmt"
	"strings"

	"github.com/jscd-go/jscd/jscd"
)

const diffHelp = `Diff compares two versions of a document entity by entity, matching entities by ID, and prints one line per change: "+" added, "-" removed, "~" changed, then the collection, the ID and the path of the field, and the values. An entity added or removed whole is shown by its name, in the language of -lang when the document has it. -format json writes the changes as a JSON array of objects (kind, collection, id, path, old, new).`

const diffExits = `  0  the documents are the same
  1  they differ
  2  a usage error, or a document that cannot be read or does not decode`

var diffCommand = &command{
	name:     "diff",
	args:     "[flags] OLD NEW",
	synopsis: "print what changed between two versions of a document",
	help:     diffHelp,
	exits:    diffExits,
	setup:    setupDiff,
}

func setupDiff(c *ctx) func([]string) int {
	format := c.fs.String("format", "text", c.p.Sprintf("output format: text or json"))
	c.meta["format"] = "text|json"
	return func(args []string) int {
		if !c.wantArgs(args, 2, 2) || !c.oneOf("format", *format, "text", "json") {
			return exitTrouble
		}
		old, _, ok := c.decodeOne(args[0])
		if !ok {
			return exitTrouble
		}
		new, _, ok := c.decodeOne(args[1])
		if !ok {
			return exitTrouble
		}
		changes := jscd.Diff(old, new)
		var err error
		if *format == "json" {
			if changes == nil {
				changes = jscd.Changes{}
			}
			err = writeJSON(c.stdout, changes)
		} else {
			for _, ch := range changes {
				if _, err = fmt.Fprintln(c.stdout, c.changeLine(ch)); err != nil {
					break
				}
			}
		}
		if err != nil {
			c.fail(err.Error())
			return exitTrouble
		}
		if len(changes) > 0 {
			return exitFound
		}
		return exitOK
	}
}

// changeLine renders a change as Change.String does, except that an entity added or removed
// whole is named in the reader's language rather than in English.
func (c *ctx) changeLine(ch jscd.Change) string {
	whole := ch.Old
	if ch.Kind == jscd.ChangeKindAdded {
		whole = ch.New
	}
	label := ""
	if len(ch.Path) == 0 && ch.Kind != jscd.ChangeKindChanged {
		label = c.entityLabel(whole)
	}
	if label == "" {
		return ch.String()
	}
	sign := "+"
	if ch.Kind == jscd.ChangeKindRemoved {
		sign = "-"
	}
	return strings.TrimSpace(fmt.Sprintf("%s %s %s", sign, ch.Collection, ch.ID)) + ": " + label
}

// entityLabel names an entity given as JSON data by its name, title or text in the reader's
// language; "" when it has none.
func (c *ctx) entityLabel(v any) string {
	m, ok := v.(map[string]any)
	if !ok {
		return ""
	}
	for _, key := range []string{"name", "title", "text"} {
		texts, ok := m[key].(map[string]any)
		if !ok {
			continue
		}
		t := jscd.Text{}
		for lang, s := range texts {
			if s, ok := s.(string); ok {
				t[lang] = s
			}
		}
		if s := c.text(t); s != "" {
			return s
		}
	}
	return ""
}
