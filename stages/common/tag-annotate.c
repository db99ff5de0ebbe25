/*
 * The language layer over a whole document, for tl-tag and tl-events:
 * tokenize, split sentences (or take the record's), tag, lemmatize and find
 * names (everywhere, or only where a name may be), then print CoNLL-U or
 * build the record's layers.  The workspace's arrays are reused from one
 * document to the next.
 */
#include <string.h>
#include "tag-annotate.h"

gboolean
tl_annot_init(TlAnnot *a, GError **error)
{
	memset(a, 0, sizeof *a);
	if (!tl_token_init(error))
		return FALSE;
	a->tagger = tl_tagger_default(error);
	if (!a->tagger)
		return FALSE;
	a->lemmatizer = tl_lemmatizer_default(error);
	if (!a->lemmatizer)
		return FALSE;
	a->names = tl_names_default(error);
	if (!a->names)
		return FALSE;
	a->tokens = g_array_new(FALSE, FALSE, sizeof(TlToken));
	a->sentences = g_array_new(FALSE, FALSE, sizeof(TlSpan));
	a->sent_of = g_array_new(FALSE, FALSE, sizeof(guint32));
	a->pos = g_array_new(FALSE, FALSE, sizeof(TlPos));
	a->pos_first = g_array_new(FALSE, FALSE, sizeof(TlPos));
	a->lemma_off = g_array_new(FALSE, FALSE, sizeof(guint32));
	a->lemmas = g_string_new(NULL);
	a->entities = g_array_new(FALSE, FALSE, sizeof(TlEntity));
	return TRUE;
}

void
tl_annot_clear(TlAnnot *a)
{
	if (!a->tokens)
		return;
	g_array_free(a->tokens, TRUE);
	g_array_free(a->sentences, TRUE);
	g_array_free(a->sent_of, TRUE);
	g_array_free(a->pos, TRUE);
	g_array_free(a->pos_first, TRUE);
	g_array_free(a->lemma_off, TRUE);
	g_string_free(a->lemmas, TRUE);
	g_array_free(a->entities, TRUE);
	memset(a, 0, sizeof *a);
}

/* A sentence with no capitalised word after its first, which is no proper
 * noun either, holds no name. */
static gboolean
may_hold_names(const TlToken *tok, const TlPos *pos, size_t first, size_t last)
{
	if (pos[first].upos == TL_UPOS_PROPN)
		return TRUE;
	for (size_t i = first + 1; i < last; i++)
		if (tok[i].flags & (TL_TOKF_CAP | TL_TOKF_ALLCAPS))
			return TRUE;
	return FALSE;
}

/* Room in the (empty) arrays for a text of len bytes, so that a new
 * workspace (tl-events makes one per document) does not grow them a step
 * at a time: news runs to about one token in five or six bytes. */
static void
reserve(TlAnnot *a, size_t len)
{
	guint est = (guint)MIN(len / 4 + 16, (size_t)G_MAXUINT / 2);
	if (a->tokens->len == 0) {
		g_array_set_size(a->tokens, est);
		g_array_set_size(a->tokens, 0);
	}
	if (a->lemmas->allocated_len < len + 16)
		g_string_set_size(a->lemmas, len + 16);
	g_string_truncate(a->lemmas, 0);
}

void
tl_annot_run(TlAnnot *a, const char *text, size_t len, const TlSpan *sentences,
             size_t n_sentences)
{
	tl_annot_run_with(a, text, len, sentences, n_sentences, TL_ANNOT_NAMES_ALL);
}

void
tl_annot_run_with(TlAnnot *a, const char *text, size_t len, const TlSpan *sentences,
                  size_t n_sentences, TlAnnotNames names)
{
	a->text = text;
	a->len = len;
	g_array_set_size(a->tokens, 0);
	g_array_set_size(a->sentences, 0);
	g_array_set_size(a->sent_of, 0);
	g_array_set_size(a->entities, 0);
	g_array_set_size(a->lemma_off, 0);
	g_string_truncate(a->lemmas, 0);
	reserve(a, len);
	tl_tokenize(text, len, a->tokens);
	const TlToken *tok = (const TlToken *)a->tokens->data;
	size_t n = a->tokens->len;
	if (sentences && n_sentences)
		g_array_append_vals(a->sentences, sentences, (guint)n_sentences);
	else
		tl_split_sentences(text, len, tok, n, a->sentences);
	g_array_set_size(a->pos, (guint)n);
	TlPos *pos = (TlPos *)a->pos->data;
	/* the name chunker reads the first pass's tags (tl_tagger_tag_passes) */
	TlPos *npos = pos;
	if (tl_tagger_has_second_pass(a->tagger)) {
		g_array_set_size(a->pos_first, (guint)n);
		npos = (TlPos *)a->pos_first->data;
	}
	size_t t = 0;
	const TlSpan *sp = (const TlSpan *)a->sentences->data;
	for (guint s = 0; s <= a->sentences->len; s++) {
		size_t first = t;
		if (s < a->sentences->len)
			while (t < n && tok[t].start < sp[s].end)
				t++;
		else
			t = n;
		if (t == first)
			continue;
		guint32 f32 = (guint32)first;
		g_array_append_val(a->sent_of, f32);
		tl_tagger_tag_passes(a->tagger, text, tok + first, t - first, pos + first,
		                     npos != pos ? npos + first : NULL);
		if (names == TL_ANNOT_NAMES_CAPITALISED && !may_hold_names(tok, npos, first, t))
			continue;
		size_t base = a->entities->len;
		g_array_set_size(a->entities, (guint)(base + (t - first)));
		TlEntity *ents = &g_array_index(a->entities, TlEntity, base);
		size_t ne = tl_names_find(a->names, text, tok + first, npos + first, t - first, ents);
		for (size_t e = 0; e < ne; e++) {
			ents[e].first += (guint32)first;
			ents[e].last += (guint32)first;
		}
		g_array_set_size(a->entities, (guint)(base + ne));
	}
	guint32 end = (guint32)n;
	g_array_append_val(a->sent_of, end);
	guint ne = a->entities->len;
	g_array_set_size(a->entities, (guint)MAX(n, ne));
	ne = (guint)tl_names_unify(text, tok, npos, n, (TlEntity *)a->entities->data, ne);
	g_array_set_size(a->entities, ne);
	g_array_set_size(a->lemma_off, (guint)n + 1);
	guint32 *lo = (guint32 *)a->lemma_off->data;
	tl_lemmatize_tokens(a->lemmatizer, text, tok, pos, n, a->lemmas, lo);
}

void
tl_annot_append_clean(GString *out, const char *s, size_t n)
{
	/* CoNLL-U fields and comments hold no tabs or line breaks, nor the
	 * other controls that line readers take for one (VT, FF, FS, GS, RS),
	 * nor Unicode's line ends NEL, U+2028 and U+2029 (Python's splitlines
	 * took "# newdoc id = a\u2028b" for two lines, the second no comment) */
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0x85) {
			g_string_append_c(out, ' ');
			i++;
		} else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		           ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
			g_string_append_c(out, ' ');
			i += 2;
		} else
			g_string_append_c(out, c < 0x20 || c == 0x7F ? ' ' : (char)c);
	}
}
#define append_clean tl_annot_append_clean

void
tl_annot_conllu(const TlAnnot *a, const char *doc_id, GString *out)
{
	const TlToken *tok = (const TlToken *)a->tokens->data;
	const TlPos *pos = (const TlPos *)a->pos->data;
	const guint32 *so = (const guint32 *)a->sent_of->data;
	const guint32 *lo = (const guint32 *)a->lemma_off->data;
	const TlEntity *ents = (const TlEntity *)a->entities->data;
	guint ne = a->entities->len, e = 0;
	for (guint s = 0; s + 1 < a->sent_of->len; s++) {
		size_t first = so[s], last = so[s + 1];
		g_string_append(out, "# sent_id = ");
		append_clean(out, doc_id, strlen(doc_id));
		g_string_append_printf(out, "-%u\n# text = ", s + 1);
		append_clean(out, a->text + tok[first].start, tok[last - 1].end - tok[first].start);
		g_string_append_c(out, '\n');
		for (size_t i = first; i < last; i++) {
			g_string_append_printf(out, "%zu\t", i - first + 1);
			append_clean(out, a->text + tok[i].start, tok[i].end - tok[i].start);
			g_string_append_c(out, '\t');
			append_clean(out, a->lemmas->str + lo[i], lo[i + 1] - lo[i]);
			g_string_append_printf(out, "\t%s\t%s\t_\t_\t_\t_\t", tl_upos_name(pos[i].upos),
			                       tl_xpos_name(pos[i].xpos));
			while (e < ne && ents[e].last <= i)
				e++;
			GString *misc = g_string_new(NULL);
			if (e < ne && ents[e].first <= i) {
				g_string_append_printf(misc, "Entity=%s-%s", i == ents[e].first ? "B" : "I",
				                       tl_entity_type_name(ents[e].type));
				if (i == ents[e].first && ents[e].role_end > ents[e].role_start) {
					g_string_append(misc, "|Role=");
					for (guint32 k = ents[e].role_start; k < ents[e].role_end; k++) {
						char c = a->text[k];
						g_string_append_c(misc, c == ' ' || c == '\t' || c == '\n' ? '_' : c == '|' ? '/' : c);
					}
				}
			}
			if (i + 1 < last && tok[i + 1].start == tok[i].end)
				g_string_append_printf(misc, "%sSpaceAfter=No", misc->len ? "|" : "");
			g_string_append(out, misc->len ? misc->str : "_");
			g_string_free(misc, TRUE);
			g_string_append_c(out, '\n');
		}
		g_string_append_c(out, '\n');
	}
}

/* Bytes of eight each: */
#define ONES G_GUINT64_CONSTANT(0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT(0x8080808080808080)

/* Does one of the 8 bytes of v need an escape in a JSON string (below 0x20,
 * '"' or '\\')?  Exact as a whole, whichever byte it is (the bit tricks of
 * "Bit Twiddling Hacks": a zero byte, a byte below n <= 128). */
static inline gboolean
escape_in(guint64 v)
{
	guint64 q = v ^ (ONES * '"'), b = v ^ (ONES * '\\');
	return ((((v - ONES * 0x20) & ~v) | ((q - ONES) & ~q) | ((b - ONES) & ~b)) & HIGHS) != 0;
}

void
tl_annot_json_string(GString *out, const char *s, size_t len)
{
	static const char hex[] = "0123456789ABCDEF";
	tl_annot_put_c(out, '"');
	size_t run = 0; /* bytes that need no escape, appended in one go */
	for (size_t i = 0; i < len; i++) {
		/* eight bytes at a time while none needs an escape */
		guint64 v;
		while (i + 8 <= len && (memcpy(&v, s + i, 8), !escape_in(v)))
			i += 8;
		if (i == len)
			break;
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		tl_annot_put(out, s + run, i - run);
		run = i + 1;
		tl_annot_put_c(out, '\\');
		switch (c) {
		case '"': tl_annot_put_c(out, '"'); break;
		case '\\': tl_annot_put_c(out, '\\'); break;
		case '\b': tl_annot_put_c(out, 'b'); break;
		case '\f': tl_annot_put_c(out, 'f'); break;
		case '\n': tl_annot_put_c(out, 'n'); break;
		case '\r': tl_annot_put_c(out, 'r'); break;
		case '\t': tl_annot_put_c(out, 't'); break;
		default:
			tl_annot_put(out, "u00", 3);
			tl_annot_put_c(out, hex[c >> 4]);
			tl_annot_put_c(out, hex[c & 15]);
		}
	}
	tl_annot_put(out, s + run, len - run);
	tl_annot_put_c(out, '"');
}

void
tl_annot_json_uint(GString *out, guint64 v)
{
	char buf[24];
	size_t i = sizeof buf;
	do {
		buf[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	tl_annot_put(out, buf + i, sizeof buf - i);
}

#define FLUSH_AT (64 * 1024)

/* Write out to fp and empty it once it is big enough (fp NULL: keep all). */
static gboolean
maybe_flush(GString *out, FILE *fp, size_t at)
{
	if (!fp || out->len < at)
		return TRUE;
	gboolean ok = fwrite(out->str, 1, out->len, fp) == out->len;
	g_string_truncate(out, 0);
	return ok;
}

/* A literal, and its length. */
#define PUT(out, lit) tl_annot_put(out, lit, sizeof lit - 1)

gboolean
tl_annot_tokens_raw(const TlAnnot *a, GString *out, FILE *fp)
{
	const TlToken *tok = (const TlToken *)a->tokens->data;
	const TlPos *pos = (const TlPos *)a->pos->data;
	const guint32 *lo = (const guint32 *)a->lemma_off->data;
	tl_annot_put_c(out, '[');
	for (guint i = 0; i < a->tokens->len; i++) {
		if (i > 0)
			tl_annot_put_c(out, ',');
		tl_annot_put_c(out, '[');
		tl_annot_json_uint(out, tok[i].start);
		tl_annot_put_c(out, ',');
		tl_annot_json_uint(out, tok[i].end);
		tl_annot_put_c(out, ',');
		const char *u = tl_upos_name(pos[i].upos), *x = tl_xpos_name(pos[i].xpos);
		tl_annot_json_string(out, u, strlen(u));
		tl_annot_put_c(out, ',');
		tl_annot_json_string(out, x, strlen(x));
		tl_annot_put_c(out, ',');
		tl_annot_json_string(out, a->lemmas->str + lo[i], lo[i + 1] - lo[i]);
		tl_annot_put_c(out, ']');
		if (!maybe_flush(out, fp, FLUSH_AT))
			return FALSE;
	}
	tl_annot_put_c(out, ']');
	return TRUE;
}

void
tl_annot_entity_open(GString *out, const char *text, const TlEntity *e)
{
	PUT(out, "{\"text\":");
	tl_annot_json_string(out, text + e->start, e->end - e->start);
	PUT(out, ",\"type\":");
	const char *type = tl_entity_type_name(e->type);
	tl_annot_json_string(out, type, strlen(type));
	PUT(out, ",\"start\":");
	tl_annot_json_uint(out, e->start);
	PUT(out, ",\"end\":");
	tl_annot_json_uint(out, e->end);
}

gboolean
tl_annot_entities_raw(const TlAnnot *a, GString *out, FILE *fp)
{
	tl_annot_put_c(out, '[');
	for (guint i = 0; i < a->entities->len; i++) {
		const TlEntity *e = &g_array_index(a->entities, TlEntity, i);
		if (i > 0)
			tl_annot_put_c(out, ',');
		tl_annot_entity_open(out, a->text, e);
		if (e->role_end > e->role_start) {
			PUT(out, ",\"role\":");
			tl_annot_json_string(out, a->text + e->role_start, e->role_end - e->role_start);
			PUT(out, ",\"role_start\":");
			tl_annot_json_uint(out, e->role_start);
			PUT(out, ",\"role_end\":");
			tl_annot_json_uint(out, e->role_end);
		}
		tl_annot_put_c(out, '}');
		if (!maybe_flush(out, fp, FLUSH_AT))
			return FALSE;
	}
	tl_annot_put_c(out, ']');
	return TRUE;
}
