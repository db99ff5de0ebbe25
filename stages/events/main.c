/*
 * tl-events: find the events of each record's text (TimeML EVENT classes,
 * tense, aspect, polarity, modality), date them with the record's timexes,
 * name their participants and give each a headline and a salience; the
 * `events` array is spliced onto the input line (docs/EVENTS.md).
 */
#include <string.h>
#include "tl/cli.h"
#include "events.h"

static gboolean
get_spans(TlRecord *rec, size_t len, GArray *spans, GError **error)
{
	json_t *js = tl_record_get(rec, "sentences");
	if (!js || json_is_null(js))
		return TRUE;
	size_t i;
	json_t *p;
	guint32 prev = 0;
	json_array_foreach(js, i, p) {
		json_int_t a = json_integer_value(json_array_get(p, 0));
		json_int_t b = json_integer_value(json_array_get(p, 1));
		if (!json_is_array(p) || a < prev || b < a || (size_t)b > len) {
			g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "bad 'sentences' span %zu", i);
			return FALSE;
		}
		TlSpan s = {(guint32)a, (guint32)b};
		g_array_append_val(spans, s);
		prev = (guint32)b;
	}
	return TRUE;
}

static gboolean
get_timexes(TlRecord *rec, size_t len, GArray *out, GError **error)
{
	json_t *jt = tl_record_get(rec, "timexes");
	if (!jt || json_is_null(jt))
		return TRUE;
	if (!json_is_array(jt)) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "'timexes' is not an array");
		return FALSE;
	}
	size_t i;
	json_t *t;
	json_array_foreach(jt, i, t) {
		json_int_t a = json_integer_value(json_object_get(t, "start"));
		json_int_t b = json_integer_value(json_object_get(t, "end"));
		if (a < 0 || b < a || (size_t)b > len) {
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
		g_array_append_val(out, x);
	}
	return TRUE;
}

static gboolean
annotate(TlRecord *rec, gpointer data, GError **error)
{
	(void)data;
	size_t len = 0;
	const char *text = tl_record_get_string(rec, "text", &len);
	if (!text) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "record has no string 'text'");
		return FALSE;
	}
	g_autoptr(GArray) spans = g_array_new(FALSE, FALSE, sizeof(TlSpan));
	g_autoptr(GArray) tx = g_array_new(FALSE, FALSE, sizeof(TlEvTimex));
	if (!get_spans(rec, len, spans, error) || !get_timexes(rec, len, tx, error))
		return FALSE;
	/* a record that has not been through tl-dates is not dated at all */
	const char *dct = tl_record_has(rec, "timexes") ? tl_record_get_string(rec, "dct", NULL) : NULL;
	json_t *evs = tl_events_annotate(text, len, (const TlSpan *)spans->data, spans->len,
	                                 (const TlEvTimex *)tx->data, tx->len, dct, error);
	if (!evs)
		return FALSE;
	tl_record_set(rec, "events", evs);
	return TRUE;
}

int
main(int argc, char **argv)
{
	TlCli cli = {.prog = "tl-events", .group = "events"};
	int st = tl_cli_parse(&cli, argc, argv, NULL, "[FILE...]",
	                      "Find, classify, date and summarize the events of each record.");
	if (st < 0) {
		g_autoptr(GError) err = NULL;
		if (!tl_evmodel_default(&err) || !tl_evlex_default(&err)) {
			tl_cli_error(&cli, "cannot load the event model: %s", err->message);
			st = TL_EXIT_FAIL;
		} else {
			st = tl_cli_map_records(&cli, annotate, NULL);
		}
	}
	tl_cli_clear(&cli);
	return st;
}
