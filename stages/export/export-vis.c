/*
 * vis-timeline data: {"items": [...], "groups": [...]} for a DataSet each.
 * An entry of more than one day is a range over its interval; a day or finer
 * entry is a point.  Groups come from --group (by document when not given).
 */
#include <string.h>
#include <stdlib.h>
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

gboolean
tl_export_vis(const TlExportTl *tl, const TlExportOptions *opt, GString *out, GError **error)
{
	const json_t *head = tl_export_tl_head(tl);
	g_autoptr(GHashTable) docs = tl_export_documents(head);
	TlGroupBy by = opt->group == TL_GROUP_NONE ? TL_GROUP_DOCUMENT : opt->group;
	g_autoptr(json_t) items = json_array();
	g_autoptr(json_t) groups = json_array();
	g_autoptr(GHashTable) seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
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
		json_t *item = json_pack("{s:s,s:s,s:s}", "id", id ? id : "", "content", content->str,
		                         "start", start);
		gboolean range = d.gran >= TL_GRAN_DAY && d.end - d.start > 1;
		if (range) {
			g_autofree char *end = vis_date(d.end, &d, FALSE);
			json_object_set_new(item, "end", json_string(end));
		}
		json_object_set_new(item, "type", json_string(range ? "range" : "point"));
		json_object_set_new(item, "group", json_string(group));
		g_autofree char *title = g_strdup_printf("%s: %s", d.label, quote ? quote : "");
		json_object_set_new(item, "title", json_string(title));
		json_array_append_new(items, item);
		tl_export_date_clear(&d);
	}
	if (!tl_export_entries_ok(&it, error))
		return FALSE;
	g_autoptr(json_t) doc = json_pack("{s:O,s:O}", "items", items, "groups", groups);
	char *s = json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	g_string_append(out, s);
	g_string_append_c(out, '\n');
	free(s);
	return TRUE;
}
