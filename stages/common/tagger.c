/*
 * The part-of-speech tagger: feature extraction (shared with the trainer),
 * the model loader and greedy left-to-right decoding (uncached here; the
 * word cache and the decoder that uses it are in tag-cache.c).
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
 * n x (u8 class, i16 weight); then the second pass's section (tag-second.c).
 */
#include <string.h>
#include "tagger-impl.h"
#include "tl/resource.h"
#include "tl/tl.h"
#include "tl/utf8.h"

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
	/* a right single quote is an apostrophe, as the training data writes
	 * it: "we’re" reads as "we're" ("’re" was an unknown word, a verb) */
	guint8 plain[WORD_MAX * 2];
	const guint8 *q = n >= 3 && n <= sizeof plain ? memchr(s, 0xe2, n - 2) : NULL;
	if (q && q[1] == 0x80 && q[2] == 0x99) {
		n = tl_utf8_plain_apostrophes((const char *)s, n, (char *)plain);
		s = plain;
	}
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
		/* norm keeps the first WORD_MAX-8 bytes and the last 8 (the window of
		 * the last 8 slides only once the buffer is full: before, it slid
		 * unwritten bytes in, so long words hashed garbage) */
		if (nn < WORD_MAX)
			norm[nn++] = nc;
		else {
			memmove(norm + WORD_MAX - 8, norm + WORD_MAX - 7, 7);
			norm[WORD_MAX - 1] = nc;
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
	/* a word of letters is no punctuation mark, whatever the scores say
	 * ("Critics hailed "Parasite"" read Critics as an opening quote) */
	if (t && t->n_classes <= 128 && (upper || lower) && !w->allowed[0] && !w->allowed[1]) {
		w->allowed[0] = t->word_classes[0];
		w->allowed[1] = t->word_classes[1];
	}
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

/* What stands past the sentence's edges in a word window. */
const TlTagWord tl_tagger_edge_word = {1, 1, 1, 1, {0, 0}, {1, 1, 1, 1}, {1, 1, 1}, 0};

size_t
tl_tagger_features(const TlTagWord *const win[5], int prev1, int prev2, guint style,
                   guint64 *out)
{
	const TlTagWord *w = win[2];
	const TlTagWord *l1 = win[1] ? win[1] : &tl_tagger_edge_word, *l2 = win[0] ? win[0] : &tl_tagger_edge_word;
	const TlTagWord *r1 = win[3] ? win[3] : &tl_tagger_edge_word, *r2 = win[4] ? win[4] : &tl_tagger_edge_word;
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

/* The features word w adds as a neighbour, by role (ROLE_*). */
void
tl_tagger_neighbour_keys(const TlTagWord *w, guint64 keys[N_ROLES])
{
	keys[ROLE_L1] = feat(12, w->norm, 0);
	keys[ROLE_L1 + 1] = feat(16, w->suf[2], 0);
	keys[ROLE_L1 + 2] = feat(19, w->shape, 0);
	keys[ROLE_L2] = feat(13, w->norm, 0);
	keys[ROLE_R1] = feat(14, w->norm, 0);
	keys[ROLE_R1 + 1] = feat(17, w->suf[2], 0);
	keys[ROLE_R1 + 2] = feat(18, w->shape, 0);
	keys[ROLE_R1 + 3] = feat(33, w->amb, 0);
	keys[ROLE_R2] = feat(15, w->norm, 0);
	keys[ROLE_R2 + 1] = feat(34, w->amb, 0);
}

/* What the word cache needs of a loaded tagger: a serial number (a cache
 * knows whose rows it holds even when a freed tagger's address is reused)
 * and the rows that depend on nothing but the previous classes. */
static void
prepare_cache(TlTagger *t)
{
	static gint serials;
	t->serial = (guint)g_atomic_int_add(&serials, 1) + 1;
	t->stride = tl_weights_stride(t->weights);
	size_t np = (size_t)t->n_classes + 1;
	t->prev_rows = g_new(guint32, 2 * np + np * np);
	for (size_t a = 0; a < np; a++) {
		t->prev_rows[a] = tl_weights_row(t->weights, feat(20, a + 1, 0));
		t->prev_rows[np + a] = tl_weights_row(t->weights, feat(21, a + 1, 0));
		for (size_t b = 0; b < np; b++)
			t->prev_rows[2 * np + a * np + b] = tl_weights_row(t->weights, feat(22, a + 1, b + 1));
	}
	guint64 keys[N_ROLES];
	tl_tagger_neighbour_keys(&tl_tagger_edge_word, keys);
	tl_weights_rows_each(t->weights, keys, N_ROLES, t->edge_roles);
}

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
		if (b[0] != TL_UPOS_PUNCT && i < 128)
			t->word_classes[i / 64] |= (guint64)1 << (i % 64);
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
	if (!t->weights || !tl_second_parse(t, &c, error))
		return FALSE;
	if (c.p != c.end)
		return tl_model_error(error, "trailing bytes");
	prepare_cache(t);
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
	tl_weights_free(tagger->second);
	g_free(tagger->lex);
	g_free(tagger->prev_rows);
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

/* Is token k a subject that takes the plain present ("they", "these",
 * "idiots")?  Not "you": "thank you", "let you know" leave it open. */
static gboolean
plural_subject(const char *text, const TlToken *tokens, const TlPos *out, size_t k)
{
	static const char *const subject[] = {"i", "we", "they", NULL};
	static const char *const these[] = {"these", "those", NULL};
	if (out[k].xpos == TL_XPOS_PRP)
		return word_is(text, &tokens[k], subject);
	if (out[k].xpos == TL_XPOS_DT)
		return word_is(text, &tokens[k], these);
	return out[k].xpos == TL_XPOS_NNS || out[k].xpos == TL_XPOS_NNPS;
}

/* Is the noun phrase ending at token k the object of a verb, modal or "to"
 * that wants a base form after it ("let them go", "do they want", "to
 * help people find")?  Looks back over its determiners and modifiers. */
static gboolean
governed(const TlPos *out, size_t k)
{
	size_t j = k;
	while (j > 0 && k - j < 4 &&
	       (out[j - 1].upos == TL_UPOS_DET || out[j - 1].upos == TL_UPOS_ADJ ||
	        out[j - 1].upos == TL_UPOS_NUM || out[j - 1].upos == TL_UPOS_NOUN ||
	        out[j - 1].xpos == TL_XPOS_PRPS))
		j--;
	if (j == 0)
		return FALSE;
	const TlPos *g = &out[j - 1];
	return g->upos == TL_UPOS_AUX || g->upos == TL_UPOS_VERB || g->xpos == TL_XPOS_MD ||
	       g->xpos == TL_XPOS_TO;
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
	else if (x == TL_XPOS_VB && plural_subject(text, tokens, out, j - 1) && !governed(out, j - 1))
		out[i].xpos = TL_XPOS_VBP;
}

/*
 * Past tenses of irregular verbs that are no noun in news (not "saw",
 * "left", "ground", "wound", "rose", "fell", "felt", "spoke", "shot",
 * "thought", "fed", "led", "won", "drew", "met", "bid", "beat"...), sorted.
 * A greedy tagger that met few of them in training reads one after a noun
 * as a compound's head: "The army withdrew from the city", "The economy
 * shrank" (NN).  A closed class, part of the grammar, like "have" and "be".
 * past_only are never participles; past_or_participle are participles too
 * ("a trench dug alongside", "the goods bought").
 */
static const char *const past_only[] = {
	"arose", "ate", "awoke", "became", "befell", "began", "blew", "broke", "chose", "flew",
	"forbade", "foresaw", "forgave", "forgot", "forsook", "froze", "gave", "grew", "hid", "knew",
	"mistook", "overcame", "oversaw", "overtook", "rang", "rode", "sank", "shook", "shrank",
	"sprang", "stank", "stole", "strode", "strove", "swam", "swore", "threw", "tore", "undertook",
	"underwent", "went", "withdrew", "woke", "wore", "wove", "wrote",
};
static const char *const past_or_participle[] = {
	"beheld", "bled", "bought", "bred", "brought", "caught", "clung", "crept", "dealt", "dug",
	"dwelt", "fled", "flung", "fought", "knelt", "leapt", "shone", "slept", "slid", "sought",
	"sped", "spun", "stood", "struck", "stuck", "stung", "swept", "swung", "taught", "understood",
	"upheld", "wept", "withheld", "withstood", "wrung",
};

static int
cmp_form(const void *a, const void *b)
{
	return strcmp(a, *(const char *const *)b);
}

/* Is token t, lower-cased, one of forms[0..n) (sorted)? */
static gboolean
form_in(const char *text, const TlToken *t, const char *const *forms, size_t n)
{
	size_t len = t->end - t->start;
	char w[16];
	if (len < 3 || len >= sizeof w)
		return FALSE;
	for (size_t c = 0; c < len; c++)
		w[c] = g_ascii_tolower(text[t->start + c]);
	w[len] = 0;
	return bsearch(w, forms, n, sizeof *forms, cmp_form) != NULL;
}

/* Is token i, tagged NN after a noun or a pronoun, the past tense of an
 * irregular verb: a form of past_only, or of past_or_participle with no
 * verb before it in the sentence ("The dollar slid", not "pushed it into
 * a trench dug alongside")? */
static gboolean
past_after_subject(const char *text, const TlToken *tokens, const TlPos *out, size_t i)
{
	if (out[i].xpos != TL_XPOS_NN ||
	    (out[i - 1].upos != TL_UPOS_NOUN && out[i - 1].upos != TL_UPOS_PROPN &&
	     out[i - 1].xpos != TL_XPOS_PRP))
		return FALSE;
	if (form_in(text, &tokens[i], past_only, G_N_ELEMENTS(past_only)))
		return TRUE;
	if (!form_in(text, &tokens[i], past_or_participle, G_N_ELEMENTS(past_or_participle)))
		return FALSE;
	for (size_t k = 0; k < i; k++)
		if (out[k].upos == TL_UPOS_VERB || out[k].upos == TL_UPOS_AUX)
			return FALSE;
	return TRUE;
}

/* The first token of the noun phrase whose words run back from token
 * `from` (exclusive) while fewer than six tokens before `end`: nouns,
 * proper nouns, adjectives, determiners, numbers, possessive pronouns (and
 * a possessive's "'s" when `possessive`). */
static size_t
phrase_start(const TlPos *out, size_t from, size_t end, gboolean possessive)
{
	size_t j = from;
	while (j > 0 && end - j < 6 &&
	       (out[j - 1].upos == TL_UPOS_NOUN || out[j - 1].upos == TL_UPOS_PROPN ||
	        out[j - 1].upos == TL_UPOS_ADJ || out[j - 1].upos == TL_UPOS_DET ||
	        out[j - 1].upos == TL_UPOS_NUM || out[j - 1].xpos == TL_XPOS_PRPS ||
	        (possessive && out[j - 1].xpos == TL_XPOS_POS)))
		j--;
	return j;
}

/*
 * Is token i, tagged VBN, the past tense of a clause whose subject, a noun
 * phrase, stands right before it and whose object follows ("Iran hosted
 * the championship", "said its board authorized the repurchase", "The
 * firm raised its prices")?  The subject opens the sentence or follows a
 * verb (what was said) or "that"; nothing before it in the clause makes
 * the participle a reduced relative.  Not before a time ("the bonds
 * issued this week", "the man arrested the day before"), nor a verb of
 * naming ("a pattern called a glider").
 */
static gboolean
past_before_object(const char *text, const TlToken *tokens, const TlPos *out, size_t i, size_t n)
{
	static const char *const naming[] = {"called", "named", "dubbed", "termed", "titled", "labeled",
	                                     "labelled", "nicknamed", "known", "deemed", "considered",
	                                     NULL};
	static const char *const times[] = {"day", "week", "month", "year", "morning", "afternoon",
	                                    "evening", "night", "weekend", "quarter", "time", NULL};
	static const char *const that[] = {"that", NULL};
	/* (before the subject, these open a question: "How has the pandemic
	 * affected your campaign") */
	static const char *const aux[] = {"has", "have", "had", "is", "are", "was", "were", "do",
	                                  "does", "did", NULL};
	if (out[i].xpos != TL_XPOS_VBN || i + 2 >= n || i == 0 ||
	    (out[i + 1].xpos != TL_XPOS_DT && out[i + 1].xpos != TL_XPOS_PRPS) ||
	    (out[i - 1].upos != TL_UPOS_NOUN && out[i - 1].upos != TL_UPOS_PROPN) ||
	    word_is(text, &tokens[i], naming))
		return FALSE;
	/* "this week", "the day before": a time, not an object */
	size_t k = i + 2;
	while (k < n && k < i + 4 && (out[k].upos == TL_UPOS_ADJ || out[k].upos == TL_UPOS_NUM))
		k++;
	if (k < n && word_is(text, &tokens[k], times))
		return FALSE;
	/* the subject: a noun phrase of up to six words */
	size_t j = phrase_start(out, i - 1, i, TRUE);
	if (j == 0)
		return TRUE;
	const TlPos *p = &out[j - 1];
	return (p->upos == TL_UPOS_VERB && p->xpos != TL_XPOS_VBN && p->xpos != TL_XPOS_VBG &&
	        !word_is(text, &tokens[j - 1], aux)) ||
	       (p->upos == TL_UPOS_SCONJ && word_is(text, &tokens[j - 1], that));
}

/* Does a relative pronoun or "that" come right before the noun phrase
 * that ends before token i ("that the new funding | supports")? */
static gboolean
relative_np_before(const TlPos *out, size_t i)
{
	size_t j = phrase_start(out, i, i, FALSE);
	return j > 0 && (out[j - 1].xpos == TL_XPOS_WDT || out[j - 1].xpos == TL_XPOS_WP ||
	                 out[j - 1].upos == TL_UPOS_SCONJ);
}

/* Is token i a finite auxiliary or modal ("will", "were", "has")? */
static gboolean
finite_aux(const TlPos *out, size_t i)
{
	guint8 x = out[i].xpos;
	return out[i].upos == TL_UPOS_AUX &&
	       (x == TL_XPOS_MD || x == TL_XPOS_VBD || x == TL_XPOS_VBZ || x == TL_XPOS_VBP);
}

/*
 * The subject's last word that the tagger read as a verb, before a finite
 * auxiliary, which no verb is followed by: a name with an inner capital
 * that opens the sentence ("LyphoMed will sell": VBN for its "-ed"), a
 * plural after its noun ("Producer delegates were meeting": VBZ), a
 * gerund after its noun ("The asset sales and equity offering were":
 * VBG).  Its new tags, or its own when it is none of these.
 */
static TlPos
subject_before_aux(const char *text, const TlToken *tokens, const TlPos *out, size_t i, size_t n)
{
	TlPos p = out[i];
	if (i + 1 >= n || !finite_aux(out, i + 1))
		return p;
	guint8 x = p.xpos;
	unsigned char c0 = (unsigned char)text[tokens[i].start];
	if (i == 0 && (x == TL_XPOS_VBN || x == TL_XPOS_VBD) && c0 >= 'A' && c0 <= 'Z') {
		/* (a name's inner capital: "LyphoMed"; "Needed" stays) */
		for (guint32 k = tokens[i].start + 1; k < tokens[i].end; k++)
			if (text[k] >= 'A' && text[k] <= 'Z')
				return (TlPos){TL_UPOS_PROPN, TL_XPOS_NNP};
		return p;
	}
	if (i == 0 || (out[i - 1].upos != TL_UPOS_NOUN && out[i - 1].upos != TL_UPOS_PROPN))
		return p;
	/* (a plural after a common noun, not a verb of saying after a name
	 * or in a relative clause: "Nakasone says is needed", "the program
	 * that the new funding supports is designed") */
	static const char *const saying[] = {"says", "thinks", "believes", "expects", "hopes", "feels",
	                                     "claims", "estimates", "reckons", "argues", "insists",
	                                     "adds", "notes", "warns", "admits", "suggests", NULL};
	if (x == TL_XPOS_VBZ && text[tokens[i].end - 1] == 's' && out[i - 1].upos == TL_UPOS_NOUN &&
	    !word_is(text, &tokens[i], saying) && !relative_np_before(out, i))
		return (TlPos){TL_UPOS_NOUN, TL_XPOS_NNS};
	if (x == TL_XPOS_VBG)
		return (TlPos){TL_UPOS_NOUN, TL_XPOS_NN};
	return p;
}

/* Is token i, tagged VBD, a participle that modifies the noun after it,
 * behind an article or a possessive and up to two adverbs ("the originally planned
 * launch", "his newly elected deputy")?  No finite verb comes there; not
 * after a demonstrative, which may be a subject ("that recently changed"),
 * nor before what a verb takes ("in the daily warned that"). */
static gboolean
modifier_past(const char *text, const TlToken *tokens, const TlPos *out, size_t i)
{
	static const char *const article[] = {"the", "a", "an", NULL};
	if (out[i].xpos != TL_XPOS_VBD)
		return FALSE;
	guint8 u = out[i + 1].upos;
	if (u != TL_UPOS_NOUN && u != TL_UPOS_PROPN && u != TL_UPOS_ADJ && u != TL_UPOS_NUM)
		return FALSE;
	size_t j = i;
	while (j > 0 && i - j < 2 && out[j - 1].xpos == TL_XPOS_RB)
		j--;
	if (j == 0)
		return FALSE;
	return out[j - 1].xpos == TL_XPOS_PRPS ||
	       (out[j - 1].xpos == TL_XPOS_DT && word_is(text, &tokens[j - 1], article));
}

/* Is token t a single quote ("'", "‘") that opens a quotation: a
 * space before it, the next token glued after it? */
static gboolean
opening_quote(const char *text, const TlToken *tokens, size_t t, size_t n)
{
	const TlToken *q = &tokens[t];
	gboolean quote = (q->end == q->start + 1 && text[q->start] == '\'') ||
	                 (q->end == q->start + 3 && memcmp(text + q->start, "\xe2\x80\x98", 3) == 0);
	return quote && t + 1 < n && tokens[t + 1].start == q->end && (t == 0 || tokens[t - 1].end < q->start);
}

/* Is token i an apostrophe glued after a word that ends in "s", a space
 * and a word after it ("the companies' shares")?  The caller knows whether
 * a single quote was opened before it ("'the rules' he said"). */
static gboolean
plural_possessive(const char *text, const TlToken *tokens, size_t i)
{
	const TlToken *t = &tokens[i], *p = &tokens[i - 1], *nx = &tokens[i + 1];
	gboolean ascii = t->end == t->start + 1 && text[t->start] == '\'';
	gboolean curly = t->end == t->start + 3 && memcmp(text + t->start, "\xe2\x80\x99", 3) == 0;
	return (ascii || curly) && p->end == t->start && nx->start != t->end &&
	       (text[p->end - 1] == 's' || text[p->end - 1] == 'S') && g_ascii_isalpha(text[nx->start]);
}

/*
 * A pass with the right context, once the sentence is tagged: an
 * apostrophe glued after an "s" is a possessive (plural_possessive); an irregular
 * past form after its subject is a verb (past_after_subject), and so is a
 * participle between its subject and its object (past_before_object); a
 * subject's word before an auxiliary is none (subject_before_aux), and a past
 * form between an article and its noun a participle (modifier_past); "to" is a
 * preposition (ADP/IN) before what only a preposition takes (a determiner,
 * noun, number, pronoun: "to hostile fire", "to them") and the infinitive
 * marker (PART/TO) before a verb.
 */
void
tl_tagger_right_context(const char *text, const TlToken *tokens, TlPos *out, size_t n)
{
	static const char *const to[] = {"to", NULL};
	static const char *const approx[] = {"about", "around", "nearly", "almost", NULL};
	static const char *const measure[] = {"in", "for", "at", "within", "after", "by", NULL};
	static const char *const adverbial[] = {"on", "in", "around", "over", "off", "out", "before",
	                                        "along", "across", "by", "inside", "outside", NULL};
	static const char *const stops[] = {".", "!", "?", NULL};
	/* "Texas' rating had been lowered": the apostrophe glued after an "s"
	 * is the possessive, and what follows it a noun, not a quote closed
	 * and a gerund; unless a single quote was opened before it (one pass:
	 * `opened` tells of the tokens before the one before i) */
	gboolean opened = FALSE;
	for (size_t i = 1; i + 1 < n; i++) {
		opened |= i >= 2 && opening_quote(text, tokens, i - 2, n);
		if (!opened && plural_possessive(text, tokens, i)) {
			out[i] = (TlPos){TL_UPOS_PART, TL_XPOS_POS};
			if (out[i + 1].xpos == TL_XPOS_VBG)
				out[i + 1] = (TlPos){TL_UPOS_NOUN, TL_XPOS_NN};
		}
	}
	for (size_t i = 1; i < n; i++)
		/* "The army withdrew": such a past form after its subject is the
		 * past tense, not a noun */
		if (past_after_subject(text, tokens, out, i) ||
		    past_before_object(text, tokens, out, i, n))
			out[i] = (TlPos){TL_UPOS_VERB, TL_XPOS_VBD};
	for (size_t i = 0; i + 1 < n; i++)
		out[i] = subject_before_aux(text, tokens, out, i, n);
	for (size_t i = 1; i + 1 < n; i++)
		if (modifier_past(text, tokens, out, i))
			out[i].xpos = TL_XPOS_VBN;
	/* "had proposed", "was taken": "have" or "be" before a participle
	 * (past adverbs and "not") is an auxiliary */
	static const char *const have_be[] = {"have", "has", "had", "having", "is", "are", "was",
	                                      "were", "be", "been", "being", NULL};
	static const char *const *const be_forms = have_be + 4;
	for (size_t i = 0; i + 1 < n; i++) {
		/* (the cheap tests first: a verb of two to six letters before a
		 * participle or an adverb) */
		guint8 nx = out[i + 1].xpos;
		if (out[i].upos != TL_UPOS_VERB || tokens[i].end - tokens[i].start > 6 ||
		    (nx != TL_XPOS_VBN && nx != TL_XPOS_VBG && nx != TL_XPOS_RB && out[i + 1].upos != TL_UPOS_PART) ||
		    !word_is(text, &tokens[i], have_be))
			continue;
		size_t k = i + 1;
		while (k < n && k < i + 3 && (out[k].xpos == TL_XPOS_RB || out[k].upos == TL_UPOS_PART))
			k++;
		/* (a progressive after "be" only: "had tired" is no gerund) */
		if (k < n && (out[k].xpos == TL_XPOS_VBN ||
		              (out[k].xpos == TL_XPOS_VBG && word_is(text, &tokens[i], be_forms))))
			out[i].upos = TL_UPOS_AUX;
	}
	for (size_t i = 0; i + 1 < n; i++) {
		/* "about 5 repairs": before a number, an adverb */
		if (out[i].xpos == TL_XPOS_IN && out[i + 1].xpos == TL_XPOS_CD &&
		    word_is(text, &tokens[i], approx))
			out[i] = (TlPos){TL_UPOS_ADV, TL_XPOS_RB};
		/* "will begin in about five days": a preposition before such an
		 * adverb and what it measures is none */
		if (out[i].xpos == TL_XPOS_RB && i + 2 < n && word_is(text, &tokens[i + 1], approx) &&
		    (out[i + 2].xpos == TL_XPOS_CD || out[i + 2].xpos == TL_XPOS_DT) &&
		    word_is(text, &tokens[i], measure))
			out[i] = (TlPos){TL_UPOS_ADP, TL_XPOS_IN};
		/* "we 've moved on .": a spatial word with no object is an adverb */
		if (out[i].xpos == TL_XPOS_IN && out[i + 1].upos == TL_UPOS_PUNCT &&
		    word_is(text, &tokens[i], adverbial) && word_is(text, &tokens[i + 1], stops))
			out[i] = (TlPos){TL_UPOS_ADV, TL_XPOS_RB};
		/* only a preposition or the infinitive marker is retagged below */
		if ((out[i].xpos != TL_XPOS_TO && out[i].xpos != TL_XPOS_IN) ||
		    !word_is(text, &tokens[i], to))
			continue;
		guint8 u = out[i + 1].upos;
		if (out[i].xpos == TL_XPOS_TO &&
		    (u == TL_UPOS_DET || u == TL_UPOS_NOUN || u == TL_UPOS_PROPN || u == TL_UPOS_NUM ||
		     u == TL_UPOS_PRON))
			out[i] = (TlPos){TL_UPOS_ADP, TL_XPOS_IN};
		else if (out[i].xpos == TL_XPOS_IN && out[i + 1].xpos == TL_XPOS_VB)
			out[i] = (TlPos){TL_UPOS_PART, TL_XPOS_TO};
	}
}

/* A word whose tag dictionary allows one class ("the", ",") needs no
 * scoring: tl_tagger_best would choose it whatever the scores. */
int
tl_tagger_only_class(const TlTagger *t, const TlTagWord *w)
{
	const guint64 *al = w->allowed;
	int best = al[0] ? __builtin_ctzll(al[0]) : 64 + __builtin_ctzll(al[1]);
	return best < t->n_classes ? best : 0;
}

/* Token i's tags from its class, then the grammar's corrections. */
void
tl_tagger_set_tags(const TlTagger *t, const char *text, const TlToken *tokens, TlPos *out, size_t i,
         int best)
{
	out[i] = t->classes[best];
	agree(text, tokens, out, i);
	/* emoji and other pictographs (4-byte UTF-8 symbols) are what UD
	 * English tags emoticons: SYM, NFP */
	if (tokens[i].kind == TL_TOK_SYMBOL && (guint8)text[tokens[i].start] >= 0xf0)
		out[i] = (TlPos){TL_UPOS_SYM, TL_XPOS_NFP};
	/* the suffix features read "d'Estaing" as a gerund */
	else if (out[i].upos != TL_UPOS_PROPN &&
	         tl_token_elided_name(text + tokens[i].start, tokens[i].end - tokens[i].start))
		out[i] = (TlPos){TL_UPOS_PROPN, TL_XPOS_NNP};
}

/* Finish token j (its words in ring, by index & 7). */
static void
finish(const TlTagger *t, TlLag *lag, const char *text, const TlToken *tokens, TlPos *out,
       size_t j, size_t n, const TlTagWord *ring, guint style)
{
	const TlTagWord *win[5];
	for (int k = 0; k < 5; k++) {
		ptrdiff_t x = (ptrdiff_t)j + k - 2;
		win[k] = x >= 0 && (size_t)x < n ? &ring[(size_t)x & 7] : NULL;
	}
	tl_lag_finish(t, lag, text, tokens, out, j, n, win, style);
}

void
tl_tagger_tag_uncached(const TlTagger *t, const char *text, const TlToken *tokens, size_t n,
                       TlPos *out)
{
	TlTagWord ring[8];
	const TlTagWord *win[5];
	guint64 feats[TL_TAGGER_MAX_FEATS];
	gint32 scores[MAX_CLASSES];
	int prev1 = -1, prev2 = -1, best;
	TlLag lag = {.last = -1, .last2 = -1};
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
		gboolean single = tl_tagger_single_class(win[2]);
		if (single) {
			best = tl_tagger_only_class(t, win[2]);
		} else {
			size_t nf = tl_tagger_features(win, prev1, prev2, style, feats);
			tl_weights_score(t->weights, feats, nf, scores);
			best = tl_tagger_best(win[2], scores, t->n_classes);
		}
		if (!t->second) {
			tl_tagger_set_tags(t, text, tokens, out, i, best);
		} else {
			TlCands top;
			if (!single)
				tl_tagger_top(win[2], scores, t->n_classes, &top);
			tl_lag_push(t, &lag, i, single ? NULL : &top, best);
			if (i >= 2)
				finish(t, &lag, text, tokens, out, i - 2, n, ring, style);
		}
		prev2 = prev1;
		prev1 = best;
	}
	for (size_t i = n >= 2 ? n - 2 : 0; t->second && i < n; i++)
		finish(t, &lag, text, tokens, out, i, n, ring, style);
	tl_tagger_right_context(text, tokens, out, n);
}
