package jscd

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func mustDate(t testing.TB, s string) Date {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatalf("ParseDate(%q): %v", s, err)
	}
	return d
}

func TestIsSlug(t *testing.T) {
	for s, want := range map[string]bool{
		"a": true, "us-iraq": true, "round-4": true, "2008-sfa": true,
		"": false, "-a": false, "a-": false, "a--b": false, "A": false, "a_b": false, "a b": false, "é": false,
	} {
		if got := isSlug(s); got != want {
			t.Errorf("isSlug(%q) = %v; want %v", s, got, want)
		}
		if got := ID(s).Valid(); got != want {
			t.Errorf("ID(%q).Valid() = %v; want %v", s, got, want)
		}
	}
}

func TestIsCountryCode(t *testing.T) {
	for s, want := range map[string]bool{
		"IQ": true, "US": true, "GB": true, "AQ": true,
		"iq": false, "419": false, "EU": false, "UN": false, "UK": false, "XK": false, "QO": false,
		"ZZ": false, "IRQ": false, "I": false, "": false, "BU": false,
	} {
		if got := isCountryCode(s); got != want {
			t.Errorf("isCountryCode(%q) = %v; want %v", s, got, want)
		}
	}
}

func TestBefore(t *testing.T) {
	tests := []struct {
		a, b string
		want conflict
	}{
		{"2018", "2019-01-15", certainConflict},
		{"2019-01-14", "2019-01-15", certainConflict},
		{"2019-01-15", "2019-01-15", noConflict},
		{"2019-01-16", "2019-01-15", noConflict},
		// A coarse date containing a finer one is no conflict.
		{"2019", "2019-07-23", noConflict},
		{"2019-07-23", "2019", noConflict},
		// Staggered spans, and qualified dates next to each other, may conflict.
		{"2019-01-31~", "2019-02-01", possibleConflict},
		{"2019-02-15/2019-03-10", "2019-03", possibleConflict},
		// Qualifiers widen by one unit: 2004~ is still certainly before 2006.
		{"2004~", "2006", certainConflict},
		{"2004~", "2005-06", possibleConflict},
		// Open ends are never certainly before anything.
		{"2008/..", "2023", noConflict},
	}
	for _, tt := range tests {
		a, b := mustDate(t, tt.a), mustDate(t, tt.b)
		if got := before(&a, &b); got != tt.want {
			t.Errorf("before(%s, %s) = %d; want %d", tt.a, tt.b, got, tt.want)
		}
	}
	zero, d := Date{}, mustDate(t, "2019")
	if got := before(&zero, &d); got != noConflict {
		t.Errorf("before(zero, 2019) = %d; want no conflict", got)
	}
}

func TestDeadlinePassed(t *testing.T) {
	tests := []struct {
		due, made string
		want      conflict
	}{
		{"2021", "2021-07-23", noConflict}, // "by the end of 2021"
		{"2020", "2021-07-23", certainConflict},
		{"2021-07-10", "2021-07", possibleConflict},
		{"2021-07", "2021-07-10", noConflict},
	}
	for _, tt := range tests {
		due, made := mustDate(t, tt.due), mustDate(t, tt.made)
		if got := deadlinePassed(&due, &made); got != tt.want {
			t.Errorf("deadlinePassed(%s, %s) = %d; want %d", tt.due, tt.made, got, tt.want)
		}
	}
}

func TestMayFollow(t *testing.T) {
	allowed := map[[2]CommitmentStatus]bool{
		{CommitmentStatusProposed, CommitmentStatusAgreed}: true, {CommitmentStatusProposed, CommitmentStatusLapsed}: true, {CommitmentStatusProposed, CommitmentStatusWithdrawn}: true,
		{CommitmentStatusAgreed, CommitmentStatusInProgress}: true, {CommitmentStatusAgreed, CommitmentStatusFulfilled}: true, {CommitmentStatusAgreed, CommitmentStatusLapsed}: true,
		{CommitmentStatusAgreed, CommitmentStatusWithdrawn}: true, {CommitmentStatusInProgress, CommitmentStatusFulfilled}: true,
		{CommitmentStatusInProgress, CommitmentStatusLapsed}: true, {CommitmentStatusInProgress, CommitmentStatusWithdrawn}: true,
		{CommitmentStatusAgreed, CommitmentStatusSuspended}: true, {CommitmentStatusInProgress, CommitmentStatusSuspended}: true,
		{CommitmentStatusSuspended, CommitmentStatusAgreed}: true, {CommitmentStatusSuspended, CommitmentStatusInProgress}: true,
		{CommitmentStatusSuspended, CommitmentStatusLapsed}: true, {CommitmentStatusSuspended, CommitmentStatusWithdrawn}: true,
	}
	for _, prev := range CommitmentStatuses() {
		if prev.IsFinal() {
			continue // checkTransitions reports anything after a final status before asking
		}
		for _, next := range CommitmentStatuses() {
			if got := mayFollow(prev, next); got != allowed[[2]CommitmentStatus{prev, next}] {
				t.Errorf("mayFollow(%s, %s) = %v", prev, next, got)
			}
		}
	}
}

// TestLongGraphsAreLinearAndStackSafe builds a chain of relations and of parents long enough
// to overflow a recursive walk, closed into one cycle each.
func TestLongGraphsAreLinearAndStackSafe(t *testing.T) {
	const n = 50_000
	f := validDocument(t)
	f.Instruments = slices.Grow(f.Instruments, n)
	f.Stakeholders = slices.Grow(f.Stakeholders, n)
	for i := range n {
		next := fmt.Sprintf("chain-%d", (i+1)%n)
		f.Instruments = append(f.Instruments, Instrument{
			ID: ID(fmt.Sprintf("chain-%d", i)), Kind: InstrumentKindAgreement, Name: Text{"en": "Link"},
			Parties: []ID{"france", "india"}, Sources: []ID{"source-a"},
			Relations: []Relation{{Type: RelationTypePartOf, To: ID(next)}},
		})
		f.Stakeholders = append(f.Stakeholders, Stakeholder{
			ID: ID(fmt.Sprintf("body-%d", i)), Kind: StakeholderKindOrganization, Name: Text{"en": "Body"},
			Parent: ID(fmt.Sprintf("body-%d", (i+1)%n)),
		})
	}
	var got []issueRow
	for _, is := range f.Check() {
		got = append(got, issueRow{is.Path.String(), is.Code, is.Severity.String()})
	}
	want := []issueRow{
		{"/instruments/1/relations/0", CodeGraphCycle, "error"},
		{"/stakeholders/4/parent", CodeGraphParentCycle, "error"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Check() (-want +got):\n%s", diff)
	}
}

func TestCycleIsListedFromItsFirstInstrument(t *testing.T) {
	f := validDocument(t)
	add := func(id string, to ...string) {
		in := Instrument{ID: ID(id), Kind: InstrumentKindAgreement, Name: Text{"en": id},
			Parties: []ID{"france", "india"}, Sources: []ID{"source-a"}}
		for _, target := range to {
			in.Relations = append(in.Relations, Relation{Type: RelationTypeBasedOn, To: ID(target)})
		}
		f.Instruments = append(f.Instruments, in)
	}
	// Two cycles sharing b: a → b → c → a and b → d → b, one strongly connected group.
	add("a", "b")
	add("b", "d", "c")
	add("c", "a")
	add("d", "b")
	issues := f.Check()
	if len(issues) != 1 {
		t.Fatalf("Check() = %s; want one cycle", issueLines(issues))
	}
	want := []any{"based-on", "a → b → c → a"}
	if diff := cmp.Diff(want, issues[0].Args); diff != "" || issues[0].Path.String() != "/instruments/1/relations/0" {
		t.Errorf("cycle at %s (-want +got args):\n%s", issues[0].Path, diff)
	}
}

func TestRoleHeldThroughAncestorsAndCountry(t *testing.T) {
	tests := []struct {
		name string
		edit func(f *Framework)
		want []issueRow
	}{
		{"organisation is a ministry of the state", func(*Framework) {}, nil},
		{"organisation is the state itself", func(f *Framework) {
			f.Stakeholders[3].Positions[0].Organization = "france"
		}, nil},
		{"organisation has the state's country but no parent", func(f *Framework) {
			f.Stakeholders[2].Parent = ""
		}, nil},
		{"organisation belongs to the other state", func(f *Framework) {
			f.Stakeholders[2].Parent, f.Stakeholders[2].Country = "india", "IN"
		}, []issueRow{{"/events/0/participants/0/stakeholder", CodeRoleNotHeld, "warning"}}},
		{"position without an organisation", func(f *Framework) {
			f.Stakeholders[3].Positions[0].Organization = ""
		}, nil},
		{"delegate needs no position", func(f *Framework) {
			f.Events[0].Participants[0].Role = RoleDelegate
			f.Stakeholders[3].Positions = nil
		}, nil},
		{"position begins after the event", func(f *Framework) {
			f.Stakeholders[3].Positions[0].From = mustDate(t, "2019-02")
		}, []issueRow{{"/events/0/participants/0/stakeholder", CodeRoleNotHeld, "error"}}},
		{"held on the event's day, outside its term", func(f *Framework) {
			f.Stakeholders[3].Positions[0].From = mustDate(t, "2019-02")
			f.Stakeholders[3].Positions[0].HeldOn = []Date{mustDate(t, "2019-01-15")}
		}, nil},
		{"held on a day of the event's month, outside its term", func(f *Framework) {
			f.Stakeholders[3].Positions[0].From = mustDate(t, "2019-02")
			f.Stakeholders[3].Positions[0].HeldOn = []Date{mustDate(t, "2019-01")}
		}, nil},
		{"known by days held on, the event between them", func(f *Framework) {
			f.Stakeholders[3].Positions[0].From, f.Stakeholders[3].Positions[0].To = Date{}, Date{}
			f.Stakeholders[3].Positions[0].HeldOn = []Date{mustDate(t, "2019-01-31"), mustDate(t, "2019-01-01")}
		}, nil},
		{"known by days held on, the event after the last", func(f *Framework) {
			f.Stakeholders[3].Positions[0].From, f.Stakeholders[3].Positions[0].To = Date{}, Date{}
			f.Stakeholders[3].Positions[0].HeldOn = []Date{mustDate(t, "2018-03-01"), mustDate(t, "2017-11")}
		}, []issueRow{{"/events/0/participants/0/stakeholder", CodeRoleNotHeld, "warning"}}},
		{"a second position covers the day", func(f *Framework) {
			p := f.Stakeholders[3].Positions[0]
			f.Stakeholders[3].Positions[0].To = mustDate(t, "2018")
			p.Title = Text{"en": "Adviser"}
			p.From = mustDate(t, "2019-01")
			f.Stakeholders[3].Positions = append(f.Stakeholders[3].Positions, p)
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := validDocument(t)
			tt.edit(f)
			if diff := cmp.Diff(tt.want, rowsOrNil(f.Check())); diff != "" {
				t.Errorf("Check() (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRoleHeldOnQualifiedDates checks role.not-held against events of coarse and qualified
// dates: certain when even the widest reading of the event's date falls outside the term,
// possible when only a reading widened by the qualifier does. Only role.not-held is compared:
// the commitment made at the event is dated against the event's new date too.
func TestRoleHeldOnQualifiedDates(t *testing.T) {
	tests := []struct {
		name string
		edit func(f *Framework)
		want []issueRow
	}{
		{"position begins the month after the event's month", func(f *Framework) {
			f.Events[0].Date = mustDate(t, "2019-02")
			f.Stakeholders[3].Positions[0].From = mustDate(t, "2019-03-10")
		}, []issueRow{{"/events/0/participants/0/stakeholder", CodeRoleNotHeld, "error"}}},
		{"position begins the month after the event's approximate month", func(f *Framework) {
			f.Events[0].Date = mustDate(t, "2019-02~")
			f.Stakeholders[3].Positions[0].From = mustDate(t, "2019-03-10")
		}, []issueRow{{"/events/0/participants/0/stakeholder", CodeRoleNotHeld, "warning"}}},
		{"position begins in the event's approximate month", func(f *Framework) {
			f.Events[0].Date = mustDate(t, "2019-02~")
			f.Stakeholders[3].Positions[0].From = mustDate(t, "2019-02-10")
		}, nil},
		{"position ends before the event's uncertain year", func(f *Framework) {
			f.Events[0].Date = mustDate(t, "2023?")
		}, []issueRow{{"/events/0/participants/0/stakeholder", CodeRoleNotHeld, "warning"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := validDocument(t)
			tt.edit(f)
			issues := slices.DeleteFunc(f.Check(), func(is *Issue) bool { return is.Code != CodeRoleNotHeld })
			if diff := cmp.Diff(tt.want, rowsOrNil(issues)); diff != "" {
				t.Errorf("Check() (-want +got):\n%s", diff)
			}
		})
	}
}

func rowsOrNil(issues []*Issue) []issueRow {
	if len(issues) == 0 {
		return nil
	}
	return rowsOf(issues)
}

func TestScriptOfLanguageTags(t *testing.T) {
	tests := []struct {
		key, value string
		flagged    bool
	}{
		{"ar", "العراق", false},
		{"ar", "Iraq", true},
		{"ckb", "عێراق", false},
		{"ckb", "Iraq", true},
		{"ckb-Latn", "Iraq", false},
		{"en", "Iraq", false},
		{"en", "العراق", true},
		{"en", "1559", false}, // no letters, nothing to judge
		{"ar-Latn", "al-Iraq", false},
		{"tr", "Irak", false},
		{"fa", "عراق", false},
		{"ja", "イラク", false},
		{"zh", "伊拉克", false},
	}
	for _, tt := range tests {
		f := validDocument(t)
		f.Stakeholders[1].Name = Text{"en": "India", tt.key: tt.value}
		flagged := false
		for _, is := range f.Check() {
			flagged = flagged || is.Code == CodeTextScript
		}
		if flagged != tt.flagged {
			t.Errorf("%s %q: text.script reported = %v; want %v", tt.key, tt.value, flagged, tt.flagged)
		}
	}
}

// TestLocFitsInRegisters checks that a loc has at most four fields in at most four words, what
// the compiler passes and keeps in registers rather than building in memory and copying (see
// loc): the rules build one at every place they descend to.
func TestLocFitsInRegisters(t *testing.T) {
	if strconv.IntSize < 64 {
		t.Skip("on a 32-bit platform Go passes arguments on the stack")
	}
	typ := reflect.TypeFor[loc]()
	if n, size := typ.NumField(), typ.Size(); n > 4 || size > 4*reflect.TypeFor[uintptr]().Size() {
		t.Errorf("loc has %d fields in %d bytes, want at most 4 in 4 words", n, size)
	}
}

// TestLocPath checks that a place built step by step, by keys, indices, keys with an index,
// and an empty key, becomes the Path of all its steps in order, and that two places grown from
// one place each keep their own last step.
func TestLocPath(t *testing.T) {
	steps := make([]loc, 1, 20)
	steps[0] = field("events")
	want := Path{"events"}
	for i := 1; i < cap(steps); i++ {
		up := &steps[i-1]
		var next loc
		switch i % 4 {
		case 0:
			next = up.key("k" + strconv.Itoa(i))
			want = want.Key("k" + strconv.Itoa(i))
		case 1:
			next = up.index(i)
			want = want.Index(i)
		case 2:
			next = up.at("a"+strconv.Itoa(i), i)
			want = want.Key("a" + strconv.Itoa(i)).Index(i)
		case 3:
			next = up.key("")
			want = want.Key("")
		}
		steps = append(steps, next)
		if diff := cmp.Diff(want, next.path()); diff != "" {
			t.Fatalf("after %d steps (-want +got):\n%s", i+1, diff)
		}
	}
	last := &steps[len(steps)-1]
	a, b := last.key("a"), last.index(0)
	if got, want := a.String(), want.Key("a").String(); got != want {
		t.Errorf("a = %s, want %s", got, want)
	}
	if got, want := b.String(), want.Index(0).String(); got != want {
		t.Errorf("b = %s, want %s", got, want)
	}
	if got := element("sources", 3).String(); got != "/sources/3" {
		t.Errorf("element = %s, want /sources/3", got)
	}
	if got := (loc{}).path(); len(got) != 0 {
		t.Errorf("the document's place = %q, want an empty path", got)
	}
}

// TestCanonicalTagFollowsBCP47 checks that lang.canonical asks for the IANA registry's
// preferred values and case, and not for CLDR's aliases.
func TestCanonicalTagFollowsBCP47(t *testing.T) {
	for key, want := range map[string]string{
		"tl": "tl", "fil": "fil", "sh": "sh", "en-Latn": "en-Latn", "ar": "ar", "ckb-IQ": "ckb-IQ",
		"iw": "he", "in": "id", "ji": "yi", "mo": "ro", "zh-cmn": "cmn", "EN": "en", "en-us": "en-US",
		"sr-latn-rs": "sr-Latn-RS", "i-klingon": "tlh",
	} {
		if got := canonicalTag(key); got != want {
			t.Errorf("canonicalTag(%q) = %q, want %q", key, got, want)
		}
	}
}

// TestTextRulesReachEveryText checks that the text rules look at every value of every Text of
// a document, whatever field holds it: in testdata/valid/every-field.json, which sets every
// member of the model, each value of each Text is given a trailing space, and text.space must
// be reported at the place of each one. A Text added to the model later is held to it too.
func TestTextRulesReachEveryText(t *testing.T) {
	f := decodeFile(t, "testdata/valid/every-field.json")
	want := map[string]bool{}
	var walk func(v reflect.Value, at Path)
	walk = func(v reflect.Value, at Path) {
		switch {
		case v.Type() == reflect.TypeFor[Text]():
			for key, value := range v.Interface().(Text) {
				v.SetMapIndex(reflect.ValueOf(key), reflect.ValueOf(value+" "))
				want[at.Key(key).String()] = true
			}
		case v.Kind() == reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem(), at)
			}
		case v.Kind() == reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i), at.Index(i))
			}
		case v.Kind() == reflect.Struct:
			for i := range v.NumField() {
				field := v.Type().Field(i)
				name, _, _ := strings.Cut(field.Tag.Get("json"), ",")
				if field.IsExported() && name != "-" {
					walk(v.Field(i), at.Key(name))
				}
			}
		}
	}
	walk(reflect.ValueOf(f).Elem(), nil)
	if len(want) < 20 {
		t.Fatalf("every-field.json has %d text values; want every Text of the model", len(want))
	}
	got := map[string]bool{}
	for _, is := range f.Check() {
		if is.Code == CodeTextSpace {
			got[is.Path.String()] = true
		}
	}
	for at := range want {
		if !got[at] {
			t.Errorf("no text.space at %s", at)
		}
	}
	for at := range got {
		if !want[at] {
			t.Errorf("text.space at %s, which is no text value", at)
		}
	}
}

// TestTextRulesCheckEveryKeyOnce gives the commitments of a framework Texts in many languages,
// the commonest first met early and others only later, past the few that checkText asks each
// Text for before it walks the map (maxFewKeys), among them keys that are not tags, not
// canonical, and empty values. Each value of each Text must be reported once by each rule it
// breaks, and only by those.
func TestTextRulesCheckEveryKeyOnce(t *testing.T) {
	keys := []string{"en", "ar", "ckb", "fr", "de", "e n", "IQ", "iw", "tr", "fa", "ku", "ru", "es", "he", "zh"}
	f := &Framework{Format: FormatTag, ID: "x", Title: Text{"en": "X"}}
	want := map[string]bool{}
	for i := range 60 {
		text := Text{}
		for k, key := range keys {
			if (i+k)%(1+k%5) != 0 || k > 3+i/4 {
				continue
			}
			at := "/commitments/" + strconv.Itoa(i) + "/text/" + key
			switch value := fmt.Sprint("v", i, k); (i + k) % 4 {
			case 0:
				text[key] = ""
				want[at+" "+string(CodeTextEmpty)] = true
			case 1:
				text[key] = " " + value
				want[at+" "+string(CodeTextSpace)] = true
			default:
				text[key] = value
			}
			switch key {
			case "e n", "IQ":
				want[at+" "+string(CodeLangSyntax)] = true
			case "iw":
				want[at+" "+string(CodeLangCanonical)] = true
			}
		}
		f.Commitments = append(f.Commitments, Commitment{ID: ID(fmt.Sprint("c", i)), Text: text})
	}
	got := map[string]int{}
	for _, is := range f.Check() {
		switch is.Code {
		case CodeTextEmpty, CodeTextSpace, CodeLangSyntax, CodeLangCanonical:
			got[is.Path.String()+" "+string(is.Code)]++
		}
	}
	for k := range want {
		if got[k] != 1 {
			t.Errorf("%s: reported %d times, want once", k, got[k])
		}
	}
	for k, n := range got {
		if !want[k] {
			t.Errorf("%s: reported %d times, want never", k, n)
		}
	}
	if len(want) < 100 {
		t.Fatalf("only %d issues expected; the test should reach more keys", len(want))
	}
}

// TestDelegationParties checks that a delegation is held to the parties of its event's
// instrument whatever the instrument names: both states, one of them, none of them but other
// parties, or no party at all (then any state may take part).
func TestDelegationParties(t *testing.T) {
	tests := []struct {
		parties []ID
		want    map[ID]bool // delegation → reported as no party of the instrument
	}{
		{[]ID{"france", "india"}, map[ID]bool{"france": false, "india": false}},
		{[]ID{"france"}, map[ID]bool{"france": false, "india": true}},
		{[]ID{"india", "india"}, map[ID]bool{"france": true, "india": false}},
		{[]ID{"ministry-a"}, map[ID]bool{"france": true, "india": true}},
		{[]ID{"nowhere"}, map[ID]bool{"france": true, "india": true}},
		{nil, map[ID]bool{"france": false, "india": false}},
	}
	for _, tt := range tests {
		for delegation, want := range tt.want {
			f := decodeFile(t, "testdata/invalid/shape.json")
			f.Instruments[2].Parties = tt.parties
			f.Events[1].Participants[0].Delegation = delegation
			got := false
			for _, is := range f.Check() {
				if is.Code == CodeShapeDelegation && is.Path.String() == "/events/1/participants/0/delegation" {
					got = true
				}
			}
			if got != want {
				t.Errorf("parties %v, delegation %s: reported %t, want %t", tt.parties, delegation, got, want)
			}
		}
	}
}

// TestSameTitleRuns checks the groups of positions that share an organisation and a title in
// some language, for people with a few positions (their keys fit sameTitleRuns's buffer on the
// stack) and with many (they do not).
func TestSameTitleRuns(t *testing.T) {
	pos := func(org ID, titles ...string) Position {
		title := Text{}
		for i := 0; i+1 < len(titles); i += 2 {
			title[titles[i]] = titles[i+1]
		}
		return Position{Organization: org, Title: title}
	}
	few := []Position{pos("m", "en", "Minister"), pos("m", "en", "Adviser"), pos("m", "en", "Minister", "ar", "وزير"), pos("n", "en", "Minister")}
	if got, want := sameTitleRuns(few), [][]int{{0, 2}}; !slices.EqualFunc(got, want, slices.Equal[[]int]) {
		t.Errorf("few positions: runs %v, want %v", got, want)
	}
	var many []Position
	for j := range 12 {
		many = append(many, pos(ID(fmt.Sprint("org-", j%3)), "en", fmt.Sprint("T", j%2), "ar", "ع"))
	}
	// By organisation, language, then title: org-0 holds 0, 3, 6, 9; org-1 1, 4, 7, 10; org-2
	// 2, 5, 8, 11. In Arabic each organisation's titles are all one; in English they split
	// by j%2.
	want := [][]int{{0, 3, 6, 9}, {0, 6}, {3, 9}, {1, 4, 7, 10}, {4, 10}, {1, 7}, {2, 5, 8, 11}, {2, 8}, {5, 11}}
	if got := sameTitleRuns(many); !slices.EqualFunc(got, want, slices.Equal[[]int]) {
		t.Errorf("many positions: runs %v, want %v", got, want)
	}
}
