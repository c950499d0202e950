package jscd

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The codec does not use encoding/json; the functions here are the codec as it first was,
// built on encoding/json, kept as the oracle of the one that replaced it: the same checks
// (decodeInto without a target), then json.Compact (Decode keeps extension values compact)
// and json.Unmarshal; and an indenting json.Encoder.

func decodeReference(data []byte) (*Framework, error) {
	if err := decodeInto(string(data), nil); err != nil {
		return nil, err
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, data); err != nil {
		return nil, err
	}
	var f Framework
	if err := json.Unmarshal(compact.Bytes(), &f); err != nil {
		return nil, err
	}
	return &f, nil
}

func encodeReference(f *Framework) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	err := enc.Encode(f)
	return b.Bytes(), err
}

// checkCodecMatchesReference decodes data with Decode and with the reference, and encodes the
// result with Encode and with the reference: the values (nil and empty slices and maps told
// apart), the errors and the bytes must be the same.
func checkCodecMatchesReference(t *testing.T, data []byte) {
	t.Helper()
	got, err := Decode(bytes.NewReader(data))
	want, wantErr := decodeReference(data)
	if diff := cmp.Diff(wantErr, err, cmpIssue); diff != "" {
		t.Fatalf("Decode error differs from the reference (-want +got):\n%s", diff)
	}
	if err != nil {
		return
	}
	if diff := cmp.Diff(want, got, cmpModel); diff != "" {
		t.Fatalf("Decode differs from the reference (-want +got):\n%s", diff)
	}
	checkEncodeMatchesReference(t, got)
}

func checkEncodeMatchesReference(t *testing.T, f *Framework) {
	t.Helper()
	var got bytes.Buffer
	err := Encode(&got, f)
	want, wantErr := encodeReference(f)
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("Encode error %v, reference error %v", err, wantErr)
	}
	if err == nil && !bytes.Equal(got.Bytes(), want) {
		t.Fatalf("Encode differs from the reference:\n%s", cmp.Diff(string(want), got.String()))
	}
}

// cmpIssue compares decode errors: Issues field by field, other errors by message.
var cmpIssue = cmp.Comparer(func(a, b error) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	ia, oka := a.(*Issue)
	ib, okb := b.(*Issue)
	if oka && okb {
		return cmp.Equal(ia, ib)
	}
	return a.Error() == b.Error()
})

func TestCodecMatchesReference(t *testing.T) {
	docs := seedDocuments(t, "testdata/valid/*.json", "testdata/invalid/*.json", "testdata/decode/*.json", "datasets/*.json")
	docs = append(docs, codecEdgeDocuments...)
	if len(docs) < 20 {
		t.Fatalf("only %d documents: the test data moved?", len(docs))
	}
	for _, data := range docs {
		checkCodecMatchesReference(t, data)
	}
}

// codecEdgeDocuments are documents whose decoding is easy to get wrong: escapes and
// surrogates, null where it is allowed, empty containers, extension values of every shape.
var codecEdgeDocuments = [][]byte{
	[]byte(`{"format":"jscd/1","id":"a\u0062\/c","title":{"en":"tab\there \"q\" \\ \u00e9\ud83d\ude00 lone \ud800 x \udc00\ud800\u0041 <&>"}}`),
	[]byte(`{"format":"jscd/1","id":"x","title":null,"stakeholders":[],"instruments":[{"id":"i","kind":"treaty","name":{},"areas":[],"relations":[]}]}`),
	[]byte(`{"format":"jscd/1","id":"x","title":{"en":"t"},"extensions":{"b":{ "z" : [ 1 , 2.5e-3 , -0 , {} , [ ] , { "k" : null } ] , "a":"\u2028<"},"a":true,"n":null,"s":"  spaced  "}}`),
	[]byte("{\n\"format\":\"jscd/1\",\"id\":\"x\",\"title\":{\"en\":\"t\",\"ar\":\"\u0646\u0635\"},\"events\":[{\"id\":\"e\",\"kind\":\"meeting\",\"name\":{\"en\":\"m\"},\"round\":-12,\"date\":\"2023-08-0X\",\"location\":{\"name\":{\"en\":\"W\"},\"extensions\":{\"k\":[]}},\"participants\":[{\"stakeholder\":\"s\",\"role\":\"host\",\"thirdParty\":false}],\"topics\":[{\"text\":{\"en\":\"x\"},\"areas\":[\"cyber\"]}]}]}"),
	[]byte(`{"format":"jscd/1","id":"x","title":{"en":"t"},"commitments":[{"id":"c","text":{"en":"t"},"strength":"pledge","made":"","due":"2021~","status":[{"status":"agreed","date":"2023-08/2023-09","note":{"en":"n"},"sources":["s"]}]}]}`),
	[]byte(`{"format":"jscd/1","id":"x","title":{"en":"t"},"round":1}`),
	[]byte(`{"format":"jscd/1","id":"x","title":{"en":"t"},"events":[{"id":"e","round":1.5}]}`),
	[]byte(`{"format":"jscd/2","id":1}`),
	[]byte(`{"format":"jscd/1","id":"x","title":{"en":"t"},"events":[{"id":"e","round":99999999999999999999}]}`),
}

func TestEncodeMatchesReferenceOnBuiltValues(t *testing.T) {
	odd := "\x00\x1f\x7f<>&\u2028\u2029\xff\xc3 \"\\\b\f\n\r\t é 😀"
	frameworks := []*Framework{
		{},
		{Format: FormatTag, ID: ID(odd), Title: Text{odd: odd, "en": ""}},
		{Title: Text{}, Description: Text{}, Stakeholders: []Stakeholder{}, Extensions: Extensions{}},
		{Events: []Event{{Location: &Location{}}, {Round: -3, Participants: []Participant{{ThirdParty: true}}}}},
		{Commitments: []Commitment{{Made: MustParseDate("2023"), Due: Date{}, Status: []StatusChange{{Date: MustParseDate("2021-XX")}}}}},
		{Extensions: Extensions{"nil": nil, "ws": json.RawMessage(" \n{ \"a\" :[1, {\"b\": []}], \"c\": \"x y\" } \t")}},
	}
	for _, f := range frameworks {
		checkEncodeMatchesReference(t, f)
	}
}

func TestEncodeRejectsInvalidExtension(t *testing.T) {
	for _, raw := range []string{"", "{", "[1,]", "1 2", `"\x"`, "nul"} {
		f := &Framework{Stakeholders: []Stakeholder{{ID: "s", Extensions: Extensions{"k": json.RawMessage(raw)}}}}
		var b bytes.Buffer
		err := Encode(&b, f)
		if err == nil {
			t.Errorf("Encode with extension value %q: no error", raw)
			continue
		}
		if _, refErr := encodeReference(f); refErr == nil {
			t.Errorf("the reference accepts extension value %q", raw)
		}
		if !strings.Contains(err.Error(), "/stakeholders/0/extensions/k") || b.Len() != 0 {
			t.Errorf("Encode with extension value %q: error %q, %d bytes written; want the path, nothing written", raw, err, b.Len())
		}
	}
}

// FuzzCodecReference checks Decode and Encode against encoding/json on any input.
func FuzzCodecReference(f *testing.F) {
	for _, data := range seedDocuments(f, "testdata/valid/*.json", "testdata/decode/*.json") {
		f.Add(data)
	}
	for _, data := range codecEdgeDocuments {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkCodecMatchesReference(t, data)
	})
}

// FuzzEncodeStrings checks that Encode escapes any string, and writes any extension value, as
// encoding/json does.
func FuzzEncodeStrings(f *testing.F) {
	f.Add("plain", `{"a": [1, 2]}`)
	f.Add("\x00\u2028\xff<\"", ` [ ] `)
	f.Fuzz(func(t *testing.T, s, raw string) {
		fw := &Framework{ID: ID(s), Title: Text{s: s}, Extensions: Extensions{s: json.RawMessage(raw)}}
		var got bytes.Buffer
		err := Encode(&got, fw)
		want, wantErr := encodeReference(fw)
		if wantErr != nil {
			// encoding/json does not check UTF-8 inside an extension value; Encode does.
			if err == nil {
				t.Fatalf("Encode accepted extension value %q that encoding/json rejects: %v", raw, wantErr)
			}
			return
		}
		if err != nil {
			if utf8Valid := json.Valid([]byte(raw)) && bytes.Equal([]byte(raw), []byte(strings.ToValidUTF8(raw, ""))); utf8Valid {
				t.Fatalf("Encode rejected valid extension value %q: %v", raw, err)
			}
			return
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Fatalf("Encode differs from encoding/json:\n%s", cmp.Diff(string(want), got.String()))
		}
	})
}
