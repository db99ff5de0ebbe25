/* tl-merge's table of numbers (stages/merge/itab.c): what a GHashTable of the
 * same things would find, through many doublings, with colliding hashes,
 * and the first of equal things kept. */
#include "../stages/merge/itab.h"
#include "tl_test.h"

/* things: numbers whose value is idx / 3 (each value three times), hashed
 * into few buckets when data says so */
typedef struct {
	guint *value;
	guint buckets; /* 0: the value itself */
} Things;

static guint
hash_value(const Things *t, guint v)
{
	return t->buckets ? v % t->buckets : v;
}

static gboolean
equal(guint idx, gconstpointer probe, gpointer data)
{
	Things *t = data;
	return t->value[idx] == *(const guint *)probe;
}

static const guint bucket_counts[] = {0, 1, 7, 1000};

START_TEST(test_first_kept)
{
	guint n = bucket_counts[_i] && bucket_counts[_i] < 100 ? 3000 : 30000;
	Things t = {g_new(guint, n), bucket_counts[_i]};
	for (guint i = 0; i < n; i++)
		t.value[i] = i / 3;
	g_autoptr(TlItab) tab = tl_itab_new(equal, &t);
	for (guint i = 0; i < n; i++) {
		guint found;
		gboolean known = tl_itab_lookup(tab, hash_value(&t, t.value[i]), &t.value[i], &found);
		ck_assert_int_eq(known, i % 3 != 0);
		if (known)
			ck_assert_uint_eq(found, i - i % 3);
		else
			tl_itab_insert(tab, hash_value(&t, t.value[i]), i);
	}
	ck_assert_uint_eq(tab->n, (n + 2) / 3);
	ck_assert_uint_le((guint64)tab->n * 2, (guint64)tab->mask + 1);
	guint absent = n, found;
	ck_assert(!tl_itab_lookup(tab, hash_value(&t, absent), &absent, &found));
	g_free(t.value);
}
END_TEST

START_TEST(test_empty)
{
	g_autoptr(TlItab) tab = tl_itab_new(equal, NULL);
	guint v = 0, found;
	ck_assert(!tl_itab_lookup(tab, 0, &v, &found));
	ck_assert_uint_eq(tab->n, 0);
}
END_TEST

Suite *tl_suite_merge_itab(void);
Suite *
tl_suite_merge_itab(void)
{
	Suite *s = suite_create("merge_itab");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_first_kept, 0, G_N_ELEMENTS(bucket_counts));
	tcase_add_test(tc, test_empty);
	suite_add_tcase(s, tc);
	return s;
}
