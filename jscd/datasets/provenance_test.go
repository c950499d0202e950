package datasets_test

import (
	"encoding/json"
	"fmt"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
)

// refChecker records every reference of a framework that does not resolve to an entity of
// the right kind, and every entity that cites no source.
type refChecker struct {
	stakeholders, instruments, events, sources, all map[jscd.ID]bool
	problems                                        []string
}

func newRefChecker(f *jscd.Framework) *refChecker {
	c := &refChecker{
		stakeholders: map[jscd.ID]bool{}, instruments: map[jscd.ID]bool{},
		events: map[jscd.ID]bool{}, sources: map[jscd.ID]bool{}, all: entityIDs(f),
	}
	for _, s := range f.Stakeholders {
		c.stakeholders[s.ID] = true
	}
	for _, i := range f.Instruments {
		c.instruments[i.ID] = true
	}
	for _, e := range f.Events {
		c.events[e.ID] = true
	}
	for _, s := range f.Sources {
		c.sources[s.ID] = true
	}
	return c
}

func (c *refChecker) ref(where string, kind map[jscd.ID]bool, ids ...jscd.ID) {
	for _, id := range ids {
		if id != "" && !kind[id] {
			c.problems = append(c.problems, fmt.Sprintf("%s: %q does not resolve", where, id))
		}
	}
}

// cited checks that where cites at least one source, and that every source it cites exists.
func (c *refChecker) cited(where string, ids []jscd.ID) {
	if len(ids) == 0 {
		c.problems = append(c.problems, where+": cites no source")
	}
	c.ref(where, c.sources, ids...)
}

func (c *refChecker) checkStakeholders(f *jscd.Framework) {
	for _, s := range f.Stakeholders {
		where := "stakeholder " + string(s.ID)
		c.ref(where, c.stakeholders, s.Parent)
		c.cited(where, s.Sources)
		for i, p := range s.Positions {
			c.ref(where, c.stakeholders, p.Organization)
			c.cited(fmt.Sprintf("%s position %d", where, i), p.Sources)
		}
	}
}

func (c *refChecker) checkInstruments(f *jscd.Framework) {
	for _, in := range f.Instruments {
		where := "instrument " + string(in.ID)
		c.ref(where, c.stakeholders, in.Parties...)
		c.cited(where, in.Sources)
		for _, r := range in.Relations {
			c.ref(where, c.instruments, r.To)
			c.cited(where+" relation to "+string(r.To), r.Sources)
		}
	}
}

func (c *refChecker) checkEvents(f *jscd.Framework) {
	for _, e := range f.Events {
		where := "event " + string(e.ID)
		c.ref(where, c.instruments, e.Instrument)
		c.cited(where, e.Sources)
		for _, p := range e.Participants {
			c.ref(where, c.stakeholders, p.Stakeholder, p.Delegation)
		}
	}
}

func (c *refChecker) checkCommitments(f *jscd.Framework) {
	for _, m := range f.Commitments {
		where := "commitment " + string(m.ID)
		c.ref(where, c.stakeholders, m.By...)
		c.ref(where, c.stakeholders, m.To...)
		c.ref(where, c.events, m.MadeAt)
		c.cited(where, m.Sources)
		for _, s := range m.Status {
			c.cited(where+" status "+string(s.Status), s.Sources)
		}
	}
}

func (c *refChecker) checkAssessmentsAndSources(f *jscd.Framework) {
	for _, a := range f.Assessments {
		where := "assessment " + string(a.ID)
		c.ref(where, c.all, a.About...)
		c.ref(where, c.stakeholders, a.By...)
		c.cited(where, a.Sources)
	}
	for _, s := range f.Sources {
		c.ref("source "+string(s.ID), c.stakeholders, s.Publisher)
		c.ref("source "+string(s.ID), c.stakeholders, s.Authors...)
	}
}

// TestEveryReferenceResolvesAndEveryFactIsCited is a simple stand-in for jscd's reference and
// provenance rules, kept so that the data is checked even where those rules change.
func TestEveryReferenceResolvesAndEveryFactIsCited(t *testing.T) {
	for _, name := range datasets.Names() {
		f := datasets.MustLoad(name)
		c := newRefChecker(f)
		c.checkStakeholders(f)
		c.checkInstruments(f)
		c.checkEvents(f)
		c.checkCommitments(f)
		c.checkAssessmentsAndSources(f)
		for _, p := range c.problems {
			t.Errorf("%s: %s", name, p)
		}
	}
}

func TestSourcesHaveNoInventedURL(t *testing.T) {
	for _, name := range datasets.Names() {
		for _, s := range datasets.MustLoad(name).Sources {
			if s.URL != "" {
				t.Errorf("%s: source %q has URL %q; the project holds no URL for it", name, s.ID, s.URL)
			}
		}
	}
}

// TestTextIsClean checks every string of the documents, keys included: NFC, and no control,
// format (bidi override) or replacement characters.
func TestTextIsClean(t *testing.T) {
	for _, name := range datasets.Names() {
		raw, err := datasets.Bytes(name)
		if err != nil {
			t.Fatal(err)
		}
		var doc any
		if err := json.Unmarshal(raw, &doc); err != nil {
			t.Fatal(err)
		}
		walkStrings(doc, func(s string) {
			if !norm.NFC.IsNormalString(s) {
				t.Errorf("%s: %q is not NFC", name, s)
			}
			for _, r := range s {
				if unicode.IsControl(r) || r == unicode.ReplacementChar ||
					(unicode.Is(unicode.Cf, r) && r != '\u200c') {
					t.Errorf("%s: %q holds the character %U", name, s, r)
				}
			}
		})
	}
}

func walkStrings(v any, visit func(string)) {
	switch v := v.(type) {
	case string:
		visit(v)
	case []any:
		for _, e := range v {
			walkStrings(e, visit)
		}
	case map[string]any:
		for k, e := range v {
			visit(k)
			walkStrings(e, visit)
		}
	}
}

// TestValidates runs every rule of jscd over the data: no error and no warning. The infos
// that remain are deliberate (the article gives no due date for the 2023 commitments).
func TestValidates(t *testing.T) {
	for _, name := range datasets.Names() {
		f := datasets.MustLoad(name)
		if err := f.Validate(jscd.WarningsAsErrors()); err != nil {
			t.Errorf("%s: Validate: %v", name, err)
		}
		for _, is := range f.Check() {
			if is.Severity == jscd.SeverityInfo && is.Code != jscd.CodeCommitmentNoDue {
				t.Errorf("%s: unexpected info %v", name, is)
			}
		}
	}
}
