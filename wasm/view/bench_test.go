package view

import (
	"bytes"
	"testing"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
)

func BenchmarkDecode(b *testing.B) {
	src, _ := datasets.Bytes("us-iraq")
	for b.Loop() {
		jscd.Decode(bytes.NewReader(src))
	}
}

func BenchmarkCheck(b *testing.B) {
	f := datasets.MustLoad("us-iraq")
	for b.Loop() {
		f.Check()
	}
}

func BenchmarkRegion(b *testing.B) {
	s, _ := NewState()
	s.Apply("init", "")
	for _, r := range AllRegions() {
		b.Run(r, func(b *testing.B) {
			for b.Loop() {
				RegionJSON(s.Input(), r)
			}
		})
	}
}

func BenchmarkEdit(b *testing.B) {
	s, _ := NewState()
	s.Apply("init", "")
	text := s.Text()
	for b.Loop() {
		s.Apply("edit", text)
	}
}

func BenchmarkNewState(b *testing.B) {
	for b.Loop() {
		NewState()
	}
}
