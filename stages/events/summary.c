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
#include <math.h>
#include <string.h>
#include "tl/resource.h"
#include "events.h"

#define MAX_SUBJECT 6
#define MAX_OBJECT 9
#define MAX_ADJUNCT 6 /* at most, the words after a participle told with its verb */
#define NEAR 24       /* the words either side that a rule looks at, so that a long sentence costs no more */
/* a noun that takes an infinitive of its own ("efforts to", "plans to",
 * "a decision to"): an event noun, or the noun of an intending verb */
#define INF_NOUN (TL_EVLEX_NOUN | TL_EVLEX_I_ACTION | TL_EVLEX_I_STATE)

typedef struct {
	const TlEvDoc *d;
	const TlEvTimex *tx;
	size_t n_tx;
	const guint8 *in_timex; /* per token of the document: inside a dating timex */
	size_t first;
	gboolean *told;   /* set when the event's headline told its adjunct */
	size_t reach;     /* when not 0: the object runs at least to this token (a complement) */
	gboolean *clause; /* set when a noun's headline was told as a clause */
} Ctx;

static gboolean
in_timex(const Ctx *c, size_t j)
{
	return j < c->d->toks->len && (c->in_timex[j] & TL_EV_TX_DATING);
}

static gboolean
is_punct(const TlEvTok *u)
{
	return u->upos == TL_UPOS_PUNCT || u->kind == TL_TOK_PUNCT;
}

/* A word that may not end a headline. */
static gboolean
dangling(const TlEvTok *u)
{
	switch (u->upos) {
	case TL_UPOS_ADP:
	case TL_UPOS_DET:
	case TL_UPOS_CCONJ:
	case TL_UPOS_SCONJ:
	case TL_UPOS_PART:
	case TL_UPOS_PUNCT:
	case TL_UPOS_AUX:
	case TL_UPOS_ADJ:
		return TRUE;
	default:
		return u->xpos == TL_XPOS_PRPS || u->xpos == TL_XPOS_POS || u->xpos == TL_XPOS_WDT ||
		       u->xpos == TL_XPOS_HYPH || u->xpos == TL_XPOS_TO || u->xpos == TL_XPOS_WP ||
		       u->xpos == TL_XPOS_WRB;
	}
}

/* An adverb that says how near a time is ("at about 3 a.m."). */
static gboolean
approximator(const TlEvDoc *d, size_t j)
{
	static const char *const words[] = {"about", "around", "approximately", "nearly", "almost", "roughly",
	                                    "just", "shortly", "exactly", "precisely", "only", NULL};
	return tl_evdoc_tok(d, j)->upos == TL_UPOS_ADV && tl_ev_word_in(tl_evdoc_lower(d, j), words);
}

/* Append tokens [a, b) but timexes and the preposition before one. */
static void
append_span(const Ctx *c, size_t a, size_t b, GArray *keep)
{
	/* gathered here and appended in one call: one per token cost more than
	 * the tests */
	guint32 buf[64];
	guint n = 0;
	for (size_t j = a; j < b; j++) {
		if (in_timex(c, j))
			continue;
		const TlEvTok *u = tl_evdoc_tok(c->d, j);
		if (u->upos == TL_UPOS_ADP && j + 1 < b && in_timex(c, j + 1))
			continue;
		/* "at about 3 a.m.": the preposition and the adverb of a time */
		if (j + 1 < b && in_timex(c, j + 1) && approximator(c->d, j))
			continue;
		if (u->upos == TL_UPOS_ADP && j + 2 < b && in_timex(c, j + 2) && approximator(c->d, j + 1))
			continue;
		if ((u->flags & TL_TOKF_CLITIC) && j > 0 && in_timex(c, j - 1))
			continue; /* "Thursday's accident" is "accident" */
		if (is_punct(u) && (keep->len + n == 0 || j + 1 == b))
			continue;
		/* the comma that closes a date left out goes with it */
		if (u->xpos == TL_XPOS_COMMA && j > a && in_timex(c, j - 1))
			continue;
		if (n == G_N_ELEMENTS(buf)) {
			g_array_append_vals(keep, buf, n);
			n = 0;
		}
		buf[n++] = (guint32)j;
	}
	g_array_append_vals(keep, buf, n);
}

/* A pronoun that is only ever a subject ("I", "he", "they"): at the end of
 * a headline it is the start of the next clause ("Trump said he"). */
static gboolean
nominative(const TlEvDoc *d, size_t j)
{
	static const char *const subj[] = {"i", "he", "she", "we", "they", NULL};
	return tl_evdoc_tok(d, j)->upos == TL_UPOS_PRON && tl_ev_word_in(tl_evdoc_lower(d, j), subj);
}

static gboolean prenominal(const TlEvDoc *d, size_t j);

static void
trim_tail(const TlEvDoc *d, GArray *keep)
{
	while (keep->len > 0) {
		guint32 j = g_array_index(keep, guint32, keep->len - 1);
		const TlEvTok *u = tl_evdoc_tok(d, j);
		/* a cut inside a compound or a name: drop its front part too */
		gboolean cut_np = (u->upos == TL_UPOS_NOUN || u->upos == TL_UPOS_PROPN) &&
		                  j + 1 < d->toks->len &&
		                  tl_evdoc_tok(d, j + 1)->upos == u->upos &&
		                  tl_evdoc_tok(d, j + 1)->sent == u->sent && keep->len > 3;
		/* "leaving thousands homeless.": an adjective after its noun,
		 * ending the clause, is a complement, not the front of a cut
		 * noun phrase */
		gboolean complement = u->upos == TL_UPOS_ADJ && keep->len > 1 &&
		                      (j + 1 >= d->toks->len || tl_evdoc_tok(d, j + 1)->sent != u->sent ||
		                       is_punct(tl_evdoc_tok(d, j + 1)));
		if (complement) {
			/* or of a copula: "The explosion was (very) loud" */
			guint k = keep->len - 2;
			const TlEvTok *p = tl_evdoc_tok(d, g_array_index(keep, guint32, k));
			if (p->upos == TL_UPOS_ADV && k > 0)
				p = tl_evdoc_tok(d, g_array_index(keep, guint32, k - 1));
			complement = p->upos == TL_UPOS_NOUN || p->upos == TL_UPOS_PRON ||
			             p->upos == TL_UPOS_PROPN || p->upos == TL_UPOS_NUM || p->upos == TL_UPOS_AUX;
		}
		/* "beyond the existing": a participle before its noun */
		gboolean cut_participle = keep->len > 3 && prenominal(d, j) &&
		                          tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_NOUN;
		if ((!dangling(u) || complement) && !cut_np && !nominative(d, j) && !cut_participle)
			break;
		g_array_set_size(keep, keep->len - 1);
	}
}

static char *
render(const TlEvDoc *d, const GArray *keep)
{
	GString *s = g_string_new(NULL);
	guint k0 = 0;
	/* "Monday's bid" with its date left out, "let's": no headline starts
	 * with the clitic */
	while (k0 + 1 < keep->len &&
	       (tl_evdoc_tok(d, g_array_index(keep, guint32, k0))->flags & TL_TOKF_CLITIC))
		k0++;
	for (guint k = k0; k < keep->len; k++) {
		guint32 j = g_array_index(keep, guint32, k);
		const TlEvTok *u = tl_evdoc_tok(d, j);
		gboolean space = k > k0 && (u->flags & TL_TOKF_SPACE_BEFORE ||
		                            g_array_index(keep, guint32, k - 1) + 1 != j);
		if (k > k0 && (u->flags & TL_TOKF_CLITIC))
			space = FALSE;
		if (space)
			g_string_append_c(s, ' ');
		size_t at = s->len;
		for (guint32 b = u->start; b < u->end; b++)
			g_string_append_c(s, d->text[b] == '\n' || d->text[b] == '\t' ? ' ' : d->text[b]);
		/* "Started in 2004, CentOS has" told as "CentOS started" */
		if (k > k0 && j == g_array_index(d->sents, TlEvSent, u->sent).first &&
		    u->upos != TL_UPOS_PROPN && u->xpos != TL_XPOS_PRP && at + 1 < s->len &&
		    g_ascii_isupper(s->str[at]) && g_ascii_islower(s->str[at + 1]))
			s->str[at] = g_ascii_tolower(s->str[at]);
	}
	if (s->len && g_ascii_islower(s->str[0]))
		s->str[0] = g_ascii_toupper(s->str[0]);
	return g_string_free(s, FALSE);
}

/* A word of a plain noun phrase ("The Senate Minority Leader", "67"). */
static gboolean
nominal(const TlEvTok *u)
{
	return u->upos == TL_UPOS_DET || u->upos == TL_UPOS_ADJ || u->upos == TL_UPOS_NOUN ||
	       u->upos == TL_UPOS_PROPN || u->upos == TL_UPOS_PRON || u->upos == TL_UPOS_NUM ||
	       u->xpos == TL_XPOS_POS || u->xpos == TL_XPOS_HYPH;
}

/* A participle inside a noun phrase, before its noun: "the injured
 * teenagers", "of pioneering oceanographer Walter Munk" (not "a helicopter
 * carrying retired player Kobe Bryant"). */
static gboolean
prenominal(const TlEvDoc *d, size_t j)
{
	const TlEvTok *u = tl_evdoc_tok(d, j);
	if ((u->xpos != TL_XPOS_VBN && u->xpos != TL_XPOS_VBG) || j == 0 || j + 1 >= d->toks->len)
		return FALSE;
	const TlEvTok *v = tl_evdoc_tok(d, j + 1), *p = tl_evdoc_tok(d, j - 1);
	return v->sent == u->sent && (v->upos == TL_UPOS_NOUN || v->upos == TL_UPOS_ADJ) &&
	       (p->upos == TL_UPOS_DET || p->upos == TL_UPOS_ADJ || p->upos == TL_UPOS_ADP ||
	        p->xpos == TL_XPOS_PRPS || p->xpos == TL_XPOS_POS || p->sent != u->sent);
}

/* A date before a noun of its phrase: "the Sunday trade ban". */
static gboolean
np_date(const Ctx *c, size_t j)
{
	const TlEvDoc *d = c->d;
	if (!in_timex(c, j) || j + 1 >= d->toks->len)
		return FALSE;
	const TlEvTok *v = tl_evdoc_tok(d, j + 1);
	return v->sent == tl_evdoc_tok(d, j)->sent &&
	       (in_timex(c, j + 1) || v->upos == TL_UPOS_NOUN || v->upos == TL_UPOS_ADJ);
}

/*
 * The end of the noun phrase that a clause starting at token cf has as its
 * subject across an apposition ("The princess, 67, announced"): from the
 * sentence's start at `first` (past an opening adverbial: a timex, an
 * adverb, a conjunction, commas), a noun phrase of at most MAX_SUBJECT words,
 * a comma, the apposition, a comma, then cf.  G_MAXSIZE if the clause does
 * not start so.
 */
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
	size_t q = p;
	while (q < cf && q <= p + MAX_SUBJECT && (!in_timex(c, q) || (q > p && np_date(c, q))) &&
	       (nominal(tl_evdoc_tok(d, q)) || prenominal(d, q) || np_date(c, q) ||
	        /* "The opinion of the Court, released on Wednesday, read" */
	        (q > p && q + 1 < cf && strcmp(tl_evdoc_lower(d, q), "of") == 0 &&
	         nominal(tl_evdoc_tok(d, q + 1)))))
		q++;
	/* not a coordinated clause ("left meat, fish and ..., and forced") */
	if (q == p || q - p > MAX_SUBJECT || q + 2 >= cf || tl_evdoc_tok(d, q)->xpos != TL_XPOS_COMMA ||
	    tl_evdoc_tok(d, cf - 1)->xpos != TL_XPOS_COMMA || tl_evdoc_tok(d, cf)->upos == TL_UPOS_CCONJ)
		return G_MAXSIZE;
	/* the apposition: a noun phrase ("Chuck Schumer", "67"), a participle
	 * phrase ("fearing unrest"), an adverb ("however"), a relative clause
	 * ("who served as President") or "they said"; no clause of its own
	 * else */
	if (cf - q > 14)
		return G_MAXSIZE;
	const TlEvTok *h = tl_evdoc_tok(d, q + 1);
	gboolean relative = h->xpos == TL_XPOS_WP || h->xpos == TL_XPOS_WDT;
	if (!relative && !nominal(h) && h->xpos != TL_XPOS_VBG && h->xpos != TL_XPOS_VBN &&
	    h->upos != TL_UPOS_ADV && h->upos != TL_UPOS_ADP)
		return G_MAXSIZE; /* an aside may be a phrase of a preposition: "as of Sunday" */
	for (size_t j = q + 1; j + 1 < cf; j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		/* a finite verb makes a clause of its own, but for a relative
		 * one and a parenthetical "they said" */
		if (!relative && tl_ev_finite_xpos(u->xpos) && strcmp(tl_evdoc_lemma(d, j), "say") != 0)
			return G_MAXSIZE;
	}
	return q;
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
		       (nominal(tl_evdoc_tok(d, j - 1)) || prenominal(d, j - 1) || np_date(c, j - 1) ||
		        (j - 1 > a && j < b && strcmp(tl_evdoc_lower(d, j - 1), "of") == 0 &&
		         nominal(tl_evdoc_tok(d, j - 2)))))
			j--, n++;
		return n && n <= MAX_SUBJECT + 2 && (j == a || !nominal(tl_evdoc_tok(d, j - 1))) ? j
		                                                                           : G_MAXSIZE;
	}
	size_t j = a;
	while (j < b && n < MAX_SUBJECT && !in_timex(c, j) &&
	       (nominal(tl_evdoc_tok(d, j)) || prenominal(d, j)))
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
		append_span(c, p, cf - 1, keep);
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
	append_span(c, pl + 1, e, keep);
	return TRUE;
}

/* The subject of the sentence's first finite verb, else its first name,
 * before token cf: for a verb whose own subject is out of reach. */
static void
sentence_subject(const Ctx *c, const TlEvent *ev, size_t cf, GArray *keep)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	size_t j = d->finite[ev->sent]; /* its first finite verb */
	if (j < cf) {
		size_t f = j;
		while (f > s->first && f + MAX_SUBJECT > j) {
			const TlEvTok *p = tl_evdoc_tok(d, f - 1);
			if ((p->upos != TL_UPOS_NOUN && p->upos != TL_UPOS_PROPN && p->upos != TL_UPOS_PRON &&
			     p->upos != TL_UPOS_DET && p->upos != TL_UPOS_ADJ && p->xpos != TL_XPOS_POS) ||
			    p->xpos == TL_XPOS_WP || p->xpos == TL_XPOS_WDT)
				break;
			f--;
		}
		if (f < j && (tl_evdoc_tok(d, f)->upos != TL_UPOS_DET || f + 1 < j)) {
			append_span(c, f, j, keep);
			return;
		}
	}
	size_t k = G_MAXSIZE;
	const TlEntity *en = tl_ev_name_in(d, s->first, cf, &k);
	if (en)
		for (guint32 t = en->first; t < en->last; t++)
			g_array_append_val(keep, t);
}

/* Is there a verb or an auxiliary in tokens [a, b) (not a participle
 * before its noun, "a combined lawsuit")? */
static gboolean
verb_in(const TlEvDoc *d, size_t a, size_t b)
{
	for (size_t j = a; j < b; j++)
		if ((tl_evdoc_tok(d, j)->upos == TL_UPOS_VERB && !prenominal(d, j)) ||
		    tl_evdoc_tok(d, j)->upos == TL_UPOS_AUX)
			return TRUE;
	return FALSE;
}

/* Is there an auxiliary or a finite verb in tokens [a, b)? */
static gboolean
finite_in(const TlEvDoc *d, size_t a, size_t b)
{
	for (size_t j = a; j < b; j++)
		if (tl_evdoc_tok(d, j)->upos == TL_UPOS_AUX || tl_ev_finite_xpos(tl_evdoc_tok(d, j)->xpos))
			return TRUE;
	return FALSE;
}

/* Does the noun phrase that ends with token `noun` open its clause, as a
 * subject does (not "as president to help", "after immigration to start")?
 * No verb before it from cf, and nothing but a comma, a conjunction or the
 * sentence's start before the phrase. */
static gboolean
opens_clause(const TlEvDoc *d, size_t cf, size_t noun)
{
	if (verb_in(d, cf, noun))
		return FALSE;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, tl_evdoc_tok(d, noun)->sent);
	size_t p = noun;
	while (p > s->first && (nominal(tl_evdoc_tok(d, p - 1)) || prenominal(d, p - 1)))
		p--;
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
	while (ai > 0 && in_timex(c, ai) && tl_evdoc_tok(d, ai - 1)->sent == tl_evdoc_tok(d, ai)->sent)
		ai--;
	const TlEvTok *rp = tl_evdoc_tok(d, cf - 1), *an = tl_evdoc_tok(d, ai);
	if ((rp->xpos != TL_XPOS_WDT && rp->xpos != TL_XPOS_WP) ||
	    (an->upos != TL_UPOS_NOUN && an->upos != TL_UPOS_PROPN) || an->sent != rp->sent)
		return FALSE;
	size_t e = ai + 1, f = ai;
	while (f > 0 && f + 4 > e && tl_evdoc_tok(d, f - 1)->sent == an->sent) {
		const TlEvTok *u = tl_evdoc_tok(d, f - 1);
		if (u->upos != TL_UPOS_ADJ && u->upos != TL_UPOS_NOUN && u->upos != TL_UPOS_PROPN &&
		    u->upos != TL_UPOS_NUM && u->xpos != TL_XPOS_HYPH)
			break;
		f--;
	}
	append_span(c, f, e, keep);
	return TRUE;
}

/* The first word of a subject in tokens [a, b): past conjunctions,
 * adverbs, relative words, punctuation and dates. */
static size_t
subject_front(const Ctx *c, size_t a, size_t b)
{
	const TlEvDoc *d = c->d;
	while (a < b) {
		const TlEvTok *u = tl_evdoc_tok(d, a);
		if (u->upos == TL_UPOS_CCONJ || u->upos == TL_UPOS_SCONJ || u->upos == TL_UPOS_ADV ||
		    (u->lex & TL_EVLEX_SUBORD) || u->xpos == TL_XPOS_WDT || u->xpos == TL_XPOS_WP ||
		    u->xpos == TL_XPOS_WRB || is_punct(u) || in_timex(c, a) ||
		    (u->upos == TL_UPOS_ADP && a + 1 < b && in_timex(c, a + 1)))
			a++;
		else
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
	const TlEntity *p1 = place_before(d, p2->first - 1);
	if (!p1)
		return cf;
	guint32 f1, l1;
	tl_ev_clause(d, p1->first, &f1, &l1);
	return f1 < p1->first ? f1 : cf;
}

/* Subject: the end of the clause before the verb group, trimmed at its front. */
static void
subject(const Ctx *c, const TlEvent *ev, size_t cf, GArray *keep)
{
	const TlEvDoc *d = c->d;
	cf = place_clause(d, cf, ev->vg_first);
	size_t a = subject_front(c, cf, ev->vg_first), b = ev->vg_first;
	/* "A helicopter under contract to PG&E (the utility) on Tuesday
	 * struck": the clause before a bracketed aside */
	if (a >= b && cf > 1 && tl_evdoc_tok(d, cf - 1)->end - tl_evdoc_tok(d, cf - 1)->start == 1 &&
	    d->text[tl_evdoc_tok(d, cf - 1)->start] == ')') {
		const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
		size_t p = cf - 1;
		while (p > s->first && d->text[tl_evdoc_tok(d, p)->start] != '(')
			p--;
		if (p > s->first && d->text[tl_evdoc_tok(d, p)->start] == '(') {
			guint32 f2, l2;
			tl_ev_clause(d, p - 1, &f2, &l2);
			if (f2 < p && !verb_in(d, f2, p) &&
			    (f2 == s->first || tl_evdoc_tok(d, f2 - 1)->xpos == TL_XPOS_COMMA)) {
				cf = f2;
				a = subject_front(c, f2, p), b = p;
			}
		}
	}
	if (a >= b && antecedent(c, cf, keep))
		return;
	/* a subject cut off by a comma ("He stressed ..., adding that") borrows
	 * the subject of the sentence's first finite verb, else its first name */
	/* a participle clause ("adding that...") reads best alone; a
	 * progressive borrows a subject only when coordinated ("He was
	 * employed ... and was hearing impaired"): else its own clause's is
	 * elsewhere ("who ... are walking", "what's going on") */
	if (a >= b && tl_evdoc_tok(d, ev->tok)->xpos == TL_XPOS_VBG &&
	    (ev->vg_first == ev->tok || ev->vg_first == 0 ||
	     tl_evdoc_tok(d, ev->vg_first - 1)->upos != TL_UPOS_CCONJ))
		return;
	if (a >= b && bare_participle_subject(c, ev, cf, keep))
		return;
	if (a >= b) {
		const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
		/* "The princess, 67, announced", "The Senate Minority Leader,
		 * Chuck Schumer, said": the noun phrase before an apposition */
		size_t q = appositive_head(c, s->first, cf);
		if (q != G_MAXSIZE) {
			size_t p = s->first;
			while (p < q && !nominal(tl_evdoc_tok(d, p)))
				p++;
			/* a name in apposition to a title tells more: "The prime
			 * minister, Boris Johnson, tweeted" (not "Hosni Mubarak,
			 * the former President, died") */
			size_t k = G_MAXSIZE, k2 = G_MAXSIZE;
			const TlEntity *mid = tl_ev_name_in(d, q + 1, cf - 1, &k2);
			if (!tl_ev_name_in(d, p, q, &k) && mid && (mid->first <= q + 3 || mid->last + 1 == cf) &&
			    mid->last - mid->first <= MAX_SUBJECT) {
				append_span(c, mid->first, mid->last, keep);
				return;
			}
			append_span(c, p, q, keep);
			return;
		}
		sentence_subject(c, ev, cf, keep);
		return;
	}
	/* a subject holds no verb: "Blinken said the US has seen" */
	size_t a0 = a, verb = G_MAXSIZE;
	for (size_t j = b; j > a; j--)
		if (tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_VERB && !prenominal(d, j - 1) &&
		    /* but a noun's infinitive: "the vote to remove him also failed" */
		    !(j >= a + 3 && tl_evdoc_tok(d, j - 2)->xpos == TL_XPOS_TO &&
		      tl_evdoc_tok(d, j - 3)->upos == TL_UPOS_NOUN && opens_clause(d, cf, j - 3))) {
			a = j, verb = j - 1;
			break;
		}
	/* "police arrived and shot him", "the US has seen and approved": a
	 * verb coordinated with the one before shares its subject, the words
	 * before that one's verb group (not "And shot him") */
	size_t k = b;
	while (verb != G_MAXSIZE && k > a &&
	       (tl_evdoc_tok(d, k - 1)->upos == TL_UPOS_ADV || is_punct(tl_evdoc_tok(d, k - 1))))
		k--;
	if (verb != G_MAXSIZE && k > a && tl_evdoc_tok(d, k - 1)->upos == TL_UPOS_CCONJ) {
		size_t e = verb;
		while (e > a0 && (tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_AUX ||
		                  tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_ADV ||
		                  (tl_evdoc_tok(d, e - 1)->lex & TL_EVLEX_NEG)))
			e--;
		size_t f = e;
		while (f > a0 && tl_evdoc_tok(d, f - 1)->upos != TL_UPOS_VERB)
			f--;
		a = f, b = e;
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
				subject(c, &first, f2, keep);
			}
			tl_event_clear(&first);
			if (earlier)
				return;
		}
	}
	/* "died and 35 were rescued": the clause after the conjunction */
	while (a < b && (tl_evdoc_tok(d, a)->upos == TL_UPOS_CCONJ || is_punct(tl_evdoc_tok(d, a))))
		a++;
	/* a subject starts with no preposition: "in this study we find" is
	 * "we find", "in findings published" "findings published" */
	if (a + 1 < b && tl_evdoc_tok(d, a)->upos == TL_UPOS_ADP) {
		/* not a quantity: "at least one business", "over a thousand" */
		const TlEvTok *n1 = tl_evdoc_tok(d, a + 1);
		gboolean amount = n1->upos == TL_UPOS_ADJ || n1->upos == TL_UPOS_ADV || n1->upos == TL_UPOS_NUM ||
		                  (a + 2 < b && tl_evdoc_tok(d, a + 2)->upos == TL_UPOS_NUM);
		size_t p = a + 1;
		while (p < b && tl_evdoc_tok(d, p)->xpos != TL_XPOS_PRP &&
		       !(tl_evdoc_tok(d, p)->upos == TL_UPOS_PROPN && tl_evdoc_tok(d, p - 1)->upos == TL_UPOS_NOUN))
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
	gboolean tail_only = before > a && nominative(d, before - 1);
	/* nor when what comes before is no noun phrase that ends at the verb
	 * ("evidence of attempts to influence and arguably interfere") */
	if (before > a && !nominal(tl_evdoc_tok(d, before - 1)))
		tail_only = TRUE;
	/* nor across a verb of its own ("Australia has a lot of ethnic
	 * minorities speaking") */
	if (!tail_only)
		tail_only = finite_in(d, a, before);
	if (b - a > MAX_SUBJECT && !tail_only) {
		/* a person's name ends a title before it: "Johns Hopkins Center
		 * for Health Security medical anthropologist Monica Schoch-Spana
		 * told" (not "The death of oceanographer Walter Munk") */
		size_t kp = G_MAXSIZE, e = a;
		const TlEntity *en;
		while (e < b && nominal(tl_evdoc_tok(d, e)))
			e++;
		if (strcmp(tl_evdoc_lower(d, e), "of") != 0 && !verb_in(d, a, b))
			while ((en = tl_ev_name_in(d, a, b, &kp)))
				if (en->last == b && en->type == TL_ENT_PERSON &&
				    en->last - en->first <= MAX_SUBJECT) {
					append_span(c, en->first, en->last, keep);
					return;
				}
	}
	if (b - a > MAX_SUBJECT && !tail_only) {
		/* its head comes first: "The death of pioneering oceanographer
		 * Walter Munk was announced" is not "Walter Munk was announced";
		 * the first noun phrase, with an "of" phrase when short */
		size_t e = a;
		while (e < b && (nominal(tl_evdoc_tok(d, e)) || prenominal(d, e)) &&
		       tl_evdoc_tok(d, e)->upos != TL_UPOS_PRON)
			e++;
		if (e > a && e - a <= MAX_SUBJECT && e < b && tl_evdoc_tok(d, e)->upos != TL_UPOS_VERB) {
			size_t f = e;
			if (strcmp(tl_evdoc_lower(d, e), "of") == 0) {
				f = e + 1;
				while (f < b && (nominal(tl_evdoc_tok(d, f)) || prenominal(d, f)))
					f++;
				if (f == e + 1 || f - a > MAX_SUBJECT + 3)
					f = G_MAXSIZE; /* "A total of at least 1,991 delegates" */
			}
			/* a name runs to its end */
			size_t kn = f == G_MAXSIZE ? d->n_ents : tl_evdoc_ent_after(d, f);
			if (kn < d->n_ents && d->ents[kn].first < f && d->ents[kn].last <= b)
				f = d->ents[kn].last;
			if (f != G_MAXSIZE && f - a <= MAX_SUBJECT + 3) {
				append_span(c, a, f, keep);
				return;
			}
		}
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
		a = b - MAX_SUBJECT;
		/* start at a phrase's beginning when one is near */
		for (size_t j = a; j < b; j++)
			if (tl_evdoc_tok(d, j)->upos == TL_UPOS_DET || tl_evdoc_tok(d, j)->upos == TL_UPOS_PROPN) {
				a = j;
				break;
			}
	}
	append_span(c, a, b, keep);
}

/* Is token j inside a name (not at its ends)? */
static gboolean
in_name(const TlEvDoc *d, size_t j)
{
	size_t k = tl_evdoc_ent_after(d, j);
	return k < d->n_ents && d->ents[k].first < j && d->ents[k].last > j + 1;
}

/* The "both" of "both ... and" ("either ... or", "neither ... nor",
 * "between ... and") whose conjunction is at j, within four words before it
 * and not before lo; G_MAXSIZE when there is none. */
static size_t
paired_conj(const TlEvDoc *d, size_t j, size_t lo)
{
	static const char *const firsts[] = {"both", "either", "neither", "between", NULL};
	for (size_t k = j; k > lo && k + 5 > j; k--)
		if (tl_ev_word_in(tl_evdoc_lower(d, k - 1), firsts))
			return k - 1;
	return G_MAXSIZE;
}

/*
 * An object cut before its clause ends (at `end`) ends on a whole phrase:
 * an infinitive cut at its verb takes its object ("urged the government to
 * move quickly to lift costly regulation"); else no clause is left open at
 * the cut: not a conjunction or a subordinator near the end ("expects
 * growth to be under two pct but some analysts", "was flying to Moscow
 * when"), nor a participle or a verb that has lost its noun or its object
 * ("of its wholly owned", "at a house he had").
 */
static size_t
cut_back(const Ctx *c, const TlEvent *ev, size_t end, size_t cl, gboolean natural)
{
	const TlEvDoc *d = c->d;
	size_t lo = ev->tok + 2;
	if (c->reach > lo && c->reach < end)
		lo = c->reach; /* a complement told by this verb stays */
	/* where the object would end with a compound cut inside made whole,
	 * and whether a phrase is still open there */
	size_t ext = end;
	while (ext < cl && ext < end + 2 && tl_evdoc_tok(d, ext)->upos == TL_UPOS_NOUN &&
	       (tl_evdoc_tok(d, ext - 1)->upos == TL_UPOS_NOUN || tl_evdoc_tok(d, ext - 1)->upos == TL_UPOS_ADJ))
		ext++;
	guint8 nx0 = ext < cl ? tl_evdoc_tok(d, ext)->upos : TL_UPOS_PUNCT;
	gboolean open = nx0 == TL_UPOS_NOUN || nx0 == TL_UPOS_PROPN || nx0 == TL_UPOS_ADJ || nx0 == TL_UPOS_NUM ||
	                nx0 == TL_UPOS_VERB || nx0 == TL_UPOS_AUX ||
	                (nx0 == TL_UPOS_DET && strcmp(tl_evdoc_lower(d, ext), "that") != 0) ||
	                (ext < cl && (tl_evdoc_tok(d, ext)->xpos == TL_XPOS_PRPS || tl_evdoc_tok(d, ext)->xpos == TL_XPOS_PRP)) ||
	                (ext < cl && tl_evdoc_tok(d, ext)->xpos == TL_XPOS_POS);
	/* a clause after a relative word is open before its object: "where we
	 * discussed | what" */
	gboolean open_rel = open || (ext < cl && (tl_evdoc_tok(d, ext)->xpos == TL_XPOS_WP ||
	                                          tl_evdoc_tok(d, ext)->xpos == TL_XPOS_WDT));
	for (size_t j = end; j > lo && j + 3 > end; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (u->upos == TL_UPOS_CCONJ) {
			/* a conjunct that ends where the object does is whole
			 * ("debt and unfunded pension liabilities,"); so is a
			 * name's "and" ("Procter and Gamble") or numbers' */
			gboolean head = FALSE; /* not "and just", "and meanwhile" */
			for (size_t k = j; k < ext && !head; k++) {
				guint8 w = tl_evdoc_tok(d, k)->upos;
				head = w == TL_UPOS_NOUN || w == TL_UPOS_PROPN || w == TL_UPOS_NUM || w == TL_UPOS_PRON ||
				       w == TL_UPOS_VERB;
			}
			if ((!open && head) || in_name(d, j - 1) ||
			    (tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_PROPN &&
			     g_ascii_isupper(d->text[tl_evdoc_tok(d, j)->start])) ||
			    (tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_NUM && tl_evdoc_tok(d, j)->upos == TL_UPOS_NUM))
				continue;
			/* "between the Northern and Jubilee |": before "between" */
			size_t p = paired_conj(d, j - 1, lo);
			return p != G_MAXSIZE ? p : j - 1;
		}
		/* a subordinator or relative word whose clause has no verb yet */
		if (((u->upos == TL_UPOS_SCONJ && (u->lex & TL_EVLEX_SUBORD)) || u->xpos == TL_XPOS_WRB ||
		     u->xpos == TL_XPOS_WDT || u->xpos == TL_XPOS_WP) &&
		    (open_rel || !verb_in(d, j, end)))
			return j - 1;
	}
	if (natural)
		return end;
	/* "electing Hong Kong|'s leaders": the possessor goes with its noun */
	if (tl_evdoc_tok(d, end)->xpos == TL_XPOS_POS) {
		size_t e = end;
		while (e > lo && (tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_PROPN || tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_NOUN))
			e--;
		if (e > lo && e < end)
			return e;
	}
	/* a compound cut inside: "to discuss emergency | aid" */
	size_t e = end;
	while (e < cl && e < end + 2 && tl_evdoc_tok(d, e)->upos == TL_UPOS_NOUN &&
	       (tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_NOUN ||
		tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_ADJ))
		e++;
	if (e > end && (e == cl || tl_evdoc_tok(d, e)->upos != TL_UPOS_NOUN))
		return e;
	/* "president-|elect": a hyphenated word is not cut; one before its
	 * noun ("debt-|ridden countries") goes whole */
	if (tl_evdoc_tok(d, end)->xpos == TL_XPOS_HYPH &&
	    !(tl_evdoc_tok(d, end)->flags & TL_TOKF_SPACE_BEFORE) && end + 1 < cl) {
		guint8 w = tl_evdoc_tok(d, end + 1)->upos;
		if (w == TL_UPOS_NOUN &&
		    (end + 2 >= cl || tl_evdoc_tok(d, end + 2)->upos != TL_UPOS_NOUN))
			return end + 2;
		return end - 1 > lo ? end - 1 : end;
	}
	if (tl_evdoc_tok(d, end - 1)->xpos == TL_XPOS_HYPH && end - 2 > lo)
		return end - 2; /* "debt-|ridden" */
	if (tl_evdoc_tok(d, end - 1)->xpos == TL_XPOS_VB &&
	    tl_evdoc_tok(d, end - 2)->xpos == TL_XPOS_TO &&
	    strcmp(tl_evdoc_lower(d, end - 2), "to") == 0) {
		e = end;
		while (e < cl && e < end + 3 && !is_punct(tl_evdoc_tok(d, e)) &&
		       tl_evdoc_tok(d, e)->upos != TL_UPOS_CCONJ &&
		       tl_evdoc_tok(d, e)->upos != TL_UPOS_SCONJ && tl_evdoc_tok(d, e)->xpos != TL_XPOS_WP &&
		       tl_evdoc_tok(d, e)->xpos != TL_XPOS_WDT && tl_evdoc_tok(d, e)->xpos != TL_XPOS_WRB)
			e++;
		if (e < end + 3 || e == cl)
			return e; /* its object up to a boundary */
		/* else up to its last whole noun phrase: "to prevent a
		 * proliferation | of" */
		while (e > end && (dangling(tl_evdoc_tok(d, e - 1)) ||
				   (tl_evdoc_tok(d, e)->upos == TL_UPOS_NOUN &&
				    tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_NOUN)))
			e--;
		guint8 last = tl_evdoc_tok(d, e - 1)->upos;
		if (e > end && (last == TL_UPOS_NOUN || last == TL_UPOS_PROPN ||
				last == TL_UPOS_NUM || last == TL_UPOS_PRON))
			return e;
		if (c->reach && end - 2 < c->reach)
			return end; /* the complement told stays */
		return end - 2;     /* else the infinitive goes */
	}
	/* past the prepositions and determiners that will be trimmed */
	while (end > lo && (tl_evdoc_tok(d, end - 1)->upos == TL_UPOS_ADP ||
	                    tl_evdoc_tok(d, end - 1)->upos == TL_UPOS_DET))
		end--;
	const TlEvTok *u = tl_evdoc_tok(d, end - 1);
	/* a relative clause with no pronoun, cut after its verb: "at a house he
	 * had", "191 mln dlrs NIPSCO invested" */
	if ((u->upos == TL_UPOS_VERB || u->upos == TL_UPOS_AUX) && end - 2 > lo &&
	    (nominative(d, end - 2) ||
	     (tl_evdoc_tok(d, end - 2)->upos == TL_UPOS_PROPN && tl_ev_finite_xpos(u->xpos) &&
	      (tl_evdoc_tok(d, end - 3)->upos == TL_UPOS_NOUN ||
	       tl_evdoc_tok(d, end - 3)->upos == TL_UPOS_NUM))))
		return end - 2;
	guint8 nx = tl_evdoc_tok(d, end)->upos;
	if (u->upos == TL_UPOS_ADV && (nx == TL_UPOS_ADJ || nx == TL_UPOS_VERB))
		return end - 1; /* "become a highly | skilled rider" */
	if ((u->xpos == TL_XPOS_VBN || u->xpos == TL_XPOS_VBG) &&
	    (nx == TL_UPOS_NOUN || nx == TL_UPOS_PROPN || nx == TL_UPOS_ADJ ||
	     /* "the subsidiary based | in Oslo" */
	     (nx == TL_UPOS_ADP && u->xpos == TL_XPOS_VBN && tl_evdoc_tok(d, end - 2)->upos == TL_UPOS_NOUN)) &&
	    tl_evdoc_tok(d, end - 2)->upos != TL_UPOS_AUX &&
	    tl_evdoc_tok(d, end - 2)->xpos != TL_XPOS_TO) {
		e = end - 1; /* "of its wholly owned", "previously SDF controlled" */
		while (e > lo && (tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_ADV ||
				  (tl_evdoc_tok(d, e - 1)->upos == TL_UPOS_PROPN && e - 2 > lo &&
				   tl_evdoc_tok(d, e - 2)->upos == TL_UPOS_ADV)))
			e--;
		if (e > lo)
			return e;
	}
	return end;
}

/* The object or complement after the verb: at most MAX_OBJECT words, the
 * timexes left out not counted, cut back to a whole phrase. */
static void
append_object(const Ctx *c, const TlEvent *ev, size_t cl, GArray *keep)
{
	const TlEvDoc *d = c->d;
	size_t end = ev->tok + 1;
	/* the complement told may lie past a comma: "voted on June 23, 2016,
	 * to leave the European Union" */
	if (c->reach > cl && c->reach > ev->tok && c->reach <= ev->tok + MAX_OBJECT + 5 &&
	    tl_evdoc_tok(d, c->reach - 1)->sent == ev->sent) {
		guint32 f2, l2;
		tl_ev_clause(d, c->reach - 1, &f2, &l2);
		cl = l2;
	}
	/* "stressed that if this support persists, the US will take action":
	 * what was said is the clause after the condition's comma */
	if (ev->tok + 3 < cl && cl + 2 < d->toks->len && tl_evdoc_tok(d, cl)->xpos == TL_XPOS_COMMA &&
	    tl_evdoc_tok(d, cl + 1)->sent == ev->sent && strcmp(tl_evdoc_lower(d, end), "that") == 0 &&
	    tl_evdoc_tok(d, end)->upos == TL_UPOS_SCONJ &&
	    (tl_evdoc_tok(d, end + 1)->upos == TL_UPOS_SCONJ || tl_evdoc_tok(d, end + 1)->xpos == TL_XPOS_WRB) &&
	    strcmp(tl_evdoc_lower(d, end + 1), "that") != 0) {
		/* the clause has a subject of its own and a finite verb */
		guint32 f2, l2;
		tl_ev_clause(d, cl + 1, &f2, &l2);
		guint8 u = tl_evdoc_tok(d, cl + 1)->upos;
		gboolean clause = u == TL_UPOS_DET || u == TL_UPOS_PRON || u == TL_UPOS_PROPN || u == TL_UPOS_NOUN ||
		                  u == TL_UPOS_ADJ || u == TL_UPOS_NUM;
		if (f2 == cl + 1 && clause && finite_in(d, cl + 2, l2)) {
			append_span(c, end, end + 1, keep);
			TlEvent p = {.tok = cl, .sent = ev->sent};
			append_object(c, &p, l2, keep);
			return;
		}
	}
	/* a complement told by its governing verb keeps its own verb:
	 * "would meet growers' groups within 10 days to discuss emergency aid" */
	size_t most = c->reach > ev->tok && c->reach <= ev->tok + MAX_OBJECT + 5 ? MAX_OBJECT + 5
										 : MAX_OBJECT;
	for (size_t words = 0;
	     end < cl && (words < MAX_OBJECT || (end < c->reach + 2 && words < most)); end++) {
		/* a clause of its own ends it: "would release his tax returns
		 * once he was no longer under audit" (not the "that" of what
		 * was said, nor a subordinator right after the verb) */
		const TlEvTok *u = tl_evdoc_tok(d, end);
		if (end > ev->tok + 2 && u->upos == TL_UPOS_SCONJ && strcmp(tl_evdoc_lower(d, end), "that") != 0 &&
		    end + 1 != c->reach - 1)
			break;
		/* nor runs into a verb coordinated with it, an event of its own:
		 * "was arrested in 1963 and was imprisoned until 1974" */
		if (end > ev->tok + 1 && u->upos == TL_UPOS_CCONJ && end + 1 < cl &&
		    (tl_evdoc_tok(d, end + 1)->upos == TL_UPOS_AUX ||
		     (tl_evdoc_tok(d, end + 1)->upos == TL_UPOS_VERB && !prenominal(d, end + 1))))
			break;
		words += !in_timex(c, end);
	}
	/* a clause that does not fit goes whole: "told the press in a
	 * separate interview that people" */
	if (end < cl)
		for (size_t j = ev->tok + 3; j < end; j++)
			if (strcmp(tl_evdoc_lower(d, j), "that") == 0 && tl_evdoc_tok(d, j)->upos == TL_UPOS_SCONJ) {
				end = j;
				break;
			}
	/* a timex adverbial ("in 2021") ends the object when it comes after a
	 * few words; one inside a noun phrase ("the 2021 harvest") is left out */
	for (size_t j = ev->tok + 1; j < end; j++)
		if (in_timex(c, j) && j > ev->tok + 2 && tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_ADP &&
		    !(c->reach > j && c->reach <= end)) {
			end = j;
			break;
		}
	/* "to be Biden's running mate": a participle cut from the one noun
	 * that ends its phrase gets it back */
	if (end < cl && end > ev->tok + 1 && prenominal(d, end - 1) &&
	    tl_evdoc_tok(d, end)->upos == TL_UPOS_NOUN &&
	    (end + 1 == cl || is_punct(tl_evdoc_tok(d, end + 1)) || tl_evdoc_tok(d, end + 1)->upos == TL_UPOS_ADP ||
	     tl_evdoc_tok(d, end + 1)->upos == TL_UPOS_CCONJ))
		end++;
	/* "with a range of critical materials" cut after "range": the phrase goes */
	if (end < cl && strcmp(tl_evdoc_lower(d, end), "of") == 0) {
		while (end > ev->tok + 1) {
			const TlEvTok *u = tl_evdoc_tok(d, end - 1);
			if (u->upos != TL_UPOS_NOUN && u->upos != TL_UPOS_ADJ && u->upos != TL_UPOS_DET &&
			    u->upos != TL_UPOS_NUM)
				break;
			end--;
		}
	}
	/* "to Wang Yi and leader Xi Jinping": a coordinated name is not cut off */
	if (end < cl && end > 0 && tl_evdoc_tok(d, end)->upos == TL_UPOS_CCONJ)
		for (size_t k = tl_evdoc_ent_after(d, end - 1); k < d->n_ents && d->ents[k].last <= end; k++)
			if (d->ents[k].last == end && k + 1 < d->n_ents && d->ents[k + 1].first > end &&
			    d->ents[k + 1].first <= end + 4 && d->ents[k + 1].last <= cl) {
				end = d->ents[k + 1].last;
				break;
			}
	/* cut, or ended at a clause of its own that is no new sentence
	 * ("revenue to stay under two million dollars but several members |
	 * believe") */
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	if (end > ev->tok + 2 && end < s->last && (end < cl || !is_punct(tl_evdoc_tok(d, end))))
		end = cut_back(c, ev, end, MAX(cl, end + 1), end >= cl);
	append_span(c, ev->tok + 1, end, keep);
}

/*
 * A subject after its verb, as a quote is reported: '"It feels like
 * home," said Rosa Delgado, who...' is "Rosa Delgado said".  The verb group
 * right after a closing quote (and a comma), a name or noun phrase after
 * it; its span in [*a, *b).
 */
static gboolean
inverted_subject(const Ctx *c, const TlEvent *ev, size_t cl, size_t *a, size_t *b)
{
	const TlEvDoc *d = c->d;
	size_t j = ev->vg_first;
	guint8 x = tl_evdoc_tok(d, ev->tok)->xpos;
	if (ev->cls != TL_EVC_REPORTING || j == 0 || ev->tok + 1 >= cl ||
	    (x != TL_XPOS_VBD && x != TL_XPOS_VBZ && x != TL_XPOS_VBP))
		return FALSE; /* not "..., citing the wildfires" */
	if (tl_evdoc_tok(d, j - 1)->xpos == TL_XPOS_COMMA && j > 1)
		j--;
	const TlEvTok *q = tl_evdoc_tok(d, j - 1);
	if (q->xpos != TL_XPOS_RQUOTE && !(q->mark & TL_EVM_QUOTE))
		return FALSE;
	size_t e = ev->tok + 1;
	while (e < cl && e <= ev->tok + MAX_SUBJECT && nominal(tl_evdoc_tok(d, e)) &&
	       tl_evdoc_tok(d, e)->upos != TL_UPOS_PRON)
		e++;
	if (e == ev->tok + 1 || (e < cl && !is_punct(tl_evdoc_tok(d, e))))
		return FALSE; /* "said the board would meet": no inversion */
	*a = ev->tok + 1, *b = e;
	return TRUE;
}

/* An infinitive after a noun or a pronoun, or after "and": the words
 * before its "to" are another verb's object ("urged it to continue"), not
 * its subject.  After an adjective they are ("The product will be able to
 * repair it"). */
static gboolean
object_infinitive(const TlEvDoc *d, const TlEvent *ev)
{
	size_t to = ev->vg_first;
	if (tl_evdoc_tok(d, to)->xpos != TL_XPOS_TO || to == 0 ||
	    tl_evdoc_tok(d, to - 1)->sent != tl_evdoc_tok(d, to)->sent)
		return FALSE;
	/* not "in addition to condemning", nor a headline's "EU to consider
	 * sanctions" (no verb before: the noun is its subject) */
	if (tl_evdoc_tok(d, ev->tok)->xpos != TL_XPOS_VB)
		return FALSE;
	guint8 u = tl_evdoc_tok(d, to - 1)->upos;
	if (!(u == TL_UPOS_NOUN || u == TL_UPOS_PRON || u == TL_UPOS_PROPN || u == TL_UPOS_CCONJ ||
	      u == TL_UPOS_NUM || tl_evdoc_tok(d, to - 1)->xpos == TL_XPOS_COMMA))
		return FALSE;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	size_t a = MAX(s->first, to >= NEAR ? to - NEAR : 0);
	return verb_in(d, a, to - 1) || finite_in(d, a, to - 1);
}

static char *
verb_headline(const Ctx *c, const TlEvent *ev)
{
	const TlEvDoc *d = c->d;
	guint32 cf, cl;
	tl_ev_clause(d, ev->tok, &cf, &cl);
	g_autoptr(GArray) keep = g_array_new(FALSE, FALSE, sizeof(guint32));
	size_t ia, ib;
	if (inverted_subject(c, ev, cl, &ia, &ib)) {
		append_span(c, ia, ib, keep);
		append_span(c, ev->vg_first, ev->tok + 1, keep);
		return render(d, keep);
	}
	/* an infinitive has no subject before it: "It to continue its
	 * attacks", "Them to act" were the object of the verb before */
	if (!object_infinitive(d, ev))
		subject(c, ev, cf, keep);
	append_span(c, ev->vg_first, ev->tok + 1, keep);
	append_object(c, ev, cl, keep);
	/* "An IT worker went on a stabbing spree, killing four": the
	 * participle clause right after the object is told with it */
	guint32 pf = 0, pl = 0;
	if (ev->adjunct)
		tl_ev_clause(d, ev->adjunct, &pf, &pl);
	/* after an object ("She said, noting" stays as it is), the whole
	 * participle clause, short ("arguing Trump" would be cut) */
	if (ev->adjunct && keep->len && g_array_index(keep, guint32, keep->len - 1) + 2 == ev->adjunct &&
	    g_array_index(keep, guint32, keep->len - 1) > ev->tok && pl <= ev->adjunct + 1 + MAX_ADJUNCT) {
		guint32 comma = ev->adjunct - 1, n = keep->len;
		g_array_append_val(keep, comma);
		g_array_append_val(keep, ev->adjunct);
		TlEvent p = {.tok = ev->adjunct, .sent = ev->sent};
		append_object(c, &p, pl, keep);
		trim_tail(d, keep);
		/* told with what it did ("killing four"), or not at all */
		if (keep->len > n + 2)
			*c->told = TRUE;
		else
			g_array_set_size(keep, n);
	}
	trim_tail(d, keep);
	return render(d, keep);
}

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

/*
 * "efforts to “influence and arguably interfere” in the US elections": an
 * infinitive governed by a noun reads as that noun phrase and the
 * infinitive with its object, without the quotes ("Chinese efforts to
 * influence and arguably interfere in the US elections"); a bare infinitive
 * ("Influence and arguably interfere") has no subject and no finite verb.
 */
static char *
noun_governed(const Ctx *c, const TlEvent *ev, size_t noun, size_t to)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	size_t a = noun;
	while (a > s->first && a + 5 > noun) {
		const TlEvTok *u = tl_evdoc_tok(d, a - 1);
		if (u->upos != TL_UPOS_ADJ && u->upos != TL_UPOS_NOUN && u->upos != TL_UPOS_PROPN &&
		    u->upos != TL_UPOS_NUM && u->upos != TL_UPOS_DET && u->xpos != TL_XPOS_HYPH &&
		    u->xpos != TL_XPOS_POS && u->xpos != TL_XPOS_PRPS)
			break;
		a--;
		if (u->upos == TL_UPOS_DET || u->xpos == TL_XPOS_PRPS)
			break; /* a noun phrase starts at its determiner */
	}
	/* a possessor cut inside its name ("Secretary of State's"): drop it */
	if (a > s->first && tl_evdoc_tok(d, a - 1)->upos == TL_UPOS_ADP)
		for (size_t j = a; j < noun; j++)
			if (tl_evdoc_tok(d, j)->xpos == TL_XPOS_POS) {
				a = j + 1;
				break;
			}
	guint32 cf, cl;
	tl_ev_clause(d, ev->tok, &cf, &cl);
	/* the clause may end at the closing quote: go on to the sentence's next bound */
	while (cl < s->last && (tl_evdoc_tok(d, cl)->mark & TL_EVM_QUOTE)) {
		guint32 f2, l2;
		if (cl + 1 >= s->last)
			break;
		tl_ev_clause(d, cl + 1, &f2, &l2);
		cl = l2;
	}
	/* nor runs into the verb of the noun's own clause when the noun is
	 * its subject: "Plans to build a stadium were dropped" is "Plans to
	 * build a stadium" */
	for (size_t j = ev->tok + 1; j < cl && opens_clause(d, cf, noun); j++) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->upos == TL_UPOS_SCONJ || u->xpos == TL_XPOS_WRB || u->xpos == TL_XPOS_WDT ||
		    u->xpos == TL_XPOS_WP)
			break; /* the verb of a clause of its own: "to calculate how often we got" */
		if (u->upos == TL_UPOS_AUX || tl_ev_finite_xpos(u->xpos)) {
			while (j > ev->tok + 1 && tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_ADV)
				j--; /* "him also failed" */
			cl = (guint32)j;
			break;
		}
	}
	g_autoptr(GArray) keep = g_array_new(FALSE, FALSE, sizeof(guint32));
	append_span(c, a, noun + 1, keep);
	append_span(c, to, ev->tok + 1, keep);
	append_object(c, ev, cl, keep);
	for (guint k = keep->len; k > 0; k--)
		if (tl_evdoc_tok(d, g_array_index(keep, guint32, k - 1))->mark & TL_EVM_QUOTE)
			g_array_remove_index(keep, k - 1);
	trim_tail(d, keep);
	return render(d, keep);
}

/* The names a possessive pronoun at token j refers to: the last `count`
 * distinct names before it in its sentence (people only when persons). */
static char *
possessor(const TlEvDoc *d, size_t j, int count, gboolean persons)
{
	const char *names[2] = {NULL, NULL};
	size_t lens[2] = {0, 0};
	int got = 0;
	guint32 sent = tl_evdoc_tok(d, j)->sent;
	/* from the last name that ends by j, back to the sentence's start */
	for (size_t k = tl_evdoc_ent_after(d, j); k > 0 && got < count; k--) {
		const TlEntity *en = &d->ents[k - 1];
		if (tl_evdoc_tok(d, en->first)->sent < sent)
			break;
		if (en->last > j || tl_evdoc_tok(d, en->first)->sent != sent)
			continue;
		if (persons && en->type != TL_ENT_PERSON)
			continue;
		const char *nm = d->text + en->start;
		size_t nl = en->end - en->start;
		if (got == 1 && lens[0] == nl && memcmp(names[0], nm, nl) == 0)
			continue;
		names[got] = nm;
		lens[got] = nl;
		got++;
	}
	if (got < count)
		return NULL;
	if (count == 1)
		return g_strndup(names[0], lens[0]);
	return g_strdup_printf("%.*s and %.*s", (int)lens[1], names[1], (int)lens[0], names[0]);
}

/* A verb in the past: "praised", "has praised", "was praised" (not "is
 * expected"). */
static gboolean
past_verb(const TlEvDoc *d, const TlEvSent *s, size_t j)
{
	const TlEvTok *v = tl_evdoc_tok(d, j);
	if (v->xpos == TL_XPOS_VBD)
		return TRUE;
	if (v->xpos != TL_XPOS_VBN)
		return FALSE;
	for (size_t k = j; k > s->first; k--) {
		const TlEvTok *u = tl_evdoc_tok(d, k - 1);
		if (u->upos == TL_UPOS_ADV || (u->lex & TL_EVLEX_NEG))
			continue;
		if (u->upos != TL_UPOS_AUX)
			return TRUE; /* a bare participle: the tagger's VBD */
		return u->xpos == TL_XPOS_VBD || strcmp(tl_evdoc_lemma(d, k - 1), "have") == 0;
	}
	return TRUE;
}

static char *as_clause(const Ctx *c, const TlEvent *ev, const char *who, GArray *keep, guint from);

/*
 * Does the conjunction or comma at j go on with a list of names: "and
 * Israel", ", Greece and Israel", ", and Illinois", ", Virginia" (a place's
 * region, a preposition or punctuation after it); not ", Trump refused" (the
 * next clause's subject)?
 */
static gboolean
name_list(const TlEvDoc *d, size_t j, size_t last)
{
	size_t k = j + 1;
	if (tl_evdoc_tok(d, j)->xpos == TL_XPOS_COMMA && k + 1 < last && tl_evdoc_tok(d, k)->upos == TL_UPOS_CCONJ &&
	    tl_evdoc_tok(d, k + 1)->upos == TL_UPOS_PROPN)
		return TRUE; /* ", and Arizona" */
	while (k < last && k < j + 3 && tl_evdoc_tok(d, k)->upos == TL_UPOS_PROPN)
		k++;
	if (k == j + 1)
		return FALSE;
	if (tl_evdoc_tok(d, j)->upos == TL_UPOS_CCONJ)
		return TRUE;
	if (k == last || tl_evdoc_tok(d, k)->upos == TL_UPOS_ADP ||
	    (is_punct(tl_evdoc_tok(d, k)) && tl_evdoc_tok(d, k)->xpos != TL_XPOS_POS &&
	     tl_evdoc_tok(d, k)->xpos != TL_XPOS_HYPH))
		return TRUE; /* ", Virginia", ", Greece," of a longer list */
	return tl_evdoc_tok(d, k)->upos == TL_UPOS_CCONJ;
}

static char *
noun_headline(const Ctx *c, const TlEvent *ev)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	size_t a = ev->tok;
	while (a > s->first && a + 6 > ev->tok) {
		const TlEvTok *u = tl_evdoc_tok(d, a - 1);
		if (u->upos == TL_UPOS_ADJ || u->upos == TL_UPOS_NOUN || u->upos == TL_UPOS_PROPN ||
		    u->upos == TL_UPOS_NUM || u->xpos == TL_XPOS_POS || u->xpos == TL_XPOS_HYPH ||
		    in_timex(c, a - 1) || prenominal(d, a - 1))
			a--;
		else {
			if (u->xpos == TL_XPOS_PRPS)
				a--; /* "their summit": resolved below */
			break;
		}
	}
	/* a possessor cut inside its name ("Secretary of State's"): drop it */
	if (a > s->first && tl_evdoc_tok(d, a - 1)->upos == TL_UPOS_ADP)
		for (size_t j = a; j < ev->tok; j++)
			if (tl_evdoc_tok(d, j)->xpos == TL_XPOS_POS) {
				a = j + 1;
				break;
			}
	size_t b = ev->tok + 1;
	if (b < s->last && tl_evdoc_tok(d, b)->upos == TL_UPOS_ADP &&
	    !(tl_evdoc_tok(d, b)->flags & TL_TOKF_PARA_BEFORE) && !in_timex(c, b + (b + 1 < s->last))) {
		size_t j = b + 1;
		while (j < s->last && j < b + 12) {
			const TlEvTok *u = tl_evdoc_tok(d, j);
			/* a list of names is one phrase: "the meeting of Cyprus,
			 * Greece and Israel", "the debate between Donald Trump and
			 * former Vice President Joe Biden" */
			if (j + 1 < s->last && (u->upos == TL_UPOS_CCONJ || u->xpos == TL_XPOS_COMMA) &&
			    (tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_PROPN ||
			     (u->upos == TL_UPOS_CCONJ && tl_evdoc_tok(d, j - 1)->xpos == TL_XPOS_COMMA &&
			      tl_evdoc_tok(d, j - 2)->upos == TL_UPOS_PROPN)) &&
			    !in_timex(c, j + 1) &&
			    ((name_list(d, j, s->last) && (g_ascii_isupper(d->text[tl_evdoc_tok(d, j + 1)->start]) ||
			                                   tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_CCONJ)) ||
			     (u->upos == TL_UPOS_CCONJ && strcmp(tl_evdoc_lower(d, b), "between") == 0 &&
			      (tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_ADJ || tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_DET)))) {
				j++;
				continue;
			}
			/* a range of numbers is one amount: "losses at 30 to 40 percent" */
			if (j + 1 < s->last && tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_NUM &&
			    tl_evdoc_tok(d, j + 1)->upos == TL_UPOS_NUM && !in_timex(c, j + 1) &&
			    (strcmp(tl_evdoc_lower(d, j), "to") == 0 || u->xpos == TL_XPOS_CC)) {
				j += 2;
				continue;
			}
			if (in_timex(c, j) || (u->flags & TL_TOKF_PARA_BEFORE) ||
			    !(u->upos == TL_UPOS_DET || u->upos == TL_UPOS_ADJ ||
			      u->upos == TL_UPOS_NOUN || u->upos == TL_UPOS_PROPN ||
			      u->upos == TL_UPOS_NUM || u->xpos == TL_XPOS_POS ||
			      u->xpos == TL_XPOS_HYPH || prenominal(d, j)))
				break;
			j++;
		}
		/* not a time's noun: "on the night of April 7, 2021" */
		gboolean time_of = j + 1 < s->last && strcmp(tl_evdoc_lower(d, j), "of") == 0 &&
		                   in_timex(c, j + 1);
		if (j > b + 1 && !time_of)
			b = j;
	}
	/* a name runs to its end */
	size_t kb = tl_evdoc_ent_after(d, b); /* the name holding token b, if any */
	if (kb < d->n_ents && d->ents[kb].first < b && d->ents[kb].last <= s->last)
		b = d->ents[kb].last;
	g_autoptr(GArray) keep = g_array_new(FALSE, FALSE, sizeof(guint32));
	append_span(c, a, b, keep);
	trim_tail(d, keep);
	if (keep->len == 0 || g_array_index(keep, guint32, keep->len - 1) < ev->tok) {
		/* the event's own noun stays ("Revolutionary Guards
		 * assassination plot" is no compound cut at its noun) */
		g_array_set_size(keep, 0);
		append_span(c, a, ev->tok + 1, keep);
		if (keep->len == 0) {
			guint32 t = ev->tok;
			g_array_append_val(keep, t);
		}
	}
	/* "their summit": say whose, from the names before it */
	guint32 k0 = g_array_index(keep, guint32, 0);
	const char *poss = tl_evdoc_lower(d, k0);
	if (tl_evdoc_tok(d, k0)->xpos == TL_XPOS_PRPS) {
		/* people only: "its" is too often a company or a country to guess */
		gboolean person = !strcmp(poss, "his") || !strcmp(poss, "her") || !strcmp(poss, "their");
		g_autofree char *who =
		    person ? possessor(d, k0, strcmp(poss, "their") == 0 ? 2 : 1, TRUE) : NULL;
		char *clause = who ? as_clause(c, ev, who, keep, 1) : NULL;
		if (clause)
			*c->clause = TRUE;
		if (clause)
			return clause;
		if (who) {
			g_array_remove_index(keep, 0);
			g_autofree char *rest = render(d, keep);
			if (rest[0] && g_ascii_isupper(rest[0]) && !(tl_evdoc_tok(d, g_array_index(keep, guint32, 0))->flags & TL_TOKF_CAP))
				rest[0] = g_ascii_tolower(rest[0]);
			return g_strdup_printf("%s’s %s", who, rest);
		}
		if (keep->len > 1)
			g_array_remove_index(keep, 0);
	}
	/* "Blinken’s trip to China": a person's name as the possessor */
	for (guint k = 1; k + 1 < keep->len; k++) {
		guint32 j = g_array_index(keep, guint32, k);
		if (tl_evdoc_tok(d, j)->xpos != TL_XPOS_POS)
			continue;
		guint32 j0 = g_array_index(keep, guint32, 0);
		size_t ke = tl_evdoc_ent_after(d, j0);
		if (ke < d->n_ents && d->ents[ke].first == j0 && d->ents[ke].last == j &&
		    d->ents[ke].type == TL_ENT_PERSON) {
			g_autofree char *who = g_strndup(d->text + d->ents[ke].start,
			                                 d->ents[ke].end - d->ents[ke].start);
			char *clause = as_clause(c, ev, who, keep, k + 1);
			if (clause)
				*c->clause = TRUE;
			if (clause)
				return clause;
		}
		break;
	}
	return render(d, keep);
}

/* data/noun-verbs.txt: event noun lemma -> {past, base} (owned strings). */
static GHashTable *
noun_verbs_load(void)
{
	GHashTable *t = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_strfreev);
	g_autoptr(GBytes) b = tl_resource_get("events", "noun-verbs.txt", NULL);
	if (!b)
		return t; /* no table: event nouns keep their noun phrases */
	g_autofree char *text = g_strndup(g_bytes_get_data(b, NULL), g_bytes_get_size(b));
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
	for (char **l = lines; *l; l++) {
		g_auto(GStrv) f = g_strsplit(*l, "\t", -1);
		if (!f[0] || f[0][0] == '#' || !f[1] || !f[2] || f[3])
			continue;
		char **v = g_new0(char *, 3);
		v[0] = g_strdup(g_strstrip(f[1]));
		v[1] = g_strdup(g_strstrip(f[2]));
		g_hash_table_replace(t, g_strdup(g_strstrip(f[0])), v);
	}
	return t;
}

static const char *const *
noun_verbs(const char *lemma)
{
	static gsize once;
	static GHashTable *table;
	if (g_once_init_enter(&once)) {
		table = noun_verbs_load();
		g_once_init_leave(&once, 1);
	}
	return g_hash_table_lookup(table, lemma);
}

/*
 * "Joe Biden and Xi’s summit in San Francisco" told as a clause: "Joe Biden
 * and Xi met at a summit in San Francisco", when the noun is in
 * data/noun-verbs.txt and its time is known (its date, else a past verb
 * governing it).  keep[from..) are the tokens after the possessor.  NULL
 * when it does not apply (a superlative or an ordinal wants the possessive:
 * "his latest trip").
 */
static char *
as_clause(const Ctx *c, const TlEvent *ev, const char *who, GArray *keep, guint from)
{
	const TlEvDoc *d = c->d;
	const char *const *vp = noun_verbs(tl_evdoc_lemma(d, ev->tok));
	if (!vp || from >= keep->len)
		return NULL;
	int when = ev->when;
	if (when == 0) {
		const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
		for (size_t j = ev->tok; j > s->first; j--)
			if (tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_VERB) {
				when = past_verb(d, s, j - 1) ? -1 : 0;
				break;
			}
	}
	if (when == 0)
		return NULL;
	for (guint k = from; k < keep->len; k++) {
		guint32 j = g_array_index(keep, guint32, k);
		if (j >= ev->tok)
			break;
		const TlEvTok *u = tl_evdoc_tok(d, j);
		if (u->xpos == TL_XPOS_JJS || u->xpos == TL_XPOS_RBS || u->xpos == TL_XPOS_POS ||
		    (u->upos == TL_UPOS_ADJ && g_str_has_suffix(tl_evdoc_lower(d, j), "th")) ||
		    strcmp(tl_evdoc_lower(d, j), "first") == 0 || strcmp(tl_evdoc_lower(d, j), "second") == 0 ||
		    strcmp(tl_evdoc_lower(d, j), "third") == 0 || strcmp(tl_evdoc_lower(d, j), "last") == 0 ||
		    strcmp(tl_evdoc_lower(d, j), "next") == 0)
			return NULL;
	}
	g_autoptr(GArray) rest = g_array_new(FALSE, FALSE, sizeof(guint32));
	g_array_append_vals(rest, &g_array_index(keep, guint32, from), keep->len - from);
	g_autofree char *tail = render(d, rest);
	guint32 r0 = g_array_index(rest, guint32, 0);
	if (!(tl_evdoc_tok(d, r0)->flags & TL_TOKF_CAP))
		tail[0] = g_ascii_tolower(tail[0]);
	const char *a = strchr("aeiouAEIOU", tail[0]) ? "an" : "a";
	g_autofree char *verb = g_strdup(vp[when < 0 ? 0 : 1]);
	char *mark = strstr(verb, "{a}");
	GString *out = g_string_new(who);
	g_string_append(out, when > 0 ? " will " : " ");
	if (mark) {
		g_string_append_len(out, verb, mark - verb);
		g_string_append(out, a);
		g_string_append(out, mark + 3);
	} else
		g_string_append(out, verb);
	g_string_append_c(out, ' ');
	g_string_append(out, tail);
	return g_string_free(out, FALSE);
}

/*
 * The verb whose object or subject the event noun at ev->tok is, its
 * determiner between: "announced [the] decision", "[the] decision is
 * pending", "the verdict was read"; G_MAXSIZE when there is none.
 */
static size_t
clause_verb(const TlEvDoc *d, const TlEvent *ev)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	size_t j = ev->tok;
	/* the head of its phrase ("a war-damaged block", "the quake's
	 * epicenter" are no war, no quake) */
	if (j + 1 < s->last) {
		const TlEvTok *n = tl_evdoc_tok(d, j + 1);
		if (n->upos == TL_UPOS_NOUN || n->upos == TL_UPOS_PROPN || n->upos == TL_UPOS_NUM ||
		    n->xpos == TL_XPOS_HYPH || n->xpos == TL_XPOS_POS)
			return G_MAXSIZE;
	}
	if (j > s->first &&
	    (tl_evdoc_tok(d, j - 1)->upos == TL_UPOS_DET || tl_evdoc_tok(d, j - 1)->xpos == TL_XPOS_PRPS))
		j--;
	if (j > s->first) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (u->upos == TL_UPOS_VERB && !prenominal(d, j - 1) && tl_ev_finite_xpos(u->xpos))
			return j - 1;
	}
	/* the subject: the clause's first words, then its verb group */
	if (j != s->first && !is_punct(tl_evdoc_tok(d, j - 1)) && tl_evdoc_tok(d, j - 1)->upos != TL_UPOS_CCONJ)
		return G_MAXSIZE;
	size_t k = ev->tok + 1, aux = G_MAXSIZE;
	for (; k < s->last && k < ev->tok + 4; k++) {
		const TlEvTok *u = tl_evdoc_tok(d, k);
		if (u->upos == TL_UPOS_AUX) {
			if (aux == G_MAXSIZE)
				aux = k;
		} else if (u->upos == TL_UPOS_VERB)
			return aux != G_MAXSIZE || tl_ev_finite_xpos(u->xpos) ? k : G_MAXSIZE;
		else if (u->upos != TL_UPOS_ADV && !(u->lex & TL_EVLEX_NEG))
			break;
	}
	return aux;
}

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

static guint
count_words(const char *h)
{
	guint n = *h != 0;
	for (; *h; h++)
		n += *h == ' ';
	return n;
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
	for (size_t j = to; j > s->first && j + reach > to; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (u->upos == TL_UPOS_VERB && !(wide && prenominal(d, j - 1)))
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
	static const char *const preps[] = {"of", "with", "for", "by", "in", "on", "about", "from", "into", NULL};
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	if (tl_evdoc_tok(d, ev->tok)->xpos != TL_XPOS_VBG || ev->vg_first != ev->tok || ev->tok <= s->first + 1)
		return G_MAXSIZE;
	size_t p = ev->tok - 1;
	return tl_evdoc_tok(d, p)->upos == TL_UPOS_ADP || tl_evdoc_tok(d, p)->upos == TL_UPOS_SCONJ
	           ? (tl_ev_word_in(tl_evdoc_lower(d, p), preps) ? p : G_MAXSIZE)
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
	char *h = verb_headline(c, &gov);
	tl_event_clear(&gov);
	return h;
}

/* The headline of event ev told by the verb gv that governs it (its
 * complement's own words reach up to ev). */
static char *
governed_headline(Ctx *c, const TlEvent *ev, size_t gv, gboolean *climbed)
{
	c->reach = ev->tok + 1;
	char *h = climb_headline(c, gv, ev->sent, climbed);
	c->reach = 0;
	return h;
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

size_t
tl_ev_phase_verb(const TlEvDoc *d, const TlEvent *ev)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	for (size_t j = ev->tok; j > s->first && j + 5 > ev->tok; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (u->upos == TL_UPOS_VERB)
			return u->lex & (TL_EVLEX_ASPECTUAL | TL_EVLEX_LIGHT) ? j - 1 : G_MAXSIZE;
		if (u->upos != TL_UPOS_DET && u->upos != TL_UPOS_ADJ && u->upos != TL_UPOS_NUM &&
		    u->upos != TL_UPOS_NOUN && u->xpos != TL_XPOS_PRPS && u->xpos != TL_XPOS_HYPH)
			break;
	}
	return G_MAXSIZE;
}

void
tl_ev_summarize(const TlEvDoc *d, TlEvent *ev, const guint8 *timex_tok)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	gboolean told = FALSE, climbed = FALSE, as_told = FALSE, cv_used = FALSE;
	Ctx c = {d, NULL, 0, timex_tok, 0, &told, 0, &as_told};
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
			complement = TRUE;
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
			ev->summary = noun_governed(&c, ev, q - 1, to);
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
	if (!ev->summary)
		ev->summary = verbal ? verb_headline(&c, ev) : noun_headline(&c, ev);
	/* a noun phrase of a few words too ("Public hearing": "A public
	 * hearing is planned") */
	size_t cv = verbal || complement || count_words(ev->summary) > 3 ? G_MAXSIZE
									 : clause_verb(d, ev);
	if (cv != G_MAXSIZE) {
		/* a noun alone ("Decision") is told by the clause it is the
		 * subject or object of: "The NEOC announced the decision", "The
		 * decision is pending" */
		TlEvent gov = {.tok = (guint32)cv, .sent = ev->sent};
		tl_ev_attributes(d, &gov);
		char *h = verb_headline(&c, &gov);
		tl_event_clear(&gov);
		if (count_words(h) > MAX(2, count_words(ev->summary))) { /* not "The decision" */
			g_free(ev->summary);
			ev->summary = h;
			cv_used = TRUE;
		} else
			g_free(h);
	}
	if (!ev->summary[0]) {
		/* every word of its clause was cut: the word itself */
		g_autoptr(GArray) own = g_array_new(FALSE, FALSE, sizeof(guint32));
		guint32 j = ev->tok;
		g_array_append_val(own, j);
		g_free(ev->summary);
		ev->summary = render(d, own);
	}
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
	if (!strchr(ev->summary, ' '))
		sal -= 0.25; /* a bare noun ("Disaster") tells little */
	/* a noun phrase or a reduced relative ("Public hearing", "Rules
	 * adopted") is the background of its sentence's clause, unless it
	 * carries the date itself */
	if (((!verbal && gv == G_MAXSIZE && !cv_used && !as_told && strchr(ev->summary, ' ') &&
	      verb_in(d, MAX(s->first, ev->tok >= NEAR ? ev->tok - NEAR : 0), MIN(s->last, ev->tok + NEAR))) ||
	     (verbal && !complement && reduced_relative(d, ev))) &&
	    !own_timex(&c, ev))
		sal -= 0.2;
	/* "The agriculture ministry said": a report that tells nothing of
	 * what was said */
	if (ev->cls == TL_EVC_REPORTING && ev->vg_first == ev->tok) {
		size_t n = strlen(ev->summary), w = t->end - t->start;
		if (n >= w && g_ascii_strncasecmp(ev->summary + n - w, d->text + t->start, w) == 0)
			sal -= 0.2;
	}
	if (verbal && time_subject(&c, ev))
		sal -= 0.4; /* time passing ("As July came to a close") is no event */
	/* a participle with no subject ("Carrying her shoes", "Organizing the
	 * safe return"): the background of another event, not one of its own */
	if (verbal && t->xpos == TL_XPOS_VBG && ev->vg_first == ev->tok &&
	    g_ascii_strncasecmp(ev->summary, d->text + t->start, t->end - t->start) == 0)
		sal -= 0.15;
	ev->salience = round(CLAMP(sal, 0.0, 1.0) * 100) / 100;
	if (!told)
		ev->adjunct = 0; /* the participle stays an event of its own */
}
