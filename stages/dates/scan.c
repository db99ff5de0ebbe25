/*
 * One pass over the text: tokens (words, numbers, punctuation) with their
 * lexicon senses looked up once, and sentence numbers.  Numbers keep their
 * inner separators ("2024-04-26", "4/26/2024", "10:35", "1,000", "3-2") so the
 * grammar can tell a date from a score; hyphens between words are tokens of
 * their own ("three - day").  The kit's tokenizer (tl_tokenize) can replace
 * this one once it lands; this one stays because the grammar wants exactly
 * these number shapes and it costs one linear pass.
 */
#include <stddef.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include "dates.h"

static inline gboolean
is_alpha(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static inline gboolean
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* Bytes >= 0x80 count as letters, except the punctuation of U+2000-U+206F
 * (dashes, quotes, ellipsis) and the no-break space. */
static inline gboolean
is_uletter(const unsigned char *p, const unsigned char *end)
{
	if (*p < 0x80)
		return is_alpha(*p);
	if (*p == 0xE2 && p + 1 < end && p[1] == 0x80)
		return FALSE;
	if (*p == 0xC2 && p + 1 < end && (p[1] == 0xA0 || p[1] == 0xAB || p[1] == 0xBB))
		return FALSE;
	return *p >= 0xC0 || (*p >= 0x80 && *p < 0xC0);
}

/* Length of an apostrophe at p (' or U+2019), else 0. */
static inline int
apos_len(const unsigned char *p, const unsigned char *end)
{
	if (*p == '\'')
		return 1;
	if (p + 2 < end && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99)
		return 3;
	return 0;
}

/* Fill t->low (all zero before) from the text and return its hash. */
static guint32
set_low(TlDTok *t, const char *text)
{
	guint32 n = 0;
	for (guint32 i = t->start; i < t->end && n < sizeof t->low - 1; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c == 0xE2 && i + 2 < t->end && text[i + 1] == (char)0x80 &&
		    text[i + 2] == (char)0x99) {
			t->low[n++] = '\'';
			i += 2;
			continue;
		}
		t->low[n++] = (char)((c >= 'A' && c <= 'Z') ? c | 0x20 : c);
	}
	t->lowlen = (guint8)n;
	return tl_dlex_hash_key(t->low);
}

static gboolean
all_caps(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] >= 'a' && s[i] <= 'z')
			return FALSE;
	return TRUE;
}

static const unsigned char *
scan_word(const unsigned char *p, const unsigned char *end)
{
	gboolean dotted = FALSE;
	while (p < end) {
		if (is_uletter(p, end) || is_digit(*p)) {
			p++;
			continue;
		}
		int a = apos_len(p, end);
		if (a && p + a < end && is_alpha(p[a]) &&
		    !((p[a] | 0x20) == 's' && (p + a + 1 >= end || !is_alpha(p[a + 1])))) {
			p += a;
			continue;
		}
		if (*p == '.' && p + 1 < end && is_alpha(p[1]) && (p + 2 >= end || !is_alpha(p[2]) || p[2] == '.')) {
			dotted = TRUE;
			p++;
			continue;
		}
		break;
	}
	if (dotted && p < end && *p == '.')
		p++;
	return p;
}

static const unsigned char *
scan_number(const unsigned char *p, const unsigned char *end, TlDTok *t)
{
	const unsigned char *s = p;
	gboolean plain = TRUE;
	while (p < end) {
		if (is_digit(*p)) {
			p++;
			continue;
		}
		if ((*p == ',' || *p == '.' || *p == ':' || *p == '/' || *p == '-') && p + 1 < end &&
		    is_digit(p[1])) {
			plain = FALSE;
			p++;
			continue;
		}
		break;
	}
	t->num = -1;
	t->ndigits = 0;
	if (plain && p - s <= 12) {
		gint64 v = 0;
		for (const unsigned char *q = s; q < p; q++)
			v = v * 10 + (*q - '0');
		t->num = v;
		t->ndigits = (guint8)(p - s);
	}
	/* suffixes: 1990s, 26th, 1st, 2nd, 3rd */
	const unsigned char *q = p;
	while (q < end && is_alpha(*q))
		q++;
	size_t n = (size_t)(q - p);
	/* 1990s, 80s, 1800s: a decade or century ends in 0 ("49s" is 49
	 * seconds: the letter is a word of its own) */
	if (n == 1 && (*p | 0x20) == 's' && p[-1] == '0') {
		t->sfx = 's';
		return q;
	}
	if (n == 2) {
		char a = (char)(p[0] | 0x20), b = (char)(p[1] | 0x20);
		if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
		    (a == 't' && b == 'h')) {
			t->sfx = 'o';
			return q;
		}
	}
	return p;
}

static gboolean
is_abbrev_word(const TlDTok *t)
{
	static const char *const titles[] = {"mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep",
	                                     "gov", "lt", "col", "jr", "sr", "inc", "corp", "co",
	                                     "ltd", "no", "vs", "prof", "capt", "sgt", "ft", "mt"};
	if (t->kind != T_WORD)
		return FALSE;
	if (t->end - t->start == 1 && (t->flags & TF_CAP))
		return TRUE;
	/* (low is its word, then zero bytes: five bytes compare a title) */
	for (size_t i = 0; t->lowlen <= 4 && i < G_N_ELEMENTS(titles); i++)
		if (t->low[0] == titles[i][0] && memcmp(t->low, titles[i], strlen(titles[i]) + 1) == 0)
			return TRUE;
	if (t->senses)
		for (guint i = 0; i < t->senses->len; i++) {
			const TlDSense *s = g_ptr_array_index(t->senses, i);
			if (s->flags & LF_ABBR)
				return TRUE;
		}
	return FALSE;
}

/* Does token i, after an "a.m." or "p.m." that keeps its stop, go on with
 * the time: a weekday, a month or a zone ("7 a.m. Monday", "3 p.m. EST"), or
 * a place of up to three words whose time it is ("6 p.m. Moscow time", "5
 * p.m. New York City time")? */
static gboolean
goes_on_clock(const char *text, const TlDTok *tk, guint n, guint i)
{
	const guint64 on = 1ull << L_WEEKDAY | 1ull << L_MONTH | 1ull << L_TZ;
	if (tk[i].kind == T_PUNCT && text[tk[i].start] == '(' && i + 1 < n)
		i++;
	if (tk[i].cats & on)
		return TRUE;
	for (guint j = i + 1; j < n && j <= i + 3; j++) {
		if (strcmp(tk[j].low, "time") == 0)
			return TRUE;
		if (!(tk[j].flags & TF_CAP))
			break;
	}
	return FALSE;
}

/* Sentence numbers: a new sentence after . ! ? (and closing quotes) before a
 * capital, a digit or a quote; after "a.m." or "p.m." before a capital that
 * does not go on with the time; after a blank line; and at a line break when
 * the line before ends with no stop (headlines, list items). */
static void
mark_sentences(const char *text, TlDTok *tk, guint n, GArray *sents)
{
	guint16 s = 0;
	gboolean stop = FALSE, clock = FALSE;
	for (guint i = 0; i < n; i++) {
		TlDTok *t = &tk[i];
		gboolean newsent = FALSE;
		if (i > 0) {
			if (t->flags & TF_PARA)
				newsent = TRUE;
			else if (stop && (t->flags & (TF_SPACE | TF_NL)) &&
			         ((t->flags & TF_CAP) || t->kind == T_NUM || t->kind == T_PUNCT))
				newsent = TRUE;
			else if (clock && (t->flags & (TF_SPACE | TF_NL)) &&
			         ((t->flags & TF_CAP) || (t->kind == T_PUNCT && i + 1 < n &&
			                                  (tk[i + 1].flags & TF_CAP))) &&
			         !goes_on_clock(text, tk, n, i))
				newsent = TRUE;
			else if ((t->flags & TF_NL) && (t->flags & TF_CAP) && tk[i - 1].kind != T_PUNCT)
				newsent = TRUE;
		}
		if (newsent || i == 0) {
			if (i > 0 && s < G_MAXUINT16)
				s++;
			g_array_append_val(sents, i);
		}
		t->sent = s;
		clock = t->kind == T_WORD && t->lowlen == 4 && t->low[3] == '.' &&
		        (memcmp(t->low, "a.m.", 4) == 0 || memcmp(t->low, "p.m.", 4) == 0);
		if (t->kind == T_PUNCT) {
			char c = text[t->start];
			if (c == '.' || c == '!' || c == '?')
				stop = !(c == '.' && i > 0 && !(t->flags & TF_SPACE) && is_abbrev_word(&tk[i - 1]));
			else if (!(c == '"' || c == '\'' || c == ')' || (unsigned char)c == 0xE2))
				stop = FALSE;
		} else
			stop = FALSE;
	}
	/* TF_LOWSENT, one sentence (a run of one number) at a time */
	for (guint i = 0, j; i < n; i = j) {
		gboolean lower = FALSE;
		for (j = i; j < n && tk[j].sent == tk[i].sent; j++)
			lower = lower || (tk[j].kind == T_WORD && !(tk[j].flags & (TF_CAP | TF_ALLCAP)) &&
			                  tk[j].end - tk[j].start > 3);
		if (lower)
			for (guint k = i; k < j; k++)
				tk[k].flags |= TF_LOWSENT;
	}
}

/* Look the token up by its key (tp->low), of hash h: its senses and bits
 * (zero before, and left so when the Bloom filter says no). */
static inline void
look_up(const TlDLex *lex, TlDTok *tp, guint32 h)
{
	if (!tl_dlex_may_hold(tl_dlex_bloom(lex), h))
		return;
	TlDLexBits b;
	tp->senses = tl_dlex_lookup_key(lex, tp->low, tp->lowlen, h, &b);
	tp->cats = b.cats;
	tp->cats1 = b.cats1;
	tp->follow = b.follow;
}

/* Is the byte after a word of ASCII letters one that scan_word would go
 * on with: a digit, another letter, an apostrophe, an inner dot (U.S.)? */
static inline gboolean
word_goes_on(unsigned char c)
{
	return is_digit(c) || c >= 0x80 || c == '\'' || c == '.';
}

/* plain_word's end: the flags of the word's case, its kind and end; the
 * lexicon looked up (tp->low holds its key, hash h). */
static inline void
plain_done(const unsigned char *p, const unsigned char *q, gboolean lower, const char *text,
           TlDTok *tp, guint32 h, const TlDLex *lex)
{
	guint n = (guint)(q - p);
	tp->lowlen = (guint8)n;
	tp->kind = T_WORD;
	tp->end = (guint32)(q - (const unsigned char *)text);
	if (*p >= 'A' && *p <= 'Z')
		tp->flags |= TF_CAP;
	if (n > 1 && !lower)
		tp->flags |= TF_ALLCAP;
	tp->hash = h;
	look_up(lex, tp, h);
}

/*
 * The common case in one pass: a word of ASCII letters, under 24 bytes,
 * that ends at a space or plain punctuation: scanned, lower-cased, hashed
 * and looked up at once.  FALSE (nothing done) for anything else, which
 * scan_word and set_low handle.  tp->low is written whole (the word, then
 * zero bytes); the rest of *tp but its start and flags is zero before.
 *
 * Where SSE2 is (every x86-64) and 16 bytes are left, the word's first 16
 * bytes are judged at once: the letters are a mask whose first zero bit is
 * the word's end, with no loop whose exit the branch predictor must guess
 * (a word's length varies from word to word).
 */
static gboolean
plain_word(const unsigned char *p, const unsigned char *end, const char *text, TlDTok *tp,
           const TlDLex *lex)
{
#if defined(__SSE2__)
	if (end - p >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
		__m128i lc = _mm_or_si128(v, _mm_set1_epi8(0x20));
		/* 'a'..'z' moved to the bottom of the signed bytes */
		__m128i alpha = _mm_cmplt_epi8(_mm_add_epi8(lc, _mm_set1_epi8((char)(0x80 - 'a'))),
		                               _mm_set1_epi8((char)(0x80 + 26)));
		unsigned letters = (unsigned)_mm_movemask_epi8(alpha);
		if (letters != 0xFFFF) {
			unsigned n = (unsigned)__builtin_ctz(~letters);
			const unsigned char *q = p + n; /* < end */
			if (word_goes_on(*q))
				return FALSE;
			__m128i keep = _mm_cmpgt_epi8(_mm_set1_epi8((char)n),
			                              _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
			                                            12, 13, 14, 15));
			__m128i key = _mm_and_si128(lc, keep);
			_mm_storeu_si128((__m128i *)(void *)tp->low, key);
			memset(tp->low + 16, 0, sizeof tp->low - 16);
			/* a letter in lower case has 0x20 */
			unsigned lower = (unsigned)_mm_movemask_epi8(_mm_slli_epi16(v, 2)) & ((1u << n) - 1);
			guint32 h = tl_dlex_hash_words((guint64)_mm_cvtsi128_si64(key),
			                               (guint64)_mm_cvtsi128_si64(_mm_unpackhi_epi64(key, key)), 0);
			plain_done(p, q, lower != 0, text, tp, h, lex);
			return TRUE;
		}
	}
#endif
	unsigned bits = 0; /* the letters or'ed: 0x20 set when one is lower case */
	guint32 n = 0;
	const unsigned char *q = p;
	const unsigned char *lim = (size_t)(end - p) > sizeof tp->low - 1 ? p + sizeof tp->low - 1 : end;
	memset(tp->low, 0, sizeof tp->low);
	while (q < lim && is_alpha(*q)) {
		bits |= *q;
		tp->low[n++] = (char)(*q | 0x20);
		q++;
	}
	if (q == lim && q < end && is_alpha(*q))
		return FALSE;
	if (q < end && word_goes_on(*q))
		return FALSE;
	plain_done(p, q, (bits & 0x20) != 0, text, tp, tl_dlex_hash_key(tp->low), lex);
	return TRUE;
}

/* A word spelt with a digit for its sound ("2moro", "2nite": lexicon
 * entries): digits then letters up to a space or punctuation, found in the
 * lexicon whole.  TRUE with tp's key, length and senses set; else tp is
 * left for scan_number ("5pm", "26th", "1990s" are no such words). */
static gboolean
digit_word(const TlDLex *lex, const unsigned char *p, const unsigned char *end, TlDTok *tp)
{
	const unsigned char *q = p;
	while (q < end && is_digit(*q))
		q++;
	const unsigned char *l = q;
	while (q < end && is_alpha(*q))
		q++;
	if (q - l < 2 || (size_t)(q - p) >= sizeof tp->low ||
	    (q < end && (is_digit(*q) || *q >= 0x80 || *q == '\'' ||
	                 (*q == '.' && q + 1 < end && is_alpha(q[1])))))
		return FALSE;
	char key[sizeof tp->low] = {0};
	for (const unsigned char *k = p; k < q; k++)
		key[k - p] = (char)(*k | (is_alpha(*k) ? 0x20 : 0));
	guint32 h = tl_dlex_hash_key(key);
	if (!tl_dlex_may_hold(tl_dlex_bloom(lex), h))
		return FALSE;
	TlDLexBits b;
	GPtrArray *senses = tl_dlex_lookup_key(lex, key, (size_t)(q - p), h, &b);
	if (!senses)
		return FALSE;
	memcpy(tp->low, key, sizeof tp->low);
	tp->lowlen = (guint8)(q - p);
	tp->hash = h;
	tp->senses = senses;
	tp->cats = b.cats;
	tp->cats1 = b.cats1;
	tp->follow = b.follow;
	return TRUE;
}

/* "5 p m", "10:30 a m": a.m. or p.m. written with a space and no stops.
 * The "m" at tk[nt - 1] joins the "a" or "p" before it when that follows a
 * clock number or a number word ("five p m") and both letters share their
 * case; the token then reads
 * "a.m" or "p.m" (no final stop: it ends no sentence).  Returns the new
 * count of tokens. */
static guint
join_spaced_ampm(const TlDLex *lex, TlDTok *tk, guint nt)
{
	if (nt < 3)
		return nt;
	TlDTok *m = &tk[nt - 1], *h = &tk[nt - 2];
	if (m->lowlen != 1 || m->low[0] != 'm' || h->lowlen != 1 ||
	    (h->low[0] != 'a' && h->low[0] != 'p') || m->kind != T_WORD || h->kind != T_WORD ||
	    (m->flags & (TF_NL | TF_CAP)) != (h->flags & TF_CAP) || !(m->flags & TF_SPACE) ||
	    m->start != h->end + 1 ||
	    !(tk[nt - 3].kind == T_NUM ? !tk[nt - 3].sfx : (tk[nt - 3].cats & (1ull << L_NUM)) != 0) ||
	    !(h->flags & TF_SPACE) || tk[nt - 3].end + 1 != h->start)
		return nt;
	h->end = m->end;
	h->low[1] = '.', h->low[2] = 'm', h->low[3] = '\0';
	h->lowlen = 3;
	h->hash = tl_dlex_hash_key(h->low);
	h->senses = NULL; /* (those of "a" or "p") */
	h->cats = h->cats1 = h->follow = 0;
	look_up(lex, h, h->hash);
	return nt - 1;
}

/* Tokenize and look words up; see dates.h. */
void
tl_dscan(const TlDLex *lex, const char *text, size_t len, GArray *toks, GArray *sents)
{
	const unsigned char *p = (const unsigned char *)text, *end = p + len;
	guint8 flags = 0;
	int newlines = 0;
	guint nt = toks->len;
	while (p < end) {
		unsigned char c = *p;
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		    (c == 0xC2 && p + 1 < end && p[1] == 0xA0)) {
			flags |= TF_SPACE;
			if (c == '\n') {
				flags |= TF_NL;
				if (++newlines >= 2)
					flags |= TF_PARA;
			}
			p += c == 0xC2 ? 2 : 1;
			continue;
		}
		/* the token is built in place: no copy of its 80 bytes, and the
		 * array grows by doubling, not token by token */
		if (nt == toks->len)
			g_array_set_size(toks, nt < 256 ? 256 : nt * 2);
		TlDTok *tp = &g_array_index(toks, TlDTok, nt++);
		memset(tp, 0, offsetof(TlDTok, low)); /* plain_word writes low whole */
		tp->start = (guint32)(p - (const unsigned char *)text), tp->flags = flags, tp->num = -1;
		int al = apos_len(p, end);
		if (al && p + al < end && (p[al] | 0x20) == 's' &&
		    (p + al + 1 >= end || !is_alpha(p[al + 1])) && !(flags & TF_SPACE)) {
			tp->kind = T_WORD; /* the clitic 's */
			p += al + 1;
		} else if (is_digit(c) && digit_word(lex, p, end, tp)) {
			p = (const unsigned char *)text + tp->start + tp->lowlen;
			tp->end = (guint32)(p - (const unsigned char *)text);
			tp->kind = T_WORD;
			flags = 0;
			newlines = 0;
			continue;
		} else if (is_digit(c)) {
			tp->kind = T_NUM;
			p = scan_number(p, end, tp);
		} else if (is_alpha(c) && plain_word(p, end, text, tp, lex)) {
			p = (const unsigned char *)text + tp->end;
			flags = 0;
			newlines = 0;
			if (tp->lowlen == 1 && tp->low[0] == 'm')
				nt = join_spaced_ampm(lex, (TlDTok *)(void *)toks->data, nt);
			continue;
		} else if (is_uletter(p, end)) {
			tp->kind = T_WORD;
			if (c >= 'A' && c <= 'Z')
				tp->flags |= TF_CAP;
			p = scan_word(p, end);
		} else {
			tp->kind = T_PUNCT;
			int a = (c >= 0xF0) ? 4 : (c >= 0xE0) ? 3 : (c >= 0xC0) ? 2 : 1;
			p += a;
			if (p > end)
				p = end;
		}
		tp->end = (guint32)(p - (const unsigned char *)text);
		memset(tp->low, 0, sizeof tp->low);
		guint32 h = set_low(tp, text);
		/* "@ 2pm", "@2:30": the at-sign before a number, set apart
		 * before it, reads "at" (not in "user@2x.com") */
		if (c == '@' && tp->kind == T_PUNCT && (tp->start == 0 || (flags & TF_SPACE)) &&
		    ((p < end && is_digit(*p)) || (p + 1 < end && *p == ' ' && is_digit(p[1])))) {
			tp->kind = T_WORD;
			memcpy(tp->low, "at", 3);
			tp->lowlen = 2;
			h = tl_dlex_hash_key(tp->low);
		}
		tp->hash = h;
		if (tp->kind == T_WORD) {
			if (tp->end - tp->start > 1 && all_caps(text + tp->start, tp->end - tp->start))
				tp->flags |= TF_ALLCAP;
			if (tp->end - tp->start < sizeof tp->low)
				look_up(lex, tp, h);
			if (tp->lowlen == 1 && tp->low[0] == 'm')
				nt = join_spaced_ampm(lex, (TlDTok *)(void *)toks->data, nt);
		}
		flags = 0;
		newlines = 0;
	}
	g_array_set_size(toks, nt);
	mark_sentences(text, (TlDTok *)(void *)toks->data, toks->len, sents);
}
