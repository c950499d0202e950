// Package e2e holds the browser tests of the jscd demo. They build the site with package
// site, serve it on 127.0.0.1, and drive Chromium headless through the DevTools protocol
// (chromedp). They live in a module of their own so that users of jscd never download a
// browser driver.
//
// Chromium is looked for at $CHROMIUM, then /usr/bin/chromium, then on PATH. Without it the
// tests skip, except when CI=true, where they fail. UPDATE_SCREENSHOTS=1 rewrites
// docs/screenshot-en.png and docs/screenshot-ar.png; JSCD_PERF=1 enforces the performance
// targets of docs/performance.md (otherwise the figures are only logged).
package e2e
