/* The tokenizer: UD English conventions, kinds, flags, and linear time. */
#include <string.h>
#include "tl/token.h"
#include "tl_test.h"

/* The tokens of text joined by single spaces (no token holds a space). */
static char *
tokens_of(const char *text)
{
	g_autoptr(GArray) a = g_array_new(FALSE, FALSE, sizeof(TlToken));
	tl_tokenize(text, strlen(text), a);
	GString *s = g_string_new(NULL);
	for (guint i = 0; i < a->len; i++) {
		TlToken *t = &g_array_index(a, TlToken, i);
		if (i)
			g_string_append_c(s, ' ');
		g_string_append_len(s, text + t->start, t->end - t->start);
	}
	return g_string_free(s, FALSE);
}

static const struct {
	const char *in, *out;
} cases[] = {
	/* abbreviations keep their stop, other words lose it */
	{"U.S. officials said", "U.S. officials said"},
	{"in the U.S.", "in the U.S."},
	{"on Jan. 5, 2024", "on Jan. 5 , 2024"},
	{"at 3 a.m. today", "at 3 a.m. today"},
	{"Mr. Smith and Dr. Jones", "Mr. Smith and Dr. Jones"},
	{"e.g. this, i.e. that", "e.g. this , i.e. that"},
	{"J. R. R. Tolkien", "J. R. R. Tolkien"},
	{"Apple Inc. rose", "Apple Inc. rose"},
	{"He left.", "He left ."},
	{"No. 5 and a no.", "No. 5 and a no ."},
	{"Ph.D. students", "Ph.D. students"},
	{"etc... fine", "etc ... fine"},
	/* clitics */
	{"don't", "do n't"},
	{"It's they're I'll we've he'd I'm", "It 's they 're I 'll we 've he 'd I 'm"},
	{"can't won't", "ca n't wo n't"},
	{"don\xe2\x80\x99t it\xe2\x80\x99s", "do n\xe2\x80\x99t it \xe2\x80\x99s"},
	{"DON'T", "DO N'T"},
	{"Bush's O'Brien's", "Bush 's O'Brien 's"},
	{"the soldiers' guns", "the soldiers ' guns"},
	{"cannot gonna", "can not gon na"},
	{"O'Brien rock'n'roll", "O'Brien rock'n'roll"},
	/* numbers */
	{"3.5 1,000 3:30 2024-04-26 4/26/2024", "3.5 1,000 3:30 2024-04-26 4/26/2024"},
	{"$1.5 million", "$ 1.5 million"},
	{"10% of 1,000,000.", "10 % of 1,000,000 ."},
	{"the '90s and 1990s", "the '90s and 1990s"},
	{"the \xe2\x80\x99" "90s", "the \xe2\x80\x99" "90s"},
	{"the 19th and 21st", "the 19th and 21st"},
	{"35mm at 10am", "35 mm at 10 am"},
	{"5-10 or 1990-1995", "5 - 10 or 1990 - 1995"},
	{"call 555-1234 or 713-853-3989", "call 555-1234 or 713-853-3989"},
	{"ZIP 77042-2016", "ZIP 77042-2016"},
	{"+44 20 7946", "+44 20 7946"},
	{"US$5 C$10", "US$ 5 C$ 10"},
	{"rose .5 percent", "rose .5 percent"},
	{"1,2,3", "1 , 2 , 3"},
	/* URLs and e-mail */
	{"see http://example.com/a?b=1.", "see http://example.com/a?b=1 ."},
	{"at www.example.com, or", "at www.example.com , or"},
	{"(https://en.wikipedia.org/wiki/A_(b))", "( https://en.wikipedia.org/wiki/A_(b) )"},
	{"mail john.doe@example.com.", "mail john.doe@example.com ."},
	{"mailto:a@b.org", "mailto:a@b.org"},
	{"amazon.com sells", "amazon.com sells"},
	/* hyphens, as UD EWT */
	{"a three-day trip", "a three - day trip"},
	{"e-mail non-profit co-founder", "e-mail non-profit co-founder"},
	{"Biden-Xi state-of-the-art", "Biden - Xi state - of - the - art"},
	/* punctuation */
	{"Wait... what?!", "Wait ... what ?!"},
	{"so\xe2\x80\xa6 then", "so \xe2\x80\xa6 then"},
	{"this \xe2\x80\x93 that \xe2\x80\x94 other--end", "this \xe2\x80\x93 that \xe2\x80\x94 other -- end"},
	{"\xe2\x80\x9cHello,\xe2\x80\x9d she said.", "\xe2\x80\x9c Hello , \xe2\x80\x9d she said ."},
	{"\"Yes\" 'no'", "\" Yes \" ' no '"},
	{"\xe2\x80\x98no\xe2\x80\x99", "\xe2\x80\x98 no \xe2\x80\x99"},
	{"''quoted''", "'' quoted ''"},
	{"(AFP) - Kyiv", "( AFP ) - Kyiv"},
	{"a/b and/or w/o", "a/b and / or w/o"},
	{"R&D at AT&T", "R&D at AT&T"},
	{"nice :) ok :-(", "nice :) ok :-("},
	{"end.The next", "end . The next"},
	/* symbols and emoji */
	{"great \xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd news", "great \xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd news"},
	{"family \xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7!",
	 "family \xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 !"},
	{"\xf0\x9f\x87\xba\xf0\x9f\x87\xb8\xf0\x9f\x87\xac\xf0\x9f\x87\xa7",
	 "\xf0\x9f\x87\xba\xf0\x9f\x87\xb8 \xf0\x9f\x87\xac\xf0\x9f\x87\xa7"},
	{"a+b=c #1 @ home", "a + b = c # 1 @ home"},
	{"#MeToo and @user_1 wrote", "#MeToo and @user_1 wrote"},
	{"$$$ ++ ==>", "$$$ ++ == >"},
	{"franz...@gmail.com wrote", "franz...@gmail.com wrote"},
	{"Acme Inc.. Then etc... so...? yes?!", "Acme Inc. . Then etc ... so ... ? yes ?!"},
	/* other scripts and spaces */
	{"caf\xc3\xa9 na\xc3\xafve \xc3\x9c" "ber", "caf\xc3\xa9 na\xc3\xafve \xc3\x9c" "ber"},
	{"10\xc2\xa0km\xe2\x80\x89" "away", "10 km away"},
	{"  \n\t ", ""},
	{"", ""},
	{"x", "x"},
};

START_TEST(test_cases)
{
	g_autofree char *got = tokens_of(cases[_i].in);
	ck_assert_msg(strcmp(got, cases[_i].out) == 0, "tokens of '%s': got '%s', want '%s'",
	              cases[_i].in, got, cases[_i].out);
}
END_TEST

static const struct {
	const char *in;
	int kinds[8];
} kind_cases[] = {
	{"Go 3.5 , $ http://a.b x@y.com", {TL_TOK_WORD, TL_TOK_NUMBER, TL_TOK_PUNCT, TL_TOK_SYMBOL,
	                                   TL_TOK_URL, TL_TOK_EMAIL, -1}},
	{"\xf0\x9f\x98\x80 \xe2\x80\x9c '90s", {TL_TOK_SYMBOL, TL_TOK_PUNCT, TL_TOK_NUMBER, -1}},
};

START_TEST(test_kinds)
{
	const char *in = kind_cases[_i].in;
	g_autoptr(GArray) a = g_array_new(FALSE, FALSE, sizeof(TlToken));
	tl_tokenize(in, strlen(in), a);
	guint n = 0;
	while (kind_cases[_i].kinds[n] >= 0)
		n++;
	ck_assert_uint_eq(a->len, n);
	for (guint i = 0; i < n; i++)
		ck_assert_int_eq(g_array_index(a, TlToken, i).kind, kind_cases[_i].kinds[i]);
}
END_TEST

START_TEST(test_flags)
{
	const char *in = "NASA's Head\nsaid don't\n \nNow";
	g_autoptr(GArray) a = g_array_new(FALSE, FALSE, sizeof(TlToken));
	tl_tokenize(in, strlen(in), a);
	/* NASA 's Head said do n't Now */
	static const guint8 want[] = {
		TL_TOKF_CAP | TL_TOKF_ALLCAPS,
		TL_TOKF_CLITIC,
		TL_TOKF_SPACE_BEFORE | TL_TOKF_CAP,
		TL_TOKF_SPACE_BEFORE | TL_TOKF_NEWLINE_BEFORE,
		TL_TOKF_SPACE_BEFORE,
		TL_TOKF_CLITIC,
		TL_TOKF_SPACE_BEFORE | TL_TOKF_NEWLINE_BEFORE | TL_TOKF_PARA_BEFORE | TL_TOKF_CAP,
	};
	ck_assert_uint_eq(a->len, G_N_ELEMENTS(want));
	for (guint i = 0; i < a->len; i++)
		ck_assert_msg(g_array_index(a, TlToken, i).flags == want[i], "token %u: flags %#x, want %#x", i,
		              g_array_index(a, TlToken, i).flags, want[i]);
}
END_TEST

START_TEST(test_case_flags)
{
	/* Éric ÉTÉ été 3D */
	const char *in = "\xc3\x89ric \xc3\x89T\xc3\x89 \xc3\xa9t\xc3\xa9 USA's";
	g_autoptr(GArray) a = g_array_new(FALSE, FALSE, sizeof(TlToken));
	tl_tokenize(in, strlen(in), a);
	ck_assert_uint_eq(a->len, 5);
	static const guint8 want[] = {TL_TOKF_CAP, TL_TOKF_CAP | TL_TOKF_ALLCAPS, 0,
	                              TL_TOKF_CAP | TL_TOKF_ALLCAPS, 0};
	for (guint i = 0; i < a->len; i++)
		ck_assert_uint_eq(g_array_index(a, TlToken, i).flags & (TL_TOKF_CAP | TL_TOKF_ALLCAPS), want[i]);
}
END_TEST

START_TEST(test_append_and_offsets)
{
	/* tokens are appended after what the array holds; offsets are bytes */
	g_autoptr(GArray) a = g_array_new(FALSE, FALSE, sizeof(TlToken));
	TlToken dummy = {0, 0, 0, 0};
	g_array_append_val(a, dummy);
	const char *in = "\xc3\xa9t\xc3\xa9 ok";
	tl_tokenize(in, strlen(in), a);
	ck_assert_uint_eq(a->len, 3);
	ck_assert_uint_eq(g_array_index(a, TlToken, 1).start, 0);
	ck_assert_uint_eq(g_array_index(a, TlToken, 1).end, 5);
	ck_assert_uint_eq(g_array_index(a, TlToken, 2).start, 6);
}
END_TEST

/* Tokens must be in order, inside the text and non-empty.  (One assertion
 * at the end: Check reports every assertion to its parent process.) */
static void
check_cover(size_t len, GArray *a)
{
	guint32 prev = 0;
	guint bad = G_MAXUINT;
	for (guint i = 0; i < a->len && bad == G_MAXUINT; i++) {
		TlToken *t = &g_array_index(a, TlToken, i);
		if (t->start < prev || t->end <= t->start || t->end > len)
			bad = i;
		prev = t->end;
	}
	ck_assert_msg(bad == G_MAXUINT, "token %u is out of place", bad);
}

START_TEST(test_invalid_utf8)
{
	const char in[] = "ab\xff" "cd \xe2\x80 \xc3 x\xed\xa0\x80y \xf0\x9f\x98";
	g_autoptr(GArray) a = g_array_new(FALSE, FALSE, sizeof(TlToken));
	tl_tokenize(in, sizeof in - 1, a);
	check_cover(sizeof in - 1, a);
	ck_assert_uint_gt(a->len, 4);
}
END_TEST

/* Text made of one pattern repeated to n bytes, with no white space. */
static char *
repeat(const char *unit, size_t n)
{
	size_t u = strlen(unit);
	char *s = g_malloc(n + 1);
	for (size_t i = 0; i < n; i++)
		s[i] = unit[i % u];
	s[n] = '\0';
	/* do not end inside a UTF-8 sequence */
	while (n > 0 && ((guchar)s[n - 1] & 0xC0) == 0x80)
		s[--n] = 'x';
	if (n > 0 && (guchar)s[n - 1] >= 0xC0)
		s[n - 1] = 'x';
	return s;
}

static const char *linear_units[] = {
	"a", "a.", "1-", "1,000,", "a'", "'", "...", "-a", "a@b.", "http://x.com/", "www.a.",
	"\xe2\x80\x99s", "U.S.", "1/2/", "e-", "\xf0\x9f\x91\xa8\xe2\x80\x8d", ":-", "$1.", "a&B", "+1",
};

START_TEST(test_linear_no_space)
{
	/* 10 MB with no space or newline: the tcase timeout catches a quadratic case */
	size_t n = 10u * 1024 * 1024;
	g_autofree char *s = repeat(linear_units[_i], n);
	g_autoptr(GArray) a = g_array_new(FALSE, FALSE, sizeof(TlToken));
	tl_tokenize(s, n, a);
	check_cover(n, a);
	g_autoptr(GArray) spans = g_array_new(FALSE, FALSE, sizeof(TlSpan));
	tl_split_sentences(s, n, (TlToken *)a->data, a->len, spans);
	ck_assert_uint_ge(spans->len, 1);
}
END_TEST

START_TEST(test_linear_chain)
{
	/* one 10 MB chain of digit groups that ends in a letter */
	size_t n = 10u * 1024 * 1024;
	g_autofree char *s = repeat("1-", n);
	s[n - 1] = 'x';
	g_autoptr(GArray) a = g_array_new(FALSE, FALSE, sizeof(TlToken));
	tl_tokenize(s, n, a);
	check_cover(n, a);
}
END_TEST

START_TEST(test_linear_long_sentence)
{
	/* a 100,000-token sentence, and 100,000 short lines */
	GString *s = g_string_new(NULL);
	for (int i = 0; i < 100000; i++)
		g_string_append(s, i % 7 ? "word " : "U.S. ");
	g_autoptr(GArray) a = g_array_new(FALSE, FALSE, sizeof(TlToken));
	tl_tokenize(s->str, s->len, a);
	ck_assert_uint_eq(a->len, 100000);
	g_autoptr(GArray) spans = g_array_new(FALSE, FALSE, sizeof(TlSpan));
	tl_split_sentences(s->str, s->len, (TlToken *)a->data, a->len, spans);
	ck_assert_uint_eq(spans->len, 1);
	g_string_truncate(s, 0);
	for (int i = 0; i < 100000; i++)
		g_string_append(s, "A line\n");
	g_array_set_size(a, 0);
	g_array_set_size(spans, 0);
	tl_tokenize(s->str, s->len, a);
	tl_split_sentences(s->str, s->len, (TlToken *)a->data, a->len, spans);
	ck_assert_uint_eq(spans->len, 100000);
	g_string_free(s, TRUE);
}
END_TEST

START_TEST(test_init_and_lookups)
{
	ck_assert(tl_token_init(NULL));
	ck_assert_int_eq(tl_token_abbrev("Mr", 2), TL_ABBR_TITLE);
	ck_assert_int_eq(tl_token_abbrev("etc", 3), TL_ABBR_PLAIN);
	ck_assert_int_eq(tl_token_abbrev("Etc", 3), TL_ABBR_PLAIN);
	ck_assert_int_eq(tl_token_abbrev("U.S", 3), TL_ABBR_PLAIN);
	ck_assert_int_eq(tl_token_abbrev("J", 1), TL_ABBR_INITIAL);
	ck_assert_int_eq(tl_token_abbrev("No", 2), TL_ABBR_NUMBER);
	ck_assert_int_eq(tl_token_abbrev("said", 4), TL_ABBR_NONE);
	ck_assert_int_eq(tl_token_abbrev("amazon.com", 10), TL_ABBR_NONE);
	ck_assert(tl_token_is_starter("The", 3));
	ck_assert(!tl_token_is_starter("Senate", 6));
	/* names after an elided particle; no English word has their shape */
	static const char *const elided[] = {"d'Estaing", "O'Brien", "L’Oréal", "Dell'Utri",
	                                     "D'Alema", "l'Équipe", NULL};
	static const char *const not_elided[] = {"don't", "DON'T", "ma'am", "O'", "'Tis", "rock'n'roll",
	                                         "Hello", "Sant'", "Ab'C", "abcde'Fgh", NULL};
	for (int i = 0; elided[i]; i++)
		ck_assert_msg(tl_token_elided_name(elided[i], strlen(elided[i])), "%s", elided[i]);
	for (int i = 0; not_elided[i]; i++)
		ck_assert_msg(!tl_token_elided_name(not_elided[i], strlen(not_elided[i])), "%s",
		              not_elided[i]);
}
END_TEST

Suite *tl_suite_token(void);
Suite *
tl_suite_token(void)
{
	Suite *s = suite_create("token");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_cases, 0, G_N_ELEMENTS(cases));
	tcase_add_loop_test(tc, test_kinds, 0, G_N_ELEMENTS(kind_cases));
	tcase_add_test(tc, test_flags);
	tcase_add_test(tc, test_case_flags);
	tcase_add_test(tc, test_append_and_offsets);
	tcase_add_test(tc, test_invalid_utf8);
	tcase_add_test(tc, test_init_and_lookups);
	suite_add_tcase(s, tc);
	TCase *lin = tcase_create("linear");
	tcase_set_timeout(lin, 60);
	tcase_add_loop_test(lin, test_linear_no_space, 0, G_N_ELEMENTS(linear_units));
	tcase_add_test(lin, test_linear_chain);
	tcase_add_test(lin, test_linear_long_sentence);
	suite_add_tcase(s, lin);
	return s;
}
