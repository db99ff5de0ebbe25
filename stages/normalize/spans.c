/*
 * The sentences and paragraphs of a record's text as [start, end] byte
 * ranges, from the kit's tokenizer and splitters (include/tl/token.h),
 * written as JSON text to be spliced at the end of the record: for news
 * records, building them as jansson values took a fifth of the run.
 */
#include "normalize.h"
#include "tl/token.h"

/* Append n in decimal (faster than printf, which dominated the profile). */
static void
append_uint(GString *out, guint32 n)
{
	char buf[12];
	int i = sizeof buf;
	do
		buf[--i] = (char)('0' + n % 10);
	while ((n /= 10) > 0);
	g_string_append_len(out, buf + i, (gssize)(sizeof buf - i));
}

static void
append_spans(GString *out, const char *key, const GArray *spans)
{
	g_string_append_c(out, '"');
	g_string_append(out, key);
	g_string_append(out, "\":[");
	for (guint i = 0; i < spans->len; i++) {
		const TlSpan *sp = &g_array_index(spans, TlSpan, i);
		g_string_append(out, i ? ",[" : "[");
		append_uint(out, sp->start);
		g_string_append_c(out, ',');
		append_uint(out, sp->end);
		g_string_append_c(out, ']');
	}
	g_string_append_c(out, ']');
}

void
tl_doc_spans_json(const char *text, size_t len, GString *out)
{
	/* reused from call to call: a stage handles one record at a time */
	static GArray *tokens, *sentences, *paragraphs;
	if (!tokens) {
		tokens = g_array_sized_new(FALSE, FALSE, sizeof(TlToken), 4096);
		sentences = g_array_sized_new(FALSE, FALSE, sizeof(TlSpan), 256);
		paragraphs = g_array_sized_new(FALSE, FALSE, sizeof(TlSpan), 64);
	}
	g_array_set_size(tokens, 0);
	g_array_set_size(sentences, 0);
	g_array_set_size(paragraphs, 0);
	if (len <= G_MAXUINT32) {
		tl_tokenize(text, len, tokens);
		/* nothing comes before the first token: no line break "before" it
		 * (the splitter at d728e90 reads tokens[-1] when it has one) */
		if (tokens->len > 0)
			g_array_index(tokens, TlToken, 0).flags &=
			        (guint8) ~(TL_TOKF_NEWLINE_BEFORE | TL_TOKF_PARA_BEFORE);
		tl_split_sentences(text, len, (const TlToken *)(void *)tokens->data, tokens->len,
		                   sentences);
		tl_split_paragraphs(text, len, paragraphs);
	}
	append_spans(out, "sentences", sentences);
	g_string_append_c(out, ',');
	append_spans(out, "paragraphs", paragraphs);
	/* do not keep the memory of one huge document for the rest of the run */
	if (tokens->len > (1u << 20)) {
		g_array_free(tokens, TRUE);
		tokens = NULL;
		g_array_free(sentences, TRUE);
		g_array_free(paragraphs, TRUE);
	}
}
