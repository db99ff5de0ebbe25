/*
 * The sentences and paragraphs of a record's text as [start, end] byte
 * ranges, from the kit's tokenizer and splitters (include/tl/token.h).
 */
#include "normalize.h"
#include "tl/token.h"

static json_t *
span_array(const GArray *spans)
{
	json_t *a = json_array();
	for (guint i = 0; i < spans->len; i++) {
		const TlSpan *s = &g_array_index(spans, TlSpan, i);
		json_t *pair = json_array();
		json_array_append_new(pair, json_integer(s->start));
		json_array_append_new(pair, json_integer(s->end));
		json_array_append_new(a, pair);
	}
	return a;
}

void
tl_doc_set_spans(TlRecord *rec, const char *text, size_t len)
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
		tl_split_sentences(text, len, (const TlToken *)(void *)tokens->data, tokens->len,
		                   sentences);
		tl_split_paragraphs(text, len, paragraphs);
	}
	tl_record_set(rec, "sentences", span_array(sentences));
	tl_record_set(rec, "paragraphs", span_array(paragraphs));
	/* do not keep the memory of one huge document for the rest of the run */
	if (tokens->len > (1u << 20)) {
		g_array_free(tokens, TRUE);
		tokens = NULL;
		g_array_free(sentences, TRUE);
		g_array_free(paragraphs, TRUE);
	}
}
