/*
 * The event classifier: an averaged perceptron over the hashed features of
 * features.c, with one class per TimeML event class plus "no event",
 * labelling the candidate tokens of each sentence left to right; a token it
 * finds to be an event takes the class that it and a second perceptron,
 * trained on the gold events alone, give together (the sum of their scores).  The model
 * (data/model.bin, written by bin/tl-train-events) is the magic, a version,
 * the class count, the margin by which an event class must beat "no event"
 * (tuned by the trainer on held-out documents) and the kit's compact 16-bit
 * weight rows (tl_weights_parse).
 */
#include <string.h>
#include "tl/resource.h"
#include "events.h"

/* The scores of a word type's word-only features (tl_ev_word_features),
 * kept in a direct-mapped table: most tokens are frequent words.  Only the
 * time changes with it, not the scores (a sum of integers). */
#define CACHE_BITS 13
typedef struct {
	guint64 key; /* tl_ev_word_key; 0: empty */
	gint32 scores[TL_EVC_COUNT];
} CacheSlot;

/* The same for the class model, which only events need (a table of its
 * own: in the first one it made every look-up slower), with how many
 * features the word's are. */
#define CLS_CACHE_BITS 11
typedef struct {
	guint64 key;
	gint32 scores[TL_EVC_COUNT];
	guint32 n_word;
} ClsSlot;

struct TlEvModel {
	TlWeights *w;
	TlWeights *cls; /* the class model: trained on the gold events alone */
	gint32 margin; /* subtracted from the "no event" score */
	CacheSlot *cache;
	ClsSlot *cls_cache;
};

static guint32
get_u32(const guint8 *p)
{
	return (guint32)p[0] | (guint32)p[1] << 8 | (guint32)p[2] << 16 | (guint32)p[3] << 24;
}

TlEvModel *
tl_evmodel_new(GBytes *bytes, GError **error)
{
	gsize size;
	const guint8 *p = g_bytes_get_data(bytes, &size);
	const guint8 *end = p + size;
	size_t ml = strlen(TL_EVMODEL_MAGIC);
	if (size < ml + 12 || memcmp(p, TL_EVMODEL_MAGIC, ml) != 0) {
		g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "event model: bad magic");
		return NULL;
	}
	p += ml;
	guint32 version = get_u32(p), n_classes = get_u32(p + 4);
	gint32 margin = (gint32)get_u32(p + 8);
	p += 12;
	if (version != TL_EVMODEL_VERSION || n_classes != TL_EVC_COUNT) {
		g_set_error(error, TL_ERROR, TL_ERROR_MODEL,
		            "event model: version %u with %u classes (want %u with %u)", version,
		            n_classes, TL_EVMODEL_VERSION, TL_EVC_COUNT);
		return NULL;
	}
	TlWeights *w = tl_weights_parse(&p, end, n_classes, error);
	if (!w)
		return NULL;
	TlWeights *cls = tl_weights_parse(&p, end, n_classes, error);
	if (!cls) {
		tl_weights_free(w);
		return NULL;
	}
	TlEvModel *m = g_new0(TlEvModel, 1);
	m->w = w;
	m->cls = cls;
	m->margin = margin;
	m->cache = g_new0(CacheSlot, 1u << CACHE_BITS);
	m->cls_cache = g_new0(ClsSlot, 1u << CLS_CACHE_BITS);
	return m;
}

void
tl_evmodel_free(TlEvModel *m)
{
	if (!m)
		return;
	tl_weights_free(m->w);
	tl_weights_free(m->cls);
	g_free(m->cache);
	g_free(m->cls_cache);
	g_free(m);
}

const TlEvModel *
tl_evmodel_default(GError **error)
{
	static gsize once;
	static TlEvModel *model;
	static char *msg;
	if (g_once_init_enter(&once)) {
		GError *err = NULL;
		g_autoptr(GBytes) b = tl_resource_get("events", "model.bin", &err);
		if (b)
			model = tl_evmodel_new(b, &err);
		if (!model) {
			msg = g_strdup(err->message);
			g_error_free(err);
		}
		g_once_init_leave(&once, 1);
	}
	if (!model)
		g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "%s", msg);
	return model;
}

/* The scores of token i's word-only features, from the cache or computed. */
static const gint32 *
word_scores(const TlEvModel *m, const TlEvDoc *d, size_t i, guint64 key)
{
	CacheSlot *slot = &m->cache[key & ((1u << CACHE_BITS) - 1)];
	if (slot->key != key) {
		guint64 feats[TL_EV_MAX_FEATS];
		size_t n = tl_ev_word_features(d, i, feats);
		tl_weights_score(m->w, feats, n, slot->scores);
		slot->key = key;
	}
	return slot->scores;
}

/* The same for the class model. */
static const ClsSlot *
word_cls_scores(const TlEvModel *m, const TlEvDoc *d, size_t i, guint64 key)
{
	ClsSlot *slot = &m->cls_cache[key & ((1u << CLS_CACHE_BITS) - 1)];
	if (slot->key != key) {
		guint64 feats[TL_EV_MAX_FEATS];
		size_t n = tl_ev_word_features(d, i, feats);
		tl_weights_score(m->cls, feats, n, slot->scores);
		slot->n_word = (guint32)n;
		slot->key = key;
	}
	return slot;
}

/* The first candidate token from i on, or n. */
static size_t
next_candidate(const TlEvDoc *d, size_t i, size_t n)
{
	while (i < n && !tl_ev_candidate(d, i))
		i++;
	return i;
}

/* A candidate's context features, computed one candidate ahead so that the
 * weights' table slots they hash to are on their way into the cache while
 * the candidate before is scored (the look-ups wait on memory, not on
 * arithmetic).  prev is the previous class they were computed with. */
typedef struct {
	guint64 feats[TL_EV_MAX_FEATS];
	size_t n, tok;
	int prev;
	guint64 key; /* tl_ev_word_key of tok: its word-score slots are asked for too */
} Ahead;

static void
look_ahead(const TlEvModel *m, const TlEvDoc *d, size_t j, int prev, Ahead *a)
{
	if (!a->key || a->tok != j) {
		a->key = tl_ev_word_key(d, j);
		__builtin_prefetch(&m->cache[a->key & ((1u << CACHE_BITS) - 1)]);
		__builtin_prefetch(&m->cls_cache[a->key & ((1u << CLS_CACHE_BITS) - 1)]);
	}
	a->tok = j;
	a->prev = prev;
	a->n = tl_ev_context_features(d, j, prev, a->feats, TL_EV_MAX_FEATS);
	tl_weights_prefetch(m->w, a->feats, a->n);
}

/* Label candidate i, whose context features are a's, given the previous
 * class: 0 for none, else the event class. */
static int
label_one(const TlEvModel *m, const TlEvDoc *d, size_t i, const Ahead *a)
{
	gint32 scores[TL_EVC_COUNT];
	guint64 key = a->key; /* never 0 */
	const gint32 *ws = word_scores(m, d, i, key);
	tl_weights_score(m->w, a->feats, a->n, scores);
	for (int c = 0; c < TL_EVC_COUNT; c++)
		scores[c] += ws[c];
	scores[0] -= m->margin;
	int best = 0;
	for (int c = 1; c < TL_EVC_COUNT; c++)
		if (scores[c] > scores[best])
			best = c;
	if (best) {
		/* an event: the class model, which saw only events, adds its say,
		 * on tl_ev_features (the word's, then the context's with no
		 * previous class, TL_EV_MAX_FEATS in all), summed in two parts */
		gint32 cs[TL_EVC_COUNT];
		const ClsSlot *wc = word_cls_scores(m, d, i, key);
		size_t room = TL_EV_MAX_FEATS - wc->n_word;
		if (a->prev == 0 && a->n <= room) {
			tl_weights_score(m->cls, a->feats, a->n, cs);
		} else {
			guint64 feats[TL_EV_MAX_FEATS];
			size_t n_ctx = tl_ev_context_features(d, i, 0, feats, room);
			tl_weights_score(m->cls, feats, n_ctx, cs);
		}
		best = 1;
		for (int c = 1; c < TL_EVC_COUNT; c++)
			cs[c] += wc->scores[c] + scores[c];
		for (int c = 2; c < TL_EVC_COUNT; c++)
			if (cs[c] > cs[best])
				best = c;
	}
	return best;
}

void
tl_evmodel_label(const TlEvModel *m, const TlEvDoc *d, guint8 *classes)
{
	size_t n = d->toks->len;
	Ahead ahead[2] = {{.key = 0}, {.key = 0}}; /* no key yet */
	int cur = 0;
	size_t i = next_candidate(d, 0, n);
	memset(classes, TL_EVC_NONE, n);
	if (i < n)
		look_ahead(m, d, i, 0, &ahead[cur]);
	while (i < n) {
		/* the class before i, where a candidate of its sentence precedes it */
		gboolean joined = i > 0 && tl_ev_candidate(d, i - 1) &&
		                  tl_evdoc_tok(d, i)->sent == tl_evdoc_tok(d, i - 1)->sent;
		int prev = joined ? classes[i - 1] : 0;
		if (ahead[cur].prev != prev) /* guessed "no event" before it: wrong */
			look_ahead(m, d, i, prev, &ahead[cur]);
		size_t j = next_candidate(d, i + 1, n);
		if (j < n)
			look_ahead(m, d, j, 0, &ahead[!cur]);
		classes[i] = (guint8)label_one(m, d, i, &ahead[cur]);
		cur = !cur;
		i = j;
	}
}

void
tl_evmodel_set_margin(TlEvModel *m, gint32 margin)
{
	m->margin = margin;
}
