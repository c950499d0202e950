package view

import (
	"net/url"
	"strings"

	"github.com/jscd-go/jscd/jscd"
)

// SourcesPanel lists the document's sources with their kind, publisher, authors and date. A
// source's URL becomes a link only when it is an absolute http or https URL; any other URL
// (javascript:, data:, relative) is not shown at all.
func SourcesPanel(in *Input) []Node {
	l := in.Lang
	f := in.Framework
	out := panelHead(l.L("sources"), l.L("sources.help"))
	ix := in.derive().ix
	var items []Node
	for _, s := range f.Sources {
		title := l.data("cite", s.Title, "title")
		if u, ok := SafeURL(s.URL); ok {
			title = h("a", at("href", u, "rel", "noopener noreferrer external", "target", "_blank"), title)
		}
		kids := []Node{
			h("span", at("class", "kind"), T(l.Enum("source", string(s.Kind)))),
			title,
		}
		var by []jscd.ID
		if s.Publisher != "" {
			by = append(by, s.Publisher)
		}
		by = append(by, s.Authors...)
		if len(by) > 0 {
			kids = append(kids, T(" — "), idList(l, ix, by))
		}
		if !s.Published.IsZero() {
			kids = append(kids, T(" · "), dateNode(s.Published))
		}
		items = append(items, h("li", at("class", "source", "data-id", string(s.ID)), kids...))
	}
	return append(out, h("ul", at("class", "sources", "id", "source-list"), items...))
}

// SafeURL returns s when it is an absolute http or https URL with a host, for use as a link.
func SafeURL(s string) (string, bool) {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return "", false
	}
	return u.String(), true
}
