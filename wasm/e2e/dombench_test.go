package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestMeasureDOMWriteCost measures what docs/demo.md reports: creating the same elements from
// Go with one syscall/js call per DOM operation, and with one call that hands a view-model to
// a JavaScript renderer. It builds wasm/dombench next to the demo site.
func TestMeasureDOMWriteCost(t *testing.T) {
	measuring(t)
	url := siteURL(t)
	out, err := filepath.Abs(filepath.Join(server.dir, "dombench.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	build := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, "github.com/jscd-go/jscd/wasm/dombench")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building wasm/dombench: %v\n%s", err, b)
	}
	for _, name := range []string{"dombench.html", "dombench.js"} {
		b, err := os.ReadFile(filepath.Join("..", "dombench", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(server.dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx := newBrowser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"dombench.html"), waitReady()); err != nil {
		t.Fatal(err)
	}
	type result struct {
		PerNode float64 `json:"perNode"`
		Batched float64 `json:"batched"`
		N       int     `json:"n"`
	}
	for _, n := range []int{200, 2000} {
		var perNode, batched []float64
		for range 7 {
			r := eval[result](t, ctx, `(() => { const r = domBench(`+strconv.Itoa(n)+`); document.body.replaceChildren(); return r; })()`)
			perNode, batched = append(perNode, r.PerNode), append(batched, r.Batched)
		}
		t.Logf("%d elements: one syscall/js call per operation %.1f ms, one view-model call %.1f ms (medians of 7)",
			n, median(perNode), median(batched))
		if n == 2000 && median(batched) >= median(perNode) {
			t.Errorf("the view-model was not faster (%.1f ms against %.1f ms): revisit the choice in docs/demo.md",
				median(batched), median(perNode))
		}
	}
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}
