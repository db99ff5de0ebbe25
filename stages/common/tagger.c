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
 * u64 ambiguity class), u32 n_features, then per feature u64 hash, u8 n,
 * n x (u8 class, i16 weight).
 */
#include <string.h>
#include "tl/tagger.h"
#include "tl/resource.h"
#include "tl/tl.h"

#define MAX_CLASSES 250

struct TlWeights {
	guint32 n_classes;
	guint64 mask;
	/* open addressing on the hash's low bits; its high half is checked */
	struct Slot {
		guint32 check;
		guint32 off; /* into weights: a row's length, then its pairs */
	} *slots;
	struct Weight {
		guint8 cls;
		gint16 w;
	} *weights;
	/* rows with many classes are expanded to dense vectors at load time,
	 * added with SIMD: the costly rows (bias, previous tag) are those */
	guint32 n_padded; /* n_classes rounded up to a multiple of 8 */
	guint32 n_dense;
	gint16 *dense;
};

#define DENSE_FLAG 0x80000000u
#define DENSE_MIN 12

typedef gint16 V8s __attribute__((vector_size(16)));
typedef gint32 V8i __attribute__((vector_size(32)));

/* The training lexicon: word (norm hash) -> its ambiguity class (hash of
 * the set of classes it had in training), an open-addressing table. */
typedef struct {
	guint64 word, amb;
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

static guint64
lex_lookup(const TlTagger *t, guint64 word)
{
	if (!t || !t->lex)
		return 2;
	for (guint64 i = word & t->lex_mask;; i = (i + 1) & t->lex_mask) {
		if (t->lex[i].word == word)
			return t->lex[i].amb;
		if (t->lex[i].word == 0)
			return 2; /* unknown word */
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
	w->amb = lex_lookup(t, w->norm);
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
	static const TlTagWord none = {1, 1, 1, 1, {1, 1, 1, 1}, {1, 1, 1}, 0};
	const TlTagWord *l1 = win[1] ? win[1] : &none, *l2 = win[0] ? win[0] : &none;
	const TlTagWord *r1 = win[3] ? win[3] : &none, *r2 = win[4] ? win[4] : &none;
	guint64 p1 = (guint64)(prev1 + 2), p2 = (guint64)(prev2 + 2);
	size_t n = 0;
	out[n++] = feat(0, 0, 0);
	out[n++] = feat(1, w->norm, 0);
	out[n++] = feat(2, w->raw, 0);
	for (int k = 0; k < 4; k++)
		out[n++] = feat(3 + k, w->suf[k], 0);
	for (int k = 0; k < 3; k++)
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
	out[n++] = feat(27, r1->suf[1], 0);
	out[n++] = feat(28, l1->norm, r1->norm);
	out[n++] = feat(29, p1, r1->norm);
	out[n++] = feat(30, r1->norm, r2->norm);
	out[n++] = feat(31, w->flags, r1->flags);
	out[n++] = feat(32, w->amb, 0);
	out[n++] = feat(33, r1->amb, 0);
	out[n++] = feat(34, r2->amb, 0);
	out[n++] = feat(35, l1->amb, 0);
	out[n++] = feat(36, w->amb, r1->amb);
	out[n++] = feat(37, p1, r1->amb);
	out[n++] = feat(38, w->norm, r1->amb);
	out[n++] = feat(39, w->amb, w->suf[2]);
	out[n++] = feat(40, style, w->flags);
	out[n++] = feat(41, style, w->norm);
	out[n++] = feat(42, style, w->amb);
	out[n++] = feat(43, style * 64 + (l1->flags & 3) * 4 + (r1->flags & 3), w->flags);
	return n;
}

/* ---- model ---------------------------------------------------------------- */

typedef struct {
	const guint8 *p, *end;
} Cursor;

static gboolean
take(Cursor *c, void *dst, size_t n)
{
	if ((size_t)(c->end - c->p) < n)
		return FALSE;
	memcpy(dst, c->p, n);
	c->p += n;
	return TRUE;
}

static gboolean
take_u32(Cursor *c, guint32 *v)
{
	guint8 b[4];
	if (!take(c, b, 4))
		return FALSE;
	*v = b[0] | (guint32)b[1] << 8 | (guint32)b[2] << 16 | (guint32)b[3] << 24;
	return TRUE;
}

static gboolean
take_u64(Cursor *c, guint64 *v)
{
	guint32 lo, hi;
	if (!take_u32(c, &lo) || !take_u32(c, &hi))
		return FALSE;
	*v = (guint64)hi << 32 | lo;
	return TRUE;
}

static gboolean
bad_model(GError **error, const char *why)
{
	g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "bad model: %s", why);
	return FALSE;
}

void
tl_weights_free(TlWeights *w)
{
	if (!w)
		return;
	g_free(w->slots);
	g_free(w->weights);
	g_free(w->dense);
	g_free(w);
}

TlWeights *
tl_weights_parse(const guint8 **pos, const guint8 *end, guint32 n_classes, GError **error)
{
	Cursor c = {*pos, end};
	guint32 n_feats;
	size_t size = (size_t)(end - *pos);
	if (!take_u32(&c, &n_feats) || n_feats > size / 9) {
		bad_model(error, "bad feature count");
		return NULL;
	}
	g_autoptr(TlWeights) t = g_new0(TlWeights, 1);
	t->n_classes = n_classes;
	guint64 cap = 16;
	while (cap < (guint64)n_feats * 2)
		cap <<= 1;
	t->mask = cap - 1;
	t->slots = g_new0(struct Slot, cap);
	/* each weight takes 3 bytes of the file: that bounds their number */
	t->weights = g_new(struct Weight, size / 3 + n_feats + 1);
	t->n_padded = (n_classes + 7) & ~7u;
	/* a first pass counts the dense rows */
	Cursor scan = c;
	for (guint32 f = 0; f < n_feats; f++) {
		guint8 hdr[9];
		if (!take(&scan, hdr, 9) || (size_t)(scan.end - scan.p) < (size_t)hdr[8] * 3) {
			bad_model(error, "truncated feature");
			return NULL;
		}
		scan.p += (size_t)hdr[8] * 3;
		t->n_dense += hdr[8] >= DENSE_MIN;
	}
	t->dense = g_new0(gint16, (size_t)t->n_dense * t->n_padded + 8);
	guint32 off = 0, nd = 0;
	for (guint32 f = 0; f < n_feats; f++) {
		guint64 key;
		guint8 n;
		if (!take_u64(&c, &key) || key == 0 || !take(&c, &n, 1)) {
			bad_model(error, "truncated feature");
			return NULL;
		}
		gboolean dense = n >= DENSE_MIN;
		guint32 start = dense ? (nd | DENSE_FLAG) : off++;
		if (!dense) {
			t->weights[start].cls = n;
			t->weights[start].w = 0;
		}
		for (guint8 k = 0; k < n; k++) {
			guint8 b[3];
			if (!take(&c, b, 3) || b[0] >= n_classes) {
				bad_model(error, "truncated weights");
				return NULL;
			}
			gint16 w = (gint16)(b[1] | b[2] << 8);
			if (dense) {
				t->dense[(size_t)nd * t->n_padded + b[0]] = w;
			} else {
				t->weights[off].cls = b[0];
				t->weights[off].w = w;
				off++;
			}
		}
		nd += dense;
		guint64 i = key & t->mask;
		guint32 check = (guint32)(key >> 32) | 1;
		while (t->slots[i].check != 0 && t->slots[i].check != check)
			i = (i + 1) & t->mask;
		t->slots[i] = (struct Slot){check, start};
	}
	*pos = c.p;
	return g_steal_pointer(&t);
}

void
tl_weights_score(const TlWeights *t, const guint64 *feats, size_t n, gint32 *scores)
{
	/* the rows are scattered over megabytes: find them all first, asking
	 * the memory for each before it is needed, so the misses overlap */
	guint32 rows[64];
	size_t nr = 0;
	V8i acc[256 / 8];
	memset(acc, 0, sizeof(gint32) * t->n_padded);
	for (size_t f = 0; f < n && f < 64; f++)
		__builtin_prefetch(&t->slots[feats[f] & t->mask]);
	for (size_t f = 0; f < n && f < 64; f++) {
		guint64 key = feats[f];
		guint32 check = (guint32)(key >> 32) | 1;
		for (guint64 i = key & t->mask;; i = (i + 1) & t->mask) {
			const struct Slot *s = &t->slots[i];
			if (s->check == check) {
				if (s->off & DENSE_FLAG)
					__builtin_prefetch(&t->dense[(size_t)(s->off & ~DENSE_FLAG) * t->n_padded]);
				else
					__builtin_prefetch(&t->weights[s->off]);
				rows[nr++] = s->off;
				break;
			}
			if (s->check == 0)
				break;
		}
	}
	gint32 *sparse = (gint32 *)acc;
	for (size_t r = 0; r < nr; r++) {
		if (rows[r] & DENSE_FLAG) {
			const gint16 *d = t->dense + (size_t)(rows[r] & ~DENSE_FLAG) * t->n_padded;
			for (guint32 k = 0; k < t->n_padded / 8; k++) {
				V8s v;
				memcpy(&v, d + 8 * k, sizeof v);
				acc[k] += __builtin_convertvector(v, V8i);
			}
			continue;
		}
		const struct Weight *w = t->weights + rows[r];
		guint32 len = w->cls;
		w++;
		for (guint32 k = 0; k < len; k++)
			sparse[w[k].cls] += w[k].w;
	}
	memcpy(scores, acc, sizeof(gint32) * t->n_classes);
}

static gboolean
load(TlTagger *t, GBytes *model, GError **error)
{
	gsize size = 0;
	Cursor c = {g_bytes_get_data(model, &size), NULL};
	c.end = c.p + size;
	char magic[8];
	guint32 version, n_classes;
	if (!take(&c, magic, 8) || memcmp(magic, TL_TAGGER_MAGIC, 8) != 0)
		return bad_model(error, "not a tagger model");
	if (!take_u32(&c, &version) || version != TL_TAGGER_VERSION)
		return bad_model(error, "unknown version");
	if (!take_u32(&c, &n_classes) || n_classes == 0 || n_classes > MAX_CLASSES)
		return bad_model(error, "bad class count");
	t->n_classes = (int)n_classes;
	for (guint32 i = 0; i < n_classes; i++) {
		guint8 b[2];
		if (!take(&c, b, 2) || b[0] >= TL_UPOS_COUNT || b[1] >= TL_XPOS_COUNT)
			return bad_model(error, "bad class");
		t->classes[i].upos = b[0];
		t->classes[i].xpos = b[1];
	}
	guint32 n_lex;
	if (!take_u32(&c, &n_lex) || n_lex > size / 16)
		return bad_model(error, "bad lexicon size");
	guint64 cap = 16;
	while (cap < (guint64)n_lex * 2)
		cap <<= 1;
	t->lex_mask = cap - 1;
	t->lex = g_new0(LexSlot, cap);
	for (guint32 i = 0; i < n_lex; i++) {
		guint64 word, amb;
		if (!take_u64(&c, &word) || !take_u64(&c, &amb) || word == 0)
			return bad_model(error, "truncated lexicon");
		guint64 k = word & t->lex_mask;
		while (t->lex[k].word != 0 && t->lex[k].word != word)
			k = (k + 1) & t->lex_mask;
		t->lex[k] = (LexSlot){word, amb};
	}
	t->weights = tl_weights_parse(&c.p, c.end, n_classes, error);
	if (!t->weights)
		return FALSE;
	if (c.p != c.end)
		return bad_model(error, "trailing bytes");
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

/* ---- decoding --------------------------------------------------------------- */

void
tl_tagger_tag(const TlTagger *t, const char *text, const TlToken *tokens, size_t n, TlPos *out)
{
	/* a ring of five word windows: no allocation, however long the sentence */
	TlTagWord ring[5];
	const TlTagWord *win[5];
	guint64 feats[TL_TAGGER_MAX_FEATS];
	gint32 scores[MAX_CLASSES];
	int prev1 = -1, prev2 = -1;
	guint style = tl_tagger_style(text, tokens, n);
	for (size_t j = 0; j < 2 && j < n; j++)
		tl_tagger_word(t, text, tokens[j].start, tokens[j].end, j == 0, &ring[j % 5]);
	for (size_t i = 0; i < n; i++) {
		if (i + 2 < n)
			tl_tagger_word(t, text, tokens[i + 2].start, tokens[i + 2].end, FALSE,
			               &ring[(i + 2) % 5]);
		for (int k = 0; k < 5; k++) {
			ptrdiff_t j = (ptrdiff_t)i + k - 2;
			win[k] = j >= 0 && (size_t)j < n ? &ring[(size_t)j % 5] : NULL;
		}
		size_t nf = tl_tagger_features(win, prev1, prev2, style, feats);
		tl_weights_score(t->weights, feats, nf, scores);
		int best = 0;
		for (int c = 1; c < t->n_classes; c++)
			if (scores[c] > scores[best])
				best = c;
		out[i] = t->classes[best];
		prev2 = prev1;
		prev1 = best;
	}
}
