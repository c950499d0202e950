package main

import (
	"bytes"
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"testing"
)

// committed is the schema file as committed, relative to this directory.
const committed = "../../../docs/schema/jscd-1.schema.json"

// TestSchemaIsCurrent fails when the committed schema differs from what the generator writes
// for the current Go types and doc comments: run go generate ./jscd/... and commit.
func TestSchemaIsCurrent(t *testing.T) {
	want, err := generate("../..")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is stale: run go generate ./jscd/... and commit the result", committed)
	}
}

// TestPatterns checks the hand-written patterns against values the library accepts and
// rejects.
func TestPatterns(t *testing.T) {
	tests := []struct {
		name, pattern string
		match, reject []string
	}{
		{"date", datePattern,
			[]string{"2008", "2023-08", "2023-08-07", "2001-21", "201X", "2004-XX", "1985-04-XX",
				"-1985", "Y170000002", "2021?", "2021~", "2021%", "2023-07-31~", "2020/2021",
				"2008/..", "../2008", "2008/", "/2008", "2023-08-07/2023-08-08", "2004-06~/2006?"},
			[]string{"", "21", "2023-8", "2023/08/07", "July 2021", "2023-08-07T10:00", "2021??", " 2021"}},
		{"id", idPattern,
			[]string{"jscd", "round-4", "us-iraq-2021"},
			[]string{"", "JSCD", "-a", "a-", "a--b", "a_b", "a b"}},
		{"language tag", languageTagPattern,
			[]string{"en", "ar", "ckb", "ar-Latn", "en-US", "zh-Hant-TW", "x-private", "i-klingon"},
			[]string{"", "e", "en_US", "en-", "ar iq", "en.US"}},
		{"country", countryPattern, []string{"US", "IQ"}, []string{"us", "USA", ""}},
		{"url", urlPattern,
			[]string{"https://example.org/a?b#c", "http://example.org"},
			[]string{"ftp://example.org", "https://", "example.org", "https://a b"}},
	}
	for _, tt := range tests {
		re := regexp.MustCompile(tt.pattern)
		for _, s := range tt.match {
			if !re.MatchString(s) {
				t.Errorf("%s pattern rejects %q", tt.name, s)
			}
		}
		for _, s := range tt.reject {
			if re.MatchString(s) {
				t.Errorf("%s pattern accepts %q", tt.name, s)
			}
		}
	}
}

// TestSchemaShape checks a few choices a reader of docs/schema.md relies on.
func TestSchemaShape(t *testing.T) {
	b, err := generate("../..")
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Defs map[string]struct {
			Required             []string        `json:"required"`
			Enum                 []string        `json:"enum"`
			Examples             []string        `json:"examples"`
			AdditionalProperties json.RawMessage `json:"additionalProperties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	checkRequired := map[string][]string{
		"Framework":  {"format", "id", "title"},
		"Instrument": {"id", "kind", "name", "parties"},
		"Event":      {"id", "kind", "name", "date", "sources"},
		"Commitment": {"id", "by", "text", "strength", "sources"},
	}
	for def, want := range checkRequired {
		if got := s.Defs[def].Required; !slices.Equal(got, want) {
			t.Errorf("%s requires %v, want %v", def, got, want)
		}
	}
	if len(s.Defs["Area"].Enum) != 0 || len(s.Defs["Area"].Examples) == 0 {
		t.Error("Area must list the defined areas as examples, not as an enumeration")
	}
	if len(s.Defs["StakeholderKind"].Enum) == 0 {
		t.Error("StakeholderKind must be an enumeration")
	}
	for _, def := range []string{"Framework", "Stakeholder", "Event", "StatusChange"} {
		if string(s.Defs[def].AdditionalProperties) != "false" {
			t.Errorf("%s allows unknown members", def)
		}
	}
}
