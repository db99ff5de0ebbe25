/*
 * Timeline entries: what a group of same-event mentions becomes, and the
 * timeline document written from them.
 */
#ifndef TL_MERGE_ENTRIES_H
#define TL_MERGE_ENTRIES_H

#include "merge.h"
#include "spill.h"
#include "store.h"

typedef struct {
	guint *mentions;      /* n_mentions numbers, in (doc, event) order */
	const char *value;    /* rep's date (below) */
	const char *doc, *event; /* the first mention's */
	const char **participants; /* n_participants display names (borrowed), most cited first */
	const char *headline; /* rep's summary (borrowed, or read back into the headlines chunk) */
	gint64 start, end;
	double confidence, salience;
	guint n_mentions, n_participants;
	guint rep;            /* the mention that gives date, headline, text */
	TlGranularity gran;
} TlEntry;

/* The entries of a timeline. */
typedef struct {
	TlEntry *v;       /* n entries */
	TlEntry **sorted; /* the same in timeline order */
	guint n;
	guint *all;       /* the mention numbers, an entry's a slice of them */
	GStringChunk *headlines; /* those read back from the spill, each once */
} TlEntries;

void tl_entries_free(TlEntries *es);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlEntries, tl_entries_free)

/*
 * Entries from the mentions grouped by group[] (tl_merge_cluster), filtered by
 * opt and sorted as timelines are (new);
 * NULL with error when a spilled headline cannot be read back (spill: NULL
 * when nothing was spilled).
 *
 * Per entry, all functions of the set of mentions only:
 *   rep        the finest date (shortest range), then the most confident,
 *              then the first in (doc, event) order;
 *   confidence 1 - prod over documents (1 - best mention confidence there);
 *   salience   best mention salience + corroboration * (documents - 1), max 1.
 */
TlEntries *tl_entries_build(const TlMergeLexicon *lx, TlStore *mentions, const guint *group,
                             const TlMergeOptions *opt, TlSpill *spill, GError **error);

/*
 * Write the timeline document (documents: id -> its JSON text, and spill's
 * runs; the entries' mentions from their store), byte for byte as Jansson would (compact, members in order); FALSE on
 * a write error.  A spilled mention's text is read back from spill.
 */
gboolean tl_entries_write(FILE *out, const char *title, GHashTable *documents, TlSpill *spill,
                          TlStore *mentions, const TlEntries *entries, GError **error);
/* One source object, as tl_merge_mention_to_source builds it (a mention that
 * holds all its strings). */
void tl_entries_put_source(GString *o, const TlMention *mn);

#endif
