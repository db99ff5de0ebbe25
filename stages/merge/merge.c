/*
 * The merge accumulator: documents and event mentions gathered from records
 * (ingest.c) and timelines.  A record gives one document and a mention per
 * dated event; only the sentence each event is in is copied out of the text.
 * Every string is interned once in a pool, so a mention holds pointers, and
 * (doc, event) keys compare as pointers.
 */
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include "tl/calendar.h"
#include "merge.h"
#include "entries.h"
#include "jlean.h"
#include "spill.h"
#include "itab.h"
#include "store.h"
#include "xsort.h"

/*
 * What the merge holds, estimated for the budget: a mention costs about
 * 0.5 KB at the peak (its struct, keys, strings, index entries and blocking
 * slots: 121 MB for 255,000 Reuters mentions under heaptrack), a document
 * its JSON text and about 100 bytes of table.
 */
#define MENTION_BYTES 480
#define DOCUMENT_BYTES 100

struct TlMerge {
	TlMergeLexicon *lx;
	TlStore *mentions;     /* held, or past the budget on file */
	TlItab *by_key;        /* mention numbers by (doc, event), pooled: by pointer,
	                        * while held (on file: see find_duplicates) */
	GHashTable *documents; /* id -> the document's JSON text, owned */
	/* the records' ids seen, as 64-bit hashes (8 to 16 bytes a document,
	 * spilled or not, so the warning does not depend on --memory): open
	 * addressing, 0 for an empty slot, up to three quarters full */
	guint64 *seen;
	gsize seen_cap, seen_len;
	gboolean repeated;     /* the last record's id was an earlier record's */
	GArray *pre;           /* pairs of mention indices known to be one event */
	char *title;           /* the input timelines' title (see tl_merge_set_title) */
	GStringChunk *pool;    /* the mentions' strings, each distinct one once */
	GStringChunk *texts;   /* the same for the display strings of the mentions held
	                        * (class, lemma, summary, quote): freed once spilled */
	/* bounded mode (tl_merge_set_memory) */
	guint64 budget;        /* bytes, 0 for none */
	gsize docs_bytes;      /* estimated size of the documents table */
	TlSpill *spill;        /* NULL until the budget is passed */
	GStringChunk *scratch; /* display strings of the record being read, while spilling */
	GString *text;         /* a source's text, for the spill */
	GError *spill_error;   /* the first spill failure, reported by tl_merge_write */
};

/* Mentions by (doc, event): pooled strings, so by pointer. */
static guint
key_hash(const TlMention *mn)
{
	return (guint)(((guintptr)mn->doc >> 3) * 31 + ((guintptr)mn->event >> 3));
}

static gboolean
key_equal(guint idx, gconstpointer probe, gpointer data)
{
	const TlMention *x = tl_store_get(data, idx), *y = probe;
	return x->doc == y->doc && x->event == y->event;
}

TlMerge *
tl_merge_new(GError **error)
{
	TlMergeLexicon *lx = tl_merge_lexicon_load(error);
	if (!lx)
		return NULL;
	TlMerge *m = g_new0(TlMerge, 1);
	m->lx = lx;
	m->mentions = tl_store_new();
	m->documents = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	m->pre = g_array_new(FALSE, FALSE, sizeof(guint));
	m->pool = g_string_chunk_new(1 << 16);
	m->texts = g_string_chunk_new(1 << 16);
	return m;
}

void
tl_merge_free(TlMerge *m)
{
	if (!m)
		return;
	tl_merge_lexicon_free(m->lx);
	tl_store_free(m->mentions);
	tl_itab_free(m->by_key);
	g_hash_table_unref(m->documents);
	g_free(m->seen);
	g_array_unref(m->pre);
	g_free(m->title);
	g_string_chunk_free(m->pool);
	if (m->texts)
		g_string_chunk_free(m->texts);
	tl_spill_free(m->spill);
	if (m->scratch)
		g_string_chunk_free(m->scratch);
	if (m->text)
		g_string_free(m->text, TRUE);
	g_clear_error(&m->spill_error);
	g_free(m);
}

void
tl_merge_set_memory(TlMerge *m, guint64 budget)
{
	m->budget = budget;
}

gboolean
tl_merge_spilling(const TlMerge *m)
{
	return m->spill != NULL;
}

/* Keep the first spill error; later ones follow from it. */
static void
spill_failed(TlMerge *m, GError *err)
{
	if (!m->spill_error)
		m->spill_error = err;
	else
		g_error_free(err);
}

/*
 * Give the pages freed in the middle of the heap back to the system: the
 * mentions held until the budget was passed are many small blocks, freed at
 * once, and their pages stayed in the resident set under everything
 * allocated after them (3.6 MB of the peak at a million mentions).
 */
static void
give_back(void)
{
#ifdef __GLIBC__
	malloc_trim(0);
#endif
}

static void spill_mention(TlMerge *m, TlMention *mn);

/* Bytes of copies of mentions kept once they are on file (tl_store_set_cache):
 * the sweep of the clustering asks for a mention again while it is in its
 * key's window, and 1 MB kept 63% of its reads from the file on Reuters 10
 * times over (7.7 M preads to 4.3 M; 4 MB: 4.2 M). */
#define STORE_CACHE_MAX (2 << 20)

/*
 * Past the budget, start spilling; once spilling, cut a run of documents
 * whenever their table reaches a quarter of the budget.
 */
static void
check_budget(TlMerge *m)
{
	if (!m->budget || m->spill_error)
		return;
	GError *err = NULL;
	if (!m->spill) {
		if (m->docs_bytes + (guint64)tl_store_len(m->mentions) * MENTION_BYTES <= m->budget)
			return;
		m->spill = tl_spill_new(&err);
		if (!m->spill) {
			spill_failed(m, err);
			return;
		}
		m->scratch = g_string_chunk_new(1 << 16);
		m->text = g_string_sized_new(1024);
		/* the texts of the mentions held so far go to the spill too (their
		 * chunk is freed once the mention being added, if any, is: see
		 * drop_texts), and the mentions themselves, and all later ones, to
		 * key records */
		for (guint i = 0; i < tl_store_len(m->mentions); i++)
			spill_mention(m, tl_store_held(m->mentions, i));
		if (!tl_store_to_file(m->mentions, &err))
			spill_failed(m, err);
		g_clear_pointer(&m->by_key, tl_itab_free);
		give_back();
	}
	if (m->docs_bytes > m->budget / 4) {
		if (!tl_spill_docs_run(m->spill, m->documents, &err))
			spill_failed(m, err);
		m->docs_bytes = 0;
		give_back();
	}
}

const TlMergeLexicon *
tl_merge_lexicon(const TlMerge *m)
{
	return m->lx;
}

guint
tl_merge_n_mentions(const TlMerge *m)
{
	return tl_store_len(m->mentions);
}

const char *
tl_merge_intern(TlMerge *m, const char *s)
{
	return g_string_chunk_insert_const(m->pool, s);
}

const char *
tl_merge_intern_doc(TlMerge *m, const char *id)
{
	return g_string_chunk_insert_const(tl_store_on_file(m->mentions) ? m->scratch : m->pool, id);
}

const char *
tl_merge_intern_text(TlMerge *m, const char *s)
{
	/* while spilling, a copy for the record alone: hashing and comparing
	 * its sentence again for each of its events was 4% of the reading's
	 * instructions, to save bytes that are freed with the record */
	if (m->spill)
		return g_string_chunk_insert(m->scratch, s);
	return g_string_chunk_insert_const(m->texts, s);
}

/* Once spilling, free the display strings of the mentions that were held
 * (each spilled, or kept in the pool when that failed). */
static void
drop_texts(TlMerge *m)
{
	if (m->spill && m->texts) {
		g_clear_pointer(&m->texts, g_string_chunk_free);
		give_back();
	}
}

void
tl_merge_record_done(TlMerge *m)
{
	if (m->scratch)
		g_string_chunk_clear(m->scratch);
	drop_texts(m);
}

/* Replace an owned string by its copy in a pool (copies of an article share one). */
static void
pool(GStringChunk *chunk, char **s)
{
	if (!*s)
		return;
	char *p = g_string_chunk_insert_const(chunk, *s);
	g_free(*s);
	*s = p;
}

/* Move a mention's strings to the pool (while spilling, those it keeps:
 * its display strings stay its own until spilled, and once the mentions
 * are on file its document's id too, which its key record copies). */
static void
pool_mention(TlMerge *m, TlMention *mn)
{
	if (mn->pooled)
		return;
	char **fields[] = {&mn->doc,   &mn->event,   &mn->value, &mn->trigger,
	                   &mn->cls, &mn->lemma, &mn->summary, &mn->quote};
	for (size_t i = tl_store_on_file(m->mentions); i < G_N_ELEMENTS(fields) - (m->spill ? 4 : 0);
	     i++)
		pool(i < 4 ? m->pool : m->texts, fields[i]);
	for (guint i = 0; i < mn->n_parts; i++)
		pool(m->pool, &mn->participants[i]);
	if (!m->spill)
		mn->pooled = TRUE;
}

/* Forget a mention's display strings, freed when it owns them. */
static void
drop_text(TlMention *mn)
{
	char **fields[] = {&mn->cls, &mn->lemma, &mn->summary, &mn->quote};
	for (size_t i = 0; i < G_N_ELEMENTS(fields); i++) {
		if (!mn->pooled)
			g_free(*fields[i]);
		*fields[i] = NULL;
	}
	mn->pooled = TRUE;
}

/* Keep a mention's display strings in the pool, when it could not be spilled. */
static void
keep_text(TlMerge *m, TlMention *mn)
{
	char **fields[] = {&mn->cls, &mn->lemma, &mn->summary, &mn->quote};
	for (size_t i = 0; i < G_N_ELEMENTS(fields); i++) {
		if (!*fields[i])
			continue;
		char *p = g_string_chunk_insert_const(m->pool, *fields[i]);
		if (!mn->pooled)
			g_free(*fields[i]);
		*fields[i] = p;
	}
	mn->pooled = TRUE;
}

/* Write a new mention's source text to the spill file and drop its display strings. */
static void
spill_mention(TlMerge *m, TlMention *mn)
{
	GError *err = NULL;
	g_string_truncate(m->text, 0);
	tl_entries_put_source(m->text, mn);
	gint64 off = -1;
	if (!m->spill_error && m->text->len <= G_MAXUINT32)
		off = tl_spill_put(m->spill, m->text->str, m->text->len, &err);
	if (err)
		spill_failed(m, err);
	if (off < 0) { /* tl_merge_write fails, but the merge stays well defined */
		keep_text(m, mn);
		return;
	}
	mn->spill_off = off;
	mn->spill_len = (guint32)m->text->len;
	drop_text(mn);
}

/* The (doc, event) index of the mentions held. */
static void
index_mentions(TlMerge *m)
{
	m->by_key = tl_itab_new(key_equal, m->mentions);
	for (guint i = 0; i < tl_store_len(m->mentions); i++)
		tl_itab_insert(m->by_key, key_hash(tl_store_get(m->mentions, i)), i);
}

/*
 * Add a mention: held, a duplicate of a held one is dropped at once and the
 * number of the first is returned.  Once the mentions are on file, every
 * mention is added, and duplicates are found when the timeline is written
 * (find_duplicates): an index of what came would grow with the stream.
 */
guint
tl_merge_add_mention(TlMerge *m, TlMention *mn)
{
	check_budget(m);
	gboolean held = !tl_store_on_file(m->mentions);
	if (held && !m->by_key)
		index_mentions(m);
	/* on file, a document's id is its key record's (see pool_mention) */
	g_autofree char *own_doc = !held && !mn->pooled ? mn->doc : NULL;
	(void)own_doc; /* only freed when the function returns */
	pool_mention(m, mn);
	guint h = key_hash(mn), idx;
	if (held && tl_itab_lookup(m->by_key, h, mn, &idx)) {
		drop_text(mn);
		tl_merge_mention_free(mn);
		drop_texts(m);
		return idx;
	}
	if (m->spill)
		spill_mention(m, mn);
	idx = tl_store_len(m->mentions);
	tl_store_add(m->mentions, mn);
	if (held)
		tl_itab_insert(m->by_key, h, idx);
	drop_texts(m);
	return idx;
}

/* The mentions of one (doc, event) key of the sort (idx, in increasing
 * order): of each document's id the first is kept, the others marked dead
 * and joined to it.  (Ids of one hash differ seldom: then the first of
 * each id is looked for.) */
static void
mark_duplicates(TlMerge *m, const guint *idx, guint n, GByteArray *arena,
                const TlMention **mns)
{
	tl_store_load(m->mentions, idx, n, arena, mns);
	for (guint k = 1; k < n; k++)
		for (guint j = 0; j < k; j++) {
			if (tl_store_dead(m->mentions, idx[j]) || tl_merge_strcmp(mns[j]->doc, mns[k]->doc) != 0)
				continue;
			if (!tl_store_dead(m->mentions, idx[k])) {
				tl_store_set_dead(m->mentions, idx[k]);
				g_array_append_val(m->pre, idx[j]);
				g_array_append_val(m->pre, idx[k]);
			}
			break;
		}
}

/*
 * The (doc, event) duplicates among mentions on file, by an external sort
 * of (hash of doc, event, number) (events are pooled: equal ones are one
 * pointer): of each (doc, event) the first is kept, as a held table keeps
 * it, and the others are marked dead and joined to it (a timeline's source
 * that came again still joins its entry to the first one's).
 */
static gboolean
find_duplicates(TlMerge *m, GError **error)
{
	if (!tl_store_on_file(m->mentions))
		return TRUE;
	g_autoptr(TlXsort) x = tl_xsort_new(m->budget / 4, NULL, NULL);
	TlStoreScan sc;
	const TlMention *mn;
	guint i;
	tl_store_scan_init(&sc, m->mentions, 0);
	while ((mn = tl_store_scan_next(&sc, &i))) {
		TlSortKey k = {tl_xsort_hash(mn->doc), (guintptr)mn->event, i, 0};
		tl_xsort_add(x, &k);
	}
	tl_store_scan_clear(&sc);
	g_autoptr(GArray) same = g_array_new(FALSE, FALSE, sizeof(guint));
	g_autoptr(GArray) copies = g_array_new(FALSE, FALSE, sizeof(TlMention *));
	g_autoptr(GByteArray) arena = g_byte_array_new();
	TlSortKey k, first = {0, 0, 0, 0};
	gboolean more = tl_xsort_next(x, &k);
	while (more) {
		first = k;
		g_array_set_size(same, 0);
		do {
			g_array_append_val(same, k.c);
			more = tl_xsort_next(x, &k);
		} while (more && k.a == first.a && k.b == first.b);
		if (same->len > 1) {
			g_array_set_size(copies, same->len);
			mark_duplicates(m, (guint *)same->data, same->len, arena,
			                (const TlMention **)copies->data);
		}
	}
	const GError *err = tl_xsort_error(x) ? tl_xsort_error(x) : tl_store_error(m->mentions);
	if (err) {
		g_propagate_error(error, g_error_copy(err));
		return FALSE;
	}
	return TRUE;
}

static const size_t dump_flags = JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6);

/* A member of a document: null when absent, a string as Jansson writes it,
 * anything else through Jansson. */
static void
put_value(GString *o, const json_t *v)
{
	if (!v)
		g_string_append(o, "null");
	else if (json_is_string(v))
		tl_jl_put_string(o, json_string_value(v));
	else {
		g_autofree char *s = json_dumps(v, dump_flags | JSON_ENCODE_ANY);
		g_string_append(o, s ? s : "null");
	}
}

/* Hold a document's JSON text (o, taken); a run of them past the budget. */
static void
insert_document(TlMerge *m, const char *id, GString *o)
{
	m->docs_bytes += strlen(id) + o->len + DOCUMENT_BYTES;
	g_hash_table_insert(m->documents, g_strdup(id), g_string_free(o, FALSE));
	check_budget(m);
}

static void
add_document(TlMerge *m, const char *id, const json_t *title, const json_t *dct)
{
	if (g_hash_table_contains(m->documents, id))
		return;
	GString *o = g_string_new("{\"id\":");
	tl_jl_put_string(o, id);
	g_string_append(o, ",\"title\":");
	put_value(o, title);
	g_string_append(o, ",\"dct\":");
	put_value(o, dct);
	g_string_append_c(o, '}');
	insert_document(m, id, o);
}

/* Add h to the set of the records' ids; FALSE if it was there. */
static gboolean
seen_add(TlMerge *m, guint64 h)
{
	h = h ? h : 1;
	if (4 * (m->seen_len + 1) > 3 * m->seen_cap) { /* up to three quarters full */
		gsize cap = m->seen_cap ? 2 * m->seen_cap : 1024;
		guint64 *t = g_new0(guint64, cap);
		for (gsize i = 0; i < m->seen_cap; i++)
			if (m->seen[i]) {
				gsize j = m->seen[i] & (cap - 1);
				while (t[j])
					j = (j + 1) & (cap - 1);
				t[j] = m->seen[i];
			}
		g_free(m->seen);
		m->seen = t;
		m->seen_cap = cap;
	}
	gsize j = h & (m->seen_cap - 1);
	while (m->seen[j]) {
		if (m->seen[j] == h)
			return FALSE;
		j = (j + 1) & (m->seen_cap - 1);
	}
	m->seen[j] = h;
	m->seen_len++;
	return TRUE;
}

void
tl_merge_add_record_document(TlMerge *m, TlRecord *rec, const char *id)
{
	m->repeated = !seen_add(m, tl_xsort_hash(id));
	if (g_hash_table_contains(m->documents, id))
		return;
	const char *title = tl_record_get_string(rec, "title", NULL);
	const char *dct = tl_record_get_string(rec, "dct", NULL);
	size_t n;
	GString *o = g_string_new("{\"id\":");
	tl_jl_put_string(o, id);
	g_string_append(o, ",\"title\":");
	if (title || !tl_record_get_raw(rec, "title", &n))
		tl_jl_put_string(o, title);
	else
		put_value(o, tl_record_get(rec, "title"));
	g_string_append(o, ",\"dct\":");
	if (dct || !tl_record_get_raw(rec, "dct", &n))
		tl_jl_put_string(o, dct);
	else
		put_value(o, tl_record_get(rec, "dct"));
	g_string_append_c(o, '}');
	insert_document(m, id, o);
}

/*
 * A source as tl-merge writes it.  A timeline from elsewhere may carry only
 * {"doc", "event", "sentence"} (the minimal DESIGN.md form): the entry's own
 * date, headline, participants, text and scores stand in for what is missing.
 */
static json_t *
with_entry_defaults(const json_t *src, const json_t *entry)
{
	json_t *full = json_deep_copy(src);
	if (!json_is_object(full))
		return full ? full : json_object();
	static const struct {
		const char *src, *entry;
	} keys[] = {{"date", "date"},       {"summary", "headline"},    {"participants", "participants"},
	            {"quote", "text"},      {"confidence", "confidence"}, {"salience", "salience"}};
	for (size_t k = 0; k < G_N_ELEMENTS(keys); k++) {
		json_t *v = json_object_get(entry, keys[k].entry);
		if (!json_object_get(full, keys[k].src) && v)
			json_object_set(full, keys[k].src, v);
	}
	return full;
}

/*
 * The title of merged timelines does not depend on their order: the least
 * title (byte order) of those given, the default "Timeline" (what an untitled
 * merge writes) not counting, so that merging shard timelines again keeps a
 * shard's real title.
 */
void
tl_merge_set_title(TlMerge *m, const char *title)
{
	if (!title || strcmp(title, TL_MERGE_DEFAULT_TITLE) == 0)
		return;
	if (!m->title || strcmp(title, m->title) < 0) {
		g_free(m->title);
		m->title = g_strdup(title);
	}
}

gboolean
tl_merge_repeated(const TlMerge *m)
{
	return m->repeated;
}

gboolean
tl_merge_add_document(TlMerge *m, const json_t *doc, GError **error)
{
	const char *id = json_string_value(json_object_get(doc, "id"));
	if (!id) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "a timeline document has no \"id\" string");
		return FALSE;
	}
	add_document(m, id, json_object_get(doc, "title"), json_object_get(doc, "dct"));
	return TRUE;
}

gboolean
tl_merge_add_entry(TlMerge *m, const json_t *e, GError **error)
{
	guint first = G_MAXUINT;
	size_t j;
	const json_t *src;
	/* an entry is made of its sources: one that is no object, or has no
	 * source ("sources": [] or missing, a timeline edited by hand or
	 * another program's), gave no mention and was lost without a word */
	const json_t *sources = json_object_get(e, "sources");
	if (!json_is_object(e) || !json_is_array(sources) || json_array_size(sources) == 0) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "%s (tl-merge merges an entry's "
		            "sources: each with \"doc\", \"event\" and \"date\")",
		            !json_is_object(e) ? "not an object"
		            : !sources         ? "no \"sources\""
		            : !json_is_array(sources) ? "\"sources\" is not an array"
		                                      : "no sources (\"sources\" is empty)");
		return FALSE;
	}
	json_array_foreach(json_object_get(e, "sources"), j, src)
	{
		g_autoptr(GError) err = NULL;
		g_autoptr(json_t) full = with_entry_defaults(src, e);
		TlMention *mn = tl_merge_mention_from_source(m->lx, full, &err);
		if (!mn) {
			g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "source %zu: %s", j + 1, err->message);
			return FALSE;
		}
		guint idx = tl_merge_add_mention(m, mn);
		if (first == G_MAXUINT)
			first = idx;
		else {
			g_array_append_val(m->pre, first);
			g_array_append_val(m->pre, idx);
		}
	}
	return TRUE;
}

gboolean
tl_merge_add_timeline(TlMerge *m, const json_t *tl, GError **error)
{
	const json_t *entries = json_object_get(tl, "entries");
	const json_t *docs = json_object_get(tl, "documents");
	if (!json_is_array(entries) || (docs && !json_is_array(docs))) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD,
		            "a timeline needs an \"entries\" array (and \"documents\" an array)");
		return FALSE;
	}
	tl_merge_set_title(m, json_string_value(json_object_get(tl, "title")));
	size_t i;
	const json_t *d, *e;
	json_array_foreach(docs, i, d)
		if (json_string_value(json_object_get(d, "id")))
			tl_merge_add_document(m, d, NULL);
	json_array_foreach(entries, i, e)
	{
		g_autoptr(GError) err = NULL;
		if (!tl_merge_add_entry(m, e, &err)) {
			g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "entry %zu, %s", i + 1, err->message);
			return FALSE;
		}
	}
	return TRUE;
}

gboolean
tl_merge_write(TlMerge *m, const TlMergeOptions *opt, FILE *out, GError **error)
{
	if (m->spill_error) {
		g_propagate_error(error, g_steal_pointer(&m->spill_error));
		return FALSE;
	}
	/* the (doc, event) index is for adding: dropped while writing, made
	 * again if more comes */
	g_clear_pointer(&m->by_key, tl_itab_free);
	/* so are the ids seen (16 MB for a million documents): a record added
	 * after writing is compared with those added after it only */
	g_clear_pointer(&m->seen, g_free);
	m->seen_cap = m->seen_len = 0;
	if (!find_duplicates(m, error))
		return FALSE;
	/* spilling, the last documents go to a run too: their table (up to a
	 * quarter of the budget) is not held while clustering */
	if (m->spill && g_hash_table_size(m->documents) &&
	    !tl_spill_docs_run(m->spill, m->documents, error))
		return FALSE;
	m->docs_bytes = 0;
	if (m->spill)
		give_back();
	/* the blocking slots (24 bytes each) held at once: a quarter of the budget */
	guint64 max_slots = m->budget ? MAX(m->budget / 4 / 24, 1) : 0;
	/* copies of the mentions read back by number, kept while they are asked
	 * for again: a sixteenth of the budget, at most STORE_CACHE_MAX */
	tl_store_set_cache(m->mentions, (gsize)MIN(m->budget / 16, STORE_CACHE_MAX));
	guint *group = tl_merge_cluster_store(m->lx, m->mentions, m->pre, max_slots);
	/* (group, 4 bytes a mention, is freed there as soon as it is read) */
	/* the entries' records held at once: a quarter of the budget */
	guint64 max_entries = m->budget ? MAX(m->budget / 4, 1) : 0;
	g_autoptr(TlEntries) entries =
	    tl_entries_build(m->lx, m->mentions, group, opt, m->spill, max_entries, error);
	if (!entries)
		return FALSE;
	const char *title = opt->title ? opt->title : m->title ? m->title : TL_MERGE_DEFAULT_TITLE;
	return tl_entries_write(out, title, m->documents, m->spill, m->mentions, entries, error);
}
