// Package synth generates synthetic frameworks of any size, for benchmarks, fuzzing seeds and
// demos. The same size and seed always give the same framework.
//
// A generated framework breaks no error rule of jscd: two states, ministries under them,
// people holding open-ended positions in those ministries and leading rounds for their state,
// instruments whose relations point back in time, events inside their instruments' spans,
// commitments made at events with an agreed status and a due date, assessments and sources.
// The data is fictional: names are "Ministry 12", dates are drawn from 2000–2029.
package synth

import (
	"fmt"
	"math/rand/v2"

	"github.com/jscd-go/jscd/jscd"
)

// Shares of the entities by collection, in thousandths; stakeholders take the rest.
const (
	sourceShare     = 50
	instrumentShare = 50
	eventShare      = 300
	commitmentShare = 300
	assessmentShare = 100
)

// Framework returns a framework of about n entities (at least one of each kind), generated
// from seed.
func Framework(n int, seed int64) *jscd.Framework {
	g := &generator{rnd: rand.New(rand.NewPCG(uint64(seed), 0x6a736364))}
	share := func(s int) int { return max(1, n*s/1000) }
	nSources, nInstruments := share(sourceShare), share(instrumentShare)
	nEvents, nCommitments, nAssessments := share(eventShare), share(commitmentShare), share(assessmentShare)
	nStakeholders := max(4, n-nSources-nInstruments-nEvents-nCommitments-nAssessments)

	f := &jscd.Framework{
		Format: jscd.FormatTag,
		ID:     jscd.ID(fmt.Sprintf("synthetic-%d-%d", n, seed)),
		Title:  jscd.Text{"en": fmt.Sprintf("Synthetic framework of %d entities", n), "ar": "إطار اصطناعي"},
	}
	g.f = f
	g.sources(nSources)
	g.stakeholders(nStakeholders)
	g.instruments(nInstruments)
	g.events(nEvents)
	g.commitments(nCommitments)
	g.assessments(nAssessments)
	return f
}

// generator holds the random source and what has been generated so far.
type generator struct {
	rnd     *rand.Rand
	f       *jscd.Framework
	states  [2]jscd.ID
	leaders [2][]jscd.ID // people holding a position in each state
	starts  []int        // the first year of each instrument
}

func (g *generator) source() jscd.ID {
	return g.f.Sources[g.rnd.IntN(len(g.f.Sources))].ID
}

func (g *generator) sources(n int) {
	kinds := jscd.SourceKinds()
	for i := range n {
		g.f.Sources = append(g.f.Sources, jscd.Source{
			ID:        jscd.ID(fmt.Sprintf("source-%d", i)),
			Kind:      kinds[i%len(kinds)],
			Title:     jscd.Text{"en": fmt.Sprintf("Report %d", i)},
			URL:       fmt.Sprintf("https://example.org/reports/%d", i),
			Published: date(2000+g.rnd.IntN(30), 1+g.rnd.IntN(12), 1+g.rnd.IntN(28)),
		})
	}
}

// stakeholders makes two states, then ministries and people in turn.
func (g *generator) stakeholders(n int) {
	countries := [2]string{"FR", "IN"}
	names := [2]jscd.Text{{"en": "France", "ar": "فرنسا"}, {"en": "India", "ar": "الهند"}}
	for s := range 2 {
		g.states[s] = jscd.ID(fmt.Sprintf("state-%c", 'a'+s))
		g.f.Stakeholders = append(g.f.Stakeholders, jscd.Stakeholder{
			ID: g.states[s], Kind: jscd.StakeholderKindState, Name: names[s], Country: countries[s],
			Sources: []jscd.ID{g.source()},
		})
	}
	var ministries [2][]jscd.ID
	for i := range n - 2 {
		s := i % 2
		if i%4 < 2 || len(ministries[s]) == 0 {
			id := jscd.ID(fmt.Sprintf("ministry-%d", i))
			ministries[s] = append(ministries[s], id)
			g.f.Stakeholders = append(g.f.Stakeholders, jscd.Stakeholder{
				ID: id, Kind: jscd.StakeholderKindMinistry, Name: jscd.Text{"en": fmt.Sprintf("Ministry %d", i), "ar": "وزارة"},
				Country: countries[s], Parent: g.states[s],
			})
			continue
		}
		id := jscd.ID(fmt.Sprintf("person-%d", i))
		g.leaders[s] = append(g.leaders[s], id)
		org := ministries[s][g.rnd.IntN(len(ministries[s]))]
		g.f.Stakeholders = append(g.f.Stakeholders, jscd.Stakeholder{
			ID: id, Kind: jscd.StakeholderKindPerson, Name: jscd.Text{"en": fmt.Sprintf("Person %d", i)},
			Aliases: []jscd.Text{{"en": fmt.Sprintf("P. %d", i)}},
			Positions: []jscd.Position{
				{Title: jscd.Text{"en": "Adviser"}, Organization: org, From: mustDate("1990"), To: mustDate("1999-12-31")},
				{Title: jscd.Text{"en": "Minister"}, Organization: org, From: mustDate("2000-01-01")},
			},
		})
	}
}

// instruments makes instruments whose start years never decrease, so that every relation to
// an earlier instrument points back in time.
func (g *generator) instruments(n int) {
	kinds := jscd.InstrumentKinds()
	areas := jscd.Areas()
	for i := range n {
		start := 2000 + i*20/max(1, n)
		g.starts = append(g.starts, start)
		in := jscd.Instrument{
			ID:      jscd.ID(fmt.Sprintf("instrument-%d", i)),
			Kind:    kinds[i%len(kinds)],
			Name:    jscd.Text{"en": fmt.Sprintf("Instrument %d", i), "ar": "صك"},
			Parties: []jscd.ID{g.states[0], g.states[1]},
			Areas:   []jscd.Area{areas[i%len(areas)], areas[(i+7)%len(areas)]},
			Date:    mustDate(fmt.Sprintf("%d/..", start)),
			Status:  jscd.InstrumentStatusActive,
			Sources: []jscd.ID{g.source()},
		}
		if i > 0 {
			types := [...]jscd.RelationType{jscd.RelationTypeBasedOn, jscd.RelationTypeComplements, jscd.RelationTypeImplements}
			in.Relations = []jscd.Relation{{Type: types[i%len(types)], To: jscd.ID(fmt.Sprintf("instrument-%d", g.rnd.IntN(i)))}}
		}
		g.f.Instruments = append(g.f.Instruments, in)
	}
}

// events makes rounds inside their instrument's span, each led by a person of each state.
func (g *generator) events(n int) {
	for i := range n {
		k := g.rnd.IntN(len(g.f.Instruments))
		ev := jscd.Event{
			ID:         jscd.ID(fmt.Sprintf("event-%d", i)),
			Kind:       jscd.EventKindRound,
			Name:       jscd.Text{"en": fmt.Sprintf("Round %d", i)},
			Instrument: g.f.Instruments[k].ID,
			Round:      1 + i/len(g.f.Instruments),
			Date:       date(g.starts[k]+g.rnd.IntN(30-(g.starts[k]-2000)), 1+g.rnd.IntN(12), 1+g.rnd.IntN(28)),
			Location:   &jscd.Location{Name: jscd.Text{"en": "Paris"}, Country: "FR"},
			Topics:     []jscd.Topic{{Text: jscd.Text{"en": "Training"}, Areas: []jscd.Area{jscd.AreaTraining}}},
			Sources:    []jscd.ID{g.source()},
		}
		for s := range 2 {
			if len(g.leaders[s]) > 0 {
				ev.Participants = append(ev.Participants, jscd.Participant{
					Stakeholder: g.leaders[s][g.rnd.IntN(len(g.leaders[s]))], Role: jscd.RoleLead, Delegation: g.states[s],
				})
			}
		}
		g.f.Events = append(g.f.Events, ev)
	}
}

// commitments makes commitments at events, due the year after, agreed on the day.
func (g *generator) commitments(n int) {
	strengths := jscd.Strengths()
	for i := range n {
		ev := &g.f.Events[g.rnd.IntN(len(g.f.Events))]
		by := i % 2
		year, _ := ev.Date.Earliest()
		g.f.Commitments = append(g.f.Commitments, jscd.Commitment{
			ID:       jscd.ID(fmt.Sprintf("commitment-%d", i)),
			By:       []jscd.ID{g.states[by]},
			To:       []jscd.ID{g.states[1-by]},
			Text:     jscd.Text{"en": fmt.Sprintf("Undertaking %d", i), "ar": "تعهد"},
			Strength: strengths[i%len(strengths)],
			MadeAt:   ev.ID,
			Due:      mustDate(fmt.Sprint(year.Year() + 1)),
			Status: []jscd.StatusChange{
				{Status: jscd.CommitmentStatusAgreed, Date: ev.Date},
				{Status: jscd.CommitmentStatusInProgress, Date: mustDate(fmt.Sprint(year.Year() + 1))},
			},
			Sources: []jscd.ID{g.source()},
		})
	}
}

func (g *generator) assessments(n int) {
	confidences := jscd.Confidences()
	for i := range n {
		about := g.f.Commitments[g.rnd.IntN(len(g.f.Commitments))].ID
		g.f.Assessments = append(g.f.Assessments, jscd.Assessment{
			ID:         jscd.ID(fmt.Sprintf("assessment-%d", i)),
			Text:       jscd.Text{"en": fmt.Sprintf("Judgement %d", i)},
			About:      []jscd.ID{about},
			Confidence: confidences[i%len(confidences)],
			Sources:    []jscd.ID{g.source()},
		})
	}
}

func date(y, m, d int) jscd.Date { return mustDate(fmt.Sprintf("%04d-%02d-%02d", y, m, d)) }

func mustDate(s string) jscd.Date {
	d, err := jscd.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}
