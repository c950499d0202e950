// Command worldgen writes world.svg, the country outlines the demo's map panel draws places
// on, from Natural Earth's 1:110m countries as the npm package world-atlas 2 ships them
// (countries-110m.json, TopoJSON). Natural Earth's data is in the public domain; world-atlas
// is ISC-licensed and redistributes it unchanged. It is run once, by hand, and its output is
// committed, so neither the build nor the tests need Node or the network:
//
//	cd "$(mktemp -d)" && npm pack world-atlas@2 && tar xzf world-atlas-*.tgz
//	go run ./wasm/internal/web/worldgen -in "$OLDPWD/package/countries-110m.json" \
//	    -out wasm/internal/web/world.svg     # from the module's root
//
// The outlines are drawn in plain longitude and latitude (x = longitude, y = −latitude; the
// viewBox is −180 −90 360 180), rounded to a tenth of a degree (about 11 km, finer than the
// 1:110m data), with the points a rounding makes equal dropped. A ring that crosses the
// antimeridian is drawn twice, once on each side. Antarctica is left out: a bilateral
// framework's places are not there, and its outline around the pole has no sensible flat
// form in these coordinates.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

type topology struct {
	Transform struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects struct {
		Countries struct {
			Geometries []geometry `json:"geometries"`
		} `json:"countries"`
	} `json:"objects"`
}

type geometry struct {
	Type       string          `json:"type"`
	ID         string          `json:"id"`
	Arcs       json.RawMessage `json:"arcs"`
	Properties struct {
		Name string `json:"name"`
	} `json:"properties"`
}

type pt struct{ lon, lat float64 }

func main() {
	in := flag.String("in", "countries-110m.json", "world-atlas 2's countries-110m.json")
	out := flag.String("out", "world.svg", "the SVG file to write")
	flag.Parse()
	b, err := os.ReadFile(*in)
	if err != nil {
		log.Fatal(err)
	}
	var topo topology
	if err := json.Unmarshal(b, &topo); err != nil {
		log.Fatal(err)
	}
	arcs := decodeArcs(topo)
	geoms := topo.Objects.Countries.Geometries
	sort.SliceStable(geoms, func(i, j int) bool { return geoms[i].ID < geoms[j].ID })
	var body strings.Builder
	countries := 0
	for _, g := range geoms {
		if g.ID == "010" { // Antarctica
			continue
		}
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				log.Fatal(err)
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				log.Fatal(err)
			}
		default:
			continue
		}
		var d strings.Builder
		for _, poly := range polys {
			for _, ring := range poly {
				for _, r := range drawRing(ringPoints(arcs, ring)) {
					d.WriteString(r)
				}
			}
		}
		if d.Len() == 0 {
			continue
		}
		countries++
		fmt.Fprintf(&body, "<path d=\"%s\"/>\n", d.String())
	}
	head := fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="-180 -90 360 180">
<!-- Country outlines of Natural Earth (naturalearthdata.com), 1:110m Cultural Vectors,
     Admin 0 – Countries, version 4.1.0, in the public domain; from the npm package
     world-atlas 2 (countries-110m.json, ISC licence), %d countries, Antarctica left out.
     Drawn in plain longitude and latitude (x = lon, y = -lat), rounded to 0.1 degree.
     Written by wasm/internal/web/worldgen; do not edit. -->
<g fill="#d6dce5" stroke="#ffffff" stroke-width="0.12" stroke-linejoin="round">
`, countries)
	svg := head + body.String() + "</g>\n</svg>\n"
	if err := os.WriteFile(*out, []byte(svg), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("wrote %s: %d countries, %d bytes\n", *out, countries, len(svg))
}

// decodeArcs undoes TopoJSON's quantization and delta encoding.
func decodeArcs(t topology) [][]pt {
	out := make([][]pt, len(t.Arcs))
	for i, arc := range t.Arcs {
		var x, y float64
		for _, p := range arc {
			x += p[0]
			y += p[1]
			out[i] = append(out[i], pt{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]})
		}
	}
	return out
}

// ringPoints joins a ring's arcs; a negative index ~i is arc i reversed. Each arc after the
// first starts where the one before ended, so its first point is dropped.
func ringPoints(arcs [][]pt, ring []int) []pt {
	var out []pt
	for k, i := range ring {
		var a []pt
		if i < 0 {
			src := arcs[^i]
			for j := len(src) - 1; j >= 0; j-- {
				a = append(a, src[j])
			}
		} else {
			a = arcs[i]
		}
		if k > 0 && len(a) > 0 {
			a = a[1:]
		}
		out = append(out, a...)
	}
	return out
}

// drawRing returns the ring as path data, rounded; a ring that crosses the antimeridian is
// unwrapped into one continuous ring and given once more on the other side.
func drawRing(ring []pt) []string {
	crosses := false
	for k := 1; k < len(ring); k++ {
		if math.Abs(ring[k].lon-ring[k-1].lon) > 180 {
			crosses = true
			ring[k].lon -= 360 * math.Round((ring[k].lon-ring[k-1].lon)/360)
		}
	}
	out := []string{pathData(ring, 0)}
	if crosses {
		shift := 360.0
		if mean(ring) > 0 {
			shift = -360
		}
		out = append(out, pathData(ring, shift))
	}
	return out
}

func mean(ring []pt) float64 {
	s := 0.0
	for _, p := range ring {
		s += p.lon
	}
	return s / float64(len(ring))
}

func pathData(ring []pt, shift float64) string {
	var b strings.Builder
	var last [2]string
	n := 0
	for _, p := range ring {
		xy := [2]string{round(p.lon + shift), round(-p.lat)}
		if xy == last {
			continue
		}
		if n == 0 {
			b.WriteString("M")
		} else {
			b.WriteString("L")
		}
		// Write the pair so that a minus sign separates it: "L12.3-45.6", else a space.
		b.WriteString(xy[0])
		if !strings.HasPrefix(xy[1], "-") {
			b.WriteString(" ")
		}
		b.WriteString(xy[1])
		last = xy
		n++
	}
	if n < 3 {
		return ""
	}
	b.WriteString("Z")
	return b.String()
}

func round(f float64) string {
	s := strconv.FormatFloat(math.Round(f*10)/10, 'f', -1, 64)
	if s == "-0" {
		return "0"
	}
	return s
}
