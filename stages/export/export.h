/*
 * tl-export internals: one writer per format, all reading a timeline (the
 * tl-merge JSON document) and appending the formatted bytes to a GString,
 * plus the helpers they share (dates at their true granularity, sources).
 */
#ifndef TL_EXPORT_H
#define TL_EXPORT_H

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
/* The timeline's documents by id: a new table of borrowed ids and objects. */
GHashTable *tl_export_documents(const json_t *tl);
/* "Title (dct)" of a document id, or the id (new string). */
char *tl_export_doc_label(GHashTable *docs, const char *doc);
/* The entry's sources as "Title (dct); Title (dct)" (new string). */
char *tl_export_sources(GHashTable *docs, const json_t *entry);
/* The entry's participants joined by ", " (new string). */
char *tl_export_participants(const json_t *entry);
/* The group name of an entry for opt->group (new string), or NULL. */
char *tl_export_group(GHashTable *docs, const json_t *entry, TlGroupBy by);
/* Append s escaped for HTML text and attributes. */
void tl_export_html_escape(GString *out, const char *s);
/* ---- export-read.c: a timeline, its entries read one at a time ---- */
typedef struct TlExportTl TlExportTl;
/* From a parsed document (referenced); NULL with error when it is not an
 * object with an "entries" array. */
TlExportTl *tl_export_tl_new_tree(const json_t *tree, GError **error);
/* From the document's bytes (borrowed, kept until freed), entries parsed as
 * they are reached; NULL when the walk cannot tell (then parse the whole
 * document: Jansson's messages say what is wrong). */
TlExportTl *tl_export_tl_new_lazy(const char *s, size_t n);
void tl_export_tl_free(TlExportTl *tl);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlExportTl, tl_export_tl_free)
/* The timeline's members other than its entries: title, documents. */
const json_t *tl_export_tl_head(const TlExportTl *tl);

typedef struct {
	const TlExportTl *tl;
	guint next;
	json_t *cur;
	gboolean bad; /* an entry did not parse */
} TlExportEntries;
void tl_export_entries_init(TlExportEntries *it, const TlExportTl *tl);
/* The next entry, borrowed until the next call; NULL at the end, or when an
 * entry does not parse (then tl_export_entries_ok says so). */
const json_t *tl_export_entries_next(TlExportEntries *it);
gboolean tl_export_entries_ok(const TlExportEntries *it, GError **error);
void tl_export_entries_clear(TlExportEntries *it);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(TlExportEntries, tl_export_entries_clear)

typedef gboolean (*TlExportFunc)(const TlExportTl *tl, const TlExportOptions *opt, GString *out,
                                 GError **error);
gboolean tl_export_timelinejs(const TlExportTl *tl, const TlExportOptions *opt, GString *out, GError **error);
gboolean tl_export_vis(const TlExportTl *tl, const TlExportOptions *opt, GString *out, GError **error);
gboolean tl_export_html(const TlExportTl *tl, const TlExportOptions *opt, GString *out, GError **error);
gboolean tl_export_csv(const TlExportTl *tl, const TlExportOptions *opt, GString *out, GError **error);
gboolean tl_export_ics(const TlExportTl *tl, const TlExportOptions *opt, GString *out, GError **error);
gboolean tl_export_mermaid(const TlExportTl *tl, const TlExportOptions *opt, GString *out, GError **error);

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
