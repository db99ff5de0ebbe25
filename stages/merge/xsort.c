/*
 * The external sort of xsort.h.  Keys (records of x->size bytes: a
 * TlSortKey, or the caller's) are held in an array that grows to
 * the limit; a full array is sorted in place (a quicksort: qsort(3) would
 * borrow a second array as large) and appended to the run file as one run.
 * Reading merges the runs through a heap of their heads, each run read
 * RUN_BUF keys at a time; with no run written the array is read as it is.
 */
#include <string.h>
#include "tl/tl.h"
#include "xsort.h"
#include "spill.h"

/* Keys read from a run at once while merging. */
#define RUN_BUF 1024

typedef struct {
	guint64 next, end; /* keys of the file: what is left of the run */
	guchar *buf;
	guint n, i; /* keys in buf, the next one */
} Run;

struct TlXsort {
	gsize size;            /* of a key */
	TlSortCmp cmp;         /* a TlSortKey's order, or NULL: */
	TlSortRecordCmp rcmp;  /* a record's, or NULL: by numbers */
	gpointer data;
	guchar *keys;
	gsize n, cap, max; /* held, room, the most held at once */
	FILE *fp;          /* the runs, NULL until one is written */
	guint64 written;   /* keys in the file */
	GArray *runs;      /* Run */
	guint *heap;       /* runs by their head, least first */
	guint n_heap;
	gboolean reading;
	gsize pos; /* reading the held keys alone */
	GError *error;
};

static int
cmp_numbers(const TlSortKey *x, const TlSortKey *y)
{
	if (x->a != y->a)
		return x->a < y->a ? -1 : 1;
	if (x->b != y->b)
		return x->b < y->b ? -1 : 1;
	if (x->c != y->c)
		return x->c < y->c ? -1 : 1;
	return x->d < y->d ? -1 : x->d > y->d;
}

static inline int
cmp(const TlXsort *x, const void *p, const void *q)
{
	if (x->rcmp)
		return x->rcmp(p, q, x->data);
	return x->cmp ? x->cmp(p, q, x->data) : cmp_numbers(p, q);
}

/* Key i of v. */
static inline guchar *
at(const TlXsort *x, guchar *v, gsize i)
{
	return v + i * x->size;
}

static TlXsort *
xsort_new(gsize size, guint64 max_bytes)
{
	g_assert(size % 8 == 0 && size > 0 && size <= TL_XSORT_MAX_SIZE);
	TlXsort *x = g_new0(TlXsort, 1);
	x->size = size;
	guint64 max = max_bytes ? max_bytes / size : G_MAXSIZE;
	x->max = (gsize)MAX(max, TL_XSORT_MIN_KEYS * sizeof(TlSortKey) / size);
	x->runs = g_array_new(FALSE, FALSE, sizeof(Run));
	return x;
}

TlXsort *
tl_xsort_new(guint64 max_bytes, TlSortCmp order, gpointer data)
{
	TlXsort *x = xsort_new(sizeof(TlSortKey), max_bytes);
	x->cmp = order;
	x->data = data;
	return x;
}

TlXsort *
tl_xsort_new_records(gsize size, guint64 max_bytes, TlSortRecordCmp order, gpointer data)
{
	g_assert(order != NULL);
	TlXsort *x = xsort_new(size, max_bytes);
	x->rcmp = order;
	x->data = data;
	return x;
}

void
tl_xsort_free(TlXsort *x)
{
	if (!x)
		return;
	g_free(x->keys);
	if (x->fp)
		fclose(x->fp);
	for (guint r = 0; r < x->runs->len; r++)
		g_free(g_array_index(x->runs, Run, r).buf);
	g_array_unref(x->runs);
	g_free(x->heap);
	g_clear_error(&x->error);
	g_free(x);
}

const GError *
tl_xsort_error(const TlXsort *x)
{
	return x->error;
}

guint
tl_xsort_n_runs(const TlXsort *x)
{
	return x->runs->len;
}

static inline void
swap(const TlXsort *x, guchar *p, guchar *q)
{
	if (x->size == sizeof(TlSortKey)) { /* the keys' own: no call */
		TlSortKey t;
		memcpy(&t, p, sizeof t);
		memcpy(p, q, sizeof t);
		memcpy(q, &t, sizeof t);
		return;
	}
	guchar t[TL_XSORT_MAX_SIZE];
	memcpy(t, p, x->size);
	memcpy(p, q, x->size);
	memcpy(q, t, x->size);
}

/* Quicksort on the median of three, the smaller side first (a stack of
 * log n), insertion sort for short stretches. */
static void
sort_keys(const TlXsort *x, guchar *v, gsize n)
{
	guint64 pivot[TL_XSORT_MAX_SIZE / 8]; /* (aligned as a key) */
	while (n > 16) {
		gsize mid = n / 2;
		if (cmp(x, at(x, v, mid), at(x, v, 0)) < 0)
			swap(x, at(x, v, mid), at(x, v, 0));
		if (cmp(x, at(x, v, n - 1), at(x, v, 0)) < 0)
			swap(x, at(x, v, n - 1), at(x, v, 0));
		if (cmp(x, at(x, v, n - 1), at(x, v, mid)) < 0)
			swap(x, at(x, v, n - 1), at(x, v, mid));
		memcpy(pivot, at(x, v, mid), x->size);
		gsize i = 0, j = n - 1;
		for (;;) { /* Hoare: v[0] <= pivot <= v[n - 1] bound both scans */
			while (cmp(x, at(x, v, i), pivot) < 0)
				i++;
			while (cmp(x, pivot, at(x, v, j)) < 0)
				j--;
			if (i >= j)
				break;
			swap(x, at(x, v, i++), at(x, v, j--));
		}
		if (j + 1 < n - j - 1) {
			sort_keys(x, v, j + 1);
			v = at(x, v, j + 1);
			n -= j + 1;
		} else {
			sort_keys(x, at(x, v, j + 1), n - j - 1);
			n = j + 1;
		}
	}
	for (gsize i = 1; i < n; i++)
		for (gsize k = i; k > 0 && cmp(x, at(x, v, k), at(x, v, k - 1)) < 0; k--)
			swap(x, at(x, v, k), at(x, v, k - 1));
}

/* Write the held keys, sorted, as a run. */
static void
write_run(TlXsort *x)
{
	sort_keys(x, x->keys, x->n);
	if (!x->fp && !x->error) {
		GError *err = NULL;
		x->fp = tl_spill_unnamed_file(&err);
		if (!x->fp)
			x->error = err;
	}
	if (!x->error)
		tl_spill_pwrite(x->fp, x->keys, x->n * x->size, x->written * x->size, "writing keys",
		                &x->error);
	Run r = {x->written, x->written + x->n, NULL, 0, 0};
	g_array_append_val(x->runs, r);
	x->written += x->n;
	x->n = 0;
}

void
tl_xsort_add_record(TlXsort *x, const void *r)
{
	g_assert(!x->reading);
	if (x->n == x->cap) {
		if (x->cap == x->max)
			write_run(x);
		else {
			x->cap = MIN(MAX(x->cap * 2, 1024), x->max);
			x->keys = g_realloc_n(x->keys, x->cap, x->size);
		}
	}
	memcpy(at(x, x->keys, x->n++), r, x->size);
}

void
tl_xsort_add(TlXsort *x, const TlSortKey *k)
{
	g_assert(x->size == sizeof *k);
	tl_xsort_add_record(x, k);
}

/* Fill run r's buffer: FALSE when it is done (or on an error). */
static gboolean
refill(TlXsort *x, Run *r)
{
	if (r->next >= r->end || x->error)
		return FALSE;
	guint n = (guint)MIN(r->end - r->next, RUN_BUF);
	if (!r->buf)
		r->buf = g_malloc_n(RUN_BUF, x->size);
	if (!tl_spill_pread(x->fp, r->buf, n * x->size, r->next * x->size, "reading keys",
	                    &x->error))
		return FALSE;
	r->next += n;
	r->n = n;
	r->i = 0;
	return TRUE;
}

static const guchar *
head(const TlXsort *x, guint r)
{
	const Run *run = &g_array_index(x->runs, Run, r);
	return at(x, run->buf, run->i);
}

/* Is run p's head before run q's?  (Of equal heads, the earlier run's.) */
static gboolean
before(const TlXsort *x, guint p, guint q)
{
	int c = cmp(x, head(x, p), head(x, q));
	return c < 0 || (c == 0 && p < q);
}

static void
sift_down(TlXsort *x, guint i)
{
	for (;;) {
		guint l = 2 * i + 1, least = i;
		if (l < x->n_heap && before(x, x->heap[l], x->heap[least]))
			least = l;
		if (l + 1 < x->n_heap && before(x, x->heap[l + 1], x->heap[least]))
			least = l + 1;
		if (least == i)
			return;
		guint t = x->heap[i];
		x->heap[i] = x->heap[least];
		x->heap[least] = t;
		i = least;
	}
}

/* From adding to reading: the last keys become a run too when there are
 * runs, and each run's head goes on the heap. */
static void
start_reading(TlXsort *x)
{
	x->reading = TRUE;
	if (!x->runs->len) {
		sort_keys(x, x->keys, x->n);
		return;
	}
	if (x->n)
		write_run(x);
	g_clear_pointer(&x->keys, g_free);
	x->cap = 0;
	x->heap = g_new(guint, x->runs->len);
	for (guint r = 0; r < x->runs->len; r++)
		if (refill(x, &g_array_index(x->runs, Run, r)))
			x->heap[x->n_heap++] = r;
	for (guint i = x->n_heap / 2; i-- > 0;)
		sift_down(x, i);
}

gboolean
tl_xsort_next_record(TlXsort *x, void *k)
{
	if (!x->reading)
		start_reading(x);
	if (!x->runs->len) {
		if (x->pos >= x->n)
			return FALSE;
		memcpy(k, at(x, x->keys, x->pos++), x->size);
		return TRUE;
	}
	if (!x->n_heap || x->error)
		return FALSE;
	guint r = x->heap[0];
	Run *run = &g_array_index(x->runs, Run, r);
	memcpy(k, at(x, run->buf, run->i++), x->size);
	if (run->i == run->n && !refill(x, run)) {
		x->heap[0] = x->heap[--x->n_heap];
		g_clear_pointer(&run->buf, g_free);
	}
	sift_down(x, 0);
	return !x->error;
}

gboolean
tl_xsort_next(TlXsort *x, TlSortKey *k)
{
	g_assert(x->size == sizeof *k);
	return tl_xsort_next_record(x, k);
}
