package jscd

import (
	"fmt"
	"slices"
	"time"
)

// DueState is where a commitment stands against its due date on a given day.
type DueState string

// The due states. A commitment whose status is final is fulfilled, lapsed or withdrawn,
// whatever its due date; one not yet made is not-yet-made; a suspended one is suspended, never
// overdue; the others compare the day with the span of the due date.
const (
	DueStateNoDeadline DueState = "no-deadline"  // open, with no due date
	DueStateNotDue     DueState = "not-due"      // open, and the due span starts after the day
	DueStateDue        DueState = "due"          // open, and the day falls within the due span: possibly due
	DueStateOverdue    DueState = "overdue"      // open, and the whole due span is before the day
	DueStateFulfilled  DueState = "fulfilled"    // its status is fulfilled
	DueStateLapsed     DueState = "lapsed"       // its status is lapsed
	DueStateWithdrawn  DueState = "withdrawn"    // its status is withdrawn
	DueStateSuspended  DueState = "suspended"    // its status is suspended: not due while it lasts
	DueStateNotYetMade DueState = "not-yet-made" // made after the day
)

var dueStates = [...]DueState{
	DueStateNoDeadline, DueStateNotDue, DueStateDue, DueStateOverdue, DueStateFulfilled, DueStateLapsed,
	DueStateWithdrawn, DueStateSuspended, DueStateNotYetMade,
}

// DueStates returns every DueState, in documentation order (the order renderers list them in).
func DueStates() []DueState { return slices.Clone(dueStates[:]) }

// CommitmentState is where one commitment stands on the day of a StatusReport.
type CommitmentState struct {
	// ID is the commitment's ID.
	ID ID `json:"id"`
	// Commitment is the commitment itself, in the framework the report was made from.
	Commitment *Commitment `json:"-"`
	// Status is the status of the latest status change certainly made on or before the day;
	// empty when there is none yet.
	Status CommitmentStatus `json:"status,omitempty"`
	// Since is the date of that status change; zero when Status is empty.
	Since Date `json:"since,omitzero"`
	// Possibly is the status of a later change whose date only possibly falls on or before the
	// day ("2021-12" on 2021-12-15); empty when there is no such change.
	Possibly CommitmentStatus `json:"possibly,omitempty"`
	// Due is where the commitment stands against its due date.
	Due DueState `json:"due"`
}

// CommitmentGroup is a set of commitments sharing a party (in StatusReport.ByParty) or an area
// of cooperation (in StatusReport.ByArea), with their number in each DueState.
type CommitmentGroup struct {
	// Party is the stakeholder who undertook the group's commitments; empty in ByArea.
	Party ID `json:"party,omitempty"`
	// Area is the area of cooperation the group's commitments concern; empty in ByParty.
	Area Area `json:"area,omitempty"`
	// Counts is how many of the group's commitments are in each DueState; states with none
	// are absent.
	Counts map[DueState]int `json:"counts"`
	// Commitments are the IDs of the group's commitments, in document order.
	Commitments []ID `json:"commitments"`
}

// StatusReport is where every commitment of a framework stands on one day.
type StatusReport struct {
	// AsOf is the day of the report, as given to StatusAsOf.
	AsOf time.Time `json:"asOf"`
	// Commitments are the states of all commitments, in document order.
	Commitments []CommitmentState `json:"commitments"`
	// Counts is how many commitments are in each DueState.
	Counts map[DueState]int `json:"counts"`
	// ByParty groups the commitments by the stakeholders who undertook them (their By), in
	// stakeholder document order; a commitment by two parties is in both groups. Parties that
	// are not stakeholders of the framework come last, by ID.
	ByParty []CommitmentGroup `json:"byParty"`
	// ByArea groups the commitments by area of cooperation, in the order of Areas; areas not
	// defined by the format come last, sorted. A commitment with no area is in no group.
	ByArea []CommitmentGroup `json:"byArea"`
	// Instruments are the states of all instruments, in document order.
	Instruments []InstrumentState `json:"instruments"`
}

// StatusAsOf reports where each commitment and each instrument of f stands on the day of t
// (its calendar date in t's location), reading status histories, lifecycles and due dates
// span-aware, with the rules of Date.CertainlyBefore and Date.PossiblyBefore (a qualified date
// such as "2021~" may be off by one unit of its precision; open and unknown ends are
// unbounded):
//
//   - A status change counts when its date is certainly on or before the day: its whole span
//     ends on or before it. A change dated "2021-12" does not yet count on 2021-12-15 (it may
//     have come later in the month); it is reported as Possibly. Changes with no date, or a date
//     that does not parse, never count. Among the changes that count, the last in the history
//     wins (histories are written oldest first).
//   - A commitment is not-yet-made when the date it was made (Made, or its event's date)
//     certainly falls after the day.
//   - A commitment due "2021" (by the end of 2021) is due on 2021-12-15 and overdue on
//     2022-01-01: overdue means the whole due span is certainly before the day. One due
//     "2021/.." (open end) is never overdue. A suspended commitment is not due while it is
//     suspended.
//   - An instrument with a lifecycle stands where the steps certainly entered by the day leave
//     it: signed (once its signature counts, and after a ratification), active (in force, or
//     resumed), suspended, terminated, concluded (expired) or superseded, and proposed before
//     its signature. Amendments and notices of termination, pending, suspended or withdrawn,
//     leave its status as it was. An instrument without a lifecycle stands at its Status field.
//
// A nil framework gives a report with no commitments and no instruments.
func (f *Framework) StatusAsOf(t time.Time) *StatusReport {
	r := &StatusReport{AsOf: t, Counts: map[DueState]int{}, ByParty: []CommitmentGroup{}, ByArea: []CommitmentGroup{},
		Commitments: []CommitmentState{}, Instruments: []InstrumentState{}}
	if f == nil {
		return r
	}
	asOf := dayDate(t)
	events := f.eventIndex()
	for i := range f.Commitments {
		st := f.commitmentState(i, asOf, events)
		r.Commitments = append(r.Commitments, st)
		r.Counts[st.Due]++
	}
	r.ByParty = f.groupByParty(r.Commitments)
	r.ByArea = groupByArea(r.Commitments)
	for i := range f.Instruments {
		r.Instruments = append(r.Instruments, instrumentState(&f.Instruments[i], asOf))
	}
	return r
}

// InstrumentState is where one instrument stands on the day of a StatusReport.
type InstrumentState struct {
	// ID is the instrument's ID.
	ID ID `json:"id"`
	// Instrument is the instrument itself, in the framework the report was made from.
	Instrument *Instrument `json:"-"`
	// Status is where the instrument stands on the day: derived from its lifecycle (see
	// StatusAsOf), or its Status field when it has no lifecycle.
	Status InstrumentStatus `json:"status,omitempty"`
	// Stage is the latest lifecycle stage certainly entered on or before the day; empty when
	// there is none.
	Stage LifecycleStage `json:"stage,omitempty"`
	// Since is the date of that stage, or of the signature when no stage has been entered and
	// the instrument was certainly signed by the day; zero otherwise.
	Since Date `json:"since,omitzero"`
}

// instrumentState reads in's lifecycle up to the day asOf.
func instrumentState(in *Instrument, asOf Date) InstrumentState {
	st := InstrumentState{ID: in.ID, Instrument: in, Status: in.Status}
	if len(in.Lifecycle) == 0 {
		return st
	}
	signed := certainlyByDay(in.Signed, asOf)
	ph := startPhase(certainlyByDay(in.Date.Start(), asOf), signed)
	if signed {
		st.Since = in.Signed
	}
	for j := range in.Lifecycle {
		step := &in.Lifecycle[j]
		if !step.Stage.Valid() || !certainlyByDay(step.Date, asOf) {
			continue
		}
		ph.apply(step)
		st.Stage, st.Since = ph.stage, ph.since
	}
	st.Status = ph.status
	return st
}

func (f *Framework) commitmentState(i int, asOf Date, events eventLookup) CommitmentState {
	c := &f.Commitments[i]
	st := CommitmentState{ID: c.ID, Commitment: c}
	for _, ch := range c.Status {
		switch {
		case certainlyByDay(ch.Date, asOf):
			st.Status, st.Since, st.Possibly = ch.Status, ch.Date, ""
		case possiblyByDay(ch.Date, asOf):
			st.Possibly = ch.Status
		}
	}
	made, _ := f.madeDate(i, events)
	st.Due = dueState(st.Status, made, c.Due, asOf)
	return st
}

func dueState(status CommitmentStatus, made, due Date, asOf Date) DueState {
	switch {
	case asOf.CertainlyBefore(made):
		return DueStateNotYetMade
	case status == CommitmentStatusFulfilled:
		return DueStateFulfilled
	case status == CommitmentStatusLapsed:
		return DueStateLapsed
	case status == CommitmentStatusWithdrawn:
		return DueStateWithdrawn
	case status == CommitmentStatusSuspended:
		return DueStateSuspended
	case !due.valid():
		return DueStateNoDeadline
	case asOf.CertainlyBefore(due):
		return DueStateNotDue
	case due.CertainlyBefore(asOf):
		return DueStateOverdue
	}
	return DueStateDue
}

// dayDate returns the calendar day of t, in t's location, as a day-precision Date, so that the
// as-of day compares with the document's dates by the Date methods and their rules for
// qualified and open ends. Years outside 0000–9999 are clamped to that range.
func dayDate(t time.Time) Date {
	y, m, d := t.Date()
	switch {
	case y < 0:
		y, m, d = 0, time.January, 1
	case y > 9999:
		y, m, d = 9999, time.December, 31
	}
	day, _ := ParseDate(fmt.Sprintf("%04d-%02d-%02d", y, m, d))
	return day
}

// certainlyByDay reports whether every day d may denote is on or before day.
func certainlyByDay(d, day Date) bool {
	return d.valid() && !day.PossiblyBefore(d)
}

// possiblyByDay reports whether some day d may denote is on or before day.
func possiblyByDay(d, day Date) bool {
	return d.valid() && !day.CertainlyBefore(d)
}

func (f *Framework) groupByParty(states []CommitmentState) []CommitmentGroup {
	rank := map[ID]int{}
	for i, s := range f.Stakeholders {
		if _, dup := rank[s.ID]; !dup {
			rank[s.ID] = i
		}
	}
	return groupBy(states, func(c *Commitment) []ID { return c.By }, rank,
		func(g *CommitmentGroup, party ID) { g.Party = party })
}

func groupByArea(states []CommitmentState) []CommitmentGroup {
	rank := map[Area]int{}
	for i, a := range areas {
		rank[a] = i
	}
	return groupBy(states, func(c *Commitment) []Area { return c.Areas }, rank,
		func(g *CommitmentGroup, area Area) { g.Area = area })
}

// compareRanked orders keys with a rank before keys without, ranked keys by rank and the
// others by their text.
func compareRanked[K ~string](rank map[K]int, a, b K) int {
	ra, okA := rank[a]
	rb, okB := rank[b]
	switch {
	case okA && okB:
		return ra - rb
	case okA:
		return -1
	case okB:
		return 1
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// groupBy puts each commitment in the group of each of its keys (once per key, even when a
// key is repeated), and returns the groups ordered by compareRanked, each with its key set by
// setKey.
func groupBy[K ~string](states []CommitmentState, keysOf func(*Commitment) []K, rank map[K]int,
	setKey func(*CommitmentGroup, K)) []CommitmentGroup {
	type keyed struct {
		key   K
		group CommitmentGroup
	}
	var groups []keyed
	index := map[K]int{}
	for _, st := range states {
		seen := map[K]bool{}
		for _, k := range keysOf(st.Commitment) {
			if seen[k] {
				continue
			}
			seen[k] = true
			i, ok := index[k]
			if !ok {
				i = len(groups)
				index[k] = i
				groups = append(groups, keyed{key: k, group: CommitmentGroup{Counts: map[DueState]int{}}})
			}
			g := &groups[i].group
			g.Counts[st.Due]++
			g.Commitments = append(g.Commitments, st.ID)
		}
	}
	slices.SortStableFunc(groups, func(a, b keyed) int { return compareRanked(rank, a.key, b.key) })
	out := make([]CommitmentGroup, len(groups))
	for i, g := range groups {
		out[i] = g.group
		setKey(&out[i], g.key)
	}
	return out
}
