/*
 * tl-merge internals: event mentions gathered from records and timelines, the
 * same-event clustering over them, and the timeline they become.
 *
 * A mention is one event of one document, with everything the clustering and
 * the output need (date range, lemma, participants, summary, the source
 * sentence) and nothing else: record texts are never kept.  Timeline entries
 * carry their mentions as "sources", so a timeline read back gives the same
 * mentions, and merging shard timelines equals merging everything at once.
 */
#ifndef TL_MERGE_H
#define TL_MERGE_H

#include <stdio.h>
#include <string.h>
#include "tl/record.h"
#include "tl/timeline.h"

/*
 * A key: the number of an interned string (a lemma, a casefolded name, its
 * last word), 0 for none.  The strings live in the lexicon and go with it;
 * GLib quarks did this job once, but they are never freed, and each 2,048 new
 * ones leak a copy of their whole index, which grows as the square of the
 * names in a long stream.
 */
typedef guint32 TlKey;

/* Vocabulary and weights from data/merge.ini. */
typedef struct {
	double w_participants, w_lemma, w_summary, threshold;
	double coarse_days; /* ranges longer than this link only to the same range */
	GPtrArray *suffix_from, *suffix_to; /* lemmatizer rules, in order */
	GHashTable *irregular;              /* word -> lemma */
	GHashTable *synonyms;               /* lemma -> group name */
	GHashTable *stopwords;              /* set */
	GHashTable *class_salience;         /* class -> double* */
	double sal_other, sal_participants, sal_lede, sal_corroboration;
	int lede_sentences;
	GHashTable *relation_conf; /* relation -> double* ("none" for null) */
	double anchor_absolute, anchor_dct, anchor_timex;
	GHashTable *skip_polarity; /* set */
	GHashTable *lemma_blind;   /* set of classes whose lemma tells no event from another */
	GHashTable *generic_names; /* participant keys that name nobody ("inc", "department") */
	GHashTable *joining_words; /* words after which a name's tail is another name ("of") */
	GHashTable *pronouns;      /* words a headline had better not begin with ("it", "they") */
	/* caches of derived keys (functions of the lexicon and the string only) */
	GHashTable *word_keys; /* summary word as written -> lemma key, 0 for a stopword */
	GHashTable *name_keys; /* participant name -> key << 32 | last word key */
	GHashTable *trigger_keys; /* trigger as written -> its lower-cased lemma's key */
	/* the interned strings: string -> key, and key -> string */
	GHashTable *key_ids;
	GPtrArray *key_strs; /* [0] is NULL */
	GStringChunk *key_chunk;
} TlMergeLexicon;

#define TL_MERGE_SUBJECT_WORDS 4

typedef struct {
	char *doc, *event; /* ids */
	gint64 sentence;   /* index, -1 when unknown */
	char *value;       /* TIMEX3 value */
	gint64 start, end; /* day range */
	char *cls, *trigger, *lemma, *summary, *quote;
	double confidence, salience; /* rounded to 2 decimals */
	/* One allocation (owned) holds the participants and the derived keys:
	 * no container per mention.  n_parts display names, then (see
	 * tl_mention_pkeys and the others below) n_parts casefolded names, their
	 * n_parts last words (blocking keys), and the n_words content words of
	 * the summary but the trigger's own word (the lemma counts it already),
	 * sorted, unique. */
	char **participants;
	/* past the memory budget: the source object's text (as tl_entries_put_source
	 * writes it) is in the spill file at spill_off, and cls, lemma, summary and
	 * quote are NULL; spill_len 0 when the mention holds them all */
	gint64 spill_off;
	guint32 spill_len;
	TlGranularity gran;
	guint8 pooled;   /* strings belong to a TlMerge pool, not to the mention */
	/* derived: the summary begins with a pronoun ("It", "They"): it says
	 * whose event only in its article, a poor headline (kept here, where a
	 * spilled mention keeps it too) */
	guint8 pronoun_first;
	/* derived: the summary begins with the trigger's own word, so tells
	 * no subject ("Backdated and a further 3%") */
	guint8 trigger_first;
	/* derived: its class is lemma-blind (merge.ini: a report), so its
	 * lemma_group is 0 and only its words tell which report it is */
	guint8 blind;
	/* derived: 1 + the participant the summary begins with, its subject
	 * ("NMR Centers Inc said its common stock has started trading"), 0
	 * when it begins with none */
	guint8 subject;
	guint n_parts, n_words;
	/* derived, when subject is: the keys of the first capitalised words of
	 * the summary before its trigger (its subject and what comes with it:
	 * tl_merge_name_word), 0 past them */
	TlKey subject_words[TL_MERGE_SUBJECT_WORDS];
	/* derived, for the clustering */
	TlKey lemma_group;
	/* derived when the mention arrives, for same_happening (cluster.c):
	 * the trigger as a summary word (tl_merge_trigger_word), and the key of
	 * its lower-cased lemma, 0 without a trigger (tl_merge_trigger_lemma) */
	TlKey trigger_word, trigger_lemma;
	/* derived, for same_happening: a hash of the summary as written, 0
	 * without one (kept where a spilled mention keeps it) */
	guint64 summary_hash;
} TlMention;

/* A mention and its number in the store, sorted by what a caller compares
 * while the number goes along. */
typedef struct {
	const TlMention *mn;
	guint idx;
} TlMentionRef;

/* The arrays after a mention's participants (see above); the fields of each
 * 8 bytes once, a sixth of the struct. */
static inline TlKey *
tl_mention_pkeys(const TlMention *mn)
{
	return (TlKey *)(mn->participants + mn->n_parts);
}

static inline TlKey *
tl_mention_plast(const TlMention *mn)
{
	return tl_mention_pkeys(mn) + mn->n_parts;
}

static inline TlKey *
tl_mention_words(const TlMention *mn)
{
	return tl_mention_plast(mn) + mn->n_parts;
}

typedef struct {
	char *title;          /* --title, or NULL */
	char *entity;         /* --entity, or NULL */
	gboolean has_from, has_to;
	gint64 from, to;      /* day range of the window: [from, to) */
	double min_salience;
} TlMergeOptions;

typedef struct TlMerge TlMerge;
/* The mentions by number (store.h). */
typedef struct TlStore TlStore;

/* A new empty merge with the lexicon from data/merge.ini; NULL with error. */
TlMerge *tl_merge_new(GError **error);
void tl_merge_free(TlMerge *m);
/*
 * Past budget bytes (an estimate of what the merge holds), documents and the
 * text of further mentions go to spill files (spill.h); 0: never.  The output
 * is the same to the byte.
 */
void tl_merge_set_memory(TlMerge *m, guint64 budget);
/* Is the merge spilling? */
gboolean tl_merge_spilling(const TlMerge *m);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlMerge, tl_merge_free)

/*
 * Add a document record's events (rec borrowed; only its id, title, dct,
 * sentences, timexes and events are read, and the text of the sentences the
 * events are in).  Events without a dated timex are not placed.  FALSE with
 * error when the record is malformed.
 */
gboolean tl_merge_add_record(TlMerge *m, TlRecord *rec, GError **error);
/* Whether the record tl_merge_add_record took last had the id of an earlier
 * record (not of a timeline's document): the two are one document, and an
 * event id of the second that the first had is dropped as the same event.
 * (Ids are compared by a 64-bit hash.) */
gboolean tl_merge_repeated(const TlMerge *m);
/* The title of a timeline nobody titled. */
#define TL_MERGE_DEFAULT_TITLE "Timeline"
/* The participants a mention keeps, the first met (tl-events names a dozen
 * at most; a record edited to give one event 200,000 took tl-merge over a
 * minute: the names of two mentions are compared pairwise). */
#define TL_MERGE_MAX_PARTICIPANTS 100

/* ---- internals for ingest.c ---- */
/* s interned in m's pool (borrowed, lives as long as m). */
const char *tl_merge_intern(TlMerge *m, const char *s);
/* A document's id for its mentions: interned in the pool, or once the
 * mentions are on file (their records copy it) in the scratch pool below. */
const char *tl_merge_intern_doc(TlMerge *m, const char *id);
/* A display string of a mention (class, lemma, summary, quote): interned in
 * the pool, or while spilling copied (not interned: equal strings need not
 * be one pointer) into a scratch pool that lives until tl_merge_record_done
 * (the mention's text is spilled when it is added). */
const char *tl_merge_intern_text(TlMerge *m, const char *s);
void tl_merge_record_done(TlMerge *m);
/* Add a mention (stolen) unless its (doc, event) is known among those held
 * (then the first's index); its index.  Once the mentions are on file every
 * mention is added, and the duplicates are found when the timeline is
 * written (the first of each kept, as here). */
guint tl_merge_add_mention(TlMerge *m, TlMention *mn);
/* Add the document of a record (its id, title and dct) unless id is known;
 * sets what tl_merge_repeated answers. */
void tl_merge_add_record_document(TlMerge *m, TlRecord *rec, const char *id);

/* Add a timeline's documents and entries (tl borrowed). */
gboolean tl_merge_add_timeline(TlMerge *m, const json_t *tl, GError **error);
/* The same, piece by piece, for timelines read as a stream (all borrowed): */
/* Of several titles the least in byte order wins, "Timeline" only when alone. */
void tl_merge_set_title(TlMerge *m, const char *title);
gboolean tl_merge_add_document(TlMerge *m, const json_t *doc, GError **error);
gboolean tl_merge_add_entry(TlMerge *m, const json_t *entry, GError **error);
/* Number of mentions held. */
guint tl_merge_n_mentions(const TlMerge *m);

/*
 * Cluster the mentions into entries, apply the options' filters and write the
 * timeline to out.  FALSE with error when writing fails.
 */
gboolean tl_merge_write(TlMerge *m, const TlMergeOptions *opt, FILE *out, GError **error);

/* ---- mention.c ---- */
const TlMergeLexicon *tl_merge_lexicon(const TlMerge *m);
/* Load the lexicon; NULL with error. */
TlMergeLexicon *tl_merge_lexicon_load(GError **error);
void tl_merge_lexicon_free(TlMergeLexicon *lx);
/* The key of a string, a new one if it has none (the lexicon's cache grows). */
TlKey tl_merge_key(const TlMergeLexicon *lx, const char *s);
/* The key of a string, or 0 when it has none. */
TlKey tl_merge_key_find(const TlMergeLexicon *lx, const char *s);
/* The string of a key (owned by the lexicon). */
const char *tl_merge_key_string(const TlMergeLexicon *lx, TlKey k);
/* The lemma of a word (new string): irregular forms, then suffix rules. */
char *tl_merge_lemmatize(const TlMergeLexicon *lx, const char *word);
/* The key of a trigger as a summary word (its lemma's), 0 for a stopword or
 * none: the word that a mention's summary words leave out. */
TlKey tl_merge_trigger_word(const TlMergeLexicon *lx, const TlMention *mn);
/* The key of a trigger's lower-cased lemma (a new key if it has none, the
 * lexicon's cache grows), 0 without a trigger: what a trigger is looked for
 * as among another summary's words (one happening told once, cluster.c). */
TlKey tl_merge_trigger_lemma(const TlMergeLexicon *lx, const TlMention *mn);
/* Does a participant key name nobody ("inc", "department": a company's
 * form or an office without whose)?  Such names are dropped. */
gboolean tl_merge_generic_name(const TlMergeLexicon *lx, const char *key);
/*
 * Set a mention's participants (the n names are taken over: owned by the
 * mention unless it is pooled) and fill its derived fields (lemma group,
 * keys, words).
 */
void tl_merge_mention_derive(const TlMergeLexicon *lx, TlMention *mn, char **names, guint n);
void tl_merge_mention_free(TlMention *mn);
/* A mention from a timeline source object (borrowed); NULL with error. */
TlMention *tl_merge_mention_from_source(const TlMergeLexicon *lx, const json_t *src,
                                        GError **error);
/* The source object for a mention (new reference). */
json_t *tl_merge_mention_to_source(const TlMention *mn);
/* strcmp(3), without reading two pooled strings that are one (a
 * document's mentions share its id: the clustering and the entries compare
 * them often). */
static inline int
tl_merge_strcmp(const char *a, const char *b)
{
	return a == b ? 0 : strcmp(a, b);
}
/* Compare mentions by (doc, event) in natural order (e2 before e10). */
int tl_merge_mention_key_cmp(const TlMention *a, const TlMention *b);
/* The same for the (doc, event) ids themselves. */
int tl_merge_key_cmp(const char *doc_a, const char *event_a, const char *doc_b,
                     const char *event_b);
/* Round to 2 decimals. */
double tl_merge_round2(double x);

/* ---- cluster.c ---- */
/*
 * Do two participant keys (casefolded names) name the same participant: equal,
 * or the shorter ends the longer at a word boundary ("blinken", "antony blinken")?
 */
gboolean tl_merge_same_participant(const TlMergeLexicon *lx, TlKey a, TlKey b);
/* The comparison key of a participant name (new string): casefolded, no leading "the ". */
char *tl_merge_participant_key(const char *name);
/* The casefolded word w[0..n) of a name, its ends' punctuation and a final
 * "'s" aside, in buf (of TL_MERGE_NAME_WORD bytes): buf, or NULL for a word
 * that names nobody alone ("inc", "corp"), none at all, or too long. */
#define TL_MERGE_NAME_WORD 32
const char *tl_merge_name_word(const TlMergeLexicon *lx, const char *w, size_t n, char *buf);
/*
 * Same-event score of two mentions (0..1; 0 when their dates do not
 * overlap), as data/merge.ini documents.
 */
double tl_merge_score(const TlMergeLexicon *lx, const TlMention *a, const TlMention *b);
/*
 * Group mentions: ids[i] gets the representative index of mention i's group.
 * pre (pairs of indices already known to be one event) is unioned first.
 * The partition depends only on the set of mentions and pre-pairs that are
 * themselves same-event links, never on their order.
 */
guint *tl_merge_cluster(const TlMergeLexicon *lx, GPtrArray *mentions, GArray *pre);
/*
 * The same with at most about max_slots blocking slots held at once (0: no
 * limit): past it, the slots are listed and swept in passes, each taking the
 * keys that hash to it.  The same partition.
 */
guint *tl_merge_cluster_bounded(const TlMergeLexicon *lx, GPtrArray *mentions, GArray *pre,
                                guint64 max_slots);
/* The same over a store (mentions held or on file, store.h): read in order,
 * and by number only for the pairs a block holds. */
guint *tl_merge_cluster_store(const TlMergeLexicon *lx, TlStore *mentions, GArray *pre,
                              guint64 max_slots);

#endif
