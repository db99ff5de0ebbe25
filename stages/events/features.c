/*
 * The classifier's features: hashed strings for a token and its window
 * (word, lemma, tags, suffixes, shape), the verb group before it (auxiliaries,
 * "to", modals), the noun phrase it heads (determiners), the lexicon classes
 * of the token and of the nearest verb before it, and the class given to the
 * previous token.  Each feature is a 64-bit FNV-1a hash of a template number
 * and one or two strings.
 */
#include <string.h>
#include "events.h"

#define FNV_OFFSET 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL

static inline guint64
fnv_bytes(guint64 h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		h ^= (guint8)s[i];
		h *= FNV_PRIME;
	}
	return h;
}

static inline guint64
fnv_str(guint64 h, const char *s)
{
	for (; *s; s++) {
		h ^= (guint8)*s;
		h *= FNV_PRIME;
	}
	return h;
}

static inline guint64
start(guint tmpl)
{
	return (FNV_OFFSET ^ tmpl) * FNV_PRIME;
}

static inline guint64
finish(guint64 h)
{
	h ^= h >> 29;
	return h ? h : 1;
}

typedef struct {
	guint64 *out;
	size_t n;
} Feats;

static inline void
add(Feats *f, guint64 h)
{
	if (f->n < TL_EV_MAX_FEATS)
		f->out[f->n++] = finish(h);
}

static inline void
add_s(Feats *f, guint tmpl, const char *s)
{
	add(f, fnv_str(start(tmpl), s));
}

static inline void
add_ss(Feats *f, guint tmpl, const char *a, const char *b)
{
	guint64 h = fnv_str(start(tmpl), a);
	h = fnv_bytes(h, "\x1f", 1);
	add(f, fnv_str(h, b));
}

static inline void
add_ii(Feats *f, guint tmpl, guint a, guint b)
{
	guint64 h = start(tmpl);
	h = fnv_bytes(h, (const char *)&a, sizeof a);
	add(f, fnv_bytes(h, (const char *)&b, sizeof b));
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

size_t
tl_ev_features(const TlEvDoc *d, size_t i, int prev_class, guint64 *out)
{
	Feats f = {out, 0};
	const TlEvTok *t = tl_evdoc_tok(d, i);
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, t->sent);
	const char *lower = tl_evdoc_lower(d, i), *lemma = tl_evdoc_lemma(d, i);
	const char *xp = tl_xpos_name(t->xpos);
	add_s(&f, 1, "");
	add_s(&f, 2, lower);
	add_s(&f, 3, lemma);
	add_s(&f, 4, xp);
	add_ss(&f, 5, lemma, xp);
	size_t ll = strlen(lower);
	for (size_t k = 2; k <= 4; k++)
		if (ll > k + 1)
			add(&f, fnv_bytes(start(6 + (guint)k), lower + ll - k, k));
	add_ii(&f, 11, (t->flags & TL_TOKF_CAP) != 0, i == s->first);
	for (guint b = 0; b < TL_EVLEX_COUNT_BITS; b++)
		if (t->lex & (1u << b)) {
			add_ii(&f, 12, b, 0);
			add_ii(&f, 13, b, t->upos);
		}
	/* window */
	const char *p1 = i > s->first ? tl_evdoc_lower(d, i - 1) : "<s>";
	const char *n1 = i + 1 < s->last ? tl_evdoc_lower(d, i + 1) : "</s>";
	int px1 = i > s->first ? tl_evdoc_tok(d, i - 1)->xpos : -1;
	int px2 = i > s->first + 1 ? tl_evdoc_tok(d, i - 2)->xpos : -1;
	int nx1 = i + 1 < s->last ? tl_evdoc_tok(d, i + 1)->xpos : -1;
	int nx2 = i + 2 < s->last ? tl_evdoc_tok(d, i + 2)->xpos : -1;
	add_s(&f, 14, p1);
	add_s(&f, 15, n1);
	add_ii(&f, 16, (guint)px1, t->xpos);
	add_ii(&f, 17, t->xpos, (guint)nx1);
	add_ii(&f, 18, (guint)px2, (guint)px1);
	add_ii(&f, 19, (guint)nx1, (guint)nx2);
	add_ss(&f, 20, p1, lemma);
	add_ss(&f, 21, lemma, n1);
	/* the verb group before: auxiliaries, modals, "to", skipping adverbs */
	guint nv = 0;
	for (size_t j = i; j > s->first && nv < 4; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (u->upos == TL_UPOS_ADV || (u->lex & TL_EVLEX_NEG)) {
			if (u->lex & TL_EVLEX_NEG)
				add_s(&f, 22, "neg");
			continue;
		}
		if (!is_aux_like(u))
			break;
		add_ss(&f, 23, tl_evdoc_lemma(d, j - 1), xp);
		nv++;
	}
	add_ii(&f, 24, nv, t->upos);
	/* the noun phrase: a determiner or possessive before the head */
	if (t->upos == TL_UPOS_NOUN || t->upos == TL_UPOS_PROPN) {
		for (size_t j = i; j > s->first && j + 4 > i; j--) {
			const TlEvTok *u = tl_evdoc_tok(d, j - 1);
			if (u->upos == TL_UPOS_DET || u->xpos == TL_XPOS_PRPS || u->xpos == TL_XPOS_POS) {
				add_ss(&f, 25, tl_evdoc_lower(d, j - 1), lemma);
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
			add_s(&f, 26, tl_evdoc_lemma(d, j - 1));
			add_ii(&f, 27, u->lex & 0x7f, t->upos);
			break;
		}
	}
	/* the nearest verb after, for nouns and adjectives */
	if (t->upos != TL_UPOS_VERB)
		for (size_t j = i + 1; j < s->last && j < i + 4; j++)
			if (tl_evdoc_tok(d, j)->upos == TL_UPOS_VERB) {
				add_s(&f, 28, tl_evdoc_lemma(d, j));
				break;
			}
	add_ii(&f, 29, (guint)prev_class, t->upos);
	/* the first verb after it, before any noun: an event complement */
	for (size_t j = i + 1; j < s->last && j < i + 5; j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->upos == TL_UPOS_NOUN || u->upos == TL_UPOS_PROPN || u->upos == TL_UPOS_PRON) {
			add_ii(&f, 33, 99, t->upos);
			break;
		}
		if (u->upos == TL_UPOS_VERB) {
			add_ii(&f, 33, u->xpos, t->upos);
			add_ss(&f, 34, lemma, tl_xpos_name(u->xpos));
			break;
		}
	}
	/* a complement after it: "tried to", "said that", "whether" */
	const char *n2 = i + 2 < s->last ? tl_evdoc_lower(d, i + 2) : "</s>";
	add_ss(&f, 30, lemma, n2);
	for (size_t j = i + 1; j < s->last && j < i + 4; j++) {
		const char *w = tl_evdoc_lower(d, j);
		if (strcmp(w, "to") == 0 || strcmp(w, "that") == 0 || strcmp(w, "whether") == 0 ||
		    strcmp(w, "if") == 0) {
			add_ss(&f, 31, w, tl_upos_name(t->upos));
			add_ss(&f, 32, lemma, w);
			break;
		}
	}
	return f.n;
}
