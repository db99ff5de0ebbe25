/*
 * Training the tagger's second pass (tag-second.c): the first pass's output
 * on the training set by jackknifing (each fold tagged by a first pass
 * trained on the other folds, as unseen text is), then an averaged
 * perceptron that re-ranks the first pass's best classes of its close calls.
 */
#ifndef TL_TAG_STACK_H
#define TL_TAG_STACK_H

#include <stdio.h>
#include "tag-corpus.h"

typedef struct TlStack TlStack;
void tl_stack_free(TlStack *st);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlStack, tl_stack_free)

/* An empty second-pass section: a first pass written by tl_train_tagger plus
 * this loads as a tagger without a second pass. */
void tl_second_append_none(GString *out);

/*
 * The jackknifed first pass over train, cut into folds runs of consecutive
 * sentences, each fold's first pass trained as tl_train_tagger does with
 * these settings; classes are mapped to those of final (the first pass
 * trained on all of train).
 */
TlStack *tl_stack_jackknife(GPtrArray *train, const TlTagger *final, int folds, int iterations,
                            int lex_min, double dict_share, double min_abs, FILE *log);
/* Save to or read from a file (a cache for experiments). */
gboolean tl_stack_save(const TlStack *st, const char *path, GError **error);
TlStack *tl_stack_load(const char *path, GError **error);

/*
 * Train the second model on the jackknifed first pass st of train (the same
 * sentences), over epochs.
 */
typedef struct TlPerc TlPerc;
TlPerc *tl_second_train(const TlStack *st, GPtrArray *train, int epochs);
/*
 * Append the second pass's section to out: tokens whose first-pass margin is
 * under margin (averaged-perceptron units) are decided by p (NULL or margin
 * 0: no second pass), adding mix times the first pass's scores; weights under min_abs of the largest are dropped;
 * scale: the first pass's (tl_train_tagger's result).
 */
void tl_second_write(const TlPerc *p, double margin, double mix, double min_abs, double scale,
                     GString *out);

#endif
