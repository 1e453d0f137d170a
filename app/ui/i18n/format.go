package i18n

import "strconv"

// format is fmt.Sprintf for the interface strings: the verbs %d, %s, %v
// and %%, each optionally with an argument index (%[2]d), applied to
// integers, strings, errors and values with a String method. That is all
// the messages use (TestFormatIsSprintf formats every one of them both
// ways).
//
// Why not fmt: search.wasm (app/earlysearch) writes the first results of
// a cold search page with these strings, and fmt (with the reflect it
// brings) was a tenth of that program and, the first time it ran, the
// largest part of the time to write the rows: each of its large
// functions is compiled by the browser the first time it is called.
//
// Anything else (another verb, a float, a missing argument) is written as
// fmt writes a bad verb, "%!d(MISSING)" or "%!f(?)", so a mistake shows
// in the page as it would with fmt, if not in the same words.
func format(pattern string, args ...any) string {
	b := make([]byte, 0, len(pattern)+16)
	next := 0 // the argument the next verb without an index takes
	used := 0
	reordered := false // fmt reports no extra arguments then
	for i := 0; i < len(pattern); i++ {
		c := pattern[i]
		if c != '%' || i+1 == len(pattern) {
			b = append(b, c)
			continue
		}
		i++
		if pattern[i] == '%' {
			b = append(b, '%')
			continue
		}
		if pattern[i] == '[' {
			end := i + 1
			for end < len(pattern) && pattern[end] >= '0' && pattern[end] <= '9' {
				end++
			}
			if n, err := strconv.Atoi(pattern[i+1 : end]); err == nil && end+1 < len(pattern) && pattern[end] == ']' {
				next, reordered = n-1, true
				i = end + 1
			}
		}
		verb := pattern[i]
		if next < 0 || next >= len(args) {
			b = append(b, "%!"+string(verb)+"(MISSING)"...)
			continue
		}
		b = appendArg(b, verb, args[next])
		next++
		used = max(used, next)
	}
	if !reordered && used < len(args) {
		b = append(b, "%!(EXTRA)"...)
	}
	return string(b)
}

// appendArg appends a formatted with verb.
func appendArg(b []byte, verb byte, a any) []byte {
	if verb == 'd' || verb == 'v' {
		switch n := a.(type) {
		case int:
			return strconv.AppendInt(b, int64(n), 10)
		case int32:
			return strconv.AppendInt(b, int64(n), 10)
		case int64:
			return strconv.AppendInt(b, n, 10)
		case uint32:
			return strconv.AppendUint(b, uint64(n), 10)
		case uint64:
			return strconv.AppendUint(b, n, 10)
		}
	}
	if verb == 's' || verb == 'v' {
		switch s := a.(type) {
		case string:
			return append(b, s...)
		case error:
			return append(b, s.Error()...)
		case interface{ String() string }:
			return append(b, s.String()...)
		}
	}
	return append(b, "%!"+string(verb)+"(?)"...)
}
