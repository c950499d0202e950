package jscd

// The JSON Schema of the format, docs/schema/jscd-1.schema.json, is generated from the types of
// this package; a test in ./internal/schemagen fails when the committed file is stale.
//go:generate go run ./internal/schemagen -src . -o ../docs/schema/jscd-1.schema.json
