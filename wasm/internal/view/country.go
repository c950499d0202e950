package view

import (
	"strings"

	"github.com/jscd-go/jscd/jscd"
)

// countryState returns the ID of the document's state whose country is code (an ISO 3166-1
// code), or "" when the document has none.
func (in *Input) countryState(code string) jscd.ID {
	if f := in.Framework; f != nil && code != "" {
		for _, s := range f.Stakeholders {
			if s.Kind == jscd.StakeholderKindState && strings.EqualFold(s.Country, code) && !s.Name.IsEmpty() {
				return s.ID
			}
		}
	}
	return ""
}

// countryNode names a country given by its ISO 3166-1 code, in the page's language: by the
// name of the document's state of that country, as a link to its card (marked with the
// language the name is written in, as every name); else by the code itself, marked as a code
// (in no language, left to right, its tooltip saying what it is). A document names its
// states, so this needs no table of the world's countries in the module.
func (in *Input) countryNode(ix entities, code string) Node {
	if id := in.countryState(code); id != "" {
		return in.focusLink(ix, id)
	}
	n := verbatim("abbr", "country-code", code)
	n.Attrs = append(n.Attrs, "title", in.Lang.L("country.code"))
	return n
}
