package view

import (
	"encoding/json"
	"io/fs"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/jscd-go/jscd/internal/weburl"
	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
	"github.com/jscd-go/jscd/wasm/internal/web"
)

// decoded is the renderer's view of a Node, read back from AppendJSON.
func decodeNodes(t *testing.T, b []byte) []any {
	t.Helper()
	var v []any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("region JSON does not parse: %v\n%s", err, b)
	}
	return v
}

func TestAppendJSONKeepsAnyText(t *testing.T) {
	texts := []string{
		`"quoted" \ back`, "tab\tnew\nline\x00nul\x1f", "bad \xff utf-8", "line\u2028sep\u2029",
		"العراق", "👍", `<script>alert(1)</script>`,
	}
	for _, s := range texts {
		n := h("p", at("title", s, "data-x", s), T(s))
		b := n.AppendJSON(nil)
		if !json.Valid(b) {
			t.Errorf("AppendJSON(%q) is not valid JSON: %s", s, b)
			continue
		}
		var got struct {
			T string            `json:"t"`
			A map[string]string `json:"a"`
			C []string          `json:"c"`
		}
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		want := strings.ToValidUTF8(s, "\uFFFD")
		if got.T != "p" || got.A["title"] != want || got.A["data-x"] != want || len(got.C) != 1 || got.C[0] != want {
			t.Errorf("AppendJSON(%q) reads back as %+v", s, got)
		}
	}
}

func TestLocatePath(t *testing.T) {
	src := []byte(`{
  "a": {"b": [10, {"c": "العراق"}, 30]},
  "d~/e": true
}`)
	tests := []struct {
		path     string
		want     string
		complete bool
	}{
		{"/a/b/1/c", `"c": "العراق"`, true},
		{"/a/b/2", `30`, true},
		{"/a/b", `"b": [10, {"c": "العراق"}, 30]`, true},
		{"/d~0~1e", `"d~/e": true`, true},
		{"/a/b/1/missing", `{`, false},
		{"/a/b/7", `[`, false},
		{"/a/b/0/x", `1`, false},
		{"", string(src), true},
	}
	for _, tt := range tests {
		p, err := jscd.ParsePath(tt.path)
		if err != nil {
			t.Fatal(err)
		}
		start, end, complete := LocatePath(src, p)
		if got := string(src[start:end]); got != tt.want || complete != tt.complete {
			t.Errorf("LocatePath(%q) = %q, %v; want %q, %v", tt.path, got, complete, tt.want, tt.complete)
		}
	}
	// Text being edited may not be JSON; the cursor then goes to its start.
	if start, end, complete := LocatePath([]byte(`{"a": 1, "b": }`), jscd.Path{"a"}); start != 0 || end != 0 || complete {
		t.Errorf("LocatePath in text that is not JSON = %d, %d, %v; want 0, 0, false", start, end, complete)
	}
}

func TestSpansCountUTF16(t *testing.T) {
	src := []byte("{\"x\": \"👍 ع\",\n \"y\": 1}")
	start, end, _ := LocatePath(src, jscd.Path{"y"})
	got := spanOf(src, start, end)
	// "{"x": "" is 7 units, 👍 is 2, " ع"," is 4 (space, ain, quote, comma), newline 1, space 1.
	if want := (Span{Start: 15, End: 21, Line: 2}); got != want {
		t.Errorf("span of /y = %+v, want %+v", got, want)
	}
	is := &jscd.Issue{Line: 1, Column: 9} // the space after 👍: columns count runes
	if got, want := LocateIssue(src, is).Start, 9; got != want {
		t.Errorf("LocateIssue at 1:9 starts at %d, want %d", got, want)
	}
}

// TestSourcesLinkOnlyWebURLs: the sources panel links a URL exactly when the library's rule
// accepts it, and links it as written.
func TestSourcesLinkOnlyWebURLs(t *testing.T) {
	tests := []struct {
		url  string
		link bool
	}{
		{"https://www.rudaw.net/english/opinion/x", true},
		{"http://example.org", true},
		{"HTTPS://Example.org/", true},
		{"http://[::1]:8080/", true},
		{"https://ar.wikipedia.org/wiki/العراق", true},
		{"https://العراق.example/", true},
		{"https://user:pw@example.org:8443/x", false}, // a user name can disguise the host
		{"https://example.org@evil.example/", false},
		{"  https://example.org/a?b=c#d \n", false},
		{"javascript:alert(1)", false}, {"JAVASCRIPT:alert(1)", false},
		{" javascript://example.org/%0aalert(1)", false}, {"data:text/html,x", false},
		{"//evil.example/x", false}, {"/relative", false}, {"https://", false},
		{"https:///x", false}, {"https://example.org:80a/", false}, {"https://exa mple.org/", false},
		{"https://example.org/\x00", false}, {"https://example.org/a\tb", false},
		{"https://exa<mple.org/", false}, {"ftp://example.org/", false},
		{"https:example.org", false}, {"https//example.org", false},
	}
	for _, tt := range tests {
		if got := weburl.Valid(tt.url); got != tt.link {
			t.Fatalf("weburl.Valid(%q) = %v; the table expects %v", tt.url, got, tt.link)
		}
		f := &jscd.Framework{Sources: []jscd.Source{{ID: "s", Kind: jscd.SourceKindNews, Title: jscd.Text{"en": "A source"}, URL: tt.url}}}
		panel := string(AppendNodes(nil, SourcesPanel(&Input{Lang: NewLang("en"), Framework: f})))
		href, _ := json.Marshal(tt.url)
		linked := strings.Contains(panel, `"href":`+string(href))
		// Besides the URL, the panel links only within the page (?focus=…, a source's card).
		external := strings.Count(panel, `"href"`) - strings.Count(panel, `"href":"?`)
		if linked != tt.link || external != strings.Count(panel, `"href":`+string(href)) {
			t.Errorf("source URL %q: linked %v, want %v (panel %s)", tt.url, linked, tt.link, panel)
		}
	}
}

// Every label has all three languages, and every value of the format's enumerations has a
// label, so no raw code shows in Arabic or Kurdish.
func TestLabelsCoverTheFormat(t *testing.T) {
	seen := map[string]bool{}
	for _, row := range labels {
		if seen[row[0]] {
			t.Errorf("label %q twice", row[0])
		}
		seen[row[0]] = true
		for i, s := range row[1:] {
			if s == "" {
				t.Errorf("label %q has no %s text", row[0], languages[i].Code)
			}
		}
	}
	need := map[string][]string{
		"area": strs(jscd.Areas()), "status": strs(jscd.CommitmentStatuses()), "due": strs(jscd.DueStates()),
		"strength": strs(jscd.Strengths()), "relation": append(strs(jscd.RelationTypes()), eventOf),
		"instrument": strs(jscd.InstrumentKinds()), "event": strs(jscd.EventKinds()), "kind": strs(jscd.StakeholderKinds()),
		"role": strs(jscd.Roles()), "source": strs(jscd.SourceKinds()), "timeline": strs(jscd.TimelineKinds()),
		"diff": {"added", "removed", "changed"}, "severity": {"error", "warning", "info"},
		"collection": {"framework", "stakeholders", "instruments", "events", "commitments", "assessments", "sources"},
	}
	for group, values := range need {
		for _, v := range values {
			if !seen[group+"."+v] {
				t.Errorf("no label for %s %q", group, v)
			}
		}
	}
}

func strs[S ~string](vs []S) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

// allowedAttribute is the renderer's list of attributes it sets, read from render.js so the
// two stay in step.
func allowedAttribute(t *testing.T) *regexp.Regexp {
	t.Helper()
	js, err := fs.ReadFile(web.Files, "render.js")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`const ALLOWED = /(.*)/;`).FindSubmatch(js)
	if m == nil {
		t.Fatal("render.js has no ALLOWED attribute pattern")
	}
	return regexp.MustCompile(string(m[1]))
}

// Every region renders for every bundled framework in every language, with only attributes
// the renderer sets and no internal error.
func TestRegionsRenderEveryDatasetAndLanguage(t *testing.T) {
	allowed := allowedAttribute(t)
	s, err := NewState()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range datasets.Names() {
		for _, lang := range Languages() {
			r := s.Apply("init", "?dataset="+name+"&lang="+lang.Code)
			if r.Lang != lang.Code || (r.Dir == "rtl") != lang.RTL {
				t.Errorf("%s %s: lang %q dir %q", name, lang.Code, r.Lang, r.Dir)
			}
			for _, region := range AllRegions() {
				b, ok := r.Regions[region]
				if !ok {
					t.Errorf("%s %s: region %s not rendered", name, lang.Code, region)
					continue
				}
				if strings.Contains(string(b), `"fatal"`) {
					t.Errorf("%s %s: region %s failed: %s", name, lang.Code, region, b)
				}
				for _, n := range Region(s.Input(), region) {
					n.Walk(func(n Node) {
						for i := 0; i < len(n.Attrs); i += 2 {
							if !allowed.MatchString(n.Attrs[i]) {
								t.Errorf("%s: <%s %s> is an attribute the renderer drops", region, n.Tag, n.Attrs[i])
							}
						}
					})
				}
				decodeNodes(t, b)
			}
		}
	}
}

func TestStateEditsAndLocates(t *testing.T) {
	s, err := NewState()
	if err != nil {
		t.Fatal(err)
	}
	r := s.Apply("init", "?lang=ckb")
	if r.Text == nil || *r.Text != s.Text() || r.Dir != "rtl" {
		t.Fatalf("init gives text %v, dir %q", r.Text != nil, r.Dir)
	}
	good := s.Text()
	f := s.Input().Framework
	wantIssues := len(f.Check())

	// A text that does not decode keeps the last framework and lists the decode error.
	r = s.Apply("edit", good[:len(good)/2])
	if !s.Input().Stale || s.Input().Framework != f || len(s.Input().Issues) != 1 {
		t.Fatalf("after a broken edit: stale %v, same framework %v, %d issues", s.Input().Stale, s.Input().Framework == f, len(s.Input().Issues))
	}
	if _, ok := r.Regions[RegionIssues]; !ok || r.Text != nil {
		t.Error("an edit must redraw the issues and must not replace the editor's text")
	}
	if r := s.Apply("locate", "0"); r.Select == nil || r.Select.Line != s.Input().Issues[0].Line {
		t.Errorf("locating the decode error gives %+v, want line %d", r.Select, s.Input().Issues[0].Line)
	}

	// A broken reference decodes: the panels follow it and the issue has a path.
	broken := strings.Replace(good, `"madeAt": "jscd-talks-2023-08"`, `"madeAt": "nowhere"`, 1)
	s.Apply("edit", broken)
	if s.Input().Stale || s.Input().Framework == f || len(s.Input().Issues) <= wantIssues {
		t.Fatalf("after a broken reference: stale %v, %d issues (valid text had %d)", s.Input().Stale, len(s.Input().Issues), wantIssues)
	}
	i := slices.IndexFunc(s.Input().Issues, func(is *jscd.Issue) bool { return strings.HasSuffix(is.Path.String(), "/madeAt") })
	if i < 0 {
		t.Fatal("no issue at a madeAt")
	}
	sel := s.Apply("locate", strconv.Itoa(i)).Select
	at := strings.Index(broken, `"madeAt": "nowhere"`)
	if sel == nil || sel.Start != len([]rune(broken[:at])) { // the text before is BMP-only
		t.Errorf("locate gives %+v; want start %d", sel, len([]rune(broken[:at])))
	}

	// Unknown actions and bad values change nothing.
	for _, a := range [][2]string{{"nope", ""}, {"asof", "yesterday"}, {"locate", "999"}, {"dataset", "atlantis"}} {
		if r := s.Apply(a[0], a[1]); r.Regions != nil || r.Select != nil || r.Text != nil {
			t.Errorf("Apply(%q, %q) = %+v, want nothing", a[0], a[1], r)
		}
	}
}

func TestAsOfRedrawsStatusAndTimeline(t *testing.T) {
	s, err := NewState()
	if err != nil {
		t.Fatal(err)
	}
	s.Apply("init", "")
	r := s.Apply("asof", "2021-09-01")
	var got []string
	for k := range r.Regions {
		got = append(got, k)
	}
	slices.Sort(got)
	want := slices.Clone(dayRegions[:])
	slices.Sort(want)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("regions redrawn (-want +got):\n%s", diff)
	}
	if want := time.Date(2021, 9, 1, 0, 0, 0, 0, time.UTC); !s.Input().AsOf.Equal(want) {
		t.Errorf("as of %v, want %v", s.Input().AsOf, want)
	}
	first, _, _ := DateRange(s.Input().Framework)
	s.Apply("asof-day", "10")
	if want := first.AddDate(0, 0, 10); !s.Input().AsOf.Equal(want) {
		t.Errorf("slider 10 gives %v, want %v", s.Input().AsOf, want)
	}
}

func TestDiffPairsTheVersions(t *testing.T) {
	s, err := NewState()
	if err != nil {
		t.Fatal(err)
	}
	r := s.ApplyFor("init", "?dataset=us-iraq", []string{RegionTop, RegionLineage})
	in := s.Input()
	if in.DiffOld != nil || s.bundled["us-iraq-2021"] != nil {
		t.Error("the other version is decoded before the diff is drawn")
	}
	if _, ok := r.Regions[RegionDiff]; ok || !slices.Contains(r.Dirty, RegionDiff) || len(r.Regions) != 2 {
		t.Errorf("ApplyFor(init, top and lineage) draws %d regions, dirty %v; want 2 and the diff dirty", len(r.Regions), r.Dirty)
	}
	s.Apply("region", RegionDiff)
	if in.DiffOldName != "us-iraq-2021" || in.DiffNewName != "us-iraq" || in.DiffNew != in.Framework {
		t.Errorf("us-iraq diffs %q → %q (new is the document: %v)", in.DiffOldName, in.DiffNewName, in.DiffNew == in.Framework)
	}
	s.Apply("dataset", "us-iraq-2021")
	s.Apply("region", RegionDiff)
	if in.DiffOldName != "us-iraq-2021" || in.DiffNewName != "us-iraq" || in.DiffOld != in.Framework {
		t.Errorf("us-iraq-2021 diffs %q → %q (old is the document: %v)", in.DiffOldName, in.DiffNewName, in.DiffOld == in.Framework)
	}
	groups := groupChanges(jscd.Diff(in.DiffOld, in.DiffNew))
	list := findID(DiffPanel(in), "diff-list")
	if len(groups) == 0 || list == nil || len(list.Kids) != len(groups) {
		t.Errorf("diff story has %v entries, want one per changed entity (%d)", list, len(groups))
	}
}

func findID(nodes []Node, id string) *Node {
	var found *Node
	for _, n := range nodes {
		n.Walk(func(n Node) {
			if v, _ := n.Attr("id"); v == id && found == nil {
				found = &n
			}
		})
	}
	return found
}

func TestTextInAnotherLanguageIsMarked(t *testing.T) {
	l := NewLang("ar")
	n := l.data("bdi", jscd.Text{"en": "Washington"}, "name")
	if lang, _ := n.Attr("lang"); lang != "en" {
		t.Errorf("English fallback in an Arabic page has lang=%q, want en", lang)
	}
	n = l.data("bdi", jscd.Text{"en": "Iraq", "ar": "العراق"}, "name")
	if _, ok := n.Attr("lang"); ok || n.TextContent() != "العراق" {
		t.Errorf("Arabic text in an Arabic page: %+v", n)
	}
}

func TestLineageMirrorsRightToLeft(t *testing.T) {
	f := datasets.MustLoad("us-iraq")
	xOf := func(code string) map[string]string {
		in := &Input{Lang: NewLang(code), Framework: f}
		out := map[string]string{}
		for _, n := range LineagePanel(in) {
			n.Walk(func(n Node) {
				if id, ok := n.Attr("data-id"); ok && n.Tag == "g" {
					x, _ := n.Kids[1].Attr("x")
					out[id] = x
				}
			})
		}
		return out
	}
	ltr, rtl := xOf("en"), xOf("ar")
	if len(ltr) != len(f.Lineage().Nodes()) {
		t.Fatalf("%d nodes drawn, lineage has %d", len(ltr), len(f.Lineage().Nodes()))
	}
	mirrored := 0
	for id := range ltr {
		if ltr[id] != rtl[id] {
			mirrored++
		}
	}
	if mirrored == 0 {
		t.Error("the right-to-left drawing is the same as the left-to-right one")
	}
}

func TestPointerIsPathString(t *testing.T) {
	for _, p := range []jscd.Path{nil, {}, {"a"}, {"commitments", "3", "due"}, {"a/b", "c~d"}, {""}, {"", ""}} {
		if got, want := pointer(p), p.String(); got != want {
			t.Errorf("pointer(%q) = %q, want %q", p, got, want)
		}
	}
}

func TestTimelineLabelsRunInTheirOwnDirection(t *testing.T) {
	for _, c := range []struct {
		name string
		rtl  bool
	}{{"Strategic Framework Agreement", false}, {"اتفاقية الإطار الاستراتيجي", true}, {"«السوداني» (PM)", true}, {"2008 SFA", false}, {"", false}} {
		if got := startsRTL(c.name); got != c.rtl {
			t.Errorf("startsRTL(%q) = %v, want %v", c.name, got, c.rtl)
		}
	}
}

// The diff shows values as it did when it printed them with encoding/json: compact JSON with
// a space between strings.
func TestDiffValueTextIsCompactJSON(t *testing.T) {
	l := NewLang("en")
	values := []any{
		true, false, json.Number("12.5"), []any{"a", "b", json.Number("1"), []any{"c"}, "d"},
		map[string]any{"z": "1", "a": []any{}, "m": map[string]any{}, "b": nil, "n": json.Number("-3")},
		[]any{map[string]any{"x": "<b>&\"\\\n\r\t\b\f\x01 \u2028 \xff ع 👍"}, "e"},
		map[string]any{"name": "not a text", "k": true},
	}
	for _, v := range values {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		want := strings.ReplaceAll(string(b), `","`, `", "`)
		if diff := cmp.Diff(want, valueText(l, v)); diff != "" {
			t.Errorf("valueText(%#v) (-json +got):\n%s", v, diff)
		}
	}
	for v, want := range map[any]string{nil: "∅", "plain <text>": "plain <text>"} {
		if got := valueText(l, v); got != want {
			t.Errorf("valueText(%#v) = %q, want %q", v, got, want)
		}
	}
	named := map[string]any{"name": map[string]any{"en": "Iraq", "ar": "العراق"}, "id": "iq"}
	if got := valueText(NewLang("ar"), named); got != "العراق" {
		t.Errorf("an entity with a name shows as %q, want its Arabic name", got)
	}
}

// TestBySeverity checks bySeverity against a stable sort by severity.
func TestBySeverity(t *testing.T) {
	var issues []*jscd.Issue
	for i, sev := range []jscd.Severity{2, 0, 1, 2, -1, 0, 5, 1, 0, 2} {
		issues = append(issues, &jscd.Issue{Severity: sev, Line: i})
	}
	want := slices.Clone(issues)
	slices.SortStableFunc(want, func(a, b *jscd.Issue) int { return int(a.Severity) - int(b.Severity) })
	if got := bySeverity(issues); !slices.Equal(got, want) {
		t.Errorf("bySeverity differs from a stable sort by severity")
	}
	if got := bySeverity(nil); len(got) != 0 {
		t.Errorf("bySeverity(nil) = %v", got)
	}
}

func TestAddressView(t *testing.T) {
	tests := []struct{ query, dataset, lang string }{
		{"", "us-iraq", "en"},
		{"?lang=ar", "us-iraq", "ar"},
		{"dataset=us-iraq-2021&lang=ckb", "us-iraq-2021", "ckb"},
		{"?dataset=us-iraq-2021&dataset=nonesuch", "us-iraq-2021", "en"},
		{"?dataset=nonesuch&lang=xx", "us-iraq", "en"},
		{"?lang=ar&lang=xx", "us-iraq", "en"},
		{"?lang=xx&lang=ckb", "us-iraq", "ckb"},
		{"?lang=AR", "us-iraq", "en"},
		{"?dataset=us-iraq-2021&lang=ar&dataset=us-iraq", "us-iraq", "ar"},
	}
	for _, tt := range tests {
		if d, l := AddressView(tt.query); d != tt.dataset || l != tt.lang {
			t.Errorf("AddressView(%q) = %s, %s; want %s, %s", tt.query, d, l, tt.dataset, tt.lang)
		}
	}
}

func TestRehearseChangesNothing(t *testing.T) {
	s, err := NewState()
	if err != nil {
		t.Fatal(err)
	}
	s.Apply("init", "?lang=ar")
	good := s.Text()
	texts := map[string]string{
		"valid":             good,
		"broken reference":  strings.Replace(good, `"madeAt": "jscd-talks-2023-08"`, `"madeAt": "nowhere"`, 1),
		"does not decode":   good[:len(good)/2],
		"undecoded, edited": strings.Replace(good[:len(good)/2], "United States", "United States (edited)", 1),
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			s.Apply("edit", text)
			in := *s.Input()
			before := s.Apply("lang", "ar").Regions
			s.Rehearse()
			after := *s.Input()
			if after.Framework != in.Framework || after.Stale != in.Stale || !slices.Equal(after.Issues, in.Issues) || s.Text() != text {
				t.Errorf("Rehearse changed the state: framework same %v, stale %v → %v, %d → %d issues, text same %v",
					after.Framework == in.Framework, in.Stale, after.Stale, len(in.Issues), len(after.Issues), s.Text() == text)
			}
			got := s.Apply("lang", "ar").Regions
			if diff := cmp.Diff(before, got); diff != "" {
				t.Errorf("the regions after Rehearse differ (-before +after):\n%s", diff)
			}
		})
	}
}

// A broken reference one typo from an ID is listed with a button that puts the suggested ID
// in the text; the fix gives the editor the repaired text, with the cursor on the new value,
// and the issue goes.
func TestFixPutsTheSuggestionInTheText(t *testing.T) {
	s, err := NewState()
	if err != nil {
		t.Fatal(err)
	}
	s.Apply("init", "?lang=ckb")
	good := s.Text()
	broken := strings.Replace(good, `"madeAt": "jscd-talks-2023-08"`, `"madeAt": "jscd-talks-2023-8"`, 1)
	r := s.Apply("edit", broken)
	i := slices.IndexFunc(s.Input().Issues, func(is *jscd.Issue) bool { return is.Suggestion == "jscd-talks-2023-08" })
	if i < 0 {
		t.Fatalf("no issue suggests the event's ID: %v", s.Input().Issues)
	}
	if want := `"data-act":"fix","data-val":"` + strconv.Itoa(i) + `"`; !strings.Contains(string(r.Regions[RegionIssues]), want) {
		t.Errorf("the issues region has no fix button %s", want)
	}
	r = s.Apply("fix", strconv.Itoa(i))
	if r.Text == nil || *r.Text != good {
		t.Fatalf("after the fix the editor's text is not the repaired document")
	}
	at := strings.Index(good, `"madeAt": "jscd-talks-2023-08"`) + len(`"madeAt": `)
	if r.Select == nil || r.Select.Start != utf16Len([]byte(good[:at])) || r.Select.End-r.Select.Start != len(`"jscd-talks-2023-08"`) {
		t.Errorf("after the fix the cursor is at %+v; want the new value at %d", r.Select, utf16Len([]byte(good[:at])))
	}
	if slices.ContainsFunc(s.Input().Issues, func(is *jscd.Issue) bool { return is.Code == jscd.CodeRefUnresolved }) {
		t.Error("the broken reference is still listed after the fix")
	}
	// An issue without a suggestion, or one out of range, changes nothing.
	for _, val := range []string{"0", "999", "x"} {
		if r := s.Apply("fix", val); r.Text != nil || r.Regions != nil {
			t.Errorf("fix %q changed the page: %+v", val, r)
		}
	}
}

func TestFixIssueOnlyReplacesAString(t *testing.T) {
	src := []byte(`{"a": {"b": "x"}, "c": ["y", 1]}`)
	for _, tt := range []struct {
		path jscd.Path
		want string
	}{
		{jscd.Path{"a", "b"}, `{"a": {"b": "fixed \"q\""}, "c": ["y", 1]}`},
		{jscd.Path{"c", "0"}, `{"a": {"b": "x"}, "c": ["fixed \"q\"", 1]}`},
		{jscd.Path{"c", "1"}, ""}, // a number
		{jscd.Path{"a"}, ""},      // an object
		{jscd.Path{"nope"}, ""},   // nothing there
	} {
		text, _, ok := FixIssue(src, &jscd.Issue{Path: tt.path, Suggestion: `fixed "q"`})
		if ok != (tt.want != "") || string(text) != tt.want {
			t.Errorf("FixIssue at %v = %q, %v; want %q", tt.path, text, ok, tt.want)
		}
	}
	if _, _, ok := FixIssue(src, &jscd.Issue{Path: jscd.Path{"a", "b"}}); ok {
		t.Error("FixIssue fixed an issue without a suggestion")
	}
}

// On a right-to-left page an issue's quoted values and paths are isolated, so the sentence
// keeps its order around them; its text is the library's message unchanged.
func TestRightToLeftMessagesIsolateValuesAndPaths(t *testing.T) {
	is := &jscd.Issue{Code: jscd.CodeRefUnresolved, Path: jscd.Path{"commitments", "1", "madeAt"},
		Format: "%q does not name any entity of the document; did you mean %q (%s)?",
		Args:   []any{`jscd-"talks"-8`, "jscd-talks-2023-08", "/events/7"}}
	ar := NewLang("ar")
	nodes := ar.messageNodes(is)
	var text strings.Builder
	var isolated []string
	for _, n := range nodes {
		n.Walk(func(n Node) {
			if n.Tag == "" {
				text.WriteString(n.Text)
			}
		})
		if n.Tag == "bdi" {
			isolated = append(isolated, n.Kids[0].Text)
		}
	}
	if text.String() != ar.Message(is) {
		t.Errorf("the nodes read %q; want the message %q", text.String(), ar.Message(is))
	}
	want := []string{`"jscd-\"talks\"-8"`, `"jscd-talks-2023-08"`, "/events/7"}
	if !slices.Equal(isolated, want) {
		t.Errorf("isolated %q; want %q", isolated, want)
	}
	if en := NewLang("en").messageNodes(is); len(en) != 1 {
		t.Errorf("a left-to-right page's message is %d nodes; want one text", len(en))
	}

	// Each value of a list (the kinds a stakeholder may be) is isolated on its own, so the
	// list reads right to left with the Arabic comma between the values.
	b, err := datasets.Bytes("us-iraq")
	if err != nil {
		t.Fatal(err)
	}
	f, err := jscd.Decode(strings.NewReader(strings.Replace(string(b), `"kind": "state"`, `"kind": "ally"`, 1)))
	if err != nil {
		t.Fatal(err)
	}
	var enum *jscd.Issue
	for _, is := range f.Check() {
		if is.Code == jscd.CodeEnumUnknown {
			enum = is
		}
	}
	if enum == nil {
		t.Fatal("no enum.unknown issue for the kind \"ally\"")
	}
	isolated = nil
	for _, n := range ar.messageNodes(enum) {
		if n.Tag == "bdi" {
			isolated = append(isolated, n.Kids[0].Text)
		}
	}
	if len(isolated) < 4 || isolated[0] != `"ally"` || !slices.Contains(isolated, "state") || !slices.Contains(isolated, "person") {
		t.Errorf("isolated %q; want the value \"ally\" and each kind on its own", isolated)
	}
}
