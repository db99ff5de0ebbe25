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
 *   tagger/model.bin   (averaged perceptron, 10 epochs on train; dev reported;
 *                       and a second pass, tag-second.c, for the close
 *                       calls, trained on a 5-fold jackknifed first pass:
 *                       four more minutes; --second-margin 0 leaves it out)
 *   names/model.bin    (perceptron chunker, 10 epochs on UNER dev, tagged by
 *                       the new tagger's first pass)
 * Training is deterministic: the same data gives the same bytes (about five
 * minutes of one core).  --lemmas-only and --names-only redo one part.
 *
 *     bin/tl-train-tagger --eval --data ../shared/data   (scripts/eval-tagger.sh)
 *
 * The second pass (--second-margin 5 --second-mix 1, chosen on EWT dev: XPOS
 * 94.54 against 94.39, UPOS 95.10 against 94.95) costs about a quarter of
 * the tagging speed.  The name chunker reads the first pass's tags
 * (tl_tagger_tag_passes): trained and run on the second pass's it lost a
 * point (UNER dev cross-validation 63.4 against 64.3).  To try settings:
 * TL_STACK_CACHE=FILE keeps the first pass and the jackknife between runs,
 * TL_SECOND_SWEEP=m1,m2,... and TL_SECOND_MIXES=x1,... print the dev figures
 * of other margins and mixes, TL_NO_WRITE=1 writes nothing.
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
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "../common/kit.h"
#include "../common/tag-corpus.h"
#include "../common/tag-perceptron.h"
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
static double opt_second_margin = 5;
static int opt_second_folds = 5;
static int opt_second_epochs = 5;
static double opt_second_mix = 1;

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
	{"second-margin", 0, 0, G_OPTION_ARG_DOUBLE, &opt_second_margin,
	 "the second pass reconsiders first-pass margins under this (5; 0: no second pass)", "X"},
	{"second-folds", 0, 0, G_OPTION_ARG_INT, &opt_second_folds,
	 "jackknife folds for the second pass's training data (5)", "N"},
	{"second-mix", 0, 0, G_OPTION_ARG_DOUBLE, &opt_second_mix,
	 "the second pass adds the first's scores times this (1)", "X"},
	{"second-epochs", 0, 0, G_OPTION_ARG_INT, &opt_second_epochs, "second pass epochs (5)", "N"},
	{"version", 0, 0, G_OPTION_ARG_NONE, &opt_version, "print the version", NULL},
	{NULL, 0, 0, 0, NULL, NULL, NULL},
};

static GPtrArray *
corpus(const char *rel, GError **error)
{
	g_autofree char *path = g_build_filename(opt_data, rel, NULL);
	/* a FIFO there waited for a writer for ever, /dev/zero was read until
	 * memory ran out */
	if (g_file_test(path, G_FILE_TEST_EXISTS) && !g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: not a regular file", path);
		return NULL;
	}
	return tl_corpus_read(path, error);
}

/*
 * The models trained, written together at the end of the run: each was
 * written as soon as it was trained (g_file_set_contents), so a run that
 * failed later (the name data missing, after minutes of training) left
 * --out with a new lemmatizer and tagger beside the old name chunker,
 * trained on the old tagger's tags; a model that was a symbolic link was
 * replaced by a file, and a signal left a temporary file behind.
 * TL_NO_WRITE=1 (which "writes nothing") wrote the lemmatizer's files.
 */
typedef struct {
	char *rel;
	GString *data;
} Model;

static GPtrArray *models;

static void
model_free(gpointer p)
{
	Model *m = p;
	g_free(m->rel);
	g_string_free(m->data, TRUE);
	g_free(m);
}

/* Keep a copy of s, to be written to --out/rel at the end. */
static void
keep_model(const char *rel, const GString *s)
{
	if (!models)
		models = g_ptr_array_new_with_free_func(model_free);
	Model *m = g_new(Model, 1);
	m->rel = g_strdup(rel);
	m->data = g_string_new_len(s->str, (gssize)s->len);
	g_ptr_array_add(models, m);
}

/* Write the kept models under dir through the kit's atomic output (a
 * temporary file beside each, renamed into place; a link keeps its place):
 * every one opened and written before any is put in place. */
static gboolean
write_models(const char *dir, GError **error)
{
	if (!models || g_getenv("TL_NO_WRITE"))
		return TRUE;
	g_autofree TlOutput **outs = g_new0(TlOutput *, models->len);
	gboolean ok = TRUE;
	for (guint i = 0; ok && i < models->len; i++) {
		const Model *m = models->pdata[i];
		g_autofree char *path = g_build_filename(dir, m->rel, NULL);
		g_autofree char *parent = g_path_get_dirname(path);
		if (g_mkdir_with_parents(parent, 0755) != 0) {
			int e = errno;
			g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: cannot create: %s", parent, g_strerror(e));
			ok = FALSE;
		} else if (!(outs[i] = tl_output_open(path, error))) {
			ok = FALSE;
		} else {
			fwrite(m->data->str, 1, m->data->len, tl_output_file(outs[i]));
		}
	}
	for (guint i = 0; i < models->len; i++) {
		if (!outs[i])
			continue;
		if (ok)
			ok = tl_output_commit(outs[i], error);
		else
			tl_output_abort(outs[i]);
	}
	return ok;
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
	keep_model("lemma/exceptions.tsv", exc);
	keep_model("lemma/known.txt", known);
	return TRUE;
}

/* The name chunker, trained on UNER dev (dev) tagged by the tagger of
 * model, or with model NULL by the one under --out (--names-only). */
static gboolean
train_names(GPtrArray *dev, const GString *model_in, GError **error)
{
	g_autoptr(GBytes) mb = NULL;
	if (model_in) {
		mb = g_bytes_new(model_in->str, model_in->len);
	} else {
		g_autofree char *mpath = g_build_filename(opt_out, "tagger", "model.bin", NULL);
		g_autofree char *mdata = NULL;
		gsize mlen;
		if (!g_file_get_contents(mpath, &mdata, &mlen, error))
			return FALSE;
		mb = g_bytes_new(mdata, mlen);
	}
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
	keep_model("names/model.bin", model);
	return TRUE;
}

/* The first pass trained on all of train (model, its scale) and, when a
 * second pass is asked for (sweep: TL_SECOND_SWEEP is set), the jackknifed
 * first pass it is trained on (*st).  TL_STACK_CACHE=FILE keeps both in
 * FILE.first and FILE, for experiments with the second pass. */
static gboolean
first_pass(GPtrArray *tr, GPtrArray *dev, gboolean sweep, GString *model, double *scale,
           TlStack **st, GError **error)
{
	const char *cache = g_getenv("TL_STACK_CACHE");
	g_autofree char *first = cache ? g_strconcat(cache, ".first", NULL) : NULL;
	g_autofree char *d = NULL;
	gsize len;
	*st = NULL;
	if (cache && g_file_get_contents(first, &d, &len, NULL) && len > 8) {
		memcpy(scale, d, 8);
		g_string_append_len(model, d + 8, (gssize)len - 8);
		return (*st = tl_stack_load(cache, error)) != NULL;
	}
	*scale = tl_train_tagger(tr, dev, opt_iterations, opt_lex_min, opt_dict_share, opt_min_weight,
	                         stderr, model);
	if (opt_second_margin <= 0 && !sweep)
		return TRUE;
	g_autoptr(GString) m = g_string_new_len(model->str, (gssize)model->len);
	tl_second_append_none(m);
	g_autoptr(GBytes) b = g_bytes_new(m->str, m->len);
	g_autoptr(TlTagger) t = tl_tagger_new_from_bytes(b, error);
	if (!t)
		return FALSE;
	*st = tl_stack_jackknife(tr, t, opt_second_folds, opt_iterations, opt_lex_min, opt_dict_share,
	                         opt_min_weight, stderr);
	if (!cache)
		return TRUE;
	g_autoptr(GString) f = g_string_new_len((const char *)scale, 8);
	g_string_append_len(f, model->str, (gssize)model->len);
	return tl_stack_save(*st, cache, error) &&
	       g_file_set_contents(first, f->str, (gssize)f->len, error);
}

/* The first pass plus the second model p with margin: a tagger, and its dev figures. */
static TlTagger *
with_second(const GString *first, const TlPerc *p, double scale, double margin, GPtrArray *dev,
            GString *model, GError **error)
{
	g_string_assign(model, "");
	g_string_append_len(model, first->str, (gssize)first->len);
	tl_second_write(p, margin, opt_second_mix, opt_min_weight, scale, model);
	g_autoptr(GBytes) b = g_bytes_new(model->str, model->len);
	TlTagger *t = tl_tagger_new_from_bytes(b, error);
	if (!t)
		return NULL;
	double u, x;
	tl_eval_tagger(t, dev, &u, &x);
	fprintf(stderr, "second pass, margin %g mix %g: %zu bytes, dev UPOS %.3f%% XPOS %.3f%%\n",
	        margin, opt_second_mix, model->len, u, x);
	return t;
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
	/* a treebank of no word trains no tagger (the trainer's assertion,
	 * SIGABRT); a jackknife fold needs a sentence to leave out */
	size_t words = 0;
	for (guint i = 0; i < tr->len; i++)
		words += ((const TlSentence *)tr->pdata[i])->n;
	if (!words) {
		g_set_error(error, TL_ERROR, TL_ERROR_FORMAT,
		            "%s/ud-english-ewt/en_ewt-ud-train.conllu: no word lines to train on", opt_data);
		return FALSE;
	}
	if (!opt_lemmas_only && !opt_names_only && opt_second_margin > 0 &&
	    tr->len < (guint)opt_second_folds) {
		g_set_error(error, TL_ERROR, TL_ERROR_FORMAT,
		            "%s/ud-english-ewt/en_ewt-ud-train.conllu: %u sentences, fewer than the %d "
		            "--second-folds (or --second-margin 0: no second pass)",
		            opt_data, tr->len, opt_second_folds);
		return FALSE;
	}
	/* read before any training: missing, it failed the run after the
	 * lemmatizer and the tagger (minutes) */
	g_autoptr(GPtrArray) uner = NULL;
	if (!opt_lemmas_only && !(uner = corpus("uner-english-ewt/en_ewt-ud-dev.iob2", error)))
		return FALSE;
	/* (--names-only wrote the lemmatizer's files too) */
	if (opt_names_only)
		return train_names(uner, NULL, error);
	if (!train_lemmas(tr, dev, error))
		return FALSE;
	if (opt_lemmas_only)
		return TRUE;
	/* TL_SECOND_SWEEP=m1,m2,... (and TL_SECOND_MIXES=x1,...): the dev
	 * figures of other second-pass settings */
	const char *sweep_env = g_getenv("TL_SECOND_SWEEP");
	const char *mix_env = g_getenv("TL_SECOND_MIXES");
	g_auto(GStrv) sweep = g_strsplit(sweep_env ? sweep_env : "", ",", -1);
	g_autofree char *mix_now = g_strdup_printf("%g", opt_second_mix);
	g_auto(GStrv) mixes = g_strsplit(mix_env ? mix_env : mix_now, ",", -1);
	g_autoptr(GString) first = g_string_new(NULL);
	double scale;
	g_autoptr(TlStack) st = NULL;
	if (!first_pass(tr, dev, sweep[0] != NULL, first, &scale, &st, error))
		return FALSE;
	g_autoptr(TlPerc) p = st ? tl_second_train(st, tr, opt_second_epochs) : NULL;
	g_autoptr(GString) model = g_string_new(NULL);
	double mix = opt_second_mix;
	for (char **x = mixes; p && *x && **x; x++)
		for (char **m = sweep; *m && **m; m++) {
			opt_second_mix = g_ascii_strtod(*x, NULL);
			g_autoptr(TlTagger) t = with_second(first, p, scale, g_ascii_strtod(*m, NULL), dev, model, error);
			if (!t)
				return FALSE;
		}
	opt_second_mix = mix;
	g_autoptr(TlTagger) t = with_second(first, p, scale, opt_second_margin, dev, model, error);
	if (!t)
		return FALSE;
	double u, x;
	tl_eval_tagger(t, dev, &u, &x);
	fprintf(stderr, "tagger model: %zu bytes; dev UPOS %.2f%% XPOS %.2f%%; top confusions:\n",
	        model->len, u, x);
	tl_tagger_confusions(t, dev, 20, stderr);
	keep_model("tagger/model.bin", model);
	return train_names(uner, model, error);
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

/* GOption writes --help and exits 0 within the parse: a failed write
 * (--help >/dev/full) fails the exit, as in every stage */
static gboolean parsing;

static void
flush_help(void)
{
	if (parsing && (fflush(stdout) != 0 || ferror(stdout))) {
		fprintf(stderr, "tl-train-tagger: <stdout>: write error: %s\n", g_strerror(errno));
		_exit(TL_EXIT_FAIL);
	}
}

int
main(int argc, char **argv)
{
	/* out of memory: one line, exit 1 (it was GLib's trace and SIGTRAP) */
	tl_fatal_install("tl-train-tagger");
	/* a signal removes the models' temporary files */
	tl_output_install_signals();
	g_autoptr(GOptionContext) ctx = g_option_context_new("- train the tagger, lemmatizer and name models");
	g_option_context_add_main_entries(ctx, entries, NULL);
	g_autoptr(GError) error = NULL;
	/* GOption takes "--eval=0" as --eval, the value ignored: a flag given
	 * a value is a usage error, as in every stage (tl_cli_parse) */
	for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		const char *eq = strncmp(argv[i], "--", 2) == 0 ? strchr(argv[i], '=') : NULL;
		for (const GOptionEntry *e = entries; eq && e->long_name; e++)
			if (e->arg == G_OPTION_ARG_NONE && strlen(e->long_name) == (size_t)(eq - argv[i] - 2) &&
			    strncmp(argv[i] + 2, e->long_name, (size_t)(eq - argv[i] - 2)) == 0) {
				fprintf(stderr, "tl-train-tagger: --%s takes no value (try --help)\n", e->long_name);
				return TL_EXIT_USAGE;
			}
	}
	parsing = TRUE;
	atexit(flush_help);
	gboolean parsed = g_option_context_parse(ctx, &argc, &argv, &error);
	parsing = FALSE;
	if (!parsed) {
		fprintf(stderr, "tl-train-tagger: %s\n", error->message);
		return TL_EXIT_USAGE;
	}
	if (opt_version) {
		printf("tl-train-tagger (Timeline) %s\n", TL_VERSION);
		if (fflush(stdout) != 0) {
			fprintf(stderr, "tl-train-tagger: <stdout>: write error: %s\n", g_strerror(errno));
			return TL_EXIT_FAIL;
		}
		return TL_EXIT_OK;
	}
	/* (written so that NaN fails them: "--second-mix nan" trained a
	 * second pass of NaN scores without a word).  Each bad value is named
	 * with its range: they all said "usage: --out DIR ...", and
	 * --second-folds and --second-epochs had no upper bound (--second-folds
	 * 100000 trained a tagger for each fold, a sentence or none in each:
	 * a hang). */
	const char *bad = NULL, *want = NULL;
	char given[G_ASCII_DTOSTR_BUF_SIZE] = "";
#define TL_BAD_INT(name, v, ok, range) \
	if (!bad && !(ok)) \
		bad = name, want = range, g_snprintf(given, sizeof given, "%d", v)
#define TL_BAD_DOUBLE(name, v, ok, range) \
	if (!bad && !(ok)) \
		bad = name, want = range, g_ascii_dtostr(given, sizeof given, v)
	TL_BAD_INT("iterations", opt_iterations, opt_iterations >= 1 && opt_iterations <= 100, "1..100");
	TL_BAD_DOUBLE("min-weight", opt_min_weight, opt_min_weight >= 0 && opt_min_weight <= 1, "0..1");
	TL_BAD_INT("lex-min", opt_lex_min, opt_lex_min >= 1, "1 or more");
	TL_BAD_DOUBLE("dict-share", opt_dict_share, opt_dict_share >= 0 && opt_dict_share < 1,
	              "0 or more, under 1");
	TL_BAD_INT("names-iterations", opt_names_iterations,
	           opt_names_iterations >= 1 && opt_names_iterations <= 100, "1..100");
	TL_BAD_DOUBLE("second-margin", opt_second_margin,
	              opt_second_margin >= 0 && opt_second_margin <= G_MAXFLOAT, "0 or more");
	TL_BAD_DOUBLE("second-mix", opt_second_mix, opt_second_mix >= 0 && opt_second_mix <= G_MAXFLOAT,
	              "0 or more");
	TL_BAD_INT("second-folds", opt_second_folds, opt_second_folds >= 2 && opt_second_folds <= 100,
	           "2..100");
	TL_BAD_INT("second-epochs", opt_second_epochs, opt_second_epochs >= 1 && opt_second_epochs <= 100,
	           "1..100");
#undef TL_BAD_INT
#undef TL_BAD_DOUBLE
	if (bad) {
		fprintf(stderr, "tl-train-tagger: --%s: want %s, not %s\n", bad, want, given);
		return TL_EXIT_USAGE;
	}
	if (argc > 1) {
		fprintf(stderr, "tl-train-tagger: unexpected argument '%s' (it takes no files; --data DIR)\n",
		        argv[1]);
		return TL_EXIT_USAGE;
	}
	if (!opt_eval && !opt_names_cv && !opt_out) {
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
		ok = opt_eval ? evaluate(&error) : train(&error) && write_models(opt_out, &error);
	}
	if (models)
		g_ptr_array_unref(models);
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
