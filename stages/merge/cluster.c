/*
 * Same-event clustering.  Two mentions are linked when their date ranges
 * overlap and their score reaches the threshold (data/merge.ini):
 *
 *   score = wP * P + wL * L + wS * S
 *   P  shared participants / participants of the smaller side ("Blinken"
 *      matches "Antony Blinken": a name matches another that ends with it;
 *      counted from both sides and the fewer taken, so P(a, b) = P(b, a))
 *   L  1 when both trigger lemmas are in one synonym group, else 0 (for
 *      the classes merge.ini calls lemma-blind, reports, 1 only for one
 *      report told in the same words: same_report)
 *   S  Jaccard index of the summaries' content words
 *
 * The dates must agree: the same range, or one inside the other when neither
 * is longer than coarse-days (a day in its week); a month, a quarter or a
 * year matches only itself.  Within one document overlapping is enough
 * (link_within_documents, a pass of its own: the twins below stand for
 * their copies in every other document, not in their own).  Links through coarse or straddling dates
 * (a week across two months) chained the stories of a year into one entry.
 *
 * Two mentions of one sentence of one document with the same date are also
 * linked when one's trigger is a word of the other's summary ("a 4.5% raise
 * backdated" inside "drivers get a 4.5% raise backdated"), or both are told
 * in the same words, as are two told alike whose dates nest ("Blinken
 * finished his three-day trip" for the finishing and the trip): those are
 * parts of one happening told once, while "finished the trip, where he met
 * officials" stays two events.
 *
 * Entries are the connected components of the links (single link).  The
 * relation depends on the two mentions only, so the components depend on the
 * set of mentions, not on their order or on how the input was sharded: this
 * is what makes merging associative.  Only pairs that share a blocking key
 * and overlap in time are scored (see tl_merge_cluster): exact, not a
 * heuristic, because no single part of the score reaches the threshold.
 */
#include <string.h>
#include "tl/cli.h"
#include "merge.h"
#include "buckets.h"
#include "itab.h"
#include "store.h"
#include "xsort.h"

/* Does key a name the same participant as b (equal, or one ends the other
 * at a word that no joining word comes before)? */
gboolean
tl_merge_same_participant(const TlMergeLexicon *lx, TlKey a, TlKey b)
{
	if (a == b)
		return TRUE;
	const char *x = tl_merge_key_string(lx, a), *y = tl_merge_key_string(lx, b);
	size_t nx = strlen(x), ny = strlen(y);
	if (nx > ny) {
		const char *t = x;
		x = y, y = t;
		size_t tn = nx;
		nx = ny, ny = tn;
	}
	if (!(nx > 0 && nx < ny && strcmp(y + ny - nx, x) == 0 && y[ny - nx - 1] == ' '))
		return FALSE;
	/* the word before: "bank of france" is not "france" */
	const char *end = y + ny - nx - 1, *w = end;
	while (w > y && w[-1] != ' ')
		w--;
	char word[16];
	if ((size_t)(end - w) >= sizeof word)
		return TRUE;
	memcpy(word, w, (size_t)(end - w));
	word[end - w] = '\0';
	return !g_hash_table_contains(lx->joining_words, word);
}

/* Does x's participant i name one of y's? */
static gboolean
part_found(const TlMergeLexicon *lx, const TlMention *x, guint i, const TlMention *y)
{
	/* one name ends the other at a word only if their last words are equal:
	 * compare those numbers first, the strings seldom */
	for (guint j = 0; j < y->n_parts; j++)
		if (tl_mention_plast(x)[i] == tl_mention_plast(y)[j] &&
		    (tl_mention_pkeys(x)[i] == tl_mention_pkeys(y)[j] ||
		     tl_merge_same_participant(lx, tl_mention_pkeys(x)[i], tl_mention_pkeys(y)[j])))
			return TRUE;
	return FALSE;
}

/* Is a word of x's participant i (those that name nobody alone aside)
 * among the capitalised words y's summary gives before its trigger
 * ("salomon brothers inc" in "Salomon Inc has lowered", "treasury" in "U.S.
 * Treasury Secretary James Baker agreed"; not "nmr centers inc" in "Sound
 * Advice Inc said")? */
static gboolean
name_in_subject(const TlMergeLexicon *lx, const TlMention *x, guint i, const TlMention *y)
{
	const char *name = tl_merge_key_string(lx, tl_mention_pkeys(x)[i]);
	for (const char *p = name; *p;) {
		size_t n = strcspn(p, " \t\n\r");
		char buf[TL_MERGE_NAME_WORD];
		const char *w = n ? tl_merge_name_word(lx, p, n, buf) : NULL;
		TlKey k = w ? tl_merge_key_find(lx, w) : 0;
		for (guint j = 0; k && j < G_N_ELEMENTS(y->subject_words); j++)
			if (y->subject_words[j] == k)
				return TRUE;
		p += n;
		p += strspn(p, " \t\n\r");
	}
	return FALSE;
}

/* How many of x's participants name one of y's. */
static guint
parts_found(const TlMergeLexicon *lx, const TlMention *x, const TlMention *y)
{
	guint hit = 0;
	for (guint i = 0; i < x->n_parts; i++)
		hit += part_found(lx, x, i, y);
	return hit;
}

/* Shared participants over those of the smaller side (of the larger when
 * larger is set), counted both ways and the fewer taken, so that the score
 * does not depend on which mention comes first ("Inc" alone names both "W
 * Brands Inc" and "Vernors Inc": one shared, not two); *shared: how many. */
static double
participant_overlap(const TlMergeLexicon *lx, const TlMention *a, const TlMention *b,
                    gboolean larger, guint *shared)
{
	guint na = a->n_parts, nb = b->n_parts;
	*shared = 0;
	if (na == 0 || nb == 0)
		return 0;
	guint hit = MIN(parts_found(lx, a, b), parts_found(lx, b, a));
	guint of = larger ? MAX(na, nb) : MIN(na, nb);
	*shared = hit;
	return (double)MIN(hit, of) / of;
}

/* The digits a summary word begins with ("185", "2" of "2bn"), their
 * number in *n; 0 when it does not begin with one. */
static const char *
figure(const TlMergeLexicon *lx, TlKey k, size_t *n)
{
	const char *w = tl_merge_key_string(lx, k);
	*n = strspn(w, "0123456789");
	return w;
}

/* Does some figure of b's summary have the digits fa[0..na)? */
static gboolean
has_figure(const TlMergeLexicon *lx, const TlMention *b, const char *fa, size_t na)
{
	for (guint j = 0; j < b->n_words; j++) {
		size_t nb;
		const char *fb = figure(lx, tl_mention_words(b)[j], &nb);
		if (nb == na && memcmp(fa, fb, na) == 0)
			return TRUE;
	}
	return FALSE;
}

/* Do both summaries give figures, and none the same?  Then they tell of two
 * amounts, two events.  A figure is the digits a word begins with: "1.7" is
 * "1" and "7", "$2bn" and "$2 billion" are both "2". */
static gboolean
other_figures(const TlMergeLexicon *lx, const TlMention *a, const TlMention *b)
{
	gboolean fa = FALSE, fb = FALSE;
	size_t n;
	for (guint j = 0; j < b->n_words && !fb; j++)
		fb = figure(lx, tl_mention_words(b)[j], &n) && n > 0;
	for (guint i = 0; i < a->n_words && fb; i++) {
		const char *f = figure(lx, tl_mention_words(a)[i], &n);
		if (!n)
			continue;
		fa = TRUE;
		if (has_figure(lx, b, f, n))
			return FALSE;
	}
	return fa && fb;
}

/* Summary words two mentions that share no participant must share (their
 * triggers and names aside) to be one event. */
#define WORDS_WITHOUT_NAMES 2

/* Content words two reports need, all the same, to count as one report. */
#define REPORT_WORDS 3

/*
 * Are a and b one report told in the same words?  A report's lemma says
 * nothing of which report it is ("said"), so a shared lemma counts for it
 * (L = 1) only with the same trigger lemma and the same content words, at
 * least REPORT_WORDS of them: "The department said new orders for
 * nondurable goods were up 1.6 billion dlrs" in two copies of one story
 * (a wire story printed twice) is one event, two stories of a day that
 * "said" are not.  words: how many the two share.
 */
static gboolean
same_report(const TlMention *a, const TlMention *b, guint words)
{
	return a->blind && b->blind && a->trigger_lemma && a->trigger_lemma == b->trigger_lemma &&
	       words >= REPORT_WORDS && words == a->n_words && words == b->n_words;
}

/* L of a and b: the same lemma group, or (same_report) the same report. */
static double
lemma_part(const TlMention *a, const TlMention *b, guint words)
{
	return (a->lemma_group && a->lemma_group == b->lemma_group) || same_report(a, b, words) ? 1 : 0;
}

/* Jaccard index of two sorted key sets; *shared: how many they share. */
static double
jaccard(const TlKey *a, guint na, const TlKey *b, guint nb, guint *shared)
{
	guint i = 0, j = 0, inter = 0;
	while (i < na && j < nb) {
		TlKey x = a[i], y = b[j];
		if (x == y)
			inter++, i++, j++;
		else if (x < y)
			i++;
		else
			j++;
	}
	guint uni = na + nb - inter;
	*shared = inter;
	return uni ? (double)inter / uni : 0;
}

/*
 * The score of two mentions whose dates overlap, whatever their lengths (P
 * over the larger side's participants when larger is set: see
 * link_document), with vetoes that the sum cannot see:
 * - one name in common, or a coarse date (larger) and not all names, and
 *   no summary word (both have words, triggers aside): on news that name is a country and
 *   the verb a common one ("U.S." and "issued": a company's shares and a
 *   department's request for proposals), and a year holds many events of
 *   the same people ("United States presidential election" and "Winning
 *   the Republican Party's primaries in Florida and Illinois");
 * - nobody in common while both name someone: two actors, two events
 *   ("U.S. economic growth", "U.K. economic growth");
 * - nobody named on one side and fewer than WORDS_WITHOUT_NAMES words in
 *   common: one word is too little ("Cattle slaughter" in 24 daily
 *   reports, "Annual meeting" of two companies);
 * - two subjects, each a stranger to the other (below);
 * - other figures (other_figures): "copper stocks fell to 109,200 short
 *   tons" and "copper stocks fell to 185,400 short tons".
 */
static double
score_parts(const TlMergeLexicon *lx, const TlMention *a, const TlMention *b, gboolean larger)
{
	/* one sentence's events share its participants: only same_happening
	 * joins them ("In the 2020 United States presidential election, Trump
	 * won the primaries in Florida and Illinois" is two events, and
	 * through the election the primaries joined those of 22 articles) */
	if (a->sentence >= 0 && a->sentence == b->sentence && tl_merge_strcmp(a->doc, b->doc) == 0)
		return 0;
	guint words, names;
	double s = jaccard(tl_mention_words(a), a->n_words, tl_mention_words(b), b->n_words, &words);
	double p = participant_overlap(lx, a, b, larger, &names);
	if ((names == 1 || (larger && p < 1)) && a->n_words && b->n_words && !words)
		return 0;
	if (names == 0 && ((a->n_parts && b->n_parts) || words < WORDS_WITHOUT_NAMES))
		return 0;
	/* two subjects, each unknown to the other's event: two actors, two
	 * events, whatever else they share ("NMR Centers Inc said its common
	 * stock has started trading on the NASDAQ" and "Sound Advice Inc said
	 * ...", the same words and NASDAQ); not over a month or a year, where
	 * the subject is more often a name of the place the event is of ("U.S.
	 * presidential election", "United States presidential election") */
	if (!larger && a->subject && b->subject && !part_found(lx, a, a->subject - 1u, b) &&
	    !part_found(lx, b, b->subject - 1u, a) &&
	    !name_in_subject(lx, a, a->subject - 1u, b) && !name_in_subject(lx, b, b->subject - 1u, a))
		return 0;
	double l = lemma_part(a, b, words);
	double score = lx->w_participants * p + lx->w_lemma * l + lx->w_summary * s;
	if (score >= lx->threshold - 1e-9 && other_figures(lx, a, b))
		return 0;
	return score;
}

double
tl_merge_score(const TlMergeLexicon *lx, const TlMention *a, const TlMention *b)
{
	if (!(a->start < b->end && b->start < a->end))
		return 0;
	if ((a->start != b->start || a->end != b->end) &&
	    ((double)MAX(a->end - a->start, b->end - b->start) > lx->coarse_days ||
	     !((a->start <= b->start && b->end <= a->end) || (b->start <= a->start && a->end <= b->end))))
		return 0;
	/* a month or a year holds many events: one name of several is too
	 * little ("United States presidential election" and "Incumbent
	 * President of the United States Donald Trump won the party's
	 * primaries", both 2020) */
	return score_parts(lx, a, b, (double)(a->end - a->start) > lx->coarse_days);
}

/*
 * An upper bound of the score from the sizes alone (P <= 1 when both have
 * participants, S <= the smaller word count over the larger): most pairs of
 * a block fail it and are never scored.
 */
static gboolean
may_link(const TlMergeLexicon *lx, const TlMention *a, const TlMention *b)
{
	guint wa = a->n_words, wb = b->n_words;
	double s = wa && wb ? (double)MIN(wa, wb) / MAX(wa, wb) : 0;
	double p = a->n_parts && b->n_parts ? 1 : 0;
	double l = lemma_part(a, b, MIN(wa, wb));
	return lx->w_participants * p + lx->w_lemma * l + lx->w_summary * s >= lx->threshold - 1e-9;
}

/* Is the trigger of a (lower-cased, lemmatized: its trigger_lemma, made when
 * it arrived) a word of b's summary (its words, or its own trigger's word,
 * which they leave out)? */
static gboolean
trigger_in_summary(const TlMention *a, const TlMention *b)
{
	TlKey q = a->trigger_lemma;
	if (q && q == b->trigger_word)
		return TRUE;
	for (guint i = 0; q && i < b->n_words; i++)
		if (tl_mention_words(b)[i] == q)
			return TRUE;
	return FALSE;
}

/* Are a and b told in the same words (their summaries alike)? */
static gboolean
told_alike(const TlMention *a, const TlMention *b)
{
	return a->summary_hash && a->summary_hash == b->summary_hash;
}

/* Is one's day range inside the other's (neither empty)? */
static gboolean
nested(const TlMention *a, const TlMention *b)
{
	return a->end > a->start && b->end > b->start &&
	       ((a->start <= b->start && b->end <= a->end) || (b->start <= a->start && a->end <= b->end));
}

/* One happening told once in a sentence (see above): of one date, one's
 * trigger in the other's summary or both told alike; or told alike, one's
 * date inside the other's ("Blinken finished his three-day trip" for the
 * finishing on 26 April and the trip of the 24th to the 26th). */
static gboolean
same_happening(const TlMention *a, const TlMention *b)
{
	if (a->sentence < 0 || b->sentence < 0 || tl_merge_strcmp(a->doc, b->doc) != 0)
		return FALSE;
	gboolean same_date = a->start == b->start && a->end == b->end && g_strcmp0(a->value, b->value) == 0;
	/* told again in the same words, the same date, another sentence of
	 * the document: "Hongkongers have been protesting" for "protesting"
	 * and for the "protests" of the next sentence */
	/* (with a word besides the trigger: "Increase", "Talks" alone may be
	 * others) */
	if (a->sentence != b->sentence)
		return same_date && a->end > a->start && a->n_words >= 1 && told_alike(a, b);
	if (same_date)
		return trigger_in_summary(a, b) || trigger_in_summary(b, a) || told_alike(a, b);
	return told_alike(a, b) && nested(a, b);
}

static guint
uf_find(guint *parent, guint i)
{
	while (parent[i] != i) {
		parent[i] = parent[parent[i]];
		i = parent[i];
	}
	return i;
}

static void
uf_union(guint *parent, guint a, guint b)
{
	a = uf_find(parent, a);
	b = uf_find(parent, b);
	if (a != b)
		parent[a < b ? b : a] = a < b ? a : b;
}

/* One mention listed under one blocking key; len: its end - start, or
 * LEN_UNKNOWN (then the mention is read for its end). */
typedef struct {
	guint64 key;
	gint64 start;
	guint idx;
	guint32 len;
} Slot;

#define LEN_UNKNOWN G_MAXUINT32

static int
slot_cmp(gconstpointer pa, gconstpointer pb)
{
	const Slot *a = pa, *b = pb;
	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static void
slot_swap(Slot *a, Slot *b)
{
	Slot t = *a;
	*a = *b;
	*b = t;
}

/*
 * Sort slots in place: qsort(3) is a merge sort that borrows a buffer as
 * large as the array, which was the peak of tl-merge's memory.  Quicksort on
 * the median of three, the smaller side first, insertion sort for short runs.
 */
static void
slot_sort(Slot *v, gsize n)
{
	while (n > 16) {
		gsize mid = n / 2;
		if (slot_cmp(&v[mid], &v[0]) < 0)
			slot_swap(&v[mid], &v[0]);
		if (slot_cmp(&v[n - 1], &v[0]) < 0)
			slot_swap(&v[n - 1], &v[0]);
		if (slot_cmp(&v[n - 1], &v[mid]) < 0)
			slot_swap(&v[n - 1], &v[mid]);
		Slot pivot = v[mid];
		gsize i = 0, j = n - 1;
		for (;;) { /* Hoare: v[0] <= pivot <= v[n - 1] bound both scans */
			while (slot_cmp(&v[i], &pivot) < 0)
				i++;
			while (slot_cmp(&pivot, &v[j]) < 0)
				j--;
			if (i >= j)
				break;
			slot_swap(&v[i++], &v[j--]);
		}
		/* [0, j] <= pivot <= [j + 1, n) */
		if (j + 1 < n - j - 1) {
			slot_sort(v, j + 1);
			v += j + 1;
			n -= j + 1;
		} else {
			slot_sort(v + j + 1, n - j - 1);
			n = j + 1;
		}
	}
	for (gsize i = 1; i < n; i++)
		for (gsize k = i; k > 0 && slot_cmp(&v[k], &v[k - 1]) < 0; k--)
			slot_swap(&v[k], &v[k - 1]);
}

/*
 * Where slots go: counted, listed when slots is set, or dealt into the
 * buckets of their passes when buckets is set.  With passes > 1, a slot
 * belongs to the pass its key hashes to, and only that pass's are taken
 * (all of them, into buckets).  Every slot of a key is in one pass, so the
 * pairs swept are the same in any number of passes.
 */
typedef struct {
	Slot *slots; /* room for the count of its pass (a GArray would round it up to a power of 2) */
	guint64 count;
	guint pass, passes;
	TlBuckets *buckets;
} SlotSink;

static guint
pass_of(guint64 key, guint passes)
{
	return (guint)(((key * G_GUINT64_CONSTANT(0x9E3779B97F4A7C15)) >> 32) % passes);
}

static void
add_slot(SlotSink *k, guint64 kind, guint64 a, guint64 b, const TlMention *mn, guint i)
{
	guint64 key = kind << 62 | a << 31 | b;
	guint p = k->passes > 1 ? pass_of(key, k->passes) : 0;
	if (!k->buckets && p != k->pass)
		return;
	k->count++;
	if (!k->slots && !k->buckets)
		return;
	gint64 len = mn->end - mn->start;
	Slot sl = {key, mn->start, i, len >= 0 && len < LEN_UNKNOWN ? (guint32)len : LEN_UNKNOWN};
	if (k->buckets)
		tl_buckets_add(k->buckets, p, &sl);
	else
		k->slots[k->count - 1] = sl;
}

/* The features the score reads, hashed: mentions equal in them score alike
 * against any other. */
static guint
features_hash(const TlMention *mn)
{
	guint h = (guint)mn->start * 31u + (guint)mn->end;
	h = h * 31u + mn->lemma_group;
	for (guint i = 0; i < mn->n_parts; i++)
		h = h * 31u + tl_mention_pkeys(mn)[i];
	for (guint i = 0; i < mn->n_words; i++)
		h = h * 31u + tl_mention_words(mn)[i];
	return h;
}

static gboolean
same_array(const TlKey *a, guint na, const TlKey *b, guint nb)
{
	return na == nb && (na == 0 || memcmp(a, b, na * sizeof(TlKey)) == 0);
}

static gboolean
features_equal(guint idx, gconstpointer probe, gpointer data)
{
	const TlMention *a = tl_store_get(data, idx), *b = probe;
	return a->start == b->start && a->end == b->end && a->lemma_group == b->lemma_group &&
	       a->blind == b->blind && (!a->blind || a->trigger_lemma == b->trigger_lemma) &&
	       same_array(tl_mention_pkeys(a), a->n_parts, tl_mention_pkeys(b), b->n_parts) &&
	       same_array(tl_mention_words(a), a->n_words, tl_mention_words(b), b->n_words);
}

/* Bits over the mentions: 1 bit each, where a byte was. */
static inline gboolean
bit(const guint8 *v, guint i)
{
	return v[i / 8] >> (i % 8) & 1;
}

static inline void
set_bit(guint8 *v, guint i)
{
	v[i / 8] |= (guint8)(1u << (i % 8));
}

/*
 * Twins: mentions equal in every feature of the score (many copies of one
 * story) score the same against any third mention.  When a twin scores as
 * one event with itself, all its twins are one event: union them, and only
 * the first needs scoring against the others.  This keeps thousands of
 * copies of one event from being compared pairwise.  The bits returned are
 * the mentions that need no scoring: such twins, and the dead (store.h).
 * A mention with another of its sentence (mates) is no twin: the score
 * keeps one sentence's events apart, so it would not score as its twins
 * do against that other.
 */
static guint8 *
find_twins(const TlMergeLexicon *lx, TlStore *s, guint *parent, const guint8 *mates)
{
	guint n = tl_store_len(s), i;
	guint8 *unscored = g_new0(guint8, n / 8 + 1);
	g_autoptr(TlItab) first = tl_itab_new(features_equal, s);
	TlStoreScan sc;
	const TlMention *mn;
	tl_store_scan_init(&sc, s, 0);
	while ((mn = tl_store_scan_next(&sc, &i))) {
		if (tl_store_dead(s, i)) {
			set_bit(unscored, i);
			continue;
		}
		if (bit(mates, i))
			continue;
		guint h = features_hash(mn), f;
		if (!tl_itab_lookup(first, h, mn, &f)) {
			tl_itab_insert(first, h, i);
			continue;
		}
		if (tl_merge_score(lx, tl_store_get(s, f), mn) >= lx->threshold - 1e-9) {
			uf_union(parent, f, i);
			set_bit(unscored, i);
		}
	}
	tl_store_scan_clear(&sc);
	return unscored;
}

/*
 * Does a link from the part of weight w plus the summary need S = 1, the same
 * content words?  (w + wS * S >= threshold with S below 1 - 1e-6 impossible.)
 */
static gboolean
identical_words_needed(const TlMergeLexicon *lx, double w)
{
	return lx->w_summary > 0 && (lx->threshold - 1e-9 - w) / lx->w_summary > 1 - 1e-6;
}

/* A 31-bit key of a word set (equal sets, equal keys; others may collide,
 * which only costs a pair scored for nothing). */
static TlKey
words_key(const TlMention *mn)
{
	guint32 h = 2166136261u;
	for (guint i = 0; i < mn->n_words; i++) {
		h ^= tl_mention_words(mn)[i];
		h *= 16777619u;
	}
	return h & 0x7fffffff;
}

/* Pairs of one document's mentions looked at, at most, by the pass below:
 * a document of a million events dated alike stays linear. */
#define DOC_PAIRS_MAX 2000000

static int
doc_order_cmp(gconstpointer pa, gconstpointer pb, gpointer data)
{
	const TlMention *const *mns = data;
	const TlMention *a = mns[*(const guint *)pa], *b = mns[*(const guint *)pb];
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end < b->end ? -1 : 1;
	return strcmp(a->event, b->event);
}

/* The hash of a mention's document id, the last one's again when held
 * mentions share their pooled id (a record's come together); on file, ids
 * are copies in a buffer that is used again, so each is hashed. */
typedef struct {
	const char *doc;
	guint64 h;
} DocHash;

static guint64
doc_hash(DocHash *dh, TlStore *s, const TlMention *mn)
{
	if (mn->doc == dh->doc && !tl_store_on_file(s))
		return dh->h;
	dh->doc = mn->doc;
	dh->h = tl_xsort_hash(mn->doc);
	return dh->h;
}

/* The stretches of one document (a record's mentions come together, the
 * dead left out), as keys of the hash of its id (a), the first number (c)
 * and the length (d), sorted; at most max_bytes of them held (0: no limit).
 * Ids of one hash are told apart when their mentions are read. */
static TlXsort *
doc_runs(TlStore *s, guint64 max_bytes)
{
	TlXsort *x = tl_xsort_new(max_bytes, NULL, NULL);
	TlStoreScan sc;
	const TlMention *mn;
	guint i;
	TlSortKey run = {0, 0, 0, 0};
	DocHash dh = {NULL, 0};
	tl_store_scan_init(&sc, s, 0);
	while ((mn = tl_store_scan_next(&sc, &i))) {
		if (tl_store_dead(s, i))
			continue;
		guint64 h = doc_hash(&dh, s, mn);
		if (run.d && run.a == h && run.c + run.d == i)
			run.d++;
		else {
			if (run.d)
				tl_xsort_add(x, &run);
			run = (TlSortKey){h, 0, i, 1};
		}
	}
	if (run.d)
		tl_xsort_add(x, &run);
	tl_store_scan_clear(&sc);
	return x;
}

static int
doc_id_cmp(gconstpointer pa, gconstpointer pb, gpointer data)
{
	const TlMention *const *mns = data;
	guint a = *(const guint *)pa, b = *(const guint *)pb;
	int c = tl_merge_strcmp(mns[a]->doc, mns[b]->doc);
	return c ? c : (a > b) - (a < b);
}

/* The pairs of one document's mentions (numbers idx, copies mns) that
 * overlap, in a fixed order (by date, then event id).  Their participants
 * count over the larger side: a coarse date holds many events of its
 * document, and "United States presidential election" (2020) joined "Joe
 * Biden won the Democratic Party's South Carolina primary" (29 February) by
 * "United States" alone, one name of four; through such links the 2020
 * election of 22 documents took in their primaries. */
static void
link_document(const TlMergeLexicon *lx, const guint *idx, const TlMention **mns, guint n,
              guint *order, guint *parent)
{
	for (guint i = 0; i < n; i++)
		order[i] = i;
	g_qsort_with_data(order, (gint)n, sizeof(guint), doc_order_cmp, mns);
	guint64 budget = DOC_PAIRS_MAX;
	for (guint i = 0; i < n && budget; i++) {
		const TlMention *ma = mns[order[i]];
		for (guint j = i + 1; j < n && budget; j++, budget--) {
			const TlMention *mb = mns[order[j]];
			if (mb->start >= ma->end)
				break;
			/* equal ranges are the main pass's */
			if (mb->start == ma->start && mb->end == ma->end)
				continue;
			guint a = idx[order[i]], b = idx[order[j]];
			if (uf_find(parent, a) != uf_find(parent, b) && may_link(lx, ma, mb) &&
			    score_parts(lx, ma, mb, TRUE) >= lx->threshold - 1e-9)
				uf_union(parent, a, b);
		}
	}
}

/*
 * Within one document, overlapping dates are enough: a writer who tells of
 * "last year's meeting" and of "the summit last November" tells of one
 * event, where two stories of a news archive dated "1987" and "1987-03-03"
 * seldom do.  Each document's mentions in a fixed order (by date, then
 * event id), so that the pairs looked at do not depend on the input order;
 * one document at a time, its mentions read together.
 */
/* The mentions of one hash of document ids (numbers idx, copies mns),
 * one id at a time: almost always there is one. */
static void
link_same_hash(const TlMergeLexicon *lx, guint *idx, const TlMention **mns, guint n,
               GArray *order, GArray *part, guint *parent)
{
	g_array_set_size(order, n);
	guint *o = (guint *)order->data;
	gboolean one = TRUE;
	for (guint k = 0; k < n; k++) {
		o[k] = k;
		one = one && tl_merge_strcmp(mns[k]->doc, mns[0]->doc) == 0;
	}
	if (one) {
		link_document(lx, idx, mns, n, o, parent);
		return;
	}
	g_qsort_with_data(o, (gint)n, sizeof(guint), doc_id_cmp, (gpointer)mns);
	g_autofree guint *sub_idx = g_new(guint, n);
	g_autofree const TlMention **sub = g_new(const TlMention *, n);
	for (guint k = 0, e; k < n; k = e) {
		for (e = k; e < n && tl_merge_strcmp(mns[o[e]]->doc, mns[o[k]]->doc) == 0; e++) {
			sub_idx[e - k] = idx[o[e]];
			sub[e - k] = mns[o[e]];
		}
		g_array_set_size(part, e - k);
		link_document(lx, sub_idx, sub, e - k, (guint *)part->data, parent);
	}
}

/* The mention numbers of the next document that runs (doc_runs) holds, into
 * idx; FALSE when none is left.  *next and *more are the reader's state:
 * its next run, and whether there is one. */
static gboolean
next_document(TlXsort *runs, TlSortKey *next, gboolean *more, GArray *idx)
{
	if (!*more)
		return FALSE;
	guint64 doc = next->a;
	g_array_set_size(idx, 0);
	do {
		for (guint k = 0; k < next->d; k++) {
			guint v = next->c + k;
			g_array_append_val(idx, v);
		}
		*more = tl_xsort_next(runs, next);
	} while (*more && next->a == doc);
	return TRUE;
}

static void
link_within_documents(const TlMergeLexicon *lx, TlStore *s, guint *parent, guint64 max_bytes)
{
	g_autoptr(TlXsort) runs = doc_runs(s, max_bytes);
	g_autoptr(GArray) idx = g_array_new(FALSE, FALSE, sizeof(guint));
	g_autoptr(GArray) mns = g_array_new(FALSE, FALSE, sizeof(TlMention *));
	g_autoptr(GArray) order = g_array_new(FALSE, FALSE, sizeof(guint));
	g_autoptr(GArray) part = g_array_new(FALSE, FALSE, sizeof(guint));
	g_autoptr(GByteArray) arena = g_byte_array_new();
	TlSortKey next;
	gboolean more = tl_xsort_next(runs, &next);
	while (next_document(runs, &next, &more, idx)) {
		guint n = idx->len;
		if (n < 2)
			continue;
		g_array_set_size(mns, n);
		tl_store_load(s, (guint *)idx->data, n, arena, (const TlMention **)mns->data);
		link_same_hash(lx, (guint *)idx->data, (const TlMention **)mns->data, n, order, part,
		               parent);
	}
	if (tl_xsort_error(runs))
		tl_store_set_error(s, tl_xsort_error(runs));
}

static int
sentence_cmp(gconstpointer pa, gconstpointer pb, gpointer data)
{
	const TlMention *const *mns = data;
	const TlMention *a = mns[*(const guint *)pa], *b = mns[*(const guint *)pb];
	int c = tl_merge_strcmp(a->doc, b->doc);
	if (c)
		return c;
	return a->sentence < b->sentence ? -1 : a->sentence > b->sentence;
}

/* Bits over the mentions: those that share their document and sentence
 * with another (see find_twins), read a document at a time as
 * link_within_documents reads them. */
static guint8 *
sentence_mates(TlStore *s, guint64 max_bytes)
{
	guint8 *mates = g_new0(guint8, tl_store_len(s) / 8 + 1);
	g_autoptr(TlXsort) runs = doc_runs(s, max_bytes);
	g_autoptr(GArray) idx = g_array_new(FALSE, FALSE, sizeof(guint));
	g_autoptr(GArray) mns = g_array_new(FALSE, FALSE, sizeof(TlMention *));
	g_autoptr(GArray) order = g_array_new(FALSE, FALSE, sizeof(guint));
	g_autoptr(GByteArray) arena = g_byte_array_new();
	TlSortKey next;
	gboolean more = tl_xsort_next(runs, &next);
	while (next_document(runs, &next, &more, idx)) {
		guint n = idx->len;
		if (n < 2)
			continue;
		g_array_set_size(mns, n);
		g_array_set_size(order, n);
		const TlMention **m = (const TlMention **)mns->data;
		guint *o = (guint *)order->data;
		tl_store_load(s, (guint *)idx->data, n, arena, m);
		for (guint k = 0; k < n; k++)
			o[k] = k;
		g_qsort_with_data(o, (gint)n, sizeof(guint), sentence_cmp, (gpointer)m);
		for (guint k = 0, e; k < n; k = e) {
			for (e = k + 1; e < n && sentence_cmp(&o[k], &o[e], (gpointer)m) == 0; e++)
				;
			for (guint j = k; e - k > 1 && m[o[k]]->sentence >= 0 && j < e; j++)
				set_bit(mates, g_array_index(idx, guint, o[j]));
		}
	}
	if (tl_xsort_error(runs))
		tl_store_set_error(s, tl_xsort_error(runs));
	return mates;
}

/*
 * The blocking slots of every mention into k.  Each weight is below the
 * threshold (checked when the lexicon loads), so a link needs two of the
 * three parts: a shared participant and the same lemma group, the same lemma
 * group and a shared summary word, or a shared participant and a shared
 * summary word.  A shared participant means a shared last word of its name.
 * So only pairs listed under one key are scored: (lemma group, participant's
 * last word), (lemma group, summary word) or (summary word, participant's
 * last word); a report's L needs all its words, so (trigger lemma, word set)
 * stands for both keys with L.  (Keys of one part alone, as a participant, made blocks of
 * thousands on news: "U.S." in every story of a year.)  Twins that need no
 * scoring (set in unscored) are listed only by their sentence, the dead not
 * at all.
 */
static void
list_slots(const TlMergeLexicon *lx, TlStore *s, const guint8 *unscored, SlotSink *k)
{
	/* When a part with the summary can only reach the threshold if the
	 * summaries have the same words (S = 1: with merge.ini's weights, both
	 * 0.4 + 0.2 S and 0.4 P + 0.2 S need it), one key for the whole word set
	 * stands for a key per word. */
	gboolean same_words_l = identical_words_needed(lx, lx->w_lemma);
	gboolean same_words_p = identical_words_needed(lx, lx->w_participants);
	TlStoreScan sc;
	const TlMention *mn;
	guint i, doc_h = 0;
	const char *doc = NULL;
	tl_store_scan_init(&sc, s, 0);
	while ((mn = tl_store_scan_next(&sc, &i))) {
		if (tl_store_dead(s, i))
			continue;
		gboolean scored = !bit(unscored, i);
		guint nw = mn->n_words;
		const TlKey *w = tl_mention_words(mn);
		TlKey set = words_key(mn);
		for (guint p = 0; scored && p < mn->n_parts; p++) {
			TlKey last = tl_mention_plast(mn)[p];
			if (mn->lemma_group)
				add_slot(k, 1, mn->lemma_group, last, mn, i);
			for (guint j = 0; j < nw && !(same_words_p && j > 0); j++)
				add_slot(k, 0, same_words_p ? set : w[j], last, mn, i);
		}
		for (guint j = 0; scored && mn->lemma_group && j < nw && !(same_words_l && j > 0); j++)
			add_slot(k, 2, mn->lemma_group, same_words_l ? set : w[j], mn, i);
		/* a report's L needs its trigger lemma and all its words: one key */
		if (scored && mn->blind && mn->trigger_lemma && nw >= REPORT_WORDS)
			add_slot(k, 2, mn->trigger_lemma, set, mn, i);
		if (mn->sentence >= 0) { /* (a collision only costs a pair checked for nothing) */
			if (mn->doc != doc || tl_store_on_file(s)) /* (as doc_hash) */
				doc = mn->doc, doc_h = g_str_hash(mn->doc);
			add_slot(k, 3, doc_h & 0x7fffffff, (guint64)mn->sentence & 0x7fffffff, mn, i);
			/* and by its summary in the document (same_happening): a key
			 * of the same kind, which a sentence's may share only by
			 * chance */
			if (mn->summary_hash && mn->end > mn->start)
				add_slot(k, 3, (doc_h ^ (guint)(mn->summary_hash >> 32)) & 0x7fffffff,
				         mn->summary_hash & 0x7fffffff, mn, i);
		}
	}
	tl_store_scan_clear(&sc);
}

/* Order of mentions for same_happening: all it compares but the words. */
static int
happening_cmp(gconstpointer pa, gconstpointer pb)
{
	const TlMention *a = *(const TlMention *const *)pa, *b = *(const TlMention *const *)pb;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end < b->end ? -1 : 1;
	if (a->sentence != b->sentence)
		return a->sentence < b->sentence ? -1 : 1;
	int c = tl_merge_strcmp(a->doc, b->doc);
	return c ? c : g_strcmp0(a->value, b->value);
}

static int
held_cmp(gconstpointer pa, gconstpointer pb)
{
	return happening_cmp(&((const TlMentionRef *)pa)->mn, &((const TlMentionRef *)pb)->mn);
}

/*
 * The links same_happening makes among the slots of one sentence key,
 * without comparing every pair: a sentence of 100,000 events of one date (a
 * record built so, or an event copied) took minutes.  Among mentions equal
 * in all but their words, a mentions b when a's trigger key q is a word of
 * b; every mention of trigger q links every mention with the word q (but
 * itself), so each is joined to the first of the other kind, and each
 * mention to the first told alike: the same groups as the pairwise sweep
 * for one date.  (Told alike across nested dates is joined only by the
 * sweep, in sentences of SENTENCE_PAIRS mentions or fewer: a function of
 * the sentence's mentions still, whatever their order or sharding.)
 */
static void
link_same_sentence(TlStore *s, const Slot *sl, gsize n, guint *parent)
{
	g_autofree guint *idx = g_new(guint, n);
	g_autofree const TlMention **mns = g_new(const TlMention *, n);
	g_autoptr(GByteArray) arena = g_byte_array_new();
	for (gsize i = 0; i < n; i++)
		idx[i] = sl[i].idx;
	tl_store_load(s, idx, (guint)n, arena, mns);
	g_autofree TlMentionRef *h = g_new(TlMentionRef, n);
	for (gsize i = 0; i < n; i++)
		h[i] = (TlMentionRef){mns[i], idx[i]};
	qsort(h, n, sizeof *h, held_cmp);
	g_autoptr(GHashTable) first_t = g_hash_table_new(NULL, NULL); /* q -> idx + 1 */
	g_autoptr(GHashTable) first_w = g_hash_table_new(NULL, NULL); /* word -> idx + 1 */
	/* summary hash -> idx + 1 */
	g_autoptr(GHashTable) first_s = g_hash_table_new(g_int64_hash, g_int64_equal);
	g_autofree TlKey *q = g_new(TlKey, n);
	for (gsize r0 = 0, r1; r0 < n; r0 = r1) {
		for (r1 = r0 + 1; r1 < n && happening_cmp(&h[r0].mn, &h[r1].mn) == 0; r1++)
			;
		/* (the sweep compares no mention whose range is empty) */
		if (r1 - r0 < 2 || h[r0].mn->sentence < 0 || h[r0].mn->end <= h[r0].mn->start)
			continue;
		g_hash_table_remove_all(first_t);
		g_hash_table_remove_all(first_w);
		g_hash_table_remove_all(first_s);
		for (gsize i = r0; i < r1; i++) {
			/* told alike: each joined to the first told so */
			if (h[i].mn->summary_hash) {
				gpointer f = g_hash_table_lookup(first_s, &h[i].mn->summary_hash);
				if (f)
					uf_union(parent, h[i].idx, GPOINTER_TO_UINT(f) - 1);
				else
					g_hash_table_insert(first_s, (gpointer)&h[i].mn->summary_hash,
					                    GUINT_TO_POINTER(h[i].idx + 1));
			}
		}
		for (gsize i = r0; i < r1; i++) {
			q[i - r0] = h[i].mn->trigger_lemma;
			gpointer v = GUINT_TO_POINTER(h[i].idx + 1);
			if (q[i - r0] && !g_hash_table_contains(first_t, GUINT_TO_POINTER(q[i - r0])))
				g_hash_table_insert(first_t, GUINT_TO_POINTER(q[i - r0]), v);
			TlKey tw = h[i].mn->trigger_word;
			for (guint w = 0; w <= h[i].mn->n_words; w++) {
				TlKey x = w < h[i].mn->n_words ? tl_mention_words(h[i].mn)[w] : tw;
				gpointer k = GUINT_TO_POINTER(x);
				if (x && !g_hash_table_contains(first_w, k))
					g_hash_table_insert(first_w, k, v);
			}
		}
		for (gsize i = r0; i < r1; i++) {
			guint a = h[i].idx, b;
			if (q[i - r0] &&
			    (b = GPOINTER_TO_UINT(g_hash_table_lookup(first_w, GUINT_TO_POINTER(q[i - r0])))))
				uf_union(parent, a, b - 1);
			TlKey tw = h[i].mn->trigger_word;
			for (guint w = 0; w <= h[i].mn->n_words; w++) {
				TlKey x = w < h[i].mn->n_words ? tl_mention_words(h[i].mn)[w] : tw;
				if (x && (b = GPOINTER_TO_UINT(
				              g_hash_table_lookup(first_t, GUINT_TO_POINTER(x)))))
					uf_union(parent, a, b - 1);
			}
		}
	}
}

/* Past this many slots under one sentence key, link_same_sentence does it. */
#define SENTENCE_PAIRS 64

/*
 * Pairs of one key scored at most: past this, the key's other pairs are not
 * scored (with a warning).  Keys of unlinked mentions made the sweep
 * quadratic: 16,000 events of one document, lemma and participant's last
 * word ("First1 Smith", "First2 Smith"), dated alike, with summaries that
 * differ, took 12.9 s.  The most a key scores on all of Reuters-21578 and
 * wikinews is far below it (see docs/ROBUSTNESS.md).
 */
#define KEY_PAIRS_MAX 2000000

/* Are the mentions of slots [i, g) all of one component? */
static gboolean
one_component(const Slot *sl, gsize i, gsize g, guint *parent)
{
	guint r = uf_find(parent, sl[i].idx);
	for (gsize j = i + 1; j < g; j++)
		if (uf_find(parent, sl[j].idx) != r)
			return FALSE;
	return TRUE;
}

/* Within each key, the mentions sorted by start, swept while their ranges overlap. */
static void
sweep(const TlMergeLexicon *lx, TlStore *s, Slot *sl, gsize n, guint *parent)
{
	static gboolean warned;
	slot_sort(sl, n);
	gsize k0 = 0, g = 0;      /* the key of slot i: slots [k0, g) */
	guint64 walked = 0;       /* slots walked past since the last one_component test */
	guint64 scored = 0;       /* pairs of the key scored */
	for (gsize i = 0; i < n; i++) {
		if (i >= g) {
			k0 = i, g = i + 1;
			while (g < n && sl[g].key == sl[i].key)
				g++;
			walked = scored = 0;
			if (sl[i].key >> 62 == 3 && g - i > SENTENCE_PAIRS) {
				link_same_sentence(s, sl + i, g - i, parent);
				i = g - 1;
				continue;
			}
		} else if (walked >= g - i) {
			/* a key whose mentions are all joined has nothing left to
			 * link: 64,000 events of one lemma and participant were
			 * walked pairwise after the first had joined them all
			 * (2.3 s for 32,000).  Tested only once as many slots were
			 * walked as it reads, so it at most doubles the walk. */
			walked = 0;
			if (one_component(sl, i, g, parent)) {
				i = g - 1;
				continue;
			}
		}
		gint64 end = sl[i].len != LEN_UNKNOWN ? sl[i].start + sl[i].len
		                                       : tl_store_get(s, sl[i].idx)->end;
		for (gsize j = i + 1; j < g; j++) {
			walked++;
			if (sl[j].start >= end)
				break;
			guint a = sl[i].idx, b = sl[j].idx;
			if (a == b || uf_find(parent, a) == uf_find(parent, b))
				continue;
			if (++scored > KEY_PAIRS_MAX) {
				if (!warned)
					tl_print_error("tl-merge", "warning: %zu mentions under one key "
					               "(a lemma, a participant or a summary word, and "
					               "a date): pairs past %d left uncompared",
					               g - k0, KEY_PAIRS_MAX);
				warned = TRUE;
				i = g - 1;
				break;
			}
			/* (copies from the file stay valid for a few reads: both are) */
			const TlMention *mb = tl_store_get(s, b), *ma = tl_store_get(s, a);
			gboolean link = sl[i].key >> 62 == 3
			                    ? same_happening(ma, mb)
			                    : may_link(lx, ma, mb) &&
			                          tl_merge_score(lx, ma, mb) >= lx->threshold - 1e-9;
			if (link)
				uf_union(parent, a, b);
		}
	}
}

/* Passes at most: past this a pass holds more than its share.  (Each pass
 * listed every mention's slots again, about 0.1 s per million mentions;
 * now they are dealt into the passes' buckets in one scan.  The passes
 * stay as they were, and the order in which the keys are swept: the
 * warning of KEY_PAIRS_MAX depends on it.) */
#define MAX_PASSES 64

guint *
tl_merge_cluster(const TlMergeLexicon *lx, GPtrArray *mentions, GArray *pre)
{
	return tl_merge_cluster_bounded(lx, mentions, pre, 0);
}

guint *
tl_merge_cluster_bounded(const TlMergeLexicon *lx, GPtrArray *mentions, GArray *pre,
                         guint64 max_slots)
{
	g_autoptr(TlStore) s = tl_store_wrap(mentions);
	return tl_merge_cluster_store(lx, s, pre, max_slots);
}

guint *
tl_merge_cluster_store(const TlMergeLexicon *lx, TlStore *s, GArray *pre, guint64 max_slots)
{
	guint n = tl_store_len(s);
	guint *parent = g_new(guint, n ? n : 1);
	for (guint i = 0; i < n; i++)
		parent[i] = i;
	for (guint i = 0; pre && i + 1 < pre->len; i += 2)
		uf_union(parent, g_array_index(pre, guint, i), g_array_index(pre, guint, i + 1));
	g_autofree guint8 *mates = sentence_mates(s, max_slots * sizeof(Slot));
	g_autofree guint8 *unscored = find_twins(lx, s, parent, mates);
	/* counted first: each pass's array is made to size, never doubled */
	SlotSink k = {NULL, 0, 0, 1, NULL};
	list_slots(lx, s, unscored, &k);
	guint passes = 1;
	if (max_slots && k.count > max_slots)
		passes = (guint)MIN((k.count + max_slots - 1) / max_slots, MAX_PASSES);
	/* more than one pass: each pass's slots dealt into its bucket in one
	 * scan of the mentions (a scan per pass copied the key records' file
	 * once a pass: 28 times on the 1 GB stream) */
	g_autoptr(TlBuckets) b = passes > 1 ? tl_buckets_new(sizeof(Slot), passes) : NULL;
	if (b) {
		SlotSink d = {NULL, 0, 0, passes, b};
		list_slots(lx, s, unscored, &d);
	}
	for (guint p = 0; p < passes; p++) {
		guint64 m = b ? tl_buckets_count(b, p) : k.count;
		g_autofree Slot *slots = g_new(Slot, m ? m : 1);
		if (b && !tl_buckets_read(b, p, slots)) {
			tl_store_set_error(s, tl_buckets_error(b));
			break;
		}
		if (!b) {
			SlotSink sink = {slots, 0, 0, 1, NULL};
			list_slots(lx, s, unscored, &sink);
			g_assert(sink.count == m);
		}
		sweep(lx, s, slots, m, parent);
	}
	link_within_documents(lx, s, parent, max_slots * sizeof(Slot));
	for (guint i = 0; i < n; i++)
		parent[i] = uf_find(parent, i);
	return parent;
}
