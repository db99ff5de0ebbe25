/* The part-of-speech tagger: tags of plain sentences, tag names, bad models,
 * robustness (long, odd input), and accuracy on UD EWT dev when present. */
#include <string.h>
#include "../stages/common/tag-corpus.h"
#include "../stages/common/tag-train.h"
#include "tl/tagger.h"
#include "tl_test.h"

/* Tag text (tokenized by tl_tokenize); a new string of "XPOS " per token. */
static char *
xpos_of(const char *text)
{
	g_autoptr(GError) err = NULL;
	const TlTagger *t = tl_tagger_default(&err);
	ck_assert_ptr_nonnull(t);
	g_autoptr(GArray) toks = g_array_new(FALSE, FALSE, sizeof(TlToken));
	tl_tokenize(text, strlen(text), toks);
	g_autofree TlPos *pos = g_new0(TlPos, toks->len + 1);
	tl_tagger_tag(t, text, (TlToken *)toks->data, toks->len, pos);
	GString *s = g_string_new(NULL);
	for (guint i = 0; i < toks->len; i++)
		g_string_append_printf(s, "%s%s/%s", i ? " " : "", tl_upos_name(pos[i].upos),
		                       tl_xpos_name(pos[i].xpos));
	return g_string_free(s, FALSE);
}

static const struct {
	const char *text, *tags;
} cases[] = {
	{"The cat sat on the mat.", "DET/DT NOUN/NN VERB/VBD ADP/IN DET/DT NOUN/NN PUNCT/."},
	{"She will visit Paris next week.",
	 "PRON/PRP AUX/MD VERB/VB PROPN/NNP ADJ/JJ NOUN/NN PUNCT/."},
	{"He has eaten two apples.", "PRON/PRP AUX/VBZ VERB/VBN NUM/CD NOUN/NNS PUNCT/."},
	{"I don't know.", "PRON/PRP AUX/VBP PART/RB VERB/VB PUNCT/."},
	{"They were running quickly", "PRON/PRP AUX/VBD VERB/VBG ADV/RB"},
};

START_TEST(test_sentences)
{
	g_autofree char *got = xpos_of(cases[_i].text);
	ck_assert_str_eq(got, cases[_i].tags);
}
END_TEST

START_TEST(test_names)
{
	for (int i = 0; i < TL_UPOS_COUNT; i++)
		ck_assert_int_eq(tl_upos_from_name(tl_upos_name(i)), i);
	for (int i = 0; i < TL_XPOS_COUNT; i++)
		ck_assert_int_eq(tl_xpos_from_name(tl_xpos_name(i)), i);
	ck_assert_str_eq(tl_xpos_name(TL_XPOS_VBD), "VBD");
	ck_assert_str_eq(tl_xpos_name(TL_XPOS_PRPS), "PRP$");
	ck_assert_str_eq(tl_upos_name(-1), "_");
	ck_assert_int_eq(tl_xpos_from_name("NOPE"), -1);
}
END_TEST

static const char *const bad_models[] = {
	"", "TLTAGGE", "NOTAMODEL\1\0\0\0", "TLTAGGER\x09\0\0\0\1\0\0\0",
	"TLTAGGER\2\0\0\0\1\0\0\0\x07\x0b\0\0\0\0\1\0\0\0",
};

START_TEST(test_bad_model)
{
	const char *m = bad_models[_i];
	size_t len = _i == 4 ? 20 : strlen(m) + (_i == 3 ? 4 : 0);
	g_autoptr(GBytes) b = g_bytes_new(m, len);
	g_autoptr(GError) err = NULL;
	g_autoptr(TlTagger) t = tl_tagger_new_from_bytes(b, &err);
	ck_assert_ptr_null(t);
	ck_assert_ptr_nonnull(err);
	ck_assert(g_str_has_prefix(err->message, "bad model"));
}
END_TEST

START_TEST(test_robust)
{
	/* a 10,000-token sentence, URLs, e-mail, emoji, capitals: no crash, tags in range */
	GString *s = g_string_new("BREAKING: SEE https://example.com/a?b=1 OR mail me@example.org \xf0\x9f\x98\x80 ");
	for (int i = 0; i < 10000; i++)
		g_string_append(s, i % 7 ? "word " : "Zyxq ");
	g_autoptr(GArray) toks = g_array_new(FALSE, FALSE, sizeof(TlToken));
	tl_tokenize(s->str, s->len, toks);
	ck_assert_uint_gt(toks->len, 10000);
	g_autofree TlPos *pos = g_new0(TlPos, toks->len);
	const TlTagger *t = tl_tagger_default(NULL);
	tl_tagger_tag(t, s->str, (TlToken *)toks->data, toks->len, pos);
	for (guint i = 0; i < toks->len; i++) {
		ck_assert_uint_lt(pos[i].upos, TL_UPOS_COUNT);
		ck_assert_uint_lt(pos[i].xpos, TL_XPOS_COUNT);
	}
	/* empty input is fine */
	tl_tagger_tag(t, "", NULL, 0, pos);
	g_string_free(s, TRUE);
}
END_TEST

START_TEST(test_dev_accuracy)
{
	g_autofree char *path = tl_test_shared("data/ud-english-ewt/en_ewt-ud-dev.conllu");
	if (!path)
		return; /* no shared data: nothing to measure */
	g_autoptr(GError) err = NULL;
	g_autoptr(GPtrArray) dev = tl_corpus_read(path, &err);
	ck_assert_ptr_nonnull(dev);
	double u, x;
	tl_eval_tagger(tl_tagger_default(NULL), dev, &u, &x);
	ck_assert_double_ge(u, 94.5);
	ck_assert_double_ge(x, 93.8);
}
END_TEST

Suite *tl_suite_tagger(void);
Suite *
tl_suite_tagger(void)
{
	Suite *s = suite_create("tagger");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 120);
	tcase_add_loop_test(tc, test_sentences, 0, G_N_ELEMENTS(cases));
	tcase_add_test(tc, test_names);
	tcase_add_loop_test(tc, test_bad_model, 0, G_N_ELEMENTS(bad_models));
	tcase_add_test(tc, test_robust);
	tcase_add_test(tc, test_dev_accuracy);
	suite_add_tcase(s, tc);
	return s;
}
