/*
 * Headlines of reports: what was said.  "Total nonperforming assets were
 * 114.1 mln dlrs at March 31, the bank said" tells, as a report, "The bank
 * said total nonperforming assets were 114.1 mln dlrs", not "The bank
 * said"; "Local officials said on Saturday, about 20 buildings collapsed"
 * tells "Local officials said about 20 buildings collapsed".  A quote is
 * left alone: its words are the speaker's, not the writer's.
 */
#include "summary.h"

/* Is token j a word of saying's own adverbials: a date, an adverb, a date's
 * preposition? */
static gboolean
adverbial(const Ctx *c, size_t j)
{
	const TlEvTok *u = tl_evdoc_tok(c->d, j);
	return in_timex(c, j) || u->upos == TL_UPOS_ADV || (u->upos == TL_UPOS_ADP && in_timex(c, j + 1));
}

static gboolean
reporting(const TlEvDoc *d, const TlEvent *ev)
{
	return ev->cls == TL_EVC_REPORTING || (tl_evdoc_tok(d, ev->tok)->lex & TL_EVLEX_REPORTING);
}

size_t
tl_sum_report_after(const Ctx *c, const TlEvent *ev)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	if (!reporting(d, ev) || !tl_ev_finite_xpos(tl_evdoc_tok(d, ev->vg_first)->xpos))
		return G_MAXSIZE;
	/* nothing of its own after the verb but dates and adverbs */
	for (size_t j = ev->tok + 1; j < s->last; j++)
		if (!adverbial(c, j) && !is_punct(tl_evdoc_tok(d, j)))
			return G_MAXSIZE;
	guint32 cf, cl;
	tl_ev_clause(d, ev->tok, &cf, &cl);
	if (cf < s->first + 3 || cf >= ev->vg_first || tl_evdoc_tok(d, cf - 1)->xpos != TL_XPOS_COMMA)
		return G_MAXSIZE;
	/* its subject a noun phrase: "the bank", "Hughes Tool Co" */
	for (size_t j = cf; j < ev->vg_first; j++)
		if (!nominal(tl_evdoc_tok(d, j)) && tl_evdoc_tok(d, j)->upos != TL_UPOS_ADV)
			return G_MAXSIZE;
	/* the statement: the sentence up to the comma, its first finite verb,
	 * no quote in it */
	size_t f = d->finite[ev->sent], a = tl_sum_text_start(d, ev->sent);
	if (f < a || f + 1 >= cf || tl_ev_quote_in(d, s->first, cf))
		return G_MAXSIZE;
	/* a main clause ("Should these loans remain ..." is none) */
	const TlEvTok *u = tl_evdoc_tok(d, a);
	if (u->upos == TL_UPOS_SCONJ || u->upos == TL_UPOS_AUX || u->xpos == TL_XPOS_WRB || (u->lex & TL_EVLEX_SUBORD))
		return G_MAXSIZE;
	guint32 sf, sl;
	tl_ev_clause(d, f, &sf, &sl);
	return sf <= a || !tl_sum_verb_in(d, a, sf) ? f : G_MAXSIZE;
}

/* The tokens of the statement ev tells, its verb at f: subject, verb group
 * and object up to the report's comma before token `end`; FALSE when it
 * has no subject. */
static gboolean
statement(const Ctx *c, const TlEvent *ev, size_t f, size_t end, GArray *keep)
{
	TlEvent st = {.tok = (guint32)f, .sent = ev->sent};
	tl_ev_attributes(c->d, &st);
	guint32 sf, sl;
	tl_ev_clause(c->d, f, &sf, &sl);
	guint n = keep->len;
	tl_sum_subject(c, &st, sf, keep);
	gboolean subject = keep->len > n;
	tl_sum_append_span(c, st.vg_first, st.tok + 1, keep);
	tl_sum_append_object(c, &st, MIN(sl, end), keep);
	tl_event_clear(&st);
	return subject;
}

char *
tl_sum_report_headline(const Ctx *c, const TlEvent *ev)
{
	size_t f = tl_sum_report_after(c, ev);
	if (f == G_MAXSIZE)
		return NULL;
	const TlEvDoc *d = c->d;
	guint32 cf, cl;
	tl_ev_clause(d, ev->tok, &cf, &cl);
	g_autoptr(GArray) keep = tl_sum_tokens_new();
	tl_sum_subject(c, ev, cf, keep);
	tl_sum_name_pronoun(c, keep, 0, ev->vg_first, NULL);
	guint n = keep->len;
	tl_sum_append_span(c, ev->vg_first, ev->tok + 1, keep);
	if (n == 0 || keep->len == n)
		return NULL;
	n = keep->len;
	gboolean subject = statement(c, ev, f, cf - 1, keep);
	tl_sum_trim_tail(c, keep);
	if (!subject || keep->len < n + 2)
		return NULL; /* no clause said */
	return tl_sum_render(d, keep);
}

gboolean
tl_sum_report_clause(const Ctx *c, const TlEvent *ev, size_t cl, GArray *keep)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	if (!reporting(d, ev) || c->reach || cl + 3 >= s->last || ev->tok >= cl)
		return FALSE;
	/* (or before a "that" the tagger took for a relative pronoun: "said
	 * last month that his group controlled") */
	guint8 x = tl_evdoc_tok(d, cl)->xpos;
	if (x != TL_XPOS_COMMA && x != TL_XPOS_COLON && strcmp(tl_evdoc_lower(d, cl), "that") != 0)
		return FALSE;
	size_t j = ev->tok + 1;
	while (j < cl && adverbial(c, j))
		j++;
	/* "said that effective April six, prices will increase", "said that
	 * on Monday, ...": the phrase that opens what was said */
	if (j + 1 < cl && x == TL_XPOS_COMMA && strcmp(tl_evdoc_lower(d, j), "that") == 0) {
		j++;
		while (j < cl && (adverbial(c, j) || in_timex(c, j) ||
		                  strcmp(tl_evdoc_lower(d, j), "effective") == 0))
			j++;
	}
	if (j < cl)
		return FALSE;
	/* a report with a subject of its own ("That said, ..." is none) */
	guint32 cf, cl0;
	tl_ev_clause(d, ev->tok, &cf, &cl0);
	size_t v = ev->vg_first;
	while (v > cf && tl_evdoc_tok(d, v - 1)->upos == TL_UPOS_ADV)
		v--;
	if (v <= cf || !tl_ev_finite_xpos(tl_evdoc_tok(d, ev->vg_first)->xpos) || !nominal(tl_evdoc_tok(d, v - 1)) ||
	    tl_evdoc_tok(d, v - 1)->upos == TL_UPOS_DET || tl_evdoc_tok(d, v - 1)->xpos == TL_XPOS_WDT ||
	    tl_evdoc_tok(d, v - 1)->xpos == TL_XPOS_WP)
		return FALSE;
	/* a clause of its own after the comma: a subject, then a verb
	 * ("about 20 buildings collapsed"; not a quote, nor "adding ...") */
	size_t n = cl + 1;
	guint32 f2, l2;
	tl_ev_clause(d, n, &f2, &l2);
	const TlEvTok *u = tl_evdoc_tok(d, n);
	static const char *const about[] = {"about", "around", "nearly", "almost", "approximately", "some",
	                                    "over", "roughly", NULL};
	gboolean amount = tl_ev_word_in(tl_evdoc_lower(d, n), about) && n + 1 < l2 &&
	                  tl_evdoc_tok(d, n + 1)->upos == TL_UPOS_NUM; /* "about 20 buildings" */
	if (f2 != n || tl_ev_quote_in(d, n, l2) || !(nominal(u) || amount) ||
	    !tl_sum_verb_in(d, n + 1, l2))
		return FALSE;
	TlEvent p = {.tok = cl, .sent = ev->sent};
	tl_sum_append_object(c, &p, l2, keep);
	return TRUE;
}
