/*
 * tl-train-tagger: trains the language layer's models from the shared data
 * and evaluates the built-in ones.
 *
 * The committed models are reproduced, from the top of the tree, by
 *
 *     bin/tl-train-tagger --data ../shared/data --out stages/common/data
 *     make
 *
 * which reads ud-english-ewt/en_ewt-ud-{train,dev}.conllu and
 * uner-english-ewt/en_ewt-ud-dev.iob2 and writes, under --out:
 *   lemma/exceptions.tsv, lemma/known.txt  (from train, with lemma/rules.tsv)
 *   tagger/model.bin   (averaged perceptron, 10 epochs on train; dev reported)
 *   names/model.bin    (perceptron chunker, 10 epochs on UNER dev, tagged by
 *                       the new tagger)
 * Training is deterministic: the same data gives the same bytes (about five
 * minutes of one core).  --lemmas-only and --names-only redo one part.
 *
 *     bin/tl-train-tagger --eval --data ../shared/data   (scripts/eval-tagger.sh)
 *
 * (--names-cv: only the chunker's 5-fold cross-validation on UNER dev, folds
 * of consecutive sentences, each trained in three sentence orders and the
 * counts summed: the figure to tune the name finder on, in about fifteen
 * seconds; UNER test is for the final figure only.)
 *
 * measures the built-in models: UPOS/XPOS on EWT test and dev (gold tokens),
 * lemmas, names on UNER test, tagging speed (CPU time, one core), load time.
 * For error analysis: TL_CONFUSIONS=1 lists the dev XPOS confusions
 * (TL_XPOS_ONLY=1: those where UPOS is right; TL_EXAMPLES=TAG: examples of
 * that gold tag), TL_DEBUG_LEMMAS=1 the lemma errors, TL_DEBUG_NAMES=1 the
 * name errors.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "../common/tag-corpus.h"
#include "tl/cli.h"
#include "tl/lemma.h"
#include "tl/names.h"
#include "tl/resource.h"
#include "../common/tag-train.h"

static char *opt_data = NULL;
static char *opt_out = NULL;
static int opt_iterations = 10;
static double opt_min_weight = 0.002;
static int opt_lex_min = 3;
static double opt_dict_share = 0;
static gboolean opt_lemmas_only = FALSE;
static gboolean opt_names_only = FALSE;
static int opt_names_iterations = 10;
static gboolean opt_eval = FALSE;
static gboolean opt_names_cv = FALSE;
static gboolean opt_version = FALSE;

static const GOptionEntry entries[] = {
	{"data", 0, 0, G_OPTION_ARG_FILENAME, &opt_data, "shared data folder (../shared/data)", "DIR"},
	{"out", 0, 0, G_OPTION_ARG_FILENAME, &opt_out, "write the models under DIR", "DIR"},
	{"iterations", 0, 0, G_OPTION_ARG_INT, &opt_iterations, "tagger epochs (10)", "N"},
	{"min-weight", 0, 0, G_OPTION_ARG_DOUBLE, &opt_min_weight,
	 "drop weights under this share of the largest (0.002)", "X"},
	{"lex-min", 0, 0, G_OPTION_ARG_INT, &opt_lex_min,
	 "words seen this often get their tag set as a feature (3)", "N"},
	{"dict-share", 0, 0, G_OPTION_ARG_DOUBLE, &opt_dict_share,
	 "frequent words may take only the classes they had this share of the time (0)", "X"},
	{"lemmas-only", 0, 0, G_OPTION_ARG_NONE, &opt_lemmas_only, "train the lemmatizer only",
	 NULL},
	{"names-only", 0, 0, G_OPTION_ARG_NONE, &opt_names_only,
	 "train the name chunker only (with the tagger under --out)", NULL},
	{"names-iterations", 0, 0, G_OPTION_ARG_INT, &opt_names_iterations,
	 "name chunker epochs (10)", "N"},
	{"eval", 0, 0, G_OPTION_ARG_NONE, &opt_eval, "evaluate the built-in models", NULL},
	{"names-cv", 0, 0, G_OPTION_ARG_NONE, &opt_names_cv,
	 "only the name chunker's 5-fold cross-validation on UNER dev (for tuning)", NULL},
	{"version", 0, 0, G_OPTION_ARG_NONE, &opt_version, "print the version", NULL},
	{NULL, 0, 0, 0, NULL, NULL, NULL},
};

static GPtrArray *
corpus(const char *rel, GError **error)
{
	g_autofree char *path = g_build_filename(opt_data, rel, NULL);
	return tl_corpus_read(path, error);
}

static gboolean
write_file(const char *dir, const char *rel, const GString *s, GError **error)
{
	g_autofree char *path = g_build_filename(dir, rel, NULL);
	g_autofree char *parent = g_path_get_dirname(path);
	if (g_mkdir_with_parents(parent, 0755) != 0) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "cannot create '%s'", parent);
		return FALSE;
	}
	return g_file_set_contents(path, s->str, (gssize)s->len, error);
}

static gboolean
train_lemmas(GPtrArray *tr, GPtrArray *dev, GError **error)
{
	g_autofree char *rules_path = g_build_filename(opt_out, "lemma", "rules.tsv", NULL);
	g_autofree char *rules = NULL;
	gsize len;
	if (!g_file_get_contents(rules_path, &rules, &len, error))
		return FALSE;
	g_autoptr(GBytes) rb = g_bytes_new(rules, len);
	g_autoptr(GString) exc = g_string_new(NULL);
	g_autoptr(GString) known = g_string_new(NULL);
	if (!tl_train_lemmas(tr, rb, exc, known, error))
		return FALSE;
	g_autoptr(GBytes) eb = g_bytes_new(exc->str, exc->len);
	g_autoptr(GBytes) kb = g_bytes_new(known->str, known->len);
	g_autoptr(TlLemmatizer) lem = tl_lemmatizer_new(rb, eb, kb, error);
	if (!lem)
		return FALSE;
	double acc;
	tl_eval_lemmas(lem, dev, TRUE, NULL, &acc);
	fprintf(stderr, "lemmas: %zu + %zu bytes; dev accuracy with gold tags %.2f%%\n", exc->len,
	        known->len, acc);
	return write_file(opt_out, "lemma/exceptions.tsv", exc, error) &&
	       write_file(opt_out, "lemma/known.txt", known, error);
}

static gboolean
train_names(GError **error)
{
	g_autoptr(GPtrArray) dev = corpus("uner-english-ewt/en_ewt-ud-dev.iob2", error);
	if (!dev)
		return FALSE;
	g_autofree char *mpath = g_build_filename(opt_out, "tagger", "model.bin", NULL);
	g_autofree char *mdata = NULL;
	gsize mlen;
	if (!g_file_get_contents(mpath, &mdata, &mlen, error))
		return FALSE;
	g_autoptr(GBytes) mb = g_bytes_new(mdata, mlen);
	g_autoptr(TlTagger) tagger = tl_tagger_new_from_bytes(mb, error);
	if (!tagger)
		return FALSE;
	g_autoptr(GString) model = g_string_new(NULL);
	tl_train_names(dev, tagger, opt_names_iterations, stderr, model);
	g_autoptr(GBytes) b = g_bytes_new(model->str, model->len);
	g_autoptr(TlNames) names = tl_names_new(b, error);
	if (!names)
		return FALSE;
	fprintf(stderr, "names model: %zu bytes; on its training data (UNER dev):\n", model->len);
	tl_eval_names(names, tagger, dev, stderr);
	return write_file(opt_out, "names/model.bin", model, error);
}

static gboolean
train(GError **error)
{
	g_autoptr(GPtrArray) tr = corpus("ud-english-ewt/en_ewt-ud-train.conllu", error);
	if (!tr)
		return FALSE;
	g_autoptr(GPtrArray) dev = corpus("ud-english-ewt/en_ewt-ud-dev.conllu", error);
	if (!dev)
		return FALSE;
	if (!train_lemmas(tr, dev, error))
		return FALSE;
	if (opt_lemmas_only)
		return TRUE;
	if (opt_names_only)
		return train_names(error);
	g_autoptr(GString) model = g_string_new(NULL);
	tl_train_tagger(tr, dev, opt_iterations, opt_lex_min, opt_dict_share, opt_min_weight, stderr,
	                model);
	g_autoptr(GBytes) b = g_bytes_new(model->str, model->len);
	g_autoptr(TlTagger) t = tl_tagger_new_from_bytes(b, error);
	if (!t)
		return FALSE;
	double u, x;
	tl_eval_tagger(t, dev, &u, &x);
	fprintf(stderr, "tagger model: %zu bytes; dev UPOS %.2f%% XPOS %.2f%%; top confusions:\n",
	        model->len, u, x);
	tl_tagger_confusions(t, dev, 20, stderr);
	return write_file(opt_out, "tagger/model.bin", model, error) && train_names(error);
}

/* CPU time of this process in microseconds: the speed per core, whatever
 * else the machine is running. */
static gint64
cpu_time(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (gint64)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

#define NAMES_FOLDS 5

/* The chunker's figure for tuning: 5-fold cross-validation on UNER dev
 * (train on four fifths, score the fifth), with the built-in tagger and
 * gazetteers.  UNER test is for the final figure only. */
static gboolean
names_cv(const TlTagger *t, GError **error)
{
	g_autoptr(GPtrArray) dev = corpus("uner-english-ewt/en_ewt-ud-dev.iob2", error);
	if (!dev)
		return FALSE;
	printf("UNER EWT dev, %d-fold cross-validation, 3 training orders summed (the figure to "
	       "tune on):\n",
	       NAMES_FOLDS);
	tl_cv_names(dev, t, opt_names_iterations, NAMES_FOLDS, stdout);
	return TRUE;
}

static gboolean
evaluate(GError **error)
{
	gint64 t0 = g_get_monotonic_time(), c0 = cpu_time();
	const TlTagger *t = tl_tagger_default(error);
	if (!t)
		return FALSE;
	gint64 t1 = g_get_monotonic_time(), c1 = cpu_time();
	g_autoptr(GBytes) b = tl_resource_get("common", "tagger/model.bin", error);
	if (!b)
		return FALSE;
	printf("tagger model: %zu bytes, loaded in %.1f ms (%.1f ms CPU)\n", g_bytes_get_size(b),
	       (double)(t1 - t0) / 1000.0, (double)(c1 - c0) / 1000.0);
	g_autoptr(GPtrArray) test = corpus("ud-english-ewt/en_ewt-ud-test.conllu", error);
	if (!test)
		return FALSE;
	double u, x;
	tl_eval_tagger(t, test, &u, &x);
	printf("EWT test, gold tokens: UPOS %.2f%%, XPOS %.2f%%\n", u, x);
	g_autoptr(GPtrArray) dev = corpus("ud-english-ewt/en_ewt-ud-dev.conllu", error);
	if (!dev)
		return FALSE;
	tl_eval_tagger(t, dev, &u, &x);
	printf("EWT dev, gold tokens: UPOS %.3f%%, XPOS %.3f%%\n", u, x);
	if (g_getenv("TL_CONFUSIONS"))
		tl_tagger_confusions(t, dev, 25, stdout);
	const TlLemmatizer *lem = tl_lemmatizer_default(error);
	if (!lem)
		return FALSE;
	double lg, lp;
	tl_eval_lemmas(lem, test, TRUE, NULL, &lg);
	tl_eval_lemmas(lem, test, FALSE, t, &lp);
	printf("EWT test lemmas: %.2f%% with gold tags, %.2f%% with predicted tags\n", lg, lp);
	gint64 n0 = g_get_monotonic_time();
	const TlNames *names = tl_names_default(error);
	if (!names)
		return FALSE;
	printf("names loaded in %.1f ms\n", (double)(g_get_monotonic_time() - n0) / 1000.0);
	g_autoptr(GPtrArray) uner = corpus("uner-english-ewt/en_ewt-ud-test.iob2", error);
	if (!uner)
		return FALSE;
	printf("UNER EWT test, entities (exact span and type):\n");
	tl_eval_names(names, t, uner, stdout);
	if (!names_cv(t, error))
		return FALSE;
	/* speed: tagging only, the test set over and over for about a second */
	size_t tokens = 0, max = 0;
	for (guint i = 0; i < test->len; i++)
		max = MAX(max, ((TlSentence *)test->pdata[i])->n);
	g_autofree TlPos *out = g_new(TlPos, max);
	gint64 s0 = cpu_time(), s1;
	do {
		for (guint i = 0; i < test->len; i++) {
			const TlSentence *s = test->pdata[i];
			tl_tagger_tag(t, s->text, s->tokens, s->n, out);
			tokens += s->n;
		}
		s1 = cpu_time();
	} while (s1 - s0 < 2000000);
	printf("tagging speed: %.0f tokens per CPU second (one core)\n",
	       (double)tokens * 1e6 / (double)(s1 - s0));
	return TRUE;
}

int
main(int argc, char **argv)
{
	g_autoptr(GOptionContext) ctx = g_option_context_new("- train the tagger, lemmatizer and name models");
	g_option_context_add_main_entries(ctx, entries, NULL);
	g_autoptr(GError) error = NULL;
	if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
		fprintf(stderr, "tl-train-tagger: %s\n", error->message);
		return TL_EXIT_USAGE;
	}
	if (opt_version) {
		printf("tl-train-tagger %s\n", TL_VERSION);
		return TL_EXIT_OK;
	}
	if (argc > 1 || opt_iterations < 1 || opt_iterations > 100 || opt_min_weight < 0 || opt_lex_min < 1 ||
	    opt_dict_share < 0 || opt_dict_share >= 1 ||
	    (!opt_eval && !opt_names_cv && !opt_out)) {
		fprintf(stderr, "tl-train-tagger: usage: --out DIR [--data DIR] | --eval [--data DIR]\n");
		return TL_EXIT_USAGE;
	}
	if (!opt_data)
		opt_data = g_strdup("../shared/data");
	gboolean ok;
	if (opt_names_cv) {
		const TlTagger *t = tl_tagger_default(&error);
		ok = t && names_cv(t, &error);
	} else {
		ok = opt_eval ? evaluate(&error) : train(&error);
	}
	if (!ok) {
		fprintf(stderr, "tl-train-tagger: %s\n", error->message);
		return TL_EXIT_FAIL;
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "tl-train-tagger: cannot write standard output\n");
		return TL_EXIT_FAIL;
	}
	return TL_EXIT_OK;
}
