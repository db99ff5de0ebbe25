/*
 * Records of a fixed size dealt into n buckets as they come, then read back
 * a bucket at a time, each in the order its records were added.  What is
 * held is a short buffer per bucket while adding (TL_BUCKETS_CHUNK
 * records); the rest is in a file no name points to (spill.c's kind).
 * tl-merge's clustering deals its blocking slots into its passes with it:
 * one scan of the mentions' key records lists them all, where each pass
 * scanned the whole file again for its own.
 */
#ifndef TL_MERGE_BUCKETS_H
#define TL_MERGE_BUCKETS_H

#include <glib.h>

/* Records a bucket holds before they go to the file (and are read at once). */
#define TL_BUCKETS_CHUNK 512

typedef struct TlBuckets TlBuckets;

/* n empty buckets of records of size bytes. */
TlBuckets *tl_buckets_new(gsize size, guint n);
void tl_buckets_free(TlBuckets *b);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlBuckets, tl_buckets_free)

/* Add a record (copied) to bucket i; before the first tl_buckets_read only. */
void tl_buckets_add(TlBuckets *b, guint i, const void *r);
/* Records added to bucket i. */
guint64 tl_buckets_count(const TlBuckets *b, guint i);
/*
 * Bucket i's records, in the order added, into v (room for
 * tl_buckets_count of them); the bucket is emptied.  The first read writes
 * out what the buffers hold and frees them.  FALSE after an error of the
 * file (then v holds nothing of use).
 */
gboolean tl_buckets_read(TlBuckets *b, guint i, void *v);
/* The first error of the file, or NULL (the buckets keep it). */
const GError *tl_buckets_error(const TlBuckets *b);

#endif
