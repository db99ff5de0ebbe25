/*
 * The tokenizer's word lists: abbreviations, sentence starters, hyphen
 * prefixes, contractions and units, read once from the resource files in
 * stages/common/data/tokenizer/ into hash tables.  Lookups copy the word to a
 * small stack buffer (no allocation) and give up on words longer than any
 * entry can be.
 */
#include <string.h>
#include "tl/resource.h"
#include "tl/tl.h"
#include "tl/token.h"
#include "tok-lexicon.h"

#define MAX_WORD 32

typedef struct {
	GHashTable *abbrev;   /* word -> TlAbbrev */
	GHashTable *starters; /* set of lower-case words */
	GHashTable *clock_next; /* lower-case words that go on with a.m./p.m. */
	GHashTable *prefixes; /* set */
	GHashTable *units;    /* set */
	GHashTable *contract; /* word -> part lengths, 0-terminated (guint8[]) */
	GError *error;        /* the first load error, kept for tl_token_init */
} Lexicon;

static Lexicon lex;
TlTokFilter tl_tok_contract_filter, tl_tok_abbrev_filter;

static void
filter_add(TlTokFilter *f, const char *w)
{
	size_t n = strlen(w);
	if (n > 0 && n < 32)
		f->bits[n][(unsigned char)w[0] & 31] |= 1u << ((unsigned char)w[n - 1] & 31);
}

static gboolean
parse_abbrev_class(const char *s, TlAbbrev *cls)
{
	if (strcmp(s, "plain") == 0)
		*cls = TL_ABBR_PLAIN;
	else if (strcmp(s, "title") == 0)
		*cls = TL_ABBR_TITLE;
	else if (strcmp(s, "number") == 0)
		*cls = TL_ABBR_NUMBER;
	else if (strcmp(s, "clock") == 0)
		*cls = TL_ABBR_CLOCK;
	else
		return FALSE;
	return TRUE;
}

/* Handle one non-comment line of file; FALSE with error if it is bad. */
static gboolean
load_line(const char *file, char **f, GError **error)
{
	guint n = g_strv_length(f);
	if (n == 0)
		return TRUE;
	if (strlen(f[0]) >= MAX_WORD)
		goto bad;
	if (strcmp(file, "abbreviations.txt") == 0) {
		TlAbbrev cls;
		if (n != 2 || !parse_abbrev_class(f[1], &cls))
			goto bad;
		g_hash_table_replace(lex.abbrev, g_strdup(f[0]), GINT_TO_POINTER(cls));
		filter_add(&tl_tok_abbrev_filter, f[0]);
	} else if (strcmp(file, "contractions.txt") == 0) {
		if (n < 3 || n > 5)
			goto bad;
		guint8 *parts = g_new0(guint8, n);
		GString *spell = g_string_new(NULL);
		for (guint i = 1; i < n; i++) {
			parts[i - 1] = (guint8)strlen(f[i]);
			g_string_append(spell, f[i]);
		}
		gboolean ok = strcmp(spell->str, f[0]) == 0;
		g_string_free(spell, TRUE);
		if (!ok) {
			g_free(parts);
			goto bad;
		}
		char *key = g_ascii_strdown(f[0], -1);
		filter_add(&tl_tok_contract_filter, key);
		g_hash_table_replace(lex.contract, key, parts);
	} else {
		if (n != 1)
			goto bad;
		GHashTable *set = strcmp(file, "units.txt") == 0          ? lex.units
		                  : strcmp(file, "hyphen-prefixes.txt") == 0 ? lex.prefixes
		                  : strcmp(file, "clock-followers.txt") == 0 ? lex.clock_next
		                                                             : lex.starters;
		g_hash_table_add(set, g_ascii_strdown(f[0], -1));
	}
	return TRUE;
bad:
	g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "tokenizer/%s: bad entry '%s'", file, f[0]);
	return FALSE;
}

static gboolean
load_file(const char *file, GError **error)
{
	g_autofree char *path = g_strconcat("tokenizer/", file, NULL);
	g_autoptr(GBytes) b = tl_resource_get("common", path, error);
	if (!b)
		return FALSE;
	gsize len;
	const char *data = g_bytes_get_data(b, &len);
	g_autofree char *copy = g_strndup(data, len);
	g_auto(GStrv) lines = g_strsplit(copy, "\n", -1);
	for (char **l = lines; *l; l++) {
		char *line = g_strstrip(*l);
		if (*line == '\0' || *line == '#')
			continue;
		g_auto(GStrv) f = g_strsplit_set(line, " \t", -1);
		/* drop the empty fields that runs of blanks leave */
		guint k = 0;
		for (guint i = 0; f[i]; i++) {
			if (*f[i])
				f[k++] = f[i];
			else
				g_free(f[i]);
		}
		f[k] = NULL;
		if (!load_line(file, f, error))
			return FALSE;
	}
	return TRUE;
}

void
tl_tok_lexicon_ensure(void)
{
	static gsize once = 0;
	if (!g_once_init_enter(&once))
		return;
	static const char *files[] = {"abbreviations.txt", "sentence-starters.txt",
	                              "clock-followers.txt", "hyphen-prefixes.txt",
	                              "contractions.txt", "units.txt"};
	lex.abbrev = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	lex.starters = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	lex.clock_next = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	lex.prefixes = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	lex.units = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	lex.contract = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	for (size_t i = 0; i < G_N_ELEMENTS(files); i++) {
		GError *err = NULL;
		if (!load_file(files[i], &err)) {
			if (!lex.error)
				lex.error = err;
			else
				g_error_free(err);
		}
	}
	g_once_init_leave(&once, 1);
}

gboolean
tl_token_init(GError **error)
{
	tl_tok_lexicon_ensure();
	if (lex.error) {
		g_propagate_error(error, g_error_copy(lex.error));
		return FALSE;
	}
	return TRUE;
}

/* Copy word into buf (NUL-terminated), lower-cased when lower; FALSE if too long. */
static gboolean
copy_word(char *buf, const char *w, size_t n, gboolean lower)
{
	if (n == 0 || n >= MAX_WORD)
		return FALSE;
	for (size_t i = 0; i < n; i++)
		buf[i] = lower ? g_ascii_tolower(w[i]) : w[i];
	buf[n] = '\0';
	return TRUE;
}

static gboolean
in_set(GHashTable *set, const char *w, size_t n)
{
	char buf[MAX_WORD];
	tl_tok_lexicon_ensure();
	return copy_word(buf, w, n, TRUE) && g_hash_table_contains(set, buf);
}

gboolean
tl_tok_is_hyphen_prefix(const char *w, size_t n)
{
	return in_set(lex.prefixes, w, n);
}

gboolean
tl_tok_is_unit(const char *w, size_t n)
{
	return in_set(lex.units, w, n);
}

gboolean
tl_token_is_starter(const char *w, size_t n)
{
	return in_set(lex.starters, w, n);
}

gboolean
tl_token_follows_clock(const char *w, size_t n)
{
	return in_set(lex.clock_next, w, n);
}

gboolean
tl_tok_contraction(const char *w, size_t n, guint8 *parts, size_t max_parts)
{
	tl_tok_lexicon_ensure();
	if (!tl_tok_filter_maybe(&tl_tok_contract_filter, w, n))
		return FALSE;
	char buf[MAX_WORD];
	copy_word(buf, w, n, TRUE);
	const guint8 *p = g_hash_table_lookup(lex.contract, buf);
	if (!p)
		return FALSE;
	size_t i = 0;
	for (; p[i] && i + 1 < max_parts; i++)
		parts[i] = p[i];
	parts[i] = 0;
	return TRUE;
}

/* TRUE if w is dotted parts of one to three letters each: U.S, e.g, Ph.D. */
static gboolean
is_dotted(const char *w, size_t n)
{
	size_t run = 0, dots = 0;
	for (size_t i = 0; i < n; i++) {
		if (w[i] == '.') {
			if (run == 0)
				return FALSE;
			run = 0;
			dots++;
		} else if (g_ascii_isalpha(w[i])) {
			if (++run > 3)
				return FALSE;
		} else
			return FALSE;
	}
	return dots > 0 && run > 0;
}

TlAbbrev
tl_token_abbrev(const char *w, size_t n)
{
	char buf[MAX_WORD];
	tl_tok_lexicon_ensure();
	if (!copy_word(buf, w, n, FALSE))
		return TL_ABBR_NONE;
	gpointer v;
	if (g_hash_table_lookup_extended(lex.abbrev, buf, NULL, &v))
		return GPOINTER_TO_INT(v);
	if (g_ascii_isupper(buf[0])) {
		buf[0] = g_ascii_tolower(buf[0]);
		if (g_hash_table_lookup_extended(lex.abbrev, buf, NULL, &v))
			return GPOINTER_TO_INT(v);
	}
	if (n == 1 && g_ascii_isalpha(w[0]))
		return TL_ABBR_INITIAL;
	if (n == 1 && (guchar)w[0] >= 0x80)
		return TL_ABBR_NONE;
	return is_dotted(w, n) ? TL_ABBR_PLAIN : TL_ABBR_NONE;
}

gboolean
tl_token_elided_name(const char *word, size_t len)
{
	const guint8 *s = (const guint8 *)word, *e = s + len, *p = s;
	/* most words have no apostrophe in their first five bytes: out
	 * without a loop over letters */
	if (len < 4 || !((s[1] == '\'' || s[1] == 0xe2) || (s[2] == '\'' || s[2] == 0xe2) ||
	                 (len > 4 && (s[3] == '\'' || s[3] == 0xe2)) ||
	                 (len > 5 && (s[4] == '\'' || s[4] == 0xe2))))
		return FALSE;
	while (p < e && p - s < 5 && g_ascii_isalpha(*p))
		p++;
	if (p == s || p - s > 4 || p == e)
		return FALSE;
	if (*p == '\'')
		p++;
	else if (e - p >= 3 && p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0x99)
		p += 3;
	else
		return FALSE;
	if (e - p < 2)
		return FALSE;
	if (g_ascii_isupper(*p))
		p++;
	else if (*p >= 0xc0 && e - p >= 3 &&
	         g_unichar_isupper(g_utf8_get_char_validated((const char *)p, e - p)))
		p = (const guint8 *)g_utf8_next_char(p); /* "l'Équipe" */
	else
		return FALSE;
	return p < e && (g_ascii_islower(*p) || *p >= 0x80);
}
