package i18n

// Message is an error whose text is an interface string. The data layer
// and the browser adapters return it, since they do not know the reader's
// language; a view shows it with Lang.Error, in that language. Its Error
// is French, the default language, for logs and tests.
type Message struct {
	Key  string
	Args []any // may hold errors, themselves translated by Lang.Error
}

// Errorf returns the interface string key with args as an error.
func Errorf(key string, args ...any) error { return &Message{Key: key, Args: args} }

func (m *Message) Error() string { return French.Error(m) }

// reasonError is a reason the ingestion worker gives for a file, in the
// build's English (see Lang.Reason).
type reasonError string

// ReasonError returns the worker's reason as an error, translated when
// shown.
func ReasonError(reason string) error { return reasonError(reason) }

func (r reasonError) Error() string { return French.Reason(string(r)) }

// Error is err's text in language l: an interface string (Message, with
// its error arguments translated too) or a worker's reason in l, anything
// else as it is.
func (l Lang) Error(err error) string {
	switch e := err.(type) {
	case *Message:
		args := make([]any, len(e.Args))
		for i, a := range e.Args {
			if ae, ok := a.(error); ok {
				a = l.Error(ae)
			}
			args[i] = a
		}
		return format(l.T(e.Key), args...)
	case reasonError:
		return l.Reason(string(e))
	case nil:
		return ""
	}
	return err.Error()
}
