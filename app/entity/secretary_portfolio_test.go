package entity

import "testing"

// TestSecretaryPortfolio holds a US secretary's department named after
// "secrétaire au", "à la", "aux" (correct.go, portfolioAt), from train's
// "Le secrétaire au Commerce, Howard Lutnick", read as a person. The
// sentences are written for the test.
func TestSecretaryPortfolio(t *testing.T) {
	checkShown(t, []shownCase{
		{name: "departments after secrétaire, a union's secretary general",
			blocks: []string{"Le secrétaire au Commerce, Howard Lutnick, a parlé. La secrétaire à la Défense Kathleen Hicks et le secrétaire général de la CGT Philippe Martinez aussi. Le secrétaire aux Transports Sean Duffy a parlé."},
			want:   []string{"PER:Howard Lutnick", "PER:Kathleen Hicks", "ORG:CGT", "PER:Philippe Martinez", "PER:Sean Duffy"}},
	})
}
