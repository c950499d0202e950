package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/jscd-go/jscd/jscd"
)

const fmtHelp = `Fmt rewrites documents in the canonical form of the format, as jscd.Encode writes it: members in the order of the format, two-space indentation, the keys of texts and extensions sorted, a final newline. Without flags it writes the canonical form of each document to standard output; with no file it reads standard input. A directory stands for every *.json file under it.

-l lists the files whose text differs from their canonical form; -d shows the difference as a unified diff; -w writes the canonical form back to the file. -w replaces a file atomically (the new text is written to a temporary file in the same directory, with the file's permissions, then renamed over it) and only when it differs; it leaves a read-only file as it is.

A document that does not decode is reported with its line and column, on standard error, and never written. Validation problems do not stop fmt: run jscd vet for them.`

const fmtExits = `  0  every document decodes (and, with -l or -d, is already in canonical form)
  1  with -l or -d: a document is not in canonical form
  2  a usage error, a file that cannot be read or written, or a document that does not decode`

var fmtCommand = &command{
	name:     "fmt",
	args:     "[-l] [-w] [-d] [FILE|DIR|-...]",
	synopsis: "write documents in canonical form",
	help:     fmtHelp,
	exits:    fmtExits,
	setup:    setupFmt,
}

func setupFmt(c *ctx) func([]string) int {
	list := c.fs.Bool("l", false, c.p.Sprintf("list the files whose text is not in canonical form"))
	write := c.fs.Bool("w", false, c.p.Sprintf("write the canonical form back to each file"))
	diff := c.fs.Bool("d", false, c.p.Sprintf("show the changes as a unified diff"))
	return func(args []string) int { return c.format(args, *list, *write, *diff) }
}

func (c *ctx) format(args []string, list, write, diff bool) int {
	if len(args) == 0 {
		args = []string{"-"}
	}
	ins, ok := c.inputs(args)
	status := exitOK
	if !ok {
		status = exitTrouble
	}
	for _, in := range ins {
		if write && in.stdin {
			return c.usageError(c.p.Sprintf("-w cannot write standard input"))
		}
	}
	for _, in := range ins {
		s := c.formatOne(in, list, write, diff)
		status = max(status, s)
	}
	return status
}

// formatOne formats one document and returns its exit status.
func (c *ctx) formatOne(in input, list, write, diff bool) int {
	data, err := c.read(in)
	if err != nil {
		c.fail(c.fileError(err))
		return exitTrouble
	}
	f, err := jscd.Decode(bytes.NewReader(data))
	if err != nil {
		for _, is := range jscd.Issues(err) {
			fmt.Fprintln(c.stderr, c.issueLine(in.name, is))
		}
		return exitTrouble
	}
	var out bytes.Buffer
	if err := jscd.Encode(&out, f); err != nil {
		c.fail(fmt.Sprintf("%s: %v", in.name, err))
		return exitTrouble
	}
	canonical := out.Bytes()
	differs := !bytes.Equal(data, canonical)
	status := exitOK
	if list && differs {
		fmt.Fprintln(c.stdout, in.name)
	}
	if diff && differs {
		c.stdout.Write(unifiedDiff(in.name+".orig", in.name, data, canonical))
	}
	if (list || diff) && differs {
		status = exitFound
	}
	if write && differs {
		if err := writeAtomic(in.path, canonical); err != nil {
			c.fail(c.fileError(err))
			return exitTrouble
		}
	}
	if !list && !write && !diff {
		c.stdout.Write(canonical)
	}
	return status
}

// errReadOnly is the error of -w on a file that no one may write.
var errReadOnly = errors.New("read-only")

// writeAtomic replaces the contents of the file at path with data, so that a reader sees the
// old text or the new, never a mix, and a failure leaves the old text in place: it writes a
// temporary file in the same directory with the file's permissions, then renames it over the
// file. A symbolic link is followed, so the file it names is replaced and the link kept. A
// file without write permission is left alone (rename would replace it, since renaming needs
// only the directory's permission): writeAtomic returns an error, as a plain write would.
func writeAtomic(path string, data []byte) (err error) {
	if resolved, err := filepath.EvalSymlinks(path); err == nil {
		path = resolved
	}
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if info.Mode().Perm()&0o222 == 0 {
		return &fs.PathError{Op: "write", Path: path, Err: errReadOnly}
	}
	// Opening for writing (without truncating) asks the system whether this user may write it.
	if f, err := os.OpenFile(path, os.O_WRONLY, 0); err != nil {
		return err
	} else {
		f.Close()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".jscd-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Chmod(info.Mode().Perm()); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
