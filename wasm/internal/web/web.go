// Package web holds the demo's static page: index.html, style.css, the small renderer
// render.js and the icon. Package site copies them into a built site.
package web

import "embed"

// Files are the page's static files, at the root of the file system.
//
//go:embed index.html style.css render.js favicon.svg
var Files embed.FS
