/* The part-of-speech tagger: tags of plain sentences, tag names, bad models,
 * robustness (long, odd input), accuracy on UD EWT dev when present, and the
 * word cache: the same tags as the uncached path, bounded, one per thread. */
#include <string.h>
#include <glib/gstdio.h>
#include "../stages/common/tag-corpus.h"
#include "../stages/common/tag-hash.h"
#include "../stages/common/tag-train.h"
#include "tl/resource.h"
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
	/* a plural subject makes a present (VBP), a governing verb a base form (VB) */
	{"These idiots think a cartoon is funny.",
	 "DET/DT NOUN/NNS VERB/VBP DET/DT NOUN/NN AUX/VBZ ADJ/JJ PUNCT/."},
	/* "to" before a pronoun is a preposition, before a verb the infinitive */
	{"I want to go to them.", "PRON/PRP VERB/VBP PART/TO VERB/VB ADP/IN PRON/PRP PUNCT/."},
	{"We have had about 5 repairs.",
	 "PRON/PRP AUX/VBP VERB/VBN ADV/RB NUM/CD NOUN/NNS PUNCT/."},
	/* ... and a preposition before it stays one ("in about a year") */
	{"Repairs will begin in about five days.",
	 "NOUN/NNS AUX/MD VERB/VB ADP/IN ADV/RB NUM/CD NOUN/NNS PUNCT/."},
	/* an apostrophe glued after an "s" is a possessive, and the word
	 * after it no gerund ("Texas' rating" was a closing quote and VBG) */
	{"Texas' rating had been lowered.",
	 "PROPN/NNP PART/POS NOUN/NN AUX/VBD AUX/VBN VERB/VBN PUNCT/."},
	{"We let the kids go home.", "PRON/PRP VERB/VBD DET/DT NOUN/NNS VERB/VB ADV/RB PUNCT/."},
	/* a name after an elided particle is a proper noun, not a gerund */
	{"Giscard d'Estaing won.", "PROPN/NNP PROPN/NNP VERB/VBD PUNCT/."},
	/* a right single quote reads as the apostrophe ("’re" was an
	 * unknown word, a verb) */
	{"We’re sure we’ll win.", "PRON/PRP AUX/VBP ADJ/JJ PRON/PRP AUX/MD VERB/VB PUNCT/."},
	/* an irregular past form after its subject is no compound's noun
	 * (both were NN) */
	{"The army withdrew from the city.",
	 "DET/DT NOUN/NN VERB/VBD ADP/IN DET/DT NOUN/NN PUNCT/."},
	{"The economy shrank.", "DET/DT NOUN/NN VERB/VBD PUNCT/."},
	/* a participle between its subject and its object is a past tense
	 * (VBN), not before a time or after a verb of naming */
	{"Iran hosted the championship.", "PROPN/NNP VERB/VBD DET/DT NOUN/NN PUNCT/."},
	{"He said its board authorized the repurchase.",
	 "PRON/PRP VERB/VBD PRON/PRP$ NOUN/NN VERB/VBD DET/DT NOUN/NN PUNCT/."},
	/* a past form between an article or a possessive (and adverbs) and
	 * its noun is a participle (both were VBD); a demonstrative may be
	 * a subject, and the past of "in the daily warned" stays */
	{"The originally planned launch was scrubbed.",
	 "DET/DT ADV/RB VERB/VBN NOUN/NN AUX/VBD VERB/VBN PUNCT/."},
	{"His newly elected deputy will resign.",
	 "PRON/PRP$ ADV/RB VERB/VBN NOUN/NN AUX/MD VERB/VB PUNCT/."},
	{"An article in the daily warned that prices rose.",
	 "DET/DT NOUN/NN ADP/IN DET/DT ADV/RB VERB/VBD SCONJ/IN NOUN/NNS VERB/VBD PUNCT/."},
	/* a subject's word before an auxiliary is no verb: a name with an
	 * inner capital, a plural after its noun, a gerund after its noun;
	 * not a verb of saying after a name, nor in a relative clause */
	{"LyphoMed will sell the drugs.", "PROPN/NNP AUX/MD VERB/VB DET/DT NOUN/NNS PUNCT/."},
	{"Producer delegates were meeting to examine a proposal.",
	 "NOUN/NN NOUN/NNS AUX/VBD VERB/VBG PART/TO VERB/VB DET/DT NOUN/NN PUNCT/."},
	{"The asset sales and equity offering were part of a plan.",
	 "DET/DT NOUN/NN NOUN/NNS CCONJ/CC NOUN/NN NOUN/NN AUX/VBD NOUN/NN ADP/IN DET/DT NOUN/NN PUNCT/."},
	{"The tax Nakasone says is needed.", "DET/DT NOUN/NN PROPN/NNP VERB/VBZ AUX/VBZ VERB/VBN PUNCT/."},
	/* "have" or "be" before a participle is an auxiliary */
	{"The commission, headed by former Secretary of State Henry Kissinger, had proposed a program.",
	 "DET/DT NOUN/NN PUNCT/, VERB/VBN ADP/IN ADJ/JJ PROPN/NNP ADP/IN PROPN/NNP PROPN/NNP PROPN/NNP "
	 "PUNCT/, AUX/VBD VERB/VBN DET/DT NOUN/NN PUNCT/."},
	{"The man arrested the day before was released.",
	 "DET/DT NOUN/NN VERB/VBN DET/DT NOUN/NN ADV/RB AUX/VBD VERB/VBN PUNCT/."},
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

/* The corpus reader names the line of a bad tag, blank lines counted: it
 * said "near line 3" for line 5 (strtok_r passed over the blank lines). */
START_TEST(test_corpus_bad_tag_line)
{
	g_autofree char *dir = g_dir_make_tmp("tl-corpus-XXXXXX", NULL);
	ck_assert_ptr_nonnull(dir);
	g_autofree char *path = g_build_filename(dir, "x.conllu", NULL);
	const char *data = "# text = Go.\n1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n\n"
	                   "# text = Up.\n1\tUp\tup\tADVX\tRB\t_\t0\troot\t_\t_\n\n";
	ck_assert(g_file_set_contents(path, data, -1, NULL));
	g_autoptr(GError) err = NULL;
	g_autoptr(GPtrArray) c = tl_corpus_read(path, &err);
	ck_assert_ptr_null(c);
	ck_assert_ptr_nonnull(strstr(err->message, "x.conllu:5: bad tags (UPOS 'ADVX', XPOS 'RB')"));
	/* the good file of the same lines: two sentences */
	const char *good = "# text = Go.\n1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n\n\n"
	                   "# text = Up.\n1\tUp\tup\tADV\tRB\t_\t0\troot\t_\t_\n";
	ck_assert(g_file_set_contents(path, good, -1, NULL));
	g_autoptr(GPtrArray) c2 = tl_corpus_read(path, NULL);
	ck_assert_ptr_nonnull(c2);
	ck_assert_uint_eq(c2->len, 2);
	g_unlink(path);
	g_rmdir(dir);
}
END_TEST

/* Fill some stack with bytes, so that reading unwritten locals would differ. */
static void __attribute__((noinline))
scribble(guint8 v)
{
	volatile guint8 junk[4096];
	for (size_t i = 0; i < sizeof junk; i++)
		junk[i] = (guint8)(v + i);
}

/* A long word (over 56 bytes) hashes the same whatever the stack held. */
START_TEST(test_long_word_hash)
{
	const TlTagger *t = tl_tagger_default(NULL);
	for (size_t len = 50; len < 80; len++) {
		char word[80];
		for (size_t i = 0; i < len; i++)
			word[i] = (char)('a' + i % 26);
		TlTagWord a, b;
		scribble(0x11);
		tl_tagger_word(t, word, 0, (guint32)len, FALSE, &a);
		scribble(0xee);
		tl_tagger_word(t, word, 0, (guint32)len, FALSE, &b);
		ck_assert_msg(a.norm == b.norm && a.suf[3] == b.suf[3], "length %zu", len);
	}
}
END_TEST

/* ---- the word cache gives the tags of the uncached path ------------------- */

/* Tag text both ways with t; fails at the first token whose tags differ. */
static void
same_both_ways(const TlTagger *t, const char *text, size_t len)
{
	g_autoptr(GArray) toks = g_array_new(FALSE, FALSE, sizeof(TlToken));
	tl_tokenize(text, len, toks);
	g_autofree TlPos *a = g_new0(TlPos, toks->len + 1);
	g_autofree TlPos *b = g_new0(TlPos, toks->len + 1);
	tl_tagger_tag(t, text, (TlToken *)toks->data, toks->len, a);
	tl_tagger_tag_uncached(t, text, (TlToken *)toks->data, toks->len, b);
	for (guint i = 0; i < toks->len; i++) {
		const TlToken *k = &g_array_index(toks, TlToken, i);
		ck_assert_msg(a[i].upos == b[i].upos && a[i].xpos == b[i].xpos,
		              "token %u '%.*s' of '%.60s': cached %s/%s, uncached %s/%s", i,
		              (int)(k->end - k->start), text + k->start, text, tl_upos_name(a[i].upos),
		              tl_xpos_name(a[i].xpos), tl_upos_name(b[i].upos), tl_xpos_name(b[i].xpos));
	}
}

static const char *const vocab[] = {
	"the", "The", "THE", "a", "of", "to", "and", "in", "said", "Said", "will", "would", "has",
	"had", "been", "was", "were", "is", "are", "be", "rose", "fell", "shares", "company",
	"Reuters", "REUTERS", "Mr.", "U.S.", "president", "President", "Biden", "said.", "last",
	"week", "on", "Monday", "MONDAY", "1987", "3.5", "$", "pct", "percent", "-", "(", ")", ",",
	".", "?", "!", "\"", "'s", "n't", "it", "they", "We", "I", "you", "to", "go", "going",
	"gone", "went", "run", "running", "ran", "fast", "faster", "fastest", "quickly", "very",
	"that", "which", "who", "what", "where", "when", "how", "up", "down", "out", "off",
	"https://example.com/a?b=1", "www.example.org", "me@example.org", "\xf0\x9f\x98\x80",
	"#tag", "@user", ":)", "...", "--", "co-operation", "well-known", "1,000", "10:30",
	"e.g.", "etc.", "Inc", "Corp", "Ltd", "NASA", "EU", "UN", "Xi", "Jinping",
};

/* A deterministic generator of odd words: unknown, capitalised, long, digits. */
static void
odd_word(GString *s, guint64 *seed)
{
	*seed = *seed * 6364136223846793005ULL + 1442695040888963407ULL;
	guint r = (guint)(*seed >> 33);
	size_t len = 1 + r % (r % 11 == 0 ? 70 : 12);
	for (size_t i = 0; i < len; i++) {
		guint c = (r >> (i % 24)) + (guint)i * 7;
		switch ((r + i) % 9) {
		case 0: g_string_append_c(s, (char)('A' + c % 26)); break;
		case 1: g_string_append_c(s, (char)('0' + c % 10)); break;
		case 2: g_string_append_c(s, "-.'/_"[c % 5]); break;
		default: g_string_append_c(s, (char)('a' + c % 26)); break;
		}
	}
}

/* Sentence k of the varied set: known words, odd words, capitals, URLs. */
static char *
varied_sentence(guint k, guint64 *seed)
{
	GString *s = g_string_new(NULL);
	guint n = 1 + k % 40;
	for (guint i = 0; i < n; i++) {
		*seed = *seed * 6364136223846793005ULL + 1442695040888963407ULL;
		guint r = (guint)(*seed >> 33);
		if (r % 5 == 0) {
			odd_word(s, seed);
		} else {
			const char *w = vocab[r % G_N_ELEMENTS(vocab)];
			if (k % 7 == 3) { /* an ALL-CAPS headline */
				g_autofree char *up = g_ascii_strup(w, -1);
				g_string_append(s, up);
			} else {
				g_string_append(s, w);
			}
		}
		g_string_append_c(s, ' ');
	}
	return g_string_free(s, FALSE);
}

START_TEST(test_cache_same_tags)
{
	const TlTagger *t = tl_tagger_default(NULL);
	ck_assert_ptr_nonnull(t);
	guint64 seed = 7;
	for (guint k = 0; k < 600; k++) {
		g_autofree char *s = varied_sentence(k, &seed);
		same_both_ways(t, s, strlen(s));
	}
	/* a 10,000-token sentence of ever new words: entries are replaced while
	 * the words around them are still being decoded */
	GString *big = g_string_new(NULL);
	for (guint i = 0; i < 10000; i++) {
		if (i % 3)
			g_string_append_printf(big, "%s ", vocab[i % G_N_ELEMENTS(vocab)]);
		else
			odd_word(big, &seed), g_string_append_c(big, ' ');
	}
	same_both_ways(t, big->str, big->len);
	g_string_free(big, TRUE);
}
END_TEST

/* The built-in model has a second pass (tag-second.c), finishing tokens two
 * behind: the same tags with and without the word cache, also with a tiny
 * cache; it changes some first-pass tags, and tl_tagger_tag_passes gives
 * the first pass's as they are. */
START_TEST(test_second_pass)
{
	const TlTagger *t = tl_tagger_default(NULL);
	ck_assert_ptr_nonnull(t);
	ck_assert(tl_tagger_has_second_pass(t));
	guint64 seed = 3;
	size_t changed = 0;
	for (guint k = 0; k < 300; k++) {
		g_autofree char *s = varied_sentence(k, &seed);
		same_both_ways(t, s, strlen(s));
		g_autoptr(GArray) toks = g_array_new(FALSE, FALSE, sizeof(TlToken));
		tl_tokenize(s, strlen(s), toks);
		g_autofree TlPos *a = g_new0(TlPos, toks->len + 1);
		g_autofree TlPos *b = g_new0(TlPos, toks->len + 1);
		g_autofree TlPos *c = g_new0(TlPos, toks->len + 1);
		tl_tagger_tag_passes(t, s, (TlToken *)toks->data, toks->len, a, b);
		tl_tagger_tag(t, s, (TlToken *)toks->data, toks->len, c);
		ck_assert(memcmp(a, c, sizeof(TlPos) * toks->len) == 0);
		changed += memcmp(a, b, sizeof(TlPos) * toks->len) != 0;
	}
	ck_assert_uint_gt(changed, 0);
	tl_tagger_cache_shrink(2);
	for (guint k = 0; k < 200; k++) {
		g_autofree char *s = varied_sentence(k, &seed);
		same_both_ways(t, s, strlen(s));
	}
	tl_tagger_cache_shrink(TL_TAGGER_CACHE_WORDS);
}
END_TEST

/* Real sentences, when the shared data is there: UD EWT dev, all of it. */
START_TEST(test_cache_same_tags_dev)
{
	g_autofree char *path = tl_test_shared("data/ud-english-ewt/en_ewt-ud-dev.conllu");
	if (!path)
		return;
	g_autoptr(GPtrArray) dev = tl_corpus_read(path, NULL);
	ck_assert_ptr_nonnull(dev);
	const TlTagger *t = tl_tagger_default(NULL);
	for (guint i = 0; i < dev->len; i++) {
		const TlSentence *s = dev->pdata[i];
		g_autofree TlPos *a = g_new0(TlPos, s->n + 1);
		g_autofree TlPos *b = g_new0(TlPos, s->n + 1);
		tl_tagger_tag(t, s->text, s->tokens, s->n, a);
		tl_tagger_tag_uncached(t, s->text, s->tokens, s->n, b);
		ck_assert_msg(memcmp(a, b, sizeof(TlPos) * s->n) == 0, "dev sentence %u: %.60s", i,
		              s->text);
	}
}
END_TEST

/* Two taggers in turn on one thread: each gets its own rows, never the
 * other's (the cache is emptied on a change of tagger). */
START_TEST(test_cache_two_taggers)
{
	g_autoptr(GBytes) b = tl_resource_get("common", "tagger/model.bin", NULL);
	ck_assert_ptr_nonnull(b);
	guint64 seed = 11;
	for (guint k = 0; k < 40; k++) {
		g_autoptr(TlTagger) other = tl_tagger_new_from_bytes(b, NULL);
		ck_assert_ptr_nonnull(other);
		g_autofree char *s = varied_sentence(k, &seed);
		same_both_ways(other, s, strlen(s));
		same_both_ways(tl_tagger_default(NULL), s, strlen(s));
	}
}
END_TEST

/* A cache of two entries: words are replaced all the time, never while the
 * window of words being decoded holds them. */
START_TEST(test_cache_tiny)
{
	const TlTagger *t = tl_tagger_default(NULL);
	guint64 seed = 5;
	for (guint words = 2; words <= 64; words *= 4) {
		g_autofree char *first = varied_sentence(1, &seed);
		same_both_ways(t, first, strlen(first));
		tl_tagger_cache_shrink(words);
		for (guint k = 0; k < 200; k++) {
			g_autofree char *s = varied_sentence(k, &seed);
			same_both_ways(t, s, strlen(s));
			ck_assert_uint_le(tl_tagger_cache_used(), words);
		}
	}
	/* back to full size, for the tests that follow in this thread (CK_FORK=no) */
	tl_tagger_cache_shrink(TL_TAGGER_CACHE_WORDS);
	g_autofree char *last = varied_sentence(2, &seed);
	same_both_ways(t, last, strlen(last));
}
END_TEST

/* Many more distinct words than the cache holds: it stays at its size. */
START_TEST(test_cache_bounded)
{
	const TlTagger *t = tl_tagger_default(NULL);
	GString *s = g_string_new(NULL);
	for (guint i = 0; i < 3 * TL_TAGGER_CACHE_WORDS; i++)
		g_string_append_printf(s, "w%uq%x ", i, i * 2654435761u);
	same_both_ways(t, s->str, s->len);
	ck_assert_uint_gt(tl_tagger_cache_used(), TL_TAGGER_CACHE_WORDS / 2);
	ck_assert_uint_le(tl_tagger_cache_used(), TL_TAGGER_CACHE_WORDS);
	g_string_free(s, TRUE);
}
END_TEST

static gpointer
tag_in_thread(gpointer data)
{
	guint64 seed = GPOINTER_TO_UINT(data);
	for (guint k = 0; k < 100; k++) {
		g_autofree char *s = varied_sentence(k, &seed);
		same_both_ways(tl_tagger_default(NULL), s, strlen(s));
	}
	return GSIZE_TO_POINTER(tl_tagger_cache_used());
}

/* Each thread has its own cache, freed when the thread ends. */
START_TEST(test_cache_threads)
{
	GThread *th[3];
	for (guint i = 0; i < G_N_ELEMENTS(th); i++)
		th[i] = g_thread_new("tagger", tag_in_thread, GUINT_TO_POINTER(i + 1));
	for (guint i = 0; i < G_N_ELEMENTS(th); i++)
		ck_assert_uint_gt(GPOINTER_TO_SIZE(g_thread_join(th[i])), 0);
}
END_TEST

/* A word of letters is never tagged as punctuation ("Critics" before a
 * quote was an opening quote mark). */
START_TEST(test_words_not_punct)
{
	static const char *const texts[] = {
		"Critics hailed \"Parasite\" as a masterpiece.",
		"Zorblax said \"no\" -- and Quibbity ( Frank ) agreed , \" Yes \" .",
	};
	for (size_t k = 0; k < G_N_ELEMENTS(texts); k++) {
		g_autofree char *got = xpos_of(texts[k]);
		g_auto(GStrv) tags = g_strsplit(got, " ", -1);
		g_autoptr(GArray) toks = g_array_new(FALSE, FALSE, sizeof(TlToken));
		tl_tokenize(texts[k], strlen(texts[k]), toks);
		ck_assert_uint_eq(g_strv_length(tags), toks->len);
		for (guint i = 0; i < toks->len; i++) {
			const TlToken *t = &g_array_index(toks, TlToken, i);
			gboolean letter = FALSE;
			for (guint32 b = t->start; b < t->end; b++)
				letter |= g_ascii_isalpha(texts[k][b]);
			if (letter)
				ck_assert_msg(!g_str_has_prefix(tags[i], "PUNCT/"), "%s: token %u is %s", texts[k],
				              i, tags[i]);
		}
	}
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
	tcase_add_test(tc, test_words_not_punct);
	tcase_add_loop_test(tc, test_bad_model, 0, G_N_ELEMENTS(bad_models));
	tcase_add_test(tc, test_robust);
	tcase_add_test(tc, test_long_word_hash);
	tcase_add_test(tc, test_corpus_bad_tag_line);
	tcase_add_test(tc, test_dev_accuracy);
	tcase_add_test(tc, test_cache_same_tags);
	tcase_add_test(tc, test_second_pass);
	tcase_add_test(tc, test_cache_same_tags_dev);
	tcase_add_test(tc, test_cache_two_taggers);
	tcase_add_test(tc, test_cache_bounded);
	tcase_add_test(tc, test_cache_tiny);
	tcase_add_test(tc, test_cache_threads);
	suite_add_tcase(s, tc);
	return s;
}
