package jsonw

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestAppendStringAsEncodingJSON checks AppendString against encoding/json, which escapes HTML
// unless told not to, on strings with every kind of character.
func TestAppendStringAsEncodingJSON(t *testing.T) {
	inputs := []string{"", "plain", `"quoted" \ back`, "\x00\x01\x1f\t\n\r\b\f", "<a href='x'>&</a>",
		"\u2028\u2029", "العراق", "bad \xff\xfe utf-8", "\xed\xa0\x80", strings.Repeat("é", 100)}
	for r := rune(0); r < 0x80; r++ {
		inputs = append(inputs, "x"+string(r)+"y")
	}
	for _, s := range inputs {
		for _, html := range []bool{false, true} {
			var b strings.Builder
			enc := json.NewEncoder(&b)
			enc.SetEscapeHTML(html)
			if err := enc.Encode(s); err != nil {
				t.Fatal(err)
			}
			want := strings.TrimSuffix(b.String(), "\n")
			if got := string(AppendString(nil, s, html)); got != want {
				t.Errorf("AppendString(%q, %v) = %s, want %s", s, html, got, want)
			}
		}
	}
}

func TestAppendData(t *testing.T) {
	v := map[string]any{"b": []any{"x", json.Number("1.5"), nil, true}, "a": "<&>", "c": map[string]any{}}
	tests := []struct {
		style Style
		want  string
	}{
		{Style{}, `{"a":"<&>","b":["x",1.5,null,true],"c":{}}`},
		{Style{EscapeHTML: true, SpaceBetweenStrings: true}, `{"a":"\u003c\u0026\u003e", "b":["x",1.5,null,true],"c":{}}`},
		{Style{SpaceBetweenStrings: true}, `{"a":"<&>", "b":["x",1.5,null,true],"c":{}}`},
	}
	for _, tt := range tests {
		got, ok := AppendData(nil, v, tt.style)
		if !ok || string(got) != tt.want {
			t.Errorf("AppendData(%+v) = %s, %v; want %s, true", tt.style, got, ok, tt.want)
		}
	}
	for _, bad := range []any{json.Number("1."), json.Number("01"), 3, []any{struct{}{}}} {
		if _, ok := AppendData(nil, bad, Style{}); ok {
			t.Errorf("AppendData(%#v) reported true", bad)
		}
	}
	if got, ok := AppendData(nil, json.Number(""), Style{}); !ok || string(got) != "0" {
		t.Errorf("AppendData(empty Number) = %s, %v; want 0, true", got, ok)
	}
}

func TestAppendFloatAsEncodingJSON(t *testing.T) {
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1, 33.3128, -44.3661, 90, -180, 0.1, 1e-6, 1e-7,
		123456789e-13, 1e20, 1e21, 1.5e300, math.SmallestNonzeroFloat64, math.MaxFloat64, 12.000001} {
		want, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		if got, ok := AppendFloat(nil, f); !ok || string(got) != string(want) {
			t.Errorf("AppendFloat(%v) = %s, %v; want %s", f, got, ok, want)
		}
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if _, ok := AppendFloat(nil, f); ok {
			t.Errorf("AppendFloat(%v) reported true", f)
		}
	}
}

func TestIsNumber(t *testing.T) {
	for _, s := range []string{"0", "-0", "1", "-12", "1.5", "0.25", "1e3", "1E+3", "-2.5e-10", "1e700"} {
		if !IsNumber(s) || !json.Valid([]byte(s)) {
			t.Errorf("IsNumber(%q) = false", s)
		}
	}
	for _, s := range []string{"", "-", "+1", "01", "1.", ".5", "1e", "1e+", "0x1", "NaN", "--1"} {
		if IsNumber(s) || json.Valid([]byte(s)) {
			t.Errorf("IsNumber(%q) = true", s)
		}
	}
}

func FuzzIsNumber(f *testing.F) {
	for _, s := range []string{"0", "-1.5e3", "01", "1."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		want := json.Valid([]byte(s)) && len(s) > 0 && (s[0] == '-' || ('0' <= s[0] && s[0] <= '9')) &&
			strings.TrimSpace(s) == s
		if got := IsNumber(s); got != want {
			t.Errorf("IsNumber(%q) = %v, want %v", s, got, want)
		}
	})
}
