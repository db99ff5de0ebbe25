/*
 * The TimeML attributes of an event from the verb group around its trigger:
 * tense (PAST, PRESENT, FUTURE, INFINITIVE, PRESPART, PASTPART, NONE),
 * aspect (PROGRESSIVE, PERFECTIVE, PERFECTIVE_PROGRESSIVE, NONE), polarity
 * (a negation in the group, or "no" before a noun) and modality (the modal
 * verb, "would", "may", "could"; "will"/"shall" make FUTURE instead).  Also
 * the clause around a token, which participants and summaries are built from.
 */
#include <string.h>
#include "events.h"

void
tl_event_clear(TlEvent *ev)
{
	g_clear_pointer(&ev->modality, g_free);
	g_clear_pointer(&ev->range_start, g_free);
	g_clear_pointer(&ev->range_end, g_free);
	g_clear_pointer(&ev->summary, g_free);
}

static gboolean
is_aux(const TlEvDoc *d, size_t j)
{
	const TlEvTok *u = tl_evdoc_tok(d, j);
	return u->upos == TL_UPOS_AUX || u->xpos == TL_XPOS_MD || u->xpos == TL_XPOS_TO;
}

static const char *
tense_of_xpos(int xpos)
{
	switch (xpos) {
	case TL_XPOS_VBD: return "PAST";
	case TL_XPOS_VBZ:
	case TL_XPOS_VBP: return "PRESENT";
	case TL_XPOS_VBG: return "PRESPART";
	case TL_XPOS_VBN: return "PASTPART";
	default: return "NONE";
	}
}

static void
own_attributes(const TlEvDoc *d, TlEvent *ev)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	const TlEvTok *t = tl_evdoc_tok(d, ev->tok);
	ev->tense = "NONE";
	ev->aspect = "NONE";
	ev->neg = FALSE;
	ev->vg_first = ev->tok;
	/* the group: auxiliaries, modals, "to", negations and adverbs before it */
	size_t auxes[6], na = 0;
	for (size_t j = ev->tok; j > s->first && na < G_N_ELEMENTS(auxes); j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (u->lex & TL_EVLEX_NEG) {
			ev->neg = TRUE;
			continue;
		}
		if (!is_aux(d, j - 1)) {
			if (u->upos == TL_UPOS_ADV || u->upos == TL_UPOS_PART)
				continue;
			break;
		}
		auxes[na++] = j - 1;
	}
	ev->vg_first = (guint32)(na ? auxes[na - 1] : ev->tok);
	gboolean verbal = t->upos == TL_UPOS_VERB || t->upos == TL_UPOS_AUX || na > 0;
	if (!verbal) {
		/* a noun: "no agreement" is negative */
		if (ev->tok > s->first && strcmp(tl_evdoc_lower(d, ev->tok - 1), "no") == 0)
			ev->neg = TRUE;
		else
			for (size_t j = ev->tok; j > s->first && j + 4 > ev->tok; j--) {
				const TlEvTok *u = tl_evdoc_tok(d, j - 1);
				if (u->upos == TL_UPOS_DET) {
					ev->neg = strcmp(tl_evdoc_lower(d, j - 1), "no") == 0;
					break;
				}
			}
		return;
	}
	if (na == 0) {
		ev->tense = tense_of_xpos(t->xpos);
		/* "The minister resigned": a past participle right after its
		 * subject is a simple past the tagger mistook */
		if (t->xpos == TL_XPOS_VBN && ev->tok > s->first) {
			const TlEvTok *p = tl_evdoc_tok(d, ev->tok - 1);
			if (p->upos == TL_UPOS_NOUN || p->upos == TL_UPOS_PROPN || p->upos == TL_UPOS_PRON)
				ev->tense = "PAST";
		}
		return;
	}
	/* nearest first in auxes: the trigger's own form tells the aspect */
	gboolean have = FALSE, be_prog = FALSE;
	const char *first_tense = NULL;
	for (size_t k = 0; k < na; k++) {
		size_t j = auxes[k];
		const TlEvTok *u = tl_evdoc_tok(d, j);
		const char *lem = tl_evdoc_lemma(d, j);
		if (u->xpos == TL_XPOS_TO) {
			if (k == na - 1)
				first_tense = "INFINITIVE";
			continue;
		}
		if (u->xpos == TL_XPOS_MD) {
			const char *lw = tl_evdoc_lower(d, j);
			if (strcmp(lem, "will") == 0 || strcmp(lem, "shall") == 0 || strcmp(lw, "'ll") == 0 ||
			    strcmp(lw, "’ll") == 0 || strcmp(lw, "wo") == 0)
				first_tense = "FUTURE";
			else {
				g_free(ev->modality);
				ev->modality = g_strdup(strcmp(lw, "'d") == 0 || strcmp(lw, "’d") == 0 ? "would" : lw);
				first_tense = "NONE";
			}
			continue;
		}
		if (strcmp(lem, "have") == 0 && (k == 0 ? t->xpos == TL_XPOS_VBN : TRUE))
			have = TRUE;
		else if (strcmp(lem, "be") == 0 && k == 0 && t->xpos == TL_XPOS_VBG)
			be_prog = TRUE;
		if (k == na - 1 || !first_tense)
			first_tense = tense_of_xpos(u->xpos);
	}
	/* the leftmost element of the group is the finite one */
	size_t left = auxes[na - 1];
	const TlEvTok *lu = tl_evdoc_tok(d, left);
	if (lu->xpos != TL_XPOS_MD && lu->xpos != TL_XPOS_TO)
		first_tense = tense_of_xpos(lu->xpos);
	if (first_tense && (strcmp(first_tense, "PRESPART") == 0 || strcmp(first_tense, "PASTPART") == 0))
		first_tense = "NONE";
	ev->tense = first_tense ? first_tense : "NONE";
	ev->aspect = have && be_prog ? "PERFECTIVE_PROGRESSIVE"
	             : have          ? "PERFECTIVE"
	             : be_prog       ? "PROGRESSIVE"
	                             : "NONE";
}

/*
 * A verb right after "or", "nor" or "and" and a verb of the same form whose
 * group has an auxiliary or a negation shares that group: "did not confirm
 * or deny the report" (deny: NEG, PAST, its group from "did"), "neither
 * confirmed nor denied", "will open and operate".  Its group then starts
 * where the first verb's does (its negation included), so that its
 * headline tells both ("The company did not confirm or deny the report";
 * it was "The company deny the report").
 */
void
tl_ev_attributes(const TlEvDoc *d, TlEvent *ev)
{
	static const char *const coord[] = {"or", "nor", "and", NULL};
	own_attributes(d, ev);
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	size_t p = ev->tok;
	if (ev->vg_first != ev->tok || p < s->first + 2 ||
	    tl_evdoc_tok(d, p - 1)->upos != TL_UPOS_CCONJ ||
	    !tl_ev_word_in(tl_evdoc_lower(d, p - 1), coord) ||
	    tl_evdoc_tok(d, p - 2)->xpos != tl_evdoc_tok(d, p)->xpos ||
	    tl_evdoc_tok(d, p)->upos != TL_UPOS_VERB)
		return;
	TlEvent first = {.tok = (guint32)(p - 2), .sent = ev->sent};
	tl_ev_attributes(d, &first);
	if (first.vg_first == first.tok && !first.neg) {
		tl_event_clear(&first);
		return; /* "arrived and shot": each verb its own group */
	}
	size_t f = first.vg_first;
	while (f > s->first && (tl_evdoc_tok(d, f - 1)->lex & TL_EVLEX_NEG))
		f--;
	ev->vg_first = (guint32)f;
	ev->neg = first.neg;
	ev->tense = first.tense;
	ev->aspect = first.aspect;
	g_free(ev->modality);
	ev->modality = g_steal_pointer(&first.modality);
	tl_event_clear(&first);
}

#define CLAUSE_MAX 40

static gboolean
hard_boundary(const TlEvDoc *d, size_t j)
{
	return (tl_evdoc_tok(d, j)->mark & TL_EVM_HARD) != 0;
}

/* Is the comma at token j the one of a date between its day and its year,
 * a verb or the sentence's end after the year ("as of December 31, 1986
 * was put at"), no boundary of a clause? */
static gboolean
date_comma(const TlEvDoc *d, size_t j)
{
	if (j < 2 || j + 1 >= d->toks->len)
		return FALSE;
	const TlEvTok *day = tl_evdoc_tok(d, j - 1), *year = tl_evdoc_tok(d, j + 1);
	if (day->upos != TL_UPOS_NUM || year->upos != TL_UPOS_NUM || day->end - day->start > 2 ||
	    !tl_ev_year_word(d, year) || tl_evdoc_tok(d, j - 2)->upos != TL_UPOS_PROPN)
		return FALSE;
	/* (and the clause goes on with its verb or ends: not "due April 15,
	 * 1997 paying 8-1/2 pct", a participle's clause of its own) */
	if (j + 2 >= d->toks->len)
		return TRUE;
	const TlEvTok *nx = tl_evdoc_tok(d, j + 2);
	return tl_ev_finite_xpos(nx->xpos) || nx->upos == TL_UPOS_AUX || nx->xpos == TL_XPOS_PERIOD;
}

void
tl_ev_clause(const TlEvDoc *d, size_t i, guint32 *first, guint32 *last)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, tl_evdoc_tok(d, i)->sent);
	size_t a = i, b = i + 1;
	/* a clause longer than this is a run-on text with no punctuation */
	size_t lo = i > s->first + CLAUSE_MAX ? i - CLAUSE_MAX : s->first;
	size_t hi = MIN((size_t)s->last, i + 1 + CLAUSE_MAX);
	while (a > lo) {
		const TlEvTok *u = tl_evdoc_tok(d, a - 1);
		if (hard_boundary(d, a - 1) || (u->xpos == TL_XPOS_COMMA && !date_comma(d, a - 1)) ||
		    u->xpos == TL_XPOS_WDT ||
		    u->xpos == TL_XPOS_WP || u->xpos == TL_XPOS_WRB || u->upos == TL_UPOS_SCONJ ||
		    ((u->lex & TL_EVLEX_SUBORD) && !tl_ev_as_of(d, a - 1)) ||
		    (tl_evdoc_tok(d, a)->flags & TL_TOKF_PARA_BEFORE))
			break;
		a--;
	}
	while (b < hi) {
		const TlEvTok *u = tl_evdoc_tok(d, b);
		if (hard_boundary(d, b) || (u->xpos == TL_XPOS_COMMA && !date_comma(d, b)) ||
		    u->xpos == TL_XPOS_PERIOD ||
		    u->xpos == TL_XPOS_WDT || u->xpos == TL_XPOS_WP || (u->flags & TL_TOKF_PARA_BEFORE))
			break;
		b++;
	}
	*first = (guint32)a;
	*last = (guint32)b;
}
