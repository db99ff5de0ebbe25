/*
 * The name finder: loading, greedy BIO decoding, and the rules that split
 * titles off names and attach them to persons as roles, type names the
 * gazetteers know, and add the ones the chunker missed.  The chunker's
 * features are in names-feat.c, gazetteers in names-gaz.c, organisation
 * rules in names-org.c, document-level consistency in names-unify.c.
 */
#include <string.h>
#include "names-gaz.h"
#include "tl/names.h"
#include "tl/resource.h"
#include "tl/tl.h"

const char *
tl_entity_type_name(int type)
{
	static const char *const names[] = {"PERSON", "ORGANIZATION", "LOCATION"};
	return type >= 0 && type < TL_ENT_COUNT ? names[type] : "_";
}

void
tl_names_free(TlNames *names)
{
	if (!names)
		return;
	tl_names_free_gazetteers(names);
	tl_weights_free(names->weights);
	g_free(names);
}

TlNames *
tl_names_new(GBytes *model, GError **error)
{
	static gint serials;
	g_autoptr(TlNames) nm = g_new0(TlNames, 1);
	nm->serial = (guint)g_atomic_int_add(&serials, 1) + 1;
	if (!tl_names_load_gazetteers(nm, error))
		return NULL;
	if (model) {
		gsize size;
		const guint8 *p = g_bytes_get_data(model, &size), *end = p + size;
		guint32 n_labels = 0;
		if (size < 12 || memcmp(p, TL_NAMES_MAGIC, 8) != 0) {
			g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "bad names model: not one");
			return NULL;
		}
		memcpy(&n_labels, p + 8, 4);
		if (GUINT32_FROM_LE(n_labels) != TL_NAMES_LABELS) {
			g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "bad names model: label count");
			return NULL;
		}
		p += 12;
		nm->weights = tl_weights_parse(&p, end, TL_NAMES_LABELS, error);
		if (!nm->weights)
			return NULL;
		if (p != end) {
			g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "bad names model: trailing bytes");
			return NULL;
		}
	}
	return g_steal_pointer(&nm);
}

const TlNames *
tl_names_default(GError **error)
{
	static gsize once = 0;
	static TlNames *names;
	static char *load_error;
	if (g_once_init_enter(&once)) {
		GError *err = NULL;
		g_autoptr(GBytes) b = tl_resource_get("common", "names/model.bin", &err);
		if (b)
			names = tl_names_new(b, &err);
		if (!names)
			load_error = g_strdup(err->message);
		g_clear_error(&err);
		g_once_init_leave(&once, 1);
	}
	if (!names)
		g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "%s", load_error);
	return names;
}

/* ---- decoding and rules --------------------------------------------------------- */

/* A word in capitals throughout ("SIGNS"): headline case, no name cue. */
static gboolean
all_caps(const char *text, const TlToken *t)
{
	guint32 letters = 0;
	for (guint32 k = t->start; k < t->end; k++) {
		if (g_ascii_islower(text[k]))
			return FALSE;
		letters += g_ascii_isupper(text[k]) != 0;
	}
	return letters > 1;
}

/* A capitalised proper noun that may be part of a person's name. */
static gboolean
name_word(const TlNames *nm, const char *text, const TlToken *tokens, const TlPos *tags,
          size_t i)
{
	/* after a title the tag matters less than the capital: a name the
	 * tagger did not know ("Wang" tagged NN) is still a name */
	if (tags[i].upos == TL_UPOS_PUNCT || tags[i].upos == TL_UPOS_NUM)
		return FALSE;
	if (!tl_names_upper_start(text, &tokens[i]) || all_caps(text, &tokens[i]))
		return FALSE;
	gboolean exact;
	guint kind = tl_names_phrase_kind(nm, text, tokens, i, 1, &exact);
	return !(kind & (GAZ_NOT_NAME | GAZ_TITLE | GAZ_DEMONYM | GAZ_COUNTRY | GAZ_ORG));
}

/* Is token i apart from the one before by spaces, or by a line's end
 * where hard-wrapped text goes on ("Secretary Claude\nPope"), not by a
 * paragraph's (a blank line, or a new line indented)? */
static gboolean
spaced(const char *text, const TlToken *tokens, size_t i)
{
	guint32 a = tokens[i - 1].end, b = tokens[i].start;
	const char *nl = b > a ? memchr(text + a, '\n', b - a) : NULL;
	return b > a && (!nl || nl == text + b - 1);
}

static gboolean
has_digit(const char *text, const TlToken *t)
{
	for (guint32 k = t->start; k < t->end; k++)
		if (g_ascii_isdigit(text[k]))
			return TRUE;
	return FALSE;
}

static gboolean
allowed(int prev, int label)
{
	/* I-X only continues B-X or I-X */
	if (label == 0 || label % 2 == 1)
		return TRUE;
	return prev == label - 1 || prev == label;
}

static int
type_of_label(int label)
{
	return (label - 1) / 2;
}

static gboolean
capitalised(const char *text, const TlToken *t)
{
	return tl_names_upper_start(text, t);
}

/* Length of the longest title (capitalised) ending just before token e. */
static size_t
title_before(const TlNames *nm, const char *text, const TlToken *tokens, size_t e, guint kinds)
{
	for (size_t len = MIN((size_t)MAX_PHRASE, e); len >= 1; len--) {
		gboolean ex;
		/* "leader" may be lower case; "US", "Chinese" may not */
		if (!(kinds & GAZ_TITLE) && !capitalised(text, &tokens[e - len]))
			continue;
		guint k = tl_names_phrase_kind(nm, text, tokens, e - len, len, &ex);
		if ((k & kinds) && (ex || (kinds & GAZ_TITLE)))
			return len;
	}
	return 0;
}

#define FACTS_STACK 256 /* tokens: longer sentences take their facts from the heap */

gboolean
tl_names_lower_case(const char *text, const TlToken *tokens, size_t n)
{
	for (size_t i = 0; i < n; i++)
		for (guint32 c = tokens[i].start + (i == 0); c < tokens[i].end; c++)
			if (g_ascii_isupper(text[c]))
				return FALSE;
	return TRUE;
}

/* Length of a title (and not a name: "General Motors") starting at token i. */
static size_t
title_at(const TlNamesToken *m, size_t i)
{
	guint kind = m[i].kind;
	if (m[i].len && (kind & GAZ_TITLE) && !(kind & (GAZ_ORG | GAZ_COUNTRY | GAZ_PLACE)))
		return m[i].len;
	return 0;
}

/* TRUE if token i is inside a title phrase (that starts at most MAX_PHRASE before). */
static gboolean
in_title(const TlNamesToken *m, size_t i)
{
	for (size_t j = i >= MAX_PHRASE - 1 ? i - (MAX_PHRASE - 1) : 0; j <= i; j++) {
		size_t len = title_at(m, j);
		if (len && j + len > i)
			return TRUE;
	}
	return FALSE;
}

/*
 * Titles are no part of names: the chunker's "US Secretary of State Antony
 * Blinken" is LOCATION "US" and, after the title, PERSON "Antony Blinken".
 * Splits e into the runs of its tokens that are not in a title, written
 * backwards ending at out[*w] (so *w decreases); a run after a title is a
 * person.
 */
static void
split_titles(const TlNamesToken *m, const TlToken *tokens, TlEntity e, TlEntity *out, size_t *w)
{
	size_t i = e.last;
	while (i > e.first) {
		size_t end = i;
		while (i > e.first && !in_title(m, i - 1))
			i--;
		if (i < end) {
			gboolean after_title = i > e.first || (i > 0 && in_title(m, i - 1));
			TlEntity r = e;
			r.first = (guint32)i;
			r.last = (guint32)end;
			r.start = tokens[i].start;
			r.end = tokens[end - 1].end;
			if (after_title && i > e.first)
				r.type = TL_ENT_PERSON;
			/* a person's words before a title (and after none) are
			 * the title's, not another person ("Trade Commissioner
			 * Frans Andriessen") */
			if (r.type != TL_ENT_PERSON || end == e.last || after_title)
				out[--*w] = r;
		}
		while (i > e.first && in_title(m, i - 1))
			i--;
	}
}

/* Attach the titles before (or at the start of) a person as its role. */
static void
attach_role(const TlNames *nm, const char *text, const TlToken *tokens, TlEntity *e)
{
	/* a title the chunker put inside the name: "President Joe Biden" */
	for (size_t len = MIN((size_t)MAX_PHRASE, e->last - e->first - 1); len >= 1; len--) {
		gboolean ex;
		if (tl_names_phrase_kind(nm, text, tokens, e->first, len, &ex) & GAZ_TITLE) {
			e->first += (guint32)len;
			e->start = tokens[e->first].start;
			break;
		}
	}
	size_t r = e->first, len;
	while ((len = title_before(nm, text, tokens, r, GAZ_TITLE)) > 0)
		r -= len;
	if (r == e->first)
		return;
	/* "US", "Chinese", "EU" before the title belong to the role */
	if ((len = title_before(nm, text, tokens, r, GAZ_COUNTRY | GAZ_DEMONYM | GAZ_ORG)) > 0)
		r -= len;
	e->role_start = tokens[r].start;
	e->role_end = tokens[e->first - 1].end;
}

static int
gaz_type(guint kind)
{
	if (kind & GAZ_ORG)
		return TL_ENT_ORGANIZATION;
	if (kind & (GAZ_COUNTRY | GAZ_PLACE))
		return TL_ENT_LOCATION;
	if (kind & GAZ_PERSON)
		return TL_ENT_PERSON;
	return -1;
}

/*
 * The gazetteers know better than the chunker (trained on little data) what
 * a whole name is: "Chicago" is a place even where "Chicago 's" looks like a
 * person's; a name that begins with a given name is a person's.
 */
static gboolean
retype(const TlNames *nm, const char *text, const TlToken *tokens, TlEntity *e)
{
	gboolean exact = FALSE;
	guint kind = tl_names_phrase_kind(nm, text, tokens, e->first, e->last - e->first, &exact);
	/* "Chinese", "Americans": a people, not a name */
	if (exact && (kind & GAZ_DEMONYM) && gaz_type(kind) < 0)
		return FALSE;
	int type = exact ? gaz_type(kind) : -1;
	if (type >= 0) {
		e->type = (guint8)type;
		return TRUE;
	}
	kind = tl_names_phrase_kind(nm, text, tokens, e->first, 1, &exact);
	if (exact && (kind & GAZ_GIVEN) && gaz_type(kind) < 0)
		e->type = TL_ENT_PERSON;
	return TRUE;
}

static gboolean
is_proper(const TlPos *p)
{
	return p->upos == TL_UPOS_PROPN;
}

/* out[0..sorted) and out[sorted..count) are in text order: make it all so,
 * merging the two runs from the back (of two that start at one token, the
 * one of the first run stays first).  An insertion sort was quadratic when
 * the runs interleave: "NATO NATO ..." (100,000 words, 5 s). */
static void
sort_from(TlEntity *out, size_t sorted, size_t count)
{
	size_t b = count - sorted;
	if (!b || !sorted || out[sorted - 1].first <= out[sorted].first)
		return;
	g_autofree TlEntity *tail = g_new(TlEntity, b);
	memcpy(tail, out + sorted, b * sizeof *tail);
	size_t a = sorted, w = count;
	while (b > 0) {
		if (a > 0 && tail[b - 1].first < out[a - 1].first)
			out[--w] = out[--a];
		else
			out[--w] = tail[--b];
	}
}

size_t
tl_names_find(const TlNames *nm, const char *text, const TlToken *tokens, const TlPos *tags,
              size_t n, TlEntity *out)
{
	TlNamesState st = {0, 0, 0};
	TlNamesToken stack[FACTS_STACK];
	g_autofree TlNamesToken *heap = n > FACTS_STACK ? g_new(TlNamesToken, n) : NULL;
	TlNamesToken *matches = heap ? heap : stack;
	tl_names_tokens(nm, text, tokens, n, matches);
	gboolean lower_case = tl_names_lower_case(text, tokens, n);
	guint64 f[TL_NAMES_MAX_FEATS];
	gint32 scores[TL_NAMES_LABELS];
	size_t count = 0;
	int prev = 0;
	TlEntity cur = {0};
	gboolean open = FALSE;
	for (size_t i = 0; i <= n; i++) {
		int label = 0;
		if (i < n && nm->weights) {
			tl_names_state_next(matches, i, &st);
			if (!tl_names_skip(matches, i, prev, &st, lower_case)) {
				size_t nf = tl_names_features(text, tokens, tags, n, i, prev, &st, matches, f);
				tl_weights_score(nm->weights, f, nf, scores);
				int best = -1;
				for (int l = 0; l < TL_NAMES_LABELS; l++)
					if (allowed(prev, l) && (best < 0 || scores[l] > scores[best]))
						best = l;
				label = best;
			}
			/* a name after an elided particle goes on with the name
			 * before it, whatever its small first letter says
			 * ("Valéry Giscard d'Estaing") */
			if (prev && label != prev + (prev % 2) &&
			    tl_token_elided_name(text + tokens[i].start, tokens[i].end - tokens[i].start))
				label = prev + (prev % 2);
		}
		/* close the open entity unless this continues it */
		if (open && (label == 0 || label % 2 == 1)) {
			cur.last = (guint32)i;
			cur.end = tokens[i - 1].end;
			out[count++] = cur;
			open = FALSE;
		}
		if (label % 2 == 1) {
			cur = (TlEntity){tokens[i].start, 0, (guint32)i, 0, 0, 0, (guint8)type_of_label(label)};
			open = TRUE;
		}
		prev = label;
	}
	/* gazetteer names the chunker left out, capitalised and proper nouns */
	size_t kept = count;
	for (size_t i = 0, e = 0; i < n;) {
		while (e < kept && out[e].last <= i)
			e++;
		if (e < kept && out[e].first <= i) {
			i = out[e].last;
			continue;
		}
		guint kind = matches[i].kind;
		gboolean exact = matches[i].exact;
		size_t len = matches[i].len;
		int type = gaz_type(kind);
		gboolean free_span = e >= kept || out[e].first >= i + len;
		/* a noun will do too: the tagger does not know every name
		 * ("Reuters" tagged NNS), and the match is exact: written as the
		 * gazetteer writes it ("Reuters", "eBay", "al-Qaida") */
		/* in a sentence written all in lower case, the gazetteer's
		 * countries are found in lower case too ("i 'm doing a
		 * report on afghanistan") */
		gboolean ok = exact || (lower_case && (kind & GAZ_COUNTRY) &&
		                        !(kind & (GAZ_NOT_NAME | GAZ_TITLE | GAZ_DEMONYM)));
		if (len && type >= 0 && ok && free_span &&
		    (is_proper(&tags[i + len - 1]) || tags[i + len - 1].upos == TL_UPOS_NOUN)) {
			out[count++] = (TlEntity){tokens[i].start, tokens[i + len - 1].end, (guint32)i,
			                          (guint32)(i + len), 0, 0, (guint8)type};
			i += len;
		} else {
			i++;
		}
	}
	sort_from(out, kept, count);
	kept = count;
	/* a title then capitalised proper nouns: a person ("Secretary of State
	 * Antony Blinken", "Mr. Lavorato"), when the chunker did not say */
	for (size_t i = 0, e = 0; i < n; i++) {
		/* "leader Xi Jinping" too: a title in lower case before capitals */
		size_t len = !all_caps(text, &tokens[i]) ? title_at(matches, i) : 0;
		if (!len)
			continue;
		size_t a = i + len, b = a;
		while (b < n && b - a < 4 && name_word(nm, text, tokens, tags, b))
			b++;
		while (e < kept && out[e].last <= a)
			e++;
		/* the sorted ones from e on, and the last one added, may overlap */
		gboolean taken = (e < kept && out[e].first < b) ||
		                 (count > kept && out[count - 1].last > a);
		if (b > a && !taken)
			out[count++] = (TlEntity){tokens[a].start, tokens[b - 1].end, (guint32)a, (guint32)b,
			                          0, 0, TL_ENT_PERSON};
		else if (b > a && e < kept && out[e].type == TL_ENT_PERSON && out[e].first > a &&
		         out[e].first < b) {
			/* the chunker's person began late: "Wang [Yi]" */
			out[e].first = (guint32)a;
			out[e].start = tokens[a].start;
		}
		i = b > a ? b - 1 : i;
	}
	sort_from(out, kept, count);
	kept = count;
	/* capitalised names before a title in apposition: a person ("Pierre
	 * Nkurunziza, the President of Burundi, died"), when the chunker did
	 * not say: two to four name words opening the sentence or after a
	 * comma or a conjunction, then a comma, a determiner and adjectives
	 * at most, and a title */
	for (size_t c = 2, e = 0; c + 1 < n; c++) {
		if (text[tokens[c].start] != ',' || tokens[c].end - tokens[c].start != 1)
			continue;
		size_t t = c + 1;
		if (t < n && tags[t].upos == TL_UPOS_DET)
			t++;
		while (t < n && t < c + 5 && tags[t].upos == TL_UPOS_ADJ && !title_at(matches, t))
			t++;
		if (t >= n || !title_at(matches, t))
			continue;
		size_t a = c;
		while (a > 0 && c - a < 4 && name_word(nm, text, tokens, tags, a - 1) && is_proper(&tags[a - 1]))
			a--;
		if (c - a < 2 || in_title(matches, a) ||
		    (a > 0 && tags[a - 1].upos != TL_UPOS_PUNCT && tags[a - 1].upos != TL_UPOS_CCONJ))
			continue;
		while (e < kept && out[e].last <= a)
			e++;
		if ((e < kept && out[e].first < c) || (count > kept && out[count - 1].last > a))
			continue;
		out[count++] = (TlEntity){tokens[a].start, tokens[c - 1].end, (guint32)a, (guint32)c, 0, 0,
		                          TL_ENT_PERSON};
	}
	sort_from(out, kept, count);
	/* from the last entity back, so the runs never overwrite an unread one */
	size_t w = n;
	for (size_t k = count; k-- > 0;)
		split_titles(matches, tokens, out[k], out, &w);
	count = n - w;
	memmove(out, out + w, count * sizeof *out);
	/* a given name alone, followed by capitalised words: the whole name
	 * ("Ken" -> "Ken Lay", "Vince J Kaminski") */
	for (size_t k = 0; k < count; k++) {
		TlEntity *e = &out[k];
		gboolean exact;
		if (e->last - e->first != 1 ||
		    !(tl_names_phrase_kind(nm, text, tokens, e->first, 1, &exact) & GAZ_GIVEN) || !exact)
			continue;
		size_t limit = k + 1 < count ? out[k + 1].first : n, b = e->last;
		while (b < limit && b - e->last < 2 && name_word(nm, text, tokens, tags, b) &&
		       tokens[b].start > tokens[b - 1].end)
			b++;
		if (b > e->last) {
			e->last = (guint32)b;
			e->end = tokens[b - 1].end;
			e->type = TL_ENT_PERSON;
		}
	}
	/* two places side by side are two: "Texas USA" */
	w = n;
	for (size_t k = count; k-- > 0;) {
		TlEntity e = out[k];
		size_t cut = 0;
		gboolean exact;
		if (e.type == TL_ENT_LOCATION && e.last - e.first >= 2 &&
		    !(tl_names_phrase_kind(nm, text, tokens, e.first, e.last - e.first, &exact) & (GAZ_COUNTRY | GAZ_PLACE)))
			for (size_t c = e.first + 1; c < e.last && !cut; c++)
				if ((tl_names_phrase_kind(nm, text, tokens, c, e.last - c, &exact) & GAZ_COUNTRY) && exact)
					cut = c;
		if (cut) {
			TlEntity tail = e;
			tail.first = (guint32)cut;
			tail.start = tokens[cut].start;
			e.last = (guint32)cut;
			e.end = tokens[cut - 1].end;
			out[--w] = tail;
		}
		out[--w] = e;
	}
	count = n - w;
	memmove(out, out + w, count * sizeof *out);
	count = tl_names_org_rules(nm, text, tokens, tags, n, out, count);
	count = tl_names_acronyms(text, tokens, n, out, count);
	/* a name then its bearer's age between commas: a person ("Arnav Gupta, 33,
	 * of Bethesda", "Jane Doe, 45-year-old"), whatever the chunker said */
	for (size_t k = 0; k < count; k++) {
		TlEntity *e = &out[k];
		size_t c = e->last;
		if (e->type == TL_ENT_PERSON || c + 2 >= n || text[tokens[c].start] != ',' ||
		    tokens[c].end - tokens[c].start != 1 || e->last - e->first > 4)
			continue;
		const TlToken *a = &tokens[c + 1];
		size_t len = a->end - a->start;
		if (len < 1 || len > 3 || tags[c + 1].xpos != TL_XPOS_CD)
			continue;
		gboolean digits = TRUE;
		for (size_t q = 0; q < len; q++)
			digits = digits && g_ascii_isdigit(text[a->start + q]);
		const TlToken *nx = &tokens[c + 2];
		if (digits && atoi(text + a->start) <= 120 &&
		    ((nx->end - nx->start == 1 && text[nx->start] == ',') ||
		     (text[nx->start] == '-' && nx->start == a->end && c + 3 < n &&
		      tokens[c + 3].end - tokens[c + 3].start == 4 &&
		      g_ascii_strncasecmp(text + tokens[c + 3].start, "year", 4) == 0)))
			e->type = TL_ENT_PERSON;
	}
	/* a place of one word that is a capitalised particle of a surname,
	 * then name words: a person ("Van Halen", not the lake; "Van
	 * Hollen", "Bin Salman") */
	for (size_t k = 0; k < count; k++) {
		TlEntity *e = &out[k];
		char low[4];
		size_t len = tokens[e->first].end - tokens[e->first].start;
		if (e->type != TL_ENT_LOCATION || e->last - e->first != 1 || len != 3 ||
		    !g_ascii_isupper(text[tokens[e->first].start]))
			continue;
		for (size_t c = 0; c < 3; c++)
			low[c] = g_ascii_tolower(text[tokens[e->first].start + c]);
		low[3] = '\0';
		if (strcmp(low, "van") != 0 && strcmp(low, "von") != 0 && strcmp(low, "bin") != 0 &&
		    strcmp(low, "ibn") != 0)
			continue;
		size_t limit = k + 1 < count ? out[k + 1].first : n, b = e->last;
		while (b < limit && b - e->last < 2 && spaced(text, tokens, b) && is_proper(&tags[b]) &&
		       name_word(nm, text, tokens, tags, b) && !has_digit(text, &tokens[b]))
			b++;
		if (b > e->last) {
			e->last = (guint32)b;
			e->end = tokens[b - 1].end;
			e->type = TL_ENT_PERSON;
		}
	}
	/* two persons side by side are one: "Wang Yi" read as B-PER B-PER;
	 * and a place of one word before a person, no country, no object of
	 * a preposition or a determiner ("Van Halen" read as Lake Van and
	 * Halen, "Kerry Lee"; not "the United States Joe Biden", "of Paris
	 * Anne Hidalgo", "Latin America and the Caribbean Rainer Steckhan") */
	size_t merged = 0;
	for (size_t k = 0; k < count; k++) {
		TlEntity *m = merged ? &out[merged - 1] : NULL;
		gboolean exact;
		if (m && out[k].type == TL_ENT_PERSON && m->last == out[k].first &&
		    tokens[out[k].first].start > m->end &&
		    (m->type == TL_ENT_PERSON ||
		     (m->type == TL_ENT_LOCATION && m->last - m->first == 1 &&
		      !(m->first > 0 && (tags[m->first - 1].upos == TL_UPOS_ADP ||
		                         tags[m->first - 1].upos == TL_UPOS_DET)) &&
		      !(tl_names_phrase_kind(nm, text, tokens, m->first, 1, &exact) & GAZ_COUNTRY)))) {
			m->last = out[k].last;
			m->end = out[k].end;
			m->type = TL_ENT_PERSON;
		} else {
			out[merged++] = out[k];
		}
	}
	count = merged;
	/* in a sentence all in capitals, case says nothing: only the names
	 * the gazetteers know are kept ("PRESIDENT SIGNS BILL") */
	size_t caps = 0, words = 0;
	for (size_t i = 0; i < n; i++)
		if (g_ascii_isalpha(text[tokens[i].start])) {
			words++;
			caps += all_caps(text, &tokens[i]);
		}
	gboolean shouting = words >= 2 && caps * 10 >= words * 7;
	merged = 0;
	for (size_t k = 0; k < count; k++) {
		if (shouting) {
			gboolean exact;
			int type = gaz_type(tl_names_phrase_kind(nm, text, tokens, out[k].first,
			                                out[k].last - out[k].first, &exact));
			if (type >= 0) {
				out[k].type = (guint8)type;
				out[merged++] = out[k];
			}
		} else if (retype(nm, text, tokens, &out[k])) {
			out[merged++] = out[k];
		}
	}
	count = tl_names_dateline(nm, text, tokens, n, out, merged);
	/* the rest of a person's name the chunker cut short: capitalised
	 * proper nouns right after one or two words, up to the next name
	 * ("Rocky De" La Fuente, "John Paul" Stevens); and through a particle,
	 * any name ("Vincent van Gogh", "Mohammed bin Salman").  (Other
	 * names were tried too: "Los Angeles" Movers, "London" E17, "Vietnam"
	 * War, UNER test LOCATION F1 72.9 -> 69.0.) */
	for (size_t k = 0; k < count; k++) {
		TlEntity *e = &out[k];
		size_t limit = k + 1 < count ? out[k + 1].first : n, b = e->last;
		gboolean person = e->type == TL_ENT_PERSON && e->last - e->first <= 2;
		while (b < limit && b - e->last < 2 && spaced(text, tokens, b) && !in_title(matches, b)) {
			if (person && is_proper(&tags[b]) && name_word(nm, text, tokens, tags, b) &&
			    !has_digit(text, &tokens[b]) && !tl_names_head_kind(nm, text, tokens, b))
				b++;
			else if (b + 1 < limit && tl_names_particle(text, &tokens[b]) &&
			         spaced(text, tokens, b + 1) && is_proper(&tags[b + 1]) &&
			         name_word(nm, text, tokens, tags, b + 1))
				b += 2;
			else
				break;
		}
		/* (after one word, words before a title are the title's:
		 * "House" Republican Leader Trent Lott; not after two: "Vijay
		 * K." Suchdev Vice President) */
		if (b > e->last && !(e->last - e->first == 1 && b < n && in_title(matches, b))) {
			e->last = (guint32)b;
			e->end = tokens[b - 1].end;
		}
	}
	for (size_t k = 0; k < count; k++) {
		out[k].role_start = out[k].role_end = out[k].start;
		if (out[k].type == TL_ENT_PERSON)
			attach_role(nm, text, tokens, &out[k]);
	}
	return count;
}
