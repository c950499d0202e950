package jscd_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/internal/synth"
)

// TestRoleNotHeldAcrossALargeDocument checks role.not-held on a synthetic framework whose
// leaders each lead several events, in no order of the stakeholders: every participant of a
// person whose positions were removed gets the possible conflict, every participant of a person
// whose only current position now begins in 2100 gets the certain one, each at its own place
// and with its own event's date, and nobody else gets either.
func TestRoleNotHeldAcrossALargeDocument(t *testing.T) {
	f := synth.Framework(2_000, 1)
	if issues := f.Check(); len(issues) != 0 {
		t.Fatalf("the synthetic framework has issues before the edit: %v", issues)
	}
	never, later := map[jscd.ID]bool{}, map[jscd.ID]bool{}
	people := 0
	for i := range f.Stakeholders {
		s := &f.Stakeholders[i]
		if s.Kind != jscd.StakeholderKindPerson {
			continue
		}
		switch people++; people % 3 {
		case 0:
			s.Positions = nil
			never[s.ID] = true
		case 1:
			s.Positions = s.Positions[1:] // the current one, from 2000
			s.Positions[0].From = jscd.MustParseDate("2100-01-01")
			later[s.ID] = true
		}
	}
	type row struct{ Path, Severity, Message string }
	var want []row
	for i := range f.Events {
		ev := &f.Events[i]
		for j, pa := range ev.Participants {
			path := fmt.Sprintf("/events/%d/participants/%d/stakeholder", i, j)
			switch {
			case never[pa.Stakeholder]:
				want = append(want, row{path, "warning", fmt.Sprintf("%q acts as %q for %q on %s, but no position of theirs in that state is recorded",
					pa.Stakeholder, pa.Role, pa.Delegation, ev.Date)})
			case later[pa.Stakeholder]:
				want = append(want, row{path, "error", fmt.Sprintf("%q acts as %q for %q on %s but holds no position in that state on that date",
					pa.Stakeholder, pa.Role, pa.Delegation, ev.Date)})
			}
		}
	}
	if len(want) < 100 {
		t.Fatalf("the edit reaches %d participants; the test needs many", len(want))
	}
	var got []row
	for _, is := range f.Check() {
		if is.Code != jscd.CodeRoleNotHeld {
			t.Errorf("unexpected issue %v", is)
			continue
		}
		got = append(got, row{is.Path.String(), is.Severity.String(), is.Message(nil).String()})
	}
	// Compared by path: the order of Check's issues is its own test's concern.
	byPath := func(rows []row) map[string]row {
		m := make(map[string]row, len(rows))
		for _, r := range rows {
			m[r.Path] = r
		}
		return m
	}
	if len(got) != len(want) {
		t.Errorf("Check() reports %d role.not-held issues; want %d", len(got), len(want))
	}
	if diff := cmp.Diff(byPath(want), byPath(got)); diff != "" {
		t.Errorf("role.not-held issues (-want +got):\n%s", diff)
	}
}
