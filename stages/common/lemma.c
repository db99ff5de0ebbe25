/*
 * The lemmatizer: an exception lexicon learned from UD English EWT, then
 * suffix rules checked against the lemmas known from training (the way
 * WordNet's morphy checks its candidates against its dictionary).
 *
 * Resource files, under common/lemma/: rules.tsv (hand-written, see its
 * header), exceptions.tsv ("form TAB tag TAB lemma", form lower-cased except
 * for proper nouns) and known.txt (one lemma a line), both written by
 * bin/tl-train-tagger, and irregular.tsv (hand-written, as exceptions.tsv:
 * the past forms of irregular verbs, for those EWT has too few of).
 */
#include <string.h>
#include "tag-annotate.h"
#include "tl/lemma.h"
#include "tl/resource.h"
#include "tl/tagger.h"
#include "tl/tl.h"
#include "tl/utf8.h"

#define MAX_RULES 16
#define MAX_E_ENDINGS 64

typedef struct {
	char suffix[8];
	char repl[8]; /* "", or "=" to undouble */
	gboolean fallback;
} Rule;

struct TlLemmatizer {
	guint serial; /* tells the word caches one lemmatizer from another */
	Rule rules[TL_XPOS_COUNT][MAX_RULES];
	int n_rules[TL_XPOS_COUNT];
	/* stem endings that take back a final e ("+e" lines of rules.tsv) */
	char e_endings[MAX_E_ENDINGS][8];
	int n_e_endings;
	GHashTable *exceptions; /* "tag\tform" -> lemma */
	GHashTable *exception_tags; /* form -> guint64: bit x set for an exception tagged x */
	GHashTable *known;      /* lemma -> itself */
	GStringChunk *strings;
};

void
tl_lemmatizer_free(TlLemmatizer *lem)
{
	if (!lem)
		return;
	if (lem->exceptions)
		g_hash_table_destroy(lem->exceptions);
	if (lem->exception_tags)
		g_hash_table_destroy(lem->exception_tags);
	if (lem->known)
		g_hash_table_destroy(lem->known);
	if (lem->strings)
		g_string_chunk_free(lem->strings);
	g_free(lem);
}

/* Call fn on each non-comment, non-blank line's tab-separated fields. */
static gboolean
each_line(GBytes *b, const char *name, gboolean (*fn)(TlLemmatizer *, char **, guint),
          TlLemmatizer *lem, GError **error)
{
	gsize size;
	const char *data = g_bytes_get_data(b, &size);
	g_autofree char *copy = g_strndup(data, size);
	/* lines cut in place: g_strsplit's strstr would measure the rest of the
	 * text at each line under AddressSanitizer, quadratic in the file */
	guint no = 0;
	for (char *line = copy, *next; line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		no++;
		if (line[0] == '#' || line[0] == '\0')
			continue;
		g_auto(GStrv) f = g_strsplit(line, "\t", -1);
		if (!fn(lem, f, g_strv_length(f))) {
			g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "lemma/%s:%u: bad line", name, no);
			return FALSE;
		}
	}
	return TRUE;
}

static gboolean
add_rule(TlLemmatizer *lem, char **f, guint n)
{
	if (n >= 2 && strcmp(f[0], "+e") == 0) {
		if (lem->n_e_endings >= MAX_E_ENDINGS || !*f[1] || strlen(f[1]) >= 8)
			return FALSE;
		g_strlcpy(lem->e_endings[lem->n_e_endings++], f[1], 8);
		return TRUE;
	}
	int x = n >= 3 ? tl_xpos_from_name(f[0]) : -1;
	if (x < 0 || lem->n_rules[x] >= MAX_RULES || strlen(f[1]) >= 8 || strlen(f[2]) >= 8)
		return FALSE;
	Rule *r = &lem->rules[x][lem->n_rules[x]++];
	g_strlcpy(r->suffix, f[1], sizeof r->suffix);
	g_strlcpy(r->repl, strcmp(f[2], "-") == 0 ? "" : f[2], sizeof r->repl);
	r->fallback = n >= 4 && strcmp(f[3], "*") == 0;
	return TRUE;
}

static gboolean
add_exception(TlLemmatizer *lem, char **f, guint n)
{
	if (n != 3 || tl_xpos_from_name(f[1]) < 0)
		return FALSE;
	g_autofree char *key = g_strconcat(f[1], "\t", f[0], NULL);
	g_hash_table_insert(lem->exceptions, g_string_chunk_insert(lem->strings, key),
	                    g_string_chunk_insert(lem->strings, f[2]));
	/* the tag as exception() spells it, or that key is never asked for */
	int x = tl_xpos_from_name(f[1]);
	if (strcmp(tl_xpos_name(x), f[1]) == 0) {
		guint64 *tags = g_hash_table_lookup(lem->exception_tags, f[0]);
		if (!tags) {
			tags = g_new0(guint64, 1);
			char *form = g_string_chunk_insert(lem->strings, f[0]);
			g_hash_table_insert(lem->exception_tags, form, tags);
		}
		*tags |= G_GUINT64_CONSTANT(1) << x;
	}
	return TRUE;
}

static gboolean
add_known(TlLemmatizer *lem, char **f, guint n)
{
	if (n != 1)
		return FALSE;
	char *s = g_string_chunk_insert(lem->strings, f[0]);
	g_hash_table_insert(lem->known, s, s);
	return TRUE;
}

/* tl_lemmatizer_new, with the hand-written irregular verbs (irregular.tsv,
 * as exceptions.tsv) read first when given: an exception learned from
 * EWT for the same form and tag replaces one of them. */
static TlLemmatizer *
lemmatizer_new(GBytes *rules, GBytes *irregular, GBytes *exceptions, GBytes *known,
               GError **error)
{
	static gint serials;
	g_autoptr(TlLemmatizer) lem = g_new0(TlLemmatizer, 1);
	lem->serial = (guint)g_atomic_int_add(&serials, 1) + 1;
	lem->strings = g_string_chunk_new(65536);
	lem->exceptions = g_hash_table_new(g_str_hash, g_str_equal);
	lem->exception_tags = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free);
	lem->known = g_hash_table_new(g_str_hash, g_str_equal);
	if (!each_line(rules, "rules.tsv", add_rule, lem, error) ||
	    (irregular && !each_line(irregular, "irregular.tsv", add_exception, lem, error)) ||
	    (exceptions && !each_line(exceptions, "exceptions.tsv", add_exception, lem, error)) ||
	    (known && !each_line(known, "known.txt", add_known, lem, error)))
		return NULL;
	return g_steal_pointer(&lem);
}

TlLemmatizer *
tl_lemmatizer_new(GBytes *rules, GBytes *exceptions, GBytes *known, GError **error)
{
	return lemmatizer_new(rules, NULL, exceptions, known, error);
}

const TlLemmatizer *
tl_lemmatizer_default(GError **error)
{
	static gsize once = 0;
	static TlLemmatizer *lem;
	static char *load_error;
	if (g_once_init_enter(&once)) {
		GError *err = NULL;
		g_autoptr(GBytes) r = tl_resource_get("common", "lemma/rules.tsv", &err);
		g_autoptr(GBytes) e = r ? tl_resource_get("common", "lemma/exceptions.tsv", &err) : NULL;
		g_autoptr(GBytes) k = e ? tl_resource_get("common", "lemma/known.txt", &err) : NULL;
		g_autoptr(GBytes) i = k ? tl_resource_get("common", "lemma/irregular.tsv", &err) : NULL;
		if (i)
			lem = lemmatizer_new(r, i, e, k, &err);
		if (!lem)
			load_error = g_strdup(err->message);
		g_clear_error(&err);
		g_once_init_leave(&once, 1);
	}
	if (!lem)
		g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "%s", load_error);
	return lem;
}

static size_t
put(const char *s, size_t n, char *out, size_t out_size)
{
	size_t k = MIN(n, out_size - 1);
	memmove(out, s, k);
	out[k] = '\0';
	return n;
}

static gboolean
is_consonant(char c)
{
	return g_ascii_isalpha(c) && !strchr("aeiouy", c);
}

/* Does the stem s[0..n) end as a "+e" ending says ("C" stands for any
 * consonant): "venerat" (Cat), "troubl" (bl), "involv" (v)? */
static gboolean
wants_e(const TlLemmatizer *lem, const char *s, size_t n)
{
	for (int i = 0; i < lem->n_e_endings; i++) {
		const char *e = lem->e_endings[i];
		size_t k = strlen(e);
		if (k >= n)
			continue;
		gboolean match = TRUE;
		for (size_t j = 0; j < k && match; j++) {
			char c = s[n - k + j];
			match = e[j] == 'C' ? is_consonant(c) : e[j] == c;
		}
		if (match)
			return TRUE;
	}
	return FALSE;
}

/* Does the suffix take a stem's final e away (hope + ed = hoped)? */
static gboolean
e_suffix(const char *suffix)
{
	return strcmp(suffix, "ed") == 0 || strcmp(suffix, "ing") == 0 || strcmp(suffix, "er") == 0 ||
	       strcmp(suffix, "est") == 0;
}

/* Candidate of rule r for the lower-cased word w[0..n) in buf, or FALSE. */
static gboolean
candidate(const Rule *r, const char *w, size_t n, char *buf)
{
	size_t sl = strlen(r->suffix);
	if (n <= sl + 1 || memcmp(w + n - sl, r->suffix, sl) != 0)
		return FALSE;
	size_t stem = n - sl;
	if (strcmp(r->repl, "=") == 0) {
		if (stem < 3 || w[stem - 1] != w[stem - 2] || !is_consonant(w[stem - 1]))
			return FALSE;
		memcpy(buf, w, stem - 1);
		buf[stem - 1] = '\0';
		return TRUE;
	}
	memcpy(buf, w, stem);
	strcpy(buf + stem, r->repl);
	return TRUE;
}

static gboolean
proper(int xpos)
{
	return xpos == TL_XPOS_NNP || xpos == TL_XPOS_NNPS;
}

/* Letter counts of word[0..len): upper, lower; and whether it has digits. */
static void
letters(const char *word, size_t len, size_t *upper, size_t *lower, gboolean *digit)
{
	*upper = *lower = 0;
	*digit = FALSE;
	for (size_t i = 0; i < len; i++) {
		*upper += g_ascii_isupper(word[i]) != 0;
		*lower += g_ascii_islower(word[i]) != 0;
		*digit |= g_ascii_isdigit(word[i]) != 0;
	}
}

/*
 * The case a lemma keeps, as UD English writes it: proper nouns capitalised
 * ("chicago" -> "Chicago", "SCALIA" -> "Scalia"), acronyms, codes and
 * web addresses as written ("PR", "EY4096.4"), other words lower case.
 */
static void
recase(char *w, size_t len, int xpos)
{
	size_t up, low;
	gboolean digit;
	letters(w, len, &up, &low, &digit);
	if (xpos == TL_XPOS_ADD || digit)
		return;
	if (proper(xpos)) {
		if (up == 0 && low > 0)
			w[0] = g_ascii_toupper(w[0]);
		else if (low == 0 && up >= 5)
			for (size_t i = 1; i < len; i++)
				w[i] = g_ascii_tolower(w[i]);
		return;
	}
	gboolean noun = xpos == TL_XPOS_NN || xpos == TL_XPOS_NNS;
	/* "CEO", "CEOs" */
	if (noun && up >= 2 && up <= 4 && (low == 0 || (low == 1 && w[len - 1] == 's')))
		return;
	for (size_t i = 0; i < len; i++)
		w[i] = g_ascii_tolower(w[i]);
}

size_t
tl_lemmatize_rules(const TlLemmatizer *lem, const char *word, size_t len, int xpos, char *out,
                   size_t out_size)
{
	char w[TL_LEMMA_MAX_WORD + 1], buf[TL_LEMMA_MAX_WORD + 16];
	if (len > TL_LEMMA_MAX_WORD || xpos < 0 || xpos >= TL_XPOS_COUNT)
		return put(word, len, out, out_size);
	memcpy(w, word, len);
	w[len] = '\0';
	if (xpos == TL_XPOS_CD) {
		/* "265,932" is 265932 */
		size_t k = 0;
		for (size_t i = 0; i < len; i++)
			if (!(w[i] == ',' && i > 0 && i + 1 < len && g_ascii_isdigit(w[i - 1]) &&
			      g_ascii_isdigit(w[i + 1])))
				w[k++] = w[i];
		w[k] = '\0';
		len = k;
	}
	recase(w, len, xpos);
	const char *fallback = NULL;
	char fb[TL_LEMMA_MAX_WORD + 16];
	for (int i = 0; i < lem->n_rules[xpos]; i++) {
		const Rule *r = &lem->rules[xpos][i];
		if (!candidate(r, w, len, buf))
			continue;
		if (proper(xpos) || g_hash_table_contains(lem->known, buf))
			return put(buf, strlen(buf), out, out_size);
		if (r->fallback && !fallback) {
			strcpy(fb, buf);
			/* no known lemma decides: a stripped suffix may have taken
			 * an e with it ("venerated" is "venerate") */
			size_t k = strlen(fb);
			if (!*r->repl && e_suffix(r->suffix) && fb[k - 1] != 'e' && wants_e(lem, fb, k))
				strcpy(fb + k, "e");
			fallback = fb;
		}
	}
	if (fallback)
		return put(fallback, strlen(fallback), out, out_size);
	return put(w, len, out, out_size);
}

/* The exception of form (as exceptions.tsv writes it: lower case unless a
 * proper noun) tagged xpos, or NULL. */
static const char *
exception(const TlLemmatizer *lem, const char *form, size_t len, int xpos)
{
	char key[TL_LEMMA_MAX_WORD + 16];
	const char *tag = tl_xpos_name(xpos);
	size_t tl = strlen(tag);
	memcpy(key, tag, tl);
	key[tl] = '\t';
	memcpy(key + tl + 1, form, len + 1);
	return g_hash_table_lookup(lem->exceptions, key);
}

/* Tags of one family, tried in turn when the tagger picked a sibling of the
 * tag an exception was learned under ("gone" tagged VBD is still "go"). */
static const int families[][7] = {
	{TL_XPOS_VB, TL_XPOS_VBD, TL_XPOS_VBN, TL_XPOS_VBP, TL_XPOS_VBZ, TL_XPOS_VBG, -1},
	{TL_XPOS_NN, TL_XPOS_NNS, -1},
	{TL_XPOS_JJ, TL_XPOS_JJR, TL_XPOS_JJS, -1},
	{TL_XPOS_RB, TL_XPOS_RBR, TL_XPOS_RBS, -1},
};

/* The exception of the form (written as exceptions.tsv writes it) tagged
 * xpos, or under a sibling tag of its family; NULL if none. */
static const char *
exception_of(const TlLemmatizer *lem, const char *form, size_t len, int xpos)
{
	/* the tags it has one under: one look-up, then one for the exception
	 * if any (most words have none; a verb asked for six) */
	const guint64 *tagged = g_hash_table_lookup(lem->exception_tags, form);
	guint64 tags = tagged ? *tagged : 0;
	const char *e = NULL;
	if (tags & G_GUINT64_CONSTANT(1) << xpos)
		e = exception(lem, form, len, xpos);
	for (size_t f = 0; !e && tags && f < G_N_ELEMENTS(families); f++) {
		gboolean in = FALSE;
		for (int k = 0; families[f][k] >= 0; k++)
			in |= families[f][k] == xpos;
		for (int k = 0; in && !e && families[f][k] >= 0; k++) {
			int x = families[f][k];
			if (x != xpos && (tags & G_GUINT64_CONSTANT(1) << x))
				e = exception(lem, form, len, x);
		}
	}
	return e;
}

static size_t
lemmatize_uncached(const TlLemmatizer *lem, const char *word, size_t len, int xpos, char *out,
                   size_t out_size)
{
	if (len <= TL_LEMMA_MAX_WORD && xpos >= 0 && xpos < TL_XPOS_COUNT) {
		/* the form as the exceptions write it */
		char form[TL_LEMMA_MAX_WORD + 1];
		for (size_t i = 0; i < len; i++)
			form[i] = proper(xpos) ? word[i] : g_ascii_tolower(word[i]);
		form[len] = '\0';
		const char *e = exception_of(lem, form, len, xpos);
		if (!e && memchr(form, 0xe2, len)) {
			/* a right single quote as the apostrophe the exceptions
			 * mostly write: "’re" is "be", "’ll" "will" */
			char plain[TL_LEMMA_MAX_WORD + 1];
			size_t fl = tl_utf8_plain_apostrophes(form, len, plain);
			plain[fl] = '\0';
			if (fl < len)
				e = exception_of(lem, plain, fl, xpos);
		}
		if (e)
			return put(e, strlen(e), out, out_size);
	}
	return tl_lemmatize_rules(lem, word, len, xpos, out, out_size);
}

/*
 * The word cache.  A lemma is a function of the word's bytes and its tag,
 * and a text repeats its words: each thread keeps the lemmas of the (word,
 * tag) pairs it met last, direct-mapped by a hash of both, which spares the
 * exception look-ups (three or four hash-table probes for a verb) and the
 * rules.  Words and lemmas too long for an entry are not kept.
 */
#define CACHE_SLOTS 16384 /* a power of two */
#define CACHE_WORD 22

typedef struct {
	guint serial; /* of the lemmatizer; 0: empty */
	guint8 xpos, len, lemma_len;
	char word[CACHE_WORD];
	char lemma[CACHE_WORD];
} Slot;

static GPrivate cache_key = G_PRIVATE_INIT(g_free);

/* The calling thread's cache. */
static Slot *
thread_cache(void)
{
	Slot *c = g_private_get(&cache_key);
	if (!c) {
		c = g_new0(Slot, CACHE_SLOTS);
		g_private_set(&cache_key, c);
	}
	return c;
}

/* The slot of (word, xpos) in cache c, or NULL when no slot could keep it. */
static Slot *
cache_slot(Slot *c, const char *word, size_t len, int xpos)
{
	if (len > CACHE_WORD || xpos < 0 || xpos >= TL_XPOS_COUNT)
		return NULL;
	guint32 h = 2166136261u ^ (guint32)xpos;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (guint8)word[i]) * 16777619u;
	return &c[(h ^ (h >> 15)) & (CACHE_SLOTS - 1)];
}

/* tl_lemmatize, the word's cache slot c given (NULL: not kept). */
static size_t
lemmatize_at(const TlLemmatizer *lem, Slot *c, const char *word, size_t len, int xpos,
             char *out, size_t out_size)
{
	if (!c)
		return lemmatize_uncached(lem, word, len, xpos, out, out_size);
	if (c->serial == lem->serial && c->xpos == xpos && c->len == len &&
	    memcmp(c->word, word, len) == 0)
		return put(c->lemma, c->lemma_len, out, out_size);
	char buf[TL_LEMMA_MAX_WORD + 16];
	size_t n = lemmatize_uncached(lem, word, len, xpos, buf, sizeof buf);
	if (n >= sizeof buf) /* an exception longer than any word: not kept */
		return lemmatize_uncached(lem, word, len, xpos, out, out_size);
	if (n <= CACHE_WORD) {
		c->serial = lem->serial;
		c->xpos = (guint8)xpos;
		c->len = (guint8)len;
		c->lemma_len = (guint8)n;
		memcpy(c->word, word, len);
		memcpy(c->lemma, buf, n);
	}
	return put(buf, n, out, out_size);
}

size_t
tl_lemmatize(const TlLemmatizer *lem, const char *word, size_t len, int xpos, char *out,
             size_t out_size)
{
	return lemmatize_at(lem, cache_slot(thread_cache(), word, len, xpos), word, len, xpos, out,
	                    out_size);
}

/* Ask for slot c (which may straddle two cache lines) ahead of its use:
 * a miss in the cache was most of the lemmatizer's time. */
static void
prefetch_slot(const Slot *c)
{
	if (c) {
		__builtin_prefetch(c);
		__builtin_prefetch((const char *)(c + 1) - 1);
	}
}

/* How many tokens ahead a cache slot is asked for: one ahead, it had not
 * come in time. */
#define AHEAD 4

static Slot *
token_slot(Slot *cache, const char *text, const TlToken *t, const TlPos *p)
{
	return cache_slot(cache, text + t->start, t->end - t->start, p->xpos);
}

void
tl_lemmatize_tokens(const TlLemmatizer *lem, const char *text, const TlToken *tokens,
                    const TlPos *pos, size_t n, GString *lemmas, guint32 *off)
{
	Slot *cache = thread_cache();
	Slot *ahead[AHEAD]; /* token i's slot at ahead[i % AHEAD] */
	for (size_t i = 0; i < AHEAD && i < n; i++) {
		ahead[i] = token_slot(cache, text, &tokens[i], &pos[i]);
		prefetch_slot(ahead[i]);
	}
	for (size_t i = 0; i < n; i++) {
		Slot *c = ahead[i % AHEAD];
		size_t j = i + AHEAD;
		if (j < n) {
			ahead[i % AHEAD] = token_slot(cache, text, &tokens[j], &pos[j]);
			prefetch_slot(ahead[i % AHEAD]);
		}
		const char *word = text + tokens[i].start;
		size_t len = tokens[i].end - tokens[i].start;
		char buf[TL_LEMMA_MAX_WORD + 1];
		size_t l = lemmatize_at(lem, c, word, len, pos[i].xpos, buf, sizeof buf);
		off[i] = (guint32)lemmas->len;
		if (l < sizeof buf)
			tl_annot_put(lemmas, buf, l);
		else
			tl_annot_put(lemmas, word, len);
	}
	off[n] = (guint32)lemmas->len;
}
