/* The sentence and paragraph splitters. */
#include <string.h>
#include "tl/token.h"
#include "tl_test.h"

/* The sentences of text joined by " || ". */
static char *
sentences_of(const char *text)
{
	size_t len = strlen(text);
	g_autoptr(GArray) toks = g_array_new(FALSE, FALSE, sizeof(TlToken));
	g_autoptr(GArray) spans = g_array_new(FALSE, FALSE, sizeof(TlSpan));
	tl_tokenize(text, len, toks);
	tl_split_sentences(text, len, (TlToken *)toks->data, toks->len, spans);
	GString *s = g_string_new(NULL);
	for (guint i = 0; i < spans->len; i++) {
		TlSpan *sp = &g_array_index(spans, TlSpan, i);
		if (i)
			g_string_append(s, " || ");
		g_string_append_len(s, text + sp->start, sp->end - sp->start);
	}
	return g_string_free(s, FALSE);
}

/* The paragraphs of text joined by " || ". */
static char *
paragraphs_of(const char *text)
{
	g_autoptr(GArray) spans = g_array_new(FALSE, FALSE, sizeof(TlSpan));
	tl_split_paragraphs(text, strlen(text), spans);
	GString *s = g_string_new(NULL);
	for (guint i = 0; i < spans->len; i++) {
		TlSpan *sp = &g_array_index(spans, TlSpan, i);
		if (i)
			g_string_append(s, " || ");
		g_string_append_len(s, text + sp->start, sp->end - sp->start);
	}
	return g_string_free(s, FALSE);
}

static const struct {
	const char *in, *out;
} sentence_cases[] = {
	{"It rained. Then it stopped.", "It rained. || Then it stopped."},
	{"Why? Because! Fine.", "Why? || Because! || Fine."},
	/* abbreviations and initials */
	{"He lives in the U.S. The next day he left.", "He lives in the U.S. || The next day he left."},
	{"The U.S. Senate voted. It passed.", "The U.S. Senate voted. || It passed."},
	{"Mr. Smith met Dr. Jones. They talked.", "Mr. Smith met Dr. Jones. || They talked."},
	{"J. Smith arrived at 3 p.m. on Monday.", "J. Smith arrived at 3 p.m. on Monday."},
	/* after a.m. or p.m. a capitalised word starts a sentence unless it goes
	 * on with the time */
	{"The mayor spoke at 9 a.m. Residents cheered.", "The mayor spoke at 9 a.m. || Residents cheered."},
	{"Doors open at 9 a.m. Saturday and close at 5 P.M. EST daily.",
	 "Doors open at 9 a.m. Saturday and close at 5 P.M. EST daily."},
	{"It ends at 11 p.m. (GMT) tonight.", "It ends at 11 p.m. (GMT) tonight."},
	{"It landed at 4 a.m. Tokyo time and left at 9 p.m. Buenos Aires time.",
	 "It landed at 4 a.m. Tokyo time and left at 9 p.m. Buenos Aires time."},
	{"The vote closed at 8 p.m. (Turnout was low.) Results came later.",
	 "The vote closed at 8 p.m. || (Turnout was low.) || Results came later."},
	{"Apple Inc. said so. Shares rose.", "Apple Inc. said so. || Shares rose."},
	{"He works at Acme Inc. The firm grew.", "He works at Acme Inc. || The firm grew."},
	{"See No. 5 on Jan. 5 for details.", "See No. 5 on Jan. 5 for details."},
	{"Gen. Lee and Sen. Warren spoke.", "Gen. Lee and Sen. Warren spoke."},
	/* numbers */
	{"Growth was 3.5 percent. Prices rose.", "Growth was 3.5 percent. || Prices rose."},
	{"It rose 5%. Then it fell in 2024. Sales grew.",
	 "It rose 5%. || Then it fell in 2024. || Sales grew."},
	/* quotations */
	{"\"We will win.\" The crowd cheered.", "\"We will win.\" || The crowd cheered."},
	{"\xe2\x80\x9cWe will win,\xe2\x80\x9d he said. Then he left.",
	 "\xe2\x80\x9cWe will win,\xe2\x80\x9d he said. || Then he left."},
	{"\xe2\x80\x9cWhy?\xe2\x80\x9d he asked.", "\xe2\x80\x9cWhy?\xe2\x80\x9d he asked."},
	{"He said: \xe2\x80\x9cNo.\xe2\x80\x9d She agreed.", "He said: \xe2\x80\x9cNo.\xe2\x80\x9d || She agreed."},
	{"He left.\xe2\x80\x99\xe2\x80\x99 \xe2\x80\x98\xe2\x80\x99Why?\xe2\x80\x99\xe2\x80\x99 she asked. ''No.'' Fine.",
	 "He left.\xe2\x80\x99\xe2\x80\x99 || \xe2\x80\x98\xe2\x80\x99Why?\xe2\x80\x99\xe2\x80\x99 she asked. || "
	 "''No.'' || Fine."},
	{"(This is an aside.) The text goes on.", "(This is an aside.) || The text goes on."},
	/* ellipses */
	{"He paused... and then went on.", "He paused... and then went on."},
	{"Wait... What happened?", "Wait... || What happened?"},
	{"and \xe2\x80\xa6 if not, we will.", "and \xe2\x80\xa6 if not, we will."},
	/* lower-case starts after a full stop */
	{"i know. i was there.", "i know. || i was there."},
	/* headlines and list items: a line with no final stop */
	{"Blinken urges China to act\nThe US Secretary said so. He left.",
	 "Blinken urges China to act || The US Secretary said so. || He left."},
	{"Read also:\n- China provides intel\n- US delivers warning",
	 "Read also: || - China provides intel || - US delivers warning"},
	{"1. Introduction", "1. Introduction"},
	/* blank lines always end a sentence */
	{"No stop here\n\nnext paragraph", "No stop here || next paragraph"},
	/* a hard-wrapped text does not split at its wrapped lines */
	{"SALVADOR, Feb 26 - Showers continued throughout the week in\n"
	 "Bahia cocoa zone, alleviating the drought since early January\n"
	 "and improving prospects for the coming temporao, although\n"
	 "Comissaria Smith said in its weekly review that it was dry.\n"
	 "    The dry period means the temporao will be late this year.\n",
	 "SALVADOR, Feb 26 - Showers continued throughout the week in\n"
	 "Bahia cocoa zone, alleviating the drought since early January\n"
	 "and improving prospects for the coming temporao, although\n"
	 "Comissaria Smith said in its weekly review that it was dry. || "
	 "The dry period means the temporao will be late this year."},
	/* a wrapped text's line that the next word would have fitted on with
	 * room to spare ends by hand: a headline above the story */
	{"Harbour dredging to start after funding vote\n"
	 "The port authority said on Monday that dredging of the main channel will\n"
	 "start next month, after the regional assembly approved the funding for\n"
	 "the work in a late vote that ended a year of delays and legal disputes.\n",
	 "Harbour dredging to start after funding vote || "
	 "The port authority said on Monday that dredging of the main channel will\n"
	 "start next month, after the regional assembly approved the funding for\n"
	 "the work in a late vote that ended a year of delays and legal disputes."},
	{"", ""},
	{" \n ", ""},
	{"word", "word"},
};

START_TEST(test_sentences)
{
	g_autofree char *got = sentences_of(sentence_cases[_i].in);
	ck_assert_msg(strcmp(got, sentence_cases[_i].out) == 0, "sentences of '%s':\n got '%s'\nwant '%s'",
	              sentence_cases[_i].in, got, sentence_cases[_i].out);
}
END_TEST

static const struct {
	const char *in, *out;
} para_cases[] = {
	{"A b.\n\nC d.", "A b. || C d."},
	{"  \n  A b.\n \t\n\n C d. \n", "A b. || C d."},
	/* with blank lines, single line breaks stay inside a paragraph */
	{"A b\nc d.\n\nE f.", "A b\nc d. || E f."},
	/* no blank lines, not wrapped: one paragraph a line (the seed article) */
	{"Headline without a stop\nFirst paragraph. Two sentences.\nSecond one.",
	 "Headline without a stop || First paragraph. Two sentences. || Second one."},
	{"A line that goes on\nin lower case.", "A line that goes on\nin lower case."},
	/* Reuters: hard-wrapped, paragraphs start indented */
	{"SALVADOR, Feb 26 - Showers continued throughout the week in\n"
	 "the Bahia cocoa zone, alleviating the drought since early\n"
	 "January and improving prospects for the coming temporao.\n"
	 "    The dry period means the temporao will be late this year.\n"
	 "    Arrivals for the week ended February 22 were 155,221 bags\n"
	 "of 60 kilos making a cumulative total for the season of 5.93\n"
	 "mln against 5.81 at the same stage last year.\n",
	 "SALVADOR, Feb 26 - Showers continued throughout the week in\n"
	 "the Bahia cocoa zone, alleviating the drought since early\n"
	 "January and improving prospects for the coming temporao. || "
	 "The dry period means the temporao will be late this year. || "
	 "Arrivals for the week ended February 22 were 155,221 bags\n"
	 "of 60 kilos making a cumulative total for the season of 5.93\n"
	 "mln against 5.81 at the same stage last year."},
	/* Reuters again, with its signature set off by a blank line */
	{"HOUSTON, Feb 26 - Texas Commerce Bancshares Inc's Texas\n"
	 "Commerce Bank-Houston said it filed an application with the\n"
	 "Comptroller of the Currency in an effort to create the largest\n"
	 "banking network in Harris County.\n"
	 "    The bank said the network would link 31 banks having\n"
	 "13.5 billion dlrs in assets and 7.5 billion dlrs in deposits.\n"
	 "       \n"
	 " Reuter\n",
	 "HOUSTON, Feb 26 - Texas Commerce Bancshares Inc's Texas\n"
	 "Commerce Bank-Houston said it filed an application with the\n"
	 "Comptroller of the Currency in an effort to create the largest\n"
	 "banking network in Harris County. || "
	 "The bank said the network would link 31 banks having\n"
	 "13.5 billion dlrs in assets and 7.5 billion dlrs in deposits. || Reuter"},
	{"", ""},
	{"\n\n\n", ""},
	{"one", "one"},
};

START_TEST(test_paragraphs)
{
	g_autofree char *got = paragraphs_of(para_cases[_i].in);
	ck_assert_msg(strcmp(got, para_cases[_i].out) == 0, "paragraphs of '%s':\n got '%s'\nwant '%s'",
	              para_cases[_i].in, got, para_cases[_i].out);
}
END_TEST

START_TEST(test_seed_article)
{
	/* the user's seed article: a headline, one paragraph a line, a list */
	g_autofree char *path = tl_test_shared("seed/article.txt");
	if (!path)
		return;
	g_autofree char *text = NULL;
	gsize len;
	ck_assert(g_file_get_contents(path, &text, &len, NULL));
	g_autoptr(GArray) toks = g_array_new(FALSE, FALSE, sizeof(TlToken));
	g_autoptr(GArray) sents = g_array_new(FALSE, FALSE, sizeof(TlSpan));
	g_autoptr(GArray) paras = g_array_new(FALSE, FALSE, sizeof(TlSpan));
	tl_tokenize(text, len, toks);
	tl_split_sentences(text, len, (TlToken *)toks->data, toks->len, sents);
	tl_split_paragraphs(text, len, paras);
	/* every line is a paragraph */
	guint lines = 0;
	for (gsize i = 0; i < len; i++)
		lines += text[i] == '\n' && i + 1 < len;
	ck_assert_uint_eq(paras->len, lines + 1);
	/* the headline is the first sentence, whole */
	TlSpan *first = &g_array_index(sents, TlSpan, 0);
	const char *head = "CNN: Blinken urges China to cease support of Russian defense industry amid "
	                   "his latest trip";
	ck_assert_uint_eq(first->end - first->start, strlen(head));
	ck_assert(memcmp(text + first->start, head, strlen(head)) == 0);
	/* sentences nest in paragraphs */
	for (guint i = 0, p = 0; i < sents->len; i++) {
		TlSpan *s = &g_array_index(sents, TlSpan, i);
		while (p < paras->len && g_array_index(paras, TlSpan, p).end < s->end)
			p++;
		ck_assert_uint_lt(p, paras->len);
		ck_assert_uint_ge(s->start, g_array_index(paras, TlSpan, p).start);
	}
}
END_TEST

Suite *tl_suite_sentence(void);
Suite *
tl_suite_sentence(void)
{
	Suite *s = suite_create("sentence");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_sentences, 0, G_N_ELEMENTS(sentence_cases));
	tcase_add_loop_test(tc, test_paragraphs, 0, G_N_ELEMENTS(para_cases));
	tcase_add_test(tc, test_seed_article);
	suite_add_tcase(s, tc);
	return s;
}
