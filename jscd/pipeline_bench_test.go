package jscd_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
)

// The Pipeline benchmarks measure, on the bundled US–Iraq dataset, each call the browser demo
// makes on every keystroke of its editor (docs/performance.md, "Library analysis"): a document
// of the size real sources describe, rather than the synthetic ones of the other benchmarks.

func BenchmarkPipelineDecode(b *testing.B) {
	data, err := datasets.Bytes("us-iraq")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := jscd.Decode(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPipelineCheck(b *testing.B) {
	f := datasets.MustLoad("us-iraq")
	b.ReportAllocs()
	for b.Loop() {
		f.Check()
	}
}

func BenchmarkPipelineLineage(b *testing.B) {
	f := datasets.MustLoad("us-iraq")
	b.ReportAllocs()
	for b.Loop() {
		f.Lineage()
	}
}

func BenchmarkPipelineTimeline(b *testing.B) {
	f := datasets.MustLoad("us-iraq")
	b.ReportAllocs()
	for b.Loop() {
		f.Timeline()
	}
}

func BenchmarkPipelineStatusAsOf(b *testing.B) {
	f := datasets.MustLoad("us-iraq")
	asOf := time.Date(2023, 8, 8, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		f.StatusAsOf(asOf)
	}
}

func BenchmarkPipelineSearch(b *testing.B) {
	f := datasets.MustLoad("us-iraq")
	b.ReportAllocs()
	for b.Loop() {
		f.Search("sudani")
		f.Search("السوداني")
	}
}

func BenchmarkPipelineDiff(b *testing.B) {
	old, new := datasets.MustLoad("us-iraq-2021"), datasets.MustLoad("us-iraq")
	b.ReportAllocs()
	for b.Loop() {
		jscd.Diff(old, new)
	}
}

// BenchmarkPipelineDiffSame is the keystroke that changes one value: most entities are equal,
// and only the changed one should cost more than a comparison.
func BenchmarkPipelineDiffSame(b *testing.B) {
	old, new := datasets.MustLoad("us-iraq"), datasets.MustLoad("us-iraq")
	new.Commitments[0].Due = jscd.Date{}
	b.ReportAllocs()
	for b.Loop() {
		jscd.Diff(old, new)
	}
}
