package view

import (
	"strings"

	"github.com/jscd-go/jscd/jscd"
)

// entity is what the page needs to name and find an entity of the document.
type entity struct {
	name, short jscd.Text
	collection  string    // "stakeholders", "instruments", …
	kind        string    // its kind within the collection, for labels
	path        jscd.Path // where it is in the document
}

// entities indexes the entities of f by ID, for display. The first entity with an ID wins,
// as in the library's lineage; validation reports duplicates.
type entities map[jscd.ID]entity

func indexEntities(f *jscd.Framework) entities {
	ix := entities{}
	if f == nil {
		return ix
	}
	add := func(id jscd.ID, e entity) {
		if _, dup := ix[id]; !dup && id != "" {
			ix[id] = e
		}
	}
	for i, s := range f.Stakeholders {
		add(s.ID, entity{s.Name, s.ShortName, "stakeholders", string(s.Kind), jscd.Path{"stakeholders"}.Index(i)})
	}
	for i, s := range f.Instruments {
		add(s.ID, entity{s.Name, s.ShortName, "instruments", string(s.Kind), jscd.Path{"instruments"}.Index(i)})
	}
	for i, s := range f.Events {
		add(s.ID, entity{s.Name, nil, "events", string(s.Kind), jscd.Path{"events"}.Index(i)})
	}
	for i, s := range f.Commitments {
		add(s.ID, entity{s.Text, nil, "commitments", string(s.Strength), jscd.Path{"commitments"}.Index(i)})
	}
	for i, s := range f.Assessments {
		add(s.ID, entity{s.Text, nil, "assessments", string(s.Confidence), jscd.Path{"assessments"}.Index(i)})
	}
	for i, s := range f.Places {
		add(s.ID, entity{s.Name, s.ShortName, "places", string(s.Kind), jscd.Path{"places"}.Index(i)})
	}
	for i, s := range f.Sources {
		add(s.ID, entity{s.Title, nil, "sources", string(s.Kind), jscd.Path{"sources"}.Index(i)})
	}
	return ix
}

// name returns the display name of id in the reader's language, or the ID itself for an ID
// the document does not define.
func (ix entities) name(l *Lang, id jscd.ID) string {
	if e, ok := ix[id]; ok {
		if s, _ := l.Text(e.name); s != "" {
			return s
		}
	}
	return string(id)
}

// short returns the short name of id if it has one, else its name.
func (ix entities) short(l *Lang, id jscd.ID) string {
	if e, ok := ix[id]; ok {
		if s, _ := l.Text(e.short); s != "" {
			return s
		}
	}
	return ix.name(l, id)
}

// nameNode is id's name as a bidi-isolated element, marked with its language.
func (ix entities) nameNode(l *Lang, id jscd.ID) Node {
	if e, ok := ix[id]; ok && !e.name.IsEmpty() {
		return l.data("bdi", e.name, "name")
	}
	return verbatim("bdi", "name unknown", string(id))
}

func ellipsize(s string, width int) string {
	r := []rune(s)
	if len(r) <= width {
		return s
	}
	return strings.TrimSpace(string(r[:width-1])) + "…"
}
