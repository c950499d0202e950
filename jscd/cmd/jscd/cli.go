package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jscd-go/jscd/jscd"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// The exit statuses of every command.
const (
	exitOK      = 0 // all is well
	exitFound   = 1 // vet found issues, diff differences, fmt -l/-d unformatted files, search nothing
	exitTrouble = 2 // a usage error, a file that cannot be read or written, a document that does not decode
)

// env is what a run of the command sees of the world, so that tests can give it their own.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	now            func() time.Time
}

// ctx is one run of one subcommand: its name, its language and its flags.
type ctx struct {
	*env
	cmd  *command
	tag  language.Tag     // the language of what it prints: en, ar or ckb
	p    *message.Printer // renders the command's own messages and the library's issues
	lang string           // the -lang flag
	fs   *flag.FlagSet
	meta map[string]string // flag name → the placeholder of its value in the help, if any
	seen map[string]bool   // flags given on the command line
}

// command is one subcommand.
type command struct {
	name     string
	args     string // what follows the command in its usage line, "[flags] FILE|DIR|-..."
	synopsis string // catalogue key: what it does, in one line
	help     string // catalogue key: what it does, in paragraphs
	exits    string // catalogue key: its exit statuses
	// setup defines the command's flags on c.fs and returns the function that runs it on the
	// arguments left after the flags.
	setup func(c *ctx) func(args []string) int
}

// commands are the subcommands, in the order the help lists them.
func commands() []*command {
	return []*command{
		vetCommand, fmtCommand, diffCommand, statusCommand, timelineCommand, searchCommand,
		exportCommand, schemaCommand, rulesCommand, versionCommand,
	}
}

func findCommand(name string) *command {
	for _, c := range commands() {
		if c.name == name {
			return c
		}
	}
	return nil
}

// run runs the command line args (without the program name) and returns the exit status.
func run(args []string, e *env) int {
	tag, langErr := chooseLanguage(args, e.getenv)
	top := &ctx{env: e, tag: tag, p: newPrinter(tag)}
	if len(args) == 0 {
		top.topUsage(e.stderr)
		return exitTrouble
	}
	name, rest := args[0], args[1:]
	switch name {
	case "-h", "-help", "--help", "help":
		if name == "help" && len(rest) > 0 && !strings.HasPrefix(rest[0], "-") {
			if c := findCommand(rest[0]); c != nil {
				cx, _ := prepare(e, c, tag)
				return cx.usage(e.stdout)
			}
			return top.usageError(top.p.Sprintf("unknown command %q", rest[0]))
		}
		if langErr != nil {
			return top.usageError(langErr.Error())
		}
		top.topUsage(e.stdout)
		return exitOK
	case "-lang", "--lang":
		// "jscd -lang ar vet ...": the language given before the command.
		if len(rest) < 2 {
			top.topUsage(e.stderr)
			return exitTrouble
		}
		return run(append([]string{rest[1], name, rest[0]}, rest[2:]...), e)
	}
	c := findCommand(name)
	if c == nil {
		if strings.HasPrefix(name, "-") {
			return top.usageError(top.p.Sprintf("flag %s must follow a command", name))
		}
		return top.usageError(top.p.Sprintf("unknown command %q", name))
	}
	cx, runFn := prepare(e, c, tag)
	pos, status, ok := cx.parse(rest)
	if !ok {
		return status
	}
	if langErr != nil {
		return cx.usageError(langErr.Error())
	}
	return runFn(pos)
}

// prepare makes the context of a run of command c in the language tag, with the command's
// flags and -lang defined, and returns it with the function that runs the command.
func prepare(e *env, c *command, tag language.Tag) (*ctx, func([]string) int) {
	cx := &ctx{env: e, cmd: c, tag: tag, p: newPrinter(tag), meta: map[string]string{}, seen: map[string]bool{}}
	cx.fs = flag.NewFlagSet("jscd "+c.name, flag.ContinueOnError)
	cx.fs.SetOutput(io.Discard)
	runFn := c.setup(cx)
	cx.fs.StringVar(&cx.lang, "lang", tag.String(), cx.p.Sprintf("language of the output: en, ar or ckb"))
	cx.meta["lang"] = "en|ar|ckb"
	return cx, runFn
}

// parse reads the flags of args wherever they are, before, between or after the positional
// arguments, and returns the positional arguments. "--" ends the flags, and "-" is a
// positional argument (standard input). The flags are those defined on c.fs with the flag
// package; parse reads them itself, rather than with FlagSet.Parse, which stops at the first
// positional argument and words its errors in English only. On -h it prints the help and
// returns ok false with status 0; on a usage error, ok false with status 2.
func (c *ctx) parse(args []string) (pos []string, status int, ok bool) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return append(pos, args[i+1:]...), exitOK, true
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a)
			continue
		}
		name := strings.TrimPrefix(a[1:], "-")
		name, value, hasValue := strings.Cut(name, "=")
		if name == "h" || name == "help" {
			return nil, c.usage(c.stdout), false
		}
		f := c.fs.Lookup(name)
		if name == "" || strings.HasPrefix(name, "-") || f == nil {
			return nil, c.usageError(c.p.Sprintf("unknown flag %s", a)), false
		}
		if b, isBool := f.Value.(interface{ IsBoolFlag() bool }); isBool && b.IsBoolFlag() {
			if !hasValue {
				value = "true"
			}
		} else if !hasValue {
			if i+1 == len(args) {
				return nil, c.usageError(c.p.Sprintf("flag -%s needs a value", name)), false
			}
			i++
			value = args[i]
		}
		if err := c.fs.Set(name, value); err != nil {
			return nil, c.usageError(c.p.Sprintf("invalid value %q for flag -%s", value, name)), false
		}
		c.seen[name] = true
	}
	return pos, exitOK, true
}

// usageError prints msg and how to get help on standard error, and returns exitTrouble.
func (c *ctx) usageError(msg string) int {
	name := "jscd"
	if c.cmd != nil {
		name += " " + c.cmd.name
	}
	fmt.Fprintf(c.stderr, "%s: %s\n", name, msg)
	if c.cmd != nil {
		fmt.Fprintf(c.stderr, "%s %s %s\n", c.p.Sprintf("usage:"), name, c.cmd.args)
	}
	fmt.Fprintln(c.stderr, c.p.Sprintf("Run '%s -h' for help.", name))
	return exitTrouble
}

// fail prints a problem that is not a usage error (a file that cannot be read, say) on standard
// error.
func (c *ctx) fail(msg string) {
	fmt.Fprintf(c.stderr, "jscd %s: %s\n", c.cmd.name, msg)
}

// usage prints the command's documentation and returns exitOK.
func (c *ctx) usage(w io.Writer) int {
	p := c.p
	fmt.Fprintf(w, "%s jscd %s %s\n\n", p.Sprintf("usage:"), c.cmd.name, c.cmd.args)
	fmt.Fprintf(w, "%s\n\n", wrap(p.Sprintf(c.cmd.help), 88))
	var flags []*flag.Flag
	c.fs.VisitAll(func(f *flag.Flag) { flags = append(flags, f) })
	if len(flags) > 0 {
		fmt.Fprintln(w, p.Sprintf("Flags:"))
		for _, f := range flags {
			head := "  -" + f.Name
			if m := c.meta[f.Name]; m != "" {
				head += " " + m
			}
			fmt.Fprintln(w, head)
			usage := f.Usage
			if f.DefValue != "" && f.DefValue != "false" {
				usage += " " + p.Sprintf("(default %s)", f.DefValue)
			}
			fmt.Fprintf(w, "      %s\n", usage)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, p.Sprintf("Exit status:"))
	fmt.Fprintln(w, p.Sprintf(c.cmd.exits))
	return exitOK
}

// topUsage prints the list of commands.
func (c *ctx) topUsage(w io.Writer) {
	p := c.p
	fmt.Fprintln(w, p.Sprintf("jscd checks, formats, compares, queries and exports jscd/1 documents: bilateral security-cooperation frameworks."))
	fmt.Fprintln(w)
	fmt.Fprintf(w, "%s jscd %s\n\n", p.Sprintf("usage:"), p.Sprintf("COMMAND [flags] [arguments]"))
	fmt.Fprintln(w, p.Sprintf("Commands:"))
	for _, cmd := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", cmd.name, p.Sprintf(cmd.synopsis))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, wrap(p.Sprintf("Run 'jscd COMMAND -h' for the flags and exit statuses of a command. Every command takes -lang en|ar|ckb (English, Arabic, Kurdish Sorani); the default is the language of LC_ALL, LC_MESSAGES or LANG when it is one of those, English otherwise."), 88))
}

// wrap breaks the lines of text that are longer than width characters at spaces; lines that
// begin with a space (examples, lists) are left as they are.
func wrap(text string, width int) string {
	var b strings.Builder
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		if strings.HasPrefix(line, " ") {
			b.WriteString(line)
			continue
		}
		n := 0
		for j, word := range strings.Fields(line) {
			l := utf8.RuneCountInString(word)
			if j > 0 && n+1+l > width {
				b.WriteByte('\n')
				n = 0
			} else if j > 0 {
				b.WriteByte(' ')
				n++
			}
			b.WriteString(word)
			n += l
		}
	}
	return b.String()
}

// chooseLanguage returns the language of the output: that of a -lang flag anywhere in args,
// else that of the environment (LC_ALL, LC_MESSAGES, LANG, in POSIX order) when it is one of
// the catalogue's, else English. An unsupported -lang is an error naming the supported
// languages; an unsupported environment is not (it is shared by every program).
func chooseLanguage(args []string, getenv func(string) string) (language.Tag, error) {
	for i, a := range args {
		if a == "--" {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimPrefix(a, "-"), "=")
		if name != "-lang" && name != "lang" || !strings.HasPrefix(a, "-") {
			continue
		}
		if !hasValue {
			if i+1 == len(args) {
				break // parse reports the missing value
			}
			value = args[i+1]
		}
		if tag, ok := supportedLanguage(value); ok {
			return tag, nil
		}
		def, _ := envLanguage(getenv)
		return def, fmt.Errorf("%s", newPrinter(def).Sprintf("unsupported language %q; the supported languages are %s", value, supportedList()))
	}
	tag, _ := envLanguage(getenv)
	return tag, nil
}

func envLanguage(getenv func(string) string) (language.Tag, bool) {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		s := getenv(v)
		if s == "" {
			continue
		}
		// A POSIX locale: language[_territory][.codeset][@modifier].
		s, _, _ = strings.Cut(s, ".")
		s, _, _ = strings.Cut(s, "@")
		return supportedLanguage(strings.ReplaceAll(s, "_", "-"))
	}
	return language.English, false
}

// supportedLanguage returns the catalogue language that s names: "ar", "ar-IQ", "ckb",
// "ckb-IQ", "en-GB"… A tag in another script than the catalogue's ("ar-Latn") is not one.
func supportedLanguage(s string) (language.Tag, bool) {
	tag, err := language.Parse(s)
	if err != nil || s == "" {
		return language.English, false
	}
	base, _ := tag.Base()
	script, _ := tag.Script()
	for _, l := range jscd.MessageLanguages() {
		lb, _ := l.Base()
		ls, _ := l.Script()
		if base == lb && script == ls {
			return l, true
		}
	}
	return language.English, false
}

func supportedList() string {
	var names []string
	for _, l := range jscd.MessageLanguages() {
		names = append(names, l.String())
	}
	return strings.Join(names, ", ")
}

// input is one document to read: a file, or standard input.
type input struct {
	name  string // as printed: the path, or "<stdin>"
	path  string // the path to read and write; "" for standard input
	stdin bool
}

const stdinName = "<stdin>"

// inputs expands the arguments into documents: "-" is standard input, a directory is every
// *.json file under it (directories and files whose names begin with "." are skipped, as
// .git is), in lexical order, and any other argument is a file, whatever its name. A
// directory that cannot be walked is reported and left out.
func (c *ctx) inputs(args []string) (ins []input, ok bool) {
	ok = true
	for _, a := range args {
		if a == "-" {
			ins = append(ins, input{name: stdinName, stdin: true})
			continue
		}
		info, err := os.Stat(a)
		if err != nil || !info.IsDir() {
			ins = append(ins, input{name: a, path: a})
			continue
		}
		err = filepath.WalkDir(a, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			hidden := path != a && strings.HasPrefix(d.Name(), ".")
			switch {
			case d.IsDir() && hidden:
				return filepath.SkipDir
			case !d.IsDir() && !hidden && strings.HasSuffix(d.Name(), ".json"):
				ins = append(ins, input{name: path, path: path})
			}
			return nil
		})
		if err != nil {
			c.fail(c.fileError(err))
			ok = false
		}
	}
	return ins, ok
}

// readLimit is how much of an input is read: one byte over Decode's limit, so that a larger
// document is reported as too large by Decode rather than read whole into memory.
const readLimit = jscd.DefaultMaxBytes + 1

// read returns the bytes of in.
func (c *ctx) read(in input) ([]byte, error) {
	var r io.Reader = c.stdin
	if !in.stdin {
		f, err := os.Open(in.path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil && info.IsDir() {
			return nil, &fs.PathError{Op: "read", Path: in.path, Err: errIsDir}
		}
		r = f
	}
	return io.ReadAll(io.LimitReader(r, readLimit))
}

var errIsDir = errors.New("is a directory")

// fileError renders an error of reading or writing a file in the reader's language: the
// common causes are translated; any other keeps the system's words.
func (c *ctx) fileError(err error) string {
	var pe *fs.PathError
	path := ""
	if errors.As(err, &pe) {
		path = pe.Path
	}
	switch {
	case errors.Is(err, errReadOnly):
		return c.p.Sprintf("%s: the file is read-only; it is left as it is", path)
	case errors.Is(err, fs.ErrNotExist):
		return c.p.Sprintf("%s: no such file or directory", path)
	case errors.Is(err, fs.ErrPermission):
		return c.p.Sprintf("%s: permission denied", path)
	case errors.Is(err, errIsDir):
		return c.p.Sprintf("%s: is a directory", path)
	}
	return err.Error()
}

// decodeOne reads and decodes one document for the commands that need a framework, printing
// any problem on standard error. ok is false when the document cannot be read or decoded.
func (c *ctx) decodeOne(arg string) (f *jscd.Framework, data []byte, ok bool) {
	in := input{name: arg, path: arg}
	if arg == "-" {
		in = input{name: stdinName, stdin: true}
	}
	data, err := c.read(in)
	if err != nil {
		c.fail(c.fileError(err))
		return nil, nil, false
	}
	f, err = jscd.Decode(bytes.NewReader(data))
	if err != nil {
		for _, is := range jscd.Issues(err) {
			fmt.Fprintln(c.stderr, c.issueLine(in.name, is))
		}
		return nil, nil, false
	}
	return f, data, true
}

// issueLine renders an issue as a line that editors and CI read, like Go's and gcc's:
// "file:line:col: severity: message [code]". The severity stays in English, as the code does,
// so that problem matchers read it in every language; the message is in the reader's.
func (c *ctx) issueLine(file string, is *jscd.Issue) string {
	pos := file
	if is.Line > 0 {
		pos = fmt.Sprintf("%s:%d:%d", file, is.Line, is.Column)
	}
	return fmt.Sprintf("%s: %s: %s [%s]", pos, is.Severity, is.Message(c.p), is.Code)
}

// asOfFlag defines -as-of on the command's flags.
func (c *ctx) asOfFlag(usage string) *string {
	s := c.fs.String("as-of", "", c.p.Sprintf(usage))
	c.meta["as-of"] = "YYYY-MM-DD"
	return s
}

// parseDay parses a -as-of value: a day, YYYY-MM-DD.
func (c *ctx) parseDay(s string) (time.Time, bool) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		c.usageError(c.p.Sprintf("invalid -as-of %q: give a day as YYYY-MM-DD", s))
		return time.Time{}, false
	}
	return t, true
}

// today is the current day in UTC, at midnight.
func (c *ctx) today() time.Time {
	y, m, d := c.now().UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// oneOf checks the value of an enumerated flag, and reports a usage error naming the values.
func (c *ctx) oneOf(flagName, value string, values ...string) bool {
	if slices.Contains(values, value) {
		return true
	}
	c.usageError(c.p.Sprintf("invalid -%s %q; use one of %s", flagName, value, strings.Join(values, ", ")))
	return false
}

// wantArgs checks the number of positional arguments.
func (c *ctx) wantArgs(args []string, min, max int) bool {
	switch {
	case len(args) < min:
		c.usageError(c.p.Sprintf("missing arguments"))
		return false
	case max >= 0 && len(args) > max:
		c.usageError(c.p.Sprintf("too many arguments: %s", strings.Join(args[max:], " ")))
		return false
	}
	return true
}

// text picks the reader's language from a Text, falling back as Text.In does.
func (c *ctx) text(t jscd.Text) string { return t.In(c.tag.String()) }
