package jscd

import (
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/language"

	"github.com/jscd-go/jscd/internal/weburl"
)

// The codes of the syntax rules: the form of single values.
// Rules describes each rule, and docs/rules.md gives it with examples.
const (
	CodeFormatTag        Code = "format.tag"
	CodeFieldMissing     Code = "field.missing"
	CodeIDSyntax         Code = "id.syntax"
	CodeLangSyntax       Code = "lang.syntax"
	CodeLangCanonical    Code = "lang.canonical"
	CodeCountryCode      Code = "country.code"
	CodeURLSyntax        Code = "url.syntax"
	CodeDateSyntax       Code = "date.syntax"
	CodeEnumUnknown      Code = "enum.unknown"
	CodeAreaUnknown      Code = "area.unknown"
	CodeRoundNumber      Code = "round.number"
	CodePositionHolder   Code = "position.holder"
	CodePlaceCoordinates Code = "place.coordinates"
)

const (
	fmtFormatTag      = "format is %q; this version of the format is %q"
	fmtFieldMissing   = "required field %q is missing or empty"
	fmtIDSyntax       = "ID %q is not a lowercase slug (letters a-z, digits and single hyphens)"
	fmtLangSyntax     = "language tag %q is not a valid BCP 47 tag"
	fmtLangCountry    = "language tag %q is a country code, not a language; did you mean %q?"
	fmtLangCanonical  = "language tag %q is not in canonical form; write %q"
	fmtCountryCode    = "%q is not an ISO 3166-1 alpha-2 country code"
	fmtCountryInstead = "%q is not an ISO 3166-1 alpha-2 country code; did you mean %q?"
	fmtCountryCase    = "country code %q must be written in upper case: %q"
	fmtURLSyntax      = "%q is not an absolute http or https URL"
	fmtEnumUnknown    = "%q is not a defined value; use one of: %s"
	fmtEnumSuggest    = "%q is not a defined value; did you mean %q? (defined: %s)"
	fmtAreaUnknown    = "%q is not a defined area of cooperation"
	fmtAreaSuggest    = "%q is not a defined area of cooperation; did you mean %q?"
	fmtRoundNumber    = "round number %d is less than 1"
	fmtPositionHolder = "only a person holds positions, and this stakeholder is of kind %q"
	fmtPlaceLatitude  = "latitude %v is outside -90 to 90 degrees"
	fmtPlaceLongitude = "longitude %v is outside -180 to 180 degrees"
)

// fmtDateSyntaxPrefix begins every date.syntax message; the date's reason follows it (see
// dateSyntaxFormats).
const fmtDateSyntaxPrefix = "date %q is not valid EDTF: "

// fieldSeparatorList joins the allowed values of an enumerated field in a message; the
// message catalogue has it in each language (the Arabic comma "، " in Arabic and Kurdish).
const fieldSeparatorList = ", "

// valueList is a message argument that lists values (the allowed values of a field). The
// values are the format's own codes, the same in every language; the separator between them
// is the message's language's (Issue.Message). Printed with fmt it joins them with ", ".
type valueList []string

// String joins the values with the English separator.
func (l valueList) String() string { return strings.Join(l, fieldSeparatorList) }

var syntaxRules = [...]ruleSpec{
	{CodeFormatTag, SeverityError, "The document's format tag is \"jscd/1\".", []string{fmtFormatTag}},
	{CodeFieldMissing, SeverityError, "Mandatory fields are present and not empty.", []string{fmtFieldMissing}},
	{CodeIDSyntax, SeverityError, "IDs are lowercase slugs.", []string{fmtIDSyntax}},
	{CodeLangSyntax, SeverityError, "Text keys are well-formed BCP 47 language tags.", []string{fmtLangSyntax, fmtLangCountry}},
	{CodeLangCanonical, SeverityWarning, "Text keys are language tags in canonical form.", []string{fmtLangCanonical}},
	{CodeCountryCode, SeverityError, "Countries are upper-case ISO 3166-1 alpha-2 codes of countries.", []string{fmtCountryCode, fmtCountryCase, fmtCountryInstead}},
	{CodeURLSyntax, SeverityError, "URLs are absolute http or https URLs.", []string{fmtURLSyntax}},
	{CodeDateSyntax, SeverityError, "Dates are valid EDTF (levels 0 and 1).", dateSyntaxFormats()},
	{CodeEnumUnknown, SeverityError, "Kinds, statuses, lifecycle stages, roles, strengths, relation types and confidences are defined values.", []string{fmtEnumUnknown, fmtEnumSuggest}},
	{CodeAreaUnknown, SeverityWarning, "Areas of cooperation are among the defined areas.", []string{fmtAreaUnknown, fmtAreaSuggest}},
	{CodeRoundNumber, SeverityError, "Round numbers start at 1.", []string{fmtRoundNumber}},
	{CodePositionHolder, SeverityError, "Only people hold positions.", []string{fmtPositionHolder}},
	{CodePlaceCoordinates, SeverityError, "Coordinates are a latitude from -90 to 90 and a longitude from -180 to 180 degrees.", []string{fmtPlaceLatitude, fmtPlaceLongitude}},
}

// syntaxDocument checks the form of the members of the document itself; syntaxEntities, of
// every single value of each entity.
func (c *checker) syntaxDocument() {
	f := c.f
	root := loc{}
	switch {
	case f.Format == "":
		c.missing(root, "format")
	case f.Format != FormatTag:
		c.report(CodeFormatTag, root.key("format"), fmtFormatTag, f.Format, FormatTag)
	}
	c.checkID(root, f.ID)
	// A mandatory Text with no value, here and in every entity, is reported by the text
	// family (requiredText), which reads every value of every Text.
}

// syntaxEntities are the syntax checks of each entity.
var syntaxEntities = entityVisitor{
	stakeholder: placed((*checker).syntaxStakeholder),
	instrument:  placed((*checker).syntaxInstrument),
	event:       placed((*checker).syntaxEvent),
	commitment:  placed((*checker).syntaxCommitment),
	assessment:  placed((*checker).syntaxAssessment),
	place:       placed((*checker).syntaxPlace),
	source:      placed((*checker).syntaxSource),
}

func (c *checker) syntaxStakeholder(p loc, s *Stakeholder) {
	c.checkID(p, s.ID)
	checkEnum(c, p, "kind", s.Kind, s.Kind.Valid(), stakeholderKinds[:])
	c.checkCountry(p, s.Country)
	if len(s.Positions) > 0 && s.Kind.Valid() && s.Kind != StakeholderKindPerson {
		c.report(CodePositionHolder, p.key("positions"), fmtPositionHolder, string(s.Kind))
	}
	for j := range s.Positions {
		pos := &s.Positions[j]
		pp := p.at("positions", j)
		c.checkDate(pp, "from", &pos.From)
		c.checkDate(pp, "to", &pos.To)
		for k := range pos.HeldOn {
			if d := &pos.HeldOn[k]; d.err != nil {
				c.reportDate(pp.at("heldOn", k), d)
			}
		}
	}
}

func (c *checker) syntaxInstrument(p loc, in *Instrument) {
	c.checkID(p, in.ID)
	checkEnum(c, p, "kind", in.Kind, in.Kind.Valid(), instrumentKinds[:])
	if len(in.Parties) == 0 {
		c.missing(p, "parties")
	}
	c.checkAreas(p, in.Areas)
	c.checkDate(p, "date", &in.Date)
	c.checkDate(p, "signed", &in.Signed)
	if in.Status != "" {
		checkEnum(c, p, "status", in.Status, in.Status.Valid(), instrumentStatuses[:])
	}
	for j := range in.Lifecycle {
		st := &in.Lifecycle[j]
		sp := p.at("lifecycle", j)
		checkEnum(c, sp, "stage", st.Stage, st.Stage.Valid(), lifecycleStages[:])
		if st.Date.zero() {
			c.missing(sp, "date")
		}
		c.checkDate(sp, "date", &st.Date)
	}
	for j := range in.Sites {
		site := &in.Sites[j]
		sp := p.at("sites", j)
		if site.Place == "" {
			c.missing(sp, "place")
		}
		c.checkDate(sp, "added", &site.Added)
		c.checkDate(sp, "removed", &site.Removed)
	}
	for j := range in.Relations {
		rel := &in.Relations[j]
		rp := p.at("relations", j)
		checkEnum(c, rp, "type", rel.Type, rel.Type.Valid(), relationTypes[:])
		if rel.To == "" {
			c.missing(rp, "to")
		}
	}
}

func (c *checker) syntaxEvent(p loc, ev *Event) {
	c.checkID(p, ev.ID)
	checkEnum(c, p, "kind", ev.Kind, ev.Kind.Valid(), eventKinds[:])
	if ev.Round < 0 {
		c.report(CodeRoundNumber, p.key("round"), fmtRoundNumber, ev.Round)
	}
	if ev.Date.zero() {
		c.missing(p, "date")
	}
	c.checkDate(p, "date", &ev.Date)
	if loc := ev.Location; loc != nil {
		c.checkCountry(p.key("location"), loc.Country)
	}
	for j := range ev.Participants {
		pa := &ev.Participants[j]
		pp := p.at("participants", j)
		if pa.Stakeholder == "" {
			c.missing(pp, "stakeholder")
		}
		checkEnum(c, pp, "role", pa.Role, pa.Role.Valid(), roles[:])
	}
	for j := range ev.Topics {
		c.checkAreas(p.at("topics", j), ev.Topics[j].Areas)
	}
}

func (c *checker) syntaxCommitment(p loc, cm *Commitment) {
	c.checkID(p, cm.ID)
	if len(cm.By) == 0 {
		c.missing(p, "by")
	}
	checkEnum(c, p, "strength", cm.Strength, cm.Strength.Valid(), strengths[:])
	c.checkAreas(p, cm.Areas)
	c.checkDate(p, "made", &cm.Made)
	c.checkDate(p, "due", &cm.Due)
	for j := range cm.Status {
		st := &cm.Status[j]
		sp := p.at("status", j)
		checkEnum(c, sp, "status", st.Status, st.Status.Valid(), commitmentStatuses[:])
		if st.Date.zero() {
			c.missing(sp, "date")
		}
		c.checkDate(sp, "date", &st.Date)
	}
}

func (c *checker) syntaxAssessment(p loc, a *Assessment) {
	c.checkID(p, a.ID)
	if len(a.About) == 0 {
		c.missing(p, "about")
	}
	if a.Confidence != "" {
		checkEnum(c, p, "confidence", a.Confidence, a.Confidence.Valid(), confidences[:])
	}
	c.checkDate(p, "date", &a.Date)
}

func (c *checker) syntaxPlace(p loc, pl *Place) {
	c.checkID(p, pl.ID)
	checkEnum(c, p, "kind", pl.Kind, pl.Kind.Valid(), placeKinds[:])
	c.checkCountry(p, pl.Country)
	if co := pl.Coordinates; co != nil {
		cp := p.key("coordinates")
		if !(co.Lat >= -90 && co.Lat <= 90) { // NaN is out of range too
			c.report(CodePlaceCoordinates, cp.key("lat"), fmtPlaceLatitude, co.Lat)
		}
		if !(co.Lon >= -180 && co.Lon <= 180) {
			c.report(CodePlaceCoordinates, cp.key("lon"), fmtPlaceLongitude, co.Lon)
		}
	}
}

func (c *checker) syntaxSource(p loc, s *Source) {
	c.checkID(p, s.ID)
	checkEnum(c, p, "kind", s.Kind, s.Kind.Valid(), sourceKinds[:])
	c.checkDate(p, "published", &s.Published)
	if s.URL != "" && !weburl.Valid(s.URL) {
		c.report(CodeURLSyntax, p.key("url"), fmtURLSyntax, s.URL)
	}
}

// missing reports that the field of the value at p is absent or empty.
func (c *checker) missing(p loc, field string) {
	c.report(CodeFieldMissing, p.key(field), fmtFieldMissing, field)
}

// checkID checks the ID of the entity (or framework) at p.
func (c *checker) checkID(p loc, id ID) {
	switch {
	case id == "":
		c.missing(p, "id")
	case !isSlug(string(id)):
		c.report(CodeIDSyntax, p.key("id"), fmtIDSyntax, string(id))
	}
}

// isSlug reports whether s matches ^[a-z0-9]+(-[a-z0-9]+)*$.
func isSlug(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch >= 'a' && ch <= 'z', ch >= '0' && ch <= '9':
		case ch == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// checkEnum reports an absent or undefined value of an enumerated field.
func checkEnum[T ~string](c *checker, p loc, field string, v T, valid bool, values []T) {
	switch {
	case v == "":
		c.missing(p, field)
	case !valid:
		names := make([]string, len(values))
		for i, val := range values {
			names[i] = string(val)
		}
		if near := suggest(string(v), names); near != "" {
			c.reportFix(CodeEnumUnknown, p.key(field), near, fmtEnumSuggest, string(v), near, valueList(names))
		} else {
			c.report(CodeEnumUnknown, p.key(field), fmtEnumUnknown, string(v), valueList(names))
		}
	}
}

// checkAreas warns about areas that are not defined.
func (c *checker) checkAreas(p loc, areas []Area) {
	for j, a := range areas {
		if a.Valid() {
			continue
		}
		if near := suggest(string(a), areaNames()); near != "" {
			c.reportFix(CodeAreaUnknown, p.at("areas", j), near, fmtAreaSuggest, string(a), near)
		} else {
			c.report(CodeAreaUnknown, p.at("areas", j), fmtAreaUnknown, string(a))
		}
	}
}

// checkDate reports a date that did not parse, with the parser's reason: the format
// is the reason's own format after fmtDateSyntaxPrefix, and its arguments the date and the
// reason's arguments.
func (c *checker) checkDate(p loc, field string, d *Date) {
	if d.err != nil {
		c.reportDate(p.key(field), d)
	}
}

// reportDate reports the date d, which did not parse, at the place at, as checkDate does. Its
// callers build the place only for such a date.
func (c *checker) reportDate(at loc, d *Date) {
	args := append([]any{d.String()}, d.err.Args...)
	c.report(CodeDateSyntax, at, fmtDateSyntaxPrefix+d.err.Format, args...)
}

// dateSyntaxFormats returns the formats of the date.syntax rule: every reason a DateError
// can give, after fmtDateSyntaxPrefix.
//
// The reason is part of the format, rather than an English argument of "…: %s", so that the
// message catalogue translates it and the whole issue prints in the reader's language; the
// catalogue translates these formats by their two parts (see catalogueRows). They are too
// many for one testdata/invalid case each: TestDateReasons parses a date for every reason
// and checks each of these formats, and TestInvalidCases asks testdata only for the code.
func dateSyntaxFormats() []string {
	reasons := dateReasonFormats()
	formats := make([]string, len(reasons))
	for i, r := range reasons {
		formats[i] = fmtDateSyntaxPrefix + r
	}
	return formats
}

// checkCountry checks an optional country field.
func (c *checker) checkCountry(p loc, country string) {
	if country == "" || isCountryCode(country) {
		return
	}
	up := strings.ToUpper(country)
	if isCountryCode(up) {
		c.reportFix(CodeCountryCode, p.key("country"), up, fmtCountryCase, country, up)
		return
	}
	if code, ok := countryCodeInstead(up); ok {
		c.reportFix(CodeCountryCode, p.key("country"), code, fmtCountryInstead, country, code)
		return
	}
	c.report(CodeCountryCode, p.key("country"), fmtCountryCode, country)
}

// countryCodeInstead returns the ISO 3166-1 code of a country for the codes that are
// "exceptionally reserved" for it in ISO 3166-1 but are not its code: UK (GB) and EL (GR),
// which the European Union uses, and so users often write.
func countryCodeInstead(s string) (string, bool) {
	switch s {
	case "UK":
		return "GB", true
	case "EL":
		return "GR", true
	}
	return "", false
}

// isCountryCode reports whether s is an ISO 3166-1 alpha-2 code of a country as written in
// the standard: two upper-case letters, not a macro-region (EU, 419), not user-assigned (XK,
// QO), not merely reserved (UN, UK) and not withdrawn (BU, now MM).
func isCountryCode(s string) bool {
	if len(s) != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' {
		return false
	}
	return countryCodes()[int(s[0]-'A')*26+int(s[1]-'A')]
}

// countryCodes tells, for each pair of upper-case letters AA to ZZ in order, whether it is a
// country code (see isCountryCode). It asks golang.org/x/text once, for the 676 pairs, rather
// than on every country of every document.
var countryCodes = sync.OnceValue(func() *[26 * 26]bool {
	var codes [26 * 26]bool
	for i := range codes {
		s := string([]byte{'A' + byte(i/26), 'A' + byte(i%26)})
		r, err := language.ParseRegion(s)
		codes[i] = err == nil && r.String() == s && r.Canonicalize() == r && r.IsCountry() && !r.IsPrivateUse() && r.ISO3() != "ZZZ"
	}
	return &codes
})

// itoa formats an array index for a path.
func itoa(i int) string { return strconv.Itoa(i) }

// areaNames returns the defined areas as strings, for suggestions.
func areaNames() []string {
	names := make([]string, len(areas))
	for i, a := range areas {
		names[i] = string(a)
	}
	return names
}
