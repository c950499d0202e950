package jscd

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/hashicorp/go-multierror"
	"golang.org/x/text/message"
)

// Severity is how serious an Issue is.
type Severity int

// The severities, most serious first. Validate returns only errors; Check returns all.
const (
	SeverityError   Severity = iota // the document is wrong
	SeverityWarning                 // the document is probably wrong, or possibly wrong in time
	SeverityInfo                    // worth knowing; nothing to fix
)

// String returns "error", "warning" or "info".
func (s Severity) String() string {
	switch s {
	case SeverityError:
		return "error"
	case SeverityWarning:
		return "warning"
	case SeverityInfo:
		return "info"
	}
	return "severity(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText encodes s as its String.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Code is the stable, dotted code of a rule or of a decode problem ("ref.unresolved").
// A Code is also an error value, so errors.Is(err, jscd.CodeRefUnresolved) reports whether err
// holds an Issue with that code.
type Code string

// Error returns the code itself.
func (c Code) Error() string { return string(c) }

// Path is the location of a value in a document, kept as segments (object keys and array
// indices as decimal strings) and printed as an RFC 6901 JSON Pointer.
type Path []string

// String returns p as a JSON Pointer: "" for the whole document, "/commitments/3/due" for a
// field, with "~" and "/" in keys escaped as "~0" and "~1".
func (p Path) String() string {
	n := len(p)
	for _, seg := range p {
		n += len(seg)
	}
	var b strings.Builder
	b.Grow(n)
	for _, seg := range p {
		b.WriteByte('/')
		if !strings.ContainsAny(seg, "~/") {
			b.WriteString(seg)
			continue
		}
		for i := 0; i < len(seg); i++ {
			switch seg[i] {
			case '~':
				b.WriteString("~0")
			case '/':
				b.WriteString("~1")
			default:
				b.WriteByte(seg[i])
			}
		}
	}
	return b.String()
}

// MarshalText encodes p as its JSON Pointer, so that in JSON a Path is a string such as
// "/commitments/3/due".
func (p Path) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText decodes a JSON Pointer.
func (p *Path) UnmarshalText(b []byte) error {
	v, err := ParsePath(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// Key returns a copy of p extended by an object key.
func (p Path) Key(k string) Path { return append(p[:len(p):len(p)], k) }

// Index returns a copy of p extended by an array index.
func (p Path) Index(i int) Path { return append(p[:len(p):len(p)], strconv.Itoa(i)) }

// ParsePath parses an RFC 6901 JSON Pointer.
func ParsePath(s string) (Path, error) {
	if s == "" {
		return Path{}, nil
	}
	if s[0] != '/' {
		return nil, fmt.Errorf("jscd: JSON Pointer %q does not start with /", s)
	}
	segs := strings.Split(s[1:], "/")
	for i, seg := range segs {
		if strings.Contains(seg, "~") {
			// ~1 first, then ~0, as RFC 6901 says, so that "~01" becomes "~1".
			segs[i] = strings.ReplaceAll(strings.ReplaceAll(seg, "~1", "/"), "~0", "~")
		}
	}
	return Path(segs), nil
}

// Issue is one problem found in a document, by Decode or by validation.
//
// Its message is kept as a format and arguments, so it can be rendered in English by Error and
// in any catalogue language by LocalizedError and Message.
type Issue struct {
	// Path is where the problem is.
	Path Path
	// Code is the stable code of the rule that found it.
	Code Code
	// Severity is how serious it is.
	Severity Severity
	// Format is the English message format, a key of the message catalogues.
	Format string
	// Args are the arguments of Format. A list of values (the allowed values of a field) is a
	// fmt.Stringer that joins them with ", "; a printer joins them with the comma of its
	// printer's language.
	Args []any
	// Line and Column give the position in the input, from 1 (columns in runes); 0 when not
	// known. Decode and CheckBytes set them; Validate and Check work on the decoded value and
	// leave them 0 (Locate finds the place of a path in a text).
	Line, Column int
	// Suggestion, when not empty, is the string value that would likely fix the issue if it
	// replaced the one at Path: the ID one typo from a reference that names nothing
	// (ref.unresolved), the defined value nearest an undefined one (enum.unknown,
	// area.unknown), the country code meant (country.code: "IQ" for "iq" or "IRQ"). An
	// editor can offer it as a fix; the message names it too.
	Suggestion string
}

// Error renders the issue in English: its path, its line and column when known, its severity
// when it is not an error, its message and its code, as in "/commitments/0/due: due date 2019
// is before the commitment was made, 2020 [time.due-before-made]".
func (i *Issue) Error() string { return i.render(defaultPrinter()) }

// LocalizedError renders the issue as Error does, in the language of p: English, Arabic and
// Kurdish Sorani are built in (see NewPrinter), and NewCatalog adds others. A nil p renders
// in English.
func (i *Issue) LocalizedError(p *message.Printer) string {
	if p == nil {
		p = defaultPrinter()
	}
	return i.render(p)
}

// text renders the issue's message alone through p, as one string.
func (i *Issue) text(p *message.Printer) string {
	return p.Sprintf(i.Format, localArgs(p, i.Args)...)
}

// localArgs returns args with each list of values joined by p's separator, args itself when
// there is none.
func localArgs(p *message.Printer, args []any) []any {
	var out []any // a copy, made at the first list: the issue's own arguments stay as they are
	for j, a := range args {
		l, ok := a.(valueList)
		if !ok {
			continue
		}
		if out == nil {
			out = slices.Clone(args)
		}
		out[j] = strings.Join(l, p.Sprintf(fieldSeparatorList))
	}
	if out == nil {
		return args
	}
	return out
}

// Message is an issue's message rendered in one language, in parts that tell the message's
// words from its arguments (the IDs, values and paths taken from the document). Its String is
// the message as one text. Editors and pages that show a message beside its place, rather
// than in a line with its path and code, use it: a right-to-left page isolates each argument
// from the direction of the sentence around it, a terminal can set arguments in another
// colour, an editor can link a path.
type Message []MessagePart

// String returns the message as one text: the parts' texts joined.
func (m Message) String() string {
	var b strings.Builder
	for _, part := range m {
		b.WriteString(part.Text)
	}
	return b.String()
}

// MessagePart is a piece of a Message: words of the message's language, or the rendering of
// one of the issue's arguments.
type MessagePart struct {
	// Text is the piece as it appears in the message.
	Text string
	// Arg is the index in Issue.Args of the argument that Text renders, or -1 when Text is
	// the message's own words.
	Arg int
}

// Message renders the issue's message, without its path and code, through p (in English when
// p is nil). An argument that lists values (the allowed values of a field) gives a part for
// each value, with the language's separator between them as words.
//
// Should an argument's text hold the private-use characters U+E000 or U+E001, with which
// Message finds the arguments in the rendered text, the message comes as one part of words.
func (i *Issue) Message(p *message.Printer) Message {
	if p == nil {
		p = defaultPrinter()
	}
	var order []int // the argument of each marked piece, in the order printed
	args := make([]any, len(i.Args))
	for j, a := range i.Args {
		args[j] = markedArg{p: p, arg: a, index: j, order: &order}
	}
	msg := p.Sprintf(i.Format, args...)
	if parts, ok := splitMarked(msg, order); ok {
		return parts
	}
	return Message{{Text: i.text(p), Arg: -1}}
}

// The marks around each argument's text in a message rendered by Message.
const (
	argStart = '\uE000'
	argEnd   = '\uE001'
)

// markedArg prints an argument between argStart and argEnd marks, formatted by the printer
// with the verb, flags, width and precision the message gives it; a list of values prints
// each value marked, joined by the printer's language's separator.
type markedArg struct {
	p     *message.Printer
	arg   any
	index int
	order *[]int
}

func (m markedArg) Format(f fmt.State, verb rune) {
	if l, ok := m.arg.(valueList); ok {
		sep := m.p.Sprintf(fieldSeparatorList)
		for k, v := range l {
			if k > 0 {
				io.WriteString(f, sep)
			}
			m.mark(f, v)
		}
		return
	}
	m.mark(f, m.p.Sprintf(fmt.FormatString(f, verb), m.arg))
}

func (m markedArg) mark(f fmt.State, text string) {
	*m.order = append(*m.order, m.index)
	io.WriteString(f, string(argStart)+text+string(argEnd))
}

// splitMarked cuts a message rendered with markedArg arguments into parts; it reports false
// when the marks do not pair up with the arguments printed, as when an argument's own text
// holds a mark.
func splitMarked(msg string, order []int) (Message, bool) {
	var parts Message
	for n := 0; ; n++ {
		start := strings.IndexRune(msg, argStart)
		if start < 0 {
			if n != len(order) || strings.ContainsRune(msg, argEnd) {
				return nil, false
			}
			if msg != "" {
				parts = append(parts, MessagePart{Text: msg, Arg: -1})
			}
			return parts, true
		}
		end := strings.IndexRune(msg[start:], argEnd)
		if n >= len(order) || end < 0 || strings.ContainsRune(msg[:start], argEnd) {
			return nil, false
		}
		end += start
		text := msg[start+len(string(argStart)) : end]
		if strings.ContainsRune(text, argStart) {
			return nil, false
		}
		if start > 0 {
			parts = append(parts, MessagePart{Text: msg[:start], Arg: -1})
		}
		parts = append(parts, MessagePart{Text: text, Arg: order[n]})
		msg = msg[end+len(string(argEnd)):]
	}
}

func (i *Issue) render(p *message.Printer) string {
	var b strings.Builder
	b.WriteString(i.Path.String())
	if i.Line > 0 {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "(%d:%d)", i.Line, i.Column)
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	if i.Severity != SeverityError {
		// Errors are the usual case; naming the others keeps a printed Check readable.
		b.WriteString(p.Sprintf(message.Key(i.Severity.String(), i.Severity.String())))
		b.WriteString(": ")
	}
	b.WriteString(i.text(p))
	b.WriteString(" [")
	b.WriteString(string(i.Code))
	b.WriteString("]")
	return b.String()
}

// Is reports whether target is the Code of i, so that errors.Is(err, CodeX) works.
func (i *Issue) Is(target error) bool {
	c, ok := target.(Code)
	return ok && c == i.Code
}

// Unwrap returns the first argument of the issue that is itself an error (the reader's error
// of a "decode.read" issue, say), so that errors.Is and errors.As reach it; nil otherwise.
func (i *Issue) Unwrap() error {
	for _, a := range i.Args {
		if err, ok := a.(error); ok {
			return err
		}
	}
	return nil
}

// Issues returns every Issue held by err: an error from Validate or from Decode, a single
// *Issue, or any error wrapping one of those with %w. It returns nil for nil.
func Issues(err error) []*Issue {
	if err == nil {
		return nil
	}
	var me *multierror.Error
	if errors.As(err, &me) {
		var out []*Issue
		for _, e := range me.Errors {
			out = append(out, Issues(e)...)
		}
		return out
	}
	var is *Issue
	if errors.As(err, &is) {
		return []*Issue{is}
	}
	return nil
}

// MarshalJSON encodes the issue as a JSON object with the members path (a JSON Pointer), line
// and column (when known), code, severity, message (rendered in English, without the path
// and code) and suggestion (when there is one), as tools that read issues expect:
//
//	{"path":"/commitments/0/due","line":12,"column":14,"code":"time.due-before-made",
//	 "severity":"error","message":"due date 2019 is before the commitment was made, 2020"}
func (i *Issue) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Path       Path     `json:"path"`
		Line       int      `json:"line,omitempty"`
		Column     int      `json:"column,omitempty"`
		Code       Code     `json:"code"`
		Severity   Severity `json:"severity"`
		Message    string   `json:"message"`
		Suggestion string   `json:"suggestion,omitempty"`
	}{i.Path, i.Line, i.Column, i.Code, i.Severity, i.text(defaultPrinter()), i.Suggestion})
}
