package jscd_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/jscd-go/jscd/jscd"
)

// utcDay returns midnight UTC of the day written as 2006-01-02.
func utcDay(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func statusFramework(t testing.TB) *jscd.Framework {
	return &jscd.Framework{
		Stakeholders: []jscd.Stakeholder{{ID: "us"}, {ID: "iq"}},
		Events:       []jscd.Event{{ID: "round-4", Date: day(t, "2021-07-23")}},
		Commitments: []jscd.Commitment{
			{ID: "withdrawal", By: []jscd.ID{"us"}, MadeAt: "round-4", Due: day(t, "2021"),
				Areas:  []jscd.Area{jscd.AreaForcePosture},
				Status: []jscd.StatusChange{{Status: jscd.StatusAgreed, Date: day(t, "2021-07-23")}}},
			{ID: "protect", By: []jscd.ID{"iq"}, MadeAt: "round-4",
				Areas: []jscd.Area{jscd.AreaSecurity, jscd.AreaForcePosture},
				Status: []jscd.StatusChange{
					{Status: jscd.StatusAgreed, Date: day(t, "2021-07-23")},
					{Status: jscd.StatusFulfilled, Date: day(t, "2021-12")},
				}},
			{ID: "later", By: []jscd.ID{"us", "iq", "us"}, Made: day(t, "2023-08-08"), Due: day(t, "2024"),
				Areas: []jscd.Area{"space"}},
			{ID: "undated-status", By: []jscd.ID{"nato"}, Made: day(t, "2020"),
				Status: []jscd.StatusChange{{Status: jscd.StatusWithdrawn}}},
		},
	}
}

type stateRow struct {
	ID       jscd.ID
	Status   jscd.CommitmentStatus
	Since    string
	Possibly jscd.CommitmentStatus
	Due      jscd.DueState
}

func stateRows(r *jscd.StatusReport) []stateRow {
	var rows []stateRow
	for _, c := range r.Commitments {
		rows = append(rows, stateRow{c.ID, c.Status, c.Since.String(), c.Possibly, c.Due})
	}
	return rows
}

func TestStatusAsOf(t *testing.T) {
	f := statusFramework(t)
	tests := []struct {
		asOf string
		want []stateRow
	}{
		{"2021-07-22", []stateRow{
			{"withdrawal", "", "", "", jscd.DueNotMade},
			{"protect", "", "", "", jscd.DueNotMade},
			{"later", "", "", "", jscd.DueNotMade},
			{"undated-status", "", "", "", jscd.DueNone},
		}},
		{"2021-07-23", []stateRow{
			{"withdrawal", "agreed", "2021-07-23", "", jscd.DueNow},
			{"protect", "agreed", "2021-07-23", "", jscd.DueNone},
			{"later", "", "", "", jscd.DueNotMade},
			{"undated-status", "", "", "", jscd.DueNone},
		}},
		// "due by the end of 2021" is not overdue in December, and a change dated
		// "2021-12" only possibly happened by the 15th.
		{"2021-12-15", []stateRow{
			{"withdrawal", "agreed", "2021-07-23", "", jscd.DueNow},
			{"protect", "agreed", "2021-07-23", "fulfilled", jscd.DueNone},
			{"later", "", "", "", jscd.DueNotMade},
			{"undated-status", "", "", "", jscd.DueNone},
		}},
		{"2021-12-31", []stateRow{
			{"withdrawal", "agreed", "2021-07-23", "", jscd.DueNow},
			{"protect", "fulfilled", "2021-12", "", jscd.DueFulfilled},
			{"later", "", "", "", jscd.DueNotMade},
			{"undated-status", "", "", "", jscd.DueNone},
		}},
		{"2022-01-01", []stateRow{
			{"withdrawal", "agreed", "2021-07-23", "", jscd.DueOverdue},
			{"protect", "fulfilled", "2021-12", "", jscd.DueFulfilled},
			{"later", "", "", "", jscd.DueNotMade},
			{"undated-status", "", "", "", jscd.DueNone},
		}},
		{"2023-08-08", []stateRow{
			{"withdrawal", "agreed", "2021-07-23", "", jscd.DueOverdue},
			{"protect", "fulfilled", "2021-12", "", jscd.DueFulfilled},
			{"later", "", "", "", jscd.DueNotYet},
			{"undated-status", "", "", "", jscd.DueNone},
		}},
	}
	for _, tt := range tests {
		r := f.StatusAsOf(utcDay(t, tt.asOf))
		if diff := cmp.Diff(tt.want, stateRows(r)); diff != "" {
			t.Errorf("StatusAsOf(%s) (-want +got):\n%s", tt.asOf, diff)
		}
		for i, c := range r.Commitments {
			if c.Commitment != &f.Commitments[i] {
				t.Errorf("StatusAsOf(%s): Commitments[%d].Commitment does not point into the framework", tt.asOf, i)
			}
		}
	}
}

// TestStatusAsOfUsesTheLocalDay checks that the day is t's calendar date in t's location: late
// on 31 December in Baghdad is already 2022 in no time zone, so nothing is overdue yet.
func TestStatusAsOfUsesTheLocalDay(t *testing.T) {
	baghdad := time.FixedZone("AST", 3*60*60)
	f := statusFramework(t)
	r := f.StatusAsOf(time.Date(2021, 12, 31, 23, 30, 0, 0, baghdad))
	if got := r.Commitments[0].Due; got != jscd.DueNow {
		t.Errorf("late on 2021-12-31: Due = %q, want %q", got, jscd.DueNow)
	}
	r = f.StatusAsOf(time.Date(2022, 1, 1, 1, 0, 0, 0, baghdad)) // 2021-12-31 in UTC
	if got := r.Commitments[0].Due; got != jscd.DueOverdue {
		t.Errorf("early on 2022-01-01 in Baghdad: Due = %q, want %q", got, jscd.DueOverdue)
	}
}

func TestStatusAsOfGroups(t *testing.T) {
	r := statusFramework(t).StatusAsOf(utcDay(t, "2023-08-08"))
	wantCounts := map[jscd.DueState]int{
		jscd.DueOverdue: 1, jscd.DueFulfilled: 1, jscd.DueNotYet: 1, jscd.DueNone: 1,
	}
	if diff := cmp.Diff(wantCounts, r.Counts); diff != "" {
		t.Errorf("Counts (-want +got):\n%s", diff)
	}
	wantParty := []jscd.Group{
		{Key: "us", Counts: map[jscd.DueState]int{jscd.DueOverdue: 1, jscd.DueNotYet: 1},
			Commitments: []jscd.ID{"withdrawal", "later"}},
		{Key: "iq", Counts: map[jscd.DueState]int{jscd.DueFulfilled: 1, jscd.DueNotYet: 1},
			Commitments: []jscd.ID{"protect", "later"}},
		{Key: "nato", Counts: map[jscd.DueState]int{jscd.DueNone: 1},
			Commitments: []jscd.ID{"undated-status"}},
	}
	if diff := cmp.Diff(wantParty, r.ByParty); diff != "" {
		t.Errorf("ByParty (-want +got):\n%s", diff)
	}
	wantArea := []jscd.Group{
		{Key: "security", Counts: map[jscd.DueState]int{jscd.DueFulfilled: 1},
			Commitments: []jscd.ID{"protect"}},
		{Key: "force-posture", Counts: map[jscd.DueState]int{jscd.DueOverdue: 1, jscd.DueFulfilled: 1},
			Commitments: []jscd.ID{"withdrawal", "protect"}},
		{Key: "space", Counts: map[jscd.DueState]int{jscd.DueNotYet: 1},
			Commitments: []jscd.ID{"later"}},
	}
	if diff := cmp.Diff(wantArea, r.ByArea); diff != "" {
		t.Errorf("ByArea (-want +got):\n%s", diff)
	}
}

func TestStatusAsOfOpenDueDates(t *testing.T) {
	f := &jscd.Framework{Commitments: []jscd.Commitment{
		{ID: "open-end", Due: day(t, "2021/..")},
		{ID: "unknown-end", Due: day(t, "2021/")},
		{ID: "approx", Due: day(t, "2021~")},
		{ID: "withdrawn", Due: day(t, "2000"), Status: []jscd.StatusChange{
			{Status: jscd.StatusProposed, Date: day(t, "1999")},
			{Status: jscd.StatusWithdrawn, Date: day(t, "2001")},
		}},
		{ID: "lapsed", Due: day(t, "2000"), Status: []jscd.StatusChange{
			{Status: jscd.StatusLapsed, Date: day(t, "2001")},
		}},
	}}
	r := f.StatusAsOf(utcDay(t, "2030-01-01"))
	got := map[jscd.ID]jscd.DueState{}
	for _, c := range r.Commitments {
		got[c.ID] = c.Due
	}
	want := map[jscd.ID]jscd.DueState{
		"open-end":    jscd.DueNow, // no end: never certainly past
		"unknown-end": jscd.DueNow,
		"approx":      jscd.DueOverdue,
		"withdrawn":   jscd.DueWithdrawn,
		"lapsed":      jscd.DueLapsed,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Due (-want +got):\n%s", diff)
	}
}

func TestStatusAsOfEmpty(t *testing.T) {
	var nilFramework *jscd.Framework
	for name, f := range map[string]*jscd.Framework{"nil": nilFramework, "zero": {}} {
		r := f.StatusAsOf(utcDay(t, "2023-08-08"))
		if len(r.Commitments) != 0 || len(r.Counts) != 0 || len(r.ByParty) != 0 || len(r.ByArea) != 0 {
			t.Errorf("%s: StatusAsOf = %+v, want an empty report", name, r)
		}
	}
}

// TestStatusAsOfQualifiedDue checks that an approximate due date may be off by one unit of
// its precision: "2021~" is not certainly past until 2023.
func TestStatusAsOfQualifiedDue(t *testing.T) {
	f := &jscd.Framework{Commitments: []jscd.Commitment{{ID: "c", Due: day(t, "2021~")}}}
	for asOf, want := range map[string]jscd.DueState{
		"2019-12-31": jscd.DueNotYet,
		"2020-06-01": jscd.DueNow,
		"2022-12-31": jscd.DueNow,
		"2023-01-01": jscd.DueOverdue,
	} {
		if got := f.StatusAsOf(utcDay(t, asOf)).Commitments[0].Due; got != want {
			t.Errorf("due 2021~ on %s: Due = %q, want %q", asOf, got, want)
		}
	}
}
