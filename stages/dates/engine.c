/*
 * The stage's whole job for one text: scan, match, choose the reference time
 * (news: the DCT; narrative: the last date mentioned; anaphoric phrases such
 * as "the next day" follow the last date in both), resolve, and build the
 * timex objects.  When there is no DCT it is inferred from the text: a full
 * date near the top (dateline), else the latest full date, else the years
 * mentioned (bounded by the tense of their clauses) and the latest past
 * day-and-month.
 */
#include <stdio.h>
#include <string.h>
#include "tl/calendar.h"
#include "dates.h"

struct TlDates {
	TlDLex *lex;
	GArray *toks, *sents, *matches;
	GHashTable *consts;   /* static C string -> shared json_t string */
};

/* A JSON string for one of our constant strings (type, granularity, rule,
 * mod, anchor "dct"), made once and shared by every timex that uses it:
 * borrowed, to be added with json_object_set_nocheck (which takes its own
 * reference).  Keyed by address: the strings are static or live in the
 * lexicon as long as d does. */
static json_t *
shared_str(TlDates *d, const char *s)
{
	if (!s)
		return json_null();
	json_t *j = g_hash_table_lookup(d->consts, s);
	if (!j) {
		j = json_string_nocheck(s);
		g_hash_table_insert(d->consts, (gpointer)s, j);
	}
	return j;
}

TlDates *
tl_dates_new(const char *lang, GError **error)
{
	TlDLex *lex = tl_dlex_load(lang, error);
	if (!lex)
		return NULL;
	TlDates *d = g_new0(TlDates, 1);
	d->lex = lex;
	d->toks = g_array_new(FALSE, FALSE, sizeof(TlDTok));
	d->sents = g_array_new(FALSE, FALSE, sizeof(guint32));
	d->matches = g_array_new(FALSE, FALSE, sizeof(TlDMatch));
	d->consts = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL,
	                                  (GDestroyNotify)tl_json_decref);
	return d;
}

void
tl_dates_free(TlDates *d)
{
	if (!d)
		return;
	tl_dlex_free(d->lex);
	g_array_free(d->toks, TRUE);
	g_array_free(d->sents, TRUE);
	g_array_free(d->matches, TRUE);
	g_hash_table_destroy(d->consts);
	g_free(d);
}

static gboolean
needs_tense(const TlDSem *s)
{
	return (s->kind == S_ABS && s->year == TL_NOYEAR) || (s->kind == S_DUR && s->dir == 1) ||
	       (s->kind == S_REL && s->dir == 3);
}

static gboolean
full_date(const TlDSem *s)
{
	return s->kind == S_ABS && s->year != TL_NOYEAR && s->month && s->day && !s->hol;
}

/* Infer a reference from the text alone (see the file comment). */
static gboolean
infer_ref(const TlDTok *toks, guint n, const TlDMatch *m, guint nm, TlDRef *ref)
{
	gint64 best = G_MININT64;
	for (guint k = 0; k < nm; k++) {
		if (!full_date(&m[k].sem))
			continue;
		gint64 days = tl_cal_to_days(m[k].sem.year, m[k].sem.month, m[k].sem.day);
		if (m[k].start < 200 && toks[0].start + 200 > m[k].start) {
			best = days; /* a dateline */
			break;
		}
		if (days > best)
			best = days;
	}
	if (best != G_MININT64) {
		tl_cal_from_days(best, &ref->year, &ref->month, &ref->day);
		ref->hour = ref->minute = -1;
		return TRUE;
	}
	gint64 lo = G_MININT64, hi = G_MAXINT64, any = G_MININT64;
	for (guint k = 0; k < nm; k++) {
		const TlDSem *s = &m[k].sem;
		if (s->kind != S_ABS || s->year == TL_NOYEAR || s->gran < G_MONTH || s->year < 1000)
			continue;
		TlDTense t = tl_dtense_at(toks, n, (guint)m[k].tok0, (guint)m[k].tok1);
		gint64 y = s->year;
		if (t == TENSE_PAST && y > lo)
			lo = y;
		else if (t == TENSE_FUTURE && y < hi)
			hi = y;
		if (y > any)
			any = y;
	}
	if (any == G_MININT64)
		return FALSE;
	gint64 year = lo != G_MININT64 ? lo : hi != G_MAXINT64 ? hi : any;
	*ref = (TlDRef){.year = year, .hour = -1, .minute = -1};
	/* the latest day-and-month of a past clause dates the text */
	int bm = 0, bd = 0;
	for (guint k = 0; k < nm; k++) {
		const TlDSem *s = &m[k].sem;
		if (s->kind != S_ABS || s->year != TL_NOYEAR || !s->month || !s->day)
			continue;
		if (tl_dtense_at(toks, n, (guint)m[k].tok0, (guint)m[k].tok1) != TENSE_PAST)
			continue;
		if (s->month > bm || (s->month == bm && s->day > bd))
			bm = s->month, bd = s->day;
	}
	if (bm && tl_cal_valid(year, bm, bd))
		ref->month = bm, ref->day = bd;
	return TRUE;
}

typedef struct {
	TlDRef dct;
	gboolean have_dct;
	gboolean narrative;
	TlDRef last;          /* last date mentioned */
	char last_id[16];
	guint last_sent;      /* its sentence */
	gint64 q_year;        /* last quarter mentioned (year, 0 when none) */
	int q;
} Ctx;

/* Does sentence `sent` speak of a quarter (quarterly figures)? */
static gboolean
quarter_sentence(const TlDTok *toks, guint n, guint at)
{
	guint16 sent = toks[at].sent;
	for (guint i = at; i-- > 0 && toks[i].sent + 1 >= sent;)
		if (strcmp(toks[i].low, "quarter") == 0 || strcmp(toks[i].low, "period") == 0)
			return TRUE;
	for (guint i = at; i < n && toks[i].sent == sent; i++)
		if (strcmp(toks[i].low, "quarter") == 0 || strcmp(toks[i].low, "period") == 0)
			return TRUE;
	return FALSE;
}

static void
resolve_one(TlDates *d, Ctx *c, guint k, TlDValue *v, const char **anchor)
{
	const TlDTok *toks = (const TlDTok *)(void *)d->toks->data;
	guint n = d->toks->len;
	TlDMatch *m = &g_array_index(d->matches, TlDMatch, k);
	TlDSem s = m->sem;
	TlDTense tense = needs_tense(&s) ? tl_dtense_at(toks, n, (guint)m->tok0, (guint)m->tok1)
	                                 : TENSE_NONE;
	gboolean use_last = c->last_id[0] && (s.anaph || c->narrative);
	/* "two years later" counts from a date of this or the last sentence only */
	if (use_last && !c->narrative && s.kind == S_REL && s.rule && strncmp(s.rule, "units-", 6) == 0 &&
	    toks[m->tok0].sent > c->last_sent + 1)
		use_last = FALSE;
	/* "a year ago" among quarterly figures is the same quarter a year back */
	gboolean ago = s.rule && (strcmp(s.rule, "units-ago") == 0 ||
	                          strcmp(s.rule, "units-earlier") == 0 || strcmp(s.rule, "year-ago") == 0);
	if (s.kind == S_REL && s.unit == G_YEAR && s.off == -1 && ago && c->have_dct &&
	    (c->q || s.quarter) && (s.by_quarter || quarter_sentence(toks, n, (guint)m->tok0))) {
		TlDSem qs = s;
		qs.kind = S_ABS;
		qs.year = s.quarter ? c->dct.year - 1 : c->q_year - 1;
		qs.quarter = s.quarter ? s.quarter : c->q;
		qs.gran = G_QUARTER;
		tl_dresolve(&qs, &c->dct, TENSE_NONE, v);
		v->uses_ref = TRUE;
		*anchor = "dct";
		return;
	}
	/* a last date too coarse for the unit: fall back on the DCT */
	if (use_last && s.kind == S_REL &&
	    ((s.unit <= G_WEEK && !c->last.day) || (s.unit <= G_QUARTER && !c->last.month)))
		use_last = FALSE;
	TlDRef ref = use_last ? c->last : c->dct;
	if (!use_last && !c->have_dct)
		ref.year = TL_NOYEAR;
	*anchor = use_last ? c->last_id : "dct";
	const char *borrowed = NULL;
	/* a clock time takes the date next to it: "9:45 a.m. on Thursday",
	 * "next Tuesday at 5pm" */
	for (int side = 0; side < 2 && s.type == TX_TIME && s.kind == S_ABS && !s.month &&
	                   !s.weekday && s.year == TL_NOYEAR; side++) {
		guint o = side == 0 ? k + 1 : k - 1;
		if ((side == 0 && k + 1 >= d->matches->len) || (side == 1 && k == 0))
			continue;
		TlDMatch *nx = &g_array_index(d->matches, TlDMatch, o);
		int gap = side == 0 ? nx->tok0 - m->tok1 : m->tok0 - nx->tok1;
		if (gap <= 2 && nx->sem.type == TX_DATE && nx->sem.gran == G_DAY &&
		    nx->sem.hour < 0 && !nx->sem.part) {
			TlDValue dv;
			const char *a2;
			resolve_one(d, c, o, &dv, &a2);
			if (dv.is_point && dv.point.day) {
				s.year = dv.point.year, s.month = dv.point.month, s.day = dv.point.day;
				borrowed = a2;
			}
		}
	}
	if (s.type == TX_TIME && s.kind == S_ABS && s.weekday && !s.month)
		s.type = TX_TIME;
	tl_dresolve(&s, &ref, tense, v);
	if (!v->uses_ref)
		*anchor = borrowed; /* the date's anchor, or NULL when absolute */
}

static json_t *
range_json(const TlDValue *v)
{
	if (!v->range0[0])
		return json_null();
	json_t *r = json_array();
	json_array_append_new(r, json_string_nocheck(v->range0));
	json_array_append_new(r, json_string_nocheck(v->range1));
	return r;
}

static json_t *
timex_json(TlDates *d, const char *text, const TlDMatch *m, const TlDValue *v,
           const char *anchor, int id)
{
	const TlDSem *s = &m->sem;
	char tid[16];
	g_snprintf(tid, sizeof tid, "t%d", id);
	/* every string here is valid UTF-8 already (the text was checked on
	 * input; the rest is ours): skip jansson's re-validation */
	json_t *o = json_object();
	json_object_set_new_nocheck(o, "id", json_string_nocheck(tid));
	json_object_set_new_nocheck(o, "start", json_integer(m->start));
	json_object_set_new_nocheck(o, "end", json_integer(m->end));
	json_object_set_new_nocheck(o, "text", json_stringn_nocheck(text + m->start, m->end - m->start));
	TlDType type = v->type;
	if (type == TX_DATE && g_ascii_isdigit(v->value[0]) && strchr(v->value, ':'))
		type = TX_TIME;
	json_object_set_nocheck(o, "type", shared_str(d, tl_dtype_name(type)));
	json_object_set_new_nocheck(o, "value", json_string_nocheck(v->value));
	json_object_set_nocheck(o, "mod", shared_str(d, s->mod));
	json_object_set_new_nocheck(o, "anchor", anchor ? json_string_nocheck(anchor) : json_null());
	json_object_set_nocheck(o, "granularity", shared_str(d, v->gran ? tl_dgran_name(v->gran) : NULL));
	json_object_set_new_nocheck(o, "range", range_json(v));
	json_object_set_nocheck(o, "rule", shared_str(d, s->rule ? s->rule : "unknown"));
	if (s->kind == S_SET) {
		json_object_set_nocheck(o, "quant", shared_str(d, s->quant));
		json_object_set_nocheck(o, "freq", shared_str(d, s->freq));
	}
	return o;
}

/* Is the text a narrative (no DCT, dated by its own full dates)? */
static gboolean
choose_narrative(const TlDOptions *opt, gboolean have_dct, gboolean inferred,
                 const TlDMatch *m, guint nm)
{
	if (opt->mode == TL_DMODE_NEWS)
		return FALSE;
	if (opt->mode == TL_DMODE_NARRATIVE)
		return TRUE;
	if (have_dct && !inferred)
		return FALSE;
	guint full = 0;
	for (guint k = 0; k < nm; k++)
		full += full_date(&m[k].sem);
	return full >= 2;
}

json_t *
tl_dates_annotate(TlDates *d, const char *text, size_t len, const char *dct,
                  const TlDOptions *opt, char **inferred)
{
	g_array_set_size(d->toks, 0);
	g_array_set_size(d->sents, 0);
	g_array_set_size(d->matches, 0);
	tl_dscan(d->lex, text, len, d->toks, d->sents);
	const TlDTok *toks = (const TlDTok *)(void *)d->toks->data;
	tl_dgrammar_run(text, toks, d->toks->len, opt->order, d->matches);
	const TlDMatch *ms = (const TlDMatch *)(void *)d->matches->data;
	guint nm = d->matches->len;
	Ctx c = {0};
	c.have_dct = tl_dref_parse(dct, &c.dct);
	gboolean was_inferred = FALSE;
	if (inferred)
		*inferred = NULL;
	if (!c.have_dct && infer_ref(toks, d->toks->len, ms, nm, &c.dct)) {
		c.have_dct = was_inferred = TRUE;
		if (inferred)
			*inferred = tl_dref_format(&c.dct);
	}
	c.narrative = choose_narrative(opt, c.have_dct, was_inferred, ms, nm);
	json_t *arr = json_array();
	int id = 0;
	for (guint k = 0; k < nm; k++) {
		const TlDMatch *m = &g_array_index(d->matches, TlDMatch, k);
		if (m->sem.kind == S_VALUE && !m->sem.val[0])
			continue;
		TlDValue v;
		const char *anchor;
		resolve_one(d, &c, k, &v, &anchor);
		if (!v.value[0])
			continue;
		char anc[16] = "";
		if (anchor)
			g_strlcpy(anc, anchor, sizeof anc);
		json_array_append_new(arr, timex_json(d, text, m, &v, anchor ? anc : NULL, ++id));
		if (v.is_point && m->sem.type == TX_DATE && !strchr(v.value, 'X')) {
			c.last = v.point;
			c.last_sent = toks[m->tok0].sent;
			g_snprintf(c.last_id, sizeof c.last_id, "t%d", id);
		}
		int q;
		long long qy;
		if (strchr(v.value, 'Q') && sscanf(v.value, "%4lld-Q%d", &qy, &q) == 2 &&
		    m->sem.kind != S_DUR && m->sem.unit != G_YEAR)
			c.q_year = qy, c.q = q;
	}
	return arr;
}
