/*
 * libFuzzer target: tl-dates on arbitrary text (its library entry point,
 * tl_dates_annotate), as a record would give it: valid UTF-8 without NUL.
 * The first byte picks the options (DCT given or inferred, news/narrative/
 * auto, mdy/dmy), so every path of the resolver is reached.  Every timex
 * must keep docs/DATES.md's promises: its span on characters inside the
 * text, its "text" those bytes, a known type, a value, a range of two
 * ordered strings or null, a granularity when there is a range.
 */
#include <string.h>
#include "../stages/dates/dates.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static const char *const types[] = {"DATE", "TIME", "DURATION", "SET", NULL};

static gboolean
in_list(const char *s, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(s, *list) == 0)
			return TRUE;
	return FALSE;
}

static void
check_timex(json_t *t, const char *text, size_t len)
{
	g_assert(json_is_object(t));
	json_int_t s = json_integer_value(json_object_get(t, "start"));
	json_int_t e = json_integer_value(json_object_get(t, "end"));
	g_assert(0 <= s && s < e && (size_t)e <= len);
	g_assert(((unsigned char)text[s] & 0xC0) != 0x80);
	g_assert((size_t)e == len || ((unsigned char)text[e] & 0xC0) != 0x80);
	const char *tt = json_string_value(json_object_get(t, "text"));
	g_assert(tt && strlen(tt) == (size_t)(e - s) && memcmp(tt, text + s, (size_t)(e - s)) == 0);
	const char *type = json_string_value(json_object_get(t, "type"));
	g_assert(type && in_list(type, types));
	const char *value = json_string_value(json_object_get(t, "value"));
	g_assert(value && value[0] && g_utf8_validate(value, -1, NULL));
	g_assert(json_string_value(json_object_get(t, "id")) != NULL);
	json_t *range = json_object_get(t, "range");
	if (range && !json_is_null(range)) {
		const char *r0 = json_string_value(json_array_get(range, 0));
		const char *r1 = json_string_value(json_array_get(range, 1));
		g_assert(json_array_size(range) == 2 && r0 && r1);
		/* ISO dates compare as strings, but for BC years (a leading '-')
		 * and the year 10000 (the end of 9999's range) */
		if (r0[0] != '-' && r1[0] != '-' && strlen(r0) == strlen(r1))
			g_assert(strcmp(r0, r1) < 0);
		g_assert(json_string_value(json_object_get(t, "granularity")) != NULL);
	}
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static TlDates *dates;
	if (!dates) {
		GError *err = NULL;
		dates = tl_dates_new("en", &err);
		g_assert_no_error(err);
	}
	if (size == 0)
		return 0;
	unsigned char how = data[0];
	const char *text = (const char *)data + 1;
	size_t len = size - 1;
	/* a record's text: valid UTF-8, no NUL (the record scanner refuses \u0000) */
	if (!g_utf8_validate(text, (gssize)len, NULL) || memchr(text, '\0', len))
		return 0;
	char *copy = g_strndup(text, len); /* NUL-terminated, as a record gives it */
	static const char *const dcts[] = {NULL, "2024-04-27", "1999-12-31T23:59", "0001-01-01"};
	TlDOptions opt = {
	        .mode = (TlDMode)(how % 3),
	        .order = (how >> 2) & 1 ? TL_DORDER_DMY : TL_DORDER_MDY,
	        .dct = NULL,
	};
	const char *dct = dcts[(how >> 3) & 3];
	char *inferred = NULL;
	json_t *tx = tl_dates_annotate(dates, copy, len, dct, &opt, &inferred);
	g_assert(json_is_array(tx));
	size_t i;
	json_t *t;
	json_int_t last = -1;
	json_array_foreach(tx, i, t) {
		check_timex(t, copy, len);
		/* in text order */
		json_int_t s = json_integer_value(json_object_get(t, "start"));
		g_assert(s >= last);
		last = s;
	}
	/* an inferred DCT may be a year only ("2024": DATES.md, "No DCT") */
	if (inferred)
		g_assert(dct == NULL && strlen(inferred) >= 4 && g_ascii_isdigit(inferred[0]));
	g_free(inferred);
	json_decref(tx);
	g_free(copy);
	return 0;
}
