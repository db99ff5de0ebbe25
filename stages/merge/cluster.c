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
	double l = a->lemma_group == b->lemma_group ? 1 : 0;
	return lx->w_participants * participant_overlap(a, b) + lx->w_lemma * l +
	       lx->w_summary * jaccard(a->words, b->words);
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

static int
by_start(gconstpointer pa, gconstpointer pb, gpointer data)
{
	GPtrArray *mentions = data;
	const TlMention *a = mentions->pdata[*(const guint *)pa];
	const TlMention *b = mentions->pdata[*(const guint *)pb];
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	guint x = *(const guint *)pa, y = *(const guint *)pb;
	return x < y ? -1 : x > y;
}

/* List mention i under key (stolen). */
static void
add_key(GHashTable *blocks, char *key, guint i)
{
	GArray *list = g_hash_table_lookup(blocks, key);
	if (!list) {
		list = g_array_new(FALSE, FALSE, sizeof(guint));
		g_hash_table_insert(blocks, key, list);
	} else
		g_free(key);
	/* a mention lists itself once per key */
	if (list->len == 0 || g_array_index(list, guint, list->len - 1) != i)
		g_array_append_val(list, i);
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
	 * loads), so a link needs two of the three parts: the same lemma group and
	 * a participant, the same lemma group and a summary word, or a participant
	 * and a summary word.  Pairs sharing none of these keys cannot link.
	 */
	g_autoptr(GHashTable) blocks = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	                                                     (GDestroyNotify)g_array_unref);
	for (guint i = 0; i < n; i++) {
		const TlMention *mn = mentions->pdata[i];
		const char *lemma = g_quark_to_string(mn->lemma_group);
		for (guint k = 0; k < mn->plast->len; k++) {
			const char *p = g_quark_to_string(g_array_index(mn->plast, GQuark, k));
			add_key(blocks, g_strconcat("L", lemma, "\x1f", p, NULL), i);
			for (guint w = 0; w < mn->words->len; w++)
				add_key(blocks, g_strconcat("P", p, "\x1f",
				                            g_quark_to_string(g_array_index(mn->words, GQuark, w)),
				                            NULL), i);
		}
		for (guint w = 0; w < mn->words->len; w++)
			add_key(blocks, g_strconcat("W", lemma, "\x1f",
			                            g_quark_to_string(g_array_index(mn->words, GQuark, w)), NULL),
			        i);
	}
	{
		GHashTableIter it;
		gpointer key, value;
		g_hash_table_iter_init(&it, blocks);
		while (g_hash_table_iter_next(&it, &key, &value)) {
			GArray *list = value;
			g_array_sort_with_data(list, by_start, mentions);
			for (guint i = 0; i < list->len; i++) {
				guint a = g_array_index(list, guint, i);
				const TlMention *ma = mentions->pdata[a];
				for (guint j = i + 1; j < list->len; j++) {
					guint b = g_array_index(list, guint, j);
					const TlMention *mb = mentions->pdata[b];
					if (mb->start >= ma->end)
						break;
					if (uf_find(parent, a) == uf_find(parent, b))
						continue;
					if (tl_merge_score(lx, ma, mb) >= lx->threshold - 1e-9)
						uf_union(parent, a, b);
				}
			}
		}
	}
	for (guint i = 0; i < n; i++)
		parent[i] = uf_find(parent, i);
	return parent;
}
