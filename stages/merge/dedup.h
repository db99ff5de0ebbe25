/*
 * (doc, event) duplicates once the mentions are on file (store.h): found
 * through their document, whose mentions are numbered in stretches (a
 * record's come together), so what stays in memory grows with the
 * documents, not with their mentions (the table of every mention it
 * replaces was tl-merge's largest past the budget: 48 MB at a million
 * mentions while it doubled).  Documents and events are pooled strings:
 * equal ones are the same pointer.
 */
#ifndef TL_MERGE_DEDUP_H
#define TL_MERGE_DEDUP_H

#include "store.h"

typedef struct TlDedup TlDedup;

/* An empty index over the mentions of store (borrowed, outlives it). */
TlDedup *tl_dedup_new(TlStore *store);
void tl_dedup_free(TlDedup *d);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlDedup, tl_dedup_free)

/* The number of the mention of (doc, event) added so far: TRUE and *idx, or FALSE. */
gboolean tl_dedup_find(TlDedup *d, const char *doc, const char *event, guint *idx);
/* Mention idx, of (doc, event), was added (the next number, not a duplicate). */
void tl_dedup_add(TlDedup *d, const char *doc, const char *event, guint idx);

#endif
