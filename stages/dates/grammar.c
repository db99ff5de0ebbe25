/*
 * The grammar's driver: walk the tokens once, and at each token that can
 * start an expression (it has a date sense, or is a number) try the pattern
 * families locally and keep the longest match.  Matches never overlap; the
 * leftmost-longest wins.  Also the token tests shared by the patterns.
 */
#include <math.h>
#include <string.h>
#include "grammar.h"

void
tl_dsem_init(TlDSem *s)
{
	memset(s, 0, sizeof *s);
	s->year = TL_NOYEAR;
	s->hour = s->minute = s->sec = -1;
}

const TlDSense *
tl_dg_sense(const TlDG *g, guint i, int cat)
{
	if (i >= g->n || !g->t[i].senses)
		return NULL;
	GPtrArray *a = g->t[i].senses;
	for (guint k = 0; k < a->len; k++) {
		const TlDSense *s = g_ptr_array_index(a, k);
		if (s->cat == cat && s->nwords == 1)
			return s;
	}
	return NULL;
}

/* Does phrase word w match at token i?  "st." matches "st" + "." */
static guint
word_at(const TlDG *g, guint i, const char *w)
{
	if (i >= g->n)
		return 0;
	if (strcmp(g->t[i].low, w) == 0)
		return i + 1;
	size_t n = strlen(w);
	if (n > 1 && w[n - 1] == '.' && strncmp(g->t[i].low, w, n - 1) == 0 &&
	    g->t[i].low[n - 1] == '\0' && tl_dg_punct(g, i + 1, '.'))
		return i + 2;
	return 0;
}

const TlDSense *
tl_dg_phrase(const TlDG *g, guint i, int cat, guint *end)
{
	if (i >= g->n || !g->t[i].senses)
		return NULL;
	GPtrArray *a = g->t[i].senses;
	const TlDSense *best = NULL;
	guint best_end = 0;
	for (guint k = 0; k < a->len; k++) {
		const TlDSense *s = g_ptr_array_index(a, k);
		if (s->cat != cat)
			continue;
		guint j = i + 1;
		for (int w = 0; j && w < s->nwords - 1; w++)
			j = word_at(g, j, s->words[w]);
		if (j && j > best_end) {
			best = s;
			best_end = j;
		}
	}
	if (best)
		*end = best_end;
	return best;
}

gboolean
tl_dg_lit(const TlDG *g, guint i, const char *w)
{
	return i < g->n && g->t[i].low[0] == w[0] && strcmp(g->t[i].low, w) == 0;
}

gboolean
tl_dg_punct(const TlDG *g, guint i, char c)
{
	return i < g->n && g->t[i].kind == T_PUNCT && g->text[g->t[i].start] == c &&
	       g->t[i].end == g->t[i].start + 1;
}

gboolean
tl_dg_hyph(const TlDG *g, guint i)
{
	if (i + 1 >= g->n || i == 0)
		return FALSE;
	const TlDTok *t = &g->t[i];
	gboolean dash = tl_dg_punct(g, i, '-') ||
	                (t->end - t->start == 3 && memcmp(g->text + t->start, "\xe2\x80\x90", 3) == 0);
	return dash && !(t->flags & TF_SPACE) && !(g->t[i + 1].flags & TF_SPACE);
}

guint
tl_dg_skipdot(const TlDG *g, guint i)
{
	if (i < g->n && tl_dg_punct(g, i, '.') && !(g->t[i].flags & TF_SPACE))
		return i + 1;
	return i;
}

gboolean
tl_dg_number(const TlDG *g, guint i, gboolean allow_art, double *v, guint *end)
{
	if (i >= g->n)
		return FALSE;
	const TlDTok *t = &g->t[i];
	if (t->kind == T_NUM) {
		if (t->sfx)
			return FALSE;
		if (t->num >= 0) {
			*v = (double)t->num;
			*end = i + 1;
			return TRUE;
		}
		/* 1.5 (years) */
		const char *s = g->text + t->start;
		char *e = NULL;
		double d = g_ascii_strtod(s, &e);
		if (e == g->text + t->end && memchr(s, ',', t->end - t->start) == NULL &&
		    memchr(s, ':', t->end - t->start) == NULL && memchr(s, '/', t->end - t->start) == NULL &&
		    memchr(s, '-', t->end - t->start) == NULL) {
			*v = d;
			*end = i + 1;
			return TRUE;
		}
		return FALSE;
	}
	const TlDSense *s = tl_dg_sense(g, i, L_NUM);
	if (!s)
		return FALSE;
	if ((s->flags & LF_ART) && !allow_art)
		return FALSE;
	if (s->flags & (LF_HALF | LF_COUPLE | LF_FEW))
		return FALSE; /* only with an article: "a few", "a couple of" */
	if (s->sval[0] == 'X') {
		*v = NAN;
		*end = i + 1;
		return TRUE;
	}
	double val = s->dval;
	guint j = i + 1;
	/* a few, a couple of, a dozen */
	if (s->flags & LF_ART) {
		const TlDSense *n2 = tl_dg_sense(g, j, L_NUM);
		if (n2 && (n2->flags & LF_FEW)) {
			*v = NAN;
			*end = j + 1;
			return TRUE;
		}
		if (n2 && (n2->flags & LF_COUPLE)) {
			*v = 2;
			*end = tl_dg_lit(g, j + 1, "of") ? j + 2 : j + 1;
			return TRUE;
		}
	}
	/* twenty-one, twenty one */
	if (val >= 20 && val < 100 && (int)val % 10 == 0) {
		guint k = tl_dg_hyph(g, j) ? j + 1 : j;
		const TlDSense *u = tl_dg_sense(g, k, L_NUM);
		if (u && !(u->flags & (LF_ART | LF_HALF)) && u->dval >= 1 && u->dval <= 9) {
			val += u->dval;
			j = k + 1;
		}
	}
	const TlDSense *m = tl_dg_sense(g, j, L_MULT);
	if (m && !(s->flags & LF_ART && 0)) {
		val *= m->dval;
		j++;
	}
	*v = val;
	*end = j;
	return TRUE;
}

gboolean
tl_dg_ordinal(const TlDG *g, guint i, int *v, guint *end)
{
	if (i >= g->n)
		return FALSE;
	const TlDTok *t = &g->t[i];
	if (t->kind == T_NUM && t->sfx == 'o' && t->num > 0 && t->num < 1000) {
		*v = (int)t->num;
		*end = i + 1;
		return TRUE;
	}
	guint e = 0;
	const TlDSense *s = tl_dg_phrase(g, i, L_ORD, &e);
	if (s && s->ival > 0) {
		*v = s->ival;
		*end = e;
		return TRUE;
	}
	return FALSE;
}

gboolean
tl_dg_year(const TlDG *g, guint i, gboolean loose, gint64 *y, guint *end)
{
	if (i >= g->n)
		return FALSE;
	const TlDTok *t = &g->t[i];
	/* AD 79 */
	const TlDSense *era = tl_dg_sense(g, i, L_ERA);
	if (era && (!(era->flags & LF_WEAK) || (t->flags & TF_ALLCAP)) && strcmp(era->sval, "AD") == 0 &&
	    i + 1 < g->n &&
	    g->t[i + 1].kind == T_NUM && g->t[i + 1].num > 0 && !g->t[i + 1].sfx) {
		*y = g->t[i + 1].num;
		*end = i + 2;
		return TRUE;
	}
	if (t->kind != T_NUM || t->num < 0 || t->sfx)
		return FALSE;
	era = tl_dg_sense(g, i + 1, L_ERA);
	if (era && t->num > 0 && t->num < 100000) {
		*y = strcmp(era->sval, "BC") == 0 ? 1 - t->num : t->num;
		*end = i + 2;
		return TRUE;
	}
	if (t->ndigits != 4)
		return FALSE;
	if (!loose && (t->num < 1000 || t->num > 2199))
		return FALSE;
	*y = t->num;
	*end = i + 1;
	return TRUE;
}

gboolean
tl_dg_unit(const TlDG *g, guint i, TlDGran *u, gboolean *plural, guint *end)
{
	const TlDSense *s = tl_dg_sense(g, i, L_UNIT);
	if (!s)
		return FALSE;
	static const struct {
		const char *code;
		TlDGran g;
	} map[] = {{"TS", G_SECOND}, {"TM", G_MINUTE}, {"TH", G_HOUR}, {"D", G_DAY},
	           {"W", G_WEEK}, {"WE", G_WEEKEND}, {"M", G_MONTH}, {"Q", G_QUARTER},
	           {"H", G_HALF}, {"Y", G_YEAR}, {"DE", G_DECADE}, {"CE", G_CENTURY},
	           {"ML", G_MILLENNIUM}};
	for (size_t k = 0; k < G_N_ELEMENTS(map); k++)
		if (strcmp(map[k].code, s->sval) == 0) {
			*u = map[k].g;
			*plural = (s->flags & LF_PLURAL) != 0;
			*end = (s->flags & LF_ABBR) ? tl_dg_skipdot(g, i + 1) : i + 1;
			return TRUE;
		}
	return FALSE;
}

/* ---- small patterns ------------------------------------------------------ */

static guint
p_fuzzy(const TlDG *g, guint i, TlDSem *s)
{
	guint e = 0;
	const TlDSense *f = tl_dg_phrase(g, i, L_FUZZY, &e);
	if (!f || (f->flags & LF_WEAK))
		return 0;
	if (f->flags & LF_INNER)
		return 0; /* "in the past": the span is "the past", matched there */
	if ((f->flags & LF_ADJONLY) &&
	    !(e < g->n && g->t[e].kind == T_WORD && !(g->t[e].flags & TF_CAP) && !g->t[e].senses))
		return 0;
	/* "now" in "now-defunct", "recent" forms belong to the deixis rules */
	s->kind = S_FUZZY;
	s->type = TX_DATE;
	g_strlcpy(s->val, f->sval, sizeof s->val);
	s->rule = "fuzzy";
	return e;
}

static guint
p_dayrel(const TlDG *g, guint i, TlDSem *s)
{
	guint j = i;
	int extra = 0;
	/* the day before yesterday, the day after tomorrow */
	if (tl_dg_lit(g, i, "the") && tl_dg_lit(g, i + 1, "day") &&
	    (tl_dg_lit(g, i + 2, "before") || tl_dg_lit(g, i + 2, "after")) &&
	    tl_dg_sense(g, i + 3, L_DAYREL)) {
		extra = tl_dg_lit(g, i + 2, "before") ? -1 : 1;
		j = i + 3;
	}
	const TlDSense *d = tl_dg_sense(g, j, L_DAYREL);
	if (!d)
		return 0;
	s->kind = S_REL;
	s->type = TX_DATE;
	s->unit = G_DAY;
	s->off = d->ival + extra;
	s->gran = G_DAY;
	s->rule = "day-relative";
	const char *comma = strchr(d->sval, ',');
	if (comma)
		s->part = tl_dg_part_code(comma + 1);
	j++;
	if (!s->part)
		j = tl_dg_partafter(g, j, s);
	return j;
}

/* "fiscal 1989", "fiscal year 1990" */
static guint
p_fiscal(const TlDG *g, guint i, TlDSem *s)
{
	const TlDSense *f = tl_dg_sense(g, i, L_FISCAL);
	if (!f)
		return 0;
	guint j = i + 1;
	if (tl_dg_lit(g, j, "year"))
		j++;
	gint64 y;
	guint e;
	if (tl_dg_year(g, j, TRUE, &y, &e)) {
		s->kind = S_ABS;
		s->type = TX_DATE;
		s->year = y;
		s->gran = G_YEAR;
		s->fiscal = TRUE;
		s->rule = "fiscal-year";
		return e;
	}
	return 0;
}

/* year-earlier, year-ago */
static guint
p_yearago(const TlDG *g, guint i, TlDSem *s)
{
	guint e = 0;
	guint j = tl_dg_lit(g, i, "the") ? i + 1 : i;
	const TlDSense *y = tl_dg_phrase(g, j, L_YEARAGO, &e);
	if (!y)
		return 0;
	if (j > i && !(tl_dg_lit(g, e, "quarter") || tl_dg_lit(g, e, "period")))
		return 0;
	if (tl_dg_lit(g, e, "quarter") || tl_dg_lit(g, e, "period")) {
		s->by_quarter = TRUE;
		if (j > i)
			e++;
	}
	s->kind = S_REL;
	s->type = TX_DATE;
	s->unit = G_YEAR;
	s->off = y->ival;
	s->gran = G_YEAR;
	s->rule = "year-ago";
	return e;
}

typedef guint (*Pattern)(const TlDG *g, guint i, TlDSem *s);

#define BIT(c) ((guint64)1 << (c))
#define NUMTOK ((guint64)1 << 63) /* the token is a number */

/* Each pattern with the categories one of which its first token (or the
 * token after "the") must have: the dispatch that keeps matching local. */
static const struct {
	Pattern fn;
	guint64 first;
} patterns[] = {
	{p_fuzzy, BIT(L_FUZZY)},
	{p_dayrel, BIT(L_DAYREL) | BIT(L_DET)},
	{p_fiscal, BIT(L_FISCAL)},
	{p_yearago, BIT(L_YEARAGO) | BIT(L_DET)},
	{tl_dg_numeric, NUMTOK},
	{tl_dg_month, BIT(L_MONTH) | BIT(L_ORD) | BIT(L_DET) | NUMTOK},
	{tl_dg_weekday, BIT(L_WEEKDAY)},
	{tl_dg_season, BIT(L_SEASON) | BIT(L_DET)},
	{tl_dg_holiday, BIT(L_HOLIDAY) | BIT(L_DET)},
	{tl_dg_yearpat, BIT(L_DET) | BIT(L_ERA) | NUMTOK},
	{tl_dg_count, BIT(L_NUM) | BIT(L_DET) | BIT(L_UNIT) | NUMTOK},
	{tl_dg_set, BIT(L_SET) | BIT(L_QUANT) | BIT(L_FREQ) | BIT(L_NUM) | NUMTOK},
	{tl_dg_clock, BIT(L_CLOCK) | NUMTOK},
	{tl_dg_deixis, BIT(L_DEIXIS) | BIT(L_DET)},
	{tl_dg_ordunit, BIT(L_DET) | BIT(L_FISCAL) | BIT(L_QNAME) | BIT(L_HNAME) | BIT(L_ORD) | NUMTOK},
};

static guint
match_body(const TlDG *g, guint i, TlDSem *best)
{
	guint best_end = 0;
	if (i >= g->n)
		return 0;
	guint64 have = g->t[i].kind == T_NUM ? NUMTOK : g->t[i].cats;
	for (size_t k = 0; k < G_N_ELEMENTS(patterns); k++) {
		if (!(have & patterns[k].first))
			continue;
		TlDSem s;
		tl_dsem_init(&s);
		guint e = patterns[k].fn(g, i, &s);
		if (e > best_end) {
			best_end = e;
			*best = s;
		}
	}
	return best_end;
}

static gboolean
is_counted(const TlDSem *s)
{
	return s->kind == S_DUR || (s->kind == S_REL && s->rule && strstr(s->rule, "ago"));
}

/* [modifier] body: "early next year", "more than a decade", "mid-November".
 * *start gets the first token of the span (an "outer" modifier stays out). */
static guint
match_at(const TlDG *g, guint i, TlDSem *s, guint *start)
{
	guint e = match_body(g, i, s);
	guint me = 0;
	*start = i;
	gboolean det = tl_dg_lit(g, i, "the");
	const TlDSense *m = tl_dg_phrase(g, i, L_MOD, &me);
	if (!m && det)
		m = tl_dg_phrase(g, i + 1, L_MOD, &me);
	else
		det = FALSE;
	if (m && det && !(strcmp(m->sval, "START") == 0 || strcmp(m->sval, "MID") == 0 ||
	                  strcmp(m->sval, "END") == 0))
		m = NULL;
	if (m) {
		guint j = tl_dg_hyph(g, me) ? me + 1 : me;
		TlDSem in;
		tl_dsem_init(&in);
		guint ie = match_body(g, j, &in);
		gboolean pos = strcmp(m->sval, "START") == 0 || strcmp(m->sval, "MID") == 0 ||
		               strcmp(m->sval, "END") == 0;
		gboolean ok = ie > j && !in.mod &&
		              (pos ? in.type == TX_DATE && in.kind != S_FUZZY
		                   : is_counted(&in) || (strcmp(m->sval, "APPROX") == 0 &&
		                                         in.type != TX_SET && in.kind != S_FUZZY));
		if ((m->flags & LF_SOME) || strcmp(m->sval, "APPROX") == 0)
			ok = ok && (is_counted(&in) || in.type == TX_TIME ||
			            (in.kind == S_ABS && in.gran == G_YEAR && !(m->flags & LF_SOME)));
		if (!pos && tl_dg_lit(g, j, "the"))
			ok = FALSE; /* "over the past year": "over" is a preposition */
		if (ok && ie > e) {
			*s = in;
			s->mod = m->sval;
			e = ie;
			if (m->flags & LF_OUTER)
				*start = j;
		}
	}
	/* 10 p.m. Wednesday, noon Thursday: one time */
	if (e && s->type == TX_TIME && s->kind == S_ABS && !s->weekday && !s->month) {
		const TlDSense *w = tl_dg_sense(g, e, L_WEEKDAY);
		if (w && !(w->flags & (LF_AMB | LF_PLURAL)) && (g->t[e].flags & TF_CAP)) {
			s->weekday = w->ival;
			e++;
		}
	}
	/* earlier this year, later this month */
	if ((tl_dg_lit(g, i, "earlier") || tl_dg_lit(g, i, "later")) && e == 0) {
		TlDSem in;
		tl_dsem_init(&in);
		guint ie = match_body(g, i + 1, &in);
		if (ie > i + 1 && in.type == TX_DATE && tl_dg_sense(g, i + 1, L_DEIXIS)) {
			*s = in;
			e = ie;
		}
	}
	return e;
}

/* Times like 3:30-4:30pm: two matches inside one number token. */
static gboolean
split_clock_range(const TlDG *g, guint i, GArray *matches)
{
	const TlDTok *t = &g->t[i];
	const char *s = g->text + t->start;
	int h1, m1, h2, m2, n = 0;
	size_t len = t->end - t->start;
	if (len < 7 || !memchr(s, ':', len) || !memchr(s, '-', len))
		return FALSE;
	if (sscanf(s, "%2d:%2d-%2d:%2d%n", &h1, &m1, &h2, &m2, &n) != 4 ||
	    (guint32)n != t->end - t->start || h1 > 23 || h2 > 23 || m1 > 59 || m2 > 59)
		return FALSE;
	const char *dash = memchr(s, '-', (size_t)n);
	TlDMatch a = {.start = t->start, .end = (guint32)(t->start + (dash - s)), .tok0 = (int)i,
	              .tok1 = (int)i + 1};
	TlDMatch b = {.start = (guint32)(t->start + (dash - s) + 1), .end = t->end,
	              .tok0 = (int)i, .tok1 = (int)i + 1};
	tl_dsem_init(&a.sem);
	tl_dsem_init(&b.sem);
	const TlDSense *ap = tl_dg_sense(g, i + 1, L_AMPM);
	int add = ap && strcmp(ap->sval, "pm") == 0 ? 12 : 0;
	if (ap) {
		b.end = g->t[i + 1].end;
		b.tok1 = (int)i + 2;
	}
	a.sem.kind = b.sem.kind = S_ABS;
	a.sem.type = b.sem.type = TX_TIME;
	a.sem.hour = h1 < 12 ? h1 + add : h1;
	a.sem.minute = m1;
	b.sem.hour = h2 < 12 ? h2 + add : h2;
	b.sem.minute = m2;
	a.sem.gran = b.sem.gran = G_MINUTE;
	a.sem.rule = b.sem.rule = "clock-range";
	g_array_append_val(matches, a);
	g_array_append_val(matches, b);
	return TRUE;
}

/* Categories whose words can begin an expression by themselves. */
static const guint64 start_cats =
	BIT(L_MONTH) | BIT(L_WEEKDAY) | BIT(L_SEASON) | BIT(L_NUM) | BIT(L_ORD) | BIT(L_UNIT) |
	BIT(L_DAYREL) | BIT(L_PART) | BIT(L_CLOCK) | BIT(L_DEIXIS) | BIT(L_FUZZY) | BIT(L_MOD) |
	BIT(L_HOLIDAY) | BIT(L_SET) | BIT(L_QUANT) | BIT(L_FREQ) | BIT(L_FISCAL) | BIT(L_QNAME) |
	BIT(L_HNAME) | BIT(L_YEARAGO) | BIT(L_ERA) | BIT(L_MULT);

static gboolean
is_trigger(const TlDTok *t)
{
	return t->kind == T_NUM || (t->cats & start_cats);
}

/* The trigger index: only tokens that are date words or numbers start a
 * match; "the" and "a" only right before one (or before an apostrophe:
 * "the '90s"), "earlier"/"later" only before "this"/"next"... */
static gboolean
can_start(const TlDG *g, guint i)
{
	const TlDTok *t = &g->t[i];
	if (t->kind == T_NUM)
		return TRUE;
	if (!(t->cats & (start_cats | BIT(L_DET) | BIT(L_POST))))
		return FALSE;
	guint64 own = t->cats & start_cats;
	/* an article or determiner alone: look at the next token */
	if (!own || (own == BIT(L_NUM) && t->senses->len == 1 &&
	             (((const TlDSense *)g_ptr_array_index(t->senses, 0))->flags & LF_ART))) {
		if (i + 1 >= g->n)
			return FALSE;
		return is_trigger(&g->t[i + 1]) || g->t[i + 1].kind == T_PUNCT ||
		       (g->t[i + 1].cats & BIT(L_DET));
	}
	return TRUE;
}

/* Find the expressions; see dates.h. */
void
tl_dgrammar_run(const char *text, const TlDTok *toks, guint n, TlDOrder order, GArray *matches)
{
	TlDG g = {.text = text, .t = toks, .n = n, .order = order};
	for (guint i = 0; i < n;) {
		if (!can_start(&g, i)) {
			i++;
			continue;
		}
		if (toks[i].kind == T_NUM && split_clock_range(&g, i, matches)) {
			TlDMatch *last = &g_array_index(matches, TlDMatch, matches->len - 1);
			i = (guint)last->tok1;
			continue;
		}
		TlDMatch m = {0};
		tl_dsem_init(&m.sem);
		guint st;
		guint e = match_at(&g, i, &m.sem, &st);
		if (e <= i) {
			i++;
			continue;
		}
		m.tok0 = (int)st;
		m.tok1 = (int)e;
		m.start = toks[st].start;
		m.end = toks[e - 1].end;
		g_array_append_val(matches, m);
		i = e;
	}
}
