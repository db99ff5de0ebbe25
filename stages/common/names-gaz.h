/*
 * Internal to the name finder: the gazetteers (names-gaz.c) and the finder's
 * structure, shared by names.c and names-gaz.c.
 */
#ifndef TL_NAMES_GAZ_H
#define TL_NAMES_GAZ_H

#include "tl/names.h"

enum {
	GAZ_COUNTRY = 1 << 0,
	GAZ_PLACE = 1 << 1,
	GAZ_ORG = 1 << 2,
	GAZ_GIVEN = 1 << 3,
	GAZ_DEMONYM = 1 << 4,
	GAZ_TITLE = 1 << 5,
	GAZ_NOT_NAME = 1 << 6,
	/* kept in their own tables, never in a phrase match: */
	GAZ_ORG_HEAD = 1 << 7, /* "Corp.", "University": ends an organisation's name */
	GAZ_ORG_CUE = 1 << 8,  /* "shares of", "works at": comes before one */
};

#define MAX_PHRASE 6  /* tokens */

/* g_ascii_tolower, inline: the name finder folds every byte it looks up. */
static inline char
tl_names_fold(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}
#define KEY_MAX 256   /* bytes */

/* The name finder (names.c); its gazetteer tables are filled by names-gaz.c. */
struct TlNames {
	GHashTable *exact, *folded; /* phrase -> GAZ_* bits */
	GHashTable *heads;          /* organisation head words, as written */
	GHashTable *cues;           /* organisation cue phrases, lower case */
	/* first word of each phrase (its bytes up to the first space) -> the
	 * longest phrase's length in bytes, as written and lower case: a phrase
	 * whose first word is not there is not looked up at all */
	GHashTable *first_exact, *first_folded;
	GHashTable *cue_last;       /* last word of each cue phrase, lower case */
	TlWeights *weights;
};


/* Load every gazetteer file of common/names/ into nm's tables. */
gboolean tl_names_load_gazetteers(TlNames *nm, GError **error);
/* Kinds (GAZ_* bits) of the phrase tokens[i..i+len), 0 if it is none; *exact: matched with case. */
guint tl_names_phrase_kind(const TlNames *nm, const char *text, const TlToken *tokens, size_t i,
                           size_t len, gboolean *exact);
/* Longest gazetteer phrase starting at token i: its length (0 if none), its kinds. */
size_t tl_names_longest_match(const TlNames *nm, const char *text, const TlToken *tokens,
                              size_t n, size_t i, guint *kind, gboolean *exact);

/* TRUE if token i is an organisation head word ("Corp.", "Bank"), as written. */
gboolean tl_names_org_head(const TlNames *nm, const char *text, const TlToken *tokens, size_t i);
/* TRUE if an organisation cue phrase ("shares of") ends just before token i. */
gboolean tl_names_org_cue(const TlNames *nm, const char *text, const TlToken *tokens, size_t i);

/* Facts about one token of a sentence, found once by tl_names_tokens: the
 * chunker and the rules ask for the same ones many times. */
typedef struct {
	guint64 word;      /* hash of the token in lower case: the chunker's word feature */
	guint8 len, exact; /* longest gazetteer match starting there (tl_names_longest_match) */
	guint16 kind;      /* its GAZ_* bits; 0 when len is 0 */
} TlNamesToken;

/* Fill facts[0..n) for the sentence tokens[0..n) (names-feat.c). */
void tl_names_tokens(const TlNames *nm, const char *text, const TlToken *tokens, size_t n,
                     TlNamesToken *facts);
/* tl_names_features, with the sentence's facts (tl_names_tokens) or NULL: the same features. */
size_t tl_names_features_with(const TlNames *nm, const char *text, const TlToken *tokens,
                              const TlPos *tags, size_t n, size_t i, int prev, TlNamesState *st,
                              const TlNamesToken *facts, guint64 *out);

/*
 * The organisation rules (names-org.c) over the entities out[0..count), in
 * text order and not overlapping (room for n): grows and types them and adds
 * the ones the chunker missed; returns the new count, still in text order.
 */
size_t tl_names_org_rules(const TlNames *nm, const char *text, const TlToken *tokens,
                          const TlPos *tags, size_t n, TlEntity *out, size_t count);

#endif
