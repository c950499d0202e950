module github.com/jscd-go/jscd/jscd/cmd/jscd/peers

go 1.26.0

replace github.com/jscd-go/jscd => ../../../..

require (
	github.com/arran4/golang-ical v0.3.4
	github.com/awalterschulze/gographviz v2.0.3+incompatible
	github.com/jscd-go/jscd v0.0.0-00010101000000-000000000000
	github.com/owenrumney/go-sarif/v3 v3.3.1
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
)

require (
	github.com/hashicorp/errwrap v1.0.0 // indirect
	github.com/hashicorp/go-multierror v1.1.1 // indirect
	github.com/xeipuuv/gojsonpointer v0.0.0-20180127040702-4e3ac2762d5f // indirect
	github.com/xeipuuv/gojsonreference v0.0.0-20180127040603-bd5ef7bd5415 // indirect
	github.com/xeipuuv/gojsonschema v1.2.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)
