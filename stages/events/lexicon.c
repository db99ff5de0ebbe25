/*
 * The event lexicons: plain word lists under data/lexicons/ (one lower-case
 * lemma a line, '#' starts a comment), each giving one TL_EVLEX_* bit.  They
 * feed the classifier as features (the model decides), and the summary and
 * anchoring rules (reporting verbs, negation).
 */
#include <string.h>
#include "tl/resource.h"
#include "events.h"

struct TlEvLexicon {
	GHashTable *words; /* lemma (owned) -> bits */
};

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

static TlEvLexicon *
lexicon_new(GError **error)
{
	TlEvLexicon *lex = g_new0(TlEvLexicon, 1);
	lex->words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (size_t i = 0; i < G_N_ELEMENTS(files); i++)
		if (!load_file(lex->words, files[i].file, files[i].bit, error)) {
			g_hash_table_destroy(lex->words);
			g_free(lex);
			return NULL;
		}
	return lex;
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
