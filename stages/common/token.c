/*
 * The tokenizer: UTF-8 text to tokens with byte offsets, following the
 * conventions of UD English EWT (see include/tl/token.h).  The text is cut at
 * white space into chunks; each chunk is scanned left to right, one token at a
 * time, looking ahead only a bounded distance past the token being built, so
 * the whole pass is linear whatever the text.  ASCII goes through a class
 * table; other code points through GLib's Unicode tables.  Word lists
 * (abbreviations, hyphen prefixes, contractions, units) come from
 * stages/common/data/tokenizer/ via tok-lexicon.c.
 */
#include <string.h>
#include "tl/token.h"
#include "tok-lexicon.h"

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

/* What may join two runs of letters or digits into one token (the first
 * bytes of ’ and ʼ included). */
static const guint8 connector[256] = {
	['.'] = 1, [','] = 1, [':'] = 1, ['/'] = 1, ['-'] = 1, ['@'] = 1, ['_'] = 1, ['&'] = 1,
	['\''] = 1, [0xE2] = 1, [0xCA] = 1,
};

/* The ASCII word characters, for the tight loop of scan_word (0: not one,
 * or not ASCII). */
enum { WF_DIGIT = 1, WF_LOWER = 2, WF_UPPER = 4, WF_ALPHA = 8 };
static const guint8 word_flags[256] = {
	['0' ... '9'] = WF_DIGIT,
	['a' ... 'z'] = WF_LOWER | WF_ALPHA,
	['A' ... 'Z'] = WF_UPPER | WF_ALPHA,
};

typedef struct {
	const guchar *t;
	size_t len;
	GArray *out;
	guint n;            /* tokens used in out (out->len may be larger) */
	guint8 pending;     /* white-space flags for the next token */
	gboolean squote;    /* a single quote is open: a final s' closes it */
} Tok;

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

static int
uclass(gunichar u)
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

/* Class of the character at p (< len), its length in *n. */
static inline int
class_at(const guchar *t, size_t len, size_t p, int *n)
{
	if (t[p] < 0x80) {
		*n = 1;
		return ascii_class[t[p]];
	}
	return uclass(decode(t, len, p, n));
}

static inline gboolean
word_at(const Tok *T, size_t p, size_t e)
{
	int n;
	return p < e && IS_WORDCL(class_at(T->t, T->len, p, &n));
}

static inline gboolean
digit_at(const Tok *T, size_t p, size_t e)
{
	return p < e && g_ascii_isdigit(T->t[p]);
}

/* TL_TOKF_CAP and TL_TOKF_ALLCAPS of t[s..e). */
static guint8
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

/* The case flags of a token from the WF_ bits of all its characters. */
static inline guint8
seen_case(const Tok *T, size_t s, guint8 seen)
{
	guint8 f = 0;
	if (T->t[s] >= 'A' && T->t[s] <= 'Z')
		f |= TL_TOKF_CAP;
	else if (T->t[s] >= 0x80)
		return case_flags(T, s, s + 1);
	if (seen & WF_UPPER && !(seen & WF_LOWER))
		f |= TL_TOKF_ALLCAPS;
	return f;
}

/* Append a token whose case flags are known already. */
static void
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

static void
emit(Tok *T, size_t s, size_t e, int kind, guint8 flags)
{
	if (T->n == T->out->len)
		g_array_set_size(T->out, T->out->len + MAX(256u, T->out->len / 2));
	TlToken *tk = &g_array_index(T->out, TlToken, T->n++);
	tk->start = (guint32)s;
	tk->end = (guint32)e;
	tk->kind = (guint8)kind;
	if (kind == TL_TOK_WORD)
		flags |= case_flags(T, s, e);
	tk->flags = flags | T->pending;
	T->pending = 0;
}

/* The end of a URL starting at p: the chunk, less trailing punctuation. */
static size_t
url_end(const Tok *T, size_t p)
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
static gboolean
www_start(const Tok *T, size_t p, size_t e)
{
	const guchar *t = T->t;
	return e - p >= 5 && (t[p] | 0x20) == 'w' && (t[p + 1] | 0x20) == 'w' &&
	       (t[p + 2] | 0x20) == 'w' && t[p + 3] == '.' && word_at(T, p + 4, e);
}

/* TRUE if the letters t[s..q) and the ':' at q start a URL: http:// mailto: */
static gboolean
scheme_at(const Tok *T, size_t s, size_t q)
{
	const guchar *t = T->t;
	if (q + 3 < T->len && t[q + 1] == '/' && t[q + 2] == '/')
		return q - s <= 10;
	return q - s == 6 && g_ascii_strncasecmp((const char *)t + s, "mailto", 6) == 0 &&
	       q + 1 < T->len && t[q + 1] > ' ';
}

/* Decide a hyphen between digit groups: phone numbers and ISO dates
 * (three groups or more, or 555-1234) stay whole, ranges (5-10) split.
 * Returns the end of the chain to keep, or 0 to split. */
static size_t
digit_chain(const Tok *T, size_t s, size_t e)
{
	size_t groups = 0, g1 = 0, g2 = 0, p = s;
	for (;;) {
		size_t q = p;
		while (q < e && g_ascii_isdigit(T->t[q]))
			q++;
		groups++;
		if (groups == 1)
			g1 = q - p;
		else if (groups == 2)
			g2 = q - p;
		p = q;
		if (!(p + 1 < e && T->t[p] == '-' && g_ascii_isdigit(T->t[p + 1])))
			break;
		p++;
	}
	if (word_at(T, p, e))
		return 0;
	/* 555-1234, and ZIP+4 codes 77042-2016 */
	return groups >= 3 || (groups == 2 && (g1 == 3 || g1 == 5) && g2 == 4) ? p : 0;
}

/* The first non-space byte at or after p, or 0. */
static guchar
next_visible(const Tok *T, size_t p)
{
	while (p < T->len && (T->t[p] == ' ' || T->t[p] == '\t' || T->t[p] == '\n'))
		p++;
	return p < T->len ? T->t[p] : 0;
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

/* Emit word [s, e) with its clitic split off if it ends in one: n't 's 'm
 * 'd 're 've 'll after the apostrophe at ap.  TRUE if it did. */
static gboolean
emit_clitic(Tok *T, size_t s, size_t e, size_t ap)
{
	const guchar *t = T->t;
	int alen = apos_at(T, ap, e);
	size_t k = ap + (size_t)alen, n = e - k;
	char suf[3] = {0};
	if (n == 0 || n > 2)
		return FALSE;
	for (size_t i = 0; i < n; i++)
		suf[i] = g_ascii_tolower(t[k + i]);
	size_t cut;
	if (n == 1 && suf[0] == 't' && ap >= s + 2 && (t[ap - 1] == 'n' || t[ap - 1] == 'N'))
		cut = ap - 1;
	else if ((n == 1 && strchr("smd", suf[0])) ||
	         (n == 2 && (!strcmp(suf, "re") || !strcmp(suf, "ve") || !strcmp(suf, "ll"))))
		cut = ap;
	else
		return FALSE;
	if (cut == s)
		return FALSE;
	emit(T, s, cut, TL_TOK_WORD, 0);
	emit(T, cut, e, TL_TOK_WORD, TL_TOKF_CLITIC);
	return TRUE;
}

/* Emit a number [s, e), splitting a unit written against it (35mm). */
static void
emit_number(Tok *T, size_t s, size_t e)
{
	size_t l = s;
	while (l < e && !g_ascii_isalpha(T->t[l]))
		l++;
	if (l < e && l > s && g_ascii_isdigit(T->t[l - 1])) {
		size_t m = l;
		while (m < e && g_ascii_isalpha(T->t[m]))
			m++;
		char suf[3] = {0};
		if (m - l <= 2)
			for (size_t i = l; i < m; i++)
				suf[i - l] = g_ascii_tolower(T->t[i]);
		gboolean keep = !strcmp(suf, "s") || !strcmp(suf, "th") || !strcmp(suf, "st") ||
		                !strcmp(suf, "nd") || !strcmp(suf, "rd");
		if (m == e && !keep && tl_tok_is_unit((const char *)T->t + l, m - l)) {
			emit(T, s, l, TL_TOK_NUMBER, 0);
			emit(T, l, e, TL_TOK_WORD, 0);
			return;
		}
	}
	emit(T, s, e, TL_TOK_NUMBER, 0);
}

/* Emit a plain word, splitting a contraction written without apostrophe. */
static void
emit_word(Tok *T, size_t s, size_t e, gboolean letters_only, guint8 cased)
{
	guint8 parts[6];
	if (letters_only && tl_tok_filter_maybe(&tl_tok_contract_filter, (const char *)T->t + s, e - s) &&
	    tl_tok_contraction((const char *)T->t + s, e - s, parts, sizeof parts)) {
		size_t p = s;
		for (int i = 0; parts[i]; i++) {
			emit(T, p, p + parts[i], TL_TOK_WORD, i ? TL_TOKF_CLITIC : 0);
			p += parts[i];
		}
		return;
	}
	emit_cased(T, s, e, TL_TOK_WORD, cased);
}

/* Scan the word, number, e-mail or URL at p (a word character); returns its end. */
static size_t
scan_word(Tok *T, size_t p, size_t e)
{
	const guchar *t = T->t;
	if ((t[p] | 0x20) == 'w' && www_start(T, p, e)) {
		size_t q = url_end(T, p);
		emit(T, p, q, TL_TOK_URL, 0);
		return q;
	}
	size_t s = p, q = p, ap = 0, chain = 0;
	gboolean numeric = g_ascii_isdigit(t[p]), has_at = FALSE, letters_only = TRUE;
	gboolean single_run = TRUE, dotted = FALSE;
	guint8 seen = 0; /* WF_ bits of every character of the token */
	for (;;) {
		size_t run = q;
		guint8 all = WF_DIGIT | WF_LOWER; /* bits every character of the run has */
		while (q < e) {
			guint8 f = word_flags[t[q]];
			if (f) {
				all &= f;
				seen |= f;
				q++;
				continue;
			}
			if (t[q] < 0x80)
				break;
			int n, c = class_at(t, T->len, q, &n);
			if (!IS_WORDCL(c))
				break;
			f = c == CL_UPPER ? WF_UPPER : c == CL_LOWER ? WF_LOWER : WF_ALPHA;
			all &= f;
			seen |= f;
			q += (size_t)n;
		}
		gboolean run_digits = all & WF_DIGIT, run_lower = all & WF_LOWER;
		letters_only &= !(seen & WF_DIGIT);
		numeric &= run_digits;
		if (q >= e || !connector[t[q]])
			break;
		guchar c = t[q];
		gboolean go = FALSE;
		int alen;
		if (c == '.' && word_at(T, q + 1, e)) {
			/* "end.The" is two sentences run together, "U.S" and "amazon.com" one token */
			go = !(q - run >= 3 && run_lower && q + 2 < e && g_ascii_isupper(t[q + 1]) &&
			       g_ascii_islower(t[q + 2]));
		} else if (c == ',') {
			go = numeric && q + 3 < e && g_ascii_isdigit(t[q + 1]) && g_ascii_isdigit(t[q + 2]) &&
			     g_ascii_isdigit(t[q + 3]) && !word_at(T, q + 4, e);
		} else if (c == ':' && single_run && letters_only && scheme_at(T, s, q)) {
			size_t u = url_end(T, s);
			emit(T, s, u, TL_TOK_URL, 0);
			return u;
		} else if (c == ':' || c == '/') {
			go = numeric && digit_at(T, q + 1, e);
			/* w/o, c/o, A/C */
			go |= c == '/' && q == s + 1 && g_ascii_isalpha(t[s]) && q + 1 < e &&
			      g_ascii_isalpha(t[q + 1]) && !word_at(T, q + 2, e);
		} else if (c == '-' && word_at(T, q + 1, e)) {
			if (chain > q)
				go = TRUE;
			else if (numeric && digit_at(T, q + 1, e) && (chain = digit_chain(T, s, e)) > q)
				go = TRUE;
			else
				go = single_run && letters_only &&
				     tl_tok_is_hyphen_prefix((const char *)t + s, q - s);
		} else if (c == '@' || c == '_') {
			go = word_at(T, q + 1, e);
			has_at |= c == '@' && go;
		} else if (c == '&') {
			go = q - run <= 3 && g_ascii_isupper(t[run]) && q + 1 < e && g_ascii_isupper(t[q + 1]);
			for (size_t i = run; go && i < q; i++)
				go = g_ascii_isupper(t[i]);
		} else if ((alen = apos_at(T, q, e)) && word_at(T, q + alen, e)) {
			go = TRUE;
			ap = q;
			q += (size_t)alen - 1;
		}
		if (!go)
			break;
		single_run = FALSE;
		dotted |= c == '.';
		letters_only &= c != '.' && c != '@' && c != '_' && c != '&';
		q++;
	}
	/* currencies written with a country: US$ C$ HK$ */
	if (q < e && t[q] == '$' && q - s <= 3 && numeric == FALSE) {
		gboolean caps = TRUE;
		for (size_t i = s; i < q; i++)
			caps &= g_ascii_isupper(t[i]);
		if (caps) {
			emit(T, s, q + 1, TL_TOK_SYMBOL, 0);
			return q + 1;
		}
	}
	if (has_at) {
		emit(T, s, q, TL_TOK_EMAIL, 0);
		return q;
	}
	if (g_ascii_isdigit(t[s])) {
		emit_number(T, s, q);
		return q;
	}
	/* an abbreviation keeps its full stop: U.S. Jan. e.g. J. (not at "etc..") */
	if (q < e && t[q] == '.' && !(q + 1 < e && t[q + 1] == '.') &&
	    (q - s == 1 || dotted || tl_tok_filter_maybe(&tl_tok_abbrev_filter, (const char *)t + s, q - s))) {
		TlAbbrev a = tl_token_abbrev((const char *)t + s, q - s);
		if (a == TL_ABBR_NUMBER && !g_ascii_isdigit(next_visible(T, q + 1)))
			a = TL_ABBR_NONE;
		if (a != TL_ABBR_NONE) {
			emit(T, s, q + 1, TL_TOK_WORD, 0);
			return q + 1;
		}
	}
	if (ap && emit_clitic(T, s, q, ap))
		return q;
	/* a plural possessive: the soldiers' (unless it closes a single quote) */
	int alen = q < e && connector[t[q]] ? apos_at(T, q, e) : 0;
	if (alen && !T->squote && (t[q - 1] == 's' || t[q - 1] == 'S') && q - s >= 2 &&
	    !word_at(T, q + alen, e)) {
		emit(T, s, q, TL_TOK_WORD, 0);
		emit(T, q, q + alen, TL_TOK_WORD, TL_TOKF_CLITIC);
		return q + alen;
	}
	emit_word(T, s, q, letters_only && !ap, seen_case(T, s, seen));
	return q;
}

/* An apostrophe at the start of a token: '90s, or a quote. */
static size_t
scan_apos(Tok *T, size_t p, size_t e, size_t chunk_start, int alen)
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
static size_t
scan_symbol(Tok *T, size_t p, size_t e, gunichar u, int n)
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
			if (uclass(w) != CL_SYM)
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

/* Length of the emoticon at p (: or ;), or 0: :) :-( ;) :D :P */
static int
emoticon(const Tok *T, size_t p, size_t e)
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

/*
 * Tokens of the chunk starting at s: up to the next white space, which is
 * found as the tokens are, not by a scan of its own.  Returns the chunk's end.
 * The scanners look past a token's end only at the next character or two, so
 * they take the text's end as their bound.
 */
static size_t
scan_chunk(Tok *T, size_t s)
{
	const guchar *t = T->t;
	size_t p = s, e = T->len;
	while (p < e) {
		int n;
		gunichar u = decode(t, T->len, p, &n);
		int c = u < 0x80 ? ascii_class[u] : uclass(u);
		if (c == CL_SPACE || c == CL_NL)
			break;
		if (IS_WORDCL(c)) {
			p = scan_word(T, p, e);
		} else if (c == CL_APOS) {
			p = scan_apos(T, p, e, s, n);
		} else if (u == '.' && digit_at(T, p + 1, e) && (p == s || !word_at(T, p - 1, e))) {
			size_t q = p + 1; /* .04 */
			while (q < e && g_ascii_isdigit(t[q]))
				q++;
			emit(T, p, q, TL_TOK_NUMBER, 0);
			p = q;
		} else if (u == '+' && digit_at(T, p + 1, e) && (p == s || t[p - 1] == '(')) {
			guint first = T->n; /* +44: a phone number's country code */
			size_t q = scan_word(T, p + 1, e);
			g_array_index(T->out, TlToken, first).start = (guint32)p;
			p = q;
		} else if ((u == ':' || u == ';') && emoticon(T, p, e) > 0) {
			size_t q = p + (size_t)emoticon(T, p, e);
			emit(T, p, q, TL_TOK_SYMBOL, 0);
			p = q;
		} else if (u == '.' || u == '!' || u == '?') {
			size_t q = p + 1;
			while (q < e && (t[q] == '.' || t[q] == '!' || t[q] == '?'))
				q++;
			emit(T, p, q, TL_TOK_PUNCT, 0);
			p = q;
		} else if (u < 0x80 && strchr("-<>*=_~#`", (int)u)) {
			size_t q = p + 1;
			while (q < e && t[q] == u)
				q++;
			emit(T, p, q, c == CL_SYM ? TL_TOK_SYMBOL : TL_TOK_PUNCT, 0);
			p = q;
		} else if (u == 0x2026) { /* … */
			size_t q = p + 3;
			while (q + 3 <= e && memcmp(t + q, "\xE2\x80\xA6", 3) == 0)
				q += 3;
			emit(T, p, q, TL_TOK_PUNCT, 0);
			p = q;
		} else if (c == CL_SYM && u >= 0x80) {
			p = scan_symbol(T, p, e, u, n);
		} else {
			if (u == 0x2018) {
				int n2 = apos_at(T, p + 3, e);
				if (!n2 && p + 6 <= e && memcmp(t + p + 3, "\xE2\x80\x98", 3) == 0)
					n2 = 3;
				if (n2) { /* ‘’ ‘‘ */
					emit(T, p, p + 3 + (size_t)n2, TL_TOK_PUNCT, 0);
					p += 3 + (size_t)n2;
					continue;
				}
				T->squote = TRUE;
			}
			emit(T, p, p + (size_t)n, c == CL_SYM || c == CL_BAD ? TL_TOK_SYMBOL : TL_TOK_PUNCT, 0);
			p += (size_t)n;
		}
	}
	return p;
}

void
tl_tokenize(const char *text, size_t len, GArray *tokens)
{
	Tok T = {(const guchar *)text, len, tokens, tokens->len, 0, FALSE};
	const guchar *t = T.t;
	tl_tok_lexicon_ensure();
	size_t p = 0;
	int newlines = 0;
	while (p < len) {
		/* white space */
		if (t[p] <= ' ') {
			if (t[p] == '\n')
				newlines++;
			T.pending |= TL_TOKF_SPACE_BEFORE;
			p++;
			continue;
		}
		int n = 1, c = t[p] < 0x80 ? ascii_class[t[p]] : class_at(t, len, p, &n);
		if (c == CL_SPACE || c == CL_NL) {
			newlines += c == CL_NL;
			T.pending |= TL_TOKF_SPACE_BEFORE;
			p += (size_t)n;
			continue;
		}
		if (newlines)
			T.pending |= TL_TOKF_NEWLINE_BEFORE;
		if (newlines >= 2) {
			T.pending |= TL_TOKF_PARA_BEFORE;
			T.squote = FALSE;
		}
		newlines = 0;
		p = scan_chunk(&T, p);
	}
	g_array_set_size(tokens, T.n);
}
