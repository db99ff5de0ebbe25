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
#include "tl/resource.h"
#include "dates.h"

struct TlDates {
	TlDLex *lex;
	GArray *toks, *sents, *matches;
	TlDTenser *tenser;
	GHashTable *topics; /* word -> TOPIC_SPORT or TOPIC_FINANCE; NULL: none */
};

enum { TOPIC_SPORT = 1, TOPIC_FINANCE = 2 };

/* The language's topics.txt (optional: without it no reading depends on
 * the topic). */
static GHashTable *
topics_load(const char *lang)
{
	g_autofree char *path = g_strdup_printf("%s/topics.txt", lang);
	g_autoptr(GBytes) b = tl_resource_get("dates", path, NULL);
	if (!b)
		return NULL;
	GHashTable *t = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	g_autofree char *text = g_strndup(g_bytes_get_data(b, NULL), g_bytes_get_size(b));
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
	for (char **l = lines; *l; l++) {
		g_auto(GStrv) f = g_strsplit(*l, "\t", 3);
		if (!f[0] || f[0][0] == '#' || !f[1])
			continue;
		int topic = strcmp(g_strstrip(f[1]), "sport") == 0     ? TOPIC_SPORT
		            : strcmp(f[1], "finance") == 0 ? TOPIC_FINANCE
		                                           : 0;
		if (topic)
			g_hash_table_replace(t, g_ascii_strdown(f[0], -1), GINT_TO_POINTER(topic));
	}
	return t;
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
	d->tenser = tl_dtenser_new(lex, g_getenv("TL_DATES_NO_TAGGER") == NULL);
	d->topics = topics_load(lang);
	return d;
}

void
tl_dates_free(TlDates *d)
{
	if (!d)
		return;
	tl_dtenser_free(d->tenser);
	tl_dlex_free(d->lex);
	if (d->topics)
		g_hash_table_destroy(d->topics);
	g_array_free(d->toks, TRUE);
	g_array_free(d->sents, TRUE);
	g_array_free(d->matches, TRUE);
	g_free(d);
}

/* "a few days later" (FUTURE_REF): in a past clause it is past too, so
 * PAST_REF (engine's resolve_one asks the tense). */
static gboolean
later_fuzzy(const TlDSem *s)
{
	return s->kind == S_FUZZY && s->rule && strcmp(s->rule, "units-later") == 0 &&
	       strcmp(s->val, "FUTURE_REF") == 0;
}

static gboolean
needs_tense(const TlDSem *s)
{
	return (s->kind == S_ABS && s->year == TL_NOYEAR) || (s->kind == S_DUR && s->dir == 1) ||
	       (s->kind == S_REL && s->dir == 3) || later_fuzzy(s);
}

static gboolean
full_date(const TlDSem *s)
{
	return s->kind == S_ABS && s->year != TL_NOYEAR && s->month && s->day && !s->hol;
}

/* Infer a reference from the text alone (see the file comment). */
static gboolean
infer_ref(TlDTenser *tn, const TlDTok *toks, guint n, const TlDMatch *m, guint nm, TlDRef *ref)
{
	gint64 best = G_MININT64;
	for (guint k = 0; k < nm; k++) {
		/* a document's date is of our era and has four digits (as below):
		 * "10 August 234 BC" is what it tells of, not when it was written */
		if (!full_date(&m[k].sem) || m[k].sem.year < 1000 || m[k].sem.year > 9999)
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
		if (s->kind != S_ABS || s->year == TL_NOYEAR || s->gran < G_MONTH || s->year < 1000 ||
		    s->year > 9999)
			continue;
		TlDTense t = tl_dtense_at(tn, toks, n, (guint)m[k].tok0, (guint)m[k].tok1);
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
		if (tl_dtense_at(tn, toks, n, (guint)m[k].tok0, (guint)m[k].tok1) != TENSE_PAST)
			continue;
		if (s->month > bm || (s->month == bm && s->day > bd))
			bm = s->month, bd = s->day;
	}
	if (bm && tl_cal_valid(year, bm, bd))
		ref->month = bm, ref->day = bd;
	return TRUE;
}

/* Is the date on tokens [t0, t1) a year its sentence does not speak of:
 * an index's base ("base 1980", "(base 100 for 1976)", "at average
 * 1979/80 prices", "in 1982 dollars"), the start of a comparison ("the
 * largest increase since 1982") or a thing's year ("a 1985 shareholder
 * lawsuit")? */
static gboolean
other_year(const TlDTok *toks, guint n, guint t0, guint t1)
{
	for (guint j = t0; j > 0 && t0 - j < 4; j--)
		if (strcmp(toks[j - 1].low, "base") == 0)
			return TRUE;
	if (t0 > 0 && (strcmp(toks[t0 - 1].low, "since") == 0 || strcmp(toks[t0 - 1].low, "a") == 0 ||
	               strcmp(toks[t0 - 1].low, "an") == 0))
		return TRUE;
	return t1 < n && (strcmp(toks[t1].low, "prices") == 0 || strcmp(toks[t1].low, "dollars") == 0 ||
	                  strcmp(toks[t1].low, "dlrs") == 0);
}

typedef struct {
	TlDRef dct;
	gboolean have_dct;
	gboolean narrative;
	TlDRef last;          /* last date mentioned */
	int last_num;         /* its timex number (t<N>), 0 when none */
	char last_id[16];     /* "t<N>", written when an anchor needs it */
	guint last_sent;      /* its sentence */
	gboolean last_poss;   /* it is a possessive ("Friday's close"): no scene */
	gboolean last_part;   /* it has a part of the day ("last night") */
	gboolean last_year;   /* it has a year of its own ("1986", "the first
	                       * quarter of 1986") */
	TlDRef wk;            /* the Monday of a week mentioned after it ("last
	                       * week ... the week before"), for weeks only; not
	                       * one told from another ("the previous week ...
	                       * the previous week" are one) */
	int wk_num;           /* its timex number, 0 when none */
	gint64 q_year;        /* last quarter mentioned (year, 0 when none) */
	int q;
	guint q_sent;         /* its sentence */
	gboolean period_q;    /* the last period spoken of is that quarter (not
	                       * "the first nine months") */
	int sport;            /* the text reports a match: 1 yes, -1 no, 0 not known yet */
	int done_k;              /* the last match written (-1: none), its value */
	const TlDValue *done_v;  /* and its anchor (0 none, 1 the DCT, 2 another */
	int done_anchor;         /* timex, when done_id is its number): what a */
	int done_id;             /* clock after it borrows ("the previous Tuesday
	                          * at 2": not resolved twice) */
	char done_tid[16];
	TlDRef small;            /* the last clock written in the small hours
	                          * (0:00-5:59), its day and time; year 0: none */
	gint64 frame_year;       /* a year that opens its sentence ("In 2019,"), */
	guint frame_sent;        /* its sentence */
	int frame_num;           /* and its timex number (0: none) */
} Ctx;

/* Does the text report a match (at least 3 sport words and no finance
 * word)?  Asked only when a bare half or quarter needs it. */
static gboolean
sport_text(const TlDates *d, const TlDTok *toks, guint n)
{
	if (!d->topics)
		return FALSE;
	guint sport = 0, finance = 0;
	for (guint i = 0; i < n; i++) {
		if (toks[i].kind != T_WORD)
			continue;
		int t = GPOINTER_TO_INT(g_hash_table_lookup(d->topics, toks[i].low));
		sport += t == TOPIC_SPORT;
		finance += t == TOPIC_FINANCE;
	}
	return sport >= 3 && finance == 0;
}

/* "the first half", "the fourth quarter" with no year of their own; "Week
 * 3" (a season's week in a match report) */
static gboolean
bare_part(const TlDSem *s)
{
	/* (the rule's first letter first: most are neither) */
	return s->rule && (s->rule[0] == 'h' || s->rule[0] == 'q' || s->rule[0] == 'w') &&
	       (((strcmp(s->rule, "half") == 0 || strcmp(s->rule, "quarter") == 0) &&
	         s->year == TL_NOYEAR && !s->yrel && !s->fiscal) ||
	        (s->week && strcmp(s->rule, "week-number") == 0));
}

/* How many sentences after a quarter is mentioned "a year earlier" still
 * means that quarter a year back (quarterly reports compare quarters). */
#ifndef QUARTER_REACH
#define QUARTER_REACH 4
#endif

/* Does sentence `sent` (or the one before) speak of a quarter (quarterly
 * figures)?  Only QUARTER_WINDOW tokens each way are looked at, so that a
 * text of one endless sentence stays linear. */
#define QUARTER_WINDOW 60
static gboolean
quarter_sentence(const TlDTok *toks, guint n, guint at)
{
	guint16 sent = toks[at].sent;
	for (guint i = at; i-- > 0 && toks[i].sent + 1 >= sent && at - i <= QUARTER_WINDOW;)
		if (strcmp(toks[i].low, "quarter") == 0 || strcmp(toks[i].low, "period") == 0)
			return TRUE;
	for (guint i = at; i < n && toks[i].sent == sent && i - at <= QUARTER_WINDOW; i++)
		if (strcmp(toks[i].low, "quarter") == 0 || strcmp(toks[i].low, "period") == 0)
			return TRUE;
	return FALSE;
}

/* Is day a day up to a year before the DCT (the news a bare clock time of
 * the next sentence may still be about: "The attack happened on March 3.
 * Police arrived at 10:30 p.m."; it was a day of the week before the DCT
 * only, and "March 3" left the clock on the DCT's day)? */
#ifndef RECENT_DAYS
#define RECENT_DAYS 366
#endif
static gboolean
recent_day(const TlDRef *day, const TlDRef *dct)
{
	if (!dct->day || day->year == TL_NOYEAR || dct->year == TL_NOYEAR)
		return FALSE;
	gint64 a = tl_cal_to_days(day->year, day->month, day->day);
	gint64 b = tl_cal_to_days(dct->year, dct->month, dct->day);
	return a <= b && b - a <= RECENT_DAYS;
}

/* The tense of the clause of tokens [t0, t1).  The tagger costs far more than
 * the rest of the stage, so it is asked only when the tense changes the
 * value: when the readings it could give (the past, the cue words' reading,
 * the future when a word around looks ahead) give different values
 * ("Friday"; not "March" said in March).  When val is not NULL and the value
 * of s under the tense returned was resolved on the way, it is copied to
 * *val and *have is set (tl_dresolve is pure: the caller need not resolve it
 * again); else *have is FALSE. */
static TlDTense
clause_tense(TlDates *d, const TlDSem *s, const TlDRef *ref, guint t0, guint t1, TlDValue *val,
             gboolean *have)
{
	const TlDTok *toks = (const TlDTok *)(void *)d->toks->data;
	guint n = d->toks->len;
	if (have)
		*have = FALSE;
	/* "Wednesday's ruling", "Friday's close": news speaks of what was,
	 * unless it says plainly that it will be ("Sunday's vote will...") */
	if (s->kind == S_ABS && s->weekday && !s->month && !s->dir && t1 < n &&
	    strcmp(toks[t1].low, "'s") == 0 && !tl_dtense_strong_future(toks, n, t0, t1))
		return TENSE_PAST;
	TlDTense cues = tl_dtense_at(NULL, toks, n, t0, t1);
	TlDValue a, b, c;
	tl_dresolve(s, ref, TENSE_PAST, &a);
	if (cues != TENSE_PAST) /* (else c would be a) */
		tl_dresolve(s, ref, cues, &c);
	gboolean ahead = tl_dtense_looks_ahead(toks, n, t0, t1);
	/* (a present in a clause of time tells of what is ahead: "until the
	 * work ends in June") */
	gboolean sub = !ahead && tl_dtense_clause_of_time(toks, t0);
	if (ahead || sub)
		tl_dresolve(s, ref, TENSE_FUTURE, &b);
	TlDTense t = cues;
	if (!(cues == TENSE_PAST || strcmp(a.value, c.value) == 0) ||
	    (ahead && strcmp(a.value, b.value) != 0) ||
	    (sub && strcmp(cues == TENSE_PAST ? a.value : c.value, b.value) != 0))
		t = tl_dtense_at(d->tenser, toks, n, t0, t1);
	if (val) {
		const TlDValue *got = t == TENSE_PAST ? &a : t == cues ? &c
		                      : (ahead || sub) && t == TENSE_FUTURE ? &b : NULL;
		if (got) {
			*val = *got;
			*have = TRUE;
		}
	}
	return t;
}

/*
 * Does "will" ("-'ll", "shall") govern the day at t0 plainly: before it in
 * its clause (up to eight words back, no comma between), the day right
 * after a preposition or a verb ("will come on 2/15", "I'll go back Oct.
 * 2"), or a month right after "in" ("will visit Paris in January")?  Not a
 * day that qualifies a noun ("will review their February 22 pact"), one
 * from which a change counts ("will increase ... starting March 1" may be
 * retroactive), nor one before "will" ("shareholders of record on April 27
 * will be eligible").  (Months after other words were tried too: news says
 * "will publish figures for February", "will arrive during Feb/May".)
 */
static gboolean
will_governs(const TlDTok *toks, guint t0)
{
	static const char *const dets[] = {"the", "a", "an", "their", "its", "his", "her", "our",
	                                   "your", "my", "this", "that", "these", "those", "of",
	                                   "'s", "and", "or", "than", "be", "been", "is", "was",
	                                   "from", "since", "starting", "effective", "retroactive"};
	if (t0 < 2 || toks[t0 - 1].kind != T_WORD || (toks[t0 - 1].flags & TF_CAP))
		return FALSE;
	const TlDTok *p = &toks[t0 - 1];
	if ((p->cats & ~(((guint64)1 << L_TENSE) | ((guint64)1 << L_PREP))) != 0 &&
	    strcmp(p->low, "in") != 0) /* (a word of durations too: "in two days") */
		return FALSE;
	gboolean will = FALSE;
	for (guint i = t0 - 1; !will && i-- > 0 && t0 - i <= 9 && toks[i].sent == toks[t0].sent;) {
		if (toks[i].kind == T_PUNCT && toks[i].low[0] != '.' && toks[i].low[0] != '\'')
			return FALSE;
		size_t l = toks[i].lowlen;
		will = strcmp(toks[i].low, "will") == 0 || strcmp(toks[i].low, "shall") == 0 ||
		       (l >= 3 && memcmp(toks[i].low + l - 3, "'ll", 3) == 0); /* "they'll" */
	}
	/* (or a request opening the sentence: "Please book it for January
	 * 7th", "Let's meet on February 22nd"; tense.txt's initial words) */
	guint s0 = t0;
	while (!will && s0 > 0 && t0 - s0 < 16 && toks[s0 - 1].sent == toks[t0].sent)
		s0--;
	if (!will && s0 < t0 && toks[s0].senses)
		for (guint k = 0; k < toks[s0].senses->len && !will; k++) {
			const TlDSense *se = g_ptr_array_index(toks[s0].senses, k);
			will = se->cat == L_TENSE && (se->flags & LF_INITIAL) && strcmp(se->sval, "FUTURE") == 0;
		}
	for (size_t k = 0; will && k < G_N_ELEMENTS(dets); k++)
		if (strcmp(p->low, dets[k]) == 0)
			return FALSE;
	return will;
}

/* Turn a day's value into its ISO week's ("the week of March 6"), or the
 * weekend next to it ("Memorial Day weekend").  A week of a month ("the
 * last week of February") leaves that month as the date later expressions
 * refer to ("the same month"). */
static void
week_of(TlDValue *v, gboolean of_month, gboolean weekend)
{
	if (!v->is_point || !v->point.day || v->point.year == TL_NOYEAR || v->point.year < 1 ||
	    v->point.year > 9999)
		return;
	gint64 iy, y0, y1;
	int wk, m0, d0, m1, d1;
	gint64 day = tl_cal_to_days(v->point.year, v->point.month, v->point.day);
	/* "Memorial Day weekend": a Monday's or Tuesday's is the one before */
	if (weekend && tl_cal_weekday(v->point.year, v->point.month, v->point.day) <= 2)
		day -= 7;
	tl_cal_from_days(day, &y0, &m0, &d0);
	tl_cal_iso_week(y0, m0, d0, &iy, &wk);
	gint64 a = tl_cal_iso_week_start(iy, wk) + (weekend ? 5 : 0);
	tl_cal_from_days(a, &y0, &m0, &d0);
	tl_cal_from_days(a + (weekend ? 2 : 7), &y1, &m1, &d1);
	g_snprintf(v->value, sizeof v->value, "%04" G_GINT64_FORMAT "-W%02d%s", iy, wk,
	           weekend ? "-WE" : "");
	g_snprintf(v->range0, sizeof v->range0, "%04" G_GINT64_FORMAT "-%02d-%02d", y0, m0, d0);
	g_snprintf(v->range1, sizeof v->range1, "%04" G_GINT64_FORMAT "-%02d-%02d", y1, m1, d1);
	v->gran = G_WEEK;
	v->is_point = of_month;
	v->point.day = 0;
}

/* How far (in tokens) a clock time looks in its sentence for its day. */
#ifndef CLOCK_REACH
#define CLOCK_REACH 12
#endif

/* A day (not a time, not a span) that a clock time can take. */
static gboolean
day_date(const TlDSem *s)
{
	return s->type == TX_DATE && s->gran == G_DAY && s->hour < 0 && !s->mod &&
	       (s->kind == S_ABS || s->kind == S_REL);
}

/* Is the day of match nx the base of a comparison, not the time's day:
 * a possessive ("down from yesterday's 6.20 pct"), or after "from",
 * "than", "since", "versus" or "against" up to four words before it or
 * between it and the time at [t0, t1) ("changed from last night at
 * midday", "81 by noon from 79-1/4 at the close last night")? */
static gboolean
compared_day(const TlDTok *toks, guint n, const TlDMatch *nx, guint t0, guint t1)
{
	static const char *const words[] = {"from", "than", "since", "versus", "vs", "against"};
	if ((guint)nx->tok1 < n && strcmp(toks[nx->tok1].low, "'s") == 0)
		return TRUE;
	guint a = (guint)nx->tok0 >= t1 ? t1 : ((guint)nx->tok0 > 4 ? (guint)nx->tok0 - 4 : 0);
	for (guint i = a; i < (guint)nx->tok0; i++) {
		if (toks[i].sent != toks[nx->tok0].sent || (i >= t0 && i < t1))
			continue;
		for (size_t w = 0; w < G_N_ELEMENTS(words); w++)
			if (strcmp(toks[i].low, words[w]) == 0)
				return TRUE;
	}
	return FALSE;
}

/* The tokens of a parenthesized aside that begins at token i, before token
 * `stop` (0 when there is none there). */
static int
aside_len(const TlDTok *toks, guint n, guint i, guint stop)
{
	if (i >= n || toks[i].kind != T_PUNCT || toks[i].low[0] != '(')
		return 0;
	for (guint k = i + 1; k < stop && k < i + 8; k++)
		if (toks[k].kind == T_PUNCT && toks[k].low[0] == ')')
			return (int)(k + 1 - i);
	return 0;
}

/* Make v the value of s, keeping whether v used the reference. */
static void
reresolve(const TlDSem *s, const TlDRef *ref, TlDValue *v)
{
	gboolean used = v->uses_ref;
	tl_dresolve(s, ref, TENSE_NONE, v);
	v->uses_ref = used;
}

/* Make v the value of the day y-m-d, keeping whether it used the
 * reference. */
static void
set_day(TlDValue *v, gint64 y, int m, int d, const TlDRef *ref)
{
	TlDSem a;
	memset(&a, 0, sizeof a);
	a.hour = a.minute = a.sec = -1;
	a.kind = S_ABS;
	a.type = TX_DATE;
	a.gran = G_DAY;
	a.year = y, a.month = m, a.day = d;
	reresolve(&a, ref, v);
}

/* Move a day's value by `by` days ("the day before last Tuesday"); a value
 * that is no known day stays as it is. */
static void
shift_day(TlDValue *v, int by, const TlDRef *ref)
{
	if (!v->is_point || !v->point.day || v->point.year == TL_NOYEAR || v->point.hour >= 0)
		return;
	gint64 y;
	int m, d;
	tl_cal_from_days(tl_cal_to_days(v->point.year, v->point.month, v->point.day) + by, &y, &m, &d);
	set_day(v, y, m, d, ref);
}

/* Move a day's value by so many months, its day kept within the month
 * ("three months after May 31" is August 31; "a month after January 31"
 * the last of February). */
static void
shift_month(TlDValue *v, int by, const TlDRef *ref)
{
	if (!v->is_point || !v->point.day || v->point.year == TL_NOYEAR || v->point.hour >= 0)
		return;
	gint64 mm = v->point.year * 12 + (v->point.month - 1) + by;
	gint64 y = mm / 12;
	int m = (int)(mm % 12) + 1;
	if (y < 1 || y > 9999)
		return;
	int d = MIN(v->point.day, tl_cal_days_in_month(y, m));
	set_day(v, y, m, d, ref);
}

/* A month's value to its nth (-1 last) weekday ("the first Tuesday of
 * November"); a value that is no known month stays as it is. */
static void
nth_weekday(TlDValue *v, int nth, int weekday, const TlDRef *ref)
{
	if (!v->is_point || !v->point.month || v->point.day || v->point.year == TL_NOYEAR ||
	    v->point.year < 1 || v->point.year > 9999)
		return;
	int day = tl_cal_nth_weekday(v->point.year, v->point.month, weekday, nth);
	if (day > 0)
		set_day(v, v->point.year, v->point.month, day, ref);
}


/* Is w a word that joins the start of a range to its end ("to", "until")? */
static gboolean
range_word(const char *w)
{
	static const char *const joins[] = {"to", "through", "thru", "until", "till", "into", "-",
	                                    "\xe2\x80\x93"};
	for (size_t k = 0; k < G_N_ELEMENTS(joins); k++)
		if (strcmp(w, joins[k]) == 0)
			return TRUE;
	return FALSE;
}

/* Is match b the end of a range that match a begins, joined by one word:
 * "from May to December", "Friday to Monday", "Mon-Fri", "between
 * Tuesday and Thursday"? */
static gboolean
range_end_of(const TlDTok *toks, const TlDMatch *a, const TlDMatch *b)
{
	if (b->tok0 != a->tok1 + 1)
		return FALSE;
	const TlDTok *w = &toks[a->tok1];
	if (range_word(w->low))
		return TRUE;
	return strcmp(w->low, "and") == 0 && a->tok0 > 0 &&
	       strcmp(toks[a->tok0 - 1].low, "between") == 0;
}

/* Are a and b two months joined by a slash, "April/May" (as "April-May";
 * a slash between weekdays is a pair of days in a forecast, "Thu/Fri")? */
static gboolean
month_slash_pair(const TlDTok *toks, const TlDMatch *a, const TlDMatch *b)
{
	return b->tok0 == a->tok1 + 1 && a->sem.month && b->sem.month &&
	       strcmp(toks[a->tok1].low, "/") == 0;
}

/* Is match b the end of a range of clock times that a begins: "11pm-3",
 * "from 10 p.m. to 2 a.m."?  (Not "and": "between 11 p.m. and 1 a.m." is
 * the same; the dash may be inside a's last token.) */
static gboolean
clock_range_end(const TlDTok *toks, const TlDMatch *a, const TlDMatch *b)
{
	if (b->tok0 == a->tok1 + 1)
		return range_end_of(toks, a, b) || strcmp(toks[a->tok1].low, "and") == 0;
	return FALSE;
}

/* A month or weekday with nothing else given, its year (and week) left to
 * the reference. */
static gboolean
open_month_or_weekday(const TlDSem *s)
{
	return s->kind == S_ABS && s->type == TX_DATE && s->year == TL_NOYEAR && !s->yrel &&
	       !s->hol && !s->mod && s->hour < 0 && s->dir == 0 && !s->nth_weekday &&
	       !s->shift && !s->week_of &&
	       ((s->month && !s->day && !s->weekday && s->gran == G_MONTH) ||
	        (s->weekday && !s->month && !s->day && s->gran == G_DAY));
}

/* A weekday s after a day of any kind ("from tomorrow night into Friday
 * morning", "from March 3 to Friday"): the range's end comes after that
 * day too. */
static gboolean
day_before_weekday(const TlDSem *s, const TlDSem *a, const TlDValue *av)
{
	return s->weekday && a->type == TX_DATE && av->is_point && av->point.year != TL_NOYEAR &&
	       av->point.day && av->range0[0];
}

/* Does the day or month p begin after the reference's? */
static gboolean
after_ref(const TlDRef *p, const TlDRef *r)
{
	if (p->year != r->year)
		return p->year > r->year;
	if (p->month != r->month)
		return p->month > r->month;
	return p->day && r->day && p->day > r->day;
}

/* The end of a range of months or weekdays comes after its start: "from
 * May to December" said in April is May to December of this year, "Friday
 * to Monday" said on a Sunday ends tomorrow, whatever each alone would
 * be; after a start of another kind (a_open FALSE: "tomorrow night", "Sept.
 * 14") a weekday end moves only when it would come first. */
static void
order_range_end(const TlDSem *s, const TlDValue *start, gboolean a_open, TlDValue *v,
                const TlDRef *ref)
{
	if (!v->is_point || !start->is_point || start->point.year == TL_NOYEAR ||
	    v->point.year == TL_NOYEAR)
		return;
	const TlDRef *a = &start->point, *b = &v->point;
	if (s->month) {
		if (a->day || !a->month || b->day)
			return;
		gint64 y = a->year + (b->month <= a->month);
		if (y == b->year)
			return;
		TlDSem t = *s;
		t.year = y;
		reresolve(&t, ref, v);
		return;
	}
	if (!a->day || !b->day)
		return;
	gint64 da = tl_cal_to_days(a->year, a->month, a->day);
	gint64 db = tl_cal_to_days(b->year, b->month, b->day);
	if (db > da && (db - da < 7 || !a_open))
		return; /* "from Sept. 14 to Thursday" may span weeks */
	gint64 y;
	int m, dd;
	tl_cal_from_days(da + 1 + ((db - da - 1) % 7 + 7) % 7, &y, &m, &dd);
	TlDSem t = *s; /* keeping its part of the day: "Friday morning" */
	t.weekday = 0;
	t.year = y, t.month = m, t.day = dd;
	reresolve(&t, ref, v);
}

/* A clock time of a set, of no one day: after a set of days in its
 * sentence ("lane closures every weekday from 10 p.m. to 5 a.m.", "open
 * daily from 8 a.m. to 6 p.m.", "runs hourly from 6 a.m.") with only the
 * words of a clock's range between, or before one that says so ("opens at
 * 9 a.m. on weekdays", "released at 1700 EDT on Tuesday nights", "at 9
 * a.m. daily."); not after a set told in another clause ("reviewed every
 * 30 minutes and at 1000 GMT were withdrawn"), nor before a set that is a
 * noun's adjective ("after the 1300 EST weekly bill auction").  Weekdays
 * and weeknights have no TIMEX3 value of a set: they are told by their
 * words. */
#define SET_REACH 6

static gboolean
low_in(const TlDTok *t, const char *const *w)
{
	for (; *w; w++)
		if (strcmp(t->low, *w) == 0)
			return TRUE;
	return FALSE;
}

static gboolean
set_word(const TlDTok *t)
{
	static const char *const w[] = {"weekday", "weekdays", "weeknight", "weeknights", NULL};
	return low_in(t, w);
}

/* Are tokens [a, b) only the words of a clock's range, skipping the
 * clocks' own matches (k and those before it)? */
static gboolean
range_gap(const TlDates *d, guint k, int a, int b)
{
	static const char *const w[] = {"from", "at", "between", "to", "until", "till", "through",
	                                "-", "\xe2\x80\x93", "around", "about", "starting",
	                                "beginning", NULL};
	const TlDTok *toks = (const TlDTok *)(void *)d->toks->data;
	gboolean between = FALSE;
	guint o = k;
	for (int i = b; i-- > a;) {
		while (o > 0 && g_array_index(d->matches, TlDMatch, o).tok0 > i)
			o--;
		const TlDMatch *x = &g_array_index(d->matches, TlDMatch, o);
		if (x->sem.type == TX_TIME && x->tok0 <= i && i < x->tok1)
			continue;
		if (strcmp(toks[i].low, "between") == 0)
			between = TRUE;
		else if (!low_in(&toks[i], w) && strcmp(toks[i].low, "and") != 0)
			return FALSE;
	}
	/* "and" only inside "between 8 and 10 a.m." */
	for (int i = a; i < b && !between; i++)
		if (strcmp(toks[i].low, "and") == 0)
			return FALSE;
	return TRUE;
}

static gboolean set_after_end(const TlDates *d, guint k, gboolean end);

static gboolean
set_clock(const TlDates *d, guint k)
{
	const TlDTok *toks = (const TlDTok *)(void *)d->toks->data;
	const TlDMatch *m = &g_array_index(d->matches, TlDMatch, k);
	guint16 sent = toks[m->tok0].sent;
	/* back, over the clock that starts a range ("from 10 p.m. to 5 a.m."):
	 * one, so that a walk of clocks costs no more than its length */
	int lo = MAX(m->tok0 - SET_REACH, 0), clocks = 0;
	for (guint o = k; o-- > 0;) {
		const TlDMatch *pv = &g_array_index(d->matches, TlDMatch, o);
		if (pv->tok1 <= lo || toks[pv->tok0].sent != sent ||
		    (pv->sem.type == TX_TIME && ++clocks > 1))
			break;
		if (pv->sem.type != TX_TIME) {
			if (pv->sem.type == TX_SET)
				return range_gap(d, k, pv->tok1, m->tok0);
			break;
		}
		lo = MAX(pv->tok0 - SET_REACH, 0);
	}
	for (int i = m->tok0; i-- > lo && toks[i].sent == sent;)
		if (set_word(&toks[i]))
			return range_gap(d, k, i + 1, m->tok0);
	return set_after_end(d, k, TRUE);
}

/* The set after clock k ("on weekdays", "on Tuesday nights", "daily."),
 * or after the end of its range ("5pm-11 on weekdays", "from 9am to 5pm
 * every day"); end: k may be the start of a range. */
static gboolean
set_after_end(const TlDates *d, guint k, gboolean end)
{
	static const char *const every[] = {"on", "every", "each", NULL};
	const TlDTok *toks = (const TlDTok *)(void *)d->toks->data;
	int n = (int)d->toks->len;
	const TlDMatch *m = &g_array_index(d->matches, TlDMatch, k);
	guint16 sent = toks[m->tok0].sent;
	if (k + 1 < d->matches->len) {
		const TlDMatch *nx = &g_array_index(d->matches, TlDMatch, k + 1);
		/* (or in one token with it: "2-4 pm") */
		if (end && nx->sem.type == TX_TIME && toks[nx->tok0].sent == sent && nx->tok1 >= m->tok1 &&
		    (nx->tok0 < m->tok1 ||
		     (nx->tok0 == m->tok1 + 1 && range_word(toks[m->tok1].low))))
			return set_after_end(d, k + 1, FALSE);
	}
	int i = m->tok1;
	if (i < n && toks[i].sent == sent && strcmp(toks[i].low, "on") == 0)
		i++;
	if (i >= n || toks[i].sent != sent)
		return FALSE;
	if (set_word(&toks[i]) && (i == m->tok1 || low_in(&toks[i - 1], every)))
		return TRUE;
	if (k + 1 < d->matches->len) {
		const TlDMatch *nx = &g_array_index(d->matches, TlDMatch, k + 1);
		if ((nx->tok0 == i || nx->tok0 == m->tok1) && nx->sem.type == TX_SET &&
		    (i > m->tok1 || low_in(&toks[nx->tok0], every) || nx->tok1 >= n ||
		     toks[nx->tok1].sent != sent || toks[nx->tok1].kind == T_PUNCT))
			return TRUE;
	}
	return FALSE;
}

/* Does the match open its sentence as a year alone, after a preposition
 * of time at most ("In 2019 in the Pacific region, outbreaks were
 * declared", "During 1986, ...")? */
static gboolean
year_frame(const TlDTok *toks, const TlDMatch *m)
{
	static const char *const preps[] = {"in", "during", "throughout", NULL};
	if (m->sem.kind != S_ABS || m->sem.year == TL_NOYEAR || m->sem.yrel || m->sem.gran != G_YEAR ||
	    m->sem.mod || m->sem.type != TX_DATE)
		return FALSE;
	guint t = (guint)m->tok0;
	if (t > 0 && toks[t - 1].sent == toks[t].sent) {
		if (!low_in(&toks[t - 1], preps))
			return FALSE;
		t--;
	}
	return t == 0 || toks[t - 1].sent != toks[t].sent;
}

static void
resolve_one(TlDates *d, Ctx *c, guint k, TlDValue *v, const char **anchor)
{
	const TlDTok *toks = (const TlDTok *)(void *)d->toks->data;
	guint n = d->toks->len;
	TlDMatch *m = &g_array_index(d->matches, TlDMatch, k);
	TlDSem s = m->sem;
	gboolean use_last = c->last_num > 0 && (s.anaph || c->narrative);
	/* "two years later" counts from a date of this or the last sentence
	 * only; but "later" never counts from the DCT ("In 1937 ... Now, 83
	 * years later" is 2020, not 2103): a date further back does */
	if (use_last && !c->narrative && s.kind == S_REL && s.rule && strncmp(s.rule, "units-", 6) == 0 &&
	    toks[m->tok0].sent > c->last_sent + 1 && strcmp(s.rule, "units-later") != 0)
		use_last = FALSE;
	/* "a year ago" among quarterly figures is the same quarter a year back */
	gboolean ago = s.rule && (strcmp(s.rule, "units-ago") == 0 ||
	                          strcmp(s.rule, "units-earlier") == 0 || strcmp(s.rule, "year-ago") == 0);
	if (s.kind == S_REL && s.unit == G_YEAR && s.off == -1 && ago && c->have_dct &&
	    (c->q || s.quarter ||
	     (s.by_quarter && c->dct.month && strcmp(toks[m->tok1 - 1].low, "quarter") == 0)) &&
	    (s.by_quarter || quarter_sentence(toks, n, (guint)m->tok0) ||
	     (c->q && toks[m->tok0].sent <= c->q_sent + QUARTER_REACH))) {
		TlDSem qs = s;
		qs.kind = S_ABS;
		qs.year = s.quarter ? c->dct.year - 1 : c->q_year - 1;
		qs.quarter = s.quarter ? s.quarter : c->q;
		if (!s.quarter && !c->q) {
			/* "the year-ago quarter" with no quarter spoken of yet: the
			 * last one ended before the DCT ("period" stays the year:
			 * it may be nine months) */
			int last = (c->dct.month - 1) / 3;
			qs.year = (last ? c->dct.year : c->dct.year - 1) - 1;
			qs.quarter = last ? last : 4;
		}
		qs.gran = G_QUARTER;
		tl_dresolve(&qs, &c->dct, TENSE_NONE, v);
		v->uses_ref = TRUE;
		*anchor = "dct";
		return;
	}
	/* "the latest period": the quarter last reported, else nothing known */
	if (s.rule && strcmp(s.rule, "latest-period") == 0) {
		memset(v, 0, sizeof *v);
		*anchor = NULL;
		if (!c->q)
			return;
		TlDSem qs = s;
		qs.kind = S_ABS;
		qs.year = c->q_year;
		qs.quarter = c->q;
		tl_dresolve(&qs, &c->dct, TENSE_NONE, v);
		return;
	}
	/* "the 1988 quarter", "the 1989 period": the quarter spoken of, in
	 * that year */
	if (s.kind == S_ABS && s.by_quarter && s.gran == G_YEAR && c->q &&
	    (c->period_q || strcmp(g_array_index(d->toks, TlDTok, m->tok1 - 1).low, "quarter") == 0)) {
		s.quarter = c->q;
		s.gran = G_QUARTER;
	}
	/* "last year in March", "next year on May 5": the month of that year */
	if (s.kind == S_ABS && s.type == TX_DATE && s.year == TL_NOYEAR && !s.yrel && !s.hol &&
	    (s.month || s.season) && k > 0 && m->tok0 >= 1 &&
	    (strcmp(toks[m->tok0 - 1].low, "in") == 0 || strcmp(toks[m->tok0 - 1].low, "on") == 0)) {
		const TlDMatch *pv = &g_array_index(d->matches, TlDMatch, k - 1);
		/* a deictic year only: "bonds due 2017 in February" is no such
		 * thing, nor "a year later on August 10" */
		if ((guint)pv->tok1 + 1 == (guint)m->tok0 && pv->sem.type == TX_DATE && !pv->sem.mod &&
		    pv->sem.kind == S_REL && pv->sem.unit == G_YEAR && !pv->sem.anaph && pv->sem.rule &&
		    strcmp(pv->sem.rule, "deixis-unit") == 0) {
			TlDValue pvv;
			const char *pa;
			resolve_one(d, c, k - 1, &pvv, &pa);
			if (pvv.is_point && pvv.point.year != TL_NOYEAR && !pvv.point.month) {
				s.year = pvv.point.year;
				*anchor = pa;
				tl_dresolve(&s, &c->dct, TENSE_NONE, v);
				v->uses_ref = FALSE;
				return;
			}
		}
	}
	/* "In 1986 sales rose in the first quarter", "earned a profit in the
	 * first quarter of 1986 but turned in a loss for the year as a
	 * whole": a quarter or half with no year of its own, or "the year",
	 * takes the year of a date with a year of its own earlier in its
	 * sentence, a year before the DCT's, when it is not told as ahead
	 * (not a month: "sold through end-1986, but cut output in January"
	 * is this January; nor an index's base year: "base 1980") */
	if (!use_last && c->have_dct && c->last_num > 0 && c->last_year &&
	    c->last_sent == toks[m->tok0].sent && c->last.year != TL_NOYEAR && c->last.year < c->dct.year &&
	    s.type == TX_DATE && !s.mod) {
		gboolean part = s.kind == S_ABS && s.year == TL_NOYEAR && !s.yrel && !s.hol && !s.day &&
		                !s.weekday && !s.week && !s.dir && !s.month && (s.quarter || s.half);
		gboolean the_year = s.kind == S_REL && s.unit == G_YEAR && s.off == 0 && s.rule &&
		                    strcmp(s.rule, "the-unit") == 0;
		/* (nor when a year of its own follows: "the third quarter in
		 * 1986") */
		const TlDMatch *nx = k + 1 < d->matches->len ? &g_array_index(d->matches, TlDMatch, k + 1) : NULL;
		gboolean own = nx && nx->tok0 >= m->tok1 && nx->tok0 <= m->tok1 + 1 && nx->sem.year != TL_NOYEAR;
		if ((part || the_year) && !own &&
		    tl_dtense_at(d->tenser, toks, n, (guint)m->tok0, (guint)m->tok1) != TENSE_FUTURE) {
			TlDSem ys = s;
			if (the_year) {
				ys.kind = S_ABS;
				ys.gran = G_YEAR;
			}
			ys.year = c->last.year;
			tl_dresolve(&ys, &c->dct, TENSE_NONE, v);
			v->uses_ref = TRUE;
			g_snprintf(c->last_id, sizeof c->last_id, "t%d", c->last_num);
			*anchor = c->last_id;
			return;
		}
	}
	static const char *const thing_dets[] = {"the", "its", "their", NULL};
	/* "In 2019 in the Pacific region, outbreaks were declared first on
	 * February 6", said on 2020-01-01: a month or a day of one with no
	 * year of its own, in a sentence a year opens, takes that year when
	 * it is before the DCT's and the month is not told as ahead */
	if (!c->narrative && c->have_dct && c->frame_num > 0 && c->frame_sent == toks[m->tok0].sent &&
	    c->frame_year < c->dct.year && c->frame_year != TL_NOYEAR && s.kind == S_ABS &&
	    s.type == TX_DATE && s.year == TL_NOYEAR && !s.yrel && !s.dir && !s.weekday && s.month &&
	    /* (not a thing's date: "according to the February 9 USDA report") */
	    !(m->tok0 > 0 && low_in(&toks[m->tok0 - 1], thing_dets)) &&
	    tl_dtense_at(d->tenser, toks, n, (guint)m->tok0, (guint)m->tok1) != TENSE_FUTURE) {
		TlDSem ys = s;
		ys.year = c->frame_year;
		tl_dresolve(&ys, &c->dct, TENSE_NONE, v);
		v->uses_ref = TRUE;
		g_snprintf(c->last_id, sizeof c->last_id, "t%d", c->frame_num);
		*anchor = c->last_id;
		return;
	}
	/* a last date too coarse for the unit: fall back on the DCT */
	if (use_last && s.kind == S_REL &&
	    ((s.unit <= G_WEEK && !c->last.day) || (s.unit <= G_QUARTER && !c->last.month)))
		use_last = FALSE;
	if (use_last && s.kind == S_ABS && s.weekday && !c->last.day)
		use_last = FALSE;
	/* "last week ... the week before": a week counts from the week
	 * mentioned last, when no date came after it */
	gboolean week = s.told && s.kind == S_REL && s.unit == G_WEEK && abs(s.off) == 1 &&
	                c->wk_num > c->last_num;
	TlDRef ref = week ? c->wk : use_last ? c->last : c->dct;
	if (week)
		use_last = TRUE;
	if (!use_last && !c->have_dct)
		ref.year = TL_NOYEAR;
	if (use_last)
		g_snprintf(c->last_id, sizeof c->last_id, "t%d", week ? c->wk_num : c->last_num);
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
		/* "Tuesday 9 am or Thursday 1 pm": a day after "or" or "and" is
		 * another choice's, not this clock's */
		if (side == 0 && gap >= 1 &&
		    (strcmp(toks[nx->tok0 - 1].low, "or") == 0 || strcmp(toks[nx->tok0 - 1].low, "and") == 0))
			continue;
		/* "tomorrow noon, Wed 3 p.m.": a clock right after a day is that
		 * day's; a day after a comma is the next clock's */
		if (side == 0 && gap >= 1 && strcmp(toks[m->tok1].low, ",") == 0 && k > 0) {
			const TlDMatch *pv = &g_array_index(d->matches, TlDMatch, k - 1);
			if (pv->tok1 == m->tok0 && pv->sem.type == TX_DATE && pv->sem.gran == G_DAY &&
			    pv->sem.hour < 0)
				continue;
		}
		/* "from 2pm till tomorrow 4:30pm": a day after the word that
		 * ends a range is the end's */
		if (side == 0 && gap >= 1 && nx->sem.type == TX_DATE && range_word(toks[nx->tok0 - 1].low))
			continue;
		/* "10:35 a.m. (0735 GMT) Friday": the aside does not count */
		if (side == 0 && gap > 2)
			gap -= aside_len(toks, n, (guint)m->tok1, (guint)nx->tok0);
		/* "in 3 days at 4 pm": a span ahead in days is a day too */
		gboolean days_ahead = nx->sem.kind == S_DUR && nx->sem.dir == 1 && nx->sem.unit == G_DAY;
		/* (a part of the day takes no day from another's part: "unchanged
		 * from last night by midmorning") */
		gboolean other_part = s.part && s.hour < 0 && nx->sem.part;
		/* "10am to 12pm Monday": the end of the range has the day */
		gboolean end_day = side == 0 && nx->sem.type == TX_TIME && nx->sem.kind == S_ABS &&
		                   (nx->sem.weekday || nx->sem.day) && clock_range_end(toks, m, nx);
		gboolean a_day = ((nx->sem.type == TX_DATE && (nx->sem.gran == G_DAY || nx->sem.gran == G_PART)) ||
		                  days_ahead) && nx->sem.hour < 0 && !other_part;
		if (gap <= 2 && (a_day || end_day)) {
			TlDValue dv;
			const char *a2;
			if ((int)o == c->done_k) {
				dv = *c->done_v; /* already written: an anaphoric day
				                  * moved the last date since */
				g_snprintf(c->done_tid, sizeof c->done_tid, "t%d", c->done_id);
				a2 = c->done_anchor == 0 ? NULL : c->done_anchor == 1 ? "dct" : c->done_tid;
			} else
				resolve_one(d, c, o, &dv, &a2);
			if (dv.is_point && dv.point.day) {
				s.year = dv.point.year, s.month = dv.point.month, s.day = dv.point.day;
				borrowed = a2;
				/* "10:30 tonight", "at 7 this evening": after noon;
				 * "Friday at 3": a waking hour (see clock_12); not a
				 * clock that says its half ("tonight at 1am") */
				if (nx->sem.part >= 2 && nx->sem.part <= 4 && s.hour12 && s.hour >= 1 &&
				    s.hour < 12)
					s.hour += 12;
				else if (!nx->sem.part && s.hour12 && s.hour >= 1 && s.hour <= 6)
					s.hour += 12;
			}
		}
	}
	/* else the nearest day of its sentence: "shot at 10 p.m. as he stood
	 * in his kitchen on Oct. 23" */
	if (s.type == TX_TIME && s.kind == S_ABS && !s.month && !s.weekday && s.year == TL_NOYEAR) {
		int best = -1, bd = CLOCK_REACH + 1;
		gboolean best_compared = FALSE; /* a day passed over as a comparison's */
		for (guint o = k; o-- > 0;) {
			const TlDMatch *nx = &g_array_index(d->matches, TlDMatch, o);
			int dist = m->tok0 - nx->tok1;
			if (dist > CLOCK_REACH || toks[nx->tok0].sent != toks[m->tok0].sent)
				break;
			if (day_date(&nx->sem)) {
				if (!compared_day(toks, n, nx, (guint)m->tok0, (guint)m->tok1))
					best = (int)o, bd = dist;
				else
					best_compared = TRUE;
				break;
			}
		}
		for (guint o = k + 1; o < d->matches->len; o++) {
			const TlDMatch *nx = &g_array_index(d->matches, TlDMatch, o);
			int dist = nx->tok0 - m->tok1;
			if (dist >= bd || toks[nx->tok0].sent != toks[m->tok0].sent)
				break;
			if (day_date(&nx->sem) && dist >= 1 && range_word(toks[nx->tok0 - 1].low))
				break; /* the end's day (above) */
			if (day_date(&nx->sem)) {
				if (!compared_day(toks, n, nx, (guint)m->tok0, (guint)m->tok1))
					best = (int)o;
				else
					best_compared = TRUE;
				break;
			}
		}
		TlDValue dv;
		const char *a2;
		/* "released at 1700 EDT on Tuesday nights": a time of a set, of
		 * no day told before */
		const TlDMatch *nm = k + 1 < d->matches->len ? &g_array_index(d->matches, TlDMatch, k + 1) : NULL;
		gboolean of_set = nm && nm->sem.type == TX_SET && nm->tok0 - m->tok1 <= 2;
		gboolean part_bare = s.part && s.hour < 0 && s.rule && strcmp(s.rule, "part-bare") == 0;
		/* (a set of days may be the nearest "day": "at 1700 EDT on
		 * Tuesday nights") */
		if ((best < 0 || g_array_index(d->matches, TlDMatch, (guint)best).sem.type == TX_SET) &&
		    !best_compared && c->have_dct && set_clock(d, k)) {
			/* no day of its own in a set: of no one day */
			ref.year = TL_NOYEAR;
			*anchor = NULL;
		} else if (best >= 0) {
			resolve_one(d, c, (guint)best, &dv, &a2);
			if (dv.is_point && dv.point.day) {
				s.year = dv.point.year, s.month = dv.point.month, s.day = dv.point.day;
				borrowed = a2;
				/* "between 7 and 9:30 last night": the half of the
				 * day's part (night from 6 on), else a waking hour */
				int bp = g_array_index(d->matches, TlDMatch, (guint)best).sem.part;
				if (s.hour12 && s.hour >= 1 && s.hour < 12 &&
				    (bp == 2 || bp == 3 || (bp == 4 && s.hour >= 6)))
					s.hour += 12;
				else if (s.hour12 && s.hour >= 1 && s.hour <= 6)
					s.hour += 12;
			}
		} else if (!of_set && c->last_num > 0 && c->last.day && c->last.year != TL_NOYEAR &&
		           toks[m->tok0].sent <= c->last_sent + 1 && c->have_dct && !c->last_poss &&
		           !(part_bare && c->last_part) &&
		           !(best_compared && toks[m->tok0].sent == c->last_sent) &&
		           recent_day(&c->last, &c->dct) &&
		           clause_tense(d, &s, &ref, (guint)m->tok0, (guint)m->tok1, NULL, NULL) ==
		                   TENSE_PAST) {
			/* else, in a past clause, the day up to a year before
			 * the DCT that the sentence before spoke of: "A fire yesterday
			 * morning destroyed 200 homes. The fire broke out at
			 * around 3:30am." is that morning ("reconvenes at 1500
			 * hrs", "is due at 1630 EST" stay the DCT's day); not
			 * for a part of the day after a day's part ("unchanged
			 * from last night by midmorning") */
			s.year = c->last.year, s.month = c->last.month, s.day = c->last.day;
			g_snprintf(c->last_id, sizeof c->last_id, "t%d", c->last_num);
			borrowed = c->last_id;
		}
	}
	if (s.kind == S_ABS && (((s.day || s.nth_weekday) && s.month) || s.hol) &&
	    s.year == TL_NOYEAR && !s.yrel && !s.dir) {
		s.will_on = will_governs(toks, (guint)m->tok0);
		/* "I'll be out from Oct. 2 to October 22", "will be away between
		 * May 3 and May 9": both days of a range, when "will" governs
		 * one */
		const TlDMatch *nx = k + 1 < d->matches->len ? &g_array_index(d->matches, TlDMatch, k + 1) : NULL;
		const TlDMatch *pv = k > 0 ? &g_array_index(d->matches, TlDMatch, k - 1) : NULL;
		if (!s.will_on && nx && nx->sem.kind == S_ABS && nx->sem.month &&
		    nx->sem.year == TL_NOYEAR && range_end_of(toks, m, nx))
			s.will_on = will_governs(toks, (guint)nx->tok0);
		if (!s.will_on && pv && pv->sem.kind == S_ABS && pv->sem.month &&
		    pv->sem.year == TL_NOYEAR && range_end_of(toks, pv, m))
			s.will_on = will_governs(toks, (guint)pv->tok0);
	}
	/* a month right after "in" that "will" governs plainly: "will visit
	 * Paris in January" said in March is next January (not "will publish
	 * figures for February", "will arrive during Feb/May") */
	if (s.kind == S_ABS && s.month && !s.day && !s.nth_weekday && !s.hol && !s.week &&
	    s.year == TL_NOYEAR && !s.yrel && !s.dir && m->tok0 > 0 &&
	    strcmp(toks[m->tok0 - 1].low, "in") == 0)
		s.will_on = will_governs(toks, (guint)m->tok0);
	/* "Three months later, the company collapsed" with no date before: not
	 * three months after the DCT, but some time past */
	gboolean later_dct = !use_last && s.kind == S_REL && s.off > 0 && s.rule &&
	                     strcmp(s.rule, "units-later") == 0 &&
	                     strcmp(toks[m->tok1 - 1].low, "later") == 0; /* not "from now" */
	gboolean have = FALSE; /* v already resolved by clause_tense */
	TlDTense tense = needs_tense(&s) || later_dct
	                         ? clause_tense(d, &s, &ref, (guint)m->tok0, (guint)m->tok1, v, &have)
	                         : TENSE_NONE;
	/* a bare quarter with no tense of its own, among the quarterly
	 * figures of a past quarter in its sentence or the one before, is no
	 * later than that quarter: the past ("decreased in the fourth quarter
	 * after an increase of 39.6 billion dlrs in the third quarter", said in
	 * March: 1986-Q3, not 1987-Q3) */
	if (tense == TENSE_NONE && s.kind == S_ABS && s.quarter && s.year == TL_NOYEAR && !s.dir && !s.yrel &&
	    c->q && c->q_year && c->have_dct && c->dct.month && s.quarter <= c->q &&
	    toks[m->tok0].sent <= c->q_sent + 1 &&
	    (c->q_year < c->dct.year || (c->q_year == c->dct.year && c->q < (c->dct.month - 1) / 3 + 1))) {
		tense = TENSE_PAST;
		have = FALSE;
	}
	if ((later_fuzzy(&s) || later_dct) && tense == TENSE_PAST) {
		s.kind = S_FUZZY;
		s.type = TX_DATE;
		g_strlcpy(s.val, "PAST_REF", sizeof s.val);
		have = FALSE;
	}
	if (!have)
		tl_dresolve(&s, &ref, tense, v);
	if (s.nth_weekday)
		nth_weekday(v, s.nth, s.nth_weekday, &ref);
	if (s.last_day && v->is_point && v->point.month && !v->point.day &&
	    v->point.year != TL_NOYEAR && v->point.year >= 1 && v->point.year <= 9999)
		set_day(v, v->point.year, v->point.month,
		        tl_cal_days_in_month(v->point.year, v->point.month), &ref);
	if (s.shift)
		shift_day(v, s.shift, &ref);
	if (s.mshift)
		shift_month(v, s.mshift, &ref);
	if (s.week_of)
		week_of(v, s.rule && g_str_has_prefix(s.rule, "nth-week"), s.weekend);
	if (!v->uses_ref)
		*anchor = borrowed; /* the date's anchor, or NULL when absolute */
}

/* The timex writer works on a cursor into room made once per timex (a
 * GString call per piece was a tenth of the stage's time). */
typedef struct {
	char *p;
} Out;

static inline void
put(Out *o, const char *s, size_t n)
{
	memcpy(o->p, s, n);
	o->p += n;
}

static inline void
puts0(Out *o, const char *s)
{
	put(o, s, strlen(s));
}

/* Write s[0..len) as a JSON string, escaped as jansson escapes it (UTF-8
 * kept, control characters as \n or \u00XX), so the output bytes are the
 * same as through jansson.  Needs room for 6 * len + 2 bytes. */
static void
put_jstr(Out *o, const char *s, size_t len)
{
	static const char hex[] = "0123456789ABCDEF";
	*o->p++ = '"';
	size_t run = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		put(o, s + run, i - run);
		run = i + 1;
		switch (c) {
		case '"': put(o, "\\\"", 2); break;
		case '\\': put(o, "\\\\", 2); break;
		case '\b': put(o, "\\b", 2); break;
		case '\f': put(o, "\\f", 2); break;
		case '\n': put(o, "\\n", 2); break;
		case '\r': put(o, "\\r", 2); break;
		case '\t': put(o, "\\t", 2); break;
		default: {
			char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
			put(o, u, 6);
		}
		}
	}
	put(o, s + run, len - run);
	*o->p++ = '"';
}

/* A member ,"key":"value" (or null) of our own strings, which need no
 * escaping and are short (under 64 bytes). */
static void
put_member(Out *o, const char *key, const char *val)
{
	*o->p++ = ',';
	*o->p++ = '"';
	puts0(o, key);
	if (!val) {
		put(o, "\":null", 6);
		return;
	}
	put(o, "\":\"", 3);
	puts0(o, val);
	*o->p++ = '"';
}

static void
put_uint(Out *o, guint32 n)
{
	char buf[12];
	int i = sizeof buf;
	do
		buf[--i] = (char)('0' + n % 10);
	while ((n /= 10) != 0);
	put(o, buf + i, sizeof buf - (size_t)i);
}

/* Append one timex object, its members in the order of DESIGN.md. */
static void
timex_append(GString *out, const char *text, const TlDMatch *m, const TlDValue *v,
             const char *anchor, int id)
{
	const TlDSem *s = &m->sem;
	/* room: the escaped text, the values (each under 64 bytes), the keys */
	gsize at = out->len;
	g_string_set_size(out, at + 6 * (gsize)(m->end - m->start) + 1024);
	Out o = {out->str + at};
	put(&o, "{\"id\":\"t", 8);
	put_uint(&o, (guint32)id);
	put(&o, "\",\"start\":", 10);
	put_uint(&o, m->start);
	put(&o, ",\"end\":", 7);
	put_uint(&o, m->end);
	put(&o, ",\"text\":", 8);
	put_jstr(&o, text + m->start, m->end - m->start);
	TlDType type = v->type;
	if (type == TX_DATE && g_ascii_isdigit(v->value[0]) && strchr(v->value, ':'))
		type = TX_TIME;
	put_member(&o, "type", tl_dtype_name(type));
	put_member(&o, "value", v->value);
	put_member(&o, "mod", s->mod);
	put_member(&o, "anchor", anchor);
	put_member(&o, "granularity", v->gran ? tl_dgran_name(v->gran) : NULL);
	if (v->range0[0]) {
		put(&o, ",\"range\":[\"", 11);
		puts0(&o, v->range0);
		put(&o, "\",\"", 3);
		puts0(&o, v->range1);
		put(&o, "\"]", 2);
	} else {
		put(&o, ",\"range\":null", 13);
	}
	put_member(&o, "rule", s->rule ? s->rule : "unknown");
	if (s->kind == S_SET) {
		put_member(&o, "quant", s->quant);
		put_member(&o, "freq", s->freq);
	}
	*o.p++ = '}';
	g_string_truncate(out, (gsize)(o.p - out->str));
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

void
tl_dates_annotate_raw(TlDates *d, const char *text, size_t len, const char *dct,
                      const TlDOptions *opt, GString *out, char **inferred)
{
	g_array_set_size(d->toks, 0);
	g_array_set_size(d->sents, 0);
	g_array_set_size(d->matches, 0);
	tl_dscan(d->lex, text, len, d->toks, d->sents);
	tl_dtenser_reset(d->tenser, text);
	const TlDTok *toks = (const TlDTok *)(void *)d->toks->data;
	tl_dgrammar_run(text, toks, d->toks->len, opt->order, d->matches);
	const TlDMatch *ms = (const TlDMatch *)(void *)d->matches->data;
	guint nm = d->matches->len;
	Ctx c = {0};
	c.done_k = -1;
	c.have_dct = tl_dref_parse(dct, &c.dct);
	gboolean was_inferred = FALSE;
	if (inferred)
		*inferred = NULL;
	if (!c.have_dct && infer_ref(d->tenser, toks, d->toks->len, ms, nm, &c.dct)) {
		c.have_dct = was_inferred = TRUE;
		/* a DCT is a full date: a year (or month) alone still anchors
		 * the values, but the record gets no partial dct */
		if (inferred && c.dct.day)
			*inferred = tl_dref_format(&c.dct);
	}
	c.narrative = choose_narrative(opt, c.have_dct, was_inferred, ms, nm);
	g_string_append_c(out, '[');
	int id = 0;
	int prev_k = -1;
	TlDValue prev_v = {0};
	for (guint k = 0; k < nm; k++) {
		const TlDMatch *m = &g_array_index(d->matches, TlDMatch, k);
		if (m->sem.kind == S_VALUE && !m->sem.val[0])
			continue;
		/* in a match report, a half or quarter of the game */
		if (bare_part(&m->sem)) {
			if (!c.sport)
				c.sport = sport_text(d, toks, d->toks->len) ? 1 : -1;
			if (c.sport > 0)
				continue;
		}
		TlDValue v;
		const char *anchor;
		resolve_one(d, &c, k, &v, &anchor);
		if (!v.value[0])
			continue;
		if (prev_k >= 0 && (guint)prev_k + 1 == k && open_month_or_weekday(&m->sem) &&
		    ((open_month_or_weekday(&ms[prev_k].sem) &&
		      !m->sem.month == !ms[prev_k].sem.month) ||
		     day_before_weekday(&m->sem, &ms[prev_k].sem, &prev_v)) &&
		    (range_end_of(toks, &ms[prev_k], m) || month_slash_pair(toks, &ms[prev_k], m)))
		{
			/* not past the DCT in a past clause: "it lasted from
			 * Friday to Monday" said on a Sunday began the Friday
			 * before (left as each alone would be) */
			TlDValue nv = v;
			order_range_end(&m->sem, &prev_v, open_month_or_weekday(&ms[prev_k].sem), &nv,
			                &c.dct);
			/* (two months joined with no space, "April/May", name one
			 * period whatever the clause) */
			gboolean tight = m->sem.month && !(toks[m->tok0].flags & TF_SPACE) &&
			                 !(toks[ms[prev_k].tok1].flags & TF_SPACE);
			if (strcmp(nv.value, v.value) != 0 &&
			    (tight || !(c.have_dct && after_ref(&nv.point, &c.dct) &&
			                clause_tense(d, &m->sem, &c.dct, (guint)m->tok0, (guint)m->tok1, NULL,
			                             NULL) ==
			                    TENSE_PAST)))
				v = nv;
		}
		/* the second day of "November 1-15" is in the first's month and
		 * year, whatever its clause's tense says alone ("received a
		 * cargo for November 1-15 delivery": 1987-11-15, was 1986) */
		if (prev_k >= 0 && (guint)prev_k + 1 == k && m->sem.rule && ms[prev_k].sem.rule &&
		    strcmp(m->sem.rule, "day-range") == 0 && strcmp(ms[prev_k].sem.rule, "day-range") == 0 &&
		    m->sem.year == TL_NOYEAR && v.is_point && prev_v.is_point && v.point.day && prev_v.point.day &&
		    v.point.month == prev_v.point.month && v.point.year != prev_v.point.year &&
		    prev_v.point.year >= 1 && prev_v.point.year <= 9999) {
			TlDSem t = m->sem;
			t.year = prev_v.point.year;
			reresolve(&t, &c.dct, &v);
		}
		/* "from 11:01 am to 11", "from 1:30am to 3", "from 11am to
		 * 11:50": an end without a.m. or p.m. after a start that says it
		 * is the first such clock after the start (within twelve hours);
		 * so after a start whose half of the day was chosen ("4:00 to 7
		 * o'clock" in the afternoon ends at 19:00) */
		if (prev_k >= 0 && (guint)prev_k + 1 == k && m->sem.type == TX_TIME &&
		    ms[prev_k].sem.type == TX_TIME && m->sem.kind == S_ABS && m->sem.hour12 &&
		    ms[prev_k].sem.kind == S_ABS && !m->sem.month &&
		    !m->sem.weekday && !m->sem.part && v.is_point && prev_v.is_point &&
		    v.point.hour >= 0 && prev_v.point.hour >= 0 && v.point.day &&
		    prev_v.point.day && v.point.year >= 1 && v.point.year <= 9999 &&
		    prev_v.point.year >= 1 && prev_v.point.year <= 9999 &&
		    clock_range_end(toks, &ms[prev_k], m)) {
			int start = prev_v.point.hour * 60 + MAX(prev_v.point.minute, 0);
			int h = m->sem.hour % 12, mi = MAX(m->sem.minute, 0);
			if (h * 60 + mi <= start)
				h += 12;
			TlDSem t = m->sem;
			t.year = prev_v.point.year, t.month = prev_v.point.month, t.day = prev_v.point.day;
			t.hour = h;
			t.hour12 = FALSE;
			if (h * 60 + mi > start)
				reresolve(&t, &c.dct, &v);
		}
		/* "11pm-3", "from 10 p.m. to 2 a.m.": an end before its start
		 * on the same day is the next day's */
		if (prev_k >= 0 && (guint)prev_k + 1 == k && m->sem.type == TX_TIME &&
		    ms[prev_k].sem.type == TX_TIME && m->sem.kind == S_ABS && !m->sem.month &&
		    !m->sem.weekday && v.is_point && prev_v.is_point && v.point.hour >= 0 &&
		    prev_v.point.hour >= 0 && v.point.year == prev_v.point.year &&
		    v.point.month == prev_v.point.month && v.point.day == prev_v.point.day &&
		    v.point.hour * 60 + v.point.minute < prev_v.point.hour * 60 + prev_v.point.minute &&
		    v.point.year >= 1 && v.point.year <= 9999 && clock_range_end(toks, &ms[prev_k], m)) {
			TlDSem t = m->sem;
			tl_cal_from_days(tl_cal_to_days(v.point.year, v.point.month, v.point.day) + 1,
			                 &t.year, &t.month, &t.day);
			reresolve(&t, &c.dct, &v);
		}
		/* "entering at 0:40 ... departed at 2:00": a bare clock that
		 * would be a waking hour is still in the small hours after an
		 * earlier clock of that day there, not later than it */
		if (m->sem.type == TX_TIME && m->sem.kind == S_ABS && m->sem.hour12 &&
		    !m->sem.part && v.is_point && c.small.year && v.point.hour == m->sem.hour + 12 &&
		    m->sem.hour >= 1 && m->sem.hour <= 6 && v.point.year == c.small.year &&
		    v.point.month == c.small.month && v.point.day == c.small.day &&
		    c.small.hour * 60 + MAX(c.small.minute, 0) <= m->sem.hour * 60 + MAX(m->sem.minute, 0)) {
			TlDSem t = m->sem;
			t.year = v.point.year, t.month = v.point.month, t.day = v.point.day;
			t.hour12 = FALSE;
			reresolve(&t, &c.dct, &v);
		}
		if (m->sem.type == TX_TIME && v.is_point && v.point.day && v.point.hour >= 0 &&
		    v.point.hour < 6)
			c.small = v.point;
		prev_k = (int)k;
		prev_v = v;
		char anc[16] = "";
		if (anchor)
			g_strlcpy(anc, anchor, sizeof anc);
		c.done_k = (int)k;
		c.done_v = &prev_v;
		/* (a clock taking an anaphoric day is anchored to that day) */
		c.done_anchor = !anchor ? 0 : strcmp(anchor, "dct") == 0 ? 1 : 2;
		c.done_id = id + 1;
		if (id)
			g_string_append_c(out, ',');
		timex_append(out, text, m, &v, anchor ? anc : NULL, ++id);
		/* the second year of a season ("the 1985/86 crop ... the
		 * preceding year") leaves the season's first as the last date */
		gboolean season2 = m->start > 0 && text[m->start - 1] == '/' && m->sem.rule &&
		                   strcmp(m->sem.rule, "year-range") == 0;
		if (year_frame(toks, m) && v.is_point && !strchr(v.value, 'X')) {
			c.frame_year = v.point.year;
			c.frame_sent = toks[m->tok0].sent;
			c.frame_num = id;
		}
		if (v.is_point && m->sem.type == TX_DATE && !strchr(v.value, 'X') && !season2) {
			c.last = v.point;
			c.last_sent = toks[m->tok0].sent;
			c.last_num = id;
			c.last_part = m->sem.part != 0;
			c.last_year = m->sem.kind == S_ABS && m->sem.year != TL_NOYEAR && !m->sem.yrel &&
			              (m->sem.gran == G_YEAR || m->sem.gran == G_QUARTER || m->sem.gran == G_HALF) &&
			              !other_year(toks, d->toks->len, (guint)m->tok0, (guint)m->tok1);
			c.last_poss = (guint)m->tok1 < d->toks->len &&
			              (strcmp(toks[m->tok1].low, "'s") == 0 ||
			               strcmp(toks[m->tok1].low, "\u2019s") == 0);
		} else if (v.gran == G_WEEK && m->sem.type == TX_DATE && !m->sem.anaph &&
		           strchr(v.value, 'W') && !strchr(v.value, 'X') &&
		           !strstr(v.value, "WE") && v.range0[0] &&
		           tl_dref_parse(v.range0, &c.wk)) {
			c.wk_num = id;
		}
		int q;
		long long qy;
		if (strchr(v.value, 'Q') && sscanf(v.value, "%4lld-Q%d", &qy, &q) == 2 &&
		    m->sem.kind != S_DUR && m->sem.unit != G_YEAR)
			c.q_year = qy, c.q = q, c.q_sent = toks[m->tok0].sent, c.period_q = TRUE;
		else if (m->sem.kind == S_DUR && m->sem.rule && strcmp(m->sem.rule, "first-n-units") == 0)
			c.period_q = FALSE; /* "the first nine months ... the 1988 period" */
	}
	g_string_append_c(out, ']');
}

json_t *
tl_dates_annotate(TlDates *d, const char *text, size_t len, const char *dct,
                  const TlDOptions *opt, char **inferred)
{
	g_autoptr(GString) out = g_string_new(NULL);
	tl_dates_annotate_raw(d, text, len, dct, opt, out, inferred);
	json_error_t jerr;
	json_t *arr = json_loadb(out->str, out->len, 0, &jerr);
	g_assert(arr); /* we wrote it: a failure here is our bug */
	return arr;
}
