package main

import (
	"bytes"
	"fmt"
	"sort"
)

// unifiedDiff returns the unified diff (as diff -u writes it, with three lines of context)
// that turns old into new, or nil when they are equal.
func unifiedDiff(oldName, newName string, old, new []byte) []byte {
	if bytes.Equal(old, new) {
		return nil
	}
	a, b := splitLines(old), splitLines(new)
	ops := editScript(a, b)
	var out bytes.Buffer
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", oldName, newName)
	const context = 3
	for i := 0; i < len(ops); {
		// Find the next change, and the run of changes no more than 2*context equal lines
		// apart that make one hunk with it.
		for i < len(ops) && ops[i].kind == ' ' {
			i++
		}
		if i == len(ops) {
			break
		}
		start := max(i-context, 0)
		for start > 0 && ops[start-1].kind != ' ' {
			start--
		}
		end := i
		for end < len(ops) {
			if ops[end].kind != ' ' {
				end++
				continue
			}
			run := end
			for run < len(ops) && ops[run].kind == ' ' {
				run++
			}
			if run == len(ops) || run-end > 2*context {
				end = min(end+context, run)
				break
			}
			end = run
		}
		writeHunk(&out, ops[start:end], a, b)
		i = end
	}
	return out.Bytes()
}

// op is one line of an edit script: ' ' a line of both, '-' a line of old only, '+' a line of
// new only; x and y are the line's index in old and in new (for '+', x is the index in old
// before which the line goes, and for '-', y likewise).
type op struct {
	kind byte
	x, y int
}

func writeHunk(out *bytes.Buffer, ops []op, a, b []string) {
	var oldCount, newCount int
	for _, o := range ops {
		if o.kind != '+' {
			oldCount++
		}
		if o.kind != '-' {
			newCount++
		}
	}
	fmt.Fprintf(out, "@@ -%s +%s @@\n", hunkRange(ops[0].x, oldCount), hunkRange(ops[0].y, newCount))
	for _, o := range ops {
		line := ""
		switch o.kind {
		case '-':
			line = a[o.x]
		default:
			line = b[o.y]
		}
		out.WriteByte(o.kind)
		out.WriteString(line)
		if len(line) == 0 || line[len(line)-1] != '\n' {
			out.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

// hunkRange writes the range of a hunk's lines from index start: "start,count" from 1, just
// "start" for one line, and the line before for none, as diff -u does.
func hunkRange(start, count int) string {
	switch count {
	case 0:
		return fmt.Sprintf("%d,0", start)
	case 1:
		return fmt.Sprintf("%d", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, count)
}

// splitLines splits text into lines, each with its "\n" (the last may lack one).
func splitLines(text []byte) []string {
	var lines []string
	for len(text) > 0 {
		i := bytes.IndexByte(text, '\n')
		if i < 0 {
			lines = append(lines, string(text))
			break
		}
		lines = append(lines, string(text[:i+1]))
		text = text[i+1:]
	}
	return lines
}

// editScript returns the lines of a and b as a sequence of kept, removed and added lines.
func editScript(a, b []string) []op {
	var ops []op
	x, y := 0, 0
	for _, m := range matches(a, b) {
		for ; x < m.x; x++ {
			ops = append(ops, op{'-', x, y})
		}
		for ; y < m.y; y++ {
			ops = append(ops, op{'+', x, y})
		}
		ops = append(ops, op{' ', x, y})
		x, y = x+1, y+1
	}
	for ; x < len(a); x++ {
		ops = append(ops, op{'-', x, y})
	}
	for ; y < len(b); y++ {
		ops = append(ops, op{'+', x, y})
	}
	return ops
}

type match struct{ x, y int }

// dpLimit is the largest region (lines of old times lines of new) matched by a longest common
// subsequence table; larger ones are cut at lines that occur once on each side.
const dpLimit = 1 << 20

// matches returns pairs of equal lines of a and b, increasing on both sides: the common prefix
// and suffix, a longest common subsequence of what lies between when that is small, and
// otherwise the longest increasing run of lines that occur exactly once in each (patience
// anchors), with the regions between them matched the same way. It takes time about
// proportional to the input, whatever the difference, where a plain longest common
// subsequence would take the product of the sizes (a minified document against its indented
// form).
func matches(a, b []string) []match {
	var out []match
	var rec func(x0, x1, y0, y1 int)
	rec = func(x0, x1, y0, y1 int) {
		for x0 < x1 && y0 < y1 && a[x0] == b[y0] {
			out = append(out, match{x0, y0})
			x0, y0 = x0+1, y0+1
		}
		var tail []match
		for x0 < x1 && y0 < y1 && a[x1-1] == b[y1-1] {
			x1, y1 = x1-1, y1-1
			tail = append(tail, match{x1, y1})
		}
		switch {
		case x0 == x1 || y0 == y1:
		case (x1-x0)*(y1-y0) <= dpLimit:
			out = append(out, lcs(a[x0:x1], b[y0:y1], x0, y0)...)
		default:
			anchors := uniqueAnchors(a[x0:x1], b[y0:y1])
			px, py := x0, y0
			for _, m := range anchors {
				rec(px, x0+m.x, py, y0+m.y)
				out = append(out, match{x0 + m.x, y0 + m.y})
				px, py = x0+m.x+1, y0+m.y+1
			}
			if len(anchors) > 0 {
				rec(px, x1, py, y1)
			}
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	rec(0, len(a), 0, len(b))
	return out
}

// lcs returns a longest common subsequence of a and b, as matches offset by x0 and y0.
func lcs(a, b []string, x0, y0 int) []match {
	n, m := len(a), len(b)
	// t[i*(m+1)+j] is the length of an LCS of a[i:] and b[j:].
	t := make([]int32, (n+1)*(m+1))
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i*(m+1)+j] = t[(i+1)*(m+1)+j+1] + 1
			} else {
				t[i*(m+1)+j] = max(t[(i+1)*(m+1)+j], t[i*(m+1)+j+1])
			}
		}
	}
	var out []match
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i] == b[j]:
			out = append(out, match{x0 + i, y0 + j})
			i, j = i+1, j+1
		case t[(i+1)*(m+1)+j] >= t[i*(m+1)+j+1]:
			i++
		default:
			j++
		}
	}
	return out
}

// uniqueAnchors returns the longest run, increasing on both sides, of lines that occur exactly
// once in a and once in b (the anchors of a patience diff).
func uniqueAnchors(a, b []string) []match {
	count := map[string][2]int{}
	at := map[string]match{}
	for i, l := range a {
		c := count[l]
		c[0]++
		count[l] = c
		m := at[l]
		m.x = i
		at[l] = m
	}
	for j, l := range b {
		c := count[l]
		c[1]++
		count[l] = c
		m := at[l]
		m.y = j
		at[l] = m
	}
	var pairs []match
	for i, l := range a {
		if c := count[l]; c[0] == 1 && c[1] == 1 {
			pairs = append(pairs, match{i, at[l].y})
		}
	}
	// Longest increasing subsequence of y, by patience sorting.
	var piles []int // index in pairs of the top of each pile
	prev := make([]int, len(pairs))
	for k, p := range pairs {
		i := sort.Search(len(piles), func(i int) bool { return pairs[piles[i]].y >= p.y })
		prev[k] = -1
		if i > 0 {
			prev[k] = piles[i-1]
		}
		if i == len(piles) {
			piles = append(piles, k)
		} else {
			piles[i] = k
		}
	}
	if len(piles) == 0 {
		return nil
	}
	out := make([]match, len(piles))
	for k, i := piles[len(piles)-1], len(piles)-1; k >= 0; k, i = prev[k], i-1 {
		out[i] = pairs[k]
	}
	return out
}
