/*
 * The stage over one document: analyse, label, describe, date, summarize,
 * and write the `events` array in DESIGN.md's form (plus aspect, modality,
 * lemma, salience and range; docs/EVENTS.md).  The array is serialized here,
 * into the caller's buffer, with the bytes Jansson would write
 * (tl_json_append: compact, insertion order, UTF-8 kept, reals to six
 * digits): building json_t objects only to dump them cost a tenth of the
 * stage.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "events.h"
#include "anchoring.h"

/* A literal, and its length. */
#define PUT(out, lit) tl_annot_put(out, lit, sizeof lit - 1)

/* ,"key": and the value as a JSON string, or null; key is a literal. */
#define KEY_STR(out, key, value) key_str(out, ",\"" key "\":", sizeof ",\"" key "\":" - 1, value)

static void
key_str(GString *out, const char *key, size_t key_len, const char *value)
{
	tl_annot_put(out, key, key_len);
	if (value)
		tl_annot_json_string(out, value, strlen(value));
	else
		PUT(out, "null");
}

/* A real as Jansson writes it with JSON_REAL_PRECISION(6): %.6g, and ".0"
 * when that looks like an integer. */
static void
append_real(GString *out, double v)
{
	char buf[64];
	long hundredths = lround(v * 100);
	if (v >= 0 && v <= 1 && fabs(v * 100 - (double)hundredths) < 1e-9) {
		/* saliences are whole hundredths: %.6g of those, without printf */
		tl_annot_json_uint(out, (guint64)hundredths / 100);
		g_string_append_c(out, '.');
		int frac = (int)(hundredths % 100);
		if (frac == 0)
			g_string_append_c(out, '0');
		else {
			g_string_append_c(out, (char)('0' + frac / 10));
			if (frac % 10)
				g_string_append_c(out, (char)('0' + frac % 10));
		}
		return;
	}
	g_ascii_formatd(buf, sizeof buf, "%.6g", v);
	g_string_append(out, buf);
	if (!strpbrk(buf, ".eE"))
		g_string_append(out, ".0");
}

static void
event_json(const TlEvDoc *d, const TlEvent *ev, size_t n, const TlEvTimex *tx,
           const guint8 *timex_tok, GString *out)
{
	const TlEvTok *t = tl_evdoc_tok(d, ev->tok);
	PUT(out, "{\"id\":\"e");
	tl_annot_json_uint(out, n);
	PUT(out, "\",\"trigger\":{\"start\":");
	tl_annot_json_uint(out, t->start);
	PUT(out, ",\"end\":");
	tl_annot_json_uint(out, t->end);
	PUT(out, ",\"text\":");
	tl_annot_json_string(out, d->text + t->start, t->end - t->start);
	g_string_append_c(out, '}');
	KEY_STR(out, "lemma", tl_evdoc_lemma(d, ev->tok));
	KEY_STR(out, "class", tl_evclass_name(ev->cls));
	KEY_STR(out, "tense", ev->tense);
	KEY_STR(out, "aspect", ev->aspect);
	KEY_STR(out, "polarity", ev->neg ? "NEG" : "POS");
	KEY_STR(out, "modality", ev->modality);
	PUT(out, ",\"sentence\":");
	tl_annot_json_uint(out, ev->sent);
	const char *time = ev->time >= 0 ? tx[ev->time].id : ev->time == -2 ? "dct" : NULL;
	KEY_STR(out, "time", time);
	KEY_STR(out, "relation", time ? ev->relation : NULL);
	if (ev->range_start && ev->range_end) {
		PUT(out, ",\"range\":[");
		tl_annot_json_string(out, ev->range_start, strlen(ev->range_start));
		g_string_append_c(out, ',');
		tl_annot_json_string(out, ev->range_end, strlen(ev->range_end));
		g_string_append_c(out, ']');
	}
	KEY_STR(out, "summary", ev->summary ? ev->summary : "");
	PUT(out, ",\"salience\":");
	append_real(out, ev->salience);
	PUT(out, ",\"participants\":");
	tl_ev_participants(d, ev, timex_tok, out);
	g_string_append_c(out, '}');
}

static gboolean all_caps(const TlEvDoc *d, const TlEvTok *t);

gboolean
tl_ev_quoted_name(const TlEvDoc *d, size_t a, size_t b)
{
	size_t n = d->toks->len, q0 = a, q1 = b;
	if (a >= b || b > n)
		return FALSE;
	while (q0 > 0 && a - q0 < 8 && !(tl_evdoc_tok(d, q0 - 1)->mark & TL_EVM_QUOTE))
		q0--;
	while (q1 < n && q1 - b < 8 && !(tl_evdoc_tok(d, q1)->mark & TL_EVM_QUOTE))
		q1++;
	if (q0 == 0 || !(tl_evdoc_tok(d, q0 - 1)->mark & TL_EVM_QUOTE) || q1 >= n ||
	    !(tl_evdoc_tok(d, q1)->mark & TL_EVM_QUOTE) || (q0 == a && q1 == b))
		return FALSE;
	/* the quote's other words: a name's, capitalised (not a headline in
	 * capitals) */
	for (size_t j = q0; j < q1; j++) {
		if (j >= a && j < b)
			continue;
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->sent != tl_evdoc_tok(d, a)->sent || !g_ascii_isupper(d->text[u->start]) || all_caps(d, u))
			return FALSE;
	}
	return TRUE;
}

void
tl_ev_timex_tokens(const TlEvDoc *d, const TlEvTimex *tx, size_t n_tx, guint8 *timex_tok)
{
	size_t n = d->toks->len;
	for (size_t k = 0; k < n_tx; k++) {
		gboolean dating = tx[k].type && strcmp(tx[k].type, "DURATION") != 0;
		size_t lo = 0, hi = n; /* the first token ending after the timex starts */
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (tl_evdoc_tok(d, mid)->end <= tx[k].start)
				lo = mid + 1;
			else
				hi = mid;
		}
		size_t e = lo;
		while (e < n && tl_evdoc_tok(d, e)->start < tx[k].end)
			e++;
		/* a year of a name in quotes is the name's word: "Zrínyi 2026",
		 * "Vision 2030" */
		if (tl_ev_quoted_name(d, lo, e))
			continue;
		/* nor is a contract's month a date: "the May contract rose" */
		if (dating && e > lo && tl_anc_contract_month(d, &tx[k], e))
			dating = FALSE;
		for (size_t j = lo; j < n && tl_evdoc_tok(d, j)->start < tx[k].end; j++) {
			timex_tok[j] |= TL_EV_TX_ANY;
			if (dating && tl_evdoc_tok(d, j)->start >= tx[k].start &&
			    tl_evdoc_tok(d, j)->end <= tx[k].end)
				timex_tok[j] |= TL_EV_TX_DATING;
		}
	}
}

/* A word in capitals, of two letters or more ("TOURS", "FALLS"). */
static gboolean
all_caps(const TlEvDoc *d, const TlEvTok *t)
{
	gboolean caps = t->end - t->start >= 2 && g_ascii_isupper(d->text[t->start]);
	for (guint32 b = t->start; b < t->end && caps; b++)
		caps = !g_ascii_islower(d->text[b]);
	return caps;
}

/*
 * A word of a dateline's place or a byline's label, not an event: "TOURS,
 * April 19, 2025 (Valley Wire) -", "BELLOWS FALLS, Vt., March 3 -",
 * "MARLOW —", "Published: 12 November 2024": the first words of their
 * sentence (four at most) in capitals, then a comma or dash; or the first
 * word before a colon.
 */
static gboolean
heading_word(const TlEvDoc *d, size_t i)
{
	const TlEvTok *t = tl_evdoc_tok(d, i);
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, t->sent);
	if (i + 1 >= s->last || i >= (size_t)s->first + 4)
		return FALSE;
	const TlEvTok *nx = tl_evdoc_tok(d, i + 1);
	if (i == s->first && nx->xpos == TL_XPOS_COLON && strcmp(tl_evdoc_lower(d, i + 1), ":") == 0)
		return TRUE;
	/* a place of words in capitals: "BELLOWS FALLS, Vt., March 3 -" */
	for (size_t j = s->first; j <= i; j++)
		if (!all_caps(d, tl_evdoc_tok(d, j)))
			return FALSE;
	size_t k = i + 1;
	while (k < s->last && k < (size_t)s->first + 4 && all_caps(d, tl_evdoc_tok(d, k)))
		k++;
	const TlEvTok *end = tl_evdoc_tok(d, MIN(k, (size_t)s->last - 1));
	return end->xpos == TL_XPOS_COMMA || (end->mark & TL_EVM_DASH);
}

/* "minus" or "plus" before a figure ("fell to minus 4 degrees"), which the
 * tagger may read as a verb after "to": an operator, never an event. */
static gboolean
figure_sign(const TlEvDoc *d, size_t i)
{
	static const char *const signs[] = {"minus", "plus", NULL};
	return i + 1 < d->toks->len && tl_evdoc_tok(d, i + 1)->upos == TL_UPOS_NUM &&
	       tl_ev_word_in(tl_evdoc_lower(d, i), signs);
}

/*
 * A noun of a person's role right before that person's name, a title:
 * "Morning Joe host Joe Scarborough", "team captain Harry Kane" (its first
 * WordNet noun sense is noun.person, 18).  The classifier, which met "host"
 * as a verb, reads it as an event.
 */
static gboolean
title_of_name(const TlEvDoc *d, size_t i)
{
	const TlEvTok *t = tl_evdoc_tok(d, i);
	/* (or a base form after a noun, which no verb is: the tagger's "Joe
	 * host") */
	if (t->upos != TL_UPOS_NOUN &&
	    !(t->xpos == TL_XPOS_VB && i > 0 &&
	      (tl_evdoc_tok(d, i - 1)->upos == TL_UPOS_PROPN || tl_evdoc_tok(d, i - 1)->upos == TL_UPOS_NOUN)))
		return FALSE;
	size_t k = tl_evdoc_ent_from(d, i + 1);
	if (k >= d->n_ents || d->ents[k].first != i + 1 || d->ents[k].type != TL_ENT_PERSON)
		return FALSE;
	const TlEvLexicon *lex = tl_evlex_default(NULL);
	guint64 senses = lex ? tl_evlex_senses(lex, tl_evdoc_lemma(d, i)) : 0;
	return (senses >> TL_EVSENSE_NOUN & 63) == 1 + 18;
}

/*
 * An event noun told by its phase verb's clause ("Blinken finished his
 * three-day trip") is told alone when the verb is an event dated otherwise:
 * "ending a closure that began on January 9, 2024" has the closure on
 * January 9 and the ending on the day the bridge reopened (two different
 * days), and the timeline must not say "Ending a closure" on January 9.
 */
static void
own_headlines(const TlEvDoc *d, TlEvent *ev, size_t n, const TlEvTimex *tx)
{
	for (size_t k = 1; k < n; k++) {
		size_t gv = tl_evdoc_tok(d, ev[k].tok)->upos == TL_UPOS_VERB ? G_MAXSIZE
		                                                               : tl_ev_phase_verb(d, &ev[k]);
		for (size_t j = k; gv != G_MAXSIZE && j-- > 0 && ev[j].tok >= gv;)
			if (ev[j].tok == gv) {
				/* two different days (a year and a day in it may
				 * both be right: "ended his 2020 bid on Wednesday") */
				const char *a = ev[j].time >= 0 ? tx[ev[j].time].value : NULL;
				const char *b = ev[k].time >= 0 ? tx[ev[k].time].value : NULL;
				ev[k].own_headline = a && b && strlen(a) >= 10 && strlen(b) >= 10 &&
				                     strncmp(a, b, 10) != 0;
				break;
			}
	}
}

gboolean
tl_ev_quote_in(const TlEvDoc *d, size_t a, size_t b)
{
	for (size_t j = a; j < b; j++)
		if (tl_evdoc_tok(d, j)->mark & TL_EVM_QUOTE)
			return TRUE;
	return FALSE;
}

gboolean
tl_ev_preposition_like(const TlEvDoc *d, size_t j)
{
	static const char *const words[] = {"according", "including", "regarding", "concerning",
	                                    "following", "excluding", "considering", "pending",
	                                    "preceding", "barring", "dated", NULL};
	/* a phase's participle is a preposition before a date ("the year
	 * ending March 31", "beginning in July", "starting this week"), a verb
	 * before an article or a possessive ("ending a five-day strike",
	 * "starting its second term") */
	static const char *const phases[] = {"beginning", "starting", "ending", NULL};
	const char *w = tl_evdoc_lower(d, j);
	if (tl_ev_word_in(w, words))
		return TRUE;
	if (!tl_ev_word_in(w, phases))
		return FALSE;
	if (j + 1 >= d->toks->len)
		return TRUE;
	static const char *const articles[] = {"a", "an", "the", NULL};
	const TlEvTok *u = tl_evdoc_tok(d, j + 1);
	return u->xpos != TL_XPOS_PRPS && !tl_ev_word_in(tl_evdoc_lower(d, j + 1), articles);
}

/*
 * "An IT worker went on a stabbing spree, killing four": a bare participle
 * of something that happens or holds (not "saying", "arguing": what they
 * introduce makes a headline too long) after a comma, with no other verb
 * between it and the finite verb before
 * it in its sentence, is told with that verb (its headline takes the
 * participle clause) and is a second mention of it (same_as: one timeline
 * entry, not "Killing four" beside it).
 */
static void
tell_adjuncts(const TlEvDoc *d, TlEvent *ev, size_t n)
{
	for (size_t k = 1; k < n; k++) {
		const TlEvTok *t = tl_evdoc_tok(d, ev[k].tok);
		if (t->xpos != TL_XPOS_VBG || ev[k].vg_first != ev[k].tok || ev[k].same_as ||
		    (ev[k].cls != TL_EVC_OCCURRENCE && ev[k].cls != TL_EVC_STATE &&
		     ev[k].cls != TL_EVC_ASPECTUAL) || /* (", ending a closure") */
		    ev[k].tok == 0 || tl_evdoc_tok(d, ev[k].tok - 1)->xpos != TL_XPOS_COMMA ||
		    tl_ev_preposition_like(d, ev[k].tok))
			continue;
		for (size_t j = k; j-- > 0 && j + 8 > k && ev[j].sent == ev[k].sent;) {
			if (tl_evdoc_tok(d, ev[j].tok)->upos != TL_UPOS_VERB)
				continue; /* "a stabbing spree" */
			if ((strcmp(ev[j].tense, "PAST") == 0 || strcmp(ev[j].tense, "PRESENT") == 0) &&
			    !ev[j].adjunct && !ev[j].same_as) {
				ev[j].adjunct = ev[k].tok;
				ev[k].same_as = (guint32)j + 1;
			}
			break;
		}
	}
}

/*
 * "Starting in 1968, he spent 15 years fighting for a holiday", "Beginning
 * in 2010 and continuing for seven years, McArthur murdered": a participle
 * of beginning that opens its sentence tells when the predicate after its
 * phrase began, and alone its headline is "Starting".  It takes the
 * headline of that predicate, the first finite verb past the phrase's
 * comma (told_by), ranked below it: one timeline entry with it.
 */
static void
tell_openers(const TlEvDoc *d, TlEvent *ev, size_t n)
{
	for (size_t k = 0; k + 1 < n; k++) {
		const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev[k].sent);
		size_t i = ev[k].tok;
		if (tl_evdoc_tok(d, i)->xpos != TL_XPOS_VBG || !tl_anc_starting(tl_evdoc_lower(d, i)))
			continue;
		size_t comma = tl_anc_opener_comma(d, s->first, i);
		if (comma == G_MAXSIZE)
			continue;
		for (size_t m = k + 1; m < n && ev[m].sent == ev[k].sent; m++) {
			if (ev[m].tok <= comma)
				continue;
			if (tl_evdoc_tok(d, ev[m].tok)->upos == TL_UPOS_VERB && !ev[m].same_as &&
			    (strcmp(ev[m].tense, "PAST") == 0 || strcmp(ev[m].tense, "PRESENT") == 0))
				ev[k].told_by = (guint32)m + 1;
			break;
		}
	}
}

gboolean
tl_events_annotate_raw(const char *text, size_t len, const TlSpan *spans, size_t n_spans,
                       const TlEvTimex *tx, size_t n_tx, const char *dct, GString *out,
                       GError **error)
{
	const TlEvModel *model = tl_evmodel_default(error);
	if (!model)
		return FALSE;
	g_autoptr(TlEvDoc) d = tl_evdoc_new(text, len, spans, n_spans, error);
	if (!d)
		return FALSE;
	size_t n = d->toks->len;
	g_autofree guint8 *cls = g_new0(guint8, n + 1);
	tl_evmodel_label(model, d, cls);
	tl_evdoc_glued_hyphens(d, cls);
	/* only the classifier reads the hashes: a big document's output needs
	 * the room */
	g_clear_pointer(&d->hash, g_free);
	g_autofree guint8 *timex_tok = g_new0(guint8, n + 1);
	tl_ev_timex_tokens(d, tx, n_tx, timex_tok);
	size_t n_cls = 0; /* at most so many events: room for them at once */
	for (size_t i = 0; i < n; i++)
		n_cls += cls[i] != 0;
	g_autoptr(GArray) evs = g_array_sized_new(FALSE, TRUE, sizeof(TlEvent), (guint)n_cls);
	for (size_t i = 0; i < n; i++) {
		/* a word of a date ("the beginning of Q2 2021") is no event:
		 * TimeML's events and timexes do not nest */
		if (!cls[i] || heading_word(d, i) || (timex_tok[i] & TL_EV_TX_DATING) ||
		    figure_sign(d, i) || title_of_name(d, i))
			continue;
		TlEvent ev = {.tok = (guint32)i, .sent = tl_evdoc_tok(d, i)->sent, .cls = cls[i]};
		tl_ev_attributes(d, &ev);
		g_array_append_val(evs, ev);
	}
	TlEvent *ev = (TlEvent *)evs->data;
	tl_ev_anchor(d, ev, evs->len, tx, n_tx, dct, timex_tok);
	tell_adjuncts(d, ev, evs->len);
	tell_openers(d, ev, evs->len);
	own_headlines(d, ev, evs->len, tx);
	/* an event's strings are freed once it is written, but for a first
	 * mention whose headline a later one takes */
	g_autofree guint8 *keep = g_new0(guint8, evs->len + 1);
	for (guint k = 0; k < evs->len; k++)
		if (ev[k].same_as && ev[k].same_as <= k)
			keep[ev[k].same_as - 1] = 1;
	g_string_append_c(out, '[');
	for (guint k = 0; k < evs->len; k++) {
		/* a participle its verb's headline did not tell after all */
		if (ev[k].same_as && ev[k].same_as <= k && ev[ev[k].same_as - 1].adjunct != ev[k].tok &&
		    tl_evdoc_tok(d, ev[k].tok)->xpos == TL_XPOS_VBG)
			ev[k].same_as = 0;
		if (!ev[k].summarized)
			tl_ev_summarize(d, &ev[k], timex_tok);
		if (ev[k].told_by) {
			/* the later event summarized now, once (a summary reads
			 * no other event's) */
			TlEvent *later = &ev[ev[k].told_by - 1];
			tl_ev_summarize(d, later, timex_tok);
			later->summarized = TRUE;
			g_free(ev[k].summary);
			ev[k].summary = g_strdup(later->summary);
			ev[k].salience = MAX(0.0, MIN(ev[k].salience, later->salience) - 0.2);
		}
		if (ev[k].same_as && ev[k].same_as <= k && ev[ev[k].same_as - 1].summary) {
			/* a second mention: the first one's headline, ranked below it */
			const TlEvent *first = &ev[ev[k].same_as - 1];
			g_free(ev[k].summary);
			ev[k].summary = g_strdup(first->summary);
			ev[k].salience = MAX(0.0, MIN(ev[k].salience, first->salience) - 0.2);
		}
		if (k > 0)
			g_string_append_c(out, ',');
		event_json(d, &ev[k], k + 1, tx, timex_tok, out);
		if (!keep[k])
			tl_event_clear(&ev[k]);
	}
	g_string_append_c(out, ']');
	for (guint k = 0; k < evs->len; k++)
		tl_event_clear(&ev[k]);
	return TRUE;
}

json_t *
tl_events_annotate(const char *text, size_t len, const TlSpan *spans, size_t n_spans,
                   const TlEvTimex *tx, size_t n_tx, const char *dct, GError **error)
{
	g_autoptr(GString) out = g_string_new(NULL);
	if (!tl_events_annotate_raw(text, len, spans, n_spans, tx, n_tx, dct, out, error))
		return NULL;
	json_error_t jerr;
	json_t *arr = json_loadb(out->str, out->len, 0, &jerr);
	if (!arr)
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "events: bad JSON written: %s", jerr.text);
	return arr;
}
