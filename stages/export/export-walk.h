/*
 * Internal to tl-export: walking a timeline's bytes (export-walk.c), for the
 * timeline's first walk and its entries (export-read.c) and its documents
 * (export-docs.c).
 */
#ifndef TL_EXPORT_WALK_H
#define TL_EXPORT_WALK_H

#include "export.h"

#define MAX_DEPTH 1000
#define DEFAULT_CHUNK (1 << 20)
#define NO_MARK ((size_t)-1)

struct TlExportTl {
	json_t *head;          /* the members other than "entries" (read), or the whole tree */
	const json_t *entries; /* tree mode: the entries array */
	int fd;                /* read mode: the file (borrowed), or -1 for mem */
	const char *mem;       /* read mode without a file: the bytes (borrowed) */
	size_t mem_len;
	guint64 start;         /* where the document starts (past a byte order mark) */
	guint64 entries_at;    /* where the last "entries" array opens ('[') */
	size_t chunk;
	/* read mode, when the last "documents" is an array (then not in head):
	 * where it opens, and its objects with a string "id" by the hash of the
	 * id, sorted by hash then offset (so the first of an id comes first) */
	gboolean docs_read;
	guint64 docs_at;
	GArray *docs; /* of DocAt */
};

typedef struct {
	guint64 hash, off, len;
} DocAt;

/*
 * A window on the bytes: buf[pos, end) not read yet, buf[0] at offset off.
 * When more are needed the bytes before pos are dropped, except from mark
 * on (a value being gathered to be parsed), and a chunk more is read.
 */
struct TlExportCursor {
	const TlExportTl *tl;
	char *buf;
	size_t cap, pos, end, mark;
	guint64 off;
	gboolean eof, failed;
};
typedef struct TlExportCursor Cur;


/* Where an item of an array is read again, and why it failed. */
typedef struct {
	gboolean bad;
	guint64 bad_off;
	json_error_t jerr;
} ItemErr;

/* Read n bytes at off of the timeline's file or memory. */
ssize_t tl_walk_src_read(const TlExportTl *tl, char *buf, size_t n, guint64 off);
/* A cursor on tl's bytes from offset at; tl_walk_clear frees its window. */
void tl_walk_init(Cur *c, const TlExportTl *tl, guint64 at);
void tl_walk_clear(Cur *c);
/* Read more bytes when all are read: FALSE at the end or on a read error. */
gboolean tl_walk_fill(Cur *c);
/* Past white space. */
void tl_walk_ws(Cur *c);
/* Is the byte at pos ch? */
gboolean tl_walk_is(Cur *c, char ch);
/* Past the string that opens at pos ('"'): FALSE when it does not end;
 * *escaped (may be NULL) tells whether it held a backslash. */
gboolean tl_walk_string(Cur *c, gboolean *escaped);
/* Past the value at pos: FALSE when it is empty, does not end or nests too
 * deep (only its extent is found). */
gboolean tl_walk_value(Cur *c);
/* Past the ',' or the closing `close` after an item: 1 when more items
 * follow, 0 at the end, -1 when neither comes. */
int tl_walk_after_item(Cur *c, char close);
/* Gather the value at pos and parse it; NULL (jerr set, *at its offset)
 * when it does not end or is not valid JSON. */
json_t *tl_walk_parse(Cur *c, guint64 *at, json_error_t *jerr);
/* The array that opens at pos ('['), walked past: item is handed each
 * item's first byte and moves pos past it; FALSE when an item fails or the
 * array does not close. */
gboolean tl_walk_array(Cur *c, gboolean (*item)(Cur *c, gpointer data), gpointer data);
/* The object that opens at pos ('{'), walked past: member is handed each
 * member's key, pos at its value, and moves pos past it; FALSE when a
 * member fails, a key does not read (with plain_keys, one holding an escape,
 * a control character or bad UTF-8 does not), or the object does not close. */
gboolean tl_walk_object(Cur *c, gboolean plain_keys,
                        gboolean (*member)(Cur *c, const char *key, gpointer data), gpointer data);
/* The next item of the array that opens at `at`, read again with the
 * cursor *cp (made on the first call); entries (objects) that are big are
 * read with their sources cut down (tl_export_slim_min).  NULL at the end,
 * or with e->bad set. */
json_t *tl_walk_next_item(const TlExportTl *tl, Cur **cp, guint64 at, gboolean objects, ItemErr *e);
/* FALSE (error set: the line of e->bad_off plus the lines into the item,
 * "not valid JSON" and Jansson's message) when e->bad. */
gboolean tl_walk_item_ok(const TlExportTl *tl, const ItemErr *e, GError **error);
/* The line of the byte at off (1 for the first). */
guint64 tl_walk_line_at(const TlExportTl *tl, guint64 off);

/* The documents (export-docs.c): the "documents" array that opens at pos,
 * walked past, its documents' places sorted by id hash. */
gboolean tl_export_walk_documents(TlExportTl *tl, Cur *c);

/* Is there a byte at pos (read when needed)? */
static inline gboolean
tl_walk_more(Cur *c)
{
	return c->pos < c->end || tl_walk_fill(c);
}

#endif
