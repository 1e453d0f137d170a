package entity

// correct applies the rules the model must not overrule (doc.go,
// "Corrections") to the spans it found.
func (a *analysis) correct(spans [][]span) {
}
