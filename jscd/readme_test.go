package jscd_test

import (
	"os"
	"strings"
	"testing"
)

// TestReadmeExampleIsExampleReadme keeps the usage example of the README and Example_readme
// the same, code and output, so the README never shows code that does not compile or run.
func TestReadmeExampleIsExampleReadme(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	example, err := os.ReadFile("example_readme_test.go")
	if err != nil {
		t.Fatal(err)
	}
	code := fencedBlock(t, string(readme), "```go\n")
	output := fencedBlock(t, string(readme), "prints\n\n```\n")
	body := exampleBody(t, string(example))
	want := normalize(code)
	for _, line := range strings.Split(output, "\n") {
		if line != "" {
			want = append(want, "// "+line)
		}
	}
	got := normalize(body)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("README example and Example_readme differ.\nREADME (code, then output):\n%s\n\nExample_readme:\n%s",
			strings.Join(want, "\n"), strings.Join(got, "\n"))
	}
}

func fencedBlock(t *testing.T, text, opening string) string {
	t.Helper()
	start := strings.Index(text, opening)
	if start < 0 {
		t.Fatalf("README has no block opening with %q", opening)
	}
	rest := text[start+len(opening):]
	end := strings.Index(rest, "```")
	if end < 0 {
		t.Fatalf("README block opening with %q is not closed", opening)
	}
	return rest[:end]
}

func exampleBody(t *testing.T, src string) string {
	t.Helper()
	start := strings.Index(src, "func Example_readme() {\n")
	if start < 0 {
		t.Fatal("example_readme_test.go has no Example_readme")
	}
	body := src[start+len("func Example_readme() {\n"):]
	return body[:strings.LastIndex(body, "}")]
}

// normalize trims each line and drops empty lines and the "// Output:" marker.
func normalize(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && line != "// Output:" {
			out = append(out, line)
		}
	}
	return out
}
