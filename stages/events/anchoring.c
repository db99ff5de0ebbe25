/*
 * Dating events: each event takes the DATE or TIME timex of its sentence that
 * is closest to it in the syntax, as proximity approximates it: token
 * distance, plus a cost for every clause boundary (comma, semicolon, dash,
 * quote) and every other verb event between them, since a timex belongs to
 * the nearest predicate of its clause; a reporting or intensional event
 * never takes a timex from the clause it introduces, no event takes one
 * across the infinitive it governs, and a verb that tells an earlier event
 * again (data/anchoring.txt "back": reiterate, recall) none after it.  The
 * word before the timex gives the relation (data/anchoring.txt: "since"
 * BEGINS, "until" ENDS, "before" BEFORE...).  A reporting event left undated
 * is dated by the DCT ("said" happened when the article was written).  An
 * event noun with a duration ("three-day trip") whose phase verb says it
 * ended ("finished") or began at a day gets a range.  The clause structure
 * is read in anchoring-clause.c; anchoring-spread.c passes a time on to the
 * neighbours of the event it dates.
 */
#include <stdlib.h>
#include <string.h>
#include "tl/resource.h"
#include "anchoring.h"

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
	r->contract = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	r->target = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	r->unplan = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	r->thing = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	g_autoptr(GBytes) b = tl_resource_get("events", "anchoring.txt", NULL);
	if (!b)
		return r; /* no rules: every relation is IS_INCLUDED */
	g_autofree char *text = g_strndup(g_bytes_get_data(b, NULL), g_bytes_get_size(b));
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
	for (char **l = lines; *l; l++) {
		g_auto(GStrv) f = g_strsplit_set(g_strstrip(*l), " \t", -1);
		if (!f[0] || f[0][0] == '#' || !f[1])
			continue;
		GHashTable *set = strcmp(f[0], "cont") == 0       ? r->cont
		                  : strcmp(f[0], "back") == 0     ? r->back
		                  : strcmp(f[0], "contract") == 0 ? r->contract
		                  : strcmp(f[0], "target") == 0   ? r->target
		                  : strcmp(f[0], "unplan") == 0   ? r->unplan
		                  : strcmp(f[0], "thing") == 0    ? r->thing
		                                                  : NULL;
		if (set) {
			g_hash_table_replace(set, g_strdup(f[1]), GINT_TO_POINTER(1));
			continue;
		}
		if (!f[2])
			continue;
		if (strcmp(f[0], "during") == 0 && relation_name(f[2]))
			g_hash_table_replace(r->during, g_strdup(f[1]), (gpointer)relation_name(f[2]));
		else if (strcmp(f[0], "seq") == 0 && f[3] && relation_name(f[3]))
			/* two words: keyed "since then" */
			g_hash_table_replace(r->seq, g_strjoin(" ", f[1], f[2], NULL),
			                     (gpointer)relation_name(f[3]));
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

/* Is the timex, a month ending before token b, the name of a contract
 * ("June share price index futures reached 1767.0", "The key July
 * platinum delivery traded", "the May contract rose"): the noun after it
 * and its modifiers, in `contract`?  The trading is not in that month. */
gboolean
tl_anc_contract_month(const TlEvDoc *d, const TlEvTimex *t, size_t b)
{
	const Rules *r = rules_default();
	const char *v = t->value;
	if (!v || b == 0 || strlen(v) != 7 || v[4] != '-' || !g_ascii_isdigit(v[5]))
		return FALSE;
	for (size_t j = b; j < d->toks->len && j < b + 4; j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->sent != tl_evdoc_tok(d, b - 1)->sent)
			return FALSE;
		if (g_hash_table_contains(r->contract, tl_evdoc_lower(d, j)))
			return TRUE;
		if (u->upos != TL_UPOS_NOUN && u->upos != TL_UPOS_PROPN && u->upos != TL_UPOS_ADJ)
			return FALSE;
	}
	return FALSE;
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

/* The comma that closes an aside a participle opens at token j, after a
 * comma and perhaps adverbs, in the subject before the main verb ("the
 * mayors, accompanied by a lawyer, flew"; "the senator, speaking to
 * reporters, announced"), or 0: the aside has no finite verb, and one
 * follows it. */
static size_t
main_aside_end(const TlEvDoc *d, size_t j, const TlEvSent *st)
{
	guint8 x = tl_evdoc_tok(d, j)->xpos;
	if (x != TL_XPOS_VBN && x != TL_XPOS_VBG)
		return 0;
	size_t i = j;
	while (i > st->first && tl_evdoc_tok(d, i - 1)->upos == TL_UPOS_ADV)
		i--;
	if (i == st->first || tl_evdoc_tok(d, i - 1)->xpos != TL_XPOS_COMMA)
		return 0;
	/* a clause the participle governs may have finite verbs of its own
	 * ("investigators, wondering how the assailant could have emerged
	 * from the woods, searched") */
	gboolean clause = FALSE;
	for (size_t k = j + 1; k < st->last && k < j + (clause ? MAX_COST : MAX_ASIDE); k++) {
		const TlEvTok *u = tl_evdoc_tok(d, k);
		if (u->xpos == TL_XPOS_WRB || u->xpos == TL_XPOS_WP || u->xpos == TL_XPOS_WDT ||
		    u->upos == TL_UPOS_SCONJ)
			clause = TRUE;
		if (tl_ev_finite_xpos(u->xpos) && !clause)
			return 0;
		if (u->xpos == TL_XPOS_COMMA) {
			for (size_t m = k + 1; m < st->last && m < k + 4; m++) {
				guint8 y = tl_evdoc_tok(d, m)->xpos;
				if (tl_ev_finite_xpos(y))
					return k;
				if (tl_evdoc_tok(d, m)->upos != TL_UPOS_ADV && tl_evdoc_tok(d, m)->upos != TL_UPOS_AUX)
					return 0;
			}
			return 0;
		}
	}
	return 0;
}

/* Is the noun phrase of the timex modifier at token a the complement of a
 * noun before it, not of event token i: a preposition of a relation
 * between it and a noun ("arrested a man in connection with last year's
 * bombings", "serving a life sentence for the November 1995
 * assassination", "an improvement over last year's record"; "its
 * condemnation of Wednesday's meeting" for the condemnation too)?  Not
 * "in" nor "at", which tell an occasion more often than not ("sold 1,500
 * vehicles in the 1986 model year"). */
static gboolean
inner_complement(const TlEvDoc *d, size_t first, size_t a, size_t i)
{
	static const char *const preps[] = {"with", "for", "of", "about", "against", "over", NULL};
	/* "at the end of the 1987 model year", "in the first seven months of
	 * the 1986/87 season": a part of the time, the verb's; "ahead of the
	 * April 23 polls": a preposition of time */
	static const char *const parts[] = {"ahead", "end", "start", "beginning", "middle", "part", "half",
	                                    "rest", "remainder", "course", "eve", "run-up",
	                                    "height", "day", "week", "month", "year", "hour",
	                                    "period", "quarter", "season", "time", NULL};
	size_t p = a;
	while (p > first && (tl_evdoc_tok(d, p - 1)->upos == TL_UPOS_DET ||
	                     tl_evdoc_tok(d, p - 1)->xpos == TL_XPOS_PRPS))
		p--;
	if (p < first + 2 || i + 1 >= p || tl_evdoc_tok(d, p - 1)->upos != TL_UPOS_ADP ||
	    !tl_ev_word_in(tl_evdoc_lower(d, p - 1), preps))
		return FALSE;
	guint8 head = tl_evdoc_tok(d, p - 2)->upos;
	if ((head != TL_UPOS_NOUN && head != TL_UPOS_PROPN) ||
	    tl_ev_word_in(tl_evdoc_lemma(d, p - 2), parts))
		return FALSE;
	return p - 2 != i || strcmp(tl_evdoc_lower(d, p - 1), "of") == 0;
}

/* Is the timex on tokens [a, b) in the subject of the clause a report
 * before it tells, its tokens [lo, a) holding a word of a noun phrase and
 * the clause's finite verb right after the subject ("said net assets as
 * of February 28 were", "said total February registrations fell", "said
 * 1986 was"; not "said on Friday", nor "told reporters on Friday that",
 * nor "told reporters yesterday the proposal is")? */
static gboolean
reported_subject(const TlEvDoc *d, size_t lo, size_t a, size_t b, size_t last)
{
	/* verbs whose object is who is told: "told reporters today
	 * psychiatric assessments will be carried out" */
	static const char *const tell[] = {"tell", "inform", "assure", "brief", "warn", "remind",
	                                   "notify", "advise", "promise", NULL};
	if (lo > 0 && lo < a && tl_ev_word_in(tl_evdoc_lemma(d, lo - 1), tell)) {
		guint8 u = tl_evdoc_tok(d, a - 1)->upos;
		if (u == TL_UPOS_NOUN || u == TL_UPOS_PROPN || u == TL_UPOS_PRON)
			return FALSE;
	}
	/* the time right after the report, the whole subject of its clause:
	 * "said 1986 was a difficult year", "said the second half of 1986 had
	 * been"; its verb right after it ("said Friday sales rose" is said on
	 * Friday) */
	/* (not a verb often a noun's participle, whose time it is: "the
	 * order announced last week is") */
	static const char *const participles[] = {"announce", "confirm", "declare", "report",
	                                          "disclose", "release", "publish", NULL};
	if (lo == a && a > 0 && b < last && tl_evdoc_tok(d, a - 1)->upos == TL_UPOS_VERB &&
	    tl_ev_finite_xpos(tl_evdoc_tok(d, a - 1)->xpos) &&
	    !tl_ev_word_in(tl_evdoc_lemma(d, a - 1), participles)) {
		const TlEvTok *v = tl_evdoc_tok(d, b);
		guint8 h = tl_evdoc_tok(d, b - 1)->upos;
		return (tl_ev_finite_xpos(v->xpos) || v->upos == TL_UPOS_AUX) &&
		       (h == TL_UPOS_NOUN || h == TL_UPOS_PROPN || h == TL_UPOS_NUM);
	}
	gboolean nominal = FALSE;
	for (size_t j = lo; j < a; j++) {
		guint8 u = tl_evdoc_tok(d, j)->upos;
		if (u == TL_UPOS_NOUN || u == TL_UPOS_PROPN || u == TL_UPOS_ADJ ||
		    u == TL_UPOS_DET || u == TL_UPOS_NUM || u == TL_UPOS_PRON)
			nominal = TRUE;
		else if (u != TL_UPOS_ADP)
			return FALSE;
	}
	if (!nominal)
		return FALSE;
	for (size_t j = b; j < last && j < b + 8; j++) {
		const TlEvTok *t = tl_evdoc_tok(d, j);
		if (tl_ev_finite_xpos(t->xpos))
			return TRUE;
		/* a determiner opens the subject after the time: "told
		 * reporters yesterday the proposal is" */
		if (t->upos != TL_UPOS_NOUN && t->upos != TL_UPOS_PROPN && t->upos != TL_UPOS_ADJ &&
		    t->upos != TL_UPOS_NUM)
			return FALSE;
	}
	return FALSE;
}

/* Does a finite verb come among tokens [a, b) before any comma? */
static gboolean
finite_before_comma(const TlEvDoc *d, size_t a, size_t b)
{
	for (size_t j = a; j < b && tl_evdoc_tok(d, j)->xpos != TL_XPOS_COMMA; j++)
		if (tl_ev_finite_xpos(tl_evdoc_tok(d, j)->xpos))
			return TRUE;
	return FALSE;
}

/* What anchoring tells of a timex once, for every event that looks at it. */
typedef struct {
	size_t a, b;          /* its tokens [a, b) */
	gboolean over;        /* over before the DCT's day (over_before) */
	gboolean unknown;     /* a day of no known year, month or day ("a second
	                       * day of talks": XXXX-XX-XX), which a timeline
	                       * cannot place */
	gboolean modifier;    /* it modifies the noun after it (tl_anc_modifier) */
	gboolean source;      /* such a modifier after "from" ("a replay from the 2018 ceremony") */
	gboolean time_prep;   /* a preposition of time before it (time_prep) */
	size_t compared;      /* the comparison whose figure it dates, or the
	                       * "since" of a superlative's base, or 0 */
	size_t included;      /* the "including" of its phrase (included), or 0 */
	size_t reduced;       /* the past or participle it follows (reduced_participle), or 0 */
	size_t sched;         /* the participle of a schedule after a noun whose target
	                       * it is (scheduled_for), or 0 */
	size_t limit;         /* a verb that sets a limit ("postponed", "extended") whose
	                       * "until", "till", "to", "through" or "from" the timex
	                       * follows, in its clause (limit_verb): its token + 1,
	                       * or 0 */
	size_t fuzzy_noun;    /* the noun a fuzzy adjective dates alone, or 0 */
	size_t own_clause;    /* when it is the subject of its sentence's first clause
	                       * (subject_timex), where a clause with a subject of
	                       * its own begins after it (own_clause_after); else 0 */
} TxFacts;

/* What a timex that opens the sentence costs its main verb: a little more
 * than one next to it ("A year later on August 10 he fell ill"). */
#define OPENING_COST 3
/* What a date at the end of the main predicate's clause costs it. */
#define CLOSING_COST 6

/* Is token j an attribution or a participle that is a preposition
 * ("According to CNN, the storm hit on Monday", "Following the election,
 * he resigned")?  It has no time of its own; what it introduces has. */
/* Is the event of evs[0..n) (in token order) at token i? */
static gboolean
event_at(const TlEvent *evs, size_t n, size_t i)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (evs[mid].tok < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && evs[lo].tok == i;
}

/* Is the noun at token i the event of a main verb m that is none itself, a
 * light verb (light-verbs.txt, object-tells.txt), its object with no more
 * than a determiner, adjectives or a particle between: "a gunman opened
 * fire", "the rebels carried out an attack", "farmers held rallies"?  It then
 * stands for the predicate ("includes a provision" does not). */
static gboolean
light_object(const TlEvDoc *d, const TlEvent *evs, size_t n, size_t m, size_t i)
{
	if (i <= m || i > m + 4 || tl_evdoc_tok(d, i)->upos != TL_UPOS_NOUN ||
	    !(tl_evdoc_tok(d, m)->lex & (TL_EVLEX_LIGHT | TL_EVLEX_OBJECT_TELLS)) || event_at(evs, n, m))
		return FALSE;
	for (size_t k = m + 1; k < i; k++) {
		int u = tl_evdoc_tok(d, k)->upos;
		if (u != TL_UPOS_DET && u != TL_UPOS_ADJ && u != TL_UPOS_NUM && u != TL_UPOS_PART &&
		    !(u == TL_UPOS_ADP && k == m + 1 && tl_evdoc_tok(d, k)->xpos == TL_XPOS_RP))
			return FALSE;
	}
	return TRUE;
}

static gboolean
prep_participle(const TlEvDoc *d, size_t j)
{
	static const char *const preps[] = {"following", "including", "regarding", "concerning",
	                                    "excluding", "pending", NULL};
	if (j + 1 >= d->toks->len)
		return FALSE;
	const char *w = tl_evdoc_lower(d, j);
	if (strcmp(w, "according") == 0)
		return strcmp(tl_evdoc_lower(d, j + 1), "to") == 0;
	const TlEvTok *n = tl_evdoc_tok(d, j + 1);
	return tl_ev_word_in(w, preps) && n->sent == tl_evdoc_tok(d, j)->sent &&
	       (n->upos == TL_UPOS_DET || n->upos == TL_UPOS_NOUN || n->upos == TL_UPOS_PROPN ||
	        n->upos == TL_UPOS_NUM || n->upos == TL_UPOS_ADJ || n->xpos == TL_XPOS_PRPS);
}

/* Does token j make the date after it a thing's ("due", "dated", "payable",
 * "holders of record March 17")? */
static gboolean
noun_date(const TlEvDoc *d, size_t j)
{
	static const char *const words[] = {"due", "dated", "payable", NULL};
	if (tl_ev_word_in(tl_evdoc_lower(d, j), words))
		return TRUE;
	/* "of record", ", record" (not "record February sales") */
	static const char *const of[] = {"of", ",", "or", NULL};
	return j > 0 && strcmp(tl_evdoc_lower(d, j), "record") == 0 &&
	       tl_ev_word_in(tl_evdoc_lower(d, j - 1), of);
}

/* Is the verb group [vg, tok] right after token b but for "and" or "but"
 * (and a comma), with an auxiliary of its own ("in 1983 and was
 * estimated")? */
static gboolean
joined_after(const TlEvDoc *d, size_t b, size_t vg, size_t tok)
{
	static const char *const conj[] = {"and", "but", NULL};
	size_t j = b;
	if (j < vg && tl_evdoc_tok(d, j)->xpos == TL_XPOS_COMMA)
		j++;
	return j + 1 == vg && vg < tok && tl_ev_word_in(tl_evdoc_lower(d, j), conj) &&
	       tl_evdoc_tok(d, vg)->upos == TL_UPOS_AUX;
}

/* Does a relative clause start within a few tokens after b (the noun's
 * end), before token `to`, whose first finite verb is in the present
 * tense? */
static gboolean
present_relative(const TlEvDoc *d, size_t b, size_t to)
{
	static const char *const pronouns[] = {"that", "which", "who", NULL};
	for (size_t j = b; j < to && j < b + 3; j++) {
		if (!tl_ev_word_in(tl_evdoc_lower(d, j), pronouns))
			continue;
		for (size_t k = j + 1; k < to + 1 && k < j + 6 && k < d->toks->len; k++) {
			guint8 x = tl_evdoc_tok(d, k)->xpos;
			if (x == TL_XPOS_VBZ || x == TL_XPOS_VBP)
				return TRUE;
			if (tl_ev_finite_xpos(x))
				return FALSE;
		}
		return FALSE;
	}
	return FALSE;
}

/* Is the timex on tokens [a, b) inside a relative clause that a comma and
 * a relative pronoun open and a comma closes before token `to`, the main
 * predicate (", who was envoy until December, criticized"; not "who bought
 * it in early 1982, when it had")? */
static gboolean
relative_aside(const TlEvDoc *d, size_t first, size_t a, size_t b, size_t to)
{
	/* the words, not the tags: the tagger has read "rose" as "whose" */
	static const char *const pronouns[] = {"who", "whom", "whose", "which", NULL};
	size_t j = a;
	/* (a clause of MAX_COST words at most: not every word back to the
	 * sentence's start for every event and timex) */
	if (to > b + MAX_COST)
		return FALSE;
	for (; j > first + 1 && j + MAX_COST > a; j--) {
		if (tl_evdoc_tok(d, j - 1)->xpos == TL_XPOS_COMMA)
			return FALSE;
		if (tl_evdoc_tok(d, j - 2)->xpos == TL_XPOS_COMMA &&
		    tl_ev_word_in(tl_evdoc_lower(d, j - 1), pronouns))
			break;
	}
	if (j <= first + 1 || j + MAX_COST <= a)
		return FALSE;
	/* (and no clause of "when" between: "which recorded a high
	 * yesterday, when it passed 2400, fell" has `to` wrong) */
	gboolean closed = FALSE;
	for (size_t k = b; k < to; k++) {
		const TlEvTok *u = tl_evdoc_tok(d, k);
		if (u->xpos == TL_XPOS_WRB || u->upos == TL_UPOS_SCONJ)
			return FALSE;
		closed |= u->xpos == TL_XPOS_COMMA;
	}
	return closed;
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

/* Is the event a participle that describes a noun, before it ("a previously
 * reported court ruling", "its emerging high-technology sectors", "cut
 * cultivated land", "oil and liquefied natural gas") or after it with its
 * agent ("a group led by two investors told"): a property, no act the
 * dateline's day tells? */
static gboolean
describing(const TlEvDoc *d, const TlEvent *ev)
{
	const TlEvTok *u = tl_evdoc_tok(d, ev->tok);
	if ((u->xpos != TL_XPOS_VBG && u->xpos != TL_XPOS_VBN) || ev->tok == 0 ||
	    ev->tok + 1 >= d->toks->len)
		return FALSE;
	const TlEvTok *p = tl_evdoc_tok(d, ev->tok - 1);
	if (u->xpos == TL_XPOS_VBN && (p->upos == TL_UPOS_NOUN || p->upos == TL_UPOS_PROPN) &&
	    strcmp(tl_evdoc_lower(d, ev->tok + 1), "by") == 0)
		return TRUE;
	/* "the term sheet detailing the changes" */
	if (u->xpos == TL_XPOS_VBG && (p->upos == TL_UPOS_NOUN || p->upos == TL_UPOS_PROPN))
		return TRUE;
	guint8 next = tl_evdoc_tok(d, ev->tok + 1)->upos;
	if (next != TL_UPOS_NOUN && next != TL_UPOS_ADJ && next != TL_UPOS_PROPN)
		return FALSE;
	if (p->upos == TL_UPOS_DET || p->upos == TL_UPOS_ADJ || p->upos == TL_UPOS_CCONJ ||
	    p->xpos == TL_XPOS_PRPS || p->xpos == TL_XPOS_POS)
		return TRUE;
	/* "a previously reported", "cut cultivated land" (not "has signed
	 * agreements" nor "has temporarily suspended sales": an auxiliary's) */
	if (u->xpos != TL_XPOS_VBN)
		return FALSE;
	size_t j = ev->tok - 1;
	while (j > 0 && tl_evdoc_tok(d, j)->upos == TL_UPOS_ADV)
		j--;
	guint8 before = tl_evdoc_tok(d, j)->upos;
	return (j < ev->tok - 1 || before == TL_UPOS_VERB) && before != TL_UPOS_AUX &&
	       before != TL_UPOS_PRON && before != TL_UPOS_NOUN && before != TL_UPOS_PROPN;
}

/* The token of "and" or "but" right after a time that ends its clause at
 * token b (or after a comma there), before token i; else 0. */
static size_t
conj_after(const TlEvDoc *d, size_t b, size_t i)
{
	size_t c = b < i && tl_evdoc_tok(d, b)->xpos == TL_XPOS_COMMA ? b + 1 : b;
	if (c >= i)
		return 0;
	const char *w = tl_evdoc_lower(d, c);
	return strcmp(w, "and") == 0 || strcmp(w, "but") == 0 ? c : 0;
}

/* Is the noun at token i, after "and" or "but" right after the time ending
 * at token b, the subject of a clause of its own: a present or a modal
 * follows it (tokens up to `last`)? */
static gboolean
new_subject(const TlEvDoc *d, size_t b, size_t i, size_t last)
{
	if (tl_evdoc_tok(d, i)->upos != TL_UPOS_NOUN)
		return FALSE;
	size_t c = conj_after(d, b, i);
	if (!c)
		return FALSE;
	for (size_t j = c + 1; j < i; j++)
		if (tl_evdoc_tok(d, j)->upos == TL_UPOS_ADP)
			return FALSE; /* "but in the panel's decision" */
	size_t j = i + 1;
	while (j < last && tl_evdoc_tok(d, j)->upos == TL_UPOS_ADV)
		j++;
	/* not a past, which may go on in the same time ("and the bans were
	 * lifted") */
	guint8 x = j < last ? tl_evdoc_tok(d, j)->xpos : 0;
	return x == TL_XPOS_MD || x == TL_XPOS_VBZ || x == TL_XPOS_VBP;
}

/* Is the verb at token i the predicate of a clause that "and" or "but"
 * opens right after the time ending at token b, with a subject of its own
 * ("today and the strike will continue", "earlier this year but the
 * decision has been delayed")? */
static gboolean
subject_after_conj(const TlEvDoc *d, size_t b, size_t i, const char *ev_tense)
{
	if (tl_evdoc_tok(d, i)->upos != TL_UPOS_VERB || strcmp(ev_tense, "PAST") == 0)
		return FALSE; /* a past may go on in the same time ("and we only got") */
	size_t j = tl_anc_group_start(d, b, i);
	if (j == i || j <= b)
		return FALSE; /* no auxiliary: "and shares fell" may share the time */
	guint8 u = tl_evdoc_tok(d, j - 1)->upos;
	if (u != TL_UPOS_NOUN && u != TL_UPOS_PROPN && u != TL_UPOS_PRON)
		return FALSE;
	size_t c = conj_after(d, b, i);
	if (!c)
		return FALSE;
	for (size_t k = c + 1; k < j; k++) { /* the subject: a noun phrase */
		guint8 x = tl_evdoc_tok(d, k)->upos;
		if (x != TL_UPOS_NOUN && x != TL_UPOS_PROPN && x != TL_UPOS_ADJ && x != TL_UPOS_DET &&
		    x != TL_UPOS_PRON && tl_evdoc_tok(d, k)->xpos != TL_XPOS_POS && x != TL_UPOS_NUM)
			return FALSE;
	}
	return TRUE;
}

/* Is ev an infinitive that shares its time with the infinitive it governs:
 * an attempt ("to try to hammer out") or a phase ("to begin to")? */
static gboolean
attempting(const TlEvDoc *d, const TlEvent *ev)
{
	static const char *const attempt[] = {"try", "attempt", "seek", NULL};
	return strcmp(ev->tense, "INFINITIVE") == 0 &&
	       (ev->cls == TL_EVC_ASPECTUAL || tl_ev_word_in(tl_evdoc_lemma(d, ev->tok), attempt));
}

/* Is the infinitive at token i coordinated with the one before it, "and"
 * or "or" before its "to" or before it ("to address the challenges and to
 * renew its equipment", "importers to bring forward their payments and
 * exporters to delay", "to lay off or retrain"), among tokens [b, i)? */
static gboolean
coordinated_infinitive(const TlEvDoc *d, size_t b, size_t i)
{
	size_t j = tl_anc_group_start(d, b, i);
	if (j > b && tl_evdoc_tok(d, j - 1)->xpos == TL_XPOS_TO)
		j--;
	for (size_t k = j; k > b && j - k < 4; k--) {
		const TlEvTok *u = tl_evdoc_tok(d, k - 1);
		if (u->upos == TL_UPOS_CCONJ)
			return TRUE;
		if (u->upos != TL_UPOS_NOUN && u->upos != TL_UPOS_PROPN && u->upos != TL_UPOS_PRON)
			return FALSE;
	}
	return FALSE;
}

/* Is the timex on tokens [a, b) the subject of its sentence's first clause:
 * no word before it but punctuation, an opening "And" or "But", or a label
 * before a colon ("((WSS)) : Election Day is"), and a finite verb or an
 * auxiliary right after it, adverbs aside ("Election Day is quickly
 * approaching", "February was the seventh month", "Monday saw")? */
static gboolean
subject_timex(const TlEvDoc *d, size_t first, size_t last, size_t a, size_t b)
{
	for (size_t j = a; j > first; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (u->xpos == TL_XPOS_COLON)
			break;
		if (u->upos != TL_UPOS_PUNCT && !(u->upos == TL_UPOS_CCONJ && j - 1 == first))
			return FALSE;
	}
	size_t j = b;
	while (j < last && tl_evdoc_tok(d, j)->upos == TL_UPOS_ADV)
		j++;
	return j < last && (tl_evdoc_tok(d, j)->upos == TL_UPOS_AUX ||
	                    tl_ev_finite_xpos(tl_evdoc_tok(d, j)->xpos));
}

/* The first "and" or "but" from token b to `last` that opens a clause with
 * a subject of its own, a noun phrase and then a finite verb or an
 * auxiliary ("Election Day is quickly approaching and early voting has
 * already started", "February is not a big month but these numbers
 * suggest"), or `last` when none does: the tokens after it are that
 * clause's, or a later one's. */
static size_t
own_clause_after(const TlEvDoc *d, size_t b, size_t last)
{
	for (size_t j = b; j < last; j++) {
		const char *w = tl_evdoc_lower(d, j);
		if (tl_evdoc_tok(d, j)->upos != TL_UPOS_CCONJ ||
		    (strcmp(w, "and") != 0 && strcmp(w, "but") != 0))
			continue;
		size_t k = j + 1;
		while (k < d->toks->len) {
			guint8 x = tl_evdoc_tok(d, k)->upos;
			if (x != TL_UPOS_NOUN && x != TL_UPOS_PROPN && x != TL_UPOS_ADJ &&
			    x != TL_UPOS_DET && x != TL_UPOS_PRON && x != TL_UPOS_NUM &&
			    tl_evdoc_tok(d, k)->xpos != TL_XPOS_POS)
				break;
			k++;
		}
		if (k == j + 1)
			continue; /* no subject: "and fell" */
		while (k < d->toks->len && tl_evdoc_tok(d, k)->upos == TL_UPOS_ADV)
			k++;
		if (k < d->toks->len && (tl_evdoc_tok(d, k)->upos == TL_UPOS_AUX ||
		                         tl_ev_finite_xpos(tl_evdoc_tok(d, k)->xpos)))
			return j;
	}
	return last;
}

/* Is token j a word of delivering goods ("delivery", "shipment")? */
static gboolean
delivery_word(const TlEvDoc *d, size_t j)
{
	static const char *const goods[] = {"delivery", "deliveries", "shipment", "shipments",
	                                    "loading", NULL};
	return tl_ev_word_in(tl_evdoc_lower(d, j), goods);
}

/* Does "for delivery" or "for shipment" follow token i ("scheduled for
 * delivery in 1988", "ready for shipment by October": that time is i's)? */
static gboolean
for_delivery(const TlEvDoc *d, size_t i)
{
	return i + 2 < d->toks->len && strcmp(tl_evdoc_lower(d, i + 1), "for") == 0 &&
	       delivery_word(d, i + 2);
}

/* Is the timex on tokens [a, b) the date of a delivery or shipment: after
 * "delivery" and a preposition, or between "for" and "delivery"? */
static gboolean
delivery_date(const TlEvDoc *d, size_t first, size_t a, size_t b)
{
	static const char *const preps[] = {"in", "between", "for", "on", "by", "from", NULL};
	if (a >= first + 2 && tl_ev_word_in(tl_evdoc_lower(d, a - 1), preps) &&
	    delivery_word(d, a - 2))
		return TRUE;
	size_t j = b;
	while (j < d->toks->len && j < b + 3 && !delivery_word(d, j) &&
	       (tl_evdoc_tok(d, j)->upos == TL_UPOS_PUNCT || tl_evdoc_tok(d, j)->upos == TL_UPOS_NUM ||
	        tl_evdoc_tok(d, j)->upos == TL_UPOS_PROPN))
		j++; /* "September 5-20/September 10-25 delivery" */
	return a > first && strcmp(tl_evdoc_lower(d, a - 1), "for") == 0 && j < d->toks->len &&
	       delivery_word(d, j);
}

/* Is value a calendar date or time ("2019-10-03", "1990s"), not a fuzzy
 * one ("PAST_REF") that a nearer date should win over? */
static gboolean
calendar(const char *value)
{
	return value && g_ascii_isdigit(value[0]);
}

/* The token of the preposition of the table right before the timex's first
 * token, past determiners and modifiers ("earlier this year", "early in"),
 * or `first` when there is none. */
static size_t
prep_before(const TlEvDoc *d, const Rules *r, size_t first, size_t sent_first)
{
	for (size_t j = first; j > sent_first && j + 3 > first; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (g_hash_table_contains(r->prep, tl_evdoc_lower(d, j - 1))) {
			/* "prior to", "until at least", "beginning in": the
			 * first word says it (not "as of", "later in the day",
			 * "until after") */
			static const char *const loose[] = {"as", "later", "earlier", NULL};
			static const char *const plain[] = {"to", "in", "at", "of", "on", NULL};
			/* "ahead of", "prior to" say it with their second word
			 * only: "would go ahead tomorrow" is no BEFORE */
			static const char *const paired[] = {"ahead", "prior", NULL};
			if (tl_ev_word_in(tl_evdoc_lower(d, j - 1), paired))
				break;
			/* "as early as today", "as soon as Monday": a bound,
			 * not a time together */
			if (j >= sent_first + 3 && strcmp(tl_evdoc_lower(d, j - 1), "as") == 0 &&
			    strcmp(tl_evdoc_lower(d, j - 3), "as") == 0 &&
			    (tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_ADJ ||
			     tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_ADV))
				break;
			if (j - 1 == sent_first)
				return j - 1;
			const char *w = tl_evdoc_lower(d, j - 2);
			if (g_hash_table_contains(r->prep, w) && !tl_ev_word_in(w, loose) &&
			    tl_ev_word_in(tl_evdoc_lower(d, j - 1), plain))
				return j - 2;
			return j - 1;
		}
		if (u->upos != TL_UPOS_DET && u->upos != TL_UPOS_ADJ && u->upos != TL_UPOS_ADV)
			break;
	}
	return first;
}

/* Is word j glued by a hyphen to the word before or after it ("stay" of
 * "stay-at-home")? */
static gboolean
in_compound(const TlEvDoc *d, size_t j)
{
	return (j + 1 < d->toks->len && tl_ev_glued(d, j + 1)) || (j > 0 && tl_ev_glued(d, j));
}

/* The verb that sets a limit (data/anchoring.txt "target") before the
 * "until", "to" or "from" of the timex at token a, in its clause and within
 * a few words ("postponed the meeting until", "was extended to", "delayed
 * its meeting to June 22 from"): its token + 1, or 0. */
static size_t
limit_verb(const TlEvDoc *d, const Rules *r, size_t a, size_t sent_first)
{
	for (size_t j = a; j > sent_first && a - j < 12; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		/* (not a word of a compound: "its stay-at-home order") */
		if (u->upos == TL_UPOS_VERB && !in_compound(d, j - 1))
			return g_hash_table_contains(r->target, tl_evdoc_lemma(d, j - 1)) ? j : 0;
		if ((u->upos == TL_UPOS_PUNCT && u->xpos != TL_XPOS_HYPH) || u->upos == TL_UPOS_SCONJ)
			return 0;
	}
	return 0;
}

/* The relation the words before the timex's first token give the event
 * after which the timex comes ("since", "until": data/anchoring.txt); that
 * of a noun the timex modifies after "from" or "to" is the noun's own
 * time ("the 2018 ceremony when he gave his award").  relation_at: the
 * same of the preposition at token p (prep_before), first when none. */
static const char *
relation_at(const TlEvDoc *d, const Rules *r, size_t p, size_t first, gboolean modifier)
{
	if (p == first && first >= 2 && strcmp(tl_evdoc_lower(d, first - 1), "than") == 0 &&
	    tl_evdoc_tok(d, first - 2)->sent == tl_evdoc_tok(d, first)->sent) {
		/* "later than March 1" is after it, "no later than March 1"
		 * before it: a deadline */
		const char *c = tl_evdoc_lower(d, first - 2);
		gboolean later = strcmp(c, "later") == 0, earlier = strcmp(c, "earlier") == 0 ||
		                                                   strcmp(c, "sooner") == 0;
		gboolean no = first >= 3 && tl_evdoc_tok(d, first - 3)->sent == tl_evdoc_tok(d, first)->sent &&
		              (strcmp(tl_evdoc_lower(d, first - 3), "no") == 0 ||
		               strcmp(tl_evdoc_lower(d, first - 3), "not") == 0);
		if (later || earlier)
			return later != no ? "AFTER" : "BEFORE";
	}
	if (p == first)
		return "IS_INCLUDED";
	const char *w = tl_evdoc_lower(d, p);
	if (modifier && (strcmp(w, "from") == 0 || strcmp(w, "to") == 0))
		return "IS_INCLUDED";
	return g_hash_table_lookup(r->prep, w);
}

static const char *
relation_before(const TlEvDoc *d, const Rules *r, size_t first, size_t sent_first,
                gboolean modifier)
{
	return relation_at(d, r, prep_before(d, r, first, sent_first), first, modifier);
}

/* Does "when" lie among tokens [a, b), with no comma after it: the event at
 * b is told in a clause of the time before ("from 2015, when he joined the
 * board"; not "Since 1973, when skulls were last surveyed, scientists have
 * documented")? */
static gboolean
when_between(const TlEvDoc *d, size_t a, size_t b)
{
	gboolean when = FALSE;
	for (size_t j = a; j < b; j++)
		if (strcmp(tl_evdoc_lower(d, j), "when") == 0)
			when = TRUE;
		else if (tl_evdoc_tok(d, j)->xpos == TL_XPOS_COMMA)
			when = FALSE;
	return when;
}

/* Does a clause of "when" open right after the timex that ends before
 * token b, a comma at most between, and hold token i ("since November,
 * when he was found"; not "a ban in August after concluding that tobacco
 * smoke, when confined")? */
static gboolean
when_clause(const TlEvDoc *d, size_t b, size_t i)
{
	size_t j = b;
	if (j < i && tl_evdoc_tok(d, j)->xpos == TL_XPOS_COMMA)
		j++;
	return j < i && strcmp(tl_evdoc_lower(d, j), "when") == 0 && when_between(d, j, i);
}

/* Is ev told in a clause of "when" right after the timex that ends before
 * token b, as what happened then ("cared for him since November, when he
 * was found")?  Not a past perfect ("when the rebels had fired": before
 * then), nor a report or hope in the present ("by June 30, when it hopes
 * to implement": said now). */
static gboolean
told_then(const TlEvDoc *d, const TlEvent *ev, size_t b)
{
	if (ev->tok < b || !when_clause(d, b, ev->tok) || strcmp(ev->aspect, "NONE") != 0)
		return FALSE;
	return !((ev->cls == TL_EVC_REPORTING || ev->cls == TL_EVC_I_STATE) &&
	         strcmp(ev->tense, "PAST") != 0);
}

/* Is token i the noun the timex ending before token b modifies (when
 * `modifier`: tl_anc_modifier), or in the noun's phrase right after it
 * ("ahead of the 2016 presidential election": the election's own time,
 * whatever the preposition says of the phrase)? */
static gboolean
modified(const TlEvDoc *d, gboolean modifier, size_t b, size_t i)
{
	if (!modifier || i < b || i > b + 3)
		return FALSE;
	for (size_t j = b; j <= i; j++) {
		guint8 u = tl_evdoc_tok(d, j)->upos;
		if (u != TL_UPOS_NOUN && u != TL_UPOS_PROPN && u != TL_UPOS_ADJ &&
		    tl_evdoc_tok(d, j)->xpos != TL_XPOS_POS && tl_evdoc_tok(d, j)->xpos != TL_XPOS_HYPH)
			return FALSE;
	}
	return TRUE;
}

/* Verbs whose object's figure is of its period ("had 1986 sales"). */
static const char *const holding[] = {"have", "show", "post", "record", NULL};

/* Is token j a preposition that says no time before the thing it governs
 * ("to", "with", "against": anchoring.txt "thing")? */
static gboolean
thing_prep(const TlEvDoc *d, const Rules *r, size_t j)
{
	return tl_evdoc_tok(d, j)->upos == TL_UPOS_ADP &&
	       g_hash_table_contains(r->thing, tl_evdoc_lower(d, j));
}

/* Are tokens [a, b) no more than the front of a noun phrase: a determiner,
 * a possessive, a number or an adjective? */
static gboolean
object_front(const TlEvDoc *d, size_t a, size_t b)
{
	if (b > a + 3)
		return FALSE;
	for (size_t j = a; j < b; j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->upos != TL_UPOS_DET && u->upos != TL_UPOS_ADJ && u->upos != TL_UPOS_NUM &&
		    u->xpos != TL_XPOS_PRPS)
			return FALSE;
	}
	return TRUE;
}

/* Is the noun phrase the timex ending before token b modifies an event's
 * ("the 2016 presidential election", not "its 2015 profit")? */
static gboolean
modified_event(const TlEvDoc *d, const TlEvent *evs, size_t n, size_t b)
{
	for (size_t j = b; j < b + 4 && j < d->toks->len && modified(d, TRUE, b, j); j++)
		if (event_at(evs, n, j))
			return TRUE;
	return FALSE;
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

/* The phase (anchoring.txt "phase": "BEGIN", "END") of the verb at token
 * v, or NULL. */
static const char *
phase_of(const TlEvDoc *d, const Rules *r, size_t v)
{
	return tl_evdoc_tok(d, v)->upos == TL_UPOS_VERB ? g_hash_table_lookup(r->phase, tl_evdoc_lemma(d, v))
	                                                 : NULL;
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
		phase = phase_of(d, r, j - 1);
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

/* The first of the adverbs right before token i, back to token first (i
 * itself when none). */
static size_t
past_adverbs(const TlEvDoc *d, size_t i, size_t first)
{
	while (i > first && tl_evdoc_tok(d, i - 1)->upos == TL_UPOS_ADV)
		i--;
	return i;
}

/* Is the event a verb whose verb group is finite but not in the simple past
 * ("had resigned", "would determine", "will cost", "shows"; not "to
 * finalise" nor "dealing", which share their governor's time)? */
static gboolean
other_finite(const TlEvDoc *d, const TlEvent *ev)
{
	if (tl_evdoc_tok(d, ev->tok)->upos != TL_UPOS_VERB)
		return FALSE;
	gboolean past = strcmp(ev->tense, "PAST") == 0;
	if (!past && strcmp(ev->tense, "PRESENT") != 0 && strcmp(ev->tense, "FUTURE") != 0 &&
	    !ev->modality)
		return FALSE;
	return !past || ev->modality || strcmp(ev->aspect, "NONE") != 0;
}

/* Does the fuzzy timex that ends before token b end in an adjective before
 * its noun ("her past experience impacts the current race", "its remaining
 * current obligations", "failed to recognize the future prospects", "Boris
 * Johnson, the current prime minister, on September 10")?  The head noun's
 * token, or 0: the timex dates that noun alone. */
static size_t
fuzzy_adjective(const TlEvDoc *d, const char *value, size_t b)
{
	if (calendar(value) || b == 0 || tl_evdoc_tok(d, b - 1)->xpos != TL_XPOS_JJ)
		return 0;
	/* the noun phrase's head: "the current prime minister" */
	size_t head = 0;
	for (size_t j = b; j < d->toks->len && j < b + 4; j++) {
		guint8 x = tl_evdoc_tok(d, j)->xpos;
		if (x == TL_XPOS_NN || x == TL_XPOS_NNS || x == TL_XPOS_NNP || x == TL_XPOS_NNPS)
			head = j;
		else if (x != TL_XPOS_JJ)
			break;
	}
	return head;
}

/* Is the timex at token a right after a past or a participle, an event,
 * that follows a noun ("the members of its board appointed last week by
 * Dixons had resigned", "the plan approved Monday will cost", "prices rose
 * Monday and have since fallen")?  That verb's token, or 0: the timex is
 * that verb's, and an event after it in another tense or aspect does not
 * take it (one in the simple past may be the same act: "The warrant issued
 * Monday charged Kopp").  Not a verb that reports its time's news, which
 * says nothing of what it reports ("said today its troops would join":
 * TimeBank dates the joining by it), nor one whose timex modifies a noun
 * (`modifier`: "said Friday's profittaking"). */
static size_t
reduced_participle(const TlEvDoc *d, const TlEvent *evs, size_t n, size_t a, gboolean modifier,
                   size_t sent_first)
{
	size_t j = past_adverbs(d, a, sent_first);
	if (j < sent_first + 2)
		return 0;
	guint8 v = tl_evdoc_tok(d, j - 1)->xpos;
	if (v != TL_XPOS_VBN && v != TL_XPOS_VBD)
		return 0;
	guint8 x = tl_evdoc_tok(d, j - 2)->xpos;
	if (x != TL_XPOS_NN && x != TL_XPOS_NNS && x != TL_XPOS_NNP && x != TL_XPOS_NNPS)
		return 0;
	size_t f = tl_anc_first_event_at(evs, n, (guint32)(j - 1));
	if (modifier || f == n || evs[f].tok != j - 1 || tl_anc_reports(&evs[f]))
		return 0;
	return j - 1;
}

gboolean
tl_anc_schedule_participle(const TlEvDoc *d, size_t j)
{
	static const char *const words[] = {"scheduled", "rescheduled", "planned", "slated", "set", "due",
	                                    "timed", "expected", NULL};
	if (j == 0)
		return FALSE;
	const TlEvTok *v = tl_evdoc_tok(d, j), *h = tl_evdoc_tok(d, j - 1);
	return (v->xpos == TL_XPOS_VBN || v->xpos == TL_XPOS_JJ) && tl_ev_word_in(tl_evdoc_lower(d, j), words) &&
	       (h->upos == TL_UPOS_NOUN || h->upos == TL_UPOS_PROPN) && h->sent == v->sent;
}

gboolean
tl_anc_unplans(const TlEvDoc *d, const TlEvent *ev)
{
	return g_hash_table_contains(rules_default()->unplan, tl_evdoc_lemma(d, ev->tok));
}

/* Is the timex at token a the target of a schedule's participle after a
 * noun, over its preposition or its infinitive ("the elections scheduled
 * for April were postponed", "talks scheduled to start on Monday were
 * called off", "the meeting planned for June 5 was cancelled")?  That
 * participle's token, or 0: a verb after the timex that undoes the plan
 * is not then. */
static size_t
scheduled_for(const TlEvDoc *d, size_t a, size_t first)
{
	size_t j = a;
	if (j > first && tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_ADP)
		j--;
	if (j >= first + 2 && tl_evdoc_tok(d, j - 1)->xpos == TL_XPOS_VB && tl_evdoc_tok(d, j - 2)->xpos == TL_XPOS_TO)
		j -= 2;
	return j >= first + 2 && tl_anc_schedule_participle(d, j - 1) ? j - 1 : 0;
}

/* Is the event an infinitive seen from now: "to" + a bare verb (not "to
 * have" + participle) whose nearest finite verb before it, in its clause
 * and outside quotes, is a present or a present perfect, with no timex
 * between ("has expressed a preference to proceed similarly to the trial of
 * Bill Clinton in 1998", "is expected to rise"; not "the decision in
 * January to declare")?  What it tells lies at or after the article's time. */
static gboolean
infinitive_now(const TlEvDoc *d, const TlEvent *ev, guint32 sent_first, const guint8 *timex_tok)
{
	if (strcmp(ev->tense, "INFINITIVE") != 0 || ev->tok == 0 ||
	    tl_evdoc_tok(d, ev->tok)->xpos != TL_XPOS_VB)
		return FALSE;
	size_t j = past_adverbs(d, ev->tok, sent_first); /* "to quickly act" */
	if (j == sent_first || tl_evdoc_tok(d, j - 1)->xpos != TL_XPOS_TO)
		return FALSE;
	gboolean present = FALSE;
	for (j--; j > sent_first; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (u->xpos == TL_XPOS_COMMA || u->xpos == TL_XPOS_COLON || u->xpos == TL_XPOS_LQUOTE ||
		    u->xpos == TL_XPOS_RQUOTE || u->xpos == TL_XPOS_WDT || u->xpos == TL_XPOS_WP ||
		    u->upos == TL_UPOS_SCONJ || (timex_tok && (timex_tok[j - 1] & TL_EV_TX_DATING)))
			return FALSE;
		if (tl_ev_finite_xpos(u->xpos)) {
			present = u->xpos == TL_XPOS_VBZ || u->xpos == TL_XPOS_VBP;
			break;
		}
	}
	if (!present)
		return FALSE;
	/* said from now, not in a quote of another time */
	for (; j > sent_first; j--) {
		guint8 x = tl_evdoc_tok(d, j - 1)->xpos;
		if (x == TL_XPOS_RQUOTE)
			break;
		if (x == TL_XPOS_LQUOTE)
			return FALSE;
	}
	return TRUE;
}

/* Do tokens [a, b) name a day ("April 1", "Monday": a digit or a weekday
 * among them)? */
static gboolean
day_timex(const TlEvDoc *d, size_t a, size_t b)
{
	static const char *const weekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
	                                       "saturday", "sunday", "today", "yesterday", "tomorrow", NULL};
	for (size_t j = a; j < b; j++) {
		const char *w = tl_evdoc_lower(d, j);
		if ((g_ascii_isdigit(w[0]) && strlen(w) <= 2) || tl_ev_word_in(w, weekdays))
			return TRUE;
	}
	return FALSE;
}

/* Is the timex at token a the time of a figure compared with ("rose to 143
 * mln from 117 mln in 1985", "against 695,000 tonnes in 1986", "compared
 * with 123,092 a year ago")?  The first token of that phrase ("from"), or
 * 0: the timex dates the figure ("a 93% increase from 88 deaths in May":
 * the deaths), not the event before the phrase ("than" is left: "to more
 * than 10 billion in 1987 from ..."). */
static size_t
comparison_base(const TlEvDoc *d, size_t a, size_t b, size_t sent_first)
{
	static const char *const preps[] = {"in", "for", "at", "on", NULL};
	static const char *const base[] = {"from", "against", "versus", "vs", NULL};
	static const char *const compared[] = {"with", "to", NULL};
	static const char *const period[] = {"of", "at", "in", NULL};
	/* the time itself compared with, after a figure: "fell 0.2 pct
	 * against March 1986", "rose 10.3 pct compared with a year earlier";
	 * not the results a charge is made against ("a 6.5 mln dlr charge
	 * against third quarter results") */
	/* (not "from": "from April 1" is when it starts) */
	static const char *const direct[] = {"against", "versus", "vs", NULL};
	static const char *const accounts[] = {"results", "earnings", "income", NULL};
	if (a > sent_first + 2) {
		const char *w = tl_evdoc_lower(d, a - 1);
		size_t q = 0;
		if (tl_ev_word_in(w, direct) &&
		    !(strcmp(w, "against") == 0 && b < d->toks->len &&
		      tl_ev_word_in(tl_evdoc_lower(d, b), accounts)))
			q = a - 1;
		else if (tl_ev_word_in(w, compared) && strcmp(tl_evdoc_lower(d, a - 2), "compared") == 0)
			q = a - 2;
		for (size_t k = q; q && k > sent_first && k + 4 > q; k--)
			if (tl_evdoc_tok(d, k - 1)->xpos == TL_XPOS_CD)
				return q;
	}
	/* a month, quarter or year right after "from" and a figure: "rose
	 * 3.6 pct to 280.36 billion dlrs from December" (a day after "from"
	 * is when something starts: "rise 5 pct from April 1") */
	if (a > sent_first + 3 && strcmp(tl_evdoc_lower(d, a - 1), "from") == 0 && !day_timex(d, a, b)) {
		/* the unit: "dlrs", "pct", "tonnes" (not of time: "stable prices
		 * for 30 years from 1949") */
		static const char *const spans[] = {"years", "months", "weeks", "days", "hours",
		                                    "decades", "year", "month", "week", "day", NULL};
		size_t k = a - 1;
		while (k > sent_first && a - k < 4 && tl_evdoc_tok(d, k - 1)->upos == TL_UPOS_NOUN &&
		       !tl_ev_word_in(tl_evdoc_lower(d, k - 1), spans))
			k--;
		/* (in a past: "VAT will rise to 20 pct from January" starts
		 * then) */
		gboolean ahead = FALSE;
		for (size_t q = a; q-- > sent_first && a - q < 12 && !ahead;)
			ahead = tl_evdoc_tok(d, q)->xpos == TL_XPOS_MD || tl_evdoc_tok(d, q)->xpos == TL_XPOS_VB ||
			        tl_evdoc_tok(d, q)->xpos == TL_XPOS_VBP || tl_evdoc_tok(d, q)->xpos == TL_XPOS_VBZ;
		if (!ahead && k > sent_first && k < a - 1 && tl_evdoc_tok(d, k - 1)->xpos == TL_XPOS_CD)
			return a - 1;
	}
	size_t j = a;
	if (j > sent_first && tl_ev_word_in(tl_evdoc_lower(d, j - 1), preps))
		j--;
	/* the time after "than": "stood 93.6 pct higher than in February
	 * 1986", "slowed growth to a larger extent than in January" */
	/* (not "less than" a time, nor "no later than" one: a deadline) */
	static const char *const amount[] = {"less", "more", "fewer", "no", "rather", "other",
	                                     "later", "earlier", "sooner", NULL};
	if (j > sent_first + 1 && strcmp(tl_evdoc_lower(d, j - 1), "than") == 0 &&
	    !tl_ev_word_in(tl_evdoc_lower(d, j - 2), amount))
		return j - 1;
	/* a time counted back after "from" and what it is of: "dropped 3.6
	 * pct from their levels a year earlier", "from the same period a year
	 * ago" ("from April 1" is when something starts) */
	static const char *const back[] = {"earlier", "ago", "before", NULL};
	if (b > a && tl_ev_word_in(tl_evdoc_lower(d, b - 1), back)) {
		size_t k = a;
		while (k > sent_first && a - k < 6) {
			guint8 x = tl_evdoc_tok(d, k - 1)->xpos;
			if (x != TL_XPOS_DT && x != TL_XPOS_PRPS && x != TL_XPOS_JJ &&
			    x != TL_XPOS_NN && x != TL_XPOS_NNS)
				break;
			k--;
		}
		guint8 x = tl_evdoc_tok(d, k)->xpos;
		if (k > sent_first && strcmp(tl_evdoc_lower(d, k - 1), "from") == 0 &&
		    (k == a || x == TL_XPOS_DT || x == TL_XPOS_PRPS))
			return k - 1;
	}
	gboolean figure = FALSE;
	for (; j > sent_first && a - j < 12; j--) {
		guint8 x = tl_evdoc_tok(d, j - 1)->xpos;
		if (x == TL_XPOS_CD || x == TL_XPOS_DOLLAR || x == TL_XPOS_SYM)
			figure = TRUE;
		else if (x == TL_XPOS_DT || x == TL_XPOS_JJ || x == TL_XPOS_CC ||
		         (x == TL_XPOS_VBN && figure) ||
		         (x == TL_XPOS_IN && tl_ev_word_in(tl_evdoc_lower(d, j - 1), period)))
			continue; /* "bales at the end of the 1985 season", "vs 150,746 bales
			           * in the 1985 crop and 126,117 bales in 1984", "from a
			           * restated 6.65 billion dlrs in 1985" */
		else if (x != TL_XPOS_NN && x != TL_XPOS_NNS &&
		         /* (a figure's unit, whatever the tagger read: "47.4 mln
		          * dlrs", dlrs a VBZ) */
		         !(j >= sent_first + 2 && tl_evdoc_tok(d, j - 2)->xpos == TL_XPOS_CD &&
		           (x == TL_XPOS_VBZ || x == TL_XPOS_VBP || x == TL_XPOS_NNP || x == TL_XPOS_NNPS)))
			break;
	}
	if (!figure || j == sent_first)
		return 0;
	const char *w = tl_evdoc_lower(d, j - 1);
	if (tl_ev_word_in(w, base) || (tl_ev_word_in(w, compared) && j - 1 > sent_first &&
	                               strcmp(tl_evdoc_lower(d, j - 2), "compared") == 0))
		return j - 1;
	return 0;
}

/* Is the event at token i in a relative clause ("who", "which") that
 * closes at the comma at token c, with no other comma or clause between? */
static gboolean
in_relative(const TlEvDoc *d, size_t i, size_t c, size_t sent_first)
{
	for (size_t j = i + 1; j < c; j++)
		if (tl_evdoc_tok(d, j)->xpos == TL_XPOS_COMMA || tl_ev_finite_xpos(tl_evdoc_tok(d, j)->xpos))
			return FALSE;
	for (size_t j = i; j > sent_first && i - j < 8; j--) {
		guint8 x = tl_evdoc_tok(d, j - 1)->xpos;
		if (x == TL_XPOS_WP || x == TL_XPOS_WDT)
			return TRUE;
		if (x == TL_XPOS_COMMA || tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_VERB)
			return FALSE;
	}
	return FALSE;
}

#ifndef INCLUDED_REACH
#define INCLUDED_REACH 10
#endif

/* Is the timex at token a in a phrase of "including" or "excluding" ("vote
 * through the mail, including 73% of votes in the 2018 midterm elections",
 * "sold the plant, including its 1985 inventory, to a rival")?  The token of
 * that word, else 0: the timex dates what is in the phrase, not what comes
 * before it. */
static size_t
included(const TlEvDoc *d, size_t a, size_t sent_first)
{
	static const char *const incl[] = {"including", "excluding", NULL};
	for (size_t j = a; j > sent_first && a - j < INCLUDED_REACH; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		/* (not "in the week up to and including April 6") */
		if (tl_ev_word_in(tl_evdoc_lower(d, j - 1), incl))
			return j > sent_first + 1 && tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_CCONJ ? 0 : j - 1;
		if (u->upos == TL_UPOS_PUNCT || u->upos == TL_UPOS_VERB || u->upos == TL_UPOS_AUX ||
		    u->upos == TL_UPOS_CCONJ || u->upos == TL_UPOS_SCONJ)
			return 0;
	}
	return 0;
}

#ifndef SINCE_REACH
#define SINCE_REACH 10
#endif

/* Is the timex at token a, after "since", the base of a superlative or a
 * record before it ("the biggest drop since 1914", "growth was the lowest
 * since the mid-1960s", "a record high since March"), or in the phrase or
 * clause such a "since" opens ("the highest level since the Great
 * Depression of the 1930s", "the biggest since the reforms began in
 * 1979")?  The token of "since", else 0.  What comes before is no event
 * since that time.  p: the preposition before the timex (prep_before), a
 * when none; floor: the end of the timex before. */
static size_t
superlative_since(const TlEvDoc *d, size_t p, size_t a, size_t sent_first, size_t floor)
{
	static const char *const most[] = {"first", "record", "most", "least", NULL};
	if (p == a || strcmp(tl_evdoc_lower(d, p), "since") != 0) {
		/* (not past another time: "its lowest since the 1960s between
		 * November and January") */
		size_t lo = MAX(sent_first, floor <= a ? floor : 0);
		gboolean found = FALSE;
		for (p = a; !found && p > lo && a - p < SINCE_REACH; p--) {
			const TlEvTok *u = tl_evdoc_tok(d, p - 1);
			if ((u->upos == TL_UPOS_PUNCT && u->xpos != TL_XPOS_HYPH) ||
			    u->upos == TL_UPOS_CCONJ)
				return 0;
			found = strcmp(tl_evdoc_lower(d, p - 1), "since") == 0;
		}
		if (!found)
			return 0;
	}
	for (size_t j = p; j > sent_first && p - j < 6; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if ((u->xpos == TL_XPOS_JJS || u->xpos == TL_XPOS_RBS ||
		     tl_ev_word_in(tl_evdoc_lower(d, j - 1), most)) &&
		    !(j > sent_first + 1 && strcmp(tl_evdoc_lower(d, j - 2), "at") == 0))
			return p; /* not "at least 43% since 1987" */
		if (u->upos == TL_UPOS_VERB || u->upos == TL_UPOS_AUX || u->xpos == TL_XPOS_COMMA)
			break;
	}
	return 0;
}

/* Is the event a participle that opens an aside between commas, with the
 * aside closed and a finite verb after it before token a ("A fourth, also
 * co-written with Jonna Mendez, is due out in May": May is the book's
 * coming out, not the writing)? */
static gboolean
aside_participle(const TlEvDoc *d, const TlEvent *ev, size_t a, size_t sent_first)
{
	guint8 x = tl_evdoc_tok(d, ev->tok)->xpos;
	if (x != TL_XPOS_VBN && x != TL_XPOS_VBG)
		return FALSE;
	size_t j = past_adverbs(d, ev->tok, sent_first); /* ", also co-written" */
	if (j == sent_first || tl_evdoc_tok(d, j - 1)->xpos != TL_XPOS_COMMA)
		return FALSE;
	gboolean closed = FALSE;
	for (size_t k = ev->tok + 1; k < a; k++) {
		guint8 y = tl_evdoc_tok(d, k)->xpos;
		if (y == TL_XPOS_COMMA)
			closed = TRUE;
		else if (closed && tl_ev_finite_xpos(y))
			return TRUE;
	}
	return FALSE;
}

#ifndef SEQUENCE_COST
#define SEQUENCE_COST 6
#endif

/* Is there "after", "before", "since" or "until" among tokens [lo, hi)? */
static gboolean
sequence_between(const TlEvDoc *d, size_t lo, size_t hi)
{
	static const char *const seq[] = {"after", "before", "since", "until", NULL};
	for (size_t j = lo; j < hi; j++)
		if ((tl_evdoc_tok(d, j)->upos == TL_UPOS_ADP || tl_evdoc_tok(d, j)->upos == TL_UPOS_SCONJ) &&
		    tl_ev_word_in(tl_evdoc_lower(d, j), seq))
			return TRUE;
	return FALSE;
}

/* Is there a "then" after a comma or "and" among tokens [lo, hi), which
 * puts what follows it after what comes before ("recorded four albums,
 * then in 1968 disbanded": 1968 dates no recording)? */
static gboolean
then_between(const TlEvDoc *d, const TlEvSent *s, size_t ev_tok, size_t lo, size_t hi)
{
	for (size_t j = lo > 0 ? lo : 1; j < hi; j++) {
		if (!tl_anc_then_at(d, j))
			continue;
		/* a predicate of its own on the other side of it from the
		 * event (not "consider the paper separately and then jointly
		 * tomorrow", one verb's times) */
		size_t from = ev_tok > j ? s->first : j + 1, to = ev_tok > j ? j : s->last;
		for (size_t k = from; k < to; k++)
			if (k != ev_tok && tl_evdoc_tok(d, k)->upos == TL_UPOS_VERB)
				return TRUE;
	}
	return FALSE;
}

/* Does the timex at token a end a relative clause: a relative pronoun
 * after its noun and then a finite verb before it, no comma, conjunction
 * or subordinator between? */
static gboolean
relative_ending(const TlEvDoc *d, const TlEvSent *s, size_t a)
{
	static const char *const time_preps[] = {"since", "after", "before", "until", "till", NULL};
	/* (not a time inside a verb group or after its subject: "who might
	 * some day find", "the most secure we now have") */
	if (a > s->first) {
		const TlEvTok *p = tl_evdoc_tok(d, a - 1);
		if (p->upos == TL_UPOS_AUX || p->xpos == TL_XPOS_MD || p->upos == TL_UPOS_PRON)
			return FALSE;
	}
	gboolean verb = FALSE;
	for (size_t j = a; j > s->first && j + 10 > a; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		/* (the time's own "since" or "after" is no subordinator) */
		if (u->xpos == TL_XPOS_COMMA || (u->mark & TL_EVM_HARD) || u->upos == TL_UPOS_CCONJ ||
		    (u->upos == TL_UPOS_SCONJ && (j < a || !tl_ev_word_in(tl_evdoc_lower(d, j - 1), time_preps))))
			return FALSE;
		/* (or its auxiliary: "plants that had halted production since
		 * May 4 had been resolved") */
		if ((u->upos == TL_UPOS_VERB || u->upos == TL_UPOS_AUX) && tl_ev_finite_xpos(u->xpos))
			verb = TRUE;
		/* (the nearest such pronoun decides: not "indications are that
		 * 1987 has started") */
		if (u->xpos == TL_XPOS_WDT || u->xpos == TL_XPOS_WP)
			return verb && j - 1 > s->first &&
			       (tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_NOUN ||
			        tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_PROPN);
	}
	return FALSE;
}

/* The cost added to a time right before "and" and the event (tl_ev_anchor) */
#ifndef CONJ_COST
#define CONJ_COST 3
#endif

/* Are tokens [b, v) a coordinating conjunction, perhaps with adverbs
 * ("and", "and then", "but later")? */
static gboolean
conj_before(const TlEvDoc *d, size_t b, size_t v)
{
	if (v <= b || tl_evdoc_tok(d, b)->upos != TL_UPOS_CCONJ)
		return FALSE;
	for (size_t j = b + 1; j < v; j++)
		if (tl_evdoc_tok(d, j)->upos != TL_UPOS_ADV)
			return FALSE;
	return TRUE;
}

/* Does a predicate of its own follow the verb event ev before token b,
 * after words of ev's own: "and" or "but", perhaps a subject, then a finite
 * verb ("was shut down after the incident and reopened later that day",
 * "will raise demand and the company will boost output by March 1988"; not
 * "or", which offers one time for both: "pleaded guilty or were convicted
 * before yesterday's announcements")? */
static gboolean
next_conjunct(const TlEvDoc *d, const TlEvent *ev, size_t b)
{
	if (tl_evdoc_tok(d, ev->tok)->upos != TL_UPOS_VERB)
		return FALSE;
	for (size_t j = ev->tok + 1; j < b; j++) {
		const char *w = tl_evdoc_lower(d, j);
		if (tl_evdoc_tok(d, j)->upos != TL_UPOS_CCONJ ||
		    (strcmp(w, "and") != 0 && strcmp(w, "but") != 0) ||
		    tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_ADJ) /* "heavy but temporary" */
			continue;
		size_t k = j + 1;
		for (; k < b && k < j + 6; k++) {
			guint8 u = tl_evdoc_tok(d, k)->upos;
			if (u != TL_UPOS_DET && u != TL_UPOS_NOUN && u != TL_UPOS_PROPN &&
			    u != TL_UPOS_PRON && u != TL_UPOS_ADJ && u != TL_UPOS_NUM &&
			    u != TL_UPOS_ADV)
				break;
		}
		/* right after ev, only a clause with a subject of its own
		 * ("will rise and the firm will double"; "arrested and
		 * charged on Monday" shares the time) */
		if (k < b && tl_ev_finite_xpos(tl_evdoc_tok(d, k)->xpos) &&
		    (j > ev->tok + 1 || k > j + 1))
			return TRUE;
		/* (or the tagger's participle for a past right after the
		 * conjunction, past words of ev's own: "married before his
		 * birth but divorced in 1971") */
		/* (after "but" only: "was rescued from bankruptcy and taken
		 * into state ownership in 1971", "destroyed an oil platform
		 * and struck at a second on Monday" are one time) */
		if (k == j + 1 && k < b && j > ev->tok + 1 && strcmp(w, "but") == 0 &&
		    tl_evdoc_tok(d, k)->xpos == TL_XPOS_VBN && tl_evdoc_tok(d, k)->upos == TL_UPOS_VERB &&
		    (tl_evdoc_tok(d, ev->tok)->xpos == TL_XPOS_VBD || tl_evdoc_tok(d, ev->tok)->xpos == TL_XPOS_VBN))
			return TRUE;
	}
	return FALSE;
}

/* The subordinator among tokens [a, b) that opens a clause whose finite
 * verb comes before b (the last such), or b when there is none: "since the
 * council was set up", "if the vote fails", "after the scandal broke", and
 * one of time before a gerund ("after falling 15,000 in January", "since
 * launching an offensive last Tuesday"); not "that" or "whether", whose
 * clause is the object of what comes before. */
static size_t
subordinate_in(const TlEvDoc *d, size_t a, size_t b)
{
	static const char *const complement[] = {"that", NULL};
	size_t sub = b, found = b;
	for (size_t j = a; j < b; j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		/* "after", "before", "since" read as prepositions open a
		 * clause when a finite verb follows ("fell after the bank
		 * raised rates last week") */
		if (u->upos == TL_UPOS_SCONJ ||
		    (u->upos == TL_UPOS_ADP && tl_anc_ordering(tl_evdoc_lower(d, j))))
			sub = tl_ev_word_in(tl_evdoc_lower(d, j), complement) ? b : j;
		else if (sub < b && (tl_ev_finite_xpos(u->xpos) ||
		                     /* the tagger's participle: "the bank raised" */
		                     (u->xpos == TL_XPOS_VBN &&
		                      tl_evdoc_tok(d, sub)->upos == TL_UPOS_ADP) ||
		                     /* a gerund right after it: "rose 1.4 pct after
		                      * increasing 1.6 pct in January" */
		                     (u->xpos == TL_XPOS_VBG && j == sub + 1 &&
		                      tl_anc_ordering(tl_evdoc_lower(d, sub)))))
			found = sub;
	}
	return found;
}

/* Do two clauses stand among tokens [a, b) between a noun and a time
 * after them: two finite verbs, not counting one of a relative clause ("the
 * election in which the party appeared was in 1984"), and no subordinator
 * of time that ties the time to the noun's own predicate ("the move came
 * after Sanders ended his bid last week")? */
static gboolean
two_clauses(const TlEvDoc *d, size_t a, size_t b)
{
	size_t n = 0;
	gboolean relative = FALSE;
	for (size_t j = a; j < b; j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		const char *w = tl_evdoc_lower(d, j);
		if (tl_anc_ordering(w) || strcmp(w, "when") == 0)
			return FALSE;
		if (u->xpos == TL_XPOS_WDT || u->xpos == TL_XPOS_WP)
			relative = TRUE;
		else if (tl_ev_finite_xpos(u->xpos) && relative)
			relative = FALSE; /* the relative clause's own */
		else if (tl_ev_finite_xpos(u->xpos))
			n++;
	}
	return n >= 2;
}

/* Does the timex on tokens [a, b) stand in an aside that a comma opens
 * before it (in its sentence, from token `first`) and another closes before
 * token i? */
static gboolean
aside_closed(const TlEvDoc *d, size_t first, size_t a, size_t b, size_t i)
{
	gboolean opened = FALSE;
	for (size_t j = a; j-- > first && a - j < 16;) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->xpos == TL_XPOS_COMMA) {
			opened = TRUE;
			break;
		}
		if (u->upos == TL_UPOS_VERB || u->upos == TL_UPOS_AUX)
			return FALSE;
	}
	if (!opened)
		return FALSE;
	for (size_t j = b; j < i; j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->xpos == TL_XPOS_COMMA)
			return TRUE;
		if (u->upos == TL_UPOS_VERB || u->upos == TL_UPOS_AUX)
			return FALSE;
	}
	return FALSE;
}

/*
 * "When Loral announced the transaction January 12, the company said",
 * "When Mugabe assumed the presidency in 1987, he also became head of the
 * armed forces": a clause of "when" that opens the sentence up to its comma
 * with a verb and a date of its own dates the main clause's
 * predicate, its first verb past the comma, when that is a simple past not
 * dated by a time of its own clause (the DCT a report took is none).
 */
static void
by_when_opening(const TlEvDoc *d, TlEvent *evs, const TlEvTimex *tx, const TxFacts *fx,
                const size_t *tx_at, const size_t *ev_first)
{
	for (guint si = 0; si < d->sents->len; si++) {
		/* the tagger reads "When" as an adverb as often as not:
		 * sub_end holds subordinators only */
		const TlEvSent *st = &g_array_index(d->sents, TlEvSent, si);
		size_t w = st->first, c = 0;
		while (w < st->last && tl_evdoc_tok(d, w)->xpos == TL_XPOS_LQUOTE)
			w++;
		if (w >= st->last || strcmp(tl_evdoc_lower(d, w), "when") != 0)
			continue;
		/* one clause: a verb, and no second finite verb ("When it was
		 * formed in June 1986 it had 2.7 mln customers, US Sprint
		 * said"; "When asked whether he believed prices might
		 * strengthen later this year, Kasahara said") */
		gboolean verb = FALSE;
		int finite = 0;
		for (size_t j = w + 1; j < st->last && !c; j++) {
			const TlEvTok *u = tl_evdoc_tok(d, j);
			if (u->xpos == TL_XPOS_COMMA)
				c = j + 1;
			else if (u->upos == TL_UPOS_VERB)
				verb = TRUE;
			finite += tl_ev_finite_xpos(u->xpos);
		}
		if (!c || !verb || finite > 1)
			continue;
		int time = -1; /* the clause's last calendar date or time */
		for (size_t j = w + 1; j < c; j++) {
			size_t k = tx_at[j];
			if (k-- == 0 || fx[k].b >= c || fx[k].unknown || !tx[k].type || !tx[k].value ||
			    !g_ascii_isdigit(tx[k].value[0]) ||
			    (strcmp(tx[k].type, "DATE") != 0 && strcmp(tx[k].type, "TIME") != 0))
				continue;
			time = (int)k;
		}
		if (time < 0)
			continue;
		for (size_t e = ev_first[si]; e < ev_first[si + 1]; e++) {
			TlEvent *ev = &evs[e];
			if (ev->tok < c || tl_evdoc_tok(d, ev->tok)->upos != TL_UPOS_VERB)
				continue;
			if (strcmp(ev->tense, "PAST") == 0 && !ev->modality &&
			    strcmp(ev->aspect, "NONE") == 0 && ev->time < 0) {
				ev->time = time;
				ev->relation = "IS_INCLUDED";
			}
			break;
		}
	}
}

/* The verb that event noun i is the object of ("ended a five-day strike"),
 * over its determiners and modifiers, or G_MAXSIZE. */
static size_t
object_of(const TlEvDoc *d, size_t i, size_t sent_first)
{
	for (size_t j = i; j > sent_first && i - j < 5; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (u->upos == TL_UPOS_VERB)
			return j - 1;
		if (u->upos != TL_UPOS_DET && u->upos != TL_UPOS_ADJ && u->upos != TL_UPOS_NUM &&
		    u->upos != TL_UPOS_NOUN && u->xpos != TL_XPOS_PRPS && u->xpos != TL_XPOS_HYPH)
			break;
	}
	return G_MAXSIZE;
}

/* The verb that event noun i is the subject of, as the head (no noun after
 * it), "that" or "which" between, and adverbs and auxiliaries ("the strike
 * began", "a closure that began", "the talks have finally ended"), or
 * G_MAXSIZE. */
static size_t
subject_of(const TlEvDoc *d, size_t i, size_t sent_last)
{
	size_t j = i + 1;
	if (j < sent_last && tl_evdoc_tok(d, j)->xpos == TL_XPOS_WDT)
		j++;
	while (j < sent_last && j < i + 5 &&
	       (tl_evdoc_tok(d, j)->upos == TL_UPOS_ADV || tl_evdoc_tok(d, j)->upos == TL_UPOS_AUX))
		j++;
	return j < sent_last && tl_evdoc_tok(d, j)->upos == TL_UPOS_VERB ? j : G_MAXSIZE;
}

/*
 * "The strike began on March 3", "a closure that began on January 9,
 * 2024", "ended the five-day strike on Tuesday": an event noun dated by the
 * time of a verb of its phase that it is the subject or the object of
 * begins or ends then, rather than lies within it (and what happens "during
 * the closure" is not dated by its first day: tl_anc_by_event_nouns).
 */
static void
by_phase(const TlEvDoc *d, const Rules *r, TlEvent *evs, size_t n)
{
	for (size_t e = 0; e < n; e++) {
		TlEvent *ev = &evs[e];
		if (ev->time < 0 || strcmp(ev->relation, "IS_INCLUDED") != 0 ||
		    tl_evdoc_tok(d, ev->tok)->upos != TL_UPOS_NOUN)
			continue;
		const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
		size_t v[2] = {object_of(d, ev->tok, s->first), subject_of(d, ev->tok, s->last)};
		for (size_t f = e > 6 ? e - 6 : 0; f < n && f < e + 7; f++) {
			const char *phase;
			if ((evs[f].tok == v[0] || evs[f].tok == v[1]) && evs[f].time == ev->time &&
			    (phase = phase_of(d, r, evs[f].tok)))
				ev->relation = strcmp(phase, "END") == 0 ? "ENDS" : "BEGINS";
		}
	}
}

/* The start of the relative clause of "during which" ("during which time")
 * that token i is in, with no comma, colon, semicolon, subordinator or
 * other relative pronoun between, or 0 when there is none. */
static size_t
during_which(const TlEvDoc *d, size_t i)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, tl_evdoc_tok(d, i)->sent);
	for (size_t j = i; j > s->first + 1 && i - j < 16; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		const char *w = tl_evdoc_lower(d, j - 1);
		if (strcmp(w, "which") == 0)
			return strcmp(tl_evdoc_lower(d, j - 2), "during") == 0 ? j - 2 : 0;
		if (u->xpos == TL_XPOS_COMMA || u->xpos == TL_XPOS_COLON || u->upos == TL_UPOS_SCONJ ||
		    u->xpos == TL_XPOS_WDT || u->xpos == TL_XPOS_WP || strcmp(w, ";") == 0)
			return 0;
	}
	return 0;
}

/*
 * "the 1982-86 period, during which it received", "since January 1986,
 * during which time the loan rate fell", "paid a brief visit to the Ivory
 * Coast during which he discussed": the events of a relative clause of
 * "during which" lie within its antecedent's time, a date right before
 * (AFTER one of "since" or "from", BEFORE one of "until" or "by") or an
 * event noun of the phrase before that a time dates IS_INCLUDED.  Each
 * undated event of the clause takes it, and one dated by that same date its
 * relation.  The end of a range ("1982-86") is not the period's time.
 */
static void
by_during_which(const TlEvDoc *d, const Rules *r, TlEvent *evs, size_t n, const TlEvTimex *tx,
                const TxFacts *fx, const size_t *tx_end)
{
	for (size_t e = 0; e < n; e++) {
		TlEvent *ev = &evs[e];
		size_t w = during_which(d, ev->tok);
		const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
		if (w == 0)
			continue;
		size_t p = w; /* the antecedent ends before token p */
		if (p > s->first && tl_evdoc_tok(d, p - 1)->xpos == TL_XPOS_COMMA)
			p--;
		if (p > s->first && (strcmp(tl_evdoc_lower(d, p - 1), "here") == 0 ||
		                     strcmp(tl_evdoc_lower(d, p - 1), "there") == 0))
			p--;
		if (p <= s->first)
			continue;
		int time = -1;
		const char *rel = NULL;
		const char *start = NULL, *end = NULL;
		size_t k = tx_end[p];
		if (k-- > 0 && fx[k].a < p && !fx[k].unknown && tx[k].type &&
		    (strcmp(tx[k].type, "DATE") == 0 || strcmp(tx[k].type, "TIME") == 0)) {
			size_t a = fx[k].a;
			static const char *const range[] = {"-", "to", "and", "through", NULL};
			if (a > s->first && tl_ev_word_in(tl_evdoc_lower(d, a - 1), range))
				continue;
			const char *before = relation_before(d, r, a, s->first, fx[k].modifier);
			time = (int)k;
			rel = strcmp(before, "BEGINS") == 0  ? "AFTER"
			      : strcmp(before, "ENDS") == 0 ? "BEFORE"
			      : strcmp(before, "BEFORE") == 0 ? "BEFORE"
			                                      : "IS_INCLUDED";
		}
		if (time < 0) {
			/* an event noun of the phrase before: "a brief weekend
			 * visit to the Ivory Coast" */
			for (size_t j = p; j-- > s->first && p - j <= 6;) {
				const TlEvTok *u = tl_evdoc_tok(d, j);
				size_t f = tl_anc_first_event_at(evs, n, (guint32)j);
				if (f < n && evs[f].tok == j && u->upos == TL_UPOS_NOUN) {
					if (evs[f].time >= 0 && evs[f].relation &&
					    strcmp(evs[f].relation, "IS_INCLUDED") == 0) {
						time = evs[f].time;
						rel = "IS_INCLUDED";
						start = evs[f].range_start;
						end = evs[f].range_end;
					}
					break;
				}
				if (u->upos != TL_UPOS_NOUN && u->upos != TL_UPOS_PROPN &&
				    u->upos != TL_UPOS_ADP && u->upos != TL_UPOS_DET &&
				    u->upos != TL_UPOS_ADJ)
					break;
			}
		}
		if (time < 0 || (ev->time >= 0 && ev->time != time))
			continue;
		ev->time = time;
		ev->relation = rel;
		g_free(ev->range_start);
		g_free(ev->range_end);
		ev->range_start = g_strdup(start);
		ev->range_end = g_strdup(end);
	}
}

/*
 * counts[j]: how many tokens [0, j) are word (new array of d->toks->len +
 * 1): the semicolons, the "whether"s that open a question.  Whether one
 * lies between an event and a timex was a walk over the tokens between: a
 * sentence's main verb weighs every timex from the sentence's start, so one
 * sentence of many dates before its verb ("WASHINGTON, April 1 (Reuters) - "
 * 96,000 times, then "it rained") took 27 s (48,000: 4.9 s), quadratic.
 */
static guint32 *
word_counts(const TlEvDoc *d, const char *word)
{
	guint32 *counts = g_new(guint32, d->toks->len + 1);
	counts[0] = 0;
	/* the first byte tells most tokens apart without a call */
	for (size_t j = 0; j < d->toks->len; j++) {
		const char *w = tl_evdoc_lower(d, j);
		counts[j + 1] = counts[j] + (w[0] == word[0] && strcmp(w, word) == 0);
	}
	return counts;
}

/* Is there a semicolon among tokens [a, b) (n_semi: word_counts), or
 * a "that" that opens a clause (n_that: tl_anc_complement_counts), or a
 * "whether" (n_whether: word_counts)? */
static gboolean
counted_in(const guint32 *counts, size_t a, size_t b)
{
	return a < b && counts[b] > counts[a];
}

/* Is there a finite verb among tokens [a, b)? */
static gboolean
finite_in(const TlEvDoc *d, size_t a, size_t b)
{
	for (size_t j = a; j < b; j++)
		if (tl_ev_finite_xpos(tl_evdoc_tok(d, j)->xpos))
			return TRUE;
	return FALSE;
}

/* The comma that closes a phrase of time opening the clause of "that"
 * whose predicate verb token i is (tl_anc_that_opening), the phrase
 * opening with a preposition of the table or "between" ("estimated that by
 * 1990, the division would account", "said that between 1978 and 1983,
 * the defendants conspired"; not "despite", "with" or "under", which set
 * no time), and the "that" one that opens a clause (n_that); else 0.  A
 * report after such a comma is an attribution, no predicate of the clause
 * ("operating at about half that in January, spokesman Leclerc said"),
 * and what intends or is expected is not at the time of what it intends
 * ("by year-end 1987, it intends to complete"): the caller leaves reports
 * and intending events out. */
static size_t
that_setting(const TlEvDoc *d, const Rules *r, const guint32 *n_that, size_t i, size_t *that)
{
	size_t c = tl_anc_that_opening(d, i, that);
	if (c == 0 || !counted_in(n_that, *that, *that + 1))
		return 0;
	size_t j = *that + 1;
	if (tl_evdoc_tok(d, j)->xpos == TL_XPOS_COMMA)
		j++;
	const char *w = tl_evdoc_lower(d, j);
	return j < c && (g_hash_table_contains(r->prep, w) || strcmp(w, "between") == 0 ||
	                 strcmp(w, "effective") == 0) ? c : 0;
}

/* Is the preposition at token p (prep_before of the timex at token a, a
 * when none) one of time ("before yesterday's announcements", "after last
 * year's election")? */
static gboolean
time_prep(const TlEvDoc *d, const Rules *r, size_t p, size_t a)
{
	if (p == a)
		return FALSE;
	const char *rel = g_hash_table_lookup(r->prep, tl_evdoc_lower(d, p));
	return rel && strcmp(rel, "IS_INCLUDED") != 0;
}

/* Is there a verb that reports or intends among the events before evs[e]
 * from token `from` on ("announced yesterday that he will withdraw": from
 * two tokens before the timex)? */
static gboolean
report_between(const TlEvDoc *d, const TlEvent *evs, size_t e, size_t from)
{
	for (size_t f = e; f-- > 0 && evs[f].tok >= from;)
		if (tl_evdoc_tok(d, evs[f].tok)->upos == TL_UPOS_VERB && tl_anc_reports(&evs[f]))
			return TRUE;
	return FALSE;
}

/* Is the timex a calendar date or period over before the DCT's day ("1978",
 * "1998-10" said in 1999-01, "1989-Q3" said in 1989-11), by its range when it
 * has one (its end is exclusive)? */
static gboolean
over_before(const TlEvTimex *tx, const char *dct)
{
	if (!dct || !calendar(tx->value))
		return FALSE;
	if (tx->range1 && strlen(dct) >= 10) {
		int c = strncmp(tx->range1, dct, 10);
		return c < 0 || (c == 0 && strlen(tx->range1) == 10);
	}
	size_t n = strlen(tx->value);
	return strncmp(tx->value, dct, MIN(n, 10)) < 0;
}

/* Does the timex begin after the DCT's day ("tomorrow", "next year"), or
 * tell the rest of a period that holds it ("later this week")? */
static gboolean
begins_after(const TlEvDoc *d, const TlEvTimex *tx, const char *dct)
{
	if (!dct || !calendar(tx->value))
		return FALSE;
	if (tx->start + 6 <= d->len && g_ascii_strncasecmp(d->text + tx->start, "later ", 6) == 0)
		return TRUE;
	if (tx->range0 && strlen(dct) >= 10)
		return strncmp(tx->range0, dct, 10) > 0;
	size_t n = strlen(tx->value);
	return strncmp(tx->value, dct, MIN(n, 10)) > 0;
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
	if (strlen(tx->value) >= 10)
		return strncmp(tx->value, dct, 10) <= 0; /* the DCT's day too */
	/* a month, year or decade: one over before the article's ("helped
	 * end the war in Bosnia almost four years ago") */
	return over_before(tx, dct);
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
		               (tl_evdoc_tok(d, evs[e].tok)->upos == TL_UPOS_VERB &&
		                tl_anc_reports(&evs[e]));
	/* n_inf[k]: how many of evs[0..k) are infinitive complements ("to interfere") */
	g_autofree size_t *n_inf = g_new0(size_t, n + 1);
	for (size_t e = 0; e < n; e++)
		n_inf[e + 1] = n_inf[e] + (strcmp(evs[e].tense, "INFINITIVE") == 0);
	g_autofree guint32 *n_semi = word_counts(d, ";");
	g_autofree guint32 *asides = tl_anc_asides(d);
	g_autofree guint32 *n_whether = word_counts(d, "whether");
	g_autofree guint32 *n_that = tl_anc_complement_counts(d);
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
	/* what each timex is, the same for every event that looks at it */
	g_autofree TxFacts *fx = g_new0(TxFacts, n_tx + 1);
	for (size_t k = 0; k < n_tx; k++) {
		TxFacts *x = &fx[k];
		x->over = over_before(&tx[k], dct);
		x->unknown = tx[k].value && strncmp(tx[k].value, "XXXX-XX-XX", 10) == 0;
		x->a = tl_anc_tok_at(d, tx[k].start);
		x->b = tl_anc_tok_at(d, tx[k].end);
		if (x->a >= d->toks->len)
			continue;
		/* a year of a name in quotes dates nothing: "a program dubbed
		 * "Zrínyi 2026" in 2017" */
		if (tl_ev_quoted_name(d, x->a, x->b) || tl_anc_contract_month(d, &tx[k], x->b))
			x->unknown = TRUE;
		size_t first = g_array_index(d->sents, TlEvSent, tl_evdoc_tok(d, x->a)->sent).first;
		x->modifier = tl_anc_modifier(d, x->a, x->b);
		size_t pb = prep_before(d, r, x->a, first); /* x->a: none */
		x->compared = comparison_base(d, x->a, x->b, first);
		if (!x->compared)
			/* (a time before that is a noun's, "the two-week stoppage
			 * of March 2011", is in the phrase) */
			x->compared = superlative_since(d, pb, x->a, first,
			                                k && !fx[k - 1].modifier ? fx[k - 1].b : 0);
		x->included = included(d, x->a, first);
		x->reduced = reduced_participle(d, evs, n, x->a, x->modifier, first);
		x->sched = scheduled_for(d, x->a, first);
		const char *rb = relation_at(d, r, pb, x->a, x->modifier);
		gboolean from = pb < x->a && strcmp(tl_evdoc_lower(d, pb), "from") == 0;
		/* (and the old time: "delayed its meeting to June 22 from
		 * May 14") */
		if ((rb && strcmp(rb, "ENDS") == 0) || from)
			x->limit = limit_verb(d, r, x->a, first);
		x->fuzzy_noun = fuzzy_adjective(d, tx[k].value, x->b);
		/* a noun's modifier after "from" names a source, not a time the
		 * event begins at ("a replay from the 2018 ceremony", "recovered
		 * from the 1990 recession") */
		x->source = x->modifier && from;
		x->time_prep = time_prep(d, r, pb, x->a);
		size_t last = g_array_index(d->sents, TlEvSent, tl_evdoc_tok(d, x->a)->sent).last;
		if (subject_timex(d, first, last, x->a, x->b))
			x->own_clause = own_clause_after(d, x->b, last);
	}
	/* opening[s]: the end of sentence s's opening (opening_end) */
	g_autofree size_t *opening = g_new(size_t, d->sents->len + 1);
	for (guint si = 0; si < d->sents->len; si++)
		opening[si] =
		        tl_anc_opening_end(d, &g_array_index(d->sents, TlEvSent, si), timex_tok);
	/* src_end[s]: the token after "According to X," or after a phrase of
	 * "before", "after", "since", "until" that opens the sentence ("Shortly
	 * before Park's death, on Wednesday a case was filed": the case's
	 * Wednesday, not the death's), else 0 */
	g_autofree size_t *src_end = g_new0(size_t, d->sents->len + 1);
	for (guint si = 0; si < d->sents->len; si++)
		src_end[si] = tl_anc_source_end(d, &g_array_index(d->sents, TlEvSent, si));
	/* sub_end[s]: the token after the comma that closes a clause opening
	 * sentence s with a subordinator ("While one vaccine appears able to
	 * reduce mortality, up until now, no drugs have"), else 0 */
	g_autofree size_t *sub_end = g_new0(size_t, d->sents->len + 1);
	g_autofree size_t *sub_tok = g_new0(size_t, d->sents->len + 1); /* its subordinator */
	for (guint si = 0; si < d->sents->len; si++) {
		const TlEvSent *st = &g_array_index(d->sents, TlEvSent, si);
		size_t j = st->first;
		while (j < st->last && tl_evdoc_tok(d, j)->xpos == TL_XPOS_LQUOTE)
			j++;
		if (j >= st->last)
			continue;
		/* (an adverb before a phrase's preposition: "Shortly before
		 * Park's death,") */
		gboolean adv = j + 1 < st->last && tl_evdoc_tok(d, j)->upos == TL_UPOS_ADV &&
		               tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_ADP &&
		               tl_anc_ordering(tl_evdoc_lower(d, j + 1));
		if (adv)
			j++;
		/* "after", "before", "since", "until" open a clause when a finite
		 * verb comes before the comma ("After the talks ended on
		 * Monday,"), a phrase when none does ("After the talks,") */
		gboolean sconj = tl_evdoc_tok(d, j)->upos == TL_UPOS_SCONJ;
		if (!sconj && !(tl_evdoc_tok(d, j)->upos == TL_UPOS_ADP &&
		                tl_anc_ordering(tl_evdoc_lower(d, j))))
			continue;
		size_t sub = j;
		gboolean finite = FALSE;
		for (j++; j < st->last; j++) {
			if (tl_ev_finite_xpos(tl_evdoc_tok(d, j)->xpos))
				finite = TRUE;
			if (tl_evdoc_tok(d, j)->xpos == TL_XPOS_COMMA) {
				if ((sconj || finite) && !adv) {
					sub_tok[si] = sub;
					sub_end[si] = j + 1;
				} else if (!sconj && !finite)
					src_end[si] = MAX(src_end[si], j + 1);
				break;
			}
		}
	}
	/* main[s]: the sentence's main predicate, as its first verb group
	 * approximates it: the first verb, or a copula ("From 1967 he was a
	 * member of Parliament, during which he served": not "served"), past
	 * a relative clause in the subject ("Chirac, who served as President
	 * for twelve years, died") */
	g_autofree guint32 *main = g_new(guint32, d->sents->len + 1);
	for (guint si = 0; si < d->sents->len; si++) {
		const TlEvSent *st = &g_array_index(d->sents, TlEvSent, si);
		gboolean relative = FALSE;
		size_t aside;
		main[si] = st->last;
		for (guint32 j = (guint32)opening[si]; j < st->last && main[si] == st->last; j++) {
			const TlEvTok *u = tl_evdoc_tok(d, j);
			guint32 k = j;
			if (asides[2 * j])
				continue; /* "On May 1 -- days before it came to light -- he denied it" */
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
			} else if ((aside = main_aside_end(d, j, st)) != 0) {
				/* "the mayors, accompanied by a lawyer, flew" */
				j = (guint32)aside;
				continue;
			} else if (prep_participle(d, j)) {
				/* "three doctors, including Slepian, three clinic
				 * employees and a clinic escort have been murdered":
				 * a preposition, not the predicate */
				continue;
			} else if ((u->xpos == TL_XPOS_VBG || u->xpos == TL_XPOS_VBN) && j > st->first &&
			           j + 1 < st->last &&
			           (tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_DET ||
			            tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_ADJ) &&
			           tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_NOUN) {
				/* "a flying creature collided": the noun's
				 * adjective, not the predicate */
				continue;
			} else if (u->xpos == TL_XPOS_VBG && j > st->first &&
			           (tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_NOUN ||
			            tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_PROPN) &&
			           finite_before_comma(d, j + 1, st->last)) {
				/* "a man wearing a fake vest entered a store": the
				 * noun's participle, not the predicate */
				continue;
			}
			if (relative)
				relative = FALSE; /* the relative clause's own verb */
			else
				main[si] = tl_evdoc_tok(d, k)->upos == TL_UPOS_VERB ? k : j;
			j = k;
		}
	}
	/* subordinators of clauses that give no time to the event before (one
	 * of time, tl_anc_ordering, gives its relation: data/anchoring.txt) */
	static const char *const unrelated[] = {"if", "because", "although", "though", "unless",
	                                        "whereas", "whether", NULL};
	for (size_t e = 0; e < n; e++) {
		TlEvent *ev = &evs[e];
		ev->time = -1;
		ev->relation = NULL;
		const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
		int best = -1, best_cost = MAX_COST + 1;
		int dl_best = -1, dl_cost = MAX_COST + 1; /* the dateline's date */
		size_t best_sub = 0; /* a subordinator of time between (subordinate_in) */
		/* the best time before "and" and the event (conj_before), and
		 * the best after it in its own clause: no verb, no boundary
		 * between */
		gboolean best_conj = FALSE;
		int own = -1, own_cost = MAX_COST + 1;
		size_t own_sub = 0;
		if (prep_participle(d, ev->tok))
			continue;
		gboolean back = tl_evdoc_tok(d, ev->tok)->upos == TL_UPOS_VERB &&
		                g_hash_table_contains(r->back, tl_evdoc_lemma(d, ev->tok));
		/* a timex that opens the sentence dates its main predicate however
		 * long the phrase that follows the timex ("In July last year in
		 * Phnom Penh, Cambodia's capital, Hun Sen staged a coup") */
		gboolean main_verb = ev->tok == main[ev->sent] ||
		                     light_object(d, evs, n, main[ev->sent], ev->tok);
		/* and one that opens a clause of "that" dates that clause's
		 * predicate ("estimated that by 1990, the division would
		 * account") */
		size_t that_tok = 0, that_end = 0;
		if (tl_evdoc_tok(d, ev->tok)->upos == TL_UPOS_VERB && !tl_anc_reports(ev))
			that_end = that_setting(d, r, n_that, ev->tok, &that_tok);
		gboolean now_inf = infinitive_now(d, ev, s->first, timex_tok);
		gboolean future = strcmp(ev->tense, "FUTURE") == 0;
		/* only timexes within reach: MAX_COST tokens either side */
		size_t wa = main_verb ? s->first : ev->tok > MAX_COST ? ev->tok - MAX_COST : 0;
		/* a date that closes the main predicate's clause dates it
		 * however long its object ("The FBI put Bin Laden and Kopp on
		 * its list of the Ten Most Wanted fugitives Monday") */
		size_t close = main_verb ? tl_anc_closing_end(d, ev->tok, s->last) : 0;
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
			    (strcmp(tx[k].type, "DATE") != 0 && strcmp(tx[k].type, "TIME") != 0) ||
			    fx[k].unknown)
				continue;
			size_t a = fx[k].a, b = fx[k].b;
			if (a >= b || (ev->tok >= a && ev->tok < b))
				continue; /* no tokens, or the trigger inside the timex */
			/* a dateline's date is the article's: it dates what the
			 * first sentence tells as done or going on when no date of
			 * the clause does (below), and nothing yet to come */
			gboolean from_dateline = dateline(d, s, a, b);
			if (from_dateline &&
			    (ev->modality || strcmp(ev->tense, "FUTURE") == 0 || describing(d, ev)))
				continue;
			/* a participle's aside is closed before a time after it
			 * ("the building, located off the A496, at 09:09am": the
			 * time of the clause the aside is in) */
			if (ev->tok < a && ev->vg_first == ev->tok && ev->tok > s->first) {
				size_t e2 = tl_anc_participle_aside_end(d, ev->tok - 1, a + 1);
				if (e2 && e2 < a)
					continue;
			}
			/* a date of a thing, not of an event: "a eurobond due March
			 * 31, 1994", "a letter dated June 4" ("the election due this
			 * September" is the election's) */
			if (a > s->first + 1 && a - 1 != ev->tok && a - 2 != ev->tok && noun_date(d, a - 1))
				continue;
			/* nor a delivery's ("priced ... for delivery between May 10
			 * and July 30", "for September 5-20 delivery") */
			if ((ev->tok + 2 < a || ev->tok > b) && !for_delivery(d, ev->tok) &&
			    delivery_date(d, s->first, a, b))
				continue;
			/* a present tense is no event of a time over before the
			 * article's ("That 1978 resolution calls for"), nor an
			 * infinitive seen from now, unless the time opens the
			 * sentence ("Last month, a policeman is killed") */
			if ((present_verb(d, ev) || (now_inf && ev->tok < a)) && fx[k].over &&
			    !(ev->tok >= b && b <= opening[ev->sent]))
				continue;
			/* nor, a noun, by a time past two finite verbs ("the Biden
			 * campaign recycled a statement it first put out in
			 * July") */
			if (ev->tok < a && tl_evdoc_tok(d, ev->tok)->upos == TL_UPOS_NOUN &&
			    two_clauses(d, ev->tok + 1, a))
				continue;
			/* nor, after a semicolon, by a time before it ("entering at
			 * 0:40; she departed in tears"), nor before one by a time
			 * after it */
			if (counted_in(n_semi, MIN(ev->tok, a), MAX(ev->tok, a)))
				continue;
			/* nor, in an aside between dashes or brackets, by a time
			 * outside it ("a cellular automaton — a discrete model
			 * consisting of a grid of cells — devised around 1970") */
			if (tl_anc_outside_aside(asides, ev->tok, a, b))
				continue;
			/* nor, a report, by when something takes effect ("said
			 * that effective April six, prices will increase"): what
			 * is said takes effect then */
			if (ev->cls == TL_EVC_REPORTING && a > s->first &&
			    strcmp(tl_evdoc_lower(d, a - 1), "effective") == 0)
				continue;
			/* nor, before the "that" of a clause, by a time in that
			 * clause, whatever the event ("have recommended that
			 * another session be held in September", "said that
			 * economic growth in 1986 relied", "told a news
			 * conference that a meeting next week would") */
			if (ev->tok < a && counted_in(n_that, ev->tok + 1, a))
				continue;
			/* nor, in a question that "whether" opens, by a time
			 * before it: the asking or deciding is then, not what is
			 * asked ("will decide on April 24 whether to pay a
			 * dividend", "a referendum in 2016 on whether to
			 * remain") */
			if (ev->tok >= b && counted_in(n_whether, b, ev->tok))
				continue;
			/* nor, a time that is the subject of the first clause,
			 * what a clause with a subject of its own tells after
			 * "and" or "but" ("Election Day is quickly approaching
			 * and early voting has already started") */
			if (ev->tok >= b && fx[k].own_clause && ev->tok > fx[k].own_clause)
				continue;
			/* nor, in a clause that opens the sentence with a
			 * subordinator, by a time after the comma that closes it,
			 * nor in the source of "According to the campaign, on
			 * August 1, a bat collided" */
			if (ev->tok < sub_end[ev->sent] && a >= sub_end[ev->sent])
				continue;
			if (ev->tok < a && ev->tok < src_end[ev->sent] && a >= src_end[ev->sent])
				continue;
			/* nor by the date that modifies a noun in an aside before it
			 * ("Blankenship, the Constitution Party's 2020 presidential
			 * nominee, answered") */
			if (ev->tok >= b && fx[k].modifier && a > s->first && b > opening[ev->sent] &&
			    tl_evdoc_tok(d, a - 1)->xpos != TL_XPOS_COMMA &&
			    aside_closed(d, s->first, a, b, ev->tok))
				continue;
			/* nor, a past, by a time to come ("police soon arrived":
			 * soon after, not after the article) */
			if (tx[k].value && strcmp(tx[k].value, "FUTURE_REF") == 0 &&
			    strcmp(ev->tense, "PAST") == 0 && !ev->modality)
				continue;
			/* "the current race": the race's time, not the clause's */
			if (fx[k].fuzzy_noun && ev->tok != fx[k].fuzzy_noun)
				continue;
			/* nor by the date of a noun in another noun's complement */
			if (ev->tok < a && fx[k].modifier && inner_complement(d, s->first, a, ev->tok))
				continue;
			/* nor by the time of a source ("a replay from the 2018
			 * ceremony") */
			if (ev->tok < a && fx[k].source)
				continue;
			/* nor, a verb in another tense, by the time of a past
			 * or participle after a noun before it */
			if (ev->tok >= b && fx[k].reduced && other_finite(d, ev))
				continue;
			/* nor by the time a plan before it was for, when it
			 * undoes the plan ("the talks scheduled for Monday were
			 * postponed"; "games scheduled for Wednesday were still
			 * held" that Wednesday) */
			if (ev->tok >= b && fx[k].sched && tl_anc_unplans(d, ev))
				continue;
			/* nor by the limit a verb sets, it or what it governs
			 * ("postponed the talks until Monday", "released him on
			 * bail until October", "suspended trading until Friday":
			 * the act is not then) */
			if (ev->tok < a && fx[k].limit && ev->tok + 8 >= fx[k].limit &&
			    !tl_anc_clause_between(d, MIN((size_t)ev->tok, fx[k].limit - 1),
			                           MAX((size_t)ev->tok, fx[k].limit - 1)))
				continue;
			/* nor, in a relative clause a comma closes, by a time
			 * right after the comma ("the people who elected me,
			 * today I feel": the time opens the next clause) */
			if (ev->tok < a && a > s->first + 1 && tl_evdoc_tok(d, a - 1)->xpos == TL_XPOS_COMMA &&
			    in_relative(d, ev->tok, a - 1, s->first))
				continue;
			/* nor by a time of what it includes ("vote through the
			 * mail, including 73% of votes in the 2018 elections") */
			if (ev->tok < fx[k].included)
				continue;
			/* nor by the time of a figure it is compared with */
			if (ev->tok < a && fx[k].compared && ev->tok < fx[k].compared)
				continue;
			/* nor, after it, by that time ("a profit against a 69.13
			 * mln dlr loss in 1985 was also aided by", "rose to 8.59
			 * pct from 8.58 pct last week, the bank said"), but for
			 * the noun it modifies ("down from 95.50 at Friday's
			 * close") and a clause of "when" that tells of it ("the
			 * worst since 1974, when GNP fell") */
			if (ev->tok >= b && fx[k].compared && b > opening[ev->sent] &&
			    !modified(d, fx[k].modifier, b, ev->tok) && !when_clause(d, b, ev->tok))
				continue;
			/* nor is what "will" be done ("the debts due in 1986 ...
			 * will be rescheduled"), but AFTER the time of the report
			 * that tells it ("announced yesterday that he will
			 * withdraw") */
			if (future && fx[k].over &&
			    !(ev->tok >= b &&
			      report_between(d, evs, e, a >= s->first + 2 ? a - 2 : s->first)))
				continue;
			size_t lo = ev->tok < a ? ev->tok + 1 : b, hi = ev->tok < a ? a : ev->tok;
			/* nor, a report, by a time on the other side of a quote
			 * mark: the time is the quoted speaker's ("said, \"Two
			 * decades ago, there were\"", "\"Last year we lost money,\"
			 * he said", "\"Three months ago,\" he said, \"I entered\"") */
			if (ev->cls == TL_EVC_REPORTING && tl_ev_quote_in(d, lo, hi))
				continue;
			if (ev->tok >= b && calendar(tx[k].value) &&
			    ((main_verb && b <= opening[ev->sent]) ||
			     (a > that_tok && b <= that_end))) {
				/* of two that open it, the later one: "A decade
				 * later, in 2008, Hagan defeated" */
				if (OPENING_COST <= best_cost) {
					best_cost = OPENING_COST;
					best = (int)k;
					best_sub = 0;
					best_conj = FALSE;
				}
				continue;
			}
			gboolean closing = ev->tok < a && a <= close && calendar(tx[k].value);
			if (hi - lo > MAX_COST + MAX_ASIDE && !closing)
				continue; /* too far whatever lies between */
			/* none before `close`; the events strictly between */
			Between bt = tl_anc_between(d, evs, n, n_verbs, lo, hi, !closing);
			if (bt.toks > MAX_COST && !closing)
				continue;
			int cost = (int)bt.toks + (ev->tok < a ? 0 : 1);
			int bounds = (int)bt.bounds;
			cost += 6 * bounds;
			size_t f0 = bt.f0, f1 = bt.f1;
			size_t verbs = bt.verbs, all = bt.events;
			cost += 4 * (int)verbs + 2 * (int)(all - verbs);
			gboolean verb_between = verbs > 0;
			/* "now", "recently": the time of their own predicate only,
			 * not of one a relative pronoun comes before ("thank our
			 * hoster Uberspace who is currently being sued") */
			if ((verb_between || (ev->tok < a && tl_anc_relative_in(d, lo, hi))) &&
			    !calendar(tx[k].value))
				continue;
			/* a time before "after", "before", "since" or "until"
			 * that opens the event's own clause or phrase is the main
			 * clause's: the event's own time wins over it ("a slow
			 * start to 1987 after posting record profits in 1986") */
			if (ev->tok >= b && sequence_between(d, lo, hi))
				cost += SEQUENCE_COST;
			if (!from_dateline && then_between(d, s, ev->tok, lo, hi))
				continue;
			/* nor, the main verb right after a relative clause in its
			 * subject, by the time that ends that clause ("Aftershocks
			 * of an earthquake that struck on Wednesday have increased
			 * the toll"; a simple past is often of the same time:
			 * "passengers who tried to use the trains last night were
			 * met by pickets") */
			if (ev->tok >= b && ev->vg_first == b &&
			    tl_ev_finite_xpos(tl_evdoc_tok(d, ev->vg_first)->xpos) &&
			    (strcmp(ev->tense, "PAST") != 0 || strcmp(ev->aspect, "NONE") != 0) &&
			    relative_ending(d, s, a))
				continue;
			if (closing)
				cost = MIN(cost, CLOSING_COST);
			/* reported speech: "said the board would meet in June" dates
			 * the meeting, not the saying */
			if (ev->tok < a && verb_between && tl_anc_reports(ev) &&
			    !(closing && ev->cls == TL_EVC_I_ACTION && !tl_anc_passive(d, ev) &&
			      past_closing(ev, &tx[k], dct)))
				continue;
			/* nor, a report, by a time after the finite verb or modal
			 * of what it reports ("said the organizations will soon
			 * present"), nor by one in its subject ("said net assets as
			 * of February 28 were") */
			if (ev->tok < a && tl_evdoc_tok(d, ev->tok)->upos == TL_UPOS_VERB &&
			    ((ev->cls == TL_EVC_REPORTING &&
			      ((!closing && finite_in(d, lo, hi)) || reported_subject(d, lo, hi, b, s->last))) ||
			     /* a thought, like a report, across a copula: "expects
			      * that it was profitable in the second half" */
			     ((ev->cls == TL_EVC_I_STATE || ev->cls == TL_EVC_PERCEPTION) && !closing &&
			      finite_in(d, lo, hi))))
				continue;
			/* nor by the date that modifies what it reports ("reported
			 * a third-quarter net loss", "confirmed the May 3 attack",
			 * "expected 1987 first quarter profits") */
			if (ev->tok < a && fx[k].modifier &&
			    (ev->cls == TL_EVC_REPORTING || ev->cls == TL_EVC_I_STATE))
				continue;
			/* nor, across another predicate, by the date of a thing
			 * ("the merger will not dilute its 1987 results", "a
			 * report in today's Post that he had urged an increase";
			 * not the time a preposition of time gives: "pleaded
			 * guilty or were convicted before yesterday's hearing") */
			if (ev->tok < a && verb_between && fx[k].modifier && finite_in(d, lo, hi) &&
			    !fx[k].time_prep)
				continue;
			/* nor, a verb, by the date of a thing, no event, that is its
			 * object ("reversing its 2015 profit", "beating the 2012
			 * champion", "passed yesterday's record close"; "won the
			 * 2016 election" is of its time, and so are "advertised in
			 * today's editions" and a figure of a period right after
			 * its verb, "had 1986 sales", "reduced fourth quarter
			 * margins"; nor a state, "had a first half profit") */
			/* (or of a preposition not of time right after it: "lost
			 * to his 2020 running mate") */
			if (ev->tok < a && fx[k].modifier && tl_evdoc_tok(d, ev->tok)->upos == TL_UPOS_VERB &&
			    ev->cls != TL_EVC_STATE && !tl_ev_word_in(tl_evdoc_lemma(d, ev->tok), holding) &&
			    (a > ev->tok + 1 || tl_evdoc_tok(d, b)->xpos == TL_XPOS_POS ||
			     tl_evdoc_tok(d, b - 1)->xpos == TL_XPOS_POS) &&
			    (object_front(d, ev->tok + 1, a) ||
			     (thing_prep(d, r, ev->tok + 1) && object_front(d, ev->tok + 2, a))) &&
			    !modified_event(d, evs, n, b))
				continue;
			/* nor across the infinitive it governs: "urging China not to
			 * interfere in the 2024 elections" dates the interfering; and a
			 * verb that tells an earlier event again ("reiterated the
			 * message of last November") is not dated by what it recalls */
			if (ev->tok < a && ((n_inf[f1] > n_inf[f0] && ev->cls != TL_EVC_ASPECTUAL &&
			                     !(closing && past_closing(ev, &tx[k], dct))) ||
			                    back))
				continue;
			/* nor, an infinitive after it, across the infinitive that
			 * governs it ("will be asked June 16 to provide 850 mln
			 * marks to lay off steel workers" dates the providing);
			 * not one coordinated with it (but "to lay off or retrain"
			 * after "to provide"), nor what an attempt or a
			 * phase is of ("meet from tomorrow to try to hammer out a
			 * pact"), nor the infinitive after a thing's date ("at
			 * last year's summit to invite them to start talks") */
			if (ev->tok > b && strcmp(ev->tense, "INFINITIVE") == 0 && b > opening[ev->sent] &&
			    n_inf[f1] - n_inf[f0] > (coordinated_infinitive(d, b, ev->tok) ? 1u : 0u) &&
			    !fx[k].modifier && !(e > 0 && attempting(d, &evs[e - 1])))
				continue;
			/* nor a predicate joined right after the time's clause
			 * with a verb group of its own: "fell to 2.8 billion dlrs
			 * in 1985 from 3.2 billion in 1983 and was estimated to
			 * have declined" */
			if (ev->tok > b && !verb_between && b > opening[ev->sent] &&
			    joined_after(d, b, ev->vg_first, ev->tok))
				continue;
			/* nor, after the noun a past date modifies, what a
			 * relative clause in the present tells of it ("a 1979
			 * order that requires the company to get approval"; "the
			 * 1996 bombing that killed two" is of its time, "a
			 * fiscal 1988 budget that starts reducing the debt" of
			 * its year) */
			if (ev->tok >= b && fx[k].modifier && fx[k].over && present_relative(d, b, ev->tok))
				continue;
			/* nor, a verb, from inside the relative clause after it:
			 * "ending a closure that began on January 9" dates the
			 * beginning */
			/* (a copula too: "was among the Representatives who
			 * voted against the Iraq War in 2002") */
			if (ev->tok < a && verb_between &&
			    (tl_evdoc_tok(d, ev->tok)->upos == TL_UPOS_VERB ||
			     tl_evdoc_tok(d, ev->tok)->upos == TL_UPOS_AUX) &&
			    tl_anc_relative_in(d, lo, hi))
				continue;
			/* nor, after it, by the time of a relative clause
			 * between commas that tells of its subject: "Brett
			 * McGurk, who was envoy until December, also criticized
			 * the decision" */
			if (ev->tok >= main[ev->sent] && main[ev->sent] < s->last &&
			    relative_aside(d, s->first, a, b, main[ev->sent]))
				continue;
			/* nor, a participle that opens an aside, from the
			 * predicate after the aside */
			if (ev->tok < a && !main_verb && aside_participle(d, ev, a, s->first))
				continue;
			/* nor from a clause that a comma and a subordinator open
			 * after it, whatever the event ("won this seat by 70% of
			 * the vote, and since the seat's creation in 1984") */
			if (ev->tok < a && !closing && tl_anc_comma_clause(d, lo, hi))
				continue;
			/* nor the time of a condition, cause or concession that
			 * a subordinator opens after it ("will resign if the vote
			 * fails on Monday"); one of time relates the event to it
			 * ("built since it entered production in February 1947",
			 * below) */
			size_t sub = ev->tok < a && (verb_between || closing) ? subordinate_in(d, lo, hi) : hi;
			if (sub < hi && !closing && tl_ev_word_in(tl_evdoc_lower(d, sub), unrelated))
				continue;
			/* nor the time of a predicate joined after its own */
			if (ev->tok < a && !closing && next_conjunct(d, ev, a))
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
			    b > opening[ev->sent] && tl_anc_coordinated_finite(d, b, ev->tok))
				continue;
			/* nor, after "and" or "but", the noun that is the subject
			 * of the next clause: "would be issued earlier this year
			 * but the panel's decision has been delayed" */
			if (ev->tok > b && !verb_between && b > opening[ev->sent] &&
			    new_subject(d, b, ev->tok, s->last))
				continue;
			if (ev->tok > b && b > opening[ev->sent] && subject_after_conj(d, b, ev->tok, ev->tense))
				continue;
			if (from_dateline) { /* a last resort */
				if (cost < dl_cost)
					dl_cost = cost, dl_best = (int)k;
				continue;
			}
			/* a time right before "and" and the event is the first
			 * conjunct's: one in the event's own comes first ("will
			 * remain at the station during the week and return to
			 * Earth on Friday"); alone, it is shared ("met on Monday
			 * and signed a deal") */
			gboolean conj = ev->tok > b && conj_before(d, b, ev->vg_first);
			if (conj)
				cost += CONJ_COST;
			size_t sub_rel = sub < hi && tl_anc_ordering(tl_evdoc_lower(d, sub)) ? sub : 0;
			if (ev->tok < a && !verb_between && bounds == 0 && calendar(tx[k].value) &&
			    cost < own_cost)
				own = (int)k, own_cost = cost, own_sub = sub_rel;
			/* a timex before a comma belongs to its own clause, unless it
			 * opens the sentence ("On 26 April, Blinken finished") */
			if (cost >= best_cost)
				continue;
			/* unless a clause of "when" tells what happened then */
			if (ev->tok > a && bounds > 0 && first_verb[ev->sent] < a &&
			    !(calendar(tx[k].value) && told_then(d, ev, b)))
				cost += MAX_COST;
			if (cost < best_cost) {
				best_cost = cost;
				best = (int)k;
				best_sub = sub_rel;
				best_conj = conj;
			}
		}
		/* a time of the event's own conjunct wins over one that ends
		 * the conjunct before ("attended the rally in June without a
		 * mask and received hospital treatment for COVID-19 on July
		 * 1": July 1, however long the object) */
		if (best_conj && own >= 0)
			best = own, best_sub = own_sub;
		if (best < 0 && dl_best >= 0)
			best = dl_best, best_sub = 0;
		if (best >= 0) {
			ev->time = best;
			size_t bb = fx[best].b;
			size_t ba = fx[best].a;
			if (future && fx[best].over)
				ev->relation = "AFTER";
			else if (ev->modality && ev->tok >= bb && !fx[best].modifier &&
			         tl_anc_group_start(d, bb, ev->tok) > bb &&
			         (strcmp(ev->modality, "would") == 0 || strcmp(ev->modality, "could") == 0) &&
			         report_between(d, evs, e, ba >= s->first + 2 ? ba - 2 : s->first))
				/* what "would" be done, told at the time: after it
				 * ("announced on Monday that it would close the
				 * plant"; not the time of a thing, "said the March
				 * calendar would be flexible", nor the subject, "say
				 * 1987 could see") */
				ev->relation = "AFTER";
			else if (ev->tok >= bb &&
			         (when_between(d, bb, ev->tok) ||
			          modified(d, fx[best].modifier || tl_anc_determined(d, ba), bb, ev->tok)))
				/* (the noun the time is of, whatever the preposition
				 * before: "before the May 6 whites-only election",
				 * "following the June 11 U.K. general election") */
				ev->relation = "IS_INCLUDED";
			else if (best_sub) /* "removed after Gadhafi agreed in April" */
				ev->relation = g_hash_table_lookup(r->prep, tl_evdoc_lower(d, best_sub));
			else
				ev->relation = relation_before(d, r, fx[best].a, s->first, fx[best].modifier);
			try_range(d, r, ev, tx, dur, n_dur, &tx[best]);
		}
	}
	/* tx_at[j], tx_end[j]: 1 + a timex that starts, or ends, at token j (0: none) */
	g_autofree size_t *tx_at = g_new0(size_t, d->toks->len + 1);
	g_autofree size_t *tx_end = g_new0(size_t, d->toks->len + 1);
	for (size_t k = 0; k < n_tx; k++)
		if (fx[k].a < fx[k].b && fx[k].b <= d->toks->len) {
			tx_at[fx[k].a] = k + 1;
			tx_end[fx[k].b] = k + 1;
		}
	by_phase(d, r, evs, n);
	by_during_which(d, r, evs, n, tx, fx, tx_end);
	by_when_opening(d, evs, tx, fx, tx_at, ev_first);
	tl_anc_by_event_nouns(d, r, evs, n, ev_first, n_rep);
	tl_anc_by_coordination(d, evs, ev_first, tx);
	tl_anc_by_then(d, evs, ev_first, tx);
	/* kind[k]: TL_ANC_LATER when timex k begins after the DCT's day, or is
	 * "now" or "soon", a time no past narrative goes on from;
	 * TL_ANC_OCCASION when it is a day, a time of day or a week, an
	 * occasion what is said may be told at */
	g_autofree guint8 *kind = g_new0(guint8, n_tx + 1);
	for (size_t k = 0; k < n_tx; k++) {
		const char *v = tx[k].value;
		kind[k] = begins_after(d, &tx[k], dct) ? TL_ANC_LATER : 0;
		/* nor "now" or "soon": "Now they are providing the ration. They
		 * did not think about us" is no thinking now */
		if (v && (strcmp(v, "PRESENT_REF") == 0 || strcmp(v, "FUTURE_REF") == 0))
			kind[k] |= TL_ANC_LATER;
		if (calendar(v) && (strlen(v) >= 10 || strstr(v, "-W")))
			kind[k] |= TL_ANC_OCCASION;
	}
	tl_anc_by_narrative(d, r, evs, ev_first, kind);
	for (size_t e = 0; e < n; e++) {
		TlEvent *ev = &evs[e];
		size_t se = sub_end[ev->sent];
		if (se && ev->tok >= se && ev->time >= 0 && fx[ev->time].a < se &&
		    strcmp(ev->relation, "IS_INCLUDED") == 0 &&
		    tl_anc_ordering(tl_evdoc_lower(d, sub_tok[ev->sent])))
			/* "After the talks ended on Monday, the envoy flew home":
			 * after the time of the clause that opens the sentence */
			ev->relation = g_hash_table_lookup(r->prep, tl_evdoc_lower(d, sub_tok[ev->sent]));
		if (ev->time >= 0 && prep_participle(d, ev->tok)) {
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
