/*
 * The tagger's second pass: a greedy left-to-right tagger decides each token
 * before it has seen the tags to its right, and its near misses (NN/NNP,
 * VBD/VBN, VB/VBP, IN/RB/RP) are often settled by them ("the <<set>> was
 * broken", "<<Rocky>> Mountains").  A token whose first-pass margin was
 * small is decided again among the first pass's best classes, with features
 * of the first pass's classes two tokens to the right.  The second model is
 * trained (tag-stack.c) on first-pass scores obtained by jackknifing the
 * training set, so it learns what the first pass gets wrong on unseen text.
 *
 * Model file section (after the first pass's weights): u32 margin, i32
 * multiplier (16.16 fixed point), then weights in the tl_weights_parse format
 * over the same classes; a margin of 0 means no second pass.
 */
#include <string.h>
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define HAVE_AVX2 1
#else
#define HAVE_AVX2 0
#endif
#include "tagger-impl.h"

/* The best three so far, in variables of their own (the compiler keeps them
 * in registers); empty places score below any sum of weights. */
typedef struct {
	gint64 s0, s1, s2;
	int c0, c1, c2, n;
} Top3;

#define TOP3_INIT {G_MININT64, G_MININT64, G_MININT64, 0, 0, 0, 0}
G_STATIC_ASSERT(SECOND_K == 3);

/* Classes come in increasing order and a class only passes those that score
 * less, so equal scores keep the lower class first, as tl_tagger_best.  Most
 * classes score no more than the third and cost one comparison. */
static inline void
consider(Top3 *t, gint64 s, int cls)
{
	t->n++;
	if (s <= t->s2)
		return;
	if (s <= t->s1) {
		t->s2 = s, t->c2 = cls;
		return;
	}
	t->s2 = t->s1, t->c2 = t->c1;
	if (s <= t->s0) {
		t->s1 = s, t->c1 = cls;
		return;
	}
	t->s1 = t->s0, t->c1 = t->c0;
	t->s0 = s, t->c0 = cls;
}

static void
top3_out(const Top3 *t, TlCands *c)
{
	c->n = (guint8)MIN(t->n, SECOND_K);
	c->cls[0] = (guint8)t->c0, c->cls[1] = (guint8)t->c1, c->cls[2] = (guint8)t->c2;
	c->score[0] = (gint32)t->s0, c->score[1] = (gint32)t->s1, c->score[2] = (gint32)t->s2;
}

#if HAVE_AVX2
/* tl_tagger_top's choice among all n_classes (at least 8) classes.  A first
 * sweep keeps the best of each of eight lanes; the third of those eight
 * classes is no better than the third best class, and consider() keeps the
 * best three of what it is given with the same ties whether or not it was
 * given the classes under that (t.n is read as at most SECOND_K): the
 * second sweep gives it, in order, only the classes scoring that or more. */
static __attribute__((target("avx2"))) void
top_avx2(Top3 *t, const gint32 *scores, int n_classes)
{
	int full = n_classes & ~7;
	__m256i best = _mm256_loadu_si256((const __m256i *)scores);
	for (int cls = 8; cls < full; cls += 8)
		best = _mm256_max_epi32(best, _mm256_loadu_si256((const __m256i *)&scores[cls]));
	gint32 lane[8] __attribute__((aligned(32)));
	_mm256_store_si256((__m256i *)lane, best);
	gint32 a = G_MININT32, b = G_MININT32, c = G_MININT32;
	for (int k = 0; k < 8; k++) {
		gint32 v = lane[k];
		if (v > a)
			c = b, b = a, a = v;
		else if (v > b)
			c = b, b = v;
		else if (v > c)
			c = v;
	}
	__m256i floor = _mm256_set1_epi32(c);
	for (int cls = 0; cls < full; cls += 8) {
		__m256i under = _mm256_cmpgt_epi32(floor, _mm256_loadu_si256((const __m256i *)&scores[cls]));
		guint keep = ~(guint)_mm256_movemask_ps(_mm256_castsi256_ps(under)) & 0xff;
		for (; keep; keep &= keep - 1) {
			int k = cls + __builtin_ctz(keep);
			consider(t, scores[k], k);
		}
	}
	for (int cls = full; cls < n_classes; cls++)
		if (scores[cls] >= c)
			consider(t, scores[cls], cls);
}
#endif

void
tl_tagger_top(const TlTagWord *w, const gint32 *scores, int n_classes, TlCands *c)
{
	Top3 t = TOP3_INIT;
	if (!w->allowed[0] && !w->allowed[1]) {
#if HAVE_AVX2
		/* a load and a test: the processor's features are read once,
		 * by libgcc, before main */
		if (n_classes >= 8 && __builtin_cpu_supports("avx2")) {
			top_avx2(&t, scores, n_classes);
			top3_out(&t, c);
			return;
		}
#endif
		for (int cls = 0; cls < n_classes; cls++)
			consider(&t, scores[cls], cls);
	} else {
		for (int h = 0; h < 2; h++)
			for (guint64 bits = w->allowed[h]; bits; bits &= bits - 1) {
				int cls = h * 64 + __builtin_ctzll(bits);
				if (cls < n_classes)
					consider(&t, scores[cls], cls);
			}
	}
	top3_out(&t, c);
}

void
tl_tagger_top_of(const guint8 *classes, size_t n, const gint32 *scores, TlCands *c)
{
	Top3 t = TOP3_INIT;
	for (size_t k = 0; k < n; k++)
		consider(&t, scores[classes[k]], classes[k]);
	top3_out(&t, c);
}

size_t
tl_second_features(const TlTagWord *const win[5], int prev1, int prev2, guint style, int r1, int r2,
                   guint64 *out)
{
	const TlTagWord *w = win[2];
	size_t n = tl_tagger_features(win, prev1, prev2, style, out);
	guint64 a = (guint64)(r1 + 2), b = (guint64)(r2 + 2), l = (guint64)(prev1 + 2);
	out[n++] = feat(61, a, 0);
	out[n++] = feat(62, a, b);
	out[n++] = feat(63, l, a);
	out[n++] = feat(64, a, w->norm);
	out[n++] = feat(65, a, w->suf[2]);
	out[n++] = feat(66, a, w->amb);
	out[n++] = feat(67, w->amb, a * 256 + b);
	out[n++] = feat(68, b, w->suf[2]);
	return n;
}

void
tl_lag_push(const TlTagger *t, TlLag *lag, size_t i, const TlCands *top, int best)
{
	TlCands *c = &lag->cands[i & 3];
	lag->first[i & 3] = best;
	c->n = 0;
	if (!t->second || !top || top->n < 2 || top->score[0] - top->score[1] >= t->second_margin)
		return;
	*c = *top;
}

/* The best of the candidates by the second model (plus the first's scores):
 * only the candidates' second-model scores are summed. */
static int
second_choice(const TlTagger *t, const TlLag *lag, const TlCands *c, const TlTagWord *const win[5],
              guint style, int r1, int r2)
{
	guint64 f[TL_TAGGER_MAX_FEATS + SECOND_MAX_FEATS];
	guint32 rows[G_N_ELEMENTS(f)];
	gint32 s2[MAX_CLASSES + 8] = {0};
	size_t nf = tl_second_features(win, lag->last, lag->last2, style, r1, r2, f);
	size_t nr = tl_weights_rows(t->second, f, nf, rows);
	tl_weights_add_only(t->second, rows, nr, c->cls, c->n, s2);
	int best = c->cls[0];
	gint64 top = G_MININT64;
	for (int k = 0; k < c->n; k++) {
		gint64 s = (gint64)c->score[k] * t->second_mult + (gint64)s2[c->cls[k]] * 65536;
		if (s > top)
			top = s, best = c->cls[k];
	}
	return best;
}

void
tl_lag_finish(const TlTagger *t, TlLag *lag, const char *text, const TlToken *tokens, TlPos *out,
              size_t i, size_t n, const TlTagWord *const win[5], guint style)
{
	int best = lag->first[i & 3];
	const TlCands *c = &lag->cands[i & 3];
	if (c->n) {
		int r1 = i + 1 < n ? lag->first[(i + 1) & 3] : -1;
		int r2 = i + 2 < n ? lag->first[(i + 2) & 3] : -1;
		best = second_choice(t, lag, c, win, style, r1, r2);
	}
	lag->last2 = lag->last;
	lag->last = best;
	tl_tagger_set_tags(t, text, tokens, out, i, best);
}

gboolean
tl_second_parse(TlTagger *t, TlCursor *c, GError **error)
{
	guint32 margin, mult;
	if (!tl_cursor_u32(c, &margin) || !tl_cursor_u32(c, &mult) || margin > G_MAXINT32 ||
	    mult > G_MAXINT32)
		return tl_model_error(error, "bad second pass");
	t->second = tl_weights_parse(&c->p, c->end, (guint32)t->n_classes, error);
	if (!t->second)
		return FALSE;
	t->second_margin = (gint32)margin;
	t->second_mult = (gint32)mult;
	if (margin == 0)
		g_clear_pointer(&t->second, tl_weights_free);
	return TRUE;
}
