package view

import (
	"strconv"
	"time"
)

// formatDay writes t's day as YYYY-MM-DD, as t.Format(time.DateOnly) does (a year beyond four
// digits in full, a year before 1 with a minus sign). It is written by hand because
// time.Time.Format links the whole of time's layout engine into the WebAssembly binary.
func formatDay(t time.Time) string {
	y, m, d := t.Date()
	b := make([]byte, 0, 10)
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	b = appendPadded(b, y, 4)
	b = appendPadded(append(b, '-'), int(m), 2)
	b = appendPadded(append(b, '-'), d, 2)
	return string(b)
}

// appendPadded appends n, not negative, with leading zeros to at least width digits.
func appendPadded(b []byte, n, width int) []byte {
	for w := len(strconv.Itoa(n)); w < width; w++ {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// parseDay reads a day written YYYY-MM-DD, as the page's date field sends it, at midnight
// UTC. Like time.Parse(time.DateOnly, s) it takes exactly four digits of year and two of
// month and day, and a day that the month has; unlike it, it links no layout engine.
func parseDay(s string) (time.Time, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	y, okY := digits(s[0:4])
	m, okM := digits(s[5:7])
	d, okD := digits(s[8:10])
	if !okY || !okM || !okD || m < 1 || m > 12 || d < 1 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // time.Date normalised a day the month does not have
		return time.Time{}, false
	}
	return t, true
}

// digits reads s, ASCII digits only.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}
