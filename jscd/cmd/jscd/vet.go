package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/jscd-go/jscd/jscd"
)

const vetHelp = `Vet checks each document against the format and every validation rule, and reports every problem at once, each at its line and column. A directory stands for every *.json file under it (names beginning with "." are skipped); "-" is standard input.

With -format text (the default), each problem is a line as compilers write them, which editors and CI read:

    file:line:column: severity: message [code]

then a summary line. The severity (error, warning, info) and the code stay in English in every language; the message is in the language of -lang. -format json writes one JSON document with every issue (file, line, column, path, code, severity, message, suggestion); -format sarif writes SARIF 2.1.0, for code-scanning tools.

-severity sets the least serious problem shown (warnings by default; info shows the hints). A document fails on errors, and on warnings too with -warnings-as-errors; failing problems are always shown. -as-of turns on the rules about the present (a commitment overdue on that day, an event or a status change dated after it).`

const vetExits = `  0  no document has a failing problem
  1  a document has errors (or warnings, with -warnings-as-errors)
  2  a usage error, a file that cannot be read, or a document that does not decode`

var vetCommand = &command{
	name:     "vet",
	args:     "[flags] FILE|DIR|-...",
	synopsis: "check documents against every rule",
	help:     vetHelp,
	exits:    vetExits,
	setup:    setupVet,
}

type vetOptions struct {
	format, severity, asOf, disable string
	warningsAsErrors                bool
}

func setupVet(c *ctx) func([]string) int {
	var o vetOptions
	asOf := c.asOfFlag("turn on the rules about the present, judged on this day")
	c.fs.StringVar(&o.disable, "disable", "", c.p.Sprintf("rules to turn off, by code, separated by commas"))
	c.meta["disable"] = "CODE,..."
	c.fs.StringVar(&o.format, "format", "text", c.p.Sprintf("output format: text, json or sarif"))
	c.meta["format"] = "text|json|sarif"
	c.fs.StringVar(&o.severity, "severity", "warning", c.p.Sprintf("least serious problem shown: error, warning or info"))
	c.meta["severity"] = "error|warning|info"
	c.fs.BoolVar(&o.warningsAsErrors, "warnings-as-errors", false, c.p.Sprintf("fail on warnings as well as on errors"))
	return func(args []string) int {
		o.asOf = *asOf
		return c.vet(o, args)
	}
}

// vetReport is what vet found, in the order of the inputs.
type vetReport struct {
	files    int
	issues   []fileIssue
	errors   []fileError // inputs that could not be read
	counts   [3]int      // shown issues by severity
	hidden   int         // issues below -severity
	status   int
	showInfo bool
}

type fileIssue struct {
	file string
	*jscd.Issue
}

type fileError struct {
	file, message string
}

func (c *ctx) vet(o vetOptions, args []string) int {
	if !c.wantArgs(args, 1, -1) ||
		!c.oneOf("format", o.format, "text", "json", "sarif") ||
		!c.oneOf("severity", o.severity, "error", "warning", "info") {
		return exitTrouble
	}
	var opts []jscd.CheckOption
	if o.asOf != "" {
		day, ok := c.parseDay(o.asOf)
		if !ok {
			return exitTrouble
		}
		opts = append(opts, jscd.AsOf(day))
	}
	if o.disable != "" {
		var codes []jscd.Code
		known := map[jscd.Code]bool{}
		for _, r := range jscd.Rules() {
			known[r.Code] = true
		}
		for code := range strings.SplitSeq(o.disable, ",") {
			code = strings.TrimSpace(code)
			if !known[jscd.Code(code)] {
				return c.usageError(c.p.Sprintf("unknown rule %q in -disable; 'jscd rules' lists them", code))
			}
			codes = append(codes, jscd.Code(code))
		}
		opts = append(opts, jscd.DisableRules(codes...))
	}
	shown := map[string]jscd.Severity{"error": jscd.SeverityError, "warning": jscd.SeverityWarning, "info": jscd.SeverityInfo}[o.severity]
	failing := jscd.SeverityError
	if o.warningsAsErrors {
		failing = jscd.SeverityWarning
	}
	shown = max(shown, failing) // failing problems are always shown

	ins, ok := c.inputs(args)
	r := &vetReport{showInfo: shown == jscd.SeverityInfo}
	if !ok {
		r.status = exitTrouble
	}
	for _, in := range ins {
		data, err := c.read(in)
		if err != nil {
			msg := c.fileError(err)
			c.fail(msg)
			r.errors = append(r.errors, fileError{in.name, msg})
			r.status = exitTrouble
			continue
		}
		r.files++
		f, issues := jscd.CheckBytes(data, opts...)
		// In the order of the text, as compilers report, rather than the library's order of
		// paths; issues at one place keep that order.
		slices.SortStableFunc(issues, func(a, b *jscd.Issue) int {
			return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
		})
		if f == nil {
			r.status = exitTrouble
		}
		for _, is := range issues {
			if is.Severity <= failing && r.status < exitFound {
				r.status = exitFound
			}
			if is.Severity > shown {
				r.hidden++
				continue
			}
			r.counts[is.Severity]++
			r.issues = append(r.issues, fileIssue{in.name, is})
		}
	}
	var err error
	switch o.format {
	case "json":
		err = c.vetJSON(c.stdout, r)
	case "sarif":
		err = c.vetSARIF(c.stdout, r)
	default:
		err = c.vetText(c.stdout, r)
	}
	if err != nil {
		c.fail(err.Error())
		return exitTrouble
	}
	return r.status
}

func (c *ctx) vetText(w io.Writer, r *vetReport) error {
	for _, is := range r.issues {
		if _, err := fmt.Fprintln(w, c.issueLine(is.file, is.Issue)); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(w, c.summary(r))
	return err
}

// summary is the closing line of the text output: "checked 2 files: 1 error, 3 warnings; 9
// notes not shown (-severity info shows them)".
func (c *ctx) summary(r *vetReport) string {
	p := c.p
	var parts []string
	if n := r.counts[jscd.SeverityError]; n > 0 {
		parts = append(parts, p.Sprintf("%d errors", n))
	}
	if n := r.counts[jscd.SeverityWarning]; n > 0 {
		parts = append(parts, p.Sprintf("%d warnings", n))
	}
	if n := r.counts[jscd.SeverityInfo]; n > 0 {
		parts = append(parts, p.Sprintf("%d notes", n))
	}
	found := p.Sprintf("no problems")
	if len(parts) > 0 {
		found = strings.Join(parts, p.Sprintf(", "))
	}
	s := p.Sprintf("%s: %s", p.Sprintf("checked %d files", r.files), found)
	if r.hidden > 0 {
		s += p.Sprintf("; %d notes not shown (-severity info shows them)", r.hidden)
	}
	if len(r.errors) > 0 {
		s += p.Sprintf("; %d files could not be read", len(r.errors))
	}
	return s
}

// jsonIssue is one issue of vet -format json: the members of jscd.Issue's JSON, with the file
// first and the message in the reader's language.
type jsonIssue struct {
	File       string    `json:"file"`
	Line       int       `json:"line"`
	Column     int       `json:"column"`
	Path       jscd.Path `json:"path"`
	Code       jscd.Code `json:"code"`
	Severity   string    `json:"severity"`
	Message    string    `json:"message"`
	Suggestion string    `json:"suggestion,omitempty"`
}

type jsonVet struct {
	Files  int            `json:"files"`
	Issues []jsonIssue    `json:"issues"`
	Errors []jsonFileErr  `json:"errors"`
	Counts map[string]int `json:"counts"`
	Hidden int            `json:"hidden"`
}

type jsonFileErr struct {
	File    string `json:"file"`
	Message string `json:"message"`
}

func (c *ctx) vetJSON(w io.Writer, r *vetReport) error {
	out := jsonVet{
		Files:  r.files,
		Issues: []jsonIssue{},
		Errors: []jsonFileErr{},
		Counts: map[string]int{"error": r.counts[0], "warning": r.counts[1], "info": r.counts[2]},
		Hidden: r.hidden,
	}
	for _, is := range r.issues {
		out.Issues = append(out.Issues, jsonIssue{
			File: is.file, Line: is.Line, Column: is.Column, Path: is.Path, Code: is.Code,
			Severity: is.Severity.String(), Message: is.Message(c.p).String(), Suggestion: is.Suggestion,
		})
	}
	for _, e := range r.errors {
		out.Errors = append(out.Errors, jsonFileErr{e.file, e.message})
	}
	return writeJSON(w, out)
}

// writeJSON writes v as indented JSON, without escaping <, > and &.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
