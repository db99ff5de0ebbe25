/*
 * Helpers shared by the export formats: an entry's date decoded and labelled
 * at its true granularity ("November 2023", "Spring 2024", never a made-up
 * day), document labels, sources, participants and groups.
 */
#include <stdlib.h>
#include <string.h>
#include "tl/calendar.h"
#include "export.h"

static const char *months[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

/* A year as people write it: 2024, 753 BC (the astronomical year -752). */
char *
tl_export_year(gint64 y)
{
	return y <= 0 ? g_strdup_printf("%" G_GINT64_FORMAT " BC", 1 - y)
	              : g_strdup_printf("%" G_GINT64_FORMAT, y);
}

/* The label of a date at its granularity, from the TIMEX3 value where it says more. */
static char *
make_label(const TlExportDate *d, const char *value)
{
	g_autofree char *y = tl_export_year(d->year);
	const char *v = value ? value : "";
	/* after the first character (a year may have a sign); an empty value
	 * has none: strchr(v + 1) read past its end (AddressSanitizer) */
	const char *dash = *v ? strchr(v + 1, '-') : NULL;
	if (dash) {
		static const struct { const char *code, *name; } seasons[] = {
			{"SP", "Spring"}, {"SU", "Summer"}, {"FA", "Autumn"}, {"AU", "Autumn"}, {"WI", "Winter"}};
		for (size_t i = 0; i < G_N_ELEMENTS(seasons); i++)
			if (strcmp(dash + 1, seasons[i].code) == 0)
				return g_strdup_printf("%s %s", seasons[i].name, y);
		if (dash[1] == 'Q' && g_ascii_isdigit(dash[2]) && !dash[3])
			return g_strdup_printf("Q%c %s", dash[2], y);
		if (dash[1] == 'H' && g_ascii_isdigit(dash[2]) && !dash[3])
			return g_strdup_printf("%s half of %s", dash[2] == '1' ? "First" : "Second", y);
		if (dash[1] == 'W' && g_ascii_isdigit(dash[2]) && !strchr(dash + 2, '-'))
			return g_strdup_printf("Week %d, %s", atoi(dash + 2), y);
	}
	switch (d->gran) {
	case TL_GRAN_SECOND:
	case TL_GRAN_MINUTE:
	case TL_GRAN_HOUR:
		if (d->hour >= 0)
			return g_strdup_printf("%d %s %s, %02d:%02d", d->day, months[d->month - 1], y,
			                       d->hour, MAX(d->minute, 0));
		/* fall through */
	case TL_GRAN_PART_OF_DAY:
	case TL_GRAN_DAY:
	case TL_GRAN_UNKNOWN:
		if (d->end - d->start > 1) { /* days: "24–26 April 2024" */
			gint64 ey;
			int em, ed;
			tl_cal_from_days(d->end - 1, &ey, &em, &ed);
			g_autofree char *eys = tl_export_year(ey);
			if (ey != d->year)
				return g_strdup_printf("%d %s %s – %d %s %s", d->day, months[d->month - 1],
				                       y, ed, months[em - 1], eys);
			if (em != d->month)
				return g_strdup_printf("%d %s – %d %s %s", d->day, months[d->month - 1], ed,
				                       months[em - 1], y);
			return g_strdup_printf("%d–%d %s %s", d->day, ed, months[d->month - 1], y);
		}
		return g_strdup_printf("%d %s %s", d->day, months[d->month - 1], y);
	case TL_GRAN_WEEKEND:
	case TL_GRAN_WEEK:
		return g_strdup_printf("Week of %d %s %s", d->day, months[d->month - 1], y);
	case TL_GRAN_MONTH:
		return g_strdup_printf("%s %s", months[d->month - 1], y);
	case TL_GRAN_SEASON:
	case TL_GRAN_QUARTER:
	case TL_GRAN_HALF: {
		gint64 ey;
		int em, ed;
		tl_cal_from_days(d->end - 1, &ey, &em, &ed);
		return g_strdup_printf("%s–%s %s", months[d->month - 1], months[em - 1], y);
	}
	case TL_GRAN_YEAR:
		return g_strdup(y);
	case TL_GRAN_DECADE:
		if (d->year <= 0) /* the 490s BC: from 499 to 490 BC */
			return g_strdup_printf("%" G_GINT64_FORMAT "s BC", (1 - d->year) / 10 * 10);
		return g_strdup_printf("%" G_GINT64_FORMAT "s", d->year - d->year % 10);
	case TL_GRAN_CENTURY:
	case TL_GRAN_MILLENNIUM: {
		/* the 20th century (1900-1999), the 5th century BC (500-401 BC,
		 * the years -499 to -400), the 2nd millennium BC (2000-1001 BC) */
		gint64 span = d->gran == TL_GRAN_CENTURY ? 100 : 1000;
		gint64 n = d->year > 0 ? d->year / span + 1 : (1 - d->year + span - 1) / span;
		const char *sfx = n % 10 == 1 && n % 100 != 11 ? "st" : n % 10 == 2 && n % 100 != 12 ? "nd"
		                  : n % 10 == 3 && n % 100 != 13 ? "rd" : "th";
		return g_strdup_printf("%" G_GINT64_FORMAT "%s %s%s", n, sfx,
		                       d->gran == TL_GRAN_CENTURY ? "century" : "millennium",
		                       d->year > 0 ? "" : " BC");
	}
	}
	return g_strdup(y);
}

gboolean
tl_export_date(const json_t *entry, TlExportDate *d, GError **error)
{
	memset(d, 0, sizeof *d);
	d->hour = d->minute = -1;
	const json_t *date = json_object_get(entry, "date");
	g_autoptr(GError) err = NULL;
	if (!tl_date_from_json(date, &d->start, &d->end, &d->gran, &err)) {
		const char *id = json_string_value(json_object_get(entry, "id"));
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "entry '%s': %s", id ? id : "?",
		            err->message);
		return FALSE;
	}
	tl_cal_from_days(d->start, &d->year, &d->month, &d->day);
	const char *value = json_string_value(json_object_get(date, "value"));
	const char *t = value ? strchr(value, 'T') : NULL;
	if (t && g_ascii_isdigit(t[1]) && g_ascii_isdigit(t[2])) {
		d->hour = (t[1] - '0') * 10 + (t[2] - '0');
		if (t[3] == ':' && g_ascii_isdigit(t[4]) && g_ascii_isdigit(t[5]))
			d->minute = (t[4] - '0') * 10 + (t[5] - '0');
		if (d->hour > 23 || d->minute > 59)
			d->hour = d->minute = -1;
	}
	d->label = make_label(d, value);
	return TRUE;
}

void
tl_export_date_clear(TlExportDate *d)
{
	g_clear_pointer(&d->label, g_free);
}

const char *
tl_export_title(const json_t *tl, const TlExportOptions *opt)
{
	if (opt && opt->title)
		return opt->title;
	const char *t = json_string_value(json_object_get(tl, "title"));
	return t ? t : "Timeline";
}

char *
tl_export_doc_label(TlExportDocs *docs, const char *doc)
{
	const json_t *d = tl_export_docs_get(docs, doc);
	const char *title = json_string_value(json_object_get(d, "title"));
	const char *dct = json_string_value(json_object_get(d, "dct"));
	if (title && dct)
		return g_strdup_printf("%s (%s)", title, dct);
	return g_strdup(title ? title : doc);
}

char *
tl_export_sources(TlExportDocs *docs, const json_t *entry)
{
	GString *s = g_string_new(NULL);
	const char *last = NULL;
	size_t i;
	const json_t *src;
	json_array_foreach(json_object_get(entry, "sources"), i, src)
	{
		const char *doc = json_string_value(json_object_get(src, "doc"));
		if (!doc || (last && strcmp(last, doc) == 0))
			continue; /* one mention per document is enough here */
		g_autofree char *label = tl_export_doc_label(docs, doc);
		if (s->len)
			g_string_append(s, "; ");
		g_string_append(s, label);
		last = doc;
	}
	return g_string_free(s, FALSE);
}

char *
tl_export_participants(const json_t *entry)
{
	GString *s = g_string_new(NULL);
	size_t i;
	const json_t *p;
	json_array_foreach(json_object_get(entry, "participants"), i, p)
	{
		if (!json_is_string(p))
			continue;
		if (s->len)
			g_string_append(s, ", ");
		g_string_append(s, json_string_value(p));
	}
	return g_string_free(s, FALSE);
}

char *
tl_export_group(TlExportDocs *docs, const json_t *entry, TlGroupBy by)
{
	if (by == TL_GROUP_PARTICIPANT) {
		const char *p = json_string_value(json_array_get(json_object_get(entry, "participants"), 0));
		return g_strdup(p ? p : "(no participant)");
	}
	if (by == TL_GROUP_DOCUMENT) {
		const json_t *src = json_array_get(json_object_get(entry, "sources"), 0);
		const char *doc = json_string_value(json_object_get(src, "doc"));
		const char *title = doc ? json_string_value(json_object_get(tl_export_docs_get(docs, doc), "title")) : NULL;
		if (title)
			return g_strdup(title);
		return g_strdup(doc ? doc : "(no source)");
	}
	return NULL;
}

void
tl_export_html_escape(GString *out, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': g_string_append(out, "&amp;"); break;
		case '<': g_string_append(out, "&lt;"); break;
		case '>': g_string_append(out, "&gt;"); break;
		case '"': g_string_append(out, "&quot;"); break;
		case '\'': g_string_append(out, "&#39;"); break;
		default: g_string_append_c(out, *s);
		}
	}
}
