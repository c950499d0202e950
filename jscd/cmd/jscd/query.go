package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/jscd-go/jscd/jscd"
)

const statusHelp = `Status reads a document and shows where each commitment stands on a day (today, or the day of -as-of): its state against its due date (overdue, due, not due, no deadline, fulfilled, lapsed, withdrawn, not yet made), its latest status on that day and since when, and its due date; then how many commitments are in each state, and every instrument with the status the document records and whether its dates have begun or ended on that day. Dates are read as spans: a commitment due "2021" is overdue from 2022-01-01. -format json writes the status report as JSON, as jscd export -to json does.`

const statusExits = `  0  the report was written
  2  a usage error, or a document that cannot be read or does not decode`

var statusCommand = &command{
	name:     "status",
	args:     "[flags] FILE",
	synopsis: "show where every commitment stands on a day",
	help:     statusHelp,
	exits:    statusExits,
	setup:    setupStatus,
}

func setupStatus(c *ctx) func([]string) int {
	asOf := c.asOfFlag("the day of the report (default today)")
	format := c.fs.String("format", "text", c.p.Sprintf("output format: text or json"))
	c.meta["format"] = "text|json"
	return func(args []string) int {
		if !c.wantArgs(args, 1, 1) || !c.oneOf("format", *format, "text", "json") {
			return exitTrouble
		}
		day := c.today()
		if *asOf != "" {
			var ok bool
			if day, ok = c.parseDay(*asOf); !ok {
				return exitTrouble
			}
		}
		f, _, ok := c.decodeOne(args[0])
		if !ok {
			return exitTrouble
		}
		report := f.StatusAsOf(day)
		var err error
		if *format == "json" {
			err = writeJSON(c.stdout, report)
		} else {
			err = c.statusText(c.stdout, f, report)
		}
		if err != nil {
			c.fail(err.Error())
			return exitTrouble
		}
		return exitOK
	}
}

func (c *ctx) statusText(w io.Writer, f *jscd.Framework, r *jscd.StatusReport) error {
	p := c.p
	day := r.AsOf.Format(time.DateOnly)
	fmt.Fprintf(w, "%s\n%s\n\n", c.text(f.Title), p.Sprintf("Commitments on %s:", day))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, s := range r.Commitments {
		status := p.Sprintf("no status")
		if s.Status != "" {
			status = c.label(string(s.Status))
			if !s.Since.IsZero() {
				status = p.Sprintf("%s since %s", status, s.Since.String())
			}
		}
		if s.Possibly != "" {
			status += " " + p.Sprintf("(possibly %s)", c.label(string(s.Possibly)))
		}
		due := p.Sprintf("no due date")
		if s.Commitment != nil && !s.Commitment.Due.IsZero() {
			due = p.Sprintf("due %s", s.Commitment.Due.String())
		}
		text := ""
		if s.Commitment != nil {
			text = c.text(s.Commitment.Text)
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", c.label(string(s.Due)), s.ID, status, due, text)
	}
	if len(r.Commitments) == 0 {
		fmt.Fprintf(tw, "  %s\n", p.Sprintf("none"))
	}
	tw.Flush()
	var counts []string
	for _, d := range jscd.DueStates() {
		if n := r.Counts[d]; n > 0 {
			counts = append(counts, p.Sprintf("%s: %d", c.label(string(d)), n))
		}
	}
	if len(counts) > 0 {
		fmt.Fprintf(w, "\n%s %s\n", p.Sprintf("In all:"), strings.Join(counts, p.Sprintf(", ")))
	}
	if len(r.Instruments) == 0 {
		return nil
	}
	fmt.Fprintf(w, "\n%s\n", p.Sprintf("Instruments on %s:", day))
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, s := range r.Instruments {
		in := s.Instrument
		status := p.Sprintf("no status")
		if s.Status != "" {
			status = c.label(string(s.Status))
		}
		stage := ""
		if s.Stage != "" {
			stage = p.Sprintf("%s since %s", c.label(string(s.Stage)), s.Since.String())
		}
		date := in.Date.String()
		if date == "" {
			date = p.Sprintf("no date")
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\n", status, in.ID, stage, date, c.span(in.Date, r.AsOf), c.text(in.Name))
	}
	tw.Flush()
	_, err := fmt.Fprintln(w)
	return err
}

// span says where a day falls against the dates of an instrument: before they begin, after
// they end, or neither ("").
func (c *ctx) span(d jscd.Date, day time.Time) string {
	if d.IsZero() || d.Err() != nil {
		return ""
	}
	dayDate := jscd.MustParseDate(day.Format(time.DateOnly))
	switch {
	case dayDate.CertainlyBefore(d.Start()):
		return c.p.Sprintf("not yet begun")
	case d.IsInterval() && d.End().CertainlyBefore(dayDate):
		return c.p.Sprintf("ended")
	}
	return ""
}

const timelineHelp = `Timeline lists every dated thing of a document in time order: the spans, signings and lifecycle steps of instruments, the places coming under an instrument or leaving it, events, commitments made and due, status changes, and positions held (or the days they were held on). Each line gives the date as the document writes it (so "2021" is a year, "2023-07-31~" an approximate day, "2020/2021" a span), what the line marks, the ID of its subject and its name in the language of -lang. Dates are ordered as spans: earliest first, then latest. -format json writes the entries as JSON.`

const timelineExits = `  0  the timeline was written
  2  a usage error, or a document that cannot be read or does not decode`

var timelineCommand = &command{
	name:     "timeline",
	args:     "[flags] FILE",
	synopsis: "list every dated thing in time order",
	help:     timelineHelp,
	exits:    timelineExits,
	setup:    setupTimeline,
}

func setupTimeline(c *ctx) func([]string) int {
	format := c.fs.String("format", "text", c.p.Sprintf("output format: text or json"))
	c.meta["format"] = "text|json"
	return func(args []string) int {
		if !c.wantArgs(args, 1, 1) || !c.oneOf("format", *format, "text", "json") {
			return exitTrouble
		}
		f, _, ok := c.decodeOne(args[0])
		if !ok {
			return exitTrouble
		}
		entries := f.Timeline()
		if *format == "json" {
			if entries == nil {
				entries = []jscd.TimelineEntry{}
			}
			if err := writeJSON(c.stdout, entries); err != nil {
				c.fail(err.Error())
				return exitTrouble
			}
			return exitOK
		}
		tw := tabwriter.NewWriter(c.stdout, 0, 0, 2, ' ', 0)
		for _, e := range entries {
			kind := c.label(string(e.Kind))
			if e.Status != "" {
				kind = c.p.Sprintf("%s: %s", kind, c.label(string(e.Status)))
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", e.Date.String(), kind, e.Subject, c.text(e.Label))
		}
		if err := tw.Flush(); err != nil {
			c.fail(err.Error())
			return exitTrouble
		}
		return exitOK
	}
}

const searchHelp = `Search finds the stakeholders whose name, short name, aliases or position titles match the query, in any language of the document. Case, width, diacritics, Arabic letter variants and the definite article do not matter: "sudani", "Al-Sudani" and "السوداني" find the same person. The words after the file make one query. Each line gives the stakeholder's ID, how well it matched (exact, words, word starts, part of a word), its name in the language of -lang, and the text that matched with its place in the document. -format json writes the results as JSON.`

const searchExits = `  0  something matched
  1  nothing matched
  2  a usage error, or a document that cannot be read or does not decode`

var searchCommand = &command{
	name:     "search",
	args:     "[flags] FILE QUERY...",
	synopsis: "find stakeholders by name, in any language",
	help:     searchHelp,
	exits:    searchExits,
	setup:    setupSearch,
}

func setupSearch(c *ctx) func([]string) int {
	format := c.fs.String("format", "text", c.p.Sprintf("output format: text or json"))
	c.meta["format"] = "text|json"
	return func(args []string) int {
		if !c.wantArgs(args, 2, -1) || !c.oneOf("format", *format, "text", "json") {
			return exitTrouble
		}
		f, _, ok := c.decodeOne(args[0])
		if !ok {
			return exitTrouble
		}
		query := strings.Join(args[1:], " ")
		results := f.Search(query)
		if *format == "json" {
			if results == nil {
				results = []jscd.SearchResult{}
			}
			if err := writeJSON(c.stdout, results); err != nil {
				c.fail(err.Error())
				return exitTrouble
			}
		} else {
			tw := tabwriter.NewWriter(c.stdout, 0, 0, 2, ' ', 0)
			for _, r := range results {
				name := c.text(r.Name)
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, c.scoreLabel(r.Score), name,
					c.p.Sprintf("matched %q at %s", r.Matched, r.Field.String()))
			}
			tw.Flush()
		}
		if len(results) == 0 {
			fmt.Fprintln(c.stderr, c.p.Sprintf("nothing matches %q", query))
			return exitFound
		}
		return exitOK
	}
}

func (c *ctx) scoreLabel(s jscd.Score) string {
	switch s {
	case jscd.ScoreExact:
		return c.p.Sprintf("exact")
	case jscd.ScoreWord:
		return c.p.Sprintf("words")
	case jscd.ScoreWordPrefix:
		return c.p.Sprintf("word starts")
	}
	return c.p.Sprintf("part of a word")
}

// label renders an enumerated value of the format (a due state, a status, a timeline kind)
// in the reader's language; the catalogue holds each under the key "value:" + the value.
// A value the catalogue does not hold (one the format does not define) is shown as written.
func (c *ctx) label(v string) string {
	if !labelled[v] {
		return v
	}
	return c.p.Sprintf("value:" + v)
}
