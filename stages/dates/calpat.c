/*
 * Calendar patterns: month and day forms ("April 26, 2024", "26 April",
 * "the 26th of April", "19-Nov-12"), weekdays, seasons, holidays and years.
 * Words that are also ordinary English ("May", "March", "fall") are taken
 * as dates only with date context around them.
 */
#include <math.h>
#include <string.h>
#include "tl/calendar.h"
#include "grammar.h"

static const char *const part_codes[] = {NULL, "MO", "AF", "EV", "NI", "DT"};

int
tl_dg_part_code(const char *code)
{
	for (int k = 1; k < (int)G_N_ELEMENTS(part_codes); k++)
		if (strcmp(part_codes[k], code) == 0)
			return k;
	return 0;
}

/* "in the morning", "in the evening", "at night" after a clock ("at 3 in
 * the morning"): the end of the phrase and its part (MO..NI), else 0. */
guint
tl_dg_clock_part(const TlDG *g, guint j, int *part)
{
	guint k;
	if (tl_dg_lit(g, j, "in") && tl_dg_lit(g, j + 1, "the"))
		k = j + 2;
	else if (tl_dg_lit(g, j, "at") && tl_dg_lit(g, j + 1, "night"))
		k = j + 1;
	else
		return 0;
	const TlDSense *p = tl_dg_sense(g, k, L_PART);
	if (!p || (p->flags & LF_PLURAL) || p->sval[0] == 'D')
		return 0;
	*part = tl_dg_part_code(p->sval);
	return k + 1;
}

/* A 12-hour clock in a part of the day: "3 in the afternoon" is 15:00,
 * "10 at night" 22:00, "12 in the morning" 00:00. */
void
tl_dg_clock_in_part(TlDSem *s, int part)
{
	if (s->hour < 1 || s->hour > 12)
		return;
	int af = tl_dg_part_code("AF"), ev = tl_dg_part_code("EV"), ni = tl_dg_part_code("NI");
	if ((part == af || part == ev) && s->hour < 12)
		s->hour += 12;
	else if (part == ni && s->hour >= 6 && s->hour < 12)
		s->hour += 12;
	else if (part == tl_dg_part_code("MO") && s->hour == 12)
		s->hour = 0;
	else if ((part == ev || part == ni) && s->hour == 12)
		s->hour = 24; /* "12 at night": midnight, the day's end */
	s->hour12 = FALSE;
}

/* "early"/"late" before a part of the day, with or without a dash
 * ("early-morning", "late night"): the token of the part, else i. */
static guint
part_after_early(const TlDG *g, guint i)
{
	if (!tl_dg_lit(g, i, "early") && !tl_dg_lit(g, i, "late"))
		return i;
	return tl_dg_hyph(g, i + 1) ? i + 2 : i + 1;
}

/* A singular part of the day (not "daytime") at k: its code, else 0. */
static int
part_word(const TlDG *g, guint k)
{
	const TlDSense *p = tl_dg_sense(g, k, L_PART);
	if (!p || (p->flags & LF_PLURAL) || p->sval[0] == 'D')
		return 0;
	return tl_dg_part_code(p->sval);
}

guint
tl_dg_partafter(const TlDG *g, guint i, TlDSem *s)
{
	/* (every word below is a date or function word, or a comma) */
	if (i >= g->n || (!g->t[i].cats && g->t[i].kind != T_PUNCT))
		return i;
	int part = part_word(g, i);
	if (part) {
		s->part = part;
		return i + 1;
	}
	/* "Tuesday early-morning", "Tuesday late night" */
	guint k = part_after_early(g, i);
	if (k > i && (part = part_word(g, k)) && tl_dg_part_ends(g, k + 1)) {
		s->part = part;
		return k + 1;
	}
	/* "Tuesday in the morning", "on Tuesday, in the late evening" (not
	 * "Friday in the morning session") */
	guint in = tl_dg_punct(g, i, ',') ? i + 1 : i;
	if (tl_dg_lit(g, in, "in") && tl_dg_lit(g, in + 1, "the")) {
		k = part_after_early(g, in + 2);
		if ((part = part_word(g, k)) && tl_dg_part_ends(g, k + 1)) {
			s->part = part;
			return k + 1;
		}
	}
	/* "Tuesday AM", "Feb 5 PM": capitals only (not "I am") */
	const TlDSense *ap = tl_dg_sense(g, i, L_AMPM);
	if (ap && i < g->n && g_ascii_isupper(g->text[g->t[i].start]) &&
	    (g->t[i].end - g->t[i].start == 2 || g->text[g->t[i].start + 1] == '.') &&
	    tl_dg_part_ends(g, i + 1)) {
		s->part = tl_dg_part_code(strcmp(ap->sval, "am") == 0 ? "MO" : "AF");
		return i + 1;
	}
	return i;
}

/*
 * "in the morning", "during the late evening": a part of the day said with
 * "the" after "in" or "during" is a time of its day, which it takes from a
 * date next to it ("in the morning of this Tuesday", "in the afternoon,
 * this Friday") or else from the reference, as a clock time does (engine.c).
 * i is "the"; the end of the match, else 0.  Not "in the morning session",
 * nor plural ("in the evenings" is habitual).
 */
#define PART_WINDOW 60
guint
tl_dg_part_bare(const TlDG *g, guint i, TlDSem *s)
{
	/* (or "early" or "late" with no "the": "in late afternoon") */
	gboolean the = tl_dg_lit(g, i, "the");
	if (i == 0 || !(the || tl_dg_lit(g, i, "early") || tl_dg_lit(g, i, "late")) ||
	    !(tl_dg_lit(g, i - 1, "in") || tl_dg_lit(g, i - 1, "during")))
		return 0;
	guint k = part_after_early(g, the ? i + 1 : i);
	if (!the && k == i)
		return 0;
	int part = part_word(g, k);
	/* "in the evenings", "in the early mornings": a custom, the part of
	 * every day (not "in the mornings session", a name, a plural noun's
	 * head) */
	const TlDSense *pl = part ? NULL : tl_dg_sense(g, k, L_PART);
	if (pl && (pl->flags & LF_PLURAL) && pl->sval[0] != 'D' && !(g->t[k].flags & TF_CAP) &&
	    tl_dg_part_ends(g, k + 1) && !tl_dg_hyph(g, k + 1) && !tl_dg_lit(g, k + 1, "time")) {
		s->kind = S_SET;
		s->type = TX_SET;
		g_snprintf(s->val, sizeof s->val, "XXXX-XX-XXT%s", pl->sval);
		s->rule = "part-plural";
		return k + 1;
	}
	/* "in the night-time": the night, its hyphen and "time" one word */
	guint tk = 0;
	if (part && tl_dg_lit(g, k, "night") && tl_dg_hyph(g, k + 1) && tl_dg_lit(g, k + 2, "time") &&
	    !(g->t[k + 1].flags & TF_SPACE) && !(g->t[k + 2].flags & TF_SPACE))
		tk = 2;
	/* not a name ("Imus in the Morning"), nor "the late night time slot" */
	if (!part || !tl_dg_part_ends(g, k + tk + 1) || tl_dg_hyph(g, k + tk + 1) ||
	    (g->t[k].flags & TF_CAP) || tl_dg_lit(g, k + tk + 1, "time"))
		return 0;
	/* a custom has no day: "we used to go in the morning", "they usually
	 * come in the evening", "whenever I went ... in the morning" */
	static const char *const habit[] = {"used", "usually", "whenever", "often", "always",
	                                    "generally", "normally", "typically", "daily",
	                                    "routine", "every", "each"};
	/* nor a story told in the first person and the past, whose day is the
	 * story's ("He told me to be ready in the morning"), unless it is talk
	 * of plans ("I'll call you in the morning") */
	static const char *const first[] = {"i", "me", "my"};
	static const char *const past[] = {"was", "were", "had", "did", "told", "said", "went",
	                                   "came", "got", "took", "thought", "knew", "asked"};
	static const char *const plan[] = {"'ll", "let's", "\xe2\x80\x99ll", "let\xe2\x80\x99s"};
	gboolean told = FALSE, planned = FALSE, pastf = FALSE;
	/* (PART_WINDOW tokens each way at most: a walk of the whole sentence
	 * made "in the morning" said 5,000 times in one sentence, or in
	 * sentences past the 65,535th, which share one number, quadratic) */
	guint sent = g->t[i].sent, j0 = i;
	while (j0 > 0 && g->t[j0 - 1].sent == sent && i - j0 < PART_WINDOW)
		j0--;
	for (guint j = j0; j < g->n && g->t[j].sent == sent && j <= k + tk + PART_WINDOW; j++) {
		if (j >= i && j <= k + tk)
			continue;
		if (tl_dg_lit_any(g, j, habit, G_N_ELEMENTS(habit)))
			return 0;
		told = told || tl_dg_lit_any(g, j, first, G_N_ELEMENTS(first));
		planned = planned || tl_dg_lit_any(g, j, plan, G_N_ELEMENTS(plan));
		pastf = pastf || tl_dg_lit_any(g, j, past, G_N_ELEMENTS(past)) ||
		        (g->t[j].kind == T_WORD && g->t[j].lowlen >= 5 &&
		         strcmp(g->t[j].low + g->t[j].lowlen - 2, "ed") == 0);
	}
	if (told && pastf && !planned)
		return 0;
	s->kind = S_ABS;
	s->type = TX_TIME;
	s->part = part;
	s->gran = G_PART;
	if (k > i + the)
		s->mod = tl_dg_lit(g, i + the, "early") ? "START" : "END";
	s->rule = "part-bare";
	return k + tk + 1;
}

/* Words before an ambiguous month or season that make it a date. */
static gboolean
date_context_before(const TlDG *g, guint i)
{
	if (i == 0)
		return FALSE;
	const TlDTok *p = &g->t[i - 1];
	if (tl_dg_hyph(g, i - 1))
		return TRUE; /* mid-May */
	static const char *const ok[] = {"in", "since", "until", "till", "by", "during", "from",
	                                 "to", "before", "after", "between", "through", "of",
	                                 "early", "mid", "late", "last", "next", "this", "on",
	                                 "and", "or", "that", "each", "every", "the", "since",
	                                 "until", "around", "throughout", "into", "ending",
	                                 "end", "beginning", "start", "middle", "past", "coming",
	                                 "for"};
	if (p->kind != T_WORD)
		return FALSE;
	for (size_t k = 0; k < G_N_ELEMENTS(ok); k++)
		if (strcmp(p->low, ok[k]) == 0)
			return TRUE;
	return FALSE;
}

static gboolean
day_ok(int m, int d, gint64 y)
{
	if (d < 1 || d > 31)
		return FALSE;
	if (y != TL_NOYEAR)
		return tl_cal_valid(y, m, d);
	return d <= tl_cal_days_in_month(2000, m);
}

/* A day number at i: 26, 26th, twenty-sixth. */
static gboolean
day_at(const TlDG *g, guint i, int *d, guint *end)
{
	if (i >= g->n)
		return FALSE;
	const TlDTok *t = &g->t[i];
	if (t->kind == T_NUM && t->num >= 1 && t->num <= 99 && t->ndigits <= 2 && (t->sfx != 's')) {
		/* not "May 5 percent", "March 3-2", "in May 5 years ago", "by the
		 * 21st week"; but "the June 30 quarter", "IN FEB 18 WEEK": a
		 * count of more than one takes a plural unit */
		TlDGran u;
		gboolean plural;
		guint ue;
		if (i + 1 < g->n && (tl_dg_punct(g, i + 1, '%') || tl_dg_lit(g, i + 1, "percent") ||
		                     (tl_dg_unit(g, i + 1, &u, &plural, &ue) &&
		                      (plural || t->num == 1 || t->sfx == 'o'))) &&
		    !(t->sfx == 'o' && tl_dg_lit(g, i + 1, "day") && tl_dg_lit(g, i + 2, "of")))
			return FALSE; /* (but "the 15th day of May") */
		*d = (int)t->num;
		*end = i + 1;
		return TRUE;
	}
	return tl_dg_ordinal(g, i, d, end) && *d <= 31;
}

gint64
tl_dg_two_digit_year(gint64 yy)
{
	return yy < 50 ? 2000 + yy : 1900 + yy;
}

/* The year after a month or a day-month: "2024", ", 2024", "of 2024". */
/* Words after "Aug 96" that leave 96 a year. */
static const char *const yy_next[] = {"at", "and", "or", "to", "until", "through", "till"};

static guint
year_after(const TlDG *g, guint j, TlDSem *s)
{
	gint64 y;
	guint e;
	guint k = j;
	if (tl_dg_punct(g, k, ',') || tl_dg_lit(g, k, "of"))
		k++;
	/* not in a row of figures: "Mar 1389 1390 1393" is a price table (a
	 * year before 1900 followed by another four-digit figure) */
	if (tl_dg_year(g, k, TRUE, &y, &e) &&
	    !(y < 1900 && e == k + 1 && e < g->n && g->t[e].kind == T_NUM &&
	      g->t[e].ndigits == 4 && !(g->t[e].flags & TF_NL))) {
		s->year = y;
		return e;
	}
	/* "Aug 96", "3 Aug 96", "3rd Feb 82", "Aug 9, 96": two digits after a
	 * month or its day that can be no day (after a month alone, 40 or
	 * more: "August 32" is an impossible day; not after a season: "fall
	 * 50 to 100 basis points"), ending the phrase (not "in Aug 96
	 * soldiers died"; after a month alone, not "on March 67 at 10 dlrs") */
	gboolean after_month = j > 0 && (tl_dg_sense(g, j - 1, L_MONTH) ||
	                                 (j > 1 && tl_dg_punct(g, j - 1, '.') &&
	                                  tl_dg_sense(g, j - 2, L_MONTH)));
	/* (a day before: "Aug 9, 96", "3 Aug 96") */
	gboolean after_day = j > 0 && (g->t[j - 1].kind == T_NUM ||
	                               (after_month && j > 1 && g->t[j - 2].kind == T_NUM));
	/* (any two digits after "of": "April of 87", "15 April of 05") */
	gboolean of = tl_dg_lit(g, j, "of");
	if ((after_day || after_month) && (k == j || of || (after_day && tl_dg_punct(g, j, ','))) &&
	    k < g->n && g->t[k].kind == T_NUM &&
	    g->t[k].ndigits == 2 && !g->t[k].sfx && (of || g->t[k].num > (after_day ? 31 : 39)) &&
	    (g->t[k].flags & TF_SPACE) &&
	    (k + 1 >= g->n || (g->t[k + 1].flags & TF_NL) ||
	     (g->t[k + 1].kind == T_PUNCT && !strchr("-/.:%", g->text[g->t[k + 1].start])) ||
	     (tl_dg_punct(g, k + 1, '.') && (k + 2 >= g->n || (g->t[k + 2].flags & (TF_SPACE | TF_NL)))) ||
	     /* (not after "of": "for the year ending June 30 of 12 to 15
	      * cts per share" is a figure) */
	     (after_day && !of && tl_dg_lit_any(g, k + 1, yy_next, G_N_ELEMENTS(yy_next))))) {
		s->year = tl_dg_two_digit_year(g->t[k].num);
		s->yy2 = TRUE;
		return k + 1;
	}
	/* '98 */
	if (tl_dg_punct(g, k, '\'') && k + 1 < g->n && g->t[k + 1].ndigits == 2 &&
	    !(g->t[k + 1].flags & TF_SPACE) && !g->t[k + 1].sfx) {
		s->year = tl_dg_two_digit_year(g->t[k + 1].num);
		return k + 2;
	}
	return j;
}

/* A year told relative to the reference after a month, day or season:
 * "June last year", "May 5 of next year", "the summer of last year".  Sets
 * s->yrel and s->off; the end, or j. */
guint
tl_dg_rel_year(const TlDG *g, guint j, TlDSem *s)
{
	guint k = tl_dg_lit(g, j, "of") ? j + 1 : j;
	const TlDSense *dx = tl_dg_sense(g, k, L_DEIXIS);
	if (s->year != TL_NOYEAR || !dx || (dx->flags & (LF_ANAPH | LF_SPAN | LF_RECENT | LF_LATEST)) ||
	    !tl_dg_lit(g, k + 1, "year"))
		return j;
	s->yrel = TRUE;
	s->off = dx->ival;
	return k + 2;
}

/* Is "the 1800s" a century?  Yes, but "the 2000s" is the decade 2000-2009,
 * the way it is named since (the first decade of a millennium). */
static gboolean
hundreds(gint64 y)
{
	return y % 100 == 0 && y % 1000 != 0;
}

static const TlDSense *
month_at(const TlDG *g, guint i, guint *end)
{
	const TlDSense *m = tl_dg_sense(g, i, L_MONTH);
	if (!m)
		return NULL;
	if ((m->flags & (LF_ABBR | LF_AMB)) && !(g->t[i].flags & TF_CAP))
		return NULL;
	*end = (m->flags & LF_ABBR) ? tl_dg_skipdot(g, i + 1) : i + 1;
	return m;
}

/* A month at i joined to numbers by a slash or dash ("2012/aug/10",
 * "8/oct/2012"): any case will do. */
static const TlDSense *
joined_month(const TlDG *g, guint i, guint *end)
{
	const TlDSense *m = tl_dg_sense(g, i, L_MONTH);
	if (!m)
		return NULL;
	*end = (m->flags & LF_ABBR) ? tl_dg_skipdot(g, i + 1) : i + 1;
	return m;
}

/* Words that follow a number but are never what it counts. */
static gboolean
function_word(const char *w)
{
	static const char *const fw[] = {
		"it", "he", "she", "they", "we", "i", "you", "the", "a", "an", "and", "or", "but",
		"when", "as", "that", "this", "which", "there", "to", "of", "in", "on", "at", "for",
		"with", "by", "from", "was", "were", "is", "are", "will", "would", "had", "has", "have",
		"its", "his", "her", "their", "our", "until", "till", "since", "after", "before", "so",
		"then"};
	for (size_t k = 0; k < G_N_ELEMENTS(fw); k++)
		if (strcmp(w, fw[k]) == 0)
			return TRUE;
	return FALSE;
}

/* TRUE when t reads as a 24-hour clock: four digits, 0000 to 2359, or 2400,
 * the end of a day ("expires at 2400 EST"). */
static gboolean
is_hhmm(const TlDTok *t)
{
	return t->kind == T_NUM && t->ndigits == 4 && !t->sfx &&
	       ((t->num / 100 <= 23 && t->num % 100 <= 59) || t->num == 2400);
}

/* Is token i "hours" or "hrs", the word of a 24-hour clock ("1400 hrs")? */
static gboolean
hours_word(const TlDG *g, guint i)
{
	return tl_dg_lit(g, i, "hrs") || tl_dg_lit(g, i, "hours");
}

/* Is token i what joins the two clocks of a range: "to", "and", "-"? */
static gboolean
clock_join(const TlDG *g, guint i)
{
	return tl_dg_lit(g, i, "to") || tl_dg_lit(g, i, "and") || tl_dg_punct(g, i, '-');
}

/*
 * Is the number at token k (its phrase ending at e) no year, though it
 * could be one outside 1900-2100: a clock or an amount that news writes
 * with four digits.  After "at" a clock ("will open at 1000", "INDICATIONS
 * AT 1500", "stood at 1044"; those years are "in 1066"); after a level's
 * "to" ("fell 508 points to 1738", "rose 200 to 1440 yen"); a clock with
 * its hours, zone or "local" near ("from 1800 to 2100 local Chicago time",
 * "until 1500 (1400 GMT)", "between 1700 and 2100 hrs"); a count or a
 * measure before its noun ("1300 megawatts", "1500 campus computer users";
 * not "the 1812 war").
 */
static gboolean
old_year_not(const TlDG *g, guint k, guint e, gboolean det)
{
	const TlDTok *t = &g->t[k];
	if (k > 0 && tl_dg_lit(g, k - 1, "at") && is_hhmm(t))
		return TRUE;
	if (k > 1 && tl_dg_lit(g, k - 1, "to") &&
	    (g->t[k - 2].kind == T_NUM || tl_dg_lit(g, k - 2, "points") || tl_dg_lit(g, k - 2, "point")))
		return TRUE;
	if (is_hhmm(t))
		for (guint w = e; w < g->n && w < e + 5; w++) {
			if (hours_word(g, w) || tl_dg_lit(g, w, "local") ||
			    (tl_dg_sense(g, w, L_TZ) && (g->t[w].flags & TF_ALLCAP)) ||
			    (tl_dg_punct(g, w, '(') && w + 1 < g->n && is_hhmm(&g->t[w + 1])))
				return TRUE;
			if (tl_dg_punct(g, w, '.') || tl_dg_punct(g, w, ';'))
				break;
		}
	return !det && e < g->n && g->t[e].kind == T_WORD && !(g->t[e].flags & TF_CAP) &&
	       !function_word(g->t[e].low) && !tl_dg_sense(g, e, L_ERA) && !(g->t[e].flags & TF_NL);
}

/* Is token i a lower-case word that is no function word: the noun an
 * ordinal before it counts ("the 10th floor", "the 5th anniversary")? */
static gboolean
before_noun(const TlDG *g, guint i)
{
	return i < g->n && g->t[i].kind == T_WORD && !(g->t[i].flags & TF_CAP) && !g->t[i].cats &&
	       !function_word(g->t[i].low);
}

static guint
finish_month(TlDSem *s, int month, int day, const char *rule)
{
	s->kind = S_ABS;
	s->type = TX_DATE;
	s->month = month;
	s->day = day;
	s->gran = day ? G_DAY : G_MONTH;
	s->rule = rule;
	return 0;
}

/* An impossible date ("31 February"): swallowed, with no timex. */
static void
impossible(TlDSem *s)
{
	s->kind = S_VALUE;
	s->val[0] = '\0';
	s->rule = "impossible";
}

/* Punctuation c at token k with no space on either side: the slash of
 * "10/August/2012", the dash of "Sep-2012". */
static gboolean
joined_punct(const TlDG *g, guint k, char c)
{
	return k + 1 < g->n && k > 0 && tl_dg_punct(g, k, c) && !(g->t[k].flags & TF_SPACE) &&
	       !(g->t[k + 1].flags & TF_SPACE);
}

/* "Jan 1, 2020 morning", "20th December morning": the part of the day
 * whose date ends at token e (not "the March 5 evening news"); the end. */
static guint
day_part(const TlDG *g, guint e, TlDSem *s)
{
	if (e >= g->n || (g->t[e].flags & TF_NL))
		return e;
	guint pe = tl_dg_partafter(g, e, s);
	if (pe > e &&
	    (pe >= g->n || g->t[pe].kind == T_PUNCT || g->t[pe].cats || (g->t[pe].flags & TF_NL)))
		return pe;
	s->part = 0;
	return e;
}

/* Day first: "26 April 2024", "the 26th of April", "19-Nov-12",
 * "10/August/2012". */
static guint
day_first(const TlDG *g, guint i, TlDSem *s)
{
	guint j = i;
	if (tl_dg_lit(g, j, "the"))
		j++;
	int d;
	guint e;
	if (!day_at(g, j, &d, &e))
		return 0;
	/* not an amount: "bought it for $12 December 27", "$ 12" */
	if (j > 0 && g->t[j - 1].kind == T_PUNCT && g->text[g->t[j - 1].start] == '$')
		return 0;
	gboolean ord = g->t[j].kind != T_NUM || g->t[j].sfx == 'o';
	if (j > i && !ord)
		return 0;
	guint k = e;
	gboolean hy = FALSE;
	/* "the 15th day of next month", "the twenty-third day of September" */
	if (ord && tl_dg_lit(g, k, "day") && tl_dg_lit(g, k + 1, "of"))
		k++;
	if (tl_dg_lit(g, k, "of"))
		k++;
	else if (tl_dg_hyph(g, k))
		k++, hy = TRUE;
	char sep = '-';
	if (!hy && k == e && !ord && joined_punct(g, k, '/'))
		k++, hy = TRUE, sep = '/';
	guint me;
	const TlDSense *m = sep == '/' ? joined_month(g, k, &me) : month_at(g, k, &me);
	if (!m && sep == '/')
		return 0;
	/* "the 1st of march", "15 of february": after a day in figures and
	 * "of" a month in any case ("the first of may be" stays a modal) */
	if (!m && k > e && !hy && g->t[j].kind == T_NUM)
		m = joined_month(g, k, &me);
	/* "14 nov 2023", "3 march 2021": a month in lower case between a day
	 * in figures and its year in figures */
	if (!m && k == e && !hy && g->t[j].kind == T_NUM && (m = joined_month(g, k, &me))) {
		TlDSem ys;
		tl_dsem_init(&ys);
		gint64 y;
		guint ye;
		if (!(me < g->n && g->t[me].kind == T_NUM && g->t[me].ndigits == 4 &&
		      tl_dg_year(g, me, TRUE, &y, &ye)))
			m = NULL;
	}
	/* "22 feb", "3rd march", "third of march", "22-feb", "2 march.": a
	 * month in lower case after its day, ending the phrase ("the first
	 * of may be", "5 may go" stay words) */
	const TlDSense *lm;
	guint lme;
	/* (a day in figures not before a line's end: "smr 20 may\n" in a
	 * price table is a grade of rubber and a month) */
	if (!m && (k == e || ord || hy) && (lm = joined_month(g, k, &lme)) &&
	    tl_dg_lower_day_ends(g, lme) && (ord || hy || lme >= g->n || !(g->t[lme].flags & TF_NL)))
		m = lm, me = lme;
	/* not "15 of February's 20 sessions", "Grain Freights 2 of March 6":
	 * a count of the month's or of the date's */
	if (m && k > e && !hy && !ord && me < g->n &&
	    (tl_dg_lit(g, me, "'s") || (g->t[me].kind == T_NUM && g->t[me].ndigits <= 2)))
		return 0;
	if (!m && ord && !hy && (k > e || (j > i && tl_dg_sense(g, k, L_DEIXIS)))) {
		/* the 15th of next month, the 1st of this month; "the 21st this
		 * month" */
		TlDSem in;
		tl_dsem_init(&in);
		guint ie = tl_dg_deixis(g, k, &in);
		if (ie && in.kind == S_REL && in.unit == G_MONTH && !in.mod && !in.part && !in.day) {
			*s = in;
			s->day = d;
			s->gran = G_DAY;
			s->rule = "day-of-relative-month";
			return ie;
		}
	}
	if (!m) {
		/* "on the 3rd", "by the 25th": a day of the reference's month
		 * (not "on the 10th floor": an ordinal before its noun) */
		static const char *const preps[] = {"on", "by", "until", "till", "before"};
		/* (after "for" only ending its clause: "set for the 25th.", not
		 * "for the 21st straight year") */
		gboolean for_end = i > 0 && tl_dg_lit(g, i - 1, "for") &&
		                   (e >= g->n || (g->t[e].kind == T_PUNCT &&
		                                  strchr(".,;!?", g->text[g->t[e].start])));
		/* (also "on 22nd" without "the", ending the phrase) */
		gboolean bare_on = j == i && i > 0 && tl_dg_lit(g, i - 1, "on") &&
		                   (e >= g->n || (g->t[e].kind == T_PUNCT && strchr(".,;!?", g->text[g->t[e].start])));
		/* (a spelled one after "the", ending the phrase: "on the
		 * fourteenth."; not "first" or "second", as often a try or a
		 * place: "scored on the first."; not after "for": "18.3 mln for
		 * the fourth." is a quarter) */
		static const char *const not_days[] = {"first", "second"};
		gboolean spelled = j > i && g->t[j].kind == T_WORD && !for_end &&
		                   !tl_dg_lit_any(g, j, not_days, G_N_ELEMENTS(not_days)) &&
		                   (e >= g->n || (g->t[e].kind == T_PUNCT &&
		                                  strchr(".,;!?", g->text[g->t[e].start])));
		/* (and "the 28th at 5:30pm": before a clock that says a.m. or
		 * p.m., whatever comes before; not "finished the 10th at 2:05:30") */
		guint ck = tl_dg_lit(g, e, "at") ? e + 1 : e;
		gboolean clocked = j > i && g->t[j].kind == T_NUM && g->t[j].sfx == 'o' && d <= 31 &&
		                   k == e && tl_dg_sense(g, ck + 1, L_AMPM) && tl_dg_clock_follows(g, e);
		if (clocked ||
		    ((j > i || bare_on) && (spelled || (g->t[j].kind == T_NUM && g->t[j].sfx == 'o')) &&
		     d <= 31 && i > 0 && (tl_dg_lit_any(g, i - 1, preps, G_N_ELEMENTS(preps)) || for_end) &&
		     k == e && !before_noun(g, e))) {
			s->kind = S_ABS;
			s->type = TX_DATE;
			s->day = d;
			s->gran = G_DAY;
			s->rule = "day-of-month";
			return e;
		}
		return 0;
	}
	guint end = me;
	if (hy && (sep == '/' ? joined_punct(g, me, '/') : tl_dg_hyph(g, me)) && me + 1 < g->n &&
	    g->t[me + 1].kind == T_NUM &&
	    (g->t[me + 1].ndigits == 2 || g->t[me + 1].ndigits == 4) && !g->t[me + 1].sfx) {
		gint64 y = g->t[me + 1].num;
		s->year = g->t[me + 1].ndigits == 2 ? tl_dg_two_digit_year(y) : y;
		end = me + 2;
	} else
		end = tl_dg_rel_year(g, year_after(g, me, s), s); /* 5 May of last year */
	if (!day_ok(m->ival, d, s->year)) {
		impossible(s);
		return end;
	}
	finish_month(s, m->ival, d, "day-month");
	return day_part(g, end, s);
}

/* "May-03-2024", "Jan-5-24": the month first, joined by dashes to its day
 * and year (the number token "03-2024"), at token j right after the month.
 * The token after it, or 0 when it is no such date. */
static guint
month_dash_date(const TlDG *g, guint j, int month, TlDSem *s)
{
	if (j + 1 >= g->n || !(tl_dg_punct(g, j, '-') || tl_dg_punct(g, j, '/')) ||
	    (g->t[j].flags & TF_SPACE) || g->t[j + 1].kind != T_NUM ||
	    (g->t[j + 1].flags & TF_SPACE))
		return 0;
	char sep = g->text[g->t[j].start];
	if (g->t[j + 1].num >= 0) {
		/* "August-10, 2012", "August/10 2012": the day joined, the year
		 * after it */
		int d = (int)g->t[j + 1].num;
		if (g->t[j + 1].ndigits > 2 || g->t[j + 1].sfx || d < 1 || d > 31)
			return 0;
		guint ye = year_after(g, j + 2, s);
		/* "Oct-2", "Jan/1" with no year: a capitalised month (not a
		 * table's "FEB-3"), ending the phrase */
		gboolean bare = ye == j + 2 && j > 0 && (g->t[j - 1].flags & TF_CAP) &&
		                !(g->t[j - 1].flags & TF_ALLCAP) &&
		                (j + 2 >= g->n ||
		                 (g->t[j + 2].kind == T_WORD && !(g->t[j + 2].flags & TF_CAP) &&
		                  !tl_dg_sense(g, j + 2, L_MEASURE)) ||
		                 (g->t[j + 2].kind == T_PUNCT &&
		                  strchr(".,;!?)", g->text[g->t[j + 2].start])));
		if ((ye == j + 2 && !bare) || !day_ok(month, d, s->year)) {
			s->year = TL_NOYEAR;
			return 0;
		}
		finish_month(s, month, d, bare ? "month-day-dashed" : "month-day-year-dashed");
		return ye;
	}
	const char *c = g->text + g->t[j + 1].start;
	size_t len = g->t[j + 1].end - g->t[j + 1].start, nd = strspn(c, "0123456789");
	if (nd < 1 || nd > 2 || nd + 1 >= len || c[nd] != sep ||
	    (len - nd - 1 != 4 && len - nd - 1 != 2) || strspn(c + nd + 1, "0123456789") != len - nd - 1)
		return 0;
	int d = (int)g_ascii_strtoll(c, NULL, 10);
	gint64 y = g_ascii_strtoll(c + nd + 1, NULL, 10);
	if (len - nd - 1 == 2)
		y = tl_dg_two_digit_year(y);
	if (!day_ok(month, d, y))
		return 0;
	s->year = y;
	finish_month(s, month, d, "month-day-year-dashed");
	return j + 2;
}

/* s is the time of the 24-hour clock hhmm, read by rule. */
static void
set_hhmm(TlDSem *s, gint64 hhmm, const char *rule)
{
	s->type = TX_TIME;
	s->hour = (int)(hhmm / 100);
	s->minute = (int)(hhmm % 100);
	s->gran = G_MINUTE;
	s->rule = rule;
}

/*
 * The zone after the 24-hour clock at token i ("0930 GMT", "1330 gmt", "1230
 * local time"), its end in *end; NULL when i is no such clock.  A zone in
 * lower case only where the word can be nothing else: not "et", "pt", "ct",
 * "ist".
 */
static const TlDSense *
clock_zone(const TlDG *g, guint i, guint *end)
{
	guint ze;
	if (i >= g->n || !is_hhmm(&g->t[i]))
		return NULL;
	const TlDSense *z = tl_dg_phrase(g, i + 1, L_TZ, &ze);
	/* "1400 Gulf time", "0900 Tokyo time", "1700 New York time": a place's
	 * clock, read as local time */
	static const TlDSense place = {.sval = (char *)"LOCAL"};
	static const char *const not_place[] = {"for", "the", "of", "at", "in", "on", "a", "by",
	                                        "first", "last", "next", "same", "each", "every",
	                                        "any", "this", "that", "some", "one", "no"};
	for (guint w = i + 1; !z && w < g->n && w <= i + 3 && g->t[w].kind == T_WORD &&
	                      (g->t[w].flags & TF_CAP) && !(g->t[w].flags & TF_NL) &&
	                      !tl_dg_lit_any(g, w, not_place, G_N_ELEMENTS(not_place));
	     w++)
		if (tl_dg_lit(g, w + 1, "time") && !(g->t[w + 1].flags & TF_NL)) {
			z = &place;
			ze = w + 2;
		}
	if (!z || !(g->t[i + 1].flags & TF_ALLCAP || strcmp(z->sval, "LOCAL") == 0 ||
	            (strlen(z->sval) >= 3 && strcmp(z->sval, "IST") != 0)))
		return NULL;
	if (end)
		*end = ze;
	return z;
}

/* "10:35 a.m. (0735 GMT)", "1630 EST (2130 GMT)", "1630 EST/2130 GMT",
 * "1805 local time (2305 GMT)", "midnight (0400 gmt)": the clock at i is
 * the same time in another zone, an aside. */
static gboolean
clock_aside(const TlDG *g, guint i)
{
	/* the end of such a range: "(0315 to 0530 GMT)" */
	if (i >= 4 && (tl_dg_lit(g, i - 1, "to") || tl_dg_punct(g, i - 1, '-')) &&
	    g->t[i - 2].kind == T_NUM && clock_aside(g, i - 2))
		return TRUE;
	if (i < 2 || !(tl_dg_punct(g, i - 1, '(') || tl_dg_punct(g, i - 1, '/')))
		return FALSE;
	static const char *const before[] = {"time", "hrs", "hours", "midnight", "noon"};
	return tl_dg_sense(g, i - 2, L_AMPM) || tl_dg_sense(g, i - 2, L_TZ) ||
	       (g->t[i - 2].kind == T_NUM && tl_dg_punct(g, i - 1, '(')) ||
	       tl_dg_lit_any(g, i - 2, before, G_N_ELEMENTS(before));
}

/* "Oct 26 11:00:09 2023", "Oct 26 11:00:09 EDT 2023" (the form of the
 * date command and of mail headers): a clock at j, maybe its zone, then a
 * four-digit year ending the phrase.  The year's token in *yt, or 0. */
static guint
clock_then_year(const TlDG *g, guint j, gint64 *y)
{
	if (j >= g->n || g->t[j].kind != T_NUM || g->t[j].num >= 0)
		return 0;
	const char *c = g->text + g->t[j].start;
	size_t len = g->t[j].end - g->t[j].start;
	int h, mi, se, n = 0;
	char buf[12];
	if (len > 8)
		return 0;
	memcpy(buf, c, len);
	buf[len] = '\0';
	gboolean secs = sscanf(buf, "%2d:%2d:%2d%n", &h, &mi, &se, &n) == 3 && (size_t)n == len;
	if (!(secs || (sscanf(buf, "%2d:%2d%n", &h, &mi, &n) == 2 && (size_t)n == len)) || h > 23 || mi > 59)
		return 0;
	guint k = j + 1, ze;
	if (tl_dg_phrase(g, k, L_TZ, &ze))
		k = ze;
	/* (a clock to the second says so wherever the phrase goes on: "Wed
	 * Oct 26 15:50:06 2016 is ...") */
	if (k >= g->n || g->t[k].kind != T_NUM || g->t[k].ndigits != 4 || g->t[k].sfx ||
	    g->t[k].num < 1000 || (g->t[k].flags & TF_NL) ||
	    !(secs || k + 1 >= g->n || g->t[k + 1].kind == T_PUNCT || (g->t[k + 1].flags & TF_NL)))
		return 0;
	*y = g->t[k].num;
	return k;
}

/*
 * "payable April one", "effective March one", "from March one, 1988",
 * "Record March Two": a day from one to nine spelled after a month (at
 * i, ending at me), as some newswires write them, where the number can
 * count nothing: before a year, a stop, a capitalised word, "to" or
 * "record" ("in May two companies merged", "March two years ago", "in
 * April one of them" are no days); after "in", "during" or "since" only
 * before a year.
 */
static gboolean
spelled_day(const TlDG *g, guint i, guint me, int *d)
{
	static const char *const next[] = {"to", "record", "unless", "through", "until"};
	static const char *const spans[] = {"in", "during", "since", "by"};
	if (me >= g->n || g->t[me].kind != T_WORD || (g->t[me].flags & TF_NL))
		return FALSE;
	const TlDSense *n = tl_dg_sense(g, me, L_NUM);
	if (!n || (n->flags & (LF_ART | LF_HALF | LF_COUPLE | LF_FEW)) || n->dval < 1 ||
	    n->dval != (int)n->dval)
		return FALSE;
	guint k = me + 1;
	/* (and "May twenty one": twenty or thirty and a digit word) */
	double tv;
	guint te;
	int dd = (int)n->dval;
	if ((dd == 20 || dd == 30) && tl_dg_number(g, me, FALSE, &tv, &te) && te == me + 2 &&
	    tv == floor(tv) && tv > dd && tv <= 31)
		dd = (int)tv, k = te;
	else if (dd > 9)
		return FALSE;
	TlDSem ys;
	tl_dsem_init(&ys);
	gboolean year = year_after(g, k, &ys) > k;
	if (!year && i > 0 && tl_dg_lit_any(g, i - 1, spans, G_N_ELEMENTS(spans)))
		return FALSE;
	if (!year && k < g->n && !(g->t[k].flags & TF_NL) &&
	    !(g->t[k].kind == T_PUNCT && !strchr("-/%", g->text[g->t[k].start])) &&
	    !(g->t[k].kind == T_WORD && (g->t[k].flags & TF_CAP) && !tl_dg_sense(g, k, L_UNIT)) &&
	    !tl_dg_lit_any(g, k, next, G_N_ELEMENTS(next)))
		return FALSE;
	*d = dd;
	return TRUE;
}

/* A month in lower case ending at me (before its full stop, if any),
 * with what followed it: an abbreviation needs a day or a year in figures
 * right after it ("oct 1, 1980", "feb 1979"), so that "jan" the name and
 * "dec" the unit stay words; a month that is also a word ("may", "march",
 * "mar", "aug") needs both a day and a year ("may 5, 2011"). */
static gboolean
lower_month_ok(const TlDG *g, guint i, guint me, const TlDSense *m, gboolean has_day, const TlDSem *s)
{
	/* "it may be in may.", "since march,": a month that is also a word,
	 * after a preposition of time and ending its clause */
	static const char *const preps[] = {"in",     "since",  "until", "till",
	                                    "during", "before", "after", "of"};
	if ((m->flags & LF_AMB) && !(m->flags & LF_ABBR) && !has_day && s->year == TL_NOYEAR &&
	    !s->yrel && me == i + 1 && i > 0 && tl_dg_lit_any(g, i - 1, preps, G_N_ELEMENTS(preps)) &&
	    (me >= g->n || (g->t[me].kind == T_PUNCT && strchr(".,;!?", g->text[g->t[me].start]))))
		return TRUE;
	/* "apr this year", "dec next year": an abbreviation that is no other
	 * word before a year told from the reference */
	if (s->yrel)
		return (m->flags & LF_ABBR) && !(m->flags & LF_AMB);
	if (me >= g->n || (g->t[me].kind != T_NUM && !tl_dg_punct(g, me, ',')) ||
	    (g->t[me].flags & TF_NL))
		return FALSE;
	gboolean year = s->year != TL_NOYEAR;
	/* (or a year in four figures right after it: "in march 2019", "the
	 * first week of may 2019"; no modal or verb takes one) */
	if (m->flags & LF_AMB)
		return year &&
		       (has_day || (me < g->n && g->t[me].kind == T_NUM && g->t[me].ndigits == 4) ||
		        (tl_dg_punct(g, me, ',') && me + 1 < g->n && g->t[me + 1].kind == T_NUM &&
		         g->t[me + 1].ndigits == 4 && !(g->t[me + 1].flags & TF_NL) &&
		         tl_dg_lower_day_ends(g, me + 2)));
	return (m->flags & LF_ABBR) && (has_day || year);
}

/* Is the month at [i, me) one of two joined by a dash or slash with no
 * space, "Jan-Feb", "March/April", "Aug/Sept"?  Each is then a month
 * without a preposition before it. */
static gboolean
month_pair(const TlDG *g, guint i, guint me)
{
	guint e2;
	if ((joined_punct(g, me, '-') || joined_punct(g, me, '/')) && month_at(g, me + 1, &e2))
		return TRUE;
	return i >= 2 && (joined_punct(g, i - 1, '-') || joined_punct(g, i - 1, '/')) &&
	       month_at(g, i - 2, &e2) && e2 == i - 1;
}

/* Does the text name someone by the month word at i ("Theresa May", "Mrs
 * May": a capitalised word that is no date word right before a capitalised
 * "May" not after a sentence's end)?  Looked for only where a month could
 * be the person's, which is rare. */
static gboolean
names_someone(const TlDG *g, guint i)
{
	for (guint k = 1; k < g->n; k++) {
		const TlDTok *p = &g->t[k - 1], *t = &g->t[k];
		if (t->kind == T_WORD && (t->flags & TF_CAP) && strcmp(t->low, g->t[i].low) == 0 &&
		    p->kind == T_WORD && (p->flags & TF_CAP) && !p->cats && !(t->flags & TF_NL) &&
		    p->sent == t->sent && !(k >= 2 && g->t[k - 2].sent != p->sent))
			return TRUE;
	}
	return FALSE;
}

/* Is "May's" at i (a month that is also a surname, before a possessive)
 * the person's? */
static gboolean
surname_possessive(const TlDG *g, guint i, guint me, const TlDSense *m)
{
	return (m->flags & LF_AMB) && me == i + 1 && me < g->n &&
	       (tl_dg_lit(g, me, "'s") || tl_dg_lit(g, me, "\xe2\x80\x99s")) && names_someone(g, i);
}

static gboolean date_follows(const TlDG *g, guint j);

/* Is the capitalised month at [i, me) after a possessive and before a
 * noun in lower case, the period of a figure: "its March sales", "their
 * May deliveries"? */
static gboolean
possessed_month(const TlDG *g, guint i, guint me)
{
	static const char *const poss[] = {"its", "their", "his", "her", "our", "my", "your"};
	/* (not a verb or a word of a clause after it: "support for its May
	 * is strong") */
	static const char *const not_noun[] = {"is", "was", "are", "were", "has", "had", "have", "will",
	                                       "would", "could", "can", "may", "must", "should", "and",
	                                       "or", "but", "who", "which", "that", "said", "says"};
	return i > 0 && me == i + 1 && me < g->n && (g->t[i].flags & TF_CAP) &&
	       tl_dg_lit_any(g, i - 1, poss, G_N_ELEMENTS(poss)) && g->t[me].kind == T_WORD &&
	       !(g->t[me].flags & TF_CAP) && g->t[me].sent == g->t[i].sent &&
	       !tl_dg_lit_any(g, me, not_noun, G_N_ELEMENTS(not_noun)) && !tl_dg_sense(g, me, L_PREP);
}

/* Is the word before i a demonstrative "that" ("That September, the
 * movement launched", "in that summer"), which makes a month or a season
 * the one of the year last told?  At the start of its sentence or after a
 * preposition: not a conjunction ("said that March sales rose"). */
static gboolean
demonstrative_before(const TlDG *g, guint i)
{
	if (i == 0 || !tl_dg_lit(g, i - 1, "that"))
		return FALSE;
	return i == 1 || g->t[i - 2].sent != g->t[i - 1].sent || tl_dg_sense(g, i - 2, L_PREP);
}

guint
tl_dg_month(const TlDG *g, guint i, TlDSem *s)
{
	guint e = day_first(g, i, s);
	if (e)
		return e;
	tl_dsem_init(s);
	guint me;
	const TlDSense *m = month_at(g, i, &me);
	/* a month typed in lower case where a capital is wanted ("oct 1,
	 * 1980", "feb 1979", "sept. 3"): only before numbers, checked below */
	const TlDSense *lc = m ? NULL : joined_month(g, i, &me);
	m = m ? m : lc;
	if (!m)
		return 0;
	int d = 0;
	guint j = me, de;
	guint dashed = month_dash_date(g, me, m->ival, s);
	if (dashed)
		return dashed;
	/* "Sep-2012", "Dec/2018": a month joined to its year */
	if ((joined_punct(g, me, '-') || joined_punct(g, me, '/')) && g->t[me + 1].kind == T_NUM &&
	    g->t[me + 1].ndigits == 4 &&
	    !g->t[me + 1].sfx && g->t[me + 1].num >= 1000 &&
	    !(me + 2 < g->n && (joined_punct(g, me + 2, '-') || joined_punct(g, me + 2, '/')))) {
		s->year = g->t[me + 1].num;
		finish_month(s, m->ival, 0, "month-year");
		return me + 2;
	}
	const TlDTok *dy = me < g->n ? &g->t[me] : NULL;
	size_t dl = dy ? dy->end - dy->start : 0;
	const char *dc = dy ? g->text + dy->start : NULL;
	size_t dn = dy && dy->kind == T_NUM && dy->num < 0 ? strspn(dc, "0123456789") : 0;
	if (dn >= 1 && dn <= 2 && dl == dn + 5 && dc[dn] == ',' &&
	    strspn(dc + dn + 1, "0123456789") == 4 && (dy->flags & TF_SPACE)) {
		/* "November 1,2001": no thousands group has four digits */
		d = (int)g_ascii_strtoll(dc, NULL, 10);
		s->year = g_ascii_strtoll(dc + dn + 1, NULL, 10);
		j = me + 1;
		if (d < 1 || d > 31)
			return 0;
	} else if (day_at(g, me, &d, &de) && !(d > 31 && g->t[me].kind == T_NUM && year_after(g, me, s) > me)) {
		j = de;
		/* "April 2024" is no day: day_at takes only 1-2 digits */
	} else if (spelled_day(g, i, me, &d)) {
		j = me + 1 + (d > 9); /* "payable April one", "Record March Two", "May twenty one" */
	} else if (tl_dg_lit(g, me, "the") && me + 1 < g->n && g->t[me + 1].sfx == 'o' &&
	           tl_dg_ordinal(g, me + 1, &d, &de) && d >= 1 && d <= 31) {
		j = de; /* "March the 3rd" (not "December the first of them") */
	} else if (tl_dg_lit(g, me, "the") && me + 1 < g->n && g->t[me + 1].kind == T_WORD &&
	           tl_dg_ordinal(g, me + 1, &d, &de) && d >= 1 && d <= 31 &&
	           (tl_dg_lower_day_ends(g, de) ||
	            (tl_dg_punct(g, de, ',') && de + 1 < g->n && g->t[de + 1].kind == T_NUM &&
	             g->t[de + 1].ndigits == 4))) {
		j = de; /* "May the third.", "March the twenty-first, 2024": a
		           spelled one ending the phrase (not "May the fourth be
		           with you") */
	} else if (tl_dg_punct(g, me, ',') && me + 2 < g->n && g->t[me + 1].kind == T_NUM &&
	           g->t[me + 1].sfx == 'o' && day_at(g, me + 1, &d, &de) && d >= 1 && d <= 31 &&
	           de < g->n && g->t[de].kind == T_NUM && g->t[de].ndigits == 4 && !g->t[de].sfx) {
		j = de; /* "Sunday, March, 6th 2016": an ordinal day and a year after a comma */
	} else if (tl_dg_punct(g, me, ',') && me + 1 < g->n && g->t[me + 1].kind == T_NUM &&
	           g->t[me + 1].sfx == 'o' && day_at(g, me + 1, &d, &de) && d >= 1 && d <= 31 &&
	           (de >= g->n || (g->t[de].kind == T_PUNCT && strchr(".;!?", g->text[g->t[de].start])))) {
		j = de; /* "for October, 1st.": an ordinal day ending the sentence */
	} else {
		d = 0;
	}
	guint ye = tl_dg_rel_year(g, year_after(g, j, s), s); /* January this year, June of last year */
	gboolean has_day = d != 0;
	gint64 cy;
	if (has_day && s->year == TL_NOYEAR && !s->yrel && ye == j && clock_then_year(g, j, &cy))
		s->year = cy; /* Thu Oct 26 11:00:09 2023 */
	/* "Jan Kavan", "April Ryan": a first name before a surname (but "in
	 * May Britain voted") */
	if (!has_day && s->year == TL_NOYEAR && !s->yrel && me == i + 1 && me < g->n &&
	    g->t[me].kind == T_WORD && (g->t[me].flags & TF_CAP) && tl_dg_plain(g, me) &&
	    !(g->t[me].flags & TF_NL) &&
	    (!date_context_before(g, i) || tl_dg_lit(g, i - 1, "and") || tl_dg_lit(g, i - 1, "or") ||
	     tl_dg_lit(g, i - 1, "that")))
		return 0;
	/* "aug 3", "sept. 1st", "may 27th", "march third": a month in lower
	 * case before its day, ending the phrase; "may" and "march" before an
	 * ordinal, or a day in figures on the same line ("may 28 at 5pm",
	 * "on may 28."): a modal or a verb goes on with a verb or an object */
	/* (or before the word that ends a range and another day of a month:
	 * "from march 1 to april 1") */
	static const char *const joins[] = {"to", "through", "thru", "until", "till", "and", "-"};
	gboolean lday = lc && has_day && s->year == TL_NOYEAR && !s->yrel && ye == j &&
	                (tl_dg_lower_day_ends(g, j) || (tl_dg_lit_any(g, j, joins, G_N_ELEMENTS(joins)) &&
	                                                 date_follows(g, j + 1))) &&
	                (!(lc->flags & LF_AMB) || (lc->flags & LF_ABBR) || g->t[me].sfx == 'o' ||
	                 g->t[me].kind == T_WORD ||
	                 (!(g->t[me].flags & TF_NL) && !(j < g->n && (g->t[j].flags & TF_NL))));
	if (lc && !lday && !lower_month_ok(g, i, me, lc, has_day, s))
		return 0;
	if (!has_day && s->year == TL_NOYEAR && !s->yrel && surname_possessive(g, i, me, m))
		return 0;
	if ((m->flags & (LF_AMB | LF_ABBR)) && !has_day && s->year == TL_NOYEAR && !s->yrel) {
		if (!(m->flags & LF_AMB) && me > i + 1)
			; /* "Sept." with its full stop */
		else if (!date_context_before(g, i) && !month_pair(g, i, me) && !possessed_month(g, i, me))
			return 0;
		/* "futures for May delivery", "scheduled for March"; but
		 * "support for May" in a text naming Theresa May, and "a blow
		 * for May, who" */
		else if ((m->flags & LF_AMB) && tl_dg_lit(g, i - 1, "for") &&
		         ((tl_dg_punct(g, me, ',') && tl_dg_lit(g, me + 1, "who")) || names_someone(g, i)))
			return 0;
	}
	if (has_day && !day_ok(m->ival, d, s->year)) {
		impossible(s);
		return ye;
	}
	finish_month(s, m->ival, d, has_day ? "month-day" : s->year != TL_NOYEAR ? "month-year" : "month");
	if (s->year == TL_NOYEAR && !s->yrel && demonstrative_before(g, i))
		s->anaph = TRUE;
	return has_day ? day_part(g, ye, s) : ye;
}

/* Does a day of a month follow token j (after a comma)? */
static gboolean
date_follows(const TlDG *g, guint j)
{
	TlDSem ds;
	tl_dsem_init(&ds);
	guint k = tl_dg_punct(g, j, ',') ? j + 1 : j;
	if (k < g->n && tl_dg_month(g, k, &ds) && ds.kind == S_ABS && ds.day)
		return TRUE;
	/* "Mon 5/6", "Tues, 3/31" (the weekday is the number's context) */
	tl_dsem_init(&ds);
	return k < g->n && g->t[k].kind == T_NUM && tl_dg_numeric(g, k, &ds) && ds.kind == S_ABS &&
	       ds.type == TX_DATE && ds.day && ds.month;
}

/* May the word at i begin a name, or go on with one ("The Sunday Times",
 * "New York Sunday News")?  Not after a lower-case word, a preposition, or
 * "last", "next", "early", "late", "later" and the like. */
static gboolean
name_context(const TlDG *g, guint i)
{
	if (i == 0 || g->t[i - 1].sent != g->t[i].sent || tl_dg_lit(g, i - 1, "the"))
		return TRUE;
	/* "the Telegraph and Sunday Telegraph": a name after one */
	if ((tl_dg_lit(g, i - 1, "and") || tl_dg_lit(g, i - 1, "or")) && i >= 2 &&
	    g->t[i - 2].kind == T_WORD && (g->t[i - 2].flags & TF_CAP))
		return TRUE;
	const TlDTok *p = &g->t[i - 1];
	return p->kind == T_WORD && (p->flags & TF_CAP) && !tl_dg_sense(g, i - 1, L_PREP) &&
	       !tl_dg_sense(g, i - 1, L_DEIXIS) && !tl_dg_sense(g, i - 1, L_MOD) &&
	       !tl_dg_sense(g, i - 1, L_POST); /* "Later Thursday Biden will speak" */
}

/* Is the weekday at i (its abbreviation ending before j) joined to another,
 * capitalised, by a dash, "to", "through" or "and": "Mon-Fri", "Tue to
 * Sat", "Tues and Thurs"?  (Not a slash: "Thu/Fri" in a weather outlook is
 * read by tense as past, "TUES/WED" in a deposit table is a tenor.) */
static gboolean
weekday_pair(const TlDG *g, guint i, guint j)
{
	/* (and a comma of a list: "open Mon, Tue, Wed") */
	static const char *const joins[] = {"-", "\xe2\x80\x93", "&", "to", "through", "thru", "and",
	                                    "or", ","};
	if (tl_dg_lit_any(g, j, joins, G_N_ELEMENTS(joins)) && j + 1 < g->n &&
	    (g->t[j + 1].flags & TF_CAP) && tl_dg_sense(g, j + 1, L_WEEKDAY))
		return TRUE;
	return i >= 2 && tl_dg_lit_any(g, i - 1, joins, G_N_ELEMENTS(joins)) &&
	       (g->t[i - 2].flags & TF_CAP) && tl_dg_sense(g, i - 2, L_WEEKDAY);
}

/* Does a clock time ("5pm", "10:30", "at 9 a.m."; not a bare hour: "Sun 5"
 * may be a score) follow at j? */
gboolean
tl_dg_clock_follows(const TlDG *g, guint j)
{
	TlDSem cs;
	tl_dsem_init(&cs);
	guint k = tl_dg_lit(g, j, "at") ? j + 1 : j;
	if (k >= g->n || g->t[k].kind != T_NUM || (g->t[k].flags & TF_NL))
		return FALSE;
	if (!tl_dg_clock(g, k, &cs)) {
		tl_dsem_init(&cs); /* "5:30", "17:00" */
		if (!tl_dg_numeric(g, k, &cs))
			return FALSE;
	}
	return cs.kind == S_ABS && cs.type == TX_TIME;
}

/* "Monday nights", "Sunday mornings": every such part (plural, not the day
 * itself) of weekday w, a set; FALSE when part is not such a plural. */
static gboolean
weekday_parts(TlDSem *s, const TlDSense *w, const TlDSense *part)
{
	if (!part || !(part->flags & LF_PLURAL) || part->sval[0] == 'D')
		return FALSE;
	s->kind = S_SET;
	s->type = TX_SET;
	s->weekday = 0;
	s->gran = G_NONE;
	g_snprintf(s->val, sizeof s->val, "XXXX-WXX-%dT%s", w->ival, part->sval);
	s->rule = "weekday-parts";
	return TRUE;
}

/* "next week", "last week" at wj after a weekday ("Monday last week",
 * "Tuesday of next week"), or "of the following week" (from the last
 * date mentioned): s becomes that week's day; the end, else 0. */
static guint
week_of_deixis(const TlDG *g, guint wj, TlDSem *s)
{
	/* "Monday two weeks from now": the day of the week so many weeks on */
	double v;
	guint ne, ue;
	TlDGran u;
	gboolean pl;
	if (tl_dg_number(g, wj, FALSE, &v, &ne) && !isnan(v) && v >= 1 && v <= 52 && v == floor(v) &&
	    tl_dg_unit(g, ne, &u, &pl, &ue) && u == G_WEEK && tl_dg_lit(g, ue, "from") &&
	    tl_dg_lit(g, ue + 1, "now")) {
		s->kind = S_REL;
		s->unit = G_WEEK;
		s->off = (int)v;
		s->rule = "weekday-of-week";
		return ue + 2;
	}
	gboolean det = wj > 0 && tl_dg_lit(g, wj - 1, "of") && tl_dg_lit(g, wj, "the");
	guint k = det ? wj + 1 : wj;
	const TlDSense *dx = tl_dg_sense(g, k, L_DEIXIS);
	if (!dx || (dx->flags & (LF_SPAN | LF_RECENT | LF_LATEST)) || !tl_dg_lit(g, k + 1, "week") ||
	    ((dx->flags & LF_ANAPH) && (!det || dx->ival == 0)) || (det && !(dx->flags & LF_ANAPH)))
		return 0;
	s->kind = S_REL;
	s->unit = G_WEEK;
	s->off = dx->ival;
	if (dx->flags & LF_ANAPH)
		s->anaph = s->told = TRUE; /* "Monday of the following week" */
	s->rule = "weekday-of-week";
	return k + 2;
}

/* Is the weekday at i one end of a range of days told right after "next
 * week", "last week" or "this week" ("next week between Wednesday and
 * Friday", "last week from Monday to Thursday")?  Then s becomes that
 * week's day. */
static gboolean
range_in_week(const TlDG *g, guint i, TlDSem *s)
{
	static const char *const joins[] = {"and", "to", "through", "until", "till"};
	guint k = i;
	if (k >= 3 && tl_dg_lit_any(g, k - 1, joins, G_N_ELEMENTS(joins)) && tl_dg_sense(g, k - 2, L_WEEKDAY))
		k -= 2; /* the second day: look from the first */
	if (k < 3 || !(tl_dg_lit(g, k - 1, "between") || tl_dg_lit(g, k - 1, "from")) ||
	    !tl_dg_lit(g, k - 2, "week"))
		return FALSE;
	const TlDSense *dx = tl_dg_sense(g, k - 3, L_DEIXIS);
	if (!dx || (dx->flags & (LF_ANAPH | LF_SPAN | LF_RECENT | LF_LATEST)))
		return FALSE;
	s->kind = S_REL;
	s->unit = G_WEEK;
	s->off = dx->ival;
	s->rule = "weekday-of-week";
	return TRUE;
}

/* Does a day in lower case end at token k: the end, a new line, a stop or
 * a closing bracket, "at" or a clock ("on sat.", "next wed 4:00")? */
gboolean
tl_dg_lower_day_ends(const TlDG *g, guint k)
{
	return k >= g->n || (g->t[k].flags & TF_NL) ||
	       (g->t[k].kind == T_PUNCT && strchr(".,;!?)", g->text[g->t[k].start])) ||
	       tl_dg_lit(g, k, "at") || tl_dg_clock_follows(g, k);
}

guint
tl_dg_weekday(const TlDG *g, guint i, TlDSem *s)
{
	static const char *const day_preps[] = {"on", "by", "until", "till"};
	/* abbreviations that are also English words */
	static const char *const word_days[] = {"wed", "sat", "sun"};
	/* and those that are no word nor name at all */
	static const char *const no_word_days[] = {"tues", "thur", "thurs"};
	const TlDSense *w = tl_dg_sense(g, i, L_WEEKDAY);
	if (!w)
		return 0;
	guint j = (w->flags & LF_ABBR) ? tl_dg_skipdot(g, i + 1) : i + 1;
	if ((w->flags & LF_AMB) && (g->t[i].flags & TF_CAP) && j == i + 1 &&
	    !(i > 0 && tl_dg_lit(g, i - 1, "the")) && date_follows(g, j))
		; /* "Sat, 4 May 2024", "Thu 2 May": the date says it is a day
		   ("The Sun, 4 May" is a paper) */
	else if ((w->flags & LF_AMB) && (g->t[i].flags & TF_CAP) && i > 0 &&
	         tl_dg_lit_any(g, i - 1, day_preps, G_N_ELEMENTS(day_preps)) &&
	         (j >= g->n || g->t[j].kind == T_PUNCT || tl_dg_sense(g, j, L_NUM) ||
	          tl_dg_lit(g, j, "at") || !tl_dg_lit_any(g, i, word_days, G_N_ELEMENTS(word_days))))
		; /* "Lunch on Wed?", "by Thu at 5": a preposition of time before;
		   and any word after it when the abbreviation is no English
		   word ("resume on Tues and end on Thurs"; not "on Sun and") */
	else if ((w->flags & LF_AMB) && (g->t[i].flags & TF_CAP) && weekday_pair(g, i, j))
		; /* "Mon-Fri", "Tue to Sat": two days of a range */
	else if ((w->flags & LF_AMB) && (g->t[i].flags & TF_CAP) &&
	         !(i > 0 && tl_dg_lit(g, i - 1, "the")) && tl_dg_clock_follows(g, j))
		; /* "Thurs 5pm", "Weds at 10:30": a clock says it is a day */
	else if ((w->flags & LF_AMB) && (g->t[i].flags & TF_CAP) && j == i + 1 && j < g->n &&
	         !(i > 0 && tl_dg_lit(g, i - 1, "the")) && g->t[j].kind == T_NUM &&
	         g->t[j].sfx == 'o' && g->t[j].ndigits <= 2 && g->t[j].num >= 1 && g->t[j].num <= 31 &&
	         !(g->t[j].flags & TF_NL) && !before_noun(g, j + 1))
		; /* "Mon 13th", "Sat 14th": an ordinal day says it is a day (not
		   "Sun 14th floor") */
	else if ((w->flags & LF_AMB) && !(g->t[i].flags & TF_CAP) && i > 0 &&
	         tl_dg_lit_any(g, i - 1, day_preps, G_N_ELEMENTS(day_preps)) &&
	         tl_dg_lower_day_ends(g, j))
		; /* "see you on sat.", "by wed at 5": in lower case after a
		   preposition of time, ending the phrase */
	else if ((w->flags & LF_AMB) && !(g->t[i].flags & TF_CAP) && j == i + 1 &&
	         !(i > 0 && (tl_dg_lit(g, i - 1, "the") || g->t[i - 1].kind == T_NUM)) &&
	         tl_dg_clock_follows(g, j))
		; /* "sat 4:00", "wed 5pm": in lower case before a clock */
	else if ((w->flags & LF_AMB) && !(g->t[i].flags & TF_ALLCAP) &&
	         tl_dg_lit_any(g, i, no_word_days, G_N_ELEMENTS(no_word_days)) &&
	         !(i > 0 && tl_dg_lit(g, i - 1, "the")) && tl_dg_lower_day_ends(g, j))
		; /* "see you thurs.", "Tues at noon": an abbreviation that is no
		   English word, ending the phrase (not in a table's capitals:
		   "WED/THURS 6-5/16") */
	else if ((w->flags & LF_AMB) && (!(g->t[i].flags & TF_CAP) || j == i + 1 ||
	                            (j < g->n && g->t[j].kind == T_WORD && tl_dg_plain(g, j) &&
	                             !(g->t[j].flags & TF_CAP))))
		return 0;
	/* "Monday Night Football" */
	if (j + 1 < g->n && (g->t[j].flags & TF_CAP) && tl_dg_sense(g, j, L_PART) &&
	    g->t[j + 1].kind == T_WORD && (g->t[j + 1].flags & TF_CAP) && !(g->t[j + 1].flags & TF_NL))
		return 0;
	/* "Sunday Times", "Monday Night Football": a name, not a day; but not
	 * "On Monday President Biden met", "said Thursday Russia had", "Monday I
	 * left": after a preposition or a lower-case word the day is a date */
	static const char *const heads[] = {"times", "telegraph", "mirror", "express", "post",
	                                    "news", "herald", "tribune", "observer", "mail",
	                                    "independent", "sport", "star", "people", "school"};
	if (j < g->n && g->t[j].kind == T_WORD && (g->t[j].flags & TF_CAP) &&
	    !(g->t[j].flags & TF_NL) && !tl_dg_sense(g, j, L_MONTH) && !tl_dg_sense(g, j, L_PART) &&
	    strcmp(g->t[j].low, "i") != 0 &&
	    (name_context(g, i) || tl_dg_lit_any(g, j, heads, G_N_ELEMENTS(heads))))
		return 0; /* (a paper's name wherever it stands: "newspaper Sunday Times") */
	/* "Fridays for Future", "Mondays For Peace": capitalised days before
	 * "for" or "of" and a capitalised word that is no date word are a
	 * name; not after a preposition or a word of frequency ("works on
	 * Saturdays for Amazon"), nor one day ("began Friday for Ford
	 * workers"), unless "For" has a capital too */
	static const char *const name_joins[] = {"for", "of"};
	static const char *const freq[] = {"every", "most", "all", "some", "many", "several"};
	if ((g->t[i].flags & TF_CAP) && tl_dg_lit_any(g, j, name_joins, G_N_ELEMENTS(name_joins)) &&
	    j + 1 < g->n && g->t[j + 1].kind == T_WORD && (g->t[j + 1].flags & TF_CAP) &&
	    !(g->t[j + 1].flags & TF_NL) && tl_dg_plain(g, j + 1) &&
	    ((g->t[j].flags & TF_CAP) ||
	     ((w->flags & LF_PLURAL) &&
	      !(i > 0 && (tl_dg_sense(g, i - 1, L_PREP) || tl_dg_lit_any(g, i - 1, freq, G_N_ELEMENTS(freq)))))))
		return 0;
	if (w->flags & LF_PLURAL) {
		s->kind = S_SET;
		s->type = TX_SET;
		g_snprintf(s->val, sizeof s->val, "XXXX-WXX-%d", w->ival);
		s->rule = "weekday-plural";
		return j;
	}
	s->kind = S_ABS;
	s->type = TX_DATE;
	s->weekday = w->ival;
	s->gran = G_DAY;
	s->rule = "weekday";
	/* Friday after next, Monday before last: a week past the next (last) one */
	if ((tl_dg_lit(g, j, "after") && tl_dg_lit(g, j + 1, "next")) ||
	    (tl_dg_lit(g, j, "before") && tl_dg_lit(g, j + 1, "last"))) {
		s->dir = tl_dg_lit(g, j, "after") ? 1 : -1;
		s->shift = 7 * s->dir;
		s->rule = "weekday-after-next";
		return j + 2;
	}
	/* Monday last week, Tuesday next week: that week's day */
	/* (and "Tuesday of next week") */
	guint wj = tl_dg_lit(g, j, "of") ? j + 1 : j;
	guint we = week_of_deixis(g, wj, s);
	if (we)
		return we;
	if (range_in_week(g, i, s))
		return tl_dg_partafter(g, j, s);
	guint pe = tl_dg_partafter(g, j, s);
	if (pe > j) {
		/* "Wednesday evening next week": that week's day */
		guint pwe = week_of_deixis(g, pe, s);
		return pwe ? pwe : pe; /* "Friday night": 2024-04-26TNI */
	}
	/* "Monday nights", "Sunday mornings": every such part of that day;
	 * also "Saturday" of "Saturday and Sunday mornings" */
	const TlDSense *pp = tl_dg_sense(g, j, L_PART);
	const TlDSense *w2 = (tl_dg_lit(g, j, "and") || tl_dg_lit(g, j, "or")) ? tl_dg_sense(g, j + 1, L_WEEKDAY) : NULL;
	const TlDSense *pp2 = w2 && !(w2->flags & (LF_PLURAL | LF_AMB)) ? tl_dg_sense(g, j + 2, L_PART) : NULL;
	if (weekday_parts(s, w, pp2))
		return j;
	if (weekday_parts(s, w, pp))
		return j + 1;
	/* Friday, April 26, 2024 */
	guint k = tl_dg_punct(g, j, ',') ? j + 1 : j;
	TlDSem ds;
	tl_dsem_init(&ds);
	guint de = tl_dg_month(g, k, &ds);
	if (!de || ds.kind != S_ABS || !ds.day) {
		/* Sunday 5/5, Friday 4/26/2024 (tl_dg_numeric takes the weekday
		 * before a month/day as its context) */
		tl_dsem_init(&ds);
		de = tl_dg_numeric(g, k, &ds);
	}
	if (de && ds.kind == S_ABS && ds.type == TX_DATE && ds.day && ds.month) {
		ds.weekday = w->ival;
		ds.rule = "weekday-date";
		*s = ds;
		return de;
	}
	/* Saturday the 4th: the nearest month whose 4th is a Saturday; also
	 * "Tuesday 19th" with the ordinal in figures and no "the" */
	int d;
	guint oe;
	guint ok = tl_dg_lit(g, k, "the") ? k + 1 : k;
	if ((ok > k || (k < g->n && g->t[k].kind == T_NUM && g->t[k].sfx == 'o')) &&
	    tl_dg_ordinal(g, ok, &d, &oe) && d >= 1 && d <= 31 &&
	    (k == j || g->t[ok].kind == T_NUM) && !tl_dg_sense(g, oe, L_UNIT) &&
	    !tl_dg_sense(g, oe, L_NUM) && (oe >= g->n || g->t[oe].kind == T_PUNCT || g->t[oe].cats)) {
		/* not "Friday, the fourth decline", "Sunday, the second on April
		 * 26", "Friday, the first two days": after a comma only "the
		 * 4th"; a plain word after the ordinal is its noun ("at",
		 * "and", "morning" are date words) */
		s->day = d;
		s->rule = "weekday-day";
		return oe;
	}
	return j;
}

static int
season_of(const char *code)
{
	static const char *const c[] = {"SP", "SU", "FA", "WI"};
	for (int k = 0; k < 4; k++)
		if (strcmp(c[k], code) == 0)
			return k + 1;
	return 0;
}

/* Is token i a word of grammar.txt's MEASURE of the sort `what` ("unit":
 * "km", "tonnes"; "kind": a noun a season before it makes a kind of,
 * "wheat", "tyres")? */
static gboolean
measure_is(const TlDG *g, guint i, const char *what)
{
	const TlDSense *m = tl_dg_sense(g, i, L_MEASURE);
	return m && strcmp(m->sval, what) == 0;
}

guint
tl_dg_season(const TlDG *g, guint i, TlDSem *s)
{
	guint j = tl_dg_lit(g, i, "the") ? i + 1 : i;
	const TlDSense *se = tl_dg_sense(g, j, L_SEASON);
	if (!se)
		return 0;
	guint e = tl_dg_rel_year(g, year_after(g, j + 1, s), s); /* the summer of last year */
	if (s->year == TL_NOYEAR && !s->yrel && tl_dg_lit(g, j + 1, "of"))
		return 0; /* the fall of Rome, the spring of discontent */
	/* "the Summer Olympics", "Spring Street", "Autumn Statement": a name */
	if (s->year == TL_NOYEAR && (g->t[j].flags & TF_CAP) && j + 1 < g->n &&
	    g->t[j + 1].kind == T_WORD && (g->t[j + 1].flags & TF_CAP) && tl_dg_plain(g, j + 1) &&
	    !(g->t[j + 1].flags & TF_NL))
		return 0;
	/* "winter wheat", "winter and spring wheat", "summer tyres": a kind
	 * of thing (grammar.txt's MEASURE "kind") */
	if (s->year == TL_NOYEAR && (measure_is(g, j + 1, "kind") ||
	                             ((tl_dg_lit(g, j + 1, "and") || tl_dg_lit(g, j + 1, "or")) &&
	                              tl_dg_sense(g, j + 2, L_SEASON) && measure_is(g, j + 3, "kind"))))
		return 0;
	if ((se->flags & LF_AMB) && s->year == TL_NOYEAR) {
		/* "in the fall", "this spring"; not "The spring broke" */
		if (!date_context_before(g, j) || tl_dg_lit(g, j - 1, "to"))
			return 0;
		if (j > 0 && tl_dg_lit(g, j - 1, "the") && !(j > 1 && tl_dg_sense(g, j - 2, L_PREP)))
			return 0;
		/* a drop, or the verb: "hit by the fall in oil prices", "a
		 * free-fall in stocks", "a rise or fall in sterling" (not "in
		 * the fall in 1987", "strike this spring in a refusal",
		 * "mid-fall", "between spring and fall") */
		if (tl_dg_lit(g, j + 1, "in") && !tl_dg_year_follows(g, j + 2) &&
		    !(j > 0 && (tl_dg_lit(g, j - 1, "this") || tl_dg_lit(g, j - 1, "last") ||
		                tl_dg_lit(g, j - 1, "next"))))
			return 0;
		if (j >= 2 && tl_dg_hyph(g, j - 1) && !tl_dg_sense(g, j - 2, L_MOD))
			return 0;
		if (j >= 2 && (tl_dg_lit(g, j - 1, "and") || tl_dg_lit(g, j - 1, "or")) &&
		    !tl_dg_sense(g, j - 2, L_SEASON) && !tl_dg_sense(g, j - 2, L_MONTH) &&
		    !tl_dg_sense(g, j - 2, L_WEEKDAY) &&
		    !tl_dg_year_follows(g, j - 2))
			return 0;
	}
	s->kind = S_ABS;
	s->type = TX_DATE;
	s->season = season_of(se->sval);
	s->gran = G_SEASON;
	s->rule = "season";
	if (s->year == TL_NOYEAR && !s->yrel && demonstrative_before(g, j))
		s->anaph = TRUE;
	return e;
}

/* "St. Patrick's Day": a holiday whose first word (flag "abbr") is
 * followed by its full stop, the rest of the name after it; *end after the
 * name.  (tl_dg_phrase is not asked to skip dots: it is on every word's
 * path.) */
static const TlDSense *
holiday_after_dot(const TlDG *g, guint j, guint *end)
{
	if (j + 2 >= g->n || !g->t[j].senses || !tl_dg_punct(g, j + 1, '.') ||
	    (g->t[j + 1].flags & TF_SPACE))
		return NULL;
	GPtrArray *a = g->t[j].senses;
	for (guint k = 0; k < a->len; k++) {
		const TlDSense *s = g_ptr_array_index(a, k);
		if (s->cat != L_HOLIDAY || !(s->flags & LF_ABBR))
			continue;
		guint e = j + 2;
		for (int w = 0; e && w < s->nwords - 1; w++)
			e = tl_dg_word_at(g, e, s->words[w]);
		if (e) {
			*end = e;
			return s;
		}
	}
	return NULL;
}

/* Is h, found at token j, the end of a year ("year-end", "year end",
 * "year's end")? */
static gboolean
year_end(const TlDSense *h, const TlDG *g, guint j)
{
	return h && tl_dg_lit(g, j, "year") && strcmp(h->sval, "12-31") == 0;
}

/* See grammar.h. */
gboolean
tl_dg_year_follows(const TlDG *g, guint e)
{
	return e < g->n && g->t[e].kind == T_NUM && g->t[e].ndigits == 4 && !g->t[e].sfx &&
	       g->t[e].num >= 1000 && !(g->t[e].flags & TF_NL);
}

guint
tl_dg_holiday(const TlDG *g, guint i, TlDSem *s)
{
	guint j = tl_dg_lit(g, i, "the") ? i + 1 : i;
	guint e = 0;
	const TlDSense *h = tl_dg_phrase(g, j, L_HOLIDAY, &e);
	if (!h)
		h = holiday_after_dot(g, j, &e);
	/* names are capitalised; a hyphenated compound ("year-end") need not
	 * be, nor a name no other words make ("labor day", flag "lower") */
	gboolean compound = h && h->nwords > 1 && strcmp(h->words[0], "-") == 0;
	if (!h || (h->nwords > 1 && !(g->t[j].flags & TF_CAP) && j == i && !compound &&
	           !(h->flags & LF_LOWER) && !tl_dg_year_follows(g, e)))
		return 0;
	if (j > i && !tl_dg_lit(g, j, "fourth"))
		return 0;
	/* "changed its fiscal year end to December 31", "a calendar
	 * year-end": a kind of year's end, no day */
	if (year_end(h, g, j) && i > 0 &&
	    (tl_dg_sense(g, i - 1, L_FISCAL) || tl_dg_lit(g, i - 1, "calendar") ||
	     tl_dg_lit(g, i - 1, "calender")))
		return 0;
	/* "Easter Island", "Christmas Island": a name (not "Christmas I
	 * gave you my heart") */
	if (e < g->n && g->t[e].kind == T_WORD && (g->t[e].flags & TF_CAP) && tl_dg_plain(g, e) &&
	    !(g->t[e].flags & TF_NL) && strcmp(g->t[e].low, "i") != 0)
		return 0;
	/* "a Halloween-themed event", "Christmas-style lights": a kind of
	 * thing, no day */
	if (tl_dg_hyph(g, e) && g->t[e + 1].kind == T_WORD && !(g->t[e + 1].flags & TF_CAP)) {
		static const char *const kinds[] = {"style", "like", "type", "theme"};
		const char *w = g->t[e + 1].low;
		size_t n = strlen(w);
		if ((n > 3 && strcmp(w + n - 2, "ed") == 0) ||
		    tl_dg_lit_any(g, e + 1, kinds, G_N_ELEMENTS(kinds)))
			return 0;
	}
	s->kind = S_ABS;
	s->type = TX_DATE;
	s->hol = h->sval;
	s->gran = G_DAY;
	s->rule = "holiday";
	/* "Easter week", "Thanksgiving week": the (ISO) week that holds it */
	if (tl_dg_lit(g, e, "week") && !tl_dg_hyph(g, e + 1)) {
		s->week_of = TRUE;
		s->rule = "holiday-week";
		return e + 1;
	}
	/* "Memorial Day weekend", "Thanksgiving weekend": the weekend next to
	 * it (engine.c) */
	if (tl_dg_lit(g, e, "weekend") && !tl_dg_hyph(g, e + 1)) {
		s->week_of = TRUE;
		s->weekend = TRUE;
		s->rule = "holiday-weekend";
		return year_after(g, e + 1, s);
	}
	/* "Christmas morning", "Halloween night": that day's part */
	guint pe = tl_dg_partafter(g, e, s);
	if (pe > e)
		return pe;
	return year_after(g, e, s);
}

/* Years in words: "nineteen ninety-six", "the year two thousand". */
/* A season after a year ending at token e ("2005 summer", "the 1995
 * winter"): that year's, when the season ends the phrase ("the 1986
 * winter wheat crop" is a kind of wheat; "spring" and "fall" are words
 * too).  The end, or 0. */
static guint
year_season(const TlDG *g, guint e, gboolean det, TlDSem *s)
{
	const TlDSense *se = e < g->n && !(g->t[e].flags & TF_NL) ? tl_dg_sense(g, e, L_SEASON) : NULL;
	if (!se || !tl_dg_part_ends(g, e + 1) || tl_dg_lit(g, e + 1, "of") ||
	    ((se->flags & LF_AMB) && !(det && (e + 1 >= g->n || g->t[e + 1].kind == T_PUNCT))))
		return 0; /* ("the 2005 fall." only with "the", ending the clause) */
	s->season = season_of(se->sval);
	s->gran = G_SEASON;
	s->rule = "year-season";
	return e + 1;
}

guint
tl_dg_spelledyear(const TlDG *g, guint i, TlDSem *s)
{
	guint j = i;
	double v, a;
	guint e;
	if (tl_dg_lit(g, j, "the") && tl_dg_lit(g, j + 1, "year")) {
		j += 2;
		if (!tl_dg_number(g, j, FALSE, &v, &e) || !(v >= 1000 && v <= 2999))
			return 0;
		double w;
		guint e2;
		if (tl_dg_lit(g, e, "and") && tl_dg_number(g, e + 1, FALSE, &w, &e2) && w >= 1 && w < 100)
			v += w, e = e2;
	} else if (tl_dg_lit(g, j, "two") && tl_dg_lit(g, j + 1, "thousand")) {
		/* "in two thousand and eighteen", "February two thousand and
		 * eighteen": after a preposition of time or a month, not before a
		 * noun ("two thousand and ten people" is a count) */
		static const char *const preps[] = {"in", "of", "since", "by", "until", "from", "before",
		                                    "after", "during", "to", ","};
		double w;
		if (j == 0 || !(tl_dg_lit_any(g, j - 1, preps, G_N_ELEMENTS(preps)) ||
		                tl_dg_sense(g, j - 1, L_MONTH)))
			return 0;
		guint k = tl_dg_lit(g, j + 2, "and") ? j + 3 : j + 2;
		if (!tl_dg_number(g, k, FALSE, &w, &e) || isnan(w) || w < 1 || w > 99 ||
		    w != floor(w) || g->t[k].kind != T_WORD ||
		    (e < g->n && g->t[e].kind == T_WORD && tl_dg_plain(g, e) && !(g->t[e].flags & TF_CAP)))
			return 0;
		v = 2000 + w;
	} else {
		const TlDSense *n = tl_dg_sense(g, j, L_NUM);
		if (!n || (n->flags & LF_ART) || n->dval < 11 || n->dval > 20 || n->dval != (int)n->dval)
			return 0;
		a = n->dval;
		if (!tl_dg_number(g, j + 1, FALSE, &v, &e) || !(v >= 10 && v <= 99) ||
		    g->t[j + 1].kind != T_WORD)
			return 0;
		v += a * 100;
		/* "twelve twenty dollar bills", "fifteen twenty people": counts
		 * (but "the nineteen ninety-seven attack") */
		if (a < 18 && e < g->n && g->t[e].kind == T_WORD && tl_dg_plain(g, e) &&
		    !(g->t[e].flags & TF_CAP))
			return 0;
	}
	s->kind = S_ABS;
	s->type = TX_DATE;
	s->year = (gint64)v;
	s->gran = G_YEAR;
	s->rule = "year-words";
	/* "the nineteen seventies": a decade, as "the seventies" */
	const TlDSense *dw = e > 0 ? tl_dg_sense(g, e - 1, L_NUM) : NULL;
	if (dw && (dw->flags & LF_PLURAL) && s->year % 10 == 0) {
		s->gran = G_DECADE;
		s->rule = "decade-words";
		return e;
	}
	guint se = year_season(g, e, FALSE, s);
	return se ? se : e;
}

/* Words before a bare 4-digit number that make it a year. */
static gboolean
year_context(const TlDG *g, guint i)
{
	if (i == 0)
		return TRUE;
	const TlDTok *p = &g->t[i - 1];
	if (p->kind == T_PUNCT)
		return g->text[p->start] != '$' && g->text[p->start] != '#';
	static const char *const det[] = {"a", "an", "its", "his", "her", "their", "our", "my", "your"};
	if (tl_dg_lit_any(g, i - 1, det, G_N_ELEMENTS(det)))
		return TRUE; /* "its 1990 invasion", "a 1996 law" */
	return tl_dg_sense(g, i - 1, L_PREP) || tl_dg_sense(g, i - 1, L_OF) ||
	       tl_dg_sense(g, i - 1, L_DET) || tl_dg_sense(g, i - 1, L_CONJ) ||
	       tl_dg_sense(g, i - 1, L_DEIXIS) || tl_dg_lit(g, i - 1, "year") ||
	       tl_dg_lit(g, i - 1, "'s") || tl_dg_lit(g, i - 1, "s") ||
	       tl_dg_sense(g, i - 1, L_TENSE) || tl_dg_sense(g, i - 1, L_MOD);
}

/* The clitic 's (or \u2019s) right after token i-1. */
static gboolean
is_clitic_s(const TlDG *g, guint i)
{
	const TlDTok *t = &g->t[i];
	size_t n = t->end - t->start;
	const char *p = g->text + t->start;
	return t->kind == T_WORD && !(t->flags & TF_SPACE) && (p[n - 1] | 0x20) == 's' &&
	       ((n == 2 && p[0] == '\'') || (n == 4 && memcmp(p, "\xe2\x80\x99", 3) == 0));
}

/* ISO 8601's week of a year, "2024-W18" (with no space): the end, or 0. */
static guint
iso_week(const TlDG *g, guint i, TlDSem *s)
{
	if (i + 2 >= g->n || g->t[i].kind != T_NUM || g->t[i].ndigits != 4 || g->t[i].sfx ||
	    g->t[i].num < 1000 || g->t[i].num > 2999 || !tl_dg_punct(g, i + 1, '-') ||
	    (g->t[i + 1].flags & TF_SPACE) || (g->t[i + 2].flags & TF_SPACE) ||
	    g->t[i + 2].kind != T_WORD || g->t[i + 2].end - g->t[i + 2].start != 3)
		return 0;
	const char *w = g->text + g->t[i + 2].start;
	if (w[0] != 'W' || !g_ascii_isdigit(w[1]) || !g_ascii_isdigit(w[2]))
		return 0;
	int wk = (w[1] - '0') * 10 + (w[2] - '0');
	if (wk < 1 || wk > tl_cal_iso_weeks_in_year(g->t[i].num))
		return 0;
	s->kind = S_ABS;
	s->type = TX_DATE;
	s->year = g->t[i].num;
	s->week = wk;
	s->gran = G_WEEK;
	s->rule = "iso-week";
	return i + 3;
}

/* Is "the" before a modifier before token k: "the mid-90s", "the early
 * 80s", "the late eighties"? */
static gboolean
the_mod_before(const TlDG *g, guint k)
{
	guint m = k > 1 && tl_dg_hyph(g, k - 1) ? k - 2 : k - 1;
	return k > 0 && m > 0 && m < k && tl_dg_sense(g, m, L_MOD) && tl_dg_lit(g, m - 1, "the");
}

/* Does a decade in two digits or words at token k read as a level: a
 * temperature, price, score or rate ("highs in the mid-90s", "the stock
 * since it was in the 50s", "bonds were in the mid-90s Friday")?  So it
 * does with a word of measure within 12 tokens before it or 8 after
 * (grammar.txt: MEASURE, flag "level" among them: degrees, temperatures,
 * stock, shot...), a "$", or a day right after it. */
static gboolean
level_near(const TlDG *g, guint k)
{
	if (k + 1 < g->n && (tl_dg_sense(g, k + 1, L_WEEKDAY) || tl_dg_sense(g, k + 1, L_DAYREL)))
		return TRUE;
	guint a = k > 12 ? k - 12 : 0, b = MIN(g->n, k + 9);
	for (guint j = a; j < b; j++) {
		const TlDSense *m = tl_dg_sense(g, j, L_MEASURE);
		if ((m && strcmp(m->sval, "street") != 0 && strcmp(m->sval, "kind") != 0) ||
		    tl_dg_punct(g, j, '$'))
			return TRUE; /* (a street's name measures nothing, nor "wheat") */
	}
	return FALSE;
}

/* Do the words from e name a street ("Pennsylvania Avenue", "Main St."):
 * up to three words, then one of grammar.txt's that end a street's name? */
static gboolean
address_at(const TlDG *g, guint e)
{
	for (guint k = e; k < g->n && k < e + 4 && g->t[k].kind == T_WORD; k++) {
		if (measure_is(g, k, "street"))
			return k > e;
	}
	return FALSE;
}

/* Is the number at k joined by a dash to a word with a capital inside it,
 * a code name ("2019-nCoV", "2020-SARS")?  It is no year. */
static gboolean
code_name(const TlDG *g, guint k)
{
	if (k + 2 >= g->n || g->t[k].kind != T_NUM || !joined_punct(g, k + 1, '-') ||
	    g->t[k + 2].kind != T_WORD)
		return FALSE;
	for (guint32 p = g->t[k + 2].start + 1; p < g->t[k + 2].end; p++)
		if (g_ascii_isupper(g->text[p]))
			return TRUE;
	return FALSE;
}

guint
tl_dg_yearpat(const TlDG *g, guint i, TlDSem *s)
{
	guint j = i;
	gboolean det = tl_dg_lit(g, j, "the");
	if (det)
		j++;
	if (det && tl_dg_lit(g, j, "year"))
		j++;
	gboolean apos = tl_dg_punct(g, j, '\'') || (j < g->n && g->t[j].end - g->t[j].start == 3 &&
	                                            memcmp(g->text + g->t[j].start, "\xe2\x80\x99", 3) == 0);
	guint k = apos ? j + 1 : j;
	gint64 y;
	guint e;
	if (!det && !apos && (e = iso_week(g, i, s)))
		return e;
	if (code_name(g, k))
		return 0;
	if (!apos && tl_dg_sense(g, k, L_ERA) && tl_dg_year(g, k, TRUE, &y, &e)) {
		s->kind = S_ABS;
		s->type = TX_DATE;
		s->year = y;
		s->gran = G_YEAR;
		s->rule = "year-era";
		return e; /* AD 79 */
	}
	/* the nineties, the twenties (numbers.txt: plural decade words), read
	 * as "the '90s" is */
	const TlDSense *dw = (det || (k > 0 && tl_dg_sense(g, k - 1, L_MOD)) || the_mod_before(g, k)) && !apos
	                     ? tl_dg_sense(g, k, L_NUM) : NULL;
	if (dw && (dw->flags & LF_PLURAL) && dw->ival >= 20 && dw->ival % 10 == 0 && !level_near(g, k)) {
		s->kind = S_ABS;
		s->type = TX_DATE;
		s->year = 1900 + dw->ival;
		s->gran = G_DECADE;
		s->rule = "decade-word";
		return k + 1;
	}
	if (k >= g->n || g->t[k].kind != T_NUM)
		return 0;
	const TlDTok *t = &g->t[k];
	s->kind = S_ABS;
	s->type = TX_DATE;
	/* not a model: "Audi 4000S", "the SX-2000s" */
	gboolean model = g->text[t->end - 1] == 'S' && !(k > 0 && (g->t[k - 1].flags & TF_ALLCAP));
	if (k > 1 && tl_dg_hyph(g, k - 1) && !(g->t[k - 1].flags & TF_SPACE) && !(t->flags & TF_SPACE) &&
	    g->t[k - 2].kind == T_WORD && (g->t[k - 2].flags & TF_CAP) && !tl_dg_sense(g, k - 2, L_MOD))
		model = TRUE;
	/* nor a year: "the SX-2000 switch", "an F-1990 jet" (letters in
	 * capitals glued before it; not a date's word, "Mid-1990", "Jan-1990",
	 * "FY-1987", "Post-1945") */
	static const char *const before_year[] = {"post", "pre", "fy", "mid", "circa", "ca"};
	if (model && t->ndigits == 4 && !t->sfx && (g->t[k - 2].flags & TF_ALLCAP) &&
	    g->t[k - 2].lowlen <= 4 && tl_dg_plain(g, k - 2) &&
	    !tl_dg_lit_any(g, k - 2, before_year, G_N_ELEMENTS(before_year)))
		return 0;
	/* "the 90s", "the mid-90s", "the early 80s" without an apostrophe
	 * only when no level is near */
	if (t->sfx == 's' && t->num >= 0 && t->num % 10 == 0 && !model &&
	    ((t->ndigits == 4 && !apos && t->num <= 2100) ||
	     (t->ndigits == 2 && (apos || ((det || the_mod_before(g, k)) && !level_near(g, k)))))) {
		s->year = t->ndigits == 2 ? 1900 + t->num : t->num;
		s->gran = t->ndigits == 4 && hundreds(t->num) ? G_CENTURY : G_DECADE;
		s->rule = s->gran == G_CENTURY ? "hundreds" : "decade"; /* the 1800s: 18 */
		return k + 1;
	}
	/* the 1990's, the early 1980's, the 70's: a decade written with an
	 * apostrophe (without "the", "1990's budget" is the year's; two digits
	 * only when no level is near: "in the 70's" of a thermometer) */
	if (!apos && (t->ndigits == 4 || t->ndigits == 2) && !t->sfx && t->num % 10 == 0 &&
	    k + 1 < g->n &&
	    (det || (k > 0 && tl_dg_sense(g, k - 1, L_MOD) && k > 1 && tl_dg_lit(g, k - 2, "the"))) &&
	    is_clitic_s(g, k + 1) && (t->ndigits == 4 || !level_near(g, k))) {
		s->year = t->ndigits == 2 ? 1900 + t->num : t->num;
		s->gran = hundreds(t->num) ? G_CENTURY : G_DECADE;
		s->rule = s->gran == G_CENTURY ? "hundreds" : "decade";
		return k + 2;
	}
	/* 0930 GMT, 2130 UTC, 1330 gmt, 1230 local time: a 24-hour clock with
	 * its zone, no year; and the start of "1115 to 1330 local time" */
	guint ze = 0;
	const TlDSense *z = !apos ? clock_zone(g, k, &ze) : NULL;
	/* (or hours: "from 1800 to 2100 hrs Chicago time") */
	gboolean hours_after = k + 3 < g->n && is_hhmm(&g->t[k + 2]) &&
	                       hours_word(g, k + 3);
	if (!z && !apos && !det && is_hhmm(t) && !clock_aside(g, k) &&
	    (clock_zone(g, k + 2, NULL) || hours_after) &&
	    clock_join(g, k + 1)) {
		set_hhmm(s, t->num, "clock-zone-range");
		return k + 1;
	}
	if (z) {
		/* "10:35 a.m. (0735 GMT)", "1630 EST (2130 GMT)": the same time in
		 * another zone, an aside */
		if (clock_aside(g, k))
			return 0;
		set_hhmm(s, t->num, "clock-zone");
		if (strcmp(z->sval, "LOCAL") != 0)
			g_strlcpy(s->tz, z->sval, sizeof s->tz);
		return ze;
	}
	/* 0900 hours, at 1400 hrs GMT: a 24-hour clock, as armies and police
	 * write it ("1200 hours of community service" is an amount) */
	if (!apos && !det && is_hhmm(t) &&
	    hours_word(g, k + 1) && !tl_dg_lit(g, k + 2, "of") &&
	    (g->text[t->start] == '0' ||
	     (k > 0 && (tl_dg_lit(g, k - 1, "at") || tl_dg_lit(g, k - 1, "by") ||
	                tl_dg_lit(g, k - 1, "until") || tl_dg_lit(g, k - 1, "till"))) ||
	     /* the end of a range of clocks: "from 1800 to 2100 hrs" */
	     (k > 1 && is_hhmm(&g->t[k - 2]) && clock_join(g, k - 1)))) {
		set_hhmm(s, t->num, "clock-hours");
		z = tl_dg_phrase(g, k + 2, L_TZ, &ze);
		if (z && (g->t[k + 2].flags & TF_ALLCAP)) {
			g_strlcpy(s->tz, z->sval, sizeof s->tz);
			return ze;
		}
		return k + 2;
	}
	/* '96, Woodstock '94, the class of '05: a year, the apostrophe
	 * opening the word (not a quote around the number) */
	if (apos && !det && t->ndigits == 2 && !t->sfx && t->num >= 0 && !(t->flags & TF_SPACE) &&
	    (j == 0 || (g->t[j].flags & TF_SPACE)) && !tl_dg_punct(g, k + 1, '\'') &&
	    !(k + 1 < g->n && g->t[k + 1].end - g->t[k + 1].start == 3 &&
	      memcmp(g->text + g->t[k + 1].start, "\xe2\x80\x99", 3) == 0)) {
		s->year = tl_dg_two_digit_year(t->num);
		s->yy2 = TRUE;
		s->gran = G_YEAR;
		s->rule = "year-apostrophe";
		return k + 1;
	}
	if (apos)
		return 0;
	if (!tl_dg_year(g, k, TRUE, &y, &e))
		return 0;
	gboolean era = e > k + 1 || tl_dg_sense(g, k, L_ERA);
	/* the year of "Oct 26 11:00:09 2023" is the date's (tl_dg_month) */
	gint64 cy;
	for (guint c = k >= 3 ? k - 3 : 0; !det && c < k && k >= 3; c++)
		if (clock_then_year(g, c, &cy) == k && g->t[c - 1].kind == T_NUM &&
		    (tl_dg_sense(g, c - 2, L_MONTH) || g->t[c - 1].sfx == 'o'))
			return 0;
	if (!era && y >= 1000 && y <= 2100 && g->t[k].ndigits == 4) {
		guint se = year_season(g, e, det, s);
		if (se) {
			s->kind = S_ABS;
			s->type = TX_DATE;
			s->year = y;
			return se;
		}
	}
	/* the year, then its quarter or half: "2017 Q1", "2017-q1", "2019 H2"
	 * ("h2" in lower case only joined: hydrogen is written so) */
	if (!det && !era && y >= 1000 && y <= 2100 && g->t[k].ndigits == 4 && e < g->n &&
	    !(g->t[e].flags & TF_NL)) {
		gboolean qj = joined_punct(g, e, '-');
		guint qk = qj ? e + 1 : e;
		const TlDSense *qn = tl_dg_sense(g, qk, L_QNAME), *hn = tl_dg_sense(g, qk, L_HNAME);
		if ((qn && (qj || (g->t[qk].flags & TF_SPACE))) ||
		    (hn && (qj || (g->t[qk].flags & TF_CAP)))) {
			s->kind = S_ABS;
			s->type = TX_DATE;
			s->year = y;
			if (qn)
				s->quarter = qn->ival, s->gran = G_QUARTER;
			else
				s->half = hn->ival, s->gran = G_HALF;
			s->rule = "year-quarter-name";
			return qk + 1;
		}
	}
	/* the year's part: "1988's first quarter", "2025's second half" (as
	 * "next year's first quarter", deixis.c) */
	if (!det && !era && y >= 1000 && y <= 2100 && g->t[k].ndigits == 4 && e + 1 < g->n &&
	    is_clitic_s(g, e)) {
		TlDSem in;
		tl_dsem_init(&in);
		guint pe = tl_dg_ordunit(g, e + 1, &in);
		if (pe && in.year == TL_NOYEAR && !in.yrel && !in.fiscal && in.rule &&
		    (strcmp(in.rule, "half") == 0 || strcmp(in.rule, "quarter") == 0)) {
			*s = in;
			s->year = y;
			s->rule = "year-possessive-part";
			return pe;
		}
	}
	/* the year first: "2024 August", "2024-Aug", "2024/August", "2024 AD
	 * August", "2012/Aug/10" (a bare ambiguous month needs the joint:
	 * "in 2024 May"; a month in lower case only when it is no
	 * abbreviation and no other word: "2016 june", not "2016 may") */
	if (!det && y >= 1000 && y <= 2100 && g->t[k].ndigits == 4 && e < g->n &&
	    !(g->t[e].flags & TF_NL)) {
		gboolean joined = joined_punct(g, e, '-') || joined_punct(g, e, '/');
		guint ms = joined ? e + 1 : e, me2;
		const TlDSense *mo = joined ? joined_month(g, ms, &me2) : month_at(g, ms, &me2);
		/* (and "2009 May 22nd": an ordinal day after the month) */
		int d;
		guint de;
		gboolean ordday = mo && !joined && me2 < g->n && g->t[me2].kind == T_NUM &&
		                  g->t[me2].sfx == 'o' && !(g->t[me2].flags & TF_NL) &&
		                  day_at(g, me2, &d, &de) && d <= 31;
		if (mo && (joined || (((g->t[ms].flags & TF_CAP) || !(mo->flags & (LF_ABBR | LF_AMB))) &&
		                      (!(mo->flags & LF_AMB) || me2 >= g->n || g->t[me2].kind == T_PUNCT ||
		                       ordday)))) {
			s->year = y;
			if (ordday) {
				if (!day_ok(mo->ival, d, y)) {
					impossible(s);
					return de;
				}
				finish_month(s, mo->ival, d, "year-month-day");
				return de;
			}
			if (joined && joined_punct(g, me2, g->text[g->t[e].start]) &&
			    g->t[me2 + 1].kind == T_NUM && day_at(g, me2 + 1, &d, &de) && d <= 31) {
				if (!day_ok(mo->ival, d, y)) {
					impossible(s);
					return de;
				}
				finish_month(s, mo->ival, d, "year-month-day");
				return de;
			}
			/* not "1615-Apr 7" (a time, then a day) */
			if (me2 < g->n && g->t[me2].kind == T_NUM) {
				s->year = TL_NOYEAR;
			} else {
				finish_month(s, mo->ival, 0, "year-month");
				return me2;
			}
		}
	}
	/* "leaves at 0730 tomorrow", "between 0100 and 0415 CST", "at 0200
	 * gmt": no year is written with a leading zero; a 24-hour clock
	 * after at, by, between... or before its day or zone (not "0800 123
	 * 456", a telephone number; "1700 hrs local time (0800 gmt)" leaves
	 * the aside in another zone out, as "1630 EST (2130 GMT)" above) */
	if (!era && t->ndigits == 4 && g->text[t->start] == '0') {
		static const char *const before[] = {"at", "by", "until", "till", "from", "to",
		                                     "between", "and", "around", "about", "after", "before"};
		guint zend = 0;
		if (det || t->num / 100 > 23 || t->num % 100 > 59 ||
		    (k > 0 && (tl_dg_punct(g, k - 1, '(') || tl_dg_punct(g, k - 1, '/'))) || /* an aside */
		    !((k > 0 && tl_dg_lit_any(g, k - 1, before, G_N_ELEMENTS(before))) ||
		      tl_dg_sense(g, e, L_DAYREL) || tl_dg_sense(g, e, L_WEEKDAY) ||
		      tl_dg_phrase(g, e, L_TZ, &zend)))
			return 0;
		set_hhmm(s, t->num, "clock-leading-zero");
		return e;
	}
	if (!era && k > 0 && g->t[k - 1].kind == T_PUNCT && !(g->t[k].flags & TF_SPACE) &&
	    strchr("$#\xc2\xe2", g->text[g->t[k - 1].start]))
		return 0; /* $2024, #2024, \u00a3 2024 */
	if (!era) {
		gboolean common = y >= 1900 && y <= 2100;
		const TlDTok *nx = e < g->n ? &g->t[e] : NULL;
		gboolean noun_after = nx && nx->kind == T_WORD && !(nx->flags & TF_CAP) &&
		                      tl_dg_plain(g, e) && !(nx->flags & TF_NL);
		if (nx && (tl_dg_punct(g, e, '%') || tl_dg_lit(g, e, "percent")))
			return 0;
		/* "the 2000 km pipeline", "2010 tonnes of ore": a measure
		 * (grammar.txt's units) */
		if (nx && measure_is(g, e, "unit"))
			return 0;
		/* "3000 of the National Guard", "1500 of them": a count (but "the
		 * sinking in 1912 of the Titanic"); "1010 ± 195 light years": a
		 * measure */
		gboolean in_year = k > 0 && (tl_dg_lit(g, k - 1, "in") || tl_dg_lit(g, k - 1, "during") ||
		                             tl_dg_lit(g, k - 1, "since") || tl_dg_lit(g, k - 1, "until"));
		if (nx && ((tl_dg_lit(g, e, "of") && !in_year &&
		            (tl_dg_lit(g, e + 1, "the") || tl_dg_lit(g, e + 1, "them") ||
		             tl_dg_lit(g, e + 1, "those") || tl_dg_lit(g, e + 1, "these") ||
		             tl_dg_lit(g, e + 1, "us") || tl_dg_lit(g, e + 1, "their") ||
		             tl_dg_lit(g, e + 1, "our"))) ||
		           (nx->end - nx->start == 2 && memcmp(g->text + nx->start, "\xc2\xb1", 2) == 0)))
			return 0;
		/* "about 5000 troops", "nearly 2000 people", "some 1900 workers": a
		 * round count; "over 1985 volume", "around 1986 levels": a year
		 * (and "around 1500, the city grew") */
		const TlDSense *qm = k > 0 && !det ? tl_dg_sense(g, k - 1, L_MOD) : NULL;
		if (qm && strcmp(qm->sval, "START") != 0 && strcmp(qm->sval, "MID") != 0 &&
		    strcmp(qm->sval, "END") != 0 &&
		    (y > 2100 || (noun_after && !function_word(nx->low) && y % 100 == 0)))
			return 0;
		/* "its roughly 2000 Thai and 74 Malaysian stores", "nearly 1990
		 * stores": an adverb of amount before a word is a count, whatever
		 * the number (not after a preposition: "in roughly 2000") */
		static const char *const amount[] = {"nearly", "almost", "roughly", "approximately", NULL};
		gboolean amount_adv = FALSE;
		for (guint a = 0; k > 0 && amount[a]; a++)
			amount_adv = amount_adv || tl_dg_lit(g, k - 1, amount[a]);
		if (amount_adv && nx && nx->kind == T_WORD && !function_word(nx->low) && !(nx->flags & TF_NL) &&
		    !(k > 1 && tl_dg_sense(g, k - 2, L_PREP)))
			return 0;
		if (!common && old_year_not(g, k, e, det))
			return 0;
		/* "circa 1650", "c. 1650", "ca. 1650" */
		guint pe = 0;
		gboolean abbr_mod = k >= 2 && tl_dg_punct(g, k - 1, '.') &&
		                    tl_dg_phrase(g, k - 2, L_MOD, &pe) && pe == k;
		if (!common &&
		    !(k > 0 && (tl_dg_sense(g, k - 1, L_PREP) || tl_dg_lit(g, k - 1, "year") ||
		                tl_dg_sense(g, k - 1, L_MOD) || abbr_mod)))
			return 0;
		if (!in_year && !(k > 0 && (tl_dg_lit(g, k - 1, "by") || tl_dg_lit(g, k - 1, "before") ||
		                            tl_dg_lit(g, k - 1, "after"))) &&
		    address_at(g, e))
			return 0; /* "at 1600 Pennsylvania Avenue", not "by 2150 Main Street" */
		if (!det && noun_after && !year_context(g, k))
			return 0;
		if (!det && !year_context(g, k) && !(nx == NULL || nx->kind == T_PUNCT || !noun_after))
			return 0;
	}
	/* "the 1988 quarter", "the 1989 period": that year's part that the
	 * text speaks of (engine.c: the quarter last mentioned) */
	if (det && j == i + 1 && !era && (tl_dg_lit(g, e, "quarter") || tl_dg_lit(g, e, "period")) &&
	    !tl_dg_hyph(g, e + 1)) {
		s->year = y;
		s->gran = G_YEAR;
		s->by_quarter = TRUE;
		s->rule = "year-period";
		return e + 1;
	}
	if (det && j == i + 1 && !(j > i + 1))
		return 0; /* "the 1998 ..." is not "the year 1998": leave "the" out */
	s->year = y;
	s->gran = G_YEAR;
	s->rule = "year";
	/* "1986 year-end": that year's last day (holidays.txt); "at 1986 year
	 * end", "1986's year end": its end, as "year end" alone reads
	 * (deixis.c) */
	guint he = 0;
	if (!era && year_end(tl_dg_phrase(g, e, L_HOLIDAY, &he), g, e)) {
		s->month = 12;
		s->day = 31;
		s->gran = G_DAY;
		s->rule = "year-end";
		return he;
	}
	if (!era && tl_dg_lit(g, e, "year") && tl_dg_lit(g, e + 1, "end") && !tl_dg_hyph(g, e + 2)) {
		s->mod = "END";
		s->rule = "year-end";
		return e + 2;
	}
	/* the 1988 second quarter */
	int o;
	guint oe, ue;
	TlDGran u;
	gboolean pl;
	if (tl_dg_ordinal(g, e, &o, &oe) && o >= 1 && o <= 4 && tl_dg_unit(g, oe, &u, &pl, &ue) &&
	    !pl && (u == G_QUARTER || (u == G_HALF && o <= 2))) {
		if (u == G_QUARTER)
			s->quarter = o, s->gran = G_QUARTER;
		else
			s->half = o, s->gran = G_HALF;
		s->rule = "year-quarter";
		return ue;
	}
	return e;
}

/* ---- ranges inside one number token ------------------------------------ */

/* "3-5" at token i: two plain numbers joined by a hyphen or an en dash, in
 * one number token or as three tokens with no space between ("1998\u20132001").
 * TRUE with both, the byte offsets of the end of the first and the start of
 * the second, and *next, the token after the pair. */
static gboolean
num_pair(const TlDG *g, guint i, long long v[2], int nd[2], guint32 *end1, guint32 *start2,
         guint *next)
{
	if (i >= g->n || g->t[i].kind != T_NUM || g->t[i].sfx)
		return FALSE;
	if (g->t[i].num >= 0) {
		const TlDTok *d = i + 2 < g->n ? &g->t[i + 1] : NULL, *t2 = d ? d + 1 : NULL;
		if (!d || d->kind != T_PUNCT || (d->flags & TF_SPACE) || t2->kind != T_NUM ||
		    t2->num < 0 || t2->sfx || (t2->flags & TF_SPACE) ||
		    !(d->end - d->start == 3 ? memcmp(g->text + d->start, "\xe2\x80\x93", 3) == 0
		                             : g->text[d->start] == '-' && d->end - d->start == 1))
			return FALSE;
		v[0] = g->t[i].num, nd[0] = g->t[i].ndigits;
		v[1] = t2->num, nd[1] = t2->ndigits;
		*end1 = g->t[i].end;
		*start2 = t2->start;
		*next = i + 3;
		return TRUE;
	}
	const char *s = g->text + g->t[i].start, *e = g->text + g->t[i].end;
	const char *p = s;
	for (int k = 0; k < 2; k++) {
		v[k] = 0;
		nd[k] = 0;
		while (p < e && *p >= '0' && *p <= '9' && nd[k] < 5)
			v[k] = v[k] * 10 + (*p++ - '0'), nd[k]++;
		if (nd[k] == 0)
			return FALSE;
		if (k == 0) {
			*end1 = g->t[i].start + (guint32)(p - s);
			/* "2023/24": a season or a fiscal year, two years (below) */
			if (p < e && (*p == '-' || (*p == '/' && nd[0] == 4)))
				p++;
			else if (e - p >= 3 && memcmp(p, "\xe2\x80\x93", 3) == 0)
				p += 3;
			else
				return FALSE;
			*start2 = g->t[i].start + (guint32)(p - s);
		}
	}
	*next = i + 1;
	return p == e;
}

/* Two ordinals of days joined by an unspaced dash at token i: "3rd-7th". */
static gboolean
ord_pair(const TlDG *g, guint i, long long v[2])
{
	if (i + 2 >= g->n || g->t[i].kind != T_NUM || g->t[i].sfx != 'o' || !tl_dg_punct(g, i + 1, '-') ||
	    (g->t[i + 1].flags & TF_SPACE) || g->t[i + 2].kind != T_NUM || g->t[i + 2].sfx != 'o' ||
	    (g->t[i + 2].flags & TF_SPACE) || g->t[i].ndigits > 2 || g->t[i + 2].ndigits > 2)
		return FALSE;
	v[0] = g->t[i].num, v[1] = g->t[i + 2].num;
	return v[0] >= 1;
}

static void
add_pair(GArray *matches, TlDMatch *a, TlDMatch *b, const char *rule)
{
	a->sem.rule = b->sem.rule = rule;
	g_array_append_val(matches, *a);
	g_array_append_val(matches, *b);
}

static void
day_sem(TlDSem *s, int month, int day, gint64 year)
{
	tl_dsem_init(s);
	finish_month(s, month, day, NULL);
	s->year = year;
}

/* Days v[0] and v[1] of a month as two matches: the first from token i
 * (its tokens end before a_end, its bytes at end1), the second from byte
 * start2 of token next - 1 to the year read from token year_at, if any.
 * FALSE when either day is not in the month. */
static gboolean
day_range(const TlDG *g, int month, const long long v[2], guint i, guint a_end, guint32 end1,
          guint32 start2, guint next, guint year_at, GArray *matches)
{
	TlDSem ys;
	tl_dsem_init(&ys);
	guint ye = year_after(g, year_at, &ys);
	if (!day_ok(month, (int)v[0], ys.year) || !day_ok(month, (int)v[1], ys.year))
		return FALSE;
	TlDMatch a = {.start = g->t[i].start, .end = end1, .tok0 = (int)i, .tok1 = (int)a_end};
	TlDMatch b = {.start = start2, .end = g->t[ye - 1].end, .tok0 = (int)next - 1, .tok1 = (int)ye};
	day_sem(&a.sem, month, (int)v[0], ys.year);
	day_sem(&b.sem, month, (int)v[1], ys.year);
	add_pair(matches, &a, &b, "day-range");
	return TRUE;
}

/*
 * Ranges written in one number token, as two expressions, each a date of
 * its own: "March 3-5" (March 3 and 5), "14-16 May 2025" (14 and 16 May
 * 2025), "2020-2023" and "1914-18" (two years; only where a lone year would
 * be one, a span of at most 60 years, the second later: "1500-1550 troops"
 * and "2-3" are no dates).  TRUE with the two appended to matches.
 */
gboolean
tl_dg_range(const TlDG *g, guint i, GArray *matches)
{
	const TlDTok *t = &g->t[i];
	if (t->kind == T_NUM ? t->num >= 0 && !(i + 1 < g->n && g->t[i + 1].kind == T_PUNCT)
	                     : !(t->cats & ((guint64)1 << L_MONTH)))
		return FALSE; /* most tokens: no range can start here */
	long long v[2];
	int nd[2];
	guint32 end1, start2;
	guint me, nx;
	TlDMatch a, b; /* made whole where a range is found */
	const TlDSense *m = month_at(g, i, &me);
	if (m && num_pair(g, me, v, nd, &end1, &start2, &nx) && nd[0] <= 2 && nd[1] <= 2 &&
	    v[0] >= 1 && v[0] < v[1]) /* March 3-5[, 2025] */
		return day_range(g, m->ival, v, i, me + 1, end1, start2, nx, nx, matches);
	if (m && ord_pair(g, me, v) && v[0] < v[1]) /* May 3rd-7th */
		return day_range(g, m->ival, v, i, me + 1, g->t[me].end, g->t[me + 2].start, me + 3, me + 3,
		                 matches);
	if (!num_pair(g, i, v, nd, &end1, &start2, &nx))
		return FALSE;
	if (nd[0] <= 2 && nd[1] <= 2 && v[0] >= 1 && v[0] < v[1] && (m = month_at(g, nx, &me)))
		return day_range(g, m->ival, v, i, i + 1, end1, start2, nx, me, matches); /* 14-16 May[ 2025] */
	/* "1200-1100 BC": two years before our era, counting down */
	const TlDSense *era = tl_dg_sense(g, nx, L_ERA);
	if (era && strcmp(era->sval, "BC") == 0 && v[0] > v[1] && v[1] >= 1 && nd[0] <= 4 &&
	    (i == 0 || !tl_dg_punct(g, i - 1, '$'))) {
		a = (TlDMatch){
			.start = g->t[i].start, .end = end1, .tok0 = (int)i, .tok1 = (int)i + 1};
		b = (TlDMatch){.start = start2, .end = g->t[nx].end, .tok0 = (int)nx - 1,
		               .tok1 = (int)nx + 1};
		tl_dsem_init(&a.sem);
		tl_dsem_init(&b.sem);
		a.sem.kind = b.sem.kind = S_ABS;
		a.sem.type = b.sem.type = TX_DATE;
		a.sem.gran = b.sem.gran = G_YEAR;
		a.sem.year = 1 - v[0];
		b.sem.year = 1 - v[1];
		add_pair(matches, &a, &b, "year-range");
		return TRUE;
	}
	if (nd[0] != 4 || (nd[1] != 4 && nd[1] != 2) || v[0] < 1000 || v[0] > 2999)
		return FALSE;
	gint64 y2 = nd[1] == 4 ? v[1] : v[0] - v[0] % 100 + v[1];
	if (nd[1] == 2 && y2 <= v[0])
		y2 += 100; /* 1999-00 */
	if (y2 <= v[0] || y2 - v[0] > 60)
		return FALSE;
	if (g->text[end1] == '/' && y2 != v[0] + 1)
		return FALSE; /* a slash joins the two years of one season only */
	/* where a lone year would be one: after a preposition, "the", a
	 * possessive...; or the two in the usual span and no count noun after */
	gboolean common = v[0] >= 1900 && y2 <= 2100;
	const TlDTok *after = nx < g->n ? &g->t[nx] : NULL;
	gboolean noun_after = after && after->kind == T_WORD && !(after->flags & TF_CAP) &&
	                      tl_dg_plain(g, nx) && !(after->flags & TF_NL);
	if (after && (tl_dg_punct(g, nx, '%') || tl_dg_lit(g, nx, "percent")))
		return FALSE;
	if (!year_context(g, i) && (!common || noun_after))
		return FALSE;
	if (!common && !(i > 0 && (tl_dg_sense(g, i - 1, L_PREP) || tl_dg_lit(g, i - 1, "the"))))
		return FALSE;
	a = (TlDMatch){.start = g->t[i].start, .end = end1, .tok0 = (int)i, .tok1 = (int)i + 1};
	b = (TlDMatch){.start = start2, .end = g->t[nx - 1].end, .tok0 = (int)nx - 1, .tok1 = (int)nx};
	tl_dsem_init(&a.sem);
	tl_dsem_init(&b.sem);
	a.sem.kind = b.sem.kind = S_ABS;
	a.sem.type = b.sem.type = TX_DATE;
	a.sem.gran = b.sem.gran = G_YEAR;
	a.sem.year = v[0];
	b.sem.year = y2;
	add_pair(matches, &a, &b, "year-range");
	return TRUE;
}

/* Is [i, e) one token, a month and day as "8/12" (in the order asked)?
 * Its month and day in *m and *d when they are not NULL. */
static gboolean
slash_day(const TlDG *g, guint i, guint e, int *m, int *d)
{
	if (e != i + 1 || i >= g->n || g->t[i].kind != T_NUM || g->t[i].sfx)
		return FALSE;
	const char *p = g->text + g->t[i].start, *end = g->text + g->t[i].end;
	int v[2] = {0, 0}, nd[2] = {0, 0};
	for (int k = 0; k < 2; k++) {
		while (p < end && g_ascii_isdigit(*p) && nd[k] < 3)
			v[k] = v[k] * 10 + (*p++ - '0'), nd[k]++;
		if (nd[k] == 0 || nd[k] > 2 || (k == 0 && (p == end || *p++ != '/')))
			return FALSE;
	}
	if (p != end)
		return FALSE;
	int mm = g->order == TL_DORDER_DMY ? v[1] : v[0],
	    dd = g->order == TL_DORDER_DMY ? v[0] : v[1];
	if (mm < 1 || mm > 12 || !day_ok(mm, dd, TL_NOYEAR))
		return FALSE;
	if (m)
		*m = mm, *d = dd;
	return TRUE;
}

/*
 * "August 10 to 22, 2012", "May 3 - 7", "between May 3 and 7": the bare
 * day that ends a range after a day of a month (m, just found) is a date of
 * that month; a year written after it is both's.  Only where the number
 * can be nothing else: a clause ends after it, or its year follows ("March
 * 3 to 5 pct" is a rate); after "and" or "or", a clause's end or a
 * preposition.  TRUE with the second in *b (m's year set).
 */
gboolean
tl_dg_day_range_end(const TlDG *g, TlDMatch *m, TlDMatch *b)
{
	TlDSem *a = &m->sem;
	guint k = (guint)m->tok1;
	if (a->kind != S_ABS || a->type != TX_DATE || !a->month || !a->day || a->mod || a->hol ||
	    a->shift || a->yrel || a->week_of || a->year != TL_NOYEAR || k + 1 >= g->n)
		return FALSE;
	static const char *const joins[] = {"to", "through", "until", "till", "-", "\xe2\x80\x93"};
	gboolean between = m->tok0 > 0 && tl_dg_lit(g, (guint)m->tok0 - 1, "between");
	/* "September 14 and 18, 2010", "May 3 or 4, 2011": two days of a
	 * month, when the year follows the second (below) */
	gboolean pair = !between && (tl_dg_lit(g, k, "and") || tl_dg_lit(g, k, "or"));
	if (!tl_dg_lit_any(g, k, joins, G_N_ELEMENTS(joins)) &&
	    !(between && tl_dg_lit(g, k, "and")) && !pair)
		return FALSE;
	const TlDTok *t = &g->t[k + 1];
	int m2, d2;
	if (slash_day(g, (guint)m->tok0, (guint)m->tok1, NULL, NULL) &&
	    slash_day(g, k + 1, k + 2, &m2, &d2) &&
	    (m2 > a->month || (m2 == a->month && d2 > a->day))) {
		/* "from 8/10 to 8/12": a bare month and day after one */
		*b = (TlDMatch){
			.start = t->start, .end = t->end, .tok0 = (int)k + 1, .tok1 = (int)k + 2};
		day_sem(&b->sem, m2, d2, TL_NOYEAR);
		b->sem.rule = "day-range-end";
		return TRUE;
	}
	/* "May eighth - tenth, 2010": spelled ordinals */
	int dw = 0;
	guint de = k + 2, owe;
	if (t->kind == T_WORD && tl_dg_ordinal(g, k + 1, &dw, &owe) && dw > a->day && dw <= 31)
		de = owe;
	else if (t->kind != T_NUM || t->num <= a->day || t->num > 31 || t->ndigits > 2 ||
	         (t->sfx && t->sfx != 'o'))
		return FALSE;
	else
		dw = (int)t->num;
	/* not "WASHINGTON, March 3 - 10 of the banks" */
	static const char *const after[] = {"and", "or", "in", "this", "next", "last", "inclusive"};
	TlDSem ys;
	tl_dsem_init(&ys);
	guint ye = year_after(g, de, &ys);
	if (ye == de) {
		/* two days with no year: "on April 12 and 26 for a wide range
		 * of posts", "set for May 3 and 4." (not "May 3 and 4 others",
		 * "March 3 and 5 pct") */
		static const char *const pair_after[] = {"for", "at", "in", "on", "with", "when", "while",
		                                         "respectively", "as", "after", "before"};
		const TlDTok *n = de < g->n ? &g->t[de] : NULL;
		gboolean ends = !n ||
		                (n->kind == T_PUNCT && !tl_dg_punct(g, de, '%') &&
		                 !tl_dg_punct(g, de, '-') && !tl_dg_punct(g, de, '/')) ||
		                (pair ? tl_dg_lit_any(g, de, pair_after, G_N_ELEMENTS(pair_after))
		                      : tl_dg_lit_any(g, de, after, G_N_ELEMENTS(after)));
		if (!ends)
			return FALSE;
	}
	if (!day_ok(a->month, dw, ys.year) || !day_ok(a->month, a->day, ys.year))
		return FALSE;
	*b = (TlDMatch){
		.start = t->start, .end = g->t[ye - 1].end, .tok0 = (int)k + 1, .tok1 = (int)ye};
	day_sem(&b->sem, a->month, dw, ys.year);
	b->sem.rule = "day-range-end";
	a->year = ys.year;
	return TRUE;
}
