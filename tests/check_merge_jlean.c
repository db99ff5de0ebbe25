/* tl-merge's lean JSON (stages/merge/jlean.c) against Jansson, which it
 * replaces: the same bytes written for strings, reals and days, and the same
 * values read for strings, integers, numbers and escaped keys. */
#include <string.h>
#include "tl/timeline.h"
#include "../stages/merge/jlean.h"
#include "tl_test.h"

static const char *strings[] = {
	"",
	"plain text",
	"quote \" and backslash \\ and slash /",
	"tab\tnew line\ncarriage\rback\bform\f",
	"\x01\x02\x1f control, \x7f DEL",
	"caf\xc3\xa9 \xe2\x82\xac \xf0\x9d\x84\x9e \xe2\x80\xa8 line separator",
	"\"=HYPERLINK()\"",
};

START_TEST(test_put_string)
{
	g_autoptr(GString) o = g_string_new(NULL);
	tl_jl_put_string(o, strings[_i]);
	json_t *j = json_string(strings[_i]);
	ck_assert_ptr_nonnull(j);
	g_autofree char *want = json_dumps(j, JSON_COMPACT | JSON_ENCODE_ANY);
	json_decref(j);
	ck_assert_str_eq(o->str, want);
}
END_TEST

static const double reals[] = {
	0, 1, -1, 0.85, 0.1, 0.01, 0.99, 1e-5, 1e-7, 123456, 1234567, 1e21, 0.123456789,
	-0.5, 2.5e-300, 1e300, 0.45, 0.36,
};

START_TEST(test_put_real)
{
	g_autoptr(GString) o = g_string_new(NULL);
	tl_jl_put_real(o, reals[_i]);
	json_t *j = json_real(reals[_i]);
	g_autofree char *want =
		json_dumps(j, JSON_COMPACT | JSON_ENCODE_ANY | JSON_REAL_PRECISION(6));
	json_decref(j);
	ck_assert_str_eq(o->str, want);
}
END_TEST

START_TEST(test_put_day)
{
	static const char *days[] = {"0001-01-01", "1987-02-26", "2024-02-29", "9999-12-31",
	                             "10000-01-01", "-0044-03-15"};
	for (size_t i = 0; i < G_N_ELEMENTS(days); i++) {
		gint64 d;
		ck_assert(tl_date_parse_day(days[i], &d));
		g_autoptr(GString) o = g_string_new(NULL);
		tl_jl_put_day(o, d);
		g_autofree char *f = tl_date_format_day(d);
		g_autofree char *want = g_strdup_printf("\"%s\"", f);
		ck_assert_str_eq(o->str, want);
	}
}
END_TEST

static TlJSpan
span(const char *s)
{
	return (TlJSpan){s, s + strlen(s)};
}

/* Strings are scanned eight bytes at a time for what needs an escape: each
 * such byte at each place of two words and their tail, into a buffer of
 * every fill (its room runs out at each place too). */
START_TEST(test_put_string_places)
{
	static const char specials[] = {'"', '\\', '\n', '\x01', '\x1f', ' ', '\x7f', '!', '#', '[', ']'};
	for (size_t len = 1; len <= 19; len++)
		for (size_t at = 0; at < len; at++)
			for (size_t k = 0; k < sizeof specials; k++) {
				char s[20];
				memset(s, 'a', len);
				s[len] = '\0';
				s[at] = specials[k];
				json_t *j = json_string(s);
				g_autofree char *want = json_dumps(j, JSON_COMPACT | JSON_ENCODE_ANY);
				json_decref(j);
				for (size_t fill = 0; fill < 24; fill++) {
					g_autoptr(GString) o = g_string_sized_new(16);
					for (size_t f = 0; f < fill; f++)
						g_string_append_c(o, '.');
					tl_jl_put_string(o, s);
					ck_assert_uint_eq(o->len, fill + strlen(want));
					ck_assert_str_eq(o->str + fill, want);
				}
			}
}
END_TEST

/* Reals and days are cached by value: written again, and past the cache's
 * size (values that share a slot), the same bytes. */
START_TEST(test_put_cached)
{
	for (int round = 0; round < 2; round++)
		for (int k = -3000; k <= 3000; k += round ? 7 : 1) {
			double x = k / 100.0 * (k % 3 ? 1 : 1e-4);
			g_autoptr(GString) o = g_string_new(NULL);
			tl_jl_put_real(o, x);
			json_t *j = json_real(x);
			g_autofree char *want =
				json_dumps(j, JSON_COMPACT | JSON_ENCODE_ANY | JSON_REAL_PRECISION(6));
			json_decref(j);
			ck_assert_str_eq(o->str, want);
			gint64 d = 700000 + k * 3;
			g_string_truncate(o, 0);
			tl_jl_put_day(o, d);
			g_autofree char *f = tl_date_format_day(d);
			g_autofree char *day = g_strdup_printf("\"%s\"", f);
			ck_assert_str_eq(o->str, day);
		}
}
END_TEST

/* Unsigned integers as Jansson writes them. */
START_TEST(test_put_uint)
{
	static const guint64 v[] = {0, 7, 10, 99, 100, 4294967295u, G_MAXUINT64};
	for (size_t i = 0; i < G_N_ELEMENTS(v); i++) {
		g_autoptr(GString) o = g_string_new(NULL);
		tl_annot_json_uint(o, v[i]);
		g_autofree char *want = g_strdup_printf("%" G_GUINT64_FORMAT, v[i]);
		ck_assert_str_eq(o->str, want);
	}
}
END_TEST

/* A member after a string whose escaped quote or backslash is at each
 * place of its first words is found, and the string read whole. */
START_TEST(test_skip_places)
{
	g_autoptr(GString) scratch = g_string_new(NULL);
	for (size_t len = 0; len <= 20; len++)
		for (size_t at = 0; at <= len; at++) {
			/* len bytes of 'x', an escaped quote or backslash at at */
			for (int q = 0; q < 2; q++) {
				g_autoptr(GString) obj = g_string_new("{\"a\":\"");
				for (size_t i = 0; i < len; i++) {
					if (i == at)
						g_string_append(obj, q ? "\\\"" : "\\\\");
					g_string_append_c(obj, 'x');
				}
				g_string_append(obj, "\",\"b\":\"yz\"}");
				TlJIter it;
				ck_assert(tl_jl_iter(&it, span(obj->str), '{'));
				const char *k;
				size_t kl;
				gboolean ke;
				TlJSpan v, a = {0}, b = {0};
				while (tl_jl_next_member(&it, &k, &kl, &ke, &v)) {
					if (TL_JL_KEY_IS(k, kl, ke, "a"))
						a = v;
					else if (TL_JL_KEY_IS(k, kl, ke, "b"))
						b = v;
				}
				ck_assert_str_eq(tl_jl_string(b, scratch), "yz");
				json_t *j = json_loadb(a.v, (size_t)(a.e - a.v), JSON_DECODE_ANY, NULL);
				ck_assert_ptr_nonnull(j);
				ck_assert_str_eq(tl_jl_string(a, scratch), json_string_value(j));
				json_decref(j);
			}
		}
}
END_TEST

/* Reading: strings decoded as Jansson decodes them, by member, escaped keys too. */
START_TEST(test_read)
{
	const char *obj = "{\"a\":\"x\\u00e9\\ud834\\udd1e\\n\\\"\\/\", \"\\u0069d\" : [1, 2.0, -0, "
	                  "\"s\", {\"k\": [3]}, null], \"id\":7, \"n\":1E2}";
	g_autoptr(GString) scratch = g_string_new(NULL);
	TlJIter it;
	ck_assert(tl_jl_iter(&it, span(obj), '{'));
	const char *k;
	size_t kl;
	gboolean ke;
	TlJSpan v, a = {0}, id = {0}, n = {0};
	int ids = 0;
	while (tl_jl_next_member(&it, &k, &kl, &ke, &v)) {
		if (TL_JL_KEY_IS(k, kl, ke, "a"))
			a = v;
		else if (TL_JL_KEY_IS(k, kl, ke, "id"))
			id = v, ids++;
		else if (TL_JL_KEY_IS(k, kl, ke, "n"))
			n = v;
	}
	ck_assert_int_eq(ids, 2); /* "\u0069d" is "id"; the last one wins, as in Jansson */
	json_t *j = json_loadb(a.v, (size_t)(a.e - a.v), JSON_DECODE_ANY, NULL);
	ck_assert_str_eq(tl_jl_string(a, scratch), json_string_value(j));
	json_decref(j);
	gint64 iv;
	double dv;
	ck_assert(tl_jl_integer(id, &iv));
	ck_assert_int_eq(iv, 7);
	ck_assert(!tl_jl_integer(n, &iv)); /* 1E2 is a real for Jansson */
	ck_assert(tl_jl_number(n, &dv));
	ck_assert(dv == 100.0);
	/* the array under the escaped key, element by element */
	it = (TlJIter){0};
	ck_assert(tl_jl_iter(&it, span(obj), '{'));
	TlJSpan arr = {0};
	while (tl_jl_next_member(&it, &k, &kl, &ke, &v))
		if (ke)
			arr = v;
	ck_assert(tl_jl_integer(tl_jl_index(arr, 0), &iv) && iv == 1);
	ck_assert(!tl_jl_integer(tl_jl_index(arr, 1), &iv)); /* 2.0 */
	ck_assert(tl_jl_integer(tl_jl_index(arr, 2), &iv) && iv == 0);
	ck_assert_str_eq(tl_jl_string(tl_jl_index(arr, 3), scratch), "s");
	TlJSpan o = tl_jl_index(arr, 4);
	ck_assert(o.v && *o.v == '{' && o.e[-1] == '}');
	TlJSpan last = tl_jl_index(arr, 5);
	ck_assert(last.v && strncmp(last.v, "null", 4) == 0);
	ck_assert_ptr_null(tl_jl_index(arr, 6).v);
	ck_assert_ptr_null(tl_jl_string(last, scratch));
}
END_TEST

/* The span of a value from where it begins: a string with escaped quotes,
 * an object and an array holding strings with brackets, a number, null. */
START_TEST(test_value)
{
	static const char *const values[][2] = {
		{"\"a \\\"b\\\" \\\\\",\"x\":1}", "\"a \\\"b\\\" \\\\\""},
		{"{\"k\":\"}\",\"l\":[\"]\"]},\"m\":2", "{\"k\":\"}\",\"l\":[\"]\"]}"},
		{"[1,[2,\"[\"],{}],3", "[1,[2,\"[\"],{}]"},
		{"-1.5e3,\"n\":0}", "-1.5e3"},
		{"null}", "null"},
	};
	for (guint i = 0; i < G_N_ELEMENTS(values); i++) {
		const char *p = values[i][0];
		TlJSpan v = tl_jl_value(p, p + strlen(p));
		ck_assert_ptr_eq(v.v, p);
		ck_assert_uint_eq((size_t)(v.e - v.v), strlen(values[i][1]));
		ck_assert(strncmp(v.v, values[i][1], strlen(values[i][1])) == 0);
	}
}
END_TEST

/* Objects in an array walked in one pass, and what is not an object skipped. */
START_TEST(test_objects)
{
	const char *arr = "[ {\"id\":\"e1\",\"t\":{\"x\":\"}\"}} , 5, {} ,{\"id\":\"e2\"} ]";
	g_autoptr(GString) scratch = g_string_new(NULL);
	TlJIter it, obj;
	gboolean isobj;
	ck_assert(tl_jl_iter(&it, span(arr), '['));
	GString *ids = g_string_new(NULL);
	int n = 0;
	while (tl_jl_next_object(&it, &obj, &isobj)) {
		n++;
		if (!isobj)
			continue;
		const char *k;
		size_t kl;
		gboolean ke;
		TlJSpan v;
		while (tl_jl_next_member(&obj, &k, &kl, &ke, &v))
			if (TL_JL_KEY_IS(k, kl, ke, "id"))
				g_string_append(ids, tl_jl_string(v, scratch));
		tl_jl_close(&it, &obj);
	}
	ck_assert_int_eq(n, 4);
	ck_assert_str_eq(ids->str, "e1e2");
	g_string_free(ids, TRUE);
}
END_TEST

Suite *tl_suite_merge_jlean(void);
Suite *
tl_suite_merge_jlean(void)
{
	Suite *s = suite_create("merge_jlean");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_put_string, 0, G_N_ELEMENTS(strings));
	tcase_add_loop_test(tc, test_put_real, 0, G_N_ELEMENTS(reals));
	tcase_add_test(tc, test_put_day);
	tcase_add_test(tc, test_put_string_places);
	tcase_add_test(tc, test_put_cached);
	tcase_add_test(tc, test_put_uint);
	tcase_add_test(tc, test_skip_places);
	tcase_add_test(tc, test_read);
	tcase_add_test(tc, test_objects);
	tcase_add_test(tc, test_value);
	suite_add_tcase(s, tc);
	return s;
}
