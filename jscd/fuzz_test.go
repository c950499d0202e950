package jscd

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// FuzzDecode checks that Decode never panics, that it fails only with one decode Issue that
// has a position, that it accepts only valid JSON, and that whatever it accepts encodes, decodes
// again to an equal value, and encodes again to the same bytes.
func FuzzDecode(f *testing.F) {
	for _, data := range seedDocuments(f, "testdata/valid/*.json", "testdata/decode/*.json", "datasets/*.json") {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fw, err := Decode(bytes.NewReader(data))
		if err != nil {
			checkDecodeIssue(t, err)
			return
		}
		if !json.Valid(data) {
			t.Fatalf("Decode accepted invalid JSON %q", data)
		}
		var first bytes.Buffer
		if err := Encode(&first, fw); err != nil {
			t.Fatalf("Encode of a decoded framework: %v", err)
		}
		again, err := Decode(bytes.NewReader(first.Bytes()))
		if err != nil {
			t.Fatalf("Decode of Encode's output %q: %v", first.Bytes(), err)
		}
		// Encode leaves out empty optional members, so an empty Text or list in the input
		// comes back as nil: equal in meaning, which is what EquateEmpty compares.
		if diff := cmp.Diff(fw, again, cmpModel, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("Decode(Encode(f)) differs (-f +again):\n%s", diff)
		}
		var second bytes.Buffer
		if err := Encode(&second, again); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first.Bytes(), second.Bytes()) {
			t.Fatalf("encoding is not stable:\n%s\nthen\n%s", first.Bytes(), second.Bytes())
		}
	})
}

func checkDecodeIssue(t *testing.T, err error) {
	t.Helper()
	issues := Issues(err)
	if len(issues) != 1 {
		t.Fatalf("Decode error %v holds %d issues; want 1", err, len(issues))
	}
	is := issues[0]
	if !strings.HasPrefix(string(is.Code), "decode.") || is.Line < 1 || is.Column < 1 {
		t.Fatalf("Decode issue %#v lacks a decode code or a position", is)
	}
}
