/*
 * A set of numbered things (mentions) kept by their numbers: 8 bytes a slot
 * (the number and its hash), where a GHashTable of pointers takes 16 (key,
 * value, hash).  The things stay where they are (an array the caller owns);
 * the table asks the caller whether a number's thing equals the one looked
 * for.  At
 * tl-merge's peak (the (doc, event) index when the last record is read) this
 * was 32 MB of 300 for a million mentions.
 */
#ifndef TL_MERGE_ITAB_H
#define TL_MERGE_ITAB_H

#include <glib.h>

typedef gboolean (*TlItabEqualFn)(guint idx, gconstpointer probe, gpointer data);

typedef struct {
	guint64 *slot; /* mixed hash << 32 | number + 1, 0 for an empty slot */
	guint32 mask;  /* slots - 1 (a power of 2) */
	guint32 n;
	TlItabEqualFn equal;
	gpointer data;
} TlItab;

/* An empty table (equal as above, data passed to it; callers give the hashes). */
TlItab *tl_itab_new(TlItabEqualFn equal, gpointer data);
void tl_itab_free(TlItab *t);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlItab, tl_itab_free)

/* The number of the thing equal to probe (whose hash is h): TRUE and *idx,
 * or FALSE. */
gboolean tl_itab_lookup(const TlItab *t, guint h, gconstpointer probe, guint *idx);
/* Add number idx, whose hash is h (it must not be there already). */
void tl_itab_insert(TlItab *t, guint h, guint idx);

#endif
