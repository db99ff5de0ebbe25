/*
 * TimeML from records (not timelines): each record's text with TIMEX3, EVENT,
 * MAKEINSTANCE and TLINK inserted by the kit's TimeML writer (tl/timeml.h),
 * the text inside <TEXT> byte-identical to the record's once tags are
 * stripped.  One record goes to the output; several need a folder, one
 * <id>.tml each, written atomically.
 */
#include <string.h>
#include "tl/cli.h"
#include "tl/timeml.h"
#include "export.h"

gboolean
tl_export_timeml_record(TlRecord *rec, GString *out, guint *n_dropped, GError **error)
{
	size_t len = 0;
	const char *text = tl_record_get_string(rec, "text", &len);
	const char *id = tl_record_get_string(rec, "id", NULL);
	if (!text || !id || !*id) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "a record needs \"id\" and \"text\" strings");
		return FALSE;
	}
	return tl_timeml_write(out, id, tl_record_get_string(rec, "dct", NULL), text, len,
	                       tl_record_get(rec, "timexes"), tl_record_get(rec, "events"), n_dropped,
	                       error);
}

/* File names are cut to this many bytes (and a suffix), like timeline's. */
#define TL_TIMEML_NAME_MAX 200

char *
tl_export_timeml_name(TlRecord *rec, guint n)
{
	const char *id = tl_record_get_string(rec, "id", NULL);
	GString *name = g_string_new(id && *id != '.' ? "" : "_"); /* no "." or ".." */
	for (const char *p = id ? id : ""; *p; p = g_utf8_next_char(p)) {
		size_t w = g_utf8_next_char(p) - p;
		if (name->len + w > TL_TIMEML_NAME_MAX) /* a URL as id: "File name too long" */
			break;
		if (*p == '/' || *p == '\\' || (unsigned char)*p < 0x20 || *p == 0x7F)
			g_string_append_c(name, '_');
		else
			g_string_append_len(name, p, w);
	}
	if (n > 1)
		g_string_append_printf(name, "-%u", n);
	g_string_append(name, ".tml");
	return g_string_free(name, FALSE);
}
