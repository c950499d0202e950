package jscd

import (
	"errors"
	"time"
)

// STUB: the public API of Date is fixed here; the implementation is being written.

// Precision is how finely a date is known.
type Precision int

// The precisions a Date can have.
const (
	PrecisionNone   Precision = iota // zero Date, or an open/unknown interval end
	PrecisionYear                    // 2008, 201X
	PrecisionSeason                  // 2001-21 (spring)
	PrecisionMonth                   // 2023-08
	PrecisionDay                     // 2023-08-07
)

// Date is a date as a source gives it, in EDTF (ISO 8601-2) levels 0 and 1.
type Date struct {
	raw string
	err error
}

// ParseDate parses an EDTF level 0 or level 1 date or interval.
func ParseDate(s string) (Date, error) {
	return Date{raw: s}, errors.New("not implemented")
}

// String returns the date exactly as it was parsed.
func (d Date) String() string { return d.raw }

// IsZero reports whether d is the zero Date (absent).
func (d Date) IsZero() bool { return d.raw == "" && d.err == nil }

// Err returns the parse error of a date decoded leniently from JSON, or nil.
func (d Date) Err() error { return d.err }

// Earliest returns the first instant d can denote.
func (d Date) Earliest() (time.Time, bool) { return time.Time{}, false }

// Latest returns the last day d can denote (at 00:00 UTC).
func (d Date) Latest() (time.Time, bool) { return time.Time{}, false }

// Precision returns the precision of d (of its start for an interval).
func (d Date) Precision() Precision { return PrecisionNone }

// IsInterval reports whether d is an interval A/B.
func (d Date) IsInterval() bool { return false }

// Start returns the start of an interval, or d itself.
func (d Date) Start() Date { return d }

// End returns the end of an interval, or d itself.
func (d Date) End() Date { return d }

// Uncertain reports whether d (or either end) carries ? or %.
func (d Date) Uncertain() bool { return false }

// Approximate reports whether d (or either end) carries ~ or %.
func (d Date) Approximate() bool { return false }

// CertainlyBefore reports whether every instant of d is before every instant of e.
func (d Date) CertainlyBefore(e Date) bool { return false }

// PossiblyBefore reports whether some instant of d is before some instant of e.
func (d Date) PossiblyBefore(e Date) bool { return false }

// Contains reports whether d's span certainly contains e's span.
func (d Date) Contains(e Date) bool { return false }

// Overlaps reports whether the spans of d and e possibly share an instant.
func (d Date) Overlaps(e Date) bool { return false }

// CompareDates orders dates by earliest, then latest, then text; for sorting.
func CompareDates(a, b Date) int { return 0 }

// MarshalText encodes d as its EDTF text.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.raw), nil }

// UnmarshalText decodes d leniently: an invalid date keeps its text and its error (see Err).
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	v.raw, v.err = string(b), err
	*d = v
	return nil
}
