/*
 * The grammar's driver: walk the tokens once, and at each token that can
 * start an expression (it has a date sense, or is a number) try the pattern
 * families locally and keep the longest match.  Matches never overlap; the
 * leftmost-longest wins.  Also the small patterns: fuzzy words, today and
 * its kin, fiscal years, year-ago.  The token tests live in gtokens.c.
 */
#include <math.h>
#include <string.h>
#include "tl/calendar.h"
#include "grammar.h"

#define BIT(c) ((guint64)1 << (c))

/* ---- small patterns ------------------------------------------------------ */

/* Has token i no sense but a verb of a timetable ("the current open-door
 * policy"), of intent ("the current forecast"), of a shipment ("the
 * current shipments") or a word of measure ("the current bid")? */
static gboolean
no_date_word(const TlDG *g, guint i)
{
	const GPtrArray *a = g->t[i].senses;
	for (guint k = 0; a && k < a->len; k++) {
		const TlDSense *s = g_ptr_array_index(a, k);
		if (!tl_dg_undated_cue(s) && !(s->cat == L_TENSE && strcmp(s->sval, "INTENT") == 0) &&
		    s->cat != L_MEASURE)
			return FALSE;
	}
	return TRUE;
}

/* a lowercase adverb in -ly ("surely", "formally"), no date word ("early",
 * "daily" have senses) */
static gboolean
ly_adverb(const TlDG *g, guint i)
{
	const TlDTok *t = &g->t[i];
	return t->kind == T_WORD && !(t->flags & TF_CAP) && !t->cats && strlen(t->low) > 4 &&
	       g_str_has_suffix(t->low, "ly");
}

/* "police soon arrived", "the rebels were soon defeated", "soon after the
 * attack": "soon" after another time, in the past (TimeBank leaves these
 * out), not the future of the reference.  A past form after it: a word in
 * -ed (not -eed: "will soon need") or a common irregular one. */
static gboolean
soon_after_past(const TlDG *g, guint i, guint e)
{
	static const char *const after[] = {"after", "afterwards", "afterward", "thereafter"};
	static const char *const aux[] = {"was", "were", "had"};
	static const char *const irregular[] = {
	    "became", "began", "came", "went", "took", "gave", "found", "left", "made", "saw",
	    "fell", "rose", "grew", "won", "lost", "got", "met", "held", "sent", "told", "said",
	    "led", "ran", "spread", "broke", "fled", "felt", "knew", "thought", "brought", "built"};
	if (tl_dg_lit_any(g, e, after, G_N_ELEMENTS(after)) ||
	    (i > 0 && tl_dg_lit_any(g, i - 1, aux, G_N_ELEMENTS(aux))))
		return TRUE;
	if (e >= g->n || g->t[e].kind != T_WORD || (g->t[e].flags & TF_CAP))
		return FALSE;
	const char *w = g->t[e].low;
	size_t n = strlen(w);
	return (n > 4 && g_str_has_suffix(w, "ed") && w[n - 3] != 'e') ||
	       tl_dg_lit_any(g, e, irregular, G_N_ELEMENTS(irregular));
}

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
	    !(e < g->n &&
	      ((g->t[e].kind == T_WORD && !(g->t[e].flags & TF_CAP) && no_date_word(g, e)) ||
	       (g->t[e].kind == T_WORD && (g->t[e].cats & BIT(L_NUM))) || g->t[e].kind == T_NUM)))
		return 0; /* "current prices", "the current four flights" */
	/* "now" in "now-defunct", "recent" forms belong to the deixis rules */
	if (i > 0 && tl_dg_lit(g, i - 1, "as") && tl_dg_lit(g, e, "as"))
		return 0; /* "as soon as possible" */
	if (tl_dg_lit(g, i, "soon") && soon_after_past(g, i, e))
		return 0;
	if (i > 1 && tl_dg_hyph(g, i - 1) && (g->t[i - 2].flags & TF_CAP) &&
	    !(g->t[i - 2].cats & (BIT(L_MONTH) | BIT(L_WEEKDAY) | BIT(L_HOLIDAY))))
		return 0; /* a part of a name: "Park Won-soon" */
	if (tl_dg_lit(g, i, "now") && i > 0 && tl_dg_lit(g, i - 1, "every") && tl_dg_lit(g, e, "and"))
		return 0; /* "every now and then": often, no time */
	/* adjectives joined before their noun: "the present and future
	 * impact", "the past and present members" */
	static const char *const times[] = {"past", "present", "future", "former", "current"};
	static const char *const joins[] = {"and", "or"};
	if (e + 2 < g->n && tl_dg_lit_any(g, e, joins, G_N_ELEMENTS(joins)) &&
	    tl_dg_lit_any(g, e + 1, times, G_N_ELEMENTS(times)) && g->t[e + 2].kind == T_WORD &&
	    !(g->t[e + 2].flags & TF_CAP) && no_date_word(g, e + 2) &&
	    !tl_dg_lit_any(g, e + 2, joins, G_N_ELEMENTS(joins)))
		return 0;
	static const char *const aux[] = {"to", "will", "would", "can", "could", "may", "might",
	                                  "should", "must", "shall", "do", "does", "did",
	                                  /* "officers were present where": predicative */
	                                  "is", "are", "was", "were", "be", "been", "being", "am"};
	/* past an adverb: "will soon present", "could also present" */
	/* (and any in -ly: ly_adverb) */
	static const char *const adverbs[] = {"soon", "also", "not", "never", "then", "now",
	                                      "still", "just", "once", "again"};
	guint before = i;
	if (before > 1 && (tl_dg_lit_any(g, before - 1, adverbs, G_N_ELEMENTS(adverbs)) ||
	                   ly_adverb(g, before - 1)))
		before--; /* "will surely present", "could finally present" */
	for (size_t k = 0; before > 0 && (f->flags & LF_ADJONLY) && k < G_N_ELEMENTS(aux); k++)
		if (tl_dg_lit(g, before - 1, aux[k]))
			return 0; /* "might present", a verb; "were present", here */
	/* a verb before its object: "present a motion", "present their case";
	 * the adjective comes before its noun ("present conditions") */
	static const char *const objects[] = {"a", "an", "the", "this", "that", "these", "those",
	                                      "its", "their", "his", "her", "our", "my", "your",
	                                      "it", "them", "him", "us", "me", "evidence"};
	if ((f->flags & LF_ADJONLY) && tl_dg_lit_any(g, e, objects, G_N_ELEMENTS(objects)))
		return 0;
	/* the first half of a compound adjective: "the now-defunct company",
	 * "her now-former rivals", "a soon-to-be released interview" (not an
	 * adverb of the participle's own time: "recently-acquired Ozark") */
	if (tl_dg_hyph(g, e) && g->t[e + 1].kind == T_WORD && !(g->t[e + 1].flags & TF_CAP) &&
	    e == i + 1 && !g_str_has_suffix(g->t[i].low, "ly"))
		return 0;
	s->kind = S_FUZZY;
	s->type = TX_DATE;
	g_strlcpy(s->val, f->sval, sizeof s->val);
	s->rule = "fuzzy";
	/* "the then current price": current at a past time */
	if (i > 0 && strcmp(f->sval, "PRESENT_REF") == 0 &&
	    (tl_dg_lit(g, i - 1, "then") || (tl_dg_hyph(g, i - 1) && tl_dg_lit(g, i - 2, "then"))))
		g_strlcpy(s->val, "PAST_REF", sizeof s->val);
	return e;
}

static guint match_body(const TlDG *g, guint i, TlDSem *best);

/* "by EOD", "until close of business": the end of the working day, today's;
 * only after a preposition of a limit ("COB" alone is as often an
 * organisation), and not before a day, which is the date then. */
static guint
deadline(const TlDG *g, guint i, guint e, TlDSem *s)
{
	/* "the close of business Thursday": TimeBank marks the day alone */
	TlDSem day;
	tl_dsem_init(&day);
	if (match_body(g, e, &day) > e ||
	    (tl_dg_lit(g, e, "on") && (tl_dsem_init(&day), match_body(g, e + 1, &day) > e + 1)))
		return 0;
	static const char *const limits[] = {"by", "until", "till", "before", "at", "after"};
	if (!(i > 0 && tl_dg_lit_any(g, i - 1, limits, G_N_ELEMENTS(limits))))
		return 0;
	s->kind = S_REL;
	s->type = TX_DATE;
	s->unit = s->gran = G_DAY;
	s->mod = "END";
	s->rule = "end-of-business";
	return e;
}

static guint
p_dayrel(const TlDG *g, guint i, TlDSem *s)
{
	guint j = i, pe = 0;
	int extra = 0;
	const TlDSense *dl = tl_dg_phrase(g, i, L_DAYREL, &pe);
	if (dl && (dl->flags & LF_DEADLINE))
		return deadline(g, i, pe, s);
	/* the day before yesterday, the day after tomorrow */
	if (tl_dg_lit(g, i, "the") && tl_dg_lit(g, i + 1, "day") &&
	    (tl_dg_lit(g, i + 2, "before") || tl_dg_lit(g, i + 2, "after")) &&
	    tl_dg_sense(g, i + 3, L_DAYREL)) {
		extra = tl_dg_lit(g, i + 2, "before") ? -1 : 1;
		j = i + 3;
	}
	const TlDSense *d = tl_dg_sense(g, j, L_DAYREL);
	/* a phrase of relative.txt: "day after tomorrow" without "the" */
	if (dl && j == i && pe > i + 1) {
		d = dl;
		j = pe - 1;
	}
	if (!d)
		return 0;
	/* "tomorrow/next", "tomorrow-next": a money market's tenor (the
	 * loan from tomorrow to the next day), no date of the text; not
	 * "tomorrow/next week" */
	if (j + 2 < g->n && (tl_dg_hyph(g, j + 1) || tl_dg_punct(g, j + 1, '/')) &&
	    tl_dg_lit(g, j + 2, "next") &&
	    (j + 3 >= g->n ||
	     !(g->t[j + 3].cats & (BIT(L_UNIT) | BIT(L_WEEKDAY) | BIT(L_MONTH) | BIT(L_SEASON)))))
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

static void
fiscal_year(TlDSem *s, gint64 y)
{
	s->kind = S_ABS;
	s->type = TX_DATE;
	s->year = y;
	s->gran = G_YEAR;
	s->fiscal = TRUE;
	s->rule = "fiscal-year";
}

/* "fiscal 1989", "fiscal year 1990" */
/* A fiscal year named by the two calendar years it spans, one token:
 * "2023/24", "2023-24", "1990-1991".  Its value is the year it ends in, as
 * "FY24" names the year of April 2023 to March 2024.  0 when token j is
 * none; else the token after it. */
static guint
split_fiscal(const TlDG *g, guint j, gint64 *y)
{
	if (j >= g->n || g->t[j].kind != T_NUM || g->t[j].num >= 0 || g->t[j].sfx)
		return 0;
	const char *c = g->text + g->t[j].start;
	size_t len = g->t[j].end - g->t[j].start;
	if ((len != 7 && len != 9) || strspn(c, "0123456789") != 4 || (c[4] != '/' && c[4] != '-') ||
	    strspn(c + 5, "0123456789") != len - 5)
		return 0;
	gint64 y1 = g_ascii_strtoll(c, NULL, 10), y2 = g_ascii_strtoll(c + 5, NULL, 10);
	if (len == 7)
		y2 += y1 - y1 % 100 + (y2 < y1 % 100 ? 100 : 0);
	if (y1 < 1000 || y2 != y1 + 1)
		return 0;
	*y = y2;
	return j + 1;
}

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
	if ((e = split_fiscal(g, j, &y)) || tl_dg_year(g, j, TRUE, &y, &e)) {
		fiscal_year(s, y);
		return e;
	}
	return 0;
}

/* FY2024, FY24: a fiscal year in one word */
gboolean
tl_dg_fyword(const TlDG *g, guint i, gint64 *y)
{
	const TlDTok *t = &g->t[i];
	if (t->kind != T_WORD || t->cats || (t->lowlen != 4 && t->lowlen != 6) ||
	    memcmp(t->low, "fy", 2) != 0 || strspn(t->low + 2, "0123456789") != t->lowlen - 2u)
		return FALSE;
	gint64 v = g_ascii_strtoll(t->low + 2, NULL, 10);
	*y = t->lowlen == 4 ? tl_dg_two_digit_year(v) : v;
	return *y >= 1000;
}

static guint
p_fyword(const TlDG *g, guint i, TlDSem *s)
{
	gint64 y;
	if (!tl_dg_fyword(g, i, &y))
		return 0;
	/* FY2023-24, FY2023/24: the year it ends in, as split_fiscal */
	if (i + 2 < g->n && g->t[i + 1].kind == T_PUNCT && !(g->t[i + 1].flags & TF_SPACE) &&
	    (g->text[g->t[i + 1].start] == '-' || g->text[g->t[i + 1].start] == '/') &&
	    g->t[i + 1].end == g->t[i + 1].start + 1 && g->t[i + 2].kind == T_NUM &&
	    !(g->t[i + 2].flags & TF_SPACE) && g->t[i + 2].ndigits == 2 && !g->t[i + 2].sfx &&
	    g->t[i + 2].num == (y + 1) % 100) {
		fiscal_year(s, y + 1);
		return i + 3;
	}
	fiscal_year(s, y);
	return i + 1;
}

/* year-earlier, year-ago */
static guint
p_yearago(const TlDG *g, guint i, TlDSem *s)
{
	guint e = 0;
	guint j = tl_dg_lit(g, i, "the") ? i + 1 : i;
	if (j > i && tl_dg_lit(g, j, "comparable"))
		j++;
	const TlDSense *y = tl_dg_phrase(g, j, L_YEARAGO, &e);
	if (!y)
		return 0;
	/* the year-ago third quarter */
	int o;
	guint oe;
	if (tl_dg_ordinal(g, e, &o, &oe) && o >= 1 && o <= 4 && tl_dg_lit(g, oe, "quarter")) {
		s->quarter = o;
		e = oe;
	}
	if (j > i && !(tl_dg_lit(g, e, "quarter") || tl_dg_lit(g, e, "period")))
		return 0;
	if (tl_dg_lit(g, e, "quarter") || tl_dg_lit(g, e, "period")) {
		s->by_quarter = TRUE;
		if (j > i || s->quarter)
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
	{tl_dg_yearpat, BIT(L_DET) | BIT(L_ERA) | BIT(L_NUM) | NUMTOK},
	{tl_dg_spelledyear, BIT(L_DET) | BIT(L_NUM)},
	{tl_dg_count, BIT(L_NUM) | BIT(L_DET) | BIT(L_UNIT) | NUMTOK},
	{tl_dg_set, BIT(L_SET) | BIT(L_QUANT) | BIT(L_FREQ) | BIT(L_NUM) | NUMTOK},
	{tl_dg_clock, BIT(L_CLOCK) | BIT(L_NUM) | NUMTOK},
	{tl_dg_deixis, BIT(L_DEIXIS) | BIT(L_DET) | BIT(L_UNIT)},
	{tl_dg_ordunit, BIT(L_DET) | BIT(L_FISCAL) | BIT(L_QNAME) | BIT(L_HNAME) | BIT(L_ORD) | NUMTOK},
};

/* Does a capitalised "Today", "Tonight" or "This" at i name something, as
 * the capitalised word before it shows ("USA Today", "Kamloops This Week",
 * "ABC's This Week"), or "the" before it and a noun after ("the Today
 * show")?  Not in a sentence whose words are all capitalised (a headline). */
static gboolean
deictic_name(const TlDG *g, guint i)
{
	const TlDTok *t = &g->t[i];
	if ((t->flags & (TF_CAP | TF_ALLCAP)) != TF_CAP || i == 0 || (t->flags & TF_NL) ||
	    g->t[i - 1].sent != t->sent ||
	    !(tl_dg_lit(g, i, "today") || tl_dg_lit(g, i, "tonight") || tl_dg_lit(g, i, "this")))
		return FALSE;
	guint pw = i >= 2 && tl_dg_lit(g, i - 1, "'s") ? i - 2 : i - 1;
	const TlDTok *p = &g->t[pw];
	/* not after an abbreviation, whose dot may end a sentence ("exports
	 * to the U.S. This year") */
	gboolean named = p->kind == T_WORD && (p->flags & (TF_CAP | TF_ALLCAP)) &&
	                 p->sent == t->sent && g->text[p->end - 1] != '.' && tl_dg_plain(g, pw);
	gboolean show = tl_dg_lit(g, i - 1, "the") && i + 1 < g->n && g->t[i + 1].kind == T_WORD &&
	                !(g->t[i + 1].flags & (TF_CAP | TF_ALLCAP)) && tl_dg_plain(g, i + 1);
	if (!named && !show)
		return FALSE;
	/* not in a headline */
	return tl_dg_lower_sentence(g, i);
}

/*
 * Is the count [i, e) a name's words: its number and its unit capitalised
 * inside a sentence in lower case, a capitalised word right after ("the
 * Thirty Years' War", "the Six-Day War", "Ten Days That Shook the World")?
 */
static gboolean
titled_count(const TlDG *g, guint i, guint e)
{
	static const guint64 dateish = BIT(L_MONTH) | BIT(L_WEEKDAY) | BIT(L_SEASON) | BIT(L_NUM) |
	                               BIT(L_UNIT) | BIT(L_PART) | BIT(L_HOLIDAY) | BIT(L_DAYREL) |
	                               BIT(L_CLOCK) | BIT(L_TZ);
	guint n0 = tl_dg_lit(g, i, "the") ? i + 1 : i; /* "the Seven Years' War" */
	if (e >= g->n || e < n0 + 2 || n0 == 0 || g->t[n0 - 1].sent != g->t[n0].sent ||
	    (g->t[n0].flags & (TF_CAP | TF_ALLCAP)) != TF_CAP ||
	    (g->t[e - 1].flags & (TF_CAP | TF_ALLCAP)) != TF_CAP)
		return FALSE;
	guint j = e;
	if (j + 1 < g->n && g->t[j].kind == T_PUNCT && (tl_dg_lit(g, j, "'") || tl_dg_lit(g, j, "'s")))
		j++; /* "Years' War" */
	return g->t[j].kind == T_WORD && (g->t[j].flags & (TF_CAP | TF_ALLCAP)) == TF_CAP &&
	       !(g->t[j].flags & TF_NL) && g->t[j].sent == g->t[n0].sent && !(g->t[j].cats & dateish) &&
	       tl_dg_lower_sentence(g, n0);
}

static guint
match_body(const TlDG *g, guint i, TlDSem *best)
{
	guint best_end = 0;
	if (i >= g->n || deictic_name(g, i))
		return 0;
	guint64 have = g->t[i].kind == T_NUM ? NUMTOK : g->t[i].cats;
	if (!have && g->t[i].kind == T_WORD) {
		guint e = tl_dg_isotime(g, i, best);
		return e ? e : p_fyword(g, i, best);
	}
	if (g->t[i].kind == T_PUNCT)
		return tl_dg_yearpat(g, i, best); /* '96 */
	/* each pattern fills one of two meanings, the other holding the
	 * longest so far: one copy at the end, not one for each better match */
	TlDSem s[2];
	int cur = 0, kept = -1;
	for (size_t k = 0; k < G_N_ELEMENTS(patterns); k++) {
		if (!(have & patterns[k].first))
			continue;
		tl_dsem_init(&s[cur]);
		guint e = patterns[k].fn(g, i, &s[cur]);
		if (e > best_end) {
			best_end = e;
			kept = cur;
			cur ^= 1;
		}
	}
	if (kept >= 0)
		*best = s[kept];
	if (kept >= 0 && best->kind == S_DUR && titled_count(g, i, best_end))
		return 0;
	return best_end;
}

static gboolean
is_counted(const TlDSem *s)
{
	return s->kind == S_DUR || (s->kind == S_REL && s->rule && strstr(s->rule, "ago"));
}

/*
 * "end" alone as a modifier, as the financial press writes it: "at
 * end-March", "by end-1986", "at end 1986", "from 1.3 billion at end
 * September": glued to the date by a hyphen, or after a preposition.  Not
 * "the strike will end March 5", where it is a verb (match_mod also wants
 * a month, a quarter or a year after it).
 */
static gboolean
end_before_date(const TlDG *g, guint i)
{
	static const char *const preps[] = {"at", "by", "from", "to", "until", "till", "since",
	                                    "before", "after", "of", "as"};
	if (!tl_dg_lit(g, i, "end") || i + 1 >= g->n)
		return FALSE;
	if (tl_dg_hyph(g, i + 1))
		return TRUE;
	return i > 0 && tl_dg_lit_any(g, i - 1, preps, G_N_ELEMENTS(preps));
}

/* [modifier] body: "early next year", "more than a decade", "mid-November".
 * *start gets the first token of the span (an "outer" modifier stays out). */
/*
 * "mid-morning", "mid afternoon", "midafternoon": the middle of a part of
 * the day, a time of its day (mod MID), with the day right after it when
 * one follows ("mid-afternoon yesterday", as TimeBank marks it); "mid-day"
 * and "mid-night" are noon and midnight.  The end, or 0.
 */
static guint
part_mid(const TlDG *g, guint i, TlDSem *s)
{
	static const char *const one[] = {"midmorning", "midafternoon", "midevening"};
	guint k;
	if (tl_dg_lit_any(g, i, one, G_N_ELEMENTS(one)))
		k = i;
	else if (tl_dg_lit(g, i, "mid") && i + 2 < g->n)
		k = tl_dg_hyph(g, i + 1) ? i + 2 : i + 1;
	else
		return 0;
	int part = 0;
	if (k == i) {
		static const char *const codes[] = {"MO", "AF", "EV"};
		for (size_t c = 0; c < G_N_ELEMENTS(one); c++)
			if (tl_dg_lit(g, i, one[c]))
				part = tl_dg_part_code(codes[c]);
	} else if (k == i + 2 && (tl_dg_lit(g, k, "day") || tl_dg_lit(g, k, "night"))) {
		/* mid-day, mid-night */
		s->kind = S_ABS;
		s->type = TX_TIME;
		s->hour = tl_dg_lit(g, k, "day") ? 12 : 24;
		s->minute = 0;
		s->gran = G_MINUTE;
		s->rule = "clock-mid";
		return k + 1;
	} else {
		const TlDSense *p = tl_dg_sense(g, k, L_PART);
		if (p && !(p->flags & LF_PLURAL) && p->sval[0] != 'D' && p->sval[0] != 'N')
			part = tl_dg_part_code(p->sval);
	}
	if (!part || !tl_dg_part_ends(g, k + 1) || (g->t[k].flags & TF_CAP && k > 0 && g->t[k - 1].kind == T_WORD &&
	                                               (g->t[k - 1].flags & TF_CAP) && k != i))
		return 0;
	TlDSem in;
	tl_dsem_init(&in);
	guint ie = k + 1 < g->n && (g->t[k + 1].cats & (BIT(L_DAYREL) | BIT(L_WEEKDAY)))
	                   ? match_body(g, k + 1, &in)
	                   : 0;
	if (ie > k + 1 && in.type == TX_DATE && in.gran == G_DAY && !in.part && in.hour < 0 &&
	    !in.mod && (in.kind == S_REL || (in.kind == S_ABS && in.weekday && !in.month))) {
		*s = in;
		s->type = TX_TIME;
		s->part = part;
		s->mod = "MID";
		s->rule = "part-mid-day";
		return ie;
	}
	s->kind = S_ABS;
	s->type = TX_TIME;
	s->part = part;
	s->gran = G_PART;
	s->mod = "MID";
	s->rule = "part-bare";
	return k + 1;
}

static guint
match_at(const TlDG *g, guint i, TlDSem *s, guint *start)
{
	*start = i;
	/* the week (month, quarter) ended Feb 25, the week to March 3: the one
	 * that holds the day, which is an expression of its own, as after "the
	 * year ended" */
	if (tl_dg_lit(g, i, "the") &&
	    (tl_dg_lit(g, i + 2, "ended") || tl_dg_lit(g, i + 2, "ending") ||
	     tl_dg_lit(g, i + 2, "to")) &&
	    (tl_dg_lit(g, i + 1, "week") || tl_dg_lit(g, i + 1, "month") ||
	     tl_dg_lit(g, i + 1, "quarter"))) {
		TlDSem in;
		tl_dsem_init(&in);
		guint ie = match_body(g, i + 3, &in);
		if (ie > i + 3 && in.kind == S_ABS && in.type == TX_DATE && in.month && in.day &&
		    !in.weekday && !in.mod && !in.hol) {
			*s = in;
			if (tl_dg_lit(g, i + 1, "week")) {
				/* the ISO week that holds most of the seven days */
				s->week_of = TRUE;
				s->shift = -3;
				s->rule = "week-ended";
			} else if (tl_dg_lit(g, i + 1, "month")) {
				s->day = 0;
				s->gran = G_MONTH;
				s->rule = "month-ended";
			} else {
				s->quarter = (in.month - 1) / 3 + 1;
				s->month = s->day = 0;
				s->gran = G_QUARTER;
				s->rule = "quarter-ended";
			}
			return i + 2;
		}
	}
	/* the December quarter, the 1986 June quarter, the December 1986
	 * quarter: the quarter that ends in that month, its year chosen as the
	 * month's */
	guint qm = tl_dg_lit(g, i, "the") ? i + 1 : 0;
	gboolean qy = qm && qm < g->n && g->t[qm].kind == T_NUM && g->t[qm].ndigits == 4 &&
	              !g->t[qm].sfx && g->t[qm].num >= 1000;
	if (qm && tl_dg_sense(g, qm + qy, L_MONTH)) {
		TlDSem in;
		tl_dsem_init(&in);
		guint ie = match_body(g, qm + qy, &in);
		if (ie > qm + qy && tl_dg_lit(g, ie, "quarter") && in.kind == S_ABS &&
		    in.type == TX_DATE && in.month && in.month % 3 == 0 && !in.day && !in.mod &&
		    !in.yrel && !in.dir && !(qy && in.year != TL_NOYEAR)) {
			*s = in;
			if (qy)
				s->year = g->t[qm].num;
			s->quarter = in.month / 3;
			s->gran = G_QUARTER;
			s->rule = "month-quarter";
			return tl_dg_rel_year(g, ie + 1, s); /* "... quarter last year" */
		}
	}
	/* this time last year, this time tomorrow: that day (and clock) */
	if (tl_dg_lit(g, i, "this") && tl_dg_lit(g, i + 1, "time")) {
		TlDSem in;
		tl_dsem_init(&in);
		guint ie = match_body(g, i + 2, &in);
		if (ie > i + 2 && in.kind == S_REL && !in.weekday && !in.mod && !in.part && !in.anaph &&
		    (in.unit == G_DAY || in.unit == G_WEEK || in.unit == G_MONTH || in.unit == G_YEAR) &&
		    in.off != 0) {
			*s = in;
			s->same_time = TRUE;
			s->gran = G_DAY;
			s->rule = "this-time";
			return ie;
		}
	}
	if (g->t[i].cats & (BIT(L_MOD) | BIT(L_PART) | BIT(L_DET))) {
		guint pm = g->t[i].lowlen >= 3 && memcmp(g->t[i].low, "mid", 3) == 0 ? part_mid(g, i, s) : 0;
		if (pm)
			return pm;
		/* "in the morning": only "the" before a part or "early"/"late" */
		guint pe = i + 1 < g->n && (g->t[i + 1].cats & (BIT(L_PART) | BIT(L_MOD))) &&
		                   (g->t[i].lowlen == 3 ||
		                    ((g->t[i + 1].cats & BIT(L_PART)) &&
		                     (tl_dg_lit(g, i, "early") || tl_dg_lit(g, i, "late"))))
		                   ? tl_dg_part_bare(g, i, s)
		                   : 0;
		if (pe)
			return pe;
	}
	/* the week of March 6: the (ISO) week that holds the day; the weekend
	 * of a day or a holiday ("the weekend of Halloween", "weekend of
	 * Thanksgiving 2023"): the weekend next to it, as "Halloween weekend" */
	guint wk = tl_dg_lit(g, i, "the") ? i + 1 : i;
	gboolean wkend = tl_dg_lit(g, wk, "weekend");
	if ((wkend || tl_dg_lit(g, wk, "week")) && tl_dg_lit(g, wk + 1, "of")) {
		TlDSem in;
		tl_dsem_init(&in);
		guint ie = match_body(g, wk + 2, &in);
		if (ie > wk + 2 && in.kind == S_ABS && in.type == TX_DATE &&
		    ((in.month && in.day && !in.hol) || (wkend && in.hol && !in.part && !in.week_of)) &&
		    !in.mod) {
			*s = in;
			s->week_of = TRUE;
			s->weekend = wkend;
			s->rule = wkend ? "weekend-of" : "week-of";
			return ie;
		}
	}
	guint e = match_body(g, i, s);
	/* the day before last Tuesday, the day after March 5: that day moved */
	if (tl_dg_lit(g, i, "the") && tl_dg_lit(g, i + 1, "day") &&
	    (tl_dg_lit(g, i + 2, "before") || tl_dg_lit(g, i + 2, "after"))) {
		TlDSem in;
		tl_dsem_init(&in);
		guint ie = match_body(g, i + 3, &in);
		if (ie > e && in.type == TX_DATE && in.gran == G_DAY && !in.mod && !in.part &&
		    (in.kind == S_ABS || in.kind == S_REL)) {
			*s = in;
			s->shift = tl_dg_lit(g, i + 2, "before") ? -1 : 1;
			s->rule = "day-before-after";
			return ie;
		}
	}
	/* "had arrived the day before.", "the year before, it had": the unit
	 * before or after the last date mentioned, as "the previous day" (only
	 * where the clause ends: "the day before the vote" is another day; a
	 * line break is none in hard-wrapped news) */
	TlDGran bu;
	gboolean bpl;
	guint be;
	if (e == 0 && tl_dg_lit(g, i, "the") && tl_dg_unit(g, i + 1, &bu, &bpl, &be) && !bpl &&
	    be == i + 2 && (bu == G_DAY || bu == G_WEEK || bu == G_MONTH || bu == G_YEAR) &&
	    (tl_dg_lit(g, be, "before") || tl_dg_lit(g, be, "after")) &&
	    (be + 1 >= g->n ||
	     (g->t[be + 1].kind == T_PUNCT && !tl_dg_lit(g, be + 1, "'s") &&
	      !tl_dg_hyph(g, be + 1)) ||
	     tl_dg_lit(g, be + 1, "and") || tl_dg_lit(g, be + 1, "but"))) {
		s->kind = S_REL;
		s->type = TX_DATE;
		s->unit = s->gran = bu;
		s->off = tl_dg_lit(g, be, "before") ? -1 : 1;
		s->anaph = s->told = TRUE;
		s->rule = "unit-before-after";
		return be + 1;
	}
	/* two days before Christmas, a week after May 5, a week from Monday:
	 * that day moved by so many days; three months after Easter, a year
	 * before May 5: by so many months (not "from": "two years from 2020"
	 * is no day) */
	double v;
	guint ke, ue;
	TlDGran u;
	gboolean pl;
	gboolean num = tl_dg_number(g, i, TRUE, &v, &ke); /* for this and the next */
	if (num && !isnan(v) && v >= 1 && v <= 400 && v == floor(v) &&
	    tl_dg_unit(g, ke, &u, &pl, &ue) &&
	    (((u == G_DAY || u == G_WEEK) && tl_dg_lit(g, ue, "from")) ||
	     ((u == G_DAY || u == G_WEEK || (u == G_MONTH && v <= 36) || (u == G_YEAR && v <= 10)) &&
	      (tl_dg_lit(g, ue, "before") || tl_dg_lit(g, ue, "after"))))) {
		TlDSem in;
		tl_dsem_init(&in);
		guint ie = match_body(g, ue + 1, &in);
		if (ie > ue + 1 && ie > e && in.type == TX_DATE && in.gran == G_DAY && !in.mod &&
		    !in.part && (in.kind == S_ABS || in.kind == S_REL) && !in.shift && !in.mshift) {
			int by = (int)v * (u == G_WEEK ? 7 : u == G_YEAR ? 12 : 1);
			gboolean from = tl_dg_lit(g, ue, "from");
			*s = in;
			if (u == G_MONTH || u == G_YEAR)
				s->mshift = tl_dg_lit(g, ue, "before") ? -by : by;
			else
				s->shift = tl_dg_lit(g, ue, "before") ? -by : by;
			if (from && in.kind == S_ABS && in.weekday && !in.month && !in.dir)
				s->dir = 1; /* "a week from Monday": the coming one */
			s->rule = "units-before-after";
			return ie;
		}
	}
	/* "20 minutes before noon", "two hours after midnight": that clock
	 * moved, within its day */
	if (num && !isnan(v) && v >= 1 && v <= 600 && v == floor(v) &&
	    tl_dg_unit(g, ke, &u, &pl, &ue) && (u == G_MINUTE || u == G_HOUR) &&
	    (tl_dg_lit(g, ue, "before") || tl_dg_lit(g, ue, "after"))) {
		TlDSem in;
		tl_dsem_init(&in);
		guint ie = match_body(g, ue + 1, &in);
		int mins = (int)v * (u == G_HOUR ? 60 : 1) * (tl_dg_lit(g, ue, "before") ? -1 : 1);
		int at = in.hour * 60 + MAX(in.minute, 0) + mins;
		/* (after midnight: the small hours of the day the clock takes,
		 * "came 10 minutes after midnight" = 00:10) */
		if (in.hour == 24 && mins > 0)
			at -= 24 * 60;
		if (ie > ue + 1 && ie > e && in.type == TX_TIME && in.kind == S_ABS && in.hour >= 0 &&
		    !in.hour12 && !in.mod && !in.tz[0] && !in.shift && at >= 0 && at <= 24 * 60) {
			*s = in;
			s->hour = at / 60;
			s->minute = at % 60;
			s->gran = G_MINUTE;
			s->rule = "units-before-clock";
			return ie;
		}
	}
	guint me = 0;
	gboolean det = tl_dg_lit(g, i, "the");
	const TlDSense *m = tl_dg_phrase(g, i, L_MOD, &me);
	if (!m && det)
		m = tl_dg_phrase(g, i + 1, L_MOD, &me);
	else
		det = FALSE;
	gboolean bare_end = !m && end_before_date(g, i);
	if (bare_end) {
		static const TlDSense end = {.cat = L_MOD, .nwords = 1, .sval = (char *)"END"};
		m = &end;
		me = i + 1;
	}
	if (m && det && (m->nwords > 1 || !(strcmp(m->sval, "START") == 0 ||
	                                    strcmp(m->sval, "MID") == 0 || strcmp(m->sval, "END") == 0)))
		m = NULL;
	if (m) {
		guint j = tl_dg_hyph(g, me) ? me + 1 : me;
		TlDSem in;
		tl_dsem_init(&in);
		guint ie = match_body(g, j, &in);
		/* "more than 2 weeks before today": before the day so moved */
		if (ie > j && in.kind == S_DUR && strcmp(m->sval, "MORE_THAN") == 0 &&
		    (tl_dg_lit(g, ie, "before") || tl_dg_lit(g, ie, "after") || tl_dg_lit(g, ie, "from"))) {
			TlDSem mv;
			guint ms = j;
			guint mve = match_at(g, j, &mv, &ms);
			if (mve > ie && ms == j && mv.rule && strcmp(mv.rule, "units-before-after") == 0 && !mv.mod) {
				*s = mv;
				s->mod = tl_dg_lit(g, ie, "before") ? "BEFORE" : "AFTER";
				return mve;
			}
		}
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
		if (!pos && in.kind == S_DUR && strchr(in.dur, 'X'))
			ok = FALSE; /* "over several years" */
		if (bare_end && (in.gran < G_MONTH || in.gran > G_YEAR || in.kind == S_DUR))
			ok = FALSE; /* "the year to end July 31": "end" a verb */
		if (ok && ie > e) {
			*s = in;
			s->mod = m->sval;
			e = ie;
			if ((m->flags & LF_OUTER) || (pos && in.weekday && !in.month && !det))
				*start = j; /* "early Friday morning": TimeML marks the day */
		}
	}
	/* 10 p.m. Wednesday, noon Thursday: one time */
	if (e && s->type == TX_TIME && s->kind == S_ABS && !s->weekday && !s->month) {
		const TlDSense *w = tl_dg_sense(g, e, L_WEEKDAY);
		/* (but "9 a.m. Friday, October 1, 1999": the day and its date
		 * stay one date, which the time then takes) */
		TlDSem wd;
		tl_dsem_init(&wd);
		if (w && !(w->flags & (LF_AMB | LF_PLURAL)) && (g->t[e].flags & TF_CAP) &&
		    !(tl_dg_weekday(g, e, &wd) && wd.rule && strcmp(wd.rule, "weekday-date") == 0)) {
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

/* Read "10/1" or "10/1/2018" (n characters at s): the two numbers and the
 * year (TL_NOYEAR when none); FALSE when it is no such thing. */
static gboolean
slash_date(const char *s, size_t n, int *a, int *b, gint64 *y)
{
	int x = 0, z = 0, k = 0, c = 0;
	size_t i = 0;
	int v[3] = {0, 0, 0}, nd[3] = {0, 0, 0};
	while (i <= n && k < 3) {
		if (i < n && g_ascii_isdigit(s[i])) {
			if (++c > 4)
				return FALSE;
			v[k] = v[k] * 10 + (s[i] - '0'), nd[k] = c;
		} else if (i == n || s[i] == '/') {
			if (!c)
				return FALSE;
			k++, c = 0;
		} else
			return FALSE;
		i++;
	}
	if (i <= n || k < 2 || nd[0] > 2 || nd[1] > 2 || (k == 3 && nd[2] != 2 && nd[2] != 4))
		return FALSE;
	x = v[0], z = v[1];
	*a = x, *b = z;
	*y = k == 3 ? (nd[2] == 2 ? tl_dg_two_digit_year(v[2]) : v[2]) : TL_NOYEAR;
	return TRUE;
}

/* m: a day of a month (year y, or TL_NOYEAR), the text of token i from
 * byte s to e. */
static void
day_match(TlDMatch *m, const TlDTok *t, guint i, guint32 s, guint32 e, gint64 y, int mo, int d)
{
	(void)t;
	*m = (TlDMatch){.start = s, .end = e, .tok0 = (int)i, .tok1 = (int)i + 1};
	tl_dsem_init(&m->sem);
	m->sem.kind = S_ABS;
	m->sem.type = TX_DATE;
	m->sem.year = y, m->sem.month = mo, m->sem.day = d;
	m->sem.gran = G_DAY;
	m->sem.rule = "date-range-numeric";
}

/* "10/1-11/7", "5/1-5/7/2020", "20/4-5/5" (a charter's days), "10/1/2018-
 * 10/7/2018": two days of months joined by a dash in one token; both are
 * read in the same order (the one that gives two dates), the first takes
 * the second's year (the year before when its month comes later).  Not
 * two fractions ("1/2-3/4"), nor before a measure. */
/* Is n a common denominator of a price's fraction (halves to 64ths)? */
static gboolean
frac_den(int n)
{
	return n == 2 || n == 3 || n == 4 || n == 8 || n == 16 || n == 32 || n == 64;
}

static gboolean
split_date_range(const TlDG *g, guint i, GArray *matches)
{
	const TlDTok *t = &g->t[i];
	const char *s = g->text + t->start;
	size_t len = t->end - t->start;
	const char *dash = len >= 7 && len <= 21 ? memchr(s, '-', len) : NULL;
	if (!dash || !memchr(s, '/', (size_t)(dash - s)) || memchr(dash + 1, '-', len - (size_t)(dash + 1 - s)))
		return FALSE;
	int a1, b1, a2, b2;
	gint64 y1, y2;
	/* (two proper fractions are a price's range, "1/2-3/4", unless they
	 * share the first number and the second grows past what a fraction's
	 * denominator is: "7/17-7/18" is two days of July) */
	if (!slash_date(s, (size_t)(dash - s), &a1, &b1, &y1) ||
	    !slash_date(dash + 1, len - (size_t)(dash + 1 - s), &a2, &b2, &y2) ||
	    (a1 < b1 && a2 < b2 && y1 == TL_NOYEAR && y2 == TL_NOYEAR &&
	     !(a1 == a2 && b1 < b2 && !(frac_den(b1) && frac_den(b2)))) ||
	    (i + 1 < g->n && (g->t[i + 1].cats & (BIT(L_MEASURE) | BIT(L_UNIT)))))
		return FALSE;
	gboolean dmy = g->order == TL_DORDER_DMY;
	for (int pass = 0; pass < 2; pass++, dmy = !dmy) {
		int m1 = dmy ? b1 : a1, d1 = dmy ? a1 : b1, m2 = dmy ? b2 : a2, d2 = dmy ? a2 : b2;
		gint64 ya = y1 != TL_NOYEAR ? y1 : y2 != TL_NOYEAR ? y2 - (m1 > m2) : TL_NOYEAR;
		gint64 vy1 = ya != TL_NOYEAR ? ya : 2000, vy2 = y2 != TL_NOYEAR ? y2 : vy1 + (m1 > m2);
		if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || !tl_cal_valid(vy1, m1, d1) ||
		    !tl_cal_valid(vy2, m2, d2))
			continue;
		TlDMatch a, b;
		day_match(&a, t, i, t->start, (guint32)(t->start + (dash - s)), ya, m1, d1);
		day_match(&b, t, i, (guint32)(t->start + (dash - s) + 1), t->end, y2, m2, d2);
		g_array_append_val(matches, a);
		g_array_append_val(matches, b);
		return TRUE;
	}
	return FALSE;
}

/* Is token i right after a weekday's name in capitals ("Monday",
 * "Fri.")? */
static gboolean
weekday_before(const TlDG *g, guint i)
{
	/* (also "Wednesday from 10-4", "Monday morning 6-8") */
	const TlDSense *pt = i >= 2 ? tl_dg_sense(g, i - 1, L_PART) : NULL;
	guint w = i >= 2 && (tl_dg_punct(g, i - 1, '.') || tl_dg_lit(g, i - 1, "from") ||
	                     (pt && !(pt->flags & LF_PLURAL)))
	          ? i - 2
	          : i - 1;
	const TlDSense *ws = i >= 1 ? tl_dg_sense(g, w, L_WEEKDAY) : NULL;
	return ws && !(ws->flags & LF_PLURAL) && (g->t[w].flags & TF_CAP) && !(g->t[i].flags & TF_NL);
}

/* Times like 3:30-4:30pm: two matches inside one number token. */
static gboolean
split_clock_range(const TlDG *g, guint i, GArray *matches)
{
	const TlDTok *t = &g->t[i];
	const char *s = g->text + t->start;
	int h1, m1, h2, m2, n = 0;
	size_t len = t->end - t->start;
	if (len < 3 || len > 11 || !memchr(s, '-', len))
		return FALSE;
	char buf[12];
	memcpy(buf, s, len);
	buf[len] = '\0';
	const TlDSense *tz = NULL;
	gboolean bare = FALSE;
	if (sscanf(buf, "%2d:%2d-%2d:%2d%n", &h1, &m1, &h2, &m2, &n) == 4 && (size_t)n == len &&
	    h1 <= 23 && h2 <= 23 && m1 <= 59 && m2 <= 59) {
		if (h2 < h1 && h2 + 12 > h1 && h1 <= 12 && !tl_dg_sense(g, i + 1, L_AMPM))
			h2 += 12; /* "11:30-1:30" ends after noon */
	} else if (len == 9 && buf[4] == '-' && strspn(buf, "0123456789") == 4 &&
	           sscanf(buf, "%2d%2d-%2d%2d%n", &h1, &m1, &h2, &m2, &n) == 4 && (size_t)n == len &&
	           h1 <= 23 && h2 <= 23 && m1 <= 59 && m2 <= 59 &&
	           ((tz = tl_dg_sense(g, i + 1, L_TZ)) != NULL ||
	            (buf[0] == '0' && i > 0 && (tl_dg_lit(g, i - 1, "between") || tl_dg_lit(g, i - 1, "from")))))
		; /* "0800-1415 GMT": two times of the 24-hour clock with a zone
		   * (not "1930-1945"); "between 0730-0930": a leading zero is no
		   * year */
	else if (sscanf(buf, "%2d-%2d%n", &h1, &h2, &n) == 2 && (size_t)n == len && h1 >= 1 &&
	         h1 <= 12 && h2 >= 1 && h2 <= 12 && tl_dg_sense(g, i + 1, L_AMPM))
		m1 = m2 = 0; /* 2-4 pm */
	else if (sscanf(buf, "%2d-%2d%n", &h1, &h2, &n) == 2 && (size_t)n == len && h1 >= 1 &&
	         h1 <= 12 && h2 >= 1 && h2 <= 12 && h1 != h2 && weekday_before(g, i) &&
	         !tl_dg_sense(g, i + 1, L_UNIT) && (i + 1 >= g->n || g->t[i + 1].kind != T_NUM)) {
		/* "Monday 11-4", "Fri 9-5": two bare hours right after a day, its
		 * hours (an end before the start is after noon: 11:00 to 16:00) */
		m1 = m2 = 0;
		bare = TRUE;
	} else
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
	if (ap || tz) {
		b.end = g->t[i + 1].end;
		b.tok1 = (int)i + 2;
	}
	a.sem.kind = b.sem.kind = S_ABS;
	a.sem.type = b.sem.type = TX_TIME;
	b.sem.hour = h2 < 12 ? h2 + add : h2;
	/* a range goes forward: "11-2 pm" starts at 11 a.m. */
	int add1 = ap && h1 <= 12 && h2 <= 12 && (h1 % 12) * 60 + m1 > (h2 % 12) * 60 + m2 ? 12 - add : add;
	a.sem.hour = h1 < 12 ? h1 + add1 : h1 == 12 && ap ? add1 : h1; /* 12-3am starts at 0:00 */
	a.sem.minute = m1;
	b.sem.minute = m2;
	a.sem.gran = b.sem.gran = G_MINUTE;
	a.sem.rule = b.sem.rule = "clock-range";
	if (bare && h2 < h1) {
		b.sem.hour = h2 + 12; /* 11-4: to 16:00 */
		a.sem.hour = h1 == 12 ? 12 : h1;
	} else if (bare) {
		a.sem.hour12 = b.sem.hour12 = TRUE; /* 9-11: either half, as "at 9" */
		a.sem.gran = b.sem.gran = G_HOUR;
		a.sem.rule = b.sem.rule = "clock-range-bare";
	}
	g_array_append_val(matches, a);
	g_array_append_val(matches, b);
	return TRUE;
}

/* Does a part of a day begin at token i: "tonight", "tomorrow morning",
 * "Friday night", "this evening", "last night"?  (Not a day alone:
 * "trading at 10 today" is a price.) */
static gboolean
part_begins(const TlDG *g, guint i)
{
	if (i >= g->n || g->t[i].kind != T_WORD)
		return FALSE;
	const TlDSense *r = tl_dg_sense(g, i, L_DAYREL);
	if (r && strchr(r->sval, ','))
		return TRUE; /* tonight: 0,NI */
	const TlDSense *p = tl_dg_sense(g, i + 1, L_PART);
	return p && !(p->flags & LF_PLURAL) &&
	       (r || tl_dg_sense(g, i, L_WEEKDAY) || tl_dg_lit(g, i, "this") ||
	        (tl_dg_lit(g, i, "last") && tl_dg_lit(g, i + 1, "night")));
}

/*
 * "at 9" beside a day, "tonight at 9", "Tuesday at 10", "at 6 tomorrow
 * morning" (before a part of a day only): a clock hour (1-12, a.m. or p.m. chosen as for "at 3:30").
 * Alone, "at 10" is no time (an age, a score, a rank); next to a day it is.
 * prev: the last match found, or NULL.
 */
/* m: the whole hour of token t (at i), a 12-hour clock, by rule. */
static void
hour_match(TlDMatch *m, const TlDTok *t, guint i, const char *rule)
{
	*m = (TlDMatch){.start = t->start, .end = t->end, .tok0 = (int)i, .tok1 = (int)i + 1};
	tl_dsem_init(&m->sem);
	m->sem.kind = S_ABS;
	m->sem.type = TX_TIME;
	m->sem.hour = (int)t->num;
	m->sem.hour12 = TRUE;
	m->sem.minute = 0;
	m->sem.gran = G_HOUR;
	m->sem.rule = rule;
}

/* Words that may follow "6 in the morning" when it is a time. */
static const char *const after_part[] = {"and", "or", "but", "when", "on", "of", "to", "at",
                                         "with", "until", "till", "before", "after", "the",
                                         "a", "i", "we", "he", "she", "they", "it", "you",
                                         "local", "time", "sharp", "that", "while", "as"};

gboolean
tl_dg_part_ends(const TlDG *g, guint k)
{
	return k >= g->n || g->t[k].kind != T_WORD || g->t[k].cats ||
	       tl_dg_lit_any(g, k, after_part, G_N_ELEMENTS(after_part));
}

/* A dash between two times at token k: "-" or an en dash. */
static gboolean
range_dash(const TlDG *g, guint k)
{
	const TlDTok *t = &g->t[k];
	return t->kind == T_PUNCT &&
	       (g->text[t->start] == '-' ||
	        (t->end - t->start == 3 && memcmp(g->text + t->start, "\xe2\x80\x93", 3) == 0));
}

/* The hour 1-12 a word spells at i ("eight"), else 0. */
static int
spelled_hour(const TlDG *g, guint i)
{
	const TlDSense *nw = g->t[i].kind == T_WORD ? tl_dg_sense(g, i, L_NUM) : NULL;
	if (!nw || (nw->flags & (LF_ART | LF_HALF | LF_COUPLE | LF_FEW)) || nw->dval != floor(nw->dval))
		return 0;
	return nw->dval >= 1 && nw->dval <= 12 ? (int)nw->dval : 0;
}

/* Does a clause begin at token i: the first of the text or a sentence, or
 * the one after a comma, colon, semicolon or opening bracket? */
static gboolean
clause_begins(const TlDG *g, guint i)
{
	if (i == 0 || g->t[i - 1].sent != g->t[i].sent)
		return TRUE;
	const TlDTok *p = &g->t[i - 1];
	return p->kind == T_PUNCT && strchr(",;:(", g->text[p->start]) != NULL;
}

/* "8 tonight", "nine tomorrow morning", "at five this evening": an hour in
 * figures or words before a part of a day, opening a clause or after "at"
 * or another preposition of time; the part is a timex of its own, whose
 * day and half of the day the hour takes, as in "at 8 tonight" (not
 * "scored 8 tonight", "won three tonight"). */
static gboolean
hour_before_part(const TlDG *g, guint i, TlDMatch *m)
{
	static const char *const preps[] = {"at", "until", "till", "by", "before", "after", "around"};
	const TlDTok *t = &g->t[i];
	if (i + 1 >= g->n || !(g->t[i + 1].cats & (BIT(L_DAYREL) | BIT(L_WEEKDAY) | BIT(L_DEIXIS))))
		return FALSE; /* (most numbers: no part of a day can follow) */
	int h = t->kind != T_NUM ? spelled_hour(g, i)
	        : t->num >= 1 && t->num <= 12 && !t->sfx && t->ndigits <= 2 ? (int)t->num : 0;
	if (!h || !part_begins(g, i + 1))
		return FALSE;
	/* opening a clause, the part ends it or a phrase ("Two tonight were
	 * hurt" counts people) */
	const TlDSense *r = tl_dg_sense(g, i + 1, L_DAYREL);
	guint pe = r && strchr(r->sval, ',') ? i + 2 : i + 3;
	if (!(i > 0 && tl_dg_lit_any(g, i - 1, preps, G_N_ELEMENTS(preps))) &&
	    !(clause_begins(g, i) && (pe >= g->n || g->t[pe].kind == T_PUNCT ||
	                              tl_dg_lit_any(g, pe, after_part, G_N_ELEMENTS(after_part)))))
		return FALSE;
	hour_match(m, t, i, "clock-bare");
	m->sem.hour = h;
	return TRUE;
}

/* "7.30", "2.30": hours 1-12, a dot and two digits of minutes, as
 * British English writes a clock (text s of token t); TRUE with them in
 * *h and *m (when not NULL). */
static gboolean
dotted_clock(const TlDTok *t, const char *s, int *h, int *m)
{
	size_t len = t->end - t->start;
	if (t->kind != T_NUM || t->sfx || len < 4 || len > 5 || s[len - 3] != '.' ||
	    !g_ascii_isdigit(s[len - 2]) || !g_ascii_isdigit(s[len - 1]) || !g_ascii_isdigit(s[0]) ||
	    (len == 5 && !g_ascii_isdigit(s[1])))
		return FALSE;
	int hh = len == 5 ? (s[0] - '0') * 10 + (s[1] - '0') : s[0] - '0';
	int mm = (s[len - 2] - '0') * 10 + (s[len - 1] - '0');
	if (hh < 1 || hh > 12 || mm > 59)
		return FALSE;
	if (h)
		*h = hh, *m = mm;
	return TRUE;
}

/* A bare hour 1-12 in figures at token i, else 0. */
static int
digit_hour(const TlDG *g, guint i)
{
	const TlDTok *t = i < g->n ? &g->t[i] : NULL;
	return t && t->kind == T_NUM && t->num >= 1 && t->num <= 12 && !t->sfx && t->ndigits <= 2 ? (int)t->num : 0;
}

/* "between 3 and 5 on 1/1/2015", "from 10 to 12 tomorrow": the start (at
 * i, after "between" or "from") of two bare hours that a day follows: "on"
 * and a date or a day, or a day's word; the day makes them times (the end
 * is then clock-range-end's). */
/* Is token i a word of change, whose "from 8 to 11" is two levels
 * ("rose", "was cut", "raising", "up")? */
static gboolean
change_word(const TlDG *g, guint i)
{
	static const char *const stems[] = {"ris", "rose", "fall", "fell", "climb", "jump", "drop",
	                                    "increas", "decreas", "rais", "lower", "reduc", "boost",
	                                    "lift", "slip", "slid", "declin", "grow", "grew", "gain",
	                                    "chang", "expand", "shrank", "shrink", "improv", "trim",
	                                    "widen", "narrow", "revis", "surg", "soar", "plung",
	                                    "tumbl", "edged", "advanc", "swung", "swing", "went",
	                                    "gone", "moved", "moving", "dipped", "slump", "ralli",
	                                    "rally", "recover", "extend", "shift", "adjust", "upgrad",
	                                    "downgrad", "cut", "up", "down", "fluctuat", "rang"};
	if (i >= g->n || g->t[i].kind != T_WORD)
		return FALSE;
	const char *w = g->t[i].low;
	for (size_t k = 0; k < G_N_ELEMENTS(stems); k++) {
		size_t n = strlen(stems[k]);
		if (strncmp(w, stems[k], n) == 0 && (n >= 4 || w[n] == '\0' || (w[n] == 's' && w[n + 1] == '\0')))
			return TRUE;
	}
	return FALSE;
}

/* Is token d a day: today, tomorrow..., or a weekday's name (in lower
 * case only the full name: "tuesday", not "sat")? */
static gboolean
day_word(const TlDG *g, guint d)
{
	if (d >= g->n)
		return FALSE;
	if (tl_dg_sense(g, d, L_DAYREL) && !tl_dg_sense(g, d, L_UNIT))
		return TRUE;
	const TlDSense *w = tl_dg_sense(g, d, L_WEEKDAY);
	return w && !(w->flags & LF_PLURAL) && ((g->t[d].flags & TF_CAP) || !(w->flags & LF_AMB));
}

static gboolean
range_before_day(const TlDG *g, guint i)
{
	/* (also opening the text: "between 2 and 5 tomorrow") */
	if (i < 1 || !(tl_dg_lit(g, i - 1, "between") || tl_dg_lit(g, i - 1, "from")) ||
	    (i >= 2 && (change_word(g, i - 2) || g->t[i - 2].kind == T_NUM)) ||
	    !(tl_dg_lit(g, i + 1, "and") || tl_dg_lit(g, i + 1, "to") || tl_dg_lit(g, i + 1, "until") ||
	      tl_dg_lit(g, i + 1, "till")) ||
	    !digit_hour(g, i + 2))
		return FALSE;
	/* "Wednesday from 3 to 4.", "tomorrow between 2 and 5": the day right
	 * before, the end hour ending the phrase (not "rose Friday from 8
	 * to 11 pct") */
	if (i >= 2 && day_word(g, i - 2) && !(i >= 3 && change_word(g, i - 3)) &&
	    (i + 3 >= g->n || (g->t[i + 3].flags & TF_NL) ||
	     (g->t[i + 3].kind == T_PUNCT && strchr(".,;!?)", g->text[g->t[i + 3].start]))))
		return TRUE;
	if (i + 3 >= g->n || (g->t[i + 3].flags & TF_NL))
		return FALSE;
	guint d = tl_dg_lit(g, i + 3, "on") ? i + 4 : i + 3;
	if (d >= g->n)
		return FALSE;
	const TlDTok *t = &g->t[d];
	if (d > i + 3 && t->kind == T_NUM && (t->num < 0 || t->sfx == 'o'))
		return TRUE; /* on 1/1/2015, on the 3rd */
	const TlDSense *r = tl_dg_sense(g, d, L_DAYREL);
	if (r && !tl_dg_sense(g, d, L_UNIT))
		return TRUE; /* today, tomorrow, tonight */
	const TlDSense *mo = tl_dg_sense(g, d, L_MONTH);
	return day_word(g, d) ||
	       ((t->flags & TF_CAP) && mo && d > i + 3 && d + 1 < g->n && g->t[d + 1].kind == T_NUM);
}

static gboolean
bare_hour(const TlDG *g, guint i, const TlDMatch *prev, TlDMatch *m)
{
	const TlDTok *t = &g->t[i];
	if (hour_before_part(g, i, m))
		return TRUE;
	/* a part of a day or a weekday right before the word before ("this
	 * morning at", "Friday about") */
	/* (or a set of days or of their parts: "Wednesdays at 3", "every day
	 * at 3", "each morning at 8": the clock of each, clock_of_set) */
	const char *sv = prev && prev->sem.kind == S_SET ? prev->sem.val : "";
	size_t svn = strlen(sv);
	gboolean day_set = strcmp(sv, "P1D") == 0 || (svn == 10 && g_str_has_prefix(sv, "XXXX-WXX-")) ||
	                   (svn == 13 && sv[10] == 'T' &&
	                    (g_str_has_prefix(sv, "XXXX-WXX-") || g_str_has_prefix(sv, "XXXX-XX-XX")));
	gboolean day_before = i >= 2 && prev && (guint)prev->tok1 == i - 1 &&
	                      ((prev->sem.type == TX_DATE && (prev->sem.part || prev->sem.weekday)) ||
	                       day_set);
	/* "this morning at seven", "Friday at ten": a spelled hour after "at"
	 * right after a part of a day or a weekday, ending there (not "quoted
	 * today at seven, 6-3/4 pct": a rate) */
	int sh = t->kind == T_WORD && day_before && tl_dg_lit(g, i - 1, "at") ? spelled_hour(g, i) : 0;
	if (sh && (i + 1 >= g->n || (g->t[i + 1].kind == T_PUNCT &&
	                             strchr(".,;:!?)", g->text[g->t[i + 1].start])))) {
		hour_match(m, t, i, "clock-bare");
		m->sem.hour = sh;
		return TRUE;
	}
	/* "Monday at 2.30", "at 7.30 tonight": a clock with a dot after "at",
	 * beside a day or before a part of one (not "traded at 5.50 on
	 * Friday": a price) */
	int dh, dm;
	if (i >= 1 && tl_dg_lit(g, i - 1, "at") && dotted_clock(t, g->text + t->start, &dh, &dm) &&
	    (part_begins(g, i + 1) ||
	     (day_before && (i + 1 >= g->n || (g->t[i + 1].kind == T_PUNCT &&
	                                       strchr(".,;:!?)", g->text[g->t[i + 1].start])))))) {
		hour_match(m, t, i, "clock-dotted");
		m->sem.hour = dh;
		m->sem.minute = dm;
		m->sem.gran = G_MINUTE;
		return TRUE;
	}
	if (t->kind != T_NUM || t->num < 1 || t->num > 12 || t->sfx || t->ndigits > 2)
		return FALSE;
	/* "6 in the morning", "11 at night": a part of the day makes the hour
	 * a time with no "at" (not "6 in the morning session") */
	int hp = 0;
	guint he = tl_dg_clock_part(g, i + 1, &hp);
	if (he && !(i > 0 && tl_dg_lit(g, i - 1, "at")) && tl_dg_part_ends(g, he)) {
		hour_match(m, t, i, "clock-part");
		tl_dg_clock_in_part(&m->sem, hp);
		m->end = g->t[he - 1].end;
		m->tok1 = (int)he;
		return TRUE;
	}
	if (i == 0)
		return FALSE;
	if (range_before_day(g, i)) {
		hour_match(m, t, i, "clock-range-start");
		return TRUE;
	}
	/* "between noon and 2", "from 10:30 to 4": the end of a range of times */
	if (prev && (guint)prev->tok1 == i - 1 && prev->sem.type == TX_TIME && prev->tok0 > 0 &&
	    (tl_dg_lit(g, i - 1, "and") || tl_dg_lit(g, i - 1, "to") || tl_dg_lit(g, i - 1, "until")) &&
	    (tl_dg_lit(g, (guint)prev->tok0 - 1, "between") || tl_dg_lit(g, (guint)prev->tok0 - 1, "from")) &&
	    !(i + 1 < g->n && (g->t[i + 1].kind == T_NUM || tl_dg_hyph(g, i + 1) ||
	                       (g->t[i + 1].cats & (BIT(L_AMPM) | BIT(L_OCLOCK) | BIT(L_UNIT) | BIT(L_MONTH) | BIT(L_CLOCK))) ||
	                       tl_dg_lit(g, i + 1, "percent") || tl_dg_lit(g, i + 1, "pct") ||
	                       tl_dg_punct(g, i + 1, '%') ||
	                       (g->t[i + 1].kind == T_PUNCT && strchr(".:/", g->text[g->t[i + 1].start]) &&
	                        !(i + 2 >= g->n || (g->t[i + 2].flags & (TF_SPACE | TF_NL))))))) {
		hour_match(m, t, i, "clock-range-end");
		return TRUE;
	}
	/* "1pm-3", "8pm - 11": after a dash, the bare end of a range whose
	 * start says a.m. or p.m. (the same half of the day when it is later,
	 * else the other: "11am-1" ends at 13:00); also after "to", "till" or
	 * "until" ("3pm to 7 tomorrow") */
	static const char *const range_words[] = {"to", "till", "until", "til"};
	if (prev && (guint)prev->tok1 == i - 1 && prev->sem.type == TX_TIME && prev->sem.kind == S_ABS &&
	    !prev->sem.hour12 && prev->sem.hour >= 0 &&
	    tl_dg_sense(g, (guint)prev->tok1 - 1, L_AMPM) &&
	    (range_dash(g, i - 1) || tl_dg_lit_any(g, i - 1, range_words, G_N_ELEMENTS(range_words))) &&
	    (i + 1 >= g->n || g->t[i + 1].kind != T_WORD || g->t[i + 1].cats ||
	     tl_dg_lit_any(g, i + 1, after_part, G_N_ELEMENTS(after_part))) &&
	    !(i + 1 < g->n && (g->t[i + 1].kind == T_NUM || tl_dg_hyph(g, i + 1) ||
	                       (g->t[i + 1].cats & (BIT(L_AMPM) | BIT(L_OCLOCK) | BIT(L_UNIT) | BIT(L_MONTH) | BIT(L_CLOCK))) ||
	                       tl_dg_lit(g, i + 1, "percent") || tl_dg_lit(g, i + 1, "pct") ||
	                       (g->t[i + 1].kind == T_PUNCT && strchr(".:/%", g->text[g->t[i + 1].start]) &&
	                        !(i + 2 >= g->n || (g->t[i + 2].flags & (TF_SPACE | TF_NL))))))) {
		hour_match(m, t, i, "clock-range-end");
		int pm = prev->sem.hour >= 12, h = (int)t->num % 12;
		if (h * 60 <= (prev->sem.hour % 12) * 60 + MAX(prev->sem.minute, 0))
			pm = !pm;
		m->sem.hour = h + 12 * pm;
		m->sem.hour12 = FALSE;
		return TRUE;
	}
	/* "until 11 tonight", "by 8 this evening": another preposition of
	 * time before a part of the day does as "at" ("rose by 8 today" is
	 * none: a day alone begins no part) */
	static const char *const preps[] = {"until", "till", "by", "before", "after", "around"};
	/* "tonight around 7", "Friday about 9": right after a day */
	gboolean near = (tl_dg_lit(g, i - 1, "around") || tl_dg_lit(g, i - 1, "about")) && day_before;
	if (!tl_dg_lit(g, i - 1, "at") && !near &&
	    !(tl_dg_lit_any(g, i - 1, preps, G_N_ELEMENTS(preps)) && part_begins(g, i + 1)))
		return FALSE;
	/* "at 9" ends there: not "at 9 percent", "at 9.5", "at 9 to 5" */
	int part = 0;
	guint pe = tl_dg_clock_part(g, i + 1, &part); /* at 3 in the morning */
	gboolean in_part = pe != 0;
	gboolean sharp = tl_dg_lit(g, i + 1, "sharp"); /* "at 9 sharp" is a time */
	/* "at 7 tomorrow": no price is quoted for tomorrow ("trading at 10
	 * today" is one, so not today nor yesterday); "at 7 every morning",
	 * "at 6 each day": nor for a set of days or parts of them (one set
	 * with it, clock_of_set) */
	const TlDSense *tmr = tl_dg_lit(g, i - 1, "at") ? tl_dg_sense(g, i + 1, L_DAYREL) : NULL;
	const TlDSense *qn = tl_dg_lit(g, i - 1, "at") ? tl_dg_sense(g, i + 1, L_QUANT) : NULL;
	const TlDSense *qu = qn ? tl_dg_sense(g, i + 2, L_UNIT) : NULL;
	const TlDSense *qp = qn ? tl_dg_sense(g, i + 2, L_PART) : NULL;
	gboolean tomorrow = (tmr && strcmp(tmr->sval, "1") == 0) ||
	                    (qn && !(qn->flags & LF_INNER) &&
	                     ((qu && strcmp(qu->sval, "D") == 0) || (qp && !(qp->flags & LF_PLURAL)) ||
	                      tl_dg_sense(g, i + 2, L_WEEKDAY)));
	if (i + 1 < g->n && !(g->t[i + 1].kind == T_PUNCT && strchr(".,;:!?)", g->text[g->t[i + 1].start])) &&
	    !part_begins(g, i + 1) && !in_part && !sharp && !tomorrow)
		return FALSE;
	gboolean after_day = near || (prev && (guint)prev->tok1 == i - 1 && prev->sem.type == TX_DATE &&
	                     (prev->sem.gran == G_DAY || prev->sem.gran == G_PART ||
	                      prev->sem.weekday || prev->sem.part)) ||
	                     (day_before && prev->sem.kind == S_SET);
	/* "in the afternoon at 7": a part of the day said first sets the half */
	gboolean after_part_time = prev && (guint)prev->tok1 == i - 1 && prev->sem.type == TX_TIME &&
	                           prev->sem.hour < 0 && prev->sem.part && tl_dg_lit(g, i - 1, "at");
	if (!after_day && !after_part_time && !part_begins(g, i + 1) && !in_part && !sharp && !tomorrow)
		return FALSE;
	hour_match(m, t, i, "clock-bare");
	if (after_part_time && !in_part)
		tl_dg_clock_in_part(&m->sem, prev->sem.part);
	if (in_part) {
		tl_dg_clock_in_part(&m->sem, part);
		m->end = g->t[pe - 1].end;
		m->tok1 = (int)pe;
	}
	return TRUE;
}

/*
 * The start of a clock range whose end alone says a.m. or p.m.: "between 2
 * and 4 pm", "from 10 to 11:30 a.m.", "from 11 to 2 pm" (11 a.m.: a range
 * goes forward).  m is the end, just found; TRUE with the start in *a.
 */
static gboolean
clock_range_start(const TlDG *g, const TlDMatch *m, const TlDMatch *prev, TlDMatch *a)
{
	guint k = (guint)m->tok0;
	if (m->sem.type != TX_TIME || m->sem.kind != S_ABS || m->sem.hour < 0 || k < 2)
		return FALSE;
	/* "7 - 9pm": a dash says range without "from" */
	gboolean dash = tl_dg_punct(g, k - 1, '-');
	gboolean opened = k >= 3 && (tl_dg_lit(g, k - 3, "between") || tl_dg_lit(g, k - 3, "from"));
	/* "between 10 and 11:30": an end with minutes and no a.m./p.m. after
	 * "between" or "from"; the start is of the same half of the day */
	gboolean open12 = m->sem.hour12 && opened && m->sem.minute > 0 && m->sem.hour >= 1 &&
	                  m->sem.hour <= 12 && m->sem.sec < 0;
	if (m->sem.type != TX_TIME || m->sem.kind != S_ABS || (m->sem.hour12 && !open12) ||
	    m->sem.hour < 0 || k < 2 || (k < 3 && !dash) || !m->sem.rule ||
	    strncmp(m->sem.rule, "clock-", 6) != 0 ||
	    (!tl_dg_sense(g, m->tok1 - 1, L_AMPM) && strcmp(m->sem.rule, "clock-part") != 0 && !open12) ||
	    (prev && (guint)prev->tok1 > k - 2))
		return FALSE;
	/* "5 to 6pm", "4 til 5pm": "to" needs no "from" before an end with
	 * p.m. or a.m. (not after a number or "by": "up by 5 to 6 pm") */
	gboolean to = tl_dg_lit(g, k - 1, "to") || tl_dg_lit(g, k - 1, "until") ||
	              tl_dg_lit(g, k - 1, "till") || tl_dg_lit(g, k - 1, "til");
	/* (or a part of the day: "out 5 to seven in the morning") */
	gboolean bare_to = to && !open12 &&
	                   (tl_dg_sense(g, m->tok1 - 1, L_AMPM) || strcmp(m->sem.rule, "clock-part") == 0) && k >= 3 &&
	                   g->t[k - 3].kind == T_WORD && !tl_dg_lit(g, k - 3, "by") &&
	                   !(g->t[k - 3].cats & (BIT(L_UNIT) | BIT(L_NUM) | BIT(L_MEASURE)));
	/* "at 10 or 11 p.m.": a choice after "at", "around", "about" */
	gboolean choice = tl_dg_lit(g, k - 1, "or") && !open12 && tl_dg_sense(g, m->tok1 - 1, L_AMPM) &&
	                  k >= 3 &&
	                  (tl_dg_lit(g, k - 3, "at") || tl_dg_lit(g, k - 3, "around") ||
	                   tl_dg_lit(g, k - 3, "about"));
	if (!(tl_dg_lit(g, k - 1, "and") || to || dash || choice) || !(dash || opened || bare_to || choice))
		return FALSE;
	const TlDTok *t = &g->t[k - 2];
	int h, mi = 0;
	if (t->kind != T_NUM || t->sfx)
		return FALSE;
	if (t->num >= 0) {
		if (t->ndigits > 2)
			return FALSE;
		h = (int)t->num;
	} else {
		int n = 0;
		char buf[8];
		size_t len = t->end - t->start;
		if (len > 5)
			return FALSE;
		memcpy(buf, g->text + t->start, len);
		buf[len] = '\0';
		if (sscanf(buf, "%2d:%2d%n", &h, &mi, &n) != 2 || (size_t)n != len || mi > 59)
			return FALSE;
	}
	if (h < 1 || h > 12)
		return FALSE;
	int end12 = m->sem.hour % 12, pm = m->sem.hour >= 12;
	int start12 = h % 12;
	if (!choice && start12 * 60 + mi > end12 * 60 + MAX(m->sem.minute, 0))
		pm = !pm; /* from 11 to 2 pm */
	*a = (TlDMatch){.start = t->start, .end = t->end, .tok0 = (int)k - 2, .tok1 = (int)k - 1};
	tl_dsem_init(&a->sem);
	a->sem.kind = S_ABS;
	a->sem.type = TX_TIME;
	a->sem.hour = open12 ? h : start12 + 12 * pm;
	a->sem.hour12 = open12;
	a->sem.minute = mi;
	a->sem.gran = t->num >= 0 ? G_HOUR : G_MINUTE;
	a->sem.rule = "clock-range";
	return TRUE;
}

/*
 * "from 7:00 to 8:00pm", "between 10:15 and 11 a.m.": a start already found
 * as a clock of no half of the day (prev) takes the half of the end m that
 * says a.m. or p.m., as clock_range_start() gives a bare hour one ("from
 * 11:30 to 2 pm" starts before noon: a range goes forward).  An end on the
 * 24-hour clock ("from 9:00 until 17:00") says the start is on it too: as
 * written, 09:00 (the DCT's clock had read it 21:00, and the end the next
 * day's).
 */
static void
clock_start_half(const TlDG *g, TlDMatch *prev, const TlDMatch *m)
{
	guint k = (guint)m->tok0;
	/* (a zone may follow: "3 - 5 p.m. EST") */
	gboolean ampm = m->tok1 > 0 && (tl_dg_sense(g, (guint)m->tok1 - 1, L_AMPM) ||
	                                 (m->tok1 >= 2 && tl_dg_sense(g, (guint)m->tok1 - 1, L_TZ) &&
	                                  tl_dg_sense(g, (guint)m->tok1 - 2, L_AMPM)));
	gboolean h24 = !ampm && m->sem.hour >= 13 && m->sem.hour <= 23 && g->t[k].kind == T_NUM &&
	               g->t[k].num < 0 && !m->sem.hour12;
	if (!prev || prev->tok1 + 1 != m->tok0 || m->sem.type != TX_TIME || m->sem.kind != S_ABS ||
	    m->sem.hour12 || m->sem.hour < 0 || m->sem.month || m->sem.weekday || (!h24 && !ampm) ||
	    prev->sem.type != TX_TIME ||
	    prev->sem.kind != S_ABS || !prev->sem.hour12 || prev->sem.hour < 1 || prev->sem.hour > 12 ||
	    prev->sem.month || prev->sem.weekday || prev->sem.part ||
	    !(prev->tok1 == prev->tok0 + 1 ||
	      (prev->tok1 == prev->tok0 + 2 && tl_dg_sense(g, (guint)prev->tok0, L_MOD))))
		return; /* (one clock, "around" before it) */
	/* (past "about": "from about 7:00 to 8:00 pm") */
	guint f = (guint)prev->tok0;
	if (f > 1 && tl_dg_sense(g, f - 1, L_MOD))
		f--;
	gboolean opened = f > 0 && (tl_dg_lit(g, f - 1, "from") || tl_dg_lit(g, f - 1, "between"));
	static const char *const joins[] = {"to", "until", "till", "til", "and"};
	/* "around 4:30 or 5:30 a.m.": a choice of two clocks, of one half of
	 * the day */
	gboolean choice = tl_dg_lit(g, k - 1, "or");
	if (!(tl_dg_punct(g, k - 1, '-') || choice ||
	      (opened && tl_dg_lit_any(g, k - 1, joins, G_N_ELEMENTS(joins)))))
		return;
	if (h24) {
		prev->sem.hour12 = FALSE;
		return;
	}
	int start12 = prev->sem.hour % 12, mi = MAX(prev->sem.minute, 0);
	int pm = m->sem.hour >= 12;
	if (!choice && start12 * 60 + mi > (m->sem.hour % 12) * 60 + MAX(m->sem.minute, 0))
		pm = !pm;
	prev->sem.hour = start12 + 12 * pm;
	prev->sem.hour12 = FALSE;
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
/* Categories of the word after a short plain number that can make it a date,
 * time or duration: "26 April", "4 p.m.", "10 days", "3 times a year", "12 noon". */
static const guint64 after_num_cats =
	BIT(L_MONTH) | BIT(L_UNIT) | BIT(L_AMPM) | BIT(L_OCLOCK) | BIT(L_ERA) | BIT(L_TIMES) |
	BIT(L_NUM) | BIT(L_ORD) | BIT(L_CONJ) | BIT(L_TZ) | BIT(L_COUNTADJ) | BIT(L_WEEKDAY) |
	BIT(L_CLOCK);

/* A number starts a match only in these shapes; most numbers of news text
 * (prices, counts, "1,000") are dismissed here without trying a pattern. */
static gboolean
number_can_start(const TlDG *g, guint i)
{
	const TlDTok *t = &g->t[i];
	if (t->num < 0) {
		/* 2024-04-26, 4/26/2024, 10:35, 1.5: no thousands separators */
		const char *s = g->text + t->start;
		size_t len = t->end - t->start;
		double v;
		if (memchr(s, ',', len)) /* but "3,000 years ago" */
			return tl_dg_grouped(g, i, &v) && i + 1 < g->n &&
			       (g->t[i + 1].cats & ((guint64)1 << L_UNIT));
		/* a decimal (1.5, 6.4) only before a unit or a clock word: "1.5
		 * hours", "10.30 pm"; most are prices and rates */
		const char *dot = memchr(s, '.', len);
		if (dot && !memchr(dot + 1, '.', len - (size_t)(dot + 1 - s)) &&
		    strspn(s, "0123456789.") == len)
			return (i + 1 < g->n && ((g->t[i + 1].cats & after_num_cats) || tl_dg_hyph(g, i + 1))) ||
			       (i > 0 && tl_dg_lit(g, i - 1, "at") && dotted_clock(t, s, NULL, NULL));
		return TRUE;
	}
	if (t->ndigits == 4 || t->ndigits == 8 || t->sfx || i + 1 >= g->n)
		return t->ndigits == 4 || t->ndigits == 8 || t->sfx;
	const TlDTok *nx = &g->t[i + 1];
	if (nx->kind == T_WORD) /* ... and "20 past 9", "2Q24", "2 to 3 years" */
		return (nx->cats & after_num_cats) != 0 || strcmp(nx->low, "past") == 0 ||
		       /* "15 of February" */
		       (strcmp(nx->low, "of") == 0 && i + 2 < g->n &&
		        (g->t[i + 2].cats & BIT(L_MONTH))) ||
		       /* "20 after 3 pm", "15 to noon": minutes before a clock */
		       ((strcmp(nx->low, "after") == 0 || strcmp(nx->low, "to") == 0) && i + 2 < g->n &&
		        ((g->t[i + 2].cats & BIT(L_CLOCK)) ||
		         (g->t[i + 2].kind == T_NUM && i + 3 < g->n && (g->t[i + 3].cats & BIT(L_AMPM))))) ||
		       (strcmp(nx->low, "to") == 0 && i + 3 < g->n && g->t[i + 2].kind == T_NUM &&
		        (g->t[i + 3].cats & BIT(L_UNIT))) ||
		       (t->ndigits == 1 && !(nx->flags & TF_SPACE) && (nx->low[0] == 'q' || nx->low[0] == 'h')) ||
		       /* "11ish", "at 9p" */
		       (t->ndigits <= 2 && !(nx->flags & TF_SPACE) &&
		        ((nx->lowlen == 1 && nx->low[0] == 'p') || strcmp(nx->low, "ish") == 0)) ||
		       (!(nx->flags & TF_SPACE) && nx->low[0] == 'h' && nx->lowlen == 3 && g_ascii_isdigit(nx->low[1]));
	if (nx->kind == T_NUM)
		return nx->end - nx->start == 3 && memcmp(g->text + nx->start, "1/2", 3) == 0;
	if (g->text[nx->start] == '+' && !(nx->flags & TF_SPACE) && i + 2 < g->n)
		return (g->t[i + 2].cats & ((guint64)1 << L_UNIT)) != 0; /* 30+ years */
	if (nx->end - nx->start == 3 && memcmp(g->text + nx->start, "\xe2\x80\x93", 3) == 0)
		return !(nx->flags & TF_SPACE); /* 13\u201315 June */
	return tl_dg_hyph(g, i + 1) || g->text[nx->start] == '.' ||
	       (g->text[nx->start] == '/' && !(nx->flags & TF_SPACE) && i + 2 < g->n &&
	        !(g->t[i + 2].flags & TF_SPACE) && (g->t[i + 2].cats & BIT(L_MONTH))); /* 8/Oct/2012 */
}

/* Do all the senses by which token i could begin an expression belong to
 * phrases whose second word is not next ("the" of "the past", "in" of "in
 * the future")?  Then it begins nothing by itself. */
static gboolean
only_absent_phrases(const TlDG *g, guint i)
{
	/* the answer from the token's bits, mostly: a word of one word that
	 * begins something, or a next word that is the second of none of its
	 * phrases ("the" before most words) */
	if (g->t[i].cats1 & start_cats)
		return FALSE;
	if (i + 1 >= g->n || !(g->t[i].follow & tl_dlex_follow_bit(g->t[i + 1].hash)))
		return TRUE;
	GPtrArray *a = g->t[i].senses;
	for (guint k = 0; k < a->len; k++) {
		const TlDSense *s = g_ptr_array_index(a, k);
		if (!(BIT(s->cat) & start_cats))
			continue;
		if (s->nwords == 1 || tl_dg_word_at(g, i + 1, s->words[0]))
			return FALSE;
	}
	return TRUE;
}

static gboolean
can_start(const TlDG *g, guint i)
{
	const TlDTok *t = &g->t[i];
	if (t->kind == T_NUM)
		return number_can_start(g, i);
	if (t->kind == T_PUNCT) {
		/* '96: an apostrophe right before two digits */
		const char *q = g->text + t->start;
		return i + 1 < g->n && g->t[i + 1].kind == T_NUM && g->t[i + 1].ndigits == 2 &&
		       !(g->t[i + 1].flags & TF_SPACE) &&
		       (*q == '\'' || (t->end - t->start == 3 && memcmp(q, "\xe2\x80\x99", 3) == 0));
	}
	if (!(t->cats & (start_cats | BIT(L_DET) | BIT(L_POST)))) {
		gint64 y;
		return t->kind == T_WORD && !t->cats &&
		       ((t->low[0] == 'f' && tl_dg_fyword(g, i, &y)) ||
		        (t->low[0] == 't' && t->lowlen == 3 && g_ascii_isdigit(t->low[1]) &&
		         g_ascii_isdigit(t->low[2]) && i + 1 < g->n && g->text[g->t[i + 1].start] == ':'));
	}
	guint64 own = t->cats & start_cats;
	if (own && only_absent_phrases(g, i))
		own = 0;
	/* an article or determiner alone: look at the next token */
	if (!own || (own == BIT(L_NUM) && t->senses->len == 1 &&
	             (((const TlDSense *)g_ptr_array_index(t->senses, 0))->flags & LF_ART))) {
		if (i + 1 >= g->n)
			return FALSE;
		/* "the comparable year-ago period": one adjective may come between */
		return is_trigger(&g->t[i + 1]) || g->t[i + 1].kind == T_PUNCT ||
		       (g->t[i + 1].cats & BIT(L_DET)) ||
		       (i + 2 < g->n && (g->t[i + 2].cats & BIT(L_YEARAGO)));
	}
	return TRUE;
}

/* A title in quotes ("This Week" on ABC, ''60 Minutes''): every word of the
 * match capitalised, a unit word among them, two tokens or more, right after
 * an opening quote ("October 1990" in quotes is still a date). */
static gboolean
quoted_title(const TlDG *g, guint st, guint e)
{
	if (st == 0 || e < st + 2 || g->t[st - 1].kind != T_PUNCT)
		return FALSE;
	const char *q = g->text + g->t[st - 1].start;
	if (!(*q == '"' || *q == '\'' || *q == '`' || memcmp(q, "\xe2\x80\x9c", 3) == 0))
		return FALSE;
	gboolean unit = FALSE; /* months and weekdays are capitalised anyway */
	for (guint k = st; k < e; k++) {
		if (g->t[k].kind == T_WORD && !(g->t[k].flags & TF_CAP))
			return FALSE;
		unit = unit || (g->t[k].cats & BIT(L_UNIT));
	}
	return unit;
}

/* "another year of growth", "was just another day": "another" before a
 * unit that is one of a kind, no span of time (not "for another year"). */
static gboolean
another_is_one(const TlDG *g, guint st, guint e)
{
	static const char *const be[] = {"is", "was", "be", "been", "are", "were", "just", "'s"};
	guint a = g->t[st].low[0] == 'a' && tl_dg_lit(g, st, "another")           ? st
	          : st + 1 < e && g->t[st + 1].low[0] == 'a' && tl_dg_lit(g, st + 1, "another") ? st + 1
	                                                                                  : e;
	if (a == e)
		return FALSE;
	return tl_dg_lit(g, e, "of") || tl_dg_lit(g, e, "when") ||
	       (a > 0 && tl_dg_lit_any(g, a - 1, be, G_N_ELEMENTS(be)));
}

/* Find the expressions; see dates.h. */
/*
 * "from May 3 to May 7, 2019", "in March and April 1987": a month (with
 * its day) joined to the next by one word takes that one's written year;
 * a range going back over New Year ("December 20 to January 5, 2020") the
 * year before.  A spaced dash is punctuation, not a range.
 */
static void
share_year(const TlDG *g, TlDMatch *p, const TlDMatch *m)
{
	static const char *const ranges[] = {"to", "\xe2\x80\x93", "through", "until", "till"};
	const TlDSem *a = &p->sem, *b = &m->sem;
	if (m->tok0 != p->tok1 + 1 || a->kind != S_ABS || b->kind != S_ABS || !a->month ||
	    !b->month || a->year != TL_NOYEAR || a->yrel || a->dir || a->hol || a->week_of ||
	    a->shift || b->year == TL_NOYEAR || b->yrel || b->yy2 || b->hol)
		return;
	gboolean range = FALSE;
	for (size_t k = 0; k < G_N_ELEMENTS(ranges); k++)
		range = range || tl_dg_lit(g, (guint)p->tok1, ranges[k]);
	/* "Jan-Dec, 1986", but not the dash after a dateline: "LOS ANGELES,
	 * March 23 - March 31, 1986 end" */
	if (tl_dg_lit(g, (guint)p->tok1, "-"))
		range = (!(g->t[p->tok1].flags & TF_SPACE) && !(g->t[m->tok0].flags & TF_SPACE)) ||
		        !(p->tok0 >= 2 && tl_dg_punct(g, (guint)p->tok0 - 1, ',') &&
		          (g->t[p->tok0 - 2].flags & TF_CAP));
	/* (a spaced dash elsewhere joins two days of a range: "10 August -
	 * 12 September 2013", "Aug 10 - Nov 12, 2013") */
	/* "April/May 1987": two months joined by a slash */
	if (tl_dg_lit(g, (guint)p->tok1, "/"))
		range = !(g->t[p->tok1].flags & TF_SPACE) && !(g->t[m->tok0].flags & TF_SPACE) &&
		        !a->day && !b->day;
	if (!range && !tl_dg_lit(g, (guint)p->tok1, "and") && !tl_dg_lit(g, (guint)p->tok1, "or"))
		return;
	if (a->month > b->month && !range)
		return;
	p->sem.year = b->year - (a->month > b->month);
	p->sem.bc = b->bc;
}

/*
 * "2012 Aug 10", "2012 August 10": a year of four figures right before a
 * month named with its day is that day's year, one date (the day had taken
 * the reference's year); not a clock read as a year ("from 2400 March
 * 17").  p is the match before m; TRUE when p now holds both.
 */
static gboolean
year_first(const TlDG *g, TlDMatch *p, const TlDMatch *m)
{
	const TlDSem *a = &p->sem, *b = &m->sem;
	guint y = (guint)p->tok0;
	if (m->tok0 != p->tok1 || p->tok1 != p->tok0 + 1 || a->kind != S_ABS || a->type != TX_DATE ||
	    a->year < 1000 || a->year > 2100 || a->month || a->bc || a->yy2 || a->mod || a->fiscal ||
	    g->t[y].kind != T_NUM || g->t[y].ndigits != 4 || g->t[y].sfx ||
	    (g->t[m->tok0].flags & TF_NL) || b->kind != S_ABS || b->type != TX_DATE || !b->month ||
	    !b->day || b->year != TL_NOYEAR || b->yrel || b->weekday || b->hol || b->mod ||
	    !tl_dg_sense(g, (guint)m->tok0, L_MONTH))
		return FALSE;
	TlDSem out = *b;
	out.year = a->year;
	out.rule = "year-month-day";
	p->sem = out;
	p->end = m->end;
	p->tok1 = m->tok1;
	return TRUE;
}

/*
 * "1986/87 (Oct-Sept)", "the 1987/88 (October/September) season": two
 * months in brackets right after a season of two years are the months of
 * that season, the first of its first year, the second the first such month
 * after it; a month with its year joined to a bare month ("Oct 1986-Sept")
 * gives the second its year in the same way.  m is the match just found.
 */
static void
season_months(const TlDG *g, const GArray *matches, TlDMatch *m)
{
	TlDSem *b = &m->sem;
	guint n = matches->len;
	if (!n || b->kind != S_ABS || b->type != TX_DATE || !b->month || b->day ||
	    b->year != TL_NOYEAR || b->yrel || b->hol || b->mod || b->shift || b->dir ||
	    b->gran != G_MONTH)
		return;
	const TlDMatch *p = &g_array_index(matches, TlDMatch, n - 1);
	if (p->tok1 + 1 != m->tok0)
		return;
	if (n >= 2 && tl_dg_punct(g, (guint)p->tok1, '(') && p->sem.rule &&
	    strcmp(p->sem.rule, "year-range") == 0 && p->start > 0 && g->text[p->start - 1] == '/') {
		const TlDMatch *q = &g_array_index(matches, TlDMatch, n - 2);
		if (q->sem.gran == G_YEAR && q->sem.year == p->sem.year - 1)
			b->year = q->sem.year;
		return;
	}
	if ((tl_dg_punct(g, (guint)p->tok1, '-') || tl_dg_punct(g, (guint)p->tok1, '/')) &&
	    !(g->t[p->tok1].flags & TF_SPACE) && !(g->t[m->tok0].flags & TF_SPACE) &&
	    p->sem.kind == S_ABS && p->sem.month && !p->sem.day && p->sem.gran == G_MONTH &&
	    p->sem.year != TL_NOYEAR && !p->sem.yrel)
		b->year = p->sem.year + (b->month <= p->sem.month);
}

/* "April/January 1986/87", "the April-February period of 1986/87": two
 * joined months just before a season of two years (the last two matches)
 * take its years as season_months() gives them. */
static void
months_before_season(const TlDG *g, GArray *matches)
{
	guint n = matches->len;
	if (n < 4)
		return;
	TlDMatch *a = &g_array_index(matches, TlDMatch, n - 4), *b = &g_array_index(matches, TlDMatch, n - 3);
	const TlDMatch *q = &g_array_index(matches, TlDMatch, n - 2), *p = &g_array_index(matches, TlDMatch, n - 1);
	if (!p->sem.rule || strcmp(p->sem.rule, "year-range") != 0 || p->start < 1 ||
	    g->text[p->start - 1] != '/' || q->sem.year != p->sem.year - 1 || b->tok0 != a->tok1 + 1 ||
	    !(tl_dg_punct(g, (guint)a->tok1, '-') || tl_dg_punct(g, (guint)a->tok1, '/')) ||
	    (g->t[a->tok1].flags & TF_SPACE) || (g->t[b->tok0].flags & TF_SPACE))
		return;
	for (const TlDMatch *x = a; x <= b; x++)
		if (x->sem.kind != S_ABS || !x->sem.month || x->sem.day || x->sem.year != TL_NOYEAR ||
		    x->sem.yrel || x->sem.mod || x->sem.gran != G_MONTH)
			return;
	static const char *const between[] = {"period", "of", "season", "year", "crop", "in"};
	for (int k = b->tok1; k < q->tok0; k++)
		if (k - b->tok1 > 2 || !tl_dg_lit_any(g, (guint)k, between, G_N_ELEMENTS(between)))
			return;
	a->sem.year = q->sem.year;
	b->sem.year = q->sem.year + (b->sem.month <= a->sem.month);
}

/* "born on June 5 in 1950", "took place in June in 2017": a day of a
 * month, or a month, followed by "in" and a year is of that year (both stay
 * dates). */
static void
day_in_year(const TlDG *g, TlDMatch *p, const TlDMatch *m)
{
	const TlDSem *a = &p->sem, *b = &m->sem;
	if (m->tok0 != p->tok1 + 1 || !tl_dg_lit(g, (guint)p->tok1, "in") || a->kind != S_ABS ||
	    b->kind != S_ABS || !a->month || (!a->day && a->gran != G_MONTH) || a->weekday ||
	    a->year != TL_NOYEAR || a->yrel || a->dir ||
	    a->shift || a->week_of || a->mod || b->gran != G_YEAR || b->year == TL_NOYEAR ||
	    b->month || b->yrel || b->fiscal || b->mod || a->day > tl_cal_days_in_month(b->year, a->month))
		return;
	p->sem.year = b->year;
	p->sem.bc = b->bc;
}

/*
 * "from 431 to 404 BC", "1200-1100 BC": the first year of a range ending
 * in a year BC is BC too, when it is the larger number (BC counts down).
 * A year already found (prev) is changed; a bare number gives a new match
 * in *a (TRUE).
 */
static gboolean
bc_range_start(const TlDG *g, const TlDMatch *m, TlDMatch *prev, TlDMatch *a)
{
	guint k = (guint)m->tok0;
	const TlDSem *b = &m->sem;
	if (k < 2 || b->kind != S_ABS || b->gran != G_YEAR || b->year == TL_NOYEAR || b->year > 0 ||
	    b->month || !(tl_dg_lit(g, k - 1, "to") || tl_dg_lit(g, k - 1, "-") ||
	                  tl_dg_lit(g, k - 1, "\xe2\x80\x93") || tl_dg_lit(g, k - 1, "and") ||
	                  tl_dg_lit(g, k - 1, "or") || tl_dg_lit(g, k - 1, "until")))
		return FALSE;
	const TlDTok *t = &g->t[k - 2];
	if (t->kind != T_NUM || t->sfx || t->num <= 1 - b->year || t->num > 9999)
		return FALSE;
	if (prev && (guint)prev->tok1 == k - 1) {
		/* (after a modifier too: "c. 3000-2500 BC") */
		if ((guint)prev->tok0 <= k - 2 && prev->sem.kind == S_ABS &&
		    prev->sem.gran == G_YEAR && prev->sem.year == t->num && !prev->sem.month)
			prev->sem.year = 1 - t->num;
		return FALSE;
	}
	if ((prev && (guint)prev->tok1 > k - 2) ||
	    !(k >= 3 && (tl_dg_lit(g, k - 3, "from") || tl_dg_lit(g, k - 3, "between") ||
	                 tl_dg_lit(g, k - 3, "in") || tl_dg_lit(g, k - 3, "c."))))
		return FALSE;
	*a = (TlDMatch){.start = t->start, .end = t->end, .tok0 = (int)k - 2, .tok1 = (int)k - 1};
	a->sem = *b;
	a->sem.year = 1 - t->num;
	a->sem.rule = "bc-range-start";
	return TRUE;
}

/*
 * "from 17 to 19 August 2023", "between 3 and 5 May": the bare first day of
 * a range written in words is a date of the second's month and year.  m is
 * the second, just found; TRUE with the first in *a.
 */
static gboolean
day_range_start(const TlDG *g, const TlDMatch *m, const TlDMatch *prev, TlDMatch *a)
{
	guint k = (guint)m->tok0;
	const TlDSem *b = &m->sem;
	/* "the 3rd to the 5th of May": the article on both */
	int d0 = 0, d1;
	guint oe;
	gboolean the = tl_dg_lit(g, k, "the") && k + 1 < g->n &&
	               (g->t[k + 1].sfx == 'o' ||
	                (g->t[k + 1].kind == T_WORD && tl_dg_ordinal(g, k + 1, &d1, &oe)));
	guint kb = the ? k + 1 : k;
	/* "eighth to eleventh May": ordinals spelled out */
	gboolean words = k >= 2 && g->t[kb].kind == T_WORD && tl_dg_ordinal(g, kb, &d1, &oe) &&
	                 tl_dg_ordinal(g, k - 2, &d0, &oe) && oe == k - 1 && g->t[k - 2].kind == T_WORD;
	if (k < 2 || b->kind != S_ABS || b->type != TX_DATE || !b->day || !b->month || b->mod ||
	    b->hol || (g->t[kb].kind != T_NUM && !words))
		return FALSE;
	guint kf = k - 2, k0 = the && kf > 0 && tl_dg_lit(g, kf - 1, "the") ? kf - 1 : kf;
	if (prev && (guint)prev->tok1 > k0)
		return FALSE;
	const TlDTok *t = &g->t[kf];
	/* "from 17 to 19 August"; two ordinals need no "from": "3rd to 5th
	 * of May"; nor "to" at the start of a sentence or after a colon or
	 * bracket: "10 to 22 August 2012" */
	gboolean ords = words || (t->sfx == 'o' && g->t[kb].sfx == 'o');
	gboolean opens = tl_dg_lit(g, k - 1, "to") && t->kind == T_NUM && !t->sfx &&
	                 (k0 == 0 || g->t[k0 - 1].sent != g->t[k0].sent ||
	                  tl_dg_punct(g, k0 - 1, ':') || tl_dg_punct(g, k0 - 1, '('));
	gint64 first = words ? d0 : t->num;
	/* "10 - 22 August 2012": a spaced dash needs no "from" either, nor
	 * "and" after "on" ("on 2 and 3 April"); not in a row of figures */
	gboolean dash = tl_dg_lit(g, k - 1, "-") || tl_dg_lit(g, k - 1, "\xe2\x80\x93");
	gboolean conj = tl_dg_lit(g, k - 1, "and");
	if ((t->kind != T_NUM && !words) || first < 1 || first >= b->day || t->ndigits > 2 ||
	    (t->sfx && t->sfx != 'o') ||
	    !(tl_dg_lit(g, k - 1, "to") || conj || tl_dg_lit(g, k - 1, "until") ||
	      tl_dg_lit(g, k - 1, "through") || dash) ||
	    !(ords || opens ||
	      (k0 > 0 && (tl_dg_lit(g, k0 - 1, "from") || tl_dg_lit(g, k0 - 1, "between"))) ||
	      (k0 > 0 && conj && tl_dg_lit(g, k0 - 1, "on")) ||
	      (dash &&
	       !(k0 > 0 && (g->t[k0 - 1].kind == T_NUM || tl_dg_sense(g, k0 - 1, L_MONTH))))))
		return FALSE;
	*a = (TlDMatch){.start = g->t[k0].start, .end = t->end, .tok0 = (int)k0, .tok1 = (int)kf + 1};
	a->sem = *b;
	a->sem.day = (int)first;
	a->sem.weekday = 0;
	a->sem.rule = "day-range-start";
	return TRUE;
}

/*
 * "3pm every day", "at 9am on Sundays", "each Monday 4pm", "every morning
 * at 9am": a clock time next to a set of days is one set, the clock of
 * each ("XXXX-WXX-7T09:00"; "every day" is "XXXX-XX-XXT15:00"; a part of
 * the day gives way to the clock and sets its half).  p is the match
 * before m; TRUE when p now holds both.
 */
static gboolean
clock_of_set(const TlDG *g, const TlDMatch *pp, TlDMatch *p, const TlDMatch *m)
{
	gboolean set_first = p->sem.kind == S_SET;
	const TlDMatch *st = set_first ? p : m, *ck = set_first ? m : p;
	const TlDSem *c = &ck->sem;
	if (st->sem.kind != S_SET || c->kind != S_ABS || c->type != TX_TIME || c->hour < 0 ||
	    c->month || c->day || c->weekday || c->year != TL_NOYEAR || c->part || c->mod ||
	    m->tok0 > p->tok1 + 1)
		return FALSE;
	if (m->tok0 == p->tok1 + 1 && !tl_dg_lit(g, (guint)p->tok1, set_first ? "at" : "on") &&
	    !(set_first && tl_dg_lit(g, (guint)p->tok1, "around")))
		return FALSE;
	/* not the end of a range of times: "from 9am to 5pm every day" */
	static const char *const joins[] = {"to", "-", "and", "until", "till", "through"};
	if (!set_first && ((p->tok0 > 0 && tl_dg_lit_any(g, (guint)p->tok0 - 1, joins, G_N_ELEMENTS(joins))) ||
	                   (pp && pp->sem.type == TX_TIME && pp->tok1 + 1 >= p->tok0)))
		return FALSE;
	const char *v = st->sem.val;
	size_t n = strlen(v);
	int part = 0;
	char head[24];
	if (strcmp(v, "P1D") == 0)
		g_strlcpy(head, "XXXX-XX-XX", sizeof head);
	else if (n == 10 && g_str_has_prefix(v, "XXXX-WXX-"))
		g_strlcpy(head, v, sizeof head);
	else if (n == 13 && v[10] == 'T' && (g_str_has_prefix(v, "XXXX-WXX-") || g_str_has_prefix(v, "XXXX-XX-XX")) &&
	         (part = tl_dg_part_code(v + 11)) != 0)
		g_strlcpy(head, v, 11);
	else
		return FALSE;
	TlDSem t = *c;
	if (part)
		tl_dg_clock_in_part(&t, part);
	else if (t.hour12 && t.hour >= 1 && t.hour <= 6)
		t.hour += 12; /* "at 3:30 every day": a waking hour */
	TlDSem out = st->sem;
	g_snprintf(out.val, sizeof out.val, "%sT%02d:%02d", head, t.hour, MAX(t.minute, 0));
	out.rule = "clock-set";
	p->sem = out;
	p->end = m->end;
	p->tok1 = m->tok1;
	return TRUE;
}

/*
 * "annually on April 7", "every year on 19 June", "on 19 June every year":
 * a day of a month next to a yearly set is one set, that day of each year
 * ("XXXX-04-07").  p is the match before m; TRUE when p now holds both.
 */
static gboolean
day_of_set(const TlDG *g, TlDMatch *p, const TlDMatch *m)
{
	gboolean set_first = p->sem.kind == S_SET;
	const TlDMatch *st = set_first ? p : m, *dm = set_first ? m : p;
	const TlDSem *d = &dm->sem;
	if (st->sem.kind != S_SET || strcmp(st->sem.val, "P1Y") != 0 || d->kind != S_ABS ||
	    d->type != TX_DATE || !d->month || !d->day || d->year != TL_NOYEAR || d->yrel ||
	    d->weekday || d->hour >= 0 || d->part || d->mod || d->hol)
		return FALSE;
	if (set_first ? !(m->tok0 == p->tok1 + 1 && tl_dg_lit(g, (guint)p->tok1, "on"))
	              : m->tok0 != p->tok1)
		return FALSE;
	TlDSem out = st->sem;
	g_snprintf(out.val, sizeof out.val, "XXXX-%02d-%02d", d->month, d->day);
	out.rule = "day-set";
	p->sem = out;
	p->end = m->end;
	p->tok1 = m->tok1;
	return TRUE;
}

/*
 * "every Monday and Thursday", "each Tuesday or Friday": a weekday joined
 * by "and" or "or" to a set of weekdays is a set too (XXXX-WXX-4), not the
 * next Thursday.  p is the match before m, which this changes.
 */
static void
weekday_of_set(const TlDG *g, const TlDMatch *p, TlDMatch *m)
{
	const TlDSem *d = &m->sem;
	if (p->sem.kind != S_SET || !p->sem.rule || strcmp(p->sem.rule, "set-every") != 0 ||
	    strncmp(p->sem.val, "XXXX-WXX-", 9) != 0 || p->sem.val[10] || m->tok0 != p->tok1 + 1 ||
	    !(tl_dg_lit(g, (guint)p->tok1, "and") || tl_dg_lit(g, (guint)p->tok1, "or")) ||
	    d->kind != S_ABS || d->type != TX_DATE || !d->weekday || d->month || d->day || d->dir ||
	    d->hour >= 0 || d->part || d->mod || d->gran != G_DAY)
		return;
	TlDSem out = p->sem;
	g_snprintf(out.val, sizeof out.val, "XXXX-WXX-%d", d->weekday);
	out.rule = "set-every-and";
	m->sem = out;
}

/*
 * "from 4 to 22 this month", "between 4 and 22 next month", "4 till 23 of
 * this month", "from 3 until 12 of Sept": two bare days joined by "to"
 * (till, until, through, and) right before a month told from the
 * reference, or before "of" and a month, are days of that month.
 * m is the month just found; TRUE with it made the second day and the
 * first in *a.
 */
static gboolean
days_of_month(const TlDG *g, TlDMatch *m, const TlDMatch *prev, TlDMatch *a)
{
	static const char *const joins[] = {"to", "till", "until", "through", "and", "-", "thru"};
	const TlDSem *b = &m->sem;
	gboolean rel = b->kind == S_REL && b->unit == G_MONTH && b->gran == G_MONTH && !b->anaph;
	gboolean abs = b->kind == S_ABS && b->month && !b->day && !b->weekday && b->gran == G_MONTH;
	guint k = (guint)m->tok0;
	if (!(rel || abs) || b->mod || b->part || k < 3)
		return FALSE;
	gboolean of = tl_dg_lit(g, k - 1, "of") || (rel && tl_dg_lit(g, k - 1, "in"));
	if (abs && !of)
		return FALSE;
	guint kn = of ? k - 2 : k - 1;
	if (kn < 2)
		return FALSE;
	const TlDTok *n1 = &g->t[kn - 2], *n2 = &g->t[kn];
	if (n1->kind != T_NUM || n2->kind != T_NUM || n1->num < 1 || n2->num > 31 ||
	    n1->num >= n2->num || n1->ndigits > 2 || n2->ndigits > 2 || (n1->sfx && n1->sfx != 'o') ||
	    (n2->sfx && n2->sfx != 'o') || !tl_dg_lit_any(g, kn - 1, joins, G_N_ELEMENTS(joins)) ||
	    (!of && b->kind == S_ABS) ||
	    (prev && (guint)prev->tok1 > kn - 2))
		return FALSE;
	*a = (TlDMatch){.start = n1->start, .end = n1->end, .tok0 = (int)kn - 2, .tok1 = (int)kn - 1};
	a->sem = *b;
	a->sem.day = (int)n1->num;
	a->sem.gran = G_DAY;
	a->sem.rule = "days-of-month";
	m->sem.day = (int)n2->num;
	m->sem.gran = G_DAY;
	m->sem.rule = "days-of-month";
	m->start = n2->start;
	m->tok0 = (int)kn;
	return TRUE;
}

void
tl_dgrammar_run(const char *text, const TlDTok *toks, guint n, TlDOrder order, GArray *matches)
{
	TlDG g = {.text = text, .t = toks, .n = n, .order = order};
	for (guint i = 0; i < n;) {
		TlDMatch bare;
		if ((toks[i].kind == T_NUM ||
		     ((toks[i].cats & BIT(L_NUM)) && i + 1 < n &&
		      (toks[i + 1].cats & (BIT(L_DAYREL) | BIT(L_WEEKDAY) | BIT(L_DEIXIS)))) ||
		     ((toks[i].cats & BIT(L_NUM)) && i > 0 && toks[i - 1].low[0] == 'a' &&
		      strcmp(toks[i - 1].low, "at") == 0)) &&
		    bare_hour(&g, i, matches->len ? &g_array_index(matches, TlDMatch, matches->len - 1) : NULL,
		              &bare)) {
			TlDMatch a;
			if (clock_range_start(&g, &bare,
			                      matches->len ? &g_array_index(matches, TlDMatch, matches->len - 1) : NULL,
			                      &a))
				g_array_append_val(matches, a); /* 10 - 11 at night */
			/* "Wednesdays at 3": the clock of each such day */
			const TlDMatch *pp =
				matches->len > 1 ? &g_array_index(matches, TlDMatch, matches->len - 2) : NULL;
			if (!matches->len ||
			    !clock_of_set(&g, pp, &g_array_index(matches, TlDMatch, matches->len - 1), &bare))
				g_array_append_val(matches, bare);
			i = (guint)bare.tok1;
			continue;
		}
		if (!can_start(&g, i)) {
			i++;
			continue;
		}
		if ((toks[i].kind == T_NUM &&
		     (split_clock_range(&g, i, matches) || split_date_range(&g, i, matches))) ||
		    tl_dg_range(&g, i, matches)) {
			months_before_season(&g, matches);
			TlDMatch *last = &g_array_index(matches, TlDMatch, matches->len - 1);
			i = (guint)last->tok1;
			continue;
		}
		TlDMatch m;
		tl_dsem_init(&m.sem);
		m.start = m.end = 0;
		m.tok0 = m.tok1 = 0;
		guint st;
		guint e = match_at(&g, i, &m.sem, &st);
		if (e <= i) {
			i++;
			continue;
		}
		if (quoted_title(&g, st, e) || another_is_one(&g, st, e)) {
			i = e;
			continue;
		}
		m.tok0 = (int)st;
		m.tok1 = (int)e;
		m.start = toks[st].start;
		m.end = toks[e - 1].end;
		TlDMatch a;
		if (matches->len) {
			share_year(&g, &g_array_index(matches, TlDMatch, matches->len - 1), &m);
			day_in_year(&g, &g_array_index(matches, TlDMatch, matches->len - 1), &m);
			season_months(&g, matches, &m);
		}
		if (bc_range_start(&g, &m,
		                   matches->len ? &g_array_index(matches, TlDMatch, matches->len - 1) : NULL,
		                   &a))
			g_array_append_val(matches, a);
		if (days_of_month(&g, &m, matches->len ? &g_array_index(matches, TlDMatch, matches->len - 1) : NULL,
		                  &a))
			g_array_append_val(matches, a);
		else if (day_range_start(&g, &m,
		                    matches->len ? &g_array_index(matches, TlDMatch, matches->len - 1) : NULL,
		                    &a))
			g_array_append_val(matches, a);
		if (clock_range_start(&g, &m,
		                      matches->len ? &g_array_index(matches, TlDMatch, matches->len - 1) : NULL,
		                      &a))
			g_array_append_val(matches, a);
		if (matches->len) {
			clock_start_half(&g, &g_array_index(matches, TlDMatch, matches->len - 1), &m);
			weekday_of_set(&g, &g_array_index(matches, TlDMatch, matches->len - 1), &m);
		}
		gboolean ranged = tl_dg_day_range_end(&g, &m, &a);
		if (!ranged && matches->len &&
		    (clock_of_set(&g, matches->len > 1 ? &g_array_index(matches, TlDMatch, matches->len - 2) : NULL,
		                  &g_array_index(matches, TlDMatch, matches->len - 1), &m) ||
		     day_of_set(&g, &g_array_index(matches, TlDMatch, matches->len - 1), &m) ||
		     year_first(&g, &g_array_index(matches, TlDMatch, matches->len - 1), &m))) {
			i = e;
			continue;
		}
		g_array_append_val(matches, m);
		if (ranged)
			g_array_append_val(matches, a);
		i = ranged ? (guint)a.tok1 : e;
	}
}
