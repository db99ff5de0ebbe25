/*
 * Records out of documents: a new record from what a reader found (keys in
 * the documented order), or a JSON Lines input record completed in place,
 * keeping its own fields byte for byte and adding the missing ones.
 */
#include <string.h>
#include "normalize.h"

TlRecord *
tl_doc_to_record(const TlDoc *doc, const char *id, const char *source)
{
	TlRecord *rec = tl_record_new();
	tl_record_set_string(rec, "id", id, strlen(id));
	tl_record_set(rec, "source", source ? json_string(source) : json_null());
	tl_record_set(rec, "title", doc->title ? json_string(doc->title) : json_null());
	tl_record_set(rec, "dct", doc->dct ? json_string(doc->dct) : json_null());
	tl_record_set(rec, "dct_source", json_string(doc->dct_source));
	if (doc->url)
		tl_record_set(rec, "url", json_string(doc->url));
	tl_record_set_string(rec, "text", doc->text, doc->text_len);
	return rec;
}

void
tl_doc_write(TlRecord *rec, const char *text, size_t len, GString *out)
{
	tl_record_remove(rec, "sentences");
	tl_record_remove(rec, "paragraphs");
	size_t at = out->len;
	tl_record_write(rec, out);
	/* splice before the closing "}\n" */
	g_string_truncate(out, out->len - 2);
	if (out->len > at + 1)
		g_string_append_c(out, ',');
	tl_doc_spans_json(text, len, out);
	g_string_append(out, "}\n");
}

/* Does the text hold bytes that record text may not (CR, other controls)? */
static gboolean
needs_cleaning(const char *s, size_t n)
{
	size_t i = 0;
	/* eight bytes at a time while they are all printable ASCII, LF or TAB */
	for (; i + 8 <= n; i += 8) {
		guint64 w;
		memcpy(&w, s + i, 8);
		guint64 low = (w - 0x2020202020202020ULL) & ~w & 0x8080808080808080ULL;
		guint64 x = w ^ 0x7F7F7F7F7F7F7F7FULL; /* a DEL byte becomes zero */
		guint64 del = (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
		if ((w & 0x8080808080808080ULL) == 0 && low == 0 && del == 0)
			continue;
		for (size_t k = i; k < i + 8; k++) {
			unsigned char c = (unsigned char)s[k];
			if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F ||
			    (c == 0xC2 && k + 1 < n && (unsigned char)s[k + 1] < 0xA0))
				return TRUE;
		}
	}
	for (; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F ||
		    (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] < 0xA0))
			return TRUE;
	}
	return n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0;
}

/* Is the record's "dct" one a normalized record has: null, or a date in
 * the form tl-normalize writes? */
static gboolean
normalized_dct(TlRecord *rec)
{
	json_t *dct = tl_record_get(rec, "dct");
	if (json_is_null(dct))
		return TRUE;
	if (!json_is_string(dct))
		return FALSE;
	g_autofree char *norm = tl_dct_parse(json_string_value(dct), FALSE);
	return norm && strcmp(norm, json_string_value(dct)) == 0;
}

/* The record's dct: kept (normalised) when valid, else looked for in the text. */
static void
complete_dct(TlRecord *rec, const char *text, size_t len, size_t body,
             const char *dct_override, GPtrArray *warnings)
{
	if (dct_override) {
		tl_record_set(rec, "dct", json_string(dct_override));
		tl_record_set(rec, "dct_source", json_string("option"));
		return;
	}
	json_t *dct = tl_record_get(rec, "dct");
	if (json_is_string(dct)) {
		g_autofree char *norm = tl_dct_parse(json_string_value(dct), FALSE);
		if (norm) {
			if (strcmp(norm, json_string_value(dct)) != 0)
				tl_record_set(rec, "dct", json_string(norm));
			if (!tl_record_has(rec, "dct_source"))
				tl_record_set(rec, "dct_source", json_string("record"));
			return;
		}
		tl_warn(warnings, "\"dct\": \"%s\" is not an ISO 8601 date; ignored",
		        json_string_value(dct));
	} else if (dct && !json_is_null(dct))
		tl_warn(warnings, "\"dct\" is not a string; ignored");
	TlDateline d;
	gboolean found = FALSE;
	if (tl_dateline_find(text, len, body, &d, &found, NULL) && found && d.year) {
		g_autofree char *v = tl_dateline_dct(&d);
		tl_record_set(rec, "dct", json_string(v));
		tl_record_set(rec, "dct_source", json_string("dateline"));
		return;
	}
	if (!dct || !json_is_null(dct))
		tl_record_set(rec, "dct", json_null());
	tl_record_set(rec, "dct_source", json_string("none"));
}

gboolean
tl_doc_complete_record(TlRecord *rec, const char *default_id, const char *source,
                       const char *dct_override, GPtrArray *warnings, GError **error)
{
	size_t len;
	const char *text = tl_record_get_string(rec, "text", &len);
	if (!text) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD,
		            tl_record_has(rec, "text") ? "\"text\" is not a string" :
		                                         "the record has no \"text\"");
		return FALSE;
	}
	/* every later stage passed such a record on, and tl-merge, at the end
	 * of the run, refused it ("<stdin>:2: the record has no "id"
	 * string" from the driver's pipe, not the file and line): the whole
	 * run failed there.  A record without "id" gets one (below). */
	size_t id_len = 0;
	if (tl_record_has(rec, "id") && !tl_record_get_string(rec, "id", &id_len)) {
		g_set_error_literal(error, TL_ERROR, TL_ERROR_RECORD, "\"id\" is not a string");
		return FALSE;
	}
	if (tl_record_has(rec, "id") && id_len == 0) {
		g_set_error_literal(error, TL_ERROR, TL_ERROR_RECORD, "\"id\" is empty");
		return FALSE;
	}
	g_autofree char *clean = NULL;
	if (needs_cleaning(text, len)) {
		clean = tl_text_clean(text, len, NULL, &len, NULL, error);
		if (!clean)
			return FALSE;
		text = clean;
	}
	if (!tl_record_has(rec, "id") && default_id)
		tl_record_set_string(rec, "id", default_id, strlen(default_id));
	if (!tl_record_has(rec, "source"))
		tl_record_set(rec, "source", source ? json_string(source) : json_null());
	size_t body = 0;
	if (!tl_record_has(rec, "title")) {
		char *t = tl_text_headline(text, len, &body);
		tl_record_set(rec, "title", t ? json_string(t) : json_null());
		g_free(t);
	}
	/* a record that already has a dct_source was normalized before: kept,
	 * if its dct is one tl-normalize writes (null or a normalised date).
	 * Any "dct_source" kept any "dct" unchecked ("", "1987-02-30", "x"),
	 * and tl-dates refused the record after the gate ("bad 'dct'"). */
	if (dct_override || !tl_record_has(rec, "dct_source") || !normalized_dct(rec))
		complete_dct(rec, text, len, body, dct_override, warnings);
	if (clean)
		tl_record_set_string(rec, "text", clean, len);
	tl_record_remove(rec, "sentences");
	tl_record_remove(rec, "paragraphs");
	return TRUE;
}
