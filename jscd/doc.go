// Package jscd gives typed models and validation for bilateral security-cooperation
// frameworks: the agreements, dialogues, committees, meetings, commitments and stakeholders
// through which two states organise their defence relationship.
//
// # The document
//
// One JSON document of format "jscd/1" describes one framework, a [Framework]. It holds:
//
//   - [Stakeholder]s: states, governments, ministries, commands, coalitions, courts,
//     legislatures, armed groups, think tanks, media, and people with the [Position]s they
//     held over time;
//   - [Instrument]s: the standing things (treaties, agreements, dialogues, committees), with
//     their parties, areas of cooperation, dates, a dated [LifecycleStep] history
//     (ratification, entry into force, suspension, notice of termination…), the [Site]s they
//     cover and typed [Relation]s to one another;
//   - [Event]s: rounds, meetings, visits, statements, signings, ratifications, rulings and
//     exercises, with [Participant]s, topics and a [Location];
//   - [Commitment]s: who undertook what towards whom, how firmly, due when, with a dated
//     status history;
//   - [Assessment]s: analytic judgements attributed to a source;
//   - [Place]s: cities, regions, bases, airfields, ports and islands, with [Coordinates];
//   - [Source]s: where each fact comes from.
//
// Entities refer to one another by [ID]; nothing is nested by copy. Names and titles are
// [Text] values, one string per BCP 47 language tag, picked for a reader with [Text.In].
// Dates are [Date] values in EDTF (ISO 8601-2, levels 0 and 1) as the sources give them —
// "2008", "2020/2021", "2023-08-07/2023-08-08", "2023-07-31~" — and every comparison is
// span-aware: [Date.CertainlyBefore] and [Date.PossiblyBefore] are different questions.
// Data the format does not define goes under "extensions", every token kept as written.
//
// # Reading, checking, writing
//
// Data flows one way:
//
//	f, err := jscd.Decode(r)          // strict on structure: errors carry path, line, column
//	err = f.Validate()                // every rule over the whole document, all problems at once
//	issues := f.Check()               // the same, with warnings and infos
//	err = jscd.Encode(w, f)           // canonical form: Encode(Decode(x)) == x
//
// [CheckBytes] decodes and checks a text in hand, as an editor holds it, in one call, and
// gives every issue its line and column.
//
// Decode is strict about structure (an unknown field, a duplicate key or a wrong JSON type is
// an error with its JSON Pointer path, line and column, and a "did you mean") and lenient about
// values, so that one bad value never hides the rest of the report: an unknown enum value, a
// malformed date or a dangling reference decodes, and validation reports it.
//
// Every problem is an [*Issue] with a [Path] (printed as a JSON Pointer such as
// /commitments/3/due), a stable [Code] such as "ref.unresolved", a [Severity] (error, warning
// or info), and its message as a format with arguments. [Issue.Error] renders it in English,
// [Issue.LocalizedError] in the language of a *message.Printer ([NewPrinter] gives one for
// Arabic or Kurdish Sorani; a catalogue from [NewCatalog] adds a language or overrides a
// message), and [Issue.Message] gives the message alone, its arguments told from its words,
// for right-to-left pages and editors; an Issue marshals to JSON. Validate returns a
// *multierror.Error of issues; [Issues] takes them back out, and errors.Is(err, code) asks for
// one code. The rules are listed in docs/rules.md, and by [Rules]. A validation issue knows
// its path, not its place in the text: [Locate] finds the line and column of a path, counted
// as Decode counts them. Where a likely fix is known (a reference one typo from an ID, a
// misspelt kind or area), the message names it and Issue.Suggestion holds the value to put at
// the path.
//
// # Asking questions
//
// A decoded framework answers the questions analysts ask of it: which entity has an ID
// ([Framework.Lookup]), what rests on what ([Framework.Lineage]), what happened when
// ([Framework.Timeline]), which commitments are due or overdue and which instruments are in
// force on a given day ([Framework.StatusAsOf]), who or what "al-Sudani", "السوداني" or
// "EDCA" is ([Framework.Search]), and what changed between two versions ([Diff], whose
// [Changes] print one line per change).
//
// # Names
//
// An enumeration is a typed string holding the value as the JSON writes it, and each of its
// constants is the type's name followed by the value in CamelCase: StakeholderKindState =
// "state", AreaMaritimeSecurity = "maritime-security", DueStateNotYetMade = "not-yet-made".
// Each enumeration a document holds has a Valid method and a function listing its values in
// documentation order ([StakeholderKind.Valid], [StakeholderKinds]); validation reports a
// value not listed, with the nearest one listed. The integer enumerations follow the same
// scheme (SeverityInfo, PrecisionDay, ScoreExact), and so do the codes of issues
// (CodeTimeDueBeforeMade = "time.due-before-made").
//
// # Data and concurrency
//
// The bundled real frameworks, starting with the US–Iraq Joint Security Cooperation Dialogue
// of August 2023, are in the subpackage [github.com/jscd-go/jscd/jscd/datasets]. A *Framework
// returned by Decode is plain data: nothing in this package changes it, so any number of
// goroutines may read it at once.
package jscd
