package view

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
)

// manyIssues returns the bundled document with a broken reference in its last commitment and
// its commitments repeated until the document has more issues than the page lists.
func manyIssues(t *testing.T) string {
	t.Helper()
	b, err := datasets.Bytes("us-iraq")
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	var cs []map[string]any
	if err := json.Unmarshal(doc["commitments"], &cs); err != nil {
		t.Fatal(err)
	}
	var many []map[string]any
	for len(many) < 3*maxIssuesListed {
		many = append(many, cs...)
	}
	many[len(many)-1]["madeAt"] = "nowhere"
	doc["commitments"], _ = json.Marshal(many)
	out, _ := json.Marshal(doc)
	return string(out)
}

func TestIssuesListErrorsFirstAndIsBounded(t *testing.T) {
	s, err := NewState()
	if err != nil {
		t.Fatal(err)
	}
	s.Apply("init", "")
	r := s.Apply("edit", manyIssues(t))
	issues := s.Input().Issues
	if len(issues) <= maxIssuesListed || issues[0].Severity != jscd.SeverityError {
		t.Fatalf("%d issues, the first a %v; want more than %d, an error first", len(issues), issues[0].Severity, maxIssuesListed)
	}
	for i := 1; i < len(issues); i++ {
		if issues[i].Severity < issues[i-1].Severity {
			t.Fatalf("issue %d (%v) comes after a less severe one (%v)", i, issues[i].Severity, issues[i-1].Severity)
		}
	}
	region := string(r.Regions[RegionIssues])
	if n := strings.Count(region, `"data-act":"locate"`); n != maxIssuesListed {
		t.Errorf("the list has %d issues, want the first %d", n, maxIssuesListed)
	}
	more := strconv.Itoa(len(issues)-maxIssuesListed) + " more not listed"
	if !strings.Contains(region, more) {
		t.Errorf("the issues region does not say %q", more)
	}
	// The count covers every issue, the unlisted ones too.
	var counts [3]int
	for _, is := range issues {
		counts[is.Severity]++
	}
	want := "errors: " + strconv.Itoa(counts[0]) + " · warnings: " + strconv.Itoa(counts[1]) + " · info: " + strconv.Itoa(counts[2])
	if !strings.Contains(region, want) {
		t.Errorf("the issues region does not count %q", want)
	}
	text := utf16.Encode([]rune(s.Text()))
	if sel := s.Apply("locate", "0").Select; sel == nil || !strings.Contains(string(utf16.Decode(text[sel.Start:sel.End])), "nowhere") {
		t.Errorf("locating the first issue gives %+v, want the broken madeAt", sel)
	}
}

func TestEmptyAndBareDocumentsListIssues(t *testing.T) {
	s, err := NewState()
	if err != nil {
		t.Fatal(err)
	}
	s.Apply("init", "")
	for _, src := range []string{"", "   ", "{}", "[]", "null", `{"format":"jscd/1","id":"x","title":{"en":"X"}}`} {
		r := s.Apply("edit", src)
		if len(s.Input().Issues) == 0 || s.Input().Issues[0].Severity != jscd.SeverityError {
			t.Errorf("%q: issues %v, want an error first", src, s.Input().Issues)
		}
		for name, b := range r.Regions {
			if strings.Contains(string(b), `"fatal"`) {
				t.Errorf("%q: region %s shows an internal error: %s", src, name, b)
			}
		}
	}
}

func TestPanicInAPanelStaysInThatPanel(t *testing.T) {
	s, err := NewState()
	if err != nil {
		t.Fatal(err)
	}
	s.Apply("init", "")
	// An issue list the panel cannot read (a nil issue) makes the issues panel panic.
	s.Input().Issues = []*jscd.Issue{nil}
	r := s.Apply("region", RegionIssues)
	if b := string(r.Regions[RegionIssues]); !strings.Contains(b, `"fatal"`) || !strings.Contains(b, "could not be drawn") ||
		strings.Contains(b, `"c":["runtime`) || strings.Contains(b, `: runtime error`) {
		t.Errorf("the issues region after a panic is %s; want a plain sentence, the Go error kept out of its text", b)
	}
	if r := s.Apply("region", RegionTop); strings.Contains(string(r.Regions[RegionTop]), `"fatal"`) {
		t.Error("the header shows the issues panel's panic")
	}
}
