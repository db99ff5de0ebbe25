/*
 * Private to the grammar files: the matching context and the small token
 * tests every pattern uses.  A pattern is a function that tries to match at
 * token i and returns the token after its match (0: no match), filling a
 * TlDSem.
 */
#ifndef TL_DATES_GRAMMAR_H
#define TL_DATES_GRAMMAR_H

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include "dates.h"

typedef struct {
	const char *text;
	const TlDTok *t;
	guint n;
	TlDOrder order;
} TlDG;

/*
 * The tests below run millions of times on a news corpus, mostly to say no:
 * the inline parts answer from the token alone (its categories, its length,
 * its first letter), and only a token that may match goes on to the senses
 * or the bytes.
 */

/* May token i have a sense of category cat?  A token's cats holds the
 * category of each of its senses but what a number measures (L_MEASURE),
 * which is kept out of them (lexicon.c). */
static inline gboolean
tl_dg_may_have(const TlDG *g, guint i, int cat)
{
	return i < g->n && (cat == L_MEASURE || (g->t[i].cats & ((guint64)1 << cat)));
}

const TlDSense *tl_dg_sense_of(const TlDG *g, guint i, int cat);
const TlDSense *tl_dg_phrase_of(const TlDG *g, guint i, int cat, guint *end);

/* A sense of category cat of token i (single words only), or NULL. */
static inline const TlDSense *
tl_dg_sense(const TlDG *g, guint i, int cat)
{
	if (i >= g->n || (cat != L_MEASURE && !(g->t[i].cats1 & ((guint64)1 << cat))))
		return NULL;
	return tl_dg_sense_of(g, i, cat);
}

/* The longest phrase of category cat at i: its sense; *end after it.  With
 * no word of one word of that category, a phrase needs the next token to
 * be the second word of one of the token's phrases. */
static inline const TlDSense *
tl_dg_phrase(const TlDG *g, guint i, int cat, guint *end)
{
	if (!tl_dg_may_have(g, i, cat))
		return NULL;
	if (cat != L_MEASURE && !(g->t[i].cats1 & ((guint64)1 << cat)) &&
	    (i + 1 >= g->n || !(g->t[i].follow & tl_dlex_follow_bit(g->t[i + 1].hash))))
		return NULL;
	return tl_dg_phrase_of(g, i, cat, end);
}

/* Is token i the word w (lower case)?  A literal w is compared by length
 * first, then by bytes the compiler unrolls. */
static inline gboolean
tl_dg_lit(const TlDG *g, guint i, const char *w)
{
	if (i >= g->n)
		return FALSE;
	const TlDTok *t = &g->t[i];
	if (__builtin_constant_p(strlen(w))) {
		size_t n = strlen(w);
		return t->lowlen == n && memcmp(t->low, w, n) == 0;
	}
	return t->low[0] == w[0] && strcmp(t->low, w) == 0;
}

/* Is token i one of the n words (lower case)? */
static inline gboolean
tl_dg_lit_any(const TlDG *g, guint i, const char *const *words, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (tl_dg_lit(g, i, words[k]))
			return TRUE;
	return FALSE;
}
/* Is token i no date word: no sense, or only phrases ("end of") whose
 * other words do not follow? */
gboolean tl_dg_plain(const TlDG *g, guint i);
/* As tl_dg_plain, with the words that are only cues (tense, preposition,
 * conjunction: "rose", "to", "and") counted as plain. */
gboolean tl_dg_no_date_word(const TlDG *g, guint i);
/* Is s a cue's sense that makes its word no date word: a verb of a
 * timetable ("the fiscal year ends"), the noun of a shipment ("the
 * current shipments")? */
gboolean tl_dg_undated_cue(const TlDSense *s);
/* Does token i's sentence hold a word of four letters or more in lower
 * case (it is no headline in capitals)? */
gboolean tl_dg_lower_sentence(const TlDG *g, guint i);
/* Is token e a year in figures on the same line ("black friday 2010",
 * "at year end 1986")? */
gboolean tl_dg_year_follows(const TlDG *g, guint e);
guint tl_dg_word_at_of(const TlDG *g, guint i, const char *w);

/* The token after phrase word w when w is at token i ("st." also matches
 * "st" + "."), else 0. */
static inline guint
tl_dg_word_at(const TlDG *g, guint i, const char *w)
{
	return i < g->n && g->t[i].low[0] == w[0] ? tl_dg_word_at_of(g, i, w) : 0;
}
gboolean tl_dg_punct(const TlDG *g, guint i, char c);
/* A hyphen joining tokens i-1 and i+1 with no spaces. */
gboolean tl_dg_hyph(const TlDG *g, guint i);
/* A spelled or digit number at i: value (NAN for "several"), *end after it.
 * allow_art lets "a"/"an" count as one. */
gboolean tl_dg_number(const TlDG *g, guint i, gboolean allow_art, double *v, guint *end);
/* "3,000": a count with thousands separators (only before a unit). */
gboolean tl_dg_grouped(const TlDG *g, guint i, double *v);
/* An ordinal (26th, twenty-first) at i. */
gboolean tl_dg_ordinal(const TlDG *g, guint i, int *v, guint *end);
/* A year at i (1998, 234 BC, AD 79); loose accepts any 4-digit year. */
gboolean tl_dg_year(const TlDG *g, guint i, gboolean loose, gint64 *y, guint *end);
/* A year written with two digits, as fiscal years and "'98" are read:
 * 00-49 are 2000-2049, 50-99 are 1950-1999. */
gint64 tl_dg_two_digit_year(gint64 yy);
/* FY2024, FY24: a fiscal year in one word, its year in *y. */
gboolean tl_dg_fyword(const TlDG *g, guint i, gint64 *y);
/* A year told relative to the reference after a month, day, season,
 * quarter or half: "June last year", "May 5 of next year", "the second
 * half of next year".  Sets s->yrel and s->off; the end, or j. */
guint tl_dg_rel_year(const TlDG *g, guint j, TlDSem *s);
/* A unit word at i: its granularity, plural flag. */
gboolean tl_dg_unit(const TlDG *g, guint i, TlDGran *u, gboolean *plural, guint *end);
/* Optional "." right after an abbreviation at i-1. */
guint tl_dg_skipdot(const TlDG *g, guint i);

/*
 * A fresh meaning: all zero, no year, no clock.  The grammar makes one for
 * every pattern it tries (millions on a corpus).  Written as sixteen-byte
 * stores: gcc turns a memset of the struct (264 bytes) into `rep stos`,
 * whose start-up costs more than the stores themselves; the empty asm
 * hides the zero so that the stores stay stores.
 */
static inline void
tl_dsem_init(TlDSem *s)
{
#if defined(__SSE2__)
	__m128i z = _mm_setzero_si128();
	__asm__("" : "+x"(z));
	char *p = (char *)s;
	size_t k = 0;
	for (; k + 16 <= sizeof *s; k += 16)
		_mm_storeu_si128((__m128i *)(void *)(p + k), z);
	if (k < sizeof *s)
		_mm_storeu_si128((__m128i *)(void *)(p + sizeof *s - 16), z);
#else
	memset(s, 0, sizeof *s);
#endif
	s->year = TL_NOYEAR;
	s->hour = s->minute = s->sec = -1;
}
/* A TIMEX3 duration value for v units (NAN: "PXY"); see rules.c. */
void tl_dg_format_dur(char *buf, size_t size, double v, TlDGran u);
/* v as a TIMEX number (no exponent), in buf; "X" when not finite. */
const char *tl_dg_num(char buf[48], double v);

/* Pattern families (rules.c): each returns the end token or 0. */
guint tl_dg_count(const TlDG *g, guint i, TlDSem *s);
guint tl_dg_set(const TlDG *g, guint i, TlDSem *s);
guint tl_dg_clock(const TlDG *g, guint i, TlDSem *s);
guint tl_dg_numeric(const TlDG *g, guint i, TlDSem *s);
guint tl_dg_isotime(const TlDG *g, guint i, TlDSem *s);
guint tl_dg_deixis(const TlDG *g, guint i, TlDSem *s);
guint tl_dg_ordunit(const TlDG *g, guint i, TlDSem *s);
/* Calendar patterns (calpat.c). */
guint tl_dg_month(const TlDG *g, guint i, TlDSem *s);
guint tl_dg_weekday(const TlDG *g, guint i, TlDSem *s);
guint tl_dg_season(const TlDG *g, guint i, TlDSem *s);
guint tl_dg_holiday(const TlDG *g, guint i, TlDSem *s);
guint tl_dg_yearpat(const TlDG *g, guint i, TlDSem *s);
guint tl_dg_spelledyear(const TlDG *g, guint i, TlDSem *s);
/* Day and year ranges in one number token ("March 3-5", "2020-2023"): TRUE
 * with two matches appended. */
gboolean tl_dg_range(const TlDG *g, guint i, GArray *matches);
/* The bare day that ends a range after m ("May 3 to 7, 2019"): TRUE with
 * it in *b and m's year set to the one written after it. */
gboolean tl_dg_day_range_end(const TlDG *g, TlDMatch *m, TlDMatch *b);
/* Does a clock time ("5pm", "10:30", "at 9 a.m.") follow at j? */
gboolean tl_dg_clock_follows(const TlDG *g, guint j);
/* Does a date or day in lower case end at token k, nothing after it that a
 * verb or a count could take ("aug 3", "on sat.", "may 27th at 5pm")? */
gboolean tl_dg_lower_day_ends(const TlDG *g, guint k);
/* Part of the day after a day ("Friday night"): sets s->part. */
guint tl_dg_partafter(const TlDG *g, guint i, TlDSem *s);
/* "in the morning", "during the late evening" at "the" (i): a time of
 * its day (see calpat.c); the end, else 0. */
guint tl_dg_part_bare(const TlDG *g, guint i, TlDSem *s);
int tl_dg_part_code(const char *code);
guint tl_dg_clock_part(const TlDG *g, guint j, int *part);
void tl_dg_clock_in_part(TlDSem *s, int part);
/* Can the clause go on after "6 in the morning" ending at token k with it a
 * time (not "in the morning session")? */
gboolean tl_dg_part_ends(const TlDG *g, guint k);

#endif
