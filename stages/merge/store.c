/*
 * The mentions of a merge by number (see store.h).  On file, record i is the
 * TlMention struct, then its participants' block (tl_mention_pkeys and the
 * others), padded to 8 bytes, then its document's id, padded too.  Offsets
 * and lengths are in units of 8 bytes (32 GB of records at most); a length
 * is a byte (records up to 2 KB; a longer one's is in a table), and an
 * offset is held for every TL_STORE_GROUP records, the others added up from
 * the lengths: about 1.1 bytes a mention where an offset each took 4.  Reading one
 * copies it and points its participants at the block that follows; the
 * strings are the pool's, never copied.
 */
#include <errno.h>
#include <string.h>
#include "store.h"
#include "spill.h"

/* A copy of a record given by tl_store_read, in the list of copies. */
struct TlStoreCopy {
	struct TlStoreCopy *prev, *next;
	guint idx;
	gsize len;
	guint64 data[]; /* the record, 8-aligned */
};

/* Bytes written at once, and read at once by a scan. */
#define BLOCK (1 << 20)

/* A mention's record: its struct, its block and its document's id, each
 * padded to 8 bytes. */
static gsize
block_len(const TlMention *mn)
{
	return mn->n_parts * sizeof(char *) + (2 * mn->n_parts + mn->n_words) * sizeof(TlKey);
}

#define PAD8(n) (((n) + 7) & ~(gsize)7)

static gsize
record_len(const TlMention *mn)
{
	return sizeof(TlMention) + PAD8(block_len(mn)) + PAD8(strlen(mn->doc) + 1);
}

/* A read failed: what the caller gets instead (its error is the store's). */
static const TlMention blank = {.doc = "", .event = "", .sentence = -1};

TlStore *
tl_store_new(void)
{
	TlStore *s = g_new0(TlStore, 1);
	s->held = g_ptr_array_new_with_free_func((GDestroyNotify)tl_merge_mention_free);
	return s;
}

TlStore *
tl_store_wrap(GPtrArray *mentions)
{
	TlStore *s = g_new0(TlStore, 1);
	s->held = mentions;
	s->borrowed = TRUE;
	return s;
}

void
tl_store_free(TlStore *s)
{
	if (!s)
		return;
	if (s->held && !s->borrowed)
		g_ptr_array_unref(s->held);
	if (s->fp)
		fclose(s->fp);
	if (s->base)
		g_array_unref(s->base);
	if (s->len)
		g_byte_array_unref(s->len);
	if (s->long_len)
		g_hash_table_unref(s->long_len);
	if (s->wbuf)
		g_byte_array_unref(s->wbuf);
	if (s->copies)
		g_hash_table_unref(s->copies);
	while (s->mru) {
		TlStoreCopy *c = s->mru;
		s->mru = c->next;
		g_free(c);
	}
	g_clear_error(&s->error);
	g_free(s->dead);
	g_free(s);
}

void
tl_store_set_dead(TlStore *s, guint i)
{
	if (i / 8 >= s->dead_len) {
		gsize was = s->dead_len;
		s->dead_len = MAX(i / 8 + 1, tl_store_len(s) / 8 + 1);
		s->dead = g_realloc(s->dead, s->dead_len);
		memset(s->dead + was, 0, s->dead_len - was);
	}
	s->dead[i / 8] |= (guint8)(1u << (i % 8));
}

guint
tl_store_len(const TlStore *s)
{
	return s->held ? s->held->len : s->len->len;
}

gboolean
tl_store_on_file(const TlStore *s)
{
	return s->fp != NULL;
}

const GError *
tl_store_error(const TlStore *s)
{
	return s->error;
}

void
tl_store_set_error(TlStore *s, const GError *err)
{
	if (!s->error)
		s->error = g_error_copy(err);
}

static void
failed(TlStore *s, const char *what, int e)
{
	if (!s->error)
		tl_spill_io_error(&s->error, what, e);
}

/* Write out the records buffered. */
static gboolean
flush(TlStore *s)
{
	if (!s->error)
		tl_spill_pwrite(s->fp, s->wbuf->data, s->wbuf->len, s->wfrom * 8, "writing mentions",
		                &s->error);
	g_byte_array_set_size(s->wbuf, 0);
	s->wfrom = s->end;
	return !s->error;
}

/* Append mention mn's record (mn freed; its strings must be pooled but for
 * its document's id, which is copied). */
static void
put_record(TlStore *s, TlMention *mn)
{
	g_assert(mn->pooled);
	guint32 at = s->end;
	gsize len = record_len(mn);
	if ((guint64)at + len / 8 > G_MAXUINT32) {
		failed(s, "writing mentions", EFBIG);
		len = 0; /* the store stays well defined; the merge fails */
	} else {
		gsize was = s->wbuf->len;
		g_byte_array_set_size(s->wbuf, (guint)(was + len));
		memset(s->wbuf->data + was, 0, len);
		memcpy(s->wbuf->data + was, mn, sizeof *mn);
		memcpy(s->wbuf->data + was + sizeof *mn, mn->participants, block_len(mn));
		strcpy((char *)s->wbuf->data + was + sizeof *mn + PAD8(block_len(mn)), mn->doc);
	}
	guint i = s->len->len;
	if (i % TL_STORE_GROUP == 0)
		g_array_append_val(s->base, at);
	guint8 units = len / 8 <= G_MAXUINT8 ? (guint8)(len / 8) : 0;
	g_byte_array_append(s->len, &units, 1);
	if (!units) /* (a failed one: 0) */
		g_hash_table_insert(s->long_len, GUINT_TO_POINTER(i), GSIZE_TO_POINTER(len / 8));
	s->end = at + (guint32)(len / 8);
	tl_merge_mention_free(mn);
	if (s->wbuf->len >= BLOCK)
		flush(s);
}

void
tl_store_add(TlStore *s, TlMention *mn)
{
	if (s->held)
		g_ptr_array_add(s->held, mn);
	else
		put_record(s, mn);
}

TlMention *
tl_store_held(TlStore *s, guint i)
{
	return s->held ? s->held->pdata[i] : NULL;
}

gboolean
tl_store_to_file(TlStore *s, GError **error)
{
	g_assert(s->held && !s->borrowed);
	s->fp = tl_spill_unnamed_file(error);
	if (!s->fp)
		return FALSE;
	s->base = g_array_new(FALSE, FALSE, sizeof(guint32));
	s->len = g_byte_array_sized_new(s->held->len);
	s->long_len = g_hash_table_new(g_direct_hash, g_direct_equal);
	s->wbuf = g_byte_array_sized_new(BLOCK + 1024);
	g_ptr_array_set_free_func(s->held, NULL);
	for (guint i = 0; i < s->held->len; i++)
		put_record(s, s->held->pdata[i]);
	g_clear_pointer(&s->held, g_ptr_array_unref);
	return TRUE;
}

/* Read file bytes [at, at + len) into p; FALSE (the store's error set) when it fails. */
static gboolean
read_at(TlStore *s, guint8 *p, gsize len, guint64 at)
{
	if (s->wbuf->len && !flush(s))
		return FALSE;
	return tl_spill_pread(s->fp, p, len, at, "reading mentions", s->error ? NULL : &s->error);
}

/* The record at p made usable: its participants point at its block, its
 * document at its copy of the id. */
static const TlMention *
fix(guint8 *p)
{
	TlMention *mn = (TlMention *)p;
	mn->participants = (char **)(mn + 1);
	mn->doc = (char *)(mn + 1) + PAD8(block_len(mn));
	return mn;
}

/* Record i's length in units of 8 bytes. */
static inline guint32
units(const TlStore *s, guint i)
{
	guint8 u = s->len->data[i];
	return u ? u : GPOINTER_TO_UINT(g_hash_table_lookup(s->long_len, GUINT_TO_POINTER(i)));
}

static gsize
record_size(const TlStore *s, guint i)
{
	return (gsize)units(s, i) * 8;
}

/* Where record i is (i the length: the end). */
static guint64
record_at(const TlStore *s, guint i)
{
	if (i >= s->len->len)
		return (guint64)s->end * 8;
	guint g = i / TL_STORE_GROUP;
	guint64 at = g_array_index(s->base, guint32, g);
	for (guint j = g * TL_STORE_GROUP; j < i; j++)
		at += units(s, j);
	return at * 8;
}

/* ---- the copies by number: a list, most recently asked for first ---- */

static void
unlink_copy(TlStore *s, TlStoreCopy *c)
{
	*(c->prev ? &c->prev->next : &s->mru) = c->next;
	*(c->next ? &c->next->prev : &s->lru) = c->prev;
}

static void
push_copy(TlStore *s, TlStoreCopy *c)
{
	c->prev = NULL;
	c->next = s->mru;
	*(s->mru ? &s->mru->prev : &s->lru) = c;
	s->mru = c;
}

/* Drop the least recently asked for while past the cache's bytes, keeping
 * TL_STORE_RING. */
static void
trim_copies(TlStore *s)
{
	while (s->n_copies > TL_STORE_RING && s->copy_bytes > s->cache_cap) {
		TlStoreCopy *c = s->lru;
		unlink_copy(s, c);
		g_hash_table_remove(s->copies, GUINT_TO_POINTER(c->idx));
		s->n_copies--;
		s->copy_bytes -= c->len;
		g_free(c);
	}
}

void
tl_store_set_cache(TlStore *s, gsize bytes)
{
	s->cache_cap = bytes;
	trim_copies(s);
}

const TlMention *
tl_store_read(TlStore *s, guint i)
{
	if (!s->copies)
		s->copies = g_hash_table_new(g_direct_hash, g_direct_equal);
	TlStoreCopy *c = g_hash_table_lookup(s->copies, GUINT_TO_POINTER(i));
	if (c) {
		if (c != s->mru) {
			unlink_copy(s, c);
			push_copy(s, c);
		}
		return (const TlMention *)c->data;
	}
	gsize len = record_size(s, i);
	if (!len)
		return &blank;
	c = g_malloc(sizeof *c + MAX(len, sizeof(TlMention)));
	c->idx = i;
	c->len = sizeof *c + len;
	guint64 at = record_at(s, i), unwritten = (guint64)s->wfrom * 8;
	if (at >= unwritten) /* (a duplicate looked for while adding) */
		memcpy(c->data, s->wbuf->data + (at - unwritten), len);
	else if (!read_at(s, (guint8 *)c->data, len, at)) {
		g_free(c);
		return &blank;
	}
	fix((guint8 *)c->data);
	g_hash_table_insert(s->copies, GUINT_TO_POINTER(i), c);
	push_copy(s, c);
	s->n_copies++;
	s->copy_bytes += c->len;
	trim_copies(s);
	return (const TlMention *)c->data;
}

void
tl_store_scan_init(TlStoreScan *sc, TlStore *s, guint from)
{
	*sc = (TlStoreScan){s, from, NULL, 0, 0, 0, s->held ? 0 : record_at(s, from)};
}

const TlMention *
tl_store_scan_next(TlStoreScan *sc, guint *idx)
{
	TlStore *s = sc->s;
	guint i = sc->next;
	if (i >= tl_store_len(s))
		return NULL;
	sc->next++;
	*idx = i;
	if (s->held)
		return s->held->pdata[i];
	guint64 at = sc->at;
	gsize len = record_size(s, i);
	sc->at += len;
	if (!len)
		return &blank;
	if (at < sc->off || at + len > sc->off + sc->len) {
		/* the next block: as much as is left, at most BLOCK (more for a
		 * record longer than that) */
		guint64 end = record_at(s, tl_store_len(s));
		gsize want = (gsize)MIN(end - at, (guint64)MAX(len, BLOCK));
		if (want > sc->cap) {
			g_free(sc->buf);
			sc->buf = g_malloc(want);
			sc->cap = want;
		}
		sc->off = at;
		sc->len = 0;
		if (!read_at(s, (guint8 *)sc->buf, want, at))
			return &blank;
		sc->len = want;
	}
	return fix((guint8 *)sc->buf + (at - sc->off));
}

void
tl_store_scan_clear(TlStoreScan *sc)
{
	g_free(sc->buf);
	sc->buf = NULL;
	sc->cap = sc->len = 0;
}

/* Records at most this many bytes apart are read by one call to
 * tl_store_load, the bytes between read and passed over (a call costs about
 * what copying a few hundred bytes does), up to BLOCK bytes a call. */
#define LOAD_GAP 512

static int
by_number(const void *a, const void *b, gpointer data)
{
	const guint *idx = data, x = idx[*(const guint *)a], y = idx[*(const guint *)b];
	return x < y ? -1 : x > y;
}

void
tl_store_load(TlStore *s, const guint *idx, guint n, GByteArray *arena, const TlMention **out)
{
	if (s->held) {
		for (guint k = 0; k < n; k++)
			out[k] = s->held->pdata[idx[k]];
		return;
	}
	g_byte_array_set_size(arena, 0);
	/* in the file's order (a stable sort: equal numbers, one copy), records
	 * close together in one read: a document's mentions, and those of
	 * groups of neighbours (copies of a story, of a document) */
	g_autofree guint *ord = g_new(guint, n ? n : 1);
	gboolean sorted = TRUE;
	for (guint k = 0; k < n; k++) {
		ord[k] = k;
		sorted = sorted && (k == 0 || idx[k - 1] <= idx[k]);
	}
	if (!sorted)
		g_qsort_with_data(ord, (gint)n, sizeof *ord, by_number, (gpointer)idx);
	for (guint k = 0, e; k < n; k = e) {
		guint64 at = record_at(s, idx[ord[k]]), end = at + record_size(s, idx[ord[k]]);
		for (e = k + 1; e < n; e++) {
			guint i = idx[ord[e]];
			if (i == idx[ord[e - 1]])
				continue;
			guint64 a = i == idx[ord[e - 1]] + 1 ? end : record_at(s, i);
			gsize len = record_size(s, i);
			if (!len || a - end > LOAD_GAP || a + len - at > BLOCK)
				break;
			end = a + len;
		}
		gsize base = arena->len;
		g_byte_array_set_size(arena, (guint)(base + (end - at)));
		gboolean ok = end > at && read_at(s, arena->data + base, end - at, at);
		if (!ok)
			g_byte_array_set_size(arena, (guint)base);
		/* offsets + 1 until the arena stops moving, NULL when unread */
		for (guint q = k; q < e; q++) {
			guint i = idx[ord[q]];
			guint64 a = q == k ? at : record_at(s, i);
			out[ord[q]] = ok && record_size(s, i) ? (const TlMention *)(base + (a - at) + 1) : NULL;
		}
	}
	for (guint k = 0; k < n; k++)
		out[k] = out[k] ? fix(arena->data + (gsize)out[k] - 1) : &blank;
}
