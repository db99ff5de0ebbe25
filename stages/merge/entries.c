/*
 * Building timeline entries from mention groups, and writing the timeline:
 * one JSON document, one document or entry per line, deterministic bytes.
 */
#define _GNU_SOURCE /* memmem */
#include <errno.h>
#include <string.h>
#include "tl/tl.h"
#include "entries.h"
#include "jlean.h"

void
tl_entries_free(TlEntries *es)
{
	if (!es)
		return;
	tl_xsort_free(es->sorted);
	if (es->list)
		g_byte_array_unref(es->list);
	if (es->fp)
		fclose(es->fp);
	g_free(es);
}

/* An entry while it is built: its scores as they are written; its
 * participants are the scratch's parts (union_participants). */
typedef struct {
	gint64 start, end;
	double confidence, salience;
	guint n_mentions, rep;
	TlGranularity gran;
	guint clock; /* tl_date_clock_order of the representative's value */
} Built;

/* The mentions of the entry being built (TlMentionRef: its copy and its
 * number), in their key's order. */
static int
member_cmp(gconstpointer a, gconstpointer b)
{
	return tl_merge_mention_key_cmp(((const TlMentionRef *)a)->mn,
	                                ((const TlMentionRef *)b)->mn);
}

/* Does a mention's trigger read as a verb that happened: a past form
 * ("resigned", "won"; irregular ones from the lexicon), not a noun
 * ("resignation", "talks", "News conference"), told with its subject: a
 * summary that opens with the trigger has none ("Backdated and a further
 * 3%" of "drivers get a raise backdated to July 1 and a further 3%")?  From
 * the trigger and what the mention derived from its summary when it
 * arrived, which a spilled mention keeps. */
static gboolean
told_as_verb(const TlMergeLexicon *lx, const TlMention *mn)
{
	const char *t = mn->trigger;
	size_t n = t ? strlen(t) : 0;
	if (mn->trigger_first)
		return FALSE;
	if (n > 3 && g_ascii_strcasecmp(t + n - 2, "ed") == 0)
		return TRUE;
	if (!n || n > 32)
		return FALSE;
	char low[33];
	for (size_t i = 0; i <= n; i++)
		low[i] = g_ascii_tolower(t[i]);
	return g_hash_table_contains(lx->irregular, low);
}

/* What makes a representative, besides the mention itself: the number of
 * documents that tell each lemma group (groups), and the most (main). */
typedef struct {
	GHashTable *groups;
	guint main;
} RepContext;

typedef struct {
	const char *name;
	TlKey key, last; /* last: the key's last word */
	guint count;
} Part;

/* One part's number in a list of parts (Scratch.links), and the next's
 * place in the list plus 1 (0 after the last). */
typedef struct {
	guint part, next;
} Link;

/* A list of by_last, in the order its parts were added: the places of its
 * first and last links plus 1. */
typedef struct {
	guint head, tail;
} List;

/*
 * The tables of building one entry, made once and emptied for each: an
 * entry's own five tables were made and freed for each of 55,000 entries
 * (a sixth of building them on Reuters).
 */
typedef struct {
	GHashTable *last;    /* count_groups: lemma group -> its last doc */
	GHashTable *groups;  /* RepContext's */
	GArray *parts;       /* union_participants: Part */
	GHashTable *by_last; /* last word key -> a list of parts (place in lists + 1) */
	GArray *lists;       /* List */
	GHashTable *ends;    /* key string -> part + 1 */
	GHashTable *named;   /* key string -> a list of parts (place in links + 1) */
	GArray *links;       /* Link */
} Scratch;

static void
scratch_init(Scratch *sc)
{
	sc->last = g_hash_table_new(NULL, NULL);
	sc->groups = g_hash_table_new(NULL, NULL);
	sc->parts = g_array_new(FALSE, FALSE, sizeof(Part));
	sc->by_last = g_hash_table_new(NULL, NULL);
	sc->lists = g_array_new(FALSE, FALSE, sizeof(List));
	sc->ends = g_hash_table_new(g_str_hash, g_str_equal);
	sc->named = g_hash_table_new(g_str_hash, g_str_equal);
	sc->links = g_array_new(FALSE, FALSE, sizeof(Link));
}

static void
scratch_clear(Scratch *sc)
{
	g_clear_pointer(&sc->last, g_hash_table_unref);
	g_clear_pointer(&sc->groups, g_hash_table_unref);
	g_clear_pointer(&sc->parts, g_array_unref);
	g_clear_pointer(&sc->by_last, g_hash_table_unref);
	g_clear_pointer(&sc->lists, g_array_unref);
	g_clear_pointer(&sc->ends, g_hash_table_unref);
	g_clear_pointer(&sc->named, g_hash_table_unref);
	g_clear_pointer(&sc->links, g_array_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(Scratch, scratch_clear)

/* Empty a table of the scratch (a table with nothing in it is left alone). */
static void
empty(GHashTable *t)
{
	if (g_hash_table_size(t))
		g_hash_table_remove_all(t);
}

/* Count, per lemma group, the documents of the entry that tell it
 * (mentions in (doc, event) order): a function of the set alone. */
static void
count_groups(const Built *e, const TlMentionRef *mm, RepContext *cx, GHashTable *last)
{
	empty(last); /* group -> its last doc */
	for (guint i = 0; i < e->n_mentions; i++) {
		const TlMention *mn = mm[i].mn;
		gpointer g = GUINT_TO_POINTER(mn->lemma_group);
		if (!mn->lemma_group)
			continue;
		const char *d = g_hash_table_lookup(last, g);
		if (d && tl_merge_strcmp(d, mn->doc) == 0)
			continue;
		g_hash_table_insert(last, g, (gpointer)mn->doc);
		guint c = GPOINTER_TO_UINT(g_hash_table_lookup(cx->groups, g)) + 1;
		g_hash_table_insert(cx->groups, g, GUINT_TO_POINTER(c));
		cx->main = MAX(cx->main, c);
	}
}

/* Does a summary say too little to head an entry: it begins with a
 * pronoun, or has under two words besides its trigger ("Performance",
 * "750 deaths", "Shares will be distributed")? */
static gboolean
poor_headline(const TlMention *mn)
{
	return mn->pronoun_first || mn->n_words < 2;
}

/* Is a mention of an event that the most documents tell (two at least)? */
static gboolean
main_event(const RepContext *cx, const TlMention *mn)
{
	return cx->main >= 2 && mn->lemma_group &&
	       GPOINTER_TO_UINT(g_hash_table_lookup(cx->groups, GUINT_TO_POINTER(mn->lemma_group))) ==
	           cx->main;
}

/*
 * Does a's headline tell all that b's does and more, both told by one
 * sentence: b's words and its trigger's among a's ("I am leaving the race
 * for the same reason" against "Race for the same reason")?  Then a is the
 * better headline, pronoun or not.
 */
static gboolean
tells_all_of(const TlMention *a, const TlMention *b)
{
	if (a->sentence < 0 || a->sentence != b->sentence || a->n_words <= b->n_words ||
	    !b->trigger_word || g_strcmp0(a->doc, b->doc) != 0)
		return FALSE;
	const TlKey *wa = tl_mention_words(a), *wb = tl_mention_words(b);
	gboolean trigger = b->trigger_word == a->trigger_word;
	for (guint i = 0; i < a->n_words && !trigger; i++)
		trigger = wa[i] == b->trigger_word;
	if (!trigger)
		return FALSE;
	/* (both sorted: a merge) */
	guint i = 0;
	for (guint j = 0; j < b->n_words; j++) {
		while (i < a->n_words && wa[i] < wb[j])
			i++;
		if ((i == a->n_words || wa[i] != wb[j]) && wb[j] != a->trigger_word)
			return FALSE;
	}
	return TRUE;
}

/*
 * Is a a better representative than b?  Within the finest date, one whose
 * headline tells all of the other's (tells_all_of), one whose
 * summary says enough (poor_headline), then a mention of the event most
 * documents tell ("Turkey and Libya signed a maritime
 * border agreement" and "Maritime border agreement between Turkey and
 * Libya", not "They concluded that ..."), told as a verb that happened
 * rather than named as a noun, which tl-events' salience prefers: "Ricardo
 * Rosselló Nevares resigned as the governor", not "Resignation of Governor
 * Ricardo Rosselló Nevares".
 */
static gboolean
better_rep(const TlMergeLexicon *lx, const RepContext *cx, const TlMention *a,
           const TlMention *b)
{
	/* an event's own interval of days ("the three-day trip": 24-26 April) is
	 * as precise as a day: it does not lose to the day it ended on */
	gint64 la = a->value && strchr(a->value, '/') ? 1 : a->end - a->start;
	gint64 lb = b->value && strchr(b->value, '/') ? 1 : b->end - b->start;
	if (la != lb)
		return la < lb;
	if (a->gran != b->gran)
		return a->gran < b->gran;
	if (tells_all_of(a, b))
		return TRUE;
	if (tells_all_of(b, a))
		return FALSE;
	gboolean pa = poor_headline(a), pb = poor_headline(b);
	if (pa != pb)
		return !pa;
	gboolean ga = main_event(cx, a), gb = main_event(cx, b);
	if (ga != gb)
		return ga;
	gboolean va = told_as_verb(lx, a), vb = told_as_verb(lx, b);
	if (va != vb)
		return va;
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

static int
part_cmp(gconstpointer pa, gconstpointer pb)
{
	const Part *a = pa, *b = pb;
	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return strcmp(a->name, b->name);
}

/* The first part (lowest index) listed under s in t, or G_MAXUINT. */
static guint
first_under(GHashTable *t, const char *s)
{
	gpointer v = g_hash_table_lookup(t, s);
	return v ? GPOINTER_TO_UINT(v) - 1 : G_MAXUINT;
}

static void
list_under(GHashTable *t, const char *s, guint j)
{
	if (first_under(t, s) > j)
		g_hash_table_insert(t, (gpointer)s, GUINT_TO_POINTER(j + 1));
}

/* Part j is now named by the key string y: its word ends (y itself, and
 * what follows each space) list it in ends. */
static void
list_ends(GHashTable *ends, const char *y, guint j)
{
	list_under(ends, y, j);
	for (const char *c = y; *c; c++)
		if (*c == ' ' && c[1])
			list_under(ends, c + 1, j);
}

/* Add j to the list under s in t (of sc's links: newest first). */
static void
list_add(GHashTable *t, GArray *links, gconstpointer s, guint j)
{
	Link l = {j, GPOINTER_TO_UINT(g_hash_table_lookup(t, s))};
	g_array_append_val(links, l);
	g_hash_table_insert(t, (gpointer)s, GUINT_TO_POINTER(links->len));
}

/* Append j to the list under s in t (of lists, in order). */
static void
list_append(GHashTable *t, GArray *lists, GArray *links, gconstpointer s, guint j)
{
	Link l = {j, 0};
	g_array_append_val(links, l);
	guint at = links->len, li = GPOINTER_TO_UINT(g_hash_table_lookup(t, s));
	if (!li) {
		List n = {at, at};
		g_array_append_val(lists, n);
		g_hash_table_insert(t, (gpointer)s, GUINT_TO_POINTER(lists->len));
		return;
	}
	List *n = &g_array_index(lists, List, li - 1);
	g_array_index(links, Link, n->tail - 1).next = at;
	n->tail = at;
}

/* The first part of the list under s in t (list_append's) that names the
 * same participant as key, or G_MAXUINT. */
static guint
first_same(const TlMergeLexicon *lx, GHashTable *t, const GArray *lists, const GArray *links,
           gconstpointer s, const GArray *parts, TlKey key)
{
	guint li = GPOINTER_TO_UINT(g_hash_table_lookup(t, s));
	for (guint at = li ? g_array_index(lists, List, li - 1).head : 0; at;) {
		const Link *l = &g_array_index(links, Link, at - 1);
		if (tl_merge_same_participant(lx, g_array_index(parts, Part, l->part).key, key))
			return l->part;
		at = l->next;
	}
	return G_MAXUINT;
}

/* The part listed under s in t (a list of links) that names the same
 * participant as key, the least, or G_MAXUINT; j, when it is less. */
static guint
least_same(const TlMergeLexicon *lx, GHashTable *t, const GArray *links, gconstpointer s,
           const GArray *parts, TlKey key, guint j)
{
	for (guint at = GPOINTER_TO_UINT(g_hash_table_lookup(t, s)); at;) {
		const Link *l = &g_array_index(links, Link, at - 1);
		if (l->part < j && tl_merge_same_participant(lx, g_array_index(parts, Part, l->part).key, key))
			j = l->part;
		at = l->next;
	}
	return j;
}

/*
 * Union of the participants: a name and its short form ("Blinken") count as
 * one.  Each name joins the first part made whose name, as it is then, ends
 * it at a word or is ended by it (tl_merge_same_participant).  That part is
 * found by lookups, not by trying every part of its last word: an entry of
 * 32,000 people of one surname ("First1 Smith", ...) joined by "Smith" tried
 * them all for each, 3 s (64,000: 11 s).  ends lists each part under every
 * word end of every name it has had, which its name now ends too (a part is
 * renamed by a name that ends or is ended by its own), the first part only;
 * named lists each part under its name now (checked when read: a renamed
 * part stays listed).  Should the first part under ends not match (a
 * rename to a shorter key), every part of the last word is tried, as before.
 */
static void
union_participants(const TlMergeLexicon *lx, const Built *e, const TlMentionRef *mm, Scratch *sc)
{
	GArray *parts = sc->parts, *links = sc->links, *lists = sc->lists;
	GHashTable *by_last = sc->by_last, *ends = sc->ends, *named = sc->named;
	g_array_set_size(parts, 0);
	g_array_set_size(links, 0);
	g_array_set_size(lists, 0);
	empty(by_last);
	empty(ends);
	empty(named);
	for (guint i = 0; i < e->n_mentions; i++) {
		const TlMention *mn = mm[i].mn;
		for (guint k = 0; k < mn->n_parts; k++) {
			const char *name = mn->participants[k];
			TlKey key = tl_mention_pkeys(mn)[k];
			TlKey last = tl_mention_plast(mn)[k];
			const char *y = tl_merge_key_string(lx, key);
			/* the first part whose name y ends (or is) */
			guint j = first_under(ends, y);
			if (j != G_MAXUINT &&
			    !tl_merge_same_participant(lx, g_array_index(parts, Part, j).key, key))
				j = first_same(lx, by_last, lists, links, GUINT_TO_POINTER(last), parts, key);
			else {
				/* an earlier part whose name ends y (or is it) */
				for (const char *c = y;; c++) {
					if (c == y || (c[-1] == ' ' && *c))
						j = least_same(lx, named, links, c, parts, key, j);
					if (!*c)
						break;
				}
			}
			if (j != G_MAXUINT) {
				Part *p = &g_array_index(parts, Part, j);
				p->count++;
				size_t ln = strlen(name), lp = strlen(p->name);
				if (ln > lp || (ln == lp && strcmp(name, p->name) < 0)) {
					p->name = name;
					if (p->key != key) {
						list_ends(ends, y, j);
						list_add(named, links, y, j);
					}
					p->key = key;
				}
				continue;
			}
			Part p = {name, key, last, 1};
			j = parts->len;
			g_array_append_val(parts, p);
			list_ends(ends, y, j);
			list_add(named, links, y, j);
			list_append(by_last, lists, links, GUINT_TO_POINTER(last), j);
		}
	}
	if (parts->len > 1)
		g_array_sort(parts, part_cmp);
}

/* The entry's scores; its representative (a copy, as valid as mm's). */
static const TlMention *
score_entry(const TlMergeLexicon *lx, Built *e, const TlMentionRef *mm, Scratch *sc)
{
	double miss = 1, best_sal = 0, best_doc = 0;
	guint ndocs = 0;
	const char *doc = NULL;
	const TlMention *rep = NULL;
	RepContext cx = {sc->groups, 0};
	empty(cx.groups);
	if (e->n_mentions > 1)
		count_groups(e, mm, &cx, sc->last);
	for (guint i = 0; i < e->n_mentions; i++) {
		const TlMention *mn = mm[i].mn;
		if (!doc || tl_merge_strcmp(doc, mn->doc) != 0) {
			if (doc)
				miss *= 1 - best_doc;
			doc = mn->doc;
			best_doc = 0;
			ndocs++;
		}
		best_doc = MAX(best_doc, mn->confidence);
		best_sal = MAX(best_sal, mn->salience);
		if (!rep || better_rep(lx, &cx, mn, rep)) {
			rep = mn;
			e->rep = mm[i].idx;
		}
	}
	miss *= 1 - best_doc;
	e->confidence = tl_merge_round2(1 - miss);
	e->salience = tl_merge_round2(MIN(1, best_sal + lx->sal_corroboration * (ndocs - 1)));
	e->start = rep->start, e->end = rep->end, e->gran = rep->gran;
	e->clock = tl_date_clock_order(rep->value);
	return rep;
}

static gboolean
keep_entry(const TlMergeLexicon *lx, const Built *e, const TlMentionRef *mm,
           const TlMergeOptions *opt, TlKey entity)
{
	if (opt->has_from && e->end <= opt->from)
		return FALSE;
	if (opt->has_to && e->start >= opt->to)
		return FALSE;
	if (e->salience < opt->min_salience - 1e-9)
		return FALSE;
	if (!entity)
		return TRUE;
	for (guint i = 0; i < e->n_mentions; i++) {
		const TlMention *mn = mm[i].mn;
		for (guint k = 0; k < mn->n_parts; k++)
			if (tl_merge_same_participant(lx, tl_mention_pkeys(mn)[k], entity))
				return TRUE;
	}
	return FALSE;
}

/* A string member of a spilled mention's source (new string), or NULL when
 * it is null; FALSE with error when it cannot be read.  The text is
 * tl_entries_put_source's: its member is found by its key after a comma,
 * which no string holds (a quote in one is escaped), nor an object in it
 * (its date).  (Jansson's tree of the whole source was half the CPU of
 * building and writing the entries past the budget, and walking the
 * members up to it 4,500 instructions a call.) */
static gboolean
spilled_member(TlSpill *spill, gint64 off, guint32 len, const char *key, GString *buf, char **out,
               GError **error)
{
	*out = NULL;
	if (!tl_spill_get(spill, off, len, buf, error))
		return FALSE;
	char pat[32];
	size_t n = (size_t)g_snprintf(pat, sizeof pat, ",\"%s\":", key);
	g_assert(n < sizeof pat);
	const char *end = buf->str + buf->len;
	const char *p = memmem(buf->str, buf->len, pat, n);
	if (!p || p + n >= end) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO,
		            "spill file: a mention reads back wrong: no \"%s\"", key);
		return FALSE;
	}
	TlJSpan v = tl_jl_value(p + n, end);
	if (*v.v == '"')
		*out = tl_json_string_decode(v.v, (size_t)(v.e - v.v), &n);
	return TRUE;
}

/* A record is written to file whole: every byte of it a field. */
G_STATIC_ASSERT(sizeof(TlEntry) == 56);

/* A number in hundredths (of tl_merge_round2's: k / 100.0 again, to the bit). */
static guint8
hundredths(double x)
{
	return (guint8)(x * 100.0 + 0.5);
}

/* The first 8 bytes of s (NULL: none) as a number, zeros past its end:
 * headlines in this number's order are in strcmp's, but those of one
 * number (a NULL, "" and the like among them). */
static guint64
prefix_of(const char *s)
{
	guint64 p = 0;
	gboolean ended = s == NULL;
	for (guint k = 0; k < 8; k++) {
		guchar c = ended ? 0 : (guchar)s[k];
		ended = ended || !c;
		p = p << 8 | c;
	}
	return p;
}

/* A spilled mention's source text, as a slice on file holds it (unaligned):
 * no mention need be read back to write it. */
typedef struct {
	gint64 off;
	guint32 len; /* 0: not spilled (the mention is read back) */
} TextRef;

#define TEXT_REF_BYTES (sizeof(gint64) + sizeof(guint32))
/* after the refs: the representative's value (a pointer into the merge)
 * and text ref */
#define REP_BYTES (sizeof(char *) + TEXT_REF_BYTES)

static void
put_text_ref(guchar *p, const TlMention *mn)
{
	memcpy(p, &mn->spill_off, sizeof(gint64));
	memcpy(p + sizeof(gint64), &mn->spill_len, sizeof(guint32));
}

static TextRef
get_text_ref(const guchar *p)
{
	TextRef r;
	memcpy(&r.off, p, sizeof r.off);
	memcpy(&r.len, p + sizeof r.off, sizeof r.len);
	return r;
}

/* An entry's slice of the list, taken apart (entries.h: numbers, text refs
 * when on file, participants, headline); all unaligned. */
typedef struct {
	const guchar *numbers, *names;
	const guchar *refs; /* NULL when the slice has none (held) */
	const char *rep_value;
	TextRef rep_text;
	guint n_names;
	const char *headline; /* NULL for none */
} Slice;

static void
slice_parse(Slice *sl, const guchar *p, guint n_mentions, gboolean refs)
{
	sl->numbers = p;
	p += sizeof(guint) * (gsize)n_mentions;
	sl->refs = NULL;
	sl->rep_value = NULL;
	sl->rep_text = (TextRef){0, 0};
	if (refs) {
		sl->refs = p;
		p += TEXT_REF_BYTES * (gsize)n_mentions;
		memcpy(&sl->rep_value, p, sizeof(char *));
		sl->rep_text = get_text_ref(p + sizeof(char *));
		p += REP_BYTES;
	}
	memcpy(&sl->n_names, p, sizeof sl->n_names);
	p += sizeof sl->n_names;
	sl->names = p;
	p += sizeof(const char *) * (gsize)sl->n_names;
	sl->headline = *p ? (const char *)p + 1 : NULL;
}

static guint
slice_number(const Slice *sl, guint k)
{
	guint v;
	memcpy(&v, sl->numbers + sizeof v * (gsize)k, sizeof v);
	return v;
}

static const char *
slice_name(const Slice *sl, guint j)
{
	const char *v;
	memcpy(&v, sl->names + sizeof v * (gsize)j, sizeof v);
	return v;
}

/* Append a representative's headline to a slice: its summary, read back
 * when spilled; FALSE with error when it cannot be. */
static gboolean
put_headline(GByteArray *slice, const TlMention *rep, TlSpill *spill, GString *buf,
             GError **error)
{
	g_autofree char *loaded = NULL;
	if (rep->spill_len &&
	    !spilled_member(spill, rep->spill_off, rep->spill_len, "summary", buf, &loaded, error))
		return FALSE;
	const char *h = rep->spill_len ? loaded : rep->summary;
	guint8 has = h != NULL;
	g_byte_array_append(slice, &has, 1);
	if (h)
		g_byte_array_append(slice, (const guint8 *)h, (guint)strlen(h) + 1);
	return TRUE;
}

/* Append a slice to the list (held, or the file); FALSE with error when it
 * cannot be written. */
static gboolean
put_slice(TlEntries *es, const GByteArray *slice, GError **error)
{
	es->list_len += slice->len;
	if (!es->fp) {
		g_byte_array_append(es->list, slice->data, slice->len);
		return TRUE;
	}
	if (fwrite(slice->data, 1, slice->len, es->fp) != slice->len)
		return tl_spill_io_error(error, "writing entries", errno);
	return TRUE;
}

/* An entry's slice (borrowed: valid until buf is used again); NULL with
 * error when it cannot be read back. */
static const guchar *
get_slice(const TlEntries *es, const TlEntry *e, GByteArray *buf, GError **error)
{
	if (!es->fp)
		return es->list->data + e->at;
	g_byte_array_set_size(buf, e->len);
	if (!tl_spill_pread(es->fp, buf->data, e->len, e->at, "reading entries", error))
		return NULL;
	return buf->data;
}

/*
 * The groups' members, one group after another.  The groups are lists made
 * in group[] itself: no array or table per entry or per mention, which once
 * made the entries tl-merge's peak of memory.  When the mentions are on
 * file, the lists are written to a file first, each group's count and
 * members, and group[] (4 bytes a mention: 18.6 MB of a 1 GB stream) is
 * freed before the entries are built.
 */
typedef struct {
	guint *group; /* the lists, owned; NULL once on file */
	guint *heads; /* each group's first member, owned; NULL once on file */
	guint n;      /* groups */
	FILE *fp;     /* the groups on file, in order */
} Groups;

static void
groups_clear(Groups *g)
{
	g_clear_pointer(&g->group, g_free);
	g_clear_pointer(&g->heads, g_free);
	if (g->fp)
		fclose(g->fp);
	g->fp = NULL;
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(Groups, groups_clear)

/* The end of a group's list. */
#define END G_MAXUINT

/*
 * Make the lists.  A group's number is its least mention's, so from the
 * last number down, a member i (group[i] < i) is put at the head of its
 * group's list, whose head is kept in the group's own slot until the
 * group's number is reached (a slot holds its group, i, or the head, > i:
 * which is which shows).  Afterwards group[i] is the next of i's group
 * (END after the last), and heads[] holds each group's first; the dead are
 * in none.
 */
static void
groups_make(Groups *g, TlStore *s)
{
	guint n = tl_store_len(s), *group = g->group;
	guint ngroups = 0;
	for (guint i = 0; i < n; i++)
		ngroups += group[i] == i;
	g->heads = g_new(guint, ngroups ? ngroups : 1);
	for (guint i = n; i-- > 0;) {
		guint v = group[i];
		if (v < i) {
			if (tl_store_dead(s, i)) {
				group[i] = END;
				continue;
			}
			group[i] = group[v] == v ? END : group[v];
			group[v] = i;
		} else {
			g_assert(!tl_store_dead(s, i));
			group[i] = v == i ? END : v;
			g->heads[g->n++] = i;
		}
	}
}

/* Group i's members into idx, from the lists. */
static void
groups_list(const Groups *g, guint i, GArray *idx)
{
	g_array_set_size(idx, 0);
	for (guint k = g->heads[i]; k != END; k = g->group[k])
		g_array_append_val(idx, k);
}

/* Write each group's count and members to a file, in order, and free the
 * lists; FALSE with error. */
static gboolean
groups_to_file(Groups *g, GError **error)
{
	g->fp = tl_spill_unnamed_file(error);
	if (!g->fp)
		return FALSE;
	g_autoptr(GArray) idx = g_array_new(FALSE, FALSE, sizeof(guint));
	for (guint i = 0; i < g->n; i++) {
		groups_list(g, i, idx);
		if (fwrite(&idx->len, sizeof idx->len, 1, g->fp) != 1 ||
		    fwrite(idx->data, sizeof(guint), idx->len, g->fp) != idx->len)
			break;
	}
	g_clear_pointer(&g->group, g_free);
	g_clear_pointer(&g->heads, g_free);
	if (fflush(g->fp) != 0 || ferror(g->fp) || fseek(g->fp, 0, SEEK_SET) != 0)
		return tl_spill_io_error(error, "writing groups", errno);
	return TRUE;
}

/* Group i's members into idx (on file: the next group); FALSE with error. */
static gboolean
groups_next(Groups *g, guint i, GArray *idx, GError **error)
{
	if (!g->fp) {
		groups_list(g, i, idx);
		return TRUE;
	}
	guint n;
	gboolean ok = fread(&n, sizeof n, 1, g->fp) == 1;
	if (ok) {
		g_array_set_size(idx, n);
		ok = fread(idx->data, sizeof(guint), n, g->fp) == n;
	}
	if (!ok)
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "spill file in '%s' (reading groups): %s",
		            g_get_tmp_dir(), ferror(g->fp) ? g_strerror(errno) : "too short");
	return ok;
}

/*
 * Entry e from its mentions' copies (mm, sorted here; b: its count; sc: the
 * tables it works in; slice: room for its slice, which goes to the list):
 * FALSE when the filters drop it, or with error when a spilled headline
 * cannot be read or the list written.
 */
static gboolean
build_entry(const TlMergeLexicon *lx, TlEntries *es, TlEntry *e, Built *b, TlMentionRef *mm,
            const TlMergeOptions *opt, TlKey entity, TlSpill *spill, GString *buf,
            GByteArray *slice, Scratch *sc, GError **error)
{
	if (b->n_mentions > 1)
		qsort(mm, b->n_mentions, sizeof *mm, member_cmp);
	const TlMention *rep = score_entry(lx, b, mm, sc);
	union_participants(lx, b, mm, sc);
	if (!keep_entry(lx, b, mm, opt, entity))
		return FALSE;
	guint n_names = sc->parts->len;
	gsize nb = sizeof(guint) * (gsize)b->n_mentions;
	/* on file, where each mention's text is: writing it then reads no
	 * mention back (a pread each, in timeline order) */
	gsize nr = es->fp ? TEXT_REF_BYTES * (gsize)b->n_mentions + REP_BYTES : 0;
	g_byte_array_set_size(slice,
	                      (guint)(nb + nr + sizeof n_names + sizeof(char *) * (gsize)n_names));
	guchar *p = slice->data;
	for (guint k = 0; k < b->n_mentions; k++)
		memcpy(p + sizeof(guint) * k, &mm[k].idx, sizeof(guint));
	if (nr) {
		for (guint k = 0; k < b->n_mentions; k++)
			put_text_ref(p + nb + TEXT_REF_BYTES * k, mm[k].mn);
		guchar *r = p + nb + nr - REP_BYTES;
		memcpy(r, &rep->value, sizeof(char *));
		put_text_ref(r + sizeof(char *), rep);
		nb += nr;
	}
	memcpy(p + nb, &n_names, sizeof n_names);
	p += nb + sizeof n_names;
	for (guint j = 0; j < n_names; j++)
		memcpy(p + sizeof(char *) * j, &g_array_index(sc->parts, Part, j).name, sizeof(char *));
	guint h = slice->len;
	if (!put_headline(slice, rep, spill, buf, error))
		return FALSE;
	*e = (TlEntry){
		.at = es->list_len,
		.start = b->start,
		.end = b->end,
		.prefix = prefix_of(slice->data[h] ? (const char *)slice->data + h + 1 : NULL),
		.len = slice->len,
		.rep = b->rep,
		.n_mentions = b->n_mentions,
		.clock = (guint16)b->clock,
		.gran = (guint8)b->gran,
		.confidence = hundredths(b->confidence),
		.salience = hundredths(b->salience),
		.spare = {0},
	};
	return put_slice(es, slice, error);
}

/* Timeline order, as far as an entry's record tells it: the date, then the
 * headline's prefix.  Of one range of days, what has no time of day comes
 * first, then the times by their clock ("6 a.m." before "10 p.m."), then the
 * coarser. */
static int
cut_cmp(const void *pa, const void *pb, gpointer data)
{
	(void)data;
	const TlEntry *a = pa, *b = pb;
	if (a->start == b->start && a->end == b->end && a->clock != b->clock)
		return a->clock < b->clock ? -1 : 1;
	int c = tl_date_compare(a->start, a->end, a->gran, b->start, b->end, b->gran);
	if (c)
		return c;
	return a->prefix < b->prefix ? -1 : a->prefix > b->prefix;
}

/* An entry of a run that cut_cmp cannot tell apart, with what tells it. */
typedef struct {
	guint i;
	const char *headline, *doc, *event;
} Tied;

static int
tied_cmp(const void *pa, const void *pb)
{
	const Tied *a = pa, *b = pb;
	int c = g_strcmp0(a->headline, b->headline);
	if (c)
		return c;
	return tl_merge_key_cmp(a->doc, a->event, b->doc, b->event);
}

/*
 * Timeline order for a run of entries of one date and prefix (run[0..n)):
 * by headline, then by their first mention's (doc, event), read back for
 * the run alone (held strings when the list is; copies in chunk when on
 * file), as their places in run, in tied.  FALSE with error when a slice
 * cannot be read.
 */
static gboolean
order_tied(const TlEntries *es, TlStore *mentions, const TlEntry *run, guint n, GArray *tied,
           GStringChunk *chunk, GByteArray *buf, GError **error)
{
	g_array_set_size(tied, n);
	g_string_chunk_clear(chunk);
	Tied *t = (Tied *)tied->data;
	for (guint k = 0; k < n; k++) {
		const guchar *p = get_slice(es, &run[k], buf, error);
		if (!p)
			return FALSE;
		Slice sl;
		slice_parse(&sl, p, run[k].n_mentions, es->fp != NULL);
		const TlMention *first = tl_store_get(mentions, slice_number(&sl, 0));
		t[k].i = k;
		t[k].event = first->event;
		t[k].doc = es->fp ? g_string_chunk_insert(chunk, first->doc) : first->doc;
		t[k].headline = es->fp && sl.headline ? g_string_chunk_insert(chunk, sl.headline)
		                                      : sl.headline;
	}
	qsort(t, n, sizeof *t, tied_cmp);
	return TRUE;
}

/* The mentions' copies loaded at once to build entries: at most a quarter of
 * the entries' share of the budget, and this (counted as this many bytes a
 * mention; about 220 on Reuters). */
#define LOAD_BATCH_BYTES (1 << 20)
#define MENTION_RECORD_BYTES 256

TlEntries *
tl_entries_build(const TlMergeLexicon *lx, TlStore *mentions, guint *group,
                 const TlMergeOptions *opt, TlSpill *spill, guint64 max_bytes, GError **error)
{
	g_auto(Groups) groups = {group, NULL, 0, NULL};
	g_autoptr(TlEntries) es = g_new0(TlEntries, 1);
	if (tl_store_on_file(mentions)) {
		es->fp = tl_spill_unnamed_file(error);
		if (!es->fp)
			return NULL;
	} else
		es->list = g_byte_array_new();
	groups_make(&groups, mentions);
	if (es->fp && !groups_to_file(&groups, error))
		return NULL;
	es->sorted = tl_xsort_new_records(sizeof(TlEntry), max_bytes, cut_cmp, NULL);
	g_autofree char *ekey = opt->entity ? tl_merge_participant_key(opt->entity) : NULL;
	TlKey entity = ekey ? tl_merge_key(lx, ekey) : 0;
	g_autoptr(GByteArray) arena = g_byte_array_new();
	g_autoptr(GByteArray) slice = g_byte_array_new();
	g_autoptr(GArray) idx = g_array_new(FALSE, FALSE, sizeof(guint));
	g_autoptr(GArray) copies = g_array_new(FALSE, FALSE, sizeof(TlMention *));
	g_autoptr(GArray) members = g_array_new(FALSE, FALSE, sizeof(TlMentionRef));
	g_autoptr(GString) buf = g_string_new(NULL);
	g_autoptr(GArray) one = g_array_new(FALSE, FALSE, sizeof(guint));
	g_autoptr(GArray) starts = g_array_new(FALSE, FALSE, sizeof(guint));
	g_auto(Scratch) sc = {0};
	scratch_init(&sc);
	/* the mentions of a batch of groups loaded at once, in the file's order
	 * (tl_store_load): neighbouring groups' mentions are often neighbours
	 * in the file too */
	guint64 batch = max_bytes ? MIN(max_bytes / 4, LOAD_BATCH_BYTES) : LOAD_BATCH_BYTES;
	for (guint i = 0; i < groups.n;) {
		g_array_set_size(idx, 0);
		g_array_set_size(starts, 0);
		guint i0 = i, j = i;
		do {
			if (!groups_next(&groups, j, one, error))
				return NULL;
			g_array_append_val(starts, idx->len);
			g_array_append_vals(idx, one->data, one->len);
			j++;
		} while (j < groups.n && (guint64)idx->len * MENTION_RECORD_BYTES < batch);
		g_array_append_val(starts, idx->len);
		g_array_set_size(copies, idx->len);
		g_array_set_size(members, idx->len);
		const TlMention **mns = (const TlMention **)copies->data;
		tl_store_load(mentions, (guint *)idx->data, idx->len, arena, mns);
		for (; i < j; i++) {
			guint from = g_array_index(starts, guint, i - i0);
			guint to = g_array_index(starts, guint, i - i0 + 1);
			Built b = {.n_mentions = to - from};
			TlMentionRef *mm = (TlMentionRef *)members->data + from;
			for (guint k = 0; k < b.n_mentions; k++)
				mm[k] = (TlMentionRef){mns[from + k], g_array_index(idx, guint, from + k)};
			GError *err = NULL;
			TlEntry e;
			if (build_entry(lx, es, &e, &b, mm, opt, entity, spill, buf, slice, &sc, &err)) {
				tl_xsort_add_record(es->sorted, &e);
				es->n++;
			}
			if (err) {
				g_propagate_error(error, err);
				return NULL;
			}
		}
	}
	groups_clear(&groups);
	if (es->fp && fflush(es->fp) != 0) {
		tl_spill_io_error(error, "writing entries", errno);
		return NULL;
	}
	if (tl_store_error(mentions)) {
		g_propagate_error(error, g_error_copy(tl_store_error(mentions)));
		return NULL;
	}
	return g_steal_pointer(&es);
}

/* A date object: {"value":..,"range":[start,end],"granularity":".."}. */
static void
put_date(GString *o, const char *value, gint64 start, gint64 end, TlGranularity gran)
{
	TL_JL_PUT(o, "{\"value\":");
	tl_jl_put_string(o, value);
	TL_JL_PUT(o, ",\"range\":[");
	tl_jl_put_day(o, start);
	tl_annot_put_c(o, ',');
	tl_jl_put_day(o, end);
	TL_JL_PUT(o, "],\"granularity\":\"");
	g_string_append(o, tl_granularity_name(gran));
	TL_JL_PUT(o, "\"}");
}

/* A JSON array of n strings. */
static void
put_strings(GString *o, char *const *v, guint n)
{
	tl_annot_put_c(o, '[');
	for (guint i = 0; i < n; i++) {
		if (i)
			tl_annot_put_c(o, ',');
		tl_jl_put_string(o, v[i]);
	}
	tl_annot_put_c(o, ']');
}

void
tl_entries_put_source(GString *o, const TlMention *mn)
{
	TL_JL_PUT(o, "{\"doc\":");
	tl_jl_put_string(o, mn->doc);
	TL_JL_PUT(o, ",\"event\":");
	tl_jl_put_string(o, mn->event);
	if (mn->sentence >= 0) {
		TL_JL_PUT(o, ",\"sentence\":");
		tl_annot_json_uint(o, (guint64)mn->sentence);
	} else
		TL_JL_PUT(o, ",\"sentence\":null");
	TL_JL_PUT(o, ",\"date\":");
	put_date(o, mn->value, mn->start, mn->end, mn->gran);
	TL_JL_PUT(o, ",\"class\":");
	tl_jl_put_string(o, mn->cls);
	TL_JL_PUT(o, ",\"trigger\":");
	tl_jl_put_string(o, mn->trigger);
	TL_JL_PUT(o, ",\"lemma\":");
	tl_jl_put_string(o, mn->lemma);
	TL_JL_PUT(o, ",\"summary\":");
	tl_jl_put_string(o, mn->summary);
	TL_JL_PUT(o, ",\"participants\":");
	put_strings(o, mn->participants, mn->n_parts);
	TL_JL_PUT(o, ",\"quote\":");
	tl_jl_put_string(o, mn->quote);
	TL_JL_PUT(o, ",\"confidence\":");
	tl_jl_put_real(o, mn->confidence);
	TL_JL_PUT(o, ",\"salience\":");
	tl_jl_put_real(o, mn->salience);
	tl_annot_put_c(o, '}');
}

/* An entry's participants: a JSON array of strings. */
static void
put_names(GString *o, const Slice *sl)
{
	tl_annot_put_c(o, '[');
	for (guint j = 0; j < sl->n_names; j++) {
		if (j)
			tl_annot_put_c(o, ',');
		tl_jl_put_string(o, slice_name(sl, j));
	}
	tl_annot_put_c(o, ']');
}

/* One entry, as the json_pack of the timeline format, written directly
 * (buf, rbuf: scratch for spilled mentions, sbuf for its slice); FALSE with error
 * when a spilled mention or the slice cannot be read back. */
static gboolean
put_entry(GString *o, const TlEntries *es, const TlEntry *e, guint n, TlSpill *spill,
          TlStore *mentions, GString *buf, GString *rbuf, GByteArray *sbuf, GError **error)
{
	const guchar *p = get_slice(es, e, sbuf, error);
	if (!p)
		return FALSE;
	Slice sl;
	slice_parse(&sl, p, e->n_mentions, es->fp != NULL);
	/* the representative read back only when its slice does not tell */
	const TlMention *r = sl.refs && sl.rep_text.len ? NULL : tl_store_get(mentions, e->rep);
	const char *value = r ? r->value : sl.rep_value; /* the merge's: lasts past the copy */
	TextRef rt = r ? (TextRef){r->spill_off, r->spill_len} : sl.rep_text;
	g_autofree char *quote = NULL;
	/* (its text stays in rbuf: it is one of the sources too) */
	if (rt.len && !spilled_member(spill, rt.off, rt.len, "quote", rbuf, &quote, error))
		return FALSE;
	const char *text = rt.len ? quote : r->quote;
	TL_JL_PUT(o, "{\"id\":\"n");
	tl_annot_json_uint(o, n);
	TL_JL_PUT(o, "\",\"date\":");
	put_date(o, value, e->start, e->end, (TlGranularity)e->gran);
	TL_JL_PUT(o, ",\"headline\":");
	tl_jl_put_string(o, sl.headline);
	TL_JL_PUT(o, ",\"text\":");
	tl_jl_put_string(o, text);
	TL_JL_PUT(o, ",\"participants\":");
	put_names(o, &sl);
	TL_JL_PUT(o, ",\"sources\":[");
	for (guint i = 0; i < e->n_mentions; i++) {
		TextRef t = sl.refs ? get_text_ref(sl.refs + TEXT_REF_BYTES * i) : (TextRef){0, 0};
		const TlMention *mn = t.len ? NULL : tl_store_get(mentions, slice_number(&sl, i));
		if (mn) /* (held, or a slice without its ref) */
			t = (TextRef){mn->spill_off, mn->spill_len};
		if (i)
			tl_annot_put_c(o, ',');
		if (!t.len)
			tl_entries_put_source(o, mn);
		else if (rt.len && t.off == rt.off && t.len == rt.len)
			g_string_append_len(o, rbuf->str, (gssize)rbuf->len);
		else if (tl_spill_get(spill, t.off, t.len, buf, error))
			g_string_append_len(o, buf->str, (gssize)buf->len);
		else
			return FALSE;
	}
	TL_JL_PUT(o, "],\"confidence\":");
	tl_jl_put_real(o, e->confidence / 100.0);
	TL_JL_PUT(o, ",\"salience\":");
	tl_jl_put_real(o, e->salience / 100.0);
	tl_annot_put_c(o, '}');
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
	tl_annot_put(w->o, json, strlen(json));
	flush(w->o, w->out, FALSE);
	w->first = FALSE;
}

/*
 * The entries in timeline order, each written: as their records come from
 * the sort, each run of one date and prefix put in order first (order_tied).
 * FALSE with error.
 */
static gboolean
put_entries(GString *o, FILE *out, TlEntries *es, TlSpill *spill, TlStore *mentions,
            GError **error)
{
	g_autoptr(GArray) run = g_array_new(FALSE, FALSE, sizeof(TlEntry));
	g_autoptr(GArray) tied = g_array_new(FALSE, FALSE, sizeof(Tied));
	g_autoptr(GByteArray) sbuf = g_byte_array_new();
	g_autoptr(GString) buf = g_string_new(NULL);
	g_autoptr(GString) rbuf = g_string_new(NULL);
	g_autoptr(GStringChunk) chunk = g_string_chunk_new(1 << 12);
	guint n = 0;
	TlEntry e;
	gboolean more = tl_xsort_next_record(es->sorted, &e);
	while (more) {
		g_array_set_size(run, 0);
		do {
			g_array_append_val(run, e);
			more = tl_xsort_next_record(es->sorted, &e);
		} while (more && cut_cmp(&g_array_index(run, TlEntry, 0), &e, NULL) == 0);
		const TlEntry *v = (const TlEntry *)run->data;
		if (run->len > 1 && !order_tied(es, mentions, v, run->len, tied, chunk, sbuf, error))
			return FALSE;
		for (guint k = 0; k < run->len; k++) {
			const TlEntry *x = run->len > 1 ? &v[g_array_index(tied, Tied, k).i] : &v[k];
			g_string_append(o, n ? ",\n" : "\n");
			if (!put_entry(o, es, x, ++n, spill, mentions, buf, rbuf, sbuf, error))
				return FALSE;
			flush(o, out, FALSE);
		}
	}
	if (tl_xsort_error(es->sorted)) {
		g_propagate_error(error, g_error_copy(tl_xsort_error(es->sorted)));
		return FALSE;
	}
	return TRUE;
}

gboolean
tl_entries_write(FILE *out, const char *title, GHashTable *documents, TlSpill *spill,
                 TlStore *mentions, TlEntries *entries, GError **error)
{
	/* grows to FLUSH_AT and a little more on a long timeline; a short one
	 * (most runs of a shard's reducer, every fuzzer input) never pays for it */
	g_autoptr(GString) o = g_string_sized_new(1 << 16);
	TL_JL_PUT(o, "{\"title\":");
	tl_jl_put_string(o, title);
	g_string_append(o, ",\"generated_by\":\"tl-merge " TL_VERSION "\",\n\"documents\":[");
	DocWriter w = {o, out, TRUE};
	if (!tl_spill_docs_each(spill, documents, put_document, &w, error))
		return FALSE;
	TL_JL_PUT(o, "],\n\"entries\":[");
	if (!put_entries(o, out, entries, spill, mentions, error))
		return FALSE;
	TL_JL_PUT(o, "]}\n");
	if (tl_store_error(mentions)) {
		g_propagate_error(error, g_error_copy(tl_store_error(mentions)));
		return FALSE;
	}
	flush(o, out, TRUE);
	if (ferror(out)) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "writing the timeline failed: %s",
		            g_strerror(errno));
		return FALSE;
	}
	return TRUE;
}
