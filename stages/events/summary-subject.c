/*
 * Headlines: the subject of a verb event's clause.  Its own words before the
 * verb group trimmed at the front; else the antecedent of a relative word,
 * the noun phrase before an apposition, the noun a bare participle tells
 * of, or the subject of the sentence's first finite verb.
 */
#include "summary.h"

/* Is token j a participle that works as a preposition ("including",
 * "excluding", "regarding", "concerning")? */
static gboolean
prep_participle(const TlEvDoc *d, size_t j)
{
	static const char *const words[] = {"including", "excluding", "regarding", "concerning", NULL};
	return tl_evdoc_tok(d, j)->xpos == TL_XPOS_VBG && tl_ev_word_in(tl_evdoc_lower(d, j), words);
}

/*
 * The end of the noun phrase that a clause starting at token cf has as its
 * subject across an apposition ("The princess, 67, announced"): from the
 * sentence's start at `first` (past an opening adverbial: a timex, an
 * adverb, a conjunction, commas), a noun phrase of at most MAX_SUBJECT words,
 * a comma, the apposition, a comma, then cf.  G_MAXSIZE if the clause does
 * not start so.
 */
static gboolean figure_bound(const TlEvDoc *d, size_t e, size_t b);

static size_t
appositive_head(const Ctx *c, size_t first, size_t cf)
{
	const TlEvDoc *d = c->d;
	size_t p = first;
	while (p < cf && p < first + 12) { /* an opening adverbial is short */
		const TlEvTok *u = tl_evdoc_tok(d, p);
		if (in_timex(c, p) || u->upos == TL_UPOS_ADV || u->upos == TL_UPOS_CCONJ ||
		    u->xpos == TL_XPOS_COMMA || (u->upos == TL_UPOS_ADP && p + 1 < cf && in_timex(c, p + 1)))
			p++;
		else
			break;
	}
	size_t q = p, brackets = 0;
	if (tl_sum_at_least(d, q, cf))
		q += 2, brackets += 2; /* "At least seven people, including four children, died" */
	while (q < cf && q <= p + MAX_SUBJECT + brackets &&
	       (!in_timex(c, q) || (q > p && tl_sum_np_date(c, q))) &&
	       (tl_sum_np_word(d, q) || tl_sum_np_date(c, q) ||
		tl_sum_angle(d, q) || /* "<Organon International BV>, a subsidiary" */
		/* "The opinion of the Court, released on Wednesday, read", "The
		 * final decision on the initial prices, usually made in April,
		 * rests" */
		/* (and a participle that is a preposition: "civil unrest
		 * including the toppling of statues, ..., continued") */
		(q > p && q + 1 < cf && (tl_evdoc_tok(d, q)->upos == TL_UPOS_ADP || prep_participle(d, q)) &&
		 !in_timex(c, q + 1) &&
		 (nominal(tl_evdoc_tok(d, q + 1)) || tl_evdoc_tok(d, q + 1)->upos == TL_UPOS_DET)))) {
		/* a name's short form in brackets: "The former National
		 * Basketball Association (NBA) player" */
		/* (a phrase of a preposition makes room for its words) */
		if (q > p && (tl_evdoc_tok(d, q)->upos == TL_UPOS_ADP || prep_participle(d, q)) && brackets < 3)
			brackets = 3;
		if (q + 3 < cf && d->text[tl_evdoc_tok(d, q + 1)->start] == '(' &&
		    tl_evdoc_tok(d, q + 2)->upos == TL_UPOS_PROPN &&
		    d->text[tl_evdoc_tok(d, q + 3)->start] == ')' &&
		    tl_evdoc_tok(d, q)->upos == TL_UPOS_PROPN) {
			q += 4, brackets += 3;
			continue;
		}
		q++;
	}
	/* not a coordinated clause ("left meat, fish and ..., and forced") */
	if (q == p || q - p > MAX_SUBJECT + brackets || q + 2 >= cf ||
	    tl_evdoc_tok(d, q)->xpos != TL_XPOS_COMMA ||
	    tl_evdoc_tok(d, cf - 1)->xpos != TL_XPOS_COMMA ||
	    tl_evdoc_tok(d, cf)->upos == TL_UPOS_CCONJ)
		return G_MAXSIZE;
	/* the apposition: a noun phrase ("Chuck Schumer", "67"), a participle
	 * phrase ("fearing unrest"), an adverb ("however"), a relative clause
	 * ("who served as President") or "they said"; no clause of its own
	 * else */
	const TlEvTok *h = tl_evdoc_tok(d, q + 1);
	gboolean relative = h->xpos == TL_XPOS_WP || h->xpos == TL_XPOS_WDT;
	/* (a relative clause may run longer, its pronoun telling the aside:
	 * "Women, who make up 16% of the enlisted and 18% of officers as of
	 * 2016, according to CNA, have been serving") */
	if (cf - q > (relative ? 32 : 20))
		return G_MAXSIZE;
	/* (a participle the tagger read as a past: "GenCorp, founded in 1915,
	 * became") */
	gboolean past = h->xpos == TL_XPOS_VBD && h->upos == TL_UPOS_VERB &&
	                g_str_has_suffix(tl_evdoc_lower(d, q + 1), "ed"); /* not "like Trump, ran" */
	if (!relative && !nominal(h) && h->xpos != TL_XPOS_VBG && h->xpos != TL_XPOS_VBN && !past &&
	    h->upos != TL_UPOS_ADV && h->upos != TL_UPOS_ADP)
		return G_MAXSIZE; /* an aside may be a phrase of a preposition: "as of Sunday" */
	for (size_t j = q + 1 + past; j + 1 < cf; j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		/* a finite verb makes a clause of its own, but for a relative
		 * one and a parenthetical "they said" */
		if (!relative && tl_ev_finite_xpos(u->xpos) && strcmp(tl_evdoc_lemma(d, j), "say") != 0)
			return G_MAXSIZE;
	}
	return q;
}

/* Is there a person's name among tokens [a, b) ("Koo Bon-yong", whose
 * last word the tagger may read as a common noun)? */
static gboolean
person_in(const TlEvDoc *d, size_t a, size_t b)
{
	size_t k = tl_evdoc_ent_after(d, a);
	for (; k < d->n_ents && d->ents[k].first < b; k++)
		if (d->ents[k].type == TL_ENT_PERSON && d->ents[k].last > a)
			return TRUE;
	return FALSE;
}

/* The noun phrase of tokens [a, b) that ends at b (e) or starts at a (!e),
 * at most MAX_SUBJECT words; its other end, or G_MAXSIZE. */
static size_t
phrase_end(const Ctx *c, size_t a, size_t b, gboolean from_end)
{
	const TlEvDoc *d = c->d;
	size_t n = 0;
	if (from_end) {
		size_t j = b;
		while (j > a && n < MAX_SUBJECT + 3 &&
		       (tl_sum_np_word(d, j - 1) || tl_sum_np_date(c, j - 1) ||
		        (j - 1 > a && j < b && strcmp(tl_evdoc_lower(d, j - 1), "of") == 0 &&
		         nominal(tl_evdoc_tok(d, j - 2)))))
			j--, n++;
		return n && n <= MAX_SUBJECT + 2 && (j == a || !nominal(tl_evdoc_tok(d, j - 1))) ? j
		                                                                           : G_MAXSIZE;
	}
	size_t j = a;
	while (j < b && n < MAX_SUBJECT && !in_timex(c, j) &&
	       tl_sum_np_word(d, j))
		j++, n++;
	return n && j < b && (tl_evdoc_tok(d, j)->upos == TL_UPOS_AUX ||
	                      tl_ev_finite_xpos(tl_evdoc_tok(d, j)->xpos)) ? j : G_MAXSIZE;
}

/*
 * A past participle with no auxiliary tells of the noun it modifies: "The
 * cathedral, completed in the 13th century, is" is "The cathedral
 * completed"; "Started in 2004, CentOS has been" is "CentOS started".
 */
static gboolean
bare_participle_subject(const Ctx *c, const TlEvent *ev, size_t cf, GArray *keep)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	if (tl_evdoc_tok(d, ev->tok)->xpos != TL_XPOS_VBN || ev->vg_first != ev->tok || cf != ev->tok)
		return FALSE;
	if (cf > s->first + 1 && tl_evdoc_tok(d, cf - 1)->xpos == TL_XPOS_COMMA) {
		size_t p = phrase_end(c, s->first, cf - 1, TRUE);
		if (p == G_MAXSIZE)
			return FALSE;
		/* the sentence's subject, an opening adverbial before it at most
		 * (not "died in Paris, France, surrounded by family") */
		for (size_t j = s->first; j < p; j++) {
			const TlEvTok *u = tl_evdoc_tok(d, j);
			if (!in_timex(c, j) && u->upos != TL_UPOS_ADP && u->upos != TL_UPOS_ADV &&
			    u->xpos != TL_XPOS_COMMA)
				return FALSE;
		}
		tl_sum_append_span(c, p, cf - 1, keep);
		return TRUE;
	}
	if (cf != s->first)
		return FALSE;
	guint32 pf, pl;
	tl_ev_clause(d, ev->tok, &pf, &pl);
	if (pl + 1 >= s->last || tl_evdoc_tok(d, pl)->xpos != TL_XPOS_COMMA)
		return FALSE;
	size_t e = phrase_end(c, pl + 1, s->last, FALSE);
	if (e == G_MAXSIZE)
		return FALSE;
	tl_sum_append_span(c, pl + 1, e, keep);
	return TRUE;
}

/* Is ev's clause at cf, cf > v, a predicate joined to the one of the verb
 * at v, with no other verb between: after "and", "but" or "then" ("recorded
 * four albums, then in 1968 disbanded", "issued, but soon cancelled")? */
static gboolean
joined_predicate(const TlEvDoc *d, const TlEvent *ev, size_t v, size_t cf)
{
	for (size_t j = v + 1; j < cf; j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->upos == TL_UPOS_VERB || u->upos == TL_UPOS_AUX || u->upos == TL_UPOS_SCONJ ||
		    u->xpos == TL_XPOS_WDT || u->xpos == TL_XPOS_WP || u->xpos == TL_XPOS_WRB)
			return FALSE;
	}
	size_t k = cf;
	while (k < ev->vg_first && tl_evdoc_tok(d, k)->upos == TL_UPOS_ADV &&
	       strcmp(tl_evdoc_lower(d, k), "then") != 0)
		k++;
	if (k < ev->vg_first &&
	    (tl_evdoc_tok(d, k)->upos == TL_UPOS_CCONJ || strcmp(tl_evdoc_lower(d, k), "then") == 0))
		return TRUE;
	/* or the participle and its agent tell of the noun, and the predicate
	 * follows their comma: "An investor group led by Melvyn Gelch, a
	 * surgeon, told the SEC" */
	return strcmp(tl_evdoc_lower(d, v + 1), "by") == 0 && k == ev->vg_first &&
	       tl_evdoc_tok(d, cf - 1)->xpos == TL_XPOS_COMMA &&
	       tl_ev_finite_xpos(tl_evdoc_tok(d, ev->vg_first)->xpos);
}

/* The subject of the sentence's first finite verb, else its first name,
 * before token cf: for a verb whose own subject is out of reach. */
static void
sentence_subject(const Ctx *c, const TlEvent *ev, size_t cf, GArray *keep)
{
	const TlEvDoc *d = c->d;
	size_t first = tl_sum_text_start(d, ev->sent); /* not a dateline's place */
	size_t j = d->finite[ev->sent]; /* its first finite verb */
	/* (or a past the tagger read as a participle after the noun phrase
	 * that opens the sentence: "Cream recorded four albums, then in 1968
	 * disbanded"; a participle that tells of the noun has it as its
	 * subject too: "Troops stationed there, then withdrew") */
	if (!(j < cf && j >= first)) {
		size_t v = first;
		while (v < cf && v < first + MAX_SUBJECT &&
		       (tl_evdoc_tok(d, v)->upos == TL_UPOS_NOUN || tl_evdoc_tok(d, v)->upos == TL_UPOS_PROPN ||
		        tl_evdoc_tok(d, v)->upos == TL_UPOS_DET || tl_evdoc_tok(d, v)->upos == TL_UPOS_ADJ) &&
		       !in_timex(c, v))
			v++;
		if (v > first && v < cf && tl_evdoc_tok(d, v)->xpos == TL_XPOS_VBN &&
		    tl_evdoc_tok(d, v - 1)->upos != TL_UPOS_DET && tl_evdoc_tok(d, v - 1)->upos != TL_UPOS_ADJ &&
		    joined_predicate(d, ev, v, cf))
			j = v;
	}
	if (j < cf && j >= first) {
		size_t f = j;
		while (f > first && f + MAX_SUBJECT > j) {
			const TlEvTok *p = tl_evdoc_tok(d, f - 1);
			if ((p->upos != TL_UPOS_NOUN && p->upos != TL_UPOS_PROPN && p->upos != TL_UPOS_PRON &&
			     p->upos != TL_UPOS_DET && p->upos != TL_UPOS_ADJ && p->xpos != TL_XPOS_POS) ||
			    p->xpos == TL_XPOS_WP || p->xpos == TL_XPOS_WDT)
				break;
			f--;
		}
		if (f < j && (tl_evdoc_tok(d, f)->upos != TL_UPOS_DET || f + 1 < j)) {
			tl_sum_append_span(c, f, j, keep);
			return;
		}
	}
	size_t k = G_MAXSIZE;
	/* the noun phrase after a phrase that opens the sentence, before its
	 * own aside's comma: "On Friday in Pakistan, Mohammed Waseem, brother
	 * of ..., was sentenced" (not "Pakistan was sentenced") */
	if (first < cf && (tl_evdoc_tok(d, first)->upos == TL_UPOS_ADP || in_timex(c, first))) {
		size_t q = first;
		while (q < cf && q < first + 8 && tl_evdoc_tok(d, q)->xpos != TL_XPOS_COMMA &&
		       (nominal(tl_evdoc_tok(d, q)) || tl_evdoc_tok(d, q)->upos == TL_UPOS_ADP || in_timex(c, q)))
			q++;
		size_t n0 = q + 1, n1 = n0;
		if (q < cf && tl_evdoc_tok(d, q)->xpos == TL_XPOS_COMMA)
			while (n1 < cf && n1 < n0 + MAX_SUBJECT && !in_timex(c, n1) &&
			       nominal(tl_evdoc_tok(d, n1)) && tl_evdoc_tok(d, n1)->upos != TL_UPOS_PRON)
				n1++;
		/* (not the state after a place: "In Woodbridge, N.J.,
		 * Supermarkets General said") */
		size_t ke = n1 > n0 ? tl_evdoc_ent_after(d, n0) : d->n_ents;
		gboolean place = tl_evdoc_tok(d, q - 1)->upos == TL_UPOS_PROPN &&
		                 ((ke < d->n_ents && d->ents[ke].first == n0 && d->ents[ke].last == n1 &&
		                   d->ents[ke].type == TL_ENT_LOCATION) ||
		                  (n1 == n0 + 1 && tl_evdoc_tok(d, n0)->upos == TL_UPOS_PROPN));
		if (n1 > n0 && n1 + 1 < cf && tl_evdoc_tok(d, n1)->xpos == TL_XPOS_COMMA &&
		    tl_evdoc_tok(d, n1 - 1)->upos != TL_UPOS_ADJ && tl_evdoc_tok(d, n1 - 1)->upos != TL_UPOS_DET) {
			/* a list's first item is the whole list's: "At a meeting in
			 * Paris, Britain, Canada, France and Japan, agreed" */
			/* (three items at least: "the firm, Jefferies and Co,"
			 * is an apposition) */
			size_t e = n1, conj = 0, commas = 0;
			while (e < cf && (nominal(tl_evdoc_tok(d, e)) || tl_evdoc_tok(d, e)->xpos == TL_XPOS_COMMA ||
			                  tl_evdoc_tok(d, e)->upos == TL_UPOS_CCONJ)) {
				conj += tl_evdoc_tok(d, e)->upos == TL_UPOS_CCONJ;
				commas += !conj && tl_evdoc_tok(d, e)->xpos == TL_XPOS_COMMA;
				e++;
			}
			if (conj == 1 && commas >= 2 && e + 1 >= cf && e - n0 <= 3 * MAX_SUBJECT) {
				while (e > n1 && tl_evdoc_tok(d, e - 1)->xpos == TL_XPOS_COMMA)
					e--;
				tl_sum_append_span(c, n0, e, keep);
				return;
			}
			if (!place) {
				/* (a common noun's name in apposition is the
				 * subject: "the firm, Jefferies and Co, drove") */
				size_t kn = tl_evdoc_ent_after(d, n1 + 1);
				if (tl_evdoc_tok(d, n0)->upos == TL_UPOS_DET && kn < d->n_ents &&
				    d->ents[kn].first == n1 + 1 && d->ents[kn].last + 1 == cf &&
				    tl_evdoc_tok(d, d->ents[kn].last)->xpos == TL_XPOS_COMMA)
					n0 = d->ents[kn].first, n1 = d->ents[kn].last;
				tl_sum_append_span(c, n0, n1, keep);
				return;
			}
		}
	}
	const TlEntity *en = first < cf ? tl_ev_name_in(d, first, cf, &k) : NULL;
	/* nouns that open the text before a comma, ahead of any name found:
	 * "Hammons, a former Newsweek manager and owner of the website ...,
	 * founded" (a name the finder missed, the tagger read as a plural; the
	 * name it found is the apposition's) */
	/* (with an adjective after its first word: "US professional wrestler
	 * Jon Huber, who performed ..., died", the name found inside it) */
	size_t pe = first;
	while (pe < cf && pe < first + MAX_SUBJECT && !in_timex(c, pe) &&
	       (tl_evdoc_tok(d, pe)->upos == TL_UPOS_PROPN || tl_evdoc_tok(d, pe)->upos == TL_UPOS_NOUN ||
	        (pe > first && tl_evdoc_tok(d, pe)->upos == TL_UPOS_ADJ)))
		pe++;
	/* (not a dateline in lower case: "La paz, march 4 - about 1,000
	 * employees ... accepted") */
	gboolean dateline = pe + 1 < cf && in_timex(c, pe + 1);
	for (size_t q = pe + 1; q < cf && q < pe + 5 && !dateline; q++)
		dateline = strcmp(tl_evdoc_lower(d, q), "-") == 0;
	if (pe > first && pe + 1 < cf && tl_evdoc_tok(d, pe)->xpos == TL_XPOS_COMMA && !dateline &&
	    tl_evdoc_tok(d, pe - 1)->upos != TL_UPOS_ADJ && (!en || en->first > pe || en->last <= pe)) {
		tl_sum_append_span(c, first, pe, keep);
		return;
	}
	if (en) {
		for (guint32 t = en->first; t < en->last; t++)
			g_array_append_val(keep, t);
		return;
	}
	/* a name in brackets that opens the text, as Reuters marks a company:
	 * "<Organon International BV>, a subsidiary ..., said", "(Comterm
	 * Inc) said" */
	size_t lim = MAX(cf, ev->vg_first);
	const char *open = first < lim ? d->text + tl_evdoc_tok(d, first)->start : "";
	/* (not an interview's "((WN))": doubled brackets name who speaks) */
	if ((*open == '<' || *open == '(') && tl_evdoc_tok(d, first)->end == tl_evdoc_tok(d, first)->start + 1 &&
	    d->text[tl_evdoc_tok(d, first + 1)->start] != '(' &&
	    (first == 0 || d->text[tl_evdoc_tok(d, first - 1)->start] != '(')) {
		char close = *open == '<' ? '>' : ')';
		for (size_t j2 = first + 1; j2 < lim && j2 < first + MAX_SUBJECT + 2; j2++) {
			const TlEvTok *u = tl_evdoc_tok(d, j2);
			if (tok_char(d, j2) == close) {
				if (j2 > first + 1)
					tl_sum_append_span(c, first + 1, j2, keep);
				return;
			}
			/* capitalised words ("Comterm" the tagger may not know) */
			if (!(u->flags & TL_TOKF_CAP) && u->upos != TL_UPOS_NUM && !is_punct(u))
				return;
		}
	}
}

/* Does the noun phrase that ends with token `noun` open its clause, as a
 * subject does (not "as president to help", "after immigration to start")?
 * No verb before it from cf, and nothing but a comma, a conjunction or the
 * sentence's start before the phrase. */
gboolean
tl_sum_opens_clause(const TlEvDoc *d, size_t cf, size_t noun)
{
	if (tl_sum_verb_in(d, cf, noun))
		return FALSE;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, tl_evdoc_tok(d, noun)->sent);
	size_t p = noun;
	for (int pp = 0; pp < 2; pp++) {
		while (p > s->first && tl_sum_np_word(d, p - 1))
			p--;
		/* and the noun phrase a short phrase of a preposition tells of:
		 * "A plan by European producers to sell" */
		if (p < noun && p > s->first + 1 && tl_evdoc_tok(d, p - 1)->upos == TL_UPOS_ADP &&
		    nominal(tl_evdoc_tok(d, p - 2)))
			p--;
		else
			break;
	}
	if (p == s->first)
		return TRUE;
	const TlEvTok *u = tl_evdoc_tok(d, p - 1);
	return is_punct(u) || u->upos == TL_UPOS_CCONJ;
}

/*
 * "engagements that culminated": the antecedent of the relative pronoun
 * that opens the clause at cf, appended to keep; FALSE when the clause
 * opens with none.  A date between them is passed over ("an earthquake the
 * previous day that collapsed").
 */
static gboolean
antecedent(const Ctx *c, size_t cf, GArray *keep)
{
	const TlEvDoc *d = c->d;
	if (cf < 2)
		return FALSE;
	size_t ai = cf - 2;
	if (ai > 0 && tl_evdoc_tok(d, ai)->xpos == TL_XPOS_COMMA)
		ai--; /* "The officials, who briefed" */
	/* "S.And W. Berisford Plc <BRFD.L>, which": past the ticker */
	if (ai > 3 && tl_sum_angle(d, ai) && tl_evdoc_tok(d, ai - 2)->sent == tl_evdoc_tok(d, ai)->sent &&
	    tl_sum_angle(d, ai - 2))
		ai -= 3;
	while (ai > 0 && in_timex(c, ai) && tl_evdoc_tok(d, ai - 1)->sent == tl_evdoc_tok(d, ai)->sent)
		ai--;
	/* past a name's short form in brackets: "the CentOS End Of Life
	 * (EOL) which moved" */
	if (ai > 2 && d->text[tl_evdoc_tok(d, ai)->start] == ')') {
		size_t o = ai - 1;
		while (o > 1 && o + 4 > ai && d->text[tl_evdoc_tok(d, o)->start] != '(')
			o--;
		if (d->text[tl_evdoc_tok(d, o)->start] == '(' && o + 1 < ai &&
		    tl_evdoc_tok(d, o - 1)->sent == tl_evdoc_tok(d, ai)->sent)
			ai = o - 1;
		/* (a time's own bracket: "at about 13:40 local time (0040
		 * UTC), which" is no name's) */
		if (in_timex(c, ai))
			return FALSE;
	}
	const TlEvTok *rp = tl_evdoc_tok(d, cf - 1), *an = tl_evdoc_tok(d, ai);
	if ((rp->xpos != TL_XPOS_WDT && rp->xpos != TL_XPOS_WP) ||
	    (an->upos != TL_UPOS_NOUN && an->upos != TL_UPOS_PROPN) || an->sent != rp->sent)
		return FALSE;
	/* "which" tells of no person: "the debate between Donald Trump and Joe
	 * Biden, which was slated" is the debate's, the noun before the
	 * phrase of a preposition the person is in */
	size_t k = tl_evdoc_ent_after(d, ai);
	/* (a person of two words or more: one may be a company the name
	 * finder took for one, "shares of Larissa, which makes") */
	if (rp->xpos == TL_XPOS_WDT && k < d->n_ents && d->ents[k].first <= ai &&
	    d->ents[k].last > ai && d->ents[k].last - d->ents[k].first >= 2 &&
	    d->ents[k].type == TL_ENT_PERSON) {
		size_t h = ai;
		while (h > 1 && ai - h < 16 && tl_evdoc_tok(d, h - 1)->sent == an->sent &&
		       !(tl_evdoc_tok(d, h - 1)->upos == TL_UPOS_ADP &&
		         tl_evdoc_tok(d, h - 2)->upos == TL_UPOS_NOUN) &&
		       !is_punct(tl_evdoc_tok(d, h - 1)) && tl_evdoc_tok(d, h - 1)->upos != TL_UPOS_VERB)
			h--;
		if (h <= 1 || tl_evdoc_tok(d, h - 1)->upos != TL_UPOS_ADP ||
		    tl_evdoc_tok(d, h - 2)->upos != TL_UPOS_NOUN)
			return FALSE;
		ai = h - 2;
		an = tl_evdoc_tok(d, ai);
	}
	/* a restrictive "that" seldom tells of a name: "the attacks on the
	 * U.S. Embassy in Baghdad that took place" are the attacks, the
	 * first common noun of the noun phrase and its phrases of
	 * prepositions before it */
	if (an->upos == TL_UPOS_PROPN && strcmp(tl_evdoc_lower(d, cf - 1), "that") == 0) {
		size_t h = ai, head = G_MAXSIZE;
		while (h > 0 && ai - h < 12 && tl_evdoc_tok(d, h - 1)->sent == an->sent) {
			const TlEvTok *u = tl_evdoc_tok(d, h - 1);
			if ((!nominal(u) && u->upos != TL_UPOS_ADP) || (u->upos == TL_UPOS_PRON && u->xpos != TL_XPOS_PRPS))
				break;
			h--;
			if (u->upos == TL_UPOS_NOUN)
				head = h;
		}
		/* (the last noun of its group, before a preposition) */
		while (head != G_MAXSIZE && head + 1 < ai && tl_evdoc_tok(d, head + 1)->upos == TL_UPOS_NOUN)
			head++;
		if (head != G_MAXSIZE && head + 1 < ai && tl_evdoc_tok(d, head + 1)->upos == TL_UPOS_ADP) {
			ai = head;
			an = tl_evdoc_tok(d, ai);
		}
	}
	size_t e = ai + 1, f = ai, room = 3; /* words before the antecedent */
	while (f > 0 && room > 0 && tl_evdoc_tok(d, f - 1)->sent == an->sent) {
		const TlEvTok *u = tl_evdoc_tok(d, f - 1);
		/* (a name's "of" between capitals: "the CentOS End Of Life",
		 * "the Bank of Japan") */
		gboolean name_of = f >= 2 && strcmp(tl_evdoc_lower(d, f - 1), "of") == 0 &&
		                   (tl_evdoc_tok(d, f)->flags & TL_TOKF_CAP) &&
		                   (tl_evdoc_tok(d, f - 2)->flags & TL_TOKF_CAP) &&
		                   tl_evdoc_tok(d, f - 2)->upos == TL_UPOS_PROPN;
		if (u->upos != TL_UPOS_ADJ && u->upos != TL_UPOS_NOUN && u->upos != TL_UPOS_PROPN &&
		    u->upos != TL_UPOS_NUM && u->xpos != TL_XPOS_HYPH && !name_of)
			break;
		f--;
		/* (a name's words do not count: it runs to its start) */
		if (!name_of && !((u->flags & TL_TOKF_CAP) && u->upos == TL_UPOS_PROPN))
			room--;
		else if (ai - f > 2 * MAX_SUBJECT)
			break;
	}
	/* with its article or possessive: "The temporary ferry, which has
	 * carried" (not "Temporary ferry has carried") */
	if (f > 0 && tl_evdoc_tok(d, f - 1)->sent == an->sent &&
	    ((tl_evdoc_tok(d, f - 1)->upos == TL_UPOS_DET && tl_evdoc_tok(d, f - 1)->xpos == TL_XPOS_DT) ||
	     tl_evdoc_tok(d, f - 1)->xpos == TL_XPOS_PRPS))
		f--;
	/* a person's apposition: "De La Fuente, a businessman who first ran"
	 * tells of De La Fuente */
	if (rp->xpos == TL_XPOS_WP && an->upos == TL_UPOS_NOUN && f >= 2 &&
	    tl_evdoc_tok(d, f - 1)->xpos == TL_XPOS_COMMA && tl_evdoc_tok(d, f)->upos == TL_UPOS_DET) {
		size_t kp = tl_evdoc_ent_after(d, f - 2);
		if (kp < d->n_ents && d->ents[kp].first <= f - 2 && d->ents[kp].last == f - 1 &&
		    d->ents[kp].type == TL_ENT_PERSON && tl_evdoc_tok(d, d->ents[kp].first)->sent == an->sent) {
			tl_sum_append_span(c, d->ents[kp].first, d->ents[kp].last, keep);
			return TRUE;
		}
	}
	tl_sum_append_span(c, f, e, keep);
	return TRUE;
}

/* Is the verb group at token b (past adverbs) a participle's ("shares
 * changing hands", "production expected")? */
static gboolean
participle_at(const TlEvDoc *d, size_t b)
{
	while (b < d->toks->len && tl_evdoc_tok(d, b)->upos == TL_UPOS_ADV)
		b++;
	return b < d->toks->len &&
	       (tl_evdoc_tok(d, b)->xpos == TL_XPOS_VBG || tl_evdoc_tok(d, b)->xpos == TL_XPOS_VBN);
}

/* The first word of a subject in tokens [a, b): past conjunctions,
 * adverbs, relative words, punctuation and dates, and the "with" of an
 * absolute phrase before its participle ("with 35,000 students protesting
 * in Belgium"); not a
 * date that is all of the subject ("Election Day is quickly approaching";
 * "on Tuesday struck", "who some years ago died" have none). */
static size_t
subject_front(const Ctx *c, size_t a, size_t b)
{
	static const char *const absolute[] = {"with", "without", NULL};
	const TlEvDoc *d = c->d;
	while (a < b) {
		const TlEvTok *u = tl_evdoc_tok(d, a);
		/* (a word of hyphens stays whole: "so-called", "hydrogen-dominated") */
		if (a + 2 < b && tl_sum_hyphen_joins(d, a + 1) && !in_timex(c, a))
			break;
		if (in_timex(c, a) && tl_sum_date_opens(c, a)) {
			size_t e = a;
			while (e < b && in_timex(c, e))
				e++;
			if (e == b)
				break;
		}
		if (u->upos == TL_UPOS_CCONJ || u->upos == TL_UPOS_SCONJ || u->upos == TL_UPOS_ADV ||
		    (u->lex & TL_EVLEX_SUBORD) || u->xpos == TL_XPOS_WDT || u->xpos == TL_XPOS_WP ||
		    u->xpos == TL_XPOS_WRB || is_punct(u) || in_timex(c, a) ||
		    (u->upos == TL_UPOS_ADP && a + 1 < b &&
		     (in_timex(c, a + 1) ||
		      (tl_ev_word_in(tl_evdoc_lower(d, a), absolute) && participle_at(d, b)))))
			a++;
		else
			break;
	}
	return a;
}

/* Is token j inside a name that starts before it ("the Military Times")? */
static gboolean
inside_name(const TlEvDoc *d, size_t j)
{
	size_t k = tl_evdoc_ent_after(d, j);
	return k < d->n_ents && d->ents[k].first < j;
}

size_t
tl_sum_after_recipient(const Ctx *c, size_t a, size_t b)
{
	const TlEvDoc *d = c->d;
	static const char *const tellers[] = {"tell", "inform", "assure", "remind", "warn", "notify",
	                                      "reassure", NULL};
	if (a == 0 || a + 1 >= b || tl_evdoc_tok(d, a - 1)->upos != TL_UPOS_VERB ||
	    tl_evdoc_tok(d, a - 1)->sent != tl_evdoc_tok(d, a)->sent ||
	    !tl_ev_word_in(tl_evdoc_lemma(d, a - 1), tellers))
		return a;
	/* "told them it would pay" */
	static const char *const objects[] = {"them", "us", "him", "her", "me", NULL};
	if (tl_evdoc_tok(d, a)->xpos == TL_XPOS_PRP && tl_ev_word_in(tl_evdoc_lower(d, a), objects))
		return a + 1;
	size_t k = tl_evdoc_ent_after(d, a);
	if (k < d->n_ents && d->ents[k].first == a && d->ents[k].last < b &&
	    nominal(tl_evdoc_tok(d, d->ents[k].last)))
		return d->ents[k].last;
	for (size_t j = a + 1; j < b && j < a + 5; j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j), *p = tl_evdoc_tok(d, j - 1);
		if (((u->xpos == TL_XPOS_PRP || u->upos == TL_UPOS_DET) &&
		     (p->upos == TL_UPOS_NOUN || p->upos == TL_UPOS_PROPN)) ||
		    /* "told reporters Baker visited him" */
		    (u->upos == TL_UPOS_PROPN && p->upos == TL_UPOS_NOUN && !in_timex(c, j) &&
		     !in_timex(c, j - 1) && !inside_name(d, j)))
			return j;
		if (u->upos != TL_UPOS_NOUN && u->upos != TL_UPOS_PROPN && u->upos != TL_UPOS_ADJ)
			break;
	}
	return a;
}

/* The place name that ends just before token j (exclusive), or NULL. */
static const TlEntity *
place_before(const TlEvDoc *d, size_t j)
{
	if (j == 0)
		return NULL;
	size_t k = tl_evdoc_ent_after(d, j - 1);
	return k < d->n_ents && d->ents[k].last == j && d->ents[k].first < j &&
	               d->ents[k].type == TL_ENT_LOCATION
	           ? &d->ents[k]
	           : NULL;
}

/*
 * A clause whose subject would be the second name of a place, "a plane in
 * Nevada, United States crashed": the start of the clause that holds the
 * first name (cf when there is no such place).  ("in Paris, France,
 * attacked", with no words of its own, is left to appositive_head.)
 */
static size_t
place_clause(const TlEvDoc *d, size_t cf, size_t b)
{
	size_t k = tl_evdoc_ent_after(d, cf);
	if (k >= d->n_ents || d->ents[k].first != cf || d->ents[k].last != b ||
	    d->ents[k].type != TL_ENT_LOCATION)
		return cf;
	const TlEntity *p2 = &d->ents[k];
	if (p2->first < 2 || tl_evdoc_tok(d, p2->first - 1)->xpos != TL_XPOS_COMMA ||
	    tl_evdoc_tok(d, p2->first - 1)->sent != tl_evdoc_tok(d, p2->first)->sent)
		return cf;
	/* (past the short form of the first: "the Parliament of New South
	 * Wales (NSW), Australia voted") */
	size_t e = p2->first - 1;
	if (e >= 4 && tok_char(d, e - 1) == ')')
		for (size_t q = e - 2; q + 5 > e && q > 0; q--)
			if (tok_char(d, q) == '(') {
				e = q;
				break;
			}
	const TlEntity *p1 = place_before(d, e);
	if (p1) {
		guint32 f1, l1;
		tl_ev_clause(d, p1->first, &f1, &l1);
		return f1 < p1->first ? f1 : cf;
	}
	/* (or a name the name finder did not read as a place after "of" or
	 * "in", in a noun phrase that opens its clause, no verb in it: "The
	 * second Olympiad ... of the Governor of Tyumen Oblast, Russia took
	 * place"; not "In a filing with the Commission, Harris said") */
	size_t n1 = e, n0 = n1;
	if (tl_evdoc_tok(d, b)->lex & TL_EVLEX_REPORTING)
		return cf; /* "... of the port of Salina Cruz, Ayala said" */
	/* (a name's capitalised adjective or noun too: "New South Wales") */
	while (n0 > 0 && n1 - n0 < 4 &&
	       (tl_evdoc_tok(d, n0 - 1)->upos == TL_UPOS_PROPN ||
	        ((tl_evdoc_tok(d, n0 - 1)->flags & TL_TOKF_CAP) &&
	         (tl_evdoc_tok(d, n0 - 1)->upos == TL_UPOS_ADJ || tl_evdoc_tok(d, n0 - 1)->upos == TL_UPOS_NOUN))))
		n0--;
	if (n0 == n1 || n0 == 0 || (strcmp(tl_evdoc_lower(d, n0 - 1), "of") != 0 &&
	                            strcmp(tl_evdoc_lower(d, n0 - 1), "in") != 0))
		return cf;
	guint32 f1, l1;
	tl_ev_clause(d, n0, &f1, &l1);
	return f1 + 1 < n0 && nominal(tl_evdoc_tok(d, f1)) && !tl_sum_verb_in(d, f1, n1) ? f1 : cf;
}

/*
 * Is [c1, cf) a participle's aside set apart by commas ("the ministers, |
 * scheduled to meet in Brussels Monday, | should agree"): a participle
 * after the comma at c1, no finite verb before the comma that closes it,
 * and a verb group at cf?
 */
static gboolean
participle_aside(const Ctx *c, size_t c1, size_t cf)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, tl_evdoc_tok(d, cf)->sent);
	const TlEvTok *h = tl_evdoc_tok(d, c1 + 1);
	if ((h->xpos != TL_XPOS_VBN && h->xpos != TL_XPOS_VBG) || tl_sum_finite_in(d, c1 + 1, cf - 1))
		return FALSE;
	size_t v = cf;
	while (v < s->last && tl_evdoc_tok(d, v)->upos == TL_UPOS_ADV)
		v++;
	return v < s->last && (tl_evdoc_tok(d, v)->upos == TL_UPOS_AUX ||
	                       (tl_evdoc_tok(d, v)->upos == TL_UPOS_VERB && tl_ev_finite_xpos(tl_evdoc_tok(d, v)->xpos)));
}

/*
 * "Trump said Hamza bin Laden, son of the late Al-Qaeda founder Osama bin
 * Laden, has been killed": a clause after an apposition or a participle's
 * aside (closed by the comma before cf: "He said the ministers, scheduled
 * to meet in Brussels, should agree") has the noun phrase before it for
 * its subject when that phrase follows a verb or its "that"; appended to
 * keep, FALSE when the clause opens so with none.
 */
static gboolean
reported_subject(const Ctx *c, size_t cf, GArray *keep)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, tl_evdoc_tok(d, cf)->sent);
	if (cf < s->first + 4 || tl_evdoc_tok(d, cf - 1)->xpos != TL_XPOS_COMMA)
		return FALSE;
	size_t c1 = cf - 2;
	while (c1 > s->first && c1 + 16 > cf && tl_evdoc_tok(d, c1)->xpos != TL_XPOS_COMMA)
		c1--;
	if (tl_evdoc_tok(d, c1)->xpos != TL_XPOS_COMMA)
		return FALSE;
	gboolean aside = tl_sum_apposition_end(c, c1) != cf - 1;
	if (aside && !participle_aside(c, c1, cf))
		return FALSE;
	size_t n0 = c1;
	while (n0 > s->first && n0 + MAX_SUBJECT + 2 > c1 && nominal(tl_evdoc_tok(d, n0 - 1)) &&
	       (tl_evdoc_tok(d, n0 - 1)->upos != TL_UPOS_PRON || tl_evdoc_tok(d, n0 - 1)->xpos == TL_XPOS_PRPS)) {
		n0--;
		/* a phrase starts at its determiner: "told an oil seminar |
		 * the project", "said its chairman, John Smith, would" */
		if (tl_evdoc_tok(d, n0)->upos == TL_UPOS_DET || tl_evdoc_tok(d, n0)->xpos == TL_XPOS_PRPS)
			break;
	}
	if (n0 == c1 || n0 == s->first)
		return FALSE;
	const TlEvTok *v = tl_evdoc_tok(d, n0 - 1);
	if (!(v->upos == TL_UPOS_VERB && tl_ev_finite_xpos(v->xpos)) && strcmp(tl_evdoc_lower(d, n0 - 1), "that") != 0)
		return FALSE; /* not "usual running mate, Darcy Richardson, was" */
	/* a participle's aside, of the clause a verb of saying takes only (in
	 * "The earthquake which hit northern Chile, registering 7.0, caused"
	 * it is the earthquake's) */
	size_t sv = strcmp(tl_evdoc_lower(d, n0 - 1), "that") == 0 && n0 >= s->first + 2 ? n0 - 2 : n0 - 1;
	if (aside && !tl_sum_says(d, sv))
		return FALSE;
	/* a name in apposition tells more: "said its transfer agent, Biomed
	 * Research Inc, will not continue" */
	size_t k = tl_evdoc_ent_from(d, c1 + 1);
	if (!aside && k < d->n_ents && d->ents[k].first == c1 + 1 && d->ents[k].last + 1 == cf) {
		tl_sum_append_span(c, c1 + 1, cf - 1, keep);
		return TRUE;
	}
	tl_sum_append_span(c, n0, c1, keep);
	return TRUE;
}

/*
 * Is [a, b) a noun phrase to keep whole though longer than MAX_SUBJECT: at
 * most MAX_SUBJECT + 3 words with no preposition or verb, noun phrases
 * joined by "and" among them ("The United States and major Latin American
 * nations", "Vulcan Corp's first quarter operating results"), ending with
 * its noun?  Cut, it would start inside a name or a compound.
 */
static gboolean
plain_phrase(const Ctx *c, size_t a, size_t b)
{
	const TlEvDoc *d = c->d;
	if (b - a > MAX_SUBJECT + 3)
		return FALSE;
	for (size_t j = a; j < b; j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->upos == TL_UPOS_CCONJ && j > a && j + 1 < b && nominal(tl_evdoc_tok(d, j - 1)) &&
		    nominal(tl_evdoc_tok(d, j + 1)))
			continue;
		if ((!tl_sum_np_word(d, j) && !in_timex(c, j)) ||
		    (u->upos == TL_UPOS_PRON && u->xpos != TL_XPOS_PRPS))
			return FALSE;
	}
	guint8 h = tl_evdoc_tok(d, b - 1)->upos;
	return h == TL_UPOS_NOUN || h == TL_UPOS_PROPN || h == TL_UPOS_NUM;
}

/* Does the preposition at e start a phrase that a subject's head keeps
 * when short: "The death of oceanographer Walter Munk", "A plan by
 * European producers" (not a date's: "in 2019")? */
static gboolean
head_prep(const Ctx *c, size_t e)
{
	static const char *const preps[] = {"of", "by", "from", "for", "against", NULL};
	return tl_evdoc_tok(c->d, e)->upos == TL_UPOS_ADP && !in_timex(c, e + 1) &&
	       tl_ev_word_in(tl_evdoc_lower(c->d, e), preps);
}

/* Is token j the second word of a compound, glued to a hyphen before it
 * ("U.S.-backed", "Commons-licensed")? */
static gboolean
glued(const TlEvDoc *d, size_t j)
{
	return j > 0 && tl_evdoc_tok(d, j - 1)->xpos == TL_XPOS_HYPH &&
	       tl_evdoc_tok(d, j - 1)->end == tl_evdoc_tok(d, j)->start;
}

/* The words of tokens [a, b), a compound's hyphens and the parts glued to
 * them not counted ("year-to-date car sales" is three). */
static size_t
words_in(const TlEvDoc *d, size_t a, size_t b)
{
	size_t n = 0;
	for (size_t j = a; j < b; j++)
		n += !glued(d, j) && !(j + 1 < b && glued(d, j + 1) && tl_evdoc_tok(d, j)->xpos == TL_XPOS_HYPH);
	return n;
}

/* The end of the noun phrase after the preposition at e, before b: with
 * noun phrases joined by a conjunction when `joined` ("of either Smith or
 * Jones", "of oil and natural gas liquids"). */
static size_t
prep_phrase_end(const Ctx *c, size_t e, size_t b, gboolean joined)
{
	static const char *const pair[] = {"both", "either", "neither", NULL};
	const TlEvDoc *d = c->d;
	size_t f = e + 1;
	if (joined && f < b && tl_ev_word_in(tl_evdoc_lower(d, f), pair))
		f++;
	while (f < b && (tl_sum_np_word(d, f) ||
	                 (joined && tl_evdoc_tok(d, f)->upos == TL_UPOS_CCONJ && f + 1 < b &&
	                  nominal(tl_evdoc_tok(d, f - 1)) && nominal(tl_evdoc_tok(d, f + 1)))))
		f++;
	return f;
}

/* Are tokens [a, b) a title before a person's name ("Johns Hopkins
 * Center for Health Security medical anthropologist", "Secretary for
 * Finance"), with no preposition of an agent or a source between, whose
 * noun would be the head ("supportive remarks from Federal Reserve
 * chairman Paul Volcker", "Theory by the late seismologist Kawasumi
 * Hiroshi")? */
static gboolean
title_before(const Ctx *c, size_t a, size_t b)
{
	static const char *const preps[] = {"by", "from", "with", "against", "about", "on", NULL};
	const TlEvTok *h = tl_evdoc_tok(c->d, a);
	if (!(h->upos == TL_UPOS_DET || h->upos == TL_UPOS_ADJ || h->upos == TL_UPOS_NOUN ||
	      h->xpos == TL_XPOS_PRPS))
		return TRUE; /* a phrase of a common noun, whose head it would be */
	for (size_t j = a; j < b; j++)
		if (tl_evdoc_tok(c->d, j)->upos == TL_UPOS_ADP && !tl_sum_in_name(c->d, j) &&
		    tl_ev_word_in(tl_evdoc_lower(c->d, j), preps))
			return FALSE;
	return TRUE;
}

/* Is token v a past participle after a noun and before its agent, a
 * relative clause cut short ("a document obtained by Reuters", "a facility
 * owned by Anglo American")?  Only before "by" and no figure, or one that
 * is seldom a past ("aimed at", "based in"): a past the tagger misread
 * looks the same ("The charge stemmed from allegations Trump tried",
 * "output rose by 5 pct"). */
static gboolean
reduced_relative(const TlEvDoc *d, size_t v)
{
	static const char *const adjectival[] = {"aimed", "based", "located", NULL};
	if (v == 0 || v + 2 >= d->toks->len || tl_evdoc_tok(d, v)->xpos != TL_XPOS_VBN)
		return FALSE;
	guint8 p = tl_evdoc_tok(d, v - 1)->upos;
	if ((p != TL_UPOS_NOUN && p != TL_UPOS_PROPN) || tl_evdoc_tok(d, v + 1)->upos != TL_UPOS_ADP)
		return FALSE;
	guint8 n = tl_evdoc_tok(d, v + 2)->upos;
	static const char *const scheduled[] = {"scheduled", "slated", "planned", "set", "due", NULL};
	return (strcmp(tl_evdoc_lower(d, v + 1), "by") == 0 && n != TL_UPOS_NUM && n != TL_UPOS_SYM) ||
	       tl_ev_word_in(tl_evdoc_lower(d, v), adjectival) ||
	       /* "Other games scheduled for Wednesday were held" */
	       (tl_ev_word_in(tl_evdoc_lower(d, v), scheduled) &&
	        strcmp(tl_evdoc_lower(d, v + 1), "for") == 0);
}

/* Is token j a finite copula with its complement ("were 5 mln dlrs"), and
 * "and" or "but" before token b, the verb group of the event (then the
 * event's subject is the copula's: "Sales were 5 mln dlrs last year and
 * are expected to be 7 mln dlrs")?  Its subject lies in [a, j). */
static gboolean
copula_before_and(const TlEvDoc *d, size_t a, size_t j, size_t b)
{
	const TlEvTok *u = tl_evdoc_tok(d, j);
	if (u->upos != TL_UPOS_AUX || !tl_ev_finite_xpos(u->xpos) || j + 1 >= b ||
	    strcmp(tl_evdoc_lemma(d, j), "be") != 0 || tl_evdoc_tok(d, b - 1)->upos != TL_UPOS_CCONJ)
		return FALSE;
	guint8 nx = tl_evdoc_tok(d, j + 1)->upos;
	if (nx == TL_UPOS_VERB || nx == TL_UPOS_AUX || nx == TL_UPOS_PART || nx == TL_UPOS_ADV)
		return FALSE;
	/* its subject a plain noun phrase: not one of what was said ("He
	 * said the losses were a setback but added"), a relative pronoun's
	 * ("which was above expectations and reflects") or one with a verb
	 * or an aside of its own */
	if (j == a)
		return FALSE;
	for (size_t k = a; k < j; k++) {
		const TlEvTok *v = tl_evdoc_tok(d, k);
		if (v->upos == TL_UPOS_VERB || v->upos == TL_UPOS_AUX || v->xpos == TL_XPOS_WDT ||
		    v->xpos == TL_XPOS_WP || v->xpos == TL_XPOS_COMMA || v->upos == TL_UPOS_SCONJ)
			return FALSE;
	}
	return TRUE;
}

/* Is there a personal pronoun among tokens [a, b) (a clause's own subject:
 * "on the grounds he broke")? */
static gboolean
pronoun_in(const TlEvDoc *d, size_t a, size_t b)
{
	for (size_t j = a; j < b; j++)
		if (tl_evdoc_tok(d, j)->xpos == TL_XPOS_PRP)
			return TRUE;
	return FALSE;
}

gboolean
tl_sum_takes_clause(const TlEvDoc *d, size_t v)
{
	static const char *const verbs[] = {"show", "suggest", "indicate", "say", "claim", "report", "argue",
	                                    "prove", "mean", NULL};
	return (tl_evdoc_tok(d, v)->lex & (TL_EVLEX_REPORTING | TL_EVLEX_I_STATE | TL_EVLEX_PERCEPTION)) ||
	       tl_ev_word_in(tl_evdoc_lemma(d, v), verbs);
}

/* Is there a coordinating conjunction among tokens [a, b) (then a past
 * participle before them is a past tense misread: "Federal funds opened at
 * 6-1/16 pct and firmed")? */
static gboolean
conj_in(const TlEvDoc *d, size_t a, size_t b)
{
	for (size_t j = a; j < b; j++)
		if (tl_evdoc_tok(d, j)->upos == TL_UPOS_CCONJ)
			return TRUE;
	return FALSE;
}

/* Names joined by "and" or "or" in tokens [a, b), the clause after a comma:
 * the start of the list of names, each after a comma, that they end
 * ("At a meeting in Paris last month, Britain, Canada, France and Japan
 * agreed", not "France and Japan agreed"), else a. */
static size_t
name_list_start(const Ctx *c, guint32 sent, size_t a, size_t b)
{
	const TlEvDoc *d = c->d;
	size_t first = tl_sum_text_start(d, sent), conj = 0;
	if (a < first + 2 || a >= b || tl_evdoc_tok(d, a - 1)->xpos != TL_XPOS_COMMA)
		return a;
	for (size_t j = a; j < b; j++) {
		guint8 up = tl_evdoc_tok(d, j)->upos;
		if (up == TL_UPOS_CCONJ && j > a && j + 1 < b)
			conj++;
		else if (up != TL_UPOS_PROPN)
			return a;
	}
	if (conj != 1)
		return a;
	size_t s0 = a;
	while (s0 >= first + 2 && tl_evdoc_tok(d, s0 - 1)->xpos == TL_XPOS_COMMA) {
		size_t p = s0 - 1;
		while (p > first && p + 3 >= s0 && tl_evdoc_tok(d, p - 1)->upos == TL_UPOS_PROPN)
			p--;
		/* a name of a few words, after a comma or opening the sentence */
		if (p == s0 - 1 || p + 4 < s0 ||
		    (p > first && tl_evdoc_tok(d, p - 1)->xpos != TL_XPOS_COMMA))
			break;
		s0 = p;
	}
	return s0;
}

static const char *const list_conj[] = {"and", "or", NULL};

/* A word of a plain noun phrase in a list: no pronoun, no date. */
static gboolean
list_word(const Ctx *c, size_t j)
{
	const TlEvTok *u = tl_evdoc_tok(c->d, j);
	return nominal(u) && u->upos != TL_UPOS_PRON && !in_timex(c, j);
}

/*
 * Nouns joined by "and" or "or" in tokens [a, b), the clause after a comma
 * (perhaps only "and" and the last: "face masks, and helmets"): the start
 * of the list of short noun phrases, each after a comma, that they end
 * ("Farmers, miners and teachers marched", not "Miners and teachers
 * marched"); a list that a participle after a noun takes is the noun's
 * ("protesters carrying flags, banners and signs marched"); else a.
 */
static size_t
noun_list_start(const Ctx *c, guint32 sent, size_t a, size_t b, size_t *end)
{
	*end = b;
	const TlEvDoc *d = c->d;
	size_t first = tl_sum_text_start(d, sent), conj = 0, a1 = a;
	/* (the clause's front may have left its conjunction out: ", and
	 * helmets") */
	if (a1 >= first + 2 && tl_evdoc_tok(d, a1 - 1)->upos == TL_UPOS_CCONJ &&
	    tl_ev_word_in(tl_evdoc_lower(d, a1 - 1), list_conj) && tl_evdoc_tok(d, a1 - 2)->xpos == TL_XPOS_COMMA)
		a1--;
	if (a1 < first + 2 || a1 >= b || tl_evdoc_tok(d, a1 - 1)->xpos != TL_XPOS_COMMA || b - a1 > 6)
		return a;
	for (size_t j = a1; j < b; j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->upos == TL_UPOS_CCONJ && j + 1 < b && (j > a1 || tl_ev_word_in(tl_evdoc_lower(d, j), list_conj)))
			conj++;
		else if (!list_word(c, j))
			return a;
	}
	if (conj != 1)
		return a;
	size_t s0 = a1, items = 0;
	/* (after a comma before "and", two items at least: "in the Asian
	 * part of the country, and two people were frozen" joins clauses) */
	size_t need = tl_evdoc_tok(d, a1)->upos == TL_UPOS_CCONJ ? 2 : 1;
	while (s0 >= first + 2 && tl_evdoc_tok(d, s0 - 1)->xpos == TL_XPOS_COMMA) {
		size_t p = s0 - 1;
		while (p > first && p + 4 >= s0 && list_word(c, p - 1))
			p--;
		/* (a determiner or a possessive opens an item: "said its
		 * Oldsmobile, Buick and Cadillac divisions will") */
		if (p > first && p + 4 >= s0 && p < s0 - 1 &&
		    (tl_evdoc_tok(d, p - 1)->upos == TL_UPOS_DET || tl_evdoc_tok(d, p - 1)->xpos == TL_XPOS_PRPS))
			p--;
		if (p + 4 < s0)
			return a; /* a long one: an aside, a clause */
		if (p == s0 - 1) {
			/* no item: an opening phrase before the list's comma ("On
			 * Friday, farmers, miners and teachers") */
			if (items < need)
				return a;
			for (size_t k = first; k + 1 < s0; k++)
				if (!(in_timex(c, k) || tl_evdoc_tok(d, k)->upos == TL_UPOS_ADP ||
				      tl_evdoc_tok(d, k)->upos == TL_UPOS_DET || tl_evdoc_tok(d, k)->upos == TL_UPOS_ADV))
					return a;
			return s0;
		}
		s0 = p, items++;
		if (p > first && tl_evdoc_tok(d, p - 1)->xpos != TL_XPOS_COMMA)
			break;
	}
	if (items < need)
		return a;
	/* the list opens the sentence, or a participle after a noun or an "of"
	 * takes it ("protesters carrying flags, banners and signs", "Shares
	 * of IBM, Apple and Ford") */
	if (s0 == first)
		return s0;
	const TlEvTok *v = tl_evdoc_tok(d, s0 - 1);
	/* (or a clause that "that" or a verb of saying opens: "said that
	 * prices, wages and rents rose") */
	if (v->upos == TL_UPOS_SCONJ || tl_sum_says(d, s0 - 1))
		return s0;
	if (!(v->xpos == TL_XPOS_VBG || strcmp(tl_evdoc_lower(d, s0 - 1), "of") == 0) || s0 < first + 2 ||
	    !list_word(c, s0 - 2))
		return a;
	size_t n0 = s0 - 1;
	while (n0 > first && n0 + MAX_SUBJECT > s0 &&
	       (list_word(c, n0 - 1) || tl_evdoc_tok(d, n0 - 1)->upos == TL_UPOS_ADP))
		n0--;
	while (n0 < s0 - 1 && tl_evdoc_tok(d, n0)->upos == TL_UPOS_ADP)
		n0++; /* (no phrase of a preposition opens it) */
	if (!(n0 == first || tl_evdoc_tok(d, n0 - 1)->xpos == TL_XPOS_COMMA))
		return a;
	/* the participle's phrase goes: "Protesters carrying flags, banners
	 * and signs marched" is "Protesters marched" */
	if (v->xpos == TL_XPOS_VBG)
		*end = s0 - 1;
	return n0;
}

/* In tokens [a, b) before a verb group, the "and" or "but" after a clause
 * of its own: the first after the last finite verb, which is not one of
 * saying or thinking (in "said remarks from Volcker and Miyazawa were
 * ignored" the conjunction is inside what was said); G_MAXSIZE if none
 * ("had been followed and only Macron and Matovič were known": the first
 * "and"). */
static size_t
clause_before(const TlEvDoc *d, size_t a, size_t b)
{
	size_t last = G_MAXSIZE;
	for (size_t j = a; tl_sum_finite_in(d, j, b); j = d->next_finite[j] + 1)
		last = d->next_finite[j];
	if (last == G_MAXSIZE || (tl_evdoc_tok(d, last)->lex & (TL_EVLEX_REPORTING | TL_EVLEX_I_STATE)))
		return G_MAXSIZE;
	gboolean told = tl_evdoc_tok(d, last)->upos != TL_UPOS_AUX; /* a clause's words after it */
	for (size_t k = last + 1; k < b; k++) {
		const TlEvTok *u = tl_evdoc_tok(d, k);
		/* (not an auxiliary that opens a question: "Will the yeast and
		 * E. coli survive"; nor adjectives: "anti-homosexual and
		 * misogynistic comments") */
		if (u->upos == TL_UPOS_CCONJ && (tl_sum_in_name(d, k) || tl_sum_name_conj(d, k)))
			continue; /* "Securities and Exchange Commission" */
		if (u->upos == TL_UPOS_CCONJ)
			return told && tl_evdoc_tok(d, k - 1)->upos != TL_UPOS_ADJ &&
			               (strcmp(tl_evdoc_lower(d, k), "and") == 0 ||
			                strcmp(tl_evdoc_lower(d, k), "but") == 0)
			           ? k
			           : G_MAXSIZE;
		told = told || !nominal(u);
		/* (over a bracketed aside: "held in Riyadh [in Saudi Arabia]
		 * and Israeli players were denied") */
		char ch = tok_char(d, k);
		if (ch == '(' || ch == '[' || ch == ')' || ch == ']')
			continue;
		if (is_punct(u) || u->upos == TL_UPOS_SCONJ || u->xpos == TL_XPOS_WDT || u->xpos == TL_XPOS_WP)
			return G_MAXSIZE;
	}
	return G_MAXSIZE;
}

/* Are tokens [a, b) a noun phrase that may be a subject, past what
 * subject_front skips ("and workers will lose", "and businesses and
 * ferries were closed"; not "and at the same time bought", nor nothing:
 * "arrived and shot him")? */
static gboolean
plain_subject(const Ctx *c, size_t a, size_t b)
{
	a = subject_front(c, a, b);
	if (a >= b || !nominal(tl_evdoc_tok(c->d, b - 1)))
		return FALSE;
	for (size_t j = a; j < b; j++)
		if (!nominal(tl_evdoc_tok(c->d, j)) && !in_timex(c, j) &&
		    tl_evdoc_tok(c->d, j)->upos != TL_UPOS_CCONJ)
			return FALSE;
	return TRUE;
}

/* Is token v, in a subject that starts at a, the participle or the
 * infinitive of "NOUN VBN to VB" with no verb before it in its clause
 * ("the talks scheduled to start", "states with elections scheduled to
 * occur")? */
static gboolean
participle_infinitive(const Ctx *c, size_t cf, size_t a, size_t v)
{
	const TlEvDoc *d = c->d;
	size_t p = v; /* the participle */
	if (tl_evdoc_tok(d, v)->xpos == TL_XPOS_VB && v >= a + 2 && tl_evdoc_tok(d, v - 1)->xpos == TL_XPOS_TO)
		p = v - 2;
	else if (!(v + 2 < d->toks->len && tl_evdoc_tok(d, v + 1)->xpos == TL_XPOS_TO &&
	           tl_evdoc_tok(d, v + 2)->xpos == TL_XPOS_VB))
		return FALSE;
	return p > a && tl_evdoc_tok(d, p)->xpos == TL_XPOS_VBN &&
	       tl_evdoc_tok(d, p - 1)->upos == TL_UPOS_NOUN && !tl_sum_verb_in(d, cf, p);
}

/* The end of a subject in tokens [a, b) past an "either" after a noun
 * phrase ("states either delayed their election or switched": the verbs',
 * not the subject's; "neither" stays, a negation). */
static size_t
before_either(const TlEvDoc *d, size_t a, size_t b)
{
	while (b > a + 1 && strcmp(tl_evdoc_lower(d, b - 1), "either") == 0 && nominal(tl_evdoc_tok(d, b - 2)))
		b--;
	return b;
}

/* The start of the noun phrase that ends with its head at token `head`
 * (at most `most` words before the head: determiners, adjectives,
 * numbers, nouns, possessives), when that phrase opens its clause (the
 * sentence, or after a comma or a conjunction, or when `reported` after a
 * verb of saying or "that") and the subject up to b is short enough; else
 * G_MAXSIZE. */
static size_t
opening_phrase(const TlEvDoc *d, guint32 sent, size_t head, size_t most, gboolean reported, size_t b)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, sent);
	size_t n0 = head;
	while (n0 > s->first && head - n0 <= most) {
		const TlEvTok *u = tl_evdoc_tok(d, n0 - 1);
		if (u->upos != TL_UPOS_DET && u->upos != TL_UPOS_ADJ && u->upos != TL_UPOS_NUM &&
		    u->upos != TL_UPOS_NOUN && u->upos != TL_UPOS_PROPN && u->xpos != TL_XPOS_PRPS &&
		    u->xpos != TL_XPOS_POS)
			break;
		n0--;
	}
	if (n0 > s->first && n0 > tl_sum_text_start(d, sent)) {
		const TlEvTok *q = tl_evdoc_tok(d, n0 - 1);
		if (q->xpos != TL_XPOS_COMMA && q->upos != TL_UPOS_CCONJ &&
		    !(reported && (tl_sum_says(d, n0 - 1) || strcmp(tl_evdoc_lower(d, n0 - 1), "that") == 0)))
			return G_MAXSIZE;
	}
	return b - n0 <= 3 * MAX_SUBJECT ? n0 : G_MAXSIZE;
}

/* The verb at v is a relative clause's, right after its pronoun ("who",
 * "that", "which") and its noun ("The man who killed the guard | was
 * arrested"): the start of that noun's phrase, which opens its clause (the
 * sentence, or after a comma, a conjunction or a verb of saying), when the
 * subject up to b is short enough; else G_MAXSIZE. */
static size_t
relative_subject_start(const Ctx *c, guint32 sent, size_t v, size_t b)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, sent);
	size_t r = v;
	/* (over the clause's adverbs and auxiliaries: "The man who was seen
	 * on Monday was arrested") */
	while (r > s->first && (tl_evdoc_tok(d, r - 1)->upos == TL_UPOS_ADV ||
	                        tl_evdoc_tok(d, r - 1)->upos == TL_UPOS_AUX ||
	                        (tl_evdoc_tok(d, r - 1)->lex & TL_EVLEX_NEG)))
		r--;
	if (r < s->first + 2)
		return G_MAXSIZE;
	const TlEvTok *p = tl_evdoc_tok(d, r - 1);
	if (p->xpos != TL_XPOS_WDT && p->xpos != TL_XPOS_WP)
		return G_MAXSIZE;
	guint8 h = tl_evdoc_tok(d, r - 2)->upos;
	if (h != TL_UPOS_NOUN && h != TL_UPOS_PROPN)
		return G_MAXSIZE;
	size_t st = opening_phrase(d, sent, r - 2, MAX_SUBJECT - 1, TRUE, b);
	if (st != G_MAXSIZE)
		return st;
	/* (or the head of an "of" before it: "Aftershocks of an earthquake
	 * that struck the Philippines on Wednesday have increased") */
	size_t n0 = r - 2;
	while (n0 > s->first && r - 2 - n0 < MAX_SUBJECT &&
	       (nominal(tl_evdoc_tok(d, n0 - 1)) && tl_evdoc_tok(d, n0 - 1)->upos != TL_UPOS_PRON))
		n0--;
	if (n0 < s->first + 2 || strcmp(tl_evdoc_lower(d, n0 - 1), "of") != 0 ||
	    (tl_evdoc_tok(d, n0 - 2)->upos != TL_UPOS_NOUN && tl_evdoc_tok(d, n0 - 2)->upos != TL_UPOS_PROPN))
		return G_MAXSIZE;
	return opening_phrase(d, sent, n0 - 2, MAX_SUBJECT - 1, TRUE, b);
}

/* A noun's clause before the verb group [a, b): "the first suggestion that
 * it was a black hole surfaced", "The news that he had resigned shocked":
 * the token before a is the "that" of a clause with a finite verb of its
 * own, right after a noun.  Then the subject is the noun phrase with its
 * clause (tokens from the start of the noun phrase to b), else G_MAXSIZE. */
static size_t
noun_clause_start(const TlEvDoc *d, guint32 sent, size_t a, size_t b)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, sent);
	if (a < s->first + 2 || a >= b || tl_evdoc_tok(d, a - 1)->upos != TL_UPOS_SCONJ ||
	    strcmp(tl_evdoc_lower(d, a - 1), "that") != 0 || tl_evdoc_tok(d, a - 2)->upos != TL_UPOS_NOUN ||
	    !tl_sum_finite_in(d, a, b))
		return G_MAXSIZE;
	/* (not the object of a verb before it: "said the report that it was
	 * late") */
	return opening_phrase(d, sent, a - 2, MAX_SUBJECT - 2, FALSE, b);
}

/* Is the verb at v a participle after its noun, with a time of its own
 * that runs up to the verb group at b ("A poll released earlier this week
 * | showed", "M-3 figures released today | showed", "the plan announced
 * on Monday | calls"): its noun's, not a clause's (the tagger may read it
 * as a past)? */
static gboolean
dated_participle(const Ctx *c, size_t v, size_t b)
{
	const TlEvDoc *d = c->d;
	static const char *const periods[] = {"end", "begin", "start", NULL};
	guint8 x = tl_evdoc_tok(d, v)->xpos;
	/* (not a period's "the quarter ended Jan 31", nor after a date:
	 * "figures for February released last week") */
	if ((x != TL_XPOS_VBN && x != TL_XPOS_VBD) || v == 0 || v + 1 >= b ||
	    (tl_evdoc_tok(d, v - 1)->upos != TL_UPOS_NOUN && tl_evdoc_tok(d, v - 1)->upos != TL_UPOS_PROPN) ||
	    in_timex(c, v - 1) || tl_ev_word_in(tl_evdoc_lemma(d, v), periods))
		return FALSE;
	size_t k = v + 1;
	if (tl_evdoc_tok(d, k)->upos == TL_UPOS_ADP)
		k++;
	if (k >= b || !in_timex(c, k))
		return FALSE;
	while (k < b && in_timex(c, k))
		k++;
	return k == b;
}

/* Do "at least" or "at most" at token e (before b) open a number ("At
 * least three unfavorable claims")? */
gboolean
tl_sum_at_least(const TlEvDoc *d, size_t e, size_t b)
{
	return e + 2 < b && strcmp(tl_evdoc_lower(d, e), "at") == 0 &&
	       (strcmp(tl_evdoc_lower(d, e + 1), "least") == 0 || strcmp(tl_evdoc_lower(d, e + 1), "most") == 0) &&
	       tl_evdoc_tok(d, e + 2)->upos == TL_UPOS_NUM;
}

/* Do tokens e, e + 1 bound the figure after them, before b: "at least",
 * "at most", or "more than", "fewer than", "up to" a part ("of")? */
static gboolean
figure_bound(const TlEvDoc *d, size_t e, size_t b)
{
	static const char *const more[] = {"more", "less", "fewer", NULL};
	if (e + 2 >= b || tl_evdoc_tok(d, e + 2)->upos != TL_UPOS_NUM)
		return FALSE;
	if (tl_sum_at_least(d, e, b))
		return TRUE;
	const char *w = tl_evdoc_lower(d, e), *w2 = tl_evdoc_lower(d, e + 1);
	if (!(tl_ev_word_in(w, more) && strcmp(w2, "than") == 0) &&
	    !(strcmp(w, "up") == 0 && strcmp(w2, "to") == 0))
		return FALSE;
	/* (those of a part only, "More than 80% of the seats": "up to" after
	 * a verb is its own, "producing up to one mln bpd above a ceiling") */
	for (size_t k = e + 3; k < b && k < e + 7; k++) {
		if (strcmp(tl_evdoc_lower(d, k), "of") == 0)
			return TRUE;
		if (!tl_sum_np_word(d, k) || tl_evdoc_tok(d, k)->upos == TL_UPOS_DET)
			return FALSE;
	}
	return FALSE;
}

/* Subject: the end of the clause before the verb group, trimmed at its front. */
static const char *const wh_words[] = {"what", "who", "whatever", "whoever", NULL};

/* A bare past participle in a sentence with no finite verb before it: a
 * past the tagger misread ("A bus carrying children ... overturned") */
static gboolean
misread_past(const TlEvDoc *d, const TlEvent *ev)
{
	return ev->vg_first == ev->tok && tl_evdoc_tok(d, ev->tok)->xpos == TL_XPOS_VBN &&
	       d->finite[ev->sent] >= ev->tok;
}

static gboolean
present_xpos(guint8 x)
{
	return x == TL_XPOS_VBZ || x == TL_XPOS_VBP;
}

/*
 * "The parents were married before Harris' birth but divorced in 1971": a
 * clause that a subordinator opens as a preposition, with no verb of its
 * own before the "and", "but" or "or" that joins ev's verb, is a phrase of
 * the clause before, whose subject ev shares.  Its verb, or G_MAXSIZE.
 */
static size_t
phrase_then_conj(const TlEvDoc *d, const TlEvent *ev, size_t cf)
{
	static const char *const coord[] = {"and", "but", "or", NULL};
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	size_t b = ev->vg_first;
	/* (the clause starts past its subordinator: a preposition, which the
	 * tagger may read as a subordinator) */
	if (cf <= s->first + 1 || cf + 1 >= b ||
	    (tl_evdoc_tok(d, cf - 1)->upos != TL_UPOS_ADP && tl_evdoc_tok(d, cf - 1)->upos != TL_UPOS_SCONJ) ||
	    !(tl_evdoc_tok(d, cf - 1)->lex & TL_EVLEX_SUBORD) ||
	    !(tl_ev_finite_xpos(tl_evdoc_tok(d, b)->xpos) ||
	      (tl_evdoc_tok(d, b)->xpos == TL_XPOS_VBN && b == ev->tok)))
		return G_MAXSIZE;
	/* (an adverb of time or manner before the verb: "but later
	 * returned"; not "category 3 or above are") */
	static const char *const advs[] = {"then", "later", "also", "still", "never", "soon", NULL};
	while (b > cf + 1 && tl_evdoc_tok(d, b - 1)->upos == TL_UPOS_ADV &&
	       (tl_ev_word_in(tl_evdoc_lower(d, b - 1), advs) || g_str_has_suffix(tl_evdoc_lower(d, b - 1), "ly")))
		b--;
	if (tl_evdoc_tok(d, b - 1)->upos != TL_UPOS_CCONJ || !tl_ev_word_in(tl_evdoc_lower(d, b - 1), coord))
		return G_MAXSIZE;
	/* (after the tagger's subordinator, a noun phrase that shows itself
	 * one: "before his birth", not "as CO2 dissolves and") */
	if (tl_evdoc_tok(d, cf - 1)->upos == TL_UPOS_SCONJ && tl_evdoc_tok(d, cf)->upos != TL_UPOS_DET &&
	    tl_evdoc_tok(d, cf)->xpos != TL_XPOS_PRPS)
		return G_MAXSIZE;
	for (size_t j = cf; j + 1 < b; j++)
		if (!nominal(tl_evdoc_tok(d, j)) && tl_evdoc_tok(d, j)->upos != TL_UPOS_ADP &&
		    tl_evdoc_tok(d, j)->upos != TL_UPOS_PART)
			return G_MAXSIZE; /* ("before the war ended and") */
	/* the verb the phrase follows, in the same stretch of the sentence */
	for (size_t j = cf - 1; j > s->first; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (is_punct(u) || u->upos == TL_UPOS_SCONJ || u->upos == TL_UPOS_CCONJ ||
		    u->xpos == TL_XPOS_WDT || u->xpos == TL_XPOS_WP)
			return G_MAXSIZE;
		if (u->upos == TL_UPOS_VERB && !tl_sum_prenominal(d, j - 1)) {
			if (u->xpos == TL_XPOS_VBG || u->xpos == TL_XPOS_VB)
				return G_MAXSIZE;
			/* the two in one tense ("had slower growth as CO2
			 * dissolves and makes": a verb the tagger read as a
			 * noun before the conjunction) */
			size_t g = j - 1;
			while (g > s->first && (tl_evdoc_tok(d, g - 1)->upos == TL_UPOS_AUX ||
			                        tl_evdoc_tok(d, g - 1)->upos == TL_UPOS_ADV))
				g--;
			/* (a past participle shares a perfect's or a passive's
			 * auxiliary: "has been removed as an officer and
			 * terminated") */
			gboolean now = present_xpos(tl_evdoc_tok(d, ev->vg_first)->xpos);
			if (now != present_xpos(tl_evdoc_tok(d, g)->xpos) && (now || g == j - 1) &&
			    tl_evdoc_tok(d, ev->vg_first)->xpos != TL_XPOS_MD)
				return G_MAXSIZE;
			return j - 1;
		}
	}
	return G_MAXSIZE;
}

void
tl_sum_subject(const Ctx *c, const TlEvent *ev, size_t cf, GArray *keep)
{
	const TlEvDoc *d = c->d;
	size_t pv = phrase_then_conj(d, ev, cf);
	if (pv != G_MAXSIZE) {
		TlEvent first = {.tok = (guint32)pv, .sent = ev->sent};
		tl_ev_attributes(d, &first);
		guint32 f2, l2;
		tl_ev_clause(d, first.vg_first, &f2, &l2);
		tl_sum_subject(c, &first, f2, keep);
		tl_event_clear(&first);
		if (keep->len)
			return;
	}
	cf = place_clause(d, cf, ev->vg_first);
	size_t a = subject_front(c, cf, ev->vg_first), b = ev->vg_first;
	b = before_either(d, a, b);
	/* no subject begins in a dateline ("NEW YORK, April 13 - Chase
	 * Manhattan Bank said" was "April 13 - chase Manhattan Bank said") */
	size_t ts = tl_sum_text_start(d, ev->sent);
	if (a < ts && ts < b)
		a = subject_front(c, ts, b);
	/* a clause after "and" or "but" that follows a clause of its own
	 * ("The company closed the plant and workers will lose", "Prices are
	 * rising quickly and demand has fallen"): its subject starts after
	 * the conjunction; "Biden and Xi met" has no verb before it */
	size_t conj = tl_ev_finite_xpos(tl_evdoc_tok(d, b)->xpos) &&
	                      tl_evdoc_tok(d, ev->tok)->upos != TL_UPOS_NOUN
	                  ? clause_before(d, a, b)
	                  : G_MAXSIZE;
	if (conj != G_MAXSIZE && plain_subject(c, conj + 1, b))
		a = subject_front(c, conj + 1, b);
	/* a name the clause's start cut: "Bankers Trust Co said", where the
	 * tagger read "Trust" as a verb, is not "Co said" */
	size_t ka = a < b ? tl_evdoc_ent_after(d, a) : d->n_ents;
	if (ka < d->n_ents && d->ents[ka].first < a && d->ents[ka].last <= b &&
	    d->ents[ka].first >= g_array_index(d->sents, TlEvSent, ev->sent).first)
		a = cf = d->ents[ka].first;
	/* the recipient of a verb of telling just before the span or in it
	 * ("Gleske told reporters he expected", its clause not cut there) */
	for (size_t t = a > 0 ? a - 1 : a; t + 2 < b; t++)
		if (tl_evdoc_tok(d, t)->upos == TL_UPOS_VERB) {
			size_t r = tl_sum_after_recipient(c, t + 1, b);
			if (r > t + 1)
				a = r;
		}
	/* "A helicopter under contract to PG&E (the utility) on Tuesday
	 * struck": the clause before a bracketed aside */
	if (a >= b && cf > 1 && tok_char(d, cf - 1) == ')') {
		const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
		size_t p = cf - 1;
		while (p > s->first && d->text[tl_evdoc_tok(d, p)->start] != '(')
			p--;
		if (p > s->first && d->text[tl_evdoc_tok(d, p)->start] == '(') {
			guint32 f2, l2;
			tl_ev_clause(d, p - 1, &f2, &l2);
			if (f2 < p && !tl_sum_verb_in(d, f2, p) &&
			    (f2 == s->first || f2 == tl_sum_text_start(d, ev->sent) ||
			     tl_evdoc_tok(d, f2 - 1)->xpos == TL_XPOS_COMMA)) {
				cf = f2;
				a = subject_front(c, f2, p), b = p;
			} else {
				/* or the noun phrase a verb of saying takes before it:
				 * "said India's gross domestic product (gdp) grew" */
				size_t n0 = p;
				while (n0 > s->first && n0 + MAX_SUBJECT > p && nominal(tl_evdoc_tok(d, n0 - 1)) &&
				       tl_evdoc_tok(d, n0 - 1)->upos != TL_UPOS_PRON)
					n0--;
				if (n0 < p && n0 > s->first && tl_sum_says(d, n0 - 1)) {
					cf = n0;
					a = subject_front(c, n0, p), b = p;
				}
			}
		}
	}
	/* a subject in quotes ("its source said "three terrorists" were
	 * killed"): the quoted noun phrase */
	if (a >= b && b >= 3 && (tl_evdoc_tok(d, b - 1)->mark & TL_EVM_QUOTE)) {
		const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
		size_t o = b - 1;
		while (o > s->first && o + MAX_SUBJECT + 1 >= b && !(tl_evdoc_tok(d, o - 1)->mark & TL_EVM_QUOTE) &&
		       nominal(tl_evdoc_tok(d, o - 1)) && tl_evdoc_tok(d, o - 1)->upos != TL_UPOS_PRON)
			o--;
		guint8 head = tl_evdoc_tok(d, b - 2)->upos; /* not "imperative" */
		if (o + 1 < b && o > s->first && (tl_evdoc_tok(d, o - 1)->mark & TL_EVM_QUOTE) &&
		    (head == TL_UPOS_NOUN || head == TL_UPOS_PROPN || head == TL_UPOS_NUM)) {
			guint had = keep->len;
			tl_sum_append_span(c, o, b - 1, keep);
			if (keep->len > had) /* (not a date: "Super Tuesday") */
				return;
		}
	}
	/* a question's word, or a free relative's, is the subject: "Nobody
	 * knows what caused the crash" is "What caused the crash" (was
	 * "Nobody caused"), "want to see what happens" (was the speaker) */
	if (a >= b && b > 1 && b <= cf + 1 && tl_evdoc_tok(d, b - 1)->xpos == TL_XPOS_WP &&
	    tl_evdoc_tok(d, b - 2)->upos != TL_UPOS_NOUN && tl_evdoc_tok(d, b - 2)->upos != TL_UPOS_PROPN &&
	    tl_evdoc_tok(d, b - 2)->upos != TL_UPOS_PRON && !is_punct(tl_evdoc_tok(d, b - 2)) &&
	    tl_ev_word_in(tl_evdoc_lower(d, b - 1), wh_words)) {
		tl_sum_append_span(c, b - 1, b, keep);
		return;
	}
	if (a >= b && antecedent(c, cf, keep))
		return;
	/* a subject cut off by a comma ("He stressed ..., adding that") borrows
	 * the subject of the sentence's first finite verb, else its first name */
	/* a participle clause ("adding that...") reads best alone; a
	 * progressive borrows a subject only when coordinated ("He was
	 * employed ... and was hearing impaired"): else its own clause's is
	 * elsewhere ("who ... are walking", "what's going on") */
	/* (but after an apposition: "Women, who make up 16% of the
	 * military, have been serving") */
	if (a >= b && tl_evdoc_tok(d, ev->tok)->xpos == TL_XPOS_VBG &&
	    (ev->vg_first == ev->tok || ev->vg_first == 0 ||
	     tl_evdoc_tok(d, ev->vg_first - 1)->upos != TL_UPOS_CCONJ) &&
	    !(ev->vg_first < ev->tok && tl_sum_text_start(d, ev->sent) < cf &&
	      appositive_head(c, tl_sum_text_start(d, ev->sent), cf) != G_MAXSIZE))
		return;
	if (a >= b && bare_participle_subject(c, ev, cf, keep))
		return;
	if (a >= b) {
		/* "The princess, 67, announced", "The Senate Minority Leader,
		 * Chuck Schumer, said": the noun phrase before an apposition */
		size_t first = tl_sum_text_start(d, ev->sent);
		size_t q = first < cf ? appositive_head(c, first, cf) : G_MAXSIZE;
		/* (or of a clause a subordinator opens: "The move came after
		 * William Conley, a United States District judge, ordered") */
		if (q == G_MAXSIZE && first < cf) {
			size_t sub = cf;
			while (sub > first && !(tl_evdoc_tok(d, sub - 1)->lex & TL_EVLEX_SUBORD) &&
			       sub + 2 * MAX_SUBJECT + 20 > cf)
				sub--;
			if (sub > first && (tl_evdoc_tok(d, sub - 1)->lex & TL_EVLEX_SUBORD) &&
			    (q = appositive_head(c, sub, cf)) != G_MAXSIZE)
				first = sub;
		}
		if (q != G_MAXSIZE) {
			size_t p = first;
			while (p < q && !nominal(tl_evdoc_tok(d, p)) && !tl_sum_at_least(d, p, q))
				p++;
			/* a name in apposition to a title tells more: "The prime
			 * minister, Boris Johnson, tweeted" (not "Hosni Mubarak,
			 * the former President, died") */
			/* (nor a person named after a role of a name's: "The former
			 * National Basketball Association (NBA) player, Bryant,
			 * joined", "Apple's chief executive, Tim Cook, said") */
			size_t k = G_MAXSIZE, k2 = G_MAXSIZE;
			const TlEntity *mid = tl_ev_name_in(d, q + 1, cf - 1, &k2);
			const TlEvTok *head = tl_evdoc_tok(d, q - 1);
			gboolean role = mid && mid->type == TL_ENT_PERSON && mid->first == q + 1 &&
					mid->last + 1 == cf &&
					(head->upos == TL_UPOS_NOUN || head->upos == TL_UPOS_ADJ) &&
					!(head->flags & TL_TOKF_CAP) && !person_in(d, p, q);
			/* (a name that qualifies the apposition's noun is not
			 * it: "Hammons, a former Newsweek manager, founded") */
			gboolean modifier = mid && mid->last + 1 < cf &&
			                    tl_evdoc_tok(d, mid->last)->upos == TL_UPOS_NOUN;
			/* (nor a name in a participle's phrase: "The company,
			 * based in Ohio, said", "Sumeet Singh, a vice president
			 * at PG&E, said") */
			/* (a verb before a preposition or a determiner: not
			 * "engineering professor Julian Marshall") */
			for (size_t j = q + 1; mid && !modifier && j + 1 < mid->first; j++)
				modifier = tl_evdoc_tok(d, j)->upos == TL_UPOS_VERB &&
				           (tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_ADP ||
				            tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_DET);
			if ((role || !tl_ev_name_in(d, p, q, &k)) && mid && !modifier &&
			    (mid->first <= q + 3 || mid->last + 1 == cf) &&
			    mid->last - mid->first <= MAX_SUBJECT) {
				tl_sum_append_span(c, mid->first, mid->last, keep);
				return;
			}
			/* (its name's short form that ends it left out: "The
			 * European Court of Justice (ECJ)") */
			gboolean short_form = q >= p + 4 &&
					      d->text[tl_evdoc_tok(d, q - 3)->start] == '(' &&
					      d->text[tl_evdoc_tok(d, q - 1)->start] == ')';
			tl_sum_append_span(c, p, short_form ? q - 3 : q, keep);
			return;
		}
		if (reported_subject(c, cf, keep))
			return;
		sentence_subject(c, ev, cf, keep);
		return;
	}
	/* (a finite verb group: "surfaced" after "hole" is a past the tagger
	 * read as a participle, as its tense tells) */
	gboolean finite = tl_ev_finite_xpos(tl_evdoc_tok(d, b)->xpos) ||
	                  (b == ev->tok && strcmp(ev->tense, "PAST") == 0);
	size_t nc = finite ? noun_clause_start(d, ev->sent, a, b) : G_MAXSIZE;
	if (nc != G_MAXSIZE) {
		tl_sum_append_span(c, nc, b, keep);
		return;
	}
	size_t list = name_list_start(c, ev->sent, a, b);
	size_t list_end = b;
	if (list == a)
		list = noun_list_start(c, ev->sent, a, b, &list_end);
	if (list < a && b - list <= 3 * MAX_SUBJECT) {
		tl_sum_append_span(c, list, list_end, keep);
		return;
	}
	/* a subject holds no verb: "Blinken said the US has seen" */
	size_t a0 = a, verb = G_MAXSIZE;
	for (size_t j = b; j > a; j--)
		if ((tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_VERB || copula_before_and(d, a, j - 1, b)) &&
		    !tl_sum_prenominal(d, j - 1) &&
		    /* nor the second word of a compound ("U.S.-backed Contra
		     * rebels tried", "Profit-taking weighed") */
		    !(j - 1 > a && glued(d, j - 1)) &&
		    /* nor a word of a name the tagger read as a verb ("Bankers
		     * Trust Co said") */
		    !tl_sum_in_name(d, j - 1) &&
		    /* nor a time's participle: "sales for the four weeks ended
		     * March 28 rose" */
		    !tl_sum_date_word(c, j - 1, a) &&
		    /* nor a base form that opens the sentence, a noun the
		     * tagger read as an imperative ("Demand in 1986 rose") */
		    !(j - 1 == tl_sum_text_start(d, ev->sent) && tl_evdoc_tok(d, j - 1)->xpos == TL_XPOS_VB &&
		      tl_ev_finite_xpos(tl_evdoc_tok(d, ev->vg_first)->xpos)) &&
		    /* nor a participle that tells of the noun before it: "A
		     * document obtained by Reuters shows", "mineworkers at a
		     * facility owned by Anglo American returned" */
		    !(reduced_relative(d, j - 1) && !conj_in(d, j, b)) &&
		    /* nor one dated right after it: "A poll released earlier this
		     * week showed", "M-3 figures released today showed" */
		    !dated_participle(c, j - 1, b) &&
		    /* nor a present participle right after its noun near the
		     * subject's start ("a man wearing a fake suicide vest
		     * entered", "people living in the area said"), before a
		     * finite verb and no pronoun of a clause of its own */
		    !(tl_evdoc_tok(d, j - 1)->xpos == TL_XPOS_VBG && j - 1 > a && j - 1 <= a + 3 &&
		      tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_NOUN && !conj_in(d, j, b) &&
		      (tl_ev_finite_xpos(tl_evdoc_tok(d, ev->vg_first)->xpos) || misread_past(d, ev)) &&
		      !tl_sum_takes_clause(d, j - 1) &&
		      !pronoun_in(d, j, b)) &&
		    /* but a noun's infinitive: "the vote to remove him also failed" */
		    !(j >= a + 3 && tl_evdoc_tok(d, j - 2)->xpos == TL_XPOS_TO &&
		      tl_evdoc_tok(d, j - 3)->upos == TL_UPOS_NOUN &&
		      tl_sum_opens_clause(d, cf, j - 3)) &&
		    /* nor a participle's and its infinitive after the noun: "The
		     * talks scheduled to start on Monday were postponed" */
		    !participle_infinitive(c, cf, a, j - 1)) {
			a = j, verb = j - 1;
			break;
		}
	/* "The man who killed the guard was arrested": the verb is a relative
	 * clause's, which is in the subject (not "The guard was arrested") */
	size_t rel = verb != G_MAXSIZE ? relative_subject_start(c, ev->sent, verb, b) : G_MAXSIZE;
	if (rel != G_MAXSIZE) {
		tl_sum_append_span(c, rel, b, keep);
		return;
	}
	/* "had a small effect in 1986 but its full effect would be felt": the
	 * clause after "but" has its own subject ("and" may join two: "said
	 * Smith and Jones were") */
	for (size_t j = b; verb != G_MAXSIZE && j > a + 1; j--)
		if (tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_CCONJ &&
		    strcmp(tl_evdoc_lower(d, j - 1), "but") == 0) {
			if (j < b && nominal(tl_evdoc_tok(d, j)))
				a = j;
			break;
		}
	/* "police arrived and shot him", "the US has seen and approved": a
	 * verb coordinated with the one before shares its subject, the words
	 * before that one's verb group (not "And shot him") */
	/* (past a phrase of a preposition between: "left Iraq in 2011, then
	 * at the Iraqi government's request returned", "sold the unit and at
	 * the same time bought") */
	size_t k = b;
	while (verb != G_MAXSIZE && k > a &&
	       (tl_evdoc_tok(d, k - 1)->upos == TL_UPOS_ADV || is_punct(tl_evdoc_tok(d, k - 1))))
		k--;
	/* (both verbs finite: "buying by foreign banks or by a life insurance
	 * company earlier pushed" is one subject) */
	/* (nor after a report's verb, whose clause the phrase is in: "said
	 * strong sales in the Northeast and on the West Coast were") */
	size_t pp = verb != G_MAXSIZE && tl_ev_finite_xpos(tl_evdoc_tok(d, verb)->xpos) &&
				    tl_ev_finite_xpos(tl_evdoc_tok(d, ev->vg_first)->xpos) &&
				    !tl_sum_says(d, verb)
			    ? tl_sum_phrases_before(c, a, k)
			    : k;
	/* (nor phrases of the same preposition joined: "the positions of
	 * Brazil and of the United States were") */
	for (size_t j = pp; pp < k && j > a && j + 6 > pp; j--)
		if (tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_ADP &&
		    strcmp(tl_evdoc_lower(d, j - 1), tl_evdoc_lower(d, pp)) == 0) {
			pp = k;
			break;
		}
	gboolean then = FALSE;
	if (pp < k) {
		k = pp;
		while (k > a && (tl_evdoc_tok(d, k - 1)->upos == TL_UPOS_ADV ||
				 is_punct(tl_evdoc_tok(d, k - 1)))) {
			then = then || strcmp(tl_evdoc_lower(d, k - 1), "then") == 0;
			k--;
		}
		/* ", then": a coordinator too */
		then = then && tl_evdoc_tok(d, k)->xpos == TL_XPOS_COMMA;
	}
	if (verb != G_MAXSIZE && k > a && (tl_evdoc_tok(d, k - 1)->upos == TL_UPOS_CCONJ || then)) {
		/* a finite verb's partner is finite: past the infinitives it
		 * governs ("agreed to become the distributor ... and also agreed
		 * to buy" shares "agreed"'s subject, not "to") */
		/* (over a time or an adverb between: "met yesterday to
		 * discuss the merger but decided against it") */
		while (tl_ev_finite_xpos(tl_evdoc_tok(d, ev->vg_first)->xpos) && verb >= a0 + 2 &&
		       tl_evdoc_tok(d, verb)->xpos == TL_XPOS_VB && tl_evdoc_tok(d, verb - 1)->xpos == TL_XPOS_TO) {
			size_t g = verb - 1;
			while (g > a0 && verb - g <= 4 && tl_evdoc_tok(d, g - 1)->upos != TL_UPOS_VERB &&
			       (in_timex(c, g - 1) || tl_evdoc_tok(d, g - 1)->upos == TL_UPOS_ADV))
				g--;
			if (g == a0 || tl_evdoc_tok(d, g - 1)->upos != TL_UPOS_VERB)
				break;
			verb = g - 1;
		}
		size_t e = verb;
		while (e > a0 && (tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_AUX ||
		                  tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_ADV ||
		                  (tl_evdoc_tok(d, e - 1)->lex & TL_EVLEX_NEG)))
			e--;
		/* (over a participle that tells of the noun before it: "A
		 * quake measuring 5.5 on the Richter scale shook Japan but
		 * caused no damage", "a facility owned by Anglo American") */
		size_t f = e;
		while (f > a0 && (tl_evdoc_tok(d, f - 1)->upos != TL_UPOS_VERB ||
		                  (f - 1 > a0 && (tl_evdoc_tok(d, f - 1)->xpos == TL_XPOS_VBG ||
		                                  reduced_relative(d, f - 1)) &&
		                   (tl_evdoc_tok(d, f - 2)->upos == TL_UPOS_NOUN ||
		                    tl_evdoc_tok(d, f - 2)->upos == TL_UPOS_PROPN))))
			f--;
		a = f, b = e;
		b = before_either(d, a, b);
		/* "a quake that hit on January 7 and caused": the antecedent */
		if (a >= b && antecedent(c, cf, keep))
			return;
		/* that one borrows its subject too ("but was arrested in 1963
		 * and was imprisoned") */
		if (a >= b && tl_evdoc_tok(d, ev->vg_first)->upos == TL_UPOS_AUX) {
			sentence_subject(c, ev, a0, keep);
			return;
		}
		/* and a verb with its subject after a bracket or a date ("A
		 * helicopter ... (PG&E) on Tuesday struck power lines and
		 * crashed") lends it as that verb's headline finds it (a bare
		 * VBN here is a misread past tense) */
		guint8 x = tl_evdoc_tok(d, ev->vg_first)->xpos, y = tl_evdoc_tok(d, verb)->xpos;
		if (a >= b && (tl_ev_finite_xpos(x) || (x == TL_XPOS_VBN && ev->vg_first == ev->tok)) &&
		    (tl_ev_finite_xpos(y) ||
		     (y == TL_XPOS_VBN && (verb == 0 || tl_evdoc_tok(d, verb - 1)->upos != TL_UPOS_AUX)))) {
			TlEvent first = {.tok = (guint32)verb, .sent = ev->sent};
			tl_ev_attributes(d, &first);
			gboolean earlier = first.vg_first < ev->vg_first;
			if (earlier) {
				guint32 f2, l2;
				tl_ev_clause(d, first.vg_first, &f2, &l2);
				tl_sum_subject(c, &first, f2, keep);
			}
			tl_event_clear(&first);
			if (earlier)
				return;
		}
	}
	/* "died and 35 were rescued": the clause after the conjunction */
	while (a < b && (tl_evdoc_tok(d, a)->upos == TL_UPOS_CCONJ || is_punct(tl_evdoc_tok(d, a))))
		a++;
	/* ", then at the Iraqi government's request returned": a clause after
	 * a comma and its coordinator that holds a phrase of a preposition
	 * alone has the sentence's subject */
	if (verb == G_MAXSIZE && a < b && tl_evdoc_tok(d, a)->upos == TL_UPOS_ADP && cf > 0 &&
	    cf + 1 == a && tl_evdoc_tok(d, cf - 1)->xpos == TL_XPOS_COMMA &&
	    tl_ev_finite_xpos(tl_evdoc_tok(d, b)->xpos) && tl_sum_phrases_before(c, a, b) == a) {
		gboolean coord = tl_evdoc_tok(d, cf)->upos == TL_UPOS_CCONJ ||
				 strcmp(tl_evdoc_lower(d, cf), "then") == 0;
		if (coord) {
			sentence_subject(c, ev, cf, keep);
			if (keep->len)
				return;
		}
	}
	/* a subject starts with no preposition: "in this study we find" is
	 * "we find", "in findings published" "findings published" */
	if (a + 1 < b && tl_evdoc_tok(d, a)->upos == TL_UPOS_ADP) {
		/* not a quantity: "at least one business", "over a thousand" */
		const TlEvTok *n1 = tl_evdoc_tok(d, a + 1);
		gboolean amount = n1->upos == TL_UPOS_ADJ || n1->upos == TL_UPOS_ADV || n1->upos == TL_UPOS_NUM ||
		                  (a + 2 < b && tl_evdoc_tok(d, a + 2)->upos == TL_UPOS_NUM);
		/* (but an adjective of quality before a participle's own noun:
		 * "against white supremacists attending", "for additional
		 * liabilities resulting") */
		static const char *const many[] = {"many", "several", "few", "much", "most", "least", NULL};
		if (n1->upos == TL_UPOS_ADJ && n1->xpos == TL_XPOS_JJ && !tl_ev_word_in(tl_evdoc_lower(d, a + 1), many) &&
		    tl_evdoc_tok(d, ev->tok)->xpos == TL_XPOS_VBG && ev->vg_first == ev->tok && b == ev->tok)
			amount = FALSE;
		size_t p = a + 1;
		/* (a noun phrase of its own after the preposition's: "under the
		 * agreement | the bank will sell") */
		while (p < b && tl_evdoc_tok(d, p)->xpos != TL_XPOS_PRP &&
		       !(tl_evdoc_tok(d, p)->upos == TL_UPOS_PROPN && tl_evdoc_tok(d, p - 1)->upos == TL_UPOS_NOUN) &&
		       !(p > a + 2 && tl_evdoc_tok(d, p)->upos == TL_UPOS_DET &&
		         (tl_evdoc_tok(d, p - 1)->upos == TL_UPOS_NOUN || tl_evdoc_tok(d, p - 1)->upos == TL_UPOS_PROPN)))
			p++;
		/* "in addition to", "in response to": a preposition of three words */
		size_t skip = a + 3 <= b && n1->upos == TL_UPOS_NOUN &&
		                      (tl_evdoc_tok(d, a + 2)->upos == TL_UPOS_ADP ||
		                       tl_evdoc_tok(d, a + 2)->xpos == TL_XPOS_TO) ? 3 : 1;
		if (a + 2 == b && n1->upos == TL_UPOS_NOUN && b < d->toks->len &&
		    (tl_evdoc_tok(d, b)->xpos == TL_XPOS_TO || tl_evdoc_tok(d, b)->upos == TL_UPOS_ADP))
			skip = 0; /* "in addition to condemning": its "to" is in the verb group */
		if (!amount && skip)
			a = p < b ? p : a + skip; /* "during the speech Trump claimed" */
	}
	/* "the five firearms he allegedly used": a clause with its own subject
	 * pronoun reads best with the noun it tells of, the words before it */
	size_t before = b; /* the subject's last word, past adverbs and brackets */
	while (before > a + 1 &&
	       (tl_evdoc_tok(d, before - 1)->upos == TL_UPOS_ADV || is_punct(tl_evdoc_tok(d, before - 1))))
		before--;
	gboolean tail_only = before > a && tl_sum_nominative(d, before - 1);
	/* (after a date the pronoun's clause begins: "acknowledge in a speech
	 * to the nation tonight he needs to change" is "He needs") */
	if (tail_only && before >= a + 2 && in_timex(c, before - 2))
		a = before - 1;
	/* nor when what comes before is no noun phrase that ends at the verb
	 * ("evidence of attempts to influence and arguably interfere") */
	if (before > a && !nominal(tl_evdoc_tok(d, before - 1)))
		tail_only = TRUE;
	/* nor across a verb of its own ("Australia has a lot of ethnic
	 * minorities speaking") */
	/* (a word's part after a hyphen is none: "gilt-edged securities") */
	if (!tail_only)
		for (size_t j = a; j < before && !tail_only; j++)
			tail_only = tl_sum_finite_in(d, j, j + 1) && !tl_sum_date_word(c, j, a) &&
			            !(j > a && glued(d, j));
	/* a person's name after a phrase whose head it is not ("supportive
	 * remarks from ... Kiichi Miyazawa"): when the head with its phrase
	 * does not fit either */
	const TlEntity *late = NULL;
	if (b - a > MAX_SUBJECT && !tail_only) {
		/* a person's name ends a title before it: "Johns Hopkins Center
		 * for Health Security medical anthropologist Monica Schoch-Spana
		 * told" (not "The death of oceanographer Walter Munk", nor "At
		 * least three unfavorable claims about Trump") */
		size_t kp = G_MAXSIZE, e = a;
		const TlEntity *en;
		while (e < b && (nominal(tl_evdoc_tok(d, e)) || tl_sum_at_least(d, e, b)))
			e += tl_sum_at_least(d, e, b) ? 2 : 1;
		if (strcmp(tl_evdoc_lower(d, e), "of") != 0 && !tl_sum_verb_in(d, a, b))
			while ((en = tl_ev_name_in(d, a, b, &kp)))
				if (en->last == b && en->type == TL_ENT_PERSON &&
				    en->last - en->first <= MAX_SUBJECT) {
					if (!title_before(c, a, en->first)) {
						late = en;
						break;
					}
					tl_sum_append_span(c, en->first, en->last, keep);
					return;
				}
	}
	if (b - a > MAX_SUBJECT && !tail_only && plain_phrase(c, a, b)) {
		tl_sum_append_span(c, a, b, keep);
		return;
	}
	if (b - a > MAX_SUBJECT && !tail_only) {
		/* its head comes first: "The death of pioneering oceanographer
		 * Walter Munk was announced" is not "Walter Munk was announced";
		 * the first noun phrase, with an "of" phrase when short */
		size_t e = a;
		/* (and the angle brackets of a name: "The <New York Stock
		 * Exchange> said") */
		size_t angles = 0;
		while (e < b && figure_bound(d, e, b))
			e += 2; /* "At least three unfavorable claims", "More than 80% of" */
		while (e < b &&
		       ((e > a ? tl_sum_np_word(d, e) : nominal(tl_evdoc_tok(d, e)) || tl_sum_prenominal(d, e)) ||
		        tl_sum_angle(d, e) || glued(d, e) ||
		        /* ("Creative Commons-licensed and public domain videos") */
		        (e > a && glued(d, e - 1) && tl_evdoc_tok(d, e)->upos == TL_UPOS_CCONJ && e + 1 < b &&
		         nominal(tl_evdoc_tok(d, e + 1)))) &&
		       tl_evdoc_tok(d, e)->upos != TL_UPOS_PRON)
			angles += tl_sum_angle(d, e++);
		if (e == b && angles == 2 && e - a <= MAX_SUBJECT + 2) {
			tl_sum_append_span(c, a, b, keep);
			return;
		}
		/* the head with its participle's phrase: "A man wearing a fake
		 * suicide vest entered" (not "A fake suicide vest entered") */
		if (e > a && e < b && tl_evdoc_tok(d, e)->xpos == TL_XPOS_VBG &&
		    tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_NOUN && e - a <= MAX_SUBJECT && !tl_sum_takes_clause(d, e)) {
			tl_sum_append_span(c, a, b - a <= MAX_SUBJECT + 3 ? b : e, keep);
			return;
		}
		/* (a head it is: a noun or a pronoun among [a, e), or a word of
		 * quantity before "of" ("Much of the system's capital"), not
		 * "The" of "The newly qualified ...", nor "The ballot" of "The
		 * ballot-qualified ...") */
		gboolean head = e < b && strcmp(tl_evdoc_lower(d, e), "of") == 0;
		for (size_t j = a; j < e && !head; j++)
			head = nominal(tl_evdoc_tok(d, j)) && tl_evdoc_tok(d, j)->upos != TL_UPOS_DET &&
			       tl_evdoc_tok(d, j)->upos != TL_UPOS_ADJ;
		/* (past a participle that tells of the head: "The talks
		 * scheduled to start on Monday were postponed") */
		gboolean participle = e > a && e < b && tl_evdoc_tok(d, e)->xpos == TL_XPOS_VBN &&
		                      (tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_NOUN ||
		                       tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_PROPN);
		if (head && e > a && words_in(d, a, e) <= MAX_SUBJECT && e < b &&
		    (tl_evdoc_tok(d, e)->upos != TL_UPOS_VERB || participle) &&
		    tl_evdoc_tok(d, e)->xpos != TL_XPOS_HYPH) {
			size_t f = e;
			if (head_prep(c, e)) {
				/* (noun phrases joined, "both" or "either" before
				 * them: "The fate of either Smith or Jones"; else, too
				 * long so, the first of them: "The Ministry of Public
				 * Health and Health Care in Munich") */
				f = prep_phrase_end(c, e, b, TRUE);
				if (f == e + 1 || f - a > MAX_SUBJECT + 3)
					f = prep_phrase_end(c, e, b, FALSE);
				/* (too long so, the head without its participle and
				 * what comes before it: "The recently announced sale
				 * of a non-core production equipment unit" is "Sale
				 * of a non-core production equipment unit") */
				size_t a2 = a;
				for (size_t j = a; j + 1 < e; j++)
					if (tl_sum_prenominal(d, j))
						a2 = j + 1;
				if (f != e + 1 && f - a > MAX_SUBJECT + 3 && f - a2 <= MAX_SUBJECT + 3)
					a = a2;
				if (f == e + 1 || f - a > MAX_SUBJECT + 3)
					f = G_MAXSIZE; /* "A total of at least 1,991 delegates" */
				/* a phrase too long for the head, not of "of", is left
				 * out: "The next primary election for either the
				 * Democratic or Republican Party is scheduled" is "The
				 * next primary election is scheduled" (not "The
				 * Democratic or Republican Party is scheduled") */
				if (f == G_MAXSIZE && e - a >= 2 && strcmp(tl_evdoc_lower(d, e), "of") != 0 &&
				    tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_NOUN)
					f = e;
			}
			/* a name runs to its end */
			size_t kn = f == G_MAXSIZE ? d->n_ents : tl_evdoc_ent_after(d, f);
			if (kn < d->n_ents && d->ents[kn].first < f && d->ents[kn].last <= b)
				f = d->ents[kn].last;
			if (f != G_MAXSIZE && f - a <= MAX_SUBJECT + 3) {
				/* with the adverbs between it and the verb group:
				 * "At least five other civilians reportedly also
				 * died" */
				size_t g = f;
				while (g < b && tl_evdoc_tok(d, g)->upos == TL_UPOS_ADV)
					g++;
				tl_sum_append_span(c, a, g == b ? b : f, keep);
				return;
			}
		}
	}
	if (late) {
		tl_sum_append_span(c, late->first, late->last, keep);
		return;
	}
	if (b - a > MAX_SUBJECT) {
		/* a possessor cut inside its name ("State's recent trip"): drop it */
		for (size_t j = b - MAX_SUBJECT; j < b; j++)
			if (tl_evdoc_tok(d, j)->xpos == TL_XPOS_POS) {
				a = j + 1;
				break;
			}
	}
	if (b - a > MAX_SUBJECT) {
		size_t from = a;
		a = b - MAX_SUBJECT;
		/* not inside an amount's words: "At least five other civilians
		 * reportedly also died" was "Least five ..." */
		static const char *const second[] = {"least", "most", "than", "to", NULL};
		static const char *const first[] = {"at", "more", "less", "fewer", "up", NULL};
		if (a > from && tl_ev_word_in(tl_evdoc_lower(d, a), second) &&
		    tl_ev_word_in(tl_evdoc_lower(d, a - 1), first))
			a--;
		/* (not inside a compound: "year-to-date car sales" was "To-date
		 * car sales") */
		while (a > from && (glued(d, a) || (tl_evdoc_tok(d, a)->xpos == TL_XPOS_HYPH &&
		                                    tl_evdoc_tok(d, a - 1)->end == tl_evdoc_tok(d, a)->start)))
			a--;
		/* start at a phrase's beginning when one is near, with the
		 * figure it is a part of ("More than 80% of the seats" is not
		 * "The seats", "This is one of the reasons I would" "One of the
		 * reasons") */
		for (size_t j = a; j < b; j++)
			if (tl_evdoc_tok(d, j)->upos == TL_UPOS_DET || tl_evdoc_tok(d, j)->upos == TL_UPOS_PROPN) {
				size_t q = j >= a + 2 && strcmp(tl_evdoc_lower(d, j - 1), "of") == 0 ? j - 2 : j;
				if (q < j && q > a && tl_sum_np_word(d, q) && tl_evdoc_tok(d, q)->upos != TL_UPOS_NUM &&
				    tl_evdoc_tok(d, q - 1)->upos == TL_UPOS_NUM)
					q--; /* "80% of" */
				if (q < j && tl_evdoc_tok(d, q)->upos == TL_UPOS_NUM) {
					j = q;
					if (j >= a + 2 && figure_bound(d, j - 2, b))
						j -= 2;
				}
				a = j;
				break;
			}
		/* and not inside a name ("the ballot-qualified Natural Law
		 * Party of Michigan gave" was "Law Party of Michigan gave",
		 * "Natural" read as an adjective) */
		size_t in = tl_evdoc_ent_after(d, a);
		if (in < d->n_ents && d->ents[in].first < a && d->ents[in].first >= from &&
		    b - d->ents[in].first <= MAX_SUBJECT + 3)
			a = d->ents[in].first;
	}
	tl_sum_append_span(c, a, b, keep);
}
