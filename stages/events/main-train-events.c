/*
 * tl-train-events: train the event detector and classifier (an averaged
 * perceptron, see classifier.c) from gold TimeML events, deterministically
 * (fixed epochs, a fixed-seed shuffle of the documents).
 *
 * Input: JSON Lines as /work/shared/tools/tml2jsonl.py --gold writes them
 * ({"id", "text", "events": [{"start", "end", "class"}]}, offsets in code
 * points).  The committed model, stages/events/data/model.bin, is trained on
 * all of TBAQ (TimeBank + AQUAINT; attribution in NOTICE) by:
 *
 *   python3 ../shared/tools/tml2jsonl.py --gold \
 *       ../shared/data/tempeval3/tbaq/TimeBank ../shared/data/tempeval3/tbaq/AQUAINT \
 *       -o build/tbaq-gold.jsonl
 *   bin/tl-train-events build/tbaq-gold.jsonl -o stages/events/data/model.bin
 *
 * scripts/eval-events.sh trains on TimeBank alone and scores on AQUAINT.
 */
#include <string.h>
#include <unistd.h>
#include "../common/tag-perceptron.h"
#include "tl/cli.h"
#include "tl/utf8.h"
#include "events.h"

typedef struct {
	char *text;
	TlEvDoc *doc;
	guint8 *gold; /* per token */
} Example;

static void
example_free(gpointer p)
{
	Example *e = p;
	tl_evdoc_free(e->doc);
	g_free(e->text);
	g_free(e->gold);
	g_free(e);
}

/* Byte offset of code point cp in text (clamped to len). */
static size_t
byte_of(const char *text, size_t len, const size_t *cp_to_byte, size_t n_cp, json_int_t cp)
{
	if (cp < 0)
		return 0;
	if ((size_t)cp >= n_cp)
		return len;
	(void)text;
	return cp_to_byte[cp];
}

static Example *
load_example(const char *line, size_t len, GError **error)
{
	json_error_t jerr;
	g_autoptr(json_t) root = json_loadb(line, len, 0, &jerr);
	if (!root || !json_is_object(root)) {
		const char *packed = tl_compressed_name(line, len);
		if (packed)
			g_set_error(error, TL_ERROR, TL_ERROR_JSON,
			            "%s-compressed data, not text (decompress it first)", packed);
		else
			g_set_error(error, TL_ERROR, TL_ERROR_JSON, "bad JSON: %s",
			            root ? "not an object" : jerr.text);
		return NULL;
	}
	json_t *jt = json_object_get(root, "text"), *jev = json_object_get(root, "events");
	if (!json_is_string(jt) || !json_is_array(jev)) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "want string 'text' and array 'events'");
		return NULL;
	}
	Example *ex = g_new0(Example, 1);
	size_t tl = json_string_length(jt);
	ex->text = g_strndup(json_string_value(jt), tl);
	GError *err = NULL;
	ex->doc = tl_evdoc_new(ex->text, tl, NULL, 0, &err);
	if (!ex->doc) {
		g_propagate_error(error, err);
		example_free(ex);
		return NULL;
	}
	g_autofree size_t *cpb = g_new(size_t, tl + 1);
	size_t ncp = 0;
	for (const char *p = ex->text; p < ex->text + tl; p = g_utf8_next_char(p))
		cpb[ncp++] = (size_t)(p - ex->text);
	size_t nt = ex->doc->toks->len;
	ex->gold = g_new0(guint8, nt);
	size_t idx;
	json_t *e;
	json_array_foreach(jev, idx, e) {
		/* a gold event that says nothing usable is refused, not passed
		 * over or moved to the text's edge (the model was trained on it
		 * without a word) */
		const char *name = json_string_value(json_object_get(e, "class"));
		int cls = tl_evclass_from_name(name ? name : "");
		json_t *js = json_object_get(e, "start"), *je = json_object_get(e, "end");
		json_int_t cs = json_integer_value(js), ce = json_integer_value(je);
		if (cls < 0 || !json_is_integer(js) || !json_is_integer(je) || cs < 0 || cs >= ce ||
		    (size_t)ce > ncp) {
			g_set_error(error, TL_ERROR, TL_ERROR_RECORD,
			            cls < 0 ? "event %zu: 'class' is not a TimeML event class"
			                    : "event %zu: bad span (want whole code points "
			                      "0 <= start < end <= the text's %zu)",
			            idx, ncp);
			example_free(ex);
			return NULL;
		}
		size_t s = byte_of(ex->text, tl, cpb, ncp, cs);
		size_t t = byte_of(ex->text, tl, cpb, ncp, ce);
		/* the first token the span overlaps carries the event */
		for (size_t i = 0; i < nt; i++) {
			const TlEvTok *tok = tl_evdoc_tok(ex->doc, i);
			if (tok->end > s && tok->start < t) {
				ex->gold[i] = (guint8)cls;
				break;
			}
		}
	}
	return ex;
}

/* A new order of the n numbers in order (Fisher-Yates, from rand: the same
 * seed gives the same model). */
static void
shuffle(GRand *rand, guint *order, guint n)
{
	for (guint i = n; i > 1; i--) {
		guint j = (guint)g_rand_int_range(rand, 0, (gint32)i);
		guint t = order[i - 1];
		order[i - 1] = order[j];
		order[j] = t;
	}
}

/*
 * The score by which the gold class must beat every other class, or the
 * perceptron learns from the example (--hinge): a margin perceptron.  Its
 * weights then keep a margin on the training data instead of stopping at
 * the first separating line, which generalises better (TimeBank 5-fold CV,
 * class F1: 68.38 with 0, 69.62 with 50, 69.92 with 100, 69.65 with 150).
 */
static double hinge = 100;

/* The class to learn against for gold: the best other class when it comes
 * within hinge of gold, else gold itself (no update); with no hinge, the
 * best class, as a plain perceptron. */
static int
rival(const TlPerc *perc, const guint64 *feats, size_t n, int gold)
{
	if (hinge == 0)
		return tl_perc_predict(perc, feats, n, FALSE);
	double sc[TL_EVC_COUNT];
	tl_perc_score(perc, feats, n, FALSE, sc);
	int best = gold == 0 ? 1 : 0;
	for (int c = 0; c < TL_EVC_COUNT; c++)
		if (c != gold && sc[c] > sc[best])
			best = c;
	return sc[gold] - sc[best] > hinge ? gold : best;
}

/* the share of examples trained without the features naming the word
 * (--dropout): the rest (lexicons, WordNet senses, complements) must then
 * class them, as they must for words that training never saw */
static double dropout = 0.1;

static void
train(TlPerc *perc, GPtrArray *exs, int epochs, gboolean quiet)
{
	GRand *rand = g_rand_new_with_seed(20130601);
	g_autofree guint *order = g_new(guint, exs->len);
	for (guint i = 0; i < exs->len; i++)
		order[i] = i;
	guint64 feats[TL_EV_MAX_FEATS];
	for (int ep = 0; ep < epochs; ep++) {
		shuffle(rand, order, exs->len);
		guint64 seen = 0, wrong = 0;
		for (guint k = 0; k < exs->len; k++) {
			Example *ex = exs->pdata[order[k]];
			const TlEvDoc *d = ex->doc;
			int prev = 0;
			for (size_t i = 0; i < d->toks->len; i++) {
				if (i > 0 && tl_evdoc_tok(d, i)->sent != tl_evdoc_tok(d, i - 1)->sent)
					prev = 0;
				if (!tl_ev_candidate(d, i)) {
					prev = 0;
					continue;
				}
				gboolean drop = dropout > 0 && g_rand_double(rand) < dropout;
				size_t n = tl_ev_features(d, i, prev, drop, feats);
				int guess = tl_perc_predict(perc, feats, n, FALSE);
				tl_perc_update(perc, feats, n, ex->gold[i], rival(perc, feats, n, ex->gold[i]));
				seen++;
				wrong += guess != ex->gold[i];
				prev = guess;
			}
		}
		if (!quiet)
			fprintf(stderr, "tl-train-events: epoch %d: %.2f%% of %" G_GUINT64_FORMAT
			        " candidates wrong\n", ep + 1, 100.0 * (double)wrong / (double)MAX(seen, 1), seen);
	}
	g_rand_free(rand);
}

static void
put_u32(GString *out, guint32 v)
{
	for (int i = 0; i < 4; i++)
		g_string_append_c(out, (char)(v >> (8 * i) & 0xff));
}

/*
 * The class model: a perceptron over the same features that sees only the
 * gold events (the joint model spends itself on telling events from the
 * rest), with the gold class before for the previous one.
 */
static void
train_classes(TlPerc *perc, GPtrArray *exs, int epochs)
{
	GRand *rand = g_rand_new_with_seed(20130602);
	g_autofree guint *order = g_new(guint, exs->len);
	for (guint i = 0; i < exs->len; i++)
		order[i] = i;
	guint64 feats[TL_EV_MAX_FEATS];
	for (int ep = 0; ep < epochs; ep++) {
		shuffle(rand, order, exs->len);
		for (guint k = 0; k < exs->len; k++) {
			Example *ex = exs->pdata[order[k]];
			const TlEvDoc *d = ex->doc;
			for (size_t i = 0; i < d->toks->len; i++) {
				if (!ex->gold[i] || !tl_ev_candidate(d, i))
					continue;
				size_t n = tl_ev_features(d, i, 0, FALSE, feats);
				tl_perc_update(perc, feats, n, ex->gold[i], rival(perc, feats, n, ex->gold[i]));
			}
		}
	}
	g_rand_free(rand);
}

static GString *
model_bytes(const TlPerc *perc, const TlPerc *cls, gint32 margin)
{
	GString *model = g_string_new(TL_EVMODEL_MAGIC);
	put_u32(model, TL_EVMODEL_VERSION);
	put_u32(model, TL_EVC_COUNT);
	put_u32(model, (guint32)margin);
	tl_perc_write(perc, 0.0, model);
	tl_perc_write(cls, 0.0, model);
	return model;
}

/*
 * The margin: train on four documents in five, label the fifth with
 * margins 0, 2000, ..., 30000, keep the one with the best mean of event F1
 * and class F1 (token level).  The held-out part never sees the test data.
 */
static gint32
tune_margin(GPtrArray *exs, int epochs, gboolean quiet)
{
	g_autoptr(GPtrArray) tr = g_ptr_array_new(), dev = g_ptr_array_new();
	for (guint i = 0; i < exs->len; i++)
		g_ptr_array_add(i % 5 == 4 ? dev : tr, exs->pdata[i]);
	g_autoptr(TlPerc) perc = tl_perc_new(TL_EVC_COUNT);
	train(perc, tr, epochs, TRUE);
	g_autoptr(TlPerc) cls = tl_perc_new(TL_EVC_COUNT);
	train_classes(cls, tr, epochs);
	g_autoptr(GString) mb = model_bytes(perc, cls, 0);
	g_autoptr(GBytes) b = g_bytes_new(mb->str, mb->len);
	g_autoptr(TlEvModel) m = tl_evmodel_new(b, NULL);
	if (!m)
		return 0;
	gint32 best = 0;
	double best_score = -1;
	for (gint32 margin = 0; margin <= 30000; margin += 2000) {
		tl_evmodel_set_margin(m, margin);
		guint64 gold = 0, sys = 0, match = 0, cls_ok = 0;
		for (guint k = 0; k < dev->len; k++) {
			Example *ex = dev->pdata[k];
			size_t n = ex->doc->toks->len;
			g_autofree guint8 *lab = g_new0(guint8, n + 1);
			tl_evmodel_label(m, ex->doc, lab);
			for (size_t i = 0; i < n; i++) {
				gold += ex->gold[i] != 0;
				sys += lab[i] != 0;
				match += lab[i] && ex->gold[i];
				cls_ok += lab[i] && lab[i] == ex->gold[i];
			}
		}
		double f = gold + sys ? 2.0 * (double)match / (double)(gold + sys) : 0;
		double fc = gold + sys ? 2.0 * (double)cls_ok / (double)(gold + sys) : 0;
		if (!quiet)
			fprintf(stderr, "tl-train-events: margin %d: held-out event F1 %.2f, class F1 %.2f\n",
			        margin, 100 * f, 100 * fc);
		if ((f + fc) / 2 > best_score + 1e-9) {
			best_score = (f + fc) / 2;
			best = margin;
		}
	}
	return best;
}

static int
run(TlCli *cli, int epochs, gboolean quiet)
{
	g_autoptr(GPtrArray) exs = g_ptr_array_new_with_free_func(example_free);
	const char *stdin_only[] = {"-", NULL};
	const char *const *files = cli->files && cli->files[0] ? (const char *const *)cli->files : stdin_only;
	guint64 n_gold = 0;
	gboolean failed = FALSE; /* a record refused under --keep-going */
	for (size_t f = 0; files[f]; f++) {
		g_autoptr(GError) err = NULL;
		g_autoptr(TlReader) r = tl_reader_open(files[f], (size_t)cli->max_size, &err);
		if (!r) {
			tl_cli_error(cli, "%s", err->message);
			return TL_EXIT_FAIL;
		}
		const char *line;
		size_t len;
		TlReadStatus rs;
		while ((rs = tl_reader_next(r, &line, &len, &err)) != TL_READ_EOF) {
			if (rs != TL_READ_OK) {
				tl_cli_error(cli, "%s", err->message);
				g_clear_error(&err);
				if (rs == TL_READ_ERROR || !cli->keep_going)
					return TL_EXIT_FAIL;
				failed = TRUE;
				continue;
			}
			if (len == 0)
				continue;
			Example *ex = load_example(line, len, &err);
			if (!ex) {
				tl_cli_error(cli, "%s:%" G_GUINT64_FORMAT ": %s", tl_reader_name(r),
				             tl_reader_lineno(r), err->message);
				/* -k: the others are trained on, exit 1 at the end
				 * (it stopped at the first, as without -k) */
				g_clear_error(&err);
				if (!cli->keep_going)
					return TL_EXIT_FAIL;
				failed = TRUE;
				continue;
			}
			for (size_t i = 0; i < ex->doc->toks->len; i++)
				n_gold += ex->gold[i] != 0;
			g_ptr_array_add(exs, ex);
		}
	}
	if (!quiet)
		fprintf(stderr, "tl-train-events: %u documents, %" G_GUINT64_FORMAT " gold events\n",
		        exs->len, n_gold);
	/* nothing to learn from (an empty file: a converter upstream that
	 * failed) wrote a model of no weights over -o, exit 0, and tl-events
	 * with it found no event */
	if (n_gold == 0) {
		const char *f = cli->files && cli->files[0] && strcmp(cli->files[0], "-") != 0
		                        ? cli->files[0]
		                        : "<stdin>";
		tl_cli_error(cli, "%s%s: no gold events to train on (%u document%s); no model written", f,
		             cli->files && cli->files[0] && cli->files[1] ? " ..." : "", exs->len,
		             exs->len == 1 ? "" : "s");
		return TL_EXIT_FAIL;
	}
	gint32 margin = tune_margin(exs, epochs, quiet);
	if (!quiet)
		fprintf(stderr, "tl-train-events: margin %d\n", margin);
	g_autoptr(TlPerc) perc = tl_perc_new(TL_EVC_COUNT);
	train(perc, exs, epochs, quiet);
	g_autoptr(TlPerc) cls = tl_perc_new(TL_EVC_COUNT);
	train_classes(cls, exs, epochs);
	g_autoptr(GString) model = model_bytes(perc, cls, margin);
	g_autoptr(GError) err = NULL;
	TlOutput *o = tl_output_open(cli->output, &err);
	if (!o) {
		tl_cli_error(cli, "%s", err->message);
		return TL_EXIT_FAIL;
	}
	fwrite(model->str, 1, model->len, tl_output_file(o));
	if (!tl_output_commit(o, &err)) {
		tl_cli_error(cli, "%s", err->message);
		return TL_EXIT_FAIL;
	}
	if (!quiet)
		fprintf(stderr, "tl-train-events: model of %zu bytes\n", model->len);
	return failed ? TL_EXIT_FAIL : TL_EXIT_OK;
}

int
main(int argc, char **argv)
{
	gint epochs = 6;
	gboolean quiet = FALSE;
	const GOptionEntry entries[] = {
		{"epochs", 0, 0, G_OPTION_ARG_INT, &epochs, "Training passes (default 6)", "N"},
		{"quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Do not report each epoch", NULL},
		{"hinge", 0, 0, G_OPTION_ARG_DOUBLE, &hinge, "Learn from an example unless its gold class wins by M (default 100; 0: only from errors)", "M"},
		{"dropout", 0, 0, G_OPTION_ARG_DOUBLE, &dropout, "Train this share of examples without the word's own features (default 0.1)", "P"},
		{NULL, 0, 0, 0, NULL, NULL, NULL},
	};
	TlCli cli = {.prog = "tl-train-events", .group = "train-events",
	             .output_help = "Write the model to FILE (atomically)"};
	int st = tl_cli_parse(&cli, argc, argv, entries, "[GOLD.jsonl...]",
	                      "Train the event classifier from gold TimeML events "
	                      "(tml2jsonl.py --gold output).");
	if (st < 0) {
		if (epochs < 1 || epochs > 100) {
			tl_cli_error(&cli, "--epochs: want 1..100, not %d", epochs);
			st = TL_EXIT_USAGE;
		} else if (!(hinge >= 0 && hinge <= 1e6)) {
			tl_cli_error(&cli, "--hinge: want 0..1000000, not %g", hinge);
			st = TL_EXIT_USAGE;
		} else if (!(dropout >= 0 && dropout <= 0.9)) {
			tl_cli_error(&cli, "--dropout: want 0..0.9, not %g", dropout);
			st = TL_EXIT_USAGE;
		} else if ((!cli.output || strcmp(cli.output, "-") == 0) && isatty(STDOUT_FILENO)) {
			/* the model is binary: it was written to the terminal, after
			 * the training, as gzip refuses to */
			tl_cli_error(&cli, "standard output is a terminal, and the model is "
			                   "binary: give -o FILE");
			st = TL_EXIT_USAGE;
		} else {
			st = run(&cli, epochs, quiet);
		}
	}
	tl_cli_clear(&cli);
	return st;
}
