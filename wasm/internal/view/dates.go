package view

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/jscd-go/jscd/jscd"
)

// Dates are written for people, in the page's language: "7–8 August 2023", "2020–2021",
// "from August 2023", "31 July 2023, approximately". The EDTF text the document holds
// (2023-08-07/2023-08-08, 2020/2021, 2023-08/.., 2023-07-31~) is shown only in the editor.
// The words come from what jscd.Date says of the date (its span, precision, ends and
// qualifiers), never from its text. Numbers are written in the digits the page's other numbers
// use (0–9, in every page language).

// dateWords are the words of dates in one page language.
type dateWords struct {
	months  [12]string
	seasons [4]string // spring, summer, autumn, winter
	// day, month, season: a day of a month of a year, a month of a year, a season of a year;
	// {d} the day, {m} the month's name, {y} the year.
	day, month, season string
	// dayRange and monthRange join two days of one month, or two months of one year.
	dayRange, monthRange string
	// daysInYear joins two days of one year, in different months: {d1} {m1} {d2} {m2} {y}.
	daysInYear string
	// span, from, until: a span between two dates written whole, one with an open or
	// unknown end, one with an open or unknown start.
	span, from, until string
	unknown           string // an interval with neither end known
	// approximate and uncertain qualify a whole date ({w} the date in words).
	approximate, uncertain, both string
	// on lists days a position was held on.
	on string
}

// wordsOf holds the date words of each page language, by language code.
var wordsOf = map[string]*dateWords{
	"en": {
		months: [12]string{"January", "February", "March", "April", "May", "June", "July",
			"August", "September", "October", "November", "December"},
		seasons:     [4]string{"spring", "summer", "autumn", "winter"},
		day:         "{d} {m} {y}",
		month:       "{m} {y}",
		season:      "{m} {y}",
		dayRange:    "{d1}–{d2} {m} {y}",
		monthRange:  "{m1}–{m2} {y}",
		daysInYear:  "{d1} {m1} – {d2} {m2} {y}",
		span:        "{a} – {b}",
		from:        "from {a}",
		until:       "until {b}",
		unknown:     "date unknown",
		approximate: "{w}, approximately",
		uncertain:   "{w}, uncertain",
		both:        "{w}, approximately and uncertain",
		on:          "on {w}",
	},
	"ar": {
		months: [12]string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
			"أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
		seasons:     [4]string{"ربيع", "صيف", "خريف", "شتاء"},
		day:         "{d} {m} {y}",
		month:       "{m} {y}",
		season:      "{m} {y}",
		dayRange:    "{d1}–{d2} {m} {y}",
		monthRange:  "{m1}–{m2} {y}",
		daysInYear:  "{d1} {m1} – {d2} {m2} {y}",
		span:        "من {a} إلى {b}",
		from:        "منذ {a}",
		until:       "حتى {b}",
		unknown:     "تاريخ غير معروف",
		approximate: "{w} تقريباً",
		uncertain:   "{w} (غير مؤكد)",
		both:        "{w} تقريباً (غير مؤكد)",
		on:          "في {w}",
	},
	"ckb": {
		months: [12]string{"کانوونی دووەم", "شوبات", "ئازار", "نیسان", "ئایار", "حوزەیران", "تەمووز",
			"ئاب", "ئەیلوول", "تشرینی یەکەم", "تشرینی دووەم", "کانوونی یەکەم"},
		seasons:     [4]string{"بەهار", "هاوین", "پاییز", "زستان"},
		day:         "{d}ی {m}ی {y}",
		month:       "{m}ی {y}",
		season:      "{m}ی {y}",
		dayRange:    "{d1}–{d2}ی {m}ی {y}",
		monthRange:  "{m1}–{m2}ی {y}",
		daysInYear:  "{d1}ی {m1} – {d2}ی {m2}ی {y}",
		span:        "لە {a} تا {b}",
		from:        "لە {a}ەوە",
		until:       "تا {b}",
		unknown:     "بەرواری نەزانراو",
		approximate: "نزیکەی {w}",
		uncertain:   "{w} (نادڵنیا)",
		both:        "نزیکەی {w} (نادڵنیا)",
		on:          "لە {w}",
	},
}

// words returns the date words of the reader's language.
func (l *Lang) words() *dateWords {
	if w, ok := wordsOf[l.Code]; ok {
		return w
	}
	return wordsOf["en"]
}

// partKind is how much of the calendar one date (or one end of an interval) covers.
type partKind int

const (
	partDay     partKind = iota // one day
	partMonth                   // a whole month
	partSeason                  // a season
	partYear                    // a whole year
	partYears                   // whole years (201X)
	partDays                    // any other span of days
	partMissing                 // an open or unknown end
)

// datePart is one date, or one end of an interval, as the span of days it denotes.
type datePart struct {
	kind     partKind
	from, to time.Time
}

// partOf reads a single date (not an interval) as the span it denotes: a year, a month and a
// day are told apart by that span, so that unspecified digits read as what they cover (201X
// is 2010–2019, 1985-04-XX is April 1985).
func partOf(d jscd.Date) datePart {
	from, okFrom := d.Earliest()
	to, okTo := d.Latest()
	if !okFrom || !okTo {
		return datePart{kind: partMissing}
	}
	p := datePart{from: from, to: to, kind: partDays}
	y1, m1, d1 := from.Date()
	y2, m2, d2 := to.Date()
	lastOfMonth := to.AddDate(0, 0, 1).Day() == 1
	switch {
	case from.Equal(to):
		p.kind = partDay
	case d.Precision() == jscd.PrecisionSeason:
		p.kind = partSeason
	case y1 == y2 && m1 == m2 && d1 == 1 && lastOfMonth:
		p.kind = partMonth
	case y1 == y2 && m1 == time.January && d1 == 1 && m2 == time.December && d2 == 31:
		p.kind = partYear
	case m1 == time.January && d1 == 1 && m2 == time.December && d2 == 31:
		p.kind = partYears
	}
	return p
}

func year(t time.Time) string { return strconv.Itoa(t.Year()) }

// text writes one part in words.
func (w *dateWords) text(p datePart) string {
	switch p.kind {
	case partDay:
		return fill(w.day, "d", strconv.Itoa(p.from.Day()), "m", w.months[p.from.Month()-1], "y", year(p.from))
	case partMonth:
		return fill(w.month, "m", w.months[p.from.Month()-1], "y", year(p.from))
	case partSeason:
		// Spring starts in March, summer in June, autumn in September, winter in December.
		return fill(w.season, "m", w.seasons[(int(p.from.Month())/3+3)%4], "y", year(p.from))
	case partYear:
		return year(p.from)
	case partYears:
		return year(p.from) + "–" + year(p.to)
	case partDays:
		return w.join(datePart{kind: partDay, from: p.from, to: p.from}, datePart{kind: partDay, from: p.to, to: p.to})
	}
	return ""
}

// join writes the span from a to b, both known, as briefly as the language allows: the days
// of one month share it ("7–8 August 2023"), the months of one year share it, whole years are
// joined by a dash.
func (w *dateWords) join(a, b datePart) string {
	sameYear := a.from.Year() == b.from.Year()
	switch {
	case a.kind == partDay && b.kind == partDay && sameYear && a.from.Month() == b.from.Month():
		return fill(w.dayRange, "d1", strconv.Itoa(a.from.Day()), "d2", strconv.Itoa(b.from.Day()),
			"m", w.months[a.from.Month()-1], "y", year(a.from))
	case a.kind == partDay && b.kind == partDay && sameYear:
		return fill(w.daysInYear, "d1", strconv.Itoa(a.from.Day()), "m1", w.months[a.from.Month()-1],
			"d2", strconv.Itoa(b.from.Day()), "m2", w.months[b.from.Month()-1], "y", year(a.from))
	case a.kind == partMonth && b.kind == partMonth && sameYear:
		return fill(w.monthRange, "m1", w.months[a.from.Month()-1], "m2", w.months[b.from.Month()-1], "y", year(a.from))
	case a.kind == partYear && b.kind == partYear:
		return year(a.from) + "–" + year(b.from)
	}
	return fill(w.span, "a", w.text(a), "b", w.text(b))
}

// DateInWords writes a date of the document for a visitor in the reader's language: "7 August
// 2023", "7–8 August 2023", "2020–2021", "from August 2023", "until 2006", "summer 2001",
// "31 July 2023, approximately". A date that is not valid EDTF is given as written (validation
// lists it); the zero date gives "".
func (l *Lang) DateInWords(d jscd.Date) string {
	if d.IsZero() {
		return ""
	}
	if d.Err() != nil {
		return d.String()
	}
	w := l.words()
	var s string
	if d.IsInterval() {
		a, b := partOf(d.Start()), partOf(d.End())
		switch {
		case a.kind == partMissing && b.kind == partMissing:
			s = w.unknown
		case b.kind == partMissing:
			s = fill(w.from, "a", w.text(a))
		case a.kind == partMissing:
			s = fill(w.until, "b", w.text(b))
		default:
			s = w.join(a, b)
		}
	} else {
		s = w.text(partOf(d))
	}
	return qualify(w, s, d.Approximate(), d.Uncertain())
}

// qualify adds to a date in words that it is approximate, uncertain or both.
func qualify(w *dateWords, s string, approximate, uncertain bool) string {
	switch {
	case approximate && uncertain:
		return fill(w.both, "w", s)
	case approximate:
		return fill(w.approximate, "w", s)
	case uncertain:
		return fill(w.uncertain, "w", s)
	}
	return s
}

// PeriodInWords writes the term of a position, or any span given as two dates, either of
// which may be absent: "2020–2022", "from 2022", "until 2006". The two dates are joined as an
// interval's ends are, each with its own qualifiers.
func (l *Lang) PeriodInWords(from, to jscd.Date) string {
	w := l.words()
	switch {
	case from.IsZero() && to.IsZero():
		return ""
	case to.IsZero():
		return fill(w.from, "a", l.DateInWords(from))
	case from.IsZero():
		return fill(w.until, "b", l.DateInWords(to))
	}
	plain := func(d jscd.Date) bool {
		return d.Err() == nil && !d.IsInterval() && !d.Approximate() && !d.Uncertain()
	}
	if plain(from) && plain(to) {
		if a, b := partOf(from), partOf(to); a.kind != partMissing && b.kind != partMissing {
			return w.join(a, b)
		}
	}
	return fill(w.span, "a", l.DateInWords(from), "b", l.DateInWords(to))
}

// DaysInWords lists days a position is known to have been held on: "on 7 August 2023".
func (l *Lang) DaysInWords(days []jscd.Date) string {
	var parts []string
	for _, d := range days {
		if s := l.DateInWords(d); s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return fill(l.words().on, "w", strings.Join(parts, sep(l)))
}

// dateNode shows a date in words in a time element, which keeps the document's text in
// data-date and, for a plain year, month or day, the machine-readable form in datetime. The
// element is isolated (style.css) so that its digits and dashes keep their order inside a
// sentence in either direction.
func dateNode(l *Lang, d jscd.Date) Node {
	class := "date"
	if d.Uncertain() {
		class += " uncertain"
	}
	if d.Approximate() {
		class += " approximate"
	}
	attrs := at("class", class, "data-date", d.String())
	if plainDate(d.String()) {
		attrs = append(attrs, "datetime", d.String())
	}
	words := l.DateInWords(d)
	return h("time", append(attrs, numbersDir(words)...), T(words))
}

// numbersDir returns the attributes that keep a text without letters ("2008–2025", "2021")
// in its left-to-right order inside a right-to-left sentence: an element with a dir is
// isolated from the text around it. A text with letters needs nothing: the page's own
// direction, or its language's, orders it.
func numbersDir(text string) []string {
	for _, r := range text {
		if unicode.IsLetter(r) {
			return nil
		}
	}
	return at("dir", "ltr")
}

// plainDate reports whether s is YYYY, YYYY-MM or YYYY-MM-DD, which HTML's datetime takes.
func plainDate(s string) bool {
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i == 4 || i == 7 {
			if s[i] != '-' {
				return false
			}
		} else if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// dayDate is the day of t as a Date, for writing it in words.
func dayDate(t time.Time) jscd.Date {
	d, _ := jscd.ParseDate(formatDay(t))
	return d
}

// listSep separates the items of a list whose items may hold commas: topics, outcomes.
func listSep(l *Lang) string {
	if l.Code == "en" {
		return "; "
	}
	return "؛ "
}
