//go:build !goexperiment.jsonv2

package main

// jsonV2 reports that encoding/json/v2 is not in this build: build with GOEXPERIMENT=jsonv2.
func jsonV2() (func(data []byte) error, bool) { return nil, false }
