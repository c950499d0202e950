package view

import (
	"slices"
	"strconv"

	"github.com/jscd-go/jscd/jscd"
)

// SummaryPanel answers, in sentences written from the document's data in the page's
// language, the questions a newcomer asks first: who met, where and when, and who led each
// side; what was said; what the framework rests on; what each side undertook and where it
// stands on the chosen day; and what the analysts judge. Every sentence is made of the
// document's own facts (names, dates, places, roles): where the document does not say who
// led a side, no sentence says it. Each name is a link to the entity's detail card.
//
// A document that could not be read is said to be so here, with where and why, and a way back
// to the original.
func SummaryPanel(in *Input) []Node {
	l := in.Lang
	out := panelHead(l.L("summary"), l.L("summary.help"))
	out = append(out, documentProblem(in)...)
	if in.Framework == nil {
		return out
	}
	ix := in.derive().ix
	n := len(out)
	out = append(out, meetingSentences(in, ix)...)
	out = append(out, statementSentences(in, ix)...)
	out = append(out, foundationSentences(in, ix)...)
	out = append(out, undertakingSentences(in, ix)...)
	out = append(out, analystSentences(in, ix)...)
	if len(out) == n {
		out = append(out, el("p", "empty", l.L("summary.empty")))
	}
	return out
}

// documentProblem says that the editor's text does not decode, where and why: the panels
// are empty when no version of it ever did, and show the last one that did otherwise. An
// edited text can be put back to the original.
func documentProblem(in *Input) []Node {
	if in.Framework != nil && !in.Stale {
		return nil
	}
	l := in.Lang
	key := "problem.unreadable"
	if in.Stale {
		key = "problem.stale"
	}
	kids := []Node{el("p", "problem-what", l.L(key))}
	if len(in.Issues) > 0 && in.Issues[0] != nil {
		is := in.Issues[0]
		msg := []Node{}
		if is.Line > 0 {
			msg = append(msg, T(fill(l.L("problem.at"), "line", strconv.Itoa(is.Line), "column", strconv.Itoa(is.Column))+" "))
		}
		msg = append(msg, h("span", at("class", "msg", "dir", "auto"), l.messageNodes(is)...))
		kids = append(kids, h("p", at("class", "problem-message", "id", "problem-message"), msg...))
	}
	var actions []Node
	if in.Edited {
		actions = append(actions, h("button", at("type", "button", "class", "restore", "data-act", "restore"),
			T(l.L("editor.restore"))))
	}
	actions = append(actions, h("button", at("type", "button", "class", "open-editor", "data-act", "editor",
		"data-val", "open", "aria-controls", "source"), T(l.L("problem.edit"))))
	kids = append(kids, h("p", at("class", "problem-actions"), actions...))
	return []Node{h("div", at("class", "problem", "id", "problem", "role", "alert"), kids...)}
}

// meetingKinds are the kinds of event at which the sides meet.
var meetingKinds = map[jscd.EventKind]bool{
	jscd.EventKindRound: true, jscd.EventKindSession: true, jscd.EventKindMeeting: true, jscd.EventKindVisit: true,
}

// maxEarlierMeetings bounds the earlier meetings the summary names; the timeline has them all.
const maxEarlierMeetings = 4

// meetingSentences tell of the latest meeting in full (who met, where, when, who led each
// side, what was on the agenda and what came out of it), and name the ones before it.
func meetingSentences(in *Input, ix entities) []Node {
	l := in.Lang
	var meetings []*jscd.Event
	for i := range in.Framework.Events {
		if e := &in.Framework.Events[i]; meetingKinds[e.Kind] && !earliest(e.Date).IsZero() {
			meetings = append(meetings, e)
		}
	}
	if len(meetings) == 0 {
		return nil
	}
	latestFirst(meetings)
	out := []Node{el("h3", "", l.L("summary.met"))}
	out = append(out, meetingSentence(in, ix, meetings[0], true)...)
	if len(meetings) > 1 {
		var items []Node
		for _, e := range meetings[1:min(len(meetings), 1+maxEarlierMeetings)] {
			items = append(items, h("li", nil, meetingSentence(in, ix, e, false)...))
		}
		out = append(out, el("h4", "", l.L("summary.earlier")), h("ul", at("class", "earlier"), items...))
		if more := len(meetings) - 1 - maxEarlierMeetings; more > 0 {
			out = append(out, h("p", at("class", "more"), h("a", at("href", "#timeline"),
				T(fill(l.L("summary.more-meetings"), "n", strconv.Itoa(more))))))
		}
	}
	return out
}

// latestFirst orders events by date, the latest first (span-aware, Date.Compare), keeping
// document order between equal dates. The lists are short; an insertion sort keeps the
// module free of a sorting package.
func latestFirst(events []*jscd.Event) {
	for i := 1; i < len(events); i++ {
		for j := i; j > 0 && events[j].Date.Compare(events[j-1].Date) > 0; j-- {
			events[j], events[j-1] = events[j-1], events[j]
		}
	}
}

// meetingSentence says when and where an event was held and who met at it, then who led
// each side; in full, also its agenda and outcomes.
func meetingSentence(in *Input, ix entities, e *jscd.Event, full bool) []Node {
	sides := eventSides(e)
	where, hasWhere := in.locationNode(ix, e.Location)
	key := "say.held"
	if len(sides) >= 2 {
		key = "say.met"
	}
	if !hasWhere {
		key += ".nowhere"
	}
	args := []arg{{"when", dateNode(in.Lang, e.Date)}, {"what", in.focusLink(ix, e.ID)},
		{"who", in.andList(ix, sides)}, {"where", where}}
	if !full {
		out := fillNodes(in.Lang.L(key), args...)
		if roles := leaderSentences(in, ix, e, sides); len(roles) > 0 {
			for _, r := range roles {
				out = append(out, T(" "))
				out = append(out, r.Kids...)
			}
		}
		// What came out of it, as the document records it: what was decided there.
		for _, o := range e.Outcomes {
			out = append(out, T(" "))
			out = append(out, fillNodes(in.Lang.L("say.outcome"), arg{"text", textOf(in.Lang, "bdi", o, "text")})...)
		}
		return mergeTexts(out)
	}
	out := []Node{in.sentence("lead", key, args...)}
	out = append(out, leaderSentences(in, ix, e, sides)...)
	if len(e.Topics) > 0 {
		var topics []Node
		for i, t := range e.Topics {
			if i > 0 {
				topics = append(topics, T(listSep(in.Lang)))
			}
			topics = append(topics, textOf(in.Lang, "bdi", t.Text, "topic"))
		}
		out = append(out, in.sentence("topics", "say.topics", arg{"list", wrap("list", topics...)}))
	}
	for _, o := range e.Outcomes {
		out = append(out, in.sentence("outcome", "say.outcome", arg{"text", textOf(in.Lang, "bdi", o, "text")}))
	}
	return out
}

// eventSides returns the sides of an event: the parties whose delegations took part, in the
// order the participants are listed. Only participants say who met: an event of a bilateral
// instrument is not taken to be a meeting of its parties (a senate's vote is not).
func eventSides(e *jscd.Event) []jscd.ID {
	var sides []jscd.ID
	for _, p := range e.Participants {
		if p.Delegation != "" && !slices.Contains(sides, p.Delegation) {
			sides = append(sides, p.Delegation)
		}
	}
	return sides
}

// leadingRoles are the roles that say who led a side, with the words that say so.
var leadingRoles = [...]struct {
	role jscd.Role
	key  string
}{{jscd.RoleLead, "say.led"}, {jscd.RoleChair, "say.chaired"}, {jscd.RoleHost, "say.hosted"}}

// leaderSentences say who led, chaired or hosted each side of an event, and the event as a
// whole, from its participants' roles; a side whose leaders the document does not give gets
// no sentence.
func leaderSentences(in *Input, ix entities, e *jscd.Event, sides []jscd.ID) []Node {
	var out []Node
	for _, side := range sides {
		if roles := rolesOf(in, ix, e, side); len(roles) > 0 {
			out = append(out, in.sentence("side", "say.side", arg{"side", in.focusLink(ix, side)}, arg{"roles", wrap("roles", roles...)}))
		}
	}
	if roles := rolesOf(in, ix, e, ""); len(roles) > 0 {
		out = append(out, in.sentence("side", "say.overall", arg{"roles", wrap("roles", roles...)}))
	}
	return out
}

// rolesOf is "led by A; chaired by B" for the participants of one side of an event (side ""
// for those in no delegation).
func rolesOf(in *Input, ix entities, e *jscd.Event, side jscd.ID) []Node {
	var out []Node
	for _, lr := range leadingRoles {
		var who []jscd.ID
		for _, p := range e.Participants {
			if p.Role == lr.role && p.Delegation == side {
				who = append(who, p.Stakeholder)
			}
		}
		if len(who) == 0 {
			continue
		}
		if len(out) > 0 {
			out = append(out, T(in.Lang.L("say.roles-sep")))
		}
		out = append(out, fillNodes(in.Lang.L(lr.key), arg{"who", in.andList(ix, who)})...)
	}
	return mergeTexts(out)
}

// locationNode names where an event was held: its place, as a link to the place's card, or
// the name the document gives.
func (in *Input) locationNode(ix entities, loc *jscd.Location) (Node, bool) {
	switch {
	case loc == nil:
		return Node{}, false
	case loc.Place != "":
		return in.focusLink(ix, loc.Place), true
	case !loc.Name.IsEmpty():
		return textOf(in.Lang, "bdi", loc.Name, "place-name"), true
	case loc.Country != "":
		return in.countryNode(ix, loc.Country), true
	}
	return Node{}, false
}

// maxStatements bounds the statements the summary quotes.
const maxStatements = 3

// statementSentences say what was stated, by whom and when: a statement's topics and
// outcomes, as the document records them.
func statementSentences(in *Input, ix entities) []Node {
	l := in.Lang
	var statements []*jscd.Event
	for i := range in.Framework.Events {
		if e := &in.Framework.Events[i]; e.Kind == jscd.EventKindStatement {
			statements = append(statements, e)
		}
	}
	if len(statements) == 0 {
		return nil
	}
	latestFirst(statements)
	out := []Node{el("h3", "", l.L("summary.said"))}
	for _, e := range statements[:min(len(statements), maxStatements)] {
		var speakers []jscd.ID
		for _, p := range e.Participants {
			if p.Role == jscd.RoleSpeaker {
				speakers = append(speakers, p.Stakeholder)
			}
		}
		var said []Node
		for _, t := range e.Topics {
			said = append(said, textOf(l, "bdi", t.Text, "topic"))
		}
		for _, o := range e.Outcomes {
			said = append(said, textOf(l, "bdi", o, "text"))
		}
		what := in.focusLink(ix, e.ID)
		if len(said) > 0 {
			what = h("a", at("class", "ref said", "href", in.addressFor(l.Code, string(e.ID)), "data-act", "focus",
				"data-val", string(e.ID)), joinWith(said, sep(l))...)
		}
		key := "say.statement"
		who := in.andList(ix, speakers)
		if len(speakers) == 0 {
			key, who = "say.statement.anon", in.focusLink(ix, e.ID)
		}
		out = append(out, in.sentence("statement", key, arg{"who", who}, arg{"when", dateNode(l, e.Date)}, arg{"what", what}))
	}
	return out
}

// joinWith puts a separator between nodes.
func joinWith(nodes []Node, separator string) []Node {
	var out []Node
	for i, n := range nodes {
		if i > 0 {
			out = append(out, T(separator))
		}
		out = append(out, n)
	}
	return out
}

// foundationSentences say what each instrument rests on, amends, implements…, from its
// relations, with each instrument's dates; and name the instruments that stand alone.
func foundationSentences(in *Input, ix entities) []Node {
	l := in.Lang
	f := in.Framework
	if len(f.Instruments) == 0 {
		return nil
	}
	out := []Node{el("h3", "", l.L("summary.rests"))}
	related := map[jscd.ID]bool{}
	for i := range f.Instruments {
		ins := &f.Instruments[i]
		var types []jscd.RelationType
		for _, r := range ins.Relations {
			related[ins.ID], related[r.To] = true, true
			if !slices.Contains(types, r.Type) {
				types = append(types, r.Type)
			}
		}
		for _, t := range types {
			var targets []Node
			for _, r := range ins.Relations {
				if r.Type == t {
					targets = append(targets, in.instrumentRef(ix, r.To))
				}
			}
			key := "say.rel." + string(t)
			if l.L(key) == key {
				key = "say.rel"
			}
			out = append(out, in.sentence("rests", key, arg{"a", in.instrumentRef(ix, ins.ID)},
				arg{"b", wrap("names", joinAnd(l, targets)...)}, arg{"rel", T(l.Enum("relation", string(t)))}))
		}
	}
	var alone []Node
	for i := range f.Instruments {
		if id := f.Instruments[i].ID; !related[id] {
			alone = append(alone, in.instrumentRef(ix, id))
		}
	}
	if len(alone) > 0 {
		out = append(out, in.sentence("rests", "say.alone", arg{"list", wrap("names", joinAnd(l, alone)...)}))
	}
	return out
}

// instrumentRef names an instrument by its short name, as a link, with its dates in words
// when the document gives them: "SFA (from 2008)".
func (in *Input) instrumentRef(ix entities, id jscd.ID) Node {
	link := in.shortLink(ix, id)
	for i := range in.Framework.Instruments {
		if ins := &in.Framework.Instruments[i]; ins.ID == id {
			if dates := instrumentDates(in.Lang, ins); dates != "" {
				return wrap("instrument-ref", link, T(" ("), h("bdi", append(at("class", "dates"), numbersDir(dates)...), T(dates)), T(")"))
			}
			break
		}
	}
	return link
}

// maxUndertakings bounds the commitments the summary lists for one side; the commitments
// panel has them all.
const maxUndertakings = 4

// undertakingSentences list, side by side, what each party undertook (the commitments made
// by the same stakeholders, in document order), how firmly, and where each stands on the
// chosen day.
func undertakingSentences(in *Input, ix entities) []Node {
	l := in.Lang
	f := in.Framework
	if len(f.Commitments) == 0 {
		return nil
	}
	states := map[jscd.ID]jscd.CommitmentState{}
	for _, st := range in.status().Commitments {
		states[st.ID] = st
	}
	type side struct {
		key string
		by  []jscd.ID
		cs  []*jscd.Commitment
	}
	var sides []*side
	for i := range f.Commitments {
		c := &f.Commitments[i]
		key := ""
		for _, id := range c.By {
			key += string(id) + " "
		}
		var s *side
		for _, x := range sides {
			if x.key == key {
				s = x
			}
		}
		if s == nil {
			s = &side{key: key, by: c.By}
			sides = append(sides, s)
		}
		s.cs = append(s.cs, c)
	}
	out := []Node{el("h3", "", l.L("summary.undertook"))}
	if !in.AsOf.IsZero() {
		out = append(out, h("p", at("class", "help"), T(fill(l.L("summary.undertook.help"), "day", l.DateInWords(dayDate(in.AsOf))))))
	}
	var groups []Node
	for _, s := range sides {
		who := in.andList(ix, s.by)
		if len(s.by) == 0 {
			who = el("span", "", l.L("summary.nobody"))
		}
		var items []Node
		for _, c := range s.cs[:min(len(s.cs), maxUndertakings)] {
			items = append(items, undertaking(in, ix, c, states[c.ID]))
		}
		kids := []Node{h("h4", nil, who), h("ul", at("class", "undertakings"), items...)}
		if more := len(s.cs) - maxUndertakings; more > 0 {
			kids = append(kids, h("p", at("class", "more"), h("a", at("href", "#status"),
				T(fill(l.L("summary.more-commitments"), "n", strconv.Itoa(more))))))
		}
		groups = append(groups, h("div", at("class", "side-undertakings", "data-by", s.key), kids...))
	}
	return append(out, h("div", at("class", "sides"), groups...))
}

// undertaking is one commitment in the summary: how firmly it was made, what it is (a link to
// its card), where it stands on the day and when it is due.
func undertaking(in *Input, ix entities, c *jscd.Commitment, st jscd.CommitmentState) Node {
	l := in.Lang
	text := h("a", at("class", "ref", "href", in.addressFor(l.Code, string(c.ID)), "data-act", "focus",
		"data-val", string(c.ID)), textOf(l, "bdi", c.Text, "text"))
	kids := []Node{el("span", "strength", l.Enum("strength", string(c.Strength))), T(" "), text, T(" ")}
	status := string(st.Status)
	kids = append(kids, h("span", at("class", "pill st-"+orNone(status), "data-status", status), T(l.Enum("status", status))))
	if st.Due != "" {
		kids = append(kids, T(" "), h("span", at("class", "pill due-"+string(st.Due), "data-due", string(st.Due)),
			T(l.Enum("due", string(st.Due)))))
	}
	if !c.Due.IsZero() {
		kids = append(kids, T(" "), h("span", at("class", "due-date"), T(l.L("due")+": "), dateNode(l, c.Due)))
	}
	return h("li", at("data-id", string(c.ID)), kids...)
}

// maxJudgements bounds the assessments the summary quotes; the assessments panel has them all.
const maxJudgements = 4

// analystSentences quote the first judgements of the analysts, with who made them, when, and
// how sure they are.
func analystSentences(in *Input, ix entities) []Node {
	l := in.Lang
	f := in.Framework
	if len(f.Assessments) == 0 {
		return nil
	}
	out := []Node{el("h3", "", l.L("summary.judge"))}
	var items []Node
	prev := "\x00"
	var list []Node
	flush := func() {
		if len(list) > 0 {
			items = append(items, h("ul", at("class", "judgements"), list...))
			list = nil
		}
	}
	for i := range f.Assessments[:min(len(f.Assessments), maxJudgements)] {
		a := &f.Assessments[i]
		key := a.Date.String() + " "
		for _, id := range a.By {
			key += string(id) + " "
		}
		if key != prev {
			flush()
			prev = key
			items = append(items, judgedBy(in, ix, a))
		}
		list = append(list, h("li", at("data-id", string(a.ID)),
			h("a", at("class", "ref", "href", in.addressFor(l.Code, string(a.ID)), "data-act", "focus", "data-val", string(a.ID)),
				textOf(l, "bdi", a.Text, "text")),
			T(" "), confidenceNode(l, a.Confidence)))
	}
	flush()
	out = append(out, items...)
	if n := len(f.Assessments); n > maxJudgements {
		out = append(out, h("p", at("class", "more"), h("a", at("href", "#assessments"),
			T(fill(l.L("summary.all-judgements"), "n", strconv.Itoa(n))))))
	}
	return out
}

// judgedBy says who made a judgement and when.
func judgedBy(in *Input, ix entities, a *jscd.Assessment) Node {
	key := "say.judged"
	args := []arg{{"who", in.andList(ix, a.By)}, {"when", dateNode(in.Lang, a.Date)}}
	switch {
	case len(a.By) == 0 && a.Date.IsZero():
		key = "say.judged.anon.nodate"
	case len(a.By) == 0:
		key = "say.judged.anon"
	case a.Date.IsZero():
		key = "say.judged.nodate"
	}
	return in.sentence("judged", key, args...)
}

// confidenceNode says how sure a judgement is, in words and as a meter of three steps.
func confidenceNode(l *Lang, c jscd.Confidence) Node {
	if c == "" {
		return el("span", "confidence conf-none", l.L("confidence.none"))
	}
	level := 0
	for i, x := range jscd.Confidences() {
		if x == c {
			level = i + 1
		}
	}
	var steps []Node
	for i := 1; i <= 3; i++ {
		class := "step"
		if i <= level {
			class += " on"
		}
		steps = append(steps, h("i", at("class", class)))
	}
	return h("span", at("class", "confidence conf-"+string(c), "data-confidence", string(c)),
		h("span", at("class", "meter", "aria-hidden", "true"), steps...),
		T(l.Enum("confidence", string(c))))
}
