// Command peers measures jscd against its peers on the same documents, in one process:
// jscd's Decode and Validate, github.com/santhosh-tekuri/jsonschema/v6 validating against the
// format's JSON Schema (docs/schema/jscd-1.schema.json), encoding/json's Unmarshal into the
// model's types and, when built with GOEXPERIMENT=jsonv2, encoding/json/v2's Unmarshal into
// the same types. It prints the ratios of issue 15's table, each as min / median / max over
// the rounds, then the allocations and the peak memory of jscd.
//
// The documents are the bundled us-iraq dataset and synthetic frameworks of the sizes given,
// read from -dir as synth-N.json; run.sh writes them (go run ./jscd/internal/synth/cmd/synth)
// and runs this program in both builds.
//
// Each round runs every competitor on every document, one run at a time, interleaved, until
// each has run for -min-time: a slow moment of a shared machine falls on all of them, and a
// ratio is taken between the competitors' times within one round. A garbage collection
// precedes each run, so that none pays for the garbage of another. Times are taken by the
// wall clock, as the table gives them, and by the process's CPU time (user and
// system, the garbage collector's workers included), which other programs running on a shared
// machine disturb much less.
package main

import (
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
)

func main() {
	cfg := config{out: os.Stdout, progress: os.Stderr}
	flag.StringVar(&cfg.dir, "dir", filepath.Join(os.TempDir(), "jscd-peers"), "the directory of the synthetic documents, synth-N.json")
	flag.StringVar(&cfg.sizes, "sizes", "1000,10000,100000", "the sizes of the synthetic documents, in entities, comma-separated")
	flag.IntVar(&cfg.rounds, "rounds", 7, "how many rounds to run")
	flag.DurationVar(&cfg.minTime, "min-time", 300*time.Millisecond, "how long each competitor runs on a document in a round, at least")
	flag.StringVar(&cfg.root, "root", "../..", "the root of the jscd repository, which holds docs/schema/jscd-1.schema.json")
	flag.BoolVar(&cfg.jscdOnly, "jscd-only", false, "measure jscd alone (for the scaling runs at a million entities, where the peers take minutes and gigabytes)")
	flag.BoolVar(&cfg.noRSS, "no-rss", false, "skip the peak-memory measurements, which run this program again once per document")
	rssFile := flag.String("rss", "", "print the peak RSS of reading, decoding and validating this file, and exit (used by the program itself)")
	rssHow := flag.String("rss-read", "bytes", "with -rss: how the file is read: bytes (os.ReadFile, then Decode of a bytes.Reader) or file (Decode of the *os.File)")
	flag.Parse()

	if *rssFile != "" {
		if err := printPeakRSS(*rssFile, *rssHow); err != nil {
			fmt.Fprintln(os.Stderr, "peers:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(cfg); err != nil {
		fmt.Fprintln(os.Stderr, "peers:", err)
		os.Exit(1)
	}
}

type config struct {
	dir, sizes, root string
	rounds           int
	minTime          time.Duration
	jscdOnly, noRSS  bool
	out, progress    io.Writer // where the tables go, and where each finished round is told
}

// document is one input of the benchmark.
type document struct {
	name     string
	file     string // "" for the bundled dataset
	data     []byte
	entities int
}

// The names of the measures of one round, per document: time per run in nanoseconds.
const (
	opDecode   = "jscd Decode"
	opValidate = "jscd Validate"
	opBoth     = "jscd Decode+Validate"
	opSchema   = "jsonschema v6"
	opJSONv1   = "encoding/json"
	opJSONv2   = "encoding/json/v2"
)

func run(cfg config) error {
	docs, err := loadDocuments(cfg)
	if err != nil {
		return err
	}
	comps, err := competitors(cfg)
	if err != nil {
		return err
	}
	printSetup(cfg.out, cfg, docs, comps)

	// A first pass checks that every competitor accepts every document and warms the code.
	for _, doc := range docs {
		for _, c := range comps {
			if err := c.run(doc.data, nil); err != nil {
				return fmt.Errorf("%s on %s: %v", c.name, doc.name, err)
			}
		}
	}

	// times[d][op] holds the cost of one run, for each round.
	times := make([]map[string][]cost, len(docs))
	for d := range docs {
		times[d] = map[string][]cost{}
	}
	for r := range cfg.rounds {
		for d, doc := range docs {
			if err := round(comps, doc, cfg.minTime, r+d, times[d]); err != nil {
				return err
			}
		}
		fmt.Fprintf(cfg.progress, "round %d of %d done\n", r+1, cfg.rounds)
	}

	clocks := []clock{{"wall time", func(c cost) float64 { return float64(c.wall) }}}
	if _, ok := cpuTime(); ok {
		clocks = append(clocks, clock{"CPU time", func(c cost) float64 { return float64(c.cpu) }})
	}
	for _, c := range clocks {
		printRatios(cfg.out, docs, times, c)
	}
	for _, c := range clocks {
		printPerEntity(cfg.out, docs, times, c)
	}
	printAllocs(cfg.out, docs)
	if !cfg.noRSS {
		return printRSS(cfg.out, docs)
	}
	return nil
}

// loadDocuments returns the bundled us-iraq dataset and the synthetic documents of cfg.sizes.
func loadDocuments(cfg config) ([]document, error) {
	data, err := datasets.Bytes("us-iraq")
	if err != nil {
		return nil, err
	}
	docs := []document{{name: "us-iraq", data: data}}
	for s := range strings.SplitSeq(cfg.sizes, ",") {
		if strings.TrimSpace(s) == "" {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			return nil, fmt.Errorf("-sizes: %q is not a number", s)
		}
		file := filepath.Join(cfg.dir, fmt.Sprintf("synth-%d.json", n))
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("%v (write it with: go run ./jscd/internal/synth/cmd/synth -o %s %d, from the repository's root; run.sh does)", err, cfg.dir, n)
		}
		docs = append(docs, document{name: shortSize(n), file: file, data: data})
	}
	for i := range docs {
		f, err := jscdDecode(docs[i].data)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", docs[i].name, err)
		}
		docs[i].entities = entities(f)
	}
	return docs, nil
}

func entities(f *jscd.Framework) int {
	return len(f.Stakeholders) + len(f.Instruments) + len(f.Events) + len(f.Commitments) + len(f.Assessments) + len(f.Sources)
}

// shortSize writes 1000 as 1k and 1000000 as 1M.
func shortSize(n int) string {
	switch {
	case n >= 1_000_000 && n%1_000_000 == 0:
		return fmt.Sprintf("%dM", n/1_000_000)
	case n >= 1000 && n%1000 == 0:
		return fmt.Sprintf("%dk", n/1000)
	}
	return strconv.Itoa(n)
}

// A timed is a competitor as the benchmark runs it: run runs it once on data and, for jscd,
// reports the time of its two steps to split (nil when they are not wanted).
type timed struct {
	name string
	run  func(data []byte, split func(decode, validate cost)) error
}

// competitors returns the competitors of this build.
func competitors(cfg config) ([]timed, error) {
	plain := func(name string, run func([]byte) error) timed {
		return timed{name, func(data []byte, _ func(_, _ cost)) error { return run(data) }}
	}
	comps := []timed{{opBoth, func(data []byte, split func(_, _ cost)) error {
		if split == nil {
			split = func(_, _ cost) {}
		}
		return jscdDecodeValidate(data, split)
	}}}
	if cfg.jscdOnly {
		return comps, nil
	}
	schema, err := schemaValidator(cfg.root)
	if err != nil {
		return nil, err
	}
	comps = append(comps, plain(opSchema, schema), plain(opJSONv1, jsonV1))
	if v2, ok := jsonV2(); ok {
		comps = append(comps, plain(opJSONv2, v2))
	}
	return comps, nil
}

// round runs every competitor on doc until each has run for minTime (at least once), one run
// at a time, next the one that has run for the shortest time so far (the first of them in an
// order rotated by shift), so that the runs of each are spread over the whole round and a
// slow moment of the machine falls on all of them. A garbage collection precedes each run,
// so that none pays for the garbage of another. round adds each competitor's time per run to
// times (for jscd, the time of Decode, of Validate and of both).
func round(comps []timed, doc document, minTime time.Duration, shift int, times map[string][]cost) error {
	spent := make([]cost, len(comps))
	runs := make([]int, len(comps))
	var decode, validate cost
	split := func(d, v cost) { decode, validate = decode.plus(d), validate.plus(v) }
	for {
		next := -1
		for i := range comps {
			k := (i + shift) % len(comps)
			if (runs[k] == 0 || spent[k].wall < minTime) && (next < 0 || spent[k].wall < spent[next].wall) {
				next = k
			}
		}
		if next < 0 {
			break
		}
		runtime.GC()
		start := now()
		if err := comps[next].run(doc.data, split); err != nil {
			return fmt.Errorf("%s on %s: %v", comps[next].name, doc.name, err)
		}
		spent[next] = spent[next].plus(start.until(now()))
		runs[next]++
	}
	for k, c := range comps {
		per := func(c cost) cost { return cost{c.wall / time.Duration(runs[k]), c.cpu / time.Duration(runs[k])} }
		if c.name == opBoth {
			times[opDecode] = append(times[opDecode], per(decode))
			times[opValidate] = append(times[opValidate], per(validate))
			times[opBoth] = append(times[opBoth], per(decode.plus(validate)))
			continue
		}
		times[c.name] = append(times[c.name], per(spent[k]))
	}
	return nil
}

// A stamp is a moment by the wall clock and by the process's CPU time.
type stamp struct {
	wall time.Time
	cpu  time.Duration
}

func now() stamp {
	cpu, _ := cpuTime()
	return stamp{time.Now(), cpu}
}

// until returns the cost from s to e.
func (s stamp) until(e stamp) cost { return cost{e.wall.Sub(s.wall), e.cpu - s.cpu} }

// A cost is the time some work took by the wall clock and in CPU time.
type cost struct{ wall, cpu time.Duration }

func (c cost) plus(d cost) cost { return cost{c.wall + d.wall, c.cpu + d.cpu} }

// A clock reads one of the two times of a cost, in nanoseconds.
type clock struct {
	name string
	of   func(cost) float64
}

func printSetup(w io.Writer, cfg config, docs []document, comps []timed) {
	fmt.Fprintf(w, "%s %s/%s, %d CPUs, GOMAXPROCS %d", runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0))
	if _, ok := jsonV2(); ok {
		fmt.Fprint(w, ", GOEXPERIMENT=jsonv2 (encoding/json runs on v2's engine)")
	}
	fmt.Fprintf(w, "\n%d rounds, each competitor at least %v per document per round\n", cfg.rounds, cfg.minTime)
	names := make([]string, len(comps))
	for i, c := range comps {
		names[i] = c.name
	}
	fmt.Fprintf(w, "competitors: %s\n", strings.Join(names, ", "))
	for _, d := range docs {
		fmt.Fprintf(w, "document %s: %d entities, %d bytes\n", d.name, d.entities, len(d.data))
	}
	fmt.Fprintln(w)
}

// ratio is a measure of the table: one time divided by another, round by round.
type ratio struct {
	label    string
	num, den string // the ops above and below the line
}

var ratios = []ratio{
	{"jsonschema v6 (parse + validate) ÷ jscd Decode+Validate", opSchema, opBoth},
	{"jscd Decode ÷ encoding/json/v2 Unmarshal", opDecode, opJSONv2},
	{"jscd Decode ÷ encoding/json Unmarshal", opDecode, opJSONv1},
	{"jscd Validate ÷ jscd Decode", opValidate, opDecode},
}

// printRatios prints the table of ratios: a row per measure, a column per document, each cell
// min / median / max over the rounds.
func printRatios(w io.Writer, docs []document, times []map[string][]cost, c clock) {
	header := []string{fmt.Sprintf("measure, by %s (min / median / max over rounds)", c.name)}
	for _, d := range docs {
		header = append(header, d.name)
	}
	rows := [][]string{header}
	for _, r := range ratios {
		row := []string{r.label}
		for d := range docs {
			num, den := times[d][r.num], times[d][r.den]
			if len(num) == 0 || len(den) == 0 {
				row = nil
				break
			}
			q := make([]float64, len(num))
			for i := range num {
				q[i] = c.of(num[i]) / c.of(den[i])
			}
			row = append(row, spread(q))
		}
		if row != nil {
			rows = append(rows, row)
		}
	}
	printTable(w, rows)
	fmt.Fprintln(w)
}

// printPerEntity prints the median time per entity of each competitor and document, and how
// the time per entity grows from 10k entities.
func printPerEntity(w io.Writer, docs []document, times []map[string][]cost, c clock) {
	ops := []string{opDecode, opValidate, opSchema, opJSONv1, opJSONv2}
	header := []string{fmt.Sprintf("median ns per entity, by %s", c.name)}
	for _, d := range docs {
		header = append(header, d.name)
	}
	rows := [][]string{header}
	perEntity := func(d int, op string) float64 {
		all := make([]float64, len(times[d][op]))
		for i, t := range times[d][op] {
			all[i] = c.of(t)
		}
		return median(all) / float64(docs[d].entities)
	}
	for _, op := range ops {
		row := []string{op}
		for d := range docs {
			if len(times[d][op]) == 0 {
				row = nil
				break
			}
			row = append(row, fmt.Sprintf("%.0f", perEntity(d, op)))
		}
		if row != nil {
			rows = append(rows, row)
		}
	}
	printTable(w, rows)

	// Scaling: per-entity time of each larger document against the 10k one.
	base := slices.IndexFunc(docs, func(d document) bool { return d.name == "10k" })
	for d, doc := range docs {
		if base < 0 || doc.entities <= docs[base].entities {
			continue
		}
		for _, op := range []string{opDecode, opValidate} {
			fmt.Fprintf(w, "\n%s: per-entity %s at %s ÷ at 10k: %.2f", op, c.name, doc.name, perEntity(d, op)/perEntity(base, op))
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w)
}

// printAllocs prints jscd's allocations per entity in Decode.
func printAllocs(w io.Writer, docs []document) {
	rows := [][]string{{"allocations per entity"}, {"jscd Decode"}}
	for _, doc := range docs {
		rows[0] = append(rows[0], doc.name)
		rows[1] = append(rows[1], fmt.Sprintf("%.1f", decodeAllocs(doc.data)/float64(doc.entities)))
	}
	printTable(w, rows)
}

// decodeAllocs counts the heap allocations of one Decode of data.
func decodeAllocs(data []byte) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f, err := jscdDecode(data)
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(f)
	if err != nil {
		return math.NaN()
	}
	return float64(after.Mallocs - before.Mallocs)
}

// printRSS runs this program again on each synthetic document, in both ways of reading it,
// and prints its peak resident memory against the document's size.
func printRSS(w io.Writer, docs []document) error {
	self, err := os.Executable()
	if err != nil {
		return err
	}
	rows := [][]string{{"peak RSS of read + Decode + Validate", "document", "bytes: os.ReadFile, Decode(bytes.Reader)", "file: Decode(*os.File)"}}
	for _, doc := range docs {
		if doc.file == "" {
			continue
		}
		row := []string{doc.name, fmt.Sprintf("%.1f MB", float64(len(doc.data))/1e6)}
		for _, how := range []string{"bytes", "file"} {
			out, err := execOutput(self, "-rss", doc.file, "-rss-read", how)
			if err != nil {
				return fmt.Errorf("peak RSS of %s: %v", doc.name, err)
			}
			var peak, size int64
			if _, err := fmt.Sscan(out, &peak, &size); err != nil {
				return fmt.Errorf("peak RSS of %s: reading %q: %v", doc.name, out, err)
			}
			row = append(row, fmt.Sprintf("%.1f MB, %.2f× the document", float64(peak)/1e6, float64(peak)/float64(size)))
		}
		rows = append(rows, row)
	}
	if len(rows) > 1 {
		fmt.Fprintln(w)
		printTable(w, rows)
	}
	return nil
}

// spread writes the min / median / max of q.
func spread(q []float64) string {
	return fmt.Sprintf("%.2f / %.2f / %.2f", slices.Min(q), median(q), slices.Max(q))
}

func median(v []float64) float64 {
	s := slices.Sorted(slices.Values(v))
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// printTable prints rows as a Markdown table, the first row its header.
func printTable(w io.Writer, rows [][]string) {
	for i, row := range rows {
		fmt.Fprintf(w, "| %s |\n", strings.Join(row, " | "))
		if i == 0 {
			seps := make([]string, len(row))
			for j := range seps {
				seps[j] = "---:"
			}
			seps[0] = "---"
			fmt.Fprintf(w, "|%s|\n", strings.Join(seps, "|"))
		}
	}
}
