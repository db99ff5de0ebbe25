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
#include "tl/resource.h"
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
	    (tl_evdoc_tok(d, j - 1)->flags & TL_TOKF_CAP) && (tl_evdoc_tok(d, j + 1)->flags & TL_TOKF_CAP) &&
	    nominal(tl_evdoc_tok(d, j - 1)) && nominal(tl_evdoc_tok(d, j + 1)))
		return TRUE; /* "Jones and Vining", "Canamax Resources and Pacific" */
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
	/* past a ticker in angle brackets: "Nixdorf Computer AG <NIXG.F> said" */
	if (j > s->first + 3 && d->text[tl_evdoc_tok(d, j - 1)->start] == '>') {
		size_t o = j - 1;
		while (o > s->first && o + 4 > j && d->text[tl_evdoc_tok(d, o)->start] != '<')
			o--;
		if (d->text[tl_evdoc_tok(d, o)->start] == '<' && o > s->first)
			j = o;
	}
	size_t a = j;
	while (a > s->first && a + MAX_SUBJECT + 3 > j && subject_word(d, a - 1) && !in_timex(c, a - 1))
		a--;
	if (a == j || (a + 1 == j && tl_evdoc_tok(d, a)->upos == TL_UPOS_DET))
		return FALSE;
	for (size_t k = a; k < j; k++)
		if (tl_evdoc_tok(d, k)->upos == TL_UPOS_PRON || in_timex(c, k))
			return FALSE; /* not "the fourth quarter ended" */
	if (a > s->first && a + MAX_SUBJECT + 3 <= j)
		return FALSE; /* longer than a subject: cut inside one */
	/* after a date that opens the sentence, with no comma: "On Monday
	 * Smith said", "Late last month de Graaf said" */
	size_t o = a;
	if (o > s->first && in_timex(c, o - 1)) {
		while (o > s->first && in_timex(c, o - 1))
			o--;
		if (o > s->first && tl_evdoc_tok(d, o - 1)->upos == TL_UPOS_ADP)
			o--;
		if (o > s->first)
			return FALSE;
	}
	/* opening its clause ("When Heidecker avoids"; "With the acquisition
	 * Salling said" is none) */
	if (o > s->first && !is_punct(tl_evdoc_tok(d, o - 1))) {
		const TlEvTok *p = tl_evdoc_tok(d, o - 1);
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
		/* a report's phrase that says how: "said in a statement it" */
		if (u->upos == TL_UPOS_ADP && k > v && tl_sum_says(d, v) && k + 1 < j) {
			size_t e = k + 1;
			while (e < j && e < k + 8 && nominal(tl_evdoc_tok(d, e)) &&
			       tl_evdoc_tok(d, e)->upos != TL_UPOS_PRON)
				e++;
			if (e > k + 1 && e <= j) {
				k = e - 1;
				continue;
			}
		}
		/* past the recipient of a verb of telling: "told employees it
		 * was reducing" */
		if (k > v && (u->upos == TL_UPOS_NOUN || u->upos == TL_UPOS_PROPN || u->upos == TL_UPOS_DET ||
		              u->upos == TL_UPOS_ADJ || u->xpos == TL_XPOS_PRP)) {
			size_t r = tl_sum_after_recipient(c, k, j + 1);
			if (r == j)
				return TRUE;
		}
		if (u->upos != TL_UPOS_AUX && u->upos != TL_UPOS_VERB && u->upos != TL_UPOS_ADV &&
		    u->upos != TL_UPOS_PART && u->xpos != TL_XPOS_TO && !(u->lex & TL_EVLEX_NEG) &&
		    !(k + 1 == j && strcmp(tl_evdoc_lower(d, k), "that") == 0))
			return FALSE;
	}
	return TRUE;
}

/* Does a report's phrase that says how end right before token j ("said
 * in a statement | it")? */
static gboolean
report_phrase(const TlEvDoc *d, size_t j)
{
	size_t k = j;
	while (k > 0 && k + 8 > j && nominal(tl_evdoc_tok(d, k - 1)) &&
	       tl_evdoc_tok(d, k - 1)->upos != TL_UPOS_PRON)
		k--;
	return k < j && k >= 2 && tl_evdoc_tok(d, k - 1)->upos == TL_UPOS_ADP &&
	       tl_sum_says(d, k - 2);
}

/* An "it" that stands for nothing: "it is anticipated that", "it is
 * likely to", "it seems". */
static gboolean
expletive(const TlEvDoc *d, size_t j)
{
	static const char *const verbs[] = {"seem", "appear", "take", "remain", NULL};
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, tl_evdoc_tok(d, j)->sent);
	gboolean be = FALSE; /* "it is expected to", not "it has agreed to" */
	for (size_t k = j + 1; k < s->last && k < j + 5; k++) {
		const TlEvTok *u = tl_evdoc_tok(d, k);
		if (u->upos == TL_UPOS_VERB && tl_ev_word_in(tl_evdoc_lemma(d, k), verbs))
			return TRUE;
		be = be || strcmp(tl_evdoc_lemma(d, k), "be") == 0;
		if ((u->upos == TL_UPOS_ADJ || u->xpos == TL_XPOS_VBN) && k + 1 < s->last) {
			if (!be)
				return FALSE;
			const char *w = tl_evdoc_lower(d, k + 1);
			return !strcmp(w, "that") || !strcmp(w, "to") || !strcmp(w, "whether") ||
			       !strcmp(w, "if") || !strcmp(w, "for");
		}
		if (u->upos != TL_UPOS_AUX && u->upos != TL_UPOS_ADV && !(u->lex & TL_EVLEX_NEG))
			return FALSE;
	}
	return FALSE;
}

/* Is the word at j one that ends an organisation's name ("Inc", "Corp",
 * "Bank": the kit's names/org-heads.txt)?  company(): does the name end
 * with one, whatever the name finder took it for ("Salomon Brothers Inc"
 * is no person), or is it the short form of a company's named before? */
static gboolean
org_head(const TlEvDoc *d, size_t j)
{
	static gsize once;
	static GHashTable *heads;
	if (g_once_init_enter(&once)) {
		GHashTable *t = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
		g_autoptr(GBytes) b = tl_resource_get("common", "names/org-heads.txt", NULL);
		if (b) {
			g_autofree char *text = g_strndup(g_bytes_get_data(b, NULL), g_bytes_get_size(b));
			g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
			for (char **l = lines; *l; l++)
				if (**l && **l != '#' && !strchr(g_strstrip(*l), ' '))
					g_hash_table_add(t, g_strdup(*l));
		}
		heads = t;
		g_once_init_leave(&once, 1);
	}
	const TlEvTok *u = tl_evdoc_tok(d, j);
	g_autofree char *w = g_strndup(d->text + u->start, u->end - u->start);
	return g_hash_table_contains(heads, w);
}

#define BACK_NAMES 48 /* the names before one that may be its longer form */

/* Does an organisation's name before en (one of the BACK_NAMES nearest)
 * start with all its words ("Jiffy Lube" after "Jiffy Lube International
 * Inc")? */
static gboolean
short_form(const TlEvDoc *d, const TlEntity *en)
{
	size_t n = en->last - en->first, i = (size_t)(en - d->ents);
	if (en->last < d->toks->len && (tl_evdoc_tok(d, en->last)->flags & TL_TOKF_CAP) &&
	    tl_evdoc_tok(d, en->last)->sent == tl_evdoc_tok(d, en->first)->sent)
		return FALSE; /* a name the finder cut: "Pan | Am said" */
	for (size_t k = i; k-- > 0 && k + BACK_NAMES > i;) {
		const TlEntity *o = &d->ents[k];
		if (o->last - o->first <= n || (o->type != TL_ENT_ORGANIZATION && !org_head(d, o->last - 1)))
			continue;
		size_t w = 0;
		for (; w < n; w++) {
			const TlEvTok *x = tl_evdoc_tok(d, en->first + w), *y = tl_evdoc_tok(d, o->first + w);
			if (x->end - x->start != y->end - y->start ||
			    memcmp(d->text + x->start, d->text + y->start, x->end - x->start) != 0)
				break;
		}
		if (w == n)
			return TRUE;
	}
	return FALSE;
}

static gboolean
company(const TlEvDoc *d, const TlEntity *en)
{
	return org_head(d, en->last - 1) || (en->type == TL_ENT_PERSON && short_form(d, en));
}

/* Is the noun phrase [f, e) plural: its head ("the banks"), or two
 * joined by "and" ("Canamax Resources Inc and Pacific Trans-Ocean
 * Resources Ltd")? */
static gboolean
plural_phrase(const TlEvDoc *d, size_t f, size_t e)
{
	guint8 x = tl_evdoc_tok(d, e - 1)->xpos;
	if (x == TL_XPOS_NNS || x == TL_XPOS_NNPS)
		return TRUE;
	for (size_t k = f + 1; k + 1 < e; k++)
		if (strcmp(tl_evdoc_lower(d, k), "and") == 0 && nominal(tl_evdoc_tok(d, k - 1)) &&
		    nominal(tl_evdoc_tok(d, k + 1)) && !tl_sum_in_name(d, k)) {
			/* one company's name when only the last conjunct ends as
			 * one does: "Upland Minerals and Chemicals Corp" */
			gboolean first_org = FALSE;
			for (size_t i = f; i < k && !first_org; i++)
				first_org = org_head(d, i);
			if (first_org || !org_head(d, e - 1))
				return TRUE;
		}
	return FALSE;
}

/* Is en a person's name that "he" (sex 'm') or "she" ('f') may stand
 * for (any person for 0), not a company's? */
static gboolean
person(const TlEvDoc *d, const TlEntity *en, int sex)
{
	if (en->type != TL_ENT_PERSON || company(d, en))
		return FALSE;
	int g = sex ? tl_sum_gender(d, en) : 0;
	return !g || g == sex;
}

/* The last person's name in tokens [a, b) of that sex (any: 0), or NULL. */
static const TlEntity *
last_person(const TlEvDoc *d, size_t a, size_t b, int sex)
{
	const TlEntity *en, *best = NULL;
	size_t k = G_MAXSIZE;
	while ((en = tl_ev_name_in(d, a, b, &k)))
		if (en->last - en->first <= MAX_SUBJECT && person(d, en, sex))
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
only_person(const TlEvDoc *d, size_t a, size_t b, int sex)
{
	const TlEntity *en, *one = NULL;
	size_t k = G_MAXSIZE;
	for (size_t j = a + 1; j < b; j++) {
		size_t kj = tl_evdoc_ent_after(d, j);
		if (tl_evdoc_tok(d, j)->upos == TL_UPOS_PROPN && (kj >= d->n_ents || d->ents[kj].first > j))
			return NULL;
	}
	while ((en = tl_ev_name_in(d, a, b, &k))) {
		if (!person(d, en, sex))
			continue;
		if (one && !same_person(d, one, en))
			return NULL;
		if (!one || en->last - en->first < one->last - one->first)
			one = en; /* the shorter form: "Munk" */
	}
	return one;
}

/*
 * A subject of one proper noun that no name holds ("Guy was a professor",
 * "Gupta was transported": the name finder left the surname alone), the
 * last word of a person's name before it (of the BACK_NAMES nearest,
 * "Richard Kenneth Guy") of that sex: that person, else NULL.
 */
static const TlEntity *
surname_subject(const TlEvDoc *d, size_t f, size_t e, int sex)
{
	if (e != f + 1 || tl_evdoc_tok(d, f)->upos != TL_UPOS_PROPN)
		return NULL;
	size_t i = tl_evdoc_ent_after(d, f);
	if (i < d->n_ents && d->ents[i].first <= f)
		return NULL; /* a name's word: last_person() told it */
	const TlEvTok *w = tl_evdoc_tok(d, f);
	for (size_t k = i; k-- > 0 && k + BACK_NAMES > i;) {
		const TlEntity *en = &d->ents[k];
		const TlEvTok *l = tl_evdoc_tok(d, en->last - 1);
		if (en->last - en->first >= 2 && l->end - l->start == w->end - w->start &&
		    memcmp(d->text + l->start, d->text + w->start, w->end - w->start) == 0)
			return person(d, en, sex) ? en : NULL;
	}
	return NULL;
}

const TlEntity *
tl_sum_person_for(const Ctx *c, size_t j)
{
	const TlEvDoc *d = c->d;
	guint32 sent = tl_evdoc_tok(d, j)->sent;
	/* of the pronoun's sex: a name that says the other is none */
	int sex = strcmp(tl_evdoc_lower(d, j), "she") == 0 ? 'f' : 'm';
	for (guint32 back = 0; back <= BACK_SENTS && back <= sent; back++) {
		guint32 si = sent - back;
		const TlEvSent *s = &g_array_index(d->sents, TlEvSent, si);
		size_t end = back ? s->last : j, f, e;
		/* in its own sentence the subject of the verb nearest before it
		 * ("Duda said ... while Brudziński wrote he"), then the first's */
		size_t v = back ? d->finite[si] : finite_before(d, si, j);
		gboolean led = lead_subject(c, si, v, end, &f, &e);
		const TlEntity *p = led ? last_person(d, f, e, sex) : NULL;
		if (p && name_ends(d, p, e))
			return p;
		p = led && !p ? surname_subject(d, f, e, sex) : NULL;
		if (p)
			return p;
		p = !back && v != d->finite[si] && lead_subject(c, si, d->finite[si], end, &f, &e)
		        ? last_person(d, f, e, sex)
		        : NULL;
		if (p && name_ends(d, p, e))
			return p;
		if (!back && last_person(d, s->first, end, sex))
			return NULL; /* "Speaking to Martin Smith of PBS, he said" */
		if (!back)
			continue;
		p = only_person(d, s->first, end, sex);
		if (p)
			return p;
		if (last_person(d, s->first, end, sex))
			return NULL; /* two people: no guess */
	}
	return NULL;
}

/* Does the word at j open its sentence (past adverbs and conjunctions)? */
static gboolean
opens_sentence(const TlEvDoc *d, size_t j)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, tl_evdoc_tok(d, j)->sent);
	for (size_t k = s->first; k < j; k++)
		if (tl_evdoc_tok(d, k)->upos != TL_UPOS_ADV && tl_evdoc_tok(d, k)->upos != TL_UPOS_CCONJ &&
		    !is_punct(tl_evdoc_tok(d, k)))
			return FALSE;
	return TRUE;
}

/* Does the "it" at j open its sentence, past adverbs, conjunctions and a
 * date ("Earlier this year, it formed")? */
static gboolean
opens_after_date(const Ctx *c, size_t j)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, tl_evdoc_tok(d, j)->sent);
	for (size_t k = tl_sum_text_start(d, tl_evdoc_tok(d, j)->sent); k < j && k >= s->first; k++) {
		const TlEvTok *u = tl_evdoc_tok(d, k);
		if (u->upos != TL_UPOS_ADV && u->upos != TL_UPOS_CCONJ && !is_punct(u) &&
		    !(c->in_timex[k] & TL_EV_TX_ANY) && !(u->upos == TL_UPOS_ADP && k + 1 < j && in_timex(c, k + 1)))
			return FALSE;
	}
	return TRUE;
}

/* The sentence before sentence sent (its index in *sp) and its first finite
 * verb (*v), when there is one and hops are left to go back; else NULL. */
static const TlEvSent *
sentence_before(const TlEvDoc *d, guint32 sent, int hops, guint32 *sp, size_t *v)
{
	if (sent == 0 || hops == 0)
		return NULL;
	*sp = sent - 1;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, *sp);
	*v = d->finite[*sp];
	return *v >= s->first && *v < s->last ? s : NULL;
}

/*
 * "Circle Fine Art Corp said it completed ... Earlier this year, it
 * formed": the company that is the subject of the sentence before sentence
 * sent (of its first finite verb, opening it, one name that ends in "Inc",
 * "Corp", "Bank" ...), through an "it" that opens it in turn (up to `hops`
 * sentences back); none when that sentence names another organisation.
 */
static gboolean
company_before(const Ctx *c, guint32 sent, int hops, size_t *f, size_t *e)
{
	const TlEvDoc *d = c->d;
	guint32 sp;
	size_t v;
	const TlEvSent *s = sentence_before(d, sent, hops, &sp, &v);
	if (!s)
		return FALSE;
	size_t a = tl_sum_text_start(d, sp);
	size_t i = a, w = v;
	while (i < v && strcmp(tl_evdoc_lower(d, i), "it") != 0)
		i++;
	while (w > i + 1 && tl_evdoc_tok(d, w - 1)->upos == TL_UPOS_ADV)
		w--; /* "It also said" */
	gboolean chain = i + 1 == w && i < s->last && opens_after_date(c, i);
	size_t f0 = i, e0 = i + 1; /* the subject: its names are no other company */
	if (!chain) {
		while (a < v && d->text[tl_evdoc_tok(d, a)->start] == '<')
			a++; /* "<Organon International BV> said" */
		if (!lead_subject(c, sp, v, s->last, &f0, &e0) || f0 != a || plural_phrase(d, f0, e0) ||
		    !org_head(d, e0 - 1) || last_person(d, f0, e0, 0))
			return FALSE;
	}
	for (size_t k = tl_evdoc_ent_after(d, s->first); k < d->n_ents && d->ents[k].first < s->last; k++)
		if ((d->ents[k].first < f0 || d->ents[k].first >= e0) &&
		    (d->ents[k].type == TL_ENT_ORGANIZATION || company(d, &d->ents[k])))
			return FALSE; /* another company it could be */
	if (chain)
		return company_before(c, sp, hops - 1, f, e);
	*f = f0, *e = e0;
	return TRUE;
}

/*
 * "Canamax Resources Inc and Pacific Trans-Ocean Resources Ltd said ...
 * They estimated": the plural subject of the sentence before sentence
 * sent (of its first finite verb, a plain noun phrase with no person),
 * through a "they" that opens it in turn (up to `hops` sentences back);
 * none when a report at its end names another plural ("Two World Bank
 * teams are in Manila, bank officials said. They told Reuters").
 */
static gboolean
plural_before(const Ctx *c, guint32 sent, int hops, size_t *f, size_t *e)
{
	const TlEvDoc *d = c->d;
	guint32 sp;
	size_t v;
	const TlEvSent *s = sentence_before(d, sent, hops, &sp, &v);
	if (!s)
		return FALSE;
	size_t a = tl_sum_text_start(d, sp);
	while (a < v && (tl_evdoc_tok(d, a)->upos == TL_UPOS_ADV || tl_evdoc_tok(d, a)->upos == TL_UPOS_CCONJ))
		a++;
	if (a + 1 == v && strcmp(tl_evdoc_lower(d, a), "they") == 0)
		return plural_before(c, sp, hops - 1, f, e);
	if (!lead_subject(c, sp, v, s->last, f, e) || *f != a || !plural_phrase(d, *f, *e) ||
	    last_person(d, *f, *e, 0))
		return FALSE;
	/* the report at its end: "..., bank officials said" */
	for (size_t k = v + 1; k < s->last; k++)
		if (tl_evdoc_tok(d, k)->xpos == TL_XPOS_COMMA && k + 2 < s->last) {
			size_t r = k + 1;
			while (r < s->last && nominal(tl_evdoc_tok(d, r)))
				r++;
			if (r > k + 1 && r < s->last && (tl_evdoc_tok(d, r)->lex & TL_EVLEX_REPORTING) &&
			    plural_phrase(d, k + 1, r))
				return FALSE;
		}
	return TRUE;
}

/* Does token f open sentence sent's text past a dateline that is not in
 * capitals ("Toronto, March 6 - <IBM Canada Ltd>"): names, numbers and
 * commas, then a dash, a bracket at most between? */
static gboolean
after_dateline(const TlEvDoc *d, guint32 sent, size_t f)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, sent);
	if (sent != 0 || f > s->first + 12)
		return FALSE;
	size_t k = f;
	if (k > s->first && tl_sum_angle(d, k - 1))
		k--;
	if (k <= s->first + 2 || strcmp(tl_evdoc_lower(d, k - 1), "-") != 0)
		return FALSE;
	for (size_t j = s->first; j + 1 < k; j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->upos != TL_UPOS_PROPN && u->upos != TL_UPOS_NUM && u->xpos != TL_XPOS_COMMA)
			return FALSE;
	}
	return TRUE;
}

/*
 * "<Organon International BV>, a subsidiary of ..., said it agreed": when
 * the subject of the verb v is no plain phrase right before it, the
 * subject its own headline finds (past an apposition, a bracket, a
 * dateline), if a noun phrase of no pronoun and no person, stands for the
 * pronoun at keep[n0] (of the number the pronoun says).
 */
static void
reporter_subject(const Ctx *c, size_t v, size_t j, int kind, GArray *keep, guint n0)
{
	const TlEvDoc *d = c->d;
	TlEvent rv = {.tok = (guint32)v, .sent = tl_evdoc_tok(d, v)->sent};
	tl_ev_attributes(d, &rv);
	guint32 cf, cl;
	tl_ev_clause(d, v, &cf, &cl);
	g_autoptr(GArray) who = tl_sum_tokens_new();
	tl_sum_subject(c, &rv, cf, who);
	tl_event_clear(&rv);
	if (!who->len || g_array_index(who, guint32, who->len - 1) >= j)
		return;
	/* the sentence's subject, from its start (a bracket or a dateline
	 * before it at most), one noun phrase whose head ends it ("The users
	 * of the product" is no "it") */
	size_t f = g_array_index(who, guint32, 0), e = g_array_index(who, guint32, who->len - 1) + 1;
	if (f > tl_sum_text_start(d, rv.sent) + 1 && !after_dateline(d, rv.sent, f))
		return;
	/* a company's name in angle brackets, as Reuters marks one, is one
	 * name: "<Mitsubishi Motor Sales of America Inc>" */
	gboolean angled = f > 0 && e < d->toks->len && tl_sum_angle(d, f - 1) && tl_sum_angle(d, e);
	for (guint k = 0; k < who->len; k++) {
		const TlEvTok *u = tl_evdoc_tok(d, g_array_index(who, guint32, k));
		gboolean inner = angled || tl_sum_in_name(d, g_array_index(who, guint32, k));
		if (u->upos == TL_UPOS_PRON || (u->upos == TL_UPOS_ADP && !inner) ||
		    (k > 0 && u->upos == TL_UPOS_DET && !inner) ||
		    (k > 0 && g_array_index(who, guint32, k) != g_array_index(who, guint32, k - 1) + 1))
			return;
	}
	const TlEvTok *h = tl_evdoc_tok(d, e - 1);
	gboolean plural = plural_phrase(d, f, e);
	const TlEntity *p = last_person(d, f, e, 0);
	/* (a company's last word the tagger did not read as a noun: "<IBM
	 * Canada Ltd> said it") */
	if ((h->upos != TL_UPOS_NOUN && h->upos != TL_UPOS_PROPN && !org_head(d, e - 1)) ||
	    (kind == PRON_PLURAL) != plural || (p && name_ends(d, p, e)))
		return;
	g_array_set_size(keep, n0);
	g_array_append_vals(keep, who->data, who->len);
}

/* "I" 1, "we" 2, "my" or "our" 3, else 0. */
static int
first_person(const TlEvDoc *d, size_t j)
{
	const char *w = tl_evdoc_lower(d, j);
	if (tl_evdoc_tok(d, j)->xpos == TL_XPOS_PRPS)
		return !strcmp(w, "my") || !strcmp(w, "our") ? 3 : 0;
	if (tl_evdoc_tok(d, j)->upos != TL_UPOS_PRON)
		return 0;
	return !strcmp(w, "i") ? 1 : !strcmp(w, "we") ? 2 : 0;
}

/*
 * May the speaker [f, e) take the place of "I" or "we" at j with the verb
 * after it as it is: "I wanted" is "Blinken wanted", "we will" of a
 * company "Nixdorf will"; not "I understand" (the verb would not agree)
 * nor "we" of a person (it is more than the speaker).
 */
static gboolean
speaker_agrees(const Ctx *c, size_t j, size_t v, int kind, size_t f, size_t e)
{
	static const char *const firsts[] = {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours",
	                                     "ourselves", NULL};
	const TlEvDoc *d = c->d;
	/* "I left Tanzania when I was 16", "I took off my headscarf": the
	 * speaker's own words */
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, tl_evdoc_tok(d, j)->sent);
	for (size_t k = j + 1; k < s->last && k < j + 2 * MAX_OBJECT; k++)
		if ((tl_evdoc_tok(d, k)->upos == TL_UPOS_PRON || tl_evdoc_tok(d, k)->xpos == TL_XPOS_PRPS) &&
		    tl_ev_word_in(tl_evdoc_lower(d, k), firsts))
			return FALSE;
	const TlEvTok *u = tl_evdoc_tok(d, v);
	if (u->flags & TL_TOKF_CLITIC)
		return FALSE; /* "I'd go" is no "Akram Pasha'd go" */
	gboolean past = u->xpos == TL_XPOS_MD || (u->xpos == TL_XPOS_VBD && strcmp(tl_evdoc_lemma(d, v), "be") != 0);
	if (kind == 1)
		return past || strcmp(tl_evdoc_lower(d, v), "was") == 0;
	guint8 h = tl_evdoc_tok(d, e - 1)->xpos;
	if (h == TL_XPOS_NNS || h == TL_XPOS_NNPS)
		return TRUE; /* "the unions are" */
	size_t k = tl_evdoc_ent_after(d, f);
	return past && k < d->n_ents && d->ents[k].first == f && d->ents[k].last == e &&
	       d->ents[k].type == TL_ENT_ORGANIZATION;
}

/* keep[n0..) opens with "I", "we", "my" or "our" (alone for the first two):
 * its speaker in its place when the verb agrees, else the speaker before a
 * colon (*colon, when colon is not NULL: "Blinken: we want to make sure"). */
static void
name_speaker(const Ctx *c, GArray *keep, guint n0, size_t vg, int kind, char **colon)
{
	const TlEvDoc *d = c->d;
	size_t j = g_array_index(keep, guint32, n0), f, e;
	guint tail = n0 + 1; /* "we just": the adverbs after it stay */
	while (tail < keep->len && tl_evdoc_tok(d, g_array_index(keep, guint32, tail))->upos == TL_UPOS_ADV)
		tail++;
	if ((kind == 3) != (tail < keep->len))
		return;
	/* the subject of the verb group at vg, not a word borrowed from
	 * another clause ("I would say that what has happened") */
	size_t v = g_array_index(keep, guint32, keep->len - 1) + 1;
	while (v < d->toks->len && tl_evdoc_tok(d, v)->upos == TL_UPOS_ADV)
		v++;
	while (vg < d->toks->len && tl_evdoc_tok(d, vg)->upos == TL_UPOS_ADV)
		vg++; /* "we just released" */
	if (v != vg || !tl_sum_speaker(c, j, &f, &e))
		return;
	if (kind != 3 && speaker_agrees(c, j, v, kind, f, e)) {
		g_autoptr(GArray) adverbs = tl_sum_tokens_new();
		g_array_append_vals(adverbs, &g_array_index(keep, guint32, n0 + 1), keep->len - n0 - 1);
		g_array_set_size(keep, n0);
		tl_sum_append_span(c, f, e, keep);
		g_array_append_vals(keep, adverbs->data, adverbs->len);
		return;
	}
	if (!colon)
		return;
	g_autoptr(GArray) who = tl_sum_tokens_new();
	tl_sum_append_span(c, f, e, who);
	*colon = tl_sum_render(c->d, who);
}

/*
 * When keep[n0..) is a lone subject pronoun, put the name it stands for in
 * its place; the verb that follows it keeps its form ("They say" of a
 * company would read "Exxon say": "they" stands for plural nouns only).
 * "I" and "we" are their speaker's (name_speaker).
 */
void
tl_sum_name_pronoun(const Ctx *c, GArray *keep, guint n0, size_t vg, char **colon)
{
	const TlEvDoc *d = c->d;
	if (keep->len <= n0)
		return;
	size_t j = g_array_index(keep, guint32, n0);
	int fp = first_person(d, j);
	if (fp) {
		name_speaker(c, keep, n0, vg, fp, colon);
		return;
	}
	if (keep->len > n0 + 1 && pron_kind(d, j) != PRON_NONE) {
		/* "It also said": the adverbs stay after the name */
		for (guint k = n0 + 1; k < keep->len; k++)
			if (tl_evdoc_tok(d, g_array_index(keep, guint32, k))->upos != TL_UPOS_ADV)
				return;
		g_autoptr(GArray) adv = tl_sum_tokens_new();
		g_array_append_vals(adv, &g_array_index(keep, guint32, n0 + 1), keep->len - n0 - 1);
		g_array_set_size(keep, n0 + 1);
		tl_sum_name_pronoun(c, keep, n0, vg, colon);
		g_array_append_vals(keep, adv->data, adv->len);
		return;
	}
	if (keep->len != n0 + 1)
		return;
	int kind = pron_kind(d, j);
	if (kind == PRON_NONE)
		return;
	/* not a relative clause's ("the role they played"; a date's noun,
	 * the "that" of what was said or the phrase that says how it was
	 * said is none: "announced last week it", "said that it", "said in a
	 * statement it") */
	/* (nor the recipient of a verb of telling: "told employees it") */
	size_t r0 = j;
	while (r0 > 0 && r0 + 5 > j && nominal(tl_evdoc_tok(d, r0 - 1)) &&
	       (tl_evdoc_tok(d, r0 - 1)->upos != TL_UPOS_PRON || r0 == j))
		r0--;
	gboolean recipient = r0 < j && tl_sum_after_recipient(c, r0, j + 1) == j;
	if (j > 0 && tl_evdoc_tok(d, j - 1)->sent == tl_evdoc_tok(d, j)->sent &&
	    nominal(tl_evdoc_tok(d, j - 1)) && !(c->in_timex[j - 1] & TL_EV_TX_ANY) &&
	    strcmp(tl_evdoc_lower(d, j - 1), "that") != 0 && !report_phrase(d, j) && !recipient)
		return;
	size_t f, e;
	if (kind == PRON_PERSON) {
		const TlEntity *p = tl_sum_person_for(c, j);
		if (!p)
			return;
		g_array_set_size(keep, n0);
		tl_sum_append_span(c, p->first, p->last, keep);
		return;
	}
	guint32 sj = tl_evdoc_tok(d, j)->sent;
	size_t v = finite_before(d, sj, j);
	if (v == G_MAXSIZE && kind == PRON_PLURAL && opens_sentence(d, j)) {
		size_t f2, e2;
		if (!plural_before(c, sj, 2, &f2, &e2))
			return;
		g_array_set_size(keep, n0);
		tl_sum_append_span(c, f2, e2, keep);
		return;
	}
	if (v == G_MAXSIZE && kind == PRON_THING && opens_after_date(c, j)) {
		size_t f2, e2;
		if (!company_before(c, sj, 3, &f2, &e2))
			return;
		g_array_set_size(keep, n0);
		tl_sum_append_span(c, f2, e2, keep);
		return;
	}
	/* a reporting or thinking verb's, not a copula's ("the findings is
	 * really that they care") */
	if (v == G_MAXSIZE || strcmp(tl_evdoc_lemma(d, v), "be") == 0)
		return;
	if (!complement_subject(c, v, j) || expletive(d, j))
		return;
	if (!lead_subject(c, sj, v, j, &f, &e)) {
		/* "It said it expects", the first "it" the company of the
		 * sentences before */
		size_t i = v, f2, e2;
		while (i > 0 && tl_evdoc_tok(d, i - 1)->upos == TL_UPOS_ADV)
			i--;
		if (kind == PRON_THING && i > 0 && strcmp(tl_evdoc_lower(d, i - 1), "it") == 0 &&
		    opens_after_date(c, i - 1) && company_before(c, sj, 3, &f2, &e2)) {
			g_array_set_size(keep, n0);
			tl_sum_append_span(c, f2, e2, keep);
			return;
		}
		reporter_subject(c, v, j, kind, keep, n0);
		return;
	}
	gboolean plural = plural_phrase(d, f, e);
	const TlEntity *p = last_person(d, f, e, 0);
	if ((kind == PRON_PLURAL) != plural || (p && name_ends(d, p, e)))
		return; /* "it" of no person, "they" of a plural */
	g_array_set_size(keep, n0);
	tl_sum_append_span(c, f, e, keep);
}
