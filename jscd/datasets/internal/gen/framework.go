package main

import (
	"slices"

	"github.com/jscd-go/jscd/jscd"
)

// frameworkID is shared by both versions: they are the same framework at two dates, so that a
// diff of the two compares like with like.
const frameworkID = "us-iraq"

// usIraq2023 is the framework as the article describes it in August 2023.
func usIraq2023() *jscd.Framework {
	return &jscd.Framework{
		Format: jscd.FormatTag,
		ID:     frameworkID,
		Title: enAr("US-Iraq security cooperation framework (August 2023)",
			"إطار التعاون الأمني بين الولايات المتحدة والعراق (آب/أغسطس 2023)"),
		Description: en("US-Iraq security cooperation as an August 2023 Rudaw op-ed by Feyzullah " +
			"Tuna Aygun and Yusuf Can Ayaz describes it: the 2008 Strategic Framework Agreement, " +
			"the four rounds of the 2020-2021 Strategic Dialogue, the High Coordination Committee " +
			"of 2023, and the Joint Security Cooperation Dialogue (JSCD) talks of 7-8 August 2023 " +
			"in Washington that rest on them."),
		Stakeholders: stakeholders(),
		Instruments:  instruments(),
		Events:       events(),
		Commitments:  commitments(),
		Assessments:  assessments(),
		Sources:      sources(),
	}
}

// in2021 lists what of the 2023 framework already stood after the fourth round of the
// Strategic Dialogue (23 July 2021): the two states and the two leaders the article credits
// with that round's conclusion, the Government of Iraq (in which the Prime Minister held
// office), the article's authors and publisher (they stand behind the source), the Strategic
// Framework Agreement, the Strategic Dialogue with its four rounds, and the decision made at
// the fourth round. Bodies the article brings in only through the 2023 talks are left out
// although they existed, since no 2021 fact of the article involves them. The public record of
// names is left out too: what it supports (the committee's name, the minister's spellings)
// came later.
var in2021 = [...]jscd.ID{
	"united-states", "iraq", "government-of-iraq", "mustafa-al-kadhimi", "joe-biden",
	"orsam", "rudaw", "feyzullah-tuna-aygun", "yusuf-can-ayaz",
	sfa, sd,
	"strategic-dialogue-round-1", "strategic-dialogue-round-2", "strategic-dialogue-round-3", round4,
	withdrawal,
	article, record,
}

// usIraq2021 is the framework as it stood after the fourth round of the Strategic Dialogue: the
// 2023 framework without what came later, and with the offices then held still open.
func usIraq2021() *jscd.Framework {
	f := usIraq2023()
	f.Title = enAr("US-Iraq security cooperation framework (July 2021)",
		"إطار التعاون الأمني بين الولايات المتحدة والعراق (تموز/يوليو 2021)")
	f.Description = en("US-Iraq security cooperation as it stood after the fourth round of the " +
		"Strategic Dialogue on 23 July 2021, from the same sources as the August 2023 version: " +
		"the 2008 Strategic Framework Agreement, the four rounds of the Strategic Dialogue, and " +
		"the decision for US combat forces to leave Iraq by the end of 2021.")
	keep := func(id jscd.ID) bool { return slices.Contains(in2021[:], id) }
	f.Stakeholders = slices.DeleteFunc(f.Stakeholders, func(s jscd.Stakeholder) bool { return !keep(s.ID) })
	f.Instruments = slices.DeleteFunc(f.Instruments, func(i jscd.Instrument) bool { return !keep(i.ID) })
	f.Events = slices.DeleteFunc(f.Events, func(e jscd.Event) bool { return !keep(e.ID) })
	f.Commitments = slices.DeleteFunc(f.Commitments, func(c jscd.Commitment) bool { return !keep(c.ID) })
	f.Sources = slices.DeleteFunc(f.Sources, func(s jscd.Source) bool { return !keep(s.ID) })
	// Every assessment is the authors' judgement of August 2023.
	f.Assessments = nil
	for i := range f.Stakeholders {
		openOffices(&f.Stakeholders[i])
	}
	return f
}

// openOffices clears the end of the offices that were still held in July 2021: al-Kadhimi's
// and Biden's ended later, so in 2021 they were open-ended.
func openOffices(s *jscd.Stakeholder) {
	if s.ID != "mustafa-al-kadhimi" && s.ID != "joe-biden" {
		return
	}
	for i := range s.Positions {
		s.Positions[i].To = jscd.Date{}
	}
}
