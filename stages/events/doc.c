/*
 * One document analysed for event finding: the language layer's tokens,
 * sentences, tags, lemmas and names (as stages/common/tag-annotate.c runs
 * them, the name finder only where a name may be), plus the
 * lower-case form and the lexicon bits of each token, in one array that the
 * classifier and the rules read.
 */
#include <string.h>
#include "events.h"

static inline char
lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

/* A sentence with no capitalised word after its first, which is no proper
 * noun either, holds no name: the name finder is not run on it. */
static gboolean
may_hold_names(const TlToken *tok, const TlPos *pos, size_t first, size_t last)
{
	if (pos[first].upos == TL_UPOS_PROPN)
		return TRUE;
	for (size_t i = first + 1; i < last; i++)
		if (tok[i].flags & (TL_TOKF_CAP | TL_TOKF_ALLCAPS))
			return TRUE;
	return FALSE;
}

/*
 * The language layer as tl_annot_run (stages/common/tag-annotate.c) gives it,
 * filling the same workspace, but for the name finder, which runs only on the
 * sentences that may hold a name: it costs a third of the stage's time.
 */
static void
run_layer(TlAnnot *a, const char *text, size_t len, const TlSpan *sentences, size_t n_sentences)
{
	a->text = text;
	a->len = len;
	g_array_set_size(a->tokens, 0);
	g_array_set_size(a->sentences, 0);
	g_array_set_size(a->sent_of, 0);
	g_array_set_size(a->entities, 0);
	g_array_set_size(a->lemma_off, 0);
	g_string_truncate(a->lemmas, 0);
	tl_tokenize(text, len, a->tokens);
	const TlToken *tok = (const TlToken *)a->tokens->data;
	size_t n = a->tokens->len;
	if (sentences && n_sentences)
		g_array_append_vals(a->sentences, sentences, (guint)n_sentences);
	else
		tl_split_sentences(text, len, tok, n, a->sentences);
	g_array_set_size(a->pos, (guint)n);
	TlPos *pos = (TlPos *)a->pos->data;
	/* tokens go to the sentence whose span holds their start; those
	 * between sentences join the next one */
	size_t t = 0;
	const TlSpan *sp = (const TlSpan *)a->sentences->data;
	for (guint si = 0; si <= a->sentences->len; si++) {
		size_t first = t;
		if (si < a->sentences->len)
			while (t < n && tok[t].start < sp[si].end)
				t++;
		else
			t = n;
		if (t == first)
			continue;
		guint32 f32 = (guint32)first;
		g_array_append_val(a->sent_of, f32);
		tl_tagger_tag(a->tagger, text, tok + first, t - first, pos + first);
		if (!may_hold_names(tok, pos, first, t))
			continue;
		size_t base = a->entities->len;
		g_array_set_size(a->entities, (guint)(base + (t - first)));
		TlEntity *ents = &g_array_index(a->entities, TlEntity, base);
		size_t ne = tl_names_find(a->names, text, tok + first, pos + first, t - first, ents);
		for (size_t e = 0; e < ne; e++) {
			ents[e].first += (guint32)first;
			ents[e].last += (guint32)first;
		}
		g_array_set_size(a->entities, (guint)(base + ne));
	}
	guint32 end = (guint32)n;
	g_array_append_val(a->sent_of, end);
	guint ne = a->entities->len;
	g_array_set_size(a->entities, (guint)MAX(n, ne));
	ne = (guint)tl_names_unify(text, tok, pos, n, (TlEntity *)a->entities->data, ne);
	g_array_set_size(a->entities, ne);
	for (size_t i = 0; i < n; i++) {
		guint32 off = (guint32)a->lemmas->len;
		g_array_append_val(a->lemma_off, off);
		char buf[TL_LEMMA_MAX_WORD + 1];
		size_t l = tl_lemmatize(a->lemmatizer, text + tok[i].start, tok[i].end - tok[i].start,
		                        pos[i].xpos, buf, sizeof buf);
		if (l < sizeof buf)
			g_string_append_len(a->lemmas, buf, (gssize)l);
		else
			g_string_append_len(a->lemmas, text + tok[i].start, tok[i].end - tok[i].start);
	}
	guint32 off = (guint32)a->lemmas->len;
	g_array_append_val(a->lemma_off, off);
}

TlEvDoc *
tl_evdoc_new(const char *text, size_t len, const TlSpan *spans, size_t n_spans, GError **error)
{
	const TlEvLexicon *lex = tl_evlex_default(error);
	if (!lex)
		return NULL;
	g_autoptr(TlEvDoc) d = g_new0(TlEvDoc, 1);
	if (!tl_annot_init(&d->annot, error))
		return NULL;
	d->text = text;
	d->len = len;
	d->toks = g_array_new(FALSE, FALSE, sizeof(TlEvTok));
	d->sents = g_array_new(FALSE, FALSE, sizeof(TlEvSent));
	d->strings = g_string_new(NULL);
	TlAnnot *a = &d->annot;
	run_layer(a, text, len, spans, n_spans);
	const TlToken *tok = (const TlToken *)a->tokens->data;
	const TlPos *pos = (const TlPos *)a->pos->data;
	const guint32 *lo = (const guint32 *)a->lemma_off->data;
	const guint32 *so = (const guint32 *)a->sent_of->data;
	size_t n = a->tokens->len;
	g_array_set_size(d->toks, (guint)n);
	for (guint s = 0; s + 1 < a->sent_of->len; s++) {
		TlEvSent st = {so[s], so[s + 1], tok[so[s]].start, tok[so[s + 1] - 1].end};
		g_array_append_val(d->sents, st);
		for (guint32 i = st.first; i < st.last; i++)
			g_array_index(d->toks, TlEvTok, i).sent = s;
	}
	char buf[TL_LEMMA_MAX_WORD + 1];
	g_string_set_size(d->strings, 0);
	for (size_t i = 0; i < n; i++) {
		TlEvTok *t = &g_array_index(d->toks, TlEvTok, i);
		t->start = tok[i].start;
		t->end = tok[i].end;
		t->upos = pos[i].upos;
		t->xpos = pos[i].xpos;
		t->kind = tok[i].kind;
		t->flags = tok[i].flags;
		/* lemmas are lower case but for proper nouns: ours all are */
		size_t ll = lo[i + 1] - lo[i];
		if (ll > TL_LEMMA_MAX_WORD)
			ll = TL_LEMMA_MAX_WORD;
		for (size_t k = 0; k < ll; k++)
			buf[k] = lower(a->lemmas->str[lo[i] + k]);
		buf[ll] = 0;
		t->lemma = (guint32)d->strings->len;
		g_string_append_len(d->strings, buf, (gssize)ll + 1);
		/* only words that may be events or negations need the lexicons */
		gboolean content = tok[i].kind == TL_TOK_WORD;
		t->lex = content ? (guint16)tl_evlex_lookup(lex, buf) : 0;
		size_t wl = MIN(tok[i].end - tok[i].start, (guint32)TL_LEMMA_MAX_WORD);
		for (size_t k = 0; k < wl; k++)
			buf[k] = lower(text[tok[i].start + k]);
		buf[wl] = 0;
		t->lower = (guint32)d->strings->len;
		g_string_append_len(d->strings, buf, (gssize)wl + 1);
		/* negation words are known by form: "n't" lemmatizes to "not" or not */
		if (content)
			t->lex |= (guint16)(tl_evlex_lookup(lex, buf) & (TL_EVLEX_NEG | TL_EVLEX_SUBORD));
	}
	d->ents = (const TlEntity *)a->entities->data;
	d->n_ents = a->entities->len;
	return g_steal_pointer(&d);
}

void
tl_evdoc_free(TlEvDoc *d)
{
	if (!d)
		return;
	if (d->toks)
		g_array_free(d->toks, TRUE);
	if (d->sents)
		g_array_free(d->sents, TRUE);
	if (d->strings)
		g_string_free(d->strings, TRUE);
	tl_annot_clear(&d->annot);
	g_free(d);
}
