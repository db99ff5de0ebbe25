/*
 * The stage over one document: analyse, label, describe, date, summarize,
 * and build the `events` array in DESIGN.md's form (plus aspect, modality,
 * lemma, salience and range; docs/EVENTS.md).
 */
#include <string.h>
#include "events.h"

static json_t *
event_json(const TlEvDoc *d, const TlEvent *ev, size_t n, const TlEvTimex *tx, size_t n_tx)
{
	const TlEvTok *t = tl_evdoc_tok(d, ev->tok);
	g_autofree char *id = g_strdup_printf("e%zu", n);
	json_t *o = json_object();
	json_object_set_new(o, "id", json_string(id));
	json_object_set_new(o, "trigger", json_pack("{s:I,s:I,s:s#}", "start", (json_int_t)t->start,
	                                            "end", (json_int_t)t->end, "text",
	                                            d->text + t->start, (int)(t->end - t->start)));
	json_object_set_new(o, "lemma", json_string(tl_evdoc_lemma(d, ev->tok)));
	json_object_set_new(o, "class", json_string(tl_evclass_name(ev->cls)));
	json_object_set_new(o, "tense", json_string(ev->tense));
	json_object_set_new(o, "aspect", json_string(ev->aspect));
	json_object_set_new(o, "polarity", json_string(ev->neg ? "NEG" : "POS"));
	json_object_set_new(o, "modality", ev->modality ? json_string(ev->modality) : json_null());
	json_object_set_new(o, "sentence", json_integer(ev->sent));
	const char *time = ev->time >= 0 ? tx[ev->time].id : ev->time == -2 ? "dct" : NULL;
	json_object_set_new(o, "time", time ? json_string(time) : json_null());
	json_object_set_new(o, "relation", time && ev->relation ? json_string(ev->relation) : json_null());
	if (ev->range_start && ev->range_end)
		json_object_set_new(o, "range", json_pack("[s,s]", ev->range_start, ev->range_end));
	json_object_set_new(o, "summary", json_string(ev->summary ? ev->summary : ""));
	json_object_set_new(o, "salience", json_real(ev->salience));
	json_object_set_new(o, "participants", tl_ev_participants(d, ev, tx, n_tx));
	return o;
}

void
tl_ev_timex_tokens(const TlEvDoc *d, const TlEvTimex *tx, size_t n_tx, guint8 *timex_tok)
{
	size_t n = d->toks->len;
	for (size_t k = 0; k < n_tx; k++) {
		if (!tx[k].type || strcmp(tx[k].type, "DURATION") == 0)
			continue;
		size_t lo = 0, hi = n; /* the first token ending after the timex starts */
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (tl_evdoc_tok(d, mid)->end <= tx[k].start)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (size_t j = lo; j < n && tl_evdoc_tok(d, j)->start < tx[k].end; j++)
			if (tl_evdoc_tok(d, j)->start >= tx[k].start && tl_evdoc_tok(d, j)->end <= tx[k].end)
				timex_tok[j] = 1;
	}
}

json_t *
tl_events_annotate(const char *text, size_t len, const TlSpan *spans, size_t n_spans,
                   const TlEvTimex *tx, size_t n_tx, const char *dct, GError **error)
{
	const TlEvModel *model = tl_evmodel_default(error);
	if (!model)
		return NULL;
	g_autoptr(TlEvDoc) d = tl_evdoc_new(text, len, spans, n_spans, error);
	if (!d)
		return NULL;
	size_t n = d->toks->len;
	g_autofree guint8 *cls = g_new0(guint8, n + 1);
	tl_evmodel_label(model, d, cls);
	g_autoptr(GArray) evs = g_array_new(FALSE, TRUE, sizeof(TlEvent));
	for (size_t i = 0; i < n; i++) {
		if (!cls[i])
			continue;
		TlEvent ev = {.tok = (guint32)i, .sent = tl_evdoc_tok(d, i)->sent, .cls = cls[i]};
		tl_ev_attributes(d, &ev);
		g_array_append_val(evs, ev);
	}
	TlEvent *ev = (TlEvent *)evs->data;
	tl_ev_anchor(d, ev, evs->len, tx, n_tx, dct);
	g_autofree guint8 *timex_tok = g_new0(guint8, n + 1);
	tl_ev_timex_tokens(d, tx, n_tx, timex_tok);
	json_t *arr = json_array();
	for (guint k = 0; k < evs->len; k++) {
		tl_ev_summarize(d, &ev[k], timex_tok);
		if (ev[k].same_as && ev[k].same_as <= k && ev[ev[k].same_as - 1].summary) {
			/* a second mention: the first one's headline, ranked below it */
			const TlEvent *first = &ev[ev[k].same_as - 1];
			g_free(ev[k].summary);
			ev[k].summary = g_strdup(first->summary);
			ev[k].salience = MAX(0.0, MIN(ev[k].salience, first->salience) - 0.2);
		}
		json_array_append_new(arr, event_json(d, &ev[k], k + 1, tx, n_tx));
	}
	for (guint k = 0; k < evs->len; k++)
		tl_event_clear(&ev[k]);
	return arr;
}
