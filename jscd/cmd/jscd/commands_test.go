package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/jscd-go/jscd/jscd"
)

// compact is the us-iraq dataset on one line: it decodes, and is not in canonical form.
func compact(t *testing.T) string {
	t.Helper()
	var b bytes.Buffer
	if err := json.Compact(&b, []byte(readFile(t, usIraq))); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestFmt(t *testing.T) {
	canonical := readFile(t, usIraq)
	path := writeFile(t, "doc.json", compact(t))

	r := cmdline(t, "fmt", path).want(t, 0)
	if r.stdout != canonical {
		t.Errorf("fmt FILE does not write the canonical form")
	}
	r = runCall(t, call{args: []string{"fmt"}, stdin: compact(t)}).want(t, 0)
	if r.stdout != canonical {
		t.Errorf("fmt on standard input does not write the canonical form")
	}
	r = cmdline(t, "fmt", "-l", path, usIraq).want(t, 1)
	if r.stdout != path+"\n" {
		t.Errorf("fmt -l: %q", r.stdout)
	}
	cmdline(t, "fmt", "-l", usIraq, minimal).want(t, 0)

	r = cmdline(t, "fmt", "-d", path).want(t, 1)
	if got := applyDiff(t, compact(t), r.stdout); got != canonical {
		t.Errorf("fmt -d: the diff does not turn the file into its canonical form:\n%s", r.stdout)
	}
	if !strings.HasPrefix(r.stdout, "--- "+path+".orig\n+++ "+path+"\n@@ -1 +1,") {
		t.Errorf("fmt -d header:\n%.200s", r.stdout)
	}
	if readFile(t, path) != compact(t) {
		t.Fatal("fmt -l or -d changed the file")
	}

	if err := os.Chmod(path, 0o640); err != nil {
		t.Fatal(err)
	}
	r = cmdline(t, "fmt", "-w", "-l", path).want(t, 1)
	if readFile(t, path) != canonical || r.stdout != path+"\n" {
		t.Errorf("fmt -w -l: file not rewritten, or not listed (%q)", r.stdout)
	}
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o640 {
		t.Errorf("fmt -w changed the file's permissions: %v %v", info.Mode(), err)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("fmt -w left files behind: %v", entries)
	}
	cmdline(t, "fmt", "-w", path).want(t, 0) // already canonical: nothing to do
}

func TestFmtDoesNotWriteBadDocuments(t *testing.T) {
	for _, doc := range []string{malformedDoc, "", `{"format": "jscd/1", "bogus": 1}`} {
		path := writeFile(t, "doc.json", doc)
		r := cmdline(t, "fmt", "-w", path).want(t, 2)
		if readFile(t, path) != doc {
			t.Errorf("fmt -w wrote a document that does not decode: %q", doc)
		}
		if !strings.HasPrefix(r.stderr, path+":1:") || !strings.Contains(r.stderr, "[decode.") {
			t.Errorf("fmt: the decode problem is not reported with its position: %q", r.stderr)
		}
	}
}

// -w on a read-only file leaves it as it is and exits 2, even for root, who may write any file.
func TestFmtReadOnly(t *testing.T) {
	path := writeFile(t, "doc.json", compact(t))
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	r := cmdline(t, "fmt", "-w", path).want(t, 2)
	if readFile(t, path) != compact(t) {
		t.Error("fmt -w changed a read-only file")
	}
	if !strings.Contains(r.stderr, "read-only") {
		t.Errorf("stderr %q", r.stderr)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o444 {
		t.Errorf("mode %v", info.Mode())
	}
}

// -w through a symbolic link rewrites the file it names and keeps the link.
func TestFmtSymlink(t *testing.T) {
	path := writeFile(t, "doc.json", compact(t))
	link := filepath.Join(t.TempDir(), "link.json")
	if err := os.Symlink(path, link); err != nil {
		t.Skip("no symbolic links:", err)
	}
	cmdline(t, "fmt", "-w", link).want(t, 0)
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced")
	}
	if readFile(t, path) != readFile(t, usIraq) {
		t.Error("the file the link names was not rewritten")
	}
}

// applyDiff applies a unified diff of one file to old.
func applyDiff(t *testing.T, old, diff string) string {
	t.Helper()
	lines := splitLines([]byte(old))
	var out []string
	at := 0
	d := strings.Split(diff, "\n")
	for i := 2; i < len(d); i++ {
		l := d[i]
		switch {
		case strings.HasPrefix(l, "@@"):
			var a, b, c, e int
			if n, _ := sscanRange(l, &a, &b, &c, &e); n == 0 {
				t.Fatalf("bad hunk header %q", l)
			}
			start := a - 1
			if b == 0 {
				start = a
			}
			out = append(out, lines[at:start]...)
			at = start
		case strings.HasPrefix(l, " "):
			out = append(out, l[1:]+"\n")
			at++
		case strings.HasPrefix(l, "-"):
			at++
		case strings.HasPrefix(l, "+"):
			out = append(out, l[1:]+"\n")
		case strings.HasPrefix(l, `\ No newline`):
			if d[i-1][0] != '-' {
				out[len(out)-1] = strings.TrimSuffix(out[len(out)-1], "\n")
			}
		}
	}
	out = append(out, lines[at:]...)
	return strings.Join(out, "")
}

// sscanRange reads "@@ -a[,b] +c[,e] @@"; a count left out is 1.
func sscanRange(l string, a, b, c, e *int) (int, error) {
	l = strings.TrimSuffix(strings.TrimPrefix(l, "@@ -"), " @@")
	old, new, ok := strings.Cut(l, " +")
	if !ok {
		return 0, nil
	}
	parse := func(s string, start, count *int) {
		*count = 1
		x, y, has := strings.Cut(s, ",")
		*start = atoi(x)
		if has {
			*count = atoi(y)
		}
	}
	parse(old, a, b)
	parse(new, c, e)
	return 4, nil
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

func TestUnifiedDiffApplies(t *testing.T) {
	cases := [][2]string{
		{"a\nb\nc\n", "a\nc\n"},
		{"a\nb\nc\n", "a\nb\nc\nd\n"},
		{"", "x\n"},
		{"x\n", ""},
		{"a\nb", "a\nb\n"},
		{"a\nb\n", "a\nc"},
		{strings.Repeat("l\n", 20) + "x\n" + strings.Repeat("m\n", 20), strings.Repeat("l\n", 20) + "y\n" + strings.Repeat("m\n", 20) + "z\n"},
		{"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n", "0\n1\n2\n3\n5\n6\n7\n8\n10\n11\n"},
	}
	for _, c := range cases {
		d := string(unifiedDiff("a", "b", []byte(c[0]), []byte(c[1])))
		if got := applyDiff(t, c[0], d); got != c[1] {
			t.Errorf("diff of %q → %q:\n%s\napplies to %q", c[0], c[1], d, got)
		}
	}
	// A large difference (a minified document against its indented form) takes no time.
	if d := unifiedDiff("a", "b", []byte(compact(t)), []byte(readFile(t, usIraq))); applyDiff(t, compact(t), string(d)) != readFile(t, usIraq) {
		t.Error("the diff of the dataset does not apply")
	}
}

func TestDiff(t *testing.T) {
	r := cmdline(t, "diff", usIraq, usIraq).want(t, 0)
	if r.stdout != "" {
		t.Errorf("same documents: %q", r.stdout)
	}
	r = cmdline(t, "diff", usIraq2021, usIraq).want(t, 1)
	for _, w := range []string{
		`~ framework /title/en: "US-Iraq security cooperation framework (July 2021)" → "US-Iraq security cooperation framework (August 2023)"`,
		"+ instruments jscd: US-Iraq Joint Security Cooperation Dialogue",
		"+ stakeholders sabit-al-abbasi: Sabit al-Abbasi",
	} {
		if !strings.Contains(r.stdout, w+"\n") {
			t.Errorf("diff lacks %q:\n%s", w, r.stdout)
		}
	}
	r = cmdline(t, "diff", "-lang", "ar", usIraq2021, usIraq).want(t, 1)
	if !strings.Contains(r.stdout, "+ stakeholders sabit-al-abbasi: ثابت العباسي\n") {
		t.Errorf("diff -lang ar does not name an added entity in Arabic:\n%s", r.stdout)
	}
	r = cmdline(t, "diff", "-format", "json", usIraq2021, usIraq).want(t, 1)
	var changes []jscd.Change
	if err := json.Unmarshal([]byte(r.stdout), &changes); err != nil || len(changes) == 0 {
		t.Errorf("diff -format json: %v %d", err, len(changes))
	}
	r = cmdline(t, "diff", "-format", "json", usIraq, usIraq).want(t, 0)
	if strings.TrimSpace(r.stdout) != "[]" {
		t.Errorf("no changes in JSON: %q", r.stdout)
	}
	bad := writeFile(t, "bad.json", malformedDoc)
	r = cmdline(t, "diff", usIraq, bad).want(t, 2)
	if !strings.Contains(r.stderr, bad+":1:28: error:") {
		t.Errorf("stderr %q", r.stderr)
	}
}

func TestStatus(t *testing.T) {
	r := cmdline(t, "status", "-as-of", "2022-01-01", usIraq).want(t, 0)
	for _, w := range []string{
		"Commitments on 2022-01-01:",
		"overdue       us-combat-forces-leave-iraq-by-end-2021",
		"agreed since 2021-07-23",
		"In all: overdue: 1, not yet made: 9",
	} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("status lacks %q:\n%s", w, r.stdout)
		}
	}
	if !regexp.MustCompile(`strategic-dialogue +2020/2021 +ended`).MatchString(r.stdout) {
		t.Errorf("status does not say the Strategic Dialogue has ended:\n%s", r.stdout)
	}
	// An instrument with a lifecycle stands where its steps leave it on the day.
	r = cmdline(t, "status", "-as-of", "2020-07-01", "../../testdata/valid/alliance.json").want(t, 0)
	for _, re := range []string{
		`suspended +logistics-arrangement +suspended since 2020-03-01`,
		`active +visiting-forces-agreement +notice suspended since 2020-06-01`,
		`terminated +military-bases-agreement +terminated since 1992-11-24`,
	} {
		if !regexp.MustCompile(re).MatchString(r.stdout) {
			t.Errorf("status lacks %q:\n%s", re, r.stdout)
		}
	}
	r = cmdline(t, "status", usIraq, "-as-of", "2022-01-01", "-format", "json").want(t, 0)
	var report struct {
		AsOf        string
		Commitments []struct{ ID, Due string }
	}
	if err := json.Unmarshal([]byte(r.stdout), &report); err != nil || report.Commitments[0].Due != "overdue" || !strings.HasPrefix(report.AsOf, "2022-01-01") {
		t.Errorf("status -format json: %v %+v", err, report)
	}
	r = cmdline(t, "status", "-lang", "ckb", "-as-of", "2024-01-01", usIraq).want(t, 0)
	if !strings.Contains(r.stdout, "دواکەوتوو") || !strings.Contains(r.stdout, "پابەندبوونەکان لە 2024-01-01:") {
		t.Errorf("status in Sorani:\n%s", r.stdout)
	}
	cmdline(t, "status", writeFile(t, "bad.json", "")).want(t, 2)
}

func TestTimeline(t *testing.T) {
	r := cmdline(t, "timeline", usIraq).want(t, 0)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) < 10 || !strings.HasPrefix(lines[0], "2008 ") {
		t.Errorf("timeline:\n%s", r.stdout)
	}
	if !strings.Contains(r.stdout, "2023-07-31~") || !strings.Contains(r.stdout, "status change: agreed") {
		t.Errorf("timeline lacks the approximate date or a status change:\n%s", r.stdout)
	}
	r = cmdline(t, "timeline", "-format", "json", usIraq).want(t, 0)
	var entries []jscd.TimelineEntry
	if err := json.Unmarshal([]byte(r.stdout), &entries); err != nil || len(entries) != len(lines) {
		t.Errorf("timeline -format json: %v, %d entries for %d lines", err, len(entries), len(lines))
	}
}

func TestSearch(t *testing.T) {
	for _, q := range [][]string{{"sudani"}, {"Al-Sudani"}, {"السوداني"}, {"mohammed", "shia"}} {
		r := cmdline(t, append([]string{"search", usIraq}, q...)...).want(t, 0)
		if !strings.HasPrefix(r.stdout, "mohammed-shia-al-sudani ") {
			t.Errorf("search %v:\n%s", q, r.stdout)
		}
	}
	r := cmdline(t, "search", "-lang", "ar", usIraq, "abbasi").want(t, 0)
	if !strings.Contains(r.stdout, "ثابت العباسي") {
		t.Errorf("search -lang ar:\n%s", r.stdout)
	}
	r = cmdline(t, "search", usIraq, "nobody-at-all").want(t, 1)
	if r.stdout != "" || !strings.Contains(r.stderr, `nothing matches "nobody-at-all"`) {
		t.Errorf("no match: %+v", r)
	}
	r = cmdline(t, "search", "-format", "json", usIraq, "nobody").want(t, 1)
	if strings.TrimSpace(r.stdout) != "[]" {
		t.Errorf("no match in JSON: %q", r.stdout)
	}
}

func TestExportCSV(t *testing.T) {
	r := cmdline(t, "export", "-to", "csv", "-as-of", "2022-01-01", usIraq).want(t, 0)
	if !strings.Contains(r.stdout, "\r\n") {
		t.Error("CSV lines do not end in CRLF (RFC 4180)")
	}
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 11 || strings.Join(rows[0], ",") != strings.Join(csvHeader, ",") {
		t.Fatalf("%d rows, header %v", len(rows), rows[0])
	}
	first := map[string]string{}
	for i, h := range rows[0] {
		first[h] = rows[1][i]
	}
	want := map[string]string{
		"id": "us-combat-forces-leave-iraq-by-end-2021", "by": "united-states;iraq", "due": "2021",
		"status": "agreed", "since": "2021-07-23", "due_state": "overdue", "as_of": "2022-01-01",
		"text": "US combat forces to leave Iraq by the end of 2021.",
	}
	for k, v := range want {
		if first[k] != v {
			t.Errorf("%s = %q, want %q", k, first[k], v)
		}
	}
	r = cmdline(t, "export", "-to", "csv", "-lang", "ar", usIraq).want(t, 0)
	if !strings.Contains(r.stdout, "مغادرة القوات القتالية الأمريكية") {
		t.Error("CSV text not in Arabic with -lang ar")
	}
}

func TestExportJSON(t *testing.T) {
	r := cmdline(t, "export", "-to", "json", "-as-of", "2022-01-01", usIraq).want(t, 0)
	var report struct {
		Counts  map[string]int
		ByParty []struct{ Party string }
	}
	if err := json.Unmarshal([]byte(r.stdout), &report); err != nil {
		t.Fatal(err)
	}
	if report.Counts["overdue"] != 1 || len(report.ByParty) == 0 || report.ByParty[0].Party == "" {
		t.Errorf("report %+v", report)
	}
}

func TestExportICS(t *testing.T) {
	r := runCall(t, call{args: []string{"export", "-to", "ics", usIraq}, env: []string{"SOURCE_DATE_EPOCH=1700000000"}}).want(t, 0)
	ics := r.stdout
	for _, w := range []string{
		"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",
		"UID:jscd-talks-2023-08@us-iraq.jscd\r\nDTSTAMP:20231114T221320Z\r\nDTSTART;VALUE=DATE:20230807\r\nDTEND;VALUE=DATE:20230809\r\n",
		"SUMMARY;LANGUAGE=en:JSCD talks in Washington\r\n",
		"DTSTART;VALUE=DATE:20230731\r\nDTEND;VALUE=DATE:20230801\r\n",
		"(2023-07-31~\\, approximate date)",
		"END:VCALENDAR\r\n",
	} {
		if !strings.Contains(unfold(ics), w) {
			t.Errorf("calendar lacks %q", w)
		}
	}
	for _, l := range strings.Split(ics, "\r\n") {
		if len(l) > 75 {
			t.Errorf("line longer than 75 octets: %q", l)
		}
	}
	if strings.Count(ics, "BEGIN:VEVENT") != 8 {
		t.Errorf("%d events, want 8", strings.Count(ics, "BEGIN:VEVENT"))
	}
}

// unfold undoes the folding of iCalendar lines.
func unfold(s string) string { return strings.ReplaceAll(s, "\r\n ", "") }

func TestICSFoldsWithinCharacters(t *testing.T) {
	w := &icsWriter{}
	w.line("SUMMARY:" + strings.Repeat("العراق ", 30))
	for _, l := range strings.Split(strings.TrimSuffix(w.b.String(), "\r\n"), "\r\n") {
		if len(l) > 75 || !utf8Valid(l) {
			t.Errorf("bad folded line %q", l)
		}
	}
	if unfold(w.b.String()) != "SUMMARY:"+strings.Repeat("العراق ", 30)+"\r\n" {
		t.Error("folding loses text")
	}
	if got := icsText("a,b;c\\d\ne"); got != `a\,b\;c\\d\ne` {
		t.Errorf("icsText: %q", got)
	}
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

func TestExportDOT(t *testing.T) {
	r := cmdline(t, "export", "-to", "dot", usIraq).want(t, 0)
	for _, w := range []string{
		`digraph "us-iraq" {`,
		`"jscd" -> "strategic-framework-agreement" [label="based on", style=bold];`,
		`"strategic-dialogue-round-4" -> "strategic-dialogue" [style=dotted, arrowhead=none];`,
		`shape=box3d`,
	} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("graph lacks %q:\n%s", w, r.stdout)
		}
	}
	if got := dotQuote("a \"b\" \\ c\nd"); got != `"a \"b\" \\ c\nd"` {
		t.Errorf("dotQuote: %s", got)
	}
}

func TestSchema(t *testing.T) {
	r := cmdline(t, "schema").want(t, 0)
	if r.stdout != readFile(t, "../../../docs/schema/jscd-1.schema.json") {
		t.Error("jscd schema differs from docs/schema/jscd-1.schema.json: run go generate ./jscd/...")
	}
}

func TestRules(t *testing.T) {
	r := cmdline(t, "rules").want(t, 0)
	for _, rule := range jscd.Rules() {
		if !strings.Contains(r.stdout, "  "+string(rule.Code)+" ") {
			t.Errorf("rules lacks %s", rule.Code)
		}
	}
	r = cmdline(t, "rules", "-format", "json", "-lang", "ckb").want(t, 0)
	var rules []struct{ Code, Family, Severity, Summary string }
	if err := json.Unmarshal([]byte(r.stdout), &rules); err != nil || len(rules) != len(jscd.Rules()) {
		t.Fatalf("%v, %d rules", err, len(rules))
	}
	if rules[0].Summary == jscd.Rules()[0].Summary {
		t.Errorf("summary not in Sorani: %q", rules[0].Summary)
	}
}

func TestVersion(t *testing.T) {
	r := cmdline(t, "version").want(t, 0)
	if !strings.HasPrefix(r.stdout, "jscd ") || !strings.Contains(r.stdout, " go1.") {
		t.Errorf("version: %q", r.stdout)
	}
}
