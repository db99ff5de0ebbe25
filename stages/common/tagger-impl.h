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
};

/* What stands past the sentence's edges in a word window. */
extern const TlTagWord tl_tagger_edge_word;

/* The rows word w adds as a neighbour, by role (ROLE_*). */
void tl_tagger_neighbour_rows(const TlTagger *t, const TlTagWord *w, guint32 rows[N_ROLES]);

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

#endif
