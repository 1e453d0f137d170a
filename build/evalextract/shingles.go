package main

import "regexp"

// wordRe is Python's \w under re.UNICODE: letters, digits and "_".
var wordRe = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// overlap is the benchmark's per-page score: true positive, false
// positive and false negative counts of 4-word shingles, normalised to
// sum to 1 so that long pages weigh no more than short ones.
type overlap struct{ tp, fp, fn float64 }

// shingleOverlap compares a predicted body with the true one the way the
// Scrapinghub benchmark's evaluate.py does (string_shingle_matching):
// tokens are runs of \w, shingles are runs of 4 tokens (one shorter
// shingle for a text of fewer than 4 tokens), counted with repeats.
func shingleOverlap(truth, pred string) overlap {
	t, p := shingles(truth), shingles(pred)
	var o overlap
	for k, tc := range t {
		pc := p[k]
		o.tp += float64(min(tc, pc))
		o.fn += float64(max(0, tc-pc))
	}
	for k, pc := range p {
		o.fp += float64(max(0, pc-t[k]))
	}
	if s := o.tp + o.fp + o.fn; s > 0 {
		o.tp, o.fp, o.fn = o.tp/s, o.fp/s, o.fn/s
	}
	return o
}

func shingles(s string) map[[4]string]int {
	toks := wordRe.FindAllString(s, -1)
	m := make(map[[4]string]int, len(toks))
	for i := 0; i < max(1, len(toks)-3); i++ {
		var k [4]string
		n := copy(k[:], toks[i:min(i+4, len(toks))])
		if n > 0 {
			m[k]++
		}
	}
	return m
}

// f1 is the benchmark's summary: precision and recall averaged over the
// pages where they are defined (evaluate.py's metrics_from_tp_fp_fns),
// and F1 of the two means.
func f1(pages []overlap) (f, precision, recall float64) {
	var np, nr int
	for _, o := range pages {
		if o.tp+o.fp > 0 {
			np++
			precision += ratio(o.tp, o.fp, o.fn, o.fp)
		}
		if o.tp+o.fn > 0 {
			nr++
			recall += ratio(o.tp, o.fp, o.fn, o.fn)
		}
	}
	if np == 0 || nr == 0 {
		return 0, 0, 0
	}
	precision /= float64(np)
	recall /= float64(nr)
	if precision+recall == 0 {
		return 0, precision, recall
	}
	return 2 * precision * recall / (precision + recall), precision, recall
}

// ratio is tp/(tp+miss), 1 for a perfect page, 0 for a page without tp.
func ratio(tp, fp, fn, miss float64) float64 {
	if fp == 0 && fn == 0 {
		return 1
	}
	if tp == 0 && miss == 0 {
		return 0
	}
	return tp / (tp + miss)
}
