/*
 * Internal to the language layer: reading model files (a bounds-checked
 * little-endian cursor) and reporting a bad one.
 */
#ifndef TL_TAG_WEIGHTS_H
#define TL_TAG_WEIGHTS_H

#include <glib.h>
#include "tl/tagger.h"

typedef struct {
	const guint8 *p, *end;
} TlCursor;

/* Copy n bytes to dst and advance; FALSE (nothing read) if fewer are left. */
gboolean tl_cursor_take(TlCursor *c, void *dst, size_t n);
gboolean tl_cursor_u32(TlCursor *c, guint32 *v);
gboolean tl_cursor_u64(TlCursor *c, guint64 *v);
/*
 * Resolved rows of a TlWeights (the tagger's word cache keeps them, so that
 * a feature is hashed and looked up once per word type, not once per token).
 * Adding the same rows in any order gives the same sums as tl_weights_score.
 */
#define TL_WEIGHTS_NO_ROW G_MAXUINT32
/* The length of a score vector for tl_weights_add: n_classes rounded up to 8. */
guint32 tl_weights_stride(const TlWeights *w);
/* Append the rows of the known features among feats[0..n) to rows (room
 * for n: an absent feature's place is written, then reused); how many. */
size_t tl_weights_rows(const TlWeights *w, const guint64 *feats, size_t n, guint32 *rows);
/* rows[f] = the row of feats[f], or TL_WEIGHTS_NO_ROW, for f in [0, n): the
 * look-ups of one call wait on memory together. */
void tl_weights_rows_each(const TlWeights *w, const guint64 *feats, size_t n, guint32 *rows);
/* The row of one feature, or TL_WEIGHTS_NO_ROW. */
guint32 tl_weights_row(const TlWeights *w, guint64 key);
/* acc[0..stride) += rows[0..n) (TL_WEIGHTS_NO_ROW adds nothing); acc 32-byte aligned. */
void tl_weights_add(const TlWeights *w, const guint32 *rows, size_t n, gint32 *acc);

/* As tl_weights_add, for the classes only[0..n_only) (others get garbage). */
void tl_weights_add_only(const TlWeights *w, const guint32 *rows, size_t n, const guint8 *only,
                         size_t n_only, gint32 *acc);

/* size bytes of zeros, for a table read at random: from 1 MB on, mapped
 * on their own, aligned to and advised into 2 MB pages (fewer TLB misses).
 * Aborts when out of memory, as g_malloc does.  Free with tl_big_free and
 * the same size. */
gpointer tl_big_alloc0(size_t size);
void tl_big_free(gpointer p, size_t size);

/* Set error to "bad model: why" (TL_ERROR_MODEL); returns FALSE. */
gboolean tl_model_error(GError **error, const char *why);

#endif
