package main

import "github.com/jscd-go/jscd/jscd"

func stakeholders() []jscd.Stakeholder {
	var out []jscd.Stakeholder
	out = append(out, states()...)
	out = append(out, iraqiBodies()...)
	out = append(out, usBodies()...)
	out = append(out, otherBodies()...)
	out = append(out, officials()...)
	out = append(out, authors()...)
	return out
}

func states() []jscd.Stakeholder {
	return []jscd.Stakeholder{
		{
			ID:        "united-states",
			Kind:      jscd.StakeholderKindState,
			Name:      enArCkb("United States", "الولايات المتحدة", "ویلایەتە یەکگرتووەکانی ئەمریکا"),
			ShortName: enArCkb("US", "أمريكا", "ئەمریکا"),
			Aliases:   []jscd.Text{en("USA")},
			Country:   "US",
			Sources:   cites(),
		},
		{
			ID:      "iraq",
			Kind:    jscd.StakeholderKindState,
			Name:    enArCkb("Iraq", "العراق", "عێراق"),
			Country: "IQ",
			Sources: cites(),
		},
		{
			ID:      "iran",
			Kind:    jscd.StakeholderKindState,
			Name:    enArCkb("Iran", "إيران", "ئێران"),
			Country: "IR",
			Description: enAr("Named in the article's view that the JSCD lets Iraq \"navigate "+
				"relations with both the US and Iran without becoming an arena for their conflicts\".",
				"يرد ذكرها في رأي المقال القائل إن حوار التعاون الأمني المشترك يتيح للعراق «أن يدير علاقاته "+
					"مع كل من الولايات المتحدة وإيران دون أن يصبح ساحة لصراعاتهما»."),
			Sources: cites(),
		},
	}
}

func iraqiBodies() []jscd.Stakeholder {
	return []jscd.Stakeholder{
		{
			ID:      "government-of-iraq",
			Kind:    jscd.StakeholderKindGovernment,
			Name:    enAr("Government of Iraq", "الحكومة العراقية"),
			Aliases: []jscd.Text{en("Iraqi government")},
			Country: "IQ",
			Parent:  "iraq",
			Sources: cites(),
		},
		{
			ID:      "sudani-government",
			Kind:    jscd.StakeholderKindGovernment,
			Name:    enAr("Sudani government", "حكومة السوداني"),
			Aliases: []jscd.Text{en("Government of Mohammed Shia' al-Sudani")},
			Country: "IQ",
			Parent:  "iraq",
			Description: enAr("The Iraqi government formed under Prime Minister Mohammed Shia' "+
				"al-Sudani; the article speaks of \"the balanced policy followed by the Sudani "+
				"government\".",
				"الحكومة العراقية المشكلة برئاسة رئيس الوزراء محمد شياع السوداني؛ ويتحدث المقال "+
					"عن «السياسة المتوازنة التي تتبعها حكومة السوداني»."),
			Sources: cites(),
		},
		{
			ID:        "iraqi-ministry-of-defense",
			Kind:      jscd.StakeholderKindMinistry,
			Name:      enArCkb("Iraqi Ministry of Defense", "وزارة الدفاع العراقية", "وەزارەتی بەرگریی عێراق"),
			ShortName: en("MoD"),
			Country:   "IQ",
			Parent:    "government-of-iraq",
			Sources:   cites(),
		},
		{
			ID:      "iraqi-security-forces",
			Kind:    jscd.StakeholderKindArmedForce,
			Name:    enAr("Iraqi security forces", "القوات الأمنية العراقية"),
			Country: "IQ",
			Parent:  "iraq",
			Sources: cites(),
		},
	}
}

func usBodies() []jscd.Stakeholder {
	return []jscd.Stakeholder{
		{
			ID:        "us-department-of-defense",
			Kind:      jscd.StakeholderKindMinistry,
			Name:      enAr("US Department of Defense", "وزارة الدفاع الأمريكية"),
			ShortName: en("DoD"),
			Country:   "US",
			Parent:    "united-states",
			Sources:   cites(),
		},
		{
			ID:        "centcom",
			Kind:      jscd.StakeholderKindCommand,
			Name:      enAr("US Central Command", "القيادة المركزية الأمريكية"),
			ShortName: enAr("CENTCOM", "سنتكوم"),
			Country:   "US",
			Parent:    "us-department-of-defense",
			Description: enAr("Named in the article only as CENTCOM: the JSCD talks discussed "+
				"expanding Iraq's opportunities to take part in exercises conducted under its "+
				"leadership.",
				"لا يذكرها المقال إلا باسم CENTCOM (سنتكوم): ناقشت مباحثات حوار التعاون الأمني "+
					"المشترك توسيع فرص مشاركة العراق في التمارين التي تجري تحت قيادتها."),
			Sources: cites(),
		},
	}
}

func otherBodies() []jscd.Stakeholder {
	return []jscd.Stakeholder{
		{
			ID:        "global-coalition-against-isis",
			Kind:      jscd.StakeholderKindCoalition,
			Name:      enAr("Global Coalition against ISIS", "التحالف الدولي ضد داعش"),
			ShortName: enAr("Global Coalition", "التحالف الدولي"),
			Sources:   cites(),
		},
		{
			ID:      "isis",
			Kind:    jscd.StakeholderKindArmedGroup,
			Name:    enArCkb("ISIS", "داعش", "داعش"),
			Aliases: []jscd.Text{en("Daesh")},
			Description: enAr("\"The terrorist organization ISIS\", in the article's words.",
				"«التنظيم الإرهابي داعش»، بعبارة المقال."),
			Sources: cites(),
		},
		{
			ID:   "iran-backed-groups",
			Kind: jscd.StakeholderKindArmedGroup,
			Name: enAr("Iran-backed political and military groups",
				"الجماعات السياسية والعسكرية المدعومة من إيران"),
			Aliases: []jscd.Text{en("Iran-backed groups")},
			Description: enAr("Political and military groups backed by Iran, whose reaction to the "+
				"JSCD the article weighs. The article does not name them.",
				"جماعات سياسية وعسكرية مدعومة من إيران، ينظر المقال في رد فعلها على حوار "+
					"التعاون الأمني المشترك. ولا يسميها المقال."),
			Sources: cites(),
		},
		{
			ID:        "orsam",
			Kind:      jscd.StakeholderKindThinkTank,
			Name:      jscd.Text{"en": "Center for Middle Eastern Studies", "ar": "مركز دراسات الشرق الأوسط", "tr": "Ortadoğu Araştırmaları Merkezi"},
			ShortName: enAr("ORSAM", "أورسام"),
			Country:   "TR",
			Description: enAr("Research centre in Ankara at which both authors of the article "+
				"work.",
				"مركز أبحاث في أنقرة يعمل فيه كاتبا المقال كلاهما."),
			Sources: cites(),
		},
		{
			ID:   "rudaw",
			Kind: jscd.StakeholderKindMedia,
			Name: enArCkb("Rudaw", "روداو", "ڕووداو"),
			Description: enAr("Publisher of the article, which moderates the comments submitted on "+
				"its website.",
				"ناشر المقال، ويشرف على التعليقات المرسلة إلى موقعه الإلكتروني."),
			Sources: cites(),
		},
	}
}

// minister is the title of the Iraqi defence minister.
func minister() jscd.Text {
	return enArCkb("Minister of Defense", "وزير الدفاع", "وەزیری بەرگری")
}

// primeMinister is the title of the Iraqi prime minister.
func primeMinister() jscd.Text {
	return enArCkb("Prime Minister of Iraq", "رئيس وزراء العراق", "سەرۆک وەزیرانی عێراق")
}

func officials() []jscd.Stakeholder {
	return []jscd.Stakeholder{
		{
			ID:      "sabit-al-abbasi",
			Kind:    jscd.StakeholderKindPerson,
			Name:    enAr("Sabit al-Abbasi", "ثابت العباسي"),
			Aliases: []jscd.Text{en("Thabet al-Abbasi"), en("Sabit al-Abbasi"), en("Thabit al-Abbasi")},
			Country: "IQ",
			Positions: []jscd.Position{{
				Title:        minister(),
				Organization: "iraqi-ministry-of-defense",
				From:         date("2022-10-27"),
				Sources:      citesBoth(),
			}},
			Description: en("Iraq's Defense Minister, who chaired the Iraqi delegation at the JSCD " +
				"talks of 7–8 August 2023. The article spells his first name Sabit; Thabit and " +
				"Thabet are the other usual English spellings of ثابت (public record)."),
			Sources: ids(article, record, names),
		},
		{
			ID:      "dana-stroul",
			Kind:    jscd.StakeholderKindPerson,
			Name:    enAr("Dana Stroul", "دانا سترول"),
			Country: "US",
			Positions: []jscd.Position{{
				Title: enAr("Deputy Assistant Secretary of Defense for the Middle East",
					"نائبة مساعد وزير الدفاع لشؤون الشرق الأوسط"),
				Organization: "us-department-of-defense",
				From:         date("2021"),
				Sources:      citesBoth(),
			}},
			Sources: citesBoth(),
		},
		{
			ID:      "mustafa-al-kadhimi",
			Kind:    jscd.StakeholderKindPerson,
			Name:    enAr("Mustafa al-Kadhimi", "مصطفى الكاظمي"),
			Country: "IQ",
			Positions: []jscd.Position{{
				Title:        primeMinister(),
				Organization: "government-of-iraq",
				From:         date("2020-05-07"),
				To:           date("2022-10-27"),
				Sources:      citesBoth(),
			}},
			Sources: citesBoth(),
		},
		{
			ID:      "joe-biden",
			Kind:    jscd.StakeholderKindPerson,
			Name:    enArCkb("Joe Biden", "جو بايدن", "جۆ بایدن"),
			Country: "US",
			Positions: []jscd.Position{{
				Title: enArCkb("President of the United States", "رئيس الولايات المتحدة",
					"سەرۆکی ویلایەتە یەکگرتووەکانی ئەمریکا"),
				Organization: "united-states",
				From:         date("2021-01-20"),
				To:           date("2025-01-20"),
				Sources:      citesBoth(),
			}},
			Sources: citesBoth(),
		},
		{
			ID:      "mohammed-shia-al-sudani",
			Kind:    jscd.StakeholderKindPerson,
			Name:    enAr("Mohammed Shia' al-Sudani", "محمد شياع السوداني"),
			Aliases: []jscd.Text{en("Mohammed Shia al-Sudani")},
			Country: "IQ",
			Positions: []jscd.Position{{
				Title:        primeMinister(),
				Organization: "government-of-iraq",
				From:         date("2022-10-27"),
				Sources:      citesBoth(),
			}},
			Sources: citesBoth(),
		},
	}
}

func authors() []jscd.Stakeholder {
	return []jscd.Stakeholder{
		{
			ID:   "feyzullah-tuna-aygun",
			Kind: jscd.StakeholderKindPerson,
			Name: enAr("Feyzullah Tuna Aygun", "فيض الله تونا أيغون"),
			Positions: []jscd.Position{{
				Title:        enAr("Iraq Studies Expert", "خبير دراسات العراق"),
				Organization: "orsam",
				Sources:      cites(),
			}},
			Description: en("Co-author of the article. Graduated from Bahcesehir University; carried " +
				"out field studies in 13 of Iraq's 18 governorates and followed the 2018 and 2021 " +
				"elections as an international observer."),
			Sources: cites(),
		},
		{
			ID:   "yusuf-can-ayaz",
			Kind: jscd.StakeholderKindPerson,
			Name: enAr("Yusuf Can Ayaz", "يوسف جان أياز"),
			Positions: []jscd.Position{{
				Title:        enAr("Iraq Studies Research Assistant", "مساعد باحث في دراسات العراق"),
				Organization: "orsam",
				Sources:      cites(),
			}},
			Description: en("Co-author of the article. Graduated from Gazi University, Department " +
				"of International Relations; master's degree from the Turkish National Defense " +
				"University; doctoral studies in the Department of International Security at the " +
				"Turkish National Police Academy."),
			Sources: cites(),
		},
	}
}
