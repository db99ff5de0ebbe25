/*
 * Training the tagger's second pass (see tag-stack.h and tag-second.c).
 * Deterministic: fixed folds, a fixed-seed shuffle, weights written sorted.
 */
#include <math.h>
#include <string.h>
#include "tag-perceptron.h"
#include "tag-stack.h"
#include "tag-train.h"
#include "tagger-impl.h"

/* One training token as the jackknifed first pass saw it. */
typedef struct {
	TlTagWord w;     /* with the fold's lexicon: unseen words look unseen */
	gint16 first;    /* first-pass class (of the final model; -1: none) */
	gint16 gold;     /* gold class, -1 when the final model has none */
	gint32 n;        /* candidates, best first */
	gint16 cls[SECOND_K];
	float raw[SECOND_K]; /* their first-pass scores, unquantized */
} StackTok;

struct TlStack {
	int n_classes;
	guint n_sentences;
	size_t *start; /* n_sentences + 1 offsets into tok */
	GArray *tok;   /* StackTok */
};

void
tl_stack_free(TlStack *st)
{
	if (!st)
		return;
	g_free(st->start);
	g_array_free(st->tok, TRUE);
	g_free(st);
}

void
tl_second_append_none(GString *out)
{
	g_string_append_len(out, "\0\0\0\0\0\0\0\0\0\0\0\0", 12);
}

static int
final_class(const TlTagger *final, TlPos p)
{
	for (int c = 0; c < final->n_classes; c++)
		if (final->classes[c].upos == p.upos && final->classes[c].xpos == p.xpos)
			return c;
	return -1;
}

/* Tag s with the fold's first pass ft (as tl_tagger_tag_uncached does, before
 * the second pass), appending its tokens to st. */
static void
first_pass(const TlTagger *ft, double scale, const TlTagger *final, const TlSentence *s,
           TlStack *st)
{
	g_autofree TlTagWord *w = g_new(TlTagWord, s->n);
	for (size_t i = 0; i < s->n; i++)
		tl_tagger_word(ft, s->text, s->tokens[i].start, s->tokens[i].end, i == 0, &w[i]);
	guint64 feats[TL_TAGGER_MAX_FEATS];
	gint32 scores[MAX_CLASSES];
	int prev1 = -1, prev2 = -1;
	guint style = tl_tagger_style(s->text, s->tokens, s->n);
	for (size_t i = 0; i < s->n; i++) {
		const TlTagWord *win[5];
		for (int k = 0; k < 5; k++) {
			ptrdiff_t j = (ptrdiff_t)i + k - 2;
			win[k] = j >= 0 && (size_t)j < s->n ? &w[j] : NULL;
		}
		StackTok t = {.w = w[i], .gold = (gint16)final_class(final, s->gold[i])};
		int best;
		if (tl_tagger_single_class(&w[i])) {
			best = tl_tagger_only_class(ft, &w[i]);
		} else {
			size_t nf = tl_tagger_features(win, prev1, prev2, style, feats);
			tl_weights_score(ft->weights, feats, nf, scores);
			best = tl_tagger_best(&w[i], scores, ft->n_classes);
			TlCands c;
			tl_tagger_top(&w[i], scores, ft->n_classes, &c);
			for (int k = 0; k < c.n; k++) {
				int fc = final_class(final, ft->classes[c.cls[k]]);
				if (fc < 0)
					continue;
				t.cls[t.n] = (gint16)fc;
				t.raw[t.n++] = (float)(c.score[k] / scale);
			}
		}
		t.first = (gint16)final_class(final, ft->classes[best]);
		g_array_append_val(st->tok, t);
		prev2 = prev1;
		prev1 = best;
	}
}

TlStack *
tl_stack_jackknife(GPtrArray *train, const TlTagger *final, int folds, int iterations, int lex_min,
                   double dict_share, double min_abs, FILE *log)
{
	TlStack *st = g_new0(TlStack, 1);
	st->n_classes = final->n_classes;
	st->n_sentences = train->len;
	st->start = g_new(size_t, train->len + 1);
	st->tok = g_array_new(FALSE, FALSE, sizeof(StackTok));
	for (int k = 0; k < folds; k++) {
		guint lo = (guint)((guint64)train->len * (guint)k / (guint)folds);
		guint hi = (guint)((guint64)train->len * (guint)(k + 1) / (guint)folds);
		g_autoptr(GPtrArray) rest = g_ptr_array_new();
		for (guint i = 0; i < train->len; i++)
			if (i < lo || i >= hi)
				g_ptr_array_add(rest, train->pdata[i]);
		fprintf(log, "second pass: first pass for fold %d of %d\n", k + 1, folds);
		g_autoptr(GString) m = g_string_new(NULL);
		double scale = tl_train_tagger(rest, NULL, iterations, lex_min, dict_share, min_abs, log, m);
		tl_second_append_none(m);
		g_autoptr(GBytes) b = g_bytes_new(m->str, m->len);
		g_autoptr(TlTagger) ft = tl_tagger_new_from_bytes(b, NULL);
		g_assert(ft);
		if (ft->n_classes != final->n_classes)
			fprintf(log, "second pass: fold %d has %d classes, the final model %d\n", k + 1,
			        ft->n_classes, final->n_classes);
		for (guint i = lo; i < hi; i++) {
			st->start[i] = st->tok->len;
			first_pass(ft, scale, final, train->pdata[i], st);
		}
	}
	st->start[train->len] = st->tok->len;
	return st;
}

gboolean
tl_stack_save(const TlStack *st, const char *path, GError **error)
{
	g_autoptr(GString) s = g_string_new(NULL);
	guint32 hdr[2] = {(guint32)st->n_classes, st->n_sentences};
	g_string_append_len(s, (const char *)hdr, sizeof hdr);
	g_string_append_len(s, (const char *)st->start, (gssize)(sizeof(size_t) * (st->n_sentences + 1)));
	g_string_append_len(s, st->tok->data, (gssize)(sizeof(StackTok) * st->tok->len));
	return g_file_set_contents(path, s->str, (gssize)s->len, error);
}

TlStack *
tl_stack_load(const char *path, GError **error)
{
	g_autofree char *d = NULL;
	gsize len;
	if (!g_file_get_contents(path, &d, &len, error))
		return NULL;
	guint32 hdr[2];
	if (len < sizeof hdr)
		return NULL;
	memcpy(hdr, d, sizeof hdr);
	size_t off = sizeof hdr, ns = (size_t)hdr[1] + 1;
	if (len < off + sizeof(size_t) * ns || (len - off - sizeof(size_t) * ns) % sizeof(StackTok))
		return NULL;
	TlStack *st = g_new0(TlStack, 1);
	st->n_classes = (int)hdr[0];
	st->n_sentences = hdr[1];
	st->start = g_memdup2(d + off, sizeof(size_t) * ns);
	off += sizeof(size_t) * ns;
	st->tok = g_array_new(FALSE, FALSE, sizeof(StackTok));
	g_array_append_vals(st->tok, d + off, (guint)((len - off) / sizeof(StackTok)));
	return st;
}

static void
put_u32(GString *out, guint32 v)
{
	for (int i = 0; i < 4; i++)
		g_string_append_c(out, (char)(v >> (8 * i) & 0xff));
}

/* The candidate the second model scores best; the first among equals. */
static int
pick(const StackTok *t, const double *sc)
{
	int best = 0;
	for (int k = 1; k < t->n; k++)
		if (sc[t->cls[k]] > sc[t->cls[best]])
			best = k;
	return best;
}

/* One sentence (tokens a..b of the stack, text s) through the second model,
 * learning; the previous classes are the model's own choices. */
static void
second_sentence(TlPerc *p, const StackTok *tok, size_t a, size_t b, const TlSentence *s)
{
	guint style = tl_tagger_style(s->text, s->tokens, s->n);
	int prev1 = -1, prev2 = -1;
	for (size_t i = a; i < b; i++) {
		const StackTok *t = &tok[i];
		int choice = t->first;
		if (t->n >= 2) {
			const TlTagWord *win[5];
			for (int k = 0; k < 5; k++) {
				ptrdiff_t j = (ptrdiff_t)i + k - 2;
				win[k] = j >= (ptrdiff_t)a && (size_t)j < b ? &tok[j].w : NULL;
			}
			int r1 = i + 1 < b ? tok[i + 1].first : -1;
			int r2 = i + 2 < b ? tok[i + 2].first : -1;
			guint64 f[TL_TAGGER_MAX_FEATS + SECOND_MAX_FEATS];
			double sc[MAX_CLASSES];
			size_t nf = tl_second_features(win, prev1, prev2, style, r1, r2, f);
			tl_perc_score(p, f, nf, FALSE, sc);
			choice = t->cls[pick(t, sc)];
			if (t->gold >= 0)
				tl_perc_update(p, f, nf, t->gold, choice);
		}
		prev2 = prev1;
		prev1 = choice;
	}
}

TlPerc *
tl_second_train(const TlStack *st, GPtrArray *train, int epochs)
{
	TlPerc *p = tl_perc_new(st->n_classes);
	const StackTok *tok = (const StackTok *)st->tok->data;
	g_autofree guint *order = g_new(guint, st->n_sentences);
	for (guint i = 0; i < st->n_sentences; i++)
		order[i] = i;
	guint64 seed = 7;
	for (int it = 0; it < epochs; it++) {
		for (guint i = st->n_sentences - 1; i > 0; i--) {
			seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
			guint j = (guint)((seed >> 33) % (i + 1));
			guint x = order[i];
			order[i] = order[j];
			order[j] = x;
		}
		for (guint s = 0; s < st->n_sentences; s++)
			second_sentence(p, tok, st->start[order[s]], st->start[order[s] + 1],
			                train->pdata[order[s]]);
	}
	return p;
}

void
tl_second_write(const TlPerc *p, double margin, double mix, double min_abs, double scale,
                GString *out)
{
	if (!p || margin <= 0) {
		tl_second_append_none(out);
		return;
	}
	put_u32(out, (guint32)MAX(1, lrint(margin * scale)));
	gsize at = out->len;
	put_u32(out, 0);
	double q2 = tl_perc_write(p, min_abs, out);
	/* second-model score + mix x first-pass score, in the second's units */
	guint32 mult = (guint32)MIN(lrint(mix * q2 / scale * 65536.0), G_MAXINT32);
	for (int i = 0; i < 4; i++)
		out->str[at + i] = (char)(mult >> (8 * i) & 0xff);
}

