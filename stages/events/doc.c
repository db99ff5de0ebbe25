/*
 * One document analysed for event finding: the language layer's tokens,
 * sentences, tags, lemmas and names (stages/common/tag-annotate.c, the name
 * finder only where a name may be), plus the
 * lower-case form and the lexicon bits of each token, in one array that the
 * classifier and the rules read.
 */
#include <string.h>
#include "events.h"

/* Write src[0..n) in lower case (ASCII) to dst, NUL-terminated, and return
 * the FNV-1a hash of what was written (but the NUL). */
static guint64
lower_fnv(char *dst, const char *src, size_t n)
{
	guint64 h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < n; i++) {
		char c = src[i];
		c = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
		dst[i] = c;
		h ^= (guint8)c;
		h *= 0x100000001b3ULL;
	}
	dst[n] = 0;
	return h;
}

/* The TL_EVM_* marks of a lower-case token, w[0..n) and NUL-terminated. */
static guint8
mark_of(const char *w, size_t n)
{
	static const struct {
		const char *w;
		size_t n; /* its length */
		guint8 mark;
	} marks[] = {
		{"\"", 1, TL_EVM_QUOTE | TL_EVM_HARD | TL_EVM_DASH},
		{"“", 3, TL_EVM_QUOTE | TL_EVM_HARD | TL_EVM_DASH},
		{"”", 3, TL_EVM_QUOTE | TL_EVM_HARD | TL_EVM_DASH},
		{"``", 2, TL_EVM_QUOTE | TL_EVM_HARD},
		{"''", 2, TL_EVM_QUOTE | TL_EVM_HARD},
		{";", 1, TL_EVM_HARD | TL_EVM_DASH},
		{"—", 3, TL_EVM_HARD | TL_EVM_DASH},
		{"–", 3, TL_EVM_HARD | TL_EVM_DASH},
		{":", 1, TL_EVM_HARD},
		{"--", 2, TL_EVM_HARD},
		{"(", 1, TL_EVM_HARD},
		{")", 1, TL_EVM_HARD},
		{"to", 2, TL_EVM_COMP},
		{"that", 4, TL_EVM_COMP},
		{"whether", 7, TL_EVM_COMP},
		{"if", 2, TL_EVM_COMP},
	};
	/* a clitic, as the candidates' test read the NUL-terminated form */
	guint8 clitic = 0;
	if (w[0] == '\'' || (w[0] == '\xe2' && w[1] == '\x80' && w[2] == '\x99') ||
	    (w[0] == 'n' && (strcmp(w, "n't") == 0 || strcmp(w, "n\xe2\x80\x99t") == 0)))
		clitic = TL_EVM_CLITIC;
	/* most tokens are words: only these first bytes can start a mark */
	if (n > 7 || !n)
		return clitic;
	switch (w[0]) {
	case '"':
	case '\xe2':
	case '`':
	case '\'':
	case ';':
	case ':':
	case '-':
	case '(':
	case ')':
	case 't':
	case 'w':
	case 'i':
		break;
	default:
		return clitic;
	}
	for (size_t k = 0; k < G_N_ELEMENTS(marks); k++)
		if (marks[k].n == n && marks[k].w[0] == w[0] && memcmp(w, marks[k].w, n) == 0)
			return clitic | marks[k].mark;
	return clitic;
}

/* Headlines borrow the subject of a sentence's first finite verb (or modal).
 * next_finite answers tl_sum_finite_in at once: scanned, a sentence of
 * thousands of participles and no finite verb was quadratic.  Read from the
 * tokens' tags: again when tl_evdoc_glued_hyphens changes one. */
static void
fill_finite(TlEvDoc *d)
{
	for (guint si = 0; si < d->sents->len; si++) {
		const TlEvSent *st = &g_array_index(d->sents, TlEvSent, si);
		d->finite[si] = st->last;
		for (guint32 j = st->first; j < st->last; j++) {
			if (tl_ev_finite_xpos(tl_evdoc_tok(d, j)->xpos)) {
				d->finite[si] = j;
				break;
			}
		}
	}
	guint32 n = d->toks->len;
	d->next_finite[n] = n;
	for (guint32 j = n; j-- > 0;) {
		const TlEvTok *u = tl_evdoc_tok(d, j);
		d->next_finite[j] = u->upos == TL_UPOS_AUX || tl_ev_finite_xpos(u->xpos) ? j : d->next_finite[j + 1];
	}
}

/* Is u a finite past or a modal, which opens a clause's verb group? */
static gboolean
past_or_modal(const TlEvTok *u)
{
	return u->xpos == TL_XPOS_VBD || u->xpos == TL_XPOS_MD;
}

/*
 * A verb whose past is its base, read as a noun (or a conjunction) in a
 * sentence left with no finite verb: "The firm cut jobs", "The bank set
 * rates higher", "The plant shut its doors" (the tagger's "firm cut jobs" is
 * a compound noun).  Only between a subject that opens with a determiner
 * and an object or a preposition, as the sentence's one verb; a capitalised
 * participle after "the" before it is a name ("The Fed cut rates").
 */
static void
misread_verbs(TlEvDoc *d)
{
	/* (not "cost": "the fuel cost adjustment rate") */
	static const char *const zero_past[] = {"cut", "put", "set", "hit", "let", "shut", "spread",
	                                        "quit", "split", "bid", "cast", "hurt", "burst",
	                                        "upset", "shed", NULL};
	for (guint si = 0; si < d->sents->len; si++) {
		const TlEvSent *s = &g_array_index(d->sents, TlEvSent, si);
		size_t cand = 0;
		gboolean finite = FALSE;
		for (size_t j = s->first; j < s->last && !finite; j++) {
			const TlEvTok *u = tl_evdoc_tok(d, j);
			finite = (u->upos == TL_UPOS_VERB || u->upos == TL_UPOS_AUX) &&
			         tl_ev_finite_xpos(u->xpos);
			if (!cand && j > s->first + 1 && j + 1 < s->last &&
			    (u->upos == TL_UPOS_NOUN || u->upos == TL_UPOS_CCONJ) &&
			    tl_ev_word_in(tl_evdoc_lower(d, j), zero_past))
				cand = j;
		}
		if (finite || !cand)
			continue;
		/* the subject: a determiner, then nouns or a name (or a capital
		 * the tagger read as a participle) */
		size_t j = cand;
		while (j > s->first) {
			const TlEvTok *u = tl_evdoc_tok(d, j - 1);
			if (!(u->upos == TL_UPOS_NOUN || u->upos == TL_UPOS_PROPN || u->upos == TL_UPOS_ADJ ||
			      ((u->xpos == TL_XPOS_VBN || u->xpos == TL_XPOS_VBD) && (u->flags & TL_TOKF_CAP))))
				break;
			j--;
		}
		if (j == cand || j == s->first || tl_evdoc_tok(d, j - 1)->upos != TL_UPOS_DET ||
		    tl_evdoc_tok(d, cand - 1)->upos == TL_UPOS_ADJ)
			continue;
		/* an object, or a preposition's phrase ("spread to the Atlantic
		 * provinces"; not "of": "The price cut of 5 pct") */
		const TlEvTok *o = tl_evdoc_tok(d, cand + 1);
		if (!(o->upos == TL_UPOS_DET || o->upos == TL_UPOS_NUM || o->upos == TL_UPOS_NOUN ||
		      o->upos == TL_UPOS_PROPN || o->upos == TL_UPOS_ADJ || o->xpos == TL_XPOS_PRPS ||
		      (o->upos == TL_UPOS_ADP && strcmp(tl_evdoc_lower(d, cand + 1), "of") != 0)))
			continue;
		for (size_t k = j; k < cand; k++) {
			TlEvTok *u = &g_array_index(d->toks, TlEvTok, k);
			if (u->xpos == TL_XPOS_VBN || u->xpos == TL_XPOS_VBD) {
				u->upos = TL_UPOS_PROPN;
				u->xpos = TL_XPOS_NNP;
			}
		}
		TlEvTok *t = &g_array_index(d->toks, TlEvTok, cand);
		t->upos = TL_UPOS_VERB;
		t->xpos = TL_XPOS_VBD;
	}
}

/*
 * Nouns the tagger read as verbs before the clause's finite verb, with
 * only a phrase of a preposition between: a plural after its noun
 * phrase's words ("London Metal Exchange stocks fell", "Japan's housing
 * starts in February rose"; not a verb that takes a clause, "The company
 * says prices rose"), a capitalised plural that opens the sentence before
 * it, after any phrase ("Vigils this evening were attended"), and a
 * capitalised word after "the" ("the Fed ruled").  Two finite verbs with no
 * conjunction between cannot both be.
 */
static void
misread_nouns(TlEvDoc *d)
{
	static const char *const clause_verbs[] = {"show", "suggest", "indicate", "say", "claim", "argue",
	                                           "prove", "mean", "find", "conclude", "estimate",
	                                           "note", "reveal", "confirm", "admit", "deny", "assume",
	                                           "insist", "acknowledge", "hope", "know", "feel",
	                                           "think", "believe", "expect", "fear", "warn", NULL};
	size_t n = d->toks->len;
	for (size_t i = 0; i + 1 < n; i++) {
		TlEvTok *t = &g_array_index(d->toks, TlEvTok, i);
		const TlEvTok *p = i > 0 ? t - 1 : NULL;
		if (t->kind != TL_TOK_WORD)
			continue;
		/* (or a capitalised plural that opens the sentence: "Vigils
		 * this evening were attended") */
		gboolean first = !p || p->sent != t->sent;
		if (first && !(t->xpos == TL_XPOS_VBZ && (t->flags & TL_TOKF_CAP)))
			continue;
		gboolean plural = (t->xpos == TL_XPOS_VBZ || t->xpos == TL_XPOS_VBP) &&
		                  (first || p->upos == TL_UPOS_NOUN || p->upos == TL_UPOS_PROPN ||
		                   p->upos == TL_UPOS_ADJ || p->xpos == TL_XPOS_POS) &&
		                  !(t->lex & (TL_EVLEX_REPORTING | TL_EVLEX_I_STATE | TL_EVLEX_PERCEPTION)) &&
		                  !tl_ev_word_in(tl_evdoc_lemma(d, i), clause_verbs);
		gboolean name = !first && (t->xpos == TL_XPOS_VBN || t->xpos == TL_XPOS_VBD) &&
		                (t->flags & TL_TOKF_CAP) &&
		                p->xpos == TL_XPOS_DT && strcmp(tl_evdoc_lower(d, i - 1), "the") == 0;
		if (!plural && !name)
			continue;
		size_t k = i + 1;
		while (k < n && k < i + 6 && tl_evdoc_tok(d, k)->sent == t->sent) {
			const TlEvTok *u = tl_evdoc_tok(d, k);
			if (u->upos != TL_UPOS_ADP && u->upos != TL_UPOS_DET && u->upos != TL_UPOS_ADJ &&
			    u->upos != TL_UPOS_NOUN && u->upos != TL_UPOS_PROPN && u->upos != TL_UPOS_NUM)
				break;
			k++;
		}
		/* (right after it for a name; a phrase of a preposition between
		 * for a plural, which starts with the preposition) */
		if (name && k != i + 1)
			continue;
		static const char *const of_place[] = {"in", "of", "for", "at", "on", NULL};
		if (k > i + 1 && !first && !tl_ev_word_in(tl_evdoc_lower(d, i + 1), of_place))
			continue; /* (not "The move comes after the EU sanctioned") */
		if (k >= n || tl_evdoc_tok(d, k)->sent != t->sent || !past_or_modal(tl_evdoc_tok(d, k)))
			continue;
		/* ("Pan Am said"; at the sentence's start, a capital is a name's
		 * only before another: "Rolls RB211 engine was") */
		if (name || ((t->flags & TL_TOKF_CAP) &&
		             (!first || (tl_evdoc_tok(d, i + 1)->flags & TL_TOKF_CAP)))) {
			t->upos = TL_UPOS_PROPN;
			t->xpos = TL_XPOS_NNP;
		} else {
			t->upos = TL_UPOS_NOUN;
			t->xpos = t->xpos == TL_XPOS_VBZ ? TL_XPOS_NNS : TL_XPOS_NN;
		}
	}
}

static void
set_finite(TlEvDoc *d)
{
	d->finite = g_new(guint32, d->sents->len + 1);
	d->next_finite = g_new(guint32, d->toks->len + 1);
	fill_finite(d);
}

/*
 * The language layer's workspace, one a thread, kept from one document to
 * the next: made afresh for each, its eight arrays were allocated, grown a
 * step at a time and freed again per document.  It is the document's
 * largest part but for the copies tl_evdoc_new makes: after a document of
 * more than WORKSPACE_KEEP bytes it is freed, before the events and their
 * output are made, so a big document costs no more memory than before and
 * what is kept stays bounded.
 */
#define WORKSPACE_KEEP (256 * 1024)

static void
workspace_free(gpointer p)
{
	if (p)
		tl_annot_clear(p);
	g_free(p);
}

static GPrivate workspace_key = G_PRIVATE_INIT(workspace_free);

static TlAnnot *
workspace(GError **error)
{
	TlAnnot *a = g_private_get(&workspace_key);
	if (a)
		return a;
	a = g_new0(TlAnnot, 1);
	if (!tl_annot_init(a, error)) {
		workspace_free(a);
		return NULL;
	}
	g_private_set(&workspace_key, a);
	return a;
}

TlEvDoc *
tl_evdoc_new(const char *text, size_t len, const TlSpan *spans, size_t n_spans, GError **error)
{
	const TlEvLexicon *lex = tl_evlex_default(error);
	if (!lex)
		return NULL;
	TlAnnot *a = workspace(error);
	if (!a)
		return NULL;
	g_autoptr(TlEvDoc) d = g_new0(TlEvDoc, 1);
	d->text = text;
	d->len = len;
	tl_annot_run_with(a, text, len, spans, n_spans, TL_ANNOT_NAMES_CAPITALISED);
	d->toks = g_array_sized_new(FALSE, FALSE, sizeof(TlEvTok), a->tokens->len);
	d->sents = g_array_sized_new(FALSE, FALSE, sizeof(TlEvSent), a->sent_of->len);
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
	/* each token's lemma and lower-case form, NUL-terminated: room for all
	 * (the lemmas, the text, the NULs), written in place */
	d->strings = g_string_sized_new(a->lemmas->len + len + 2 * n);
	g_string_set_size(d->strings, a->lemmas->len + len + 2 * n);
	char *str = d->strings->str;
	guint32 at = 0;
	d->hash = g_new(guint64, 2 * n + 2);
	for (size_t i = 0; i < n; i++) {
		TlEvTok *t = &g_array_index(d->toks, TlEvTok, i);
		t->start = tok[i].start;
		t->end = tok[i].end;
		t->upos = pos[i].upos;
		t->xpos = pos[i].xpos;
		t->kind = tok[i].kind;
		t->flags = tok[i].flags;
		/* lemmas are lower case but for proper nouns: ours all are */
		size_t ll = MIN(lo[i + 1] - lo[i], (guint32)TL_LEMMA_MAX_WORD);
		char *lemma = str + at;
		d->hash[2 * i + 1] = lower_fnv(lemma, a->lemmas->str + lo[i], ll);
		t->lemma = at;
		t->lemma_len = (guint8)ll;
		at += (guint32)ll + 1;
		/* only words that may be events or negations need the lexicons */
		gboolean content = tok[i].kind == TL_TOK_WORD;
		t->lex = content ? (guint16)tl_evlex_lookup_hashed(lex, lemma, ll, d->hash[2 * i + 1]) : 0;
		size_t wl = MIN(tok[i].end - tok[i].start, (guint32)TL_LEMMA_MAX_WORD);
		char *low = str + at;
		d->hash[2 * i] = lower_fnv(low, text + tok[i].start, wl);
		t->lower = at;
		at += (guint32)wl + 1;
		t->mark = mark_of(low, wl);
		/* negation words are known by form: "n't" lemmatizes to "not" or not
		 * (a form that is its own lemma was looked up just above) */
		if (content && (wl != ll || d->hash[2 * i] != d->hash[2 * i + 1] ||
		                memcmp(low, lemma, wl) != 0))
			t->lex |= (guint16)(tl_evlex_lookup_hashed(lex, low, wl, d->hash[2 * i]) &
			                    (TL_EVLEX_NEG | TL_EVLEX_SUBORD));
	}
	/* an en dash glued between two words joins them, as a hyphen does:
	 * "the Mysuru–Bengaluru Tippu Express", "the Egypt–Israel treaty" (an
	 * em dash glued so sets an aside off: "a travelator—a walkway—at") */
	for (guint i = 1; i + 1 < n; i++) {
		TlEvTok *t = &g_array_index(d->toks, TlEvTok, i);
		if (!(t->mark & TL_EVM_DASH) || tok[i].end - tok[i].start != 3 ||
		    memcmp(text + tok[i].start, "\xe2\x80\x93", 3) != 0)
			continue;
		if (tok[i - 1].end == tok[i].start && tok[i].end == tok[i + 1].start &&
		    tok[i - 1].kind == TL_TOK_WORD && tok[i + 1].kind == TL_TOK_WORD) {
			t->mark &= (guint8)~(TL_EVM_HARD | TL_EVM_DASH);
			t->xpos = TL_XPOS_HYPH; /* (the tagger may read a comma) */
			t->upos = TL_UPOS_PUNCT;
		}
	}
	misread_nouns(d);
	misread_verbs(d);
	g_string_truncate(d->strings, at);
	/* (the workspace's array has room for a name a token) */
	d->entities = g_array_sized_new(FALSE, FALSE, sizeof(TlEntity), a->entities->len);
	g_array_append_vals(d->entities, a->entities->data, a->entities->len);
	d->ents = (const TlEntity *)d->entities->data;
	d->n_ents = d->entities->len;
	set_finite(d);
	if (len > WORKSPACE_KEEP)
		g_private_replace(&workspace_key, NULL);
	return g_steal_pointer(&d);
}

void
tl_evdoc_glued_hyphens(TlEvDoc *d, const guint8 *cls)
{
	gboolean retagged = FALSE;
	for (size_t i = 1; i + 1 < d->toks->len; i++) {
		TlEvTok *t = &g_array_index(d->toks, TlEvTok, i);
		TlEvTok *p = t - 1, *n = t + 1;
		if (!(t->end == t->start + 1 && d->text[t->start] == '-' && p->end == t->start &&
		      n->start == t->end && g_ascii_isalnum(d->text[p->end - 1]) &&
		      g_ascii_isalnum(d->text[n->start])))
			continue;
		t->upos = TL_UPOS_PUNCT;
		t->xpos = TL_XPOS_HYPH;
		/* a participle glued before a noun is an adjective's part, no
		 * verb of a clause: "gilt-edged securities", "a Tokyo-based
		 * firm", "the U.S.-led coalition"; not an event's word, which the
		 * classifier read as a verb: "slow-moving" */
		const TlEvTok *after = i + 2 < d->toks->len ? n + 1 : NULL;
		if (n->upos == TL_UPOS_VERB && !cls[i + 1] &&
		    (n->xpos == TL_XPOS_VBN || n->xpos == TL_XPOS_VBD || n->xpos == TL_XPOS_VBG) && after &&
		    after->sent == n->sent && after->start > n->end &&
		    (after->upos == TL_UPOS_NOUN || after->upos == TL_UPOS_PROPN || after->upos == TL_UPOS_ADJ)) {
			n->upos = TL_UPOS_ADJ;
			n->xpos = TL_XPOS_JJ;
			retagged = TRUE;
		}
	}
	/* the finite verbs again (a past may have been one) */
	if (retagged)
		fill_finite(d);
}

size_t
tl_evdoc_ent_from(const TlEvDoc *d, size_t tok)
{
	size_t lo = 0, hi = d->n_ents;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (d->ents[mid].first < tok)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t
tl_evdoc_ent_after(const TlEvDoc *d, size_t tok)
{
	size_t lo = 0, hi = d->n_ents;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (d->ents[mid].last <= tok)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const TlEntity *
tl_ev_name_in(const TlEvDoc *d, size_t first, size_t last, size_t *k)
{
	size_t i = *k == G_MAXSIZE ? tl_evdoc_ent_from(d, first) : *k + 1;
	for (; i < d->n_ents && d->ents[i].first < last; i++)
		if (d->ents[i].last <= last) {
			*k = i;
			return &d->ents[i];
		}
	*k = d->n_ents;
	return NULL;
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
	if (d->entities)
		g_array_free(d->entities, TRUE);
	g_free(d->finite);
	g_free(d->next_finite);
	g_free(d->hash);
	g_free(d);
}
