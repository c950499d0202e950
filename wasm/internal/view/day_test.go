package view

import (
	"testing"
	"time"
)

func TestFormatDayIsDateOnly(t *testing.T) {
	for _, tm := range []time.Time{
		time.Date(2023, 8, 7, 0, 0, 0, 0, time.UTC), time.Date(2008, 11, 17, 23, 59, 59, 0, time.UTC),
		time.Date(999, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(5, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(0, 2, 29, 0, 0, 0, 0, time.UTC), time.Date(-44, 3, 15, 0, 0, 0, 0, time.UTC),
		time.Date(12345, 6, 1, 0, 0, 0, 0, time.UTC), {},
	} {
		if got, want := formatDay(tm), tm.Format(time.DateOnly); got != want {
			t.Errorf("formatDay(%v) = %q, want %q", tm, got, want)
		}
	}
}

func TestParseDayIsDateOnly(t *testing.T) {
	for _, s := range []string{
		"2021-09-01", "2024-02-29", "0000-01-01", "9999-12-31", "2008-11-17",
		"2023-02-29", "2021-04-31", "2021-13-01", "2021-00-10", "2021-01-00", "2021-01-32",
		"2021-9-01", "21-09-01", "2021/09/01", "2021-09-01T00:00", " 2021-09-01", "2021-09-1 ",
		"+021-09-01", "-021-09-01", "2021-0a-01", "２０２１-09-01", "", "yesterday",
	} {
		want, err := time.Parse(time.DateOnly, s)
		got, ok := parseDay(s)
		if ok != (err == nil) || !got.Equal(want) || got.Location() != want.Location() {
			t.Errorf("parseDay(%q) = %v, %v; time.Parse gives %v, %v", s, got, ok, want, err)
		}
	}
}
