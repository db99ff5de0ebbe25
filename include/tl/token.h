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
};

typedef struct {
	guint32 start, end; /* byte offsets, end exclusive */
	guint8 kind;        /* TlTokenKind */
	guint8 flags;       /* TL_TOKF_* */
} TlToken;

typedef struct {
	guint32 start, end; /* byte offsets, end exclusive */
} TlSpan;

/* Append the tokens of text[0..len) to tokens (a GArray of TlToken). */
void tl_tokenize(const char *text, size_t len, GArray *tokens);

/*
 * Append the sentences of text to spans (a GArray of TlSpan), given its tokens
 * from tl_tokenize.  Each sentence runs from its first token's start to its
 * last token's end.  Handles abbreviations, initials, decimals, quotations,
 * ellipses, and headlines or list items with no full stop (a line break
 * before a capitalised line ends a sentence when the line has no final stop).
 */
void tl_split_sentences(const char *text, size_t len, const TlToken *tokens, size_t n_tokens,
                        GArray *spans);

/*
 * Append the paragraphs of text to spans: runs of text separated by a blank
 * line (or, where the text has no blank lines, by line breaks before
 * indented or capitalised lines), trimmed of surrounding white space.
 */
void tl_split_paragraphs(const char *text, size_t len, GArray *spans);

#endif
