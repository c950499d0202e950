package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jscd-go/jscd/jscd"
	"golang.org/x/text/language"
)

// exportICS writes the dated events of f as an iCalendar stream (RFC 5545): one VEVENT each,
// all-day, from the first to the last day its date denotes. An event whose date has no known
// start (../2023, /2023), or falls outside the years 1–9999 that iCalendar can write, is left
// out and said so on standard error.
func (c *ctx) exportICS(w io.Writer, f *jscd.Framework) error {
	stamp := c.now().UTC()
	// SOURCE_DATE_EPOCH (reproducible-builds.org) fixes the time stamp, so that the same
	// document gives the same calendar.
	if s := c.getenv("SOURCE_DATE_EPOCH"); s != "" {
		if sec, err := strconv.ParseInt(s, 10, 64); err == nil {
			stamp = time.Unix(sec, 0).UTC()
		}
	}
	ic := &icsWriter{}
	ic.line("BEGIN:VCALENDAR")
	ic.line("VERSION:2.0")
	ic.line("PRODID:-//jscd//jscd export//EN")
	ic.line("CALSCALE:GREGORIAN")
	ic.line("METHOD:PUBLISH")
	if title, tag, ok := f.Title.Lookup(c.tag); ok {
		ic.line("X-WR-CALNAME" + langParam(tag) + ":" + icsText(title))
	}
	sources := map[jscd.ID]*jscd.Source{}
	for i := range f.Sources {
		sources[f.Sources[i].ID] = &f.Sources[i]
	}
	for _, ev := range f.Events {
		start, okStart := ev.Date.Earliest()
		end, okEnd := ev.Date.Latest()
		if !okStart || start.Year() < 1 || start.Year() > 9999 || (okEnd && end.Year() > 9999) {
			fmt.Fprintln(c.stderr, c.p.Sprintf("jscd export: event %s left out: its date %q has no day a calendar can show", ev.ID, ev.Date.String()))
			continue
		}
		ic.line("BEGIN:VEVENT")
		ic.line("UID:" + icsText(string(ev.ID)+"@"+string(f.ID)+".jscd"))
		ic.line("DTSTAMP:" + stamp.Format("20060102T150405Z"))
		ic.line("DTSTART;VALUE=DATE:" + start.Format("20060102"))
		if okEnd {
			// DTEND of an all-day event is the day after the last (RFC 5545, 3.6.1).
			ic.line("DTEND;VALUE=DATE:" + end.AddDate(0, 0, 1).Format("20060102"))
		}
		name, tag, _ := ev.Name.Lookup(c.tag)
		ic.line("SUMMARY" + langParam(tag) + ":" + icsText(c.eventSummary(name, ev.Date)))
		if desc, tag, ok := ev.Description.Lookup(c.tag); ok {
			ic.line("DESCRIPTION" + langParam(tag) + ":" + icsText(desc))
		}
		if ev.Location != nil {
			if place, tag, ok := ev.Location.Name.Lookup(c.tag); ok {
				if ev.Location.Country != "" {
					place += ", " + ev.Location.Country
				}
				ic.line("LOCATION" + langParam(tag) + ":" + icsText(place))
			}
		}
		if ev.Kind != "" {
			ic.line("CATEGORIES:" + icsText(string(ev.Kind)))
		}
		for _, id := range ev.Sources {
			if s := sources[id]; s != nil && isWebLink(s.URL) {
				ic.line("URL:" + s.URL)
				break
			}
		}
		ic.line("END:VEVENT")
	}
	ic.line("END:VCALENDAR")
	_, err := io.WriteString(w, ic.b.String())
	return err
}

// eventSummary is an event's name, with its date as written when the calendar cannot show it
// as it is: a date known only to the month or year, an open end, or a date marked uncertain
// (?) or approximate (~).
func (c *ctx) eventSummary(name string, d jscd.Date) string {
	_, okEnd := d.Latest()
	switch {
	case d.Uncertain() && d.Approximate():
		return c.p.Sprintf("%s (%s, uncertain and approximate date)", name, d.String())
	case d.Uncertain():
		return c.p.Sprintf("%s (%s, uncertain date)", name, d.String())
	case d.Approximate():
		return c.p.Sprintf("%s (%s, approximate date)", name, d.String())
	case d.Start().Precision() != jscd.PrecisionDay || !okEnd || d.End().Precision() != jscd.PrecisionDay:
		return fmt.Sprintf("%s (%s)", name, d.String())
	}
	return name
}

// isWebLink reports whether a source's URL can be a URL property: an http or https URL with no
// white space or control character (validation checks it further: rule url.syntax).
func isWebLink(u string) bool {
	lower := strings.ToLower(u)
	return (strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://")) &&
		!strings.ContainsFunc(u, func(r rune) bool { return r <= ' ' || r == 0x7f })
}

// langParam is the LANGUAGE parameter of a text property (RFC 5545, 3.2.10).
func langParam(tag language.Tag) string {
	if tag == language.Und {
		return ""
	}
	return ";LANGUAGE=" + tag.String()
}

// icsText escapes a TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma are
// escaped, a line break is written \n, and other control characters are dropped.
func icsText(s string) string {
	var b strings.Builder
	for _, r := range strings.ReplaceAll(s, "\r\n", "\n") {
		switch {
		case r == '\\' || r == ';' || r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 && r != '\t' || r == 0x7f:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// icsWriter writes content lines, folded at 75 octets with CRLF and a space (RFC 5545, 3.1),
// never inside a UTF-8 sequence.
type icsWriter struct {
	b strings.Builder
}

func (w *icsWriter) line(s string) {
	const limit = 75
	first := true
	for len(s) > 0 {
		n := limit
		if !first {
			n-- // the space that begins a continuation line counts
			w.b.WriteByte(' ')
		}
		if len(s) <= n {
			w.b.WriteString(s)
			break
		}
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		w.b.WriteString(s[:n])
		w.b.WriteString("\r\n")
		s = s[n:]
		first = false
	}
	w.b.WriteString("\r\n")
}
