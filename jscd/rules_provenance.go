package jscd

// The codes of the provenance rules: every fact says where it comes from.
const (
	// CodeSourceMissing reports an event, commitment or assessment that cites no source.
	CodeSourceMissing Code = "source.missing"
	// CodeSourceUnused is a hint about a source that nothing cites.
	CodeSourceUnused Code = "source.unused"
	// CodeCommitmentNoDue is a hint about a commitment without a due date, which no analysis
	// can call overdue.
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

// checkProvenance runs the provenance rules. Whether the cited sources exist is the business
// of the reference rules.
func (c *checker) checkProvenance() {
	f := c.f
	for i := range f.Events {
		c.requireSources("events", i, f.Events[i].Sources)
	}
	for i := range f.Commitments {
		c.requireSources("commitments", i, f.Commitments[i].Sources)
		if f.Commitments[i].Due.IsZero() {
			c.report(SeverityInfo, CodeCommitmentNoDue, loc{}.key("commitments").index(i), fmtCommitmentNoDue)
		}
	}
	for i := range f.Assessments {
		c.requireSources("assessments", i, f.Assessments[i].Sources)
	}
	c.reportUnusedSources()
}

func (c *checker) requireSources(collection string, i int, sources []ID) {
	if len(sources) == 0 {
		c.report(SeverityError, CodeSourceMissing, loc{}.key(collection).index(i).key("sources"), fmtSourceMissing)
	}
}

// reportUnusedSources hints at sources that no sources field of the document cites.
func (c *checker) reportUnusedSources() {
	if len(c.f.Sources) == 0 {
		return
	}
	cited := make([]bool, len(c.f.Sources))
	c.eachCitation(func(id ID) {
		if r, ok := c.index[id]; ok && r.kind == kindSource {
			cited[r.i] = true
		}
	})
	for i, ok := range cited {
		if !ok {
			c.report(SeverityInfo, CodeSourceUnused, loc{}.key("sources").index(i), fmtSourceUnused)
		}
	}
}

// eachCitation calls fn for every ID of every sources field of the document.
func (c *checker) eachCitation(fn func(ID)) {
	cite := func(ids []ID) {
		for _, id := range ids {
			fn(id)
		}
	}
	f := c.f
	for i := range f.Stakeholders {
		cite(f.Stakeholders[i].Sources)
		for j := range f.Stakeholders[i].Positions {
			cite(f.Stakeholders[i].Positions[j].Sources)
		}
	}
	for i := range f.Instruments {
		cite(f.Instruments[i].Sources)
		for j := range f.Instruments[i].Relations {
			cite(f.Instruments[i].Relations[j].Sources)
		}
	}
	for i := range f.Events {
		cite(f.Events[i].Sources)
	}
	for i := range f.Commitments {
		cite(f.Commitments[i].Sources)
		for j := range f.Commitments[i].Status {
			cite(f.Commitments[i].Status[j].Sources)
		}
	}
	for i := range f.Assessments {
		cite(f.Assessments[i].Sources)
	}
}
