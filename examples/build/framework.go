package main

import "github.com/jscd-go/jscd/jscd"

// Build returns the illustrative Japan–India framework. Japan and India are real states;
// the instruments, events, people, commitments and sources are fictional.
func Build() *jscd.Framework {
	return &jscd.Framework{
		Format: jscd.FormatTag,
		ID:     "illustrative-japan-india",
		Title: jscd.Text{
			"en": "Illustrative Japan–India defence framework (fictional data)",
			"ja": "日印防衛協力の枠組み（架空のデータ）",
		},
		Stakeholders: stakeholders(),
		Instruments:  instruments(),
		Events:       events(),
		Commitments:  commitments(),
		Assessments: []jscd.Assessment{{
			ID:         "assessment-dialogue-steady",
			Text:       jscd.Text{"en": "The dialogue has settled into a yearly rhythm."},
			About:      []jscd.ID{"defence-policy-dialogue"},
			By:         []jscd.ID{"example-institute"},
			Confidence: jscd.ConfidenceModerate,
			Date:       date("2021-03"),
			Sources:    []jscd.ID{"institute-paper"},
		}},
		Sources: []jscd.Source{{
			ID:        "joint-statement-round-1",
			Kind:      jscd.SourceKindOfficial,
			Title:     jscd.Text{"en": "Joint statement on the first round (fictional)"},
			Publisher: "japan-mod",
			Published: date("2019-04-15"),
		}, {
			ID:        "institute-paper",
			Kind:      jscd.SourceKindAnalysis,
			Title:     jscd.Text{"en": "Two years of the defence policy dialogue (fictional)"},
			Publisher: "example-institute",
			Published: date("2021-03"),
		}},
	}
}

// stakeholders are the two states, a ministry of each, a think tank and two fictional people
// whose positions let role.not-held check who led each delegation.
func stakeholders() []jscd.Stakeholder {
	return []jscd.Stakeholder{
		{ID: "japan", Kind: jscd.StakeholderKindState, Country: "JP",
			Name: jscd.Text{"en": "Japan", "ja": "日本", "hi": "जापान"}},
		{ID: "india", Kind: jscd.StakeholderKindState, Country: "IN",
			Name: jscd.Text{"en": "India", "ja": "インド", "hi": "भारत"}},
		{ID: "japan-mod", Kind: jscd.StakeholderKindMinistry, Country: "JP", Parent: "japan",
			Name: jscd.Text{"en": "Ministry of Defense", "ja": "防衛省"}},
		{ID: "india-mod", Kind: jscd.StakeholderKindMinistry, Country: "IN", Parent: "india",
			Name: jscd.Text{"en": "Ministry of Defence", "hi": "रक्षा मंत्रालय"}},
		{ID: "example-institute", Kind: jscd.StakeholderKindThinkTank,
			Name: jscd.Text{"en": "Example Institute (fictional)"}},
		{ID: "taro-yamada", Kind: jscd.StakeholderKindPerson,
			Name:    jscd.Text{"en": "Taro Yamada (fictional)", "ja": "山田太郎"},
			Aliases: []jscd.Text{{"en": "Yamada Taro"}},
			Positions: []jscd.Position{{
				Title:        jscd.Text{"en": "Vice-Minister of Defense (fictional)"},
				Organization: "japan-mod",
				From:         date("2018-09"),
				To:           date("2021-09"),
			}}},
		{ID: "person-b", Kind: jscd.StakeholderKindPerson,
			Name: jscd.Text{"en": "Person B (fictional)"},
			Positions: []jscd.Position{{
				Title:        jscd.Text{"en": "Defence Secretary (fictional)"},
				Organization: "india-mod",
				From:         date("2019"),
			}}},
	}
}

// instruments are a memorandum, a dialogue based on it and a working group that is part of the
// dialogue and implements the memorandum: the lineage main asks about.
func instruments() []jscd.Instrument {
	both := []jscd.ID{"japan", "india"}
	return []jscd.Instrument{{
		ID:      "defence-memorandum",
		Kind:    jscd.InstrumentKindMemorandum,
		Name:    jscd.Text{"en": "Memorandum on Defence Cooperation (fictional)"},
		Parties: both,
		// "shipbuilding" is not among jscd.Areas(): kept on purpose, to show that an open
		// vocabulary only warns (area.unknown) and does not stop Validate.
		Areas:   []jscd.Area{jscd.AreaDefense, jscd.AreaTraining, "shipbuilding"},
		Signed:  date("2018-03-10"),
		Date:    date("2018-03-10/.."),
		Status:  jscd.InstrumentStatusActive,
		Sources: []jscd.ID{"joint-statement-round-1"},
	}, {
		ID:        "defence-policy-dialogue",
		Kind:      jscd.InstrumentKindDialogue,
		Name:      jscd.Text{"en": "Defence Policy Dialogue (fictional)"},
		Parties:   both,
		Date:      date("2019/.."),
		Status:    jscd.InstrumentStatusActive,
		Relations: []jscd.Relation{{Type: jscd.RelationTypeBasedOn, To: "defence-memorandum"}},
	}, {
		ID:      "joint-working-group",
		Kind:    jscd.InstrumentKindCommittee,
		Name:    jscd.Text{"en": "Joint Working Group on Equipment (fictional)"},
		Parties: both,
		Areas:   []jscd.Area{jscd.AreaArmsTransfer, jscd.AreaTechnology},
		Date:    date("2020-05/.."),
		Relations: []jscd.Relation{
			{Type: jscd.RelationTypePartOf, To: "defence-policy-dialogue"},
			{Type: jscd.RelationTypeImplements, To: "defence-memorandum"},
		},
	}}
}

// events are two rounds of the dialogue and a meeting of the working group.
func events() []jscd.Event {
	return []jscd.Event{{
		ID: "dialogue-round-1", Kind: jscd.EventKindRound, Round: 1,
		Name:       jscd.Text{"en": "First round of the Defence Policy Dialogue (fictional)"},
		Instrument: "defence-policy-dialogue",
		Date:       date("2019-04-15"),
		Location:   &jscd.Location{Name: jscd.Text{"en": "Tokyo", "ja": "東京"}, Country: "JP"},
		Participants: []jscd.Participant{
			{Stakeholder: "taro-yamada", Role: jscd.RoleLead, Delegation: "japan"},
			{Stakeholder: "person-b", Role: jscd.RoleLead, Delegation: "india"},
			{Stakeholder: "japan-mod", Role: jscd.RoleHost},
		},
		Topics:   []jscd.Topic{{Text: jscd.Text{"en": "Staff exchanges"}, Areas: []jscd.Area{jscd.AreaTraining}}},
		Outcomes: []jscd.Text{{"en": "The sides agreed to set up a working group on equipment."}},
		Sources:  []jscd.ID{"joint-statement-round-1"},
	}, {
		ID: "dialogue-round-2", Kind: jscd.EventKindRound, Round: 2,
		Name:       jscd.Text{"en": "Second round of the Defence Policy Dialogue (fictional)"},
		Instrument: "defence-policy-dialogue",
		Date:       date("2020-11"),
		Location:   &jscd.Location{Name: jscd.Text{"en": "New Delhi", "hi": "नई दिल्ली"}, Country: "IN"},
		Participants: []jscd.Participant{
			{Stakeholder: "taro-yamada", Role: jscd.RoleLead, Delegation: "japan"},
			{Stakeholder: "person-b", Role: jscd.RoleLead, Delegation: "india"},
		},
		Sources: []jscd.ID{"institute-paper"},
	}, {
		ID: "jwg-meeting-1", Kind: jscd.EventKindMeeting,
		Name:       jscd.Text{"en": "First meeting of the Joint Working Group (fictional)"},
		Instrument: "joint-working-group",
		Date:       date("2021-02-03"),
		Participants: []jscd.Participant{
			{Stakeholder: "japan-mod", Role: jscd.RoleDelegate, Delegation: "japan"},
			{Stakeholder: "india-mod", Role: jscd.RoleDelegate, Delegation: "india"},
		},
		Sources: []jscd.ID{"institute-paper"},
	}}
}

// commitments cover the due states on the report's day: two fulfilled, one due, one overdue.
func commitments() []jscd.Commitment {
	return []jscd.Commitment{{
		ID: "hold-round-2-in-india", By: []jscd.ID{"india"}, To: []jscd.ID{"japan"},
		Text:     jscd.Text{"en": "Host the second round of the dialogue."},
		Strength: jscd.StrengthIntent, MadeAt: "dialogue-round-1", Due: date("2020"),
		Status: []jscd.StatusChange{
			{Status: jscd.CommitmentStatusAgreed, Date: date("2019-04-15")},
			{Status: jscd.CommitmentStatusFulfilled, Date: date("2020-11")},
		},
		Sources: []jscd.ID{"joint-statement-round-1", "institute-paper"},
	}, {
		ID: "set-up-working-group", By: []jscd.ID{"japan", "india"},
		Text:     jscd.Text{"en": "Set up a joint working group on equipment."},
		Strength: jscd.StrengthDecision, MadeAt: "dialogue-round-1", Due: date("2020-06"),
		Areas: []jscd.Area{jscd.AreaArmsTransfer},
		Status: []jscd.StatusChange{
			{Status: jscd.CommitmentStatusAgreed, Date: date("2019-04-15")},
			{Status: jscd.CommitmentStatusInProgress, Date: date("2019-10")},
			{Status: jscd.CommitmentStatusFulfilled, Date: date("2020-05")},
		},
		Sources: []jscd.ID{"institute-paper"},
	}, {
		ID: "staff-exchange-by-2021", By: []jscd.ID{"japan"}, To: []jscd.ID{"india"},
		Text:     jscd.Text{"en": "Start a yearly staff exchange by the end of 2021."},
		Strength: jscd.StrengthPledge, MadeAt: "dialogue-round-2", Due: date("2021"),
		Areas:   []jscd.Area{jscd.AreaTraining},
		Status:  []jscd.StatusChange{{Status: jscd.CommitmentStatusAgreed, Date: date("2020-11")}},
		Sources: []jscd.ID{"institute-paper"},
	}, {
		ID: "review-equipment-list", By: []jscd.ID{"japan", "india"},
		Text:     jscd.Text{"en": "Review the list of equipment projects."},
		Strength: jscd.StrengthReview, MadeAt: "jwg-meeting-1", Due: date("2021-03"),
		Sources: []jscd.ID{"institute-paper"},
	}}
}

// date parses an EDTF date written in this file; a typo here is a bug, so it panics, as
// jscd.MustParseDate does under a longer name.
func date(s string) jscd.Date {
	d, err := jscd.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}
