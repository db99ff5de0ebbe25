/*
 * iCalendar (RFC 5545): one all-day VEVENT per entry (DTSTART;VALUE=DATE,
 * DTEND;VALUE=DATE at the end of its range), CRLF line ends, lines folded at
 * 75 octets without splitting a UTF-8 character.  UIDs come from the entry's
 * first source (stable when more documents are merged in); DTSTAMP is the
 * latest document date, so the same timeline gives the same bytes.  A date
 * coarser than a day says so in DESCRIPTION ("Date: Spring 2024 (season)").
 * With --group, CATEGORIES names the entry's group (calendars filter by it).
 */
#include <string.h>
#include "tl/calendar.h"
#include "export.h"

/* Append one content line, escaped text already, folded, with CRLF. */
static void
line(GString *out, const char *s)
{
	size_t col = 0;
	for (const char *p = s; *p;) {
		size_t n = g_utf8_next_char(p) - p;
		if (col + n > 75) {
			g_string_append(out, "\r\n ");
			col = 1;
		}
		g_string_append_len(out, p, n);
		col += n;
		p += n;
	}
	g_string_append(out, "\r\n");
}

static void
prop_text(GString *out, const char *name, const char *text)
{
	GString *s = g_string_new(name);
	g_string_append_c(s, ':');
	for (const char *p = text ? text : ""; *p; p++) {
		if (*p == '\\' || *p == ';' || *p == ',')
			g_string_append_c(s, '\\'), g_string_append_c(s, *p);
		else if (*p == '\n')
			g_string_append(s, "\\n");
		else if (*p == '\r')
			continue;
		else if (((guchar)*p < 0x20 && *p != '\t') || *p == 0x7f)
			g_string_append_c(s, ' '); /* TEXT allows no other control character */
		else
			g_string_append_c(s, *p);
	}
	line(out, s->str);
	g_string_free(s, TRUE);
}

static gboolean
ics_day(gint64 day, char buf[16])
{
	gint64 y;
	int m, d;
	tl_cal_from_days(day, &y, &m, &d);
	if (y < 1 || y > 9999)
		return FALSE;
	g_snprintf(buf, 16, "%04d%02d%02d", (int)y, m, d);
	return TRUE;
}

/* The latest dct of the documents, as the deterministic DTSTAMP (NULL when
 * a document did not read back).  A dct with a clock time
 * ("2024-04-02T10:30", as tl-dates writes one) is its day: it was passed
 * over, and a timeline of such documents was stamped 1970-01-01. */
static char *
stamp(TlExportDocs *docs, GError **error)
{
	gint64 best = G_MININT64, day;
	g_auto(TlExportDocsIter) it = {0};
	tl_export_docs_iter_init(&it, docs);
	for (const json_t *d; (d = tl_export_docs_next(&it));)
		if (tl_date_parse_bound(json_string_value(json_object_get(d, "dct")), FALSE,
		                        &day) &&
		    day > best)
			best = day;
	if (!tl_export_docs_iter_ok(&it, error))
		return NULL;
	char buf[16];
	if (best == G_MININT64 || !ics_day(best, buf))
		return g_strdup("19700101T000000Z");
	return g_strdup_printf("%sT000000Z", buf);
}

/* The UID of entry e, the n-th (from 2) to have its first source, or the
 * first when n is 0. */
static char *
uid_nth(const json_t *e, int n)
{
	const json_t *src = json_array_get(json_object_get(e, "sources"), 0);
	const char *doc = json_string_value(json_object_get(src, "doc"));
	const char *ev = json_string_value(json_object_get(src, "event"));
	g_autofree char *key = n ? g_strdup_printf("%s/%s#%d", doc ? doc : "", ev ? ev : "", n)
	                         : g_strdup_printf("%s/%s", doc ? doc : "", ev ? ev : "");
	g_autofree char *sum = g_compute_checksum_for_string(G_CHECKSUM_SHA1, key, -1);
	return g_strdup_printf("%.20s@tl-merge", sum);
}

/*
 * The UID of entry e, unique in the calendar: tl-merge gives each event one
 * entry, but an edited timeline may give two entries one first source, or
 * none (calendars keep one event of a UID: the others were lost).  The
 * first keeps the stable UID; later ones count on from the last number
 * used[] gave their first source's UID (UID -> next number, owned).
 */
static char *
uid(const json_t *e, GHashTable *used)
{
	char *u = uid_nth(e, 0);
	gpointer next;
	if (!g_hash_table_lookup_extended(used, u, NULL, &next)) {
		g_hash_table_insert(used, g_strdup(u), GINT_TO_POINTER(2));
		return u;
	}
	int n = GPOINTER_TO_INT(next);
	char *v = uid_nth(e, n);
	while (g_hash_table_contains(used, v)) {
		g_free(v);
		v = uid_nth(e, ++n);
	}
	g_hash_table_insert(used, u, GINT_TO_POINTER(n + 1));
	g_hash_table_insert(used, g_strdup(v), GINT_TO_POINTER(2));
	return v;
}

gboolean
tl_export_ics(const TlExportTl *tl, const TlExportOptions *opt, TlExportOut *o, GError **error)
{
	GString *out = o->s;
	const json_t *head = tl_export_tl_head(tl);
	g_autoptr(TlExportDocs) docs = tl_export_docs(tl);
	g_autofree char *dtstamp = stamp(docs, error);
	if (!dtstamp)
		return FALSE;
	line(out, "BEGIN:VCALENDAR");
	line(out, "VERSION:2.0");
	line(out, "PRODID:-//Timeline//tl-export " TL_VERSION "//EN");
	line(out, "CALSCALE:GREGORIAN");
	prop_text(out, "X-WR-CALNAME", tl_export_title(head, opt));
	g_autoptr(GHashTable) used = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	g_auto(TlExportEntries) it = {0};
	tl_export_entries_init(&it, tl);
	for (const json_t *e; (e = tl_export_entries_next(&it));) {
		TlExportDate d;
		char a[16], b[16];
		if (!tl_export_date(e, &d, error))
			return FALSE;
		if (!ics_day(d.start, a) || !ics_day(d.end, b)) { /* iCalendar years are 0001-9999 */
			tl_export_date_clear(&d);
			if (opt->left_out)
				(*opt->left_out)++;
			continue;
		}
		g_autofree char *u = uid(e, used);
		g_autofree char *parts = tl_export_participants(e);
		g_autofree char *srcs = tl_export_sources(docs, e);
		const char *quote = json_string_value(json_object_get(e, "text"));
		GString *desc = g_string_new(NULL);
		g_string_append_printf(desc, "Date: %s (%s)\n", d.label, tl_granularity_name(d.gran));
		if (*parts)
			g_string_append_printf(desc, "Participants: %s\n", parts);
		g_string_append_printf(desc, "Sources: %s", srcs);
		if (quote)
			g_string_append_printf(desc, "\n\n%s", quote);
		line(out, "BEGIN:VEVENT");
		g_autofree char *uidl = g_strconcat("UID:", u, NULL);
		line(out, uidl);
		g_autofree char *st = g_strconcat("DTSTAMP:", dtstamp, NULL);
		line(out, st);
		g_autofree char *ds = g_strconcat("DTSTART;VALUE=DATE:", a, NULL);
		line(out, ds);
		g_autofree char *de = g_strconcat("DTEND;VALUE=DATE:", b, NULL);
		line(out, de);
		prop_text(out, "SUMMARY", json_string_value(json_object_get(e, "headline")));
		prop_text(out, "DESCRIPTION", desc->str);
		if (opt->group != TL_GROUP_NONE) {
			g_autofree char *group = tl_export_group(docs, e, opt->group);
			prop_text(out, "CATEGORIES", group);
		}
		line(out, "TRANSP:TRANSPARENT");
		line(out, "END:VEVENT");
		g_string_free(desc, TRUE);
		tl_export_date_clear(&d);
		tl_export_out_flush(o, FALSE);
	}
	if (!tl_export_entries_ok(&it, error) || !tl_export_docs_ok(docs, error))
		return FALSE;
	line(out, "END:VCALENDAR");
	return TRUE;
}
