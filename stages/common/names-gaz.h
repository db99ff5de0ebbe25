/*
 * Internal to the name finder: the gazetteers (names-gaz.c) and the finder's
 * structure, shared by names.c and names-gaz.c.
 */
#ifndef TL_NAMES_GAZ_H
#define TL_NAMES_GAZ_H

#include <string.h>
#include "tl/names.h"

enum {
	GAZ_COUNTRY = 1 << 0,
	GAZ_PLACE = 1 << 1,
	GAZ_ORG = 1 << 2,
	GAZ_GIVEN = 1 << 3,
	GAZ_DEMONYM = 1 << 4,
	GAZ_TITLE = 1 << 5,
	GAZ_NOT_NAME = 1 << 6,
	GAZ_PERSON = 1 << 10, /* well-known people (persons.txt) */
	/* kept in their own tables, never in a phrase match: */
	GAZ_ORG_HEAD = 1 << 7, /* "Corp.", "University": ends an organisation's name */
	GAZ_ORG_CUE = 1 << 8,  /* "shares of", "works at": comes before one */
	GAZ_LOC_HEAD = 1 << 9, /* "Bridge", "Airport": ends a place's name (heads table) */
};

#define MAX_PHRASE 6  /* tokens */

/* g_ascii_tolower, inline: the name finder folds every byte it looks up. */
static inline char
tl_names_fold(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}
#define KEY_MAX 256   /* bytes */

/*
 * A string table for the gazetteers: open addressing over 64-bit hashes of
 * the keys (FNV-1a, mixed), keys kept in one buffer.  Faster than GHashTable
 * for the name finder's many short lookups: no strlen, no indirect calls,
 * and the caller can give a hash it has already computed.
 */
typedef struct {
	guint64 hash; /* 0: empty slot */
	guint32 off;  /* key bytes at keys->str + off, NUL-terminated */
	guint32 len;
	guint32 value;
} TlGazSlot;

typedef struct {
	TlGazSlot *slots;
	guint32 mask, count;
	GString *keys;
} TlGazTable;

/* The tables' hash from an FNV-1a state (never 0). */
static inline guint64
tl_gaz_finish(guint64 h)
{
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 32;
	return h ? h : 1;
}

#define TL_FNV_START 0xcbf29ce484222325ULL
#define TL_FNV_STEP(h, c) (((h) ^ (guint8)(c)) * 0x100000001b3ULL)

/* Hash of bytes s[0..n) for the tables; fold: in lower case. */
static inline guint64
tl_gaz_hash(const char *s, size_t n, gboolean fold)
{
	guint64 h = TL_FNV_START;
	for (size_t i = 0; i < n; i++)
		h = TL_FNV_STEP(h, fold ? tl_names_fold(s[i]) : s[i]);
	return tl_gaz_finish(h);
}

/* The value of key s[0..n) whose hash is h, or NULL; borrowed. */
static inline const guint32 *
tl_gaz_get(const TlGazTable *t, guint64 h, const char *s, size_t n)
{
	for (guint32 i = (guint32)h & t->mask;; i = (i + 1) & t->mask) {
		const TlGazSlot *sl = &t->slots[i];
		if (sl->hash == 0)
			return NULL;
		if (sl->hash == h && sl->len == n && memcmp(t->keys->str + sl->off, s, n) == 0)
			return &sl->value;
	}
}

/* The name finder (names.c); its gazetteer tables are filled by names-gaz.c. */
struct TlNames {
	TlGazTable exact, folded; /* phrase -> GAZ_* bits */
	TlGazTable heads;         /* head words, as written -> GAZ_HEAD_* bits */
	TlGazTable cues;          /* organisation cue phrases, lower case */
	/* first word of each phrase (its bytes up to the first space) -> the
	 * longest phrase's length in bytes, as written and lower case: a phrase
	 * whose first word is not there is not looked up at all */
	TlGazTable first_exact, first_folded;
	TlGazTable cue_last;      /* last word of each cue phrase, lower case */
	/* each phrase of more than one word in lower case, and each of its
	 * beginnings that a space follows: a key of tokens that is not there
	 * is no phrase, and no phrase begins with it and a space */
	TlGazTable stems;
	TlWeights *weights;
	guint serial; /* tells the word caches one finder from another */
};

/* Free the tables of nm (not nm). */
void tl_names_free_gazetteers(TlNames *nm);
/* Kinds of the phrase key (words joined by single spaces), looked up as
 * written or (fold) in lower case; 0 if none: the plain lookup, for tests. */
guint tl_names_gaz_kind(const TlNames *nm, const char *key, gboolean fold);

/* Load every gazetteer file of common/names/ into nm's tables. */
gboolean tl_names_load_gazetteers(TlNames *nm, GError **error);
/* Kinds (GAZ_* bits) of the phrase tokens[i..i+len), 0 if it is none; *exact: matched with case. */
guint tl_names_phrase_kind(const TlNames *nm, const char *text, const TlToken *tokens, size_t i,
                           size_t len, gboolean *exact);
/* Longest gazetteer phrase starting at token i: its length (0 if none), its kinds. */
size_t tl_names_longest_match(const TlNames *nm, const char *text, const TlToken *tokens,
                              size_t n, size_t i, guint *kind, gboolean *exact);

/* Does token t start with a capital letter, ASCII or not ("Štef",
 * "Łukasz", "Émile")?  (The text is valid UTF-8.) */
static inline gboolean
tl_names_upper_start(const char *text, const TlToken *t)
{
	guchar c = (guchar)text[t->start];
	if (c < 0x80)
		return g_ascii_isupper(c);
	gunichar u = g_utf8_get_char_validated(text + t->start, (gssize)(t->end - t->start));
	return u != (gunichar)-1 && u != (gunichar)-2 && g_unichar_isupper(u);
}

/* A small word inside a name, in lower case: "de", "van", "bin"
 * ("Observatoire de Paris", "Vincent van Gogh", "Mohammed bin Salman"). */
gboolean tl_names_particle(const char *text, const TlToken *t);

/* Head words: of an organisation's name ("Corp.") or a place's ("Bridge"). */
enum { GAZ_HEAD_ORG = 1, GAZ_HEAD_LOC = 2 };
/* The GAZ_HEAD_* bits of token i, as written; 0 if it is no head word. */
guint tl_names_head_kind(const TlNames *nm, const char *text, const TlToken *tokens, size_t i);
/* TRUE if token i is an organisation head word ("Corp.", "Bank"), as written. */
gboolean tl_names_org_head(const TlNames *nm, const char *text, const TlToken *tokens, size_t i);
/* TRUE if an organisation cue phrase ("shares of") ends just before token i. */
gboolean tl_names_org_cue(const TlNames *nm, const char *text, const TlToken *tokens, size_t i);
/* TRUE if the last word of token t (its bytes after its last space), in
 * lower case, ends some cue phrase: when not, no cue ends with t. */
gboolean tl_names_cue_last(const TlNames *nm, const char *text, const TlToken *t);
/* tl_names_org_cue without the tl_names_cue_last pruning (i > 0). */
gboolean tl_names_cue_before(const TlNames *nm, const char *text, const TlToken *tokens, size_t i);

/* Facts about one token of a sentence, found once by tl_names_tokens: the
 * chunker and the rules ask for the same ones many times. */
typedef struct {
	guint64 word;      /* hash of the token in lower case: the chunker's word feature */
	guint16 kind;      /* GAZ_* bits of the longest gazetteer match starting there; 0 if none */
	guint8 len, exact; /* that match's length in tokens (0: none), matched with case */
	guint8 cs;         /* case: 0 other, 1 lower, 2 capitalised, 3 all capitals */
	guint8 head;       /* GAZ_HEAD_* bits: a head word, as written ("Corp.", "Bridge") */
	guint8 cue;        /* an organisation cue phrase ends just before it ("shares of") */
	guint8 run;        /* its capitalised run: 0 none, else 1 + GAZ_HEAD_* of its last word */
	guint8 punct;      /* it starts with an ASCII punctuation mark */
	guint8 cue_last;   /* tl_names_cue_last of it */
} TlNamesToken;

/* The gazetteer facts of tokens[0..n) (word, kind, len, exact, head,
 * cue_last), each in one pass over its bytes (names-gaz.c); the rest of
 * facts[i] is left as it was. */
void tl_names_match_facts(const TlNames *nm, const char *text, const TlToken *tokens, size_t n,
                          TlNamesToken *facts);
/* Fill facts[0..n) for the sentence tokens[0..n) (names-feat.c). */
void tl_names_tokens(const TlNames *nm, const char *text, const TlToken *tokens, size_t n,
                     TlNamesToken *facts);
/* Move the gazetteer state st on to token i (tokens are visited in order;
 * st starts zeroed for a sentence). */
void tl_names_state_next(const TlNamesToken *facts, size_t i, TlNamesState *st);
/* TRUE if token i cannot start a name and is labelled O unscored: lower
 * case, a digit or punctuation first, after an O (prev 0), outside any
 * gazetteer match with case or of a place or organisation (st moved on to
 * i), unless the sentence is all lower case (lower_case). */
gboolean tl_names_skip(const TlNamesToken *facts, size_t i, int prev, const TlNamesState *st,
                       gboolean lower_case);
/*
 * The chunker's features of token i given the previous label, with the
 * sentence's facts (tl_names_tokens) and st moved on to i.  Writes at most
 * TL_NAMES_MAX_FEATS hashes; returns how many.
 */
size_t tl_names_features(const char *text, const TlToken *tokens, const TlPos *tags, size_t n,
                         size_t i, int prev, const TlNamesState *st, const TlNamesToken *facts,
                         guint64 *out);
/* TRUE if no letter of tokens[0..n) is a capital, but the very first. */
gboolean tl_names_lower_case(const char *text, const TlToken *tokens, size_t n);

/*
 * The organisation rules (names-org.c) over the entities out[0..count), in
 * text order and not overlapping (room for n): grows and types them and adds
 * the ones the chunker missed; returns the new count, still in text order.
 */
size_t tl_names_org_rules(const TlNames *nm, const char *text, const TlToken *tokens,
                          const TlPos *tags, size_t n, TlEntity *out, size_t count);

/*
 * "Housing Authority of New Orleans ( HANO )": an acronym in brackets just
 * after a name of two words or more, beginning with its letter, names the
 * same thing and takes its type (names-org.c).  Same contract as
 * tl_names_org_rules.
 */
size_t tl_names_acronyms(const char *text, const TlToken *tokens, size_t n, TlEntity *out,
                         size_t count);

/*
 * A news dateline opening the sentence names a place: "WASHINGTON (Reuters)
 * -" whatever the capitals say, "NEW YORK, March 3 -" and "PARIS -" when the
 * gazetteers know the place (names-org.c).  Retypes the entity there or adds
 * one (room for n); returns the new count.
 */
size_t tl_names_dateline(const TlNames *nm, const char *text, const TlToken *tokens, size_t n,
                         TlEntity *out, size_t count);

#endif
