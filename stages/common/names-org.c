/*
 * The name finder's organisation rules, over the chunker's entities: a name
 * that ends in an organisation head word ("Georgetown University", "Acme
 * Corp.") is an organisation's, found even where the chunker missed it; "X of
 * Y" grows over "of" when X ends in a head ("Bank of America", "Department of
 * Housing and Urban Development"); a legal suffix after a comma joins the
 * name ("CCNG , Inc.").  Head words are the gazetteers org-heads.txt and
 * loc-heads.txt: a run ending in a place's head word ("Golden Gate Bridge")
 * is a place.  Also here, the other span rules that need no model: an
 * acronym in brackets takes the type of the name before it ("... ( HANO
 * )"), and a news dateline names a place ("WASHINGTON (Reuters) -").
 */
#include <string.h>
#include "names-gaz.h"

static gboolean
cap(const char *text, const TlToken *t)
{
	return tl_names_upper_start(text, t);
}

static gboolean
is_word(const char *text, const TlToken *t, const char *w)
{
	size_t n = strlen(w);
	return t->end - t->start == n && memcmp(text + t->start, w, n) == 0;
}

/* "of", "&", "and", "for" between the capitalised words of one name */
static gboolean
joins(const char *text, const TlToken *t)
{
	return is_word(text, t, "of") || is_word(text, t, "&") || is_word(text, t, "and") ||
	       is_word(text, t, "for");
}

static gboolean
legal_suffix(const char *text, const TlToken *t)
{
	static const char *const s[] = {"Inc.", "Inc", "Corp.", "Corp", "Ltd.", "Ltd", "LLC",
	                                "L.L.C.", "Co.", "Co", "Cos", "PLC", "Plc", "plc", "LLP", "GmbH",
	                                "S.A.", NULL};
	for (size_t k = 0; s[k]; k++)
		if (is_word(text, t, s[k]))
			return TRUE;
	return FALSE;
}

/* Can a word of this part of speech begin a name (not "The", "In", "It")? */
static gboolean
name_start(guint8 upos)
{
	return upos == TL_UPOS_PROPN || upos == TL_UPOS_NOUN || upos == TL_UPOS_ADJ ||
	       upos == TL_UPOS_VERB || upos == TL_UPOS_X || upos == TL_UPOS_NUM;
}

/* The end (exclusive) of the capitalised run from token a, joined by
 * joiner words, at most 8 tokens, not past limit. */
static size_t
cap_run(const char *text, const TlToken *tokens, size_t a, size_t limit)
{
	size_t b = a;
	while (b < limit && b - a < 8) {
		if (cap(text, &tokens[b]))
			b++;
		else if (joins(text, &tokens[b]) && b + 1 < limit && cap(text, &tokens[b + 1]))
			b += 2;
		else
			break;
	}
	return b;
}

#define RUN_BACK 6 /* tokens: how far back a head's name may start */

static void
set_end(const TlToken *tokens, TlEntity *e, size_t last)
{
	e->last = (guint32)last;
	e->end = tokens[last - 1].end;
}

size_t
tl_names_org_rules(const TlNames *nm, const char *text, const TlToken *tokens,
                   const TlPos *tags, size_t n, TlEntity *out, size_t count)
{
	/* grow: "X of Y" after a head, ", Inc." after any name */
	size_t w = 0;
	for (size_t k = 0; k < count; k++) {
		TlEntity e = out[k];
		size_t limit = n;
		/* a name the chunker ended on "of": "Department of" */
		while (e.last - e.first >= 2 && joins(text, &tokens[e.last - 1]))
			set_end(tokens, &e, e.last - 1);
		if (e.last < n && is_word(text, &tokens[e.last], "of") &&
		    tl_names_org_head(nm, text, tokens, e.last - 1) && e.last + 1 < n &&
		    cap(text, &tokens[e.last + 1])) {
			size_t b = cap_run(text, tokens, e.last + 1, limit);
			/* the names it swallows ("of [Texas]") go */
			while (k + 1 < count && out[k + 1].first < b) {
				b = MAX(b, out[k + 1].last);
				k++;
			}
			set_end(tokens, &e, b);
			e.type = TL_ENT_ORGANIZATION;
		}
		/* "[Ministry] of [Defence]": a head and "of" before the name */
		if (e.first >= 2 && is_word(text, &tokens[e.first - 1], "of") &&
		    tl_names_org_head(nm, text, tokens, e.first - 2) &&
		    (w == 0 || out[w - 1].last <= e.first - 2)) {
			size_t a = e.first - 2;
			while (a > 0 && a + RUN_BACK > e.first && cap(text, &tokens[a - 1]) &&
			       (w == 0 || out[w - 1].last < a))
				a--;
			e.first = (guint32)a;
			e.start = tokens[a].start;
			e.type = TL_ENT_ORGANIZATION;
		}
		/* "Golden Gate [Bridge]": a head word alone grows back over the
		 * capitalised words before it (not the sentence's first) */
		guint hk = e.last - e.first == 1 ? tl_names_head_kind(nm, text, tokens, e.first) : 0;
		if (hk && e.first >= 2 && cap(text, &tokens[e.first - 1]) &&
		    (w == 0 || out[w - 1].last < e.first - 1)) {
			size_t a = e.first - 1;
			while (a > 1 && a + RUN_BACK > e.first && cap(text, &tokens[a - 1]) &&
			       (w == 0 || out[w - 1].last < a - 1))
				a--;
			e.first = (guint32)a;
			e.start = tokens[a].start;
			e.type = (hk & GAZ_HEAD_ORG) ? TL_ENT_ORGANIZATION : TL_ENT_LOCATION;
		}
		/* "Procter and [Gamble Co]", "Marks and [Spencer Plc]",
		 * "Standard and Poor['s Corp]", "[McDonald's Corp]": a company's
		 * name grows back over a possessive and a word joined by "and" */
		/* (a legal suffix's only: "Spain's [Finance Ministry]", "at
		 * Prevention and [Rodale Books]" are two; a short name's
		 * possessive: "Nacco's [North American Coal Co.]" is Nacco's
		 * unit; not a person's, nor another company's: "[Redstone] and
		 * MCV Holdings Inc", "Standard Oil [Co] and BP North America
		 * Inc") */
		if (legal_suffix(text, &tokens[e.last - 1])) {
			size_t a = e.first;
			if (a >= 2 && e.last - e.first <= 3 &&
			    (is_word(text, &tokens[a - 1], "'s") || is_word(text, &tokens[a - 1], "\u2019s")) &&
			    cap(text, &tokens[a - 2]) && tokens[a - 1].start == tokens[a - 2].end)
				a -= 2;
			if (a >= 2 && (is_word(text, &tokens[a - 1], "and") || is_word(text, &tokens[a - 1], "&")) &&
			    cap(text, &tokens[a - 2]) && tags[a - 2].upos != TL_UPOS_PUNCT &&
			    !legal_suffix(text, &tokens[a - 2]) &&
			    !(w > 0 && out[w - 1].type == TL_ENT_PERSON && out[w - 1].last > a - 2)) {
				a -= 2;
				/* and its capitalised words before: "Florida Power and
				 * Light Co" */
				size_t lim = a;
				while (a > 0 && a + 3 > lim && cap(text, &tokens[a - 1]) &&
				       tags[a - 1].upos == TL_UPOS_PROPN && !legal_suffix(text, &tokens[a - 1]))
					a--;
			}
			/* (a name the grown one holds whole goes: "[Procter] and") */
			while (a < e.first && w > 0 && out[w - 1].first >= a && out[w - 1].last <= e.first)
				w--;
			if (a < e.first && (w == 0 || out[w - 1].last <= a)) {
				e.first = (guint32)a;
				e.start = tokens[a].start;
				e.type = TL_ENT_ORGANIZATION;
			}
		}
		/* "[Mayfield] Tools , Inc.": capitalised words, then the suffix */
		size_t c = e.last;
		while (c < n && c < e.last + 3 && cap(text, &tokens[c]) &&
		       (k + 1 >= count || out[k + 1].first > c))
			c++;
		if (c + 1 < n && is_word(text, &tokens[c], ",") && legal_suffix(text, &tokens[c + 1]) &&
		    (k + 1 >= count || out[k + 1].first > c + 1)) {
			set_end(tokens, &e, c + 2);
			e.type = TL_ENT_ORGANIZATION;
		} else if (c > e.last && legal_suffix(text, &tokens[c - 1])) {
			/* "[U.S.] Trust Co", "[Manufacturers Hanover] Trust Co":
			 * capitalised words up to a legal suffix */
			set_end(tokens, &e, c);
			e.type = TL_ENT_ORGANIZATION;
		} else if (e.last - e.first >= 2 && tl_names_org_head(nm, text, tokens, e.last - 1)) {
			e.type = TL_ENT_ORGANIZATION;
		} else if (e.last - e.first >= 2 &&
		           tl_names_head_kind(nm, text, tokens, e.last - 1) == GAZ_HEAD_LOC) {
			e.type = TL_ENT_LOCATION;
		}
		out[w++] = e;
	}
	count = w;
	/* capitalised runs the chunker left out that end in a head: "Rodale Press" */
	size_t kept = count;
	for (size_t i = 0, k = 0; i < n;) {
		while (k < kept && out[k].last <= i)
			k++;
		size_t limit = k < kept ? out[k].first : n;
		if (i >= limit) {
			i = out[k].last;
			continue;
		}
		if (!cap(text, &tokens[i]) || tags[i].upos == TL_UPOS_PUNCT) {
			i++;
			continue;
		}
		size_t b = cap_run(text, tokens, i, limit), end = b;
		gboolean of_head = FALSE;
		for (size_t h = i; h + 1 < b && !of_head; h++)
			of_head = tl_names_org_head(nm, text, tokens, h) && is_word(text, &tokens[h + 1], "of");
		if (b + 1 < limit && is_word(text, &tokens[b], ",") && legal_suffix(text, &tokens[b + 1]))
			end = b + 2; /* "Mayfield Tools , Inc." */
		else if (!of_head)
			while (b > i + 1 && !tl_names_head_kind(nm, text, tokens, b - 1))
				end = --b;
		/* a place's head word ("Bridge", "Lake") makes a place */
		guint8 type = of_head || end > b || (tl_names_head_kind(nm, text, tokens, b - 1) & GAZ_HEAD_ORG)
		                  ? TL_ENT_ORGANIZATION
		                  : TL_ENT_LOCATION;
		/* proper nouns at both ends: "Great Service" is praise, not a name;
		 * but a legal suffix says it is one whatever the tagger read
		 * ("Bankers Trust Co", tagged noun, verb, affix), from a word that
		 * can begin a name ("The Trust Co" is no name's "The") */
		gboolean legal = end == b && legal_suffix(text, &tokens[b - 1]) && name_start(tags[i].upos);
		if (end >= i + 2 && (of_head || end > b || tl_names_head_kind(nm, text, tokens, b - 1)) &&
		    (of_head || !joins(text, &tokens[i + 1])) &&
		    (tags[i].upos == TL_UPOS_PROPN || tl_names_org_head(nm, text, tokens, i) || legal) &&
		    (tags[b - 1].upos == TL_UPOS_PROPN || end > b || legal) && count < n) {
			out[count++] = (TlEntity){tokens[i].start, tokens[end - 1].end, (guint32)i,
			                          (guint32)end, 0, 0, type};
			i = end;
		} else {
			i++;
		}
	}
	/* back into text order */
	for (size_t a = kept; a < count; a++)
		for (size_t b = a; b > 0 && out[b].first < out[b - 1].first; b--) {
			TlEntity t = out[b];
			out[b] = out[b - 1];
			out[b - 1] = t;
		}
	return count;
}

/* An acronym: 2 to 8 bytes, capitals (and '&', '.', digits), two capitals at least. */
static gboolean
acronym_token(const char *text, const TlToken *t)
{
	size_t len = t->end - t->start, caps = 0;
	if (len < 2 || len > 8)
		return FALSE;
	for (size_t c = t->start; c < t->end; c++) {
		char ch = text[c];
		if (g_ascii_isupper(ch))
			caps++;
		else if (ch != '&' && ch != '.' && !g_ascii_isdigit(ch))
			return FALSE;
	}
	return caps >= 2;
}

size_t
tl_names_acronyms(const char *text, const TlToken *tokens, size_t n, TlEntity *out, size_t count)
{
	size_t added = count;
	for (size_t k = 0; k < count; k++) {
		const TlEntity *e = &out[k];
		size_t a = e->last;
		if (e->last - e->first < 2 || a + 2 >= n || !is_word(text, &tokens[a], "(") ||
		    !is_word(text, &tokens[a + 2], ")") || !acronym_token(text, &tokens[a + 1]) ||
		    text[tokens[a + 1].start] != text[e->start])
			continue;
		if (k + 1 < count && out[k + 1].first == a + 1 && out[k + 1].last == a + 2) {
			out[k + 1].type = e->type;
			continue;
		}
		if ((k + 1 < count && out[k + 1].first <= a + 2) || added >= n)
			continue;
		out[added++] = (TlEntity){tokens[a + 1].start, tokens[a + 1].end, (guint32)(a + 1),
		                          (guint32)(a + 2), 0, 0, e->type};
	}
	for (size_t a = count; a < added; a++)
		for (size_t b = a; b > 0 && out[b].first < out[b - 1].first; b--) {
			TlEntity t = out[b];
			out[b] = out[b - 1];
			out[b - 1] = t;
		}
	return added;
}

/* A word in capitals: two letters or more, none in lower case ("WASHINGTON"). */
static gboolean
caps_word(const char *text, const TlToken *t)
{
	size_t letters = 0;
	for (size_t c = t->start; c < t->end; c++) {
		if (g_ascii_islower(text[c]))
			return FALSE;
		letters += g_ascii_isupper(text[c]) != 0;
	}
	return letters >= 2;
}

static gboolean
dash(const char *text, const TlToken *t)
{
	return is_word(text, t, "-") || is_word(text, t, "--") || is_word(text, t, "\xe2\x80\x94") ||
	       is_word(text, t, "\xe2\x80\x93");
}

#define DATELINE_MAX 4 /* words of the place */

size_t
tl_names_dateline(const TlNames *nm, const char *text, const TlToken *tokens, size_t n,
                  TlEntity *out, size_t count)
{
	size_t k = 0;
	while (k < n && k < DATELINE_MAX && caps_word(text, &tokens[k]))
		k++;
	if (k == 0 || k + 1 >= n)
		return count;
	/* "WASHINGTON (Reuters) -": a place, whatever place */
	gboolean agency = is_word(text, &tokens[k], "(") && k + 3 < n && cap(text, &tokens[k + 1]) &&
	                  is_word(text, &tokens[k + 2], ")") && dash(text, &tokens[k + 3]);
	/* "NEW YORK, March 3 -", "PARIS -": a place the gazetteers know */
	if (!agency) {
		gboolean exact;
		if (!(is_word(text, &tokens[k], ",") || dash(text, &tokens[k])) ||
		    !(tl_names_phrase_kind(nm, text, tokens, 0, k, &exact) & (GAZ_COUNTRY | GAZ_PLACE)))
			return count;
	}
	/* the names inside it ("NEW" of "NEW YORK") give way to it */
	size_t inside = 0;
	while (inside < count && out[inside].first < k) {
		if (out[inside].last > k)
			return count;
		inside++;
	}
	if (inside == 0 && count >= n)
		return count;
	memmove(out + 1, out + inside, (count - inside) * sizeof *out);
	count -= inside;
	out[0] = (TlEntity){tokens[0].start, tokens[k - 1].end, 0, (guint32)k, 0, 0, TL_ENT_LOCATION};
	return count + 1;
}
