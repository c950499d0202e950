package jscd

import (
	"cmp"
	"slices"
	"strings"
	"time"
)

// The codes of the time rules. Every comparison is span-aware: a date such as "2021" is the
// whole year. A conflict that holds however the dates are read is certain, and reported with
// the rule's severity; one that holds only for some readings is possible, and reported as a
// warning. Dates marked uncertain (?) or approximate (~) may be off by one unit of their
// precision (see Date.CertainlyBefore).
// Rules describes each rule, and docs/rules.md gives it with examples.
const (
	CodeTimeEventOutside    Code = "time.event-outside"
	CodeTimeRelationForward Code = "time.relation-forward"
	CodeTimeDueBeforeMade   Code = "time.due-before-made"
	CodeTimeMadeMismatch    Code = "time.made-mismatch"
	CodeStatusOrder         Code = "status.order"
	CodeStatusTransition    Code = "status.transition"
	CodeStatusBeforeMade    Code = "status.before-made"
	CodeRoleNotHeld         Code = "role.not-held"
	CodePositionOrder       Code = "position.order"
	CodePositionOverlap     Code = "position.overlap"
	CodeStatusFuture        Code = "status.future"
	CodeEventFuture         Code = "event.future"
	CodeCommitmentOverdue   Code = "commitment.overdue"
)

const (
	fmtEventOutside         = "event date %s is outside the lifetime %s of its instrument %q"
	fmtEventMaybeOutside    = "event date %s may fall outside the lifetime %s of its instrument %q"
	fmtRelationForward      = "this instrument begins %s, before %q (begins %s), yet its relation is %q"
	fmtRelationMaybeForward = "this instrument may begin %s, before %q (begins %s), yet its relation is %q"
	fmtDueBeforeMade        = "due date %s is before the commitment was made, %s"
	fmtDueMaybeBeforeMade   = "due date %s may be before the commitment was made, %s"
	fmtMadeMismatch         = "made date %s is not the date %s of the event %q it was made at"
	fmtStatusOrder          = "status dated %s is listed after a status dated %s; list the history oldest first"
	fmtStatusMaybeOrder     = "status dated %s may be earlier than the status dated %s listed before it"
	fmtStatusFirst          = "a status history starts at \"proposed\" or \"agreed\", not %q"
	fmtStatusTransition     = "status %q cannot follow %q"
	fmtStatusAfterFinal     = "status %q cannot follow the final status %q"
	fmtStatusBeforeMade     = "status dated %s is before the commitment was made, %s"
	fmtStatusMaybeBefore    = "status dated %s may be before the commitment was made, %s"
	fmtRoleNotHeld          = "%q acts as %q for %q on %s but holds no position in that state on that date"
	fmtRoleMaybeNotHeld     = "%q acts as %q for %q on %s and may not hold a position in that state on that date"
	fmtRoleNoPosition       = "%q acts as %q for %q on %s, but no position of theirs in that state is recorded"
	fmtPositionOrder        = "position ends %s, before it begins %s"
	fmtPositionMaybeOrder   = "position may end %s, before it begins %s"
	fmtPositionOverlap      = "the same title at the same organisation is held twice at once: this position overlaps %s"
	fmtPositionMaybeOverlap = "this position may overlap %s, which has the same title at the same organisation"
	fmtStatusFuture         = "status dated %s is after the as-of day %s"
	fmtStatusMaybeFuture    = "status dated %s may be after the as-of day %s"
	fmtEventFuture          = "event dated %s is after the as-of day %s"
	fmtCommitmentOverdue    = "due %s, before the as-of day %s, but its status is still %q"
	fmtCommitmentNoStatus   = "due %s, before the as-of day %s, but no status records it as done or ended"
)

var timeRules = [...]ruleSpec{
	{CodeTimeEventOutside, SeverityError, "Events fall within the lifetime of their instrument.", []string{fmtEventOutside, fmtEventMaybeOutside}},
	{CodeTimeRelationForward, SeverityError, "Relations based-on, implements, continues, supersedes and amends point back in time.", []string{fmtRelationForward, fmtRelationMaybeForward}},
	{CodeTimeDueBeforeMade, SeverityError, "A commitment is not due before it was made.", []string{fmtDueBeforeMade, fmtDueMaybeBeforeMade}},
	{CodeTimeMadeMismatch, SeverityError, "A commitment's made date agrees with the date of the event it was made at.", []string{fmtMadeMismatch}},
	{CodeStatusOrder, SeverityError, "A status history is listed oldest first.", []string{fmtStatusOrder, fmtStatusMaybeOrder}},
	{CodeStatusTransition, SeverityError, "A status history follows the allowed transitions.", []string{fmtStatusFirst, fmtStatusTransition, fmtStatusAfterFinal}},
	{CodeStatusBeforeMade, SeverityError, "No status change is dated before the commitment was made.", []string{fmtStatusBeforeMade, fmtStatusMaybeBefore}},
	{CodeRoleNotHeld, SeverityError, "A person leading, chairing or speaking for a delegation holds a position in its state on the day.", []string{fmtRoleNotHeld, fmtRoleMaybeNotHeld, fmtRoleNoPosition}},
	{CodePositionOrder, SeverityError, "A position does not end before it begins.", []string{fmtPositionOrder, fmtPositionMaybeOrder}},
	{CodePositionOverlap, SeverityError, "A person does not hold the same title at the same organisation twice at once.", []string{fmtPositionOverlap, fmtPositionMaybeOverlap}},
	{CodeStatusFuture, SeverityError, "With AsOf: no status change is dated after the as-of day.", []string{fmtStatusFuture, fmtStatusMaybeFuture}},
	{CodeEventFuture, SeverityWarning, "With AsOf: no event is dated after the as-of day.", []string{fmtEventFuture}},
	{CodeCommitmentOverdue, SeverityWarning, "With AsOf: a commitment past its due date is marked done or ended.", []string{fmtCommitmentOverdue, fmtCommitmentNoStatus}},
}

// conflict is how sure a rule is that dates contradict each other.
type conflict uint8

const (
	noConflict conflict = iota
	possibleConflict
	certainConflict
)

// bounds returns the earliest and latest day of d, as days since 1970-01-01, with the far
// bounds dayMinusInfinity and dayPlusInfinity standing for unknown or open ends.
func bounds(d *Date) (lo, hi int64) {
	lo, hi = dayMinusInfinity, dayPlusInfinity
	if d.start.kind == dateEndDay {
		lo = d.start.first
	}
	if d.end.kind == dateEndDay {
		hi = d.end.last
	}
	return lo, hi
}

// before says whether a is before b. It is certain when every day of a is before every day of
// b, qualifiers taken into account. It is possible when the spans overlap and
// a both begins and ends earlier than b: a coarse date that contains a finer one ("2021" and
// "2021-07-23") is no conflict, since the sources mean the same time.
func before(a, b *Date) conflict {
	if !a.valid() || !b.valid() {
		return noConflict
	}
	sa, sb := timeSpanOf(a), timeSpanOf(b)
	return spanBefore(&sa, &sb)
}

// A timeSpan is what the time rules compare of a valid Date: the days it bounds (as bounds
// gives them) and the days it may denote (as possibleSpan gives them, wider only when the date
// is qualified). A rule that compares one date many times, long after it read the date, keeps
// its timeSpan rather than the Date.
type timeSpan struct {
	lo, hi      int64
	first, last int64
}

// timeSpanOf returns the timeSpan of d, a valid Date.
func timeSpanOf(d *Date) timeSpan {
	s := timeSpan{}
	s.lo, s.hi = bounds(d)
	s.first, s.last = s.lo, s.hi // the possible span of a date without a qualifier
	if d.qualified() {
		s.first, s.last = d.possibleSpan()
	}
	return s
}

// overlaps reports whether the days two valid dates may denote meet, as Date.Overlaps does.
func (s *timeSpan) overlaps(t *timeSpan) bool { return s.first <= t.last && t.first <= s.last }

// spanBefore is before for the spans of two valid dates.
func spanBefore(a, b *timeSpan) conflict {
	if a.last < b.first { // a.CertainlyBefore(b)
		return certainConflict
	}
	if a.first < b.last && a.lo < b.lo && a.hi < b.hi { // a.PossiblyBefore(b), and a begins and ends first
		return possibleConflict
	}
	return noConflict
}

// prepareTime works out the lifetime of every instrument, which the time rules of events and
// relations compare dates with, and makes room for the roles noteRole notes and checkRoles sorts.
func (c *checker) prepareTime() {
	f := c.f
	c.lifetimes = make([]instrumentLifetime, len(f.Instruments))
	for i := range f.Instruments {
		lt := &c.lifetimes[i]
		lt.begins, lt.ends = lifetime(&f.Instruments[i])
	}
	c.roles = slices.Grow(c.scratch.roles[:0], cap(c.refs.participant)) // as many as the participants
	c.sortedRoles = c.scratch.sortedRoles
}

// timeEntities are the time rules of each entity.
var timeEntities = entityVisitor{
	stakeholder: func(c *checker, r entityRef, _ *Stakeholder) { c.timePositions(r.i) },
	instrument:  func(c *checker, r entityRef, _ *Instrument) { c.timeRelations(r.i) },
	event:       func(c *checker, r entityRef, _ *Event) { c.timeEvent(r.i) },
	commitment:  func(c *checker, r entityRef, _ *Commitment) { c.timeCommitment(r.i) },
}

// timeEvent checks that the event falls within its instrument's span, and the roles of its
// participants.
func (c *checker) timeEvent(i int) {
	ev := &c.f.Events[i]
	p := element("events", i)
	if r := c.refs.eventInstrument[i]; r.kind == kindInstrument {
		lt := &c.lifetimes[r.i]
		if k := outsideLifetime(&ev.Date, &lt.begins, &lt.ends); k != noConflict {
			c.reportConflict(k, CodeTimeEventOutside, p.key("date"), fmtEventOutside, fmtEventMaybeOutside,
				ev.Date.String(), lifetimeText(lt.begins, lt.ends), string(ev.Instrument))
		}
	}
	if asOf := c.cfg.asOf; asOf.valid() && before(&asOf, &ev.Date) == certainConflict {
		c.report(CodeEventFuture, p.key("date"), fmtEventFuture, ev.Date.String(), asOf.String())
	}
	for j, refs := range c.refs.participants(i) {
		c.noteRole(i, j, refs)
	}
}

// timeRelations checks that the relations of an instrument that imply an order in time point
// back in time.
func (c *checker) timeRelations(i int) {
	in := &c.f.Instruments[i]
	begins := &c.lifetimes[i].begins
	for j, r := range c.refs.relations(i) {
		rel := &in.Relations[j]
		switch rel.Type {
		case RelationTypeBasedOn, RelationTypeImplements, RelationTypeContinues, RelationTypeSupersedes,
			RelationTypeAmends:
		default:
			continue
		}
		if r.kind != kindInstrument {
			continue
		}
		other := &c.lifetimes[r.i].begins
		if k := before(begins, other); k != noConflict {
			ip := element("instruments", i)
			c.reportConflict(k, CodeTimeRelationForward,
				ip.at("relations", j), fmtRelationForward, fmtRelationMaybeForward,
				begins.String(), string(rel.To), other.String(), string(rel.Type))
		}
	}
}

// timeCommitment checks the dates and the status history of one commitment.
func (c *checker) timeCommitment(i int) {
	cm := &c.f.Commitments[i]
	p := element("commitments", i)
	// The event it was made at, as the document's index has it: an ID repeated across
	// collections (reported as id.duplicate) names an event only if its first entity is one.
	madeAt := c.refs.commitmentMadeAt[i]
	made, _ := c.f.madeDate(i, func(ID) (int, bool) { return madeAt.i, madeAt.kind == kindEvent })
	c.checkMadeAtEvent(p, cm, madeAt)
	if k := deadlinePassed(&cm.Due, &made); k != noConflict {
		c.reportConflict(k, CodeTimeDueBeforeMade, p.key("due"),
			fmtDueBeforeMade, fmtDueMaybeBeforeMade, cm.Due.String(), made.String())
	}
	c.checkTransitions(p, cm.Status)
	for j := range cm.Status {
		st := &cm.Status[j]
		sp := p.at("status", j)
		dp := sp.key("date")
		if j > 0 {
			prev := &cm.Status[j-1].Date
			if k := before(&st.Date, prev); k != noConflict {
				c.reportConflict(k, CodeStatusOrder, dp,
					fmtStatusOrder, fmtStatusMaybeOrder, st.Date.String(), prev.String())
			}
		}
		if k := before(&st.Date, &made); k != noConflict {
			c.reportConflict(k, CodeStatusBeforeMade, dp,
				fmtStatusBeforeMade, fmtStatusMaybeBefore, st.Date.String(), made.String())
		}
		if asOf := &c.cfg.asOf; asOf.valid() {
			if k := before(asOf, &st.Date); k != noConflict {
				c.reportConflict(k, CodeStatusFuture, dp,
					fmtStatusFuture, fmtStatusMaybeFuture, st.Date.String(), asOf.String())
			}
		}
	}
	c.checkOverdue(p, cm)
}

// checkMadeAtEvent reports a made date that cannot be the day of the event r it was made at.
func (c *checker) checkMadeAtEvent(p loc, cm *Commitment, r entityRef) {
	if r.kind != kindEvent || !cm.Made.valid() {
		return
	}
	ev := &c.f.Events[r.i]
	if ev.Date.valid() && !cm.Made.Overlaps(ev.Date) {
		c.report(CodeTimeMadeMismatch, p.key("made"), fmtMadeMismatch, cm.Made.String(), ev.Date.String(), string(cm.MadeAt))
	}
}

// deadlinePassed says whether the last day of due is before made: certainly when it is before
// every day made can be, possibly when it is before the last of them.
func deadlinePassed(due, made *Date) conflict {
	if !due.valid() || !made.valid() {
		return noConflict
	}
	_, dueHi := bounds(due)
	_, madeHi := bounds(made)
	switch {
	case certainlyBefore(due, made):
		return certainConflict
	case dueHi < madeHi:
		return possibleConflict
	}
	return noConflict
}

// mayFollow reports whether status next may follow the open status prev.
func mayFollow(prev, next CommitmentStatus) bool {
	switch next {
	case CommitmentStatusLapsed, CommitmentStatusWithdrawn:
		return true
	case CommitmentStatusAgreed:
		return prev == CommitmentStatusProposed || prev == CommitmentStatusSuspended
	case CommitmentStatusInProgress:
		return prev == CommitmentStatusAgreed || prev == CommitmentStatusSuspended
	case CommitmentStatusSuspended:
		return prev == CommitmentStatusAgreed || prev == CommitmentStatusInProgress
	case CommitmentStatusFulfilled:
		return prev == CommitmentStatusAgreed || prev == CommitmentStatusInProgress
	}
	return false
}

// checkTransitions reports a status history that does not follow the allowed transitions.
// Undefined statuses are left to the enum rule.
func (c *checker) checkTransitions(p loc, history []StatusChange) {
	for j := range history {
		cur := history[j].Status
		cp := p.at("status", j)
		sp := cp.key("status")
		if !cur.Valid() {
			return
		}
		if j == 0 {
			if cur != CommitmentStatusProposed && cur != CommitmentStatusAgreed {
				c.report(CodeStatusTransition, sp, fmtStatusFirst, string(cur))
			}
			continue
		}
		prev := history[j-1].Status
		switch {
		case !prev.Valid():
			return
		case prev.IsFinal():
			c.report(CodeStatusTransition, sp, fmtStatusAfterFinal, string(cur), string(prev))
		case !mayFollow(prev, cur):
			c.report(CodeStatusTransition, sp, fmtStatusTransition, string(cur), string(prev))
		}
	}
}

// checkOverdue reports, with AsOf, a commitment whose deadline has certainly passed on the
// as-of day while the last status recorded by then is open.
func (c *checker) checkOverdue(p loc, cm *Commitment) {
	asOf := c.cfg.asOf
	if !asOf.valid() || !cm.Due.valid() || deadlinePassed(&cm.Due, &asOf) != certainConflict {
		return
	}
	var last *StatusChange
	for j := range cm.Status {
		if before(&asOf, &cm.Status[j].Date) != certainConflict {
			last = &cm.Status[j]
		}
	}
	switch {
	case last == nil:
		c.report(CodeCommitmentOverdue, p.key("due"), fmtCommitmentNoStatus, cm.Due.String(), asOf.String())
	case !last.Status.IsFinal() && last.Status != CommitmentStatusSuspended:
		c.report(CodeCommitmentOverdue, p.key("due"), fmtCommitmentOverdue, cm.Due.String(), asOf.String(), string(last.Status))
	}
}

// reportConflict reports a certain conflict with format, at the rule's severity, and a
// possible one with maybeFormat, as a warning at most. Callers test for a conflict first, so
// that the arguments are built only when there is one.
func (c *checker) reportConflict(k conflict, code Code, p loc, format, maybeFormat string, args ...any) {
	switch k {
	case certainConflict:
		c.report(code, p, format, args...)
	case possibleConflict:
		c.reportPossible(code, p, maybeFormat, args...)
	}
}

// reportPossible reports a conflict that holds only for some readings of the dates, or of what
// the document leaves out: as a warning, or at the rule's severity when that is lower.
func (c *checker) reportPossible(code Code, p loc, format string, args ...any) {
	c.add(code, max(c.severity[code], SeverityWarning), p, "", format, args)
}

// roleNote is a participant whose role the time rules check against the positions of the
// person: participant j of event, who is stakeholder person, for the state delegation (indexes
// of their collections).
type roleNote struct{ person, event, j, delegation int32 }

// roleCheck is a roleNote with the span of its event's date, which is all checkRoleHeld reads
// of the event unless it reports an issue.
type roleCheck struct {
	roleNote
	date timeSpan
}

// noteRole notes participant j of event i, whose references resolve to refs, for checkRoles
// when the participant is a person who leads, chairs or speaks for a state on a known day.
func (c *checker) noteRole(i, j int, refs participantRefs) {
	ev := &c.f.Events[i]
	pa := &ev.Participants[j]
	if pa.Role != RoleLead && pa.Role != RoleChair && pa.Role != RoleSpeaker {
		return
	}
	if refs.stakeholder.kind != kindStakeholder || !ev.Date.valid() || !c.isState(refs.delegation) {
		return
	}
	if c.stakeholderKind(refs.stakeholder.i) != StakeholderKindPerson {
		return
	}
	c.roles = append(c.roles, roleNote{int32(refs.stakeholder.i), int32(i), int32(j), int32(refs.delegation.i)})
}

// checkRoles checks the roles noted by noteRole person by person, in the order of the
// stakeholders (and for each person in the order of the events). In a large document the
// events name their people in no order, and checking each role as its event is read would read
// the person, then the positions, from places no cache holds, each read waiting on the one
// before. So the notes, which are in the order of the events, are sorted into the order of the
// people, each with the span of its event's date, and then checked in that order: the events,
// then the sorted roles, the people and their positions are read in the order they lie in
// memory, at the speed of a scan, and the sort's writes, each independent of the others,
// overlap. The order of the issues found does not matter: check sorts them.
func (c *checker) checkRoles() {
	if len(c.roles) == 0 {
		return
	}
	// A counting sort, which keeps the order of the events: next[p] is where the roles of
	// person p go, once the people before p are counted.
	next := make([]int32, len(c.f.Stakeholders)+1)
	for _, r := range c.roles {
		next[r.person+1]++
	}
	for i := 1; i < len(next); i++ {
		next[i] += next[i-1]
	}
	c.sortedRoles = slices.Grow(c.sortedRoles[:0], len(c.roles))[:len(c.roles)] // each one written below
	for _, r := range c.roles {
		c.sortedRoles[next[r.person]] = roleCheck{r, timeSpanOf(&c.f.Events[r.event].Date)}
		next[r.person]++
	}
	for k := range c.sortedRoles {
		c.checkRoleHeld(&c.sortedRoles[k])
	}
}

// checkRoleHeld reports a person who leads, chairs or speaks for a delegation on a day when
// they hold no position in the delegation's state.
func (c *checker) checkRoleHeld(rc *roleCheck) {
	state := entityRef{kindStakeholder, int(rc.delegation)}
	person := &c.f.Stakeholders[rc.person]
	best, found := certainConflict, false
	for k, org := range c.refs.positions(int(rc.person)) {
		pos := &person.Positions[k]
		if !c.inState(pos.Organization, org, state) {
			continue
		}
		found = true
		best = min(best, heldConflict(&rc.date, pos))
	}
	if found && best == noConflict {
		return
	}
	i, j := int(rc.event), int(rc.j)
	ev := &c.f.Events[i]
	pa := &ev.Participants[j]
	args := []any{string(pa.Stakeholder), string(pa.Role), string(pa.Delegation), ev.Date.String()}
	sp := participantField(i, j, "stakeholder")
	if !found {
		// No position in the state is known: the person may hold one the document does not
		// list, so the conflict is only possible.
		c.reportPossible(CodeRoleNotHeld, sp, fmtRoleNoPosition, args...)
		return
	}
	c.reportConflict(best, CodeRoleNotHeld, sp, fmtRoleNotHeld, fmtRoleMaybeNotHeld, args...)
}

// heldConflict says whether a valid date of span d may fall outside the time pos was held:
// before its From or after its To. A position known only by the days it was held on (HeldOn,
// with neither From nor To) was held from the first of them to the last; a date outside that is
// possibly, never certainly, outside its unknown term. A date on one of the HeldOn days is no
// conflict.
func heldConflict(d *timeSpan, pos *Position) conflict {
	for k := range pos.HeldOn {
		if day := &pos.HeldOn[k]; day.valid() {
			if held := timeSpanOf(day); held.overlaps(d) {
				return noConflict
			}
		}
	}
	if pos.From.zero() && pos.To.zero() && len(pos.HeldOn) > 0 {
		first, last := heldOnBounds(pos.HeldOn)
		if !first.valid() {
			return noConflict // no day parses: nothing is known
		}
		return min(possibleConflict, max(spanBeforeDate(d, &first), dateBeforeSpan(&last, d)))
	}
	return max(spanBeforeDate(d, &pos.From), dateBeforeSpan(&pos.To, d))
}

// spanBeforeDate is before of a valid date of span a and the date b.
func spanBeforeDate(a *timeSpan, b *Date) conflict {
	if !b.valid() {
		return noConflict
	}
	sb := timeSpanOf(b)
	return spanBefore(a, &sb)
}

// dateBeforeSpan is before of the date a and a valid date of span b.
func dateBeforeSpan(a *Date, b *timeSpan) conflict {
	if !a.valid() {
		return noConflict
	}
	sa := timeSpanOf(a)
	return spanBefore(&sa, b)
}

// heldOnBounds returns the earliest and the latest of the valid days, or zero Dates.
func heldOnBounds(days []Date) (first, last Date) {
	for _, day := range days {
		if !day.valid() {
			continue
		}
		if !first.valid() || day.Compare(first) < 0 {
			first = day
		}
		if !last.valid() || day.Compare(last) > 0 {
			last = day
		}
	}
	return first, last
}

// inState reports whether a position at organisation org, which resolves to orgRef, may be a
// position in the state that state resolves to: the organisation is the state, has it as an
// ancestor, or has its country. A position without an organisation, or with one that does not
// name an organisation, may be anywhere.
func (c *checker) inState(org ID, orgRef, state entityRef) bool {
	st := &c.f.Stakeholders[state.i]
	if org == "" || org == st.ID {
		return true
	}
	if orgRef.kind != kindStakeholder || !c.stakeholderKind(orgRef.i).IsOrganization() {
		return true // a broken reference, reported by the reference rules
	}
	if anc := c.stateAncestor(orgRef.i); anc >= 0 && c.f.Stakeholders[anc].ID == st.ID {
		return true
	}
	country := c.f.Stakeholders[orgRef.i].Country
	return country != "" && country == st.Country
}

// stateAncestor returns the index of the nearest stakeholder of kind state on the parent chain
// of stakeholder i (i itself included), or -1. Results are memoised along the chain, so that
// the rule stays linear; a cycle of parents ends the walk.
func (c *checker) stateAncestor(i int) int {
	if c.stateOf == nil {
		c.stateOf = make([]int32, len(c.f.Stakeholders))
	}
	const unknown, inProgress, none = 0, -2, -1
	var chain []int
	result, cur := -1, i
	for {
		if v := c.stateOf[cur]; v != unknown {
			if v > 0 {
				result = int(v - 1)
			}
			break
		}
		if c.stakeholderKind(cur) == StakeholderKindState {
			result = cur
			break
		}
		c.stateOf[cur] = inProgress
		chain = append(chain, cur)
		r := c.refs.stakeholderParent[cur]
		if r.kind != kindStakeholder {
			break
		}
		cur = r.i
	}
	memo := int32(none)
	if result >= 0 {
		memo = int32(result + 1)
	}
	for _, k := range chain {
		c.stateOf[k] = memo
	}
	return result
}

// timePositions checks the positions of one person: each begins before it ends, and no title
// at one organisation is held twice at once.
func (c *checker) timePositions(i int) {
	positions := c.f.Stakeholders[i].Positions
	sp := element("stakeholders", i)
	p := sp.key("positions")
	for j := range positions {
		pos := &positions[j]
		if k := before(&pos.To, &pos.From); k != noConflict {
			pp := p.index(j)
			c.reportConflict(k, CodePositionOrder, pp.key("to"),
				fmtPositionOrder, fmtPositionMaybeOrder, pos.To.String(), pos.From.String())
		}
	}
	if len(positions) < 2 {
		return
	}
	terms := knownTerms(positions)
	for _, run := range sameTitleRuns(terms) {
		c.sweepOverlaps(terms, p, run)
	}
}

// knownTerms returns positions with the term of each one known only by the days it was held
// on (HeldOn, with neither From nor To) taken as running from the first of those days to the
// last: what is known of it, rather than all time, which would overlap every other term. It
// returns positions itself when there is no such position.
func knownTerms(positions []Position) []Position {
	var out []Position
	for j := range positions {
		pos := &positions[j]
		if len(pos.HeldOn) == 0 || !pos.From.zero() || !pos.To.zero() {
			continue
		}
		if out == nil {
			out = slices.Clone(positions)
		}
		out[j].From, out[j].To = heldOnBounds(pos.HeldOn)
	}
	if out == nil {
		return positions
	}
	return out
}

// sweepOverlaps reports the positions of one run (same title, same organisation) held while
// an earlier one still was. It walks the run in order of beginning and compares each position
// only with the one, among those begun before it, that ends last: if that one has certainly
// ended, every other has. So the cost is n log n, not n², even for a person listed with
// thousands of terms, and each position is reported once, naming the term it overlaps.
func (c *checker) sweepOverlaps(positions []Position, p loc, run []int) {
	order := slices.Clone(run)
	slices.SortStableFunc(order, func(x, y int) int {
		return compareBound(positions[x].From, positions[y].From, false)
	})
	reach := -1 // the position begun so far that ends last
	for _, j := range order {
		if reach >= 0 {
			a, b := min(reach, j), max(reach, j)
			if k := overlap(&positions[a], &positions[b]); k != noConflict {
				ap := p.index(a)
				c.reportConflict(k, CodePositionOverlap, p.index(b),
					fmtPositionOverlap, fmtPositionMaybeOverlap, ap.String())
			}
		}
		if reach < 0 || compareBound(positions[j].To, positions[reach].To, true) > 0 {
			reach = j
		}
	}
}

// compareBound orders two position bounds by their latest day (ends) or earliest day
// (beginnings). A bound that is absent, open or unusable counts as unbounded: after every day
// for an end (still held), before every day for a beginning.
func compareBound(x, y Date, end bool) int {
	tx, okx := boundDay(x, end)
	ty, oky := boundDay(y, end)
	switch {
	case okx && oky:
		return tx.Compare(ty)
	case okx == oky:
		return 0
	case okx == end: // x is bounded, y is not: an unbounded end is later, an unbounded start earlier
		return -1
	}
	return 1
}

func boundDay(d Date, end bool) (time.Time, bool) {
	if !d.valid() {
		return time.Time{}, false
	}
	if end {
		return d.Latest()
	}
	return d.Earliest()
}

// sameTitleRuns groups the indices of positions that share an organisation and a title in
// some language. Sorting keys keeps the work n log n however many positions a person has.
func sameTitleRuns(positions []Position) [][]int {
	type titleKey struct {
		org         ID
		lang, title string
		position    int
	}
	var buf [8]titleKey // enough for most people's positions, on the stack
	keys := buf[:0]
	for j := range positions {
		for lang, title := range positions[j].Title {
			if title != "" {
				keys = append(keys, titleKey{positions[j].Organization, lang, title, j})
			}
		}
	}
	compare := func(a, b titleKey) int {
		return cmp.Or(strings.Compare(string(a.org), string(b.org)), strings.Compare(a.lang, b.lang),
			strings.Compare(a.title, b.title))
	}
	slices.SortStableFunc(keys, compare)
	var runs [][]int
	for start := 0; start < len(keys); {
		end := start + 1
		for end < len(keys) && compare(keys[end], keys[start]) == 0 {
			end++
		}
		if end-start > 1 {
			run := make([]int, 0, end-start)
			for _, k := range keys[start:end] {
				run = append(run, k.position)
			}
			runs = append(runs, run)
		}
		start = end
	}
	return runs
}

// overlap says whether two positions are held at the same time: certainly when neither can
// have ended by the day the other began, possibly when one may have.
func overlap(a, b *Position) conflict {
	ab, ba := endsBy(a.To, b.From), endsBy(b.To, a.From)
	switch {
	case ab == certainConflict || ba == certainConflict:
		return noConflict
	case ab == possibleConflict || ba == possibleConflict:
		return possibleConflict
	}
	return certainConflict
}

// endsBy says whether a position that ends on to has ended by the day from: certainly when
// every day of to is no later than every day of from, possibly when some is. A position with
// no end has not ended; one that began at no known date began before any other.
func endsBy(to, from Date) conflict {
	if !to.valid() || !from.valid() {
		return noConflict
	}
	toLo, toHi := bounds(&to)
	fromLo, fromHi := bounds(&from)
	switch {
	case toHi <= fromLo:
		return certainConflict
	case toLo <= fromHi:
		return possibleConflict
	}
	return noConflict
}
