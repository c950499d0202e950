package view

import (
	"slices"
	"strings"
	"time"

	"github.com/jscd-go/jscd/jscd"
)

// The page's address holds what the visitor is looking at, so that every view can be linked
// and survives a reload: ?dataset=us-iraq&lang=ar&asof=2021-12-31&focus=jscd. The dataset
// and the language choose the page the server sends (AddressView, the prerendered pages);
// the day and the entity in focus are applied when the module takes over. The as-of day is
// written only when it is not the document's own (DefaultAsOf), the focus only when there is
// one.

// addressChoices are the parts of an address's query beyond the dataset and the language.
type addressChoices struct {
	focus string
	asOf  time.Time
}

// readAddress reads the focus and the as-of day of an address's query; the last of each
// wins, and a value the page cannot use (not a slug, not a day) is ignored.
func readAddress(query string) addressChoices {
	var c addressChoices
	for _, kv := range strings.Split(strings.TrimPrefix(query, "?"), "&") {
		k, v, _ := strings.Cut(kv, "=")
		switch k {
		case "focus":
			if jscd.ID(v).Valid() || v == "" {
				c.focus = v
			}
		case "asof":
			if t, ok := parseDay(v); ok {
				c.asOf = t
			}
		}
	}
	return c
}

// Address returns the query of the address of what the page shows now.
func (in *Input) Address() string { return in.addressFor(in.Lang.Code, in.Focus) }

// addressFor returns the query of the address of the page in language lang with the entity
// focus chosen ("" for none), all else as now. Dataset names and IDs are slugs, and days are
// digits and hyphens, so nothing needs escaping.
func (in *Input) addressFor(lang, focus string) string {
	b := make([]byte, 0, 64)
	b = append(b, "?dataset="...)
	b = append(b, in.Dataset...)
	b = append(b, "&lang="...)
	b = append(b, lang...)
	if !in.AsOf.IsZero() && !in.AsOf.Equal(in.DefaultAsOf) {
		b = append(b, "&asof="...)
		b = append(b, formatDay(in.AsOf)...)
	}
	if focus != "" {
		b = append(b, "&focus="...)
		b = append(b, focus...)
	}
	return string(b)
}

// focusLink names the entity id as a link that opens its detail card: a real link to the
// page's address with ?focus=id, which the renderer follows without a reload once the module
// runs. An ID the document does not define is shown as it is written, not as a link.
func (in *Input) focusLink(ix entities, id jscd.ID) Node {
	name := ix.nameNode(in.Lang, id)
	if _, ok := ix[id]; !ok {
		return name
	}
	return h("a", at("class", "ref", "href", in.addressFor(in.Lang.Code, string(id)), "data-act", "focus",
		"data-val", string(id)), name)
}

// focusList names the entities ids as links, separated as the language separates a list.
func (in *Input) focusList(ix entities, ids []jscd.ID) Node {
	var kids []Node
	for i, id := range ids {
		if i > 0 {
			kids = append(kids, T(sep(in.Lang)))
		}
		kids = append(kids, in.focusLink(ix, id))
	}
	return h("span", at("class", "names"), kids...)
}

// retarget makes the marks of a drawing open the detail card of their entity: an element
// that would put the editor's cursor on its entity (data-act locate-path) in a group that
// names the entity (data-id, or data-subject for a timeline row) chooses it instead
// (data-act focus), keeping the path in data-path; a timeline row's label becomes a button
// for its subject. The drawings are built in lineage.go and timeline.go; this is how any
// choice of an entity anywhere leads to its card.
func retarget(nodes []Node) []Node {
	for i := range nodes {
		retargetNode(&nodes[i], "")
	}
	return nodes
}

func retargetNode(n *Node, subject string) {
	if n.Tag == "" {
		return
	}
	if id, ok := n.Attr("data-id"); ok && id != "" {
		subject = id
	} else if id, ok := n.Attr("data-subject"); ok && id != "" {
		subject = id
	}
	if subject != "" {
		if act, _ := n.Attr("data-act"); act == "locate-path" {
			path, _ := n.Attr("data-val")
			n.Attrs = setAttr(setAttr(setAttr(n.Attrs, "data-act", "focus"), "data-val", subject), "data-path", path)
		} else if class, _ := n.Attr("class"); class == "row-label" && act == "" {
			n.Attrs = append(n.Attrs, "role", "button", "tabindex", "0", "data-act", "focus", "data-val", subject)
		}
	}
	for i := range n.Kids {
		retargetNode(&n.Kids[i], subject)
	}
}

// setAttr sets the attribute name in the pairs attrs, adding it when it is missing.
func setAttr(attrs []string, name, value string) []string {
	for i := 0; i+1 < len(attrs); i += 2 {
		if attrs[i] == name {
			attrs[i+1] = value
			return attrs
		}
	}
	return append(attrs, name, value)
}

// CardIDs returns the IDs of the entities of the document shown that have a detail card
// (?focus=ID), sorted; none for a document that could not be read.
func (in *Input) CardIDs() []string {
	if in.Framework == nil {
		return nil
	}
	ids := make([]string, 0, len(in.derive().ix))
	for id := range in.derive().ix {
		ids = append(ids, string(id))
	}
	slices.Sort(ids)
	return ids
}
