package jscd

// The codes of the provenance rules: every fact says where it comes from.
// Rules describes each rule, and docs/rules.md gives it with examples.
const (
	CodeSourceMissing   Code = "source.missing"
	CodeSourceUnused    Code = "source.unused"
	CodeCommitmentNoDue Code = "commitment.no-due"
)

const (
	fmtSourceMissing   = "no source is cited; cite at least one"
	fmtSourceUnused    = "no entity cites this source"
	fmtCommitmentNoDue = "the commitment has no due date, so it can never be overdue"
)

var provenanceRules = [...]ruleSpec{
	{CodeSourceMissing, SeverityError, "Every event, commitment and assessment cites at least one source.", []string{fmtSourceMissing}},
	{CodeSourceUnused, SeverityInfo, "Every source is cited by something.", []string{fmtSourceUnused}},
	{CodeCommitmentNoDue, SeverityInfo, "Commitments have a due date.", []string{fmtCommitmentNoDue}},
}

// provenanceEntities are the provenance rules of each entity (reportUnusedSources runs
// after them all, when every citation is known). Whether the cited sources exist is the business
// of the reference rules.
var provenanceEntities = entityVisitor{
	event: func(c *checker, r entityRef, ev *Event) { c.requireSources(r, ev.Sources) },
	commitment: func(c *checker, r entityRef, cm *Commitment) {
		c.requireSources(r, cm.Sources)
		if cm.Due.zero() {
			c.report(CodeCommitmentNoDue, r.loc(), fmtCommitmentNoDue)
		}
	},
	assessment: func(c *checker, r entityRef, a *Assessment) { c.requireSources(r, a.Sources) },
}

func (c *checker) requireSources(r entityRef, sources []ID) {
	if len(sources) == 0 {
		p := r.loc()
		c.report(CodeSourceMissing, p.key("sources"), fmtSourceMissing)
	}
}

// reportUnusedSources reports, as infos, the sources that no sources field of the document
// cites. The citations were marked as the references family resolved them (see resolve), so
// they are not walked again here.
func (c *checker) reportUnusedSources() {
	for i := range c.f.Sources {
		if c.cited == nil || !c.cited[i] {
			c.report(CodeSourceUnused, element("sources", i), fmtSourceUnused)
		}
	}
}
