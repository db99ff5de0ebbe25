/*
 * Dating events: each event takes the DATE or TIME timex of its sentence that
 * is closest to it in the syntax, as proximity approximates it: token
 * distance, plus a cost for every clause boundary (comma, semicolon, dash,
 * quote) and every other verb event between them, since a timex belongs to
 * the nearest predicate of its clause; a reporting or intensional event
 * never takes a timex from the clause it introduces, no event takes one
 * across the infinitive it governs, and a verb that tells an earlier event
 * again (data/anchoring.txt "back": reiterate, recall) none after it.  The
 * word before the timex gives the
 * relation (data/anchoring.txt: "since" BEGINS, "until" ENDS, "before"
 * BEFORE...).  A reporting event left undated is dated by the DCT ("said"
 * happened when the article was written).  An event noun with a duration
 * ("three-day trip") whose phase verb says it ended ("finished") or began at
 * a day gets a range.
 */
#include <stdlib.h>
#include <string.h>
#include "tl/resource.h"
#include "events.h"

#define MAX_COST 24
/* the longest aside in brackets that a timex is looked for across */
#define MAX_ASIDE 12

typedef struct {
	GHashTable *prep;  /* word -> relation (static strings) */
	GHashTable *phase; /* lemma -> "BEGIN" / "END" */
	GHashTable *seq;   /* sentence-initial word -> relation */
	GHashTable *during; /* preposition before an event noun -> relation */
	GHashTable *cont;  /* sentence-initial pronouns that continue a narrative */
	GHashTable *back;  /* verbs that tell an earlier event again: reiterate, recall */
} Rules;

static const char *const relations[] = {"IS_INCLUDED", "BEFORE", "AFTER", "BEGINS",
                                        "ENDS", "SIMULTANEOUS", "INCLUDES"};

static const char *
relation_name(const char *s)
{
	for (size_t i = 0; i < G_N_ELEMENTS(relations); i++)
		if (strcmp(s, relations[i]) == 0)
			return relations[i];
	return NULL;
}

static Rules *
rules_load(void)
{
	Rules *r = g_new0(Rules, 1);
	r->prep = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	r->phase = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	r->seq = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	r->during = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	r->cont = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	r->back = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	g_autoptr(GBytes) b = tl_resource_get("events", "anchoring.txt", NULL);
	if (!b)
		return r; /* no rules: every relation is IS_INCLUDED */
	g_autofree char *text = g_strndup(g_bytes_get_data(b, NULL), g_bytes_get_size(b));
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
	for (char **l = lines; *l; l++) {
		g_auto(GStrv) f = g_strsplit_set(g_strstrip(*l), " \t", -1);
		if (!f[0] || f[0][0] == '#' || !f[1])
			continue;
		if (strcmp(f[0], "cont") == 0 || strcmp(f[0], "back") == 0) {
			g_hash_table_replace(f[0][0] == 'c' ? r->cont : r->back, g_strdup(f[1]),
			                     GINT_TO_POINTER(1));
			continue;
		}
		if (!f[2])
			continue;
		if (strcmp(f[0], "during") == 0 && relation_name(f[2]))
			g_hash_table_replace(r->during, g_strdup(f[1]), (gpointer)relation_name(f[2]));
		else if (strcmp(f[0], "seq") == 0 && relation_name(f[2]))
			g_hash_table_replace(r->seq, g_strdup(f[1]), (gpointer)relation_name(f[2]));
		if (strcmp(f[0], "prep") == 0 && relation_name(f[2]))
			g_hash_table_replace(r->prep, g_strdup(f[1]), (gpointer)relation_name(f[2]));
		else if (strcmp(f[0], "phase") == 0)
			g_hash_table_replace(r->phase, g_strdup(f[1]),
			                     strcmp(f[2], "BEGIN") == 0 ? "BEGIN" : "END");
	}
	return r;
}

static const Rules *
rules_default(void)
{
	static gsize once;
	static Rules *rules;
	if (g_once_init_enter(&once)) {
		rules = rules_load();
		g_once_init_leave(&once, 1);
	}
	return rules;
}

/* First token at or after byte offset off (n if none). */
static size_t
tok_at(const TlEvDoc *d, guint32 off)
{
	size_t lo = 0, hi = d->toks->len;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (tl_evdoc_tok(d, mid)->end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static gint
by_start(gconstpointer a, gconstpointer b, gpointer data)
{
	const TlEvTimex *tx = data;
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	if (tx[i].start != tx[j].start)
		return tx[i].start < tx[j].start ? -1 : 1;
	return i < j ? -1 : i > j;
}

/* Index of the first event whose trigger is at token tok or later. */
static size_t
first_event_at(const TlEvent *evs, size_t n, guint32 tok)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (evs[mid].tok < tok)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Is token j an ellipsis ("...", "…")? */
static gboolean
ellipsis(const TlEvDoc *d, size_t j)
{
	static const char *const words[] = {"...", "\xe2\x80\xa6", NULL};
	return j < d->toks->len && tl_ev_word_in(tl_evdoc_lower(d, j), words);
}

/* Does token j, a bracket, part a clause?  Round brackets do (an aside
 * between them: aside_end), and so does a cut marked "[...]"; square and
 * angle brackets around words are an editor's words or a name standing in
 * the clause ("[Parliament]", "<Qantas Airways Ltd>"). */
static gboolean
parting_bracket(const TlEvDoc *d, size_t j)
{
	const char *w = tl_evdoc_lower(d, j);
	if (strcmp(w, "(") == 0 || strcmp(w, ")") == 0)
		return TRUE;
	if (strcmp(w, "[") == 0)
		return ellipsis(d, j + 1);
	if (strcmp(w, "]") == 0)
		return j > 0 && ellipsis(d, j - 1);
	return FALSE;
}

/* Does the comma at token j join names ("Hungary, Poland and the Czech
 * Republic", "Newark, N.J.") rather than part clauses?  Not when the
 * second name is a subject ("According to the Miami Herald, Munero had
 * fled", "as soon as Tuesday, Castro said"). */
static gboolean
naming_comma(const TlEvDoc *d, size_t j)
{
	if (j == 0 || tl_evdoc_tok(d, j - 1)->upos != TL_UPOS_PROPN)
		return FALSE;
	if (j + 1 >= d->toks->len || tl_evdoc_tok(d, j + 1)->upos != TL_UPOS_PROPN)
		return FALSE;
	/* the name after it, "of" and "'s" included ("President of Argentina
	 * Alberto Fernandez announced") */
	size_t k = j + 1;
	while (k < d->toks->len && k <= j + 8) {
		const TlEvTok *u = tl_evdoc_tok(d, k);
		if (u->upos != TL_UPOS_PROPN && u->xpos != TL_XPOS_POS &&
		    strcmp(tl_evdoc_lower(d, k), "of") != 0)
			break;
		k++;
	}
	if (k >= d->toks->len || k > j + 8)
		return FALSE; /* too long a name to tell */
	guint8 up = tl_evdoc_tok(d, k)->upos;
	return up != TL_UPOS_VERB && up != TL_UPOS_AUX;
}

static gboolean
boundary(const TlEvDoc *d, size_t j)
{
	const TlEvTok *u = tl_evdoc_tok(d, j);
	if (u->xpos == TL_XPOS_COMMA)
		return !naming_comma(d, j);
	if (u->xpos == TL_XPOS_COLON || u->xpos == TL_XPOS_LQUOTE ||
	    u->xpos == TL_XPOS_RQUOTE)
		return TRUE;
	if (u->xpos == TL_XPOS_LRB || u->xpos == TL_XPOS_RRB)
		return parting_bracket(d, j);
	return (u->mark & TL_EVM_DASH) != 0;
}

/* The closing bracket of an aside in round brackets that opens at token j
 * ("(600 kgs)"), before token end and with no other bracket in it, or 0. */
static size_t
aside_end(const TlEvDoc *d, size_t j, size_t end)
{
	if (tl_evdoc_tok(d, j)->xpos != TL_XPOS_LRB || strcmp(tl_evdoc_lower(d, j), "(") != 0)
		return 0;
	for (size_t k = j + 1; k < end && k <= j + MAX_ASIDE; k++) {
		guint8 x = tl_evdoc_tok(d, k)->xpos;
		if (x == TL_XPOS_RRB)
			return strcmp(tl_evdoc_lower(d, k), ")") == 0 ? k : 0;
		if (x == TL_XPOS_LRB)
			return 0;
	}
	return 0;
}

/* Tokens [lo, hi) without their asides in brackets ("found 1,300 pounds
 * (600 kgs) of explosives Sunday"): an aside is no part of the clause, so
 * neither its words, its brackets nor its events put a timex further off. */
typedef struct {
	size_t f0, f1;             /* evs[f0..f1): the events in [lo, hi), asides included */
	size_t toks, bounds;       /* tokens and clause boundaries outside asides */
	size_t verbs, events;      /* events strictly between, outside asides */
} Between;

static Between
between(const TlEvDoc *d, const TlEvent *evs, size_t n, const size_t *n_verbs, size_t lo,
        size_t hi, gboolean count_bounds)
{
	Between b = {0};
	b.f0 = first_event_at(evs, n, (guint32)lo);
	b.f1 = first_event_at(evs, n, (guint32)hi);
	b.verbs = n_verbs[b.f1] - n_verbs[b.f0];
	b.events = b.f1 - b.f0;
	for (size_t j = lo; j < hi; j++) {
		size_t k = aside_end(d, j, hi);
		if (k) {
			size_t a0 = first_event_at(evs, n, (guint32)j),
			       a1 = first_event_at(evs, n, (guint32)k);
			b.verbs -= n_verbs[a1] - n_verbs[a0];
			b.events -= a1 - a0;
			j = k;
			continue;
		}
		b.toks++;
		b.bounds += count_bounds && boundary(d, j);
	}
	return b;
}

/* What a timex that opens the sentence costs its main verb: a little more
 * than one next to it ("A year later on August 10 he fell ill"). */
#define OPENING_COST 3
/* What a date at the end of the main predicate's clause costs it. */
#define CLOSING_COST 6

/* Is the token a relative pronoun (that, which, who, whose)? */
static gboolean
relative_pronoun(const TlEvTok *u)
{
	return u->xpos == TL_XPOS_WDT || u->xpos == TL_XPOS_WP || u->xpos == TL_XPOS_WPS;
}

/* Is there a relative pronoun among tokens [a, b)? */
static gboolean
relative_in(const TlEvDoc *d, size_t a, size_t b)
{
	for (size_t j = a; j < b; j++)
		if (relative_pronoun(tl_evdoc_tok(d, j)))
			return TRUE;
	return FALSE;
}

/* "According to CNN, the storm hit on Monday", "Following the election,
 * he resigned": an attribution, or a participle that is a preposition, has
 * no time of its own; what it introduces has. */
static gboolean
attribution(const TlEvDoc *d, const TlEvent *ev)
{
	static const char *const preps[] = {"following", "including", "regarding", "concerning",
	                                    "excluding", "pending", NULL};
	if (ev->tok + 1 >= d->toks->len)
		return FALSE;
	const char *w = tl_evdoc_lower(d, ev->tok);
	if (strcmp(w, "according") == 0)
		return strcmp(tl_evdoc_lower(d, ev->tok + 1), "to") == 0;
	const TlEvTok *n = tl_evdoc_tok(d, ev->tok + 1);
	return tl_ev_word_in(w, preps) && n->sent == tl_evdoc_tok(d, ev->tok)->sent &&
	       (n->upos == TL_UPOS_DET || n->upos == TL_UPOS_NOUN || n->upos == TL_UPOS_PROPN ||
	        n->upos == TL_UPOS_NUM || n->upos == TL_UPOS_ADJ || n->xpos == TL_XPOS_PRPS);
}

/* Does token j make the date after it a thing's ("due", "dated", "payable")? */
static gboolean
noun_date(const TlEvDoc *d, size_t j)
{
	static const char *const words[] = {"due", "dated", "payable", NULL};
	return tl_ev_word_in(tl_evdoc_lower(d, j), words);
}

/* Does the event report or intend (say, believe, promise, see)? */
static gboolean
reports(const TlEvent *ev)
{
	return ev->cls == TL_EVC_REPORTING || ev->cls == TL_EVC_I_STATE ||
	       ev->cls == TL_EVC_I_ACTION || ev->cls == TL_EVC_PERCEPTION;
}

/* Is the timex on tokens [a, b) a dateline's ("WASHINGTON, Feb 26 -",
 * "BELLOWS FALLS, Vt., March 3 --")? */
static gboolean
dateline(const TlEvDoc *d, const TlEvSent *s, size_t a, size_t b)
{
	static const char *const dashes[] = {"-", "--", "_", "\xe2\x80\x94", "\xe2\x80\x93", NULL};
	if (a <= s->first || a > (size_t)s->first + 8 || b >= s->last)
		return FALSE;
	return tl_evdoc_tok(d, a - 1)->xpos == TL_XPOS_COMMA &&
	       tl_ev_word_in(tl_evdoc_lower(d, b), dashes);
}

/* Is value a calendar date or time ("2019-10-03", "1990s"), not a fuzzy
 * one ("PAST_REF") that a nearer date should win over? */
static gboolean
calendar(const char *value)
{
	return value && g_ascii_isdigit(value[0]);
}

/* The end of sentence s's opening: the tokens from its start that are
 * timexes, prepositions, adverbs, conjunctions, determiners, commas or
 * quotes ("On Thursday,", "But in June last year", "A decade later, in
 * 2008,").  A timex in it opens the sentence. */
static size_t
opening_end(const TlEvDoc *d, const TlEvSent *s, const guint8 *timex_tok)
{
	static const char *const ordering[] = {"after", "before", "since", "until", "till", NULL};
	size_t j = s->first, prep = 0;
	for (; j < s->last; j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (!(timex_tok[j] & TL_EV_TX_DATING) && u->upos != TL_UPOS_ADP &&
		    u->upos != TL_UPOS_ADV && u->upos != TL_UPOS_CCONJ && u->upos != TL_UPOS_DET &&
		    u->xpos != TL_XPOS_LQUOTE && u->xpos != TL_XPOS_COMMA)
			break;
		if (u->upos == TL_UPOS_ADP && !prep)
			prep = tl_ev_word_in(tl_evdoc_lower(d, j), ordering) ? 2 : 1;
	}
	if (j > s->first && j < s->last && (timex_tok[j - 1] & TL_EV_TX_DATING)) {
		/* a date that modifies the noun after it is the subject's:
		 * "The 2015 accord requires" */
		guint8 up = tl_evdoc_tok(d, j)->upos;
		size_t a = j - 1;
		while (a > s->first && (timex_tok[a - 1] & TL_EV_TX_DATING))
			a--;
		guint8 det = a > s->first ? tl_evdoc_tok(d, a - 1)->xpos : TL_XPOS_COUNT;
		if ((up == TL_UPOS_NOUN || up == TL_UPOS_PROPN || up == TL_UPOS_ADJ) &&
		    (det == TL_XPOS_DT || det == TL_XPOS_PRPS))
			return a - 1;
	}
	if (prep != 1)
		return j;
	/* a phrase of a preposition that names a setting, up to its comma:
	 * "In New York Stock Exchange composite trading Friday, Aetna closed" */
	gboolean dated = FALSE; /* the token before is a timex's */
	for (size_t k = j; k < s->last && k < j + MAX_ASIDE; k++) {
		const TlEvTok *u = tl_evdoc_tok(d, k);
		if (u->xpos == TL_XPOS_COMMA) /* a timex that ends the phrase */
			return dated ? k + 1 : j;
		dated = (timex_tok[k] & TL_EV_TX_DATING) != 0;
		gboolean nominal = u->upos == TL_UPOS_NOUN || u->upos == TL_UPOS_PROPN ||
		                   u->upos == TL_UPOS_ADJ || u->upos == TL_UPOS_NUM ||
		                   u->upos == TL_UPOS_DET || u->upos == TL_UPOS_ADP ||
		                   u->upos == TL_UPOS_PART || u->xpos == TL_XPOS_VBG;
		if (!dated && !nominal)
			return j;
	}
	return j;
}

/* The relation given by the words before the timex's first token. */
static const char *
relation_before(const TlEvDoc *d, const Rules *r, size_t first, size_t sent_first)
{
	for (size_t j = first; j > sent_first && j + 3 > first; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		const char *w = tl_evdoc_lower(d, j - 1);
		const char *rel = g_hash_table_lookup(r->prep, w);
		if (rel)
			return rel;
		/* "earlier this year", "early in": skip determiners and modifiers */
		if (u->upos != TL_UPOS_DET && u->upos != TL_UPOS_ADJ && u->upos != TL_UPOS_ADV)
			break;
	}
	return "IS_INCLUDED";
}

/* Days in a duration value P<n>D or P<n>W; 0 when it is anything else. */
static int
duration_days(const char *v)
{
	if (!v || v[0] != 'P' || !g_ascii_isdigit(v[1]))
		return 0;
	char *end;
	long n = strtol(v + 1, &end, 10);
	if (n <= 0 || n > 366)
		return 0;
	if (strcmp(end, "D") == 0)
		return (int)n;
	if (strcmp(end, "W") == 0)
		return (int)n * 7;
	return 0;
}

static char *
iso_shift(const char *ymd, int days)
{
	int y, m, dd;
	if (!ymd || strlen(ymd) != 10 || sscanf(ymd, "%d-%d-%d", &y, &m, &dd) != 3 ||
	    !g_date_valid_dmy((GDateDay)dd, (GDateMonth)m, (GDateYear)y))
		return NULL;
	GDate *g = g_date_new_dmy((GDateDay)dd, (GDateMonth)m, (GDateYear)y);
	if (days >= 0)
		g_date_add_days(g, (guint)days);
	else
		g_date_subtract_days(g, (guint)-days);
	char *out = g_strdup_printf("%04d-%02d-%02d", g_date_get_year(g), g_date_get_month(g),
	                            g_date_get_day(g));
	g_date_free(g);
	return out;
}

static gint
by_end(gconstpointer a, gconstpointer b, gpointer data)
{
	const TlEvTimex *tx = data;
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	if (tx[i].end != tx[j].end)
		return tx[i].end < tx[j].end ? -1 : 1;
	return i < j ? -1 : i > j;
}

/* The days of the first DURATION timex (in tx order) that ends within 24
 * bytes before byte `at` and starts at `from` or later; dur[0..n_dur) are
 * the DURATION timexes in order of their end. */
static int
days_before(const TlEvTimex *tx, const size_t *dur, size_t n_dur, guint32 from, guint32 at)
{
	size_t lo = 0, hi = n_dur;
	while (lo < hi) { /* the first one ending after at - 24 */
		size_t mid = (lo + hi) / 2;
		if (tx[dur[mid]].end + 24 <= at)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t best = G_MAXSIZE;
	int days = 0;
	for (size_t i = lo; i < n_dur && tx[dur[i]].end <= at; i++) {
		size_t k = dur[i];
		int n = tx[k].start >= from ? duration_days(tx[k].value) : 0;
		if (n && k < best) {
			best = k;
			days = n;
		}
	}
	return days;
}

/* A range for an event noun with a duration before it and a phase verb. */
static void
try_range(const TlEvDoc *d, const Rules *r, TlEvent *ev, const TlEvTimex *tx, const size_t *dur,
          size_t n_dur, const TlEvTimex *date)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	const TlEvTok *t = tl_evdoc_tok(d, ev->tok);
	if (t->upos != TL_UPOS_NOUN || !date->value || strlen(date->value) != 10)
		return;
	int days = days_before(tx, dur, n_dur, s->start, t->start);
	if (days <= 0)
		return;
	const char *phase = NULL;
	for (size_t j = ev->tok; j > s->first && j + 6 > ev->tok && !phase; j--)
		if (tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_VERB)
			phase = g_hash_table_lookup(r->phase, tl_evdoc_lemma(d, j - 1));
	if (!phase)
		return;
	gboolean end = strcmp(phase, "END") == 0;
	char *a = end ? iso_shift(date->value, 1 - days) : iso_shift(date->value, 0);
	char *b = end ? iso_shift(date->value, 1) : iso_shift(date->value, days);
	if (!a || !b) {
		g_free(a);
		g_free(b);
		return;
	}
	ev->range_start = a;
	ev->range_end = b;
	ev->relation = end ? "ENDS" : "BEGINS";
}

static void
copy_time(TlEvent *to, const TlEvent *from, const char *relation)
{
	to->time = from->time;
	to->relation = relation;
	g_free(to->range_start);
	g_free(to->range_end);
	to->range_start = g_strdup(from->range_start);
	to->range_end = g_strdup(from->range_end);
}

static gboolean
narrative_tense(const TlEvent *ev)
{
	return strcmp(ev->tense, "PAST") == 0 || strcmp(ev->tense, "PRESPART") == 0;
}

/*
 * "During the trip, Blinken expressed...": a preposition of the table before
 * an event noun already dated earlier in the document (same lemma) dates the
 * undated past events of the sentence, and the noun itself, by that time.
 */
static void
by_event_nouns(const TlEvDoc *d, const Rules *r, TlEvent *evs, size_t n, const size_t *ev_first,
               const size_t *n_rep)
{
	/* lemma -> 1 + the last dated event of the sentences before e's (those
	 * are settled by then: only a noun of their own sentence dates them) */
	g_autoptr(GHashTable) dated = g_hash_table_new(g_str_hash, g_str_equal);
	size_t seen = 0;
	for (size_t e = 0; e < n; e++) {
		TlEvent *ev = &evs[e];
		if (ev->time >= 0 || tl_evdoc_tok(d, ev->tok)->upos != TL_UPOS_NOUN)
			continue;
		const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
		const char *rel = NULL;
		for (size_t j = ev->tok; j > s->first && j + 3 > ev->tok && !rel; j--) {
			rel = g_hash_table_lookup(r->during, tl_evdoc_lower(d, j - 1));
			const TlEvTok *u = tl_evdoc_tok(d, j - 1);
			if (!rel && u->upos != TL_UPOS_DET && u->xpos != TL_XPOS_PRPS)
				break;
		}
		if (!rel)
			continue;
		for (; seen < ev_first[ev->sent]; seen++)
			if (evs[seen].time >= 0)
				g_hash_table_replace(dated, (gpointer)tl_evdoc_lemma(d, evs[seen].tok),
				                     GSIZE_TO_POINTER(seen + 1));
		gsize si = GPOINTER_TO_SIZE(g_hash_table_lookup(dated, tl_evdoc_lemma(d, ev->tok)));
		if (!si)
			continue;
		const TlEvent *src = &evs[si - 1];
		copy_time(ev, src, "IS_INCLUDED");
		ev->same_as = (guint32)si; /* "the trip" is that trip */
		/* not a verb that reports, nor one a report stands between
		 * ('"It feels like getting ...," said Rosa Delgado, who ... says
		 * her sales fell during the closure' dates the falling only) */
		for (size_t f = ev_first[ev->sent]; f < ev_first[ev->sent + 1]; f++)
			if (evs[f].time == -1 && f != e &&
			    tl_evdoc_tok(d, evs[f].tok)->upos == TL_UPOS_VERB && narrative_tense(&evs[f]) &&
			    !reports(&evs[f]) && n_rep[MAX(f, e)] == n_rep[MIN(f, e) + 1])
				copy_time(&evs[f], src, rel);
	}
}

/* Does token j start a clause of another time: a colon or semicolon, a
 * subordinating conjunction ("long after the rebels fired", "because") or a
 * relative pronoun ("the man who fled")? */
static gboolean
clause_start(const TlEvDoc *d, size_t j)
{
	static const char *const sub[] = {"after", "before", "since", "until", "till", "because",
	                                  "although", "though", "while", "whereas", "unless", "if",
	                                  "once", NULL};
	const TlEvTok *u = tl_evdoc_tok(d, j);
	if (relative_pronoun(u) || u->xpos == TL_XPOS_COLON || u->upos == TL_UPOS_SCONJ)
		return TRUE;
	return tl_ev_word_in(tl_evdoc_lower(d, j), sub);
}

/* Does a clause of another time start between tokens a and b? */
static gboolean
clause_between(const TlEvDoc *d, size_t a, size_t b)
{
	for (size_t j = a + 1; j < b; j++)
		if (clause_start(d, j))
			return TRUE;
	return FALSE;
}

/* The end of the stretch after token i, up to `last`, with no clause
 * boundary, finite verb or start of another clause: a date there closes
 * i's clause. */
static size_t
closing_end(const TlEvDoc *d, size_t i, size_t last)
{
	size_t j = i + 1;
	for (; j < last; j++) {
		size_t k = aside_end(d, j, last); /* an aside in brackets is passed over */
		if (k) {
			j = k;
			continue;
		}
		if (boundary(d, j) || tl_ev_finite_xpos(tl_evdoc_tok(d, j)->xpos) || clause_start(d, j))
			break;
	}
	return j;
}

/*
 * "A fire destroyed 200 homes on Sunday, killing nine", "went into hiding
 * or fled the capital", "had a falling out, and Pol Pot was arrested": the
 * undated past events after a dated past event of the same sentence share
 * its time; not after a verb that reports or intends (what it introduces
 * has a time of its own: "said Sunday the bomb killed"), nor across the
 * start of another clause (clause_between), nor when the event is over
 * before it (the past perfect).
 */
static void
by_coordination(const TlEvDoc *d, TlEvent *evs, const size_t *ev_first)
{
	for (guint32 si = 0; si < d->sents->len; si++) {
		const TlEvent *src = NULL;
		gboolean reported = FALSE;
		size_t seen = 0; /* tokens after src up to here have no clause start */
		for (size_t f = ev_first[si]; f < ev_first[si + 1]; f++) {
			TlEvent *ev = &evs[f];
			gboolean verb = tl_evdoc_tok(d, ev->tok)->upos == TL_UPOS_VERB;
			gboolean simple = narrative_tense(ev) && strcmp(ev->aspect, "NONE") == 0;
			if (verb && reports(ev)) {
				/* a participle after the comma shares the time of the
				 * dated event before it ("headed Tuesday to East
				 * Africa, seeking to demonstrate support"); what it
				 * introduces has a time of its own */
				guint8 before = ev->tok > 0 ? tl_evdoc_tok(d, ev->tok - 1)->xpos : 0;
				gboolean after_comma = before == TL_XPOS_COMMA;
				if (src && ev->time == -1 && strcmp(ev->tense, "PRESPART") == 0 &&
				    after_comma && !clause_between(d, MAX(seen, src->tok), ev->tok))
					copy_time(ev, src, "IS_INCLUDED");
				reported = TRUE;
				src = NULL;
				continue;
			}
			if (src && clause_between(d, MAX(seen, src->tok), ev->tok))
				src = NULL;
			seen = ev->tok; /* each token is looked at once: linear */
			if (ev->time >= 0) {
				/* a dated verb, or an event noun with its own days
				 * ("finished his three-day trip to China, where he met
				 * ...": the meeting lies within the trip) */
				if (!reported && ((verb && simple && strcmp(ev->relation, "IS_INCLUDED") == 0) ||
				                  (!verb && ev->range_start)))
					src = ev;
				continue;
			}
			/* a bare participle right after "and" or a comma is a past
			 * tense the tagger misread ("charged $46 million against
			 * earnings, added $20 million to its reserves and
			 * established a reserve") */
			gboolean bare = strcmp(ev->tense, "PASTPART") == 0 && ev->tok > 0 &&
			                strcmp(ev->aspect, "NONE") == 0 &&
			                (tl_evdoc_tok(d, ev->tok - 1)->upos == TL_UPOS_CCONJ ||
			                 tl_evdoc_tok(d, ev->tok - 1)->xpos == TL_XPOS_COMMA);
			if (src && verb && (simple || bare) && !ev->modality)
				copy_time(ev, src, "IS_INCLUDED");
		}
	}
}

/* The first dated event of sentence s (by a timex or an event noun), or NULL:
 * a verb that tells what happened first ("to interfere in 2024" or "will
 * meet" is no time the narrative goes on from), else an event noun. */
static const TlEvent *
dated_in(const TlEvDoc *d, const TlEvent *evs, const size_t *ev_first, guint32 s)
{
	const TlEvent *noun = NULL;
	for (size_t f = ev_first[s]; f < ev_first[s + 1]; f++)
		if (evs[f].time >= 0) {
			if (tl_evdoc_tok(d, evs[f].tok)->upos == TL_UPOS_VERB) {
				if (strcmp(evs[f].tense, "INFINITIVE") != 0 && strcmp(evs[f].tense, "FUTURE") != 0)
					return &evs[f];
				continue;
			}
			if (!noun)
				noun = &evs[f];
		}
	return noun;
}

/*
 * "Subsequently, Xi pledged...", "He stressed...": a sentence that opens with
 * a sequence word or a narrative pronoun takes the time of the sentence
 * before for its undated past events.
 */
static void
by_narrative(const TlEvDoc *d, const Rules *r, TlEvent *evs, const size_t *ev_first)
{
	for (guint32 si = 1; si < d->sents->len; si++) {
		const TlEvSent *s = &g_array_index(d->sents, TlEvSent, si);
		const char *w = tl_evdoc_lower(d, s->first);
		const char *rel = g_hash_table_lookup(r->seq, w);
		if (!rel && g_hash_table_contains(r->cont, w))
			rel = "IS_INCLUDED";
		if (!rel)
			continue;
		const TlEvent *src = dated_in(d, evs, ev_first, si - 1);
		if (!src)
			continue;
		for (size_t f = ev_first[si]; f < ev_first[si + 1]; f++)
			if (evs[f].time == -1 && narrative_tense(&evs[f]) &&
			    tl_evdoc_tok(d, evs[f].tok)->upos == TL_UPOS_VERB)
				copy_time(&evs[f], src, rel);
	}
}

/* "The company has 8.8 million shares", "Howard is becoming isolated": a
 * present tense with no modal and no time of its own holds when the article
 * was written (TimeML: the event INCLUDES the DCT).  Not the present
 * perfect: "has found" is over by then (TimeBank: BEFORE the DCT, 101 to
 * 18), but for its progressive ("has been waiting").  Conditions and
 * questions are dated too: leaving them out lost 9 datings TimeBank links
 * and gained none. */
static gboolean
holds_now(const TlEvent *ev)
{
	return strcmp(ev->tense, "PRESENT") == 0 && !ev->modality &&
	       strcmp(ev->aspect, "PERFECTIVE") != 0;
}

/* Whether ev, as dated, lies before the DCT (-1), after it (+1), or neither
 * can be told (0): ISO dates compare as strings. */
static gint8
when(const TlEvent *ev, const TlEvTimex *tx, const char *dct)
{
	if (!dct || strlen(dct) < 10)
		return 0;
	if (ev->time == -2) /* "said", or what holds now */
		return strcmp(ev->tense, "PAST") == 0 ? -1 : 0;
	if (ev->time < 0)
		return 0;
	const char *a = ev->range_start ? ev->range_start : tx[ev->time].range0;
	const char *b = ev->range_end ? ev->range_end : tx[ev->time].range1;
	if (!a || !b || strlen(a) < 10 || strlen(b) < 10) {
		/* no range: a calendar value (2023, 2023-11, 2023-11-15) against
		 * the DCT's prefix of the same length */
		const char *v = tx[ev->time].value;
		size_t n = v ? strlen(v) : 0;
		if ((n != 4 && n != 7 && n != 10) || !g_ascii_isdigit(v[0]) || !g_ascii_isdigit(v[3]))
			return 0;
		for (size_t i = 0; i < n; i++)
			if (i == 4 || i == 7 ? v[i] != '-' : !g_ascii_isdigit(v[i]))
				return 0;
		int c = strncmp(v, dct, n);
		return c < 0 ? -1 : c > 0 ? 1 : 0;
	}
	if (strncmp(b, dct, 10) <= 0)
		return -1;
	if (strncmp(a, dct, 10) > 0)
		return 1;
	return 0;
}

/* Is the event a verb in the simple present, as its form shows ("calls",
 * "is charged"; not "put", which may be a past the tagger misread)? */
static gboolean
present_verb(const TlEvDoc *d, const TlEvent *ev)
{
	guint8 x = tl_evdoc_tok(d, ev->tok)->xpos;
	return (x == TL_XPOS_VBZ || x == TL_XPOS_VBN) && strcmp(ev->tense, "PRESENT") == 0 &&
	       strcmp(ev->aspect, "NONE") == 0;
}

/* Is value a calendar date or period over before the DCT's day ("1978",
 * "1998-10" said in 1999-01)? */
static gboolean
over_before(const char *value, const char *dct)
{
	if (!dct || !calendar(value))
		return FALSE;
	size_t n = strlen(value);
	return strncmp(value, dct, MIN(n, 10)) < 0;
}

/* Does "and" or "but" and then a finite verb of a predicate of its own
 * lie among tokens [a, b), b's own auxiliaries left out ("and six ships
 * were waiting")? */
static gboolean
coordinated_finite(const TlEvDoc *d, size_t a, size_t b)
{
	gboolean conj = FALSE;
	while (b > a && (tl_evdoc_tok(d, b - 1)->upos == TL_UPOS_AUX ||
	                 tl_evdoc_tok(d, b - 1)->upos == TL_UPOS_ADV ||
	                 tl_evdoc_tok(d, b - 1)->upos == TL_UPOS_PART))
		b--;
	for (size_t j = a; j < b; j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->upos == TL_UPOS_CCONJ)
			conj = TRUE;
		else if (conj && tl_ev_finite_xpos(u->xpos))
			return TRUE;
	}
	return FALSE;
}

/* Is the event's verb a passive ("was chosen to honor")? */
static gboolean
passive(const TlEvDoc *d, const TlEvent *ev)
{
	return ev->tok > 0 && tl_evdoc_tok(d, ev->tok)->xpos == TL_XPOS_VBN &&
	       strcmp(tl_evdoc_lemma(d, ev->tok - 1), "be") == 0;
}

/* A past main verb whose clause a past date closes, across the infinitive
 * it governs: news puts the day last ("voted to support the republic
 * Friday", "agreed to pay $5 million on Tuesday"), and the infinitive's
 * own time, when it has one, is yet to come. */
static gboolean
past_closing(const TlEvent *ev, const TlEvTimex *tx, const char *dct)
{
	if (strcmp(ev->tense, "PAST") != 0 || !dct || !calendar(tx->value))
		return FALSE;
	size_t n = strlen(tx->value);
	if (n >= 10)
		return strncmp(tx->value, dct, 10) <= 0;
	/* a month, year or decade: one over before the article's ("helped
	 * end the war in Bosnia almost four years ago") */
	return strncmp(tx->value, dct, n) < 0;
}

void
tl_ev_anchor(const TlEvDoc *d, TlEvent *evs, size_t n, const TlEvTimex *tx, size_t n_tx,
             const char *dct, const guint8 *timex_tok)
{
	const Rules *r = rules_default();
	/* n_verbs[k]: how many of evs[0..k) are verbs */
	g_autofree size_t *n_verbs = g_new0(size_t, n + 1);
	for (size_t e = 0; e < n; e++)
		n_verbs[e + 1] = n_verbs[e] + (tl_evdoc_tok(d, evs[e].tok)->upos == TL_UPOS_VERB);
	/* n_rep[k]: how many of evs[0..k) are verbs that report or intend */
	g_autofree size_t *n_rep = g_new0(size_t, n + 1);
	for (size_t e = 0; e < n; e++)
		n_rep[e + 1] = n_rep[e] +
		               (tl_evdoc_tok(d, evs[e].tok)->upos == TL_UPOS_VERB && reports(&evs[e]));
	/* n_inf[k]: how many of evs[0..k) are infinitive complements ("to interfere") */
	g_autofree size_t *n_inf = g_new0(size_t, n + 1);
	for (size_t e = 0; e < n; e++)
		n_inf[e + 1] = n_inf[e] + (strcmp(evs[e].tense, "INFINITIVE") == 0);
	/* the timexes in order of their start */
	g_autofree size_t *order = g_new(size_t, n_tx + 1);
	for (size_t k = 0; k < n_tx; k++)
		order[k] = k;
	g_qsort_with_data(order, (gint)n_tx, sizeof *order, by_start, (gpointer)tx);
	/* the durations in order of their end, for ranges */
	g_autofree size_t *dur = g_new(size_t, n_tx + 1);
	size_t n_dur = 0;
	for (size_t k = 0; k < n_tx; k++)
		if (tx[k].type && strcmp(tx[k].type, "DURATION") == 0)
			dur[n_dur++] = k;
	g_qsort_with_data(dur, (gint)n_dur, sizeof *dur, by_end, (gpointer)tx);
	/* ev_first[s]: the first event of sentence s or later (evs are in text order) */
	g_autofree size_t *ev_first = g_new(size_t, d->sents->len + 2);
	for (size_t si = 0, e = 0; si <= d->sents->len; si++) {
		while (e < n && evs[e].sent < si)
			e++;
		ev_first[si] = e;
	}
	ev_first[d->sents->len + 1] = n;
	/* first_verb[s]: the first verb token of sentence s (its end if none) */
	g_autofree guint32 *first_verb = g_new(guint32, d->sents->len + 1);
	for (guint si = 0; si < d->sents->len; si++) {
		const TlEvSent *st = &g_array_index(d->sents, TlEvSent, si);
		first_verb[si] = st->last;
		for (guint32 j = st->first; j < st->last; j++)
			if (tl_evdoc_tok(d, j)->upos == TL_UPOS_VERB) {
				first_verb[si] = j;
				break;
			}
	}
	/* opening[s]: the end of sentence s's opening (opening_end) */
	g_autofree size_t *opening = g_new(size_t, d->sents->len + 1);
	for (guint si = 0; si < d->sents->len; si++)
		opening[si] = opening_end(d, &g_array_index(d->sents, TlEvSent, si), timex_tok);
	/* main[s]: the sentence's main predicate, as its first verb group
	 * approximates it: the first verb, or a copula ("From 1967 he was a
	 * member of Parliament, during which he served": not "served"), past
	 * a relative clause in the subject ("Chirac, who served as President
	 * for twelve years, died") */
	g_autofree guint32 *main = g_new(guint32, d->sents->len + 1);
	for (guint si = 0; si < d->sents->len; si++) {
		const TlEvSent *st = &g_array_index(d->sents, TlEvSent, si);
		gboolean relative = FALSE;
		main[si] = st->last;
		for (guint32 j = (guint32)opening[si]; j < st->last && main[si] == st->last; j++) {
			const TlEvTok *u = tl_evdoc_tok(d, j);
			guint32 k = j;
			if (u->upos == TL_UPOS_AUX) {
				/* an auxiliary of the verb after it, or a copula */
				k = j + 1;
				while (k < st->last && (tl_evdoc_tok(d, k)->upos == TL_UPOS_AUX ||
				                        tl_evdoc_tok(d, k)->upos == TL_UPOS_ADV ||
				                        tl_evdoc_tok(d, k)->upos == TL_UPOS_PART))
					k++;
				if (k == st->last || tl_evdoc_tok(d, k)->upos != TL_UPOS_VERB)
					k = j;
			} else if (u->upos != TL_UPOS_VERB) {
				if (j > st->first && (u->xpos == TL_XPOS_WP || u->xpos == TL_XPOS_WDT))
					relative = TRUE;
				continue;
			}
			if (relative)
				relative = FALSE; /* the relative clause's own verb */
			else
				main[si] = tl_evdoc_tok(d, k)->upos == TL_UPOS_VERB ? k : j;
			j = k;
		}
	}
	for (size_t e = 0; e < n; e++) {
		TlEvent *ev = &evs[e];
		ev->time = -1;
		ev->relation = NULL;
		const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
		int best = -1, best_cost = MAX_COST + 1;
		int dl_best = -1, dl_cost = MAX_COST + 1; /* the dateline's date */
		size_t best_first = 0, dl_first = 0;
		if (attribution(d, ev))
			continue;
		gboolean back = tl_evdoc_tok(d, ev->tok)->upos == TL_UPOS_VERB &&
		                g_hash_table_contains(r->back, tl_evdoc_lemma(d, ev->tok));
		/* a timex that opens the sentence dates its main predicate however
		 * long the phrase that follows the timex ("In July last year in
		 * Phnom Penh, Cambodia's capital, Hun Sen staged a coup") */
		gboolean main_verb = ev->tok == main[ev->sent];
		/* only timexes within reach: MAX_COST tokens either side */
		size_t wa = main_verb ? s->first : ev->tok > MAX_COST ? ev->tok - MAX_COST : 0;
		/* a date that closes the main predicate's clause dates it
		 * however long its object ("The FBI put Bin Laden and Kopp on
		 * its list of the Ten Most Wanted fugitives Monday") */
		size_t close = main_verb ? closing_end(d, ev->tok, s->last) : 0;
		size_t wb = MIN(d->toks->len - 1, MAX(ev->tok + MAX_COST, close));
		guint32 from = tl_evdoc_tok(d, wa)->start, to = tl_evdoc_tok(d, wb)->end;
		size_t k0 = 0, k1 = n_tx;
		while (k0 < k1) { /* the first timex of order[] starting at from or later */
			size_t mid = (k0 + k1) / 2;
			if (tx[order[mid]].start < from)
				k0 = mid + 1;
			else
				k1 = mid;
		}
		for (size_t ko = k0; ko < n_tx && tx[order[ko]].start < to; ko++) {
			size_t k = order[ko];
			if (tx[k].start < s->start || tx[k].end > s->end || !tx[k].type ||
			    (strcmp(tx[k].type, "DATE") != 0 && strcmp(tx[k].type, "TIME") != 0))
				continue;
			size_t a = tok_at(d, tx[k].start), b = tok_at(d, tx[k].end);
			if (a >= b || (ev->tok >= a && ev->tok < b))
				continue; /* no tokens, or the trigger inside the timex */
			/* a dateline's date is the article's: it dates what the
			 * first sentence tells as done or going on when no date of
			 * the clause does (below), and nothing yet to come */
			gboolean from_dateline = dateline(d, s, a, b);
			if (from_dateline && (ev->modality || strcmp(ev->tense, "FUTURE") == 0))
				continue;
			/* a date of a thing, not of an event: "a eurobond due March
			 * 31, 1994", "a letter dated June 4" ("the election due this
			 * September" is the election's) */
			if (a > s->first + 1 && a - 1 != ev->tok && a - 2 != ev->tok && noun_date(d, a - 1))
				continue;
			/* a present tense is no event of a time over before the
			 * article's ("That 1978 resolution calls for"), unless
			 * the time opens the sentence ("Last month, a policeman
			 * is killed") */
			if (present_verb(d, ev) && over_before(tx[k].value, dct) &&
			    !(ev->tok >= b && b <= opening[ev->sent]))
				continue;
			size_t lo = ev->tok < a ? ev->tok + 1 : b, hi = ev->tok < a ? a : ev->tok;
			if (main_verb && ev->tok >= b && calendar(tx[k].value) && b <= opening[ev->sent]) {
				/* of two that open it, the later one: "A decade
				 * later, in 2008, Hagan defeated" */
				if (OPENING_COST <= best_cost) {
					best_cost = OPENING_COST;
					best = (int)k;
					best_first = a;
				}
				continue;
			}
			gboolean closing = ev->tok < a && a <= close && calendar(tx[k].value);
			if (hi - lo > MAX_COST + MAX_ASIDE && !closing)
				continue; /* too far whatever lies between */
			/* none before `close`; the events strictly between */
			Between bt = between(d, evs, n, n_verbs, lo, hi, !closing);
			if (bt.toks > MAX_COST && !closing)
				continue;
			int cost = (int)bt.toks + (ev->tok < a ? 0 : 1);
			int bounds = (int)bt.bounds;
			cost += 6 * bounds;
			size_t f0 = bt.f0, f1 = bt.f1;
			size_t verbs = bt.verbs, all = bt.events;
			cost += 4 * (int)verbs + 2 * (int)(all - verbs);
			gboolean verb_between = verbs > 0;
			/* "now", "recently": the time of their own predicate only */
			if (verb_between && !calendar(tx[k].value))
				continue;
			if (closing)
				cost = MIN(cost, CLOSING_COST);
			/* reported speech: "said the board would meet in June" dates
			 * the meeting, not the saying */
			if (ev->tok < a && verb_between && reports(ev) &&
			    !(closing && ev->cls == TL_EVC_I_ACTION && !passive(d, ev) &&
			      past_closing(ev, &tx[k], dct)))
				continue;
			/* nor across the infinitive it governs: "urging China not to
			 * interfere in the 2024 elections" dates the interfering; and a
			 * verb that tells an earlier event again ("reiterated the
			 * message of last November") is not dated by what it recalls */
			if (ev->tok < a && ((n_inf[f1] > n_inf[f0] && ev->cls != TL_EVC_ASPECTUAL &&
			                     !(closing && past_closing(ev, &tx[k], dct))) ||
			                    back))
				continue;
			/* nor, a verb, from inside the relative clause after it:
			 * "ending a closure that began on January 9" dates the
			 * beginning */
			if (ev->tok < a && verb_between &&
			    tl_evdoc_tok(d, ev->tok)->upos == TL_UPOS_VERB && relative_in(d, lo, hi))
				continue;
			/* across a comma, a timex after another verb is that verb's
			 * ("have 30 days to send assessors, under rules adopted in
			 * December 2022") */
			if (ev->tok < a && verb_between && bounds > 0 && !closing)
				continue;
			/* nor the report after it: "Sales in 1985 rose 5 pct, the
			 * company said" dates the rise, not the saying */
			if (ev->tok > b && verb_between && bounds > 0 && ev->cls == TL_EVC_REPORTING &&
			    b > opening[ev->sent])
				continue;
			/* nor, after "and" and a finite verb of another
			 * predicate, the infinitive or participle it governs:
			 * "helped end the war four years ago and now are poised
			 * to intervene" */
			if (ev->tok > b && verb_between &&
			    !tl_ev_finite_xpos(tl_evdoc_tok(d, ev->tok)->xpos) &&
			    b > opening[ev->sent] && coordinated_finite(d, b, ev->tok))
				continue;
			if (from_dateline) { /* a last resort */
				if (cost < dl_cost)
					dl_cost = cost, dl_best = (int)k, dl_first = a;
				continue;
			}
			/* a timex before a comma belongs to its own clause, unless it
			 * opens the sentence ("On 26 April, Blinken finished") */
			if (cost >= best_cost)
				continue;
			if (ev->tok > a && bounds > 0 && first_verb[ev->sent] < a)
				cost += MAX_COST;
			if (cost < best_cost) {
				best_cost = cost;
				best = (int)k;
				best_first = a;
			}
		}
		if (best < 0 && dl_best >= 0)
			best = dl_best, best_first = dl_first;
		if (best >= 0) {
			ev->time = best;
			ev->relation = relation_before(d, r, best_first, s->first);
			try_range(d, r, ev, tx, dur, n_dur, &tx[best]);
		}
	}
	by_event_nouns(d, r, evs, n, ev_first, n_rep);
	by_coordination(d, evs, ev_first);
	by_narrative(d, r, evs, ev_first);
	for (size_t e = 0; e < n; e++) {
		TlEvent *ev = &evs[e];
		if (ev->time >= 0 && attribution(d, ev)) {
			/* dated by a neighbour's time: not its own */
			ev->time = -1;
			ev->relation = NULL;
			g_clear_pointer(&ev->range_start, g_free);
			g_clear_pointer(&ev->range_end, g_free);
		}
		if (ev->time != -1 || !dct)
			continue;
		if (ev->cls == TL_EVC_REPORTING) {
			ev->time = -2;
			ev->relation = "IS_INCLUDED";
		} else if (holds_now(ev)) {
			ev->time = -2;
			ev->relation = "INCLUDES";
		}
	}
	for (size_t e = 0; e < n; e++)
		evs[e].when = when(&evs[e], tx, dct);
}
