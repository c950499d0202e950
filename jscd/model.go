package jscd

import (
	"encoding/json"
	"slices"
)

// FormatTag is the value of Framework.Format for documents of this version of the format.
const FormatTag = "jscd/1"

// ID is a document-unique identifier: a lowercase slug such as "strategic-framework-agreement".
// Every entity has one, and every reference between entities is an ID.
type ID string

// Valid reports whether id is a lowercase slug, as the rule id.syntax requires: letters a-z
// and digits in groups joined by single hyphens ("sfa-2008", not "SFA 2008" or "sfa--2008").
func (id ID) Valid() bool { return isSlug(string(id)) }

// Extensions holds data the format does not define, each value as raw JSON, so that a
// producer's own fields survive a round trip. Every token of a value is kept exactly as it is
// written: numbers (1.50, 1e3), string escapes and the order of members. The white space
// between tokens is not kept: Decode stores each value in compact form, as json.Compact writes
// it, and Encode writes it indented like the rest of the document.
type Extensions map[string]json.RawMessage

// Framework is one bilateral security-cooperation framework: the document of format "jscd/1".
//
// A *Framework returned by Decode is never changed by this package, so any number of goroutines
// may read it at once.
type Framework struct {
	// Schema is the URI of a JSON Schema of the document, for editors that check and complete
	// it ("$schema" in JSON; see docs/schema.md). The library keeps it through a round trip and
	// does not read it. Cardinality: optional, one.
	Schema string `json:"$schema,omitempty"`
	// Format is the format tag; always "jscd/1". Cardinality: mandatory, one.
	Format string `json:"format"`
	// ID names the framework itself. Cardinality: mandatory, one.
	ID ID `json:"id"`
	// Title is the framework's name in one or more languages. Cardinality: mandatory, one.
	Title Text `json:"title"`
	// Description says what the framework covers. Cardinality: optional, one.
	Description Text `json:"description,omitempty"`
	// Stakeholders are the states, bodies and people that take part or are talked about.
	Stakeholders []Stakeholder `json:"stakeholders,omitempty"`
	// Instruments are the standing things: agreements, dialogues, committees, mechanisms.
	Instruments []Instrument `json:"instruments,omitempty"`
	// Events are the things that happened on a date: rounds, meetings, visits, statements.
	Events []Event `json:"events,omitempty"`
	// Commitments are what one side undertook towards the other.
	Commitments []Commitment `json:"commitments,omitempty"`
	// Assessments are analytic judgements attributed to a source.
	Assessments []Assessment `json:"assessments,omitempty"`
	// Places are the cities, regions, bases, airfields, ports, islands and sites that events
	// happen at and instruments cover.
	Places []Place `json:"places,omitempty"`
	// Sources are where the facts come from.
	Sources []Source `json:"sources,omitempty"`
	// Extensions holds data the format does not define, kept token for token.
	Extensions Extensions `json:"extensions,omitempty"`
}

// StakeholderKind says what sort of actor a Stakeholder is.
type StakeholderKind string

// The kinds of stakeholder.
const (
	StakeholderKindState                     StakeholderKind = "state"                      // a sovereign state: United States, Iraq
	StakeholderKindGovernment                StakeholderKind = "government"                 // a government of a state: the Sudani government
	StakeholderKindMinistry                  StakeholderKind = "ministry"                   // a ministry or department: Iraqi Ministry of Defense
	StakeholderKindArmedForce                StakeholderKind = "armed-force"                // a state's armed or security forces
	StakeholderKindCommand                   StakeholderKind = "command"                    // a military command: CENTCOM
	StakeholderKindCoalition                 StakeholderKind = "coalition"                  // a multinational coalition: Global Coalition against ISIS
	StakeholderKindInternationalOrganization StakeholderKind = "international-organization" // an international body: the UN
	StakeholderKindCourt                     StakeholderKind = "court"                      // a court: a constitutional court
	StakeholderKindLegislature               StakeholderKind = "legislature"                // a parliament or congress
	StakeholderKindArmedGroup                StakeholderKind = "armed-group"                // a non-state armed group: ISIS, Iran-backed groups
	StakeholderKindThinkTank                 StakeholderKind = "think-tank"                 // a research centre: ORSAM
	StakeholderKindMedia                     StakeholderKind = "media"                      // a publisher of news or opinion: Rudaw
	StakeholderKindOrganization              StakeholderKind = "organization"               // any other organisation
	StakeholderKindPerson                    StakeholderKind = "person"                     // a person, with positions held over time
	StakeholderKindPoliticalGroup            StakeholderKind = "political-group"            // a party or political movement
)

var stakeholderKinds = [...]StakeholderKind{
	StakeholderKindState, StakeholderKindGovernment, StakeholderKindMinistry, StakeholderKindArmedForce, StakeholderKindCommand, StakeholderKindCoalition,
	StakeholderKindInternationalOrganization, StakeholderKindCourt, StakeholderKindLegislature, StakeholderKindArmedGroup, StakeholderKindPoliticalGroup, StakeholderKindThinkTank, StakeholderKindMedia,
	StakeholderKindOrganization, StakeholderKindPerson,
}

// StakeholderKinds returns every defined StakeholderKind, in documentation order.
func StakeholderKinds() []StakeholderKind { return slices.Clone(stakeholderKinds[:]) }

// Valid reports whether v is one of the defined values of StakeholderKind.
func (v StakeholderKind) Valid() bool { return slices.Contains(stakeholderKinds[:], v) }

// IsOrganization reports whether v is a kind of organisation (anything but a person).
func (v StakeholderKind) IsOrganization() bool { return v != StakeholderKindPerson && v != "" }

// Stakeholder is a state, a body or a person.
type Stakeholder struct {
	// ID identifies the stakeholder. Cardinality: mandatory, one.
	ID ID `json:"id"`
	// Kind is what sort of actor it is. Cardinality: mandatory, one.
	Kind StakeholderKind `json:"kind"`
	// Name is the stakeholder's name by language. Cardinality: mandatory, one.
	Name Text `json:"name"`
	// ShortName is an abbreviation or short form (CENTCOM, ORSAM). Cardinality: optional, one.
	ShortName Text `json:"shortName,omitempty"`
	// Aliases are other names and transliteration variants (Thabet / Sabit). Optional, many.
	Aliases []Text `json:"aliases,omitempty"`
	// Country is the ISO 3166-1 alpha-2 code of the state the stakeholder belongs to.
	Country string `json:"country,omitempty"`
	// Parent is the organisation this one is part of (a ministry's government). Optional, one.
	Parent ID `json:"parent,omitempty"`
	// Positions are the positions a person held over time. Only for people. Optional, many.
	Positions []Position `json:"positions,omitempty"`
	// Description says who or what this is. Optional, one.
	Description Text `json:"description,omitempty"`
	// Sources cite where the facts about the stakeholder come from. Optional, many.
	Sources []ID `json:"sources,omitempty"`
	// Extensions holds data the format does not define, kept token for token.
	Extensions Extensions `json:"extensions,omitempty"`
}

// Position is a position a person held, from one date to another.
type Position struct {
	// Title is the position's title by language ("Minister of Defense"). Mandatory, one.
	Title Text `json:"title"`
	// Organization is the organisation in which the position is held. Optional, one.
	Organization ID `json:"organization,omitempty"`
	// From is when the person took the position. Optional, one.
	From Date `json:"from,omitzero"`
	// To is when the person left it; absent while the position is held. Optional, one.
	To Date `json:"to,omitzero"`
	// HeldOn are days on which the person is known to have held the position, when its term
	// (From and To) is not known. Optional, many.
	HeldOn []Date `json:"heldOn,omitempty"`
	// Sources cite where the position and its dates come from. Optional, many.
	Sources []ID `json:"sources,omitempty"`
	// Extensions holds data the format does not define, kept token for token.
	Extensions Extensions `json:"extensions,omitempty"`
}

// InstrumentKind says what sort of standing instrument an Instrument is.
type InstrumentKind string

// The kinds of instrument.
const (
	InstrumentKindTreaty             InstrumentKind = "treaty"              // a ratified treaty
	InstrumentKindFrameworkAgreement InstrumentKind = "framework-agreement" // an agreement that frames others
	InstrumentKindAgreement          InstrumentKind = "agreement"           // any other binding agreement
	InstrumentKindMemorandum         InstrumentKind = "memorandum"          // a memorandum of understanding
	InstrumentKindGuidelines         InstrumentKind = "guidelines"          // agreed guidelines for cooperation
	InstrumentKindArrangement        InstrumentKind = "arrangement"         // an implementing or technical arrangement
	InstrumentKindDialogue           InstrumentKind = "dialogue"            // a series of rounds of talks
	InstrumentKindCommittee          InstrumentKind = "committee"           // a standing joint committee
	InstrumentKindMechanism          InstrumentKind = "mechanism"           // any other standing mechanism
)

var instrumentKinds = [...]InstrumentKind{
	InstrumentKindTreaty, InstrumentKindFrameworkAgreement, InstrumentKindAgreement, InstrumentKindMemorandum,
	InstrumentKindGuidelines, InstrumentKindArrangement, InstrumentKindDialogue, InstrumentKindCommittee, InstrumentKindMechanism,
}

// InstrumentKinds returns every defined InstrumentKind, in documentation order.
func InstrumentKinds() []InstrumentKind { return slices.Clone(instrumentKinds[:]) }

// Valid reports whether v is one of the defined values of InstrumentKind.
func (v InstrumentKind) Valid() bool { return slices.Contains(instrumentKinds[:], v) }

// InstrumentStatus is where an instrument stands.
type InstrumentStatus string

// The statuses of an instrument.
const (
	InstrumentStatusProposed   InstrumentStatus = "proposed"   // announced or negotiated, not yet signed
	InstrumentStatusSigned     InstrumentStatus = "signed"     // signed, not yet in force
	InstrumentStatusActive     InstrumentStatus = "active"     // in force, or meeting
	InstrumentStatusConcluded  InstrumentStatus = "concluded"  // ran its course (a dialogue whose rounds ended)
	InstrumentStatusSuspended  InstrumentStatus = "suspended"  // paused
	InstrumentStatusTerminated InstrumentStatus = "terminated" // ended by a party
	InstrumentStatusSuperseded InstrumentStatus = "superseded" // replaced by another instrument
)

var instrumentStatuses = [...]InstrumentStatus{
	InstrumentStatusProposed, InstrumentStatusSigned, InstrumentStatusActive, InstrumentStatusConcluded, InstrumentStatusSuspended,
	InstrumentStatusTerminated, InstrumentStatusSuperseded,
}

// InstrumentStatuses returns every defined InstrumentStatus, in documentation order.
func InstrumentStatuses() []InstrumentStatus { return slices.Clone(instrumentStatuses[:]) }

// Valid reports whether v is one of the defined values of InstrumentStatus.
func (v InstrumentStatus) Valid() bool { return slices.Contains(instrumentStatuses[:], v) }

// Area is an area of cooperation. The defined areas are listed in Areas; validation warns about
// any other value.
type Area string

// The areas of cooperation.
const (
	AreaDefense          Area = "defense"
	AreaSecurity         Area = "security"
	AreaCounterterrorism Area = "counterterrorism"
	AreaTraining         Area = "training"
	AreaIntelligence     Area = "intelligence"
	AreaArmsTransfer     Area = "arms-transfer" // sales and financing of military equipment
	AreaExercises        Area = "exercises"
	AreaForcePosture     Area = "force-posture" // presence and withdrawal of forces
	AreaMaritimeSecurity Area = "maritime-security"
	AreaCyber            Area = "cyber"
	AreaSpace            Area = "space"
	AreaDefenseIndustry  Area = "defense-industry" // joint development and production
	AreaPolitics         Area = "politics"
	AreaDiplomacy        Area = "diplomacy"
	AreaEnergy           Area = "energy"
	AreaEconomy          Area = "economy"
	AreaDevelopment      Area = "development"
	AreaHumanitarian     Area = "humanitarian"
	AreaLaw              Area = "law"
	AreaCulture          Area = "culture"
	AreaEducation        Area = "education"
	AreaHealth           Area = "health"
	AreaTechnology       Area = "technology"
)

var areas = [...]Area{
	AreaDefense, AreaSecurity, AreaCounterterrorism, AreaTraining, AreaIntelligence,
	AreaArmsTransfer, AreaExercises, AreaForcePosture, AreaMaritimeSecurity, AreaCyber, AreaSpace,
	AreaDefenseIndustry, AreaPolitics, AreaDiplomacy, AreaEnergy,
	AreaEconomy, AreaDevelopment, AreaHumanitarian, AreaLaw, AreaCulture, AreaEducation,
	AreaHealth, AreaTechnology,
}

// Areas returns every defined Area, in documentation order.
func Areas() []Area { return slices.Clone(areas[:]) }

// Valid reports whether v is one of the defined values of Area.
func (v Area) Valid() bool { return slices.Contains(areas[:], v) }

// Instrument is a standing thing: an agreement, a dialogue, a committee, a mechanism.
type Instrument struct {
	// ID identifies the instrument. Cardinality: mandatory, one.
	ID ID `json:"id"`
	// Kind is what sort of instrument it is. Cardinality: mandatory, one.
	Kind InstrumentKind `json:"kind"`
	// Name is the instrument's name by language. Cardinality: mandatory, one.
	Name Text `json:"name"`
	// ShortName is an abbreviation (SFA, JSCD). Cardinality: optional, one.
	ShortName Text `json:"shortName,omitempty"`
	// Aliases are other names the instrument goes by ("Higher Coordination Committee" for the
	// "High Coordination Committee"). Optional, many.
	Aliases []Text `json:"aliases,omitempty"`
	// Parties are the stakeholders bound by or taking part in the instrument: for a bilateral
	// framework, the two states. Cardinality: mandatory, many.
	Parties []ID `json:"parties,omitempty"`
	// Areas are the areas of cooperation the instrument covers. Optional, many.
	Areas []Area `json:"areas,omitempty"`
	// Date is the span of the instrument: when it began, and when it ended if it did
	// ("2020/2021", "2008/.."). Optional, one.
	Date Date `json:"date,omitzero"`
	// Signed is when the instrument was signed, for agreements. Optional, one.
	Signed Date `json:"signed,omitzero"`
	// Status is where the instrument stands. Optional, one. With a Lifecycle, it agrees with
	// where the lifecycle leaves the instrument (see StatusAsOf).
	Status InstrumentStatus `json:"status,omitempty"`
	// Lifecycle is the dated history of the instrument after its signature, oldest first:
	// ratification, entry into force, suspension, notice of termination, expiry… Optional,
	// many.
	Lifecycle []LifecycleStep `json:"lifecycle,omitempty"`
	// Sites are the places the instrument covers (the bases of a basing agreement), each with
	// the dates it was added and removed. Optional, many.
	Sites []Site `json:"sites,omitempty"`
	// Relations are typed links to other instruments. Optional, many.
	Relations []Relation `json:"relations,omitempty"`
	// Description says what the instrument covers. Optional, one.
	Description Text `json:"description,omitempty"`
	// Sources cite where the facts about the instrument come from. Optional, many.
	Sources []ID `json:"sources,omitempty"`
	// Extensions holds data the format does not define, kept token for token.
	Extensions Extensions `json:"extensions,omitempty"`
}

// RelationType is how one instrument relates to another.
type RelationType string

// The relation types between instruments.
const (
	RelationTypeBasedOn     RelationType = "based-on"    // rests on the other (JSCD on the SFA)
	RelationTypeComplements RelationType = "complements" // adds to the other without replacing it
	RelationTypeContinues   RelationType = "continues"   // carries on the other's work
	RelationTypeImplements  RelationType = "implements"  // puts the other into effect
	RelationTypeSupersedes  RelationType = "supersedes"  // replaces the other
	RelationTypePartOf      RelationType = "part-of"     // is a component of the other
	RelationTypeAmends      RelationType = "amends"      // changes the text of the other
)

var relationTypes = [...]RelationType{
	RelationTypeBasedOn, RelationTypeComplements, RelationTypeContinues, RelationTypeImplements,
	RelationTypeSupersedes, RelationTypePartOf, RelationTypeAmends,
}

// RelationTypes returns every defined RelationType, in documentation order.
func RelationTypes() []RelationType { return slices.Clone(relationTypes[:]) }

// Valid reports whether v is one of the defined values of RelationType.
func (v RelationType) Valid() bool { return slices.Contains(relationTypes[:], v) }

// Relation is a typed link from the instrument that holds it to another instrument.
type Relation struct {
	// Type is the kind of link. Cardinality: mandatory, one.
	Type RelationType `json:"type"`
	// To is the instrument linked to. Cardinality: mandatory, one.
	To ID `json:"to"`
	// Sources cite where the link is stated. Optional, many.
	Sources []ID `json:"sources,omitempty"`
	// Extensions holds data the format does not define, kept token for token.
	Extensions Extensions `json:"extensions,omitempty"`
}

// EventKind says what sort of thing happened.
type EventKind string

// The kinds of event.
const (
	EventKindRound        EventKind = "round"        // a numbered round of a dialogue
	EventKindSession      EventKind = "session"      // a session of a committee or of a round
	EventKindMeeting      EventKind = "meeting"      // any other meeting
	EventKindVisit        EventKind = "visit"        // an official visit
	EventKindStatement    EventKind = "statement"    // a public statement
	EventKindSigning      EventKind = "signing"      // the signing of an instrument
	EventKindRatification EventKind = "ratification" // a ratification of an instrument
	EventKindRuling       EventKind = "ruling"       // a court's ruling
	EventKindExercise     EventKind = "exercise"     // a military exercise
)

var eventKinds = [...]EventKind{
	EventKindRound, EventKindSession, EventKindMeeting, EventKindVisit, EventKindStatement, EventKindSigning,
	EventKindRatification, EventKindRuling, EventKindExercise,
}

// EventKinds returns every defined EventKind, in documentation order.
func EventKinds() []EventKind { return slices.Clone(eventKinds[:]) }

// Valid reports whether v is one of the defined values of EventKind.
func (v EventKind) Valid() bool { return slices.Contains(eventKinds[:], v) }

// Role is the part a participant plays in an event.
type Role string

// The roles of participants.
const (
	RoleLead     Role = "lead"     // leads a side, or the event as a whole
	RoleChair    Role = "chair"    // chairs a delegation or a session
	RoleDelegate Role = "delegate" // a member of a delegation
	RoleSpeaker  Role = "speaker"  // made the statement
	RoleHost     Role = "host"     // hosted the event
	RoleObserver Role = "observer" // attended without a part in the talks
)

var roles = [...]Role{RoleLead, RoleChair, RoleDelegate, RoleSpeaker, RoleHost, RoleObserver}

// Roles returns every defined Role, in documentation order.
func Roles() []Role { return slices.Clone(roles[:]) }

// Valid reports whether v is one of the defined values of Role.
func (v Role) Valid() bool { return slices.Contains(roles[:], v) }

// Event is a thing that happened on a date.
type Event struct {
	// ID identifies the event. Cardinality: mandatory, one.
	ID ID `json:"id"`
	// Kind is what sort of event it was. Cardinality: mandatory, one.
	Kind EventKind `json:"kind"`
	// Name is the event's name by language. Cardinality: mandatory, one.
	Name Text `json:"name"`
	// Instrument is the instrument the event belongs to (a dialogue for a round). Optional, one.
	Instrument ID `json:"instrument,omitempty"`
	// Round is the round's number within its dialogue, from 1. Optional, one.
	Round int `json:"round,omitempty"`
	// Date is when it happened. Cardinality: mandatory, one.
	Date Date `json:"date,omitzero"`
	// Location is where it happened. Optional, one.
	Location *Location `json:"location,omitempty"`
	// Participants are who took part, with their roles. Optional, many.
	Participants []Participant `json:"participants,omitempty"`
	// Topics are what was on the agenda. Optional, many.
	Topics []Topic `json:"topics,omitempty"`
	// Outcomes are what came out of it, in words; commitments made at it point back to it.
	Outcomes []Text `json:"outcomes,omitempty"`
	// Description says what happened. Optional, one.
	Description Text `json:"description,omitempty"`
	// Sources cite where the event is reported. Mandatory, many.
	Sources []ID `json:"sources,omitempty"`
	// Extensions holds data the format does not define, kept token for token.
	Extensions Extensions `json:"extensions,omitempty"`
}

// Location is where an event happened: a place of the framework, or a place named in words.
type Location struct {
	// Place is the place, one of the framework's Places. Optional, one; either Place or Name
	// is given.
	Place ID `json:"place,omitempty"`
	// Name is the place's name by language ("Washington"). Optional when Place is given.
	Name Text `json:"name,omitempty"`
	// Country is the ISO 3166-1 alpha-2 code of the country it is in. Optional, one.
	Country string `json:"country,omitempty"`
	// Extensions holds data the format does not define, kept token for token.
	Extensions Extensions `json:"extensions,omitempty"`
}

// Participant is a stakeholder taking part in an event.
type Participant struct {
	// Stakeholder is who took part. Cardinality: mandatory, one.
	Stakeholder ID `json:"stakeholder"`
	// Role is the part they played. Cardinality: mandatory, one.
	Role Role `json:"role"`
	// Delegation is the party whose delegation they belonged to; empty for a third party.
	Delegation ID `json:"delegation,omitempty"`
	// ThirdParty marks a participant that belongs to neither party's delegation.
	ThirdParty bool `json:"thirdParty,omitempty"`
	// Extensions holds data the format does not define, kept token for token.
	Extensions Extensions `json:"extensions,omitempty"`
}

// Topic is an item on an event's agenda.
type Topic struct {
	// Text says what was discussed. Cardinality: mandatory, one.
	Text Text `json:"text"`
	// Areas are the areas of cooperation it concerns. Optional, many.
	Areas []Area `json:"areas,omitempty"`
	// Extensions holds data the format does not define, kept token for token.
	Extensions Extensions `json:"extensions,omitempty"`
}

// Strength is how firmly a commitment was made.
type Strength string

// The strengths of a commitment, from firmest to loosest.
const (
	StrengthDecision   Strength = "decision"   // decided jointly or by the party able to act
	StrengthObligation Strength = "obligation" // binding under an instrument
	StrengthPledge     Strength = "pledge"     // promised, without a binding instrument
	StrengthIntent     Strength = "intent"     // an expressed intention
	StrengthReview     Strength = "review"     // a promise to review or reconsider
	StrengthDiscussed  Strength = "discussed"  // discussed, with no undertaking yet
)

var strengths = [...]Strength{
	StrengthDecision, StrengthObligation, StrengthPledge, StrengthIntent, StrengthReview,
	StrengthDiscussed,
}

// Strengths returns every defined Strength, in documentation order.
func Strengths() []Strength { return slices.Clone(strengths[:]) }

// Valid reports whether v is one of the defined values of Strength.
func (v Strength) Valid() bool { return slices.Contains(strengths[:], v) }

// CommitmentStatus is where a commitment stands at a date.
type CommitmentStatus string

// The statuses of a commitment. A history starts at proposed or agreed; it may move
// proposed → agreed → in-progress → fulfilled, and to lapsed or withdrawn from any open status.
// An agreed or in-progress commitment may be suspended, and a suspended one returns to agreed
// or in-progress, or ends lapsed or withdrawn. Fulfilled, lapsed and withdrawn are final.
const (
	CommitmentStatusProposed   CommitmentStatus = "proposed"
	CommitmentStatusAgreed     CommitmentStatus = "agreed"
	CommitmentStatusInProgress CommitmentStatus = "in-progress"
	CommitmentStatusSuspended  CommitmentStatus = "suspended"
	CommitmentStatusFulfilled  CommitmentStatus = "fulfilled"
	CommitmentStatusLapsed     CommitmentStatus = "lapsed"
	CommitmentStatusWithdrawn  CommitmentStatus = "withdrawn"
)

var commitmentStatuses = [...]CommitmentStatus{
	CommitmentStatusProposed, CommitmentStatusAgreed, CommitmentStatusInProgress, CommitmentStatusSuspended, CommitmentStatusFulfilled, CommitmentStatusLapsed, CommitmentStatusWithdrawn,
}

// CommitmentStatuses returns every defined CommitmentStatus, in documentation order.
func CommitmentStatuses() []CommitmentStatus { return slices.Clone(commitmentStatuses[:]) }

// Valid reports whether v is one of the defined values of CommitmentStatus.
func (v CommitmentStatus) Valid() bool { return slices.Contains(commitmentStatuses[:], v) }

// IsFinal reports whether no further status may follow v.
func (v CommitmentStatus) IsFinal() bool {
	return v == CommitmentStatusFulfilled || v == CommitmentStatusLapsed || v == CommitmentStatusWithdrawn
}

// Commitment is what one or more stakeholders undertook towards others.
type Commitment struct {
	// ID identifies the commitment. Cardinality: mandatory, one.
	ID ID `json:"id"`
	// By are the stakeholders who undertook it. Cardinality: mandatory, many.
	By []ID `json:"by,omitempty"`
	// To are the stakeholders it was made towards. Optional, many.
	To []ID `json:"to,omitempty"`
	// Text says what was undertaken, by language. Cardinality: mandatory, one.
	Text Text `json:"text"`
	// Strength is how firmly. Cardinality: mandatory, one.
	Strength Strength `json:"strength"`
	// Areas are the areas of cooperation it concerns. Optional, many.
	Areas []Area `json:"areas,omitempty"`
	// MadeAt is the event at which it was made. Optional, one.
	MadeAt ID `json:"madeAt,omitempty"`
	// Made is when it was made, when there is no event to date it. Optional, one.
	Made Date `json:"made,omitzero"`
	// Due is when it is to be done ("2021" for "by the end of 2021"). Optional, one.
	Due Date `json:"due,omitzero"`
	// Status is its dated status history, oldest first. Optional, many.
	Status []StatusChange `json:"status,omitempty"`
	// Sources cite where the commitment is reported. Mandatory, many.
	Sources []ID `json:"sources,omitempty"`
	// Extensions holds data the format does not define, kept token for token.
	Extensions Extensions `json:"extensions,omitempty"`
}

// StatusChange is one step of a commitment's status history.
type StatusChange struct {
	// Status is the status entered. Cardinality: mandatory, one.
	Status CommitmentStatus `json:"status"`
	// Date is when it was entered. Cardinality: mandatory, one.
	Date Date `json:"date,omitzero"`
	// Note explains the change. Optional, one.
	Note Text `json:"note,omitempty"`
	// Sources cite where the change is reported. Optional, many.
	Sources []ID `json:"sources,omitempty"`
	// Extensions holds data the format does not define, kept token for token.
	Extensions Extensions `json:"extensions,omitempty"`
}

// Confidence is how sure the author of an assessment is.
type Confidence string

// The confidence levels of an assessment.
const (
	ConfidenceLow      Confidence = "low"
	ConfidenceModerate Confidence = "moderate"
	ConfidenceHigh     Confidence = "high"
)

var confidences = [...]Confidence{ConfidenceLow, ConfidenceModerate, ConfidenceHigh}

// Confidences returns every defined Confidence, in documentation order.
func Confidences() []Confidence { return slices.Clone(confidences[:]) }

// Valid reports whether v is one of the defined values of Confidence.
func (v Confidence) Valid() bool { return slices.Contains(confidences[:], v) }

// Assessment is an analytic judgement about other entities, attributed to a source.
type Assessment struct {
	// ID identifies the assessment. Cardinality: mandatory, one.
	ID ID `json:"id"`
	// Text is the judgement, by language. Cardinality: mandatory, one.
	Text Text `json:"text"`
	// About are the entities (of any kind) it judges. Cardinality: mandatory, many.
	About []ID `json:"about,omitempty"`
	// By are the stakeholders who made it (the analysts). Optional, many.
	By []ID `json:"by,omitempty"`
	// Confidence is how sure they are. Optional, one.
	Confidence Confidence `json:"confidence,omitempty"`
	// Date is when it was made. Optional, one.
	Date Date `json:"date,omitzero"`
	// Sources cite where it was made. Mandatory, many.
	Sources []ID `json:"sources,omitempty"`
	// Extensions holds data the format does not define, kept token for token.
	Extensions Extensions `json:"extensions,omitempty"`
}

// SourceKind says what sort of source a Source is.
type SourceKind string

// The kinds of source.
const (
	SourceKindOfficial     SourceKind = "official"      // an official text or statement
	SourceKindNews         SourceKind = "news"          // a news report
	SourceKindOpinion      SourceKind = "opinion"       // an opinion piece or op-ed
	SourceKindAnalysis     SourceKind = "analysis"      // a research or analytic paper
	SourceKindPublicRecord SourceKind = "public-record" // a matter of public record, such as dates of office
)

var sourceKinds = [...]SourceKind{
	SourceKindOfficial, SourceKindNews, SourceKindOpinion, SourceKindAnalysis, SourceKindPublicRecord,
}

// SourceKinds returns every defined SourceKind, in documentation order.
func SourceKinds() []SourceKind { return slices.Clone(sourceKinds[:]) }

// Valid reports whether v is one of the defined values of SourceKind.
func (v SourceKind) Valid() bool { return slices.Contains(sourceKinds[:], v) }

// Source is where facts come from.
type Source struct {
	// ID identifies the source. Cardinality: mandatory, one.
	ID ID `json:"id"`
	// Kind is what sort of source it is. Cardinality: mandatory, one.
	Kind SourceKind `json:"kind"`
	// Title is the source's title by language. Cardinality: mandatory, one.
	Title Text `json:"title"`
	// Publisher is the stakeholder that published it. Optional, one.
	Publisher ID `json:"publisher,omitempty"`
	// Authors are the stakeholders who wrote it. Optional, many.
	Authors []ID `json:"authors,omitempty"`
	// Published is when it was published. Optional, one.
	Published Date `json:"published,omitzero"`
	// URL is where it can be read, http or https. Optional, one.
	URL string `json:"url,omitempty"`
	// Description says what the source is. Optional, one.
	Description Text `json:"description,omitempty"`
	// Extensions holds data the format does not define, kept token for token.
	Extensions Extensions `json:"extensions,omitempty"`
}

// LifecycleStage is a step in the life of an instrument after its signature.
type LifecycleStage string

// The stages of an instrument's lifecycle. An instrument is signed (Instrument.Signed), may be
// ratified and enters into force; it may be suspended and resumed, amended, and given notice of
// termination by a party, a notice that may itself be suspended or withdrawn; it ends
// terminated, expired or superseded, after which nothing follows.
const (
	LifecycleStageRatified          LifecycleStage = "ratified"           // ratified by a party, or by both
	LifecycleStageInForce           LifecycleStage = "in-force"           // entered into force
	LifecycleStageSuspended         LifecycleStage = "suspended"          // its application suspended
	LifecycleStageResumed           LifecycleStage = "resumed"            // applied again after a suspension
	LifecycleStageTerminationNotice LifecycleStage = "termination-notice" // a party gave notice of termination
	LifecycleStageNoticeSuspended   LifecycleStage = "notice-suspended"   // that notice was suspended
	LifecycleStageNoticeWithdrawn   LifecycleStage = "notice-withdrawn"   // that notice was withdrawn
	LifecycleStageTerminated        LifecycleStage = "terminated"         // ended by a party or by both
	LifecycleStageExpired           LifecycleStage = "expired"            // ended at the end of its term
	LifecycleStageAmended           LifecycleStage = "amended"            // its text amended
	LifecycleStageSuperseded        LifecycleStage = "superseded"         // replaced by another instrument
)

var lifecycleStages = [...]LifecycleStage{
	LifecycleStageRatified, LifecycleStageInForce, LifecycleStageSuspended, LifecycleStageResumed,
	LifecycleStageTerminationNotice, LifecycleStageNoticeSuspended, LifecycleStageNoticeWithdrawn,
	LifecycleStageTerminated, LifecycleStageExpired, LifecycleStageAmended, LifecycleStageSuperseded,
}

// LifecycleStages returns every defined LifecycleStage, in documentation order.
func LifecycleStages() []LifecycleStage { return slices.Clone(lifecycleStages[:]) }

// Valid reports whether v is one of the defined values of LifecycleStage.
func (v LifecycleStage) Valid() bool { return slices.Contains(lifecycleStages[:], v) }

// IsFinal reports whether v ends the instrument: terminated, expired or superseded.
func (v LifecycleStage) IsFinal() bool {
	return v == LifecycleStageTerminated || v == LifecycleStageExpired || v == LifecycleStageSuperseded
}

// LifecycleStep is one dated step of an instrument's lifecycle.
type LifecycleStep struct {
	// Stage is the stage entered. Cardinality: mandatory, one.
	Stage LifecycleStage `json:"stage"`
	// Date is when it was entered. Cardinality: mandatory, one.
	Date Date `json:"date,omitzero"`
	// Note explains the step (who gave notice, what was amended). Optional, one.
	Note Text `json:"note,omitempty"`
	// Sources cite where the step is reported. Optional, many.
	Sources []ID `json:"sources,omitempty"`
	// Extensions holds data the format does not define, kept token for token.
	Extensions Extensions `json:"extensions,omitempty"`
}

// Site is a place an instrument covers, such as a base of a basing or access agreement.
type Site struct {
	// Place is the place covered, one of the framework's Places. Cardinality: mandatory, one.
	Place ID `json:"place"`
	// Added is when the place came under the instrument. Optional, one.
	Added Date `json:"added,omitzero"`
	// Removed is when it ceased to be; absent while it is covered. Optional, one.
	Removed Date `json:"removed,omitzero"`
	// Sources cite where the site and its dates come from. Optional, many.
	Sources []ID `json:"sources,omitempty"`
	// Extensions holds data the format does not define, kept token for token.
	Extensions Extensions `json:"extensions,omitempty"`
}

// PlaceKind says what sort of place a Place is.
type PlaceKind string

// The kinds of place.
const (
	PlaceKindCity         PlaceKind = "city"          // a city or town: Washington
	PlaceKindRegion       PlaceKind = "region"        // a province, region or territory
	PlaceKindMilitaryBase PlaceKind = "military-base" // a military base or camp
	PlaceKindAirfield     PlaceKind = "airfield"      // an airfield or air base
	PlaceKindPort         PlaceKind = "port"          // a port or naval base
	PlaceKindIsland       PlaceKind = "island"        // an island
	PlaceKindSite         PlaceKind = "site"          // any other site
)

var placeKinds = [...]PlaceKind{
	PlaceKindCity, PlaceKindRegion, PlaceKindMilitaryBase, PlaceKindAirfield, PlaceKindPort,
	PlaceKindIsland, PlaceKindSite,
}

// PlaceKinds returns every defined PlaceKind, in documentation order.
func PlaceKinds() []PlaceKind { return slices.Clone(placeKinds[:]) }

// Valid reports whether v is one of the defined values of PlaceKind.
func (v PlaceKind) Valid() bool { return slices.Contains(placeKinds[:], v) }

// Place is a place events happen at and instruments cover.
type Place struct {
	// ID identifies the place. Cardinality: mandatory, one.
	ID ID `json:"id"`
	// Kind is what sort of place it is. Cardinality: mandatory, one.
	Kind PlaceKind `json:"kind"`
	// Name is the place's name by language. Cardinality: mandatory, one.
	Name Text `json:"name"`
	// ShortName is an abbreviation or short form. Optional, one.
	ShortName Text `json:"shortName,omitempty"`
	// Aliases are other names and spellings of the place. Optional, many.
	Aliases []Text `json:"aliases,omitempty"`
	// Country is the ISO 3166-1 alpha-2 code of the country the place is in. Optional, one.
	Country string `json:"country,omitempty"`
	// Parent is the place this one is in (a base's region). Optional, one.
	Parent ID `json:"parent,omitempty"`
	// Coordinates are where the place is on the globe. Optional, one.
	Coordinates *Coordinates `json:"coordinates,omitempty"`
	// Description says what the place is. Optional, one.
	Description Text `json:"description,omitempty"`
	// Sources cite where the facts about the place come from. Optional, many.
	Sources []ID `json:"sources,omitempty"`
	// Extensions holds data the format does not define, kept token for token.
	Extensions Extensions `json:"extensions,omitempty"`
}

// Coordinates are a point on the globe in WGS 84 degrees.
type Coordinates struct {
	// Lat is the latitude, from -90 (south) to 90 (north). Cardinality: mandatory, one.
	Lat float64 `json:"lat"`
	// Lon is the longitude, from -180 (west) to 180 (east). Cardinality: mandatory, one.
	Lon float64 `json:"lon"`
}

// Collection names one of a framework's lists of entities, as its JSON member is named.
type Collection string

// The collections, in the order of the format.
const (
	CollectionStakeholders Collection = "stakeholders"
	CollectionInstruments  Collection = "instruments"
	CollectionEvents       Collection = "events"
	CollectionCommitments  Collection = "commitments"
	CollectionAssessments  Collection = "assessments"
	CollectionPlaces       Collection = "places"
	CollectionSources      Collection = "sources"
	// CollectionFramework stands for the framework's own fields (format, id, title…) in a
	// Change; it is not a list of entities.
	CollectionFramework Collection = "framework"
)

// Lookup returns the entity whose ID is id, as a pointer into f (a *Stakeholder,
// *Instrument, *Event, *Commitment, *Assessment, *Place or *Source), with its path in the document
// ("/events/3"). When several entities have the ID, which validation reports, the first in
// document order is returned. It returns nil and a nil Path when no entity has it.
//
// Lookup walks the collections each time it is called; a program that looks up many IDs in a
// large framework builds its own map once.
func (f *Framework) Lookup(id ID) (entity any, at Path) {
	if f == nil || id == "" {
		return nil, nil
	}
	if e, i := find(f.Stakeholders, id, func(s *Stakeholder) ID { return s.ID }); e != nil {
		return e, Path{string(CollectionStakeholders)}.Index(i)
	}
	if e, i := find(f.Instruments, id, func(in *Instrument) ID { return in.ID }); e != nil {
		return e, Path{string(CollectionInstruments)}.Index(i)
	}
	if e, i := find(f.Events, id, func(ev *Event) ID { return ev.ID }); e != nil {
		return e, Path{string(CollectionEvents)}.Index(i)
	}
	if e, i := find(f.Commitments, id, func(c *Commitment) ID { return c.ID }); e != nil {
		return e, Path{string(CollectionCommitments)}.Index(i)
	}
	if e, i := find(f.Assessments, id, func(a *Assessment) ID { return a.ID }); e != nil {
		return e, Path{string(CollectionAssessments)}.Index(i)
	}
	if e, i := find(f.Places, id, func(pl *Place) ID { return pl.ID }); e != nil {
		return e, Path{string(CollectionPlaces)}.Index(i)
	}
	if e, i := find(f.Sources, id, func(s *Source) ID { return s.ID }); e != nil {
		return e, Path{string(CollectionSources)}.Index(i)
	}
	return nil, nil
}

// find returns a pointer to the first element of list whose ID is id, and its index.
func find[E any](list []E, id ID, idOf func(*E) ID) (*E, int) {
	for i := range list {
		if idOf(&list[i]) == id {
			return &list[i], i
		}
	}
	return nil, -1
}
