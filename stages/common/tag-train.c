/*
 * The tagger's trainer: greedy averaged perceptron on gold tokens, previous
 * tags from the model's own guesses (so training sees what tagging sees),
 * sentences shuffled each epoch by a fixed-seed generator: deterministic.
 */
#include <stdio.h>
#include <string.h>
#include "tag-perceptron.h"
#include "tag-train.h"

typedef struct {
	TlPos pos[256];
	int n;
} Classes;

static int
class_of(const Classes *c, TlPos p)
{
	for (int i = 0; i < c->n; i++)
		if (c->pos[i].upos == p.upos && c->pos[i].xpos == p.xpos)
			return i;
	return -1;
}

static int
cmp_pos(const void *a, const void *b)
{
	const TlPos *x = a, *y = b;
	return x->upos != y->upos ? x->upos - y->upos : x->xpos - y->xpos;
}

/* (UPOS, XPOS) pairs seen fewer times are left out: they are mostly
 * annotation noise, and every class costs time on every token. */
#define CLASS_MIN_COUNT 10

static void
collect_classes(GPtrArray *train, Classes *c)
{
	static guint counts[TL_UPOS_COUNT][TL_XPOS_COUNT];
	memset(counts, 0, sizeof counts);
	for (guint s = 0; s < train->len; s++) {
		const TlSentence *sen = train->pdata[s];
		for (size_t i = 0; i < sen->n; i++)
			counts[sen->gold[i].upos][sen->gold[i].xpos]++;
	}
	c->n = 0;
	for (int u = 0; u < TL_UPOS_COUNT; u++)
		for (int x = 0; x < TL_XPOS_COUNT; x++)
			if (counts[u][x] >= CLASS_MIN_COUNT && c->n < 128)
				c->pos[c->n++] = (TlPos){(guint8)u, (guint8)x};
	/* a small treebank (a fold of one, a test's few sentences) has no tag
	 * seen CLASS_MIN_COUNT times: every tag seen is a class then (no class
	 * made a model the loader refuses, and the trainer died on its
	 * assertion, SIGABRT) */
	for (int u = 0; c->n == 0 && u < TL_UPOS_COUNT; u++)
		for (int x = 0; x < TL_XPOS_COUNT; x++)
			if (counts[u][x] > 0 && c->n < 128)
				c->pos[c->n++] = (TlPos){(guint8)u, (guint8)x};
	qsort(c->pos, (size_t)c->n, sizeof(TlPos), cmp_pos);
}

static TlTagWord *
sentence_words(const TlTagger *lex, const TlSentence *s)
{
	TlTagWord *w = g_new(TlTagWord, s->n);
	for (size_t i = 0; i < s->n; i++)
		tl_tagger_word(lex, s->text, s->tokens[i].start, s->tokens[i].end, i == 0, &w[i]);
	return w;
}

/* Words seen fewer times are left unknown, as most test words of that
 * rarity are, so the model learns to tag without the lexicon too. */
/* Classes a word had less often than this share are left out of its set. */
#define LEX_MIN_SHARE 0.05

/* Words seen this often may only take the classes they had in training. */
#define TAGDICT_MIN_COUNT 20

typedef struct {
	guint64 word, amb, allowed[2];
} LexEntry;

static int
cmp_lex(const void *a, const void *b)
{
	guint64 x = ((const LexEntry *)a)->word, y = ((const LexEntry *)b)->word;
	return x < y ? -1 : x > y;
}

static void
put_u64(GString *out, guint64 v)
{
	for (int i = 0; i < 8; i++)
		g_string_append_c(out, (char)(v >> (8 * i) & 0xff));
}

/* Append the header, classes and lexicon of the model to out. */
static void
write_head(GPtrArray *train, const Classes *c, int lex_min, double dict_share, GString *out)
{
	g_autoptr(GHashTable) counts = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, g_free);
	for (guint s = 0; s < train->len; s++) {
		const TlSentence *sen = train->pdata[s];
		for (size_t i = 0; i < sen->n; i++) {
			TlTagWord w;
			tl_tagger_word(NULL, sen->text, sen->tokens[i].start, sen->tokens[i].end, i == 0, &w);
			guint32 *row = g_hash_table_lookup(counts, &w.norm);
			if (!row) {
				guint64 *k = g_new(guint64, 1);
				*k = w.norm;
				row = g_new0(guint32, (size_t)c->n + 1);
				g_hash_table_insert(counts, k, row);
			}
			int cls = class_of(c, sen->gold[i]);
			if (cls >= 0)
				row[cls]++;
			row[c->n]++;
		}
	}
	g_autoptr(GArray) lex = g_array_new(FALSE, FALSE, sizeof(LexEntry));
	GHashTableIter it;
	gpointer k, v;
	g_hash_table_iter_init(&it, counts);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		const guint32 *row = v;
		if (row[c->n] < (guint32)lex_min)
			continue;
		guint64 amb = 0xcbf29ce484222325ULL;
		for (int i = 0; i < c->n; i++)
			if (row[i] >= LEX_MIN_SHARE * row[c->n])
				/* the tags, not the class numbers: the same word has the
				 * same class in the jackknifed first passes (tag-stack.c),
				 * whose class lists may lack a rare class */
				amb = (amb ^ (guint64)(c->pos[i].upos * 64 + c->pos[i].xpos + 1)) * 0x100000001b3ULL;
		LexEntry e = {*(guint64 *)k, amb < 3 ? amb + 3 : amb, {0, 0}};
		if (row[c->n] >= TAGDICT_MIN_COUNT)
			for (int i = 0; i < c->n; i++)
				if (row[i] && row[i] >= dict_share * row[c->n])
					e.allowed[i / 64] |= (guint64)1 << (i % 64);
		g_array_append_val(lex, e);
	}
	g_array_sort(lex, cmp_lex);
	g_string_append_len(out, TL_TAGGER_MAGIC, 8);
	guint32 hdr[2] = {GUINT32_TO_LE(TL_TAGGER_VERSION), GUINT32_TO_LE((guint32)c->n)};
	g_string_append_len(out, (const char *)hdr, 8);
	for (int i = 0; i < c->n; i++) {
		g_string_append_c(out, (char)c->pos[i].upos);
		g_string_append_c(out, (char)c->pos[i].xpos);
	}
	guint32 n = GUINT32_TO_LE(lex->len);
	g_string_append_len(out, (const char *)&n, 4);
	for (guint i = 0; i < lex->len; i++) {
		const LexEntry *e = &g_array_index(lex, LexEntry, i);
		put_u64(out, e->word);
		put_u64(out, e->amb);
		put_u64(out, e->allowed[0]);
		put_u64(out, e->allowed[1]);
	}
}

static void
window(const TlTagWord *w, size_t n, size_t i, const TlTagWord *win[5])
{
	for (int k = 0; k < 5; k++) {
		ptrdiff_t j = (ptrdiff_t)i + k - 2;
		win[k] = j >= 0 && (size_t)j < n ? &w[j] : NULL;
	}
}

/* Run the perceptron over one sentence; learn if asked.  Returns hits. */
static size_t
run_sentence(TlPerc *p, const TlTagger *lex, const Classes *c, const TlSentence *s,
             gboolean learn)
{
	g_autofree TlTagWord *w = sentence_words(lex, s);
	guint64 f[TL_TAGGER_MAX_FEATS];
	const TlTagWord *win[5];
	int prev1 = -1, prev2 = -1;
	guint style = tl_tagger_style(s->text, s->tokens, s->n);
	size_t hits = 0;
	for (size_t i = 0; i < s->n; i++) {
		window(w, s->n, i, win);
		size_t nf = tl_tagger_features(win, prev1, prev2, style, f);
		double sc[256];
		gint32 isc[256];
		tl_perc_score(p, f, nf, !learn, sc);
		/* the same choice as tl_tagger_tag: best among the allowed */
		for (int k = 0; k < c->n; k++)
			isc[k] = sc[k] > 1e9 ? G_MAXINT32 : sc[k] < -1e9 ? G_MININT32 : (gint32)(sc[k] * 1000);
		int guess = tl_tagger_best(win[2], isc, c->n);
		int gold = class_of(c, s->gold[i]);
		if (learn)
			tl_perc_update(p, f, nf, gold < 0 ? guess : gold, guess);
		hits += guess == gold;
		prev2 = prev1;
		prev1 = guess;
	}
	return hits;
}

double
tl_train_tagger(GPtrArray *train, GPtrArray *dev, int iterations, int lex_min, double dict_share,
                double min_abs, FILE *log, GString *out)
{
	Classes c;
	collect_classes(train, &c);
	g_autoptr(TlPerc) p = tl_perc_new(c.n);
	write_head(train, &c, lex_min, dict_share, out);
	/* a tagger with the lexicon and no weights gives the words' classes */
	g_autoptr(GString) head = g_string_new_len(out->str, (gssize)out->len);
	g_string_append_len(head, "\0\0\0\0", 4);
	tl_second_append_none(head);
	g_autoptr(GBytes) hb = g_bytes_new(head->str, head->len);
	g_autoptr(TlTagger) lex = tl_tagger_new_from_bytes(hb, NULL);
	g_assert(lex);
	g_autofree guint *order = g_new(guint, train->len);
	for (guint i = 0; i < train->len; i++)
		order[i] = i;
	guint64 seed = 42;
	for (int it = 1; it <= iterations; it++) {
		for (guint i = train->len - 1; i > 0; i--) {
			seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
			guint j = (guint)((seed >> 33) % (i + 1));
			guint t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		size_t hits = 0, total = 0;
		for (guint i = 0; i < train->len; i++) {
			const TlSentence *s = train->pdata[order[i]];
			hits += run_sentence(p, lex, &c, s, TRUE);
			total += s->n;
		}
		size_t dh = 0, dt = 0;
		for (guint i = 0; dev && i < dev->len; i++) {
			const TlSentence *s = dev->pdata[i];
			dh += run_sentence(p, lex, &c, s, FALSE);
			dt += s->n;
		}
		fprintf(log, "tagger iteration %d: train %.2f%%, dev %.2f%% (both tags right)\n", it,
		        100.0 * (double)hits / (double)total, dt ? 100.0 * (double)dh / (double)dt : 0);
	}
	return tl_perc_write(p, min_abs, out);
}

typedef struct {
	int gold, got, n;
} Confusion;

static int
cmp_conf(const void *a, const void *b)
{
	const Confusion *x = a, *y = b;
	return y->n != x->n ? y->n - x->n : x->gold != y->gold ? x->gold - y->gold : x->got - y->got;
}

void
tl_tagger_confusions(const TlTagger *tagger, GPtrArray *corpus, int top, FILE *log)
{
	static int m[TL_XPOS_COUNT][TL_XPOS_COUNT];
	memset(m, 0, sizeof m);
	for (guint i = 0; i < corpus->len; i++) {
		const TlSentence *s = corpus->pdata[i];
		g_autofree TlPos *out = g_new(TlPos, s->n);
		tl_tagger_tag(tagger, s->text, s->tokens, s->n, out);
		for (size_t k = 0; k < s->n; k++)
			if (!g_getenv("TL_XPOS_ONLY") || s->gold[k].upos == out[k].upos) {
				m[s->gold[k].xpos][out[k].xpos]++;
				const char *ex = g_getenv("TL_EXAMPLES");
				if (ex && s->gold[k].xpos != out[k].xpos &&
				    strcmp(ex, tl_xpos_name(s->gold[k].xpos)) == 0) {
					size_t a = k > 4 ? k - 4 : 0, b = MIN(s->n, k + 3);
					fprintf(log, "  [%s->%s] %.*s <<%.*s>> %.*s\n", tl_xpos_name(s->gold[k].xpos),
					        tl_xpos_name(out[k].xpos),
					        (int)(s->tokens[k].start - s->tokens[a].start), s->text + s->tokens[a].start,
					        (int)(s->tokens[k].end - s->tokens[k].start), s->text + s->tokens[k].start,
					        (int)(s->tokens[b - 1].end - s->tokens[k].end), s->text + s->tokens[k].end);
				}
			}
	}
	Confusion c[TL_XPOS_COUNT * TL_XPOS_COUNT];
	int n = 0;
	for (int g = 0; g < TL_XPOS_COUNT; g++)
		for (int o = 0; o < TL_XPOS_COUNT; o++)
			if (g != o && m[g][o])
				c[n++] = (Confusion){g, o, m[g][o]};
	qsort(c, (size_t)n, sizeof *c, cmp_conf);
	for (int i = 0; i < n && i < top; i++)
		fprintf(log, "  %-6s tagged %-6s %d\n", tl_xpos_name(c[i].gold), tl_xpos_name(c[i].got),
		        c[i].n);
}

void
tl_eval_tagger(const TlTagger *tagger, GPtrArray *corpus, double *upos, double *xpos)
{
	size_t u = 0, x = 0, total = 0;
	for (guint i = 0; i < corpus->len; i++) {
		const TlSentence *s = corpus->pdata[i];
		g_autofree TlPos *out = g_new(TlPos, s->n);
		tl_tagger_tag(tagger, s->text, s->tokens, s->n, out);
		for (size_t k = 0; k < s->n; k++) {
			u += out[k].upos == s->gold[k].upos;
			x += out[k].xpos == s->gold[k].xpos;
		}
		total += s->n;
	}
	*upos = total ? 100.0 * (double)u / (double)total : 0;
	*xpos = total ? 100.0 * (double)x / (double)total : 0;
}
