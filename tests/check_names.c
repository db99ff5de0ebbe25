/* The name finder: persons with their titles as roles, places and
 * organisations from the gazetteers, acronyms kept apart from common words,
 * and document-level consistency. */
#include <string.h>
#include "tl/names.h"
#include "tl_test.h"
#include "../stages/common/names-gaz.h"

/* The entities of text as "TYPE:name[role]" joined by "; " (new string). */
static char *
names_of(const char *text)
{
	g_autoptr(GError) err = NULL;
	const TlNames *nm = tl_names_default(&err);
	ck_assert_ptr_nonnull(nm);
	const TlTagger *t = tl_tagger_default(&err);
	g_autoptr(GArray) toks = g_array_new(FALSE, FALSE, sizeof(TlToken));
	tl_tokenize(text, strlen(text), toks);
	guint n = toks->len;
	g_autofree TlPos *pos = g_new0(TlPos, n + 1);
	g_autofree TlEntity *ents = g_new0(TlEntity, n + 1);
	const TlToken *tk = (const TlToken *)toks->data;
	/* the first pass's tags, as tl_annot_run gives the chunker */
	g_autofree TlPos *final = g_new0(TlPos, n + 1);
	tl_tagger_tag_passes(t, text, tk, n, final, pos);
	size_t ne = tl_names_find(nm, text, tk, pos, n, ents);
	ne = tl_names_unify(text, tk, pos, n, ents, ne);
	GString *s = g_string_new(NULL);
	for (size_t i = 0; i < ne; i++) {
		g_string_append_printf(s, "%s%s:%.*s", i ? "; " : "", tl_entity_type_name(ents[i].type),
		                       (int)(ents[i].end - ents[i].start), text + ents[i].start);
		if (ents[i].role_end > ents[i].role_start)
			g_string_append_printf(s, "[%.*s]", (int)(ents[i].role_end - ents[i].role_start),
			                       text + ents[i].role_start);
	}
	return g_string_free(s, FALSE);
}

static const struct {
	const char *text, *names;
} cases[] = {
	{"French President Emmanuel Macron met Pope Francis in Rome on Monday.",
	 "PERSON:Emmanuel Macron[French President]; PERSON:Francis[Pope]; LOCATION:Rome"},
	{"UN Secretary-General Antonio Guterres spoke to Reuters in Geneva.",
	 "ORGANIZATION:UN; PERSON:Antonio Guterres[UN Secretary-General]; ORGANIZATION:Reuters; "
	 "LOCATION:Geneva"},
	{"Let us know what you think.", ""},
	/* a faith's adjective qualifies a title, as a demonym does; "Emeritus"
	 * after a title is the title's (was PERSON "Roman Catholic") */
	{"Roman Catholic Bishop Emeritus Dinualdo Gutierrez died.",
	 "PERSON:Dinualdo Gutierrez[Roman Catholic Bishop Emeritus]"},
	{"PRESIDENT SIGNS BILL AS US AND CHINA TALK", "LOCATION:US; LOCATION:CHINA"},
	{"The talks between Germany and Japan were reported by the BBC.",
	 "LOCATION:Germany; LOCATION:Japan; ORGANIZATION:BBC"},
	/* organisation heads, "X of Y", legal suffixes (names-org.c) */
	{"She joined the University of Texas in 2004 after ten years at Rodale Press.",
	 "ORGANIZATION:University of Texas; ORGANIZATION:Rodale Press"},
	{"The contract was signed by Mayfield Tools , Inc. on Monday.",
	 "ORGANIZATION:Mayfield Tools , Inc."},
	/* "Co" without its full stop, as news writes it */
	{"Dow Chemical Co said its profits rose.", "ORGANIZATION:Dow Chemical Co"},
	/* a legal suffix makes a name of capitalised words whatever the
	 * tagger read them as ("Bankers" a noun, "Trust" a verb), and grows a
	 * name found before it ("U.S." a place) */
	{"NEW YORK, April 13 - Bankers Trust Co said it is raising its broker loan rate.",
	 "LOCATION:NEW YORK; ORGANIZATION:Bankers Trust Co"},
	{"U.S. Trust Co said it raised its rate.", "ORGANIZATION:U.S. Trust Co"},
	{"He spoke to analysts at the Ministry of Defence in London.",
	 "ORGANIZATION:Ministry of Defence; LOCATION:London"},
	{"Great Service", ""},
	/* datelines open news stories with a place */
	{"WASHINGTON (Reuters) - The central bank raised interest rates on Tuesday.",
	 "LOCATION:WASHINGTON; ORGANIZATION:Reuters"},
	{"NEW YORK, March 3 - Stocks fell sharply in early trading.", "LOCATION:NEW YORK"},
	{"PARIS - Heavy rain flooded the streets.", "LOCATION:PARIS"},
	/* not a dateline: a name spelt out in brackets, and no dash after it */
	{"NATO (North Atlantic Treaty Organization) - an alliance of 31 countries.",
	 "ORGANIZATION:NATO; ORGANIZATION:North Atlantic Treaty Organization"},
	/* an acronym in brackets takes the type of the name before it */
	{"The Greater New Orleans Fair Housing Action Center ( GNOFHAC ) filed a complaint.",
	 "ORGANIZATION:Greater New Orleans Fair Housing Action Center; ORGANIZATION:GNOFHAC"},
	/* place head words; a head word alone grows back over the capitals */
	{"We drove across the Golden Gate Bridge and stopped at Heathrow Airport.",
	 "LOCATION:Golden Gate Bridge; LOCATION:Heathrow Airport"},
	{"Jack Park said the Lake Street office was closed.",
	 "PERSON:Jack Park; LOCATION:Lake Street"},
	{"I will meet you at the park near the lake.", ""},
	/* regions (ISO 3166-2), given names, well-known people */
	{"Floods hit Kerala and Tamil Nadu, while Queensland stayed dry.",
	 "LOCATION:Kerala; LOCATION:Tamil Nadu; LOCATION:Queensland"},
	{"Constance and Giovanna met Tariq at the station.",
	 "PERSON:Constance; PERSON:Giovanna; PERSON:Tariq"},
	{"Saddam Hussein met Kofi Annan in Baghdad.",
	 "PERSON:Saddam Hussein; PERSON:Kofi Annan; LOCATION:Baghdad"},
	/* a given name that is a place too is the place */
	{"The weather in Dallas was fine, said Madison.", "LOCATION:Dallas; PERSON:Madison"},
	/* written as the gazetteer writes it, lower case and all */
	{"Even if leaders keep al-Qaida out, the conflict goes on.", "ORGANIZATION:al-Qaida"},
	/* a name after an elided particle goes on with the name before it,
	 * its small first letter and its "-ing" notwithstanding */
	{"He served under President Valéry Giscard d'Estaing in the seventies.",
	 "PERSON:Valéry Giscard d'Estaing[President]"},
	{"Massimo D’Alema resigned in 2000.", "PERSON:Massimo D’Alema"},
	/* proper nouns before a title in apposition are a person's name */
	{"But Zoltan Boesze, chief of the Finance Ministry's budget financing division, told Reuters the "
	 "government saw this as too high.",
	 "PERSON:Zoltan Boesze; ORGANIZATION:Finance Ministry; ORGANIZATION:Reuters"},
	/* the rest of a name cut short: capitals after a person's first
	 * words, a particle inside any name; not over a title, a head word, a
	 * line's end or into another name */
	{"It will take me a while, but I rarely agree with a John Paul Stevens opinion.",
	 "PERSON:John Paul Stevens"},
	{"Mayor Bill de Blasio spoke in New York.", "PERSON:Bill de Blasio[Mayor]; LOCATION:New York"},
	{"The party nominated Alliance Party presidential nominee Rocky De La Fuente for president.",
	 "ORGANIZATION:Alliance Party; PERSON:Rocky De La Fuente"},
	/* a name then an age between commas is a person's */
	{"In Washington DC, Arnav Gupta, 33, of Bethesda, Maryland, set himself on fire.",
	 "LOCATION:Washington DC; PERSON:Arnav Gupta; LOCATION:Bethesda; LOCATION:Maryland"},
	{"In Washington DC, Arnav Gupta, 33-year-old of Bethesda, set himself on fire.",
	 "LOCATION:Washington DC; PERSON:Arnav Gupta; LOCATION:Bethesda"},
	{"The delegates of Ohio, 18, and Florida, 29, voted.", "LOCATION:Ohio; LOCATION:Florida"},
	/* a capitalised surname particle the gazetteer knows as a place, then
	 * name words: a person; a place of one word right before a person is
	 * the person's name, not after a preposition or a determiner */
	{"Van Halen was known for his reclusive personality.", "PERSON:Van Halen"},
	{"County sheriff Kerry Lee told the BBC even one percent of Facebook users would come.",
	 "PERSON:Kerry Lee[sheriff]; ORGANIZATION:BBC; ORGANIZATION:Facebook"},
	{"They drove to Van on Monday.", "LOCATION:Van"},
	{"The mayor of Paris Anne Hidalgo spoke.", "LOCATION:Paris; PERSON:Anne Hidalgo"},
	/* a capital beyond ASCII starts a name word too */
	{"Health minister Łukasz Szumowski spoke on Monday.", "PERSON:Łukasz Szumowski[Health minister]"},
	/* a company's name before its legal suffix grows back over "and" and a
	 * possessive */
	{"Procter and Gamble Co said profits rose.", "ORGANIZATION:Procter and Gamble Co"},
	{"Shares of Marks and Spencer Plc rose.", "ORGANIZATION:Marks and Spencer Plc"},
	{"Trade Commissioner Frans Andriessen said the plan was dead.",
	 "PERSON:Frans Andriessen[Commissioner]"},
	{"I like Los Angeles Movers, they moved me before.", "LOCATION:Los Angeles"},
	{"The president granted Paul Harvey Pogue a full pardon.", "PERSON:Paul Harvey Pogue"},
	{"Secretary Jan de Vries spoke. \"We want quotas,\" de Vries added.",
	 "PERSON:Jan de Vries[Secretary]; PERSON:de Vries"},
	{"Farm Commissioner\nFrans Andriessen told a news conference.",
	 "PERSON:Frans Andriessen[Commissioner]"},
};

START_TEST(test_names)
{
	g_autofree char *got = names_of(cases[_i].text);
	ck_assert_str_eq(got, cases[_i].names);
}
END_TEST

START_TEST(test_empty_and_types)
{
	const TlNames *nm = tl_names_default(NULL);
	TlEntity e[1];
	ck_assert_uint_eq(tl_names_find(nm, "", NULL, NULL, 0, e), 0);
	ck_assert_str_eq(tl_entity_type_name(TL_ENT_ORGANIZATION), "ORGANIZATION");
	ck_assert_str_eq(tl_entity_type_name(7), "_");
}
END_TEST

START_TEST(test_bad_model)
{
	g_autoptr(GBytes) b = g_bytes_new_static("TLNAMES1\x03\0\0\0", 12);
	g_autoptr(GError) err = NULL;
	g_autoptr(TlNames) nm = tl_names_new(b, &err);
	ck_assert_ptr_null(nm);
	ck_assert_ptr_nonnull(err);
}
END_TEST

/* The gazetteer lookup done the plain way: the whole phrase, as written, then
 * in lower case (what tl_names_phrase_kind must answer, however it prunes). */
static guint
plain_kind(const TlNames *nm, const char *text, const TlToken *tk, size_t i, size_t len,
           gboolean *exact)
{
	GString *key = g_string_new(NULL);
	for (size_t j = i; j < i + len; j++) {
		if (j > i)
			g_string_append_c(key, ' ');
		g_string_append_len(key, text + tk[j].start, tk[j].end - tk[j].start);
	}
	guint v = tl_names_gaz_kind(nm, key->str, FALSE);
	*exact = v != 0;
	if (!v) {
		g_autofree char *low = g_ascii_strdown(key->str, (gssize)key->len);
		v = tl_names_gaz_kind(nm, low, TRUE);
	}
	g_string_free(key, TRUE);
	return v;
}

static const char *const lookups[] = {
	"Shares of Bank of America rose on the New York Stock Exchange , the NEW YORK TIMES said .",
	"us officials met US Secretary of State Antony Blinken in new york and in Paris , France .",
	"The New Yorker and New York University ; General Motors Corp. ; Mr. Lavorato",
	"i 'm doing a report on afghanistan , said Pope Francis of the Vatican",
};

/* Every phrase of a sentence: the pruned lookup, the longest match and the
 * per-sentence facts agree with the plain lookup and with the one-token
 * questions (head word, cue before). */
START_TEST(test_lookup_agrees)
{
	g_autoptr(GError) err = NULL;
	const TlNames *nm = tl_names_default(&err);
	ck_assert_ptr_nonnull(nm);
	const char *text = lookups[_i];
	g_autoptr(GArray) toks = g_array_new(FALSE, FALSE, sizeof(TlToken));
	tl_tokenize(text, strlen(text), toks);
	size_t n = toks->len, found = 0;
	const TlToken *tk = (const TlToken *)toks->data;
	g_autofree TlPos *pos = g_new0(TlPos, n);
	g_autofree TlNamesToken *facts = g_new0(TlNamesToken, n);
	g_autofree TlPos *final = g_new0(TlPos, n + 1);
	tl_tagger_tag_passes(tl_tagger_default(&err), text, tk, n, final, pos);
	tl_names_tokens(nm, text, tk, n, facts);
	for (size_t i = 0; i < n; i++) {
		size_t best = 0;
		guint best_kind = 0;
		gboolean best_exact = FALSE;
		for (size_t len = 1; len <= MAX_PHRASE && i + len <= n; len++) {
			gboolean ex1 = FALSE, ex2 = FALSE;
			guint k1 = tl_names_phrase_kind(nm, text, tk, i, len, &ex1);
			guint k2 = plain_kind(nm, text, tk, i, len, &ex2);
			ck_assert_uint_eq(k1, k2);
			ck_assert_int_eq(ex1, ex2);
			if (k2) {
				best = len;
				best_kind = k2;
				best_exact = ex2;
			}
		}
		/* the longest match skips tokens no name starts with */
		if (!g_ascii_isalnum(text[tk[i].start]) && !((guint8)text[tk[i].start] & 0x80))
			best = best_kind = 0;
		guint kind;
		gboolean exact = FALSE;
		ck_assert_uint_eq(tl_names_longest_match(nm, text, tk, n, i, &kind, &exact), best);
		ck_assert_uint_eq(facts[i].len, best);
		if (best) {
			ck_assert_uint_eq(kind, best_kind);
			ck_assert_int_eq(exact, best_exact);
			ck_assert_uint_eq(facts[i].kind, best_kind);
			ck_assert_int_eq(facts[i].exact, best_exact);
			found++;
		}
		/* the other facts: the same as asking for each */
		const char *w = text + tk[i].start;
		ck_assert(facts[i].word == tl_gaz_hash(w, tk[i].end - tk[i].start, TRUE));
		ck_assert_int_eq(facts[i].head, tl_names_org_head(nm, text, tk, i));
		ck_assert_int_eq(facts[i].cue, tl_names_org_cue(nm, text, tk, i));
		ck_assert_int_eq(facts[i].cue_last, tl_names_cue_last(nm, text, &tk[i]));
	}
	ck_assert_uint_gt(found, 0);
	/* a second time, the words' facts from the cache: the same */
	g_autofree TlNamesToken *again = g_new0(TlNamesToken, n);
	tl_names_tokens(nm, text, tk, n, again);
	for (size_t i = 0; i < n; i++) {
		ck_assert(again[i].word == facts[i].word);
		ck_assert_uint_eq(again[i].kind, facts[i].kind);
		ck_assert_uint_eq(again[i].len, facts[i].len);
		ck_assert_uint_eq(again[i].exact, facts[i].exact);
		ck_assert_uint_eq(again[i].head, facts[i].head);
		ck_assert_uint_eq(again[i].cue, facts[i].cue);
		ck_assert_uint_eq(again[i].run, facts[i].run);
		ck_assert_uint_eq(again[i].cue_last, facts[i].cue_last);
	}
}
END_TEST

/* A token with a space in it ("New York" as one token) still matches the
 * phrase it spells, first word and all. */
START_TEST(test_lookup_spaced_token)
{
	const TlNames *nm = tl_names_default(NULL);
	const char *text = "New York City";
	const TlToken tk[] = {{.start = 0, .end = 8}, {.start = 9, .end = 13}};
	gboolean ex1 = FALSE, ex2 = FALSE;
	guint k1 = tl_names_phrase_kind(nm, text, tk, 0, 1, &ex1);
	ck_assert_uint_eq(k1, plain_kind(nm, text, tk, 0, 1, &ex2));
	ck_assert_uint_ne(k1, 0);
	ck_assert_int_eq(ex1, ex2);
	ck_assert_uint_eq(tl_names_phrase_kind(nm, text, tk, 0, 2, &ex1),
	                  plain_kind(nm, text, tk, 0, 2, &ex2));
}
END_TEST

/* Gazetteer names with a hyphen match as treebanks split them too; lower
 * case finds the folded table only. */
START_TEST(test_gazetteer_variants)
{
	const TlNames *nm = tl_names_default(NULL);
	ck_assert_uint_ne(tl_names_gaz_kind(nm, "al - Qaida", FALSE) & GAZ_ORG, 0);
	ck_assert_uint_ne(tl_names_gaz_kind(nm, "kerala", TRUE) & GAZ_PLACE, 0);
	ck_assert_uint_eq(tl_names_gaz_kind(nm, "kerala", FALSE), 0);
	ck_assert_uint_ne(tl_names_gaz_kind(nm, "Constance", FALSE) & GAZ_GIVEN, 0);
	/* a given name that is a city is no given-name cue */
	ck_assert_uint_eq(tl_names_gaz_kind(nm, "Dallas", FALSE) & GAZ_GIVEN, 0);
	/* "US" is an acronym: never matched in lower case */
	ck_assert_uint_eq(tl_names_gaz_kind(nm, "us", TRUE), 0);
}
END_TEST

/* Tokens that cannot start a name are left unscored, and only those. */
START_TEST(test_skip)
{
	const TlNames *nm = tl_names_default(NULL);
	const char *text = "the bank , 42 Smith and Bank of America said";
	g_autoptr(GArray) toks = g_array_new(FALSE, FALSE, sizeof(TlToken));
	tl_tokenize(text, strlen(text), toks);
	const TlToken *tk = (const TlToken *)toks->data;
	size_t n = toks->len;
	g_autofree TlNamesToken *facts = g_new0(TlNamesToken, n);
	tl_names_tokens(nm, text, tk, n, facts);
	static const gboolean want[] = {TRUE, TRUE, TRUE, TRUE, FALSE, TRUE, FALSE, FALSE, FALSE, TRUE};
	ck_assert_uint_eq(n, G_N_ELEMENTS(want));
	TlNamesState st = {0, 0, 0};
	for (size_t i = 0; i < n; i++) {
		tl_names_state_next(facts, i, &st);
		/* "of" inside the gazetteer's "Bank of America" is scored */
		ck_assert_msg(tl_names_skip(facts, i, 0, &st, FALSE) == want[i], "token %zu", i);
		/* after a name's first word, or in a sentence all in lower case, all are */
		ck_assert(!tl_names_skip(facts, i, 1, &st, FALSE));
		ck_assert(!tl_names_skip(facts, i, 0, &st, TRUE));
	}
}
END_TEST

Suite *tl_suite_names(void);
Suite *
tl_suite_names(void)
{
	Suite *s = suite_create("names");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_names, 0, G_N_ELEMENTS(cases));
	tcase_add_test(tc, test_empty_and_types);
	tcase_add_test(tc, test_bad_model);
	tcase_add_loop_test(tc, test_lookup_agrees, 0, G_N_ELEMENTS(lookups));
	tcase_add_test(tc, test_lookup_spaced_token);
	tcase_add_test(tc, test_gazetteer_variants);
	tcase_add_test(tc, test_skip);
	suite_add_tcase(s, tc);
	return s;
}
