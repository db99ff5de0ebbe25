/*
 * Proleptic Gregorian calendar arithmetic on day numbers (1970-01-01 = 0),
 * after Howard Hinnant's days_from_civil / civil_from_days, valid for any
 * 64-bit year range we meet.
 */
#include "tl/calendar.h"

gboolean
tl_cal_is_leap(gint64 y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
tl_cal_days_in_month(gint64 y, int m)
{
	static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m < 1 || m > 12)
		return 0;
	return m == 2 && tl_cal_is_leap(y) ? 29 : dim[m - 1];
}

gboolean
tl_cal_valid(gint64 y, int m, int d)
{
	return m >= 1 && m <= 12 && d >= 1 && d <= tl_cal_days_in_month(y, m);
}

static gint64
floor_div(gint64 a, gint64 b)
{
	return a >= 0 ? a / b : -((-a + b - 1) / b);
}

gint64
tl_cal_to_days(gint64 y, int m, int d)
{
	y -= m <= 2;
	gint64 era = floor_div(y, 400);
	gint64 yoe = y - era * 400;
	gint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	gint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
tl_cal_from_days(gint64 z, gint64 *year, int *month, int *day)
{
	z += 719468;
	gint64 era = floor_div(z, 146097);
	gint64 doe = z - era * 146097;
	gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	gint64 y = yoe + era * 400;
	gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	gint64 mp = (5 * doy + 2) / 153;
	int d = (int)(doy - (153 * mp + 2) / 5 + 1);
	int m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*year = y + (m <= 2);
	*month = m;
	*day = d;
}

int
tl_cal_weekday(gint64 y, int m, int d)
{
	gint64 z = tl_cal_to_days(y, m, d);
	/* 1970-01-01 was a Thursday (4). */
	gint64 w = (z + 3) % 7;
	if (w < 0)
		w += 7;
	return (int)w + 1;
}

gint64
tl_cal_iso_week_start(gint64 iso_year, int week)
{
	/* Week 1 holds January 4th. */
	gint64 jan4 = tl_cal_to_days(iso_year, 1, 4);
	int wd = tl_cal_weekday(iso_year, 1, 4);
	return jan4 - (wd - 1) + (gint64)(week - 1) * 7;
}

int
tl_cal_iso_weeks_in_year(gint64 iso_year)
{
	gint64 diff = tl_cal_iso_week_start(iso_year + 1, 1) - tl_cal_iso_week_start(iso_year, 1);
	return (int)(diff / 7);
}

void
tl_cal_iso_week(gint64 y, int m, int d, gint64 *iso_year, int *week)
{
	gint64 z = tl_cal_to_days(y, m, d);
	gint64 iy = y + 1;
	while (z < tl_cal_iso_week_start(iy, 1))
		iy--;
	*iso_year = iy;
	*week = (int)((z - tl_cal_iso_week_start(iy, 1)) / 7) + 1;
}

void
tl_cal_easter(gint64 y, int *month, int *day)
{
	/* Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
	gint64 a = ((y % 19) + 19) % 19;
	gint64 b = floor_div(y, 100), c = y - b * 100;
	gint64 d = b / 4, e = b % 4;
	gint64 f = (b + 8) / 25, g = (b - f + 1) / 3;
	gint64 h = (19 * a + b - d - g + 15) % 30;
	if (h < 0)
		h += 30;
	gint64 i = c / 4, k = c % 4;
	gint64 l = (32 + 2 * e + 2 * i - h - k) % 7;
	if (l < 0)
		l += 7;
	gint64 mm = (a + 11 * h + 22 * l) / 451;
	gint64 n = h + l - 7 * mm + 114;
	*month = (int)(n / 31);
	*day = (int)(n % 31) + 1;
}

int
tl_cal_nth_weekday(gint64 y, int m, int weekday, int n)
{
	int dim = tl_cal_days_in_month(y, m);
	if (dim == 0 || weekday < 1 || weekday > 7)
		return 0;
	if (n == -1) {
		int last = tl_cal_weekday(y, m, dim);
		return dim - ((last - weekday + 7) % 7);
	}
	if (n < 1 || n > 5)
		return 0;
	int first = tl_cal_weekday(y, m, 1);
	int day = 1 + (weekday - first + 7) % 7 + (n - 1) * 7;
	return day <= dim ? day : 0;
}

void
tl_cal_add_months(gint64 *year, int *month, gint64 n)
{
	gint64 t = *year * 12 + (*month - 1) + n;
	*year = floor_div(t, 12);
	*month = (int)(t - *year * 12) + 1;
}
