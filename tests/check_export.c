/* tl-export: dates at their true granularity, and each format's rules
 * (TimelineJS components, vis ranges, RFC 4180 quoting, RFC 5545 folding,
 * Mermaid escapes, an html page with no network references). */
#include <string.h>
#include "../stages/export/export.h"
#include "tl_test.h"

static const struct {
	const char *value, *start, *end, *gran, *label;
} dates[] = {
	{"2024-04-26", "2024-04-26", "2024-04-27", "day", "26 April 2024"},
	{"2023-11", "2023-11-01", "2023-12-01", "month", "November 2023"},
	{"2024-SP", "2024-03-01", "2024-06-01", "season", "Spring 2024"},
	{"2024-Q1", "2024-01-01", "2024-04-01", "quarter", "Q1 2024"},
	{"2024-H2", "2024-07-01", "2025-01-01", "half", "Second half of 2024"},
	{"2024-W17", "2024-04-22", "2024-04-29", "week", "Week 17, 2024"},
	{"2024", "2024-01-01", "2025-01-01", "year", "2024"},
	{"199", "1990-01-01", "2000-01-01", "decade", "1990s"},
	{"18", "1800-01-01", "1900-01-01", "century", "19th century"},
	{"20", "2000-01-01", "2100-01-01", "century", "21st century"},
	{"BC04", "-0499-01-01", "-0399-01-01", "century", "5th century BC"},
	{"1", "1000-01-01", "2000-01-01", "millennium", "2nd millennium"},
	{"BC1", "-1999-01-01", "-0999-01-01", "millennium", "2nd millennium BC"},
	{"BC0753", "-0752-01-01", "-0751-01-01", "year", "753 BC"},
	{"2024-04-26T15:30", "2024-04-26", "2024-04-27", "minute", "26 April 2024, 15:30"},
	{"PRESENT_REF", "2024-04-27", "2024-04-28", NULL, "27 April 2024"},
};

static json_t *
entry(const char *value, const char *start, const char *end, const char *gran,
      const char *headline)
{
	return json_pack("{s:s,s:{s:s,s:[s,s],s:s?},s:s,s:s,s:[s,s],s:[{s:s,s:s}],s:f,s:f}", "id", "n1",
	                 "date", "value", value, "range", start, end, "granularity", gran, "headline",
	                 headline, "text", "He said: \"it is done\", then left.", "participants",
	                 "Antony Blinken", "Xi Jinping", "sources", "doc", "d1", "event", "e1",
	                 "confidence", 0.9, "salience", 0.5);
}

static json_t *
timeline_of(json_t *e)
{
	return json_pack("{s:s,s:[{s:s,s:s,s:s}],s:[o]}", "title", "T", "documents", "id", "d1",
	                 "title", "Doc, one", "dct", "2024-04-27", "entries", e);
}

START_TEST(test_label)
{
	g_autoptr(json_t) e = entry(dates[_i].value, dates[_i].start, dates[_i].end, dates[_i].gran, "h");
	TlExportDate d;
	ck_assert(tl_export_date(e, &d, NULL));
	ck_assert_str_eq(d.label, dates[_i].label);
	tl_export_date_clear(&d);
}
END_TEST

/* Chunk sizes the reads are tried with: a chunk's end then falls inside
 * every string, escape, multi-byte character and number (0: the default). */
static const size_t chunks[] = {1, 2, 3, 5, 7, 64, 0};

/* fn's output on tl, parsed whole and read entry by entry from its bytes
 * (indented and compact, in chunks of every size above): the same each time. */
static char *
run(TlExportFunc fn, json_t *tl, TlGroupBy group)
{
	TlExportOptions opt = {group, NULL, NULL};
	GString *s = g_string_new(NULL);
	TlExportOut out = {s, NULL};
	g_autoptr(GError) err = NULL;
	g_autoptr(TlExportTl) t = tl_export_tl_new_tree(tl, &err);
	ck_assert_ptr_nonnull(t);
	ck_assert_msg(fn(t, &opt, &out, &err), "%s", err ? err->message : "");
	for (int indent = 0; indent <= 2; indent += 2) {
		char *bytes = json_dumps(tl, JSON_INDENT(indent) | JSON_PRESERVE_ORDER);
		for (size_t k = 0; k < G_N_ELEMENTS(chunks); k++) {
			g_autoptr(TlExportTl) read = tl_export_tl_new_bytes(bytes, strlen(bytes), chunks[k]);
			ck_assert_ptr_nonnull(read);
			g_autoptr(GString) again = g_string_new(NULL);
			TlExportOut o2 = {again, NULL};
			ck_assert_msg(fn(read, &opt, &o2, &err), "%s", err ? err->message : "");
			ck_assert_str_eq(again->str, s->str);
		}
		free(bytes);
	}
	return g_string_free(s, FALSE);
}

/* The walk reads plain timelines entry by entry and gives up (the whole
 * document goes to Jansson) on what it cannot plainly tell. */
START_TEST(test_lazy_walk)
{
	static const char *plain[] = {
	    "{\"entries\":[]}",
	    " \r\n{ \"title\" : \"T\" , \"n\":5,\"t\":true,\"entries\" : [ {\"id\":\"a\"} , {} ] } \n",
	    "{\"entries\":[{\"x\":\"a]}\\\"{\"}],\"documents\":[{\"id\":\"d\"}],\"z\":null}",
	    "{\"entries\":[{\"id\":\"a\"}],\"title\":\"after\"}",
	};
	static const guint n_plain[] = {0, 2, 1, 1};
	for (size_t k = 0; k < G_N_ELEMENTS(plain); k++)
		for (size_t c = 0; c < G_N_ELEMENTS(chunks); c++) {
			g_autoptr(TlExportTl) t = tl_export_tl_new_bytes(plain[k], strlen(plain[k]), chunks[c]);
			ck_assert_msg(t != NULL, "%s", plain[k]);
			g_auto(TlExportEntries) it = {0};
			tl_export_entries_init(&it, t);
			guint n = 0;
			while (tl_export_entries_next(&it))
				n++;
			ck_assert_uint_eq(n, n_plain[k]);
			ck_assert(tl_export_entries_ok(&it, NULL));
			if (k == 3) /* a member after the entries is read before them */
				ck_assert_str_eq(json_string_value(json_object_get(tl_export_tl_head(t), "title")),
				                 "after");
		}
	static const char *unsure[] = {
	    "", "[]", "{}", "{\"entries\":{}}", "{\"entr\\u0069es\":[]}", "{\"entries\":[]} x",
	    "{\"entries\":[]}{\"entries\":[]}", "{\"entries\":[{},]}", "{\"entries\":[,{}]}",
	    "{\"title\":tru,\"entries\":[]}", "{\"entries\":[\"open", "{\"entries\":[[[", "\xef\xbb\xbf{\"entries\":[]}",
	    "{\"t\xff\":1,\"entries\":[]}", "{\"entries\":[]", "{\"entries\":[{\"id\":\"a\"},1]}",
	    "{\"entries\":[1x]}", "{\"t\tab\":1,\"entries\":[]}", "{\"entries\":[{\"a\":\"\\\"}]}",
	    "{\"entries\":[{}] ,", "{\"title\":\"T\",\"entries\":[{}]}}",
	    /* two "entries": the first is only walked past, and may not be
	     * JSON (Jansson refuses "parti4" without a value) */
	    "{\"entries\":[{\"id\":\"old\"}],\"entries\":[{\"id\":\"new\"}]}",
	    "{\"entries\":[{\"id\":\"n\",\"parti4\"}],\"entries\":[]}",
	};
	for (size_t k = 0; k < G_N_ELEMENTS(unsure); k++)
		for (size_t c = 0; c < G_N_ELEMENTS(chunks); c++)
			ck_assert_msg(tl_export_tl_new_bytes(unsure[k], strlen(unsure[k]), chunks[c]) == NULL,
			              "%s", unsure[k]);
}
END_TEST

/* An entry that does not parse is found when it is reached, and reported
 * as Jansson reports it in the whole document: its message, its line. */
START_TEST(test_bad_entry)
{
	static const struct {
		const char *doc;
		guint good;
	} bad[] = {
	    {"{\"entries\":[{\"id\":1},{\"id\":tru}]}", 1},
	    {"{\"title\":\"T\",\n\"entries\":[\n{\"id\":1},\n{\"id\":2,\n \"x\":\"caf\xe9\"},\n{}]}\n", 1},
	    {"{\"entries\":[\n{\"a\":[1}}]}", 0},
	    {"{\"entries\":[{\"id\":\"\\q\"}]}", 0},
	    /* inside an entry read member by member (tl_export_slim_min 0) */
	    {"{\"entries\":[{\"id\":1},\n{\"sources\":[{\"doc\":\"a\"},\n{\"doc\":\"caf\xe9\"}]}]}", 1},
	    {"{\"entries\":[{\"a\\u0000b\":1}]}", 0},
	    {"{\"entries\":[{\"sources\":[1,]}]}", 0},
	    {"{\"entries\":[{\"sources\":[{\"doc\":\"a\",\"doc\"}]}]}", 0},
	};
	for (size_t k = 0; k < 2 * G_N_ELEMENTS(bad); k++) {
		tl_export_slim_min = k % 2 ? 0 : (size_t)1 << 20;
		json_error_t jerr;
		g_autoptr(json_t) whole = json_loadb(bad[k / 2].doc, strlen(bad[k / 2].doc), 0, &jerr);
		ck_assert_ptr_null(whole);
		g_autofree char *want = g_strdup_printf("%d: not valid JSON: %s", jerr.line, jerr.text);
		for (size_t c = 0; c < G_N_ELEMENTS(chunks); c++) {
			g_autoptr(TlExportTl) t = tl_export_tl_new_bytes(bad[k / 2].doc, strlen(bad[k / 2].doc), chunks[c]);
			ck_assert_ptr_nonnull(t);
			g_auto(TlExportEntries) it = {0};
			tl_export_entries_init(&it, t);
			guint n = 0;
			while (tl_export_entries_next(&it))
				n++;
			ck_assert_uint_eq(n, bad[k / 2].good);
			g_autoptr(GError) err = NULL;
			ck_assert(!tl_export_entries_ok(&it, &err));
			ck_assert_int_eq(err->code, TL_ERROR_JSON);
			ck_assert_str_eq(err->message, want);
			g_autoptr(GError) err2 = NULL;
			ck_assert(!tl_export_tl_check(t, &err2));
			ck_assert_str_eq(err2->message, want);
		}
	}
	tl_export_slim_min = (size_t)1 << 20;
}
END_TEST

/* Entries with strings whose escapes and multi-byte characters a chunk's
 * end cuts anywhere: read entry by entry, they are what Jansson reads. */
START_TEST(test_read_chunks)
{
	static const char *texts[] = {
	    "plain", "a \\\"quoted\\\" word", "back\\\\slash\\\\", "\\u00e9t\\u00e9 \\ud83d\\ude00",
	    "caf\xc3\xa9 \xe2\x80\x99 \xf0\x9f\x98\x80 \xe4\xb8\xad", "]}{[\\\"]}", "\\n\\t\\/",
	};
	GString *doc = g_string_new("{\"title\":\"T\\u00e9\",\"documents\":[{\"id\":\"d\\\"1\"}],\"entries\":[");
	for (size_t i = 0; i < G_N_ELEMENTS(texts); i++)
		g_string_append_printf(doc, "%s\n{\"id\":\"n%zu\",\"text\":\"%s\",\"n\":[%zu,-1.5e3,true,null]}",
		                       i ? "," : "", i, texts[i], i);
	g_string_append(doc, "]}\n");
	g_autoptr(json_t) whole = json_loads(doc->str, 0, NULL);
	ck_assert_ptr_nonnull(whole);
	json_t *entries = json_object_get(whole, "entries");
	for (size_t c = 0; c < G_N_ELEMENTS(chunks); c++) {
		g_autoptr(TlExportTl) t = tl_export_tl_new_bytes(doc->str, doc->len, chunks[c]);
		ck_assert_ptr_nonnull(t);
		ck_assert_str_eq(json_string_value(json_object_get(tl_export_tl_head(t), "title")), "T\xc3\xa9");
		g_auto(TlExportEntries) it = {0};
		tl_export_entries_init(&it, t);
		size_t n = 0;
		for (const json_t *e; (e = tl_export_entries_next(&it)); n++)
			ck_assert_msg(json_equal(e, json_array_get(entries, n)), "entry %zu, chunk %zu", n, chunks[c]);
		ck_assert_uint_eq(n, G_N_ELEMENTS(texts));
		ck_assert(tl_export_entries_ok(&it, NULL));
	}
	g_string_free(doc, TRUE);
}
END_TEST

/* A string of many escapes is walked in linear time (the next quote was
 * searched for from each escape: 600 KB of "\\n" took seconds, and more took minutes). */
START_TEST(test_read_escapes)
{
	GString *doc = g_string_new("{\"title\":\"");
	for (int i = 0; i < 300000; i++)
		g_string_append(doc, "\\n");
	g_string_append(doc, "\",\"entries\":[{\"t\":\"");
	for (int i = 0; i < 300000; i++)
		g_string_append(doc, "\\\"");
	g_string_append(doc, "\"}]}");
	gint64 t0 = g_get_monotonic_time();
	g_autoptr(TlExportTl) t = tl_export_tl_new_bytes(doc->str, doc->len, 4096);
	ck_assert_ptr_nonnull(t);
	ck_assert(tl_export_tl_check(t, NULL));
	ck_assert_int_lt(g_get_monotonic_time() - t0, 10 * G_USEC_PER_SEC);
	g_string_free(doc, TRUE);
}
END_TEST

/* The frame written by hand around items dumped one at a time is what
 * json_dumps writes for the whole: indented, compact, empty. */
START_TEST(test_json_frame)
{
	static const size_t flags[] = {JSON_INDENT(2) | JSON_PRESERVE_ORDER, JSON_INDENT(3),
	                               JSON_COMPACT | JSON_PRESERVE_ORDER, 0};
	for (size_t f = 0; f < G_N_ELEMENTS(flags); f++)
		for (int n = 0; n <= 3; n++) {
			g_autoptr(json_t) arr = json_array();
			for (int i = 0; i < n; i++)
				json_array_append_new(arr, json_pack("{s:i,s:[i,{s:s}],s:{},s:[]}", "a", i, "b", i,
				                                     "c", "x\ny<", "d", "e"));
			g_autoptr(json_t) doc = json_pack("{s:[O],s:s}", "list", arr, "z", "<");
			char *want = json_dumps(doc, flags[f]);
			g_autoptr(GString) s = g_string_new("{");
			TlExportOut o = {s, NULL};
			tl_export_json_break(&o, flags[f], 1);
			g_string_append(s, (flags[f] & JSON_COMPACT) ? "\"list\":" : "\"list\": ");
			TlExportArray a, inner;
			tl_export_array_open(&o, &a, flags[f], 1, FALSE);
			tl_export_json_break(&o, flags[f], 2);
			tl_export_array_open(&o, &inner, flags[f], 2, FALSE);
			for (int i = 0; i < n; i++)
				tl_export_array_add(&o, &inner, json_array_get(arr, i));
			tl_export_array_close(&o, &inner);
			tl_export_json_break(&o, flags[f], 1);
			g_string_append(s, "]");
			g_string_append(s, (flags[f] & JSON_COMPACT) ? "," : (flags[f] & 0x1F) ? "," : ", ");
			tl_export_json_break(&o, flags[f], 1);
			g_string_append(s, (flags[f] & JSON_COMPACT) ? "\"z\":" : "\"z\": ");
			g_autoptr(json_t) z = json_string("<");
			tl_export_json(&o, z, flags[f], 1, FALSE);
			tl_export_json_break(&o, flags[f], 0);
			g_string_append(s, "}");
			ck_assert_msg(strcmp(s->str, want) == 0, "flags %zx, %d items:\n%s\nwant\n%s", flags[f], n,
			              s->str, want);
			free(want);
		}
}
END_TEST

/* Written through a file in pieces (flushed past a buffer), the output is
 * the bytes kept in memory. */
START_TEST(test_out_file)
{
	g_autoptr(json_t) tl = timeline_of(entry("2024-04-26", "2024-04-26", "2024-04-27", "day", "H"));
	json_t *entries = json_object_get(tl, "entries");
	for (int i = 0; i < 2000; i++)
		json_array_append_new(entries, entry("2023-11", "2023-11-01", "2023-12-01", "month",
		                                     i % 2 ? "Summit \xe2\x80\x99s talks on trade, tariffs and the yen"
		                                           : "<b>x</b> and a headline long enough to pass 64 KiB"));
	char *bytes = json_dumps(tl, JSON_PRESERVE_ORDER);
	TlExportFunc fns[] = {tl_export_timelinejs, tl_export_vis, tl_export_html,
	                      tl_export_csv,        tl_export_ics, tl_export_mermaid};
	for (size_t f = 0; f < G_N_ELEMENTS(fns); f++) {
		TlExportOptions opt = {TL_GROUP_NONE, NULL, NULL};
		g_autoptr(TlExportTl) t = tl_export_tl_new_bytes(bytes, strlen(bytes), 0);
		g_autoptr(GString) mem = g_string_new(NULL);
		TlExportOut o = {mem, NULL};
		ck_assert(fns[f](t, &opt, &o, NULL));
		ck_assert_uint_gt(mem->len, 1 << 16); /* past the buffer */
		FILE *fp = tmpfile();
		ck_assert_ptr_nonnull(fp);
		g_autoptr(GString) part = g_string_new(NULL);
		TlExportOut o2 = {part, fp};
		ck_assert(fns[f](t, &opt, &o2, NULL));
		ck_assert_uint_lt(part->len, mem->len); /* some of it went out */
		tl_export_out_flush(&o2, TRUE);
		ck_assert_uint_eq(part->len, 0);
		ck_assert_int_eq(ftell(fp), (long)mem->len);
		rewind(fp);
		g_autofree char *back = g_malloc(mem->len);
		ck_assert_uint_eq(fread(back, 1, mem->len, fp), mem->len);
		ck_assert(memcmp(back, mem->str, mem->len) == 0);
		fclose(fp);
	}
	free(bytes);
}
END_TEST

START_TEST(test_timelinejs_components)
{
	g_autoptr(json_t) tl = timeline_of(entry("2023-11", "2023-11-01", "2023-12-01", "month", "Summit"));
	g_autofree char *s = run(tl_export_timelinejs, tl, TL_GROUP_PARTICIPANT);
	g_autoptr(json_t) j = json_loads(s, 0, NULL);
	json_t *ev = json_array_get(json_object_get(j, "events"), 0);
	json_t *sd = json_object_get(ev, "start_date");
	ck_assert_int_eq(json_integer_value(json_object_get(sd, "year")), 2023);
	ck_assert_int_eq(json_integer_value(json_object_get(sd, "month")), 11);
	ck_assert_ptr_null(json_object_get(sd, "day")); /* a month has no day */
	ck_assert_ptr_null(json_object_get(ev, "end_date"));
	ck_assert_str_eq(json_string_value(json_object_get(ev, "group")), "Antony Blinken");
	const char *text = json_string_value(json_object_get(json_object_get(ev, "text"), "text"));
	ck_assert_ptr_nonnull(strstr(text, "Doc, one (2024-04-27)"));
	ck_assert_ptr_nonnull(strstr(text, "&quot;it is done&quot;"));
}
END_TEST

START_TEST(test_timelinejs_season)
{
	g_autoptr(json_t) tl = timeline_of(entry("2024-SP", "2024-03-01", "2024-06-01", "season", "S"));
	g_autofree char *s = run(tl_export_timelinejs, tl, TL_GROUP_NONE);
	g_autoptr(json_t) j = json_loads(s, 0, NULL);
	json_t *ev = json_array_get(json_object_get(j, "events"), 0);
	ck_assert_str_eq(json_string_value(json_object_get(ev, "display_date")), "Spring 2024");
	ck_assert_int_eq(json_integer_value(json_object_get(json_object_get(ev, "end_date"), "month")), 5);
	ck_assert_ptr_null(json_object_get(ev, "group"));
}
END_TEST

START_TEST(test_vis_range_point)
{
	g_autoptr(json_t) tl = timeline_of(entry("2023-11", "2023-11-01", "2023-12-01", "month", "<b>x</b>"));
	json_array_append_new(json_object_get(tl, "entries"),
	                      entry("2024-04-26", "2024-04-26", "2024-04-27", "day", "Day"));
	g_autofree char *s = run(tl_export_vis, tl, TL_GROUP_NONE);
	g_autoptr(json_t) j = json_loads(s, 0, NULL);
	json_t *items = json_object_get(j, "items");
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(items, 0), "type")), "range");
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(items, 0), "end")), "2023-12-01");
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(items, 0), "content")),
	                 "&lt;b&gt;x&lt;/b&gt;");
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(items, 1), "type")), "point");
	ck_assert_ptr_null(json_object_get(json_array_get(items, 1), "end"));
	ck_assert_int_eq(json_array_size(json_object_get(j, "groups")), 1);
}
END_TEST

/* before our era: JavaScript reads "-0499-01-01" as the year 499; the
 * extended form "-000499-01-01" it reads right */
START_TEST(test_vis_bc)
{
	g_autoptr(json_t) tl =
	    timeline_of(entry("BC04", "-0499-01-01", "-0399-01-01", "century", "Temple built"));
	g_autofree char *s = run(tl_export_vis, tl, TL_GROUP_NONE);
	g_autoptr(json_t) j = json_loads(s, 0, NULL);
	json_t *item = json_array_get(json_object_get(j, "items"), 0);
	ck_assert_str_eq(json_string_value(json_object_get(item, "start")), "-000499-01-01");
	ck_assert_str_eq(json_string_value(json_object_get(item, "end")), "-000399-01-01");
	g_autofree char *m = run(tl_export_mermaid, tl, TL_GROUP_NONE);
	ck_assert_ptr_nonnull(strstr(m, "section 500 BC\n        5th century BC : Temple built"));
}
END_TEST

START_TEST(test_csv)
{
	g_autoptr(json_t) tl = timeline_of(entry("2024-04-26", "2024-04-26", "2024-04-27", "day",
	                                         "Blinken, Xi \"meet\"\nagain"));
	g_autofree char *s = run(tl_export_csv, tl, TL_GROUP_NONE);
	ck_assert_ptr_nonnull(strstr(s, ",\"Blinken, Xi \"\"meet\"\"\nagain\","));
	ck_assert_ptr_nonnull(strstr(s, "\r\nn1,2024-04-26,2024-04-27,day,26 April 2024,"));
	ck_assert(g_str_has_suffix(s, "\"He said: \"\"it is done\"\", then left.\"\r\n"));
}
END_TEST

/* An entry iCalendar cannot date (years 0001-9999) is left out and counted,
 * so that tl-export can say so. */
START_TEST(test_ics_left_out)
{
	g_autoptr(json_t) tl = timeline_of(entry("-0044-03-15", "-0044-03-15", "-0044-03-16", "day", "Ides"));
	guint left = 0;
	TlExportOptions opt = {TL_GROUP_NONE, NULL, &left};
	g_autoptr(GString) out = g_string_new(NULL);
	TlExportOut o = {out, NULL};
	g_autoptr(TlExportTl) t = tl_export_tl_new_tree(tl, NULL);
	ck_assert(tl_export_ics(t, &opt, &o, NULL));
	ck_assert_uint_eq(left, 1);
	ck_assert_ptr_null(strstr(out->str, "BEGIN:VEVENT"));
}
END_TEST

START_TEST(test_ics)
{
	GString *h = g_string_new(NULL);
	for (int i = 0; i < 30; i++)
		g_string_append(h, "Blinken\xe2\x80\x99s trip; ");
	g_autoptr(json_t) tl = timeline_of(entry("2024-SP", "2024-03-01", "2024-06-01", "season", h->str));
	g_autofree char *s = run(tl_export_ics, tl, TL_GROUP_NONE);
	g_string_free(h, TRUE);
	ck_assert_ptr_nonnull(strstr(s, "\r\nDTSTART;VALUE=DATE:20240301\r\n"));
	ck_assert_ptr_nonnull(strstr(s, "\r\nDTEND;VALUE=DATE:20240601\r\n"));
	ck_assert_ptr_nonnull(strstr(s, "\r\nDTSTAMP:20240427T000000Z\r\n"));
	ck_assert_ptr_nonnull(strstr(s, "DESCRIPTION:Date: Spring 2024 (season)\\n"));
	ck_assert_ptr_nonnull(strstr(s, "trip\\; "));
	/* every line ends in CRLF, is at most 75 octets, and is valid UTF-8 */
	g_auto(GStrv) lines = g_strsplit(s, "\r\n", -1);
	ck_assert(g_str_has_suffix(s, "END:VCALENDAR\r\n"));
	for (char **l = lines; *l; l++) {
		ck_assert_msg(strlen(*l) <= 75, "line of %zu octets: %s", strlen(*l), *l);
		ck_assert(g_utf8_validate(*l, -1, NULL));
		ck_assert_ptr_null(strchr(*l, '\n'));
	}
}
END_TEST

START_TEST(test_mermaid)
{
	g_autoptr(json_t) tl = timeline_of(entry("2024-04-26", "2024-04-26", "2024-04-27", "day",
	                                         "Talks: part #2; done"));
	g_autofree char *s = run(tl_export_mermaid, tl, TL_GROUP_NONE);
	ck_assert_str_eq(s, "```mermaid\ntimeline\n    title T\n    section 2024\n"
	                    "        26 April 2024 : Talks#58; part #35;2#59; done\n```\n");
}
END_TEST

START_TEST(test_html_offline)
{
	g_autoptr(json_t) tl = timeline_of(entry("2024-04-26", "2024-04-26", "2024-04-27", "day",
	                                         "</script><script>alert(1)</script>"));
	g_autofree char *s = run(tl_export_html, tl, TL_GROUP_NONE);
	ck_assert_ptr_null(strstr(s, "http://"));
	ck_assert_ptr_null(strstr(s, "https://"));
	ck_assert_ptr_null(strstr(s, "src="));
	ck_assert_ptr_null(strstr(s, "{{"));
	ck_assert_ptr_null(strstr(s, "<script>alert"));
	ck_assert_ptr_nonnull(strstr(s, "Content-Security-Policy"));
	ck_assert_ptr_nonnull(strstr(s, "\"label\":\"26 April 2024\""));
}
END_TEST

/* Every format's bytes for t (group by document: lookups by id), one after
 * the other. */
static char *
all_formats(const TlExportTl *t)
{
	static const TlExportFunc fns[] = {tl_export_timelinejs, tl_export_vis, tl_export_html,
	                                   tl_export_csv,        tl_export_ics, tl_export_mermaid};
	GString *s = g_string_new(NULL);
	for (size_t f = 0; f < G_N_ELEMENTS(fns); f++) {
		TlExportOptions opt = {f == 0 ? TL_GROUP_DOCUMENT : TL_GROUP_NONE, NULL, NULL};
		TlExportOut o = {s, NULL};
		g_autoptr(GError) err = NULL;
		ck_assert_msg(fns[f](t, &opt, &o, &err), "format %zu: %s", f, err ? err->message : "");
		g_string_append_c(s, '\f');
	}
	return g_string_free(s, FALSE);
}

/* Big entries are read member by member, their sources cut down to what
 * the formats read ("doc", "event", "sentence"): every format writes what
 * it writes from the whole tree, whatever the entries hold. */
START_TEST(test_slim_entries)
{
	static const char *text =
	    "{\"title\":\"T\",\"documents\":[{\"id\":\"a\",\"title\":\"A\",\"dct\":\"2024-01-02\"}],"
	    "\"entries\":[{\"id\":\"n1\",\"date\":{\"value\":\"2024-04-26\",\"range\":[\"2024-04-26\","
	    "\"2024-04-27\"],\"granularity\":\"day\"},\"headline\":\"h\\u00e9\",\"text\":\"t\","
	    "\"participants\":[\"P\"],\"sources\":[{\"doc\":\"a\",\"event\":\"e1\",\"sentence\":3,"
	    "\"quote\":\"a long quote \\\"x\\\"\",\"date\":{\"value\":\"2024\"}},7,\"s\",{\"doc\":\"zz\"},"
	    "{\"do\\u0063\":\"a\",\"sentence\":1.5}]},"
	    "{\"id\":\"n2\",\"headline\":\"first\",\"headline\":\"second\",\"date\":{\"value\":\"2024\","
	    "\"range\":[\"2024-01-01\",\"2025-01-01\"],\"granularity\":\"year\"},\"sources\":{\"doc\":\"a\"}},"
	    "{ \"id\" : \"n3\" , \"date\" : {\"value\":\"2023-11\",\"range\":[\"2023-11-01\",\"2023-12-01\"],"
	    "\"granularity\":\"month\"} , \"sources\" : [ ] }]}";
	g_autoptr(json_t) tree = json_loads(text, 0, NULL);
	ck_assert_ptr_nonnull(tree);
	g_autoptr(TlExportTl) tt = tl_export_tl_new_tree(tree, NULL);
	g_autofree char *want = all_formats(tt);
	for (size_t c = 0; c < G_N_ELEMENTS(chunks); c++) {
		tl_export_slim_min = 0;
		g_autoptr(TlExportTl) t = tl_export_tl_new_bytes(text, strlen(text), chunks[c]);
		ck_assert_ptr_nonnull(t);
		g_autofree char *got = all_formats(t);
		ck_assert_str_eq(got, want);
		g_auto(TlExportEntries) it = {0};
		tl_export_entries_init(&it, t);
		const json_t *e = tl_export_entries_next(&it);
		const json_t *src = json_array_get(json_object_get(e, "sources"), 0);
		ck_assert_uint_eq(json_object_size(src), 3);
		ck_assert_int_eq(json_integer_value(json_object_get(src, "sentence")), 3);
		ck_assert_ptr_null(json_object_get(src, "quote"));
		ck_assert_str_eq(json_string_value(json_object_get(e, "headline")), "h\xc3\xa9");
		e = tl_export_entries_next(&it);
		ck_assert_str_eq(json_string_value(json_object_get(e, "headline")), "second");
		ck_assert(json_is_object(json_object_get(e, "sources")));
		ck_assert(tl_export_entries_ok(&it, NULL));
	}
	tl_export_slim_min = (size_t)1 << 20;
}
END_TEST

/* Read mode's documents: not in the head but looked up from the file by
 * the hash of their id (the first of an id wins, an id with escapes found
 * by its value, colliding hashes told apart by the id), and read back in
 * order; every format writes what it writes from the whole tree. */
START_TEST(test_docs_index)
{
	static const char *docs =
	    "[{\"id\":\"a\",\"title\":\"A1\",\"dct\":\"2024-01-02\"},5,"
	    "{\"id\":\"b\\\"\\u00e9<\",\"title\":\"B\",\"dct\":\"2031-02-03\"},"
	    "{\"id\":\"a\",\"title\":\"A2\",\"dct\":\"2030-01-01\"},{\"title\":\"no id\"},{\"id\":7},"
	    "\"s\",{\"id\":\"c\",\"title\":\"C\",\"dct\":\"2025-05-05\",\"x\":[1,{\"y\":null}]}]";
	static const char *entries =
	    "[{\"id\":\"n1\",\"date\":{\"value\":\"2024-04-26\",\"range\":[\"2024-04-26\",\"2024-04-27\"],"
	    "\"granularity\":\"day\"},\"headline\":\"h\",\"sources\":[{\"doc\":\"c\"},{\"doc\":\"a\"},"
	    "{\"doc\":\"b\\\"\\u00e9<\"},{\"doc\":\"zz\"},{\"doc\":\"a\"}]}]";
	g_autofree char *before = g_strdup_printf("{\"title\":\"T\",\"documents\":%s,\"entries\":%s}", docs, entries);
	g_autofree char *after = g_strdup_printf("{\"entries\":%s,\"documents\":%s}", entries, docs);
	g_autofree char *twice = g_strdup_printf("{\"documents\":{\"id\":\"a\"},\"entries\":%s,\"documents\":%s}", entries, docs);
	const char *texts[] = {before, after, twice};
	static const guint64 masks[] = {G_MAXUINT64, 0, 1};
	for (size_t m = 0; m < G_N_ELEMENTS(masks); m++)
		for (size_t k = 0; k < G_N_ELEMENTS(texts); k++)
			for (size_t c = 0; c < G_N_ELEMENTS(chunks); c++) {
				tl_export_docs_hash_mask = masks[m];
				g_autoptr(TlExportTl) t = tl_export_tl_new_bytes(texts[k], strlen(texts[k]), chunks[c]);
				ck_assert_ptr_nonnull(t);
				ck_assert_ptr_null(json_object_get(tl_export_tl_head(t), "documents"));
				g_autoptr(TlExportDocs) d = tl_export_docs(t);
				ck_assert_ptr_null(tl_export_docs_tree(d));
				for (int round = 0; round < 2; round++) { /* the second from the cache */
					ck_assert_str_eq(json_string_value(json_object_get(tl_export_docs_get(d, "a"), "title")), "A1");
					ck_assert_str_eq(json_string_value(json_object_get(tl_export_docs_get(d, "b\"\xc3\xa9<"), "title")), "B");
					ck_assert_str_eq(json_string_value(json_object_get(tl_export_docs_get(d, "c"), "title")), "C");
					ck_assert_ptr_null(tl_export_docs_get(d, "zz"));
					ck_assert_ptr_null(tl_export_docs_get(d, "b"));
				}
				ck_assert(tl_export_docs_ok(d, NULL));
				g_autoptr(json_t) want = json_loads(docs, 0, NULL);
				g_auto(TlExportDocsIter) it = {0};
				tl_export_docs_iter_init(&it, d);
				size_t n = 0;
				for (const json_t *v; (v = tl_export_docs_next(&it)); n++)
					ck_assert(json_equal(v, json_array_get(want, n)));
				ck_assert_uint_eq(n, json_array_size(want));
				ck_assert(tl_export_docs_iter_ok(&it, NULL));
				g_autoptr(json_t) tree = json_loads(texts[k], 0, NULL);
				g_autoptr(TlExportTl) tt = tl_export_tl_new_tree(tree, NULL);
				g_autofree char *from_tree = all_formats(tt);
				g_autofree char *from_file = all_formats(t);
				ck_assert_str_eq(from_file, from_tree);
			}
	tl_export_docs_hash_mask = G_MAXUINT64;
}
END_TEST

/* No documents, empty ones, and ones that are not an array (held in the
 * head as before; the last "documents" counts); a document that does not
 * parse sends the whole timeline to Jansson. */
START_TEST(test_docs_other)
{
	static const char *texts[] = {
	    "{\"entries\":[{\"id\":\"n\",\"date\":{\"value\":\"2024\",\"range\":[\"2024-01-01\",\"2025-01-01\"],\"granularity\":\"year\"},\"sources\":[{\"doc\":\"a\"}]}]}",
	    "{\"documents\":[],\"entries\":[{\"id\":\"n\",\"date\":{\"value\":\"2024\",\"range\":[\"2024-01-01\",\"2025-01-01\"],\"granularity\":\"year\"},\"sources\":[{\"doc\":\"a\"}]}]}",
	    "{\"documents\":[ ] ,\"entries\":[]}",
	    "{\"documents\":null,\"entries\":[]}",
	    "{\"documents\":{\"a\":1},\"entries\":[]}",
	    "{\"documents\":[{\"id\":\"a\",\"title\":\"A\"}],\"documents\":\"x\",\"entries\":[{\"id\":\"n\","
	    "\"date\":{\"value\":\"2024\",\"range\":[\"2024-01-01\",\"2025-01-01\"],\"granularity\":\"year\"},\"sources\":[{\"doc\":\"a\"}]}]}",
	};
	static const gboolean in_head[] = {FALSE, FALSE, FALSE, TRUE, TRUE, TRUE};
	for (size_t k = 0; k < G_N_ELEMENTS(texts); k++)
		for (size_t c = 0; c < G_N_ELEMENTS(chunks); c++) {
			g_autoptr(TlExportTl) t = tl_export_tl_new_bytes(texts[k], strlen(texts[k]), chunks[c]);
			ck_assert_msg(t != NULL, "%s", texts[k]);
			g_autoptr(TlExportDocs) d = tl_export_docs(t);
			ck_assert_int_eq(tl_export_docs_tree(d) != NULL, in_head[k]);
			ck_assert_ptr_null(tl_export_docs_get(d, "a"));
			g_autoptr(json_t) tree = json_loads(texts[k], 0, NULL);
			g_autoptr(TlExportTl) tt = tl_export_tl_new_tree(tree, NULL);
			g_autofree char *from_tree = all_formats(tt);
			g_autofree char *from_file = all_formats(t);
			ck_assert_str_eq(from_file, from_tree);
		}
	static const char *unsure[] = {
	    "{\"documents\":[{\"id\":\"a\",}],\"entries\":[]}",
	    "{\"documents\":[{\"id\":\"a\"},],\"entries\":[]}",
	    "{\"documents\":[{\"id\":\"a\"} {}],\"entries\":[]}",
	    "{\"documents\":[{\"id\":\"\\u0000\"}],\"entries\":[]}",
	    "{\"entries\":[],\"documents\":[tru]}",
	};
	for (size_t k = 0; k < G_N_ELEMENTS(unsure); k++)
		ck_assert_msg(tl_export_tl_new_bytes(unsure[k], strlen(unsure[k]), 0) == NULL, "%s", unsure[k]);
}
END_TEST

START_TEST(test_not_timeline)
{
	g_autoptr(json_t) tl = json_pack("{s:s}", "id", "a record");
	g_autoptr(GError) err = NULL;
	ck_assert_ptr_null(tl_export_tl_new_tree(tl, &err));
	ck_assert_int_eq(err->code, TL_ERROR_RECORD);
	const char *bytes = "{\"id\": \"a record\"}";
	ck_assert_ptr_null(tl_export_tl_new_bytes(bytes, strlen(bytes), 0));
}
END_TEST

Suite *tl_suite_export(void);
Suite *
tl_suite_export(void)
{
	Suite *s = suite_create("export");
	TCase *tc = tcase_create("core");
	/* 2,000 entries through six formats, twice: seconds under ASan or a loaded machine */
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, test_label, 0, G_N_ELEMENTS(dates));
	tcase_add_test(tc, test_timelinejs_components);
	tcase_add_test(tc, test_timelinejs_season);
	tcase_add_test(tc, test_vis_range_point);
	tcase_add_test(tc, test_vis_bc);
	tcase_add_test(tc, test_csv);
	tcase_add_test(tc, test_ics);
	tcase_add_test(tc, test_ics_left_out);
	tcase_add_test(tc, test_mermaid);
	tcase_add_test(tc, test_html_offline);
	tcase_add_test(tc, test_lazy_walk);
	tcase_add_test(tc, test_bad_entry);
	tcase_add_test(tc, test_slim_entries);
	tcase_add_test(tc, test_read_chunks);
	tcase_add_test(tc, test_read_escapes);
	tcase_add_test(tc, test_json_frame);
	tcase_add_test(tc, test_out_file);
	tcase_add_test(tc, test_not_timeline);
	tcase_add_test(tc, test_docs_index);
	tcase_add_test(tc, test_docs_other);
	suite_add_tcase(s, tc);
	return s;
}
