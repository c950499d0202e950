package peers

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	// The module ships the official SARIF 2.1.0 JSON Schema (OASIS, errata 01) as a Go string
	// constant; the import keeps the module in go.mod, and sarifSchema reads the constant from
	// its source.
	_ "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/jscd-go/jscd/jscd"
)

// root is the repository's root directory, absolute so that runs in other directories find it.
var root = func() string {
	abs, err := filepath.Abs("../../../..")
	if err != nil {
		panic(err)
	}
	return abs
}()

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "jscd-peers-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	binary = filepath.Join(dir, "jscd")
	out, err := exec.Command("go", "build", "-o", binary, "github.com/jscd-go/jscd/jscd/cmd/jscd").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "building the command: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// run runs the command and returns its standard output and exit status.
func run(t *testing.T, dir string, env []string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "LANG=", "LC_ALL=", "LC_MESSAGES=")
	cmd.Env = append(cmd.Env, env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return stdout.String(), code
}

// The official schema's identifier, as the OASIS standard publishes it.
const sarifSchemaID = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// sarifSchema returns the SARIF 2.1.0 JSON Schema that github.com/owenrumney/go-sarif/v3
// ships, read from the constant "schema" of its package v210/sarif.
func sarifSchema(t *testing.T) []byte {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/owenrumney/go-sarif/v3").Output()
	if err != nil {
		t.Fatalf("locating github.com/owenrumney/go-sarif/v3: %v", err)
	}
	src := filepath.Join(strings.TrimSpace(string(out)), "pkg", "report", "v210", "sarif", "schema.go")
	f, err := parser.ParseFile(token.NewFileSet(), src, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			v := s.(*ast.ValueSpec)
			if v.Names[0].Name != "schema" {
				continue
			}
			text, err := strconv.Unquote(v.Values[0].(*ast.BasicLit).Value)
			if err != nil {
				t.Fatal(err)
			}
			return []byte(text)
		}
	}
	t.Fatalf("%s has no constant schema", src)
	return nil
}

func compileSARIF(t *testing.T) *jsonschema.Schema {
	t.Helper()
	raw := sarifSchema(t)
	var head struct {
		Schema string `json:"$schema"`
		ID     string `json:"id"`
		Title  string `json:"title"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		t.Fatal(err)
	}
	if head.ID != sarifSchemaID || head.Title != "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema" {
		t.Fatalf("the schema found is not the official SARIF 2.1.0 one: id %q, title %q", head.ID, head.Title)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat() // the uri and date-time formats the schema names are checked too
	if err := c.AddResource(sarifSchemaID, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(sarifSchemaID)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func validateSARIF(t *testing.T, s *jsonschema.Schema, out string) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	if err != nil {
		t.Fatalf("the output is not JSON: %v\n%s", err, out)
	}
	if err := s.Validate(inst); err != nil {
		t.Errorf("the output is not valid SARIF 2.1.0: %v\n%s", err, out)
	}
}

const brokenDoc = `{
  "format": "jscd/1",
  "id": "broken",
  "title": {"en": "Broken"},
  "stakeholders": [{"id": "iraq", "kind": "state", "name": {"en": "Iraq"}, "country": "iq"}],
  "commitments": [{"id": "c", "by": ["iraq"], "to": ["usa"], "text": {"en": "To do"}, "strength": "intent", "sources": ["s"]}],
  "sources": [{"id": "s", "kind": "news", "title": {"en": "A report"}}]
}
`

// Every kind of vet output in SARIF is valid against the official schema: issues of every
// severity with suggestions, a document that does not decode, a file that cannot be read,
// no issues at all, each language (Sorani has no two-letter code for run.language), names with
// spaces, relative and absolute.
func TestSARIFIsValid(t *testing.T) {
	s := compileSARIF(t)
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	broken := write("broken doc.json", brokenDoc)
	malformed := write("malformed.json", `{"format": "jscd/1", "id": `)
	write("empty.json", "")
	cases := []struct {
		name string
		args []string
		code int
	}{
		{"issues of every severity", []string{"-severity", "info", broken}, 1},
		{"no issues", []string{filepath.Join(root, "jscd/datasets/us-iraq.json")}, 0},
		{"hints of a valid document", []string{"-severity", "info", filepath.Join(root, "jscd/datasets/us-iraq.json")}, 0},
		{"every valid test file", []string{filepath.Join(root, "jscd/testdata/valid")}, 0},
		{"every invalid test file", []string{"-severity", "info", "-as-of", "2024-01-01", filepath.Join(root, "jscd/testdata/invalid")}, 2},
		{"a document that does not decode", []string{malformed}, 2},
		{"a file that cannot be read", []string{filepath.Join(dir, "missing.json"), broken}, 2},
		{"a relative name with a space", []string{"broken doc.json", "empty.json"}, 2},
		{"standard input", []string{"-"}, 2},
		{"Arabic", []string{"-lang", "ar", "-severity", "info", broken}, 1},
		{"Sorani", []string{"-lang", "ckb", "-severity", "info", broken}, 1},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			out, code := run(t, dir, nil, append([]string{"vet", "-format", "sarif"}, tt.args...)...)
			if code != tt.code {
				t.Errorf("exit status %d, want %d", code, tt.code)
			}
			validateSARIF(t, s, out)
		})
	}
}

// The schema, as compiled, does reject what SARIF does not allow, so that the test above
// means something.
func TestSARIFSchemaRejectsBrokenLogs(t *testing.T) {
	s := compileSARIF(t)
	out, _ := run(t, "", nil, "vet", "-format", "sarif", "-lang", "ckb", filepath.Join(root, "jscd/testdata/invalid/references.json"))
	for _, tt := range []struct{ name, old, new string }{
		{"a wrong version", `"version": "2.1.0"`, `"version": "2.2"`},
		{"an unknown level", `"level": "error"`, `"level": "fatal"`},
		{"a line 0", `"startLine": `, `"startLine": 0, "x": `},
		{"a three-letter run language", `"columnKind"`, `"language": "ckb", "columnKind"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(out, tt.old) {
				t.Fatalf("the output has no %s", tt.old)
			}
			inst, err := jsonschema.UnmarshalJSON(strings.NewReader(strings.Replace(out, tt.old, tt.new, 1)))
			if err != nil {
				return // not JSON any more: rejected all the same
			}
			if err := s.Validate(inst); err == nil {
				t.Errorf("the schema accepts a log with %s", tt.name)
			}
		})
	}
}

// The rules of the log are the library's catalogue and the decode problems, with the level of
// their severity.
func TestSARIFRules(t *testing.T) {
	out, _ := run(t, "", nil, "vet", "-format", "sarif", filepath.Join(root, "jscd/datasets/us-iraq.json"))
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID                   string
						DefaultConfiguration struct{ Level string }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	levels := map[string]string{}
	for _, r := range log.Runs[0].Tool.Driver.Rules {
		levels[r.ID] = r.DefaultConfiguration.Level
	}
	want := map[jscd.Severity]string{jscd.SeverityError: "error", jscd.SeverityWarning: "warning", jscd.SeverityInfo: "note"}
	for _, r := range jscd.Rules() {
		if levels[string(r.Code)] != want[r.Severity] {
			t.Errorf("rule %s: level %q, want %q", r.Code, levels[string(r.Code)], want[r.Severity])
		}
	}
	if levels[string(jscd.CodeDecodeSyntax)] != "error" {
		t.Errorf("decode.syntax is not a rule of the log")
	}
}
