/*
 * Names: proper-noun chunks typed PERSON, ORGANIZATION or LOCATION, with the
 * title that precedes a person as its role ("US Secretary of State Antony
 * Blinken" is PERSON "Antony Blinken", role "US Secretary of State").
 *
 * A perceptron chunker (BIO labels, trained by bin/tl-train-tagger on the
 * Universal NER English EWT dev file) over words, tags, shapes and gazetteer
 * matches (names/: countries, places, regions, organisations, well-known
 * people, given names, demonyms, titles, head words), then rules for titles
 * and roles, organisation and place head words, acronyms and datelines.
 * Tokens that cannot start a name (lower case, numbers, punctuation after an
 * O) are labelled O without being scored, which keeps the finder cheap on
 * news text.
 *
 * Ownership and threads: a TlNames is immutable once loaded;
 * tl_names_default() loads the built-in one once, thread-safely, and returns
 * a borrowed pointer for the process's life.  tl_names_find allocates
 * nothing that outlives the call but, once per thread, a cache of the
 * gazetteer facts of the words it met last (freed when the thread ends);
 * the caller owns every array.
 */
#ifndef TL_NAMES_H
#define TL_NAMES_H

#include <glib.h>
#include "tl/tagger.h"
#include "tl/token.h"

typedef enum {
	TL_ENT_PERSON,
	TL_ENT_ORGANIZATION,
	TL_ENT_LOCATION,
	TL_ENT_COUNT
} TlEntityType;

typedef struct {
	guint32 start, end;           /* byte offsets of the name, end exclusive */
	guint32 first, last;          /* its tokens: [first, last) */
	guint32 role_start, role_end; /* the role's byte offsets; equal when none */
	guint8 type;                  /* TlEntityType */
} TlEntity;

typedef struct TlNames TlNames;

/* The built-in name finder (borrowed; NULL with error if its data is bad). */
const TlNames *tl_names_default(GError **error);

/*
 * A name finder from a chunker model (NULL: gazetteers and rules only) and the
 * gazetteers of resource folder common/names/ (TL_DATADIR applies); new.
 */
TlNames *tl_names_new(GBytes *model, GError **error);
void tl_names_free(TlNames *names);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlNames, tl_names_free)

/*
 * Find the names of one sentence: tokens[0..n) are spans of text, tags[0..n)
 * their tags (tl_tagger_tag).  Writes the entities, in text order and not
 * overlapping, to out, which must have room for n; returns how many.
 */
size_t tl_names_find(const TlNames *names, const char *text, const TlToken *tokens,
                     const TlPos *tags, size_t n, TlEntity *out);

/*
 * Document-level consistency over all the entities ents[0..n_ents) of a
 * document whose tokens and tags are tokens[0..n_tokens), tags[0..n_tokens)
 * (token indices are document-wide): a name typed PERSON somewhere with two
 * or more words makes its full text, first word and last word PERSON
 * everywhere, and adds those words where they stand alone as proper nouns.
 * ents must have room for n_tokens entities; returns the new count, in text
 * order.
 */
size_t tl_names_unify(const char *text, const TlToken *tokens, const TlPos *tags,
                      size_t n_tokens, TlEntity *ents, size_t n_ents);

/* "PERSON", "ORGANIZATION", "LOCATION"; borrowed. */
const char *tl_entity_type_name(int type);

/* ---- for the trainer --------------------------------------------------------- */

/* Chunk labels: O, then B- and I- of each type (B = 1 + 2 type, I = 2 + 2 type). */
#define TL_NAMES_LABELS (1 + 2 * TL_ENT_COUNT)
#define TL_NAMES_MAX_FEATS 40
#define TL_NAMES_MAGIC "TLNAMES1"

/* Per-sentence gazetteer state, kept by the caller between tokens
 * (stages/common/names-gaz.h has the chunker's internals). */
typedef struct {
	guint32 match_end; /* the token after the current gazetteer match */
	guint32 match_start;
	guint16 match_kind; /* GAZ_* bits of the current match (0x8000: exact), 0 if none */
} TlNamesState;

#endif
