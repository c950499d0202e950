// Package peers checks the output of the jscd command with independent implementations of the
// formats it writes: SARIF 2.1.0 against the official JSON Schema (with
// github.com/santhosh-tekuri/jsonschema/v6, the schema taken from the copy that
// github.com/owenrumney/go-sarif/v3 ships), iCalendar with the parser of
// github.com/arran4/golang-ical, and Graphviz DOT with the parser of
// github.com/awalterschulze/gographviz.
//
// It is a module of its own so that neither the library's users nor the command's download
// these tools; ./test.sh runs it (cd jscd/cmd/jscd/peers && go test ./...).
package peers
