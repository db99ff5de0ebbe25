/*
 * One self-contained HTML page: the template, CSS and JS under data/ are
 * inlined, the timeline is embedded as JSON, and a Content-Security-Policy
 * forbids every network request.  The page script draws the entries on a
 * zoomable, scrollable axis and as a list; a click shows the source sentence.
 */
#include <stdlib.h>
#include <string.h>
#include "tl/resource.h"
#include "export.h"

/* The page's data: entries with their date label, sources by document only. */
static json_t *
page_data(const TlExportTl *tl, const TlExportOptions *opt, GError **error)
{
	const json_t *head = tl_export_tl_head(tl);
	json_t *entries = json_array();
	size_t j;
	const json_t *s;
	g_auto(TlExportEntries) it = {0};
	tl_export_entries_init(&it, tl);
	for (const json_t *e; (e = tl_export_entries_next(&it));) {
		TlExportDate d;
		if (!tl_export_date(e, &d, error)) {
			json_decref(entries);
			return NULL;
		}
		json_t *srcs = json_array();
		json_array_foreach(json_object_get(e, "sources"), j, s)
			json_array_append_new(srcs, json_pack("{s:O?,s:O?}", "doc", json_object_get(s, "doc"),
			                                      "sentence", json_object_get(s, "sentence")));
		json_array_append_new(
		    entries, json_pack("{s:O?,s:O,s:s,s:O?,s:O?,s:O?,s:o}", "id", json_object_get(e, "id"),
		                       "date", json_object_get(e, "date"), "label", d.label, "headline",
		                       json_object_get(e, "headline"), "text", json_object_get(e, "text"),
		                       "participants", json_object_get(e, "participants"), "sources", srcs));
		tl_export_date_clear(&d);
	}
	if (!tl_export_entries_ok(&it, error)) {
		json_decref(entries);
		return NULL;
	}
	json_t *docs = json_object_get(head, "documents");
	return json_pack("{s:s,s:O,s:o}", "title", tl_export_title(head, opt), "documents",
	                 docs ? docs : json_array(), "entries", entries);
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
tl_export_html(const TlExportTl *tl, const TlExportOptions *opt, GString *out, GError **error)
{
	g_autoptr(GBytes) page = tl_resource_get("export", "page.html", error);
	if (!page)
		return FALSE;
	g_autoptr(json_t) data = page_data(tl, opt, error);
	if (!data)
		return FALSE;
	char *js = json_dumps(data, JSON_COMPACT | JSON_PRESERVE_ORDER);
	const char *p = g_bytes_get_data(page, NULL);
	while (*p) {
		const char *open = strstr(p, "{{");
		if (!open) {
			g_string_append(out, p);
			break;
		}
		g_string_append_len(out, p, open - p);
		const char *close = strstr(open, "}}");
		if (!close) {
			g_string_append(out, open);
			break;
		}
		g_autofree char *name = g_strndup(open + 2, close - open - 2);
		gboolean ok = TRUE;
		if (strcmp(name, "TITLE") == 0)
			tl_export_html_escape(out, tl_export_title(tl_export_tl_head(tl), opt));
		else if (strcmp(name, "CSS") == 0)
			ok = append_resource(out, "page.css", error);
		else if (strcmp(name, "JS") == 0)
			ok = append_resource(out, "page.js", error);
		else if (strcmp(name, "DATA") == 0) {
			for (const char *c = js; *c; c++) /* no "</script>" inside the data */
				if (*c == '<')
					g_string_append(out, "\\u003c");
				else
					g_string_append_c(out, *c);
		} else
			g_string_append_len(out, open, close + 2 - open);
		if (!ok) {
			free(js);
			return FALSE;
		}
		p = close + 2;
	}
	free(js);
	return TRUE;
}
