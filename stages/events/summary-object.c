/*
 * Headlines: a verb event's verb group and its object or complement, at
 * most MAX_OBJECT words cut back to a whole phrase (cut_back), and the
 * whole verb headline put together (tl_sum_verb_headline).
 */
#include "summary.h"

/* The closing bracket of a few words in round brackets right after the
 * verb ev whose clause ends at cl, when the clause goes on after it with
 * a word that is no punctuation ("combined (averaged) data"); else 0. */
static size_t
bracket_after(const TlEvDoc *d, const TlEvent *ev, size_t cl)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	if (cl != (size_t)ev->tok + 1 || cl + 3 >= s->last ||
	    tl_evdoc_tok(d, ev->tok)->upos != TL_UPOS_VERB ||
	    (tl_evdoc_tok(d, ev->tok)->lex & TL_EVLEX_REPORTING) || tok_char(d, cl) != '(')
		return 0;
	/* (not an editor's noun standing for one: "I suppose (the debt)
	 * will be", "to support (EC) farmers") */
	guint8 u = tl_evdoc_tok(d, cl + 1)->upos;
	if (u == TL_UPOS_DET || u == TL_UPOS_NOUN || u == TL_UPOS_PROPN || u == TL_UPOS_PRON ||
	    u == TL_UPOS_NUM)
		return 0;
	for (size_t k = cl + 1; k < s->last && k <= cl + 5; k++) {
		if (tok_char(d, k) == '(')
			return 0;
		if (tok_char(d, k) == ')')
			return k > cl + 1 && k + 1 < s->last && !is_punct(tl_evdoc_tok(d, k + 1)) ? k : 0;
	}
	return 0;
}

gboolean
tl_sum_in_name(const TlEvDoc *d, size_t j)
{
	size_t k = tl_evdoc_ent_after(d, j);
	return k < d->n_ents && d->ents[k].first < j && d->ents[k].last > j + 1;
}

gboolean
tl_sum_name_conj(const TlEvDoc *d, size_t j)
{
	return j > 0 && j + 1 < d->toks->len && tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_PROPN &&
	       tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_PROPN &&
	       (tl_evdoc_tok(d, j - 1)->flags & TL_TOKF_CAP) && (tl_evdoc_tok(d, j + 1)->flags & TL_TOKF_CAP);
}

/* The "both" of "both ... and" ("either ... or", "neither ... nor",
 * "between ... and") whose conjunction is at j, within four words before it
 * and not before lo; G_MAXSIZE when there is none. */
static size_t
paired_conj(const TlEvDoc *d, size_t j, size_t lo)
{
	static const char *const firsts[] = {"both", "either", "neither", "between", NULL};
	for (size_t k = j; k > lo && k + 5 > j; k--)
		if (tl_ev_word_in(tl_evdoc_lower(d, k - 1), firsts))
			return k - 1;
	return G_MAXSIZE;
}

/*
 * Where an amount cut at `end` right after a number (not a date's) ends:
 * past the numbers, the unit and the one noun that follow it, at most three
 * words on ("three | billion", "four | pct", "200 | mln crowns deficit" is
 * "200 mln crowns"), past a range's second number ("30 | to 40 percent",
 * "30 to | 40 percent"); `end` when the word before the cut is no number
 * or nothing of the amount follows.
 */
static size_t
amount_end(const Ctx *c, size_t end, size_t cl)
{
	const TlEvDoc *d = c->d;
	static const char *const ranges[] = {"to", "or", "and", "-", "\xe2\x80\x93", NULL};
	/* a range cut after its word: "losses at 30 to | 40 percent" */
	size_t at = end;
	if (at >= 2 && at < cl && tl_evdoc_tok(d, at)->upos == TL_UPOS_NUM &&
	    tl_ev_word_in(tl_evdoc_lower(d, at - 1), ranges))
		at--;
	if (at == 0 || at >= cl || tl_evdoc_tok(d, at - 1)->upos != TL_UPOS_NUM || in_timex(c, at - 1))
		return end;
	size_t e = at;
	/* a range: "losses at 30 | to 40 percent", "5 | or 6 pct" */
	if (e + 1 < cl && tl_evdoc_tok(d, e + 1)->upos == TL_UPOS_NUM && !in_timex(c, e + 1) &&
	    tl_ev_word_in(tl_evdoc_lower(d, e), ranges))
		e += 2;
	size_t lim = e + 3;
	while (e < cl && e < lim && !in_timex(c, e)) {
		const TlEvTok *u = tl_evdoc_tok(d, e);
		if (u->upos == TL_UPOS_NOUN) {
			e++;
			break; /* the amount's noun ends it */
		}
		if (u->upos != TL_UPOS_NUM && u->upos != TL_UPOS_ADJ)
			break;
		e++;
	}
	/* a unit with no noun after it within reach ("a record 5.8 mln | new
	 * cars sold"): nothing is made whole */
	return e > end && tl_evdoc_tok(d, e - 1)->upos != TL_UPOS_ADJ ? e : end;
}

/* A subordinator that is as often a preposition ("as part of", "before
 * the end of"), whose phrase may have no verb. */
static gboolean
prep_subord(const TlEvDoc *d, size_t j)
{
	static const char *const words[] = {"as", "before", "after", "since", "until", NULL};
	return tl_ev_word_in(tl_evdoc_lower(d, j), words);
}

/*
 * Where a preposition's phrase cut at `end` before its noun phrase ends
 * ("for a total | of about 170 mln dlrs", "in the form | of", "with the
 * Securities | and") starts, the phrase before it a whole one; G_MAXSIZE
 * when the cut is no such phrase's.
 */
static size_t
cut_phrase(const Ctx *c, size_t lo, size_t end)
{
	const TlEvDoc *d = c->d;
	const TlEvTok *n = tl_evdoc_tok(d, end);
	/* (a name after a common noun is its apposition: "the Lisbon insurer
	 * | Segurosul") */
	if (strcmp(tl_evdoc_lower(d, end), "of") == 0 || n->upos == TL_UPOS_NOUN ||
	    (n->upos == TL_UPOS_PROPN && tl_evdoc_tok(d, end - 1)->upos == TL_UPOS_PROPN) ||
	    n->upos == TL_UPOS_NUM || (n->upos == TL_UPOS_CCONJ && tl_sum_in_name(d, end))) {
		/* (not an amount's phrase, "the sale of 200,000 | shares", nor
		 * a possessor's, "a boost to Pesch's takeover | effort", nor
		 * one inside a hyphenated word, "two-for-one"; the words before
		 * it end on a whole phrase) */
		gboolean amount = FALSE;
		size_t e = end;
		while (e > lo && (nominal(tl_evdoc_tok(d, e - 1)) || tl_evdoc_tok(d, e - 1)->xpos == TL_XPOS_PRPS) &&
		       tl_evdoc_tok(d, e - 1)->xpos != TL_XPOS_PRP && !in_timex(c, e - 1)) {
			amount = amount || tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_NUM ||
			         tl_evdoc_tok(d, e - 1)->xpos == TL_XPOS_POS;
			e--;
		}
		const TlEvTok *p = tl_evdoc_tok(d, e - 1), *b = tl_evdoc_tok(d, e - 2);
		if (e < end && e > lo + 1 && !amount && (p->upos == TL_UPOS_ADP || prep_subord(d, e - 1)) &&
		    !in_timex(c, e) &&
		    (p->flags & TL_TOKF_SPACE_BEFORE) && b->xpos != TL_XPOS_HYPH && !tl_sum_dangling(b) &&
		    (b->upos == TL_UPOS_NOUN || b->upos == TL_UPOS_PROPN || b->upos == TL_UPOS_NUM ||
		     b->upos == TL_UPOS_PRON) &&
		    /* before "of", a phrase that says nothing without it: "the
		     * form", "a total", "behalf" (not "on interest payments", "to
		     * covenants") */
		    (n->upos != TL_UPOS_ADP || (e + 1 == end && tl_evdoc_tok(d, e)->xpos == TL_XPOS_NN) ||
		     tl_ev_word_in(tl_evdoc_lower(d, e), (const char *const[]){"a", "an", "the", NULL})))
			return e - 1;
	}
	return G_MAXSIZE;
}

/*
 * An object cut before its clause ends (at `end`) ends on a whole phrase:
 * an infinitive cut at its verb takes its object ("urged the government to
 * move quickly to lift costly regulation"); else no clause is left open at
 * the cut: not a conjunction or a subordinator near the end ("expects
 * growth to be under two pct but some analysts", "was flying to Moscow
 * when"), nor a participle or a verb that has lost its noun or its object
 * ("of its wholly owned", "at a house he had").
 */
static size_t
cut_back(const Ctx *c, const TlEvent *ev, size_t end, size_t cl, gboolean natural)
{
	const TlEvDoc *d = c->d;
	size_t lo = ev->tok + 2;
	if (c->reach > lo && c->reach < end)
		lo = c->reach; /* a complement told by this verb stays */
	/* where the object would end with a compound cut inside made whole,
	 * and whether a phrase is still open there */
	size_t ext = end;
	while (ext < cl && ext < end + 2 && tl_evdoc_tok(d, ext)->upos == TL_UPOS_NOUN &&
	       (tl_evdoc_tok(d, ext - 1)->upos == TL_UPOS_NOUN || tl_evdoc_tok(d, ext - 1)->upos == TL_UPOS_ADJ))
		ext++;
	guint8 nx0 = ext < cl ? tl_evdoc_tok(d, ext)->upos : TL_UPOS_PUNCT;
	gboolean open = nx0 == TL_UPOS_NOUN || nx0 == TL_UPOS_PROPN || nx0 == TL_UPOS_ADJ || nx0 == TL_UPOS_NUM ||
	                nx0 == TL_UPOS_VERB || nx0 == TL_UPOS_AUX ||
	                (nx0 == TL_UPOS_DET && strcmp(tl_evdoc_lower(d, ext), "that") != 0) ||
	                (ext < cl && (tl_evdoc_tok(d, ext)->xpos == TL_XPOS_PRPS || tl_evdoc_tok(d, ext)->xpos == TL_XPOS_PRP)) ||
	                (ext < cl && tl_evdoc_tok(d, ext)->xpos == TL_XPOS_POS);
	/* a clause after a relative word is open before its object: "where we
	 * discussed | what" */
	gboolean open_rel = open || (ext < cl && (tl_evdoc_tok(d, ext)->xpos == TL_XPOS_WP ||
	                                          tl_evdoc_tok(d, ext)->xpos == TL_XPOS_WDT));
	for (size_t j = end; j > lo && j + 3 > end; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (u->upos == TL_UPOS_CCONJ) {
			/* a conjunct that ends where the object does is whole
			 * ("debt and unfunded pension liabilities,"); so is a
			 * name's "and" ("Procter and Gamble") or numbers' */
			gboolean head = FALSE; /* not "and just", "and meanwhile" */
			for (size_t k = j; k < ext && !head; k++) {
				guint8 w = tl_evdoc_tok(d, k)->upos;
				head = w == TL_UPOS_NOUN || w == TL_UPOS_PROPN || w == TL_UPOS_NUM || w == TL_UPOS_PRON ||
				       w == TL_UPOS_VERB;
			}
			if ((!open && head) || tl_sum_in_name(d, j - 1) ||
			    (tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_PROPN &&
			     g_ascii_isupper(d->text[tl_evdoc_tok(d, j)->start])) ||
			    (tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_NUM && tl_evdoc_tok(d, j)->upos == TL_UPOS_NUM))
				continue;
			/* "between the Northern and Jubilee |": before "between" */
			size_t p = paired_conj(d, j - 1, lo);
			return p != G_MAXSIZE ? p : j - 1;
		}
		/* a subordinator or relative word whose clause has no verb yet */
		if (((u->upos == TL_UPOS_SCONJ && (u->lex & TL_EVLEX_SUBORD)) || u->xpos == TL_XPOS_WRB ||
		     u->xpos == TL_XPOS_WDT || u->xpos == TL_XPOS_WP) &&
		    (open_rel || !tl_sum_verb_in(d, j, end)))
			return j - 1;
	}
	if (natural)
		return end;
	/* nor a clause of a subordinator or a relative word further back that
	 * has no verb at the cut ("was formed when ITT and Cie Generale
	 * d'Electricite | of France merged") */
	for (size_t j = end; j > lo + 1 && j + NEAR > end; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (((u->upos == TL_UPOS_SCONJ && (u->lex & TL_EVLEX_SUBORD) && !prep_subord(d, j - 1)) ||
		     u->xpos == TL_XPOS_WRB) &&
		    !tl_sum_verb_in(d, j, end) && !tl_sum_finite_in(d, j, end))
			return j - 1;
		if (is_punct(u) && !tl_sum_angle(d, j - 1))
			break;
	}
	/* "electing Hong Kong|'s leaders": the possessor goes with its noun */
	if (tl_evdoc_tok(d, end)->xpos == TL_XPOS_POS) {
		size_t e = end;
		while (e > lo && (tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_PROPN || tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_NOUN))
			e--;
		if (e > lo && e < end)
			return e;
	}
	/* an amount cut from its unit or its noun: "sales of three | billion",
	 * "to around four | pct", "a 200 | mln deficit" */
	size_t e = amount_end(c, end, cl);
	if (e > end)
		return e;
	/* a compound cut inside: "to discuss emergency | aid" */
	e = end;
	while (e < cl && e < end + 2 && tl_evdoc_tok(d, e)->upos == TL_UPOS_NOUN &&
	       (tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_NOUN ||
		tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_ADJ))
		e++;
	if (e > end && (e == cl || tl_evdoc_tok(d, e)->upos != TL_UPOS_NOUN))
		return e;
	/* "president-|elect": a hyphenated word is not cut; one before its
	 * noun ("debt-|ridden countries") goes whole */
	if (tl_evdoc_tok(d, end)->xpos == TL_XPOS_HYPH &&
	    !(tl_evdoc_tok(d, end)->flags & TL_TOKF_SPACE_BEFORE) && end + 1 < cl) {
		guint8 w = tl_evdoc_tok(d, end + 1)->upos;
		if (w == TL_UPOS_NOUN &&
		    (end + 2 >= cl || tl_evdoc_tok(d, end + 2)->upos != TL_UPOS_NOUN))
			return end + 2;
		return end - 1 > lo ? end - 1 : end;
	}
	if (tl_evdoc_tok(d, end - 1)->xpos == TL_XPOS_HYPH && end - 2 > lo)
		return end - 2; /* "debt-|ridden" */
	if (tl_evdoc_tok(d, end - 1)->xpos == TL_XPOS_VB &&
	    tl_evdoc_tok(d, end - 2)->xpos == TL_XPOS_TO &&
	    strcmp(tl_evdoc_lower(d, end - 2), "to") == 0) {
		e = end;
		while (e < cl && e < end + 3 && !is_punct(tl_evdoc_tok(d, e)) &&
		       tl_evdoc_tok(d, e)->upos != TL_UPOS_CCONJ &&
		       tl_evdoc_tok(d, e)->upos != TL_UPOS_SCONJ && tl_evdoc_tok(d, e)->xpos != TL_XPOS_WP &&
		       tl_evdoc_tok(d, e)->xpos != TL_XPOS_WDT && tl_evdoc_tok(d, e)->xpos != TL_XPOS_WRB)
			e++;
		if (e < end + 3 || e == cl)
			return e; /* its object up to a boundary */
		/* else up to its last whole noun phrase: "to prevent a
		 * proliferation | of" */
		while (e > end && (tl_sum_dangling(tl_evdoc_tok(d, e - 1)) ||
				   (tl_evdoc_tok(d, e)->upos == TL_UPOS_NOUN &&
				    tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_NOUN)))
			e--;
		guint8 last = tl_evdoc_tok(d, e - 1)->upos;
		if (e > end && (last == TL_UPOS_NOUN || last == TL_UPOS_PROPN ||
				last == TL_UPOS_NUM || last == TL_UPOS_PRON))
			return e;
		if (c->reach && end - 2 < c->reach)
			return end; /* the complement told stays */
		return end - 2;     /* else the infinitive goes */
	}
	/* past the prepositions and determiners that will be trimmed */
	while (end > lo && (tl_evdoc_tok(d, end - 1)->upos == TL_UPOS_ADP ||
	                    tl_evdoc_tok(d, end - 1)->upos == TL_UPOS_DET))
		end--;
	const TlEvTok *u = tl_evdoc_tok(d, end - 1);
	/* a relative clause with no pronoun, cut after its verb: "at a house he
	 * had", "191 mln dlrs NIPSCO invested" */
	if ((u->upos == TL_UPOS_VERB || u->upos == TL_UPOS_AUX) && end - 2 > lo &&
	    (tl_sum_nominative(d, end - 2) ||
	     (tl_evdoc_tok(d, end - 2)->upos == TL_UPOS_PROPN && tl_ev_finite_xpos(u->xpos) &&
	      (tl_evdoc_tok(d, end - 3)->upos == TL_UPOS_NOUN ||
	       tl_evdoc_tok(d, end - 3)->upos == TL_UPOS_NUM))))
		return end - 2;
	guint8 nx = tl_evdoc_tok(d, end)->upos;
	if (u->upos == TL_UPOS_ADV && (nx == TL_UPOS_ADJ || nx == TL_UPOS_VERB))
		return end - 1; /* "become a highly | skilled rider" */
	if ((u->xpos == TL_XPOS_VBN || u->xpos == TL_XPOS_VBG) &&
	    (nx == TL_UPOS_NOUN || nx == TL_UPOS_PROPN || nx == TL_UPOS_ADJ ||
	     /* "the subsidiary based | in Oslo" */
	     (nx == TL_UPOS_ADP && u->xpos == TL_XPOS_VBN && tl_evdoc_tok(d, end - 2)->upos == TL_UPOS_NOUN)) &&
	    tl_evdoc_tok(d, end - 2)->upos != TL_UPOS_AUX &&
	    tl_evdoc_tok(d, end - 2)->xpos != TL_XPOS_TO) {
		e = end - 1; /* "of its wholly owned", "previously SDF controlled" */
		while (e > lo && (tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_ADV ||
				  (tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_PROPN && e - 2 > lo &&
				   tl_evdoc_tok(d, e - 2)->upos == TL_UPOS_ADV)))
			e--;
		if (e > lo)
			return e;
	}
	/* a name cut a word or two before its end is made whole ("with the
	 * International Monetary | Fund"); a preposition's phrase cut before
	 * its noun phrase ends goes whole */
	size_t k = tl_evdoc_ent_after(d, end - 1);
	if (k < d->n_ents && d->ents[k].first < end && d->ents[k].last > end && d->ents[k].last <= end + 2 &&
	    d->ents[k].last <= cl)
		return d->ents[k].last;
	/* "as part of a Blessing |": the phrase an "of" phrase belongs to
	 * goes with it, or neither does ("needs the approval of the
	 * superintendent |") */
	size_t p = cut_phrase(c, lo, end);
	while (p != G_MAXSIZE && strcmp(tl_evdoc_lower(d, p), "of") == 0)
		p = cut_phrase(c, lo, p);
	if (p != G_MAXSIZE)
		return p;
	return end;
}

/* A preposition the tagger read as a subordinator before its gerund ("the
 * suspension of | trading", "by selling"): the phrase goes on, no clause
 * of its own starts ("after rising", "while trading" do). */
static gboolean
gerund_phrase(const TlEvDoc *d, size_t j)
{
	return tl_evdoc_tok(d, j)->upos == TL_UPOS_SCONJ &&
	       !(tl_evdoc_tok(d, j)->lex & TL_EVLEX_SUBORD) && j + 1 < d->toks->len &&
	       tl_evdoc_tok(d, j + 1)->xpos == TL_XPOS_VBG &&
	       tl_evdoc_tok(d, j + 1)->sent == tl_evdoc_tok(d, j)->sent;
}

/* Does the phrase of the gerund whose preposition is at j end before cl
 * within `room` words, at a comma, a conjunction or a clause of its own?
 * (A gerund cut from its object, "by putting more | tax", reads worse than
 * none.) */
static gboolean
gerund_fits(const Ctx *c, size_t j, size_t cl, size_t room)
{
	const TlEvDoc *d = c->d;
	size_t n = 0;
	for (size_t k = j; k < cl; k++) {
		const TlEvTok *u = tl_evdoc_tok(c->d, k);
		/* (not a gerund whose words are a quote: "by saying | "we
		 * are ready"") */
		if (k > j + 1 &&
		    (is_punct(u) || u->upos == TL_UPOS_CCONJ || (u->lex & TL_EVLEX_SUBORD) ||
		     u->xpos == TL_XPOS_WDT || u->xpos == TL_XPOS_WP || u->xpos == TL_XPOS_WRB ||
		     (u->upos == TL_UPOS_ADP && in_timex(c, k + 1))))
			return n <= room && !(k == j + 2 && ((u->mark & TL_EVM_QUOTE) ||
							     d->text[u->start] == ':' ||
							     d->text[u->start] == '"'));
		n += !in_timex(c, k) && !(u->mark & TL_EVM_QUOTE);
		if (n > room)
			return FALSE;
	}
	const TlEvTok *q = cl < d->toks->len ? tl_evdoc_tok(d, cl) : NULL;
	return !(
		cl == j + 2 && q &&
		((q->mark & TL_EVM_QUOTE) || d->text[q->start] == ':' || d->text[q->start] == '"'));
}

/* An adjective or a participle before its noun ("an abbreviated |,
 * streamlined filing"). */
static gboolean
attributive(const TlEvTok *u)
{
	return u->upos == TL_UPOS_ADJ || u->xpos == TL_XPOS_VBN || u->xpos == TL_XPOS_VBG;
}

/* Is the comma at cl one between adjectives before their noun ("made an
 * abbreviated, streamlined filing"), which ends no clause? */
static gboolean
adjective_comma(const TlEvDoc *d, size_t cl)
{
	/* (cl may be the end of the document's tokens) */
	if (cl < 2 || cl + 2 >= d->toks->len)
		return FALSE;
	const TlEvTok *s = tl_evdoc_tok(d, cl);
	if (s->xpos != TL_XPOS_COMMA || tl_evdoc_tok(d, cl + 2)->sent != s->sent)
		return FALSE;
	const TlEvTok *a = tl_evdoc_tok(d, cl - 1), *a0 = tl_evdoc_tok(d, cl - 2),
		      *b = tl_evdoc_tok(d, cl + 1), *n = tl_evdoc_tok(d, cl + 2);
	return attributive(a) &&
	       (a0->upos == TL_UPOS_DET || a0->upos == TL_UPOS_ADJ || a0->xpos == TL_XPOS_PRPS) &&
	       attributive(b) &&
	       (n->upos == TL_UPOS_NOUN || (n->upos == TL_UPOS_ADJ && cl + 3 < d->toks->len &&
					    tl_evdoc_tok(d, cl + 3)->upos == TL_UPOS_NOUN));
}

/* Does a verb group open tokens [a, b), past adverbs: "(and) was occupied
 * by", "(and) spoke with" (not a capitalised word, a name's the tagger
 * misread: "and Manufacturing")? */
static gboolean
verb_after(const TlEvDoc *d, size_t a, size_t b)
{
	while (a < b && tl_evdoc_tok(d, a)->upos == TL_UPOS_ADV)
		a++;
	if (a >= b)
		return FALSE;
	const TlEvTok *u = tl_evdoc_tok(d, a);
	return (u->upos == TL_UPOS_AUX || (u->upos == TL_UPOS_VERB && !tl_sum_prenominal(d, a))) &&
	       !(u->flags & TL_TOKF_CAP);
}

/* A verb of saying or thinking, whose object may be a clause. */
static gboolean
reports(const TlEvDoc *d, const TlEvent *ev)
{
	return ev->cls == TL_EVC_REPORTING || ev->cls == TL_EVC_I_STATE ||
	       (tl_evdoc_tok(d, ev->tok)->lex & (TL_EVLEX_REPORTING | TL_EVLEX_I_STATE));
}

/* Does "and" or "but" at token k (before cl) open a clause with a subject
 * of its own: a short noun phrase, perhaps adverbs, then a finite verb
 * ("closed the plant and workers will lose their jobs", "is approaching
 * and early voting has already started")?  After a verb of saying the
 * noun phrases may be one subject ("said prices and wages rose"): then
 * only when a finite verb stands between the verb and k, and after a
 * subordinator between its finite verb.  A finite verb group's only
 * ("issues like found needles and drugs are" is one phrase). */
static gboolean
new_clause_at(const TlEvDoc *d, const TlEvent *ev, size_t k, size_t cl)
{
	if (tl_evdoc_tok(d, k)->upos != TL_UPOS_CCONJ || tl_evdoc_tok(d, k - 1)->upos == TL_UPOS_ADJ ||
	    tl_sum_in_name(d, k) || tl_sum_name_conj(d, k) ||
	    !tl_ev_finite_xpos(tl_evdoc_tok(d, ev->vg_first)->xpos) ||
	    (strcmp(tl_evdoc_lower(d, k), "and") != 0 && strcmp(tl_evdoc_lower(d, k), "but") != 0))
		return FALSE;
	size_t j = k + 1;
	while (j < cl && j < k + 1 + MAX_SUBJECT && nominal(tl_evdoc_tok(d, j)))
		j++;
	if (j == k + 1 || j >= cl)
		return FALSE;
	if (tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_DET || tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_ADJ)
		return FALSE; /* no noun to be a subject */
	while (j < cl && tl_evdoc_tok(d, j)->upos == TL_UPOS_ADV)
		j++;
	if (j >= cl || !tl_ev_finite_xpos(tl_evdoc_tok(d, j)->xpos))
		return FALSE;
	/* a present form last is more likely a noun the tagger misread:
	 * "reflects a more aggressive marketing and sales focus." */
	guint8 x = tl_evdoc_tok(d, j)->xpos;
	if ((x == TL_XPOS_VBP || x == TL_XPOS_VBZ) &&
	    (j + 1 >= d->toks->len || tl_evdoc_tok(d, j + 1)->sent != tl_evdoc_tok(d, j)->sent ||
	     is_punct(tl_evdoc_tok(d, j + 1))))
		return FALSE;
	/* after a subordinator the clause it opens must come first: "forecast
	 * that stocks of oils and fats may be cut", "after Standard and Poor's
	 * Corp downgraded" */
	for (size_t q = k; q-- > ev->tok + 1;)
		if (tl_evdoc_tok(d, q)->upos == TL_UPOS_SCONJ)
			return tl_sum_finite_in(d, q + 1, k);
	if (reports(d, ev) || ev->cls == TL_EVC_PERCEPTION)
		return tl_sum_finite_in(d, ev->tok + 1, k);
	return TRUE;
}

/* Does the time that ends before token k end in a noun that a clause may
 * tell, after "the" ("the same day", "the week"; not "today", nor "on
 * Monday")? */
static gboolean
time_noun_before(const Ctx *c, size_t k)
{
	static const char *const nouns[] = {"day", "week", "month", "year", "night", "morning",
	                                    "evening", "afternoon", "weekend", "hour", "moment",
	                                    "time", NULL};
	const TlEvDoc *d = c->d;
	if (!tl_ev_word_in(tl_evdoc_lower(d, k - 1), nouns))
		return FALSE;
	size_t j = k - 1;
	while (j > 0 && k - j < 5 && in_timex(c, j - 1))
		j--;
	return strcmp(tl_evdoc_lower(d, j), "the") == 0;
}

/* Does a clause with a subject of its own begin at token k (before cl): a
 * noun phrase of a few words or a pronoun, then a finite verb ("the day
 * Malawi confirmed", "the week he died")? */
static gboolean
time_clause_at(const TlEvDoc *d, size_t k, size_t cl)
{
	size_t j = k;
	if (j < cl && strcmp(tl_evdoc_lower(d, j), "that") == 0)
		j++;
	size_t np = j;
	while (j < cl && j < np + MAX_SUBJECT && nominal(tl_evdoc_tok(d, j)))
		j++;
	if (j == np || j >= cl || tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_DET ||
	    tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_ADJ)
		return FALSE;
	return tl_ev_finite_xpos(tl_evdoc_tok(d, j)->xpos) && tl_evdoc_tok(d, j)->upos != TL_UPOS_NOUN;
}

/* Are tokens [a, b) an object of noun phrases and their prepositions, no
 * pronoun, conjunction, subordinator ("as", "before") or verb among them
 * (then an auxiliary after them is another clause's)?  A time and its
 * preposition count as such a phrase ("had halted production since May 4
 * had been resolved"). */
static gboolean
plain_object(const Ctx *c, size_t a, size_t b)
{
	const TlEvDoc *d = c->d;
	if (a >= b || (!nominal(tl_evdoc_tok(d, b - 1)) && !in_timex(c, b - 1)) ||
	    tl_evdoc_tok(d, b - 1)->upos == TL_UPOS_PRON)
		return FALSE;
	for (size_t j = a; j < b; j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (in_timex(c, j) || (j + 1 < b && in_timex(c, j + 1) && !in_timex(c, j) &&
		                       (u->upos == TL_UPOS_ADP || u->upos == TL_UPOS_SCONJ)))
			continue;
		if (u->upos == TL_UPOS_PRON && u->xpos != TL_XPOS_PRPS)
			return FALSE;
		if ((!nominal(u) && u->upos != TL_UPOS_ADP && u->xpos != TL_XPOS_POS &&
		     u->xpos != TL_XPOS_PRPS) ||
		    (u->lex & TL_EVLEX_SUBORD))
			return FALSE;
	}
	return TRUE;
}

/* Are tokens [a, b) a short noun phrase, a "that" before it at most (a
 * possessive pronoun opens it at most: "its president")? */
static gboolean
plain_np(const TlEvDoc *d, size_t a, size_t b)
{
	if (a < b && strcmp(tl_evdoc_lower(d, a), "that") == 0)
		a++;
	if (a >= b || b - a > MAX_SUBJECT + 2)
		return FALSE;
	for (size_t j = a; j < b; j++)
		if (!nominal(tl_evdoc_tok(d, j)) ||
		    (tl_evdoc_tok(d, j)->upos == TL_UPOS_PRON && !(j == a && tl_evdoc_tok(d, j)->xpos == TL_XPOS_PRPS)))
			return FALSE;
	return TRUE;
}

/* The "that" of what a report says after a phrase of a preposition and
 * its dates ("said in a statement on Monday that", "told reporters at the
 * White House that"), within 12 words and no verb between; G_MAXSIZE when
 * there is none. */
static size_t
said_that(const Ctx *c, const TlEvent *ev, size_t cl)
{
	const TlEvDoc *d = c->d;
	size_t j = ev->tok + 1;
	if (j >= cl || tl_evdoc_tok(d, j)->upos != TL_UPOS_ADP || in_timex(c, j + 1))
		return G_MAXSIZE; /* a date alone is left out already */
	for (; j < cl && j < ev->tok + 13; j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (j > ev->tok + 2 && strcmp(tl_evdoc_lower(d, j), "that") == 0 && u->upos == TL_UPOS_SCONJ)
			return j + 1 < cl ? j : G_MAXSIZE;
		/* (a name's "and": "in a Securities and Exchange Commission
		 * filing that") */
		gboolean name_and = u->upos == TL_UPOS_CCONJ && j + 1 < cl &&
		                    (tl_sum_in_name(d, j) || ((tl_evdoc_tok(d, j - 1)->flags & TL_TOKF_CAP) &&
		                                              (tl_evdoc_tok(d, j + 1)->flags & TL_TOKF_CAP)));
		if (!nominal(u) && u->upos != TL_UPOS_ADP && !in_timex(c, j) && !name_and)
			return G_MAXSIZE;
	}
	return G_MAXSIZE;
}

/* Is the date at j (its preposition before it) inside the subject of
 * what report ev says, its verb right after the date ("said spending for
 * 1987 is forecast to be about 550 mln dlrs")? */
static gboolean
subject_date(const Ctx *c, const TlEvent *ev, size_t j, size_t cl)
{
	const TlEvDoc *d = c->d;
	size_t a = ev->tok + 1;
	if (strcmp(tl_evdoc_lower(d, a), "that") == 0)
		a++;
	for (size_t q = a; q + 1 < j; q++) /* (a gerund's too: "spending for 1987") */
		if ((!nominal(tl_evdoc_tok(d, q)) && tl_evdoc_tok(d, q)->xpos != TL_XPOS_VBG) ||
		    tl_evdoc_tok(d, q)->upos == TL_UPOS_PRON)
			return FALSE;
	size_t k = j;
	while (k < cl && in_timex(c, k))
		k++;
	/* (not a time's participle: "for the week ended March 28") */
	static const char *const period[] = {"end", "begin", "start", NULL};
	return k > a + 1 && k < cl &&
	       (tl_evdoc_tok(d, k)->upos == TL_UPOS_AUX ||
		tl_ev_finite_xpos(tl_evdoc_tok(d, k)->xpos)) &&
	       !tl_ev_word_in(tl_evdoc_lemma(d, k), period);
}

/*
 * What a report says, when the phrase after its subject's noun (a
 * preposition's, a participle's: "its flight simulator designed to train
 * pilots in dealing with wind shear was endorsed") would leave no room
 * for its verb: *k the end of the subject's noun phrase, *v its verb
 * group's first word; FALSE when it fits or is no such clause.
 */
static gboolean
long_subject(const Ctx *c, const TlEvent *ev, size_t cl, size_t *k, size_t *v)
{
	const TlEvDoc *d = c->d;
	size_t a = ev->tok + 1;
	if (a < cl && strcmp(tl_evdoc_lower(d, a), "that") == 0)
		a++;
	size_t j = a;
	while (j < cl && j < a + MAX_SUBJECT && nominal(tl_evdoc_tok(d, j)) && !in_timex(c, j) &&
	       tl_evdoc_tok(d, j)->xpos != TL_XPOS_PRP)
		j++;
	if (j == a || j >= cl)
		return FALSE;
	const TlEvTok *h = tl_evdoc_tok(d, j - 1);
	/* a date between the noun and its phrase: "supportive remarks
	 * yesterday from Federal Reserve chairman Paul Volcker" */
	size_t j0 = j;
	while (j < cl && j < j0 + 4 && in_timex(c, j))
		j++;
	if (j >= cl)
		return FALSE;
	const TlEvTok *m = tl_evdoc_tok(d, j);
	if ((h->upos != TL_UPOS_NOUN && h->upos != TL_UPOS_PROPN) || m->upos != TL_UPOS_ADP)
		return FALSE;
	guint words = 0;
	for (size_t q = ev->tok + 1; q < cl && q < j + NEAR; q++) {
		const TlEvTok *u = tl_evdoc_tok(d, q);
		if (q >= j && (u->upos == TL_UPOS_AUX || tl_ev_finite_xpos(u->xpos))) {
			if (words + 2 <= MAX_OBJECT)
				return FALSE; /* it fits */
			*k = j, *v = q;
			return TRUE;
		}
		/* phrases of prepositions only: no clause of its own, no list,
		 * no participle ("chances for a recovery hinged on factors whose
		 * impact will not be felt", "acres of land burned before") */
		/* (but the "and" between two names: "from Paul Volcker and
		 * Japanese Finance Minister Kiichi Miyazawa") */
		gboolean names_and = u->upos == TL_UPOS_CCONJ &&
				     tl_evdoc_tok(d, q - 1)->upos == TL_UPOS_PROPN && q + 1 < cl &&
				     (tl_evdoc_tok(d, q + 1)->flags & TL_TOKF_CAP);
		if (q >= j && !nominal(u) && u->upos != TL_UPOS_ADP && u->upos != TL_UPOS_ADV &&
		    !in_timex(c, q) && !names_and)
			return FALSE;
		if (q >= j && (u->xpos == TL_XPOS_PRP || (u->upos == TL_UPOS_CCONJ && !names_and)))
			return FALSE;
		words += !in_timex(c, q) && !(u->mark & TL_EVM_QUOTE);
	}
	return FALSE;
}

/* The quote mark that closes the one at token open, with words between,
 * fewer than `span` tokens on and before token last; else G_MAXSIZE. */
static size_t
closing_quote(const TlEvDoc *d, size_t open, size_t last, size_t span)
{
	size_t q = open + 1;
	while (q < last && q < open + span && !(tl_evdoc_tok(d, q)->mark & TL_EVM_QUOTE))
		q++;
	return q > open + 1 && q < last && (tl_evdoc_tok(d, q)->mark & TL_EVM_QUOTE) ? q : G_MAXSIZE;
}

/* Where a quoted complement that closes at token q2 ends in sentence s:
 * after the quote, with a phrase of a preposition after it ("named
 * "COVID-19" by the WHO"), not past a comma the quote closes ("called "Day
 * after Day," so it would fit"). */
static size_t
quoted_complement_end(const TlEvDoc *d, const TlEvSent *s, size_t q2)
{
	size_t end = q2 + 1;
	if (end < s->last && tl_evdoc_tok(d, end)->upos == TL_UPOS_ADP && !is_punct(tl_evdoc_tok(d, q2 - 1))) {
		guint32 f2, l2;
		tl_ev_clause(d, end, &f2, &l2);
		end = l2;
	}
	return end;
}

/* The object or complement after the verb: at most MAX_OBJECT words, the
 * timexes left out not counted, cut back to a whole phrase. */
void
tl_sum_append_object(const Ctx *c, const TlEvent *ev, size_t cl, GArray *keep)
{
	const TlEvDoc *d = c->d;
	size_t end = ev->tok + 1;
	/* the complement told may lie past a comma: "voted on June 23, 2016,
	 * to leave the European Union" */
	if (c->reach > cl && c->reach > ev->tok && c->reach <= ev->tok + MAX_OBJECT + 5 &&
	    tl_evdoc_tok(d, c->reach - 1)->sent == ev->sent) {
		guint32 f2, l2;
		tl_ev_clause(d, c->reach - 1, &f2, &l2);
		cl = l2;
	}
	if (tl_sum_report_clause(c, ev, cl, keep))
		return;
	/* "combined (averaged) data from 2005", "sold (or leased) its
	 * plants": the object goes on past a word or two in brackets right
	 * after the verb, which go */
	size_t rb = bracket_after(d, ev, cl);
	if (rb) {
		guint32 f2, l2;
		tl_ev_clause(d, rb + 1, &f2, &l2);
		TlEvent p = {.tok = (guint32)rb, .sent = ev->sent};
		tl_sum_append_object(c, &p, l2, keep);
		return;
	}
	/* "made an abbreviated, streamlined filing with the FERC": the
	 * object runs past the comma between its adjectives */
	if (cl > ev->tok + 2 && adjective_comma(d, cl)) {
		guint32 f2, l2;
		tl_ev_clause(d, cl + 1, &f2, &l2);
		cl = l2;
	}
	/* "said in a statement on Monday that ...": what was said is the
	 * "that" clause after the phrase that tells how or where */
	size_t th = reports(d, ev) ? said_that(c, ev, cl) : G_MAXSIZE;
	if (th != G_MAXSIZE) {
		TlEvent p = {.tok = (guint32)(th - 1), .sent = ev->sent};
		tl_sum_append_object(c, &p, cl, keep);
		return;
	}
	/* "said the company's sales growth rate for each of the next five
	 * years would exceed ...": when what was said would be cut before its
	 * verb, its subject goes without the phrase after its noun */
	size_t sk, sv;
	if ((tl_evdoc_tok(d, ev->tok)->lex & TL_EVLEX_REPORTING) && tl_ev_finite_xpos(tl_evdoc_tok(d, ev->vg_first)->xpos) &&
	    long_subject(c, ev, cl, &sk, &sv)) {
		tl_sum_append_span(c, ev->tok + 1, sk, keep);
		TlEvent p = {.tok = (guint32)(sv - 1), .sent = ev->sent};
		tl_sum_append_object(c, &p, cl, keep);
		return;
	}
	/* "stressed that if this support persists, the US will take action":
	 * what was said is the clause after the condition's comma */
	if (ev->tok + 3 < cl && cl + 2 < d->toks->len && tl_evdoc_tok(d, cl)->xpos == TL_XPOS_COMMA &&
	    tl_evdoc_tok(d, cl + 1)->sent == ev->sent && strcmp(tl_evdoc_lower(d, end), "that") == 0 &&
	    tl_evdoc_tok(d, end)->upos == TL_UPOS_SCONJ &&
	    (tl_evdoc_tok(d, end + 1)->upos == TL_UPOS_SCONJ || tl_evdoc_tok(d, end + 1)->xpos == TL_XPOS_WRB) &&
	    strcmp(tl_evdoc_lower(d, end + 1), "that") != 0) {
		/* the clause has a subject of its own and a finite verb */
		guint32 f2, l2;
		tl_ev_clause(d, cl + 1, &f2, &l2);
		guint8 u = tl_evdoc_tok(d, cl + 1)->upos;
		gboolean clause = u == TL_UPOS_DET || u == TL_UPOS_PRON || u == TL_UPOS_PROPN || u == TL_UPOS_NOUN ||
		                  u == TL_UPOS_ADJ || u == TL_UPOS_NUM;
		if (f2 == cl + 1 && clause && tl_sum_finite_in(d, cl + 2, l2)) {
			tl_sum_append_span(c, end, end + 1, keep);
			TlEvent p = {.tok = cl, .sent = ev->sent};
			tl_sum_append_object(c, &p, l2, keep);
			return;
		}
	}
	/* "acknowledged their government had "unintentionally" shot down",
	 * "was reported in the "Kiss & Fly" section": a few words quoted
	 * inside the clause do not end it */
	/* (right after a verb that does not report, a title: "released
	 * "Songs & Stories" on Friday") */
	/* (an opening mark, a word glued after it: "was "humbled" by the
	 * results and "...I" is none) */
	const TlEvSent *sq = &g_array_index(d->sents, TlEvSent, ev->sent);
	gboolean opens = cl + 2 < sq->last && (tl_evdoc_tok(d, cl)->mark & TL_EVM_QUOTE) &&
	                 (tl_evdoc_tok(d, cl)->flags & TL_TOKF_SPACE_BEFORE) &&
	                 !(tl_evdoc_tok(d, cl + 1)->flags & TL_TOKF_SPACE_BEFORE) &&
	                 !is_punct(tl_evdoc_tok(d, cl - 1));
	gboolean title = opens && cl == ev->tok + 1 && !reports(d, ev) &&
	                 tl_evdoc_tok(d, ev->tok)->upos == TL_UPOS_VERB;
	if (opens && (cl > ev->tok + 1 || title)) {
		size_t q2 = closing_quote(d, cl, sq->last, 7);
		if (q2 != G_MAXSIZE && title) {
			/* the title, and a phrase of a preposition after it ("named
			 * "COVID-19" by the WHO"), no more ("nicknamed "the
			 * Canadian Caper" and later made"; "called "Day after
			 * Day," so it would fit") */
			cl = quoted_complement_end(d, sq, q2);
		} else if (q2 != G_MAXSIZE && is_punct(tl_evdoc_tok(d, q2 - 1))) {
			cl = q2 + 1; /* a comma inside the quote ends it: "as "nonsense," and said" */
		} else if (q2 != G_MAXSIZE && q2 + 1 < sq->last && !is_punct(tl_evdoc_tok(d, q2 + 1))) {
			guint32 f2, l2;
			tl_ev_clause(d, q2 + 1, &f2, &l2);
			cl = l2;
		} else if (q2 != G_MAXSIZE && tl_evdoc_tok(d, cl - 1)->upos == TL_UPOS_DET) {
			cl = q2 + 1; /* a title that ends the clause: "voted to pass the "Reform Bill 2019"." */
		}
	}
	/* "was commonly called "swine flu"", "was named "COVID-19" by the
	 * WHO": a short quote right after a verb of naming is its complement,
	 * not the start of what someone said */
	static const char *const naming[] = {"call", "name", "dub", "label", "term", "nickname",
	                                     "rename", "brand", "title", NULL};
	if (cl > ev->tok && cl <= ev->tok + 3 && cl + 1 < sq->last &&
	    (tl_evdoc_tok(d, cl)->mark & TL_EVM_QUOTE) && tl_ev_word_in(tl_evdoc_lemma(d, ev->tok), naming)) {
		size_t q2 = closing_quote(d, cl, sq->last, 7);
		if (q2 != G_MAXSIZE)
			cl = quoted_complement_end(d, sq, q2);
	}
	/* "said Hamza bin Laden, son of ..., has been killed": what was said
	 * runs past the apposition of its subject */
	if (reports(d, ev) && ev->tok + 1 < cl && cl + 2 < d->toks->len && plain_np(d, ev->tok + 1, cl)) {
		size_t c2 = tl_sum_apposition_end(c, cl);
		if (c2 != G_MAXSIZE) {
			guint32 f2, l2;
			tl_ev_clause(d, c2 + 1, &f2, &l2);
			tl_sum_append_span(c, ev->tok + 1, cl, keep);
			TlEvent p = {.tok = (guint32)c2, .sent = ev->sent};
			tl_sum_append_object(c, &p, l2, keep);
			return;
		}
		/* and past the rest of a list that is its subject: "said its
		 * Oldsmobile, Buick and Cadillac divisions will cut output" */
		size_t le = tl_sum_list_rest_end(c, cl);
		if (le != G_MAXSIZE) {
			guint32 f2, l2;
			tl_ev_clause(d, le, &f2, &l2);
			tl_sum_append_span(c, ev->tok + 1, le, keep);
			TlEvent p = {.tok = (guint32)(le - 1), .sent = ev->sent};
			tl_sum_append_object(c, &p, l2, keep);
			return;
		}
	}
	/* a complement told by its governing verb keeps its own verb:
	 * "would meet growers' groups within 10 days to discuss emergency aid" */
	size_t most = c->reach > ev->tok && c->reach <= ev->tok + MAX_OBJECT + 5 ? MAX_OBJECT + 5
										 : MAX_OBJECT;
	/* a relative clause's verb ("The man who killed the guard was
	 * arrested"): its object ends at the verb of the clause around it */
	gboolean relative = ev->vg_first >= 2 &&
	                    (tl_evdoc_tok(d, ev->vg_first - 1)->xpos == TL_XPOS_WDT ||
	                     tl_evdoc_tok(d, ev->vg_first - 1)->xpos == TL_XPOS_WP) &&
	                    (tl_evdoc_tok(d, ev->vg_first - 2)->upos == TL_UPOS_NOUN ||
	                     tl_evdoc_tok(d, ev->vg_first - 2)->upos == TL_UPOS_PROPN);
	for (size_t words = 0;
	     end < cl && (words < MAX_OBJECT || (end < c->reach + 2 && words < most)); end++) {
		/* a clause of its own ends it: "would release his tax returns
		 * once he was no longer under audit" (not the "that" of what
		 * was said, nor a subordinator right after the verb) */
		const TlEvTok *u = tl_evdoc_tok(d, end);
		if (end > ev->tok + 2 && u->upos == TL_UPOS_SCONJ &&
		    strcmp(tl_evdoc_lower(d, end), "that") != 0 && end + 1 != c->reach - 1 &&
		    !(gerund_phrase(d, end) && words < MAX_OBJECT &&
		      gerund_fits(c, end, cl, MAX_OBJECT - words)))
			break;
		/* nor runs into a verb coordinated with it, an event of its own:
		 * "was arrested in 1963 and was imprisoned until 1974" */
		/* (an infinitive too: "to build a trade surplus and to force a
		 * cut"; not "no option but to react") */
		if (end > ev->tok + 1 && u->upos == TL_UPOS_CCONJ && end + 1 < cl &&
		    (tl_evdoc_tok(d, end + 1)->upos == TL_UPOS_AUX ||
		     (tl_evdoc_tok(d, end + 1)->upos == TL_UPOS_VERB &&
		      !tl_sum_prenominal(d, end + 1)) ||
		     (tl_evdoc_tok(d, end + 1)->xpos == TL_XPOS_TO && end + 2 < cl &&
		      tl_evdoc_tok(d, end + 2)->xpos == TL_XPOS_VB &&
		      strcmp(tl_evdoc_lower(d, end), "but") != 0)))
			break;
		/* nor into a clause with a subject of its own: "closed the
		 * plant and workers will lose their jobs" */
		if (new_clause_at(d, ev, end, cl))
			break;
		/* (a verb that takes a clause may have one: "who saw the man
		 * was arrested"; not as a passive: "who was seen on Monday was
		 * arrested") */
		if (relative && end > ev->tok + 1 && !reports(d, ev) && u->upos == TL_UPOS_AUX &&
		    tl_ev_finite_xpos(u->xpos) &&
		    (!tl_sum_takes_clause(d, ev->tok) ||
		     (tl_evdoc_tok(d, ev->tok)->xpos == TL_XPOS_VBN && ev->vg_first < ev->tok)) &&
		    plain_object(c, ev->tok + 1, end))
			break;
		/* nor into the clause that tells which time a time of the
		 * object is, the time left out: "came the same day Malawi
		 * confirmed its first infections" is not "came Malawi
		 * confirmed" */
		if (end > ev->tok + 1 && in_timex(c, end - 1) && !in_timex(c, end) && !reports(d, ev) &&
		    time_noun_before(c, end) && time_clause_at(d, end, cl))
			break;
		/* (a quote mark is no word, nor a hyphen and what it glues on:
		 * "over-the-counter" is one) */
		words += !in_timex(c, end) && !(u->mark & TL_EVM_QUOTE) && !(end > 0 && tl_ev_glued(d, end));
	}
	/* a word of hyphens cut inside goes whole, with the noun it
	 * qualifies: "South Korea's first over-the-counter market" */
	if (end < cl && end > ev->tok + 1 && tl_ev_glued(d, end)) {
		size_t e = end;
		while (e < cl && e < end + 6 && tl_ev_glued(d, e))
			e++;
		if (e < cl && e < end + 6 && tl_evdoc_tok(d, e)->upos == TL_UPOS_NOUN)
			e++;
		if (e < end + 6)
			end = e;
	}
	/* a name cut before the noun it qualifies gets it: "25,000 tonnes of
	 * U.S. corn" */
	if (end < cl && end > ev->tok + 1 && tl_evdoc_tok(d, end - 1)->upos == TL_UPOS_PROPN &&
	    tl_evdoc_tok(d, end)->upos == TL_UPOS_NOUN && !in_timex(c, end) && !in_timex(c, end - 1)) {
		size_t e = end;
		while (e < cl && e < end + 2 && tl_evdoc_tok(d, e)->upos == TL_UPOS_NOUN && !in_timex(c, e))
			e++;
		end = e;
	}
	/* a clause that does not fit goes whole: "told the press in a
	 * separate interview that people" */
	/* (not when only dates come before it: "said last month that") */
	gboolean own = FALSE;
	if (end < cl)
		for (size_t j = ev->tok + 1; j < end; j++) {
			if (j >= ev->tok + 3 && own && strcmp(tl_evdoc_lower(d, j), "that") == 0 &&
			    tl_evdoc_tok(d, j)->upos == TL_UPOS_SCONJ) {
				end = j;
				break;
			}
			own = own || !(in_timex(c, j) || tl_evdoc_tok(d, j)->upos == TL_UPOS_ADV ||
			               (tl_evdoc_tok(d, j)->upos == TL_UPOS_ADP && in_timex(c, j + 1)));
		}
	/* a timex adverbial ("in 2021") ends the object when it comes after a
	 * few words; one inside a noun phrase ("the 2021 harvest") is left out,
	 * and one that opens what was said ("said that at the end of February
	 * GM had") goes on */
	gboolean said = FALSE;
	for (size_t j = ev->tok + 1; j < end; j++) {
		said = said || (j > ev->tok + 1 && !in_timex(c, j - 1) && tl_evdoc_tok(d, j - 1)->upos != TL_UPOS_ADP &&
		                strcmp(tl_evdoc_lower(d, j - 1), "that") != 0);
		if (in_timex(c, j) && j > ev->tok + 2 &&
		    tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_ADP && !tl_sum_target_date(c, ev->tok, j) &&
		    !(c->reach > j && c->reach <= end) &&
		    !(reports(d, ev) && subject_date(c, ev, j, cl)) &&
		    (said || !reports(d, ev) ||
		     strcmp(tl_evdoc_lower(d, ev->tok + 1), "that") != 0)) {
			end = j;
			/* "erupted into violence late | in September": the
			 * adverb goes with its time */
			if (j - 2 > ev->tok + 1 && tl_sum_time_adverb(d, j - 2)) {
				end = j - 2;
				if (strcmp(tl_evdoc_lower(d, end - 1), "as") == 0)
					end--; /* "as early | as 1990" */
			}
			break;
		}
	}
	/* "to be Biden's running mate": a participle cut from the one noun
	 * that ends its phrase gets it back */
	if (end < cl && end > ev->tok + 1 && tl_sum_prenominal(d, end - 1) &&
	    tl_evdoc_tok(d, end)->upos == TL_UPOS_NOUN &&
	    (end + 1 == cl || is_punct(tl_evdoc_tok(d, end + 1)) || tl_evdoc_tok(d, end + 1)->upos == TL_UPOS_ADP ||
	     tl_evdoc_tok(d, end + 1)->upos == TL_UPOS_CCONJ))
		end++;
	/* "with a range of critical materials" cut after "range": the phrase
	 * goes; not a verb's object ("He had no estimate of how many workers
	 * were on strike" is not "He had", "said it has no intention of" not
	 * "said it has") */
	if (end < cl && strcmp(tl_evdoc_lower(d, end), "of") == 0) {
		size_t e = end;
		while (e > ev->tok + 1) {
			const TlEvTok *u = tl_evdoc_tok(d, e - 1);
			if (u->upos != TL_UPOS_NOUN && u->upos != TL_UPOS_ADJ && u->upos != TL_UPOS_DET &&
			    u->upos != TL_UPOS_NUM)
				break;
			e--;
		}
		/* (after a verb that reports, the subject of what was said:
		 * "Hayes said the cost of" is "Hayes said") */
		const TlEvTok *h = tl_evdoc_tok(d, e - 1);
		if ((e > ev->tok + 1 && h->upos == TL_UPOS_ADP) || (h->lex & TL_EVLEX_REPORTING))
			end = e;
	}
	/* "to Wang Yi and leader Xi Jinping": a coordinated name is not cut off */
	if (end < cl && end > 0 && tl_evdoc_tok(d, end)->upos == TL_UPOS_CCONJ)
		for (size_t k = tl_evdoc_ent_after(d, end - 1); k < d->n_ents && d->ents[k].last <= end; k++)
			if (d->ents[k].last == end && k + 1 < d->n_ents &&
			    d->ents[k + 1].first > end && d->ents[k + 1].first <= end + 4 &&
			    d->ents[k + 1].last <= cl &&
			    /* (not past a verb coordinated: "belonged to Syria and
			     * was occupied by Israel") */
			    !verb_after(d, end + 1, d->ents[k + 1].first)) {
				end = d->ents[k + 1].last;
				break;
			}
	/* cut, or ended at a clause of its own that is no new sentence
	 * ("revenue to stay under two million dollars but several members |
	 * believe") */
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	if (end > ev->tok + 2 && end < s->last && (end < cl || !is_punct(tl_evdoc_tok(d, end))))
		end = cut_back(c, ev, end, MAX(cl, end + 1), end >= cl);
	tl_sum_append_span(c, ev->tok + 1, end, keep);
}

/*
 * A subject after its verb, as a quote is reported: '"It feels like
 * home," said Rosa Delgado, who...' is "Rosa Delgado said".  The verb group
 * right after a closing quote (and a comma), a name or noun phrase after
 * it; its span in [*a, *b).
 */
static gboolean
inverted_subject(const Ctx *c, const TlEvent *ev, size_t cl, size_t *a, size_t *b)
{
	const TlEvDoc *d = c->d;
	size_t j = ev->vg_first;
	guint8 x = tl_evdoc_tok(d, ev->tok)->xpos;
	if (ev->cls != TL_EVC_REPORTING || j == 0 || ev->tok + 1 >= cl ||
	    (x != TL_XPOS_VBD && x != TL_XPOS_VBZ && x != TL_XPOS_VBP))
		return FALSE; /* not "..., citing the wildfires" */
	if (tl_evdoc_tok(d, j - 1)->xpos == TL_XPOS_COMMA && j > 1)
		j--;
	const TlEvTok *q = tl_evdoc_tok(d, j - 1);
	if (q->xpos != TL_XPOS_RQUOTE && !(q->mark & TL_EVM_QUOTE))
		return FALSE;
	size_t e = ev->tok + 1;
	while (e < cl && e <= ev->tok + MAX_SUBJECT &&
	       ((nominal(tl_evdoc_tok(d, e)) && tl_evdoc_tok(d, e)->upos != TL_UPOS_PRON) ||
	        /* "said analyst Dennis Telzrow of Eppler" */
	        (e > ev->tok + 1 && e + 1 < cl && strcmp(tl_evdoc_lower(d, e), "of") == 0 &&
	         tl_evdoc_tok(d, e + 1)->upos == TL_UPOS_PROPN)))
		e++;
	if (e == ev->tok + 1 || (e < cl && !is_punct(tl_evdoc_tok(d, e))))
		return FALSE; /* "said the board would meet": no inversion */
	*a = ev->tok + 1, *b = e;
	return TRUE;
}

/* An infinitive after a noun or a pronoun, or after "and": the words
 * before its "to" are another verb's object ("urged it to continue"), not
 * its subject.  After an adjective they are ("The product will be able to
 * repair it"). */
static gboolean
object_infinitive(const TlEvDoc *d, const TlEvent *ev)
{
	size_t to = ev->vg_first;
	if (tl_evdoc_tok(d, to)->xpos != TL_XPOS_TO || to == 0 ||
	    tl_evdoc_tok(d, to - 1)->sent != tl_evdoc_tok(d, to)->sent)
		return FALSE;
	/* not "in addition to condemning", nor a headline's "EU to consider
	 * sanctions" (no verb before: the noun is its subject) */
	if (tl_evdoc_tok(d, ev->tok)->xpos != TL_XPOS_VB)
		return FALSE;
	guint8 u = tl_evdoc_tok(d, to - 1)->upos;
	if (!(u == TL_UPOS_NOUN || u == TL_UPOS_PRON || u == TL_UPOS_PROPN || u == TL_UPOS_CCONJ ||
	      u == TL_UPOS_NUM || tl_evdoc_tok(d, to - 1)->xpos == TL_XPOS_COMMA))
		return FALSE;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	size_t a = MAX(s->first, to >= NEAR ? to - NEAR : 0);
	return tl_sum_verb_in(d, a, to - 1) || tl_sum_finite_in(d, a, to - 1);
}

/* The token after the verb or auxiliary before the coordinating
 * conjunction that stands before token i (past adverbs), in sentence s and
 * within 16 tokens of it, nothing finite between ("was arrested | and
 * charged"); 0 when there is none. */
static size_t
verb_before_conj(const TlEvDoc *d, const TlEvSent *s, size_t i)
{
	size_t j = i;
	while (j > s->first && tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_ADV)
		j--;
	if (j < s->first + 3 || tl_evdoc_tok(d, j - 1)->upos != TL_UPOS_CCONJ)
		return 0;
	size_t v = j - 1;
	while (v > s->first && v + 16 > j && tl_evdoc_tok(d, v - 1)->upos != TL_UPOS_VERB &&
	       tl_evdoc_tok(d, v - 1)->upos != TL_UPOS_AUX)
		v--;
	return v > s->first ? v : 0;
}

/*
 * "Smith was arrested in Paris and charged with fraud": a bare participle
 * coordinated with a passive verb group shares its auxiliaries, which go
 * after the subject already in keep ("Smith was charged", not "Smith
 * charged", an active past).
 */
static void
shared_passive(const TlEvDoc *d, const TlEvent *ev, GArray *keep)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	/* (or a past the tagger read, either way with no object after it:
	 * "and charged with fraud"; not "and arrested him") */
	guint8 x = tl_evdoc_tok(d, ev->tok)->xpos;
	size_t o = ev->tok + 1;
	while (o < s->last && tl_evdoc_tok(d, o)->upos == TL_UPOS_ADV)
		o++;
	/* (a past, only before "by": "and returned to the White House",
	 * "and tried often to undermine him" are active) */
	if (ev->vg_first != ev->tok || (x != TL_XPOS_VBN && x != TL_XPOS_VBD) ||
	    (x == TL_XPOS_VBD && (o >= s->last || strcmp(tl_evdoc_lower(d, o), "by") != 0)) ||
	    (o < s->last && tl_evdoc_tok(d, o)->upos != TL_UPOS_ADP && !is_punct(tl_evdoc_tok(d, o))))
		return; /* (nor before "to": "and declined to comment") */
	size_t v = verb_before_conj(d, s, ev->tok);
	if (!v || tl_evdoc_tok(d, v - 1)->xpos != TL_XPOS_VBN)
		return;
	v--;
	size_t a = v;
	while (a > s->first && (tl_evdoc_tok(d, a - 1)->upos == TL_UPOS_AUX || tl_evdoc_tok(d, a - 1)->upos == TL_UPOS_ADV))
		a--;
	/* (a finite group: not "being convicted", "to be used") */
	while (a < v && !(tl_evdoc_tok(d, a)->upos == TL_UPOS_AUX && tl_ev_finite_xpos(tl_evdoc_tok(d, a)->xpos)))
		a++;
	gboolean be = FALSE;
	for (size_t k = a; k < v; k++)
		be |= tl_evdoc_tok(d, k)->upos == TL_UPOS_AUX && strcmp(tl_evdoc_lemma(d, k), "be") == 0;
	if (a == v || !be || g_array_index(keep, guint32, keep->len - 1) >= a)
		return;
	for (guint32 k = (guint32)a; k < v; k++)
		if (tl_evdoc_tok(d, k)->upos == TL_UPOS_AUX)
			g_array_append_val(keep, k);
}

/*
 * "He will visit Paris and meet the president": a bare base form
 * coordinated with a verb group that has a modal shares the modal, which
 * goes after the subject already in keep ("He will meet the president",
 * not "He meet the president").
 */
static void
shared_modal(const TlEvDoc *d, const TlEvent *ev, GArray *keep)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	if (ev->vg_first != ev->tok || tl_evdoc_tok(d, ev->tok)->xpos != TL_XPOS_VB)
		return;
	size_t v = verb_before_conj(d, s, ev->tok);
	if (!v || tl_evdoc_tok(d, v - 1)->xpos != TL_XPOS_VB)
		return;
	v--;
	size_t m = v;
	while (m > s->first && (tl_evdoc_tok(d, m - 1)->upos == TL_UPOS_ADV ||
	                        tl_evdoc_tok(d, m - 1)->upos == TL_UPOS_PART ||
	                        (tl_evdoc_tok(d, m - 1)->upos == TL_UPOS_AUX &&
	                         tl_evdoc_tok(d, m - 1)->xpos != TL_XPOS_MD)))
		m--;
	if (m <= s->first || tl_evdoc_tok(d, m - 1)->xpos != TL_XPOS_MD)
		return;
	guint32 md = (guint32)(m - 1);
	/* (not one negated, "can't collect funds and pay people": "ca") */
	if (tl_evdoc_tok(d, md + 1)->upos == TL_UPOS_PART && tl_evdoc_tok(d, md + 1)->xpos == TL_XPOS_RB)
		return;
	if (keep->len && g_array_index(keep, guint32, keep->len - 1) < md)
		g_array_append_val(keep, md);
}

char *
tl_sum_verb_headline(const Ctx *c, const TlEvent *ev)
{
	const TlEvDoc *d = c->d;
	guint32 cf, cl;
	tl_ev_clause(d, ev->tok, &cf, &cl);
	g_autoptr(GArray) keep = tl_sum_tokens_new();
	size_t ia, ib;
	if (inverted_subject(c, ev, cl, &ia, &ib)) {
		tl_sum_append_span(c, ia, ib, keep);
		tl_sum_append_span(c, ev->vg_first, ev->tok + 1, keep);
		return tl_sum_render(d, keep);
	}
	/* "..., the bank said": "The bank said <what>" */
	char *report = tl_sum_report_headline(c, ev);
	if (report)
		return report;
	/* "Tokyo's package, announced yesterday": "Tokyo's package was announced" */
	char *reduced = tl_sum_reduced_headline(c, ev, cl);
	if (reduced)
		return reduced;
	/* "Forming in July 2019, Hurricane Barry was": "Hurricane Barry formed" */
	char *opening = tl_sum_opening_headline(c, ev, cl);
	if (opening)
		return opening;
	/* an infinitive has no subject before it: "It to continue its
	 * attacks", "Them to act" were the object of the verb before */
	g_autofree char *colon = NULL; /* "Blinken: we want to make sure" */
	if (!object_infinitive(d, ev)) {
		tl_sum_subject(c, ev, cf, keep);
		tl_sum_name_pronoun(c, keep, 0, ev->vg_first, &colon);
		/* an infinitive no verb governs takes a name as headlines do
		 * ("Sun Chemical to bid for control", "Hammer to become a
		 * member"), not a pronoun: "I to defeat Donald Trump" is "To
		 * defeat Donald Trump" */
		if (strcmp(ev->tense, "INFINITIVE") == 0 && keep->len == 1 && !colon &&
		    g_array_index(keep, guint32, 0) < d->toks->len &&
		    tl_evdoc_tok(d, g_array_index(keep, guint32, 0))->xpos == TL_XPOS_PRP)
			g_array_set_size(keep, 0);
	}
	/* "..., buying dollars" with no subject: "The Bank of Japan bought dollars" */
	char *told_past = keep->len ? NULL : tl_sum_participle_headline(c, ev, cl);
	if (told_past)
		return told_past;
	if (keep->len) {
		shared_passive(d, ev, keep);
		shared_modal(d, ev, keep);
	}
	tl_sum_append_span(c, ev->vg_first, ev->tok + 1, keep);
	tl_sum_append_object(c, ev, cl, keep);
	/* "An IT worker went on a stabbing spree, killing four": the
	 * participle clause right after the object is told with it */
	guint32 pf = 0, pl = 0;
	if (ev->adjunct)
		tl_ev_clause(d, ev->adjunct, &pf, &pl);
	/* after an object ("She said, noting" stays as it is), the whole
	 * participle clause, short ("arguing Trump" would be cut) */
	if (ev->adjunct && keep->len && g_array_index(keep, guint32, keep->len - 1) + 2 == ev->adjunct &&
	    g_array_index(keep, guint32, keep->len - 1) > ev->tok && pl <= ev->adjunct + 1 + MAX_ADJUNCT) {
		guint32 comma = ev->adjunct - 1, n = keep->len;
		g_array_append_val(keep, comma);
		g_array_append_val(keep, ev->adjunct);
		TlEvent p = {.tok = ev->adjunct, .sent = ev->sent};
		tl_sum_append_object(c, &p, pl, keep);
		tl_sum_trim_tail(c, keep);
		/* told with what it did ("killing four"), or not at all */
		if (keep->len > n + 2)
			*c->told = TRUE;
		else
			g_array_set_size(keep, n);
	}
	tl_sum_trim_tail(c, keep);
	char *h = tl_sum_render(d, keep);
	if (!colon || !keep->len)
		return h;
	if (strncmp(h, "I ", 2) != 0 && strncmp(h, "I’", 4) != 0 && strncmp(h, "I'", 2) != 0)
		h[0] = g_ascii_tolower(h[0]);
	char *out = g_strdup_printf("%s: %s", colon, h);
	g_free(h);
	return out;
}
