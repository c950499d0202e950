package jscd

import (
	"cmp"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Precision is how finely a date is known.
type Precision int

// The precisions a Date can have.
const (
	PrecisionNone   Precision = iota // zero Date, or an open/unknown interval end
	PrecisionYear                    // 2008, 201X
	PrecisionSeason                  // 2001-21 (spring)
	PrecisionMonth                   // 2023-08, 2004-XX
	PrecisionDay                     // 2023-08-07, 1985-04-XX, 1985-XX-XX
)

// MustParseDate is like ParseDate but panics when s is not a valid date. It is meant for
// dates written as constants in Go code, such as a framework built in Go values.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// String returns the name of p in lower case: "none", "year", "season", "month" or "day".
func (p Precision) String() string {
	switch p {
	case PrecisionNone:
		return "none"
	case PrecisionYear:
		return "year"
	case PrecisionSeason:
		return "season"
	case PrecisionMonth:
		return "month"
	case PrecisionDay:
		return "day"
	}
	return "Precision(" + strconv.Itoa(int(p)) + ")"
}

// DateError reports a text that is not an EDTF level 0 or level 1 date.
//
// The reason is given twice: as an English sentence (Reason), and as a format and its
// arguments (Format, Args) from which that sentence is made, fmt.Sprintf(Format, Args...).
// Format is a key of the message catalogue, so the reason can be rendered in any catalogue
// language: NewPrinter(language.Arabic).Sprintf(e.Format, e.Args...). Validation's
// date.syntax issue carries it that way, and so prints whole in the reader's language.
type DateError struct {
	Input  string // the text as given
	Reason string // why it is not a valid date, in English
	Format string // the English format of Reason, a key of the message catalogue
	Args   []any  // the arguments of Format
}

// Error returns the input and the reason.
func (e *DateError) Error() string {
	return fmt.Sprintf("invalid EDTF date %q: %s", e.Input, e.Reason)
}

// Date is a date as a source gives it, in EDTF (ISO 8601-2:2019) levels 0 and 1:
// a year (2008), a season (2001-21), a month (2023-08) or a day (2023-08-07), possibly
// negative (-1985), with a long year (Y170000002), with unspecified rightmost digits
// (201X, 2004-XX, 1985-04-XX, 1985-XX-XX), qualified as uncertain (?), approximate (~) or
// both (%), or an interval of two such dates (2020/2021), either end of which may be open
// (..) or unknown (empty). Years have four digits, or more after "Y", up to ±99999999999.
//
// The date-and-time forms of EDTF level 0 (1985-04-12T23:20:30) are not supported: the
// sources this package models give days at most, and a span of whole days keeps every
// comparison exact.
//
// Every Date denotes a span of whole days, from Earliest to Latest. Unspecified digits
// widen it (201X is 2010 to 2019). Seasons follow the northern-hemisphere convention:
// spring (21) is March to May, summer (22) June to August, autumn (23) September to
// November and winter (24) December to the end of February of the next year.
//
// Comparisons are span-aware. A qualified date (2004~) is taken to be possibly off by one
// unit of its precision either way (a year for a year, three months for a season, a month
// for a month, a day for a day): see CertainlyBefore.
//
// The zero Date is an absent date: see IsZero. A Date is a small value, safe to copy and
// to use from several goroutines.
type Date struct {
	raw        string
	err        *DateError // a *DateError, not an error, so that validation can reach its format
	start, end datePoint  // equal for a single date
	interval   bool
}

// dateEndKind says what an interval end (or a single date) is.
type dateEndKind uint8

const (
	dateEndNone    dateEndKind = iota // zero or invalid Date: no span at all
	dateEndDay                        // a date, with a span of days
	dateEndOpen                       // "..": unbounded
	dateEndUnknown                    // "": not known
)

// datePoint is a single date, or one end of an interval.
//
// Its fields are laid out to take 24 bytes, since every Date holds two and a document holds
// many Dates: the precision is kept in a byte.
type datePoint struct {
	first, last int64 // days since 1970-01-01, both inclusive
	kind        dateEndKind
	prec        uint8 // a Precision
	uncertain   bool
	approximate bool
}

// Sentinels for unbounded ends in day arithmetic; no real day comes near them.
const (
	dayMinusInfinity = math.MinInt64
	dayPlusInfinity  = math.MaxInt64
)

// maxDateYear bounds long years (Y…), so that every span fits a time.Time.
const maxDateYear = 99_999_999_999

// ParseDate parses an EDTF level 0 or level 1 date or interval. An error is a *DateError
// that says why the text is not valid; the forms of EDTF level 2 (2004?-06-11, sets,
// seasons 25–41, exponents) are reported as such, as is the pre-2019 draft syntax (198u,
// unknown, open). On error, the returned Date keeps s and the error (see Err).
func ParseDate(s string) (Date, error) {
	d, why := parseDate(s)
	if !why.ok() {
		err := &DateError{Input: s, Reason: fmt.Sprintf(why.format, why.args...), Format: why.format, Args: why.args}
		return Date{raw: s, err: err}, err
	}
	return d, nil
}

// String returns the date exactly as it was parsed.
func (d Date) String() string { return d.raw }

// IsZero reports whether d is the zero Date (absent). An empty text decoded from JSON is
// not absent: it is an invalid Date (see Err).
func (d Date) IsZero() bool { return d.zero() }

// The rules ask what follows of the Dates of a document through a pointer: a method of a
// Date value called on a Date in a document copies its 80 bytes first, even inlined.

// zero is IsZero.
func (d *Date) zero() bool { return d.raw == "" && d.err == nil && d.start.kind == dateEndNone }

// qualified reports whether d is Uncertain or Approximate.
func (d *Date) qualified() bool {
	return d.start.uncertain || d.end.uncertain || d.start.approximate || d.end.approximate
}

// Err returns the parse error of a date decoded leniently (see UnmarshalText), or nil.
func (d Date) Err() error {
	if d.err == nil {
		return nil // not a typed nil
	}
	return d.err
}

// Equal reports whether d and e have the same text and are both valid, both invalid or
// both absent. It lets github.com/google/go-cmp compare values that hold dates.
func (d Date) Equal(e Date) bool {
	return d.raw == e.raw && (d.err == nil) == (e.err == nil) && d.IsZero() == e.IsZero()
}

// Earliest returns the first day d can denote, at 00:00 UTC. It reports false for the zero
// or an invalid Date, and for an interval whose start is open or unknown.
func (d Date) Earliest() (time.Time, bool) {
	if d.start.kind != dateEndDay {
		return time.Time{}, false
	}
	return dayTime(d.start.first), true
}

// Latest returns the last day d can denote (at 00:00 UTC; the day is included). It
// reports false for the zero or an invalid Date, and for an interval whose end is open or
// unknown.
func (d Date) Latest() (time.Time, bool) {
	if d.end.kind != dateEndDay {
		return time.Time{}, false
	}
	return dayTime(d.end.last), true
}

// Precision returns the precision of d; for an interval, that of its start, or of its end
// when the start is open or unknown.
func (d Date) Precision() Precision {
	if d.start.kind == dateEndDay {
		return Precision(d.start.prec)
	}
	return Precision(d.end.prec)
}

// IsInterval reports whether d is an interval A/B.
func (d Date) IsInterval() bool { return d.interval }

// Start returns the start of an interval, or d itself. The start of ../2006 is a Date
// whose String is ".."; that of /2006 is one whose String is "" and which is not zero.
// Neither has an Earliest or a Latest.
func (d Date) Start() Date {
	if !d.interval {
		return d
	}
	text, _, _ := strings.Cut(d.raw, "/")
	return Date{raw: text, start: d.start, end: d.start}
}

// End returns the end of an interval, or d itself. See Start for open and unknown ends.
func (d Date) End() Date {
	if !d.interval {
		return d
	}
	_, text, _ := strings.Cut(d.raw, "/")
	return Date{raw: text, start: d.end, end: d.end}
}

// Uncertain reports whether d (or either end) carries ? or %.
func (d Date) Uncertain() bool { return d.start.uncertain || d.end.uncertain }

// Approximate reports whether d (or either end) carries ~ or %.
func (d Date) Approximate() bool { return d.start.approximate || d.end.approximate }

// CertainlyBefore reports whether every day of d is before every day of e.
//
// That is so when d's Latest is strictly before e's Earliest and, if d's end or e's start
// is qualified (?, ~ or %), a qualified date may be off by one unit of its own precision
// without changing that: 2004~ is certainly before 2006 but not before 2005-06, 2004-06-11?
// is certainly before 2004-06-13 but not before 2004-06-12; when both are qualified the
// margins add up (2004~ is certainly before 2007~, not 2006~). Open and unknown ends,
// and zero or invalid dates, are never certainly before anything.
func (d Date) CertainlyBefore(e Date) bool { return certainlyBefore(&d, &e) }

// certainlyBefore is CertainlyBefore of two Dates of a document, which it does not copy.
func certainlyBefore(d, e *Date) bool {
	if !d.valid() || !e.valid() {
		return false
	}
	_, dLast := d.possibleSpan()
	eFirst, _ := e.possibleSpan()
	return dLast < eFirst
}

// PossiblyBefore reports whether some day of d is before some day of e: whether d's
// Earliest is before e's Latest, a qualified end being widened by one unit of its precision
// as in CertainlyBefore. Open and unknown ends are unbounded, so they make it true; zero
// and invalid dates make it false.
func (d Date) PossiblyBefore(e Date) bool {
	if !d.valid() || !e.valid() {
		return false
	}
	dFirst, _ := d.possibleSpan()
	_, eLast := e.possibleSpan()
	return dFirst < eLast
}

// Contains reports whether e's span is certainly inside d's: every day e may denote
// (qualified ends widened as in CertainlyBefore) is a day d certainly covers. An open end
// of d covers everything on its side; an unknown end of d covers nothing certain beyond
// the other end, and an unknown end of e may reach anywhere on its side.
func (d Date) Contains(e Date) bool {
	if !d.valid() || !e.valid() {
		return false
	}
	dFirst, dLast := d.certainSpan()
	eFirst, eLast := e.possibleSpan()
	return dFirst <= eFirst && eLast <= dLast
}

// Overlaps reports whether the spans of d and e possibly share a day (qualified ends
// widened, open and unknown ends unbounded, as in PossiblyBefore).
func (d Date) Overlaps(e Date) bool {
	if !d.valid() || !e.valid() {
		return false
	}
	dFirst, dLast := d.possibleSpan()
	eFirst, eLast := e.possibleSpan()
	return dFirst <= eLast && eFirst <= dLast
}

// Compare orders d and e for a stable sort, as time.Time.Compare does for instants: by
// Earliest (an open or unknown start first), then by Latest (an open or unknown end last),
// then by text; invalid dates come after valid ones, and zero dates last. It returns -1 when d
// comes first, +1 when e does, and 0 when they are the same. It is not a comparison of time:
// for that, see CertainlyBefore and PossiblyBefore. slices.SortStableFunc(dates, Date.Compare)
// sorts a list of dates.
func (d Date) Compare(e Date) int {
	a, b := d, e
	if c := cmp.Compare(a.sortRank(), b.sortRank()); c != 0 {
		return c
	}
	if a.valid() {
		if c := cmp.Compare(a.start.bound(dayMinusInfinity, dateSpanFirst), b.start.bound(dayMinusInfinity, dateSpanFirst)); c != 0 {
			return c
		}
		if c := cmp.Compare(a.end.bound(dayPlusInfinity, dateSpanLast), b.end.bound(dayPlusInfinity, dateSpanLast)); c != 0 {
			return c
		}
	}
	return strings.Compare(a.raw, b.raw)
}

// MarshalText encodes d as its EDTF text, invalid text included, so that what was decoded
// is encoded back unchanged.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.raw), nil }

// UnmarshalText decodes d leniently: an invalid date keeps its text and its error (see
// Err), and UnmarshalText returns nil, so that validation can report it with its place in
// the document. An empty text gives an invalid Date, not the zero one.
func (d *Date) UnmarshalText(b []byte) error {
	v, _ := ParseDate(string(b))
	*d = v
	return nil
}

// valid reports whether d has a span: it is neither zero nor invalid.
func (d *Date) valid() bool { return d.start.kind != dateEndNone && d.err == nil }

// sortRank puts valid dates before invalid ones, and those before zero ones.
func (d Date) sortRank() int {
	switch {
	case d.valid():
		return 0
	case d.IsZero():
		return 2
	}
	return 1
}

// possibleSpan returns the widest span d may denote: qualified ends widened by one unit,
// open and unknown ends unbounded.
func (d *Date) possibleSpan() (first, last int64) {
	return d.start.bound(dayMinusInfinity, dateSpanPossibleFirst),
		d.end.bound(dayPlusInfinity, dateSpanPossibleLast)
}

// certainSpan returns the span d surely covers: qualified ends narrowed by one unit, open
// ends unbounded, unknown ends covering nothing (the span is then empty on that side):
// bound gives an unknown start +∞ and an unknown end −∞, and open ends are then widened.
func (d *Date) certainSpan() (first, last int64) {
	first, last = d.start.bound(dayPlusInfinity, dateSpanCertainFirst), d.end.bound(dayMinusInfinity, dateSpanCertainLast)
	if d.start.kind == dateEndOpen {
		first = dayMinusInfinity
	}
	if d.end.kind == dateEndOpen {
		last = dayPlusInfinity
	}
	return first, last
}

// dateSpanEdge names one edge of a point's span, as given or moved by its qualifier.
type dateSpanEdge uint8

const (
	dateSpanFirst         dateSpanEdge = iota // first day
	dateSpanLast                              // last day
	dateSpanPossibleFirst                     // first day, one unit earlier if qualified
	dateSpanPossibleLast                      // last day, one unit later if qualified
	dateSpanCertainFirst                      // first day, one unit later if qualified
	dateSpanCertainLast                       // last day, one unit earlier if qualified
)

// bound returns the day at the given edge of p, or unbounded when p is not a date.
func (p datePoint) bound(unbounded int64, edge dateSpanEdge) int64 {
	if p.kind != dateEndDay {
		return unbounded
	}
	margin := 0
	if p.uncertain || p.approximate {
		margin = 1
	}
	switch edge {
	case dateSpanPossibleFirst:
		return p.shift(p.first, -margin, false)
	case dateSpanPossibleLast:
		return p.shift(p.last, margin, true)
	case dateSpanCertainFirst:
		return p.shift(p.first, margin, false)
	case dateSpanCertainLast:
		return p.shift(p.last, -margin, true)
	case dateSpanLast:
		return p.last
	}
	return p.first
}

// shift moves day by n units of p's precision. Above day precision, day is the first
// (or, if isLast, the last) day of a month, and so is the result.
func (p datePoint) shift(day int64, n int, isLast bool) int64 {
	if n == 0 {
		return day
	}
	months := n
	switch Precision(p.prec) {
	case PrecisionDay:
		return day + int64(n)
	case PrecisionYear:
		months = 12 * n
	case PrecisionSeason:
		months = 3 * n
	}
	y, m, _ := civilFromDays(day)
	y, m = addMonths(y, m, months)
	if isLast {
		return daysFromCivil(y, m, daysInMonth(y, m))
	}
	return daysFromCivil(y, m, 1)
}

// The reasons a text is not a valid date, as formats of the message catalogue (messages.go
// translates each one). Date parts in the arguments (a month, a day, a year) are strings
// written as in the date, so that every language shows them with the digits the date has.
//
// The reasons about the text as a whole:
const (
	dateReasonEmpty       = "the date is empty"
	dateReasonOpenAlone   = `".." (an open end) is only valid as an end of an interval`
	dateReasonSlashes     = `an interval has exactly one "/"`
	dateReasonNoEnd       = "an interval needs a date at one end at least"
	dateReasonBackwards   = "the interval ends before it begins"
	dateReasonDraftWords  = `"unknown" and "open" are pre-2019 draft EDTF syntax: write an empty end or ".."`
	dateReasonUTF8        = "the text is not valid UTF-8"
	dateReasonSpace       = "spaces are not allowed"
	dateReasonSet         = "sets and lists ([…], {…}) are EDTF level 2, which is not supported"
	dateReasonExponent    = "exponential years (Y-17E7) are EDTF level 2, which is not supported"
	dateReasonSignificant = "significant digits (1950S2) are EDTF level 2, which is not supported"
	dateReasonDraftU      = `"u" for an unspecified digit is pre-2019 draft EDTF syntax: write X`
	dateReasonDraftChar   = "%q belongs to the pre-2019 draft EDTF syntax, which is not supported"
	dateReasonTime        = "times of day are not supported: give a date"
	dateReasonChar        = "unexpected character %q"
)

// The reasons about one date, alone or as an end of an interval (where dateReasonStart or
// dateReasonEnd comes first):
const (
	dateReasonQualifiers      = "a date takes one qualifier (?, ~ or %%) at most"
	dateReasonQualifierInside = "a qualifier inside or before a date (2004?-06-11, ?2004) is EDTF level 2, which is not supported"
	dateReasonQualifierAlone  = "a qualifier needs a date before it"
	dateReasonOpenInside      = `".." is only valid as a whole interval end (1985/..)`
	dateReasonLongDigits      = `"Y" must be followed by a year of digits only`
	dateReasonLongShort       = `a year with a "Y" prefix has more than four digits (write 2004, not Y2004)`
	dateReasonLongZero        = `a year with a "Y" prefix does not start with 0`
	dateReasonLongRange       = "years beyond ±%s are not supported"
	dateReasonParts           = "a date has a year, a month and a day at most (YYYY-MM-DD)"
	dateReasonMinusZero       = "-0000 is not a year: year zero is 0000"
	dateReasonBasic           = "the basic format without hyphens (20040611) is not supported: write 2004-06-11"
	dateReasonYearShort       = "a year has four digits (write 0085, not 85)"
	dateReasonYearLong        = `a year of more than four digits takes the "Y" prefix (Y170000002)`
	dateReasonYearChars       = "the year %q is not four digits"
	dateReasonYearXInDate     = "unspecified digits in the year of a month or a day (201X-04) are EDTF level 2, which is not supported"
	dateReasonYearXPlace      = "unspecified digits other than the last one or two of a year (1XXX, 1X85) are EDTF level 2, which is not supported"
	dateReasonSeasonLevel2    = "season %s: seasons 25–41 are EDTF level 2, which is not supported"
	dateReasonMonthRange      = "month %s is out of range (01–12, or 21–24 for a season)"
	dateReasonMonthXDay       = "an unspecified month with a known day (1985-XX-12) is EDTF level 2, which is not supported"
	dateReasonSeasonDays      = "a season (%s) has no days"
	dateReasonMonthOfDay      = "month %s is out of range (01–12)"
	dateReasonDayRange        = "day %s is out of range for %s (01–%s)"
	dateReasonMonthWidth      = "a month has two digits, not %q (write 2004-06-01, not 2004-6-1)"
	dateReasonDayWidth        = "a day has two digits, not %q (write 2004-06-01, not 2004-6-1)"
	dateReasonMonthX          = "a month with one unspecified digit (%s) is EDTF level 2, which is not supported"
	dateReasonDayX            = "a day with one unspecified digit (%s) is EDTF level 2, which is not supported"
	dateReasonMonthChars      = "the month %q is not two digits"
	dateReasonDayChars        = "the day %q is not two digits"
)

// The prefixes of a reason about one end of an interval.
const (
	dateReasonStart = "start of interval: "
	dateReasonEnd   = "end of interval: "
)

// dateTextReasons lists the reasons about a whole text, and datePointReasons those about
// one date; the message catalogue and the tests build on these lists.
var (
	dateTextReasons = [...]string{
		dateReasonEmpty, dateReasonOpenAlone, dateReasonSlashes, dateReasonNoEnd,
		dateReasonBackwards, dateReasonDraftWords, dateReasonUTF8, dateReasonSpace,
		dateReasonSet, dateReasonExponent, dateReasonSignificant, dateReasonDraftU,
		dateReasonDraftChar, dateReasonTime, dateReasonChar,
	}
	datePointReasons = [...]string{
		dateReasonQualifiers, dateReasonQualifierInside, dateReasonQualifierAlone,
		dateReasonOpenInside, dateReasonLongDigits, dateReasonLongShort, dateReasonLongZero,
		dateReasonLongRange, dateReasonParts, dateReasonMinusZero, dateReasonBasic,
		dateReasonYearShort, dateReasonYearLong, dateReasonYearChars, dateReasonYearXInDate,
		dateReasonYearXPlace, dateReasonSeasonLevel2, dateReasonMonthRange,
		dateReasonMonthXDay, dateReasonSeasonDays, dateReasonMonthOfDay, dateReasonDayRange,
		dateReasonMonthWidth, dateReasonDayWidth, dateReasonMonthX, dateReasonDayX,
		dateReasonMonthChars, dateReasonDayChars,
	}
)

// dateReasonFormats returns every format a DateError can carry: the reasons about a whole
// text, and those about one date, alone and after each interval prefix.
func dateReasonFormats() []string {
	out := append([]string(nil), dateTextReasons[:]...)
	for _, prefix := range [...]string{"", dateReasonStart, dateReasonEnd} {
		for _, r := range datePointReasons {
			out = append(out, prefix+r)
		}
	}
	return out
}

// dateProblem is why a text is not a valid date: a reason format and its arguments. The
// zero dateProblem means there is none.
type dateProblem struct {
	format string
	args   []any
}

// problem returns the dateProblem of a reason format and its arguments.
func problem(format string, args ...any) dateProblem {
	return dateProblem{format: format, args: args}
}

// ok reports whether there is no problem.
func (p dateProblem) ok() bool { return p.format == "" }

// within puts the problem of one end of an interval after the prefix that says which end.
func (p dateProblem) within(prefix string) dateProblem {
	return dateProblem{format: prefix + p.format, args: p.args}
}

// parseDate parses s, or returns why it is not a valid date.
func parseDate(s string) (Date, dateProblem) {
	if d, ok := parseCommonDate(s); ok {
		return d, dateProblem{}
	}
	if d, ok := parseCommonInterval(s); ok {
		return d, dateProblem{}
	}
	return parseAnyDate(s)
}

// parseCommonInterval parses, as parseAnyDate does but faster, the intervals most documents
// write: each end a date of parseCommonDate, open ("..") or unknown (""), at least one of them
// a date, and the end not before the start. It reports false for any other text, which
// parseAnyDate then reads.
func parseCommonInterval(s string) (Date, bool) {
	startText, endText, ok := strings.Cut(s, "/")
	if !ok {
		return Date{}, false
	}
	start, ok := commonIntervalEnd(startText)
	if !ok {
		return Date{}, false
	}
	end, ok := commonIntervalEnd(endText)
	switch {
	case !ok, start.kind != dateEndDay && end.kind != dateEndDay:
		return Date{}, false
	case start.kind == dateEndDay && end.kind == dateEndDay && end.last < start.first:
		return Date{}, false
	}
	return Date{raw: s, start: start, end: end, interval: true}, true
}

// commonIntervalEnd parses one end of an interval for parseCommonInterval.
func commonIntervalEnd(t string) (datePoint, bool) {
	switch t {
	case "":
		return datePoint{kind: dateEndUnknown}, true
	case "..":
		return datePoint{kind: dateEndOpen}, true
	}
	d, ok := parseCommonDate(t)
	return d.start, ok
}

// parseCommonDate parses, as parseAnyDate does but faster, the forms most dates of a document
// have: a valid YYYY-MM-DD, YYYY-MM (a month, not a season) or YYYY, of four digits. It
// reports false for any other text, which parseAnyDate then reads.
func parseCommonDate(s string) (Date, bool) {
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return Date{}, false
	}
	year, ok := fourDigits(s)
	if !ok {
		return Date{}, false
	}
	p := datePoint{kind: dateEndDay, prec: uint8(PrecisionYear)}
	switch len(s) {
	case 4:
		p.first, p.last = daysFromCivil(year, 1, 1), daysFromCivil(year, 12, 31)
		return Date{raw: s, start: p, end: p}, true
	}
	month, ok := twoDigitsAfterDash(s[4:])
	if !ok || month < 1 || month > 12 {
		return Date{}, false
	}
	days := daysInMonth(year, month)
	if len(s) == 7 {
		p.prec = uint8(PrecisionMonth)
		p.first, p.last = daysFromCivil(year, month, 1), daysFromCivil(year, month, days)
		return Date{raw: s, start: p, end: p}, true
	}
	day, ok := twoDigitsAfterDash(s[7:])
	if !ok || day < 1 || day > days {
		return Date{}, false
	}
	p.prec = uint8(PrecisionDay)
	p.first = daysFromCivil(year, month, day)
	p.last = p.first
	return Date{raw: s, start: p, end: p}, true
}

// fourDigits returns the number that the first four bytes of s write in decimal digits.
func fourDigits(s string) (int64, bool) {
	var n int64
	for _, c := range []byte(s[:4]) {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}

// twoDigitsAfterDash returns the number that s writes as a dash and two decimal digits.
func twoDigitsAfterDash(s string) (int, bool) {
	if s[0] != '-' || s[1] < '0' || s[1] > '9' || s[2] < '0' || s[2] > '9' {
		return 0, false
	}
	return int(s[1]-'0')*10 + int(s[2]-'0'), true
}

// parseAnyDate parses s, of any form, or returns why it is not a valid date.
func parseAnyDate(s string) (Date, dateProblem) {
	if s == "" {
		return Date{}, problem(dateReasonEmpty)
	}
	if why := checkDateCharacters(s); !why.ok() {
		return Date{}, why
	}
	startText, endText, isInterval := strings.Cut(s, "/")
	if !isInterval {
		if s == ".." {
			return Date{}, problem(dateReasonOpenAlone)
		}
		p, why := parseDatePoint(s)
		return Date{raw: s, start: p, end: p}, why
	}
	if strings.Contains(endText, "/") {
		return Date{}, problem(dateReasonSlashes)
	}
	start, why := parseIntervalEnd(startText)
	if !why.ok() {
		return Date{}, why.within(dateReasonStart)
	}
	end, why := parseIntervalEnd(endText)
	if !why.ok() {
		return Date{}, why.within(dateReasonEnd)
	}
	if start.kind != dateEndDay && end.kind != dateEndDay {
		return Date{}, problem(dateReasonNoEnd)
	}
	if start.kind == dateEndDay && end.kind == dateEndDay && end.last < start.first {
		return Date{}, problem(dateReasonBackwards)
	}
	return Date{raw: s, start: start, end: end, interval: true}, dateProblem{}
}

// checkDateCharacters rejects, with the best reason it can give, text that holds
// characters no level 0 or 1 date has.
func checkDateCharacters(s string) dateProblem {
	if strings.Contains(s, "unknown") || strings.Contains(s, "open") {
		return problem(dateReasonDraftWords)
	}
	if !utf8.ValidString(s) {
		return problem(dateReasonUTF8)
	}
	for _, r := range s {
		if why := dateCharacterProblem(r); !why.ok() {
			return why
		}
	}
	return dateProblem{}
}

// dateCharacterProblem says why r cannot appear in a date, if it cannot.
func dateCharacterProblem(r rune) dateProblem {
	switch {
	case r >= '0' && r <= '9', strings.ContainsRune("X-/.?~%Y", r):
		return dateProblem{}
	case unicode.IsSpace(r):
		return problem(dateReasonSpace)
	case strings.ContainsRune("[]{},", r):
		return problem(dateReasonSet)
	case r == 'E':
		return problem(dateReasonExponent)
	case r == 'S':
		return problem(dateReasonSignificant)
	case r == 'u':
		return problem(dateReasonDraftU)
	case strings.ContainsRune("xye()^", r):
		return problem(dateReasonDraftChar, r)
	case r == 'T' || r == ':':
		return problem(dateReasonTime)
	}
	return problem(dateReasonChar, r)
}

// parseIntervalEnd parses one end of an interval: a date, ".." (open) or "" (unknown).
func parseIntervalEnd(t string) (datePoint, dateProblem) {
	switch t {
	case "":
		return datePoint{kind: dateEndUnknown}, dateProblem{}
	case "..":
		return datePoint{kind: dateEndOpen}, dateProblem{}
	}
	return parseDatePoint(t)
}

// parseDatePoint parses a single, possibly qualified, date.
func parseDatePoint(t string) (datePoint, dateProblem) {
	body, uncertain, approximate := cutDateQualifier(t)
	if i := strings.IndexAny(body, "?~%"); i >= 0 {
		if i == len(body)-1 {
			return datePoint{}, problem(dateReasonQualifiers)
		}
		return datePoint{}, problem(dateReasonQualifierInside)
	}
	if body == "" {
		return datePoint{}, problem(dateReasonQualifierAlone)
	}
	if strings.Contains(body, ".") {
		return datePoint{}, problem(dateReasonOpenInside)
	}
	var p datePoint
	var why dateProblem
	if long, ok := strings.CutPrefix(body, "Y"); ok {
		p, why = parseLongYear(long)
	} else {
		p, why = parseCalendarDate(body)
	}
	p.uncertain, p.approximate = uncertain, approximate
	return p, why
}

// cutDateQualifier removes a final ?, ~ or % from t and says what it meant.
func cutDateQualifier(t string) (body string, uncertain, approximate bool) {
	if t == "" {
		return t, false, false
	}
	body = t[:len(t)-1]
	switch t[len(t)-1] {
	case '?':
		return body, true, false
	case '~':
		return body, false, true
	case '%':
		return body, true, true
	}
	return t, false, false
}

// parseLongYear parses the part after "Y" of a level 1 long year: Y170000002, Y-170000002.
func parseLongYear(s string) (datePoint, dateProblem) {
	digits, negative := strings.CutPrefix(s, "-")
	switch {
	case digits == "" || strings.Trim(digits, "0123456789") != "":
		return datePoint{}, problem(dateReasonLongDigits)
	case len(digits) <= 4:
		return datePoint{}, problem(dateReasonLongShort)
	case digits[0] == '0':
		return datePoint{}, problem(dateReasonLongZero)
	case len(digits) > len(strconv.FormatInt(maxDateYear, 10)):
		return datePoint{}, problem(dateReasonLongRange, strconv.FormatInt(maxDateYear, 10))
	}
	year, _ := strconv.ParseInt(digits, 10, 64) // digits only, at most 11 of them
	if year > maxDateYear {
		return datePoint{}, problem(dateReasonLongRange, strconv.FormatInt(maxDateYear, 10))
	}
	if negative {
		year = -year
	}
	return yearPoint(year, year), dateProblem{}
}

// parseCalendarDate parses YYYY, YYYY-MM (or a season YYYY-SS) or YYYY-MM-DD, possibly
// negative, with level 1 unspecified digits.
func parseCalendarDate(s string) (datePoint, dateProblem) {
	unsigned, negative := strings.CutPrefix(s, "-")
	parts := strings.Split(unsigned, "-")
	if len(parts) > 3 {
		return datePoint{}, problem(dateReasonParts)
	}
	yearText := parts[0]
	if why := checkYearText(yearText, len(parts) == 1); !why.ok() {
		return datePoint{}, why
	}
	if negative && yearText == "0000" {
		return datePoint{}, problem(dateReasonMinusZero)
	}
	lowYear, highYear := yearRange(yearText, negative)
	if len(parts) == 1 {
		return yearPoint(lowYear, highYear), dateProblem{}
	}
	if len(parts) == 2 {
		return parseYearMonth(lowYear, parts[1])
	}
	return parseYearMonthDay(lowYear, parts[1], parts[2])
}

// checkYearText checks the four characters of a calendar year. Unspecified digits are
// allowed only in the last one or two places of a year on its own.
func checkYearText(y string, alone bool) dateProblem {
	switch {
	case alone && (len(y) == 6 || len(y) == 8) && strings.Trim(y, "0123456789") == "":
		return problem(dateReasonBasic)
	case len(y) < 4:
		return problem(dateReasonYearShort)
	case len(y) > 4:
		return problem(dateReasonYearLong)
	case strings.Trim(y, "0123456789X") != "":
		return problem(dateReasonYearChars, y)
	case !strings.Contains(y, "X"):
		return dateProblem{}
	case !alone:
		return problem(dateReasonYearXInDate)
	case strings.Trim(y[:2], "0123456789") != "" || y[2] == 'X' && y[3] != 'X':
		return problem(dateReasonYearXPlace)
	}
	return dateProblem{}
}

// yearRange returns the first and last years a four-character year can be, X being any
// digit.
func yearRange(y string, negative bool) (low, high int64) {
	low, _ = strconv.ParseInt(strings.ReplaceAll(y, "X", "0"), 10, 64)
	high, _ = strconv.ParseInt(strings.ReplaceAll(y, "X", "9"), 10, 64)
	if negative {
		return -high, -low
	}
	return low, high
}

// yearPoint is the span of the years low to high.
func yearPoint(low, high int64) datePoint {
	return datePoint{
		kind:  dateEndDay,
		prec:  uint8(PrecisionYear),
		first: daysFromCivil(low, 1, 1),
		last:  daysFromCivil(high, 12, 31),
	}
}

// parseYearMonth parses the month (01–12, XX) or season (21–24) of YYYY-MM.
func parseYearMonth(year int64, monthText string) (datePoint, dateProblem) {
	if monthText == "XX" {
		return datePoint{kind: dateEndDay, prec: uint8(PrecisionMonth),
			first: daysFromCivil(year, 1, 1), last: daysFromCivil(year, 12, 31)}, dateProblem{}
	}
	month, why := parseTwoDigits(monthText, dateReasonMonthWidth, dateReasonMonthX, dateReasonMonthChars)
	switch {
	case !why.ok():
		return datePoint{}, why
	case month >= 21 && month <= 24:
		return seasonPoint(year, month), dateProblem{}
	case month >= 25 && month <= 41:
		return datePoint{}, problem(dateReasonSeasonLevel2, monthText)
	case month < 1 || month > 12:
		return datePoint{}, problem(dateReasonMonthRange, monthText)
	}
	return datePoint{kind: dateEndDay, prec: uint8(PrecisionMonth),
		first: daysFromCivil(year, month, 1), last: daysFromCivil(year, month, daysInMonth(year, month))}, dateProblem{}
}

// seasonPoint is the span of a season 21–24 of a year, in the northern hemisphere; winter
// runs into the next year.
func seasonPoint(year int64, season int) datePoint {
	firstMonth := 3 * (season - 20) // 21→3 (March), 22→6, 23→9, 24→12
	lastYear, lastMonth := addMonths(year, firstMonth, 2)
	return datePoint{kind: dateEndDay, prec: uint8(PrecisionSeason),
		first: daysFromCivil(year, firstMonth, 1),
		last:  daysFromCivil(lastYear, lastMonth, daysInMonth(lastYear, lastMonth))}
}

// parseYearMonthDay parses the month and day of YYYY-MM-DD, where the day, or the month
// and the day, may be XX.
func parseYearMonthDay(year int64, monthText, dayText string) (datePoint, dateProblem) {
	day := datePoint{kind: dateEndDay, prec: uint8(PrecisionDay)}
	if monthText == "XX" {
		if dayText != "XX" {
			return datePoint{}, problem(dateReasonMonthXDay)
		}
		day.first, day.last = daysFromCivil(year, 1, 1), daysFromCivil(year, 12, 31)
		return day, dateProblem{}
	}
	month, why := parseTwoDigits(monthText, dateReasonMonthWidth, dateReasonMonthX, dateReasonMonthChars)
	switch {
	case !why.ok():
		return datePoint{}, why
	case month >= 21 && month <= 41:
		return datePoint{}, problem(dateReasonSeasonDays, monthText)
	case month < 1 || month > 12:
		return datePoint{}, problem(dateReasonMonthOfDay, monthText)
	}
	days := daysInMonth(year, month)
	if dayText == "XX" {
		day.first, day.last = daysFromCivil(year, month, 1), daysFromCivil(year, month, days)
		return day, dateProblem{}
	}
	n, why := parseTwoDigits(dayText, dateReasonDayWidth, dateReasonDayX, dateReasonDayChars)
	if !why.ok() {
		return datePoint{}, why
	}
	if n < 1 || n > days {
		return datePoint{}, problem(dateReasonDayRange, dayText, formatYearMonth(year, month), strconv.Itoa(days))
	}
	day.first = daysFromCivil(year, month, n)
	day.last = day.first
	return day, dateProblem{}
}

// parseTwoDigits parses the two digits of a month or a day. The reasons it may give are
// those of a month or those of a day, as the caller says: a wrong width, one unspecified
// digit, and characters that are not digits.
func parseTwoDigits(t, widthReason, unspecifiedReason, charsReason string) (int, dateProblem) {
	switch {
	case len(t) != 2:
		return 0, problem(widthReason, t)
	case strings.Contains(t, "X"):
		return 0, problem(unspecifiedReason, t)
	case strings.Trim(t, "0123456789") != "":
		return 0, problem(charsReason, t)
	}
	n, _ := strconv.Atoi(t)
	return n, dateProblem{}
}

// formatYearMonth writes a year and month as in a date, for messages.
func formatYearMonth(year int64, month int) string {
	if year < 0 {
		return fmt.Sprintf("-%04d-%02d", -year, month)
	}
	return fmt.Sprintf("%04d-%02d", year, month)
}

// dayTime returns the time at 00:00 UTC of a day counted from 1970-01-01. Years are
// bounded by maxDateYear, so the seconds do not overflow.
func dayTime(day int64) time.Time { return time.Unix(day*86400, 0).UTC() }

// isLeapYear reports whether a (proleptic Gregorian, astronomical) year is a leap year.
func isLeapYear(y int64) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// daysInMonth returns the number of days of a month.
func daysInMonth(y int64, m int) int {
	switch m {
	case 2:
		if isLeapYear(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// addMonths adds n months to year y, month m (1–12).
func addMonths(y int64, m, n int) (int64, int) {
	total := y*12 + int64(m-1) + int64(n)
	return floorDiv(total, 12), int(total-floorDiv(total, 12)*12) + 1
}

// floorDiv divides rounding towards minus infinity.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// daysFromCivil returns the days from 1970-01-01 to a proleptic Gregorian date, by
// Howard Hinnant's algorithm (chrono-Compatible Low-Level Date Algorithms), in int64 so
// that long years do not overflow.
func daysFromCivil(y int64, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yearOfEra := y - era*400                           // [0, 399]
	monthFromMarch := int64((m + 9) % 12)              // March is 0
	dayOfYear := (153*monthFromMarch+2)/5 + int64(d-1) // [0, 365]
	dayOfEra := yearOfEra*365 + yearOfEra/4 - yearOfEra/100 + dayOfYear
	return era*146097 + dayOfEra - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(days int64) (y int64, m, d int) {
	days += 719468
	era := floorDiv(days, 146097)
	dayOfEra := days - era*146097                                                    // [0, 146096]
	yearOfEra := (dayOfEra - dayOfEra/1460 + dayOfEra/36524 - dayOfEra/146096) / 365 // [0, 399]
	dayOfYear := dayOfEra - (365*yearOfEra + yearOfEra/4 - yearOfEra/100)            // [0, 365]
	monthFromMarch := (5*dayOfYear + 2) / 153
	d = int(dayOfYear - (153*monthFromMarch+2)/5 + 1)
	m = int((monthFromMarch+2)%12) + 1
	y = yearOfEra + era*400
	if m <= 2 {
		y++
	}
	return y, m, d
}
