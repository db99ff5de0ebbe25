/*
 * The lexicon of date words: the resource files of stages/dates/data/<lang>/
 * (listed in its index.txt) loaded into one hash of lower-case first words to
 * their senses.  A phrase of several words is filed under its first word and
 * carries the rest, which the grammar matches token by token.  A second
 * language is a second folder of these files, not new code.
 */
#include <string.h>
#include "tl/resource.h"
#include "dates.h"

/* The lookup table the scanner probes for every word: open addressing on
 * tl_dlex_hash of the lower-case word, filled from `words` once loaded. */
typedef struct {
	char key[TL_DLEX_KEY]; /* the word, then zero bytes */
	guint32 hash;
	guint8 len;
	GPtrArray *senses;
	TlDLexBits bits;
} Slot; /* 64 bytes: one cache line each */
G_STATIC_ASSERT(sizeof(Slot) == 64);

struct TlDLex {
	TlDLexHead head;     /* first (dates.h): the Bloom filter, bit
	                      * (hash >> 16) % 65536 of every word: most words of
	                      * a text are not date words, and miss there */
	GHashTable *words;   /* char* -> GPtrArray of TlDSense* */
	GPtrArray *all;      /* every sense, owned */
	Slot *slots;
	guint32 mask;
};

guint32
tl_dlex_hash(const char *s, size_t len)
{
	char key[TL_DLEX_KEY] = {0};
	memcpy(key, s, MIN(len, sizeof key - 1));
	return tl_dlex_hash_key(key);
}

/* The follow bits of the second word w of a phrase. */
static guint64
follow_bits(const char *w)
{
	size_t n = strlen(w);
	guint64 b = tl_dlex_follow_bit(tl_dlex_hash(w, n));
	if (n > 1 && w[n - 1] == '.')
		b |= tl_dlex_follow_bit(tl_dlex_hash(w, n - 1));
	return b;
}

/* The table: at most half full (most probes are the Bloom filter's misses
 * anyway), its slots on cache lines. */
static void
build_slots(TlDLex *lex)
{
	guint32 size = 64;
	while (size < 2 * g_hash_table_size(lex->words))
		size *= 2;
	lex->slots = g_aligned_alloc0(size, sizeof(Slot), 64);
	lex->mask = size - 1;
	GHashTableIter it;
	gpointer k, v;
	g_hash_table_iter_init(&it, lex->words);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		size_t len = strlen(k);
		if (len >= sizeof lex->slots[0].key)
			continue;
		guint32 h = tl_dlex_hash(k, len), i = h & lex->mask;
		while (lex->slots[i].senses)
			i = (i + 1) & lex->mask;
		lex->slots[i] = (Slot){.hash = h, .len = (guint8)len, .senses = v};
		memcpy(lex->slots[i].key, k, len);
		lex->head.bloom[(h >> 16) >> 6] |= (guint64)1 << ((h >> 16) & 63);
		GPtrArray *a = v;
		TlDLexBits *b = &lex->slots[i].bits;
		for (guint j = 0; j < a->len; j++) {
			const TlDSense *sn = g_ptr_array_index(a, j);
			if (sn->nwords > 1)
				b->follow |= follow_bits(sn->words[0]);
			/* what a number measures ("pct", "points") is no date
			 * word: its senses are there for tl_dg_sense, its
			 * category out of cats */
			if (sn->cat == L_MEASURE)
				continue;
			b->cats |= (guint64)1 << sn->cat;
			if (sn->nwords == 1)
				b->cats1 |= (guint64)1 << sn->cat;
		}
	}
}

static const char *const cat_names[L_NCATS] = {
	[L_MONTH] = "MONTH", [L_WEEKDAY] = "WEEKDAY", [L_SEASON] = "SEASON",
	[L_NUM] = "NUM", [L_ORD] = "ORD", [L_MULT] = "MULT", [L_UNIT] = "UNIT",
	[L_DAYREL] = "DAYREL", [L_PART] = "PART", [L_CLOCK] = "CLOCK",
	[L_DEIXIS] = "DEIXIS", [L_POST] = "POST", [L_FUZZY] = "FUZZY", [L_MOD] = "MOD",
	[L_HOLIDAY] = "HOLIDAY", [L_SET] = "SET", [L_QUANT] = "QUANT", [L_FREQ] = "FREQ",
	[L_DET] = "DET", [L_OF] = "OF", [L_FISCAL] = "FISCAL", [L_TIMES] = "TIMES",
	[L_AMPM] = "AMPM", [L_OCLOCK] = "OCLOCK", [L_ERA] = "ERA", [L_TZ] = "TZ",
	[L_QNAME] = "QNAME", [L_HNAME] = "HNAME", [L_PREP] = "PREP", [L_CONJ] = "CONJ",
	[L_FUZZYDUR] = "FUZZYDUR", [L_LONG] = "LONG", [L_YEARAGO] = "YEARAGO",
	[L_TENSE] = "TENSE", [L_COUNTADJ] = "COUNTADJ",
	[L_MEASURE] = "MEASURE",
};

static const struct {
	const char *name;
	guint32 flag;
} flag_names[] = {
	{"amb", LF_AMB}, {"abbr", LF_ABBR}, {"plural", LF_PLURAL}, {"art", LF_ART},
	{"anaph", LF_ANAPH}, {"span", LF_SPAN}, {"weak", LF_WEAK}, {"adjonly", LF_ADJONLY},
	{"half", LF_HALF}, {"night", LF_NIGHT}, {"latest", LF_LATEST}, {"recent", LF_RECENT},
	{"few", LF_FEW}, {"couple", LF_COUPLE}, {"fortnight", LF_FORTNIGHT},
	{"inner", LF_INNER}, {"inner=1", LF_INNER}, {"last", LF_LAST}, {"some", LF_SOME}, {"outer", LF_OUTER},
	{"initial", LF_INITIAL}, {"weekday", LF_WEEKDAY}, {"subj", LF_SUBJ},
	{"glued", LF_GLUED}, {"second", LF_SECOND}, {"deadline", LF_DEADLINE},
	{"timetable", LF_TIMETABLE}, {"tail", LF_TAIL}, {"lower", LF_LOWER},
};

static void
sense_free(gpointer p)
{
	TlDSense *s = p;
	g_free(s->sval);
	g_strfreev(s->words);
	g_free(s);
}

void
tl_dlex_free(TlDLex *lex)
{
	if (!lex)
		return;
	g_hash_table_destroy(lex->words);
	g_aligned_free(lex->slots);
	g_ptr_array_free(lex->all, TRUE);
	g_free(lex);
}

static gboolean
parse_flags(const char *s, guint32 *flags)
{
	g_auto(GStrv) parts = g_strsplit(s, ",", -1);
	for (char **p = parts; *p; p++) {
		gboolean found = FALSE;
		for (size_t i = 0; i < G_N_ELEMENTS(flag_names); i++)
			if (strcmp(*p, flag_names[i].name) == 0) {
				*flags |= flag_names[i].flag;
				found = TRUE;
			}
		if (!found)
			return FALSE;
	}
	return TRUE;
}

static int
cat_of(const char *name)
{
	for (int c = 1; c < L_NCATS; c++)
		if (cat_names[c] && strcmp(cat_names[c], name) == 0)
			return c;
	return 0;
}

/* One line: PHRASE CAT ARG [FLAGS], tab separated. */
static gboolean
load_line(TlDLex *lex, char *line, const char *file, int lineno, GError **error)
{
	char *hash = strchr(line, '#');
	if (hash && (hash == line || hash[-1] == '\t'))
		*hash = '\0';
	g_strstrip(line);
	if (!*line)
		return TRUE;
	g_auto(GStrv) f = g_strsplit(line, "\t", -1);
	guint nf = g_strv_length(f);
	int cat = nf >= 2 ? cat_of(f[1]) : 0;
	TlDSense s = {.cat = (guint8)cat};
	/* a tense cue: PHRASE TENSE TENSE WEIGHT [FLAGS] */
	if (nf < 3 || nf > (cat == L_TENSE ? 5 : 4) || !cat ||
	    (nf == 4 && cat != L_TENSE && !parse_flags(f[3], &s.flags)) ||
	    (nf == 5 && !parse_flags(f[4], &s.flags))) {
		g_set_error(error, TL_ERROR, TL_ERROR_MODEL,
		            "%s:%d: expected PHRASE<TAB>CATEGORY<TAB>ARGUMENT[<TAB>FLAGS]", file, lineno);
		return FALSE;
	}
	/* a hyphen is a word of its own, as the tokens have it */
	g_autofree char *low0 = g_utf8_strdown(f[0], -1);
	g_auto(GStrv) hy = g_strsplit(low0, "-", -1);
	g_autofree char *low1 = g_strjoinv(" - ", hy);
	/* so are a clitic 's and a closing apostrophe (veterans' day) */
	g_autoptr(GString) gs = g_string_new(NULL);
	for (const char *c = low1; *c; c++) {
		if (*c == '\'' && c > low1 && (c[1] == 's' || c[1] == ' ' || !c[1]) &&
		    (c[1] != 's' || c[2] == ' ' || !c[2]))
			g_string_append_c(gs, ' ');
		g_string_append_c(gs, *c);
	}
	char *low = gs->str;
	g_auto(GStrv) words = g_strsplit(low, " ", -1);
	s.nwords = (guint8)g_strv_length(words);
	s.sval = g_strdup(f[2]);
	s.dval = g_ascii_strtod(f[2], NULL);
	s.ival = (int)s.dval;
	if (cat == L_TENSE) {
		s.ival = nf >= 4 ? atoi(f[3]) : 1;
		if (nf < 5)
			s.flags = 0;
	}
	s.words = g_new0(char *, s.nwords);
	for (guint i = 1; i < s.nwords; i++)
		s.words[i - 1] = g_strdup(words[i]);
	TlDSense *sp = g_memdup2(&s, sizeof s);
	g_ptr_array_add(lex->all, sp);
	GPtrArray *list = g_hash_table_lookup(lex->words, words[0]);
	if (!list) {
		list = g_ptr_array_new();
		g_hash_table_insert(lex->words, g_strdup(words[0]), list);
	}
	g_ptr_array_add(list, sp);
	return TRUE;
}

static gboolean
load_file(TlDLex *lex, const char *lang, const char *name, GError **error)
{
	g_autofree char *path = g_strdup_printf("%s/%s", lang, name);
	g_autoptr(GBytes) b = tl_resource_get("dates", path, error);
	if (!b)
		return FALSE;
	g_auto(GStrv) lines = g_strsplit(g_bytes_get_data(b, NULL), "\n", -1);
	for (int i = 0; lines[i]; i++)
		if (!load_line(lex, lines[i], path, i + 1, error))
			return FALSE;
	return TRUE;
}

/*
 * Load the language's files.  Returns a new lexicon, or NULL with error.
 * The tense file is loaded like the others (category TENSE; the weight is
 * its fourth column).
 */
TlDLex *
tl_dlex_load(const char *lang, GError **error)
{
	g_autofree char *ipath = g_strdup_printf("%s/index.txt", lang);
	g_autoptr(GBytes) idx = tl_resource_get("dates", ipath, error);
	if (!idx)
		return NULL;
	TlDLex *lex = g_new0(TlDLex, 1);
	lex->words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	                                   (GDestroyNotify)g_ptr_array_unref);
	lex->all = g_ptr_array_new_with_free_func(sense_free);
	g_auto(GStrv) lines = g_strsplit(g_bytes_get_data(idx, NULL), "\n", -1);
	for (int i = 0; lines[i]; i++) {
		char *l = g_strstrip(lines[i]);
		if (!*l || *l == '#')
			continue;
		if (!load_file(lex, lang, l, error)) {
			tl_dlex_free(lex);
			return NULL;
		}
	}
	build_slots(lex);
	return lex;
}

/* The senses filed under a lower-case word: borrowed, or NULL. */
GPtrArray *
tl_dlex_lookup(const TlDLex *lex, const char *word, size_t len)
{
	return tl_dlex_lookup_hash(lex, word, len, tl_dlex_hash(word, len));
}

GPtrArray *
tl_dlex_lookup_hash(const TlDLex *lex, const char *word, size_t len, guint32 hash)
{
	guint64 cats;
	return tl_dlex_lookup_cats(lex, word, len, hash, &cats);
}

/* Is the word's hash in the Bloom filter? */
static inline gboolean
in_bloom(const TlDLex *lex, guint32 hash)
{
	return tl_dlex_may_hold(lex->head.bloom, hash);
}


GPtrArray *
tl_dlex_lookup_key(const TlDLex *lex, const char *key, size_t len, guint32 hash,
                   TlDLexBits *bits)
{
	*bits = (TlDLexBits){0};
	if (!in_bloom(lex, hash))
		return NULL;
	guint64 k[3];
	memcpy(k, key, sizeof k);
	for (guint32 i = hash & lex->mask; lex->slots[i].senses; i = (i + 1) & lex->mask) {
		const Slot *sl = &lex->slots[i];
		guint64 w[3];
		memcpy(w, sl->key, sizeof w);
		if (sl->hash == hash && sl->len == len && w[0] == k[0] && w[1] == k[1] && w[2] == k[2]) {
			*bits = sl->bits;
			return sl->senses;
		}
	}
	return NULL;
}

GPtrArray *
tl_dlex_lookup_cats(const TlDLex *lex, const char *word, size_t len, guint32 hash,
                    guint64 *cats)
{
	*cats = 0;
	if (!in_bloom(lex, hash))
		return NULL;
	for (guint32 i = hash & lex->mask; lex->slots[i].senses; i = (i + 1) & lex->mask)
		if (lex->slots[i].hash == hash && lex->slots[i].len == len &&
		    memcmp(lex->slots[i].key, word, len) == 0) {
			*cats = lex->slots[i].bits.cats;
			return lex->slots[i].senses;
		}
	*cats = 0;
	return NULL;
}
