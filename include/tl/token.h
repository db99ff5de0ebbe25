/*
 * Tokens, sentences and paragraphs, as UTF-8 byte offsets into a text.
 *
 * The tokenizer follows Universal Dependencies English conventions: clitics
 * ('s n't 're 'll 've 'd 'm) split off, punctuation split, abbreviations such
 * as U.S., Jan., a.m. kept whole, numbers such as 3.5, 1,000, 3:30 kept whole.
 * It runs in one pass, in time linear in the text.
 */
#ifndef TL_TOKEN_H
#define TL_TOKEN_H

#include <glib.h>

typedef enum {
	TL_TOK_WORD,   /* letters, maybe with digits, hyphens, apostrophes, dots */
	TL_TOK_NUMBER, /* 3, 3.5, 1,000, 3:30, 2024-04-26, 4/26/2024, 1990s */
	TL_TOK_PUNCT,  /* . , ; : ! ? quotes brackets dashes ... */
	TL_TOK_SYMBOL, /* $ % & + = @ # emoji and other symbols */
	TL_TOK_URL,    /* http://..., www.example.com */
	TL_TOK_EMAIL,
} TlTokenKind;

/* Flags on a token. */
enum {
	TL_TOKF_SPACE_BEFORE = 1 << 0, /* white space precedes it */
	TL_TOKF_NEWLINE_BEFORE = 1 << 1, /* a line break precedes it */
	TL_TOKF_PARA_BEFORE = 1 << 2,  /* a blank line precedes it */
	TL_TOKF_CAP = 1 << 3,          /* starts with an upper-case letter */
	TL_TOKF_ALLCAPS = 1 << 4,      /* has letters, all upper case */
	/*
	 * Split off the end of the preceding token with nothing between them:
	 * n't 's 're 'll 've 'd 'm, the ' of a plural possessive, "not" of
	 * cannot, "na" of gonna.  The token and the ones before it back to the
	 * first without this flag spell one surface token (a UD multiword token).
	 */
	TL_TOKF_CLITIC = 1 << 5,
};

typedef struct {
	guint32 start, end; /* byte offsets, end exclusive */
	guint8 kind;        /* TlTokenKind */
	guint8 flags;       /* TL_TOKF_* */
} TlToken;

typedef struct {
	guint32 start, end; /* byte offsets, end exclusive */
} TlSpan;

/*
 * Append the tokens of text[0..len) to tokens (a GArray of TlToken).  text is
 * UTF-8 (an invalid byte becomes a one-byte symbol token) and need not be
 * NUL-terminated.  One pass, no allocation besides the array's growth, time
 * linear in len whatever the text (no spaces at all included).  Offsets are
 * 32-bit, so only the first 4 GiB of a longer text are read.  Loads the
 * tokenizer's data on first use (see tl_token_init).
 */
void tl_tokenize(const char *text, size_t len, GArray *tokens);

/*
 * Append the sentences of text to spans (a GArray of TlSpan), given its tokens
 * from tl_tokenize.  Each sentence runs from its first token's start to its
 * last token's end; sentences never cross a paragraph (tl_split_paragraphs).
 * Handles abbreviations (Mr. U.S. Inc.: "in the U.S. The next day" ends a
 * sentence, "the U.S. Senate" does not), initials, decimals, quotations and
 * brackets closing a sentence (." ?” .)), ellipses, emoticons, list items,
 * and headlines with no full stop (a line break after a line with no final
 * stop ends a sentence when the next line starts like one, except inside a
 * hard-wrapped paragraph).  Linear in the number of tokens.
 */
void tl_split_sentences(const char *text, size_t len, const TlToken *tokens, size_t n_tokens,
                        GArray *spans);

/*
 * Append the paragraphs of text to spans, trimmed of surrounding white space.
 * Blank lines always separate paragraphs.  A hard-wrapped text (most lines
 * close to one width, as Reuters or e-mail) starts a paragraph at an indented
 * line, or after a short line that ends a sentence; in a text with no blank
 * lines that is not wrapped (one paragraph a line), every line break is a
 * paragraph break except before a line that starts in lower case.
 */
void tl_split_paragraphs(const char *text, size_t len, GArray *spans);

/*
 * The tokenizer's data, in stages/common/data/tokenizer/ (abbreviations,
 * sentence starters, hyphen prefixes, contractions, units).  tl_token_init
 * loads it once (thread-safe); tl_tokenize calls it itself, but a program
 * that wants to report a broken data file calls it first: FALSE with error
 * (TL_ERROR_MODEL) if a file is missing or has a bad line, and the tokenizer
 * then runs without that file's entries.
 */
gboolean tl_token_init(GError **error);

typedef enum {
	TL_ABBR_NONE,   /* not an abbreviation */
	TL_ABBR_PLAIN,  /* Inc. etc. U.S. a.m. Jan.: may end a sentence */
	TL_ABBR_TITLE,  /* Mr. Dr. Gen.: never ends a sentence */
	TL_ABBR_NUMBER, /* No. Vol.: an abbreviation only before a number */
	TL_ABBR_INITIAL, /* a single letter: J. Smith */
	TL_ABBR_CLOCK   /* a.m. p.m.: a capitalised word after it starts a sentence
	                 * unless it goes on with the time (Monday, EST, Moscow time) */
} TlAbbrev;

/*
 * The abbreviation class of word[0..len), given without its final stop
 * ("Mr", "U.S", "J").  Dotted forms of one-to-three-letter parts are
 * TL_ABBR_PLAIN unless listed otherwise.
 */
TlAbbrev tl_token_abbrev(const char *word, size_t len);

/* TRUE if word[0..len) (any case) typically starts a sentence: The, He, But. */
gboolean tl_token_is_starter(const char *word, size_t len);

/* TRUE if word[0..len) (any case) can go on with a clock time after its
 * a.m. or p.m.: a weekday, a month, a time zone (clock-followers.txt). */
gboolean tl_token_follows_clock(const char *word, size_t len);

/* TRUE if word[0..len) is a name after an elided particle: one to four
 * letters, an apostrophe (' or ’), a capital and a small letter
 * ("d'Estaing", "L'Oréal", "Dell'Utri", "O'Brien").  No English word has
 * that shape: "don't" and "ma'am" have no capital after the apostrophe,
 * "DON'T" no small letter. */
gboolean tl_token_elided_name(const char *word, size_t len);

#endif
