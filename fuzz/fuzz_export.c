/*
 * libFuzzer target: tl-export's reader against Jansson.  The input is a
 * timeline's bytes, read as tl-export reads a file (walked in chunks of 1
 * to 8 bytes or the default, the entries one at a time, big entries member
 * by member with their sources cut down, the documents looked up by an
 * index) and, when Jansson parses it whole, as a tree.  When both read it,
 * every format must write the same bytes, or fail with the same message;
 * when only the walk takes it, reading its entries must fail (Jansson
 * refused something in them).
 */
#include <string.h>
#include "../stages/export/export.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static const TlExportFunc fns[] = {tl_export_timelinejs, tl_export_vis, tl_export_html,
                                   tl_export_csv,        tl_export_ics, tl_export_mermaid};

/* What format f writes from t (grouped by document when group), and its
 * message when it fails. */
static char *
run(const TlExportTl *t, size_t f, gboolean group, char **message)
{
	GString *s = g_string_new(NULL);
	TlExportOptions opt = {group ? TL_GROUP_DOCUMENT : TL_GROUP_NONE, NULL, NULL};
	TlExportOut o = {s, NULL};
	GError *err = NULL;
	*message = NULL;
	if (!fns[f](t, &opt, &o, &err)) {
		*message = g_strdup(err ? err->message : "failed");
		g_clear_error(&err);
	}
	return g_string_free(s, FALSE);
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	const char *text = (const char *)data;
	size_t chunk = size ? (data[size - 1] & 7) : 0; /* 0: the default */
	tl_export_slim_min = size & 1 ? 0 : (size_t)1 << 20;
	TlExportTl *t = tl_export_tl_new_bytes(text, size, chunk);
	json_error_t jerr;
	json_t *tree = json_loadb(text, size, 0, &jerr);
	TlExportTl *tt = tree ? tl_export_tl_new_tree(tree, NULL) : NULL;
	if (t && tt) {
		for (size_t f = 0; f < G_N_ELEMENTS(fns); f++) {
			char *m1, *m2;
			gboolean group = (size >> 1) & 1;
			char *a = run(t, f, group, &m1);
			char *b = run(tt, f, group, &m2);
			g_assert((m1 == NULL) == (m2 == NULL));
			if (m1)
				g_assert_cmpstr(m1, ==, m2);
			else
				g_assert_cmpstr(a, ==, b);
			g_free(a), g_free(b), g_free(m1), g_free(m2);
		}
	} else if (t && !tree) {
		g_assert(!tl_export_tl_check(t, NULL));
	}
	tl_export_tl_free(t);
	tl_export_tl_free(tt);
	json_decref(tree);
	tl_export_slim_min = (size_t)1 << 20;
	return 0;
}
