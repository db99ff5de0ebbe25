/*
 * libFuzzer target: the record scanner.  Whatever the bytes, parsing never
 * crashes; what it accepts Jansson accepts as an object too, and writing it
 * out gives a line that parses again to the same bytes (a fixed point).
 */
#include <string.h>
#include "tl/record.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	GError *err = NULL;
	TlRecord *rec = tl_record_parse((const char *)data, size, &err);
	if (!rec) {
		g_assert(err != NULL);
		g_error_free(err);
		return 0;
	}
	json_error_t jerr;
	json_t *j = json_loadb((const char *)data, size, JSON_ALLOW_NUL, &jerr);
	/* Jansson refuses integers beyond 64 bits and reals beyond a double
	 * (1E999); the scanner keeps any JSON number as its text */
	g_assert(j == NULL ? strstr(jerr.text, "too big") != NULL ||
	                             strstr(jerr.text, "real number overflow") != NULL :
	                     json_is_object(j));
	json_decref(j);
	GString *out = g_string_new(NULL);
	tl_record_set(rec, "fuzz", json_integer(1));
	tl_record_write(rec, out);
	TlRecord *again = tl_record_parse(out->str, out->len - 1, NULL);
	g_assert(again != NULL);
	GString *out2 = g_string_new(NULL);
	tl_record_write(again, out2);
	g_assert(strcmp(out->str, out2->str) == 0);
	(void)tl_record_get(again, "fuzz");
	(void)tl_record_get_string(again, "text", NULL);
	tl_record_free(again);
	tl_record_free(rec);
	g_string_free(out, TRUE);
	g_string_free(out2, TRUE);
	return 0;
}
