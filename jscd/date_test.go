package jscd

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// validDateTests are the level 0 and level 1 examples of the EDTF specification (Library
// of Congress, 2019), and a few more, with the span each one denotes ("" for no bound).
var validDateTests = []struct {
	in       string
	earliest string
	latest   string
	prec     Precision
}{
	// Level 0: dates.
	{"1985-04-12", "1985-04-12", "1985-04-12", PrecisionDay},
	{"1985-04", "1985-04-01", "1985-04-30", PrecisionMonth},
	{"1985", "1985-01-01", "1985-12-31", PrecisionYear},
	{"0000", "0000-01-01", "0000-12-31", PrecisionYear},
	// Level 0: intervals.
	{"1964/2008", "1964-01-01", "2008-12-31", PrecisionYear},
	{"2004-06/2006-08", "2004-06-01", "2006-08-31", PrecisionMonth},
	{"2004-02-01/2005-02-08", "2004-02-01", "2005-02-08", PrecisionDay},
	{"2004-02-01/2005-02", "2004-02-01", "2005-02-28", PrecisionDay},
	{"2004-02-01/2005", "2004-02-01", "2005-12-31", PrecisionDay},
	{"2005/2006-02", "2005-01-01", "2006-02-28", PrecisionYear},
	{"2004/2004", "2004-01-01", "2004-12-31", PrecisionYear},
	{"2004-06/2004", "2004-06-01", "2004-12-31", PrecisionMonth},
	// Level 1: letter-prefixed years.
	{"Y170000002", "170000002-01-01", "170000002-12-31", PrecisionYear},
	{"Y-170000002", "-170000002-01-01", "-170000002-12-31", PrecisionYear},
	{"Y99999999999", "99999999999-01-01", "99999999999-12-31", PrecisionYear},
	// Level 1: seasons (northern hemisphere).
	{"2001-21", "2001-03-01", "2001-05-31", PrecisionSeason},
	{"2001-22", "2001-06-01", "2001-08-31", PrecisionSeason},
	{"2001-23", "2001-09-01", "2001-11-30", PrecisionSeason},
	{"2001-24", "2001-12-01", "2002-02-28", PrecisionSeason},
	{"2003-24", "2003-12-01", "2004-02-29", PrecisionSeason},
	// Level 1: qualifiers.
	{"1984?", "1984-01-01", "1984-12-31", PrecisionYear},
	{"2004-06~", "2004-06-01", "2004-06-30", PrecisionMonth},
	{"2004-06-11%", "2004-06-11", "2004-06-11", PrecisionDay},
	{"2001-21?", "2001-03-01", "2001-05-31", PrecisionSeason},
	// Level 1: unspecified digits from the right.
	{"201X", "2010-01-01", "2019-12-31", PrecisionYear},
	{"20XX", "2000-01-01", "2099-12-31", PrecisionYear},
	{"2004-XX", "2004-01-01", "2004-12-31", PrecisionMonth},
	{"1985-04-XX", "1985-04-01", "1985-04-30", PrecisionDay},
	{"1985-XX-XX", "1985-01-01", "1985-12-31", PrecisionDay},
	{"2000-02-XX", "2000-02-01", "2000-02-29", PrecisionDay},
	{"-198X", "-1989-01-01", "-1980-12-31", PrecisionYear},
	// Level 1: extended intervals, open and unknown ends.
	{"1985-04-12/..", "1985-04-12", "", PrecisionDay},
	{"1985-04/..", "1985-04-01", "", PrecisionMonth},
	{"1985/..", "1985-01-01", "", PrecisionYear},
	{"../1985-04-12", "", "1985-04-12", PrecisionDay},
	{"../1985-04", "", "1985-04-30", PrecisionMonth},
	{"../1985", "", "1985-12-31", PrecisionYear},
	{"1985-04-12/", "1985-04-12", "", PrecisionDay},
	{"1985-04/", "1985-04-01", "", PrecisionMonth},
	{"1985/", "1985-01-01", "", PrecisionYear},
	{"/1985-04-12", "", "1985-04-12", PrecisionDay},
	{"/1985-04", "", "1985-04-30", PrecisionMonth},
	{"/1985", "", "1985-12-31", PrecisionYear},
	{"1984~/2004-06", "1984-01-01", "2004-06-30", PrecisionYear},
	{"1984/2004-06~", "1984-01-01", "2004-06-30", PrecisionYear},
	{"1984~/2004~", "1984-01-01", "2004-12-31", PrecisionYear},
	{"1984?/2004%", "1984-01-01", "2004-12-31", PrecisionYear},
	{"1984-06?/2004-08?", "1984-06-01", "2004-08-31", PrecisionMonth},
	{"1984-06-02?/2004-08-08~", "1984-06-02", "2004-08-08", PrecisionDay},
	{"1984-06-02?/", "1984-06-02", "", PrecisionDay},
	{"1984-06-02?/..", "1984-06-02", "", PrecisionDay},
	{"2004-06~/2004-06-11%", "2004-06-01", "2004-06-11", PrecisionMonth},
	{"2001-21/2001-23", "2001-03-01", "2001-11-30", PrecisionSeason},
	{"201X/2012", "2010-01-01", "2012-12-31", PrecisionYear},
	// Level 1: negative years.
	{"-1985", "-1985-01-01", "-1985-12-31", PrecisionYear},
	{"-1985-04-12", "-1985-04-12", "-1985-04-12", PrecisionDay},
	{"-0001/0001", "-0001-01-01", "0001-12-31", PrecisionYear},
	// Leap years.
	{"2000-02-29", "2000-02-29", "2000-02-29", PrecisionDay},
	{"2016-02-29", "2016-02-29", "2016-02-29", PrecisionDay},
	{"0000-02-29", "0000-02-29", "0000-02-29", PrecisionDay},
	{"-0004-02-29", "-0004-02-29", "-0004-02-29", PrecisionDay},
	{"1900-02", "1900-02-01", "1900-02-28", PrecisionMonth},
}

// invalidDateTests are texts that are not EDTF level 0 or 1 dates, each with a part of
// the reason the error must give.
var invalidDateTests = []struct {
	in     string
	reason string
}{
	{"", "empty"},
	{"2016-02-30", "day 30 is out of range for 2016-02"},
	{"1900-02-29", "day 29 is out of range for 1900-02"},
	{"2015-02-29", "day 29"},
	{"2004-04-31", "day 31"},
	{"2004-04-00", "day 00"},
	{"2004-13", "month 13 is out of range"},
	{"2004-00", "month 00 is out of range"},
	{"2004-20", "month 20 is out of range"},
	{"2004-42", "month 42 is out of range"},
	{"2004-13-01", "month 13 is out of range"},
	{"2004-6-11", "two digits"},
	{"2004-06-1", "two digits"},
	{"20040611", "basic format"},
	{"200406", "basic format"},
	{"85", "four digits"},
	{"985", "four digits"},
	{"19850", `"Y" prefix`},
	{" 2004", "spaces"},
	{"2004 ", "spaces"},
	{"2004 /2005", "spaces"},
	{"2004-06-11\t", "spaces"},
	{"2004/2003", "ends before it begins"},
	{"2004-06-11/2004-06-10", "ends before it begins"},
	{"2005/2004-06", "ends before it begins"},
	{"198u", "draft"},
	{"199u", "draft"},
	{"1985-04-uu", "draft"},
	{"196x", "draft"},
	{"y170000002", "draft"},
	{"unknown/2006", "draft"},
	{"2004/unknown", "draft"},
	{"2004/open", "draft"},
	{"open/2004", "draft"},
	{"2004-(06)?-11", "draft"},
	{"2001-21^southernHemisphere", "draft"},
	{"2004?-06-11", "level 2"},
	{"2004-06?-11", "level 2"},
	{"2004-06-~11", "level 2"},
	{"?2004-06-11", "level 2"},
	{"~2004", "level 2"},
	{"[1667,1668,1670..1672]", "level 2"},
	{"{1667,1668}", "level 2"},
	{"[..1760-12-03]", "level 2"},
	{"2001-25", "level 2"},
	{"2001-41", "level 2"},
	{"Y-17E7", "level 2"},
	{"Y171010000S3", "level 2"},
	{"1950S2", "level 2"},
	{"156X-12-25", "level 2"},
	{"15XX-12-25", "level 2"},
	{"XXXX-12-XX", "level 2"},
	{"1XXX-XX", "level 2"},
	{"1XXX-12", "level 2"},
	{"1XXX", "level 2"},
	{"XXXX", "level 2"},
	{"1X85", "level 2"},
	{"19X5", "level 2"},
	{"201X-04", "level 2"},
	{"1985-XX-12", "level 2"},
	{"1985-04-1X", "level 2"},
	{"2004-1X", "level 2"},
	{"1984-X1", "level 2"},
	{"2001-21-03", "season"},
	{"Y2004", "more than four digits"},
	{"Y02004X", "digits only"},
	{"Y020040", "does not start with 0"},
	{"Y", "digits only"},
	{"Y999999999999", "not supported"},
	{"-0000", "year zero"},
	{"2004-06-11-01", "at most"},
	{"2004-", "two digits"},
	{"-", "four digits"},
	{"/", "one end at least"},
	{"../", "one end at least"},
	{"/..", "one end at least"},
	{"../..", "one end at least"},
	{"..", "only valid as an end"},
	{"2004//2005", `exactly one "/"`},
	{"2004/2005/2006", `exactly one "/"`},
	{"..2004", `".."`},
	{"2004/..?", `".."`},
	{"?", "needs a date"},
	{"2004??", "one qualifier"},
	{"2004?~", "one qualifier"},
	{"2004-13/2005", "start of interval: month 13"},
	{"2004/2005-13", "end of interval: month 13"},
	{"1985-04-12T23:20:30", "times of day"},
	{"1985-04-12T23:20:30Z", "times of day"},
	{"+1985", "unexpected character '+'"},
	{"2004–2005", "unexpected character '–'"},
	{"2004-06-11\x00", "unexpected character"},
	{"\xff", "not valid UTF-8"},
}

func TestParseDateValid(t *testing.T) {
	for _, tt := range validDateTests {
		d, err := ParseDate(tt.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tt.in, err)
			continue
		}
		if got := d.String(); got != tt.in {
			t.Errorf("ParseDate(%q).String() = %q", tt.in, got)
		}
		if d.Err() != nil || d.IsZero() {
			t.Errorf("ParseDate(%q): Err() = %v, IsZero() = %v", tt.in, d.Err(), d.IsZero())
		}
		if got := d.Precision(); got != tt.prec {
			t.Errorf("ParseDate(%q).Precision() = %v, want %v", tt.in, got, tt.prec)
		}
		if got := formatDay(d.Earliest()); got != tt.earliest {
			t.Errorf("ParseDate(%q).Earliest() = %s, want %q", tt.in, got, tt.earliest)
		}
		if got := formatDay(d.Latest()); got != tt.latest {
			t.Errorf("ParseDate(%q).Latest() = %s, want %q", tt.in, got, tt.latest)
		}
	}
}

func TestParseDateInvalid(t *testing.T) {
	for _, tt := range invalidDateTests {
		d, err := ParseDate(tt.in)
		var dateErr *DateError
		if !errors.As(err, &dateErr) {
			t.Errorf("ParseDate(%q) error = %v, want a *DateError", tt.in, err)
			continue
		}
		if dateErr.Input != tt.in || !strings.Contains(dateErr.Reason, tt.reason) {
			t.Errorf("ParseDate(%q) error = %#v, want Input %q and a Reason that mentions %q",
				tt.in, dateErr, tt.in, tt.reason)
		}
		if !strings.Contains(err.Error(), dateErr.Reason) {
			t.Errorf("ParseDate(%q).Error() = %q does not give the reason", tt.in, err)
		}
		if d.String() != tt.in || d.Err() != err || d.IsZero() {
			t.Errorf("ParseDate(%q) = %q (Err %v, IsZero %v), want the text and the error kept",
				tt.in, d, d.Err(), d.IsZero())
		}
		if _, ok := d.Earliest(); ok {
			t.Errorf("ParseDate(%q).Earliest() reports a day", tt.in)
		}
	}
}

func TestParseDateLevel2Message(t *testing.T) {
	for _, in := range []string{"2004?-06-11", "?2004-06-11", "[1667,1668]", "{1667,1668}", "2001-25", "Y-17E7", "1950S2", "156X-12-25", "1XXX-12"} {
		_, err := ParseDate(in)
		if err == nil || !strings.Contains(err.Error(), "EDTF level 2, which is not supported") {
			t.Errorf("ParseDate(%q) error = %v, want it to say level 2 is not supported", in, err)
		}
	}
}

func TestDateParts(t *testing.T) {
	tests := []struct {
		in                      string
		interval                bool
		start, end              string
		uncertain, approximate  bool
		startPrec, endPrecision Precision
	}{
		{"2004", false, "2004", "2004", false, false, PrecisionYear, PrecisionYear},
		{"2004?", false, "2004?", "2004?", true, false, PrecisionYear, PrecisionYear},
		{"2004-06~", false, "2004-06~", "2004-06~", false, true, PrecisionMonth, PrecisionMonth},
		{"2004-06-11%", false, "2004-06-11%", "2004-06-11%", true, true, PrecisionDay, PrecisionDay},
		{"2004-06~/2004-06-11%", true, "2004-06~", "2004-06-11%", true, true, PrecisionMonth, PrecisionDay},
		{"1984?/2004", true, "1984?", "2004", true, false, PrecisionYear, PrecisionYear},
		{"../1985-04", true, "..", "1985-04", false, false, PrecisionNone, PrecisionMonth},
		{"1985/", true, "1985", "", false, false, PrecisionYear, PrecisionNone},
	}
	for _, tt := range tests {
		d := mustParseDate(t, tt.in)
		if d.IsInterval() != tt.interval || d.Uncertain() != tt.uncertain || d.Approximate() != tt.approximate {
			t.Errorf("%q: IsInterval, Uncertain, Approximate = %v, %v, %v; want %v, %v, %v", tt.in,
				d.IsInterval(), d.Uncertain(), d.Approximate(), tt.interval, tt.uncertain, tt.approximate)
		}
		start, end := d.Start(), d.End()
		if start.String() != tt.start || end.String() != tt.end {
			t.Errorf("%q: Start, End = %q, %q; want %q, %q", tt.in, start, end, tt.start, tt.end)
		}
		if start.Precision() != tt.startPrec || end.Precision() != tt.endPrecision {
			t.Errorf("%q: precisions of Start, End = %v, %v; want %v, %v", tt.in,
				start.Precision(), end.Precision(), tt.startPrec, tt.endPrecision)
		}
		if start.IsZero() || end.IsZero() || start.IsInterval() || end.IsInterval() {
			t.Errorf("%q: Start or End is zero or an interval", tt.in)
		}
		for _, part := range []Date{start, end} {
			if e, ok := part.Earliest(); ok {
				if want, _ := mustParseDate(t, part.String()).Earliest(); !e.Equal(want) {
					t.Errorf("%q: part %q has Earliest %v, want %v", tt.in, part, e, want)
				}
			}
		}
	}
}

func TestDateSpanEnds(t *testing.T) {
	if mustParseDate(t, "1985/").PossiblyBefore(mustParseDate(t, "1984")) {
		t.Errorf("1985/ is possibly before 1984, but it starts after 1984 ends")
	}
	start := mustParseDate(t, "/2006").Start()
	if start.String() != "" || start.IsZero() || start.Err() != nil {
		t.Errorf("Start of /2006 = %q (IsZero %v, Err %v), want an unknown, non-zero end", start, start.IsZero(), start.Err())
	}
	if !start.PossiblyBefore(mustParseDate(t, "1900")) || start.CertainlyBefore(mustParseDate(t, "3000")) {
		t.Errorf("an unknown end must be possibly, never certainly, before a date")
	}
}

func TestDateComparisons(t *testing.T) {
	tests := []struct {
		d, e                                      string
		certainlyBefore, possiblyBefore, contains bool
		overlaps                                  bool
	}{
		{"2021", "2021-12-15", false, true, true, true},
		{"2021-12-15", "2021", false, true, false, true},
		{"2008", "2023-08-07", true, true, false, false},
		{"2023-08-07", "2008", false, false, false, false},
		{"2023", "2023-08-07/2023-08-08", false, true, true, true},
		{"2023-08-07/2023-08-08", "2023", false, true, false, true},
		{"2023-08-07", "2023-08-08", true, true, false, false},
		{"2023-08-07", "2023-08-07", false, false, true, true},
		{"2004", "2005", true, true, false, false},
		{"2004/2006", "2006-05", false, true, true, true},
		{"201X", "2015", false, true, true, true},
		{"2001-24", "2002-02-28", false, true, true, true},
		{"2001-24", "2002-03", true, true, false, false},
		// Open and unknown ends.
		{"../1985", "1986", true, true, false, false},
		{"../1985", "1900", false, true, true, true},
		{"1985/..", "2100", false, true, true, true},
		{"1985/", "2100", false, true, false, true},
		{"2100", "1985/..", false, true, false, true},
		{"2100", "../1985", false, false, false, false},
		{"1985/..", "1990/..", false, true, true, true},
		{"1990/..", "1985/..", false, true, false, true},
		{"1985/", "1990/", false, true, false, true},
		{"/1985", "1980", false, true, false, true},
		{"1980", "/1985", false, true, false, true},
		{"1984", "1985/", true, true, false, false},
		{"1984", "/1985", false, true, false, true},
		// Qualified dates: one unit of margin for each qualified end.
		{"2004~", "2005-06", false, true, false, true},
		{"2004~", "2006", true, true, false, false},
		{"2004", "2005?", false, true, false, true},
		{"2004", "2006?", true, true, false, false},
		{"2004~", "2006~", false, true, false, true},
		{"2004~", "2007~", true, true, false, false},
		{"2004-06~", "2004-07-15", false, true, false, true},
		{"2004-06~", "2004-08", true, true, false, false},
		{"2004-06-11?", "2004-06-12", false, true, false, true},
		{"2004-06-11?", "2004-06-13", true, true, false, false},
		{"2004-06-11%", "2004-06-11", false, true, false, true},
		{"2001-21~", "2001-08", false, true, false, true},
		{"2001-21~", "2001-09", true, true, false, false},
		{"2004~", "2004-06", false, true, false, true},
		{"2004~/2010", "2005-06", false, true, true, true},
		{"2004~/2010", "2004-06", false, true, false, true},
		{"2005", "2004~", false, true, false, true},
		{"2006", "2004~", false, false, false, false},
		{"1984?/2004%", "1990", false, true, true, true},
	}
	for _, tt := range tests {
		d, e := mustParseDate(t, tt.d), mustParseDate(t, tt.e)
		if got := d.CertainlyBefore(e); got != tt.certainlyBefore {
			t.Errorf("%q.CertainlyBefore(%q) = %v", tt.d, tt.e, got)
		}
		if got := d.PossiblyBefore(e); got != tt.possiblyBefore {
			t.Errorf("%q.PossiblyBefore(%q) = %v", tt.d, tt.e, got)
		}
		if got := d.Contains(e); got != tt.contains {
			t.Errorf("%q.Contains(%q) = %v", tt.d, tt.e, got)
		}
		if got := d.Overlaps(e); got != tt.overlaps {
			t.Errorf("%q.Overlaps(%q) = %v", tt.d, tt.e, got)
		}
		if got := e.Overlaps(d); got != tt.overlaps {
			t.Errorf("%q.Overlaps(%q) = %v, not symmetric", tt.e, tt.d, got)
		}
	}
}

func TestDateComparisonsWithoutSpan(t *testing.T) {
	var invalid Date
	if err := invalid.UnmarshalText([]byte("2004-13")); err != nil {
		t.Fatal(err)
	}
	valid := mustParseDate(t, "2004")
	for _, pair := range [][2]Date{{{}, valid}, {valid, {}}, {invalid, valid}, {valid, invalid}, {{}, {}}} {
		d, e := pair[0], pair[1]
		if d.CertainlyBefore(e) || d.PossiblyBefore(e) || d.Contains(e) || d.Overlaps(e) {
			t.Errorf("comparing %q with %q gives true, want false", d, e)
		}
	}
	var zero Date
	if _, ok := zero.Earliest(); ok {
		t.Error("zero Date has an Earliest")
	}
	if _, ok := zero.Latest(); ok {
		t.Error("zero Date has a Latest")
	}
	if !zero.IsZero() || zero.Precision() != PrecisionNone || zero.IsInterval() || zero.Err() != nil {
		t.Error("zero Date is not zero")
	}
}

func TestDateCompare(t *testing.T) {
	want := []string{"../2000", "/2000", "2003", "2004", "2004/", "2004/..", "2004-06", "2004-06/2004-07", "2004-13", "2005/2004", ""}
	var dates []Date
	for _, s := range want {
		var d Date
		if s != "" {
			if err := d.UnmarshalText([]byte(s)); err != nil {
				t.Fatal(err)
			}
		}
		dates = append(dates, d)
	}
	for range 20 {
		shuffled := slices.Clone(dates)
		rand.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		slices.SortStableFunc(shuffled, Date.Compare)
		var got []string
		for _, d := range shuffled {
			got = append(got, d.String())
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("sorted with Date.Compare (-want +got):\n%s", diff)
		}
	}
	if c := mustParseDate(t, "2004").Compare(mustParseDate(t, "2004")); c != 0 {
		t.Errorf("Compare(2004, 2004) = %d", c)
	}
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		D Date `json:"d,omitzero"`
	}
	tests := []struct {
		json    string
		text    string
		invalid string // part of the error, or "" for a valid date
		zero    bool
	}{
		{`{}`, "", "", true},
		{`{"d":"2004-06~/2004-06-11%"}`, "2004-06~/2004-06-11%", "", false},
		{`{"d":"../1985"}`, "../1985", "", false},
		{`{"d":"2004-13"}`, "2004-13", "month 13", false},
		{`{"d":"2004?-06-11"}`, "2004?-06-11", "level 2", false},
		{`{"d":""}`, "", "empty", false},
	}
	for _, tt := range tests {
		var v doc
		if err := json.Unmarshal([]byte(tt.json), &v); err != nil {
			t.Errorf("Unmarshal(%s): %v", tt.json, err)
			continue
		}
		if v.D.String() != tt.text || v.D.IsZero() != tt.zero {
			t.Errorf("Unmarshal(%s) = %q (IsZero %v), want %q (IsZero %v)", tt.json, v.D, v.D.IsZero(), tt.text, tt.zero)
		}
		switch err := v.D.Err(); {
		case tt.invalid == "" && err != nil:
			t.Errorf("Unmarshal(%s): Err() = %v", tt.json, err)
		case tt.invalid != "" && (err == nil || !strings.Contains(err.Error(), tt.invalid)):
			t.Errorf("Unmarshal(%s): Err() = %v, want it to mention %q", tt.json, err, tt.invalid)
		}
		out, err := json.Marshal(v)
		if err != nil {
			t.Errorf("Marshal(%s): %v", tt.json, err)
			continue
		}
		if string(out) != tt.json {
			t.Errorf("Marshal(Unmarshal(%s)) = %s", tt.json, out)
		}
	}
}

func TestDateEqualWithCmp(t *testing.T) {
	type doc struct{ From, To Date }
	a := doc{From: mustParseDate(t, "2004"), To: mustParseDate(t, "2004-06")}
	b := doc{From: mustParseDate(t, "2004"), To: mustParseDate(t, "2004-06")}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("equal dates differ:\n%s", diff)
	}
	b.To = mustParseDate(t, "2004-07")
	if cmp.Equal(a, b) {
		t.Error("different dates are equal")
	}
	bad, _ := ParseDate("")
	if bad.Equal(Date{}) || !bad.Equal(bad) {
		t.Error("an empty invalid date must equal itself and differ from the zero Date")
	}
}

func TestPrecisionString(t *testing.T) {
	got := []string{PrecisionNone.String(), PrecisionYear.String(), PrecisionSeason.String(),
		PrecisionMonth.String(), PrecisionDay.String(), Precision(9).String()}
	want := []string{"none", "year", "season", "month", "day", "Precision(9)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Precision.String (-want +got):\n%s", diff)
	}
}

func TestCivilDays(t *testing.T) {
	start := time.Date(-2001, 1, 1, 0, 0, 0, 0, time.UTC)
	for day := start; day.Year() < 2401; day = day.AddDate(0, 0, 1) {
		n := daysFromCivil(int64(day.Year()), int(day.Month()), day.Day())
		if want := day.Unix() / 86400; n != want {
			t.Fatalf("daysFromCivil(%v) = %d, want %d", day, n, want)
		}
		y, m, d := civilFromDays(n)
		if y != int64(day.Year()) || m != int(day.Month()) || d != day.Day() {
			t.Fatalf("civilFromDays(%d) = %d-%d-%d, want %v", n, y, m, d, day)
		}
	}
}

func TestAddMonths(t *testing.T) {
	tests := []struct {
		y          int64
		m, n       int
		wantY      int64
		wantMonths int
	}{
		{2004, 1, -1, 2003, 12},
		{2004, 12, 1, 2005, 1},
		{2004, 6, 12, 2005, 6},
		{0, 1, -1, -1, 12},
		{-1, 12, 1, 0, 1},
		{-5, 3, -27, -8, 12},
	}
	for _, tt := range tests {
		y, m := addMonths(tt.y, tt.m, tt.n)
		if y != tt.wantY || m != tt.wantMonths {
			t.Errorf("addMonths(%d, %d, %d) = %d, %d; want %d, %d", tt.y, tt.m, tt.n, y, m, tt.wantY, tt.wantMonths)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, tt := range validDateTests {
		f.Add(tt.in)
	}
	for _, tt := range invalidDateTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var lenient Date
		if err := lenient.UnmarshalText([]byte(s)); err != nil {
			t.Fatalf("UnmarshalText(%q) = %v", s, err)
		}
		checkShortPath(t, "parseCommonDate", parseCommonDate, s)
		checkShortPath(t, "parseCommonInterval", parseCommonInterval, s)
		d, err := ParseDate(s)
		if d.String() != s || lenient.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d)
		}
		if err != nil {
			if d.Err() == nil || lenient.Err() == nil || d.IsZero() {
				t.Fatalf("ParseDate(%q): invalid, but Err() = %v", s, d.Err())
			}
			return
		}
		again, err := ParseDate(d.String())
		if err != nil {
			t.Fatalf("ParseDate(%q) again: %v", s, err)
		}
		if diff := cmp.Diff(spanOf(d), spanOf(again)); diff != "" {
			t.Fatalf("%q: span differs after a round trip (-first +second):\n%s", s, diff)
		}
		earliest, okE := d.Earliest()
		latest, okL := d.Latest()
		if okE && okL && latest.Before(earliest) {
			t.Fatalf("%q: Latest %v before Earliest %v", s, latest, earliest)
		}
		if d.CertainlyBefore(d) || (d.CertainlyBefore(again) && !d.PossiblyBefore(again)) {
			t.Fatalf("%q: certainly before itself, or certainly without possibly", s)
		}
		if !d.Overlaps(d) {
			t.Fatalf("%q does not overlap itself", s)
		}
		for _, part := range []Date{d.Start(), d.End()} {
			if part.Precision() != PrecisionNone {
				if _, err := ParseDate(part.String()); err != nil {
					t.Fatalf("%q: part %q does not parse: %v", s, part, err)
				}
			}
		}
	})
}

// dateSpan is what a Date denotes, comparable with cmp.
type dateSpan struct {
	Earliest, Latest     time.Time
	HasEarliest, HasLast bool
	Precision            Precision
	Interval             bool
	Uncertain, Approx    bool
}

func spanOf(d Date) dateSpan {
	s := dateSpan{Precision: d.Precision(), Interval: d.IsInterval(), Uncertain: d.Uncertain(), Approx: d.Approximate()}
	s.Earliest, s.HasEarliest = d.Earliest()
	s.Latest, s.HasLast = d.Latest()
	return s
}

func mustParseDate(t *testing.T, s string) Date {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// formatDay writes a day of Earliest or Latest as YYYY-MM-DD, or "" when there is none.
func formatDay(day time.Time, ok bool) string {
	if !ok {
		return ""
	}
	if day.Hour() != 0 || day.Minute() != 0 || day.Location() != time.UTC {
		return "not at 00:00 UTC: " + day.String()
	}
	// The day's number since 1970, not day.Date(), whose year is an int: on a 32-bit platform
	// too small for the longest years.
	y, m, d := civilFromDays(day.Unix() / 86400)
	return formatYearMonth(y, m) + "-" + twoDigits(d)
}

func twoDigits(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

func TestMustParseDate(t *testing.T) {
	if got := MustParseDate("2023-08-07/2023-08-08").String(); got != "2023-08-07/2023-08-08" {
		t.Errorf("MustParseDate gave %q", got)
	}
	defer func() {
		var de *DateError
		if err, ok := recover().(error); !ok || !errors.As(err, &de) {
			t.Errorf("MustParseDate of an invalid date did not panic with a *DateError")
		}
	}()
	MustParseDate("2016-02-30")
}

// dateReasonTests give one invalid text for each reason of a DateError, with the English
// reason as ParseDate gave it before the reasons became catalogue formats: the English
// must not change.
var dateReasonTests = []struct {
	in, reason string
	point      bool // a reason about one date, also given for an end of an interval
}{
	{"", "the date is empty", false},
	{"..", `".." (an open end) is only valid as an end of an interval`, false},
	{"2004//2005", `an interval has exactly one "/"`, false},
	{"/", "an interval needs a date at one end at least", false},
	{"2005/2004", "the interval ends before it begins", false},
	{"unknown/2004", `"unknown" and "open" are pre-2019 draft EDTF syntax: write an empty end or ".."`, false},
	{"\xff", "the text is not valid UTF-8", false},
	{"2004 ", "spaces are not allowed", false},
	{"[2004]", "sets and lists ([…], {…}) are EDTF level 2, which is not supported", false},
	{"Y-17E7", "exponential years (Y-17E7) are EDTF level 2, which is not supported", false},
	{"1950S2", "significant digits (1950S2) are EDTF level 2, which is not supported", false},
	{"198u", `"u" for an unspecified digit is pre-2019 draft EDTF syntax: write X`, false},
	{"1985x", "'x' belongs to the pre-2019 draft EDTF syntax, which is not supported", false},
	{"1985-04-12T23:20:30", "times of day are not supported: give a date", false},
	{"+1985", "unexpected character '+'", false},
	{"2004??", "a date takes one qualifier (?, ~ or %) at most", true},
	{"?2004", "a qualifier inside or before a date (2004?-06-11, ?2004) is EDTF level 2, which is not supported", true},
	{"?", "a qualifier needs a date before it", true},
	{"..2004", `".." is only valid as a whole interval end (1985/..)`, true},
	{"Y", `"Y" must be followed by a year of digits only`, true},
	{"Y2004", `a year with a "Y" prefix has more than four digits (write 2004, not Y2004)`, true},
	{"Y020040", `a year with a "Y" prefix does not start with 0`, true},
	{"Y999999999999", "years beyond ±99999999999 are not supported", true},
	{"2004-06-11-01", "a date has a year, a month and a day at most (YYYY-MM-DD)", true},
	{"-0000", "-0000 is not a year: year zero is 0000", true},
	{"20040611", "the basic format without hyphens (20040611) is not supported: write 2004-06-11", true},
	{"85", "a year has four digits (write 0085, not 85)", true},
	{"12345", `a year of more than four digits takes the "Y" prefix (Y170000002)`, true},
	{"20Y4", `the year "20Y4" is not four digits`, true},
	{"201X-04", "unspecified digits in the year of a month or a day (201X-04) are EDTF level 2, which is not supported", true},
	{"1XXX", "unspecified digits other than the last one or two of a year (1XXX, 1X85) are EDTF level 2, which is not supported", true},
	{"2004-25", "season 25: seasons 25–41 are EDTF level 2, which is not supported", true},
	{"2004-13", "month 13 is out of range (01–12, or 21–24 for a season)", true},
	{"1985-XX-12", "an unspecified month with a known day (1985-XX-12) is EDTF level 2, which is not supported", true},
	{"2001-21-03", "a season (21) has no days", true},
	{"2004-13-01", "month 13 is out of range (01–12)", true},
	{"2023-02-30", "day 30 is out of range for 2023-02 (01–28)", true},
	{"2004-6-01", `a month has two digits, not "6" (write 2004-06-01, not 2004-6-1)`, true},
	{"2004-06-1", `a day has two digits, not "1" (write 2004-06-01, not 2004-6-1)`, true},
	{"2004-1X", "a month with one unspecified digit (1X) is EDTF level 2, which is not supported", true},
	{"1985-04-1X", "a day with one unspecified digit (1X) is EDTF level 2, which is not supported", true},
	{"2004-Y1", `the month "Y1" is not two digits`, true},
	{"2004-06-Y1", `the day "Y1" is not two digits`, true},
}

// dateReasonCase is one text and its English reason.
type dateReasonCase struct{ in, reason string }

// dateReasonCases expands dateReasonTests: a reason about one date is also tried as the
// start and as the end of an interval.
func dateReasonCases() []dateReasonCase {
	var cases []dateReasonCase
	for _, tt := range dateReasonTests {
		cases = append(cases, dateReasonCase{tt.in, tt.reason})
		if tt.point {
			cases = append(cases,
				dateReasonCase{tt.in + "/2020", "start of interval: " + tt.reason},
				dateReasonCase{"2020/" + tt.in, "end of interval: " + tt.reason})
		}
	}
	return cases
}

// TestDateReasons parses a text for every reason a DateError can give. It checks that the
// English is unchanged, that Reason is Format with Args, that every format of
// dateReasonFormats (and so of the date.syntax rule) is produced, and that the Arabic and
// Kurdish renderings, of the reason and of the date.syntax issue, have no English left.
func TestDateReasons(t *testing.T) {
	base := validDocument(t)
	produced := map[string]bool{}
	for _, c := range dateReasonCases() {
		_, err := ParseDate(c.in)
		var de *DateError
		if !errors.As(err, &de) {
			t.Errorf("ParseDate(%q) error = %v, want a *DateError", c.in, err)
			continue
		}
		produced[de.Format] = true
		if de.Reason != c.reason {
			t.Errorf("ParseDate(%q).Reason = %q; want %q", c.in, de.Reason, c.reason)
		}
		if got := fmt.Sprintf(de.Format, de.Args...); got != de.Reason {
			t.Errorf("ParseDate(%q): Format with Args gives %q; Reason is %q", c.in, got, de.Reason)
		}
		if got, want := err.Error(), fmt.Sprintf("invalid EDTF date %q: %s", c.in, c.reason); got != want {
			t.Errorf("ParseDate(%q).Error() = %q; want %q", c.in, got, want)
		}
		for _, tag := range messageLanguages[1:] {
			checkNoEnglish(t, tag, NewPrinter(tag).Sprintf(de.Format, de.Args...))
		}
		checkDateSyntaxIssue(t, base, c)
	}
	for _, format := range dateReasonFormats() {
		if !produced[format] {
			t.Errorf("no case of dateReasonTests gives the reason %q", format)
		}
	}
	if want := len(dateReasonFormats()); len(produced) != want {
		t.Errorf("the cases give %d reasons; dateReasonFormats lists %d", len(produced), want)
	}
}

// checkDateSyntaxIssue validates a document whose event has the date c.in and checks its
// date.syntax issue: a format the rule declares, the English message of old, and no English
// left in Arabic or Kurdish.
func checkDateSyntaxIssue(t *testing.T, base *Framework, c dateReasonCase) {
	t.Helper()
	f := *base
	f.Events = slices.Clone(base.Events)
	f.Events[0].Date, _ = ParseDate(c.in)
	var issues []*Issue
	for _, is := range f.Check() {
		if is.Code == CodeDateSyntax {
			issues = append(issues, is)
		}
	}
	if len(issues) != 1 {
		t.Errorf("date %q: %d date.syntax issues; want 1", c.in, len(issues))
		return
	}
	is := issues[0]
	if !slices.Contains(dateSyntaxFormats(), is.Format) {
		t.Errorf("date %q: the issue's format %q is not one of dateSyntaxFormats", c.in, is.Format)
	}
	if got, want := is.Message(NewPrinter(language.English)).String(), fmt.Sprintf("date %q is not valid EDTF: %s", c.in, c.reason); got != want {
		t.Errorf("date %q: the English message is %q; want %q", c.in, got, want)
	}
	for _, tag := range messageLanguages[1:] {
		checkNoEnglish(t, tag, is.Message(NewPrinter(tag)).String())
	}
}

// latinAllowed are the words in Latin letters a translated date message may keep, besides
// quoted text (the date itself, a character, a keyword of the syntax) and example dates
// (words with a digit): the name of the standard, a placeholder digit and a date pattern.
var latinAllowed = []string{"EDTF", "X", "YYYY-MM-DD"}

// quotedText matches text quoted by %q, as a string or as a character.
var quotedText = regexp.MustCompile(`"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'`)

// checkNoEnglish reports words in Latin letters in a message translated to tag, other than
// those the translation keeps on purpose.
func checkNoEnglish(t *testing.T, tag language.Tag, msg string) {
	t.Helper()
	if !strings.ContainsFunc(msg, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) {
		t.Errorf("%s: %q has no Arabic-script letters", tag, msg)
	}
	words := strings.FieldsFunc(quotedText.ReplaceAllString(msg, " "), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("()،,:;", r)
	})
	for _, w := range words {
		latin := strings.ContainsFunc(w, func(r rune) bool { return unicode.Is(unicode.Latin, r) })
		if latin && !strings.ContainsAny(w, "0123456789") && !slices.Contains(latinAllowed, w) {
			t.Errorf("%s: %q keeps the word %q in Latin letters", tag, msg, w)
		}
	}
}

// TestDateSyntaxIssueInArabic checks a whole date.syntax issue, as validation prints it,
// in Arabic and in Kurdish.
func TestDateSyntaxIssueInArabic(t *testing.T) {
	f := validDocument(t)
	f.Events[0].Date, _ = ParseDate("2023-02-30")
	err := f.Validate()
	var is *Issue
	if !errors.As(err, &is) {
		t.Fatalf("Validate() = %v; want a date.syntax issue", err)
	}
	tests := []struct {
		lang language.Tag
		want string
	}{
		{language.English, `/events/0/date: date "2023-02-30" is not valid EDTF: day 30 is out of range for 2023-02 (01–28) [date.syntax]`},
		{language.Arabic, `/events/0/date: التاريخ "2023-02-30" ليس تاريخاً صالحاً بصيغة EDTF: اليوم 30 خارج النطاق في 2023-02 (01–28) [date.syntax]`},
		{language.MustParse("ckb"), `/events/0/date: ڕێکەوتی "2023-02-30" بە پێی EDTF دروست نییە: ڕۆژی 30 بۆ 2023-02 لە دەرەوەی مەودایە (01–28) [date.syntax]`},
	}
	for _, tt := range tests {
		if got := is.LocalizedError(NewPrinter(tt.lang)); got != tt.want {
			t.Errorf("LocalizedError(NewPrinter(%s)) = %q; want %q", tt.lang, got, tt.want)
		}
	}
	if got := is.Error(); got != tests[0].want {
		t.Errorf("Error() = %q; want %q", got, tests[0].want)
	}
}

// checkShortPath holds a short path of ParseDate (parseCommonDate, parseCommonInterval) to the
// full parser on s: it reports whether the short path took s, and fails t when what it gives
// is not what parseAnyDate gives.
func checkShortPath(t *testing.T, name string, short func(string) (Date, bool), s string) bool {
	t.Helper()
	d, ok := short(s)
	if !ok {
		return false
	}
	if full, why := parseAnyDate(s); !why.ok() || !reflect.DeepEqual(d, full) {
		t.Errorf("%q: %s gives %#v; parseAnyDate %#v, %v", s, name, d, full, why)
	}
	return true
}

// TestParseCommonDateMatchesFullParse holds the fast path of ParseDate to the full parser on
// every month and day number of years around the leap-year rules, on years alone, and on
// texts of the fast path's lengths that it must leave to the full parser.
func TestParseCommonDateMatchesFullParse(t *testing.T) {
	var inputs []string
	for _, y := range []string{"0000", "0001", "1900", "1999", "2000", "2023", "2024", "9999"} {
		inputs = append(inputs, y)
		for m := range 100 {
			inputs = append(inputs, fmt.Sprintf("%s-%02d", y, m))
			for d := range 100 {
				inputs = append(inputs, fmt.Sprintf("%s-%02d-%02d", y, m, d))
			}
		}
	}
	inputs = append(inputs, "201X", "2004?", "2004~", "-200", "Y170", "2001-21", "2001-XX",
		"1985-04-XX", "2004-06-1?", "2004-6-11", "2004/2006", "2004_06_11", "2004-06-1x",
		"20O4", "2004-0a", "2004-06-11T", "abcd", "12345", "２００４")
	fast := 0
	for _, s := range inputs {
		if checkShortPath(t, "parseCommonDate", parseCommonDate, s) {
			fast++
		}
	}
	if want := 8 + 8*12 + 3*366 + 5*365; fast != want { // leap years: 0000, 2000, 2024
		t.Errorf("the fast path took %d of the inputs; want %d", fast, want)
	}
}

// TestParseCommonIntervalMatchesFullParse holds the fast path of intervals to the full parser
// on every pair of ends it takes (dates of each precision, open, unknown), in both orders,
// and on intervals it must leave to the full parser: no end a date, ends backwards, qualified
// or malformed ends, a second slash.
func TestParseCommonIntervalMatchesFullParse(t *testing.T) {
	ends := []string{"", "..", "2004", "2004-06", "2004-06-11", "2004-06-12", "2005", "1999-12-31", "2004-02-29", "2003-02-29",
		"2004?", "2004-06~", "201X", "Y20000", "2004-13", "2004-6-11", "-2004", "2004-06-11T10", "20O4"}
	fast := 0
	for _, a := range ends {
		for _, b := range ends {
			for _, s := range []string{a + "/" + b, a + "/" + b + "/", a + "//" + b} {
				if checkShortPath(t, "parseCommonInterval", parseCommonInterval, s) {
					fast++
				}
			}
		}
	}
	// The 34 pairs of the seven valid dates whose end does not come before their start,
	// and each of those dates with ".." or "" on either side.
	if want := 34 + 7*4; fast != want {
		t.Errorf("the fast path took %d of the intervals; want %d", fast, want)
	}
}
