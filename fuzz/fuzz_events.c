/*
 * libFuzzer target: tl-events on arbitrary records.  The input's first line
 * is parsed as a record; its text, sentences and timexes are read as
 * tl-events' main reads them (bad spans refused, as there), and
 * tl_events_annotate runs.  Every event must keep docs/EVENTS.md's
 * promises: a trigger on characters inside the text whose "text" is those
 * bytes, a known class, a sentence number, a time that is "dct" or the
 * id of one of the record's timexes.
 */
#include <string.h>
#include "tl/token.h"
#include "../stages/events/events.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static const char *const classes[] = {"OCCURRENCE", "REPORTING", "STATE", "I_ACTION",
                                      "I_STATE", "ASPECTUAL", "PERCEPTION", NULL};

static gboolean
in_list(const char *s, const char *const *list)
{
	for (; s && *list; list++)
		if (strcmp(s, *list) == 0)
			return TRUE;
	return FALSE;
}

static void
check_event(json_t *ev, const char *text, size_t len, size_t n_sent, const GArray *tx)
{
	g_assert(json_is_object(ev));
	json_t *tr = json_object_get(ev, "trigger");
	json_int_t s = json_integer_value(json_object_get(tr, "start"));
	json_int_t e = json_integer_value(json_object_get(tr, "end"));
	g_assert(0 <= s && s < e && (size_t)e <= len);
	g_assert(((unsigned char)text[s] & 0xC0) != 0x80);
	g_assert((size_t)e == len || ((unsigned char)text[e] & 0xC0) != 0x80);
	const char *tt = json_string_value(json_object_get(tr, "text"));
	g_assert(tt && strlen(tt) == (size_t)(e - s) && memcmp(tt, text + s, (size_t)(e - s)) == 0);
	g_assert(in_list(json_string_value(json_object_get(ev, "class")), classes));
	/* an event in text that the record's sentences leave out gets a
	 * sentence of its own, numbered after them (so no upper bound here) */
	json_t *sent = json_object_get(ev, "sentence");
	(void)n_sent;
	g_assert(json_is_integer(sent) && json_integer_value(sent) >= 0);
	const char *time = json_string_value(json_object_get(ev, "time"));
	if (time && strcmp(time, "dct") != 0) {
		gboolean found = FALSE;
		for (guint i = 0; i < tx->len && !found; i++)
			found = strcmp(g_array_index(tx, TlEvTimex, i).id, time) == 0;
		g_assert(found);
	}
	const char *summary = json_string_value(json_object_get(ev, "summary"));
	g_assert(summary == NULL || g_utf8_validate(summary, -1, NULL));
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static gboolean loaded;
	if (!loaded) {
		GError *err = NULL;
		g_assert(tl_evmodel_default(&err) && tl_evlex_default(&err));
		loaded = TRUE;
	}
	const unsigned char *nl = memchr(data, '\n', size);
	if (nl)
		size = (size_t)(nl - data);
	TlRecord *rec = tl_record_parse((const char *)data, size, NULL);
	if (!rec)
		return 0;
	size_t len = 0;
	const char *text = tl_record_get_string(rec, "text", &len);
	GArray *spans = g_array_new(FALSE, FALSE, sizeof(TlSpan));
	GArray *tx = g_array_new(FALSE, FALSE, sizeof(TlEvTimex));
	GError *rerr = NULL;
	if (text && tl_ev_record_spans(rec, len, spans, &rerr) &&
	    tl_ev_record_timexes(rec, len, tx, &rerr)) {
		const char *dct = tl_record_get_string(rec, "dct", NULL);
		GError *err = NULL;
		json_t *evs = tl_events_annotate(text, len, (const TlSpan *)(void *)spans->data,
		                                 spans->len, (const TlEvTimex *)(void *)tx->data,
		                                 tx->len, dct, &err);
		if (evs) {
			g_assert(json_is_array(evs));
			size_t i;
			json_t *ev;
			json_array_foreach(evs, i, ev)
				check_event(ev, text, len, spans->len, tx);
			/* the record, events set, writes and parses again */
			tl_record_set(rec, "events", evs);
			GString *out = g_string_new(NULL);
			tl_record_write(rec, out);
			TlRecord *again = tl_record_parse(out->str, out->len - 1, NULL);
			g_assert(again != NULL);
			tl_record_free(again);
			g_string_free(out, TRUE);
		} else {
			g_assert(err != NULL);
			g_error_free(err);
		}
	}
	g_clear_error(&rerr);
	g_array_free(spans, TRUE);
	g_array_free(tx, TRUE);
	tl_record_free(rec);
	return 0;
}
