/*
 * Passing a dated event's time on: to the events coordinated with it in
 * its sentence, to the sentence after a sequence word, and through an event
 * noun named again ("during the trip").
 */
#include <string.h>
#include "anchoring.h"

static void
copy_time(TlEvent *to, const TlEvent *from, const char *relation)
{
	to->time = from->time;
	to->relation = relation;
	g_free(to->range_start);
	g_free(to->range_end);
	to->range_start = g_strdup(from->range_start);
	to->range_end = g_strdup(from->range_end);
}

static gboolean
narrative_tense(const TlEvent *ev)
{
	return strcmp(ev->tense, "PAST") == 0 || strcmp(ev->tense, "PRESPART") == 0;
}

/* The relation of the preposition of the table (anchoring.txt "during")
 * before event ev, a noun, over its determiners ("during the trip"), or
 * NULL. */
static const char *
during_noun(const TlEvDoc *d, const Rules *r, const TlEvent *ev)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	if (tl_evdoc_tok(d, ev->tok)->upos != TL_UPOS_NOUN)
		return NULL;
	for (size_t j = ev->tok; j > s->first && j + 3 > ev->tok; j--) {
		const char *rel = g_hash_table_lookup(r->during, tl_evdoc_lower(d, j - 1));
		if (rel)
			return rel;
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (u->upos != TL_UPOS_DET && u->xpos != TL_XPOS_PRPS)
			break;
	}
	return NULL;
}

/* The relation to its time of what happens `rel` (IS_INCLUDED, BEFORE,
 * AFTER) an event src, when that holds whatever src's own: during a trip
 * whose days are known (src's range), or one within its time; before one
 * not after it, after one not before it.  Not during "a closure that began
 * on January 9": the falling of "her sales fell during the closure" is not
 * in that day.  NULL when none holds. */
static const char *
through(const char *rel, const TlEvent *src)
{
	if (src->range_start || strcmp(src->relation, "IS_INCLUDED") == 0)
		return rel;
	if (strcmp(rel, "BEFORE") == 0)
		return strcmp(src->relation, "AFTER") != 0 ? rel : NULL;
	if (strcmp(rel, "AFTER") == 0)
		return strcmp(src->relation, "BEFORE") != 0 ? rel : NULL;
	return NULL;
}

/*
 * "During the trip, Blinken expressed...": a preposition of the table before
 * an event noun already dated earlier in the document (same lemma) dates the
 * undated past events of the sentence, and the noun itself, by that time.
 */
void
tl_anc_by_event_nouns(const TlEvDoc *d, const Rules *r, TlEvent *evs, size_t n,
                      const size_t *ev_first, const size_t *n_rep)
{
	/* lemma -> 1 + the last dated event of the sentences before e's (those
	 * are settled by then: only a noun of their own sentence dates them) */
	g_autoptr(GHashTable) dated = g_hash_table_new(g_str_hash, g_str_equal);
	size_t seen = 0;
	for (size_t e = 0; e < n; e++) {
		TlEvent *ev = &evs[e];
		if (ev->time >= 0 || tl_evdoc_tok(d, ev->tok)->upos != TL_UPOS_NOUN)
			continue;
		const char *rel = during_noun(d, r, ev);
		if (!rel)
			continue;
		for (; seen < ev_first[ev->sent]; seen++)
			if (evs[seen].time >= 0)
				g_hash_table_replace(dated, (gpointer)tl_evdoc_lemma(d, evs[seen].tok),
				                     GSIZE_TO_POINTER(seen + 1));
		gsize si = GPOINTER_TO_SIZE(g_hash_table_lookup(dated, tl_evdoc_lemma(d, ev->tok)));
		if (!si)
			continue;
		const TlEvent *src = &evs[si - 1];
		copy_time(ev, src, src->relation);
		ev->same_as = (guint32)si; /* "the trip" is that trip */
		rel = through(rel, src);
		if (!rel)
			continue;
		/* not a verb that reports, nor one a report stands between
		 * ('"It feels like getting ...," said Rosa Delgado, who ... says
		 * her sales fell during the closure' dates the falling only) */
		for (size_t f = ev_first[ev->sent]; f < ev_first[ev->sent + 1]; f++)
			if (evs[f].time == -1 && f != e &&
			    tl_evdoc_tok(d, evs[f].tok)->upos == TL_UPOS_VERB && narrative_tense(&evs[f]) &&
			    !tl_anc_reports(&evs[f]) && n_rep[MAX(f, e)] == n_rep[MIN(f, e) + 1])
				copy_time(&evs[f], src, rel);
	}
}

/* Does a dated verb pass its time on to the verbs after it: one within its
 * time, or "beginning" or "starting" a time ("Beginning in 2010 and
 * continuing for seven years, he murdered": from then on)? */
static gboolean
passes_on(const TlEvDoc *d, const TlEvent *ev)
{
	if (strcmp(ev->relation, "IS_INCLUDED") == 0)
		return TRUE;
	return strcmp(ev->relation, "BEGINS") == 0 && tl_anc_starting(tl_evdoc_lower(d, ev->tok));
}

/* Is the token at `from` in a relative clause ("who", "which") that a
 * comma closes before token `to`, and its time (starting at byte `at`) in
 * the clause too: "President Trump, who appointed Murphy in 2017,
 * responded" (the main verb after, not a verb joined to it; "The quake on
 * Thursday, which registered six, killed" keeps the subject's time)? */
static gboolean
relative_closed(const TlEvDoc *d, size_t from, size_t to, guint32 at)
{
	size_t j = from;
	while (j > 0 && tl_evdoc_tok(d, j - 1)->xpos != TL_XPOS_COMMA &&
	       tl_evdoc_tok(d, j - 1)->upos != TL_UPOS_VERB && from - j < 12) {
		guint8 x = tl_evdoc_tok(d, j - 1)->xpos;
		if (x == TL_XPOS_WP || x == TL_XPOS_WDT) {
			if (at < tl_evdoc_tok(d, j - 1)->start)
				return FALSE;
			for (size_t k = from + 1; k < to; k++)
				if (tl_evdoc_tok(d, k)->xpos == TL_XPOS_COMMA)
					return TRUE;
			return FALSE;
		}
		j--;
	}
	return FALSE;
}

/*
 * "A fire destroyed 200 homes on Sunday, killing nine", "went into hiding
 * or fled the capital", "had a falling out, and Pol Pot was arrested": the
 * undated past events after a dated past event of the same sentence share
 * its time; not after a verb that reports or intends (what it introduces
 * has a time of its own: "said Sunday the bomb killed"), nor across the
 * start of another clause (clause_between), nor when the event is over
 * before it (the past perfect).
 */
void
tl_anc_by_coordination(const TlEvDoc *d, TlEvent *evs, const size_t *ev_first,
                       const TlEvTimex *tx)
{
	for (guint32 si = 0; si < d->sents->len; si++) {
		const TlEvent *src = NULL;
		gboolean reported = FALSE;
		size_t seen = 0; /* tokens after src up to here have no clause start */
		for (size_t f = ev_first[si]; f < ev_first[si + 1]; f++) {
			TlEvent *ev = &evs[f];
			gboolean verb = tl_evdoc_tok(d, ev->tok)->upos == TL_UPOS_VERB;
			gboolean simple = narrative_tense(ev) && strcmp(ev->aspect, "NONE") == 0;
			if (verb && tl_anc_reports(ev)) {
				/* a participle after the comma shares the time of the
				 * dated event before it ("headed Tuesday to East
				 * Africa, seeking to demonstrate support"); what it
				 * introduces has a time of its own */
				guint8 before = ev->tok > 0 ? tl_evdoc_tok(d, ev->tok - 1)->xpos : 0;
				gboolean after_comma = before == TL_XPOS_COMMA;
				if (src && ev->time == -1 && strcmp(ev->tense, "PRESPART") == 0 &&
				    after_comma &&
				    !tl_anc_clause_between(d, MAX(seen, src->tok), ev->tok))
					copy_time(ev, src, "IS_INCLUDED");
				reported = TRUE;
				src = NULL;
				continue;
			}
			if (src && tl_anc_clause_between(d, MAX(seen, src->tok), ev->tok))
				src = NULL;
			seen = ev->tok; /* each token is looked at once: linear */
			if (ev->time >= 0) {
				/* a dated verb, or an event noun with its own days
				 * ("finished his three-day trip to China, where he met
				 * ...": the meeting lies within the trip) */
				if (!reported && ((verb && simple && passes_on(d, ev)) ||
				                  (!verb && ev->range_start)))
					src = ev;
				continue;
			}
			/* a bare participle right after "and" or a comma is a past
			 * tense the tagger misread ("charged $46 million against
			 * earnings, added $20 million to its reserves and
			 * established a reserve") */
			gboolean bare = strcmp(ev->tense, "PASTPART") == 0 && ev->tok > 0 &&
			                strcmp(ev->aspect, "NONE") == 0 &&
			                (tl_evdoc_tok(d, ev->tok - 1)->upos == TL_UPOS_CCONJ ||
			                 tl_evdoc_tok(d, ev->tok - 1)->xpos == TL_XPOS_COMMA);
			/* (not the time a plan was for, to what undoes it: "the
			 * elections scheduled for April were postponed") */
			if (src && verb && (simple || bare) && !ev->modality &&
			    !relative_closed(d, src->tok, ev->tok,
			                     src->time >= 0 ? tx[src->time].start : 0) &&
			    !(tl_anc_schedule_participle(d, src->tok) && tl_anc_unplans(d, ev)))
				/* a verb's relation (passes_on), within a noun's days */
				copy_time(ev, src,
				          tl_evdoc_tok(d, src->tok)->upos == TL_UPOS_VERB ? src->relation
				                                                          : "IS_INCLUDED");
		}
	}
}

/*
 * "served on the committee until 1995, then joined the Judiciary
 * Committee", "recorded four albums in 1965 and then disbanded": an undated
 * verb right after a "then" that follows a comma or "and" comes after the
 * verb before it in the sentence when that one is dated, whatever its
 * relation but BEFORE (AFTER is transitive, BEFORE is not).  The verb
 * before, not the last dated one: "on charges that he beat a driver and
 * then stole" is no stealing after the arrest, "rose on Friday because
 * demand was strong, then fell" a fall after Friday.  Not when the time
 * comes after the "then" ("recorded four albums, then in 1968
 * disbanded").
 */
void
tl_anc_by_then(const TlEvDoc *d, TlEvent *evs, const size_t *ev_first, const TlEvTimex *tx)
{
	for (guint32 si = 0; si < d->sents->len; si++) {
		const TlEvSent *s = &g_array_index(d->sents, TlEvSent, si);
		const TlEvent *src = NULL;
		size_t f = ev_first[si];
		for (size_t j = s->first + 1; j < s->last; j++) {
			for (; f < ev_first[si + 1] && evs[f].tok < j; f++) {
				const TlEvent *e = &evs[f];
				if (tl_evdoc_tok(d, e->tok)->upos == TL_UPOS_VERB)
					src = e->time >= 0 && strcmp(e->relation, "BEFORE") != 0 ? e : NULL;
			}
			if (!src || !tl_anc_then_at(d, j) || tx[src->time].start > tl_evdoc_tok(d, j)->start)
				continue;
			/* the verb of the next predicate, adverbs and auxiliaries
			 * before it ("then quickly joined", "then was elected"):
			 * not an infinitive ("wants a plan passed now, and then to
			 * wait") nor a gerund ("had imported coffee, forging
			 * certificates and then relabelling it") */
			size_t k = j + 1;
			while (k < s->last && (tl_evdoc_tok(d, k)->upos == TL_UPOS_ADV ||
			                       tl_evdoc_tok(d, k)->upos == TL_UPOS_AUX))
				k++;
			for (size_t g = f; g < ev_first[si + 1] && evs[g].tok <= k; g++)
				if (evs[g].tok == k && evs[g].time == -1 &&
				    tl_evdoc_tok(d, k)->upos == TL_UPOS_VERB &&
				    tl_evdoc_tok(d, k)->xpos != TL_XPOS_VBG && !tl_anc_reports(&evs[g]))
					copy_time(&evs[g], src, "AFTER");
		}
	}
}

/* The first dated event of sentence s (by a timex or an event noun), or NULL:
 * a verb that tells what happened first ("to interfere in 2024", "will
 * meet" or "would go" is no time the narrative goes on from, nor a state that began then:
 * "protesters who have demonstrated since June. He noted" is no noting in
 * June), else an event noun. */
static const TlEvent *
dated_in(const TlEvDoc *d, const TlEvent *evs, const size_t *ev_first, guint32 s)
{
	const TlEvent *noun = NULL;
	for (size_t f = ev_first[s]; f < ev_first[s + 1]; f++)
		if (evs[f].time >= 0) {
			if (tl_evdoc_tok(d, evs[f].tok)->upos == TL_UPOS_VERB) {
				if (strcmp(evs[f].tense, "INFINITIVE") != 0 &&
				    strcmp(evs[f].tense, "FUTURE") != 0 &&
				    strcmp(evs[f].tense, "NONE") != 0 && !evs[f].modality &&
				    strcmp(evs[f].relation, "IS_INCLUDED") == 0)
					return &evs[f];
				continue;
			}
			if (!noun)
				noun = &evs[f];
		}
	return noun;
}

/* Do sentences a and b (a before b) stand in separate paragraphs: a blank
 * line or an indented line between them? */
static gboolean
paragraph_between(const TlEvDoc *d, const TlEvSent *a, const TlEvSent *b)
{
	for (guint32 k = a->end; k + 1 < b->start; k++)
		if (d->text[k] == '\n' && g_ascii_isspace(d->text[k + 1]))
			return TRUE;
	return FALSE;
}

/* A word that puts an event at another time ("were both previously
 * convicted", "later died"). */
static gboolean
other_time(const TlEvDoc *d, size_t j)
{
	static const char *const other[] = {"previously", "earlier", "already", "once", "formerly",
	                                    "originally", "initially", "later", "since", NULL};
	return tl_ev_word_in(tl_evdoc_lower(d, j), other);
}

/*
 * Event ev of sentence s, with no time of its own, in a sentence that goes
 * on with what the one before told: does it take that time?  Only a verb in
 * the simple past that tells what happened: not a state ("had a valid gun
 * licence", "was the same clinic"), not what is said (news dates a report
 * by the article unless told otherwise), no participle but a passive's
 * ("was found"; not "the place occupied by agriculture", "the seller was
 * also undisclosed"), nor at another time (other_time, right after it).
 * What comes before it in the sentence is continuation's to judge.
 */
static gboolean
goes_on(const TlEvDoc *d, const TlEvent *ev, const TlEvSent *s)
{
	if (ev->time != -1 || strcmp(ev->tense, "PAST") != 0 || strcmp(ev->aspect, "NONE") != 0 ||
	    ev->modality || ev->cls == TL_EVC_STATE || tl_anc_reports(ev) ||
	    tl_evdoc_tok(d, ev->tok)->upos != TL_UPOS_VERB)
		return FALSE;
	const char *lemma = tl_evdoc_lemma(d, ev->tok);
	if (strcmp(lemma, "be") == 0 || strcmp(lemma, "have") == 0)
		return FALSE;
	if (tl_evdoc_tok(d, ev->tok)->xpos != TL_XPOS_VBD) {
		size_t j = ev->tok;
		while (j > s->first && tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_ADV)
			j--;
		if (tl_evdoc_tok(d, ev->tok)->xpos != TL_XPOS_VBN || j == s->first ||
		    tl_evdoc_tok(d, j - 1)->upos != TL_UPOS_AUX || strcmp(tl_evdoc_lemma(d, j - 1), "be") != 0)
			return FALSE;
	}
	for (size_t j = ev->tok; j < ev->tok + 2 && j < s->last; j++)
		if (other_time(d, j))
			return FALSE;
	return TRUE;
}

/*
 * "Dorian made landfall in the Abaco Islands on Sunday. Its winds reached
 * 185 mph": a sentence with no time of its own, in the paragraph of a
 * sentence that a day, a time of day or a week dates (by its first dated
 * past verb or event noun, dated by its own time: no chain of such
 * sentences), goes on at that occasion: the events goes_on takes of its
 * main clause, up to a report (what follows is what was said: "said
 * investigators think the killer buried"), a clause of its own ("the clinic
 * where Slepian worked") or a word of another time.  One sweep of the
 * sentence.  own[si]: dated_in of each sentence before this pass.
 */
static void
continuation(const TlEvDoc *d, const Rules *r, TlEvent *evs, const size_t *ev_first,
             const guint8 *kind, const TlEvent *const *own, guint32 si)
{
	const TlEvent *src = own[si - 1];
	if (!src || src->time < 0 || (kind[src->time] & TL_ANC_LATER) ||
	    !(kind[src->time] & TL_ANC_OCCASION) ||
	    (tl_evdoc_tok(d, src->tok)->upos == TL_UPOS_VERB && strcmp(src->tense, "PAST") != 0))
		return;
	/* (nor one with a time of its own, an event's: "Her sales fell during
	 * the closure") */
	for (size_t f = ev_first[si]; f < ev_first[si + 1]; f++)
		if (evs[f].time >= 0 || during_noun(d, r, &evs[f]))
			return;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, si);
	if (paragraph_between(d, &g_array_index(d->sents, TlEvSent, si - 1), s))
		return;
	size_t j = s->first; /* the tokens before j are read */
	for (size_t f = ev_first[si]; f < ev_first[si + 1]; f++) {
		TlEvent *ev = &evs[f];
		for (; j < ev->tok; j++)
			if (tl_evdoc_tok(d, j)->xpos == TL_XPOS_WRB || other_time(d, j) ||
			    tl_anc_clause_start(d, j))
				return;
		if (goes_on(d, ev, s))
			copy_time(ev, src, "IS_INCLUDED");
		if (tl_anc_reports(ev))
			return;
	}
}

/*
 * "Subsequently, Xi pledged...", "He stressed...": a sentence that opens with
 * a sequence word or a narrative pronoun takes the time of the sentence
 * before for its undated past events; not a time yet to come (TL_ANC_LATER of
 * `kind`: "said the vote would go ahead tomorrow. He continued" is no
 * continuing tomorrow).
 */
void
tl_anc_by_narrative(const TlEvDoc *d, const Rules *r, TlEvent *evs, const size_t *ev_first,
                    const guint8 *kind)
{
	g_autofree const TlEvent **own = g_new0(const TlEvent *, d->sents->len);
	for (guint32 si = 0; si < d->sents->len; si++)
		own[si] = dated_in(d, evs, ev_first, si);
	for (guint32 si = 1; si < d->sents->len; si++) {
		const TlEvSent *s = &g_array_index(d->sents, TlEvSent, si);
		const char *w = tl_evdoc_lower(d, s->first);
		/* two words first ("Since then,"), then one ("Then") */
		const char *rel = NULL;
		char two[64];
		if (s->first + 1 < s->last) {
			const char *w2 = tl_evdoc_lower(d, s->first + 1);
			if ((size_t)g_snprintf(two, sizeof two, "%s %s", w, w2) < sizeof two)
				rel = g_hash_table_lookup(r->seq, two);
		}
		if (!rel)
			rel = g_hash_table_lookup(r->seq, w);
		gboolean pronoun = !rel && g_hash_table_contains(r->cont, w);
		if (pronoun)
			rel = "IS_INCLUDED";
		if (!rel) {
			continuation(d, r, evs, ev_first, kind, own, si);
			continue;
		}
		/* "Since then, 427 fugitives have been taken into custody":
		 * from the time before on, the present perfect too */
		gboolean since = strcmp(rel, "BEGINS") == 0;
		const TlEvent *src = dated_in(d, evs, ev_first, si - 1);
		if (!src || (src->time >= 0 && (kind[src->time] & TL_ANC_LATER)))
			continue;
		/* a pronoun goes on from what happened, not from what had
		 * happened before it ("Van Halen had been diagnosed with
		 * cancer as early as 2000. He was known for") */
		if (pronoun && strcmp(src->tense, "PAST") == 0 &&
		    strncmp(src->aspect, "PERFECTIVE", 10) == 0)
			continue;
		/* what is said, at an occasion of the sentence before ("met
		 * Wang Yi on Friday. He stressed"), not across a month or a
		 * year ("rose in 1986. He said"), unless a word says it came
		 * after ("Thereafter, Drudge posted"; not "Previously, it
		 * said": before the article, not before the month) */
		gboolean occasion = (src->time >= 0 && (kind[src->time] & TL_ANC_OCCASION)) ||
		                    strcmp(rel, "AFTER") == 0;
		/* the events after one its own time dates go on from that
		 * time, not the time before */
		size_t stop = ev_first[si + 1];
		for (size_t f = ev_first[si]; f < stop; f++)
			if (evs[f].time >= 0)
				stop = f + 1;
		for (size_t f = ev_first[si]; f < stop; f++)
			if (evs[f].time == -1 &&
			    (narrative_tense(&evs[f]) ||
			     (since && strncmp(evs[f].aspect, "PERFECTIVE", 10) == 0 &&
			      strcmp(evs[f].tense, "PRESENT") == 0)) &&
			    tl_evdoc_tok(d, evs[f].tok)->upos == TL_UPOS_VERB &&
			    (evs[f].cls != TL_EVC_REPORTING || occasion))
				copy_time(&evs[f], src, rel);
	}
}
