/*
 * What tl-events reads of a record (stages/events/input.c): its sentences
 * and timexes, read from the line's bytes when they are in tl-dates' plain
 * form and by Jansson otherwise.  Each case gives a record line and what
 * Jansson's reading makes of it (an offset that is there but no integer,
 * such as 1.0, is refused; json_string_value of a non-string NULL, the last
 * of two equal keys wins, a member Jansson cannot load is refused), so the
 * two paths must agree on every one.
 */
#include <string.h>
#include "../stages/events/events.h"
#include "tl_test.h"

#define TEXT "\"text\":\"0123456789\""

static const struct {
	const char *line;
	gboolean ok;
	guint count; /* timexes read */
	/* the first one's: */
	guint32 start, end;
	const char *type, *value, *range0, *range1, *id;
} timexes[] = {
	{"{" TEXT ",\"timexes\":[{\"id\":\"t1\",\"start\":1,\"end\":3,\"text\":\"12\",\"type\":\"DATE\","
	 "\"value\":\"2024\",\"mod\":null,\"range\":[\"2024-01-01\",\"2025-01-01\"],\"rule\":\"r\"}]}",
	 TRUE, 1, 1, 3, "DATE", "2024", "2024-01-01", "2025-01-01", "t1"},
	/* escapes in a member tl-events skips, and blanks */
	{"{" TEXT ",\"timexes\" : [ { \"text\" : \"a\\\"b\\nc\" , \"id\" : \"t1\" , \"start\" : 2 ,"
	 " \"end\" : 4 } ] }",
	 TRUE, 1, 2, 4, NULL, NULL, NULL, NULL, "t1"},
	/* a \u escape anywhere, an escape in a string it uses */
	{"{" TEXT ",\"timexes\":[{\"text\":\"\\u00e9\",\"id\":\"t1\",\"start\":0,\"end\":1}]}", TRUE, 1, 0,
	 1, NULL, NULL, NULL, NULL, "t1"},
	{"{" TEXT ",\"timexes\":[{\"id\":\"t\\\"1\",\"start\":0,\"end\":1,\"type\":\"D\\/T\"}]}", TRUE, 1,
	 0, 1, "D/T", NULL, NULL, NULL, "t\"1"},
	/* a real is no offset (it read as 0) */
	{"{" TEXT ",\"timexes\":[{\"id\":\"t1\",\"start\":1.0,\"end\":3}]}", FALSE, 0, 0, 0, NULL, NULL,
	 NULL, NULL, NULL},
	/* the last of two equal keys */
	{"{" TEXT ",\"timexes\":[{\"id\":\"a\",\"start\":1,\"end\":2,\"id\":\"b\",\"end\":5}]}", TRUE, 1, 1,
	 5, NULL, NULL, NULL, NULL, "b"},
	/* no id: not read; an element that is no object has none */
	{"{" TEXT ",\"timexes\":[{\"start\":1,\"end\":2},7,{\"id\":\"t2\",\"start\":3,\"end\":4}]}", TRUE,
	 1, 3, 4, NULL, NULL, NULL, NULL, "t2"},
	/* strings that are not strings, ranges that are not pairs of strings */
	{"{" TEXT ",\"timexes\":[{\"id\":\"t1\",\"type\":null,\"value\":5,\"range\":\"x\"}]}", TRUE, 1, 0,
	 0, NULL, NULL, NULL, NULL, "t1"},
	{"{" TEXT ",\"timexes\":[{\"id\":\"t1\",\"range\":[\"a\"]}]}", TRUE, 1, 0, 0, NULL, NULL, "a",
	 NULL, "t1"},
	{"{" TEXT ",\"timexes\":[{\"id\":\"t1\",\"range\":[null,\"b\",\"c\"],\"x\":[[[{}]]]}]}", TRUE, 1, 0,
	 0, NULL, NULL, NULL, "b", "t1"},
	{"{" TEXT ",\"timexes\":[{\"id\":\"t1\",\"range\":[\"a\",\"b\"],\"range\":{}}]}", TRUE, 1, 0, 0,
	 NULL, NULL, NULL, NULL, "t1"},
	/* a number Jansson cannot load: refused (the timexes were all dropped) */
	{"{" TEXT ",\"timexes\":[{\"id\":\"t1\",\"start\":1,\"end\":2,\"x\":123456789012345678901234}]}",
	 FALSE, 0, 0, 0, NULL, NULL, NULL, NULL, NULL},
	{"{" TEXT ",\"timexes\":[{\"id\":\"t1\",\"start\":1,\"end\":2,\"x\":1e999}]}", FALSE, 0, 0, 0, NULL, NULL, NULL, NULL, NULL},
	/* none */
	{"{" TEXT ",\"timexes\":null}", TRUE, 0, 0, 0, NULL, NULL, NULL, NULL, NULL},
	{"{" TEXT ",\"timexes\":[]}", TRUE, 0, 0, 0, NULL, NULL, NULL, NULL, NULL},
	{"{" TEXT "}", TRUE, 0, 0, 0, NULL, NULL, NULL, NULL, NULL},
	/* bad ones */
	{"{" TEXT ",\"timexes\":[{\"id\":\"t1\",\"start\":1,\"end\":11}]}", FALSE, 0, 0, 0, NULL, NULL, NULL, NULL, NULL},
	{"{" TEXT ",\"timexes\":[{\"id\":\"t1\",\"start\":-1,\"end\":1}]}", FALSE, 0, 0, 0, NULL, NULL, NULL, NULL, NULL},
	{"{" TEXT ",\"timexes\":[{\"id\":\"t1\",\"start\":3,\"end\":2}]}", FALSE, 0, 0, 0, NULL, NULL, NULL, NULL, NULL},
	{"{" TEXT ",\"timexes\":[{\"start\":3,\"end\":20}]}", FALSE, 0, 0, 0, NULL, NULL, NULL, NULL, NULL},
	{"{" TEXT ",\"timexes\":{}}", FALSE, 0, 0, 0, NULL, NULL, NULL, NULL, NULL},
	{"{" TEXT ",\"timexes\":\"t\"}", FALSE, 0, 0, 0, NULL, NULL, NULL, NULL, NULL},
};

static const char *
str_or_null(const char *s)
{
	return s ? s : "(null)";
}

START_TEST(test_timexes)
{
	size_t len = 0;
	g_autoptr(GError) err = NULL;
	g_autoptr(TlRecord) rec = tl_record_parse(timexes[_i].line, strlen(timexes[_i].line), &err);
	ck_assert_msg(rec != NULL, "case %d: %s", _i, err ? err->message : "");
	ck_assert(tl_record_get_string(rec, "text", &len) != NULL);
	g_autoptr(GArray) tx = g_array_new(FALSE, FALSE, sizeof(TlEvTimex));
	gboolean ok = tl_ev_record_timexes(rec, len, tx, &err);
	ck_assert_msg(ok == timexes[_i].ok, "case %d", _i);
	if (!ok) {
		ck_assert(err != NULL);
		return;
	}
	ck_assert_uint_eq(tx->len, timexes[_i].count);
	if (!tx->len)
		return;
	const TlEvTimex *x = &g_array_index(tx, TlEvTimex, 0);
	ck_assert_uint_eq(x->start, timexes[_i].start);
	ck_assert_uint_eq(x->end, timexes[_i].end);
	ck_assert_str_eq(str_or_null(x->type), str_or_null(timexes[_i].type));
	ck_assert_str_eq(str_or_null(x->value), str_or_null(timexes[_i].value));
	ck_assert_str_eq(str_or_null(x->range0), str_or_null(timexes[_i].range0));
	ck_assert_str_eq(str_or_null(x->range1), str_or_null(timexes[_i].range1));
	ck_assert_str_eq(str_or_null(x->id), str_or_null(timexes[_i].id));
}
END_TEST

static const struct {
	const char *sentences;
	gboolean ok;
	guint count;
	guint32 last_end; /* of the last span read */
} sentences[] = {
	{"[[0,3],[4,10]]", TRUE, 2, 10},
	{" [ [ 0 , 3 ] , [ 3 , 5 ] ] ", TRUE, 2, 5},
	{"null", TRUE, 0, 0},
	{"[]", TRUE, 0, 0},
	/* no array: refused, as 'timexes' is (it was read as no sentences) */
	{"\"x\"", FALSE, 0, 0},
	{"{}", FALSE, 0, 0},
	{"5", FALSE, 0, 0},
	/* a third member is not looked at; a real is no offset */
	{"[[0,3,9]]", TRUE, 1, 3},
	{"[[0.5,3]]", FALSE, 0, 0},
	{"[[0,3],[2,5]]", FALSE, 0, 0},
	{"[[0,11]]", FALSE, 0, 0},
	{"[[4,3]]", FALSE, 0, 0},
	{"[5]", FALSE, 0, 0},
	{"[[0]]", TRUE, 1, 0}, /* b is absent: 0 */
};

START_TEST(test_sentences)
{
	g_autofree char *line = g_strdup_printf("{" TEXT ",\"sentences\":%s}", sentences[_i].sentences);
	g_autoptr(GError) err = NULL;
	g_autoptr(TlRecord) rec = tl_record_parse(line, strlen(line), &err);
	ck_assert(rec != NULL);
	g_autoptr(GArray) spans = g_array_new(FALSE, FALSE, sizeof(TlSpan));
	gboolean ok = tl_ev_record_spans(rec, 10, spans, &err);
	ck_assert_msg(ok == sentences[_i].ok, "case %d", _i);
	if (!ok)
		return;
	ck_assert_uint_eq(spans->len, sentences[_i].count);
	if (spans->len)
		ck_assert_uint_eq(g_array_index(spans, TlSpan, spans->len - 1).end,
		                  sentences[_i].last_end);
}
END_TEST

Suite *tl_suite_events_input(void);
Suite *
tl_suite_events_input(void)
{
	Suite *s = suite_create("events_input");
	TCase *tc = tcase_create("events_input");
	tcase_add_loop_test(tc, test_timexes, 0, G_N_ELEMENTS(timexes));
	tcase_add_loop_test(tc, test_sentences, 0, G_N_ELEMENTS(sentences));
	suite_add_tcase(s, tc);
	return s;
}
