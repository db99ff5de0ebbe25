/*
 * The name chunker's features (shared by tl_names_find and the trainer):
 * the word, its case, tags around it, the gazetteer match it is in, and the
 * organisation evidence (a head word ending its capitalised run, a cue
 * phrase before it).  Everything a feature needs about a token is found once
 * per sentence (tl_names_tokens: one pass over its bytes, one hash, a few
 * table probes), so scoring a token only combines numbers.
 *
 * Tokens that cannot start a name are not scored at all (tl_names_skip): a
 * word in lower case, a number or a punctuation mark, outside any gazetteer
 * match written as the gazetteer writes it, after an O, in a sentence that
 * has capitals.  The trainer skips the same
 * tokens, so the model never learns to expect them.
 */
#include <string.h>
#include "names-gaz.h"
#include "tag-hash.h"

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

/* Words that join the parts of an organisation's name: "Bank of America",
 * "Procter & Gamble", "Department of Housing and Urban Development". */
static gboolean
joiner(const char *text, const TlToken *t)
{
	const char *s = text + t->start;
	switch (t->end - t->start) {
	case 1:
		return s[0] == '&';
	case 2:
		return s[0] == 'o' && s[1] == 'f';
	case 3:
		return memcmp(s, "and", 3) == 0 || memcmp(s, "for", 3) == 0;
	default:
		return FALSE;
	}
}

#define RUN_MAX 8 /* tokens: how far a capitalised run is followed */

/*
 * Does the run of capitalised words through token i (joined by "of", "&",
 * "and", "for"; at most RUN_MAX tokens on) end in a head word?
 * 0 no run, else 1 + the GAZ_HEAD_* bits of its last word.
 */
static guint8
run_head(const char *text, const TlToken *tokens, size_t n, size_t i, const TlNamesToken *facts)
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
	return (guint8)(1 + facts[last].head);
}

void
tl_names_tokens(const TlNames *nm, const char *text, const TlToken *tokens, size_t n,
                TlNamesToken *facts)
{
	gboolean cue_next = FALSE;
	tl_names_match_facts(nm, text, tokens, n, facts);
	for (size_t i = 0; i < n; i++) {
		TlNamesToken *f = &facts[i];
		f->cs = (guint8)case_of(text + tokens[i].start, tokens[i].end - tokens[i].start);
		f->cue = cue_next && tl_names_cue_before(nm, text, tokens, i);
		/* a cue phrase can only end with a word that ends one */
		cue_next = f->cue_last;
		f->punct = g_ascii_ispunct(text[tokens[i].start]) || g_ascii_isdigit(text[tokens[i].start]);
	}
	for (size_t i = 0; i < n; i++)
		facts[i].run = run_head(text, tokens, n, i, facts);
}

gboolean
tl_names_skip(const TlNamesToken *facts, size_t i, int prev, const TlNamesState *st,
              gboolean lower_case)
{
	/* a place or organisation the gazetteers know may be written in
	 * lower case ("in kerala"); a given name matched only in lower case
	 * ("said" for "Said", "will") is no reason to score a word */
	if (prev != 0 || lower_case ||
	    (st->match_kind & (0x8000 | GAZ_COUNTRY | GAZ_PLACE | GAZ_ORG)))
		return FALSE;
	guint cs = facts[i].cs;
	return cs == 1 || (cs == 0 && facts[i].punct);
}

/* The hash of token j's word, or of the sentence's edges. */
static inline guint64
word_at(const TlNamesToken *facts, size_t n, ptrdiff_t j)
{
	if (j < 0)
		return 1;
	if ((size_t)j >= n)
		return 2;
	return facts[j].word;
}

static inline guint64
tag_at(const TlPos *tags, size_t n, ptrdiff_t j)
{
	return j < 0 || (size_t)j >= n ? 255 : tags[j].xpos;
}

void
tl_names_state_next(const TlNamesToken *facts, size_t i, TlNamesState *st)
{
	if (i < st->match_end)
		return;
	size_t len = facts[i].len;
	st->match_start = (guint32)i;
	st->match_end = (guint32)(i + MAX(len, 1));
	st->match_kind = (guint16)(len ? facts[i].kind | (facts[i].exact ? 0x8000 : 0) : 0);
}

size_t
tl_names_features(const char *text, const TlToken *tokens, const TlPos *tags, size_t n,
                  size_t i, int prev, const TlNamesState *st, const TlNamesToken *facts,
                  guint64 *out)
{
	const char *w = text + tokens[i].start;
	size_t wl = tokens[i].end - tokens[i].start;
	const TlNamesToken *f = &facts[i];
	guint64 norm = f->word;
	guint cs = f->cs;
	guint64 gaz = st->match_kind ? (guint64)st->match_kind * 4 + (i == st->match_start) * 2 +
	                                   (i + 1 == st->match_end)
	                             : 0;
	guint64 p = (guint64)(prev + 1), t = tags[i].xpos;
	guint64 tl1 = tag_at(tags, n, (ptrdiff_t)i - 1), tr1 = tag_at(tags, n, (ptrdiff_t)i + 1);
	guint64 l1 = word_at(facts, n, (ptrdiff_t)i - 1);
	guint64 r1 = word_at(facts, n, (ptrdiff_t)i + 1);
	guint64 suf = tl_gaz_hash(w + (wl > 3 ? wl - 3 : 0), MIN(wl, 3), TRUE);
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
	out[k++] = feat(22, f->head, cs);
	out[k++] = feat(23, f->run, p);
	out[k++] = feat(24, f->run, cs);
	out[k++] = feat(25, f->cue, cs);
	out[k++] = feat(26, word_at(facts, n, (ptrdiff_t)i - 2), 0);
	return k;
}
