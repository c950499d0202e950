//go:build goexperiment.jsonv2

package main

import (
	jsonv2 "encoding/json/v2"

	"github.com/jscd-go/jscd/jscd"
)

// jsonV2 is encoding/json/v2's Unmarshal into the model's types, with its default options:
// it rejects duplicate names and invalid UTF-8, and ignores unknown members.
func jsonV2() (func(data []byte) error, bool) {
	return func(data []byte) error {
		var f jscd.Framework
		return jsonv2.Unmarshal(data, &f)
	}, true
}
