/* UTF-8 validation, repair and offset conversion. */
#include <string.h>
#include "tl/utf8.h"
#include "tl_test.h"

static const struct {
	const char *in;
	size_t len;      /* 0: strlen(in) */
	gboolean valid;
	size_t bad;      /* offset of the first invalid sequence */
} validate_cases[] = {
	{"", 0, TRUE, 0},
	{"plain ASCII text that is longer than eight bytes", 0, TRUE, 0},
	{"caf\xc3\xa9 \xe2\x80\x9cq\xe2\x80\x9d \xf0\x9f\x98\x80", 0, TRUE, 0},
	{"\xef\xbb\xbf" "BOM", 0, TRUE, 0},
	{"abcdefgh\xff", 0, FALSE, 8},          /* invalid byte after the fast path */
	{"ab\xc3", 0, FALSE, 2},                /* truncated */
	{"\xc0\xaf", 0, FALSE, 0},              /* overlong */
	{"\xe0\x80\xaf", 0, FALSE, 0},          /* overlong, 3 bytes */
	{"\xed\xa0\x80", 0, FALSE, 0},          /* surrogate */
	{"\xf4\x90\x80\x80", 0, FALSE, 0},      /* above U+10FFFF */
	{"\xf5\x80\x80\x80", 0, FALSE, 0},
	{"x\x80y", 0, FALSE, 1},                /* lone continuation */
	{"abc\0def", 7, FALSE, 3},              /* NUL */
	{"12345678901234\0", 15, FALSE, 14},    /* NUL in the fast path */
	{"\xe2\x82\xac\xe2\x82", 0, FALSE, 3},
};

START_TEST(test_validate)
{
	const typeof(validate_cases[0]) *c = &validate_cases[_i];
	size_t len = c->len ? c->len : strlen(c->in), bad = 12345;
	ck_assert_int_eq(tl_utf8_validate(c->in, len, &bad), c->valid);
	if (!c->valid)
		ck_assert_uint_eq(bad, c->bad);
	ck_assert_int_eq(tl_utf8_validate(c->in, len, NULL), c->valid);
}
END_TEST

static const struct {
	const char *in;
	size_t len;
	const char *out;
	size_t replaced;
} clean_cases[] = {
	{"ok", 0, "ok", 0},
	{"a\r\nb\rc\n", 0, "a\nb\nc\n", 0},
	{"tab\tkept, bell\a and esc\x1b dropped\x7f", 0, "tab\tkept, bell and esc dropped", 0},
	{"C1 \xc2\x85 control, \xc2\xa0 kept", 0, "C1  control, \xc2\xa0 kept", 0},
	{"bad \xff byte", 0, "bad \xef\xbf\xbd byte", 1},
	{"two \xc3\xc3", 0, "two \xef\xbf\xbd\xef\xbf\xbd", 2},
	{"nul\0gone", 8, "nulgone", 0},
	{"\xed\xa0\x80", 0, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 3},
};

START_TEST(test_clean)
{
	const typeof(clean_cases[0]) *c = &clean_cases[_i];
	size_t len = c->len ? c->len : strlen(c->in), out_len = 0, n = 99;
	g_autofree char *out = tl_utf8_clean(c->in, len, &out_len, &n);
	ck_assert_str_eq(out, c->out);
	ck_assert_uint_eq(out_len, strlen(c->out));
	ck_assert_uint_eq(n, c->replaced);
	ck_assert(tl_utf8_validate(out, out_len, NULL));
}
END_TEST

START_TEST(test_offsets)
{
	const char *s = "a\xc3\xa9\xe2\x80\x9c\xf0\x9f\x98\x80z"; /* a é “ 😀 z */
	size_t len = strlen(s);
	static const size_t bytes[] = {0, 1, 3, 6, 10, 11};
	for (size_t i = 0; i < G_N_ELEMENTS(bytes); i++)
		ck_assert_uint_eq(tl_utf8_cp_offset(s, bytes[i]), i);
	g_autofree guint32 *t = tl_utf8_cp_table(s, len);
	for (size_t i = 0; i < G_N_ELEMENTS(bytes); i++)
		ck_assert_uint_eq(t[bytes[i]], i);
	ck_assert_uint_eq(t[len], 5);
	g_autofree guint32 *e = tl_utf8_cp_table("", 0);
	ck_assert_uint_eq(e[0], 0);
}
END_TEST

static const struct {
	const char *s;
	gboolean alnum;
} alnum_cases[] = {
	{"a", TRUE},   {"Z", TRUE},          {"7", TRUE},          {" ", FALSE},
	{"-", FALSE},  {"\xc3\xa9", TRUE},   {"\xd0\x96", TRUE},   {"\xe2\x80\x9c", FALSE},
	{"\xd9\xa3", TRUE}, /* Arabic-Indic three */
	{"\xf0\x9f\x98\x80", FALSE}, {"\xc3", FALSE},
};

START_TEST(test_alnum)
{
	const char *s = alnum_cases[_i].s;
	ck_assert_int_eq(tl_utf8_is_alnum_at(s, s + strlen(s)), alnum_cases[_i].alnum);
}
END_TEST

/* A right single quote written as the apostrophe; other marks kept. */
START_TEST(test_plain_apostrophes)
{
	static const struct {
		const char *in, *out;
	} cases[] = {
		{"we\u2019re", "we're"},     {"\u2019s", "'s"},      {"don't", "don't"},
		{"\u2018a\u2019", "\u2018a'"}, {"\u201cx\u201d", "\u201cx\u201d"}, {"", ""},
		{"a\u2019\u2019b", "a''b"}, {"\xe2\x80", "\xe2\x80"},
	};
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		char out[32];
		size_t n = tl_utf8_plain_apostrophes(cases[i].in, strlen(cases[i].in), out);
		out[n] = '\0';
		ck_assert_str_eq(out, cases[i].out);
	}
}
END_TEST

/* Compressed files named by their magic number (they were "invalid UTF-8
 * at byte 1" or "expected '{'"); text that merely starts alike is not. */
static const struct {
	const char *s;
	size_t len;
	const char *name;
} compressed_cases[] = {
	{"\x1f\x8b\x08\x00", 4, "gzip"},
	{"\xfd" "7zXZ\0\0", 7, "xz"},
	{"\x28\xb5\x2f\xfd\x00", 5, "zstd"},
	{"PK\x03\x04\x14", 5, "zip"},
	{"BZh91AY&SY\x01", 11, "bzip2"},
	{"BZh is no file", 14, NULL},
	{"PK is a name", 12, NULL},
	{"\x1f", 1, NULL},
	{"{\"id\":\"a\"}", 10, NULL},
	{"", 0, NULL},
};

START_TEST(test_compressed)
{
	const char *got = tl_compressed_name(compressed_cases[_i].s, compressed_cases[_i].len);
	if (compressed_cases[_i].name)
		ck_assert_str_eq(got, compressed_cases[_i].name);
	else
		ck_assert_ptr_null(got);
}
END_TEST

/* --lossy on a JSON line: invalid UTF-8 and lone surrogate escapes are
 * U+FFFD, pairs and escaped backslashes kept. */
static const struct {
	const char *in, *out;
	size_t n;
} lossy_cases[] = {
	{"{\"t\":\"a\\ud800b\"}", "{\"t\":\"a\\ufffdb\"}", 1},
	{"{\"t\":\"\\udc00\\ud800\"}", "{\"t\":\"\\ufffd\\ufffd\"}", 2},
	{"{\"t\":\"\\ud83d\\ude00\"}", "{\"t\":\"\\ud83d\\ude00\"}", 0},
	{"{\"t\":\"\\\\ud800\"}", "{\"t\":\"\\\\ud800\"}", 0},
	{"{\"t\":\"a\xff" "b\"}", "{\"t\":\"a\xef\xbf\xbd" "b\"}", 1},
	{"{\"t\":\"\\ud800", "{\"t\":\"\\ufffd", 1},
	{"\\u12", "\\u12", 0},
};

START_TEST(test_lossy_json)
{
	size_t n = 99, len = 0;
	const char *in = lossy_cases[_i].in;
	g_autofree char *out = tl_utf8_lossy_json(in, strlen(in), &len, &n);
	ck_assert_str_eq(out, lossy_cases[_i].out);
	ck_assert_uint_eq(len, strlen(lossy_cases[_i].out));
	ck_assert_uint_eq(n, lossy_cases[_i].n);
}
END_TEST

Suite *tl_suite_utf8(void);
Suite *
tl_suite_utf8(void)
{
	Suite *s = suite_create("utf8");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_validate, 0, G_N_ELEMENTS(validate_cases));
	tcase_add_loop_test(tc, test_clean, 0, G_N_ELEMENTS(clean_cases));
	tcase_add_test(tc, test_offsets);
	tcase_add_loop_test(tc, test_alnum, 0, G_N_ELEMENTS(alnum_cases));
	tcase_add_test(tc, test_plain_apostrophes);
	tcase_add_loop_test(tc, test_compressed, 0, G_N_ELEMENTS(compressed_cases));
	tcase_add_loop_test(tc, test_lossy_json, 0, G_N_ELEMENTS(lossy_cases));
	suite_add_tcase(s, tc);
	return s;
}
