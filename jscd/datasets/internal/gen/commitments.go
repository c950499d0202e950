package main

import "github.com/jscd-go/jscd/jscd"

// withdrawal is the ID of the round-4 decision, the one commitment of 2021.
const withdrawal = "us-combat-forces-leave-iraq-by-end-2021"

// talksDate is the date of the JSCD talks, at which the 2023 commitments were made.
const talksDate = "2023-08-07/2023-08-08"

// agreedAt is a status history of one step: agreed on the given date, as the article reports.
func agreedAt(d string) []jscd.StatusChange {
	return []jscd.StatusChange{{Status: jscd.CommitmentStatusAgreed, Date: date(d), Sources: cites()}}
}

func commitments() []jscd.Commitment {
	out := []jscd.Commitment{
		{
			ID: withdrawal,
			By: bothStates(),
			Text: enAr("US combat forces to leave Iraq by the end of 2021.",
				"مغادرة القوات القتالية الأمريكية العراق بحلول نهاية عام 2021."),
			Strength: jscd.StrengthDecision,
			Areas:    areas(jscd.AreaForcePosture),
			MadeAt:   round4,
			Due:      date("2021"),
			Status: []jscd.StatusChange{{
				Status: jscd.CommitmentStatusAgreed,
				Date:   date("2021-07-23"),
				Note: enAr("In the fourth round of the Strategic Dialogue, Mustafa al-Kadhimi and "+
					"Joe Biden came to the conclusion that included this decision.",
					"في الجولة الرابعة من الحوار الاستراتيجي توصل مصطفى الكاظمي وجو بايدن إلى "+
						"النتيجة التي تضمنت هذا القرار."),
				Sources: cites(),
			}},
			Sources: cites(),
		},
		{
			ID: "us-support-for-iraqi-security-forces",
			By: ids("united-states"),
			To: ids("iraqi-security-forces"),
			Text: enAr("The US delegation confirmed US support for the Iraqi security forces.",
				"أكد الوفد الأمريكي دعم الولايات المتحدة للقوات الأمنية العراقية."),
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
			Text: enAr("The operational support the US provides through the Global Coalition "+
				"against ISIS is to be reviewed.",
				"ستجري مراجعة الدعم العملياتي الذي تقدمه الولايات المتحدة من خلال التحالف "+
					"الدولي ضد داعش."),
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
			Text: enAr("The Iraqi government is committed to protect coalition, international and "+
				"US personnel, advisers, convoys and diplomatic facilities, as the Iraqi delegation "+
				"underlined.",
				"تلتزم الحكومة العراقية بحماية أفراد التحالف والأفراد الدوليين والأمريكيين، "+
					"والمستشارين والقوافل والمنشآت الدبلوماسية، كما شدد الوفد العراقي."),
			Strength: jscd.StrengthPledge,
			Areas:    areas(jscd.AreaSecurity),
			MadeAt:   talks,
			Status:   agreedAt(talksDate),
			Sources:  cites(),
		},
		{
			ID: "new-meetings-on-security-needs",
			By: ids("iraq"),
			To: ids("united-states"),
			Text: enAr("The Iraqi delegation intends to hold new meetings to discuss current and future security needs.",
				"يعتزم الوفد العراقي عقد اجتماعات جديدة لمناقشة الاحتياجات الأمنية الحالية والمستقبلية."),
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
	item := func(id, english, arabic string, a ...jscd.Area) jscd.Commitment {
		return jscd.Commitment{
			ID: jscd.ID(id), By: bothStates(), Text: enAr(english, arabic), Strength: jscd.StrengthDiscussed,
			Areas: a, MadeAt: talks, Sources: cites(),
		}
	}
	return []jscd.Commitment{
		item("repatriation-from-north-east-syria",
			"Sending the displaced people and detainees in north-east Syria back to their "+
				"countries of origin, and rehabilitation efforts for them (one of the top concerns "+
				"of the Iraqi government).",
			"إعادة النازحين والمحتجزين في شمال شرق سوريا إلى بلدانهم الأصلية، وجهود إعادة "+
				"تأهيلهم (وهي من أبرز شواغل الحكومة العراقية).",
			jscd.AreaHumanitarian, jscd.AreaSecurity),
		item("expand-foreign-military-financing",
			"Expanding the support the US gives Iraq as foreign military financing (FMF).",
			"توسيع الدعم الذي تقدمه الولايات المتحدة للعراق في إطار التمويل العسكري الأجنبي (FMF).",
			jscd.AreaArmsTransfer),
		item("more-training-for-iraqi-military-experts",
			"Increasing the training opportunities for Iraqi military experts.",
			"زيادة فرص التدريب للخبراء العسكريين العراقيين.", jscd.AreaTraining),
		item("continued-training-support-and-intelligence-sharing",
			"Continuing to support Iraq in training, support and intelligence sharing.",
			"مواصلة دعم العراق في التدريب والدعم وتبادل المعلومات الاستخبارية.",
			jscd.AreaTraining, jscd.AreaIntelligence),
		item("more-centcom-exercises",
			"Expanding the opportunities for Iraq to take part in exercises conducted under the "+
				"leadership of CENTCOM.",
			"توسيع فرص مشاركة العراق في التمارين التي تجري تحت قيادة القيادة المركزية "+
				"الأمريكية (سنتكوم).",
			jscd.AreaExercises),
	}
}
