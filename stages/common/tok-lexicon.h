/*
 * The tokenizer's word lists, shared by token.c and sentence.c (kit-internal;
 * the public lookups are in include/tl/token.h).
 */
#ifndef TL_TOK_LEXICON_H
#define TL_TOK_LEXICON_H

#include <glib.h>

/* Load the lists once; later calls are cheap.  Never fails: see tl_token_init. */
void tl_tok_lexicon_ensure(void);
/* TRUE if word[0..len) (lower-cased) keeps its hyphen: e-mail, non-profit. */
gboolean tl_tok_is_hyphen_prefix(const char *word, size_t len);
/* TRUE if word[0..len) (lower-cased) is a unit split from a number: 35mm. */
gboolean tl_tok_is_unit(const char *word, size_t len);
/*
 * If word[0..len) is a contraction without apostrophe (cannot, gonna), store
 * the byte lengths of its parts in parts (at most max_parts, ending with a 0)
 * and return TRUE.  Cheap for the common case of a non-contraction.
 */
gboolean tl_tok_contraction(const char *word, size_t len, guint8 *parts, size_t max_parts);

#endif
