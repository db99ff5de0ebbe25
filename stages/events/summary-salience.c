/*
 * Salience: how much an event deserves a timeline entry, 0 to 1.  What
 * happened ranks above what was said: by class, raised by a date of its
 * own, by names, and in the lede; lowered by negation and modality, for a
 * noun phrase or a reduced relative in the background of its clause, a
 * report that tells nothing of what was said, time passing and a
 * participle with no subject.
 */
#include <math.h>
#include "summary.h"

/* Is the subject of a verb a date alone: "As July came to a close", "the
 * year ended" (not "Monday's attack killed")? */
static gboolean
time_subject(const Ctx *c, const TlEvent *ev)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	size_t j = ev->vg_first;
	while (j > s->first && tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_ADV)
		j--;
	if (j == s->first || !in_timex(c, j - 1))
		return FALSE;
	while (j > s->first && in_timex(c, j - 1))
		j--;
	if (j > s->first && tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_DET)
		j--;
	if (j == s->first)
		return TRUE;
	const TlEvTok *u = tl_evdoc_tok(d, j - 1);
	return is_punct(u) || u->upos == TL_UPOS_SCONJ || u->upos == TL_UPOS_CCONJ;
}

/*
 * Does the event carry its date itself: a dating timex in its own phrase,
 * just before it ("the 2016 election", "Sunday's airing") or a few words
 * after it with no verb between ("a boat fire earlier this week", "the
 * meeting of Cyprus, Greece and Israel on January 28, 2016")?
 */
static gboolean
own_timex(const Ctx *c, const TlEvent *ev)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	for (size_t j = ev->tok; j > s->first && j + 4 > ev->tok; j--) {
		if (in_timex(c, j - 1))
			return TRUE;
		if (tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_VERB ||
		    tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_AUX)
			break;
	}
	for (size_t j = ev->tok + 1; j < s->last && j < ev->tok + 9; j++) {
		if (in_timex(c, j))
			return TRUE;
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->upos == TL_UPOS_VERB || u->upos == TL_UPOS_AUX || u->upos == TL_UPOS_SCONJ ||
		    u->xpos == TL_XPOS_WDT || u->xpos == TL_XPOS_WP)
			break;
	}
	return FALSE;
}

/* A reduced relative: a bare past participle right after its noun
 * ("records kept since the 1970s", "rules adopted in December"). */
static gboolean
reduced_relative(const TlEvDoc *d, const TlEvent *ev)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	guint8 x = tl_evdoc_tok(d, ev->tok)->xpos;
	if ((x != TL_XPOS_VBN && x != TL_XPOS_VBD) || ev->vg_first != ev->tok ||
	    ev->tok == s->first)
		return FALSE;
	if (x == TL_XPOS_VBD) {
		/* a past the tagger read for a participle: "was flying from Tomsk
		 * in Siberia headed for Moscow" (a verb of its clause before it,
		 * no conjunction, comma or relative word between) */
		guint32 cf, cl;
		tl_ev_clause(d, ev->tok, &cf, &cl);
		gboolean verb = FALSE, prep = FALSE;
		for (size_t j = ev->tok; j > cf && !verb; j--) {
			const TlEvTok *u = tl_evdoc_tok(d, j - 1);
			if (u->upos == TL_UPOS_CCONJ || u->upos == TL_UPOS_SCONJ || is_punct(u) ||
			    u->xpos == TL_XPOS_WDT || u->xpos == TL_XPOS_WP)
				return FALSE;
			prep = prep || u->upos == TL_UPOS_ADP;
			verb = u->upos == TL_UPOS_AUX ||
			       (u->upos == TL_UPOS_VERB && tl_ev_finite_xpos(u->xpos));
		}
		/* its noun in that verb's prepositional phrase (not "says her
		 * sales fell", a clause of its own) */
		if (!verb || !prep)
			return FALSE;
	}
	guint8 u = tl_evdoc_tok(d, ev->tok - 1)->upos;
	if (u != TL_UPOS_NOUN && u != TL_UPOS_PROPN)
		return FALSE;
	/* with no object after it (not the misread past of "a stabbing
	 * killed three people") */
	size_t j = ev->tok + 1;
	while (j < s->last && tl_evdoc_tok(d, j)->upos == TL_UPOS_ADV)
		j++;
	if (j < s->last) {
		const TlEvTok *n = tl_evdoc_tok(d, j);
		if (n->upos != TL_UPOS_ADP && n->xpos != TL_XPOS_TO && !is_punct(n))
			return FALSE;
	}
	/* and another verb to be the clause's ("user registered from
	 * Ireland shared a news article") */
	for (j = MAX(s->first, ev->tok >= NEAR ? ev->tok - NEAR : 0); j < MIN(s->last, ev->tok + NEAR); j++)
		if (j != ev->tok && (tl_evdoc_tok(d, j)->upos == TL_UPOS_AUX ||
				     (tl_evdoc_tok(d, j)->upos == TL_UPOS_VERB &&
				      tl_ev_finite_xpos(tl_evdoc_tok(d, j)->xpos))))
			return TRUE;
	return FALSE;
}

static double
class_weight(int cls)
{
	switch (cls) {
	case TL_EVC_OCCURRENCE: return 0.55;
	case TL_EVC_ASPECTUAL: return 0.5;
	case TL_EVC_I_ACTION: return 0.45;
	case TL_EVC_PERCEPTION: return 0.3;
	case TL_EVC_STATE: return 0.3;
	case TL_EVC_I_STATE: return 0.25;
	case TL_EVC_REPORTING: return 0.15;
	default: return 0.2;
	}
}

/* Is token j a word in title case ("Interference", not "SALES")? */
static gboolean
title_word(const TlEvDoc *d, size_t j)
{
	const TlEvTok *u = tl_evdoc_tok(d, j);
	const char *w = d->text + u->start;
	return u->end > u->start + 1 && g_ascii_isupper(w[0]) && g_ascii_islower(w[1]);
}

/* Is there a verb in sentence s, other than the one at token i, that
 * reports nothing (what a report says told by an event of its own)? */
static gboolean
told_by_verb(const TlEvDoc *d, const TlEvSent *s, size_t i)
{
	for (size_t j = s->first; j < s->last; j++)
		if (j != i && tl_evdoc_tok(d, j)->upos == TL_UPOS_VERB &&
		    !(tl_evdoc_tok(d, j)->lex & TL_EVLEX_REPORTING))
			return TRUE;
	return FALSE;
}

/*
 * The salience of ev, its headline set: what happened ranks above what was
 * said (by class), a dated event and a named one higher, a negated, modal or
 * governed one (complement: told by the verb that governs it) lower, and a
 * noun phrase in the background of its clause lower unless retold (told by
 * a verb's clause) or carrying its own date.  Rounded to two decimals.
 */
double
tl_sum_salience(const Ctx *c, const TlEvent *ev, gboolean verbal, gboolean complement,
                gboolean retold)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	const TlEvTok *t = tl_evdoc_tok(d, ev->tok);
	double sal = class_weight(ev->cls);
	if (ev->time >= 0)
		sal += ev->cls == TL_EVC_REPORTING ? 0.35 : 0.2; /* a dated statement is news */
	if (!verbal && (t->lex & TL_EVLEX_NOUN))
		sal += 0.1;
	if (ev->neg)
		sal -= 0.2;
	if (complement)
		sal -= 0.15; /* told with the verb that governs it */
	if (ev->modality)
		sal -= 0.15;
	if (ev->sent < 3)
		sal += 0.05;
	size_t k0 = G_MAXSIZE;
	if (tl_ev_name_in(d, s->first, s->last, &k0))
		sal += 0.1; /* a name in the sentence */
	if (!verbal) {
		/* a noun phrase with no name in it ("Parliamentary approval") is
		 * rarely a story of its own */
		gboolean named = FALSE;
		for (size_t j = MAX(s->first, ev->tok >= 4 ? ev->tok - 4 : 0);
		     j < MIN(s->last, ev->tok + 7) && !named; j++)
			named = tl_evdoc_tok(d, j)->upos == TL_UPOS_PROPN;
		if (!named)
			sal -= 0.15;
	}
	if (!strchr(ev->summary, ' ') || c->bare)
		sal -= 0.25; /* a bare noun ("Disaster") tells little */
	/* a noun phrase or a reduced relative ("Public hearing", "Rules
	 * adopted") is the background of its sentence's clause, unless it
	 * carries the date itself */
	if (((!verbal && !retold && strchr(ev->summary, ' ') &&
	      tl_sum_verb_in(d, MAX(s->first, ev->tok >= NEAR ? ev->tok - NEAR : 0), MIN(s->last, ev->tok + NEAR))) ||
	     (verbal && !complement && reduced_relative(d, ev))) &&
	    !own_timex(c, ev))
		sal -= 0.2;
	/* "The agriculture ministry said": a report that tells nothing of
	 * what was said */
	if (ev->cls == TL_EVC_REPORTING && ev->vg_first == ev->tok) {
		size_t n = strlen(ev->summary), w = t->end - t->start;
		/* (told or not: "..., the bank said" tells what another event does) */
		gboolean bare = n >= w && g_ascii_strncasecmp(ev->summary + n - w, d->text + t->start, w) == 0;
		if (bare || tl_sum_report_after(c, ev) != G_MAXSIZE)
			/* (less still, told nothing, when a verb of the sentence
			 * tells it: 'Petricioli said "We will be more expeditious
			 * in processing the requests"' is "Petricioli said") */
			sal -= bare && told_by_verb(d, s, ev->tok) ? 0.4 : 0.2;
	}
	/* nor does a condition ("If a new pact is adopted, it will augur
	 * well": the pact is not adopted) */
	static const char *const conditions[] = {"if", "unless", NULL};
	guint32 cf, cl;
	tl_ev_clause(d, ev->tok, &cf, &cl);
	if (cf > s->first && tl_ev_word_in(tl_evdoc_lower(d, cf - 1), conditions))
		sal -= 0.3;
	/* a question asserts nothing ("How can you improve on the
	 * performance of Johnson-Weld in 2016?", "Will the talks resume?") */
	if (tl_sum_question(d, ev->sent))
		sal -= 0.25;
	if (verbal && time_subject(c, ev))
		sal -= 0.4; /* time passing ("As July came to a close") is no event */
	/* a participle that serves as a preposition ("in the 24 hours
	 * preceding 10 a.m.", "according to officials", "a report dated
	 * March 16") is no event */
	if (verbal && (t->xpos == TL_XPOS_VBG || t->xpos == TL_XPOS_VBN) && ev->vg_first == ev->tok &&
	    tl_ev_preposition_like(d, ev->tok))
		sal -= 0.5;
	/* nor one inside a noun phrase, before its noun, over its adverbs
	 * ("a seasonally adjusted annual rate", "the newly elected
	 * president") */
	if (verbal && (t->xpos == TL_XPOS_VBG || t->xpos == TL_XPOS_VBN) && ev->vg_first == ev->tok &&
	    tl_sum_prenominal(d, ev->tok))
		sal -= 0.5;
	/* and before a figure, it tells which figure: no entry of its own */
	if (verbal && ev->vg_first == ev->tok && tl_sum_prefigure(d, ev->tok))
		sal -= 0.7;
	/* nor one of where a thing is ("the building, located off the A496",
	 * "a firm based in Ohio") */
	static const char *const place[] = {"located", "based", "situated", "headquartered", NULL};
	if (verbal && t->xpos == TL_XPOS_VBN && ev->vg_first == ev->tok &&
	    tl_ev_word_in(tl_evdoc_lower(d, ev->tok), place))
		sal -= 0.5;
	/* a participle with no subject ("Carrying her shoes", "Organizing the
	 * safe return"): the background of another event, not one of its own */
	if (verbal && t->xpos == TL_XPOS_VBG && ev->vg_first == ev->tok &&
	    (g_ascii_strncasecmp(ev->summary, d->text + t->start, t->end - t->start) == 0 ||
	     (c->borrowed && *c->borrowed)))
		sal -= 0.15; /* (the same when told with its clause's subject) */
	/* nor is a word of a name before its head ("its 2018 Ballot
	 * Interference Prevention Act", "the Asian Development Bank") an
	 * event of a timeline */
	if (!verbal && ev->tok > s->first && ev->tok + 1 < s->last && title_word(d, ev->tok) &&
	    title_word(d, ev->tok + 1) && !in_timex(c, ev->tok + 1))
		sal = MIN(sal, 0.1);
	/* a verb alone ("Died", "Reviewing") tells no one and nothing */
	if (verbal && !strchr(ev->summary, ' '))
		sal = MIN(sal, 0.2);
	return round(CLAMP(sal, 0.0, 1.0) * 100) / 100;
}
