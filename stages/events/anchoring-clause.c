/*
 * The clause structure around an event, as anchoring reads it from the
 * tags: clause boundaries (commas, colons, dashes, quotes; not a comma
 * between names), asides in brackets, where a sentence's opening and a
 * predicate's closing stretch end, relative clauses and coordination.
 */
#include <string.h>
#include "anchoring.h"

/* First token at or after byte offset off (n if none). */
size_t
tl_anc_tok_at(const TlEvDoc *d, guint32 off)
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

gboolean
tl_anc_ordering(const char *w)
{
	static const char *const words[] = {"after", "before", "since", "until", "till", NULL};
	return tl_ev_word_in(w, words);
}

gboolean
tl_anc_starting(const char *w)
{
	static const char *const words[] = {"beginning", "starting", NULL};
	return tl_ev_word_in(w, words);
}

size_t
tl_anc_opener_comma(const TlEvDoc *d, size_t from, size_t i)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, tl_evdoc_tok(d, i)->sent);
	size_t j = from;
	while (j < i && (tl_evdoc_tok(d, j)->mark & TL_EVM_QUOTE))
		j++;
	if (j != i)
		return G_MAXSIZE; /* not the opening word */
	size_t comma = i + 1;
	while (comma < s->last && comma <= i + MAX_ASIDE && tl_evdoc_tok(d, comma)->xpos != TL_XPOS_COMMA)
		comma++;
	return comma >= s->last || comma > i + MAX_ASIDE ? G_MAXSIZE : comma;
}

/* Index of the first event whose trigger is at token tok or later. */
size_t
tl_anc_first_event_at(const TlEvent *evs, size_t n, guint32 tok)
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
 * ("(600 kgs)"), before token end and with no other bracket in it, or 0.
 * (Not one between dashes: what stands between them still parts a verb
 * from a time, "the 1987/88 PSBR - to six billion stg - is considered".) */
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

Between
tl_anc_between(const TlEvDoc *d, const TlEvent *evs, size_t n, const size_t *n_verbs, size_t lo,
        size_t hi, gboolean count_bounds)
{
	Between b = {0};
	b.f0 = tl_anc_first_event_at(evs, n, (guint32)lo);
	b.f1 = tl_anc_first_event_at(evs, n, (guint32)hi);
	b.verbs = n_verbs[b.f1] - n_verbs[b.f0];
	b.events = b.f1 - b.f0;
	for (size_t j = lo; j < hi; j++) {
		size_t k = aside_end(d, j, hi);
		if (k) {
			size_t a0 = tl_anc_first_event_at(evs, n, (guint32)j),
			       a1 = tl_anc_first_event_at(evs, n, (guint32)k);
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

/* Is the token a relative pronoun (that, which, who, whose)? */
static gboolean
relative_pronoun(const TlEvTok *u)
{
	return u->xpos == TL_XPOS_WDT || u->xpos == TL_XPOS_WP || u->xpos == TL_XPOS_WPS;
}

/* Is there a relative pronoun among tokens [a, b)? */
gboolean
tl_anc_relative_in(const TlEvDoc *d, size_t a, size_t b)
{
	for (size_t j = a; j < b; j++)
		if (relative_pronoun(tl_evdoc_tok(d, j)))
			return TRUE;
	return FALSE;
}

/* Does a comma in tokens [a, b) open a subordinate clause that goes on
 * before b: the comma, perhaps "and" or "but", then a subordinator with a
 * word after it ("won the seat by 70% of the vote, and since the seat's
 * creation in 1984"; not ", since 1990", the timex's own preposition)? */
gboolean
tl_anc_comma_clause(const TlEvDoc *d, size_t a, size_t b)
{
	static const char *const sub[] = {"since", "after", "before", "because", "although", "though",
	                                  "while", "whereas", "unless", "once", "when", NULL};
	static const char *const conj[] = {"and", "but", NULL};
	for (size_t j = a; j + 2 < b; j++) {
		if (tl_evdoc_tok(d, j)->xpos != TL_XPOS_COMMA)
			continue;
		size_t k = j + 1;
		if (tl_ev_word_in(tl_evdoc_lower(d, k), conj))
			k++;
		if (k + 1 < b && tl_ev_word_in(tl_evdoc_lower(d, k), sub))
			return TRUE;
	}
	return FALSE;
}

/* Does the event report or intend (say, believe, promise, see)? */
gboolean
tl_anc_reports(const TlEvent *ev)
{
	return ev->cls == TL_EVC_REPORTING || ev->cls == TL_EVC_I_STATE ||
	       ev->cls == TL_EVC_I_ACTION || ev->cls == TL_EVC_PERCEPTION;
}

/* Does token j start a clause of another time: a colon or semicolon, a
 * subordinating conjunction ("long after the rebels fired", "because") or a
 * relative pronoun ("the man who fled")? */
gboolean
tl_anc_clause_start(const TlEvDoc *d, size_t j)
{
	static const char *const sub[] = {"after", "before", "since", "until", "till", "because",
	                                  "although", "though", "while", "whereas", "unless", "if",
	                                  "once", NULL};
	const TlEvTok *u = tl_evdoc_tok(d, j);
	if (relative_pronoun(u) || u->xpos == TL_XPOS_COLON || u->upos == TL_UPOS_SCONJ)
		return TRUE;
	return tl_ev_word_in(tl_evdoc_lower(d, j), sub);
}

/* Is token j (not the first of the text) a "then" after a comma or "and"
 * that puts what follows after what comes before ("recorded four albums,
 * then disbanded"; not "then-newly elected")? */
gboolean
tl_anc_then_at(const TlEvDoc *d, size_t j)
{
	return strcmp(tl_evdoc_lower(d, j), "then") == 0 && tl_evdoc_tok(d, j)->upos == TL_UPOS_ADV &&
	       (tl_evdoc_tok(d, j - 1)->xpos == TL_XPOS_COMMA || tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_CCONJ) &&
	       !(j + 1 < d->toks->len && tl_evdoc_tok(d, j + 1)->xpos == TL_XPOS_HYPH);
}

/* Does a clause of another time start between tokens a and b? */
gboolean
tl_anc_clause_between(const TlEvDoc *d, size_t a, size_t b)
{
	for (size_t j = a + 1; j < b; j++)
		if (tl_anc_clause_start(d, j))
			return TRUE;
	return FALSE;
}

/* Is token j a dash that may set an aside off ("—", "–", "--", a hyphen
 * standing alone), and not a dateline's ("WASHINGTON, March 3 — The"): a
 * dash with no verb before it in the first words of its sentence? */
static gboolean
aside_dash(const TlEvDoc *d, const TlEvSent *s, size_t j)
{
	static const char *const dashes[] = {"\xe2\x80\x94", "\xe2\x80\x93", "--", "-", NULL};
	const TlEvTok *u = tl_evdoc_tok(d, j);
	const char *w = tl_evdoc_lower(d, j);
	if ((w[0] != '-' && w[0] != '\xe2') || u->xpos == TL_XPOS_HYPH || !tl_ev_word_in(w, dashes))
		return FALSE;
	if (j > (size_t)s->first + 8)
		return TRUE;
	for (size_t k = s->first; k < j; k++)
		if (tl_evdoc_tok(d, k)->upos == TL_UPOS_VERB || tl_evdoc_tok(d, k)->upos == TL_UPOS_AUX)
			return TRUE;
	return FALSE;
}

guint32 *
tl_anc_asides(const TlEvDoc *d)
{
	guint32 *at = g_new0(guint32, 2 * (d->toks->len + 1));
	for (guint si = 0; si < d->sents->len; si++) {
		const TlEvSent *s = &g_array_index(d->sents, TlEvSent, si);
		size_t dash = G_MAXSIZE, paren = G_MAXSIZE;
		for (size_t j = s->first; j < s->last; j++) {
			const TlEvTok *u = tl_evdoc_tok(d, j);
			size_t from = G_MAXSIZE;
			if (u->xpos == TL_XPOS_LRB && strcmp(tl_evdoc_lower(d, j), "(") == 0)
				paren = j;
			else if (u->xpos == TL_XPOS_RRB && strcmp(tl_evdoc_lower(d, j), ")") == 0) {
				from = paren;
				paren = G_MAXSIZE;
			} else if (aside_dash(d, s, j)) {
				/* (dashes far apart set off no one aside) */
				if (dash == G_MAXSIZE || j > dash + 3 * MAX_ASIDE)
					dash = j;
				else
					from = dash, dash = G_MAXSIZE;
			}
			if (from == G_MAXSIZE)
				continue;
			/* (the inner of two asides keeps its own: "— a model (a
			 * grid) devised —") */
			for (size_t k = from + 1; k < j; k++)
				if (!at[2 * k]) {
					at[2 * k] = (guint32)from + 1;
					at[2 * k + 1] = (guint32)j;
				}
		}
	}
	return at;
}

gboolean
tl_anc_outside_aside(const guint32 *at, size_t i, size_t a, size_t b)
{
	if (!at[2 * i])
		return FALSE;
	size_t o = at[2 * i] - 1, c = at[2 * i + 1];
	return b <= o || a >= c;
}

size_t
tl_anc_participle_aside_end(const TlEvDoc *d, size_t j, size_t last)
{
	if (j + 2 >= last || tl_evdoc_tok(d, j)->xpos != TL_XPOS_COMMA ||
	    tl_evdoc_tok(d, j + 1)->xpos != TL_XPOS_VBN)
		return 0;
	for (size_t k = j + 2; k < last && k <= j + 1 + MAX_ASIDE; k++) {
		const TlEvTok *u = tl_evdoc_tok(d, k);
		if (u->xpos == TL_XPOS_COMMA)
			return k;
		if (tl_ev_finite_xpos(u->xpos) || boundary(d, k) || tl_anc_clause_start(d, k))
			return 0;
	}
	return 0;
}

/* The end of the stretch after token i, up to `last`, with no clause
 * boundary, finite verb or start of another clause: a date there closes
 * i's clause.  The stretch is cut at MAX_CLOSING tokens: every date in it
 * is weighed against the whole of it, and a sentence of thousands of
 * participles and dates with no verb or comma ("the army attacked on
 * Monday the army attacked on Monday ...") made that quadratic. */
size_t
tl_anc_closing_end(const TlEvDoc *d, size_t i, size_t last)
{
	size_t j = i + 1;
	last = MIN(last, i + 1 + MAX_CLOSING);
	for (; j < last; j++) {
		size_t k = aside_end(d, j, last); /* an aside in brackets is passed over */
		/* (and a participle's between commas before a preposition:
		 * "were called to the building, located off the A496, at
		 * 09:09am") */
		if (!k) {
			k = tl_anc_participle_aside_end(d, j, last);
			if (k && (k + 1 >= last || tl_evdoc_tok(d, k + 1)->upos != TL_UPOS_ADP))
				k = 0;
		}
		if (k) {
			j = k;
			continue;
		}
		if (boundary(d, j) || tl_ev_finite_xpos(tl_evdoc_tok(d, j)->xpos) || tl_anc_clause_start(d, j))
			break;
	}
	return j;
}

/* Is the timex on tokens [a, b), a > 0, after a determiner or a possessor
 * and before a noun or adjective (or, with names, a proper noun): "the 1996
 * Olympic bombing", "The 2015 accord", "the party's 2020 nominee"? */
static gboolean
determined_modifier(const TlEvDoc *d, size_t a, size_t b, gboolean names)
{
	guint8 up = tl_evdoc_tok(d, b)->upos;
	return tl_anc_determined(d, a) &&
	       (up == TL_UPOS_NOUN || up == TL_UPOS_ADJ || (names && up == TL_UPOS_PROPN));
}

gboolean
tl_anc_determined(const TlEvDoc *d, size_t a)
{
	guint8 x = a > 0 ? tl_evdoc_tok(d, a - 1)->xpos : 0;
	return x == TL_XPOS_DT || x == TL_XPOS_PRPS || x == TL_XPOS_POS;
}

/* The end of sentence s's opening: the tokens from its start that are
 * timexes, prepositions, adverbs, conjunctions, determiners, commas or
 * quotes ("On Thursday,", "But in June last year", "A decade later, in
 * 2008,").  A timex in it opens the sentence. */
size_t
tl_anc_source_end(const TlEvDoc *d, const TlEvSent *s)
{
	size_t j = s->first;
	if (j + 3 >= s->last || strcmp(tl_evdoc_lower(d, j), "according") != 0 ||
	    strcmp(tl_evdoc_lower(d, j + 1), "to") != 0)
		return 0;
	for (size_t k = j + 2; k + 1 < s->last && k <= j + 2 + MAX_ASIDE; k++) {
		const TlEvTok *u = tl_evdoc_tok(d, k);
		if (u->xpos == TL_XPOS_COMMA)
			return k + 1;
		if (tl_ev_finite_xpos(u->xpos))
			return 0;
	}
	return 0;
}

size_t
tl_anc_opening_end(const TlEvDoc *d, const TlEvSent *s, const guint8 *timex_tok)
{
	size_t j = s->first, prep = 0;
	/* "According to the campaign, on the morning of August 1, a bat
	 * collided with her": the source of the report opens nothing; the
	 * phrase of time after it opens the sentence */
	size_t src = tl_anc_source_end(d, s);
	if (src && (timex_tok[src] & TL_EV_TX_DATING || tl_evdoc_tok(d, src)->upos == TL_UPOS_ADP))
		j = src;
	/* "Beginning in 2010 and continuing for seven years, McArthur
	 * murdered": a participle that is a preposition */
	if (j + 1 < s->last && tl_anc_starting(tl_evdoc_lower(d, j)) &&
	    tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_ADP)
		j++;
	for (; j < s->last; j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (!(timex_tok[j] & TL_EV_TX_DATING) && u->upos != TL_UPOS_ADP &&
		    u->upos != TL_UPOS_ADV && u->upos != TL_UPOS_CCONJ && u->upos != TL_UPOS_DET &&
		    u->xpos != TL_XPOS_LQUOTE && u->xpos != TL_XPOS_COMMA)
			break;
		if (u->upos == TL_UPOS_ADP && !prep)
			prep = tl_anc_ordering(tl_evdoc_lower(d, j)) ? 2 : 1;
	}
	if (j > s->first && j < s->last && (timex_tok[j - 1] & TL_EV_TX_DATING)) {
		/* a date that modifies the noun after it is the subject's:
		 * "The 2015 accord requires" */
		size_t a = j - 1;
		while (a > s->first && (timex_tok[a - 1] & TL_EV_TX_DATING))
			a--;
		if (a > s->first && determined_modifier(d, a, j, TRUE))
			return a - 1;
	}
	if (prep != 1)
		return j;
	/* a concession or a comparison names no setting: "Despite signs of
	 * recovery on Sunday, he suffered a cardiac arrest on Monday" (the
	 * recovery's Sunday, not the arrest's) */
	static const char *const no_setting[] = {"despite", "unlike", "like", "besides", "except",
	                                         "notwithstanding", NULL};
	for (size_t k = s->first; k < j; k++)
		if (tl_evdoc_tok(d, k)->upos == TL_UPOS_ADP) {
			if (tl_ev_word_in(tl_evdoc_lower(d, k), no_setting))
				return j;
			break;
		}
	/* a phrase of a preposition that names a setting, up to its comma:
	 * "In New York Stock Exchange composite trading Friday, Aetna closed" */
	gboolean dated = FALSE; /* the token before is a timex's */
	for (size_t k = j; k < s->last && k < j + MAX_ASIDE; k++) {
		const TlEvTok *u = tl_evdoc_tok(d, k);
		/* (a timex that ends the phrase; not the comma in "November 19,
		 * 1986") */
		if (u->xpos == TL_XPOS_COMMA && !(timex_tok[k] & TL_EV_TX_DATING))
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

size_t
tl_anc_group_start(const TlEvDoc *d, size_t lo, size_t i)
{
	while (i > lo && (tl_evdoc_tok(d, i - 1)->upos == TL_UPOS_AUX ||
	                  tl_evdoc_tok(d, i - 1)->upos == TL_UPOS_ADV ||
	                  tl_evdoc_tok(d, i - 1)->upos == TL_UPOS_PART))
		i--;
	return i;
}

/* Does "and" or "but" and then a finite verb of a predicate of its own
 * lie among tokens [a, b), b's own auxiliaries left out ("and six ships
 * were waiting")? */
gboolean
tl_anc_coordinated_finite(const TlEvDoc *d, size_t a, size_t b)
{
	gboolean conj = FALSE;
	b = tl_anc_group_start(d, a, b);
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
gboolean
tl_anc_passive(const TlEvDoc *d, const TlEvent *ev)
{
	return ev->tok > 0 && tl_evdoc_tok(d, ev->tok)->xpos == TL_XPOS_VBN &&
	       strcmp(tl_evdoc_lemma(d, ev->tok - 1), "be") == 0;
}

/* Does the timex on tokens [a, b) modify the noun after it, after a
 * determiner ("a third-quarter loss", "the May 3 attack", "its 1988
 * results") or before "'s" ("last month's discovery")? */
gboolean
tl_anc_modifier(const TlEvDoc *d, size_t a, size_t b)
{
	if (a == 0 || b >= d->toks->len)
		return FALSE;
	if (tl_evdoc_tok(d, b)->xpos == TL_XPOS_POS || tl_evdoc_tok(d, b - 1)->xpos == TL_XPOS_POS)
		return TRUE;
	if (determined_modifier(d, a, b, FALSE))
		return TRUE;
	/* right after a verb, a year or a quarter that a noun follows:
	 * "expected 1987 first quarter profits", "reported third-quarter net
	 * income" (not "said Friday profits rose") */
	const TlEvTok *v = tl_evdoc_tok(d, a - 1), *next = tl_evdoc_tok(d, b);
	if (v->upos != TL_UPOS_VERB || (next->upos != TL_UPOS_NOUN && next->upos != TL_UPOS_ADJ))
		return FALSE;
	const char *first = tl_evdoc_lower(d, a), *last = tl_evdoc_lower(d, b - 1);
	return g_ascii_isdigit(first[0]) || strstr(last, "quarter") || strstr(last, "half");
}

/* Does the "that" at token j open a clause: a finite verb (or a subject
 * and a bare verb or participle) before the clause's
 * first comma, or its second when an opening phrase comes first ("that,
 * in a phone call in late July, Trump might", "that in December, the
 * prince accepted")?  The tagger reads some pronouns and determiners as
 * the subordinator ("test that very soon", "bested that performance in
 * 2016 as the nominee"): they hold no verb of their own. */
static gboolean
opens_clause(const TlEvDoc *d, size_t j)
{
	const TlEvSent *st = &g_array_index(d->sents, TlEvSent, tl_evdoc_tok(d, j)->sent);
	size_t k = j + 1;
	int commas = 0;
	if (k < st->last && (tl_evdoc_tok(d, k)->xpos == TL_XPOS_COMMA ||
	                     tl_evdoc_tok(d, k)->upos == TL_UPOS_ADP ||
	                     strcmp(tl_evdoc_lower(d, k), "effective") == 0))
		commas = 1; /* an opening phrase, up to its comma ("that effective
		             * April 6, prices will") */
	/* no further than a clause closes: every "that" of a run-on sentence
	 * looking to its end was quadratic */
	for (; k < st->last && k < j + MAX_CLOSING; k++) {
		const TlEvTok *u = tl_evdoc_tok(d, k);
		if (u->xpos == TL_XPOS_COMMA && k > j + 1 && commas-- == 0)
			return FALSE;
		if (strcmp(tl_evdoc_lower(d, k), ";") == 0)
			return FALSE;
		/* a verb after "and" is another predicate's: "vetoed that
		 * bill last year and would reject this year's" */
		if (u->upos == TL_UPOS_CCONJ && k + 1 < st->last &&
		    (tl_evdoc_tok(d, k + 1)->upos == TL_UPOS_VERB ||
		     tl_evdoc_tok(d, k + 1)->upos == TL_UPOS_AUX))
			return FALSE;
		if (tl_ev_finite_xpos(u->xpos))
			return k > j + 1; /* after a subject: "that bill" is no clause */
		/* a bare verb or the tagger's participle after a subject:
		 * "that another session be held", "that economic growth in
		 * 1986 relied" */
		if ((u->xpos == TL_XPOS_VB || u->xpos == TL_XPOS_VBN) && k > j + 1) {
			guint8 p = tl_evdoc_tok(d, k - 1)->upos;
			if (p == TL_UPOS_NOUN || p == TL_UPOS_PROPN || p == TL_UPOS_PRON ||
			    p == TL_UPOS_NUM)
				return TRUE;
		}
	}
	return FALSE;
}

/*
 * n_that[j]: how many times "that" opens a clause (the tagger's
 * subordinator that opens_clause agrees to, not the determiner nor the
 * relative pronoun) among tokens [0, j) (new array of d->toks->len + 1),
 * counted once as semicolons are.
 */
guint32 *
tl_anc_complement_counts(const TlEvDoc *d)
{
	guint32 *n_that = g_new(guint32, d->toks->len + 1);
	n_that[0] = 0;
	for (size_t j = 0; j < d->toks->len; j++)
		n_that[j + 1] = n_that[j] + (tl_evdoc_tok(d, j)->upos == TL_UPOS_SCONJ &&
		                             strcmp(tl_evdoc_lower(d, j), "that") == 0 &&
		                             opens_clause(d, j));
	return n_that;
}

/* Is verb token i the predicate of a clause that "that" opens with a
 * phrase of its own up to a comma ("estimated that by 1990, ICI's
 * pharmaceutical division would account", "revealed that in December,
 * the prince accepted")?  Then the phrase's tokens are (*that, return
 * value), its comma the value; 0 when not.  The subject between the comma
 * and the verb group holds no verb, and the phrase no verb and no comma. */
size_t
tl_anc_that_opening(const TlEvDoc *d, size_t i, size_t *that)
{
	const TlEvSent *st = &g_array_index(d->sents, TlEvSent, tl_evdoc_tok(d, i)->sent);
	size_t g = tl_anc_group_start(d, st->first, i), c = 0;
	for (size_t j = g; j-- > st->first && g - j <= MAX_ASIDE;) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->xpos == TL_XPOS_COMMA) {
			c = j;
			break;
		}
		if (u->upos == TL_UPOS_VERB || u->upos == TL_UPOS_AUX || u->upos == TL_UPOS_SCONJ ||
		    u->upos == TL_UPOS_CCONJ || u->xpos == TL_XPOS_WDT || u->xpos == TL_XPOS_WP)
			return 0;
	}
	if (c == 0 || c + 1 == g)
		return 0;
	for (size_t j = c; j-- > st->first && c - j <= MAX_ASIDE;) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->upos == TL_UPOS_SCONJ && strcmp(tl_evdoc_lower(d, j), "that") == 0) {
			*that = j;
			return j + 1 < c ? c : 0;
		}
		if (u->upos == TL_UPOS_VERB || u->upos == TL_UPOS_AUX || u->xpos == TL_XPOS_COMMA ||
		    u->upos == TL_UPOS_SCONJ || u->xpos == TL_XPOS_WDT || u->xpos == TL_XPOS_WP)
			return 0;
	}
	return 0;
}
