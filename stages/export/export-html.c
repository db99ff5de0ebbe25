/*
 * One self-contained HTML page: the template, CSS and JS under data/ are
 * inlined, the timeline is embedded as JSON, and a Content-Security-Policy
 * forbids every network request.  The page script draws the entries on a
 * zoomable, scrollable axis and as a list; a click shows the source sentence.
 * With --group, each entry carries its group and the page offers a choice
 * of one group.
 */
#include <string.h>
#include "tl/resource.h"
#include "export.h"

/*
 * The page's data: entries with their date label, sources by document only;
 * {"title":...,"documents":[...],"entries":[...]} as json_dumps(JSON_COMPACT |
 * JSON_PRESERVE_ORDER) writes it, each entry as it is made, with no '<'
 * (no "</script>" inside the data).
 */
static gboolean
page_data(const TlExportTl *tl, const TlExportOptions *opt, TlExportOut *out, GError **error)
{
	const size_t flags = JSON_COMPACT | JSON_PRESERVE_ORDER;
	const json_t *head = tl_export_tl_head(tl);
	g_autoptr(json_t) title = json_string(tl_export_title(head, opt));
	g_autoptr(TlExportDocs) docs = tl_export_docs(tl);
	g_string_append(out->s, "{\"title\":");
	tl_export_json(out, title, flags, 0, TRUE);
	g_string_append(out->s, ",\"documents\":");
	if (tl_export_docs_tree(docs)) {
		tl_export_json(out, tl_export_docs_tree(docs), flags, 0, TRUE);
	} else { /* read back one at a time ("[]" when there are none) */
		TlExportArray da;
		tl_export_array_open(out, &da, flags, 0, TRUE);
		g_auto(TlExportDocsIter) di = {0};
		tl_export_docs_iter_init(&di, docs);
		for (const json_t *d; (d = tl_export_docs_next(&di));) {
			tl_export_array_add(out, &da, d);
			tl_export_out_flush(out, FALSE);
		}
		if (!tl_export_docs_iter_ok(&di, error))
			return FALSE;
		tl_export_array_close(out, &da);
	}
	g_string_append(out->s, ",\"entries\":");
	TlExportArray entries;
	tl_export_array_open(out, &entries, flags, 0, TRUE);
	size_t j;
	const json_t *s;
	g_auto(TlExportEntries) it = {0};
	tl_export_entries_init(&it, tl);
	for (const json_t *e; (e = tl_export_entries_next(&it));) {
		TlExportDate d;
		if (!tl_export_date(e, &d, error))
			return FALSE;
		json_t *srcs = json_array();
		json_array_foreach(json_object_get(e, "sources"), j, s)
			json_array_append_new(srcs, json_pack("{s:O?,s:O?}", "doc", json_object_get(s, "doc"),
			                                      "sentence", json_object_get(s, "sentence")));
		g_autoptr(json_t) item =
		    json_pack("{s:O?,s:O,s:s,s:O?,s:O?,s:O?,s:o}", "id", json_object_get(e, "id"), "date",
		              json_object_get(e, "date"), "label", d.label, "headline",
		              json_object_get(e, "headline"), "text", json_object_get(e, "text"),
		              "participants", json_object_get(e, "participants"), "sources", srcs);
		if (item && opt->group != TL_GROUP_NONE) {
			g_autofree char *group = tl_export_group(docs, e, opt->group);
			json_object_set_new(item, "group", json_string(group));
		}
		if (item) /* as json_array_append_new, which left a NULL out */
			tl_export_array_add(out, &entries, item);
		tl_export_out_flush(out, FALSE);
		tl_export_date_clear(&d);
	}
	if (!tl_export_entries_ok(&it, error))
		return FALSE;
	tl_export_array_close(out, &entries);
	g_string_append_c(out->s, '}');
	return TRUE;
}

static gboolean
append_resource(GString *out, const char *path, GError **error)
{
	g_autoptr(GBytes) b = tl_resource_get("export", path, error);
	if (!b)
		return FALSE;
	gsize n;
	const char *p = g_bytes_get_data(b, &n);
	g_string_append_len(out, p, n);
	return TRUE;
}

gboolean
tl_export_html(const TlExportTl *tl, const TlExportOptions *opt, TlExportOut *out, GError **error)
{
	g_autoptr(GBytes) page = tl_resource_get("export", "page.html", error);
	if (!page)
		return FALSE;
	const char *p = g_bytes_get_data(page, NULL);
	while (*p) {
		const char *open = strstr(p, "{{");
		if (!open) {
			g_string_append(out->s, p);
			break;
		}
		g_string_append_len(out->s, p, open - p);
		const char *close = strstr(open, "}}");
		if (!close) {
			g_string_append(out->s, open);
			break;
		}
		g_autofree char *name = g_strndup(open + 2, close - open - 2);
		gboolean ok = TRUE;
		if (strcmp(name, "TITLE") == 0)
			tl_export_html_escape(out->s, tl_export_title(tl_export_tl_head(tl), opt));
		else if (strcmp(name, "CSS") == 0)
			ok = append_resource(out->s, "page.css", error);
		else if (strcmp(name, "JS") == 0)
			ok = append_resource(out->s, "page.js", error);
		else if (strcmp(name, "DATA") == 0)
			ok = page_data(tl, opt, out, error);
		else
			g_string_append_len(out->s, open, close + 2 - open);
		if (!ok)
			return FALSE;
		p = close + 2;
	}
	return TRUE;
}
