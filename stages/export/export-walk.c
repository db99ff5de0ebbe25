/*
 * Walking a timeline's bytes: a window read in chunks (pread, so that a file
 * is never held whole), moved past strings, values and array items for
 * structure only, and values gathered and parsed by Jansson one at a time.
 *
 * An entry of tl_export_slim_min bytes or more is parsed member by member
 * with its sources cut down to what the formats read of them ("doc",
 * "event", "sentence"): Jansson holds a value at about ten times its size,
 * and one entry of a big archive's timeline carries tens of thousands of
 * sources.  Anything in it that is not plain JSON is parsed whole again, so
 * that the message is Jansson's own.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "export-walk.h"

ssize_t
tl_walk_src_read(const TlExportTl *tl, char *buf, size_t n, guint64 off)
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

void
tl_walk_init(Cur *c, const TlExportTl *tl, guint64 at)
{
	*c = (Cur){tl, NULL, 0, 0, 0, NO_MARK, at, FALSE, FALSE};
}

void
tl_walk_clear(Cur *c)
{
	g_clear_pointer(&c->buf, g_free);
}

/* Read more bytes when all are read: FALSE at the end or on a read error. */
gboolean
tl_walk_fill(Cur *c)
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
	ssize_t r = tl_walk_src_read(c->tl, c->buf + c->end, want, c->off + c->end);
	if (r <= 0) {
		c->eof = TRUE;
		c->failed = r < 0;
		return FALSE;
	}
	c->end += (size_t)r;
	return TRUE;
}

void
tl_walk_ws(Cur *c)
{
	while (tl_walk_more(c)) {
		char ch = c->buf[c->pos];
		if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r')
			return;
		c->pos++;
	}
}

gboolean
tl_walk_is(Cur *c, char ch)
{
	return tl_walk_more(c) && c->buf[c->pos] == ch;
}

/*
 * Past the string that opens at pos ('"'): FALSE when it does not end;
 * *escaped tells whether it held a backslash.  The next quote found is kept
 * (by offset: the window moves) until passed, so that a string of many
 * escapes is not searched to its end once per escape.
 */
gboolean
tl_walk_string(Cur *c, gboolean *escaped)
{
	guint64 q = 0;        /* the next quote at q; with none, no quote before q */
	gboolean none = TRUE; /* (q 0: not searched yet) */
	c->pos++;
	for (;;) {
		if (!tl_walk_more(c))
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
			if (!tl_walk_more(c))
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
gboolean
tl_walk_value(Cur *c)
{
	if (!tl_walk_more(c))
		return FALSE;
	char ch = c->buf[c->pos];
	if (ch == '"')
		return tl_walk_string(c, NULL);
	if (ch != '{' && ch != '[') { /* a number, true, false, null (or junk) */
		guint64 from = c->off + c->pos;
		while (tl_walk_more(c) && (ch = c->buf[c->pos]) != ',' && ch != '}' && ch != ']' && ch != ' ' &&
		       ch != '\t' && ch != '\n' && ch != '\r')
			c->pos++;
		return c->off + c->pos > from;
	}
	int depth = 0;
	while (tl_walk_more(c)) {
		ch = c->buf[c->pos];
		if (ch == '"') {
			if (!tl_walk_string(c, NULL))
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
int
tl_walk_after_item(Cur *c, char close)
{
	tl_walk_ws(c);
	if (tl_walk_is(c, ',')) {
		c->pos++;
		tl_walk_ws(c);
		return 1;
	}
	if (tl_walk_is(c, close)) {
		c->pos++;
		return 0;
	}
	return -1;
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

static gboolean
add_source(Cur *c, gpointer data)
{
	guint64 at;
	json_error_t jerr;
	json_t *v = tl_walk_parse(c, &at, &jerr);
	if (!v)
		return FALSE;
	json_array_append_new(data, slim_source(v));
	return TRUE;
}

static gboolean
add_member(Cur *c, const char *key, gpointer data)
{
	json_t *v;
	if (strcmp(key, "sources") == 0 && tl_walk_is(c, '[')) {
		v = json_array();
		if (!tl_walk_array(c, add_source, v)) {
			json_decref(v);
			return FALSE;
		}
	} else {
		guint64 at;
		json_error_t jerr;
		if (!(v = tl_walk_parse(c, &at, &jerr)))
			return FALSE;
	}
	json_object_set_new(data, key, v);
	return TRUE;
}

/* The object at pos ('{'), an entry, read member by member with its
 * "sources" cut down (slim_source), or NULL when anything in it is not
 * plain JSON (the caller then asks Jansson for its message). */
static json_t *
read_slim(Cur *c)
{
	json_t *o = json_object();
	if (!tl_walk_object(c, FALSE, add_member, o))
		g_clear_pointer(&o, json_decref);
	return o;
}

/* Gather the value at pos and parse it, from slim_from bytes on member by
 * member (read_slim) over its bytes; NULL (jerr set, *at its offset) when
 * it does not end or is not valid JSON. */
static json_t *
gather(Cur *c, guint64 *at, json_error_t *jerr, size_t slim_from)
{
	c->mark = c->pos;
	*at = c->off + c->pos;
	json_t *v = NULL;
	if (!tl_walk_value(c)) {
		g_strlcpy(jerr->text, "the value does not end", sizeof jerr->text), jerr->line = 1;
	} else {
		size_t n = c->pos - c->mark;
		if (n >= slim_from) {
			TlExportTl mem = {.fd = -1, .chunk = n};
			Cur sub = {.tl = &mem, .buf = c->buf + c->mark, .cap = n, .end = n,
			           .mark = NO_MARK, .eof = TRUE};
			v = read_slim(&sub);
		}
		if (!v)
			v = json_loadb(c->buf + c->mark, n, JSON_DECODE_ANY, jerr);
	}
	c->mark = NO_MARK;
	return v;
}

json_t *
tl_walk_parse(Cur *c, guint64 *at, json_error_t *jerr)
{
	return gather(c, at, jerr, G_MAXSIZE);
}

/* The entry at pos ('{'), parsed as tl_walk_parse does; a big one is read
 * by read_slim, so that Jansson does not hold all its sources whole. */
static json_t *
read_entry(Cur *c, guint64 *at, json_error_t *jerr)
{
	return gather(c, at, jerr, tl_export_slim_min);
}

/* The array that opens at pos ('['), walked past: item is handed each
 * item's first byte and moves pos past it; FALSE when an item fails or the
 * array does not close. */
gboolean
tl_walk_array(Cur *c, gboolean (*item)(Cur *c, gpointer data), gpointer data)
{
	c->pos++;
	tl_walk_ws(c);
	if (tl_walk_is(c, ']')) {
		c->pos++;
		return TRUE;
	}
	int more;
	do {
		if (!item(c, data))
			return FALSE;
	} while ((more = tl_walk_after_item(c, ']')) > 0);
	return more == 0;
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

/* The key at pos ('"'), moved past: as it is when plain (NULL when it holds
 * an escape: plain_key), else parsed (NULL when Jansson refuses it, or when
 * it holds a NUL, which Jansson refuses in a key). */
static char *
read_key(Cur *c, gboolean plain)
{
	if (!tl_walk_is(c, '"'))
		return NULL;
	if (plain) {
		gboolean escaped = FALSE;
		c->mark = c->pos;
		char *k = NULL;
		if (tl_walk_string(c, &escaped) && !escaped &&
		    plain_key(c->buf + c->mark + 1, c->pos - c->mark - 2))
			k = g_strndup(c->buf + c->mark + 1, c->pos - c->mark - 2);
		c->mark = NO_MARK;
		return k;
	}
	guint64 at;
	json_error_t jerr;
	g_autoptr(json_t) key = tl_walk_parse(c, &at, &jerr);
	const char *k = json_string_value(key);
	return k && strlen(k) == json_string_length(key) ? g_strdup(k) : NULL;
}

gboolean
tl_walk_object(Cur *c, gboolean plain_keys, gboolean (*member)(Cur *c, const char *key, gpointer data),
               gpointer data)
{
	c->pos++;
	tl_walk_ws(c);
	if (tl_walk_is(c, '}')) {
		c->pos++;
		return TRUE;
	}
	int more;
	do {
		g_autofree char *key = read_key(c, plain_keys);
		if (!key)
			return FALSE;
		tl_walk_ws(c);
		if (!tl_walk_is(c, ':'))
			return FALSE;
		c->pos++;
		tl_walk_ws(c);
		if (!member(c, key, data))
			return FALSE;
	} while ((more = tl_walk_after_item(c, '}')) > 0);
	return more == 0;
}

/* The next item of the array that opens at `at` ('['), read again with the
 * cursor *cp (made on the first call), or NULL at the end (e->bad when one
 * does not parse, is not an object when objects, or when the file changed
 * since the first walk). */
json_t *
tl_walk_next_item(const TlExportTl *tl, Cur **cp, guint64 at, gboolean objects, ItemErr *e)
{
	Cur *c = *cp;
	if (!c) {
		c = *cp = g_new(Cur, 1);
		tl_walk_init(c, tl, at);
		if (!tl_walk_is(c, '['))
			goto changed;
		c->pos++;
		tl_walk_ws(c);
		if (tl_walk_is(c, ']'))
			return NULL;
	} else {
		int more = tl_walk_after_item(c, ']');
		if (more == 0)
			return NULL;
		if (more < 0)
			goto changed;
	}
	if (objects && !tl_walk_is(c, '{'))
		goto changed;
	json_t *v = objects ? read_entry(c, &e->bad_off, &e->jerr)
	                    : tl_walk_parse(c, &e->bad_off, &e->jerr);
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

/* The line of the byte at off (1 for the first). */
guint64
tl_walk_line_at(const TlExportTl *tl, guint64 off)
{
	guint64 line = 1;
	g_autofree char *buf = g_malloc(tl->chunk);
	for (guint64 at = 0; at < off;) {
		ssize_t r = tl_walk_src_read(tl, buf, (size_t)MIN((guint64)tl->chunk, off - at), at);
		if (r <= 0)
			break;
		for (const char *p = buf; (p = memchr(p, '\n', (size_t)(buf + r - p))); p++)
			line++;
		at += (guint64)r;
	}
	return line;
}

gboolean
tl_walk_item_ok(const TlExportTl *tl, const ItemErr *e, GError **error)
{
	if (!e->bad)
		return TRUE;
	/* where Jansson, reading the whole document, stops: the line the
	 * item starts on, plus the lines into it */
	guint64 line = tl_walk_line_at(tl, e->bad_off) + (guint64)MAX(e->jerr.line, 1) - 1;
	g_set_error(error, TL_ERROR, TL_ERROR_JSON, "%" G_GUINT64_FORMAT ": not valid JSON: %s", line,
	            e->jerr.text);
	return FALSE;
}
