package main

import "github.com/jscd-go/jscd/jscd"

// The instrument IDs, used by events, commitments and assessments.
const (
	sfa = "strategic-framework-agreement"
	sd  = "strategic-dialogue"
	hcc = "higher-coordination-committee"
	dlg = "jscd"
)

// bothStates are the two parties of every instrument of the framework.
func bothStates() []jscd.ID { return ids("united-states", "iraq") }

func instruments() []jscd.Instrument {
	return []jscd.Instrument{sfaInstrument(), sdInstrument(), hccInstrument(), jscdInstrument()}
}

func sfaInstrument() jscd.Instrument {
	return jscd.Instrument{
		ID:   sfa,
		Kind: jscd.InstrumentKindFrameworkAgreement,
		Name: enArCkb("Strategic Framework Agreement", "اتفاقية الإطار الاستراتيجي",
			"ڕێککەوتنی چوارچێوەی ستراتیژی"),
		// SFA is the usual abbreviation; the article writes the name in full. Arabic has no
		// usual abbreviation, so its short form is the name itself, which has no "US-Iraq" to drop.
		ShortName: enAr("SFA", "اتفاقية الإطار الاستراتيجي"),
		Parties:   bothStates(),
		Areas: areas(jscd.AreaDefense, jscd.AreaPolitics, jscd.AreaEnergy, jscd.AreaEconomy,
			jscd.AreaLaw, jscd.AreaCulture, jscd.AreaHealth, jscd.AreaTechnology),
		// The article speaks of it in the present ("has an important place in US-Iraq
		// relations"), so its span is open-ended.
		Date:   date("2008/.."),
		Signed: date("2008"),
		Description: en("Signed in 2008, it \"drew a framework that includes cooperation between " +
			"the two countries in areas such as defense, politics, energy, economy, law, culture, " +
			"health and technology\"; with it \"a long-term policy regarding cooperation was " +
			"established\"."),
		Sources: cites(),
	}
}

func sdInstrument() jscd.Instrument {
	return jscd.Instrument{
		ID:      sd,
		Kind:    jscd.InstrumentKindDialogue,
		Name:    enAr("US-Iraq Strategic Dialogue", "الحوار الاستراتيجي بين الولايات المتحدة والعراق"),
		Parties: bothStates(),
		Date:    date("2020/2021"),
		Description: en("It \"consists of four rounds of talks between the USA and Iraq between " +
			"the years 2020-2021\"; the fourth was held on 23 July 2021."),
		Sources: cites(),
	}
}

func hccInstrument() jscd.Instrument {
	return jscd.Instrument{
		ID:   hcc,
		Kind: jscd.InstrumentKindCommittee,
		Name: enAr("US-Iraq High Coordination Committee",
			"اللجنة التنسيقية العليا بين الولايات المتحدة والعراق"),
		// Arabic writes no abbreviation: the short form drops "US-Iraq".
		ShortName: enAr("HCC", "اللجنة التنسيقية العليا"),
		// The committee's official name, from the public record; the article does not use it.
		Aliases: []jscd.Text{en("Higher Coordinating Committee")},
		Parties: bothStates(),
		Areas: areas(jscd.AreaDevelopment, jscd.AreaHumanitarian, jscd.AreaEconomy,
			jscd.AreaEducation, jscd.AreaCulture),
		Description: en("The article names it " +
			"\"US-Iraq High Coordination Committee of 2023\": its discussions of 2023 cover " +
			"planned support to Iraq in development, humanitarian aid, economy, education and " +
			"culture, and continue the US-Iraq talks that started before the government of " +
			"Mohammed Shia' al-Sudani. The article gives no date for the committee itself, so " +
			"none is given here; its 2023 discussions are an event. Its official name, Higher " +
			"Coordinating Committee, is a matter of public record."),
		Sources: citesNames(),
	}
}

func jscdInstrument() jscd.Instrument {
	return jscd.Instrument{
		ID:   dlg,
		Kind: jscd.InstrumentKindDialogue,
		Name: enAr("US-Iraq Joint Security Cooperation Dialogue",
			"حوار التعاون الأمني المشترك بين الولايات المتحدة والعراق"),
		ShortName: enAr("JSCD", "حوار التعاون الأمني المشترك"),
		Parties:   bothStates(),
		Areas: areas(jscd.AreaSecurity, jscd.AreaDefense, jscd.AreaCounterterrorism,
			jscd.AreaTraining, jscd.AreaIntelligence, jscd.AreaArmsTransfer, jscd.AreaExercises,
			jscd.AreaHumanitarian),
		Date: date("2023-08-07/.."),
		Relations: []jscd.Relation{
			{Type: jscd.RelationTypeBasedOn, To: sfa, Sources: cites()},
			{Type: jscd.RelationTypeBasedOn, To: sd, Sources: cites()},
			{Type: jscd.RelationTypeBasedOn, To: hcc, Sources: cites()},
			// The article also says that "it can be said" the JSCD "is a complement to" all
			// three: a hedged judgement of its authors, recorded as the assessment
			// jscd-complements-its-foundations, not as a relation.
		},
		Description: en("It \"covers the cooperation mechanism of the US and Iraq in the field of " +
			"security\" and it \"consists of the August 7-8, 2023 talks led by the Iraqi Ministry of " +
			"Defense and the US Department of Defense\". It is \"based on the Strategic Framework " +
			"Agreement of 2008 and the bilateral meetings held on the basis of the Strategic " +
			"Dialogue and the US-Iraq High Coordination Committee\". That it \"is a complement " +
			"to\" all three is the authors' judgement (\"it can be said\"), recorded as an " +
			"assessment. Its span is open-ended: the Iraqi delegation intends new meetings."),
		Sources: cites(),
	}
}
