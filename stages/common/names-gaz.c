/*
 * Gazetteers of the name finder: countries, places, organisations, given
 * names, demonyms, titles and words that are not names, one phrase a line in
 * common/names/ (*.txt).  Phrases are tokenized like the text and joined by
 * single spaces; they match case-sensitively, and also case-insensitively
 * unless they are acronyms ("US" must not match "us").  Organisation head
 * words (org-heads.txt, matched as written) and cue phrases (org-cues.txt,
 * any case) have tables of their own: they are evidence, not names.
 * Lookups are pruned, never approximated: a phrase is only built and hashed
 * when its first word begins some entry at least that long (first_exact,
 * first_folded), a cue only when its last word ends one (cue_last).  The
 * tables are TlGazTable (names-gaz.h), not GHashTable: open addressing on a
 * 64-bit hash, which the caller may have computed already.
 */
#include <string.h>
#include "names-gaz.h"
#include "tag-weights.h"
#include "tl/resource.h"
#include "tl/tl.h"

static const struct {
	const char *file;
	guint kind;
} gazetteers[] = {
	{"countries.txt", GAZ_COUNTRY}, {"places.txt", GAZ_PLACE}, {"regions.txt", GAZ_PLACE},
	{"organisations.txt", GAZ_ORG}, {"given-names.txt", GAZ_GIVEN},
	{"first-names.txt", GAZ_GIVEN},
	{"demonyms.txt", GAZ_DEMONYM},  {"persons.txt", GAZ_PERSON},  {"titles.txt", GAZ_TITLE},
	{"not-names.txt", GAZ_NOT_NAME}, {"org-heads.txt", GAZ_ORG_HEAD},
	{"loc-heads.txt", GAZ_LOC_HEAD},
	{"org-cues.txt", GAZ_ORG_CUE},
};


/* ---- the table ------------------------------------------------------------------ */

/* Slots for a table of cap entries: a big one on 2 MB pages (a page fault
 * each instead of one per 4 KB, most of a cold start's cost). */
static TlGazSlot *
slots_new(guint32 cap)
{
	return tl_big_alloc0(sizeof(TlGazSlot) * cap);
}

static void
slots_free(TlGazSlot *slots, guint32 cap)
{
	tl_big_free(slots, sizeof(TlGazSlot) * cap);
}

/* An empty table with room for about n keys of key_bytes in all (it grows
 * past them, as from nothing). */
static void
table_init(TlGazTable *t, size_t n, size_t key_bytes)
{
	guint32 cap = 64;
	while (cap < 2 * n + 2 && cap < (1u << 30))
		cap <<= 1;
	t->mask = cap - 1;
	t->count = 0;
	t->slots = slots_new(cap);
	t->keys = g_string_sized_new(key_bytes);
}

static void
table_free(TlGazTable *t)
{
	if (t->slots)
		slots_free(t->slots, t->mask + 1);
	if (t->keys)
		g_string_free(t->keys, TRUE);
	t->slots = NULL;
	t->keys = NULL;
}

static void
table_grow(TlGazTable *t)
{
	TlGazSlot *old = t->slots;
	guint32 old_size = t->mask + 1;
	t->mask = old_size * 2 - 1;
	t->slots = slots_new(t->mask + 1);
	for (guint32 k = 0; k < old_size; k++) {
		if (!old[k].hash)
			continue;
		guint32 i = (guint32)old[k].hash & t->mask;
		while (t->slots[i].hash)
			i = (i + 1) & t->mask;
		t->slots[i] = old[k];
	}
	slots_free(old, old_size);
}

/* The value of key k[0..n), added as 0 if it is new. */
static guint32 *
table_slot(TlGazTable *t, const char *k, size_t n)
{
	guint64 h = tl_gaz_hash(k, n, FALSE);
	const guint32 *v = tl_gaz_get(t, h, k, n);
	if (v)
		return (guint32 *)v;
	if ((t->count + 1) * 2 > t->mask + 1)
		table_grow(t);
	guint32 i = (guint32)h & t->mask;
	while (t->slots[i].hash)
		i = (i + 1) & t->mask;
	t->slots[i] = (TlGazSlot){h, (guint32)t->keys->len, (guint32)n, 0};
	g_string_append_len(t->keys, k, (gssize)n);
	g_string_append_c(t->keys, '\0');
	t->count++;
	return &t->slots[i].value;
}

void
tl_names_free_gazetteers(TlNames *nm)
{
	table_free(&nm->exact);
	table_free(&nm->folded);
	table_free(&nm->heads);
	table_free(&nm->cues);
	table_free(&nm->first_exact);
	table_free(&nm->first_folded);
	table_free(&nm->cue_last);
	table_free(&nm->stems);
}

/* Record key k[0..n) in a first-word table: its first word -> its longest phrase's bytes. */
static void
add_first(TlGazTable *first, const char *k, size_t n)
{
	const char *space = memchr(k, ' ', n);
	guint32 *old = table_slot(first, k, space ? (size_t)(space - k) : n);
	if (n > *old)
		*old = (guint32)n;
}

/* Record the lower-case key low[0..n) in the stems table: itself when it
 * has a space, and each of its beginnings that a space follows. */
static void
add_stems(TlGazTable *stems, const char *low, size_t n)
{
	gboolean space = FALSE;
	for (size_t c = 0; c < n; c++)
		if (low[c] == ' ') {
			*table_slot(stems, low, c) = 1;
			space = TRUE;
		}
	if (space)
		*table_slot(stems, low, n) = 1;
}

static void
add_kind(TlGazTable *t, const char *k, size_t n, guint kind)
{
	*table_slot(t, k, n) |= kind;
}

static gboolean
acronym(const char *s, size_t n)
{
	size_t letters = 0;
	for (size_t c = 0; c < n; c++) {
		if (g_ascii_islower(s[c]))
			return FALSE;
		letters += g_ascii_isupper(s[c]);
	}
	return letters > 0;
}

/* Add the phrase line[0..len) of a gazetteer of the given kind; toks is
 * the caller's scratch array (the loader allocates nothing per line). */
static void
add_phrase(TlNames *nm, GArray *toks, const char *line, size_t len, guint kind)
{
	g_array_set_size(toks, 0);
	tl_tokenize(line, len, toks);
	if (toks->len == 0 || toks->len > MAX_PHRASE)
		return;
	char key[KEY_MAX], low[KEY_MAX];
	size_t n = 0;
	for (guint i = 0; i < toks->len; i++) {
		const TlToken *t = &g_array_index(toks, TlToken, i);
		size_t tl = t->end - t->start;
		if (n + tl + 2 > KEY_MAX)
			return;
		if (i)
			key[n++] = ' ';
		memcpy(key + n, line + t->start, tl);
		n += tl;
	}
	for (size_t c = 0; c < n; c++)
		low[c] = tl_names_fold(key[c]);
	if (kind == GAZ_ORG_HEAD || kind == GAZ_LOC_HEAD) {
		*table_slot(&nm->heads, key, n) |= kind == GAZ_ORG_HEAD ? GAZ_HEAD_ORG : GAZ_HEAD_LOC;
	} else if (kind == GAZ_ORG_CUE) {
		size_t last = n;
		while (last > 0 && low[last - 1] != ' ')
			last--;
		*table_slot(&nm->cue_last, low + last, n - last) = 1;
		*table_slot(&nm->cues, low, n) = 1;
	} else {
		add_kind(&nm->exact, key, n, kind);
		add_first(&nm->first_exact, key, n);
		add_stems(&nm->stems, low, n);
		if (!acronym(key, n)) {
			add_kind(&nm->folded, low, n, kind);
			add_first(&nm->first_folded, low, n);
		}
	}
}

/* line[0..len) with each hyphen between two letters or digits set apart by
 * spaces ("al - Qaida") in out (room for 3 len); its length, 0 if it has
 * none. */
static size_t
hyphens_apart(const char *line, size_t len, char *out)
{
	size_t o = 0;
	gboolean any = FALSE;
	for (size_t c = 0; c < len; c++) {
		if (line[c] == '-' && c > 0 && c + 1 < len && g_ascii_isalnum(line[c - 1]) &&
		    g_ascii_isalnum(line[c + 1])) {
			memcpy(out + o, " - ", 3);
			o += 3;
			any = TRUE;
		} else {
			out[o++] = line[c];
		}
	}
	return any ? o : 0;
}

/* The next phrase line of [*p, end) in *s, *len (trimmed; not empty, not
 * a comment, not too long); FALSE at the end. */
static gboolean
next_line(const char **p, const char *end, const char **s, size_t *len)
{
	while (*p < end) {
		const char *nl = memchr(*p, '\n', (size_t)(end - *p));
		const char *e = nl ? nl : end, *b = *p;
		*p = nl ? nl + 1 : end;
		while (b < e && g_ascii_isspace(*b))
			b++;
		while (e > b && g_ascii_isspace(e[-1]))
			e--;
		*len = (size_t)(e - b);
		*s = b;
		if (*len && *b != '#' && *len <= KEY_MAX)
			return TRUE;
	}
	return FALSE;
}

/* nm's tables made with room for what the gazetteers files[] (up to the
 * first NULL, one that failed to load) will add: phrases (the hyphens set
 * apart count twice) and their spaces, the stems a phrase adds, so that no
 * table grows while it is loaded. */
static void
tables_init(TlNames *nm, GBytes *const *files)
{
	size_t phrases = 0, bytes = 0, stems = 0, stem_bytes = 0, heads = 0, cues = 0;
	for (size_t g = 0; g < G_N_ELEMENTS(gazetteers) && files[g]; g++) {
		gsize size;
		const char *p = g_bytes_get_data(files[g], &size), *end = p + size, *s;
		size_t len;
		while (next_line(&p, end, &s, &len)) {
			size_t k = 1 + (memchr(s, '-', len) != NULL), sp = 0;
			for (size_t c = 0; c < len; c++)
				sp += s[c] == ' ' || s[c] == '-';
			guint kind = gazetteers[g].kind;
			if (kind == GAZ_ORG_HEAD || kind == GAZ_LOC_HEAD) {
				heads += k;
			} else if (kind == GAZ_ORG_CUE) {
				cues += k;
			} else {
				phrases += k;
				bytes += k * (len + 1 + 2 * sp);
				stems += k * sp;
				stem_bytes += k * sp * (len + 1);
			}
		}
	}
	table_init(&nm->exact, phrases, bytes);
	table_init(&nm->folded, phrases, bytes);
	table_init(&nm->heads, heads, 16 * heads);
	table_init(&nm->cues, cues, 32 * cues);
	table_init(&nm->first_exact, phrases, bytes / 2);
	table_init(&nm->first_folded, phrases, bytes / 2);
	table_init(&nm->cue_last, cues, 16 * cues);
	table_init(&nm->stems, stems, stem_bytes / 2);
}

gboolean
tl_names_load_gazetteers(TlNames *nm, GError **error)
{
	GBytes *files[G_N_ELEMENTS(gazetteers)] = {NULL};
	gboolean ok = TRUE;
	for (size_t g = 0; g < G_N_ELEMENTS(gazetteers) && ok; g++) {
		g_autofree char *path = g_strconcat("names/", gazetteers[g].file, NULL);
		files[g] = tl_resource_get("common", path, error);
		ok = files[g] != NULL;
	}
	tables_init(nm, files);
	g_autoptr(GArray) toks = g_array_new(FALSE, FALSE, sizeof(TlToken));
	for (size_t g = 0; g < G_N_ELEMENTS(gazetteers) && ok; g++) {
		gsize size;
		const char *p = g_bytes_get_data(files[g], &size), *end = p + size, *s;
		size_t len;
		while (next_line(&p, end, &s, &len)) {
			add_phrase(nm, toks, s, len, gazetteers[g].kind);
			/* "al-Qaida" as treebanks write it, "al - Qaida", too */
			char split[3 * KEY_MAX];
			size_t sl = hyphens_apart(s, len, split);
			if (sl)
				add_phrase(nm, toks, split, sl, gazetteers[g].kind);
		}
	}
	for (size_t g = 0; g < G_N_ELEMENTS(gazetteers); g++)
		g_clear_pointer(&files[g], g_bytes_unref);
	return ok;
}


/* Bytes of the key of tokens[i..i+len) (joined by single spaces) in *k;
 * FALSE if it does not fit in KEY_MAX (then it is no phrase). */
static gboolean
key_length(const TlToken *tokens, size_t i, size_t len, size_t *k)
{
	*k = 0;
	for (size_t j = i; j < i + len; j++) {
		size_t tl = tokens[j].end - tokens[j].start;
		if (*k + tl + 2 > KEY_MAX)
			return FALSE;
		*k += (j > i) + tl;
	}
	return TRUE;
}

/* Hashes of s[0..n) as written (*he) and in lower case (*hf), in one pass. */
static void
hash_both(const char *s, size_t n, guint64 *he, guint64 *hf)
{
	guint64 e = TL_FNV_START, f = TL_FNV_START;
	for (size_t c = 0; c < n; c++) {
		e = TL_FNV_STEP(e, s[c]);
		f = TL_FNV_STEP(f, tl_names_fold(s[c]));
	}
	*he = tl_gaz_finish(e);
	*hf = tl_gaz_finish(f);
}

/* The longest phrases (in bytes) that start with token t's first word, as
 * written (*fe) and lower case (*ff); 0 when no phrase starts with it. */
static void
first_word(const TlNames *nm, const char *text, const TlToken *t, size_t *fe, size_t *ff)
{
	const char *s = text + t->start;
	size_t len = t->end - t->start;
	const char *space = memchr(s, ' ', len);
	*fe = *ff = 0;
	if (space)
		len = (size_t)(space - s);
	if (len + 2 > KEY_MAX)
		return;
	char w[KEY_MAX];
	guint64 he, hf;
	hash_both(s, len, &he, &hf);
	const guint32 *v = tl_gaz_get(&nm->first_exact, he, s, len);
	*fe = v ? *v : 0;
	for (size_t c = 0; c < len; c++)
		w[c] = tl_names_fold(s[c]);
	v = tl_gaz_get(&nm->first_folded, hf, w, len);
	*ff = v ? *v : 0;
}

/* Kinds of tokens[i..i+len), whose key is k bytes long and whose first word
 * bounds the phrases to fe and ff bytes (first_word); *exact as below.  h1:
 * NULL, or the key's hashes as written and folded (hash_both) when len is 1.
 * *stop (may be NULL): set when no phrase begins with this key and a space
 * (the stems table), left alone otherwise. */
static guint
lookup(const TlNames *nm, const char *text, const TlToken *tokens, size_t i, size_t len, size_t k,
       size_t fe, size_t ff, const guint64 *h1, gboolean *exact, gboolean *stop)
{
	*exact = FALSE;
	if (k > fe && k > ff)
		return 0;
	char key[KEY_MAX], low[KEY_MAX];
	size_t o = 0;
	for (size_t j = i; j < i + len; j++) {
		const char *w = text + tokens[j].start;
		size_t tl = tokens[j].end - tokens[j].start;
		if (j > i)
			key[o] = low[o] = ' ', o++;
		for (size_t c = 0; c < tl; c++, o++)
			low[o] = tl_names_fold(key[o] = w[c]);
	}
	guint64 he, hf;
	if (h1 && len == 1) {
		he = h1[0];
		hf = h1[1];
	} else {
		hash_both(key, o, &he, &hf);
	}
	/* one probe of the stems answers most keys of two tokens or more */
	if (len > 1 && !tl_gaz_get(&nm->stems, hf, low, o)) {
		if (stop)
			*stop = TRUE;
		return 0;
	}
	if (k <= fe) {
		const guint32 *v = tl_gaz_get(&nm->exact, he, key, o);
		if (v) {
			*exact = TRUE;
			return *v;
		}
	}
	if (k > ff)
		return 0;
	const guint32 *v = tl_gaz_get(&nm->folded, hf, low, o);
	return v ? *v : 0;
}

guint
tl_names_gaz_kind(const TlNames *nm, const char *key, gboolean fold)
{
	size_t n = strlen(key);
	const guint32 *v = tl_gaz_get(fold ? &nm->folded : &nm->exact, tl_gaz_hash(key, n, FALSE), key, n);
	return v ? *v : 0;
}

/* Kinds of the phrase tokens[i..i+len), 0 if it is none; *exact: matched with case. */
guint
tl_names_phrase_kind(const TlNames *nm, const char *text, const TlToken *tokens, size_t i, size_t len,
            gboolean *exact)
{
	size_t k, fe, ff;
	if (!key_length(tokens, i, len, &k))
		return 0;
	first_word(nm, text, &tokens[i], &fe, &ff);
	return lookup(nm, text, tokens, i, len, k, fe, ff, NULL, exact, NULL);
}

/* What a phrase of one token is: its kinds (0 if none) and whether it
 * matched with case; known before the phrases that grow from it. */
typedef struct {
	guint16 kind;
	guint8 exact;
} OneWord;

/* Longest match from token i with first-word bounds fe, ff (and h1 as in
 * lookup); one: NULL, or the match of token i alone, already looked up. */
static size_t
longest(const TlNames *nm, const char *text, const TlToken *tokens, size_t n, size_t i, size_t fe,
        size_t ff, const guint64 *h1, const OneWord *one, guint *kind, gboolean *exact)
{
	size_t best = 0, k = 0;
	*kind = 0;
	for (size_t len = 1; len <= MAX_PHRASE && i + len <= n; len++) {
		size_t tl = tokens[i + len - 1].end - tokens[i + len - 1].start;
		if (k + tl + 2 > KEY_MAX)
			break;
		k += (len > 1) + tl;
		if (k > fe && k > ff)
			break;
		gboolean ex = one && one->exact, stop = FALSE;
		guint kd = len == 1 && one ? one->kind
		                           : lookup(nm, text, tokens, i, len, k, fe, ff, h1, &ex, &stop);
		if (kd) {
			best = len;
			*kind = kd;
			*exact = ex;
		}
		if (stop)
			break;
	}
	return best;
}

static gboolean
may_start(const char *text, const TlToken *t)
{
	return g_ascii_isalnum(text[t->start]) || ((guint8)text[t->start] & 0x80);
}

/* Longest gazetteer phrase starting at token i: its length (0 if none).  The
 * first word is looked up once; the phrase grows while it may still match. */
size_t
tl_names_longest_match(const TlNames *nm, const char *text, const TlToken *tokens, size_t n, size_t i,
              guint *kind, gboolean *exact)
{
	size_t fe, ff;
	*kind = 0;
	if (!may_start(text, &tokens[i]))
		return 0;
	first_word(nm, text, &tokens[i], &fe, &ff);
	return longest(nm, text, tokens, n, i, fe, ff, NULL, NULL, kind, exact);
}

/* What the tables say of one token's bytes s[0..len), whose hashes as
 * written and folded are he and hf. */
typedef struct {
	guint16 fe, ff; /* as first_word gives them */
	guint8 head;    /* GAZ_HEAD_* bits */
	guint8 cue_last;
	OneWord one; /* the token as a phrase of its own */
} WordFacts;

static gboolean cue_last_word(const TlNames *nm, const char *s, size_t len);

static void
word_facts(const TlNames *nm, const char *s, size_t len, guint64 he, guint64 hf, WordFacts *wf)
{
	const guint32 *hv = tl_gaz_get(&nm->heads, he, s, len);
	wf->head = (guint8)(hv ? *hv : 0);
	wf->cue_last = (guint8)cue_last_word(nm, s, len);
	size_t fe, ff;
	if (memchr(s, ' ', len) || len + 2 > KEY_MAX) {
		TlToken t = {.start = 0, .end = (guint32)len};
		first_word(nm, s, &t, &fe, &ff);
	} else {
		char w[KEY_MAX];
		const guint32 *v = tl_gaz_get(&nm->first_exact, he, s, len);
		fe = v ? *v : 0;
		for (size_t c = 0; c < len; c++)
			w[c] = tl_names_fold(s[c]);
		v = tl_gaz_get(&nm->first_folded, hf, w, len);
		ff = v ? *v : 0;
	}
	wf->fe = (guint16)fe;
	wf->ff = (guint16)ff;
	/* as longest finds it: no key for a word that long */
	gboolean exact = FALSE;
	guint kind = 0;
	if (len + 2 <= KEY_MAX) {
		guint64 h1[2] = {he, hf};
		TlToken t = {.start = 0, .end = (guint32)len};
		kind = lookup(nm, s, &t, 0, 1, len, fe, ff, h1, &exact, NULL);
	}
	wf->one.kind = (guint16)kind;
	wf->one.exact = (guint8)exact;
}

/*
 * The word cache.  A token's table facts depend on its bytes alone, and a
 * text repeats its words: each thread keeps those of the words it met last,
 * direct-mapped by their hash, so that a word seen again costs one probe of
 * a small table instead of four of the large ones.  Longer words are not
 * kept.
 */
#define FACT_SLOTS 16384 /* a power of two */
#define FACT_WORD 22

typedef struct {
	guint64 he;
	guint serial; /* of the finder; 0: empty */
	WordFacts wf;
	guint8 len;
	char word[FACT_WORD];
} FactSlot;

static GPrivate facts_key = G_PRIVATE_INIT(g_free);

/* The calling thread's cache. */
static FactSlot *
thread_facts(void)
{
	FactSlot *c = g_private_get(&facts_key);
	if (!c) {
		c = g_new0(FactSlot, FACT_SLOTS);
		g_private_set(&facts_key, c);
	}
	return c;
}

static const WordFacts *
cached_facts(const TlNames *nm, FactSlot *c, const char *s, size_t len, guint64 he, guint64 hf,
             WordFacts *own)
{
	if (len > FACT_WORD) {
		word_facts(nm, s, len, he, hf, own);
		return own;
	}
	FactSlot *slot = &c[he & (FACT_SLOTS - 1)];
	if (slot->serial != nm->serial || slot->he != he || slot->len != len ||
	    memcmp(slot->word, s, len) != 0) {
		word_facts(nm, s, len, he, hf, &slot->wf);
		slot->serial = nm->serial;
		slot->he = he;
		slot->len = (guint8)len;
		memcpy(slot->word, s, len);
	}
	return &slot->wf;
}

/* Token i's facts, h its hashes (hash_both). */
static void
match_facts(const TlNames *nm, FactSlot *cache, const char *text, const TlToken *tokens, size_t n,
            size_t i, guint64 h[2], TlNamesToken *f)
{
	const char *s = text + tokens[i].start;
	size_t len = tokens[i].end - tokens[i].start;
	WordFacts own;
	const WordFacts *wf = cached_facts(nm, cache, s, len, h[0], h[1], &own);
	f->word = h[1];
	f->len = f->exact = 0;
	f->kind = 0;
	f->head = wf->head;
	f->cue_last = wf->cue_last;
	if (!may_start(text, &tokens[i]))
		return;
	size_t fe = wf->fe, ff = wf->ff;
	if (!fe && !ff)
		return;
	guint kind;
	gboolean exact = FALSE;
	f->len = (guint8)longest(nm, text, tokens, n, i, fe, ff, h, &wf->one, &kind, &exact);
	f->kind = (guint16)(f->len ? kind : 0);
	f->exact = f->len && exact;
}

/* How many tokens ahead a word's cache slot is asked for (the slots miss:
 * 89% of this file's samples waited on the first compare). */
#define AHEAD 4

/* Hash token t and ask for its cache slot. */
static void
hash_ahead(const FactSlot *cache, const char *text, const TlToken *t, guint64 h[2])
{
	hash_both(text + t->start, t->end - t->start, &h[0], &h[1]);
	__builtin_prefetch(&cache[h[0] & (FACT_SLOTS - 1)]);
}

void
tl_names_match_facts(const TlNames *nm, const char *text, const TlToken *tokens, size_t n,
                     TlNamesToken *facts)
{
	FactSlot *cache = thread_facts();
	guint64 ahead[AHEAD][2]; /* token i's hashes at ahead[i % AHEAD] */
	for (size_t i = 0; i < AHEAD && i < n; i++)
		hash_ahead(cache, text, &tokens[i], ahead[i]);
	for (size_t i = 0; i < n; i++) {
		guint64 h[2] = {ahead[i % AHEAD][0], ahead[i % AHEAD][1]};
		if (i + AHEAD < n)
			hash_ahead(cache, text, &tokens[i + AHEAD], ahead[i % AHEAD]);
		match_facts(nm, cache, text, tokens, n, i, h, &facts[i]);
	}
}

guint
tl_names_head_kind(const TlNames *nm, const char *text, const TlToken *tokens, size_t i)
{
	const char *s = text + tokens[i].start;
	size_t len = tokens[i].end - tokens[i].start;
	const guint32 *v = tl_gaz_get(&nm->heads, tl_gaz_hash(s, len, FALSE), s, len);
	return v ? *v : 0;
}

gboolean
tl_names_org_head(const TlNames *nm, const char *text, const TlToken *tokens, size_t i)
{
	return (tl_names_head_kind(nm, text, tokens, i) & GAZ_HEAD_ORG) != 0;
}

#define MAX_CUE 3 /* tokens */

/* tl_names_cue_last of the token whose bytes are s[0..len). */
static gboolean
cue_last_word(const TlNames *nm, const char *s, size_t len)
{
	size_t start = 0;
	char w[KEY_MAX];
	for (size_t c = len; c > 0; c--)
		if (s[c - 1] == ' ') {
			start = c;
			break;
		}
	if (len - start + 2 > KEY_MAX)
		return TRUE; /* let the full check decide */
	for (size_t c = start; c < len; c++)
		w[c - start] = tl_names_fold(s[c]);
	return tl_gaz_get(&nm->cue_last, tl_gaz_hash(w, len - start, FALSE), w, len - start) != NULL;
}

gboolean
tl_names_cue_last(const TlNames *nm, const char *text, const TlToken *t)
{
	return cue_last_word(nm, text + t->start, t->end - t->start);
}

gboolean
tl_names_cue_before(const TlNames *nm, const char *text, const TlToken *tokens, size_t i)
{
	for (size_t len = 1; len <= MAX_CUE && len <= i; len++) {
		char key[KEY_MAX];
		size_t k = 0;
		gboolean fits = TRUE;
		for (size_t j = i - len; j < i && fits; j++) {
			size_t tl = tokens[j].end - tokens[j].start;
			if (k + tl + 2 > KEY_MAX) {
				fits = FALSE;
				break;
			}
			if (j > i - len)
				key[k++] = ' ';
			for (size_t c = 0; c < tl; c++)
				key[k++] = tl_names_fold(text[tokens[j].start + c]);
		}
		if (fits && tl_gaz_get(&nm->cues, tl_gaz_hash(key, k, FALSE), key, k))
			return TRUE;
	}
	return FALSE;
}

gboolean
tl_names_org_cue(const TlNames *nm, const char *text, const TlToken *tokens, size_t i)
{
	return i > 0 && tl_names_cue_last(nm, text, &tokens[i - 1]) &&
	       tl_names_cue_before(nm, text, tokens, i);
}

gboolean
tl_names_particle(const char *text, const TlToken *t)
{
	static const char *const words[] = {"de", "da", "di", "du", "del", "della", "der", "den",
	                                    "la", "le", "van", "von", "dos", "das", "bin", "ibn"};
	size_t len = t->end - t->start;
	if (len < 2 || len > 5 || !g_ascii_islower(text[t->start]))
		return FALSE;
	for (size_t k = 0; k < G_N_ELEMENTS(words); k++)
		if (strlen(words[k]) == len && memcmp(text + t->start, words[k], len) == 0)
			return TRUE;
	return FALSE;
}
