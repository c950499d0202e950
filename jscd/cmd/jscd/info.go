package main

import (
	_ "embed"
	"fmt"
	"regexp"
	"runtime"
	"runtime/debug"
	"text/tabwriter"

	"github.com/jscd-go/jscd/jscd"
)

// schemaJSON is docs/schema/jscd-1.schema.json, copied beside the command by go generate (see
// jscd/generate.go) because embed reads only files under the package's directory. A test
// keeps the two the same.
//
//go:embed jscd-1.schema.json
var schemaJSON []byte

const schemaHelp = `Schema prints the JSON Schema (draft 2020-12) of the jscd/1 format, for editors and other tools: save it and point an editor at it (docs/schema.md says how), or give it to any JSON Schema validator. It checks the structure, types, enumerations and the shape of values; jscd vet checks everything else.`

const schemaExits = `  0  the schema was written
  2  a usage error`

var schemaCommand = &command{
	name:     "schema",
	args:     "",
	synopsis: "print the JSON Schema of the format",
	help:     schemaHelp,
	exits:    schemaExits,
	setup: func(c *ctx) func([]string) int {
		return func(args []string) int {
			if !c.wantArgs(args, 0, 0) {
				return exitTrouble
			}
			if _, err := c.stdout.Write(schemaJSON); err != nil {
				c.fail(err.Error())
				return exitTrouble
			}
			return exitOK
		}
	},
}

const rulesHelp = `Rules lists every rule jscd vet checks, family by family: its code, its severity and what it checks. -format json writes them as a JSON array (code, family, severity, summary). docs/rules.md in the repository has an example of each.`

const rulesExits = `  0  the list was written
  2  a usage error`

var rulesCommand = &command{
	name:     "rules",
	args:     "[flags]",
	synopsis: "list the validation rules",
	help:     rulesHelp,
	exits:    rulesExits,
	setup: func(c *ctx) func([]string) int {
		format := c.fs.String("format", "text", c.p.Sprintf("output format: text or json"))
		c.meta["format"] = "text|json"
		return func(args []string) int {
			if !c.wantArgs(args, 0, 0) || !c.oneOf("format", *format, "text", "json") {
				return exitTrouble
			}
			var err error
			if *format == "json" {
				type rule struct {
					Code     jscd.Code `json:"code"`
					Family   string    `json:"family"`
					Severity string    `json:"severity"`
					Summary  string    `json:"summary"`
				}
				var out []rule
				for _, r := range jscd.Rules() {
					out = append(out, rule{r.Code, r.Family, r.Severity.String(), c.p.Sprintf(r.Summary)})
				}
				err = writeJSON(c.stdout, out)
			} else {
				tw := tabwriter.NewWriter(c.stdout, 0, 0, 2, ' ', 0)
				family := ""
				for _, r := range jscd.Rules() {
					if r.Family != family {
						if family != "" {
							fmt.Fprintln(tw)
						}
						family = r.Family
						fmt.Fprintln(tw, c.p.Sprintf("family:"+family))
					}
					fmt.Fprintf(tw, "  %s\t%s\t%s\n", r.Code, r.Severity, c.p.Sprintf(r.Summary))
				}
				err = tw.Flush()
			}
			if err != nil {
				c.fail(err.Error())
				return exitTrouble
			}
			return exitOK
		}
	},
}

const versionHelp = `Version prints the version of the jscd module the command was built from ("(devel)" for a build from a checkout), the version control revision when the build recorded one, and the Go version.`

const versionExits = `  0  the version was written`

var versionCommand = &command{
	name:     "version",
	args:     "",
	synopsis: "print the version of jscd",
	help:     versionHelp,
	exits:    versionExits,
	setup: func(c *ctx) func([]string) int {
		return func(args []string) int {
			if !c.wantArgs(args, 0, 0) {
				return exitTrouble
			}
			v, _ := versions()
			line := "jscd " + v
			if info, ok := debug.ReadBuildInfo(); ok {
				for _, s := range info.Settings {
					if s.Key == "vcs.revision" {
						line += " " + s.Value
					}
				}
			}
			fmt.Fprintf(c.stdout, "%s %s %s/%s\n", line, runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return exitOK
		}
	},
}

var semver = regexp.MustCompile(`^v(\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?)(\+[0-9A-Za-z.-]+)?$`)

// versions returns the version of the module the command was built from, and the same as a
// semantic version without the "v" when it is one.
func versions() (version, semantic string) {
	version = "(devel)"
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		version = info.Main.Version
	}
	if m := semver.FindStringSubmatch(version); m != nil {
		semantic = m[1] + m[3]
	}
	return version, semantic
}
