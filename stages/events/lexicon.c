/*
 * The event lexicons: plain word lists under data/lexicons/ (one lower-case
 * lemma a line, '#' starts a comment), each giving one TL_EVLEX_* bit.  They
 * feed the classifier as features (the model decides), and the summary and
 * anchoring rules (reporting verbs, negation).
 */
#include <string.h>
#include "../common/tag-weights.h"
#include "tl/resource.h"
#include "events.h"

/* A slot of the words' second table, keyed by the FNV-1a hash TlEvDoc
 * keeps of every lemma and form: looking a token up costs one probe and
 * one compare, where GHashTable hashed the string again. */
typedef struct {
	guint64 fnv;      /* 0: empty */
	const char *word; /* borrowed from words */
	guint32 len, bits;
} LexSlot;

/* The same for the senses (32,000 lemmas): GHashTable's look-up missed the
 * cache at its hashes, its keys, the key's bytes and the value.  A lemma of
 * up to SENSE_INLINE bytes is held in the slot, so that a look-up reads one
 * line of memory. */
#define SENSE_INLINE 15
typedef struct {
	guint64 fnv; /* 0: empty */
	guint64 senses;
	guint8 len;
	union {
		char bytes[SENSE_INLINE]; /* len <= SENSE_INLINE */
		const char *word;         /* longer: in sense_text */
	} w;
} SenseSlot;

static gboolean
sense_is(const SenseSlot *sl, const char *lemma, size_t n)
{
	if (sl->len != MIN(n, (size_t)G_MAXUINT8)) /* (len: 255 for 255 bytes or more) */
		return FALSE;
	if (n <= SENSE_INLINE)
		return memcmp(sl->w.bytes, lemma, n) == 0;
	return strlen(sl->w.word) == n && memcmp(sl->w.word, lemma, n) == 0;
}

struct TlEvLexicon {
	GHashTable *words;  /* lemma (owned) -> bits */
	char *sense_text;   /* wordnet-senses.txt, its lemmas cut out in place */
	LexSlot *slots;     /* the words again, open addressing over fnv */
	guint32 mask;
	SenseSlot *sense_slots; /* lemma -> packed senses, open addressing over fnv */
	guint32 sense_mask;
};

static guint64
fnv(const char *s, size_t n)
{
	guint64 h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= (guint8)s[i];
		h *= 0x100000001b3ULL;
	}
	return h ? h : 1;
}

static guint32
slot_of(guint64 h, guint32 mask)
{
	return (guint32)(h ^ (h >> 29) ^ (h >> 47)) & mask;
}

/* The mask of an open-addressing table for n keys: a power of two of 16
 * slots or more, at most half full (both tables below). */
static guint32
table_mask(guint n)
{
	guint32 size = 16;
	while (size < 2 * n)
		size *= 2;
	return size - 1;
}

/* Fill lex->slots from lex->words. */
static void
index_words(TlEvLexicon *lex)
{
	lex->mask = table_mask(g_hash_table_size(lex->words));
	lex->slots = g_new0(LexSlot, (gsize)lex->mask + 1);
	GHashTableIter it;
	gpointer k, v;
	g_hash_table_iter_init(&it, lex->words);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		size_t n = strlen(k);
		guint64 h = fnv(k, n);
		guint32 i = slot_of(h, lex->mask);
		while (lex->slots[i].fnv)
			i = (i + 1) & lex->mask;
		lex->slots[i] = (LexSlot){h, k, (guint32)n, GPOINTER_TO_UINT(v)};
	}
}

/* Set lemma[0..n)'s senses in lex->sense_slots (a later line of the same
 * lemma replaces an earlier one's); lemma stays (in sense_text). */
static void
set_senses(TlEvLexicon *lex, const char *lemma, size_t n, guint64 senses)
{
	guint64 h = fnv(lemma, n);
	guint32 i = slot_of(h, lex->sense_mask);
	while (lex->sense_slots[i].fnv && !(lex->sense_slots[i].fnv == h &&
	                                      sense_is(&lex->sense_slots[i], lemma, n)))
		i = (i + 1) & lex->sense_mask;
	SenseSlot *sl = &lex->sense_slots[i];
	sl->fnv = h;
	sl->senses = senses;
	sl->len = (guint8)MIN(n, (size_t)G_MAXUINT8);
	if (n <= SENSE_INLINE)
		memcpy(sl->w.bytes, lemma, n);
	else
		sl->w.word = lemma;
}

static const struct {
	const char *file;
	guint bit;
} files[] = {
	{"lexicons/event-nouns.txt", TL_EVLEX_NOUN},
	{"lexicons/reporting.txt", TL_EVLEX_REPORTING},
	{"lexicons/aspectual.txt", TL_EVLEX_ASPECTUAL},
	{"lexicons/perception.txt", TL_EVLEX_PERCEPTION},
	{"lexicons/i-action.txt", TL_EVLEX_I_ACTION},
	{"lexicons/i-state.txt", TL_EVLEX_I_STATE},
	{"lexicons/states.txt", TL_EVLEX_STATE},
	{"lexicons/negation.txt", TL_EVLEX_NEG},
	{"lexicons/non-events.txt", TL_EVLEX_NONEVENT},
	{"lexicons/light-verbs.txt", TL_EVLEX_LIGHT},
	{"lexicons/subordinators.txt", TL_EVLEX_SUBORD},
	{"lexicons/object-tells.txt", TL_EVLEX_OBJECT_TELLS},
};

static gboolean
load_file(GHashTable *words, const char *file, guint bit, GError **error)
{
	g_autoptr(GBytes) bytes = tl_resource_get("events", file, error);
	if (!bytes)
		return FALSE;
	gsize size;
	const char *data = g_bytes_get_data(bytes, &size);
	const char *p = data, *end = data + size;
	guint lineno = 0;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		lineno++;
		const char *hash = memchr(p, '#', (size_t)(le - p));
		const char *we = hash ? hash : le;
		while (p < we && g_ascii_isspace(*p))
			p++;
		while (we > p && g_ascii_isspace(we[-1]))
			we--;
		if (we > p) {
			g_autofree char *w = g_strndup(p, (gsize)(we - p));
			if (!g_utf8_validate(w, -1, NULL) || strchr(w, '\t')) {
				g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "events/%s:%u: bad entry", file,
				            lineno);
				return FALSE;
			}
			guint old = GPOINTER_TO_UINT(g_hash_table_lookup(words, w));
			g_hash_table_replace(words, g_steal_pointer(&w), GUINT_TO_POINTER(old | bit));
		}
		p = le + 1;
	}
	return TRUE;
}

/* "n4.26.11" -> the part of speech's slot filled with up to three lexicographer
 * file numbers (each + 1, 6 bits); FALSE when malformed. */
static gboolean
parse_senses(const char *f, guint64 *packed)
{
	int shift;
	switch (f[0]) {
	case 'n': shift = TL_EVSENSE_NOUN; break;
	case 'v': shift = TL_EVSENSE_VERB; break;
	case 'a': shift = TL_EVSENSE_ADJ; break;
	default: return FALSE;
	}
	const char *p = f + 1;
	for (int k = 0; k < 3 && *p; k++) {
		char *end;
		guint64 n = g_ascii_strtoull(p, &end, 10);
		if (end == p || n > 60 || (*end && *end != '.'))
			return FALSE;
		*packed |= (n + 1) << (shift + 6 * k);
		p = *end ? end + 1 : end;
	}
	return TRUE;
}

/* Read the senses' file into lex->sense_slots, straight from its lines:
 * no table of its own in between (32,000 lemmas: a tenth of a cold start). */
static gboolean
load_senses(TlEvLexicon *lex, const char *file, GError **error)
{
	g_autoptr(GBytes) bytes = tl_resource_get("events", file, error);
	if (!bytes)
		return FALSE;
	gsize size;
	const char *data = g_bytes_get_data(bytes, &size);
	guint lines = 1;
	for (const char *p = data; (p = memchr(p, '\n', size - (gsize)(p - data))); p++)
		lines++;
	lex->sense_mask = table_mask(lines);
	/* 2 MB: on a page of that size, one fault where 4 KB pages took 512 */
	lex->sense_slots = tl_big_alloc0(sizeof(SenseSlot) * ((gsize)lex->sense_mask + 1));
	char *text = lex->sense_text = g_strndup(data, size);
	guint lineno = 0;
	for (char *line = text, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = 0;
		lineno++;
		if (line[0] == '#' || !line[0])
			continue;
		char *tab = strchr(line, '\t');
		guint64 packed = 0;
		gboolean ok = tab != NULL;
		if (ok) {
			/* the fields split at each space in place (as g_strsplit
			 * would: none when empty, an empty one between two spaces) */
			*tab = 0;
			for (char *f = tab[1] ? tab + 1 : NULL; f && ok;) {
				char *sp = strchr(f, ' ');
				if (sp)
					*sp++ = 0;
				ok = parse_senses(f, &packed);
				f = sp;
			}
		}
		if (!ok) {
			g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "events/%s:%u: bad entry", file, lineno);
			return FALSE;
		}
		set_senses(lex, line, (size_t)(tab - line), packed);
	}
	return TRUE;
}

static void
lexicon_free(TlEvLexicon *lex)
{
	g_hash_table_destroy(lex->words);
	g_free(lex->slots);
	if (lex->sense_slots)
		tl_big_free(lex->sense_slots, sizeof(SenseSlot) * ((gsize)lex->sense_mask + 1));
	g_free(lex->sense_text);
	g_free(lex);
}

static TlEvLexicon *
lexicon_new(GError **error)
{
	TlEvLexicon *lex = g_new0(TlEvLexicon, 1);
	lex->words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	gboolean ok = load_senses(lex, "lexicons/wordnet-senses.txt", error);
	for (size_t i = 0; ok && i < G_N_ELEMENTS(files); i++)
		ok = load_file(lex->words, files[i].file, files[i].bit, error);
	if (!ok) {
		lexicon_free(lex);
		return NULL;
	}
	index_words(lex);
	return lex;
}

guint64
tl_evlex_senses(const TlEvLexicon *lex, const char *lemma)
{
	size_t n = strlen(lemma);
	return tl_evlex_senses_hashed(lex, lemma, n, fnv(lemma, n));
}

guint64
tl_evlex_senses_hashed(const TlEvLexicon *lex, const char *lemma, size_t n, guint64 h)
{
	if (memchr(lemma, 0, n)) /* a NUL from a \u0000: the string ends there */
		return tl_evlex_senses(lex, lemma);
	h = h ? h : 1;
	for (guint32 i = slot_of(h, lex->sense_mask);; i = (i + 1) & lex->sense_mask) {
		const SenseSlot *sl = &lex->sense_slots[i];
		if (!sl->fnv)
			return 0;
		if (sl->fnv == h && sense_is(sl, lemma, n))
			return sl->senses;
	}
}

const TlEvLexicon *
tl_evlex_default(GError **error)
{
	static gsize once;
	static TlEvLexicon *lex;
	static char *msg;
	if (g_once_init_enter(&once)) {
		GError *err = NULL;
		lex = lexicon_new(&err);
		if (!lex) {
			msg = g_strdup(err->message);
			g_error_free(err);
		}
		g_once_init_leave(&once, 1);
	}
	if (!lex)
		g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "%s", msg);
	return lex;
}

guint
tl_evlex_lookup(const TlEvLexicon *lex, const char *lemma)
{
	return GPOINTER_TO_UINT(g_hash_table_lookup(lex->words, lemma));
}

guint
tl_evlex_lookup_hashed(const TlEvLexicon *lex, const char *w, size_t n, guint64 h)
{
	if (memchr(w, 0, n)) /* a NUL from a \u0000: the string ends there */
		return tl_evlex_lookup(lex, w);
	h = h ? h : 1;
	for (guint32 i = slot_of(h, lex->mask);; i = (i + 1) & lex->mask) {
		const LexSlot *sl = &lex->slots[i];
		if (!sl->fnv)
			return 0;
		if (sl->fnv == h && sl->len == n && memcmp(sl->word, w, n) == 0)
			return sl->bits;
	}
}

static const char *const class_names[TL_EVC_COUNT] = {
	"NONE", "OCCURRENCE", "REPORTING", "STATE", "I_ACTION", "I_STATE", "ASPECTUAL", "PERCEPTION",
};

const char *
tl_evclass_name(int cls)
{
	return cls >= 0 && cls < TL_EVC_COUNT ? class_names[cls] : "NONE";
}

int
tl_evclass_from_name(const char *name)
{
	for (int c = 1; c < TL_EVC_COUNT; c++)
		if (strcmp(name, class_names[c]) == 0)
			return c;
	return -1;
}
