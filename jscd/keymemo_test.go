package jscd

import (
	"strconv"
	"strings"
	"sync"
	"testing"
	"unsafe"
)

// TestKeyMemo checks that a keyMemo gives back what was put for every key, those compared as
// strings and those past maxFewKeys in the map alike, and nothing for a key never put.
func TestKeyMemo(t *testing.T) {
	var m keyMemo[int]
	n := 3 * maxFewKeys
	for i := range n {
		key := "k" + strconv.Itoa(i)
		if _, ok := m.get(key); ok {
			t.Fatalf("get(%q) before put finds a value", key)
		}
		m.put(key, i)
	}
	for i := range n {
		key := "k" + strconv.Itoa(i)
		if v, ok := m.get(key); !ok || v != i {
			t.Errorf("get(%q) = %d, %v; want %d, true", key, v, ok, i)
		}
	}
	for _, key := range []string{"", "k", "k" + strconv.Itoa(n), "K0"} {
		if v, ok := m.get(key); ok {
			t.Errorf("get(%q) = %d, true; want nothing", key, v)
		}
	}
	var tags tagKeys
	for _, tt := range []struct {
		key  string
		want bool
	}{{"en", true}, {"ckb", true}, {"en", true}, {"e n", false}, {"IQ", false}, {"e n", false}} {
		if got := tags.isTag(tt.key); got != tt.want {
			t.Errorf("isTag(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}

// TestKeyMemoFound checks that found puts the first keys in the order of how often they were
// found, moving a key up only past one found less often, and that get still finds each.
func TestKeyMemoFound(t *testing.T) {
	var m keyMemo[int]
	for i, key := range []string{"ar", "en", "ckb"} {
		m.put(key, i)
	}
	order := func() string {
		var keys []string
		for _, kv := range m.firstKeys() {
			keys = append(keys, kv.key)
		}
		return strings.Join(keys, " ")
	}
	for _, step := range []struct {
		found string
		want  string
	}{
		{"en", "en ar ckb"},  // 1 hit, past ar's 0
		{"ar", "en ar ckb"},  // 1 hit, not past en's 1
		{"ckb", "en ar ckb"}, // 1 hit, not past ar's 1
		{"ckb", "en ckb ar"}, // 2 hits, past ar's 1
		{"ckb", "ckb en ar"}, // 3 hits, past en's 1
		{"en", "ckb en ar"},  // 2 hits, not past ckb's 3
		{"ar", "ckb en ar"},  // 2 hits, not past en's 2
	} {
		i := keyIndex(m.firstKeys(), step.found)
		m.found(i)
		if got := order(); got != step.want {
			t.Fatalf("after finding %q: keys %q, want %q", step.found, got, step.want)
		}
	}
	for i, key := range []string{"ar", "en", "ckb"} {
		if v, ok := m.get(key); !ok || v != i {
			t.Errorf("get(%q) = %d, %v; want %d, true", key, v, ok, i)
		}
	}
}

// TestKnownTag checks that knownTag gives what parseTagInfo finds, for valid tags and others,
// from many goroutines at once (go test -race looks for data races there); that it keeps its
// own copy of a key, not the document the key was cut from; and that it keeps no key that is
// not a tag.
func TestKnownTag(t *testing.T) {
	doc := `{"en": "x", "ar-Latn": "y", "ckb": "z", "iw": "w", "e n": "v", "IQ": "u"}`
	var keys []string
	for _, k := range []string{"en", "ar-Latn", "ckb", "iw", "e n", "IQ"} {
		i := strings.Index(doc, `"`+k+`"`) + 1
		keys = append(keys, doc[i:i+len(k)]) // substrings of doc, as Decode's keys are
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for _, k := range keys {
				got, want := knownTag(k), parseTagInfo(k)
				if got.key != want.key || got.canonical != want.canonical || got.script != want.script ||
					(got.err == nil) != (want.err == nil) || got.tag != want.tag || len(got.scripts) != len(want.scripts) {
					t.Errorf("knownTag(%q) = %+v, want %+v", k, got, want)
				}
			}
		})
	}
	wg.Wait()
	for _, k := range keys {
		info, stored := knownTags.Load(k)
		if want := parseTagInfo(k).err == nil; stored != want {
			t.Errorf("knownTags holds %q: %v, want %v", k, stored, want)
		}
		if stored && unsafe.StringData(info.(*tagInfo).key) == unsafe.StringData(k) {
			t.Errorf("knownTags keeps %q in the document it was cut from", k)
		}
	}
}
