package main

import "github.com/jscd-go/jscd/jscd"

// withdrawal is the ID of the round-4 decision, the one commitment of 2021.
const withdrawal = "us-combat-forces-leave-iraq-by-end-2021"

// talksDate is the date of the JSCD talks, at which the 2023 commitments were made.
const talksDate = "2023-08-07/2023-08-08"

// agreedAt is a status history of one step: agreed on the given date, as the article reports.
func agreedAt(d string) []jscd.StatusChange {
	return []jscd.StatusChange{{Status: jscd.StatusAgreed, Date: date(d), Sources: cites()}}
}

func commitments() []jscd.Commitment {
	out := []jscd.Commitment{
		{
			ID:       withdrawal,
			By:       bothStates(),
			Text:     en("US combat forces to leave Iraq by the end of 2021."),
			Strength: jscd.StrengthDecision,
			Areas:    areas(jscd.AreaForcePosture),
			MadeAt:   round4,
			Due:      date("2021"),
			Status:   agreedAt("2021-07-23"),
			Sources:  cites(),
		},
		{
			ID:       "us-support-for-iraqi-security-forces",
			By:       ids("united-states"),
			To:       ids("iraqi-security-forces"),
			Text:     en("The US delegation confirmed US support for the Iraqi security forces."),
			Strength: jscd.StrengthPledge,
			Areas:    areas(jscd.AreaSecurity, jscd.AreaDefense),
			MadeAt:   talks,
			Status:   agreedAt(talksDate),
			Sources:  cites(),
		},
		{
			ID: "review-coalition-operational-support",
			// The article puts it in the passive ("it was stated that ... would be reviewed"),
			// so it is attributed to both sides of the talks.
			By: bothStates(),
			Text: en("The operational support the US provides through the Global Coalition " +
				"against ISIS is to be reviewed."),
			Strength: jscd.StrengthReview,
			Areas:    areas(jscd.AreaCounterterrorism, jscd.AreaSecurity),
			MadeAt:   talks,
			Status:   agreedAt(talksDate),
			Sources:  cites(),
		},
		{
			ID: "protect-coalition-personnel-and-facilities",
			By: ids("government-of-iraq"),
			To: ids("global-coalition-against-isis", "united-states"),
			Text: en("The Iraqi government is committed to protect coalition, international and " +
				"US personnel, advisers, convoys and diplomatic facilities, as the Iraqi delegation " +
				"underlined."),
			Strength: jscd.StrengthPledge,
			Areas:    areas(jscd.AreaSecurity),
			MadeAt:   talks,
			Status:   agreedAt(talksDate),
			Sources:  cites(),
		},
		{
			ID:   "new-meetings-on-security-needs",
			By:   ids("iraq"),
			To:   ids("united-states"),
			Text: en("The Iraqi delegation intends to hold new meetings to discuss current and future security needs."),
			// An expressed intention: nothing is yet agreed, so there is no status history.
			Strength: jscd.StrengthIntent,
			Areas:    areas(jscd.AreaSecurity),
			MadeAt:   talks,
			Sources:  cites(),
		},
	}
	return append(out, discussed()...)
}

// discussed are the matters the article says "were discussed" at the JSCD talks: no side
// undertook them yet, so they carry no status history.
func discussed() []jscd.Commitment {
	item := func(id, text string, a ...jscd.Area) jscd.Commitment {
		return jscd.Commitment{
			ID: jscd.ID(id), By: bothStates(), Text: en(text), Strength: jscd.StrengthDiscussed,
			Areas: a, MadeAt: talks, Sources: cites(),
		}
	}
	return []jscd.Commitment{
		item("repatriation-from-north-east-syria",
			"Sending the displaced people and detainees in north-east Syria back to their "+
				"countries of origin, and rehabilitation efforts for them (one of the top concerns "+
				"of the Iraqi government).", jscd.AreaHumanitarian, jscd.AreaSecurity),
		item("expand-foreign-military-financing",
			"Expanding the support the US gives Iraq as foreign military financing (FMF).",
			jscd.AreaArmsTransfer),
		item("more-training-for-iraqi-military-experts",
			"Increasing the training opportunities for Iraqi military experts.", jscd.AreaTraining),
		item("continued-training-support-and-intelligence-sharing",
			"Continuing to support Iraq in training, support and intelligence sharing.",
			jscd.AreaTraining, jscd.AreaIntelligence),
		item("more-centcom-exercises",
			"Expanding the opportunities for Iraq to take part in exercises conducted under the "+
				"leadership of CENTCOM.", jscd.AreaExercises),
	}
}
