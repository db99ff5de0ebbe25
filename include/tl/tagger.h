/*
 * Part-of-speech tagging: Universal Dependencies UPOS plus Penn Treebank XPOS,
 * by a greedy averaged perceptron over word, affix, shape, neighbour and
 * previous-tag features (trained by bin/tl-train-tagger on UD English EWT).
 *
 * Ownership and threads: a TlTagger is immutable once loaded, so one tagger
 * may tag from many threads at once.  tl_tagger_default() loads the built-in
 * model (resource common/tagger/model.bin) once, on first use, thread-safely,
 * and returns a borrowed pointer that lives as long as the process.  The
 * caller owns the token and output arrays.  Tagging allocates once per
 * thread: a cache of the scores that depend on a word alone, for the last
 * TL_TAGGER_CACHE_WORDS word types met (about 5 MB), freed when the thread
 * ends and emptied when the thread tags with another tagger.
 */
#ifndef TL_TAGGER_H
#define TL_TAGGER_H

#include <glib.h>
#include "tl/token.h"

/* Universal POS tags, in the order of the UD documentation. */
typedef enum {
	TL_UPOS_ADJ, TL_UPOS_ADP, TL_UPOS_ADV, TL_UPOS_AUX, TL_UPOS_CCONJ, TL_UPOS_DET,
	TL_UPOS_INTJ, TL_UPOS_NOUN, TL_UPOS_NUM, TL_UPOS_PART, TL_UPOS_PRON, TL_UPOS_PROPN,
	TL_UPOS_PUNCT, TL_UPOS_SCONJ, TL_UPOS_SYM, TL_UPOS_VERB, TL_UPOS_X,
	TL_UPOS_COUNT
} TlUpos;

/* Penn Treebank tags as used by UD English EWT (VBD = past tense, MD = modal...). */
typedef enum {
	TL_XPOS_CC, TL_XPOS_CD, TL_XPOS_DT, TL_XPOS_EX, TL_XPOS_FW, TL_XPOS_IN, TL_XPOS_JJ,
	TL_XPOS_JJR, TL_XPOS_JJS, TL_XPOS_LS, TL_XPOS_MD, TL_XPOS_NN, TL_XPOS_NNS, TL_XPOS_NNP,
	TL_XPOS_NNPS, TL_XPOS_PDT, TL_XPOS_POS, TL_XPOS_PRP, TL_XPOS_PRPS, TL_XPOS_RB,
	TL_XPOS_RBR, TL_XPOS_RBS, TL_XPOS_RP, TL_XPOS_SYM, TL_XPOS_TO, TL_XPOS_UH, TL_XPOS_VB,
	TL_XPOS_VBD, TL_XPOS_VBG, TL_XPOS_VBN, TL_XPOS_VBP, TL_XPOS_VBZ, TL_XPOS_WDT,
	TL_XPOS_WP, TL_XPOS_WPS, TL_XPOS_WRB, TL_XPOS_COMMA, TL_XPOS_PERIOD, TL_XPOS_COLON,
	TL_XPOS_LQUOTE, TL_XPOS_RQUOTE, TL_XPOS_LRB, TL_XPOS_RRB, TL_XPOS_HYPH, TL_XPOS_NFP,
	TL_XPOS_ADD, TL_XPOS_AFX, TL_XPOS_GW, TL_XPOS_XX, TL_XPOS_DOLLAR, TL_XPOS_HASH,
	TL_XPOS_COUNT
} TlXpos;

/* The tags of one token. */
typedef struct {
	guint8 upos; /* TlUpos */
	guint8 xpos; /* TlXpos */
} TlPos;

typedef struct TlTagger TlTagger;

/*
 * The built-in tagger, loaded on first call (thread-safe) and kept for the
 * process's life: borrowed, never free it.  NULL with error set if the model
 * cannot be loaded (the error is reported again on every later call).
 */
const TlTagger *tl_tagger_default(GError **error);

/* Load a tagger from model bytes (the format tl-train-tagger writes); new. */
TlTagger *tl_tagger_new_from_bytes(GBytes *model, GError **error);
void tl_tagger_free(TlTagger *tagger);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlTagger, tl_tagger_free)

/*
 * Tag one sentence: tokens[0..n) are spans of text (as tl_tokenize gives);
 * out[0..n) receives their tags.  Time linear in n; uses (and on a thread's
 * first call allocates) the thread's word cache.
 */
void tl_tagger_tag(const TlTagger *tagger, const char *text, const TlToken *tokens, size_t n,
                   TlPos *out);
/*
 * The same, and first[0..n) (when not NULL) receives the first pass's tags:
 * those of a model without a second pass, equal to out when the model has
 * none.  The name chunker reads these (tuned on them, it loses with the
 * second pass's: UNER dev cross-validation 64.3 against 63.4).
 */
void tl_tagger_tag_passes(const TlTagger *tagger, const char *text, const TlToken *tokens,
                          size_t n, TlPos *out, TlPos *first);
/* Does the model have a second pass (so that first-pass tags differ)? */
gboolean tl_tagger_has_second_pass(const TlTagger *tagger);

/* The word types a thread's cache holds at most. */
#define TL_TAGGER_CACHE_WORDS 8192

/* Tag names ("PROPN", "VBD"), borrowed; "_" when out of range. */
const char *tl_upos_name(int upos);
const char *tl_xpos_name(int xpos);
/* Index of a tag name, or -1. */
int tl_upos_from_name(const char *name);
int tl_xpos_from_name(const char *name);

/* ---- for the trainer (bin/tl-train-tagger) ------------------------------- */

/* Hashes of the word-level strings of one token, computed once per token. */
typedef struct {
	guint64 norm;       /* lower case, digits as 0 */
	guint64 raw;        /* as written */
	guint64 shape;      /* Xxxx, dd-dd, ... */
	guint64 amb;        /* ambiguity class: the tags it had in training */
	guint64 allowed[2]; /* frequent words: the classes it may take (bits); else 0 */
	guint64 suf[4];     /* last 1..4 bytes of norm */
	guint64 pre[3];     /* first 1..3 bytes of norm */
	guint32 flags;      /* TL_TAGW_* */
} TlTagWord;

enum {
	TL_TAGW_CAP = 1 << 0,
	TL_TAGW_ALLCAPS = 1 << 1,
	TL_TAGW_DIGIT = 1 << 2,
	TL_TAGW_HYPHEN = 1 << 3,
	TL_TAGW_FIRST = 1 << 4,
	TL_TAGW_URL = 1 << 5,
};

#define TL_TAGGER_MAX_FEATS 48

/*
 * Fill *w for the token text[start..end); first: it begins the sentence.
 * tagger (may be NULL: no lexicon) gives the ambiguity classes.
 */
void tl_tagger_word(const TlTagger *tagger, const char *text, guint32 start, guint32 end,
                    gboolean first, TlTagWord *w);
/*
 * The feature hashes of a token given its window of words (win[2] is the
 * token, win[0..1] the two before, win[3..4] the two after; NULL past the
 * sentence's edges) and the classes of the two previous tokens (-1 at the
 * start), and the sentence's style.  Writes at most TL_TAGGER_MAX_FEATS hashes to out; returns how many.
 */
size_t tl_tagger_features(const TlTagWord *const win[5], int prev1, int prev2, guint style,
                          guint64 *out);
/* tl_tagger_tag without the word cache (the same tags, slower): for tests. */
void tl_tagger_tag_uncached(const TlTagger *tagger, const char *text, const TlToken *tokens,
                            size_t n, TlPos *out);
/* How many word types the calling thread's cache holds now (for tests). */
size_t tl_tagger_cache_used(void);
/* For tests of replacement: the calling thread's cache (once it has one)
 * is emptied and uses at most words entries (two at least) until the thread
 * ends or the next call; TL_TAGGER_CACHE_WORDS gives the full size back. */
void tl_tagger_cache_shrink(guint words);
/* The best of scores[0..n_classes) that the word's tag dictionary allows. */
int tl_tagger_best(const TlTagWord *w, const gint32 *scores, int n_classes);
/* The sentence's case style (lower case, normal, title case, all caps), a feature. */
guint tl_tagger_style(const char *text, const TlToken *tokens, size_t n);

/*
 * Sparse perceptron weights (also used by the name finder): a table from
 * feature hash to (class, 16-bit weight) pairs.  tl_weights_parse reads
 * "u32 n_features, then per feature u64 hash, u8 n, n x (u8 class, i16
 * weight)" at *pos (advanced past it); new.
 */
typedef struct TlWeights TlWeights;
TlWeights *tl_weights_parse(const guint8 **pos, const guint8 *end, guint32 n_classes,
                            GError **error);
void tl_weights_free(TlWeights *w);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlWeights, tl_weights_free)
/* scores[0..n_classes) = the sum of the rows of feats[0..n) (unknown ones add 0). */
void tl_weights_score(const TlWeights *w, const guint64 *feats, size_t n, gint32 *scores);
/* A hint, no result: start loading the table slots of feats[0..n) into the cache. */
void tl_weights_prefetch(const TlWeights *w, const guint64 *feats, size_t n);

/* Model file: magic, version, then classes and features (see tagger.c). */
#define TL_TAGGER_MAGIC "TLTAGGER"
#define TL_TAGGER_VERSION 4

#endif
