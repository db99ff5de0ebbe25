/*
 * The tagger's insides, shared by its two halves: tagger.c (features, the
 * model, the uncached decoder and the grammar's corrections) and
 * tag-cache.c (the per-thread word cache and the cached decoder).  Not part
 * of the kit's interface: include/tl/tagger.h is.
 */
#ifndef TL_TAGGER_IMPL_H
#define TL_TAGGER_IMPL_H

#include "tag-hash.h"
#include "tag-weights.h"
#include "tl/tagger.h"

#define MAX_CLASSES 250

/* The training lexicon: word (norm hash) -> its ambiguity class (hash of
 * the set of classes it had in training), an open-addressing table. */
typedef struct {
	guint64 word, amb;
	guint64 allowed[2]; /* tag dictionary of frequent words; 0: no limit */
} LexSlot;

/* The rows a word adds as a neighbour of the token being tagged: as the
 * word before it (templates 12, 16, 19), two before (13), after (14, 17,
 * 18, 33), two after (15, 34). */
enum { ROLE_L1 = 0, ROLE_L2 = 3, ROLE_R1 = 4, ROLE_R2 = 8, N_ROLES = 10 };

#define N_STYLES 5

struct TlTagger {
	int n_classes;
	TlPos classes[MAX_CLASSES];
	/* the classes a word with a letter may take: all but punctuation
	 * (bit c of word c / 64), for the words whose dictionary says none */
	guint64 word_classes[2];
	LexSlot *lex;
	guint64 lex_mask;
	TlWeights *weights;
	/* for the word cache (tagger-cache part below): which tagger a
	 * thread's cache holds, the rows of the previous-tag templates (20,
	 * 21, 22) by class, and the neighbour rows past the sentence's edges */
	guint serial;
	guint32 stride;
	guint32 *prev_rows; /* (n_classes + 1) x 2, then (n_classes + 1)^2 */
	guint32 edge_roles[N_ROLES];
	/* the second pass (tag-second.c): NULL when the model has none */
	TlWeights *second;
	gint32 second_margin; /* first-pass margins under this are reconsidered */
	gint32 second_mult;   /* first-pass scores times this, 16.16 fixed point */
};

/* What stands past the sentence's edges in a word window. */
extern const TlTagWord tl_tagger_edge_word;

/* The features word w adds as a neighbour, by role (ROLE_*). */
void tl_tagger_neighbour_keys(const TlTagWord *w, guint64 keys[N_ROLES]);

/* TRUE when the word's tag dictionary allows one class only; that class. */
static inline gboolean
tl_tagger_single_class(const TlTagWord *w)
{
	guint64 a = w->allowed[0], b = w->allowed[1];
	return (a && !(a & (a - 1)) && !b) || (!a && b && !(b & (b - 1)));
}
int tl_tagger_only_class(const TlTagger *t, const TlTagWord *w);

/* Token i's tags from its class, then the grammar's corrections. */
void tl_tagger_set_tags(const TlTagger *t, const char *text, const TlToken *tokens, TlPos *out,
                        size_t i, int best);

/* The corrections that need the tags to the right, after a sentence. */
void tl_tagger_right_context(const char *text, const TlToken *tokens, TlPos *out, size_t n);

/* ---- the second pass (tag-second.c) ---------------------------------------
 * A token whose first-pass choice was close (the best score less than
 * second_margin above the runner-up) is decided again among the first pass's
 * best SECOND_K classes by a second model, once the first pass has tagged
 * the two tokens to its right: the first pass's features (with the final
 * classes before) plus features of those right tags; score = second-model
 * score + first-pass score x second_mult (16.16 fixed point).  Tokens are
 * finished two behind the first pass: still one sweep, no allocation. */
#define SECOND_K 3
#define SECOND_MAX_FEATS 12

typedef struct {
	guint8 n; /* 0: the first pass's choice stands */
	guint8 cls[SECOND_K];
	gint32 score[SECOND_K];
} TlCands;

/* The best SECOND_K classes the word allows, best first (ties: lower class);
 * the first is tl_tagger_best's choice when there is one (c->n > 0). */
void tl_tagger_top(const TlTagWord *w, const gint32 *scores, int n_classes, TlCands *c);
/* The same among classes[0..n), given in increasing order. */
void tl_tagger_top_of(const guint8 *classes, size_t n, const gint32 *scores, TlCands *c);
/* The second model's features: the first pass's given win, the final
 * classes of the two tokens before (prev1, prev2) and the style, then those
 * of the first-pass classes of the two after (-1: none).  At most
 * TL_TAGGER_MAX_FEATS + SECOND_MAX_FEATS. */
size_t tl_second_features(const TlTagWord *const win[5], int prev1, int prev2, guint style, int r1,
                          int r2, guint64 *out);

typedef struct {
	int first[4]; /* first-pass classes, by token index & 3 */
	TlCands cands[4];
	int last, last2; /* the final classes of the two tokens finished last */
} TlLag;

/* Token i's first-pass class best, and its best classes (tl_tagger_top;
 * NULL when the word has one class). */
void tl_lag_push(const TlTagger *t, TlLag *lag, size_t i, const TlCands *top, int best);
/* Token i's final class (first-pass classes known up to i + 2; win: its
 * words, NULL past the edges), then its tags. */
void tl_lag_finish(const TlTagger *t, TlLag *lag, const char *text, const TlToken *tokens,
                   TlPos *out, size_t i, size_t n, const TlTagWord *const win[5], guint style);
/* Parse the second pass's section of a model file at c (tagger.c's loader). */
gboolean tl_second_parse(TlTagger *t, TlCursor *c, GError **error);

#endif
