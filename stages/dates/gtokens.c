/*
 * The token tests every grammar pattern uses (grammar.h): senses of a
 * token, phrases of several words, literal words and hyphens, and the
 * readers of numbers, ordinals, years and units, spelled or in digits.
 */
#include <math.h>
#include <string.h>
#include "grammar.h"

/* A unit written onto its number in lower case ("2h", "30m") is one only
 * there: "Feb 16 M-1" has no unit after the day. */
static gboolean
glued(const TlDG *g, guint i)
{
	return i > 0 && g->t[i - 1].kind == T_NUM && !(g->t[i].flags & (TF_SPACE | TF_CAP));
}

/* tl_dg_sense past its test of the token's categories. */
const TlDSense *
tl_dg_sense_of(const TlDG *g, guint i, int cat)
{
	if (i >= g->n || !g->t[i].senses)
		return NULL;
	GPtrArray *a = g->t[i].senses;
	for (guint k = 0; k < a->len; k++) {
		const TlDSense *s = g_ptr_array_index(a, k);
		if (s->cat == cat && s->nwords == 1 && (!(s->flags & LF_GLUED) || glued(g, i)))
			return s;
	}
	return NULL;
}

/* "for 3 h.": an "h" set apart from its number, ending the phrase (the
 * lexicon's "h" is a unit only glued to it: "2h"). */
static gboolean
spaced_h(const TlDG *g, guint i)
{
	return i > 0 && i < g->n && g->t[i].lowlen == 1 && g->t[i].low[0] == 'h' &&
	       g->t[i - 1].kind == T_NUM && !g->t[i - 1].sfx && !(g->t[i].flags & (TF_CAP | TF_NL)) &&
	       (i + 1 >= g->n ||
	        (g->t[i + 1].kind == T_PUNCT && strchr(".,;:!?)", g->text[g->t[i + 1].start])));
}

/* tl_dg_word_at past its test of the first letter. */
guint
tl_dg_word_at_of(const TlDG *g, guint i, const char *w)
{
	if (i >= g->n || g->t[i].low[0] != w[0])
		return 0;
	if (strcmp(g->t[i].low, w) == 0)
		return i + 1;
	size_t n = strlen(w);
	if (n > 1 && w[n - 1] == '.' && strncmp(g->t[i].low, w, n - 1) == 0 &&
	    g->t[i].low[n - 1] == '\0' && tl_dg_punct(g, i + 1, '.'))
		return i + 2;
	return 0;
}

/* tl_dg_phrase past its test of the token's categories. */
const TlDSense *
tl_dg_phrase_of(const TlDG *g, guint i, int cat, guint *end)
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
			j = tl_dg_word_at(g, j, s->words[w]);
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
tl_dg_undated_cue(const TlDSense *s)
{
	return s->cat == L_TENSE && ((s->flags & LF_TIMETABLE) || strcmp(s->sval, "FORWARD") == 0);
}

static gboolean
plain(const TlDG *g, guint i, gboolean cues)
{
	if (i >= g->n || !g->t[i].senses)
		return TRUE;
	GPtrArray *a = g->t[i].senses;
	for (guint k = 0; k < a->len; k++) {
		const TlDSense *s = g_ptr_array_index(a, k);
		/* a cue that is no date word, nor what a number measures ("2000
		 * points") */
		if (tl_dg_undated_cue(s) || s->cat == L_MEASURE)
			continue;
		if (cues && (s->cat == L_TENSE || s->cat == L_PREP || s->cat == L_CONJ))
			continue;
		if (s->nwords == 1)
			return FALSE;
		guint j = i + 1;
		for (int w = 0; j && w < s->nwords - 1; w++)
			j = tl_dg_word_at(g, j, s->words[w]);
		if (j)
			return FALSE;
	}
	return TRUE;
}

gboolean
tl_dg_plain(const TlDG *g, guint i)
{
	return plain(g, i, FALSE);
}

gboolean
tl_dg_no_date_word(const TlDG *g, guint i)
{
	return plain(g, i, TRUE);
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

/* "3,000", "10,000": a count written with thousands separators, groups of
 * three digits after the first of one to three; TRUE with its value. */
gboolean
tl_dg_grouped(const TlDG *g, guint i, double *v)
{
	if (i >= g->n || g->t[i].kind != T_NUM || g->t[i].num >= 0 || g->t[i].sfx)
		return FALSE;
	const char *p = g->text + g->t[i].start, *e = g->text + g->t[i].end;
	double x = 0;
	int run = 0, groups = 0;
	for (; p < e; p++) {
		if (*p == ',') {
			if (run == 0 || (groups ? run != 3 : run > 3))
				return FALSE;
			groups++;
			run = 0;
		} else if (*p >= '0' && *p <= '9') {
			x = x * 10 + (*p - '0');
			run++;
		} else {
			return FALSE;
		}
	}
	if (!groups || run != 3)
		return FALSE;
	*v = x;
	return TRUE;
}

/* tl_dg_number, with its multiplier ("hundred") when `mult`. */
static gboolean
number_at(const TlDG *g, guint i, gboolean allow_art, gboolean mult, double *v, guint *end)
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
		/* 1.5 (years); not a date or a clock, told before the number
		 * is read */
		const char *s = g->text + t->start;
		size_t n = t->end - t->start;
		if (memchr(s, ',', n) || memchr(s, ':', n) || memchr(s, '/', n) || memchr(s, '-', n))
			return FALSE;
		char *e = NULL;
		double d = g_ascii_strtod(s, &e);
		if (e == g->text + t->end) {
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
	/* "couple of weeks" needs no article in talk */
	if ((s->flags & LF_COUPLE) && tl_dg_lit(g, i + 1, "of") && !(i > 0 && tl_dg_lit(g, i - 1, "the"))) {
		*v = 2;
		*end = i + 2;
		return TRUE;
	}
	/* "lasted few hours": "few" needs none either before a unit (checked
	 * by the caller); not "the few days he had", "the first few days"
	 * (an ordinal's), "every few years" (a set), "very few days where"
	 * (occasions, not a span) */
	static const char *const few_not[] = {"the", "first", "initial", "every", "each", "very",
	                                      "so", "too", "last", "next", "past", "those"};
	if ((s->flags & LF_FEW) && tl_dg_sense(g, i + 1, L_UNIT) &&
	    !(i > 0 && tl_dg_lit_any(g, i - 1, few_not, G_N_ELEMENTS(few_not)))) {
		*v = NAN;
		*end = i + 1;
		return TRUE;
	}
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
	const TlDSense *m = mult ? tl_dg_sense(g, j, L_MULT) : NULL;
	if (m) {
		val *= m->dval;
		j++;
		/* five hundred and twelve, two hundred fifty; not the number
		 * a multiplier of its own follows ("two hundred two hundred":
		 * read without multipliers, so a run of them stays linear) */
		guint k = tl_dg_lit(g, j, "and") ? j + 1 : j;
		double w;
		guint we;
		if (m->dval == 100 && k < g->n && g->t[k].kind == T_WORD && tl_dg_sense(g, k, L_NUM) &&
		    !tl_dg_sense(g, k, L_MULT) && number_at(g, k, FALSE, FALSE, &w, &we) &&
		    !tl_dg_sense(g, we, L_MULT) && !isnan(w) && w >= 1 && w < 100 && w == floor(w))
			val += w, j = we;
	}
	*v = val;
	*end = j;
	return TRUE;
}

gboolean
tl_dg_number(const TlDG *g, guint i, gboolean allow_art, double *v, guint *end)
{
	return number_at(g, i, allow_art, TRUE, v, end);
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
	/* "January nineteen ninety-seven", "the winter of nineteen
	 * ninety-four" */
	if (t->kind == T_WORD && tl_dg_sense(g, i, L_NUM) && !tl_dg_lit(g, i, "the")) {
		TlDSem sy;
		tl_dsem_init(&sy);
		guint e = tl_dg_spelledyear(g, i, &sy);
		if (!e)
			return FALSE;
		*y = sy.year;
		*end = e;
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

/* The granularity of a unit code of units.txt (TS TM TH D W WE M Q H Y DE
 * CE ML), G_NONE for another. */
static TlDGran
unit_gran(const char *c)
{
	if (c[0] == '\0' || (c[1] != '\0' && c[2] != '\0'))
		return G_NONE;
	switch (c[0] << 8 | c[1]) {
	case 'T' << 8 | 'S': return G_SECOND;
	case 'T' << 8 | 'M': return G_MINUTE;
	case 'T' << 8 | 'H': return G_HOUR;
	case 'D' << 8: return G_DAY;
	case 'W' << 8: return G_WEEK;
	case 'W' << 8 | 'E': return G_WEEKEND;
	case 'M' << 8: return G_MONTH;
	case 'Q' << 8: return G_QUARTER;
	case 'H' << 8: return G_HALF;
	case 'Y' << 8: return G_YEAR;
	case 'D' << 8 | 'E': return G_DECADE;
	case 'C' << 8 | 'E': return G_CENTURY;
	case 'M' << 8 | 'L': return G_MILLENNIUM;
	default: return G_NONE;
	}
}

/* Is token i the glued hour unit of "1h 30m"? */
static gboolean
glued_hour(const TlDG *g, guint i)
{
	const TlDSense *s = tl_dg_sense(g, i, L_UNIT);
	return s && (s->flags & LF_GLUED) && !(s->flags & LF_SECOND);
}

/* Does a letter unit's amount end at token j a phrase of time told from
 * now: "ago", "later", "earlier", "from now", or another amount with its
 * letter unit ("1d 21h ago")? */
static gboolean
tail_ok(const TlDG *g, guint j, int depth)
{
	if (j >= g->n || depth > 4)
		return FALSE;
	static const char *const ends[] = {"ago", "later", "earlier", "before", "after"};
	if (tl_dg_lit_any(g, j, ends, G_N_ELEMENTS(ends)) ||
	    (tl_dg_lit(g, j, "from") && tl_dg_lit(g, j + 1, "now")))
		return TRUE;
	/* (the next amount's unit written onto it: "1d 2hr 5min ago") */
	const TlDSense *s;
	return g->t[j].kind == T_NUM && g->t[j].num >= 0 && j + 1 < g->n &&
	       (s = tl_dg_sense(g, j + 1, L_UNIT)) &&
	       ((s->flags & LF_GLUED) || !(g->t[j + 1].flags & (TF_SPACE | TF_NL))) &&
	       (tail_ok(g, j + 2, depth + 1) || !(s->flags & (LF_GLUED | LF_SECOND | LF_TAIL)));
}

/* See grammar.h. */
gboolean
tl_dg_lower_sentence(const TlDG *g, guint i)
{
	/* (set by the scanner: a walk over the sentence here made a sentence
	 * of thousands of "SEC" quadratic) */
	return (g->t[i].flags & TF_LOWSENT) != 0;
}

/* Is the abbreviation at i written in capitals among words that are not
 * ("the five SEC commissioners", "two HR staff"): an acronym?  In a
 * headline all in capitals ("TRADING TO 11.30 HRS") it is the unit.  (Asked
 * of the clock's units only: "3RD QTR NET" before a table is a quarter.) */
static gboolean
acronym(const TlDG *g, guint i)
{
	return (g->t[i].flags & TF_ALLCAP) && tl_dg_lower_sentence(g, i);
}

gboolean
tl_dg_unit(const TlDG *g, guint i, TlDGran *u, gboolean *plural, guint *end)
{
	const TlDSense *s = tl_dg_sense(g, i, L_UNIT);
	if (!s && spaced_h(g, i)) {
		*u = G_HOUR; /* "for 3 h." */
		*plural = FALSE;
		*end = i + 1;
		return TRUE;
	}
	if (!s)
		return FALSE;
	TlDGran gr = unit_gran(s->sval);
	if (gr == G_NONE || ((s->flags & LF_ABBR) && gr <= G_HOUR && acronym(g, i)))
		return FALSE;
	/* "2h", "1h 30m": a letter unit written onto its number, in lower
	 * case ("1H 2023" is a half year); "m" only after such an hour ("5m"
	 * is five million) */
	if ((s->flags & LF_SECOND) && !(i >= 2 && glued_hour(g, i - 2)) && !tail_ok(g, i + 1, 0))
		return FALSE;
	/* (also "in 1d", "in 2y" ending the clause: not "in 3d printing") */
	if ((s->flags & LF_TAIL) && !tail_ok(g, i + 1, 0) &&
	    !(i >= 2 && tl_dg_lit(g, i - 2, "in") &&
	      (i + 1 >= g->n || g->t[i + 1].kind == T_PUNCT || (g->t[i + 1].flags & TF_NL))))
		return FALSE;
	*u = gr;
	*plural = (s->flags & LF_PLURAL) != 0;
	*end = i + 1;
	/* "week-end", "week-ends": the weekend, as the scanner keeps the dash
	 * apart (a word of its own would cost every hyphenated word a lookup) */
	if (gr == G_WEEK && !*plural && tl_dg_hyph(g, i + 1) &&
	    (tl_dg_lit(g, i + 2, "end") || tl_dg_lit(g, i + 2, "ends"))) {
		*u = G_WEEKEND;
		*plural = g->t[i + 2].lowlen == 4;
		*end = i + 3;
		return TRUE;
	}
	/* "90 min." keeps its dot, but not the full stop of "It took 90 min. Then" */
	if ((s->flags & LF_ABBR) && tl_dg_skipdot(g, i + 1) > i + 1 && i + 2 < g->n &&
	    !(g->t[i + 2].flags & (TF_CAP | TF_NL)))
		*end = tl_dg_skipdot(g, i + 1);
	return TRUE;
}

