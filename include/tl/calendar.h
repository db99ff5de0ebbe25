/*
 * Calendar arithmetic on the proleptic Gregorian calendar, for any year
 * (negative years are BC, astronomical numbering: year 0 is 1 BC).  Days are
 * counted from 1970-01-01 (day 0), so dates compare and subtract as integers.
 */
#ifndef TL_CALENDAR_H
#define TL_CALENDAR_H

#include <glib.h>

gboolean tl_cal_is_leap(gint64 year);
/* Days in the month (1-12) of year, or 0 for a bad month. */
int tl_cal_days_in_month(gint64 year, int month);
/* TRUE if year-month-day is a real date. */
gboolean tl_cal_valid(gint64 year, int month, int day);
/* Day number of a (valid) date, and back. */
gint64 tl_cal_to_days(gint64 year, int month, int day);
void tl_cal_from_days(gint64 days, gint64 *year, int *month, int *day);
/* ISO weekday of a date: 1 = Monday ... 7 = Sunday. */
int tl_cal_weekday(gint64 year, int month, int day);
/* ISO 8601 week: the week-numbering year and week (1-53) of a date. */
void tl_cal_iso_week(gint64 year, int month, int day, gint64 *iso_year, int *week);
/* Day number of the Monday of ISO week `week` of iso_year. */
gint64 tl_cal_iso_week_start(gint64 iso_year, int week);
/* Number of ISO weeks (52 or 53) in iso_year. */
int tl_cal_iso_weeks_in_year(gint64 iso_year);
/* Western (Gregorian) Easter Sunday of year. */
void tl_cal_easter(gint64 year, int *month, int *day);
/*
 * The n-th (1-5) given weekday (1-7) of a month, or the last when n is -1:
 * Thanksgiving is tl_cal_nth_weekday(y, 11, 4, 4).  Returns the day of month,
 * or 0 if there is no such day.
 */
int tl_cal_nth_weekday(gint64 year, int month, int weekday, int n);
/* Add months to a (year, month), normalising. */
void tl_cal_add_months(gint64 *year, int *month, gint64 n);

#endif
