/*
 * The tokenizer's rarer scanners: URLs, apostrophes and single quotes
 * ('90s, '' for a double quote), emoji sequences, emoticons, and the Unicode
 * classes of non-ASCII characters.
 */
#include "tok-scan.h"

/* The CL_ class of a non-ASCII code point ((gunichar)-1: an invalid byte). */
int
tl_tok_uclass(gunichar u)
{
	if (u == (gunichar)-1)
		return CL_BAD;
	if (u == 0x2028 || u == 0x2029 || u == 0x85)
		return CL_NL;
	if (u == 0x2019 || u == 0x02BC)
		return CL_APOS;
	if (u == 0xA0 || u == 0x200B || u == 0xFEFF || u == 0x2060 || g_unichar_isspace(u) ||
	    g_unichar_type(u) == G_UNICODE_CONTROL)
		return CL_SPACE;
	switch (g_unichar_type(u)) {
	case G_UNICODE_UPPERCASE_LETTER:
	case G_UNICODE_TITLECASE_LETTER:
		return CL_UPPER;
	case G_UNICODE_LOWERCASE_LETTER:
		return CL_LOWER;
	case G_UNICODE_MODIFIER_LETTER:
	case G_UNICODE_OTHER_LETTER:
	case G_UNICODE_SPACING_MARK:
	case G_UNICODE_ENCLOSING_MARK:
	case G_UNICODE_NON_SPACING_MARK:
	case G_UNICODE_DECIMAL_NUMBER:
	case G_UNICODE_LETTER_NUMBER:
	case G_UNICODE_OTHER_NUMBER:
		return CL_LETTER;
	case G_UNICODE_MATH_SYMBOL:
	case G_UNICODE_CURRENCY_SYMBOL:
	case G_UNICODE_MODIFIER_SYMBOL:
	case G_UNICODE_OTHER_SYMBOL:
		return CL_SYM;
	default:
		return CL_OTHER;
	}
}

/* The end of a URL starting at p: the chunk, less trailing punctuation. */
size_t
tl_tok_url_end(const Tok *T, size_t p)
{
	size_t open = 0, close = 0, e = p;
	while (e < T->len) {
		int n, c = class_at(T->t, T->len, e, &n);
		if (c == CL_SPACE || c == CL_NL)
			break;
		e += (size_t)n;
	}
	for (size_t i = p; i < e; i++) {
		open += T->t[i] == '(';
		close += T->t[i] == ')';
	}
	while (e > p) {
		guchar c = T->t[e - 1];
		if (c == ')' && close > open) {
			close--;
			e--;
		} else if (strchr(".,;:!?'\"]}>", c) && c) {
			e--;
		} else if (c >= 0x80 && e - p >= 3 && T->t[e - 3] == 0xE2 && T->t[e - 2] == 0x80 &&
		           (c == 0x99 || c == 0x9D || c == 0xA6)) {
			e -= 3; /* ’ ” … */
		} else
			break;
	}
	return e;
}

/* TRUE if a URL starts at p with www. */
gboolean
tl_tok_www_start(const Tok *T, size_t p, size_t e)
{
	const guchar *t = T->t;
	return e - p >= 5 && (t[p] | 0x20) == 'w' && (t[p + 1] | 0x20) == 'w' &&
	       (t[p + 2] | 0x20) == 'w' && t[p + 3] == '.' && word_at(T, p + 4, e);
}

/* TRUE if the letters t[s..q) and the ':' at q start a URL: http:// mailto: */
gboolean
tl_tok_scheme_at(const Tok *T, size_t s, size_t q)
{
	const guchar *t = T->t;
	if (q + 3 < T->len && t[q + 1] == '/' && t[q + 2] == '/')
		return q - s <= 10;
	return q - s == 6 && g_ascii_strncasecmp((const char *)t + s, "mailto", 6) == 0 &&
	       q + 1 < T->len && t[q + 1] > ' ';
}

/* The first non-space byte at or after p, or 0. */
guchar
tl_tok_next_visible(const Tok *T, size_t p)
{
	while (p < T->len && (T->t[p] == ' ' || T->t[p] == '\t' || T->t[p] == '\n'))
		p++;
	return p < T->len ? T->t[p] : 0;
}

/* An apostrophe at the start of a token: '90s, or a quote. */
size_t
tl_tok_scan_apos(Tok *T, size_t p, size_t e, size_t chunk_start, int alen)
{
	const guchar *t = T->t;
	size_t q = p + (size_t)alen;
	int n2;
	/* '' and ‘’ written for a double quote */
	if (q < e && ((n2 = apos_at(T, q, e)) || (t[q] == 0xE2 && q + 2 < e && t[q + 1] == 0x80 &&
	                                          t[q + 2] == 0x98 && (n2 = 3)))) {
		emit(T, p, q + (size_t)n2, TL_TOK_PUNCT, 0);
		return q + (size_t)n2;
	}
	if (digit_at(T, q, e) && digit_at(T, q + 1, e)) {
		size_t r = q + 2;
		if (r < e && t[r] == 's')
			r++;
		if (!word_at(T, r, e)) {
			emit(T, p, r, TL_TOK_NUMBER, 0);
			return r;
		}
	}
	gboolean opens = word_at(T, q, e) && (p == chunk_start || strchr("([{\"", t[p - 1]));
	if (opens)
		T->squote = TRUE;
	else if (p > chunk_start)
		T->squote = FALSE;
	emit(T, p, q, TL_TOK_PUNCT, 0);
	return q;
}

/* Emoji and other symbols, with their modifiers, joiners and flag pairs. */
size_t
tl_tok_scan_symbol(Tok *T, size_t p, size_t e, gunichar u, int n)
{
	size_t q = p + (size_t)n;
	gboolean ri = u >= 0x1F1E6 && u <= 0x1F1FF;
	while (q < e) {
		int m;
		gunichar v = decode(T->t, T->len, q, &m);
		if ((v >= 0xFE00 && v <= 0xFE0F) || (v >= 0x1F3FB && v <= 0x1F3FF) || v == 0x20E3 ||
		    (v >= 0xE0020 && v <= 0xE007F)) {
			q += (size_t)m;
		} else if (v == 0x200D && q + (size_t)m < e) {
			int k;
			gunichar w = decode(T->t, T->len, q + (size_t)m, &k);
			if (tl_tok_uclass(w) != CL_SYM)
				break;
			q += (size_t)(m + k);
		} else if (ri && v >= 0x1F1E6 && v <= 0x1F1FF) {
			q += (size_t)m;
			ri = FALSE;
		} else
			break;
	}
	emit(T, p, q, TL_TOK_SYMBOL, 0);
	return q;
}

/* Length of the tl_tok_emoticon at p (: or ;), or 0: :) :-( ;) :D :P */
int
tl_tok_emoticon(const Tok *T, size_t p, size_t e)
{
	size_t q = p + 1;
	if (q < e && T->t[q] == '-')
		q++;
	if (q >= e || !strchr(")(DPp", T->t[q]) || word_at(T, q + 1, e))
		return 0;
	if (T->t[q] != ')' && T->t[q] != '(' && word_at(T, p - (p > 0), e) && p > 0)
		return 0;
	return (int)(q + 1 - p);
}
