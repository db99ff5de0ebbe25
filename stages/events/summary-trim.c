/*
 * Headlines: where one may end (tl_sum_trim_tail).  The words kept are cut
 * back past what may not end a headline: a preposition, an article, a
 * conjunction, the front of a compound or a name, a word of degree cut
 * from its figure, the noun of a three-word preposition, a noun's
 * infinitive cut from its object; and a bracket opened is closed or left
 * out.  What may end one is told here too: an adjective that is its
 * phrase's noun ("a record high"), a complement, a verb's particle.
 */
#include "summary.h"

/* Does the last token kept close a bracket opened in keep ("(", "[")? */
static gboolean
closes_kept(const TlEvDoc *d, const GArray *keep)
{
	char close = tok_char(d, g_array_index(keep, guint32, keep->len - 1));
	if (close != ')' && close != ']')
		return FALSE;
	char open = close == ')' ? '(' : '[';
	int depth = 0;
	for (guint k = keep->len - 1; k-- > 0;) {
		char ch = tok_char(d, g_array_index(keep, guint32, k));
		if (ch == close)
			depth++;
		else if (ch == open && depth-- == 0)
			return TRUE;
	}
	return FALSE;
}

/* A pronoun that is only ever a subject ("I", "he", "they"): at the end of
 * a headline it is the start of the next clause ("Trump said he"). */
gboolean
tl_sum_nominative(const TlEvDoc *d, size_t j)
{
	static const char *const subj[] = {"i", "he", "she", "we", "they", NULL};
	return tl_evdoc_tok(d, j)->upos == TL_UPOS_PRON && tl_ev_word_in(tl_evdoc_lower(d, j), subj);
}

/* "whereby", "wherein": a relative word, whatever the tagger took it for,
 * opens a clause and so ends no headline. */
static gboolean
relative_adverb(const TlEvDoc *d, size_t j)
{
	static const char *const words[] = {"whereby", "wherein", "whereupon", "whereas", NULL};
	return tl_ev_word_in(tl_evdoc_lower(d, j), words);
}

/* Adjectives that lead a time rather than end a clause. */
static const char *const time_words[] = {"effective", "prior", "earlier", "later", "previous",
                                         "subsequent", "early", "late", "next", "last", NULL};

/* Does a phrase of time left out start at token j: a preposition or two
 * before a timex ("on Monday", "as of yesterday"), or the timex? */
static gboolean
time_phrase_at(const Ctx *c, size_t j)
{
	const TlEvDoc *d = c->d;
	size_t k = j;
	/* (not "less than thirteen hours later", "much of August": the
	 * word before is the time's) */
	if (j < d->toks->len &&
	    (strcmp(tl_evdoc_lower(d, j), "than") == 0 || strcmp(tl_evdoc_lower(d, j), "of") == 0))
		return FALSE;
	while (k < d->toks->len && k < j + 2 && tl_evdoc_tok(d, k)->upos == TL_UPOS_ADP)
		k++;
	return k < d->toks->len && tl_evdoc_tok(d, k)->sent == tl_evdoc_tok(d, j)->sent && in_timex(c, k) &&
	       (k > j || tl_ev_word_in(tl_evdoc_lower(d, k), tl_sum_deixis));
}

/* Is token j a comparative before "than" and a time ("worse than last
 * year", "higher than in 1981")? */
static gboolean
than_time(const Ctx *c, size_t j)
{
	const TlEvDoc *d = c->d;
	if (tl_evdoc_tok(d, j)->xpos != TL_XPOS_JJR && tl_evdoc_tok(d, j)->xpos != TL_XPOS_RBR)
		return FALSE;
	size_t k = j + 1;
	if (k + 1 >= d->toks->len || strcmp(tl_evdoc_lower(d, k), "than") != 0)
		return FALSE;
	k++;
	while (k < d->toks->len && k < j + 4 && tl_evdoc_tok(d, k)->upos == TL_UPOS_ADP)
		k++;
	return k < d->toks->len && tl_evdoc_tok(d, k)->sent == tl_evdoc_tok(d, j)->sent && in_timex(c, k);
}

/* Is token j a word of approximation cut from the figure or time it
 * qualifies, or the "as" of "as many as": "a moratorium on repayments of
 * about" (14 billion dlrs), "in about" (two months), "the repurchase of as"
 * (many as 20 mln shares)? */
static gboolean
cut_degree(const Ctx *c, size_t j)
{
	static const char *const approx[] = {"about", "around", "nearly", "almost", "approximately",
	                                     "roughly", "some", "only", NULL};
	const TlEvDoc *d = c->d;
	if (j + 1 >= d->toks->len || tl_evdoc_tok(d, j + 1)->sent != tl_evdoc_tok(d, j)->sent)
		return FALSE;
	guint8 up = tl_evdoc_tok(d, j + 1)->upos;
	if (strcmp(tl_evdoc_lower(d, j), "as") == 0) /* "as many as", "as soon as" */
		return up == TL_UPOS_ADJ || up == TL_UPOS_ADV;
	/* (not a degree before an adjective: without "more" the copula goes
	 * too, "Traders feel" for "Traders feel more (confident)") */
	return tl_ev_word_in(tl_evdoc_lower(d, j), approx) &&
	       (in_timex(c, j + 1) || up == TL_UPOS_NUM || /* "only about" */
	        tl_ev_word_in(tl_evdoc_lower(d, j + 1), approx));
}

/*
 * "hit a record high (last autumn)", "fell to a 40-year low.": an
 * adjective after an article and only adjectives, numbers and hyphened
 * words, where its phrase ends, is the phrase's noun (the tagger reads
 * "high" and "low" so).
 */
static gboolean
nominal_adjective(const Ctx *c, const GArray *keep, guint32 j)
{
	static const char *const articles[] = {"a", "an", "the", NULL};
	const TlEvDoc *d = c->d;
	const TlEvTok *u = tl_evdoc_tok(d, j);
	/* (not an ordinal or a word of comparison, "the next", "the same":
	 * the front of a noun phrase cut) */
	static const char *const fronts[] = {"next", "first", "second", "third", "last", "same", "other",
	                                     "most", "least", "latter", "former", "whole", "following",
	                                     "previous", "new", NULL};
	if (u->upos != TL_UPOS_ADJ || keep->len < 3 || tl_ev_word_in(tl_evdoc_lower(d, j), fronts))
		return FALSE;
	/* where the phrase ends: the sentence's end, or a date left out that
	 * no adjective could qualify ("last autumn", "on Friday") */
	if (j + 1 < d->toks->len && tl_evdoc_tok(d, j + 1)->sent == u->sent) {
		const TlEvTok *nx = tl_evdoc_tok(d, j + 1);
		gboolean ends = nx->xpos == TL_XPOS_PERIOD ||
		                (in_timex(c, j + 1) && tl_ev_word_in(tl_evdoc_lower(d, j + 1), tl_sum_deixis)) ||
		                (nx->upos == TL_UPOS_ADP && in_timex(c, j + 2) &&
		                 strcmp(tl_evdoc_lower(d, j + 1), "of") != 0); /* ("the earlier of 90 days") */
		if (!ends)
			return FALSE;
	}
	for (guint k = keep->len - 1; k > 0 && keep->len - k < 6; k--) {
		guint32 i = g_array_index(keep, guint32, k - 1);
		if (i + 1 != g_array_index(keep, guint32, k))
			return FALSE; /* a word left out between */
		const TlEvTok *p = tl_evdoc_tok(d, i);
		if (p->upos == TL_UPOS_DET && i + 1 < j && tl_evdoc_tok(d, i + 1)->xpos == TL_XPOS_HYPH)
			continue; /* "an all-time high" */
		if (p->upos == TL_UPOS_DET)
			return tl_ev_word_in(tl_evdoc_lower(d, i), articles);
		gboolean glued_noun = p->upos == TL_UPOS_NOUN && i > 0 &&
		                      tl_evdoc_tok(d, i - 1)->xpos == TL_XPOS_HYPH;
		if (p->upos != TL_UPOS_ADJ && p->upos != TL_UPOS_NUM && p->xpos != TL_XPOS_HYPH && !glued_noun)
			return FALSE;
	}
	return FALSE;
}

/* Does the noun phrase that ends at token n follow a verb that takes an
 * object and an infinitive ("urged the embassy to reconsider", "licensed
 * NCR Corp to produce", "asked lenders to approve"): the infinitive is
 * then what the verb says, not the noun's purpose? */
static gboolean
object_control(const TlEvDoc *d, size_t n)
{
	static const char *const verbs[] = {
		"advise",  "allow",  "ask",    "authorize", "cause",  "choose",   "compel", "enable",
		"encourage", "expect", "force", "get",      "hire",   "instruct", "invite", "lead",
		"license", "mandate", "oblige", "order",    "permit", "persuade", "pick",   "prompt",
		"require", "select", "tell",   "urge",      "want",   "warn",     "appoint", "name",
		"elect",   "help",   "pay",    "need",      "use",    "commission", "retain", "engage",
		NULL};
	size_t k = n + 1;
	while (k > 0 && n + 1 - k < 8) {
		const TlEvTok *t = tl_evdoc_tok(d, k - 1);
		if (!nominal(t) && t->upos != TL_UPOS_CCONJ && t->xpos != TL_XPOS_PRPS)
			break;
		k--;
	}
	return k > 0 && tl_evdoc_tok(d, k - 1)->upos == TL_UPOS_VERB &&
	       tl_ev_word_in(tl_evdoc_lemma(d, k - 1), verbs);
}

/* Is kept token j the noun of a preposition of three words cut after its
 * second ("arrested a man in connection | with the theft", "in response
 * | to", "on behalf | of"): the first, kept right before it, and the third
 * right after it, not? */
static gboolean
cut_preposition(const Ctx *c, const GArray *keep, guint32 j)
{
	static const struct {
		const char *prep, *noun;
	} preps[] = {
		{"in", "accordance"}, {"in", "addition"},     {"in", "advance"},    {"in", "anticipation"},
		{"in", "breach"},     {"in", "case"},         {"in", "charge"},     {"in", "compliance"},
		{"in", "conjunction"}, {"in", "connection"},  {"in", "contrast"},   {"in", "defiance"},
		{"in", "excess"},     {"in", "exchange"},     {"in", "favor"},      {"in", "favour"},
		{"in", "front"},      {"in", "honor"},        {"in", "honour"},     {"in", "lieu"},
		{"in", "light"},      {"in", "line"},         {"in", "memory"},     {"in", "preparation"},
		{"in", "protest"},    {"in", "pursuit"},      {"in", "recognition"}, {"in", "relation"},
		{"in", "respect"},    {"in", "response"},     {"in", "retaliation"}, {"in", "return"},
		{"in", "search"},     {"in", "solidarity"},   {"in", "spite"},      {"in", "support"},
		{"in", "tandem"},     {"in", "terms"},        {"in", "violation"},  {"in", "wake"},
		{"on", "behalf"},     {"with", "regard"},     {"with", "respect"},  {"with", "reference"},
	};
	const TlEvDoc *d = c->d;
	const TlEvTok *u = tl_evdoc_tok(d, j);
	if (u->upos != TL_UPOS_NOUN || keep->len < 3 || j == 0 || j + 1 >= d->toks->len ||
	    g_array_index(keep, guint32, keep->len - 2) + 1 != j)
		return FALSE;
	const TlEvTok *n = tl_evdoc_tok(d, j + 1);
	if (tl_evdoc_tok(d, j - 1)->upos != TL_UPOS_ADP || n->sent != u->sent ||
	    (n->upos != TL_UPOS_ADP && n->xpos != TL_XPOS_TO))
		return FALSE;
	const char *p = tl_evdoc_lower(d, j - 1), *w = tl_evdoc_lower(d, j);
	for (size_t k = 0; k < G_N_ELEMENTS(preps); k++)
		if (strcmp(w, preps[k].noun) == 0 && strcmp(p, preps[k].prep) == 0)
			return TRUE;
	return FALSE;
}

/*
 * A quote the headline opens and does not close ("was reported in the
 * "Kiss", cut at the "&" of "Kiss & Fly"): closed, when the headline runs
 * on from the opening mark and the closing one is at most a dozen words on
 * (after a stop that ends the sentence too: "as "nonsense.""); else the
 * opening mark alone is left out.
 */
static void
close_open_quote(const TlEvDoc *d, GArray *keep)
{
	if (keep->len < 2 || tl_sum_quotes(d, keep, NULL, 0) % 2 == 0)
		return;
	guint kq = keep->len;
	while (kq > 0 && !(tl_evdoc_tok(d, g_array_index(keep, guint32, kq - 1))->mark & TL_EVM_QUOTE))
		kq--;
	guint32 jq = g_array_index(keep, guint32, kq - 1);
	const TlEvTok *q = tl_evdoc_tok(d, jq);
	/* an opening mark: a word glued after it, in its sentence */
	if (jq + 1 >= d->toks->len || tl_evdoc_tok(d, jq + 1)->sent != q->sent ||
	    (tl_evdoc_tok(d, jq + 1)->flags & TL_TOKF_SPACE_BEFORE) || is_punct(tl_evdoc_tok(d, jq + 1)))
		return;
	guint32 last = g_array_index(keep, guint32, keep->len - 1);
	gboolean whole = last - jq == keep->len - kq; /* every token from the mark on */
	guint32 jc = jq + 1;
	while (jc < d->toks->len && jc <= jq + 12 && !(tl_evdoc_tok(d, jc)->mark & TL_EVM_QUOTE) &&
	       tl_evdoc_tok(d, jc)->sent == q->sent)
		jc++;
	gboolean closed = jc < d->toks->len && jc <= jq + 12 && (tl_evdoc_tok(d, jc)->mark & TL_EVM_QUOTE) &&
	                  tl_evdoc_tok(d, jc - 1)->sent == q->sent;
	if (whole && closed) {
		/* (a stop or comma inside the quote goes) */
		guint32 e = jc;
		while (e > last + 1 && (tl_evdoc_tok(d, e - 1)->xpos == TL_XPOS_PERIOD ||
		                        tl_evdoc_tok(d, e - 1)->xpos == TL_XPOS_COMMA))
			e--;
		for (guint32 j = last + 1; j < e; j++)
			g_array_append_val(keep, j);
		g_array_append_val(keep, jc);
		return;
	}
	g_array_remove_index(keep, kq - 1);
}

/* A clause a subordinator opens, cut before its verb, goes with the
 * subordinator: "He lived there when the documentary Beware of Mr. Baker
 * (was filmed)" is "He lived there", "X said that the group's investment
 * in Standard (was its largest asset)" is "X said". */
static gboolean
cut_subject_clause(const TlEvDoc *d, GArray *keep)
{
	/* (not "than", "as" of a comparison, nor "of" the tagger misread) */
	static const char *const subordinators[] = {
		"that", "when", "whenever", "where", "whereas", "while", "whilst", "because", "although",
		"though", "if", "whether", "unless", "until", "till", "since", "after", "before", "once",
		NULL};
	if (keep->len < 4)
		return FALSE;
	guint32 last = g_array_index(keep, guint32, keep->len - 1);
	if (last + 1 >= d->toks->len || tl_evdoc_tok(d, last + 1)->sent != tl_evdoc_tok(d, last)->sent)
		return FALSE;
	/* (its verb after the cut, before a comma) */
	size_t v = last + 1;
	while (v < d->toks->len && tl_evdoc_tok(d, v)->sent == tl_evdoc_tok(d, last)->sent &&
	       !is_punct(tl_evdoc_tok(d, v)) && tl_evdoc_tok(d, v)->upos != TL_UPOS_VERB &&
	       tl_evdoc_tok(d, v)->upos != TL_UPOS_AUX && tl_evdoc_tok(d, v)->upos != TL_UPOS_SCONJ)
		v++;
	if (v >= d->toks->len || tl_evdoc_tok(d, v)->sent != tl_evdoc_tok(d, last)->sent ||
	    (tl_evdoc_tok(d, v)->upos != TL_UPOS_VERB && tl_evdoc_tok(d, v)->upos != TL_UPOS_AUX))
		return FALSE;
	for (guint k = keep->len - 1; k >= 3; k--) {
		const TlEvTok *u = tl_evdoc_tok(d, g_array_index(keep, guint32, k));
		if (u->upos == TL_UPOS_VERB || u->upos == TL_UPOS_AUX || is_punct(u))
			return FALSE;
		if ((u->upos == TL_UPOS_SCONJ || u->xpos == TL_XPOS_WRB) &&
		    tl_ev_word_in(tl_evdoc_lower(d, g_array_index(keep, guint32, k)), subordinators)) {
			/* (a subject after it: "when the documentary") */
			if (k + 1 >= keep->len || !nominal(tl_evdoc_tok(d, g_array_index(keep, guint32, k + 1))))
				return FALSE;
			g_array_set_size(keep, k);
			return TRUE;
		}
	}
	return FALSE;
}

void
tl_sum_trim_tail(const Ctx *c, GArray *keep)
{
	const TlEvDoc *d = c->d;
	close_open_quote(d, keep);
	while (keep->len > 0) {
		guint32 j = g_array_index(keep, guint32, keep->len - 1);
		const TlEvTok *u = tl_evdoc_tok(d, j);
		/* a cut inside a compound or a name: drop its front part too
		 * (not before a date left out: "in Chirac's honor today", "in
		 * the Amsterdam district court yesterday" are whole) */
		gboolean cut_np = (u->upos == TL_UPOS_NOUN || u->upos == TL_UPOS_PROPN) &&
		                  j + 1 < d->toks->len && !in_timex(c, j + 1) &&
		                  tl_evdoc_tok(d, j + 1)->upos == u->upos &&
		                  tl_evdoc_tok(d, j + 1)->sent == u->sent && keep->len > 3 &&
		                  !relative_adverb(d, j + 1) && !row_start(d, j + 1);
		/* "leaving thousands homeless.": an adjective after its noun,
		 * ending the clause, is a complement, not the front of a cut
		 * noun phrase */
		gboolean complement = u->upos == TL_UPOS_ADJ && keep->len > 1 &&
		                      (j + 1 >= d->toks->len || tl_evdoc_tok(d, j + 1)->sent != u->sent ||
		                       is_punct(tl_evdoc_tok(d, j + 1)) ||
		                       /* "is unlikely (right now)": a time left out */
		                       (j + 2 < d->toks->len && in_timex(c, j + 2) &&
		                        tl_sum_time_adverb(d, j + 1)) ||
		                       /* "tested negative (as of yesterday)", "was
		                        * found dead (on Monday)": a phrase of time
		                        * (not one the adjective leads: "effective
		                        * today", "earlier today", "prior to") */
		                       (time_phrase_at(c, j + 1) && !tl_ev_word_in(tl_evdoc_lower(d, j), time_words)) ||
		                       /* "would be worse (than last year)": a
		                        * comparison with a time left out */
		                       than_time(c, j) ||
		                       /* "are happy (where you live)": a clause
		                        * after it (not "such as", "other than") */
		                       ((tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_SCONJ ||
		                         tl_evdoc_tok(d, j + 1)->xpos == TL_XPOS_WRB) &&
		                        strcmp(tl_evdoc_lower(d, j + 1), "as") != 0 &&
		                        strcmp(tl_evdoc_lower(d, j + 1), "than") != 0) ||
		                       /* "left five dead and 30 injured" (not "its
		                        * temporary and permanent") */
		                       (tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_CCONJ && j + 2 < d->toks->len &&
		                        tl_evdoc_tok(d, j + 2)->upos != TL_UPOS_ADJ &&
		                        tl_evdoc_tok(d, j + 2)->upos != TL_UPOS_ADV &&
		                        tl_evdoc_tok(d, j + 2)->upos != TL_UPOS_NOUN &&
		                        tl_evdoc_tok(d, j + 2)->upos != TL_UPOS_PROPN));
		if (complement) {
			/* or of a copula: "The explosion was (very) loud" */
			guint k = keep->len - 2;
			const TlEvTok *p = tl_evdoc_tok(d, g_array_index(keep, guint32, k));
			if (p->upos == TL_UPOS_ADV && k > 0)
				p = tl_evdoc_tok(d, g_array_index(keep, guint32, k - 1));
			/* or of the verb right before it: "tested negative",
			 * "was found dead", "closed higher" */
			guint32 pi = g_array_index(keep, guint32, keep->len - 2);
			/* (not the first of a list of adjectives, "help local,
			 * state or national governments", nor one before a
			 * bracket, "aerobic (oxygen-using) microbes") */
			const TlEvTok *nx = j + 1 < d->toks->len ? tl_evdoc_tok(d, j + 1) : NULL;
			gboolean list = nx && nx->sent == u->sent &&
			                ((nx->xpos == TL_XPOS_COMMA && j + 2 < d->toks->len &&
			                  (tl_evdoc_tok(d, j + 2)->upos == TL_UPOS_ADJ ||
			                   tl_evdoc_tok(d, j + 2)->upos == TL_UPOS_NOUN)) ||
			                 tok_char(d, j + 1) == '(');
			/* (past an adverb of degree: "remained relatively
			 * stable") */
			guint32 vj = j;
			if (pi + 1 == j && tl_evdoc_tok(d, pi)->upos == TL_UPOS_ADV && keep->len > 2 &&
			    g_array_index(keep, guint32, keep->len - 3) + 1 == pi &&
			    tl_evdoc_tok(d, pi - 1)->upos == TL_UPOS_VERB)
				pi--, vj--;
			complement = p->upos == TL_UPOS_NOUN || p->upos == TL_UPOS_PRON ||
			             p->upos == TL_UPOS_PROPN || p->upos == TL_UPOS_NUM || p->upos == TL_UPOS_AUX ||
			             (u->upos == TL_UPOS_ADJ && tl_evdoc_tok(d, pi)->upos == TL_UPOS_VERB && pi + 1 == vj &&
			              !list);
		}
		/* "beyond the existing": a participle before its noun or figure
		 * ("from a restated") */
		gboolean cut_participle =
		    keep->len > 3 && ((tl_sum_prenominal(d, j) && tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_NOUN) ||
		                      tl_sum_prefigure(d, j));
		/* a verb's particle ends it well: "The talks broke down (on
		 * Friday)", "was called off (until Monday)" */
		gboolean particle = u->xpos == TL_XPOS_RP && keep->len > 1 &&
		                    g_array_index(keep, guint32, keep->len - 2) + 1 == j &&
		                    (tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_VERB ||
		                     /* "look this up", "turn it down" */
		                     (j > 1 && tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_PRON &&
		                      tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_VERB));
		/* "unlikely to happen even (though ...)": an adverb of the
		 * subordinator after it */
		static const char *const sub_adverbs[] = {"even", "just", "only", NULL};
		gboolean of_sub = u->upos == TL_UPOS_ADV && j + 1 < d->toks->len &&
		                  tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_SCONJ &&
		                  tl_evdoc_tok(d, j + 1)->sent == u->sent && keep->len > 2 &&
		                  tl_ev_word_in(tl_evdoc_lower(d, j), sub_adverbs);
		/* "Yeutter added that" (, if the U.S. ..., "the dollar will
		 * be the equalizer"): the "that" of a verb of saying, thinking
		 * or seeing before an aside (not "They agreed with that,") */
		gboolean that_aside = keep->len > 2 && strcmp(tl_evdoc_lower(d, j), "that") == 0 &&
		                      tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_VERB &&
		                      (tl_evdoc_tok(d, j - 1)->lex &
		                       (TL_EVLEX_REPORTING | TL_EVLEX_I_STATE | TL_EVLEX_PERCEPTION)) &&
		                      j + 1 < d->toks->len && tl_evdoc_tok(d, j + 1)->xpos == TL_XPOS_COMMA &&
		                      tl_evdoc_tok(d, j + 1)->sent == u->sent;
		/* "in South Korea's first over(-the-counter market)": a cut
		 * inside a word of hyphens goes before the word */
		const TlEvTok *nx = j + 1 < d->toks->len ? tl_evdoc_tok(d, j + 1) : NULL;
		/* (the hyphen by its byte, as tl_evdoc_glued_hyphens tags it:
		 * the tagger may call it a comma) */
		/* (words of letters: not a figure's, "a two-for-one split",
		 * "up to one-billion", "M-1") */
		gboolean cut_glued = nx && keep->len > 2 && nx->sent == u->sent && nx->start == u->end &&
		                     tok_char(d, j + 1) == '-' &&
		                     j + 2 < d->toks->len && tl_evdoc_tok(d, j + 2)->start == nx->end &&
		                     !in_timex(c, j + 1) && !in_timex(c, j + 2) && u->upos != TL_UPOS_NUM &&
		                     g_ascii_isalpha(d->text[u->start]) &&
		                     g_ascii_islower(d->text[tl_evdoc_tok(d, j + 2)->start]) &&
		                     tl_evdoc_tok(d, j + 2)->upos != TL_UPOS_NUM;
		/* "signed an agreement with the government to build (and operate
		 * Euro Disneyland)": a noun's infinitive cut at a conjunction
		 * from the object the two verbs share */
		gboolean cut_infinitive = u->xpos == TL_XPOS_VB && keep->len > 4 && nx && nx->sent == u->sent &&
		                          g_array_index(keep, guint32, keep->len - 2) + 1 == j &&
		                          tl_evdoc_tok(d, j - 1)->xpos == TL_XPOS_TO &&
		                          (tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_NOUN ||
		                           tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_PROPN) &&
		                          nx->upos == TL_UPOS_CCONJ && j + 2 < d->toks->len &&
		                          tl_evdoc_tok(d, j + 2)->xpos == TL_XPOS_VB && !object_control(d, j - 2);
		/* "reached a deal shortly (after 2 a.m.)": the adverb of a time
		 * left out */
		gboolean lead = keep->len > 2 && j + 2 < d->toks->len && nx->sent == u->sent &&
		                tl_sum_leads_time(c, j, d->toks->len);
		if ((!tl_sum_dangling(u) || complement || particle || nominal_adjective(c, keep, j)) &&
		    !cut_np && !tl_sum_nominative(d, j) && !cut_preposition(c, keep, j) &&
		    !cut_participle && !relative_adverb(d, j) && !of_sub && !cut_degree(c, j) && !that_aside &&
		    !cut_glued && !lead && !cut_infinitive)
			break;
		if ((u->mark & TL_EVM_QUOTE) && keep->len > 2 && tl_sum_quotes(d, keep, NULL, 0) % 2 == 0)
			break; /* the quote that closes one: "called it a "tipping point"" */
		if (closes_kept(d, keep))
			break; /* "held in Riyadh [in Saudi Arabia]" */
		g_array_set_size(keep, keep->len - 1);
		/* what came before the adverb was whole: "said this was not
		 * possible (right now)" */
		if (lead) {
			while (keep->len > 1) {
				guint32 wj = g_array_index(keep, guint32, keep->len - 1);
				const TlEvTok *w = tl_evdoc_tok(d, wj);
				if (w->upos != TL_UPOS_CCONJ && w->upos != TL_UPOS_ADP && w->upos != TL_UPOS_SCONJ &&
				    !is_punct(w) && strcmp(tl_evdoc_lower(d, wj), "as") != 0)
					break;
				g_array_set_size(keep, keep->len - 1);
			}
			break;
		}
		/* and the words before that word in its phrase: "first" */
		while (cut_glued && keep->len > 2) {
			const TlEvTok *w = tl_evdoc_tok(d, g_array_index(keep, guint32, keep->len - 1));
			if (w->upos != TL_UPOS_ADV && w->upos != TL_UPOS_ADJ)
				break;
			g_array_set_size(keep, keep->len - 1);
		}
	}
	/* (what that cut leaves is trimmed again: "said that (whether the
	 * dollar)") */
	if (cut_subject_clause(d, keep)) {
		tl_sum_trim_tail(c, keep);
		return;
	}
	/* a bracket opened and not closed: closed when its closing one comes
	 * next in the text, else left out with what it holds */
	guint open_at = G_MAXUINT;
	int depth = 0;
	for (guint k = 0; k < keep->len; k++) {
		char ch = tok_char(d, g_array_index(keep, guint32, k));
		if (ch == '(' || ch == '[') {
			if (depth++ == 0)
				open_at = k;
		} else if ((ch == ')' || ch == ']') && depth > 0)
			depth--;
	}
	if (depth > 0 && open_at != G_MAXUINT) {
		guint32 last = g_array_index(keep, guint32, keep->len - 1);
		char want = tok_char(d, g_array_index(keep, guint32, open_at)) == '(' ? ')' : ']';
		if (depth == 1 && last + 1 < d->toks->len &&
		    tl_evdoc_tok(d, last + 1)->sent == tl_evdoc_tok(d, last)->sent && tok_char(d, last + 1) == want) {
			guint32 close = last + 1;
			g_array_append_val(keep, close);
		} else {
			/* the bracket and what it holds go: "Benetton Group Spa
			 * [BTOM.MI] said" (its closing one not kept) */
			guint32 o = g_array_index(keep, guint32, open_at), q = o + 1;
			const TlEvTok *ot = tl_evdoc_tok(d, o);
			while (q < d->toks->len && tl_evdoc_tok(d, q)->sent == ot->sent && q < o + 40 &&
			       tok_char(d, q) != want)
				q++;
			guint w = open_at;
			for (guint k = open_at; k < keep->len; k++) {
				guint32 t = g_array_index(keep, guint32, k);
				if (t > q || (t > o && q == o + 40))
					g_array_index(keep, guint32, w++) = t;
			}
			g_array_set_size(keep, w);
			if (keep->len)
				tl_sum_trim_tail(c, keep);
		}
	}
}

