package jscd

import "slices"

// sortedOrder returns the indices 0, 1, …, n-1 in the order of the elements they stand for:
// compare(i, j) compares the elements at i and j. Equal elements keep their order, as in a
// stable sort.
//
// The package sorts anything other than a []int or a []string through it: every other
// element type, and a stable sort beside an unstable one, would compile its own copy of
// package slices' sort (≈15 KB of WebAssembly each).
func sortedOrder(n int, compare func(i, j int) int) []int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int {
		if c := compare(i, j); c != 0 {
			return c
		}
		return i - j
	})
	return order
}
