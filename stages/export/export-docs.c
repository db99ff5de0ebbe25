/*
 * A timeline's documents as the formats look them up: held parsed when the
 * whole timeline is (tree mode) or when "documents" is not an array;
 * otherwise found again in the file by where the first walk saw each one,
 * through an index sorted by the hash of its id, and a few parsed ones
 * kept (sources repeat their document).
 */
#include <string.h>
#include "export-walk.h"

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

/* A document, parsed on its own (the bytes Jansson would parse in the whole
 * array) and dropped; an object with a string "id" is remembered by where
 * it is.  FALSE when it does not end or does not parse. */
static gboolean
remember_document(Cur *c, gpointer data)
{
	TlExportTl *tl = data;
	guint64 at;
	json_error_t jerr;
	json_t *v = tl_walk_parse(c, &at, &jerr);
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
gboolean
tl_export_walk_documents(TlExportTl *tl, Cur *c)
{
	tl->docs_read = TRUE;
	tl->docs_at = c->off + c->pos;
	if (!tl->docs)
		tl->docs = g_array_new(FALSE, FALSE, sizeof(DocAt));
	g_array_set_size(tl->docs, 0);
	if (!tl_walk_array(c, remember_document, tl))
		return FALSE;
	g_array_sort(tl->docs, doc_at_cmp);
	return TRUE;
}

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
		ssize_t r = tl_walk_src_read(docs->tl, docs->buf + got, (size_t)d->len - got, d->off + got);
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

gboolean
tl_export_docs_ok(const TlExportDocs *docs, GError **error)
{
	return tl_walk_item_ok(docs->tl, &docs->err, error);
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
	it->cur = tl_walk_next_item(docs->tl, &it->c, docs->tl->docs_at, FALSE, &e);
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
	return tl_walk_item_ok(it->docs->tl, &e, error);
}

void
tl_export_docs_iter_clear(TlExportDocsIter *it)
{
	g_clear_pointer(&it->cur, json_decref);
	if (it->c) {
		tl_walk_clear(it->c);
		g_clear_pointer(&it->c, g_free);
	}
}
