package ui

import "lecteur/app/ui/i18n"

// lang is the interface language. The build prerenders in French; in the
// browser, prefs.go sets it from the reader's choice or the browser's
// languages before the first render.
var lang = i18n.French

// Lang returns the interface language.
func Lang() string { return string(lang) }

// t returns the interface string for key in the current language.
func t(key string) string { return lang.T(key) }
