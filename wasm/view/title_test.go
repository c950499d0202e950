package view

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
)

func TestDocumentTitle(t *testing.T) {
	for _, name := range datasets.Names() {
		b, err := datasets.Bytes(name)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct{ Title jscd.Text }
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		if got := documentTitle(b); len(doc.Title) == 0 || !cmp.Equal(got, doc.Title) {
			t.Errorf("%s: title %v, want %v", name, got, doc.Title)
		}
	}
	tests := []struct {
		doc  string
		want jscd.Text
	}{
		{`{"title":{"en":"A"}}`, jscd.Text{"en": "A"}},
		{` { "id" : "x" , "n": -1.5e3, "ok": true, "z": null,
		    "list": [1, {"title": {"en": "inner"}}, "]}\"", []],
		    "obj": {"title": "no", "a": [{}]},
		    "title" : { "en" : "Esc \"q\" \\ \/ \n\t\u00e9\ud83d\udc4d" , "ar": "العراق" } }`,
			jscd.Text{"en": "Esc \"q\" \\ / \n\t\u00e9\U0001F44D", "ar": "العراق"}},
		{`{"title":{}}`, jscd.Text{}},
		{`{"id":"x"}`, nil},
		{`{}`, nil},
		{``, nil},
		{`[{"title":{"en":"A"}}]`, nil},
		{`{"title":"A"}`, nil},
		{`{"title":{"en":1}}`, nil},
		{`{"title":{"en":"A"`, nil},
		{`{"title":{"en":"bad \x escape"}}`, nil},
		{`{"title":{"en":"bad \u12 escape"}}`, nil},
		{"{\"title\":{\"en\":\"raw\ncontrol\"}}", nil},
		{`{"id":"x" "title":{"en":"A"}}`, nil},
		{`{"id":"unterminated, "title":{"en":"A"}}`, nil},
	}
	for _, tt := range tests {
		if got := documentTitle([]byte(tt.doc)); !cmp.Equal(got, tt.want) {
			t.Errorf("documentTitle(%q) = %#v, want %#v", tt.doc, got, tt.want)
		}
	}
}
