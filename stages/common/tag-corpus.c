/*
 * Corpus reader for the trainer and the evaluation: CoNLL-U and IOB2.
 * Multi-word token lines (1-2) and empty nodes (1.1) of CoNLL-U are skipped:
 * the syntactic words are what is tagged.
 */
#include <string.h>
#include "tag-corpus.h"
#include "tl/record.h"

void
tl_sentence_free(TlSentence *s)
{
	if (!s)
		return;
	g_free(s->text);
	g_free(s->tokens);
	g_free(s->gold);
	g_strfreev(s->lemmas);
	g_strfreev(s->ner);
	g_free(s);
}

typedef struct {
	GString *text;
	GArray *tokens, *gold;
	GPtrArray *lemmas, *ner;
} Builder;

static void
builder_reset(Builder *b)
{
	g_string_truncate(b->text, 0);
	g_array_set_size(b->tokens, 0);
	g_array_set_size(b->gold, 0);
	g_ptr_array_set_size(b->lemmas, 0);
	g_ptr_array_set_size(b->ner, 0);
}

static char **
strv_of(GPtrArray *a)
{
	if (a->len == 0)
		return NULL;
	char **v = g_new(char *, a->len + 1);
	for (guint i = 0; i < a->len; i++)
		v[i] = g_strdup(a->pdata[i]);
	v[a->len] = NULL;
	return v;
}

static void
builder_flush(Builder *b, GPtrArray *out)
{
	if (b->tokens->len == 0)
		return;
	TlSentence *s = g_new0(TlSentence, 1);
	s->n = b->tokens->len;
	s->text = g_strndup(b->text->str, b->text->len);
	s->tokens = g_memdup2(b->tokens->data, sizeof(TlToken) * s->n);
	if (b->gold->len == s->n)
		s->gold = g_memdup2(b->gold->data, sizeof(TlPos) * s->n);
	s->lemmas = strv_of(b->lemmas);
	s->ner = strv_of(b->ner);
	g_ptr_array_add(out, s);
	builder_reset(b);
}

static void
add_word(Builder *b, const char *form)
{
	if (b->text->len)
		g_string_append_c(b->text, ' ');
	TlToken t = {(guint32)b->text->len, 0, TL_TOK_WORD, TL_TOKF_SPACE_BEFORE};
	g_string_append(b->text, form);
	t.end = (guint32)b->text->len;
	g_array_append_val(b->tokens, t);
}

GPtrArray *
tl_corpus_read(const char *path, GError **error)
{
	g_autofree char *data = NULL;
	size_t len = 0;
	if (!tl_read_file(path, 0, &data, &len, error))
		return NULL;
	gboolean conllu = g_str_has_suffix(path, ".conllu");
	g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func((GDestroyNotify)tl_sentence_free);
	Builder b = {g_string_new(NULL), g_array_new(FALSE, FALSE, sizeof(TlToken)),
	             g_array_new(FALSE, FALSE, sizeof(TlPos)),
	             g_ptr_array_new_with_free_func(g_free), g_ptr_array_new_with_free_func(g_free)};
	guint lineno = 0;
	gboolean ok = TRUE;
	/* every line counted, blank ones too: strtok_r passed over them, so a
	 * bad line was reported "near line" its number less the blank lines
	 * before it (153 for 159); a sentence ends at the next "1\t" */
	for (char *line = data, *next; line && *line; line = next) {
		char *nl = strchr(line, '\n');
		next = nl ? nl + 1 : NULL;
		if (nl)
			*nl = '\0';
		lineno++;
		g_strchomp(line);
		if (line[0] == '#' || line[0] == '\0')
			continue;
		g_auto(GStrv) f = g_strsplit(line, "\t", 0);
		guint nf = g_strv_length(f);
		if (nf < 3)
			continue;
		if (strcmp(f[0], "1") == 0)
			builder_flush(&b, out);
		if (strchr(f[0], '-') || strchr(f[0], '.'))
			continue;
		if (conllu) {
			int u = nf >= 5 ? tl_upos_from_name(f[3]) : -1;
			int x = nf >= 5 ? tl_xpos_from_name(f[4]) : -1;
			if (u < 0 || x < 0) {
				g_set_error(error, TL_ERROR, TL_ERROR_FORMAT,
				            "%s:%u: bad tags (UPOS '%s', XPOS '%s')", path, lineno,
				            nf >= 5 ? f[3] : "", nf >= 5 ? f[4] : "");
				ok = FALSE;
				break;
			}
			add_word(&b, f[1]);
			TlPos p = {(guint8)u, (guint8)x};
			g_array_append_val(b.gold, p);
			g_ptr_array_add(b.lemmas, g_strdup(f[2]));
		} else {
			add_word(&b, f[1]);
			g_ptr_array_add(b.ner, g_strdup(f[2]));
		}
	}
	if (ok)
		builder_flush(&b, out);
	g_string_free(b.text, TRUE);
	g_array_free(b.tokens, TRUE);
	g_array_free(b.gold, TRUE);
	g_ptr_array_free(b.lemmas, TRUE);
	g_ptr_array_free(b.ner, TRUE);
	return ok ? g_steal_pointer(&out) : NULL;
}
