/*
 * Reading a record's `sentences` and `timexes` straight from the line's
 * bytes (tl_record_get_raw), without a Jansson tree, when they are in the
 * plain form tl-dates writes.  What these might not read as Jansson would
 * (an escape in a key or in a string tl-events uses, a \u escape anywhere,
 * a real or a long number, an element that is not an array or an object,
 * deep nesting) is left to the Jansson path.
 */
#ifndef TL_EV_INPUT_LEAN_H
#define TL_EV_INPUT_LEAN_H

#include "events.h"

typedef enum {
	TL_EV_LEAN_OK,    /* read, and every span is within the text */
	TL_EV_LEAN_BAD,   /* read, but a span is bad: the Jansson path names it */
	TL_EV_LEAN_OTHER, /* not in the plain form: use the Jansson path */
} TlEvLean;

/*
 * Append to spans the [a, b] pairs of the JSON value raw[0..n) (an array, or
 * null), each a <= b <= len and after the one before.  On anything but OK,
 * spans may hold some of them: the caller truncates it.
 */
TlEvLean tl_ev_lean_spans(const char *raw, size_t n, size_t len, GArray *spans);

/*
 * Append to out (TlEvTimex) the timexes of raw[0..n) that have an id, each
 * owning a copy of its strings (tl_ev_timex_clear frees them).  As above for
 * anything but OK.
 */
TlEvLean tl_ev_lean_timexes(const char *raw, size_t n, size_t len, GArray *out);

#endif
