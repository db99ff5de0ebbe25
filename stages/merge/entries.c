/*
 * Building timeline entries from mention groups, and writing the timeline:
 * one JSON document, one document or entry per line, deterministic bytes.
 */
#include <errno.h>
#include <string.h>
#include "tl/tl.h"
#include "entries.h"
#include "jlean.h"

static void
entry_free(TlEntry *e)
{
	g_ptr_array_unref(e->mentions);
	g_ptr_array_unref(e->participants);
	g_free(e->loaded);
	g_free(e);
}

static int
mention_cmp(gconstpointer a, gconstpointer b)
{
	return tl_merge_mention_key_cmp(*(TlMention *const *)a, *(TlMention *const *)b);
}

/* Is a a better representative than b? */
static gboolean
better_rep(const TlMention *a, const TlMention *b)
{
	/* an event's own interval of days ("the three-day trip": 24-26 April) is
	 * as precise as a day: it does not lose to the day it ended on */
	gint64 la = a->value && strchr(a->value, '/') ? 1 : a->end - a->start;
	gint64 lb = b->value && strchr(b->value, '/') ? 1 : b->end - b->start;
	if (la != lb)
		return la < lb;
	if (a->gran != b->gran)
		return a->gran < b->gran;
	/* the main event of a sentence reads better than its side mentions */
	if (a->salience != b->salience)
		return a->salience > b->salience;
	/* then the fuller headline ("insurers have 30 days", not "30 days"), up to a point */
	guint wa = MIN(a->n_words, 10), wb = MIN(b->n_words, 10);
	if (wa != wb)
		return wa > wb;
	if (a->confidence != b->confidence)
		return a->confidence > b->confidence;
	return tl_merge_mention_key_cmp(a, b) < 0;
}

typedef struct {
	const char *name;
	TlKey key, last; /* last: the key's last word */
	guint count;
} Part;

static int
part_cmp(gconstpointer pa, gconstpointer pb)
{
	const Part *a = pa, *b = pb;
	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return strcmp(a->name, b->name);
}

/* Union of the participants: a name and its short form ("Blinken") count as one. */
static GPtrArray *
union_participants(const TlMergeLexicon *lx, const TlEntry *e)
{
	g_autoptr(GArray) parts = g_array_new(FALSE, FALSE, sizeof(Part));
	for (guint i = 0; i < e->mentions->len; i++) {
		const TlMention *mn = e->mentions->pdata[i];
		for (guint k = 0; k < mn->n_parts; k++) {
			const char *name = mn->participants[k];
			TlKey key = tl_mention_pkeys(mn)[k];
			TlKey last = tl_mention_plast(mn)[k];
			guint j;
			for (j = 0; j < parts->len; j++) {
				Part *p = &g_array_index(parts, Part, j);
				/* one name ends another at a word only if their last words are one */
				if (p->last == last && tl_merge_same_participant(lx, p->key, key)) {
					p->count++;
					size_t ln = strlen(name), lp = strlen(p->name);
					if (ln > lp || (ln == lp && strcmp(name, p->name) < 0)) {
						p->name = name;
						p->key = key;
					}
					break;
				}
			}
			if (j == parts->len) {
				Part p = {name, key, last, 1};
				g_array_append_val(parts, p);
			}
		}
	}
	g_array_sort(parts, part_cmp);
	GPtrArray *out = g_ptr_array_new();
	for (guint j = 0; j < parts->len; j++)
		g_ptr_array_add(out, (gpointer)g_array_index(parts, Part, j).name);
	return out;
}

static void
score_entry(const TlMergeLexicon *lx, TlEntry *e)
{
	double miss = 1, best_sal = 0, best_doc = 0;
	guint ndocs = 0;
	const char *doc = NULL;
	for (guint i = 0; i < e->mentions->len; i++) {
		const TlMention *mn = e->mentions->pdata[i];
		if (!doc || strcmp(doc, mn->doc) != 0) {
			if (doc)
				miss *= 1 - best_doc;
			doc = mn->doc;
			best_doc = 0;
			ndocs++;
		}
		best_doc = MAX(best_doc, mn->confidence);
		best_sal = MAX(best_sal, mn->salience);
		if (!e->rep || better_rep(mn, e->rep))
			e->rep = mn;
	}
	miss *= 1 - best_doc;
	e->confidence = tl_merge_round2(1 - miss);
	e->salience = tl_merge_round2(MIN(1, best_sal + lx->sal_corroboration * (ndocs - 1)));
}

static gboolean
keep_entry(const TlMergeLexicon *lx, const TlEntry *e, const TlMergeOptions *opt, TlKey entity)
{
	if (opt->has_from && e->rep->end <= opt->from)
		return FALSE;
	if (opt->has_to && e->rep->start >= opt->to)
		return FALSE;
	if (e->salience < opt->min_salience - 1e-9)
		return FALSE;
	if (!entity)
		return TRUE;
	for (guint i = 0; i < e->mentions->len; i++) {
		const TlMention *mn = e->mentions->pdata[i];
		for (guint k = 0; k < mn->n_parts; k++)
			if (tl_merge_same_participant(lx, tl_mention_pkeys(mn)[k], entity))
				return TRUE;
	}
	return FALSE;
}

static int
entry_cmp(gconstpointer pa, gconstpointer pb)
{
	const TlEntry *a = *(TlEntry *const *)pa, *b = *(TlEntry *const *)pb;
	int c = tl_date_compare(a->rep->start, a->rep->end, a->rep->gran, b->rep->start,
	                        b->rep->end, b->rep->gran);
	if (c)
		return c;
	c = g_strcmp0(a->headline, b->headline);
	if (c)
		return c;
	return tl_merge_mention_key_cmp(a->mentions->pdata[0], b->mentions->pdata[0]);
}

/* A string member of a spilled mention's source (new string), or NULL when
 * it is null; FALSE with error when it cannot be read. */
static gboolean
spilled_member(TlSpill *spill, const TlMention *mn, const char *key, GString *buf, char **out,
               GError **error)
{
	*out = NULL;
	if (!tl_spill_get(spill, mn->spill_off, mn->spill_len, buf, error))
		return FALSE;
	json_error_t jerr;
	g_autoptr(json_t) src = json_loadb(buf->str, buf->len, 0, &jerr);
	if (!src) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "spill file: a mention reads back wrong: %s",
		            jerr.text);
		return FALSE;
	}
	const char *v = json_string_value(json_object_get(src, key));
	*out = v ? g_strdup(v) : NULL;
	return TRUE;
}

/* The headline of each entry: its representative's summary, read back when spilled. */
static gboolean
set_headlines(GPtrArray *entries, TlSpill *spill, GError **error)
{
	g_autoptr(GString) buf = g_string_new(NULL);
	for (guint i = 0; i < entries->len; i++) {
		TlEntry *e = entries->pdata[i];
		if (!e->rep->spill_len)
			e->headline = e->rep->summary;
		else if (!spilled_member(spill, e->rep, "summary", buf, &e->loaded, error))
			return FALSE;
		else
			e->headline = e->loaded;
	}
	return TRUE;
}

GPtrArray *
tl_entries_build(const TlMergeLexicon *lx, GPtrArray *mentions, const guint *group,
                 const TlMergeOptions *opt, TlSpill *spill, GError **error)
{
	g_autoptr(GHashTable) by_root = g_hash_table_new(g_direct_hash, g_direct_equal);
	GPtrArray *entries = g_ptr_array_new();
	for (guint i = 0; i < mentions->len; i++) {
		TlEntry *e = g_hash_table_lookup(by_root, GUINT_TO_POINTER(group[i] + 1));
		if (!e) {
			e = g_new0(TlEntry, 1);
			e->mentions = g_ptr_array_new();
			g_hash_table_insert(by_root, GUINT_TO_POINTER(group[i] + 1), e);
			g_ptr_array_add(entries, e);
		}
		g_ptr_array_add(e->mentions, mentions->pdata[i]);
	}
	g_autofree char *ekey = opt->entity ? tl_merge_participant_key(opt->entity) : NULL;
	TlKey entity = ekey ? tl_merge_key(lx, ekey) : 0;
	GPtrArray *kept = g_ptr_array_new_with_free_func((GDestroyNotify)entry_free);
	for (guint i = 0; i < entries->len; i++) {
		TlEntry *e = entries->pdata[i];
		g_ptr_array_sort(e->mentions, mention_cmp);
		score_entry(lx, e);
		e->participants = union_participants(lx, e);
		if (keep_entry(lx, e, opt, entity))
			g_ptr_array_add(kept, e);
		else
			entry_free(e);
	}
	g_ptr_array_free(entries, TRUE); /* the entries moved to kept or were freed */
	if (!set_headlines(kept, spill, error)) {
		g_ptr_array_unref(kept);
		return NULL;
	}
	g_ptr_array_sort(kept, entry_cmp);
	return kept;
}

/* A date object: {"value":..,"range":[start,end],"granularity":".."}. */
static void
put_date(GString *o, const TlMention *mn)
{
	g_string_append(o, "{\"value\":");
	tl_jl_put_string(o, mn->value);
	g_string_append(o, ",\"range\":[");
	tl_jl_put_day(o, mn->start);
	g_string_append_c(o, ',');
	tl_jl_put_day(o, mn->end);
	g_string_append(o, "],\"granularity\":\"");
	g_string_append(o, tl_granularity_name(mn->gran));
	g_string_append(o, "\"}");
}

/* A JSON array of n strings. */
static void
put_strings(GString *o, char *const *v, guint n)
{
	g_string_append_c(o, '[');
	for (guint i = 0; i < n; i++) {
		if (i)
			g_string_append_c(o, ',');
		tl_jl_put_string(o, v[i]);
	}
	g_string_append_c(o, ']');
}

void
tl_entries_put_source(GString *o, const TlMention *mn)
{
	g_string_append(o, "{\"doc\":");
	tl_jl_put_string(o, mn->doc);
	g_string_append(o, ",\"event\":");
	tl_jl_put_string(o, mn->event);
	if (mn->sentence >= 0)
		g_string_append_printf(o, ",\"sentence\":%" G_GINT64_FORMAT, mn->sentence);
	else
		g_string_append(o, ",\"sentence\":null");
	g_string_append(o, ",\"date\":");
	put_date(o, mn);
	g_string_append(o, ",\"class\":");
	tl_jl_put_string(o, mn->cls);
	g_string_append(o, ",\"trigger\":");
	tl_jl_put_string(o, mn->trigger);
	g_string_append(o, ",\"lemma\":");
	tl_jl_put_string(o, mn->lemma);
	g_string_append(o, ",\"summary\":");
	tl_jl_put_string(o, mn->summary);
	g_string_append(o, ",\"participants\":");
	put_strings(o, mn->participants, mn->n_parts);
	g_string_append(o, ",\"quote\":");
	tl_jl_put_string(o, mn->quote);
	g_string_append(o, ",\"confidence\":");
	tl_jl_put_real(o, mn->confidence);
	g_string_append(o, ",\"salience\":");
	tl_jl_put_real(o, mn->salience);
	g_string_append_c(o, '}');
}

/* One entry, as the json_pack of the timeline format, written directly
 * (buf: scratch for spilled mentions); FALSE with error when a spilled
 * mention cannot be read back. */
static gboolean
put_entry(GString *o, const TlEntry *e, guint n, TlSpill *spill, GString *buf, GError **error)
{
	const TlMention *r = e->rep;
	g_autofree char *quote = NULL;
	if (r->spill_len && !spilled_member(spill, r, "quote", buf, &quote, error))
		return FALSE;
	g_string_append_printf(o, "{\"id\":\"n%u\",\"date\":", n);
	put_date(o, r);
	g_string_append(o, ",\"headline\":");
	tl_jl_put_string(o, e->headline);
	g_string_append(o, ",\"text\":");
	tl_jl_put_string(o, r->spill_len ? quote : r->quote);
	g_string_append(o, ",\"participants\":");
	put_strings(o, (char *const *)e->participants->pdata, e->participants->len);
	g_string_append(o, ",\"sources\":[");
	for (guint i = 0; i < e->mentions->len; i++) {
		const TlMention *mn = e->mentions->pdata[i];
		if (i)
			g_string_append_c(o, ',');
		if (!mn->spill_len)
			tl_entries_put_source(o, mn);
		else if (tl_spill_get(spill, mn->spill_off, mn->spill_len, buf, error))
			g_string_append_len(o, buf->str, (gssize)buf->len);
		else
			return FALSE;
	}
	g_string_append(o, "],\"confidence\":");
	tl_jl_put_real(o, e->confidence);
	g_string_append(o, ",\"salience\":");
	tl_jl_put_real(o, e->salience);
	g_string_append_c(o, '}');
	return TRUE;
}

#define FLUSH_AT (1 << 20)

/* Write out what the buffer holds once it is large. */
static void
flush(GString *o, FILE *out, gboolean force)
{
	if (o->len >= FLUSH_AT || (force && o->len)) {
		fwrite(o->str, 1, o->len, out);
		g_string_truncate(o, 0);
	}
}

/* Writing the documents one by one. */
typedef struct {
	GString *o;
	FILE *out;
	gboolean first;
} DocWriter;

static void
put_document(const char *json, gpointer data)
{
	DocWriter *w = data;
	g_string_append(w->o, w->first ? "\n" : ",\n");
	g_string_append(w->o, json);
	flush(w->o, w->out, FALSE);
	w->first = FALSE;
}

gboolean
tl_entries_write(FILE *out, const char *title, GHashTable *documents, TlSpill *spill,
                 GPtrArray *entries, GError **error)
{
	g_autoptr(GString) o = g_string_sized_new(FLUSH_AT + (1 << 16));
	g_autoptr(GString) buf = g_string_new(NULL);
	g_string_append(o, "{\"title\":");
	tl_jl_put_string(o, title);
	g_string_append(o, ",\"generated_by\":\"tl-merge " TL_VERSION "\",\n\"documents\":[");
	DocWriter w = {o, out, TRUE};
	if (!tl_spill_docs_each(spill, documents, put_document, &w, error))
		return FALSE;
	g_string_append(o, "],\n\"entries\":[");
	for (guint i = 0; i < entries->len; i++) {
		g_string_append(o, i ? ",\n" : "\n");
		if (!put_entry(o, entries->pdata[i], i + 1, spill, buf, error))
			return FALSE;
		flush(o, out, FALSE);
	}
	g_string_append(o, "]}\n");
	flush(o, out, TRUE);
	if (ferror(out)) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "writing the timeline failed: %s",
		            g_strerror(errno));
		return FALSE;
	}
	return TRUE;
}
