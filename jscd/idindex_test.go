package jscd

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestIDIndex checks idIndex against a map on IDs short and long, IDs that share their first
// 16 bytes (as many as a slot holds of a short ID) or 12 (of a long one), IDs that are prefixes
// of one another, empty and non-ASCII ones, IDs too long for their length to be in a slot
// (which are compared with the IDs of their entities), through growth from the smallest index.
func TestIDIndex(t *testing.T) {
	long := strings.Repeat("commitment-", 3) // longer than a slot's head
	huge := strings.Repeat("x", idLenMax)
	var ids []ID
	for i := range 300 {
		ids = append(ids, ID(fmt.Sprintf("e-%d", i)), ID(fmt.Sprintf("%s%d", long, i)))
	}
	ids = append(ids, "a", "ab", "abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnoq", "مصر", ID(long),
		"abcdefghijkl-tail-one", "abcdefghijkl-tail-two", "abcdefghijkX-tail-one", "abcdefghijklmnop-وزارة",
		ID(huge), ID(huge+"y"), ID(huge+"yy"))
	f := &Framework{}
	for _, id := range ids {
		f.Stakeholders = append(f.Stakeholders, Stakeholder{ID: id})
	}
	want := map[ID]entityRef{}
	x := newIDIndex(f, 0, nil, nil) // grows as IDs are added
	for i, id := range ids {
		r := entityRef{kindStakeholder, i}
		first, held := x.add(id, x.hash(id), r)
		if held || first != r {
			t.Fatalf("add(%.40q) = %v, %v; want %v, false", id, first, held, r)
		}
		want[id] = r
	}
	// A repeated ID keeps its first entity.
	if first, held := x.add(ids[5], x.hash(ids[5]), entityRef{kindEvent, 9}); !held || first != want[ids[5]] {
		t.Errorf("add of a repeated ID = %v, %v; want %v, true", first, held, want[ids[5]])
	}
	if x.len() != len(want) {
		t.Errorf("len() = %d, want %d", x.len(), len(want))
	}
	for id, r := range want {
		if got, ok := x.lookup(id); !ok || got != r {
			t.Errorf("lookup(%.40q) = %v, %v; want %v, true", id, got, ok, r)
		}
	}
	for _, id := range []ID{"", "e-300", "abcdefghijklmno", "abcdefghijklmnopr", ID(long + "300"), ID(long[:len(long)-1]), "مص",
		"abcdefghijkl-tail-thr", "abcdefghijkl-tail-on", "abcdefghijklmnop-وزار", ID(huge[1:]), ID(huge + "z"), ID(huge + "yz")} {
		if got, ok := x.lookup(id); ok {
			t.Errorf("lookup(%.40q) = %v, true; want nothing", id, got)
		}
	}
	// Their hashes tell almost any two IDs apart before their bytes are compared: compare the
	// bytes of IDs of one length and head as if their hashes were equal.
	for _, c := range []struct{ absent, held ID }{
		{"abcdefghijklmnoX", "abcdefghijklmnop"},
		{"abcdefghijkl-tail-thr", "abcdefghijkl-tail-one"},
		{"abcdefghijkY-tail-one", "abcdefghijkX-tail-one"},
		{"abcdefghijklmnop-وزارى", "abcdefghijklmnop-وزارة"},
		{ID(long + "30X"), ID(long + "300")},
		{ID(huge + "z"), ID(huge + "y")},
	} {
		if len(c.absent) != len(c.held) {
			t.Fatalf("%.40q and %.40q differ in length", c.absent, c.held)
		}
		if s := x.find(c.absent, x.hash(c.held)); s.hash != 0 {
			t.Errorf("find(%.40q) with the hash of %.40q finds the ID of %s", c.absent, c.held, unpackRef(s.ref).loc())
		}
	}
	got := map[ID]bool{}
	for _, id := range x.ids() {
		if got[id] {
			t.Errorf("ids() lists %.40q twice", id)
		}
		got[id] = true
	}
	if len(got) != len(want) {
		t.Errorf("ids() lists %d IDs, want %d", len(got), len(want))
	}
}

// TestIDIndexStartsAnywhere checks that the IDs of an index start their probing in slots of
// every residue: a hash whose low bit were fixed would leave half the slots to overflow, and
// make every probe longer.
func TestIDIndexStartsAnywhere(t *testing.T) {
	const n = 2000
	f := &Framework{}
	for i := range n {
		f.Events = append(f.Events, Event{ID: ID(fmt.Sprintf("event-%d", i))})
	}
	x := newIDIndex(f, n, nil, nil)
	var residues [4]int
	mask := uint64(len(x.slots) - 1)
	for _, ev := range f.Events {
		residues[x.hash(ev.ID)&mask%4]++ // the slot where probing for the ID starts, mod 4
	}
	for r, k := range residues {
		if k < n/4*3/4 || k > n/4*5/4 {
			t.Errorf("%d of %d IDs start in a slot of residue %d mod 4, want about %d", k, n, r, n/4)
		}
	}
}

// TestHashIDTellsIDsApart checks that hashID reads every byte of an ID and its length: IDs of
// every length up to 40 bytes that differ from one another in one byte, at any place, or
// only in their length, hash to different values; and that the seed changes the hash.
func TestHashIDTellsIDsApart(t *testing.T) {
	const seed = 0x0123456789ABCDEF
	seen := map[uint64]string{}
	for n := range 41 {
		base := []byte(strings.Repeat("ab", 20)[:n])
		ids := []string{string(base), strings.Repeat("\x00", n)}
		for i := range n {
			for _, b := range []byte{0, 'a', 'z', 0x80, 0xFF} {
				id := []byte(string(base))
				id[i] = b
				ids = append(ids, string(id))
			}
		}
		for _, id := range ids {
			h := hashID(seed, id)
			if other, ok := seen[h]; ok && other != id {
				t.Fatalf("hashID(%q) = hashID(%q) = %#x", id, other, h)
			}
			seen[h] = id
			if hashID(seed+1, id) == h {
				t.Errorf("hashID(%q) does not change with the seed", id)
			}
		}
	}
}

// TestStakeholderKind checks that the checker's table of stakeholder kinds gives back the kind
// of every stakeholder: each defined kind, as its constant, and kinds that are not defined
// (empty, misspelt, in capitals) as they are written.
func TestStakeholderKind(t *testing.T) {
	f := &Framework{}
	for _, k := range stakeholderKinds {
		f.Stakeholders = append(f.Stakeholders, Stakeholder{Kind: StakeholderKind(strings.Clone(string(k)))})
	}
	for _, k := range []StakeholderKind{"", "states", "State", "person "} {
		f.Stakeholders = append(f.Stakeholders, Stakeholder{Kind: k})
	}
	c := &checker{f: f}
	c.readKinds()
	for i, s := range f.Stakeholders {
		if got := c.stakeholderKind(i); got != s.Kind {
			t.Errorf("stakeholder %d: kind %q, want %q", i, got, s.Kind)
		}
		if defined := c.definedKind(i); defined != s.Kind.Valid() {
			t.Errorf("stakeholder %d (%q): defined %t, want %t", i, s.Kind, defined, s.Kind.Valid())
		}
	}
}

// TestBuildIndexAcrossRuns checks the index a check builds of a document of several runs of
// IDs (fileRun), with IDs repeated within a run, across runs and across collections, and empty
// ones: every ID names its first entity, and the dups hold the others, in order.
func TestBuildIndexAcrossRuns(t *testing.T) {
	f := &Framework{}
	for i := range 150 {
		id := ID(fmt.Sprintf("s-%d", i))
		switch i {
		case 64, 65, 130: // the first and second of their run, and one far on, repeat s-3
			id = "s-3"
		case 70:
			id = ""
		}
		f.Stakeholders = append(f.Stakeholders, Stakeholder{ID: id})
	}
	for i := range 70 {
		f.Events = append(f.Events, Event{ID: ID(fmt.Sprintf("e-%d", i))})
	}
	f.Events[69].ID = "s-149" // the last ID of all repeats the last stakeholder
	c := &checker{f: f, scratch: new(checkScratch)}
	c.buildIndex()
	if got, want := c.index.len(), 150-3-1+69; got != want {
		t.Errorf("the index holds %d IDs, want %d", got, want)
	}
	for i, s := range f.Stakeholders {
		if s.ID == "" || s.ID == "s-3" && i != 3 {
			continue
		}
		if r, ok := c.index.lookup(s.ID); !ok || r != (entityRef{kindStakeholder, i}) {
			t.Errorf("lookup(%q) = %v, %v; want stakeholder %d", s.ID, r, ok, i)
		}
	}
	for i, ev := range f.Events[:69] {
		if r, ok := c.index.lookup(ev.ID); !ok || r != (entityRef{kindEvent, i}) {
			t.Errorf("lookup(%q) = %v, %v; want event %d", ev.ID, r, ok, i)
		}
	}
	want := map[ID][]entityRef{
		"s-3":   {{kindStakeholder, 64}, {kindStakeholder, 65}, {kindStakeholder, 130}},
		"s-149": {{kindEvent, 69}},
	}
	if diff := cmp.Diff(want, c.dups, cmp.AllowUnexported(entityRef{})); diff != "" {
		t.Errorf("dups (-want +got):\n%s", diff)
	}
}
