package view

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/jscd-go/jscd/jscd"
)

// fixture is a framework of the library's test data, offered to the page as a document of
// its own (serve -file).
func fixture(t *testing.T, name string) Document {
	t.Helper()
	b, err := os.ReadFile("../../../jscd/testdata/valid/" + name + ".json")
	if err != nil {
		t.Fatal(err)
	}
	return Document{Name: name, Text: b}
}

// stateAt returns a page state opened at the address query, offering the documents.
func stateAt(t *testing.T, query string, docs ...Document) *State {
	t.Helper()
	s, err := NewState(docs...)
	if err != nil {
		t.Fatal(err)
	}
	s.Apply("init", query)
	return s
}

// paragraphs returns the text of each paragraph, list item and heading of a region, as a
// reader would read them one by one.
func paragraphs(nodes []Node) []string {
	var out []string
	for _, n := range nodes {
		n.Walk(func(n Node) {
			switch n.Tag {
			case "p", "li", "h2", "h3", "h4", "dt", "dd", "summary":
				out = append(out, n.TextContent())
			}
		})
	}
	return out
}

// hasParagraph reports whether one of the paragraphs is want, where each "…" in want stands
// for any text.
func hasParagraph(ps []string, want string) bool {
	parts := strings.Split(want, "…")
	for _, p := range ps {
		if matchParts(p, parts) {
			return true
		}
	}
	return false
}

func matchParts(p string, parts []string) bool {
	if !strings.HasPrefix(p, parts[0]) {
		return false
	}
	rest := p[len(parts[0]):]
	for i, part := range parts[1:] {
		if i == len(parts)-2 {
			return strings.HasSuffix(rest, part) && (part == "" || len(rest) >= len(part))
		}
		j := strings.Index(rest, part)
		if j < 0 {
			return false
		}
		rest = rest[j+len(part):]
	}
	return rest == ""
}

// The first screen answers in sentences made from the data, in each language: who met,
// where and when, who led each side, what was said, what the framework rests on, what each
// side undertook and what the analysts judge; for the bundled framework and for a fictional
// one of another shape, from the same code.
func TestBriefAnswersInSentences(t *testing.T) {
	alliance := fixture(t, "alliance")
	tests := []struct {
		query string
		want  []string
	}{
		{"?dataset=us-iraq&lang=en", []string{
			"7–8 August 2023: Iraq and United States met in Washington — JSCD talks in Washington.",
			"Iraq: led by Iraqi Ministry of Defense; chaired by Sabit al-Abbasi.",
			"United States: led by US Department of Defense.",
			"Outcome: A new understanding was reached in Washington.",
			"Statement by Dana Stroul, 31 July 2023, approximately: A permanent defense relationship within a strategic partnership",
			"JSCD (from 7 August 2023) rests on SFA (from 2008), US-Iraq Strategic Dialogue (2020–2021) and HCC.",
			"Judged by Feyzullah Tuna Aygun and Yusuf Can Ayaz, August 2023:",
			"decision US combat forces to leave Iraq by the end of 2021. agreed overdue Due: 2021",
			"23 July 2021: Fourth round of the US-Iraq Strategic Dialogue. Outcome: Iraqi Prime Minister Mustafa al-Kadhimi and US President Joe Biden came to an important conclusion, including the decision for US combat forces to leave Iraq by the end of 2021.",
		}},
		{"?dataset=us-iraq&lang=ar", []string{
			"7–8 أغسطس 2023: اجتماع بين العراق والولايات المتحدة في واشنطن — مباحثات حوار التعاون الأمني المشترك في واشنطن.",
			"العراق: بقيادة وزارة الدفاع العراقية؛ برئاسة ثابت العباسي.",
			"تصريح دانا سترول، 31 يوليو 2023 تقريباً: علاقة دفاعية دائمة في إطار شراكة استراتيجية",
			"يستند حوار التعاون الأمني المشترك (منذ 7 أغسطس 2023) إلى اتفاقية الإطار الاستراتيجي (منذ 2008)، الحوار الاستراتيجي بين الولايات المتحدة والعراق (2020–2021) واللجنة التنسيقية العليا.",
			"23 يوليو 2021: الجولة الرابعة من الحوار الاستراتيجي بين الولايات المتحدة والعراق. النتيجة: توصل رئيس الوزراء العراقي مصطفى الكاظمي والرئيس الأمريكي جو بايدن إلى نتيجة مهمة، منها قرار مغادرة القوات القتالية الأمريكية العراق بحلول نهاية عام 2021.",
		}},
		{"?dataset=us-iraq&lang=ckb", []string{
			"7–8ی ئابی 2023: …لە واشنتن کۆبوونەوە — …",
			"…: بە سەرکردایەتیی …؛ بە سەرۆکایەتیی …",
			"ڕاگەیەندراوی …، نزیکەی 31ی تەمووزی 2023: …",
		}},
		{"?dataset=alliance&lang=en", []string{
			"11 April 2023: Northland and Southland met in Northport — Second 2+2 Ministerial Dialogue.",
			"Northland: led by Anne Corbett and James Whitcombe.",
			"Southland: led by Elena Aquino and Carlo Magsaysay.",
			"Mutual Defense Board (from 1992) rests on MDT (from 15 January 1991).",
			"Protocol amending the Mutual Defense Treaty (signed 6 June 2005) amends MDT (from 15 January 1991).",
			"Linked to no other instrument: Military Bases Agreement (signed 14 March 1947) and 2+2 (from 2012).",
			"Statement by Rosa Dimalanta, 11 February 2020: Southland announces the end of the Visiting Forces Agreement",
			"16 September 1991: Senate of Southland rejects a new bases treaty, in Southbay.",
			"Judged by The Fictional Gazette, August 2021:",
		}},
		{"?dataset=alliance&lang=ar", []string{
			"11 أبريل 2023: اجتماع بين Northland وSouthland في Northport — Second 2+2 Ministerial Dialogue.",
			"Northland: بقيادة Anne Corbett وJames Whitcombe.",
			"يعدّل Protocol amending the Mutual Defense Treaty (وُقّع في 6 يونيو 2005) MDT (منذ 15 يناير 1991).",
		}},
		{"?dataset=alliance&lang=ckb", []string{
			"11ی نیسانی 2023: Northland و Southland لە Northport کۆبوونەوە — Second 2+2 Ministerial Dialogue.",
			"Mutual Defense Board (لە 1992ەوە) لەسەر بنەمای MDT (لە 15ی کانوونی دووەمی 1991ەوە) وەستاوە.",
		}},
	}
	for _, tt := range tests {
		s := stateAt(t, tt.query, alliance)
		ps := paragraphs(SummaryPanel(s.Input()))
		for _, want := range tt.want {
			if !hasParagraph(ps, want) {
				t.Errorf("%s: the brief lacks %q; it reads:\n%s", tt.query, want, strings.Join(ps, "\n"))
			}
		}
	}
}

// The brief says only what the data says: a round whose leaders the document does not give
// is not said to have been led by anyone, and an event under a bilateral instrument is not
// said to be a meeting of its parties unless its participants' delegations show it.
func TestBriefInventsNothing(t *testing.T) {
	s := stateAt(t, "?dataset=us-iraq&lang=en")
	for _, p := range paragraphs(SummaryPanel(s.Input())) {
		if strings.Contains(p, "Fourth round") && (strings.Contains(p, "led by") || strings.Contains(p, " met ")) {
			t.Errorf("the brief says more of the fourth round than the data: %q", p)
		}
		// The round's outcome, as the document records it, names them; nothing else may.
		if (strings.Contains(p, "Kadhimi") || strings.Contains(p, "Biden")) && !strings.Contains(p, "Outcome: Iraqi Prime Minister") {
			t.Errorf("the brief names a leader the data does not make a participant: %q", p)
		}
	}
	alliance := stateAt(t, "?dataset=alliance&lang=en", fixture(t, "alliance"))
	for _, p := range paragraphs(SummaryPanel(alliance.Input())) {
		if strings.Contains(p, "Senate of Southland rejects") && strings.Contains(p, " met ") {
			t.Errorf("a senate's vote is told as a meeting of the parties: %q", p)
		}
	}
}

// Nothing the page says of a framework is written for the US–Iraq one: on a page showing
// another framework, no region names either state (the picker, which lists the bundled
// frameworks, aside).
func TestNothingIsSpecificToUSOrIraq(t *testing.T) {
	for _, lang := range Languages() {
		s := stateAt(t, "?dataset=alliance&lang="+lang.Code, fixture(t, "alliance"))
		for _, region := range AllRegions() {
			for _, n := range Region(s.Input(), region) {
				// The picker lists the bundled frameworks, and the alliance's own description
				// says what it is for.
				var text strings.Builder
				walkSkipping(n, "select", func(n Node) {
					if class, _ := n.Attr("class"); class != "description" {
						for _, k := range n.Kids {
							text.WriteString(k.Text)
						}
					}
				})
				for _, word := range []string{"Iraq", "United States", "العراق", "عێراق", "Washington", "JSCD"} {
					if strings.Contains(text.String(), word) {
						t.Errorf("%s: region %s says %q of the alliance framework", lang.Code, region, word)
					}
				}
			}
		}
	}
}

// walkSkipping calls fn for n and its descendants, except those under an element of the tag
// skip.
func walkSkipping(n Node, skip string, fn func(Node)) {
	if n.Tag == skip {
		return
	}
	fn(n)
	for _, k := range n.Kids {
		walkSkipping(k, skip, fn)
	}
}

func TestDatesInWords(t *testing.T) {
	tests := []struct{ edtf, en, ar, ckb string }{
		{"2023-08-07", "7 August 2023", "7 أغسطس 2023", "7ی ئابی 2023"},
		{"2023-08", "August 2023", "أغسطس 2023", "ئابی 2023"},
		{"2008", "2008", "2008", "2008"},
		{"2023-08-07/2023-08-08", "7–8 August 2023", "7–8 أغسطس 2023", "7–8ی ئابی 2023"},
		{"2023-07-31/2023-08-02", "31 July – 2 August 2023", "31 يوليو – 2 أغسطس 2023", "31ی تەمووز – 2ی ئابی 2023"},
		{"2023-07/2023-09", "July–September 2023", "يوليو–سبتمبر 2023", "تەمووز–ئەیلوولی 2023"},
		{"2020/2021", "2020–2021", "2020–2021", "2020–2021"},
		{"2020/2021-07-23", "2020 – 23 July 2021", "من 2020 إلى 23 يوليو 2021", "لە 2020 تا 23ی تەمووزی 2021"},
		{"2023-08/..", "from August 2023", "منذ أغسطس 2023", "لە ئابی 2023ەوە"},
		{"2008/", "from 2008", "منذ 2008", "لە 2008ەوە"},
		{"../2006", "until 2006", "حتى 2006", "تا 2006"},
		{"2023-07-31~", "31 July 2023, approximately", "31 يوليو 2023 تقريباً", "نزیکەی 31ی تەمووزی 2023"},
		{"2008?", "2008, uncertain", "2008 (غير مؤكد)", "2008 (نادڵنیا)"},
		{"2004-06%", "June 2004, approximately and uncertain", "يونيو 2004 تقريباً (غير مؤكد)", "نزیکەی حوزەیرانی 2004 (نادڵنیا)"},
		{"2001-22", "summer 2001", "صيف 2001", "هاوینی 2001"},
		{"2001-24", "winter 2001", "شتاء 2001", "زستانی 2001"},
		{"201X", "2010–2019", "2010–2019", "2010–2019"},
		{"1985-04-XX", "April 1985", "أبريل 1985", "نیسانی 1985"},
		{"1985-XX-XX", "1985", "1985", "1985"},
	}
	langs := map[string]*Lang{"en": NewLang("en"), "ar": NewLang("ar"), "ckb": NewLang("ckb")}
	for _, tt := range tests {
		d, err := jscd.ParseDate(tt.edtf)
		if err != nil {
			t.Fatalf("%s: %v", tt.edtf, err)
		}
		for code, want := range map[string]string{"en": tt.en, "ar": tt.ar, "ckb": tt.ckb} {
			if got := langs[code].DateInWords(d); got != want {
				t.Errorf("%s in %s: %q, want %q", tt.edtf, code, got, want)
			}
		}
	}
	if got := langs["en"].DateInWords(jscd.Date{}); got != "" {
		t.Errorf("the zero date in words is %q", got)
	}
	bad, _ := jscd.ParseDate("2023-13-45")
	if got := langs["en"].DateInWords(bad); got != "2023-13-45" {
		t.Errorf("an invalid date reads %q; want it as written", got)
	}
	periods := []struct{ from, to, want string }{
		{"2020", "2022", "2020–2022"},
		{"2022-10-27", "", "from 27 October 2022"},
		{"", "2006", "until 2006"},
		{"2020-05", "2022-10", "May 2020 – October 2022"},
		{"2009?", "2015-06~", "2009, uncertain – June 2015, approximately"},
	}
	for _, p := range periods {
		var from, to jscd.Date
		if p.from != "" {
			from = jscd.MustParseDate(p.from)
		}
		if p.to != "" {
			to = jscd.MustParseDate(p.to)
		}
		if got := langs["en"].PeriodInWords(from, to); got != p.want {
			t.Errorf("period %s to %s: %q, want %q", p.from, p.to, got, p.want)
		}
	}
	if got := langs["ar"].DaysInWords([]jscd.Date{jscd.MustParseDate("2023-08-07")}); got != "في 7 أغسطس 2023" {
		t.Errorf("held on, in Arabic: %q", got)
	}
}

// edtfText matches EDTF as a document writes it: a day or month with hyphens, an interval, a
// qualifier.
var edtfText = regexp.MustCompile(`\d{4}-\d{2}(?:-\d{2})?(?:[^\d]|$)|\d{4}/\d{4}|\d{4}/\.\.|\.\./\d{4}|\d{4}(?:-\d{2})*[~?%]`)

// No date is shown to a visitor as the document writes it (EDTF), in any language, in any
// region (the drawings' tooltips and the diff included) and the detail card of every entity;
// the editor alone holds it.
func TestNoRawDatesOutsideTheEditor(t *testing.T) {
	regions := AllRegions()
	for _, doc := range []string{"us-iraq", "alliance", "dates", "every-field"} {
		var docs []Document
		if doc != "us-iraq" {
			docs = append(docs, fixture(t, doc))
		}
		for _, lang := range Languages() {
			s := stateAt(t, "?dataset="+doc+"&lang="+lang.Code, docs...)
			ids := []string{""}
			for id := range s.Input().derive().ix {
				ids = append(ids, string(id))
			}
			for _, id := range ids {
				s.Input().Focus = id
				for _, region := range regions {
					if id != "" && region != RegionDetail {
						continue
					}
					for _, n := range Region(s.Input(), region) {
						walkSkipping(n, "select", func(n Node) {
							if n.Tag == "" && edtfText.MatchString(n.Text) {
								t.Errorf("%s %s focus %q, region %s shows raw EDTF: %q", doc, lang.Code, id, region, n.Text)
							}
						})
					}
				}
			}
		}
	}
}

// Choosing an entity opens its card, and the choice is in the address with the language, the
// dataset and the day, so that the view survives a reload; the language links keep it.
func TestFocusIsInTheAddress(t *testing.T) {
	s := stateAt(t, "?dataset=us-iraq&lang=ar&asof=2021-12-31&focus=jscd")
	in := s.Input()
	if in.Focus != "jscd" || in.Lang.Code != "ar" || formatDay(in.AsOf) != "2021-12-31" {
		t.Fatalf("the address gives focus %q, language %s, day %s", in.Focus, in.Lang.Code, formatDay(in.AsOf))
	}
	if got, want := in.Address(), "?dataset=us-iraq&lang=ar&asof=2021-12-31&focus=jscd"; got != want {
		t.Errorf("the address is %s, want %s", got, want)
	}
	card := Region(in, RegionDetail)
	if len(card) != 1 {
		t.Fatalf("the card region has %d nodes", len(card))
	}
	if id, _ := card[0].Attr("data-id"); id != "jscd" {
		t.Errorf("the card is of %q", id)
	}
	for _, want := range []string{"يستند إلى", "منذ 7 أغسطس 2023", "اعرضه في المستند (JSON)", "مباحثات حوار التعاون الأمني المشترك في واشنطن"} {
		if text := cardText(card); !strings.Contains(text, want) {
			t.Errorf("the card lacks %q: %s", want, text)
		}
	}
	// The language links lead to this view in their language.
	var hrefs []string
	for _, n := range Region(in, RegionTop) {
		n.Walk(func(n Node) {
			if act, _ := n.Attr("data-act"); act == "lang" {
				href, _ := n.Attr("href")
				hrefs = append(hrefs, href)
			}
		})
	}
	if want := "?dataset=us-iraq&lang=en&asof=2021-12-31&focus=jscd"; len(hrefs) != 3 || hrefs[0] != want {
		t.Errorf("the language links are %v; want the first to be %s", hrefs, want)
	}

	r := s.Apply("focus", "sabit-al-abbasi")
	if !r.Push || !strings.HasSuffix(r.Address, "&focus=sabit-al-abbasi") || r.Regions[RegionDetail] == nil {
		t.Errorf("choosing a person: push %v, address %s, card drawn %v", r.Push, r.Address, r.Regions[RegionDetail] != nil)
	}
	if r := s.Apply("focus", ""); r.Address != "?dataset=us-iraq&lang=ar&asof=2021-12-31" || string(r.Regions[RegionDetail]) != "[]" {
		t.Errorf("closing the card: address %s, card %s", r.Address, r.Regions[RegionDetail])
	}
	// The back button gives the address back.
	r = s.Apply("address", "?dataset=us-iraq&lang=en&focus=iraq")
	if in.Focus != "iraq" || in.Lang.Code != "en" || r.Text != nil || !in.AsOf.Equal(in.DefaultAsOf) {
		t.Errorf("the address action: focus %q, language %s, text replaced %v, day %s", in.Focus, in.Lang.Code, r.Text != nil, formatDay(in.AsOf))
	}
	if got := s.Apply("init", "?focus=Not%20an%20ID").Address; strings.Contains(got, "focus") {
		t.Errorf("an address with a focus that is no ID gives %s", got)
	}
	if r := s.Apply("focus", "nonesuch"); !strings.Contains(string(r.Regions[RegionDetail]), "nonesuch") {
		t.Errorf("the card of an ID the document lacks: %s", r.Regions[RegionDetail])
	}
}

func cardText(nodes []Node) string {
	var b strings.Builder
	for _, n := range nodes {
		b.WriteString(n.TextContent())
	}
	return b.String()
}

// Any entity chosen anywhere opens its card: every lineage node and every timeline mark
// chooses its entity, names are links to their cards, and the card of every entity of every
// fixture holds what the document says of it and links only to the web or within the page.
func TestEveryEntityHasACard(t *testing.T) {
	s := stateAt(t, "?dataset=us-iraq")
	in := s.Input()
	for _, region := range []string{RegionLineage, RegionTimeline} {
		marks := 0
		for _, n := range Region(in, region) {
			n.Walk(func(n Node) {
				if act, _ := n.Attr("data-act"); act == "locate-path" {
					t.Errorf("%s: a mark still only moves the editor's cursor: %v", region, n.Attrs)
				}
				if act, _ := n.Attr("data-act"); act == "focus" {
					marks++
				}
			})
		}
		if marks == 0 {
			t.Errorf("%s: no mark chooses an entity", region)
		}
	}
	links := map[string]bool{}
	for _, region := range []string{RegionSummary, RegionStatus, RegionPeople, RegionAssessments, RegionInstruments} {
		for _, n := range Region(in, region) {
			n.Walk(func(n Node) {
				if act, _ := n.Attr("data-act"); act == "focus" {
					v, _ := n.Attr("data-val")
					links[v] = true
				}
			})
		}
	}
	for _, id := range []string{"jscd", "sabit-al-abbasi", "us-combat-forces-leave-iraq-by-end-2021", "jscd-talks-2023-08", "iraq"} {
		if !links[id] {
			t.Errorf("no name on the page opens the card of %s", id)
		}
	}

	for _, doc := range []string{"us-iraq", "alliance", "every-field"} {
		var docs []Document
		if doc != "us-iraq" {
			docs = append(docs, fixture(t, doc))
		}
		s := stateAt(t, "?dataset="+doc, docs...)
		in := s.Input()
		for id, e := range in.derive().ix {
			in.Focus = string(id)
			card := Region(in, RegionDetail)
			text := cardText(card)
			if name, _ := in.Lang.Text(e.name); !strings.Contains(text, name) || !strings.Contains(text, "Show it in the document") {
				t.Errorf("%s: the card of %s lacks its name or the way to the document: %s", doc, id, text)
			}
			for _, n := range card {
				n.Walk(func(n Node) {
					if href, ok := n.Attr("href"); ok && !strings.HasPrefix(href, "?") && !strings.HasPrefix(href, "https://") && !strings.HasPrefix(href, "http://") {
						t.Errorf("%s: the card of %s links to %q", doc, id, href)
					}
				})
			}
		}
	}
	// What the card of an instrument says: its lifecycle, its sites, what rests on it.
	s = stateAt(t, "?dataset=alliance&focus=defense-cooperation-agreement", fixture(t, "alliance"))
	ps := paragraphs(Region(s.Input(), RegionDetail))
	for _, want := range []string{"signed 28 April 2014", "entered into force 25 June 2014", "North Air Base — from 18 March 2016",
		"Bay Port — 18 March 2016 – 1 January 2020", "Bilateral Defense Guidelines · implements", "implements Mutual Defense Treaty between Northland and Southland"} {
		if !hasParagraph(ps, want) && !hasParagraph(ps, want+"…") && !strings.Contains(strings.Join(ps, "\n"), want) {
			t.Errorf("the EDCA's card lacks %q:\n%s", want, strings.Join(ps, "\n"))
		}
	}
	s.Apply("focus", "north-air-base")
	text := cardText(Region(s.Input(), RegionDetail))
	for _, want := range []string{"Himpilang Panghimpapawid ng Hilaga", "Northern Province", "15.18° N, 120.56° E", "EDCA (from 18 March 2016)"} {
		if !strings.Contains(text, want) {
			t.Errorf("the base's card lacks %q: %s", want, text)
		}
	}
}

// A card links a source it cites to where it can be read only when the URL is a valid http
// or https one.
func TestCardsLinkOnlyWebURLs(t *testing.T) {
	for url, linked := range map[string]bool{"https://example.org/a": true, "javascript:alert(1)": false, "//evil.example/": false} {
		f := &jscd.Framework{
			Stakeholders: []jscd.Stakeholder{{ID: "p", Kind: jscd.StakeholderKindPerson, Name: jscd.Text{"en": "P"}, Sources: []jscd.ID{"s"}}},
			Sources:      []jscd.Source{{ID: "s", Kind: jscd.SourceKindNews, Title: jscd.Text{"en": "S"}, URL: url}},
		}
		in := &Input{Lang: NewLang("en"), Framework: f, Dataset: "d", Focus: "p"}
		var hrefs []string
		for _, n := range DetailCard(in) {
			n.Walk(func(n Node) {
				if href, ok := n.Attr("href"); ok && !strings.HasPrefix(href, "?") {
					hrefs = append(hrefs, href)
				}
			})
		}
		if got := len(hrefs) == 1 && hrefs[0] == url; got != linked || !linked && len(hrefs) > 0 {
			t.Errorf("a source at %q: the card links to %v", url, hrefs)
		}
	}
}

// The instruments are shown with their lifecycles and the places with the sites of each
// instrument, dated in words; a framework without places has no places panel.
func TestInstrumentsAndPlaces(t *testing.T) {
	s := stateAt(t, "?dataset=alliance&lang=en", fixture(t, "alliance"))
	in := s.Input()
	ps := paragraphs(Region(in, RegionInstruments))
	for _, want := range []string{
		"notice of termination given 11 February 2020 — Southland notified Northland of its termination, to take effect after 180 days.",
		"notice of termination withdrawn 30 July 2021 — Southland withdrew the notice.",
		"terminated 24 November 1992 — Ended after the Senate of Southland rejected a new treaty in 1991.",
		"Bay Port — 18 March 2016 – 1 January 2020",
	} {
		if !hasParagraph(ps, want) {
			t.Errorf("the instruments panel lacks %q:\n%s", want, strings.Join(ps, "\n"))
		}
	}
	ps = paragraphs(Region(in, RegionPlaces))
	for _, want := range []string{"Covered by: EDCA (from 18 March 2016)", "Held here: Signing of the Mutual Defense Treaty (10 May 1990)…"} {
		if !hasParagraph(ps, want) && !hasParagraph(ps, want+"…") {
			t.Errorf("the places panel lacks %q:\n%s", want, strings.Join(ps, "\n"))
		}
	}
	if n := Region(stateAt(t, "?dataset=us-iraq").Input(), RegionPlaces); len(n) != 0 {
		t.Errorf("a framework without places has a places panel: %v", n)
	}
	// The status of an instrument follows the day.
	s.Apply("asof", "2020-06-15")
	if text := cardText(Region(in, RegionInstruments)); !strings.Contains(text, "notice of termination suspended 1 June 2020") {
		t.Errorf("on 15 June 2020 the VFA's state is not the suspended notice: %s", text)
	}
}

// A document that never decoded shows what is wrong and where, each panel says in a plain
// sentence that there is nothing to show, no panel shows a Go error, and there is no date to
// move (no field reading 01/01/0001); a kept edit that does not decode offers the original
// back; a document whose references are all broken draws every panel with the IDs as
// written.
func TestADocumentThatNeverDecodedDegrades(t *testing.T) {
	check := func(name string, s *State, wantRestore bool) {
		t.Helper()
		in := s.Input()
		if in.Framework != nil {
			t.Fatalf("%s: the page shows a framework", name)
		}
		r := s.Apply("lang", "en")
		for region, b := range r.Regions {
			if strings.Contains(string(b), `"fatal"`) || strings.Contains(string(b), "runtime error") || strings.Contains(string(b), "nil pointer") {
				t.Errorf("%s: region %s shows an error: %s", name, region, b)
			}
			if strings.Contains(string(b), `"type":"date"`) || strings.Contains(string(b), "0001") {
				t.Errorf("%s: region %s has a date field: %s", name, region, b)
			}
		}
		brief := paragraphs(Region(in, RegionSummary))
		if !hasParagraph(brief, "This document could not be read, so the panels have nothing to show.") ||
			!hasParagraph(brief, "Line 1, column …") {
			t.Errorf("%s: the brief does not say what is wrong and where: %q", name, brief)
		}
		if got := strings.Contains(string(r.Regions[RegionSummary]), `"data-act":"restore"`); got != wantRestore {
			t.Errorf("%s: the brief offers the original back: %v, want %v", name, got, wantRestore)
		}
		for _, region := range []string{RegionLineage, RegionTimeline, RegionStatus, RegionPeople, RegionDiff, RegionSources, RegionInstruments, RegionAssessments} {
			if !hasParagraph(paragraphs(Region(in, region)), "Nothing to show: the document could not be read (see “In brief” above).") {
				t.Errorf("%s: panel %s does not say it has nothing to show: %v", name, region, paragraphs(Region(in, region)))
			}
		}
		if title := paragraphs(Region(in, RegionTop)); len(title) == 0 {
			t.Errorf("%s: the header is empty", name)
		}
	}

	// serve -file with a file that is not JSON.
	s := stateAt(t, "", Document{Name: "broken", Text: []byte(`{"format": "jscd/1", "id": oops}`)})
	check("a bad -file", s, false)

	// A kept edit left broken, reloaded.
	keeper := &mapKeeper{texts: map[string]string{}}
	s, _ = NewState()
	s.SetKeeper(keeper)
	s.Apply("init", "")
	s.Apply("edit", `{"format": "jscd/1",`)
	s, _ = NewState()
	s.SetKeeper(keeper)
	s.Apply("init", "?lang=ar")
	check("a broken kept edit", s, true)
	s.Apply("restore", "")
	if s.Input().Framework == nil || s.Input().Edited {
		t.Error("restoring the original does not bring the framework back")
	}

	// A document whose every reference is broken: it decodes, and every panel is drawn, naming
	// what it cannot find by its ID.
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(fixture(t, "alliance").Text, &doc); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"stakeholders", "sources", "places"} {
		delete(doc, k)
	}
	b, _ := json.Marshal(doc)
	s = stateAt(t, "?dataset=orphans", Document{Name: "orphans", Text: b})
	if s.Input().Framework == nil {
		t.Fatal("the document without stakeholders, sources and places does not decode")
	}
	ids := []string{""}
	for id := range s.Input().derive().ix {
		ids = append(ids, string(id))
	}
	for _, id := range append(ids, "northland") {
		s.Apply("focus", id)
		for _, lang := range Languages() {
			for region, b := range s.Apply("lang", lang.Code).Regions {
				if strings.Contains(string(b), `"fatal"`) {
					t.Errorf("broken references, focus %q, %s: region %s fails: %s", id, lang.Code, region, b)
				}
			}
		}
	}
	if text := cardText(Region(s.Input(), RegionSummary)); !strings.Contains(text, "northland") {
		t.Errorf("the brief does not name the missing parties by their IDs: %s", text)
	}
}

// Repeated issues of one code are one line, which opens to list each; every issue keeps its
// button to its place.
func TestRepeatedIssuesAreGrouped(t *testing.T) {
	s := stateAt(t, "")
	r := s.Apply("region", RegionIssues)
	issues := s.Input().Issues
	counts := map[jscd.Code]int{}
	for _, is := range issues {
		counts[is.Code]++
	}
	var groups, buttons int
	for _, n := range Region(s.Input(), RegionIssues) {
		n.Walk(func(n Node) {
			if class, _ := n.Attr("class"); class == "issue-group" {
				groups++
				code, _ := n.Attr("data-code")
				if want := "×" + strconvItoa(counts[jscd.Code(code)]); !strings.Contains(n.TextContent(), want) {
					t.Errorf("the group of %s does not say %s", code, want)
				}
			}
			if act, _ := n.Attr("data-act"); act == "locate" {
				buttons++
			}
		})
	}
	repeated := 0
	for _, n := range counts {
		if n > 1 {
			repeated++
		}
	}
	if repeated == 0 || groups != repeated || buttons != len(issues) {
		t.Errorf("%d codes repeat, %d groups, %d buttons for %d issues (%s)", repeated, groups, buttons, len(issues), r.Regions[RegionIssues])
	}
}

func strconvItoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// TestNumbersKeepTheirOrderOnRightToLeftPages checks that a date written only in digits, such
// as the header's span of years, is isolated left to right, so that "2008–2025" does not read
// "2025–2008" on an Arabic page, and that a date in words is left to its language.
func TestNumbersKeepTheirOrderOnRightToLeftPages(t *testing.T) {
	if got := numbersDir("2008–2025"); len(got) != 2 || got[0] != "dir" || got[1] != "ltr" {
		t.Errorf("numbersDir(2008–2025) = %v, want dir=ltr", got)
	}
	if got := numbersDir("من 2020 إلى 2021"); got != nil {
		t.Errorf("numbersDir of Arabic words = %v, want nothing", got)
	}
}

// The header says who wrote what the framework is read from, in every language: each source
// with authors, with its publisher and date.
func TestHeaderNamesTheSourceAndItsAuthors(t *testing.T) {
	for lang, want := range map[string]string{
		"en":  "Source: Op-ed on the US-Iraq Joint Security Cooperation Dialogue (JSCD), by Feyzullah Tuna Aygun and Yusuf Can Ayaz (Rudaw, August 2023)",
		"ar":  "المصدر: مقال رأي عن حوار التعاون الأمني المشترك بين الولايات المتحدة والعراق، بقلم فيض الله تونا أيغون ويوسف جان أياز (…، أغسطس 2023)",
		"ckb": "سەرچاوە: …، نووسینی … (…، ئابی 2023)",
	} {
		s := stateAt(t, "?dataset=us-iraq&lang="+lang)
		var facts []string
		for _, n := range Region(s.Input(), RegionTop) {
			n.Walk(func(n Node) {
				if c, _ := n.Attr("class"); c == "fact source" {
					facts = append(facts, n.TextContent())
				}
			})
		}
		if len(facts) != 1 || !matchParts(facts[0], strings.Split(want, "…")) {
			t.Errorf("%s: the header's sources are %q; want one, %q", lang, facts, want)
		}
	}
}
