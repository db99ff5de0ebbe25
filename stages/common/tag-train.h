/*
 * Training and evaluating the part-of-speech tagger (bin/tl-train-tagger).
 */
#ifndef TL_TAG_TRAIN_TAGGER_H
#define TL_TAG_TRAIN_TAGGER_H

#include <stdio.h>
#include "tag-corpus.h"
#include "tag-stack.h"

/*
 * Train on train (TlSentence array), reporting dev accuracy after each of
 * iterations epochs on log; append the model file to out.  Words seen at
 * least lex_min times get an ambiguity class; frequent words may only take
 * the classes they had at least dict_share of the time (their tag
 * dictionary); weights under min_abs of the largest are pruned.  Writes the
 * first pass only (append a second pass's section, tag-stack.h, to load it);
 * returns the weights' scale (tl_perc_write).
 */
double tl_train_tagger(GPtrArray *train, GPtrArray *dev, int iterations, int lex_min,
                     double dict_share, double min_abs, FILE *log, GString *out);

/* Tag corpus with tagger; the share of tokens whose UPOS and XPOS are right. */
void tl_eval_tagger(const TlTagger *tagger, GPtrArray *corpus, double *upos, double *xpos);

/* Print the top most frequent XPOS confusions of tagger on corpus to log. */
void tl_tagger_confusions(const TlTagger *tagger, GPtrArray *corpus, int top, FILE *log);

/*
 * Learn the lemmatizer's data from train (CoNLL-U sentences) given the
 * rules: appends exceptions.tsv and known.txt contents to the two strings.
 */
gboolean tl_train_lemmas(GPtrArray *train, GBytes *rules, GString *exceptions, GString *known,
                         GError **error);

/* Lemma accuracy (%) on corpus, with its gold tags or those of tagger. */
typedef struct TlLemmatizer TlLemmatizer;
void tl_eval_lemmas(const TlLemmatizer *lem, GPtrArray *corpus, gboolean gold_tags,
                    const TlTagger *tagger, double *acc);

/* Train the name chunker on train (IOB2 sentences, tagged by tagger); append its
 * model to out.  log (may be NULL) gets the progress. */
void tl_train_names(GPtrArray *train, const TlTagger *tagger, int iterations, FILE *log,
                    GString *out);
/* Print entity precision, recall and F1 per type and overall on corpus to log. */
typedef struct TlNames TlNames;
void tl_eval_names(const TlNames *names, const TlTagger *tagger, GPtrArray *corpus, FILE *log);
/*
 * Cross-validation of the chunker on corpus, cut into folds runs of consecutive
 * sentences;
 * each fold is scored by a chunker trained on the others (iterations epochs),
 * and the counts of all folds are printed together as tl_eval_names does.
 */
void tl_cv_names(GPtrArray *corpus, const TlTagger *tagger, int iterations, guint folds,
                 FILE *log);

#endif
