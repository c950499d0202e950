package jscd

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// docRule is one rule as docs/rules.md describes it.
type docRule struct {
	code          Code
	severity      string
	asOf          string
	fails, passes string
	summary       string // from the table of all rules
}

// rulesDoc is the catalogue of rules for users.
var rulesDoc = filepath.Join("..", "docs", "rules.md")

// parseRulesDoc reads the rule sections of docs/rules.md ("### `code`" headings, a
// "Severity:" line, an optional "As of:" line, and the JSON blocks after "Fails:" and
// "Passes:") and the base document shown under "How the examples run".
func parseRulesDoc(t *testing.T) (rules []docRule, base string) {
	t.Helper()
	data, err := os.ReadFile(rulesDoc)
	if err != nil {
		t.Fatal(err)
	}
	var cur *docRule
	summaries := map[Code]string{}
	var block *string // where the next JSON block goes
	var inBlock bool
	var buf strings.Builder
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case inBlock && line == "```":
			inBlock = false
			if block != nil {
				*block = buf.String()
				block = nil
			}
		case inBlock:
			buf.WriteString(line + "\n")
		case line == "```json":
			inBlock = true
			buf.Reset()
		case strings.HasPrefix(line, "| [`"):
			cells := strings.Split(line, " | ")
			code := strings.TrimPrefix(cells[0], "| [`")
			code, _, _ = strings.Cut(code, "`")
			summaries[Code(code)] = strings.TrimSuffix(cells[len(cells)-1], " |")
		case strings.HasPrefix(line, "## How the examples run"):
			block = &base
		case strings.HasPrefix(line, "### `"):
			code := strings.TrimSuffix(strings.TrimPrefix(line, "### `"), "`")
			rules = append(rules, docRule{code: Code(code)})
			cur = &rules[len(rules)-1]
		case cur != nil && strings.HasPrefix(line, "Severity: "):
			cur.severity = strings.Fields(strings.TrimPrefix(line, "Severity: "))[0]
		case cur != nil && strings.HasPrefix(line, "As of: "):
			cur.asOf = strings.TrimSpace(strings.TrimPrefix(line, "As of: "))
		case cur != nil && line == "Fails:":
			block = &cur.fails
		case cur != nil && line == "Passes:":
			block = &cur.passes
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for k := range rules {
		rules[k].summary = summaries[rules[k].code]
	}
	return rules, base
}

// mergeSnippet merges an example of docs/rules.md into the base document: arrays are
// appended, other members replace the base's, and the arrays named in "$replace" replace.
func mergeSnippet(base, snippet []byte) ([]byte, error) {
	var doc, add map[string]any
	if err := json.Unmarshal(base, &doc); err != nil {
		return nil, err
	}
	if err := json.Unmarshal(snippet, &add); err != nil {
		return nil, err
	}
	var replace []string
	if r, ok := add["$replace"].([]any); ok {
		for _, name := range r {
			replace = append(replace, name.(string))
		}
	}
	delete(add, "$replace")
	for k, v := range add {
		old, isArray := doc[k].([]any)
		if isArray && !slices.Contains(replace, k) {
			doc[k] = append(old, v.([]any)...)
			continue
		}
		doc[k] = v
	}
	return json.Marshal(doc)
}

// checkSnippet merges a snippet into the base, decodes it strictly with encoding/json and
// checks it.
func checkSnippet(t *testing.T, base []byte, snippet, asOf string) []*Issue {
	t.Helper()
	merged, err := mergeSnippet(base, []byte(snippet))
	if err != nil {
		t.Fatalf("merging %s: %v", snippet, err)
	}
	dec := json.NewDecoder(bytes.NewReader(merged))
	dec.DisallowUnknownFields()
	var f Framework
	if err := dec.Decode(&f); err != nil {
		t.Fatalf("decoding %s: %v", snippet, err)
	}
	var opts []CheckOption
	if asOf != "" {
		day, err := time.Parse(time.DateOnly, asOf)
		if err != nil {
			t.Fatal(err)
		}
		opts = append(opts, AsOf(day))
	}
	return f.Check(opts...)
}

// TestRulesDocMatchesCatalogue keeps docs/rules.md and the rules of the package in step: the
// same codes and severities, and examples that behave as documented.
func TestRulesDocMatchesCatalogue(t *testing.T) {
	documented, shownBase := parseRulesDoc(t)
	base, err := os.ReadFile(filepath.Join("testdata", "rules-base.json"))
	if err != nil {
		t.Fatal(err)
	}
	var shown, actual any
	if err := json.Unmarshal([]byte(shownBase), &shown); err != nil {
		t.Fatalf("the base document shown in %s: %v", rulesDoc, err)
	}
	if err := json.Unmarshal(base, &actual); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(actual, shown); diff != "" {
		t.Errorf("the base document in %s differs from testdata/rules-base.json (-file +doc):\n%s", rulesDoc, diff)
	}

	inCode := map[Code]Rule{}
	for _, r := range Rules() {
		inCode[r.Code] = r
	}
	inDoc := map[Code]bool{}
	for _, d := range documented {
		inDoc[d.code] = true
		r, ok := inCode[d.code]
		if !ok {
			t.Errorf("%s documents %s, which the package does not have", rulesDoc, d.code)
			continue
		}
		if d.summary != r.Summary {
			t.Errorf("%s: the table of %s says %q; Rules() says %q", d.code, rulesDoc, d.summary, r.Summary)
		}
		if d.severity != r.Severity.String() {
			t.Errorf("%s: documented severity %q; the rule's is %q", d.code, d.severity, r.Severity)
		}
		t.Run(string(d.code), func(t *testing.T) { checkDocExamples(t, base, d) })
	}
	for code := range inCode {
		if !inDoc[code] {
			t.Errorf("rule %s is missing from %s", code, rulesDoc)
		}
	}
}

// checkDocExamples checks that the failing example raises the rule's code and no other, and
// that the passing one raises nothing.
func checkDocExamples(t *testing.T, base []byte, d docRule) {
	if d.fails == "" || d.passes == "" {
		t.Fatalf("%s lacks a failing or a passing example", d.code)
	}
	failing := checkSnippet(t, base, d.fails, d.asOf)
	if len(failing) == 0 {
		t.Errorf("the failing example raises nothing")
	}
	for _, is := range failing {
		if is.Code != d.code {
			t.Errorf("the failing example also raises: %s %v", is.Severity, is)
		}
	}
	if passing := checkSnippet(t, base, d.passes, d.asOf); len(passing) != 0 {
		t.Errorf("the passing example raises:\n%s", issueLines(passing))
	}
}

// fmtVerb matches a verb of a fmt format.
var fmtVerb = regexp.MustCompile(`%[-+# 0]*(\[\d+\])?\d*(\.\d+)?[a-zA-Z%]`)

// TestMessagesAreTranslated checks every row of the message catalogue (those written by hand
// and those joined from parts) and every format a rule can use: each has an Arabic and a
// Kurdish (Sorani) rendering, in Arabic script, different from the English, with the same
// verbs in the same order.
func TestMessagesAreTranslated(t *testing.T) {
	rows := map[string]translation{}
	for _, tr := range catalogueRows() {
		if _, dup := rows[tr.en]; dup {
			t.Errorf("format %q is listed twice", tr.en)
		}
		rows[tr.en] = tr
		checkTranslation(t, tr)
	}
	for _, fam := range families() {
		for _, r := range fam.rules {
			for _, format := range r.formats {
				if _, ok := rows[format]; !ok {
					t.Errorf("rule %s: format %q is not in the message catalogue", r.code, format)
				}
			}
		}
	}
}

func checkTranslation(t *testing.T, tr translation) {
	t.Helper()
	verbs := fmtVerb.FindAllString(tr.en, -1)
	for lang, text := range map[string]string{"ar": tr.ar, "ckb": tr.ckb} {
		switch {
		case text == "":
			t.Errorf("%q has no %s translation", tr.en, lang)
			continue
		case text == tr.en:
			t.Errorf("the %s translation of %q is the English text", lang, tr.en)
		case !strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }):
			t.Errorf("the %s translation of %q has no Arabic-script letters: %q", lang, tr.en, text)
		}
		if got := fmtVerb.FindAllString(text, -1); !slices.Equal(got, verbs) {
			t.Errorf("the %s translation of %q has verbs %q; want %q", lang, tr.en, got, verbs)
		}
	}
	// Letters of Sorani that Arabic does not use tell the two translations apart.
	if !strings.ContainsAny(tr.ckb, "ەێۆڕڵگچپژ") {
		t.Errorf("the ckb translation of %q does not look like Sorani: %q", tr.en, tr.ckb)
	}
}

func TestIssueRendersInEachCatalogueLanguage(t *testing.T) {
	is := &Issue{Path: Path{"commitments", "3", "by", "0"}, Code: CodeRefUnresolved, Format: fmtRefUnresolved, Args: []any{"frnace"}}
	tests := []struct {
		prefs []language.Tag
		want  string
	}{
		{nil, `/commitments/3/by/0: "frnace" does not name any entity of the document [ref.unresolved]`},
		{[]language.Tag{language.Arabic}, `/commitments/3/by/0: "frnace" لا يشير إلى أي كيان في المستند [ref.unresolved]`},
		{[]language.Tag{language.MustParse("ar-IQ")}, `/commitments/3/by/0: "frnace" لا يشير إلى أي كيان في المستند [ref.unresolved]`},
		{[]language.Tag{language.MustParse("ckb-IQ")}, `/commitments/3/by/0: "frnace" ئاماژە بە هیچ قەوارەیەکی بەڵگەنامەکە ناکات [ref.unresolved]`},
		{[]language.Tag{language.French}, `/commitments/3/by/0: "frnace" does not name any entity of the document [ref.unresolved]`},
	}
	for _, tt := range tests {
		if got := is.LocalizedError(NewPrinter(tt.prefs...)); got != tt.want {
			t.Errorf("LocalizedError(NewPrinter(%v)) = %q; want %q", tt.prefs, got, tt.want)
		}
	}
	if got, want := is.Error(), tests[0].want; got != want {
		t.Errorf("Error() = %q; want %q", got, want)
	}
	// Numbers take the digits of the language.
	round := &Issue{Code: CodeRoundNumber, Format: fmtRoundNumber, Args: []any{-2}}
	if got := round.Message(NewPrinter(language.Arabic)).String(); !strings.Contains(got, "٢") {
		t.Errorf("Arabic message %q does not use Arabic-Indic digits", got)
	}
}

// A list of values in a message is joined with the comma of the message's language; the values
// themselves are the format's codes in every language.
func TestValueListsUseTheLanguagesComma(t *testing.T) {
	is := &Issue{Code: CodeEnumUnknown, Format: fmtEnumUnknown, Args: []any{"ally", valueList{"state", "government", "person"}}}
	tests := []struct {
		lang language.Tag
		want string
	}{
		{language.English, `"ally" is not a defined value; use one of: state, government, person`},
		{language.Arabic, `"ally" ليست قيمة معرّفة؛ استخدم إحدى القيم: state، government، person`},
		{language.MustParse("ckb"), `"ally" بەهایەکی دیاریکراو نییە؛ یەکێک لەمانە بەکاربهێنە: state، government، person`},
	}
	for _, tt := range tests {
		if got := is.Message(NewPrinter(tt.lang)).String(); got != tt.want {
			t.Errorf("%v: %q; want %q", tt.lang, got, tt.want)
		}
	}
	if got := is.Error(); !strings.HasSuffix(got, "use one of: state, government, person [enum.unknown]") {
		t.Errorf("Error() = %q", got)
	}
	if l, ok := is.Args[1].(valueList); !ok || len(l) != 3 {
		t.Errorf("Message changed the issue's arguments: %#v", is.Args)
	}
}

// An undefined value that looks like a misspelling of a defined one is told which; one that
// does not is given the list only.
func TestEnumUnknownSuggests(t *testing.T) {
	b, err := os.ReadFile("datasets/us-iraq.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ kind, format, near string }{
		{"stat", fmtEnumSuggest, "state"},
		{"ministy", fmtEnumSuggest, "ministry"},
		{"xyzzy", fmtEnumUnknown, ""},
	} {
		src := strings.Replace(string(b), `"kind": "state"`, `"kind": "`+tt.kind+`"`, 1)
		f, err := Decode(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		var got *Issue
		for _, is := range f.Check() {
			if is.Code == CodeEnumUnknown {
				got = is
			}
		}
		if got == nil || got.Format != tt.format || (tt.near != "" && got.Args[1] != tt.near) {
			t.Errorf("kind %q: issue %v; want format %q naming %q", tt.kind, got, tt.format, tt.near)
		}
	}
}

// An issue that names a likely fix carries it as its Suggestion, the value to put at its
// path; the others carry none.
func TestIssuesSuggestFixes(t *testing.T) {
	b, err := os.ReadFile("datasets/us-iraq.json")
	if err != nil {
		t.Fatal(err)
	}
	src := strings.NewReplacer(
		`"madeAt": "strategic-dialogue-round-4"`, `"madeAt": "strategic-dialouge-round-4"`,
		`"kind": "committee"`, `"kind": "comittee"`,
		`"force-posture"`, `"force-postur"`,
		`"madeAt": "jscd-talks-2023-08"`, `"madeAt": "somewhere-else"`,
		`"country": "IQ"`, `"country": "iq"`,
	).Replace(string(b))
	f, err := Decode(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	got := map[Code][]string{}
	for _, is := range f.Check() {
		got[is.Code] = append(got[is.Code], is.Suggestion)
	}
	want := map[Code][]string{
		CodeRefUnresolved: {"strategic-dialogue-round-4", "", "", "", "", "", "", "", "", ""},
		CodeEnumUnknown:   {"committee"},
		CodeAreaUnknown:   {"force-posture", "force-posture"}, // both of its places
		CodeCountryCode:   countryFixes(strings.Count(string(b), `"country": "IQ"`)),
	}
	for code, w := range want {
		g := slices.Clone(got[code])
		slices.Sort(g)
		slices.Sort(w)
		if !slices.Equal(g, w) {
			t.Errorf("%s suggestions %q; want %q", code, g, w)
		}
	}
	for code, g := range got {
		if _, ok := want[code]; !ok && slices.ContainsFunc(g, func(s string) bool { return s != "" }) {
			t.Errorf("%s suggests %q", code, g)
		}
	}
}

// countryFixes is n suggestions of "IQ".
func countryFixes(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "IQ"
	}
	return out
}

// Message cuts a message into its words and its arguments: a list of values gives a part
// per value with the language's separator between them, and numbers keep the language's digits.
func TestMessageTellArgumentsFromWords(t *testing.T) {
	enum := &Issue{Code: CodeEnumUnknown, Format: fmtEnumUnknown, Args: []any{"ally", valueList{"state", "person"}}}
	round := &Issue{Code: CodeRoundNumber, Format: fmtRoundNumber, Args: []any{-2}}
	tests := []struct {
		is   *Issue
		lang language.Tag
		want Message
	}{
		{enum, language.English, Message{
			{`"ally"`, 0}, {" is not a defined value; use one of: ", -1}, {"state", 1}, {", ", -1}, {"person", 1}}},
		{enum, language.Arabic, Message{
			{`"ally"`, 0}, {" ليست قيمة معرّفة؛ استخدم إحدى القيم: ", -1}, {"state", 1}, {"، ", -1}, {"person", 1}}},
		{round, language.Arabic, nil}, // checked below: the number is one part, in Arabic-Indic digits
	}
	for _, tt := range tests {
		p := NewPrinter(tt.lang)
		got := tt.is.Message(p)
		if tt.want != nil {
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s in %v (-want +got):\n%s", tt.is.Code, tt.lang, diff)
			}
			continue
		}
		var args []MessagePart
		for _, part := range got {
			if part.Arg >= 0 {
				args = append(args, part)
			}
		}
		if len(args) != 1 || args[0].Arg != 0 || !strings.Contains(args[0].Text, "٢") {
			t.Errorf("%s in %v: argument parts %+v; want one, of argument 0, in Arabic-Indic digits", tt.is.Code, tt.lang, args)
		}
	}
}

// For every issue the test documents give, in every catalogue language, the parts of its
// message join to the message, and there is a part for every verb of its format (and for every
// value of a list).
func TestMessageJoinToTheMessage(t *testing.T) {
	var issues []*Issue
	for _, data := range seedDocuments(t, "testdata/invalid/*.json") {
		issues = append(issues, decodeForCheck(t, data).Check()...)
	}
	for _, data := range seedDocuments(t, "testdata/decode/*.json") {
		if _, err := Decode(bytes.NewReader(data)); err != nil {
			issues = append(issues, Issues(err)...)
		}
	}
	if len(issues) < 100 {
		t.Fatalf("only %d issues from the test documents", len(issues))
	}
	for _, lang := range messageLanguages {
		p := NewPrinter(lang)
		for _, is := range issues {
			parts := is.Message(p)
			var b strings.Builder
			args := 0
			for _, part := range parts {
				b.WriteString(part.Text)
				if part.Arg >= len(is.Args) || part.Arg < -1 {
					t.Errorf("%s: part %q names argument %d of %d", is.Code, part.Text, part.Arg, len(is.Args))
				}
				if part.Arg >= 0 {
					args++
				}
			}
			if got, want := b.String(), is.Message(p).String(); got != want {
				t.Errorf("%v %s: parts join to %q; the message is %q", lang, is.Code, got, want)
			}
			want := 0
			for _, verb := range fmtVerb.FindAllStringSubmatch(is.Format, -1) {
				if verb[0] == "%%" {
					continue
				}
				want++
			}
			for _, a := range is.Args {
				if l, ok := a.(valueList); ok {
					want += len(l) - 1
				}
			}
			if args != want {
				t.Errorf("%v %s: %d argument parts in %+v; want %d", lang, is.Code, args, parts, want)
			}
		}
	}
}

// An argument whose text holds one of the marks Message cuts by gives the message whole,
// as words, rather than parts cut in the wrong places. Quoted (%q), the marks are escaped and
// the parts are as usual.
func TestMessageWithMarksInTheData(t *testing.T) {
	for _, arg := range []string{"a\uE001b", "\uE000", "x\uE000y\uE001z"} {
		for _, lang := range messageLanguages {
			p := NewPrinter(lang)
			bare := &Issue{Format: "undefined value %s", Args: []any{arg}}
			want := Message{{Text: bare.Message(p).String(), Arg: -1}}
			if diff := cmp.Diff(want, bare.Message(p)); diff != "" {
				t.Errorf("%q in %v (-want +got):\n%s", arg, lang, diff)
			}
			quoted := &Issue{Code: CodeRefUnresolved, Format: fmtRefUnresolved, Args: []any{arg}}
			parts := quoted.Message(p)
			if len(parts) != 2 || parts[0] != (MessagePart{Text: strconv.Quote(arg), Arg: 0}) {
				t.Errorf("%q in %v, quoted: parts %+v", arg, lang, parts)
			}
		}
	}
}
