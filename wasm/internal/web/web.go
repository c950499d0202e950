// Package web holds the demo's static page: index.html, style.css, the small renderer
// render.js, the icon and world.svg, the country outlines the map panel draws on (Natural
// Earth's 1:110m countries, public domain, about 105 KB, 38 KB gzipped; written once from the
// npm package world-atlas 2 by worldgen, whose doc says how). Package site copies them into
// a built site.
package web

import "embed"

// Files are the page's static files, at the root of the file system.
//
//go:embed index.html style.css render.js favicon.svg world.svg
var Files embed.FS
