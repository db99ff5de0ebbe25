/*
 * Learning the lemmatizer's data from a CoNLL-U training corpus: the known
 * lemmas, and the exceptions, i.e. the (form, tag) pairs whose most frequent
 * lemma the rules do not give.  Output is sorted, so training is
 * deterministic.
 */
#include <stdio.h>
#include <string.h>
#include "tag-train.h"
#include "tl/lemma.h"

static const char HEADER[] =
	"# Derived from Universal Dependencies English Web Treebank (UD_English-EWT),\n"
	"# CC BY-SA 4.0; written by bin/tl-train-tagger (do not edit by hand).\n";

static gboolean
proper(int xpos)
{
	return xpos == TL_XPOS_NNP || xpos == TL_XPOS_NNPS;
}

static char *
key_of(const TlSentence *s, size_t i)
{
	const char *w = s->text + s->tokens[i].start;
	size_t n = s->tokens[i].end - s->tokens[i].start;
	g_autofree char *form = proper(s->gold[i].xpos) ? g_strndup(w, n) : g_ascii_strdown(w, (gssize)n);
	return g_strconcat(tl_xpos_name(s->gold[i].xpos), "\t", form, NULL);
}

static int
cmp_str(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

gboolean
tl_train_lemmas(GPtrArray *train, GBytes *rules, GString *exceptions, GString *known,
                GError **error)
{
	/* known lemmas */
	g_autoptr(GHashTable) kset = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	/* key -> (lemma -> count) */
	g_autoptr(GHashTable) counts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	                                                     (GDestroyNotify)g_hash_table_unref);
	for (guint si = 0; si < train->len; si++) {
		const TlSentence *s = train->pdata[si];
		for (size_t i = 0; i < s->n; i++) {
			const char *lemma = s->lemmas[i];
			if (strchr(lemma, '\t') || strchr(lemma, '\n') || !*lemma)
				continue;
			if (!proper(s->gold[i].xpos))
				g_hash_table_add(kset, g_ascii_strdown(lemma, -1));
			char *key = key_of(s, i);
			GHashTable *row = g_hash_table_lookup(counts, key);
			if (!row) {
				row = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
				g_hash_table_insert(counts, key, row);
			} else {
				g_free(key);
			}
			gpointer c = g_hash_table_lookup(row, lemma);
			g_hash_table_insert(row, g_strdup(lemma), GINT_TO_POINTER(GPOINTER_TO_INT(c) + 1));
		}
	}
	g_autoptr(GPtrArray) kl = g_ptr_array_new();
	GHashTableIter it;
	gpointer k, v;
	g_hash_table_iter_init(&it, kset);
	while (g_hash_table_iter_next(&it, &k, &v))
		g_ptr_array_add(kl, k);
	g_ptr_array_sort(kl, cmp_str);
	g_string_append(known, HEADER);
	g_string_append(known, "# Lemmas seen in training, lower case: candidates of the rules must be one.\n");
	for (guint i = 0; i < kl->len; i++)
		g_string_append_printf(known, "%s\n", (char *)kl->pdata[i]);

	g_autoptr(GBytes) kb = g_bytes_new(known->str, known->len);
	g_autoptr(TlLemmatizer) lem = tl_lemmatizer_new(rules, NULL, kb, error);
	if (!lem)
		return FALSE;
	g_autoptr(GPtrArray) keys = g_ptr_array_new();
	g_hash_table_iter_init(&it, counts);
	while (g_hash_table_iter_next(&it, &k, &v))
		g_ptr_array_add(keys, k);
	g_ptr_array_sort(keys, cmp_str);
	g_string_append(exceptions, HEADER);
	g_string_append(exceptions, "# form\ttag\tlemma, where the rules (rules.tsv) are wrong.\n");
	for (guint i = 0; i < keys->len; i++) {
		const char *key = keys->pdata[i];
		GHashTable *row = g_hash_table_lookup(counts, key);
		/* the most frequent lemma; ties to the first in byte order */
		const char *best = NULL;
		int bc = 0;
		GHashTableIter ri;
		g_hash_table_iter_init(&ri, row);
		while (g_hash_table_iter_next(&ri, &k, &v))
			if (GPOINTER_TO_INT(v) > bc || (GPOINTER_TO_INT(v) == bc && strcmp(k, best) < 0))
				best = k, bc = GPOINTER_TO_INT(v);
		const char *tab = strchr(key, '\t');
		g_autofree char *tag = g_strndup(key, (gsize)(tab - key));
		const char *form = tab + 1;
		char out[TL_LEMMA_MAX_WORD + 16];
		tl_lemmatize_rules(lem, form, strlen(form), tl_xpos_from_name(tag), out, sizeof out);
		if (strcmp(out, best) != 0)
			g_string_append_printf(exceptions, "%s\t%s\t%s\n", form, tag, best);
	}
	return TRUE;
}

void
tl_eval_lemmas(const TlLemmatizer *lem, GPtrArray *corpus, gboolean gold_tags,
               const TlTagger *tagger, double *acc)
{
	size_t hits = 0, total = 0;
	for (guint si = 0; si < corpus->len; si++) {
		const TlSentence *s = corpus->pdata[si];
		g_autofree TlPos *pos = g_new(TlPos, s->n);
		if (gold_tags || !tagger)
			memcpy(pos, s->gold, sizeof(TlPos) * s->n);
		else
			tl_tagger_tag(tagger, s->text, s->tokens, s->n, pos);
		for (size_t i = 0; i < s->n; i++) {
			char out[256];
			tl_lemmatize(lem, s->text + s->tokens[i].start, s->tokens[i].end - s->tokens[i].start,
			             pos[i].xpos, out, sizeof out);
			gboolean ok = strcmp(out, s->lemmas[i]) == 0;
			hits += ok;
			if (!ok && g_getenv("TL_DEBUG_LEMMAS"))
				fprintf(stderr, "LEMMA %.*s %s/%s got %s want %s\n",
				        (int)(s->tokens[i].end - s->tokens[i].start), s->text + s->tokens[i].start,
				        tl_xpos_name(pos[i].xpos), tl_xpos_name(s->gold[i].xpos), out, s->lemmas[i]);
			total++;
		}
	}
	*acc = total ? 100.0 * (double)hits / (double)total : 0;
}
