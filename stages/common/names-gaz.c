/*
 * Gazetteers of the name finder: countries, places, organisations, given
 * names, demonyms, titles and words that are not names, one phrase a line in
 * common/names/ (*.txt).  Phrases are tokenized like the text and joined by
 * single spaces; they match case-sensitively, and also case-insensitively
 * unless they are acronyms ("US" must not match "us").  Organisation head
 * words (org-heads.txt, matched as written) and cue phrases (org-cues.txt,
 * any case) have tables of their own: they are evidence, not names.
 * Lookups are pruned, never approximated: a phrase is only built and hashed
 * when its first word begins some entry at least that long (first_exact,
 * first_folded), a cue only when its last word ends one (cue_last).
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
	{"not-names.txt", GAZ_NOT_NAME}, {"org-heads.txt", GAZ_ORG_HEAD},
	{"org-cues.txt", GAZ_ORG_CUE},
};


/* Record key in a first-word table (first): its first word -> its longest phrase's bytes. */
static void
add_first(GHashTable *first, const char *key)
{
	size_t len = strlen(key);
	const char *space = strchr(key, ' ');
	g_autofree char *w = g_strndup(key, space ? (size_t)(space - key) : len);
	gsize old = GPOINTER_TO_SIZE(g_hash_table_lookup(first, w));
	if (len > old)
		g_hash_table_replace(first, g_steal_pointer(&w), GSIZE_TO_POINTER(len));
}

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
	if (key->len < KEY_MAX && kind == GAZ_ORG_HEAD) {
		g_hash_table_add(nm->heads, g_strdup(key->str));
	} else if (key->len < KEY_MAX && kind == GAZ_ORG_CUE) {
		char *low = g_ascii_strdown(key->str, (gssize)key->len);
		const char *space = strrchr(low, ' ');
		g_hash_table_add(nm->cue_last, g_strdup(space ? space + 1 : low));
		g_hash_table_add(nm->cues, low);
	} else if (key->len < KEY_MAX) {
		add_kind(nm->exact, key->str, kind);
		add_first(nm->first_exact, key->str);
		if (!acronym(key->str)) {
			g_autofree char *low = g_ascii_strdown(key->str, (gssize)key->len);
			add_kind(nm->folded, low, kind);
			add_first(nm->first_folded, low);
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


/* Bytes of the key of tokens[i..i+len) (joined by single spaces) in *k;
 * FALSE if it does not fit in KEY_MAX (then it is no phrase). */
static gboolean
key_length(const TlToken *tokens, size_t i, size_t len, size_t *k)
{
	*k = 0;
	for (size_t j = i; j < i + len; j++) {
		size_t tl = tokens[j].end - tokens[j].start;
		if (*k + tl + 2 > KEY_MAX)
			return FALSE;
		*k += (j > i) + tl;
	}
	return TRUE;
}

/* The longest phrases (in bytes) that start with token t's first word, as
 * written (*fe) and lower case (*ff); 0 when no phrase starts with it. */
static void
first_word(const TlNames *nm, const char *text, const TlToken *t, size_t *fe, size_t *ff)
{
	const char *s = text + t->start;
	size_t len = t->end - t->start;
	const char *space = memchr(s, ' ', len);
	char w[KEY_MAX];
	*fe = *ff = 0;
	if (space)
		len = (size_t)(space - s);
	if (len + 2 > KEY_MAX)
		return;
	memcpy(w, s, len);
	w[len] = '\0';
	*fe = GPOINTER_TO_SIZE(g_hash_table_lookup(nm->first_exact, w));
	for (size_t c = 0; c < len; c++)
		w[c] = tl_names_fold(w[c]);
	*ff = GPOINTER_TO_SIZE(g_hash_table_lookup(nm->first_folded, w));
}

/* Kinds of tokens[i..i+len), whose key is k bytes long and whose first word
 * bounds the phrases to fe and ff bytes (first_word); *exact as below. */
static guint
lookup(const TlNames *nm, const char *text, const TlToken *tokens, size_t i, size_t len, size_t k,
       size_t fe, size_t ff, gboolean *exact)
{
	*exact = FALSE;
	if (k > fe && k > ff)
		return 0;
	char key[KEY_MAX];
	size_t o = 0;
	for (size_t j = i; j < i + len; j++) {
		size_t tl = tokens[j].end - tokens[j].start;
		if (j > i)
			key[o++] = ' ';
		memcpy(key + o, text + tokens[j].start, tl);
		o += tl;
	}
	key[o] = '\0';
	if (k <= fe) {
		gpointer v = g_hash_table_lookup(nm->exact, key);
		*exact = v != NULL;
		if (v)
			return GPOINTER_TO_UINT(v);
	}
	if (k > ff)
		return 0;
	for (size_t j = 0; j < o; j++)
		key[j] = tl_names_fold(key[j]);
	return GPOINTER_TO_UINT(g_hash_table_lookup(nm->folded, key));
}

/* Kinds of the phrase tokens[i..i+len), 0 if it is none; *exact: matched with case. */
guint
tl_names_phrase_kind(const TlNames *nm, const char *text, const TlToken *tokens, size_t i, size_t len,
            gboolean *exact)
{
	size_t k, fe, ff;
	if (!key_length(tokens, i, len, &k))
		return 0;
	first_word(nm, text, &tokens[i], &fe, &ff);
	return lookup(nm, text, tokens, i, len, k, fe, ff, exact);
}

/* Longest gazetteer phrase starting at token i: its length (0 if none).  The
 * first word is looked up once; the phrase grows while it may still match. */
size_t
tl_names_longest_match(const TlNames *nm, const char *text, const TlToken *tokens, size_t n, size_t i,
              guint *kind, gboolean *exact)
{
	size_t best = 0, k = 0, fe, ff;
	*kind = 0;
	if (!g_ascii_isalnum(text[tokens[i].start]) && !((guint8)text[tokens[i].start] & 0x80))
		return 0;
	first_word(nm, text, &tokens[i], &fe, &ff);
	for (size_t len = 1; len <= MAX_PHRASE && i + len <= n; len++) {
		size_t tl = tokens[i + len - 1].end - tokens[i + len - 1].start;
		if (k + tl + 2 > KEY_MAX)
			break;
		k += (len > 1) + tl;
		if (k > fe && k > ff)
			break;
		gboolean ex;
		guint kd = lookup(nm, text, tokens, i, len, k, fe, ff, &ex);
		if (kd) {
			best = len;
			*kind = kd;
			*exact = ex;
		}
	}
	return best;
}


gboolean
tl_names_org_head(const TlNames *nm, const char *text, const TlToken *tokens, size_t i)
{
	char key[KEY_MAX];
	size_t len = tokens[i].end - tokens[i].start;
	if (len + 1 > KEY_MAX)
		return FALSE;
	memcpy(key, text + tokens[i].start, len);
	key[len] = '\0';
	return g_hash_table_contains(nm->heads, key);
}

#define MAX_CUE 3 /* tokens */

/* TRUE if the last word of token i - 1 (its bytes after its last space), in
 * lower case, ends some cue phrase: when not, no cue can end before token i. */
static gboolean
cue_last_word(const TlNames *nm, const char *text, const TlToken *t)
{
	size_t start = t->start, end = t->end;
	char w[KEY_MAX];
	for (size_t c = end; c > start; c--)
		if (text[c - 1] == ' ') {
			start = c;
			break;
		}
	if (end - start + 2 > KEY_MAX)
		return TRUE; /* let the full check decide */
	for (size_t c = start; c < end; c++)
		w[c - start] = tl_names_fold(text[c]);
	w[end - start] = '\0';
	return g_hash_table_contains(nm->cue_last, w);
}

gboolean
tl_names_org_cue(const TlNames *nm, const char *text, const TlToken *tokens, size_t i)
{
	if (i == 0 || !cue_last_word(nm, text, &tokens[i - 1]))
		return FALSE;
	for (size_t len = 1; len <= MAX_CUE && len <= i; len++) {
		char key[KEY_MAX];
		size_t k = 0;
		gboolean fits = TRUE;
		for (size_t j = i - len; j < i && fits; j++) {
			size_t tl = tokens[j].end - tokens[j].start;
			if (k + tl + 2 > KEY_MAX) {
				fits = FALSE;
				break;
			}
			if (j > i - len)
				key[k++] = ' ';
			for (size_t c = 0; c < tl; c++)
				key[k++] = tl_names_fold(text[tokens[j].start + c]);
		}
		key[k] = '\0';
		if (fits && g_hash_table_contains(nm->cues, key))
			return TRUE;
	}
	return FALSE;
}
