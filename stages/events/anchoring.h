/*
 * Dating events (anchoring*.c): what the files of anchoring lend one
 * another (tl_anc_*).  anchoring-clause.c tells the clause structure around
 * an event (boundaries, asides, openings, closings), anchoring-spread.c
 * passes a dated event's time on to its neighbours, anchoring.c loads the
 * rules and picks each event's timex.  Nothing outside stages/events/
 * includes this.
 */
#ifndef TL_EVENTS_ANCHORING_H
#define TL_EVENTS_ANCHORING_H

#include "events.h"

#define MAX_COST 24
/* the longest aside in brackets that a timex is looked for across */
#define MAX_ASIDE 12
/* the longest stretch after a main predicate that a date closing its
 * clause is looked for in (tl_anc_closing_end) */
#define MAX_CLOSING 120

typedef struct {
	GHashTable *prep;  /* word -> relation (static strings) */
	GHashTable *phase; /* lemma -> "BEGIN" / "END" */
	GHashTable *seq;   /* sentence-initial word -> relation */
	GHashTable *during; /* preposition before an event noun -> relation */
	GHashTable *cont;  /* sentence-initial pronouns that continue a narrative */
	GHashTable *back;  /* verbs that tell an earlier event again: reiterate, recall */
	GHashTable *contract; /* nouns a month names, not dates: futures, delivery */
	GHashTable *target;   /* verbs whose "until" or "to" names a limit they set */
	GHashTable *unplan;   /* verbs that undo a plan: postpone, cancel */
	GHashTable *thing;    /* prepositions of no time, before a thing: to, with, against */
} Rules;

/* Tokens [lo, hi) without their asides in brackets ("found 1,300 pounds
 * (600 kgs) of explosives Sunday"): an aside is no part of the clause, so
 * neither its words, its brackets nor its events put a timex further off. */
typedef struct {
	size_t f0, f1;             /* evs[f0..f1): the events in [lo, hi), asides included */
	size_t toks, bounds;       /* tokens and clause boundaries outside asides */
	size_t verbs, events;      /* events strictly between, outside asides */
} Between;

/* anchoring.c: is the timex t, ending before token b, a month that names
 * a contract ("the May contract", "July delivery"), no date of the clause? */
gboolean tl_anc_contract_month(const TlEvDoc *d, const TlEvTimex *t, size_t b);

/* anchoring.c: is token j the participle of a schedule after a noun ("the
 * elections scheduled (for April)", "talks set (to start Monday)")? */
gboolean tl_anc_schedule_participle(const TlEvDoc *d, size_t j);
/* Does the event undo a plan (data/anchoring.txt "unplan": postpone,
 * cancel, delay...)? */
gboolean tl_anc_unplans(const TlEvDoc *d, const TlEvent *ev);

/* anchoring-clause.c */
size_t tl_anc_tok_at(const TlEvDoc *d, guint32 off);
size_t tl_anc_first_event_at(const TlEvent *evs, size_t n, guint32 tok);
/* Does w order two times, as a preposition or subordinator: after, before,
 * since, until, till? */
gboolean tl_anc_ordering(const char *w);
/* Is w a participle that is a preposition of a start ("Beginning in 2010",
 * "starting on Monday")? */
gboolean tl_anc_starting(const char *w);
/* The comma that ends the phrase of word i when i opens its sentence (no
 * word but quote marks from token `from` before it), within MAX_ASIDE
 * words ("Starting in 1968, he spent", "Speaking to reporters, he said");
 * G_MAXSIZE when i opens nothing or no comma comes so soon. */
size_t tl_anc_opener_comma(const TlEvDoc *d, size_t from, size_t i);
Between tl_anc_between(const TlEvDoc *d, const TlEvent *evs, size_t n, const size_t *n_verbs,
                       size_t lo, size_t hi, gboolean count_bounds);
gboolean tl_anc_relative_in(const TlEvDoc *d, size_t a, size_t b);
gboolean tl_anc_comma_clause(const TlEvDoc *d, size_t a, size_t b);
gboolean tl_anc_reports(const TlEvent *ev);
gboolean tl_anc_clause_start(const TlEvDoc *d, size_t j);
gboolean tl_anc_then_at(const TlEvDoc *d, size_t j);
gboolean tl_anc_clause_between(const TlEvDoc *d, size_t a, size_t b);
size_t tl_anc_closing_end(const TlEvDoc *d, size_t i, size_t last);
/* The comma that closes a past participle's aside opening with the comma
 * at token j (", located off the A496,": no finite verb nor other boundary
 * in it, MAX_ASIDE tokens at most, before `last`), or 0. */
size_t tl_anc_participle_aside_end(const TlEvDoc *d, size_t j, size_t last);
/* at[2j], at[2j + 1]: 1 + the token of the dash or round bracket that
 * opens an aside token j is in, and the token that closes it ("a discrete
 * model consisting of a grid — devised by John Conway around 1970 —";
 * dashes paired in their sentence); 0 and 0 when j is in none. */
guint32 *tl_anc_asides(const TlEvDoc *d);
/* Is token i in an aside (at[]: tl_anc_asides) that the timex on tokens
 * [a, b) lies wholly outside of? */
gboolean tl_anc_outside_aside(const guint32 *at, size_t i, size_t a, size_t b);
size_t tl_anc_opening_end(const TlEvDoc *d, const TlEvSent *s, const guint8 *timex_tok);
/* The token after the comma of "According to X," opening sentence s (X
 * with no finite verb, up to MAX_ASIDE tokens), else 0. */
size_t tl_anc_source_end(const TlEvDoc *d, const TlEvSent *s);
gboolean tl_anc_coordinated_finite(const TlEvDoc *d, size_t a, size_t b);
/* The first token of the verb group at token i: past the auxiliaries,
 * adverbs and particles before it ("has not been delayed"), not before lo. */
size_t tl_anc_group_start(const TlEvDoc *d, size_t lo, size_t i);
gboolean tl_anc_passive(const TlEvDoc *d, const TlEvent *ev);
gboolean tl_anc_modifier(const TlEvDoc *d, size_t a, size_t b);
/* Is there a determiner or a possessor before token a ("the", "its",
 * "'s")? */
gboolean tl_anc_determined(const TlEvDoc *d, size_t a);
/* n_that[j]: how many times "that" opens a clause among tokens [0, j) (new
 * array of d->toks->len + 1, the caller frees it) */
guint32 *tl_anc_complement_counts(const TlEvDoc *d);
size_t tl_anc_that_opening(const TlEvDoc *d, size_t i, size_t *that);

/* anchoring-spread.c */
void tl_anc_by_event_nouns(const TlEvDoc *d, const Rules *r, TlEvent *evs, size_t n,
                           const size_t *ev_first, const size_t *n_rep);
void tl_anc_by_coordination(const TlEvDoc *d, TlEvent *evs, const size_t *ev_first,
                            const TlEvTimex *tx);
void tl_anc_by_then(const TlEvDoc *d, TlEvent *evs, const size_t *ev_first, const TlEvTimex *tx);
/* What tl_anc_by_narrative is told of each timex. */
enum { TL_ANC_LATER = 1, TL_ANC_OCCASION = 2 };
void tl_anc_by_narrative(const TlEvDoc *d, const Rules *r, TlEvent *evs, const size_t *ev_first,
                         const guint8 *kind);

#endif
