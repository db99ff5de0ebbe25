/*
 * The classifier's features: hashed strings for a token and its window
 * (word, lemma, tags, suffixes, shape), the verb group before it (auxiliaries,
 * "to", modals), the noun phrase it heads (determiners), the lexicon classes
 * of the token and of the nearest verb before it, and the class given to the
 * previous token.  Each feature is a 64-bit hash of a template number and one
 * or two values: a word's form and lemma are hashed once per document
 * (TlEvDoc.hash), so a feature is two multiplications, with no string
 * walked and nothing allocated.
 */
#include <string.h>
#include "events.h"

/* a multiply-xorshift mix of two 64-bit values (murmur3's finalizer) */
static inline guint64
mix(guint64 a, guint64 b)
{
	guint64 h = (a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2))) * 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	return h ^ (h >> 33);
}

static inline guint64
start(guint tmpl)
{
	return mix(0x6a09e667f3bcc908ULL, tmpl);
}

/* stand-ins for the words beyond the sentence's ends */
#define H_BOS 0x3c733eULL  /* "<s>" */
#define H_EOS 0x3c2f733eULL /* "</s>" */

typedef struct {
	guint64 *out;
	size_t n, max;
	gboolean drop; /* leave out the features naming the word itself */
} Feats;

static inline void
add(Feats *f, guint64 h)
{
	if (f->n < f->max)
		f->out[f->n++] = h ? h : 1;
}

static inline void
add1(Feats *f, guint tmpl, guint64 a)
{
	add(f, mix(start(tmpl), a));
}

static inline void
add2(Feats *f, guint tmpl, guint64 a, guint64 b)
{
	add(f, mix(mix(start(tmpl), a), b));
}

/* A feature that names the word (its form or lemma): dropped in training
 * now and then, so that the rest (lexicons, tags, complements) learn to
 * class the words that training never saw. */
static inline void
lex1(Feats *f, guint tmpl, guint64 a)
{
	if (!f->drop)
		add1(f, tmpl, a);
}

static inline void
lex2(Feats *f, guint tmpl, guint64 a, guint64 b)
{
	if (!f->drop)
		add2(f, tmpl, a, b);
}

static void senses(const TlEvDoc *d, size_t i, Feats *f);

gboolean
tl_ev_candidate(const TlEvDoc *d, size_t i)
{
	const TlEvTok *t = tl_evdoc_tok(d, i);
	if (t->kind != TL_TOK_WORD)
		return FALSE;
	/* a clitic ('re, 's, 've, 'll, 'd, n't) is never the event: "we're
	 * working" is "working" */
	if (t->mark & TL_EVM_CLITIC)
		return FALSE;
	switch (t->upos) {
	case TL_UPOS_VERB:
	case TL_UPOS_NOUN:
	case TL_UPOS_ADJ:
	case TL_UPOS_AUX:
		return TRUE;
	default:
		return FALSE;
	}
}

static gboolean
is_aux_like(const TlEvTok *t)
{
	return t->upos == TL_UPOS_AUX || t->xpos == TL_XPOS_MD || t->xpos == TL_XPOS_TO;
}

guint64
tl_ev_word_key(const TlEvDoc *d, size_t i)
{
	const TlEvTok *t = tl_evdoc_tok(d, i);
	guint64 h = mix(mix(start(100), tl_evdoc_hlower(d, i)), tl_evdoc_hlemma(d, i));
	h = mix(h, (guint64)t->xpos | (guint64)t->upos << 8 | (guint64)t->lex << 16);
	return h ? h : 1;
}

/* FNV-1a of the last k bytes of s[0..n) */
static guint64
suffix_hash(const char *s, size_t n, size_t k)
{
	guint64 h = 0xcbf29ce484222325ULL;
	for (size_t i = n - k; i < n; i++) {
		h ^= (guint8)s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

static size_t
word_features(const TlEvDoc *d, size_t i, guint64 *out, gboolean drop)
{
	Feats f = {out, 0, TL_EV_MAX_FEATS, drop};
	const TlEvTok *t = tl_evdoc_tok(d, i);
	const char *lower = tl_evdoc_lower(d, i);
	guint64 hlemma = tl_evdoc_hlemma(d, i);
	add1(&f, 1, 0);
	lex1(&f, 2, tl_evdoc_hlower(d, i));
	lex1(&f, 3, hlemma);
	add1(&f, 4, t->xpos);
	lex2(&f, 5, hlemma, t->xpos);
	size_t ll = strlen(lower);
	for (size_t k = 2; k <= 4; k++)
		if (ll > k + 1)
			add1(&f, 6 + (guint)k, suffix_hash(lower, ll, k));
	for (guint b = 0; b < TL_EVLEX_COUNT_BITS; b++)
		if (t->lex & (1u << b)) {
			add2(&f, 12, b, 0);
			add2(&f, 13, b, t->upos);
		}
	senses(d, i, &f);
	return f.n;
}

enum { K_NONE, K_TO_VB, K_NP_TO_VB, K_THAT, K_ING, K_FINITE, K_QUOTE, K_NP, K_PREP, K_VB };

static gboolean
np_word(const TlEvTok *u)
{
	return u->upos == TL_UPOS_DET || u->upos == TL_UPOS_ADJ || u->upos == TL_UPOS_NOUN ||
	       u->upos == TL_UPOS_PROPN || u->upos == TL_UPOS_PRON || u->upos == TL_UPOS_NUM ||
	       u->xpos == TL_XPOS_POS || u->xpos == TL_XPOS_PRPS;
}

/*
 * What the predicate at i governs, as a tagger sees it: "to" + verb ("tried
 * to leave"), a noun phrase then "to" + verb ("urged China to cease"),
 * "that"/"whether"/"if", an -ing form ("stopped buying"), a finite clause
 * ("said the board would"), a quote, a noun phrase, a preposition; paired
 * with the part of speech and the lexicon classes (the priors of
 * data/lexicons: I_ACTION and I_STATE take clauses, ASPECTUAL events,
 * REPORTING quotes and clauses).  And whether a quote closes just before it
 * ("...,” Blinken said").
 */
static void
complement(const TlEvDoc *d, const TlEvSent *s, size_t i, Feats *f)
{
	const TlEvTok *t = tl_evdoc_tok(d, i);
	size_t j = i + 1;
	while (j < s->last && (tl_evdoc_tok(d, j)->upos == TL_UPOS_ADV ||
	                       (tl_evdoc_tok(d, j)->upos == TL_UPOS_PART &&
	                        tl_evdoc_tok(d, j)->xpos != TL_XPOS_TO)))
		j++;
	guint kind = K_NONE;
	guint64 word = 0;
	if (j < s->last) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->xpos == TL_XPOS_TO && j + 1 < s->last && tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_VERB)
			kind = K_TO_VB;
		else if (u->mark & TL_EVM_COMP && u->xpos != TL_XPOS_TO)
			kind = K_THAT;
		else if (u->mark & TL_EVM_QUOTE || u->xpos == TL_XPOS_COLON)
			kind = K_QUOTE;
		else if (u->xpos == TL_XPOS_VBG)
			kind = K_ING;
		else if (u->upos == TL_UPOS_VERB || u->upos == TL_UPOS_AUX)
			kind = K_VB;
		else if (u->upos == TL_UPOS_ADP) {
			kind = K_PREP;
			word = tl_evdoc_hlower(d, j);
		} else if (np_word(u)) {
			size_t k = j;
			while (k < s->last && k < j + 6 && np_word(tl_evdoc_tok(d, k)))
				k++;
			kind = K_NP;
			if (k + 1 < s->last && tl_evdoc_tok(d, k)->xpos == TL_XPOS_TO &&
			    tl_evdoc_tok(d, k + 1)->upos == TL_UPOS_VERB)
				kind = K_NP_TO_VB;
			else if (k < s->last && tl_ev_finite_xpos(tl_evdoc_tok(d, k)->xpos))
				kind = K_FINITE;
		}
	}
	add2(f, 40, kind, t->upos);
	add2(f, 41, kind, t->lex & 0x7f);
	if (word)
		add2(f, 42, word, t->upos);
	/* "...,” Blinken said" / "..., said Blinken": a quote closed before */
	gboolean quoted = FALSE;
	for (size_t k = i; k > s->first && k + 5 > i && !quoted; k--)
		quoted = (tl_evdoc_tok(d, k - 1)->mark & TL_EVM_QUOTE) && k - 1 > s->first;
	if (quoted)
		add2(f, 43, 1, t->upos);
}

static size_t context_features(const TlEvDoc *d, size_t i, int prev_class, guint64 *out,
                               size_t max, gboolean drop);

/*
 * The WordNet supersenses of the word for its part of speech ("trip" is
 * noun.act, "say" verb.communication, "believe" verb.cognition): they class
 * the words training never saw, as lexicon priors.
 */
static void
senses(const TlEvDoc *d, size_t i, Feats *f)
{
	const TlEvTok *t = tl_evdoc_tok(d, i);
	int shift;
	switch (t->upos) {
	case TL_UPOS_NOUN: shift = TL_EVSENSE_NOUN; break;
	case TL_UPOS_VERB: shift = TL_EVSENSE_VERB; break;
	case TL_UPOS_ADJ: shift = TL_EVSENSE_ADJ; break;
	default: return;
	}
	const TlEvLexicon *lex = tl_evlex_default(NULL);
	guint64 all = 0;
	if (lex)
		all = tl_evlex_senses_hashed(lex, tl_evdoc_lemma(d, i), t->lemma_len,
		                             tl_evdoc_hlemma(d, i));
	guint64 ss = all >> shift & 0x3ffff;
	guint first = (guint)(ss & 63);
	add2(f, 50, first, t->upos);
	for (int k = 0; k < 3; k++) {
		guint lf = (guint)(ss >> (6 * k) & 63);
		if (lf)
			add2(f, 51, lf, t->upos);
	}
	add2(f, 52, (guint)(ss & 0xfff), t->upos);
	/* a noun that is a verb too ("attack", "visit") */
	if (t->upos == TL_UPOS_NOUN)
		add2(f, 53, (all >> TL_EVSENSE_VERB & 63) != 0, (guint)(all >> TL_EVSENSE_VERB & 63));
}

size_t
tl_ev_word_features(const TlEvDoc *d, size_t i, guint64 *out)
{
	return word_features(d, i, out, FALSE);
}

size_t
tl_ev_context_features(const TlEvDoc *d, size_t i, int prev_class, guint64 *out, size_t max)
{
	return context_features(d, i, prev_class, out, max, FALSE);
}

size_t
tl_ev_features(const TlEvDoc *d, size_t i, int prev_class, gboolean drop, guint64 *out)
{
	size_t n = word_features(d, i, out, drop);
	return n + context_features(d, i, prev_class, out + n, TL_EV_MAX_FEATS - n, drop);
}

static size_t
context_features(const TlEvDoc *d, size_t i, int prev_class, guint64 *out, size_t max,
                 gboolean drop)
{
	Feats f = {out, 0, max, drop};
	const TlEvTok *t = tl_evdoc_tok(d, i);
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, t->sent);
	guint64 hlemma = tl_evdoc_hlemma(d, i);
	add2(&f, 11, (t->flags & TL_TOKF_CAP) != 0, i == s->first);
	/* window */
	guint64 p1 = i > s->first ? tl_evdoc_hlower(d, i - 1) : H_BOS;
	guint64 n1 = i + 1 < s->last ? tl_evdoc_hlower(d, i + 1) : H_EOS;
	guint px1 = i > s->first ? tl_evdoc_tok(d, i - 1)->xpos : 255;
	guint px2 = i > s->first + 1 ? tl_evdoc_tok(d, i - 2)->xpos : 255;
	guint nx1 = i + 1 < s->last ? tl_evdoc_tok(d, i + 1)->xpos : 255;
	guint nx2 = i + 2 < s->last ? tl_evdoc_tok(d, i + 2)->xpos : 255;
	add1(&f, 14, p1);
	add1(&f, 15, n1);
	add2(&f, 16, px1, t->xpos);
	add2(&f, 17, t->xpos, nx1);
	add2(&f, 18, px2, px1);
	add2(&f, 19, nx1, nx2);
	lex2(&f, 20, p1, hlemma);
	lex2(&f, 21, hlemma, n1);
	/* the verb group before: auxiliaries, modals, "to", skipping adverbs */
	guint nv = 0;
	for (size_t j = i; j > s->first && nv < 4; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (u->upos == TL_UPOS_ADV || (u->lex & TL_EVLEX_NEG)) {
			if (u->lex & TL_EVLEX_NEG)
				add1(&f, 22, 0);
			continue;
		}
		if (!is_aux_like(u))
			break;
		add2(&f, 23, tl_evdoc_hlemma(d, j - 1), t->xpos);
		nv++;
	}
	add2(&f, 24, nv, t->upos);
	/* the noun phrase: a determiner or possessive before the head */
	if (t->upos == TL_UPOS_NOUN || t->upos == TL_UPOS_PROPN) {
		for (size_t j = i; j > s->first && j + 4 > i; j--) {
			const TlEvTok *u = tl_evdoc_tok(d, j - 1);
			if (u->upos == TL_UPOS_DET || u->xpos == TL_XPOS_PRPS || u->xpos == TL_XPOS_POS) {
				lex2(&f, 25, tl_evdoc_hlower(d, j - 1), hlemma);
				break;
			}
			if (u->upos != TL_UPOS_ADJ && u->upos != TL_UPOS_NOUN && u->upos != TL_UPOS_NUM &&
			    u->upos != TL_UPOS_PROPN)
				break;
		}
	}
	/* the nearest verb before, and its lexicon classes */
	for (size_t j = i; j > s->first && j + 6 > i; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (u->upos == TL_UPOS_VERB) {
			add1(&f, 26, tl_evdoc_hlemma(d, j - 1));
			add2(&f, 27, u->lex & 0x7f, t->upos);
			break;
		}
	}
	/* the nearest verb after, for nouns and adjectives */
	if (t->upos != TL_UPOS_VERB)
		for (size_t j = i + 1; j < s->last && j < i + 4; j++)
			if (tl_evdoc_tok(d, j)->upos == TL_UPOS_VERB) {
				add1(&f, 28, tl_evdoc_hlemma(d, j));
				break;
			}
	add2(&f, 29, (guint)prev_class, t->upos);
	/* the first verb after it, before any noun: an event complement */
	for (size_t j = i + 1; j < s->last && j < i + 5; j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->upos == TL_UPOS_NOUN || u->upos == TL_UPOS_PROPN || u->upos == TL_UPOS_PRON) {
			add2(&f, 33, 99, t->upos);
			break;
		}
		if (u->upos == TL_UPOS_VERB) {
			add2(&f, 33, u->xpos, t->upos);
			lex2(&f, 34, hlemma, u->xpos);
			break;
		}
	}
	/* a complement after it: "tried to", "said that", "whether" */
	guint64 n2 = i + 2 < s->last ? tl_evdoc_hlower(d, i + 2) : H_EOS;
	lex2(&f, 30, hlemma, n2);
	for (size_t j = i + 1; j < s->last && j < i + 4; j++) {
		if (tl_evdoc_tok(d, j)->mark & TL_EVM_COMP) {
			guint64 w = tl_evdoc_hlower(d, j);
			add2(&f, 31, w, t->upos);
			lex2(&f, 32, hlemma, w);
			break;
		}
	}
	complement(d, s, i, &f);
	return f.n;
}
