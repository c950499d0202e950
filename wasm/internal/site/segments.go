package site

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// MergeDataSegments returns the WebAssembly module b with its active data segments merged
// wherever two of them are at most maxGap bytes apart, the gap filled with zeros. The module's
// memory starts with the same bytes: linear memory is zero when it is created, so writing
// zeros there changes nothing.
//
// Go's linker starts a new data segment after every run of more than eight zero bytes in the
// data it lays out (type descriptors and tables have many). For the demo that makes about
// 50,000 segments, each with a header of five to eight bytes whose offsets compress poorly;
// zeros compress to almost nothing. Merging them makes the module smaller, raw and compressed
// (docs/performance.md has the figures).
//
// It understands the segments Go writes (active, memory 0, offset given by one i32.const)
// and returns an error, leaving the caller to keep b, for anything else.
func MergeDataSegments(b []byte, maxGap int) ([]byte, error) {
	if len(b) < 8 || !bytes.Equal(b[:8], []byte("\x00asm\x01\x00\x00\x00")) {
		return nil, errors.New("not a WebAssembly module of version 1")
	}
	out := append([]byte(nil), b[:8]...)
	found := false
	for r := (reader{b: b, off: 8}); r.off < len(b); {
		id := r.byte()
		size := int(r.uleb())
		if r.err != nil || size > len(b)-r.off {
			return nil, fmt.Errorf("section at byte %d: %w", r.off, errTruncated)
		}
		body := b[r.off : r.off+size]
		r.off += size
		switch id {
		case 11: // data
			merged, err := mergeSegments(body, maxGap)
			if err != nil {
				return nil, fmt.Errorf("data section: %w", err)
			}
			body, found = merged, true
		case 12: // data count: it would have to change with the number of segments
			return nil, errors.New("a data count section is not supported")
		}
		out = append(out, id)
		out = binary.AppendUvarint(out, uint64(len(body)))
		out = append(out, body...)
	}
	if !found {
		return nil, errors.New("no data section")
	}
	return out, nil
}

// segment is an active data segment: bytes written at offset of memory 0.
type segment struct {
	offset int64
	data   []byte
}

// parseSegments reads the segments of a data section's body.
func parseSegments(body []byte) ([]segment, error) {
	r := reader{b: body}
	n := r.uleb()
	var segs []segment
	for i := uint64(0); i < n && r.err == nil; i++ {
		flags := r.uleb()
		op := r.byte()
		if r.err == nil && (flags != 0 || op != 0x41) {
			return nil, fmt.Errorf("segment %d: only active segments of memory 0 at an i32.const offset are supported", i)
		}
		offset := r.sleb()
		if end := r.byte(); r.err == nil && end != 0x0b {
			return nil, fmt.Errorf("segment %d: offset expression longer than one i32.const", i)
		}
		size := r.uleb()
		if r.err != nil || size > uint64(len(body)-r.off) {
			return nil, fmt.Errorf("segment %d: %w", i, errTruncated)
		}
		segs = append(segs, segment{offset: offset, data: body[r.off : r.off+int(size)]})
		r.off += int(size)
	}
	if r.err != nil {
		return nil, r.err
	}
	if r.off != len(body) {
		return nil, errors.New("bytes after the last segment")
	}
	return segs, nil
}

// mergeSegments returns a data section body with the segments of body merged (see
// MergeDataSegments).
func mergeSegments(body []byte, maxGap int) ([]byte, error) {
	segs, err := parseSegments(body)
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(segs, func(a, b segment) int { return int(a.offset - b.offset) })
	var merged []segment
	for _, s := range segs {
		if len(merged) > 0 {
			last := &merged[len(merged)-1]
			end := last.offset + int64(len(last.data))
			if s.offset < end {
				return nil, fmt.Errorf("segments overlap at offset %d", s.offset)
			}
			if s.offset-end <= int64(maxGap) {
				last.data = append(last.data, make([]byte, s.offset-end)...)
				last.data = append(last.data, s.data...)
				continue
			}
		}
		merged = append(merged, segment{offset: s.offset, data: slices.Clone(s.data)})
	}
	out := binary.AppendUvarint(nil, uint64(len(merged)))
	for _, s := range merged {
		out = append(out, 0, 0x41) // active, memory 0; i32.const
		out = appendSleb(out, s.offset)
		out = append(out, 0x0b) // end
		out = binary.AppendUvarint(out, uint64(len(s.data)))
		out = append(out, s.data...)
	}
	return out, nil
}

var errTruncated = errors.New("truncated")

// reader reads the LEB128 numbers and bytes of a WebAssembly module; the first error sticks.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) byte() byte {
	if r.err != nil || r.off >= len(r.b) {
		r.err = errTruncated
		return 0
	}
	r.off++
	return r.b[r.off-1]
}

// uleb reads an unsigned LEB128 number (binary.Uvarint's encoding).
func (r *reader) uleb() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 {
		r.err = errTruncated
		return 0
	}
	r.off += n
	return v
}

// sleb reads a signed LEB128 number, the encoding of an i32.const's operand.
func (r *reader) sleb() int64 {
	var v int64
	var shift uint
	for {
		c := r.byte()
		if r.err != nil {
			return 0
		}
		v |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v
		}
		if shift >= 64 {
			r.err = errors.New("LEB128 number too long")
			return 0
		}
	}
}

// appendSleb appends v as a signed LEB128 number.
func appendSleb(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 && c&0x40 == 0 || v == -1 && c&0x40 != 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
