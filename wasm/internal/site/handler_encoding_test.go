package site

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
)

// An encoding refused with q=0 is never sent, even where "*" accepts every other one
// (RFC 9110, section 12.5.3), and the q-values choose between brotli and gzip.
func TestAcceptQValues(t *testing.T) {
	tests := []struct {
		header string
		want   []string // the encodings sent first, in order
	}{
		{"*, br;q=0", []string{"gzip"}},
		{"br;q=0, *", []string{"gzip"}},
		{"*;q=0, gzip", []string{"gzip"}},
		{"*;q=0", nil},
		{"gzip;q=0, br;q=0", nil},
		{"gzip, br", []string{"br", "gzip"}},
		{"gzip;q=1, br;q=0.5", []string{"gzip", "br"}},
		{"gzip;q=0.2, br;q=0.8", []string{"br", "gzip"}},
		{"*;q=0.3, br;q=0.1", []string{"gzip", "br"}},
		{"br;q=0.000", nil},
		{"BR;Q=0", nil},
		{"br; q=1.0", []string{"br"}},
		{"br;q=2, gzip", []string{"gzip"}},   // not a q-value: the entry is ignored
		{"br;q=nan, gzip", []string{"gzip"}}, // idem
		{"br;q=-1", nil},
		{"identity", nil},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, enc := range preferredEncodings(tt.header) {
			got = append(got, enc[0])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("preferredEncodings(%q) = %q, want %q", tt.header, got, tt.want)
		}
	}
}

// A precompressed copy is sent with its Content-Length, whole (not a range of its compressed
// bytes), and answers HEAD and conditional requests as the plain file does.
func TestPrecompressedContentLength(t *testing.T) {
	dir := fakeSite(t)
	h := Handler(dir)
	size := func(name string) string {
		st, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return strconv.FormatInt(st.Size(), 10)
	}
	tests := []struct {
		method, path, accept, rangeHeader string
		status                            int
		encoding, length, body            string
	}{
		{"GET", "/index.html", "br", "", 200, "br", size("index.html.br"), "brotli"},
		{"GET", "/index.html", "gzip", "", 200, "gzip", size("index.html.gz"), "gzip"},
		{"GET", "/index.html", "*, br;q=0", "", 200, "gzip", size("index.html.gz"), "gzip"},
		{"GET", "/index.html", "*;q=0, identity", "", 200, "", size("index.html"), "plain"},
		{"GET", "/index.html", "", "", 200, "", size("index.html"), "plain"},
		{"HEAD", "/index.html", "br", "", 200, "br", size("index.html.br"), ""},
		{"GET", "/jscd.wasm", "br, gzip", "", 200, "gzip", size("jscd.wasm.gz"), "wasm-gzip"},
		{"GET", "/index.html", "br", "bytes=0-1", 200, "br", size("index.html.br"), "brotli"},
		{"GET", "/index.html", "", "bytes=0-1", 206, "", "2", "pl"},
	}
	for _, tt := range tests {
		req := httptest.NewRequest(tt.method, "http://localhost"+tt.path, nil)
		if tt.accept != "" {
			req.Header.Set("Accept-Encoding", tt.accept)
		}
		if tt.rangeHeader != "" {
			req.Header.Set("Range", tt.rangeHeader)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		res := rec.Result()
		name := tt.method + " " + tt.path + " (" + tt.accept + ", " + tt.rangeHeader + ")"
		if res.StatusCode != tt.status {
			t.Errorf("%s: status %d, want %d", name, res.StatusCode, tt.status)
			continue
		}
		if got := res.Header.Get("Content-Encoding"); got != tt.encoding {
			t.Errorf("%s: Content-Encoding %q, want %q", name, got, tt.encoding)
		}
		if got := res.Header.Get("Content-Length"); got != tt.length {
			t.Errorf("%s: Content-Length %q, want %q", name, got, tt.length)
		}
		if got := rec.Body.String(); got != tt.body {
			t.Errorf("%s: body %q, want %q", name, got, tt.body)
		}
	}

	// A conditional request for a copy the browser has gets 304, without a length or an
	// encoding.
	req := httptest.NewRequest("GET", "http://localhost/index.html", nil)
	req.Header.Set("Accept-Encoding", "br")
	st, err := os.Stat(filepath.Join(dir, "index.html.br"))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("If-Modified-Since", st.ModTime().UTC().Add(1e9).Format(http.TimeFormat))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if res := rec.Result(); res.StatusCode != http.StatusNotModified || res.Header.Get("Content-Length") != "" || rec.Body.Len() != 0 {
		t.Errorf("conditional GET: status %d, Content-Length %q, body %q; want 304 with neither",
			res.StatusCode, res.Header.Get("Content-Length"), rec.Body.String())
	}
}

// Over a real connection a large precompressed file comes with its length, not chunked: a
// server adds Content-Length by itself only to a response small enough to buffer.
func TestPrecompressedLengthOverTheWire(t *testing.T) {
	dir := fakeSite(t)
	big := make([]byte, 300<<10)
	for i := range big {
		big[i] = byte(i * 7)
	}
	if err := os.WriteFile(filepath.Join(dir, "jscd.wasm.br"), big, 0o644); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()
	req, err := http.NewRequest("GET", srv.URL+"/jscd.wasm", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Accept-Encoding", "gzip, deflate, br, zstd")
	res, err := (&http.Transport{DisableCompression: true}).RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.Header.Get("Content-Encoding") != "br" || res.ContentLength != int64(len(big)) || len(res.TransferEncoding) > 0 {
		t.Errorf("got Content-Encoding %q, length %d, Transfer-Encoding %q; want br, %d, none",
			res.Header.Get("Content-Encoding"), res.ContentLength, res.TransferEncoding, len(big))
	}
}
