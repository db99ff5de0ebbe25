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
	guint64 at;           /* where its n_mentions numbers start (TlEntries' list),
	                       * in (doc, event) order */
	const char *value;    /* rep's date (below) */
	const char *doc, *event; /* the first mention's (doc: in strings, on file) */
	const char **participants; /* n_participants display names (borrowed), most cited first */
	const char *headline; /* rep's summary (borrowed, or read back into strings) */
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
	/* the mention numbers, an entry's a slice of them: held, or when the
	 * mentions are on file, on file too (4 bytes a mention) */
	GArray *all;
	FILE *fp;
	guint64 n_all;
	/* headlines read back from the spill, and the entries' document ids
	 * when the mentions are on file (their copies do not last), each once */
	GStringChunk *strings;
} TlEntries;

void tl_entries_free(TlEntries *es);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlEntries, tl_entries_free)

/*
 * Entries from the mentions grouped by group[] (tl_merge_cluster: a group's
 * number is its least mention's; the dead in store.h's sense left out),
 * filtered by opt and sorted as timelines are (new); group[] is used up
 * (the groups' lists are made in it) and stays the caller's to free;
 * NULL with error when a spilled headline cannot be read back (spill: NULL
 * when nothing was spilled).
 *
 * Per entry, all functions of the set of mentions only:
 *   rep        the finest date (shortest range), then the most confident,
 *              then the first in (doc, event) order;
 *   confidence 1 - prod over documents (1 - best mention confidence there);
 *   salience   best mention salience + corroboration * (documents - 1), max 1.
 */
TlEntries *tl_entries_build(const TlMergeLexicon *lx, TlStore *mentions, guint *group,
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
