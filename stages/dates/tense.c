/*
 * The tense of the clause around an expression, from cue words (will, is
 * expected to, said, was, -ed verbs...) listed in data/<lang>/tense.txt.
 * Cues of the same sentence vote, weighted by their weight and by how near
 * they are.  This is the one module a POS tagger replaces: give it the
 * same interface (tokens and a span in, a tense out).
 */
#include <string.h>
#include "dates.h"

#define BACK 14
#define AHEAD 10
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
	if (strcmp(s, "PAST") == 0)
		return TENSE_PAST;
	if (strcmp(s, "FUTURE") == 0)
		return TENSE_FUTURE;
	if (strcmp(s, "PRESENT") == 0)
		return TENSE_PRESENT;
	return TENSE_NONE;
}

/* The vote of token i: its tense and weight (0 when it is no cue). */
static int
cue(const TlDTok *t, guint n, guint i, TlDTense *tense)
{
	const TlDTok *k = &t[i];
	if (k->kind != T_WORD)
		return 0;
	int best = 0;
	gboolean listed = FALSE;
	if (k->senses)
		for (guint s = 0; s < k->senses->len; s++) {
			const TlDSense *se = g_ptr_array_index(k->senses, s);
			if (se->cat != L_TENSE || !phrase_matches(se, t, n, i))
				continue;
			listed = TRUE;
			if (se->ival * 4 + se->nwords > best) {
				best = se->ival * 4 + se->nwords;
				*tense = tense_code(se->sval);
			}
		}
	if (listed)
		return best / 4 ? best / 4 : 0;
	size_t l = strlen(k->low);
	if (l >= 3 && strcmp(k->low + l - 3, "'ll") == 0) {
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

/* The clause tense; see dates.h. */
TlDTense
tl_dtense_at(const TlDTok *toks, guint n, guint t0, guint t1)
{
	if (t0 >= n)
		return TENSE_NONE;
	guint16 sent = toks[t0].sent;
	double score[4] = {0};
	guint lo = t0 > BACK ? t0 - BACK : 0;
	for (guint i = t0; i-- > lo;) {
		if (toks[i].sent != sent)
			break;
		TlDTense te = TENSE_NONE;
		int w = cue(toks, n, i, &te);
		if (w)
			score[te] += w / (1.0 + (t0 - i) / 4.0);
	}
	for (guint i = t1; i < n && i < t1 + AHEAD; i++) {
		if (toks[i].sent != sent)
			break;
		TlDTense te = TENSE_NONE;
		int w = cue(toks, n, i, &te);
		if (w)
			score[te] += 0.8 * w / (1.0 + (i - t1) / 4.0);
	}
	TlDTense best = TENSE_NONE;
	double bs = 0.3;
	for (int k = TENSE_PAST; k <= TENSE_FUTURE; k++)
		if (score[k] > bs)
			bs = score[k], best = (TlDTense)k;
	/* news reports what happened: the future must win clearly */
	if (best == TENSE_FUTURE && score[TENSE_FUTURE] < score[TENSE_PAST] + FUTURE_MARGIN)
		best = TENSE_PAST;
	return best;
}
