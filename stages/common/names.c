/*
 * The name finder: gazetteer matching, the chunker's features, greedy BIO
 * decoding, and the rules that attach titles to persons as roles and add
 * gazetteer names the chunker missed.
 *
 * Gazetteer phrases are tokenized like the text and joined by single spaces;
 * they match case-sensitively, and also case-insensitively unless they are
 * acronyms ("US" must not match "us").
 */
#include <stdio.h>
#include <string.h>
#include "tl/names.h"
#include "tl/resource.h"
#include "tl/tl.h"

enum {
	GAZ_COUNTRY = 1 << 0,
	GAZ_PLACE = 1 << 1,
	GAZ_ORG = 1 << 2,
	GAZ_GIVEN = 1 << 3,
	GAZ_DEMONYM = 1 << 4,
	GAZ_TITLE = 1 << 5,
	GAZ_NOT_NAME = 1 << 6,
};

#define MAX_PHRASE 6  /* tokens */
#define KEY_MAX 256   /* bytes */

struct TlNames {
	GHashTable *exact, *folded; /* phrase -> GAZ_* bits */
	TlWeights *weights;
};

static const struct {
	const char *file;
	guint kind;
} gazetteers[] = {
	{"countries.txt", GAZ_COUNTRY}, {"places.txt", GAZ_PLACE},
	{"organisations.txt", GAZ_ORG}, {"given-names.txt", GAZ_GIVEN},
	{"demonyms.txt", GAZ_DEMONYM},  {"titles.txt", GAZ_TITLE},
	{"not-names.txt", GAZ_NOT_NAME},
};

const char *
tl_entity_type_name(int type)
{
	static const char *const names[] = {"PERSON", "ORGANIZATION", "LOCATION"};
	return type >= 0 && type < TL_ENT_COUNT ? names[type] : "_";
}

void
tl_names_free(TlNames *names)
{
	if (!names)
		return;
	if (names->exact)
		g_hash_table_destroy(names->exact);
	if (names->folded)
		g_hash_table_destroy(names->folded);
	tl_weights_free(names->weights);
	g_free(names);
}

static void
add_kind(GHashTable *t, const char *key, guint kind)
{
	gpointer old = NULL;
	if (g_hash_table_lookup_extended(t, key, NULL, &old)) {
		g_hash_table_replace(t, g_strdup(key), GUINT_TO_POINTER(GPOINTER_TO_UINT(old) | kind));
		return;
	}
	g_hash_table_insert(t, g_strdup(key), GUINT_TO_POINTER(kind));
}

static gboolean
acronym(const char *s)
{
	size_t letters = 0;
	for (; *s; s++) {
		if (g_ascii_islower(*s))
			return FALSE;
		letters += g_ascii_isupper(*s);
	}
	return letters > 0;
}

static void
add_phrase(TlNames *nm, const char *line, guint kind)
{
	g_autoptr(GArray) toks = g_array_new(FALSE, FALSE, sizeof(TlToken));
	tl_tokenize(line, strlen(line), toks);
	if (toks->len == 0 || toks->len > MAX_PHRASE)
		return;
	GString *key = g_string_new(NULL);
	for (guint i = 0; i < toks->len; i++) {
		const TlToken *t = &g_array_index(toks, TlToken, i);
		if (i)
			g_string_append_c(key, ' ');
		g_string_append_len(key, line + t->start, t->end - t->start);
	}
	if (key->len < KEY_MAX) {
		add_kind(nm->exact, key->str, kind);
		if (!acronym(key->str)) {
			g_autofree char *low = g_ascii_strdown(key->str, (gssize)key->len);
			add_kind(nm->folded, low, kind);
		}
	}
	g_string_free(key, TRUE);
}

static gboolean
load_gazetteers(TlNames *nm, GError **error)
{
	for (size_t g = 0; g < G_N_ELEMENTS(gazetteers); g++) {
		g_autofree char *path = g_strconcat("names/", gazetteers[g].file, NULL);
		g_autoptr(GBytes) b = tl_resource_get("common", path, error);
		if (!b)
			return FALSE;
		gsize size;
		const char *data = g_bytes_get_data(b, &size);
		g_autofree char *copy = g_strndup(data, size);
		g_auto(GStrv) lines = g_strsplit(copy, "\n", -1);
		for (guint i = 0; lines[i]; i++) {
			g_strstrip(lines[i]);
			if (lines[i][0] && lines[i][0] != '#')
				add_phrase(nm, lines[i], gazetteers[g].kind);
		}
	}
	return TRUE;
}

TlNames *
tl_names_new(GBytes *model, GError **error)
{
	g_autoptr(TlNames) nm = g_new0(TlNames, 1);
	nm->exact = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	nm->folded = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	if (!load_gazetteers(nm, error))
		return NULL;
	if (model) {
		gsize size;
		const guint8 *p = g_bytes_get_data(model, &size), *end = p + size;
		guint32 n_labels = 0;
		if (size < 12 || memcmp(p, TL_NAMES_MAGIC, 8) != 0) {
			g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "bad names model: not one");
			return NULL;
		}
		memcpy(&n_labels, p + 8, 4);
		if (GUINT32_FROM_LE(n_labels) != TL_NAMES_LABELS) {
			g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "bad names model: label count");
			return NULL;
		}
		p += 12;
		nm->weights = tl_weights_parse(&p, end, TL_NAMES_LABELS, error);
		if (!nm->weights)
			return NULL;
		if (p != end) {
			g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "bad names model: trailing bytes");
			return NULL;
		}
	}
	return g_steal_pointer(&nm);
}

const TlNames *
tl_names_default(GError **error)
{
	static gsize once = 0;
	static TlNames *names;
	static char *load_error;
	if (g_once_init_enter(&once)) {
		GError *err = NULL;
		g_autoptr(GBytes) b = tl_resource_get("common", "names/model.bin", &err);
		if (b)
			names = tl_names_new(b, &err);
		if (!names)
			load_error = g_strdup(err->message);
		g_clear_error(&err);
		g_once_init_leave(&once, 1);
	}
	if (!names)
		g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "%s", load_error);
	return names;
}

/* ---- gazetteer matching ------------------------------------------------------ */

/* Kinds of the phrase tokens[i..i+len), 0 if it is none; *exact: matched with case. */
static guint
phrase_kind(const TlNames *nm, const char *text, const TlToken *tokens, size_t i, size_t len,
            gboolean *exact)
{
	char key[KEY_MAX];
	size_t k = 0;
	for (size_t j = i; j < i + len; j++) {
		size_t tl = tokens[j].end - tokens[j].start;
		if (k + tl + 2 > KEY_MAX)
			return 0;
		if (j > i)
			key[k++] = ' ';
		memcpy(key + k, text + tokens[j].start, tl);
		k += tl;
	}
	key[k] = '\0';
	gpointer v = g_hash_table_lookup(nm->exact, key);
	*exact = v != NULL;
	if (v)
		return GPOINTER_TO_UINT(v);
	for (size_t j = 0; j < k; j++)
		key[j] = g_ascii_tolower(key[j]);
	return GPOINTER_TO_UINT(g_hash_table_lookup(nm->folded, key));
}

/* Longest gazetteer phrase starting at token i: its length (0 if none). */
static size_t
longest_match(const TlNames *nm, const char *text, const TlToken *tokens, size_t n, size_t i,
              guint *kind, gboolean *exact)
{
	size_t best = 0;
	*kind = 0;
	if (!g_ascii_isalnum(text[tokens[i].start]) && !((guint8)text[tokens[i].start] & 0x80))
		return 0;
	for (size_t len = 1; len <= MAX_PHRASE && i + len <= n; len++) {
		gboolean ex;
		guint k = phrase_kind(nm, text, tokens, i, len, &ex);
		if (k) {
			best = len;
			*kind = k;
			*exact = ex;
		}
	}
	return best;
}

/* ---- features ---------------------------------------------------------------- */

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

static guint64
hash_bytes(const char *s, size_t n, gboolean fold)
{
	guint64 h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (guint8)(fold ? g_ascii_tolower(s[i]) : s[i])) * 0x100000001b3ULL;
	return h;
}

static inline guint64
feat(guint64 tmpl, guint64 a, guint64 b)
{
	guint64 h = mix(a * 0x9e3779b97f4a7c15ULL + mix(b + tmpl * 0x632be59bd9b4e019ULL) + tmpl);
	return h ? h : 1;
}

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

static guint64
word_hash(const char *text, const TlToken *tokens, size_t n, ptrdiff_t j)
{
	if (j < 0)
		return 1;
	if ((size_t)j >= n)
		return 2;
	return hash_bytes(text + tokens[j].start, tokens[j].end - tokens[j].start, TRUE);
}

static guint64
tag_at(const TlPos *tags, size_t n, ptrdiff_t j)
{
	return j < 0 || (size_t)j >= n ? 255 : tags[j].xpos;
}

size_t
tl_names_features(const TlNames *nm, const char *text, const TlToken *tokens, const TlPos *tags,
                  size_t n, size_t i, int prev, TlNamesState *st, guint64 *out)
{
	if (i >= st->match_end) {
		guint kind;
		gboolean exact = FALSE;
		size_t len = longest_match(nm, text, tokens, n, i, &kind, &exact);
		st->match_start = (guint32)i;
		st->match_end = (guint32)(i + MAX(len, 1));
		st->match_kind = (guint8)(len ? kind | (exact ? 0x80 : 0) : 0);
	}
	const char *w = text + tokens[i].start;
	size_t wl = tokens[i].end - tokens[i].start;
	guint64 norm = word_hash(text, tokens, n, (ptrdiff_t)i);
	guint cs = case_of(w, wl);
	guint64 gaz = st->match_kind ? (guint64)st->match_kind * 4 + (i == st->match_start) * 2 +
	                                   (i + 1 == st->match_end)
	                             : 0;
	guint64 p = (guint64)(prev + 1), t = tags[i].xpos;
	guint64 tl1 = tag_at(tags, n, (ptrdiff_t)i - 1), tr1 = tag_at(tags, n, (ptrdiff_t)i + 1);
	guint64 l1 = word_hash(text, tokens, n, (ptrdiff_t)i - 1);
	guint64 r1 = word_hash(text, tokens, n, (ptrdiff_t)i + 1);
	guint64 suf = hash_bytes(w + (wl > 3 ? wl - 3 : 0), MIN(wl, 3), TRUE);
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
	return k;
}

/* ---- document level ---------------------------------------------------------- */

static gboolean
same_text(const char *text, guint32 s1, guint32 e1, guint32 s2, guint32 e2)
{
	return e1 - s1 == e2 - s2 && memcmp(text + s1, text + s2, e1 - s1) == 0;
}

static gboolean
person_part(const char *text, const TlToken *tokens, const TlEntity *ents, size_t n_ents,
            guint32 s, guint32 e)
{
	for (size_t p = 0; p < n_ents; p++) {
		const TlEntity *q = &ents[p];
		if (q->type != TL_ENT_PERSON || q->last - q->first < 2)
			continue;
		const TlToken *fw = &tokens[q->first], *lw = &tokens[q->last - 1];
		if (same_text(text, s, e, q->start, q->end) || same_text(text, s, e, fw->start, fw->end) ||
		    same_text(text, s, e, lw->start, lw->end))
			return TRUE;
	}
	return FALSE;
}

size_t
tl_names_unify(const char *text, const TlToken *tokens, const TlPos *tags, size_t n_tokens,
               TlEntity *ents, size_t n_ents)
{
	/* a person's full name, first or last word names that person
	 * everywhere in the document: "Xi" after "Xi Jinping" */
	size_t persons = n_ents;
	for (size_t k = 0; k < n_ents; k++)
		if (ents[k].type != TL_ENT_PERSON &&
		    person_part(text, tokens, ents, persons, ents[k].start, ents[k].end))
			ents[k].type = TL_ENT_PERSON;
	size_t count = n_ents;
	for (size_t i = 0, e = 0; i < n_tokens; i++) {
		while (e < n_ents && ents[e].last <= i)
			e++;
		if (e < n_ents && ents[e].first <= i)
			continue;
		if (tags[i].upos != TL_UPOS_PROPN || !g_ascii_isupper(text[tokens[i].start]))
			continue;
		if (person_part(text, tokens, ents, persons, tokens[i].start, tokens[i].end) &&
		    count < n_tokens)
			ents[count++] = (TlEntity){tokens[i].start, tokens[i].end, (guint32)i, (guint32)i + 1,
			                           tokens[i].start, tokens[i].start, TL_ENT_PERSON};
	}
	for (size_t a = n_ents; a < count; a++)
		for (size_t b = a; b > 0 && ents[b].first < ents[b - 1].first; b--) {
			TlEntity t = ents[b];
			ents[b] = ents[b - 1];
			ents[b - 1] = t;
		}
	return count;
}

/* ---- decoding and rules --------------------------------------------------------- */

/* A capitalised proper noun that may be part of a person's name. */
static gboolean
name_word(const TlNames *nm, const char *text, const TlToken *tokens, const TlPos *tags,
          size_t i)
{
	if (tags[i].xpos != TL_XPOS_NNP && tags[i].xpos != TL_XPOS_NNPS)
		return FALSE;
	if (!g_ascii_isupper(text[tokens[i].start]))
		return FALSE;
	gboolean exact;
	guint kind = phrase_kind(nm, text, tokens, i, 1, &exact);
	return !(kind & (GAZ_NOT_NAME | GAZ_TITLE | GAZ_DEMONYM | GAZ_COUNTRY | GAZ_ORG));
}

static gboolean
allowed(int prev, int label)
{
	/* I-X only continues B-X or I-X */
	if (label == 0 || label % 2 == 1)
		return TRUE;
	return prev == label - 1 || prev == label;
}

static int
type_of_label(int label)
{
	return (label - 1) / 2;
}

static gboolean
capitalised(const char *text, const TlToken *t)
{
	return g_ascii_isupper(text[t->start]);
}

/* Length of the longest title (capitalised) ending just before token e. */
static size_t
title_before(const TlNames *nm, const char *text, const TlToken *tokens, size_t e, guint kinds)
{
	for (size_t len = MIN((size_t)MAX_PHRASE, e); len >= 1; len--) {
		gboolean ex;
		/* "leader" may be lower case; "US", "Chinese" may not */
		if (!(kinds & GAZ_TITLE) && !capitalised(text, &tokens[e - len]))
			continue;
		guint k = phrase_kind(nm, text, tokens, e - len, len, &ex);
		if ((k & kinds) && (ex || (kinds & GAZ_TITLE)))
			return len;
	}
	return 0;
}

/* Length of a title (and not a name: "General Motors") starting at token i. */
static size_t
title_at(const TlNames *nm, const char *text, const TlToken *tokens, size_t n, size_t i)
{
	guint kind;
	gboolean exact = FALSE;
	size_t len = longest_match(nm, text, tokens, n, i, &kind, &exact);
	if (len && (kind & GAZ_TITLE) && !(kind & (GAZ_ORG | GAZ_COUNTRY | GAZ_PLACE)))
		return len;
	return 0;
}

/* TRUE if token i is inside a title phrase (that starts at most MAX_PHRASE before). */
static gboolean
in_title(const TlNames *nm, const char *text, const TlToken *tokens, size_t n, size_t i)
{
	for (size_t j = i >= MAX_PHRASE - 1 ? i - (MAX_PHRASE - 1) : 0; j <= i; j++) {
		size_t len = title_at(nm, text, tokens, n, j);
		if (len && j + len > i)
			return TRUE;
	}
	return FALSE;
}

/*
 * Titles are no part of names: the chunker's "US Secretary of State Antony
 * Blinken" is LOCATION "US" and, after the title, PERSON "Antony Blinken".
 * Splits e into the runs of its tokens that are not in a title, written
 * backwards ending at out[*w] (so *w decreases); a run after a title is a
 * person.
 */
static void
split_titles(const TlNames *nm, const char *text, const TlToken *tokens, size_t n, TlEntity e,
             TlEntity *out, size_t *w)
{
	size_t i = e.last;
	while (i > e.first) {
		size_t end = i;
		while (i > e.first && !in_title(nm, text, tokens, n, i - 1))
			i--;
		if (i < end) {
			gboolean after_title = i > e.first || (i > 0 && in_title(nm, text, tokens, n, i - 1));
			TlEntity r = e;
			r.first = (guint32)i;
			r.last = (guint32)end;
			r.start = tokens[i].start;
			r.end = tokens[end - 1].end;
			if (after_title && i > e.first)
				r.type = TL_ENT_PERSON;
			out[--*w] = r;
		}
		while (i > e.first && in_title(nm, text, tokens, n, i - 1))
			i--;
	}
}

/* Attach the titles before (or at the start of) a person as its role. */
static void
attach_role(const TlNames *nm, const char *text, const TlToken *tokens, TlEntity *e)
{
	/* a title the chunker put inside the name: "President Joe Biden" */
	for (size_t len = MIN((size_t)MAX_PHRASE, e->last - e->first - 1); len >= 1; len--) {
		gboolean ex;
		if (phrase_kind(nm, text, tokens, e->first, len, &ex) & GAZ_TITLE) {
			e->first += (guint32)len;
			e->start = tokens[e->first].start;
			break;
		}
	}
	size_t r = e->first, len;
	while ((len = title_before(nm, text, tokens, r, GAZ_TITLE)) > 0)
		r -= len;
	if (r == e->first)
		return;
	/* "US", "Chinese", "EU" before the title belong to the role */
	if ((len = title_before(nm, text, tokens, r, GAZ_COUNTRY | GAZ_DEMONYM | GAZ_ORG)) > 0)
		r -= len;
	e->role_start = tokens[r].start;
	e->role_end = tokens[e->first - 1].end;
}

static int
gaz_type(guint kind)
{
	if (kind & GAZ_ORG)
		return TL_ENT_ORGANIZATION;
	if (kind & (GAZ_COUNTRY | GAZ_PLACE))
		return TL_ENT_LOCATION;
	return -1;
}

/*
 * The gazetteers know better than the chunker (trained on little data) what
 * a whole name is: "Chicago" is a place even where "Chicago 's" looks like a
 * person's; a name that begins with a given name is a person's.
 */
static void
retype(const TlNames *nm, const char *text, const TlToken *tokens, TlEntity *e)
{
	gboolean exact = FALSE;
	guint kind = phrase_kind(nm, text, tokens, e->first, e->last - e->first, &exact);
	int type = exact ? gaz_type(kind) : -1;
	if (type >= 0) {
		e->type = (guint8)type;
		return;
	}
	kind = phrase_kind(nm, text, tokens, e->first, 1, &exact);
	if (exact && (kind & GAZ_GIVEN) && gaz_type(kind) < 0)
		e->type = TL_ENT_PERSON;
}

static gboolean
is_proper(const TlPos *p)
{
	return p->upos == TL_UPOS_PROPN;
}

size_t
tl_names_find(const TlNames *nm, const char *text, const TlToken *tokens, const TlPos *tags,
              size_t n, TlEntity *out)
{
	TlNamesState st = {0, 0, 0};
	guint64 f[TL_NAMES_MAX_FEATS];
	gint32 scores[TL_NAMES_LABELS];
	size_t count = 0;
	int prev = 0;
	TlEntity cur = {0};
	gboolean open = FALSE;
	for (size_t i = 0; i <= n; i++) {
		int label = 0;
		if (i < n && nm->weights) {
			size_t nf = tl_names_features(nm, text, tokens, tags, n, i, prev, &st, f);
			tl_weights_score(nm->weights, f, nf, scores);
			int best = -1;
			for (int l = 0; l < TL_NAMES_LABELS; l++)
				if (allowed(prev, l) && (best < 0 || scores[l] > scores[best]))
					best = l;
			label = best;
		}
		/* close the open entity unless this continues it */
		if (open && (label == 0 || label % 2 == 1)) {
			cur.last = (guint32)i;
			cur.end = tokens[i - 1].end;
			out[count++] = cur;
			open = FALSE;
		}
		if (label % 2 == 1) {
			cur = (TlEntity){tokens[i].start, 0, (guint32)i, 0, 0, 0, (guint8)type_of_label(label)};
			open = TRUE;
		}
		prev = label;
	}
	/* gazetteer names the chunker left out, capitalised and proper nouns */
	size_t kept = count;
	for (size_t i = 0, e = 0; i < n;) {
		while (e < kept && out[e].last <= i)
			e++;
		if (e < kept && out[e].first <= i) {
			i = out[e].last;
			continue;
		}
		guint kind;
		gboolean exact = FALSE;
		size_t len = longest_match(nm, text, tokens, n, i, &kind, &exact);
		int type = gaz_type(kind);
		gboolean free_span = e >= kept || out[e].first >= i + len;
		if (len && type >= 0 && exact && capitalised(text, &tokens[i]) && free_span &&
		    is_proper(&tags[i + len - 1])) {
			out[count++] = (TlEntity){tokens[i].start, tokens[i + len - 1].end, (guint32)i,
			                          (guint32)(i + len), 0, 0, (guint8)type};
			i += len;
		} else {
			i++;
		}
	}
	/* a title then capitalised proper nouns: a person ("Secretary of State
	 * Antony Blinken", "Mr. Lavorato"), when the chunker did not say */
	for (size_t i = 0, e = 0; i < n; i++) {
		size_t len = capitalised(text, &tokens[i]) ? title_at(nm, text, tokens, n, i) : 0;
		if (!len)
			continue;
		size_t a = i + len, b = a;
		while (b < n && b - a < 4 && name_word(nm, text, tokens, tags, b))
			b++;
		while (e < count && out[e].last <= a)
			e++;
		gboolean taken = FALSE;
		for (size_t k = 0; k < count; k++)
			taken |= out[k].first < b && out[k].last > a;
		if (b > a && !taken)
			out[count++] = (TlEntity){tokens[a].start, tokens[b - 1].end, (guint32)a, (guint32)b,
			                          0, 0, TL_ENT_PERSON};
		i = b > a ? b - 1 : i;
	}
	/* back in text order */
	for (size_t a = kept; a < count; a++)
		for (size_t b = a; b > 0 && out[b].first < out[b - 1].first; b--) {
			TlEntity t = out[b];
			out[b] = out[b - 1];
			out[b - 1] = t;
		}
	/* from the last entity back, so the runs never overwrite an unread one */
	size_t w = n;
	for (size_t k = count; k-- > 0;)
		split_titles(nm, text, tokens, n, out[k], out, &w);
	count = n - w;
	memmove(out, out + w, count * sizeof *out);
	for (size_t k = 0; k < count; k++) {
		retype(nm, text, tokens, &out[k]);
		out[k].role_start = out[k].role_end = out[k].start;
		if (out[k].type == TL_ENT_PERSON)
			attach_role(nm, text, tokens, &out[k]);
	}
	return count;
}
