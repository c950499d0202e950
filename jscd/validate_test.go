package jscd

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/hashicorp/go-multierror"
)

// issueRow is an Issue as the golden files of testdata/invalid list it: by value, without the
// message, which the catalogue tests cover.
type issueRow struct {
	Path     string `json:"path"`
	Code     Code   `json:"code"`
	Severity string `json:"severity"`
}

// invalidGolden is the content of testdata/invalid/<case>.issues.json. AsOf, when set, is
// passed to Check with the AsOf option; -update keeps it.
type invalidGolden struct {
	AsOf   string     `json:"asOf,omitempty"`
	Issues []issueRow `json:"issues"`
}

func rowsOf(issues []*Issue) []issueRow {
	rows := make([]issueRow, 0, len(issues))
	for _, is := range issues {
		rows = append(rows, issueRow{is.Path.String(), is.Code, is.Severity.String()})
	}
	return rows
}

// decodeForCheck decodes a test document with Decode. A document that Decode rejects only for
// what validation also checks (its format tag, a malformed language tag) is decoded with
// encoding/json instead, still refusing unknown fields, as a framework built in Go would
// reach Validate.
func decodeForCheck(t testing.TB, data []byte) *Framework {
	t.Helper()
	f, err := Decode(bytes.NewReader(data))
	if err == nil {
		return f
	}
	if !errors.Is(err, CodeDecodeFormat) && !errors.Is(err, CodeDecodeLanguageTag) {
		t.Fatalf("Decode: %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	f = new(Framework)
	if err := dec.Decode(f); err != nil {
		t.Fatalf("decoding with encoding/json: %v", err)
	}
	return f
}

// TestInvalidCases checks every document of testdata/invalid against the issues its
// <case>.issues.json lists. With -update it rewrites those lists from the results.
func TestInvalidCases(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "invalid", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []string
	for _, f := range files {
		if !strings.HasSuffix(f, ".issues.json") {
			cases = append(cases, f)
		}
	}
	if len(cases) == 0 {
		t.Fatal("no test documents in testdata/invalid")
	}
	seen := map[string]bool{} // codes and formats produced by some case
	for _, file := range cases {
		name := strings.TrimSuffix(filepath.Base(file), ".json")
		t.Run(name, func(t *testing.T) {
			got := checkCase(t, file)
			for _, is := range got {
				seen[string(is.Code)] = true
				seen[is.Format] = true
			}
		})
	}
	if t.Failed() {
		return
	}
	for _, fam := range families() {
		for _, r := range fam.rules {
			if !seen[string(r.code)] {
				t.Errorf("no case of testdata/invalid raises %s", r.code)
			}
			if r.code == CodeDateSyntax {
				continue // its formats, one per reason of a DateError: TestDateReasons
			}
			for _, format := range r.formats {
				if !seen[format] {
					t.Errorf("no case of testdata/invalid raises %s with the message %q", r.code, format)
				}
			}
		}
	}
}

// checkCase runs Check on one case and compares the result with its golden list, or rewrites
// the list under -update. It returns the issues.
func checkCase(t *testing.T, file string) []*Issue {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	goldenFile := strings.TrimSuffix(file, ".json") + ".issues.json"
	var want invalidGolden
	if raw, err := os.ReadFile(goldenFile); err == nil {
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatalf("%s: %v", goldenFile, err)
		}
	} else if !*update {
		t.Fatalf("missing %s; run go test -run TestInvalidCases -update", goldenFile)
	}
	var opts []CheckOption
	if want.AsOf != "" {
		day, err := time.Parse(time.DateOnly, want.AsOf)
		if err != nil {
			t.Fatalf("%s: asOf: %v", goldenFile, err)
		}
		opts = append(opts, AsOf(day))
	}
	issues := decodeForCheck(t, data).Check(opts...)
	checkIssuesAgainstCatalogue(t, issues)
	got := invalidGolden{AsOf: want.AsOf, Issues: rowsOf(issues)}
	if *update {
		out, err := json.MarshalIndent(got, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(goldenFile, append(out, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return issues
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Check(%s) (-want +got):\n%s", file, diff)
	}
	return issues
}

// checkIssuesAgainstCatalogue checks that each issue carries a format its rule declares, with
// the rule's severity (or a warning, for a possible conflict of an error rule), and that the
// format has Arabic and Kurdish translations.
func checkIssuesAgainstCatalogue(t *testing.T, issues []*Issue) {
	t.Helper()
	specs := map[Code]ruleSpec{}
	for _, fam := range families() {
		for _, r := range fam.rules {
			specs[r.code] = r
		}
	}
	translated := map[string]bool{}
	for _, tr := range catalogueRows() {
		translated[tr.en] = tr.ar != "" && tr.ckb != ""
	}
	for _, is := range issues {
		spec, ok := specs[is.Code]
		switch {
		case !ok:
			t.Errorf("%s: code %q is not in the catalogue", is.Path, is.Code)
		case !slices.Contains(spec.formats, is.Format):
			t.Errorf("%s: rule %s reported a format it does not declare: %q", is.Path, is.Code, is.Format)
		case is.Severity != spec.severity && !(spec.severity == SeverityError && is.Severity == SeverityWarning):
			t.Errorf("%s: rule %s of severity %s reported a %s", is.Path, is.Code, spec.severity, is.Severity)
		}
		if !translated[is.Format] {
			t.Errorf("%s: format %q has no Arabic and Kurdish translation", is.Path, is.Format)
		}
	}
}

// validDocument is a small framework that breaks no rule, the base of many tests.
func validDocument(t testing.TB) *Framework {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "rules-base.json"))
	if err != nil {
		t.Fatal(err)
	}
	return decodeForCheck(t, data)
}

func TestBaseDocumentIsClean(t *testing.T) {
	if issues := validDocument(t).Check(AsOf(time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC))); len(issues) != 0 {
		t.Errorf("the base document has issues:\n%s", issueLines(issues))
	}
}

func issueLines(issues []*Issue) string {
	var b strings.Builder
	for _, is := range issues {
		b.WriteString(is.Severity.String() + " " + is.Error() + "\n")
	}
	return b.String()
}

// TestBundledDatasetsHaveNoErrors checks the real frameworks shipped with the package.
func TestBundledDatasetsHaveNoErrors(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("datasets", "*.json"))
	if len(files) == 0 {
		t.Skip("no bundled dataset yet")
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		f, err := Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if err := f.Validate(); err != nil {
			t.Errorf("%s does not validate:\n%v", file, err)
		}
		for _, is := range f.Check() {
			if is.Severity == SeverityWarning {
				t.Logf("%s: warning %v", file, is)
			}
		}
	}
}

func TestValidateReturnsNilForAValidDocument(t *testing.T) {
	err := validDocument(t).Validate()
	if err != nil {
		t.Fatalf("Validate() = %v", err)
	}
	// An interface holding a typed nil would be != nil; check the interface itself.
	if err := validDocument(t).Validate(WarningsAsErrors()); err != nil {
		t.Fatalf("Validate(WarningsAsErrors()) = %#v; want an untyped nil", err)
	}
}

// brokenDocument has two errors, a warning and an info, at paths that sort differently as text
// and as numbers.
func brokenDocument(t testing.TB) *Framework {
	f := validDocument(t)
	for i := 0; i < 11; i++ {
		ev := f.Events[0]
		ev.ID = ID("round-copy-" + string(rune('a'+i)))
		f.Events = append(f.Events, ev)
	}
	f.Events[10].Instrument = "no-such-instrument"
	f.Events[2].Instrument = "no-such-instrument-either"
	f.Stakeholders[1].Name = Text{"en": "India "}
	f.Commitments[0].Due = Date{}
	return f
}

func TestValidateErrorsIsAsAndIssues(t *testing.T) {
	err := brokenDocument(t).Validate()
	if err == nil {
		t.Fatal("Validate() = nil; want errors")
	}
	var merr *multierror.Error
	if !errors.As(err, &merr) {
		t.Fatalf("Validate() returned %T; want *multierror.Error", err)
	}
	if !errors.Is(err, CodeRefUnresolved) {
		t.Error("errors.Is(err, CodeRefUnresolved) = false")
	}
	if errors.Is(err, CodeGraphCycle) {
		t.Error("errors.Is(err, CodeGraphCycle) = true for a document without cycles")
	}
	var first *Issue
	if !errors.As(err, &first) {
		t.Fatal("errors.As(err, &issue) = false")
	}
	want := []issueRow{
		{"/events/2/instrument", CodeRefUnresolved, "error"},
		{"/events/10/instrument", CodeRefUnresolved, "error"},
	}
	if diff := cmp.Diff(want, rowsOf(Issues(err))); diff != "" {
		t.Errorf("Issues(Validate()) (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want[0], rowsOf([]*Issue{first})[0]); diff != "" {
		t.Errorf("errors.As gave another issue than the first (-want +got):\n%s", diff)
	}
	wantText := `jscd: 2 errors:
/events/2/instrument: "no-such-instrument-either" does not name any entity of the document [ref.unresolved]
/events/10/instrument: "no-such-instrument" does not name any entity of the document [ref.unresolved]`
	if got := err.Error(); got != wantText {
		t.Errorf("Error() =\n%s\nwant\n%s", got, wantText)
	}
}

func TestValidateErrorPrintsTheWholeListSorted(t *testing.T) {
	// Issues appended out of order still print in order.
	var merr *multierror.Error
	merr = multierror.Append(merr,
		&Issue{Path: Path{"events", "10"}, Code: CodeSourceMissing, Format: fmtSourceMissing},
		&Issue{Path: Path{"events", "9"}, Code: CodeSourceMissing, Format: fmtSourceMissing},
		&Issue{Path: Path{"events", "9"}, Code: CodeIDSyntax, Format: fmtIDSyntax, Args: []any{"X"}},
	)
	merr.ErrorFormat = formatIssueList
	want := `jscd: 3 errors:
/events/9: ID "X" is not a lowercase slug (letters a-z, digits and single hyphens) [id.syntax]
/events/9: no source is cited; cite at least one [source.missing]
/events/10: no source is cited; cite at least one [source.missing]`
	if got := merr.Error(); got != want {
		t.Errorf("Error() =\n%s\nwant\n%s", got, want)
	}
	one := &multierror.Error{Errors: merr.Errors[:1], ErrorFormat: formatIssueList}
	if got := one.Error(); !strings.HasPrefix(got, "jscd: 1 error:\n") {
		t.Errorf("one error prints as %q", got)
	}
}

func TestCheckReturnsEverySeveritySortedAndWrapped(t *testing.T) {
	got := rowsOf(brokenDocument(t).Check())
	want := []issueRow{
		{"/commitments/0", CodeCommitmentNoDue, "info"},
		{"/events/2/instrument", CodeRefUnresolved, "error"},
		{"/events/10/instrument", CodeRefUnresolved, "error"},
		{"/stakeholders/1/name/en", CodeTextSpace, "warning"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Check() (-want +got):\n%s", diff)
	}
	err := brokenDocument(t).Validate(WarningsAsErrors())
	if diff := cmp.Diff(want[1:], rowsOf(Issues(err))); diff != "" {
		t.Errorf("Validate(WarningsAsErrors()) (-want +got):\n%s", diff)
	}
}

func TestDisableRules(t *testing.T) {
	f := brokenDocument(t)
	if err := f.Validate(DisableRules(CodeRefUnresolved)); err != nil {
		t.Errorf("Validate(DisableRules(ref.unresolved)) = %v; want nil", err)
	}
	got := rowsOf(f.Check(DisableRules(CodeTextSpace, CodeCommitmentNoDue)))
	want := []issueRow{
		{"/events/2/instrument", CodeRefUnresolved, "error"},
		{"/events/10/instrument", CodeRefUnresolved, "error"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Check(DisableRules(...)) (-want +got):\n%s", diff)
	}
}

func TestCheckDeduplicates(t *testing.T) {
	f := validDocument(t)
	// The same title in two languages finds the same overlapping pair twice.
	person := &f.Stakeholders[3]
	pos := person.Positions[0]
	pos.Title = Text{"en": pos.Title["en"], "fr": "Ministre A"}
	person.Positions = []Position{pos, pos}
	got := rowsOf(f.Check())
	want := []issueRow{{"/stakeholders/3/positions/1", CodePositionOverlap, "error"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Check() (-want +got):\n%s", diff)
	}
}

func TestComparePathsNumerically(t *testing.T) {
	paths := []Path{
		{"events", "10"}, {"events", "2", "date"}, {"events", "2"}, {"commitments", "1"}, {},
		{"events", "1", "participants", "11"}, {"events", "1", "participants", "3"},
	}
	slices.SortFunc(paths, comparePaths)
	var got []string
	for _, p := range paths {
		got = append(got, p.String())
	}
	want := []string{"", "/commitments/1", "/events/1/participants/3", "/events/1/participants/11",
		"/events/2", "/events/2/date", "/events/10"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sorted paths (-want +got):\n%s", diff)
	}
}

func TestCheckOnNilAndEmptyFrameworks(t *testing.T) {
	var f *Framework
	want := []issueRow{
		{"/format", CodeFieldMissing, "error"},
		{"/id", CodeFieldMissing, "error"},
		{"/instruments", CodeShapeStates, "error"},
		{"/title", CodeFieldMissing, "error"},
	}
	if diff := cmp.Diff(want, rowsOf(f.Check())); diff != "" {
		t.Errorf("(*Framework)(nil).Check() (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, rowsOf(new(Framework).Check())); diff != "" {
		t.Errorf("new(Framework).Check() (-want +got):\n%s", diff)
	}
}

func TestRulesCatalogue(t *testing.T) {
	rules := Rules()
	codes := map[Code]bool{}
	for _, r := range rules {
		if codes[r.Code] {
			t.Errorf("code %s is listed twice", r.Code)
		}
		codes[r.Code] = true
		if r.Summary == "" || r.Family == "" {
			t.Errorf("rule %s has no summary or family", r.Code)
		}
		if !isDottedCode(string(r.Code)) {
			t.Errorf("code %q is not a dotted lowercase code", r.Code)
		}
	}
	if len(rules) < 40 {
		t.Errorf("Rules() has %d rules; the catalogue lists more", len(rules))
	}
}

func isDottedCode(s string) bool {
	family, name, ok := strings.Cut(s, ".")
	return ok && isSlug(family) && isSlug(name)
}

// FuzzValidate checks that whatever Decode accepts, Check and Validate go through without
// panicking, and that their results keep their promises: sorted, without duplicates, each
// issue with a catalogued code, Validate holding exactly the errors of Check, and a check that
// reads ahead (as in a large document) finding the same issues.
func FuzzValidate(f *testing.F) {
	for _, data := range seedDocuments(f, "testdata/invalid/*.json", "testdata/valid/*.json", "testdata/*.json", "datasets/*.json") {
		f.Add(data)
	}
	codes := map[Code]bool{}
	for _, r := range Rules() {
		codes[r.Code] = true
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fw, err := Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		issues := fw.Check(AsOf(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)))
		var errs []*Issue
		for k, is := range issues {
			if !codes[is.Code] {
				t.Fatalf("issue with an unknown code: %v", is)
			}
			if k > 0 && compareIssues(issues[k-1], is) > 0 {
				t.Fatalf("issues out of order: %v before %v", issues[k-1], is)
			}
			if k > 0 && issues[k-1].Error() == is.Error() && issues[k-1].Severity == is.Severity {
				t.Fatalf("duplicate issue: %v", is)
			}
			if is.Severity == SeverityError {
				errs = append(errs, is)
			}
		}
		got := Issues(fw.Validate(AsOf(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))))
		if len(got) != len(errs) {
			t.Fatalf("Validate returned %d issues; Check has %d errors", len(got), len(errs))
		}
		ahead := fw.Check(AsOf(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)), readingAhead())
		if a, b := issueLines(ahead), issueLines(issues); a != b {
			t.Fatalf("Check reading ahead gives\n%s\nwithout,\n%s", a, b)
		}
	})
}

// TestAsOfAfterYear9999 checks that AsOf still judges a day beyond the four-digit years of EDTF
// days, as StatusAsOf does, rather than silently turning the rules about the present off.
func TestAsOfAfterYear9999(t *testing.T) {
	f := validDocument(t)
	far := time.Date(12000, 1, 1, 0, 0, 0, 0, time.UTC)
	var got []issueRow
	for _, is := range f.Check(AsOf(far)) {
		if is.Code == CodeCommitmentOverdue {
			got = append(got, rowsOf([]*Issue{is})...)
		}
	}
	var want []issueRow
	for i, st := range f.StatusAsOf(far).Commitments {
		if st.Due == DueStateOverdue {
			want = append(want, issueRow{"/commitments/" + strconv.Itoa(i) + "/due", CodeCommitmentOverdue, "warning"})
		}
	}
	if len(want) == 0 {
		t.Fatal("the base document has no commitment overdue in the year 12000")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("commitment.overdue issues with AsOf(year 12000) (-want +got):\n%s", diff)
	}
}

// TestChecksInAnyOrderAgree checks documents of several sizes, with and without issues, one
// after another and at once from several goroutines: a check reuses the tables of earlier
// checks (checkScratch), and what it finds must not depend on which checks ran before it.
func TestChecksInAnyOrderAgree(t *testing.T) {
	docs := seedDocuments(t, "testdata/invalid/*.json", "testdata/valid/*.json", "datasets/*.json")
	if len(docs) < 20 {
		t.Fatalf("found %d documents; the test needs more", len(docs))
	}
	check := func(data []byte) string {
		_, issues := CheckBytes(data, AsOf(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)))
		return issueLines(issues)
	}
	want := make([]string, len(docs))
	for i, data := range docs {
		want[i] = check(data)
	}
	// The same documents in the other order: the datasets, the largest, come first.
	for i := len(docs) - 1; i >= 0; i-- {
		if got := check(docs[i]); got != want[i] {
			t.Errorf("document %d, checked after others, gives\n%s\nthen, checked first,\n%s", i, got, want[i])
		}
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range docs {
				i := (k*7 + g) % len(docs)
				if got := check(docs[i]); got != want[i] {
					t.Errorf("document %d, checked with others at once, gives\n%s\nalone,\n%s", i, got, want[i])
				}
			}
		}()
	}
	wg.Wait()
}
