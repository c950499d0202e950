package jscd_test

import (
	"bytes"
	"os"
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
				Status: []jscd.StatusChange{{Status: jscd.CommitmentStatusAgreed, Date: day(t, "2021-07-23")}}},
			{ID: "protect", By: []jscd.ID{"iq"}, MadeAt: "round-4",
				Areas: []jscd.Area{jscd.AreaSecurity, jscd.AreaForcePosture},
				Status: []jscd.StatusChange{
					{Status: jscd.CommitmentStatusAgreed, Date: day(t, "2021-07-23")},
					{Status: jscd.CommitmentStatusFulfilled, Date: day(t, "2021-12")},
				}},
			{ID: "later", By: []jscd.ID{"us", "iq", "us"}, Made: day(t, "2023-08-08"), Due: day(t, "2024"),
				Areas: []jscd.Area{"space"}},
			{ID: "undated-status", By: []jscd.ID{"nato"}, Made: day(t, "2020"),
				Status: []jscd.StatusChange{{Status: jscd.CommitmentStatusWithdrawn}}},
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
			{"withdrawal", "", "", "", jscd.DueStateNotYetMade},
			{"protect", "", "", "", jscd.DueStateNotYetMade},
			{"later", "", "", "", jscd.DueStateNotYetMade},
			{"undated-status", "", "", "", jscd.DueStateNoDeadline},
		}},
		{"2021-07-23", []stateRow{
			{"withdrawal", "agreed", "2021-07-23", "", jscd.DueStateDue},
			{"protect", "agreed", "2021-07-23", "", jscd.DueStateNoDeadline},
			{"later", "", "", "", jscd.DueStateNotYetMade},
			{"undated-status", "", "", "", jscd.DueStateNoDeadline},
		}},
		// "due by the end of 2021" is not overdue in December, and a change dated
		// "2021-12" only possibly happened by the 15th.
		{"2021-12-15", []stateRow{
			{"withdrawal", "agreed", "2021-07-23", "", jscd.DueStateDue},
			{"protect", "agreed", "2021-07-23", "fulfilled", jscd.DueStateNoDeadline},
			{"later", "", "", "", jscd.DueStateNotYetMade},
			{"undated-status", "", "", "", jscd.DueStateNoDeadline},
		}},
		{"2021-12-31", []stateRow{
			{"withdrawal", "agreed", "2021-07-23", "", jscd.DueStateDue},
			{"protect", "fulfilled", "2021-12", "", jscd.DueStateFulfilled},
			{"later", "", "", "", jscd.DueStateNotYetMade},
			{"undated-status", "", "", "", jscd.DueStateNoDeadline},
		}},
		{"2022-01-01", []stateRow{
			{"withdrawal", "agreed", "2021-07-23", "", jscd.DueStateOverdue},
			{"protect", "fulfilled", "2021-12", "", jscd.DueStateFulfilled},
			{"later", "", "", "", jscd.DueStateNotYetMade},
			{"undated-status", "", "", "", jscd.DueStateNoDeadline},
		}},
		{"2023-08-08", []stateRow{
			{"withdrawal", "agreed", "2021-07-23", "", jscd.DueStateOverdue},
			{"protect", "fulfilled", "2021-12", "", jscd.DueStateFulfilled},
			{"later", "", "", "", jscd.DueStateNotDue},
			{"undated-status", "", "", "", jscd.DueStateNoDeadline},
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
	if got := r.Commitments[0].Due; got != jscd.DueStateDue {
		t.Errorf("late on 2021-12-31: Due = %q, want %q", got, jscd.DueStateDue)
	}
	r = f.StatusAsOf(time.Date(2022, 1, 1, 1, 0, 0, 0, baghdad)) // 2021-12-31 in UTC
	if got := r.Commitments[0].Due; got != jscd.DueStateOverdue {
		t.Errorf("early on 2022-01-01 in Baghdad: Due = %q, want %q", got, jscd.DueStateOverdue)
	}
}

func TestStatusAsOfGroups(t *testing.T) {
	r := statusFramework(t).StatusAsOf(utcDay(t, "2023-08-08"))
	wantCounts := map[jscd.DueState]int{
		jscd.DueStateOverdue: 1, jscd.DueStateFulfilled: 1, jscd.DueStateNotDue: 1, jscd.DueStateNoDeadline: 1,
	}
	if diff := cmp.Diff(wantCounts, r.Counts); diff != "" {
		t.Errorf("Counts (-want +got):\n%s", diff)
	}
	wantParty := []jscd.CommitmentGroup{
		{Party: "us", Counts: map[jscd.DueState]int{jscd.DueStateOverdue: 1, jscd.DueStateNotDue: 1},
			Commitments: []jscd.ID{"withdrawal", "later"}},
		{Party: "iq", Counts: map[jscd.DueState]int{jscd.DueStateFulfilled: 1, jscd.DueStateNotDue: 1},
			Commitments: []jscd.ID{"protect", "later"}},
		{Party: "nato", Counts: map[jscd.DueState]int{jscd.DueStateNoDeadline: 1},
			Commitments: []jscd.ID{"undated-status"}},
	}
	if diff := cmp.Diff(wantParty, r.ByParty); diff != "" {
		t.Errorf("ByParty (-want +got):\n%s", diff)
	}
	wantArea := []jscd.CommitmentGroup{
		{Area: "security", Counts: map[jscd.DueState]int{jscd.DueStateFulfilled: 1},
			Commitments: []jscd.ID{"protect"}},
		{Area: "force-posture", Counts: map[jscd.DueState]int{jscd.DueStateOverdue: 1, jscd.DueStateFulfilled: 1},
			Commitments: []jscd.ID{"withdrawal", "protect"}},
		{Area: "space", Counts: map[jscd.DueState]int{jscd.DueStateNotDue: 1},
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
			{Status: jscd.CommitmentStatusProposed, Date: day(t, "1999")},
			{Status: jscd.CommitmentStatusWithdrawn, Date: day(t, "2001")},
		}},
		{ID: "lapsed", Due: day(t, "2000"), Status: []jscd.StatusChange{
			{Status: jscd.CommitmentStatusLapsed, Date: day(t, "2001")},
		}},
	}}
	r := f.StatusAsOf(utcDay(t, "2030-01-01"))
	got := map[jscd.ID]jscd.DueState{}
	for _, c := range r.Commitments {
		got[c.ID] = c.Due
	}
	want := map[jscd.ID]jscd.DueState{
		"open-end":    jscd.DueStateDue, // no end: never certainly past
		"unknown-end": jscd.DueStateDue,
		"approx":      jscd.DueStateOverdue,
		"withdrawn":   jscd.DueStateWithdrawn,
		"lapsed":      jscd.DueStateLapsed,
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
		"2019-12-31": jscd.DueStateNotDue,
		"2020-06-01": jscd.DueStateDue,
		"2022-12-31": jscd.DueStateDue,
		"2023-01-01": jscd.DueStateOverdue,
	} {
		if got := f.StatusAsOf(utcDay(t, asOf)).Commitments[0].Due; got != want {
			t.Errorf("due 2021~ on %s: Due = %q, want %q", asOf, got, want)
		}
	}
}

// TestStatusAsOfInstruments reads the lifecycle of the fictional visiting-forces agreement and
// arrangement of testdata/valid/alliance.json day by day.
func TestStatusAsOfInstruments(t *testing.T) {
	f := decodeTestFile(t, "testdata/valid/alliance.json")
	type row struct {
		Status jscd.InstrumentStatus
		Stage  jscd.LifecycleStage
		Since  string
	}
	tests := []struct {
		id, day string
		want    row
	}{
		{"visiting-forces-agreement", "1998-01-01", row{jscd.InstrumentStatusProposed, "", ""}},
		{"visiting-forces-agreement", "1998-02-10", row{jscd.InstrumentStatusSigned, "", "1998-02-10"}},
		{"visiting-forces-agreement", "1999-05-28", row{jscd.InstrumentStatusSigned, jscd.LifecycleStageRatified, "1999-05-27"}},
		{"visiting-forces-agreement", "2000-01-01", row{jscd.InstrumentStatusActive, jscd.LifecycleStageInForce, "1999-06-01"}},
		// A notice of termination, pending or suspended, leaves it in force.
		{"visiting-forces-agreement", "2020-03-01", row{jscd.InstrumentStatusActive, jscd.LifecycleStageTerminationNotice, "2020-02-11"}},
		{"visiting-forces-agreement", "2020-07-01", row{jscd.InstrumentStatusActive, jscd.LifecycleStageNoticeSuspended, "2020-06-01"}},
		{"logistics-arrangement", "2020-06-01", row{jscd.InstrumentStatusSuspended, jscd.LifecycleStageSuspended, "2020-03-01"}},
		{"logistics-arrangement", "2021-06-01", row{jscd.InstrumentStatusActive, jscd.LifecycleStageResumed, "2021-01-01"}},
		{"military-bases-agreement", "1993-01-01", row{jscd.InstrumentStatusTerminated, jscd.LifecycleStageTerminated, "1992-11-24"}},
		// Without a lifecycle, the status field.
		{"alliance-board", "1980-01-01", row{jscd.InstrumentStatusActive, "", ""}},
	}
	for _, tt := range tests {
		r := f.StatusAsOf(utcDay(t, tt.day))
		var got *jscd.InstrumentState
		for i := range r.Instruments {
			if r.Instruments[i].ID == jscd.ID(tt.id) {
				got = &r.Instruments[i]
			}
		}
		if got == nil || got.Instrument == nil || got.Instrument.ID != jscd.ID(tt.id) {
			t.Fatalf("%s on %s: no state, or one without its instrument", tt.id, tt.day)
		}
		if diff := cmp.Diff(tt.want, row{got.Status, got.Stage, got.Since.String()}); diff != "" {
			t.Errorf("%s on %s (-want +got):\n%s", tt.id, tt.day, diff)
		}
	}
	if r := f.StatusAsOf(utcDay(t, "2024-01-01")); len(r.Instruments) != len(f.Instruments) {
		t.Errorf("%d instrument states for %d instruments", len(r.Instruments), len(f.Instruments))
	}
}

// TestStatusAsOfSuspendedIsNeverOverdue checks that a commitment suspended past its due date
// is suspended, not overdue, and that it is due again once it resumes.
func TestStatusAsOfSuspendedIsNeverOverdue(t *testing.T) {
	f := &jscd.Framework{Commitments: []jscd.Commitment{{ID: "aid", Due: jscd.MustParseDate("2019"),
		Status: []jscd.StatusChange{
			{Status: jscd.CommitmentStatusAgreed, Date: jscd.MustParseDate("2017-01-01")},
			{Status: jscd.CommitmentStatusSuspended, Date: jscd.MustParseDate("2018-06-01")},
			{Status: jscd.CommitmentStatusInProgress, Date: jscd.MustParseDate("2021-01-01")},
		}}}}
	for day, want := range map[string]jscd.DueState{
		"2017-06-01": jscd.DueStateNotDue,
		"2020-06-01": jscd.DueStateSuspended,
		"2021-06-01": jscd.DueStateOverdue,
	} {
		if got := f.StatusAsOf(utcDay(t, day)).Commitments[0].Due; got != want {
			t.Errorf("on %s: %s, want %s", day, got, want)
		}
	}
	if issues := f.Check(jscd.AsOf(utcDay(t, "2020-06-01"))); hasCode(issues, jscd.CodeCommitmentOverdue) {
		t.Errorf("a suspended commitment is reported overdue: %v", issues)
	}
	if issues := f.Check(jscd.AsOf(utcDay(t, "2021-06-01"))); !hasCode(issues, jscd.CodeCommitmentOverdue) {
		t.Errorf("a resumed commitment past its due date is not reported overdue: %v", issues)
	}
}

func hasCode(issues []*jscd.Issue, code jscd.Code) bool {
	for _, is := range issues {
		if is.Code == code {
			return true
		}
	}
	return false
}

// decodeTestFile decodes a document of testdata.
func decodeTestFile(t testing.TB, name string) *jscd.Framework {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	f, err := jscd.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestStatusAsOfLifecycleFromTheDate checks that an instrument known by its date, with no
// signature and no entry into force recorded, is active from the start of its date, and that
// validation does not call its status field wrong.
func TestStatusAsOfLifecycleFromTheDate(t *testing.T) {
	in := jscd.Instrument{ID: "sfa", Date: jscd.MustParseDate("2008/.."), Status: jscd.InstrumentStatusActive,
		Lifecycle: []jscd.LifecycleStep{{Stage: jscd.LifecycleStageAmended, Date: jscd.MustParseDate("2015")}}}
	f := &jscd.Framework{Instruments: []jscd.Instrument{in}}
	for day, want := range map[string]jscd.InstrumentStatus{
		"2007-06-01": jscd.InstrumentStatusProposed,
		"2010-06-01": jscd.InstrumentStatusActive,
		"2016-06-01": jscd.InstrumentStatusActive,
	} {
		if got := f.StatusAsOf(utcDay(t, day)).Instruments[0].Status; got != want {
			t.Errorf("on %s: %s, want %s", day, got, want)
		}
	}
	if hasCode(f.Check(), jscd.CodeLifecycleStatus) {
		t.Errorf("lifecycle.status reported for an active instrument whose only step is an amendment")
	}
}
