/*
 * Headlines: a name for a subject pronoun.  "He performed the first manned
 * extravehicular activity" says little on a timeline that mixes documents;
 * the name the pronoun stands for, found in its own document, does:
 * "Leonov performed ...".  Only where the guess is safe: "it" and "they"
 * stand for the subject of their sentence's first verb ("Merrill Lynch said
 * it feels" is "Merrill Lynch feels"), "he" and "she" for a person's name
 * in subject position, in its sentence or the two before, or the one person
 * a sentence names; nothing when two people compete.
 */
#include "summary.h"

#define BACK_SENTS 2 /* the sentences before the pronoun's that a name may come from */

enum { PRON_NONE, PRON_PERSON, PRON_THING, PRON_PLURAL };

static int
pron_kind(const TlEvDoc *d, size_t j)
{
	if (tl_evdoc_tok(d, j)->upos != TL_UPOS_PRON)
		return PRON_NONE;
	const char *w = tl_evdoc_lower(d, j);
	if (!strcmp(w, "he") || !strcmp(w, "she"))
		return PRON_PERSON;
	if (!strcmp(w, "it"))
		return PRON_THING;
	return !strcmp(w, "they") ? PRON_PLURAL : PRON_NONE;
}

/* A word of a subject's noun phrase, a name's inner words ("Bank of Japan",
 * "Procter and Gamble") among them. */
static gboolean
subject_word(const TlEvDoc *d, size_t j)
{
	const TlEvTok *u = tl_evdoc_tok(d, j);
	if (u->xpos == TL_XPOS_WP || u->xpos == TL_XPOS_WDT)
		return FALSE;
	if (nominal(u))
		return TRUE;
	if (u->upos == TL_UPOS_CCONJ && j > 0 && j + 1 < d->toks->len &&
	    tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_PROPN && tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_PROPN)
		return TRUE; /* "Jones and Vining" */
	size_t k = tl_evdoc_ent_after(d, j);
	return k < d->n_ents && d->ents[k].first < j && d->ents[k].last > j;
}

/* The last finite verb of sentence sent before token `before`, or G_MAXSIZE. */
static size_t
finite_before(const TlEvDoc *d, guint32 sent, size_t before)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, sent);
	for (size_t j = before; j > s->first; j--)
		if (tl_ev_finite_xpos(tl_evdoc_tok(d, j - 1)->xpos))
			return j - 1;
	return G_MAXSIZE;
}

/*
 * The subject of the finite verb j of sentence sent when that verb comes
 * before token `before`: tokens [*f, *e), a noun phrase of no pronoun that
 * opens the sentence or follows a comma or an opening adverbial.
 */
static gboolean
lead_subject(const Ctx *c, guint32 sent, size_t j, size_t before, size_t *f, size_t *e)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, sent);
	if (j >= before || j <= s->first || j >= s->last)
		return FALSE;
	while (j > s->first && tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_ADV)
		j--; /* "Citicorp also said" */
	size_t a = j;
	while (a > s->first && a + MAX_SUBJECT + 3 > j && subject_word(d, a - 1))
		a--;
	if (a == j || (a + 1 == j && tl_evdoc_tok(d, a)->upos == TL_UPOS_DET))
		return FALSE;
	for (size_t k = a; k < j; k++)
		if (tl_evdoc_tok(d, k)->upos == TL_UPOS_PRON || in_timex(c, k))
			return FALSE; /* not "the fourth quarter ended" */
	if (a > s->first && a + MAX_SUBJECT + 3 <= j)
		return FALSE; /* longer than a subject: cut inside one */
	/* opening its clause ("When Heidecker avoids"; "With the acquisition
	 * Salling said" is none) */
	if (a > s->first && !is_punct(tl_evdoc_tok(d, a - 1))) {
		const TlEvTok *p = tl_evdoc_tok(d, a - 1);
		if (p->upos != TL_UPOS_CCONJ && p->upos != TL_UPOS_ADV && !(p->lex & TL_EVLEX_SUBORD))
			return FALSE;
	}
	*f = a, *e = j;
	return TRUE;
}

/* Is the pronoun at j the subject of the clause that the verb group at v
 * (the lead subject's, from token v) takes as its object: "The company said
 * (that) it", "Japan would have to show that it" (not "Canadian banks must
 * put the loans ... when they")? */
static gboolean
complement_subject(const Ctx *c, size_t v, size_t j)
{
	const TlEvDoc *d = c->d;
	for (size_t k = v; k < j; k++) {
		const TlEvTok *u = tl_evdoc_tok(d, k);
		if (in_timex(c, k) || (u->upos == TL_UPOS_ADP && in_timex(c, k + 1)))
			continue; /* "announced on Sunday morning they" */
		if (u->upos != TL_UPOS_AUX && u->upos != TL_UPOS_VERB && u->upos != TL_UPOS_ADV &&
		    u->upos != TL_UPOS_PART && u->xpos != TL_XPOS_TO && !(u->lex & TL_EVLEX_NEG) &&
		    !(k + 1 == j && strcmp(tl_evdoc_lower(d, k), "that") == 0))
			return FALSE;
	}
	return TRUE;
}

/* An "it" that stands for nothing: "it is anticipated that", "it is
 * likely to", "it seems". */
static gboolean
expletive(const TlEvDoc *d, size_t j)
{
	static const char *const verbs[] = {"seem", "appear", "take", "remain", NULL};
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, tl_evdoc_tok(d, j)->sent);
	for (size_t k = j + 1; k < s->last && k < j + 5; k++) {
		const TlEvTok *u = tl_evdoc_tok(d, k);
		if (u->upos == TL_UPOS_VERB && tl_ev_word_in(tl_evdoc_lemma(d, k), verbs))
			return TRUE;
		if ((u->upos == TL_UPOS_ADJ || u->xpos == TL_XPOS_VBN) && k + 1 < s->last) {
			const char *w = tl_evdoc_lower(d, k + 1);
			return !strcmp(w, "that") || !strcmp(w, "to") || !strcmp(w, "whether") ||
			       !strcmp(w, "if") || !strcmp(w, "for");
		}
		if (u->upos != TL_UPOS_AUX && u->upos != TL_UPOS_ADV && !(u->lex & TL_EVLEX_NEG))
			return FALSE;
	}
	return FALSE;
}

/* The last person's name in tokens [a, b), or NULL. */
static const TlEntity *
last_person(const TlEvDoc *d, size_t a, size_t b)
{
	const TlEntity *en, *best = NULL;
	size_t k = G_MAXSIZE;
	while ((en = tl_ev_name_in(d, a, b, &k)))
		if (en->type == TL_ENT_PERSON && en->last - en->first <= MAX_SUBJECT)
			best = en;
	return best;
}

/* Does the person's name end the subject [.., e), but for a title after it
 * ("Queen Elizabeth II", "Martin Luther King Jr.")? */
static gboolean
name_ends(const TlEvDoc *d, const TlEntity *p, size_t e)
{
	size_t j = p->last;
	while (j < e && j < p->last + 2 &&
	       (tl_evdoc_tok(d, j)->upos == TL_UPOS_PROPN || tl_evdoc_tok(d, j)->upos == TL_UPOS_NUM ||
	        tl_evdoc_tok(d, j)->xpos == TL_XPOS_NNP))
		j++;
	return j == e;
}

/* Is a name the same person as another: the same text, or one's last word
 * the other's ("Walter Munk" and "Munk")? */
static gboolean
same_person(const TlEvDoc *d, const TlEntity *x, const TlEntity *y)
{
	const TlEvTok *lx = tl_evdoc_tok(d, x->last - 1), *ly = tl_evdoc_tok(d, y->last - 1);
	return lx->end - lx->start == ly->end - ly->start &&
	       memcmp(d->text + lx->start, d->text + ly->start, lx->end - lx->start) == 0;
}

/* The one person that tokens [a, b) name (NULL for none, or two or more,
 * or a proper noun outside the names that may be another: "Reporters asked
 * Biden about Xi Jinping"). */
static const TlEntity *
only_person(const TlEvDoc *d, size_t a, size_t b)
{
	const TlEntity *en, *one = NULL;
	size_t k = G_MAXSIZE;
	for (size_t j = a + 1; j < b; j++) {
		size_t kj = tl_evdoc_ent_after(d, j);
		if (tl_evdoc_tok(d, j)->upos == TL_UPOS_PROPN && (kj >= d->n_ents || d->ents[kj].first > j))
			return NULL;
	}
	while ((en = tl_ev_name_in(d, a, b, &k))) {
		if (en->type != TL_ENT_PERSON)
			continue;
		if (one && !same_person(d, one, en))
			return NULL;
		if (!one || en->last - en->first < one->last - one->first)
			one = en; /* the shorter form: "Munk" */
	}
	return one;
}

/* The person "he" or "she" at token j stands for, or NULL. */
static const TlEntity *
person_for(const Ctx *c, size_t j)
{
	const TlEvDoc *d = c->d;
	guint32 sent = tl_evdoc_tok(d, j)->sent;
	for (guint32 back = 0; back <= BACK_SENTS && back <= sent; back++) {
		guint32 si = sent - back;
		const TlEvSent *s = &g_array_index(d->sents, TlEvSent, si);
		size_t end = back ? s->last : j, f, e;
		/* in its own sentence the subject of the verb nearest before it
		 * ("Duda said ... while Brudziński wrote he"), then the first's */
		size_t v = back ? d->finite[si] : finite_before(d, si, j);
		const TlEntity *p = lead_subject(c, si, v, end, &f, &e) ? last_person(d, f, e) : NULL;
		if (p && name_ends(d, p, e))
			return p;
		p = !back && v != d->finite[si] && lead_subject(c, si, d->finite[si], end, &f, &e)
		        ? last_person(d, f, e)
		        : NULL;
		if (p && name_ends(d, p, e))
			return p;
		if (!back && last_person(d, s->first, end))
			return NULL; /* "Speaking to Martin Smith of PBS, he said" */
		if (!back)
			continue;
		p = only_person(d, s->first, end);
		if (p)
			return p;
		if (last_person(d, s->first, end))
			return NULL; /* two people: no guess */
	}
	return NULL;
}

/*
 * When keep[n0..) is a lone subject pronoun, put the name it stands for in
 * its place; the verb that follows it keeps its form ("They say" of a
 * company would read "Exxon say": "they" stands for plural nouns only).
 */
void
tl_sum_name_pronoun(const Ctx *c, GArray *keep, guint n0)
{
	const TlEvDoc *d = c->d;
	if (keep->len != n0 + 1)
		return;
	size_t j = g_array_index(keep, guint32, n0);
	int kind = pron_kind(d, j);
	if (kind == PRON_NONE)
		return;
	/* not a relative clause's ("the role they played") */
	if (j > 0 && tl_evdoc_tok(d, j - 1)->sent == tl_evdoc_tok(d, j)->sent &&
	    nominal(tl_evdoc_tok(d, j - 1)))
		return;
	size_t f, e;
	if (kind == PRON_PERSON) {
		const TlEntity *p = person_for(c, j);
		if (!p)
			return;
		g_array_set_size(keep, n0);
		tl_sum_append_span(c, p->first, p->last, keep);
		return;
	}
	guint32 sj = tl_evdoc_tok(d, j)->sent;
	size_t v = finite_before(d, sj, j);
	/* a reporting or thinking verb's, not a copula's ("the findings is
	 * really that they care") */
	if (v == G_MAXSIZE || strcmp(tl_evdoc_lemma(d, v), "be") == 0)
		return;
	if (!lead_subject(c, sj, v, j, &f, &e) || !complement_subject(c, e, j) ||
	    expletive(d, j))
		return;
	guint8 x = tl_evdoc_tok(d, e - 1)->xpos;
	gboolean plural = x == TL_XPOS_NNS || x == TL_XPOS_NNPS;
	const TlEntity *p = last_person(d, f, e);
	if ((kind == PRON_PLURAL) != plural || (p && name_ends(d, p, e)))
		return; /* "it" of no person, "they" of a plural */
	g_array_set_size(keep, n0);
	tl_sum_append_span(c, f, e, keep);
}
