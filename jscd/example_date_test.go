package jscd_test

import (
	"fmt"
	"slices"

	"github.com/jscd-go/jscd/jscd"
)

func ExampleParseDate() {
	for _, s := range []string{"2023-08-07/2023-08-08", "2001-21", "201X", "2004-06~", "../1985", "2004?-06-11", "2016-02-30"} {
		d, err := jscd.ParseDate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		first, hasFirst := d.Earliest()
		last, hasLast := d.Latest()
		fmt.Printf("%-21s %-6s", d, d.Precision())
		if hasFirst {
			fmt.Print(" from ", first.Format("2006-01-02"))
		}
		if hasLast {
			fmt.Print(" to ", last.Format("2006-01-02"))
		}
		if d.Approximate() {
			fmt.Print(" (approximate)")
		}
		fmt.Println()
	}
	// Output:
	// 2023-08-07/2023-08-08 day    from 2023-08-07 to 2023-08-08
	// 2001-21               season from 2001-03-01 to 2001-05-31
	// 201X                  year   from 2010-01-01 to 2019-12-31
	// 2004-06~              month  from 2004-06-01 to 2004-06-30 (approximate)
	// ../1985               year   to 1985-12-31
	// invalid EDTF date "2004?-06-11": a qualifier inside or before a date (2004?-06-11, ?2004) is EDTF level 2, which is not supported
	// invalid EDTF date "2016-02-30": day 30 is out of range for 2016-02 (01–29)
}

func ExampleDate_CertainlyBefore() {
	check := func(a, b string) {
		d, _ := jscd.ParseDate(a)
		e, _ := jscd.ParseDate(b)
		fmt.Printf("%s before %s: certainly %t, possibly %t\n", d, e, d.CertainlyBefore(e), d.PossiblyBefore(e))
	}
	check("2008", "2023-08-07")
	check("2021", "2021-12-15") // the day falls inside the year
	check("2004~", "2005-06")   // about 2004: it could be 2005
	check("2004~", "2006")
	check("1985/..", "2100") // still going on
	// Output:
	// 2008 before 2023-08-07: certainly true, possibly true
	// 2021 before 2021-12-15: certainly false, possibly true
	// 2004~ before 2005-06: certainly false, possibly true
	// 2004~ before 2006: certainly true, possibly true
	// 1985/.. before 2100: certainly false, possibly true
}

func ExampleDate_Contains() {
	year, _ := jscd.ParseDate("2023")
	talks, _ := jscd.ParseDate("2023-08-07/2023-08-08")
	fmt.Println(year.Contains(talks), talks.Contains(year), year.Overlaps(talks))
	// Output:
	// true false true
}

func ExampleDate_Compare() {
	var dates []jscd.Date
	for _, s := range []string{"2023-08-07", "2020/2021", "2008", "2021-07-23", "../2003"} {
		d, _ := jscd.ParseDate(s)
		dates = append(dates, d)
	}
	slices.SortStableFunc(dates, jscd.Date.Compare)
	fmt.Println(dates)
	// Output:
	// [../2003 2008 2020/2021 2021-07-23 2023-08-07]
}
