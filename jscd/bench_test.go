package jscd_test

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"testing"
	"time"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/internal/synth"
)

// benchSizes are the numbers of entities of the synthetic frameworks the benchmarks use.
var benchSizes = []int{1_000, 10_000, 100_000, 1_000_000}

func entities(f *jscd.Framework) int {
	return len(f.Stakeholders) + len(f.Instruments) + len(f.Events) + len(f.Commitments) + len(f.Assessments) + len(f.Sources)
}

// BenchmarkValidate measures Validate on synthetic frameworks that break no error rule, so
// that every rule runs over every entity.
func BenchmarkValidate(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("entities=%d", n), func(b *testing.B) {
			f := synth.Framework(n, 1)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if err := f.Validate(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(entities(f))*float64(b.N)/b.Elapsed().Seconds(), "entities/s")
		})
	}
}

// BenchmarkValidateReadAhead measures Validate with the walk reading ahead and without (see
// readAhead in rules_refs.go), at sizes around the one from which Validate reads ahead by
// itself. The checks of each kind alternate, so that a slow moment of a shared machine falls
// on both; it reports the time of each kind of check, and the ratio of the first to the
// second. The frameworks are decoded from their encoding, as a program that reads a document
// has them: the ID of each reference is then a string of the document, next to the entity that
// holds it, rather than the string of the entity it names, as in a framework built in memory.
// They have the IDs of synth (ids=short, "person-12", up to 17 bytes), or the same made longer
// (ids=long, "joint-security-cooperation-person-12"), as IDs that name what they stand for are.
// Run it with -benchtime of an even number of checks (10x, say).
func BenchmarkValidateReadAhead(b *testing.B) {
	for _, n := range []int{100_000, 300_000, 1_000_000} {
		// The documents are made in the benchmark of their size, so that one run with -bench
		// selecting some sizes makes those only.
		b.Run(fmt.Sprintf("entities=%d", n), func(b *testing.B) {
			var buf bytes.Buffer
			if err := jscd.Encode(&buf, synth.Framework(n, 1)); err != nil {
				b.Fatal(err)
			}
			short := buf.Bytes()
			for _, ids := range []string{"short", "long"} {
				b.Run("ids="+ids, func(b *testing.B) {
					doc := short
					if ids == "long" {
						doc = longIDs.ReplaceAll(short, []byte(`"joint-security-cooperation-$1-`))
					}
					f, err := jscd.Decode(bytes.NewReader(doc), jscd.MaxBytes(int64(len(doc))))
					if err != nil {
						b.Fatal(err)
					}
					validateReadAhead(b, f)
				})
			}
		})
	}
}

// longIDs matches the start of each ID of a synth framework, and of each reference to one, in
// its encoding.
var longIDs = regexp.MustCompile(`"(assessment|commitment|event|instrument|ministry|person|source|state)-`)

// validateReadAhead runs the checks of BenchmarkValidateReadAhead on f.
func validateReadAhead(b *testing.B, f *jscd.Framework) {
	ways := [2]jscd.CheckOption{jscd.ReadAheadFrom(0), jscd.ReadAheadFrom(math.MaxInt)}
	for _, way := range ways {
		// Untimed, so that every timed check finds the tables of an earlier one to
		// reuse (checkScratch), the first as much as the next.
		if err := f.Validate(way); err != nil {
			b.Fatal(err)
		}
	}
	var spent [2]time.Duration
	var runs [2]int
	k := 0
	for b.Loop() {
		start := time.Now()
		if err := f.Validate(ways[k]); err != nil {
			b.Fatal(err)
		}
		spent[k] += time.Since(start)
		runs[k]++
		k = 1 - k
	}
	if runs[0] > 0 && runs[1] > 0 {
		ahead := float64(spent[0]) / float64(runs[0])
		plain := float64(spent[1]) / float64(runs[1])
		b.ReportMetric(ahead, "ns/check-ahead")
		b.ReportMetric(plain, "ns/check-plain")
		b.ReportMetric(ahead/plain, "ahead/plain")
	}
}

// BenchmarkDecode measures Decode of the same frameworks, encoded with Encode, to compare:
// validating a document should cost less than reading it.
func BenchmarkDecode(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("entities=%d", n), func(b *testing.B) {
			f := synth.Framework(n, 1)
			var buf bytes.Buffer
			if err := jscd.Encode(&buf, f); err != nil {
				b.Fatal(err)
			}
			data := buf.Bytes()
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if _, err := jscd.Decode(bytes.NewReader(data), jscd.MaxBytes(int64(len(data)))); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(entities(f))*float64(b.N)/b.Elapsed().Seconds(), "entities/s")
		})
	}
}

// BenchmarkCheckBrokenReferences measures Check of frameworks in which every commitment's
// first "by" reference names nothing, one typo from the ID it meant: each such issue names
// the ID it may have meant, found by an index built at the first broken reference
// (nearIDs), so the cost stays linear in the document.
func BenchmarkCheckBrokenReferences(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("entities=%d", n), func(b *testing.B) {
			f, broken := brokenReferences(n)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if got := len(f.Check()); got < broken {
					b.Fatalf("%d issues for %d broken references", got, broken)
				}
			}
			b.ReportMetric(float64(entities(f))*float64(b.N)/b.Elapsed().Seconds(), "entities/s")
		})
	}
}

// brokenReferences returns a synthetic framework of about n entities in which every
// commitment's first "by" reference names nothing, one typo from the ID it meant, and how many
// references it broke.
func brokenReferences(n int) (*jscd.Framework, int) {
	f := synth.Framework(n, 1)
	broken := 0
	for i := range f.Commitments {
		if by := f.Commitments[i].By; len(by) > 0 {
			by[0] += "x"
			broken++
		}
	}
	return f, broken
}

// BenchmarkCheckBytesBrokenReferences measures CheckBytes of the documents of
// BenchmarkCheckBrokenReferences, encoded: decoding, checking, and placing each of the
// thousands of issues at its line and column, all of them in one more reading of the text.
func BenchmarkCheckBytesBrokenReferences(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("entities=%d", n), func(b *testing.B) {
			f, broken := brokenReferences(n)
			var buf bytes.Buffer
			if err := jscd.Encode(&buf, f); err != nil {
				b.Fatal(err)
			}
			data := buf.Bytes()
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				_, issues := jscd.CheckBytes(data)
				if len(issues) < broken || issues[0].Line == 0 {
					b.Fatalf("%d issues for %d broken references, the first at line %d", len(issues), broken, issues[0].Line)
				}
			}
			b.ReportMetric(float64(entities(f))*float64(b.N)/b.Elapsed().Seconds(), "entities/s")
		})
	}
}
