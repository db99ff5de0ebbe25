/* tl-merge's buckets (stages/merge/buckets.c): each bucket's records come
 * back in the order added, whether they fill chunks on file or not; buckets
 * left empty, or read in any order; one bucket alone. */
#include <string.h>
#include "../stages/merge/buckets.h"
#include "tl_test.h"

/* A record of 24 bytes, as the clustering's slots are. */
typedef struct {
	guint64 a, b;
	guint32 i, bucket;
} Rec;

/* The bucket of record i of n buckets: uneven, some buckets empty when
 * n > 3 (every fourth bucket gets nothing). */
static guint
bucket_of(guint i, guint n)
{
	guint r = (i * 2654435761u) >> 8;
	guint k = r % n;
	return n > 3 && k % 4 == 3 ? k - 1 : k;
}

/* count records into n buckets, read back in the order given (reversed
 * when backwards): each bucket's in the order added. */
static void
deal_and_check(guint count, guint n, gboolean backwards)
{
	g_autoptr(TlBuckets) b = tl_buckets_new(sizeof(Rec), n);
	g_autofree guint64 *want = g_new0(guint64, n);
	for (guint i = 0; i < count; i++) {
		guint k = bucket_of(i, n);
		Rec r = {(guint64)i * 3, (guint64)i << 20, i, k};
		tl_buckets_add(b, k, &r);
		want[k]++;
	}
	guint seen = 0;
	for (guint j = 0; j < n; j++) {
		guint k = backwards ? n - 1 - j : j;
		guint64 m = tl_buckets_count(b, k);
		ck_assert_uint_eq(m, want[k]);
		g_autofree Rec *v = g_new(Rec, m ? m : 1);
		ck_assert(tl_buckets_read(b, k, v));
		/* one assertion for the bucket: ck_assert writes a progress mark */
		guint64 bad = G_MAXUINT64;
		for (guint64 x = 0; x < m; x++) {
			gboolean ok = v[x].bucket == k && v[x].a == (guint64)v[x].i * 3 &&
			              v[x].b == (guint64)v[x].i << 20 && (x == 0 || v[x].i > v[x - 1].i);
			if (!ok && bad == G_MAXUINT64)
				bad = x;
		}
		ck_assert_msg(bad == G_MAXUINT64, "bucket %u, record %" G_GUINT64_FORMAT ": wrong", k,
		              bad);
		seen += (guint)m;
		ck_assert_uint_eq(tl_buckets_count(b, k), 0); /* emptied */
	}
	ck_assert_uint_eq(seen, count);
	ck_assert(tl_buckets_error(b) == NULL);
}

START_TEST(test_deal)
{
	/* nothing; less than a chunk in each bucket; exactly a chunk; many */
	deal_and_check(0, 5, FALSE);
	deal_and_check(100, 7, FALSE);
	deal_and_check(TL_BUCKETS_CHUNK, 1, FALSE);
	deal_and_check(TL_BUCKETS_CHUNK + 1, 1, TRUE);
	deal_and_check(200000, 28, FALSE);
	deal_and_check(200000, 64, TRUE);
}
END_TEST

Suite *tl_suite_merge_buckets(void);
Suite *
tl_suite_merge_buckets(void)
{
	Suite *s = suite_create("merge_buckets");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_deal);
	suite_add_tcase(s, tc);
	return s;
}
