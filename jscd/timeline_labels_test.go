package jscd

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// referenceJoinTexts is how Timeline first joined labels, asking Text.In for every missing
// language of every part; labelJoiner must give the same.
func referenceJoinTexts(parts ...Text) Text {
	out := Text{}
	for _, p := range parts {
		for k := range p {
			out[k] = ""
		}
	}
	for k := range out {
		var joined []string
		for _, p := range parts {
			s, ok := p[k]
			if !ok {
				if tag, err := language.Parse(k); err != nil {
					s = p.String()
				} else {
					s = p.In(tag.String())
				}
			}
			if s != "" {
				joined = append(joined, s)
			}
		}
		sep := ", "
		if tag, err := language.Parse(k); err == nil {
			if script, _ := tag.Script(); script.String() == "Arab" {
				sep = "، "
			}
		}
		out[k] = strings.Join(joined, sep)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// TestLabelJoinerMatchesTextIn joins random texts, with keys that are exact, base-language,
// other-script, unrelated and invalid tags, and empty values, one labelJoiner for all of them
// so that its remembered picks are used.
func TestLabelJoinerMatchesTextIn(t *testing.T) {
	keys := []string{"en", "ar", "ckb", "ar-Latn", "en-US", "fr", "sr-Latn", "sr-Cyrl", "zh-Hant",
		"zh", "xx-!!", "", "EN", "fa"}
	r := rand.New(rand.NewPCG(3, 4))
	randomText := func() Text {
		if r.IntN(8) == 0 {
			return nil
		}
		t := Text{}
		for range r.IntN(4) {
			k := keys[r.IntN(len(keys))]
			t[k] = []string{"", k + " text"}[min(r.IntN(5), 1)]
		}
		return t
	}
	var lj labelJoiner
	for i := range 3000 {
		a, b := randomText(), randomText()
		if diff := cmp.Diff(referenceJoinTexts(a, b), lj.join(a, b)); diff != "" {
			t.Fatalf("case %d, join(%q, %q) (-want +got):\n%s", i, a, b, diff)
		}
	}
	if len(lj.picks) < 20 {
		t.Errorf("only %d remembered picks: the test does not exercise the memory", len(lj.picks))
	}
}
