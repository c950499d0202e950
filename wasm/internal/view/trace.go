package view

import (
	"strconv"

	"github.com/jscd-go/jscd/internal/jsonw"
)

// Trace records how long the steps of the page's actions take (decoding, validation, each
// library call, building each region), so the page can show them to the browser's
// performance timeline next to its own marks; docs/performance.md reads them from there.
// A nil *Trace, or one without a clock, records nothing and costs nothing.
type Trace struct {
	// Now returns the time in milliseconds on the clock the page's marks use
	// (performance.now in a browser).
	Now   func() float64
	steps []Step
}

// Step is one timed step.
type Step struct {
	Name       string
	Start, End float64
}

// Begin starts timing the step name; calling the function it returns ends it.
func (t *Trace) Begin(name string) func() {
	if t == nil || t.Now == nil {
		return func() {}
	}
	start := t.Now()
	return func() { t.steps = append(t.steps, Step{name, start, t.Now()}) }
}

// Take returns the steps recorded since the last Take and forgets them.
func (t *Trace) Take() []Step {
	if t == nil {
		return nil
	}
	s := t.steps
	t.steps = nil
	return s
}

// AppendSteps appends steps as a JSON array of [name, start, end].
func AppendSteps(b []byte, steps []Step) []byte {
	b = append(b, '[')
	for i, s := range steps {
		if i > 0 {
			b = append(b, ',')
		}
		b = jsonw.AppendString(append(b, '['), s.Name, false)
		b = strconv.AppendFloat(append(b, ','), s.Start, 'f', 3, 64)
		b = strconv.AppendFloat(append(b, ','), s.End, 'f', 3, 64)
		b = append(b, ']')
	}
	return append(b, ']')
}
