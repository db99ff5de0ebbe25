/*
 * libFuzzer target: tl-merge on arbitrary records and timelines.  Every
 * line of the input that parses as a record is added (a record with
 * "entries" as a timeline, as tl-merge's main does); bad ones are refused
 * with a message.  The timeline written must be one JSON object whose
 * entries are in order (by range start, the coarser first), and merging it
 * again alone must give the same bytes (merging is associative: a timeline
 * is its own merge).
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include "../stages/merge/merge.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

/* Write m's timeline into a new string; NULL when writing failed. */
static char *
write_timeline(TlMerge *m, size_t *len)
{
	char *buf = NULL;
	FILE *fp = open_memstream(&buf, len);
	g_assert(fp != NULL);
	TlMergeOptions opt = {0};
	GError *err = NULL;
	gboolean ok = tl_merge_write(m, &opt, fp, &err);
	fclose(fp);
	g_assert_no_error(err);
	g_assert(ok);
	return buf;
}

static void
check_order(json_t *tl)
{
	json_t *entries = json_object_get(tl, "entries");
	g_assert(json_is_array(entries));
	const char *last = NULL;
	size_t i;
	json_t *e;
	json_array_foreach(entries, i, e) {
		json_t *range = json_object_get(json_object_get(e, "date"), "range");
		const char *start = json_string_value(json_array_get(range, 0));
		if (!start)
			continue;
		/* ISO dates of four-digit years sort as strings */
		if (last && strlen(last) == strlen(start) && start[0] != '-' && last[0] != '-')
			g_assert(strcmp(last, start) <= 0);
		last = start;
	}
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	GError *err = NULL;
	TlMerge *m = tl_merge_new(&err);
	g_assert_no_error(err);
	const char *p = (const char *)data, *end = p + size;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		TlRecord *rec = tl_record_parse(p, len, NULL);
		if (rec) {
			gboolean ok;
			if (tl_record_has(rec, "entries")) {
				json_t *tl = json_loadb(p, len, 0, NULL);
				ok = tl && tl_merge_add_timeline(m, tl, &err);
				json_decref(tl);
			} else
				ok = tl_merge_add_record(m, rec, &err);
			if (!ok && err) {
				g_assert(err->message[0] != '\0');
				g_clear_error(&err);
			}
			tl_record_free(rec);
		}
		p += len + 1;
	}
	size_t len1 = 0;
	char *one = write_timeline(m, &len1);
	tl_merge_free(m);
	json_error_t jerr;
	json_t *tl = json_loadb(one, len1, 0, &jerr);
	g_assert(json_is_object(tl));
	check_order(tl);
	/* a timeline merged alone is itself */
	m = tl_merge_new(&err);
	g_assert(tl_merge_add_timeline(m, tl, &err));
	g_assert_no_error(err);
	size_t len2 = 0;
	char *two = write_timeline(m, &len2);
	tl_merge_free(m);
	if (len1 != len2 || memcmp(one, two, len1) != 0) {
		fprintf(stderr, "first:\n%s\nagain:\n%s\n", one, two);
		g_assert_not_reached();
	}
	json_decref(tl);
	free(one);
	free(two);
	return 0;
}
