/* The language layer's weight tables (tag-weights.c) and the tagger's best
 * three classes (tag-second.c): sums against a plain count, for few classes
 * (rows of half of them or more dense) and many (rows of 20 or more dense),
 * rows in any order, the subset sums, absent features; the best three and
 * their ties. */
#include <string.h>
#include "../stages/common/tagger-impl.h"
#include "tl_test.h"

#define N_FEATS 40
#define MAX_N 256

/* A table of N_FEATS features over n_classes: feature f has rows of lengths
 * cycling through 1, 2, ..., n_classes (some past the dense threshold),
 * weights from a fixed-seed generator, the full 16-bit range included. */
typedef struct {
	guint32 n_classes;
	guint64 key[N_FEATS];
	gint32 w[N_FEATS][MAX_N];
	GByteArray *blob;
} Table;

static guint64
next(guint64 *seed)
{
	*seed = *seed * 6364136223846793005ULL + 1442695040888963407ULL;
	return *seed >> 33;
}

static void
put(GByteArray *b, guint64 v, int bytes)
{
	for (int i = 0; i < bytes; i++) {
		guint8 c = (guint8)(v >> (8 * i));
		g_byte_array_append(b, &c, 1);
	}
}

static void
table_make(Table *t, guint32 n_classes, guint64 seed)
{
	memset(t, 0, sizeof *t);
	t->n_classes = n_classes;
	t->blob = g_byte_array_new();
	put(t->blob, N_FEATS, 4);
	for (guint f = 0; f < N_FEATS; f++) {
		t->key[f] = feat(90, f, n_classes);
		guint len = 1 + f % n_classes;
		if (f == N_FEATS - 1)
			len = n_classes;
		put(t->blob, t->key[f], 8);
		put(t->blob, len, 1);
		guint first = (guint)next(&seed) % n_classes;
		for (guint k = 0; k < len; k++) {
			guint cls = (first + k * 7) % n_classes;
			while (t->w[f][cls] != 0) /* 7 and n_classes share a factor */
				cls = (cls + 1) % n_classes;
			gint16 w = f % 5 == 0 ? (k % 2 ? G_MININT16 : G_MAXINT16)
			                      : (gint16)((gint)(next(&seed) % 2001) - 1000);
			if (w == 0)
				w = 1;
			t->w[f][cls] = w;
			put(t->blob, cls, 1);
			put(t->blob, (guint16)w, 2);
		}
	}
}

static TlWeights *
table_load(const Table *t)
{
	const guint8 *p = t->blob->data;
	g_autoptr(GError) err = NULL;
	TlWeights *w = tl_weights_parse(&p, p + t->blob->len, t->n_classes, &err);
	ck_assert_msg(w != NULL, "%s", err ? err->message : "");
	ck_assert_ptr_eq(p, t->blob->data + t->blob->len);
	return w;
}

static const guint32 class_counts[] = {1, 7, 8, 9, 17, 74, 250};

START_TEST(test_weights_sums)
{
	Table *t = g_new(Table, 1);
	table_make(t, class_counts[_i], 11 + _i);
	g_autoptr(TlWeights) w = table_load(t);
	guint64 seed = 5;
	for (int trial = 0; trial < 200; trial++) {
		/* features in any order, repeated, absent ones among them */
		guint64 feats[64];
		gint32 want[MAX_N] = {0};
		size_t n = 1 + next(&seed) % 64;
		for (size_t i = 0; i < n; i++) {
			guint f = (guint)next(&seed) % (N_FEATS + 8);
			feats[i] = f < N_FEATS ? t->key[f] : feat(91, f, trial);
			for (guint c = 0; f < N_FEATS && c < t->n_classes; c++)
				want[c] += t->w[f][c];
		}
		gint32 got[MAX_N + 8];
		tl_weights_score(w, feats, n, got);
		ck_assert(memcmp(got, want, sizeof(gint32) * t->n_classes) == 0);
		/* the same through rows, and for a few classes only */
		guint32 rows[64];
		size_t nr = tl_weights_rows(w, feats, n, rows);
		ck_assert_uint_le(nr, n);
		gint32 acc[MAX_N + 8] __attribute__((aligned(32))) = {0};
		tl_weights_add(w, rows, nr, acc);
		ck_assert(memcmp(acc, want, sizeof(gint32) * t->n_classes) == 0);
		guint8 only[3];
		size_t n_only = MIN(t->n_classes, 3);
		for (size_t k = 0; k < n_only; k++)
			only[k] = (guint8)((k * t->n_classes) / n_only);
		gint32 sub[MAX_N + 8] = {0};
		tl_weights_add_only(w, rows, nr, only, n_only, sub);
		for (size_t k = 0; k < n_only; k++)
			ck_assert_int_eq(sub[only[k]], want[only[k]]);
	}
	for (guint f = 0; f < N_FEATS; f++)
		ck_assert_uint_ne(tl_weights_row(w, t->key[f]), TL_WEIGHTS_NO_ROW);
	ck_assert_uint_eq(tl_weights_row(w, feat(92, 0, 0)), TL_WEIGHTS_NO_ROW);
	g_byte_array_free(t->blob, TRUE);
	g_free(t);
}
END_TEST

/* Rows of every length from 0 to n_classes (both sides of the dense
 * threshold, the padding of short sparse rows), keys that start at one
 * slot (their low bits equal: long probe chains, absent keys among them),
 * and a table of no features: sums against a plain count, through every
 * entry point. */
#define N_EVERY (MAX_N + 1 + 8)

START_TEST(test_weights_every_length)
{
	static const guint32 counts[] = {1, 2, 7, 8, 9, 16, 17, 39, 40, 41, 74, 250};
	guint32 n_classes = counts[_i];
	guint64 seed = 77 + _i;
	/* feature f < n_classes + 1 has a row of f pairs; the last 8 share
	 * the low 40 bits of their keys with feature 1, as do absent keys */
	guint n_feats = n_classes + 1 + 8;
	guint64 *key = g_new(guint64, N_EVERY);
	gint32(*w)[MAX_N] = g_malloc0(sizeof(gint32) * MAX_N * N_EVERY);
	g_autoptr(GByteArray) blob = g_byte_array_new();
	put(blob, n_feats, 4);
	for (guint f = 0; f < n_feats; f++) {
		guint len = f <= n_classes ? f : 1 + f % 3;
		key[f] = f <= n_classes ? feat(93, f, n_classes) : feat(93, 1, n_classes) + ((guint64)f << 40);
		put(blob, key[f], 8);
		put(blob, len, 1);
		for (guint k = 0; k < len; k++) {
			guint cls = (k + f) % n_classes;
			gint16 v = (gint16)((gint)(next(&seed) % 65535) - 32767);
			w[f][cls] = v;
			put(blob, cls, 1);
			put(blob, (guint16)v, 2);
		}
	}
	const guint8 *p = blob->data;
	g_autoptr(GError) err = NULL;
	g_autoptr(TlWeights) t = tl_weights_parse(&p, p + blob->len, n_classes, &err);
	ck_assert_msg(t != NULL, "%s", err ? err->message : "");
	ck_assert_ptr_eq(p, blob->data + blob->len);
	for (int trial = 0; trial < 300; trial++) {
		guint64 feats[64];
		gint32 want[MAX_N] = {0};
		size_t n = trial == 0 ? 0 : 1 + next(&seed) % 64;
		for (size_t i = 0; i < n; i++) {
			guint f = (guint)(next(&seed) % (n_feats + 4));
			if (f < n_feats) {
				feats[i] = key[f];
				for (guint c = 0; c < n_classes; c++)
					want[c] += w[f][c];
			} else {
				/* absent, at the colliding keys' slot */
				feats[i] = feat(93, 1, n_classes) + ((guint64)(f + 100) << 40);
			}
		}
		gint32 got[MAX_N + 8];
		tl_weights_score(t, feats, n, got);
		ck_assert(memcmp(got, want, sizeof(gint32) * n_classes) == 0);
		guint32 rows[64], each[64];
		size_t nr = tl_weights_rows(t, feats, n, rows);
		tl_weights_rows_each(t, feats, n, each);
		gint32 acc[MAX_N + 8] __attribute__((aligned(32))) = {0};
		tl_weights_add(t, rows, nr, acc);
		ck_assert(memcmp(acc, want, sizeof(gint32) * n_classes) == 0);
		gint32 acc2[MAX_N + 8] __attribute__((aligned(32))) = {0};
		tl_weights_add(t, each, n, acc2);
		ck_assert(memcmp(acc2, want, sizeof(gint32) * n_classes) == 0);
		guint8 only[8];
		size_t n_only = 0;
		for (guint c = trial % 3; c < n_classes && n_only < 8; c += 1 + trial % 5)
			only[n_only++] = (guint8)c;
		gint32 sub[MAX_N + 8] = {0};
		tl_weights_add_only(t, each, n, only, n_only, sub);
		for (size_t k = 0; k < n_only; k++)
			ck_assert_int_eq(sub[only[k]], want[only[k]]);
	}
	for (guint f = 0; f < n_feats; f++)
		ck_assert_uint_ne(tl_weights_row(t, key[f]), TL_WEIGHTS_NO_ROW);
	g_free(key);
	g_free(w);
}
END_TEST

START_TEST(test_weights_empty)
{
	static const guint8 none[4] = {0, 0, 0, 0};
	for (guint32 n_classes = 1; n_classes <= 250; n_classes += 73) {
		const guint8 *p = none;
		g_autoptr(GError) err = NULL;
		g_autoptr(TlWeights) t = tl_weights_parse(&p, none + 4, n_classes, &err);
		ck_assert_msg(t != NULL, "%s", err ? err->message : "");
		ck_assert_ptr_eq(p, none + 4);
		guint64 feats[3] = {feat(1, 2, 3), 1, G_MAXUINT64};
		gint32 got[MAX_N + 8];
		memset(got, 0x55, sizeof got);
		tl_weights_score(t, feats, 3, got);
		for (guint c = 0; c < n_classes; c++)
			ck_assert_int_eq(got[c], 0);
		guint32 rows[3];
		ck_assert_uint_eq(tl_weights_rows(t, feats, 3, rows), 0);
		ck_assert_uint_eq(tl_weights_row(t, feats[0]), TL_WEIGHTS_NO_ROW);
	}
}
END_TEST

/* A table that is not one is refused with "bad model", whatever byte it
 * ends at (every truncation of a valid table, its row lengths across the
 * dense threshold), with a class past n_classes in a sparse or a dense row,
 * a feature key of 0, or more features than its bytes could hold. */
static void
refused(const guint8 *p, size_t len, guint32 n_classes)
{
	const guint8 *pos = p;
	g_autoptr(GError) err = NULL;
	g_autoptr(TlWeights) t = tl_weights_parse(&pos, p + len, n_classes, &err);
	ck_assert_ptr_null(t);
	ck_assert_ptr_nonnull(err);
	ck_assert(g_str_has_prefix(err->message, "bad model"));
}

START_TEST(test_weights_bad)
{
	for (guint32 n_classes = 8; n_classes <= 74; n_classes += 66) {
		Table *t = g_new(Table, 1);
		table_make(t, n_classes, 3);
		/* a copy of each prefix on its own, so that a read past it is
		 * the sanitizers' to see */
		for (size_t len = 0; len < t->blob->len; len++) {
			guint8 *cut = g_memdup2(t->blob->data, len ? len : 1);
			refused(cut, len, n_classes);
			g_free(cut);
		}
		/* the first feature's first class out of range: its row is
		 * short (sparse, or dense with eight classes), then the
		 * last's, which has every class (dense) */
		g_autoptr(GByteArray) b = g_byte_array_new();
		g_byte_array_append(b, t->blob->data, t->blob->len);
		b->data[4 + 9] = (guint8)n_classes;
		refused(b->data, b->len, n_classes);
		g_byte_array_set_size(b, 0);
		g_byte_array_append(b, t->blob->data, t->blob->len);
		b->data[b->len - 3] = 255;
		refused(b->data, b->len, n_classes);
		/* a key of 0 */
		g_byte_array_set_size(b, 0);
		g_byte_array_append(b, t->blob->data, t->blob->len);
		memset(b->data + 4, 0, 8);
		refused(b->data, b->len, n_classes);
		/* more features than the bytes could hold */
		g_byte_array_set_size(b, 0);
		g_byte_array_append(b, t->blob->data, t->blob->len);
		b->data[0] = b->data[1] = b->data[2] = 0xff;
		refused(b->data, b->len, n_classes);
		g_byte_array_free(t->blob, TRUE);
		g_free(t);
	}
}
END_TEST

/* The best three by a plain sort: score down, class up. */
static void
top_by_sort(const gint32 *scores, const guint8 *classes, size_t n, TlCands *c)
{
	guint8 order[MAX_N];
	memcpy(order, classes, n);
	for (size_t a = 1; a < n; a++)
		for (size_t b = a; b > 0 && (scores[order[b]] > scores[order[b - 1]] ||
		                             (scores[order[b]] == scores[order[b - 1]] &&
		                              order[b] < order[b - 1]));
		     b--) {
			guint8 x = order[b];
			order[b] = order[b - 1];
			order[b - 1] = x;
		}
	c->n = (guint8)MIN(n, SECOND_K);
	for (int k = 0; k < c->n; k++)
		c->cls[k] = order[k], c->score[k] = scores[order[k]];
}

static void
same_top(const TlCands *a, const TlCands *b)
{
	ck_assert_uint_eq(a->n, b->n);
	for (int k = 0; k < a->n; k++) {
		ck_assert_uint_eq(a->cls[k], b->cls[k]);
		ck_assert_int_eq(a->score[k], b->score[k]);
	}
}

START_TEST(test_top_three)
{
	guint64 seed = 9;
	for (int trial = 0; trial < 2000; trial++) {
		int n_classes = 1 + (int)(next(&seed) % 130);
		gint32 scores[MAX_N];
		/* few distinct values make ties; extremes at times */
		guint spread = trial % 3 == 0 ? 3 : 100000;
		for (int c = 0; c < n_classes; c++)
			scores[c] = trial % 7 == 0 ? G_MININT32 + (gint32)(next(&seed) % spread)
			                          : (gint32)(next(&seed) % spread) - (gint32)spread / 2;
		TlTagWord w = {0};
		guint8 classes[MAX_N];
		size_t n = 0;
		if (trial % 2) {
			/* a tag dictionary, some of its classes past n_classes */
			for (int c = 0; c < 128; c++)
				if (next(&seed) % 4 == 0) {
					w.allowed[c / 64] |= (guint64)1 << (c % 64);
					if (c < n_classes)
						classes[n++] = (guint8)c;
				}
		} else {
			for (int c = 0; c < n_classes; c++)
				classes[n++] = (guint8)c;
		}
		TlCands want, got, got_of;
		top_by_sort(scores, classes, n, &want);
		tl_tagger_top(&w, scores, n_classes, &got);
		same_top(&got, &want);
		tl_tagger_top_of(classes, n, scores, &got_of);
		same_top(&got_of, &want);
		if (want.n)
			ck_assert_int_eq(tl_tagger_best(&w, scores, n_classes), want.cls[0]);
	}
}
END_TEST

Suite *tl_suite_weights(void);
Suite *
tl_suite_weights(void)
{
	Suite *s = suite_create("weights");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_weights_sums, 0, G_N_ELEMENTS(class_counts));
	tcase_add_loop_test(tc, test_weights_every_length, 0, 12);
	tcase_add_test(tc, test_weights_empty);
	tcase_add_test(tc, test_weights_bad);
	tcase_add_test(tc, test_top_three);
	suite_add_tcase(s, tc);
	return s;
}
