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
#include "events.h"

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
	if (!before && en->type == TL_ENT_LOCATION && is_loc_prep(prep))
		return "location";
	if (t->upos == TL_UPOS_VERB) {
		if (!before && strcmp(prep, "by") == 0 && pass)
			return "agent";
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

static gboolean
in_timex(const TlEntity *en, const TlEvTimex *tx, size_t n_tx)
{
	for (size_t k = 0; k < n_tx; k++)
		if (en->start < tx[k].end && en->end > tx[k].start)
			return TRUE;
	return FALSE;
}

json_t *
tl_ev_participants(const TlEvDoc *d, const TlEvent *ev, const TlEvTimex *tx, size_t n_tx)
{
	json_t *arr = json_array();
	guint32 first, last;
	tl_ev_clause(d, ev->tok, &first, &last);
	/* a clause that starts with its verb group borrows the subject before it */
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	if (first == ev->vg_first && first > s->first + 1) {
		guint32 f2, l2;
		tl_ev_clause(d, first - 2, &f2, &l2);
		first = MIN(first, f2);
	}
	gboolean pass = passive(d, ev);
	for (size_t k = 0; k < d->n_ents; k++) {
		const TlEntity *en = &d->ents[k];
		if (en->first < first || en->last > last || in_timex(en, tx, n_tx))
			continue;
		const char *role = role_of(d, ev, en, pass);
		json_t *p = json_pack("{s:s#,s:s,s:I,s:I}", "text", d->text + en->start,
		                      (int)(en->end - en->start), "type", tl_entity_type_name(en->type),
		                      "start", (json_int_t)en->start, "end", (json_int_t)en->end);
		if (role)
			json_object_set_new(p, "role", json_string(role));
		json_array_append_new(arr, p);
	}
	return arr;
}
