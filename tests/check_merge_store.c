/* tl-merge's mentions by number (stages/merge/store.c): held, then moved to
 * a key-record file, and read back by number, in order and in sets, the same
 * as they went in; a record longer than a read block; the last copies read
 * still valid. */
#include <string.h>
#include "../stages/merge/store.h"
#include "tl_test.h"

static char *names[] = {"Biden", "Xi Jinping", "Acme Corp"};

#define N_MENTIONS 3000
#define LONG_ONE 1234
#define LONG_PARTS 150000 /* 2.4 MB of record: more than a block read at once */

static guint
parts_of(guint i)
{
	return i == LONG_ONE ? LONG_PARTS : i % 4;
}

/* Mention i, every field a function of i (strings static, as pooled ones are). */
static TlMention *
make(guint i)
{
	guint np = parts_of(i), nw = i % 6;
	TlMention *mn = g_new0(TlMention, 1);
	mn->pooled = TRUE;
	mn->doc = names[i % 3];
	mn->event = names[(i + 1) % 3];
	mn->start = i;
	mn->end = i + 1 + i % 7;
	mn->sentence = i % 5 ? (gint64)i : -1;
	mn->salience = (i % 100) / 100.0;
	mn->spill_off = (gint64)i * 10;
	mn->spill_len = i;
	mn->lemma_group = i * 3;
	mn->n_parts = np;
	mn->n_words = nw;
	mn->participants = g_malloc(np * sizeof(char *) + (2 * np + nw) * sizeof(TlKey) + 1);
	for (guint k = 0; k < np; k++) {
		mn->participants[k] = names[k % 3];
		tl_mention_pkeys(mn)[k] = i + k;
		tl_mention_plast(mn)[k] = k;
	}
	for (guint k = 0; k < nw; k++)
		tl_mention_words(mn)[k] = i * 7 + k;
	return mn;
}

static void
check(const TlMention *mn, guint i)
{
	ck_assert_str_eq(mn->doc, names[i % 3]); /* (on file, a copy) */
	ck_assert_ptr_eq(mn->event, names[(i + 1) % 3]);
	ck_assert_int_eq(mn->start, i);
	ck_assert_int_eq(mn->end, i + 1 + i % 7);
	ck_assert_int_eq(mn->sentence, i % 5 ? (gint64)i : -1);
	ck_assert(mn->salience == (i % 100) / 100.0);
	ck_assert_int_eq(mn->spill_off, (gint64)i * 10);
	ck_assert_uint_eq(mn->spill_len, i);
	ck_assert_uint_eq(mn->lemma_group, i * 3);
	ck_assert_uint_eq(mn->n_parts, parts_of(i));
	ck_assert_uint_eq(mn->n_words, i % 6);
	/* one assertion for all the parts: the long mention has 150,000, and
	 * each ck_assert writes Check's progress mark, a system call */
	guint bad = mn->n_parts;
	for (guint k = 0; k < mn->n_parts && bad == mn->n_parts; k++)
		if (mn->participants[k] != names[k % 3] || tl_mention_pkeys(mn)[k] != i + k ||
		    tl_mention_plast(mn)[k] != k)
			bad = k;
	ck_assert_msg(bad == mn->n_parts, "mention %u: part %u of %u differs", i, bad, mn->n_parts);
	for (guint k = 0; k < mn->n_words; k++)
		ck_assert_uint_eq(tl_mention_words(mn)[k], i * 7 + k);
}

/* Mentions held before the move to the file: none, some, all. */
static const guint held_first[] = {0, 500, N_MENTIONS};

START_TEST(test_round_trip)
{
	g_autoptr(TlStore) s = tl_store_new();
	g_autoptr(GError) err = NULL;
	for (guint i = 0; i < N_MENTIONS; i++) {
		if (i == held_first[_i])
			ck_assert(tl_store_to_file(s, &err));
		tl_store_add(s, make(i));
		ck_assert_uint_eq(tl_store_len(s), i + 1);
	}
	ck_assert(tl_store_on_file(s) == (held_first[_i] < N_MENTIONS));
	/* by number, in a scattered order (some still in the write buffer) */
	for (guint k = 0; k < N_MENTIONS; k++) {
		guint i = (guint)((guint64)k * 7919 % N_MENTIONS);
		check(tl_store_get(s, i), i);
	}
	/* in order, from the start and from the middle */
	for (guint from = 0; from < N_MENTIONS; from += 1000) {
		TlStoreScan sc;
		const TlMention *mn;
		guint i, want = from;
		tl_store_scan_init(&sc, s, from);
		while ((mn = tl_store_scan_next(&sc, &i))) {
			ck_assert_uint_eq(i, want++);
			check(mn, i);
		}
		ck_assert_uint_eq(want, N_MENTIONS);
		tl_store_scan_clear(&sc);
	}
	/* sets: runs of consecutive numbers and single ones, the long one inside */
	static const guint set[] = {
		5, 6, 7, 100, LONG_ONE - 1, LONG_ONE, LONG_ONE + 1, 2, N_MENTIONS - 1};
	const TlMention *out[G_N_ELEMENTS(set)];
	g_autoptr(GByteArray) arena = g_byte_array_new();
	tl_store_load(s, set, G_N_ELEMENTS(set), arena, out);
	for (guint k = 0; k < G_N_ELEMENTS(set); k++)
		check(out[k], set[k]);
	/* out of order, with a number twice, neighbours read together across
	 * small gaps, some not yet on file */
	static const guint mixed[] = {N_MENTIONS - 2, 9, 3, 7, 4, 9, LONG_ONE + 2, 0,
	                              LONG_ONE, 2000, 2002, 2001, 5, N_MENTIONS - 1};
	const TlMention *mout[G_N_ELEMENTS(mixed)];
	tl_store_load(s, mixed, G_N_ELEMENTS(mixed), arena, mout);
	for (guint k = 0; k < G_N_ELEMENTS(mixed); k++)
		check(mout[k], mixed[k]);
	/* every number, scattered, at once */
	g_autofree guint *all = g_new(guint, N_MENTIONS);
	g_autofree const TlMention **aout = g_new(const TlMention *, N_MENTIONS);
	for (guint k = 0; k < N_MENTIONS; k++)
		all[k] = (guint)((guint64)k * 7919 % N_MENTIONS);
	tl_store_load(s, all, N_MENTIONS, arena, aout);
	for (guint k = 0; k < N_MENTIONS; k++)
		check(aout[k], all[k]);
	/* the last TL_STORE_RING numbers asked for stay valid, whatever the order */
	const TlMention *first = tl_store_get(s, 1);
	for (guint k = 2; k < TL_STORE_RING + 1; k++)
		check(tl_store_get(s, k * 13), k * 13);
	check(first, 1);
	check(tl_store_get(s, 1), 1);
	ck_assert(tl_store_error(s) == NULL);
}
END_TEST

START_TEST(test_wrap)
{
	g_autoptr(GPtrArray) v =
		g_ptr_array_new_with_free_func((GDestroyNotify)tl_merge_mention_free);
	for (guint i = 0; i < 10; i++)
		g_ptr_array_add(v, make(i));
	g_autoptr(TlStore) s = tl_store_wrap(v);
	ck_assert_uint_eq(tl_store_len(s), 10);
	ck_assert_ptr_eq(tl_store_get(s, 3), v->pdata[3]);
	ck_assert(!tl_store_on_file(s));
}
END_TEST

/* Duplicates marked dead, held or on file, past the bits allocated. */
START_TEST(test_dead)
{
	g_autoptr(TlStore) s = tl_store_new();
	g_autoptr(GError) err = NULL;
	for (guint i = 0; i < 20; i++)
		tl_store_add(s, make(i));
	ck_assert(!tl_store_dead(s, 3));
	tl_store_set_dead(s, 3);
	ck_assert(tl_store_to_file(s, &err));
	for (guint i = 20; i < 100; i++)
		tl_store_add(s, make(i));
	tl_store_set_dead(s, 97);
	for (guint i = 0; i < 120; i++)
		ck_assert(tl_store_dead(s, i) == (i == 3 || i == 97));
	check(tl_store_get(s, 97), 97); /* still there, by number */
}
END_TEST

/*
 * The copies kept by number (tl_store_set_cache): a number asked for again
 * while kept is the same copy (not read again); past the bytes the least
 * recently asked for go first, but the last TL_STORE_RING never, not even a
 * record longer than the cache; the records of the write buffer come from it.
 */
START_TEST(test_cache)
{
	g_autoptr(TlStore) s = tl_store_new();
	g_autoptr(GError) err = NULL;
	ck_assert(tl_store_to_file(s, &err));
	for (guint i = 0; i < N_MENTIONS; i++)
		tl_store_add(s, make(i));
	tl_store_set_cache(s, 64 << 10); /* a few hundred of the short ones */
	/* (the last, first: from the write buffer, not yet on file) */
	const TlMention *b = tl_store_get(s, N_MENTIONS - 1), *a = tl_store_get(s, 10);
	for (guint k = 0; k < 100; k++)
		check(tl_store_get(s, 20 + k), 20 + k);
	/* still kept: the same copies */
	ck_assert_ptr_eq(tl_store_get(s, 10), a);
	ck_assert_ptr_eq(tl_store_get(s, N_MENTIONS - 1), b);
	check(a, 10);
	check(b, N_MENTIONS - 1);
	/* many more than the cache holds, scattered: every copy right, and the
	 * last TL_STORE_RING asked for valid */
	const TlMention *last[TL_STORE_RING];
	for (guint k = 0; k < 2 * N_MENTIONS; k++) {
		guint i = (guint)((guint64)k * 7919 % N_MENTIONS);
		last[k % TL_STORE_RING] = tl_store_get(s, i);
		check(last[k % TL_STORE_RING], i);
		if (k % 97 == 0)
			for (guint r = 0; r < TL_STORE_RING && r <= k; r++) {
				guint kr = k - r;
				check(last[kr % TL_STORE_RING],
				      (guint)((guint64)kr * 7919 % N_MENTIONS));
			}
	}
	/* the long record, alone more than the cache: kept while among the last */
	const TlMention *l = tl_store_get(s, LONG_ONE);
	for (guint k = 1; k < TL_STORE_RING; k++)
		check(tl_store_get(s, k), k);
	ck_assert_ptr_eq(tl_store_get(s, LONG_ONE), l);
	check(l, LONG_ONE);
	/* a smaller cache keeps the last TL_STORE_RING */
	tl_store_set_cache(s, 0);
	for (guint k = 0; k < TL_STORE_RING; k++)
		check(tl_store_get(s, 40 + k), 40 + k);
	const TlMention *p = tl_store_get(s, 40);
	check(p, 40);
	ck_assert(tl_store_error(s) == NULL);
}
END_TEST

Suite *tl_suite_merge_store(void);
Suite *
tl_suite_merge_store(void)
{
	Suite *s = suite_create("merge_store");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, test_round_trip, 0, G_N_ELEMENTS(held_first));
	tcase_add_test(tc, test_wrap);
	tcase_add_test(tc, test_dead);
	tcase_add_test(tc, test_cache);
	suite_add_tcase(s, tc);
	return s;
}
