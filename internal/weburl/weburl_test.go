package weburl

import (
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// webURLCases are the edge cases of Valid, by the part of the URL they test. Where net/url
// gives another answer, the case says why.
var webURLCases = map[string]bool{
	// Scheme: http or https in any case, followed by "//" and a host.
	"Http://example.org": true, "httpS://example.org": true, "httpss://example.org": false,
	"httpſ://example.org": false, "HTTPſ://example.org": false, "htTp://example.org": true,
	"http s://example.org": false, "javascript://example.org/%0Aalert(1)": false,
	"http:example.org": false, "http:/example.org": false, "http:///example.org": false,
	" https://example.org/": false, "https://example.org/ ": false, "https://example.org/\n": false,

	// Registered names: unreserved characters, sub-delims and percent-encodings. RFC 3986
	// allows an encoded ASCII letter, which net/url rejects.
	"https://a_b.example/": true, "https://a..b/": true, "https://999.1.1.1/": true,
	"https://1.2.3.4/": true, "https://ex%61mple.org/": true, "https://ex%zzmple.org/": false,
	"https://a<b>.org/": false, "https://exa\tmple.org/": false, "https://a:b:c/": false,

	// User information is refused (net/url accepts it): it disguises the host.
	"https://user@example.org/": false, "https://user:pw@example.org/": false,
	"https://example.org@evil.example/": false,

	// Ports: digits up to 65535 (net/url takes any number), or empty for the default.
	"https://example.org:8080/x": true, "https://example.org:/x": true, "https://example.org:65535": true,
	"https://example.org:65536/": false, "https://example.org:99999/": false, "https://example.org:8a/": false,
	"https://example.org:80:80/": false,

	// IPv6 literals as RFC 3986 writes them; no zone (net/url takes "%25eth0") and no IPvFuture.
	"https://[::1]/": true, "https://[::1]:443/": true, "https://[::]": true, "https://[::1]:/": true,
	"https://[2001:DB8::1]": true, "https://[1:2:3:4:5:6:7:8]/": true, "https://[1:2:3:4:5:6:7::]/": true,
	"https://[::2:3:4:5:6:7:8]/": true, "https://[::ffff:1.2.3.4]/": true, "https://[::1.2.3.4]/": true,
	"https://[1:2:3:4:5:6:1.2.3.4]/": true, "https://[1::1.2.3.4]/": true,
	"https://[1:2:3:4:5:6:7:8:9]/": false, "https://[1:2:3:4:5:6:7]/": false, "https://[::1:2:3:4:5:6:7:8]/": false,
	"https://[1::2::3]/": false, "https://[:::1]/": false, "https://[1:::]/": false, "https://[:1::]/": false,
	"https://[1::2:]/": false, "https://[12345::]/": false, "https://[g::]/": false,
	"https://[1:2:3:4:5:6:7:1.2.3.4]/": false, "https://[1.2.3.4::]/": false, "https://[1.2.3.4]/": false,
	"https://[::01.2.3.4]/": false, "https://[::256.2.3.4]/": false, "https://[::1.2.3]/": false,
	"https://[::1.2.3.4.5]/": false, "https://[fe80::1%25eth0]/": false, "https://[v1.abc]/": false,
	"https://[]/": false, "https://[::1": false, "https://[::1]x/": false, "https://[::1]:b/": false,
	"https://x[::1]/": false,

	// Path, query and fragment: pchar, "/" and, after the path, "?". net/url lets through
	// spaces, quotes, "<>{}|\^`", a second "#" and, in a query, bad escapes.
	"https://example.org/:@!$&'()*+,;=-._~%2F": true, "https://example.org/?/?:@": true,
	"https://example.org?x": true, "https://example.org#x": true, "https://example.org/#a?b/c": true,
	"https://example.org/a b": false, "https://example.org/a\"b": false, "https://example.org/a<b>": false,
	"https://example.org/{a}": false, "https://example.org/a|b": false, "https://example.org/a\\b": false,
	"https://example.org/a^b": false, "https://example.org/a`b": false, "https://example.org/#a#b": false,
	"https://example.org/a%zz": false, "https://example.org/?q=%zz": false, "https://example.org/%": false,
	"https://example.org/%4": false, "https://example.org/a\x01": false, "https://example.org/a\x7f": false,

	// IRIs: characters outside ASCII unencoded, but not controls, bidirectional formatting
	// characters, noncharacters, specials (and so not invalid UTF-8) or, outside a query,
	// private-use characters.
	"https://ar.wikipedia.org/wiki/العراق": true, "https://موقع.مصر/": true, "https://example.org/?\ue000": true,
	"https://example.org/\U0001F600": true, "https://example.org/?\U000F0000": true,
	"https://example.org/\u0085": false, "https://example.org/\u200fx": false, "https://example.org/\u061c": false,
	"https://example.org/\u2067": false, "https://example.org/\ufdd0": false, "https://example.org/\U0001FFFE": false,
	"https://example.org/\ufffd": false, "https://example.org/\xff": false, "https://example.org/\ue000": false,
	"https://example.org/#\U000F0000": false, "https://example.org/\U000E0041": false,
}

func TestValidEdgeCases(t *testing.T) {
	got := map[string]bool{}
	for s := range webURLCases {
		got[s] = Valid(s)
	}
	if diff := cmp.Diff(webURLCases, got); diff != "" {
		t.Errorf("Valid (-want +got):\n%s", diff)
	}
}

func TestValid(t *testing.T) {
	for s, want := range map[string]bool{
		"https://www.rudaw.net/english/opinion/10082023": true, "http://example.org": true,
		"HTTPS://example.org/a": true, "ftp://example.org": false, "/relative": false,
		"example.org": false, "mailto:a@example.org": false, "https://": false, "https://exa mple.org": false,
	} {
		if got := Valid(s); got != want {
			t.Errorf("Valid(%q) = %v; want %v", s, got, want)
		}
	}
}

// FuzzValid checks that what Valid accepts, net/url's parser reads as an http or https
// URL with a host. The check is stricter than the parser everywhere but in percent-encoded
// ASCII in a host, which RFC 3986 allows and the parser does not.
func FuzzValid(f *testing.F) {
	for s := range webURLCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !Valid(s) {
			return
		}
		_, authority, _ := strings.Cut(s, "://")
		if end := strings.IndexAny(authority, "/?#"); end >= 0 {
			authority = authority[:end]
		}
		if strings.Contains(authority, "%") {
			return
		}
		u, err := url.Parse(s)
		if err != nil {
			t.Fatalf("Valid(%q) is true; url.Parse: %v", s, err)
		}
		if u.Host == "" || u.Opaque != "" || u.Scheme != "http" && u.Scheme != "https" {
			t.Fatalf("Valid(%q) is true; url.Parse reads scheme %q, host %q, opaque %q", s, u.Scheme, u.Host, u.Opaque)
		}
	})
}
