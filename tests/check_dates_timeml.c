/*
 * The kit's TimeML writer (tl_timeml_write): tags around the right bytes,
 * escaping, nesting, crossing spans dropped, bad offsets refused, events with
 * MAKEINSTANCE/TLINK, and the text content equal to the input byte for byte
 * (checked by parsing the output with libxml2).
 */
#include <string.h>
#include <libxml/parser.h>
#include "tl/timeml.h"
#include "tl_test.h"

static const struct {
	const char *text, *timexes, *events;
	const char *want_text; /* the <TEXT> element, or NULL for "must fail" */
	guint dropped;
} cases[] = {
	{"He left on 26 April.", "[{\"id\":\"t1\",\"start\":11,\"end\":19,\"type\":\"DATE\",\"value\":\"2024-04-26\"}]",
	 NULL, "<TEXT>He left on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-04-26\">26 April</TIMEX3>.</TEXT>", 0},
	{"A & B < C > D \"q\"", "[]", NULL, "<TEXT>A &amp; B &lt; C &gt; D &quot;q&quot;</TEXT>", 0},
	{"now", "[{\"start\":0,\"end\":3,\"type\":\"DATE\",\"value\":\"PRESENT_REF\"}]", NULL,
	 "<TEXT><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"PRESENT_REF\">now</TIMEX3></TEXT>", 0},
	{"less than a year", "[{\"id\":\"t1\",\"start\":0,\"end\":16,\"type\":\"DURATION\",\"value\":\"P1Y\",\"mod\":\"LESS_THAN\"}]",
	 NULL, "<TEXT><TIMEX3 tid=\"t1\" type=\"DURATION\" value=\"P1Y\" mod=\"LESS_THAN\">less than a year</TIMEX3></TEXT>", 0},
	{"abcdef", "[{\"id\":\"t1\",\"start\":0,\"end\":4,\"type\":\"DATE\",\"value\":\"X\"},{\"id\":\"t2\",\"start\":2,\"end\":6,\"type\":\"DATE\",\"value\":\"Y\"}]",
	 NULL, "<TEXT><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"X\">abcd</TIMEX3>ef</TEXT>", 1},
	{"He left Friday.", "[{\"id\":\"t1\",\"start\":8,\"end\":14,\"type\":\"DATE\",\"value\":\"2024-04-26\"}]",
	 "[{\"id\":\"e1\",\"class\":\"OCCURRENCE\",\"trigger\":{\"start\":3,\"end\":7},\"time\":\"t1\",\"relation\":\"IS_INCLUDED\",\"tense\":\"PAST\"}]",
	 "<TEXT>He <EVENT eid=\"e1\" class=\"OCCURRENCE\">left</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-04-26\">Friday</TIMEX3>.</TEXT>", 0},
	{"caf\xc3\xa9 today", "[{\"id\":\"t1\",\"start\":6,\"end\":11,\"type\":\"DATE\",\"value\":\"2024-04-27\"}]", NULL,
	 "<TEXT>caf\xc3\xa9 <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-04-27\">today</TIMEX3></TEXT>", 0},
	{"caf\xc3\xa9", "[{\"id\":\"t1\",\"start\":4,\"end\":5,\"type\":\"DATE\",\"value\":\"X\"}]", NULL, NULL, 0},
	{"abc", "[{\"id\":\"t1\",\"start\":1,\"end\":9,\"type\":\"DATE\",\"value\":\"X\"}]", NULL, NULL, 0},
	{"abc", "[{\"id\":\"t1\",\"start\":2,\"end\":2,\"type\":\"DATE\",\"value\":\"X\"}]", NULL, NULL, 0},
	{"line one\nline two\n", "[{\"id\":\"t1\",\"start\":5,\"end\":8,\"type\":\"DATE\",\"value\":\"X\"}]", NULL,
	 "<TEXT>line <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"X\">one</TIMEX3>\nline two\n</TEXT>", 0},
	{"the day before", "[{\"id\":\"t1\",\"start\":0,\"end\":14,\"type\":\"DATE\",\"value\":\"X\"},{\"id\":\"t2\",\"start\":4,\"end\":7,\"type\":\"DURATION\",\"value\":\"P1D\"}]",
	 NULL, "<TEXT><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"X\">the <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P1D\">day</TIMEX3> before</TIMEX3></TEXT>", 0},
};

/* The text content of <TEXT> in a TimeML document, by libxml2. */
static char *
text_content(const char *doc, size_t len)
{
	g_autoptr(xmlDoc) x = xmlReadMemory(doc, (int)len, "t.tml", "UTF-8", XML_PARSE_NONET);
	if (!x)
		return NULL;
	for (xmlNode *n = xmlDocGetRootElement(x)->children; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, "TEXT") == 0) {
			xmlChar *c = xmlNodeGetContent(n);
			char *s = g_strdup((const char *)c);
			xmlFree(c);
			return s;
		}
	return NULL;
}

START_TEST(test_write)
{
	json_error_t jerr;
	g_autoptr(json_t) tx = json_loads(cases[_i].timexes, 0, &jerr);
	g_autoptr(json_t) ev = cases[_i].events ? json_loads(cases[_i].events, 0, &jerr) : NULL;
	ck_assert_ptr_nonnull(tx);
	g_autoptr(GString) out = g_string_new(NULL);
	g_autoptr(GError) err = NULL;
	guint dropped = 99;
	const char *text = cases[_i].text;
	gboolean ok = tl_timeml_write(out, "doc1", "2024-04-27", text, strlen(text), tx, ev, &dropped,
	                              &err);
	if (!cases[_i].want_text) {
		ck_assert(!ok);
		ck_assert_ptr_nonnull(err);
		ck_assert_uint_eq(out->len, 0);
		return;
	}
	ck_assert_msg(ok, "%s", err ? err->message : "");
	ck_assert_uint_eq(dropped, cases[_i].dropped);
	ck_assert_msg(strstr(out->str, cases[_i].want_text) != NULL, "want %s in\n%s",
	              cases[_i].want_text, out->str);
	ck_assert(strstr(out->str, "functionInDocument=\"CREATION_TIME\">2024-04-27</TIMEX3>") != NULL);
	g_autofree char *content = text_content(out->str, out->len);
	ck_assert_ptr_nonnull(content);
	ck_assert_str_eq(content, text);
	if (ev) {
		ck_assert(strstr(out->str, "<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\" tense=\"PAST\" />") != NULL);
		ck_assert(strstr(out->str, "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" "
		                           "relatedToTime=\"t1\" />") != NULL);
	}
}
END_TEST

/*
 * A span left out (crossing another, or an id used twice) takes with it
 * what refers to it: its MAKEINSTANCE, and the TLINKs to it.  Before, the
 * document kept a MAKEINSTANCE of an EVENT not there and a TLINK to a
 * TIMEX3 not there, and an id repeated gave two tags of one XML ID.
 */
static const struct {
	const char *timexes, *events;
	guint dropped;
	const char *want, *not_want;
} left_cases[] = {
	/* the event crosses the timex: the timex goes, and the TLINK to it */
	{"[{\"id\":\"t1\",\"start\":8,\"end\":14,\"type\":\"DATE\",\"value\":\"X\"}]",
	 "[{\"id\":\"e1\",\"class\":\"OCCURRENCE\",\"trigger\":{\"start\":3,\"end\":10},\"time\":\"t1\"}]",
	 1, "<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\"", "<TLINK"},
	/* the timex first: the event goes, and its MAKEINSTANCE and TLINK */
	{"[{\"id\":\"t1\",\"start\":3,\"end\":10,\"type\":\"DATE\",\"value\":\"X\"}]",
	 "[{\"id\":\"e1\",\"class\":\"OCCURRENCE\",\"trigger\":{\"start\":8,\"end\":14},\"time\":\"t1\"}]",
	 1, "<TIMEX3 tid=\"t1\"", "<MAKEINSTANCE"},
	/* two events of one id: the second goes */
	{"[]",
	 "[{\"id\":\"e1\",\"class\":\"OCCURRENCE\",\"trigger\":{\"start\":3,\"end\":7}},"
	 "{\"id\":\"e1\",\"class\":\"OCCURRENCE\",\"trigger\":{\"start\":8,\"end\":14}}]",
	 1, "<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\"", "ei2"},
	/* two timexes of one id: the first is written, and the TLINK to it kept */
	{"[{\"id\":\"t1\",\"start\":8,\"end\":14,\"type\":\"DATE\",\"value\":\"X\"},"
	 "{\"id\":\"t1\",\"start\":0,\"end\":2,\"type\":\"DATE\",\"value\":\"Y\"}]",
	 "[{\"id\":\"e1\",\"class\":\"OCCURRENCE\",\"trigger\":{\"start\":3,\"end\":7},\"time\":\"t1\"}]",
	 1, "relatedToTime=\"t1\"", "value=\"X\""},
};

START_TEST(test_left_out)
{
	json_error_t jerr;
	g_autoptr(json_t) tx = json_loads(left_cases[_i].timexes, 0, &jerr);
	g_autoptr(json_t) ev = json_loads(left_cases[_i].events, 0, &jerr);
	ck_assert_ptr_nonnull(tx);
	ck_assert_ptr_nonnull(ev);
	g_autoptr(GString) out = g_string_new(NULL);
	g_autoptr(GError) err = NULL;
	guint dropped = 99;
	const char *text = "He left Friday.";
	ck_assert(tl_timeml_write(out, "d", NULL, text, strlen(text), tx, ev, &dropped, &err));
	ck_assert_uint_eq(dropped, left_cases[_i].dropped);
	ck_assert_msg(strstr(out->str, left_cases[_i].want) != NULL, "want %s in\n%s",
	              left_cases[_i].want, out->str);
	ck_assert_msg(strstr(out->str, left_cases[_i].not_want) == NULL, "%s in\n%s",
	              left_cases[_i].not_want, out->str);
	g_autofree char *content = text_content(out->str, out->len);
	ck_assert_ptr_nonnull(content);
	ck_assert_str_eq(content, text);
}
END_TEST

Suite *tl_suite_dates_timeml(void);
Suite *
tl_suite_dates_timeml(void)
{
	Suite *s = suite_create("dates_timeml");
	TCase *tc = tcase_create("write");
	tcase_add_loop_test(tc, test_write, 0, G_N_ELEMENTS(cases));
	tcase_add_loop_test(tc, test_left_out, 0, G_N_ELEMENTS(left_cases));
	suite_add_tcase(s, tc);
	return s;
}
