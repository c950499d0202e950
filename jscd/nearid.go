package jscd

import (
	"strings"
	"unicode/utf8"
)

// maxSuggestIDs is the most entities a document may have for a reference that names nothing
// to be told which ID it may have meant: the index that finds near IDs holds every ID once
// for each of its letters, which is a few megabytes at this size and is built only when a
// reference fails.
const maxSuggestIDs = 10000

// nearIDs finds, for an ID that names nothing, the document's IDs one typo away: a letter
// left out, added, changed, or two neighbours swapped. It is the symmetric-deletion method:
// two strings one such typo apart have a common string when at most one letter is deleted
// from each, so every ID is filed under itself and each of its one-letter deletions, and a
// lookup reads the entries for the wrong ID and its deletions: time and memory linear in
// the length of the IDs, where comparing with every ID would be quadratic in a document
// with many broken references. The keys are 64-bit hashes of those strings, so that filing
// allocates no string; a hash shared by chance only adds a candidate, which editDistance
// then rules out.
type nearIDs struct {
	ids     []ID
	head    map[uint64]int32 // a key's first entry
	entries []nearEntry
	memo    map[ID]ID
}

// nearEntry files ids[id] under a key; next is the key's next entry, or -1.
type nearEntry struct{ id, next int32 }

// newNearIDs files the IDs ids, each given once.
func newNearIDs(ids []ID) *nearIDs {
	n := &nearIDs{ids: ids, memo: map[ID]ID{}}
	keys := 0
	for _, id := range ids {
		keys += utf8.RuneCountInString(string(id)) + 1
	}
	n.head = make(map[uint64]int32, keys)
	n.entries = make([]nearEntry, 0, keys)
	for k, id := range n.ids {
		forDeletions(string(id), func(key uint64) {
			next, ok := n.head[key]
			if !ok {
				next = -1
			}
			n.head[key] = int32(len(n.entries))
			n.entries = append(n.entries, nearEntry{int32(k), next})
		})
	}
	return n
}

// near returns the document's ID nearest id (case ignored) among those the index files under
// a common key, which are at most two typos away, if it is within typoLimit of id; else "".
// Of several equally near, the first in byte order, so that the answer does not depend on
// the map's order.
func (n *nearIDs) near(id ID) ID {
	if got, ok := n.memo[id]; ok {
		return got
	}
	var best ID
	bestDist := 3
	lower := strings.ToLower(string(id))
	forDeletions(string(id), func(key uint64) {
		e, ok := n.head[key]
		for ok && e >= 0 {
			cand := n.ids[n.entries[e].id]
			d := editDistance(lower, strings.ToLower(string(cand)))
			if d < bestDist || (d == bestDist && cand < best) {
				best, bestDist = cand, d
			}
			e = n.entries[e].next
		}
	})
	if bestDist > typoLimit(string(id)) {
		best = ""
	}
	n.memo[id] = best
	return best
}

// forDeletions calls f with the hash of s and of each string made by deleting one rune of s.
func forDeletions(s string, f func(uint64)) {
	f(hashWithout(s, 0, 0))
	for i, r := range s {
		f(hashWithout(s, i, i+utf8.RuneLen(r)))
	}
}

// hashWithout is the 64-bit FNV-1a hash of s without the bytes s[i:j]. It is written out,
// rather than fed to hash/fnv, so that hashing each deletion of a string copies nothing.
func hashWithout(s string, i, j int) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for k := 0; k < len(s); k++ {
		if k == i {
			k = j
			if k >= len(s) {
				break
			}
		}
		h ^= uint64(s[k])
		h *= prime
	}
	return h
}
