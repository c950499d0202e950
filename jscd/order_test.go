package jscd

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSortedOrder checks sortedOrder against a stable sort of the elements themselves, on
// lists with many equal keys, so that the order of equals shows.
func TestSortedOrder(t *testing.T) {
	type elem struct{ key, index int }
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 3, 12, 13, 50, 1000} {
		elems := make([]elem, n)
		for i := range elems {
			elems[i] = elem{r.IntN(5), i}
		}
		byKey := func(a, b elem) int { return a.key - b.key }
		want := slices.Clone(elems)
		slices.SortStableFunc(want, byKey)
		got := make([]elem, 0, n)
		for _, i := range sortedOrder(n, func(i, j int) int { return byKey(elems[i], elems[j]) }) {
			got = append(got, elems[i])
		}
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(elem{})); diff != "" {
			t.Errorf("n=%d (-want +got):\n%s", n, diff)
		}
	}
}

// TestSortLanguageKeys checks sortLanguageKeys against a sort by compareLanguageKeys, with
// keys around "en" in byte order, in every order of a few of them.
func TestSortLanguageKeys(t *testing.T) {
	keys := []string{"ar", "ckb", "e", "en", "en-GB", "EN", "eo", "fa", "zh-Hant"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		n := 1 + r.IntN(len(keys))
		got := slices.Clone(keys[:n])
		r.Shuffle(n, func(i, j int) { got[i], got[j] = got[j], got[i] })
		want := slices.Clone(got)
		slices.SortFunc(want, compareLanguageKeys)
		sortLanguageKeys(got)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("sortLanguageKeys (-want +got):\n%s", diff)
		}
	}
}
