/*
 * Training and scoring the name chunker on Universal NER (IOB2) files.
 * Sentences are tagged by the tagger first, as they are at run time.
 * Scoring is exact span and type, micro-averaged, per type and overall.
 */
#include <string.h>
#include "tag-perceptron.h"
#include "tag-train.h"
#include "names-gaz.h"
#include "tl/names.h"

static int
label_of(const char *iob)
{
	if (strcmp(iob, "O") == 0 || strlen(iob) < 5)
		return 0;
	int type = strcmp(iob + 2, "PER") == 0   ? TL_ENT_PERSON
	           : strcmp(iob + 2, "ORG") == 0 ? TL_ENT_ORGANIZATION
	           : strcmp(iob + 2, "LOC") == 0 ? TL_ENT_LOCATION
	                                         : -1;
	if (type < 0)
		return 0;
	return 1 + 2 * type + (iob[0] == 'I');
}

static TlPos *
tag_sentence(const TlTagger *tagger, const TlSentence *s)
{
	/* the first pass's tags, as tl_annot_run gives the chunker */
	TlPos *pos = g_new(TlPos, s->n), *first = g_new(TlPos, MAX(s->n, 1));
	tl_tagger_tag_passes(tagger, s->text, s->tokens, s->n, pos, first);
	g_free(pos);
	return first;
}

static void
train_names(GPtrArray *train, const TlTagger *tagger, int iterations, guint64 seed, FILE *log,
            GString *out)
{
	g_autoptr(TlNames) gaz = tl_names_new(NULL, NULL);
	g_assert(gaz);
	g_autoptr(TlPerc) p = tl_perc_new(TL_NAMES_LABELS);
	g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) facts_of = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < train->len; i++) {
		const TlSentence *s = train->pdata[i];
		g_ptr_array_add(tags, tag_sentence(tagger, s));
		TlNamesToken *facts = g_new(TlNamesToken, MAX(s->n, 1));
		tl_names_tokens(gaz, s->text, s->tokens, s->n, facts);
		g_ptr_array_add(facts_of, facts);
	}
	g_autofree guint *order = g_new(guint, train->len);
	for (guint i = 0; i < train->len; i++)
		order[i] = i;
	for (int it = 1; it <= iterations; it++) {
		for (guint i = train->len - 1; i > 0; i--) {
			seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
			guint j = (guint)((seed >> 33) % (i + 1));
			guint t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		size_t hits = 0, total = 0;
		for (guint k = 0; k < train->len; k++) {
			const TlSentence *s = train->pdata[order[k]];
			const TlPos *pos = tags->pdata[order[k]];
			const TlNamesToken *facts = facts_of->pdata[order[k]];
			gboolean lower_case = tl_names_lower_case(s->text, s->tokens, s->n);
			TlNamesState st = {0, 0, 0};
			guint64 f[TL_NAMES_MAX_FEATS];
			int prev = 0;
			for (size_t i = 0; i < s->n; i++) {
				tl_names_state_next(facts, i, &st);
				if (tl_names_skip(facts, i, prev, &st, lower_case)) {
					/* labelled O unscored at run time: nothing to learn */
					prev = 0;
					continue;
				}
				size_t nf = tl_names_features(s->text, s->tokens, pos, s->n, i, prev, &st,
				                              facts, f);
				int guess = tl_perc_predict(p, f, nf, FALSE);
				int gold = label_of(s->ner[i]);
				tl_perc_update(p, f, nf, gold, guess);
				hits += gold == guess;
				total++;
				prev = guess;
			}
		}
		if (log)
			fprintf(log, "names iteration %d: train label accuracy %.2f%%\n", it,
			        100.0 * (double)hits / (double)total);
	}
	g_string_append_len(out, TL_NAMES_MAGIC, 8);
	guint32 nl = GUINT32_TO_LE(TL_NAMES_LABELS);
	g_string_append_len(out, (const char *)&nl, 4);
	tl_perc_write(p, 0.0, out);
}

void
tl_train_names(GPtrArray *train, const TlTagger *tagger, int iterations, FILE *log, GString *out)
{
	train_names(train, tagger, iterations, 7, log, out);
}

/* Folds are runs of consecutive sentences, so that the sentences of one
 * document (and its names) mostly stay in one fold. */
#define FOLD(k, n, folds) ((guint)((guint64)(k) * (folds) / (n)))

/* Entity counts per type: gold, found, and found right. */
typedef struct {
	size_t gold[TL_ENT_COUNT], sys[TL_ENT_COUNT], hit[TL_ENT_COUNT];
} Counts;

static void
count_names(const TlNames *names, const TlTagger *tagger, GPtrArray *corpus, guint fold,
            guint folds, Counts *c, FILE *log)
{
	size_t *gold = c->gold, *sys = c->sys, *hit = c->hit;
	for (guint k = 0; k < corpus->len; k++) {
		if (folds && FOLD(k, corpus->len, folds) != fold)
			continue;
		const TlSentence *s = corpus->pdata[k];
		g_autofree TlPos *pos = tag_sentence(tagger, s);
		g_autofree TlEntity *ents = g_new(TlEntity, s->n);
		size_t ne = tl_names_find(names, s->text, s->tokens, pos, s->n, ents);
		/* gold spans */
		g_autofree int *gs = g_new(int, s->n + 1); /* gold type by first token, end in ge */
		g_autofree size_t *ge = g_new(size_t, s->n + 1);
		for (size_t i = 0; i < s->n; i++)
			gs[i] = -1;
		for (size_t i = 0; i < s->n;) {
			int l = label_of(s->ner[i]);
			if (l == 0) {
				i++;
				continue;
			}
			int type = (l - 1) / 2;
			size_t j = i + 1;
			while (j < s->n && label_of(s->ner[j]) == 2 + 2 * type)
				j++;
			gs[i] = type;
			ge[i] = j;
			gold[type]++;
			i = j;
		}
		for (size_t e = 0; e < ne; e++) {
			sys[ents[e].type]++;
			if (gs[ents[e].first] == ents[e].type && ge[ents[e].first] == ents[e].last)
				hit[ents[e].type]++;
			else if (g_getenv("TL_DEBUG_NAMES"))
				fprintf(log, "FP %s [%.*s] in: %s\n", tl_entity_type_name(ents[e].type),
				        (int)(ents[e].end - ents[e].start), s->text + ents[e].start, s->text);
		}
		for (size_t i = 0; i < s->n && g_getenv("TL_DEBUG_NAMES"); i++) {
			if (gs[i] < 0)
				continue;
			gboolean found = FALSE;
			for (size_t e = 0; e < ne; e++)
				found |= ents[e].first == i && ents[e].last == ge[i] && ents[e].type == gs[i];
			if (!found)
				fprintf(log, "FN %s [%.*s] in: %s\n", tl_entity_type_name(gs[i]),
				        (int)(s->tokens[ge[i] - 1].end - s->tokens[i].start),
				        s->text + s->tokens[i].start, s->text);
		}
	}
}

static void
print_counts(const Counts *c, FILE *log)
{
	const size_t *gold = c->gold, *sys = c->sys, *hit = c->hit;
	size_t tg = 0, ts = 0, th = 0;
	for (int t = 0; t <= TL_ENT_COUNT; t++) {
		size_t g = t < TL_ENT_COUNT ? gold[t] : tg, s = t < TL_ENT_COUNT ? sys[t] : ts;
		size_t h = t < TL_ENT_COUNT ? hit[t] : th;
		double pr = s ? 100.0 * (double)h / (double)s : 0, rc = g ? 100.0 * (double)h / (double)g : 0;
		fprintf(log, "  %-12s P %5.1f  R %5.1f  F1 %5.1f  (gold %zu, found %zu)\n",
		        t < TL_ENT_COUNT ? tl_entity_type_name(t) : "all", pr, rc,
		        pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0, g, s);
		if (t < TL_ENT_COUNT)
			tg += g, ts += s, th += h;
	}
}

void
tl_eval_names(const TlNames *names, const TlTagger *tagger, GPtrArray *corpus, FILE *log)
{
	Counts c = {{0}, {0}, {0}};
	count_names(names, tagger, corpus, 0, 0, &c, log);
	print_counts(&c, log);
}

void
tl_cv_names(GPtrArray *corpus, const TlTagger *tagger, int iterations, guint folds, FILE *log)
{
	Counts c = {{0}, {0}, {0}};
	/* the perceptron's result depends on the order it sees the sentences
	 * in: three orders, counted together, steady the figure */
	for (guint64 seed = 7; seed < 10; seed++)
	for (guint f = 0; f < folds; f++) {
		g_autoptr(GPtrArray) train = g_ptr_array_new();
		for (guint k = 0; k < corpus->len; k++)
			if (FOLD(k, corpus->len, folds) != f)
				g_ptr_array_add(train, corpus->pdata[k]);
		g_autoptr(GString) model = g_string_new(NULL);
		train_names(train, tagger, iterations, seed, NULL, model);
		g_autoptr(GBytes) b = g_bytes_new(model->str, model->len);
		g_autoptr(TlNames) names = tl_names_new(b, NULL);
		g_assert(names);
		count_names(names, tagger, corpus, f, folds, &c, log);
	}
	print_counts(&c, log);
}
