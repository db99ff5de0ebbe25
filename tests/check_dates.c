/*
 * tl-dates, table-driven: every line of the tests/dates/ tables (.tsv) is one case:
 *   TEXT <TAB> DCT (or -) <TAB> EXPECTED [<TAB> OPTIONS]
 * EXPECTED lists every timex found, in order, as "text|TYPE|VALUE" (with
 * "|MOD" when a mod is set), joined by " ; ", or "-" for none.  OPTIONS:
 * "dmy", "narrative", "news".  One Check test per file, looping over its
 * lines; a failure names the file, line, what was expected and what came.
 */
#include <string.h>
#include "../stages/dates/dates.h"
#include "tl_test.h"

static const char *const files[] = {
	"explicit.tsv", "relative.tsv", "clock.tsv", "durations.tsv", "sets.tsv",
	"fuzzy.tsv", "holidays.tsv", "negatives.tsv", "reference.tsv",
};

static TlDates *dates;

static void
setup(void)
{
	g_autoptr(GError) err = NULL;
	dates = tl_dates_new("en", &err);
	ck_assert_msg(dates != NULL, "lexicon: %s", err ? err->message : "?");
}

static void
teardown(void)
{
	tl_dates_free(dates);
	dates = NULL;
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
	const char *dct = strcmp(f[1], "-") == 0 ? NULL : f[1];
	g_autofree char *inferred = NULL;
	json_t *arr = tl_dates_annotate(dates, f[0], strlen(f[0]), dct, &opt, &inferred);
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
	{"20240427", NULL}, {"yesterday", NULL}, {"2024-04-27T25:00", NULL}, {"", NULL},
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

Suite *tl_suite_dates(void);
Suite *
tl_suite_dates(void)
{
	Suite *s = suite_create("dates");
	TCase *tc = tcase_create("table");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_table, 0, G_N_ELEMENTS(files));
	tcase_add_loop_test(tc, test_ref, 0, G_N_ELEMENTS(refs));
	tcase_set_timeout(tc, 30);
	suite_add_tcase(s, tc);
	return s;
}
