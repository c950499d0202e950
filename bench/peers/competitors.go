package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/jscd-go/jscd/jscd"
)

// A competitor reads one document. Its run returns the document's first problem, or nil.
type competitor struct {
	name string
	run  func(data []byte) error
}

// jscdDecode is jscd's strict Decode alone.
func jscdDecode(data []byte) (*jscd.Framework, error) {
	return jscd.Decode(bytes.NewReader(data), jscd.MaxBytes(int64(len(data))))
}

// jscdDecodeValidate is what a program that checks a document does with jscd: Decode, then
// every rule. It reports the time of each step to split (decode and validate),
// so that one run gives Decode, Validate and their sum.
func jscdDecodeValidate(data []byte, split func(decode, validate cost)) error {
	t0 := now()
	f, err := jscdDecode(data)
	t1 := now()
	if err != nil {
		return err
	}
	err = f.Validate()
	split(t0.until(t1), t1.until(now()))
	return err
}

// jsonV1 is encoding/json's Unmarshal into the model's types (under GOEXPERIMENT=jsonv2, v1's
// API on v2's engine). It checks the syntax and the JSON types of the fields, nothing else.
func jsonV1(data []byte) error {
	var f jscd.Framework
	return json.Unmarshal(data, &f)
}

// schemaValidator compiles the format's JSON Schema (docs/schema/jscd-1.schema.json under
// root, the repository) with santhosh-tekuri/jsonschema/v6 and returns a run that parses a
// document as that package does and validates it.
func schemaValidator(root string) (func(data []byte) error, error) {
	file := filepath.Join(root, "docs", "schema", "jscd-1.schema.json")
	s, err := jsonschema.NewCompiler().Compile(file)
	if err != nil {
		return nil, fmt.Errorf("compiling %s: %w", file, err)
	}
	return func(data []byte) error {
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			return err
		}
		return s.Validate(inst)
	}, nil
}
