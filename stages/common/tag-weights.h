/*
 * Internal to the language layer: reading model files (a bounds-checked
 * little-endian cursor) and reporting a bad one.
 */
#ifndef TL_TAG_WEIGHTS_H
#define TL_TAG_WEIGHTS_H

#include <glib.h>

typedef struct {
	const guint8 *p, *end;
} TlCursor;

/* Copy n bytes to dst and advance; FALSE (nothing read) if fewer are left. */
gboolean tl_cursor_take(TlCursor *c, void *dst, size_t n);
gboolean tl_cursor_u32(TlCursor *c, guint32 *v);
gboolean tl_cursor_u64(TlCursor *c, guint64 *v);
/* Set error to "bad model: why" (TL_ERROR_MODEL); returns FALSE. */
gboolean tl_model_error(GError **error, const char *why);

#endif
