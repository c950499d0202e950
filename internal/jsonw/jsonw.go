// Package jsonw writes JSON strings and generic JSON data without encoding/json: the one JSON
// writer of the module, shared by the library's codec and the demo's view.
package jsonw

import (
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// AppendString appends s to dst as a JSON string, escaped as encoding/json escapes it: '"',
// '\\' and control characters; U+2028 and U+2029 (which end a line in JavaScript); each byte
// of invalid UTF-8 as U+FFFD, so that the output is valid JSON whatever s holds; and, with
// escapeHTML, '<', '>' and '&'.
//
// It copies each run of characters that need no escape with one append, since the demo runs it
// on every character of the page at each keystroke.
func AppendString(dst []byte, s string, escapeHTML bool) []byte {
	dst = append(dst, '"')
	start := 0 // s[start:i] is a run not appended yet that needs no escape
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if safe(c, escapeHTML) {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// safe reports whether the ASCII byte c goes into a JSON string as it is.
func safe(c byte, escapeHTML bool) bool {
	return c >= 0x20 && c != '"' && c != '\\' && !(escapeHTML && (c == '<' || c == '>' || c == '&'))
}

// AppendFloat appends f to dst as encoding/json writes a float64: the shortest decimal that
// reads back as f, in exponent form only below 1e-6 or from 1e21 on. It reports false for NaN
// and the infinities, which JSON cannot write.
func AppendFloat(dst []byte, f float64) ([]byte, bool) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return dst, false
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' {
		// 1e-07 is written 1e-7, as encoding/json does.
		if n := len(dst); n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst, true
}

// Style says how AppendData lays out data.
type Style struct {
	// EscapeHTML escapes '<', '>' and '&' in strings, as encoding/json does by default.
	EscapeHTML bool
	// SpaceBetweenStrings writes a space after a comma between a string and a string or an
	// object key that follows it, so that a list of IDs reads ["a", "b"]; otherwise the
	// output is compact.
	SpaceBetweenStrings bool
}

// AppendData appends v, generic JSON data (nil, bool, string, json.Number, []any or
// map[string]any, as encoding/json decodes into an any with UseNumber), as JSON with object
// keys sorted, laid out in style. It reports false, having appended part of v, when v holds
// anything else or a json.Number that is not a JSON number (an empty one is written 0, as
// encoding/json writes it).
func AppendData(dst []byte, v any, style Style) ([]byte, bool) {
	switch v := v.(type) {
	case nil:
		return append(dst, "null"...), true
	case bool:
		return strconv.AppendBool(dst, v), true
	case string:
		return AppendString(dst, v, style.EscapeHTML), true
	case json.Number:
		if v == "" {
			v = "0"
		}
		if !IsNumber(string(v)) {
			return dst, false
		}
		return append(dst, v...), true
	case []any:
		dst = append(dst, '[')
		for i, x := range v {
			if i > 0 {
				_, isString := x.(string)
				dst = style.comma(dst, isString)
			}
			var ok bool
			if dst, ok = AppendData(dst, x, style); !ok {
				return dst, false
			}
		}
		return append(dst, ']'), true
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		dst = append(dst, '{')
		for i, k := range keys {
			if i > 0 {
				dst = style.comma(dst, true)
			}
			dst = append(AppendString(dst, k, style.EscapeHTML), ':')
			var ok bool
			if dst, ok = AppendData(dst, v[k], style); !ok {
				return dst, false
			}
		}
		return append(dst, '}'), true
	}
	return dst, false
}

func (style Style) comma(dst []byte, beforeString bool) []byte {
	if style.SpaceBetweenStrings && beforeString && dst[len(dst)-1] == '"' {
		return append(dst, ',', ' ')
	}
	return append(dst, ',')
}

// IsNumber reports whether s is a number as JSON writes it (RFC 8259, section 6).
func IsNumber(s string) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && '1' <= s[i] && s[i] <= '9':
		i = digits(s, i)
	default:
		return false
	}
	if i < len(s) && s[i] == '.' {
		if i = digits(s, i+1); s[i-1] == '.' {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		start := i
		if i = digits(s, i); i == start {
			return false
		}
	}
	return i == len(s)
}

// digits returns the offset of the first byte at or after i that is not a decimal digit.
func digits(s string, i int) int {
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return i
}
