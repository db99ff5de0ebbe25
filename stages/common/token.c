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
#include "tok-lexicon.h"
#include "tok-scan.h"

/* What may join two runs of letters or digits into one token (the first
 * bytes of ’ and ʼ included). */
static const guint8 connector[256] = {
	['.'] = 1, [','] = 1, [':'] = 1, ['/'] = 1, ['-'] = 1, ['@'] = 1, ['_'] = 1, ['&'] = 1,
	['\''] = 1, [0xE2] = 1, [0xCA] = 1,
};

/*
 * The ASCII word characters, for the tight loop of scan_run (0: not one, or
 * not ASCII).  The bits say what a run has, so ORing them over a run tells
 * whether it is all digits (no WF_NONDIGIT) or all lower case (no
 * WF_NONLOWER).
 */
enum {
	WF_DIGIT = 1,
	WF_LOWER = 2,
	WF_UPPER = 4,
	WF_ALPHA = 8,
	WF_NONDIGIT = 16,
	WF_NONLOWER = 32,
};
#define WF_LOWERCASE (WF_LOWER | WF_ALPHA | WF_NONDIGIT)

static const guint8 word_flags[256] = {
	['0' ... '9'] = WF_DIGIT | WF_NONLOWER,
	['a' ... 'z'] = WF_LOWERCASE,
	['A' ... 'Z'] = WF_UPPER | WF_ALPHA | WF_NONDIGIT | WF_NONLOWER,
};

/*
 * The end of the run of ASCII letters and digits at q; *acc gets the OR of
 * their WF_ bits.  Lower-case letters, most of news text, go eight at a time.
 */
static inline size_t
scan_run(const guchar *t, size_t q, size_t e, guint8 *acc)
{
	const guint64 H = 0x8080808080808080ULL, ONES = 0x0101010101010101ULL;
	guint8 a = 0;
	for (;;) {
		while (q + 8 <= e) {
			guint64 w;
			memcpy(&w, t + q, 8);
			/* high bit set in each byte that is not 'a'..'z' */
			guint64 bad = (~((w | H) - ONES * 'a') & H) | (((w & ~H) + ONES * (0x7F - 'z')) & H) | (w & H);
			if (bad == 0) {
				q += 8;
				a |= WF_LOWERCASE;
				continue;
			}
			int k = __builtin_ctzll(bad) >> 3;
			if (k) {
				q += (size_t)k;
				a |= WF_LOWERCASE;
			}
			break;
		}
		guint8 f = q < e ? word_flags[t[q]] : 0;
		if (!f)
			break;
		a |= f;
		q++;
	}
	*acc = a;
	return q;
}

/* The case flags of a token from the WF_ bits of all its characters. */
static inline guint8
seen_case(const Tok *T, size_t s, guint8 seen)
{
	guint8 f = 0;
	int n;
	if ((T->t[s] >= 'A' && T->t[s] <= 'Z') ||
	    (T->t[s] >= 0x80 && class_at(T->t, T->len, s, &n) == CL_UPPER))
		f |= TL_TOKF_CAP;
	if (seen & WF_UPPER && !(seen & WF_LOWER))
		f |= TL_TOKF_ALLCAPS;
	return f;
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
	/* (what follows the chain does not matter: a decision that looked past
	 * it could be taken again at every group, which is quadratic) */
	/* 555-1234, and ZIP+4 codes 77042-2016 */
	return groups >= 3 || (groups == 2 && (g1 == 3 || g1 == 5) && g2 == 4) ? p : 0;
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
scan_word_full(Tok *T, size_t p, size_t e)
{
	const guchar *t = T->t;
	if ((t[p] | 0x20) == 'w' && tl_tok_www_start(T, p, e)) {
		size_t q = tl_tok_url_end(T, p);
		emit(T, p, q, TL_TOK_URL, 0);
		return q;
	}
	size_t s = p, q = p, ap = 0, chain = 0;
	gboolean numeric = g_ascii_isdigit(t[p]), has_at = FALSE, letters_only = TRUE;
	gboolean single_run = TRUE, dotted = FALSE;
	guint8 seen = 0; /* WF_ bits of every character of the token */
	for (;;) {
		size_t run = q;
		guint8 acc = 0, f;
		for (;;) {
			q = scan_run(t, q, e, &f);
			acc |= f;
			if (q >= e || t[q] < 0x80)
				break;
			int n, c = class_at(t, T->len, q, &n);
			if (!IS_WORDCL(c))
				break;
			acc |= c == CL_UPPER   ? WF_UPPER | WF_ALPHA | WF_NONDIGIT | WF_NONLOWER
			       : c == CL_LOWER ? WF_LOWERCASE
			                       : WF_ALPHA | WF_NONDIGIT | WF_NONLOWER;
			q += (size_t)n;
		}
		seen |= acc;
		gboolean run_digits = !(acc & WF_NONDIGIT), run_lower = !(acc & WF_NONLOWER);
		letters_only &= !(seen & WF_DIGIT);
		numeric &= run_digits;
		if (q >= e || !connector[t[q]])
			break;
		guchar c = t[q];
		gboolean go = FALSE;
		int alen;
		if (c == '.' && q + 4 < e && t[q + 1] == '.' && t[q + 2] == '.' && t[q + 3] == '@' &&
		    word_at(T, q + 4, e)) {
			go = has_at = TRUE; /* an address masked by a web archive: franz...@gmail.com */
			q += 3;
		} else if (c == '.' && word_at(T, q + 1, e)) {
			/* "end.The" is two sentences run together, "U.S" and "amazon.com" one token */
			go = !(q - run >= 3 && run_lower && q + 2 < e && g_ascii_isupper(t[q + 1]) &&
			       g_ascii_islower(t[q + 2]));
		} else if (c == ',') {
			go = numeric && q + 3 < e && g_ascii_isdigit(t[q + 1]) && g_ascii_isdigit(t[q + 2]) &&
			     g_ascii_isdigit(t[q + 3]) && !word_at(T, q + 4, e);
		} else if (c == ':' && single_run && letters_only && tl_tok_scheme_at(T, s, q)) {
			size_t u = tl_tok_url_end(T, s);
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
	if (q < e && t[q] == '.' && !(q + 2 < e && t[q + 1] == '.' && t[q + 2] == '.') &&
	    (q - s == 1 || dotted || tl_tok_filter_maybe(&tl_tok_abbrev_filter, (const char *)t + s, q - s))) {
		TlAbbrev a = tl_token_abbrev((const char *)t + s, q - s);
		if (a == TL_ABBR_NUMBER && !g_ascii_isdigit(tl_tok_next_visible(T, q + 1)))
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

/*
 * scan_word_full for the common case first: one run of ASCII letters, or of
 * digits, ended by white space or by punctuation that cannot continue it.
 */
static size_t
scan_word(Tok *T, size_t p, size_t e)
{
	const guchar *t = T->t;
	guint8 acc;
	size_t q = scan_run(t, p, e, &acc);
	guchar c = q < e ? t[q] : ' ';
	if (q > p && c < 0x80 && !connector[c] && c != '$') {
		if (!(acc & WF_NONDIGIT)) {
			emit_cased(T, p, q, TL_TOK_NUMBER, 0);
			return q;
		}
		if (!(acc & WF_DIGIT) &&
		    !tl_tok_filter_maybe(&tl_tok_contract_filter, (const char *)t + p, q - p)) {
			emit_cased(T, p, q, TL_TOK_WORD, seen_case(T, p, acc));
			return q;
		}
	}
	return scan_word_full(T, p, e);
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
		int c = u < 0x80 ? ascii_class[u] : tl_tok_uclass(u);
		if (c == CL_SPACE || c == CL_NL)
			break;
		if (IS_WORDCL(c)) {
			p = scan_word(T, p, e);
		} else if (c == CL_APOS) {
			p = tl_tok_scan_apos(T, p, e, s, n);
		} else if (u == '.' && digit_at(T, p + 1, e) && (p == s || !word_at(T, p - 1, e))) {
			size_t q = p + 1; /* .04 */
			while (q < e && g_ascii_isdigit(t[q]))
				q++;
			emit(T, p, q, TL_TOK_NUMBER, 0);
			p = q;
		} else if ((u == '#' || u == '@') && p + 1 < e && g_ascii_isalpha(t[p + 1]) &&
		           (p == s || !word_at(T, p - 1, e))) {
			guint first = T->n; /* a hashtag or a handle: #MeToo @user */
			size_t q = scan_word(T, p + 1, e);
			TlToken *tk = &g_array_index(T->out, TlToken, first);
			tk->start = (guint32)p;
			tk->flags &= (guint8)~(TL_TOKF_CAP | TL_TOKF_ALLCAPS);
			p = q;
		} else if (u == '+' && digit_at(T, p + 1, e) && (p == s || t[p - 1] == '(')) {
			guint first = T->n; /* +44: a phone number's country code */
			size_t q = scan_word(T, p + 1, e);
			g_array_index(T->out, TlToken, first).start = (guint32)p;
			p = q;
		} else if ((u == ':' || u == ';') && tl_tok_emoticon(T, p, e) > 0) {
			size_t q = p + (size_t)tl_tok_emoticon(T, p, e);
			emit(T, p, q, TL_TOK_SYMBOL, 0);
			p = q;
		} else if (u == '.' || u == '!' || u == '?') {
			/* one token for "...", "?!", ".?"; but "...?" is an ellipsis, then "?" */
			size_t q = p + 1;
			if (u == '.' && q + 1 < e && t[q] == '.' && t[q + 1] == '.')
				while (q < e && t[q] == '.')
					q++;
			else
				while (q < e && (t[q] == '.' || t[q] == '!' || t[q] == '?'))
					q++;
			emit(T, p, q, TL_TOK_PUNCT, 0);
			p = q;
		} else if (u < 0x80 && strchr("-<>*=_~#`$+|\\/^", (int)u)) {
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
			p = tl_tok_scan_symbol(T, p, e, u, n);
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
	if (len > G_MAXUINT32)
		len = G_MAXUINT32; /* offsets are 32-bit: the rest of a 4 GiB text is not read */
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
