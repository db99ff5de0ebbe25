/*
 * The summary files' private header: a headline's context (Ctx), the limits
 * that cut a headline, the one-line tests of a token they all use, and the
 * functions one file lends another (tl_sum_*).  Nothing outside
 * stages/events/summary*.c includes it.  Every char * returned is owned by
 * the caller; a GArray *keep is a list of token indices, appended to.
 */
#ifndef TL_SUMMARY_H
#define TL_SUMMARY_H

#include "events.h"

#define MAX_SUBJECT 6
#define MAX_OBJECT 9
#define MAX_ADJUNCT 6 /* at most, the words after a participle told with its verb */
#define NEAR 24       /* the words either side that a rule looks at, so that a long sentence costs no more */
/* a noun that takes an infinitive of its own ("efforts to", "plans to",
 * "a decision to"): an event noun, or the noun of an intending verb */
#define INF_NOUN (TL_EVLEX_NOUN | TL_EVLEX_I_ACTION | TL_EVLEX_I_STATE)

typedef struct {
	const TlEvDoc *d;
	const TlEvTimex *tx;
	size_t n_tx;
	const guint8 *in_timex; /* per token of the document: inside a dating timex */
	size_t first;
	gboolean *told;   /* set when the event's headline told its adjunct */
	size_t reach;     /* when not 0: the object runs at least to this token (a complement) */
	gboolean *clause; /* set when a noun's headline was told as a clause */
	gboolean *borrowed; /* set when a participle's headline borrowed its clause's subject */
	gboolean bare;      /* ranked as a bare noun: told by its copula's clause ("Jorgensen was
	                     * on the ballot") or by an earlier mention ("the attack") */
} Ctx;


static inline gboolean
in_timex(const Ctx *c, size_t j)
{
	return j < c->d->toks->len && (c->in_timex[j] & TL_EV_TX_DATING);
}

static inline gboolean
is_punct(const TlEvTok *u)
{
	return u->upos == TL_UPOS_PUNCT || u->kind == TL_TOK_PUNCT;
}

/* The byte of token j when it is one byte long (a bracket, a hyphen),
 * else 0. */
static inline char
tok_char(const TlEvDoc *d, size_t j)
{
	const TlEvTok *u = tl_evdoc_tok(d, j);
	return u->end == u->start + 1 ? d->text[u->start] : 0;
}

/* Does token j open an indented line inside its sentence: a table's row
 * ("vs same\n    Group net 35.8 mln"), which no phrase runs across (a
 * hard-wrapped text indents only its paragraphs)? */
static inline gboolean
row_start(const TlEvDoc *d, size_t j)
{
	const TlEvTok *u = tl_evdoc_tok(d, j);
	return (u->flags & TL_TOKF_NEWLINE_BEFORE) && u->start > 0 &&
	       (d->text[u->start - 1] == ' ' || d->text[u->start - 1] == '\t');
}

/* A word of a plain noun phrase ("The Senate Minority Leader", "67"). */
static inline gboolean
nominal(const TlEvTok *u)
{
	return u->upos == TL_UPOS_DET || u->upos == TL_UPOS_ADJ || u->upos == TL_UPOS_NOUN ||
	       u->upos == TL_UPOS_PROPN || u->upos == TL_UPOS_PRON || u->upos == TL_UPOS_NUM ||
	       u->xpos == TL_XPOS_POS || u->xpos == TL_XPOS_HYPH;
}

static inline guint
count_words(const char *h)
{
	guint n = *h != 0;
	for (; *h; h++)
		n += *h == ' ';
	return n;
}

/* summary-phrase.c, summary-subject.c, summary-object.c, summary-noun.c,
 * summary-salience.c */
/* data/<file>, lines of exactly `fields` tab-separated fields ('#' starts a
 * comment): the first field -> the others (a NULL-terminated vector), all
 * owned; empty when there is no such file. */
GHashTable *tl_sum_load_table(const char *file, guint fields);
/* The other fields of key's line in data/<file> (tl_sum_load_table's
 * vector, borrowed), the table loaded into *table the first time; NULL
 * when key has no line. */
const char *const *tl_sum_table_lookup(GHashTable **table, gsize *once, const char *file, guint fields,
                                       const char *key);
size_t tl_sum_apposition_end(const Ctx *c, size_t comma);
size_t tl_sum_list_rest_end(const Ctx *c, size_t comma);
void tl_sum_append_object(const Ctx *c, const TlEvent *ev, size_t cl, GArray *keep);
void tl_sum_append_span(const Ctx *c, size_t a, size_t b, GArray *keep);
size_t tl_sum_clause_verb(const Ctx *c, const TlEvent *ev);
gboolean tl_sum_dangling(const TlEvTok *u);
/* Is token j (not the first of a span from a, a verb group's own) a word
 * that qualifies the date right after it and is left out with it: "(in)
 * calendar | 1986", a time's participle after its period's noun, "(for the
 * four weeks) ended | March 28", which without its date would dangle? */
gboolean tl_sum_date_word(const Ctx *c, size_t j, size_t a);
/* Is token h a hyphen glued to the words on both sides, inside a word of
 * hyphens ("so-called", "gilt-edged")? */
gboolean tl_sum_hyphen_joins(const TlEvDoc *d, size_t h);

/* Is token j an angle bracket ("<Qantas Airways Ltd>", "<XON>")? */
gboolean tl_sum_angle(const TlEvDoc *d, size_t j);
/* Is token j an adverb that goes with the time after it, or after its
 * preposition ("shortly after 2 a.m.", "late Sunday", "early in 2024",
 * "right now"), left out with it? */
gboolean tl_sum_time_adverb(const TlEvDoc *d, size_t j);
/* Does the adverb at j lead a time left out, right after it or after its
 * preposition, before token lim ("late | Sunday", "shortly | after | 2
 * a.m.")? */
gboolean tl_sum_leads_time(const Ctx *c, size_t j, size_t lim);
/* The quote marks among the tokens of keep and buf[0..n). */
guint tl_sum_quotes(const TlEvDoc *d, const GArray *keep, const guint32 *buf, guint n);
/* The words that open a date which takes no preposition of place and no
 * adjective before it ("last week", "yesterday"), NULL-terminated. */
extern const char *const tl_sum_deixis[];
/* Is there an auxiliary, a finite verb or a modal among tokens [a, b)? */
gboolean tl_sum_finite_in(const TlEvDoc *d, size_t a, size_t b);
/* Can the date at token j open a clause as its subject, by what stands
 * before it: the sentence's start, a conjunction, a verb of saying or
 * thinking ("Election Day is approaching", "said 1986 was"); not a
 * preposition ("on Tuesday struck"), a relative word ("who some years ago
 * died", "which last year hit"), a comma, after which it tells the time of
 * a subject before an apposition ("Edelman, who owns five pct, last year
 * was rebuffed"), a participle ("data released today are")? */
gboolean tl_sum_date_opens(const Ctx *c, size_t j);
/* Is the date starting at token j what a schedule names ("due 2017",
 * "scheduled for", "extended to April 30"), kept in headlines when that
 * word is at token a - 1 or after? */
gboolean tl_sum_target_date(const Ctx *c, size_t a, size_t j);
/* Where the phrases of prepositions that end at token k start ("at the
 * Iraqi government's request", "under pressure from Congress"), not
 * before lo, each a determiner's, a possessive's, a name's or a date's;
 * k when none ends there, or when a noun phrase of its own ends there
 * ("at the meeting the board", "in 2003 Smith", a plural: "at
 * midsession prices"). */
size_t tl_sum_phrases_before(const Ctx *c, size_t lo, size_t k);
/* Is there an auxiliary or a finite verb after token k in its clause (up
 * to punctuation, a conjunction, a subordinator or a relative)? */
gboolean tl_sum_finite_after(const TlEvDoc *d, const TlEvSent *s, size_t k);
/* Is token j a finite verb of saying or thinking that takes a clause
 * ("said", "reported", "believes")? */
gboolean tl_sum_says(const TlEvDoc *d, size_t j);
/*
 * The first word of the clause a verb of telling takes after its
 * recipient, which starts at a, before b: "told Agence France-Presse arson
 * has been used", "told reporters he expected", "assured investors the
 * company would", "told reporters Baker visited" (the subjects "arson",
 * "he", "the company", "Baker"); a when the
 * word before a is no such verb or no such bound is seen.
 */
size_t tl_sum_after_recipient(const Ctx *c, size_t a, size_t b);
/* Does the verb at v take a clause as its object (a verb of saying,
 * thinking or seeing: "evidence showing the drug caused")? */
gboolean tl_sum_takes_clause(const TlEvDoc *d, size_t v);
/* Does sentence sent ask a question (end in "?")? */
gboolean tl_sum_question(const TlEvDoc *d, guint32 sent);
/* Is token j inside a name (not at its ends: "and" of "Procter and Gamble")? */
gboolean tl_sum_in_name(const TlEvDoc *d, size_t j);
/* Is the conjunction at token j between two capitalised proper nouns, a
 * name's own ("Standard and Poor's", "Pratt and Whitney") whether or not
 * the name finder found it? */
gboolean tl_sum_name_conj(const TlEvDoc *d, size_t j);
gboolean tl_sum_nominative(const TlEvDoc *d, size_t j);
char *tl_sum_noun_governed(const Ctx *c, const TlEvent *ev, size_t noun, size_t to);
char *tl_sum_noun_headline(const Ctx *c, const TlEvent *ev);
/* The headline of the earlier mention a definite bare noun ("the attack")
 * names again, or NULL (summary-noun.c). */
char *tl_sum_antecedent_headline(const Ctx *c, const TlEvent *ev);
/* The finite verb whose prepositional phrase a bare noun ends ("died in
 * the attack"), or G_MAXSIZE (summary-noun.c). */
size_t tl_sum_prep_verb(const Ctx *c, const TlEvent *ev);
gboolean tl_sum_np_date(const Ctx *c, size_t j);
gboolean tl_sum_opens_clause(const TlEvDoc *d, size_t cf, size_t noun);
gboolean tl_sum_prenominal(const TlEvDoc *d, size_t j);
gboolean tl_sum_np_adverb(const TlEvDoc *d, size_t j);
gboolean tl_sum_np_word(const TlEvDoc *d, size_t j);
gboolean tl_sum_prefigure(const TlEvDoc *d, size_t j);
/* Are tokens e, e + 1 "at least" or "at most" before a figure, before
 * b? */
gboolean tl_sum_at_least(const TlEvDoc *d, size_t e, size_t b);
/* A bare event noun with its amount: "Loss of about 300,000 dlrs"; NULL
 * when no "of", a word of approximation and a number follow it. */
char *tl_sum_noun_amount(const Ctx *c, const TlEvent *ev);
char *tl_sum_render(const TlEvDoc *d, const GArray *keep);
/* A new array of token indices (guint32) with room for a headline's: grown
 * from nothing it was reallocated twice or three times per headline. */
static inline GArray *
tl_sum_tokens_new(void)
{
	return g_array_sized_new(FALSE, FALSE, sizeof(guint32), 64);
}
/* The first token of sentence sent past a dateline ("SAN JOSE, March 26 -":
 * its place in capitals, a comma, then a dash), else its first. */
size_t tl_sum_text_start(const TlEvDoc *d, guint32 sent);
/* summary-report.c: a report after the statement it tells ("..., the bank
 * said"): the statement's verb, else G_MAXSIZE; its headline ("The bank
 * said ..."), NULL when it does not apply; and what a report says after
 * its dates and a comma ("said on Saturday, about 20 buildings
 * collapsed"), appended to keep, FALSE when not so. */
size_t tl_sum_report_after(const Ctx *c, const TlEvent *ev);
char *tl_sum_report_headline(const Ctx *c, const TlEvent *ev);
gboolean tl_sum_report_clause(const Ctx *c, const TlEvent *ev, size_t cl, GArray *keep);
double tl_sum_salience(const Ctx *c, const TlEvent *ev, gboolean verbal, gboolean complement,
                       gboolean retold);
char *tl_sum_participle_headline(const Ctx *c, const TlEvent *ev, size_t cl);
/* A participle opening its sentence told with the subject after its comma
 * ("Forming in July 2019, Hurricane Barry was" -> "Hurricane Barry
 * formed"), or NULL; owned. */
char *tl_sum_opening_headline(const Ctx *c, const TlEvent *ev, size_t cl);
/* A reduced relative told as a clause ("Tokyo's package was announced"),
 * or NULL; owned. */
char *tl_sum_reduced_headline(const Ctx *c, const TlEvent *ev, size_t cl);
char *tl_sum_past_tense(const char *lemma);
/* 'm' or 'f' when the title or first name of person p (or of a longer
 * mention of the same person before it) says so, else 0. */
int tl_sum_gender(const TlEvDoc *d, const TlEntity *p);
/* The person "he" or "she" at token j stands for, or NULL. */
const TlEntity *tl_sum_person_for(const Ctx *c, size_t j);
/* Who says "I" or "we" at token j: the speaker of the quote holding it, or
 * of the interview's turn; tokens [*f, *e), FALSE when unknown. */
gboolean tl_sum_speaker(const Ctx *c, size_t j, size_t *f, size_t *e);
/* A subject pronoun at keep[n0..] of the verb group at token vg named;
 * *colon (colon not NULL) may get a speaker to put before the headline and
 * a colon.  Owned by the caller. */
void tl_sum_name_pronoun(const Ctx *c, GArray *keep, guint n0, size_t vg, char **colon);
void tl_sum_subject(const Ctx *c, const TlEvent *ev, size_t cf, GArray *keep);
void tl_sum_trim_tail(const Ctx *c, GArray *keep);
char *tl_sum_verb_headline(const Ctx *c, const TlEvent *ev);
gboolean tl_sum_verb_in(const TlEvDoc *d, size_t a, size_t b);

#endif
