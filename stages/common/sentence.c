/*
 * Sentence and paragraph splitting over the tokenizer's output.
 *
 * Paragraphs come from the text's layout, which is measured first: are there
 * blank lines; is the text hard-wrapped (most lines close to one width, as in
 * Reuters or e-mail); are paragraphs marked by indentation.  Blank lines always
 * separate paragraphs.  In a text without them, an unwrapped text (one
 * paragraph a line, as web pages and the seed article give it) breaks at every
 * line break except before a lower-case continuation; a wrapped text breaks
 * before indented lines and after short lines that end a sentence.
 *
 * Sentences never cross a paragraph.  Inside one they end at . ! ? ... and
 * their closing quotes and brackets when what follows can start a sentence;
 * after an abbreviation only when a typical sentence start follows ("in the
 * U.S. The next day"), after a.m. or p.m. before any capitalised word that
 * does not go on with the time ("at 7 a.m. Members vote", not "7 a.m.
 * Monday"); and at a line break after a line with no final stop (headlines,
 * list items) when the next line starts like a sentence and, in a wrapped
 * text, the line is short or its next word would have fitted on it.
 */
#define _GNU_SOURCE
#include <string.h>
#include "tl/token.h"
#include "tok-lexicon.h"

typedef struct {
	gboolean blank_lines; /* some paragraphs are separated by blank lines */
	gboolean wrapped;     /* hard-wrapped lines close to `width` */
	gboolean indented;    /* some lines (not all) start indented */
	size_t width;         /* the wrap width, when wrapped */
	size_t fill;          /* a length three lines in four that run on stay within */
} Layout;

typedef struct {
	size_t start, end;    /* the line without its newline */
	size_t first, last;   /* first non-blank byte, end of the last non-blank one */
} Line;

static inline gboolean
is_blank_byte(guchar c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* The line starting at p: fills *l, returns the start of the next line. */
static size_t
next_line(const char *text, size_t len, size_t p, Line *l)
{
	const char *nl = memchr(text + p, '\n', len - p);
	size_t e = nl ? (size_t)(nl - text) : len;
	l->start = p;
	l->end = e;
	size_t a = p, b = e;
	while (a < b && is_blank_byte((guchar)text[a]))
		a++;
	while (b > a && is_blank_byte((guchar)text[b - 1]))
		b--;
	l->first = a;
	l->last = b;
	return nl ? e + 1 : len + 1;
}

static Layout
measure(const char *text, size_t len)
{
	Layout L = {FALSE, FALSE, FALSE, 0, 0};
	size_t hist[102] = {0};
	size_t inner = 0, long_lines = 0, nonblank = 0, indented = 0;
	gboolean prev_nonblank = FALSE, seen_blank = FALSE;
	size_t prev_len = 0;
	for (size_t p = 0; p <= len;) {
		Line l;
		p = next_line(text, len, p, &l);
		if (l.first == l.last) {
			seen_blank = prev_nonblank || seen_blank;
			prev_nonblank = FALSE;
			continue;
		}
		if (seen_blank && nonblank)
			L.blank_lines = TRUE;
		seen_blank = FALSE;
		if (prev_nonblank) { /* the previous line ran on into this one */
			inner++;
			if (prev_len > 100)
				long_lines++;
			else
				hist[prev_len]++;
		}
		if (nonblank && l.first > l.start)
			indented++;
		nonblank++;
		prev_nonblank = TRUE;
		prev_len = l.last - l.start;
	}
	L.indented = indented > 0 && indented + 1 < nonblank;
	if (inner >= 3 && long_lines * 10 <= inner) {
		size_t w = 100;
		while (w > 0 && hist[w] == 0)
			w--;
		size_t near = 0;
		for (size_t i = w * 6 / 10; i <= w; i++)
			near += hist[i];
		L.width = w;
		L.wrapped = w >= 40 && near * 10 >= inner * 6;
		size_t below = long_lines;
		for (L.fill = 100; L.fill > 0 && (below + hist[L.fill]) * 4 <= inner; L.fill--)
			below += hist[L.fill];
	}
	return L;
}

static gboolean
ends_final(const char *text, const Line *l)
{
	guchar c = (guchar)text[l->last - 1];
	if (strchr(".!?:\")", c))
		return TRUE;
	/* ” ’ … */
	return l->last - l->first >= 3 && (guchar)text[l->last - 3] == 0xE2 &&
	       (guchar)text[l->last - 2] == 0x80 && (c == 0x9D || c == 0x99 || c == 0xA6);
}

/* Does the line break between a and b (no blank line between) start a paragraph? */
static gboolean
para_break(const char *text, const Layout *L, const Line *a, const Line *b)
{
	/* Reuters: wrapped lines, an indented line starts a paragraph (even
	 * where a blank line sets off the signature) */
	if (L->wrapped && L->indented && b->first > b->start)
		return TRUE;
	if (L->blank_lines)
		return FALSE;
	gboolean lower = g_ascii_islower((guchar)text[b->first]);
	if (!L->wrapped)
		return !lower || ends_final(text, a);
	size_t alen = a->last - a->start;
	return alen * 10 < L->width * 7 && !lower && (ends_final(text, a) || alen * 2 < L->width);
}

static void
paragraphs(const char *text, size_t len, const Layout *L, GArray *spans)
{
	Line prev = {0, 0, 0, 0};
	gboolean have = FALSE, blank = FALSE;
	size_t start = 0;
	for (size_t p = 0; p <= len;) {
		Line l;
		p = next_line(text, len, p, &l);
		if (l.first == l.last) {
			blank = TRUE;
			continue;
		}
		if (have && (blank || para_break(text, L, &prev, &l))) {
			TlSpan s = {(guint32)start, (guint32)prev.last};
			g_array_append_val(spans, s);
			start = l.first;
		} else if (!have)
			start = l.first;
		have = TRUE;
		blank = FALSE;
		prev = l;
	}
	if (have) {
		TlSpan s = {(guint32)start, (guint32)prev.last};
		g_array_append_val(spans, s);
	}
}

void
tl_split_paragraphs(const char *text, size_t len, GArray *spans)
{
	Layout L = measure(text, len);
	paragraphs(text, len, &L, spans);
}

/* --- sentences ------------------------------------------------------------ */

typedef struct {
	const char *text;
	size_t len;
	const TlToken *tok;
	size_t n;
	Layout L;
} Split;

static inline const guchar *
tok_bytes(const Split *S, size_t i)
{
	return (const guchar *)S->text + S->tok[i].start;
}

static inline size_t
tok_len(const Split *S, size_t i)
{
	return S->tok[i].end - S->tok[i].start;
}

static gboolean
tok_is(const Split *S, size_t i, const char *s)
{
	size_t n = strlen(s);
	return tok_len(S, i) == n && memcmp(tok_bytes(S, i), s, n) == 0;
}

/* . ! ? ... and runs of them */
static gboolean
is_terminal(const Split *S, size_t i)
{
	guchar c = tok_bytes(S, i)[0];
	if (S->tok[i].kind == TL_TOK_SYMBOL && (c == ':' || c == ';') && tok_len(S, i) >= 2)
		return TRUE; /* an emoticon */
	if (S->tok[i].kind != TL_TOK_PUNCT)
		return FALSE;
	return c == '.' || c == '!' || c == '?' || (tok_len(S, i) >= 3 && memcmp(tok_bytes(S, i), "\xE2\x80\xA6", 3) == 0);
}

/* A quote or bracket that closes what precedes it (no space before it). */
static gboolean
is_closer(const Split *S, size_t i)
{
	if (S->tok[i].flags & TL_TOKF_SPACE_BEFORE || S->tok[i].kind != TL_TOK_PUNCT)
		return FALSE;
	const guchar *b = tok_bytes(S, i);
	if (tok_len(S, i) == 1)
		return strchr(")]}\"'", b[0]) != NULL;
	/* ’ ” › », and pairs written for a double quote: ’’ '' */
	return (b[0] == 0xE2 && b[1] == 0x80 && (b[2] == 0x99 || b[2] == 0x9D || b[2] == 0xBA)) ||
	       (b[0] == 0xC2 && b[1] == 0xBB) || b[0] == '\'';
}

/* An opening quote or bracket. */
static gboolean
is_opener(const Split *S, size_t i)
{
	if (S->tok[i].kind != TL_TOK_PUNCT)
		return FALSE;
	const guchar *b = tok_bytes(S, i);
	if (tok_len(S, i) == 1)
		return strchr("([{\"'`", b[0]) != NULL;
	/* “ ‘ « ‹, and pairs written for a double quote: ‘’ '' `` */
	return (b[0] == 0xE2 && b[1] == 0x80 && (b[2] == 0x98 || b[2] == 0x9C || b[2] == 0xB9)) ||
	       (b[0] == 0xC2 && b[1] == 0xAB) || b[0] == '\'' || b[0] == '`';
}

/* Can token i start a sentence (after a full stop)? */
static gboolean
can_start(const Split *S, size_t i)
{
	const TlToken *t = &S->tok[i];
	if (t->flags & TL_TOKF_CAP || t->kind == TL_TOK_NUMBER)
		return TRUE;
	/* $5 million... (an emoji or emoticon rather closes the sentence before) */
	if (t->kind == TL_TOK_SYMBOL)
		return i + 1 < S->n && S->tok[i + 1].kind == TL_TOK_NUMBER &&
		       !(S->tok[i + 1].flags & TL_TOKF_SPACE_BEFORE);
	if (is_opener(S, i))
		return i + 1 >= S->n || !(S->tok[i + 1].flags & TL_TOKF_SPACE_BEFORE);
	if (t->kind == TL_TOK_WORD) {
		guchar c = tok_bytes(S, i)[0];
		/* letters without case (CJK...) and digits of other scripts */
		return c >= 0x80 && !g_unichar_islower(g_utf8_get_char((const char *)tok_bytes(S, i)));
	}
	return FALSE;
}

/*
 * A full stop, ? or ! (not an ellipsis) then a lower-case word: in web text
 * and e-mail, sentences often start in lower case ("... right. i know").  The
 * stop was split off its word, so that word is no known abbreviation.
 */
static gboolean
lower_start(const Split *S, size_t i, size_t j)
{
	const guchar *b = tok_bytes(S, i);
	if (!(S->tok[j].flags & TL_TOKF_SPACE_BEFORE))
		return FALSE;
	if (S->tok[j].kind == TL_TOK_URL || S->tok[j].kind == TL_TOK_EMAIL)
		return TRUE;
	if (S->tok[j].kind != TL_TOK_WORD || !g_ascii_islower(tok_bytes(S, j)[0]))
		return FALSE;
	if ((tok_len(S, i) >= 2 && b[0] == '.' && b[1] == '.') || b[0] == 0xE2)
		return FALSE; /* an ellipsis: the sentence trails on */
	if (i == 0 || S->tok[i - 1].kind != TL_TOK_WORD || tok_len(S, i - 1) < 2)
		return FALSE;
	return TRUE;
}

/* Is token i a list bullet at the start of a line: "- ", "* ", "• ", "1. " */
static gboolean
is_bullet(const Split *S, size_t i)
{
	if (i + 1 >= S->n || !(S->tok[i + 1].flags & TL_TOKF_SPACE_BEFORE))
		return FALSE;
	if (tok_is(S, i, "-") || tok_is(S, i, "*") || tok_is(S, i, "\xE2\x80\xA2") ||
	    tok_is(S, i, "\xC2\xB7") || tok_is(S, i, "\xE2\x80\x93") || tok_is(S, i, "\xE2\x80\x94"))
		return TRUE;
	return FALSE;
}

/* Is token i "time" (as in "6 p.m. Moscow time")? */
static gboolean
is_time_word(const Split *S, size_t i)
{
	return i < S->n && tok_len(S, i) == 4 && g_ascii_strncasecmp((const char *)tok_bytes(S, i), "time", 4) == 0;
}

/*
 * After a.m. or p.m.: a capitalised word (or an opening bracket and one)
 * starts a sentence ("at 7 a.m. Members vote") unless it goes on with the
 * time: a weekday, a month or a zone ("7 a.m. Monday", "3 p.m. (EST)"), or a
 * place of up to three words whose time it is ("6 p.m. Moscow time", "5
 * p.m. New York City time").
 */
static gboolean
clock_ends(const Split *S, size_t next)
{
	size_t w = next;
	if (is_opener(S, w))
		w++;
	if (w >= S->n || !(S->tok[w].flags & TL_TOKF_CAP))
		return FALSE;
	if (tl_token_follows_clock((const char *)tok_bytes(S, w), tok_len(S, w)))
		return FALSE;
	for (size_t k = w + 1; k < S->n && k <= w + 3; k++) {
		if (is_time_word(S, k))
			return FALSE;
		if (!(S->tok[k].flags & TL_TOKF_CAP))
			break;
	}
	return TRUE;
}

/* After an abbreviation (the word token i ending with a stop): ends a sentence? */
static gboolean
abbrev_ends(const Split *S, size_t i, size_t next)
{
	TlAbbrev a = tl_token_abbrev((const char *)tok_bytes(S, i), tok_len(S, i) - 1);
	if (a == TL_ABBR_NONE)
		return TRUE; /* a word that kept its stop for another reason */
	if (a == TL_ABBR_TITLE || a == TL_ABBR_NUMBER)
		return FALSE;
	if (a == TL_ABBR_CLOCK)
		return clock_ends(S, next);
	const TlToken *t = &S->tok[next];
	if (is_opener(S, next) && next + 1 < S->n && S->tok[next + 1].flags & TL_TOKF_CAP)
		return TRUE;
	return t->flags & TL_TOKF_CAP && tl_token_is_starter((const char *)tok_bytes(S, next), tok_len(S, next));
}

/* The bytes a line wrapper would move as one from token j on: up to a blank,
 * or through a hyphen, where it may also break. */
static size_t
first_chunk(const Split *S, size_t j)
{
	size_t p = S->tok[j].start;
	while (p < S->len && !is_blank_byte((guchar)S->text[p]) && S->text[p] != '\n') {
		if (S->text[p++] == '-')
			break;
	}
	return p - S->tok[j].start;
}

/* A line break before token j (not a paragraph break): does it end a sentence? */
static gboolean
line_ends(const Split *S, size_t j, size_t line_start)
{
	if (is_bullet(S, j))
		return TRUE;
	size_t i = j - 1;
	const guchar *b = tok_bytes(S, i);
	if (tok_len(S, i) == 1 && strchr(",;-&/(", b[0]))
		return FALSE;
	if (!can_start(S, j))
		return FALSE;
	if (!S->L.wrapped)
		return TRUE;
	/* a short line, or one the next line's first word would have fitted on
	 * with a quarter of the width to spare (a wrapper, even one a little
	 * narrower, puts it there): a heading or a line ended by hand */
	size_t line_len = S->tok[i].end - line_start;
	return line_len * 2 < S->L.width ||
	       line_len + 1 + first_chunk(S, j) + S->L.width / 4 <= S->L.fill;
}

void
tl_split_sentences(const char *text, size_t len, const TlToken *tokens, size_t n_tokens,
                   GArray *spans)
{
	if (n_tokens == 0)
		return;
	tl_tok_lexicon_ensure();
	Split S = {text, len, tokens, n_tokens, measure(text, len)};
	/* the line before the current one, and the current one, as para_break
	 * wants them: tokens start and end at non-blank bytes */
	Line prev = {0, 0, 0, 0}, cur = {0, 0, tokens[0].start, 0};
	const char *nl0 = memrchr(text, '\n', tokens[0].start);
	cur.start = nl0 ? (size_t)(nl0 - text) + 1 : 0;
	size_t first = 0;
	for (size_t i = 0; i < n_tokens;) {
		const TlToken *t = &tokens[i];
		/* the common case first: a word or number inside a line */
		if (!(t->flags & TL_TOKF_NEWLINE_BEFORE) &&
		    (t->kind == TL_TOK_WORD ? text[t->end - 1] != '.' : t->kind == TL_TOK_NUMBER)) {
			i++;
			continue;
		}
		/* a boundary before token i: a new paragraph, or a line that ends one */
		if (t->flags & TL_TOKF_NEWLINE_BEFORE && i > 0) {
			prev = cur;
			prev.last = tokens[i - 1].end;
			const char *nl = memrchr(text + prev.last, '\n', t->start - prev.last);
			cur.start = nl ? (size_t)(nl - text) + 1 : t->start;
			cur.first = t->start;
			gboolean para = t->flags & TL_TOKF_PARA_BEFORE || para_break(text, &S.L, &prev, &cur);
			if (i > first && (para || line_ends(&S, i, prev.start))) {
				TlSpan s = {tokens[first].start, tokens[i - 1].end};
				g_array_append_val(spans, s);
				first = i;
			}
		}
		/* a boundary after token i (and its closers)? */
		size_t j = i + 1;
		gboolean term = is_terminal(&S, i);
		gboolean abbr = !term && t->kind == TL_TOK_WORD && tok_len(&S, i) > 1 &&
		                text[t->end - 1] == '.';
		/* "3. Former President..." numbers a list item: no boundary after it */
		if (term && i == first + 1 && tokens[first].kind == TL_TOK_NUMBER && tok_is(&S, i, "."))
			term = FALSE;
		if (term || abbr) {
			while (j < n_tokens && (is_closer(&S, j) || (term && is_terminal(&S, j) &&
			                                             !(tokens[j].flags & TL_TOKF_SPACE_BEFORE))))
				j++;
			if (j < n_tokens && (can_start(&S, j) || (term && j == i + 1 && lower_start(&S, i, j))) &&
			    (term || abbrev_ends(&S, i, j))) {
				TlSpan s = {tokens[first].start, tokens[j - 1].end};
				g_array_append_val(spans, s);
				first = j;
			}
		}
		i = j;
	}
	TlSpan s = {tokens[first].start, tokens[n_tokens - 1].end};
	g_array_append_val(spans, s);
}
