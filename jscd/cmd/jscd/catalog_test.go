package main

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jscd-go/jscd/jscd"
)

// verbs are the formatting verbs of a message, in order.
var verbs = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)

// Every message has its Arabic and Sorani renderings, with the verbs of the English.
func TestTranslationsAreComplete(t *testing.T) {
	seen := map[string]bool{}
	for _, tr := range translations {
		if seen[tr.key] {
			t.Errorf("%q is in the catalogue twice", tr.key)
		}
		seen[tr.key] = true
		en := tr.key
		if tr.en != "" {
			en = tr.en
		}
		for lang, s := range map[string]string{"ar": tr.ar, "ckb": tr.ckb} {
			if strings.TrimSpace(s) == "" {
				t.Errorf("%q has no %s rendering", tr.key, lang)
				continue
			}
			if !slices.Equal(verbs.FindAllString(en, -1), verbs.FindAllString(s, -1)) {
				t.Errorf("%s rendering of %q has verbs %v, want %v", lang, tr.key, verbs.FindAllString(s, -1), verbs.FindAllString(en, -1))
			}
			if s == en && verbs.ReplaceAllString(en, "") != "" && strings.ContainsFunc(en, isLetter) {
				t.Errorf("%s rendering of %q is the English", lang, tr.key)
			}
		}
	}
	for _, pl := range plurals {
		for i, s := range append(append(pl.en[:], pl.ar[1:]...), pl.ckb[:]...) {
			if s == "" {
				t.Errorf("plural %q: form %d empty", pl.key, i)
			}
		}
	}
}

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// Every rule of the library's catalogue has its summary translated.
func TestRuleSummariesAreTranslated(t *testing.T) {
	keys := map[string]bool{}
	for _, tr := range translations {
		keys[tr.key] = true
	}
	for _, r := range jscd.Rules() {
		if !keys[r.Summary] {
			t.Errorf("the summary of %s is not in the command's catalogue: %q", r.Code, r.Summary)
		}
		if !keys["family:"+r.Family] {
			t.Errorf("family %q is not in the catalogue", r.Family)
		}
	}
	for _, d := range decodeSummaries {
		if !keys[d.summary] {
			t.Errorf("the summary of %s is not in the catalogue", d.code)
		}
	}
	for _, v := range jscd.DueStates() {
		if !labelled[string(v)] {
			t.Errorf("due state %s has no label", v)
		}
	}
	for _, v := range jscd.TimelineKinds() {
		if !labelled[string(v)] {
			t.Errorf("timeline kind %s has no label", v)
		}
	}
	for _, v := range jscd.CommitmentStatuses() {
		if !labelled[string(v)] {
			t.Errorf("commitment status %s has no label", v)
		}
	}
	for _, v := range jscd.InstrumentStatuses() {
		if !labelled[string(v)] {
			t.Errorf("instrument status %s has no label", v)
		}
	}
	for _, v := range jscd.RelationTypes() {
		if !labelled[string(v)] {
			t.Errorf("relation type %s has no label", v)
		}
	}
}

// literalKey finds the messages the sources print: the first argument of p.Sprintf and of the
// helpers that take a catalogue key.
var literalKey = regexp.MustCompile(`(?:p\.Sprintf|asOfFlag)\(("(?:[^"\\]|\\.)*")\s*[,)]`)

// Every message the command prints is in the catalogue.
func TestEveryMessageIsInTheCatalogue(t *testing.T) {
	keys := map[string]bool{}
	for _, tr := range translations {
		keys[tr.key] = true
	}
	for _, pl := range plurals {
		keys[pl.key] = true
	}
	files, _ := filepath.Glob("*.go")
	n := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "catalog.go" {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range literalKey.FindAllStringSubmatch(string(src), -1) {
			key := unquote(t, m[1])
			n++
			if !keys[key] && strings.ContainsFunc(verbs.ReplaceAllString(key, ""), isLetter) {
				t.Errorf("%s prints %q, which is not in the catalogue", name, key)
			}
		}
	}
	if n < 50 {
		t.Errorf("found only %d messages in the sources: is the pattern stale?", n)
	}
}

func unquote(t *testing.T, s string) string {
	t.Helper()
	var out strings.Builder
	for i := 1; i < len(s)-1; i++ {
		if s[i] == '\\' {
			i++
		}
		out.WriteByte(s[i])
	}
	return out.String()
}
