/*
 * Gazetteers of the name finder: countries, places, organisations, given
 * names, demonyms, titles and words that are not names, one phrase a line in
 * common/names/ (*.txt).  Phrases are tokenized like the text and joined by
 * single spaces; they match case-sensitively, and also case-insensitively
 * unless they are acronyms ("US" must not match "us").
 */
#include <string.h>
#include "names-gaz.h"
#include "tl/resource.h"
#include "tl/tl.h"

static const struct {
	const char *file;
	guint kind;
} gazetteers[] = {
	{"countries.txt", GAZ_COUNTRY}, {"places.txt", GAZ_PLACE},
	{"organisations.txt", GAZ_ORG}, {"given-names.txt", GAZ_GIVEN},
	{"demonyms.txt", GAZ_DEMONYM},  {"titles.txt", GAZ_TITLE},
	{"not-names.txt", GAZ_NOT_NAME},
};


static void
add_kind(GHashTable *t, const char *key, guint kind)
{
	gpointer old = NULL;
	if (g_hash_table_lookup_extended(t, key, NULL, &old)) {
		g_hash_table_replace(t, g_strdup(key), GUINT_TO_POINTER(GPOINTER_TO_UINT(old) | kind));
		return;
	}
	g_hash_table_insert(t, g_strdup(key), GUINT_TO_POINTER(kind));
}

static gboolean
acronym(const char *s)
{
	size_t letters = 0;
	for (; *s; s++) {
		if (g_ascii_islower(*s))
			return FALSE;
		letters += g_ascii_isupper(*s);
	}
	return letters > 0;
}

static void
add_phrase(TlNames *nm, const char *line, guint kind)
{
	g_autoptr(GArray) toks = g_array_new(FALSE, FALSE, sizeof(TlToken));
	tl_tokenize(line, strlen(line), toks);
	if (toks->len == 0 || toks->len > MAX_PHRASE)
		return;
	GString *key = g_string_new(NULL);
	for (guint i = 0; i < toks->len; i++) {
		const TlToken *t = &g_array_index(toks, TlToken, i);
		if (i)
			g_string_append_c(key, ' ');
		g_string_append_len(key, line + t->start, t->end - t->start);
	}
	if (key->len < KEY_MAX) {
		add_kind(nm->exact, key->str, kind);
		if (!acronym(key->str)) {
			g_autofree char *low = g_ascii_strdown(key->str, (gssize)key->len);
			add_kind(nm->folded, low, kind);
		}
	}
	g_string_free(key, TRUE);
}

gboolean
tl_names_load_gazetteers(TlNames *nm, GError **error)
{
	for (size_t g = 0; g < G_N_ELEMENTS(gazetteers); g++) {
		g_autofree char *path = g_strconcat("names/", gazetteers[g].file, NULL);
		g_autoptr(GBytes) b = tl_resource_get("common", path, error);
		if (!b)
			return FALSE;
		gsize size;
		const char *data = g_bytes_get_data(b, &size);
		g_autofree char *copy = g_strndup(data, size);
		g_auto(GStrv) lines = g_strsplit(copy, "\n", -1);
		for (guint i = 0; lines[i]; i++) {
			g_strstrip(lines[i]);
			if (lines[i][0] && lines[i][0] != '#')
				add_phrase(nm, lines[i], gazetteers[g].kind);
		}
	}
	return TRUE;
}


/* Kinds of the phrase tokens[i..i+len), 0 if it is none; *exact: matched with case. */
guint
tl_names_phrase_kind(const TlNames *nm, const char *text, const TlToken *tokens, size_t i, size_t len,
            gboolean *exact)
{
	char key[KEY_MAX];
	size_t k = 0;
	for (size_t j = i; j < i + len; j++) {
		size_t tl = tokens[j].end - tokens[j].start;
		if (k + tl + 2 > KEY_MAX)
			return 0;
		if (j > i)
			key[k++] = ' ';
		memcpy(key + k, text + tokens[j].start, tl);
		k += tl;
	}
	key[k] = '\0';
	gpointer v = g_hash_table_lookup(nm->exact, key);
	*exact = v != NULL;
	if (v)
		return GPOINTER_TO_UINT(v);
	for (size_t j = 0; j < k; j++)
		key[j] = g_ascii_tolower(key[j]);
	return GPOINTER_TO_UINT(g_hash_table_lookup(nm->folded, key));
}

/* Longest gazetteer phrase starting at token i: its length (0 if none). */
size_t
tl_names_longest_match(const TlNames *nm, const char *text, const TlToken *tokens, size_t n, size_t i,
              guint *kind, gboolean *exact)
{
	size_t best = 0;
	*kind = 0;
	if (!g_ascii_isalnum(text[tokens[i].start]) && !((guint8)text[tokens[i].start] & 0x80))
		return 0;
	for (size_t len = 1; len <= MAX_PHRASE && i + len <= n; len++) {
		gboolean ex;
		guint k = tl_names_phrase_kind(nm, text, tokens, i, len, &ex);
		if (k) {
			best = len;
			*kind = k;
			*exact = ex;
		}
	}
	return best;
}

