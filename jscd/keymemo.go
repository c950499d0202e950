package jscd

import (
	"strings"
	"sync"
	"sync/atomic"
)

// keyMemo remembers a value for each Text key met in one document (or one search), where
// parsing the key as a language tag would cost more than the rest of the work on a short text.
// A document uses few distinct keys: the first maxFewKeys are found by comparing strings
// (sameShortString), which costs less than hashing a short key for a map; the others are in
// a map.
type keyMemo[V any] struct {
	few  []keyValue[V]
	more map[string]V
}

// keyValue is a key of a keyMemo and the value remembered for it.
type keyValue[V any] struct {
	key   string
	value V
	hits  int // how often found says it was found (see found)
}

// maxFewKeys is how many keys a keyMemo finds by comparing strings: more than most documents
// use, few enough that looking through them is quicker than hashing a key.
const maxFewKeys = 8

// get returns the value remembered for key, and whether there is one.
func (m *keyMemo[V]) get(key string) (V, bool) {
	if i := keyIndex(m.few, key); i >= 0 {
		return m.few[i].value, true
	}
	v, ok := m.more[key]
	return v, ok
}

// firstKeys returns the first keys put and their values, at most maxFewKeys: a later put only
// adds to them, and found only reorders them, so the slice holds them all while the memo
// grows. They come in the order they were put, except as found reorders them.
func (m *keyMemo[V]) firstKeys() []keyValue[V] { return m.few }

// found counts that the i-th of the first keys was found where it was looked for, and moves it
// one place up when it has been found more often than the key before it: so the keys a caller
// finds most come first, and one that looks for the first keys in order, until it has found
// what it wants, looks for fewer that are not there.
func (m *keyMemo[V]) found(i int) {
	m.few[i].hits++
	if i > 0 && m.few[i].hits > m.few[i-1].hits {
		m.few[i], m.few[i-1] = m.few[i-1], m.few[i]
	}
}

// keyIndex returns the index of key among kvs, or -1.
func keyIndex[V any](kvs []keyValue[V], key string) int {
	for i := range kvs {
		if sameShortString(kvs[i].key, key) {
			return i
		}
	}
	return -1
}

// put remembers v for key, which get does not find yet.
func (m *keyMemo[V]) put(key string, v V) {
	if len(m.few) < maxFewKeys {
		m.few = append(m.few, keyValue[V]{key: key, value: v})
		return
	}
	if m.more == nil {
		m.more = make(map[string]V)
	}
	m.more[key] = v
}

// tagKeys remembers which Text keys golang.org/x/text/language parses as language tags.
type tagKeys struct{ memo keyMemo[bool] }

// isTag reports whether key is a language tag.
func (k *tagKeys) isTag(key string) bool {
	if valid, ok := k.memo.get(key); ok {
		return valid
	}
	valid := knownTag(key).err == nil
	k.memo.put(key, valid)
	return valid
}

// knownTag returns parseTagInfo(key), parsed once per process for the first maxKnownTags
// valid tags met: documents write their texts in a few languages, and a program that decodes
// and checks many documents (the demo, on each keystroke) would otherwise parse the same few
// tags again for each, at a cost near that of the rest of the checks of a short document. A
// tagInfo is never changed once made, so any goroutine may share it. Keys that are not tags
// are parsed each time (decoding fails on them), and the memo keeps its own copy of each key,
// not the document the key is part of.
func knownTag(key string) *tagInfo {
	if info, ok := knownTags.Load(key); ok {
		return info.(*tagInfo)
	}
	info := parseTagInfo(strings.Clone(key))
	if info.err == nil && knownTagCount.Load() < maxKnownTags && knownTagCount.Add(1) <= maxKnownTags {
		knownTags.Store(info.key, info)
	}
	return info
}

// The memo of knownTag: key → *tagInfo, and the number of keys stored in it, at most
// maxKnownTags, so that a process fed documents with ever new tags keeps a bounded memo.
var (
	knownTags     sync.Map
	knownTagCount atomic.Int32
)

const maxKnownTags = 1024

// sameShortString reports whether a == b, comparing byte by byte: for the few bytes of a
// language tag, quicker than the general comparison, which calls out to compare memory.
func sameShortString(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
