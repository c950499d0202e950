package datasets_test

import (
	"fmt"

	"github.com/jscd-go/jscd/jscd/datasets"
)

// Load a bundled framework by name and read it in English and Arabic.
func ExampleLoad() {
	f, err := datasets.Load("us-iraq")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d stakeholders, %d instruments, %d events, %d commitments, %d assessments, %d sources\n",
		len(f.Stakeholders), len(f.Instruments), len(f.Events), len(f.Commitments),
		len(f.Assessments), len(f.Sources))
	for _, in := range f.Instruments {
		if in.ID == "jscd" {
			fmt.Println(in.Name.In("en"))
			fmt.Println(in.Name.In("ar"))
		}
	}
	// Output:
	// 21 stakeholders, 4 instruments, 8 events, 10 commitments, 13 assessments, 3 sources
	// US-Iraq Joint Security Cooperation Dialogue
	// حوار التعاون الأمني المشترك بين الولايات المتحدة والعراق
}

func ExampleNames() {
	fmt.Println(datasets.Names())
	// Output: [us-iraq us-iraq-2021]
}

// The two versions of the US–Iraq framework share their IDs, so the same entity can be read in
// both: here, the end of al-Kadhimi's office, still open in July 2021.
func ExampleMustLoad() {
	for _, name := range datasets.Names() {
		f := datasets.MustLoad(name)
		for _, s := range f.Stakeholders {
			if s.ID == "mustafa-al-kadhimi" {
				p := s.Positions[0]
				fmt.Printf("%s: %s, %s to %q\n", name, p.Title["en"], p.From, p.To)
			}
		}
	}
	// Output:
	// us-iraq: Prime Minister of Iraq, 2020-05-07 to "2022-10-27"
	// us-iraq-2021: Prime Minister of Iraq, 2020-05-07 to ""
}
