/* The lemmatizer: exceptions, rules checked against known lemmas, proper
 * nouns, unknown words, and the output buffer's limits. */
#include <string.h>
#include "tl/lemma.h"
#include "tl/tagger.h"
#include "tl_test.h"

static const struct {
	const char *word, *tag, *lemma;
} cases[] = {
	{"was", "VBD", "be"},         {"is", "VBZ", "be"},          {"mice", "NNS", "mouse"},
	{"children", "NNS", "child"}, {"stopped", "VBD", "stop"},   {"running", "VBG", "run"},
	{"cities", "NNS", "city"},    {"boxes", "NNS", "box"},      {"hoped", "VBD", "hope"},
	{"played", "VBN", "play"},    {"better", "JJR", "good"},    {"The", "DT", "the"},
	{"Americans", "NNPS", "American"}, {"Paris", "NNP", "Paris"}, {"went", "VBD", "go"},
	{"n't", "RB", "not"},         {"flurbed", "VBD", "flurb"},  {"glorpings", "NNS", "glorping"},
	{"Quickly", "RB", "quickly"}, {"3.5", "CD", "3.5"},         {"classes", "NNS", "class"},
	/* unknown to the lexicon: a stem that ends so takes its e back... */
	{"venerated", "VBN", "venerate"}, {"flurbating", "VBG", "flurbate"},
	{"glorbized", "VBD", "glorbize"}, {"snorgled", "VBD", "snorgle"},
	{"delving", "VBG", "delve"},     {"prorogued", "VBD", "prorogue"},
	/* ...but not one that ends otherwise, nor a plural */
	{"debuted", "VBD", "debut"},      {"feuded", "VBD", "feud"},
	{"impaired", "VBN", "impair"},    {"glorbs", "NNS", "glorb"},
	{"flurbats", "NNS", "flurbat"},
	/* a right single quote is the apostrophe the exceptions write */
	{"’re", "VBP", "be"},            {"’ll", "MD", "will"},       {"’d", "MD", "would"},
	{"’s", "POS", "'s"},             {"n’t", "RB", "not"},
	/* irregular verbs EWT has few of (lemma/irregular.tsv) */
	{"sank", "VBD", "sink"},         {"shrank", "VBD", "shrink"}, {"withdrawn", "VBN", "withdraw"},
	{"Forsook", "VBD", "forsake"},   {"left", "VBD", "leave"},    {"sank", "NN", "sank"},
};

START_TEST(test_lemmas)
{
	g_autoptr(GError) err = NULL;
	const TlLemmatizer *lem = tl_lemmatizer_default(&err);
	ck_assert_ptr_nonnull(lem);
	char out[64];
	size_t n = tl_lemmatize(lem, cases[_i].word, strlen(cases[_i].word),
	                        tl_xpos_from_name(cases[_i].tag), out, sizeof out);
	ck_assert_str_eq(out, cases[_i].lemma);
	ck_assert_uint_eq(n, strlen(cases[_i].lemma));
}
END_TEST

START_TEST(test_limits)
{
	const TlLemmatizer *lem = tl_lemmatizer_default(NULL);
	char out[4];
	/* cut to the buffer, full length returned */
	size_t n = tl_lemmatize(lem, "elephants", 9, TL_XPOS_NNS, out, sizeof out);
	ck_assert_uint_eq(n, 8);
	ck_assert_str_eq(out, "ele");
	/* a very long word is its own lemma; a bad tag too */
	char big[400];
	memset(big, 'a', sizeof big);
	char out2[500];
	n = tl_lemmatize(lem, big, sizeof big, TL_XPOS_NNS, out2, sizeof out2);
	ck_assert_uint_eq(n, sizeof big);
	n = tl_lemmatize(lem, "Dogs", 4, 99, out2, sizeof out2);
	ck_assert_str_eq(out2, "Dogs");
}
END_TEST

/* The word cache gives what the first call gave: the same lemmas a second
 * time round, cut to each caller's buffer, and never one lemmatizer's
 * answer for another's (two loaded from different rules). */
START_TEST(test_cache)
{
	const TlLemmatizer *lem = tl_lemmatizer_default(NULL);
	for (int round = 0; round < 2; round++)
		for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
			char out[64];
			tl_lemmatize(lem, cases[i].word, strlen(cases[i].word),
			             tl_xpos_from_name(cases[i].tag), out, sizeof out);
			ck_assert_str_eq(out, cases[i].lemma);
		}
	char small[3];
	ck_assert_uint_eq(tl_lemmatize(lem, "children", 8, TL_XPOS_NNS, small, sizeof small), 5);
	ck_assert_str_eq(small, "ch");
	g_autoptr(GBytes) r1 = g_bytes_new_static("NNS\ts\t-\t*\n", 10);
	g_autoptr(GBytes) r2 = g_bytes_new_static("NNS\ts\tx\t*\n", 10);
	g_autoptr(TlLemmatizer) a = tl_lemmatizer_new(r1, NULL, NULL, NULL);
	g_autoptr(TlLemmatizer) b = tl_lemmatizer_new(r2, NULL, NULL, NULL);
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(b);
	char out[64];
	for (int round = 0; round < 2; round++) {
		tl_lemmatize(a, "dogs", 4, TL_XPOS_NNS, out, sizeof out);
		ck_assert_str_eq(out, "dog");
		tl_lemmatize(b, "dogs", 4, TL_XPOS_NNS, out, sizeof out);
		ck_assert_str_eq(out, "dogx");
	}
}
END_TEST

START_TEST(test_bad_rules)
{
	g_autoptr(GBytes) rules = g_bytes_new_static("NOTATAG\ts\t-\n", 12);
	g_autoptr(GError) err = NULL;
	g_autoptr(TlLemmatizer) lem = tl_lemmatizer_new(rules, NULL, NULL, &err);
	ck_assert_ptr_null(lem);
	ck_assert_ptr_nonnull(strstr(err->message, "rules.tsv:1"));
}
END_TEST

Suite *tl_suite_lemma(void);
Suite *
tl_suite_lemma(void)
{
	Suite *s = suite_create("lemma");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_lemmas, 0, G_N_ELEMENTS(cases));
	tcase_add_test(tc, test_limits);
	tcase_add_test(tc, test_bad_rules);
	tcase_add_test(tc, test_cache);
	suite_add_tcase(s, tc);
	return s;
}
