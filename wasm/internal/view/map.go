package view

import (
	"math"
	"strconv"

	"github.com/jscd-go/jscd/jscd"
)

// WorldMapFile is the site's file of country outlines (Natural Earth's 1:110m countries, in
// the public domain), drawn in plain longitude and latitude: x = longitude, y = −latitude,
// over the viewBox −180 −90 360 180. wasm/internal/web/worldgen writes it.
const WorldMapFile = "world.svg"

// Map drawing sizes, in units (pixels: the map is drawn at its own size, as the lineage).
const (
	mapW         = 640.0
	mapMinH      = 280.0
	mapMaxH      = 440.0
	mapMarginDeg = 0.18 // of the places' span, on each side
	mapMinSpan   = 6.0  // degrees: a single place or a close group still shows its region
	mapMarkerR   = 11.0
	mapLabelPx   = 13.0
	mapNumberPx  = 12.0
)

// mapPlace is a place with coordinates and what the map shows of it.
type mapPlace struct {
	place  *jscd.Place
	index  int // in the document's places
	events []*jscd.Event
}

// mapMarker is a numbered marker: one place, or several too close to draw apart.
type mapMarker struct {
	number int
	x, y   float64
	places []mapPlace
	label  drawnLabel // the name beside it, when there is room; empty text otherwise
}

// mapDrawing is the map laid out: what the panel draws, and what the tests check.
type mapDrawing struct {
	width, height float64
	// world is where the outlines' file goes: its left and top, width and height.
	world   box
	markers []mapMarker
}

// MapPanel draws the framework's places that have coordinates on the country outlines
// (WorldMapFile, a static file of the site), with the events held at each, and lists them
// under the map by their markers' numbers. A framework without coordinates has no map: the
// panel is empty, and the page hides it.
func MapPanel(in *Input) []Node {
	f := in.Framework
	if f == nil {
		return nil
	}
	l := in.Lang
	places := placesOnMap(f)
	if len(places) == 0 {
		return nil
	}
	ix := in.derive().ix
	dr := drawMap(l, places)
	kids := []Node{h("image", at("href", WorldMapFile, "x", num(dr.world.x0), "y", num(dr.world.y0),
		"width", num(dr.world.x1-dr.world.x0), "height", num(dr.world.y1-dr.world.y0), "preserveAspectRatio", "none"))}
	var items []Node
	for _, m := range dr.markers {
		first := m.places[0]
		name, lang := l.Text(first.place.Name)
		title := name
		for _, p := range m.places[1:] {
			s, _ := l.Text(p.place.Name)
			title += sep(l) + s
		}
		n := strconv.Itoa(m.number)
		marker := []Node{
			el("title", "", title),
			h("circle", at("class", "map-marker", "cx", num(m.x), "cy", num(m.y), "r", num(mapMarkerR))),
			h("text", at("class", "map-number", "x", num(m.x), "y", num(m.y), "text-anchor", "middle", "dominant-baseline", "central"), T(n)),
		}
		if m.label.text != "" {
			attrs := at("class", "map-label", "x", num(m.label.x), "y", num(m.label.y), "text-anchor", "middle", "dominant-baseline", "central")
			if lang != "" && lang != l.Code {
				attrs = append(attrs, "lang", lang)
			}
			marker = append(marker, h("text", attrs, T(m.label.text)))
		}
		kids = append(kids, h("g", at("class", "map-place", "data-id", string(first.place.ID), "role", "button", "tabindex", "0",
			"data-act", "locate-path", "data-val", pointer(jscd.Path{"places"}.Index(first.index))), marker...))
		for _, p := range m.places {
			items = append(items, mapListItem(l, ix, n, p))
		}
	}
	svg := h("svg", at("class", "map", "id", "map-svg", "viewBox", "0 0 "+num(dr.width)+" "+num(dr.height),
		"width", num(dr.width), "height", num(dr.height), "role", "group", "aria-label", l.L("map")), kids...)
	out := panelHead(l.L("map"), l.L("map.help"))
	return append(out, scroller(l, "map-scroll", 0.5, svg),
		h("ol", at("class", "map-list", "id", "map-list"), items...),
		el("p", "help map-credit", l.L("map.credit")))
}

// mapListItem is a place under the map: its marker's number, name, kind and the events held
// there.
func mapListItem(l *Lang, ix entities, number string, p mapPlace) Node {
	kids := []Node{el("span", "map-key", number), l.data("bdi", p.place.Name, "name"),
		T(" "), el("span", "kind", l.Enum("place", string(p.place.Kind)))}
	var events []Node
	for _, ev := range p.events {
		when := ev.Date.String()
		events = append(events, h("li", nil, ix.nameNode(l, ev.ID), T(" "),
			h("bdi", at("class", "date", "dir", "ltr"), T(when))))
	}
	if len(events) > 0 {
		kids = append(kids, h("ul", at("class", "map-events"), events...))
	}
	return h("li", at("class", "map-item", "data-id", string(p.place.ID)), kids...)
}

// placesOnMap returns the places that have coordinates, in document order, each with the
// events held there (an event's location names the place or one inside it is not counted:
// the map shows where each event was said to be).
func placesOnMap(f *jscd.Framework) []mapPlace {
	var out []mapPlace
	at := map[jscd.ID]int{}
	for i := range f.Places {
		p := &f.Places[i]
		if p.Coordinates == nil || !validCoordinates(*p.Coordinates) {
			continue
		}
		if _, dup := at[p.ID]; dup {
			continue
		}
		at[p.ID] = len(out)
		out = append(out, mapPlace{place: p, index: i})
	}
	for i := range f.Events {
		ev := &f.Events[i]
		if ev.Location == nil {
			continue
		}
		if k, ok := at[ev.Location.Place]; ok {
			out[k].events = append(out[k].events, ev)
		}
	}
	return out
}

func validCoordinates(c jscd.Coordinates) bool {
	return c.Lat >= -90 && c.Lat <= 90 && c.Lon >= -180 && c.Lon <= 180 && !math.IsNaN(c.Lat) && !math.IsNaN(c.Lon)
}

// drawMap projects the places simply: equirectangular, its parallel of true scale through the
// middle of their span, fitted to their bounding box with a margin and widened to the map's
// proportions. Places closer than two markers' width share a marker; a name goes beside its
// marker where it covers no other marker or name, else the list under the map gives it.
func drawMap(l *Lang, places []mapPlace) *mapDrawing {
	lonMin, lonMax, latMin, latMax := 180.0, -180.0, 90.0, -90.0
	for _, p := range places {
		c := p.place.Coordinates
		lonMin, lonMax = min(lonMin, c.Lon), max(lonMax, c.Lon)
		latMin, latMax = min(latMin, c.Lat), max(latMax, c.Lat)
	}
	grow := func(lo, hi float64) (float64, float64) {
		span := max(hi-lo, mapMinSpan)
		mid := (lo + hi) / 2
		return mid - span*(0.5+mapMarginDeg), mid + span*(0.5+mapMarginDeg)
	}
	lonMin, lonMax = grow(lonMin, lonMax)
	latMin, latMax = grow(latMin, latMax)
	k := math.Cos((latMin + latMax) / 2 * math.Pi / 180) // x per degree of longitude, against latitude
	k = max(k, 0.2)
	// Units per degree of latitude: the map is mapW wide, and between mapMinH and mapMaxH high.
	scale := mapW / ((lonMax - lonMin) * k)
	height := (latMax - latMin) * scale
	switch {
	case height < mapMinH: // widen the latitudes shown
		extra := (mapMinH/scale - (latMax - latMin)) / 2
		latMin, latMax = latMin-extra, latMax+extra
		height = mapMinH
	case height > mapMaxH: // widen the longitudes shown
		scale = mapMaxH / (latMax - latMin)
		extra := (mapW/(scale*k) - (lonMax - lonMin)) / 2
		lonMin, lonMax = lonMin-extra, lonMax+extra
		height = mapMaxH
	}
	dr := &mapDrawing{width: mapW, height: height}
	// A map is not mirrored on a right-to-left page: east stays to the right.
	x := func(lon float64) float64 { return (lon - lonMin) * k * scale }
	y := func(lat float64) float64 { return (latMax - lat) * scale }
	dr.world = box{x(-180), y(90), x(180), y(-90)}
	// Markers: each place joins the first marker near enough, else starts one.
	for _, p := range places {
		px, py := x(p.place.Coordinates.Lon), y(p.place.Coordinates.Lat)
		joined := false
		for i := range dr.markers {
			m := &dr.markers[i]
			if math.Hypot(m.x-px, m.y-py) < 2*mapMarkerR+2 {
				m.places = append(m.places, p)
				joined = true
				break
			}
		}
		if !joined {
			dr.markers = append(dr.markers, mapMarker{number: len(dr.markers) + 1, x: px, y: py, places: []mapPlace{p}})
		}
	}
	// A marker of several places sits at their middle, kept inside the map.
	for i := range dr.markers {
		m := &dr.markers[i]
		sx, sy := 0.0, 0.0
		for _, p := range m.places {
			sx += x(p.place.Coordinates.Lon)
			sy += y(p.place.Coordinates.Lat)
		}
		n := float64(len(m.places))
		m.x = min(max(sx/n, mapMarkerR+1), dr.width-mapMarkerR-1)
		m.y = min(max(sy/n, mapMarkerR+1), dr.height-mapMarkerR-1)
	}
	dr.placeNames(l)
	return dr
}

// placeNames puts each single place's name beside its marker, right, left, above or below,
// where it stays inside the map and covers no marker and no name placed before.
func (dr *mapDrawing) placeNames(l *Lang) {
	var taken []box
	for _, m := range dr.markers {
		taken = append(taken, box{m.x - mapMarkerR, m.y - mapMarkerR, m.x + mapMarkerR, m.y + mapMarkerR})
	}
	for i := range dr.markers {
		m := &dr.markers[i]
		if len(m.places) != 1 {
			continue
		}
		name, _ := l.Text(m.places[0].place.Name)
		if name == "" {
			continue
		}
		w, hgt := emWidth(name)*mapLabelPx*regularEm+4, mapLabelPx*1.3
		gap := mapMarkerR + 4
		for _, c := range []point{{m.x + gap + w/2, m.y}, {m.x - gap - w/2, m.y}, {m.x, m.y - gap - hgt/2}, {m.x, m.y + gap + hgt/2}} {
			b := box{c.x - w/2, c.y - hgt/2, c.x + w/2, c.y + hgt/2}
			if b.x0 < 0 || b.y0 < 0 || b.x1 > dr.width || b.y1 > dr.height {
				continue
			}
			free := true
			for _, t := range taken {
				if t.overlaps(b) {
					free = false
					break
				}
			}
			if free {
				m.label = drawnLabel{text: name, x: c.x, y: c.y, px: mapLabelPx, box: b}
				taken = append(taken, b)
				break
			}
		}
	}
}
