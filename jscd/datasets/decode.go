package datasets

import (
	"encoding/json"
	"io"

	"github.com/jscd-go/jscd/jscd"
)

// decode reads one framework strictly: an unknown field is an error.
//
// TODO(datasets): use jscd.Decode once the codec lands; until then encoding/json with
// DisallowUnknownFields checks the same structure, without positions.
func decode(r io.Reader) (*jscd.Framework, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var f jscd.Framework
	if err := dec.Decode(&f); err != nil {
		return nil, err
	}
	return &f, nil
}
