package jscd

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// BenchmarkIDIndexLookup measures what a look-up of a reference costs as the index outgrows
// the processor's caches, with short IDs ("person-12345", which a slot holds whole) and long
// ones ("ministry-of-defence-12345", as IDs that name what they stand for are): an index of n
// IDs, looked up by n references, each a string of its own, held in the order a document holds
// them, that name the IDs in a random order, as references do. It looks the references up one
// after the other (one), and 64 at a time with their slots read together first (ahead,
// idIndex.prefetch, as buildIndex files IDs and as the walk of a large document reads ahead).
// It also times the least any look-up in a hash table of that size costs (slot): one read of
// the slot each reference hashes to, the hashes computed beforehand, 64 reads at a time. Each
// reports ns/lookup; docs/performance.md gives the figures.
func BenchmarkIDIndexLookup(b *testing.B) {
	for _, c := range []struct {
		n    int
		form string
	}{
		{10_000, "person-%d"}, {100_000, "person-%d"}, {1_000_000, "person-%d"},
		{10_000, "ministry-of-defence-%d"}, {100_000, "ministry-of-defence-%d"}, {1_000_000, "ministry-of-defence-%d"},
	} {
		// The index is built in the benchmark of its size, so that one run with -bench
		// selecting some sizes builds those only.
		b.Run(fmt.Sprintf("ids=%d/len=%d", c.n, len(fmt.Sprintf(c.form, c.n-1))), func(b *testing.B) {
			benchmarkLookups(b, c.n, c.form)
		})
	}
}

// benchmarkLookups runs the look-ups of BenchmarkIDIndexLookup in an index of n IDs, written
// with form, idRunLen at a time where it reads ahead (as buildIndex files IDs).
func benchmarkLookups(b *testing.B, n int, form string) {
	f := &Framework{Stakeholders: make([]Stakeholder, n)}
	for i := range f.Stakeholders {
		f.Stakeholders[i].ID = ID(fmt.Sprintf(form, i))
	}
	x := newIDIndex(f, n, nil, nil)
	for i := range f.Stakeholders {
		id := f.Stakeholders[i].ID
		x.add(id, x.hash(id), entityRef{kindStakeholder, i})
	}
	refs := make([]ID, n)
	for k, i := range rand.Perm(n) {
		refs[k] = ID(string(append([]byte(nil), f.Stakeholders[i].ID...))) // a string of its own
	}
	b.Run("one", func(b *testing.B) {
		lookups := 0
		for b.Loop() {
			for _, id := range refs {
				if _, ok := x.lookup(id); !ok {
					b.Fatalf("%q not found", id)
				}
			}
			lookups += len(refs)
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(lookups), "ns/lookup")
	})
	b.Run("ahead", func(b *testing.B) {
		lookups := 0
		hashes := make([]uint64, 0, idRunLen)
		for b.Loop() {
			for lo := 0; lo < len(refs); lo += idRunLen {
				ids := refs[lo:min(lo+idRunLen, len(refs))]
				hashes = x.prefetch(ids, hashes[:0])
				for k, id := range ids {
					if x.find(id, hashes[k]).hash == 0 {
						b.Fatalf("%q not found", id)
					}
				}
			}
			lookups += len(refs)
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(lookups), "ns/lookup")
	})
	b.Run("slot", func(b *testing.B) {
		hashes := make([]uint64, len(refs))
		for k, id := range refs {
			hashes[k] = x.hash(id)
		}
		mask := uint64(len(x.slots) - 1)
		lookups := 0
		var sum uint64
		for b.Loop() {
			for lo := 0; lo < len(hashes); lo += idRunLen {
				for _, h := range hashes[lo:min(lo+idRunLen, len(hashes))] {
					sum += x.slots[h&mask].ref
				}
			}
			lookups += len(hashes)
		}
		x.read += sum
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(lookups), "ns/lookup")
	})
}
