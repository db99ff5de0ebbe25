/*
 * tl-normalize's modules: readers that turn a source document (plain text,
 * HTML, TimeML, or a JSON Lines record) into the fields of a document record
 * (docs/FORMAT.md), and the pieces they share: text cleaning, headline and
 * dateline detection, DCT parsing, and the sentence/paragraph spans.
 *
 * Ownership: a TlDoc owns all its strings; readers return a new TlDoc or NULL
 * with error set.  Nothing here prints: warnings are collected in the TlDoc
 * (or a GPtrArray of strings) for main to report.
 */
#ifndef TL_NORMALIZE_H
#define TL_NORMALIZE_H

#include "tl/record.h"

typedef enum {
	TL_FORMAT_AUTO,
	TL_FORMAT_TEXT,
	TL_FORMAT_HTML,
	TL_FORMAT_TIMEML,
	TL_FORMAT_JSONL,
} TlFormat;

/* What a reader found.  dct_source is a static string (FORMAT.md values). */
typedef struct {
	char *title;            /* NULL when none */
	char *dct;              /* YYYY-MM-DD or YYYY-MM-DDTHH:MM, or NULL */
	const char *dct_source; /* "meta", "dateline", "option", "record", "none" */
	char *url;              /* canonical URL (HTML), or NULL */
	char *text;             /* valid UTF-8, LF line ends, no control characters */
	size_t text_len;
	GPtrArray *warnings;    /* of char *: messages about this input */
} TlDoc;

/* Reader options. */
typedef struct {
	gboolean lossy;     /* replace invalid UTF-8 with U+FFFD (with a warning) */
	gboolean dct_given; /* --dct: a dateline's DCT is not wanted */
} TlNormOpts;

TlDoc *tl_doc_new(void);
void tl_doc_free(TlDoc *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlDoc, tl_doc_free)
/* Add a printf-style warning to a list of strings (NULL: dropped). */
void tl_warn(GPtrArray *warnings, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

/* ---- formats (format.c) ------------------------------------------------- */

/* The format named by "text", "html", "timeml", "jsonl" (and aliases), or AUTO. */
TlFormat tl_format_parse(const char *name);
/* The format of a file: by extension, else by a look at its first bytes. */
TlFormat tl_format_guess(const char *path, const char *head, size_t head_len);
const char *tl_format_name(TlFormat f);

/* ---- text (text.c) ------------------------------------------------------ */

/*
 * Make buf[0..len) into record text: a UTF-8 byte order mark dropped, CRLF and
 * lone CR made LF, every other control character (C0 but TAB and LF, DEL, C1)
 * replaced by as many spaces as it has bytes, so byte offsets stay valid.
 * Invalid UTF-8 or a NUL byte is an error naming the byte offset unless
 * opts->lossy, which puts U+FFFD in its place and counts it in *n_replaced.
 * Returns a new NUL-terminated string.
 */
char *tl_text_clean(const char *buf, size_t len, const TlNormOpts *opts, size_t *out_len,
                    size_t *n_replaced, GError **error);
/*
 * The headline of a plain text: its first non-blank line when it looks like
 * one (short, no final full stop, no dateline, followed by a line break and
 * more text that does not continue its sentence).  Returns a new string or
 * NULL; *line_end (if not NULL) gets the offset just after that line.
 */
char *tl_text_headline(const char *text, size_t len, size_t *line_end);
/* A copy of s[0..len) with white space runs folded to one space and trimmed. */
char *tl_text_fold(const char *s, size_t len);
/* Read a plain-text document. */
TlDoc *tl_text_read(const char *buf, size_t len, const TlNormOpts *opts, GError **error);

/* ---- dates (dateline.c) ------------------------------------------------- */

typedef struct {
	int year;   /* 0 when the dateline gives none */
	int month, day;
	int hour;   /* -1 when no time */
	int minute;
	size_t start, end; /* the date's bytes in the text */
} TlDateline;

/*
 * Look for a dateline in text, from offset `from`, in the first few lines:
 * "KYIV, April 27, 2024 (Reuters) -", "SALVADOR, Feb 26 -",
 * "Published: 27 April 2024", a line holding only "Friday, January 4, 2019".
 * TRUE and *out filled when found (out->year is 0 when it has no year).
 * FALSE with error set only when the vocabulary cannot be loaded.
 */
gboolean tl_dateline_find(const char *text, size_t len, size_t from, TlDateline *out,
                          gboolean *found, GError **error);
/* TRUE when the line text[0..len) is a dateline of its own, or starts with one. */
gboolean tl_dateline_at(const char *line, size_t len, TlDateline *out);
/* The dct string (YYYY-MM-DD[THH:MM]) of a dateline with a year: new string. */
char *tl_dateline_dct(const TlDateline *d);

/*
 * Parse an ISO 8601 date or date-time as found in metadata
 * ("2024-04-27", "2024-04-27T08:30:00+03:00", "20240427", "2024-04-27 08:30")
 * into the dct form: YYYY-MM-DD, or YYYY-MM-DDTHH:MM when a time is given (the
 * local time as written; seconds and the zone are dropped).  With strict
 * (--dct), only ISO 8601's extended form: "YYYY-MM-DD", "YYYY-MM-DDTHH:MM"
 * with optional ":SS[.fff]" and "Z" or "+HH:MM".  Returns a new string, or
 * NULL when s is not a valid date.
 */
char *tl_dct_parse(const char *s, gboolean strict);

/* ---- HTML (html.c, htmlmeta.c) ------------------------------------------ */

/* Read an HTML page: title, DCT and URL from its metadata, the article's text. */
TlDoc *tl_html_read(const char *buf, size_t len, const TlNormOpts *opts, GError **error);

/*
 * A copy of the markup buf with every tag cut to its first 512 attributes
 * (libxml2 is quadratic in them), or NULL when no tag has more.  The caller
 * frees it.
 */
GString *tl_markup_cap_attributes(const char *buf, size_t len);

/* ---- TimeML (timeml.c) -------------------------------------------------- */

/* Read a TimeML document: the text content of <TEXT>, the CREATION_TIME date. */
TlDoc *tl_timeml_read(const char *buf, size_t len, const TlNormOpts *opts, GError **error);

/* ---- records (doc.c) ---------------------------------------------------- */

/*
 * Append the members "sentences":[[s,e],...],"paragraphs":[[s,e],...] of
 * text to out (JSON text, without braces).
 */
void tl_doc_spans_json(const char *text, size_t len, GString *out);
/*
 * Write rec as one JSON line to out with the sentences and paragraphs of
 * text spliced in last (any it had are dropped).  text is borrowed.
 */
void tl_doc_write(TlRecord *rec, const char *text, size_t len, GString *out);
/*
 * A new record from doc, with its keys in the documented order: id, source
 * (NULL: JSON null), title, dct, dct_source, url (when known), text; write it
 * with tl_doc_write, which adds sentences and paragraphs.
 */
TlRecord *tl_doc_to_record(const TlDoc *doc, const char *id, const char *source);
/*
 * Complete a JSON Lines input record in place: its own fields are kept, the
 * missing ones added (id from default_id, title and dct from the text as for
 * plain text), and the text cleaned when it holds control characters;
 * old sentences and paragraphs are removed (tl_doc_write adds them).
 * default_id may be NULL when the record has an id; source NULL is JSON
 * null; dct_override (may be NULL) is --dct.  Error: no "text" string.
 */
gboolean tl_doc_complete_record(TlRecord *rec, const char *default_id, const char *source,
                                const char *dct_override,
                                GPtrArray *warnings, GError **error);

#endif
