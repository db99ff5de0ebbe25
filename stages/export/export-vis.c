/*
 * vis-timeline data: {"items": [...], "groups": [...]} for a DataSet each.
 * An entry of more than one day is a range over its interval; a day or finer
 * entry is a point.  Groups come from --group (by document when not given).
 */
#include <string.h>
#include "tl/calendar.h"
#include "export.h"

static char *
vis_date(gint64 day, const TlExportDate *d, gboolean start)
{
	g_autofree char *iso = tl_date_format_day(day);
	if (iso[0] == '-' || strlen(iso) > 10) {
		/* before year 0 or after 9999: ISO 8601's extended years, six
		 * digits and a sign, which JavaScript's Date reads ("-0499-01-01"
		 * it reads as the year 499) */
		gint64 y;
		int m, dd;
		tl_cal_from_days(day, &y, &m, &dd);
		g_free(iso);
		iso = g_strdup_printf("%c%06" G_GINT64_FORMAT "-%02d-%02d", y < 0 ? '-' : '+', y < 0 ? -y : y, m, dd);
	}
	if (start && d->hour >= 0)
		return g_strdup_printf("%sT%02d:%02d:00", iso, d->hour, MAX(d->minute, 0));
	return g_steal_pointer(&iso);
}

/*
 * {"items": [...], "groups": [...]} as json_dumps(JSON_INDENT(2) |
 * JSON_PRESERVE_ORDER) lays it out: each item written as it is made, the
 * groups (one per document or participant, not per entry) kept for the end.
 */
gboolean
tl_export_vis(const TlExportTl *tl, const TlExportOptions *opt, TlExportOut *out, GError **error)
{
	const size_t flags = JSON_INDENT(2) | JSON_PRESERVE_ORDER;
	g_autoptr(TlExportDocs) docs = tl_export_docs(tl);
	TlGroupBy by = opt->group == TL_GROUP_NONE ? TL_GROUP_DOCUMENT : opt->group;
	g_autoptr(json_t) groups = json_array();
	g_autoptr(GHashTable) seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	g_string_append_c(out->s, '{');
	tl_export_json_break(out, flags, 1);
	g_string_append(out->s, "\"items\": ");
	TlExportArray items;
	tl_export_array_open(out, &items, flags, 1, FALSE);
	g_auto(TlExportEntries) it = {0};
	tl_export_entries_init(&it, tl);
	for (const json_t *entry; (entry = tl_export_entries_next(&it));) {
		TlExportDate d;
		if (!tl_export_date(entry, &d, error))
			return FALSE;
		const char *id = json_string_value(json_object_get(entry, "id"));
		const char *headline = json_string_value(json_object_get(entry, "headline"));
		const char *quote = json_string_value(json_object_get(entry, "text"));
		g_autofree char *group = tl_export_group(docs, entry, by);
		if (!g_hash_table_contains(seen, group)) {
			g_hash_table_insert(seen, g_strdup(group), NULL);
			g_autoptr(GString) gc = g_string_new(NULL);
			tl_export_html_escape(gc, group);
			json_array_append_new(groups, json_pack("{s:s,s:s}", "id", group, "content", gc->str));
		}
		g_autofree char *start = vis_date(d.start, &d, TRUE);
		/* vis-timeline reads content as HTML */
		g_autoptr(GString) content = g_string_new(NULL);
		tl_export_html_escape(content, headline);
		g_autoptr(json_t) item = json_pack("{s:s,s:s,s:s}", "id", id ? id : "", "content",
		                                   content->str, "start", start);
		gboolean range = d.gran >= TL_GRAN_DAY && d.end - d.start > 1;
		if (range) {
			g_autofree char *end = vis_date(d.end, &d, FALSE);
			json_object_set_new(item, "end", json_string(end));
		}
		json_object_set_new(item, "type", json_string(range ? "range" : "point"));
		json_object_set_new(item, "group", json_string(group));
		/* the tooltip is HTML too ("This is a <b>title</b>") */
		g_autoptr(GString) title = g_string_new(d.label);
		g_string_append(title, ": ");
		tl_export_html_escape(title, quote);
		json_object_set_new(item, "title", json_string(title->str));
		if (item) /* as json_array_append_new, which left a NULL out */
			tl_export_array_add(out, &items, item);
		tl_export_out_flush(out, FALSE);
		tl_export_date_clear(&d);
	}
	if (!tl_export_entries_ok(&it, error) || !tl_export_docs_ok(docs, error))
		return FALSE;
	tl_export_array_close(out, &items);
	g_string_append_c(out->s, ',');
	tl_export_json_break(out, flags, 1);
	g_string_append(out->s, "\"groups\": ");
	tl_export_json(out, groups, flags, 1, FALSE);
	tl_export_json_break(out, flags, 0);
	g_string_append(out->s, "}\n");
	return TRUE;
}
