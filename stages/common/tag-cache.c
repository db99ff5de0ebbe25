/*
 * The tagger's word cache and the decoder that uses it (tl_tagger_tag).
 *
 * Most of a token's features depend on its word alone (the word, its affixes,
 * shape, lexicon class...) or on a neighbour alone.  Each thread keeps, for
 * the word types it met last, the sum of the first kind's rows and the rows
 * of the second kind, so that a word seen again costs a copy of one score
 * vector and the look-ups of the features that truly depend on the context
 * (previous classes, word pairs).  Integer sums do not depend on the order
 * of their terms: the scores, and so the tags, are those of the uncached
 * path (tl_tagger_tag_uncached), which tests/check_tagger.c checks.
 */
#include <string.h>
#include "tagger-impl.h"

#define CACHE_WAYS 2
#define CACHE_SETS (TL_TAGGER_CACHE_WORDS / CACHE_WAYS)
/* entries for words too long to key, or when both ways of a set are in use */
#define CACHE_SCRATCH 8
/* an entry looked up among the last PIN look-ups may be in the window of
 * five words being decoded: it is not replaced */
#define PIN 8
#define KEY_MAX 30
/* words whose tag dictionary allows this many classes or fewer are scored
 * on those classes only (most frequent words are) */
#define SUBSET_MAX 8
/* a style row not looked up yet: most words meet one or two styles */
#define STYLE_UNSET (G_MAXUINT32 - 1)

/* What a look-up compares comes first: one cache line, fetched ahead (the
 * entries are aligned to lines; Cache is mapped at a page). */
typedef struct __attribute__((aligned(64))) {
	guint64 tick;            /* the look-up that last returned it */
	guint8 len;              /* of key, plus one; 0: empty */
	guint8 first;            /* the word begins its sentence */
	char key[KEY_MAX];
	guint8 n_only;           /* 0, or how many classes the word may take: */
	guint8 only[SUBSET_MAX]; /* those, when few (its tag dictionary) */
	gint32 *local;           /* the summed rows of the word's own features */
	TlTagWord w;
	guint32 roles[N_ROLES];
	guint32 style_rows[N_STYLES][2]; /* templates 40 and 42, by sentence style */
} Entry;
G_STATIC_ASSERT(G_STRUCT_OFFSET(Entry, w) <= 64);

typedef struct {
	guint serial; /* of the tagger whose rows the entries hold */
	guint32 stride;
	guint32 set_mask; /* sets in use, minus one (fewer in tests) */
	guint64 tick;
	size_t used;
	gpointer vec_mem;
	Entry entries[TL_TAGGER_CACHE_WORDS + CACHE_SCRATCH];
} Cache;

/* The bytes of vec_mem for score vectors of stride (0: none). */
static size_t
vec_size(guint32 stride)
{
	return stride ? sizeof(gint32) * (TL_TAGGER_CACHE_WORDS + CACHE_SCRATCH) * stride + 32 : 0;
}

static void
cache_free(gpointer p)
{
	Cache *c = p;
	tl_big_free(c->vec_mem, vec_size(c->stride));
	tl_big_free(c, sizeof *c);
}

static GPrivate cache_key = G_PRIVATE_INIT(cache_free);

/* The calling thread's cache, emptied if it held another tagger's rows. */
static Cache *
cache_for(const TlTagger *t)
{
	Cache *c = g_private_get(&cache_key);
	if (!c) {
		c = tl_big_alloc0(sizeof(Cache));
		c->set_mask = CACHE_SETS - 1;
		g_private_set(&cache_key, c);
	}
	if (c->serial == t->serial)
		return c;
	if (c->stride != t->stride) {
		tl_big_free(c->vec_mem, vec_size(c->stride));
		size_t total = G_N_ELEMENTS(c->entries);
		c->vec_mem = tl_big_alloc0(vec_size(t->stride));
		gint32 *v = (gint32 *)(((guintptr)c->vec_mem + 31) & ~(guintptr)31);
		for (size_t i = 0; i < total; i++)
			c->entries[i].local = v + i * t->stride;
		c->stride = t->stride;
	}
	for (size_t i = 0; i < G_N_ELEMENTS(c->entries); i++) {
		c->entries[i].len = 0;
		c->entries[i].tick = 0;
	}
	c->tick = 0;
	c->used = 0;
	c->serial = t->serial;
	return c;
}

size_t
tl_tagger_cache_used(void)
{
	const Cache *c = g_private_get(&cache_key);
	return c ? c->used : 0;
}

void
tl_tagger_cache_shrink(guint words)
{
	Cache *c = g_private_get(&cache_key);
	guint sets = 1;
	while (sets * 2 * CACHE_WAYS <= MIN(words, TL_TAGGER_CACHE_WORDS))
		sets *= 2;
	if (c) {
		c->set_mask = sets - 1;
		c->serial = 0; /* emptied on the next call */
	}
}

/* the features of a word alone, summed into an entry's local scores */
#define N_LOCAL 13

/* Compute entry e for the token. */
static void
fill(const TlTagger *t, Entry *e, const char *text, const TlToken *tok, gboolean first)
{
	TlTagWord *w = &e->w;
	tl_tagger_word(t, text, tok->start, tok->end, first, w);
	/* the word's own features, then its neighbour roles': looked up
	 * together, so that their misses overlap */
	guint64 keys[N_LOCAL + N_ROLES] = {
		feat(0, 0, 0), feat(1, w->norm, 0), feat(2, w->raw, 0),
		feat(3, w->suf[0], 0), feat(4, w->suf[1], 0), feat(5, w->suf[2], 0), feat(6, w->suf[3], 0),
		feat(8, w->pre[1], 0), feat(9, w->pre[2], 0), feat(10, w->shape, 0), feat(11, w->flags, 0),
		feat(32, w->amb, 0), feat(39, w->amb, w->suf[2]),
	};
	tl_tagger_neighbour_keys(w, keys + N_LOCAL);
	guint32 rows[G_N_ELEMENTS(keys)];
	tl_weights_rows_each(t->weights, keys, G_N_ELEMENTS(keys), rows);
	memset(e->local, 0, sizeof(gint32) * t->stride);
	tl_weights_add(t->weights, rows, N_LOCAL, e->local);
	memcpy(e->roles, rows + N_LOCAL, sizeof e->roles);
	e->n_only = 0;
	int n_only = 0;
	for (int h = 0; h < 2; h++)
		for (guint64 bits = w->allowed[h]; bits; bits &= bits - 1) {
			int cls = h * 64 + __builtin_ctzll(bits);
			if (cls < t->n_classes && n_only < SUBSET_MAX + 1)
				e->only[MIN(n_only, SUBSET_MAX - 1)] = (guint8)cls, n_only++;
		}
	if (n_only <= SUBSET_MAX)
		e->n_only = (guint8)n_only;
	for (guint st = 0; st < N_STYLES; st++)
		e->style_rows[st][0] = e->style_rows[st][1] = STYLE_UNSET;
}

/* The set a token's word belongs in (NULL: too long to key), asked for from
 * memory: it is looked up a token later. */
static Entry *
cache_set(Cache *c, const char *text, const TlToken *tok, gboolean first)
{
	const guint8 *s = (const guint8 *)text + tok->start;
	size_t n = tok->end - tok->start;
	if (n > KEY_MAX)
		return NULL;
	Entry *set = &c->entries[(mix(fnv(s, n) + (guint64)first) & c->set_mask) * CACHE_WAYS];
	for (int k = 0; k < CACHE_WAYS; k++)
		__builtin_prefetch(&set[k]);
	return set;
}

/* The entry of a token's word, whose set is cache_set's: found, or computed
 * into the least recently used way of its set that no window can hold, or
 * into a scratch entry. */
static Entry *
cache_word(const TlTagger *t, Cache *c, const char *text, const TlToken *tok, gboolean first,
           Entry *set)
{
	const guint8 *s = (const guint8 *)text + tok->start;
	size_t n = tok->end - tok->start;
	guint64 tick = ++c->tick;
	Entry *e = NULL;
	if (set) {
		for (int k = 0; k < CACHE_WAYS; k++) {
			Entry *x = &set[k];
			if (x->len == n + 1 && x->first == first && memcmp(x->key, s, n) == 0) {
				x->tick = tick;
				return x;
			}
			if ((x->len == 0 || x->tick + PIN <= tick) && (!e || x->tick < e->tick))
				e = x;
		}
	}
	if (e) {
		c->used += e->len == 0;
		e->len = (guint8)(n + 1);
		e->first = (guint8)first;
		memcpy(e->key, s, n);
		e->tick = tick;
	} else {
		e = &c->entries[TL_TAGGER_CACHE_WORDS + tick % CACHE_SCRATCH];
	}
	fill(t, e, text, tok, first);
	return e;
}

/* A token's keys: first those of the templates that pair the previous
 * class with the token or the next one (known once the token before is
 * tagged), then those of the pair templates of the centre of a window that
 * do not depend on the previous classes (known one token ahead).  Each
 * part is computed, and its table slots asked for from memory, as soon as
 * it can be, so that the look-ups find them in the cache. */
#define N_PREV 4
#define N_PAIRS 7
#define N_KEYS (N_PREV + N_PAIRS)

static void
pair_keys(const TlTagger *t, Entry *const win[5], guint64 keys[N_KEYS])
{
	const TlTagWord *w = &win[2]->w;
	const TlTagWord *l1 = win[1] ? &win[1]->w : &tl_tagger_edge_word;
	const TlTagWord *r1 = win[3] ? &win[3]->w : &tl_tagger_edge_word;
	const TlTagWord *r2 = win[4] ? &win[4]->w : &tl_tagger_edge_word;
	guint64 *k = keys + N_PREV;
	k[0] = feat(24, l1->norm, w->norm);
	k[1] = feat(25, w->norm, r1->norm);
	k[2] = feat(28, l1->norm, r1->norm);
	k[3] = feat(30, r1->norm, r2->norm);
	k[4] = feat(31, w->flags, r1->flags);
	k[5] = feat(36, w->amb, r1->amb);
	k[6] = feat(38, w->norm, r1->amb);
	tl_weights_prefetch(t->weights, k, N_PAIRS);
}

/* The first part of the keys of the token whose entry is e, before r1 (NULL
 * past the edge), given the previous class. */
static void
prev_keys(const TlTagger *t, const Entry *e, const Entry *r1e, int prev1, guint64 keys[N_KEYS])
{
	const TlTagWord *w = &e->w;
	const TlTagWord *r1 = r1e ? &r1e->w : &tl_tagger_edge_word;
	guint64 p1 = (guint64)(prev1 + 2);
	keys[0] = feat(23, p1, w->norm);
	keys[1] = feat(26, p1, w->suf[2]);
	keys[2] = feat(29, p1, r1->norm);
	keys[3] = feat(37, p1, r1->amb);
	tl_weights_prefetch(t->weights, keys, N_PREV);
}

/* scores[0..stride) for the centre of win (NULL past the edges), given its
 * keys (prev_keys with prev1, pair_keys): as tl_weights_score over
 * tl_tagger_features gives (when the word may take few classes, those
 * classes' scores only). */
static void
score_cached(const TlTagger *t, Entry *const win[5], const guint64 keys[N_KEYS], int prev1,
             int prev2, guint style, gint32 *scores)
{
	const TlTagWord *w = &win[2]->w;
	guint32 rows[N_KEYS + N_ROLES + 5];
	size_t nr = tl_weights_rows(t->weights, keys, N_KEYS, rows);
	const guint32 *rl1 = win[1] ? win[1]->roles : t->edge_roles;
	const guint32 *rl2 = win[0] ? win[0]->roles : t->edge_roles;
	const guint32 *rr1 = win[3] ? win[3]->roles : t->edge_roles;
	const guint32 *rr2 = win[4] ? win[4]->roles : t->edge_roles;
	for (int k = ROLE_L1; k < ROLE_L2; k++)
		rows[nr++] = rl1[k];
	rows[nr++] = rl2[ROLE_L2];
	for (int k = ROLE_R1; k < ROLE_R2; k++)
		rows[nr++] = rr1[k];
	for (int k = ROLE_R2; k < N_ROLES; k++)
		rows[nr++] = rr2[k];
	guint32 *sr = win[2]->style_rows[style];
	if (sr[0] == STYLE_UNSET) {
		const guint64 sk[2] = {feat(40, style, w->flags), feat(42, style, w->amb)};
		tl_weights_rows_each(t->weights, sk, 2, sr);
	}
	rows[nr++] = sr[0];
	rows[nr++] = sr[1];
	size_t np = (size_t)t->n_classes + 1, a = (size_t)(prev1 + 1), b = (size_t)(prev2 + 1);
	rows[nr++] = t->prev_rows[a];
	rows[nr++] = t->prev_rows[np + b];
	rows[nr++] = t->prev_rows[2 * np + a * np + b];
	guint n_only = win[2]->n_only;
	if (n_only) {
		/* tl_tagger_best reads the allowed classes' scores only */
		const guint8 *only = win[2]->only;
		memset(scores, 0, sizeof(gint32) * t->stride);
		for (guint k = 0; k < n_only; k++)
			scores[only[k]] = win[2]->local[only[k]];
		tl_weights_add_only(t->weights, rows, nr, only, n_only, scores);
		return;
	}
	memcpy(scores, win[2]->local, sizeof(gint32) * t->stride);
	tl_weights_add(t->weights, rows, nr, scores);
}

/* ---- decoding --------------------------------------------------------------- */

/*
 * The decoder keeps the entries of tokens i - 4 to i + 3 in a ring of
 * eight, token x's at ring[x & 7], and NULL where x is before the sentence
 * or past its end: a window is then read without testing its bounds.
 */
static inline Entry *
ring_at(Entry *const ring[8], size_t x)
{
	return ring[x & 7]; /* x may have wrapped below 0: 2^64 is a multiple of 8 */
}

/* The entries of tokens j - 2 to j + 2. */
static inline void
window(Entry *const ring[8], size_t j, Entry *win[5])
{
	for (size_t k = 0; k < 5; k++)
		win[k] = ring_at(ring, j + k - 2);
}

/* Finish token j (its entries in ring, by index & 7). */
static void
finish(const TlTagger *t, TlLag *lag, const char *text, const TlToken *tokens, TlPos *out,
       size_t j, size_t n, Entry *const ring[8], guint style)
{
	const TlTagWord *win[5];
	for (size_t k = 0; k < 5; k++) {
		Entry *e = ring_at(ring, j + k - 2);
		win[k] = e ? &e->w : NULL;
	}
	tl_lag_finish(t, lag, text, tokens, out, j, n, win, style);
}

gboolean
tl_tagger_has_second_pass(const TlTagger *t)
{
	return t->second != NULL;
}

void
tl_tagger_tag(const TlTagger *t, const char *text, const TlToken *tokens, size_t n, TlPos *out)
{
	tl_tagger_tag_passes(t, text, tokens, n, out, NULL);
}

void
tl_tagger_tag_passes(const TlTagger *t, const char *text, const TlToken *tokens, size_t n,
                     TlPos *out, TlPos *first)
{
	if (n == 0)
		return;
	Cache *c = cache_for(t);
	/* a ring of word windows: no allocation, however long the sentence */
	Entry *ring[8] = {NULL}, *win[5];
	gint32 scores[MAX_CLASSES + 8] __attribute__((aligned(32)));
	int prev1 = -1, prev2 = -1, best;
	TlLag lag = {.last = -1, .last2 = -1};
	guint style = tl_tagger_style(text, tokens, n);
	guint64 keys[2][N_KEYS]; /* of tokens i and i + 1, by index & 1 */
	/* the sets of tokens i + 3 and i + 4 (by index & 1) */
	Entry *sets[2] = {NULL, NULL};
	for (size_t j = 0; j < 3 && j < n; j++)
		ring[j] = cache_word(t, c, text, &tokens[j], j == 0,
		                     cache_set(c, text, &tokens[j], j == 0));
	if (n > 3)
		sets[1] = cache_set(c, text, &tokens[3], FALSE);
	window(ring, 0, win);
	pair_keys(t, win, keys[0]);
	prev_keys(t, win[2], win[3], prev1, keys[0]);
	for (size_t i = 0; i < n; i++) {
		if (i + 4 < n)
			sets[i & 1] = cache_set(c, text, &tokens[i + 4], FALSE);
		/* (token i - 5's slot: no window reads it any more) */
		ring[(i + 3) & 7] = i + 3 < n ? cache_word(t, c, text, &tokens[i + 3], FALSE,
		                                           sets[(i + 1) & 1])
		                              : NULL;
		/* the next token's window first, for its pair keys */
		if (i + 1 < n) {
			window(ring, i + 1, win);
			pair_keys(t, win, keys[(i + 1) & 1]);
		}
		window(ring, i, win);
		gboolean single = tl_tagger_single_class(&win[2]->w);
		TlCands top;
		if (single) {
			best = tl_tagger_only_class(t, &win[2]->w);
		} else {
			score_cached(t, win, keys[i & 1], prev1, prev2, style, scores);
			/* the second pass wants the best three: the first of them
			 * is tl_tagger_best's choice */
			if (!t->second) {
				best = tl_tagger_best(&win[2]->w, scores, t->n_classes);
			} else {
				if (win[2]->n_only)
					tl_tagger_top_of(win[2]->only, win[2]->n_only, scores, &top);
				else
					tl_tagger_top(&win[2]->w, scores, t->n_classes, &top);
				best = top.n ? top.cls[0] : 0;
			}
		}
		if (i + 1 < n && !tl_tagger_single_class(&ring[(i + 1) & 7]->w))
			prev_keys(t, ring[(i + 1) & 7], i + 2 < n ? ring[(i + 2) & 7] : NULL, best,
			          keys[(i + 1) & 1]);
		/* token i - 2 is finished once i has its first-pass class; the
		 * entries of its window (i - 4 on) are still in the ring and
		 * pinned in the cache (seven look-ups ago at most) */
		if (!t->second) {
			tl_tagger_set_tags(t, text, tokens, out, i, best);
		} else {
			if (first)
				tl_tagger_set_tags(t, text, tokens, first, i, best);
			tl_lag_push(t, &lag, i, single ? NULL : &top, best);
			if (i >= 2)
				finish(t, &lag, text, tokens, out, i - 2, n, ring, style);
		}
		prev2 = prev1;
		prev1 = best;
	}
	for (size_t i = n >= 2 ? n - 2 : 0; t->second && i < n; i++)
		finish(t, &lag, text, tokens, out, i, n, ring, style);
	tl_tagger_right_context(text, tokens, out, n);
	if (first && t->second)
		tl_tagger_right_context(text, tokens, first, n);
	else if (first)
		memcpy(first, out, n * sizeof *out);
}

