package jscd_test

import (
	"fmt"
	"time"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
)

// The lineage of the US–Iraq framework: what the August 2023 JSCD talks rest on. The edge
// from an event to its instrument has no relation type.
func ExampleFramework_Lineage() {
	f := datasets.MustLoad("us-iraq")
	l := f.Lineage()
	for _, e := range l.Ancestors("jscd-talks-2023-08") {
		if e.Type == "" {
			fmt.Printf("%s is held under %s\n", e.From, e.To)
			continue
		}
		fmt.Printf("%s -%s-> %s\n", e.From, e.Type, e.To)
	}
	// Output:
	// jscd-talks-2023-08 is held under jscd
	// jscd -based-on-> strategic-framework-agreement
	// jscd -based-on-> strategic-dialogue
	// jscd -based-on-> higher-coordination-committee
}

// The timeline of the US–Iraq framework, events only.
func ExampleFramework_Timeline() {
	f := datasets.MustLoad("us-iraq")
	for _, e := range f.Timeline() {
		if e.Kind == jscd.TimelineKindEvent {
			fmt.Printf("%-23s %-9s %s\n", e.Date, e.Date.Precision(), e.Label.String())
		}
	}
	// Output:
	// 2020/2021-07-23         year      First round of the US-Iraq Strategic Dialogue
	// 2020/2021-07-23         year      Second round of the US-Iraq Strategic Dialogue
	// 2020/2021-07-23         year      Third round of the US-Iraq Strategic Dialogue
	// 2021-07-23              day       Fourth round of the US-Iraq Strategic Dialogue
	// 2023                    year      High Coordination Committee discussions of 2023
	// 2023-07-31~             day       Statement by Dana Stroul a week before the JSCD talks
	// 2023-08                 month     Visit of Defense Minister Sabit al-Abbasi to the United States
	// 2023-08-07/2023-08-08   day       JSCD talks in Washington
}

// "US combat forces to leave Iraq by the end of 2021" is due through December 2021 and
// overdue from the first day of 2022, unless its history says it was fulfilled by then.
func ExampleFramework_StatusAsOf() {
	f := datasets.MustLoad("us-iraq")
	for _, day := range []string{"2021-07-22", "2021-12-15", "2022-01-01", "2023-08-08"} {
		asOf, _ := time.Parse(time.DateOnly, day)
		r := f.StatusAsOf(asOf)
		c := r.Commitments[0]
		fmt.Printf("%s %s: status %q, %s\n", day, c.ID, c.Status, c.Due)
	}
	asOf, _ := time.Parse(time.DateOnly, "2023-08-08")
	for _, g := range f.StatusAsOf(asOf).ByParty {
		fmt.Println(g.Party, g.Counts)
	}
	// Output:
	// 2021-07-22 us-combat-forces-leave-iraq-by-end-2021: status "", not-yet-made
	// 2021-12-15 us-combat-forces-leave-iraq-by-end-2021: status "agreed", due
	// 2022-01-01 us-combat-forces-leave-iraq-by-end-2021: status "agreed", overdue
	// 2023-08-08 us-combat-forces-leave-iraq-by-end-2021: status "agreed", overdue
	// united-states map[no-deadline:7 overdue:1]
	// iraq map[no-deadline:7 overdue:1]
	// government-of-iraq map[no-deadline:1]
}

// Search folds case, diacritics, Arabic letter variants and the article, and reads aliases:
// every query here finds the person it names.
func ExampleFramework_Search() {
	f := datasets.MustLoad("us-iraq")
	for _, q := range []string{"sudani", "Al-Sudani", "السوداني", "Thabet", "Sabit", "kadhimi", "الكاظمي"} {
		for _, r := range f.Search(q) {
			fmt.Printf("%-10s %d %-25s %q %s\n", q, r.Score, r.ID, r.Matched, r.Field)
		}
	}
	// Output:
	// sudani     3 mohammed-shia-al-sudani   "Mohammed Shia' al-Sudani" /stakeholders/18/name/en
	// sudani     3 sudani-government         "Sudani government" /stakeholders/4/name/en
	// Al-Sudani  3 mohammed-shia-al-sudani   "Mohammed Shia' al-Sudani" /stakeholders/18/name/en
	// Al-Sudani  3 sudani-government         "Sudani government" /stakeholders/4/name/en
	// السوداني   3 mohammed-shia-al-sudani   "محمد شياع السوداني" /stakeholders/18/name/ar
	// السوداني   3 sudani-government         "حكومة السوداني" /stakeholders/4/name/ar
	// Thabet     3 sabit-al-abbasi           "Thabet al-Abbasi" /stakeholders/14/aliases/0/en
	// Sabit      3 sabit-al-abbasi           "Sabit al-Abbasi" /stakeholders/14/name/en
	// Sabit      3 abbasi-visit-to-us-2023-08 "Visit of Defense Minister Sabit al-Abbasi to the United States" /events/6/name/en
	// kadhimi    3 mustafa-al-kadhimi        "Mustafa al-Kadhimi" /stakeholders/16/name/en
	// الكاظمي    3 mustafa-al-kadhimi        "مصطفى الكاظمي" /stakeholders/16/name/ar
}

// What changed in the framework between July 2021 and August 2023: how many entities each
// collection gained or lost, and every change inside an entity that both versions have.
func ExampleDiff() {
	old := datasets.MustLoad("us-iraq-2021")
	new := datasets.MustLoad("us-iraq")
	var whole []string
	count := map[string]int{}
	var inside jscd.Changes
	for _, c := range jscd.Diff(old, new) {
		switch {
		case c.Collection == jscd.CollectionFramework:
		case len(c.Path) == 0:
			key := fmt.Sprintf("%s %s", c.Kind, c.Collection)
			if count[key] == 0 {
				whole = append(whole, key)
			}
			count[key]++
		default:
			inside = append(inside, c)
		}
	}
	for _, key := range whole {
		fmt.Println(key, count[key])
	}
	fmt.Print(inside)
	// Output:
	// added stakeholders 12
	// added instruments 2
	// added events 4
	// added commitments 9
	// added assessments 13
	// added sources 1
	// + stakeholders mustafa-al-kadhimi /positions/0/to: "2022-10-27"
	// + stakeholders joe-biden /positions/0/to: "2025-01-20"
}
