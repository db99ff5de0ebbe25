/* tl-merge's external sort (stages/merge/xsort.c): the keys come back in
 * order, each once, whether held or merged from runs on file; an order of
 * the caller's; nothing at all; the string hash. */
#include <string.h>
#include "../stages/merge/xsort.h"
#include "tl_test.h"

/* Keys with repeats (a from a small range), a fixed pseudo-random order. */
static TlSortKey
key_of(guint i)
{
	guint32 r = i * 2654435761u;
	return (TlSortKey){r % 1000, (r >> 10) % 7, i, r};
}

static int
key_cmp(gconstpointer pa, gconstpointer pb)
{
	const TlSortKey *x = pa, *y = pb;
	if (x->a != y->a)
		return x->a < y->a ? -1 : 1;
	if (x->b != y->b)
		return x->b < y->b ? -1 : 1;
	if (x->c != y->c)
		return x->c < y->c ? -1 : 1;
	return x->d < y->d ? -1 : x->d > y->d;
}

/* n keys through a sort of max_bytes: the same as qsort gives; runs written. */
static guint
sort_and_check(guint n, guint64 max_bytes)
{
	g_autoptr(TlXsort) x = tl_xsort_new(max_bytes, NULL, NULL);
	g_autofree TlSortKey *want = g_new(TlSortKey, n ? n : 1);
	for (guint i = 0; i < n; i++) {
		want[i] = key_of(i);
		tl_xsort_add(x, &want[i]);
	}
	qsort(want, n, sizeof *want, key_cmp);
	/* one assertion for all the keys: each ck_assert writes Check's
	 * progress mark, a system call, and there are 300,000 */
	TlSortKey k;
	guint got = 0, bad = G_MAXUINT;
	while (tl_xsort_next(x, &k)) {
		if (bad == G_MAXUINT && (got >= n || key_cmp(&k, &want[got]) != 0))
			bad = got;
		got++;
	}
	ck_assert_msg(bad == G_MAXUINT, "key %u of %u: not the one qsort gives", bad, got);
	ck_assert_uint_eq(got, n);
	ck_assert(tl_xsort_error(x) == NULL);
	ck_assert(!tl_xsort_next(x, &k)); /* and stays at the end */
	return tl_xsort_n_runs(x);
}

START_TEST(test_held)
{
	ck_assert_uint_eq(sort_and_check(5000, 0), 0);
	ck_assert_uint_eq(sort_and_check(1, 0), 0);
	ck_assert_uint_eq(sort_and_check(0, 0), 0);
}
END_TEST

START_TEST(test_runs)
{
	/* 300,000 keys, at most the least number held at once: 5 runs */
	ck_assert_uint_eq(sort_and_check(300000, 1), 5);
	/* exactly a run's worth, and one more */
	ck_assert_uint_eq(sort_and_check(TL_XSORT_MIN_KEYS, 1), 0);
	ck_assert_uint_eq(sort_and_check(TL_XSORT_MIN_KEYS + 1, 1), 2);
}
END_TEST

/* The caller's order: strings by their text (a holds the pointer), then c. */
static int
by_text(const TlSortKey *x, const TlSortKey *y, gpointer data)
{
	(void)data;
	int c = strcmp((const char *)(guintptr)x->a, (const char *)(guintptr)y->a);
	return c ? c : (x->c > y->c) - (x->c < y->c);
}

START_TEST(test_order)
{
	static const char *words[] = {"pear", "apple", "fig", "kiwi"};
	/* two copies of each word, so that pointers do not tell */
	char *copies[8];
	for (guint i = 0; i < 8; i++)
		copies[i] = g_strdup(words[i % 4]);
	g_autoptr(TlXsort) x = tl_xsort_new(1, by_text, NULL);
	guint n = 3 * TL_XSORT_MIN_KEYS;
	for (guint i = 0; i < n; i++) {
		TlSortKey k = {(guintptr)copies[(i * 7) % 8], 0, n - i, 0};
		tl_xsort_add(x, &k);
	}
	TlSortKey k, last = {0, 0, 0, 0};
	guint got = 0;
	while (tl_xsort_next(x, &k)) {
		if (got)
			ck_assert_int_lt(by_text(&last, &k, NULL), 0);
		last = k;
		got++;
	}
	ck_assert_uint_eq(got, n);
	ck_assert_uint_gt(tl_xsort_n_runs(x), 1);
	ck_assert_str_eq((const char *)(guintptr)last.a, "pear");
	for (guint i = 0; i < 8; i++)
		g_free(copies[i]);
}
END_TEST

/* Records of the caller's size (40 bytes) in the caller's order: by b, then
 * by their number; held and merged from runs, as qsort gives. */
typedef struct {
	guint64 a, b, c, d;
	guint32 n, pad;
} Rec;

static int
rec_cmp(const void *pa, const void *pb, gpointer data)
{
	const Rec *x = pa, *y = pb;
	if (data)
		(*(guint64 *)data)++; /* the caller's data comes along */
	if (x->b != y->b)
		return x->b < y->b ? -1 : 1;
	return (x->n > y->n) - (x->n < y->n);
}

static int
rec_qsort_cmp(const void *pa, const void *pb)
{
	return rec_cmp(pa, pb, NULL);
}

START_TEST(test_records)
{
	static const guint64 limits[] = {0, 1};
	for (guint l = 0; l < G_N_ELEMENTS(limits); l++) {
		guint n = 3 * TL_XSORT_MIN_KEYS + 17;
		guint64 calls = 0;
		g_autoptr(TlXsort) x = tl_xsort_new_records(sizeof(Rec), limits[l], rec_cmp, &calls);
		g_autofree Rec *want = g_new(Rec, n);
		for (guint i = 0; i < n; i++) {
			guint32 r = i * 2654435761u;
			want[i] = (Rec){r, r % 977, ~(guint64)r, i, i, 0};
			tl_xsort_add_record(x, &want[i]);
		}
		qsort(want, n, sizeof *want, rec_qsort_cmp);
		Rec k;
		guint got = 0, bad = G_MAXUINT;
		while (tl_xsort_next_record(x, &k)) {
			if (bad == G_MAXUINT && (got >= n || memcmp(&k, &want[got], sizeof k) != 0))
				bad = got;
			got++;
		}
		ck_assert_msg(bad == G_MAXUINT, "record %u of %u: not the one qsort gives", bad, got);
		ck_assert_uint_eq(got, n);
		ck_assert(tl_xsort_error(x) == NULL);
		/* the least held: TL_XSORT_MIN_KEYS keys' bytes */
		guint per = TL_XSORT_MIN_KEYS * sizeof(TlSortKey) / sizeof(Rec);
		ck_assert_uint_eq(tl_xsort_n_runs(x), limits[l] ? (n + per - 1) / per : 0);
		ck_assert_uint_gt(calls, n);
	}
}
END_TEST

START_TEST(test_hash)
{
	g_autofree char *a = g_strdup("reuters21578-12");
	ck_assert(tl_xsort_hash(a) == tl_xsort_hash("reuters21578-12"));
	ck_assert(tl_xsort_hash(a) != tl_xsort_hash("reuters21578-21"));
	ck_assert(tl_xsort_hash("") != tl_xsort_hash("a"));
}
END_TEST

Suite *tl_suite_merge_xsort(void);
Suite *
tl_suite_merge_xsort(void)
{
	Suite *s = suite_create("merge_xsort");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_held);
	tcase_add_test(tc, test_runs);
	tcase_add_test(tc, test_order);
	tcase_add_test(tc, test_records);
	tcase_add_test(tc, test_hash);
	suite_add_tcase(s, tc);
	return s;
}
