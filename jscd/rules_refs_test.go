package jscd

import (
	"bytes"
	"testing"
	"time"
)

// ReadAheadFrom makes a check read ahead (see readAhead) when its ID index has slots slots or
// more: always when slots is 0, never when it is math.MaxInt. Exported for the benchmarks of
// package jscd_test, in this test file only.
func ReadAheadFrom(slots int) CheckOption { return func(c *checkConfig) { c.readAheadFrom = slots } }

// readingAhead makes a check read ahead whatever the size of the document.
func readingAhead() CheckOption { return ReadAheadFrom(0) }

// TestReadAheadAgrees checks that a check that reads ahead finds the issues of one that does
// not, on documents with references of every field, broken, of the wrong kind and repeated.
func TestReadAheadAgrees(t *testing.T) {
	docs := seedDocuments(t, "testdata/invalid/*.json", "testdata/valid/*.json", "testdata/*.json", "datasets/*.json")
	if len(docs) < 20 {
		t.Fatalf("found %d documents; the test needs more", len(docs))
	}
	asOf := AsOf(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
	check := func(data []byte, opts ...CheckOption) string {
		_, issues := CheckBytes(data, opts...)
		return issueLines(issues)
	}
	for i, data := range docs {
		if got, want := check(data, asOf, readingAhead()), check(data, asOf); got != want {
			t.Errorf("document %d, read ahead, gives\n%s\nand without,\n%s", i, got, want)
		}
	}
}

// TestReadAheadServesEveryReference checks that the references read ahead are those the
// references family then asks for, in the same order, so that none is looked up twice: for
// each run of entities the walk reads ahead, the family's checks take every reference noted.
func TestReadAheadServesEveryReference(t *testing.T) {
	docs := seedDocuments(t, "testdata/invalid/*.json", "testdata/valid/*.json", "testdata/*.json", "datasets/*.json")
	noted := 0
	for i, data := range docs {
		f, err := Decode(bytes.NewReader(data))
		if err != nil {
			continue
		}
		c := &checker{f: f, cfg: checkConfig{readAheadFrom: 0}, severity: ruleSeverities(), scratch: new(checkScratch)}
		fams, _ := checkWalk()
		c.prepare(fams)
		v := refsEntities
		noted += servesEvery(t, i, c, kindStakeholder, f.Stakeholders, v.stakeholder)
		noted += servesEvery(t, i, c, kindInstrument, f.Instruments, v.instrument)
		noted += servesEvery(t, i, c, kindEvent, f.Events, v.event)
		noted += servesEvery(t, i, c, kindCommitment, f.Commitments, v.commitment)
		noted += servesEvery(t, i, c, kindAssessment, f.Assessments, v.assessment)
		noted += servesEvery(t, i, c, kindPlace, f.Places, v.place)
		noted += servesEvery(t, i, c, kindSource, f.Sources, v.source)
	}
	if noted < 1000 {
		t.Errorf("the documents have %d references; the test needs more", noted)
	}
}

// servesEvery reads ahead each run of list, the entities of kind of document doc, then runs
// check on them, and reports a run of which check did not take every reference noted. It
// returns the number of references noted.
func servesEvery[E any](t *testing.T, doc int, c *checker, kind entityKind, list []E, check func(*checker, entityRef, *E)) int {
	t.Helper()
	noted := 0
	for lo := 0; lo < len(list); lo += readAheadEntities {
		hi := min(lo+readAheadEntities, len(list))
		lookAhead(c, kind, list[lo:hi], lo, check)
		for i := lo; i < hi; i++ {
			check(c, entityRef{kind, i}, &list[i])
		}
		if c.ahead.next != len(c.ahead.ids) {
			t.Errorf("document %d, %s %d to %d: the checks took %d of the %d references read ahead",
				doc, collectionNames[kind], lo, hi-1, c.ahead.next, len(c.ahead.ids))
		}
		noted += len(c.ahead.ids)
	}
	return noted
}
