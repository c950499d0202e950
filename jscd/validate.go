package jscd

import (
	"bytes"
	"cmp"
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/hashicorp/go-multierror"
	"golang.org/x/text/language"
)

// CheckOption changes how Validate and Check judge a document.
type CheckOption func(*checkConfig)

// checkConfig is the result of applying every CheckOption.
type checkConfig struct {
	warningsAsErrors bool
	disabled         map[Code]bool
	asOf             Date
	// readAheadFrom is the size of ID index, in slots, from which the walk reads ahead (see
	// readAhead): readAheadSlots, unless a test or benchmark sets another.
	readAheadFrom int
}

// WarningsAsErrors makes Validate fail on warnings as well as on errors. The issues keep their
// own severity, so a caller can still tell them apart.
func WarningsAsErrors() CheckOption {
	return func(c *checkConfig) { c.warningsAsErrors = true }
}

// DisableRules turns off the rules with the given codes: they report nothing.
func DisableRules(codes ...Code) CheckOption {
	return func(c *checkConfig) {
		if c.disabled == nil {
			c.disabled = make(map[Code]bool, len(codes))
		}
		for _, code := range codes {
			c.disabled[code] = true
		}
	}
}

// AsOf turns on the rules about the present, judged on the day of d (in UTC): a status change
// or an event dated after that day, and a commitment overdue on that day but not marked as done
// or ended. Without AsOf those rules stay off, so that whether a document is valid does not
// change with the clock. A day beyond the years 0000–9999 is judged as the nearest day in that
// range, as in StatusAsOf.
func AsOf(d time.Time) CheckOption {
	return func(c *checkConfig) { c.asOf = dayDate(d.UTC()) }
}

// Rule describes one validation rule: the catalogue entry behind a Code.
type Rule struct {
	// Code is the rule's stable code, carried by every Issue it reports.
	Code Code
	// Family groups related rules: syntax, references, shape, time, lifecycle, graph, text,
	// provenance.
	Family string
	// Severity is the severity of what the rule finds. Rules about time and lifecycles report a
	// conflict that is certain with this severity, and one that is only possible as a warning.
	Severity Severity
	// Summary says in one line what the rule checks.
	Summary string
}

// ruleSpec is a catalogue entry together with the message formats its rule may use.
type ruleSpec struct {
	code     Code
	severity Severity
	summary  string
	formats  []string
}

// ruleFamily is a group of rules, and how they check a document.
//
// The families check a document together, in one walk over its entities, so that each entity
// is read once while it is in the processor's cache rather than once per family: first each
// family's prepare runs; then every entity, collection by collection in format order
// (stakeholders, instruments, events, commitments, assessments, places, sources), is checked
// by each family's entity visitor in turn; then each family's finish runs. Families run in the
// order of families, so a family's check of an entity may rely on what the families before it
// found of that entity, and of the entities of the collections walked before it.
type ruleFamily struct {
	name     string
	rules    []ruleSpec
	prepare  func(*checker) // before the walk, or nil
	entities entityVisitor  // what it checks of each entity
	finish   func(*checker) // after the walk, or nil
}

// families lists the rule families in the order they run and are documented.
func families() []ruleFamily {
	return []ruleFamily{
		{"syntax", syntaxRules[:], (*checker).syntaxDocument, syntaxEntities, nil},
		{"references", refRules[:], (*checker).prepareRefs, refsEntities, nil},
		{"shape", shapeRules[:], (*checker).findStates, shapeEntities, nil},
		{"time", timeRules[:], (*checker).prepareTime, timeEntities, (*checker).checkRoles},
		{"lifecycle", lifecycleRules[:], nil, lifecycleEntities, nil},
		{"graph", graphRules[:], nil, entityVisitor{}, (*checker).checkGraphs},
		{"text", textRules[:], (*checker).textsDocument, textsEntities, nil},
		{"provenance", provenanceRules[:], nil, provenanceEntities, (*checker).reportUnusedSources},
	}
}

// checkWalk is what check runs, built once: the families in order, and the visitor that calls
// the entity checks of each of them in turn.
var checkWalk = sync.OnceValues(func() ([]ruleFamily, entityVisitor) {
	fams := families()
	visitors := make([]entityVisitor, len(fams))
	for i, fam := range fams {
		visitors[i] = fam.entities
	}
	return fams, inTurn(visitors)
})

// ruleSeverities maps each rule's code to its severity in the catalogue, the one place a
// rule's severity is stated. It is built once and only read after that, by every check.
var ruleSeverities = sync.OnceValue(func() map[Code]Severity {
	m := make(map[Code]Severity)
	for _, fam := range families() {
		for _, r := range fam.rules {
			m[r.code] = r.severity
		}
	}
	return m
})

// Rules returns the catalogue of validation rules, family by family. docs/rules.md describes
// each one with a failing and a passing example.
func Rules() []Rule {
	var out []Rule
	for _, fam := range families() {
		for _, r := range fam.rules {
			out = append(out, Rule{Code: r.code, Family: fam.name, Severity: r.severity, Summary: r.summary})
		}
	}
	return out
}

// Validate checks the document against every rule and returns nil when it has no error, or a
// *multierror.Error holding one *Issue per error, sorted by path and then code. Warnings are
// left out unless WarningsAsErrors is given, infos always; Check returns them all.
//
// errors.As(err, &issue) reaches the first issue, errors.Is(err, CodeRefUnresolved) asks
// whether any issue has that code, and Issues(err) returns them all.
func (f *Framework) Validate(opts ...CheckOption) error {
	cfg := newCheckConfig(opts)
	var merr *multierror.Error
	for _, is := range f.check(cfg) {
		if is.Severity == SeverityError || (cfg.warningsAsErrors && is.Severity == SeverityWarning) {
			merr = multierror.Append(merr, is)
		}
	}
	if merr != nil {
		merr.ErrorFormat = formatIssueList
	}
	return merr.ErrorOrNil()
}

// Check checks the document against every rule and returns every issue of every severity,
// sorted by path (array indices in numeric order) and then code, without duplicates.
func (f *Framework) Check(opts ...CheckOption) []*Issue {
	return f.check(newCheckConfig(opts))
}

// CheckBytes decodes the document data and checks it, as Decode and Check do, and returns
// the framework with every issue, each with its Line and Column in data: the issue that
// stopped Decode alone, with a nil *Framework, when data does not decode (see Decode for its
// limits); otherwise every issue of Check, placed where Locate finds its path (an issue about
// a missing member at the object that lacks it).
func CheckBytes(data []byte, opts ...CheckOption) (*Framework, []*Issue) {
	f, err := Decode(bytes.NewReader(data))
	if err != nil {
		return nil, Issues(err)
	}
	issues := f.Check(opts...)
	if len(issues) == 0 {
		return f, issues
	}
	paths := make([]Path, len(issues))
	for k, is := range issues {
		paths[k] = is.Path
	}
	spans, _ := locateAll(data, paths) // data decoded, so it is valid JSON
	for k, is := range issues {
		is.Line, is.Column = spans[k].Line, spans[k].Column
	}
	return f, issues
}

func newCheckConfig(opts []CheckOption) checkConfig {
	cfg := checkConfig{readAheadFrom: readAheadSlots}
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	return cfg
}

func (f *Framework) check(cfg checkConfig) []*Issue {
	if f == nil {
		f = &Framework{}
	}
	scratch, _ := checkScratches.Get().(*checkScratch)
	if scratch == nil {
		scratch = new(checkScratch)
	}
	c := &checker{f: f, cfg: cfg, severity: ruleSeverities(), scratch: scratch}
	fams, entities := checkWalk()
	c.prepare(fams)
	c.visit(entities, refsEntities)
	for _, fam := range fams {
		if fam.finish != nil {
			fam.finish(c)
		}
	}
	*scratch = checkScratch{slots: c.index.slots, tails: c.index.tails, refs: c.refs, roles: c.roles, sortedRoles: c.sortedRoles}
	checkScratches.Put(scratch)
	return dedupIssues(sortIssues(c.issues))
}

// prepare readies c for the walk over the entities: it builds the ID index and what else the
// families read of the whole document, runs the prepare of each of fams in turn, and decides
// whether the walk reads ahead.
func (c *checker) prepare(fams []ruleFamily) {
	c.buildIndex()
	c.readKinds()
	for _, fam := range fams {
		if fam.prepare != nil {
			fam.prepare(c)
		}
	}
	if len(c.index.slots) >= c.cfg.readAheadFrom {
		c.ahead = new(readAhead)
	}
}

// checkScratch holds the largest tables a check builds and drops when it ends: the slots of
// the ID index, what the references family resolved, and the roles the time rules check. A
// check takes one from checkScratches and gives it back, so that a program that checks many
// documents, or one document again at each edit (as the demo does), fills memory it already
// has rather than asking the system for fresh memory at each check, which costs more than the
// filling (a page fault for every 4 KiB; docs/performance.md gives what a check allocates).
// The tables hold indexes, hashes and copies of the bytes of IDs, never a pointer into the
// document, so a pooled scratch keeps no document alive; the collector empties the pool of
// what no check used for two cycles.
type checkScratch struct {
	slots       []idSlot
	tails       []byte
	refs        refTable
	roles       []roleNote
	sortedRoles []roleCheck
}

var checkScratches sync.Pool // of *checkScratch

// zeroed returns s with length n and every element zero, reusing its memory when it has room.
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// formatIssueList renders a list of issues, sorted by path and code, one per line under a
// count, so that Error shows every problem rather than the first.
func formatIssueList(errs []error) string {
	sorted := slices.Clone(errs)
	slices.SortStableFunc(sorted, func(a, b error) int {
		ia, oka := a.(*Issue)
		ib, okb := b.(*Issue)
		switch {
		case oka && okb:
			return compareIssues(ia, ib)
		case oka:
			return -1
		case okb:
			return 1
		}
		return 0
	})
	var b strings.Builder
	if len(errs) == 1 {
		b.WriteString("jscd: 1 error:")
	} else {
		fmt.Fprintf(&b, "jscd: %d errors:", len(errs))
	}
	for _, err := range sorted {
		b.WriteString("\n")
		b.WriteString(err.Error())
	}
	return b.String()
}

// entityKind is which top-level collection an entity lives in.
type entityKind uint8

const (
	kindNone entityKind = iota
	kindStakeholder
	kindInstrument
	kindEvent
	kindCommitment
	kindAssessment
	kindPlace
	kindSource
)

// collectionNames are the collections, indexed by entityKind.
var collectionNames = [...]Collection{"", CollectionStakeholders, CollectionInstruments, CollectionEvents,
	CollectionCommitments, CollectionAssessments, CollectionPlaces, CollectionSources}

// entityRef locates an entity: its collection and its index there.
type entityRef struct {
	kind entityKind
	i    int
}

// loc returns the place of the entity: its collection and its index there, in one step.
func (r entityRef) loc() loc { return element(string(collectionNames[r.kind]), r.i) }

// segment is one step of a place in a document: an object key, or an array index.
type segment struct {
	key   string
	index int // -1 for an object key
}

// pathOf returns the Path of the place segs.
func pathOf(segs []segment) Path {
	p := make(Path, len(segs))
	for i, s := range segs {
		if s.index >= 0 {
			p[i] = strconv.Itoa(s.index)
		} else {
			p[i] = s.key
		}
	}
	return p
}

// loc is the place of a value in the document, as the rules walk it: one step down from the
// place it is in (up), the step being an object key, an array index, or a key and then an
// index. The rules build a loc on the stack at every place they descend to, and most of those
// places have no issue, so a step costs a few words whatever the depth of the place, and the
// steps are put together into a Path only when an issue is reported.
//
// A loc points to the loc it is in. The rules pass locs down and keep none, so that the
// compiler's escape analysis leaves every step on the stack (go build -gcflags=-m tells); a
// function that returns a place built of several steps, as participantField does to report
// an issue, moves them to the heap. The methods take a pointer and return the new step by
// value.
type loc struct {
	up   *loc
	name string
	i    int32   // an array holds fewer than 2^31 elements in any document that fits in memory
	has  stepHas // what the step is
}

// stepHas says what a loc's step is: an object key (its name), an array index (its i), or
// both, the key then the index. Its fields fit in four words, which the compiler keeps in
// registers: a loc of five words lives in memory, copied at each step the rules build.
type stepHas uint8

const (
	hasKey   stepHas = 1 << iota // the step has the object key name
	hasIndex                     // the step has the array index i, after name if it has both
)

// field returns the place of the document's member k.
func field(k string) loc { return loc{name: k, has: hasKey} }

// element returns the place of the i-th element of the document's array k.
func element(k string, i int) loc { return loc{name: k, i: int32(i), has: hasKey | hasIndex} }

// key returns the place of l's member k.
func (l *loc) key(k string) loc { return loc{up: l, name: k, has: hasKey} }

// index returns the place of l's i-th element.
func (l *loc) index(i int) loc { return loc{up: l, i: int32(i), has: hasIndex} }

// at returns the place of the i-th element of l's member k.
func (l *loc) at(k string, i int) loc {
	return loc{up: l, name: k, i: int32(i), has: hasKey | hasIndex}
}

// path returns l as a Path.
func (l loc) path() Path {
	n := 0
	for s := &l; s != nil; s = s.up {
		n += s.steps()
	}
	p := make(Path, n)
	for s := &l; s != nil; s = s.up {
		if s.has&hasIndex != 0 {
			n--
			p[n] = strconv.Itoa(int(s.i))
		}
		if s.has&hasKey != 0 {
			n--
			// A copy, so that the compiler sees that no loc outlives this call: its escape
			// analysis does not tell a loc's name from the loc it points to, and would
			// otherwise put on the heap every loc that a place is built from.
			p[n] = strings.Clone(s.name)
		}
	}
	return p
}

// steps returns how many segments of a path l's own step is.
func (l *loc) steps() int {
	return bits.OnesCount8(uint8(l.has))
}

// String returns l as a JSON Pointer.
func (l loc) String() string { return l.path().String() }

// tagInfo caches what the rules need to know about a language tag as written in a Text key.
type tagInfo struct {
	key       string // the key as written
	tag       language.Tag
	err       error
	canonical string
	// keyOK says the key is a valid tag, written in its canonical form: the rules on language
	// keys have nothing to report about it.
	keyOK   bool
	script  string                // the ISO 15924 code of the tag's script, or ""
	scripts []*unicode.RangeTable // the letters of that script, or nil when not checked
	letters *runeBits             // the same below U+0800, or nil (see inScript)
}

// checker holds the state of one run of the rules over one document.
type checker struct {
	scratch  *checkScratch // memory of an earlier check, for the largest tables of this one
	f        *Framework
	cfg      checkConfig
	severity map[Code]Severity // of each rule, from the catalogue
	index    *idIndex
	dups     map[ID][]entityRef // the second and later entities of a repeated ID
	tags     keyMemo[*tagInfo]  // what the rules know of each Text key met (see tagInfo)
	states   []ID               // the distinct state parties of the instruments, in order of appearance
	// partyStates holds, by instrument index, which of the two states (when there are two)
	// the instrument names among its parties (firstStateParty, secondStateParty).
	partyStates []uint8
	// kinds holds the kind of each stakeholder, by index, as its place in stakeholderKinds
	// plus one, or 0 for a kind that is not defined (see stakeholderKind).
	kinds []uint8
	// stateOf memoises stateAncestor by stakeholder index: 0 unknown, -1 none, -2 being
	// walked, k+1 the state at index k.
	stateOf []int32
	// cited marks, by source index, the sources some sources field cites; the references
	// family fills it as it resolves citations, the provenance family reads it.
	cited []bool
	// refs holds what the references family resolved, for the families after it.
	refs refTable
	// lifetimes holds the lifetime of each instrument, by index, for the time rules.
	lifetimes []instrumentLifetime
	// roles holds the participants whose roles the time rules check once every event is read,
	// in the order of the events; sortedRoles the same, in the order of the people.
	roles       []roleNote
	sortedRoles []roleCheck
	// ahead holds the references the walk has read ahead, in a large document (see
	// readAhead); nil in a smaller one.
	ahead *readAhead
	// near finds the IDs a broken reference may have meant; built at the first one.
	near   *nearIDs
	issues []*Issue
}

// report records an issue of the rule code, at the rule's severity, unless the rule is
// disabled.
func (c *checker) report(code Code, at loc, format string, args ...any) {
	c.add(code, c.severity[code], at, "", format, args)
}

// reportFix is report for an issue whose value at loc would likely be fixed by suggestion.
func (c *checker) reportFix(code Code, at loc, suggestion, format string, args ...any) {
	c.add(code, c.severity[code], at, suggestion, format, args)
}

// add records an issue unless its rule is disabled.
func (c *checker) add(code Code, sev Severity, at loc, suggestion, format string, args []any) {
	if c.cfg.disabled[code] {
		return
	}
	c.issues = append(c.issues, &Issue{Path: at.path(), Code: code, Severity: sev, Format: format, Args: args, Suggestion: suggestion})
}

// buildIndex maps every ID to its entity once, so that every reference resolves in constant
// time. A repeated ID keeps its first place in the index and its other places in dups; the
// repetition is reported by the references family. The IDs are filed a run at a time (see
// fileRun), in the order of the entities.
func (c *checker) buildIndex() {
	f := c.f
	lens := f.collectionLens()
	n := 0
	for _, l := range lens {
		n += l
	}
	c.index = newIDIndex(f, n, c.scratch.slots, c.scratch.tails)
	var run idRun
	for kind, l := range lens {
		for i := range l {
			r := entityRef{entityKind(kind), i}
			if id := f.entityID(r); id != "" {
				run.ids[run.n], run.refs[run.n] = id, r
				if run.n++; run.n == len(run.ids) {
					c.fileRun(&run)
				}
			}
		}
	}
	c.fileRun(&run)
}

// idRun is a run of IDs that buildIndex files together: the IDs, their entities and hashes.
type idRun struct {
	n      int
	ids    [idRunLen]ID
	refs   [idRunLen]entityRef
	hashes [idRunLen]uint64
}

// idRunLen is how many IDs buildIndex files at a time: as many as the entities the walk reads
// ahead at a time (readAheadEntities), a length that did better than 32 and 256 there.
const idRunLen = 64

// fileRun files the IDs of run in the index, and empties run: it hashes them all and reads
// their slots together (idIndex.prefetch), then files each, its slot in cache.
func (c *checker) fileRun(run *idRun) {
	x := c.index
	hashes := x.prefetch(run.ids[:run.n], run.hashes[:0])
	for k, h := range hashes {
		id, r := run.ids[k], run.refs[k]
		if _, dup := x.add(id, h, r); dup {
			if c.dups == nil {
				c.dups = make(map[ID][]entityRef)
			}
			c.dups[id] = append(c.dups[id], r)
		}
	}
	run.n = 0
}

// readKinds fills c.kinds, the kind of each stakeholder, for stakeholderKind and definedKind.
func (c *checker) readKinds() {
	c.kinds = make([]uint8, len(c.f.Stakeholders))
	for i := range c.f.Stakeholders {
		c.kinds[i] = uint8(slices.Index(stakeholderKinds[:], c.f.Stakeholders[i].Kind) + 1)
	}
}

// definedKind reports whether the kind of stakeholder i is one of the defined values (a
// missing or unknown kind is reported by its own rule, and tells nothing to the others).
func (c *checker) definedKind(i int) bool { return c.kinds[i] > 0 }

// stakeholderKind returns the kind of stakeholder i. The rules ask it of the stakeholders that
// references name, all over a large document: it reads one byte of c.kinds, where reading the
// kind itself would read the stakeholder and the kind's text, two places no cache holds. A
// defined kind is the constant, which compares with the others without reading its bytes.
func (c *checker) stakeholderKind(i int) StakeholderKind {
	if k := c.kinds[i]; k > 0 {
		return stakeholderKinds[k-1]
	}
	return c.f.Stakeholders[i].Kind
}

// entityVisitor holds what a rule family checks of each kind of entity: visit calls each
// function with the checker, every entity of its collection and the entity's place. A nil
// function skips its collection. The functions take the checker as an argument rather than
// holding it, so that the families' visitors are built once (checkWalk), not for each check.
type entityVisitor struct {
	stakeholder func(*checker, entityRef, *Stakeholder)
	instrument  func(*checker, entityRef, *Instrument)
	event       func(*checker, entityRef, *Event)
	commitment  func(*checker, entityRef, *Commitment)
	assessment  func(*checker, entityRef, *Assessment)
	place       func(*checker, entityRef, *Place)
	source      func(*checker, entityRef, *Source)
}

// visit walks the collections of the document in format order with v, reading ahead with
// refs, the references family's checks, when c.ahead is set (see readAhead).
func (c *checker) visit(v, refs entityVisitor) {
	f := c.f
	visitList(c, kindStakeholder, f.Stakeholders, v.stakeholder, refs.stakeholder)
	visitList(c, kindInstrument, f.Instruments, v.instrument, refs.instrument)
	visitList(c, kindEvent, f.Events, v.event, refs.event)
	visitList(c, kindCommitment, f.Commitments, v.commitment, refs.commitment)
	visitList(c, kindAssessment, f.Assessments, v.assessment, refs.assessment)
	visitList(c, kindPlace, f.Places, v.place, refs.place)
	visitList(c, kindSource, f.Sources, v.source, refs.source)
}

// inTurn returns the visitor that calls, for each entity, the function of each of vs in turn.
func inTurn(vs []entityVisitor) entityVisitor {
	return entityVisitor{
		stakeholder: each(vs, func(v entityVisitor) func(*checker, entityRef, *Stakeholder) { return v.stakeholder }),
		instrument:  each(vs, func(v entityVisitor) func(*checker, entityRef, *Instrument) { return v.instrument }),
		event:       each(vs, func(v entityVisitor) func(*checker, entityRef, *Event) { return v.event }),
		commitment:  each(vs, func(v entityVisitor) func(*checker, entityRef, *Commitment) { return v.commitment }),
		assessment:  each(vs, func(v entityVisitor) func(*checker, entityRef, *Assessment) { return v.assessment }),
		place:       each(vs, func(v entityVisitor) func(*checker, entityRef, *Place) { return v.place }),
		source:      each(vs, func(v entityVisitor) func(*checker, entityRef, *Source) { return v.source }),
	}
}

// each returns a function that calls the function of one kind of entity (as of picks it) of
// each of vs in turn, or nil when none has one.
func each[E any](vs []entityVisitor, of func(entityVisitor) func(*checker, entityRef, *E)) func(*checker, entityRef, *E) {
	fns := make([]func(*checker, entityRef, *E), 0, len(vs))
	for _, v := range vs {
		if fn := of(v); fn != nil {
			fns = append(fns, fn)
		}
	}
	if len(fns) == 0 {
		return nil
	}
	return func(c *checker, r entityRef, e *E) {
		for _, fn := range fns {
			fn(c, r, e)
		}
	}
}

// placed adapts a check of an entity at its place to a function of an entityVisitor.
func placed[E any](check func(*checker, loc, *E)) func(*checker, entityRef, *E) {
	return func(c *checker, r entityRef, e *E) { check(c, r.loc(), e) }
}

// visitList calls fn for each entity of list, the collection of entities of kind, reading
// each run of readAheadEntities ahead with refs first when c.ahead is set.
func visitList[E any](c *checker, kind entityKind, list []E, fn, refs func(*checker, entityRef, *E)) {
	if fn == nil {
		return
	}
	if c.ahead == nil || refs == nil {
		for i := range list {
			fn(c, entityRef{kind, i}, &list[i])
		}
		return
	}
	for lo := 0; lo < len(list); lo += readAheadEntities {
		hi := min(lo+readAheadEntities, len(list))
		lookAhead(c, kind, list[lo:hi], lo, refs)
		for i := lo; i < hi; i++ {
			fn(c, entityRef{kind, i}, &list[i])
		}
	}
}

// sortIssues sorts issues in order of path, then code, then message, equals in the order they
// were found, and returns them.
func sortIssues(issues []*Issue) []*Issue {
	slices.SortStableFunc(issues, compareIssues)
	return issues
}

func compareIssues(a, b *Issue) int {
	if c := comparePaths(a.Path, b.Path); c != 0 {
		return c
	}
	if c := strings.Compare(string(a.Code), string(b.Code)); c != 0 {
		return c
	}
	if c := strings.Compare(a.Format, b.Format); c != 0 {
		return c
	}
	return strings.Compare(fmt.Sprint(a.Args...), fmt.Sprint(b.Args...))
}

// comparePaths compares paths segment by segment, array indices as numbers, so that
// /events/2 comes before /events/10.
func comparePaths(a, b Path) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if c := compareSegments(a[i], b[i]); c != 0 {
			return c
		}
	}
	return len(a) - len(b)
}

func compareSegments(a, b string) int {
	if ia, ib := arrayIndex(a), arrayIndex(b); ia >= 0 && ib >= 0 {
		return cmp.Compare(ia, ib)
	}
	return strings.Compare(a, b)
}

// dedupIssues drops an issue equal to the one before it in a sorted list.
func dedupIssues(issues []*Issue) []*Issue {
	return slices.CompactFunc(issues, func(a, b *Issue) bool {
		return a.Code == b.Code && a.Severity == b.Severity && a.Format == b.Format &&
			slices.Equal(a.Path, b.Path) && fmt.Sprint(a.Args...) == fmt.Sprint(b.Args...)
	})
}
