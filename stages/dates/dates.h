/*
 * tl-dates internals: the lexicon of date words, the tokens the grammar
 * walks, the meaning a matched expression carries (TlDSem), and the steps
 * from text to TIMEX3: scan (tokens, sentences) -> grammar (spans and
 * meanings, tried only at trigger tokens) -> tense (cue words) -> resolve
 * (values, ranges, anchors).  Everything here is pure: no printing, no exits.
 */
#ifndef TL_DATES_H
#define TL_DATES_H

#include <string.h>
#include <glib.h>
#include "tl/tl.h"

/* ---- lexicon (lexicon.c) ---------------------------------------------- */

typedef enum {
	L_MONTH = 1, L_WEEKDAY, L_SEASON, L_NUM, L_ORD, L_MULT, L_UNIT, L_DAYREL,
	L_PART, L_CLOCK, L_DEIXIS, L_POST, L_FUZZY, L_MOD, L_HOLIDAY, L_SET, L_QUANT,
	L_FREQ, L_DET, L_OF, L_FISCAL, L_TIMES, L_AMPM, L_OCLOCK, L_ERA, L_TZ,
	L_QNAME, L_HNAME, L_PREP, L_CONJ, L_FUZZYDUR, L_LONG, L_YEARAGO, L_TENSE, L_COUNTADJ,
	L_MEASURE,
	L_NCATS
} TlDCat;

/* Sense flags, from the fourth column of the resource files. */
enum {
	LF_AMB = 1 << 0, LF_ABBR = 1 << 1, LF_PLURAL = 1 << 2, LF_ART = 1 << 3,
	LF_ANAPH = 1 << 4, LF_SPAN = 1 << 5, LF_WEAK = 1 << 6, LF_ADJONLY = 1 << 7,
	LF_HALF = 1 << 8, LF_NIGHT = 1 << 9, LF_LATEST = 1 << 10, LF_RECENT = 1 << 11,
	LF_FEW = 1 << 12, LF_COUPLE = 1 << 13, LF_FORTNIGHT = 1 << 14, LF_INNER = 1 << 15,
	LF_LAST = 1 << 16, LF_SOME = 1 << 17, LF_OUTER = 1 << 18, LF_INITIAL = 1 << 19,
	LF_WEEKDAY = 1 << 20, LF_SUBJ = 1 << 21, LF_GLUED = 1 << 22, LF_SECOND = 1 << 23,
	LF_DEADLINE = 1 << 24, LF_TIMETABLE = 1 << 25, LF_TAIL = 1 << 26, LF_LOWER = 1 << 27,
};

typedef struct {
	guint8 cat;        /* TlDCat */
	guint8 nwords;     /* words in the phrase (1 for a single word) */
	guint32 flags;     /* LF_* */
	int ival;          /* numeric argument (month, offset, weight...) */
	double dval;       /* numeric argument as a double (0.5 for half) */
	char *sval;        /* argument text ("SP", "PRESENT_REF", "12-25") */
	char **words;      /* the phrase's words after the first (NULL-terminated) */
} TlDSense;

typedef struct TlDLex TlDLex;

/* Load the resource files of a language ("en"); NULL with error if missing
 * or malformed (the error names the file and line). */
TlDLex *tl_dlex_load(const char *lang, GError **error);
void tl_dlex_free(TlDLex *lex);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlDLex, tl_dlex_free)
/* The senses of a lower-case word (borrowed array of TlDSense*), or NULL. */
GPtrArray *tl_dlex_lookup(const TlDLex *lex, const char *word, size_t len);
/* The same with the word's hash already computed (tl_dlex_hash). */
GPtrArray *tl_dlex_lookup_hash(const TlDLex *lex, const char *word, size_t len, guint32 hash);
/* The same, and *cats gets the bit 1 << TlDCat of each sense (0 when none). */
GPtrArray *tl_dlex_lookup_cats(const TlDLex *lex, const char *word, size_t len, guint32 hash,
                               guint64 *cats);
/* What the lexicon tells of a word besides its senses, in bits the grammar
 * tests before it walks the senses. */
typedef struct {
	guint64 cats;         /* 1 << TlDCat of each sense but L_MEASURE */
	guint64 cats1;        /* the same of its single-word senses */
	guint64 follow;       /* tl_dlex_follow_bit of the second word of each
	                       * phrase it begins (and of that word without its
	                       * final dot: "st." is also "st" + ".") */
} TlDLexBits;

/*
 * The same for a word of len < TL_DLEX_KEY bytes held as a key: the word,
 * then zero bytes to the end of the key (a token's `low`), its hash
 * tl_dlex_hash_key(key).  The key is compared as three words, not byte by
 * byte.  *bits gets the word's bits (all zero when it has no sense).
 */
GPtrArray *tl_dlex_lookup_key(const TlDLex *lex, const char *key, size_t len, guint32 hash,
                              TlDLexBits *bits);
/* The hash of a word of len bytes: the hash of its key (the word and zero
 * bytes; a word of TL_DLEX_KEY bytes or more, which no key holds, is cut). */
guint32 tl_dlex_hash(const char *s, size_t len);

#define TL_DLEX_KEY 24

/* The hash of three 8-byte words of a key: the high half of a product for
 * each (multiplicative hashing: every bit of a word reaches it), xor'ed.
 * No loop over the bytes, no chain of one multiplication a byte: the
 * Bloom filter's answer, which the branch after it waits on, comes one
 * multiplication after the word is read. */
static inline guint32
tl_dlex_hash_words(guint64 a, guint64 b, guint64 c)
{
	guint64 h = a * 0x9E3779B97F4A7C15ull ^ b * 0xC2B2AE3D27D4EB4Full ^ c * 0x165667B19E3779F9ull;
	return (guint32)(h >> 32);
}

/* The hash of a key of TL_DLEX_KEY bytes (the word, then zero bytes). */
static inline guint32
tl_dlex_hash_key(const char *key)
{
	guint64 w[3];
	memcpy(w, key, sizeof w);
	return tl_dlex_hash_words(w[0], w[1], w[2]);
}

/* The first member of a TlDLex (lexicon.c): its Bloom filter, bit
 * (hash >> 16) of each word's hash.  Most words of a text are not date
 * words; the scanner asks the filter, inline, before it calls
 * tl_dlex_lookup_key. */
typedef struct {
	guint64 bloom[1024];
} TlDLexHead;

static inline const guint64 *
tl_dlex_bloom(const TlDLex *lex)
{
	return ((const TlDLexHead *)(const void *)lex)->bloom;
}

/* May a word of hash h be in the lexicon whose filter is bloom? */
static inline gboolean
tl_dlex_may_hold(const guint64 *bloom, guint32 h)
{
	return (bloom[(h >> 16) >> 6] >> ((h >> 16) & 63)) & 1;
}

/* The bit of a word of hash h in a TlDLexBits' follow: one of 64, so that a
 * word that follows none of a word's phrases is told at once, mostly. */
static inline guint64
tl_dlex_follow_bit(guint32 h)
{
	return (guint64)1 << (h >> 26);
}

/* ---- tokens and sentences (scan.c) -------------------------------------- */

enum { T_WORD, T_NUM, T_PUNCT };
/* TF_LOWSENT: the token's sentence holds a word of four letters or more in
 * lower case (it is no headline in capitals); set once a sentence, so that
 * the question costs nothing however many tokens ask it */
enum { TF_SPACE = 1, TF_CAP = 2, TF_NL = 4, TF_PARA = 8, TF_ALLCAP = 16, TF_LOWSENT = 32 };

typedef struct {
	guint32 start, end;   /* byte offsets into the text */
	guint8 kind;          /* T_* */
	guint8 flags;         /* TF_*: what precedes the token, its case */
	guint16 sent;         /* sentence number (capped) */
	gint64 num;           /* T_NUM with digits only: its value, else -1 */
	guint8 ndigits;       /* digits in a plain number */
	char sfx;             /* T_NUM: 's' (1990s), 'o' (26th), or 0 */
	guint8 lowlen;        /* bytes in low */
	guint8 cue;           /* tense.c's memo of the token's tense cue (0:
	                       * not yet asked; in the padding, zero from the
	                       * scan) */
	guint32 hash;         /* tl_dlex_hash_key(low) */
	GPtrArray *senses;    /* T_WORD: lexicon senses (borrowed) or NULL */
	guint64 cats;         /* bit 1 << TlDCat for each category of its senses
	                       * (but L_MEASURE) */
	guint64 cats1;        /* the same of its single-word senses */
	guint64 follow;       /* TlDLexBits' follow: the second words of its
	                       * phrases */
	char low[TL_DLEX_KEY];/* lower-cased text, cut at 23 bytes; zero bytes
	                       * after it (a lexicon key) */
} TlDTok;

/* Tokenize text into toks (GArray of TlDTok) and find sentence starts
 * (GArray of guint32 token indexes).  Looks words up in lex. */
void tl_dscan(const TlDLex *lex, const char *text, size_t len, GArray *toks, GArray *sents);

/* ---- meanings (grammar.c) ----------------------------------------------- */

typedef enum { TX_DATE, TX_TIME, TX_DURATION, TX_SET } TlDType;

typedef enum {
	G_NONE, G_SECOND, G_MINUTE, G_HOUR, G_PART, G_DAY, G_WEEKEND, G_WEEK, G_MONTH,
	G_SEASON, G_QUARTER, G_HALF, G_YEAR, G_DECADE, G_CENTURY, G_MILLENNIUM
} TlDGran;

typedef enum {
	S_ABS,     /* calendar fields, some maybe unknown (year...) */
	S_REL,     /* offset of `off` units from a reference */
	S_DUR,     /* a duration */
	S_SET,     /* a set (value given) */
	S_FUZZY,   /* PRESENT_REF... */
	S_VALUE,   /* a fixed value string */
} TlDKind;

#define TL_NOYEAR G_MININT64

typedef struct {
	TlDKind kind;
	TlDType type;
	gint64 year;          /* TL_NOYEAR when unknown */
	int month, day;       /* 0 unknown */
	int week;             /* ISO week, 0 unknown */
	int weekday;          /* 1-7, 0 none */
	int quarter, half;    /* 0 none */
	int season;           /* 1 SP 2 SU 3 FA 4 WI, 0 none */
	int hour, minute, sec;/* -1 unknown */
	int part;             /* index of a part of the day code, 0 none */
	gboolean hour12;      /* a clock hour 1-12 with no a.m./p.m. ("at 3:30"): may be 15:30 */
	int weekend;          /* the weekend of the week */
	gboolean fiscal;
	TlDGran gran;         /* the finest field given */
	/* S_REL */
	TlDGran unit;
	int off;
	gboolean anaph;       /* counts from the last mentioned date */
	gboolean told;        /* by a word that tells from another time only
	                       * ("the previous week", "the week before"; not
	                       * "the last week") */
	int dir;              /* partial dates: -1 last, +1 next, 0 by tense, 2 this;
	                       * a weekend: 4 the first not begun ("the coming
	                       * weekend") */
	const char *hol;      /* holiday rule, resolved once the year is known */
	gboolean yrel;        /* the year is the reference's plus `off` */
	gboolean yy2;         /* the year was written with two digits ('29): its
	                       * century is the reference's or the one before */
	gboolean by_quarter;  /* "a year ago" among quarterly figures */
	gboolean week_of;     /* "the week of March 6": the week of the day */
	int shift;            /* days added once resolved ("the day before May 2") */
	int mshift;           /* months added once resolved ("three months after
	                       * Easter"), the day kept within its month */
	gboolean same_time;   /* "this time last year": the reference's day (and
	                       * clock) moved by the unit */
	int nth, nth_weekday; /* "the first Tuesday of November": the month's
	                       * nth (-1 last) weekday (1-7), once resolved */
	gboolean last_day;    /* "the last day of next month": the month's last
	                       * day, once resolved */
	gboolean will_on;     /* "will" governs it plainly ("will come on
	                       * 2/15"): little slack before the reference */
	/* S_DUR */
	char dur[32];         /* P3D... */
	/* S_SET, S_FUZZY, S_VALUE */
	char val[32];
	const char *quant, *freq;
	const char *mod;      /* TIMEX3 mod or NULL */
	char tz[8];
	gboolean bc;
	const char *rule;     /* name of the rule that fired */
} TlDSem;

typedef struct {
	guint32 start, end;   /* byte span */
	TlDSem sem;
	int tok0, tok1;       /* token span [tok0, tok1) */
} TlDMatch;

typedef enum { TL_DORDER_MDY, TL_DORDER_DMY } TlDOrder;

/* Find the expressions of the tokens, in order, not overlapping. */
void tl_dgrammar_run(const char *text, const TlDTok *toks, guint n, TlDOrder order,
                     GArray *matches);

/* ---- tense (tense.c) ---------------------------------------------------- */

typedef enum { TENSE_NONE, TENSE_PAST, TENSE_PRESENT, TENSE_FUTURE } TlDTense;

/*
 * Tense of clauses, by the POS tagger: one TlDTenser per TlDates, holding the
 * tags of the last sentence tagged.  use_tagger FALSE (or a model that cannot
 * load) leaves cue words only.  lex is borrowed and must outlive it.
 */
typedef struct TlDTenser TlDTenser;
TlDTenser *tl_dtenser_new(const TlDLex *lex, gboolean use_tagger);
void tl_dtenser_free(TlDTenser *tn);
/* Start a new text (borrowed until the next reset): forget the tags. */
void tl_dtenser_reset(TlDTenser *tn, const char *text);

/*
 * The tense of the clause around tokens [t0, t1) of the text last given to
 * tl_dtenser_reset: the governing verb as tagged (the nearest finite verb
 * group before, else after, in the sentence), else cue words of the
 * sentence, nearer ones weighing more.  tn may be NULL: cue words only.
 */
TlDTense tl_dtense_at(TlDTenser *tn, const TlDTok *toks, guint n, guint t0, guint t1);
/*
 * Is a word of the future or of intent (will, would, plans...) near tokens
 * [t0, t1) in their sentence?  Without one, tl_dtense_at with a tagger can
 * only answer the past or what the cue words say.
 */
gboolean tl_dtense_looks_ahead(const TlDTok *toks, guint n, guint t0, guint t1);
/* Is a strong cue of the future (will, 'll, is expected to) near [t0, t1)? */
gboolean tl_dtense_strong_future(const TlDTok *toks, guint n, guint t0, guint t1);
/* Is there a word that opens a clause of time ("until", "when", "once":
 * tense.txt SUBORD) a little before token t0, with no comma between?  A
 * present after it and its subject tells of what is ahead ("until the work
 * ends in June"), which tl_dtense_at then reads with the tagger. */
gboolean tl_dtense_clause_of_time(const TlDTok *toks, guint t0);

/* ---- reference time and values (resolve.c) ------------------------------ */

typedef struct {
	gint64 year;          /* TL_NOYEAR: unknown */
	int month, day;       /* 0 when unknown */
	int hour, minute;     /* -1 when unknown */
} TlDRef;

/* Parse "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]". */
gboolean tl_dref_parse(const char *s, TlDRef *ref);
/* Format a reference as the most precise ISO value it holds (new string). */
char *tl_dref_format(const TlDRef *ref);

typedef struct {
	char value[48];
	char range0[32], range1[32]; /* empty when no range */
	TlDGran gran;
	TlDType type;                /* the type, once resolved ("in two weeks": a date) */
	gboolean uses_ref;           /* anchored on the reference */
	TlDRef point;                /* the date it denotes (for narrative use) */
	gboolean is_point;           /* point is a calendar date with a year */
} TlDValue;

/* Resolve a meaning against ref, given the clause tense. */
void tl_dresolve(const TlDSem *sem, const TlDRef *ref, TlDTense tense, TlDValue *out);
const char *tl_dgran_name(TlDGran g);
const char *tl_dtype_name(TlDType t);

/* ---- the whole stage (engine.c) ----------------------------------------- */

typedef enum { TL_DMODE_AUTO, TL_DMODE_NEWS, TL_DMODE_NARRATIVE } TlDMode;

typedef struct {
	TlDMode mode;
	TlDOrder order;
	const char *dct;      /* --dct, or NULL: the record's dct, else inferred */
} TlDOptions;

typedef struct TlDates TlDates;

TlDates *tl_dates_new(const char *lang, GError **error);
void tl_dates_free(TlDates *d);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlDates, tl_dates_free)

/*
 * Find and resolve the timexes of text.  dct may be NULL (then inferred:
 * *inferred gets a new string with the inferred DCT when it is a full date
 * (YYYY-MM-DD), else NULL: a year inferred alone anchors the values but is
 * no DCT).  Returns a new
 * JSON array of timex objects as docs/DATES.md describes.
 */
json_t *tl_dates_annotate(TlDates *d, const char *text, size_t len, const char *dct,
                          const TlDOptions *opt, char **inferred);
/*
 * The same, appending the timexes to out as one serialized JSON array (the
 * bytes jansson would write for tl_dates_annotate's array, compact), for
 * tl_record_set_raw: no json_t is built.
 */
void tl_dates_annotate_raw(TlDates *d, const char *text, size_t len, const char *dct,
                           const TlDOptions *opt, GString *out, char **inferred);

#endif
