/*
 * The merge accumulator: documents and event mentions gathered from records
 * and timelines.  A record gives one document and a mention per dated event;
 * only the sentence each event is in is copied out of the text.
 */
#include <string.h>
#include "tl/calendar.h"
#include "merge.h"
#include "entries.h"

struct TlMerge {
	TlMergeLexicon *lx;
	GPtrArray *mentions;   /* TlMention*, owned */
	GHashTable *by_key;    /* "doc\x1fevent" -> index + 1 */
	GHashTable *documents; /* id -> json_t document, owned */
	GArray *pre;           /* pairs of mention indices known to be one event */
	char *title;           /* the first input timeline's title */
	GStringChunk *pool;    /* the mentions' strings, each distinct one once */
};

TlMerge *
tl_merge_new(GError **error)
{
	TlMergeLexicon *lx = tl_merge_lexicon_load(error);
	if (!lx)
		return NULL;
	TlMerge *m = g_new0(TlMerge, 1);
	m->lx = lx;
	m->mentions = g_ptr_array_new_with_free_func((GDestroyNotify)tl_merge_mention_free);
	m->by_key = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	m->documents = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	                                     (GDestroyNotify)json_decref);
	m->pre = g_array_new(FALSE, FALSE, sizeof(guint));
	m->pool = g_string_chunk_new(1 << 16);
	return m;
}

void
tl_merge_free(TlMerge *m)
{
	if (!m)
		return;
	tl_merge_lexicon_free(m->lx);
	g_ptr_array_unref(m->mentions);
	g_hash_table_unref(m->by_key);
	g_hash_table_unref(m->documents);
	g_array_unref(m->pre);
	g_free(m->title);
	g_string_chunk_free(m->pool);
	g_free(m);
}

const TlMergeLexicon *
tl_merge_lexicon(const TlMerge *m)
{
	return m->lx;
}

guint
tl_merge_n_mentions(const TlMerge *m)
{
	return m->mentions->len;
}

/* Replace an owned string by its copy in the pool (copies of an article share one). */
static void
pool(TlMerge *m, char **s)
{
	if (!*s)
		return;
	char *p = g_string_chunk_insert_const(m->pool, *s);
	g_free(*s);
	*s = p;
}

/* Move a mention's strings to the pool. */
static void
pool_mention(TlMerge *m, TlMention *mn)
{
	char **fields[] = {&mn->doc,   &mn->event,   &mn->value, &mn->cls,
	                   &mn->trigger, &mn->lemma, &mn->summary, &mn->quote};
	for (size_t i = 0; i < G_N_ELEMENTS(fields); i++)
		pool(m, fields[i]);
	GPtrArray *parts = g_ptr_array_sized_new(mn->participants->len);
	for (guint i = 0; i < mn->participants->len; i++)
		g_ptr_array_add(parts, g_string_chunk_insert_const(m->pool, mn->participants->pdata[i]));
	g_ptr_array_unref(mn->participants);
	mn->participants = parts;
	mn->pooled = TRUE;
}

/* Add a mention (stolen) unless (doc, event) is known; returns its index. */
static guint
add_mention(TlMerge *m, TlMention *mn)
{
	char *key = g_strconcat(mn->doc, "\x1f", mn->event, NULL);
	gpointer idx = g_hash_table_lookup(m->by_key, key);
	if (idx) {
		g_free(key);
		tl_merge_mention_free(mn);
		return GPOINTER_TO_UINT(idx) - 1;
	}
	pool_mention(m, mn);
	g_ptr_array_add(m->mentions, mn);
	g_hash_table_insert(m->by_key, key, GUINT_TO_POINTER(m->mentions->len));
	return m->mentions->len - 1;
}

static void
add_document(TlMerge *m, const char *id, const json_t *title, const json_t *dct)
{
	if (g_hash_table_contains(m->documents, id))
		return;
	json_t *d = json_pack("{s:s,s:O?,s:O?}", "id", id, "title", title, "dct", dct);
	g_hash_table_insert(m->documents, g_strdup(id), d);
}

/* The longest quote kept from a sentence: a run-on "sentence" of a whole
 * document would otherwise be copied into every entry it holds. */
#define QUOTE_MAX 600

/* The sentence text of a record, white space folded and cut after QUOTE_MAX
 * bytes at a word with "…" (new string), or NULL. */
static char *
sentence_text(TlRecord *rec, gint64 idx)
{
	size_t len;
	const char *text = tl_record_get_string(rec, "text", &len);
	const json_t *span = json_array_get(tl_record_get(rec, "sentences"), idx);
	if (!text || !json_is_array(span))
		return NULL;
	json_int_t a = json_integer_value(json_array_get(span, 0));
	json_int_t b = json_integer_value(json_array_get(span, 1));
	if (a < 0 || b <= a || (size_t)b > len)
		return NULL;
	GString *s = g_string_sized_new(b - a);
	gboolean space = FALSE;
	for (const char *p = text + a; p < text + b; p++) {
		if (g_ascii_isspace(*p)) {
			space = s->len > 0;
			if (s->len >= QUOTE_MAX) {
				g_string_append(s, " \u2026");
				break;
			}
			continue;
		}
		if (space)
			g_string_append_c(s, ' ');
		space = FALSE;
		g_string_append_c(s, *p);
	}
	if (!g_utf8_validate(s->str, s->len, NULL)) { /* cut inside a character */
		g_string_free(s, TRUE);
		return NULL;
	}
	return g_string_free(s, FALSE);
}

static const json_t *
find_timex(const json_t *timexes, const char *id)
{
	size_t i;
	const json_t *t;
	json_array_foreach(timexes, i, t)
	{
		const char *tid = json_string_value(json_object_get(t, "id"));
		if (tid && strcmp(tid, id) == 0)
			return t;
	}
	return NULL;
}

static double
lookup_double(GHashTable *t, const char *key, double dflt)
{
	const double *v = key ? g_hash_table_lookup(t, key) : NULL;
	return v ? *v : dflt;
}

/*
 * When the event carries its own interval of whole days ("finished his
 * three-day trip on 26 April": 2024-04-24..26), date the mention by it, not
 * by the timex: set mn's range and return the value, an ISO 8601 interval
 * ("2024-04-24/2024-04-26") or a day.  NULL when the event has no usable range.
 */
static char *
event_interval(const json_t *ev, TlMention *mn)
{
	const json_t *r = json_object_get(ev, "range");
	gint64 a, b;
	const char *sa = json_string_value(json_array_get(r, 0));
	const char *sb = json_string_value(json_array_get(r, 1));
	if (!json_is_array(r) || json_array_size(r) != 2 || !sa || !sb || strlen(sa) != 10 ||
	    strlen(sb) != 10 || !tl_date_parse_day(sa, &a) || !tl_date_parse_day(sb, &b) || b <= a)
		return NULL;
	mn->start = a;
	mn->end = b;
	mn->gran = TL_GRAN_DAY;
	if (b - a == 1)
		return g_strdup(sa);
	gint64 y;
	int m, d;
	tl_cal_from_days(b - 1, &y, &m, &d);
	return g_strdup_printf("%s/%04" G_GINT64_FORMAT "-%02d-%02d", sa, y, m, d);
}

/* A mention from one event of a record, or NULL when it cannot be dated. */
static TlMention *
mention_from_event(TlMerge *m, TlRecord *rec, const char *doc, const json_t *ev)
{
	const TlMergeLexicon *lx = m->lx;
	const char *eid = json_string_value(json_object_get(ev, "id"));
	const char *tid = json_string_value(json_object_get(ev, "time"));
	const char *pol = json_string_value(json_object_get(ev, "polarity"));
	if (!eid || !tid || (pol && g_hash_table_contains(lx->skip_polarity, pol)))
		return NULL;
	const json_t *rel = json_object_get(ev, "relation");
	const char *relation = json_is_string(rel) ? json_string_value(rel) : "none";
	const double *rconf = g_hash_table_lookup(lx->relation_conf, relation);
	const json_t *tx = find_timex(tl_record_get(rec, "timexes"), tid);
	const char *type = json_string_value(json_object_get(tx, "type"));
	if (!rconf || !tx || (type && (strcmp(type, "DURATION") == 0 || strcmp(type, "SET") == 0)))
		return NULL;
	TlMention *mn = g_new0(TlMention, 1);
	json_t *date = json_pack("{s:O,s:O}", "range", json_object_get(tx, "range"), "granularity",
	                         json_object_get(tx, "granularity") ?: json_null());
	gboolean ok = tl_date_from_json(date, &mn->start, &mn->end, &mn->gran, NULL);
	json_decref(date);
	if (!ok) {
		g_free(mn);
		return NULL;
	}
	mn->doc = g_strdup(doc);
	mn->event = g_strdup(eid);
	mn->value = event_interval(ev, mn);
	if (!mn->value)
		mn->value = g_strdup(json_string_value(json_object_get(tx, "value")));
	const json_t *sent = json_object_get(ev, "sentence");
	mn->sentence = json_is_integer(sent) ? json_integer_value(sent) : -1;
	mn->cls = g_strdup(json_string_value(json_object_get(ev, "class")));
	const json_t *trig = json_object_get(ev, "trigger");
	mn->trigger = g_strdup(json_string_value(json_object_get(trig, "text")));
	const char *lemma = json_string_value(json_object_get(trig, "lemma"));
	if (!lemma)
		lemma = json_string_value(json_object_get(ev, "lemma"));
	mn->lemma = lemma && *lemma       ? g_utf8_strdown(lemma, -1)
	            : mn->trigger && *mn->trigger ? tl_merge_lemmatize(lx, mn->trigger)
	                                          : NULL;
	const char *summary = json_string_value(json_object_get(ev, "summary"));
	mn->summary = g_strdup(summary ? summary : mn->trigger);
	mn->quote = mn->sentence >= 0 ? sentence_text(rec, mn->sentence) : NULL;
	mn->participants = g_ptr_array_new_with_free_func(g_free);
	size_t i;
	const json_t *p;
	json_array_foreach(json_object_get(ev, "participants"), i, p)
	{
		const char *name = json_is_string(p) ? json_string_value(p)
		                                     : json_string_value(json_object_get(p, "text"));
		if (name && *name)
			g_ptr_array_add(mn->participants, g_strdup(name));
	}
	const json_t *anchor = json_object_get(tx, "anchor");
	double aconf = !json_is_string(anchor) ? lx->anchor_absolute
	               : strcmp(json_string_value(anchor), "dct") == 0 ? lx->anchor_dct
	                                                                : lx->anchor_timex;
	mn->confidence = tl_merge_round2(aconf * *rconf);
	const json_t *sal = json_object_get(ev, "salience");
	if (json_is_number(sal))
		mn->salience = json_number_value(sal);
	else
		mn->salience = lookup_double(lx->class_salience, mn->cls, lx->sal_other) +
		               (mn->participants->len ? lx->sal_participants : 0) +
		               (mn->sentence >= 0 && mn->sentence < lx->lede_sentences ? lx->sal_lede : 0);
	mn->salience = tl_merge_round2(CLAMP(mn->salience, 0, 1));
	tl_merge_mention_derive(lx, mn);
	return mn;
}

gboolean
tl_merge_add_record(TlMerge *m, TlRecord *rec, GError **error)
{
	const char *id = tl_record_get_string(rec, "id", NULL);
	if (!id || !*id) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "the record has no \"id\" string");
		return FALSE;
	}
	const json_t *events = tl_record_get(rec, "events");
	if (events && !json_is_array(events)) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "\"events\" is not an array");
		return FALSE;
	}
	add_document(m, id, tl_record_get(rec, "title"), tl_record_get(rec, "dct"));
	size_t i;
	const json_t *ev;
	json_array_foreach(events, i, ev)
	{
		TlMention *mn = mention_from_event(m, rec, id, ev);
		if (mn)
			add_mention(m, mn);
	}
	return TRUE;
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

void
tl_merge_set_title(TlMerge *m, const char *title)
{
	if (title && !m->title)
		m->title = g_strdup(title);
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
	json_array_foreach(json_object_get(e, "sources"), j, src)
	{
		g_autoptr(GError) err = NULL;
		g_autoptr(json_t) full = with_entry_defaults(src, e);
		TlMention *mn = tl_merge_mention_from_source(m->lx, full, &err);
		if (!mn) {
			g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "source %zu: %s", j + 1, err->message);
			return FALSE;
		}
		guint idx = add_mention(m, mn);
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
	g_autofree guint *group = tl_merge_cluster(m->lx, m->mentions, m->pre);
	g_autoptr(GPtrArray) entries = tl_entries_build(m->lx, m->mentions, group, opt);
	const char *title = opt->title ? opt->title : m->title ? m->title : "Timeline";
	return tl_entries_write(out, title, m->documents, entries, error);
}
