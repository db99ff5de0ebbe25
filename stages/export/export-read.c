/*
 * A timeline as the formats read it: its members other than "entries" (the
 * title, the documents) as one object, and its entries one at a time.
 *
 * A timeline is mostly entries (on all of Reuters-21578, 53,074 of them in
 * 69 MB; issue 7's 1 GB news stream makes one of several GB), and Jansson
 * holds a document at about ten times its size.  So the bytes are read in
 * chunks (pread, so that the file is never held whole) and walked twice:
 * first for structure only (strings, brackets, commas), the other members
 * parsed on their own; then, as a format asks for them, the entries, each
 * parsed and freed when the format moves on.  The first walk tells before
 * a byte is written whether the document is plain: anything it does not
 * plainly understand (a key with an escape or a control character, a top
 * level that is not an object, an "entries" that is not an array of
 * objects, nesting past 1,000, trailing bytes) sends the whole document to
 * Jansson as before, so the messages about a bad timeline stay Jansson's
 * own.  An entry that does not parse is reported as Jansson reports it in
 * the whole document: its message, at its line in the file.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>
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

guint64 tl_export_docs_hash_mask = G_MAXUINT64;

/* FNV-1a, 64 bits, masked (tests force collisions with the mask). */
static guint64
doc_hash(const char *id)
{
	guint64 h = 14695981039346656037ULL;
	for (const guchar *p = (const guchar *)id; *p; p++)
		h = (h ^ *p) * 1099511628211ULL;
	return h & tl_export_docs_hash_mask;
}

static int
doc_at_cmp(gconstpointer a, gconstpointer b)
{
	const DocAt *x = a, *y = b;
	if (x->hash != y->hash)
		return x->hash < y->hash ? -1 : 1;
	return x->off < y->off ? -1 : x->off > y->off;
}

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

static ssize_t
src_read(const TlExportTl *tl, char *buf, size_t n, guint64 off)
{
	if (tl->fd < 0) {
		if (off >= tl->mem_len)
			return 0;
		size_t k = MIN(n, tl->mem_len - (size_t)off);
		memcpy(buf, tl->mem + off, k);
		return (ssize_t)k;
	}
	for (;;) {
		ssize_t r = pread(tl->fd, buf, n, (off_t)off);
		if (r >= 0 || errno != EINTR)
			return r;
	}
}

static void
cur_init(Cur *c, const TlExportTl *tl, guint64 at)
{
	*c = (Cur){tl, NULL, 0, 0, 0, NO_MARK, at, FALSE, FALSE};
}

static void
cur_clear(Cur *c)
{
	g_clear_pointer(&c->buf, g_free);
}

/* Read more bytes when all are read: FALSE at the end or on a read error. */
static gboolean
cur_fill(Cur *c)
{
	if (c->eof)
		return FALSE;
	size_t want = c->tl->chunk;
	if (c->cap - c->end < want) {
		size_t keep = c->mark != NO_MARK ? c->mark : c->pos;
		if (keep)
			memmove(c->buf, c->buf + keep, c->end - keep);
		c->off += keep;
		c->pos -= keep;
		c->end -= keep;
		if (c->mark != NO_MARK)
			c->mark = 0;
		if (c->cap - c->end < want) {
			c->cap = MAX(c->cap * 2, c->end + want);
			c->buf = g_realloc(c->buf, c->cap);
		}
	}
	ssize_t r = src_read(c->tl, c->buf + c->end, want, c->off + c->end);
	if (r <= 0) {
		c->eof = TRUE;
		c->failed = r < 0;
		return FALSE;
	}
	c->end += (size_t)r;
	return TRUE;
}

/* Is there a byte at pos (read when needed)? */
static inline gboolean
cur_at(Cur *c)
{
	return c->pos < c->end || cur_fill(c);
}

static void
skip_ws(Cur *c)
{
	while (cur_at(c)) {
		char ch = c->buf[c->pos];
		if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r')
			return;
		c->pos++;
	}
}

static gboolean
at_char(Cur *c, char ch)
{
	return cur_at(c) && c->buf[c->pos] == ch;
}

/*
 * Past the string that opens at pos ('"'): FALSE when it does not end;
 * *escaped tells whether it held a backslash.  The next quote found is kept
 * (by offset: the window moves) until passed, so that a string of many
 * escapes is not searched to its end once per escape.
 */
static gboolean
skip_string(Cur *c, gboolean *escaped)
{
	guint64 q = 0;        /* the next quote at q; with none, no quote before q */
	gboolean none = TRUE; /* (q 0: not searched yet) */
	c->pos++;
	for (;;) {
		if (!cur_at(c))
			return FALSE;
		guint64 here = c->off + c->pos, wend = c->off + c->end;
		if (none ? q < wend : q < here) {
			guint64 from = none ? MAX(q, here) : here;
			const char *f = memchr(c->buf + (from - c->off), '"', (size_t)(wend - from));
			none = f == NULL;
			q = f ? c->off + (guint64)(f - c->buf) : wend;
		}
		size_t lim = (size_t)(q - c->off);
		const char *b = memchr(c->buf + c->pos, '\\', lim - c->pos);
		if (b) {
			if (escaped)
				*escaped = TRUE;
			c->pos = (size_t)(b - c->buf) + 1;
			if (!cur_at(c))
				return FALSE;
			c->pos++; /* the escaped byte */
			continue;
		}
		if (!none) {
			c->pos = lim + 1;
			return TRUE;
		}
		c->pos = c->end;
	}
}

/* Past the value at pos: FALSE when it is empty, does not end or nests too
 * deep.  Only its extent is found: Jansson checks what is inside when it
 * parses it. */
static gboolean
skip_value(Cur *c)
{
	if (!cur_at(c))
		return FALSE;
	char ch = c->buf[c->pos];
	if (ch == '"')
		return skip_string(c, NULL);
	if (ch != '{' && ch != '[') { /* a number, true, false, null (or junk) */
		guint64 from = c->off + c->pos;
		while (cur_at(c) && (ch = c->buf[c->pos]) != ',' && ch != '}' && ch != ']' && ch != ' ' &&
		       ch != '\t' && ch != '\n' && ch != '\r')
			c->pos++;
		return c->off + c->pos > from;
	}
	int depth = 0;
	while (cur_at(c)) {
		ch = c->buf[c->pos];
		if (ch == '"') {
			if (!skip_string(c, NULL))
				return FALSE;
			continue;
		}
		if (ch == '{' || ch == '[') {
			if (++depth > MAX_DEPTH)
				return FALSE;
		} else if ((ch == '}' || ch == ']') && --depth == 0) {
			c->pos++;
			return TRUE;
		}
		c->pos++;
	}
	return FALSE;
}

/* Past the ',' or the closing `close` after an item: 1 when more items
 * follow (pos at the next), 0 at the end (pos past close), -1 when neither
 * comes. */
static int
after_item(Cur *c, char close)
{
	skip_ws(c);
	if (at_char(c, ',')) {
		c->pos++;
		skip_ws(c);
		return 1;
	}
	if (at_char(c, close)) {
		c->pos++;
		return 0;
	}
	return -1;
}

/* Gather the value at pos and parse it; NULL (jerr set, *at its offset)
 * when it does not end or is not valid JSON. */
static json_t *
read_value(Cur *c, guint64 *at, json_error_t *jerr)
{
	c->mark = c->pos;
	*at = c->off + c->pos;
	json_t *v = NULL;
	if (skip_value(c))
		v = json_loadb(c->buf + c->mark, c->pos - c->mark, JSON_DECODE_ANY, jerr);
	else
		g_strlcpy(jerr->text, "the value does not end", sizeof jerr->text), jerr->line = 1;
	c->mark = NO_MARK;
	return v;
}

/* An entry from this many bytes on is read member by member, its sources
 * cut down to what the formats read of them (a tests' knob). */
size_t tl_export_slim_min = 1 << 20;

/* A source as the formats read it: its "doc", "event" and "sentence"
 * (anything that is not an object is kept as it is). */
static json_t *
slim_source(json_t *src)
{
	if (!json_is_object(src))
		return src;
	static const char *const keep[] = {"doc", "event", "sentence"};
	json_t *s = json_object();
	for (size_t i = 0; i < G_N_ELEMENTS(keep); i++) {
		json_t *v = json_object_get(src, keep[i]);
		if (v)
			json_object_set(s, keep[i], v);
	}
	json_decref(src);
	return s;
}

static gboolean walk_array(Cur *c, gboolean (*item)(Cur *c, gpointer data), gpointer data);

static gboolean
add_source(Cur *c, gpointer data)
{
	guint64 at;
	json_error_t jerr;
	json_t *v = read_value(c, &at, &jerr);
	if (!v)
		return FALSE;
	json_array_append_new(data, slim_source(v));
	return TRUE;
}

/* The object at pos ('{'), an entry, read member by member with its
 * "sources" cut down (slim_source), or NULL when anything in it is not
 * plain JSON (the caller then asks Jansson for its message). */
static json_t *
read_slim(Cur *c)
{
	g_autoptr(json_t) o = json_object();
	c->pos++;
	skip_ws(c);
	int more = 1;
	if (at_char(c, '}'))
		c->pos++, more = 0;
	while (more > 0) {
		guint64 at;
		json_error_t jerr;
		if (!at_char(c, '"'))
			return NULL;
		g_autoptr(json_t) key = read_value(c, &at, &jerr);
		const char *k = json_string_value(key);
		if (!k || strlen(k) != json_string_length(key))
			return NULL; /* a key with a NUL: Jansson refuses it */
		skip_ws(c);
		if (!at_char(c, ':'))
			return NULL;
		c->pos++;
		skip_ws(c);
		json_t *v;
		if (strcmp(k, "sources") == 0 && at_char(c, '[')) {
			v = json_array();
			if (!walk_array(c, add_source, v)) {
				json_decref(v);
				return NULL;
			}
		} else if (!(v = read_value(c, &at, &jerr))) {
			return NULL;
		}
		json_object_set_new(o, k, v);
		more = after_item(c, '}');
	}
	return more == 0 ? g_steal_pointer(&o) : NULL;
}

/* The entry at pos ('{'), parsed; NULL (jerr set, *at its offset) when it
 * does not end or is not valid JSON.  A big one is read by read_slim over
 * its bytes, so that Jansson does not hold all its sources whole. */
static json_t *
read_entry(Cur *c, guint64 *at, json_error_t *jerr)
{
	c->mark = c->pos;
	*at = c->off + c->pos;
	json_t *v = NULL;
	if (!skip_value(c)) {
		g_strlcpy(jerr->text, "the value does not end", sizeof jerr->text), jerr->line = 1;
	} else {
		size_t n = c->pos - c->mark;
		if (n >= tl_export_slim_min) {
			TlExportTl mem = {.fd = -1, .chunk = n};
			Cur sub = {&mem, c->buf + c->mark, n, 0, n, NO_MARK, 0, TRUE, FALSE};
			v = read_slim(&sub);
		}
		if (!v)
			v = json_loadb(c->buf + c->mark, n, JSON_DECODE_ANY, jerr);
	}
	c->mark = NO_MARK;
	return v;
}

/* The array that opens at pos ('['), walked past: item is handed each
 * item's first byte and moves pos past it; FALSE when an item fails or the
 * array does not close. */
static gboolean
walk_array(Cur *c, gboolean (*item)(Cur *c, gpointer data), gpointer data)
{
	c->pos++;
	skip_ws(c);
	if (at_char(c, ']')) {
		c->pos++;
		return TRUE;
	}
	int more;
	do {
		if (!item(c, data))
			return FALSE;
	} while ((more = after_item(c, ']')) > 0);
	return more == 0;
}

/* An entry: objects only (tl-merge's entries; a number alone would not fail
 * as it does in the document). */
static gboolean
skip_entry(Cur *c, gpointer data)
{
	(void)data;
	return at_char(c, '{') && skip_value(c);
}

/* A document, parsed on its own (the bytes Jansson would parse in the whole
 * array) and dropped; an object with a string "id" is remembered by where
 * it is.  FALSE when it does not end or does not parse. */
static gboolean
remember_document(Cur *c, gpointer data)
{
	TlExportTl *tl = data;
	guint64 at;
	json_error_t jerr;
	json_t *v = read_value(c, &at, &jerr);
	if (!v)
		return FALSE;
	const char *id = json_string_value(json_object_get(v, "id"));
	if (id) {
		DocAt d = {doc_hash(id), at, c->off + c->pos - at};
		g_array_append_val(tl->docs, d);
	}
	json_decref(v);
	return TRUE;
}

/* The "documents" array that opens at pos ('['), walked past, its
 * documents' places sorted by id hash (then offset: the first of an id
 * wins). */
static gboolean
walk_documents(TlExportTl *tl, Cur *c)
{
	tl->docs_read = TRUE;
	tl->docs_at = c->off + c->pos;
	if (!tl->docs)
		tl->docs = g_array_new(FALSE, FALSE, sizeof(DocAt));
	g_array_set_size(tl->docs, 0);
	if (!walk_array(c, remember_document, tl))
		return FALSE;
	g_array_sort(tl->docs, doc_at_cmp);
	return TRUE;
}

/* A key the walk can take as it is: no escape, no control character
 * (Jansson refuses one), valid UTF-8. */
static gboolean
plain_key(const char *k, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((guchar)k[i] < 0x20)
			return FALSE;
	return g_utf8_validate(k, (gssize)n, NULL);
}

/* The first walk: the top-level object's members, all but "entries" parsed
 * into tl->head; FALSE when the document is not plain. */
static gboolean
walk_document(TlExportTl *tl, Cur *c)
{
	gboolean have_entries = FALSE;
	skip_ws(c);
	if (!at_char(c, '{'))
		return FALSE;
	c->pos++;
	skip_ws(c);
	int more = 1;
	if (at_char(c, '}'))
		c->pos++, more = 0;
	while (more > 0) {
		if (!at_char(c, '"'))
			return FALSE;
		gboolean escaped = FALSE;
		c->mark = c->pos;
		if (!skip_string(c, &escaped) || escaped ||
		    !plain_key(c->buf + c->mark + 1, c->pos - c->mark - 2))
			return FALSE;
		g_autofree char *key = g_strndup(c->buf + c->mark + 1, c->pos - c->mark - 2);
		c->mark = NO_MARK;
		skip_ws(c);
		if (!at_char(c, ':'))
			return FALSE;
		c->pos++;
		skip_ws(c);
		if (strcmp(key, "entries") == 0) {
			/* the last "entries" counts, as in Jansson's object */
			if (!at_char(c, '['))
				return FALSE;
			tl->entries_at = c->off + c->pos;
			if (!walk_array(c, skip_entry, NULL))
				return FALSE;
			have_entries = TRUE;
		} else if (strcmp(key, "documents") == 0 && at_char(c, '[')) {
			/* the last "documents" counts: an array is read from the
			 * file as it is needed, anything else is in head */
			json_object_del(tl->head, key);
			if (!walk_documents(tl, c))
				return FALSE;
		} else {
			guint64 at;
			json_error_t jerr;
			json_t *v = read_value(c, &at, &jerr);
			if (!v)
				return FALSE;
			if (strcmp(key, "documents") == 0)
				tl->docs_read = FALSE;
			json_object_set_new(tl->head, key, v);
		}
		more = after_item(c, '}');
	}
	skip_ws(c);
	/* trailing bytes, or no entries: Jansson says what is wrong */
	return more == 0 && !cur_at(c) && !c->failed && have_entries;
}

static TlExportTl *
new_read(TlExportTl *tl)
{
	Cur c;
	cur_init(&c, tl, tl->start);
	tl->head = json_object();
	gboolean ok = walk_document(tl, &c);
	cur_clear(&c);
	if (!ok)
		g_clear_pointer(&tl, tl_export_tl_free);
	return tl;
}

TlExportTl *
tl_export_tl_new_fd(int fd, guint64 start, size_t chunk)
{
	TlExportTl *tl = g_new0(TlExportTl, 1);
	tl->fd = fd;
	tl->start = start;
	tl->chunk = chunk ? chunk : DEFAULT_CHUNK;
	return new_read(tl);
}

TlExportTl *
tl_export_tl_new_bytes(const char *s, size_t n, size_t chunk)
{
	TlExportTl *tl = g_new0(TlExportTl, 1);
	tl->fd = -1;
	tl->mem = s;
	tl->mem_len = n;
	tl->chunk = chunk ? chunk : DEFAULT_CHUNK;
	return new_read(tl);
}

TlExportTl *
tl_export_tl_new_tree(const json_t *tree, GError **error)
{
	if (!json_is_object(tree) || !json_is_array(json_object_get(tree, "entries"))) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD,
		            "not a timeline: expected an object with an \"entries\" array (tl-merge output)");
		return NULL;
	}
	TlExportTl *tl = g_new0(TlExportTl, 1);
	tl->head = json_incref((json_t *)tree);
	tl->entries = json_object_get(tree, "entries");
	tl->fd = -1;
	return tl;
}

void
tl_export_tl_free(TlExportTl *tl)
{
	if (!tl)
		return;
	json_decref(tl->head);
	if (tl->docs)
		g_array_free(tl->docs, TRUE);
	g_free(tl);
}

/* ---- what the formats read ---- */

const json_t *
tl_export_tl_head(const TlExportTl *tl)
{
	return tl->head;
}

void
tl_export_entries_init(TlExportEntries *it, const TlExportTl *tl)
{
	memset(it, 0, sizeof *it);
	it->tl = tl;
}

/* Where an item of an array is read again, and why it failed. */
typedef struct {
	gboolean bad;
	guint64 bad_off;
	json_error_t jerr;
} ItemErr;

/* The next item of the array that opens at `at` ('['), read again with the
 * cursor *cp (made on the first call), or NULL at the end (e->bad when one
 * does not parse, is not an object when objects, or when the file changed
 * since the first walk). */
static json_t *
next_item(const TlExportTl *tl, Cur **cp, guint64 at, gboolean objects, ItemErr *e)
{
	Cur *c = *cp;
	if (!c) {
		c = *cp = g_new(Cur, 1);
		cur_init(c, tl, at);
		if (!at_char(c, '['))
			goto changed;
		c->pos++;
		skip_ws(c);
		if (at_char(c, ']'))
			return NULL;
	} else {
		int more = after_item(c, ']');
		if (more == 0)
			return NULL;
		if (more < 0)
			goto changed;
	}
	if (objects && !at_char(c, '{'))
		goto changed;
	json_t *v = objects ? read_entry(c, &e->bad_off, &e->jerr)
	                    : read_value(c, &e->bad_off, &e->jerr);
	if (!v)
		e->bad = TRUE;
	return v;
changed:
	e->bad = TRUE;
	e->bad_off = c->off + c->pos;
	e->jerr.line = 1;
	g_strlcpy(e->jerr.text, "the file changed while it was read", sizeof e->jerr.text);
	return NULL;
}

/* The next entry of the second walk (see next_item). */
static json_t *
next_read(TlExportEntries *it)
{
	ItemErr e = {FALSE, 0, {0}};
	json_t *v = next_item(it->tl, &it->c, it->tl->entries_at, TRUE, &e);
	if (e.bad) {
		it->bad = TRUE;
		it->bad_off = e.bad_off;
		it->jerr = e.jerr;
	}
	return v;
}

const json_t *
tl_export_entries_next(TlExportEntries *it)
{
	const TlExportTl *tl = it->tl;
	g_clear_pointer(&it->cur, json_decref);
	if (it->bad)
		return NULL;
	if (tl->entries)
		return it->next < json_array_size(tl->entries) ? json_array_get(tl->entries, it->next++)
		                                                : NULL;
	if ((it->cur = next_read(it)))
		it->next++;
	return it->cur;
}

/* The line of the byte at off (1 for the first). */
static guint64
line_at(const TlExportTl *tl, guint64 off)
{
	guint64 line = 1;
	g_autofree char *buf = g_malloc(tl->chunk);
	for (guint64 at = 0; at < off;) {
		ssize_t r = src_read(tl, buf, (size_t)MIN((guint64)tl->chunk, off - at), at);
		if (r <= 0)
			break;
		for (const char *p = buf; (p = memchr(p, '\n', (size_t)(buf + r - p))); p++)
			line++;
		at += (guint64)r;
	}
	return line;
}

gboolean
tl_export_entries_ok(const TlExportEntries *it, GError **error)
{
	if (!it->bad)
		return TRUE;
	/* where Jansson, reading the whole document, stops: the line the entry
	 * starts on, plus the lines into it */
	guint64 line = line_at(it->tl, it->bad_off) + (guint64)MAX(it->jerr.line, 1) - 1;
	g_set_error(error, TL_ERROR, TL_ERROR_JSON, "%" G_GUINT64_FORMAT ": not valid JSON: %s", line,
	            it->jerr.text);
	return FALSE;
}

gboolean
tl_export_tl_check(const TlExportTl *tl, GError **error)
{
	g_auto(TlExportEntries) it = {0};
	tl_export_entries_init(&it, tl);
	while (tl_export_entries_next(&it))
		;
	return tl_export_entries_ok(&it, error);
}

void
tl_export_entries_clear(TlExportEntries *it)
{
	g_clear_pointer(&it->cur, json_decref);
	if (it->c) {
		cur_clear(it->c);
		g_clear_pointer(&it->c, g_free);
	}
}

/* ---- the documents ---- */

#define DOCS_CACHE 8

struct TlExportDocs {
	const TlExportTl *tl;
	const json_t *tree; /* the "documents" in head (tree mode, or not an array), or NULL */
	GHashTable *table;  /* over tree: borrowed ids to objects, the first of an id */
	struct {
		char *id;
		json_t *doc; /* NULL: no such document */
	} cache[DOCS_CACHE]; /* read mode: the last ids looked up (sources repeat) */
	guint slot;
	char *buf; /* read mode: a document's bytes */
	size_t cap;
	ItemErr err; /* read mode: a document did not read back as it was walked */
};

TlExportDocs *
tl_export_docs(const TlExportTl *tl)
{
	TlExportDocs *docs = g_new0(TlExportDocs, 1);
	docs->tl = tl;
	docs->tree = json_object_get(tl->head, "documents");
	if (docs->tree || !tl->docs_read) {
		docs->table = g_hash_table_new(g_str_hash, g_str_equal);
		size_t i;
		json_t *d;
		json_array_foreach(docs->tree, i, d)
		{
			const char *id = json_string_value(json_object_get(d, "id"));
			if (id && !g_hash_table_contains(docs->table, id))
				g_hash_table_insert(docs->table, (gpointer)id, d);
		}
	}
	return docs;
}

void
tl_export_docs_free(TlExportDocs *docs)
{
	if (!docs)
		return;
	g_clear_pointer(&docs->table, g_hash_table_unref);
	for (guint i = 0; i < DOCS_CACHE; i++) {
		g_free(docs->cache[i].id);
		json_decref(docs->cache[i].doc);
	}
	g_free(docs->buf);
	g_free(docs);
}

const json_t *
tl_export_docs_tree(const TlExportDocs *docs)
{
	return docs->tree;
}

/* The document at d read back and parsed, or NULL (docs->err set). */
static json_t *
read_doc(TlExportDocs *docs, const DocAt *d)
{
	if (docs->err.bad)
		return NULL;
	if (docs->cap < d->len) {
		docs->cap = MAX(d->len, 4096);
		docs->buf = g_realloc(docs->buf, docs->cap);
	}
	size_t got = 0;
	while (got < d->len) {
		ssize_t r = src_read(docs->tl, docs->buf + got, (size_t)d->len - got, d->off + got);
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	json_t *v = NULL;
	if (got == d->len)
		v = json_loadb(docs->buf, got, JSON_DECODE_ANY, &docs->err.jerr);
	if (!v) {
		docs->err.bad = TRUE;
		docs->err.bad_off = d->off;
		docs->err.jerr.line = 1;
		g_strlcpy(docs->err.jerr.text, "the file changed while it was read",
		          sizeof docs->err.jerr.text);
	}
	return v;
}

/* Read mode: the first document of the id, found by its hash (other ids of
 * the same hash passed over), NULL when there is none. */
static json_t *
find_doc(TlExportDocs *docs, const char *id)
{
	const GArray *a = docs->tl->docs;
	guint64 h = doc_hash(id);
	guint lo = 0, hi = a->len;
	while (lo < hi) {
		guint mid = lo + (hi - lo) / 2;
		if (g_array_index(a, DocAt, mid).hash < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < a->len && g_array_index(a, DocAt, lo).hash == h; lo++) {
		json_t *v = read_doc(docs, &g_array_index(a, DocAt, lo));
		if (!v)
			return NULL;
		const char *vid = json_string_value(json_object_get(v, "id"));
		if (vid && strcmp(vid, id) == 0)
			return v;
		json_decref(v);
	}
	return NULL;
}

const json_t *
tl_export_docs_get(TlExportDocs *docs, const char *id)
{
	if (!id)
		return NULL;
	if (docs->table)
		return g_hash_table_lookup(docs->table, id);
	for (guint i = 0; i < DOCS_CACHE; i++)
		if (docs->cache[i].id && strcmp(docs->cache[i].id, id) == 0)
			return docs->cache[i].doc;
	guint k = docs->slot;
	docs->slot = (k + 1) % DOCS_CACHE;
	g_free(docs->cache[k].id);
	json_decref(docs->cache[k].doc);
	docs->cache[k].id = g_strdup(id);
	docs->cache[k].doc = find_doc(docs, id);
	return docs->cache[k].doc;
}

/* error as tl_export_entries_ok says it: the line of off plus the lines
 * into the value. */
static gboolean
item_ok(const TlExportTl *tl, const ItemErr *e, GError **error)
{
	if (!e->bad)
		return TRUE;
	guint64 line = line_at(tl, e->bad_off) + (guint64)MAX(e->jerr.line, 1) - 1;
	g_set_error(error, TL_ERROR, TL_ERROR_JSON, "%" G_GUINT64_FORMAT ": not valid JSON: %s", line,
	            e->jerr.text);
	return FALSE;
}

gboolean
tl_export_docs_ok(const TlExportDocs *docs, GError **error)
{
	return item_ok(docs->tl, &docs->err, error);
}

void
tl_export_docs_iter_init(TlExportDocsIter *it, TlExportDocs *docs)
{
	memset(it, 0, sizeof *it);
	it->docs = docs;
}

const json_t *
tl_export_docs_next(TlExportDocsIter *it)
{
	const TlExportDocs *docs = it->docs;
	g_clear_pointer(&it->cur, json_decref);
	if (it->bad)
		return NULL;
	if (docs->table)
		return it->next < json_array_size(docs->tree) ? json_array_get(docs->tree, it->next++) : NULL;
	ItemErr e = {FALSE, 0, {0}};
	it->cur = next_item(docs->tl, &it->c, docs->tl->docs_at, FALSE, &e);
	if (e.bad) {
		it->bad = TRUE;
		it->bad_off = e.bad_off;
		it->jerr = e.jerr;
	}
	if (it->cur)
		it->next++;
	return it->cur;
}

gboolean
tl_export_docs_iter_ok(const TlExportDocsIter *it, GError **error)
{
	ItemErr e = {it->bad, it->bad_off, it->jerr};
	return item_ok(it->docs->tl, &e, error);
}

void
tl_export_docs_iter_clear(TlExportDocsIter *it)
{
	g_clear_pointer(&it->cur, json_decref);
	if (it->c) {
		cur_clear(it->c);
		g_clear_pointer(&it->c, g_free);
	}
}
