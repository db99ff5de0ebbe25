/* Records: parsing, the validating scanner, splicing, and the line reader. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "tl/record.h"
#include "tl_test.h"

static char *
roundtrip(const char *line)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(TlRecord) rec = tl_record_parse(line, strlen(line), &err);
	if (!rec)
		return g_strdup_printf("ERROR %s", err->message);
	GString *out = g_string_new(NULL);
	tl_record_write(rec, out);
	return g_string_free(out, FALSE);
}

static const struct {
	const char *in, *out;
} valid[] = {
	{"{}", "{}\n"},
	{"  { }  ", "{}\n"},
	{"{\"a\": 1}", "{\"a\": 1}\n"},
	{"{\"a\":1, \"b\" : [1,2,{\"c\":null}] ,\"d\":\"x\\\"y\"}",
	 "{\"a\":1,\"b\" : [1,2,{\"c\":null}],\"d\":\"x\\\"y\"}\n"},
	{"{\"n\": -0.5e+10, \"t\": true, \"f\": false}", "{\"n\": -0.5e+10,\"t\": true,\"f\": false}\n"},
	{"{\"u\": \"\\u00e9\\ud83d\\ude00\"}", "{\"u\": \"\\u00e9\\ud83d\\ude00\"}\n"},
	{"{\"e\": \"caf\xc3\xa9\"}", "{\"e\": \"caf\xc3\xa9\"}\n"},
	{"{\"a\":[[[[]]]]}\r", "{\"a\":[[[[]]]]}\n"},
};

START_TEST(test_valid)
{
	g_autofree char *got = roundtrip(valid[_i].in);
	ck_assert_str_eq(got, valid[_i].out);
}
END_TEST

static const char *invalid[] = {
	"", "[]", "\"x\"", "{", "}", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{,}", "{\"a\":1}x",
	"{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":tru}", "{\"a\":\"\\x\"}",
	"{\"a\":\"\\u12\"}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\udc00\"}", "{\"a\":\"\\u0000\"}",
	"{\"a\":\"tab\there\"}", "{\"a\":[1,2}", "{\"a\":{\"b\":1]}", "{\"a\":\"\xff\"}",
	"{\"a\":\"\xc3\"}", "{\"a\":\"\xed\xa0\x80\"}", "{'a':1}", "{\"a\":1 \"b\":2}", "{\"a\":\"x",
	"{\"a\":-}", "{\"a\":1e}", "{\"a\":[1 2]}", "{\"a\" 1}", "{1:2}", "nul",
};

START_TEST(test_invalid)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(TlRecord) rec = tl_record_parse(invalid[_i], strlen(invalid[_i]), &err);
	ck_assert_ptr_null(rec);
	ck_assert_ptr_nonnull(err);
	/* whatever jansson says, it must agree that this is no JSON object */
	json_error_t jerr;
	json_t *j = json_loadb(invalid[_i], strlen(invalid[_i]), 0, &jerr);
	ck_assert(j == NULL || !json_is_object(j));
	json_decref(j);
}
END_TEST

/* The first line of a record or array written over several lines (jq's
 * pretty print) is named so: it was "expected a string key at end of
 * line"; a line cut short after a '{' and a key is not. */
START_TEST(test_pretty_printed_message)
{
	static const struct {
		const char *line, *want;
	} cases[] = {
	    {"{", "a line of '{' alone (a record over several lines?"},
	    {"  [ \r", "a line of '[' alone (an array of records over several lines?"},
	    {"{\"id\":", "expected a value at end of line"},
	    {"[1,", "expected a value at end of line"},
	    {"]", "a line of ']' alone (the end of an array of records over several lines?"},
	    {"{\"id\":\"a\"},", "a ',' after the object (the records of a JSON array"},
	    {"{\"id\":\"a\"} ,", "a ',' after the object"},
	    {"{\"id\":\"a\"},{", "text after the end of the object"},
	    {"{\"title\":\"Timeline\",\"generated_by\":\"tl-merge 0.1.0\",",
	     "the object goes on past the end of the line (a timeline from tl-merge"},
	    {"{\"id\":\"a\", \r", "the object goes on past the end of the line"},
	};
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(GError) err = NULL;
		g_autoptr(TlRecord) rec = tl_record_parse(cases[i].line, strlen(cases[i].line), &err);
		ck_assert_ptr_null(rec);
		ck_assert_msg(strstr(err->message, cases[i].want), "%s: %s", cases[i].line, err->message);
	}
}
END_TEST

START_TEST(test_not_object_message)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(TlRecord) rec = tl_record_parse("[1,2]", 5, &err);
	ck_assert_ptr_null(rec);
	ck_assert_str_eq(err->message, "the line is JSON but not an object");
}
END_TEST

START_TEST(test_deep_nesting)
{
	/* deeper than the limit: an error, not a stack overflow */
	GString *s = g_string_new("{\"a\":");
	for (int i = 0; i < 200000; i++)
		g_string_append_c(s, '[');
	g_autoptr(GError) err = NULL;
	g_autoptr(TlRecord) rec = tl_record_parse(s->str, s->len, &err);
	ck_assert_ptr_null(rec);
	ck_assert_ptr_nonnull(strstr(err->message, "nested too deeply"));
	g_string_free(s, TRUE);
}
END_TEST

START_TEST(test_splice)
{
	const char *line = "{\"id\":\"x\", \"timexes\": [1], \"text\":\"a\\nb\", \"z\":0}";
	g_autoptr(TlRecord) rec = tl_record_parse(line, strlen(line), NULL);
	ck_assert_ptr_nonnull(rec);
	size_t len;
	ck_assert_str_eq(tl_record_get_string(rec, "text", &len), "a\nb");
	ck_assert_uint_eq(len, 3);
	ck_assert_ptr_null(tl_record_get_string(rec, "z", NULL));
	ck_assert_int_eq(json_integer_value(tl_record_get(rec, "z")), 0);
	tl_record_set(rec, "timexes", json_pack("[{s:i}]", "start", 3));
	tl_record_set_string(rec, "dct", "2024-04-27", 10);
	tl_record_set(rec, "timexes", json_pack("[i]", 7)); /* set twice: last wins, same place */
	GString *out = g_string_new(NULL);
	tl_record_write(rec, out);
	ck_assert_str_eq(out->str, "{\"id\":\"x\",\"text\":\"a\\nb\",\"z\":0,\"timexes\":[7],"
	                           "\"dct\":\"2024-04-27\"}\n");
	/* the output parses back, and a rerun is a fixed point */
	g_autoptr(TlRecord) again = tl_record_parse(out->str, out->len - 1, NULL);
	ck_assert_ptr_nonnull(again);
	tl_record_set(again, "timexes", json_pack("[i]", 7));
	tl_record_set_string(again, "dct", "2024-04-27", 10);
	GString *out2 = g_string_new(NULL);
	tl_record_write(again, out2);
	ck_assert_str_eq(out2->str, out->str);
	g_string_free(out, TRUE);
	g_string_free(out2, TRUE);
}
END_TEST

START_TEST(test_set_raw)
{
	const char *line = "{\"id\":\"x\",\"timexes\":[]}";
	g_autoptr(TlRecord) rec = tl_record_parse(line, strlen(line), NULL);
	tl_record_set_raw(rec, "timexes", "[{\"a\":1}]", 9);
	tl_record_set_raw(rec, "n", "2", 1);
	ck_assert_int_eq(json_integer_value(json_object_get(json_array_get(
	                     tl_record_get(rec, "timexes"), 0), "a")), 1);
	tl_record_set_raw(rec, "n", "\"s\"", 3); /* replaced in its place */
	ck_assert_str_eq(tl_record_get_string(rec, "n", NULL), "s");
	GString *out = g_string_new(NULL);
	tl_record_write(rec, out);
	ck_assert_str_eq(out->str, "{\"id\":\"x\",\"timexes\":[{\"a\":1}],\"n\":\"s\"}\n");
	g_string_free(out, TRUE);
}
END_TEST

START_TEST(test_new_record)
{
	g_autoptr(TlRecord) rec = tl_record_new();
	tl_record_set_string(rec, "id", "a\"b", 3);
	tl_record_set(rec, "n", json_real(0.8));
	tl_record_set_string(rec, "t", "\xe2\x80\x9cq\xe2\x80\x9d", 7);
	GString *out = g_string_new(NULL);
	tl_record_write(rec, out);
	ck_assert_str_eq(out->str, "{\"id\":\"a\\\"b\",\"n\":0.8,\"t\":\"\xe2\x80\x9cq\xe2\x80\x9d\"}\n");
	g_string_free(out, TRUE);
}
END_TEST

/* Write data to a temporary file; returns its path. */
static char *
temp_with(const char *data, size_t len)
{
	char *path = g_strdup("/tmp/tl-test-XXXXXX");
	int fd = g_mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, data, len), (ssize_t)len);
	close(fd);
	return path;
}

START_TEST(test_reader_lines)
{
	g_autofree char *path = temp_with("a\r\n\nbb\nlast", 11);
	g_autoptr(TlReader) r = tl_reader_open(path, 0, NULL);
	const char *line;
	size_t len;
	const char *want[] = {"a", "", "bb", "last"};
	for (int i = 0; i < 4; i++) {
		ck_assert_int_eq(tl_reader_next(r, &line, &len, NULL), TL_READ_OK);
		ck_assert_str_eq(line, want[i]);
		ck_assert_uint_eq(tl_reader_lineno(r), (guint64)i + 1);
	}
	ck_assert_int_eq(tl_reader_next(r, &line, &len, NULL), TL_READ_EOF);
	unlink(path);
}
END_TEST

START_TEST(test_reader_limit)
{
	/* a line over the limit is skipped whole and reading goes on */
	GString *s = g_string_new("ok\n");
	for (int i = 0; i < 3000000; i++)
		g_string_append_c(s, 'x');
	g_string_append(s, "\nafter\n");
	g_autofree char *path = temp_with(s->str, s->len);
	g_autoptr(TlReader) r = tl_reader_open(path, 1000, NULL);
	const char *line;
	size_t len;
	g_autoptr(GError) err = NULL;
	ck_assert_int_eq(tl_reader_next(r, &line, &len, NULL), TL_READ_OK);
	ck_assert_int_eq(tl_reader_next(r, &line, &len, &err), TL_READ_SKIPPED);
	ck_assert_int_eq(err->code, TL_ERROR_LIMIT);
	ck_assert_uint_eq(tl_reader_lineno(r), 2);
	ck_assert_int_eq(tl_reader_next(r, &line, &len, NULL), TL_READ_OK);
	ck_assert_str_eq(line, "after");
	ck_assert_uint_eq(tl_reader_lineno(r), 3);
	g_string_free(s, TRUE);
	unlink(path);
}
END_TEST

START_TEST(test_reader_long_line)
{
	/* a 100 MB line with no limit comes back whole (linear: the buffer doubles) */
	size_t n = 100u * 1024 * 1024;
	char *big = g_malloc(n + 1);
	memset(big, 'y', n);
	big[n] = '\n';
	g_autofree char *path = temp_with(big, n + 1);
	g_free(big);
	g_autoptr(TlReader) r = tl_reader_open(path, 0, NULL);
	const char *line;
	size_t len;
	ck_assert_int_eq(tl_reader_next(r, &line, &len, NULL), TL_READ_OK);
	ck_assert_uint_eq(len, n);
	ck_assert_int_eq(tl_reader_next(r, &line, &len, NULL), TL_READ_EOF);
	unlink(path);
}
END_TEST

START_TEST(test_reader_missing)
{
	g_autoptr(GError) err = NULL;
	TlReader *r = tl_reader_open("/nonexistent/x.jsonl", 0, &err);
	ck_assert_ptr_null(r);
	ck_assert_str_eq(err->message, "/nonexistent/x.jsonl: No such file or directory");
}
END_TEST

/* The string scan goes sixteen bytes at a time: a quote, a backslash or a
 * control character at every place around those blocks is still found, and
 * the decoded value is jansson's. */
START_TEST(test_string_blocks)
{
	static const char *const marks[] = {"\\n", "\\\"", "\\u00e9", "\\ud83d\\ude00", "\t",
	                                    "\x1f", "\"", "\xc3\xa9", "\x7f"};
	for (size_t m = 0; m < G_N_ELEMENTS(marks); m++)
		for (int len = 0; len < 40; len++)
			for (int at = 0; at <= len; at++) {
				GString *line = g_string_new("{\"k\":\"");
				for (int i = 0; i < len; i++) {
					if (i == at)
						g_string_append(line, marks[m]);
					g_string_append_c(line, (char)('a' + i % 26));
				}
				if (at == len)
					g_string_append(line, marks[m]);
				g_string_append(line, "\"}");
				json_error_t jerr;
				json_t *j = json_loadb(line->str, line->len, 0, &jerr);
				g_autoptr(GError) err = NULL;
				g_autoptr(TlRecord) rec = tl_record_parse(line->str, line->len, &err);
				ck_assert_msg((rec != NULL) == (j != NULL), "%s", line->str);
				if (rec) {
					size_t n = 0;
					const char *v = tl_record_get_string(rec, "k", &n);
					const char *jv = json_string_value(json_object_get(j, "k"));
					ck_assert_uint_eq(n, json_string_length(json_object_get(j, "k")));
					ck_assert(memcmp(v, jv, n) == 0);
				}
				json_decref(j);
				g_string_free(line, TRUE);
			}
}
END_TEST

/* Keys and string values written without jansson are what it writes. */
START_TEST(test_write_strings)
{
	static const char *const strs[] = {"plain", "", "a/b", "t1", "x\"y", "back\\slash",
	                                   "tab\t", "caf\xc3\xa9", "del\x7f", "\xe2\x80\xa8"};
	for (size_t i = 0; i < G_N_ELEMENTS(strs); i++) {
		g_autoptr(TlRecord) rec = tl_record_new();
		tl_record_set(rec, strs[i], json_string(strs[i]));
		GString *out = g_string_new(NULL);
		tl_record_write(rec, out);
		json_t *o = json_object();
		json_object_set_new(o, strs[i], json_string(strs[i]));
		char *want = json_dumps(o, JSON_COMPACT);
		g_string_truncate(out, out->len - 1);
		ck_assert_str_eq(out->str, want);
		free(want);
		json_decref(o);
		g_string_free(out, TRUE);
	}
}
END_TEST

Suite *tl_suite_record(void);
Suite *
tl_suite_record(void)
{
	Suite *s = suite_create("record");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, test_valid, 0, G_N_ELEMENTS(valid));
	tcase_add_loop_test(tc, test_invalid, 0, G_N_ELEMENTS(invalid));
	tcase_add_test(tc, test_not_object_message);
	tcase_add_test(tc, test_pretty_printed_message);
	tcase_add_test(tc, test_deep_nesting);
	tcase_add_test(tc, test_string_blocks);
	tcase_add_test(tc, test_write_strings);
	tcase_add_test(tc, test_splice);
	tcase_add_test(tc, test_new_record);
	tcase_add_test(tc, test_set_raw);
	tcase_add_test(tc, test_reader_lines);
	tcase_add_test(tc, test_reader_limit);
	tcase_add_test(tc, test_reader_long_line);
	tcase_add_test(tc, test_reader_missing);
	suite_add_tcase(s, tc);
	return s;
}
