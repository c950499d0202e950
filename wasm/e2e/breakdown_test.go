package e2e

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
)

// pageEntries is what a loaded page's performance timeline says about its start-up: the
// navigation, the resources, and the marks and measures of render.js and of the Go side
// (whose steps render.js turns into measures).
type pageEntries struct {
	Nav       map[string]float64 `json:"nav"`
	Resources [][3]any           `json:"res"` // name, fetch start, response end
	Entries   [][4]any           `json:"ent"` // type, name, start, duration
}

const readEntries = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    nav: {responseEnd: nav.responseEnd, domInteractive: nav.domInteractive, domContentLoaded: nav.domContentLoadedEventEnd},
    res: performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop(), r.fetchStart, r.responseEnd]),
    ent: performance.getEntries().filter((e) => e.entryType === 'mark' || e.entryType === 'measure')
      .map((e) => [e.entryType, e.name, e.startTime, e.duration]),
  };
})()`

// startup is the start-up of one page load in named phases, in milliseconds.
type startup struct {
	at    map[string]float64 // moments from navigation start
	spent map[string]float64 // total time of each kind of work
}

func readStartup(t *testing.T, ctx context.Context) startup {
	t.Helper()
	pe := eval[pageEntries](t, ctx, readEntries)
	s := startup{at: map[string]float64{}, spent: map[string]float64{}}
	s.at["html received"] = pe.Nav["responseEnd"]
	s.at["DOMContentLoaded"] = pe.Nav["domContentLoaded"]
	for _, r := range pe.Resources {
		name, _ := r[0].(string)
		if name == "jscd.wasm" {
			s.at["wasm fetch start"], _ = r[1].(float64)
			s.at["wasm received"], _ = r[2].(float64)
		}
	}
	ready := 0.0
	for _, e := range pe.Entries {
		typ, _ := e[0].(string)
		name, _ := e[1].(string)
		start, _ := e[2].(float64)
		dur, _ := e[3].(float64)
		if typ == "mark" {
			s.at[name] = start
			if name == "jscd-ready" {
				ready = start
			}
			continue
		}
		if ready > 0 && start >= ready {
			continue // after the first render
		}
		s.spent[kind(name)] += dur
		if k := kind(name); k != name && k != "dispatch" && k != "Apply" {
			s.spent["  "+name] += dur // per region, listed under the totals
		}
	}
	// Building the view-model is the region steps less the library calls made inside them,
	// and the handoff is the dispatch less the Go work.
	lib := s.spent["jscd.Lineage+Layout"] + s.spent["jscd.StatusAsOf"] + s.spent["jscd.Search"] + s.spent["jscd.Diff"]
	s.spent["view-model (region building)"] = s.spent["region"] - lib
	delete(s.spent, "region")
	// view.NewState runs outside Apply when Go decodes the bundled data on the first action.
	s.spent["handoff to JS (dispatch − Apply)"] = s.spent["dispatch"] - s.spent["Apply"] - s.spent["view.NewState"]
	delete(s.spent, "dispatch")
	return s
}

// kind names the work a measure stands for: "region lineage" and "region diff" are both
// "region", "dom …" and "layout …" likewise.
func kind(name string) string {
	for _, p := range []string{"region ", "dom ", "layout ", "dispatch ", "Apply "} {
		if strings.HasPrefix(name, p) {
			return strings.TrimSpace(p)
		}
	}
	return name
}

// logStartups logs the median of each moment and each kind of work over several loads.
func logStartups(t *testing.T, loads []startup) {
	t.Helper()
	median := func(get func(startup) (float64, bool)) float64 {
		var xs []float64
		for _, l := range loads {
			if v, ok := get(l); ok {
				xs = append(xs, v)
			}
		}
		if len(xs) == 0 {
			return 0
		}
		return percentile(xs, 0.5)
	}
	moments, works := map[string]bool{}, map[string]bool{}
	for _, l := range loads {
		for k := range l.at {
			moments[k] = true
		}
		for k := range l.spent {
			works[k] = true
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "start-up, median of %d loads (ms from navigation start):\n", len(loads))
	type row struct {
		name string
		v    float64
	}
	var rows []row
	for k := range moments {
		rows = append(rows, row{k, median(func(l startup) (float64, bool) { v, ok := l.at[k]; return v, ok })})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].v < rows[j].v })
	for _, r := range rows {
		fmt.Fprintf(&b, "  %8.1f  %s\n", r.v, r.name)
	}
	fmt.Fprintf(&b, "work until the first complete render, median of %d loads (ms):\n", len(loads))
	rows = rows[:0]
	for k := range works {
		rows = append(rows, row{k, median(func(l startup) (float64, bool) { v, ok := l.spent[k]; return v, ok })})
	}
	slices.SortFunc(rows, func(a, b row) int { return strings.Compare(a.name, b.name) })
	for _, r := range rows {
		fmt.Fprintf(&b, "  %8.1f  %s\n", r.v, r.name)
	}
	t.Log(b.String())
}

// TestMeasureStartupTimeline logs every mark and measure of one cold load in time order: the
// detailed start-up timeline of docs/performance.md.
func TestMeasureStartupTimeline(t *testing.T) {
	measuring(t)
	ctx, _ := coldLoad(t, siteURL(t), "")
	pe := eval[pageEntries](t, ctx, readEntries)
	var b strings.Builder
	fmt.Fprintf(&b, "html received %.1f, DOMContentLoaded %.1f\n", pe.Nav["responseEnd"], pe.Nav["domContentLoaded"])
	for _, r := range pe.Resources {
		fmt.Fprintf(&b, "resource %-14v fetch %7.1f  received %7.1f\n", r[0], r[1], r[2])
	}
	slices.SortStableFunc(pe.Entries, func(a, b [4]any) int {
		x, _ := a[2].(float64)
		y, _ := b[2].(float64)
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	})
	for _, e := range pe.Entries {
		fmt.Fprintf(&b, "%7.1f %6.1f  %-7v %v\n", e[2], e[3], e[0], e[1])
	}
	fmt.Fprintf(&b, "long tasks: %s\n", longTaskList(readLongTasks(t, ctx)))
	t.Log(b.String())
}
