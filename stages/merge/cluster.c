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
	guint na = a->pkeys->len, nb = b->pkeys->len;
	if (na == 0 || nb == 0)
		return 0;
	const TlMention *s = na <= nb ? a : b, *l = na <= nb ? b : a;
	guint hit = 0;
	for (guint i = 0; i < s->pkeys->len; i++)
		for (guint j = 0; j < l->pkeys->len; j++)
			if (tl_merge_same_participant(g_array_index(s->pkeys, GQuark, i),
			                     g_array_index(l->pkeys, GQuark, j))) {
				hit++;
				break;
			}
	return (double)hit / s->pkeys->len;
}

static double
jaccard(const GArray *a, const GArray *b)
{
	guint i = 0, j = 0, inter = 0;
	while (i < a->len && j < b->len) {
		GQuark x = g_array_index(a, GQuark, i), y = g_array_index(b, GQuark, j);
		if (x == y)
			inter++, i++, j++;
		else if (x < y)
			i++;
		else
			j++;
	}
	guint uni = a->len + b->len - inter;
	return uni ? (double)inter / uni : 0;
}

double
tl_merge_score(const TlMergeLexicon *lx, const TlMention *a, const TlMention *b)
{
	if (!(a->start < b->end && b->start < a->end))
		return 0;
	double l = a->lemma_group && a->lemma_group == b->lemma_group ? 1 : 0;
	return lx->w_participants * participant_overlap(a, b) + lx->w_lemma * l +
	       lx->w_summary * jaccard(a->words, b->words);
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
	for (guint i = 0; q && i < b->words->len; i++)
		if (g_array_index(b->words, GQuark, i) == q)
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
	 * (with the lemma group or a summary word), or the same lemma group and a
	 * shared summary word.  So only pairs listed under one key are scored: a
	 * participant's last word, or a (lemma group, summary word) pair.  Within
	 * a key, mentions sorted by start are swept while their ranges overlap.
	 */
	g_autoptr(GArray) slots = g_array_new(FALSE, FALSE, sizeof(Slot));
	for (guint i = 0; i < n; i++) {
		const TlMention *mn = mentions->pdata[i];
		for (guint k = 0; k < mn->plast->len; k++)
			add_slot(slots, 1, 0, g_array_index(mn->plast, GQuark, k), mn, i);
		for (guint w = 0; mn->lemma_group && w < mn->words->len; w++)
			add_slot(slots, 2, mn->lemma_group, g_array_index(mn->words, GQuark, w), mn, i);
		if (mn->sentence >= 0)
			add_slot(slots, 3, g_quark_from_string(mn->doc) & 0x7fffffff,
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
			gboolean link = sl[i].key >> 62 == 3
			                    ? same_happening(lx, ma, mentions->pdata[b])
			                    : tl_merge_score(lx, ma, mentions->pdata[b]) >=
			                          lx->threshold - 1e-9;
			if (link)
				uf_union(parent, a, b);
		}
	}
	for (guint i = 0; i < n; i++)
		parent[i] = uf_find(parent, i);
	return parent;
}
