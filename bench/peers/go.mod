module github.com/jscd-go/jscd/bench/peers

go 1.26.0

replace github.com/jscd-go/jscd => ../..

require (
	github.com/jscd-go/jscd v0.0.0
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
)

require (
	github.com/hashicorp/errwrap v1.0.0 // indirect
	github.com/hashicorp/go-multierror v1.1.1 // indirect
	golang.org/x/text v0.44.0 // indirect
)
