/*
 * JSON Lines records: reading lines, parsing records, and writing them back.
 *
 * A stage that only adds fields should not re-serialize the whole record
 * (docs/FORMAT.md, "speed"): a TlRecord keeps the input line's bytes and an
 * index of its top-level members, found by a fast validating scanner.  Values
 * are decoded only when asked for.  On output the untouched members are copied
 * byte for byte, the members set by the stage follow in the order they were
 * set, so the output is deterministic and a rerun replaces a stage's fields.
 */
#ifndef TL_RECORD_H
#define TL_RECORD_H

#include <stdio.h>
#include "tl/tl.h"

/* ---- line reader --------------------------------------------------------- */

typedef struct TlReader TlReader;

typedef enum {
	TL_READ_OK,      /* *line holds a line (without its '\n') */
	TL_READ_EOF,     /* nothing more */
	TL_READ_SKIPPED, /* a line over the limit was skipped whole; error set; go on */
	TL_READ_ERROR,   /* reading failed; error set; stop */
} TlReadStatus;

/*
 * Open path for reading lines ("-" or NULL is standard input).  max_line is
 * the longest line accepted (0: no limit).  Returns NULL with error set when
 * the file cannot be opened.
 */
TlReader *tl_reader_open(const char *path, size_t max_line, GError **error);
void tl_reader_free(TlReader *r);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlReader, tl_reader_free)

/*
 * FALSE with error set when r's file is also out's (a regular file with
 * bytes left to read): a stage whose standard output is appended to its
 * input (`tl-dates in.jsonl >> in.jsonl`) would read its own records back
 * and grow the file until the disk is full, as cat refuses to.  Call before
 * the first tl_reader_next.
 */
gboolean tl_reader_check_output(const TlReader *r, FILE *out, GError **error);

/*
 * Read the next line.  *line is borrowed and valid until the next call; it is
 * not NUL-terminated (but a NUL follows it in memory).  Runs in time linear in
 * the line's length, however long.
 */
TlReadStatus tl_reader_next(TlReader *r, const char **line, size_t *len, GError **error);
/* Line number (from 1) of the line last returned. */
guint64 tl_reader_lineno(const TlReader *r);
/* The name to quote in messages: the path, or "<stdin>"; borrowed. */
const char *tl_reader_name(const TlReader *r);
/* "file:N" of the line the last reader used is reading or gave, into buf;
 * FALSE when no reader has given a line yet.  For fatal.c's message, and
 * for a warning from a tl_cli_map_records callback. */
gboolean tl_reader_where(char *buf, size_t size);

/*
 * Read a whole file (path "-" is standard input) of at most max bytes (0: no
 * limit) into a new NUL-terminated buffer.  Errors name the file.
 */
gboolean tl_read_file(const char *path, size_t max, char **data, size_t *len, GError **error);

/* The record id of a document file (new string): its name without the folder
 * and the last extension; "stdin" for "-" (docs/FORMAT.md). */
char *tl_file_id(const char *path);

/* ---- records --------------------------------------------------------------- */

typedef struct TlRecord TlRecord;

/* A new empty record ({}). */
TlRecord *tl_record_new(void);
/*
 * Parse one line as a record: valid UTF-8, valid JSON, an object.  The bytes
 * are copied.  On error returns NULL with a message that says what is wrong
 * and at which byte of the line.
 */
TlRecord *tl_record_parse(const char *line, size_t len, GError **error);
void tl_record_free(TlRecord *rec);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlRecord, tl_record_free)

gboolean tl_record_has(TlRecord *rec, const char *key);
/* The member's value, decoded on first use and cached: borrowed, NULL if absent. */
json_t *tl_record_get(TlRecord *rec, const char *key);
/*
 * A string member's text, decoded (fast path, no json_t): borrowed, valid while
 * rec lives; NULL if absent or not a string.  *len (if not NULL) gets its byte
 * length; the text is NUL-terminated too.
 */
const char *tl_record_get_string(TlRecord *rec, const char *key, size_t *len);
/*
 * The bytes of an input member's value as they are on the line (valid JSON,
 * since the line was scanned): borrowed, valid while rec lives and the member
 * is not replaced; NULL if absent or set by the stage.  For readers that
 * decode only what they use (tl-merge).
 */
const char *tl_record_get_raw(TlRecord *rec, const char *key, size_t *len);
/* Set a member, stealing value; replaces any member of that name. */
void tl_record_set(TlRecord *rec, const char *key, json_t *value);
/* Set a string member from len bytes of UTF-8 (copied). */
void tl_record_set_string(TlRecord *rec, const char *key, const char *s, size_t len);
/*
 * Set a member to already serialized JSON: json[0..len) is copied as it is,
 * so it must be one valid JSON value (the caller's promise; it is not
 * checked).  For stages that write their fields faster than Jansson can.
 */
void tl_record_set_raw(TlRecord *rec, const char *key, const char *json, size_t len);
void tl_record_remove(TlRecord *rec, const char *key);
/* Append the record as one JSON line, '\n' included, to out. */
void tl_record_write(TlRecord *rec, GString *out);
/*
 * Write the same bytes to fp, with buf as scratch (emptied): big members go
 * straight from the record to fp, so a big record is not copied whole.
 * FALSE when a write fails.
 */
gboolean tl_record_write_file(TlRecord *rec, GString *buf, FILE *fp);

/*
 * Decode the JSON string whose opening quote is at s[0] and which spans span
 * bytes, quotes included (a string the scanner accepted): a new string,
 * *len its byte length.
 */
char *tl_json_string_decode(const char *s, size_t span, size_t *len);

/* Append json_t value compactly (deterministic, UTF-8 kept) to out. */
void tl_json_append(GString *out, const json_t *value);

#endif
