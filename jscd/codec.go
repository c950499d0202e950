package jscd

import (
	"bytes"
	"io"
	"io/fs"
	"math"
	"strings"
	"unicode/utf8"
)

// The codes of the problems Decode reports. Each is a structural problem: Decode stops at the
// first one and returns it as an *Issue with its path, line and column.
const (
	// CodeDecodeSyntax is malformed JSON: an invalid character, an unterminated string, an
	// invalid escape or invalid UTF-8 in a string, or input that ends too early or is empty.
	CodeDecodeSyntax Code = "decode.syntax"
	// CodeDecodeUnknownField is an object member whose name the format does not define at
	// that place. The message suggests the nearest known name when one is close.
	CodeDecodeUnknownField Code = "decode.unknown-field"
	// CodeDecodeDuplicateKey is an object, anywhere in the document (extensions and Text
	// values included), that has the same key twice.
	CodeDecodeDuplicateKey Code = "decode.duplicate-key"
	// CodeDecodeType is a value of the wrong JSON type: an object where a string is expected,
	// a fraction or a string where an integer is expected, a null where null is not allowed.
	CodeDecodeType Code = "decode.type"
	// CodeDecodeTrailingData is anything but white space after the end of the document.
	CodeDecodeTrailingData Code = "decode.trailing-data"
	// CodeDecodeTooLarge is input larger than the limit set by MaxBytes, or nested more
	// than 1000 deep.
	CodeDecodeTooLarge Code = "decode.too-large"
	// CodeDecodeLanguageTag is a key of a Text object that golang.org/x/text/language cannot
	// parse as a BCP 47 tag ("e n", "xx-!!").
	CodeDecodeLanguageTag Code = "decode.language-tag"
	// CodeDecodeFormat is a document whose "format" member is missing or is not FormatTag.
	CodeDecodeFormat Code = "decode.format"
	// CodeDecodeRead is an error of the io.Reader given to Decode; Args[0] holds that error.
	CodeDecodeRead Code = "decode.read"
	// CodeDecodeMissingMember is an object without a member that it must have and whose
	// absence its zero value could not tell apart: the lat or lon of coordinates, where 0 is a
	// place on the globe.
	CodeDecodeMissingMember Code = "decode.missing-member"
)

// The message formats of Decode's issues. They are keys of the message catalogue
// (messages.go), where they have Arabic and Kurdish Sorani translations.
const (
	fmtDecodeEmpty             = "the input is empty"
	fmtDecodeEOF               = "unexpected end of input"
	fmtDecodeExpectValue       = "invalid character %q looking for the beginning of a value"
	fmtDecodeExpectKey         = "invalid character %q looking for the beginning of an object key"
	fmtDecodeExpectColon       = "invalid character %q after an object key; expected ':'"
	fmtDecodeAfterMember       = "invalid character %q after an object member; expected ',' or '}'"
	fmtDecodeAfterElement      = "invalid character %q after an array element; expected ',' or ']'"
	fmtDecodeStringChar        = "invalid character %q in a string"
	fmtDecodeEscape            = "invalid escape character %q in a string"
	fmtDecodeUTF8              = "invalid UTF-8 in a string"
	fmtDecodeNumberChar        = "invalid character %q in a number"
	fmtDecodeLiteralChar       = "invalid character %q in literal %s"
	fmtDecodeUnknownSuggest    = "unknown field %q; did you mean %q?"
	fmtDecodeUnknown           = "unknown field %q"
	fmtDecodeDuplicate         = "duplicate key %q"
	fmtDecodeType              = "wrong type: expected %s, found %s"
	fmtDecodeIntRange          = "integer %s is out of range"
	fmtDecodeNumberRange       = "number %s is out of range"
	fmtDecodeMissingMember     = "missing member %q"
	fmtDecodeTrailing          = "unexpected data after the end of the document"
	fmtDecodeTooLarge          = "the input is larger than the limit of %d bytes"
	fmtDecodeTooDeep           = "nesting is deeper than the limit of %d levels"
	fmtDecodeLanguageTag       = "%q is not a valid BCP 47 language tag"
	fmtDecodeLanguageOfCountry = "%q is a country code, not a language tag; did you mean %q?"
	fmtDecodeFormatMissing     = "missing format tag; expected %q"
	fmtDecodeFormatWrong       = "unsupported format %s; expected %q"
	fmtDecodeRead              = "reading the input: %v"
)

// DefaultMaxBytes is the largest input Decode accepts when MaxBytes is not given: 64 MiB.
const DefaultMaxBytes int64 = 64 << 20

// maxNesting is how deeply objects and arrays may nest in a document, extensions included.
// The format itself needs fewer than ten levels; the limit keeps a hostile input from
// exhausting the stack.
const maxNesting = 1000

// DecodeOption configures Decode.
type DecodeOption func(*decodeConfig)

type decodeConfig struct {
	maxBytes int64
}

// MaxBytes sets the largest input Decode accepts, in bytes. Decode reads at most n+1
// bytes and returns a CodeDecodeTooLarge issue for a larger input. n <= 0 keeps the
// default, DefaultMaxBytes.
func MaxBytes(n int64) DecodeOption {
	return func(c *decodeConfig) {
		if n > 0 {
			c.maxBytes = n
		}
	}
}

// Decode reads one JSON document of format "jscd/1" from r.
//
// Decode is strict about structure: malformed JSON, data after the document, an input over
// the size limit, an unknown field, a duplicate key, a value of the wrong JSON type, a Text
// key that is not a BCP 47 language tag and a missing or wrong "format" are errors. The error
// is an *Issue with Code one of the CodeDecode… codes, the JSON Pointer Path of the problem,
// and its Line and Column (from 1; the column counts Unicode characters, not bytes). Decode
// stops at the first such problem. Syntax problems are reported first, then a wrong format,
// then the first other problem in document order.
//
// Decode is lenient about values: an unknown enum value, an invalid date, a malformed ID or
// a reference to nothing decodes, so that validation can report every such problem at once.
//
// Decode keeps every token of an extension value as it is written, and stores the value in
// compact form, without the white space between its tokens (see Extensions).
//
// The returned *Framework is not changed by any later call of this package. Its strings share
// the memory of one copy of the document that Decode makes, which stays in memory while any
// of them is in use.
func Decode(r io.Reader, opts ...DecodeOption) (*Framework, error) {
	cfg := decodeConfig{maxBytes: DefaultMaxBytes}
	for _, opt := range opts {
		opt(&cfg)
	}
	doc, err := readLimited(r, cfg.maxBytes)
	if err != nil {
		return nil, err
	}
	var f Framework
	if err := decodeInto(doc, &f); err != nil {
		return nil, err
	}
	return &f, nil
}

// readAll is io.ReadAll of at most limit bytes of r, into a string, of which Decode's strings
// are substrings (see strText). When r tells its length (bytes.Reader, strings.Reader,
// bytes.Buffer: how documents already in memory are decoded; or a file), the string is read
// into one buffer of that size, where io.ReadAll would grow its buffer from 512 bytes,
// allocating and copying about three times the document (the demo decodes its document on
// every keystroke); the buffer is not zeroed first, as make would. From a bytes.Reader,
// strings.Reader or bytes.Buffer that holds at most limit bytes, the bytes are copied once,
// straight from the reader's own.
func readAll(r io.Reader, limit int64) (string, error) {
	var b strings.Builder
	size, known := sizeOf(r)
	if known {
		b.Grow(int(min(size, limit)))
	}
	switch r.(type) {
	case *bytes.Reader, *strings.Reader, *bytes.Buffer:
		if size <= limit {
			_, err := r.(io.WriterTo).WriteTo(piecewise{&b})
			return b.String(), err
		}
	}
	_, err := io.Copy(&b, io.LimitReader(r, limit))
	return b.String(), err
}

// piecewise writes to a strings.Builder what it is given, copyPiece bytes at a time.
//
// A garbage collection that starts while Decode copies a document must stop Decode's goroutine
// to scan its stack, and the Go scheduler can stop a goroutine between calls, not inside
// the runtime's copy of memory. Copied in one call, a large document into fresh memory (a
// page fault every 4 KiB) holds the collection up for as long as the copy lasts, while the
// collector asks again and again on the other core; copied in pieces, the goroutine stops
// within a piece (see docs/performance.md).
type piecewise struct{ b *strings.Builder }

// copyPiece is the most that piecewise copies in one call: 256 KiB, 64 pages.
const copyPiece = 256 << 10

func (w piecewise) Write(p []byte) (int, error) {
	for i := 0; i < len(p); i += copyPiece {
		writePiece(w.b, p[i:min(i+copyPiece, len(p))])
	}
	return len(p), nil
}

// WriteString is Write of a string, which strings.Reader's WriteTo calls: without it, it
// would convert the whole string to a []byte, a copy of the document.
func (w piecewise) WriteString(s string) (int, error) {
	for i := 0; i < len(s); i += copyPiece {
		writeStringPiece(w.b, s[i:min(i+copyPiece, len(s))])
	}
	return len(s), nil
}

// writePiece and writeStringPiece are calls of their own, not inlined, so that the scheduler
// can stop the goroutine at their start, between two pieces.
//
//go:noinline
func writePiece(b *strings.Builder, p []byte) { b.Write(p) }

//go:noinline
func writeStringPiece(b *strings.Builder, s string) { b.WriteString(s) }

// sizeOf returns the number of bytes r says it holds, if it says: its Len, or the size of a
// regular file.
func sizeOf(r io.Reader) (int64, bool) {
	switch r := r.(type) {
	case interface{ Len() int }:
		return int64(max(r.Len(), 0)), true
	case interface{ Stat() (fs.FileInfo, error) }:
		if info, err := r.Stat(); err == nil && info.Mode().IsRegular() {
			return info.Size(), true
		}
	}
	return 0, false
}

// readLimited reads all of r, or fails with a CodeDecodeTooLarge issue once more than
// maxBytes bytes have come.
func readLimited(r io.Reader, maxBytes int64) (string, error) {
	limit := maxBytes
	if limit < math.MaxInt64 {
		limit++ // one byte more than allowed tells "exactly at the limit" from "over it"
	}
	doc, err := readAll(r, limit)
	if err != nil {
		return "", issueAt(bytesOf(doc), len(doc), nil, CodeDecodeRead, fmtDecodeRead, err)
	}
	if int64(len(doc)) > maxBytes {
		return "", issueAt(bytesOf(doc), int(maxBytes), nil, CodeDecodeTooLarge, fmtDecodeTooLarge, maxBytes)
	}
	return doc, nil
}

// issueAt builds an error Issue located at byte offset off of data.
func issueAt(data []byte, off int, path Path, code Code, format string, args ...any) *Issue {
	line, col := position(data, off)
	return &Issue{
		Path: path, Code: code, Severity: SeverityError,
		Format: format, Args: args, Line: line, Column: col,
	}
}

// position converts a byte offset of data into a line and a column, both from 1. Lines end
// at '\n'; the column counts runes, an invalid UTF-8 byte counting as one.
func position(data []byte, off int) (line, col int) {
	off = min(off, len(data))
	line, lineStart := 1, 0
	for i, c := range data[:off] {
		if c == '\n' {
			line++
			lineStart = i + 1
		}
	}
	return line, 1 + utf8.RuneCount(data[lineStart:off])
}
