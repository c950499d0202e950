package datasets_test

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
)

func TestNames(t *testing.T) {
	want := []string{"us-iraq", "us-iraq-2021"}
	if diff := cmp.Diff(want, datasets.Names()); diff != "" {
		t.Errorf("Names() (-want +got):\n%s", diff)
	}
	// Names returns a copy: changing it must not change the next answer.
	datasets.Names()[0] = "changed"
	if got := datasets.Names()[0]; got != "us-iraq" {
		t.Errorf("Names()[0] after changing a returned slice = %q, want us-iraq", got)
	}
}

func TestLoad(t *testing.T) {
	titles := map[string]string{
		"us-iraq":      "US-Iraq security cooperation framework (August 2023)",
		"us-iraq-2021": "US-Iraq security cooperation framework (July 2021)",
	}
	for _, name := range datasets.Names() {
		t.Run(name, func(t *testing.T) {
			f, err := datasets.Load(name)
			if err != nil {
				t.Fatalf("Load(%q): %v", name, err)
			}
			if f.Format != jscd.FormatTag || f.ID != "us-iraq" {
				t.Errorf("format, id = %q, %q; want %q, us-iraq", f.Format, f.ID, jscd.FormatTag)
			}
			if got := f.Title["en"]; got != titles[name] {
				t.Errorf("title = %q, want %q", got, titles[name])
			}
		})
	}
}

// TestTitle checks that Title gives each dataset's title as its document does, and nothing for
// a name that is not bundled.
func TestTitle(t *testing.T) {
	for _, name := range datasets.Names() {
		got, ok := datasets.Title(name)
		if want := datasets.MustLoad(name).Title; !ok || len(want) == 0 || !cmp.Equal(got, want) {
			t.Errorf("Title(%q) = %v, %v; want %v, true (the document's title)", name, got, ok, want)
		}
	}
	if got, ok := datasets.Title("us-iraq-2022"); ok || got != nil {
		t.Errorf("Title of an unknown name = %v, %v; want nil, false", got, ok)
	}
}

func TestLoadReturnsAFreshFramework(t *testing.T) {
	a := datasets.MustLoad("us-iraq")
	a.Stakeholders[0].Name["en"] = "changed"
	b := datasets.MustLoad("us-iraq")
	if got := b.Stakeholders[0].Name["en"]; got == "changed" {
		t.Error("a change to one loaded framework shows in the next one")
	}
}

func TestUnknownName(t *testing.T) {
	if _, err := datasets.Load("us-japan"); err == nil || !strings.Contains(err.Error(), `"us-japan"`) ||
		!strings.Contains(err.Error(), "us-iraq, us-iraq-2021") {
		t.Errorf("Load(us-japan) error = %v, want one naming it and listing us-iraq, us-iraq-2021", err)
	}
	if b, err := datasets.Bytes("US-IRAQ"); err == nil {
		t.Errorf("Bytes(US-IRAQ) = %d bytes, want an error (names are exact)", len(b))
	}
	defer func() {
		if recover() == nil {
			t.Error("MustLoad(unknown) did not panic")
		}
	}()
	datasets.MustLoad("unknown")
}

func TestBytesIsACopy(t *testing.T) {
	a, err := datasets.Bytes("us-iraq")
	if err != nil {
		t.Fatal(err)
	}
	want := string(a)
	a[0] = 'X'
	b, _ := datasets.Bytes("us-iraq")
	if string(b) != want {
		t.Error("a change to the bytes Bytes returned shows in the next call")
	}
}

// TestCanonical checks that each file is in canonical form: jscd.Encode of what jscd.Decode
// reads gives the same bytes.
func TestCanonical(t *testing.T) {
	for _, name := range datasets.Names() {
		raw, err := datasets.Bytes(name)
		if err != nil {
			t.Fatal(err)
		}
		f := datasets.MustLoad(name)
		got := encode(t, f)
		if diff := cmp.Diff(string(raw), string(got)); diff != "" {
			t.Errorf("%s: encode(decode(file)) differs from the file (-file +encoded):\n%s", name, diff)
		}
	}
}

func encode(t *testing.T, f *jscd.Framework) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := jscd.Encode(&b, f); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func instrument(t *testing.T, f *jscd.Framework, id jscd.ID) jscd.Instrument {
	t.Helper()
	i := slices.IndexFunc(f.Instruments, func(in jscd.Instrument) bool { return in.ID == id })
	if i < 0 {
		t.Fatalf("no instrument %q", id)
	}
	return f.Instruments[i]
}

func stakeholder(t *testing.T, f *jscd.Framework, id jscd.ID) jscd.Stakeholder {
	t.Helper()
	i := slices.IndexFunc(f.Stakeholders, func(s jscd.Stakeholder) bool { return s.ID == id })
	if i < 0 {
		t.Fatalf("no stakeholder %q", id)
	}
	return f.Stakeholders[i]
}

// TestJSCDRestsOnItsThreeFoundations checks the JSCD's relations: the article states that it
// "is based on" the three older instruments; that it is "a complement to" them is the authors'
// hedged judgement ("it can be said"), an assessment and not a relation.
func TestJSCDRestsOnItsThreeFoundations(t *testing.T) {
	f := datasets.MustLoad("us-iraq")
	type link struct {
		Type jscd.RelationType
		To   jscd.ID
	}
	var got []link
	for _, r := range instrument(t, f, "jscd").Relations {
		got = append(got, link{r.Type, r.To})
	}
	var want []link
	for _, to := range []jscd.ID{"strategic-framework-agreement", "strategic-dialogue", "higher-coordination-committee"} {
		want = append(want, link{jscd.RelationTypeBasedOn, to})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("JSCD relations (-want +got):\n%s", diff)
	}
	i := slices.IndexFunc(f.Assessments, func(a jscd.Assessment) bool {
		return a.ID == "jscd-complements-its-foundations"
	})
	if i < 0 || f.Assessments[i].Confidence != jscd.ConfidenceModerate {
		t.Error("no assessment jscd-complements-its-foundations of moderate confidence")
	}
}

// TestRound4HasNoLeaders checks that the fourth round names no participants: the article says
// that al-Kadhimi and Biden came to a conclusion in it, not that they led it, so the conclusion
// is its outcome.
func TestRound4HasNoLeaders(t *testing.T) {
	for _, name := range datasets.Names() {
		f := datasets.MustLoad(name)
		i := slices.IndexFunc(f.Events, func(e jscd.Event) bool { return e.ID == "strategic-dialogue-round-4" })
		if i < 0 {
			t.Fatalf("%s: no round 4", name)
		}
		e := f.Events[i]
		if len(e.Participants) != 0 {
			t.Errorf("%s: round 4 participants = %+v, want none", name, e.Participants)
		}
		if len(e.Outcomes) != 1 || !strings.Contains(e.Outcomes[0]["en"], "al-Kadhimi and US President Joe Biden came to") {
			t.Errorf("%s: round 4 outcomes = %q, want the conclusion of al-Kadhimi and Biden", name, e.Outcomes)
		}
	}
}

func TestRound4DecisionDueIn2021(t *testing.T) {
	for _, name := range datasets.Names() {
		f := datasets.MustLoad(name)
		i := slices.IndexFunc(f.Commitments, func(c jscd.Commitment) bool {
			return c.MadeAt == "strategic-dialogue-round-4"
		})
		if i < 0 {
			t.Fatalf("%s: no commitment made at round 4", name)
		}
		c := f.Commitments[i]
		if c.Strength != jscd.StrengthDecision || c.Due.String() != "2021" ||
			!slices.Equal(c.By, []jscd.ID{"united-states", "iraq"}) ||
			!strings.Contains(c.Text["en"], "combat forces to leave Iraq") {
			t.Errorf("%s: round-4 commitment = %+v, want the decision by both states, due 2021, "+
				"for US combat forces to leave Iraq", name, c)
		}
		// The article does not say the withdrawal happened: its last status is agreed.
		if n := len(c.Status); n == 0 || c.Status[n-1].Status != jscd.CommitmentStatusAgreed {
			t.Errorf("%s: round-4 status history = %+v, want it to end at agreed", name, c.Status)
		}
	}
}

func TestAbbasiSpellings(t *testing.T) {
	s := stakeholder(t, datasets.MustLoad("us-iraq"), "sabit-al-abbasi")
	var aliases []string
	for _, a := range s.Aliases {
		aliases = append(aliases, a["en"])
	}
	for _, want := range []string{"Sabit al-Abbasi", "Thabet al-Abbasi", "Thabit al-Abbasi"} {
		if !slices.Contains(aliases, want) {
			t.Errorf("aliases of al-Abbasi = %q, want %q among them", aliases, want)
		}
	}
	if s.Name["ar"] != "ثابت العباسي" {
		t.Errorf("Arabic name of al-Abbasi = %q", s.Name["ar"])
	}
	if !slices.Contains(s.Sources, "public-record-of-names") {
		t.Errorf("sources of al-Abbasi = %q, want the public record of names among them", s.Sources)
	}
}

// TestHCCOfficialName checks that the committee's official name, which the article does not
// use, is an alias cited from the public record of names.
func TestHCCOfficialName(t *testing.T) {
	in := instrument(t, datasets.MustLoad("us-iraq"), "higher-coordination-committee")
	if in.Name["en"] != "US-Iraq High Coordination Committee" {
		t.Errorf("name of the HCC = %q, want the article's", in.Name["en"])
	}
	if len(in.Aliases) != 1 || in.Aliases[0]["en"] != "Higher Coordinating Committee" {
		t.Errorf("aliases of the HCC = %q, want [Higher Coordinating Committee]", in.Aliases)
	}
	if !slices.Contains(in.Sources, "public-record-of-names") {
		t.Errorf("sources of the HCC = %q, want the public record of names among them", in.Sources)
	}
}

func TestStatesAndPeopleHaveArabicNames(t *testing.T) {
	for _, name := range datasets.Names() {
		for _, s := range datasets.MustLoad(name).Stakeholders {
			if (s.Kind == jscd.StakeholderKindState || s.Kind == jscd.StakeholderKindPerson) && s.Name["ar"] == "" {
				t.Errorf("%s: %s %q has no Arabic name", name, s.Kind, s.ID)
			}
		}
	}
}

// TestTheYearsBetween checks the story a diff of the two versions tells: what came after July
// 2021 is only in the 2023 version, and the offices held then were open-ended then.
func TestTheYearsBetween(t *testing.T) {
	f21, f23 := datasets.MustLoad("us-iraq-2021"), datasets.MustLoad("us-iraq")
	ids21, ids23 := entityIDs(f21), entityIDs(f23)
	for id := range ids21 {
		if !ids23[id] {
			t.Errorf("%q is in the 2021 version but not in the 2023 one", id)
		}
	}
	for _, later := range []jscd.ID{"jscd", "higher-coordination-committee", "jscd-talks-2023-08",
		"mohammed-shia-al-sudani", "sabit-al-abbasi", "sudani-government"} {
		if ids21[later] {
			t.Errorf("%q is in the 2021 version; it came later", later)
		}
	}
	if len(f21.Assessments) != 0 {
		t.Errorf("the 2021 version has %d assessments; all are of August 2023", len(f21.Assessments))
	}
	for id, wantTo := range map[jscd.ID][2]string{
		"mustafa-al-kadhimi": {"", "2022-10-27"},
		"joe-biden":          {"", "2025-01-20"},
	} {
		got := [2]string{
			stakeholder(t, f21, id).Positions[0].To.String(),
			stakeholder(t, f23, id).Positions[0].To.String(),
		}
		if got != wantTo {
			t.Errorf("end of office of %s in 2021, 2023 = %q, want %q", id, got, wantTo)
		}
	}
}

// entityIDs returns every entity ID of f, and fails on one used twice.
func entityIDs(f *jscd.Framework) map[jscd.ID]bool {
	seen := map[jscd.ID]bool{}
	add := func(id jscd.ID) { seen[id] = true }
	for _, s := range f.Stakeholders {
		add(s.ID)
	}
	for _, i := range f.Instruments {
		add(i.ID)
	}
	for _, e := range f.Events {
		add(e.ID)
	}
	for _, c := range f.Commitments {
		add(c.ID)
	}
	for _, a := range f.Assessments {
		add(a.ID)
	}
	for _, s := range f.Sources {
		add(s.ID)
	}
	return seen
}

var slug = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestIDsAreUniqueSlugs(t *testing.T) {
	for _, name := range datasets.Names() {
		f := datasets.MustLoad(name)
		n := len(f.Stakeholders) + len(f.Instruments) + len(f.Events) + len(f.Commitments) +
			len(f.Assessments) + len(f.Sources)
		ids := entityIDs(f)
		if len(ids) != n {
			t.Errorf("%s: %d entities but %d distinct IDs", name, n, len(ids))
		}
		for id := range ids {
			if !slug.MatchString(string(id)) {
				t.Errorf("%s: ID %q is not a lowercase slug", name, id)
			}
		}
	}
}

// TestShownTextsHaveArabic checks that every text the demo shows as a sentence or a label has
// an Arabic translation, so that an Arabic reader does not meet English mid-page: commitment,
// assessment, topic and outcome texts, event and instrument names and short names, and
// position titles. Descriptions may stay English-only.
func TestShownTextsHaveArabic(t *testing.T) {
	for _, name := range datasets.Names() {
		f := datasets.MustLoad(name)
		var missing []string
		need := func(where string, text jscd.Text) {
			if !text.IsEmpty() && text["ar"] == "" {
				missing = append(missing, where)
			}
		}
		for _, s := range f.Stakeholders {
			need("stakeholder "+string(s.ID), s.Name)
			for _, p := range s.Positions {
				need("position of "+string(s.ID), p.Title)
			}
		}
		for _, in := range f.Instruments {
			need("instrument "+string(in.ID), in.Name)
			need("short name of "+string(in.ID), in.ShortName)
		}
		for _, ev := range f.Events {
			need("event "+string(ev.ID), ev.Name)
			for _, tp := range ev.Topics {
				need("topic of "+string(ev.ID), tp.Text)
			}
			for _, o := range ev.Outcomes {
				need("outcome of "+string(ev.ID), o)
			}
		}
		for _, c := range f.Commitments {
			need("commitment "+string(c.ID), c.Text)
		}
		for _, a := range f.Assessments {
			need("assessment "+string(a.ID), a.Text)
		}
		if len(missing) > 0 {
			t.Errorf("%s: no Arabic for %q", name, missing)
		}
	}
}
