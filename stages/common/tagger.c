/*
 * The part-of-speech tagger: feature extraction (shared with the trainer),
 * the model loader and greedy left-to-right decoding.
 *
 * A model is a table from feature hash to a short sparse row of (class,
 * weight) pairs, weights quantized to 16 bits; a class is a (UPOS, XPOS)
 * pair seen in training.  Decoding sums the rows of a token's features and
 * takes the best class; the two previous decisions are features of the next.
 *
 * Model file (little-endian): "TLTAGGER", u32 version, u32 n_classes,
 * n_classes x (u8 upos, u8 xpos), u32 n_words, n_words x (u64 word hash,
 * u64 ambiguity class, 2 x u64 allowed classes: bit c of word c / 64, all 0 when
 * any class may do), u32 n_features, then per feature u64 hash, u8 n,
 * n x (u8 class, i16 weight).
 */
#include <string.h>
#include "tag-weights.h"
#include "tl/tagger.h"
#include "tl/resource.h"
#include "tl/tl.h"

#define MAX_CLASSES 250

/* The training lexicon: word (norm hash) -> its ambiguity class (hash of
 * the set of classes it had in training), an open-addressing table. */
typedef struct {
	guint64 word, amb;
	guint64 allowed[2]; /* tag dictionary of frequent words; 0: no limit */
} LexSlot;

struct TlTagger {
	int n_classes;
	TlPos classes[MAX_CLASSES];
	LexSlot *lex;
	guint64 lex_mask;
	TlWeights *weights;
};

static const char *const upos_names[TL_UPOS_COUNT] = {
	"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
	"PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
};

static const char *const xpos_names[TL_XPOS_COUNT] = {
	"CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS",
	"NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO",
	"UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", ",", ".",
	":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP", "ADD", "AFX", "GW", "XX", "$", "#",
};

const char *
tl_upos_name(int upos)
{
	return upos >= 0 && upos < TL_UPOS_COUNT ? upos_names[upos] : "_";
}

const char *
tl_xpos_name(int xpos)
{
	return xpos >= 0 && xpos < TL_XPOS_COUNT ? xpos_names[xpos] : "_";
}

int
tl_upos_from_name(const char *name)
{
	for (int i = 0; i < TL_UPOS_COUNT; i++)
		if (strcmp(upos_names[i], name) == 0)
			return i;
	return -1;
}

int
tl_xpos_from_name(const char *name)
{
	for (int i = 0; i < TL_XPOS_COUNT; i++)
		if (strcmp(xpos_names[i], name) == 0)
			return i;
	return -1;
}

/* ---- features ------------------------------------------------------------- */

#define FNV_OFF 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL

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

static inline guint64
fnv(const guint8 *s, size_t n)
{
	guint64 h = FNV_OFF;
	for (size_t i = 0; i < n; i++)
		h = (h ^ s[i]) * FNV_PRIME;
	return h;
}

/* Features combine a template number with up to two values. */
static inline guint64
feat(guint64 tmpl, guint64 a, guint64 b)
{
	guint64 h = mix(a * 0x9e3779b97f4a7c15ULL + mix(b + tmpl * 0x632be59bd9b4e019ULL) + tmpl);
	return h ? h : 1; /* 0 marks an empty slot */
}

/* Long words hash their first and last bytes only: affixes carry the rest. */
#define WORD_MAX 64

static void
lex_lookup(const TlTagger *t, guint64 word, TlTagWord *w)
{
	w->amb = 2; /* unknown word */
	w->allowed[0] = w->allowed[1] = 0;
	if (!t || !t->lex)
		return;
	for (guint64 i = word & t->lex_mask;; i = (i + 1) & t->lex_mask) {
		if (t->lex[i].word == word) {
			w->amb = t->lex[i].amb;
			w->allowed[0] = t->lex[i].allowed[0];
			w->allowed[1] = t->lex[i].allowed[1];
			return;
		}
		if (t->lex[i].word == 0)
			return;
	}
}

void
tl_tagger_word(const TlTagger *t, const char *text, guint32 start, guint32 end, gboolean first,
               TlTagWord *w)
{
	const guint8 *s = (const guint8 *)text + start;
	size_t n = end - start;
	guint8 norm[WORD_MAX], shape[WORD_MAX];
	size_t nn = 0, ns = 0;
	guint32 flags = first ? TL_TAGW_FIRST : 0;
	int upper = 0, lower = 0;
	guint8 last_shape = 0;
	int run = 0;
	w->raw = fnv(s, n);
	for (size_t i = 0; i < n; i++) {
		guint8 c = s[i], nc = c, sc;
		if (c >= 'A' && c <= 'Z') {
			nc = c + 32, sc = 'X', upper++;
		} else if (c >= 'a' && c <= 'z') {
			sc = 'x', lower++;
		} else if (c >= '0' && c <= '9') {
			nc = '0', sc = 'd', flags |= TL_TAGW_DIGIT;
		} else if (c >= 0x80) {
			sc = (c & 0xc0) == 0x80 ? 0 : 'u';
		} else {
			sc = c;
			if (c == '-')
				flags |= TL_TAGW_HYPHEN;
		}
		/* norm keeps the first WORD_MAX-8 bytes and the last 8 */
		if (nn < WORD_MAX - 8)
			norm[nn++] = nc;
		else {
			memmove(norm + WORD_MAX - 8, norm + WORD_MAX - 7, 7);
			norm[WORD_MAX - 1] = nc;
			nn = WORD_MAX;
		}
		if (sc) {
			run = sc == last_shape ? run + 1 : 1;
			last_shape = sc;
			if (run <= 3 && ns < WORD_MAX)
				shape[ns++] = sc;
		}
	}
	if (upper && s[0] >= 'A' && s[0] <= 'Z')
		flags |= TL_TAGW_CAP;
	if (upper && !lower)
		flags |= TL_TAGW_ALLCAPS;
	if (n > 4 && (memcmp(s, "http", 4) == 0 || memcmp(s, "www.", 4) == 0))
		flags |= TL_TAGW_URL;
	w->flags = flags;
	w->norm = fnv(norm, nn);
	lex_lookup(t, w->norm, w);
	w->shape = fnv(shape, ns);
	for (size_t k = 0; k < 4; k++)
		w->suf[k] = k < nn ? fnv(norm + nn - k - 1, k + 1) : w->norm;
	for (size_t k = 0; k < 3; k++)
		w->pre[k] = k < nn ? fnv(norm, k + 1) : w->norm;
}

guint
tl_tagger_style(const char *text, const TlToken *tokens, size_t n)
{
	size_t alpha = 0, cap = 0, allcaps = 0;
	for (size_t i = 0; i < n; i++) {
		const guint8 *s = (const guint8 *)text + tokens[i].start, *e = (const guint8 *)text + tokens[i].end;
		if (s == e || !g_ascii_isalpha(*s))
			continue;
		alpha++;
		if (g_ascii_isupper(*s)) {
			if (i > 0)
				cap++;
			const guint8 *p = s;
			while (p < e && !g_ascii_islower(*p))
				p++;
			allcaps += p == e && e - s > 1;
		}
	}
	if (alpha < 2)
		return 0;
	if (allcaps * 10 >= alpha * 7)
		return 4;
	if (cap == 0)
		return 1;
	return cap * 100 < alpha * 35 ? 2 : 3;
}

size_t
tl_tagger_features(const TlTagWord *const win[5], int prev1, int prev2, guint style,
                   guint64 *out)
{
	const TlTagWord *w = win[2];
	static const TlTagWord none = {1, 1, 1, 1, {0, 0}, {1, 1, 1, 1}, {1, 1, 1}, 0};
	const TlTagWord *l1 = win[1] ? win[1] : &none, *l2 = win[0] ? win[0] : &none;
	const TlTagWord *r1 = win[3] ? win[3] : &none, *r2 = win[4] ? win[4] : &none;
	guint64 p1 = (guint64)(prev1 + 2), p2 = (guint64)(prev2 + 2);
	size_t n = 0;
	out[n++] = feat(0, 0, 0);
	out[n++] = feat(1, w->norm, 0);
	out[n++] = feat(2, w->raw, 0);
	for (int k = 0; k < 4; k++)
		out[n++] = feat(3 + k, w->suf[k], 0);
	for (int k = 1; k < 3; k++)
		out[n++] = feat(7 + k, w->pre[k], 0);
	out[n++] = feat(10, w->shape, 0);
	out[n++] = feat(11, w->flags, 0);
	out[n++] = feat(12, l1->norm, 0);
	out[n++] = feat(13, l2->norm, 0);
	out[n++] = feat(14, r1->norm, 0);
	out[n++] = feat(15, r2->norm, 0);
	out[n++] = feat(16, l1->suf[2], 0);
	out[n++] = feat(17, r1->suf[2], 0);
	out[n++] = feat(18, r1->shape, 0);
	out[n++] = feat(19, l1->shape, 0);
	out[n++] = feat(20, p1, 0);
	out[n++] = feat(21, p2, 0);
	out[n++] = feat(22, p1, p2);
	out[n++] = feat(23, p1, w->norm);
	out[n++] = feat(24, l1->norm, w->norm);
	out[n++] = feat(25, w->norm, r1->norm);
	out[n++] = feat(26, p1, w->suf[2]);
	out[n++] = feat(28, l1->norm, r1->norm);
	out[n++] = feat(29, p1, r1->norm);
	out[n++] = feat(30, r1->norm, r2->norm);
	out[n++] = feat(31, w->flags, r1->flags);
	out[n++] = feat(32, w->amb, 0);
	out[n++] = feat(33, r1->amb, 0);
	out[n++] = feat(34, r2->amb, 0);
	out[n++] = feat(36, w->amb, r1->amb);
	out[n++] = feat(37, p1, r1->amb);
	out[n++] = feat(38, w->norm, r1->amb);
	out[n++] = feat(39, w->amb, w->suf[2]);
	out[n++] = feat(40, style, w->flags);
	out[n++] = feat(42, style, w->amb);
	return n;
}

/* ---- model ---------------------------------------------------------------- */


static gboolean
load(TlTagger *t, GBytes *model, GError **error)
{
	gsize size = 0;
	TlCursor c = {g_bytes_get_data(model, &size), NULL};
	c.end = c.p + size;
	char magic[8];
	guint32 version, n_classes;
	if (!tl_cursor_take(&c, magic, 8) || memcmp(magic, TL_TAGGER_MAGIC, 8) != 0)
		return tl_model_error(error, "not a tagger model");
	if (!tl_cursor_u32(&c, &version) || version != TL_TAGGER_VERSION)
		return tl_model_error(error, "unknown version");
	if (!tl_cursor_u32(&c, &n_classes) || n_classes == 0 || n_classes > MAX_CLASSES)
		return tl_model_error(error, "bad class count");
	t->n_classes = (int)n_classes;
	for (guint32 i = 0; i < n_classes; i++) {
		guint8 b[2];
		if (!tl_cursor_take(&c, b, 2) || b[0] >= TL_UPOS_COUNT || b[1] >= TL_XPOS_COUNT)
			return tl_model_error(error, "bad class");
		t->classes[i].upos = b[0];
		t->classes[i].xpos = b[1];
	}
	guint32 n_lex;
	if (!tl_cursor_u32(&c, &n_lex) || n_lex > size / 32)
		return tl_model_error(error, "bad lexicon size");
	guint64 cap = 16;
	while (cap < (guint64)n_lex * 2)
		cap <<= 1;
	t->lex_mask = cap - 1;
	t->lex = g_new0(LexSlot, cap);
	for (guint32 i = 0; i < n_lex; i++) {
		guint64 word, amb, a0, a1;
		if (!tl_cursor_u64(&c, &word) || !tl_cursor_u64(&c, &amb) || !tl_cursor_u64(&c, &a0) ||
		    !tl_cursor_u64(&c, &a1) || word == 0)
			return tl_model_error(error, "truncated lexicon");
		guint64 k = word & t->lex_mask;
		while (t->lex[k].word != 0 && t->lex[k].word != word)
			k = (k + 1) & t->lex_mask;
		t->lex[k] = (LexSlot){word, amb, {a0, a1}};
	}
	t->weights = tl_weights_parse(&c.p, c.end, n_classes, error);
	if (!t->weights)
		return FALSE;
	if (c.p != c.end)
		return tl_model_error(error, "trailing bytes");
	return TRUE;
}

TlTagger *
tl_tagger_new_from_bytes(GBytes *model, GError **error)
{
	g_autoptr(TlTagger) t = g_new0(TlTagger, 1);
	if (!load(t, model, error))
		return NULL;
	return g_steal_pointer(&t);
}

void
tl_tagger_free(TlTagger *tagger)
{
	if (!tagger)
		return;
	tl_weights_free(tagger->weights);
	g_free(tagger->lex);
	g_free(tagger);
}

const TlTagger *
tl_tagger_default(GError **error)
{
	static gsize once = 0;
	static TlTagger *tagger;
	static char *load_error;
	if (g_once_init_enter(&once)) {
		GError *err = NULL;
		g_autoptr(GBytes) b = tl_resource_get("common", "tagger/model.bin", &err);
		if (b)
			tagger = tl_tagger_new_from_bytes(b, &err);
		if (!tagger)
			load_error = g_strdup(err->message);
		g_clear_error(&err);
		g_once_init_leave(&once, 1);
	}
	if (!tagger)
		g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "%s", load_error);
	return tagger;
}

int
tl_tagger_best(const TlTagWord *w, const gint32 *scores, int n_classes)
{
	int best = 0;
	if (!w->allowed[0] && !w->allowed[1]) {
		for (int c = 1; c < n_classes; c++)
			if (scores[c] > scores[best])
				best = c;
		return best;
	}
	/* only the classes of the word's dictionary entry, lowest first */
	best = -1;
	for (int h = 0; h < 2; h++)
		for (guint64 bits = w->allowed[h]; bits; bits &= bits - 1) {
			int c = h * 64 + __builtin_ctzll(bits);
			if (c < n_classes && (best < 0 || scores[c] > scores[best]))
				best = c;
		}
	return best < 0 ? 0 : best;
}

/* ---- agreement ---------------------------------------------------------------- */

static gboolean
word_is(const char *text, const TlToken *t, const char *const *forms)
{
	size_t len = t->end - t->start;
	for (; *forms; forms++)
		if (strlen(*forms) == len && g_ascii_strncasecmp(text + t->start, *forms, len) == 0)
			return TRUE;
	return FALSE;
}

/*
 * The verb forms that grammar fixes and a greedy left-to-right tagger can
 * miss when adverbs stand between: a verb after a modal or "to" is a base
 * form (VB), a past form after "have" or "be" is a participle (VBN).  The
 * closed classes are part of the grammar, not a lexicon.
 */
static void
agree(const char *text, const TlToken *tokens, TlPos *out, size_t i)
{
	static const char *const have[] = {"have", "has", "had", "having", "'ve", "’ve", NULL};
	static const char *const be[] = {"is", "are", "was", "were", "be", "been", "being",
	                                 "'re", "’re", "'m", "’m", NULL};
	static const char *const subject[] = {"i", "we", "they", NULL};
	static const char *const nominative[] = {"i", "you", "he", "she", "it", "we", "they", "who",
	                                         NULL};
	guint8 x = out[i].xpos;
	if (x != TL_XPOS_VBP && x != TL_XPOS_VBD && x != TL_XPOS_VB && x != TL_XPOS_VBN)
		return;
	/* the nearest word before, over adverbs and "not" */
	size_t j = i;
	while (j > 0 && i - j < 3 && (out[j - 1].xpos == TL_XPOS_RB || out[j - 1].upos == TL_UPOS_PART) &&
	       out[j - 1].xpos != TL_XPOS_TO)
		j--;
	if (j == 0)
		return;
	const TlPos *p = &out[j - 1];
	if (x == TL_XPOS_VBP && (p->xpos == TL_XPOS_MD || p->xpos == TL_XPOS_TO))
		out[i].xpos = TL_XPOS_VB;
	else if (x == TL_XPOS_VBD && (p->upos == TL_UPOS_AUX || p->upos == TL_UPOS_VERB) &&
	         (word_is(text, &tokens[j - 1], have) || word_is(text, &tokens[j - 1], be)))
		out[i].xpos = TL_XPOS_VBN;
	/* "they arrested": a past form right after a subject pronoun is the
	 * past tense, never a participle */
	else if (x == TL_XPOS_VBN && (p->xpos == TL_XPOS_PRP || p->xpos == TL_XPOS_WP) &&
	         word_is(text, &tokens[j - 1], nominative) &&
	         (j < 2 || (out[j - 2].upos != TL_UPOS_AUX && out[j - 2].upos != TL_UPOS_VERB)))
		out[i].xpos = TL_XPOS_VBD;
	/* "they want": a present form after a subject pronoun, unless an
	 * auxiliary before the pronoun makes a question ("do they want") */
	else if (x == TL_XPOS_VB && p->xpos == TL_XPOS_PRP && word_is(text, &tokens[j - 1], subject) &&
	         (j < 2 || (out[j - 2].upos != TL_UPOS_AUX && out[j - 2].xpos != TL_XPOS_MD &&
	                    out[j - 2].upos != TL_UPOS_VERB && out[j - 2].xpos != TL_XPOS_TO)))
		out[i].xpos = TL_XPOS_VBP;
}

/* ---- decoding --------------------------------------------------------------- */

void
tl_tagger_tag(const TlTagger *t, const char *text, const TlToken *tokens, size_t n, TlPos *out)
{
	/* a ring of word windows: no allocation, however long the sentence */
	TlTagWord ring[8];
	const TlTagWord *win[5];
	guint64 feats[TL_TAGGER_MAX_FEATS];
	gint32 scores[MAX_CLASSES];
	int prev1 = -1, prev2 = -1, best;
	guint style = tl_tagger_style(text, tokens, n);
	for (size_t j = 0; j < 3 && j < n; j++)
		tl_tagger_word(t, text, tokens[j].start, tokens[j].end, j == 0, &ring[j & 7]);
	for (size_t i = 0; i < n; i++) {
		if (i + 3 < n)
			tl_tagger_word(t, text, tokens[i + 3].start, tokens[i + 3].end, FALSE,
			               &ring[(i + 3) & 7]);
		for (int k = 0; k < 5; k++) {
			ptrdiff_t j = (ptrdiff_t)i + k - 2;
			win[k] = j >= 0 && (size_t)j < n ? &ring[(size_t)j & 7] : NULL;
		}
		size_t nf = tl_tagger_features(win, prev1, prev2, style, feats);
		tl_weights_score(t->weights, feats, nf, scores);
		best = tl_tagger_best(win[2], scores, t->n_classes);
		out[i] = t->classes[best];
		agree(text, tokens, out, i);
		/* emoji and other pictographs (4-byte UTF-8 symbols) are what UD
		 * English tags emoticons: SYM, NFP */
		if (tokens[i].kind == TL_TOK_SYMBOL && (guint8)text[tokens[i].start] >= 0xf0)
			out[i] = (TlPos){TL_UPOS_SYM, TL_XPOS_NFP};
		prev2 = prev1;
		prev1 = best;
	}
}
