/*
 * Event mentions: the lexicon that normalizes them (data/merge.ini), their
 * derived clustering keys, and their form as timeline "sources", which keeps
 * everything needed to cluster them again when timelines are merged.
 */
#include <string.h>
#include "tl/resource.h"
#include "merge.h"
#include "xsort.h"

double
tl_merge_round2(double x)
{
	return (double)(gint64)(x * 100.0 + (x < 0 ? -0.5 : 0.5)) / 100.0;
}

static GHashTable *
new_set(void)
{
	return g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
}

/* Does text begin with a pronoun (a word of [headline] pronouns, any
 * case)? */
static guint8
pronoun_first(const TlMergeLexicon *lx, const char *text)
{
	if (!text)
		return 0;
	size_t n = 0;
	while (g_ascii_isalpha(text[n]))
		n++;
	if (!n || g_ascii_isalnum(text[n]) || (guchar)text[n] >= 0x80)
		return 0;
	char w[16];
	if (n >= sizeof w)
		return 0;
	for (size_t k = 0; k < n; k++)
		w[k] = g_ascii_tolower(text[k]);
	w[n] = '\0';
	return g_hash_table_contains(lx->pronouns, w);
}

/* A set of the words of list key in group, lower-cased; empty on error
 * (set, unless one is already). */
static GHashTable *
word_set(GKeyFile *kf, const char *group, const char *key, GError **err)
{
	GHashTable *t = new_set();
	g_auto(GStrv) words = *err ? NULL : g_key_file_get_string_list(kf, group, key, NULL, err);
	for (char **w = words; w && *w; w++)
		g_hash_table_add(t, g_ascii_strdown(*w, -1));
	return t;
}

static GHashTable *
new_doubles(void)
{
	return g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
}

static double
get_double(GKeyFile *kf, const char *group, const char *key, GError **error)
{
	if (error && *error)
		return 0;
	return g_key_file_get_double(kf, group, key, error);
}

/* Read a group of key=double into a table. */
static void
load_doubles(GKeyFile *kf, const char *group, GHashTable *table, GError **error)
{
	g_auto(GStrv) keys = g_key_file_get_keys(kf, group, NULL, error);
	for (char **k = keys; k && *k && !(error && *error); k++) {
		double *v = g_new(double, 1);
		*v = g_key_file_get_double(kf, group, *k, error);
		g_hash_table_replace(table, g_strdup(*k), v);
	}
}

/* The rules of data/merge.ini, without the caches (NULL); NULL with error. */
static TlMergeLexicon *
lexicon_parse(GError **error)
{
	g_autoptr(GBytes) bytes = tl_resource_get("merge", "merge.ini", error);
	if (!bytes)
		return NULL;
	g_autoptr(GKeyFile) kf = g_key_file_new();
	gsize len;
	const char *data = g_bytes_get_data(bytes, &len);
	if (!g_key_file_load_from_data(kf, data, len, G_KEY_FILE_NONE, error)) {
		/* named, as a missing group is ("tl-merge: Key file contains line
		 * ..." named no file) */
		g_prefix_error(error, "merge/merge.ini: ");
		return NULL;
	}
	TlMergeLexicon *lx = g_new0(TlMergeLexicon, 1);
	GError *err = NULL;
	lx->w_participants = get_double(kf, "score", "participants", &err);
	lx->w_lemma = get_double(kf, "score", "lemma", &err);
	lx->w_summary = get_double(kf, "score", "summary", &err);
	lx->threshold = get_double(kf, "score", "threshold", &err);
	lx->coarse_days = get_double(kf, "score", "coarse-days", &err);
	lx->suffix_from = g_ptr_array_new_with_free_func(g_free);
	lx->suffix_to = g_ptr_array_new_with_free_func(g_free);
	g_auto(GStrv) rules = err ? NULL : g_key_file_get_string_list(kf, "suffixes", "rules", NULL, &err);
	for (char **r = rules; r && *r; r++) {
		char *gt = strchr(*r, '>');
		if (!gt)
			continue;
		g_ptr_array_add(lx->suffix_from, g_strndup(*r, gt - *r));
		g_ptr_array_add(lx->suffix_to, g_strdup(gt + 1));
	}
	lx->irregular = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	g_auto(GStrv) irr = err ? NULL : g_key_file_get_keys(kf, "irregular", NULL, &err);
	for (char **k = irr; k && *k; k++)
		g_hash_table_replace(lx->irregular, g_strdup(*k),
		                     g_key_file_get_string(kf, "irregular", *k, NULL));
	lx->synonyms = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	g_auto(GStrv) groups = err ? NULL : g_key_file_get_keys(kf, "synonyms", NULL, &err);
	for (char **k = groups; k && *k; k++) {
		g_auto(GStrv) words = g_key_file_get_string_list(kf, "synonyms", *k, NULL, NULL);
		for (char **w = words; w && *w; w++)
			g_hash_table_replace(lx->synonyms, g_strdup(*w), g_strdup(*k));
	}
	lx->stopwords = new_set();
	g_auto(GStrv) stop = err ? NULL : g_key_file_get_string_list(kf, "stopwords", "words", NULL, &err);
	for (char **w = stop; w && *w; w++)
		g_hash_table_add(lx->stopwords, g_strdup(*w));
	lx->class_salience = new_doubles();
	if (!err)
		load_doubles(kf, "class-salience", lx->class_salience, &err);
	lx->sal_other = get_double(kf, "class-salience", "other", &err);
	lx->sal_participants = get_double(kf, "class-salience", "participants", &err);
	lx->sal_lede = get_double(kf, "class-salience", "lede", &err);
	lx->sal_corroboration = get_double(kf, "class-salience", "corroboration", &err);
	lx->lede_sentences = (int)get_double(kf, "class-salience", "lede-sentences", &err);
	lx->relation_conf = new_doubles();
	if (!err)
		load_doubles(kf, "relation-confidence", lx->relation_conf, &err);
	lx->anchor_absolute = get_double(kf, "anchor-confidence", "absolute", &err);
	lx->anchor_dct = get_double(kf, "anchor-confidence", "dct", &err);
	lx->anchor_timex = get_double(kf, "anchor-confidence", "timex", &err);
	lx->skip_polarity = new_set();
	g_auto(GStrv) pol = err ? NULL : g_key_file_get_string_list(kf, "polarity", "skip", NULL, &err);
	for (char **w = pol; w && *w; w++)
		g_hash_table_add(lx->skip_polarity, g_strdup(*w));
	lx->lemma_blind = new_set();
	g_auto(GStrv) blind =
	    err ? NULL : g_key_file_get_string_list(kf, "score", "lemma-blind", NULL, NULL);
	for (char **w = blind; w && *w; w++)
		g_hash_table_add(lx->lemma_blind, g_strdup(*w));
	lx->generic_names = word_set(kf, "names", "generic", &err);
	lx->joining_words = word_set(kf, "names", "joining", &err);
	lx->pronouns = word_set(kf, "headline", "pronouns", &err);
	if (!err && (lx->w_participants >= lx->threshold || lx->w_lemma >= lx->threshold ||
	             lx->w_summary >= lx->threshold || lx->threshold <= 0 || lx->coarse_days < 1))
		g_set_error(&err, TL_ERROR, TL_ERROR_MODEL,
		            "[score]: each weight must be below the threshold (blocking relies on "
		            "it), and coarse-days at least 1");
	if (err) {
		g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "merge/merge.ini: %s", err->message);
		g_error_free(err);
		tl_merge_lexicon_free(lx);
		return NULL;
	}
	return lx;
}

/*
 * The rules are read once per process and shared, read-only, by every
 * lexicon (their tables counted by reference); each lexicon has caches of
 * its own.  Parsing the file took half of a small merge's time.
 */
static GMutex rules_lock;
static TlMergeLexicon *rules;

TlMergeLexicon *
tl_merge_lexicon_load(GError **error)
{
	g_mutex_lock(&rules_lock);
	if (!rules)
		rules = lexicon_parse(error);
	TlMergeLexicon *lx = rules ? g_memdup2(rules, sizeof *rules) : NULL;
	g_mutex_unlock(&rules_lock);
	if (!lx)
		return NULL;
	g_ptr_array_ref(lx->suffix_from);
	g_ptr_array_ref(lx->suffix_to);
	g_hash_table_ref(lx->irregular);
	g_hash_table_ref(lx->synonyms);
	g_hash_table_ref(lx->stopwords);
	g_hash_table_ref(lx->class_salience);
	g_hash_table_ref(lx->relation_conf);
	g_hash_table_ref(lx->skip_polarity);
	g_hash_table_ref(lx->lemma_blind);
	g_hash_table_ref(lx->generic_names);
	g_hash_table_ref(lx->joining_words);
	g_hash_table_ref(lx->pronouns);
	lx->word_keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	lx->name_keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	lx->trigger_keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	lx->key_ids = g_hash_table_new(g_str_hash, g_str_equal);
	lx->key_strs = g_ptr_array_new();
	g_ptr_array_add(lx->key_strs, NULL);
	lx->key_chunk = g_string_chunk_new(64 * 1024);
	return lx;
}

void
tl_merge_lexicon_free(TlMergeLexicon *lx)
{
	if (!lx)
		return;
	g_ptr_array_unref(lx->suffix_from);
	g_ptr_array_unref(lx->suffix_to);
	g_hash_table_unref(lx->irregular);
	g_hash_table_unref(lx->synonyms);
	g_hash_table_unref(lx->stopwords);
	g_hash_table_unref(lx->class_salience);
	g_hash_table_unref(lx->relation_conf);
	g_hash_table_unref(lx->skip_polarity);
	g_hash_table_unref(lx->lemma_blind);
	if (lx->generic_names)
		g_hash_table_unref(lx->generic_names);
	if (lx->joining_words)
		g_hash_table_unref(lx->joining_words);
	if (lx->pronouns)
		g_hash_table_unref(lx->pronouns);
	if (lx->key_chunk) { /* the rules alone have no caches */
		g_hash_table_unref(lx->word_keys);
		g_hash_table_unref(lx->name_keys);
		g_hash_table_unref(lx->trigger_keys);
		g_hash_table_unref(lx->key_ids);
		g_ptr_array_unref(lx->key_strs);
		g_string_chunk_free(lx->key_chunk);
	}
	g_free(lx);
}

char *
tl_merge_lemmatize(const TlMergeLexicon *lx, const char *word)
{
	g_autofree char *w = g_utf8_strdown(word, -1);
	const char *irr = g_hash_table_lookup(lx->irregular, w);
	if (irr)
		return g_strdup(irr);
	size_t n = strlen(w);
	for (guint i = 0; i < lx->suffix_from->len; i++) {
		const char *suf = lx->suffix_from->pdata[i];
		size_t sl = strlen(suf);
		if (n >= sl + 3 && strcmp(w + n - sl, suf) == 0) {
			w[n - sl] = '\0';
			return g_strconcat(w, lx->suffix_to->pdata[i], NULL);
		}
	}
	return g_steal_pointer(&w);
}

TlKey
tl_merge_key_find(const TlMergeLexicon *lx, const char *s)
{
	return GPOINTER_TO_UINT(g_hash_table_lookup(lx->key_ids, s));
}

TlKey
tl_merge_key(const TlMergeLexicon *lx, const char *s)
{
	TlKey k = tl_merge_key_find(lx, s);
	if (k)
		return k;
	/* the caches are the lexicon's only mutable part */
	TlMergeLexicon *w = (TlMergeLexicon *)lx;
	g_assert(w->key_strs->len < G_MAXUINT32);
	char *copy = g_string_chunk_insert(w->key_chunk, s);
	k = w->key_strs->len;
	g_ptr_array_add(w->key_strs, copy);
	g_hash_table_insert(w->key_ids, copy, GUINT_TO_POINTER(k));
	return k;
}

const char *
tl_merge_key_string(const TlMergeLexicon *lx, TlKey k)
{
	g_assert(k < lx->key_strs->len);
	return lx->key_strs->pdata[k];
}

static int
key_cmp(gconstpointer a, gconstpointer b)
{
	TlKey x = *(const TlKey *)a, y = *(const TlKey *)b;
	return x < y ? -1 : x > y;
}

/* A hash of a summary (tl_xsort_hash's), never 0 for one; 0 for none. */
static guint64
summary_hash(const char *s)
{
	if (!s || !*s)
		return 0;
	guint64 h = tl_xsort_hash(s);
	return h ? h : 1;
}

/* Sort and deduplicate n keys (a summary's dozen by insertion: qsort(3)
 * cost more than the rest of a mention's keys); how many are left. */
static guint
sort_unique(TlKey *v, guint n)
{
	if (n > 32)
		qsort(v, n, sizeof *v, key_cmp);
	else
		for (guint i = 1; i < n; i++) {
			TlKey x = v[i];
			guint j = i;
			for (; j > 0 && v[j - 1] > x; j--)
				v[j] = v[j - 1];
			v[j] = x;
		}
	guint o = 0;
	for (guint i = 0; i < n; i++)
		if (o == 0 || v[i] != v[o - 1])
			v[o++] = v[i];
	return o;
}

/* The comparison key of a participant: casefolded, without a leading "the ". */
char *
tl_merge_participant_key(const char *name)
{
	g_autofree char *k = g_utf8_casefold(name, -1);
	g_strstrip(k);
	if (g_str_has_prefix(k, "the "))
		return g_strdup(k + 4);
	return g_steal_pointer(&k);
}

/*
 * The key of a summary word w[0..len) (its lemma's key; 0 for a stopword),
 * computed once per distinct word and kept in the lexicon's cache.
 */
static TlKey
word_key(const TlMergeLexicon *lx, const char *w, size_t len)
{
	char buf[64];
	g_autofree char *big = len < sizeof buf ? NULL : g_strndup(w, len);
	char *raw = big ? big : buf;
	if (!big) {
		memcpy(buf, w, len);
		buf[len] = '\0';
	}
	gpointer q;
	if (g_hash_table_lookup_extended(lx->word_keys, raw, NULL, &q))
		return GPOINTER_TO_UINT(q);
	g_autofree char *low = g_utf8_strdown(raw, (gssize)len);
	TlKey k = 0;
	/* one letter is an initial, not a word: "U.S." was "u" and "s" in the
	 * summaries of half the archive (a digit is kept: "1.7 pct") */
	gboolean initial = g_utf8_strlen(low, -1) == 1 && !g_unichar_isdigit(g_utf8_get_char(low));
	if (!initial && !g_hash_table_contains(lx->stopwords, low)) {
		g_autofree char *l = tl_merge_lemmatize(lx, low);
		k = tl_merge_key(lx, l);
	}
	g_hash_table_insert(((TlMergeLexicon *)lx)->word_keys, g_strdup(raw), GUINT_TO_POINTER(k));
	return k;
}

/* Is the character at p a letter or a digit (ASCII without a call)? */
static inline gboolean
alnum_at(const char *p)
{
	guchar c = (guchar)*p;
	return c < 0x80 ? g_ascii_isalnum(c) : g_unichar_isalnum(g_utf8_get_char(p));
}

/* The keys of the content words of text into q (room for one a byte);
 * how many. */
static guint
summary_words(const TlMergeLexicon *lx, const char *text, TlKey *q)
{
	guint n = 0;
	const char *s = text;
	while (*s) {
		const char *p = s;
		while (*p && alnum_at(p))
			p = g_utf8_next_char(p);
		if (p > s) {
			TlKey k = word_key(lx, s, (size_t)(p - s));
			if (k)
				q[n++] = k;
			s = p;
		} else
			s = g_utf8_next_char(s);
	}
	return n;
}

TlKey
tl_merge_trigger_word(const TlMergeLexicon *lx, const TlMention *mn)
{
	const char *t = mn->trigger;
	if (!t || !*t)
		return 0;
	/* a word: what the summary's words are cut into */
	for (const char *c = t; *c; c = g_utf8_next_char(c))
		if (!alnum_at(c))
			return 0;
	return word_key(lx, t, strlen(t));
}

/*
 * Computed once per distinct trigger.  The key is made when the lemma has
 * none yet: a key nobody's words have matches nothing, as no key (0) did
 * when this was looked up pair by pair while clustering.
 */
TlKey
tl_merge_trigger_lemma(const TlMergeLexicon *lx, const TlMention *mn)
{
	const char *t = mn->trigger;
	if (!t || !*t)
		return 0;
	gpointer q;
	if (g_hash_table_lookup_extended(lx->trigger_keys, t, NULL, &q))
		return GPOINTER_TO_UINT(q);
	g_autofree char *low = g_utf8_strdown(t, -1);
	g_autofree char *lemma = tl_merge_lemmatize(lx, low);
	TlKey k = tl_merge_key(lx, lemma);
	g_hash_table_insert(((TlMergeLexicon *)lx)->trigger_keys, g_strdup(t), GUINT_TO_POINTER(k));
	return k;
}

gboolean
tl_merge_generic_name(const TlMergeLexicon *lx, const char *key)
{
	size_t n = strlen(key);
	if (n > 1 && key[n - 1] == '.') { /* "Inc." */
		char buf[32];
		if (n > sizeof buf)
			return FALSE;
		memcpy(buf, key, n - 1);
		buf[n - 1] = '\0';
		return g_hash_table_contains(lx->generic_names, buf);
	}
	return g_hash_table_contains(lx->generic_names, key);
}

/* The keys of a name: its own << 32 | its last word's, cached; 0 when it
 * names nobody (tl_merge_generic_name). */
static guint64
name_keys(const TlMergeLexicon *lx, const char *name)
{
	guint64 *kl = g_hash_table_lookup(lx->name_keys, name);
	if (!kl) {
		g_autofree char *k = tl_merge_participant_key(name);
		const char *sp = strrchr(k, ' ');
		kl = g_new(guint64, 1);
		*kl = tl_merge_generic_name(lx, k) ? 0
		                                   : (guint64)tl_merge_key(lx, k) << 32 |
		                                         tl_merge_key(lx, sp ? sp + 1 : k);
		g_hash_table_insert(((TlMergeLexicon *)lx)->name_keys, g_strdup(name), kl);
	}
	return *kl;
}

const char *
tl_merge_name_word(const TlMergeLexicon *lx, const char *w, size_t n, char *buf)
{
	static const char punct[] = ",;:!?\"'()[]{}";
	while (n && strchr(punct, w[0]))
		w++, n--;
	while (n && strchr(punct, w[n - 1]))
		n--;
	if (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's')
		n -= 2;
	if (n == 0 || n >= TL_MERGE_NAME_WORD)
		return NULL;
	gboolean ascii = TRUE;
	for (size_t i = 0; i < n; i++) {
		ascii = ascii && !(w[i] & 0x80);
		buf[i] = g_ascii_tolower(w[i]);
	}
	buf[n] = '\0';
	if (!ascii) { /* (as tl_merge_participant_key casefolds) */
		g_autofree char *low = g_utf8_casefold(w, (gssize)n);
		if (strlen(low) >= TL_MERGE_NAME_WORD)
			return NULL;
		strcpy(buf, low);
	}
	return tl_merge_generic_name(lx, buf) ? NULL : buf;
}

/* The capitalised words of the summary before its trigger's word (all of
 * it when the trigger is not in it): their keys, the first
 * TL_MERGE_SUBJECT_WORDS, in out (zeroed by the caller). */
static void
subject_words(const TlMergeLexicon *lx, const char *summary, const char *trigger,
              TlKey out[TL_MERGE_SUBJECT_WORDS])
{
	size_t end = strlen(summary), tn = trigger ? strlen(trigger) : 0;
	for (const char *q = summary; tn && (q = strstr(q, trigger)); q++)
		if ((q == summary || !g_ascii_isalnum(q[-1])) && !g_ascii_isalnum(q[tn])) {
			end = (size_t)(q - summary);
			break;
		}
	guint k = 0;
	for (size_t i = 0; i < end && k < TL_MERGE_SUBJECT_WORDS;) {
		size_t n = strcspn(summary + i, " \t\n\r");
		n = MIN(n, end - i);
		char buf[TL_MERGE_NAME_WORD];
		const char *w;
		if (n && !g_ascii_islower(summary[i]) && !g_ascii_isdigit(summary[i]) &&
		    (w = tl_merge_name_word(lx, summary + i, n, buf)))
			out[k++] = tl_merge_key(lx, w);
		i += n;
		i += strspn(summary + i, " \t\n\r");
	}
}

/* Does the summary begin with the name (after "The"), a word ending it? */
static gboolean
begins_with(const char *summary, const char *name)
{
	if (g_ascii_strncasecmp(summary, "the ", 4) == 0 && g_ascii_strncasecmp(name, "the ", 4) != 0)
		summary += 4;
	size_t n = strlen(name);
	return n && g_ascii_strncasecmp(summary, name, n) == 0 && !g_ascii_isalnum(summary[n]);
}

void
tl_merge_mention_derive(const TlMergeLexicon *lx, TlMention *mn, char **names, guint n)
{
	/* no trigger, no lemma: such a mention matches no other by lemma (group
	 * 0); nor does one of a lemma-blind class: "said" tells nothing of
	 * which event a report is, and linking reports by it chained the
	 * stories of a day into one entry */
	const char *lemma = mn->lemma;
	mn->blind = mn->cls && g_hash_table_contains(lx->lemma_blind, mn->cls);
	if (mn->blind)
		lemma = NULL;
	const char *group = lemma && *lemma ? g_hash_table_lookup(lx->synonyms, lemma) : NULL;
	mn->lemma_group = lemma && *lemma ? tl_merge_key(lx, group ? group : lemma) : 0;
	/* names that name nobody are dropped (freed unless pooled) */
	guint kept = 0;
	for (guint i = 0; i < n; i++) {
		if (name_keys(lx, names[i]))
			names[kept++] = names[i];
		else if (!mn->pooled)
			g_free(names[i]);
	}
	n = kept;
	mn->subject = 0;
	for (guint i = 0; mn->summary && i < n && i < G_MAXUINT8; i++)
		if (begins_with(mn->summary, names[i])) {
			mn->subject = (guint8)(i + 1);
			break;
		}
	memset(mn->subject_words, 0, sizeof mn->subject_words);
	if (mn->subject)
		subject_words(lx, mn->summary, mn->trigger, mn->subject_words);
	mn->pronoun_first = pronoun_first(lx, mn->summary);
	size_t tn = mn->trigger ? strlen(mn->trigger) : 0;
	mn->trigger_first = tn && mn->summary && g_ascii_strncasecmp(mn->summary, mn->trigger, tn) == 0 &&
	                    !g_ascii_isalnum(mn->summary[tn]);
	/* the trigger's own word is left out: the lemma counts it already.
	 * With it, "Strike" and "Strike" (Chittagong, Toronto) had the same
	 * lemma and all their words alike */
	TlKey tw = tl_merge_trigger_word(lx, mn);
	mn->trigger_word = tw;
	mn->trigger_lemma = tl_merge_trigger_lemma(lx, mn);
	mn->summary_hash = summary_hash(mn->summary);
	const char *summary = mn->summary ? mn->summary : "";
	size_t len = strlen(summary);
	TlKey on_stack[256];
	g_autofree TlKey *on_heap = len < G_N_ELEMENTS(on_stack) ? NULL : g_new(TlKey, len);
	TlKey *words = on_heap ? on_heap : on_stack;
	guint nw = sort_unique(words, summary_words(lx, summary, words)), kept_words = 0;
	for (guint i = 0; i < nw; i++)
		if (words[i] != tw)
			words[kept_words++] = words[i];
	nw = kept_words;
	g_free(mn->participants);
	mn->n_parts = n;
	mn->n_words = nw;
	mn->participants = g_malloc(n * sizeof(char *) + (2 * n + nw) * sizeof(TlKey) + 1);
	if (n)
		memcpy(mn->participants, names, n * sizeof(char *));
	if (nw)
		memcpy(tl_mention_words(mn), words, nw * sizeof(TlKey));
	for (guint i = 0; i < n; i++) {
		guint64 kl = name_keys(lx, names[i]);
		tl_mention_pkeys(mn)[i] = (TlKey)(kl >> 32);
		tl_mention_plast(mn)[i] = (TlKey)(kl & 0xffffffffu);
	}
}

void
tl_merge_mention_free(TlMention *mn)
{
	if (!mn)
		return;
	if (!mn->pooled) {
		g_free(mn->doc);
		g_free(mn->event);
		g_free(mn->value);
		g_free(mn->cls);
		g_free(mn->trigger);
		g_free(mn->lemma);
		g_free(mn->summary);
		g_free(mn->quote);
		for (guint i = 0; mn->participants && i < mn->n_parts; i++)
			g_free(mn->participants[i]);
	}
	g_free(mn->participants);
	g_free(mn);
}

static char *
dup_member(const json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? g_strdup(s) : NULL;
}

TlMention *
tl_merge_mention_from_source(const TlMergeLexicon *lx, const json_t *src, GError **error)
{
	const json_t *date = json_object_get(src, "date");
	const char *doc = json_string_value(json_object_get(src, "doc"));
	const char *event = json_string_value(json_object_get(src, "event"));
	if (!doc || !event || !json_is_object(date)) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD,
		            "a source needs \"doc\", \"event\" and \"date\" (a timeline written by tl-merge)");
		return NULL;
	}
	TlMention *mn = g_new0(TlMention, 1);
	if (!tl_date_from_json(date, &mn->start, &mn->end, &mn->gran, error)) {
		tl_merge_mention_free(mn);
		return NULL;
	}
	mn->doc = g_strdup(doc);
	mn->event = g_strdup(event);
	const json_t *sent = json_object_get(src, "sentence");
	mn->sentence = json_is_integer(sent) ? json_integer_value(sent) : -1;
	mn->value = dup_member(date, "value");
	mn->cls = dup_member(src, "class");
	mn->trigger = dup_member(src, "trigger");
	mn->lemma = dup_member(src, "lemma");
	if (!mn->lemma && mn->trigger && *mn->trigger)
		mn->lemma = tl_merge_lemmatize(lx, mn->trigger);
	mn->summary = dup_member(src, "summary");
	mn->quote = dup_member(src, "quote");
	g_autoptr(GPtrArray) names = g_ptr_array_new();
	size_t i;
	const json_t *p;
	/* (the walk stops at the limit: an edited timeline's entry of 10,000
	 * sources and as many participants, which each source takes for its
	 * own, walked 10,000 names a source, 2.9 s) */
	json_array_foreach(json_object_get(src, "participants"), i, p) {
		if (names->len >= TL_MERGE_MAX_PARTICIPANTS)
			break;
		if (json_is_string(p))
			g_ptr_array_add(names, g_strdup(json_string_value(p)));
	}
	/* between 0 and 1, as a record's are: an edited timeline's 1e308
	 * was written back as -9.22337e16 (out of tl_merge_round2's range) */
	mn->confidence =
		tl_merge_round2(CLAMP(json_number_value(json_object_get(src, "confidence")), 0, 1));
	mn->salience =
		tl_merge_round2(CLAMP(json_number_value(json_object_get(src, "salience")), 0, 1));
	tl_merge_mention_derive(lx, mn, (char **)names->pdata, names->len);
	return mn;
}

static void
set_str(json_t *o, const char *key, const char *s)
{
	json_object_set_new(o, key, s ? json_string(s) : json_null());
}

json_t *
tl_merge_mention_to_source(const TlMention *mn)
{
	json_t *o = json_object();
	set_str(o, "doc", mn->doc);
	set_str(o, "event", mn->event);
	json_object_set_new(o, "sentence", mn->sentence >= 0 ? json_integer(mn->sentence) : json_null());
	g_autofree char *a = tl_date_format_day(mn->start);
	g_autofree char *b = tl_date_format_day(mn->end);
	json_object_set_new(o, "date",
	                    json_pack("{s:s?,s:[s,s],s:s}", "value", mn->value, "range", a, b,
	                              "granularity", tl_granularity_name(mn->gran)));
	set_str(o, "class", mn->cls);
	set_str(o, "trigger", mn->trigger);
	set_str(o, "lemma", mn->lemma);
	set_str(o, "summary", mn->summary);
	json_t *parts = json_array();
	for (guint i = 0; i < mn->n_parts; i++)
		json_array_append_new(parts, json_string(mn->participants[i]));
	json_object_set_new(o, "participants", parts);
	set_str(o, "quote", mn->quote);
	json_object_set_new(o, "confidence", json_real(mn->confidence));
	json_object_set_new(o, "salience", json_real(mn->salience));
	return o;
}

/* strcmp, but runs of digits compare by value: e2 < e10. */
static int
natural_cmp(const char *a, const char *b)
{
	while (*a && *b) {
		if (g_ascii_isdigit(*a) && g_ascii_isdigit(*b)) {
			while (*a == '0')
				a++;
			while (*b == '0')
				b++;
			size_t la = strspn(a, "0123456789"), lb = strspn(b, "0123456789");
			if (la != lb)
				return la < lb ? -1 : 1;
			int c = strncmp(a, b, la);
			if (c)
				return c;
			a += la;
			b += lb;
			continue;
		}
		if (*a != *b)
			return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
		a++, b++;
	}
	return *a ? 1 : *b ? -1 : 0;
}

int
tl_merge_key_cmp(const char *doc_a, const char *event_a, const char *doc_b, const char *event_b)
{
	int c = doc_a == doc_b ? 0 : natural_cmp(doc_a, doc_b);
	if (c)
		return c;
	c = event_a == event_b ? 0 : natural_cmp(event_a, event_b);
	if (c)
		return c;
	c = tl_merge_strcmp(doc_a, doc_b);
	return c ? c : tl_merge_strcmp(event_a, event_b);
}

int
tl_merge_mention_key_cmp(const TlMention *a, const TlMention *b)
{
	return tl_merge_key_cmp(a->doc, a->event, b->doc, b->event);
}
