package site

import (
	"github.com/jscd-go/jscd/wasm/internal/view"

	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAccepts(t *testing.T) {
	tests := []struct {
		header, enc string
		want        bool
	}{
		{"gzip, deflate, br, zstd", "br", true},
		{"gzip, deflate, br, zstd", "gzip", true},
		{"gzip", "br", false},
		{"br;q=0, gzip", "br", false},
		{"br; q=0.5", "br", true},
		{"*", "br", true},
		{"BR", "br", true},
		{"", "gzip", false},
		{"identity", "gzip", false},
	}
	for _, tt := range tests {
		if got := accepts(tt.header, tt.enc); got != tt.want {
			t.Errorf("accepts(%q, %q) = %v, want %v", tt.header, tt.enc, got, tt.want)
		}
	}
}

// fakeSite writes a site with precompressed copies whose contents say which they are.
func fakeSite(t *testing.T) string {
	dir := t.TempDir()
	files := map[string]string{
		"index.html": "plain", "index.html.gz": "gzip", "index.html.br": "brotli",
		FirstViewPage("us-iraq", "en"): "default view", FirstViewPage("us-iraq", "en") + ".br": "default view, brotli",
		FirstViewPage("us-iraq-2021", "ar"): "2021 in Arabic",
		"jscd.wasm":                         "wasm", "jscd.wasm.gz": "wasm-gzip",
		"render.js": "js", "_headers": "headers", "notes.txt": "text",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestHandler(t *testing.T) {
	h := Handler(fakeSite(t))
	tests := []struct {
		method, path, accept  string
		status                int
		body, encoding, ctype string
	}{
		{"GET", "/", "gzip, br", 200, "default view, brotli", "br", "text/html; charset=utf-8"},
		{"GET", "/?lang=ar&dataset=us-iraq-2021", "", 200, "2021 in Arabic", "", "text/html; charset=utf-8"},
		{"GET", "/?dataset=nonesuch&lang=xx", "", 200, "default view", "", "text/html; charset=utf-8"},
		{"GET", "/index.html?lang=ar&dataset=us-iraq-2021", "", 200, "plain", "", "text/html; charset=utf-8"},
		{"GET", "/index.html", "br", 200, "brotli", "br", "text/html; charset=utf-8"},
		{"GET", "/index.html", "gzip", 200, "gzip", "gzip", "text/html; charset=utf-8"},
		{"GET", "/index.html", "", 200, "plain", "", "text/html; charset=utf-8"},
		{"GET", "/jscd.wasm", "br, gzip", 200, "wasm-gzip", "gzip", "application/wasm"},
		{"GET", "/jscd.wasm", "br", 200, "wasm", "", "application/wasm"},
		{"GET", "/render.js", "br", 200, "js", "", "text/javascript; charset=utf-8"},
		{"GET", "/missing.js", "", 404, "", "", ""},
		{"GET", "/_headers", "", 404, "", "", ""},
		{"GET", "/notes.txt", "", 404, "", "", ""},
		{"GET", "/../../etc/passwd", "", 404, "", "", ""},
		{"POST", "/", "", 405, "", "", ""},
	}
	for _, tt := range tests {
		req := httptest.NewRequest(tt.method, "http://localhost"+tt.path, nil)
		if tt.accept != "" {
			req.Header.Set("Accept-Encoding", tt.accept)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		res := rec.Result()
		name := tt.method + " " + tt.path + " (" + tt.accept + ")"
		if res.StatusCode != tt.status {
			t.Errorf("%s: status %d, want %d", name, res.StatusCode, tt.status)
			continue
		}
		if got := res.Header.Get("Content-Security-Policy"); got != CSP {
			t.Errorf("%s: Content-Security-Policy %q, want %q", name, got, CSP)
		}
		if res.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no X-Content-Type-Options: nosniff", name)
		}
		if tt.status != http.StatusOK {
			continue
		}
		if got := rec.Body.String(); got != tt.body {
			t.Errorf("%s: body %q, want %q", name, got, tt.body)
		}
		if got := res.Header.Get("Content-Encoding"); got != tt.encoding {
			t.Errorf("%s: Content-Encoding %q, want %q", name, got, tt.encoding)
		}
		if got := res.Header.Get("Content-Type"); got != tt.ctype {
			t.Errorf("%s: Content-Type %q, want %q", name, got, tt.ctype)
		}
		if !strings.Contains(res.Header.Get("Vary"), "Accept-Encoding") {
			t.Errorf("%s: no Vary: Accept-Encoding", name)
		}
	}
}

// The page served at "/" is the first view the module will show for the address: the
// dataset and language it picks from the query, however the query names them.
func TestFirstViewPageForIsTheModulesChoice(t *testing.T) {
	for _, q := range []string{"", "lang=ar", "dataset=us-iraq-2021", "lang=ar&dataset=us-iraq-2021",
		"dataset=us-iraq-2021&dataset=nonesuch", "dataset=nonesuch&lang=xx", "lang=ckb&lang=xx",
		"lang=xx&lang=ckb", "lang=AR", "dataset=us-iraq-2021&lang=ar&dataset=us-iraq", "lang", "&&"} {
		s, err := view.NewState()
		if err != nil {
			t.Fatal(err)
		}
		r := s.Apply("init", "?"+q)
		if got, want := firstViewPageFor(q, nil), FirstViewPage(s.Input().Dataset, r.Lang); got != want {
			t.Errorf("query %q: page %s, the module shows %s", q, got, want)
		}
	}
}

func TestCSPIsStrict(t *testing.T) {
	for _, must := range []string{"script-src 'self' 'wasm-unsafe-eval';", "object-src 'none'", "default-src 'none'"} {
		if !strings.Contains(CSP, must) {
			t.Errorf("CSP lacks %q", must)
		}
	}
	for _, never := range []string{"'unsafe-eval'", "'unsafe-inline'", "http:", "https:", "*"} {
		if strings.Contains(strings.ReplaceAll(CSP, "'wasm-unsafe-eval'", ""), never) {
			t.Errorf("CSP allows %q", never)
		}
	}
}
