package view

import (
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
			el("span", "kind", l.Enum("source", string(s.Kind))),
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

// SafeURL returns s, trimmed of surrounding space and with its scheme in lower case, when it
// is an absolute http or https URL with a host, for use as a link; anything else (javascript:,
// data:, a relative or scheme-relative URL) is not a link. It is the rule net/url's parser
// gave (no control character anywhere, a host of URL characters and a numeric port), written
// out so that the page does not link that parser.
func SafeURL(s string) (string, bool) {
	s = strings.TrimSpace(s)
	scheme, rest, ok := strings.Cut(s, "://")
	scheme = strings.ToLower(scheme)
	if !ok || (scheme != "http" && scheme != "https") || !validURLText(rest) {
		return "", false
	}
	authority := rest
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		authority = rest[:i]
	}
	if i := strings.LastIndexByte(authority, '@'); i >= 0 {
		authority = authority[i+1:] // the user information
	}
	if !validHost(authority) {
		return "", false
	}
	return scheme + "://" + rest, true
}

// validURLText reports whether s has no ASCII control character.
func validURLText(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] == 0x7f {
			return false
		}
	}
	return true
}

// validHost reports whether a URL's host and optional port are usable: a host that is not
// empty and holds only characters a host may hold, and a port of digits.
func validHost(hostPort string) bool {
	host := hostPort
	if i := strings.LastIndexByte(hostPort, ':'); i >= 0 && !strings.Contains(hostPort[i:], "]") {
		host = hostPort[:i]
		if _, ok := digits(hostPort[i+1:]); !ok {
			return false
		}
	}
	if host == "" {
		return false
	}
	for i := 0; i < len(host); i++ {
		c := host[i]
		if c < 0x80 && !isAlnum(c) && !strings.ContainsRune("-._~!$&'()*+,;=[]:%<>\"", rune(c)) {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
