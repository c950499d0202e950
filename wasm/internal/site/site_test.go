package site

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sync/atomic"
	"testing"
)

// Whatever encoder this machine has, the gzip copy decompresses to the file.
func TestGzipFileRoundTrips(t *testing.T) {
	name := filepath.Join(t.TempDir(), "page.html")
	want := bytes.Repeat([]byte("<p>العراق and the United States — 2008–2023</p>\n"), 500)
	if err := os.WriteFile(name, want, 0o644); err != nil {
		t.Fatal(err)
	}
	gz, err := GzipFile(name)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatalf("%s wrote no gzip stream: %v", GzipEncoder(), err)
	}
	got, err := io.ReadAll(zr)
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("%s: %d bytes back of %d (%v)", GzipEncoder(), len(got), len(want), err)
	}
	if len(gz) >= len(want)/10 {
		t.Errorf("%s compressed %d bytes of repeated text to %d", GzipEncoder(), len(want), len(gz))
	}
}

func TestBrotliFileFailsWithTheCommandsOutput(t *testing.T) {
	if _, err := exec.LookPath("brotli"); err != nil {
		t.Skip("no brotli command")
	}
	_, err := BrotliFile(filepath.Join(t.TempDir(), "missing.js"))
	if err == nil || !bytes.Contains([]byte(err.Error()), []byte("missing.js")) {
		t.Errorf("brotli of a missing file: error %v, want one naming the file", err)
	}
}

// runAll runs every job, however many workers, and reports a failure.
func TestRunAll(t *testing.T) {
	boom := errors.New("boom")
	for _, workers := range []int{0, 1, 2, 8} {
		var ran atomic.Int32
		jobs := make([]func() error, 20)
		for i := range jobs {
			jobs[i] = func() error {
				ran.Add(1)
				if i == 13 {
					return boom
				}
				return nil
			}
		}
		if err := runAll(jobs, workers); !errors.Is(err, boom) || ran.Load() != 20 {
			t.Errorf("%d workers: error %v after %d jobs, want boom after 20", workers, err, ran.Load())
		}
		if err := runAll(jobs[:13], workers); err != nil {
			t.Errorf("%d workers: error %v from jobs that succeed", workers, err)
		}
	}
}
