/*
 * Timeline dates: parsing ISO days and partial dates into day-number ranges,
 * granularity names, and the order of timeline entries.  Used by tl-merge to
 * sort and by tl-export to print dates at their true granularity.
 */
#include <stdlib.h>
#include <string.h>
#include "tl/calendar.h"
#include "tl/timeline.h"

static const struct {
	const char *name;
	TlGranularity g;
} gran_names[] = {
	{"second", TL_GRAN_SECOND},   {"minute", TL_GRAN_MINUTE},
	{"hour", TL_GRAN_HOUR},       {"time", TL_GRAN_MINUTE},
	{"part-of-day", TL_GRAN_PART_OF_DAY}, {"partofday", TL_GRAN_PART_OF_DAY},
	{"day", TL_GRAN_DAY},         {"weekend", TL_GRAN_WEEKEND},
	{"week", TL_GRAN_WEEK},       {"month", TL_GRAN_MONTH},
	{"season", TL_GRAN_SEASON},   {"quarter", TL_GRAN_QUARTER},
	{"half", TL_GRAN_HALF},       {"half-year", TL_GRAN_HALF},
	{"year", TL_GRAN_YEAR},       {"decade", TL_GRAN_DECADE},
	{"century", TL_GRAN_CENTURY}, {"millennium", TL_GRAN_MILLENNIUM},
};

TlGranularity
tl_granularity_from_name(const char *name)
{
	if (!name)
		return TL_GRAN_UNKNOWN;
	for (size_t i = 0; i < G_N_ELEMENTS(gran_names); i++)
		if (g_ascii_strcasecmp(name, gran_names[i].name) == 0)
			return gran_names[i].g;
	return TL_GRAN_UNKNOWN;
}

const char *
tl_granularity_name(TlGranularity g)
{
	/* the first name listed for g is its canonical one */
	for (size_t i = 0; i < G_N_ELEMENTS(gran_names); i++)
		if (gran_names[i].g == g)
			return gran_names[i].name;
	return "unknown";
}

TlGranularity
tl_granularity_from_length(gint64 days)
{
	if (days <= 1)
		return TL_GRAN_DAY;
	if (days <= 3)
		return TL_GRAN_WEEKEND;
	if (days <= 7)
		return TL_GRAN_WEEK;
	if (days <= 31)
		return TL_GRAN_MONTH;
	if (days <= 92)
		return TL_GRAN_QUARTER;
	if (days <= 184)
		return TL_GRAN_HALF;
	if (days <= 366)
		return TL_GRAN_YEAR;
	if (days <= 3653)
		return TL_GRAN_DECADE;
	if (days <= 36525)
		return TL_GRAN_CENTURY;
	return TL_GRAN_MILLENNIUM;
}

/* Parse "[-]Y+[-MM[-DD]]": how many components were read (0 on error). */
static int
parse_parts(const char *s, gint64 *year, int *month, int *day)
{
	const char *p = s;
	gboolean neg = FALSE;
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	if (!g_ascii_isdigit(*p))
		return 0;
	gint64 y = 0;
	int nd = 0;
	while (g_ascii_isdigit(*p) && nd < 12)
		y = y * 10 + (*p++ - '0'), nd++;
	if (nd < 4 && !neg)
		return 0;
	*year = neg ? -y : y;
	*month = 1;
	*day = 1;
	if (*p == '\0')
		return 1;
	if (p[0] != '-' || !g_ascii_isdigit(p[1]) || !g_ascii_isdigit(p[2]))
		return 0;
	*month = (p[1] - '0') * 10 + (p[2] - '0');
	p += 3;
	if (*month < 1 || *month > 12)
		return 0;
	if (*p == '\0')
		return 2;
	if (p[0] != '-' || !g_ascii_isdigit(p[1]) || !g_ascii_isdigit(p[2]) || p[3] != '\0')
		return 0;
	*day = (p[1] - '0') * 10 + (p[2] - '0');
	return tl_cal_valid(*year, *month, *day) ? 3 : 0;
}

gboolean
tl_date_parse_day(const char *s, gint64 *day)
{
	gint64 y;
	int m, d;
	if (!s || parse_parts(s, &y, &m, &d) != 3)
		return FALSE;
	*day = tl_cal_to_days(y, m, d);
	return TRUE;
}

gboolean
tl_date_parse_bound(const char *s, gboolean end, gint64 *day)
{
	if (tl_date_parse_day(s, day))
		return TRUE;
	/* a day and a clock time: "2024-04-22T10:00", "...T10:00:30" */
	const char *t = s ? strchr(s, 'T') : NULL;
	if (!t || t - s > 32)
		return FALSE;
	char buf[40];
	memcpy(buf, s, (size_t)(t - s));
	buf[t - s] = '\0';
	if (!tl_date_parse_day(buf, day))
		return FALSE;
	int part[3] = {0, 0, 0}, n = 0;
	const char *p = t + 1;
	for (; n < 3; n++) {
		if (!g_ascii_isdigit(p[0]) || !g_ascii_isdigit(p[1]))
			return FALSE;
		part[n] = (p[0] - '0') * 10 + (p[1] - '0');
		p += 2;
		if (*p != ':')
			break;
		p++;
	}
	if (*p != '\0' || part[0] > 23 || part[1] > 59 || part[2] > 60)
		return FALSE;
	/* the end of [10:00, 11:00) lies within its day: the day after it */
	if (end && (part[0] || part[1] || part[2]))
		(*day)++;
	return TRUE;
}

char *
tl_date_format_day(gint64 day)
{
	gint64 y;
	int m, d;
	tl_cal_from_days(day, &y, &m, &d);
	if (y < 0)
		return g_strdup_printf("-%04" G_GINT64_FORMAT "-%02d-%02d", -y, m, d);
	return g_strdup_printf("%04" G_GINT64_FORMAT "-%02d-%02d", y, m, d);
}

gboolean
tl_date_parse_span(const char *s, gint64 *start, gint64 *end, GError **error)
{
	gint64 y;
	int m, d;
	int n = s ? parse_parts(s, &y, &m, &d) : 0;
	if (n == 0) {
		g_set_error(error, TL_ERROR, TL_ERROR_USAGE,
		            "'%s' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", s ? s : "");
		return FALSE;
	}
	*start = tl_cal_to_days(y, m, d);
	if (n == 1)
		*end = tl_cal_to_days(y + 1, 1, 1);
	else if (n == 2) {
		tl_cal_add_months(&y, &m, 1);
		*end = tl_cal_to_days(y, m, 1);
	} else
		*end = *start + 1;
	return TRUE;
}

int
tl_date_compare(gint64 start_a, gint64 end_a, TlGranularity ga, gint64 start_b, gint64 end_b,
                TlGranularity gb)
{
	if (start_a != start_b)
		return start_a < start_b ? -1 : 1;
	if (end_a != end_b)
		return end_a > end_b ? -1 : 1;
	if (ga != gb)
		return ga > gb ? -1 : 1;
	return 0;
}

guint
tl_date_clock_order(const char *value)
{
	static const struct {
		char code[3];
		guint hour;
	} parts[] = {{"MO", 8}, {"DT", 12}, {"MI", 12}, {"AF", 15}, {"EV", 19}, {"NI", 22}};
	const char *t = value ? strchr(value, 'T') : NULL;
	/* a day before it: "YYYY-MM-DDT..." (not "PT3H", not "XXXX-XX-XXT...") */
	if (!t || t - value < 10 || !g_ascii_isdigit(t[-1]) || !g_ascii_isdigit(t[-2]) || t[-3] != '-')
		return 0;
	if (g_ascii_isdigit(t[1]) && g_ascii_isdigit(t[2])) {
		guint h = (guint)(t[1] - '0') * 10 + (guint)(t[2] - '0'), m = 0;
		if (t[3] == ':' && g_ascii_isdigit(t[4]) && g_ascii_isdigit(t[5]))
			m = (guint)(t[4] - '0') * 10 + (guint)(t[5] - '0');
		return h <= 24 && m < 60 ? 1 + MIN(h * 60 + m, 24 * 60) : 0;
	}
	for (size_t i = 0; i < G_N_ELEMENTS(parts); i++)
		if (strncmp(t + 1, parts[i].code, 2) == 0)
			return 1 + parts[i].hour * 60;
	return 0;
}

gboolean
tl_date_from_json(const json_t *date, gint64 *start, gint64 *end, TlGranularity *gran,
                  GError **error)
{
	const json_t *range = json_object_get(date, "range");
	if (!json_is_array(range) || json_array_size(range) != 2 ||
	    !tl_date_parse_bound(json_string_value(json_array_get(range, 0)), FALSE, start) ||
	    !tl_date_parse_bound(json_string_value(json_array_get(range, 1)), TRUE, end) ||
	    *end <= *start) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD,
		            "date has no valid \"range\" (two ISO days, start before end)");
		return FALSE;
	}
	*gran = tl_granularity_from_name(json_string_value(json_object_get(date, "granularity")));
	if (*gran == TL_GRAN_UNKNOWN)
		*gran = tl_granularity_from_length(*end - *start);
	return TRUE;
}
