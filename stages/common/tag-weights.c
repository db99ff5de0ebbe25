/*
 * Sparse perceptron weights, shared by the tagger, the name finder and the
 * event classifier: a table from feature hash to a row of (class, weight)
 * pairs, 16-bit weights.  Rows with many classes are expanded to dense 16-bit
 * vectors at load time and added with SIMD (AVX2 where the processor has
 * it), since those rows (bias, previous tags) are read for every token; with
 * eight classes or fewer every row is.  Also the little-endian reader the
 * model loaders share.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define HAVE_AVX2 1
#else
#define HAVE_AVX2 0
#endif
#include "tag-weights.h"
#include "tl/tagger.h"
#include "tl/tl.h"

struct TlWeights {
	guint32 n_classes;
	guint64 mask;
	/* open addressing on the hash's low bits; its high half is checked */
	struct Slot {
		guint32 check;
		guint32 off; /* a row: see below */
	} *slots;
	/* One arena of 4-byte words for every row, so that a row's address is
	 * its offset times four whatever its kind (found and asked for from
	 * memory without a branch).  A sparse row at word r: its length, then
	 * its (class, weight) pairs, a word each.  Dense rows (DENSE_FLAG | r)
	 * come after the sparse ones, each n_padded 16-bit weights, 16-byte
	 * aligned: rows with many classes (bias, previous tags) are read for
	 * every token and added with SIMD, widened as they are added. */
	struct Weight {
		guint8 cls;
		gint16 w;
	} *weights;
	size_t n_words;  /* of the arena */
	gpointer arena_mem;
	guint32 n_padded; /* n_classes rounded up to a multiple of 8 */
	guint32 n_dense;
	gboolean avx2; /* the processor has it: dense rows are added with it */
};

#define DENSE_FLAG 0x80000000u
/* A row of this many classes or more is dense; with few classes (the name
 * finder's 7, the event classifier's), a row of half the classes: its dense
 * form is then no larger than its pairs, and one instruction adds it. */
#define DENSE_MIN 20
/* With eight classes or fewer (the name finder, the event classifier),
 * every row is dense: 16 bytes, no more than a sparse row of three pairs,
 * and tl_weights_score adds each with one instruction, no branch. */
#define ALL_DENSE_PADDED 8

/* Sparse rows hold at least this many pairs (add_sparse). */
#define SPARSE_MIN 2

G_STATIC_ASSERT(sizeof(struct Weight) == 4);

static guint32
dense_min(guint32 n_padded)
{
	if (n_padded <= ALL_DENSE_PADDED)
		return 0;
	return MIN(DENSE_MIN, MAX(n_padded / 2, 1));
}

/* The bytes of arena_mem: the words, room to align them to 32 bytes, and
 * 32 bytes past the last row (tl_weights_add_only reads a class's weight
 * with the next one's). */
static size_t
arena_size(const TlWeights *t)
{
	return sizeof(guint32) * t->n_words + 64;
}

/* The address of row r (either kind). */
static inline const void *
row_at(const TlWeights *t, guint32 r)
{
	return t->weights + (r & ~DENSE_FLAG);
}

typedef gint32 V8i __attribute__((vector_size(32)));
typedef gint16 V8s __attribute__((vector_size(16)));



/* Tables this large are mapped on their own, aligned to and advised into
 * 2 MB pages. */
#define BIG_PAGE ((size_t)2 << 20)

gpointer
tl_big_alloc0(size_t size)
{
	if (size < BIG_PAGE / 2)
		return g_malloc0(size);
	/* fresh pages are zero: nothing is written before it is used */
	size_t rounded = (size + BIG_PAGE - 1) & ~(BIG_PAGE - 1);
	guint8 *p = mmap(NULL, rounded + BIG_PAGE, PROT_READ | PROT_WRITE,
	                 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	/* worded as GLib's own allocation failure, so the kit's fatal handler
	 * (fatal.c) says "out of memory" in one line instead of a trap */
	if (p == MAP_FAILED)
		g_error("%s: failed to allocate %zu bytes", G_STRLOC, rounded + BIG_PAGE);
	size_t head = (BIG_PAGE - (guintptr)p % BIG_PAGE) % BIG_PAGE;
	if (head)
		munmap(p, head);
	munmap(p + head + rounded, BIG_PAGE - head);
	p += head;
#ifdef MADV_HUGEPAGE
	/* the look-ups land anywhere in the table: with 4 KB pages most of
	 * them would miss the TLB too; a refusal only costs that */
	(void)madvise(p, rounded, MADV_HUGEPAGE);
#endif
	return p;
}

void
tl_big_free(gpointer p, size_t size)
{
	if (!p)
		return;
	if (size < BIG_PAGE / 2)
		g_free(p);
	else
		munmap(p, (size + BIG_PAGE - 1) & ~(BIG_PAGE - 1));
}

gboolean
tl_cursor_take(TlCursor *c, void *dst, size_t n)
{
	if ((size_t)(c->end - c->p) < n)
		return FALSE;
	memcpy(dst, c->p, n);
	c->p += n;
	return TRUE;
}

gboolean
tl_cursor_u32(TlCursor *c, guint32 *v)
{
	guint8 b[4];
	if (!tl_cursor_take(c, b, 4))
		return FALSE;
	*v = b[0] | (guint32)b[1] << 8 | (guint32)b[2] << 16 | (guint32)b[3] << 24;
	return TRUE;
}

gboolean
tl_cursor_u64(TlCursor *c, guint64 *v)
{
	guint32 lo, hi;
	if (!tl_cursor_u32(c, &lo) || !tl_cursor_u32(c, &hi))
		return FALSE;
	*v = (guint64)hi << 32 | lo;
	return TRUE;
}

gboolean
tl_model_error(GError **error, const char *why)
{
	g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "bad model: %s", why);
	return FALSE;
}

void
tl_weights_free(TlWeights *w)
{
	if (!w)
		return;
	tl_big_free(w->slots, sizeof(struct Slot) * (w->mask + 1));
	tl_big_free(w->arena_mem, arena_size(w));
	g_free(w);
}

/* Features ahead whose slot the parse asks for. */
#define PARSE_AHEAD 16

TlWeights *
tl_weights_parse(const guint8 **pos, const guint8 *end, guint32 n_classes, GError **error)
{
	TlCursor c = {*pos, end};
	guint32 n_feats;
	size_t size = (size_t)(end - *pos);
	if (!tl_cursor_u32(&c, &n_feats) || n_feats > size / 9) {
		tl_model_error(error, "bad feature count");
		return NULL;
	}
	g_autoptr(TlWeights) t = g_new0(TlWeights, 1);
	t->n_classes = n_classes;
	guint64 cap = 16;
	while (cap < (guint64)n_feats * 2)
		cap <<= 1;
	t->mask = cap - 1;
	t->slots = tl_big_alloc0(sizeof(struct Slot) * cap);
	t->n_padded = (n_classes + 7) & ~7u;
#if HAVE_AVX2
	t->avx2 = __builtin_cpu_supports("avx2");
#endif
	/* a first pass counts the dense rows and the sparse rows' pairs (and
	 * their length headers) */
	TlCursor scan = c;
	size_t n_sparse = 1;
	/* where each feature's record starts, for the second pass to ask for
	 * the slot of one a few ahead (the slots are megabytes, written at
	 * random: a miss each, which then overlap) */
	g_autofree guint32 *at = g_new(guint32, n_feats ? n_feats : 1);
	for (guint32 f = 0; f < n_feats; f++) {
		at[f] = (guint32)(scan.p - c.p);
		if ((size_t)(scan.end - scan.p) < 9 ||
		    (size_t)(scan.end - scan.p - 9) < (size_t)scan.p[8] * 3) {
			tl_model_error(error, "truncated feature");
			return NULL;
		}
		guint8 n = scan.p[8];
		scan.p += 9 + (size_t)n * 3;
		gboolean dense = n >= dense_min(t->n_padded);
		t->n_dense += dense;
		n_sparse += dense ? 0 : 1 + (size_t)MAX(n, SPARSE_MIN);
	}
	/* the dense rows start on a 32-byte boundary */
	size_t dense_base = (n_sparse + 7) & ~(size_t)7;
	t->n_words = dense_base + (size_t)t->n_dense * (t->n_padded / 2);
	if (t->n_words >= DENSE_FLAG) {
		tl_model_error(error, "too many weights");
		return NULL;
	}
	t->arena_mem = tl_big_alloc0(arena_size(t));
	t->weights = (struct Weight *)(((guintptr)t->arena_mem + 31) & ~(guintptr)31);
	/* the first pass checked that every row's bytes are there: read them
	 * straight from the buffer */
	const guint8 *q = c.p;
	guint32 off = 0, nd = 0;
	for (guint32 f = 0; f < n_feats; f++) {
		if (f + PARSE_AHEAD < n_feats) {
			guint64 ahead;
			memcpy(&ahead, c.p + at[f + PARSE_AHEAD], sizeof ahead);
			__builtin_prefetch(&t->slots[GUINT64_FROM_LE(ahead) & t->mask], 1);
		}
		guint64 key;
		memcpy(&key, q, sizeof key);
		key = GUINT64_FROM_LE(key);
		guint8 n = q[8];
		q += 9;
		if (key == 0) {
			tl_model_error(error, "truncated feature");
			return NULL;
		}
		gboolean dense = n >= dense_min(t->n_padded);
		guint32 start;
		if (dense) {
			start = (guint32)(dense_base + (size_t)nd * (t->n_padded / 2));
			gint16 *drow = (gint16 *)(t->weights + start);
			for (guint8 k = 0; k < n; k++, q += 3) {
				if (q[0] >= n_classes) {
					tl_model_error(error, "truncated weights");
					return NULL;
				}
				drow[q[0]] = (gint16)(q[1] | q[2] << 8);
			}
			nd++;
			start |= DENSE_FLAG;
		} else {
			/* a shorter row is padded with (class 0, weight 0): the
			 * arena is zeros */
			start = off;
			struct Weight *w = t->weights + off;
			w[0] = (struct Weight){MAX(n, SPARSE_MIN), 0};
			for (guint8 k = 0; k < n; k++, q += 3) {
				if (q[0] >= n_classes) {
					tl_model_error(error, "truncated weights");
					return NULL;
				}
				w[1 + k] = (struct Weight){q[0], (gint16)(q[1] | q[2] << 8)};
			}
			off += 1u + MAX(n, SPARSE_MIN);
		}
		guint64 i = key & t->mask;
		guint32 check = (guint32)(key >> 32) | 1;
		while (t->slots[i].check != 0 && t->slots[i].check != check)
			i = (i + 1) & t->mask;
		t->slots[i] = (struct Slot){check, start};
	}
	c.p = q;
	*pos = c.p;
	return g_steal_pointer(&t);
}

void
tl_weights_prefetch(const TlWeights *t, const guint64 *feats, size_t n)
{
	for (size_t f = 0; f < n; f++)
		__builtin_prefetch(&t->slots[feats[f] & t->mask]);
}

guint32
tl_weights_stride(const TlWeights *t)
{
	return t->n_padded;
}

/* The row of key, or TL_WEIGHTS_NO_ROW; its weights are asked for from
 * memory on the way. */
static inline guint32
find_row(const TlWeights *t, guint64 key)
{
	guint32 check = (guint32)(key >> 32) | 1;
	for (guint64 i = key & t->mask;; i = (i + 1) & t->mask) {
		const struct Slot *s = &t->slots[i];
		if (s->check == check) {
			__builtin_prefetch(row_at(t, s->off));
			return s->off;
		}
		if (s->check == 0)
			return TL_WEIGHTS_NO_ROW;
	}
}

size_t
tl_weights_rows(const TlWeights *t, const guint64 *feats, size_t n, guint32 *rows)
{
	/* the rows are scattered over megabytes: find them all first, asking
	 * the memory for each before it is needed, so the misses overlap */
	size_t nr = 0;
	for (size_t f = 0; f < n; f++)
		__builtin_prefetch(&t->slots[feats[f] & t->mask]);
	for (size_t f = 0; f < n; f++) {
		/* written whatever it is, kept when found: no branch that goes
		 * either way */
		guint32 row = find_row(t, feats[f]);
		rows[nr] = row;
		nr += row != TL_WEIGHTS_NO_ROW;
	}
	return nr;
}

void
tl_weights_rows_each(const TlWeights *t, const guint64 *feats, size_t n, guint32 *rows)
{
	for (size_t f = 0; f < n; f++)
		__builtin_prefetch(&t->slots[feats[f] & t->mask]);
	for (size_t f = 0; f < n; f++)
		rows[f] = find_row(t, feats[f]);
}

guint32
tl_weights_row(const TlWeights *t, guint64 key)
{
	return find_row(t, key);
}

/* acc[0..nv) += the sum of rows[0..n): the portable way. */
static void
add_dense(V8i *acc, const V8s *const *rows, size_t n, guint32 nv)
{
	for (guint32 k = 0; k < nv; k++) {
		V8i a = acc[k];
		for (size_t r = 0; r < n; r++)
			a += __builtin_convertvector(rows[r][k], V8i);
		acc[k] = a;
	}
}

#if HAVE_AVX2
/* Vectors k..k+W of acc (W = 1, 2 or 4) plus those of rows[0..n), the W
 * running sums held in registers across the rows; each row's eight weights are widened as they
 * are loaded (one instruction: GCC 12 makes five of __builtin_convertvector) */
#define WIDEN(row, j) _mm256_cvtepi16_epi32(_mm_load_si128((const __m128i *)&(row)[j]))

static inline __attribute__((always_inline, target("avx2"))) void
add_dense_chunk(V8i *acc, const V8s *const *rows, size_t n, guint32 k, const int W)
{
	__m256i *v = (__m256i *)&acc[k];
	__m256i a0 = _mm256_load_si256(v), a1, a2, a3;
	if (W > 1)
		a1 = _mm256_load_si256(v + 1);
	if (W > 2)
		a2 = _mm256_load_si256(v + 2), a3 = _mm256_load_si256(v + 3);
	for (size_t r = 0; r < n; r++) {
		const V8s *row = rows[r] + k;
		a0 = _mm256_add_epi32(a0, WIDEN(row, 0));
		if (W > 1)
			a1 = _mm256_add_epi32(a1, WIDEN(row, 1));
		if (W > 2) {
			a2 = _mm256_add_epi32(a2, WIDEN(row, 2));
			a3 = _mm256_add_epi32(a3, WIDEN(row, 3));
		}
	}
	_mm256_store_si256(v, a0);
	if (W > 1)
		_mm256_store_si256(v + 1, a1);
	if (W > 2)
		_mm256_store_si256(v + 2, a2), _mm256_store_si256(v + 3, a3);
}

static __attribute__((target("avx2"))) void
add_dense_avx2(V8i *acc, const V8s *const *rows, size_t n, guint32 nv)
{
	guint32 k = 0;
	for (; k + 4 <= nv; k += 4)
		add_dense_chunk(acc, rows, n, k, 4);
	if (k + 2 <= nv)
		add_dense_chunk(acc, rows, n, k, 2), k += 2;
	if (k < nv)
		add_dense_chunk(acc, rows, n, k, 1);
}
#endif

static void
add_dense_rows(const TlWeights *t, V8i *acc, const V8s *const *rows, size_t n)
{
#if HAVE_AVX2
	if (t->avx2) {
		add_dense_avx2(acc, rows, n, t->n_padded / 8);
		return;
	}
#endif
	add_dense(acc, rows, n, t->n_padded / 8);
}

/* acc += sparse row r (its pairs, a word each). */
static inline void
add_sparse(const TlWeights *t, guint32 r, gint32 *acc)
{
	const struct Weight *w = t->weights + r;
	guint32 len = w->cls;
	/* every sparse row has two pairs or more (tl_weights_parse pads
	 * shorter ones with zero weights): 72% of the tagger's have two */
	acc[w[1].cls] += w[1].w;
	acc[w[2].cls] += w[2].w;
	for (guint32 k = 3; k <= len; k++)
		acc[w[k].cls] += w[k].w;
}

void
tl_weights_add(const TlWeights *t, const guint32 *rows, size_t n, gint32 *acc)
{
	/* dense rows are summed a vector of eight classes at a time, across
	 * the rows, so that the running sum stays in a register */
	const V8s *dense[64];
	size_t nd = 0;
	for (size_t r = 0; r < n; r++) {
		guint32 row = rows[r];
		if (row == TL_WEIGHTS_NO_ROW)
			continue;
		if (row & DENSE_FLAG) {
			if (nd == G_N_ELEMENTS(dense))
				add_dense_rows(t, (V8i *)acc, dense, nd), nd = 0;
			dense[nd++] = row_at(t, row);
			continue;
		}
		add_sparse(t, row, acc);
	}
	add_dense_rows(t, (V8i *)acc, dense, nd);
}

void
tl_weights_add_only(const TlWeights *t, const guint32 *rows, size_t n, const guint8 *only,
                    size_t n_only, gint32 *acc)
{
	for (size_t r = 0; r < n; r++) {
		guint32 row = rows[r];
		if (row == TL_WEIGHTS_NO_ROW)
			continue;
		if (row & DENSE_FLAG) {
			const gint16 *d = row_at(t, row);
			for (size_t k = 0; k < n_only; k++)
				acc[only[k]] += d[only[k]];
			continue;
		}
		/* a short row: adding all of it costs less than choosing */
		add_sparse(t, row, acc);
	}
}

/* tl_weights_score for a table of ALL_DENSE_PADDED classes (every row
 * dense, one vector). */
static void
score_dense8(const TlWeights *t, const guint64 *feats, size_t n, gint32 *scores)
{
	const V8s *rows[64];
	size_t nr = 0;
	for (size_t f = 0; f < n; f++)
		__builtin_prefetch(&t->slots[feats[f] & t->mask]);
	for (size_t f = 0; f < n; f++) {
		guint32 row = find_row(t, feats[f]);
		rows[nr] = row_at(t, row); /* not kept when absent */
		nr += row != TL_WEIGHTS_NO_ROW;
	}
	V8i acc = {0};
	add_dense_rows(t, &acc, rows, nr);
	memcpy(scores, &acc, sizeof(gint32) * t->n_classes);
}

void
tl_weights_score(const TlWeights *t, const guint64 *feats, size_t n, gint32 *scores)
{
	if (t->n_padded == ALL_DENSE_PADDED) {
		score_dense8(t, feats, MIN(n, 64), scores);
		return;
	}
	guint32 rows[64];
	V8i acc[256 / 8];
	memset(acc, 0, sizeof(gint32) * t->n_padded);
	size_t nr = tl_weights_rows(t, feats, MIN(n, 64), rows);
	tl_weights_add(t, rows, nr, (gint32 *)acc);
	memcpy(scores, acc, sizeof(gint32) * t->n_classes);
}
