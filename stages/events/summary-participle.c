/*
 * Headlines: a participle clause told in the past with the subject of the
 * clause it follows.  "The Bank of Japan intervened in the market, buying
 * dollars" has "buying" for an event of its own, whose headline alone,
 * "Buying dollars", says not who; told as "The Bank of Japan bought dollars"
 * it does.  Only after a clause in the past, with a comma or "before",
 * "after", "while", "since" or "upon" between, and a subject found there;
 * the past from data/past-tense.txt, else the regular "-ed".
 */
#include "anchoring.h"
#include "summary.h"

/* lemma -> {past}; no file: the regular past for all */
static const char *
past_listed(const char *lemma)
{
	static gsize once;
	static GHashTable *table;
	const char *const *v = tl_sum_table_lookup(&table, &once, "past-tense.txt", 2, lemma);
	return v ? v[0] : NULL;
}

static gboolean
vowel(char ch)
{
	return ch && strchr("aeiou", ch) != NULL;
}

/* The past of a verb's lemma, or NULL for a word of other letters than a
 * to z, and for "be" (whose past agrees with its subject); owned. */
char *
tl_sum_past_tense(const char *lemma)
{
	size_t n = strlen(lemma), groups = 0;
	if (n < 2 || strcmp(lemma, "be") == 0)
		return NULL;
	for (size_t k = 0; k < n; k++) {
		if (lemma[k] < 'a' || lemma[k] > 'z')
			return NULL;
		groups += vowel(lemma[k]) && (k == 0 || !vowel(lemma[k - 1]));
	}
	const char *listed = past_listed(lemma);
	if (listed)
		return g_strdup(listed);
	if (lemma[n - 1] == 'e')
		return g_strconcat(lemma, "d", NULL);
	if (lemma[n - 1] == 'y' && !vowel(lemma[n - 2]))
		return g_strdup_printf("%.*sied", (int)(n - 1), lemma);
	/* one syllable that ends consonant, vowel, consonant: "stop", "plan" */
	if (n >= 3 && groups == 1 && !vowel(lemma[n - 1]) && !strchr("wxy", lemma[n - 1]) &&
	    vowel(lemma[n - 2]) && !vowel(lemma[n - 3]))
		return g_strdup_printf("%s%ced", lemma, lemma[n - 1]);
	return g_strconcat(lemma, "ed", NULL);
}

/* A subject's adverbs at its end go: "He then (served)". */
static void
drop_adverbs(const TlEvDoc *d, GArray *subj)
{
	while (subj->len && tl_evdoc_tok(d, g_array_index(subj, guint32, subj->len - 1))->upos == TL_UPOS_ADV)
		g_array_set_size(subj, subj->len - 1);
}

/* Is the gerund at j the subject of a verb after its object: ", wearing a
 * face covering would become compulsory"? */
static gboolean
gerund_subject(const TlEvDoc *d, size_t j, size_t last)
{
	for (size_t k = j + 1; k < last && k < j + 7; k++) {
		const TlEvTok *u = tl_evdoc_tok(d, k);
		if (u->upos == TL_UPOS_AUX || u->xpos == TL_XPOS_MD)
			return k > j + 1;
		/* "until dredging ceased" (the tagger's participle too; not
		 * "getting married", nor "noting rates rose") */
		static const char *const auxes[] = {"be", "have", "get", "become", NULL};
		if (u->upos == TL_UPOS_VERB && (tl_ev_finite_xpos(u->xpos) || u->xpos == TL_XPOS_VBN))
			return k == j + 1 && !tl_ev_word_in(tl_evdoc_lemma(d, j), auxes);
		if (!nominal(u) || u->upos == TL_UPOS_PRON)
			return FALSE;
	}
	return FALSE;
}

/*
 * The verb of the clause in the past that the bare participle ev follows
 * ("intervened in the market, buying", "served eight years ... before
 * rejoining"): the nearest finite verb before it in its sentence, or the
 * verb its auxiliary goes with; G_MAXSIZE when there is none, or it is not
 * in the past.
 */
static size_t
past_clause_verb(const TlEvDoc *d, const TlEvent *ev)
{
	static const char *const subs[] = {"before", "after", "while", "since", "upon", "until", NULL};
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	if (tl_evdoc_tok(d, ev->tok)->xpos != TL_XPOS_VBG || ev->vg_first != ev->tok ||
	    ev->tok < s->first + 3)
		return G_MAXSIZE;
	/* (an adverb of sequence between: ", instead focusing on", ", then
	 * moving to"; not one of result or manner, ", thereby increasing",
	 * ", largely reflecting", whose subject is the clause's doing) */
	static const char *const sequence[] = {"instead", "then", "later", "eventually", "likewise",
	                                       "subsequently", "finally", "afterwards", "again", NULL};
	size_t before = ev->tok - 1;
	if (tl_evdoc_tok(d, before)->upos == TL_UPOS_ADV && before > s->first + 2 &&
	    tl_evdoc_tok(d, before - 1)->xpos == TL_XPOS_COMMA &&
	    tl_ev_word_in(tl_evdoc_lower(d, before), sequence))
		before--;
	if ((tl_evdoc_tok(d, before)->xpos != TL_XPOS_COMMA &&
	     !tl_ev_word_in(tl_evdoc_lower(d, before), subs)) ||
	    tl_ev_preposition_like(d, ev->tok))
		return G_MAXSIZE; /* not "according to" */
	static const char *const results[] = {"make", "earn", "render", "leave", NULL};
	if (ev->tok + 1 < d->toks->len && tl_evdoc_tok(d, ev->tok + 1)->upos == TL_UPOS_PRON &&
	    tl_ev_word_in(tl_evdoc_lemma(d, ev->tok), results))
		return G_MAXSIZE; /* what the clause did: ", making him the longest serving" */
	if (tl_evdoc_tok(d, before - 1)->xpos == TL_XPOS_VBG ||
	    (tl_evdoc_tok(d, ev->tok)->flags & TL_TOKF_CAP) || gerund_subject(d, ev->tok, s->last))
		return G_MAXSIZE; /* a list ("pushing, punching"), a name, a subject */
	if (ev->tok + 2 < s->last && tl_evdoc_tok(d, ev->tok + 1)->upos == TL_UPOS_NOUN &&
	    tl_ev_finite_xpos(tl_evdoc_tok(d, ev->tok + 2)->xpos))
		return G_MAXSIZE; /* a noun's modifier: ", banking sources said" */
	size_t first = d->finite[ev->sent];
	for (size_t j = before; j > s->first; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		/* not across a quote's bound, nor another participle's phrase
		 * ("in the process of taking Revlon private after acquiring") */
		if ((u->mark & TL_EVM_QUOTE) || u->xpos == TL_XPOS_VBG)
			return G_MAXSIZE;
		/* nor out of a subordinate clause, whose subject it follows
		 * ("on the grounds that G-5, grouping the United States, ...,
		 * had reduced"; not "said that since closing") */
		if ((u->upos == TL_UPOS_SCONJ || u->xpos == TL_XPOS_WDT) && j - 1 > s->first && j < before)
			return G_MAXSIZE;
		/* a bare past participle right after its subject, the sentence's
		 * first verb, is a past the tagger misread ("The Bank of Japan
		 * intervened"; not "the number needed") */
		guint8 p = j > s->first + 1 ? tl_evdoc_tok(d, j - 2)->upos : TL_UPOS_PUNCT;
		gboolean misread = u->xpos == TL_XPOS_VBN && u->upos == TL_UPOS_VERB && first >= j - 1 &&
		                   (p == TL_UPOS_NOUN || p == TL_UPOS_PROPN || p == TL_UPOS_PRON);
		if (!tl_ev_finite_xpos(u->xpos) && !misread)
			continue;
		/* in the past, and no clause reported ("He said Argentina was
		 * seeking ..., adding that": whose adding, the tree would tell) */
		if ((u->xpos != TL_XPOS_VBD && !misread) ||
		    (j - 1 != first && first < ev->tok && (tl_evdoc_tok(d, first)->lex & TL_EVLEX_REPORTING)))
			return G_MAXSIZE;
		guint8 r = j > s->first + 1 ? tl_evdoc_tok(d, j - 2)->xpos : TL_XPOS_COMMA;
		/* a relative clause's ("which went into effect, finding"),
		 * but a person's with a subordinator between, whose subject is
		 * the antecedent ("a former Marine who worked ... until
		 * retiring") */
		if ((r == TL_XPOS_WDT || r == TL_XPOS_WP) &&
		    !(r == TL_XPOS_WP && strcmp(tl_evdoc_lower(d, j - 2), "who") == 0 &&
		      tl_evdoc_tok(d, before)->xpos != TL_XPOS_COMMA))
			return G_MAXSIZE;
		if (u->upos != TL_UPOS_AUX)
			return j - 1;
		for (size_t k = j; k < ev->tok && k < j + 4; k++) {
			const TlEvTok *w = tl_evdoc_tok(d, k);
			if (w->upos == TL_UPOS_ADV || (w->lex & TL_EVLEX_NEG))
				continue;
			if (w->upos != TL_UPOS_VERB)
				break; /* a copula's: "was unable to qualify" */
			/* the subject of a passive did not do what follows its comma
			 * ("was chosen as his running mate, making her") */
			if (w->xpos == TL_XPOS_VBN && strcmp(tl_evdoc_lemma(d, j - 1), "be") == 0 &&
			    tl_evdoc_tok(d, ev->tok - 1)->xpos == TL_XPOS_COMMA)
				return G_MAXSIZE;
			return k;
		}
		return j - 1;
	}
	return G_MAXSIZE;
}

gboolean
tl_sum_question(const TlEvDoc *d, guint32 sent)
{
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, sent);
	for (size_t j = s->last; j > s->first; j--) {
		const TlEvTok *u = tl_evdoc_tok(d, j - 1);
		if (!is_punct(u) || d->text[u->start] == '?')
			return d->text[u->start] == '?';
	}
	return FALSE;
}

/*
 * The headline of a bare participle ev told in the past with the subject of
 * the clause it follows, its object as verb_headline finds it up to cl;
 * NULL when that does not apply.  Owned by the caller.
 */
char *
tl_sum_participle_headline(const Ctx *c, const TlEvent *ev, size_t cl)
{
	const TlEvDoc *d = c->d;
	size_t v = past_clause_verb(d, ev);
	if (v == G_MAXSIZE)
		return NULL;
	g_autofree char *past = tl_sum_past_tense(tl_evdoc_lemma(d, ev->tok));
	if (!past)
		return NULL;
	TlEvent main = {.tok = (guint32)v, .sent = ev->sent};
	tl_ev_attributes(d, &main);
	guint32 mf, ml;
	tl_ev_clause(d, main.tok, &mf, &ml);
	guint8 x0 = tl_evdoc_tok(d, mf)->xpos;
	/* a clause quoted: its subject is no one's before it (a quote that
	 * closes the sentence before is none of this clause's) */
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	gboolean quoted = FALSE;
	for (size_t j = mf > s->first ? mf - 1 : s->first; j < main.tok && !quoted; j++)
		quoted = (tl_evdoc_tok(d, j)->mark & TL_EVM_QUOTE) != 0;
	if (x0 == TL_XPOS_WDT || x0 == TL_XPOS_WP || quoted || tl_sum_question(d, ev->sent)) {
		tl_event_clear(&main);
		return NULL; /* nor a relative clause's ("which went into effect, finding") */
	}
	g_autoptr(GArray) subj = tl_sum_tokens_new();
	tl_sum_subject(c, &main, mf, subj);
	size_t vg = main.vg_first;
	tl_event_clear(&main);
	drop_adverbs(d, subj); /* "He then served" */
	tl_sum_name_pronoun(c, subj, 0, vg, NULL);
	if (subj->len == 0)
		return NULL;
	g_autoptr(GArray) obj = tl_sum_tokens_new();
	tl_sum_append_object(c, ev, cl, obj);
	tl_sum_trim_tail(c, obj);
	g_autofree char *who = tl_sum_render(d, subj);
	g_autofree char *what = tl_sum_render(d, obj);
	if (obj->len && !(tl_evdoc_tok(d, g_array_index(obj, guint32, 0))->flags & TL_TOKF_CAP))
		what[0] = g_ascii_tolower(what[0]);
	if (c->borrowed)
		*c->borrowed = TRUE;
	return obj->len ? g_strdup_printf("%s %s %s", who, past, what) : g_strdup_printf("%s %s", who, past);
}

/*
 * A participle that opens its sentence, told with the subject of the clause
 * after its comma: "Forming in July 2019, Hurricane Barry was the first
 * hurricane" is "Hurricane Barry formed" (alone its headline was
 * "Forming", its date left out), "Discovered in 2016, K2-33b is" "K2-33b
 * was discovered", "Arriving back home in 1964, he turned" "He arrived
 * back home".  A present participle only before a clause in the past
 * ("Speaking at a news conference, he says" is no past); not a participle
 * of beginning (tell_openers gives it the clause's headline), nor a
 * preposition ("Following the talks, ...").  NULL when that does not apply.
 */
char *
tl_sum_opening_headline(const Ctx *c, const TlEvent *ev, size_t cl)
{
	const TlEvDoc *d = c->d;
	size_t i = ev->tok;
	guint8 x = tl_evdoc_tok(d, i)->xpos;
	if (ev->vg_first != i || (x != TL_XPOS_VBG && x != TL_XPOS_VBN && x != TL_XPOS_VBD))
		return NULL; /* (the cheap tests first: this runs for every verb) */
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	/* (a past participle that opens a sentence is often read as a past:
	 * "Founded in 1990, the company") */
	if (x == TL_XPOS_VBD)
		x = TL_XPOS_VBN;
	if (tl_anc_starting(tl_evdoc_lower(d, i)) || tl_ev_preposition_like(d, i) ||
	    (tl_evdoc_tok(d, i)->flags & TL_TOKF_ALLCAPS) || i + 1 >= s->last)
		return NULL; /* (nor a heading's "CORRECTED") */
	/* a past participle before its noun is an adjective: "Continued heavy
	 * rains caused"; a gerund before "of" a noun ("Upon closing of the
	 * offering") */
	guint8 nu = tl_evdoc_tok(d, i + 1)->upos;
	if (x == TL_XPOS_VBG && strcmp(tl_evdoc_lower(d, i + 1), "of") == 0)
		return NULL;
	if (x == TL_XPOS_VBN && (nu == TL_UPOS_NOUN || nu == TL_UPOS_ADJ || nu == TL_UPOS_PROPN))
		return NULL;
	/* (after a subordinator of time that opens the sentence too: "When
	 * renominated in mid-1983, Volcker said" is "Volcker was renominated") */
	static const char *const subs[] = {"when", "while", "after", "before", "once", "until", "since", "upon", NULL};
	size_t from = MAX(tl_sum_text_start(d, ev->sent), s->first);
	if (i == from + 1 && tl_ev_word_in(tl_evdoc_lower(d, from), subs))
		from++;
	size_t comma = tl_anc_opener_comma(d, from, i);
	if (comma == G_MAXSIZE || tl_sum_finite_in(d, i + 1, comma))
		return NULL;
	/* the clause's verb: its first finite verb, after a subject, or a
	 * past participle right after a noun that the tagger misread ("a
	 * company spokeswoman declined") */
	size_t v = tl_sum_finite_in(d, comma + 1, s->last) ? d->next_finite[comma + 1] : G_MAXSIZE;
	gboolean misread = FALSE;
	for (size_t k = comma + 2; k < s->last && k < v; k++) {
		const TlEvTok *u = tl_evdoc_tok(d, k), *p = tl_evdoc_tok(d, k - 1);
		if (u->xpos == TL_XPOS_VBN && u->upos == TL_UPOS_VERB &&
		    (p->upos == TL_UPOS_NOUN || p->upos == TL_UPOS_PROPN || p->upos == TL_UPOS_PRON)) {
			v = k, misread = TRUE;
			break;
		}
		if (!nominal(u))
			break;
	}
	if (v == G_MAXSIZE || v <= comma + 1)
		return NULL;
	const TlEvTok *vt = tl_evdoc_tok(d, v);
	gboolean past = vt->xpos == TL_XPOS_VBD || misread;
	if (x == TL_XPOS_VBG && !past)
		return NULL;
	TlEvent main = {.tok = (guint32)v, .sent = ev->sent};
	tl_ev_attributes(d, &main);
	g_autoptr(GArray) subj = tl_sum_tokens_new();
	tl_sum_subject(c, &main, comma + 1, subj);
	size_t vg = main.vg_first;
	tl_event_clear(&main);
	drop_adverbs(d, subj); /* "the producers finally" */
	tl_sum_name_pronoun(c, subj, 0, vg, NULL);
	if (subj->len == 0 || g_array_index(subj, guint32, 0) <= comma)
		return NULL;
	/* a noun phrase with a noun, of the clause's own words ("1 came",
	 * "Seipp said there turned" are not) */
	gboolean noun = FALSE;
	for (guint k = 0; k < subj->len; k++) {
		const TlEvTok *u = tl_evdoc_tok(d, g_array_index(subj, guint32, k));
		if (u->upos == TL_UPOS_VERB || u->upos == TL_UPOS_AUX || u->xpos == TL_XPOS_COMMA)
			return NULL;
		noun = noun || u->upos == TL_UPOS_NOUN || u->upos == TL_UPOS_PROPN || u->upos == TL_UPOS_PRON;
	}
	if (!noun)
		return NULL;
	g_autoptr(GArray) obj = tl_sum_tokens_new();
	tl_sum_append_object(c, ev, MIN(cl, comma), obj);
	tl_sum_trim_tail(c, obj);
	g_autofree char *who = tl_sum_render(d, subj);
	g_autofree char *what = obj->len ? tl_sum_render(d, obj) : g_strdup("");
	if (obj->len && !(tl_evdoc_tok(d, g_array_index(obj, guint32, 0))->flags & TL_TOKF_CAP))
		what[0] = g_ascii_tolower(what[0]);
	g_autofree char *verb = NULL;
	if (x == TL_XPOS_VBG) {
		verb = tl_sum_past_tense(tl_evdoc_lemma(d, i));
		if (!verb)
			return NULL;
	} else {
		/* "was" or "were": the subject's last noun ("The producers"),
		 * else the verb's agreement ("they have", "the sites were") */
		static const char *const plural_pron[] = {"they", "we", "you", NULL};
		size_t last = g_array_index(subj, guint32, subj->len - 1);
		const TlEvTok *hd = tl_evdoc_tok(d, last);
		gboolean plural = hd->xpos == TL_XPOS_NNS || hd->xpos == TL_XPOS_NNPS ||
		                  tl_ev_word_in(tl_evdoc_lower(d, last), plural_pron) ||
		                  (hd->upos != TL_UPOS_NOUN && hd->upos != TL_UPOS_PROPN &&
		                   hd->upos != TL_UPOS_PRON &&
		                   (vt->xpos == TL_XPOS_VBP ||
		                    (vt->xpos == TL_XPOS_VBD && strcmp(tl_evdoc_lower(d, v), "were") == 0)));
		verb = g_strdup_printf("%s %s", plural ? "were" : "was", tl_evdoc_lower(d, i));
	}
	if (c->borrowed)
		*c->borrowed = TRUE;
	return *what ? g_strdup_printf("%s %s %s", who, verb, what) : g_strdup_printf("%s %s", who, verb);
}

/*
 * A reduced relative told as a clause: "U.S. sanctions imposed in 1982 in
 * response to ..." is "U.S. Sanctions were imposed in response to ...",
 * "Tokyo's package, announced yesterday," "Tokyo's package was announced"
 * (was "Reuters imposed ...", "Monetary sources announced": the
 * participle has no subject of its own, its noun is the one before it).
 * Only a bare past participle after its noun with no object of its own,
 * and after a finite verb of the sentence when no comma is between (else
 * it may be a past the tagger misread); NULL when that does not apply.
 */
char *
tl_sum_reduced_headline(const Ctx *c, const TlEvent *ev, size_t cl)
{
	const TlEvDoc *d = c->d;
	const TlEvSent *s = &g_array_index(d->sents, TlEvSent, ev->sent);
	size_t t = ev->tok, first = tl_sum_text_start(d, ev->sent);
	/* the tagger may read a past after a comma ("its hotels, announced
	 * today, to be"): an aside closed by a comma is checked below */
	guint8 tx = tl_evdoc_tok(d, t)->xpos;
	gboolean read_past = tx == TL_XPOS_VBD && t > 0 &&
	                     (tl_evdoc_tok(d, t - 1)->xpos == TL_XPOS_COMMA ||
	                      strcmp(tl_evdoc_lower(d, t - 1), "and") == 0) &&
	                     g_str_has_suffix(tl_evdoc_lower(d, t), "ed"); /* not "ran": no participle */
	if ((tx != TL_XPOS_VBN && !read_past) ||
	    ev->vg_first != t || t < first + 2 || t + 1 >= s->last)
		return NULL;
	size_t n = t + 1; /* past its adverbs and dates: "announced late yesterday" */
	while (n + 1 < s->last && (in_timex(c, n) || tl_evdoc_tok(d, n)->upos == TL_UPOS_ADV))
		n++;
	const TlEvTok *nx = tl_evdoc_tok(d, n);
	if (nx->upos == TL_UPOS_NOUN || nx->upos == TL_UPOS_DET || nx->upos == TL_UPOS_PRON ||
	    nx->upos == TL_UPOS_PROPN || nx->upos == TL_UPOS_NUM || nx->upos == TL_UPOS_ADJ ||
	    nx->upos == TL_UPOS_VERB || nx->upos == TL_UPOS_AUX || tl_sum_at_least(d, n, s->last))
		return NULL; /* an object: a past tense ("The bank raised rates", "injured at least 19") */
	/* (past an adverb of when after the aside's comma: "Conyers, first
	 * elected in 1964, was"; not "then fled", whose past was misread) */
	size_t t0 = t;
	static const char *const when[] = {"first", "originally", "previously", "formerly", "initially",
	                                   "recently", "newly", "once", "long", NULL};
	if (t0 > first + 2 && tl_evdoc_tok(d, t0 - 1)->upos == TL_UPOS_ADV &&
	    tl_evdoc_tok(d, t0 - 2)->xpos == TL_XPOS_COMMA && tl_ev_word_in(tl_evdoc_lower(d, t0 - 1), when))
		t0--;
	/* the second of two participles joined by "and" in an aside is told
	 * as the first ("SOGENAL, founded in 1881 and nationalised in 1982,
	 * is": "SOGENAL was nationalised") */
	if (t0 > first + 3 && strcmp(tl_evdoc_lower(d, t0 - 1), "and") == 0)
		for (size_t k = t0 - 2; k > first + 1 && k + 8 > t0; k--) {
			const TlEvTok *u = tl_evdoc_tok(d, k);
			/* (the first may be read as a past too) */
			gboolean part = (u->xpos == TL_XPOS_VBN || u->xpos == TL_XPOS_VBD) && u->upos == TL_UPOS_VERB;
			if (part && tl_evdoc_tok(d, k - 1)->xpos == TL_XPOS_COMMA) {
				t0 = k;
				break;
			}
			if (u->xpos == TL_XPOS_COMMA || u->upos == TL_UPOS_AUX || tl_ev_finite_xpos(u->xpos))
				break;
		}
	gboolean comma = tl_evdoc_tok(d, t0 - 1)->xpos == TL_XPOS_COMMA;
	size_t h = comma ? t0 - 2 : t0 - 1; /* the noun */
	const TlEvTok *hu = tl_evdoc_tok(d, h);
	if ((hu->upos != TL_UPOS_NOUN && hu->upos != TL_UPOS_PROPN) || in_timex(c, h) || h < first)
		return NULL;
	if (comma) {
		/* an aside closed by a comma before the clause goes on ("The
		 * deal, signed late yesterday, is"), or by the sentence's end;
		 * not one of a list of pasts ("took the tickets, settled down,
		 * I") nor a clause going on ("recovered slightly but was") */
		for (size_t k = t + 1; k < cl; k++)
			if (tl_evdoc_tok(d, k)->upos == TL_UPOS_CCONJ &&
			    !(k + 1 < cl && tl_evdoc_tok(d, k + 1)->xpos == TL_XPOS_VBN &&
			      strcmp(tl_evdoc_lower(d, k), "and") == 0))
				return NULL; /* (but a participle's: "founded in 1881 and nationalised") */
		const TlEvTok *after = cl + 1 < s->last ? tl_evdoc_tok(d, cl + 1) : NULL;
		if (tx == TL_XPOS_VBD && cl + 1 >= s->last)
			return NULL; /* a past at the sentence's end may be its own */
		/* (or a past the tagger read as a participle, the sentence's
		 * last verb: "The new bridge, opened in 2019, collapsed on
		 * Monday") */
		/* (not an active past with an infinitive: "Norway, not an OPEC
		 * member, decided in June to extend the restraints, enforced
		 * since") */
		gboolean infinitive = FALSE;
		for (size_t k = t + 1; k < cl && !infinitive; k++)
			infinitive = tl_evdoc_tok(d, k)->xpos == TL_XPOS_TO;
		gboolean misread = after && after->xpos == TL_XPOS_VBN && after->upos == TL_UPOS_VERB &&
		                   !infinitive && d->next_finite[cl + 1] >= s->last &&
		                   !(cl + 2 < s->last && strcmp(tl_evdoc_lower(d, cl + 2), "by") == 0);
		if (cl + 1 < s->last &&
		    (tl_evdoc_tok(d, cl)->xpos != TL_XPOS_COMMA ||
		     !(after->upos == TL_UPOS_AUX || tl_ev_finite_xpos(after->xpos) || after->xpos == TL_XPOS_TO ||
		       misread)))
			return NULL;
	}
	size_t a = h;
	while (a > first && a + MAX_SUBJECT > h) {
		const TlEvTok *u = tl_evdoc_tok(d, a - 1);
		/* a word glued to the next is one with it: "all-suite" */
		gboolean glued = !is_punct(u) && u->end == tl_evdoc_tok(d, a)->start;
		if ((!nominal(u) && !glued) || u->upos == TL_UPOS_PRON || in_timex(c, a - 1))
			break;
		a--;
	}
	if (a < h && tl_evdoc_tok(d, a)->xpos == TL_XPOS_POS)
		a++;
	if (a > first && tl_sum_at_least(d, a - 1, h))
		a--; /* "at least 55,000 deaths linked to" */
	/* one noun phrase ("a facility the company arranged" is two), not a
	 * place's second name ("Salt Lake City, Utah, moderated by") */
	for (size_t k = a + 1; k <= h; k++)
		if (tl_evdoc_tok(d, k)->upos == TL_UPOS_DET)
			return NULL;
	size_t ke = tl_evdoc_ent_after(d, h);
	if (comma && ke < d->n_ents && d->ents[ke].first <= h && d->ents[ke].type == TL_ENT_LOCATION)
		return NULL;
	/* the noun phrase a verb's object or a preposition's ("welcomed
	 * measures outlined by", "at fields shut down"), or an aside's head;
	 * not a subject after "and", an auxiliary or an adverb ("Harper and
	 * Row added", "Has your life changed", "pretty set piece dominated") */
	/* "In a statement released Monday, the company said", "In findings
	 * published Tuesday, a team": a preposition (and an article) open the
	 * sentence, its verb comes after */
	/* (not an amount: "At least seventeen people died") */
	guint8 a1 = a < d->toks->len ? tl_evdoc_tok(d, a)->upos : TL_UPOS_X;
	gboolean verb_before = comma || tl_sum_finite_in(d, first, h);
	gboolean opening = !verb_before && tl_evdoc_tok(d, first)->upos == TL_UPOS_ADP &&
	                   ((a == first + 1 && (a1 == TL_UPOS_NOUN || a1 == TL_UPOS_NUM || a1 == TL_UPOS_PROPN ||
	                                        tl_evdoc_tok(d, a)->xpos == TL_XPOS_DT)) ||
	                    (a == first + 2 && tl_evdoc_tok(d, first + 1)->xpos == TL_XPOS_DT)) &&
	                   tl_sum_finite_in(d, t + 1, s->last);
	/* (a plan's participle in the subject is none: "The elections
	 * scheduled for April were postponed" is "The elections were
	 * scheduled") */
	gboolean plan = !comma && tl_anc_schedule_participle(d, t) && tl_sum_finite_in(d, t + 1, s->last) &&
	                strcmp(tl_evdoc_lower(d, t + 1), "for") == 0;
	if (opening)
		a = first + 1;
	else if (!verb_before && !plan)
		return NULL; /* "The bank raised" misread: the sentence's own verb */
	const TlEvTok *pre = a > first ? tl_evdoc_tok(d, a - 1) : NULL;
	/* (an aside after the sentence's subject: "GenCorp, founded in 1915,
	 * became" is "GenCorp was founded") */
	if (!pre ? !comma && !plan
	         : pre->upos == TL_UPOS_AUX || pre->upos == TL_UPOS_CCONJ || pre->upos == TL_UPOS_ADV ||
	               (!comma && !plan && pre->upos != TL_UPOS_VERB && pre->upos != TL_UPOS_ADP))
		return NULL;
	/* nor the subject of the clause a verb of saying or thinking takes,
	 * whose past the tagger misread ("said the market contracted", "said
	 * a stampede erupted near the mosque"): nothing finite after it in its
	 * clause, no "by" ("cited a loan made to Argentina" takes a noun) */
	if (!comma && pre && tl_sum_says(d, a - 1) && strcmp(tl_evdoc_lower(d, n), "by") != 0 &&
	    !tl_sum_finite_after(d, s, t))
		return NULL;
	/* nor a noun phrase in another's phrase, whose participle it may be
	 * ("the number of active rigs fell", "a crater in the street caused
	 * by"): the object of a verb only, when no comma sets it apart */
	if (!comma && pre && pre->upos == TL_UPOS_ADP && a >= first + 2 &&
	    (strcmp(tl_evdoc_lower(d, a - 1), "of") == 0 || nominal(tl_evdoc_tok(d, a - 2))))
		return NULL;
	g_autoptr(GArray) np = tl_sum_tokens_new();
	tl_sum_append_span(c, a, h + 1, np);
	for (size_t k = t + 1; k < cl; k++)
		if (tl_evdoc_tok(d, k)->upos == TL_UPOS_AUX || tl_ev_finite_xpos(tl_evdoc_tok(d, k)->xpos)) {
			cl = k; /* "the people infected | included": the next verb's */
			break;
		}
	g_autoptr(GArray) rest = tl_sum_tokens_new();
	guint32 v = ev->tok;
	g_array_append_val(rest, v);
	tl_sum_append_object(c, ev, cl, rest);
	tl_sum_trim_tail(c, rest);
	if (!np->len || !rest->len)
		return NULL;
	g_autofree char *who = tl_sum_render(d, np);
	g_autofree char *what = tl_sum_render(d, rest);
	what[0] = g_ascii_tolower(what[0]);
	/* "U.S. Sanctions" the tagger may call a name */
	const char *hw = tl_evdoc_lower(d, h);
	size_t hn = strlen(hw);
	/* (not a person's name: "Elijah Eugene Cummings was") */
	size_t pk = tl_evdoc_ent_after(d, h);
	gboolean person = pk < d->n_ents && d->ents[pk].first <= h && d->ents[pk].type == TL_ENT_PERSON;
	gboolean plural = !person &&
	                  (hu->xpos == TL_XPOS_NNS || hu->xpos == TL_XPOS_NNPS ||
	                   (hn > 3 && hw[hn - 1] == 's' && !strchr("sui", hw[hn - 2]) &&
	                    !(hu->flags & TL_TOKF_ALLCAPS) && hu->upos == TL_UPOS_PROPN && h > a));
	return g_strdup_printf("%s %s %s", who, plural ? "were" : "was", what);
}
