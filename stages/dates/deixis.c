/*
 * Deictic and ordinal patterns: "last week", "next Friday", "this spring",
 * "the past three years", "the following month", "recent years", "this
 * morning"; "the third quarter of 2021", "Q3", "the first half", "the 19th
 * century", "the first nine months".
 */
#include <math.h>
#include <string.h>
#include "tl/calendar.h"
#include "grammar.h"

static guint
deixis_unit(const TlDG *g, guint k, const TlDSense *d, gboolean det, TlDSem *s)
{
	TlDGran u;
	gboolean plural;
	guint e;
	if (!tl_dg_unit(g, k, &u, &plural, &e))
		return 0;
	const TlDSense *us = tl_dg_sense(g, k, L_UNIT);
	/* not "that HR 6819", "the previous SEC filing" (a capitalised
	 * abbreviation is a name: "prior yr" is a year), nor "this second
	 * Olympiad", "its current second quarter" (the ordinal before its
	 * noun) */
	if (((us->flags & LF_ABBR) && (g->t[k].flags & TF_CAP)) ||
	    (u == G_SECOND && e < g->n && g->t[e].kind == T_WORD && !tl_dg_sense(g, e, L_PREP) &&
	     (tl_dg_plain(g, e) || tl_dg_sense(g, e, L_UNIT) || tl_dg_lit(g, e, "half"))))
		return 0;
	/* "on the last day of the convention": the final day of something,
	 * not yesterday (ordunit's nth day); "over the last day" is a span */
	static const char *const spanned[] = {"in", "over", "during", "within", "for", "past"};
	if (det && u == G_DAY && !plural && d->ival < 0 && tl_dg_lit(g, k - 1, "last") && k >= 2 &&
	    !(k >= 3 && tl_dg_lit_any(g, k - 3, spanned, G_N_ELEMENTS(spanned))))
		return 0;
	if (plural) {
		/* "recent years", "the coming months": spans of unknown length, as
		 * TimeBank marks them most often (PXY) */
		if (!(d->flags & (LF_SPAN | LF_RECENT)) && d->ival == 0)
			return 0;
		s->kind = S_DUR;
		s->type = TX_DURATION;
		s->unit = u;
		tl_dg_format_dur(s->dur, sizeof s->dur, NAN, u);
		s->rule = "deixis-units";
		return e;
	}
	if (d->flags & LF_RECENT)
		return 0;
	/* "at the last minute", "until the last minute": the idiom, no time */
	static const char *const idiom[] = {"at", "until", "till"};
	if ((u == G_MINUTE || u == G_SECOND) && d->ival < 0 && k >= 3 && tl_dg_lit(g, k - 2, "the") &&
	    tl_dg_lit_any(g, k - 3, idiom, G_N_ELEMENTS(idiom)))
		return 0;
	/* the past month, the coming week: a span (the past year is last year);
	 * so is "the next hour", "the last minute": no clock to count from */
	/* (and "the next fortnight", "last fortnight": two weeks, no week of
	 * the calendar) */
	/* (not a weekend: "the past weekend", "the coming weekend" are one,
	 * a date as "last weekend" is) */
	if ((det && (((d->flags & LF_SPAN) && u != G_YEAR && u != G_WEEKEND) ||
	             (u <= G_HOUR && d->ival != 0))) ||
	    ((us->flags & LF_FORTNIGHT) && d->ival != 0)) {
		s->kind = S_DUR;
		s->type = TX_DURATION;
		s->unit = u;
		g_snprintf(s->dur, sizeof s->dur, "P%s%d%s", u <= G_HOUR ? "T" : "",
		           (us->flags & LF_FORTNIGHT) ? 2 : 1,
		           u == G_HOUR ? "H" : u == G_MINUTE ? "M" : u == G_SECOND ? "S" : u == G_DAY ? "D" :
		           u == G_WEEK ? "W" :
		           u == G_MONTH ? "M" : u == G_QUARTER ? "Q" : "Y");
		if (u == G_QUARTER)
			g_strlcpy(s->dur, "P1Q", sizeof s->dur);
		if (u == G_DECADE)
			g_strlcpy(s->dur, "P10Y", sizeof s->dur);
		s->rule = "deixis-span";
		return e;
	}
	s->kind = S_REL;
	s->type = u <= G_HOUR ? TX_TIME : TX_DATE;
	s->unit = u;
	s->off = d->ival * ((us->flags & LF_FORTNIGHT) ? 2 : 1);
	s->anaph = (d->flags & LF_ANAPH) ||
	           (det && d->ival != 0 && !(d->flags & (LF_LATEST | LF_SPAN)));
	s->told = (d->flags & LF_ANAPH) != 0;
	s->gran = u;
	s->rule = "deixis-unit";
	/* "the coming weekend", "this upcoming weekend": the first not yet
	 * begun, this week's when said on a weekday (resolve.c) */
	if (u == G_WEEKEND && (d->flags & LF_SPAN) && d->ival > 0)
		s->dir = 4;
	/* "next week Sunday", "this week on Friday": that week's day, as
	 * "Sunday next week" */
	/* (not "earlier this week on Wednesday") */
	guint we = tl_dg_lit(g, e, "on") && d->ival != 0 ? e + 1 : e;
	const TlDSense *wd = u == G_WEEK && !det && !s->anaph && we < g->n &&
	                                     !(g->t[we].flags & TF_NL)
	                             ? tl_dg_sense(g, we, L_WEEKDAY)
	                             : NULL;
	if (wd && !(wd->flags & LF_PLURAL) && (!(wd->flags & LF_AMB) || (g->t[we].flags & TF_CAP))) {
		s->weekday = wd->ival;
		s->gran = G_DAY;
		s->rule = "week-weekday";
		return (wd->flags & LF_ABBR) ? tl_dg_skipdot(g, we + 1) : we + 1;
	}
	if (us && (us->flags & LF_NIGHT)) {
		s->unit = s->gran = G_DAY;
		s->part = tl_dg_part_code("NI");
		s->rule = "deixis-night";
	}
	if (u == G_DAY)
		e = tl_dg_partafter(g, e, s);
	return e;
}

/* Is token i the object of a position: "the end of", "start of"? */
static gboolean
after_position(const TlDG *g, guint i)
{
	static const char *const pos[] = {"end", "start", "beginning", "middle", "close", "turn"};
	return i >= 2 && tl_dg_lit(g, i - 1, "of") && tl_dg_lit_any(g, i - 2, pos, G_N_ELEMENTS(pos));
}

/* "last" at i as a verb before a count: "will last six weeks", "expected
 * to last 10 days" (not "to last year's level": no count follows). */
static gboolean
last_verb(const TlDG *g, guint i)
{
	static const char *const before[] = {"to", "will", "would", "could", "may", "might", "should",
	                                     "can", "must", "'ll", "not", "shall", "cannot"};
	double v;
	guint e;
	return i > 0 && tl_dg_lit(g, i, "last") && tl_dg_number(g, i + 1, FALSE, &v, &e) &&
	       tl_dg_lit_any(g, i - 1, before, G_N_ELEMENTS(before));
}

/* "last day" at i after an owner: "his last day in office", "Smith's
 * last days" tell an end, not the day before the reference ("its last
 * quarter" is the one last reported, a date). */
static gboolean
owned_last(const TlDG *g, guint i)
{
	static const char *const owners[] = {"my", "his", "her", "its", "our", "your", "their", "'s"};
	return i > 0 && tl_dg_lit(g, i, "last") &&
	       (tl_dg_lit(g, i + 1, "day") || tl_dg_lit(g, i + 1, "days")) &&
	       tl_dg_lit_any(g, i - 1, owners, G_N_ELEMENTS(owners));
}

/* "Person of the Year", "Player of the Month", "Employee of the Week": a
 * title with a capital on its unit after "of" and a capitalised word (not
 * a headline in capitals: "LOWEST LEVEL OF THE YEAR"). */
static gboolean
award_title(const TlDG *g, guint i, guint j)
{
	return (g->t[j].flags & (TF_CAP | TF_ALLCAP)) == TF_CAP && i >= 2 && tl_dg_lit(g, i - 1, "of") &&
	       g->t[i - 2].kind == T_WORD && (g->t[i - 2].flags & (TF_CAP | TF_ALLCAP)) == TF_CAP &&
	       g->t[i - 2].sent == g->t[j].sent;
}

/* "by year end", "at year's end", "month end", "quarter end" at j: the end
 * of the reference's year (month, quarter), as "the end of the year"
 * reads; the token after "end", else 0.  Not "year-end", a day
 * (holidays.txt), nor the end of a fiscal or calendar year, a kind of date
 * ("changed its fiscal year end to December 31"). */
static guint
unit_end(const TlDG *g, guint j, TlDGran *u)
{
	gboolean plural;
	guint e;
	if (!tl_dg_unit(g, j, u, &plural, &e) || plural || e != j + 1 ||
	    !(*u == G_YEAR || *u == G_MONTH || *u == G_QUARTER))
		return 0;
	if (tl_dg_lit(g, e, "'s"))
		e++;
	if (!tl_dg_lit(g, e, "end") || tl_dg_hyph(g, e + 1))
		return 0;
	if (j > 0 && (tl_dg_sense(g, j - 1, L_FISCAL) || tl_dg_lit(g, j - 1, "calendar") ||
	              tl_dg_lit(g, j - 1, "calender")))
		return 0;
	/* a date that names it: "the October 31 year end", "the quarter end
	 * December 31", "YEAR END DEC 31"; nor "the half-year end" */
	if (j > 0 && (g->t[j - 1].kind == T_NUM || tl_dg_sense(g, j - 1, L_MONTH) ||
	              tl_dg_punct(g, j - 1, '-')))
		return 0;
	if (e + 1 < g->n && !(g->t[e + 1].flags & TF_NL) &&
	    (tl_dg_sense(g, e + 1, L_MONTH) ||
	     (g->t[e + 1].kind == T_NUM && !(*u == G_YEAR && g->t[e + 1].ndigits == 4))))
		return 0;
	return e + 1;
}

guint
tl_dg_deixis(const TlDG *g, guint i, TlDSem *s)
{
	guint j = i;
	gboolean det = tl_dg_lit(g, j, "the");
	if (det)
		j++;
	const TlDSense *d = tl_dg_sense(g, j, L_DEIXIS);
	TlDGran u0;
	gboolean pl0;
	guint ue;
	if (!det && last_verb(g, j))
		return 0;
	if (!det && owned_last(g, j))
		return 0;
	guint ee = d ? 0 : unit_end(g, j, &u0);
	if (ee) {
		s->kind = S_REL;
		s->type = TX_DATE;
		s->unit = s->gran = u0;
		s->mod = "END";
		s->dir = 3; /* a past clause's is the last one (resolve.c) */
		s->rule = "unit-end";
		/* "at year end 1986" */
		if (u0 == G_YEAR && tl_dg_year_follows(g, ee)) {
			s->kind = S_ABS;
			s->year = (int)g->t[ee].num;
			s->dir = 0;
			return ee + 1;
		}
		return ee;
	}
	/* the fiscal year: the reference's (or a span, "ended June 30") */
	if (!d && det && tl_dg_sense(g, j, L_FISCAL) && tl_dg_lit(g, j + 1, "year"))
		j++;
	/* the latest period: the quarter last reported (engine.c) */
	if (d && det && (d->flags & LF_LATEST) && tl_dg_lit(g, j + 1, "period")) {
		s->kind = S_REL;
		s->type = TX_DATE;
		s->unit = s->gran = G_QUARTER;
		s->by_quarter = TRUE;
		s->rule = "latest-period";
		return j + 2;
	}
	/* the week after next, the month before last, the month after the
	 * next: two units away */
	guint an = 0;
	if (!d && det && tl_dg_unit(g, j, &u0, &pl0, &ue) && !pl0 && u0 >= G_DAY &&
	    (an = ue + 1 + tl_dg_lit(g, ue + 1, "the"), TRUE) &&
	    ((tl_dg_lit(g, ue, "after") && tl_dg_lit(g, an, "next")) ||
	     (tl_dg_lit(g, ue, "before") && tl_dg_lit(g, an, "last"))) &&
	    !tl_dg_sense(g, an + 1, L_UNIT)) {
		s->kind = S_REL;
		s->type = TX_DATE;
		s->unit = s->gran = u0;
		s->off = tl_dg_lit(g, ue, "after") ? 2 : -2;
		s->rule = "unit-after-next";
		const TlDSense *us = tl_dg_sense(g, j, L_UNIT);
		if (us && (us->flags & LF_NIGHT)) /* the night before last */
			s->part = tl_dg_part_code("NI");
		return an + 1;
	}
	/* "in the week 31": that week of the reference's year (with "the",
	 * or written "Week 31" with its capital as a name of the calendar's:
	 * "week 22 of a pregnancy", "in week 3" of a season are no such
	 * weeks) */
	/* (in lower case with no "the", only before its year, "week 10 of
	 * 2021", or a clock, "week 10 8 p.m.": then it is the calendar's) */
	if (!d && tl_dg_unit(g, j, &u0, &pl0, &ue) && u0 == G_WEEK && !pl0 && ue == j + 1 &&
	    tl_dg_lit(g, j, "week") && ue < g->n && g->t[ue].kind == T_NUM && !g->t[ue].sfx &&
	    g->t[ue].ndigits <= 2 && g->t[ue].num >= 1 && g->t[ue].num <= 52 &&
	    !(g->t[ue].flags & TF_NL) && !tl_dg_hyph(g, ue + 1) && !tl_dg_sense(g, ue + 1, L_UNIT) &&
	    (det || (g->t[j].flags & TF_CAP)
	         ? !(ue + 1 < g->n && g->t[ue + 1].kind == T_NUM)
	         : (tl_dg_lit(g, ue + 1, "of") && ue + 2 < g->n && g->t[ue + 2].kind == T_NUM &&
	            g->t[ue + 2].ndigits == 4) ||
	               (ue + 1 < g->n && g->t[ue + 1].kind == T_NUM && g->t[ue + 1].ndigits <= 2 &&
	                tl_dg_sense(g, ue + 2, L_AMPM)))) {
		/* (of a year: "the week 3 of 2027", "the week 27 of last year";
		 * no other "of": "week 22 of a pregnancy") */
		gint64 y = TL_NOYEAR;
		guint we = ue + 1;
		TlDSem ry;
		tl_dsem_init(&ry);
		if (tl_dg_lit(g, ue + 1, "of")) {
			guint ye;
			if (ue + 2 < g->n && g->t[ue + 2].kind == T_NUM && g->t[ue + 2].ndigits == 4 &&
			    tl_dg_year(g, ue + 2, TRUE, &y, &ye))
				we = ye;
			else if ((ye = tl_dg_rel_year(g, ue + 1, &ry)) > ue + 1)
				we = ye;
			else
				return 0;
		}
		s->kind = S_ABS;
		s->type = TX_DATE;
		s->year = y;
		s->yrel = y == TL_NOYEAR;
		s->off = ry.yrel ? ry.off : 0;
		s->week = (int)g->t[ue].num;
		s->gran = G_WEEK;
		s->rule = "week-number";
		return we;
	}
	/* the end of the day, end of month, the turn of the century: the
	 * reference's unit as the object of a position ("at the end of the
	 * day" is the idiom; "the year" and the like are below) */
	if (!d && after_position(g, i) && tl_dg_unit(g, j, &u0, &pl0, &ue) && !pl0 &&
	    !tl_dg_hyph(g, ue) && !(ue < g->n && g->t[ue].kind == T_NUM) &&
	    !tl_dg_sense(g, ue, L_NUM) && !tl_dg_lit(g, ue, "'s") &&
	    (det ? tl_dg_lit(g, j, "day") || u0 == G_DECADE || u0 == G_CENTURY
	         : tl_dg_lit(g, j, "day") || (u0 >= G_WEEK && u0 <= G_YEAR && u0 != G_SEASON &&
	                                      u0 != G_HALF)) &&
	    !(det && tl_dg_lit(g, j, "day") && i >= 4 && tl_dg_lit(g, i - 4, "at"))) {
		s->kind = S_REL;
		s->type = TX_DATE;
		s->unit = s->gran = u0;
		s->rule = "position-unit";
		return ue;
	}
	/* "the year to March": a fiscal year, a span, as "the six months to
	 * March" is and "the year ended June 30" (below) */
	if (!d && det && tl_dg_unit(g, j, &u0, &pl0, &ue) && !pl0 && u0 == G_YEAR &&
	    tl_dg_lit(g, ue, "to") && tl_dg_sense(g, ue + 1, L_MONTH) &&
	    (g->t[ue + 1].flags & TF_CAP)) {
		s->kind = S_DUR;
		s->type = TX_DURATION;
		g_strlcpy(s->dur, "P1Y", sizeof s->dur);
		s->rule = "the-unit-ended";
		return ue;
	}
	/* "the year", "the quarter": the reference's (a quarter in a past
	 * clause is the last one reported) */
	if (!d && det && tl_dg_unit(g, j, &u0, &pl0, &ue) && !pl0 &&
	    (u0 == G_YEAR || u0 == G_QUARTER || u0 == G_WEEK || u0 == G_WEEKEND || u0 == G_MONTH) &&
	    !(ue < g->n && (!(u0 == G_YEAR ? tl_dg_plain(g, ue) : tl_dg_no_date_word(g, ue)) ||
	                    g->t[ue].kind == T_NUM)) &&
	    /* ("the week to March 3" has its rule, "moved the week to Friday" none) */
	    !(u0 == G_WEEK && tl_dg_lit(g, ue, "to")) &&
	    !tl_dg_lit(g, ue, "when") &&
	    !tl_dg_lit(g, ue, "that") && !tl_dg_lit(g, ue, "which") && !tl_dg_lit(g, ue, "'s") &&
	    !tl_dg_hyph(g, ue) && !award_title(g, i, j)) {
		if (u0 == G_YEAR && (tl_dg_lit(g, ue, "ended") || tl_dg_lit(g, ue, "ending"))) {
			s->kind = S_DUR; /* "the year ended June 30": a fiscal year, a span */
			s->type = TX_DURATION;
			g_strlcpy(s->dur, "P1Y", sizeof s->dur);
			s->rule = "the-unit-ended";
			return ue;
		}
		s->kind = S_REL;
		s->type = TX_DATE;
		s->unit = s->gran = u0;
		s->dir = (u0 == G_QUARTER || u0 == G_WEEKEND) ? 3 : 0;
		s->rule = "the-unit";
		return ue;
	}
	if (!d)
		return 0;
	/* the corresponding period last year, the same quarter a year ago:
	 * among quarterly figures, the quarter a year back (engine.c) */
	if (det && (d->flags & LF_ANAPH) && d->ival == 0 &&
	    (tl_dg_lit(g, j + 1, "period") || tl_dg_lit(g, j + 1, "quarter"))) {
		guint k = j + 2, e = 0;
		if (tl_dg_lit(g, k, "last") && tl_dg_lit(g, k + 1, "year"))
			e = k + 2;
		else if (tl_dg_lit(g, k, "a") && tl_dg_lit(g, k + 1, "year") &&
		         (tl_dg_lit(g, k + 2, "ago") || tl_dg_lit(g, k + 2, "earlier")))
			e = k + 3;
		if (!e)
			return 0;
		s->kind = S_REL;
		s->type = TX_DATE;
		s->unit = s->gran = G_YEAR;
		s->off = -1;
		s->by_quarter = TRUE;
		s->rule = "year-ago";
		return e;
	}
	if (det && d->ival == 0 && !(d->flags & LF_ANAPH) && strcmp(g->t[j].low, "current") != 0)
		return 0;
	guint k = j + 1;
	/* "this past weekend", "this coming Monday" */
	if (tl_dg_lit(g, j, "this") && (tl_dg_lit(g, k, "past") || tl_dg_lit(g, k, "coming")))
		d = tl_dg_sense(g, k, L_DEIXIS), k++;
	/* the past three years, the next few days */
	double v;
	guint ne;
	gboolean few = tl_dg_lit(g, k, "few") || tl_dg_lit(g, k, "several");
	if (few)
		v = NAN, ne = k + 1;
	/* the last couple of years: two */
	/* (also "the next couple years", without "of") */
	gboolean couple = !few && tl_dg_lit(g, k, "couple") &&
	                  (tl_dg_lit(g, k + 1, "of") || tl_dg_sense(g, k + 1, L_UNIT));
	if (couple)
		v = 2, ne = tl_dg_lit(g, k + 1, "of") ? k + 2 : k + 1;
	if (d->ival != 0 && (few || couple || tl_dg_number(g, k, FALSE, &v, &ne))) {
		TlDGran u;
		gboolean plural;
		guint e;
		guint kk = ne;
		if (tl_dg_lit(g, kk, "or") || tl_dg_lit(g, kk, "to")) {
			double v2;
			guint ne2;
			if (tl_dg_number(g, kk + 1, FALSE, &v2, &ne2))
				v = v2, kk = ne2;
		}
		if (tl_dg_unit(g, kk, &u, &plural, &e) && (plural || v == 1)) {
			s->kind = S_DUR;
			s->type = TX_DURATION;
			s->unit = u;
			gboolean tp = u <= G_HOUR;
			const char *c = u == G_SECOND ? "S" : u == G_MINUTE ? "M" : u == G_HOUR ? "H" :
			                u == G_DAY ? "D" : u == G_WEEK ? "W" : u == G_MONTH ? "M" :
			                u == G_DECADE ? "DE" : u == G_CENTURY ? "CE" : "Y";
			double n = u == G_DECADE ? v * 10 : v;
			if (u == G_QUARTER)
				c = "Q";
			if (u == G_DECADE && !isnan(v))
				c = "Y";
			char nb[48];
			g_snprintf(s->dur, sizeof s->dur, "P%s%s%s", tp ? "T" : "",
			           isnan(n) ? "X" : tl_dg_num(nb, n), c);
			s->rule = "deixis-count";
			return e;
		}
	}
	/* the current fiscal year, next fiscal year; "this calendar year"
	 * (the year itself) */
	if ((tl_dg_sense(g, k, L_FISCAL) || tl_dg_lit(g, k, "calendar")) && tl_dg_lit(g, k + 1, "year"))
		k++;
	/* "this working week", "next work week": the week itself */
	else if ((tl_dg_lit(g, k, "working") || tl_dg_lit(g, k, "work")) && tl_dg_lit(g, k + 1, "week") &&
	         !tl_dg_lit(g, k + 2, "of"))
		k++;
	guint e = deixis_unit(g, k, d, det, s);
	/* next year's first quarter, this year's second half: that year's
	 * part, as "the first quarter of next year" (last year's quarter is
	 * the one a year back, below) */
	if (e && !det && s->kind == S_REL && s->unit == G_YEAR && tl_dg_lit(g, e, "'s")) {
		TlDSem in;
		tl_dsem_init(&in);
		guint pe = tl_dg_ordunit(g, e + 1, &in);
		if (pe && in.year == TL_NOYEAR && !in.yrel && !in.fiscal && in.rule &&
		    (strcmp(in.rule, "half") == 0 || (strcmp(in.rule, "quarter") == 0 && s->off != -1))) {
			in.yrel = TRUE;
			in.off = s->off;
			*s = in;
			return pe;
		}
	}
	/* last year's quarter, last year's third quarter */
	if (e && !det && s->kind == S_REL && s->unit == G_YEAR && s->off == -1 && tl_dg_lit(g, e, "'s")) {
		int o;
		guint oe = e + 1;
		if (tl_dg_ordinal(g, e + 1, &o, &oe) && o >= 1 && o <= 4 && tl_dg_lit(g, oe, "quarter"))
			s->quarter = o;
		else
			oe = e + 1;
		if (tl_dg_lit(g, oe, "quarter") || tl_dg_lit(g, oe, "period")) {
			s->by_quarter = TRUE;
			s->rule = "year-ago";
			return oe + 1;
		}
	}
	if (e)
		return e;
	tl_dsem_init(s);
	if (d->flags & (LF_RECENT | LF_LATEST))
		return 0;
	int dir = d->ival == 0 ? 2 : d->ival;
	const TlDSense *w = tl_dg_sense(g, k, L_WEEKDAY);
	/* the previous Friday, the following Monday: from the last date
	 * mentioned ("down from the previous Friday" after "on Friday"); also
	 * without "the" right after "on" ("it happened on previous Tuesday") */
	if ((d->flags & LF_ANAPH) && (det || (i > 0 && tl_dg_lit(g, i - 1, "on"))) && d->ival != 0 && w &&
	    !(w->flags & (LF_PLURAL | LF_AMB))) {
		s->kind = S_ABS;
		s->type = TX_DATE;
		s->weekday = w->ival;
		s->gran = G_DAY;
		s->dir = d->ival;
		s->anaph = TRUE;
		s->rule = "anaphoric-weekday";
		return tl_dg_partafter(g, k + 1, s);
	}
	if (d->flags & LF_ANAPH)
		return 0;
	/* last Friday, next November, this spring, last Christmas; "next Thu",
	 * "last Sat." (an abbreviation that is also a word, capitalised; in
	 * lower case only one that is no other word: "next mon", not "last
	 * sat", "was last wed") */
	static const char *const only_days[] = {"mon", "tue", "tues", "thu", "thur", "thurs", "fri"};
	/* (and any, "this wed", "next sat 4pm", after "this" or "next" where
	 * the phrase ends: "last" before "wed" or "sat" is as often the
	 * verb's adverb) */
	guint wk = w && (w->flags & LF_ABBR) ? tl_dg_skipdot(g, k + 1) : k + 1;
	if (w && !(w->flags & LF_PLURAL) &&
	    (!(w->flags & LF_AMB) || (g->t[k].flags & TF_CAP) ||
	     tl_dg_lit_any(g, k, only_days, G_N_ELEMENTS(only_days)) ||
	     (d->ival >= 0 && tl_dg_lower_day_ends(g, wk)))) {
		s->kind = S_ABS;
		s->type = TX_DATE;
		s->weekday = w->ival;
		s->gran = G_DAY;
		s->dir = dir;
		s->rule = "deixis-weekday";
		return tl_dg_partafter(g, (w->flags & LF_ABBR) ? tl_dg_skipdot(g, k + 1) : k + 1, s);
	}
	const TlDSense *m = tl_dg_sense(g, k, L_MONTH);
	if (m && ((g->t[k].flags & TF_CAP) || !(m->flags & (LF_AMB | LF_ABBR)))) {
		s->kind = S_ABS;
		s->type = TX_DATE;
		s->month = m->ival;
		s->gran = G_MONTH;
		s->dir = dir;
		s->rule = "deixis-month";
		guint me = (m->flags & LF_ABBR) ? tl_dg_skipdot(g, k + 1) : k + 1;
		if (me < g->n && g->t[me].kind == T_NUM && g->t[me].num >= 1 &&
		    g->t[me].num <= tl_cal_days_in_month(2000, m->ival) && g->t[me].ndigits <= 2 &&
		    g->t[me].sfx != 's') {
			s->day = (int)g->t[me].num; /* last Oct. 23 */
			s->gran = G_DAY;
			me++;
		}
		return me;
	}
	/* "next Q1", "last q4", "this q2": a quarter's name after a word of
	 * direction, in either case */
	const TlDSense *qn = tl_dg_sense(g, k, L_QNAME);
	if (qn && !(k + 1 < g->n && g->t[k + 1].kind == T_NUM && g->t[k + 1].ndigits == 4)) {
		s->kind = S_ABS;
		s->type = TX_DATE;
		s->quarter = qn->ival;
		s->gran = G_QUARTER;
		s->dir = dir;
		s->rule = "deixis-quarter";
		return k + 1;
	}
	TlDSem in;
	tl_dsem_init(&in);
	guint ie = tl_dg_season(g, k, &in);
	if (!ie)
		ie = tl_dg_holiday(g, k, &in);
	if (ie && in.year == TL_NOYEAR) {
		*s = in;
		s->dir = dir;
		s->rule = in.hol ? "deixis-holiday" : "deixis-season";
		return ie;
	}
	const TlDSense *p = tl_dg_sense(g, k, L_PART);
	if (p && !(p->flags & LF_PLURAL) && p->sval[0] != 'D' && det && d->ival != 0) {
		s->kind = S_REL; /* the next morning, the previous evening */
		s->type = TX_DATE;
		s->unit = G_DAY;
		s->off = d->ival;
		s->anaph = TRUE;
		s->gran = G_DAY;
		s->part = tl_dg_part_code(p->sval);
		s->rule = "deixis-part";
		return k + 1;
	}
	if (p && !(p->flags & LF_PLURAL) && p->sval[0] != 'D' && d->ival == 0) {
		s->kind = S_REL;
		s->type = TX_DATE;
		s->unit = G_DAY;
		s->off = 0;
		s->gran = G_DAY;
		s->part = tl_dg_part_code(p->sval);
		s->rule = "deixis-part";
		return k + 1;
	}
	return 0;
}

/* The year after a quarter or half: "2021", "of 2021", "of fiscal (year)
 * 2021", "fiscal 2021", "FY21", "of FY2021", "of last year" (TimeML values a fiscal quarter
 * as the calendar one: "the fiscal first quarter" of 1989 is 1989-Q1). */
static guint
year_suffix(const TlDG *g, guint j, TlDSem *s)
{
	gint64 y;
	guint e;
	guint k = tl_dg_lit(g, j, "of") ? j + 1 : j;
	gboolean fiscal = FALSE;
	if (tl_dg_fyword(g, k, &y)) {
		s->year = y;
		s->fiscal = TRUE;
		return k + 1;
	}
	if (tl_dg_sense(g, k, L_FISCAL)) {
		fiscal = TRUE;
		k++;
		if (tl_dg_lit(g, k, "year"))
			k++;
	}
	if (tl_dg_year(g, k, TRUE, &y, &e)) {
		s->year = y;
		s->fiscal |= fiscal;
		return e;
	}
	/* "the fourth quarter, 2002", "first quarter, 1987,": a year in four
	 * figures after a comma, ending the phrase */
	if (!fiscal && k == j && tl_dg_punct(g, j, ',') && j + 1 < g->n && g->t[j + 1].kind == T_NUM &&
	    g->t[j + 1].ndigits == 4 && !g->t[j + 1].sfx && !(g->t[j + 1].flags & TF_NL) &&
	    g->t[j + 1].end - g->t[j + 1].start == 4 && tl_dg_year(g, j + 1, TRUE, &y, &e) && e == j + 2 &&
	    (e >= g->n || (g->t[e].flags & TF_NL) ||
	     (g->t[e].kind == T_PUNCT && strchr(".,;)", g->text[g->t[e].start])))) {
		s->year = y;
		return e;
	}
	/* the second half of next year, the third quarter of last year */
	return fiscal ? j : tl_dg_rel_year(g, j, s);
}

/* "the first day of May" is a date (o > 0; -1 is the last); "today is the eighth day of the
 * strike", "it's the second day of the offensive" equate the day with the
 * present one; "the eighth day of the strike" alone is a day of a sequence
 * whose start the text must give: a date of unknown value. */
static guint
nth_day(const TlDG *g, guint i, guint e, int o, TlDSem *s)
{
	if (o > 0 && tl_dg_lit(g, e, "of")) {
		TlDSem in;
		tl_dsem_init(&in);
		guint me = tl_dg_month(g, e + 1, &in);
		if (me && in.kind == S_ABS && in.month && !in.day && !in.weekday && !in.mod &&
		    !in.hol && o <= tl_cal_days_in_month(in.year == TL_NOYEAR ? 2000 : in.year, in.month)) {
			*s = in;
			s->day = o;
			s->gran = G_DAY;
			s->rule = "nth-day-of-month";
			return me;
		}
		/* "the first day of next January": a month told from the
		 * reference */
		tl_dsem_init(&in);
		me = tl_dg_sense(g, e + 1, L_DEIXIS) ? tl_dg_deixis(g, e + 1, &in) : 0;
		if (me && in.kind == S_ABS && in.month && !in.day && !in.weekday && !in.mod && !in.hol &&
		    in.rule && strcmp(in.rule, "deixis-month") == 0 &&
		    o <= tl_cal_days_in_month(2000, in.month)) {
			*s = in;
			s->day = o;
			s->gran = G_DAY;
			s->rule = "nth-day-of-month";
			return me;
		}
		/* "the first day of 1998", "the 100th day of 2020": a day of a
		 * year in figures */
		gint64 y;
		guint ye;
		if (e + 1 < g->n && g->t[e + 1].kind == T_NUM && g->t[e + 1].ndigits == 4 &&
		    tl_dg_year(g, e + 1, FALSE, &y, &ye) && o <= (tl_cal_valid(y, 2, 29) ? 366 : 365) &&
		    !(ye < g->n && g->t[ye].kind == T_WORD && !(g->t[ye].flags & TF_CAP) &&
		      tl_dg_plain(g, ye))) {
			int m, d;
			tl_cal_from_days(tl_cal_to_days(y, 1, 1) + o - 1, &y, &m, &d);
			tl_dsem_init(s);
			s->kind = S_ABS;
			s->type = TX_DATE;
			s->year = y, s->month = m, s->day = d;
			s->gran = G_DAY;
			s->rule = "nth-day-of-year";
			return ye;
		}
	}
	s->type = TX_DATE;
	s->rule = "nth-day";
	if (i > 0 && (tl_dg_lit(g, i - 1, "is") || tl_dg_lit(g, i - 1, "'s"))) {
		s->kind = S_REL;
		s->unit = G_DAY;
		s->off = 0;
		s->gran = G_DAY;
		return e;
	}
	s->kind = S_VALUE;
	g_strlcpy(s->val, "XXXX-XX-XX", sizeof s->val);
	return e;
}

/* The month after "the last day of", "the first week of": a month ("July",
 * "March 2024") or the month told from the reference ("the month", "next
 * month").  Its end, with it in *s; 0 when none. */
static guint
month_of(const TlDG *g, guint k, TlDSem *s)
{
	TlDSem in;
	tl_dsem_init(&in);
	guint me = tl_dg_month(g, k, &in);
	if (me && in.kind == S_ABS && in.month && !in.day && !in.weekday && !in.mod && !in.hol) {
		*s = in;
	} else if (tl_dg_lit(g, k, "month") && !tl_dg_hyph(g, k)) {
		s->kind = S_REL;
		s->unit = s->gran = G_MONTH;
		s->off = 0;
		me = k + 1;
	} else {
		tl_dsem_init(&in);
		me = tl_dg_deixis(g, k, &in);
		if (!me || in.kind != S_REL || in.unit != G_MONTH || in.gran != G_MONTH || in.mod ||
		    in.anaph)
			return 0;
		*s = in;
	}
	s->type = TX_DATE;
	return me;
}

/* "the last day of July", "last day of the month", "the last day of next
 * month": the month, its last day set once it is resolved (engine.c). */
static guint
last_day_of(const TlDG *g, guint k, TlDSem *s)
{
	guint me = month_of(g, k, s);
	if (me) {
		s->last_day = TRUE;
		s->rule = "last-day-of-month";
		return me;
	}
	/* "the last day of 1998": December 31 of a year in figures */
	gint64 y;
	guint ye;
	if (k < g->n && g->t[k].kind == T_NUM && g->t[k].ndigits == 4 &&
	    tl_dg_year(g, k, FALSE, &y, &ye) &&
	    !(ye < g->n && g->t[ye].kind == T_WORD && !(g->t[ye].flags & TF_CAP) &&
	      tl_dg_plain(g, ye))) {
		tl_dsem_init(s);
		s->kind = S_ABS;
		s->type = TX_DATE;
		s->year = y, s->month = 12, s->day = 31;
		s->gran = G_DAY;
		s->rule = "last-day-of-year";
		return ye;
	}
	return 0;
}

/* The first (second...) or last week of a month: the ISO week that holds
 * its 4th (11th...) day, or the day three before its end ("the last week of
 * June 2024" is 2024-W26): the week of its first (second...) or last
 * Thursday, as the week of a month told from the reference ("the last week
 * of the month") is found once the month is known.  Its weekend: the one of
 * its first (last...) Saturday ("the last weekend of October 2024" is
 * 2024-W43-WE). */
static guint
nth_week(const TlDG *g, guint k, int o, gboolean weekend, TlDSem *s)
{
	guint me = month_of(g, k, s);
	if (!me)
		return 0;
	s->week_of = TRUE;
	s->rule = weekend ? "nth-weekend-of-month" : "nth-week-of-month";
	s->weekend = weekend;
	if (weekend || s->kind == S_REL) {
		s->nth = o; /* (engine.c) */
		s->nth_weekday = weekend ? 6 : 4;
		return me;
	}
	int last = tl_cal_days_in_month(s->year == TL_NOYEAR ? 2001 : s->year, s->month);
	s->day = o < 0 ? last - 3 : 7 * (o - 1) + 4;
	s->gran = G_DAY;
	return me;
}

/* The year at k, in figures or told from the reference ("2027", "this
 * year", "next year"), set on s as an absolute year; its end, or 0. */
static guint
year_at(const TlDG *g, guint k, TlDSem *s)
{
	gint64 y;
	guint ye;
	TlDSem in;
	tl_dsem_init(&in);
	if (k < g->n && g->t[k].kind == T_NUM && g->t[k].ndigits == 4 && tl_dg_year(g, k, FALSE, &y, &ye) &&
	    !(ye < g->n && g->t[ye].kind == T_WORD && !(g->t[ye].flags & TF_CAP) && tl_dg_plain(g, ye))) {
		s->kind = S_ABS;
		s->year = y;
	} else if ((ye = tl_dg_deixis(g, k, &in)) && in.kind == S_REL && in.unit == G_YEAR &&
	           in.gran == G_YEAR && !in.mod && !in.anaph) {
		s->kind = S_ABS;
		s->yrel = TRUE;
		s->off = in.off;
	} else {
		return 0;
	}
	return ye;
}

/* The third (last) month of a year: "the third month of 2021", "the last
 * month of this year" is that month.  k is after "of"; its end, or 0. */
static guint
nth_month_of_year(const TlDG *g, guint k, int o, TlDSem *s)
{
	guint ye = year_at(g, k, s);
	if (!ye)
		return 0;
	s->type = TX_DATE;
	s->month = o < 0 ? 12 : o;
	s->gran = G_MONTH;
	s->rule = "nth-month-of-year";
	return ye;
}

/* The first (second...) or last week of a year: "the third week of 2027",
 * "the first week of this year", "the third week next year", "the last
 * week of 2015": the ISO week of its 4th (11th...) January, or of December
 * 28 (2015-W53).  k is after "of" (or after the unit); its end, or 0. */
static guint
nth_week_of_year(const TlDG *g, guint k, int o, TlDSem *s)
{
	guint ye = year_at(g, k, s);
	if (!ye)
		return 0;
	s->type = TX_DATE;
	s->month = o < 0 ? 12 : 1;
	s->day = o < 0 ? 28 : 7 * (o - 1) + 4;
	s->gran = G_DAY;
	s->week_of = TRUE;
	s->rule = "nth-week-of-year";
	return ye;
}

/* "2Q24", "3Q 2023", "1H 2023", "2H23": a count, then a capital Q or H
 * joined to it and the year, joined too or after it.  The year is required:
 * "1H" alone is as often a chemist's hydrogen. */
static guint
number_quarter(const TlDG *g, guint i, TlDSem *s)
{
	const TlDTok *t = &g->t[i];
	if (t->kind != T_NUM || t->ndigits != 1 || t->sfx || i + 1 >= g->n)
		return 0;
	const TlDTok *w = &g->t[i + 1];
	if (w->kind != T_WORD || (w->flags & TF_SPACE) || !(w->flags & TF_CAP) ||
	    (w->low[0] != 'q' && w->low[0] != 'h'))
		return 0;
	gboolean q = w->low[0] == 'q';
	size_t nd = strspn(w->low + 1, "0123456789");
	if (t->num < 1 || t->num > (q ? 4 : 2) || w->low[1 + nd] != '\0' || (nd != 0 && nd != 2))
		return 0;
	s->kind = S_ABS;
	s->type = TX_DATE;
	if (q)
		s->quarter = (int)t->num, s->gran = G_QUARTER;
	else
		s->half = (int)t->num, s->gran = G_HALF;
	s->rule = "quarter-number";
	if (nd) {
		s->year = tl_dg_two_digit_year((w->low[1] - '0') * 10 + (w->low[2] - '0'));
		return i + 2;
	}
	guint e = year_suffix(g, i + 2, s);
	return s->year != TL_NOYEAR || s->yrel ? e : 0;
}

/* "the first Tuesday of November", "the last Friday in May 2024": the
 * month, its nth weekday taken once the month is resolved (engine.c);
 * "the first Monday of every month" is a set.  k is the weekday's token,
 * o the ordinal (-1 last). */
static guint
nth_weekday(const TlDG *g, gboolean det, int o, guint k, TlDSem *s)
{
	const TlDSense *wd = tl_dg_sense(g, k, L_WEEKDAY);
	/* (also "3rd Wednesday in November", "the third Thursday this September") */
	gboolean of = tl_dg_lit(g, k + 1, "of") || tl_dg_lit(g, k + 1, "in");
	if (!wd || (wd->flags & (LF_PLURAL | LF_AMB)) || o == 0 || o < -1 || o > 5 ||
	    !(of || tl_dg_sense(g, k + 1, L_DEIXIS)))
		return 0;
	guint mk = of ? k + 2 : k + 1;
	if (of && det && (tl_dg_lit(g, k + 2, "every") || tl_dg_lit(g, k + 2, "each")) &&
	    tl_dg_lit(g, k + 3, "month")) {
		s->kind = S_SET;
		s->type = TX_SET;
		g_strlcpy(s->val, "P1M", sizeof s->val);
		s->quant = "EVERY";
		s->rule = "nth-weekday-every-month";
		return k + 4;
	}
	TlDSem in;
	tl_dsem_init(&in);
	guint me = tl_dg_month(g, mk, &in);
	/* "the first Monday of next month", "the third Thursday this
	 * September": a deictic month (or "the month", the reference's: "the
	 * last Friday of the month") */
	if (!me && (tl_dg_sense(g, mk, L_DEIXIS) ||
	            (tl_dg_lit(g, mk, "the") && tl_dg_lit(g, mk + 1, "month")))) {
		tl_dsem_init(&in);
		me = tl_dg_deixis(g, mk, &in);
		if (me && in.kind == S_REL && in.unit == G_MONTH && !in.anaph && !in.mod) {
			in.gran = G_MONTH;
		} else if (!(me && in.kind == S_ABS && in.month && in.rule &&
		             strcmp(in.rule, "deixis-month") == 0))
			return 0;
	} else if (!me || in.kind != S_ABS || !in.month || in.day || in.weekday || in.mod || in.hol)
		return 0;
	*s = in;
	s->nth = o;
	s->nth_weekday = wd->ival;
	s->rule = "nth-weekday-of-month";
	return me;
}

guint
tl_dg_ordunit(const TlDG *g, guint i, TlDSem *s)
{
	if (g->t[i].kind == T_NUM && !g->t[i].sfx)
		return number_quarter(g, i, s);
	guint j = i;
	gboolean det = tl_dg_lit(g, j, "the");
	if (det)
		j++;
	if (tl_dg_sense(g, j, L_FISCAL))
		s->fiscal = TRUE, j++;
	s->kind = S_ABS;
	s->type = TX_DATE;
	/* Q3 2021, H1 */
	const TlDSense *qn = tl_dg_sense(g, j, L_QNAME);
	const TlDSense *hn = tl_dg_sense(g, j, L_HNAME);
	if (qn || hn) {
		if (qn)
			s->quarter = qn->ival, s->gran = G_QUARTER;
		else
			s->half = hn->ival, s->gran = G_HALF;
		s->rule = "quarter-name";
		/* "Q1-2019": joined by a dash to its year */
		guint ys = j + 1;
		if (tl_dg_punct(g, j + 1, '-') && !(g->t[j + 1].flags & TF_SPACE) && j + 2 < g->n &&
		    !(g->t[j + 2].flags & TF_SPACE) && g->t[j + 2].kind == T_NUM && g->t[j + 2].ndigits == 4)
			ys = j + 2;
		guint e = year_suffix(g, ys, s);
		if (e == ys)
			e = j + 1;
		/* "q3 2019" in lower case only before its year */
		if (!(g->t[j].flags & TF_CAP) && (e == j + 1 || s->year == TL_NOYEAR))
			return 0;
		/* a bare H1, H2 is hydrogen as often ("in 100% H2", "the H2
		 * molecule"): a half only after a preposition of time */
		static const char *const preps[] = {"in", "for", "during", "by", "since", "until", "of"};
		if (hn && e == j + 1 && !s->fiscal && !(i > 0 && tl_dg_lit_any(g, i - 1, preps, G_N_ELEMENTS(preps))))
			return 0;
		return e;
	}
	int o;
	guint oe;
	if (!tl_dg_ordinal(g, j, &o, &oe)) {
		const TlDSense *last = tl_dg_sense(g, j, L_ORD);
		/* "last day of July" needs no article; nor "last week of 2016"
		 * with a year in figures after it (not "last week of trading"),
		 * "last week of July" (in lower case a month that is no other
		 * word: "last week of july"), nor "last Wednesday of December" */
		if (!last || !(last->flags & LF_LAST))
			return 0;
		const TlDSense *wm = tl_dg_sense(g, j + 3, L_MONTH);
		const TlDTok *wt = j + 3 < g->n ? &g->t[j + 3] : NULL;
		gboolean may_end = wm && (wm->flags & LF_AMB) && !(wm->flags & LF_ABBR) && j + 4 < g->n &&
		                   g->t[j + 4].kind == T_PUNCT && strchr(".,;!?", g->text[g->t[j + 4].start]);
		gboolean week_of = tl_dg_lit(g, j + 1, "week") && tl_dg_lit(g, j + 2, "of") && wt &&
		                   ((wt->kind == T_NUM && wt->ndigits == 4 && !wt->sfx) ||
		                    (wm && ((wt->flags & TF_CAP) || !(wm->flags & (LF_AMB | LF_ABBR)) ||
		                            may_end)));
		if (!det && !(tl_dg_lit(g, j + 1, "day") && tl_dg_lit(g, j + 2, "of")) &&
		    !(tl_dg_sense(g, j + 1, L_WEEKDAY) && tl_dg_lit(g, j + 2, "of") && wm) && !week_of)
			return 0;
		o = -1, oe = j + 1;
	}
	guint k = oe;
	guint we = nth_weekday(g, det, o, k, s);
	if (we)
		return we;
	if (tl_dg_hyph(g, k))
		k++;
	if (tl_dg_sense(g, k, L_FISCAL))
		s->fiscal = TRUE, k++;
	/* the first nine months */
	double v;
	guint ne;
	TlDGran u;
	gboolean plural;
	guint e;
	if (o == 1 && tl_dg_number(g, k, FALSE, &v, &ne) && tl_dg_unit(g, ne, &u, &plural, &e) &&
	    plural && !isnan(v)) {
		s->kind = S_DUR;
		s->type = TX_DURATION;
		tl_dg_format_dur(s->dur, sizeof s->dur, v, u);
		s->rule = "first-n-units";
		return e;
	}
	if (tl_dg_lit(g, k, "half") && (o == 1 || o == 2 || o == -1)) {
		/* the first half of the 1990s, the last half of the '80s, the
		 * second half of March 1987: the decade's (century's, month's)
		 * start or end */
		TlDSem in;
		tl_dsem_init(&in);
		guint ye = tl_dg_lit(g, k + 1, "of") ? tl_dg_yearpat(g, k + 2, &in) : 0;
		if (ye && in.kind == S_ABS && (in.gran == G_DECADE || in.gran == G_CENTURY) && !in.mod) {
			*s = in;
			s->mod = o == 1 ? "START" : "END";
			s->rule = "half-of-decade";
			return ye;
		}
		tl_dsem_init(&in);
		guint me = tl_dg_lit(g, k + 1, "of") ? tl_dg_month(g, k + 2, &in) : 0;
		if (me && in.kind == S_ABS && in.month && !in.day && !in.weekday && !in.mod && !in.hol) {
			*s = in;
			s->mod = o == 1 ? "START" : "END";
			s->rule = "half-of-month";
			return me;
		}
		/* the second half of the month, the first half of next week:
		 * that month's (week's) start or end, not the year's half */
		tl_dsem_init(&in);
		guint de = tl_dg_lit(g, k + 1, "of") ? tl_dg_deixis(g, k + 2, &in) : 0;
		if (de && in.kind == S_REL && (in.unit == G_MONTH || in.unit == G_WEEK) &&
		    in.gran == in.unit && !in.mod) {
			*s = in;
			s->mod = o == 1 ? "START" : "END";
			s->rule = "half-of-unit";
			return de;
		}
		if (tl_dg_sense(g, k + 1, L_UNIT))
			return 0; /* "the last half hour" (tl_dg_count's) */
		s->half = o < 0 ? 2 : o;
		s->gran = G_HALF;
		s->rule = "half";
		ye = year_suffix(g, k + 1, s);
		/* "the second half of the season": a half of something else
		 * ("of the year", "of this year" stay the year's) */
		guint n2 = tl_dg_lit(g, k + 2, "the") ? k + 3 : k + 2;
		if (ye == k + 1 && tl_dg_lit(g, k + 1, "of") && n2 < g->n && g->t[n2].kind == T_WORD &&
		    !tl_dg_sense(g, n2, L_UNIT) && !tl_dg_sense(g, n2, L_DEIXIS) &&
		    !tl_dg_sense(g, n2, L_FISCAL))
			return 0;
		return ye;
	}
	/* the 17th and 18th centuries, the 5th to 4th centuries BC: two
	 * centuries, the first ending at its ordinal */
	static const char *const joins[] = {"and", "or", "to", "through", "-", "\xe2\x80\x93"};
	int o2;
	guint oe2, e2;
	gboolean first = det && tl_dg_lit_any(g, oe, joins, G_N_ELEMENTS(joins)) &&
	                 tl_dg_ordinal(g, oe + 1, &o2, &oe2) &&
	                 tl_dg_unit(g, oe2, &u, &plural, &e2) && plural &&
	                 (u == G_CENTURY || u == G_MILLENNIUM);
	gboolean second = !det && j >= 3 && tl_dg_lit_any(g, j - 1, joins, G_N_ELEMENTS(joins)) &&
	                  tl_dg_ordinal(g, j - 2, &o2, &oe2) && oe2 == j - 1 &&
	                  tl_dg_lit(g, j - 3, "the");
	if (first) {
		const TlDSense *era = tl_dg_sense(g, e2, L_ERA);
		s->year = era && strcmp(era->sval, "BC") == 0 && !(era->flags & LF_WEAK)
		                  ? 1 - o * (u == G_CENTURY ? 100 : 1000)
		                  : (gint64)(o - 1) * (u == G_CENTURY ? 100 : 1000);
		s->gran = u;
		s->rule = "century";
		return o > 0 && o < 100 ? oe : 0;
	}
	if (!tl_dg_unit(g, k, &u, &plural, &e) ||
	    (plural && !(second && (u == G_CENTURY || u == G_MILLENNIUM))))
		return 0;
	if (tl_dg_hyph(g, e))
		return 0; /* "their third day-long meeting" */
	if (u == G_DAY && o > 0)
		return nth_day(g, i, e, o, s);
	if (u == G_DAY && o == -1 && tl_dg_lit(g, e, "of")) {
		guint le = last_day_of(g, e + 1, s);
		if (le)
			return le;
		tl_dsem_init(s);
	}
	/* "on the last day of the convention", "the last day for trading":
	 * the final day of something, as "the first day of the strike" (not
	 * yesterday; "over the last day" is a span, below) */
	static const char *const spanned[] = {"in", "over", "during", "within", "for", "past"};
	if (u == G_DAY && o == -1 && det && !plural && !(i > 0 && tl_dg_lit_any(g, i - 1, spanned, G_N_ELEMENTS(spanned))))
		return nth_day(g, i, e, o, s);
	/* (without "the" before a month's name: "first week of Jan 2015") */
	if ((u == G_WEEK || u == G_WEEKEND) && (det || tl_dg_sense(g, e + 1, L_MONTH)) &&
	    (o == -1 || (o >= 1 && o <= 4)) && tl_dg_lit(g, e, "of")) {
		guint nwe = nth_week(g, e + 1, o, u == G_WEEKEND, s);
		if (nwe || u != G_WEEK)
			return nwe;
		tl_dsem_init(s);
	}
	/* the third week of 2027, (the) first week of this year, the third
	 * week next year */
	if (u == G_WEEK && (o == -1 || (o >= 1 && o <= 4))) {
		guint yk = tl_dg_lit(g, e, "of") ? e + 1 : det ? e : 0;
		guint ywe = yk ? nth_week_of_year(g, yk, o, s) : 0;
		if (ywe)
			return ywe;
		tl_dsem_init(s);
	}
	if (u == G_MONTH && det && (o == -1 || (o >= 1 && o <= 12)) && tl_dg_lit(g, e, "of")) {
		guint me = nth_month_of_year(g, e + 1, o, s);
		if (me)
			return me;
		tl_dsem_init(s);
	}
	if (u == G_DECADE && det && (o == -1 || (o >= 1 && o <= 10)) && tl_dg_lit(g, e, "of")) {
		/* the first decade of the 21st century: 200 */
		TlDSem in;
		tl_dsem_init(&in);
		guint ce = tl_dg_ordunit(g, e + 1, &in);
		if (!ce || in.kind != S_ABS || in.gran != G_CENTURY || in.year < 0 || in.mod)
			return 0;
		*s = in;
		s->year = in.year + 10 * (o < 0 ? 9 : o - 1);
		s->gran = G_DECADE;
		s->rule = "decade-of-century";
		return ce;
	}
	if (u == G_QUARTER && o >= -1 && o <= 4 && o != 0) {
		s->quarter = o < 0 ? 4 : o;
		s->gran = G_QUARTER;
		s->rule = "quarter";
	} else if (u == G_HALF || (u != G_QUARTER && tl_dg_lit(g, k, "half"))) {
		return 0;
	} else if ((u == G_CENTURY || u == G_MILLENNIUM) && o > 0 && o < 100) {
		/* the 5th century BC is 500 to 401 BC, the years -499 to -400 */
		gint64 span = u == G_CENTURY ? 100 : 1000;
		const TlDSense *era = tl_dg_sense(g, e, L_ERA);
		gboolean bc = era && strcmp(era->sval, "BC") == 0;
		if (era && (!(era->flags & LF_WEAK) || (g->t[e].flags & TF_ALLCAP)))
			e++;
		else
			bc = FALSE;
		s->year = bc ? 1 - o * span : (gint64)(o - 1) * span;
		s->gran = u;
		s->rule = "century";
		return e;
	} else
		return 0;
	return year_suffix(g, e, s);
}
