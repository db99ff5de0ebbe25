/*
 * Document-level consistency of names: once "Xi Jinping" is a person, "Xi"
 * alone is that person too, wherever it stands in the document.
 */
#include <string.h>
#include "names-gaz.h"

/* Add text[s..e) to set (keys are new strings). */
static void
add_text(GHashTable *set, const char *text, guint32 s, guint32 e)
{
	g_hash_table_add(set, g_strndup(text + s, e - s));
}

static gboolean
in_set(GHashTable *set, const char *text, guint32 s, guint32 e, char *buf, size_t size)
{
	if (e - s >= size)
		return FALSE;
	memcpy(buf, text + s, e - s);
	buf[e - s] = '\0';
	return g_hash_table_contains(set, buf);
}

size_t
tl_names_unify(const char *text, const TlToken *tokens, const TlPos *tags, size_t n_tokens,
               TlEntity *ents, size_t n_ents)
{
	/* a person's full name, first or last word names that person
	 * everywhere in the document: "Xi" after "Xi Jinping" */
	g_autoptr(GHashTable) parts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (size_t p = 0; p < n_ents; p++) {
		const TlEntity *q = &ents[p];
		if (q->type != TL_ENT_PERSON || q->last - q->first < 2)
			continue;
		add_text(parts, text, q->start, q->end);
		add_text(parts, text, tokens[q->first].start, tokens[q->first].end);
		add_text(parts, text, tokens[q->last - 1].start, tokens[q->last - 1].end);
	}
	if (g_hash_table_size(parts) == 0)
		return n_ents;
	char buf[KEY_MAX];
	for (size_t k = 0; k < n_ents; k++)
		if (ents[k].type != TL_ENT_PERSON &&
		    in_set(parts, text, ents[k].start, ents[k].end, buf, sizeof buf))
			ents[k].type = TL_ENT_PERSON;
	size_t count = n_ents;
	for (size_t i = 0, e = 0; i < n_tokens; i++) {
		while (e < n_ents && ents[e].last <= i)
			e++;
		if (e < n_ents && ents[e].first <= i)
			continue;
		if (tags[i].upos != TL_UPOS_PROPN || !tl_names_upper_start(text, &tokens[i]))
			continue;
		if (count < n_tokens && in_set(parts, text, tokens[i].start, tokens[i].end, buf, sizeof buf)) {
			/* with its particle: "de Vries" after "Jan de Vries" */
			size_t a = i;
			if (a > 0 && (e == 0 || ents[e - 1].last < a) &&
			    tl_names_particle(text, &tokens[a - 1]) && tokens[a - 1].end < tokens[a].start)
				a--;
			ents[count++] = (TlEntity){tokens[a].start, tokens[i].end, (guint32)a, (guint32)i + 1,
			                           tokens[a].start, tokens[a].start, TL_ENT_PERSON};
		}
	}
	/* merge the added ones (in order) into the rest (in order) */
	if (count > n_ents) {
		TlEntity *added = g_memdup2(ents + n_ents, (count - n_ents) * sizeof *ents);
		size_t a = count - n_ents, i = n_ents, j = a, w = count;
		while (j > 0) {
			if (i > 0 && ents[i - 1].first > added[j - 1].first)
				ents[--w] = ents[--i];
			else
				ents[--w] = added[--j];
		}
		g_free(added);
	}
	return count;
}

