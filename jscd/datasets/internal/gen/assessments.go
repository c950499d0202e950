package main

import "github.com/jscd-go/jscd/jscd"

// Confidence follows the article's wording: a plain statement is high, "it is thought",
// "is considered" and "it can be said" are moderate, and "could" is low.

// assessment is a judgement of the two authors in the article, dated by its publication.
func assessment(id, english, arabic string, conf jscd.Confidence, about ...string) jscd.Assessment {
	return jscd.Assessment{
		ID:         jscd.ID(id),
		Text:       enAr(english, arabic),
		About:      ids(about...),
		By:         ids("feyzullah-tuna-aygun", "yusuf-can-ayaz"),
		Confidence: conf,
		Date:       date("2023-08"),
		Sources:    cites(),
	}
}

func assessments() []jscd.Assessment {
	return []jscd.Assessment{
		assessment("sfa-long-term-policy",
			"The Strategic Framework Agreement has an important place in US-Iraq relations: it "+
				"established a long-term policy of cooperation and had an impact on the foreign "+
				"policy preferences of both countries.",
			"تحتل اتفاقية الإطار الاستراتيجي مكانة مهمة في العلاقات بين الولايات المتحدة والعراق: "+
				"فقد أرست سياسة طويلة الأمد للتعاون، وكان لها أثر في تفضيلات السياسة الخارجية لدى البلدين.",
			jscd.ConfidenceHigh, sfa),
		assessment("jscd-could-boost-security-sovereignty",
			"The new understanding reached in Washington could boost Iraq's fragile security "+
				"sovereignty.",
			"قد يعزز التفاهم الجديد الذي جرى التوصل إليه في واشنطن السيادة الأمنية "+
				"الهشة للعراق.",
			jscd.ConfidenceLow, dlg, talks, "iraq"),
		assessment("abbasi-delegation-important",
			"The Iraqi delegation chaired by Sabit al-Abbasi is important for eliminating "+
				"security concerns and recording progress in security cooperation.",
			"للوفد العراقي برئاسة ثابت العباسي أهمية في إزالة المخاوف الأمنية وتسجيل "+
				"تقدم في التعاون الأمني.",
			jscd.ConfidenceHigh, talks, "sabit-al-abbasi"),
		assessment("jscd-topics-beyond-isis",
			"The topics discussed are not only about ISIS, one of the current security issues, "+
				"but also cover long-term security cooperation.",
			"لا تقتصر الموضوعات التي نوقشت على داعش، وهو من القضايا الأمنية الراهنة، "+
				"بل تشمل أيضاً التعاون الأمني طويل الأمد.",
			jscd.ConfidenceHigh, talks, "isis"),
		assessment("jscd-important-for-sustainable-military-relations",
			"Given the US interest in a permanent defense relationship that Dana Stroul stated, "+
				"the JSCD is considered important for sustainable bilateral military relations.",
			"بالنظر إلى اهتمام الولايات المتحدة بعلاقة دفاعية دائمة، الذي صرحت به دانا "+
				"سترول، يعد حوار التعاون الأمني المشترك ذا أهمية للعلاقات العسكرية الثنائية "+
				"المستدامة.",
			jscd.ConfidenceModerate, dlg, stroul),
		assessment("jscd-in-sudani-balanced-policy",
			"The JSCD, important for the future of the US soldiers in the region and the military "+
				"support provided to Iraq at Iraq's request, can take an important place in the "+
				"balanced policy of the Sudani government.",
			"يمكن لحوار التعاون الأمني المشترك، المهم لمستقبل الجنود الأمريكيين في "+
				"المنطقة وللدعم العسكري المقدم إلى العراق بطلب منه، أن يحتل مكانة مهمة في "+
				"السياسة المتوازنة لحكومة السوداني.",
			jscd.ConfidenceModerate, dlg, "sudani-government"),
		assessment("jscd-no-increase-in-military-presence",
			"The JSCD is effective in Iraqi domestic politics because it does not involve a move "+
				"to increase the concrete military presence.",
			"حوار التعاون الأمني المشترك فعال في السياسة الداخلية العراقية لأنه لا "+
				"ينطوي على خطوة لزيادة الوجود العسكري الملموس.",
			jscd.ConfidenceHigh, dlg, "iraq"),
		assessment("iran-backed-groups-no-major-reaction",
			"Iran-backed political and military groups will not have a major reaction to the "+
				"JSCD.",
			"لن يكون للجماعات السياسية والعسكرية المدعومة من إيران رد فعل كبير على "+
				"حوار التعاون الأمني المشترك.",
			jscd.ConfidenceModerate, dlg, "iran-backed-groups"),
		assessment("jscd-complements-its-foundations",
			"The JSCD, which will play a role in determining the lines of security relations, "+
				"complements the Strategic Framework Agreement, the Strategic Dialogue and the "+
				"US-Iraq High Coordination Committee.",
			"يكمل حوار التعاون الأمني المشترك، الذي سيؤدي دوراً في تحديد خطوط "+
				"العلاقات الأمنية، اتفاقية الإطار الاستراتيجي والحوار الاستراتيجي واللجنة "+
				"التنسيقية العليا بين الولايات المتحدة والعراق.",
			jscd.ConfidenceModerate, dlg, sfa, sd, hcc),
		assessment("jscd-enduring-partnership",
			"The JSCD signifies a commitment to a comprehensive and enduring partnership between "+
				"Iraq and the US; by extending the discussions beyond immediate security concerns it "+
				"establishes a solid framework for ongoing collaboration.",
			"يدل حوار التعاون الأمني المشترك على التزام بشراكة شاملة ودائمة بين العراق "+
				"والولايات المتحدة؛ وبتوسيع المباحثات إلى ما يتجاوز المخاوف الأمنية الآنية "+
				"يرسي إطاراً متيناً للتعاون المستمر.",
			jscd.ConfidenceHigh, dlg, "iraq", "united-states"),
		assessment("jscd-support-strengthens-iraqi-forces",
			"Through the JSCD Iraq can continue to receive operational and training support from "+
				"the US and the Global Coalition against ISIS; this empowers the Iraqi security "+
				"forces, reduces their reliance on external assistance and contributes to Iraq's "+
				"national security and sovereignty.",
			"من خلال حوار التعاون الأمني المشترك يمكن للعراق أن يواصل تلقي الدعم "+
				"العملياتي والتدريبي من الولايات المتحدة والتحالف الدولي ضد داعش؛ وهذا "+
				"يمكّن القوات الأمنية العراقية، ويقلل اعتمادها على المساعدة الخارجية، "+
				"ويسهم في الأمن الوطني للعراق وسيادته.",
			jscd.ConfidenceHigh, dlg, "iraqi-security-forces", "global-coalition-against-isis"),
		assessment("jscd-aligns-with-balanced-foreign-policy",
			"The JSCD's strategic positioning aligns with Iraq's balanced foreign policy in the "+
				"Middle East, helps manage potential reactions from Iran-backed groups, and lets "+
				"Iraq navigate relations with both the US and Iran without becoming an arena for "+
				"their conflicts.",
			"يتوافق التموضع الاستراتيجي لحوار التعاون الأمني المشترك مع السياسة "+
				"الخارجية المتوازنة للعراق في الشرق الأوسط، ويساعد على التعامل مع ردود "+
				"الفعل المحتملة من الجماعات المدعومة من إيران، ويتيح للعراق أن يدير "+
				"علاقاته مع كل من الولايات المتحدة وإيران دون أن يصبح ساحة لصراعاتهما.",
			jscd.ConfidenceHigh, dlg, "iraq", "iran", "iran-backed-groups"),
		assessment("jscd-regional-security",
			"By strengthening Iraq's ability to manage internal security threats, the JSCD's "+
				"focus on cooperative counterterrorism against ISIS helps prevent the export of "+
				"extremism and violence to neighboring countries.",
			"من خلال تعزيز قدرة العراق على إدارة التهديدات الأمنية الداخلية، يساعد "+
				"تركيز حوار التعاون الأمني المشترك على مكافحة الإرهاب التعاونية ضد داعش "+
				"في منع تصدير التطرف والعنف إلى الدول المجاورة.",
			jscd.ConfidenceHigh, dlg, "isis"),
	}
}
