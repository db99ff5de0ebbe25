/*
 * The tokenizer's scanning state and character helpers, shared by token.c
 * (words, numbers, the main loop) and tok-special.c (URLs, quotes, emoji,
 * emoticons).  Kit-internal.
 */
#ifndef TL_TOK_SCAN_H
#define TL_TOK_SCAN_H

#include <string.h>
#include "tl/token.h"

enum {
	CL_OTHER, /* punctuation: one token each */
	CL_SPACE,
	CL_NL,
	CL_UPPER,
	CL_LOWER,
	CL_LETTER, /* letters without case, marks, non-ASCII digits */
	CL_DIGIT,  /* ASCII digits only: the number rules are ASCII */
	CL_APOS,   /* ' U+2019 U+02BC */
	CL_SYM,    /* symbols: $ % & + = @ # ^ | ~ ` < > and emoji */
	CL_BAD,    /* an invalid UTF-8 byte */
};

static const guint8 ascii_class[128] = {
	[0 ... 9] = CL_SPACE,
	[11 ... 31] = CL_SPACE,
	['\n'] = CL_NL,
	[' '] = CL_SPACE,
	['0' ... '9'] = CL_DIGIT,
	['A' ... 'Z'] = CL_UPPER,
	['a' ... 'z'] = CL_LOWER,
	['\''] = CL_APOS,
	['$'] = CL_SYM, ['%'] = CL_SYM, ['&'] = CL_SYM, ['+'] = CL_SYM, ['='] = CL_SYM,
	['@'] = CL_SYM, ['#'] = CL_SYM, ['^'] = CL_SYM, ['|'] = CL_SYM, ['~'] = CL_SYM,
	['`'] = CL_SYM, ['<'] = CL_SYM, ['>'] = CL_SYM,
	[127] = CL_SPACE,
};

#define IS_WORDCL(c) ((c) >= CL_UPPER && (c) <= CL_DIGIT)

typedef struct {
	const guchar *t;
	size_t len;
	GArray *out;
	guint n;            /* tokens used in out (out->len may be larger) */
	guint8 pending;     /* white-space flags for the next token */
	gboolean squote;    /* a single quote is open: a final s' closes it */
} Tok;

/* In tok-special.c. */
int tl_tok_uclass(gunichar u);
size_t tl_tok_url_end(const Tok *T, size_t p);
gboolean tl_tok_www_start(const Tok *T, size_t p, size_t e);
gboolean tl_tok_scheme_at(const Tok *T, size_t s, size_t q);
guchar tl_tok_next_visible(const Tok *T, size_t p);
size_t tl_tok_scan_apos(Tok *T, size_t p, size_t e, size_t chunk_start, int alen);
size_t tl_tok_scan_symbol(Tok *T, size_t p, size_t e, gunichar u, int n);
int tl_tok_emoticon(const Tok *T, size_t p, size_t e);

/* Decode the code point at t[p] (p < len); *n gets its length.  Invalid
 * bytes come back as (gunichar)-1 with length 1. */
static inline gunichar
decode(const guchar *t, size_t len, size_t p, int *n)
{
	guchar c = t[p];
	if (c < 0x80) {
		*n = 1;
		return c;
	}
	int k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
	if (k == 0 || c > 0xF4 || p + (size_t)k > len) {
		*n = 1;
		return (gunichar)-1;
	}
	gunichar u = c & (0x7F >> k);
	for (int i = 1; i < k; i++) {
		if ((t[p + i] & 0xC0) != 0x80) {
			*n = 1;
			return (gunichar)-1;
		}
		u = (u << 6) | (t[p + i] & 0x3F);
	}
	if ((k == 3 && (u < 0x800 || (u >= 0xD800 && u < 0xE000))) || (k == 4 && (u < 0x10000 || u > 0x10FFFF))) {
		*n = 1;
		return (gunichar)-1;
	}
	*n = k;
	return u;
}

/* Class of the character at p (< len), its length in *n. */
static inline int
class_at(const guchar *t, size_t len, size_t p, int *n)
{
	if (t[p] < 0x80) {
		*n = 1;
		return ascii_class[t[p]];
	}
	return tl_tok_uclass(decode(t, len, p, n));
}

/* Is there a letter or digit at p (< e)? */
static inline gboolean
word_at(const Tok *T, size_t p, size_t e)
{
	int n;
	return p < e && IS_WORDCL(class_at(T->t, T->len, p, &n));
}

/* Is there an ASCII digit at p (< e)? */
static inline gboolean
digit_at(const Tok *T, size_t p, size_t e)
{
	return p < e && g_ascii_isdigit(T->t[p]);
}

/* Length of the apostrophe at p, or 0. */
static inline int
apos_at(const Tok *T, size_t p, size_t e)
{
	if (p >= e)
		return 0;
	if (T->t[p] == '\'')
		return 1;
	int n;
	return T->t[p] >= 0x80 && class_at(T->t, T->len, p, &n) == CL_APOS ? n : 0;
}

/* TL_TOKF_CAP and TL_TOKF_ALLCAPS of t[s..e). */
static inline guint8
case_flags(const Tok *T, size_t s, size_t e)
{
	gboolean upper = FALSE, lower = FALSE;
	guint8 f = 0;
	size_t p = s;
	for (; p < e && T->t[p] < 0x80; p++) {
		guchar c = T->t[p];
		if (c >= 'a' && c <= 'z')
			return f; /* has a lower-case letter: not all caps */
		if (c >= 'A' && c <= 'Z') {
			if (p == s)
				f |= TL_TOKF_CAP;
			upper = TRUE;
		}
	}
	while (p < e) {
		int n, c = class_at(T->t, T->len, p, &n);
		if (c == CL_UPPER) {
			upper = TRUE;
			if (p == s)
				f |= TL_TOKF_CAP;
		} else if (c == CL_LOWER) {
			lower = TRUE;
			break;
		}
		p += (size_t)n;
	}
	if (upper && !lower)
		f |= TL_TOKF_ALLCAPS;
	return f;
}

/* Append a token whose case flags are known already. */
static inline void
emit_cased(Tok *T, size_t s, size_t e, int kind, guint8 flags)
{
	if (T->n == T->out->len)
		g_array_set_size(T->out, T->out->len + MAX(256u, T->out->len / 2));
	TlToken *tk = &g_array_index(T->out, TlToken, T->n++);
	tk->start = (guint32)s;
	tk->end = (guint32)e;
	tk->kind = (guint8)kind;
	tk->flags = flags | T->pending;
	T->pending = 0;
}

/* Append a token; a word's case flags are worked out here. */
static inline void
emit(Tok *T, size_t s, size_t e, int kind, guint8 flags)
{
	if (kind == TL_TOK_WORD)
		flags |= case_flags(T, s, e);
	emit_cased(T, s, e, kind, flags);
}

#endif
