/*
 * tl-merge past its memory budget (--memory): what it need not hold goes to
 * files no name points to, made in a private temporary folder under $TMPDIR
 * (see spill.c).  Two kinds: documents, as runs sorted by id that the writer
 * merges, and the text of mentions (their source objects), read back by
 * offset when the timeline is written.
 */
#ifndef TL_MERGE_SPILL_H
#define TL_MERGE_SPILL_H

#include <stdio.h>
#include "tl/tl.h"

typedef struct TlSpill TlSpill;

/* A new read-write file that no name points to, in a folder of its own
 * under $TMPDIR (removed at once); NULL with error. */
FILE *tl_spill_unnamed_file(GError **error);
/* FALSE with "spill file in '$TMPDIR' (what): strerror(e)" in error (NULL:
 * not told), the message of every failed read or write of a spill file. */
gboolean tl_spill_io_error(GError **error, const char *what, int e);
/* All of p[0, len) written at (read from) byte `at` of fp, past short
 * transfers and interruptions; FALSE with "spill file (what): ..." in error
 * (NULL: not told). */
gboolean tl_spill_pwrite(FILE *fp, const void *p, gsize len, guint64 at, const char *what,
                         GError **error);
gboolean tl_spill_pread(FILE *fp, void *p, gsize len, guint64 at, const char *what, GError **error);

/* An empty spill; NULL with error when no temporary file can be made. */
TlSpill *tl_spill_new(GError **error);
void tl_spill_free(TlSpill *s);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlSpill, tl_spill_free)

/*
 * Write documents (id -> JSON text, both owned by the table) as a run sorted
 * by id, and empty the table.  FALSE with error on a write error.
 */
gboolean tl_spill_docs_run(TlSpill *s, GHashTable *documents, GError **error);
/* Number of document runs written. */
guint tl_spill_n_runs(const TlSpill *s);

typedef void (*TlSpillDocFn)(const char *json, gpointer data);
/*
 * Every document of the runs and of the table (the newest, not yet a run) in
 * id order (strcmp), each id once: the first that came (the earliest run),
 * as the table alone keeps the first.  s may be NULL (the table alone).
 */
gboolean tl_spill_docs_each(TlSpill *s, GHashTable *documents, TlSpillDocFn fn, gpointer data,
                            GError **error);

/* Append bytes to the text file: their offset, or -1 with error. */
gint64 tl_spill_put(TlSpill *s, const char *bytes, size_t len, GError **error);
/* Read len bytes at off into out (replacing its content); FALSE with error. */
gboolean tl_spill_get(TlSpill *s, gint64 off, size_t len, GString *out, GError **error);

/* "64M", "1G", "500K", "4096": bytes; FALSE when s is none of those. */
gboolean tl_spill_parse_size(const char *s, guint64 *bytes);

#endif
