package jscd

import (
	"strconv"
	"testing"
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
