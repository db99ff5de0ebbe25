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
/*
 * A quick filter over a word list: one bit for each (length, first letter,
 * last letter) that an entry has, case folded.  Most words fail it and skip
 * the hash lookup.
 */
typedef struct {
	guint32 bits[32][32];
} TlTokFilter;

static inline gboolean
tl_tok_filter_maybe(const TlTokFilter *f, const char *w, size_t n)
{
	if (n == 0 || n >= 32)
		return FALSE;
	unsigned a = (unsigned char)w[0] & 31, b = (unsigned char)w[n - 1] & 31;
	return (f->bits[n][a] >> b) & 1;
}

extern TlTokFilter tl_tok_contract_filter, tl_tok_abbrev_filter;
gboolean tl_tok_contraction(const char *word, size_t len, guint8 *parts, size_t max_parts);

#endif
