package jscd_test

import (
	"bytes"
	"fmt"
	"log"
	"time"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
)

// This is the usage example of the README; a test keeps the two the same.
func Example_readme() {
	data, _ := datasets.Bytes("us-iraq") // or os.ReadFile("framework.json")
	f, err := jscd.Decode(bytes.NewReader(data))
	if err != nil {
		log.Fatal(err) // a structural error, with its path, line and column
	}
	if err := f.Validate(); err != nil {
		log.Fatal(err) // every problem at once, sorted by path
	}
	report := f.StatusAsOf(time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(report.Commitments[0].ID, report.Commitments[0].Due)
	fmt.Println(f.Search("Al-Sudani")[0].Name.In("ar"))
	// Output:
	// us-combat-forces-leave-iraq-by-end-2021 overdue
	// محمد شياع السوداني
}
