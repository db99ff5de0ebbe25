/*
 * The timeline model shared by tl-merge and tl-export: dates as half-open
 * ranges of day numbers (tl_cal_to_days), their granularity, and the order of
 * timeline entries (by range start; on the same start the coarser first, as
 * human-made news timelines put "January 2005" before "18 January 2005").
 */
#ifndef TL_TIMELINE_H
#define TL_TIMELINE_H

#include "tl/tl.h"

/* Granularities, finest first; the order is the "coarser" relation. */
typedef enum {
	TL_GRAN_UNKNOWN = 0,
	TL_GRAN_SECOND,
	TL_GRAN_MINUTE,
	TL_GRAN_HOUR,
	TL_GRAN_PART_OF_DAY, /* morning, evening: TIMEX3 2024-04-26TMO */
	TL_GRAN_DAY,
	TL_GRAN_WEEKEND,
	TL_GRAN_WEEK,
	TL_GRAN_MONTH,
	TL_GRAN_SEASON,
	TL_GRAN_QUARTER,
	TL_GRAN_HALF,
	TL_GRAN_YEAR,
	TL_GRAN_DECADE,
	TL_GRAN_CENTURY,
	TL_GRAN_MILLENNIUM,
} TlGranularity;

/* The granularity named name ("day", "month"...); TL_GRAN_UNKNOWN otherwise. */
TlGranularity tl_granularity_from_name(const char *name);
/* The name of g (static string; "unknown" for TL_GRAN_UNKNOWN). */
const char *tl_granularity_name(TlGranularity g);
/* The granularity a range of that many days most likely has. */
TlGranularity tl_granularity_from_length(gint64 days);

/*
 * Parse an ISO date "YYYY-MM-DD" (year may be negative or longer than four
 * digits) into a day number.  FALSE if it is not a real date.
 */
gboolean tl_date_parse_day(const char *s, gint64 *day);
/*
 * Parse one end of a half-open range: a day, or a day and a clock time
 * ("2024-04-22T10:00", as a TIME's range has it) as the days that hold it:
 * a start its day, an end (end TRUE) the day after its day unless it is
 * midnight.  FALSE if it is neither.
 */
gboolean tl_date_parse_bound(const char *s, gboolean end, gint64 *day);
/* Format a day number as "YYYY-MM-DD" (new string). */
char *tl_date_format_day(gint64 day);
/*
 * Parse a partial date "YYYY", "YYYY-MM" or "YYYY-MM-DD" as the half-open
 * range of days it covers.  FALSE with error (TL_ERROR_USAGE) when malformed.
 */
gboolean tl_date_parse_span(const char *s, gint64 *start, gint64 *end, GError **error);

/*
 * Order of two dated things, as entries are sorted: start ascending; on the
 * same start the longer range (coarser) first, then the coarser granularity.
 * Returns <0, 0 or >0.
 */
int tl_date_compare(gint64 start_a, gint64 end_a, TlGranularity ga, gint64 start_b,
                    gint64 end_b, TlGranularity gb);

/*
 * Where a value's time of day puts it among the things of its day, for
 * timeline order: 1 + the minutes from midnight of its clock
 * ("2025-03-14T06:00", "...T22:30:15"), or of the hour that stands for
 * its part of the day ("TMO" 8:00, "TDT" 12:00, "TAF" 15:00, "TEV" 19:00,
 * "TNI" 22:00); 0 when it has neither.
 */
guint tl_date_clock_order(const char *value);

/*
 * Read the date object of a timeline entry or source ({"value", "range",
 * "granularity"}; date is borrowed).  Fills the range and granularity (derived
 * from the range length when the name is missing or unknown).  FALSE with
 * error (TL_ERROR_RECORD) when the range is missing or malformed.
 */
gboolean tl_date_from_json(const json_t *date, gint64 *start, gint64 *end, TlGranularity *gran,
                           GError **error);

#endif
