/*
 * The record layers written as raw JSON (tl-tag's tokens and entities, and
 * the record writer that streams big members) give the bytes the Jansson
 * trees they replaced gave.
 */
#include <string.h>
#include "../stages/common/tag-annotate.h"
#include "tl_test.h"

/* The tokens layer as a Jansson tree, as tl-tag built it before. */
static json_t *
tokens_tree(const TlAnnot *a)
{
	const TlToken *tok = (const TlToken *)a->tokens->data;
	const TlPos *pos = (const TlPos *)a->pos->data;
	const guint32 *lo = (const guint32 *)a->lemma_off->data;
	json_t *arr = json_array();
	for (guint i = 0; i < a->tokens->len; i++)
		json_array_append_new(
			arr, json_pack("[IIsss%]", (json_int_t)tok[i].start, (json_int_t)tok[i].end,
		                   tl_upos_name(pos[i].upos), tl_xpos_name(pos[i].xpos),
		                   a->lemmas->str + lo[i], (size_t)(lo[i + 1] - lo[i])));
	return arr;
}

static json_t *
entities_tree(const TlAnnot *a)
{
	json_t *arr = json_array();
	for (guint i = 0; i < a->entities->len; i++) {
		const TlEntity *e = &g_array_index(a->entities, TlEntity, i);
		json_t *o = json_pack("{ss%sssIsI}", "text", a->text + e->start, (size_t)(e->end - e->start),
		                      "type", tl_entity_type_name(e->type), "start", (json_int_t)e->start,
		                      "end", (json_int_t)e->end);
		if (e->role_end > e->role_start) {
			json_object_set_new(o, "role", json_stringn(a->text + e->role_start,
			                                              e->role_end - e->role_start));
			json_object_set_new(o, "role_start", json_integer(e->role_start));
			json_object_set_new(o, "role_end", json_integer(e->role_end));
		}
		json_array_append_new(arr, o);
	}
	return arr;
}

static const char *const texts[] = {
	"Secretary of State Antony Blinken met Wang Yi in Beijing on Monday.",
	"He said \"no\" \\ twice;\ttabs\nand lines\r\x01 and (brackets) -- “quotes” ‘too’.",
	"President Joe Biden and Prime Minister Rishi Sunak of Britain, Apple Inc. and the UN.",
	"",
	"Café owners in São Paulo protested; 3.5% rise — 10,000 people.",
};

START_TEST(test_layers_as_trees)
{
	g_autoptr(GError) err = NULL;
	TlAnnot a;
	ck_assert_msg(tl_annot_init(&a, &err), "%s", err ? err->message : "");
	const char *text = texts[_i];
	tl_annot_run(&a, text, strlen(text), NULL, 0);
	g_autoptr(GString) want = g_string_new(NULL), got = g_string_new(NULL);
	json_t *t = tokens_tree(&a), *e = entities_tree(&a);
	tl_json_append(want, t);
	tl_json_append(want, e);
	json_decref(t);
	json_decref(e);
	ck_assert(tl_annot_tokens_raw(&a, got, NULL));
	ck_assert(tl_annot_entities_raw(&a, got, NULL));
	ck_assert_str_eq(got->str, want->str);
	tl_annot_clear(&a);
}
END_TEST

/* A big text's record streamed to a file: the bytes tl_record_write gives,
 * however the pieces fall around the flush size. */
START_TEST(test_streamed_record)
{
	g_autoptr(GString) line = g_string_new("{\"id\":\"x\",\"text\":\"");
	for (int i = 0; i < 20000; i++)
		g_string_append(line, "Blinken met \\\"Wang\\\" on May 3. ");
	g_string_append(line, "\",\"n\":1}");
	g_autoptr(GError) err = NULL;
	g_autoptr(TlRecord) rec = tl_record_parse(line->str, line->len, &err);
	ck_assert_msg(rec != NULL, "%s", err ? err->message : "");
	g_autoptr(GString) big = g_string_new("[");
	for (int i = 0; i < 30000; i++)
		g_string_append_printf(big, "%s[%d]", i ? "," : "", i);
	g_string_append_c(big, ']');
	tl_record_set_raw(rec, "big", big->str, big->len);
	tl_record_set_raw(rec, "small", "[1]", 3);
	tl_record_set(rec, "tree", json_pack("{si}", "a", 1));
	g_autoptr(GString) want = g_string_new(NULL), buf = g_string_new(NULL);
	tl_record_write(rec, want);
	char *data = NULL;
	size_t size = 0;
	FILE *fp = open_memstream(&data, &size);
	ck_assert(tl_record_write_file(rec, buf, fp));
	ck_assert_int_eq(fclose(fp), 0);
	ck_assert_uint_eq(size, want->len);
	ck_assert(memcmp(data, want->str, size) == 0);
	ck_assert_uint_eq(buf->len, 0);
	free(data);
}
END_TEST

/* tl-tag's text path writes the record as it goes: the same bytes. */
START_TEST(test_layers_flushed)
{
	g_autoptr(GError) err = NULL;
	TlAnnot a;
	ck_assert_msg(tl_annot_init(&a, &err), "%s", err ? err->message : "");
	g_autoptr(GString) text = g_string_new(NULL);
	for (int i = 0; i < 3000; i++)
		g_string_append(text, "Antony Blinken met Wang Yi in Beijing. ");
	tl_annot_run(&a, text->str, text->len, NULL, 0);
	g_autoptr(GString) want = g_string_new(NULL), buf = g_string_new(NULL);
	tl_annot_tokens_raw(&a, want, NULL);
	tl_annot_entities_raw(&a, want, NULL);
	char *data = NULL;
	size_t size = 0;
	FILE *fp = open_memstream(&data, &size);
	ck_assert(tl_annot_tokens_raw(&a, buf, fp));
	ck_assert(tl_annot_entities_raw(&a, buf, fp));
	ck_assert(buf->len < 70 * 1024); /* flushed as it went */
	fwrite(buf->str, 1, buf->len, fp);
	ck_assert_int_eq(fclose(fp), 0);
	ck_assert_uint_eq(size, want->len);
	ck_assert(memcmp(data, want->str, size) == 0);
	free(data);
	tl_annot_clear(&a);
}
END_TEST

Suite *tl_suite_events_layers(void);
Suite *
tl_suite_events_layers(void)
{
	Suite *s = suite_create("events_layers");
	TCase *tc = tcase_create("layers");
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, test_layers_as_trees, 0, G_N_ELEMENTS(texts));
	tcase_add_test(tc, test_streamed_record);
	tcase_add_test(tc, test_layers_flushed);
	suite_add_tcase(s, tc);
	return s;
}
