package view

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
)

func decodeText(t *testing.T, s string) *jscd.Framework {
	t.Helper()
	f, err := jscd.Decode(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestIndexOfFollowsTheFramework checks the cache of entity indexes: a new framework (an
// edit) gets its own index, and a framework asked for again gets the index it had.
func TestIndexOfFollowsTheFramework(t *testing.T) {
	src, _ := datasets.Bytes("us-iraq")
	base := string(src)
	f1 := decodeText(t, base)
	f2 := decodeText(t, strings.Replace(base, `"en": "United States"`, `"en": "United States (edited)"`, 1))
	f3 := decodeText(t, strings.Replace(base, `"en": "United States"`, `"en": "USA"`, 1))
	in := &Input{Lang: NewLang("en")}
	name := func(ix entities) string { return ix.name(in.Lang, "united-states") }
	for _, step := range []struct {
		f    *jscd.Framework
		want string
	}{
		{f1, "United States"}, {f2, "United States (edited)"}, {f1, "United States"},
		{f3, "USA"}, {f2, "United States (edited)"}, {f1, "United States"}, {f1, "United States"},
	} {
		ix := in.indexOf(step.f)
		if got := name(ix); got != step.want {
			t.Errorf("indexOf names united-states %q, want %q", got, step.want)
		}
		if diff := cmp.Diff(indexEntities(step.f), ix, cmp.AllowUnexported(entity{})); diff != "" {
			t.Errorf("indexOf differs from indexEntities (-want +got):\n%s", diff)
		}
	}
}

// TestDiffAfterEditsNamesTheNewDocument checks that the diff, which reuses the index of the
// other version from edit to edit, always shows what a page built afresh shows.
func TestDiffAfterEditsNamesTheNewDocument(t *testing.T) {
	s, err := NewState()
	if err != nil {
		t.Fatal(err)
	}
	s.Apply("init", "")
	base := s.Text()
	for _, name := range []string{"United States (1)", "United States (2)", "Iraq?"} {
		text := strings.Replace(base, `"en": "United States"`, `"en": "`+name+`"`, 1)
		got := s.Apply("edit", text).Regions[RegionDiff]
		fresh, err := NewState()
		if err != nil {
			t.Fatal(err)
		}
		fresh.Apply("init", "")
		want := fresh.Apply("edit", text).Regions[RegionDiff]
		if !bytes.Equal(got, want) {
			t.Errorf("after the edit to %q the diff differs from a fresh page's:\n got %s\nwant %s", name, got, want)
		}
		if !bytes.Contains(got, []byte(name)) {
			t.Errorf("after the edit to %q the diff does not name it: %s", name, got)
		}
	}
}
