/*
 * Headlines of event nouns: the noun phrase and the phrase after it
 * ("Blinken's trip to China"), told as a clause when the noun has a verb in
 * data/noun-verbs.txt and a known time ("Biden and Xi met at a summit"), a
 * noun governing an infinitive ("efforts to influence ..."), and the verb a
 * bare noun is the subject or object of.
 */
#include "summary.h"

/*
 * Does the noun phrase starting at token a start inside a name cut at its
 * preposition ("Secretary of | State's visit": the name before "of")?  Not
 * a phrase that is the preposition's object: "ahead of | Wisconsin's
 * election", "after | Rittenhouse's release".
 */
static gboolean
possessor_cut(const TlEvDoc *d, const TlEvSent *s, size_t a)
{
	if (a <= s->first + 1 || tl_evdoc_tok(d, a - 1)->upos != TL_UPOS_ADP)
		return FALSE;
	const TlEvTok *w = tl_evdoc_tok(d, a - 2);
	return tl_sum_in_name(d, a - 1) || w->upos == TL_UPOS_PROPN ||
	       (w->upos == TL_UPOS_NOUN && (w->flags & TL_TOKF_CAP));
}

/*
 * "efforts to “influence and arguably interfere” in the US elections": an
 * infinitive governed by a noun reads as that noun phrase and the
 * infinitive with its object, without the quotes ("Chinese efforts to
 * influence and arguably interfere in the US elections"); a bare infinitive
 * ("Influence and arguably interfere") has no subject and no finite verb.
 */
/*
 * Where a noun phrase [a, noun) whose possessor is a name starts: at the
 * name, not at a noun before it of another phrase ("into account |
 * Argentina's request", "creditor governments | Brazil's suspension");
 * a when the possessor is no name or nothing stands before it.
 */
static size_t
possessor_start(const TlEvDoc *d, size_t a, size_t noun)
{
	for (size_t j = a + 1; j < noun; j++) {
		if (tl_evdoc_tok(d, j)->xpos != TL_XPOS_POS)
			continue;
		size_t p = j;
		while (p > a && tl_evdoc_tok(d, p - 1)->upos == TL_UPOS_PROPN)
			p--;
		return p < j && p > a && tl_evdoc_tok(d, p - 1)->upos == TL_UPOS_NOUN &&
		               !(tl_evdoc_tok(d, p - 1)->flags & TL_TOKF_CAP)
		           ? p
		           : a;
	}
	return a;
}

char *
tl_sum_noun_governed(const Ctx *c, const TlEvent *ev, size_t noun, size_t to)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	size_t a = noun;
	while (a > s->first && a + 5 > noun) {
		const TlEvTok *u = tl_evdoc_tok(d, a - 1);
		if (u->upos != TL_UPOS_ADJ && u->upos != TL_UPOS_NOUN && u->upos != TL_UPOS_PROPN &&
		    u->upos != TL_UPOS_NUM && u->upos != TL_UPOS_DET && u->xpos != TL_XPOS_HYPH &&
		    u->xpos != TL_XPOS_POS && u->xpos != TL_XPOS_PRPS)
			break;
		a--;
		if (u->upos == TL_UPOS_DET || u->xpos == TL_XPOS_PRPS)
			break; /* a noun phrase starts at its determiner */
	}
	/* a possessor cut inside its name ("Secretary of State's"): drop it */
	if (possessor_cut(d, s, a))
		for (size_t j = a; j < noun; j++)
			if (tl_evdoc_tok(d, j)->xpos == TL_XPOS_POS) {
				a = j + 1;
				break;
			}
	guint32 cf, cl;
	tl_ev_clause(d, ev->tok, &cf, &cl);
	/* the clause may end at the closing quote: go on to the sentence's next bound */
	while (cl < s->last && (tl_evdoc_tok(d, cl)->mark & TL_EVM_QUOTE)) {
		guint32 f2, l2;
		if (cl + 1 >= s->last)
			break;
		tl_ev_clause(d, cl + 1, &f2, &l2);
		cl = l2;
	}
	/* nor runs into the verb of the noun's own clause when the noun is
	 * its subject: "Plans to build a stadium were dropped" is "Plans to
	 * build a stadium" */
	for (size_t j = ev->tok + 1; j < cl && tl_sum_opens_clause(d, cf, noun); j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->upos == TL_UPOS_SCONJ || u->xpos == TL_XPOS_WRB || u->xpos == TL_XPOS_WDT ||
		    u->xpos == TL_XPOS_WP)
			break; /* the verb of a clause of its own: "to calculate how often we got" */
		if (u->upos == TL_UPOS_AUX || tl_ev_finite_xpos(u->xpos)) {
			while (j > ev->tok + 1 && tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_ADV)
				j--; /* "him also failed" */
			cl = (guint32)j;
			break;
		}
	}
	g_autoptr(GArray) keep = tl_sum_tokens_new();
	tl_sum_append_span(c, a, noun + 1, keep);
	tl_sum_append_span(c, to, ev->tok + 1, keep);
	tl_sum_append_object(c, ev, cl, keep);
	for (guint k = keep->len; k > 0; k--)
		if (tl_evdoc_tok(d, g_array_index(keep, guint32, k - 1))->mark & TL_EVM_QUOTE)
			g_array_remove_index(keep, k - 1);
	tl_sum_trim_tail(c, keep);
	return tl_sum_render(d, keep);
}

/* The names a possessive pronoun at token j refers to: the last `count`
 * distinct names before it in its sentence (people only when persons). */
static char *
possessor(const TlEvDoc *d, size_t j, int count, gboolean persons)
{
	const char *names[2] = {NULL, NULL};
	size_t lens[2] = {0, 0};
	int got = 0;
	guint32 sent = tl_evdoc_tok(d, j)->sent;
	/* from the last name that ends by j, back to the sentence's start */
	for (size_t k = tl_evdoc_ent_after(d, j); k > 0 && got < count; k--) {
		const TlEntity *en = &d->ents[k - 1];
		if (tl_evdoc_tok(d, en->first)->sent < sent)
			break;
		if (en->last > j || tl_evdoc_tok(d, en->first)->sent != sent)
			continue;
		if (persons && en->type != TL_ENT_PERSON)
			continue;
		const char *nm = d->text + en->start;
		size_t nl = en->end - en->start;
		if (got == 1 && lens[0] == nl && memcmp(names[0], nm, nl) == 0)
			continue;
		names[got] = nm;
		lens[got] = nl;
		got++;
	}
	if (got < count)
		return NULL;
	if (count == 1)
		return g_strndup(names[0], lens[0]);
	return g_strdup_printf("%.*s and %.*s", (int)lens[1], names[1], (int)lens[0], names[0]);
}

/* A verb in the past: "praised", "has praised", "was praised" (not "is
 * expected"). */
static gboolean
past_verb(const TlEvDoc *d, const TlEvSent *s, size_t j)
{
	const TlEvTok *v = tl_evdoc_tok(d, j);
	if (v->xpos == TL_XPOS_VBD)
		return TRUE;
	if (v->xpos != TL_XPOS_VBN)
		return FALSE;
	for (size_t k = j; k > s->first; k--) {
		const TlEvTok *u = tl_evdoc_tok(d, k - 1);
		if (u->upos == TL_UPOS_ADV || (u->lex & TL_EVLEX_NEG))
			continue;
		if (u->upos != TL_UPOS_AUX)
			return TRUE; /* a bare participle: the tagger's VBD */
		return u->xpos == TL_XPOS_VBD || strcmp(tl_evdoc_lemma(d, k - 1), "have") == 0;
	}
	return TRUE;
}

static char *as_clause(const Ctx *c, const TlEvent *ev, const char *who, GArray *keep, guint from);

/*
 * Does the conjunction or comma at j go on with a list of names: "and
 * Israel", ", Greece and Israel", ", and Illinois", ", Virginia" (a place's
 * region, a preposition or punctuation after it); not ", Trump refused" (the
 * next clause's subject)?
 */
static gboolean
name_list(const TlEvDoc *d, size_t j, size_t last)
{
	size_t k = j + 1;
	if (tl_evdoc_tok(d, j)->xpos == TL_XPOS_COMMA && k + 1 < last && tl_evdoc_tok(d, k)->upos == TL_UPOS_CCONJ &&
	    tl_evdoc_tok(d, k + 1)->upos == TL_UPOS_PROPN)
		return TRUE; /* ", and Arizona" */
	while (k < last && k < j + 3 && tl_evdoc_tok(d, k)->upos == TL_UPOS_PROPN)
		k++;
	if (k == j + 1)
		return FALSE;
	if (tl_evdoc_tok(d, j)->upos == TL_UPOS_CCONJ)
		return TRUE;
	if (k == last || tl_evdoc_tok(d, k)->upos == TL_UPOS_ADP ||
	    (is_punct(tl_evdoc_tok(d, k)) && tl_evdoc_tok(d, k)->xpos != TL_XPOS_POS &&
	     tl_evdoc_tok(d, k)->xpos != TL_XPOS_HYPH))
		return TRUE; /* ", Virginia", ", Greece," of a longer list */
	return tl_evdoc_tok(d, k)->upos == TL_UPOS_CCONJ;
}

/* Is token j a hyphen glued to the words on both sides ("billion-dlr",
 * "Ohio-based"), whatever the tagger took it for? */
static gboolean
glued_hyphen(const TlEvDoc *d, size_t j)
{
	const TlEvTok *u = tl_evdoc_tok(d, j);
	return j > 0 && j + 1 < d->toks->len && d->text[u->start] == '-' &&
	       u->end == u->start + 1 && !(u->flags & TL_TOKF_SPACE_BEFORE) &&
	       !(tl_evdoc_tok(d, j + 1)->flags & TL_TOKF_SPACE_BEFORE) &&
	       tl_evdoc_tok(d, j + 1)->sent == u->sent && !is_punct(tl_evdoc_tok(d, j + 1));
}

/* Is the word at j after a hyphen an adjective's or a participle's end
 * ("war-|damaged", "growth-|oriented", "loss-|making")? */
static gboolean
hyphen_modifier(const TlEvDoc *d, size_t j)
{
	const TlEvTok *u = tl_evdoc_tok(d, j);
	const char *w = tl_evdoc_lower(d, j);
	return u->upos == TL_UPOS_ADJ || u->upos == TL_UPOS_VERB || g_str_has_suffix(w, "ed") ||
	       g_str_has_suffix(w, "ing");
}

/* A gerund inside a compound, between its nouns, the first singular: "the
 * emergency oil sharing program", "bank holding companies" (not a
 * participle that takes an object: "an audience comprising
 * representatives", "companies moving production"). */
static gboolean
compound_gerund(const TlEvDoc *d, size_t j, size_t last)
{
	static const char *const takes[] = {"comprise", "cover",  "include",   "involve", "concern",
					    "regard",   "affect", "represent", "seek",    "require",
					    "use",      "show",   "allow",     "follow",  "exclude",
					    "total",    "exceed", "contain",   "rise",    "fall",
					    "grow",     "mount",  "increase",  NULL};
	return tl_evdoc_tok(d, j)->xpos == TL_XPOS_VBG && j > 0 &&
	       tl_evdoc_tok(d, j - 1)->xpos == TL_XPOS_NN && j + 1 < last &&
	       tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_NOUN &&
	       !tl_ev_word_in(tl_evdoc_lemma(d, j), takes);
}

/*
 * A noun with no phrase of its own followed by a past participle and its
 * preposition's phrase, a reduced relative ("an operation supported by
 * Russia", "another attack ascribed to the Taliban"), says which one
 * with it: the end of that phrase (its dates left to
 * the render), at most eight words on; b itself when no such phrase follows.
 */
static size_t
participle_phrase(const Ctx *c, size_t b, size_t last)
{
	const TlEvDoc *d = c->d;
	if (b + 2 >= last || tl_evdoc_tok(d, b + 1)->upos != TL_UPOS_ADP)
		return b;
	/* not a date's possessive, left out, after the preposition: "moves
	 * proposed by last week's annual meeting" */
	for (size_t k = b + 2; k < last && k < b + 6; k++)
		if (!in_timex(c, k)) {
			if (k > b + 2 && (tl_evdoc_tok(d, k)->flags & TL_TOKF_CLITIC))
				return b;
			break;
		}
	/* (not the object of a verb, which its clause tells better:
	 * "justified the claim based on") */
	size_t n = b - 1, p = n > 0 && tl_evdoc_tok(d, n - 1)->upos == TL_UPOS_DET ? n - 1 : n;
	if (tl_evdoc_tok(d, b)->xpos != TL_XPOS_VBN ||
	    (p > 0 && tl_evdoc_tok(d, p - 1)->upos == TL_UPOS_VERB &&
	     tl_ev_finite_xpos(tl_evdoc_tok(d, p - 1)->xpos)))
		return b;
	size_t j = b + 2;
	while (j < last && j < b + 9) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (!(in_timex(c, j) || u->upos == TL_UPOS_DET || u->upos == TL_UPOS_ADJ || u->upos == TL_UPOS_NOUN ||
		      u->upos == TL_UPOS_PROPN || u->upos == TL_UPOS_NUM || u->xpos == TL_XPOS_POS ||
		      u->xpos == TL_XPOS_HYPH || u->xpos == TL_XPOS_PRPS ||
		      (u->upos == TL_UPOS_ADP && j + 1 < last)))
			break;
		j++;
	}
	while (j > b + 2 && (in_timex(c, j - 1) || tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_ADP))
		j--; /* ends on its noun: "published on Wednesday in PLoS One" */
	return j > b + 2 ? j : b;
}

/*
 * A noun with no phrase of its own followed by an amount, as a table's line
 * gives it ("Shr profit 26 cts vs loss 86 cts", "vs loss 69.1 mln"): the
 * end of the amount, its numbers and at most two words of its unit; b when
 * no number follows (nor a date's).
 */
static size_t
amount_after(const Ctx *c, size_t b, size_t last)
{
	const TlEvDoc *d = c->d;
	if (tl_evdoc_tok(d, b - 1)->upos != TL_UPOS_NOUN)
		return b;
	size_t j = b;
	while (j < last && j < b + 3 && tl_evdoc_tok(d, j)->upos == TL_UPOS_NUM && !c->in_timex[j] &&
	       !(tl_evdoc_tok(d, j)->flags & TL_TOKF_NEWLINE_BEFORE))
		j++;
	if (j == b)
		return b;
	for (size_t u = 0; u < 2 && j < last && tl_evdoc_tok(d, j)->upos == TL_UPOS_NOUN && !c->in_timex[j] &&
	                   !(tl_evdoc_tok(d, j)->flags & TL_TOKF_NEWLINE_BEFORE);
	     u++)
		j++;
	/* the amount ends the table's cell: the line, "vs" or punctuation
	 * after it ("extend the meeting 24 hours", "support one way or
	 * another" are no such cells) */
	if (j < last && !is_punct(tl_evdoc_tok(d, j)) && strcmp(tl_evdoc_lower(d, j), "vs") != 0 &&
	    !(tl_evdoc_tok(d, j)->flags & TL_TOKF_NEWLINE_BEFORE))
		return b;
	return j;
}

char *
tl_sum_noun_headline(const Ctx *c, const TlEvent *ev)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	size_t a = ev->tok;
	while (a > s->first && a + 6 > ev->tok && !row_start(d, a)) {
		const TlEvTok *u = tl_evdoc_tok(d, a - 1);
		/* a word joined by a hyphen is one: "2.2 billion-dlr tender offer" */
		if (u->upos == TL_UPOS_ADJ || u->upos == TL_UPOS_NOUN || u->upos == TL_UPOS_PROPN ||
		    u->upos == TL_UPOS_NUM || u->xpos == TL_XPOS_POS || u->xpos == TL_XPOS_HYPH ||
		    in_timex(c, a - 1) || tl_sum_prenominal(d, a - 1) || glued_hyphen(d, a - 1) ||
		    (a < ev->tok && glued_hyphen(d, a)) ||
		    (a < ev->tok && tl_sum_np_adverb(d, a - 1)))
			a--;
		else {
			if (u->xpos == TL_XPOS_PRPS)
				a--; /* "their summit": resolved below */
			break;
		}
	}
	/* "at least 55,000 deaths", "at most two meetings": the amount whole */
	if (a > s->first && tl_sum_at_least(d, a - 1, ev->tok))
		a--;
	/* a possessor cut inside its name ("Secretary of State's"): drop it */
	if (possessor_cut(d, s, a))
		for (size_t j = a; j < ev->tok; j++)
			if (tl_evdoc_tok(d, j)->xpos == TL_XPOS_POS) {
				a = j + 1;
				break;
			}
	a = possessor_start(d, a, ev->tok);
	size_t b = ev->tok + 1;
	/* the front of a hyphenated noun goes with it and the compound's
	 * nouns: "a 50-day stop-gap budget" (was "50-day stop"), "spin-off";
	 * not of an adjective or a participle ("a war-damaged block",
	 * "trade-weighted"), which names another thing */
	if (b + 1 < s->last && glued_hyphen(d, b) && !hyphen_modifier(d, b + 1)) {
		size_t e = b;
		while (e + 1 < s->last && glued_hyphen(d, e))
			e += 2;
		for (size_t n = 0; n < 3 && e < s->last && !in_timex(c, e); n++, e++)
			if (tl_evdoc_tok(d, e)->upos != TL_UPOS_NOUN)
				break;
		b = e;
	}
	if (b < s->last && tl_evdoc_tok(d, b)->upos == TL_UPOS_ADP &&
	    !(tl_evdoc_tok(d, b)->flags & TL_TOKF_PARA_BEFORE) && !row_start(d, b) &&
	    !in_timex(c, b + (b + 1 < s->last))) {
		size_t j = b + 1;
		gboolean between = strcmp(tl_evdoc_lower(d, b), "between") == 0, paired = FALSE;
		while (j < s->last && j < b + 12) {
			const TlEvTok *u = tl_evdoc_tok(d, j);
			/* "between" runs to the second of its pair: "a custody battle
			 * between her widowed mother and her uncle" */
			if (between && !paired && j > b + 1 && j + 1 < s->last && strcmp(tl_evdoc_lower(d, j), "and") == 0 &&
			    !in_timex(c, j + 1)) {
				paired = TRUE;
				j++;
				continue;
			}
			/* a list of names is one phrase: "the meeting of Cyprus,
			 * Greece and Israel", "the debate between Donald Trump and
			 * former Vice President Joe Biden" */
			if (j + 1 < s->last && (u->upos == TL_UPOS_CCONJ || u->xpos == TL_XPOS_COMMA) &&
			    (tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_PROPN ||
			     (u->upos == TL_UPOS_CCONJ && tl_evdoc_tok(d, j - 1)->xpos == TL_XPOS_COMMA &&
			      tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_PROPN)) &&
			    !in_timex(c, j + 1) &&
			    ((name_list(d, j, s->last) && (g_ascii_isupper(d->text[tl_evdoc_tok(d, j + 1)->start]) ||
			                                   tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_CCONJ)) ||
			     (u->upos == TL_UPOS_CCONJ && between &&
			      (tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_ADJ || tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_DET ||
			       tl_evdoc_tok(d, j + 1)->xpos == TL_XPOS_PRPS)))) {
				j++;
				continue;
			}
			/* a range of numbers is one amount: "losses at 30 to 40 percent" */
			if (j + 1 < s->last && tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_NUM &&
			    tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_NUM && !in_timex(c, j + 1) &&
			    (strcmp(tl_evdoc_lower(d, j), "to") == 0 || u->xpos == TL_XPOS_CC)) {
				j += 2;
				continue;
			}
			if (in_timex(c, j) || (u->flags & TL_TOKF_PARA_BEFORE) || row_start(d, j) ||
			    !(u->upos == TL_UPOS_DET || u->upos == TL_UPOS_ADJ ||
			      u->xpos == TL_XPOS_PRPS || u->upos == TL_UPOS_NOUN ||
			      u->upos == TL_UPOS_PROPN || u->upos == TL_UPOS_NUM ||
			      u->xpos == TL_XPOS_POS || u->xpos == TL_XPOS_HYPH ||
			      tl_sum_prenominal(d, j) || tl_sum_np_adverb(d, j) || glued_hyphen(d, j) ||
			      glued_hyphen(d, j - 1) || compound_gerund(d, j, s->last)))
				break;
			j++;
		}
		/* not a time's noun: "on the night of April 7, 2021" */
		gboolean time_of = j + 1 < s->last && strcmp(tl_evdoc_lower(d, j), "of") == 0 &&
		                   in_timex(c, j + 1);
		/* a pair cut inside says less than none: "talks between Brazil"
		 * (a plural is a pair: "between the two levers", "between the
		 * nations") */
		for (size_t k = b + 1; between && !paired && k < j; k++)
			paired = tl_evdoc_tok(d, k)->xpos == TL_XPOS_NNS || tl_evdoc_tok(d, k)->xpos == TL_XPOS_NNPS ||
			         tl_evdoc_tok(d, k)->upos == TL_UPOS_NUM;
		if (j > b + 1 && !time_of && (!between || paired))
			b = j;
	} else if (b == ev->tok + 1)
		b = participle_phrase(c, b, s->last);
	if (b == ev->tok + 1)
		b = amount_after(c, b, s->last);
	/* a name runs to its end */
	size_t kb = tl_evdoc_ent_after(d, b); /* the name holding token b, if any */
	if (kb < d->n_ents && d->ents[kb].first < b && d->ents[kb].last <= s->last)
		b = d->ents[kb].last;
	g_autoptr(GArray) keep = tl_sum_tokens_new();
	tl_sum_append_span(c, a, b, keep);
	tl_sum_trim_tail(c, keep);
	if (keep->len == 0 || g_array_index(keep, guint32, keep->len - 1) < ev->tok) {
		/* the event's own noun stays ("Revolutionary Guards
		 * assassination plot" is no compound cut at its noun) */
		g_array_set_size(keep, 0);
		tl_sum_append_span(c, a, ev->tok + 1, keep);
		if (keep->len == 0) {
			guint32 t = ev->tok;
			g_array_append_val(keep, t);
		}
	}
	/* "their summit": say whose, from the names before it */
	guint32 k0 = g_array_index(keep, guint32, 0);
	const char *poss = tl_evdoc_lower(d, k0);
	if (tl_evdoc_tok(d, k0)->xpos == TL_XPOS_PRPS) {
		/* people only: "its" is too often a company or a country to guess */
		gboolean person = !strcmp(poss, "his") || !strcmp(poss, "her") || !strcmp(poss, "their");
		g_autofree char *who =
		    person ? possessor(d, k0, strcmp(poss, "their") == 0 ? 2 : 1, TRUE) : NULL;
		char *clause = who ? as_clause(c, ev, who, keep, 1) : NULL;
		if (clause)
			*c->clause = TRUE;
		if (clause)
			return clause;
		if (who) {
			g_array_remove_index(keep, 0);
			g_autofree char *rest = tl_sum_render(d, keep);
			if (rest[0] && g_ascii_isupper(rest[0]) && !(tl_evdoc_tok(d, g_array_index(keep, guint32, 0))->flags & TL_TOKF_CAP))
				rest[0] = g_ascii_tolower(rest[0]);
			return g_strdup_printf("%s’s %s", who, rest);
		}
		if (keep->len > 1)
			g_array_remove_index(keep, 0);
	}
	/* "Blinken’s trip to China": a person's name as the possessor */
	for (guint k = 1; k + 1 < keep->len; k++) {
		guint32 j = g_array_index(keep, guint32, k);
		if (tl_evdoc_tok(d, j)->xpos != TL_XPOS_POS)
			continue;
		guint32 j0 = g_array_index(keep, guint32, 0);
		size_t ke = tl_evdoc_ent_after(d, j0);
		if (ke < d->n_ents && d->ents[ke].first == j0 && d->ents[ke].last == j &&
		    d->ents[ke].type == TL_ENT_PERSON) {
			g_autofree char *who = g_strndup(d->text + d->ents[ke].start,
			                                 d->ents[ke].end - d->ents[ke].start);
			char *clause = as_clause(c, ev, who, keep, k + 1);
			if (clause)
				*c->clause = TRUE;
			if (clause)
				return clause;
		}
		break;
	}
	return tl_sum_render(d, keep);
}

char *
tl_sum_noun_amount(const Ctx *c, const TlEvent *ev)
{
	static const char *const approx[] = {"about", "around", "nearly", "almost", "approximately",
	                                     "roughly", "some", "over", "under", NULL};
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	size_t j = ev->tok + 1;
	if (j + 3 > s->last || strcmp(tl_evdoc_lower(d, j), "of") != 0 ||
	    !tl_ev_word_in(tl_evdoc_lower(d, j + 1), approx) || tl_evdoc_tok(d, j + 2)->upos != TL_UPOS_NUM ||
	    in_timex(c, j + 2))
		return NULL;
	size_t e = j + 2;
	while (e < s->last && e < j + 5 && tl_evdoc_tok(d, e)->upos == TL_UPOS_NUM && !in_timex(c, e))
		e++;
	/* its unit: "mln dlrs", "pct" (the tagger may read "mln" as an
	 * adjective) */
	for (size_t u = 0; u < 2 && e < s->last && !in_timex(c, e) &&
	                   (tl_evdoc_tok(d, e)->upos == TL_UPOS_NOUN || tl_evdoc_tok(d, e)->upos == TL_UPOS_ADJ ||
	                    tl_evdoc_tok(d, e)->upos == TL_UPOS_NUM) &&
	                   !(tl_evdoc_tok(d, e)->flags & TL_TOKF_NEWLINE_BEFORE && row_start(d, e));
	     u++)
		e++;
	g_autoptr(GArray) keep = tl_sum_tokens_new();
	tl_sum_append_span(c, ev->tok, e, keep);
	return keep->len > 1 ? tl_sum_render(d, keep) : NULL;
}

/* event noun lemma -> {past, base}; no file: event nouns keep their noun
 * phrases */
static const char *const *
noun_verbs(const char *lemma)
{
	static gsize once;
	static GHashTable *table;
	return tl_sum_table_lookup(&table, &once, "noun-verbs.txt", 3, lemma);
}

/*
 * "Joe Biden and Xi’s summit in San Francisco" told as a clause: "Joe Biden
 * and Xi met at a summit in San Francisco", when the noun is in
 * data/noun-verbs.txt and its time is known (its date, else a past verb
 * governing it).  keep[from..) are the tokens after the possessor.  NULL
 * when it does not apply (a superlative or an ordinal wants the possessive:
 * "his latest trip").
 */
static char *
as_clause(const Ctx *c, const TlEvent *ev, const char *who, GArray *keep, guint from)
{
	const TlEvDoc *d = c->d;
	const char *const *vp = noun_verbs(tl_evdoc_lemma(d, ev->tok));
	if (!vp || from >= keep->len)
		return NULL;
	int when = ev->when;
	if (when == 0) {
		const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
		for (size_t j = ev->tok; j > s->first; j--)
			if (tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_VERB) {
				when = past_verb(d, s, j - 1) ? -1 : 0;
				break;
			}
	}
	if (when == 0)
		return NULL;
	for (guint k = from; k < keep->len; k++) {
		guint32 j = g_array_index(keep, guint32, k);
		if (j >= ev->tok)
			break;
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->xpos == TL_XPOS_JJS || u->xpos == TL_XPOS_RBS || u->xpos == TL_XPOS_POS ||
		    (u->upos == TL_UPOS_ADJ && g_str_has_suffix(tl_evdoc_lower(d, j), "th")) ||
		    strcmp(tl_evdoc_lower(d, j), "first") == 0 || strcmp(tl_evdoc_lower(d, j), "second") == 0 ||
		    strcmp(tl_evdoc_lower(d, j), "third") == 0 || strcmp(tl_evdoc_lower(d, j), "last") == 0 ||
		    strcmp(tl_evdoc_lower(d, j), "next") == 0)
			return NULL;
	}
	g_autoptr(GArray) rest = tl_sum_tokens_new();
	g_array_append_vals(rest, &g_array_index(keep, guint32, from), keep->len - from);
	g_autofree char *tail = tl_sum_render(d, rest);
	guint32 r0 = g_array_index(rest, guint32, 0);
	if (!(tl_evdoc_tok(d, r0)->flags & TL_TOKF_CAP))
		tail[0] = g_ascii_tolower(tail[0]);
	const char *a = strchr("aeiouAEIOU", tail[0]) ? "an" : "a";
	g_autofree char *verb = g_strdup(vp[when < 0 ? 0 : 1]);
	char *mark = strstr(verb, "{a}");
	GString *out = g_string_new(who);
	g_string_append(out, when > 0 ? " will " : " ");
	if (mark) {
		g_string_append_len(out, verb, mark - verb);
		g_string_append(out, a);
		g_string_append(out, mark + 3);
	} else
		g_string_append(out, verb);
	g_string_append_c(out, ' ');
	g_string_append(out, tail);
	return g_string_free(out, FALSE);
}

/* Is the verb at j the last of a verb group, an auxiliary before it with
 * only adverbs or a negation between ("has signed", "will not break
 * off")? */
static gboolean
after_auxiliary(const TlEvDoc *d, const TlEvSent *s, size_t j)
{
	for (size_t k = j; k > s->first && k + 4 > j; k--) {
		const TlEvTok *u = tl_evdoc_tok(d, k - 1);
		if (u->upos == TL_UPOS_AUX)
			return TRUE;
		if (u->upos != TL_UPOS_ADV && !(u->lex & TL_EVLEX_NEG))
			return FALSE;
	}
	return FALSE;
}

static size_t clause_subject(const Ctx *c, const TlEvent *ev, size_t j, gboolean complement);

/*
 * The verb whose object or subject the event noun at ev->tok is, its
 * determiner between: "announced [the] decision", "[the] decision is
 * pending", "the verdict was read"; G_MAXSIZE when there is none.
 */
size_t
tl_sum_clause_verb(const Ctx *c, const TlEvent *ev)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	size_t j = ev->tok;
	/* the head of its phrase ("a war-damaged block", "the quake's
	 * epicenter" are no war, no quake; "an explosion yesterday" is one) */
	if (j + 1 < s->last && !in_timex(c, j + 1)) {
		const TlEvTok *n = tl_evdoc_tok(d, j + 1);
		if (n->upos == TL_UPOS_NOUN || n->upos == TL_UPOS_PROPN || n->upos == TL_UPOS_NUM ||
		    n->xpos == TL_XPOS_HYPH || n->xpos == TL_XPOS_POS)
			return G_MAXSIZE;
	}
	gboolean dated = FALSE;
	/* past its modifiers: "a primary election was held" */
	while (j > s->first && j + 3 > ev->tok && !in_timex(c, j - 1) &&
	       (tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_ADJ || tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_NOUN ||
	        tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_PROPN || tl_evdoc_tok(d, j - 1)->xpos == TL_XPOS_HYPH))
		j--;
	/* (not a conjunct's or a preposition's object: "the threat to free
	 * and safe navigation had increased") */
	if (j < ev->tok && j > s->first &&
	    (tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_CCONJ || tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_ADP))
		j = ev->tok;
	size_t head = j;
	/* (a demonstrative the tagger read as a pronoun too: "This lockdown
	 * started"; a date's possessive: "Thursday's accident was") */
	if (j > s->first &&
	    (tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_DET || tl_evdoc_tok(d, j - 1)->xpos == TL_XPOS_PRPS ||
	     tl_evdoc_tok(d, j - 1)->xpos == TL_XPOS_DT))
		j--;
	else if (j > s->first + 1 && (tl_evdoc_tok(d, j - 1)->flags & TL_TOKF_CLITIC) && in_timex(c, j - 2))
		for (j--, dated = TRUE; j > s->first && in_timex(c, j - 1);)
			j--;
	/* a subject after a date, or a date's possessive, that opens its
	 * clause or a verb's complement: "As of Saturday the crash was
	 * being investigated", "ruled on September 11 the prorogation was
	 * unlawful", "said Thursday's accident was" */
	size_t jd = j;
	while (jd > s->first && in_timex(c, jd - 1))
		jd--;
	for (int p = 0; p < 2 && jd < j && jd > s->first && tl_evdoc_tok(d, jd - 1)->upos == TL_UPOS_ADP; p++)
		jd--;
	if ((jd < j && j + 1 == head) || dated) { /* (a bare noun: "the crash", "Thursday's accident") */
		size_t v = clause_subject(c, ev, jd, TRUE);
		if (v != G_MAXSIZE || dated)
			return v; /* ("said last week's agreement to ... reflected" is no object of "said") */
	}
	if (j > s->first) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (u->upos == TL_UPOS_VERB && !tl_sum_prenominal(d, j - 1) &&
		    (tl_ev_finite_xpos(u->xpos) || after_auxiliary(d, s, j - 1)))
			return j - 1; /* "announced the decision", "has signed an agreement" */
		/* the complement of a copula: "was on the ballot" */
		guint8 r = j > s->first + 2 ? tl_evdoc_tok(d, j - 3)->xpos : TL_XPOS_COMMA;
		if (u->upos == TL_UPOS_ADP && j > s->first + 1 && tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_AUX &&
		    r != TL_XPOS_WDT && r != TL_XPOS_WP && /* not "which was on fire" */
		    tl_ev_finite_xpos(tl_evdoc_tok(d, j - 2)->xpos) &&
		    strcmp(tl_evdoc_lemma(d, j - 2), "be") == 0)
			return j - 2;
	}
	return clause_subject(c, ev, j, FALSE);
}

/*
 * Is the participle at k, right after the noun whose phrase opens its
 * clause at j (the sentence's start, a comma or a conjunction before it),
 * a past the tagger misread ("An earthquake struck the region", "On
 * Monday, a stampede erupted")?  So when no auxiliary nor finite verb
 * follows in its clause (up to punctuation, a conjunction, a subordinator
 * or a relative): a reduced relative ("the attack blamed on the rebels
 * killed") has one; not after a quote ("in a "perfidious" attack rushed").
 */
static gboolean
misread_past(const Ctx *c, const TlEvSent *s, size_t j, size_t k)
{
	const TlEvDoc *d = c->d;
	if (tl_evdoc_tok(d, k)->xpos != TL_XPOS_VBN || (k + 1 < s->last && strcmp(tl_evdoc_lower(d, k + 1), "by") == 0))
		return FALSE;
	if (j > tl_sum_text_start(d, tl_evdoc_tok(d, j)->sent) && tl_evdoc_tok(d, j - 1)->xpos != TL_XPOS_COMMA &&
	    tl_evdoc_tok(d, j - 1)->upos != TL_UPOS_CCONJ)
		return FALSE;
	return !tl_sum_finite_after(d, s, k);
}

/*
 * The verb group after the event noun ev when its phrase, from token j,
 * opens a clause (the sentence's start, punctuation or a conjunction
 * before j; with complement, a finite verb too, whose complement clause it
 * opens): its auxiliary, else its finite verb; G_MAXSIZE when not so.
 */
static size_t
clause_subject(const Ctx *c, const TlEvent *ev, size_t j, gboolean complement)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	if (j != s->first && !is_punct(tl_evdoc_tok(d, j - 1)) && tl_evdoc_tok(d, j - 1)->upos != TL_UPOS_CCONJ &&
	    !(complement && tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_VERB &&
	      tl_ev_finite_xpos(tl_evdoc_tok(d, j - 1)->xpos)))
		return G_MAXSIZE;
	size_t k = ev->tok + 1, aux = G_MAXSIZE, dates = 0;
	for (; k < s->last && k < ev->tok + 4 + dates; k++) {
		const TlEvTok *u = tl_evdoc_tok(d, k);
		/* past its dates: "wage increases in 1987 and 1988 should be",
		 * "The crash on Monday was" */
		if (dates < 6 && (in_timex(c, k) || (k + 1 < s->last && in_timex(c, k + 1) &&
		                                      (u->upos == TL_UPOS_ADP || (u->upos == TL_UPOS_CCONJ && k > ev->tok + 1 &&
		                                                                  in_timex(c, k - 1)))))) {
			dates++;
			continue;
		}
		if (u->upos == TL_UPOS_AUX) {
			if (aux == G_MAXSIZE)
				aux = k;
		} else if (u->upos == TL_UPOS_VERB)
			return aux != G_MAXSIZE || tl_ev_finite_xpos(u->xpos) || misread_past(c, s, j, k) ? k : G_MAXSIZE;
		else if (u->upos != TL_UPOS_ADV && !(u->lex & TL_EVLEX_NEG))
			break;
	}
	return aux;
}

/*
 * Does the phrase before the noun at j say which event it is, as a name, a
 * noun, a number or an adjective does ("6.4 quake", "border agreement",
 * "Belarusian presidential election", "second attack"), or a phrase after
 * it ("trial of Harvey Weinstein")?  Not adjectives that only compare or
 * rate ("the same tournament", "big plans", "an identical proposal").
 */
static gboolean
says_which(const TlEvDoc *d, size_t j)
{
	static const char *const rating[] = {"same", "other", "similar", "such", "identical", "big",
	                                     "small", "simple", "perfect", "good", "great", "bad",
	                                     "old", "new", "free", "major", "recent", "previous", NULL};
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, tl_evdoc_tok(d, j)->sent);
	if (j + 1 < s->last && tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_ADP)
		return TRUE;
	for (size_t k = j; k > s->first && k + 6 > j; k--) {
		const TlEvTok *u = tl_evdoc_tok(d, k - 1);
		if (u->upos != TL_UPOS_ADJ)
			return u->upos == TL_UPOS_NOUN || u->upos == TL_UPOS_PROPN || u->upos == TL_UPOS_NUM ||
			       u->xpos == TL_XPOS_POS || u->xpos == TL_XPOS_HYPH ||
			       tl_sum_prenominal(d, k - 1); /* "the proposed merger" */
		if (u->xpos != TL_XPOS_JJR && u->xpos != TL_XPOS_JJS && !tl_ev_word_in(tl_evdoc_lower(d, k - 1), rating))
			return TRUE;
	}
	return FALSE;
}

/* How far back, in tokens, a definite noun's earlier mention is sought, and
 * how many mentions are told at most (each costs a headline: a long text of
 * "the trip" after "the trip" would tell them all, for every one). */
#define ANTECEDENT_REACH 600
#define ANTECEDENT_TRIES 4

/*
 * A definite event noun with no words of its own ("the attack", "this
 * incident", "Monday's attack" with its date left out) names an event the
 * text told before: the headline of the nearest earlier mention of the same
 * noun (its lemma, in the same number) whose phrase says more than the noun
 * ("a car bomb attack in Kabul"), within ANTECEDENT_REACH tokens.  NULL
 * when ev is no such noun or no mention says more.  Owned by the caller.
 */
char *
tl_sum_antecedent_headline(const Ctx *c, const TlEvent *ev)
{
	static const char *const dets[] = {"the", "this", "that", "these", "those", NULL};
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	const TlEvTok *t = tl_evdoc_tok(d, ev->tok);
	if (t->upos != TL_UPOS_NOUN || ev->tok <= s->first)
		return NULL;
	size_t j = ev->tok;
	while (j > s->first && (in_timex(c, j - 1) || (tl_evdoc_tok(d, j - 1)->flags & TL_TOKF_CLITIC)))
		j--; /* "the 2018 elections", "Monday's attack" */
	gboolean dated = j < ev->tok;
	if (!(j > s->first && tl_ev_word_in(tl_evdoc_lower(d, j - 1), dets)) &&
	    !(dated && (tl_evdoc_tok(d, ev->tok - 1)->flags & TL_TOKF_CLITIC)))
		return NULL;
	const char *lemma = tl_evdoc_lemma(d, ev->tok);
	int tries = 0;
	for (size_t k = j; k > 0 && k + ANTECEDENT_REACH > j && tries < ANTECEDENT_TRIES; k--) {
		const TlEvTok *u = tl_evdoc_tok(d, k - 1);
		if (u->upos != TL_UPOS_NOUN || u->xpos != t->xpos ||
		    strcmp(tl_evdoc_lemma(d, k - 1), lemma) != 0)
			continue;
		/* the head of its phrase: "the attack site" names no attack */
		const TlEvTok *n = k < d->toks->len ? tl_evdoc_tok(d, k) : NULL;
		if (n && n->sent == u->sent && (n->upos == TL_UPOS_NOUN || n->upos == TL_UPOS_PROPN ||
		                               n->xpos == TL_XPOS_POS || n->xpos == TL_XPOS_HYPH))
			continue;
		if (!says_which(d, k - 1))
			continue;
		tries++;
		TlEvent prev = {.tok = (guint32)(k - 1), .sent = u->sent};
		tl_ev_attributes(d, &prev);
		gboolean clause = FALSE;
		Ctx c2 = *c;
		c2.clause = &clause;
		char *h = tl_sum_noun_headline(&c2, &prev);
		tl_event_clear(&prev);
		if (count_words(h) > 1)
			return h;
		g_free(h);
	}
	return NULL;
}

/*
 * The finite verb of the clause whose prepositional phrase the bare event
 * noun ev and its determiner end ("died in the attack", "spoke to
 * reporters after the meeting", "was shut down after the incident"), the nearest before it
 * with only its object, adverbs, dates and other phrases between; G_MAXSIZE
 * when ev is no preposition's object or no such verb stands before it.
 */
size_t
tl_sum_prep_verb(const Ctx *c, const TlEvent *ev)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	/* a noun phrase with its determiner: a bare noun after a preposition
	 * is often an idiom's ("on offer", "in the course") or a verb the
	 * tagger misread ("to resume") */
	size_t j = ev->tok;
	if (j <= s->first + 1 || tl_evdoc_tok(d, j)->upos != TL_UPOS_NOUN ||
	    !(tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_DET || tl_evdoc_tok(d, j - 1)->xpos == TL_XPOS_PRPS))
		return G_MAXSIZE;
	j--;
	/* nor one whose "of" phrase was cut ("at the start | of ...") */
	if (tl_evdoc_tok(d, j - 1)->upos != TL_UPOS_ADP ||
	    (ev->tok + 1 < s->last && strcmp(tl_evdoc_lower(d, ev->tok + 1), "of") == 0))
		return G_MAXSIZE;
	for (size_t k = j - 1; k > s->first && k + 12 > j; k--) {
		const TlEvTok *u = tl_evdoc_tok(d, k - 1);
		if (u->upos == TL_UPOS_VERB && !tl_sum_prenominal(d, k - 1)) {
			/* finite, its own or its auxiliary's, and not a relative
			 * clause's ("a charge that would result from the
			 * restructuring" is no "Earnings would result"; "to be
			 * determined at the time of the sale" has no subject) */
			size_t a = k - 1;
			while (a > s->first && tl_evdoc_tok(d, a - 1)->upos == TL_UPOS_AUX)
				a--;
			if (!tl_ev_finite_xpos(tl_evdoc_tok(d, a)->xpos) ||
			    (a > s->first && (tl_evdoc_tok(d, a - 1)->xpos == TL_XPOS_WDT ||
			                      tl_evdoc_tok(d, a - 1)->xpos == TL_XPOS_WP ||
			                      strcmp(tl_evdoc_lower(d, a - 1), "that") == 0)))
				return G_MAXSIZE;
			return k - 1;
		}
		if (is_punct(u) || u->upos == TL_UPOS_SCONJ || u->upos == TL_UPOS_CCONJ || u->upos == TL_UPOS_PRON ||
		    u->xpos == TL_XPOS_WDT || u->xpos == TL_XPOS_WP || u->xpos == TL_XPOS_WRB)
			return G_MAXSIZE;
	}
	return G_MAXSIZE;
}
