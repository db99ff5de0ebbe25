/*
 * libFuzzer target: tl-normalize completing an arbitrary JSON Lines record
 * (its jsonl input path).  Bytes the record scanner accepts are completed in
 * place or refused with a message (no "text" string); a completed record
 * written out keeps docs/FORMAT.md's promises (fuzz_doc.h) and every member
 * the input had.
 */
#include "fuzz_doc.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	/* a line, as the reader gives it: up to the first LF */
	const unsigned char *nl = memchr(data, '\n', size);
	if (nl)
		size = (size_t)(nl - data);
	TlRecord *rec = tl_record_parse((const char *)data, size, NULL);
	if (!rec)
		return 0;
	gboolean had_id = tl_record_has(rec, "id");
	GPtrArray *warnings = g_ptr_array_new_with_free_func(g_free);
	GError *err = NULL;
	const char *dct = size > 0 && data[0] == '{' && (size & 1) ? "2024-04-27" : NULL;
	if (tl_doc_complete_record(rec, had_id ? NULL : "fuzz-1", "fuzz.jsonl", dct, warnings,
	                           &err)) {
		g_assert_no_error(err);
		size_t len = 0;
		const char *text = tl_record_get_string(rec, "text", &len);
		g_assert(text != NULL);
		GString *out = g_string_new(NULL);
		tl_doc_write(rec, text, len, out);
		fuzz_check_line(out);
		g_string_free(out, TRUE);
	} else {
		g_assert(err != NULL && err->message[0] != '\0');
		g_error_free(err);
	}
	for (guint i = 0; i < warnings->len; i++)
		g_assert(g_utf8_validate(g_ptr_array_index(warnings, i), -1, NULL));
	g_ptr_array_free(warnings, TRUE);
	tl_record_free(rec);
	return 0;
}
