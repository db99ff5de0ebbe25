/*
 * Checks shared by the tl-normalize fuzz targets: what docs/FORMAT.md
 * promises of a document record, asserted on whatever a reader made of
 * arbitrary bytes.  A broken promise aborts, which libFuzzer reports as a
 * crash with the input that caused it.
 */
#ifndef TL_FUZZ_DOC_H
#define TL_FUZZ_DOC_H

#include <string.h>
#include "../stages/normalize/normalize.h"
#include "tl/utf8.h"

/* Set by the TimeML target (its DCT is kept as written). */
static gboolean fuzz_timeml;

/* Record text: valid UTF-8, no NUL, no control character but LF and TAB. */
static inline void
fuzz_check_text(const char *text, size_t len)
{
	g_assert(text != NULL);
	g_assert(strlen(text) == len);
	g_assert(g_utf8_validate(text, (gssize)len, NULL));
	for (const char *p = text; p < text + len; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		g_assert(c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7F &&
		                                     !(c >= 0x80 && c < 0xA0)));
	}
}

/* "sentences" or "paragraphs": ascending, disjoint, in the text, on characters. */
static inline void
fuzz_check_spans(json_t *spans, const char *text, size_t len)
{
	g_assert(json_is_array(spans));
	json_int_t last = 0;
	for (size_t i = 0; i < json_array_size(spans); i++) {
		json_t *sp = json_array_get(spans, i);
		g_assert(json_is_array(sp) && json_array_size(sp) == 2);
		json_int_t s = json_integer_value(json_array_get(sp, 0));
		json_int_t e = json_integer_value(json_array_get(sp, 1));
		g_assert(last <= s && s < e && (size_t)e <= len);
		g_assert(((unsigned char)text[s] & 0xC0) != 0x80);
		g_assert((size_t)e == len || ((unsigned char)text[e] & 0xC0) != 0x80);
		last = e;
	}
}

/* A written record line: one line, parses again, spans valid against its text. */
static inline void
fuzz_check_line(const GString *out)
{
	g_assert(out->len >= 3 && out->str[out->len - 1] == '\n');
	g_assert(memchr(out->str, '\n', out->len - 1) == NULL);
	GError *err = NULL;
	TlRecord *rec = tl_record_parse(out->str, out->len - 1, &err);
	g_assert_no_error(err);
	size_t len = 0;
	const char *text = tl_record_get_string(rec, "text", &len);
	g_assert(text != NULL);
	fuzz_check_text(text, len);
	fuzz_check_spans(tl_record_get(rec, "sentences"), text, len);
	fuzz_check_spans(tl_record_get(rec, "paragraphs"), text, len);
	g_assert(tl_record_has(rec, "id"));
	tl_record_free(rec);
}

/* What a reader returned: its text, title and dct as promised, and the record. */
static inline void
fuzz_check_doc(const TlDoc *doc)
{
	fuzz_check_text(doc->text, doc->text_len);
	g_assert(doc->dct_source != NULL);
	if (doc->title) {
		/* one line of text: no control character, C1 ones included */
		g_assert(g_utf8_validate(doc->title, -1, NULL));
		for (const char *p = doc->title; *p; p = g_utf8_next_char(p)) {
			gunichar c = g_utf8_get_char(p);
			g_assert(c == '\t' || (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0)));
		}
	}
	if (doc->url)
		g_assert(g_utf8_validate(doc->url, -1, NULL));
	if (doc->dct) {
		/* the dct form; a real calendar date but for TimeML, whose
		 * CREATION_TIME is cut as TempEval's tools cut it (1998-02-30 kept) */
		const char *d = doc->dct;
		size_t n = strlen(d);
		g_assert(n == 10 || n == 16);
		for (size_t i = 0; i < n; i++)
			g_assert(i == 4 || i == 7 ? d[i] == '-' : i == 10 ? d[i] == 'T' :
			         i == 13 ? d[i] == ':' : g_ascii_isdigit(d[i]));
		if (strcmp(doc->dct_source, "meta") != 0 || !fuzz_timeml) {
			char *again = tl_dct_parse(d, TRUE);
			g_assert(again != NULL && strcmp(again, d) == 0);
			g_free(again);
		}
	}
	for (guint i = 0; i < doc->warnings->len; i++)
		g_assert(g_utf8_validate(g_ptr_array_index(doc->warnings, i), -1, NULL));
	TlRecord *rec = tl_doc_to_record(doc, "fuzz", "fuzz.in");
	GString *out = g_string_new(NULL);
	tl_doc_write(rec, doc->text, doc->text_len, out);
	fuzz_check_line(out);
	g_string_free(out, TRUE);
	tl_record_free(rec);
}

/*
 * Read data with a tl-normalize reader, strictly and then lossily: a reader
 * fails only with an error set; lossy reading of text never fails.
 */
typedef TlDoc *(*FuzzReadFunc)(const char *buf, size_t len, const TlNormOpts *opts,
                               GError **error);

static inline void
fuzz_read_doc(FuzzReadFunc read, const unsigned char *data, size_t size, gboolean lossy_succeeds)
{
	for (int lossy = 0; lossy <= 1; lossy++) {
		TlNormOpts opts = {.lossy = lossy};
		GError *err = NULL;
		TlDoc *doc = read((const char *)data, size, &opts, &err);
		if (!doc) {
			g_assert(err != NULL && err->message[0] != '\0');
			/* lossy reading refuses UTF-16 and UTF-32 only (a byte
			 * order mark, perhaps after a UTF-8 one) */
			g_assert(!(lossy && lossy_succeeds) ||
			         tl_utf_bom_name((const char *)data, size) ||
			         (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 &&
			          tl_utf_bom_name((const char *)data + 3, size - 3)));
			g_error_free(err);
			continue;
		}
		g_assert(err == NULL);
		fuzz_check_doc(doc);
		tl_doc_free(doc);
		if (!lossy)
			break; /* strict reading succeeded: lossy would read the same */
	}
}

#endif
