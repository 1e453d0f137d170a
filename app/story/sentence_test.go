package story

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "Le train est parti. Il est arrivé à Lyon.", []string{"Le train est parti.", "Il est arrivé à Lyon."}},
		{"question and exclamation", "Pourquoi ? Parce que ! Voilà.", []string{"Pourquoi ?", "Parce que !", "Voilà."}},
		{"French quote closed after the stop", "« Nous ne paierons pas. » La direction a tenu bon.", []string{"« Nous ne paierons pas. »", "La direction a tenu bon."}},
		{"exclamation inside a quote, sentence goes on", "« Non ! », a-t-il répondu. Puis il est parti.", []string{"« Non ! », a-t-il répondu.", "Puis il est parti."}},
		{"civility abbreviations", "M. Dupont et Mme Martin sont arrivés. Le Dr. Lee aussi.", []string{"M. Dupont et Mme Martin sont arrivés.", "Le Dr. Lee aussi."}},
		{"initials and dotted acronyms", "J. Smith works in the U.S. Army. He left.", []string{"J. Smith works in the U.S. Army.", "He left."}},
		{"decimal number", "Le taux est de 3.5 % cette année. Il baisse.", []string{"Le taux est de 3.5 % cette année.", "Il baisse."}},
		{"lower case after a stop is no new sentence", "Il a dit non. et puis rien.", []string{"Il a dit non. et puis rien."}},
		{"ellipsis", "Il a hésité… Puis il a signé.", []string{"Il a hésité…", "Puis il a signé."}},
		{"English quotes", `"We will not pay," he said. "Never." The board agreed.`, []string{`"We will not pay," he said.`, `"Never."`, "The board agreed."}},
		{"digit starts a sentence", "La séance est levée. 40 députés étaient présents.", []string{"La séance est levée.", "40 députés étaient présents."}},
		{"no final stop", "Une phrase sans point", []string{"Une phrase sans point"}},
		{"narrow space before a closing guillemet", "« C'est fini.\u202f» Le maire est parti.", []string{"« C'est fini.\u202f»", "Le maire est parti."}},
		{"month abbreviation", "Signed on Jan. 9 in Paris. It took effect.", []string{"Signed on Jan. 9 in Paris.", "It took effect."}},
		{"empty", "  ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sentences(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitKeepsParagraphs(t *testing.T) {
	got := Split([]string{"Un.  Deux.", "Trois."})
	want := []Sentence{{"Un.", 0, 0}, {"Deux.", 0, 5}, {"Trois.", 1, 0}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Split = %v, want %v", got, want)
	}
}
