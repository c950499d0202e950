// Package e2e holds the browser tests of the jscd demo. They build the site with package
// site, serve it on 127.0.0.1, and drive Chromium headless through the DevTools protocol
// (chromedp). They live in a module of their own so that users of jscd never download a
// browser driver.
//
// Chromium is looked for at $CHROMIUM, then /usr/bin/chromium, then on PATH. Without it the
// tests skip, except when CI=true, where they fail. The tests share one browser, each in a
// tab with a browser context of its own.
//
// The measurements, the tests named TestMeasure…, only time the page and log the figures of
// docs/performance.md and docs/demo.md; they skip unless -measure is given, and start a new
// browser for every page load (a visitor's cold cache):
//
//	CI=true go test -count=1 -v -run Measure -measure .
//
// UPDATE_SCREENSHOTS=1 rewrites docs/screenshot-en.png and docs/screenshot-ar.png.
package e2e
