package peers

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/jscd-go/jscd/jscd"
)

// exportICS exports the document at path to iCalendar and parses it back.
func exportICS(t *testing.T, path string, args ...string) (*ics.Calendar, string) {
	t.Helper()
	out, code := run(t, "", []string{"SOURCE_DATE_EPOCH=1700000000"}, append([]string{"export", "-to", "ics"}, append(args, path)...)...)
	if code != 0 {
		t.Fatalf("export -to ics %s: exit status %d", path, code)
	}
	cal, err := ics.ParseCalendar(strings.NewReader(out))
	if err != nil {
		t.Fatalf("golang-ical cannot parse the calendar: %v\n%s", err, out)
	}
	return cal, out
}

func decode(t *testing.T, path string) *jscd.Framework {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := jscd.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// Every event with a day to show is a VEVENT, all-day, from the first day its date denotes to
// the day after the last, with its name as summary.
func TestICSParsesBack(t *testing.T) {
	for _, name := range []string{"jscd/datasets/us-iraq.json", "jscd/datasets/us-iraq-2021.json", "jscd/testdata/valid/every-field.json"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(root, name)
			f := decode(t, path)
			cal, _ := exportICS(t, path)
			byUID := map[string]*ics.VEvent{}
			for _, ev := range cal.Events() {
				if byUID[ev.Id()] != nil {
					t.Errorf("UID %s twice", ev.Id())
				}
				byUID[ev.Id()] = ev
			}
			n := 0
			for _, e := range f.Events {
				first, ok := e.Date.Earliest()
				if !ok {
					continue
				}
				n++
				ev := byUID[string(e.ID)+"@"+string(f.ID)+".jscd"]
				if ev == nil {
					t.Errorf("event %s is not in the calendar", e.ID)
					continue
				}
				start, err := ev.GetAllDayStartAt()
				if err != nil || !sameDay(start, first) {
					t.Errorf("%s: DTSTART %v (%v), want the all-day %v", e.ID, start, err, first)
				}
				if last, ok := e.Date.Latest(); ok {
					end, err := ev.GetAllDayEndAt()
					if err != nil || !sameDay(end, last.AddDate(0, 0, 1)) {
						t.Errorf("%s: DTEND %v (%v), want the day after %v", e.ID, end, err, last)
					}
				}
				summary := ics.FromText(ev.GetProperty(ics.ComponentPropertySummary).Value)
				if !strings.HasPrefix(summary, e.Name.In("en")) {
					t.Errorf("%s: summary %q does not begin with the name %q", e.ID, summary, e.Name.In("en"))
				}
				marked := strings.Contains(summary, "("+e.Date.String())
				if (e.Date.Uncertain() || e.Date.Approximate()) && !marked {
					t.Errorf("%s: the uncertain or approximate date %s is not in the summary %q", e.ID, e.Date, summary)
				}
			}
			if len(cal.Events()) != n {
				t.Errorf("%d events in the calendar, want %d", len(cal.Events()), n)
			}
		})
	}
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// Text with the characters iCalendar escapes, long lines in Arabic, and the language of the
// reader come back as written.
func TestICSTextRoundTrip(t *testing.T) {
	name := "Talks; round 1, \"Baghdad\" \\ Erbil"
	arabic := strings.Repeat("المحادثات الأمنية المشتركة، ", 6)
	doc := `{
  "format": "jscd/1",
  "id": "tricky",
  "title": {"en": "Tricky, text; here"},
  "events": [
    {"id": "e1", "kind": "meeting", "name": {"en": ` + quote(name) + `, "ar": ` + quote(arabic) + `},
     "date": "2023-08-07", "description": {"en": "Line one\nLine two"},
     "location": {"name": {"en": "Washington, D.C."}, "country": "US"}},
    {"id": "e2", "kind": "visit", "name": {"en": "A visit"}, "date": "2023-08?"},
    {"id": "e3", "kind": "visit", "name": {"en": "Open"}, "date": "../2023"}
  ]
}`
	path := filepath.Join(t.TempDir(), "tricky.json")
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	cal, _ := exportICS(t, path)
	events := cal.Events()
	if len(events) != 2 {
		t.Fatalf("%d events, want 2 (e3 has no start)", len(events))
	}
	get := func(ev *ics.VEvent, p ics.ComponentProperty) string {
		prop := ev.GetProperty(p)
		if prop == nil {
			return ""
		}
		return ics.FromText(prop.Value)
	}
	if got := get(events[0], ics.ComponentPropertySummary); got != name {
		t.Errorf("summary %q, want %q", got, name)
	}
	if got := get(events[0], ics.ComponentPropertyDescription); got != "Line one\nLine two" {
		t.Errorf("description %q", got)
	}
	if got := get(events[0], ics.ComponentPropertyLocation); got != "Washington, D.C., US" {
		t.Errorf("location %q", got)
	}
	if got := get(events[1], ics.ComponentPropertySummary); got != "A visit (2023-08?, uncertain date)" {
		t.Errorf("uncertain summary %q", got)
	}
	if end, _ := events[1].GetAllDayEndAt(); !sameDay(end, time.Date(2023, 9, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("a month's event ends %v, want 2023-09-01 (the day after its last)", end)
	}

	cal, _ = exportICS(t, path, "-lang", "ar")
	summary := cal.Events()[0].GetProperty(ics.ComponentPropertySummary)
	if got := ics.FromText(summary.Value); got != arabic {
		t.Errorf("Arabic summary %q, want %q", got, arabic)
	}
	if lang := summary.ICalParameters["LANGUAGE"]; len(lang) != 1 || lang[0] != "ar" {
		t.Errorf("LANGUAGE %v, want ar", lang)
	}
}

func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
