/*
 * Headlines and salience.  A verb event's headline is its clause cut down to
 * subject + verb group + object or complement: leading conjunctions,
 * relative words and adverbs go, so do the timexes (the date is shown
 * beside the headline) and whatever trails after about nine words, cut back
 * to a whole phrase.  An event noun's headline is its noun phrase and the
 * prepositional phrase after it ("Blinken's trip to China").  Salience
 * ranks what happened above what was said: by class, raised by a date of
 * its own, by names, and in the lede; lowered by negation and modality.
 */
#include "summary.h"

/*
 * The "to" of an infinitive event: in its verb group ("to cease"), or before
 * the verbs it is coordinated with, quotes and adverbs between ("to
 * “influence and arguably interfere”"); G_MAXSIZE when there is none.
 */
static size_t
infinitive_to(const TlEvDoc *d, const TlEvent *ev)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	if (tl_evdoc_tok(d, ev->vg_first)->xpos == TL_XPOS_TO)
		return ev->vg_first;
	guint8 x = tl_evdoc_tok(d, ev->tok)->xpos;
	if ((x != TL_XPOS_VB && x != TL_XPOS_VBP && x != TL_XPOS_VBD && x != TL_XPOS_VBN) ||
	    ev->vg_first < ev->tok)
		return G_MAXSIZE;
	/* the tagger may take "to" for a preposition and the first verb of
	 * the pair for a noun ("to “influence and ... interfere”") */
	for (size_t j = ev->vg_first; j > s->first && j + 8 > ev->vg_first; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (u->xpos == TL_XPOS_TO || strcmp(tl_evdoc_lower(d, j - 1), "to") == 0)
			return j < ev->vg_first ? j - 1 : G_MAXSIZE;
		if (!(u->upos == TL_UPOS_ADV || u->upos == TL_UPOS_CCONJ || u->xpos == TL_XPOS_VB ||
		      u->xpos == TL_XPOS_NN || (u->mark & TL_EVM_QUOTE)))
			break;
	}
	return G_MAXSIZE;
}

/* A verb that takes an object and a bare infinitive: "helping Russia
 * increase", "let them go", "made him resign". */
static gboolean
bare_infinitive_verb(const TlEvDoc *d, size_t j)
{
	static const char *const verbs[] = {"help", "let", "make", "see", "watch", "hear", NULL};
	return tl_evdoc_tok(d, j)->upos == TL_UPOS_VERB &&
	       tl_ev_word_in(tl_evdoc_lemma(d, j), verbs);
}

/* The verb before a bare infinitive and its object ("is helping Russia
 * increase"), or G_MAXSIZE. */
static size_t
bare_infinitive(const Ctx *c, const TlEvent *ev)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	if (tl_evdoc_tok(d, ev->tok)->xpos != TL_XPOS_VB || ev->vg_first != ev->tok)
		return G_MAXSIZE;
	size_t j = ev->tok;
	while (j > s->first && j + 5 > ev->tok) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (u->upos != TL_UPOS_NOUN && u->upos != TL_UPOS_PROPN &&
		    u->upos != TL_UPOS_PRON && u->upos != TL_UPOS_DET && u->upos != TL_UPOS_ADJ &&
		    u->xpos != TL_XPOS_POS)
			break;
		j--;
	}
	return j < ev->tok && j > s->first && bare_infinitive_verb(d, j - 1) ? j - 1 : G_MAXSIZE;
}

/*
 * The verb that governs the infinitive whose "to" is at `to` (or the bare
 * infinitive ev): right before it, its object between ("urged China not
 * to", "returned to work"); when wide, across its object and the phrases
 * after it too ("would meet growers' groups within 10 days to discuss",
 * "provides Moscow with components to boost", "expect that phase to
 * take").  G_MAXSIZE when there is none.
 */
static size_t
governor(const Ctx *c, const TlEvent *ev, size_t to, gboolean wide)
{
	const TlEvDoc *d = c->d;
	if (to == G_MAXSIZE)
		return bare_infinitive(c, ev);
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	size_t reach = wide ? 12 : 4;
	/* "was due to stand down", "is likely to win": the copula of an
	 * adjective that takes the infinitive */
	static const char *const adjectives[] = {"due", "likely", "unlikely", "able", "unable", "set",
	                                         "about", "certain", "sure", "ready", "willing",
	                                         "unwilling", "eager", "poised", "bound", NULL};
	if (to >= s->first + 2 && tl_evdoc_tok(d, to - 1)->upos == TL_UPOS_ADJ &&
	    tl_evdoc_tok(d, to - 2)->upos == TL_UPOS_AUX &&
	    strcmp(tl_evdoc_lemma(d, to - 2), "be") == 0 &&
	    tl_ev_word_in(tl_evdoc_lower(d, to - 1), adjectives))
		return to - 2;
	for (size_t j = to; j > s->first && j + reach > to; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (u->upos == TL_UPOS_VERB && !(wide && tl_sum_prenominal(d, j - 1)))
			return j - 1;
		gboolean ok = u->upos == TL_UPOS_ADV || u->upos == TL_UPOS_NOUN ||
			      u->upos == TL_UPOS_PRON || u->upos == TL_UPOS_PROPN ||
			      u->upos == TL_UPOS_DET || (u->lex & TL_EVLEX_NEG);
		if (wide)
			ok = ok || u->upos == TL_UPOS_ADJ || u->upos == TL_UPOS_NUM ||
			     u->upos == TL_UPOS_ADP || u->upos == TL_UPOS_VERB ||
			     u->xpos == TL_XPOS_POS || u->xpos == TL_XPOS_HYPH ||
			     in_timex(c, j - 1) ||
			     /* a date's or a place's commas: "voted on June 23, 2016, to
			      * leave", "in Izmir, Turkey, to collapse" */
			     (tl_evdoc_tok(d, j - 1)->xpos == TL_XPOS_COMMA && j >= 2 &&
			      (in_timex(c, j - 2) ||
			       tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_PROPN)) ||
			     /* coordinated names: "called on Italy and Egypt to join" */
			     (u->upos == TL_UPOS_CCONJ && j >= 2 &&
			      (tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_PROPN ||
			       tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_NOUN) &&
			      (tl_evdoc_tok(d, j)->upos == TL_UPOS_PROPN ||
			       tl_evdoc_tok(d, j)->upos == TL_UPOS_NOUN)) ||
			     (strcmp(tl_evdoc_lower(d, j - 1), "that") == 0 &&
			      tl_evdoc_tok(d, j)->upos == TL_UPOS_NOUN);
		/* nor past "as": "do as president to help resolve" is no object's */
		if (!ok || (wide && strcmp(tl_evdoc_lower(d, j - 1), "as") == 0 &&
			    tl_evdoc_tok(d, j)->upos != TL_UPOS_DET))
			break;
	}
	return G_MAXSIZE;
}

/* The preposition right before a bare gerund that a verb's phrase governs
 * ("guilty of raping", "by killing", "with violating"; not the time of
 * "after rising", a separate event), or G_MAXSIZE. */
static size_t
gerund_prep(const TlEvDoc *d, const TlEvent *ev)
{
	static const char *const preps[] = {"of", "with", "for", "by", "in", "on", "about", "from", "into",
	                                    "at", "against", "toward", "towards", NULL};
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	if (tl_evdoc_tok(d, ev->tok)->xpos != TL_XPOS_VBG || ev->vg_first != ev->tok || ev->tok <= s->first + 1)
		return G_MAXSIZE;
	size_t p = ev->tok - 1;
	/* "limited to restoring", "objected to paying" */
	if (strcmp(tl_evdoc_lower(d, p), "to") == 0)
		return p;
	return tl_evdoc_tok(d, p)->upos == TL_UPOS_ADP || tl_evdoc_tok(d, p)->upos == TL_UPOS_SCONJ
	           ? (tl_ev_word_in(tl_evdoc_lower(d, p), preps) ? p : G_MAXSIZE)
	           : G_MAXSIZE;
}

/* A bare gerund that is a verb's object, the verb right before it
 * ("is considering buying a supercomputer", "expects to start trading",
 * "recommended raising the charge", "stopped praying"): that verb, or
 * G_MAXSIZE.  Not after "be" (a progressive). */
static size_t
gerund_object(const TlEvDoc *d, const TlEvent *ev)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	if (tl_evdoc_tok(d, ev->tok)->xpos != TL_XPOS_VBG || ev->vg_first != ev->tok || ev->tok <= s->first + 1)
		return G_MAXSIZE;
	size_t j = ev->tok;
	while (j > s->first + 1 && tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_ADV && j + 3 > ev->tok)
		j--;
	const TlEvTok *v = tl_evdoc_tok(d, j - 1);
	/* (a gerund before it only in a progressive: "is considering buying",
	 * not a list, "pushing, punching") */
	gboolean progressive = v->xpos != TL_XPOS_VBG ||
	                       (j >= s->first + 2 && tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_AUX);
	/* (nor the first word of what a verb of saying says: "said rising
	 * gold prices caused"; nor a preposition: "said following a session") */
	return v->upos == TL_UPOS_VERB && progressive && strcmp(tl_evdoc_lemma(d, j - 1), "be") != 0 &&
	               !(v->lex & TL_EVLEX_REPORTING) && !tl_ev_preposition_like(d, ev->tok)
	           ? j - 1
	           : G_MAXSIZE;
}

/*
 * The headline of the verb at gv, or of the verb that governs it when it is
 * an infinitive itself ("allowing it to continue its attacks": the attacks
 * are told by "allowing"), up to three verbs up.  Owned by the caller.
 */
static char *
climb_headline(Ctx *c, size_t gv, guint32 sent, gboolean *climbed)
{
	TlEvent gov = {.tok = (guint32)gv, .sent = sent};
	tl_ev_attributes(c->d, &gov);
	for (int up = 0; up < 3; up++) {
		size_t to = infinitive_to(c->d, &gov);
		size_t g2 = governor(c, &gov, to, FALSE);
		if (g2 == G_MAXSIZE && to != G_MAXSIZE &&
		    !(to > 0 && tl_evdoc_tok(c->d, to - 1)->upos == TL_UPOS_NOUN &&
		      (tl_evdoc_tok(c->d, to - 1)->lex & INF_NOUN)))
			g2 = governor(c, &gov, to, TRUE);
		if (g2 == G_MAXSIZE)
			break;
		tl_event_clear(&gov);
		*climbed = TRUE;
		gov = (TlEvent){.tok = (guint32)g2, .sent = sent};
		tl_ev_attributes(c->d, &gov);
	}
	char *h = tl_sum_verb_headline(c, &gov);
	tl_event_clear(&gov);
	return h;
}

/*
 * An infinitive coordinated with one before it ("intends to issue a second
 * interim statement and to pay a related dividend", "would seek to keep
 * the economy growing, to build a trade surplus"): told by the verb that
 * governs the first, with its own object ("The company intends to pay a
 * related dividend"); NULL when it is no such infinitive.  Owned by the
 * caller.
 */
static char *
coordinated_infinitive(Ctx *c, const TlEvent *ev, size_t to)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	size_t j = to;
	while (j > s->first && tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_ADV)
		j--;
	if (j <= s->first + 2 || (tl_evdoc_tok(d, j - 1)->upos != TL_UPOS_CCONJ &&
				  tl_evdoc_tok(d, j - 1)->xpos != TL_XPOS_COMMA))
		return NULL;
	/* the first infinitive: a "to" and its verb, no finite verb between
	 * (another clause) */
	size_t gv = G_MAXSIZE, to1 = G_MAXSIZE;
	for (size_t k = j - 1; k > s->first && k + NEAR > j && gv == G_MAXSIZE; k--) {
		const TlEvTok *u = tl_evdoc_tok(d, k - 1);
		if (u->upos == TL_UPOS_AUX || tl_ev_finite_xpos(u->xpos))
			return NULL;
		if (u->xpos != TL_XPOS_TO || tl_evdoc_tok(d, k)->xpos != TL_XPOS_VB)
			continue;
		TlEvent first = {.tok = (guint32)k, .sent = ev->sent};
		tl_ev_attributes(d, &first);
		gv = governor(c, &first, k - 1, FALSE);
		tl_event_clear(&first);
		to1 = k - 1;
		/* (through one coordinated in turn: "to keep ..., to build ...
		 * and to force"; else the nearest is "in order to", a noun's) */
		if (gv == G_MAXSIZE && !(k >= 2 && (tl_evdoc_tok(d, k - 2)->upos == TL_UPOS_CCONJ ||
						    tl_evdoc_tok(d, k - 2)->xpos == TL_XPOS_COMMA)))
			return NULL;
	}
	if (gv == G_MAXSIZE)
		return NULL;
	TlEvent g = {.tok = (guint32)gv, .sent = ev->sent};
	tl_ev_attributes(d, &g);
	guint32 cf, cl;
	tl_ev_clause(d, gv, &cf, &cl);
	g_autoptr(GArray) keep = tl_sum_tokens_new();
	tl_sum_subject(c, &g, cf, keep);
	tl_sum_name_pronoun(c, keep, 0, g.vg_first, NULL);
	/* (with its object: "obliges us | to pay") */
	tl_sum_append_span(c, g.vg_first, to1, keep);
	tl_event_clear(&g);
	tl_sum_append_span(c, to, ev->tok + 1, keep);
	tl_ev_clause(d, ev->tok, &cf, &cl);
	tl_sum_append_object(c, ev, cl, keep);
	tl_sum_trim_tail(c, keep);
	return tl_sum_render(d, keep);
}

/* The headline of event ev told by the verb gv that governs it (its
 * complement's own words reach up to ev). */
static char *
governed_headline(Ctx *c, const TlEvent *ev, size_t gv, gboolean *climbed)
{
	/* (with its particle: "to stand down") */
	size_t reach = ev->tok + 1;
	if (reach < c->d->toks->len && tl_evdoc_tok(c->d, reach)->xpos == TL_XPOS_RP &&
	    tl_evdoc_tok(c->d, reach)->sent == ev->sent)
		reach++;
	c->reach = reach;
	char *h = climb_headline(c, gv, ev->sent, climbed);
	c->reach = 0;
	return h;
}

/*
 * A time's participle: "the week ended April 2", "its first six months
 * ended December 31", "the year beginning July 1" name a time, no event.
 * The verb whose time the phrase gives: the one before it in its clause
 * ("corn shipped to the Soviet Union in the week ended April 2"), else,
 * when the phrase opens the sentence, the first after it ("For its first
 * six months ended December 31, the company earned"); G_MAXSIZE when ev is
 * no such participle or there is no such verb.
 */
static size_t
period_verb(const Ctx *c, const TlEvent *ev)
{
	static const char *const lemmas[] = {"end", "begin", "start", NULL};
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	const TlEvTok *t = tl_evdoc_tok(d, ev->tok);
	if ((t->xpos != TL_XPOS_VBN && t->xpos != TL_XPOS_VBD && t->xpos != TL_XPOS_VBG) ||
	    ev->vg_first != ev->tok || ev->tok <= s->first || ev->tok + 1 >= s->last ||
	    !(c->in_timex[ev->tok - 1] & TL_EV_TX_ANY) || !in_timex(c, ev->tok + 1) ||
	    !tl_ev_word_in(tl_evdoc_lemma(d, ev->tok), lemmas))
		return G_MAXSIZE;
	size_t a = ev->tok - 1; /* where the time's phrase starts */
	while (a > s->first && (c->in_timex[a - 1] & TL_EV_TX_ANY))
		a--;
	gboolean opens = TRUE;
	for (size_t j = a; j > s->first && j + 16 > a; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		/* not a participle inside a compound ("steeper-than-anticipated")
		 * nor an -ing word, as often a noun ("its BP holding") */
		if (u->upos == TL_UPOS_VERB && !tl_sum_prenominal(d, j - 1) && !in_timex(c, j - 1) &&
		    u->xpos != TL_XPOS_VBG && !(j >= 2 && tl_evdoc_tok(d, j - 2)->xpos == TL_XPOS_HYPH))
			return j - 1;
		if (is_punct(u) && u->xpos != TL_XPOS_HYPH && u->xpos != TL_XPOS_POS)
			return G_MAXSIZE; /* another clause */
		opens = opens && (u->upos == TL_UPOS_ADP || u->upos == TL_UPOS_DET || u->xpos == TL_XPOS_PRPS ||
		                  u->upos == TL_UPOS_ADJ || u->upos == TL_UPOS_NUM);
	}
	if (!opens)
		return G_MAXSIZE;
	size_t j = ev->tok + 1;
	while (j < s->last && (in_timex(c, j) || tl_evdoc_tok(d, j)->xpos == TL_XPOS_COMMA))
		j++;
	for (size_t k = j; k < s->last && k < j + 12; k++) {
		const TlEvTok *u = tl_evdoc_tok(d, k);
		if (u->upos == TL_UPOS_VERB && !tl_sum_prenominal(d, k))
			return tl_ev_finite_xpos(u->xpos) || k > j ? k : G_MAXSIZE;
		if (is_punct(u) && u->xpos != TL_XPOS_HYPH && u->xpos != TL_XPOS_POS)
			break;
	}
	return G_MAXSIZE;
}

size_t
tl_ev_phase_verb(const TlEvDoc *d, const TlEvent *ev)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	for (size_t j = ev->tok; j > s->first && j + 5 > ev->tok; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (u->upos == TL_UPOS_VERB)
			/* (those of object-tells.txt not as a gerund: "in opening
			 * the debate", "delivering the help") */
			return (u->lex & (TL_EVLEX_ASPECTUAL | TL_EVLEX_LIGHT)) ||
			               ((u->lex & TL_EVLEX_OBJECT_TELLS) && u->xpos != TL_XPOS_VBG)
			               ? j - 1
			               : G_MAXSIZE;
		if (u->upos != TL_UPOS_DET && u->upos != TL_UPOS_ADJ && u->upos != TL_UPOS_NUM &&
		    u->upos != TL_UPOS_NOUN && u->xpos != TL_XPOS_PRPS && u->xpos != TL_XPOS_HYPH)
			break;
	}
	return G_MAXSIZE;
}

/* Is the noun ev followed by a preposition and a possessive ("nomination
 * of his party", "death in our community")? */
static gboolean
possessive_phrase(const TlEvDoc *d, const TlEvent *ev)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	return ev->tok + 2 < s->last && tl_evdoc_tok(d, ev->tok + 1)->upos == TL_UPOS_ADP &&
	       tl_evdoc_tok(d, ev->tok + 2)->xpos == TL_XPOS_PRPS;
}

/*
 * A table's row: a verb alone in its sentence but for its date ("Pay March
 * 31" under "Qtly div eight cts vs 7.5 cts prior") tells of what the line
 * before names, a short line of its own: "Pay qtly div eight cts".  NULL
 * when ev is no such verb.  Owned by the caller.
 */
static char *
table_row(const Ctx *c, const TlEvent *ev)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	if (ev->sent == 0 || ev->tok != s->first || ev->vg_first != ev->tok || ev->tok + 1 >= s->last)
		return NULL;
	for (size_t j = ev->tok + 1; j < s->last; j++)
		if (!in_timex(c, j) && !is_punct(tl_evdoc_tok(d, j)))
			return NULL;
	const TlEvSent *p = &g_array_index(d->sents, TlEvSent, ev->sent - 1);
	size_t a = tl_sum_text_start(d, ev->sent - 1), b = a;
	/* (the line is short, a table's too: its words up to a preposition,
	 * whatever the tagger took them for: "Qtly/RB div/VBP two cts vs") */
	if (p->last > a + 12)
		return NULL;
	while (b < p->last && b < a + 6) {
		const TlEvTok *u = tl_evdoc_tok(d, b);
		if (in_timex(c, b) || is_punct(u) || u->upos == TL_UPOS_ADP || u->upos == TL_UPOS_CCONJ ||
		    u->upos == TL_UPOS_AUX || u->upos == TL_UPOS_PRON)
			break;
		b++;
	}
	if (b < a + 2)
		return NULL;
	g_autoptr(GArray) keep = tl_sum_tokens_new();
	guint32 t = ev->tok;
	g_array_append_val(keep, t);
	tl_sum_append_span(c, a, b, keep);
	tl_sum_trim_tail(c, keep);
	if (keep->len <= 2)
		return NULL;
	char *h = tl_sum_render(d, keep);
	/* the line's first word, no name: "Qtly" is "qtly" */
	guint32 j1 = g_array_index(keep, guint32, 1);
	size_t at = tl_evdoc_tok(d, ev->tok)->end - tl_evdoc_tok(d, ev->tok)->start + 1;
	size_t ke = tl_evdoc_ent_after(d, j1);
	if (!(ke < d->n_ents && d->ents[ke].first <= j1) && strlen(h) > at + 1 && g_ascii_islower(h[at + 1]))
		h[at] = g_ascii_tolower(h[at]);
	return h;
}

/* The headline of the verb at token tok of sentence sent, as the event of
 * its own (its verb group's first token in *vg_first when not NULL).  Owned
 * by the caller. */
static char *
verb_at_headline(const Ctx *c, size_t tok, guint32 sent, size_t *vg_first)
{
	TlEvent gov = {.tok = (guint32)tok, .sent = sent};
	tl_ev_attributes(c->d, &gov);
	char *h = tl_sum_verb_headline(c, &gov);
	if (vg_first)
		*vg_first = gov.vg_first;
	tl_event_clear(&gov);
	return h;
}

/* Does headline h end with the word w (n bytes, any case)? */
static gboolean
ends_with_word(const char *h, const char *w, size_t n)
{
	size_t m = strlen(h);
	return m > n && h[m - n - 1] == ' ' && g_ascii_strncasecmp(h + m - n, w, n) == 0;
}

/*
 * Does headline h of the verb group starting at token vg say who: it opens
 * with a subject, not the verb group itself ("Had tremendous room for
 * growth"), nor a pronoun that names no one ("It might end with the
 * collision", "You would seek advice")?
 */
static gboolean
says_who(const TlEvDoc *d, const char *h, size_t vg)
{
	static const char *const vague[] = {"it",   "it's", "you",     "you're",  "they",   "they're",
	                                    "we",   "we're", "i",      "i've",    "to",     "this",
	                                    "that", "herself", "himself", "itself", NULL};
	const TlEvTok *v0 = tl_evdoc_tok(d, vg);
	g_autofree char *w0 = g_ascii_strdown(h, strcspn(h, " "));
	return g_ascii_strncasecmp(h, d->text + v0->start, v0->end - v0->start) != 0 &&
	       !tl_ev_word_in(w0, vague);
}

/* A headline opens with no coordinator: "And the meeting will be
 * permanently adjourned" is "The meeting will be permanently adjourned",
 * "But that was offset by declines" "That was offset by declines". */
static void
drop_coordinator(char *h)
{
	static const char *const words[] = {"And ", "But ", "Or ", NULL};
	for (const char *const *w = words; *w; w++) {
		size_t n = strlen(*w);
		if (strncmp(h, *w, n) == 0 && h[n] && h[n] != ' ') {
			memmove(h, h + n, strlen(h + n) + 1);
			h[0] = g_ascii_toupper(h[0]);
			return;
		}
	}
}

void
tl_ev_summarize(const TlEvDoc *d, TlEvent *ev, const guint8 *timex_tok)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	gboolean told = FALSE, climbed = FALSE, as_told = FALSE, cv_used = FALSE, borrowed = FALSE;
	Ctx c = {d, NULL, 0, timex_tok, 0, &told, 0, &as_told, &borrowed, FALSE};
	const TlEvTok *t = tl_evdoc_tok(d, ev->tok);
	gboolean verbal = t->upos == TL_UPOS_VERB || t->upos == TL_UPOS_AUX || ev->vg_first < ev->tok;
	g_free(ev->summary);
	ev->summary = NULL;
	size_t gv = verbal || ev->own_headline ? G_MAXSIZE : tl_ev_phase_verb(d, ev);
	if (gv != G_MAXSIZE) {
		/* "finished its three-day trip", "held talks": the verb's clause
		 * says more than the noun alone */
		c.reach = ev->tok + 1;
		ev->summary = climb_headline(&c, gv, ev->sent, &climbed);
		c.reach = 0;
	}
	gboolean complement = climbed;
	size_t to = verbal && !ev->summary ? infinitive_to(d, ev) : G_MAXSIZE;
	if (to != G_MAXSIZE || (verbal && !ev->summary && bare_infinitive(&c, ev) != G_MAXSIZE)) {
		/* "returned to work", "urging China not to interfere": the
		 * complement reads as its governing verb; "efforts to interfere"
		 * as its governing noun */
		size_t gv2 = governor(&c, ev, to, FALSE);
		if (gv2 != G_MAXSIZE) {
			ev->summary = governed_headline(&c, ev, gv2, &climbed);
			/* (a copula's adjective is no event of its own: "was due
			 * to stand down" tells the standing down) */
			complement = tl_evdoc_tok(d, gv2)->upos != TL_UPOS_AUX;
		}
	}
	if (to != G_MAXSIZE) {
		size_t q = to;
		while (q > s->first && (tl_evdoc_tok(d, q - 1)->mark & TL_EVM_QUOTE))
			q--;
		/* not a date ("later this year to speed up") nor an idiom of a
		 * preposition and a bare noun ("in order to") */
		if (!ev->summary && q > s->first && tl_evdoc_tok(d, q - 1)->upos == TL_UPOS_NOUN &&
		    !(timex_tok[q - 1] & TL_EV_TX_ANY) &&
		    ((tl_evdoc_tok(d, q - 1)->lex & INF_NOUN) ||
		     governor(&c, ev, to, TRUE) == G_MAXSIZE) &&
		    (q == s->first + 1 || tl_evdoc_tok(d, q - 2)->upos != TL_UPOS_ADP)) {
			ev->summary = tl_sum_noun_governed(&c, ev, q - 1, to);
			complement = TRUE;
		}
	}
	if (!ev->summary && to != G_MAXSIZE) {
		/* "would meet growers' groups within 10 days to discuss", "provides
		 * Moscow with components to boost": the infinitive's subject is no
		 * word before it, but the verb's across its object */
		size_t gv2 = governor(&c, ev, to, TRUE);
		if (gv2 != G_MAXSIZE) {
			ev->summary = governed_headline(&c, ev, gv2, &climbed);
			complement = TRUE;
		}
	}
	if (!ev->summary && to != G_MAXSIZE) {
		/* "intends to issue a statement and to pay a related dividend":
		 * the verb that governs the first infinitive governs this one */
		ev->summary = coordinated_infinitive(&c, ev, to);
		complement = ev->summary != NULL;
	}
	size_t pg = verbal && !ev->summary ? gerund_prep(d, ev) : G_MAXSIZE;
	if (pg != G_MAXSIZE) {
		/* "were found guilty on Thursday of raping a tourist", "took
		 * action by killing": a gerund with no subject is told by the
		 * verb whose phrase it ends */
		size_t gv2 = governor(&c, ev, pg, TRUE);
		if (gv2 != G_MAXSIZE) {
			ev->summary = governed_headline(&c, ev, gv2, &climbed);
			complement = TRUE;
		}
	}
	size_t og = verbal && !ev->summary ? gerund_object(d, ev) : G_MAXSIZE;
	if (og != G_MAXSIZE) {
		/* "is considering buying a Cray II supercomputer": told by the
		 * verb whose object it is */
		ev->summary = governed_headline(&c, ev, og, &climbed);
		complement = TRUE;
	}
	size_t pv = verbal && !ev->summary ? period_verb(&c, ev) : G_MAXSIZE;
	if (pv != G_MAXSIZE) {
		/* "in the week ended April 2": told by the verb it dates, ranked
		 * as a mention told again */
		ev->summary = verb_at_headline(&c, pv, ev->sent, NULL);
		complement = cv_used = TRUE;
	}
	if (!ev->summary && verbal)
		ev->summary = table_row(&c, ev);
	if (!ev->summary)
		ev->summary = verbal ? tl_sum_verb_headline(&c, ev) : tl_sum_noun_headline(&c, ev);
	/* a noun phrase of a few words too ("Public hearing": "A public
	 * hearing is planned") */
	/* (and one whose phrase goes on with a possessive's: "Nomination of
	 * his party" is "Joe Biden secured the nomination of his party") */
	/* "tonight's speech", its date left out, is the speech told before
	 * ("Reagan's speech to the nation") rather than its own clause */
	char *ante = !verbal && !complement && count_words(ev->summary) == 1 && ev->tok > s->first &&
	                     (tl_evdoc_tok(d, ev->tok - 1)->flags & TL_TOKF_CLITIC)
	                 ? tl_sum_antecedent_headline(&c, ev)
	                 : NULL;
	if (ante) {
		g_free(ev->summary);
		ev->summary = ante;
		c.bare = cv_used = TRUE;
	}
	size_t cv = verbal || complement || ante || (count_words(ev->summary) > 3 && !possessive_phrase(d, ev))
	                ? G_MAXSIZE
	                : tl_sum_clause_verb(&c, ev);
	if (cv != G_MAXSIZE && cv > ev->tok && tl_evdoc_tok(d, cv)->xpos == TL_XPOS_VBN &&
	    !tl_sum_finite_in(d, ev->tok + 1, cv)) {
		/* a past the tagger misread ("The rally started") tells less
		 * than an earlier mention that says which ("Rally in Minsk,
		 * Belarus"), taken below */
		g_autofree char *ante2 = tl_sum_antecedent_headline(&c, ev);
		if (ante2)
			cv = G_MAXSIZE;
	}
	if (cv != G_MAXSIZE) {
		/* a noun alone ("Decision") is told by the clause it is the
		 * subject or object of: "The NEOC announced the decision", "The
		 * decision is pending" */
		size_t vg;
		char *h = verb_at_headline(&c, cv, ev->sent, &vg);
		/* the object of a verb group's last verb ("has signed an
		 * agreement") tells a bare noun only, by a clause that says who */
		gboolean ok = tl_ev_finite_xpos(tl_evdoc_tok(d, cv)->xpos) || cv > ev->tok ||
		              tl_evdoc_tok(d, cv)->upos == TL_UPOS_AUX ||
		              (count_words(ev->summary) == 1 && says_who(d, h, vg));
		if (ok && count_words(h) > MAX(2, count_words(ev->summary))) { /* not "The decision" */
			/* "Ballot" told as "Jorgensen was on the ballot" ranks as the
			 * noun alone: a place or a state, seldom an event */
			c.bare = cv < ev->tok && tl_evdoc_tok(d, cv)->upos == TL_UPOS_AUX &&
			         count_words(ev->summary) == 1;
			g_free(ev->summary);
			ev->summary = h;
			cv_used = TRUE;
		} else
			g_free(h);
	}
	if (!verbal && !complement && !cv_used && count_words(ev->summary) == 1 &&
	    !(ev->tok > s->first && (tl_evdoc_tok(d, ev->tok - 1)->flags & TL_TOKF_CLITIC))) {
		/* "the attack" names the attack told before: its headline,
		 * ranked as the bare noun (one after a clitic was sought above) */
		char *h = tl_sum_antecedent_headline(&c, ev);
		if (h) {
			g_free(ev->summary);
			ev->summary = h;
			c.bare = cv_used = TRUE;
		}
	}
	size_t pv2 = !verbal && !complement && !cv_used && count_words(ev->summary) == 1
	                 ? tl_sum_prep_verb(&c, ev)
	                 : G_MAXSIZE;
	if (pv2 != G_MAXSIZE) {
		/* "Attack" with no earlier mention: the clause whose phrase
		 * it ends, when its headline reaches it ("Dozens died in the
		 * attack"), ranked as the bare noun */
		size_t vg;
		c.reach = ev->tok + 1;
		char *h = verb_at_headline(&c, pv2, ev->sent, &vg);
		c.reach = 0;
		if (count_words(h) > 2 && ends_with_word(h, d->text + t->start, t->end - t->start) &&
		    says_who(d, h, vg)) {
			g_free(ev->summary);
			ev->summary = h;
			c.bare = cv_used = TRUE;
		} else
			g_free(h);
	}
	if (!verbal && !cv_used && count_words(ev->summary) == 1) {
		/* still a bare noun: its amount after "of" and a word of
		 * approximation ("Loss of about 300,000 dlrs", "Gains of
		 * about 52 dlrs") */
		char *h = tl_sum_noun_amount(&c, ev);
		if (h) {
			g_free(ev->summary);
			ev->summary = h;
		}
	}
	if (!ev->summary[0]) {
		/* every word of its clause was cut: the word itself */
		g_autoptr(GArray) own = tl_sum_tokens_new();
		guint32 j = ev->tok;
		g_array_append_val(own, j);
		g_free(ev->summary);
		ev->summary = tl_sum_render(d, own);
	}
	drop_coordinator(ev->summary);
	ev->salience = tl_sum_salience(&c, ev, verbal, complement,
	                                 gv != G_MAXSIZE || cv_used || as_told);
	if (!told)
		ev->adjunct = 0; /* the participle stays an event of its own */
}
