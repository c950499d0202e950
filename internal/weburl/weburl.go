// Package weburl holds the test of a web address that the library's rule url.syntax applies
// to a source's URL and that the demo applies before it links one: one test, so that the page
// links exactly the URLs that validation accepts.
package weburl

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Valid reports whether s is a URL a source may give (rule url.syntax) and a page may link
// to: an absolute http or https URL with a host, written as RFC 3986 allows (or as an IRI,
// RFC 3987, so that a source may keep its Arabic or Kurdish path unencoded):
//
//	scheme "://" host [ ":" port ] path [ "?" query ] [ "#" fragment ]
//
// The scheme is http or https in any case. The host is a registered name (letters, digits,
// "-._~!$&'()*+,;=", percent-encodings, characters outside ASCII), not empty, or an IPv6
// address in brackets; the port, if any, is at most 65535. Path, query and fragment hold the
// same characters as the host and ":@/" ("?" too after the path). There is no user name:
// RFC 9110 (section 4.2.4) tells a client to treat one in an http URL as an error, because it
// is a way to disguise the host ("https://example.org@evil.example/"). Neither a zone
// ("%25eth0", which names a network interface of one machine) nor an IPvFuture literal can be
// followed from a page, so neither is accepted.
//
// The check is its own rather than net/url's because it is stricter on purpose: url.Parse
// accepts spaces, quotes and "<>{}|\^`" in a path, a bad percent-encoding in a query, a user
// name, a zone and any port number, none of which a source's URL should have or a page should
// link to.
func Valid(s string) bool {
	rest, ok := cutWebScheme(s)
	if !ok {
		return false
	}
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	if !isWebAuthority(rest[:end]) {
		return false
	}
	rest, fragment, _ := strings.Cut(rest[end:], "#")
	path, query, _ := strings.Cut(rest, "?")
	return isURLPart(path, pathChars, false) && isURLPart(query, queryChars, true) &&
		isURLPart(fragment, queryChars, false)
}

// The ASCII characters, other than letters and digits, that each part of a URL holds
// unencoded (RFC 3986, section 3): unreserved and sub-delims in a host; ":@/" too in a path;
// and "?" in a query or a fragment.
const (
	hostChars  = "-._~" + "!$&'()*+,;="
	pathChars  = hostChars + ":@/"
	queryChars = pathChars + "?"
)

// cutWebScheme returns what follows "http://" or "https://", in any case, at the start of s.
func cutWebScheme(s string) (rest string, ok bool) {
	scheme, rest, ok := strings.Cut(s, "://")
	if !ok || len(scheme) != 4 && len(scheme) != 5 {
		return "", false
	}
	// A scheme is ASCII: compare letter by letter rather than with strings.EqualFold, which
	// would also take "httpſ" (ſ folds to s).
	const https = "https"
	for i := 0; i < len(scheme); i++ {
		if scheme[i]|0x20 != https[i] {
			return "", false
		}
	}
	return rest, true
}

// isWebAuthority reports whether a is a host with an optional port: "example.org",
// "example.org:8080", "[2001:db8::1]:443".
func isWebAuthority(a string) bool {
	host, port := a, ""
	if strings.HasPrefix(a, "[") {
		literal, after, ok := strings.Cut(a[1:], "]")
		if !ok || !isIPv6(literal) {
			return false
		}
		if after != "" {
			var colon bool
			if port, colon = strings.CutPrefix(after, ":"); !colon {
				return false
			}
		}
		return isPort(port)
	}
	host, port, _ = strings.Cut(host, ":")
	return host != "" && isURLPart(host, hostChars, false) && isPort(port)
}

// isPort reports whether p is empty (the scheme's default port) or a TCP port number.
func isPort(p string) bool { return p == "" || isDecimalUpTo(p, 65535) }

// isDecimalUpTo reports whether s is one or more decimal digits whose value is at most max.
func isDecimalUpTo(s string, max int) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
		if n = n*10 + int(s[i]-'0'); n > max {
			return false
		}
	}
	return s != ""
}

// isURLPart reports whether s holds only letters, digits, the ASCII characters in allowed,
// percent-encoded octets ("%" and two hexadecimal digits) and the characters outside ASCII
// that an IRI allows; private-use characters only where private (an IRI's query).
func isURLPart(s, allowed string, private bool) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '%':
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return false
			}
			i += 3
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			if !isIRIChar(r, private) {
				return false
			}
			i += n
		case isDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'z' || strings.IndexByte(allowed, c) >= 0:
			i++
		default:
			return false
		}
	}
	return true
}

// isIRIChar reports whether r, a character outside ASCII, may appear unencoded in an IRI:
// RFC 3987's ucschar, and its iprivate where private. That excludes the C1 controls,
// noncharacters, the specials block (U+FFF0–U+FFFF, with the replacement character that
// invalid UTF-8 decodes to), the tags of plane 14, and the bidirectional formatting
// characters, which section 4.1 forbids because they would make a URL read differently from
// what it is (U+200E, U+200F, U+202A–U+202E, and likewise U+061C and U+2066–U+2069).
func isIRIChar(r rune, private bool) bool {
	switch {
	case r < 0xA0, r&0xFFFE == 0xFFFE, 0xFDD0 <= r && r <= 0xFDEF, 0xFFF0 <= r && r <= 0xFFFF,
		0xE0000 <= r && r < 0xE1000, unicode.Is(unicode.Bidi_Control, r):
		return false
	case 0xE000 <= r && r <= 0xF8FF, r >= 0xF0000:
		return private
	}
	return true
}

// isIPv6 reports whether s is an IPv6 address as RFC 3986 writes one (section 3.2.2): eight
// groups of one to four hexadecimal digits separated by colons, the last two of which may
// be written as an IPv4 address, and at most one "::" in place of one or more groups.
func isIPv6(s string) bool {
	before, after, elided := strings.Cut(s, "::")
	if !elided {
		n, ok := ipv6Groups(s, true)
		return ok && n == 8
	}
	n, ok := ipv6Groups(before, false)
	m, ok2 := ipv6Groups(after, true)
	return ok && ok2 && n+m <= 7
}

// ipv6Groups counts the 16-bit groups of s, a colon-separated list of groups, where the
// last may be an IPv4 address (two groups) if ipv4Last. An empty s has no groups.
func ipv6Groups(s string, ipv4Last bool) (n int, ok bool) {
	if s == "" {
		return 0, true
	}
	groups := strings.Split(s, ":")
	if last := groups[len(groups)-1]; ipv4Last && strings.Contains(last, ".") {
		if !isIPv4(last) {
			return 0, false
		}
		groups, n = groups[:len(groups)-1], 2
	}
	for _, g := range groups {
		if !isH16(g) {
			return 0, false
		}
	}
	return n + len(groups), true
}

// isIPv4 reports whether s is a dotted-decimal IPv4 address: four numbers from 0 to 255,
// without leading zeros.
func isIPv4(s string) bool {
	numbers := strings.Split(s, ".")
	if len(numbers) != 4 {
		return false
	}
	for _, num := range numbers {
		if len(num) > 1 && num[0] == '0' || !isDecimalUpTo(num, 255) {
			return false
		}
	}
	return true
}

// isH16 reports whether g is a group of an IPv6 address: one to four hexadecimal digits.
func isH16(g string) bool {
	if g == "" || len(g) > 4 {
		return false
	}
	for i := 0; i < len(g); i++ {
		if !isHex(g[i]) {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
