/*
 * CSV (RFC 4180): a header row, then one row per entry; CRLF line ends; a
 * field with a comma, quote, CR or LF is quoted, its quotes doubled.  A cell
 * that starts with =, +, -, @, a tab or a CR would run as a formula in a
 * spreadsheet (CSV injection): it gets a leading ' as OWASP advises
 * (docs/EXPORT.md).  With --group, a last column names each entry's group.
 */
#include <string.h>
#include "export.h"

static void
field(GString *out, const char *s, gboolean last)
{
	s = s ? s : "";
	gboolean formula = *s && strchr("=+-@\t\r", *s);
	if (strpbrk(s, ",\"\r\n")) {
		g_string_append_c(out, '"');
		if (formula)
			g_string_append_c(out, '\'');
		for (; *s; s++) {
			if (*s == '"')
				g_string_append_c(out, '"');
			g_string_append_c(out, *s);
		}
		g_string_append_c(out, '"');
	} else {
		if (formula)
			g_string_append_c(out, '\'');
		g_string_append(out, s);
	}
	g_string_append(out, last ? "\r\n" : ",");
}

gboolean
tl_export_csv(const TlExportTl *tl, const TlExportOptions *opt, TlExportOut *o, GError **error)
{
	GString *out = o->s;
	gboolean grouped = opt->group != TL_GROUP_NONE;
	g_autoptr(TlExportDocs) docs = tl_export_docs(tl);
	g_string_append(out, "id,start,end,granularity,date,headline,participants,sources,"
	                     "confidence,salience,text");
	g_string_append(out, grouped ? ",group\r\n" : "\r\n");
	g_auto(TlExportEntries) it = {0};
	tl_export_entries_init(&it, tl);
	for (const json_t *e; (e = tl_export_entries_next(&it));) {
		TlExportDate d;
		if (!tl_export_date(e, &d, error))
			return FALSE;
		g_autofree char *start = tl_date_format_day(d.start);
		g_autofree char *end = tl_date_format_day(d.end);
		g_autofree char *parts = tl_export_participants(e);
		g_autofree char *srcs = tl_export_sources(docs, e);
		char conf[32], sal[32];
		g_ascii_formatd(conf, sizeof conf, "%.2f", json_number_value(json_object_get(e, "confidence")));
		g_ascii_formatd(sal, sizeof sal, "%.2f", json_number_value(json_object_get(e, "salience")));
		field(out, json_string_value(json_object_get(e, "id")), FALSE);
		field(out, start, FALSE);
		field(out, end, FALSE);
		field(out, tl_granularity_name(d.gran), FALSE);
		field(out, d.label, FALSE);
		field(out, json_string_value(json_object_get(e, "headline")), FALSE);
		field(out, parts, FALSE);
		field(out, srcs, FALSE);
		field(out, conf, FALSE);
		field(out, sal, FALSE);
		field(out, json_string_value(json_object_get(e, "text")), !grouped);
		if (grouped) {
			g_autofree char *group = tl_export_group(docs, e, opt->group);
			field(out, group, TRUE);
		}
		tl_export_date_clear(&d);
		tl_export_out_flush(o, FALSE);
	}
	if (!tl_export_entries_ok(&it, error) || !tl_export_docs_ok(docs, error))
		return FALSE;
	return TRUE;
}
