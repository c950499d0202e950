package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// The tests of this file and its neighbours run the command as a user does: TestMain builds it
// once, and each test runs the binary with its arguments, standard input and environment, and
// looks at its output and exit status.

var binary string

func TestMain(m *testing.M) {
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		// Under WebAssembly (./test.sh runs ./jscd/... there) a test cannot build or start a
		// program; the command is tested on the host.
		fmt.Println("jscd command: end-to-end tests skipped under", runtime.GOOS)
		os.Exit(0)
	}
	dir, err := os.MkdirTemp("", "jscd-command-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	binary = filepath.Join(dir, "jscd")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building the command: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what a run of the command gave.
type result struct {
	stdout, stderr string
	code           int
}

// call describes a run: arguments, standard input, extra environment, working directory.
type call struct {
	args  []string
	stdin string
	env   []string
	dir   string
}

// cmdline runs the command with args and no locale in its environment (so that its language is
// English unless the test says otherwise).
func cmdline(t *testing.T, args ...string) result {
	t.Helper()
	return runCall(t, call{args: args})
}

func runCall(t *testing.T, c call) result {
	t.Helper()
	cmd := exec.Command(binary, c.args...)
	cmd.Stdin = strings.NewReader(c.stdin)
	cmd.Dir = c.dir
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch name {
		case "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "SOURCE_DATE_EPOCH":
			continue
		}
		cmd.Env = append(cmd.Env, kv)
	}
	cmd.Env = append(cmd.Env, c.env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("running jscd %v: %v", c.args, err)
		}
		code = ee.ExitCode()
	}
	return result{stdout.String(), stderr.String(), code}
}

// want checks the exit status of a run, and prints its output when it is wrong.
func (r result) want(t *testing.T, code int) result {
	t.Helper()
	if r.code != code {
		t.Fatalf("exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, code, r.stdout, r.stderr)
	}
	return r
}

// The documents the tests read: the library's own test data and bundled datasets.
const (
	usIraq     = "../../datasets/us-iraq.json"
	usIraq2021 = "../../datasets/us-iraq-2021.json"
	minimal    = "../../testdata/valid/minimal.json"
	everyField = "../../testdata/valid/every-field.json"
)

// writeFile writes a file in a new temporary directory and returns its path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// brokenDoc decodes, and breaks rules: an unresolved reference "usa" at 6:54 and no state
// party (errors), and a commitment without a due date (a hint).
const brokenDoc = `{
  "format": "jscd/1",
  "id": "broken",
  "title": {"en": "Broken"},
  "stakeholders": [{"id": "iraq", "kind": "state", "name": {"en": "Iraq"}, "country": "IQ"}],
  "commitments": [{"id": "c", "by": ["iraq"], "to": ["usa"], "text": {"en": "To do"}, "strength": "intent", "sources": ["s"]}],
  "sources": [{"id": "s", "kind": "news", "title": {"en": "A report"}}]
}
`

// malformedDoc is not a JSON document: it ends too early.
const malformedDoc = `{"format": "jscd/1", "id": `

func TestUsage(t *testing.T) {
	r := cmdline(t).want(t, 2)
	if !strings.Contains(r.stderr, "Commands:") || r.stdout != "" {
		t.Errorf("jscd without a command: want the list of commands on standard error, got\nstdout: %s\nstderr: %s", r.stdout, r.stderr)
	}
	for _, args := range [][]string{{"-h"}, {"help"}, {"--help"}} {
		r := cmdline(t, args...).want(t, 0)
		for _, cmd := range commands() {
			if !strings.Contains(r.stdout, "  "+cmd.name+" ") {
				t.Errorf("jscd %v does not list %s:\n%s", args, cmd.name, r.stdout)
			}
		}
	}
	r = cmdline(t, "frobnicate").want(t, 2)
	if !strings.Contains(r.stderr, `unknown command "frobnicate"`) {
		t.Errorf("unknown command: stderr %q", r.stderr)
	}
	r = cmdline(t, "-format", "json").want(t, 2)
	if !strings.Contains(r.stderr, "must follow a command") {
		t.Errorf("a flag before the command: stderr %q", r.stderr)
	}
}

// Every command documents its flags and exit statuses with -h, on standard output, and exits 0.
func TestEveryCommandHasHelp(t *testing.T) {
	for _, cmd := range commands() {
		for _, lang := range []string{"en", "ar", "ckb"} {
			r := cmdline(t, cmd.name, "-h", "-lang", lang).want(t, 0)
			if !strings.Contains(r.stdout, "jscd "+cmd.name) || !strings.Contains(r.stdout, "  0  ") {
				t.Errorf("jscd %s -h -lang %s lacks the usage line or the exit statuses:\n%s", cmd.name, lang, r.stdout)
			}
			if lang != "en" && !strings.ContainsAny(r.stdout, "ابتثجحخدذرزسشصضطظعغفقكلمنهوي") {
				t.Errorf("jscd %s -h -lang %s is not in the Arabic script:\n%s", cmd.name, lang, r.stdout)
			}
		}
		// "help COMMAND" is the same as "COMMAND -h".
		if a, b := cmdline(t, "help", cmd.name).stdout, cmdline(t, cmd.name, "-h").stdout; a != b {
			t.Errorf("jscd help %s differs from jscd %s -h", cmd.name, cmd.name)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string // in standard error
	}{
		{[]string{"vet"}, "missing arguments"},
		{[]string{"vet", "-format", "xml", usIraq}, `invalid -format "xml"; use one of text, json, sarif`},
		{[]string{"vet", "-severity", "fatal", usIraq}, `invalid -severity "fatal"`},
		{[]string{"vet", "-bogus", usIraq}, "unknown flag -bogus"},
		{[]string{"vet", usIraq, "-format"}, "flag -format needs a value"},
		{[]string{"vet", "-as-of", "2022-13-01", usIraq}, `invalid -as-of "2022-13-01"`},
		{[]string{"vet", "-disable", "ref.unresolvd", usIraq}, `unknown rule "ref.unresolvd"`},
		{[]string{"vet", "-warnings-as-errors=maybe", usIraq}, `invalid value "maybe" for flag -warnings-as-errors`},
		{[]string{"vet", "-lang", "fr", usIraq}, `unsupported language "fr"; the supported languages are en, ar, ckb`},
		{[]string{"status", "-lang=de", usIraq}, `unsupported language "de"; the supported languages are en, ar, ckb`},
		{[]string{"diff", usIraq}, "missing arguments"},
		{[]string{"diff", usIraq, usIraq, usIraq}, "too many arguments"},
		{[]string{"export", usIraq}, "-to is required"},
		{[]string{"export", "-to", "xlsx", usIraq}, `invalid -to "xlsx"`},
		{[]string{"search", usIraq}, "missing arguments"},
		{[]string{"schema", "extra"}, "too many arguments: extra"},
		{[]string{"fmt", "-w", "-"}, "-w cannot write standard input"},
	}
	for _, tt := range tests {
		r := cmdline(t, tt.args...)
		if r.code != 2 || !strings.Contains(r.stderr, tt.want) || r.stdout != "" {
			t.Errorf("jscd %v: exit %d, stderr %q, stdout %q; want exit 2 and %q on standard error only",
				tt.args, r.code, r.stderr, r.stdout, tt.want)
		}
		if !strings.Contains(r.stderr, "-h' for help") {
			t.Errorf("jscd %v: the usage error does not say how to get help: %q", tt.args, r.stderr)
		}
	}
}

// Flags may come after the file names, as well as before; "--" ends them.
func TestFlagsAfterFiles(t *testing.T) {
	before := cmdline(t, "vet", "-format", "json", "-severity", "info", minimal).want(t, 0)
	after := cmdline(t, "vet", minimal, "-format", "json", "-severity=info").want(t, 0)
	if before.stdout != after.stdout {
		t.Errorf("flags after the file give another output:\n%s\nvs\n%s", before.stdout, after.stdout)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "-format"), []byte(readFile(t, minimal)), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCall(t, call{args: []string{"vet", "--", "-format"}, dir: dir}).want(t, 0)
	if !strings.Contains(r.stdout, "checked 1 file") {
		t.Errorf("a file named -format after --: %s", r.stdout)
	}
}

func TestLanguage(t *testing.T) {
	path := writeFile(t, "broken.json", brokenDoc)
	en := cmdline(t, "vet", path).want(t, 1)
	ar := cmdline(t, "vet", "-lang", "ar", path).want(t, 1)
	arAfter := cmdline(t, "vet", path, "-lang", "ar").want(t, 1)
	arFirst := cmdline(t, "-lang", "ar", "vet", path).want(t, 1)
	ckbEnv := runCall(t, call{args: []string{"vet", path}, env: []string{"LANG=ckb_IQ.UTF-8"}}).want(t, 1)
	arEnv := runCall(t, call{args: []string{"vet", path}, env: []string{"LC_ALL=ar_IQ.UTF-8", "LANG=en_US.UTF-8"}}).want(t, 1)
	frEnv := runCall(t, call{args: []string{"vet", path}, env: []string{"LANG=fr_FR.UTF-8"}}).want(t, 1)
	if !strings.Contains(en.stdout, `"usa" does not name any entity of the document`) {
		t.Errorf("English:\n%s", en.stdout)
	}
	if !strings.Contains(ar.stdout, "لا يشير إلى أي كيان في المستند") || !strings.Contains(ar.stdout, "فُحص ملف واحد: خطآن") {
		t.Errorf("Arabic:\n%s", ar.stdout)
	}
	if arAfter.stdout != ar.stdout || arFirst.stdout != ar.stdout || arEnv.stdout != ar.stdout {
		t.Errorf("-lang ar after the file, before the command, or LC_ALL=ar_IQ give another output")
	}
	if !strings.Contains(ckbEnv.stdout, "ئاماژە بە هیچ قەوارەیەکی بەڵگەنامەکە ناکات") || !strings.Contains(ckbEnv.stdout, "پەڕگە پشکنرا") {
		t.Errorf("Sorani from LANG=ckb_IQ.UTF-8:\n%s", ckbEnv.stdout)
	}
	if frEnv.stdout != en.stdout {
		t.Errorf("an environment in a language without a catalogue should give English:\n%s", frEnv.stdout)
	}
	// The machine-read parts of a line stay as they are in every language: the position in
	// ASCII digits, the severity and the code in English.
	for _, out := range []string{ar.stdout, ckbEnv.stdout} {
		if !strings.Contains(out, path+":6:") || !strings.Contains(out, ": error: ") || !strings.Contains(out, "[ref.unresolved]") {
			t.Errorf("the position, severity or code is translated:\n%s", out)
		}
	}
}
