package jscd_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jscd-go/jscd/jscd"
)

// day parses an EDTF date for a test, failing the test when it does not parse.
func day(t testing.TB, s string) jscd.Date {
	t.Helper()
	d, err := jscd.ParseDate(s)
	if err != nil {
		t.Fatalf("ParseDate(%q): %v", s, err)
	}
	return d
}

// timelineRow is what the timeline tests compare: the date text, the kind, the subject, the
// path and the English label of an entry.
type timelineRow struct {
	Date    string
	Kind    jscd.TimelineKind
	Subject jscd.ID
	Path    string
	Label   string
}

func timelineRows(entries []jscd.TimelineEntry) []timelineRow {
	var rows []timelineRow
	for _, e := range entries {
		rows = append(rows, timelineRow{e.Date.String(), e.Kind, e.Subject, e.Path.String(), e.Label["en"]})
	}
	return rows
}

func timelineFramework(t testing.TB) *jscd.Framework {
	return &jscd.Framework{
		Stakeholders: []jscd.Stakeholder{
			{ID: "kadhimi", Kind: jscd.StakeholderKindPerson, Name: jscd.Text{"en": "Mustafa al-Kadhimi", "ar": "مصطفى الكاظمي"},
				Positions: []jscd.Position{{
					Title: jscd.Text{"en": "Prime Minister", "ar": "رئيس الوزراء"},
					From:  day(t, "2020-05-07"), To: day(t, "2022-10-27"),
				}}},
			{ID: "nobody", Kind: jscd.StakeholderKindPerson, Name: jscd.Text{"en": "Undated"},
				Positions: []jscd.Position{{Title: jscd.Text{"en": "Adviser"}}}},
		},
		Instruments: []jscd.Instrument{
			{ID: "sfa", Name: jscd.Text{"en": "SFA"}, Date: day(t, "2008/.."), Signed: day(t, "2008-11-17")},
			{ID: "sd", Name: jscd.Text{"en": "Strategic Dialogue"}, Date: day(t, "2020/2021")},
			{ID: "undated", Name: jscd.Text{"en": "Undated"}},
		},
		Events: []jscd.Event{
			{ID: "round-4", Name: jscd.Text{"en": "Round 4"}, Date: day(t, "2021-07-23")},
			{ID: "same-day", Name: jscd.Text{"en": "Same day"}, Date: day(t, "2021-07-23")},
			{ID: "uncertain", Name: jscd.Text{"en": "Uncertain"}, Date: day(t, "2021-07?")},
		},
		Commitments: []jscd.Commitment{{
			ID: "withdrawal", Text: jscd.Text{"en": "Combat forces leave"}, MadeAt: "round-4",
			Due: day(t, "2021"),
			Status: []jscd.StatusChange{
				{Status: jscd.CommitmentStatusAgreed, Date: day(t, "2021-07-23")},
				{Status: jscd.CommitmentStatusFulfilled, Date: day(t, "2021-12-09")},
			},
		}},
	}
}

func TestTimeline(t *testing.T) {
	got := timelineRows(timelineFramework(t).Timeline())
	want := []timelineRow{
		{"2008/..", "instrument", "sfa", "/instruments/0/date", "SFA"},
		{"2008-11-17", "signed", "sfa", "/instruments/0/signed", "SFA"},
		{"2020/2021", "instrument", "sd", "/instruments/1/date", "Strategic Dialogue"},
		{"2020-05-07/2022-10-27", "position", "kadhimi", "/stakeholders/0/positions/0/from", "Mustafa al-Kadhimi, Prime Minister"},
		// "2021" starts before July and ends after it: a span sorts by its earliest day.
		{"2021", "commitment-due", "withdrawal", "/commitments/0/due", "Combat forces leave"},
		{"2021-07?", "event", "uncertain", "/events/2/date", "Uncertain"},
		// Equal dates: kind order (events, then commitments made, then status changes),
		// then document order.
		{"2021-07-23", "event", "round-4", "/events/0/date", "Round 4"},
		{"2021-07-23", "event", "same-day", "/events/1/date", "Same day"},
		{"2021-07-23", "commitment-made", "withdrawal", "/events/0/date", "Combat forces leave"},
		{"2021-07-23", "status-change", "withdrawal", "/commitments/0/status/0/date", "Combat forces leave"},
		{"2021-12-09", "status-change", "withdrawal", "/commitments/0/status/1/date", "Combat forces leave"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Timeline (-want +got):\n%s", diff)
	}
}

func TestTimelineLabels(t *testing.T) {
	entries := timelineFramework(t).Timeline()
	for _, e := range entries {
		if e.Kind != jscd.TimelineKindPosition {
			continue
		}
		want := jscd.Text{"en": "Mustafa al-Kadhimi, Prime Minister", "ar": "مصطفى الكاظمي، رئيس الوزراء"}
		if diff := cmp.Diff(want, e.Label); diff != "" {
			t.Errorf("position label (-want +got):\n%s", diff)
		}
	}
	for _, e := range entries {
		if e.Kind == jscd.TimelineKindStatusChange && e.Status == "" {
			t.Errorf("status change %v has no Status", e.Path)
		}
	}
}

func TestTimelineOpenPosition(t *testing.T) {
	f := &jscd.Framework{Stakeholders: []jscd.Stakeholder{
		{ID: "sudani", Name: jscd.Text{"en": "Sudani"}, Positions: []jscd.Position{
			{Title: jscd.Text{"en": "Prime Minister"}, From: day(t, "2022-10-27")},
		}},
		{ID: "early", Name: jscd.Text{"en": "Early"}, Positions: []jscd.Position{
			{Title: jscd.Text{"en": "Envoy"}, To: day(t, "2019")},
		}},
	}}
	got := timelineRows(f.Timeline())
	want := []timelineRow{
		// An unknown start sorts before every known date.
		{"/2019", "position", "early", "/stakeholders/1/positions/0/to", "Early, Envoy"},
		{"2022-10-27/..", "position", "sudani", "/stakeholders/0/positions/0/from", "Sudani, Prime Minister"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Timeline (-want +got):\n%s", diff)
	}
}

func TestTimelineLeavesOutBadDates(t *testing.T) {
	var bad jscd.Date
	if err := bad.UnmarshalText([]byte("July 2021")); err != nil {
		t.Fatal(err)
	}
	f := &jscd.Framework{
		Events: []jscd.Event{{ID: "bad", Date: bad}, {ID: "none"}},
		Commitments: []jscd.Commitment{
			{ID: "at-missing-event", MadeAt: "no-such-event"},
			{ID: "at-undated-event", MadeAt: "none"},
		},
	}
	if got := f.Timeline(); len(got) != 0 {
		t.Errorf("Timeline = %v, want nothing", timelineRows(got))
	}
}

func TestTimelineEmpty(t *testing.T) {
	var nilFramework *jscd.Framework
	if got := nilFramework.Timeline(); got != nil {
		t.Errorf("nil framework: Timeline = %v", got)
	}
	if got := (&jscd.Framework{}).Timeline(); got != nil {
		t.Errorf("zero framework: Timeline = %v", got)
	}
}

// TestTimelineLifecycleSitesAndHeldOn checks the entries of lifecycle steps, of sites added
// and removed, and of the days a position is known to have been held on, which are single
// days, not spans.
func TestTimelineLifecycleSitesAndHeldOn(t *testing.T) {
	f := decodeTestFile(t, "testdata/valid/alliance.json")
	type row struct {
		Kind    jscd.TimelineKind
		Date    string
		Subject jscd.ID
		Path    string
		Label   string
		Stage   jscd.LifecycleStage
		Place   jscd.ID
	}
	var got []row
	for _, e := range f.Timeline() {
		switch {
		case e.Subject == "visiting-forces-agreement" && e.Kind == jscd.TimelineKindLifecycle && e.Date.String() >= "2020",
			e.Subject == "defense-cooperation-agreement" && e.Place == "bay-port",
			e.Subject == "defense-secretary-south":
			got = append(got, row{e.Kind, e.Date.String(), e.Subject, e.Path.String(), e.Label.String(), e.Stage, e.Place})
		}
	}
	want := []row{
		{jscd.TimelineKindSiteAdded, "2016-03-18", "defense-cooperation-agreement", "/instruments/4/sites/1/added",
			"Enhanced Defense Cooperation Agreement, Bay Port", "", "bay-port"},
		{jscd.TimelineKindSiteRemoved, "2020-01-01", "defense-cooperation-agreement", "/instruments/4/sites/1/removed",
			"Enhanced Defense Cooperation Agreement, Bay Port", "", "bay-port"},
		{jscd.TimelineKindLifecycle, "2020-02-11", "visiting-forces-agreement", "/instruments/3/lifecycle/2/date",
			"Visiting Forces Agreement", jscd.LifecycleStageTerminationNotice, ""},
		{jscd.TimelineKindLifecycle, "2020-06-01", "visiting-forces-agreement", "/instruments/3/lifecycle/3/date",
			"Visiting Forces Agreement", jscd.LifecycleStageNoticeSuspended, ""},
		{jscd.TimelineKindLifecycle, "2021-07-30", "visiting-forces-agreement", "/instruments/3/lifecycle/4/date",
			"Visiting Forces Agreement", jscd.LifecycleStageNoticeWithdrawn, ""},
		{jscd.TimelineKindPosition, "2023-04-11", "defense-secretary-south", "/stakeholders/10/positions/0/heldOn/0",
			"Carlo Magsaysay, Secretary of National Defense", "", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("timeline entries (-want +got):\n%s", diff)
	}
}
