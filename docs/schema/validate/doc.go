// Package validate cross-checks the JSON Schema of the jscd/1 format
// (docs/schema/jscd-1.schema.json) against the library, with an independent JSON Schema
// validator, github.com/santhosh-tekuri/jsonschema/v6. It is a module of its own so that the
// library's users never download the validator.
//
// Its test asserts that every document the library accepts, the schema accepts too (the
// valid test files and the bundled datasets), and that documents broken in structure (the
// decode test files that still parse as JSON, and the files of ./testdata) fail the schema,
// except for the few structural problems no JSON Schema can see, which are listed.
package validate
