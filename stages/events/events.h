/*
 * The modules of tl-events, shared by bin/tl-events, bin/tl-train-events and
 * the Check suites.
 *
 * A document is analysed once (TlEvDoc: tokens, sentences, tags, lemmas,
 * lexicon classes, names); the classifier labels each candidate token with an
 * event class or none (features.c, classifier.c); the attributes (tense,
 * aspect, polarity, modality) come from the verb group (attributes.c); the
 * events are dated against the record's timexes (anchoring.c), given their
 * participants (participants.c), a headline and a salience (summary*.c).
 *
 * Ownership: every *_new returns a new object for the matching *_free; the
 * lexicon and model loaded by *_default are borrowed and live as long as the
 * process.  Nothing here prints.
 */
#ifndef TL_EVENTS_H
#define TL_EVENTS_H

#include <string.h>
#include "../common/tag-annotate.h"
#include "tl/names.h"
#include "tl/record.h"
#include "tl/tagger.h"
#include "tl/tl.h"
#include "tl/token.h"

/* ---- classes ------------------------------------------------------------ */

typedef enum {
	TL_EVC_NONE, /* not an event */
	TL_EVC_OCCURRENCE,
	TL_EVC_REPORTING,
	TL_EVC_STATE,
	TL_EVC_I_ACTION,
	TL_EVC_I_STATE,
	TL_EVC_ASPECTUAL,
	TL_EVC_PERCEPTION,
	TL_EVC_COUNT
} TlEvClass;

/* "OCCURRENCE"...; "NONE" for TL_EVC_NONE; borrowed. */
const char *tl_evclass_name(int cls);
/* The class of a TimeML class name, or -1. */
int tl_evclass_from_name(const char *name);

/* ---- lexicons (data/lexicons/) --------------------------------------- */

enum {
	TL_EVLEX_NOUN = 1 << 0,       /* an event noun: trip, summit, election */
	TL_EVLEX_REPORTING = 1 << 1,  /* say, tell, report */
	TL_EVLEX_ASPECTUAL = 1 << 2,  /* begin, finish, continue */
	TL_EVLEX_PERCEPTION = 1 << 3, /* see, hear, watch */
	TL_EVLEX_I_ACTION = 1 << 4,   /* try, promise, urge */
	TL_EVLEX_I_STATE = 1 << 5,    /* believe, want, fear */
	TL_EVLEX_STATE = 1 << 6,      /* predicative states: ready, alive, aware */
	TL_EVLEX_NEG = 1 << 7,        /* not, never, no */
	TL_EVLEX_NONEVENT = 1 << 8,   /* nouns that never denote events: year, percent */
	TL_EVLEX_LIGHT = 1 << 9,      /* light verbs whose object is the event: make, take */
	TL_EVLEX_COUNT_BITS = 10,     /* the bits above are classifier features */
	TL_EVLEX_SUBORD = 1 << 10,    /* subordinators: as, while, because (headlines only) */
	TL_EVLEX_OBJECT_TELLS = 1 << 11, /* open (fire), pay (a visit): like LIGHT, for
	                                  * headlines only */
};

typedef struct TlEvLexicon TlEvLexicon;

/* The built-in lexicons (borrowed); NULL with error if a file is bad. */
const TlEvLexicon *tl_evlex_default(GError **error);
/* The TL_EVLEX_* bits of a lower-case lemma (0 when unknown). */
guint tl_evlex_lookup(const TlEvLexicon *lex, const char *lemma);
/* The same for w[0..n) (NUL-terminated) whose FNV-1a 64-bit hash is h, as
 * TlEvDoc.hash holds it: faster. */
guint tl_evlex_lookup_hashed(const TlEvLexicon *lex, const char *w, size_t n, guint64 h);
/*
 * The WordNet supersenses of a lower-case lemma (data/lexicons/wordnet-senses.txt):
 * for each part of speech, at bit TL_EVSENSE_NOUN/VERB/ADJ, three 6-bit
 * slots holding 1 + the lexicographer file number of its first three
 * senses (0: none); 0 when the lemma is unknown.
 */
enum { TL_EVSENSE_NOUN = 0, TL_EVSENSE_VERB = 18, TL_EVSENSE_ADJ = 36 };
guint64 tl_evlex_senses(const TlEvLexicon *lex, const char *lemma);
/* The same for lemma[0..n) (NUL-terminated) whose FNV-1a 64-bit hash is h,
 * as TlEvDoc.hash holds it: one probe of a table of its own. */
guint64 tl_evlex_senses_hashed(const TlEvLexicon *lex, const char *lemma, size_t n, guint64 h);

/* ---- the analysed document ----------------------------------------------- */

typedef struct {
	guint32 start, end; /* byte offsets */
	guint32 lemma;      /* offset of its NUL-terminated lemma in strings */
	guint32 lower;      /* offset of its NUL-terminated lower-case form */
	guint32 sent;       /* its sentence */
	guint16 lex;        /* TL_EVLEX_* of its lemma */
	guint8 upos, xpos;  /* TlUpos, TlXpos */
	guint8 kind, flags; /* TlTokenKind, TL_TOKF_* */
	guint8 mark;        /* TL_EVM_*: what its spelling is, found once */
	guint8 lemma_len;   /* its lemma's length (at most TL_LEMMA_MAX_WORD) */
} TlEvTok;

/* Token marks, from the lower-case form (so rules need no string compares). */
enum {
	TL_EVM_QUOTE = 1 << 0, /* " “ ” `` '' */
	TL_EVM_HARD = 1 << 1,  /* a hard clause boundary: ; : — – -- ( ) or a quote */
	TL_EVM_DASH = 1 << 2,  /* ; — – (anchoring's clause boundaries besides the tags') */
	TL_EVM_COMP = 1 << 3,  /* to, that, whether, if: a complement follows */
	TL_EVM_CLITIC = 1 << 4, /* 're, 's, 've, 'll, 'd, n't (or with ’): never an event */
};

typedef struct {
	guint32 first, last; /* tokens [first, last) */
	guint32 start, end;  /* byte offsets */
} TlEvSent;

typedef struct {
	const char *text; /* borrowed */
	size_t len;
	GArray *toks;    /* TlEvTok */
	GArray *sents;   /* TlEvSent */
	const TlEntity *ents; /* names in text order, token indices document-wide */
	size_t n_ents;
	GString *strings;
	guint32 *finite;  /* per sentence: its first finite verb or modal (its last if none) */
	guint32 *next_finite; /* per token: the first token at or after it that is an
	                       * auxiliary, a finite verb or a modal (toks->len if none) */
	guint64 *hash;    /* per token: FNV-1a of its lower-case form, then of its lemma
	                   * (for the classifier: the stage frees it after labelling) */
	GArray *entities; /* TlEntity: owns ents (the language layer's workspace, whose
	                   * other arrays the above copy, is freed once they are made) */
} TlEvDoc;

/*
 * Analyse text[0..len): tokens, sentences (spans[0..n_spans) when given,
 * as the record's `sentences`; otherwise the kit's splitter), tags, lemmas,
 * lexicon bits and names.  text is borrowed and must outlive
 * the document.  NULL with error when the tagger, lemmatizer or lexicons
 * cannot be loaded.
 */
TlEvDoc *tl_evdoc_new(const char *text, size_t len, const TlSpan *spans, size_t n_spans,
                      GError **error);
void tl_evdoc_free(TlEvDoc *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlEvDoc, tl_evdoc_free)

static inline const TlEvTok *
tl_evdoc_tok(const TlEvDoc *d, size_t i)
{
	return &g_array_index(d->toks, TlEvTok, i);
}
/* Is a token of this XPOS a finite verb or a modal (VBD, VBZ, VBP, MD)? */
static inline gboolean
tl_ev_finite_xpos(guint8 x)
{
	return x == TL_XPOS_VBD || x == TL_XPOS_VBZ || x == TL_XPOS_VBP || x == TL_XPOS_MD;
}
/* Is w one of the words of a NULL-ended list?  (The first bytes are
 * compared before the call: most words match no word of a list.) */
static inline gboolean
tl_ev_word_in(const char *w, const char *const *words)
{
	for (; *words; words++)
		if (w[0] == (*words)[0] && strcmp(w, *words) == 0)
			return TRUE;
	return FALSE;
}
static inline const char *
tl_evdoc_lemma(const TlEvDoc *d, size_t i)
{
	return d->strings->str + tl_evdoc_tok(d, i)->lemma;
}
static inline const char *
tl_evdoc_lower(const TlEvDoc *d, size_t i)
{
	return d->strings->str + tl_evdoc_tok(d, i)->lower;
}
/* Is token j glued by a hyphen to the one before it, or that hyphen
 * ("over-|the-|counter")?  j > 0. */
static inline gboolean
tl_ev_glued(const TlEvDoc *d, size_t j)
{
	const TlEvTok *u = tl_evdoc_tok(d, j), *p = tl_evdoc_tok(d, j - 1);
	return p->end == u->start && (u->xpos == TL_XPOS_HYPH || p->xpos == TL_XPOS_HYPH);
}
/* Is token u written as a year of four digits from 1000 to 2999
 * ("1986", "2019")? */
static inline gboolean
tl_ev_year_word(const TlEvDoc *d, const TlEvTok *u)
{
	const char *y = d->text + u->start;
	return u->end - u->start == 4 && (y[0] == '1' || y[0] == '2') && g_ascii_isdigit(y[1]) &&
	       g_ascii_isdigit(y[2]) && g_ascii_isdigit(y[3]);
}
/* Is token j the "as" of "as of", a preposition ("debt as of December
 * 31")? */
static inline gboolean
tl_ev_as_of(const TlEvDoc *d, size_t j)
{
	return j + 1 < d->toks->len && strcmp(tl_evdoc_lower(d, j), "as") == 0 &&
	       strcmp(tl_evdoc_lower(d, j + 1), "of") == 0;
}
static inline guint64
tl_evdoc_hlower(const TlEvDoc *d, size_t i)
{
	return d->hash[2 * i];
}
static inline guint64
tl_evdoc_hlemma(const TlEvDoc *d, size_t i)
{
	return d->hash[2 * i + 1];
}

/*
 * Tag a hyphen glued between two words or figures ("France-Presse",
 * "COVID-19") as one (PUNCT/HYPH), which the tagger may read as a comma or a
 * dash: clauses and headlines then go on across it; and a participle glued
 * after one before a noun, no event of cls (the classifier's labels by
 * token), as an adjective ("gilt-edged securities"), no verb of a clause.
 * Called after the event classifier, which was trained on the tagger's own
 * reading.
 */
void tl_evdoc_glued_hyphens(TlEvDoc *d, const guint8 *cls);

/*
 * The names are in text order and do not overlap, so both their first and
 * their last tokens are sorted: the index of the first name whose first
 * token is tok or later, and of the first name that ends after tok
 * (d->n_ents when there is none).  O(log n).
 */
size_t tl_evdoc_ent_from(const TlEvDoc *d, size_t tok);
size_t tl_evdoc_ent_after(const TlEvDoc *d, size_t tok);

/* ---- features and classifier ---------------------------------------------- */

#define TL_EV_MAX_FEATS 64

/* TRUE if token i may be an event (a content word): only those are scored. */
gboolean tl_ev_candidate(const TlEvDoc *d, size_t i);
/*
 * The feature hashes of token i (within its sentence), given the class
 * predicted for the previous token; at most TL_EV_MAX_FEATS; returns how many.
 * drop (training only) leaves out those that name the word itself (its
 * form and lemma, alone or paired), as the trainer does for some examples.
 */
size_t tl_ev_features(const TlEvDoc *d, size_t i, int prev_class, gboolean drop, guint64 *out);
/*
 * The same in two parts: those that depend on the word alone (its form,
 * lemma, tags and lexicon bits: the same for every token of that word type,
 * so the classifier caches their scores), and the rest, at most max.  A key
 * that tells word types apart for that cache.
 */
size_t tl_ev_word_features(const TlEvDoc *d, size_t i, guint64 *out);
size_t tl_ev_context_features(const TlEvDoc *d, size_t i, int prev_class, guint64 *out,
                              size_t max);
guint64 tl_ev_word_key(const TlEvDoc *d, size_t i);

typedef struct TlEvModel TlEvModel;

/* The built-in model, events/model.bin (borrowed); NULL with error if bad. */
const TlEvModel *tl_evmodel_default(GError **error);
/* A model from the bytes tl-train-events writes; new. */
TlEvModel *tl_evmodel_new(GBytes *bytes, GError **error);
void tl_evmodel_free(TlEvModel *m);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlEvModel, tl_evmodel_free)

/*
 * Label every token of d: classes[0..n_tokens) gets a TlEvClass (NONE for
 * tokens that are no event).  classes is the caller's.
 */
void tl_evmodel_label(const TlEvModel *m, const TlEvDoc *d, guint8 *classes);

/* Change the margin by which an event class must beat "no event" (for the trainer). */
void tl_evmodel_set_margin(TlEvModel *m, gint32 margin);

/* Model file: magic, u32 version, u32 class count, i32 margin, then two
 * tl_weights_parse tables: the joint model (event or not, and which class),
 * and the class model that gives a found event its class. */
#define TL_EVMODEL_MAGIC "TLEVENT1"
#define TL_EVMODEL_VERSION 3

/* ---- events ------------------------------------------------------------------ */

typedef struct {
	guint32 tok;             /* trigger token */
	guint32 sent;
	guint8 cls;              /* TlEvClass */
	const char *tense;       /* PAST, PRESENT, FUTURE, INFINITIVE, PRESPART, PASTPART, NONE */
	const char *aspect;      /* NONE, PROGRESSIVE, PERFECTIVE, PERFECTIVE_PROGRESSIVE */
	gboolean neg;
	char *modality;          /* the modal's lemma ("would"), or NULL; owned */
	int time;                /* index into the record's timexes, -1 none, -2 the DCT */
	const char *relation;    /* TLINK relation, or NULL */
	char *range_start, *range_end; /* inclusive ISO dates, or NULL; owned */
	double salience;
	char *summary;           /* owned */
	guint32 vg_first;        /* first token of its verb group (auxiliaries), or tok */
	guint32 same_as;         /* 1 + the index of the earlier event it mentions again, or 0 */
	guint32 adjunct;         /* the participle told with it ("..., killing four"), or 0 */
	gboolean own_headline;   /* a noun told alone, not by its phase verb's clause */
	guint32 told_by;         /* 1 + the index of the later event whose headline it
	                          * takes ("Starting in 1968, he spent"), or 0 */
	gboolean summarized;     /* its summary made ahead, for an event before it */
	gint8 when;              /* by its date: -1 before the DCT, +1 after it, 0 not known */
} TlEvent;

/* Free the owned strings of ev (not ev itself). */
void tl_event_clear(TlEvent *ev);

/* Are tokens [a, b), a timex's, inside a short quote whose other words are
 * in capitals, a name's ("Zrínyi 2026", "Vision 2030")? */
gboolean tl_ev_quoted_name(const TlEvDoc *d, size_t a, size_t b);
/* Fill tense, aspect, neg, modality of ev from the tokens around its trigger. */
void tl_ev_attributes(const TlEvDoc *d, TlEvent *ev);

/*
 * The clause around token i: tokens [*first, *last) of its sentence, cut at
 * clause boundaries (semicolons, dashes, commas before a conjunction or a
 * relative pronoun, quotes).
 */
void tl_ev_clause(const TlEvDoc *d, size_t i, guint32 *first, guint32 *last);

/* A timex of the record, as anchoring needs it (strings borrowed from the
 * record, or from owned). */
typedef struct {
	guint32 start, end;
	const char *type;  /* DATE, TIME, DURATION, SET */
	const char *value;
	const char *range0, *range1; /* half-open ISO dates or NULL */
	const char *id;
	char *owned; /* NULL, or the block the strings are in */
} TlEvTimex;

/* Free x's owned block (a GArray clear function). */
void tl_ev_timex_clear(gpointer x);

/*
 * Date the events evs[0..n) with timexes tx[0..n_tx) (in text order) and the
 * document creation time dct (YYYY-MM-DD..., or NULL): sets time, relation,
 * range_start/range_end when a duration with an end point dates it, and when.
 * timex_tok marks the timexes' tokens (tl_ev_timex_tokens).
 */
void tl_ev_anchor(const TlEvDoc *d, TlEvent *evs, size_t n, const TlEvTimex *tx, size_t n_tx,
                  const char *dct, const guint8 *timex_tok);

/*
 * Append to out, as a JSON array, the participants of ev: the names of its
 * clause that overlap no timex ("March" is a date, not a name; timex_tok as
 * tl_ev_timex_tokens fills it), each {text, type, start, end, role} (role
 * "agent", "patient", "location" or absent when it cannot be told).
 */
void tl_ev_participants(const TlEvDoc *d, const TlEvent *ev, const guint8 *timex_tok,
                        GString *out);

/* (JSON strings and numbers are written with tl_annot_json_string and
 * tl_annot_json_uint, shared with tl-tag's layers.) */

/*
 * The names lying wholly within tokens [first, last), in text order: start
 * with *k = G_MAXSIZE; each call returns the next one (and leaves *k at its
 * index in d->ents), NULL after the last.  O(log n) to start, then O(1) a
 * name.  Participants, headline subjects and salience all look names up
 * through this.
 */
const TlEntity *tl_ev_name_in(const TlEvDoc *d, size_t first, size_t last, size_t *k);

/* Is the participle at token j a preposition ("according to", "including",
 * "ending March 31"; not "ending a strike")? */
/* Is there a quote mark among tokens [a, b)? */
gboolean tl_ev_quote_in(const TlEvDoc *d, size_t a, size_t b);
gboolean tl_ev_preposition_like(const TlEvDoc *d, size_t j);

/*
 * Set ev->summary (a headline from its clause) and ev->salience (0..1).
 * timex_tok[i] & TL_EV_TX_DATING marks the tokens of d inside a DATE, TIME
 * or SET timex (see tl_ev_timex_tokens); headlines leave those out.
 */
void tl_ev_summarize(const TlEvDoc *d, TlEvent *ev, const guint8 *timex_tok);

/* The token of the phase or light verb whose clause tells event noun ev
 * ("finished its three-day trip", "held talks"), or G_MAXSIZE. */
size_t tl_ev_phase_verb(const TlEvDoc *d, const TlEvent *ev);

/* Mark timex_tok[0..n_tokens): TL_EV_TX_DATING for the tokens inside a
 * DATE, TIME or SET timex, TL_EV_TX_ANY for those that overlap any timex. */
#define TL_EV_TX_DATING 1
#define TL_EV_TX_ANY 2
void tl_ev_timex_tokens(const TlEvDoc *d, const TlEvTimex *tx, size_t n_tx, guint8 *timex_tok);

/*
 * Append to spans (TlSpan) the record's `sentences`, when it has them: FALSE
 * with error when a span is not [a, b] with prev_end <= a <= b <= len, or
 * splits a UTF-8 character of the record's text.
 */
gboolean tl_ev_record_spans(TlRecord *rec, size_t len, GArray *spans, GError **error);
/*
 * Append to out (TlEvTimex) the record's `timexes` that have an id (others
 * cannot be referred to), strings borrowed from rec or owned by out (whose
 * clear function this sets to tl_ev_timex_clear): FALSE with error when
 * `timexes` is not an array or a span is outside text[0..len) or splits a
 * character.
 */
gboolean tl_ev_record_timexes(TlRecord *rec, size_t len, GArray *out, GError **error);

/*
 * The whole stage on one document: find, classify, describe, date and
 * summarize the events, and append them to out as one serialized JSON array
 * in DESIGN.md's event form (compact, the bytes Jansson would write).
 * timexes may be NULL (records straight from tl-normalize).  FALSE with
 * error (out unchanged) when the model or the language layer cannot load.
 */
gboolean tl_events_annotate_raw(const char *text, size_t len, const TlSpan *spans,
                                size_t n_spans, const TlEvTimex *tx, size_t n_tx,
                                const char *dct, GString *out, GError **error);
/* The same as a new JSON array (for tests and tools). */
json_t *tl_events_annotate(const char *text, size_t len, const TlSpan *spans, size_t n_spans,
                           const TlEvTimex *tx, size_t n_tx, const char *dct, GError **error);

#endif
