/*
 * tl-events: find the events of each record's text (TimeML EVENT classes,
 * tense, aspect, polarity, modality), date them with the record's timexes,
 * name their participants and give each a headline and a salience; the
 * `events` array is spliced onto the input line (docs/EVENTS.md).
 */
#include <string.h>
#include "tl/cli.h"
#include "events.h"

/* The most of its output buffer the stage keeps from one record to the next. */
#define OUT_KEEP (1 << 16)

static gboolean
annotate(TlRecord *rec, gpointer data, GError **error)
{
	GString **outp = data, *out = *outp; /* reused record after record */
	size_t len = 0;
	const char *text = tl_record_get_string(rec, "text", &len);
	if (!text) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "record has no string 'text'");
		return FALSE;
	}
	g_autoptr(GArray) spans = g_array_new(FALSE, FALSE, sizeof(TlSpan));
	g_autoptr(GArray) tx = g_array_new(FALSE, FALSE, sizeof(TlEvTimex));
	if (!tl_ev_record_spans(rec, len, spans, error) || !tl_ev_record_timexes(rec, len, tx, error))
		return FALSE;
	/* a record that has not been through tl-dates is not dated at all */
	const char *dct = tl_record_has(rec, "timexes") ? tl_record_get_string(rec, "dct", NULL) : NULL;
	g_string_truncate(out, 0);
	if (!tl_events_annotate_raw(text, len, (const TlSpan *)spans->data, spans->len,
	                            (const TlEvTimex *)tx->data, tx->len, dct, out, error))
		return FALSE;
	tl_record_set_raw(rec, "events", out->str, out->len);
	/* the record holds a copy, and the writer will make another: a big
	 * document's buffer is given back now, not kept for the next one */
	if (out->allocated_len > OUT_KEEP) {
		g_string_free(out, TRUE);
		*outp = g_string_sized_new(OUT_KEEP);
	}
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
			g_autoptr(GString) out = g_string_sized_new(OUT_KEEP);
			st = tl_cli_map_records(&cli, annotate, &out);
		}
	}
	tl_cli_clear(&cli);
	return st;
}
