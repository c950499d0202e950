package jscd

import (
	"bytes"
	"errors"
	"io"
	"math"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// lenReader is a reader that tells a length of its own choosing, true or not.
type lenReader struct {
	r   io.Reader
	len int
}

func (l *lenReader) Read(p []byte) (int, error) { return l.r.Read(p) }
func (l *lenReader) Len() int                   { return l.len }

// failingReader returns its data, then err.
type failingReader struct {
	data []byte
	err  error
}

func (f *failingReader) Read(p []byte) (int, error) {
	if len(f.data) == 0 {
		return 0, f.err
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}
func (f *failingReader) Len() int { return len(f.data) }

// TestReadAllMatchesIOReadAll holds readAll to io.ReadAll of a LimitReader, for readers that
// tell their length truly, falsely or not at all, under and over the limit.
func TestReadAllMatchesIOReadAll(t *testing.T) {
	doc := strings.Repeat(`{"a": "العراق"}`, 300)
	boom := errors.New("boom")
	partly := func() io.Reader {
		r := bytes.NewReader([]byte(doc))
		r.Seek(100, io.SeekStart)
		return r
	}
	readers := map[string]func() io.Reader{
		"bytes.Reader":         func() io.Reader { return bytes.NewReader([]byte(doc)) },
		"bytes.Reader, partly": partly,
		"strings.Reader":       func() io.Reader { return strings.NewReader(doc) },
		"bytes.Buffer":         func() io.Reader { return bytes.NewBufferString(doc) },
		"empty":                func() io.Reader { return strings.NewReader("") },
		"no Len":               func() io.Reader { return io.MultiReader(strings.NewReader(doc)) },
		"Len too small":        func() io.Reader { return &lenReader{strings.NewReader(doc), 10} },
		"Len too large":        func() io.Reader { return &lenReader{strings.NewReader(doc), 1 << 20} },
		"Len negative":         func() io.Reader { return &lenReader{strings.NewReader(doc), -3} },
		"error after data":     func() io.Reader { return &failingReader{[]byte(doc[:700]), boom} },
	}
	for name, reader := range readers {
		for _, limit := range []int64{0, 1, 699, 700, int64(len(doc)), int64(len(doc)) + 1, 1 << 40} {
			want, wantErr := io.ReadAll(io.LimitReader(reader(), limit))
			got, gotErr := readAll(reader(), limit)
			if diff := cmp.Diff(string(want), string(got)); diff != "" || !errors.Is(gotErr, wantErr) || (gotErr == nil) != (wantErr == nil) {
				t.Errorf("%s, limit %d: readAll differs from io.ReadAll (error %v, want %v) (-want +got):\n%s",
					name, limit, gotErr, wantErr, diff)
			}
		}
	}
}

// TestReadAllInPieces reads documents longer than the pieces in which readAll copies a
// document in memory (copyPiece): every byte arrives, in order, whether the length is a whole
// number of pieces or not, and the limit still holds.
func TestReadAllInPieces(t *testing.T) {
	for _, size := range []int{copyPiece - 1, copyPiece, copyPiece + 1, 2*copyPiece + 12345} {
		doc := make([]byte, size)
		for i := range doc {
			doc[i] = byte(i*7 + i/copyPiece) // every piece differs from the one before
		}
		for name, reader := range inMemoryReaders(doc) {
			for _, limit := range []int64{int64(size), int64(size) + 1, int64(size) - 1} {
				want := doc[:min(int64(size), limit)]
				got, err := readAll(reader(), limit)
				if err != nil || got != string(want) {
					t.Errorf("%s of %d bytes, limit %d: got %d bytes (error %v), want %d; first difference at %d",
						name, size, limit, len(got), err, len(want), firstDifference(got, string(want)))
				}
			}
		}
	}
}

// inMemoryReaders returns makers of the readers that hold a document in memory, which readAll
// copies from straight (through their WriteTo), each reading doc.
func inMemoryReaders(doc []byte) map[string]func() io.Reader {
	return map[string]func() io.Reader{
		"bytes.Reader":   func() io.Reader { return bytes.NewReader(doc) },
		"strings.Reader": func() io.Reader { return strings.NewReader(string(doc)) },
		"bytes.Buffer":   func() io.Reader { return bytes.NewBuffer(doc) }, // reading leaves doc as it is
	}
}

// firstDifference returns the offset of the first byte at which a and b differ, or the
// length of the shorter when one is a prefix of the other.
func firstDifference(a, b string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// TestReadAllOneBuffer checks what readAll is for: a document in memory is read into one
// buffer of its size, whichever of the readers that hold one in memory gives it, and however
// many pieces it is copied in.
func TestReadAllOneBuffer(t *testing.T) {
	doc := []byte(strings.Repeat("x", 5*copyPiece/2))
	// No collection during the counts: one allocates a few small objects of the runtime's
	// own, which MemStats would count as readAll's.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	// The runtime may still allocate an object of its own now and then (once in some runs
	// under GOARCH=386), so the count is taken three times and the least one is judged.
	const counts, reads = 3, 5
	for name, reader := range inMemoryReaders(doc) {
		rs := make([]io.Reader, 1+counts*reads) // made before the counts, which are of readAll alone
		for i := range rs {
			rs[i] = reader()
		}
		read := func() {
			if _, err := readAll(rs[0], 1<<30); err != nil {
				t.Fatal(err)
			}
			rs = rs[1:]
		}
		read() // once before counting, as AllocsPerRun does
		allocs, allocated := math.Inf(1), math.Inf(1)
		for range counts {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			for range reads {
				read()
			}
			runtime.ReadMemStats(&after)
			allocs = min(allocs, float64(after.Mallocs-before.Mallocs)/reads)
			allocated = min(allocated, float64(after.TotalAlloc-before.TotalAlloc)/reads)
		}
		// The buffer, and the strings.Builder, which WriteTo is given: no copy of the document
		// on the way, as a conversion of a string to a []byte would make. (Under -race the
		// runtime allocates a little of its own meanwhile, so the count allows one more.)
		if allocs > 3 || allocated > float64(len(doc))+4096 {
			t.Errorf("readAll of a %s of %d bytes made %v allocations of %v bytes, want at most 3 of %d",
				name, len(doc), allocs, allocated, len(doc)+4096)
		}
	}
}
