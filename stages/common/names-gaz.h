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
};

#define MAX_PHRASE 6  /* tokens */
#define KEY_MAX 256   /* bytes */

/* The name finder (names.c); its gazetteer tables are filled by names-gaz.c. */
struct TlNames {
	GHashTable *exact, *folded; /* phrase -> GAZ_* bits */
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

#endif
