/*
 * Records into mentions, the fast way: the record line was validated by the
 * kit's scanner, so only the members tl-merge uses (id, title, dct, text,
 * sentences, timexes, events) are walked, straight on the line's bytes, with
 * no JSON tree and the strings decoded into one scratch buffer and interned
 * in the merge's pool.  Semantics are those of the Jansson reading it
 * replaces (the last of duplicate keys wins; the first timex of an id).
 */
#include <string.h>
#include "tl/calendar.h"
#include "jlean.h"
#include "merge.h"

/* The timex members a mention needs. */
typedef struct {
	const char *id; /* pooled, or NULL */
	TlJSpan type, range, granularity, anchor, value;
} Timex;

/* The event members a mention needs. */
typedef struct {
	TlJSpan id, time, polarity, relation, range, sentence, cls, trigger, lemma, summary,
		participants, salience;
} Event;

typedef struct {
	TlMerge *m;
	TlRecord *rec;
	GString *s; /* scratch */
	GArray *timexes;
	GHashTable *by_id; /* interned id -> its first timex, built on first use */
	TlJSpan sentences;
	GArray *sent; /* of TlJSpan: the sentences' spans, read on first use */
	const char *text; /* decoded on first use */
	size_t text_len;
	gboolean text_done;
} Ctx;

static TlJSpan
raw(TlRecord *rec, const char *key)
{
	size_t n;
	const char *v = tl_record_get_raw(rec, key, &n);
	return (TlJSpan){v, v ? v + n : NULL};
}

/* A decoded string member, interned; NULL when not a string. */
static const char *
pooled(Ctx *c, TlJSpan s)
{
	const char *v = tl_jl_string(s, c->s);
	return v ? tl_merge_intern(c->m, v) : NULL;
}

/* The same for a display string of a mention (see tl_merge_intern_text). */
static const char *
pooled_text(Ctx *c, TlJSpan s)
{
	const char *v = tl_jl_string(s, c->s);
	return v ? tl_merge_intern_text(c->m, v) : NULL;
}

static void
read_timexes(Ctx *c)
{
	TlJIter it, mi;
	TlJSpan t, v;
	const char *k;
	size_t kl;
	gboolean ke;
	if (!tl_jl_iter(&it, raw(c->rec, "timexes"), '['))
		return;
	while (tl_jl_next_elem(&it, &t)) {
		Timex x = {0};
		if (tl_jl_iter(&mi, t, '{'))
			while (tl_jl_next_member(&mi, &k, &kl, &ke, &v)) {
				if (TL_JL_KEY_IS(k, kl, ke, "id"))
					x.id = pooled(c, v);
				else if (TL_JL_KEY_IS(k, kl, ke, "type"))
					x.type = v;
				else if (TL_JL_KEY_IS(k, kl, ke, "range"))
					x.range = v;
				else if (TL_JL_KEY_IS(k, kl, ke, "granularity"))
					x.granularity = v;
				else if (TL_JL_KEY_IS(k, kl, ke, "anchor"))
					x.anchor = v;
				else if (TL_JL_KEY_IS(k, kl, ke, "value"))
					x.value = v;
			}
		g_array_append_val(c->timexes, x);
	}
}

/* The first timex of the record with this id (interned: a pointer
 * compares), or NULL.  A table, not a scan per event: a record of 389,610
 * events and 129,870 timexes took 53 s, now 1.5. */
static const Timex *
find_timex(Ctx *c, const char *id)
{
	if (!c->by_id) {
		c->by_id = g_hash_table_new(g_direct_hash, g_direct_equal);
		for (guint i = 0; i < c->timexes->len; i++) {
			Timex *x = &g_array_index(c->timexes, Timex, i);
			if (x->id && !g_hash_table_contains(c->by_id, x->id))
				g_hash_table_insert(c->by_id, (gpointer)x->id, x);
		}
	}
	return g_hash_table_lookup(c->by_id, id);
}

/* A range of two ISO days as Jansson's tl_date_from_json reads it (a
 * TIME's ends hold a clock time: the days that hold them). */
static gboolean
read_range(Ctx *c, TlJSpan r, gint64 *a, gint64 *b, char *sa, char *sb)
{
	TlJIter it;
	TlJSpan e;
	guint n = 0;
	if (!tl_jl_iter(&it, r, '['))
		return FALSE;
	gboolean ok = TRUE;
	while (tl_jl_next_elem(&it, &e)) {
		n++;
		if (n > 2)
			return FALSE;
		const char *s = tl_jl_string(e, c->s);
		if (!s || !tl_date_parse_bound(s, n == 2, n == 1 ? a : b)) {
			ok = FALSE;
			continue;
		}
		if (strlen(s) < 16)
			strcpy(n == 1 ? sa : sb, s);
		else
			(n == 1 ? sa : sb)[0] = '\0';
	}
	return ok && n == 2;
}

/* The members of an event object (it: walking its members). */
static void
read_event(TlJIter *obj, Event *e)
{
	TlJSpan v;
	const char *k;
	size_t kl;
	gboolean ke;
	memset(e, 0, sizeof *e);
	while (tl_jl_next_member(obj, &k, &kl, &ke, &v)) {
		if (TL_JL_KEY_IS(k, kl, ke, "id"))
			e->id = v;
		else if (TL_JL_KEY_IS(k, kl, ke, "time"))
			e->time = v;
		else if (TL_JL_KEY_IS(k, kl, ke, "polarity"))
			e->polarity = v;
		else if (TL_JL_KEY_IS(k, kl, ke, "relation"))
			e->relation = v;
		else if (TL_JL_KEY_IS(k, kl, ke, "range"))
			e->range = v;
		else if (TL_JL_KEY_IS(k, kl, ke, "sentence"))
			e->sentence = v;
		else if (TL_JL_KEY_IS(k, kl, ke, "class"))
			e->cls = v;
		else if (TL_JL_KEY_IS(k, kl, ke, "trigger"))
			e->trigger = v;
		else if (TL_JL_KEY_IS(k, kl, ke, "lemma"))
			e->lemma = v;
		else if (TL_JL_KEY_IS(k, kl, ke, "summary"))
			e->summary = v;
		else if (TL_JL_KEY_IS(k, kl, ke, "participants"))
			e->participants = v;
		else if (TL_JL_KEY_IS(k, kl, ke, "salience"))
			e->salience = v;
	}
}

/* The member key of object span o (the last of that name), or absent. */
static TlJSpan
member(TlJSpan o, const char *key)
{
	TlJIter it;
	TlJSpan v, found = {NULL, NULL};
	const char *k;
	size_t kl;
	gboolean ke;
	if (tl_jl_iter(&it, o, '{'))
		while (tl_jl_next_member(&it, &k, &kl, &ke, &v))
			if (tl_jl_key_is(k, kl, ke, key))
				found = v;
	return found;
}

/* The longest quote kept from a sentence: a run-on "sentence" of a whole
 * document would otherwise be copied into every entry it holds. */
#define QUOTE_MAX 600

/* Are s[0..n) all ASCII and no NUL (valid UTF-8 without g_utf8_validate,
 * 8 bytes at a time: most news is)? */
static gboolean
ascii(const char *s, size_t n)
{
	const guint64 ones = G_GUINT64_CONSTANT(0x0101010101010101);
	const guint64 highs = G_GUINT64_CONSTANT(0x8080808080808080);
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		guint64 v;
		memcpy(&v, s + i, 8);
		if ((v | ((v - ones) & ~v)) & highs) /* a byte >= 0x80, or a zero byte */
			return FALSE;
	}
	for (; i < n; i++)
		if (!s[i] || (guchar)s[i] >= 0x80)
			return FALSE;
	return TRUE;
}

/* The sentence's text, white space folded and cut after QUOTE_MAX bytes at a
 * word with "…", interned; or NULL. */
static const char *
sentence_text(Ctx *c, gint64 idx)
{
	if (!c->text_done) {
		c->text = tl_record_get_string(c->rec, "text", &c->text_len);
		c->text_done = TRUE;
	}
	if (!c->text || idx > G_MAXUINT)
		return NULL;
	if (!c->sent) {
		c->sent = g_array_new(FALSE, FALSE, sizeof(TlJSpan));
		TlJIter it;
		TlJSpan v;
		if (tl_jl_iter(&it, c->sentences, '['))
			while (tl_jl_next_elem(&it, &v))
				g_array_append_val(c->sent, v);
	}
	if (idx >= c->sent->len)
		return NULL;
	TlJSpan span = g_array_index(c->sent, TlJSpan, idx);
	if (*span.v != '[')
		return NULL;
	gint64 a = 0, b = 0;
	if (!tl_jl_integer(tl_jl_index(span, 0), &a))
		a = 0;
	if (!tl_jl_integer(tl_jl_index(span, 1), &b))
		b = 0;
	if (a < 0 || b <= a || (size_t)b > c->text_len)
		return NULL;
	GString *s = c->s;
	g_string_truncate(s, 0);
	gboolean space = FALSE;
	for (const char *p = c->text + a; p < c->text + b; p++) {
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
	if (!ascii(s->str, s->len) && !g_utf8_validate(s->str, s->len, NULL)) /* cut inside a character */
		return NULL;
	return tl_merge_intern_text(c->m, s->str);
}

static double
lookup_double(GHashTable *t, const char *key, double dflt)
{
	const double *v = key ? g_hash_table_lookup(t, key) : NULL;
	return v ? *v : dflt;
}

/* The mention of one event, or NULL when it cannot be dated. */
static TlMention *
mention_from_event(Ctx *c, const char *doc, const Event *e)
{
	TlMerge *m = c->m;
	const TlMergeLexicon *lx = tl_merge_lexicon(m);
	const char *eid = pooled(c, e->id);
	const char *tid = pooled(c, e->time);
	const char *pol = tl_jl_string(e->polarity, c->s);
	if (!eid || !tid || (pol && g_hash_table_contains(lx->skip_polarity, pol)))
		return NULL;
	const char *rel = tl_jl_string(e->relation, c->s);
	const double *rconf = g_hash_table_lookup(lx->relation_conf, rel ? rel : "none");
	const Timex *tx = find_timex(c, tid);
	if (!rconf || !tx)
		return NULL;
	const char *type = tl_jl_string(tx->type, c->s);
	if (type && (strcmp(type, "DURATION") == 0 || strcmp(type, "SET") == 0))
		return NULL;
	gint64 start, end;
	char sa[16], sb[16];
	if (!read_range(c, tx->range, &start, &end, sa, sb) || end <= start)
		return NULL;
	TlGranularity gran = tl_granularity_from_name(tl_jl_string(tx->granularity, c->s));
	if (gran == TL_GRAN_UNKNOWN)
		gran = tl_granularity_from_length(end - start);
	TlMention *mn = g_new0(TlMention, 1);
	mn->pooled = TRUE;
	mn->start = start, mn->end = end, mn->gran = gran;
	mn->doc = (char *)doc;
	mn->event = (char *)eid;
	/* the event's own interval of whole days ("the three-day trip") dates it */
	gint64 ea, eb;
	if (read_range(c, e->range, &ea, &eb, sa, sb) && eb > ea && strlen(sa) == 10 &&
	    strlen(sb) == 10) {
		mn->start = ea, mn->end = eb, mn->gran = TL_GRAN_DAY;
		if (eb - ea == 1)
			mn->value = (char *)tl_merge_intern(m, sa);
		else {
			gint64 y;
			int mo, d;
			tl_cal_from_days(eb - 1, &y, &mo, &d);
			g_string_printf(c->s, "%s/%04" G_GINT64_FORMAT "-%02d-%02d", sa, y, mo, d);
			mn->value = (char *)tl_merge_intern(m, c->s->str);
		}
	} else
		mn->value = (char *)pooled(c, tx->value);
	gint64 sent;
	mn->sentence = tl_jl_integer(e->sentence, &sent) ? sent : -1;
	mn->cls = (char *)pooled_text(c, e->cls);
	mn->trigger = (char *)pooled(c, member(e->trigger, "text"));
	const char *lemma = tl_jl_string(member(e->trigger, "lemma"), c->s);
	if (!lemma)
		lemma = tl_jl_string(e->lemma, c->s);
	if (lemma && *lemma) {
		g_autofree char *low = g_utf8_strdown(lemma, -1);
		mn->lemma = (char *)tl_merge_intern_text(m, low);
	} else if (mn->trigger && *mn->trigger) {
		g_autofree char *l = tl_merge_lemmatize(lx, mn->trigger);
		mn->lemma = (char *)tl_merge_intern_text(m, l);
	}
	const char *summary = pooled_text(c, e->summary);
	mn->summary = (char *)(summary ? summary : mn->trigger);
	mn->quote = mn->sentence >= 0 ? (char *)sentence_text(c, mn->sentence) : NULL;
	g_autoptr(GPtrArray) names = g_ptr_array_new();
	TlJIter it;
	TlJSpan p;
	if (tl_jl_iter(&it, e->participants, '['))
		while (names->len < TL_MERGE_MAX_PARTICIPANTS && tl_jl_next_elem(&it, &p)) {
			const char *name = tl_jl_string(*p.v == '"' ? p : member(p, "text"), c->s);
			if (name && *name)
				g_ptr_array_add(names, (gpointer)tl_merge_intern(m, name));
		}
	const char *anchor = tl_jl_string(tx->anchor, c->s);
	double aconf = !anchor                     ? lx->anchor_absolute
	               : strcmp(anchor, "dct") == 0 ? lx->anchor_dct
	                                           : lx->anchor_timex;
	mn->confidence = tl_merge_round2(aconf * *rconf);
	double sal;
	if (tl_jl_number(e->salience, &sal))
		mn->salience = sal;
	else
		mn->salience = lookup_double(lx->class_salience, mn->cls, lx->sal_other) +
		               (names->len ? lx->sal_participants : 0) +
		               (mn->sentence >= 0 && mn->sentence < lx->lede_sentences ? lx->sal_lede : 0);
	mn->salience = tl_merge_round2(CLAMP(mn->salience, 0, 1));
	tl_merge_mention_derive(lx, mn, (char **)names->pdata, names->len);
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
	TlJSpan events = raw(rec, "events");
	if (events.v && *events.v != '[') {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "\"events\" is not an array");
		return FALSE;
	}
	tl_merge_add_record_document(m, rec, id);
	if (!events.v)
		return TRUE;
	g_autoptr(GString) scratch = g_string_sized_new(256);
	g_autoptr(GArray) timexes = g_array_new(FALSE, FALSE, sizeof(Timex));
	Ctx c = {m, rec, scratch, timexes, NULL, raw(rec, "sentences"), NULL, NULL, 0, FALSE};
	read_timexes(&c);
	const char *doc = tl_merge_intern_doc(m, id);
	TlJIter it, obj;
	gboolean isobj;
	Event e;
	tl_jl_iter(&it, events, '[');
	while (tl_jl_next_object(&it, &obj, &isobj)) {
		if (!isobj)
			continue;
		read_event(&obj, &e);
		tl_jl_close(&it, &obj);
		TlMention *mn = mention_from_event(&c, doc, &e);
		if (mn)
			tl_merge_add_mention(m, mn);
	}
	if (c.sent)
		g_array_free(c.sent, TRUE);
	if (c.by_id)
		g_hash_table_destroy(c.by_id);
	tl_merge_record_done(m);
	return TRUE;
}
