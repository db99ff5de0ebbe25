/*
 * The participants of an event: the names the language layer found in the
 * event's clause, widened to its sentence's subject when the clause starts
 * at the verb group.  The role is told from position and voice: a name
 * before an active verb is its agent, after it its patient (the other way
 * round in the passive), after "in", "at", "near"... a location.  Event
 * nouns take the possessor as agent ("Blinken's trip") and the object of
 * "in"/"at"/"to" as location.
 */
#include <string.h>
#include "summary.h"

/* A literal, and its length. */
#define PUT(out, lit) tl_annot_put(out, lit, sizeof lit - 1)

static const char *const loc_preps[] = {"in", "at", "near", "to", "from", "into", "across",
                                        "outside", "inside"};

static gboolean
is_loc_prep(const char *w)
{
	for (size_t i = 0; i < G_N_ELEMENTS(loc_preps); i++)
		if (strcmp(w, loc_preps[i]) == 0)
			return TRUE;
	return FALSE;
}

static gboolean
passive(const TlEvDoc *d, const TlEvent *ev)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	if (tl_evdoc_tok(d, ev->tok)->xpos != TL_XPOS_VBN)
		return FALSE;
	for (size_t j = ev->tok; j > s->first && j + 4 > ev->tok; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (u->upos == TL_UPOS_AUX && strcmp(tl_evdoc_lemma(d, j - 1), "be") == 0)
			return TRUE;
		if (u->upos != TL_UPOS_ADV && u->upos != TL_UPOS_AUX && u->upos != TL_UPOS_PART)
			return FALSE;
	}
	return FALSE;
}

static const char *
role_of(const TlEvDoc *d, const TlEvent *ev, const TlEntity *en, gboolean pass)
{
	const TlEvTok *t = tl_evdoc_tok(d, ev->tok);
	gboolean before = en->last <= ev->tok;
	const char *prep = en->first > 0 ? tl_evdoc_lower(d, en->first - 1) : "";
	/* (before the verb too: "The roof of the cathedral in Paris caught
	 * fire", "was flying from Tomsk in Siberia") */
	/* (a place that qualifies a noun is none: "exposure to Nigeria's
	 * debt", "in the U.K.-U.S. effort") */
	const TlEvTok *nx = en->last < d->toks->len ? tl_evdoc_tok(d, en->last) : NULL;
	gboolean modifier = nx && nx->sent == tl_evdoc_tok(d, en->first)->sent &&
	                    (nx->xpos == TL_XPOS_POS || nx->upos == TL_UPOS_NOUN ||
	                     nx->upos == TL_UPOS_PROPN || nx->xpos == TL_XPOS_HYPH);
	if (en->type == TL_ENT_LOCATION && is_loc_prep(prep) && (!before || !modifier))
		return "location";
	if (t->upos == TL_UPOS_VERB) {
		if (!before && strcmp(prep, "by") == 0 && pass)
			return "agent";
		/* (the object of a preposition is no subject: "John Smith, 45,
		 * of Ohio, died", "the president of France said", nor the state
		 * between commas after such a town, "of Bethesda, Maryland,
		 * set"; one right before the verb group is, unless after "of":
		 * "before Wynnum hit back", "an agreement for Coca-Cola to
		 * buy") */
		size_t f = en->first, k = tl_evdoc_ent_from(d, en->first);
		if (en->type == TL_ENT_LOCATION && k > 0 && d->ents[k - 1].type == TL_ENT_LOCATION &&
		    d->ents[k - 1].last + 1 == f && tl_evdoc_tok(d, f - 1)->xpos == TL_XPOS_COMMA &&
		    en->last < d->toks->len && tl_evdoc_tok(d, en->last)->xpos == TL_XPOS_COMMA)
			f = d->ents[k - 1].first;
		if (before && f > 0 && tl_evdoc_tok(d, f - 1)->upos == TL_UPOS_ADP &&
		    (en->last != ev->vg_first || strcmp(tl_evdoc_lower(d, f - 1), "of") == 0))
			return NULL;
		if (before)
			return pass ? "patient" : "agent";
		if (en->type == TL_ENT_LOCATION && strcmp(prep, "in") == 0)
			return "location";
		return pass ? NULL : "patient";
	}
	/* nouns: "Blinken's trip", "Biden-Xi meeting" */
	if (before && en->last + 3 >= ev->tok)
		return "agent";
	return NULL;
}

/* The name overlaps a timex ("March" is a date). */
static gboolean
name_in_timex(const TlEntity *en, const guint8 *timex_tok)
{
	for (guint32 j = en->first; j < en->last; j++)
		if (timex_tok[j] & TL_EV_TX_ANY)
			return TRUE;
	return FALSE;
}

static void
put_entity(const TlEvDoc *d, const TlEntity *en, const char *role, gboolean *any, GString *out)
{
	if (*any)
		g_string_append_c(out, ',');
	*any = TRUE;
	tl_annot_entity_open(out, d->text, en);
	if (role) {
		PUT(out, ",\"role\":\"");
		tl_annot_put(out, role, strlen(role));
		tl_annot_put_c(out, '"');
	}
	g_string_append_c(out, '}');
}

/* The person's name that opens ev's headline though no word of its clause
 * ([first, last)) is its first: the name a pronoun stood for, the last such
 * name before the event among the 64 before it; NULL when there is none. */
static const TlEntity *
headline_person(const TlEvDoc *d, const TlEvent *ev, size_t first, size_t last)
{
	const char *h = ev->summary;
	if (!h || !g_ascii_isupper(*h))
		return NULL;
	size_t k = tl_evdoc_ent_from(d, ev->tok);
	for (size_t seen = 0; k-- > 0 && seen < 64; seen++) {
		const TlEntity *en = &d->ents[k];
		size_t n = en->end - en->start;
		if (en->type != TL_ENT_PERSON || n < 2 || strncmp(h, d->text + en->start, n) != 0 ||
		    (h[n] != ' ' && h[n] != ':'))
			continue;
		/* (a word of the clause itself is no name from elsewhere: "Year
		 * loss includes", the name finder having once read "Year" as a
		 * person) */
		const TlEvTok *w0 = tl_evdoc_tok(d, en->first);
		for (size_t j = first; j < last; j++) {
			const TlEvTok *u = tl_evdoc_tok(d, j);
			if (u->end - u->start == w0->end - w0->start &&
			    g_ascii_strncasecmp(d->text + u->start, d->text + w0->start, u->end - u->start) == 0)
				return NULL;
		}
		return en;
	}
	return NULL;
}

void
tl_ev_participants(const TlEvDoc *d, const TlEvent *ev, const guint8 *timex_tok, GString *out)
{
	guint32 first, last;
	tl_ev_clause(d, ev->tok, &first, &last);
	/* a clause that starts with its verb group borrows the subject before it */
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	if (first == ev->vg_first && first > s->first + 1) {
		guint32 f2, l2;
		tl_ev_clause(d, first - 2, &f2, &l2);
		/* past an aside with no verb of its own, between commas, to the
		 * noun phrase it tells of: "Pierre Nkurunziza, the President of
		 * Burundi, died" */
		if (f2 > s->first + 1 && f2 < first && tl_evdoc_tok(d, f2 - 1)->xpos == TL_XPOS_COMMA &&
		    !(f2 < first && d->next_finite[f2] < first)) {
			guint32 f3, l3;
			tl_ev_clause(d, f2 - 2, &f3, &l3);
			/* (not a dateline's place: "LONDON, March 3 -") */
			if (!(f3 < f2 && d->next_finite[f3] < f2) && f3 >= tl_sum_text_start(d, ev->sent))
				f2 = MIN(f2, f3);
		}
		first = MIN(first, f2);
	}
	gboolean pass = passive(d, ev);
	g_string_append_c(out, '[');
	gboolean any = FALSE, agent = FALSE;
	size_t k = G_MAXSIZE;
	for (const TlEntity *en; (en = tl_ev_name_in(d, first, last, &k));) {
		if (name_in_timex(en, timex_tok))
			continue;
		const char *role = role_of(d, ev, en, pass);
		agent = agent || (role && strcmp(role, "agent") == 0);
		put_entity(d, en, role, &any, out);
	}
	/* the person a pronoun stood for, whom the headline names ("He
	 * suffered a cardiac arrest" is "Nkurunziza suffered ...") */
	const TlEntity *named = agent ? NULL : headline_person(d, ev, first, last);
	if (named)
		put_entity(d, named, pass ? "patient" : "agent", &any, out);
	g_string_append_c(out, ']');
}
