/*
 * Headlines: the words of a phrase.  Which tokens a headline keeps
 * (append_span: timexes and their prepositions left out), how the kept
 * tokens are written out (render), and the small tests of a word's part in
 * a noun phrase that the other summary files share; which words may not
 * end a headline is summary-trim.c's.
 */
#include "tl/resource.h"
#include "anchoring.h"
#include "summary.h"

/* A word that may not end a headline. */
gboolean
tl_sum_dangling(const TlEvTok *u)
{
	switch (u->upos) {
	case TL_UPOS_ADP:
	case TL_UPOS_DET:
	case TL_UPOS_CCONJ:
	case TL_UPOS_SCONJ:
	case TL_UPOS_PART:
	case TL_UPOS_PUNCT:
	case TL_UPOS_AUX:
	case TL_UPOS_ADJ:
		return TRUE;
	default:
		return u->xpos == TL_XPOS_PRPS || u->xpos == TL_XPOS_POS || u->xpos == TL_XPOS_WDT ||
		       u->xpos == TL_XPOS_HYPH || u->xpos == TL_XPOS_TO || u->xpos == TL_XPOS_WP ||
		       u->xpos == TL_XPOS_WRB;
	}
}

gboolean
tl_sum_time_adverb(const TlEvDoc *d, size_t j)
{
	static const char *const words[] = {"about", "around", "approximately", "nearly", "almost",
	                                    "roughly", "exactly", "precisely", "shortly", "soon", "just",
	                                    "right", "immediately", "directly", "long", "late", "early",
	                                    "earlier", "later", "only", NULL};
	static const char *const adjectives[] = {"late", "early", NULL}; /* "late Sunday" */
	const TlEvTok *u = tl_evdoc_tok(d, j);
	return (u->upos == TL_UPOS_ADV && tl_ev_word_in(tl_evdoc_lower(d, j), words)) ||
	       (u->upos == TL_UPOS_ADJ && tl_ev_word_in(tl_evdoc_lower(d, j), adjectives));
}

/* Does the adverb at j lead a time left out, right after it or after its
 * preposition, before token lim ("late | Sunday", "shortly | after | 2
 * a.m.")? */
gboolean
tl_sum_leads_time(const Ctx *c, size_t j, size_t lim)
{
	return tl_sum_time_adverb(c->d, j) &&
	       ((j + 1 < lim && in_timex(c, j + 1)) ||
	        (j + 2 < lim && in_timex(c, j + 2) && tl_evdoc_tok(c->d, j + 1)->upos == TL_UPOS_ADP));
}

/* Is token j the "back" of a time ("spoke to Wikinews back in June"), not a
 * verb's particle ("will buy back in July", "bring us back", "dating back
 * to 1980", "a come-back")? */
static gboolean
back_in_time(const Ctx *c, size_t j)
{
	static const char *const preps[] = {"in", "on", "at", NULL};
	const TlEvDoc *d = c->d;
	if (j == 0 || j + 2 >= d->toks->len || !in_timex(c, j + 2) ||
	    strcmp(tl_evdoc_lower(d, j), "back") != 0 || !tl_ev_word_in(tl_evdoc_lower(d, j + 1), preps))
		return FALSE;
	const TlEvTok *p = tl_evdoc_tok(d, j - 1);
	return p->end < tl_evdoc_tok(d, j)->start && p->upos != TL_UPOS_VERB &&
	       p->upos != TL_UPOS_AUX && p->upos != TL_UPOS_PRON && p->upos != TL_UPOS_ADJ &&
	       p->upos != TL_UPOS_PART && p->upos != TL_UPOS_ADV;
}

/* Is token j the "no" of "no later than" a time (the rest goes with the
 * time: "to produce the study no later than December 31")? */
static gboolean
no_later(const Ctx *c, size_t j)
{
	static const char *const neg[] = {"no", "not", NULL};
	static const char *const cmp[] = {"later", "earlier", "sooner", NULL};
	const TlEvDoc *d = c->d;
	return j + 3 < d->toks->len && in_timex(c, j + 3) && tl_ev_word_in(tl_evdoc_lower(d, j), neg) &&
	       tl_ev_word_in(tl_evdoc_lower(d, j + 1), cmp) && strcmp(tl_evdoc_lower(d, j + 2), "than") == 0;
}

/* The quote marks among the tokens of keep and buf[0..n). */
guint
tl_sum_quotes(const TlEvDoc *d, const GArray *keep, const guint32 *buf, guint n)
{
	guint q = 0;
	for (guint k = 0; k < keep->len; k++)
		q += (tl_evdoc_tok(d, g_array_index(keep, guint32, k))->mark & TL_EVM_QUOTE) != 0;
	for (guint k = 0; k < n; k++)
		q += (tl_evdoc_tok(d, buf[k])->mark & TL_EVM_QUOTE) != 0;
	return q;
}

gboolean
tl_sum_hyphen_joins(const TlEvDoc *d, size_t h)
{
	return h > 0 && h + 1 < d->toks->len && tl_evdoc_tok(d, h)->xpos == TL_XPOS_HYPH &&
	       tl_evdoc_tok(d, h - 1)->end == tl_evdoc_tok(d, h)->start &&
	       tl_evdoc_tok(d, h + 1)->start == tl_evdoc_tok(d, h)->end;
}

gboolean
tl_sum_angle(const TlEvDoc *d, size_t j)
{
	char ch = tok_char(d, j);
	return ch == '<' || ch == '>';
}

/* The end of a company's ticker in angle brackets that opens at j, glued
 * to its word and after the name ("Nixdorf Computer AG <NIXG.F>"), or j
 * when there is none ("under the symbol <FSHG>" keeps it). */
static size_t
ticker_end(const TlEvDoc *d, size_t j)
{
	if (d->text[tl_evdoc_tok(d, j)->start] != '<' || j == 0 || tl_evdoc_tok(d, j - 1)->upos != TL_UPOS_PROPN)
		return j;
	for (size_t k = j + 1; k < d->toks->len && k < j + 4; k++) {
		if (tl_evdoc_tok(d, k)->flags & TL_TOKF_SPACE_BEFORE)
			return j;
		if (tl_sum_angle(d, k))
			return k > j + 1 ? k + 1 : j;
	}
	return j;
}

/* The words that name a date's unit before it, left out with it: "(for)
 * the month of | March", "(for) all of | last month", "(in) the course of
 * | the year"; the timex's first
 * token, or 0 when j starts no such words. */
static size_t
unit_of_date(const Ctx *c, size_t j, size_t b)
{
	static const char *const units[] = {"month", "week",      "year",    "quarter",   "period",
					    "day",   "night",     "morning", "evening",   "weekend",
					    "half",  "all",       "rest",    "remainder", "balance",
					    "end",   "beginning", "start",   "middle",    "course",
					    "part",  NULL};
	const TlEvDoc *d = c->d;
	size_t k = j;
	if (k < b && tl_evdoc_tok(d, k)->upos == TL_UPOS_ADP)
		k++;
	if (k < b && tl_evdoc_tok(d, k)->upos == TL_UPOS_DET && strcmp(tl_evdoc_lower(d, k), "all") != 0)
		k++;
	/* the cheap tests first: this runs on every preposition kept */
	if (k < b && in_timex(c, k + 2) && tl_evdoc_tok(d, k + 1)->upos == TL_UPOS_ADP &&
	    strcmp(tl_evdoc_lower(d, k + 1), "of") == 0 &&
	    tl_ev_word_in(tl_evdoc_lower(d, k), units))
		return k + 2;
	return 0;
}

gboolean
tl_sum_date_word(const Ctx *c, size_t j, size_t a)
{
	static const char *const period[] = {"end", "begin", "start", NULL};
	const TlEvDoc *d = c->d;
	if (j <= a || !in_timex(c, j + 1))
		return FALSE;
	const TlEvTok *u = tl_evdoc_tok(d, j);
	if (u->upos == TL_UPOS_NOUN && strcmp(tl_evdoc_lower(d, j), "calendar") == 0)
		return TRUE;
	return (u->xpos == TL_XPOS_VBN || u->xpos == TL_XPOS_VBD || u->xpos == TL_XPOS_VBG) &&
	       tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_NOUN && !in_timex(c, j - 1) &&
	       tl_ev_word_in(tl_evdoc_lemma(d, j), period);
}

/* Does a clause follow the date at token j (before b), a noun phrase and
 * its verb: "and now | employment is" (not "1987 and 1988 | Pontiacs
 * sold")? */
static gboolean
clause_after(const Ctx *c, size_t j, size_t b)
{
	while (j < b && in_timex(c, j))
		j++;
	size_t k = j;
	while (k < b && k < j + MAX_SUBJECT && nominal(tl_evdoc_tok(c->d, k)))
		k++;
	return k > j && k < b &&
	       (tl_evdoc_tok(c->d, k)->upos == TL_UPOS_AUX || tl_ev_finite_xpos(tl_evdoc_tok(c->d, k)->xpos));
}

/* Does a word of n bytes at w begin with a vowel's sound, by its
 * spelling: "an average", "an FBI agent", "an unusual"; "a U.S. pact", "a
 * union", "a European", "a one-day"? */
static gboolean
vowel_sound(const char *w, size_t n)
{
	if (!n)
		return FALSE;
	gboolean caps = n >= 2 && g_ascii_isupper(w[0]) && (g_ascii_isupper(w[1]) || w[1] == '.');
	if (caps) /* letters said one by one */
		return strchr("AEFHILMNORSX", w[0]) != NULL;
	char c0 = g_ascii_tolower(w[0]);
	if (c0 == 'u')
		return n >= 3 && g_ascii_tolower(w[1]) == 'n' && g_ascii_tolower(w[2]) != 'i';
	if (c0 == 'e')
		return !(n >= 2 && g_ascii_tolower(w[1]) == 'u');
	if (c0 == 'o')
		return !(n >= 3 && g_ascii_strncasecmp(w, "one", 3) == 0);
	return c0 == 'a' || c0 == 'i';
}

/* Is token j an article ("a", "an", "the")? */
static gboolean
article(const TlEvDoc *d, size_t j)
{
	static const char *const articles[] = {"a", "an", "the", NULL};
	return tl_evdoc_tok(d, j)->upos == TL_UPOS_DET && tl_ev_word_in(tl_evdoc_lower(d, j), articles);
}

gboolean
tl_sum_date_opens(const Ctx *c, size_t j)
{
	const TlEvDoc *d = c->d;
	guint32 sent = tl_evdoc_tok(d, j)->sent;
	if (j == g_array_index(d->sents, TlEvSent, sent).first || j == tl_sum_text_start(d, sent))
		return TRUE;
	/* through its article and adjectives, a date that heads a noun
	 * phrase: "and a late spring would require", ", the dry winter
	 * raised" */
	size_t q = j;
	while (q > 0 && j - q < 3 && tl_evdoc_tok(d, q - 1)->sent == sent && !in_timex(c, q - 1) &&
	       tl_evdoc_tok(d, q - 1)->upos == TL_UPOS_ADJ)
		q--;
	if (q > 0 && tl_evdoc_tok(d, q - 1)->sent == sent && article(d, q - 1)) {
		q--;
		if (q == g_array_index(d->sents, TlEvSent, sent).first || q == tl_sum_text_start(d, sent))
			return TRUE;
		const TlEvTok *pq = tl_evdoc_tok(d, q - 1);
		if (pq->xpos == TL_XPOS_COMMA || pq->upos == TL_UPOS_CCONJ)
			return !(q >= 2 && (c->in_timex[q - 2] & TL_EV_TX_ANY));
		j = q;
	}
	/* (a subordinator that opens a clause, not one that reads as a
	 * preposition: "since 1984 could be", "until 1986") */
	static const char *const opens[] = {"that", "as", "because", "although", "though",
	                                    "while", "if", "whether", NULL};
	const TlEvTok *p = tl_evdoc_tok(d, j - 1);
	if (in_timex(c, j - 1))
		return FALSE;
	if (p->upos == TL_UPOS_CCONJ) /* not between two dates: "between today and March 6" */
		return j < 2 || !(c->in_timex[j - 2] & TL_EV_TX_ANY);
	/* (the tagger's preposition too: "as the month came to a close"; not
	 * a comparison's, "as recently as December 17 said") */
	if (p->upos == TL_UPOS_ADP && j >= 2 &&
	    (tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_ADV || tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_ADJ))
		return FALSE;
	return ((p->upos == TL_UPOS_SCONJ || p->upos == TL_UPOS_ADP) && tl_ev_word_in(tl_evdoc_lower(d, j - 1), opens)) ||
	       (p->upos == TL_UPOS_VERB && (p->lex & (TL_EVLEX_REPORTING | TL_EVLEX_I_STATE)));
}

/* Is the date starting at token j (before b) the subject of a clause, kept
 * for the headline to read: it opens the clause (tl_sum_date_opens) and a
 * finite verb follows it: "He said 1986 was a difficult year", "noted
 * that the third quarter is normally BHP's lowest-earning period",
 * "Election Day is quickly approaching"; not "Prices this week are
 * higher", "Sales in 1986 were", "sales for the four weeks ended March 28
 * rose", "banking data released today are". */
static gboolean
subject_date(const Ctx *c, size_t a, size_t j, size_t b)
{
	const TlEvDoc *d = c->d;
	/* (after the tagger's preposition, only a span that starts with the
	 * date: an object runs on over "as Election Day drew closer") */
	if (j > a && tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_ADP)
		return FALSE;
	size_t e = j;
	while (e < b && in_timex(c, e))
		e++;
	/* (the verb may start right after the span: a subject's span ends
	 * at its verb group) */
	if (e >= d->toks->len || tl_evdoc_tok(d, e)->sent != tl_evdoc_tok(d, j)->sent ||
	    (!tl_ev_finite_xpos(tl_evdoc_tok(d, e)->xpos) && tl_evdoc_tok(d, e)->upos != TL_UPOS_AUX))
		return FALSE;
	/* a noun phrase ("1986", "the third quarter", "mid-1988"), not an
	 * adverb: "said recently spoke" */
	guint8 u = tl_evdoc_tok(d, e - 1)->upos;
	return u != TL_UPOS_ADV && u != TL_UPOS_ADP && tl_sum_date_opens(c, j);
}

/* Is the date starting at token j, after its article, the head of a
 * noun phrase with an "of" phrase after it ("attended the Saturday of the
 * convention", "on the night of the attack")?  Left out, "the of the
 * convention" would dangle: it stays. */
static gboolean
date_of_phrase(const Ctx *c, size_t j, size_t b)
{
	const TlEvDoc *d = c->d;
	if (j == 0 || !article(d, j - 1))
		return FALSE;
	size_t e = j;
	while (e < b && in_timex(c, e))
		e++;
	return e + 1 < b && strcmp(tl_evdoc_lower(d, e), "of") == 0 && !in_timex(c, e + 1) &&
	       tl_evdoc_tok(d, e + 1)->sent == tl_evdoc_tok(d, j)->sent;
}

/* Is the date starting at token j what a schedule names, not
 * when the event was: "debentures due 2017", "was scheduled for October
 * 15", "slated for", "set for", "the deadline was extended to April 30",
 * "postponed until late March", "pushed back to", that word at a - 1 or
 * after (the verb of an object that starts at a)?  Left out, the words
 * before it would dangle ("The debate was slated"): all stay.  (Not the
 * end of a subject: "games scheduled for | Wednesday were held".) */
gboolean
tl_sum_target_date(const Ctx *c, size_t a, size_t j)
{
	static const char *const direct[] = {"due", "scheduled", "slated", "rescheduled", "dated", NULL};
	static const char *const before_for[] = {"due", "scheduled", "slated", "rescheduled", "set",
	                                         "planned", "earmarked", "booked", NULL};
	static const char *const before_to[] = {"extended", "postponed", "delayed", "deferred", "moved",
	                                        "pushed", "brought", "adjourned", "rescheduled",
	                                        "prolonged", "put", NULL};
	static const char *const to[] = {"to", "until", "till", "through", "into", NULL};
	const TlEvDoc *d = c->d;
	guint32 sent = tl_evdoc_tok(d, j)->sent;
	if (j < 2 || in_timex(c, j - 1) || tl_evdoc_tok(d, j - 2)->sent != sent)
		return FALSE;
	size_t e = j;
	while (e < d->toks->len && in_timex(c, e))
		e++;
	if (e < d->toks->len && tl_evdoc_tok(d, e)->sent == sent &&
	    (tl_ev_finite_xpos(tl_evdoc_tok(d, e)->xpos) || tl_evdoc_tok(d, e)->upos == TL_UPOS_AUX))
		return FALSE;
	size_t q = j - 1;
	const char *w = tl_evdoc_lower(d, q);
	if (tl_ev_word_in(w, direct))
		return q + 1 >= a;
	if (tl_evdoc_tok(d, q)->upos != TL_UPOS_ADP && tl_evdoc_tok(d, q)->xpos != TL_XPOS_TO)
		return FALSE;
	gboolean for_ = strcmp(w, "for") == 0, to_ = tl_ev_word_in(w, to);
	if (!for_ && !to_)
		return FALSE;
	q--;
	/* "pushed back to", "brought forward to", "put off until" */
	if (to_ && q > 0 && tl_evdoc_tok(d, q - 1)->sent == sent && tl_evdoc_tok(d, q)->upos != TL_UPOS_VERB &&
	    (tl_evdoc_tok(d, q)->upos == TL_UPOS_ADV || tl_evdoc_tok(d, q)->xpos == TL_XPOS_RP))
		q--;
	const TlEvTok *v = tl_evdoc_tok(d, q);
	if (q + 1 < a || (v->upos != TL_UPOS_VERB && v->upos != TL_UPOS_ADJ))
		return FALSE;
	/* (a participle or a past: "set" for is not "set to rise") */
	if (strcmp(tl_evdoc_lower(d, q), "set") == 0 && v->xpos != TL_XPOS_VBN)
		return FALSE;
	return for_ ? tl_ev_word_in(tl_evdoc_lower(d, q), before_for)
	            : tl_ev_word_in(tl_evdoc_lower(d, q), before_to);
}

/* Is the date starting at token j (in [a, b)) a possessive after a
 * preposition of the span, the determiner of the noun it dates: "voted in Sunday's
 * election", "died in last night's attack", or a noun's modifier after a
 * noun's preposition ("bid for October elections")?  Left out with its
 * preposition, the noun would dangle ("voted election"): all stay. */
static gboolean
possessive_date(const Ctx *c, size_t a, size_t j, size_t b)
{
	const TlEvDoc *d = c->d;
	if (j <= a || tl_evdoc_tok(d, j - 1)->upos != TL_UPOS_ADP || in_timex(c, j - 1))
		return FALSE;
	size_t e = j;
	while (e < b && in_timex(c, e))
		e++;
	/* a date that qualifies the noun after it, in a noun's phrase: "bid
	 * for October elections" (not "bid elections"; nor "In March sales
	 * rose", no noun's phrase) */
	if (e < b && tl_evdoc_tok(d, e)->upos == TL_UPOS_NOUN && j >= a + 2 && !in_timex(c, j - 2) &&
	    (tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_NOUN || tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_PROPN) &&
	    unit_of_date(c, j - 2, b) != j) /* (not "the month of June exports") */
		return TRUE;
	if (e + 1 >= b || !(tl_evdoc_tok(d, e)->flags & TL_TOKF_CLITIC))
		return FALSE;
	/* past a set ("today's weekly cabinet meeting"), not a date's date:
	 * "until 1988's first quarter" */
	e++;
	while (e < b && in_timex(c, e))
		e++;
	if (e >= b)
		return FALSE;
	guint8 u = tl_evdoc_tok(d, e)->upos;
	return u == TL_UPOS_NOUN || u == TL_UPOS_PROPN || u == TL_UPOS_ADJ;
}

/* The words that open a date which takes no preposition of place ("in",
 * "on") and no adjective before it: "last week", "yesterday". */
const char *const tl_sum_deixis[] = {"last", "next", "this", "yesterday", "today", "tomorrow",
                                     "tonight", NULL};

/* "was sworn in last week", "showed up yesterday": a verb's particle before
 * a date that takes no such preposition (last, next, this; yesterday...) */
static gboolean
particle_before_deixis(const Ctx *c, size_t j)
{
	static const char *const parts[] = {"in", "on", "up", "out", "off", "down", "back", "away", NULL};
	const TlEvDoc *d = c->d;
	if (j == 0 || j + 1 >= d->toks->len || tl_evdoc_tok(d, j - 1)->upos != TL_UPOS_VERB ||
	    (tl_evdoc_tok(d, j - 1)->lex & TL_EVLEX_REPORTING) ||
	    !tl_ev_word_in(tl_evdoc_lower(d, j), parts) || !tl_ev_word_in(tl_evdoc_lower(d, j + 1), tl_sum_deixis))
		return FALSE;
	/* "said on last Wednesday": "on" a day is a preposition */
	return !(strcmp(tl_evdoc_lower(d, j), "on") == 0 && j + 2 < d->toks->len &&
	         tl_evdoc_tok(d, j + 2)->upos == TL_UPOS_PROPN);
}

/* Is token j a verb's particle ("step down", "set up")? */
static gboolean
verb_particle(const TlEvDoc *d, size_t j)
{
	return tl_evdoc_tok(d, j)->xpos == TL_XPOS_RP && j > 0 && tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_VERB;
}

/* Is token j (in [a, b)) the article of a date that tl_sum_append_span
 * leaves out, after a preposition, the date no modifier of a noun after
 * it? */
static gboolean
article_of_date(const Ctx *c, size_t a, size_t j, size_t b)
{
	const TlEvDoc *d = c->d;
	/* (a date in a phrase of a preposition: "in the 1987 first quarter";
	 * not "redeem the 1987 preferred") */
	if (j + 1 >= b || !in_timex(c, j + 1) || in_timex(c, j) || !article(d, j) || j == 0 ||
	    tl_evdoc_tok(d, j - 1)->upos != TL_UPOS_ADP ||
	    subject_date(c, a, j + 1, b) || possessive_date(c, a, j + 1, b) ||
	    tl_sum_target_date(c, a, j + 1))
		return FALSE;
	size_t e = j + 1;
	while (e < d->toks->len && in_timex(c, e))
		e++;
	if (e >= d->toks->len || tl_evdoc_tok(d, e)->sent != tl_evdoc_tok(d, j)->sent)
		return TRUE;
	/* the date ends its noun phrase: a stop, a comma, a verb, a
	 * preposition (not "of"); not a date that is an adjective ("from the
	 * current depressed 1.4 times level"), nor before a plural noun the
	 * tagger read as a present ("of the 1986 losses,"), a participle it
	 * read as a past ("the April 1986 leveraged buyout") or a word of
	 * hyphens ("a second quarter after-tax gain") */
	const TlEvTok *n = tl_evdoc_tok(d, e);
	const TlEvTok *n2 = e + 1 < d->toks->len && tl_evdoc_tok(d, e + 1)->sent == n->sent
	                        ? tl_evdoc_tok(d, e + 1) : NULL;
	if (tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_ADJ)
		return FALSE;
	if ((n->xpos == TL_XPOS_VBZ || n->xpos == TL_XPOS_VBP) && (n->lex & TL_EVLEX_NOUN))
		return FALSE;
	if (n2 && (n2->xpos == TL_XPOS_HYPH ||
	           (n->upos == TL_UPOS_VERB &&
	            (n2->upos == TL_UPOS_NOUN || n2->upos == TL_UPOS_PROPN || n2->upos == TL_UPOS_ADJ ||
	             n2->upos == TL_UPOS_CCONJ))))
		return FALSE;
	return n->xpos == TL_XPOS_PERIOD || n->xpos == TL_XPOS_COMMA || n->upos == TL_UPOS_AUX ||
	       (n->upos == TL_UPOS_VERB && tl_ev_finite_xpos(n->xpos)) ||
	       (n->upos == TL_UPOS_ADP && strcmp(tl_evdoc_lower(d, e), "of") != 0);
}

/* Append tokens [a, b) but timexes and the preposition before one, and the
 * angle brackets of a name or a ticker ("<Qantas Airways Ltd>": the name,
 * "Nixdorf Computer AG <NIXG.F>": nothing of "<NIXG.F>"). */
void
tl_sum_append_span(const Ctx *c, size_t a, size_t b, GArray *keep)
{
	/* no span starts inside a word of hyphens: "hydrogen-dominated planet
	 * atmospheres" is not "Dominated planet atmospheres" */
	const TlEvDoc *dd = c->d;
	while (a >= 2 && a < b && tl_sum_hyphen_joins(dd, a - 1) &&
	       tl_evdoc_tok(dd, a - 2)->sent == tl_evdoc_tok(dd, a)->sent &&
	       (!keep->len || g_array_index(keep, guint32, keep->len - 1) < a - 2))
		a -= 2;
	/* gathered here and appended in one call: one per token cost more than
	 * the tests */
	guint32 buf[64];
	guint n = 0;
	gboolean subject = FALSE; /* in a date kept as a subject */
	for (size_t j = a; j < b; j++) {
		if (in_timex(c, j)) {
			if (j == a || !in_timex(c, j - 1))
				subject = subject_date(c, a, j, b) || possessive_date(c, a, j, b) ||
				          tl_sum_target_date(c, a, j) || date_of_phrase(c, j, b);
			if (!subject)
				continue;
			if (n == G_N_ELEMENTS(buf)) {
				g_array_append_vals(keep, buf, n);
				n = 0;
			}
			buf[n++] = (guint32)j; /* the date whole: "the second half of 1986" */
			continue;
		}
		/* "For the month of March sales rose" is "Sales rose" */
		size_t u0 = (j == a || tl_evdoc_tok(c->d, j)->upos == TL_UPOS_ADP) ? unit_of_date(c, j, b) : 0;
		if (u0) {
			j = u0 - 1;
			continue;
		}
		if (tl_sum_angle(c->d, j)) {
			size_t e = ticker_end(c->d, j);
			if (e > j)
				j = MIN(e, b) - 1; /* the whole ticker */
			continue;
		}
		const TlEvTok *u = tl_evdoc_tok(c->d, j);
		/* the article of a date left out, and the preposition before
		 * it: "GNP in the 1987 first quarter was" is "GNP was" (not
		 * the article of a noun the date modifies: "an October meeting"
		 * is "a meeting") */
		if (article_of_date(c, a, j, b) ||
		    (u->upos == TL_UPOS_ADP && j + 2 < b && article_of_date(c, a, j + 1, b) &&
		     !verb_particle(c->d, j)))
			continue;
		/* (a verb's particle stays: "is to step down today") */
		if ((u->upos == TL_UPOS_ADP || u->xpos == TL_XPOS_TO) && j + 1 < b && in_timex(c, j + 1) &&
		    !verb_particle(c->d, j) &&
		    !particle_before_deixis(c, j) && !possessive_date(c, a, j + 1, b) &&
		    !tl_sum_target_date(c, a, j + 1))
			continue;
		if (tl_sum_date_word(c, j, a))
			continue;
		/* "as of" a time goes with it: "Reserves as of December 31,
		 * 1986 were estimated" is not "Reserves as were estimated" */
		if (j + 2 < b && in_timex(c, j + 2) && tl_ev_as_of(c->d, j))
			continue;
		/* a plan's participle whose date is left out goes with it: "the
		 * elections scheduled for April were postponed" is "The
		 * elections were postponed" */
		if (j + 1 < b && tl_anc_schedule_participle(c->d, j) &&
		    ((j + 2 < b && tl_evdoc_tok(c->d, j + 1)->upos == TL_UPOS_ADP && in_timex(c, j + 2) &&
		      !tl_sum_target_date(c, a, j + 2)) ||
		     (in_timex(c, j + 1) && !tl_sum_target_date(c, a, j + 1)))) /* "stock due 1992 were" */
			continue;
		/* "in calendar 1986": the preposition too */
		if (u->upos == TL_UPOS_ADP && j + 1 < b && tl_sum_date_word(c, j + 1, a) &&
		    tl_evdoc_tok(c->d, j + 1)->upos == TL_UPOS_NOUN)
			continue;
		/* "said late Sunday", "shortly after 2 a.m.": the adverb with the
		 * time it leads; "at about 3 a.m.": the preposition too */
		if (tl_sum_leads_time(c, j, b))
			continue;
		if (u->upos == TL_UPOS_ADP && j + 2 < b && in_timex(c, j + 2) && tl_sum_time_adverb(c->d, j + 1) &&
		    !tl_sum_target_date(c, a, j + 1))
			continue;
		if (back_in_time(c, j) || no_later(c, j))
			continue;
		if ((u->flags & TL_TOKF_CLITIC) && j > 0 && in_timex(c, j - 1) && !subject)
			continue; /* "Thursday's accident" is "accident" */
		if ((u->mark & TL_EVM_QUOTE) && n > 0 && (tl_evdoc_tok(c->d, buf[n - 1])->mark & TL_EVM_QUOTE)) {
			n--; /* quotes around a date left out: neither */
			continue;
		}
		/* a stop or comma inside the quote that ends the headline
		 * ("called "swine flu."") goes */
		if ((u->xpos == TL_XPOS_PERIOD || u->xpos == TL_XPOS_COMMA) && j + 2 == b &&
		    (tl_evdoc_tok(c->d, j + 1)->mark & TL_EVM_QUOTE) && tl_sum_quotes(c->d, keep, buf, n) % 2)
			continue;
		if (is_punct(u) && (keep->len + n == 0 ||
		                    (j + 1 == b && !((u->mark & TL_EVM_QUOTE) && tl_sum_quotes(c->d, keep, buf, n) % 2))))
			continue; /* but the quote that closes one kept */
		/* the comma that closes a date left out goes with it, and the
		 * conjunction between two ("in 1987 and 1988"; not one that
		 * goes on with a clause: "in January and now employment is") */
		if ((u->xpos == TL_XPOS_COMMA || u->upos == TL_UPOS_CCONJ || u->xpos == TL_XPOS_HYPH) && j > a &&
		    in_timex(c, j - 1) &&
		    (u->xpos == TL_XPOS_COMMA ||
		     (j + 1 < b && in_timex(c, j + 1) && (u->xpos == TL_XPOS_HYPH || !clause_after(c, j + 1, b)))))
			continue; /* (and the hyphen of "March 30-April 2") */
		if (n == G_N_ELEMENTS(buf)) {
			g_array_append_vals(keep, buf, n);
			n = 0;
		}
		buf[n++] = (guint32)j;
	}
	g_array_append_vals(keep, buf, n);
}

/* Is the token a word in capitals of two letters or more ("SAN", "JOSE")? */
static gboolean
capitals(const TlEvDoc *d, size_t j)
{
	const TlEvTok *t = tl_evdoc_tok(d, j);
	if (t->end - t->start < 2)
		return FALSE;
	for (guint32 b = t->start; b < t->end; b++)
		if (!g_ascii_isupper(d->text[b]) && d->text[b] != '.')
			return FALSE;
	return TRUE;
}

size_t
tl_sum_text_start(const TlEvDoc *d, guint32 sent)
{
	static const char *const dashes[] = {"-", "--", "\xe2\x80\x94", "\xe2\x80\x93", NULL};
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, sent);
	size_t j = s->first;
	while (j < s->last && j < (size_t)s->first + 4 && capitals(d, j))
		j++;
	if (j == s->first || j >= s->last || tl_evdoc_tok(d, j)->xpos != TL_XPOS_COMMA)
		return s->first;
	for (size_t k = j + 1; k + 1 < s->last && k < j + 10; k++)
		if (tl_ev_word_in(tl_evdoc_lower(d, k), dashes))
			return k + 1;
	return s->first;
}

char *
tl_sum_render(const TlEvDoc *d, const GArray *keep)
{
	/* room for every token and a space before each: no growing */
	size_t room = 1;
	for (guint k = 0; k < keep->len; k++) {
		const TlEvTok *u = tl_evdoc_tok(d, g_array_index(keep, guint32, k));
		room += u->end - u->start + 1;
	}
	GString *s = g_string_sized_new(room);
	guint k0 = 0;
	/* "Monday's bid" with its date left out, "let's": no headline starts
	 * with the clitic */
	while (k0 + 1 < keep->len &&
	       (tl_evdoc_tok(d, g_array_index(keep, guint32, k0))->flags & TL_TOKF_CLITIC))
		k0++;
	for (guint k = k0; k < keep->len; k++) {
		guint32 j = g_array_index(keep, guint32, k);
		const TlEvTok *u = tl_evdoc_tok(d, j);
		gboolean space = k > k0 && (u->flags & TL_TOKF_SPACE_BEFORE ||
		                            g_array_index(keep, guint32, k - 1) + 1 != j);
		if (k > k0 && (u->flags & TL_TOKF_CLITIC))
			space = FALSE;
		/* (nor before a closing quote across a stop left out: "flu"" of
		 * "flu."") */
		if (space && (u->mark & TL_EVM_QUOTE) && !(u->flags & TL_TOKF_SPACE_BEFORE) && j >= 2 &&
		    g_array_index(keep, guint32, k - 1) + 2 == j && is_punct(tl_evdoc_tok(d, j - 1)) &&
		    !(tl_evdoc_tok(d, j - 1)->flags & TL_TOKF_SPACE_BEFORE))
			space = FALSE;
		if (space)
			tl_annot_put_c(s, ' ');
		size_t at = s->len;
		tl_annot_put(s, d->text + u->start, u->end - u->start);
		/* "an October meeting" told as "a meeting": the article agrees
		 * with the word now after it */
		/* (not in capitals throughout: "TO REPORT A LOSS") */
		if (k + 1 < keep->len && g_array_index(keep, guint32, k + 1) != j + 1 && u->upos == TL_UPOS_DET &&
		    (strcmp(tl_evdoc_lower(d, j), "a") == 0 || strcmp(tl_evdoc_lower(d, j), "an") == 0) &&
		    !g_ascii_isupper(d->text[u->end - 1])) {
			const TlEvTok *nx = tl_evdoc_tok(d, g_array_index(keep, guint32, k + 1));
			gboolean vowel = vowel_sound(d->text + nx->start, nx->end - nx->start);
			gboolean cap = g_ascii_isupper(s->str[at]);
			g_string_truncate(s, at);
			tl_annot_put(s, vowel ? (cap ? "An" : "an") : (cap ? "A" : "a"), vowel ? 2 : 1);
		}
		gboolean wide = FALSE;
		for (size_t b = at; b < s->len; b++) {
			if (s->str[b] == '\n' || s->str[b] == '\t')
				s->str[b] = ' ';
			wide |= (guint8)s->str[b] >= 0xe2;
		}
		/* no zero-width character (U+200B-U+200D, U+2060, U+FEFF): a
		 * headline is plain text */
		for (size_t b = at; wide && b + 2 < s->len;) {
			guint8 b0 = (guint8)s->str[b], b1 = (guint8)s->str[b + 1], b2 = (guint8)s->str[b + 2];
			if ((b0 == 0xe2 && b1 == 0x80 && b2 >= 0x8b && b2 <= 0x8d) ||
			    (b0 == 0xe2 && b1 == 0x81 && b2 == 0xa0) || (b0 == 0xef && b1 == 0xbb && b2 == 0xbf))
				g_string_erase(s, (gssize)b, 3);
			else
				b++;
		}
		/* "Started in 2004, CentOS has" told as "CentOS started" */
		/* (a word of one letter too, "A reply", but "I"; after a
		 * dateline's dash too, "SAN JOSE, March 26 - The bank") */
		if (k > k0 && g_ascii_isupper(s->str[at]) && (at + 1 == s->len || g_ascii_islower(s->str[at + 1])) &&
		    u->upos != TL_UPOS_PROPN && (at + 1 < s->len || s->str[at] != 'I') &&
		    (j == g_array_index(d->sents, TlEvSent, u->sent).first ||
		     (j > 0 && is_punct(tl_evdoc_tok(d, j - 1)) && j == tl_sum_text_start(d, u->sent))))
			s->str[at] = g_ascii_tolower(s->str[at]);
	}
	if (s->len && g_ascii_islower(s->str[0]))
		s->str[0] = g_ascii_toupper(s->str[0]);
	return g_string_free(s, FALSE);
}

/* Is token j a participle with a word after it in its sentence: *p the
 * token before it (perhaps of the sentence before), *v the one after? */
static gboolean
participle_between(const TlEvDoc *d, size_t j, const TlEvTok **p, const TlEvTok **v)
{
	const TlEvTok *u = tl_evdoc_tok(d, j);
	if ((u->xpos != TL_XPOS_VBN && u->xpos != TL_XPOS_VBG) || j == 0 || j + 1 >= d->toks->len)
		return FALSE;
	*p = tl_evdoc_tok(d, j - 1);
	*v = tl_evdoc_tok(d, j + 1);
	return (*v)->sent == u->sent;
}

/* A participle inside a noun phrase, before its noun: "the injured
 * teenagers", "of pioneering oceanographer Walter Munk", "the previously
 * announced merger" (not "a helicopter carrying retired player Kobe
 * Bryant"). */
gboolean
tl_sum_prenominal(const TlEvDoc *d, size_t j)
{
	const TlEvTok *p, *v;
	if (!participle_between(d, j, &p, &v))
		return FALSE;
	/* (over its adverbs, of its sentence) */
	for (size_t k = j - 1, n = 0; n < 2 && k > 0 && p->xpos == TL_XPOS_RB && p->sent == v->sent; n++)
		p = tl_evdoc_tok(d, --k);
	return (v->upos == TL_UPOS_NOUN || v->upos == TL_UPOS_ADJ) &&
	       (p->upos == TL_UPOS_DET || p->upos == TL_UPOS_ADJ || p->upos == TL_UPOS_ADP ||
	        p->xpos == TL_XPOS_PRPS || p->xpos == TL_XPOS_POS || p->sent != v->sent);
}

/* An adverb inside a noun phrase: after its determiner, possessive or
 * adjective, before an adjective or a participle of the phrase ("Hong
 * Kong's broadly defined money supply", "the very big merger"). */
gboolean
tl_sum_np_adverb(const TlEvDoc *d, size_t j)
{
	if (j == 0 || j + 2 >= d->toks->len || tl_evdoc_tok(d, j)->xpos != TL_XPOS_RB)
		return FALSE;
	const TlEvTok *p = tl_evdoc_tok(d, j - 1), *v = tl_evdoc_tok(d, j + 1);
	if (p->sent != v->sent || !(p->upos == TL_UPOS_DET || p->upos == TL_UPOS_ADJ ||
	                            p->xpos == TL_XPOS_PRPS || p->xpos == TL_XPOS_POS))
		return FALSE;
	const TlEvTok *n = tl_evdoc_tok(d, j + 2);
	return tl_sum_prenominal(d, j + 1) ||
	       (v->upos == TL_UPOS_ADJ && n->sent == v->sent &&
	        (n->upos == TL_UPOS_NOUN || n->upos == TL_UPOS_PROPN || n->upos == TL_UPOS_ADJ));
}

/* A word of a noun phrase, its participles and their adverbs counted. */
gboolean
tl_sum_np_word(const TlEvDoc *d, size_t j)
{
	/* (and the per cent sign of a figure: "80% of the seats") */
	return nominal(tl_evdoc_tok(d, j)) || tl_sum_prenominal(d, j) || tl_sum_np_adverb(d, j) ||
	       (j > 0 && tok_char(d, j) == '%' && tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_NUM);
}

/* A participle between a determiner and a figure: "from a restated 6.65
 * billion dlrs", "against a budgeted 214.17 billion" (not a year: "an
 * alleged 1980 breach"). */
gboolean
tl_sum_prefigure(const TlEvDoc *d, size_t j)
{
	const TlEvTok *p, *v;
	if (!participle_between(d, j, &p, &v) || v->upos != TL_UPOS_NUM || p->upos != TL_UPOS_DET)
		return FALSE;
	return !tl_ev_year_word(d, v);
}

/* A date before a noun of its phrase: "the Sunday trade ban". */
gboolean
tl_sum_np_date(const Ctx *c, size_t j)
{
	const TlEvDoc *d = c->d;
	if (!in_timex(c, j) || j + 1 >= d->toks->len)
		return FALSE;
	const TlEvTok *v = tl_evdoc_tok(d, j + 1);
	return v->sent == tl_evdoc_tok(d, j)->sent &&
	       (in_timex(c, j + 1) || v->upos == TL_UPOS_NOUN || v->upos == TL_UPOS_ADJ);
}

/* Is there a verb or an auxiliary in tokens [a, b) (not a participle
 * before its noun, "a combined lawsuit")? */
gboolean
tl_sum_verb_in(const TlEvDoc *d, size_t a, size_t b)
{
	for (size_t j = a; j < b; j++)
		if ((tl_evdoc_tok(d, j)->upos == TL_UPOS_VERB && !tl_sum_prenominal(d, j)) ||
		    tl_evdoc_tok(d, j)->upos == TL_UPOS_AUX)
			return TRUE;
	return FALSE;
}

/* Is there an auxiliary or a finite verb in tokens [a, b)? */
size_t
tl_sum_phrases_before(const Ctx *c, size_t lo, size_t k)
{
	const TlEvDoc *d = c->d;
	/* a plural right before k is a subject of its own: "at midsession
	 * prices | stood", "over the past two years deficits | have" */
	if (k > lo && (tl_evdoc_tok(d, k - 1)->xpos == TL_XPOS_NNS ||
		       tl_evdoc_tok(d, k - 1)->xpos == TL_XPOS_NNPS))
		return k;
	size_t j = k;
	for (;;) {
		size_t m = j;
		while (m > lo) {
			const TlEvTok *u = tl_evdoc_tok(d, m - 1);
			if (!((nominal(u) && u->upos != TL_UPOS_PRON) || u->xpos == TL_XPOS_PRPS ||
			      in_timex(c, m - 1)))
				break;
			/* a noun phrase of its own starts here ("at the meeting |
			 * the board decided", "by the time | Reagan left"), or a
			 * date ends a phrase before one ("in 2003 | Smith
			 * returned") */
			const TlEvTok *w = m < j ? tl_evdoc_tok(d, m) : NULL;
			if (w && (w->upos == TL_UPOS_DET || w->xpos == TL_XPOS_PRPS) &&
			    u->upos != TL_UPOS_ADP)
				return k;
			if (w && w->upos == TL_UPOS_PROPN && u->upos == TL_UPOS_NOUN)
				return k;
			if (w && in_timex(c, m - 1) && !in_timex(c, m))
				return k;
			m--;
		}
		if (m == j || m <= lo || tl_evdoc_tok(d, m - 1)->upos != TL_UPOS_ADP)
			break;
		/* the phrase a determiner's, a possessive's, a name's or a date's
		 * ("at midsession | prices stood" has a subject of its own) */
		const TlEvTok *f = tl_evdoc_tok(d, m);
		size_t ke = tl_evdoc_ent_after(d, m);
		gboolean name = ke < d->n_ents && d->ents[ke].first == m && d->ents[ke].last == j;
		if (!(f->upos == TL_UPOS_DET || f->xpos == TL_XPOS_PRPS || name || in_timex(c, m)))
			return k;
		j = m - 1;
	}
	return j;
}

gboolean
tl_sum_finite_in(const TlEvDoc *d, size_t a, size_t b)
{
	return a < b && a < d->toks->len && d->next_finite[a] < b;
}

gboolean
tl_sum_says(const TlEvDoc *d, size_t j)
{
	static const char *const verbs[] = {"say", "report", "add", "state", "claim", "note", "argue", "warn",
	                                    "believe", "think", "insist", "predict", NULL};
	const TlEvTok *u = tl_evdoc_tok(d, j);
	return u->upos == TL_UPOS_VERB && tl_ev_finite_xpos(u->xpos) && tl_ev_word_in(tl_evdoc_lemma(d, j), verbs);
}

gboolean
tl_sum_finite_after(const TlEvDoc *d, const TlEvSent *s, size_t k)
{
	for (size_t i = k + 1; i < s->last; i++) {
		const TlEvTok *u = tl_evdoc_tok(d, i);
		if ((is_punct(u) && u->xpos != TL_XPOS_POS && u->xpos != TL_XPOS_HYPH) || u->upos == TL_UPOS_CCONJ ||
		    (u->lex & TL_EVLEX_SUBORD) || u->xpos == TL_XPOS_WDT || u->xpos == TL_XPOS_WP)
			return FALSE;
		if (u->upos == TL_UPOS_AUX || tl_ev_finite_xpos(u->xpos))
			return TRUE;
	}
	return FALSE;
}

/* Does a verb group open tokens from v on in sentence s, past adverbs: an
 * auxiliary or a finite verb? */
static gboolean
verb_group_at(const TlEvDoc *d, const TlEvSent *s, size_t v)
{
	while (v < s->last && tl_evdoc_tok(d, v)->upos == TL_UPOS_ADV)
		v++;
	if (v >= s->last)
		return FALSE;
	const TlEvTok *w = tl_evdoc_tok(d, v);
	return w->upos == TL_UPOS_AUX || (w->upos == TL_UPOS_VERB && tl_ev_finite_xpos(w->xpos));
}

/*
 * "said Hamza bin Laden, son of the late Al-Qaeda founder Osama bin Laden,
 * has been killed": when the comma at `comma` opens an apposition (noun
 * phrases and their prepositions, at most 15 words, no verb) closed by a
 * comma that a verb group follows, that second comma; else G_MAXSIZE.
 */
size_t
tl_sum_apposition_end(const Ctx *c, size_t comma)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, tl_evdoc_tok(d, comma)->sent);
	if (tl_evdoc_tok(d, comma)->xpos != TL_XPOS_COMMA)
		return G_MAXSIZE;
	size_t j = comma + 1;
	for (; j < s->last && j < comma + 16; j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->xpos == TL_XPOS_COMMA)
			break;
		if ((!tl_sum_np_word(d, j) && u->upos != TL_UPOS_ADP && !in_timex(c, j)) ||
		    (u->upos == TL_UPOS_PRON && u->xpos != TL_XPOS_PRPS))
			return G_MAXSIZE;
	}
	if (j == comma + 1 || j + 1 >= s->last || tl_evdoc_tok(d, j)->xpos != TL_XPOS_COMMA)
		return G_MAXSIZE;
	return verb_group_at(d, s, j + 1) ? j : G_MAXSIZE;
}

/* The end of the rest of a list of short noun phrases after the comma at
 * `comma`, when a finite verb follows it: "(said its Oldsmobile), Buick and
 * Cadillac divisions | will cut"; G_MAXSIZE when there is none. */
size_t
tl_sum_list_rest_end(const Ctx *c, size_t comma)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, tl_evdoc_tok(d, comma)->sent);
	/* (not a clause after ", and": "claimed 6606 lives, and 167,515 cases
	 * were reported") */
	if (tl_evdoc_tok(d, comma)->xpos != TL_XPOS_COMMA || comma + 1 >= s->last ||
	    tl_evdoc_tok(d, comma + 1)->upos == TL_UPOS_CCONJ)
		return G_MAXSIZE;
	size_t j = comma + 1, conj = 0, item = 0;
	for (; j < s->last && j < comma + 16; j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->xpos == TL_XPOS_COMMA || u->upos == TL_UPOS_CCONJ) {
			if (u->upos == TL_UPOS_CCONJ) {
				if (!tl_ev_word_in(tl_evdoc_lower(d, j), (const char *const[]){"and", "or", NULL}))
					return G_MAXSIZE;
				conj++;
			} else if (conj)
				return G_MAXSIZE; /* (a comma after "and": an aside) */
			item = 0;
			continue;
		}
		if (!nominal(u) || (u->upos == TL_UPOS_PRON && u->xpos != TL_XPOS_PRPS) || in_timex(c, j))
			break;
		if (++item > 4)
			return G_MAXSIZE;
	}
	if (conj != 1 || !item || j >= s->last)
		return G_MAXSIZE;
	return verb_group_at(d, s, j) ? j : G_MAXSIZE;
}

GHashTable *
tl_sum_load_table(const char *file, guint fields)
{
	GHashTable *t = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_strfreev);
	g_autoptr(GBytes) b = tl_resource_get("events", file, NULL);
	if (!b)
		return t;
	g_autofree char *text = g_strndup(g_bytes_get_data(b, NULL), g_bytes_get_size(b));
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
	for (char **l = lines; *l; l++) {
		g_auto(GStrv) f = g_strsplit(*l, "\t", -1);
		if (!f[0] || f[0][0] == '#' || g_strv_length(f) != fields)
			continue;
		char **v = g_new0(char *, fields);
		for (guint k = 1; k < fields; k++)
			v[k - 1] = g_strdup(g_strstrip(f[k]));
		g_hash_table_replace(t, g_strdup(g_strstrip(f[0])), v);
	}
	return t;
}

const char *const *
tl_sum_table_lookup(GHashTable **table, gsize *once, const char *file, guint fields, const char *key)
{
	if (g_once_init_enter(once)) {
		*table = tl_sum_load_table(file, fields);
		g_once_init_leave(once, 1);
	}
	return g_hash_table_lookup(*table, key);
}
