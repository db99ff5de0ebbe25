/*
 * Headlines: who "I" and "we" are.  Inside a quote they are its speaker,
 * named where the quote is attributed ('"I wanted to make sure they heard
 * that message again," Blinken said': "Blinken wanted to make sure ...");
 * in an interview's answer, the person whose turn it is ("((Richard
 * Stallman)) I launched the attempt ...").  Nothing when the quote has no
 * attribution in reach: a pronoun left alone is better than a wrong name.
 */
#include "summary.h"

#define QUOTE_SENTS 3   /* how many sentences a quote may run before or after the pronoun */
#define TURN_TOKENS 800 /* how far back an interview's turn marker is sought */

/* An opening quote mark: “ or ``, or a straight one that its word follows
 * with no space between and that is not glued to the word before it. */
static gboolean
opens(const TlEvDoc *d, size_t j)
{
	const TlEvTok *u = tl_evdoc_tok(d, j);
	if (!(u->mark & TL_EVM_QUOTE))
		return FALSE;
	const char *w = d->text + u->start;
	if (!strncmp(w, "“", 3) || !strncmp(w, "``", 2))
		return TRUE;
	if (*w != '"')
		return FALSE;
	gboolean glued_after = j + 1 < d->toks->len && !(tl_evdoc_tok(d, j + 1)->flags & TL_TOKF_SPACE_BEFORE);
	return glued_after && (j == 0 || (u->flags & (TL_TOKF_SPACE_BEFORE | TL_TOKF_NEWLINE_BEFORE)));
}

/* A closing quote mark: ” or '', or a straight one glued to the word before. */
static gboolean
closes(const TlEvDoc *d, size_t j)
{
	const TlEvTok *u = tl_evdoc_tok(d, j);
	if (!(u->mark & TL_EVM_QUOTE))
		return FALSE;
	const char *w = d->text + u->start;
	if (!strncmp(w, "”", 3) || !strncmp(w, "''", 2))
		return TRUE;
	return *w == '"' && j > 0 && !(u->flags & (TL_TOKF_SPACE_BEFORE | TL_TOKF_NEWLINE_BEFORE));
}

/* A verb of saying ("said", "told", "added", "wrote"). */
static gboolean
says(const TlEvDoc *d, size_t j)
{
	const TlEvTok *u = tl_evdoc_tok(d, j);
	return u->upos == TL_UPOS_VERB && (u->lex & TL_EVLEX_REPORTING) && u->xpos != TL_XPOS_VBG &&
	       u->xpos != TL_XPOS_VBN;
}

/* The speaker in tokens [a, b), a noun phrase: its person's name when it
 * holds one ("Congressman Arthur Ravenel"), else the whole phrase ("the
 * minister"), a subject pronoun taking the person it stands for. */
static gboolean
speaker_in(const Ctx *c, size_t a, size_t b, size_t *f, size_t *e)
{
	const TlEvDoc *d = c->d;
	if (a >= b || b - a > MAX_SUBJECT + 2)
		return FALSE;
	size_t k = G_MAXSIZE;
	const TlEntity *en, *person = NULL;
	while ((en = tl_ev_name_in(d, a, b, &k)))
		if (en->type == TL_ENT_PERSON)
			person = en;
	if (person) {
		*f = person->first, *e = person->last;
		return TRUE;
	}
	if (b == a + 1 && tl_sum_nominative(d, a)) {
		const TlEntity *p = tl_sum_person_for(c, a);
		if (!p)
			return FALSE;
		*f = p->first, *e = p->last;
		return TRUE;
	}
	for (size_t j = a; j < b; j++)
		if (!nominal(tl_evdoc_tok(d, j)) || tl_evdoc_tok(d, j)->upos == TL_UPOS_PRON)
			return FALSE;
	guint8 h = tl_evdoc_tok(d, b - 1)->upos;
	if (h != TL_UPOS_NOUN && h != TL_UPOS_PROPN)
		return FALSE;
	*f = a, *e = b;
	return TRUE;
}

/* The attribution after the closing quote at q: '," Blinken said',
 * '," said Rosa Delgado', '," the minister told reporters'. */
static gboolean
after_quote(const Ctx *c, size_t q, size_t *f, size_t *e)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, tl_evdoc_tok(d, q)->sent);
	size_t a = q + 1;
	if (a < s->last && tl_evdoc_tok(d, a)->xpos == TL_XPOS_COMMA)
		a++;
	if (a < s->last && says(d, a)) { /* 'said Rosa Delgado' */
		size_t b = a + 1;
		while (b < s->last && b < a + MAX_SUBJECT + 3 && nominal(tl_evdoc_tok(d, b)))
			b++;
		return speaker_in(c, a + 1, b, f, e);
	}
	/* 'Blinken said', 'the minister also said' */
	size_t v = a;
	while (v < s->last && v < a + MAX_SUBJECT + 3 && nominal(tl_evdoc_tok(d, v)))
		v++;
	size_t w = v;
	while (w < s->last && tl_evdoc_tok(d, w)->upos == TL_UPOS_ADV)
		w++;
	return v > a && w < s->last && says(d, w) && speaker_in(c, a, v, f, e);
}

/* The attribution before the opening quote at o: 'Mukherjee wrote, "',
 * 'Blinken said: "'. */
static gboolean
before_quote(const Ctx *c, size_t o, size_t *f, size_t *e)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, tl_evdoc_tok(d, o)->sent);
	size_t v = o;
	if (v > s->first && (tl_evdoc_tok(d, v - 1)->xpos == TL_XPOS_COMMA || tl_evdoc_tok(d, v - 1)->xpos == TL_XPOS_COLON))
		v--;
	if (v == s->first || !says(d, v - 1))
		return FALSE;
	size_t b = v - 1;
	while (b > s->first && tl_evdoc_tok(d, b - 1)->upos == TL_UPOS_ADV)
		b--;
	size_t a = b;
	while (a > s->first && a + MAX_SUBJECT + 2 > b && nominal(tl_evdoc_tok(d, a - 1)) &&
	       tl_evdoc_tok(d, a - 1)->xpos != TL_XPOS_WP && tl_evdoc_tok(d, a - 1)->xpos != TL_XPOS_WDT)
		a--;
	/* its person's name, or a phrase that opens the sentence or its clause */
	size_t k = G_MAXSIZE;
	const TlEntity *en = tl_ev_name_in(d, a, b, &k);
	if (!en && a > s->first && !is_punct(tl_evdoc_tok(d, a - 1)))
		return FALSE;
	return speaker_in(c, a, b, f, e);
}

/*
 * "((Richard Stallman)) Well, I ...": the name in doubled brackets that
 * opens the interview's turn holding token j (two words or a person's
 * name: "((WN))" is the interviewer).
 */
static gboolean
turn_speaker(const TlEvDoc *d, size_t j, size_t *f, size_t *e)
{
	size_t lo = j > TURN_TOKENS ? j - TURN_TOKENS : 0;
	for (size_t k = j; k >= lo + 4; k--) {
		/* ")" ")" ending at k */
		if (d->text[tl_evdoc_tok(d, k - 1)->start] != ')' || d->text[tl_evdoc_tok(d, k - 2)->start] != ')' ||
		    tl_evdoc_tok(d, k - 1)->end - tl_evdoc_tok(d, k - 1)->start != 1)
			continue;
		size_t b = k - 2, a = b;
		while (a > lo && a + 6 > b && tl_evdoc_tok(d, a - 1)->upos == TL_UPOS_PROPN)
			a--;
		if (a < lo + 2 || a == b || d->text[tl_evdoc_tok(d, a - 1)->start] != '(' ||
		    d->text[tl_evdoc_tok(d, a - 2)->start] != '(')
			return FALSE;
		size_t kn = G_MAXSIZE;
		const TlEntity *en = tl_ev_name_in(d, a, b, &kn);
		if (b - a < 2 && !(en && en->type == TL_ENT_PERSON))
			return FALSE;
		*f = a, *e = b;
		return TRUE;
	}
	return FALSE;
}

gboolean
tl_sum_speaker(const Ctx *c, size_t j, size_t *f, size_t *e)
{
	const TlEvDoc *d = c->d;
	guint32 sent = tl_evdoc_tok(d, j)->sent;
	/* the nearest quote mark before it, within a few sentences, opens */
	size_t o = G_MAXSIZE;
	for (size_t k = j; k > 0 && tl_evdoc_tok(d, k - 1)->sent + QUOTE_SENTS >= sent; k--)
		if (tl_evdoc_tok(d, k - 1)->mark & TL_EVM_QUOTE) {
			o = k - 1;
			break;
		}
	if (o == G_MAXSIZE || !opens(d, o))
		return o == G_MAXSIZE && turn_speaker(d, j, f, e);
	size_t q = G_MAXSIZE;
	for (size_t k = j + 1; k < d->toks->len && tl_evdoc_tok(d, k)->sent <= sent + QUOTE_SENTS; k++)
		if (tl_evdoc_tok(d, k)->mark & TL_EVM_QUOTE) {
			q = k;
			break;
		}
	if (q != G_MAXSIZE && closes(d, q) && after_quote(c, q, f, e))
		return TRUE;
	return before_quote(c, o, f, e);
}
