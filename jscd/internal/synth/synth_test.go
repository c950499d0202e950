package synth

import (
	"bytes"
	"testing"

	"github.com/jscd-go/jscd/jscd"
)

func TestFrameworkBreaksNoRule(t *testing.T) {
	for _, n := range []int{1, 10, 1000, 20_000} {
		f := Framework(n, 1)
		for _, is := range f.Check() {
			if is.Severity != jscd.SeverityInfo {
				t.Fatalf("Framework(%d, 1): %s %v", n, is.Severity, is)
			}
		}
		total := len(f.Stakeholders) + len(f.Instruments) + len(f.Events) + len(f.Commitments) + len(f.Assessments) + len(f.Sources)
		if n >= 1000 && (total < n || total > n+n/100) {
			t.Errorf("Framework(%d, 1) has %d entities", n, total)
		}
	}
}

func TestFrameworkIsDeterministic(t *testing.T) {
	encode := func(f *jscd.Framework) []byte {
		var b bytes.Buffer
		if err := jscd.Encode(&b, f); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	a, b := encode(Framework(500, 7)), encode(Framework(500, 7))
	if !bytes.Equal(a, b) {
		t.Error("two frameworks of the same size and seed differ")
	}
	if bytes.Equal(a, encode(Framework(500, 8))) {
		t.Error("frameworks of different seeds are equal")
	}
	if _, err := jscd.Decode(bytes.NewReader(a)); err != nil {
		t.Errorf("Decode of a synthetic framework: %v", err)
	}
}
