package view

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
)

// extraDocument is a framework that is not bundled: the fictional one of the library's tests.
func extraDocument(t *testing.T) Document {
	t.Helper()
	b, err := os.ReadFile("../../../jscd/testdata/valid/every-field.json")
	if err != nil {
		t.Fatal(err)
	}
	return Document{Name: "northland", Text: b}
}

// A document given to the page (serve -file) is its default, listed first under its own
// title; the bundled datasets stay a choice away, and the address can still name them.
func TestAnExtraDocumentIsThePagesDefault(t *testing.T) {
	doc := extraDocument(t)
	s, err := NewState(doc)
	if err != nil {
		t.Fatal(err)
	}
	s.Apply("init", "")
	in := s.Input()
	if in.Dataset != "northland" || s.Text() != string(doc.Text) {
		t.Errorf("the page opens on %q with %d characters; want northland's %d", in.Dataset, len(s.Text()), len(doc.Text))
	}
	if got := in.Datasets[0]; got.Name != "northland" || !strings.Contains(got.Title["en"], "Northland") {
		t.Errorf("the picker's first entry is %+v", got)
	}
	if in.Framework == nil || len(in.Issues) != 0 && in.Issues[0].Severity == jscd.SeverityError {
		t.Errorf("the document is not shown as valid: %v", in.Issues)
	}
	if in.Edited {
		t.Error("the document as given is shown as edited")
	}
	top := string(s.region(RegionTop))
	if !strings.Contains(top, "Northland") || !strings.Contains(top, "us-iraq") {
		t.Error("the picker does not offer both the document and the bundled datasets")
	}
	s.Apply("init", "?dataset=us-iraq")
	if in.Dataset != "us-iraq" {
		t.Errorf("?dataset=us-iraq opens %q", in.Dataset)
	}
	s.Apply("dataset", "northland")
	if in.Dataset != "northland" || s.Text() != string(doc.Text) {
		t.Error("choosing the document in the picker does not show it")
	}
	if d, l := AddressView("?lang=ar", "northland", "us-iraq"); d != "northland" || l != "ar" {
		t.Errorf("AddressView with the document first gives %s %s", d, l)
	}
	if d, _ := AddressView(""); d != "us-iraq" {
		t.Errorf("AddressView of the bundled datasets gives %s", d)
	}
}

// A document that does not decode is still shown, with its decode error listed, under its
// name.
func TestAnExtraDocumentThatDoesNotDecode(t *testing.T) {
	s, err := NewState(Document{Name: "broken", Text: []byte(`{"format": "jscd/1",`)})
	if err != nil {
		t.Fatal(err)
	}
	s.Apply("init", "")
	in := s.Input()
	if in.Datasets[0].Title["en"] != "broken" || in.Dataset != "broken" {
		t.Errorf("the picker lists %+v first, the page shows %q", in.Datasets[0], in.Dataset)
	}
	if len(in.Issues) == 0 || in.Issues[0].Code != jscd.CodeDecodeSyntax {
		t.Errorf("issues %v; want the decode error", in.Issues)
	}
}

func TestExtraDocumentNames(t *testing.T) {
	doc := extraDocument(t)
	for _, tt := range []struct {
		names []string
		want  string // in the error; "" for none
	}{
		{[]string{"northland"}, ""},
		{[]string{"north-land-2", "other"}, ""},
		{[]string{"us-iraq"}, "bundled"},
		{[]string{"Northland"}, "slug"},
		{[]string{"north--land"}, "slug"},
		{[]string{""}, "slug"},
		{[]string{"a", "a"}, "two documents"},
	} {
		var docs []Document
		for _, n := range tt.names {
			docs = append(docs, Document{Name: n, Text: doc.Text})
		}
		_, err := NewState(docs...)
		if (err == nil) != (tt.want == "") || err != nil && !strings.Contains(err.Error(), tt.want) {
			t.Errorf("names %q: error %v; want one saying %q", tt.names, err, tt.want)
		}
	}
}

// An edit kept for one version of a document is not laid over another: the document given to
// the server changed since (the keeper's key holds a hash of the original text).
func TestAKeptEditBelongsToItsOriginal(t *testing.T) {
	doc := extraDocument(t)
	k := &mapKeeper{texts: map[string]string{}}
	s, _ := NewState(doc)
	s.SetKeeper(k)
	s.Apply("init", "")
	s.Apply("edit", string(doc.Text)+" ")
	if len(k.texts) != 1 {
		t.Fatalf("keeper holds %d texts; want the edit", len(k.texts))
	}

	same, _ := NewState(doc)
	same.SetKeeper(k)
	same.Apply("init", "")
	if same.Text() != string(doc.Text)+" " {
		t.Error("the same document does not open on the kept edit")
	}

	changed := Document{Name: doc.Name, Text: []byte(strings.Replace(string(doc.Text), "Northland", "Nordland", 1))}
	other, _ := NewState(changed)
	other.SetKeeper(k)
	other.Apply("init", "")
	if other.Text() != string(changed.Text) || other.Input().Edited {
		t.Error("a changed document opens on the edit of its earlier version")
	}
}

// Opening a document whose original text was decoded before (an extra document, for its title;
// a bundled one, as the other side of the diff) does not decode it again.
func TestAnOriginalTextIsDecodedOnce(t *testing.T) {
	s, err := NewState(extraDocument(t))
	if err != nil {
		t.Fatal(err)
	}
	clock := 0.0
	s.Input().Trace = &Trace{Now: func() float64 { clock++; return clock }}
	decoded := func() []string {
		var names []string
		for _, step := range s.Input().Trace.Take() {
			if step.Name == "jscd.Decode" || strings.HasPrefix(step.Name, "decode bundled") {
				names = append(names, step.Name)
			}
		}
		return names
	}
	s.Apply("init", "")
	if got := decoded(); len(got) != 0 || s.Input().Framework == nil {
		t.Errorf("opening the extra document decoded %q; want nothing (it was decoded for its title)", got)
	}
	s.Apply("dataset", "us-iraq")
	s.Apply("region", RegionDiff)
	if got, want := decoded(), []string{"jscd.Decode", "decode bundled us-iraq-2021"}; !slices.Equal(got, want) {
		t.Errorf("us-iraq and the other side of its diff decoded %q; want %q", got, want)
	}
	// us-iraq-2021 was decoded for the diff; only its own diff's other side, us-iraq as
	// bundled, is decoded now.
	s.Apply("dataset", "us-iraq-2021")
	if got, want := decoded(), []string{"decode bundled us-iraq"}; !slices.Equal(got, want) || s.Input().Dataset != "us-iraq-2021" || s.Input().Framework == nil {
		t.Errorf("opening us-iraq-2021 decoded %q; want %q", got, want)
	}
	if b, _ := datasets.Bytes("us-iraq-2021"); s.Text() != string(b) {
		t.Error("us-iraq-2021 is not in the editor")
	}
}
