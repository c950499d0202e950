package view

import (
	"github.com/jscd-go/jscd/internal/weburl"
	"github.com/jscd-go/jscd/jscd"
)

// SourcesPanel lists the document's sources with their kind, publisher, authors and date. A
// source's URL becomes a link only when the library's rule url.syntax accepts it
// (weburl.Valid: an absolute http or https URL with a host and no user name); any other URL
// (javascript:, data:, relative, or one disguising its host) is not shown at all, and
// validation lists it.
func SourcesPanel(in *Input) []Node {
	l := in.Lang
	f := in.Framework
	out := panelHead(l.L("sources"), l.L("sources.help"))
	ix := in.derive().ix
	var items []Node
	for _, s := range f.Sources {
		title := l.data("cite", s.Title, "title")
		if weburl.Valid(s.URL) {
			title = h("a", at("href", s.URL, "rel", "noopener noreferrer external", "target", "_blank"), title)
		}
		kids := []Node{
			el("span", "kind", l.Enum("source", string(s.Kind))),
			title,
		}
		var by []jscd.ID
		if s.Publisher != "" {
			by = append(by, s.Publisher)
		}
		by = append(by, s.Authors...)
		if len(by) > 0 {
			kids = append(kids, T(" — "), in.focusList(ix, by))
		}
		if !s.Published.IsZero() {
			kids = append(kids, T(" · "), dateNode(l, s.Published))
		}
		kids = append(kids, T(" · "), h("a", at("class", "ref more", "href", in.addressFor(l.Code, string(s.ID)),
			"data-act", "focus", "data-val", string(s.ID)), T(l.L("source.cited"))))
		items = append(items, h("li", at("class", "source", "data-id", string(s.ID)), kids...))
	}
	return append(out, h("ul", at("class", "sources", "id", "source-list"), items...))
}
