package site

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// memoryImage returns the initial contents of memory 0 that the data section of module b
// writes, and the number of its segments.
func memoryImage(t *testing.T, b []byte) ([]byte, int) {
	t.Helper()
	for r := (reader{b: b, off: 8}); r.off < len(b); {
		id := r.byte()
		size := int(r.uleb())
		body := b[r.off : r.off+size]
		r.off += size
		if id != 11 {
			continue
		}
		segs, err := parseSegments(body)
		if err != nil {
			t.Fatal(err)
		}
		var img []byte
		for _, s := range segs {
			if end := int(s.offset) + len(s.data); end > len(img) {
				img = append(img, make([]byte, end-len(img))...)
			}
			copy(img[s.offset:], s.data)
		}
		return img, len(segs)
	}
	t.Fatal("no data section")
	return nil, 0
}

// otherSections returns the sections of module b other than data, each as its id and its
// contents (Go's linker writes a section's size padded to five bytes; MergeDataSegments
// writes it in as few as it needs).
func otherSections(b []byte) [][]byte {
	var out [][]byte
	for r := (reader{b: b, off: 8}); r.off < len(b); {
		id := r.byte()
		size := int(r.uleb())
		if id != 11 {
			out = append(out, append([]byte{id}, b[r.off:r.off+size]...))
		}
		r.off += size
	}
	return out
}

// module writes a module of a custom section, a data section of the given segments, and
// another custom section.
func module(segs ...segment) []byte {
	custom := func(name string) []byte {
		body := append([]byte{byte(len(name))}, name...)
		return append([]byte{0, byte(len(body))}, body...)
	}
	data := binary.AppendUvarint(nil, uint64(len(segs)))
	for _, s := range segs {
		data = append(data, 0, 0x41)
		data = appendSleb(data, s.offset)
		data = append(data, 0x0b)
		data = binary.AppendUvarint(data, uint64(len(s.data)))
		data = append(data, s.data...)
	}
	b := append([]byte("\x00asm\x01\x00\x00\x00"), custom("before")...)
	b = append(b, 11)
	b = binary.AppendUvarint(b, uint64(len(data)))
	b = append(b, data...)
	return append(b, custom("after")...)
}

func TestMergeDataSegments(t *testing.T) {
	in := module(
		segment{offset: 100000, data: []byte("last")}, // out of order: merged in offset order
		segment{offset: 16, data: []byte("abc")},
		segment{offset: 19, data: []byte("de")},      // adjacent
		segment{offset: 29, data: []byte("fgh")},     // a gap of 8
		segment{offset: 41, data: []byte("ij")},      // a gap of 9: a new segment
		segment{offset: 70000, data: []byte("\x01")}, // an offset of three LEB128 bytes
	)
	out, err := MergeDataSegments(in, 8)
	if err != nil {
		t.Fatal(err)
	}
	wantImg, _ := memoryImage(t, in)
	gotImg, n := memoryImage(t, out)
	if !bytes.Equal(gotImg, wantImg) {
		t.Errorf("memory image changed")
	}
	if n != 4 {
		t.Errorf("%d segments after merging, want 4 (16-31, 41-42, 70000, 100000)", n)
	}
	if a, b := otherSections(in), otherSections(out); len(a) != 2 || !bytes.Equal(bytes.Join(a, nil), bytes.Join(b, nil)) {
		t.Errorf("the other sections changed: %q -> %q", a, b)
	}
}

func TestMergeDataSegmentsRefuses(t *testing.T) {
	ok := module(segment{offset: 8, data: []byte("x")})
	passive := bytes.Replace(ok, []byte{1, 0, 0x41, 8, 0x0b}, []byte{1, 1, 0x41, 8, 0x0b}, 1)
	for name, b := range map[string][]byte{
		"not wasm":   []byte("\x00asm\x02\x00\x00\x00"),
		"empty":      nil,
		"no data":    ok[:bytes.IndexByte(ok, 11)],
		"truncated":  ok[:len(ok)-12],
		"overlap":    module(segment{offset: 8, data: []byte("abcd")}, segment{offset: 10, data: []byte("x")}),
		"passive":    passive,
		"data count": append(append([]byte(nil), ok...), 12, 1, 1),
	} {
		if out, err := MergeDataSegments(b, 8); err == nil {
			t.Errorf("%s: no error (%d bytes out)", name, len(out))
		}
	}
}

// TestMergeDataSegmentsOfGo merges the data of a Go program built for js/wasm: the memory it
// starts with is the same, in far fewer segments, and the module is smaller.
func TestMergeDataSegmentsOfGo(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a Go program for js/wasm")
	}
	out := filepath.Join(t.TempDir(), "floor.wasm")
	if err := CompileWasm("../../sizes/floor", out); err != nil {
		t.Fatal(err)
	}
	in, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	merged, err := MergeDataSegments(in, MaxDataGap)
	if err != nil {
		t.Fatal(err)
	}
	wantImg, before := memoryImage(t, in)
	gotImg, after := memoryImage(t, merged)
	if !bytes.Equal(gotImg, wantImg) {
		t.Error("memory image changed")
	}
	if a, b := otherSections(in), otherSections(merged); !bytes.Equal(bytes.Join(a, nil), bytes.Join(b, nil)) {
		t.Error("sections other than data changed")
	}
	zin, zmerged := gzipSize(t, in), gzipSize(t, merged)
	t.Logf("%d segments -> %d; %d bytes -> %d, gzip %d -> %d", before, after, len(in), len(merged), zin, zmerged)
	if after*100 > before || zmerged >= zin {
		t.Errorf("%d segments -> %d, gzip %d bytes -> %d: want far fewer segments and fewer compressed bytes", before, after, zin, zmerged)
	}
	// The merged module runs: Go's wasm_exec.js under Node, when Node is there.
	node, err := exec.LookPath("node")
	if err != nil {
		t.Log("no node: not run")
		return
	}
	if err := os.WriteFile(out, merged, 0o644); err != nil {
		t.Fatal(err)
	}
	root, _ := exec.Command("go", "env", "GOROOT").Output()
	run := exec.Command(node, filepath.Join(strings.TrimSpace(string(root)), "lib", "wasm", "wasm_exec_node.js"), out)
	if b, err := run.CombinedOutput(); err != nil {
		t.Errorf("the merged module does not run: %v\n%s", err, b)
	}
}

func gzipSize(t *testing.T, b []byte) int {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Len()
}
