package jscd

// The codes of the lifecycle rules, about the dated history of instruments and the sites they
// cover. Dates are compared span-aware, as in the time rules: a conflict that holds however the
// dates are read is reported with the rule's severity, one that holds only for some readings
// as a warning.
// Rules describes each rule, and docs/rules.md gives it with examples.
const (
	CodeLifecycleOrder        Code = "lifecycle.order"
	CodeLifecycleBeforeSigned Code = "lifecycle.before-signed"
	CodeLifecycleTransition   Code = "lifecycle.transition"
	CodeLifecycleStatus       Code = "lifecycle.status"
	CodeSiteOutside           Code = "site.outside"
	CodeSiteOrder             Code = "site.order"
)

const (
	fmtLifecycleOrder        = "step dated %s is listed after a step dated %s; list the lifecycle oldest first"
	fmtLifecycleMaybeOrder   = "step dated %s may be earlier than the step dated %s listed before it"
	fmtLifecycleBeforeSigned = "step %q dated %s is before the instrument was signed, %s"
	fmtLifecycleMaybeBefore  = "step %q dated %s may be before the instrument was signed, %s"
	fmtLifecycleAfterFinal   = "step %q cannot follow the final step %q"
	fmtLifecycleResumed      = "step \"resumed\" needs a suspension in effect, and there is none"
	fmtLifecycleNoNotice     = "step %q needs a notice of termination pending, and there is none"
	fmtLifecycleStatus       = "status %q is not where the lifecycle leaves the instrument: %q"
	fmtSiteOutside           = "site dated %s is outside the lifetime %s of the instrument"
	fmtSiteMaybeOutside      = "site dated %s may fall outside the lifetime %s of the instrument"
	fmtSiteOrder             = "site removed %s, before it was added %s"
	fmtSiteMaybeOrder        = "site may be removed %s, before it was added %s"
)

var lifecycleRules = [...]ruleSpec{
	{CodeLifecycleOrder, SeverityError, "An instrument's lifecycle is listed oldest first.", []string{fmtLifecycleOrder, fmtLifecycleMaybeOrder}},
	{CodeLifecycleBeforeSigned, SeverityError, "No lifecycle step is dated before the instrument's signature.", []string{fmtLifecycleBeforeSigned, fmtLifecycleMaybeBefore}},
	{CodeLifecycleTransition, SeverityError, "Each lifecycle step may follow the ones before it.", []string{fmtLifecycleAfterFinal, fmtLifecycleResumed, fmtLifecycleNoNotice}},
	{CodeLifecycleStatus, SeverityWarning, "An instrument's status is where its lifecycle leaves it.", []string{fmtLifecycleStatus}},
	{CodeSiteOutside, SeverityError, "A site's dates fall within the lifetime of its instrument.", []string{fmtSiteOutside, fmtSiteMaybeOutside}},
	{CodeSiteOrder, SeverityError, "A site is not removed before it was added.", []string{fmtSiteOrder, fmtSiteMaybeOrder}},
}

// lifetime returns when an instrument's life begins and ends, the one notion of it that every
// rule uses: it begins at the signature, or else at the start of its date, or else at its first
// lifecycle step; it ends at the end of its date when that is an interval with a known end, or
// else at a final lifecycle step (terminated, expired, superseded). A Date that is not valid
// (zero, open or unknown) stands for no bound on that side.
func lifetime(in *Instrument) (begins, ends Date) {
	switch {
	case in.Signed.valid():
		begins = in.Signed.Start()
	case in.Date.valid():
		begins = in.Date.Start()
	default:
		for j := range in.Lifecycle {
			if st := &in.Lifecycle[j]; st.Date.valid() {
				begins = st.Date.Start()
				break
			}
		}
	}
	if in.Date.valid() && in.Date.IsInterval() {
		if end := in.Date.End(); end.valid() {
			return begins, end
		}
	}
	for j := range in.Lifecycle {
		if st := &in.Lifecycle[j]; st.Stage.IsFinal() && st.Date.valid() {
			return begins, st.Date.End()
		}
	}
	return begins, Date{}
}

// instrumentLifetime is the lifetime of an instrument, as lifetime returns it.
type instrumentLifetime struct {
	begins, ends Date
}

// lifetimeText writes a lifetime as an EDTF interval for messages: "2008-11-17/..".
func lifetimeText(begins, ends Date) string {
	b, e := "..", ".."
	if begins.valid() {
		b = begins.String()
	}
	if ends.valid() {
		e = ends.String()
	}
	return b + "/" + e
}

// outsideLifetime says whether the date d falls outside the lifetime from begins to ends.
func outsideLifetime(d, begins, ends *Date) conflict {
	return max(before(d, begins), before(ends, d))
}

// lifecyclePhase is where the steps of a lifecycle read so far leave an instrument.
type lifecyclePhase struct {
	status    InstrumentStatus
	stage     LifecycleStage // the last step read
	since     Date           // its date
	suspended bool           // a suspension is in effect
	notice    bool           // a notice of termination is pending (possibly itself suspended)
	final     bool           // a final step has been read
}

// startPhase is where an instrument stands before its first lifecycle step: active when its
// date has begun (the date being its span in force or in session), or else signed when its
// signature counts, or else proposed.
func startPhase(begun, signed bool) lifecyclePhase {
	switch {
	case begun:
		return lifecyclePhase{status: InstrumentStatusActive}
	case signed:
		return lifecyclePhase{status: InstrumentStatusSigned}
	}
	return lifecyclePhase{status: InstrumentStatusProposed}
}

// apply reads one more step.
func (ph *lifecyclePhase) apply(st *LifecycleStep) {
	ph.stage, ph.since = st.Stage, st.Date
	switch st.Stage {
	case LifecycleStageRatified:
		if ph.status == InstrumentStatusProposed {
			ph.status = InstrumentStatusSigned
		}
	case LifecycleStageInForce, LifecycleStageResumed:
		ph.status, ph.suspended = InstrumentStatusActive, false
	case LifecycleStageSuspended:
		ph.status, ph.suspended = InstrumentStatusSuspended, true
	case LifecycleStageTerminationNotice:
		ph.notice = true
	case LifecycleStageNoticeWithdrawn:
		ph.notice = false
	case LifecycleStageTerminated:
		ph.status, ph.final = InstrumentStatusTerminated, true
	case LifecycleStageExpired:
		ph.status, ph.final = InstrumentStatusConcluded, true
	case LifecycleStageSuperseded:
		ph.status, ph.final = InstrumentStatusSuperseded, true
	}
}

// lifecycleEntities are the lifecycle rules of each instrument.
var lifecycleEntities = entityVisitor{instrument: placed(func(c *checker, p loc, in *Instrument) {
	c.lifecycleSteps(p, in)
	c.lifecycleSites(p, in)
})}

// lifecycleSteps checks the order, the signature and the transitions of an instrument's
// lifecycle, and its status field against it.
func (c *checker) lifecycleSteps(p loc, in *Instrument) {
	ph := startPhase(in.Date.valid(), in.Signed.valid())
	known := true // every step so far has a defined stage
	for j := range in.Lifecycle {
		st := &in.Lifecycle[j]
		sp := p.at("lifecycle", j)
		if j > 0 {
			prev := in.Lifecycle[j-1].Date
			if k := before(&st.Date, &prev); k != noConflict {
				c.reportConflict(k, CodeLifecycleOrder, sp.key("date"),
					fmtLifecycleOrder, fmtLifecycleMaybeOrder, st.Date.String(), prev.String())
			}
		}
		if k := before(&st.Date, &in.Signed); k != noConflict {
			c.reportConflict(k, CodeLifecycleBeforeSigned, sp.key("date"),
				fmtLifecycleBeforeSigned, fmtLifecycleMaybeBefore, string(st.Stage), st.Date.String(), in.Signed.String())
		}
		if !st.Stage.Valid() {
			known = false // the enum rule reports it; what follows cannot be judged
			continue
		}
		if known && !c.lifecycleTransition(sp.key("stage"), &ph, st.Stage) {
			known = false // what the steps after a wrong one leave cannot be judged
		}
		ph.apply(st)
	}
	if known && len(in.Lifecycle) > 0 && in.Status.Valid() && in.Status != ph.status {
		c.report(CodeLifecycleStatus, p.key("status"), fmtLifecycleStatus, string(in.Status), string(ph.status))
	}
}

// lifecycleTransition reports a stage that cannot follow the phase ph, and reports whether it
// may.
func (c *checker) lifecycleTransition(at loc, ph *lifecyclePhase, stage LifecycleStage) bool {
	switch {
	case ph.final:
		c.report(CodeLifecycleTransition, at, fmtLifecycleAfterFinal, string(stage), string(ph.stage))
	case stage == LifecycleStageResumed && !ph.suspended:
		c.report(CodeLifecycleTransition, at, fmtLifecycleResumed)
	case (stage == LifecycleStageNoticeSuspended || stage == LifecycleStageNoticeWithdrawn) && !ph.notice:
		c.report(CodeLifecycleTransition, at, fmtLifecycleNoNotice, string(stage))
	default:
		return true
	}
	return false
}

// lifecycleSites checks the dates of the sites an instrument covers against its lifetime and
// one another.
func (c *checker) lifecycleSites(p loc, in *Instrument) {
	if len(in.Sites) == 0 {
		return
	}
	begins, ends := lifetime(in)
	span := lifetimeText(begins, ends)
	for j := range in.Sites {
		site := &in.Sites[j]
		sp := p.at("sites", j)
		if k := outsideLifetime(&site.Added, &begins, &ends); k != noConflict {
			c.reportConflict(k, CodeSiteOutside, sp.key("added"), fmtSiteOutside, fmtSiteMaybeOutside,
				site.Added.String(), span)
		}
		if k := max(before(&ends, &site.Removed), before(&site.Removed, &begins)); k != noConflict {
			c.reportConflict(k, CodeSiteOutside, sp.key("removed"), fmtSiteOutside, fmtSiteMaybeOutside,
				site.Removed.String(), span)
		}
		if k := before(&site.Removed, &site.Added); k != noConflict {
			c.reportConflict(k, CodeSiteOrder, sp.key("removed"), fmtSiteOrder, fmtSiteMaybeOrder,
				site.Removed.String(), site.Added.String())
		}
	}
}
