/*
 * An external sort of small fixed records, as sort(1) does it: keys are
 * held up to a limit, then sorted and written as a run to a file no name
 * points to (spill.c's kind), and the runs are merged when read.  What
 * stays in memory is the limit and a short buffer per run, however many
 * keys come.  tl-merge sorts with it what it once kept a table of per
 * document or per mention: (doc, event) keys to find duplicates, the
 * documents' stretches of mentions; and the timeline's entries, records of
 * their own size (tl_xsort_new_records).
 */
#ifndef TL_MERGE_XSORT_H
#define TL_MERGE_XSORT_H

#include <glib.h>

/* A key: what the fields mean is the caller's. */
typedef struct {
	guint64 a, b;
	guint32 c, d;
} TlSortKey;

/* An order on keys (data: the caller's); NULL means by a, b, c, d as numbers. */
typedef int (*TlSortCmp)(const TlSortKey *x, const TlSortKey *y, gpointer data);

typedef struct TlXsort TlXsort;

/* A 64-bit hash of a string (FNV-1a), for keys of strings that are not
 * kept: equal strings, equal hashes; the caller tells the rare others apart. */
static inline guint64
tl_xsort_hash(const char *s)
{
	guint64 h = G_GUINT64_CONSTANT(14695981039346656037);
	for (; *s; s++) {
		h ^= (guchar)*s;
		h *= G_GUINT64_CONSTANT(1099511628211);
	}
	return h;
}

/*
 * An empty sort that holds at most about max_bytes of keys at once (never
 * fewer than TL_XSORT_MIN_KEYS, or their bytes' worth of records; 0: no
 * limit, never a file).  cmp must be a
 * total order on the keys given, or equal keys come in any order.
 */
#define TL_XSORT_MIN_KEYS 65536
TlXsort *tl_xsort_new(guint64 max_bytes, TlSortCmp cmp, gpointer data);
void tl_xsort_free(TlXsort *x);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlXsort, tl_xsort_free)

/*
 * A sort of records of size bytes (a multiple of 8, TL_XSORT_MAX_SIZE at
 * most) in the order cmp gives (never NULL; data: the caller's), added and
 * read with the functions below as keys are; the same limits.
 */
#define TL_XSORT_MAX_SIZE 64
typedef int (*TlSortRecordCmp)(const void *x, const void *y, gpointer data);
TlXsort *tl_xsort_new_records(gsize size, guint64 max_bytes, TlSortRecordCmp cmp, gpointer data);

/* Add a key (copied); before the first tl_xsort_next only. */
void tl_xsort_add(TlXsort *x, const TlSortKey *k);
/* The next key in order into *k: FALSE at the end, or after an error. */
gboolean tl_xsort_next(TlXsort *x, TlSortKey *k);
/* The same for a sort of records (size bytes at r). */
void tl_xsort_add_record(TlXsort *x, const void *r);
gboolean tl_xsort_next_record(TlXsort *x, void *r);
/* The first error of the run file, or NULL (the sort keeps it). */
const GError *tl_xsort_error(const TlXsort *x);
/* Runs written to the file so far (0: all held). */
guint tl_xsort_n_runs(const TlXsort *x);

#endif
