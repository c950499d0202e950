package jscd_test

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/internal/synth"
)

// largeFramework builds a synthetic framework of n stakeholders, n/10 instruments (each resting
// on up to three earlier ones), n events and n commitments, with dates of every precision,
// qualified and interval dates among them (which synth.Framework, made to be valid, does not
// draw). The same n always gives the same framework.
func largeFramework(tb testing.TB, n int) *jscd.Framework {
	tb.Helper()
	r := rand.New(rand.NewPCG(uint64(n), 1))
	date := func() jscd.Date {
		y, m, d := 1990+r.IntN(35), 1+r.IntN(12), 1+r.IntN(28)
		texts := []string{fmt.Sprint(y), fmt.Sprintf("%d-%02d", y, m), fmt.Sprintf("%d-%02d-%02d", y, m, d),
			fmt.Sprintf("%d~", y), fmt.Sprintf("%d/%d", y, y+1+r.IntN(3))}
		return day(tb, texts[r.IntN(len(texts))])
	}
	f := &jscd.Framework{Format: jscd.FormatTag, ID: "large", Title: jscd.Text{"en": "Large"}}
	for i := range n {
		f.Stakeholders = append(f.Stakeholders, jscd.Stakeholder{
			ID: jscd.ID(fmt.Sprintf("person-%d", i)), Kind: jscd.StakeholderKindPerson,
			Name:    jscd.Text{"en": fmt.Sprintf("Person al-Name%d", i), "ar": fmt.Sprintf("الشخص الاسم%d", i)},
			Aliases: []jscd.Text{{"en": fmt.Sprintf("Alias %d", i)}},
			Positions: []jscd.Position{{Title: jscd.Text{"en": "Minister of Defense", "ar": "وزير الدفاع"},
				From: date()}},
		})
	}
	instruments := max(n/10, 1)
	for i := range instruments {
		in := jscd.Instrument{ID: jscd.ID(fmt.Sprintf("instrument-%d", i)), Date: date()}
		for range min(i, 3) {
			in.Relations = append(in.Relations, jscd.Relation{Type: jscd.RelationTypeBasedOn,
				To: jscd.ID(fmt.Sprintf("instrument-%d", r.IntN(i)))})
		}
		f.Instruments = append(f.Instruments, in)
	}
	for i := range n {
		f.Events = append(f.Events, jscd.Event{ID: jscd.ID(fmt.Sprintf("event-%d", i)),
			Instrument: jscd.ID(fmt.Sprintf("instrument-%d", r.IntN(instruments))), Date: date()})
		f.Commitments = append(f.Commitments, jscd.Commitment{
			ID: jscd.ID(fmt.Sprintf("commitment-%d", i)), By: []jscd.ID{jscd.ID(fmt.Sprintf("person-%d", r.IntN(n)))},
			Areas: []jscd.Area{jscd.Areas()[r.IntN(len(jscd.Areas()))]}, MadeAt: jscd.ID(fmt.Sprintf("event-%d", i)),
			Due: date(), Status: []jscd.StatusChange{{Status: jscd.CommitmentStatusAgreed, Date: date()}},
		})
	}
	return f
}

// benchmarkSize is the number of entities of the synthetic framework the benchmarks use
// (synth.Framework: about 3,000 events and 3,000 commitments, 500 instruments).
const benchmarkSize = 10000

func BenchmarkLineage(b *testing.B) {
	f := synth.Framework(benchmarkSize, 1)
	for b.Loop() {
		f.Lineage()
	}
}

func BenchmarkTimeline(b *testing.B) {
	f := synth.Framework(benchmarkSize, 1)
	for b.Loop() {
		f.Timeline()
	}
}

func BenchmarkStatusAsOf(b *testing.B) {
	f := synth.Framework(benchmarkSize, 1)
	asOf := time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC)
	for b.Loop() {
		f.StatusAsOf(asOf)
	}
}

func BenchmarkSearch(b *testing.B) {
	f := synth.Framework(benchmarkSize, 1)
	for b.Loop() {
		f.Search("minister 12")
	}
}

func BenchmarkDiff(b *testing.B) {
	old, new := synth.Framework(benchmarkSize, 1), synth.Framework(benchmarkSize, 1)
	new.Commitments = new.Commitments[1:]
	for b.Loop() {
		jscd.Diff(old, new)
	}
}

// TestLargeFramework runs the analyses on a large framework once: no cycles among relations to earlier instruments, one timeline entry
// per dated thing, every commitment reported.
func TestLargeFramework(t *testing.T) {
	n := 300
	f := largeFramework(t, n)
	l := f.Lineage()
	if len(l.Cycles()) != 0 || len(l.Nodes()) != n+n/10 {
		t.Errorf("Lineage: %d nodes, cycles %v", len(l.Nodes()), l.Cycles())
	}
	// Per stakeholder: a position; per instrument: a date; per event: a date; per
	// commitment: made (its event's date), a status change and a due date.
	if got, want := len(f.Timeline()), n+n/10+n+3*n; got != want {
		t.Errorf("Timeline has %d entries, want %d", got, want)
	}
	if got := len(f.StatusAsOf(time.Now()).Commitments); got != n {
		t.Errorf("StatusAsOf reports %d commitments, want %d", got, n)
	}
	if got := f.Search("al-name17"); len(got) == 0 || got[0].ID != "person-17" {
		t.Errorf("Search(al-name17) = %v, want person-17 first", got)
	}
}
