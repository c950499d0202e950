package main

import "github.com/jscd-go/jscd/jscd"

// en is a text in English only.
func en(s string) jscd.Text { return jscd.Text{"en": s} }

// enAr is a text in English and Arabic.
func enAr(e, a string) jscd.Text { return jscd.Text{"en": e, "ar": a} }

// enArCkb is a text in English, Arabic and Kurdish (Sorani).
func enArCkb(e, a, k string) jscd.Text { return jscd.Text{"en": e, "ar": a, "ckb": k} }

// ids turns slugs into references.
func ids(s ...string) []jscd.ID {
	out := make([]jscd.ID, len(s))
	for i, v := range s {
		out[i] = jscd.ID(v)
	}
	return out
}

// date turns EDTF text into a Date. It decodes leniently, as JSON does, so the generator
// never fails on a date; validation of the written file reports a bad one.
func date(s string) jscd.Date {
	var d jscd.Date
	_ = d.UnmarshalText([]byte(s)) // lenient by contract: the error is kept in d.Err
	return d
}

// areas turns names into areas of cooperation.
func areas(s ...jscd.Area) []jscd.Area { return s }
