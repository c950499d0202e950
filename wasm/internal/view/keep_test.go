package view

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/jscd-go/jscd/jscd/datasets"
)

// mapKeeper is a Keeper in memory; full makes Save fail, as a full or refused storage does.
type mapKeeper struct {
	texts map[string]string
	full  bool
}

func (k *mapKeeper) Load(dataset string) (string, bool) { t, ok := k.texts[dataset]; return t, ok }
func (k *mapKeeper) Remove(dataset string)              { delete(k.texts, dataset) }
func (k *mapKeeper) Save(dataset, text string) error {
	if k.full {
		return errors.New("quota exceeded")
	}
	k.texts[dataset] = text
	return nil
}

// keptNote returns the text of the editor head's note about the edited text, "" if there is
// none, and whether the note has the restore button.
func keptNote(s *State) (note string, restore bool) {
	for _, n := range EditorHead(s.Input()) {
		if n.Tag != "p" || !slices.Contains(n.Attrs, "kept") {
			continue
		}
		var b strings.Builder
		n.Walk(func(n Node) {
			b.WriteString(n.Text)
			if n.Tag == "button" && slices.Contains(n.Attrs, "restore") {
				restore = true
			}
		})
		return b.String(), restore
	}
	return "", false
}

func newKeptState(t *testing.T, k Keeper, query string) *State {
	t.Helper()
	s, err := NewState()
	if err != nil {
		t.Fatal(err)
	}
	s.SetKeeper(k)
	s.Apply("init", query)
	return s
}

// An edit is kept for the next visit and shown as edited with a way back to the original;
// restoring, or editing the text back to the original, forgets it. Each dataset keeps its own.
func TestEditsAreKeptForTheNextVisit(t *testing.T) {
	bundled, _ := datasets.Bytes("us-iraq")
	edited := strings.Replace(string(bundled), `"en": "United States"`, `"en": "United States (edited)"`, 1)
	k := &mapKeeper{texts: map[string]string{}}

	s := newKeptState(t, k, "")
	if note, _ := keptNote(s); note != "" {
		t.Errorf("the bundled text is shown with the note %q", note)
	}
	key := s.keyOf("us-iraq")
	if !strings.HasPrefix(key, "us-iraq@") {
		t.Errorf("the key of us-iraq is %q", key)
	}
	r := s.Apply("edit", edited)
	if k.texts[key] != edited {
		t.Fatalf("the edit is not kept: keeper has %d characters", len(k.texts[key]))
	}
	if _, ok := r.Regions[RegionEditorHead]; !ok {
		t.Error("an edit does not redraw the editor's head, which says the text is edited")
	}
	if note, restore := keptNote(s); !strings.Contains(note, "kept in this browser") || !restore {
		t.Errorf("after an edit the note is %q (restore button: %v)", note, restore)
	}

	// The next visit starts from the kept text, in any language.
	next := newKeptState(t, k, "?lang=ar")
	if next.Text() != edited || !next.Input().Edited {
		t.Errorf("the next visit has %d characters, edited %v; want the %d of the kept edit", len(next.Text()), next.Input().Edited, len(edited))
	}
	if f := next.Input().Framework; f == nil || f.Stakeholders[0].Name["en"] != "United States (edited)" {
		t.Error("the next visit's panels do not show the kept edit")
	}
	if note, _ := keptNote(next); !strings.Contains(note, "محفوظ") {
		t.Errorf("the Arabic note is %q", note)
	}

	// Another dataset has its own text; coming back finds the edit.
	next.Apply("dataset", "us-iraq-2021")
	if b, _ := datasets.Bytes("us-iraq-2021"); next.Text() != string(b) || next.Input().Edited {
		t.Error("the 2021 dataset does not show its own bundled text")
	}
	next.Apply("dataset", "us-iraq")
	if next.Text() != edited {
		t.Error("coming back to us-iraq lost the kept edit")
	}

	// Restore puts the original back and forgets the edit.
	r = next.Apply("restore", "")
	if r.Text == nil || *r.Text != string(bundled) || next.Input().Edited {
		t.Error("restore did not put the bundled text back in the editor")
	}
	if _, ok := k.texts[key]; ok {
		t.Error("restore did not forget the kept edit")
	}
	if note, _ := keptNote(next); note != "" {
		t.Errorf("after restoring, the note %q stays", note)
	}

	// Typing the original back forgets the edit too.
	s.Apply("edit", edited)
	s.Apply("edit", string(bundled))
	if _, ok := k.texts[key]; ok || s.Input().Edited {
		t.Error("the bundled text typed back is kept as an edit")
	}
}

// A storage that refuses the text (full, or disabled) is said so: the visitor is told that a
// reload brings back the original, rather than losing the edit without a word.
func TestAnEditThatCannotBeKeptIsSaidSo(t *testing.T) {
	bundled, _ := datasets.Bytes("us-iraq")
	k := &mapKeeper{texts: map[string]string{}, full: true}
	s := newKeptState(t, k, "")
	s.Apply("edit", string(bundled)+" ")
	note, restore := keptNote(s)
	if !strings.Contains(note, "would not keep") || !restore {
		t.Errorf("a refused save gives the note %q (restore button: %v)", note, restore)
	}
	k.full = false
	s.Apply("edit", string(bundled)+"  ")
	if note, _ := keptNote(s); !strings.Contains(note, "kept in this browser") {
		t.Errorf("a save that works again still gives %q", note)
	}
}

// Without a keeper (a browser without local storage), an edit is marked as edited and the
// note says it is not kept.
func TestEditsWithoutAKeeper(t *testing.T) {
	s := newKeptState(t, nil, "")
	bundled, _ := datasets.Bytes("us-iraq")
	s.Apply("edit", string(bundled)+" ")
	if !s.Input().Edited {
		t.Error("an edit is not marked as edited")
	}
	if note, _ := keptNote(s); !strings.Contains(note, "would not keep") {
		t.Errorf("without a keeper the note is %q", note)
	}
	s.Rehearse()
	if !s.Input().Edited || s.Text() != string(bundled)+" " {
		t.Error("a rehearsal changed the state")
	}
}
