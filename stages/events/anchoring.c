/*
 * Dating events: each event takes the DATE or TIME timex of its sentence that
 * is closest to it in the syntax, as proximity approximates it: token
 * distance, plus a cost for every clause boundary (comma, semicolon, dash,
 * quote) and every other verb event between them, since a timex belongs to
 * the nearest predicate of its clause.  The word before the timex gives the
 * relation (data/anchoring.txt: "since" BEGINS, "until" ENDS, "before"
 * BEFORE...).  A reporting event left undated is dated by the DCT ("said"
 * happened when the article was written).  An event noun with a duration
 * ("three-day trip") whose phase verb says it ended ("finished") or began at
 * a day gets a range.
 */
#include <stdlib.h>
#include <string.h>
#include "tl/resource.h"
#include "events.h"

#define MAX_COST 24

typedef struct {
	GHashTable *prep;  /* word -> relation (static strings) */
	GHashTable *phase; /* lemma -> "BEGIN" / "END" */
} Rules;

static const char *const relations[] = {"IS_INCLUDED", "BEFORE", "AFTER", "BEGINS",
                                        "ENDS", "SIMULTANEOUS", "INCLUDES"};

static const char *
relation_name(const char *s)
{
	for (size_t i = 0; i < G_N_ELEMENTS(relations); i++)
		if (strcmp(s, relations[i]) == 0)
			return relations[i];
	return NULL;
}

static Rules *
rules_load(void)
{
	Rules *r = g_new0(Rules, 1);
	r->prep = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	r->phase = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	g_autoptr(GBytes) b = tl_resource_get("events", "anchoring.txt", NULL);
	if (!b)
		return r; /* no rules: every relation is IS_INCLUDED */
	g_autofree char *text = g_strndup(g_bytes_get_data(b, NULL), g_bytes_get_size(b));
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
	for (char **l = lines; *l; l++) {
		g_auto(GStrv) f = g_strsplit_set(g_strstrip(*l), " \t", -1);
		if (!f[0] || f[0][0] == '#' || !f[1] || !f[2])
			continue;
		if (strcmp(f[0], "prep") == 0 && relation_name(f[2]))
			g_hash_table_replace(r->prep, g_strdup(f[1]), (gpointer)relation_name(f[2]));
		else if (strcmp(f[0], "phase") == 0)
			g_hash_table_replace(r->phase, g_strdup(f[1]),
			                     strcmp(f[2], "BEGIN") == 0 ? "BEGIN" : "END");
	}
	return r;
}

static const Rules *
rules_default(void)
{
	static gsize once;
	static Rules *rules;
	if (g_once_init_enter(&once)) {
		rules = rules_load();
		g_once_init_leave(&once, 1);
	}
	return rules;
}

/* First token at or after byte offset off (n if none). */
static size_t
tok_at(const TlEvDoc *d, guint32 off)
{
	size_t lo = 0, hi = d->toks->len;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (tl_evdoc_tok(d, mid)->end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static gboolean
boundary(const TlEvDoc *d, size_t j)
{
	const TlEvTok *u = tl_evdoc_tok(d, j);
	if (u->xpos == TL_XPOS_COMMA || u->xpos == TL_XPOS_COLON || u->xpos == TL_XPOS_LQUOTE ||
	    u->xpos == TL_XPOS_RQUOTE || u->xpos == TL_XPOS_LRB || u->xpos == TL_XPOS_RRB)
		return TRUE;
	const char *w = tl_evdoc_lower(d, j);
	return strcmp(w, ";") == 0 || strcmp(w, "—") == 0 || strcmp(w, "–") == 0 ||
	       strcmp(w, "“") == 0 || strcmp(w, "”") == 0 || strcmp(w, "\"") == 0;
}

/* The relation given by the words before the timex's first token. */
static const char *
relation_before(const TlEvDoc *d, const Rules *r, size_t first, size_t sent_first)
{
	for (size_t j = first; j > sent_first && j + 3 > first; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		const char *w = tl_evdoc_lower(d, j - 1);
		const char *rel = g_hash_table_lookup(r->prep, w);
		if (rel)
			return rel;
		/* "earlier this year", "early in": skip determiners and modifiers */
		if (u->upos != TL_UPOS_DET && u->upos != TL_UPOS_ADJ && u->upos != TL_UPOS_ADV)
			break;
	}
	return "IS_INCLUDED";
}

/* Days in a duration value P<n>D or P<n>W; 0 when it is anything else. */
static int
duration_days(const char *v)
{
	if (!v || v[0] != 'P' || !g_ascii_isdigit(v[1]))
		return 0;
	char *end;
	long n = strtol(v + 1, &end, 10);
	if (n <= 0 || n > 366)
		return 0;
	if (strcmp(end, "D") == 0)
		return (int)n;
	if (strcmp(end, "W") == 0)
		return (int)n * 7;
	return 0;
}

static char *
iso_shift(const char *ymd, int days)
{
	int y, m, dd;
	if (!ymd || strlen(ymd) != 10 || sscanf(ymd, "%d-%d-%d", &y, &m, &dd) != 3 ||
	    !g_date_valid_dmy((GDateDay)dd, (GDateMonth)m, (GDateYear)y))
		return NULL;
	GDate *g = g_date_new_dmy((GDateDay)dd, (GDateMonth)m, (GDateYear)y);
	if (days >= 0)
		g_date_add_days(g, (guint)days);
	else
		g_date_subtract_days(g, (guint)-days);
	char *out = g_strdup_printf("%04d-%02d-%02d", g_date_get_year(g), g_date_get_month(g),
	                            g_date_get_day(g));
	g_date_free(g);
	return out;
}

/* A range for an event noun with a duration before it and a phase verb. */
static void
try_range(const TlEvDoc *d, const Rules *r, TlEvent *ev, const TlEvTimex *tx, size_t n_tx,
          const TlEvTimex *date)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	const TlEvTok *t = tl_evdoc_tok(d, ev->tok);
	if (t->upos != TL_UPOS_NOUN || !date->value || strlen(date->value) != 10)
		return;
	int days = 0;
	for (size_t k = 0; k < n_tx && !days; k++)
		if (tx[k].type && strcmp(tx[k].type, "DURATION") == 0 && tx[k].end <= t->start &&
		    tx[k].end + 24 > t->start && tx[k].start >= s->start)
			days = duration_days(tx[k].value);
	if (days <= 0)
		return;
	const char *phase = NULL;
	for (size_t j = ev->tok; j > s->first && j + 6 > ev->tok && !phase; j--)
		if (tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_VERB)
			phase = g_hash_table_lookup(r->phase, tl_evdoc_lemma(d, j - 1));
	if (!phase)
		return;
	gboolean end = strcmp(phase, "END") == 0;
	char *a = end ? iso_shift(date->value, 1 - days) : iso_shift(date->value, 0);
	char *b = end ? iso_shift(date->value, 1) : iso_shift(date->value, days);
	if (!a || !b) {
		g_free(a);
		g_free(b);
		return;
	}
	ev->range_start = a;
	ev->range_end = b;
	ev->relation = end ? "ENDS" : "BEGINS";
}

void
tl_ev_anchor(const TlEvDoc *d, TlEvent *evs, size_t n, const TlEvTimex *tx, size_t n_tx,
             const char *dct)
{
	const Rules *r = rules_default();
	for (size_t e = 0; e < n; e++) {
		TlEvent *ev = &evs[e];
		ev->time = -1;
		ev->relation = NULL;
		const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
		int best = -1, best_cost = MAX_COST + 1;
		size_t best_first = 0;
		for (size_t k = 0; k < n_tx; k++) {
			if (tx[k].start < s->start || tx[k].end > s->end || !tx[k].type ||
			    (strcmp(tx[k].type, "DATE") != 0 && strcmp(tx[k].type, "TIME") != 0))
				continue;
			size_t a = tok_at(d, tx[k].start), b = tok_at(d, tx[k].end);
			if (a >= b || (ev->tok >= a && ev->tok < b))
				continue; /* no tokens, or the trigger inside the timex */
			size_t lo = ev->tok < a ? ev->tok + 1 : b, hi = ev->tok < a ? a : ev->tok;
			int cost = (int)(hi - lo) + (ev->tok < a ? 0 : 1);
			for (size_t j = lo; j < hi; j++)
				if (boundary(d, j))
					cost += 6;
			for (size_t f = 0; f < n; f++)
				if (f != e && evs[f].tok >= lo && evs[f].tok < hi &&
				    tl_evdoc_tok(d, evs[f].tok)->upos == TL_UPOS_VERB)
					cost += 4;
			if (cost < best_cost) {
				best_cost = cost;
				best = (int)k;
				best_first = a;
			}
		}
		if (best >= 0) {
			ev->time = best;
			ev->relation = relation_before(d, r, best_first, s->first);
			try_range(d, r, ev, tx, n_tx, &tx[best]);
		} else if (ev->cls == TL_EVC_REPORTING && dct) {
			ev->time = -2;
			ev->relation = "IS_INCLUDED";
		}
	}
}
