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

gboolean
tl_ev_candidate(const TlEvDoc *d, size_t i)
{
	const TlEvTok *t = tl_evdoc_tok(d, i);
	if (t->kind != TL_TOK_WORD)
		return FALSE;
	switch (t->upos) {
	case TL_UPOS_VERB:
	case TL_UPOS_NOUN:
	case TL_UPOS_ADJ:
	case TL_UPOS_AUX:
	case TL_UPOS_PROPN:
	case TL_UPOS_ADV:
	case TL_UPOS_NUM:
	case TL_UPOS_ADP:
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

size_t
tl_ev_word_features(const TlEvDoc *d, size_t i, guint64 *out)
{
	Feats f = {out, 0, TL_EV_MAX_FEATS};
	const TlEvTok *t = tl_evdoc_tok(d, i);
	const char *lower = tl_evdoc_lower(d, i);
	guint64 hlemma = tl_evdoc_hlemma(d, i);
	add1(&f, 1, 0);
	add1(&f, 2, tl_evdoc_hlower(d, i));
	add1(&f, 3, hlemma);
	add1(&f, 4, t->xpos);
	add2(&f, 5, hlemma, t->xpos);
	size_t ll = strlen(lower);
	for (size_t k = 2; k <= 4; k++)
		if (ll > k + 1)
			add1(&f, 6 + (guint)k, suffix_hash(lower, ll, k));
	for (guint b = 0; b < TL_EVLEX_COUNT_BITS; b++)
		if (t->lex & (1u << b)) {
			add2(&f, 12, b, 0);
			add2(&f, 13, b, t->upos);
		}
	return f.n;
}

size_t
tl_ev_features(const TlEvDoc *d, size_t i, int prev_class, guint64 *out)
{
	size_t n = tl_ev_word_features(d, i, out);
	return n + tl_ev_context_features(d, i, prev_class, out + n, TL_EV_MAX_FEATS - n);
}

size_t
tl_ev_context_features(const TlEvDoc *d, size_t i, int prev_class, guint64 *out, size_t max)
{
	Feats f = {out, 0, max};
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
	add2(&f, 20, p1, hlemma);
	add2(&f, 21, hlemma, n1);
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
				add2(&f, 25, tl_evdoc_hlower(d, j - 1), hlemma);
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
			add2(&f, 34, hlemma, u->xpos);
			break;
		}
	}
	/* a complement after it: "tried to", "said that", "whether" */
	guint64 n2 = i + 2 < s->last ? tl_evdoc_hlower(d, i + 2) : H_EOS;
	add2(&f, 30, hlemma, n2);
	for (size_t j = i + 1; j < s->last && j < i + 4; j++) {
		if (tl_evdoc_tok(d, j)->mark & TL_EVM_COMP) {
			guint64 w = tl_evdoc_hlower(d, j);
			add2(&f, 31, w, t->upos);
			add2(&f, 32, hlemma, w);
			break;
		}
	}
	return f.n;
}
