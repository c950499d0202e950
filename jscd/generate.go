package jscd

// The JSON Schema of the format, docs/schema/jscd-1.schema.json, is generated from the types of
// this package; a test in ./internal/schemagen fails when the committed file is stale. The jscd
// command embeds a copy (embed reads only files under a package's directory); a test of the
// command fails when the copy differs.
//go:generate go run ./internal/schemagen -src . -o ../docs/schema/jscd-1.schema.json
//go:generate go run ./internal/schemagen -src . -o cmd/jscd/jscd-1.schema.json
