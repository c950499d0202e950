package e2e

import (
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/jscd-go/jscd/wasm/internal/site"
)

// server is the site under test, built once for all tests.
var server struct {
	once sync.Once
	dir  string
	url  string
	err  error
}

// measure runs the measurements (the tests named TestMeasure…), which only time the page and
// log figures for docs/performance.md and docs/demo.md; without it they skip:
//
//	cd wasm/e2e && CI=true go test -count=1 -v -run Measure -measure .
var measure = flag.Bool("measure", false, "run the measurements (TestMeasure…) instead of skipping them")

// measuring skips a measurement unless -measure is given.
func measuring(t *testing.T) {
	t.Helper()
	if !*measure {
		t.Skip("a measurement: run it with -measure (see docs/performance.md)")
	}
}

// TestMain closes the shared browser and removes the site the tests built (about 10 MB with
// its compressed copies), which would otherwise stay in the temporary directory after every
// run.
func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if shared.cancel != nil {
		shared.cancel()
	}
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
	if server.dir != "" {
		os.RemoveAll(server.dir)
	}
	os.Exit(code)
}

// siteURL builds the site into a temporary directory and serves it on 127.0.0.1:0, once.
func siteURL(t *testing.T) string {
	t.Helper()
	siteDir(t)
	return server.url
}

// siteDir is the directory of the site siteURL serves.
func siteDir(t *testing.T) string {
	t.Helper()
	server.once.Do(func() {
		dir, err := os.MkdirTemp("", "jscd-e2e-site-")
		if err != nil {
			server.err = err
			return
		}
		server.dir = dir
		if err := site.Build(dir); err != nil {
			server.err = err
			return
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			server.err = err
			return
		}
		go http.Serve(ln, site.Handler(dir))
		server.url = "http://" + ln.Addr().String() + "/"
	})
	if server.err != nil {
		t.Fatalf("building and serving the site: %v", server.err)
	}
	return server.dir
}

// chromiumPath finds the browser, or skips the test (fails it under CI=true).
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("CHROMIUM"), "/usr/bin/chromium"} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no Chromium found ($CHROMIUM, /usr/bin/chromium, PATH); CI=true requires the browser tests")
	}
	t.Skip("no Chromium found ($CHROMIUM, /usr/bin/chromium, PATH): skipping the browser tests")
	return ""
}

// browserOptions are the options of every headless Chromium the tests start, with extra added.
func browserOptions(t *testing.T, extra ...chromedp.ExecAllocatorOption) []chromedp.ExecAllocatorOption {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1400, 1000),
	}
	return append(opts, extra...)
}

// shared is the Chromium that the behavioural tests share, started by the first of them and
// closed by TestMain: starting a browser keeps both cores of a small machine busy for about
// a second, which every test would otherwise pay.
var shared struct {
	once   sync.Once
	ctx    context.Context
	cancel func()
	dir    string // its profile
	err    error
}

// newTab opens a tab of the shared browser in a browser context of its own (its own cache,
// cookies and local storage, as a fresh profile has) and returns a context for it. The tab and
// its browser context are closed when the test ends.
func newTab(t *testing.T) context.Context {
	t.Helper()
	opts := browserOptions(t)
	shared.once.Do(func() {
		shared.dir, shared.err = os.MkdirTemp("", "jscd-e2e-profile-")
		if shared.err != nil {
			return
		}
		alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), append(opts, chromedp.UserDataDir(shared.dir))...)
		ctx, cancelCtx := chromedp.NewContext(alloc)
		shared.ctx = ctx
		shared.cancel = func() {
			cancelCtx()
			cancelAlloc()
		}
		// The first run starts the browser, which lives as long as the context of that run.
		shared.err = chromedp.Do(ctx)
	})
	if shared.err != nil {
		t.Fatalf("starting Chromium: %v", shared.err)
	}
	tab, cancelTab := chromedp.NewContext(shared.ctx, chromedp.WithNewBrowserContext())
	t.Cleanup(cancelTab)
	if err := chromedp.Do(tab); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	// Of the browser's windows only one has the keyboard focus, and a busy browser may give it
	// to a new window late: every tab behaves as the focused one, as a visitor's page does.
	if _, err := chromedp.Call(tab, emulation.SetFocusEmulationEnabled,
		emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		t.Fatalf("emulating the focus: %v", err)
	}
	ctx, cancelTimeout := context.WithTimeout(tab, 2*time.Minute)
	t.Cleanup(cancelTimeout)
	return ctx
}

// newBrowser starts a headless Chromium of its own with a fresh profile (so a cold cache) and
// returns a context for one tab, with the options extra added to the usual ones, once the
// browser has finished starting (settle). The browser is closed when the test ends. The
// measurements use it, so that each load is a visitor's first.
func newBrowser(t *testing.T, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	opts := append(browserOptions(t, extra...), chromedp.UserDataDir(t.TempDir()))
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	t.Cleanup(func() {
		cancelCtx()
		cancelAlloc()
	})
	// The first run starts the browser, which lives as long as the context of that run: give
	// it the test's whole lifetime, and a timeout only to what follows.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	// A visitor's browser is already running: pages open once its start-up is over.
	settle(t)
	ctx, cancelTimeout := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(cancelTimeout)
	return ctx
}

// problems collects what must never happen on the page: console errors and warnings,
// uncaught exceptions and browser log errors and warnings (CSP reports among them).
type problems struct {
	mu   sync.Mutex
	list []string
}

func (p *problems) add(s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.list = append(p.list, s)
}

func (p *problems) all() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.list...)
}

// listenForCSP runs in every document before its own scripts and records the page's
// securitypolicyviolation events.
const listenForCSP = `window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI);
});`

// openPage opens the demo at query (such as "?lang=ar") in a new tab, waits for its first
// complete render, and checks when the test ends that nothing went wrong on the page: no
// console error or warning, no exception, no browser log error, no CSP violation.
func openPage(t *testing.T, query string) context.Context {
	t.Helper()
	return openPageAt(t, siteURL(t)+query, waitReady())
}

// openPageAt is openPage for any address of the site, waiting for wait instead of the first
// complete render.
func openPageAt(t *testing.T, url string, wait chromedp.Action[chromedp.Void]) context.Context {
	t.Helper()
	ctx := newTab(t)
	p := &problems{}
	// Console reads runtime.consoleAPICalled, runtime.exceptionThrown and log.entryAdded.
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			switch m.Type {
			case chromedp.ConsoleError, chromedp.ConsoleWarning, chromedp.ConsoleException:
				p.add(fmt.Sprintf("%s (%s %s:%d)", m.String(), m.Source, m.URL, m.Line))
			}
		}
	}()
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument,
		page.AddScriptToEvaluateOnNewDocumentParams{Source: listenForCSP}); err != nil {
		t.Fatalf("installing the CSP listener: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url), wait); err != nil {
		t.Fatalf("opening %s: %v", url, err)
	}
	t.Cleanup(func() {
		csp, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`window.__csp`))
		if err != nil {
			t.Errorf("reading CSP violations: %v", err)
		}
		for _, v := range csp {
			t.Errorf("CSP violation: %s", v)
		}
		// Messages arrive on another goroutine; give the last ones a moment.
		time.Sleep(100 * time.Millisecond)
		for _, v := range p.all() {
			t.Errorf("page problem: %s", v)
		}
	})
	return ctx
}

// waitReady waits until the WebAssembly module has taken the page over: every region is its
// own (data-ready).
func waitReady() chromedp.Action[chromedp.Void] { return waitAttr("ready") }

// waitFirstRender waits until the first view prerendered at build time is painted.
func waitFirstRender() chromedp.Action[chromedp.Void] { return waitAttr("firstRender") }

func waitAttr(name string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := chromedp.Poll[bool](`document.documentElement.dataset.`+name+` === 'true'`,
			chromedp.WithPollingTimeout(30*time.Second))(ctx, t)
		return chromedp.Void{}, err
	}
}

// gatedSite serves the built site on another address, holding every request for the
// WebAssembly module until release is called (or the test ends), so a test sees the page
// before the module is ready. release fails the test unless a request for the module came and
// was held (it waits for one up to 10 s): a test whose page asked for the module by another
// path, not held, would race the module instead of seeing the page without it.
func gatedSite(t *testing.T) (url string, release func()) {
	t.Helper()
	dir := siteDir(t)
	gate := make(chan struct{})
	held := make(chan struct{}, 1)
	var once sync.Once
	open := func() { once.Do(func() { close(gate) }) }
	h := site.Handler(dir)
	url = serveHandler(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The path as site.Handler reads it: "//jscd.wasm" is the module too.
		if path.Clean("/"+r.URL.Path) == "/"+site.WasmFile {
			select {
			case held <- struct{}{}:
			default:
			}
			<-gate
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(open) // before the server closes (cleanups run last first)
	release = func() {
		t.Helper()
		select {
		case <-gate:
			return // released before
		default:
		}
		select {
		case <-held:
		case <-time.After(10 * time.Second):
			t.Error("no request for the module was held back within 10 s: the page asked for it by another path, or not at all")
		}
		open()
	}
	return url, release
}

// serveHandler serves h on a new localhost address until the test ends, and returns its URL.
func serveHandler(t *testing.T, h http.Handler) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: h}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String() + "/"
}

// eval evaluates a JavaScript expression, failing the test on error.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// waitFor polls a JavaScript condition until it is true and the page has drawn every region
// the actions so far changed (regions off screen are drawn in later tasks).
func waitFor(t *testing.T, ctx context.Context, cond string) {
	t.Helper()
	cond = "(" + cond + ") && window.jscdDemo.idle()"
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("waiting for %s: %v", cond, err)
	}
}

// click clicks the first element matching a CSS selector.
func click(t *testing.T, ctx context.Context, selector string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(selector))); err != nil {
		t.Fatalf("clicking %s: %v", selector, err)
	}
}
