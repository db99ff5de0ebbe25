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
#include <string.h>
#include "export-walk.h"

/* An entry: objects only (tl-merge's entries; a number alone would not fail
 * as it does in the document). */
static gboolean
skip_entry(Cur *c, gpointer data)
{
	(void)data;
	return tl_walk_is(c, '{') && tl_walk_value(c);
}

typedef struct {
	TlExportTl *tl;
	gboolean have_entries;
} Walk;

/* A member of the top level: "entries" walked past, "documents" (an
 * array) indexed, anything else parsed into tl->head. */
static gboolean
document_member(Cur *c, const char *key, gpointer data)
{
	Walk *w = data;
	TlExportTl *tl = w->tl;
	if (strcmp(key, "entries") == 0) {
		/* a second "entries" (Jansson keeps the last): the first, only
		 * walked past, may not be JSON; Jansson reads the document */
		if (w->have_entries || !tl_walk_is(c, '['))
			return FALSE;
		tl->entries_at = c->off + c->pos;
		w->have_entries = TRUE;
		return tl_walk_array(c, skip_entry, NULL);
	}
	if (strcmp(key, "documents") == 0 && tl_walk_is(c, '[')) {
		/* the last "documents" counts: an array is read from the file
		 * as it is needed, anything else is in head */
		json_object_del(tl->head, key);
		return tl_export_walk_documents(tl, c);
	}
	guint64 at;
	json_error_t jerr;
	json_t *v = tl_walk_parse(c, &at, &jerr);
	if (!v)
		return FALSE;
	if (strcmp(key, "documents") == 0)
		tl->docs_read = FALSE;
	json_object_set_new(tl->head, key, v);
	return TRUE;
}

/* The first walk: the top-level object's members, all but "entries" parsed
 * into tl->head; FALSE when the document is not plain (a key with an
 * escape among them). */
static gboolean
walk_document(TlExportTl *tl, Cur *c)
{
	Walk w = {tl, FALSE};
	tl_walk_ws(c);
	if (!tl_walk_is(c, '{') || !tl_walk_object(c, TRUE, document_member, &w))
		return FALSE;
	tl_walk_ws(c);
	/* trailing bytes, or no entries: Jansson says what is wrong */
	return !tl_walk_more(c) && !c->failed && w.have_entries;
}

static TlExportTl *
new_read(TlExportTl *tl)
{
	Cur c;
	tl_walk_init(&c, tl, tl->start);
	tl->head = json_object();
	gboolean ok = walk_document(tl, &c);
	tl_walk_clear(&c);
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

/* The next entry of the second walk (see tl_walk_next_item). */
static json_t *
next_read(TlExportEntries *it)
{
	ItemErr e = {FALSE, 0, {0}};
	json_t *v = tl_walk_next_item(it->tl, &it->c, it->tl->entries_at, TRUE, &e);
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

gboolean
tl_export_entries_ok(const TlExportEntries *it, GError **error)
{
	ItemErr e = {it->bad, it->bad_off, it->jerr};
	return tl_walk_item_ok(it->tl, &e, error);
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
		tl_walk_clear(it->c);
		g_clear_pointer(&it->c, g_free);
	}
}
