// Command schemagen writes the JSON Schema (draft 2020-12) of the jscd/1 format, generated from
// the Go types of package jscd: one definition per struct type, reached by reflection over
// jscd.Framework, with the field and type doc comments of the package's source as descriptions.
//
// It runs from the jscd package directory through go generate:
//
//	go generate ./jscd/...
//
// and writes docs/schema/jscd-1.schema.json. What the schema checks and what only the library
// checks is set out in docs/schema.md.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"log"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"

	"github.com/jscd-go/jscd/jscd"
)

func main() {
	src := flag.String("src", ".", "directory of the jscd package source, for doc comments")
	out := flag.String("o", "../docs/schema/jscd-1.schema.json", "file to write")
	flag.Parse()
	b, err := generate(*src)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal(err)
	}
}

// SchemaID is the schema's $id: the address of the committed file in the repository, which
// editors can fetch. A document names it in its "$schema" member (see docs/schema.md).
const SchemaID = "https://raw.githubusercontent.com/jscd-go/jscd/main/docs/schema/jscd-1.schema.json"

// The patterns of the value types. They are close to what the library accepts but not exact:
// the library checks the rest (see docs/schema.md).
const (
	// idPattern is a lowercase slug, exactly what the library accepts.
	idPattern = `^[a-z0-9]+(-[a-z0-9]+)*$`
	// languageTagPattern is the shape of a BCP 47 tag: a language subtag (or "x" or "i" for
	// private-use and grandfathered tags), then subtags of 1 to 8 letters or digits.
	languageTagPattern = `^([A-Za-z]{2,8}|[Xx]|[Ii])(-[A-Za-z0-9]{1,8})*$`
	// countryPattern is an upper-case ISO 3166-1 alpha-2 code; which codes exist, only the
	// library knows.
	countryPattern = `^[A-Z]{2}$`
	// urlPattern is an absolute http or https URL.
	urlPattern = `^https?://[^\s/?#]+[^\s]*$`
)

// datePattern is the shape of an EDTF level 0 or 1 date or interval: a point is a year (four
// digits, or "Y" and five or more, possibly negative), with an optional month (or season 21–24)
// and day, digits possibly "X" (unspecified), and an optional qualifier ?, ~ or %; an
// interval joins two points, or a point and an open ("..") or unknown ("") end, with "/".
// Whether a month has that day, whether a season has a day, and whether the interval runs
// forwards are left to the library.
var datePattern = func() string {
	point := `(Y-?[1-9][0-9]{4,}|-?[0-9X]{4}(-[0-9X]{2}(-[0-9X]{2})?)?)[?~%]?`
	end := `(` + point + `|\.\.)`
	return `^(` + point + `|` + end + `/` + end + `?|` + end + `?/` + end + `)$`
}()

// node is one JSON Schema; fields are in the order a reader expects them.
type node struct {
	Schema               string   `json:"$schema,omitempty"`
	ID                   string   `json:"$id,omitempty"`
	Ref                  string   `json:"$ref,omitempty"`
	Title                string   `json:"title,omitempty"`
	Description          string   `json:"description,omitempty"`
	Type                 string   `json:"type,omitempty"`
	Const                any      `json:"const,omitempty"`
	Enum                 []string `json:"enum,omitempty"`
	Examples             []string `json:"examples,omitempty"`
	Pattern              string   `json:"pattern,omitempty"`
	Minimum              *int64   `json:"minimum,omitempty"`
	Maximum              *int64   `json:"maximum,omitempty"`
	MinItems             int      `json:"minItems,omitempty"`
	Items                *node    `json:"items,omitempty"`
	Required             []string `json:"required,omitempty"`
	Properties           ordered  `json:"properties,omitempty"`
	PropertyNames        *node    `json:"propertyNames,omitempty"`
	AdditionalProperties any      `json:"additionalProperties,omitempty"`
	AllOf                []*node  `json:"allOf,omitempty"`
	Not                  *node    `json:"not,omitempty"`
	Defs                 ordered  `json:"$defs,omitempty"`
}

// ordered is a JSON object whose members keep their order.
type ordered []member

type member struct {
	name string
	node *node
}

// MarshalJSON writes the members in order.
func (o ordered) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, m := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(m.name)
		v, err := json.Marshal(m.node)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// docs holds the doc comments of the package's types and struct fields.
type docs struct {
	types  map[string]string
	fields map[string]map[string]string
}

// readDocs parses the non-test Go files of dir for doc comments.
func readDocs(dir string) (docs, error) {
	d := docs{types: map[string]string{}, fields: map[string]map[string]string{}}
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return d, err
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			return d, err
		}
		for _, decl := range f.Decls {
			if g, ok := decl.(*ast.GenDecl); ok && g.Tok == token.TYPE {
				d.addTypes(g)
			}
		}
	}
	return d, nil
}

func (d docs) addTypes(g *ast.GenDecl) {
	for _, spec := range g.Specs {
		ts := spec.(*ast.TypeSpec)
		doc := ts.Doc
		if doc == nil && len(g.Specs) == 1 {
			doc = g.Doc
		}
		d.types[ts.Name.Name] = commentText(doc)
		st, ok := ts.Type.(*ast.StructType)
		if !ok {
			continue
		}
		fields := map[string]string{}
		for _, f := range st.Fields.List {
			for _, n := range f.Names {
				fields[n.Name] = commentText(f.Doc)
			}
		}
		d.fields[ts.Name.Name] = fields
	}
}

// commentText returns a doc comment as one line.
func commentText(g *ast.CommentGroup) string {
	if g == nil {
		return ""
	}
	return strings.Join(strings.Fields(g.Text()), " ")
}

// mandatoryDoc matches the cardinality note of a mandatory field: "Cardinality: mandatory"
// or "Mandatory, many."
var mandatoryDoc = regexp.MustCompile(`(?i)\bmandatory\b`)

// generator builds the schema.
type generator struct {
	docs docs
	defs ordered
	seen map[string]bool
}

func generate(srcDir string) ([]byte, error) {
	d, err := readDocs(srcDir)
	if err != nil {
		return nil, err
	}
	g := &generator{docs: d, seen: map[string]bool{}}
	g.valueDefs()
	root := g.typeSchema(reflect.TypeFor[jscd.Framework](), false)
	g.framework()
	schema := &node{
		Schema:      "https://json-schema.org/draft/2020-12/schema",
		ID:          SchemaID,
		Title:       "JSCD document, format " + jscd.FormatTag,
		Description: "A bilateral security-cooperation framework. Generated from the Go types of github.com/jscd-go/jscd/jscd by jscd/internal/schemagen; do not edit. The library checks more than this schema: see docs/schema.md.",
		Ref:         root.Ref,
		Defs:        g.defs,
	}
	b, err := json.MarshalIndent(schema, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// valueDefs adds the definitions of the value types: IDs, texts, dates, extensions and the
// enumerations.
func (g *generator) valueDefs() {
	g.def("ID", &node{Description: g.docs.types["ID"], Type: "string", Pattern: idPattern})
	g.def("Text", &node{Description: g.docs.types["Text"], Type: "object",
		PropertyNames:        &node{Pattern: languageTagPattern},
		AdditionalProperties: &node{Type: "string"}})
	g.def("RequiredText", &node{
		Description: "A Text that is mandatory: it has at least one language with a non-empty text.",
		AllOf: []*node{
			{Ref: "#/$defs/Text"},
			{Not: &node{AdditionalProperties: &node{Const: ""}}},
		},
	})
	g.def("Date", &node{Description: g.docs.types["Date"], Type: "string", Pattern: datePattern})
	g.def("Extensions", &node{Description: g.docs.types["Extensions"], Type: "object"})
	g.def("Country", &node{Description: "An ISO 3166-1 alpha-2 country code, upper case.",
		Type: "string", Pattern: countryPattern})
	g.def("URL", &node{Description: "An absolute http or https URL.", Type: "string", Pattern: urlPattern})
	g.enum(reflect.TypeFor[jscd.StakeholderKind](), values(jscd.StakeholderKinds()))
	g.enum(reflect.TypeFor[jscd.InstrumentKind](), values(jscd.InstrumentKinds()))
	g.enum(reflect.TypeFor[jscd.InstrumentStatus](), values(jscd.InstrumentStatuses()))
	g.enum(reflect.TypeFor[jscd.RelationType](), values(jscd.RelationTypes()))
	g.enum(reflect.TypeFor[jscd.EventKind](), values(jscd.EventKinds()))
	g.enum(reflect.TypeFor[jscd.Role](), values(jscd.Roles()))
	g.enum(reflect.TypeFor[jscd.Strength](), values(jscd.Strengths()))
	g.enum(reflect.TypeFor[jscd.CommitmentStatus](), values(jscd.CommitmentStatuses()))
	g.enum(reflect.TypeFor[jscd.Confidence](), values(jscd.Confidences()))
	g.enum(reflect.TypeFor[jscd.SourceKind](), values(jscd.SourceKinds()))
	// Validation only warns about an area it does not know, so the schema must accept one:
	// the defined areas are examples, not an enumeration.
	g.def("Area", &node{Description: g.docs.types["Area"], Type: "string", Pattern: idPattern,
		Examples: values(jscd.Areas())})
}

// framework pins the format tag, which a document must carry exactly.
func (g *generator) framework() {
	for _, d := range g.defs {
		if d.name != "Framework" {
			continue
		}
		for _, p := range d.node.Properties {
			if p.name == "format" {
				p.node.Ref, p.node.Type, p.node.Const = "", "string", jscd.FormatTag
			}
		}
	}
}

func values[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

func (g *generator) def(name string, n *node) {
	g.seen[name] = true
	g.defs = append(g.defs, member{name, n})
}

func (g *generator) enum(t reflect.Type, vs []string) {
	g.def(t.Name(), &node{Description: g.docs.types[t.Name()], Type: "string", Enum: vs})
}

// Fields whose Go type is a plain string but whose values have a form of their own.
var stringFields = map[string]string{"Country": "Country", "URL": "URL"}

// typeSchema returns the schema of a Go type: a reference for named types (defining struct
// types on first use), an inline schema for slices and basic types.
func (g *generator) typeSchema(t reflect.Type, mandatory bool) *node {
	switch {
	case t == reflect.TypeFor[jscd.Text]() && mandatory:
		return &node{Ref: "#/$defs/RequiredText"}
	case t.Kind() == reflect.Pointer:
		return g.typeSchema(t.Elem(), mandatory)
	case t.PkgPath() != "" && g.seen[t.Name()]:
		return &node{Ref: "#/$defs/" + t.Name()}
	case t.Kind() == reflect.Struct:
		g.structDef(t)
		return &node{Ref: "#/$defs/" + t.Name()}
	case t.Kind() == reflect.Slice:
		n := &node{Type: "array", Items: g.typeSchema(t.Elem(), false)}
		if mandatory {
			n.MinItems = 1
		}
		return n
	case t.Kind() == reflect.String:
		return &node{Type: "string"}
	case t.Kind() == reflect.Bool:
		return &node{Type: "boolean"}
	case t.Kind() == reflect.Float64:
		return &node{Type: "number"}
	case t.Kind() == reflect.Int:
		// Round numbers start at 1; 0 means none and is left out by Encode.
		lo, hi := int64(0), int64(math.MaxInt64)
		return &node{Type: "integer", Minimum: &lo, Maximum: &hi}
	}
	panic(fmt.Sprintf("schemagen: no schema for Go type %v", t))
}

// structDef defines a struct type: an object with its JSON fields, the mandatory ones
// required, and no other members.
func (g *generator) structDef(t reflect.Type) {
	n := &node{Description: g.docs.types[t.Name()], Type: "object", AdditionalProperties: false}
	g.def(t.Name(), n)
	for i := range t.NumField() {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" || name == "-" || !f.IsExported() {
			continue
		}
		doc := g.docs.fields[t.Name()][f.Name]
		omittable := strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero")
		mandatory := !omittable || mandatoryDoc.MatchString(doc)
		var p *node
		if def, ok := stringFields[f.Name]; ok && f.Type.Kind() == reflect.String {
			p = &node{Ref: "#/$defs/" + def}
		} else {
			p = g.typeSchema(f.Type, mandatory)
		}
		p.Description = doc
		n.Properties = append(n.Properties, member{name, p})
		if mandatory {
			n.Required = append(n.Required, name)
		}
	}
}
