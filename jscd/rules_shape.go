package jscd

import "slices"

// The codes of the bilateral-shape rules.
// Rules describes each rule, and docs/rules.md gives it with examples.
const (
	CodeShapeStates     Code = "shape.states"
	CodeShapeOneParty   Code = "shape.one-party"
	CodeShapeDelegation Code = "shape.delegation"
	CodeShapeSide       Code = "shape.side"
)

const (
	fmtShapeNoState       = "no instrument names a state as a party; a bilateral framework has two"
	fmtShapeOneState      = "the instruments name only one state party, %q; a bilateral framework has two"
	fmtShapeThirdState    = "%q is a third state party; the framework's two states are %q and %q"
	fmtShapeOneParty      = "the instrument names only one of the framework's two states as a party: %q"
	fmtDelegationNotState = "delegation %q is not one of the framework's two states, %q and %q"
	fmtDelegationNotParty = "delegation %q is not a party of the event's instrument %q"
	fmtSideMissing        = "a participant with role %q must belong to a party's delegation or be marked thirdParty"
	fmtSideBoth           = "a participant of delegation %q cannot also be marked thirdParty"
)

var shapeRules = [...]ruleSpec{
	{CodeShapeStates, SeverityError, "The instruments have exactly two distinct state parties between them.", []string{fmtShapeNoState, fmtShapeOneState, fmtShapeThirdState}},
	{CodeShapeOneParty, SeverityWarning, "Each instrument names both states as parties.", []string{fmtShapeOneParty}},
	{CodeShapeDelegation, SeverityError, "Delegations are the framework's states, and parties of the event's instrument.", []string{fmtDelegationNotState, fmtDelegationNotParty}},
	{CodeShapeSide, SeverityError, "Leads, chairs and delegates belong to a delegation or are marked thirdParty, not both.", []string{fmtSideMissing, fmtSideBoth}},
}

// shapeEntities are the checks that the document describes a bilateral framework: two states
// (found by findStates before), and every delegation on one side or the other.
var shapeEntities = entityVisitor{
	instrument: func(c *checker, r entityRef, _ *Instrument) { c.shapeInstrument(r.i) },
	event: func(c *checker, r entityRef, _ *Event) {
		for j, refs := range c.refs.participants(r.i) {
			c.shapeParticipant(r.i, j, refs)
		}
	},
}

// findStates sets c.states to the distinct state parties of the instruments, in the order they
// are first named, and reports when there are not exactly two.
func (c *checker) findStates() {
	// A party that names nothing, or a stakeholder whose kind is missing or undefined, is
	// reported by its own rule, and may be one of the states.
	unknown := false
	for i := range c.f.Instruments {
		for j, party := range c.f.Instruments[i].Parties {
			r, named := c.index.lookup(party)
			if !named || r.kind == kindStakeholder && !c.definedKind(r.i) {
				unknown = true
			}
			if !c.isState(r) || slices.Contains(c.states, party) {
				continue
			}
			if len(c.states) == 2 {
				ip := element("instruments", i)
				c.report(CodeShapeStates, ip.at("parties", j),
					fmtShapeThirdState, string(party), string(c.states[0]), string(c.states[1]))
				continue
			}
			c.states = append(c.states, party)
		}
	}
	if unknown && len(c.states) < 2 {
		return // the parties of unknown kind, or that name nothing, may be the missing states
	}
	switch len(c.states) {
	case 2:
		c.partyStates = make([]uint8, len(c.f.Instruments)) // filled by shapeInstrument
	case 0:
		c.report(CodeShapeStates, field("instruments"), fmtShapeNoState)
	case 1:
		c.report(CodeShapeStates, field("instruments"), fmtShapeOneState, string(c.states[0]))
	}
}

// shapeInstrument reports an instrument that names only one of the two states among its
// parties, and notes in c.partyStates whether it names parties and which of the two states.
func (c *checker) shapeInstrument(i int) {
	if len(c.states) != 2 {
		return
	}
	var ours uint8
	for _, party := range c.f.Instruments[i].Parties {
		switch party {
		case c.states[0]:
			ours |= firstStateParty
		case c.states[1]:
			ours |= secondStateParty
		}
	}
	switch ours {
	case firstStateParty, secondStateParty: // ours>>1 is then the index of that state
		ip := element("instruments", i)
		c.report(CodeShapeOneParty, ip.key("parties"), fmtShapeOneParty, string(c.states[ours>>1]))
	}
	if len(c.f.Instruments[i].Parties) > 0 {
		ours |= namesParties
	}
	c.partyStates[i] = ours
}

// The bits of c.partyStates: whether an instrument names parties, and which of the two states
// it names among them.
const (
	firstStateParty  = 1 << iota // c.states[0]
	secondStateParty             // c.states[1]
	namesParties                 // it names at least one party
)

// shapeParticipant checks the side of participant j of event i, whose references resolve to
// refs.
func (c *checker) shapeParticipant(i, j int, refs participantRefs) {
	pa := &c.f.Events[i].Participants[j]
	switch {
	case pa.Delegation != "" && pa.ThirdParty:
		c.report(CodeShapeSide, participantField(i, j, "thirdParty"), fmtSideBoth, string(pa.Delegation))
	case pa.Delegation == "" && !pa.ThirdParty:
		if pa.Role == RoleLead || pa.Role == RoleChair || pa.Role == RoleDelegate {
			c.report(CodeShapeSide, participantField(i, j, "delegation"), fmtSideMissing, string(pa.Role))
		}
	case pa.Delegation != "" && c.isState(refs.delegation):
		c.checkDelegation(i, j, pa.Delegation)
	}
}

// participantField returns the place of the member name of participant j of event i.
func participantField(i, j int, name string) loc {
	ev := element("events", i)
	pa := ev.at("participants", j)
	return pa.key(name)
}

// checkDelegation checks that the delegation of participant j of event i, when it is a state,
// is one of the two, and a party of the event's instrument when the instrument names its
// parties.
func (c *checker) checkDelegation(i, j int, delegation ID) {
	if len(c.states) == 2 && !c.isOneOfTheStates(delegation) {
		c.report(CodeShapeDelegation, participantField(i, j, "delegation"), fmtDelegationNotState,
			string(delegation), string(c.states[0]), string(c.states[1]))
		return
	}
	if r := c.refs.eventInstrument[i]; r.kind == kindInstrument && c.notAParty(r.i, delegation) {
		c.report(CodeShapeDelegation, participantField(i, j, "delegation"), fmtDelegationNotParty, string(delegation), string(c.f.Events[i].Instrument))
	}
}

// notAParty reports whether instrument i names its parties and the state delegation is not
// among them. With two states, delegation is one of them (checkDelegation reports any other),
// and the answer is in c.partyStates, where shapeInstrument noted which of the two the
// instrument names, rather than in the instrument's parties, read again.
func (c *checker) notAParty(i int, delegation ID) bool {
	if len(c.states) != 2 {
		parties := c.f.Instruments[i].Parties
		return len(parties) > 0 && !slices.Contains(parties, delegation)
	}
	party := uint8(firstStateParty)
	if delegation != c.states[0] {
		party = secondStateParty
	}
	named := c.partyStates[i]
	return named&namesParties != 0 && named&party == 0
}

// isState reports whether r is a stakeholder of kind state.
func (c *checker) isState(r entityRef) bool {
	return r.kind == kindStakeholder && c.stakeholderKind(r.i) == StakeholderKindState
}

// isOneOfTheStates reports whether id is one of the framework's two states.
func (c *checker) isOneOfTheStates(id ID) bool {
	return len(c.states) == 2 && (id == c.states[0] || id == c.states[1])
}
