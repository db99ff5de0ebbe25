/*
 * Counted and relative patterns: durations ("three days", "three-day",
 * "a year and a half"), offsets ("three days ago", "two years later"),
 * deictic units ("last week", "the past three years", "the following
 * month"), quarters, halves and centuries, sets ("every Monday", "twice a
 * week"), clock times ("3 p.m. EST", "noon") and numeric dates
 * ("2024-04-26", "4/26/2024", "10:35").
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "tl/calendar.h"
#include "grammar.h"

static const char *
unit_code(TlDGran u, gboolean *timepart)
{
	*timepart = u == G_SECOND || u == G_MINUTE || u == G_HOUR;
	switch (u) {
	case G_SECOND: return "S";
	case G_MINUTE: return "M";
	case G_HOUR: return "H";
	case G_DAY: return "D";
	case G_WEEK: return "W";
	case G_WEEKEND: return "WE";
	case G_MONTH: return "M";
	case G_YEAR: return "Y";
	case G_DECADE: return "DE";
	case G_CENTURY: return "CE";
	case G_MILLENNIUM: return "ML";
	default: return "D";
	}
}

/* P3D, PT45M, P1.5Y -> P18M, PXY; quarters and halves count in months. */
/* v as a TIMEX number: up to 15 significant digits, never an exponent
 * ("P1e+11D" is no value: 99999999999 days is P99999999999D); "X" for what
 * is no number. */
const char *
tl_dg_num(char buf[48], double v)
{
	if (!isfinite(v))
		return "X";
	/* a whole number of up to 15 digits, as %.15g writes it, without
	 * printf (a fortieth of the run on Reuters) */
	if (v == floor(v) && fabs(v) < 1e15 && !(v == 0 && signbit(v))) {
		guint64 u = (guint64)fabs(v);
		char tmp[24];
		int k = 0;
		do
			tmp[k++] = (char)('0' + u % 10);
		while ((u /= 10) != 0);
		int o = 0;
		if (v < 0)
			buf[o++] = '-';
		while (k)
			buf[o++] = tmp[--k];
		buf[o] = '\0';
		return buf;
	}
	g_snprintf(buf, 48, "%.15g", v);
	if (strchr(buf, 'e'))
		g_snprintf(buf, 48, "%.0f", fabs(v) < 1e40 ? v : copysign(1e40, v));
	return buf;
}

void
tl_dg_format_dur(char *buf, size_t size, double v, TlDGran u)
{
	if (u == G_QUARTER) {
		char nb[48];
		if (isnan(v))
			g_snprintf(buf, size, "PXQ");
		else if (v == floor(v))
			g_snprintf(buf, size, "P%sQ", tl_dg_num(nb, v));
		else
			g_snprintf(buf, size, "P%sM", tl_dg_num(nb, v * 3));
		return;
	}
	if (u == G_HALF) {
		v = isnan(v) ? v : v * 6;
		u = G_MONTH;
	}
	/* 2 1/2 years: P2Y6M; 5 1/2 hours: PT5H30M */
	if (!isnan(v) && v > 1 && v != floor(v) && (u == G_YEAR || u == G_HOUR || u == G_DAY)) {
		double whole = floor(v), frac = v - whole;
		double sub = frac * (u == G_YEAR ? 12 : u == G_HOUR ? 60 : 24);
		if (sub == floor(sub)) {
			char wb[48], sb[48];
			const char *w = tl_dg_num(wb, whole), *f = tl_dg_num(sb, sub);
			if (u == G_YEAR)
				g_snprintf(buf, size, "P%sY%sM", w, f);
			else if (u == G_HOUR)
				g_snprintf(buf, size, "PT%sH%sM", w, f);
			else
				g_snprintf(buf, size, "P%sDT%sH", w, f);
			return;
		}
	}
	/* a decade counts in years (P20Y, as TimeBank writes it) */
	if (u == G_DECADE && !isnan(v)) {
		v *= 10;
		u = G_YEAR;
	}
	if (!isnan(v) && v != floor(v)) {
		static const struct {
			TlDGran from, to;
			double f;
		} down[] = {{G_YEAR, G_MONTH, 12}, {G_MONTH, G_DAY, 30}, {G_DAY, G_HOUR, 24},
		            {G_HOUR, G_MINUTE, 60}, {G_MINUTE, G_SECOND, 60}, {G_WEEK, G_DAY, 7},
		            {G_DECADE, G_YEAR, 10}, {G_CENTURY, G_YEAR, 100}};
		for (size_t k = 0; k < G_N_ELEMENTS(down); k++)
			if (down[k].from == u && v * down[k].f == floor(v * down[k].f)) {
				v *= down[k].f;
				u = down[k].to;
				break;
			}
	}
	gboolean tp;
	const char *c = unit_code(u, &tp);
	char nb[48];
	/* "P" "T" number unit, without printf */
	size_t o = 0;
	const char *parts[] = {"P", tp ? "T" : "", isnan(v) ? "X" : tl_dg_num(nb, v), c};
	for (size_t k = 0; k < G_N_ELEMENTS(parts) && size; k++)
		for (const char *q = parts[k]; *q && o + 1 < size; q++)
			buf[o++] = *q;
	if (size)
		buf[o] = '\0';
}

static void
set_dur(TlDSem *s, double v, TlDGran u, const char *rule)
{
	s->kind = S_DUR;
	s->type = TX_DURATION;
	s->unit = u;
	tl_dg_format_dur(s->dur, sizeof s->dur, v, u);
	s->rule = rule;
}

static gboolean
ends_clause(const TlDG *g, guint i)
{
	return i >= g->n || g->t[i].kind == T_PUNCT || (g->t[i].flags & TF_NL);
}

/* How many u2 make one u, when it is exact, also across units between
 * ("a decade" is 120 months); 0 otherwise. */
static int
units_in(TlDGran u, TlDGran u2)
{
	static const struct {
		TlDGran u, u2;
		int f;
	} exact[] = {{G_CENTURY, G_YEAR, 100}, {G_DECADE, G_YEAR, 10}, {G_YEAR, G_MONTH, 12},
	             {G_WEEK, G_DAY, 7}, {G_DAY, G_HOUR, 24}, {G_HOUR, G_MINUTE, 60},
	             {G_MINUTE, G_SECOND, 60}};
	for (size_t k = 0; k < G_N_ELEMENTS(exact); k++)
		if (exact[k].u == u) {
			if (exact[k].u2 == u2)
				return exact[k].f;
			int f = units_in(exact[k].u2, u2);
			if (f)
				return exact[k].f * f;
		}
	return 0;
}

/* The largest amount an offset counts: ten million units, which whole_off's
 * finer unit (x 60 at most) and "in a century" (x 100) keep within an int. */
#define OFF_MAX 1e7

/*
 * An offset of v units of *u in whole units: a fraction is counted in the
 * next finer unit when it is whole there ("half an hour ago" is 30 minutes
 * back, "in a year and a half" 18 months ahead, "half a century ago" 50
 * years back), else rounded.  Days and a fraction count in hours ("in 1.5
 * days" is 36 hours on), still valued as a day (day_in_hours).
 */
static int
whole_off(double v, TlDGran *u)
{
	static const TlDGran finer[][2] = {{G_CENTURY, G_YEAR}, {G_DECADE, G_YEAR}, {G_YEAR, G_MONTH},
	                                   {G_DAY, G_HOUR}, {G_HOUR, G_MINUTE}, {G_MINUTE, G_SECOND}};
	for (size_t k = 0; k < G_N_ELEMENTS(finer) && v != floor(v); k++) {
		double w = v * units_in(finer[k][0], finer[k][1]);
		if (finer[k][0] == *u && w == floor(w)) {
			*u = finer[k][1];
			return (int)w;
		}
	}
	return (int)lround(v);
}

/* From a unit of the calendar to one of days: "a year and two weeks", "1
 * month, 3 days" (no exact number of days in a month or a year). */
static gboolean
calendar_to_days(TlDGran u, TlDGran u2)
{
	return (u == G_YEAR || u == G_MONTH) && (u2 == G_WEEK || u2 == G_DAY);
}

/*
 * An offset of amounts from months to days ("1 year, 1 month, 1 week, 1
 * day ago", sign -1): the months on the calendar, then the days, to a day.
 * FALSE (s untouched) when the amounts are of one kind, so one unit holds
 * them.
 */
static gboolean
mixed_offset(TlDSem *s, const double *pv, const TlDGran *pu, int n, int sign)
{
	if (n < 2 || units_in(pu[0], pu[n - 1]))
		return FALSE;
	int months = 0, days = 0;
	for (int k = 0; k < n; k++) {
		int f = (int)pv[k];
		if (pu[k] == G_YEAR || pu[k] == G_MONTH)
			months += pu[k] == G_YEAR ? 12 * f : f;
		else
			days += pu[k] == G_WEEK ? 7 * f : f;
	}
	s->kind = S_REL;
	s->type = TX_DATE;
	s->unit = G_MONTH;
	s->off = sign * months;
	s->same_time = TRUE;
	s->shift = sign * days;
	s->gran = G_DAY;
	return TRUE;
}

/*
 * A second amount of a finer unit after a count's unit (ending at token
 * e): "3 years and 2 months", "1 year, 3 months", "2 hours 30 minutes";
 * list when two amounts came before.  TRUE with it and the token after it.
 */
static gboolean
finer_amount(const TlDG *g, guint e, TlDGran u, gboolean list, double *v2, TlDGran *u2, guint *end)
{
	guint k = e;
	/* ", and" only ending a list of three: "2 hours, 30 minutes, and 5
	 * seconds" (not "served 3 years, and 2 months later he died") */
	if (tl_dg_punct(g, k, ',') && !(tl_dg_lit(g, k + 1, "and") && !list))
		k++;
	/* (after "and" an article counts one: "1 day and an hour") */
	gboolean art = FALSE;
	if (tl_dg_lit(g, k, "and"))
		k++, art = TRUE;
	guint ke, ue;
	gboolean plural;
	if (k >= g->n || !(g->t[k].kind == T_NUM || tl_dg_sense(g, k, L_NUM)) ||
	    !tl_dg_number(g, k, art, v2, &ke) || isnan(*v2) || *v2 <= 0 || *v2 != floor(*v2) ||
	    tl_dg_hyph(g, ke) || !tl_dg_unit(g, ke, u2, &plural, &ue) || tl_dg_hyph(g, ue) ||
	    !(units_in(u, *u2) ? *v2 < units_in(u, *u2) : calendar_to_days(u, *u2)))
		return FALSE;
	*end = ue;
	return TRUE;
}

/*
 * Amounts of ever finer units after a count's unit (ending at token e):
 * "3 years and 2 months", "2 hours, 30 minutes and 5 seconds", "a decade
 * and 11 months".  Fills pv/pu with the count and the amounts, *end with
 * the token after the last; returns how many (1 with none after it).
 */
#define MAX_AMOUNTS 5
static int
finer_chain(const TlDG *g, guint e, double v, TlDGran u, double *pv, TlDGran *pu, guint *end)
{
	int n = 0;
	pv[n] = v, pu[n++] = u;
	double v2;
	TlDGran u2;
	guint e2;
	while (n < MAX_AMOUNTS && finer_amount(g, e, pu[n - 1], n >= 2, &v2, &u2, &e2)) {
		if (u2 < G_DAY && !units_in(pu[0], u2))
			break; /* no clock after months: "a year, 2 days and 3 hours" */
		pv[n] = v2, pu[n++] = u2;
		e = e2;
	}
	*end = e;
	return n;
}

/* The duration of n amounts of ever finer units: P3Y2M, PT2H30M5S,
 * P1DT6H, P10Y11M ("a decade and 11 months": decades count in years). */
static void
format_amounts(char *buf, size_t size, const double *pv, const TlDGran *pu, int n)
{
	static const struct {
		TlDGran u;
		int slot, f;
	} map[] = {{G_MILLENNIUM, 0, 1000}, {G_CENTURY, 0, 100}, {G_DECADE, 0, 10}, {G_YEAR, 0, 1},
	           {G_MONTH, 1, 1},         {G_WEEK, 2, 7},      {G_DAY, 2, 1},     {G_HOUR, 3, 1},
	           {G_MINUTE, 4, 1},        {G_SECOND, 5, 1}};
	static const char code[] = "YMDHMS";
	double sum[6] = {0};
	for (int k = 0; k < n; k++)
		for (size_t m = 0; m < G_N_ELEMENTS(map); m++)
			if (map[m].u == pu[k])
				sum[map[m].slot] += pv[k] * map[m].f;
	GString *o = g_string_new("P");
	for (int k = 0; k < 6; k++) {
		if (sum[k] == 0)
			continue;
		if (k >= 3 && !strchr(o->str, 'T'))
			g_string_append_c(o, 'T');
		char nb[48];
		g_string_append_printf(o, "%s%c", tl_dg_num(nb, sum[k]), code[k]);
	}
	g_strlcpy(buf, o->str, size);
	g_string_free(o, TRUE);
}

/* A superlative or first/last/only after a determiner, a few words before
 * "in" at i: "the highest in", "the first time in", "its only one in". */
static gboolean
superlative_before(const TlDG *g, guint i)
{
	static const char *const words[] = {"best", "worst", "most", "least", "first", "last", "only"};
	static const char *const dets[] = {"the", "its", "their", "his", "her", "our", "my", "your", "'s"};
	if (!tl_dg_lit(g, i, "in"))
		return FALSE;
	for (guint k = i; k-- > 0 && k + 6 >= i && g->t[k].sent == g->t[i].sent;) {
		const TlDTok *t = &g->t[k];
		if (t->kind != T_WORD ||
		    !((t->lowlen > 4 && memcmp(t->low + t->lowlen - 3, "est", 3) == 0) ||
		      tl_dg_lit_any(g, k, words, G_N_ELEMENTS(words))))
			continue;
		/* after a determiner ("the first time", "its lowest"), not
		 * "this emergency first order in two days" */
		for (guint b = 1; b <= 2 && b <= k; b++)
			if (tl_dg_lit_any(g, k - b, dets, G_N_ELEMENTS(dets)))
				return TRUE;
	}
	return FALSE;
}

/* "the highest in decades", "the first time in years", "the worst in
 * months": a bare plural unit after such an "in" at i, ending the phrase at
 * e (a stop, or a word such as "on", "as", "that"). */
static gboolean
superlative_in(const TlDG *g, guint i, guint e)
{
	static const char *const next[] = {"on", "and", "as", "after", "when", "that", "while", "but",
	                                   "amid", "before"};
	gboolean ends = e >= g->n || g->t[e].kind == T_PUNCT || g->t[e].sent != g->t[i].sent ||
	                tl_dg_lit_any(g, e, next, G_N_ELEMENTS(next));
	return ends && superlative_before(g, i);
}

/* "and a half", "and a quarter", "and three quarters" at token k (a
 * fraction to add to the count before; "and half" without the article
 * too, before a unit when unit is TRUE): the fraction, else 0. */
static double
and_fraction(const TlDG *g, guint k, gboolean unit)
{
	if (!tl_dg_lit(g, k, "and"))
		return 0;
	if (tl_dg_lit(g, k + 1, "a"))
		return tl_dg_lit(g, k + 2, "half") ? 0.5 : tl_dg_lit(g, k + 2, "quarter") ? 0.25 : 0;
	if (tl_dg_lit(g, k + 1, "three") && tl_dg_lit(g, k + 2, "quarters"))
		return 0.75;
	if (tl_dg_lit(g, k + 1, "half"))
		return !unit || tl_dg_sense(g, k + 2, L_UNIT) ? 0.5 : 0;
	return 0;
}

/* "3 Fridays from now", "two Mondays ago": the n-th such weekday ahead
 * of the reference or back from it (resolve.c counts the weeks on from the
 * first).  The end, or 0. */
static guint
nth_weekday_from_now(const TlDG *g, guint k, double v, TlDSem *s)
{
	static const char *const posts[] = {"from", "ago", "hence", "before"};
	const TlDSense *wd = !isnan(v) && v >= 1 && v <= 52 && v == floor(v) ? tl_dg_sense(g, k, L_WEEKDAY) : NULL;
	guint pe = 0;
	const TlDSense *post = wd && (wd->flags & LF_PLURAL) ? tl_dg_phrase(g, k + 1, L_POST, &pe) : NULL;
	if (!post || (post->flags & LF_ANAPH) || !tl_dg_lit_any(g, k + 1, posts, G_N_ELEMENTS(posts)))
		return 0;
	s->kind = S_ABS;
	s->type = TX_DATE;
	s->weekday = wd->ival;
	s->gran = G_DAY;
	s->dir = post->ival < 0 ? -1 : 1;
	s->off = (int)v;
	s->rule = "nth-weekday-from-now";
	return pe;
}

guint
tl_dg_count(const TlDG *g, guint i, TlDSem *s)
{
	guint j = i;
	gboolean det = tl_dg_lit(g, j, "the");
	if (det)
		j++;
	double v;
	guint k;
	TlDGran u;
	gboolean plural, art = FALSE;
	/* "within the hour": the hour from now, a span ("within the week" is
	 * this week, below) */
	if (det && i > 0 && tl_dg_lit(g, i - 1, "within") && tl_dg_unit(g, j, &u, &plural, &k) &&
	    !plural && (u == G_HOUR || u == G_MINUTE) && !tl_dg_hyph(g, k) && !tl_dg_lit(g, k, "of")) {
		set_dur(s, 1, u, "within-the-unit");
		return k;
	}
	/* "a half hour", "the last half hour", "the past half-hour": half a unit */
	guint h = j;
	if (det && (tl_dg_lit(g, h, "last") || tl_dg_lit(g, h, "past") || tl_dg_lit(g, h, "final") ||
	            tl_dg_lit(g, h, "first") || tl_dg_lit(g, h, "next")))
		h++;
	else if (!det && (tl_dg_lit(g, h, "a") || tl_dg_lit(g, h, "an")))
		h++;
	gboolean ahalf = FALSE;
	if (h > j && tl_dg_lit(g, h, "half")) {
		guint ue = h + 1 + tl_dg_hyph(g, h + 1);
		/* but "the first half year" is the year's first half */
		if (tl_dg_unit(g, ue, &u, &plural, &k) && !plural && u >= G_MINUTE &&
		    !(u == G_YEAR && tl_dg_lit(g, j, "first"))) {
			/* (and "a half-hour-long", "in a half-hour program": a
			 * span before its noun) */
			if (det || tl_dg_hyph(g, k) ||
			    (k < g->n && g->t[k].kind == T_WORD && !(g->t[k].flags & TF_CAP) &&
			     tl_dg_plain(g, k))) {
				set_dur(s, 0.5, u, "half-unit");
				return k;
			}
			/* "a half hour" goes on as "half an hour" does: "a half
			 * hour ago", "in a half hour" */
			ahalf = TRUE;
			v = 0.5;
			k = ue;
		}
	}
	/* "half hour ago", "half year later" with no article, before a
	 * word that counts from a reference */
	guint hk;
	if (!ahalf && !det && h == j && tl_dg_lit(g, j, "half") &&
	    !(j > 0 && (tl_dg_sense(g, j - 1, L_ORD) || g->t[j - 1].kind == T_NUM ||
	                tl_dg_lit(g, j - 1, "the") || tl_dg_sense(g, j - 1, L_NUM))) &&
	    tl_dg_unit(g, j + 1 + tl_dg_hyph(g, j + 1), &u, &plural, &hk) && !plural && u >= G_MINUTE &&
	    (tl_dg_lit(g, hk, "ago") || tl_dg_lit(g, hk, "later") ||
	     (tl_dg_lit(g, hk, "from") && tl_dg_lit(g, hk + 1, "now")))) {
		ahalf = TRUE;
		v = 0.5;
		k = j + 1 + tl_dg_hyph(g, j + 1);
	}
	if (ahalf) {
		;
	} else if (tl_dg_lit(g, j, "half") && (tl_dg_lit(g, j + 1, "an") || tl_dg_lit(g, j + 1, "a"))) {
		v = 0.5;
		k = j + 2;
	} else if (!det && tl_dg_grouped(g, j, &v)) {
		k = j + 1; /* 3,000 years ago */
	} else if (tl_dg_number(g, j, TRUE, &v, &k)) {
		art = tl_dg_sense(g, j, L_NUM) && (tl_dg_sense(g, j, L_NUM)->flags & LF_ART) && k == j + 1;
		double fr = and_fraction(g, k, TRUE);
		if (fr > 0) {
			v += fr; /* "two and a half hours", "one and a quarter year" */
			k += tl_dg_lit(g, k + 1, "half") ? 2 : 3;
		}
	} else {
		/* "a decade-long war", "day-long talks", "decades-long": one unit,
		 * or an unknown number of them (as TimeBank marks them) */
		if (!det && tl_dg_unit(g, j, &u, &plural, &k) && tl_dg_hyph(g, k) &&
		    tl_dg_lit(g, k + 1, "long") && u >= G_MINUTE) {
			const TlDSense *fs = tl_dg_sense(g, j, L_UNIT);
			set_dur(s, plural ? NAN : fs && (fs->flags & LF_FORTNIGHT) ? 2 : 1, u, "unit-long");
			return k + 2;
		}
		/* bare plurals after for/over/within: "for years" */
		if (det || !tl_dg_unit(g, j, &u, &plural, &k) || !plural || j == 0)
			return 0;
		/* "on weekends": every weekend */
		if (u == G_WEEKEND && (tl_dg_lit(g, j - 1, "on") || tl_dg_lit(g, j - 1, "at"))) {
			s->kind = S_SET;
			s->type = TX_SET;
			g_strlcpy(s->val, "XXXX-WXX-WE", sizeof s->val);
			s->rule = "weekends";
			return k;
		}
		if (tl_dg_lit(g, k, "ago")) {
			s->kind = S_FUZZY;
			s->type = TX_DATE;
			g_strlcpy(s->val, "PAST_REF", sizeof s->val);
			s->rule = "units-ago";
			return k + 1;
		}
		if (!(tl_dg_lit(g, j - 1, "over") || tl_dg_lit(g, j - 1, "within") ||
		      tl_dg_lit(g, j - 1, "for") || superlative_in(g, j - 1, k)))
			return 0;
		set_dur(s, NAN, u, "units-plural");
		return k;
	}
	if (det && (art || isnan(v) || v >= 1000))
		return 0; /* "the 1988 second quarter" is no duration */
	guint we = nth_weekday_from_now(g, k, v, s);
	if (we)
		return we;
	/* "two to three weeks", "two or three days": one span, at least the
	 * first (TimeBank: P2W, EQUAL_OR_MORE); not before "ago", "later",
	 * nor after "between" (a range of two ends, as "between 2 and 4 pm") */
	gboolean span2 = FALSE;
	{
		double vb;
		guint kb, ub;
		TlDGran uu;
		gboolean pl2;
		if (!det && !art && !isnan(v) && v >= 1 && v < 1000 && v == floor(v) &&
		    !(i > 0 && tl_dg_lit(g, i - 1, "between")) &&
		    (tl_dg_lit(g, k, "to") || tl_dg_lit(g, k, "or")) &&
		    (g->t[k + 1].kind == T_NUM) == (g->t[j].kind == T_NUM) &&
		    tl_dg_number(g, k + 1, FALSE, &vb, &kb) && !isnan(vb) && vb > v && vb < 1000 && vb == floor(vb) &&
		    tl_dg_unit(g, kb, &uu, &pl2, &ub) && pl2 && !tl_dg_hyph(g, ub) &&
		    !tl_dg_phrase(g, ub, L_POST, &(guint){0}) && !tl_dg_lit(g, ub, "old")) {
			k = kb;
			span2 = TRUE;
		}
	}
	if (k < g->n && g->t[k].kind == T_NUM && g->t[k].end - g->t[k].start == 3 &&
	    memcmp(g->text + g->t[k].start, "1/2", 3) == 0 && !isnan(v)) {
		v += 0.5; /* 2 1/2 years */
		k++;
	}
	/* two more weeks, three straight days, five full years: a word
	 * between the count and its unit, right before the unit */
	/* not "changed to a calendar year": the kind of year, not a span */
	/* "30+ years": that many or more */
	gboolean plus = !det && !isnan(v) && tl_dg_punct(g, k, '+') && !(g->t[k].flags & TF_SPACE) &&
	                tl_dg_sense(g, k + 1, L_UNIT);
	if (plus)
		k++;
	/* (also "several more months", "a few more days") */
	const TlDSense *ca = tl_dg_sense(g, k, L_COUNTADJ);
	gboolean adj = ca && tl_dg_sense(g, k + 1, L_UNIT) && !(art && tl_dg_lit(g, k, "calendar"));
	/* (a word of time, "the two previous months", only after a whole
	 * count on its line and in lower case: not a table's "2.1 / Previous
	 * week") */
	if (adj && tl_dg_sense(g, k, L_DEIXIS) &&
	    (isnan(v) || v != floor(v) || (g->t[k].flags & (TF_NL | TF_CAP))))
		adj = FALSE;
	if (adj)
		k++;
	gboolean hy = tl_dg_hyph(g, k);
	if (hy)
		k++;
	guint e;
	/* two Fridays ago: the Friday before last */
	const TlDSense *wd = tl_dg_sense(g, k, L_WEEKDAY);
	if (wd && (wd->flags & LF_PLURAL) && tl_dg_lit(g, k + 1, "ago") && !det && !isnan(v) &&
	    v >= 1 && v <= 52 && v == floor(v)) {
		s->kind = S_ABS;
		s->type = TX_DATE;
		s->weekday = wd->ival;
		s->dir = -1;
		s->shift = -7 * ((int)v - 1);
		s->gran = G_DAY;
		s->rule = "weekdays-ago";
		return k + 2;
	}
	if (!tl_dg_unit(g, k, &u, &plural, &e))
		return 0;
	/* "twenty second of June": a spelled ordinal, no 20 seconds */
	if (u == G_SECOND && !plural && !hy && v > 1 && g->t[j].kind == T_WORD &&
	    tl_dg_lit(g, e, "of"))
		return 0;
	const TlDSense *us = tl_dg_sense(g, k, L_UNIT);
	if (us && (us->flags & LF_FORTNIGHT) && !isnan(v))
		v *= 2; /* a fortnight: two weeks */
	/* a quarter century, a quarter-century, a quarter of a century */
	if (u == G_QUARTER && !plural && !isnan(v)) {
		guint ce = tl_dg_hyph(g, e) ? e + 1 : e;
		if (tl_dg_lit(g, ce, "of") && tl_dg_lit(g, ce + 1, "a"))
			ce += 2;
		if (tl_dg_lit(g, ce, "century") && !tl_dg_hyph(g, ce + 1)) {
			set_dur(s, 25 * v, G_YEAR, "quarter-century");
			return ce + 1;
		}
	}
	/* a quarter of an hour, three quarters of an hour: minutes */
	if (u == G_QUARTER && !isnan(v) && tl_dg_lit(g, e, "of") &&
	    (tl_dg_lit(g, e + 1, "an") || tl_dg_lit(g, e + 1, "a")) && tl_dg_lit(g, e + 2, "hour")) {
		v *= 0.25, u = G_HOUR, plural = FALSE, hy = FALSE;
		e += 3;
	}
	/* "a quarter of the population", "three quarters of the members", "a
	 * quarter of a million": a fraction, no time (but "several quarters
	 * of losses", "a quarter of the year") */
	static const char *const dets[] = {"the", "a", "an", "its", "their", "his", "her", "our",
	                                   "all", "those", "these"};
	if (u == G_QUARTER && tl_dg_lit(g, e, "of") && e + 2 < g->n &&
	    tl_dg_lit_any(g, e + 1, dets, G_N_ELEMENTS(dets)) &&
	    !(g->t[e + 2].cats & ((guint64)1 << L_UNIT | (guint64)1 << L_MONTH)))
		return 0;
	/* "a year-and-a-half ago", "an hour-and-a-half" */
	if (tl_dg_hyph(g, e) && tl_dg_lit(g, e + 1, "and") && tl_dg_hyph(g, e + 2) &&
	    tl_dg_lit(g, e + 3, "a") && tl_dg_hyph(g, e + 4) && tl_dg_lit(g, e + 5, "half") &&
	    !tl_dg_hyph(g, e + 6) && !hy && !isnan(v)) {
		v += 0.5;
		e += 6;
	}
	/* "a three-year-long sentence", "a two-week-long strike" */
	if (hy && !plural && !isnan(v) && tl_dg_hyph(g, e) && tl_dg_lit(g, e + 1, "long") &&
	    !tl_dg_hyph(g, e + 2) && u >= G_MINUTE) {
		set_dur(s, v, u, "duration-adj");
		return e + 2;
	}
	if (tl_dg_hyph(g, e) && !tl_dg_lit(g, e + 1, "old"))
		return 0; /* "a year-earlier loss", "day-long" */
	if (hy && plural)
		return 0; /* "three-quarters" is a fraction */
	if (!hy && !plural && v >= 1000)
		return 0; /* "1988 second quarter" */
	/* "four flights a week", "24 hours a day", "700 seats a week on the
	 * route", "$500 million a year in costs", "four a month and six a
	 * month by year-end": a rate, not a time */
	const TlDSense *pn = i > 0 ? tl_dg_sense(g, i - 1, L_NUM) : NULL;
	if (art && i > 0 && !tl_dg_phrase(g, e, L_POST, &(guint){0}) &&
	    (ends_clause(g, e) || tl_dg_lit(g, e, "in") || tl_dg_lit(g, e, "on") ||
	     tl_dg_lit(g, e, "for") || tl_dg_lit(g, e, "of") || tl_dg_lit(g, e, "and") ||
	     tl_dg_lit(g, e, "by")) &&
	    (g->t[i - 1].kind == T_NUM || tl_dg_lit(g, i - 1, "million") || tl_dg_lit(g, i - 1, "billion") ||
	     (pn && !(pn->flags & LF_ART)) || /* "doubled to four a month" */
	     (g->t[i - 1].kind == T_WORD && !(g->t[i - 1].flags & TF_CAP) &&
	      g->t[i - 1].low[strlen(g->t[i - 1].low) - 1] == 's')))
		return 0;
	if ((art || v == 1) && plural && !hy)
		return 0;
	if (art && u == G_SECOND)
		return 0; /* "a second chance", "in a second" */
	/* "Islam will one day be...", "may one day return": some day ahead */
	if (v == 1 && u == G_DAY && !det && !hy && tl_dg_lit(g, j, "one") && e == j + 2 && i > 0 &&
	    (tl_dg_lit(g, i - 1, "will") || tl_dg_lit(g, i - 1, "would") || tl_dg_lit(g, i - 1, "could") ||
	     tl_dg_lit(g, i - 1, "may") || tl_dg_lit(g, i - 1, "might") || tl_dg_lit(g, i - 1, "can"))) {
		s->kind = S_FUZZY;
		s->type = TX_DATE;
		g_strlcpy(s->val, "FUTURE_REF", sizeof s->val);
		s->rule = "one-day";
		return e;
	}
	static const char *const verbs[] = {"is", "was", "are", "were", "will", "would", "should",
	                                    "could", "may", "might", "seems", "seemed"};
	double fr = !isnan(v) ? and_fraction(g, e, FALSE) : 0;
	if (fr > 0 && tl_dg_lit(g, e + 1, "a")) {
		v += fr; /* "a year and a half", "one year and a quarter" */
		e += 3;
	} else if (fr == 0.75) {
		v += fr;
		e += 3;
	} else if (fr == 0.5 &&
	           (e + 2 >= g->n || (g->t[e + 2].kind == T_PUNCT && !tl_dg_hyph(g, e + 2)) ||
	            (g->t[e + 2].cats & (((guint64)1 << L_POST) | ((guint64)1 << L_PREP) | ((guint64)1 << L_CONJ))) ||
	            tl_dg_lit_any(g, e + 2, verbs, G_N_ELEMENTS(verbs)))) {
		/* "an hour and half", in talk, ending there or before its verb
		 * ("one hour and half is enough"; "two years and half the staff",
		 * "a day and half a night" are not) */
		v += 0.5;
		e += 2;
	}
	/* 3 years and 2 months (ago): one amount, in the finest unit */
	double pv[MAX_AMOUNTS];
	TlDGran pu[MAX_AMOUNTS];
	int na = 1;
	if (!isnan(v) && v == floor(v) && !hy)
		na = finer_chain(g, e, v, u, pv, pu, &e);
	TlDGran u2 = na > 1 ? pu[na - 1] : u;
	double tot = v; /* the whole amount in u2 */
	for (int a = 1; a < na; a++)
		tot = tot * units_in(pu[a - 1], pu[a]) + pv[a];
	/* ages ("a 6-year-old", "three years old") are no times */
	if (tl_dg_lit(g, e, "old") || (tl_dg_hyph(g, e) && tl_dg_lit(g, e + 1, "old")))
		return 0;
	if (det && hy)
		return 0; /* "the two-week crisis": the span is "two-week" */
	/* "three hours a day" is a set's duration: keep the duration only */
	guint pe = 0;
	const TlDSense *post = det || hy ? NULL : tl_dg_phrase(g, e, L_POST, &pe);
	/* "a few years back.", "two weeks back,": as "ago", where the clause
	 * ends after it ("back" is no POST word: "I'll fly back Feb. 2") */
	static const TlDSense back = {.cat = L_POST, .nwords = 1, .ival = -1};
	if (!post && !det && !hy && tl_dg_lit(g, e, "back") &&
	    (e + 1 >= g->n || (g->t[e + 1].kind == T_PUNCT && strchr(".,;:!?)", g->text[g->t[e + 1].start])))) {
		post = &back;
		pe = e + 1;
	}
	if (post && (tl_dg_lit(g, e, "before") || tl_dg_lit(g, e, "after")) && !ends_clause(g, pe))
		post = NULL;
	/* "start 15 minutes later than the others": a difference, no date */
	if (post && tl_dg_lit(g, pe, "than"))
		post = NULL;
	/* an amount past what an offset counts ("99999999999 days ago" would
	 * wrap an int): the duration only */
	if (post && !isnan(v) && fabs(v) > OFF_MAX)
		post = NULL;
	if (post) {
		s->kind = isnan(v) ? S_FUZZY : S_REL;
		s->type = (u <= G_HOUR) ? TX_TIME : TX_DATE;
		if (isnan(v)) {
			s->type = TX_DATE;
			g_strlcpy(s->val, post->ival < 0 ? "PAST_REF" : "FUTURE_REF", sizeof s->val);
		}
		if (!isnan(v) && mixed_offset(s, pv, pu, na, post->ival)) {
			s->anaph = (post->flags & LF_ANAPH) != 0;
			s->rule = post->ival < 0 ? "amounts-ago" : "amounts-later";
			return pe;
		}
		if (u2 != u) {
			v = tot;
			u = u2;
			s->type = (u <= G_HOUR) ? TX_TIME : TX_DATE;
		}
		/* "a decade ago", "in a century": a year (TimeBank: 1989 for
		 * "a decade ago" in 1999), not the decade */
		if ((u == G_DECADE || u == G_CENTURY || u == G_MILLENNIUM) && !isnan(v))
			v *= units_in(u, G_YEAR) ? units_in(u, G_YEAR) : 1000, u = G_YEAR;
		/* "two weeks from today" is a day, as "two weeks from Monday" */
		if (u == G_WEEK && !isnan(v) && tl_dg_lit(g, e, "from") && tl_dg_lit(g, e + 1, "today"))
			v *= 7, u = G_DAY;
		TlDGran u0 = u;
		s->off = whole_off(v, &u) * post->ival;
		s->unit = u;
		s->anaph = (post->flags & LF_ANAPH) != 0;
		s->gran = u0 == G_DAY ? G_DAY : u;
		s->rule = post->ival < 0 ? (s->anaph ? "units-earlier" : "units-ago") : "units-later";
		/* two nights ago: that day's night */
		if (us && (us->flags & LF_NIGHT) && u == G_DAY)
			s->part = tl_dg_part_code("NI");
		/* "a year ago today", "five years ago today": that day */
		if (post->ival < 0 && !s->anaph && s->kind == S_REL && tl_dg_lit(g, pe, "today") &&
		    (u == G_WEEK || u == G_MONTH || u == G_YEAR)) {
			s->same_time = TRUE;
			s->gran = G_DAY;
			s->rule = "units-ago-today";
			return pe + 1;
		}
		return pe;
	}
	set_dur(s, v, u, hy ? "duration-adj" : det ? "the-duration" : "duration");
	if (plus || span2)
		s->mod = "EQUAL_OR_MORE";
	gboolean mixed = na > 1 && !units_in(pu[0], pu[na - 1]);
	if (mixed) {
		format_amounts(s->dur, sizeof s->dur, pv, pu, na);
		if (tl_dg_lit(g, e, "from") && tl_dg_lit(g, e + 1, "now")) {
			mixed_offset(s, pv, pu, na, 1);
			s->rule = "amounts-from-now";
			return e + 2;
		}
		return e; /* a duration only: no one unit counts it */
	}
	if (u2 != u) {
		format_amounts(s->dur, sizeof s->dur, pv, pu, na);
		v = tot;
		u = u2;
		s->unit = u;
	}
	/* "in two weeks": an offset into the future, if the clause is not past */
	/* not "in 53 weeks to Jan 3", "in six months to end-December", "in
	 * 52 weeks ended May 2": a period ("in a year to discuss" is ahead) */
	gboolean period = tl_dg_lit(g, e, "ended") || tl_dg_lit(g, e, "ending") ||
	                  ((tl_dg_lit(g, e, "to") || tl_dg_lit(g, e, "through")) &&
	                   (tl_dg_sense(g, e + 1, L_MONTH) || tl_dg_lit(g, e + 1, "end"))) ||
	                  (i > 0 && superlative_before(g, i - 1)); /* the first in three decades */
	/* (also "in about 5 hours", "in around two weeks") */
	const TlDSense *am = i > 1 ? tl_dg_sense(g, i - 1, L_MOD) : NULL;
	gboolean in_at = i > 0 && (tl_dg_lit(g, i - 1, "in") ||
	                           (am && strcmp(am->sval, "APPROX") == 0 && tl_dg_lit(g, i - 2, "in")));
	if (!det && !hy && !adj && !plus && !span2 && !period && in_at && !isnan(v) &&
	    fabs(v) <= OFF_MAX) {
		s->dir = 1;
		if (s->unit == G_DECADE || s->unit == G_CENTURY || s->unit == G_MILLENNIUM) {
			v *= units_in(s->unit, G_YEAR) ? units_in(s->unit, G_YEAR) : 1000;
			s->unit = G_YEAR; /* "in a decade": the year, as "a decade ago" */
		}
		s->off = whole_off(v, &s->unit);
		if (u == G_DAY)
			s->gran = G_DAY; /* "in 1.5 days": counted in hours, a day */
		/* "in two days' time", "in a week's time": the span says "time" */
		guint te = tl_dg_lit(g, e, "'s") ? e + 1 : tl_dg_punct(g, e, '\'') ? e + 1 : e;
		if (te > e && !(g->t[e].flags & TF_SPACE) && tl_dg_lit(g, te, "time"))
			e = te + 1;
	}
	if (tl_dg_lit(g, e, "from") && tl_dg_lit(g, e + 1, "now")) {
		s->kind = S_REL;
		s->type = u <= G_HOUR ? TX_TIME : TX_DATE;
		s->off = whole_off(v, &u);
		s->unit = s->gran = u;
		s->rule = "units-from-now";
		return e + 2;
	}
	return e;
}

/* The value of a set word ("daily": P1D), up to the comma of its sets.txt
 * argument. */
static void
set_word_value(TlDSem *s, const TlDSense *w)
{
	g_strlcpy(s->val, w->sval, sizeof s->val);
	char *c = strchr(s->val, ',');
	if (c)
		*c = '\0';
}

guint
tl_dg_set(const TlDG *g, guint i, TlDSem *s)
{
	guint we = i + 1;
	const TlDSense *w = tl_dg_phrase(g, i, L_SET, &we); /* also "bi-weekly" */
	if (w && i >= 2 && tl_dg_hyph(g, i - 1) && tl_dg_lit(g, i - 2, "bi"))
		return 0; /* "monthly" of "a bi-monthly review" */
	/* "The Daily Telegraph", "Weekly Standard": a capitalised set word
	 * before a capitalised word that is no date word is a name */
	if (w && (g->t[i].flags & (TF_CAP | TF_ALLCAP)) == TF_CAP && i + 1 < g->n && g->t[i + 1].kind == T_WORD &&
	    (g->t[i + 1].flags & TF_CAP) && !(g->t[i + 1].flags & TF_NL) &&
	    tl_dg_plain(g, i + 1))
		return 0;
	/* ... and so is one after a capitalised word that is no date word:
	 * "the China Daily", "the People's Daily", "Petroleum Intelligence
	 * Weekly" */
	guint pw = i >= 2 && tl_dg_lit(g, i - 1, "'s") ? i - 2 : i - 1;
	if (w && (g->t[i].flags & (TF_CAP | TF_ALLCAP)) == TF_CAP && i > 0 && pw < i &&
	    g->t[pw].kind == T_WORD && (g->t[pw].flags & (TF_CAP | TF_ALLCAP)) == TF_CAP &&
	    g->t[pw].sent == g->t[i].sent && !(g->t[i].flags & TF_NL) && tl_dg_plain(g, pw))
		return 0;
	s->kind = S_SET;
	s->type = TX_SET;
	gboolean before_noun = we < g->n && g->t[we].kind == T_WORD && tl_dg_plain(g, we) &&
	                       !(g->t[we].flags & TF_CAP);
	if (w && !(w->flags & LF_ADJONLY) && !(before_noun && (w->flags & LF_WEAK))) {
		set_word_value(s, w);
		s->rule = "set-word";
		return we;
	}
	const TlDSense *q = tl_dg_sense(g, i, L_QUANT);
	if (q && !(q->flags & LF_INNER)) {
		guint j = i + 1;
		double v = 1;
		guint ne;
		int o;
		guint oe;
		if (tl_dg_lit(g, j, "other"))
			v = 2, j++;
		else if (tl_dg_ordinal(g, j, &o, &oe) && o > 1 &&
		         (tl_dg_sense(g, oe, L_WEEKDAY) || tl_dg_sense(g, oe, L_UNIT)))
			v = o, j = oe; /* every second Tuesday, every third week */
		else if (tl_dg_number(g, j, FALSE, &v, &ne) && !isnan(v))
			j = ne;
		const TlDSense *wd = tl_dg_sense(g, j, L_WEEKDAY);
		const TlDSense *pt = tl_dg_sense(g, j, L_PART);
		TlDGran u;
		gboolean pl;
		guint e;
		s->quant = q->sval;
		s->rule = "set-every";
		if (wd && !(wd->flags & LF_AMB)) {
			g_snprintf(s->val, sizeof s->val, "XXXX-WXX-%d", wd->ival);
			return j + 1;
		}
		if (pt && pt->sval[0] != 'D') {
			g_snprintf(s->val, sizeof s->val, "XXXX-XX-XXT%s", pt->sval);
			return j + 1;
		}
		if (tl_dg_unit(g, j, &u, &pl, &e)) {
			const TlDSense *fs = tl_dg_sense(g, j, L_UNIT);
			if (fs && (fs->flags & LF_FORTNIGHT) && !isnan(v))
				v *= 2; /* every fortnight: P2W */
			if (u == G_WEEKEND && v == 1)
				g_strlcpy(s->val, "XXXX-WXX-WE", sizeof s->val); /* every weekend */
			else
				tl_dg_format_dur(s->val, sizeof s->val, v, u);
			return e;
		}
		const TlDSense *m = tl_dg_sense(g, j, L_MONTH);
		if (m && (g->t[j].flags & TF_CAP)) {
			g_snprintf(s->val, sizeof s->val, "XXXX-%02d", m->ival);
			return j + 1;
		}
		/* every summer, each winter; "every spring", "every fall" only
		 * ending the clause ("every fall in prices" is a drop) */
		const TlDSense *se = tl_dg_sense(g, j, L_SEASON);
		if (se && (!(se->flags & LF_AMB) || ends_clause(g, j + 1)) && v == 1) {
			g_snprintf(s->val, sizeof s->val, "XXXX-%s", se->sval);
			return j + 1;
		}
		return 0;
	}
	/* twice a week, three times a year, once a month */
	guint j = i;
	double f = 0;
	const TlDSense *fr = tl_dg_sense(g, i, L_FREQ);
	if (fr)
		f = fr->dval, j = i + 1;
	else {
		guint ne;
		if (!tl_dg_number(g, i, FALSE, &f, &ne) || isnan(f) || !tl_dg_lit(g, ne, "times"))
			return 0;
		j = ne + 1;
	}
	static char freqs[10][4] = {"0X", "1X", "2X", "3X", "4X", "5X", "6X", "7X", "8X", "9X"};
	/* twice daily, three times weekly */
	const TlDSense *sw = tl_dg_sense(g, j, L_SET);
	if (sw && !(sw->flags & LF_ADJONLY)) {
		set_word_value(s, sw);
		s->freq = f >= 1 && f <= 9 ? freqs[(int)f] : NULL;
		s->rule = "set-frequency";
		return j + 1;
	}
	TlDGran u;
	gboolean pl;
	guint e;
	/* "once in three months", "once in a decade", "twice in a year": a
	 * rate as "once every three months" (not "three times in five
	 * years": a count within a span) */
	double iv;
	guint ie;
	if (tl_dg_lit(g, j, "in") && (f == 1 || tl_dg_lit(g, j + 1, "a") || tl_dg_lit(g, j + 1, "an")) &&
	    tl_dg_number(g, j + 1, TRUE, &iv, &ie) && !isnan(iv) && iv >= 1 && iv == floor(iv) &&
	    tl_dg_unit(g, ie, &u, &pl, &e) && pl == (iv > 1) && !tl_dg_hyph(g, e)) {
		tl_dg_format_dur(s->val, sizeof s->val, iv, u);
		s->freq = f >= 1 && f <= 9 ? freqs[(int)f] : NULL;
		s->rule = "set-frequency";
		return e;
	}
	if (!(tl_dg_lit(g, j, "a") || tl_dg_lit(g, j, "an") || tl_dg_lit(g, j, "per") ||
	      tl_dg_lit(g, j, "every") || tl_dg_lit(g, j, "each")))
		return 0;
	if (!tl_dg_unit(g, j + 1, &u, &pl, &e) || pl)
		return 0;
	tl_dg_format_dur(s->val, sizeof s->val, 1, u);
	s->freq = f >= 1 && f <= 9 ? freqs[(int)f] : NULL;
	s->rule = "set-frequency";
	return e;
}

static guint
time_suffix(const TlDG *g, guint j, TlDSem *s)
{
	/* "8:00 in the evening": the part sets a.m. or p.m., in the span as
	 * TimeBank marks "4 in the morning" */
	/* "3pm-ish", "noon-ish": about then */
	if (tl_dg_hyph(g, j) && tl_dg_lit(g, j + 1, "ish") && !(g->t[j].flags & TF_SPACE) &&
	    !(g->t[j + 1].flags & TF_SPACE)) {
		s->mod = "APPROX";
		return j + 2;
	}
	int part;
	guint pe = tl_dg_clock_part(g, j, &part);
	if (pe && !tl_dg_sense(g, j - 1, L_AMPM)) {
		tl_dg_clock_in_part(s, part);
		return pe;
	}
	guint ze = 0;
	const TlDSense *z = tl_dg_phrase(g, j, L_TZ, &ze);
	if (z && strcmp(z->sval, "LOCAL") == 0)
		return ze;
	if (z && (g->t[j].flags & TF_ALLCAP)) {
		g_strlcpy(s->tz, z->sval, sizeof s->tz);
		return ze;
	}
	return j;
}

/* The hour 1-12 at token i ("six", "6"), else 0. */
static int
clock_hour(const TlDG *g, guint i)
{
	if (i >= g->n)
		return 0;
	const TlDSense *nw = tl_dg_sense(g, i, L_NUM);
	int h = g->t[i].kind == T_NUM && !g->t[i].sfx && g->t[i].ndigits <= 2 ? (int)g->t[i].num
	        : nw && !(nw->flags & LF_ART) ? nw->ival : 0;
	return h >= 1 && h <= 12 ? h : 0;
}

/* The a.m. or p.m. at token k; a bare "am" or "pm" (weak) only after a
 * preposition. */
static const TlDSense *
ampm_at(const TlDG *g, guint k, gboolean after_prep)
{
	const TlDSense *ap = tl_dg_sense(g, k, L_AMPM);
	return ap && (ap->flags & LF_WEAK) && !after_prep ? NULL : ap;
}

/* s is hour:minute of a 12-hour clock, a.m. or p.m. by ap, else either. */
static void
set_clock12(TlDSem *s, int hour, int minute, const TlDSense *ap, TlDGran gran, const char *rule)
{
	s->hour = ap ? hour % 12 + (strcmp(ap->sval, "pm") == 0 ? 12 : 0) : hour;
	s->hour12 = !ap;
	s->minute = minute;
	s->gran = gran;
	s->rule = rule;
}

/* The clock `off` minutes past the hour h (to it when negative), a.m. or
 * p.m. by ap when there is one: "twenty past six", "a quarter to five pm". */
static void
past_to(TlDSem *s, int h, int off, const TlDSense *ap)
{
	if (off < 0)
		h = h == 1 ? 12 : h - 1;
	set_clock12(s, h, off < 0 ? 60 + off : off, ap, G_MINUTE, "clock-past-to");
}

/* Noon or midnight at token k as a clock word: 12 or 24, else 0. */
static int
noon_at(const TlDG *g, guint k)
{
	const TlDSense *c = k < g->n ? tl_dg_sense(g, k, L_CLOCK) : NULL;
	if (!c || c->sval[0] == '+' || c->sval[0] == '-')
		return 0;
	return strcmp(c->sval, "12:00") == 0 ? 12 : strcmp(c->sval, "24:00") == 0 ? 24 : 0;
}

/* May "v to" before the hour at k (with ap its a.m./p.m.) be minutes to
 * it with no "minutes"?  Only before noon, midnight or an hour with
 * a.m./p.m., with a count that is no hour ("15 to noon", "twenty to 3pm")
 * or spelled before noon or midnight ("ten to midnight"), not after "from"
 * or "between" ("from 10 to noon", "open 10 to 3pm" are ranges). */
static gboolean
to_without_minutes(const TlDG *g, guint i, guint k, double v, const TlDSense *ap)
{
	static const char *const range[] = {"from", "between"};
	if (i > 0 && tl_dg_lit_any(g, i - 1, range, G_N_ELEMENTS(range)))
		return FALSE;
	if (v > 12)
		return noon_at(g, k) || ap;
	return noon_at(g, k) && g->t[i].kind == T_WORD;
}

/* Minutes past an hour or to it, to the clock: noon and midnight take
 * their half of the day ("ten to midnight" is 23:50, "five past midnight"
 * 00:05). */
static void
past_to_noon(TlDSem *s, int noon, int off)
{
	past_to(s, 12, off, NULL);
	s->hour = noon == 12 ? (s->hour % 12) + 12 * (off > 0) : (s->hour % 12) + 12 * (off < 0);
	s->hour12 = FALSE;
}

/* Does a.m. or p.m. at k (ap) go with the "o'clock" before it: "10
 * o'clock pm", "5 oclock am." (a bare "am" apart only ending the phrase:
 * "at 7 o'clock I am here")? */
static gboolean
oclock_ampm(const TlDG *g, guint k, const TlDSense *ap)
{
	if (!(ap->flags & LF_WEAK) || !(g->t[k].flags & TF_SPACE) || strcmp(ap->sval, "pm") == 0)
		return TRUE;
	return k + 1 >= g->n || (g->t[k + 1].flags & TF_NL) ||
	       (g->t[k + 1].kind == T_PUNCT && strchr(".,;!?)", g->text[g->t[k + 1].start]));
}

/*
 * "twenty past six", "ten minutes to eight": minutes past or to an hour (a
 * bare count before "past" a multiple of five, as clocks are read; "to"
 * only with "minutes", or as to_without_minutes allows: "ten to eight" is
 * as often a vote; "after" after a preposition of time or before a.m.,
 * p.m., noon or midnight: "twenty after 3pm").  The end, or 0.
 */
static guint
clock_minutes(const TlDG *g, guint i, TlDSem *s)
{
	double v;
	guint k;
	if (!tl_dg_number(g, i, FALSE, &v, &k) || isnan(v) || v < 1 || v > 59 || v != floor(v) ||
	    (g->t[i].kind == T_NUM && g->t[i].sfx))
		return 0;
	static const char *const minw[] = {"minutes", "minute", "mins", "min"};
	gboolean mins = k < g->n && g->t[k].low[0] == 'm' && tl_dg_lit_any(g, k, minw, G_N_ELEMENTS(minw));
	if (mins)
		k++;
	int h = clock_hour(g, k + 1), noon = h ? 0 : noon_at(g, k + 1);
	const TlDSense *ap = h ? tl_dg_sense(g, k + 2, L_AMPM) : NULL;
	/* "twenty after twelve" only after a preposition of time ("two
	 * after six innings" is a count) */
	static const char *const preps[] = {"at", "by", "until", "till", "around", "about", "before"};
	gboolean past = tl_dg_lit(g, k, "past") ||
	                (tl_dg_lit(g, k, "after") && !mins &&
	                 ((i > 0 && tl_dg_lit_any(g, i - 1, preps, G_N_ELEMENTS(preps))) || ap || noon));
	/* ("till" only with "minutes": "from ten till five" is two hours) */
	gboolean to = (tl_dg_lit(g, k, "to") && (mins || to_without_minutes(g, i, k + 1, v, ap))) ||
	              (mins && (tl_dg_lit(g, k, "till") || tl_dg_lit(g, k, "til")));
	if (!(past || to) || !(h || noon) || (!mins && (int)v % 5 != 0) || (to && v > 30))
		return 0;
	if (noon) {
		past_to_noon(s, noon, to ? -(int)v : (int)v);
		return k + 2;
	}
	if ((k + 2 < g->n && g->t[k + 2].kind == T_NUM && !(g->t[k + 2].flags & TF_SPACE)) ||
	    tl_dg_sense(g, k + 2, L_UNIT) || (k + 2 < g->n && g->t[k + 2].kind == T_WORD &&
	                                      tl_dg_plain(g, k + 2) && !(g->t[k + 2].cats)))
		return 0; /* "from three minutes to one minute", "to five percent" */
	past_to(s, h, to ? -(int)v : (int)v, ap);
	return k + 2 + (ap != NULL);
}

guint
tl_dg_clock(const TlDG *g, guint i, TlDSem *s)
{
	s->kind = S_ABS;
	s->type = TX_TIME;
	const TlDSense *c = tl_dg_sense(g, i, L_CLOCK);
	if (c && (g->t[i].flags & TF_CAP) && i > 0 && (g->t[i - 1].flags & TF_CAP) &&
	    g->t[i - 1].kind == T_WORD && tl_dg_plain(g, i - 1))
		return 0; /* "High Noon", a title */
	if (c) {
		s->hour = atoi(c->sval);
		s->minute = 0;
		s->gran = G_MINUTE;
		s->rule = "clock-word";
		return time_suffix(g, i + 1, s);
	}
	/* half past three, a quarter to five (relative.txt: CLOCK +30, -15) */
	guint pe;
	const TlDSense *rel = tl_dg_phrase(g, i, L_CLOCK, &pe);
	/* "mid night" in two words, as "midnight" */
	if (rel && g_ascii_isdigit(rel->sval[0])) {
		s->hour = atoi(rel->sval);
		s->minute = 0;
		s->gran = G_MINUTE;
		s->rule = "clock-word";
		return time_suffix(g, pe, s);
	}
	if (rel && (rel->sval[0] == '+' || rel->sval[0] == '-') && pe < g->n) {
		const TlDSense *nw = tl_dg_sense(g, pe, L_NUM);
		int h = g->t[pe].kind == T_NUM && !g->t[pe].sfx ? (int)g->t[pe].num
		        : nw && !(nw->flags & LF_ART) ? nw->ival : 0;
		/* half past noon, a quarter to midnight */
		const TlDSense *cw = tl_dg_sense(g, pe, L_CLOCK);
		if (cw && (strcmp(cw->sval, "12:00") == 0 || strcmp(cw->sval, "24:00") == 0) && !h) {
			past_to_noon(s, cw->sval[0] == '1' ? 12 : 24, atoi(rel->sval));
			return time_suffix(g, pe + 1, s);
		}
		if (h < 1 || h > 12 || tl_dg_sense(g, pe + 1, L_UNIT))
			return 0; /* not "a quarter after 5 years" */
		const TlDSense *ap2 = tl_dg_sense(g, pe + 1, L_AMPM);
		past_to(s, h, atoi(rel->sval), ap2);
		return time_suffix(g, pe + 1 + (ap2 != NULL), s);
	}
	guint me = clock_minutes(g, i, s);
	if (me)
		return time_suffix(g, me, s);
	/* 12 noon, 12 midnight */
	const TlDSense *c12 = g->t[i].kind == T_NUM && g->t[i].num == 12 && !g->t[i].sfx &&
	                      g->t[i].ndigits == 2 ? tl_dg_sense(g, i + 1, L_CLOCK) : NULL;
	if (c12 && (c12->sval[0] == '1' || c12->sval[0] == '2') && tl_dg_clock(g, i + 1, s))
		return time_suffix(g, i + 2, s);
	/* "three p.m.", "at eleven am", "two o'clock": an hour spelled */
	const TlDSense *hw = i < g->n && g->t[i].kind == T_WORD ? tl_dg_sense(g, i, L_NUM) : NULL;
	double hv = hw && !(hw->flags & (LF_ART | LF_HALF | LF_COUPLE | LF_FEW)) ? hw->dval : 0;
	gboolean spelled = hv >= 1 && hv <= 12 && hv == floor(hv) && i + 1 < g->n &&
	                   !(g->t[i + 1].flags & TF_NL);
	/* (a bare "am" or "pm" only after a preposition: not "I am one am I") */
	static const char *const preps[] = {"at", "by", "until", "till", "from", "to", "before",
	                                    "after", "around", "about", "since", "between"};
	gboolean after_prep = i > 0 && tl_dg_lit_any(g, i - 1, preps, G_N_ELEMENTS(preps));
	/* (or after "the": "the ten am appointment") */
	const TlDSense *hap = spelled ? ampm_at(g, i + 1, after_prep || (i > 0 && tl_dg_lit(g, i - 1, "the"))) : NULL;
	if (spelled && (hap || tl_dg_sense(g, i + 1, L_OCLOCK))) {
		/* "ten o'clock pm" */
		const TlDSense *oap = hap ? NULL : tl_dg_sense(g, i + 2, L_AMPM);
		if (oap && oclock_ampm(g, i + 2, oap)) {
			set_clock12(s, (int)hv, 0, oap, G_HOUR, "clock-oclock");
			return time_suffix(g, i + 3, s);
		}
		set_clock12(s, (int)hv, 0, hap, G_HOUR, hap ? "clock-ampm" : "clock-oclock");
		return time_suffix(g, i + 2, s);
	}
	/* "at eleven in the morning", "ten at night": a spelled hour in a
	 * part of the day, as "6 in the morning" (not "three in the morning
	 * session") */
	int sp;
	guint spe = spelled ? tl_dg_clock_part(g, i + 1, &sp) : 0;
	if (spe && tl_dg_part_ends(g, spe)) {
		set_clock12(s, (int)hv, 0, NULL, G_HOUR, "clock-part");
		tl_dg_clock_in_part(s, sp);
		return spe;
	}
	/* "ten thirty a.m.", "at six thirty", "at seven forty-five": a spelled
	 * hour and its minutes, after a preposition or before a.m./p.m. (not
	 * "at six thirty people", "at ten twenty dollars") */
	double mv;
	guint me2;
	/* (and "five-thirty", the minutes hyphenated) */
	guint mi = spelled && tl_dg_hyph(g, i + 1) ? i + 2 : i + 1;
	if (spelled && mi < g->n && g->t[mi].kind == T_WORD && tl_dg_sense(g, mi, L_NUM) &&
	    tl_dg_number(g, mi, FALSE, &mv, &me2) && !isnan(mv) && mv >= 10 && mv <= 59 &&
	    mv == floor(mv)) {
		/* (a bare "pm" or "am" after spelled minutes too: "seven thirty
		 * pm") */
		const TlDSense *ap = ampm_at(g, me2, TRUE);
		gboolean noun = me2 < g->n && !(g->t[me2].flags & TF_NL) &&
		                (tl_dg_sense(g, me2, L_UNIT) ||
		                 (g->t[me2].kind == T_WORD && tl_dg_plain(g, me2) && !g->t[me2].cats));
		if (ap || (after_prep && !noun)) {
			set_clock12(s, (int)hv, (int)mv, ap, G_MINUTE, "clock-spelled");
			return time_suffix(g, me2 + (ap != NULL), s);
		}
	}
	/* "340pm", "1140 a.m.": hours and minutes written as one number */
	if (i < g->n && g->t[i].kind == T_NUM && !g->t[i].sfx && (g->t[i].ndigits == 3 || g->t[i].ndigits == 4) &&
	    g->t[i].num % 100 < 60 && g->t[i].num / 100 >= 1 && g->t[i].num / 100 <= 12) {
		const TlDSense *hm = tl_dg_sense(g, i + 1, L_AMPM);
		/* (a bare "am" only glued: "1140 am" may be "1140, I am") */
		if (hm && (!(hm->flags & LF_WEAK) || !(g->t[i + 1].flags & TF_SPACE) ||
		           strcmp(hm->sval, "pm") == 0)) {
			set_clock12(s, (int)(g->t[i].num / 100), (int)(g->t[i].num % 100), hm, G_MINUTE,
			            "clock-ampm");
			return time_suffix(g, i + 2, s);
		}
	}
	if (i >= g->n || g->t[i].kind != T_NUM || g->t[i].num < 1 || g->t[i].num > 12 || g->t[i].sfx)
		return 0;
	/* "11ish": about that hour; "at 9a", "by 9p": a.m. or p.m. in one
	 * letter, glued, after a preposition and ending the phrase */
	gboolean glued = i + 1 < g->n && !(g->t[i + 1].flags & TF_SPACE) && g->t[i + 1].kind == T_WORD &&
	                 g->t[i].ndigits <= 2;
	if ((glued && tl_dg_lit(g, i + 1, "ish")) ||
	    (tl_dg_hyph(g, i + 1) && tl_dg_lit(g, i + 2, "ish") && !(g->t[i + 2].flags & TF_SPACE))) {
		set_clock12(s, (int)g->t[i].num, 0, NULL, G_HOUR, "clock-ish");
		s->mod = "APPROX";
		return glued ? i + 2 : i + 3; /* "11ish", "11-ish" */
	}
	static const char *const at[] = {"at", "by", "until", "till", "around", "about"};
	if (glued && i > 0 && tl_dg_lit_any(g, i - 1, at, G_N_ELEMENTS(at)) &&
	    (tl_dg_lit(g, i + 1, "a") || tl_dg_lit(g, i + 1, "p")) &&
	    (i + 2 >= g->n || (g->t[i + 2].kind == T_PUNCT && strchr(".,;!?)", g->text[g->t[i + 2].start])))) {
		s->hour = (int)g->t[i].num % 12 + (tl_dg_lit(g, i + 1, "p") ? 12 : 0);
		s->minute = 0;
		s->gran = G_HOUR;
		s->rule = "clock-ampm-letter";
		return i + 2;
	}
	const TlDSense *ap = tl_dg_sense(g, i + 1, L_AMPM);
	if (ap || tl_dg_sense(g, i + 1, L_OCLOCK)) {
		/* "10 o'clock pm" */
		const TlDSense *oap = ap ? NULL : tl_dg_sense(g, i + 2, L_AMPM);
		if (oap && oclock_ampm(g, i + 2, oap)) {
			set_clock12(s, (int)g->t[i].num, 0, oap, G_HOUR, "clock-oclock");
			return time_suffix(g, i + 3, s);
		}
		set_clock12(s, (int)g->t[i].num, 0, ap, G_HOUR, ap ? "clock-ampm" : "clock-oclock");
		return time_suffix(g, i + 2, s);
	}
	return 0;
}

/* Split a number token into up to 4 parts and the separator between them. */
static int
parts_of(const char *s, size_t len, long long *p, int *nd, char *sep)
{
	int n = 0;
	*sep = 0;
	size_t k = 0;
	while (k < len && n < 4) {
		long long v = 0;
		int d = 0;
		while (k < len && s[k] >= '0' && s[k] <= '9' && d < 9)
			v = v * 10 + (s[k++] - '0'), d++;
		if (d == 0)
			return 0;
		p[n] = v;
		nd[n++] = d;
		if (k < len) {
			if (*sep && s[k] != *sep)
				return 0;
			*sep = s[k++];
		}
	}
	return k == len ? n : 0;
}

/* A clock that is a length: "the film is 2:35 long", "ran it in 2:05:30",
 * "a time of 3:59.4".  Tenths of a second, "long" after it, a time or a
 * record before it, or "in" ("ran", "clocked") before hours, minutes and
 * seconds say so; a
 * time of day takes "at", not "in".  H:MM, H:MM:SS, or M:SS.f with a
 * fraction.  0 when it is none. */
static guint
clock_length(const TlDG *g, guint i, TlDSem *s)
{
	const char *c = g->text + g->t[i].start;
	size_t len = g->t[i].end - g->t[i].start, k = 0;
	int part[3], nd[3], n = 0;
	while (n < 3) {
		int v = 0, d = 0;
		while (k < len && c[k] >= '0' && c[k] <= '9' && d < 3)
			v = v * 10 + (c[k++] - '0'), d++;
		if (!d)
			return 0;
		part[n] = v, nd[n++] = d;
		if (k == len || c[k] != ':')
			break;
		k++;
	}
	const char *frac = k < len && c[k] == '.' ? c + k + 1 : NULL;
	size_t flen = frac ? len - k - 1 : 0;
	/* (a stamp of the clock may count to the microsecond) */
	gboolean stamp = frac && n == 3 && nd[0] == 2;
	if (n < 2 ||
	    (frac && (flen == 0 || flen > (stamp ? 9u : 3u) || strspn(frac, "0123456789") < flen)) ||
	    (!frac && k != len))
		return 0;
	for (int q = 1; q < n; q++)
		if (nd[q] != 2 || part[q] > 59)
			return 0;
	if (stamp && !tl_dg_lit(g, i + 1, "long") &&
	    !(i >= 1 && (tl_dg_lit(g, i - 1, "in") || tl_dg_lit(g, i - 1, "ran") ||
	                 tl_dg_lit(g, i - 1, "clocked"))) &&
	    !(i >= 2 && tl_dg_lit(g, i - 1, "of") &&
	      (tl_dg_lit(g, i - 2, "time") || tl_dg_lit(g, i - 2, "record")))) {
		if (part[0] > 23)
			return 0;
		/* "at 13:23:42.5", "09:15:00.25", "21:11:35.362 UTC": a stamp of
		 * the clock, to the second (TIMEX3 values stop there), maybe
		 * with its zone */
		s->kind = S_ABS;
		s->type = TX_TIME;
		s->hour = part[0], s->minute = part[1], s->sec = part[2];
		s->gran = G_SECOND;
		s->rule = "clock-fraction";
		return time_suffix(g, i + 1, s);
	}
	gboolean lng = tl_dg_lit(g, i + 1, "long") && !tl_dg_hyph(g, i + 2);
	gboolean rec = i >= 2 && tl_dg_lit(g, i - 1, "of") &&
	               (tl_dg_lit(g, i - 2, "time") || tl_dg_lit(g, i - 2, "record"));
	gboolean in = i >= 1 && n == 3 &&
	              (tl_dg_lit(g, i - 1, "in") || tl_dg_lit(g, i - 1, "ran") || tl_dg_lit(g, i - 1, "clocked"));
	if ((!frac && !lng && !rec && !in) || tl_dg_sense(g, i + 1, L_AMPM) || tl_dg_sense(g, i + 1, L_TZ))
		return 0; /* "a starting time of 7:20 a.m." */
	/* two parts are minutes and seconds with a fraction, else hours
	 * and minutes ("2:35 long", a film) */
	gboolean ms = n == 2 && frac;
	int h = ms ? 0 : part[0], m = ms ? part[0] : part[1], sec = ms ? part[1] : n == 3 ? part[2] : 0;
	char buf[48];
	int w = g_snprintf(buf, sizeof buf, "PT");
	if (h)
		w += g_snprintf(buf + w, sizeof buf - (size_t)w, "%dH", h);
	if (m)
		w += g_snprintf(buf + w, sizeof buf - (size_t)w, "%dM", m);
	if (sec || frac)
		w += g_snprintf(buf + w, sizeof buf - (size_t)w, "%d%s%.*sS", sec, frac ? "." : "",
		                (int)flen, frac ? frac : "");
	if (w == 2)
		return 0;
	s->kind = S_DUR;
	s->type = TX_DURATION;
	s->unit = G_SECOND;
	g_strlcpy(s->dur, buf, sizeof s->dur);
	s->rule = "clock-length";
	return i + 1;
}

/* "20240503": ISO 8601's basic form, eight digits, a year of 1900-2099
 * with a real month and day (a stamp, a file name); not after a currency
 * sign or a number sign. */
static guint
compact_date(const TlDG *g, guint i, TlDSem *s)
{
	const TlDTok *t = &g->t[i];
	if (t->ndigits != 8 || g->text[t->start] == '0' ||
	    (i > 0 && g->t[i - 1].kind == T_PUNCT && !(t->flags & TF_SPACE) &&
	     (g->text[g->t[i - 1].start] == '$' || g->text[g->t[i - 1].start] == '#')))
		return 0;
	gint64 y = t->num / 10000;
	int m = (int)(t->num / 100 % 100), d = (int)(t->num % 100);
	if (y < 1900 || y > 2099 || !tl_cal_valid(y, m, d))
		return 0;
	s->kind = S_ABS;
	s->type = TX_DATE;
	s->year = y, s->month = m, s->day = d;
	s->gran = G_DAY;
	s->rule = "date-compact";
	return i + 1;
}

/* "13h45", "8h30": a 24-hour clock with "h" between hours and minutes, as
 * French and much European English write it (the word "h45" is glued to
 * the hour). */
static guint
h_clock(const TlDG *g, guint i, TlDSem *s)
{
	const TlDTok *t = &g->t[i], *w = i + 1 < g->n ? &g->t[i + 1] : NULL;
	/* "2h30m": hours and minutes of a length in one word, as "2h 30m" */
	if (w && t->ndigits <= 3 && w->kind == T_WORD && !(w->flags & TF_SPACE) && w->lowlen == 4 &&
	    w->low[0] == 'h' && g_ascii_isdigit(w->low[1]) && g_ascii_isdigit(w->low[2]) &&
	    w->low[3] == 'm' && (w->low[1] - '0') * 10 + (w->low[2] - '0') <= 59) {
		s->kind = S_DUR;
		s->type = TX_DURATION;
		s->unit = G_MINUTE;
		int mins = (int)t->num * 60 + (w->low[1] - '0') * 10 + (w->low[2] - '0');
		g_snprintf(s->dur, sizeof s->dur, "PT%dH%dM", mins / 60, mins % 60);
		s->rule = "unit-glued-hm";
		/* "2h30m ago", "in 1h30m": an offset, as "2 hours 30 minutes
		 * ago" (the duration alone before) */
		guint pe = 0;
		const TlDSense *post = tl_dg_phrase(g, i + 2, L_POST, &pe);
		if (post && !(post->flags & LF_ANAPH)) {
			s->kind = S_REL;
			s->type = TX_TIME;
			s->off = mins * post->ival;
			s->gran = G_MINUTE;
			s->rule = post->ival < 0 ? "units-ago" : "units-later";
			return pe;
		}
		if (i > 0 && tl_dg_lit(g, i - 1, "in")) {
			s->dir = 1; /* a time in a clause that looks ahead */
			s->off = mins;
		}
		return i + 2;
	}
	if (!w || t->ndigits > 2 || t->num > 23 || w->kind != T_WORD || (w->flags & TF_SPACE) ||
	    w->lowlen != 3 || w->low[0] != 'h' || !g_ascii_isdigit(w->low[1]) || !g_ascii_isdigit(w->low[2]))
		return 0;
	int mi = (w->low[1] - '0') * 10 + (w->low[2] - '0');
	/* "1H23", "2H24" with a capital H are half years (number_quarter) */
	if (mi > 59 || ((w->flags & TF_CAP) && t->ndigits == 1 && (t->num == 1 || t->num == 2)))
		return 0;
	s->kind = S_ABS;
	s->type = TX_TIME;
	s->hour = (int)t->num;
	s->minute = mi;
	s->gran = G_MINUTE;
	s->rule = "clock-h";
	return time_suffix(g, i + 2, s);
}

static guint
veto(TlDSem *s, guint e)
{
	s->kind = S_VALUE;
	s->val[0] = '\0';
	s->rule = "impossible";
	return e;
}

static guint iso_clock(const TlDG *g, guint j, TlDSem *s);

/* The time of an ISO 8601 date-time, from token j right after the date:
 * "T09:30", "T09:30:00Z", "T09:30:00.123+02:00" (the zone is kept as
 * written, as the clock patterns keep "EST").  The token after it, or j
 * when there is none or it does not end on a token boundary. */
static guint
iso_time(const TlDG *g, guint j, TlDSem *s)
{
	if (j >= g->n || (g->t[j].flags & TF_SPACE) || g->text[g->t[j].start] != 'T')
		return j;
	return iso_clock(g, j, s);
}

/* "T13:23:42" on its own: ISO 8601's time of day with its designator, on
 * the reference's day; 0 when token i is none. */
guint
tl_dg_isotime(const TlDG *g, guint i, TlDSem *s)
{
	const TlDTok *t = &g->t[i];
	if (t->kind != T_WORD || t->lowlen != 3 || g->text[t->start] != 'T' ||
	    !g_ascii_isdigit(t->low[1]) || !g_ascii_isdigit(t->low[2]) ||
	    (i > 0 && !(t->flags & TF_SPACE) && g->t[i - 1].kind != T_PUNCT))
		return 0;
	guint e = iso_clock(g, i, s);
	if (e == i)
		return 0;
	s->kind = S_ABS;
	s->rule = "time-iso";
	return e;
}

static guint
iso_clock(const TlDG *g, guint j, TlDSem *s)
{
	/* a copy with an end: the tokens bound the text */
	char buf[40];
	size_t avail = g->t[g->n - 1].end - g->t[j].start - 1;
	size_t len = MIN(avail, sizeof buf - 1);
	memcpy(buf, g->text + g->t[j].start + 1, len);
	buf[len] = '\0';
	const char *p = buf;
	int h, mi, sec = -1, n = 0;
	if (sscanf(p, "%2d:%2d%n", &h, &mi, &n) != 2 || n != 5 || h > 24 || mi > 59 || (h == 24 && mi > 0))
		return j;
	p += n;
	if (sscanf(p, ":%2d%n", &sec, &n) == 1 && n == 3 && sec <= 60)
		p += n;
	else
		sec = -1;
	if (sec >= 0 && *p == '.' && p[1] >= '0' && p[1] <= '9')
		for (p++; *p >= '0' && *p <= '9'; p++)
			;
	char tz[8] = "";
	if (*p == 'Z')
		strcpy(tz, "Z"), p++;
	else if ((*p == '+' || *p == '-') && p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9') {
		int k = p[3] == ':' ? 6 : 5;
		if (p[k - 2] >= '0' && p[k - 2] <= '9' && p[k - 1] >= '0' && p[k - 1] <= '9') {
			memcpy(tz, p, (size_t)k);
			tz[k] = '\0';
			p += k;
		}
	}
	guint32 end = g->t[j].start + 1 + (guint32)(p - buf);
	guint e = j;
	while (e < g->n && g->t[e].end < end)
		e++;
	if (e >= g->n || g->t[e].end != end)
		return j;
	s->type = TX_TIME;
	s->hour = h;
	s->minute = mi;
	s->sec = sec;
	s->gran = sec >= 0 ? G_SECOND : G_MINUTE;
	g_strlcpy(s->tz, tz, sizeof s->tz);
	s->rule = "date-time-iso";
	return e + 1;
}

/*
 * "by 1/4 pct", "1/2 point", "by 3/4 cts per pound", "by 1/4 to 1/2": a
 * bare N/D at i whose D is a power of two above N, before what it measures
 * (MEASURE in grammar.txt, also after one capitalised word: "1/2 Canadian
 * cts") or before "to" and another number, is a fraction, no day.
 */
static gboolean
fraction_at(const TlDG *g, guint i, const long long *p)
{
	if (p[0] < 1 || p[0] >= p[1] || (p[1] & (p[1] - 1)) != 0)
		return FALSE;
	guint k = i + 1;
	if (k < g->n && (g->t[k].flags & TF_CAP) && g->t[k].kind == T_WORD)
		k++;
	return tl_dg_sense(g, k, L_MEASURE) ||
	       (k == i + 1 && tl_dg_lit(g, k, "to") && k + 1 < g->n && g->t[k + 1].kind == T_NUM);
}

/* Does a clock time follow token j ("8/5 at 5pm", "08/05 5pm")? */
static gboolean
time_follows(const TlDG *g, guint j)
{
	guint k = tl_dg_lit(g, j, "at") ? j + 1 : j;
	if (k >= g->n || g->t[k].kind != T_NUM || (g->t[k].flags & TF_NL))
		return FALSE;
	TlDSem cs;
	tl_dsem_init(&cs);
	if (!tl_dg_clock(g, k, &cs)) {
		tl_dsem_init(&cs);
		if (!tl_dg_numeric(g, k, &cs))
			return FALSE;
	}
	return cs.kind == S_ABS && cs.type == TX_TIME;
}

/*
 * Is the bare N/N at i a day of a month (day the larger number)?  Only in
 * the context of a date, as it is as often a fraction, a score or a ratio
 * ("won 12/25 votes", "was 2/3"): after a preposition of time ("on 2/15",
 * "until 12/25") or a weekday ("Sunday 5/5"), before a clock time ("8/5 at
 * 5pm"), alone in its sentence, or ending a clause after a verb that is no
 * copula nor one of scores ("will come 12/25."), with a day that is no
 * month (13 and more, not half of a fraction: "rose 5/8.").
 */
static gboolean
month_day_context(const TlDG *g, guint i, long long day)
{
	static const char *const preps[] = {"on", "since", "until", "till", "by", "from", "before",
	                                    "after", "through", "thru", "due", "effective",
	                                    "starting", "ending"};
	if (i > 0 && g->t[i - 1].sent == g->t[i].sent &&
	    (tl_dg_lit_any(g, i - 1, preps, G_N_ELEMENTS(preps)) ||
	     (tl_dg_sense(g, i - 1, L_WEEKDAY) && (g->t[i - 1].flags & TF_CAP))))
		return TRUE;
	/* "Monday, 5/6": a weekday and a comma before, the phrase ending
	 * there (not "On Sunday, 2/3 of voters") */
	if (i >= 2 && tl_dg_punct(g, i - 1, ',') && g->t[i - 2].sent == g->t[i].sent &&
	    tl_dg_sense(g, i - 2, L_WEEKDAY) && (g->t[i - 2].flags & TF_CAP) &&
	    tl_dg_lower_day_ends(g, i + 1))
		return TRUE;
	if (time_follows(g, i + 1))
		return TRUE;
	/* "on 11/20, 11/22 or 11/25": the next of a list whose first is a day */
	if (i >= 2 && (tl_dg_punct(g, i - 1, ',') || tl_dg_lit(g, i - 1, "or") || tl_dg_lit(g, i - 1, "and")) &&
	    g->t[i - 2].kind == T_NUM && g->t[i - 2].num < 0 && g->t[i - 2].sent == g->t[i].sent) {
		long long q[4];
		int qd[4];
		char qs;
		const TlDTok *pt = &g->t[i - 2];
		if (parts_of(g->text + pt->start, pt->end - pt->start, q, qd, &qs) == 2 && qs == '/' &&
		    qd[0] <= 2 && qd[1] <= 2 && month_day_context(g, i - 2, MAX(q[0], q[1])))
			return TRUE;
	}
	gboolean ends = i + 1 >= g->n || g->t[i + 1].sent != g->t[i].sent ||
	                (g->t[i + 1].flags & TF_NL) ||
	                (g->t[i + 1].kind == T_PUNCT && strchr(".,;!?", g->text[g->t[i + 1].start]));
	if (!ends)
		return FALSE;
	if (i == 0 || g->t[i - 1].sent != g->t[i].sent)
		return TRUE; /* "12/25" alone */
	/* "the deadline is 07/28.", "due is 14/08": a part written with a
	 * leading zero is a day's or a month's (no score, fraction or ratio
	 * has one), after a word (not in a table's row of forward points:
	 * "01/04  03/08  09/16") */
	const char *c = g->text + g->t[i].start;
	const char *sl = memchr(c, '/', g->t[i].end - g->t[i].start);
	if ((c[0] == '0' || (sl && sl[1] == '0')) && g->t[i - 1].kind == T_WORD)
		return TRUE;
	static const char *const not_verbs[] = {"is", "was", "are", "were", "be", "been", "being",
	                                        "'s", "won", "scored", "shot", "hit", "went",
	                                        "made", "rated", "ranked", "finished", "got", "get",
	                                        "gets", "and", "or", "of", "to", "at", "than",
	                                        "about", "over", "under", "out", "only", "just",
	                                        "the", "a", "an", "up", "down", "rose", "fell",
	                                        "gained", "lost", "open", "beat", "beats", "led",
	                                        "leads", "trailed", "tied", "drew", "win", "wins",
	                                        "lose", "loses", "reached"};
	/* (the verb before an object pronoun: "beat us 21/7") */
	static const char *const objs[] = {"us", "them", "him", "her", "me", "you", "it"};
	guint vi = i - 1;
	if (vi > 0 && tl_dg_lit_any(g, vi, objs, G_N_ELEMENTS(objs)) &&
	    g->t[vi - 1].sent == g->t[i].sent)
		vi--;
	const TlDTok *v = &g->t[vi];
	return day >= 13 && v->kind == T_WORD && !(v->flags & TF_CAP) &&
	       !(v->cats & ~((guint64)1 << L_TENSE)) &&
	       !tl_dg_lit_any(g, vi, not_verbs, G_N_ELEMENTS(not_verbs));
}

guint
tl_dg_numeric(const TlDG *g, guint i, TlDSem *s)
{
	if (i >= g->n || g->t[i].kind != T_NUM || g->t[i].sfx)
		return 0;
	if (g->t[i].num >= 0) {
		guint e = compact_date(g, i, s);
		return e ? e : h_clock(g, i, s);
	}
	const TlDTok *t = &g->t[i];
	guint le = clock_length(g, i, s);
	if (le)
		return le;
	long long p[4];
	int nd[4];
	char sep;
	int n = parts_of(g->text + t->start, t->end - t->start, p, nd, &sep);
	s->kind = S_ABS;
	if (sep == ':' && (n == 2 || n == 3) && nd[1] == 2 && nd[0] <= 2) {
		/* (24:00 is the day's end; "24:10" is no time) */
		if (p[0] > 24 || p[1] > 59 || (n == 3 && (nd[2] != 2 || p[2] > 59)) ||
		    (p[0] == 24 && (p[1] > 0 || (n == 3 && p[2] > 0))))
			return 0;
		/* "18:40:39 +09:00", "GMT-05:00": a zone's offset after a clock
		 * or a zone, its sign glued to it, is no time of its own (a
		 * minus after a clock only with a leading zero: "9:00 -10:00"
		 * is a range) */
		if (n == 2 && nd[0] == 2 && i >= 2 && !(t->flags & TF_SPACE) &&
		    (tl_dg_punct(g, i - 1, '+') || tl_dg_punct(g, i - 1, '-')) &&
		    (tl_dg_sense(g, i - 2, L_TZ) ||
		     (g->t[i - 2].kind == T_NUM &&
		      memchr(g->text + g->t[i - 2].start, ':', g->t[i - 2].end - g->t[i - 2].start) &&
		      (tl_dg_punct(g, i - 1, '+') || p[0] < 10))))
			return 0;
		s->type = TX_TIME;
		s->hour = (int)p[0];
		s->minute = (int)p[1];
		s->sec = n == 3 ? (int)p[2] : -1;
		s->gran = n == 3 ? G_SECOND : G_MINUTE;
		s->rule = "clock-numeric";
		guint j = i + 1;
		const TlDSense *ap = tl_dg_sense(g, j, L_AMPM);
		static const char *const at[] = {"at", "by", "until", "till", "around", "about"};
		if (ap && s->hour >= 1 && s->hour <= 12) {
			s->hour = s->hour % 12 + (strcmp(ap->sval, "pm") == 0 ? 12 : 0);
			j++;
		} else if (n == 2 && s->hour >= 1 && s->hour <= 12 && j < g->n &&
		           !(g->t[j].flags & TF_SPACE) && (tl_dg_lit(g, j, "a") || tl_dg_lit(g, j, "p")) &&
		           i > 0 &&
		           tl_dg_lit_any(g, i - 1, at, G_N_ELEMENTS(at)) &&
		           (j + 1 >= g->n ||
		            (g->t[j + 1].kind == T_PUNCT && strchr(".,;!?)", g->text[g->t[j + 1].start])))) {
			/* "at 12:15a", "by 6:30p": a.m. or p.m. in one letter, as
			 * "at 9p" */
			s->hour = s->hour % 12 + (tl_dg_lit(g, j, "p") ? 12 : 0);
			j++;
		} else if (s->hour >= 1 && s->hour <= 12 && !(nd[0] == 2 && p[0] < 10) && n == 2) {
			/* "3:30", not "03:30" (a 24-hour clock) nor "4:15:30" (one
			 * to the second, a log's) */
			s->hour12 = TRUE;
		}
		return time_suffix(g, j, s);
	}
	/* 10.30am, 7.45 p.m.: a clock with a dot, only with its a.m./p.m. */
	const TlDSense *ap = tl_dg_sense(g, i + 1, L_AMPM);
	if (sep == '.' && n == 2 && nd[1] == 2 && nd[0] <= 2 && p[0] >= 1 && p[0] <= 12 && p[1] <= 59 &&
	    ap) {
		s->type = TX_TIME;
		s->hour = (int)(p[0] % 12 + (strcmp(ap->sval, "pm") == 0 ? 12 : 0));
		s->minute = (int)p[1];
		s->gran = G_MINUTE;
		s->rule = "clock-numeric";
		return time_suffix(g, i + 2, s);
	}
	s->type = TX_DATE;
	s->gran = G_DAY;
	static const char *const dot_preps[] = {"on", "since", "until", "till", "by", "from",
	                                        "before", "after", "dated"};
	if (n == 3 && (sep == '-' || sep == '/' || sep == '.')) {
		gint64 y;
		int m, d;
		if (nd[0] == 4) {
			y = p[0], m = (int)p[1], d = (int)p[2];
			if (nd[1] > 2 || nd[2] > 2)
				return 0;
		} else if ((nd[2] == 4 || nd[2] == 2) && nd[0] <= 2 && nd[1] <= 2 &&
		           !(sep == '.' && nd[2] == 2 && (nd[0] < 2 || nd[1] < 2) &&
		             !(i > 0 && tl_dg_lit_any(g, i - 1, dot_preps, G_N_ELEMENTS(dot_preps))))) {
			/* (dots and a two-digit year only with two-digit day and
			 * month: "1.1.30", "1.10.30" are versions; or after a
			 * preposition of a date: "paid on 26.4.24") */
			y = nd[2] == 2 ? (p[2] < 50 ? 2000 + p[2] : 1900 + p[2]) : p[2];
			gboolean dmy = g->order == TL_DORDER_DMY || sep == '.';
			m = (int)(dmy ? p[1] : p[0]);
			d = (int)(dmy ? p[0] : p[1]);
			if (!tl_cal_valid(y, m, d) && tl_cal_valid(y, d, m)) {
				int x = m;
				m = d, d = x;
			}
		} else
			return 0;
		if (!tl_cal_valid(y, m, d))
			return veto(s, i + 1);
		s->year = y, s->month = m, s->day = d;
		s->rule = "date-numeric";
		if (nd[0] == 4 && sep == '-')
			return iso_time(g, i + 1, s);
		return i + 1;
	}
	if (n == 2 && sep == '-' && nd[0] == 4 && nd[1] == 2 && p[1] >= 1 && p[1] <= 12 &&
	    p[0] >= 1000) {
		s->year = p[0], s->month = (int)p[1];
		s->gran = G_MONTH;
		s->rule = "year-month-numeric";
		return i + 1;
	}
	/* 2016/11: a year and a month, when the second number is below the
	 * year's last two digits (not two years: "the 1986/7 pool", "stock due
	 * 2004/08", "the 2010/11 season") */
	if (n == 2 && sep == '/' && nd[0] == 4 && nd[1] <= 2 && p[1] >= 1 && p[1] <= 12 &&
	    p[0] >= 1900 && p[0] <= 2100 && p[1] < p[0] % 100 &&
	    !(nd[1] == 1 && p[1] == (p[0] + 1) % 10)) {
		s->year = p[0], s->month = (int)p[1];
		s->gran = G_MONTH;
		s->rule = "year-month-numeric";
		return i + 1;
	}
	/* 12/2023, 11-2016: a month and a year (a card's expiry, a report's
	 * period; with a dash, a month of two digits) */
	if (n == 2 && (sep == '/' || (sep == '-' && nd[0] == 2)) && nd[0] <= 2 && nd[1] == 4 &&
	    p[0] >= 1 && p[0] <= 12 && p[1] >= 1900 && p[1] <= 2100) {
		s->year = p[1], s->month = (int)p[0];
		s->gran = G_MONTH;
		s->rule = "month-year-numeric";
		return i + 1;
	}
	if (n == 2 && sep == '/' && nd[0] <= 2 && nd[1] <= 2 && !fraction_at(g, i, p) &&
	    !(p[0] == 24 && p[1] == 7) && month_day_context(g, i, MAX(p[0], p[1]))) {
		int m = (int)(g->order == TL_DORDER_DMY ? p[1] : p[0]);
		int d = (int)(g->order == TL_DORDER_DMY ? p[0] : p[1]);
		if ((m < 1 || m > 12) && d >= 1 && d <= 12) {
			int x = m; /* "on 15/2": the one order that gives a day */
			m = d, d = x;
		}
		if (m < 1 || m > 12 || d < 1 || d > tl_cal_days_in_month(2000, m))
			return 0;
		s->month = m, s->day = d;
		s->rule = "month-day-numeric";
		return i + 1;
	}
	return 0;
}
