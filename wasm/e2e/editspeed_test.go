package e2e

import (
	"context"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	jsonv2 "github.com/chromedp/cdproto/cdp/jsonv2"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// editWindow is one edit as timedEdits timed it, with the performance measures (render.js's
// and the Go side's steps) that started between it and the next edit.
type editWindow struct {
	timedEdit
	Entries [][3]any // name, start from the edit, duration
}

// TestMeasureEditSpeed logs each of 60 edits of the bundled JSON with its index, its time on
// screen and until every region is drawn, the Go steps, the DOM patches and the garbage
// collections that fell inside it, so that the slow edits can be told apart. It measures; it
// does not judge (TestMeasurePerformance holds the targets). JSCD_EDITSPEED_RUNS repeats it in
// new browsers, JSCD_EDITSPEED_DETAIL=1 logs every edit (not only those over 40 ms),
// JSCD_EDITSPEED_TRACE=file writes a Chromium trace of the first run, and JSCD_JSFLAGS passes
// flags to V8:
//
//	cd wasm/e2e && CI=true go test -count=1 -v -run TestMeasureEditSpeed -measure .
func TestMeasureEditSpeed(t *testing.T) {
	measuring(t)
	runs, _ := strconv.Atoi(os.Getenv("JSCD_EDITSPEED_RUNS"))
	for run := range max(runs, 1) {
		t.Run("run", func(t *testing.T) { editSpeedRun(t, run) })
	}
}

// editBrowser opens the page in a new headless Chromium as newBrowser does, with the V8 flags
// of $JSCD_JSFLAGS (such as --no-liftoff, to tell V8's tiering from the rest).
func editBrowser(t *testing.T) context.Context {
	t.Helper()
	var extra []chromedp.ExecAllocatorOption
	if f := os.Getenv("JSCD_JSFLAGS"); f != "" {
		extra = append(extra, chromedp.Flag("js-flags", f))
	}
	ctx := newBrowser(t, extra...)
	if err := chromedp.Do(ctx, chromedp.Navigate(siteURL(t)), waitReady()); err != nil {
		t.Fatal(err)
	}
	return ctx
}

func editSpeedRun(t *testing.T, run int) {
	n := 60
	ctx := editBrowser(t)
	if path := os.Getenv("JSCD_EDITSPEED_TRACE"); path != "" && run == 0 {
		defer traceTo(t, ctx, path)()
	}
	edits := timedEdits(t, ctx, n)
	measures := eval[[][3]any](t, ctx, `performance.getEntriesByType('measure').map((m) => [m.name, m.startTime, m.duration])`)
	windows := make([]editWindow, len(edits))
	for i, e := range edits {
		hi := math.Inf(1)
		if i+1 < len(edits) {
			hi = edits[i+1].Start
		}
		windows[i].timedEdit = e
		for _, m := range measures {
			if at, _ := m[1].(float64); at >= e.Start && at < hi {
				windows[i].Entries = append(windows[i].Entries, [3]any{m[0], at - e.Start, m[2]})
			}
		}
	}
	var visible, all []float64
	for i, w := range windows {
		visible, all = append(visible, w.Visible), append(all, w.All)
		if os.Getenv("JSCD_EDITSPEED_DETAIL") == "1" || w.All > 40 {
			t.Logf("edit %2d: visible %6.1f ms, all %6.1f ms; %s", i, w.Visible, w.All, summarize(w.Entries))
		}
	}
	var list strings.Builder
	for _, x := range all {
		fmt.Fprintf(&list, " %.0f", x)
	}
	t.Logf("all, edit by edit:%s", list.String())
	t.Logf("run %d, flags %q: visible: median %.1f, p95 %.1f, worst %.1f ms; all: median %.1f, p95 %.1f, worst %.1f ms",
		run, os.Getenv("JSCD_JSFLAGS"), percentile(visible, 0.5), percentile(visible, 0.95), slices.Max(visible),
		percentile(all, 0.5), percentile(all, 0.95), slices.Max(all))
}

// traceTo starts a Chromium trace (V8's compilation and garbage collection, the page's
// tasks, its user timing) and returns the function that ends it and writes it to path, in
// the JSON format chrome://tracing and Perfetto read.
func traceTo(t *testing.T, ctx context.Context, path string) func() {
	t.Helper()
	var mu sync.Mutex
	var events []jsonv2.Value
	collected := chromedp.Events(ctx, tracing.DataCollected)
	complete := chromedp.Events(ctx, tracing.TracingComplete)
	go func() {
		for ev, err := range collected {
			if err != nil {
				return
			}
			mu.Lock()
			events = append(events, ev.Value...)
			mu.Unlock()
		}
	}()
	categories := []string{"devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.wasm",
		"disabled-by-default-v8.gc", "disabled-by-default-v8.compile", "v8.execute", "blink.user_timing",
		"toplevel", "blink", "disabled-by-default-v8.wasm.detailed", "disabled-by-default-v8.wasm.turbofan"}
	if _, err := chromedp.Call(ctx, tracing.Start, tracing.StartParams{
		TransferMode: tracing.StartTransferModeReportEvents,
		TraceConfig:  &tracing.TraceConfig{IncludedCategories: categories},
	}); err != nil {
		t.Fatalf("starting the trace: %v", err)
	}
	return func() {
		if _, err := chromedp.Call(ctx, tracing.End, cdp.Empty{}); err != nil {
			t.Fatalf("ending the trace: %v", err)
		}
		for _, err := range complete {
			if err != nil {
				t.Fatal(err)
			}
			break
		}
		time.Sleep(500 * time.Millisecond)
		mu.Lock()
		defer mu.Unlock()
		var b []byte
		b = append(b, '[')
		for i, e := range events {
			if i > 0 {
				b = append(b, ',', '\n')
			}
			b = append(b, e...)
		}
		b = append(b, ']')
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d trace events to %s", len(events), path)
	}
}

// summarize lists an edit's measures in the order they started: the dispatches with their
// Go steps' totals, the DOM patches, the layouts, and any step that records a collection.
func summarize(entries [][3]any) string {
	var b strings.Builder
	for _, e := range entries {
		name, _ := e[0].(string)
		start, _ := e[1].(float64)
		dur, _ := e[2].(float64)
		switch {
		case strings.HasPrefix(name, "gc "):
			if !strings.Contains(name, "cycles=0.0") {
				fmt.Fprintf(&b, "[%s @%.0f] ", name, start)
			}
		case strings.HasPrefix(name, "dispatch "), strings.HasPrefix(name, "layout"),
			strings.HasPrefix(name, "dom "), strings.HasPrefix(name, "jscd."),
			strings.HasPrefix(name, "region "), strings.HasPrefix(name, "Apply "),
			strings.HasPrefix(name, "runtime."):
			if dur >= 0.5 {
				fmt.Fprintf(&b, "%s %.1f@%.0f; ", name, dur, start)
			}
		}
	}
	return b.String()
}
