/*
 * The tense of the clause around an expression.  First choice: the POS
 * tagger (include/tl/tagger.h) tags the expression's sentence (the part of
 * it around the expression), only when the expression needs a tense, and the
 * governing verb decides: the
 * nearest finite verb group before the expression in its sentence (else the
 * first one after it), read as a whole ("will meet", "would pay", "has
 * said", "planned to leave": a verb of intent before an infinitive looks
 * ahead, data/<lang>/tense.txt INTENT).  Without a finite verb (headlines)
 * or without the tagger, cue words (will, is expected to, said, was, -ed
 * words... in tense.txt) of the sentence vote, weighted by how near they are.
 */
#include <string.h>
#include "tl/tagger.h"
#include "tl/token.h"
#include "dates.h"

#define BACK 14
#define AHEAD 10
#ifndef SURE
#define SURE 1.5
#endif
#ifndef SURE_RATIO
#define SURE_RATIO 0.2
#endif
/* sure only by cues before the expression: one after may be the verb of
 * another clause ("planned a rally on Saturday and were planning to") */
#ifndef SURE_BEFORE
#define SURE_BEFORE 0.75
#endif
#ifndef OPENING_REACH
#define OPENING_REACH 8
#endif
#ifndef FUTURE_MARGIN
#define FUTURE_MARGIN 0.5
#endif

static gboolean
phrase_matches(const TlDSense *s, const TlDTok *t, guint n, guint i)
{
	for (int w = 0; w < s->nwords - 1; w++)
		if (i + 1 + (guint)w >= n || strcmp(t[i + 1 + w].low, s->words[w]) != 0)
			return FALSE;
	return TRUE;
}

static TlDTense
tense_code(const char *s)
{
	/* PAST, PRESENT, FUTURE; anything else (INTENT, PERFECT) votes for none */
	if (s[0] == 'P' && s[1] == 'A')
		return TENSE_PAST;
	if (s[0] == 'F')
		return TENSE_FUTURE;
	if (s[0] == 'P' && s[1] == 'R')
		return TENSE_PRESENT;
	return TENSE_NONE;
}

/* Is token i listed in tense.txt with argument `what` (a single word)? */
static gboolean
tok_listed(const TlDTok *k, const char *what)
{
	if (!(k->cats & ((guint64)1 << L_TENSE)))
		return FALSE;
	for (guint s = 0; s < k->senses->len; s++) {
		const TlDSense *se = g_ptr_array_index(k->senses, s);
		if (se->cat == L_TENSE && se->nwords == 1 && strcmp(se->sval, what) == 0)
			return TRUE;
	}
	return FALSE;
}

/* "the will of the people", "his will": a noun after a determiner. */
static gboolean
noun_will(const TlDTok *toks, guint i)
{
	static const char *const det[] = {"the", "a", "his", "her", "its", "their", "our", "my",
	                                  "your", "free", "political", "good", "ill"};
	if (i == 0)
		return FALSE;
	for (size_t k = 0; k < G_N_ELEMENTS(det); k++)
		if (strcmp(toks[i - 1].low, det[k]) == 0)
			return TRUE;
	return FALSE;
}

static int cue_word(const TlDTok *t, guint n, guint i, TlDTense *tense);

/* Is token i the first word of its sentence (after quotes, or "please")?
 * An imperative there ("Call me on Friday") asks for what is ahead. */
static gboolean
sentence_initial(const TlDTok *t, guint i)
{
	guint k = i;
	while (k > 0 && t[k - 1].sent == t[i].sent && t[k - 1].kind == T_PUNCT)
		k--;
	if (k > 0 && t[k - 1].sent == t[i].sent && strcmp(t[k - 1].low, "please") == 0)
		k--;
	while (k > 0 && t[k - 1].sent == t[i].sent && t[k - 1].kind == T_PUNCT)
		k--;
	/* after a name called first: "Cortana, please schedule it on Friday",
	 * "John, call me on Monday" */
	if (k > 0 && k < i && strcmp(t[k].low, ",") == 0 && t[k - 1].kind == T_WORD &&
	    (t[k - 1].flags & TF_CAP) && t[k - 1].sent == t[i].sent &&
	    (k == 1 || t[k - 2].sent != t[i].sent))
		k--;
	return k == 0 || t[k - 1].sent != t[i].sent;
}

static gboolean weekday_follows(const TlDTok *t, guint n, guint i);
static gboolean tok_in(const TlDTok *k, const char *const *words);

/* The vote of token i: its tense and weight (0 when it is no cue). */
static int
cue_of(const TlDTok *t, guint n, guint i, TlDTense *tense)
{
	const TlDTok *k = &t[i];
	if (k->kind != T_WORD)
		return 0;
	if (tok_listed(k, "MODAL") && noun_will(t, i))
		return 0;
	/* a participle after be/been/being is a passive ("will be named",
	 * "would still be held"), no past form: the auxiliary before tells */
	/* (so after a present of "be": "It's closed from Friday until
	 * Monday", "the store is closed on Sunday" tell of now) */
	static const char *const be_now[] = {"is", "are", "am", "we're", "you're", "they're", "i'm",
	                                     NULL};
	/* ("'s" only after a pronoun: "Chi-Chi's posted a loss" is a name's) */
	static const char *const pron[] = {"he", "she", "it", "that", "there", "who", NULL};
	if (i > 0 && ((t[i - 1].low[0] == 'b' &&
	               (strcmp(t[i - 1].low, "be") == 0 || strcmp(t[i - 1].low, "been") == 0 ||
	                strcmp(t[i - 1].low, "being") == 0)) ||
	              tok_in(&t[i - 1], be_now) ||
	              (i > 1 && strcmp(t[i - 1].low, "'s") == 0 && tok_in(&t[i - 2], pron)))) {
		TlDTense te = TENSE_NONE;
		int w = cue_word(t, n, i, &te);
		if (te == TENSE_PAST && w <= 2)
			return 0;
		*tense = te;
		return w;
	}
	/* "He's coming on Thursday": "'s" after a pronoun before a form in
	 * -ing is "is", the present of an arrangement, before a weekday as
	 * "we're" (tense.txt) */
	if (k->lowlen == 2 && k->low[0] == '\'' && k->low[1] == 's' && i > 0 && i + 1 < n &&
	    t[i - 1].kind == T_WORD && tok_in(&t[i - 1], pron) && t[i + 1].kind == T_WORD &&
	    t[i + 1].lowlen > 4 && memcmp(t[i + 1].low + t[i + 1].lowlen - 3, "ing", 3) == 0 &&
	    weekday_follows(t, n, i + 1)) {
		*tense = TENSE_PRESENT;
		return 1;
	}
	/* "I have a meeting on Friday": "have" before a determiner owns, it
	 * is no perfect ("have met"), so the present, not the past */
	static const char *const dets[] = {"a", "an", "the", "my", "our", "your", "their", "his",
	                                   "her", "its", "no", "another", NULL};
	if (((k->lowlen == 4 && strcmp(k->low, "have") == 0) ||
	     (k->lowlen == 3 && strcmp(k->low, "has") == 0)) &&
	    i + 1 < n && t[i + 1].kind == T_WORD && tok_in(&t[i + 1], dets) &&
	    weekday_follows(t, n, i + 1)) {
		*tense = TENSE_PRESENT;
		return 1;
	}
	return cue_word(t, n, i, tense);
}

/*
 * cue_of, asked once a token: a token is asked again for each date whose
 * clause it is in (about 800,000 asks on Reuters, half of them again).  The
 * memo, in the token's padding, is 1 + (weight << 3 | tense set << 2 |
 * tense): cue_of reads the tokens only, and they do not change once
 * scanned.
 */
static int
cue(const TlDTok *t, guint n, guint i, TlDTense *tense)
{
	guint8 m = t[i].cue;
	if (!m) {
		const TlDTense unset = (TlDTense)4; /* (cue_of may leave it) */
		TlDTense te = unset;
		int w = cue_of(t, n, i, &te);
		g_assert(w >= 0 && w < 31);
		m = (guint8)(1 + ((unsigned)w << 3 | (te != unset) << 2 | (te != unset ? te : 0)));
		((TlDTok *)t)[i].cue = m;
	}
	m--;
	if (m & 4)
		*tense = (TlDTense)(m & 3);
	return m >> 3;
}

/* A verb of a timetable ("ends", "close") is a cue only before a weekday of
 * its clause: "The sale ends Sunday" is the coming Sunday, but "Qtr ends Jan
 * 31" in a report is the date just past, which the nearest-year reading of
 * a month already gives.  A weekday within the next words, no comma on the
 * way. */
static gboolean
weekday_follows(const TlDTok *t, guint n, guint i)
{
	for (guint k = i + 1; k < n && k <= i + 8 && t[k].sent == t[i].sent; k++) {
		if (t[k].kind == T_PUNCT && (t[k].low[0] == ',' || t[k].low[0] == ';'))
			return FALSE;
		if (t[k].cats & ((guint64)1 << L_WEEKDAY))
			return TRUE;
	}
	return FALSE;
}

/* Is k one of words (lower case)? */
static gboolean
tok_in(const TlDTok *k, const char *const *words)
{
	/* (the first bytes first: called for most tokens, it seldom matches) */
	for (; *words; words++)
		if (k->low[0] == (*words)[0] && strcmp(k->low, *words) == 0)
			return TRUE;
	return FALSE;
}

/* A base form is a finite verb after its subject, a plural noun ("Polls
 * close", "talks resume"), a plural pronoun ("they meet") or names joined
 * by "and" ("He and Arafat meet separately Monday"), not a noun or an
 * infinitive ("the close of trading", "to close at"). */
static gboolean
after_plural_subject(const TlDTok *t, guint i)
{
	/* ("I" and "you" take the base form too: "I fly to Paris on Monday") */
	static const char *const plural[] = {"they", "we", "i", "you", NULL};
	static const char *const single[] = {"he", "she", "i", "you", NULL};
	if (i == 0 || t[i - 1].sent != t[i].sent || t[i - 1].kind != T_WORD || t[i - 1].cats)
		return FALSE;
	const TlDTok *p = &t[i - 1];
	size_t l = p->lowlen;
	if (l >= 4 && p->low[l - 1] == 's' && p->low[l - 2] != 's' && p->low[l - 2] != '\'')
		return TRUE;
	if (tok_in(p, plural))
		return TRUE;
	/* a name after "and" after a name or a pronoun, within five words
	 * ("He and Palestinian leader Yasser Arafat meet") */
	if (!(p->flags & TF_CAP))
		return FALSE;
	for (guint k = i - 1; k-- > 0 && k + 6 > i;) {
		const TlDTok *a = &t[k];
		if (a->sent != t[i].sent || a->kind != T_WORD || k == 0)
			return FALSE;
		if (strcmp(a->low, "and") == 0)
			return t[k - 1].sent == t[i].sent && t[k - 1].kind == T_WORD && !t[k - 1].cats &&
			       ((t[k - 1].flags & TF_CAP) || tok_in(&t[k - 1], single));
		if (a->cats)
			return FALSE;
	}
	return FALSE;
}

/* "generally announces a tender on Monday": a habitual adverb (tense.txt
 * HABIT) up to eight words before a timetable verb makes it a custom. */
static gboolean
habitual_before(const TlDTok *t, guint i)
{
	for (guint k = i; k-- > 0 && i - k <= 8 && t[k].sent == t[i].sent;)
		if (tok_listed(&t[k], "HABIT"))
			return TRUE;
	return FALSE;
}

/* The vote of word token i by itself. */
static int
cue_word(const TlDTok *t, guint n, guint i, TlDTense *tense)
{
	const TlDTok *k = &t[i];
	int best = 0;
	gboolean listed = FALSE;
	if (k->senses)
		for (guint s = 0; s < k->senses->len; s++) {
			const TlDSense *se = g_ptr_array_index(k->senses, s);
			if (se->cat != L_TENSE || !phrase_matches(se, t, n, i) ||
			    ((se->flags & LF_INITIAL) && !sentence_initial(t, i)) ||
			    ((se->flags & LF_SUBJ) && !after_plural_subject(t, i)) ||
			    ((se->flags & LF_TIMETABLE) && habitual_before(t, i)) ||
			    ((se->flags & LF_WEEKDAY) && !weekday_follows(t, n, i + se->nwords - 1)))
				continue;
			listed = TRUE;
			if (se->ival * 4 + se->nwords > best) {
				best = se->ival * 4 + se->nwords;
				*tense = tense_code(se->sval);
			}
		}
	if (listed)
		return best / 4 ? best / 4 : 0;
	size_t l = k->lowlen;
	if (l >= 3 && memcmp(k->low + l - 3, "'ll", 3) == 0) {
		*tense = TENSE_FUTURE;
		return 3;
	}
	if (l > 4 && l < sizeof k->low - 1 && k->low[l - 2] == 'e' && k->low[l - 1] == 'd' &&
	    !(k->flags & TF_CAP)) {
		*tense = TENSE_PAST;
		return 1;
	}
	return 0;
}

/* One step of a walk to the modal that governs a time: 1 when token i is
 * "will" or "would" (not a noun, nor before "have"), 0 when it ends the walk
 * (a clause's comma, another cue, a modal's perfect), -1 when the walk goes
 * on. */
static int
modal_at(const TlDTok *toks, guint n, guint i)
{
	if (toks[i].kind != T_WORD)
		return toks[i].low[0] == ',' || toks[i].low[0] == ';' ? 0 : -1;
	if (tok_listed(&toks[i], "MODAL") && !noun_will(toks, i))
		return !(i + 1 < n && tok_listed(&toks[i + 1], "PERFECT"));
	TlDTense te = TENSE_NONE;
	return cue(toks, n, i, &te) && te != TENSE_NONE ? 0 : -1;
}

/* The auxiliary of the future (tense.txt MODAL: will, would, shall) that
 * governs the expression at t0: the nearest cue word before it in its
 * sentence, with no other cue (a past form, "said") nor a clause comma in
 * between, and not the perfect ("would have paid").  "Smith said the board
 * would meet again in June": "would", not "said", dates June. */
static gboolean
governed_by_modal(const TlDTok *toks, guint n, guint t0)
{
	guint16 sent = toks[t0].sent;
	for (guint i = t0; i-- > 0 && t0 - i <= BACK && toks[i].sent == sent;) {
		int m = modal_at(toks, n, i);
		if (m >= 0)
			return m;
	}
	return FALSE;
}

/* Does the expression [t0, t1) open its sentence (after a preposition at
 * most) and a comma, with "will" or "would" governing the main clause
 * after it, no other cue before ("On October 1, the new rules would take
 * effect, he said"; not "On Monday, the company said it would", "In 1986,
 * sales would have been")? */
static gboolean
opening_modal(const TlDTok *toks, guint n, guint t0, guint t1)
{
	guint16 sent = toks[t0].sent;
	if (t1 >= n || toks[t1].low[0] != ',' || toks[t1].kind == T_WORD)
		return FALSE;
	gboolean first = t0 == 0 || toks[t0 - 1].sent != sent;
	gboolean after_prep = t0 > 0 && !first && toks[t0 - 1].kind == T_WORD &&
	                      (t0 == 1 || toks[t0 - 2].sent != sent);
	if (!first && !after_prep)
		return FALSE;
	for (guint i = t1 + 1; i < n && i <= t1 + OPENING_REACH && toks[i].sent == sent; i++) {
		int m = modal_at(toks, n, i);
		if (m >= 0)
			return m;
	}
	return FALSE;
}

/* Does the sentence end within a few words after token i ("sources said.",
 * "the company said in a statement.")? */
static gboolean
attribution_end(const TlDTok *toks, guint n, guint i)
{
	guint k = i + 1;
	while (k < n && toks[k].sent == toks[i].sent && k <= i + 6)
		k++;
	return k >= n || toks[k].sent != toks[i].sent ||
	       (k < n && toks[k].kind == T_PUNCT && (k + 1 >= n || toks[k + 1].sent != toks[i].sent));
}

/* The tense by cue words alone. */
static TlDTense
tense_by_cues(const TlDTok *toks, guint n, guint t0, guint t1, gboolean *sure)
{
	*sure = FALSE;
	if (t0 >= n)
		return TENSE_NONE;
	if (governed_by_modal(toks, n, t0) || opening_modal(toks, n, t0, t1))
		return TENSE_FUTURE;
	guint16 sent = toks[t0].sent;
	double score[4] = {0}, after[4] = {0};
	guint lo = t0 > BACK ? t0 - BACK : 0;
	for (guint i = t0; i-- > lo;) {
		if (toks[i].sent != sent)
			break;
		TlDTense te = TENSE_NONE;
		int w = cue(toks, n, i, &te);
		if (w)
			score[te] += w / (1.0 + (t0 - i) / 4.0);
	}
	/* a verb of report after a comma that closes the expression's
	 * clause, near the end of the sentence, tells who said it, not the
	 * clause's tense ("Speculation is rising for a June election, sources
	 * said"); not when the clause has no cue of its own, nor a comma right
	 * after the expression ("On Friday, officials said"), nor a report
	 * that goes on to tell ("Donegal, which today reported earnings for
	 * the period from August 26, said it expects") */
	gboolean own = score[TENSE_PAST] + score[TENSE_PRESENT] + score[TENSE_FUTURE] > 0;
	gboolean closed = FALSE;
	for (guint i = t1; i < n && i < t1 + AHEAD; i++) {
		if (toks[i].sent != sent)
			break;
		if (i > t1 && toks[i].kind != T_WORD && toks[i].low[0] == ',')
			closed = TRUE;
		if (own && closed && tok_listed(&toks[i], "REPORT") && attribution_end(toks, n, i))
			continue;
		TlDTense te = TENSE_NONE;
		int w = cue(toks, n, i, &te);
		if (w) {
			score[te] += 0.8 * w / (1.0 + (i - t1) / 4.0);
			after[te] += 0.8 * w / (1.0 + (i - t1) / 4.0);
		}
	}
	TlDTense best = TENSE_NONE;
	double bs = 0.3;
	for (int k = TENSE_PAST; k <= TENSE_FUTURE; k++)
		if (score[k] > bs)
			bs = score[k], best = (TlDTense)k;
	/* news reports what happened: the future must win clearly */
	if (best == TENSE_FUTURE && score[TENSE_FUTURE] < score[TENSE_PAST] + FUTURE_MARGIN)
		best = TENSE_PAST;
	/* sure: strong cues of one tense only, near ("said Monday") */
	double others = score[TENSE_PAST] + score[TENSE_PRESENT] + score[TENSE_FUTURE] - score[best];
	*sure = best != TENSE_NONE && score[best] >= SURE && others <= score[best] * SURE_RATIO &&
	        score[best] - after[best] >= SURE_BEFORE;
	return best;
}

/* ---- by the tagger --------------------------------------------------------- */

struct TlDTenser {
	const TlDLex *lex;
	const TlTagger *tagger;  /* borrowed (process-wide); NULL: cues only */
	const char *text;
	int sent;                /* the sentence tagged last, -1 for none */
	guint w0, w1;            /* the tokens of it tagged: [w0, w1] */
	guint32 base;            /* the first byte tagged */
	GArray *tt;              /* its TlToken, offsets from base */
	GArray *pos;             /* their TlPos */
};

/* The tense of an intent in the past ("was scheduled to end"): ahead of a
 * time already past, so for a month's date (`month`: the expression names a
 * month and no weekday) the nearer either way ("was expected to end on
 * December 15" said on 1 January is the December 15 before), and ahead for
 * a weekday ("planned to leave on Thursday": the plan is of this week). */
static TlDTense
past_intent(gboolean month)
{
	return month ? TENSE_NONE : TENSE_FUTURE;
}

TlDTenser *
tl_dtenser_new(const TlDLex *lex, gboolean use_tagger)
{
	TlDTenser *tn = g_new0(TlDTenser, 1);
	tn->lex = lex;
	if (use_tagger) {
		g_autoptr(GError) err = NULL;
		tn->tagger = tl_tagger_default(&err); /* NULL: the cues do it all */
	}
	tn->tt = g_array_new(FALSE, FALSE, sizeof(TlToken));
	tn->pos = g_array_new(FALSE, FALSE, sizeof(TlPos));
	tn->sent = -1;
	return tn;
}

void
tl_dtenser_free(TlDTenser *tn)
{
	if (!tn)
		return;
	g_array_free(tn->tt, TRUE);
	g_array_free(tn->pos, TRUE);
	g_free(tn);
}

void
tl_dtenser_reset(TlDTenser *tn, const char *text)
{
	tn->text = text;
	tn->sent = -1;
}

/* Tag the part of the sentence around tokens [t0, t1) (up to TAG_BACK
 * tokens before, TAG_AHEAD after: the governing verb is near, and tagging
 * whole sentences would cost most of the stage's time) unless the part
 * tagged last covers it. */
#define TAG_BACK 12
#define TAG_AHEAD 3
/* ... and when those hold no finite verb but the sentence goes on before
 * them, up to TAG_FAR for a verb of intent ("is scheduled to remain at the
 * station during the week and return to Earth on Friday": the near part
 * begins at "remain") */
#define TAG_FAR 40

/* Is there a word that opens a clause of time (tense.txt SUBORD: "until",
 * "when", "once") within TAG_BACK tokens before token t0, in its sentence
 * and with no comma between?  See dates.h. */
gboolean
tl_dtense_clause_of_time(const TlDTok *toks, guint t0)
{
	for (guint i = t0; i-- > 0 && t0 - i <= TAG_BACK && toks[i].sent == toks[t0].sent;) {
		if (toks[i].kind != T_WORD && (toks[i].low[0] == ',' || toks[i].low[0] == ';'))
			return FALSE;
		if (tok_listed(&toks[i], "SUBORD"))
			return TRUE;
	}
	return FALSE;
}

/* Is there a word of intent before "to" (tense.txt INTENT: "scheduled
 * to") in the far part of token t0's sentence, before token w0?  Else
 * tagging that far is of no use. */
static gboolean
intent_to_before(const TlDTok *toks, guint n, guint t0, guint w0)
{
	for (guint i = w0; i-- > 0 && t0 - i <= TAG_FAR && toks[i].sent == toks[t0].sent;)
		if (i + 1 < n && strcmp(toks[i + 1].low, "to") == 0 && tok_listed(&toks[i], "INTENT"))
			return TRUE;
	return FALSE;
}
static void
tag_window(TlDTenser *tn, const TlDTok *toks, guint n, guint t0, guint t1, guint back)
{
	guint16 sent = toks[t0].sent;
	guint a = t0, b = t1 - 1;
	while (a > 0 && toks[a - 1].sent == sent && t0 - a < back)
		a--;
	while (b + 1 < n && toks[b + 1].sent == sent && b + 1 - t1 < TAG_AHEAD)
		b++;
	if (tn->sent >= 0 && (guint)tn->sent == sent && tn->w0 <= a && tn->w1 >= b)
		return;
	tn->sent = sent;
	tn->w0 = a, tn->w1 = b;
	tn->base = toks[a].start;
	g_array_set_size(tn->tt, 0);
	tl_tokenize(tn->text + tn->base, toks[b].end - tn->base, tn->tt);
	g_array_set_size(tn->pos, tn->tt->len);
	if (tn->tt->len)
		tl_tagger_tag(tn->tagger, tn->text + tn->base, (const TlToken *)(void *)tn->tt->data,
		              tn->tt->len, (TlPos *)(void *)tn->pos->data);
}

/* The lower-case text of tagged token i (cut at 23 bytes). */
static void
tt_low(const TlDTenser *tn, guint i, char *buf)
{
	const TlToken *t = &g_array_index(tn->tt, TlToken, i);
	size_t n = t->end - t->start;
	if (n > 23)
		n = 23;
	for (size_t k = 0; k < n; k++)
		buf[k] = g_ascii_tolower(tn->text[tn->base + t->start + k]);
	buf[n] = '\0';
}

/* The tense.txt entry of tagged token i whose argument is `what` ("INTENT",
 * "FUTURE"...), single words only. */
static gboolean
listed_as(const TlDTenser *tn, guint i, const char *what)
{
	char w[24];
	tt_low(tn, i, w);
	GPtrArray *a = tl_dlex_lookup(tn->lex, w, strlen(w));
	for (guint k = 0; a && k < a->len; k++) {
		const TlDSense *s = g_ptr_array_index(a, k);
		if (s->cat == L_TENSE && s->nwords == 1 && strcmp(s->sval, what) == 0)
			return TRUE;
	}
	return FALSE;
}

static gboolean
is_finite(int x)
{
	return x == TL_XPOS_MD || x == TL_XPOS_VBD || x == TL_XPOS_VBZ || x == TL_XPOS_VBP;
}

static gboolean
in_group(int x)
{
	return x == TL_XPOS_MD || x == TL_XPOS_VB || x == TL_XPOS_VBD || x == TL_XPOS_VBG ||
	       x == TL_XPOS_VBN || x == TL_XPOS_VBP || x == TL_XPOS_VBZ || x == TL_XPOS_TO ||
	       x == TL_XPOS_RB;
}

/* The tense of the verb group that begins with finite verb i; `later`: the
 * group comes after the expression (which then dates the main verb, not an
 * infinitive: "On Friday, the government planned to pay"); `month`: as
 * past_intent takes it. */
static TlDTense
group_tense(const TlDTenser *tn, guint i, gboolean later, gboolean month)
{
	const TlPos *p = (const TlPos *)(void *)tn->pos->data;
	guint n = tn->pos->len, e = i + 1;
	while (e < n && in_group(p[e].xpos))
		e++;
	/* "have to go", "has to pay", "needs to leave": an obligation, ahead
	 * ("had to" stays past) */
	if (p[i].xpos != TL_XPOS_VBD && i + 1 < n && p[i + 1].xpos == TL_XPOS_TO) {
		char w[24];
		tt_low(tn, i, w);
		if (strcmp(w, "have") == 0 || strcmp(w, "has") == 0 || strcmp(w, "need") == 0 ||
		    strcmp(w, "needs") == 0)
			return TENSE_FUTURE;
	}
	/* a verb of intent before an infinitive looks ahead: "planned to
	 * leave", "is expected to"; "was scheduled to" ahead of a time past
	 * (past_intent) */
	for (guint k = i; (!later || p[i].xpos == TL_XPOS_VBZ || p[i].xpos == TL_XPOS_VBP) && k + 1 < e; k++)
		if (p[k + 1].xpos == TL_XPOS_TO && listed_as(tn, k, "INTENT"))
			return p[i].xpos != TL_XPOS_VBD       ? TENSE_FUTURE
			       : listed_as(tn, i, "PERFECT") ? TENSE_PAST
			                                     : past_intent(month);
	if (p[i].xpos == TL_XPOS_MD) {
		/* "would have paid", "could have been": past */
		for (guint k = i + 1; k + 1 < e; k++)
			if (p[k].xpos == TL_XPOS_VB && p[k + 1].xpos == TL_XPOS_VBN && listed_as(tn, k, "PERFECT"))
				return TENSE_PAST;
		/* will, shall, would (the future in the past); "could", "may"
		 * say nothing of the time */
		return listed_as(tn, i, "FUTURE") ? TENSE_FUTURE : TENSE_NONE;
	}
	/* has said, have been: the present perfect tells of the past, but
	 * "has scheduled a conference Thursday", "has been scheduled for
	 * November" of what is planned (its last participle tells) */
	if (p[i].xpos != TL_XPOS_VBD && listed_as(tn, i, "PERFECT")) {
		guint last = 0;
		for (guint k = i + 1; k < e; k++)
			if (p[k].xpos == TL_XPOS_VBN)
				last = k;
		if (last)
			return listed_as(tn, last, "INTENT") ? TENSE_FUTURE : TENSE_PAST;
	}
	/* "protesters planned a demonstration on Saturday": what was planned
	 * lies ahead of the planning */
	if (!later && e == i + 1 && listed_as(tn, i, "SCHEDULE"))
		return TENSE_FUTURE;
	if (p[i].xpos == TL_XPOS_VBD)
		return TENSE_PAST;
	return TENSE_PRESENT;
}

#ifndef SUBJECT_REACH
#define SUBJECT_REACH 8
#endif

/* Is the finite verb at tagged token i a present ("ends", "reports") whose
 * clause a word of time opens right before its subject ("until the second
 * phase of the work ends in the autumn", "once the harvest arrives in
 * September", "when parliament returns in October")?  English tells of
 * what is ahead in such a clause with the present: the time lies ahead. */
static gboolean
subordinate_present(const TlDTenser *tn, guint i)
{
	const TlPos *p = (const TlPos *)(void *)tn->pos->data;
	if (p[i].xpos != TL_XPOS_VBZ && p[i].xpos != TL_XPOS_VBP)
		return FALSE;
	for (guint k = i; k-- > 0 && i - k <= SUBJECT_REACH;) {
		if (listed_as(tn, k, "SUBORD"))
			return k + 1 < i;
		int x = p[k].xpos;
		char w[24];
		/* (a pronoun or a determiner opens the subject or a phrase of
		 * "of" in it: not "after an audit it has", "after a review the
		 * company reports") */
		if ((x == TL_XPOS_PRP || x == TL_XPOS_PRPS || p[k].upos == TL_UPOS_DET) && k > 0 &&
		    !listed_as(tn, k - 1, "SUBORD")) {
			tt_low(tn, k - 1, w);
			if (strcmp(w, "of") != 0)
				return FALSE;
		}
		if (x == TL_XPOS_IN) {
			tt_low(tn, k, w);
			if (strcmp(w, "of") != 0)
				return FALSE;
		} else if (p[k].upos != TL_UPOS_DET && p[k].upos != TL_UPOS_ADJ &&
		           p[k].upos != TL_UPOS_NOUN && p[k].upos != TL_UPOS_PROPN &&
		           p[k].upos != TL_UPOS_NUM && p[k].upos != TL_UPOS_PRON &&
		           x != TL_XPOS_POS && x != TL_XPOS_HYPH)
			return FALSE;
	}
	return FALSE;
}

/* "measures announced in November", "a report issued by the panel in
 * December", "the deal, first announced in October": the nearest verb
 * before tagged token e0 is a past participle with no auxiliary before it
 * (a reduced relative clause), which tells what was done, whatever the
 * main clause's tense; not a participle of intent or schedule ("a vote
 * scheduled for June", "talks set for Monday"). */
static gboolean
reduced_relative(const TlDTenser *tn, const TlPos *p, guint e0)
{
	for (guint i = e0; i-- > 0;) {
		int x = p[i].xpos;
		if (x == TL_XPOS_COLON)
			return FALSE;
		if (!in_group(x) || x == TL_XPOS_RB)
			continue;
		if (x != TL_XPOS_VBN || listed_as(tn, i, "INTENT") || listed_as(tn, i, "SCHEDULE") ||
		    listed_as(tn, i, "DEADLINE"))
			return FALSE;
		/* before a noun, a participle is an adjective: "an increased
		 * dividend at its June meeting", "a televised news conference
		 * on Thursday" */
		int y = i + 1 < e0 ? p[i + 1].xpos : TL_XPOS_IN;
		if (y == TL_XPOS_NN || y == TL_XPOS_NNS || y == TL_XPOS_NNP || y == TL_XPOS_NNPS ||
		    y == TL_XPOS_JJ || y == TL_XPOS_VBG || y == TL_XPOS_CD)
			return FALSE;
		guint k = i;
		while (k > 0 && p[k - 1].xpos == TL_XPOS_RB)
			k--;
		return k > 0 && !in_group(p[k - 1].xpos);
	}
	return FALSE;
}

/* Is there a word of the future or of intent (tense.txt) near [t0, t1)?  See
 * dates.h.  Farther ones would have another verb between. */
#ifndef AHEAD_BACK
#define AHEAD_BACK 8
#endif
#ifndef INTENT_BACK
#define INTENT_BACK 16
#endif
#ifndef AHEAD_AHEAD
#define AHEAD_AHEAD 3
#endif
gboolean
tl_dtense_looks_ahead(const TlDTok *toks, guint n, guint t0, guint t1)
{
	guint16 sent = toks[t0].sent;
	guint a = t0 > INTENT_BACK ? t0 - INTENT_BACK : 0, b = MIN(n, t1 + AHEAD_AHEAD);
	for (guint i = a; i < b; i++) {
		if (toks[i].sent != sent || !(toks[i].cats & ((guint64)1 << L_TENSE)))
			continue;
		for (guint k = 0; k < toks[i].senses->len; k++) {
			const TlDSense *s = g_ptr_array_index(toks[i].senses, k);
			/* a verb of schedule before its object ("predict
			 * landfall Saturday"); intent only before an
			 * infinitive: "expected to", not "expected
			 * earnings", and it reaches across the
			 * infinitive's object ("is due to begin production of
			 * the cars at the Michigan plant in September") */
			if (s->cat == L_TENSE &&
			    (((s->sval[0] == 'F' || strcmp(s->sval, "SCHEDULE") == 0) &&
			      i + AHEAD_BACK >= t0) ||
			     (s->sval[0] == 'I' && i + 1 < n && strcmp(toks[i + 1].low, "to") == 0)))
				return TRUE;
		}
	}
	return FALSE;
}

/* The tense of the nearest cue word before token t0 in its sentence when
 * it is a strong one (weight 2 or more), else TENSE_NONE; a word of intent,
 * an unlisted -ed word or a relative pronoun on the way stops the search. */
static TlDTense
nearest_cue(const TlDTok *toks, guint n, guint t0)
{
	guint16 sent = toks[t0].sent;
	for (guint i = t0; i-- > 0 && t0 - i <= TAG_BACK && toks[i].sent == sent;) {
		/* (a relative clause opens between: "will be returned to banks
		 * which in December were asked") */
		if (strcmp(toks[i].low, "which") == 0 || strcmp(toks[i].low, "who") == 0)
			return TENSE_NONE;
		TlDTense te = TENSE_NONE;
		int w = cue(toks, n, i, &te);
		if (toks[i].cats & ((guint64)1 << L_TENSE)) {
			for (guint k = 0; k < toks[i].senses->len; k++) {
				const TlDSense *s = g_ptr_array_index(toks[i].senses, k);
				if (s->cat == L_TENSE && s->sval[0] == 'I')
					return TENSE_NONE;
			}
		}
		if (w)
			return w >= 2 ? te : TENSE_NONE;
	}
	return TENSE_NONE;
}

/* A strong cue of the future (weight 3 or more: will, 'll, is expected to)
 * near [t0, t1) in its sentence?  See dates.h. */
gboolean
tl_dtense_strong_future(const TlDTok *toks, guint n, guint t0, guint t1)
{
	guint16 sent = toks[t0].sent;
	guint a = t0 > AHEAD_BACK ? t0 - AHEAD_BACK : 0, b = MIN(n, t1 + 6);
	for (guint i = a; i < b; i++) {
		if (toks[i].sent != sent)
			continue;
		TlDTense te = TENSE_NONE;
		if (cue(toks, n, i, &te) >= 3 && te == TENSE_FUTURE)
			return TRUE;
	}
	return FALSE;
}

/* "postponed until Tuesday", "gave them until 9 a.m. Tuesday": a time limit
 * set by the act (tense.txt DEADLINE) lies ahead of it, and news tells of
 * acts of the last days: the future. */
static gboolean
deadline_ahead(const TlDTok *toks, guint t0)
{
	if (t0 == 0)
		return FALSE;
	gboolean until = strcmp(toks[t0 - 1].low, "until") == 0 || strcmp(toks[t0 - 1].low, "till") == 0;
	gboolean to = strcmp(toks[t0 - 1].low, "to") == 0;
	if (!until && !to)
		return FALSE;
	guint16 sent = toks[t0].sent;
	for (guint i = t0 - 1; i-- > 0 && t0 - i <= (until ? BACK : 5) && toks[i].sent == sent;) {
		if (tok_listed(&toks[i], "DEADLINE"))
			return TRUE;
		if (to && toks[i].kind == T_PUNCT)
			return FALSE;
	}
	return FALSE;
}

/* "according to Gazeta Wyborcza in March", "according to a Reuters tally
 * on Friday": the date of a source is when it spoke or was published,
 * whatever the clause's verb ("the operation, according to the paper in
 * March, is too big"); not a limit ("according to plans for March") nor
 * past a comma or a verb. */
#define SOURCE_BACK 7
static gboolean
source_date(const TlDTok *toks, guint n, guint t0)
{
	if (t0 < 3 || (strcmp(toks[t0 - 1].low, "in") != 0 && strcmp(toks[t0 - 1].low, "on") != 0))
		return FALSE;
	guint16 sent = toks[t0].sent;
	for (guint i = t0 - 1; i-- > 1 && t0 - i <= SOURCE_BACK && toks[i].sent == sent;) {
		if (toks[i].kind == T_PUNCT)
			return FALSE;
		if (strcmp(toks[i].low, "to") == 0 && strcmp(toks[i - 1].low, "according") == 0)
			return i + 1 < t0 - 1;
		TlDTense te = TENSE_NONE;
		if (cue(toks, n, i, &te))
			return FALSE;
	}
	return FALSE;
}

/* "for May shipment", "coffee futures for May delivery", "the July
 * delivery", "for May to September shipment": a month that names a
 * shipment or a contract (tense.txt FORWARD after it, past other months
 * and days of a range) is the coming one or one just past, read in the
 * present whatever the clause's verb ("bought soybeans late last month for
 * May shipment").  Not with a year of its own. */
#define FORWARD_SPAN 6
static gboolean
forward_month(const TlDTok *toks, guint n, guint t0, guint t1)
{
	const guint64 month = (guint64)1 << L_MONTH;
	gboolean have = FALSE;
	for (guint i = t0; i < t1; i++) {
		if (toks[i].kind == T_NUM && toks[i].ndigits >= 3)
			return FALSE;
		have |= (toks[i].cats & month) != 0;
	}
	if (!have)
		return FALSE;
	static const char *const joins[] = {"/", "-", "to", "through", "and", "or", NULL};
	guint k = t1;
	while (k < n && k < t1 + FORWARD_SPAN && toks[k].sent == toks[t0].sent &&
	       ((toks[k].cats & month) || tok_in(&toks[k], joins) ||
	        (toks[k].kind == T_NUM && toks[k].ndigits <= 2)))
		k++;
	return k < n && toks[k].sent == toks[t0].sent && tok_listed(&toks[k], "FORWARD");
}

/* "payable May 29", "payable on June 1": what a word of tense.txt AHEAD
 * right before the expression (or before its "on" or "in") says is to be
 * paid or done lies ahead, whatever the clause's verb ("declared a
 * dividend payable May 29"). */
static gboolean
ahead_word(const TlDTok *toks, guint t0)
{
	guint k = t0;
	if (k > 0 && (strcmp(toks[k - 1].low, "on") == 0 || strcmp(toks[k - 1].low, "in") == 0))
		k--;
	/* "due at 3 p.m. on Friday", "payable at noon June 1": the clock of
	 * the day comes between */
	const guint64 clock = ((guint64)1 << L_CLOCK) | ((guint64)1 << L_AMPM) |
	                      ((guint64)1 << L_TZ) | ((guint64)1 << L_OCLOCK);
	guint j = k;
	while (j > 0 && k - j < 5 && toks[j - 1].sent == toks[t0].sent &&
	       (toks[j - 1].kind == T_NUM || (toks[j - 1].cats & clock) || strcmp(toks[j - 1].low, ":") == 0))
		j--;
	if (j < k && j > 0 && strcmp(toks[j - 1].low, "at") == 0 && toks[j - 1].sent == toks[t0].sent)
		k = j - 1;
	/* not after a past form: "the payment was due on Monday" */
	return k > 0 && toks[k - 1].sent == toks[t0].sent && tok_listed(&toks[k - 1], "AHEAD") &&
	       !(k > 1 && toks[k - 2].sent == toks[t0].sent && tok_listed(&toks[k - 2], "PAST"));
}

/* "expects it to be ready by May", "could take place by July or August",
 * "must be concluded by October", "need it by Friday": a month or a
 * weekday after "by" is a limit, which news tells ahead whatever the verb
 * of report ("said", "expected"): read in the present (this year's, unless
 * just past; the weekday on or after the reference).  Not where the clause
 * tells what was done by then: a past before "by" in its clause ("was
 * exported by March 1", "sold 50,000 policies by March", "had about 50,000
 * investors by end-March") with nothing that looks ahead (a modal or a
 * future but a modal's perfect, an infinitive's "to"), a "By March," that
 * opens the clause ("and by March, measures were taken"), nor "by
 * December's rush" (an agent). */
#define BY_BACK 10

/* Is token k the "to" of an infinitive that looks ahead (1), one after a
 * past form that tells of the past (-1), or neither (0)?  Not "to" before
 * a number or a determiner ("taking its stake to 13.7 pct by Friday", "come
 * to an agreement": a preposition), and before a weekday not right after a
 * past form that is no verb of intent
 * ("failed to come to an agreement by Thursday" tells what did not happen
 * by then; "asked them to tell him by Monday", "planned to" look ahead). */
static int
infinitive_to(const TlDTok *toks, guint n, guint k, gboolean weekday)
{
	static const char *const dets[] = {"a", "an", "the", "its", "his", "her", "their", "our",
	                                   "my", "your", "this", "that", "these", "those", NULL};
	if (strcmp(toks[k].low, "to") != 0 || k + 1 >= n || toks[k + 1].kind != T_WORD ||
	    tok_in(&toks[k + 1], dets))
		return 0;
	if (!weekday || k == 0 || tok_listed(&toks[k - 1], "INTENT"))
		return 1;
	TlDTense te = TENSE_NONE;
	return cue(toks, n, k - 1, &te) && te == TENSE_PAST ? -1 : 1;
}

static gboolean
by_month(const TlDTok *toks, guint n, guint t0, guint t1)
{
	static const char *const done[] = {"was", "were", "had", "been", NULL};
	static const char *const modal[] = {"could", "might", "can", "should", "must", NULL};
	if (t0 < 2 || strcmp(toks[t0 - 1].low, "by") != 0)
		return FALSE;
	guint b = t0 - 1;
	if (toks[b - 1].sent != toks[b].sent || toks[b - 1].kind == T_PUNCT ||
	    strcmp(toks[b - 1].low, "and") == 0 || strcmp(toks[b - 1].low, "but") == 0)
		return FALSE;
	if (t1 < n && strcmp(toks[t1].low, "'s") == 0)
		return FALSE;
	/* (and a weekday: "I need it by Friday", "if service is restored by
	 * Friday"; "agreed by OPEC Saturday" has no "by" right before) */
	gboolean month = FALSE, weekday = FALSE;
	for (guint i = t0; i < t1; i++) {
		if (toks[i].cats & ((guint64)1 << L_MONTH))
			month = TRUE;
		if (toks[i].cats & ((guint64)1 << L_WEEKDAY))
			weekday = TRUE;
	}
	if (!month && !weekday)
		return FALSE;
	gboolean past = FALSE;
	for (guint k = b; k-- > 0 && b - k <= BY_BACK && toks[k].sent == toks[b].sent;) {
		if (toks[k].kind == T_PUNCT)
			break;
		TlDTense te = TENSE_NONE;
		int w = cue(toks, n, k, &te);
		/* (a modal's perfect tells of the past: "should have been
		 * covered by March rains") */
		gboolean perfect = k + 1 < b && strcmp(toks[k + 1].low, "have") == 0;
		int inf = infinitive_to(toks, n, k, weekday);
		if (inf < 0)
			past = TRUE;
		if (inf > 0 ||
		    ((tok_listed(&toks[k], "MODAL") || tok_in(&toks[k], modal) || (w && te == TENSE_FUTURE)) &&
		     !perfect))
			return TRUE;
		/* an auxiliary of the past, or a past form listed as one (a
		 * form in -ed alone is as often a participle: "targeted for
		 * completion by June", "cane harvested by November 30") */
		if (tok_in(&toks[k], done) ||
		    (w >= 2 && te == TENSE_PAST && !tok_listed(&toks[k], "REPORT")))
			past = TRUE;
	}
	return !past;
}

/* "said traffic could be restored by Saturday", "might be back by
 * Monday": a weekday after "by" in a clause with a modal (could, might,
 * may, should, must, can) tells a limit ahead, whatever the verb of report;
 * not in the perfect ("could have been cleared by Saturday"), and not a
 * weekday after any other word ("could not attend on Saturday": past
 * ability). */
static gboolean
by_weekday_modal(const TlDTok *toks, guint t0, guint t1)
{
	static const char *const modal[] = {"could", "might", "may", "should", "must", "can"};
	if (t0 < 3 || strcmp(toks[t0 - 1].low, "by") != 0 ||
	    !(toks[t0].cats & ((guint64)1 << L_WEEKDAY)) || t1 - t0 > 2)
		return FALSE;
	for (guint k = t0 - 1; k-- > 0 && t0 - 1 - k <= 5 && toks[k].sent == toks[t0].sent;) {
		if (toks[k].kind == T_PUNCT || strcmp(toks[k].low, "have") == 0 ||
		    strcmp(toks[k].low, "'ve") == 0)
			return FALSE;
		for (size_t w = 0; w < G_N_ELEMENTS(modal); w++)
			if (strcmp(toks[k].low, modal[w]) == 0)
				return TRUE;
	}
	return FALSE;
}

/* The clause tense; see dates.h. */
TlDTense
tl_dtense_at(TlDTenser *tn, const TlDTok *toks, guint n, guint t0, guint t1)
{
	if (t0 >= n || t1 <= t0)
		return TENSE_NONE;
	if (deadline_ahead(toks, t0) || ahead_word(toks, t0))
		return TENSE_FUTURE;
	if (source_date(toks, n, t0))
		return TENSE_PAST;
	if (forward_month(toks, n, t0, t1))
		return TENSE_PRESENT;
	if (by_month(toks, n, t0, t1))
		return TENSE_PRESENT;
	if (by_weekday_modal(toks, t0, t1))
		return TENSE_FUTURE;
	gboolean sure;
	TlDTense by_cues = tense_by_cues(toks, n, t0, t1, &sure);
	if (!tn || !tn->tagger || !tn->text || sure)
		return by_cues;
	/* the verbs can only confirm a past reading when no word around looks
	 * ahead (will, would, plans...): spare the tagger */
	/* (but for a present in a clause of time: "until the work ends in
	 * June" said in March; only that is read then) */
	gboolean sub_only = FALSE;
	if ((by_cues == TENSE_PAST || by_cues == TENSE_NONE) && !tl_dtense_looks_ahead(toks, n, t0, t1)) {
		if (!tl_dtense_clause_of_time(toks, t0))
			return by_cues;
		sub_only = TRUE;
	}
	/* nor when the nearest cue before is a strong one of the same tense
	 * ("said", "was", "will"): the tagger would take it as the verb */
	if (!sub_only && by_cues != TENSE_NONE && nearest_cue(toks, n, t0) == by_cues)
		return by_cues;
	guint back = TAG_BACK;
	gboolean far = FALSE, far_done = FALSE;
	gboolean month = FALSE;
	for (guint k = t0; k < t1; k++) {
		if (toks[k].cats & ((guint64)1 << L_WEEKDAY)) {
			month = FALSE;
			break;
		}
		month |= (toks[k].cats & ((guint64)1 << L_MONTH)) != 0;
	}
again:
	tag_window(tn, toks, n, t0, t1, back);
	guint32 b0 = toks[t0].start - tn->base, b1 = toks[t1 - 1].end - tn->base;
	const TlToken *tt = (const TlToken *)(void *)tn->tt->data;
	const TlPos *p = (const TlPos *)(void *)tn->pos->data;
	guint m = tn->tt->len, e0 = 0;
	while (e0 < m && tt[e0].start < b0)
		e0++;
	guint e1 = e0;
	while (e1 < m && tt[e1].start < b1)
		e1++;
	/* the nearest finite verb before (the start of its group; an
	 * infinitive after a verb of intent on the way: "set to resume"), and
	 * the first after; the one after wins when it is right there ("a court
	 * Thursday refused") */
	guint before = G_MAXUINT, after = G_MAXUINT;
	gboolean intent = FALSE, colon = FALSE;
	for (guint i = e0; i-- > 0;) {
		if (p[i].xpos == TL_XPOS_COLON) {
			colon = TRUE;
			break;
		}
		if (p[i].xpos == TL_XPOS_TO && i > 0 && listed_as(tn, i - 1, "INTENT"))
			intent = TRUE;
		if (!is_finite(p[i].xpos))
			continue;
		while (i > 0 && is_finite(p[i - 1].xpos))
			i--;
		before = i;
		break;
	}
	if (sub_only)
		return before != G_MAXUINT && subordinate_present(tn, before) &&
		               group_tense(tn, before, FALSE, FALSE) == TENSE_PRESENT
		           ? TENSE_FUTURE
		           : by_cues;
	/* no finite verb in the near part, the sentence going on before it:
	 * the far part is read for a verb of intent before an infinitive
	 * only (any other verb that far is as often another clause's); none,
	 * and the near part decides */
	/* (and none past a past form or a participle after a noun between,
	 * which opens a clause of its own: "is expected to rise 2.2 pct,
	 * compared to the decline projected in late November"; "to be made
	 * after the June 2 meeting" is the infinitive's own) */
	for (guint i = e0; far && intent && i-- > 1 && p[i].xpos != TL_XPOS_TO;)
		if (p[i].xpos == TL_XPOS_VBD || (p[i].xpos == TL_XPOS_VBN && !in_group(p[i - 1].xpos)))
			intent = FALSE;
	if (far && !intent) {
		far = FALSE, far_done = TRUE, back = TAG_BACK;
		tn->sent = -1;
		goto again;
	}
	if (!far && !far_done && before == G_MAXUINT && !intent && !colon && tn->w0 > 0 &&
	    toks[tn->w0 - 1].sent == toks[t0].sent && intent_to_before(toks, n, t0, tn->w0)) {
		far = TRUE, back = TAG_FAR;
		goto again;
	}
	for (guint i = e1; i < m && i < e1 + 2; i++) {
		if (p[i].xpos == TL_XPOS_COLON)
			break;
		if (is_finite(p[i].xpos)) {
			after = i;
			break;
		}
	}
	if (reduced_relative(tn, p, e0))
		return TENSE_PAST;
	TlDTense t = TENSE_NONE;
	/* "set to resume Monday" looks ahead, "had been scheduled to expire
	 * Friday" no more, "was expected to end on December 15" ahead of a time
	 * past (past_intent) */
	if (intent)
		return before == G_MAXUINT || p[before].xpos != TL_XPOS_VBD ? TENSE_FUTURE
		       : listed_as(tn, before, "PERFECT")                  ? TENSE_PAST
		                                                           : past_intent(month);
	/* ... but not after a preposition: "fell on Monday will rise" */
	gboolean prep = e0 > 0 && p[e0 - 1].xpos == TL_XPOS_IN;
	/* (unless a relative pronoun between opens the clause of the time
	 * and the verb after: "will be returned to creditor banks which in
	 * December were asked") */
	gboolean rel = FALSE;
	for (guint i = before == G_MAXUINT ? e0 : before + 1; i < e0; i++)
		rel |= p[i].xpos == TL_XPOS_WDT || p[i].xpos == TL_XPOS_WP;
	guint g = G_MAXUINT;
	if (after != G_MAXUINT &&
	    (before == G_MAXUINT || ((!prep || rel) && after - e1 + 1 < e0 - before)))
		t = group_tense(tn, g = after, TRUE, month);
	else if (before != G_MAXUINT)
		t = group_tense(tn, g = before, FALSE, month);
	else
		for (guint i = e1; i < m && t == TENSE_NONE; i++) {
			if (p[i].xpos == TL_XPOS_COLON)
				break;
			if (is_finite(p[i].xpos))
				t = group_tense(tn, g = i, TRUE, month);
		}
	/* a present form of tense.txt tagged as a past ("The talks resume
	 * Monday": resume/VBD) is the tagger's slip: the cue words decide */
	if (t == TENSE_PAST && g != G_MAXUINT && p[g].xpos == TL_XPOS_VBD && listed_as(tn, g, "PRESENT"))
		return by_cues;
	/* ... but in a clause of time it tells of what is ahead */
	if (t == TENSE_PRESENT && g == before && subordinate_present(tn, before))
		return TENSE_FUTURE;
	/* the present says little about a date (and the tagger takes plural
	 * nouns for verbs): the cue words decide */
	if (t == TENSE_NONE || t == TENSE_PRESENT)
		return by_cues;
	return t;
}
