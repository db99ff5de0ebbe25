/*
 * Duplicates through documents (see dedup.h).  Per document: its pointer
 * and its last stretch of mention numbers; per stretch: where it starts,
 * how long it is, and the document's stretch before it.  Looking for an
 * event of a document reads that document's mentions back once, into a
 * table of its events kept while the same document is asked about: a
 * record's mentions are added one after another, so a record costs one
 * read of its document's earlier mentions (none for a new document).
 */
#include "dedup.h"
#include "itab.h"

typedef struct {
	const char *doc;
	guint last; /* its last stretch */
} Doc;

typedef struct {
	guint first, n;
	guint prev; /* the document's stretch before, or G_MAXUINT */
} Stretch;

struct TlDedup {
	TlStore *store;
	GArray *docs;      /* Doc */
	TlItab *by_doc;    /* numbers of docs, by pointer */
	GArray *stretches; /* Stretch */
	/* the events of one document: event -> number + 1 */
	guint cached; /* that document's number, or G_MAXUINT */
	GHashTable *events;
	GArray *idx;
	GByteArray *arena;
};

static guint
doc_hash(const char *doc)
{
	return (guint)((guintptr)doc >> 3);
}

static gboolean
doc_equal(guint idx, gconstpointer probe, gpointer data)
{
	return g_array_index((GArray *)data, Doc, idx).doc == probe;
}

TlDedup *
tl_dedup_new(TlStore *store)
{
	TlDedup *d = g_new0(TlDedup, 1);
	d->store = store;
	d->docs = g_array_new(FALSE, FALSE, sizeof(Doc));
	d->by_doc = tl_itab_new(doc_equal, d->docs);
	d->stretches = g_array_new(FALSE, FALSE, sizeof(Stretch));
	d->cached = G_MAXUINT;
	d->events = g_hash_table_new(g_direct_hash, g_direct_equal);
	d->idx = g_array_new(FALSE, FALSE, sizeof(guint));
	d->arena = g_byte_array_new();
	return d;
}

void
tl_dedup_free(TlDedup *d)
{
	if (!d)
		return;
	g_array_unref(d->docs);
	tl_itab_free(d->by_doc);
	g_array_unref(d->stretches);
	g_hash_table_unref(d->events);
	g_array_unref(d->idx);
	g_byte_array_unref(d->arena);
	g_free(d);
}

/* The table of document k's events, read back from the store. */
static void
cache_events(TlDedup *d, guint k)
{
	if (d->cached == k)
		return;
	g_hash_table_remove_all(d->events);
	g_array_set_size(d->idx, 0);
	guint s = g_array_index(d->docs, Doc, k).last;
	while (s != G_MAXUINT) {
		const Stretch *st = &g_array_index(d->stretches, Stretch, s);
		for (guint i = st->n; i-- > 0;) {
			guint v = st->first + i;
			g_array_append_val(d->idx, v);
		}
		s = st->prev;
	}
	guint n = d->idx->len;
	/* in increasing order, for reads of consecutive numbers at once */
	guint *v = (guint *)d->idx->data;
	for (guint i = 0; i < n / 2; i++) {
		guint t = v[i];
		v[i] = v[n - 1 - i];
		v[n - 1 - i] = t;
	}
	g_autofree const TlMention **mns = g_new(const TlMention *, n ? n : 1);
	tl_store_load(d->store, v, n, d->arena, mns);
	for (guint i = 0; i < n; i++)
		g_hash_table_insert(d->events, (gpointer)mns[i]->event, GUINT_TO_POINTER(v[i] + 1));
	d->cached = k;
}

gboolean
tl_dedup_find(TlDedup *d, const char *doc, const char *event, guint *idx)
{
	guint k;
	if (!tl_itab_lookup(d->by_doc, doc_hash(doc), doc, &k))
		return FALSE;
	cache_events(d, k);
	guint v = GPOINTER_TO_UINT(g_hash_table_lookup(d->events, event));
	if (!v)
		return FALSE;
	*idx = v - 1;
	return TRUE;
}

void
tl_dedup_add(TlDedup *d, const char *doc, const char *event, guint idx)
{
	guint k;
	if (!tl_itab_lookup(d->by_doc, doc_hash(doc), doc, &k)) {
		k = d->docs->len;
		Doc x = {doc, G_MAXUINT};
		g_array_append_val(d->docs, x);
		tl_itab_insert(d->by_doc, doc_hash(doc), k);
	}
	Doc *x = &g_array_index(d->docs, Doc, k);
	Stretch *last =
		x->last != G_MAXUINT ? &g_array_index(d->stretches, Stretch, x->last) : NULL;
	if (last && last->first + last->n == idx)
		last->n++;
	else {
		Stretch st = {idx, 1, x->last};
		x->last = d->stretches->len;
		g_array_append_val(d->stretches, st);
	}
	if (d->cached == k)
		g_hash_table_insert(d->events, (gpointer)event, GUINT_TO_POINTER(idx + 1));
}
