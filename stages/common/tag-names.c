/*
 * Training and scoring the name chunker on Universal NER (IOB2) files.
 * Sentences are tagged by the tagger first, as they are at run time.
 * Scoring is exact span and type, micro-averaged, per type and overall.
 */
#include <string.h>
#include "tag-perceptron.h"
#include "tag-train.h"
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
	TlPos *pos = g_new(TlPos, s->n);
	tl_tagger_tag(tagger, s->text, s->tokens, s->n, pos);
	return pos;
}

void
tl_train_names(GPtrArray *train, const TlTagger *tagger, int iterations, FILE *log, GString *out)
{
	g_autoptr(TlNames) gaz = tl_names_new(NULL, NULL);
	g_assert(gaz);
	g_autoptr(TlPerc) p = tl_perc_new(TL_NAMES_LABELS);
	g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < train->len; i++)
		g_ptr_array_add(tags, tag_sentence(tagger, train->pdata[i]));
	g_autofree guint *order = g_new(guint, train->len);
	for (guint i = 0; i < train->len; i++)
		order[i] = i;
	guint64 seed = 7;
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
			TlNamesState st = {0, 0, 0};
			guint64 f[TL_NAMES_MAX_FEATS];
			int prev = 0;
			for (size_t i = 0; i < s->n; i++) {
				size_t nf = tl_names_features(gaz, s->text, s->tokens, pos, s->n, i, prev, &st, f);
				int guess = tl_perc_predict(p, f, nf, FALSE);
				int gold = label_of(s->ner[i]);
				tl_perc_update(p, f, nf, gold, guess);
				hits += gold == guess;
				total++;
				prev = guess;
			}
		}
		fprintf(log, "names iteration %d: train label accuracy %.2f%%\n", it,
		        100.0 * (double)hits / (double)total);
	}
	g_string_append_len(out, TL_NAMES_MAGIC, 8);
	guint32 nl = GUINT32_TO_LE(TL_NAMES_LABELS);
	g_string_append_len(out, (const char *)&nl, 4);
	tl_perc_write(p, 0.0, out);
}

void
tl_eval_names(const TlNames *names, const TlTagger *tagger, GPtrArray *corpus, FILE *log)
{
	size_t gold[TL_ENT_COUNT] = {0}, sys[TL_ENT_COUNT] = {0}, hit[TL_ENT_COUNT] = {0};
	for (guint k = 0; k < corpus->len; k++) {
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
