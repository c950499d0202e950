package web

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"
)

// The page must work under the site's Content-Security-Policy and offline: no inline script or
// style, no event-handler attributes, nothing loaded from another origin.
func TestPageNeedsNothingTheCSPForbids(t *testing.T) {
	forbidden := []struct {
		what string
		re   *regexp.Regexp
	}{
		{"inline script", regexp.MustCompile(`<script(?:\s[^>]*)?>\s*[^<\s]`)},
		{"script without src", regexp.MustCompile(`<script(?:(?:\s+(?:defer|async|type="[^"]*"))*)\s*>`)},
		{"style attribute", regexp.MustCompile(`\sstyle\s*=`)},
		{"style element", regexp.MustCompile(`<style`)},
		{"event handler attribute", regexp.MustCompile(`\son[a-z]+\s*=`)},
		{"remote URL", regexp.MustCompile(`(?:src|href)\s*=\s*"(?:https?:)?//`)},
		{"javascript: URL", regexp.MustCompile(`javascript:`)},
	}
	b, err := fs.ReadFile(Files, "index.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range forbidden {
		if loc := f.re.FindIndex(b); loc != nil {
			t.Errorf("index.html has an %s: %q", f.what, b[loc[0]:loc[1]])
		}
	}
}

// render.js must never hand data to an HTML parser or to eval.
func TestRendererUsesNoHTMLSinks(t *testing.T) {
	b, err := fs.ReadFile(Files, "render.js")
	if err != nil {
		t.Fatal(err)
	}
	for _, sink := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
		"new Function", "setTimeout('", "setAttribute('on", "createContextualFragment", "DOMParser"} {
		if strings.Contains(string(b), sink) {
			t.Errorf("render.js uses %s", sink)
		}
	}
}

func TestStylesLoadNothingRemote(t *testing.T) {
	b, err := fs.ReadFile(Files, "style.css")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"@import", "url(", "@font-face"} {
		if strings.Contains(string(b), s) {
			t.Errorf("style.css uses %s: the page loads no fonts or images", s)
		}
	}
}
