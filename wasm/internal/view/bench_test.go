package view

import (
	"bytes"
	"strconv"
	"strings"
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

// BenchmarkEditPage is an edit as the page makes it: the regions on screen (those of a
// 1400×1000 window) drawn at once, then each other region the edit changed, each edit with a
// new text so that nothing is found unchanged.
func BenchmarkEditPage(b *testing.B) {
	s, _ := NewState()
	s.Apply("init", "")
	base := s.Text()
	texts := make([]string, 16)
	for i := range texts {
		texts[i] = strings.Replace(base, `"en": "United States"`, `"en": "United States `+strconv.Itoa(i)+`"`, 1)
	}
	onScreen := []string{RegionTop, RegionLineage, RegionTimeline, RegionEditorHead, RegionIssues}
	i := 0
	for b.Loop() {
		r := s.ApplyFor("edit", texts[i%len(texts)], onScreen)
		for _, name := range r.Dirty {
			s.ApplyFor("region", name, onScreen)
		}
		i++
	}
}
