/*
 * tl-export internals: one writer per format, all reading a timeline (the
 * tl-merge JSON document) one entry at a time and writing the formatted bytes
 * item by item, plus the helpers they share (dates at their true
 * granularity, sources).
 */
#ifndef TL_EXPORT_H
#define TL_EXPORT_H

#include <stdio.h>
#include "tl/timeline.h"

typedef enum { TL_GROUP_NONE, TL_GROUP_DOCUMENT, TL_GROUP_PARTICIPANT } TlGroupBy;

typedef struct {
	TlGroupBy group;
	const char *title; /* overrides the timeline's title when not NULL */
	guint *left_out;   /* when not NULL: entries a format cannot hold are counted here */
} TlExportOptions;

/* A date of an entry, decoded. */
typedef struct {
	gint64 start, end; /* day range */
	TlGranularity gran;
	gint64 year;
	int month, day;       /* of start */
	int hour, minute;     /* from a TIMEX3 value with a time, else -1 */
	char *label;          /* "26 April 2024", "Spring 2024", "Q1 2024", "November 2023" */
} TlExportDate;

/* Decode entry's "date" (entry borrowed); FALSE with error naming the entry. */
gboolean tl_export_date(const json_t *entry, TlExportDate *d, GError **error);
void tl_export_date_clear(TlExportDate *d);
char *tl_export_year(gint64 y);
/* The timeline's title (borrowed): opt->title, the timeline's, or "Timeline". */
const char *tl_export_title(const json_t *tl, const TlExportOptions *opt);
typedef struct TlExportDocs TlExportDocs;
/* "Title (dct)" of a document id, or the id (new string). */
char *tl_export_doc_label(TlExportDocs *docs, const char *doc);
/* The entry's sources as "Title (dct); Title (dct)" (new string). */
char *tl_export_sources(TlExportDocs *docs, const json_t *entry);
/* The entry's participants joined by ", " (new string). */
char *tl_export_participants(const json_t *entry);
/* The group name of an entry for opt->group (new string), or NULL. */
char *tl_export_group(TlExportDocs *docs, const json_t *entry, TlGroupBy by);
/* Append s escaped for HTML text and attributes. */
void tl_export_html_escape(GString *out, const char *s);
/* ---- export-out.c: what the formats write, item by item ---- */
/* The bytes a format has produced and not yet written: s, written to fp
 * whenever an item is done and s has grown past a buffer's worth (all of it
 * stays in s when fp is NULL).  Both borrowed. */
typedef struct {
	GString *s;
	FILE *fp;
} TlExportOut;
/* An item is done: write s out if it has grown (all: whatever it holds). */
void tl_export_out_flush(TlExportOut *o, gboolean all);
/*
 * Append v as json_dumps(v, flags) would write it inside a document where it
 * sits at depth (each line break followed by depth levels of indentation),
 * so that a document written piece by piece is byte for byte the one
 * Jansson would dump whole; lt: '<' as "\u003c" (JSON inside a <script>).
 */
void tl_export_json(TlExportOut *o, const json_t *v, size_t flags, int depth, gboolean lt);
/* An array written item by item at depth: "[", items, "]" as Jansson
 * lays them out for flags. */
typedef struct {
	size_t flags;
	int depth;
	gboolean lt;
	guint n;
} TlExportArray;
void tl_export_array_open(TlExportOut *o, TlExportArray *a, size_t flags, int depth, gboolean lt);
void tl_export_array_add(TlExportOut *o, TlExportArray *a, const json_t *v);
void tl_export_array_close(TlExportOut *o, TlExportArray *a);
/* Jansson's break before a member or an item at depth (nothing when compact). */
void tl_export_json_break(TlExportOut *o, size_t flags, int depth);

/* ---- export-read.c: a timeline, its entries read one at a time ---- */
typedef struct TlExportTl TlExportTl;
/* From a parsed document (referenced); NULL with error when it is not an
 * object with an "entries" array. */
TlExportTl *tl_export_tl_new_tree(const json_t *tree, GError **error);
/*
 * From a file read in chunks of about chunk bytes (0: the default, 1 MiB)
 * from offset start on, with pread: fd stays the caller's and open until the
 * timeline is freed.  The whole document is walked first for its structure
 * only, the members other than "entries" parsed; the entries are read again,
 * one at a time, as a format reaches them.  Memory: the chunk, the largest
 * member or entry, and the members other than "entries".  NULL when the walk
 * cannot plainly tell (an escaped key, a top level not an object, an entry
 * not an object, trailing bytes, nesting past 1,000, a read error): then
 * parse the whole document, whose messages say what is wrong.
 */
TlExportTl *tl_export_tl_new_fd(int fd, guint64 start, size_t chunk);
/* The same from bytes in memory (borrowed, kept until freed). */
TlExportTl *tl_export_tl_new_bytes(const char *s, size_t n, size_t chunk);
void tl_export_tl_free(TlExportTl *tl);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlExportTl, tl_export_tl_free)
/* The timeline's members other than its entries: title, documents. */
const json_t *tl_export_tl_head(const TlExportTl *tl);
/* Parse every entry again: FALSE with the first one's syntax error (as
 * tl_export_entries_ok) when one is not valid JSON. */
gboolean tl_export_tl_check(const TlExportTl *tl, GError **error);

typedef struct TlExportCursor TlExportCursor;
typedef struct {
	const TlExportTl *tl;
	guint next;
	json_t *cur;
	gboolean bad;           /* an entry did not parse */
	TlExportCursor *c;      /* read mode: where the entries are read */
	guint64 bad_off;        /* read mode: where the bad entry starts */
	json_error_t jerr;      /* read mode: why it did not parse */
} TlExportEntries;
void tl_export_entries_init(TlExportEntries *it, const TlExportTl *tl);
/* The next entry, borrowed until the next call; NULL at the end, or when an
 * entry does not parse (then tl_export_entries_ok says so). */
const json_t *tl_export_entries_next(TlExportEntries *it);
/* FALSE when an entry did not parse: error TL_ERROR_JSON, its message
 * "LINE: not valid JSON: WHY" as Jansson says it of the whole document. */
gboolean tl_export_entries_ok(const TlExportEntries *it, GError **error);
void tl_export_entries_clear(TlExportEntries *it);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(TlExportEntries, tl_export_entries_clear)

/*
 * The timeline's documents.  Tree mode (or a "documents" that is not an
 * array) holds them parsed, in a table by id.  Read mode holds none: the
 * first walk notes where each object with a string "id" lies in the file,
 * by a 64-bit hash of the id (about 24 bytes a document); a lookup reads
 * the candidates back and parses them (the id compared: hashes collide),
 * the last few kept; the iterator reads them back in order, one at a time.
 */
TlExportDocs *tl_export_docs(const TlExportTl *tl);
void tl_export_docs_free(TlExportDocs *docs);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlExportDocs, tl_export_docs_free)
/* The first document of the id (borrowed: valid until the next call at
 * least), or NULL. */
const json_t *tl_export_docs_get(TlExportDocs *docs, const char *id);
/* FALSE when a document did not read back as the first walk saw it: error
 * as tl_export_entries_ok. */
gboolean tl_export_docs_ok(const TlExportDocs *docs, GError **error);
/* The "documents" value when it is held parsed (dump it as it is), or NULL
 * (read mode, or none: iterate). */
const json_t *tl_export_docs_tree(const TlExportDocs *docs);
/* Tests: the hash of an id is masked with this (0: every id collides). */
extern guint64 tl_export_docs_hash_mask;
/* An entry of this many bytes or more is read member by member and of its
 * sources only "doc", "event" and "sentence" are kept, all the formats
 * read (default 1 MiB; tests lower it). */
extern size_t tl_export_slim_min;

typedef struct {
	TlExportDocs *docs;
	guint next;
	json_t *cur;
	TlExportCursor *c;
	gboolean bad;
	guint64 bad_off;
	json_error_t jerr;
} TlExportDocsIter;
void tl_export_docs_iter_init(TlExportDocsIter *it, TlExportDocs *docs);
/* The next item of "documents" (any value, as in the array), borrowed until
 * the next call; NULL at the end or when one does not read back (then
 * tl_export_docs_iter_ok says so). */
const json_t *tl_export_docs_next(TlExportDocsIter *it);
gboolean tl_export_docs_iter_ok(const TlExportDocsIter *it, GError **error);
void tl_export_docs_iter_clear(TlExportDocsIter *it);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(TlExportDocsIter, tl_export_docs_iter_clear)

typedef gboolean (*TlExportFunc)(const TlExportTl *tl, const TlExportOptions *opt, TlExportOut *out,
                                 GError **error);
gboolean tl_export_timelinejs(const TlExportTl *tl, const TlExportOptions *opt, TlExportOut *out, GError **error);
gboolean tl_export_vis(const TlExportTl *tl, const TlExportOptions *opt, TlExportOut *out, GError **error);
gboolean tl_export_html(const TlExportTl *tl, const TlExportOptions *opt, TlExportOut *out, GError **error);
gboolean tl_export_csv(const TlExportTl *tl, const TlExportOptions *opt, TlExportOut *out, GError **error);
gboolean tl_export_ics(const TlExportTl *tl, const TlExportOptions *opt, TlExportOut *out, GError **error);
gboolean tl_export_mermaid(const TlExportTl *tl, const TlExportOptions *opt, TlExportOut *out, GError **error);

/* ---- export-timeml.c: TimeML from records ---- */
#include "tl/record.h"
/* Append rec's TimeML document to out; *n_dropped counts crossing tags left out. */
gboolean tl_export_timeml_record(TlRecord *rec, GString *out, guint *n_dropped, GError **error);
/*
 * The file name for rec in a --dir folder (new string): "<id>.tml", '/', '\\'
 * and control characters made '_', a leading '.' prefixed with '_', the id cut
 * to 200 bytes; "<id>-N.tml" for N > 1 (the Nth record of that name).
 */
char *tl_export_timeml_name(TlRecord *rec, guint n);

#endif
