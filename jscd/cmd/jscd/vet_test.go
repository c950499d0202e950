package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/jscd-go/jscd/jscd"
)

// warningDoc is minimal.json with an area the format does not define: a warning, no error.
func warningDoc(t *testing.T) string {
	t.Helper()
	doc := readFile(t, minimal)
	return strings.Replace(doc, `"parties": [`, `"areas": ["defence"], "parties": [`, 1)
}

// issueLine is the form of a text line: file:line:col: severity: message [code].
var issueLine = regexp.MustCompile(`^(.+):(\d+):(\d+): (error|warning|info): (.+) \[([a-z0-9.-]+)\]$`)

func TestVetExitStatus(t *testing.T) {
	broken := writeFile(t, "broken.json", brokenDoc)
	warning := writeFile(t, "warning.json", warningDoc(t))
	malformed := writeFile(t, "malformed.json", malformedDoc)
	empty := writeFile(t, "empty.json", "")
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"a valid document", []string{usIraq}, 0},
		{"valid documents", []string{usIraq, usIraq2021, minimal, everyField}, 0},
		{"errors", []string{broken}, 1},
		{"a warning", []string{warning}, 0},
		{"a warning, failing on warnings", []string{"-warnings-as-errors", warning}, 1},
		{"errors, showing errors only", []string{"-severity", "error", broken}, 1},
		{"a document that does not decode", []string{malformed}, 2},
		{"an empty file", []string{empty}, 2},
		{"a file that does not exist", []string{filepath.Join(t.TempDir(), "missing.json")}, 2},
		{"errors and a file that does not decode", []string{broken, malformed}, 2},
		{"a directory given as a file of vet's list", []string{usIraq, t.TempDir()}, 0},
		{"the present, judged on a day", []string{"-as-of", "2022-01-01", usIraq}, 1},
		{"the present rules turned off again", []string{"-as-of", "2022-01-01", "-disable", "event.future,status.future", usIraq}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmdline(t, append([]string{"vet"}, tt.args...)...).want(t, tt.code)
		})
	}
}

func TestVetText(t *testing.T) {
	path := writeFile(t, "broken.json", brokenDoc)
	r := cmdline(t, "vet", "-severity", "info", path).want(t, 1)
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	want := []string{
		path + `:6:54: error: "usa" does not name any entity of the document [ref.unresolved]`,
		path + `:6:19: info: the commitment has no due date, so it can never be overdue [commitment.no-due]`,
		path + `:1:1: error: no instrument names a state as a party; a bilateral framework has two [shape.states]`,
	}
	for _, w := range want {
		found := false
		for _, l := range lines {
			found = found || l == w
		}
		if !found {
			t.Errorf("output lacks\n%s\ngot:\n%s", w, r.stdout)
		}
	}
	for _, l := range lines[:len(lines)-1] {
		if !issueLine.MatchString(l) {
			t.Errorf("line %q is not file:line:col: severity: message [code]", l)
		}
	}
	if got := lines[len(lines)-1]; got != "checked 1 file: 2 errors, 1 note" {
		t.Errorf("summary %q", got)
	}
	// By default hints are hidden, and the summary says so.
	r = cmdline(t, "vet", path).want(t, 1)
	if strings.Contains(r.stdout, "info:") || !strings.HasSuffix(r.stdout, "checked 1 file: 2 errors; 1 note not shown (-severity info shows it)\n") {
		t.Errorf("default severity:\n%s", r.stdout)
	}
	// A valid document prints one line.
	r = cmdline(t, "vet", usIraq).want(t, 0)
	if r.stdout != "checked 1 file: no problems; 9 notes not shown (-severity info shows them)\n" {
		t.Errorf("valid document:\n%s", r.stdout)
	}
}

func TestVetMalformedAndEmpty(t *testing.T) {
	for _, tt := range []struct{ name, doc, want string }{
		{"malformed", malformedDoc, ":1:28: error: unexpected end of input [decode.syntax]"},
		{"empty", "", ":1:1: error: the input is empty [decode.syntax]"},
		{"not a framework", `{"format": "jscd/2"}`, `:1:12: error: unsupported format "jscd/2"; expected "jscd/1" [decode.format]`},
		{"unknown field", `{"format": "jscd/1", "id": "x", "title": {"en": "X"}, "commitmnets": []}`,
			`:1:55: error: unknown field "commitmnets"; did you mean "commitments"? [decode.unknown-field]`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, "doc.json", tt.doc)
			r := cmdline(t, "vet", path).want(t, 2)
			if !strings.Contains(r.stdout, path+tt.want) {
				t.Errorf("want %q in\n%s", path+tt.want, r.stdout)
			}
		})
	}
}

// A directory stands for every *.json file under it; one bad file does not stop the others.
func TestVetDirectory(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a-good.json":          readFile(t, minimal),
		"b-broken.json":        brokenDoc,
		"sub/c-malformed.json": malformedDoc,
		"sub/d-good.json":      readFile(t, usIraq),
		"sub/notes.txt":        "not a document",
		".hidden/e.json":       malformedDoc,
		"sub/.f.json":          malformedDoc,
	}
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := cmdline(t, "vet", "-format", "json", dir).want(t, 2)
	var out struct {
		Files  int
		Issues []struct{ File, Code string }
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	if out.Files != 4 {
		t.Errorf("checked %d files, want 4 (the *.json files, not the hidden ones)", out.Files)
	}
	got := map[string]bool{}
	for _, is := range out.Issues {
		got[filepath.Base(is.File)+" "+is.Code] = true
	}
	for _, w := range []string{"b-broken.json ref.unresolved", "c-malformed.json decode.syntax"} {
		if !got[w] {
			t.Errorf("issues lack %s: %v", w, got)
		}
	}
	// The same directory in text form reports the files in lexical order.
	r = cmdline(t, "vet", dir).want(t, 2)
	b, c := strings.Index(r.stdout, "b-broken.json"), strings.Index(r.stdout, "c-malformed.json")
	if b < 0 || c < 0 || b > c {
		t.Errorf("files out of order:\n%s", r.stdout)
	}
}

func TestVetStandardInput(t *testing.T) {
	r := runCall(t, call{args: []string{"vet", "-"}, stdin: brokenDoc}).want(t, 1)
	if !strings.Contains(r.stdout, "\n"+`<stdin>:6:54: error: "usa"`) {
		t.Errorf("standard input:\n%s", r.stdout)
	}
	runCall(t, call{args: []string{"vet", "-"}, stdin: ""}).want(t, 2)
	runCall(t, call{args: []string{"vet", "-", minimal}, stdin: readFile(t, usIraq)}).want(t, 0)
}

func TestVetUnreadable(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.json")
	r := cmdline(t, "vet", missing, minimal).want(t, 2)
	if !strings.Contains(r.stderr, missing+": no such file or directory") {
		t.Errorf("stderr: %q", r.stderr)
	}
	if !strings.Contains(r.stdout, "checked 1 file: no problems; 1 file could not be read") {
		t.Errorf("stdout: %q", r.stdout)
	}
	r = cmdline(t, "vet", "-lang", "ar", missing).want(t, 2)
	if !strings.Contains(r.stderr, "لا يوجد ملف أو مجلد بهذا الاسم") {
		t.Errorf("Arabic stderr: %q", r.stderr)
	}
}

func TestVetJSON(t *testing.T) {
	path := writeFile(t, "broken.json", brokenDoc)
	r := cmdline(t, "vet", "-format", "json", "-severity", "info", "-lang", "ar", path).want(t, 1)
	var out struct {
		Files  int              `json:"files"`
		Issues []map[string]any `json:"issues"`
		Errors []any            `json:"errors"`
		Counts map[string]int   `json:"counts"`
		Hidden int              `json:"hidden"`
	}
	dec := json.NewDecoder(strings.NewReader(r.stdout))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&out); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	if out.Files != 1 || len(out.Issues) != 3 || out.Counts["error"] != 2 || out.Counts["info"] != 1 || out.Errors == nil {
		t.Errorf("summary: %+v", out)
	}
	first := out.Issues[2] // in the order of the text: 1:1 (/instruments), 6:19, 6:54
	want := map[string]any{
		"file": path, "line": 6.0, "column": 54.0, "path": "/commitments/0/to/0",
		"code": "ref.unresolved", "severity": "error",
		"message": `"usa" لا يشير إلى أي كيان في المستند`,
	}
	for k, v := range want {
		if first[k] != v {
			t.Errorf("issue %s = %v, want %v", k, first[k], v)
		}
	}
	var keys []string
	for k := range first {
		keys = append(keys, k)
	}
	if len(keys) != len(want) {
		t.Errorf("issue members %v, want those of %v (suggestion only when there is one)", keys, want)
	}
	// The same issue through the library's MarshalJSON has the same members, in English.
	lib, err := json.Marshal(&jscd.Issue{Path: jscd.Path{"x"}, Code: jscd.CodeRefUnresolved, Line: 1, Column: 1})
	if err != nil {
		t.Fatal(err)
	}
	var libIssue map[string]any
	json.Unmarshal(lib, &libIssue)
	for k := range libIssue {
		if _, ok := first[k]; !ok && k != "suggestion" {
			t.Errorf("the library's issue JSON has %q, vet's has not", k)
		}
	}
}

func TestVetJSONSuggestion(t *testing.T) {
	doc := strings.Replace(brokenDoc, `"country": "IQ"`, `"country": "iq"`, 1)
	r := cmdline(t, "vet", "-format", "json", writeFile(t, "d.json", doc)).want(t, 1)
	if !strings.Contains(r.stdout, `"suggestion": "IQ"`) {
		t.Errorf("no suggestion in\n%s", r.stdout)
	}
}

// The SARIF output's structure as code-scanning tools read it; the nested module peers checks
// it against the official SARIF 2.1.0 schema.
func TestVetSARIF(t *testing.T) {
	path := writeFile(t, "broken file.json", brokenDoc)
	r := cmdline(t, "vet", "-format", "sarif", path).want(t, 1)
	var log struct {
		Version string
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string
					Rules []struct {
						ID               string
						ShortDescription struct{ Text string }
						HelpURI          string
					}
				}
			}
			ColumnKind string
			Results    []struct {
				RuleID    string
				RuleIndex int
				Level     string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn int }
					}
					LogicalLocations []struct{ FullyQualifiedName, Kind string }
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("version %q, %d runs", log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	if len(run.Tool.Driver.Rules) != len(jscd.Rules())+len(decodeSummaries) {
		t.Errorf("%d rules, want one per code", len(run.Tool.Driver.Rules))
	}
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind %q", run.ColumnKind)
	}
	if len(run.Results) != 2 {
		t.Fatalf("%d results, want 2 (hints hidden)", len(run.Results))
	}
	res := run.Results[1] // in the order of the text: shape.states at 1:1, then 6:54
	rule := run.Tool.Driver.Rules[res.RuleIndex]
	if rule.ID != res.RuleID || res.RuleID != "ref.unresolved" || res.Level != "error" {
		t.Errorf("result %+v, rule %+v", res, rule)
	}
	if rule.ShortDescription.Text != "Every reference names an entity of the document." ||
		rule.HelpURI != "https://github.com/jscd-go/jscd/blob/main/docs/rules.md#refunresolved" {
		t.Errorf("rule %+v", rule)
	}
	loc := res.Locations[0]
	if !strings.HasSuffix(loc.PhysicalLocation.ArtifactLocation.URI, "/broken%20file.json") ||
		!strings.HasPrefix(loc.PhysicalLocation.ArtifactLocation.URI, "file:///") {
		t.Errorf("uri %q", loc.PhysicalLocation.ArtifactLocation.URI)
	}
	if loc.PhysicalLocation.Region.StartLine != 6 || loc.PhysicalLocation.Region.StartColumn != 54 {
		t.Errorf("region %+v", loc.PhysicalLocation.Region)
	}
	if len(loc.LogicalLocations) != 1 || loc.LogicalLocations[0].FullyQualifiedName != "/commitments/0/to/0" || loc.LogicalLocations[0].Kind != "element" {
		t.Errorf("logical locations %+v", loc.LogicalLocations)
	}
	// A relative path stays relative.
	r = runCall(t, call{args: []string{"vet", "-format", "sarif", "broken file.json"}, dir: filepath.Dir(path)}).want(t, 1)
	if !strings.Contains(r.stdout, `"uri": "broken%20file.json"`) {
		t.Errorf("relative uri not kept:\n%s", r.stdout)
	}
}

// Every rule in the docs: the anchors of the help URIs exist in docs/rules.md.
func TestSARIFHelpAnchorsExist(t *testing.T) {
	rules := readFile(t, "../../../docs/rules.md")
	for _, e := range ruleCatalogue() {
		_, frag, _ := strings.Cut(e.helpURI, "#")
		if strings.Contains(e.helpURI, "rules.md") && !strings.Contains(rules, "### `"+string(e.code)+"`") {
			t.Errorf("docs/rules.md has no heading for %s", e.code)
		}
		if frag == "" {
			t.Errorf("%s: help URI without an anchor", e.code)
		}
	}
	if !strings.Contains(readFile(t, "../../../docs/format.md"), "## Decode errors") {
		t.Error("docs/format.md has no section Decode errors")
	}
}
