/* The name finder: persons with their titles as roles, places and
 * organisations from the gazetteers, acronyms kept apart from common words,
 * and document-level consistency. */
#include <string.h>
#include "tl/names.h"
#include "tl_test.h"

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
	tl_tagger_tag(t, text, tk, n, pos);
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
	{"PRESIDENT SIGNS BILL AS US AND CHINA TALK", "LOCATION:US; LOCATION:CHINA"},
	{"The talks between Germany and Japan were reported by the BBC.",
	 "LOCATION:Germany; LOCATION:Japan; ORGANIZATION:BBC"},
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

Suite *tl_suite_names(void);
Suite *
tl_suite_names(void)
{
	Suite *s = suite_create("names");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_names, 0, G_N_ELEMENTS(cases));
	tcase_add_test(tc, test_empty_and_types);
	tcase_add_test(tc, test_bad_model);
	suite_add_tcase(s, tc);
	return s;
}
