/*
 * A Mermaid timeline block (```mermaid fenced, for Markdown): a section per
 * year, a period line per date label, its entries' headlines as events.
 * Characters Mermaid reads as syntax (":" "#" ";" line ends) are written as
 * its entity codes, and so is a "%" next to another: Mermaid takes
 * "%%{...}%%" anywhere in the text for a directive and cuts it out.  With
 * --group, each event ends with its group in brackets (the sections stay
 * the years: a section per group would need the entries out of date order).
 */
#include <string.h>
#include "export.h"

static void
text(GString *out, const char *s)
{
	const char *first = s;
	for (; s && *s; s++) {
		if (*s == '%' && (s[1] == '%' || (s > first && s[-1] == '%')))
			g_string_append(out, "#37;");
		else if (*s == ':')
			g_string_append(out, "#58;");
		else if (*s == '#')
			g_string_append(out, "#35;");
		else if (*s == ';')
			g_string_append(out, "#59;");
		else if ((guchar)*s < 0x20 || *s == 0x7f)
			g_string_append_c(out, ' '); /* a line end or a control character */
		else
			g_string_append_c(out, *s);
	}
}

/* Mermaid reads a title or an event only with text after the keyword or
 * colon: a blank one (nothing, spaces, control characters) is written as
 * fallback, else it would become a period of its own. */
static void
text_or(GString *out, const char *s, const char *fallback)
{
	gsize at = out->len;
	text(out, s);
	for (gsize i = at; i < out->len; i++)
		if (out->str[i] != ' ')
			return;
	g_string_truncate(out, at);
	g_string_append(out, fallback);
}

gboolean
tl_export_mermaid(const TlExportTl *tl, const TlExportOptions *opt, TlExportOut *o, GError **error)
{
	GString *out = o->s;
	const json_t *head = tl_export_tl_head(tl);
	g_string_append(out, "```mermaid\ntimeline\n    title ");
	text_or(out, tl_export_title(head, opt), "Timeline");
	g_string_append_c(out, '\n');
	g_autoptr(TlExportDocs) docs = opt->group != TL_GROUP_NONE ? tl_export_docs(tl) : NULL;
	g_autofree char *last_label = NULL;
	gint64 last_year = G_MININT64;
	g_auto(TlExportEntries) it = {0};
	tl_export_entries_init(&it, tl);
	for (const json_t *e; (e = tl_export_entries_next(&it));) {
		TlExportDate d;
		if (!tl_export_date(e, &d, error))
			return FALSE;
		if (d.year != last_year) {
			if (last_label)
				g_string_append_c(out, '\n');
			g_autofree char *ys = tl_export_year(d.year);
			g_string_append_printf(out, "    section %s\n", ys);
			last_year = d.year;
			g_clear_pointer(&last_label, g_free);
		}
		if (!last_label || strcmp(last_label, d.label) != 0) {
			g_string_append(out, last_label ? "\n        " : "        ");
			text(out, d.label);
			g_free(last_label);
			last_label = g_strdup(d.label);
		}
		g_string_append(out, " : ");
		text_or(out, json_string_value(json_object_get(e, "headline")), "(no headline)");
		if (docs) {
			g_autofree char *group = tl_export_group(docs, e, opt->group);
			g_string_append(out, " [");
			text(out, group);
			g_string_append_c(out, ']');
		}
		tl_export_date_clear(&d);
		tl_export_out_flush(o, FALSE);
	}
	if (!tl_export_entries_ok(&it, error) || (docs && !tl_export_docs_ok(docs, error)))
		return FALSE;
	if (last_label)
		g_string_append_c(out, '\n');
	g_string_append(out, "```\n");
	return TRUE;
}
