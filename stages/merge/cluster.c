/*
 * Same-event clustering.  Two mentions are linked when their date ranges
 * overlap and their score reaches the threshold (data/merge.ini):
 *
 *   score = wP * P + wL * L + wS * S
 *   P  shared participants / participants of the smaller side ("Blinken"
 *      matches "Antony Blinken": a name matches another that ends with it)
 *   L  1 when both trigger lemmas are in one synonym group, else 0
 *   S  Jaccard index of the summaries' content words
 *
 * Two mentions of one sentence of one document with the same date are also
 * linked when one's trigger is a word of the other's summary ("a 4.5% raise
 * backdated" inside "drivers get a 4.5% raise backdated"): those are parts of
 * one happening told once, while "finished the trip, where he met officials"
 * stays two events.
 *
 * Entries are the connected components of the links (single link).  The
 * relation depends on the two mentions only, so the components depend on the
 * set of mentions, not on their order or on how the input was sharded: this
 * is what makes merging associative.  Only pairs that share a blocking key
 * and overlap in time are scored (see tl_merge_cluster): exact, not a
 * heuristic, because no single part of the score reaches the threshold.
 */
#include <string.h>
#include "merge.h"

/* Does key a name the same participant as b (equal, or one ends the other at a word)? */
gboolean
tl_merge_same_participant(GQuark a, GQuark b)
{
	if (a == b)
		return TRUE;
	const char *x = g_quark_to_string(a), *y = g_quark_to_string(b);
	size_t lx = strlen(x), ly = strlen(y);
	if (lx > ly) {
		const char *t = x;
		x = y, y = t;
		size_t tl = lx;
		lx = ly, ly = tl;
	}
	return lx > 0 && strcmp(y + ly - lx, x) == 0 && y[ly - lx - 1] == ' ';
}

static double
participant_overlap(const TlMention *a, const TlMention *b)
{
	guint na = a->n_parts, nb = b->n_parts;
	if (na == 0 || nb == 0)
		return 0;
	const TlMention *s = na <= nb ? a : b, *l = na <= nb ? b : a;
	guint hit = 0;
	const GQuark *sk = s->pkeys, *lk = l->pkeys, *sl = s->plast, *ll = l->plast;
	/* one name ends the other at a word only if their last words are equal:
	 * compare those numbers first, the strings seldom */
	for (guint i = 0; i < s->n_parts; i++)
		for (guint j = 0; j < l->n_parts; j++)
			if (sl[i] == ll[j] && (sk[i] == lk[j] || tl_merge_same_participant(sk[i], lk[j]))) {
				hit++;
				break;
			}
	return (double)hit / s->n_parts;
}

static double
jaccard(const GQuark *a, guint na, const GQuark *b, guint nb)
{
	guint i = 0, j = 0, inter = 0;
	while (i < na && j < nb) {
		GQuark x = a[i], y = b[j];
		if (x == y)
			inter++, i++, j++;
		else if (x < y)
			i++;
		else
			j++;
	}
	guint uni = na + nb - inter;
	return uni ? (double)inter / uni : 0;
}

double
tl_merge_score(const TlMergeLexicon *lx, const TlMention *a, const TlMention *b)
{
	if (!(a->start < b->end && b->start < a->end))
		return 0;
	double l = a->lemma_group && a->lemma_group == b->lemma_group ? 1 : 0;
	return lx->w_participants * participant_overlap(a, b) + lx->w_lemma * l +
	       lx->w_summary * jaccard(a->words, a->n_words, b->words, b->n_words);
}

/*
 * An upper bound of the score from the sizes alone (P <= 1 when both have
 * participants, S <= the smaller word count over the larger): most pairs of
 * a block fail it and are never scored.
 */
static gboolean
may_link(const TlMergeLexicon *lx, const TlMention *a, const TlMention *b)
{
	guint wa = a->n_words, wb = b->n_words;
	double s = wa && wb ? (double)MIN(wa, wb) / MAX(wa, wb) : 0;
	double p = a->n_parts && b->n_parts ? 1 : 0;
	double l = a->lemma_group && a->lemma_group == b->lemma_group ? 1 : 0;
	return lx->w_participants * p + lx->w_lemma * l + lx->w_summary * s >= lx->threshold - 1e-9;
}

/* Is the trigger of a (lower-cased, lemmatized) a word of b's summary? */
static gboolean
trigger_in_summary(const TlMergeLexicon *lx, const TlMention *a, const TlMention *b)
{
	if (!a->trigger || !*a->trigger)
		return FALSE;
	g_autofree char *low = g_utf8_strdown(a->trigger, -1);
	g_autofree char *lemma = tl_merge_lemmatize(lx, low);
	GQuark q = g_quark_try_string(lemma);
	for (guint i = 0; q && i < b->n_words; i++)
		if (b->words[i] == q)
			return TRUE;
	return FALSE;
}

/* One happening told once in a sentence (see above). */
static gboolean
same_happening(const TlMergeLexicon *lx, const TlMention *a, const TlMention *b)
{
	return a->sentence >= 0 && a->sentence == b->sentence && a->start == b->start &&
	       a->end == b->end && g_strcmp0(a->value, b->value) == 0 &&
	       strcmp(a->doc, b->doc) == 0 &&
	       (trigger_in_summary(lx, a, b) || trigger_in_summary(lx, b, a));
}

static guint
uf_find(guint *parent, guint i)
{
	while (parent[i] != i) {
		parent[i] = parent[parent[i]];
		i = parent[i];
	}
	return i;
}

static void
uf_union(guint *parent, guint a, guint b)
{
	a = uf_find(parent, a);
	b = uf_find(parent, b);
	if (a != b)
		parent[a < b ? b : a] = a < b ? a : b;
}

/* One mention listed under one blocking key. */
typedef struct {
	guint64 key;
	gint64 start;
	guint idx;
} Slot;

static int
slot_cmp(gconstpointer pa, gconstpointer pb)
{
	const Slot *a = pa, *b = pb;
	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static void
add_slot(GArray *slots, guint64 kind, guint64 a, guint64 b, const TlMention *mn, guint i)
{
	Slot s = {kind << 62 | a << 31 | b, mn->start, i};
	g_array_append_val(slots, s);
}

/* The features the score reads, hashed: mentions equal in them score alike
 * against any other. */
static guint
features_hash(gconstpointer p)
{
	const TlMention *mn = p;
	guint h = (guint)mn->start * 31u + (guint)mn->end;
	h = h * 31u + mn->lemma_group;
	for (guint i = 0; i < mn->n_parts; i++)
		h = h * 31u + mn->pkeys[i];
	for (guint i = 0; i < mn->n_words; i++)
		h = h * 31u + mn->words[i];
	return h;
}

static gboolean
same_array(const GQuark *a, guint na, const GQuark *b, guint nb)
{
	return na == nb && (na == 0 || memcmp(a, b, na * sizeof(GQuark)) == 0);
}

static gboolean
features_equal(gconstpointer pa, gconstpointer pb)
{
	const TlMention *a = pa, *b = pb;
	return a->start == b->start && a->end == b->end && a->lemma_group == b->lemma_group &&
	       same_array(a->pkeys, a->n_parts, b->pkeys, b->n_parts) &&
	       same_array(a->words, a->n_words, b->words, b->n_words);
}

/*
 * Twins: mentions equal in every feature of the score (many copies of one
 * story) score the same against any third mention.  When a twin scores as
 * one event with itself, all its twins are one event: union them, and only
 * the first needs scoring against the others.  This keeps thousands of
 * copies of one event from being compared pairwise.  FALSE for mention i
 * when it is such a twin and can stay out of the blocks.
 */
static gboolean *
find_twins(const TlMergeLexicon *lx, GPtrArray *mentions, guint *parent)
{
	guint n = mentions->len;
	gboolean *scored = g_new(gboolean, n ? n : 1);
	g_autoptr(GHashTable) first = g_hash_table_new(features_hash, features_equal);
	for (guint i = 0; i < n; i++) {
		const TlMention *mn = mentions->pdata[i];
		scored[i] = TRUE;
		gpointer orig;
		if (!g_hash_table_lookup_extended(first, mn, NULL, &orig)) {
			g_hash_table_insert(first, (gpointer)mn, GUINT_TO_POINTER(i));
			continue;
		}
		guint f = GPOINTER_TO_UINT(orig);
		if (tl_merge_score(lx, mentions->pdata[f], mn) >= lx->threshold - 1e-9) {
			uf_union(parent, f, i);
			scored[i] = FALSE;
		}
	}
	return scored;
}

/*
 * Does a link from the part of weight w plus the summary need S = 1, the same
 * content words?  (w + wS * S >= threshold with S below 1 - 1e-6 impossible.)
 */
static gboolean
identical_words_needed(const TlMergeLexicon *lx, double w)
{
	return lx->w_summary > 0 && (lx->threshold - 1e-9 - w) / lx->w_summary > 1 - 1e-6;
}

/* A 31-bit key of a word set (equal sets, equal keys; others may collide,
 * which only costs a pair scored for nothing). */
static GQuark
words_key(const TlMention *mn)
{
	guint32 h = 2166136261u;
	for (guint i = 0; i < mn->n_words; i++) {
		h ^= mn->words[i];
		h *= 16777619u;
	}
	return h & 0x7fffffff;
}

guint *
tl_merge_cluster(const TlMergeLexicon *lx, GPtrArray *mentions, GArray *pre)
{
	guint n = mentions->len;
	guint *parent = g_new(guint, n ? n : 1);
	for (guint i = 0; i < n; i++)
		parent[i] = i;
	for (guint i = 0; pre && i + 1 < pre->len; i += 2)
		uf_union(parent, g_array_index(pre, guint, i), g_array_index(pre, guint, i + 1));

	/*
	 * Blocking: each weight is below the threshold (checked when the lexicon
	 * loads), so a link needs two of the three parts: a shared participant
	 * and the same lemma group, the same lemma group and a shared summary
	 * word, or a shared participant and a shared summary word.  A shared
	 * participant means a shared last word of its name.  So only pairs listed
	 * under one key are scored: (lemma group, participant's last word),
	 * (lemma group, summary word) or (summary word, participant's last word).
	 * Within a key, mentions sorted by start are swept while their ranges
	 * overlap.  (Keys of one part alone, as a participant, made blocks of
	 * thousands on news: "U.S." in every story of a year.)
	 */
	g_autofree gboolean *scored = find_twins(lx, mentions, parent);
	/* When a part with the summary can only reach the threshold if the
	 * summaries have the same words (S = 1: with merge.ini's weights, both
	 * 0.4 + 0.2 S and 0.4 P + 0.2 S need it), one key for the whole word set
	 * stands for a key per word. */
	gboolean same_words_l = identical_words_needed(lx, lx->w_lemma);
	gboolean same_words_p = identical_words_needed(lx, lx->w_participants);
	g_autoptr(GArray) slots = g_array_new(FALSE, FALSE, sizeof(Slot));
	for (guint i = 0; i < n; i++) {
		const TlMention *mn = mentions->pdata[i];
		guint nw = mn->n_words;
		const GQuark *w = mn->words;
		GQuark set = words_key(mn);
		for (guint k = 0; scored[i] && k < mn->n_parts; k++) {
			GQuark last = mn->plast[k];
			if (mn->lemma_group)
				add_slot(slots, 1, mn->lemma_group, last, mn, i);
			for (guint j = 0; j < nw && !(same_words_p && j > 0); j++)
				add_slot(slots, 0, same_words_p ? set : w[j], last, mn, i);
		}
		for (guint j = 0; scored[i] && mn->lemma_group && j < nw && !(same_words_l && j > 0); j++)
			add_slot(slots, 2, mn->lemma_group, same_words_l ? set : w[j], mn, i);
		if (mn->sentence >= 0) /* (a collision only costs a pair checked for nothing) */
			add_slot(slots, 3, g_str_hash(mn->doc) & 0x7fffffff,
			         (guint64)mn->sentence & 0x7fffffff, mn, i);
	}
	g_array_sort(slots, slot_cmp);
	const Slot *sl = (const Slot *)slots->data;
	for (guint i = 0; i < slots->len; i++) {
		const TlMention *ma = mentions->pdata[sl[i].idx];
		for (guint j = i + 1; j < slots->len && sl[j].key == sl[i].key; j++) {
			if (sl[j].start >= ma->end)
				break;
			guint a = sl[i].idx, b = sl[j].idx;
			if (a == b || uf_find(parent, a) == uf_find(parent, b))
				continue;
			const TlMention *mb = mentions->pdata[b];
			gboolean link = sl[i].key >> 62 == 3
			                    ? same_happening(lx, ma, mb)
			                    : may_link(lx, ma, mb) &&
			                          tl_merge_score(lx, ma, mb) >= lx->threshold - 1e-9;
			if (link)
				uf_union(parent, a, b);
		}
	}
	for (guint i = 0; i < n; i++)
		parent[i] = uf_find(parent, i);
	return parent;
}
