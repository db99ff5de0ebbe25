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

char *
tl_export_timeml_name(TlRecord *rec, guint n)
{
	return tl_timeml_file_name(tl_record_get_string(rec, "id", NULL), n);
}
