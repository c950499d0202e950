package jscd

import (
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
)

// idIndex maps the IDs of a document to the entities they name. The reference rules look up
// every reference of a document in it: millions of look-ups in a large document, each of them
// a read of memory that no cache holds. Where a Go map reads three places to find a key (its
// group's control word, the key's slot, then the key's bytes), idIndex reads one for an ID of
// up to 16 bytes: a slot of 32 bytes that holds a hash of the ID, the entity, and the ID itself,
// so that the ID is compared without reading it elsewhere. A longer ID, as most IDs that name
// what they stand for are ("iraqi-ministry-of-defense"), keeps its first 12 bytes in the slot
// and the rest in tails, one read more; were it compared with the ID of the entity, that would
// be two reads, one after the other (the entity, then its ID's bytes).
type idIndex struct {
	f     *Framework
	seed  uint64   // random, so that no document can choose IDs that collide (see hashID)
	slots []idSlot // open addressing, probed in order; a power of two long, at most 7/8 full
	// The bytes of each ID longer than a slot's head after its first idHeadLong, one ID after
	// the other. It holds no pointer, so that the collector never reads it, and a pooled one
	// keeps no document alive.
	tails []byte
	n     int    // the IDs held
	read  uint64 // a sum of the slots and tails prefetch read, kept so that the compiler keeps the reads
}

// idSlot is one place of an idIndex.
type idSlot struct {
	// The ID's hash with its highest bit set, so that 0 marks an empty slot. Its low bits, all
	// of them random, are the place where probing for the ID starts.
	hash uint64
	// The entity, and the ID's length: the entity's kind in the top 8 bits, the length (at
	// most idLenMax, which stands for any longer one) in the next 24, and the entity's index
	// in its collection in the low 32 bits.
	ref uint64
	// An ID of up to idHeadLen bytes, whole. Of a longer one, its first idHeadLong bytes,
	// then where the rest starts in the index's tails, a little-endian uint32 (noTail when
	// the rest is not there, and the ID is compared with the ID of the entity).
	head [idHeadLen]byte
}

const (
	idLenMax   = 1<<24 - 1
	idHeadLen  = 16 // the longest ID that a slot holds whole
	idHeadLong = 12 // the bytes of a longer ID that its slot holds
)

// noTail marks a long ID whose rest is not in its index's tails.
const noTail uint32 = 1<<32 - 1

// newIDIndex returns an empty index of the IDs of f, with room for n of them, in the memory of
// slots and tails when they have room.
func newIDIndex(f *Framework, n int, slots []idSlot, tails []byte) *idIndex {
	size := 8
	for 8*n > 7*size {
		size *= 2
	}
	return &idIndex{f: f, seed: rand.Uint64(), slots: zeroed(slots, size), tails: tails[:0]}
}

// len returns the number of IDs held.
func (x *idIndex) len() int { return x.n }

func (x *idIndex) hash(id ID) uint64 { return hashID(x.seed, string(id)) | 1<<63 }

// hashID returns a hash of id under seed. It reads id eight bytes at a time, the last eight
// overlapping the ones before (in an ID of 4 to 8 bytes, its first and last four; in a shorter
// one, its first, middle and last byte): with the length, the words read tell any two IDs
// apart. It folds each word into the hash with a multiplication of 64 by 64 bits whose two
// halves it then xors (mix). An index hashes every ID and every reference of a document, most
// of them 8 to 16 bytes long: that is one call and two multiplications, where hash/maphash
// makes three calls down into the runtime's (a check of 10,000 entities runs 3 % fewer
// instructions). The seed is drawn at random for each index and enters every step, so that a
// document cannot be written to make its IDs collide.
func hashID(seed uint64, id string) uint64 {
	const (
		// Odd, with ones and zeros mixed: 2^64 over the golden ratio, and two primes of xxHash.
		k0 = 0x9E3779B97F4A7C15
		k1 = 0xC2B2AE3D27D4EB4F
		k2 = 0x165667B19E3779F9
	)
	n := len(id)
	h := seed ^ uint64(n)*k0
	switch {
	case n > 8:
		for s := id; len(s) > 8; s = s[8:] {
			h = mix(h^le64(s), seed^k1)
		}
		return mix(h^le64(id[n-8:]), seed^k2)
	case n >= 4:
		return mix(h^uint64(le32(id))<<32^uint64(le32(id[n-4:])), seed^k2)
	case n > 0:
		return mix(h^uint64(id[0])<<16^uint64(id[n/2])<<8^uint64(id[n-1]), seed^k2)
	}
	return mix(h, seed^k2)
}

// mix returns the high half of the 128-bit product of a and b xor its low half.
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// find returns the slot that holds id, or the empty slot where it would go.
func (x *idIndex) find(id ID, h uint64) *idSlot {
	mask := uint64(len(x.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.hash == 0 || (s.hash == h && x.holds(s, id)) {
			return s
		}
	}
}

// holds reports whether the full slot s holds id, whose hash is the slot's.
func (x *idIndex) holds(s *idSlot, id ID) bool {
	n := int(s.ref >> 32 & idLenMax)
	if n != min(len(id), idLenMax) {
		return false
	}
	if len(id) <= idHeadLen {
		return string(s.head[:len(id)]) == string(id)
	}
	if string(s.head[:idHeadLong]) != string(id[:idHeadLong]) {
		return false
	}
	off := s.tailAt()
	if off == noTail {
		return x.f.entityID(unpackRef(s.ref)) == id
	}
	rest := x.tails[off : int(off)+len(id)-idHeadLong]
	return string(rest) == string(id[idHeadLong:])
}

// tailAt returns where the rest of the long ID that s holds starts in its index's tails, or
// noTail.
func (s *idSlot) tailAt() uint32 { return binary.LittleEndian.Uint32(s.head[idHeadLong:]) }

// lookup returns the entity id names, if any.
func (x *idIndex) lookup(id ID) (entityRef, bool) {
	s := x.find(id, x.hash(id))
	if s.hash == 0 {
		return entityRef{}, false
	}
	return unpackRef(s.ref), true
}

// at returns the entity id names, or entityRef{} when it names none.
func (x *idIndex) at(id ID) entityRef {
	r, _ := x.lookup(id)
	return r
}

// add files id, whose hash is h, under the entity r unless it is already held, and returns the
// entity it is filed under and whether it was already held.
func (x *idIndex) add(id ID, h uint64, r entityRef) (first entityRef, held bool) {
	s := x.find(id, h)
	if s.hash != 0 {
		return unpackRef(s.ref), true
	}
	if 8*(x.n+1) > 7*len(x.slots) {
		x.grow()
		s = x.find(id, h)
	}
	s.hash = h
	s.ref = uint64(r.kind)<<56 | uint64(min(len(id), idLenMax))<<32 | uint64(uint32(r.i))
	copy(s.head[:], id)
	if len(id) > idHeadLen {
		off := noTail
		if len(id) < idLenMax && uint64(len(x.tails))+uint64(len(id)-idHeadLong) < uint64(noTail) {
			off = uint32(len(x.tails))
			x.tails = append(x.tails, id[idHeadLong:]...)
		}
		binary.LittleEndian.PutUint32(s.head[idHeadLong:], off)
	}
	x.n++
	return r, false
}

// prefetch appends the hash of each of ids to hashes and returns them, then reads the slot
// where probing starts for each, one after the other, so that the reads overlap rather than
// each waiting for the one before: the look-ups or additions of those IDs that follow (with
// find or add) find their slots in cache; then, of each long ID whose slot holds its hash, it
// reads the rest in tails, those reads overlapping in turn. Between two look-ups a caller
// usually does more than a processor can run while a read of memory is pending, so each waits
// for its slot unless prefetch read it first.
func (x *idIndex) prefetch(ids []ID, hashes []uint64) []uint64 {
	for _, id := range ids {
		hashes = append(hashes, x.hash(id))
	}
	mask := uint64(len(x.slots) - 1)
	run := hashes[len(hashes)-len(ids):]
	var sum uint64
	for _, h := range run {
		sum += x.slots[h&mask].hash
	}
	for k, id := range ids {
		if len(id) > idHeadLen {
			if s := &x.slots[run[k]&mask]; s.hash == run[k] {
				if off := s.tailAt(); uint64(off) < uint64(len(x.tails)) {
					sum += uint64(x.tails[off])
				}
			}
		}
	}
	x.read += sum
	return hashes
}

// grow doubles the slots, refiling every ID.
func (x *idIndex) grow() {
	old := x.slots
	x.slots = make([]idSlot, 2*len(old))
	mask := uint64(len(x.slots) - 1)
	for _, s := range old {
		if s.hash == 0 {
			continue
		}
		i := s.hash & mask
		for x.slots[i].hash != 0 {
			i = (i + 1) & mask
		}
		x.slots[i] = s
	}
}

// ids returns every ID held, in no particular order.
func (x *idIndex) ids() []ID {
	out := make([]ID, 0, x.n)
	for _, s := range x.slots {
		if s.hash != 0 {
			out = append(out, x.f.entityID(unpackRef(s.ref)))
		}
	}
	return out
}

func unpackRef(ref uint64) entityRef {
	return entityRef{kind: entityKind(ref >> 56), i: int(uint32(ref))}
}

// collectionLens returns the number of entities of each collection, by entityKind, in format
// order (that of kindStakeholder to kindSource); kindNone has none.
func (f *Framework) collectionLens() [kindSource + 1]int {
	return [...]int{
		kindStakeholder: len(f.Stakeholders),
		kindInstrument:  len(f.Instruments),
		kindEvent:       len(f.Events),
		kindCommitment:  len(f.Commitments),
		kindAssessment:  len(f.Assessments),
		kindPlace:       len(f.Places),
		kindSource:      len(f.Sources),
	}
}

// entityID returns the ID of the entity r.
func (f *Framework) entityID(r entityRef) ID {
	switch r.kind {
	case kindStakeholder:
		return f.Stakeholders[r.i].ID
	case kindInstrument:
		return f.Instruments[r.i].ID
	case kindEvent:
		return f.Events[r.i].ID
	case kindCommitment:
		return f.Commitments[r.i].ID
	case kindAssessment:
		return f.Assessments[r.i].ID
	case kindPlace:
		return f.Places[r.i].ID
	case kindSource:
		return f.Sources[r.i].ID
	}
	return ""
}
