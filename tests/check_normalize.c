/*
 * tl-normalize's modules: DCT strings, datelines, headlines, text cleaning,
 * format guessing, the HTML, TimeML and plain-text readers, and JSON Lines
 * records completed in place.
 */
#include <string.h>
#include "../stages/normalize/normalize.h"
#include "tl_test.h"

static const struct {
	const char *in;
	gboolean strict;
	const char *want; /* NULL: rejected */
} dcts[] = {
	{"2024-04-27", TRUE, "2024-04-27"},
	{"2024-04-27T08:30", TRUE, "2024-04-27T08:30"},
	{"2024-04-27T08:30:00", TRUE, "2024-04-27T08:30"},
	{"2024-04-27T08:30:59.5Z", TRUE, "2024-04-27T08:30"},
	{"2024-04-27T08:30+02:00", TRUE, "2024-04-27T08:30"},
	{"2024-04-27T08:30:61", TRUE, NULL},
	{"2024-04-27T08:30 ", TRUE, NULL},
	{"2024-04-27T08:30+0x", TRUE, NULL},
	{"2024-02-30", TRUE, NULL},
	{"2023-02-29", TRUE, NULL},
	{"2024-02-29", TRUE, "2024-02-29"},
	{"2024-04-27T24:00", TRUE, NULL},
	{"2024-4-27", TRUE, NULL},
	{"20240427", TRUE, NULL},
	{"2024-04-27x", TRUE, NULL},
	{"", TRUE, NULL},
	{"2024-04-27T08:30:00+03:00", FALSE, "2024-04-27T08:30"},
	{"2024-04-27T08:30:15.123Z", FALSE, "2024-04-27T08:30"},
	{" 2024-04-27 08:30 ", FALSE, "2024-04-27T08:30"},
	{"20240427", FALSE, "2024-04-27"},
	{"2024-04-27T08:30-0500", FALSE, "2024-04-27T08:30"},
	{"April 27, 2024", FALSE, NULL},
	{"2024-13-01", FALSE, NULL},
};

START_TEST(test_dct_parse)
{
	g_autofree char *got = tl_dct_parse(dcts[_i].in, dcts[_i].strict);
	if (dcts[_i].want)
		ck_assert_str_eq(got ? got : "(null)", dcts[_i].want);
	else
		ck_assert_msg(got == NULL, "'%s' accepted as %s", dcts[_i].in, got);
}
END_TEST

static const struct {
	const char *text;
	const char *dct; /* NULL: no dateline; "XXXX": a dateline with no year */
	const char *date_text;
} datelines[] = {
	{"KYIV, April 27, 2024 (Reuters) - Ukraine said on Friday.", "2024-04-27", "April 27, 2024"},
	{"SALVADOR, Feb 26 - Showers continued", "XXXX", "Feb 26"},
	{"SAN FRANCISCO, Calif., Sept. 3, 2019 /PRNewswire/ -- A company", "2019-09-03",
	 "Sept. 3, 2019"},
	{"Published: 27 April 2024\n\nText.", "2024-04-27", "27 April 2024"},
	{"Posted on March 3rd, 2021 at 4:15 p.m. EST\nText.", "2021-03-03T16:15",
	 "March 3rd, 2021 at 4:15 p.m. EST"},
	{"Updated 3:45 PM EDT, Sat April 27, 2024\nText", "2024-04-27T15:45", "April 27, 2024"},
	{"Friday, January 4, 2019 \n\n\nAn apartment building", "2019-01-04", "January 4, 2019"},
	{"2020-05-17\nText", "2020-05-17", "2020-05-17"},
	{"S\xc3\x83O PAULO, April 3, 2024 (Reuters) - Brazil", "2024-04-03", "April 3, 2024"},
	{"Mon 8 Jul 2024 10.30 BST\nText", "2024-07-08T10:30", "8 Jul 2024 10.30 BST"},
	{"Mon 8 Jul 2024 10.30\nText", NULL, NULL},
	{"Saturday, January 5, 2019\xc2\xa0 \n\nA fire", "2019-01-05", "January 5, 2019"},
	{"By Jane Roe\nMay 5, 2020\n\nText.", "2020-05-05", "May 5, 2020"},
	{"LONDON \xe2\x80\x94 The talks ended on April 3, 2024.", NULL, NULL},
	{"May is a month. On April 27, 2024 it rained.", NULL, NULL},
	{"A long first paragraph that has no date at all and ends with a full stop, like a body "
	 "paragraph in any ordinary story would.\nPublished: 27 April 2024",
	 NULL, NULL},
	{"PARIS, Feb 30, 2024 - an impossible date", NULL, NULL},
	{"Kyiv, April 27, 2024 - lower-case place is a sentence", NULL, NULL},
};

START_TEST(test_dateline)
{
	const char *t = datelines[_i].text;
	TlDateline d;
	gboolean found = FALSE;
	ck_assert(tl_dateline_find(t, strlen(t), 0, &d, &found, NULL));
	if (!datelines[_i].dct) {
		ck_assert_msg(!found, "found a dateline in '%s'", t);
		return;
	}
	ck_assert_msg(found, "no dateline in '%s'", t);
	if (strcmp(datelines[_i].dct, "XXXX") == 0)
		ck_assert_int_eq(d.year, 0);
	else {
		g_autofree char *dct = tl_dateline_dct(&d);
		ck_assert_str_eq(dct, datelines[_i].dct);
	}
	g_autofree char *span = g_strndup(t + d.start, d.end - d.start);
	ck_assert_str_eq(span, datelines[_i].date_text);
}
END_TEST

static const struct {
	const char *text, *title;
} headlines[] = {
	{"Harbor bridge reopens after repair\nThe bridge reopened.", "Harbor bridge reopens after repair"},
	{"\n\n  Spaced   headline  \n\nBody.", "Spaced headline"},
	{"Is the strike over?\nUnions met on Monday.", "Is the strike over?"},
	{"A sentence that ends with a stop.\nMore.", NULL},
	{"Only one line, no body", NULL},
	{"SALVADOR, Feb 26 - Showers continued throughout the week in\nthe Bahia cocoa zone", NULL},
	{"Friday, January 4, 2019\n\nText.", NULL},
	{"Friday, January 4, 2019\xc2\xa0\n\nText.", NULL},
	{"Hard-wrapped first line of a paragraph that\ngoes on in lower case.", NULL},
	{"- a list item\nMore.", NULL},
	{"lower-case start\nMore.", NULL},
};

START_TEST(test_headline)
{
	const char *t = headlines[_i].text;
	g_autofree char *got = tl_text_headline(t, strlen(t), NULL);
	if (headlines[_i].title)
		ck_assert_str_eq(got ? got : "(null)", headlines[_i].title);
	else
		ck_assert_msg(got == NULL, "'%s' taken as a headline", got);
}
END_TEST

static const struct {
	const char *in;
	size_t len;
	gboolean lossy;
	const char *want; /* NULL: an error */
	const char *error;
} cleans[] = {
	{"a\r\nb\rc\n", 7, FALSE, "a\nb\nc\n", NULL},
	{"\xEF\xBB\xBF" "bom", 6, FALSE, "bom", NULL},
	{"tab\there\x01\x7f.", 11, FALSE, "tab\there  .", NULL},
	{"c1\xC2\x85x", 5, FALSE, "c1  x", NULL},
	{"caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D", 13, FALSE, "caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D",
	 NULL},
	{"bad \xFF byte", 10, FALSE, NULL, "invalid UTF-8 at byte 4"},
	{"bad \xFF byte", 10, TRUE, "bad \xEF\xBF\xBD byte", NULL},
	{"cut \xE2\x80", 6, FALSE, NULL, "invalid UTF-8 at byte 4"},
	{"nul\0x", 5, FALSE, NULL, "NUL byte at byte 3 (a binary file?)"},
	{"\xFF\xFEh\0i\0", 6, TRUE, NULL, "UTF-16 text is not supported (convert it to UTF-8)"},
	{"surrogate \xED\xA0\x80", 13, FALSE, NULL, "invalid UTF-8 at byte 10"},
};

START_TEST(test_clean)
{
	TlNormOpts opts = {.lossy = cleans[_i].lossy};
	g_autoptr(GError) err = NULL;
	size_t len = 0;
	g_autofree char *got = tl_text_clean(cleans[_i].in, cleans[_i].len, &opts, &len, NULL, &err);
	if (cleans[_i].want) {
		ck_assert_ptr_nonnull(got);
		ck_assert_str_eq(got, cleans[_i].want);
		ck_assert_uint_eq(len, strlen(cleans[_i].want));
	} else {
		ck_assert_ptr_null(got);
		ck_assert_str_eq(err->message, cleans[_i].error);
	}
}
END_TEST

static const struct {
	const char *path, *head;
	TlFormat want;
} guesses[] = {
	{"a.txt", "<html>", TL_FORMAT_TEXT},
	{"dir.v2/a.HTM", "", TL_FORMAT_HTML},
	{"a.tml", "", TL_FORMAT_TIMEML},
	{"a.jsonl", "", TL_FORMAT_JSONL},
	{"a.json", "", TL_FORMAT_JSONL},
	{"noext", "  {\"id\":1}", TL_FORMAT_JSONL},
	{"noext", "<?xml version=\"1.0\"?>\n<TimeML>", TL_FORMAT_TIMEML},
	{"a.dat", "<!DOCTYPE html><html>", TL_FORMAT_HTML},
	{"a.dat", "Plain words", TL_FORMAT_TEXT},
	{".hidden", "x", TL_FORMAT_TEXT},
};

START_TEST(test_guess)
{
	const char *h = guesses[_i].head;
	ck_assert_int_eq(tl_format_guess(guesses[_i].path, h, strlen(h)), guesses[_i].want);
}
END_TEST

static const char page[] =
	"<!DOCTYPE html><html><head><title>Storm hits coast | Daily Example</title>"
	"<meta property=\"og:site_name\" content=\"Daily Example\">"
	"<link rel=\"canonical\" href=\"https://example.com/storm\">"
	"<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebSite\"},"
	"{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-10-02T18:05:00Z\"}]}</script>"
	"<style>p{color:red}</style></head><body>"
	"<header><nav><a href=\"/\">Home</a></nav><p>Site banner text.</p></header>"
	"<div id=\"content\"><h1>Storm hits coast</h1>"
	"<p>The storm made landfall on Sunday&nbsp;night.</p>"
	"<p>Power   was\n  cut<br>to 20,000 homes &amp; shops.</p>"
	"<div class=\"related-links\"><p>More storms in 2022</p></div>"
	"<!-- a comment --><script>var x = 1;</script>"
	"<ul><li>First item</li><li>Second item</li></ul></div>"
	"<footer><p>Copyright notice.</p></footer></body></html>";

START_TEST(test_html)
{
	g_autoptr(GError) err = NULL;
	TlNormOpts opts = {.lossy = FALSE};
	g_autoptr(TlDoc) doc = tl_html_read(page, strlen(page), &opts, &err);
	ck_assert_ptr_nonnull(doc);
	ck_assert_str_eq(doc->title, "Storm hits coast");
	ck_assert_str_eq(doc->dct, "2023-10-02T18:05");
	ck_assert_str_eq(doc->dct_source, "meta");
	ck_assert_str_eq(doc->url, "https://example.com/storm");
	ck_assert_str_eq(doc->text, "Storm hits coast\n\n"
	                            "The storm made landfall on Sunday night.\n\n"
	                            "Power was cut\nto 20,000 homes & shops.\n\n"
	                            "First item\n\nSecond item");
	ck_assert_uint_eq(doc->text_len, strlen(doc->text));
	ck_assert_uint_eq(doc->warnings->len, 0);
}
END_TEST

static const struct {
	const char *html, *title, *dct, *text;
} pages[] = {
	/* article wins over a bigger sidebar; header inside the article kept */
	{"<body><div class=\"sidebar\"><p>" "Lots of sidebar text here, lots and lots of it.</p></div>"
	 "<article><header><h1>Head</h1><time datetime=\"2021-06-01\">June 1</time></header>"
	 "<p>Body.</p></article></body>",
	 "Head", "2021-06-01", "Head\n\nJune 1\n\nBody."},
	/* og:title > title; article:published_time > itemprop */
	{"<head><meta property=\"og:title\" content=\"OG\"><title>T</title>"
	 "<meta property=\"article:published_time\" content=\"2020-01-02\"></head>"
	 "<body><span itemprop=\"datePublished\" content=\"2019-01-01\"></span><main><p>M.</p></main>"
	 "</body>",
	 "OG", "2020-01-02", "M."},
	/* no metadata: the dateline in the text; title from h1 */
	{"<body><h1>Only H1</h1><p>PARIS, May 3, 2022 (AFP) - Text.</p></body>", "Only H1",
	 "2022-05-03", "Only H1\n\nPARIS, May 3, 2022 (AFP) - Text."},
	/* hidden, aria-hidden, role=navigation and figure dropped; pre kept */
	{"<body><div><p hidden>H</p><p aria-hidden=\"true\">A</p><div role=\"navigation\">N</div>"
	 "<figure><img><figcaption>Cap</figcaption></figure><pre>a  b\n c</pre><p>End.</p></div></body>",
	 NULL, NULL, "a  b\n c\n\nEnd."},
	/* a bad date in the metadata is skipped with a warning */
	{"<head><meta property=\"article:published_time\" content=\"yesterday\"></head>"
	 "<body><p>X.</p></body>",
	 NULL, NULL, "X."},
	/* a wrapper whose class has a boilerplate word is kept when it holds the story;
	 * a small box with one is dropped */
	{"<body class=\"share-enabled\"><div class=\"page has-sidebar\"><p>The story goes on and on "
	 "for a long while.</p><p>More of the story.</p><div class=\"share-box\">Share this</div>"
	 "</div></body>",
	 NULL, NULL, "The story goes on and on for a long while.\n\nMore of the story."},
	/* the article's h1, not the logo's */
	{"<body><header><h1>Site Logo</h1></header><div><h1>Story</h1><p>Text.</p></div></body>",
	 "Story", NULL, "Story\n\nText."},
	/* truncated */
	{"<html><body><article><h1>Cut off</h1><p>The text st", "Cut off", NULL,
	 "Cut off\n\nThe text st"},
	/* no body */
	{"<html><head><title>Nothing</title></head></html>", "Nothing", NULL, ""},
	/* windows-1252 declared: converted */
	{"<html><head><meta charset=\"windows-1252\"></head><body><p>caf\xE9 \x93q\x94</p></body></html>",
	 NULL, NULL, "caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D"},
};

START_TEST(test_html_cases)
{
	g_autoptr(GError) err = NULL;
	TlNormOpts opts = {.lossy = FALSE};
	const char *h = pages[_i].html;
	g_autoptr(TlDoc) doc = tl_html_read(h, strlen(h), &opts, &err);
	ck_assert_ptr_nonnull(doc);
	if (pages[_i].title)
		ck_assert_str_eq(doc->title ? doc->title : "(null)", pages[_i].title);
	else
		ck_assert_ptr_null(doc->title);
	if (pages[_i].dct)
		ck_assert_str_eq(doc->dct ? doc->dct : "(null)", pages[_i].dct);
	else
		ck_assert_ptr_null(doc->dct);
	ck_assert_str_eq(doc->text, pages[_i].text);
}
END_TEST

START_TEST(test_html_deep)
{
	/* 100,000 nested elements: no stack overflow, the text is found */
	GString *s = g_string_new("<html><body>");
	for (int i = 0; i < 100000; i++)
		g_string_append(s, "<div>");
	g_string_append(s, "<p>Deep down.</p>");
	for (int i = 0; i < 100000; i++)
		g_string_append(s, "</div>");
	g_autoptr(GError) err = NULL;
	TlNormOpts opts = {.lossy = FALSE};
	g_autoptr(TlDoc) doc = tl_html_read(s->str, s->len, &opts, &err);
	ck_assert_ptr_nonnull(doc);
	ck_assert_str_eq(doc->text, "Deep down.");
	g_string_free(s, TRUE);
}
END_TEST

static const char tml[] =
	"<?xml version=\"1.0\" ?>\r\n<TimeML>\r\n<DOCID>d1</DOCID>\r\n"
	"<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07T06:18:00\" "
	"functionInDocument=\"CREATION_TIME\">08/07/1998</TIMEX3></DCT>\r\n"
	"<TITLE>A  title</TITLE>\r\n"
	"<TEXT>\r\nThe <EVENT eid=\"e1\">talks</EVENT> ended &amp; resumed <TIMEX3 tid=\"t1\" "
	"type=\"DATE\" value=\"1998-08-06\">Thursday</TIMEX3>.<![CDATA[ <raw> ]]>\r\n</TEXT>\r\n"
	"<TLINK lid=\"l1\"/></TimeML>\r\n";

START_TEST(test_timeml)
{
	g_autoptr(GError) err = NULL;
	TlNormOpts opts = {.lossy = FALSE};
	g_autoptr(TlDoc) doc = tl_timeml_read(tml, strlen(tml), &opts, &err);
	ck_assert_ptr_nonnull(doc);
	ck_assert_str_eq(doc->text, "\nThe talks ended & resumed Thursday. <raw> \n");
	ck_assert_str_eq(doc->dct, "1998-08-07");
	ck_assert_str_eq(doc->dct_source, "meta");
	ck_assert_str_eq(doc->title, "A title");
	/* ill-formed: read leniently, as the TempEval scorer does */
	const char bad[] = "<TimeML><DCT><TIMEX3 functionInDocument=\"CREATION_TIME\" value=\"20010203\"/>"
	                   "</DCT><TEXT>Tom & Jerry <b>met &amp; &#x41; &nbsp <![CDATA[<x>]]> <!-- c --> "
	                   "a < b</TEXT></TimeML>";
	g_autoptr(TlDoc) lenient = tl_timeml_read(bad, strlen(bad), &opts, &err);
	ck_assert_ptr_nonnull(lenient);
	ck_assert_str_eq(lenient->text, "Tom & Jerry met & A \xC2\xA0 <x>  a  b");
	ck_assert_str_eq(lenient->dct, "2001-02-03");
	ck_assert_uint_eq(lenient->warnings->len, 1);
	g_autoptr(GError) err2 = NULL;
	g_autoptr(TlDoc) none = tl_timeml_read("<TimeML/>", 9, &opts, &err2);
	ck_assert_ptr_null(none);
	ck_assert_str_eq(err2->message, "no <TEXT> element (not TimeML?)");
}
END_TEST

static const struct {
	const char *in, *dct_override, *out;
} records[] = {
	/* missing fields added in order; the record's dct kept */
	{"{\"text\":\"Big news today\\n\\nIt rained.\",\"dct\":\"2020-01-02\"}", NULL,
	 "{\"text\":\"Big news today\\n\\nIt rained.\",\"dct\":\"2020-01-02\",\"id\":\"x-1\","
	 "\"source\":\"f.jsonl\",\"title\":\"Big news today\",\"dct_source\":\"record\","
	 "\"sentences\":[[0,14],[16,26]],\"paragraphs\":[[0,14],[16,26]]}\n"},
	/* no dct: the dateline */
	{"{\"id\":\"a\",\"title\":null,\"text\":\"Friday, January 4, 2019\\n\\nText.\"}", NULL,
	 "{\"id\":\"a\",\"title\":null,\"text\":\"Friday, January 4, 2019\\n\\nText.\","
	 "\"source\":\"f.jsonl\",\"dct\":\"2019-01-04\",\"dct_source\":\"dateline\","
	 "\"sentences\":[[0,23],[25,30]],\"paragraphs\":[[0,23],[25,30]]}\n"},
	/* --dct wins; CRLF in the text cleaned */
	{"{\"id\":\"b\",\"source\":null,\"title\":\"T\",\"dct\":\"2020-01-02\",\"text\":\"A.\\r\\nB.\"}",
	 "2024-04-27",
	 "{\"id\":\"b\",\"source\":null,\"title\":\"T\",\"dct\":\"2024-04-27\",\"dct_source\":\"option\","
	 "\"text\":\"A.\\nB.\",\"sentences\":[[0,2],[3,5]],\"paragraphs\":[[0,2],[3,5]]}\n"},
	/* a normalized record again: unchanged (old spans replaced) */
	{"{\"id\":\"c\",\"source\":null,\"title\":null,\"dct\":null,\"dct_source\":\"none\","
	 "\"text\":\"Hi.\",\"sentences\":[[9,9]],\"paragraphs\":[]}", NULL,
	 "{\"id\":\"c\",\"source\":null,\"title\":null,\"dct\":null,\"dct_source\":\"none\","
	 "\"text\":\"Hi.\",\"sentences\":[[0,3]],\"paragraphs\":[[0,3]]}\n"},
	{"{\"id\":\"d\"}", NULL, "ERROR the record has no \"text\""},
	{"{\"id\":\"d\",\"text\":3}", NULL, "ERROR \"text\" is not a string"},
	/* an id that is no string, or empty: every stage passed it on and
	 * tl-merge refused it at the end of the run, naming the driver's pipe */
	{"{\"id\":17,\"text\":\"x\"}", NULL, "ERROR \"id\" is not a string"},
	{"{\"id\":null,\"text\":\"x\"}", NULL, "ERROR \"id\" is not a string"},
	{"{\"id\":\"\",\"text\":\"x\"}", NULL, "ERROR \"id\" is empty"},
	/* a dct_source does not keep a dct no normalized record has: it was
	 * passed on unchecked, and tl-dates refused the record */
	{"{\"id\":\"e\",\"dct_source\":\"meta\",\"dct\":\"1987-02-30\",\"text\":\"Hi.\"}", NULL,
	 "{\"id\":\"e\",\"text\":\"Hi.\",\"source\":\"f.jsonl\",\"title\":null,\"dct\":null,"
	 "\"dct_source\":\"none\",\"sentences\":[[0,3]],\"paragraphs\":[[0,3]]}\n"},
	{"{\"id\":\"f\",\"dct_source\":\"meta\",\"dct\":\"2024-04-27T10:00:00Z\",\"text\":\"Hi.\"}", NULL,
	 "{\"id\":\"f\",\"dct_source\":\"meta\",\"text\":\"Hi.\",\"source\":\"f.jsonl\",\"title\":null,"
	 "\"dct\":\"2024-04-27T10:00\",\"sentences\":[[0,3]],\"paragraphs\":[[0,3]]}\n"},
};

START_TEST(test_records)
{
	const char *in = records[_i].in;
	g_autoptr(TlRecord) rec = tl_record_parse(in, strlen(in), NULL);
	ck_assert_ptr_nonnull(rec);
	g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GError) err = NULL;
	if (!tl_doc_complete_record(rec, "x-1", "f.jsonl", records[_i].dct_override, warnings,
	                            &err)) {
		g_autofree char *msg = g_strdup_printf("ERROR %s", err->message);
		ck_assert_str_eq(msg, records[_i].out);
		return;
	}
	size_t len;
	const char *text = tl_record_get_string(rec, "text", &len);
	GString *out = g_string_new(NULL);
	tl_doc_write(rec, text, len, out);
	ck_assert_str_eq(out->str, records[_i].out);
	g_string_free(out, TRUE);
}
END_TEST

START_TEST(test_plain_offsets)
{
	/* the text keeps every byte where it was: only CRLF becomes LF */
	const char src[] = "Title line\r\n\r\n  Indented  text,\twith   spaces.\r\nEnd.";
	g_autoptr(GError) err = NULL;
	TlNormOpts opts = {.lossy = FALSE};
	g_autoptr(TlDoc) doc = tl_text_read(src, strlen(src), &opts, &err);
	ck_assert_ptr_nonnull(doc);
	ck_assert_str_eq(doc->text, "Title line\n\n  Indented  text,\twith   spaces.\nEnd.");
	ck_assert_str_eq(doc->title, "Title line");
	ck_assert_str_eq(doc->dct_source, "none");
	ck_assert_ptr_null(doc->dct);
}
END_TEST

Suite *tl_suite_normalize(void);
Suite *
tl_suite_normalize(void)
{
	Suite *s = suite_create("normalize");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, test_dct_parse, 0, G_N_ELEMENTS(dcts));
	tcase_add_loop_test(tc, test_dateline, 0, G_N_ELEMENTS(datelines));
	tcase_add_loop_test(tc, test_headline, 0, G_N_ELEMENTS(headlines));
	tcase_add_loop_test(tc, test_clean, 0, G_N_ELEMENTS(cleans));
	tcase_add_loop_test(tc, test_guess, 0, G_N_ELEMENTS(guesses));
	tcase_add_test(tc, test_html);
	tcase_add_loop_test(tc, test_html_cases, 0, G_N_ELEMENTS(pages));
	tcase_add_test(tc, test_html_deep);
	tcase_add_test(tc, test_timeml);
	tcase_add_loop_test(tc, test_records, 0, G_N_ELEMENTS(records));
	tcase_add_test(tc, test_plain_offsets);
	suite_add_tcase(s, tc);
	return s;
}
