/*
 * Lemmas (dictionary forms) of English words given their Penn tag: "was"/VBD
 * is "be", "mice"/NNS is "mouse", "stopped"/VBD is "stop".
 *
 * A lexicon of exceptions learned from UD English EWT train (only the forms
 * the rules get wrong), the rules of lemma/rules.tsv for the rest, checked
 * against the lemmas known from training (lemma/known.txt); the built-in
 * one also knows the irregular verbs' past forms (lemma/irregular.tsv).
 * Proper nouns keep their case; other words are lower-cased.
 *
 * Ownership and threads: a TlLemmatizer is immutable once loaded;
 * tl_lemmatizer_default() loads the built-in one once, thread-safely, and
 * returns a borrowed pointer for the process's life.  tl_lemmatize allocates
 * nothing but, once per thread, a cache of the lemmas it gave last (freed
 * when the thread ends); the caller owns the output buffer.
 */
#ifndef TL_LEMMA_H
#define TL_LEMMA_H

#include <glib.h>
#include "tl/tagger.h"

typedef struct TlLemmatizer TlLemmatizer;

/* The built-in lemmatizer (borrowed; NULL with error if its data is bad). */
const TlLemmatizer *tl_lemmatizer_default(GError **error);

/* Build one from the three resource files' contents; new. */
TlLemmatizer *tl_lemmatizer_new(GBytes *rules, GBytes *exceptions, GBytes *known, GError **error);
void tl_lemmatizer_free(TlLemmatizer *lem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlLemmatizer, tl_lemmatizer_free)

/*
 * Write the lemma of word[0..len) tagged xpos (TlXpos) to out, NUL-terminated
 * and cut to out_size - 1 bytes (out_size >= 1); returns its length (before
 * cutting).  Words longer than TL_LEMMA_MAX_WORD bytes are their own lemma.
 */
#define TL_LEMMA_MAX_WORD 128
size_t tl_lemmatize(const TlLemmatizer *lem, const char *word, size_t len, int xpos, char *out,
                    size_t out_size);

/*
 * The lemmas of a sentence's or document's tokens: for each token i of
 * text, tagged pos[i].xpos, off[i] = lemmas->len, then its lemma appended to
 * lemmas (the word as written when its lemma is longer than
 * TL_LEMMA_MAX_WORD); off[n] = lemmas->len at the end (off holds n + 1).
 * The same lemmas as tl_lemmatize, faster: the cache entry of the next
 * token is asked for before this one is looked up.
 */
void tl_lemmatize_tokens(const TlLemmatizer *lem, const char *text, const TlToken *tokens,
                         const TlPos *pos, size_t n, GString *lemmas, guint32 *off);

/*
 * For the trainer: the lemma the rules alone give (no exceptions), same
 * contract as tl_lemmatize.
 */
size_t tl_lemmatize_rules(const TlLemmatizer *lem, const char *word, size_t len, int xpos,
                          char *out, size_t out_size);

#endif
