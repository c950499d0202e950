package jscd

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hashicorp/go-multierror"
)

func TestPathStringEscapesPerRFC6901(t *testing.T) {
	tests := []struct {
		path Path
		want string
	}{
		{Path{}, ""},
		{Path{"commitments", "3", "due"}, "/commitments/3/due"},
		{Path{"extensions", "a/b", "m~n"}, "/extensions/a~1b/m~0n"},
		{Path{""}, "/"},
	}
	for _, tt := range tests {
		if got := tt.path.String(); got != tt.want {
			t.Errorf("%q.String() = %q; want %q", []string(tt.path), got, tt.want)
		}
		back, err := ParsePath(tt.want)
		if err != nil {
			t.Fatalf("ParsePath(%q): %v", tt.want, err)
		}
		if diff := cmp.Diff(tt.path, back, cmp.Comparer(func(a, b Path) bool { return a.String() == b.String() && len(a) == len(b) })); diff != "" {
			t.Errorf("ParsePath(%q) (-want +got):\n%s", tt.want, diff)
		}
	}
	if _, err := ParsePath("no-slash"); err == nil {
		t.Error("ParsePath accepted a pointer without a leading slash")
	}
}

func TestPathJSONIsAPointerString(t *testing.T) {
	b, err := json.Marshal(struct{ P Path }{Path{"events", "1", "a/b"}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"P":"/events/1/a~1b"}`; got != want {
		t.Errorf("json = %s; want %s", got, want)
	}
	var back struct{ P Path }
	if err := json.Unmarshal(b, &back); err != nil || back.P.String() != "/events/1/a~1b" {
		t.Errorf("round trip gave %v, %v", back.P, err)
	}
	if err := json.Unmarshal([]byte(`{"P":"x"}`), &back); err == nil {
		t.Error("a pointer without a leading slash decoded")
	}
}

func TestPathKeyDoesNotAlias(t *testing.T) {
	base := make(Path, 1, 8)
	base[0] = "events"
	a, b := base.Index(1), base.Index(2)
	if a.String() != "/events/1" || b.String() != "/events/2" {
		t.Errorf("extending one base twice gave %s and %s", a, b)
	}
}

func TestIssueErrorsIsAsAndIssues(t *testing.T) {
	const code Code = "test.code"
	i1 := &Issue{Path: Path{"a"}, Code: code, Format: "value %q is bad", Args: []any{"x"}}
	i2 := &Issue{Path: Path{"b"}, Code: "other.code", Format: "plain"}
	var merr *multierror.Error
	merr = multierror.Append(merr, i1, i2)
	wrapped := fmt.Errorf("loading: %w", merr.ErrorOrNil())

	if !errors.Is(wrapped, code) {
		t.Error("errors.Is(err, code) = false; want true")
	}
	if errors.Is(wrapped, Code("absent.code")) {
		t.Error("errors.Is(err, absent code) = true")
	}
	var got *Issue
	if !errors.As(wrapped, &got) || got != i1 {
		t.Errorf("errors.As gave %v; want the first issue", got)
	}
	if all := Issues(wrapped); len(all) != 2 || all[0] != i1 || all[1] != i2 {
		t.Errorf("Issues(err) = %v; want both issues in order", all)
	}
	if Issues(nil) != nil || Issues(errors.New("plain")) != nil {
		t.Error("Issues of nil or a plain error is not nil")
	}
	if got, want := i1.Error(), `/a: value "x" is bad [test.code]`; got != want {
		t.Errorf("Error() = %q; want %q", got, want)
	}
	withPos := &Issue{Path: Path{"x"}, Code: code, Format: "bad", Line: 3, Column: 7}
	if got, want := withPos.Error(), "/x (3:7): bad [test.code]"; got != want {
		t.Errorf("Error() = %q; want %q", got, want)
	}
}

func TestIssueUnwrapsErrorArgumentsAndPrintsWithoutPath(t *testing.T) {
	cause := errors.New("disk on fire")
	issue := &Issue{Code: "decode.read", Format: "cannot read the input: %v", Args: []any{cause}, Line: 1, Column: 1}
	if !errors.Is(fmt.Errorf("wrapped: %w", issue), cause) {
		t.Error("errors.Is does not reach the error argument of an issue")
	}
	if got, want := issue.Error(), "(1:1): cannot read the input: disk on fire [decode.read]"; got != want {
		t.Errorf("Error() = %q; want %q", got, want)
	}
	if (&Issue{Format: "x", Args: []any{"not an error"}}).Unwrap() != nil {
		t.Error("Unwrap returned an error for an issue without error arguments")
	}
}

func TestSeverityString(t *testing.T) {
	for s, want := range map[Severity]string{SeverityError: "error", SeverityWarning: "warning", SeverityInfo: "info", 7: "severity(7)"} {
		if s.String() != want {
			t.Errorf("Severity(%d).String() = %q; want %q", int(s), s.String(), want)
		}
	}
}

func TestParsePathUnescapesInRFCOrder(t *testing.T) {
	p, err := ParsePath("/a~01/b~1c/~0~1")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"a~1", "b/c", "~/"}, []string(p)); diff != "" {
		t.Errorf("ParsePath (-want +got):\n%s", diff)
	}
}

func BenchmarkPathString(b *testing.B) {
	p := Path{"stakeholders", "12", "positions", "3", "title", "en"}
	for b.Loop() {
		_ = p.String()
	}
}
