package jscd

import "testing"

func TestNearIDs(t *testing.T) {
	n := newNearIDs([]ID{"france", "india", "ministry-a", "us", "uk", "person-a", "person-b", "مصر"})
	for _, tt := range []struct{ id, want ID }{
		{"frnace", "france"},  // neighbours swapped
		{"franc", "france"},   // a letter left out
		{"francee", "france"}, // a letter added
		{"fronce", "france"},  // a letter changed
		{"France", "france"},  // case
		{"ministry-b", "ministry-a"},
		{"person-c", "person-a"}, // two at the same distance: the first in byte order
		{"ua", "uk"},             // "us" and "uk" both one away: the first in byte order is "uk"
		{"usa", "us"},
		{"mxr", ""}, // two typos in a short ID
		{"germany", ""},
		{"مص", "مصر"},
	} {
		if got := n.near(tt.id); got != tt.want {
			t.Errorf("near(%q) = %q; want %q", tt.id, got, tt.want)
		}
		if again := n.near(tt.id); again != n.near(tt.id) {
			t.Errorf("near(%q) changed between calls", tt.id)
		}
	}
}
