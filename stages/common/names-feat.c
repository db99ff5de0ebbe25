/*
 * The name chunker's features (shared by tl_names_find and the trainer):
 * the word, its case, tags around it, the gazetteer match it is in, and the
 * organisation evidence (a head word ending its capitalised run, a cue
 * phrase before it).  tl_names_find gives them each token's word hash and
 * gazetteer match found once per sentence (tl_names_tokens); the trainer
 * lets them find their own: the features are the same either way.
 */
#include <string.h>
#include "names-gaz.h"


static inline guint64
mix(guint64 x)
{
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	x ^= x >> 31;
	return x;
}

static guint64
hash_bytes(const char *s, size_t n, gboolean fold)
{
	guint64 h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (guint8)(fold ? tl_names_fold(s[i]) : s[i])) * 0x100000001b3ULL;
	return h;
}

static inline guint64
feat(guint64 tmpl, guint64 a, guint64 b)
{
	guint64 h = mix(a * 0x9e3779b97f4a7c15ULL + mix(b + tmpl * 0x632be59bd9b4e019ULL) + tmpl);
	return h ? h : 1;
}

/* Case class of a token: 0 other, 1 lower, 2 capitalised, 3 all caps. */
static guint
case_of(const char *s, size_t n)
{
	if (n == 0 || !g_ascii_isalpha(s[0]))
		return 0;
	if (g_ascii_islower(s[0]))
		return 1;
	for (size_t i = 1; i < n; i++)
		if (g_ascii_islower(s[i]))
			return 2;
	return n > 1 ? 3 : 2;
}

static guint64
word_hash(const char *text, const TlToken *tokens, size_t n, ptrdiff_t j)
{
	if (j < 0)
		return 1;
	if ((size_t)j >= n)
		return 2;
	return hash_bytes(text + tokens[j].start, tokens[j].end - tokens[j].start, TRUE);
}

static guint64
tag_at(const TlPos *tags, size_t n, ptrdiff_t j)
{
	return j < 0 || (size_t)j >= n ? 255 : tags[j].xpos;
}

static gboolean
word_eq(const char *text, const TlToken *t, const char *w)
{
	size_t n = strlen(w);
	return t->end - t->start == n && memcmp(text + t->start, w, n) == 0;
}

/* Words that join the parts of an organisation's name: "Bank of America",
 * "Procter & Gamble", "Department of Housing and Urban Development". */
static gboolean
joiner(const char *text, const TlToken *t)
{
	return word_eq(text, t, "of") || word_eq(text, t, "&") || word_eq(text, t, "and") ||
	       word_eq(text, t, "for");
}

#define RUN_MAX 8 /* tokens: how far a capitalised run is followed */

/*
 * Does the run of capitalised words through token i (joined by "of", "&",
 * "and", "for"; at most RUN_MAX tokens on) end in an organisation head?
 * 0 no run, 1 a run without a head, 2 with one.
 */
static guint64
run_head(const TlNames *nm, const char *text, const TlToken *tokens, size_t n, size_t i)
{
	if (!g_ascii_isupper(text[tokens[i].start]))
		return 0;
	size_t last = i;
	for (size_t j = i + 1; j < n && j < i + RUN_MAX; j++) {
		if (g_ascii_isupper(text[tokens[j].start]))
			last = j;
		else if (!(joiner(text, &tokens[j]) && j + 1 < n &&
		           g_ascii_isupper(text[tokens[j + 1].start])))
			break;
	}
	return tl_names_org_head(nm, text, tokens, last) ? 2 : 1;
}

void
tl_names_tokens(const TlNames *nm, const char *text, const TlToken *tokens, size_t n,
                TlNamesToken *facts)
{
	for (size_t i = 0; i < n; i++) {
		guint kind;
		gboolean exact = FALSE;
		size_t len = tl_names_longest_match(nm, text, tokens, n, i, &kind, &exact);
		facts[i] = (TlNamesToken){word_hash(text, tokens, n, (ptrdiff_t)i), (guint8)len,
		                          (guint8)(exact != FALSE), (guint16)kind};
	}
}

/* The word hash of token j (word_hash), from the facts when there are some. */
static guint64
word_at(const char *text, const TlToken *tokens, size_t n, ptrdiff_t j, const TlNamesToken *facts)
{
	if (facts && j >= 0 && (size_t)j < n)
		return facts[j].word;
	return word_hash(text, tokens, n, j);
}

size_t
tl_names_features(const TlNames *nm, const char *text, const TlToken *tokens, const TlPos *tags,
                  size_t n, size_t i, int prev, TlNamesState *st, guint64 *out)
{
	return tl_names_features_with(nm, text, tokens, tags, n, i, prev, st, NULL, out);
}

size_t
tl_names_features_with(const TlNames *nm, const char *text, const TlToken *tokens,
                       const TlPos *tags, size_t n, size_t i, int prev, TlNamesState *st,
                       const TlNamesToken *facts, guint64 *out)
{
	if (i >= st->match_end) {
		guint kind = facts ? facts[i].kind : 0;
		gboolean exact = facts ? facts[i].exact : FALSE;
		size_t len = facts ? facts[i].len
		                   : tl_names_longest_match(nm, text, tokens, n, i, &kind, &exact);
		st->match_start = (guint32)i;
		st->match_end = (guint32)(i + MAX(len, 1));
		st->match_kind = (guint8)(len ? kind | (exact ? 0x80 : 0) : 0);
	}
	const char *w = text + tokens[i].start;
	size_t wl = tokens[i].end - tokens[i].start;
	guint64 norm = word_at(text, tokens, n, (ptrdiff_t)i, facts);
	guint cs = case_of(w, wl);
	guint64 gaz = st->match_kind ? (guint64)st->match_kind * 4 + (i == st->match_start) * 2 +
	                                   (i + 1 == st->match_end)
	                             : 0;
	guint64 p = (guint64)(prev + 1), t = tags[i].xpos;
	guint64 tl1 = tag_at(tags, n, (ptrdiff_t)i - 1), tr1 = tag_at(tags, n, (ptrdiff_t)i + 1);
	guint64 l1 = word_at(text, tokens, n, (ptrdiff_t)i - 1, facts);
	guint64 r1 = word_at(text, tokens, n, (ptrdiff_t)i + 1, facts);
	guint64 suf = hash_bytes(w + (wl > 3 ? wl - 3 : 0), MIN(wl, 3), TRUE);
	size_t k = 0;
	out[k++] = feat(0, 0, 0);
	out[k++] = feat(1, norm, 0);
	out[k++] = feat(2, t, cs);
	out[k++] = feat(3, p, 0);
	out[k++] = feat(4, p, t);
	out[k++] = feat(5, p, cs);
	out[k++] = feat(6, gaz, 0);
	out[k++] = feat(7, gaz, p);
	out[k++] = feat(8, gaz, cs);
	out[k++] = feat(9, tl1, t);
	out[k++] = feat(10, t, tr1);
	out[k++] = feat(11, l1, 0);
	out[k++] = feat(12, r1, 0);
	out[k++] = feat(13, l1, cs);
	out[k++] = feat(14, r1, cs);
	out[k++] = feat(15, suf, cs);
	out[k++] = feat(16, norm, p);
	out[k++] = feat(17, t, 0);
	out[k++] = feat(18, p, tl1 * 4 + cs);
	out[k++] = feat(19, i == 0, cs);
	out[k++] = feat(20, wl > 4 ? 5 : wl, cs);
	out[k++] = feat(21, tags[i].upos, tr1);
	guint64 head = tl_names_org_head(nm, text, tokens, i);
	guint64 rh = run_head(nm, text, tokens, n, i);
	guint64 cue = i > 0 && tl_names_org_cue(nm, text, tokens, i);
	out[k++] = feat(22, head, cs);
	out[k++] = feat(23, rh, p);
	out[k++] = feat(24, rh, cs);
	out[k++] = feat(25, cue, cs);
	out[k++] = feat(26, word_at(text, tokens, n, (ptrdiff_t)i - 2, facts), 0);
	return k;
}

