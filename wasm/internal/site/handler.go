package site

import (
	"html"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/jscd-go/jscd/wasm/internal/view"
)

// securityHeaders are sent with every response, and written to the _headers file of a build.
var securityHeaders = [...][2]string{
	{"Content-Security-Policy", CSP},
	{"X-Content-Type-Options", "nosniff"},
	{"Referrer-Policy", "no-referrer"},
	{"Cross-Origin-Opener-Policy", "same-origin"},
	{"Cross-Origin-Resource-Policy", "same-origin"},
}

// contentTypes maps the extensions of the site's files to their media types; other files are
// not served.
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".wasm": "application/wasm",
	".svg":  "image/svg+xml",
	".png":  "image/png",
	".json": "application/json",
}

// encodings are the precompressed forms the handler can send, best first, with the suffix of
// their files.
var encodings = [...][2]string{{"br", ".br"}, {"gzip", ".gz"}}

// Handler serves a site built by Build from dir. It sends a precompressed copy when the
// browser accepts its encoding (brotli before gzip), answers only GET and HEAD, and adds the
// security headers, Content-Security-Policy first, to every response, errors included.
func Handler(dir string) http.Handler {
	names := offeredNames(dir)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for _, h := range securityHeaders {
			w.Header().Set(h[0], h[1])
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := path.Clean("/" + r.URL.Path)
		if name == "/" {
			name = "/" + firstViewPageFor(r.URL.RawQuery, names)
		}
		ctype, ok := contentTypes[path.Ext(name)]
		if !ok {
			http.NotFound(w, r)
			return
		}
		serveFile(w, r, filepath.Join(dir, filepath.FromSlash(name)), ctype)
	})
}

// firstViewPageFor names the page of the first view an address's query asks for, of the
// datasets the site offers (the bundled ones when names is empty), chosen as the module
// chooses (view.AddressView). A static host serves index.html whatever the query; render.js
// then draws the view asked for from its JSON file.
func firstViewPageFor(query string, names []string) string {
	return FirstViewPage(view.AddressView(query, names...))
}

// offeredNames returns the datasets a built site offers, as its index.html names them for
// render.js (firstViewsMeta); nil when it names none.
func offeredNames(dir string) []string {
	b, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		return nil
	}
	_, rest, ok := strings.Cut(string(b), strings.TrimSuffix(firstViewsMeta, `">`))
	if !ok {
		return nil
	}
	content, _, _ := strings.Cut(rest, `"`)
	datasets, _, _ := strings.Cut(html.UnescapeString(content), ";")
	return strings.Fields(datasets)
}

func serveFile(w http.ResponseWriter, r *http.Request, name, ctype string) {
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Cache-Control", "no-cache")
	h.Add("Vary", "Accept-Encoding")
	for _, enc := range preferredEncodings(r.Header.Get("Accept-Encoding")) {
		f, err := os.Open(name + enc[1])
		if err != nil {
			continue
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil || st.IsDir() {
			continue
		}
		h.Set("Content-Encoding", enc[0])
		// http.ServeContent leaves out Content-Length when Content-Encoding is set, since it
		// cannot tell whether a handler compresses on the fly; these bytes are the file's, so
		// their length is known. A range of the compressed bytes is no use to a browser and
		// would make that length wrong, so a precompressed copy is always sent whole.
		r.Header.Del("Range")
		h.Set("Content-Length", strconv.FormatInt(st.Size(), 10))
		http.ServeContent(w, r, "", st.ModTime(), f)
		return
	}
	f, err := os.Open(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || st.IsDir() {
		http.NotFound(w, r)
		return
	}
	http.ServeContent(w, r, "", st.ModTime(), f)
}

// preferredEncodings returns the precompressed encodings an Accept-Encoding header value
// accepts, the one it prefers first: by q-value, then brotli before gzip. An encoding is
// accepted when it is listed by name, or not listed and covered by "*", with a q-value
// above zero; "br;q=0" refuses brotli even beside "*" (RFC 9110, section 12.5.3).
func preferredEncodings(header string) [][2]string {
	var out [][2]string
	var qs []float64
	for _, enc := range encodings {
		q := acceptQ(header, enc[0])
		if q <= 0 {
			continue
		}
		i := len(out)
		for i > 0 && qs[i-1] < q {
			i--
		}
		out = slices.Insert(out, i, enc)
		qs = slices.Insert(qs, i, q)
	}
	return out
}

// accepts reports whether an Accept-Encoding header value accepts the encoding enc.
func accepts(header, enc string) bool { return acceptQ(header, enc) > 0 }

// acceptQ returns the q-value an Accept-Encoding header value gives the encoding enc: that of
// its own entry, else that of "*", else 0. An entry whose q-value is not a number from 0 to 1
// is ignored.
func acceptQ(header, enc string) float64 {
	named, star := -1.0, -1.0
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.TrimSpace(name)
		if !strings.EqualFold(name, enc) && name != "*" {
			continue
		}
		q, ok := qValue(params)
		if !ok {
			continue
		}
		if name == "*" {
			star = max(star, q)
		} else {
			named = max(named, q)
		}
	}
	switch {
	case named >= 0:
		return named
	case star >= 0:
		return star
	}
	return 0
}

// qValue reads the weight of an Accept-Encoding entry from its parameters ("q=0.5"): 1
// without one; false when it is not a number from 0 to 1.
func qValue(params string) (float64, bool) {
	q := 1.0
	for _, p := range strings.Split(params, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if !ok || !strings.EqualFold(strings.TrimSpace(k), "q") {
			continue
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || !(f >= 0 && f <= 1) {
			return 0, false
		}
		q = f
	}
	return q, true
}
