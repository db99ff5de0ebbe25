/*
 * Building timeline entries from mention groups, and writing the timeline:
 * one JSON document, one document or entry per line, deterministic bytes.
 */
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
	for (guint i = 0; i < es->n; i++)
		g_free(es->v[i].participants);
	if (es->strings)
		g_string_chunk_free(es->strings);
	g_free(es->v);
	g_free(es->sorted);
	if (es->all)
		g_array_unref(es->all);
	if (es->fp)
		fclose(es->fp);
	g_free(es);
}

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
count_groups(const TlEntry *e, const TlMentionRef *mm, RepContext *cx, GHashTable *last)
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
 * Is a a better representative than b?  Within the finest date, one whose
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
union_participants(const TlMergeLexicon *lx, TlEntry *e, const TlMentionRef *mm, Scratch *sc)
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
	e->n_participants = parts->len;
	e->participants = parts->len ? g_new(const char *, parts->len) : NULL;
	for (guint j = 0; j < parts->len; j++)
		e->participants[j] = g_array_index(parts, Part, j).name;
}

/* The entry's scores; its representative (a copy, as valid as mm's). */
static const TlMention *
score_entry(const TlMergeLexicon *lx, TlEntry *e, const TlMentionRef *mm, Scratch *sc)
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
	e->start = rep->start, e->end = rep->end, e->gran = rep->gran, e->value = rep->value;
	e->doc = mm[0].mn->doc, e->event = mm[0].mn->event;
	return rep;
}

static gboolean
keep_entry(const TlMergeLexicon *lx, const TlEntry *e, const TlMentionRef *mm,
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

static int
entry_cmp(gconstpointer pa, gconstpointer pb)
{
	const TlEntry *a = *(TlEntry *const *)pa, *b = *(TlEntry *const *)pb;
	int c = tl_date_compare(a->start, a->end, a->gran, b->start, b->end, b->gran);
	if (c)
		return c;
	c = g_strcmp0(a->headline, b->headline);
	if (c)
		return c;
	return tl_merge_key_cmp(a->doc, a->event, b->doc, b->event);
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

/* A string that lasts as long as the entries. */
static const char *
keep_string(TlEntries *es, const char *s)
{
	if (!es->strings)
		es->strings = g_string_chunk_new(1 << 16);
	return g_string_chunk_insert_const(es->strings, s);
}

/* The headline of an entry: its representative's summary, read back when spilled. */
static gboolean
set_headline(TlEntries *es, TlEntry *e, const TlMention *rep, TlSpill *spill, GString *buf,
             GError **error)
{
	if (!rep->spill_len) {
		e->headline = rep->summary;
		return TRUE;
	}
	g_autofree char *loaded = NULL;
	if (!spilled_member(spill, rep, "summary", buf, &loaded, error))
		return FALSE;
	e->headline = loaded ? keep_string(es, loaded) : NULL;
	return TRUE;
}

/* The end of a group's list. */
#define END G_MAXUINT

/*
 * The groups as lists made in group[] itself: no array or table per entry
 * or per mention, which once made the entries tl-merge's peak of memory.
 * A group's number is its least mention's, so from the last number down,
 * a member i (group[i] < i) is put at the head of its group's list, whose
 * head is kept in the group's own slot until the group's number is reached
 * (a slot holds its group, i, or the head, > i: which is which shows).
 * Afterwards group[i] is the next of i's group (END after the last), and
 * an entry per group (es->v) holds its first in at; the dead are in none.
 */
static void
group_mentions(TlEntries *es, TlStore *s, guint *group)
{
	guint n = tl_store_len(s), ngroups = 0;
	for (guint i = 0; i < n; i++)
		ngroups += group[i] == i;
	es->v = g_new0(TlEntry, ngroups ? ngroups : 1);
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
			es->v[es->n++].at = i;
		}
	}
}

/* Append an entry's numbers to the list; FALSE with error when it cannot be written. */
static gboolean
put_numbers(TlEntries *es, TlEntry *e, const guint *idx, GError **error)
{
	e->at = es->n_all;
	es->n_all += e->n_mentions;
	if (!es->fp) {
		g_array_append_vals(es->all, idx, e->n_mentions);
		return TRUE;
	}
	if (fwrite(idx, sizeof *idx, e->n_mentions, es->fp) != e->n_mentions) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "spill file in '%s' (writing entries): %s",
		            g_get_tmp_dir(), g_strerror(errno));
		return FALSE;
	}
	return TRUE;
}

/* An entry's numbers (borrowed: valid until buf is used again); NULL with
 * error when they cannot be read back. */
static const guint *
get_numbers(const TlEntries *es, const TlEntry *e, GArray *buf, GError **error)
{
	if (!es->fp)
		return &g_array_index(es->all, guint, e->at);
	g_array_set_size(buf, e->n_mentions);
	if (!tl_spill_pread(es->fp, buf->data, e->n_mentions * sizeof(guint), e->at * sizeof(guint),
	                    "reading entries", error))
		return NULL;
	return (const guint *)buf->data;
}

/*
 * Entry e from its mentions' copies (mm, sorted here; idx: room for their
 * numbers, which go to the list; sc: the tables it works in): FALSE when the filters drop it (e left to
 * free), or with error when a spilled headline cannot be read or the list
 * written.
 */
static gboolean
build_entry(const TlMergeLexicon *lx, TlEntries *es, TlEntry *e, TlMentionRef *mm, guint *idx,
            const TlMergeOptions *opt, TlKey entity, TlSpill *spill, GString *buf, Scratch *sc,
            GError **error)
{
	if (e->n_mentions > 1)
		qsort(mm, e->n_mentions, sizeof *mm, member_cmp);
	const TlMention *rep = score_entry(lx, e, mm, sc);
	union_participants(lx, e, mm, sc);
	if (!keep_entry(lx, e, mm, opt, entity))
		return FALSE;
	for (guint k = 0; k < e->n_mentions; k++)
		idx[k] = mm[k].idx;
	return set_headline(es, e, rep, spill, buf, error) && put_numbers(es, e, idx, error);
}

TlEntries *
tl_entries_build(const TlMergeLexicon *lx, TlStore *mentions, guint *group,
                 const TlMergeOptions *opt, TlSpill *spill, GError **error)
{
	g_autoptr(TlEntries) es = g_new0(TlEntries, 1);
	if (tl_store_on_file(mentions)) {
		es->fp = tl_spill_unnamed_file(error);
		if (!es->fp)
			return NULL;
	} else
		es->all = g_array_new(FALSE, FALSE, sizeof(guint));
	group_mentions(es, mentions, group);
	g_autofree char *ekey = opt->entity ? tl_merge_participant_key(opt->entity) : NULL;
	TlKey entity = ekey ? tl_merge_key(lx, ekey) : 0;
	g_autoptr(GByteArray) arena = g_byte_array_new();
	g_autoptr(GArray) idx = g_array_new(FALSE, FALSE, sizeof(guint));
	g_autoptr(GArray) copies = g_array_new(FALSE, FALSE, sizeof(TlMention *));
	g_autoptr(GArray) members = g_array_new(FALSE, FALSE, sizeof(TlMentionRef));
	g_autoptr(GString) buf = g_string_new(NULL);
	g_auto(Scratch) sc = {0};
	scratch_init(&sc);
	guint kept = 0, n = es->n;
	for (guint i = 0; i < n; i++) {
		TlEntry *e = &es->v[i];
		g_array_set_size(idx, 0);
		for (guint k = (guint)e->at; k != END; k = group[k])
			g_array_append_val(idx, k);
		e->n_mentions = idx->len;
		g_array_set_size(copies, e->n_mentions);
		g_array_set_size(members, e->n_mentions);
		const TlMention **mns = (const TlMention **)copies->data;
		TlMentionRef *mm = (TlMentionRef *)members->data;
		tl_store_load(mentions, (guint *)idx->data, e->n_mentions, arena, mns);
		for (guint k = 0; k < e->n_mentions; k++)
			mm[k] = (TlMentionRef){mns[k], g_array_index(idx, guint, k)};
		GError *err = NULL;
		if (build_entry(lx, es, e, mm, (guint *)idx->data, opt, entity, spill, buf, &sc, &err)) {
			if (es->fp)
				e->doc = keep_string(es, e->doc);
			es->v[kept++] = *e;
		}
		else
			g_free(e->participants);
		if (err) {
			es->n = kept;
			g_propagate_error(error, err);
			return NULL;
		}
	}
	es->n = kept;
	if (es->fp && fflush(es->fp) != 0) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "spill file in '%s' (writing entries): %s",
		            g_get_tmp_dir(), g_strerror(errno));
		return NULL;
	}
	es->sorted = g_new(TlEntry *, kept ? kept : 1);
	for (guint i = 0; i < kept; i++)
		es->sorted[i] = &es->v[i];
	qsort(es->sorted, kept, sizeof(TlEntry *), entry_cmp);
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

/* One entry, as the json_pack of the timeline format, written directly
 * (buf: scratch for spilled mentions); FALSE with error when a spilled
 * mention cannot be read back. */
static gboolean
put_entry(GString *o, const TlEntries *es, const TlEntry *e, guint n, TlSpill *spill,
          TlStore *mentions, GString *buf, GArray *nums, GError **error)
{
	const guint *idx = get_numbers(es, e, nums, error);
	if (!idx)
		return FALSE;
	const TlMention *r = tl_store_get(mentions, e->rep);
	g_autofree char *quote = NULL;
	if (r->spill_len && !spilled_member(spill, r, "quote", buf, &quote, error))
		return FALSE;
	const char *text = r->spill_len ? quote : r->quote;
	TL_JL_PUT(o, "{\"id\":\"n");
	tl_annot_json_uint(o, n);
	TL_JL_PUT(o, "\",\"date\":");
	put_date(o, e->value, e->start, e->end, e->gran);
	TL_JL_PUT(o, ",\"headline\":");
	tl_jl_put_string(o, e->headline);
	TL_JL_PUT(o, ",\"text\":");
	tl_jl_put_string(o, text);
	TL_JL_PUT(o, ",\"participants\":");
	put_strings(o, (char *const *)e->participants, e->n_participants);
	TL_JL_PUT(o, ",\"sources\":[");
	for (guint i = 0; i < e->n_mentions; i++) {
		const TlMention *mn = tl_store_get(mentions, idx[i]);
		if (i)
			tl_annot_put_c(o, ',');
		if (!mn->spill_len)
			tl_entries_put_source(o, mn);
		else if (tl_spill_get(spill, mn->spill_off, mn->spill_len, buf, error))
			g_string_append_len(o, buf->str, (gssize)buf->len);
		else
			return FALSE;
	}
	TL_JL_PUT(o, "],\"confidence\":");
	tl_jl_put_real(o, e->confidence);
	TL_JL_PUT(o, ",\"salience\":");
	tl_jl_put_real(o, e->salience);
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

gboolean
tl_entries_write(FILE *out, const char *title, GHashTable *documents, TlSpill *spill,
                 TlStore *mentions, const TlEntries *entries, GError **error)
{
	/* grows to FLUSH_AT and a little more on a long timeline; a short one
	 * (most runs of a shard's reducer, every fuzzer input) never pays for it */
	g_autoptr(GString) o = g_string_sized_new(1 << 16);
	g_autoptr(GString) buf = g_string_new(NULL);
	g_autoptr(GArray) nums = g_array_new(FALSE, FALSE, sizeof(guint));
	TL_JL_PUT(o, "{\"title\":");
	tl_jl_put_string(o, title);
	g_string_append(o, ",\"generated_by\":\"tl-merge " TL_VERSION "\",\n\"documents\":[");
	DocWriter w = {o, out, TRUE};
	if (!tl_spill_docs_each(spill, documents, put_document, &w, error))
		return FALSE;
	TL_JL_PUT(o, "],\n\"entries\":[");
	for (guint i = 0; i < entries->n; i++) {
		g_string_append(o, i ? ",\n" : "\n");
		if (!put_entry(o, entries, entries->sorted[i], i + 1, spill, mentions, buf, nums, error))
			return FALSE;
		flush(o, out, FALSE);
	}
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
