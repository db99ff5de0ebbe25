/*
 * tl-dates, table-driven: every line of the tests/dates/ tables (.tsv) is one case:
 *   TEXT <TAB> DCT (or -) <TAB> EXPECTED [<TAB> OPTIONS]
 * EXPECTED lists every timex found, in order, as "text|TYPE|VALUE" (with
 * "|MOD" when a mod is set), joined by " ; ", or "-" for none.  OPTIONS:
 * "dmy", "narrative", "news", "cues" (the tense by cue words alone, no
 * tagger).  "\n" in TEXT is a line break.  One Check test per file,
 * looping over its lines; a failure names the file, line, what was
 * expected and what came.
 */
#include <string.h>
#include "../stages/dates/dates.h"
#include "tl_test.h"

static const char *const files[] = {
	"explicit.tsv", "relative.tsv", "clock.tsv", "durations.tsv", "sets.tsv",
	"fuzzy.tsv", "holidays.tsv", "negatives.tsv", "reference.tsv", "tense.tsv",
	"cues.tsv",
};

static TlDates *dates;
static TlDates *dates_cues; /* without the tagger: the cue words alone */

static void
setup(void)
{
	g_autoptr(GError) err = NULL;
	dates = tl_dates_new("en", &err);
	ck_assert_msg(dates != NULL, "lexicon: %s", err ? err->message : "?");
	g_setenv("TL_DATES_NO_TAGGER", "1", TRUE);
	dates_cues = tl_dates_new("en", &err);
	g_unsetenv("TL_DATES_NO_TAGGER");
	ck_assert_msg(dates_cues != NULL, "lexicon: %s", err ? err->message : "?");
}

static void
teardown(void)
{
	tl_dates_free(dates);
	tl_dates_free(dates_cues);
	dates = dates_cues = NULL;
}

static char *
describe(json_t *arr)
{
	if (json_array_size(arr) == 0)
		return g_strdup("-");
	GString *s = g_string_new(NULL);
	size_t i;
	json_t *t;
	json_array_foreach(arr, i, t) {
		if (i)
			g_string_append(s, " ; ");
		g_string_append_printf(s, "%s|%s|%s", json_string_value(json_object_get(t, "text")),
		                       json_string_value(json_object_get(t, "type")),
		                       json_string_value(json_object_get(t, "value")));
		const char *mod = json_string_value(json_object_get(t, "mod"));
		if (mod)
			g_string_append_printf(s, "|%s", mod);
	}
	return g_string_free(s, FALSE);
}

/* Run one case; returns NULL when it passes, else a message. */
static char *
run_case(const char *line)
{
	g_auto(GStrv) f = g_strsplit(line, "\t", -1);
	guint n = g_strv_length(f);
	if (n < 3)
		return g_strdup_printf("malformed case: %s", line);
	TlDOptions opt = {.mode = TL_DMODE_AUTO, .order = TL_DORDER_MDY};
	if (n >= 4) {
		if (strstr(f[3], "dmy"))
			opt.order = TL_DORDER_DMY;
		if (strstr(f[3], "narrative"))
			opt.mode = TL_DMODE_NARRATIVE;
		if (strstr(f[3], "news"))
			opt.mode = TL_DMODE_NEWS;
	}
	TlDates *d = n >= 4 && strstr(f[3], "cues") ? dates_cues : dates;
	const char *dct = strcmp(f[1], "-") == 0 ? NULL : f[1];
	g_autofree char *inferred = NULL;
	g_auto(GStrv) parts = g_strsplit(f[0], "\\n", -1);
	g_autofree char *text = g_strjoinv("\n", parts);
	json_t *arr = tl_dates_annotate(d, text, strlen(text), dct, &opt, &inferred);
	g_autofree char *got = describe(arr);
	json_decref(arr);
	if (strcmp(got, f[2]) == 0)
		return NULL;
	return g_strdup_printf("\"%s\" (DCT %s):\n  want %s\n  got  %s", f[0], f[1], f[2], got);
}

START_TEST(test_table)
{
	g_autofree char *rel = g_build_filename("tests", "dates", files[_i], NULL);
	g_autofree char *path = tl_test_src(rel);
	g_autofree char *data = NULL;
	g_autoptr(GError) err = NULL;
	ck_assert_msg(g_file_get_contents(path, &data, NULL, &err), "%s", err ? err->message : "");
	g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
	int cases = 0, failed = 0;
	GString *report = g_string_new(NULL);
	for (int i = 0; lines[i]; i++) {
		if (!lines[i][0] || lines[i][0] == '#')
			continue;
		cases++;
		g_autofree char *msg = run_case(lines[i]);
		if (msg) {
			failed++;
			g_string_append_printf(report, "\n%s:%d: %s", files[_i], i + 1, msg);
		}
	}
	g_autofree char *r = g_string_free(report, FALSE);
	ck_assert_msg(failed == 0, "%d of %d cases failed:%s", failed, cases, r);
	ck_assert_int_gt(cases, 0);
}
END_TEST

/* Reference-time helpers. */
static const struct {
	const char *in, *out;
} refs[] = {
	{"2024-04-27", "2024-04-27"}, {"2024-04-27T14:30", "2024-04-27T14:30"},
	{"2024", "2024"}, {"2024-02", "2024-02"}, {"2024-02-30", NULL}, {"2024-13-01", NULL},
	{"20240427", "2024-04-27"}, {"2024-04-27T12:00:00Z", "2024-04-27T12:00"},
	{"2024-04-27T12:00:59.25+05:30", "2024-04-27T12:00"}, {"2024-04-27T23:59:60", "2024-04-27T23:59"},
	{"2024-04-27T12:00-0800", "2024-04-27T12:00"}, {"2024-04-27T12:00:61", NULL},
	{"2024-04-27T12:00+15", NULL}, {"2024-04-27T12:00.", NULL}, {"20240230", NULL},
	{"2024042", NULL}, {"2024-04-27 ", NULL},
	{"yesterday", NULL}, {"2024-04-27T25:00", NULL}, {"", NULL},
};

START_TEST(test_ref)
{
	TlDRef r;
	gboolean ok = tl_dref_parse(refs[_i].in, &r);
	if (!refs[_i].out) {
		ck_assert(!ok);
		return;
	}
	ck_assert(ok);
	g_autofree char *s = tl_dref_format(&r);
	ck_assert_str_eq(s, refs[_i].out);
}
END_TEST

/* The DCT inferred from a text without one: a full date or nothing (a year
 * alone anchors the values but is no DCT). */
static const struct {
	const char *text, *dct;
} infers[] = {
	{"NAIROBI, March 3, 2021 - Talks ended Friday.", "2021-03-03"},
	{"LONDON, May 2, 2010 - The firm, sold on June 9, 2012, was founded on June 9, 2001.",
	 "2010-05-02"},
	{"The company was founded in 2019 and will expand in 2025.", NULL},
	{"Sales rose in 2019. On 26 April, he left.", "2019-04-26"},
	{"It was a good year.", NULL},
	/* a date before our era or of one to three digits tells of the past,
	 * not when the text was written (once gave the DCT "-005-07-01") */
	{"On 10 August 234 BC, the city fell. It was rebuilt.", NULL},
	{"Caesar was warned on 5 March 44 BC.", NULL},
	{"The tablet, dated 3 May 812, was found on June 2, 2019.", "2019-06-02"},
	{"It will be opened on 1 July 9999.", "9999-07-01"},
};

START_TEST(test_inferred)
{
	TlDOptions opt = {.mode = TL_DMODE_AUTO, .order = TL_DORDER_MDY};
	g_autofree char *inferred = NULL;
	json_t *arr = tl_dates_annotate(dates, infers[_i].text, strlen(infers[_i].text), NULL, &opt,
	                                &inferred);
	json_decref(arr);
	if (!infers[_i].dct)
		ck_assert_msg(inferred == NULL, "%s: inferred %s", infers[_i].text, inferred);
	else
		ck_assert_str_eq(inferred ? inferred : "(none)", infers[_i].dct);
}
END_TEST

/* Ranges are valid ISO dates or null: the year 9999 ends past 9999-12-31. */
static const struct {
	const char *text, *r0, *r1;
} ranges[] = {
	{"The year 9999 is far.", NULL, NULL},
	{"On December 31, 9999 it ends.", NULL, NULL},
	{"The year 9998 is far.", "9998-01-01", "9999-01-01"},
	{"On December 30, 9999 it ends.", "9999-12-30", "9999-12-31"},
	{"On 26 April 2024 at 11:59 p.m. it ended.", "2024-04-26", "2024-04-27"},
};

START_TEST(test_range)
{
	TlDOptions opt = {.mode = TL_DMODE_AUTO, .order = TL_DORDER_MDY};
	json_t *arr = tl_dates_annotate(dates, ranges[_i].text, strlen(ranges[_i].text), "2024-04-27",
	                                &opt, NULL);
	ck_assert_int_ge(json_array_size(arr), 1);
	json_t *r = json_object_get(json_array_get(arr, 0), "range");
	if (!ranges[_i].r0)
		ck_assert_msg(json_is_null(r), "%s: range not null", ranges[_i].text);
	else {
		ck_assert_str_eq(json_string_value(json_array_get(r, 0)), ranges[_i].r0);
		ck_assert_str_eq(json_string_value(json_array_get(r, 1)), ranges[_i].r1);
	}
	json_decref(arr);
}
END_TEST

/* The hand-written JSON of tl_dates_annotate_raw is byte for byte what
 * jansson writes for the same array: escapes in the timex text (line breaks,
 * tabs, carriage returns), UTF-8 kept, sets with quant and freq, nulls. */
static const char *const raw_texts[] = {
	"He left on March\n5, 2019, and came back\ton\r\nMonday.",
	"Prices rose 6.4 pct\u00a0in March\u00a01987, after \"two years\" of decline.",
	"The club meets every Monday and twice a week; it lasted 1.5 hours at 3 p.m.",
	"",
};

START_TEST(test_raw)
{
	TlDOptions opt = {.mode = TL_DMODE_AUTO, .order = TL_DORDER_MDY};
	const char *text = raw_texts[_i];
	g_autoptr(GString) raw = g_string_new(NULL);
	tl_dates_annotate_raw(dates, text, strlen(text), "2024-04-27", &opt, raw, NULL);
	json_error_t jerr;
	json_t *arr = json_loadb(raw->str, raw->len, 0, &jerr);
	ck_assert_msg(arr != NULL, "not JSON: %s: %s", jerr.text, raw->str);
	char *again = json_dumps(arr, JSON_COMPACT);
	ck_assert_str_eq(again, raw->str);
	free(again);
	json_decref(arr);
}
END_TEST

/* A text of one endless sentence stays linear: "a year ago" after a quarter
 * once looked over the whole sentence for "quarter" (2 MB: 43 s, now well
 * under a second; the test case's timeout catches a relapse). */
START_TEST(test_linear)
{
	GString *t = g_string_new("In the third quarter sales rose. ");
	for (int i = 0; i < 50000; i++)
		g_string_append(t, "profits were flat and a year ago they fell ");
	TlDOptions opt = {.mode = TL_DMODE_AUTO, .order = TL_DORDER_MDY};
	g_autoptr(GString) raw = g_string_new(NULL);
	gint64 t0 = g_get_monotonic_time();
	tl_dates_annotate_raw(dates, t->str, t->len, "1989-10-27", &opt, raw, NULL);
	gint64 us = g_get_monotonic_time() - t0;
	ck_assert_msg(us < 20 * G_USEC_PER_SEC, "took %.1f s", us / 1e6);
	ck_assert(raw->len > 1000000);
	g_string_free(t, TRUE);
}
END_TEST

Suite *tl_suite_dates(void);
Suite *
tl_suite_dates(void)
{
	Suite *s = suite_create("dates");
	TCase *tc = tcase_create("table");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_table, 0, G_N_ELEMENTS(files));
	tcase_add_loop_test(tc, test_ref, 0, G_N_ELEMENTS(refs));
	tcase_add_loop_test(tc, test_raw, 0, G_N_ELEMENTS(raw_texts));
	tcase_add_loop_test(tc, test_inferred, 0, G_N_ELEMENTS(infers));
	tcase_add_loop_test(tc, test_range, 0, G_N_ELEMENTS(ranges));
	tcase_add_test(tc, test_linear);
	tcase_set_timeout(tc, 30);
	suite_add_tcase(s, tc);
	return s;
}
