package jscd

import "golang.org/x/text/language"

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
}

// maxFewKeys is how many keys a keyMemo finds by comparing strings: more than most documents
// use, few enough that looking through them is quicker than hashing a key.
const maxFewKeys = 8

// get returns the value remembered for key, and whether there is one.
func (m *keyMemo[V]) get(key string) (V, bool) {
	for i := range m.few {
		if sameShortString(m.few[i].key, key) {
			return m.few[i].value, true
		}
	}
	v, ok := m.more[key]
	return v, ok
}

// put remembers v for key, which get does not find yet.
func (m *keyMemo[V]) put(key string, v V) {
	if len(m.few) < maxFewKeys {
		m.few = append(m.few, keyValue[V]{key, v})
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
	_, err := language.Parse(key)
	k.memo.put(key, err == nil)
	return err == nil
}

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
