package main

import (
	"fmt"

	"github.com/jscd-go/jscd/jscd"
)

// The event IDs, used by commitments and assessments.
const (
	round4  = "strategic-dialogue-round-4"
	talks   = "jscd-talks-2023-08"
	stroul  = "stroul-statement-2023-07"
	visit   = "abbasi-visit-to-us-2023-08"
	hccTalk = "hcc-discussions-2023"
)

func events() []jscd.Event {
	out := earlierRounds()
	out = append(out, round4Event(), hccEvent(), stroulEvent(), visitEvent(), talksEvent())
	return out
}

// roundName names round n of the Strategic Dialogue ("third round").
func roundName(n int) jscd.Text {
	enOrd := [...]string{"", "First", "Second", "Third", "Fourth"}
	arOrd := [...]string{"", "الأولى", "الثانية", "الثالثة", "الرابعة"}
	return enAr(enOrd[n]+" round of the US-Iraq Strategic Dialogue",
		"الجولة "+arOrd[n]+" من الحوار الاستراتيجي بين الولايات المتحدة والعراق")
}

// earlierRounds are rounds 1 to 3, which the article only counts: "four rounds of talks ...
// between the years 2020-2021", the fourth on 23 July 2021. Their dates are therefore given
// only as the span the article allows, from 2020 to that fourth round.
func earlierRounds() []jscd.Event {
	var out []jscd.Event
	for n := 1; n <= 3; n++ {
		out = append(out, jscd.Event{
			ID:         jscd.ID(fmt.Sprintf("strategic-dialogue-round-%d", n)),
			Kind:       jscd.EventKindRound,
			Name:       roundName(n),
			Instrument: sd,
			Round:      n,
			Date:       date("2020/2021-07-23"),
			Description: en("One of the four rounds of the Strategic Dialogue held between 2020 " +
				"and 2021. The article gives no date for it, only that it came before the fourth " +
				"round of 23 July 2021, so its date is the span from 2020 to that day."),
			Sources: cites(),
		})
	}
	return out
}

func round4Event() jscd.Event {
	return jscd.Event{
		ID:         round4,
		Kind:       jscd.EventKindRound,
		Name:       roundName(4),
		Instrument: sd,
		Round:      4,
		Date:       date("2021-07-23"),
		// No participants: the article says that al-Kadhimi and Biden came to a conclusion in
		// this round, not that they took part in it or in what role. The conclusion is the
		// round's outcome, and the decision a commitment made at it.
		Topics: []jscd.Topic{
			{
				Text: enAr("The presence of US combat forces in Iraq",
					"وجود القوات القتالية الأمريكية في العراق"),
				Areas: areas(jscd.AreaForcePosture),
			},
		},
		Outcomes: []jscd.Text{enAr("Iraqi Prime Minister Mustafa al-Kadhimi and US President Joe "+
			"Biden came to an important conclusion, including the decision for US combat forces to "+
			"leave Iraq by the end of 2021.",
			"توصل رئيس الوزراء العراقي مصطفى الكاظمي والرئيس الأمريكي جو بايدن إلى نتيجة مهمة، "+
				"منها قرار مغادرة القوات القتالية الأمريكية العراق بحلول نهاية عام 2021.")},
		Description: en("\"In the fourth round of strategic dialogue meeting held on July 23, " +
			"2021, then Iraqi Prime Minister Mustafa al-Kadhimi and US President Joe Biden came to " +
			"an important conclusion, including the decision for US combat forces to leave Iraq " +
			"by the end of 2021.\" The article does not say that the two leaders took part in " +
			"the round, nor in what role, so they are not recorded as participants; their " +
			"conclusion is the round's outcome."),
		Sources: cites(),
	}
}

func hccEvent() jscd.Event {
	return jscd.Event{
		ID:         hccTalk,
		Kind:       jscd.EventKindSession,
		Name:       enAr("High Coordination Committee discussions of 2023", "مباحثات اللجنة التنسيقية العليا لعام 2023"),
		Instrument: hcc,
		Date:       date("2023"),
		Topics: []jscd.Topic{{
			Text: enAr("Planned support to Iraq in development, humanitarian aid, economy, "+
				"education and culture",
				"الدعم المخطط تقديمه للعراق في مجالات التنمية والمساعدات الإنسانية والاقتصاد "+
					"والتعليم والثقافة"),
			Areas: areas(jscd.AreaDevelopment, jscd.AreaHumanitarian, jscd.AreaEconomy,
				jscd.AreaEducation, jscd.AreaCulture),
		}},
		Description: en("The \"US-Iraq High Coordination Committee of 2023\" \"covers " +
			"discussions on the planned support to Iraq on issues such as development, " +
			"humanitarian aid, economy, education and culture\". The article gives only the year."),
		Sources: cites(),
	}
}

func stroulEvent() jscd.Event {
	return jscd.Event{
		ID:   stroul,
		Kind: jscd.EventKindStatement,
		Name: enAr("Statement by Dana Stroul a week before the JSCD talks",
			"تصريح دانا سترول قبل أسبوع من مباحثات حوار التعاون الأمني المشترك"),
		Date: date("2023-07-31~"),
		Participants: []jscd.Participant{
			{Stakeholder: "dana-stroul", Role: jscd.RoleSpeaker, Delegation: "united-states"},
		},
		Topics: []jscd.Topic{{
			Text: enAr("A permanent defense relationship within a strategic partnership",
				"علاقة دفاعية دائمة في إطار شراكة استراتيجية"),
			Areas: areas(jscd.AreaDefense),
		}},
		Description: en("US Deputy Assistant Secretary of Defense for the Middle East Dana Stroul, " +
			"\"in a statement a week before the meeting, stated that they are interested in " +
			"establishing a permanent defense relationship within a strategic partnership\". The " +
			"article gives no date; a week before 7 August 2023 is about 31 July 2023, hence an " +
			"approximate day."),
		Sources: cites(),
	}
}

func visitEvent() jscd.Event {
	return jscd.Event{
		ID:   visit,
		Kind: jscd.EventKindVisit,
		Name: enAr("Visit of Defense Minister Sabit al-Abbasi to the United States",
			"زيارة وزير الدفاع ثابت العباسي إلى الولايات المتحدة"),
		Date:     date("2023-08"),
		Location: &jscd.Location{Name: enArCkb("United States", "الولايات المتحدة", "ئەمریکا"), Country: "US"},
		Participants: []jscd.Participant{
			{Stakeholder: "sabit-al-abbasi", Role: jscd.RoleLead, Delegation: "iraq"},
		},
		Topics: []jscd.Topic{{
			Text:  enArCkb("Security cooperation", "التعاون الأمني", "هاوکاریی ئەمنی"),
			Areas: areas(jscd.AreaSecurity),
		}},
		Description: en("\"This week, Iraq's Defense Minister Sabit al-Abbasi traveled to the " +
			"United States where he held a series of meetings on security cooperation and " +
			"attended the US-Iraq Joint Security Cooperation Dialogue (JSCD).\" The article does " +
			"not give the days of the visit, only that it included the talks of 7–8 August 2023, " +
			"so it is dated to the month."),
		Sources: cites(),
	}
}

func talksEvent() jscd.Event {
	return jscd.Event{
		ID:         talks,
		Kind:       jscd.EventKindMeeting,
		Name:       enAr("JSCD talks in Washington", "مباحثات حوار التعاون الأمني المشترك في واشنطن"),
		Instrument: dlg,
		Date:       date("2023-08-07/2023-08-08"),
		Location:   &jscd.Location{Name: enArCkb("Washington", "واشنطن", "واشنتن"), Country: "US"},
		Participants: []jscd.Participant{
			{Stakeholder: "iraqi-ministry-of-defense", Role: jscd.RoleLead, Delegation: "iraq"},
			{Stakeholder: "us-department-of-defense", Role: jscd.RoleLead, Delegation: "united-states"},
			{Stakeholder: "sabit-al-abbasi", Role: jscd.RoleChair, Delegation: "iraq"},
		},
		Topics: talksTopics(),
		Outcomes: []jscd.Text{enAr("A new understanding was reached in Washington.",
			"جرى التوصل إلى تفاهم جديد في واشنطن.")},
		Description: en("\"The JSCD consists of the August 7-8, 2023 talks led by the Iraqi " +
			"Ministry of Defense and the US Department of Defense.\" The Iraqi delegation was " +
			"chaired by Defense Minister Sabit al-Abbasi. The article does not number the talks " +
			"as a round."),
		Sources: cites(),
	}
}

// talksTopics are the agenda of the JSCD talks, in the article's order.
func talksTopics() []jscd.Topic {
	topic := func(english, arabic string, a ...jscd.Area) jscd.Topic {
		return jscd.Topic{Text: enAr(english, arabic), Areas: a}
	}
	return []jscd.Topic{
		topic("Common opportunities and challenges, focusing on the success of the campaign "+
			"against ISIS",
			"الفرص والتحديات المشتركة، مع التركيز على نجاح الحملة ضد داعش",
			jscd.AreaCounterterrorism, jscd.AreaSecurity),
		topic("US support for the Iraqi security forces",
			"دعم الولايات المتحدة للقوات الأمنية العراقية",
			jscd.AreaSecurity, jscd.AreaDefense),
		topic("Review of the operational support the US provides through the Global Coalition "+
			"against ISIS",
			"مراجعة الدعم العملياتي الذي تقدمه الولايات المتحدة من خلال التحالف الدولي ضد داعش",
			jscd.AreaCounterterrorism, jscd.AreaSecurity),
		topic("Sending displaced people and detainees in north-east Syria back to their "+
			"countries of origin, and their rehabilitation",
			"إعادة النازحين والمحتجزين في شمال شرق سوريا إلى بلدانهم الأصلية، وإعادة تأهيلهم",
			jscd.AreaHumanitarian, jscd.AreaSecurity),
		topic("Expanding US foreign military financing (FMF) for Iraq",
			"توسيع التمويل العسكري الأجنبي الأمريكي (FMF) للعراق",
			jscd.AreaArmsTransfer),
		topic("More training opportunities for Iraqi military experts",
			"مزيد من فرص التدريب للخبراء العسكريين العراقيين",
			jscd.AreaTraining),
		topic("Continued support for Iraq in training, support and intelligence sharing",
			"استمرار دعم العراق في التدريب والدعم وتبادل المعلومات الاستخبارية",
			jscd.AreaTraining, jscd.AreaIntelligence),
		topic("More opportunities for Iraq to take part in exercises led by CENTCOM",
			"مزيد من الفرص لمشاركة العراق في التمارين التي تقودها القيادة المركزية الأمريكية",
			jscd.AreaExercises),
		topic("Protection of coalition, international and US personnel, advisers, convoys and "+
			"diplomatic facilities",
			"حماية أفراد التحالف والأفراد الدوليين والأمريكيين، والمستشارين والقوافل والمنشآت "+
				"الدبلوماسية",
			jscd.AreaSecurity),
		topic("New meetings on current and future security needs",
			"اجتماعات جديدة بشأن الاحتياجات الأمنية الحالية والمستقبلية",
			jscd.AreaSecurity),
		topic("Long-term security cooperation",
			"التعاون الأمني طويل الأمد",
			jscd.AreaSecurity, jscd.AreaDefense),
	}
}
