package layout_test

import (
	"fmt"

	"github.com/jscd-go/jscd/jscd/datasets"
	"github.com/jscd-go/jscd/wasm/internal/layout"
)

// The layers of the US–Iraq lineage as the demo draws them: the bases, what rests on them,
// and the August 2023 JSCD talks, which rest on the JSCD.
func ExampleOf() {
	lo := layout.Of(datasets.MustLoad("us-iraq"))
	for i, layer := range lo.Layers {
		fmt.Println(i, layer)
	}
	fmt.Println("width", lo.Width, "crossings", lo.Crossings)
	// Output:
	// 0 [strategic-framework-agreement strategic-dialogue higher-coordination-committee stroul-statement-2023-07 abbasi-visit-to-us-2023-08]
	// 1 [jscd strategic-dialogue-round-1 strategic-dialogue-round-2 strategic-dialogue-round-3 strategic-dialogue-round-4 hcc-discussions-2023]
	// 2 [jscd-talks-2023-08]
	// width 6 crossings 4
}
