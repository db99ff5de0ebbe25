/* Helpers of the tl-events suites: the stage run on a sentence, and its
 * events looked up by trigger. */
#ifndef TL_TEST_EVENTS_H
#define TL_TEST_EVENTS_H

#include <stdio.h>
#include <string.h>
#include <jansson.h>
#include "../stages/events/events.h"
#include "tl_test.h"

/* Run the stage on text with timexes "start:end:type:value" separated by ';'
 * (a value may end in "@range0,range1", the range tl-dates gives it). */
static inline json_t *
annotate(const char *text, const char *timexes, const char *dct)
{
	g_autoptr(GArray) tx = g_array_new(FALSE, TRUE, sizeof(TlEvTimex));
	g_auto(GStrv) parts = g_strsplit(timexes ? timexes : "", ";", -1);
	static char ids[16][8];
	static char vals[16][64], types[16][16];
	for (guint k = 0; parts[k] && *parts[k] && k < 16; k++) {
		TlEvTimex x = {0};
		unsigned a, b;
		ck_assert_int_eq(sscanf(parts[k], "%u:%u:%15[^:]:%63s", &a, &b, types[k], vals[k]), 4);
		char *at = strchr(vals[k], '@'), *comma = at ? strchr(at, ',') : NULL;
		if (comma) {
			*at = *comma = '\0';
			x.range0 = at + 1;
			x.range1 = comma + 1;
		}
		snprintf(ids[k], sizeof ids[k], "t%u", k + 1);
		x.start = a;
		x.end = b;
		x.type = types[k];
		x.value = vals[k];
		x.id = ids[k];
		g_array_append_val(tx, x);
	}
	g_autoptr(GError) err = NULL;
	json_t *evs = tl_events_annotate(text, strlen(text), NULL, 0, (const TlEvTimex *)tx->data,
	                                 tx->len, dct, &err);
	ck_assert_msg(evs != NULL, "%s", err ? err->message : "");
	return evs;
}

static inline const json_t *
find_event(const json_t *evs, const char *trigger)
{
	size_t i;
	const json_t *e;
	json_array_foreach(evs, i, e) {
		const char *t = json_string_value(json_object_get(json_object_get(e, "trigger"), "text"));
		if (t && strcmp(t, trigger) == 0)
			return e;
	}
	return NULL;
}

static inline const char *
str(const json_t *e, const char *key)
{
	const char *s = json_string_value(json_object_get(e, key));
	return s ? s : "(null)";
}

#endif
