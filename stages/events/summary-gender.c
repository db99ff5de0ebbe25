/*
 * Headlines: the sex a person's name says, so that "he" is not given
 * "Jo Jorgensen" nor "she" "Joe Biden": a title before the name (Mr,
 * Mrs, Ms, Sir, Queen...) or its first name (data/first-names.txt), else
 * those of a longer mention of the same person before it ("Jorgensen"
 * after "Jo Jorgensen").  Nothing is said of a name that tells nothing.
 */
#include "summary.h"

/* first name -> {m or f}; no file: no name tells */
static const char *
listed(const char *name)
{
	static gsize once;
	static GHashTable *table;
	const char *const *v = tl_sum_table_lookup(&table, &once, "first-names.txt", 2, name);
	return v ? v[0] : NULL;
}

/* 'm' or 'f' for a title ("Mr.", "Queen"), else 0. */
static int
title(const TlEvDoc *d, size_t j)
{
	static const char *const men[] = {"mr", "mr.", "sir", "lord", "king", "prince", "duke", NULL};
	static const char *const women[] = {"mrs", "mrs.", "ms", "ms.", "miss", "lady", "queen", "princess",
	                                    "dame", "duchess", "madam", NULL};
	const char *w = tl_evdoc_lower(d, j);
	return tl_ev_word_in(w, men) ? 'm' : tl_ev_word_in(w, women) ? 'f' : 0;
}

/* The sex the words of name en (or the title before it) say, or 0. */
static int
said_by(const TlEvDoc *d, const TlEntity *en)
{
	int t = en->first > 0 ? title(d, en->first - 1) : 0;
	if (!t)
		t = title(d, en->first);
	if (t || en->last - en->first < 2)
		return t;
	const TlEvTok *u = tl_evdoc_tok(d, en->first);
	g_autofree char *w = g_strndup(d->text + u->start, u->end - u->start);
	const char *s = listed(w);
	return s ? s[0] : 0;
}

int
tl_sum_gender(const TlEvDoc *d, const TlEntity *p)
{
	int sex = said_by(d, p);
	if (sex)
		return sex;
	/* the longer mentions before it of its last word, when they agree:
	 * "Cummings" after "Elijah Cummings" and "Ruth Elma Cummings" says
	 * nothing */
	const TlEvTok *lp = tl_evdoc_tok(d, p->last - 1);
	size_t k = (size_t)(p - d->ents);
	for (size_t n = 0; k > 0 && n < 200; k--, n++) {
		const TlEntity *en = &d->ents[k - 1];
		const TlEvTok *le = tl_evdoc_tok(d, en->last - 1);
		if (en->type != TL_ENT_PERSON || en->last - en->first <= p->last - p->first ||
		    le->end - le->start != lp->end - lp->start ||
		    memcmp(d->text + le->start, d->text + lp->start, lp->end - lp->start) != 0)
			continue;
		int g = said_by(d, en);
		if (!g || (sex && g != sex))
			return 0;
		sex = g;
	}
	return sex;
}
