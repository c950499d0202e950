package jscd

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLocateAllIsLocate checks that locating many paths in one walk gives, for each, what
// Locate gives it alone: on the paths of every issue of the invalid test documents, on paths
// that name nothing or go through an array by a key, and on a path given twice.
func TestLocateAllIsLocate(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatal("no test documents", err)
	}
	extra := []Path{nil, {}, {"stakeholders"}, {"stakeholders", "0"}, {"stakeholders", "00"}, {"stakeholders", "-"},
		{"stakeholders", "999", "id"}, {"stakeholders", "id"}, {"title", "en", "x"}, {"nothing", "here"},
		{"events", "0", "participants", "1", "role"}, {"events", "0", "participants", "1", "role"}}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var paths []Path
		if f, err := Decode(bytes.NewReader(data)); err == nil {
			for _, is := range f.Check() {
				paths = append(paths, is.Path)
			}
		}
		paths = append(paths, extra...)
		got, ok := locateAll(data, paths)
		if !ok {
			if _, ok1 := Locate(data, nil); ok1 {
				t.Errorf("%s: locateAll failed where Locate does not", name)
			}
			continue
		}
		for k, p := range paths {
			want, _ := Locate(data, p)
			if diff := cmp.Diff(want, got[k]); diff != "" {
				t.Errorf("%s: path %q (-Locate +locateAll):\n%s", name, p, diff)
			}
		}
	}
}
