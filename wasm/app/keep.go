//go:build js && wasm

package main

import (
	"errors"
	"syscall/js"
)

// storageKeeper keeps the visitor's edited texts in the page's local storage
// (view.Keeper), one item per key: an offered document as it was offered. The storage can refuse: it throws when it is
// full (about 5 MB a site in Chromium), and reading it throws where the browser forbids
// storage; each call turns a throw into a failure instead of a panic.
type storageKeeper struct {
	storage js.Value
}

// storagePrefix starts the name of each kept text's item.
const storagePrefix = "jscd-demo/edited/"

// newStorageKeeper returns the page's local storage as a keeper, or nil where there is none.
func newStorageKeeper() (k *storageKeeper) {
	defer func() {
		if recover() != nil {
			k = nil
		}
	}()
	s := js.Global().Get("localStorage")
	if !s.Truthy() {
		return nil
	}
	return &storageKeeper{storage: s}
}

func (k *storageKeeper) Load(key string) (text string, ok bool) {
	defer func() {
		if recover() != nil {
			text, ok = "", false
		}
	}()
	v := k.storage.Call("getItem", storagePrefix+key)
	if v.Type() != js.TypeString {
		return "", false
	}
	return v.String(), true
}

func (k *storageKeeper) Save(key, text string) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = errors.New("the browser refused to store the text")
		}
	}()
	k.storage.Call("setItem", storagePrefix+key, text)
	return nil
}

func (k *storageKeeper) Remove(key string) {
	defer func() { recover() }()
	k.storage.Call("removeItem", storagePrefix+key)
}
