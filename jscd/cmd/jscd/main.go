// Command jscd checks, formats, compares, queries and exports documents of the jscd/1 format:
// bilateral security-cooperation frameworks (see package github.com/jscd-go/jscd/jscd).
//
// Install it with
//
//	go install github.com/jscd-go/jscd/jscd/cmd/jscd@latest
//
// Usage:
//
//	jscd vet [flags] FILE|DIR|-...      check documents (text, JSON or SARIF output)
//	jscd fmt [-l] [-w] [-d] [FILE|DIR|-...]  write the canonical form
//	jscd diff [flags] OLD NEW            print the changes between two versions
//	jscd status [flags] FILE             where every commitment stands on a day
//	jscd timeline [flags] FILE           every dated thing, in time order
//	jscd search [flags] FILE QUERY...    find stakeholders by name, in any language
//	jscd export -to csv|ics|dot|json FILE  commitments, events, lineage or status for other tools
//	jscd schema                          print the JSON Schema of the format
//	jscd rules [flags]                   list the validation rules
//	jscd version                         print the version
//
// Every command takes -lang en|ar|ckb for the language of what it prints (English, Arabic or
// Kurdish Sorani; by default the language of the environment's LC_ALL, LC_MESSAGES or LANG
// when it is one of those, English otherwise), and -h for its documentation. Flags may come
// before or after the file names; "--" ends the flags, and "-" is standard input.
//
// Exit status: 0 when all is well; 1 when vet finds issues at or above the failing severity,
// diff finds differences, fmt -l or -d finds a file not in canonical form, or search finds
// nothing; 2 for a usage error, a file that cannot be read or written, or a document that does
// not decode.
//
// docs/cli.md in the repository shows every command with its output.
package main

import (
	"os"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:], &env{
		stdin:  os.Stdin,
		stdout: os.Stdout,
		stderr: os.Stderr,
		getenv: os.Getenv,
		now:    time.Now,
	}))
}
