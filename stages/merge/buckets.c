/*
 * The buckets of buckets.h.  A bucket's records go to its buffer; a full
 * buffer is appended to the file as a chunk, and the bucket keeps the
 * chunk's place.  Every chunk of a bucket holds TL_BUCKETS_CHUNK records
 * but its last, written with the others' last when reading begins.
 */
#include <string.h>
#include "tl/tl.h"
#include "buckets.h"
#include "spill.h"

typedef struct {
	guchar *buf;    /* TL_BUCKETS_CHUNK records, NULL until the first */
	guint n;        /* records in buf */
	guint64 count;  /* records added */
	GArray *chunks; /* guint64: where each chunk is in the file */
} Bucket;

struct TlBuckets {
	gsize size;
	guint n;
	Bucket *b;
	FILE *fp;        /* NULL until a chunk is written */
	guint64 written; /* bytes in the file */
	gboolean reading;
	GError *error;
};

TlBuckets *
tl_buckets_new(gsize size, guint n)
{
	g_assert(size > 0 && n > 0);
	TlBuckets *b = g_new0(TlBuckets, 1);
	b->size = size;
	b->n = n;
	b->b = g_new0(Bucket, n);
	return b;
}

static void
empty(Bucket *k)
{
	g_clear_pointer(&k->buf, g_free);
	g_clear_pointer(&k->chunks, g_array_unref);
	k->n = 0;
	k->count = 0;
}

void
tl_buckets_free(TlBuckets *b)
{
	if (!b)
		return;
	for (guint i = 0; i < b->n; i++)
		empty(&b->b[i]);
	g_free(b->b);
	if (b->fp)
		fclose(b->fp);
	g_clear_error(&b->error);
	g_free(b);
}

const GError *
tl_buckets_error(const TlBuckets *b)
{
	return b->error;
}

guint64
tl_buckets_count(const TlBuckets *b, guint i)
{
	return b->b[i].count;
}

/* Append bucket k's buffer to the file as a chunk. */
static void
write_chunk(TlBuckets *b, Bucket *k)
{
	if (!b->fp && !b->error) {
		GError *err = NULL;
		b->fp = tl_spill_unnamed_file(&err);
		if (!b->fp)
			b->error = err;
	}
	gsize len = k->n * b->size;
	if (!b->error)
		tl_spill_pwrite(b->fp, k->buf, len, b->written, "writing slots", &b->error);
	if (!k->chunks)
		k->chunks = g_array_new(FALSE, FALSE, sizeof(guint64));
	g_array_append_val(k->chunks, b->written);
	b->written += len;
	k->n = 0;
}

void
tl_buckets_add(TlBuckets *b, guint i, const void *r)
{
	g_assert(!b->reading && i < b->n);
	Bucket *k = &b->b[i];
	if (!k->buf)
		k->buf = g_malloc_n(TL_BUCKETS_CHUNK, b->size);
	memcpy(k->buf + k->n * b->size, r, b->size);
	k->count++;
	if (++k->n == TL_BUCKETS_CHUNK)
		write_chunk(b, k);
}

gboolean
tl_buckets_read(TlBuckets *b, guint i, void *v)
{
	g_assert(i < b->n);
	if (!b->reading) {
		b->reading = TRUE;
		for (guint j = 0; j < b->n; j++) {
			if (b->b[j].n)
				write_chunk(b, &b->b[j]);
			g_clear_pointer(&b->b[j].buf, g_free);
		}
	}
	Bucket *k = &b->b[i];
	guchar *p = v;
	for (guint c = 0; k->chunks && c < k->chunks->len && !b->error; c++) {
		guint64 n = MIN(k->count - (guint64)c * TL_BUCKETS_CHUNK, TL_BUCKETS_CHUNK);
		tl_spill_pread(b->fp, p, n * b->size, g_array_index(k->chunks, guint64, c),
		               "reading slots", &b->error);
		p += n * b->size;
	}
	empty(k);
	return !b->error;
}
