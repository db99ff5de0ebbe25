/*
 * Timeline entries: what a group of same-event mentions becomes, and the
 * timeline document written from them.
 */
#ifndef TL_MERGE_ENTRIES_H
#define TL_MERGE_ENTRIES_H

#include "merge.h"
#include "spill.h"
#include "store.h"
#include "xsort.h"

/*
 * An entry between building and writing: what the timeline's order needs,
 * and where the rest is.  Its slice of TlEntries' list holds the rest, on
 * file when the mentions are: its mention numbers (n_mentions, in (doc,
 * event) order), on file where each one's source text is in the spill
 * (offset and length, 12 bytes) and its representative's value and text's
 * place (so that writing it reads no mention back), its participants (a count, then as many display names,
 * borrowed pointers into the merge, most cited first) and its headline
 * (a byte, 0 for none, then the text and its NUL).  The records, 48
 * bytes, go through tl-merge's external sort (xsort.h), past the budget to
 * its runs on file: the 96-byte structs that held the headline, the
 * participants' array and the document's id, all held to be sorted, were
 * the peak of a 1 GB stream (355,634 entries).
 */
typedef struct {
	guint64 at;         /* its slice of the list, in bytes */
	gint64 start, end;  /* the representative's date range */
	guint64 prefix;     /* the headline's first 8 bytes, big-endian (0: none) */
	guint len;          /* the slice's bytes */
	guint rep;          /* the mention that gives date, headline, text */
	guint n_mentions;
	guint16 clock;      /* tl_date_clock_order of its value */
	guint8 gran;        /* TlGranularity */
	guint8 confidence, salience; /* in hundredths (tl_merge_round2's) */
	guint8 spare[7]; /* 0: no byte of a record is padding (they go to file) */
} TlEntry;

/* The entries of a timeline. */
typedef struct {
	TlXsort *sorted; /* the n entries' records, to be read in timeline order
	                  * but for runs of one date and headline prefix */
	guint n;
	GByteArray *list; /* the slices, held, or NULL when on file: */
	FILE *fp;
	guint64 list_len; /* bytes */
} TlEntries;

void tl_entries_free(TlEntries *es);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlEntries, tl_entries_free)

/*
 * Entries from the mentions grouped by group[] (tl_merge_cluster: a group's
 * number is its least mention's; the dead in store.h's sense left out),
 * filtered by opt, their records sorted as timelines are (new: an
 * external sort holding at most about max_bytes of them, 0 for no limit,
 * that tl_entries_write reads); group[] is taken
 * (the groups' lists are made in it, and it is freed as soon as they are
 * read: before the entries are built when the mentions are on file);
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
                             const TlMergeOptions *opt, TlSpill *spill, guint64 max_bytes,
                             GError **error);

/*
 * Write the timeline document (documents: id -> its JSON text, and spill's
 * runs; the entries' mentions from their store), byte for byte as Jansson would (compact, members in order); FALSE on
 * a write error.  A spilled mention's text is read back from spill.
 */
gboolean tl_entries_write(FILE *out, const char *title, GHashTable *documents, TlSpill *spill,
                          TlStore *mentions, TlEntries *entries, GError **error);
/* One source object, as tl_merge_mention_to_source builds it (a mention that
 * holds all its strings). */
void tl_entries_put_source(GString *o, const TlMention *mn);

#endif
