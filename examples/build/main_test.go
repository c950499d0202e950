package main

import (
	"bytes"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jscd-go/jscd/jscd"
)

// TestRun checks that the built framework is valid, survives a round trip through the jscd/1
// document unchanged, and gives the expected answers.
func TestRun(t *testing.T) {
	var report, doc bytes.Buffer
	r, err := run(&report, &doc)
	if err != nil {
		t.Fatalf("run: %v\nreport:\n%s", err, report.String())
	}

	// The only issue is the warning for the area the format does not define.
	var got []string
	for _, issue := range r.issues {
		got = append(got, issue.Severity.String()+" "+issue.Path.String()+" "+string(issue.Code))
	}
	want := []string{"warning /instruments/0/areas/2 area.unknown"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("issues (-want +got):\n%s", diff)
	}

	if !bytes.Equal(doc.Bytes(), r.encoded) {
		t.Errorf("the document written differs from the one encoded")
	}
	if diff := cmp.Diff(r.built, r.decoded); diff != "" {
		t.Errorf("Decode(Encode(f)) differs from f (-built +decoded):\n%s", diff)
	}
	var again bytes.Buffer
	if err := jscd.Encode(&again, r.decoded); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Bytes(), r.encoded) {
		t.Errorf("Encode(Decode(x)) is not x:\n%s", again.String())
	}

	wantEdges := []jscd.Edge{
		{From: "jwg-meeting-1", To: "joint-working-group"}, // an event's instrument: no relation type
		{From: "joint-working-group", To: "defence-policy-dialogue", Type: jscd.RelationTypePartOf},
		{From: "joint-working-group", To: "defence-memorandum", Type: jscd.RelationTypeImplements},
		{From: "defence-policy-dialogue", To: "defence-memorandum", Type: jscd.RelationTypeBasedOn},
	}
	if diff := cmp.Diff(wantEdges, r.ancestors); diff != "" {
		t.Errorf("ancestors (-want +got):\n%s", diff)
	}

	wantDue := map[jscd.ID]jscd.DueState{
		"hold-round-2-in-india":  jscd.DueStateFulfilled,
		"set-up-working-group":   jscd.DueStateFulfilled,
		"staff-exchange-by-2021": jscd.DueStateDue,
		"review-equipment-list":  jscd.DueStateOverdue,
	}
	gotDue := map[jscd.ID]jscd.DueState{}
	for _, c := range r.report.Commitments {
		gotDue[c.ID] = c.Due
	}
	if diff := cmp.Diff(wantDue, gotDue); diff != "" {
		t.Errorf("due states on %s (-want +got):\n%s", r.asOf.Format("2006-01-02"), diff)
	}

	if len(r.found) != 1 || r.found[0].ID != "taro-yamada" {
		t.Errorf("Search(\"yamada\") = %v, want taro-yamada only", r.found)
	}
}

// TestSearchJapanese checks that the person is found by the Japanese name too.
func TestSearchJapanese(t *testing.T) {
	found := Build().Search("山田")
	if len(found) != 1 || found[0].ID != "taro-yamada" || found[0].Lang != "ja" {
		t.Errorf("Search(\"山田\") = %v, want taro-yamada by its ja name", found)
	}
}

// TestRunStopsOnInvalid checks that run refuses a framework with errors, so that TestRun's
// clean result means something.
func TestValidateCatchesMissingSource(t *testing.T) {
	f := Build()
	f.Events[0].Sources = nil
	err := f.Validate()
	if !errors.Is(err, jscd.CodeSourceMissing) {
		t.Fatalf("Validate() = %v, want %s", err, jscd.CodeSourceMissing)
	}
	issues := jscd.Issues(err)
	if len(issues) != 1 || issues[0].Path.String() != "/events/0/sources" {
		t.Errorf("issues = %v, want one at /events/0/sources", issues)
	}
}
