package view

import (
	"encoding/json"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jscd-go/jscd/jscd/datasets"
)

// appendJSONStringByByte is appendJSONString as it was before it appended runs: one append a
// byte. TestAppendJSONStringMatchesByByte holds the two to the same output.
func appendJSONStringByByte(b []byte, s string, escapeHTML bool) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c < 0x20 || escapeHTML && (c == '<' || c == '>' || c == '&'):
				if k := strings.IndexByte("\b\f\n\r\t", c); k >= 0 {
					b = append(b, '\\', "bfnrt"[k])
				} else {
					b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
				}
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, `\u`...)
			b = strconv.AppendInt(b, int64(r), 16)
		default:
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}

// jsonStrings returns every string of a JSON value: keys and values.
func jsonStrings(v any, out []string) []string {
	switch v := v.(type) {
	case string:
		return append(out, v)
	case []any:
		for _, x := range v {
			out = jsonStrings(x, out)
		}
	case map[string]any:
		for k, x := range v {
			out = jsonStrings(x, append(out, k))
		}
	}
	return out
}

func TestAppendJSONStringMatchesByByte(t *testing.T) {
	texts := []string{"", "a", `"`, `\`, "<&>", "x\u2028", "\u2029y", "\xff", "a\xffb", "\xe2\x80",
		"tab\tnew\nline\x00nul\x1f\x7f", "العراق", "👍<b>", "end\\"}
	for _, name := range datasets.Names() {
		src, _ := datasets.Bytes(name)
		var v any
		if err := json.Unmarshal(src, &v); err != nil {
			t.Fatal(err)
		}
		texts = jsonStrings(v, texts)
	}
	// Random strings from an alphabet of every kind of byte the function treats apart.
	alphabet := []string{"a", " ", `"`, `\`, "<", ">", "&", "\n", "\x01", "\x7f", "é", "ع", "👍",
		"\u2028", "\u2029", "\xff", "\xe2", "\x80"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		for _, html := range []bool{false, true} {
			got := string(appendJSONString([]byte("prefix"), s, html))
			want := string(appendJSONStringByByte([]byte("prefix"), s, html))
			if got != want {
				t.Fatalf("appendJSONString(%q, %v) = %s, want %s", s, html, got, want)
			}
		}
	}
}
