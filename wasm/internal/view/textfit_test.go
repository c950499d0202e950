package view

import (
	"strings"
	"testing"

	"github.com/jscd-go/jscd/jscd/datasets"
)

func TestEmWidthFollowsTheLetters(t *testing.T) {
	if !(emWidth("mmmm") > emWidth("nnnn") && emWidth("nnnn") > emWidth("iiii")) {
		t.Errorf("emWidth: mmmm %.2f, nnnn %.2f, iiii %.2f; want wide > middle > narrow",
			emWidth("mmmm"), emWidth("nnnn"), emWidth("iiii"))
	}
	if emWidth("é") != emWidth("é") { // a combining accent adds nothing
		t.Errorf("emWidth of é composed %.2f, decomposed %.2f", emWidth("é"), emWidth("é"))
	}
}

func TestFitLines(t *testing.T) {
	const width = 11.2 // a lineage node's name: 168 units at 15 px
	tests := []struct {
		in    string
		n     int
		whole bool
	}{
		{"Strategic Framework Agreement", 3, true},
		{"US-Iraq High Coordination Committee", 3, true},
		{"US-Iraq Joint Security Cooperation Dialogue", 3, false}, // "Security Cooperation" is too wide
		{"US-Iraq Joint Security Cooperation Dialogue", 4, true},
		{"", 3, true},
		{strings.Repeat("Committee ", 12), 3, false},
		{"Supercalifragilisticexpialidocious", 3, true}, // a word cut over lines
		{"Supercalifragilisticexpialidocious-and-more-words-without-spaces", 3, false},
		{"حوار التعاون الأمني المشترك", 3, true},
		{"حوار التعاون الأمني المشترك بين الولايات المتحدة والعراق", 3, false},
		{"Two words", 0, false},
	}
	for _, tt := range tests {
		lines, whole := fitLines(tt.in, width, tt.n)
		if whole != tt.whole || len(lines) > tt.n {
			t.Errorf("fitLines(%q, %d) = %q, whole %v; want whole %v in at most %d lines", tt.in, tt.n, lines, whole, tt.whole, tt.n)
		}
		for _, l := range lines {
			if w := emWidth(l); w > width || l == "" {
				t.Errorf("fitLines(%q): line %q is %.2f em wide (at most %.1f) or empty", tt.in, l, w, width)
			}
		}
		switch {
		case whole && strings.ReplaceAll(strings.Join(lines, " "), " ", "") != strings.ReplaceAll(tt.in, " ", ""):
			t.Errorf("fitLines(%q) = %q: a whole fit must keep every letter", tt.in, lines)
		case !whole && len(lines) > 0 && !strings.HasSuffix(lines[len(lines)-1], "…"):
			t.Errorf("fitLines(%q) = %q: a cut fit must end in an ellipsis", tt.in, lines)
		}
	}
}

// Every node of the bundled frameworks' lineages, in every language, is named in lines that
// fit its box.
func TestLineageNamesFitTheirNodes(t *testing.T) {
	s, err := NewState()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range datasets.Names() {
		for _, lang := range Languages() {
			s.Apply("init", "?dataset="+name+"&lang="+lang.Code)
			in := s.Input()
			ix := in.derive().ix
			for id := range ix {
				lines, class := nodeNameLines(ix.name(in.Lang, id), ix.short(in.Lang, id))
				width := (lineageNodeW - 2*lineageNameMargin) / lineageNameFontPx
				if class == "node-name tight" {
					width = (lineageNodeW - 2*lineageNameMargin) / lineageTightPx
				}
				if len(lines) == 0 || len(lines) > lineageNameLines {
					t.Errorf("%s %s: %s is named in %d lines", name, lang.Code, id, len(lines))
				}
				for _, l := range lines {
					if emWidth(l) > width {
						t.Errorf("%s %s: %s: line %q is %.2f em wide, over %.2f", name, lang.Code, id, l, emWidth(l), width)
					}
				}
			}
		}
	}
}
