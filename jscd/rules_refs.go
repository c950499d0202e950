package jscd

import "slices"

// The codes of the identity and reference rules.
// Rules describes each rule, and docs/rules.md gives it with examples.
const (
	CodeIDDuplicate   Code = "id.duplicate"
	CodeRefUnresolved Code = "ref.unresolved"
	CodeRefKind       Code = "ref.kind"
)

const (
	fmtIDDuplicate        = "ID %q is already used at %s"
	fmtRefUnresolved      = "%q does not name any entity of the document"
	fmtRefUnresolvedNear  = "%q does not name any entity of the document; did you mean %q (%s)?"
	fmtRefNotStakeholder  = "%q names %s, which is not a stakeholder"
	fmtRefNotOrganization = "%q names %s, which is not an organisation (a stakeholder other than a person)"
	fmtRefNotState        = "%q names %s, which is not a state"
	fmtRefNotInstrument   = "%q names %s, which is not an instrument"
	fmtRefNotEvent        = "%q names %s, which is not an event"
	fmtRefNotSource       = "%q names %s, which is not a source"
	fmtRefNotPlace        = "%q names %s, which is not a place"
)

var refRules = [...]ruleSpec{
	{CodeIDDuplicate, SeverityError, "Every ID is used by one entity only, across all collections.", []string{fmtIDDuplicate}},
	{CodeRefUnresolved, SeverityError, "Every reference names an entity of the document.", []string{fmtRefUnresolved, fmtRefUnresolvedNear}},
	{CodeRefKind, SeverityError, "Every reference names an entity of the kind its field expects.", []string{
		fmtRefNotStakeholder, fmtRefNotOrganization, fmtRefNotState, fmtRefNotInstrument, fmtRefNotEvent, fmtRefNotSource,
		fmtRefNotPlace,
	}},
}

// want is the kind of entity a reference field expects.
type want uint8

const (
	wantAny want = iota
	wantStakeholder
	wantOrganization // a stakeholder that is not a person
	wantState
	wantInstrument
	wantEvent
	wantSource
	wantPlace
)

// refTable keeps what the references family found for the references that later families
// follow again, so that each is looked up in the index once: the entity each names, as the
// index gives it (entityRef{} when the reference is empty or names nothing; whether it is of
// the kind its field expects is for each rule to ask, as of a look-up in the index).
type refTable struct {
	eventInstrument   []entityRef // by event
	participantFirst  []int       // by event, where its participants begin in participant; event i's end at i+1
	participant       []participantRefs
	commitmentMadeAt  []entityRef // by commitment
	stakeholderParent []entityRef // by stakeholder
	positionFirst     []int       // by stakeholder, where its positions begin in positionOrg; stakeholder i's end at i+1
	positionOrg       []entityRef // the organisation of each position
	relationFirst     []int       // by instrument, where its relations begin in relationTo; instrument i's end at i+1
	relationTo        []entityRef // the instrument each relation is to
}

// participantRefs are the references of one participant of an event.
type participantRefs struct {
	stakeholder, delegation entityRef
}

// participants returns the references of the participants of event i, in order.
func (t *refTable) participants(i int) []participantRefs {
	return t.participant[t.participantFirst[i]:t.participantFirst[i+1]]
}

// positions returns the organisations of the positions of stakeholder i, in order.
func (t *refTable) positions(i int) []entityRef {
	return t.positionOrg[t.positionFirst[i]:t.positionFirst[i+1]]
}

// relations returns what the relations of instrument i are to, in order.
func (t *refTable) relations(i int) []entityRef {
	return t.relationTo[t.relationFirst[i]:t.relationFirst[i+1]]
}

// newRefTable returns a refTable with room for the references of f, in the memory of old
// where it has room.
func newRefTable(f *Framework, old *refTable) refTable {
	participants, positions, relations := 0, 0, 0
	for i := range f.Events {
		participants += len(f.Events[i].Participants)
	}
	for i := range f.Stakeholders {
		positions += len(f.Stakeholders[i].Positions)
	}
	for i := range f.Instruments {
		relations += len(f.Instruments[i].Relations)
	}
	return refTable{
		eventInstrument:   zeroed(old.eventInstrument, len(f.Events)),
		participantFirst:  zeroed(old.participantFirst, len(f.Events)+1),
		participant:       slices.Grow(old.participant[:0], participants),
		commitmentMadeAt:  zeroed(old.commitmentMadeAt, len(f.Commitments)),
		stakeholderParent: zeroed(old.stakeholderParent, len(f.Stakeholders)),
		positionFirst:     zeroed(old.positionFirst, len(f.Stakeholders)+1),
		positionOrg:       slices.Grow(old.positionOrg[:0], positions),
		relationFirst:     zeroed(old.relationFirst, len(f.Instruments)+1),
		relationTo:        slices.Grow(old.relationTo[:0], relations),
	}
}

// prepareRefs reports the IDs used more than once, and makes room for what the references
// family finds of each entity.
func (c *checker) prepareRefs() {
	for id, repeats := range c.dups {
		first := c.index.at(id)
		for _, r := range repeats {
			p, firstp := r.loc(), first.loc()
			c.report(CodeIDDuplicate, p.key("id"), fmtIDDuplicate, string(id), firstp.key("id").String())
		}
	}
	c.refs = newRefTable(c.f, &c.scratch.refs)
}

// refsEntities are the checks that every reference of an entity resolves to an entity of the
// right kind, which fill c.refs.
var refsEntities = entityVisitor{
	stakeholder: (*checker).refsStakeholder,
	instrument:  (*checker).refsInstrument,
	event:       (*checker).refsEvent,
	commitment:  (*checker).refsCommitment,
	assessment: placed(func(c *checker, p loc, a *Assessment) {
		c.resolveAll(p, "about", a.About, wantAny)
		c.resolveAll(p, "by", a.By, wantStakeholder)
		c.resolveAll(p, "sources", a.Sources, wantSource)
	}),
	place: placed(func(c *checker, p loc, pl *Place) {
		c.resolveOptional(p, "parent", pl.Parent, wantPlace)
		c.resolveAll(p, "sources", pl.Sources, wantSource)
	}),
	source: placed(func(c *checker, p loc, s *Source) {
		c.resolveOptional(p, "publisher", s.Publisher, wantStakeholder)
		c.resolveAll(p, "authors", s.Authors, wantStakeholder)
	}),
}

func (c *checker) refsStakeholder(r entityRef, s *Stakeholder) {
	p := r.loc()
	c.refs.stakeholderParent[r.i] = c.resolveOptional(p, "parent", s.Parent, wantOrganization)
	c.resolveAll(p, "sources", s.Sources, wantSource)
	for j := range s.Positions {
		pos := &s.Positions[j]
		pp := p.at("positions", j)
		c.refs.positionOrg = append(c.refs.positionOrg, c.resolveOptional(pp, "organization", pos.Organization, wantOrganization))
		c.resolveAll(pp, "sources", pos.Sources, wantSource)
	}
	c.refs.positionFirst[r.i+1] = len(c.refs.positionOrg)
}

func (c *checker) refsInstrument(r entityRef, in *Instrument) {
	p := r.loc()
	c.resolveAll(p, "parties", in.Parties, wantState)
	c.resolveAll(p, "sources", in.Sources, wantSource)
	for j := range in.Lifecycle {
		c.resolveAll(p.at("lifecycle", j), "sources", in.Lifecycle[j].Sources, wantSource)
	}
	for j := range in.Sites {
		sp := p.at("sites", j)
		c.resolveOptional(sp, "place", in.Sites[j].Place, wantPlace)
		c.resolveAll(sp, "sources", in.Sites[j].Sources, wantSource)
	}
	for j := range in.Relations {
		rel := &in.Relations[j]
		rp := p.at("relations", j)
		c.refs.relationTo = append(c.refs.relationTo, c.resolveOptional(rp, "to", rel.To, wantInstrument))
		c.resolveAll(rp, "sources", rel.Sources, wantSource)
	}
	c.refs.relationFirst[r.i+1] = len(c.refs.relationTo)
}

func (c *checker) refsEvent(r entityRef, ev *Event) {
	p := r.loc()
	c.refs.eventInstrument[r.i] = c.resolveOptional(p, "instrument", ev.Instrument, wantInstrument)
	if ev.Location != nil {
		c.resolveOptional(p.key("location"), "place", ev.Location.Place, wantPlace)
	}
	c.resolveAll(p, "sources", ev.Sources, wantSource)
	for j := range ev.Participants {
		pa := &ev.Participants[j]
		pp := p.at("participants", j)
		c.refs.participant = append(c.refs.participant, participantRefs{
			stakeholder: c.resolveOptional(pp, "stakeholder", pa.Stakeholder, wantStakeholder),
			delegation:  c.resolveOptional(pp, "delegation", pa.Delegation, wantState),
		})
	}
	c.refs.participantFirst[r.i+1] = len(c.refs.participant)
}

func (c *checker) refsCommitment(r entityRef, cm *Commitment) {
	p := r.loc()
	c.resolveAll(p, "by", cm.By, wantStakeholder)
	c.resolveAll(p, "to", cm.To, wantStakeholder)
	c.refs.commitmentMadeAt[r.i] = c.resolveOptional(p, "madeAt", cm.MadeAt, wantEvent)
	c.resolveAll(p, "sources", cm.Sources, wantSource)
	for j := range cm.Status {
		c.resolveAll(p.at("status", j), "sources", cm.Status[j].Sources, wantSource)
	}
}

// resolveOptional resolves a single reference field, an empty ID meaning that the field is
// absent, and returns the entity the index has for the ID, or entityRef{}.
func (c *checker) resolveOptional(p loc, field string, id ID, w want) entityRef {
	if id == "" {
		return entityRef{}
	}
	return c.resolve(p, field, -1, id, w)
}

// resolveAll resolves every reference of a list field.
func (c *checker) resolveAll(p loc, field string, ids []ID, w want) {
	for j, id := range ids {
		c.resolve(p, field, j, id, w)
	}
}

// resolve reports a reference, at p/field (or p/field/j when j >= 0), that names no entity or
// an entity of the wrong kind, and returns the entity the index has for id (of any kind), or
// entityRef{} when id names nothing. While the walk reads ahead (see readAhead), it only notes
// id and returns entityRef{}.
func (c *checker) resolve(p loc, field string, j int, id ID, w want) entityRef {
	var r entityRef
	var ok bool
	if a := c.ahead; a == nil {
		r, ok = c.index.lookup(id)
	} else if a.noting {
		a.ids = append(a.ids, id)
		return entityRef{}
	} else {
		r, ok = a.take(id, c.index)
	}
	if !ok {
		if near := c.nearID(id); near != "" {
			c.reportFix(CodeRefUnresolved, refPath(&p, field, j), string(near), fmtRefUnresolvedNear, string(id), string(near), c.index.at(near).loc().String())
		} else {
			c.report(CodeRefUnresolved, refPath(&p, field, j), fmtRefUnresolved, string(id))
		}
		return entityRef{}
	}
	if format := c.kindMismatch(r, w); format != "" && !c.someDuplicateFits(id, w) {
		c.report(CodeRefKind, refPath(&p, field, j), format, string(id), r.loc().String())
		return r
	}
	if w == wantSource && r.kind == kindSource {
		c.markCited(r.i)
	}
	return r
}

// nearID returns the document's ID one typo from id, which names nothing, or "" (always ""
// in a document of more than maxSuggestIDs entities).
func (c *checker) nearID(id ID) ID {
	if c.index.len() > maxSuggestIDs {
		return ""
	}
	if c.near == nil {
		c.near = newNearIDs(c.index.ids())
	}
	return c.near.near(id)
}

// markCited records that source i is cited, for the provenance rule source.unused.
func (c *checker) markCited(i int) {
	if c.cited == nil {
		c.cited = make([]bool, len(c.f.Sources))
	}
	c.cited[i] = true
}

// kindMismatch returns the message format for an entity r that is not what w expects, or "".
func (c *checker) kindMismatch(r entityRef, w want) string {
	if (w == wantOrganization || w == wantState) && r.kind == kindStakeholder && !c.definedKind(r.i) {
		// The stakeholder's kind is missing or not a defined value, which its own rule
		// reports: whether it is the kind wanted here cannot be told.
		return ""
	}
	switch w {
	case wantStakeholder:
		if r.kind != kindStakeholder {
			return fmtRefNotStakeholder
		}
	case wantOrganization:
		if r.kind != kindStakeholder || !c.stakeholderKind(r.i).IsOrganization() {
			return fmtRefNotOrganization
		}
	case wantState:
		if r.kind != kindStakeholder || c.stakeholderKind(r.i) != StakeholderKindState {
			return fmtRefNotState
		}
	case wantInstrument:
		if r.kind != kindInstrument {
			return fmtRefNotInstrument
		}
	case wantEvent:
		if r.kind != kindEvent {
			return fmtRefNotEvent
		}
	case wantSource:
		if r.kind != kindSource {
			return fmtRefNotSource
		}
	case wantPlace:
		if r.kind != kindPlace {
			return fmtRefNotPlace
		}
	}
	return ""
}

// refPath returns the place of a reference: p/field, or p/field/j when j >= 0.
func refPath(p *loc, field string, j int) loc {
	if j < 0 {
		return p.key(field)
	}
	return p.at(field, j)
}

// someDuplicateFits reports whether another entity with the repeated ID id is of the kind w
// expects: the reference is then ambiguous, which id.duplicate reports, rather than wrong.
func (c *checker) someDuplicateFits(id ID, w want) bool {
	for _, r := range c.dups[id] {
		if c.kindMismatch(r, w) == "" {
			return true
		}
	}
	return false
}

// In a document whose ID index is larger than a processor's caches, each look-up of a
// reference waits for a slot that no cache holds: between two look-ups the rules do too much
// for the processor to start reading the next slot before the first arrives. So the walk reads
// ahead. Before it checks a run of readAheadEntities entities of a collection, the references
// family runs its checks of them with resolve noting each ID rather than looking it up; the
// IDs are hashed, and their slots read one after the other, so that the reads overlap
// (idIndex.prefetch); then each is found in the index, its slot now in cache, and the date of
// each event found is read as well, since the time rules read it next. resolve takes
// what was found for the next reference read ahead when it asks for that ID, as it does in the
// same order when the checks run for real; for any other ID it looks in the index as usual.
const (
	// readAheadEntities is how many entities of a collection the walk reads ahead at a time.
	readAheadEntities = 64

	// readAheadSlots is the number of slots of an ID index from which the walk reads ahead:
	// 16 MiB of slots, half the largest cache of many processors, in documents of more than
	// about 230,000 IDs. In smaller ones more of the slots stay in cache, and reading ahead
	// saves less than it costs (docs/performance.md).
	readAheadSlots = 1 << 19
)

// readAhead holds the references of the entities the walk has read ahead, in the order the
// references family resolves them, with what the index holds for each.
type readAhead struct {
	noting bool       // the references family's checks are noting references, not checking them
	ids    []ID       // the references read ahead
	hashes []uint64   // of ids
	found  []aheadRef // what the index holds for each of ids
	next   int        // the reference resolve asks for next
	read   int64      // a sum of the dates lookAhead read, kept so that the compiler keeps the reads
}

// aheadRef is what the index holds for a reference read ahead: the entity, if any.
type aheadRef struct {
	r     entityRef
	found bool
}

// lookAhead reads ahead the references of list, entities of kind whose first has index lo in
// its collection, as check (the references family's check of such an entity) resolves them.
func lookAhead[E any](c *checker, kind entityKind, list []E, lo int, check func(*checker, entityRef, *E)) {
	a := c.ahead
	a.ids, a.next = a.ids[:0], 0
	kept := c.refs // what the checks fill in it while noting, they fill again when they run
	a.noting = true
	for i := range list {
		check(c, entityRef{kind, lo + i}, &list[i])
	}
	a.noting = false
	c.refs = kept
	x := c.index
	a.hashes = x.prefetch(a.ids, a.hashes[:0])
	a.found = a.found[:0]
	for k, id := range a.ids {
		s := x.find(id, a.hashes[k]) // an empty slot's ref is zero, entityRef{}
		a.found = append(a.found, aheadRef{unpackRef(s.ref), s.hash != 0})
	}
	// Of the entities the references name, the rules go on to read the date of an event (a
	// commitment's madeAt): in the events, where no cache holds it. Read it now, each read
	// independent of the others; what the rest of the rules read of a named entity lies in
	// the checker's own tables (kinds, lifetimes).
	var sum int64
	for _, f := range a.found {
		if f.r.kind == kindEvent {
			d := &c.f.Events[f.r.i].Date
			sum += d.start.first + d.end.last
		}
	}
	a.read += sum
}

// take returns the entity the index x has for id, if any: as read ahead when id is the
// reference read ahead next.
func (a *readAhead) take(id ID, x *idIndex) (entityRef, bool) {
	if a.next < len(a.ids) && a.ids[a.next] == id {
		ref := a.found[a.next]
		a.next++
		return ref.r, ref.found
	}
	return x.lookup(id)
}
