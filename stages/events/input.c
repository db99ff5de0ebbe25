/*
 * What tl-events reads from a record besides its text: the `sentences`
 * spans and the `timexes` that tl-dates added, checked against the text's
 * length.  bin/tl-events and the fuzzer (fuzz/fuzz_events.c) read records
 * through these, so the fuzzer tests what the program does.
 *
 * Decoding the two members with Jansson cost a tenth of the stage, so they
 * are first read straight from the line's bytes (input-lean.c) when they
 * are in the plain form tl-dates writes; anything else (escapes, reals,
 * long numbers, other shapes) goes through Jansson as before, so both
 * paths give the same spans, timexes and errors.
 */
#include "events.h"
#include "input-lean.h"

/* A member the record's scanner took but Jansson cannot decode (a number
 * beyond a double): refused, rather than read as absent. */
static gboolean
unreadable(const char *key, GError **error)
{
	g_set_error(error, TL_ERROR, TL_ERROR_RECORD,
	            "'%s' cannot be read (a number out of range?)", key);
	return FALSE;
}

/* An offset is an integer; absent, it reads as 0.  A real (1.0), a string
 * or null is refused: read as 0, it put the span at the text's start. */
static gboolean
offset_or_none(const json_t *v)
{
	return !v || json_is_integer(v);
}

/* Does off fall inside a UTF-8 sequence of the record's text?  A span that
 * splits a character was taken, and a sentence cut so lost every event of
 * the record without a word. */
static gboolean
splits_char(const char *text, size_t len, gint64 off)
{
	return text && off >= 0 && (size_t)off < len && ((guchar)text[off] & 0xC0) == 0x80;
}

/* The record's text, for splits_char (looked up once, not per span). */
static const char *
record_text(TlRecord *rec)
{
	return tl_record_get_string(rec, "text", NULL);
}

static gboolean
spans_json(TlRecord *rec, size_t len, GArray *spans, GError **error)
{
	json_t *js = tl_record_get(rec, "sentences");
	if (!js && tl_record_has(rec, "sentences"))
		return unreadable("sentences", error);
	if (!js || json_is_null(js))
		return TRUE;
	if (!json_is_array(js)) { /* was read as no sentences, as if absent */
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "'sentences' is not an array");
		return FALSE;
	}
	size_t i;
	json_t *p;
	guint32 prev = 0;
	const char *text = record_text(rec);
	json_array_foreach(js, i, p) {
		json_int_t a = json_integer_value(json_array_get(p, 0));
		json_int_t b = json_integer_value(json_array_get(p, 1));
		if (!json_is_array(p) || !offset_or_none(json_array_get(p, 0)) ||
		    !offset_or_none(json_array_get(p, 1)) || a < prev || b < a || (size_t)b > len ||
		    splits_char(text, len, a) || splits_char(text, len, b)) {
			g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "bad 'sentences' span %zu", i);
			return FALSE;
		}
		TlSpan s = {(guint32)a, (guint32)b};
		g_array_append_val(spans, s);
		prev = (guint32)b;
	}
	return TRUE;
}

gboolean
tl_ev_record_spans(TlRecord *rec, size_t len, GArray *spans, GError **error)
{
	size_t rlen = 0;
	const char *raw = tl_record_get_raw(rec, "sentences", &rlen);
	guint before = spans->len;
	switch (raw ? tl_ev_lean_spans(raw, rlen, len, spans) : TL_EV_LEAN_OTHER) {
	case TL_EV_LEAN_OK: {
		const char *text = record_text(rec);
		for (guint i = before; i < spans->len; i++) {
			const TlSpan *sp = &g_array_index(spans, TlSpan, i);
			if (splits_char(text, len, sp->start) || splits_char(text, len, sp->end)) {
				g_array_set_size(spans, before); /* Jansson's path says which */
				return spans_json(rec, len, spans, error);
			}
		}
		return TRUE;
	}
	case TL_EV_LEAN_BAD: /* Jansson's path says which span */
	case TL_EV_LEAN_OTHER:
		g_array_set_size(spans, before);
		return spans_json(rec, len, spans, error);
	}
	return FALSE;
}

static gboolean
timexes_json(TlRecord *rec, size_t len, GArray *out, GError **error)
{
	json_t *jt = tl_record_get(rec, "timexes");
	if (!jt && tl_record_has(rec, "timexes"))
		return unreadable("timexes", error);
	if (!jt || json_is_null(jt))
		return TRUE;
	if (!json_is_array(jt)) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "'timexes' is not an array");
		return FALSE;
	}
	size_t i;
	json_t *t;
	const char *text = record_text(rec);
	json_array_foreach(jt, i, t) {
		json_int_t a = json_integer_value(json_object_get(t, "start"));
		json_int_t b = json_integer_value(json_object_get(t, "end"));
		if (!offset_or_none(json_object_get(t, "start")) ||
		    !offset_or_none(json_object_get(t, "end")) || a < 0 || b < a || (size_t)b > len) {
			g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "bad span of timex %zu", i);
			return FALSE;
		}
		json_t *range = json_object_get(t, "range");
		TlEvTimex x = {
		    .start = (guint32)a,
		    .end = (guint32)b,
		    .type = json_string_value(json_object_get(t, "type")),
		    .value = json_string_value(json_object_get(t, "value")),
		    .range0 = json_string_value(json_array_get(range, 0)),
		    .range1 = json_string_value(json_array_get(range, 1)),
		    .id = json_string_value(json_object_get(t, "id")),
		};
		if (!x.id) /* timexes from elsewhere may lack ids: do not date by them */
			continue;
		if (splits_char(text, len, a) || splits_char(text, len, b)) {
			g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "bad span of timex %zu", i);
			return FALSE;
		}
		g_array_append_val(out, x);
	}
	return TRUE;
}

gboolean
tl_ev_record_timexes(TlRecord *rec, size_t len, GArray *out, GError **error)
{
	size_t rlen = 0;
	const char *raw = tl_record_get_raw(rec, "timexes", &rlen);
	guint before = out->len;
	g_array_set_clear_func(out, tl_ev_timex_clear);
	switch (raw ? tl_ev_lean_timexes(raw, rlen, len, out) : TL_EV_LEAN_OTHER) {
	case TL_EV_LEAN_OK: {
		const char *text = record_text(rec);
		for (guint i = before; i < out->len; i++) {
			const TlEvTimex *x = &g_array_index(out, TlEvTimex, i);
			if (splits_char(text, len, x->start) || splits_char(text, len, x->end)) {
				g_array_set_size(out, before);
				return timexes_json(rec, len, out, error);
			}
		}
		return TRUE;
	}
	case TL_EV_LEAN_BAD:
	case TL_EV_LEAN_OTHER:
		g_array_set_size(out, before);
		return timexes_json(rec, len, out, error);
	}
	return FALSE;
}
