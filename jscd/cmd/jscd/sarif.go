package main

import (
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/jscd-go/jscd/jscd"
)

// The SARIF 2.1.0 log that vet -format sarif writes: one run of the tool, with one rule per code
// (every validation rule and every decode problem) and one result per issue. Only the members
// used are declared; the nested test module jscd/cmd/jscd/peers checks the output against the
// official SARIF 2.1.0 JSON Schema.

const sarifSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	Language    string            `json:"language,omitempty"`
	ColumnKind  string            `json:"columnKind"`
	Results     []sarifResult     `json:"results"`
	Properties  map[string]any    `json:"properties,omitempty"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	Version         string      `json:"version,omitempty"`
	SemanticVersion string      `json:"semanticVersion,omitempty"`
	InformationURI  string      `json:"informationUri"`
	Rules           []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	ShortDescription     sarifText      `json:"shortDescription"`
	Help                 sarifText      `json:"help"`
	HelpURI              string         `json:"helpUri"`
	DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
	Properties           map[string]any `json:"properties"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifResult struct {
	RuleID     string          `json:"ruleId"`
	RuleIndex  int             `json:"ruleIndex"`
	Level      string          `json:"level"`
	Message    sarifText       `json:"message"`
	Locations  []sarifLocation `json:"locations"`
	Properties map[string]any  `json:"properties,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical  `json:"physicalLocation"`
	LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
}

type sarifLogical struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

// catalogue is every code vet can report, with its family, severity and summary: the decode
// problems, then the validation rules of jscd.Rules.
type ruleEntry struct {
	code     jscd.Code
	family   string
	severity jscd.Severity
	summary  string // English; a key of the command's catalogue
	helpURI  string
}

// decodeSummaries are the summaries of the decode problems, which jscd.Rules does not list
// (they are not validation rules: Decode stops at the first).
var decodeSummaries = []struct {
	code    jscd.Code
	summary string
}{
	{jscd.CodeDecodeSyntax, "The document is well-formed JSON."},
	{jscd.CodeDecodeUnknownField, "Every member is one the format defines at its place."},
	{jscd.CodeDecodeDuplicateKey, "No object has the same key twice."},
	{jscd.CodeDecodeType, "Every value has the JSON type its member expects."},
	{jscd.CodeDecodeTrailingData, "Nothing but white space follows the document."},
	{jscd.CodeDecodeTooLarge, "The document is within the size and nesting limits."},
	{jscd.CodeDecodeLanguageTag, "The keys of a text are BCP 47 language tags."},
	{jscd.CodeDecodeFormat, "The document's format member is \"jscd/1\"."},
	{jscd.CodeDecodeRead, "The input can be read."},
}

const docsURL = "https://github.com/jscd-go/jscd/blob/main/docs/"

func ruleCatalogue() []ruleEntry {
	var out []ruleEntry
	for _, d := range decodeSummaries {
		out = append(out, ruleEntry{d.code, "decode", jscd.SeverityError, d.summary, docsURL + "format.md#decode-errors"})
	}
	for _, r := range jscd.Rules() {
		out = append(out, ruleEntry{r.Code, r.Family, r.Severity, r.Summary, docsURL + "rules.md#" + anchor(string(r.Code))})
	}
	return out
}

// anchor is the anchor GitHub gives the heading "### `code`" of docs/rules.md: lower case,
// with every character but letters, digits, "-" and "_" dropped.
func anchor(code string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		}
		return -1
	}, code)
}

func sarifLevel(s jscd.Severity) string {
	switch s {
	case jscd.SeverityError:
		return "error"
	case jscd.SeverityWarning:
		return "warning"
	}
	return "note"
}

// artifactURI turns a file name as given into a URI reference: a relative path stays relative
// (code-scanning tools resolve it against the repository), an absolute one becomes a file URL.
func artifactURI(name string) string {
	slashed := filepath.ToSlash(name)
	if filepath.IsAbs(name) {
		if !strings.HasPrefix(slashed, "/") {
			slashed = "/" + slashed // C:/x on Windows
		}
		return (&url.URL{Scheme: "file", Path: slashed}).String()
	}
	return (&url.URL{Path: slashed}).String()
}

func (c *ctx) vetSARIF(w io.Writer, r *vetReport) error {
	rules := ruleCatalogue()
	index := map[jscd.Code]int{}
	run := sarifRun{
		ColumnKind:  "unicodeCodePoints",
		Invocations: []sarifInvocation{{ExecutionSuccessful: len(r.errors) == 0}},
		Results:     []sarifResult{},
	}
	// SARIF's run.language is a two-letter ISO 639-1 code; Sorani has none (ckb is ISO 639-3),
	// so it is said in the run's properties instead.
	if lang := c.tag.String(); len(lang) == 2 {
		run.Language = lang
	} else {
		run.Properties = map[string]any{"language": lang}
	}
	d := sarifDriver{Name: "jscd", InformationURI: "https://github.com/jscd-go/jscd", Rules: []sarifRule{}}
	d.Version, d.SemanticVersion = versions()
	for i, e := range rules {
		index[e.code] = i
		summary := c.p.Sprintf(e.summary)
		d.Rules = append(d.Rules, sarifRule{
			ID:                   string(e.code),
			ShortDescription:     sarifText{summary},
			Help:                 sarifText{summary + " " + c.p.Sprintf("See %s", e.helpURI)},
			HelpURI:              e.helpURI,
			DefaultConfiguration: sarifConfig{sarifLevel(e.severity)},
			Properties:           map[string]any{"tags": []string{"jscd", e.family}},
		})
	}
	run.Tool.Driver = d
	for _, e := range r.errors {
		run.Invocations[0].ToolExecutionNotifications = append(run.Invocations[0].ToolExecutionNotifications, sarifNotification{
			Level:     "error",
			Message:   sarifText{e.message},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{artifactURI(e.file)}}}},
		})
	}
	for _, is := range r.issues {
		loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{artifactURI(is.file)}}}
		if is.Line > 0 {
			loc.PhysicalLocation.Region = &sarifRegion{StartLine: is.Line, StartColumn: is.Column}
		}
		if len(is.Path) > 0 {
			// The JSON Pointer of the value, as the logical location: "member" for an object
			// member, "element" for an array element (SARIF's words for them).
			kind := "member"
			if last := is.Path[len(is.Path)-1]; last != "" && strings.Trim(last, "0123456789") == "" {
				kind = "element"
			}
			loc.LogicalLocations = []sarifLogical{{FullyQualifiedName: is.Path.String(), Kind: kind}}
		}
		res := sarifResult{
			RuleID:    string(is.Code),
			RuleIndex: index[is.Code],
			Level:     sarifLevel(is.Severity),
			Message:   sarifText{is.Message(c.p).String()},
			Locations: []sarifLocation{loc},
		}
		if _, ok := index[is.Code]; !ok {
			res.RuleIndex = -1 // a code the catalogue does not list (none should be)
		}
		if is.Suggestion != "" {
			res.Properties = map[string]any{"suggestion": is.Suggestion}
		}
		run.Results = append(run.Results, res)
	}
	return writeJSON(w, sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}
