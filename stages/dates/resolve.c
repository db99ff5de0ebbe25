/*
 * From a matched meaning to a TIMEX3 value and a calendar range, given the
 * reference time (the DCT in news, the last mentioned date in narrative) and
 * the clause tense.  A date with no year takes the reference's year, moved
 * one year back or forward so that a past clause points to the past and a
 * future clause to the future; without a tense the nearer one wins.
 */
#include <stdio.h>
#include <string.h>
#include "tl/calendar.h"
#include "dates.h"

/* Read exactly `n` digits at *p into *out; advance.  FALSE if they are not
 * there. */
static gboolean
digits(const char **p, int n, long long *out)
{
	long long v = 0;
	for (int i = 0; i < n; i++) {
		if (!g_ascii_isdigit((*p)[i]))
			return FALSE;
		v = v * 10 + ((*p)[i] - '0');
	}
	*p += n;
	*out = v;
	return TRUE;
}

/* After HH:MM, what an ISO 8601 time may still have: seconds (a leap
 * second too), a fraction, a zone (Z, +HH:MM, +HHMM, +HH).  The DCT keeps
 * the clock as written, as a time in the text is valued. */
static gboolean
clock_tail(const char **p)
{
	long long v;
	if (**p == ':') {
		(*p)++;
		if (!digits(p, 2, &v) || v > 60)
			return FALSE;
		if (**p == '.' || **p == ',') {
			(*p)++;
			if (!g_ascii_isdigit(**p))
				return FALSE;
			while (g_ascii_isdigit(**p))
				(*p)++;
		}
	}
	if (**p == 'Z') {
		(*p)++;
	} else if (**p == '+' || **p == '-') {
		(*p)++;
		if (!digits(p, 2, &v) || v > 14)
			return FALSE;
		if (**p == ':')
			(*p)++;
		if (g_ascii_isdigit(**p) && (!digits(p, 2, &v) || v > 59))
			return FALSE;
	}
	return TRUE;
}

/* YYYY, YYYY-MM, YYYY-MM-DD, YYYYMMDD, YYYY-MM-DDTHH:MM[:SS[.f]][zone] */
gboolean
tl_dref_parse(const char *s, TlDRef *ref)
{
	long long y, m = 0, d = 0, h = -1, mi = -1;
	ref->year = TL_NOYEAR;
	ref->month = ref->day = 0;
	ref->hour = ref->minute = -1;
	if (!s || !digits(&s, 4, &y))
		return FALSE;
	if (*s == '-') {
		s++;
		if (!digits(&s, 2, &m) || m < 1 || m > 12)
			return FALSE;
		if (*s == '-') {
			s++;
			if (!digits(&s, 2, &d) || !tl_cal_valid(y, (int)m, (int)d))
				return FALSE;
			if (*s == 'T') {
				s++;
				if (!digits(&s, 2, &h) || *s++ != ':' || !digits(&s, 2, &mi) || h > 23 || mi > 59)
					return FALSE;
				if (!clock_tail(&s))
					return FALSE;
			}
		}
	} else if (g_ascii_isdigit(s[0]) && strlen(s) == 4) {
		/* the basic format, 20240427 */
		if (!digits(&s, 2, &m) || !digits(&s, 2, &d) || !tl_cal_valid(y, (int)m, (int)d))
			return FALSE;
	}
	if (*s != '\0')
		return FALSE;
	ref->year = y;
	ref->month = (int)m;
	ref->day = (int)d;
	ref->hour = (int)h, ref->minute = (int)mi;
	return TRUE;
}

char *
tl_dref_format(const TlDRef *r)
{
	if (r->year == TL_NOYEAR)
		return NULL;
	if (!r->month)
		return g_strdup_printf("%04" G_GINT64_FORMAT, r->year);
	if (!r->day)
		return g_strdup_printf("%04" G_GINT64_FORMAT "-%02d", r->year, r->month);
	if (r->hour < 0)
		return g_strdup_printf("%04" G_GINT64_FORMAT "-%02d-%02d", r->year, r->month, r->day);
	return g_strdup_printf("%04" G_GINT64_FORMAT "-%02d-%02dT%02d:%02d", r->year, r->month,
	                       r->day, r->hour, r->minute);
}

const char *
tl_dgran_name(TlDGran g)
{
	static const char *const n[] = {"none", "second", "minute", "hour", "part-of-day", "day",
	                                "weekend", "week", "month", "season", "quarter", "half",
	                                "year", "decade", "century", "millennium"};
	return n[g];
}

const char *
tl_dtype_name(TlDType t)
{
	static const char *const n[] = {"DATE", "TIME", "DURATION", "SET"};
	return n[t];
}

/* How far (days) a date of a past clause may lie after the reference, or
 * one of a future clause before it, and keep the reference's year. */
#ifndef PAST_SLACK
#define PAST_SLACK 60
#endif
#ifndef FUTURE_SLACK
#define FUTURE_SLACK 120
#endif
/* ...and a date that "will" governs plainly ("will come on 2/15" said in
 * April is next February's; engine.c) */
#ifndef FUTURE_SLACK_ON
#define FUTURE_SLACK_ON 7
#endif

/* A resolved calendar position. */
typedef struct {
	gint64 y;
	int m, d, q, h, season, week, hour, min, sec, part;
	gboolean weekend;
	TlDGran gran;
} Cal;

static void
year_str(char *b, size_t n, gint64 y, gboolean iso)
{
	if (y >= 0 && y <= 9999 && n >= 5) {
		int yy = (int)y;
		b[0] = (char)('0' + yy / 1000), b[1] = (char)('0' + yy / 100 % 10);
		b[2] = (char)('0' + yy / 10 % 10), b[3] = (char)('0' + yy % 10), b[4] = '\0';
	} else if (y >= 0)
		g_snprintf(b, n, "%04" G_GINT64_FORMAT, y);
	else if (iso)
		g_snprintf(b, n, "-%04" G_GINT64_FORMAT, -y);
	else
		g_snprintf(b, n, "BC%04" G_GINT64_FORMAT, 1 - y);
}

static void
day_str(char *b, size_t n, gint64 days)
{
	gint64 y;
	int m, d;
	tl_cal_from_days(days, &y, &m, &d);
	if (y >= 0 && y <= 9999 && n >= 11) {
		/* the common case without printf, which was a tenth of the run */
		int yy = (int)y;
		b[0] = (char)('0' + yy / 1000), b[1] = (char)('0' + yy / 100 % 10);
		b[2] = (char)('0' + yy / 10 % 10), b[3] = (char)('0' + yy % 10);
		b[4] = '-', b[5] = (char)('0' + m / 10), b[6] = (char)('0' + m % 10);
		b[7] = '-', b[8] = (char)('0' + d / 10), b[9] = (char)('0' + d % 10);
		b[10] = '\0';
		return;
	}
	char ys[24];
	year_str(ys, sizeof ys, y, TRUE);
	g_snprintf(b, n, "%s-%02d-%02d", ys, m, d);
}

static const char *const part_codes[] = {"", "MO", "AF", "EV", "NI", "DT"};
static const char *const season_codes[] = {"", "SP", "SU", "FA", "WI"};

static void
format_cal(const Cal *c, TlDValue *out)
{
	char ys[24];
	year_str(ys, sizeof ys, c->y, FALSE);
	gint64 a = 0, b = 0;
	char *v = out->value;
	size_t vn = sizeof out->value;
	switch (c->gran) {
	case G_MILLENNIUM:
	case G_CENTURY:
		/* BC04 is the 400s BC (the 5th century BC); 19 the 1900s */
		if (c->y < 0)
			g_snprintf(v, vn, "BC%0*" G_GINT64_FORMAT, c->gran == G_CENTURY ? 2 : 1,
			           -c->y / (c->gran == G_CENTURY ? 100 : 1000));
		else
			g_snprintf(v, vn, "%.*s", (int)strlen(ys) - (c->gran == G_CENTURY ? 2 : 3), ys);
		a = tl_cal_to_days(c->y, 1, 1);
		b = tl_cal_to_days(c->y + (c->gran == G_CENTURY ? 100 : 1000), 1, 1);
		break;
	case G_DECADE:
		g_snprintf(v, vn, "%.*s", (int)strlen(ys) - 1, ys);
		a = tl_cal_to_days(c->y, 1, 1), b = tl_cal_to_days(c->y + 10, 1, 1);
		break;
	case G_YEAR:
		g_strlcpy(v, ys, vn);
		a = tl_cal_to_days(c->y, 1, 1), b = tl_cal_to_days(c->y + 1, 1, 1);
		break;
	case G_HALF:
		g_snprintf(v, vn, "%s-H%d", ys, c->h);
		a = tl_cal_to_days(c->y, c->h * 6 - 5, 1);
		b = c->h == 2 ? tl_cal_to_days(c->y + 1, 1, 1) : tl_cal_to_days(c->y, 7, 1);
		break;
	case G_QUARTER:
		g_snprintf(v, vn, "%s-Q%d", ys, c->q);
		a = tl_cal_to_days(c->y, c->q * 3 - 2, 1);
		b = c->q == 4 ? tl_cal_to_days(c->y + 1, 1, 1) : tl_cal_to_days(c->y, c->q * 3 + 1, 1);
		break;
	case G_SEASON:
		g_snprintf(v, vn, "%s-%s", ys, season_codes[c->season]);
		a = tl_cal_to_days(c->y, c->season * 3, 1);
		b = c->season == 4 ? tl_cal_to_days(c->y + 1, 3, 1) : tl_cal_to_days(c->y, c->season * 3 + 3, 1);
		break;
	case G_MONTH:
		if (strlen(ys) == 4)
			memcpy(v, ys, 4), v[4] = '-', v[5] = (char)('0' + c->m / 10),
			v[6] = (char)('0' + c->m % 10), v[7] = '\0';
		else
			g_snprintf(v, vn, "%s-%02d", ys, c->m);
		a = tl_cal_to_days(c->y, c->m, 1);
		b = a + tl_cal_days_in_month(c->y, c->m);
		break;
	case G_WEEK:
	case G_WEEKEND:
		g_snprintf(v, vn, "%s-W%02d%s", ys, c->week, c->weekend ? "-WE" : "");
		a = tl_cal_iso_week_start(c->y, c->week) + (c->weekend ? 5 : 0);
		b = a + (c->weekend ? 2 : 7);
		break;
	default: {
		a = tl_cal_to_days(c->y, c->m, c->d);
		b = a + 1;
		if (c->y >= 0 && c->y <= 9999)
			day_str(v, vn, a); /* the same digits, without printf */
		else
			g_snprintf(v, vn, "%s-%02d-%02d", ys, c->m, c->d);
		if (c->hour >= 0) {
			size_t l = strlen(v);
			if (c->sec >= 0)
				g_snprintf(v + l, vn - l, "T%02d:%02d:%02d", c->hour, c->min, c->sec);
			else
				g_snprintf(v + l, vn - l, "T%02d:%02d", c->hour, c->min < 0 ? 0 : c->min);
		} else if (c->part) {
			size_t l = strlen(v);
			g_snprintf(v + l, vn - l, "T%s", part_codes[c->part]);
		}
	}
	}
	out->gran = c->gran;
	day_str(out->range0, sizeof out->range0, a);
	day_str(out->range1, sizeof out->range1, b);
	if (c->gran <= G_HOUR && c->hour >= 0) {
		/* a clock time: the range is that minute (or second, or hour) */
		int h = c->hour, mi = c->min < 0 ? 0 : c->min;
		gint64 da = a + (h == 24 ? 1 : 0);
		h %= 24;
		int span = c->gran == G_HOUR ? 60 : 1;
		int t1 = h * 60 + mi + span;
		gint64 db = da + t1 / 1440;
		t1 %= 1440;
		char d0[24], d1[24];
		day_str(d0, sizeof d0, da);
		day_str(d1, sizeof d1, db);
		g_snprintf(out->range0, sizeof out->range0, "%sT%02d:%02d", d0, h, mi);
		g_snprintf(out->range1, sizeof out->range1, "%sT%02d:%02d", d1, t1 / 60, t1 % 60);
	}
	/* ISO dates stop at 9999-12-31: a range ending after it ("the year
	 * 9999" would end on 10000-01-01) cannot be written, so there is none */
	if (b > tl_cal_to_days(9999, 12, 31) || (c->gran <= G_HOUR && c->hour >= 0 &&
	                                          strncmp(out->range1, "10000", 5) == 0))
		out->range0[0] = out->range1[0] = '\0';
	if (c->gran == G_DAY || c->gran <= G_HOUR) {
		out->is_point = TRUE;
		out->point.year = c->y, out->point.month = c->m, out->point.day = c->d;
		out->point.hour = c->hour, out->point.minute = c->min;
	} else if (c->gran == G_MONTH || c->gran == G_YEAR || c->gran == G_SEASON ||
	           c->gran == G_QUARTER || c->gran == G_HALF) {
		/* a season, quarter or half names its year for what follows ("in
		 * the spring of 1070 ... the following year") */
		out->is_point = TRUE;
		/* (a quarter named by its month, "the December quarter", keeps it:
		 * "the previous quarter" counts from there) */
		out->point.year = c->y;
		out->point.month = c->gran == G_MONTH || c->gran == G_QUARTER ? c->m : 0;
		out->point.day = 0, out->point.hour = out->point.minute = -1;
	}
}

static void
from_days(Cal *c, gint64 days)
{
	tl_cal_from_days(days, &c->y, &c->m, &c->d);
}

static gint64
ref_days(const TlDRef *r)
{
	return tl_cal_to_days(r->year, r->month ? r->month : 1, r->day ? r->day : 1);
}

/* Holiday rule for a year: MM-DD, MM:W#N[+K], E+N. */
static gboolean
holiday_date(const char *rule, gint64 y, int *m, int *d)
{
	int a, b, n, k = 0;
	if (rule[0] == 'E') {
		int em, ed;
		tl_cal_easter(y, &em, &ed);
		gint64 days = tl_cal_to_days(y, em, ed) + atoi(rule + 1);
		gint64 yy;
		tl_cal_from_days(days, &yy, m, d);
		return TRUE;
	}
	if (sscanf(rule, "%d:%d#%d%d", &a, &b, &n, &k) >= 3) {
		int day = tl_cal_nth_weekday(y, a, b, n);
		if (!day)
			return FALSE;
		gint64 yy;
		tl_cal_from_days(tl_cal_to_days(y, a, day) + k, &yy, m, d);
		return TRUE;
	}
	if (sscanf(rule, "%d-%d", &a, &b) == 2) {
		*m = a, *d = b;
		return TRUE;
	}
	return FALSE;
}

/* Pick the year for a month/day (or season, holiday) with no year. */
static gint64
pick_year_any(const TlDSem *s, const TlDRef *r, TlDTense tense, int m, int d)
{
	gint64 y = r->year;
	int rm = r->month ? r->month : 6, rd = r->day ? r->day : 15;
	int cmp = m != rm ? (m < rm ? -1 : 1) : (!d || !r->day || d == rd) ? 0 : (d < rd ? -1 : 1);
	int dir = s->dir;
	if (dir == 2 || !r->month)
		return y;
	if (dir == -1)
		return cmp >= 0 ? y - 1 : y;
	if (dir == 1)
		return cmp <= 0 ? y + 1 : y;
	/* a clause tense moves the date a year only when it is not close to the
	 * reference: cue words are a weak signal, and "Jan. 14" three days after
	 * the DCT is likelier a slip of the cues than a date a year back */
	gint64 gap = tl_cal_to_days(y, m, d ? d : 15) - ref_days(r);
	if (tense == TENSE_PAST)
		return cmp > 0 && gap > (d ? PAST_SLACK : PAST_SLACK + 2) ? y - 1 : y;
	if (tense == TENSE_FUTURE) {
		int slack = s->will_on ? FUTURE_SLACK_ON : d ? FUTURE_SLACK : FUTURE_SLACK + 2;
		return cmp < 0 && gap < -slack ? y + 1 : y;
	}
	if (tense == TENSE_PRESENT) {
		/* "the event is on Dec 25th": ahead, unless it is just past or far ahead */
		if (cmp < 0 && gap < -(d ? 31 : 62))
			return y + 1;
		return cmp > 0 && gap > 300 ? y - 1 : y;
	}
	/* no tense: the nearer of the three years */
	gint64 here = tl_cal_to_days(y, m, d ? d : 15), ref = ref_days(r);
	gint64 best = y, bd = G_MAXINT64;
	for (gint64 yy = y - 1; yy <= y + 1; yy++) {
		gint64 t = tl_cal_to_days(yy, m, d ? d : 15) - ref;
		if (t < 0)
			t = -t;
		if (t < bd)
			bd = t, best = yy;
	}
	(void)here;
	return best;
}


/* February 29 with no year is in a leap year: the one before the year
 * chosen when that year is not after the reference's, else the one after
 * ("born on February 29" said in 2013 is 2012-02-29, not March 1). */
static gint64
pick_year(const TlDSem *s, const TlDRef *r, TlDTense tense, int m, int d)
{
	gint64 y = pick_year_any(s, r, tense, m, d);
	if (m != 2 || d != 29 || r->year == TL_NOYEAR)
		return y;
	gint64 step = y <= r->year ? -1 : 1;
	for (int k = 0; k < 8 && !tl_cal_is_leap(y); k++)
		y += step;
	return y;
}

static int
season_of_month(int m)
{
	return m >= 3 && m <= 5 ? 1 : m >= 6 && m <= 8 ? 2 : m >= 9 && m <= 11 ? 3 : 4;
}

static void
rel_cal(const TlDSem *s, const TlDRef *r, Cal *c)
{
	c->gran = s->unit;
	int off = s->off;
	switch (s->unit) {
	case G_SECOND:
	case G_MINUTE:
	case G_HOUR:
		if (r->hour >= 0 && r->day) {
			gint64 secs = (ref_days(r) * 1440 + r->hour * 60 + r->minute) * 60;
			secs += (gint64)off * (s->unit == G_HOUR ? 3600 : s->unit == G_MINUTE ? 60 : 1);
			gint64 days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
			gint64 rem = secs - days * 86400;
			from_days(c, days);
			c->hour = (int)(rem / 3600), c->min = (int)(rem / 60 % 60);
			c->sec = s->unit == G_SECOND ? (int)(rem % 60) : -1;
			c->gran = G_MINUTE;
			if (s->gran == G_DAY) /* "in 1.5 days": the day of that hour */
				c->hour = c->min = c->sec = -1, c->gran = G_DAY;
		} else {
			from_days(c, ref_days(r) + (gint64)off * (s->unit == G_HOUR ? 1 : 0) / 24);
			c->gran = G_DAY;
		}
		break;
	case G_DAY:
		from_days(c, ref_days(r) + off);
		c->part = s->part;
		break;
	case G_WEEK:
	case G_WEEKEND: {
		gint64 iy;
		int w;
		if (s->weekday && s->unit == G_WEEK) {
			/* Monday last week: the day of that ISO week */
			gint64 day = ref_days(r) + 7 * (gint64)off;
			from_days(c, day);
			from_days(c, day - (tl_cal_weekday(c->y, c->m, c->d) - 1) + (s->weekday - 1));
			c->gran = G_DAY;
			c->part = s->part; /* "Wednesday evening next week" */
			break;
		}
		/* the coming weekend said on a weekday is this week's */
		if (s->unit == G_WEEKEND && s->dir == 4 && off > 0 &&
		    tl_cal_weekday(r->year, r->month, r->day) <= 5)
			off--;
		from_days(c, ref_days(r) + 7 * (gint64)off);
		tl_cal_iso_week(c->y, c->m, c->d, &iy, &w);
		c->y = iy, c->week = w;
		c->weekend = s->unit == G_WEEKEND;
		c->gran = G_WEEK;
		break;
	}
	case G_MONTH:
		c->y = r->year, c->m = r->month ? r->month : 1;
		tl_cal_add_months(&c->y, &c->m, off);
		if (s->day && tl_cal_valid(c->y, c->m, s->day))
			c->d = s->day, c->gran = G_DAY; /* the 15th of next month */
		break;
	case G_QUARTER: {
		c->y = r->year, c->m = r->month ? (r->month - 1) / 3 * 3 + 1 : 1;
		tl_cal_add_months(&c->y, &c->m, 3 * (gint64)off);
		c->q = (c->m - 1) / 3 + 1;
		break;
	}
	case G_HALF:
		c->y = r->year, c->m = r->month ? (r->month - 1) / 6 * 6 + 1 : 1;
		tl_cal_add_months(&c->y, &c->m, 6 * (gint64)off);
		c->h = (c->m - 1) / 6 + 1;
		break;
	case G_SEASON:
	case G_YEAR:
		c->y = r->year + off, c->gran = G_YEAR;
		break;
	case G_DECADE:
		c->y = (r->year - (((r->year % 10) + 10) % 10)) + 10 * (gint64)off;
		break;
	case G_CENTURY:
		c->y = (r->year - (((r->year % 100) + 100) % 100)) + 100 * (gint64)off;
		break;
	default:
		c->y = r->year + off, c->gran = G_YEAR;
	}
}

/* "this time last year", "this time tomorrow": the reference's day moved
 * by the unit (the 28th for a 29 February a year away), with its clock when
 * it has one. */
static void
same_time(const TlDSem *s, const TlDRef *r, Cal *c)
{
	if (s->unit == G_YEAR || s->unit == G_MONTH) {
		gint64 y = r->year;
		int m = r->month;
		if (s->unit == G_YEAR)
			y += s->off;
		else
			tl_cal_add_months(&y, &m, s->off);
		int d = MIN(r->day, tl_cal_days_in_month(y, m));
		from_days(c, tl_cal_to_days(y, m, d));
	} else if (s->unit == G_WEEK) {
		from_days(c, ref_days(r) + 7 * (gint64)s->off);
	} else if (s->unit != G_DAY) {
		return;
	}
	c->week = 0, c->weekend = FALSE, c->q = c->h = 0, c->part = 0;
	c->gran = G_DAY;
	/* "this time tomorrow" keeps the clock; "a year ago today" is the day */
	if (r->hour >= 0 && !s->shift && !(s->rule && strcmp(s->rule, "units-ago-today") == 0)) {
		c->hour = r->hour, c->min = r->minute;
		c->gran = G_MINUTE;
	}
}

/* "Saturday the 4th": of the months around the reference's, the nearest
 * one (ahead in a future clause, behind in a past one) whose 4th is a
 * Saturday; false when none is within a year. The reference's own month
 * counts in every clause when its day lies the right way ("will meet
 * Tuesday the 19th" said on Tuesday the 12th is a week ahead). */
static gboolean
weekday_day(const TlDSem *s, const TlDRef *r, TlDTense tense, Cal *c)
{
	for (int k = 0; k <= 12; k++)
		for (int sign = -1; sign <= 1; sign += 2) {
			gboolean here_ok = (tense != TENSE_FUTURE || s->day >= r->day) &&
			                   (tense != TENSE_PAST || s->day <= r->day);
			if (k == 0 ? (sign > 0 || !here_ok)
			           : ((sign < 0 && tense == TENSE_FUTURE) || (sign > 0 && tense == TENSE_PAST)))
				continue;
			gint64 y = r->year;
			int m = r->month;
			tl_cal_add_months(&y, &m, sign * k);
			if (!tl_cal_valid(y, m, s->day) || tl_cal_weekday(y, m, s->day) != s->weekday)
				continue;
			c->y = y, c->m = m, c->d = s->day;
			return TRUE;
		}
	/* none that way within a year: the nearest either way */
	return tense != TENSE_NONE && tense != TENSE_PRESENT && weekday_day(s, r, TENSE_PRESENT, c);
}

/* A weekday with no date: the one of the reference's week, or the nearest
 * one before or after it as the direction or tense says. */
static gint64
weekday_days(const TlDSem *s, const TlDRef *r, TlDTense tense)
{
	gint64 rd = ref_days(r);
	gint64 ry;
	int rm, rdd;
	tl_cal_from_days(rd, &ry, &rm, &rdd);
	int rw = tl_cal_weekday(ry, rm, rdd);
	int diff = s->weekday - rw; /* -6..6 */
	switch (s->dir) {
	case 2:
		/* "The film opens this Friday", said on a Saturday: the coming
		 * one, when the clause looks ahead */
		if (diff < 0 && (tense == TENSE_FUTURE || tense == TENSE_PRESENT))
			return rd + diff + 7;
		return rd + diff;
	case -1:
		return rd + (diff < 0 ? diff : diff - 7);
	case 1:
		return rd + (diff > 0 ? diff : diff + 7);
	default:
		if (tense == TENSE_FUTURE)
			return rd + (diff >= 0 ? diff : diff + 7);
		if (tense == TENSE_PRESENT)
			return rd + (diff >= 0 ? diff : diff + 7);
		return rd + (diff <= 0 ? diff : diff - 7);
	}
}

/* FALSE when the meaning needs a reference and there is none. */
/*
 * "At 3:30" against a reference with a clock time: 03:30 or 15:30, on the
 * reference's day or the one before or after, whichever the tense allows: the
 * first after the reference in a future clause ("will meet at 3:30", said at
 * 14:30: 15:30), the last before it in a past one ("resumed at 2:00": 14:00),
 * else the nearest; the reference's own day first, and on a day a waking hour
 * (7:00 to 22:59) before the small hours ("meet me at half past three" is
 * 15:30; "will call at 1:15" 13:15 the next day; "left at 3:30" 03:30).
 */
static void
clock_12(const TlDSem *s, const TlDRef *r, TlDTense tense, Cal *c)
{
	int ref = r->hour * 60 + MAX(r->minute, 0), m = MAX(s->minute, 0);
	int best = 0, rank = 0; /* 4: the same day, waking; 3: the same day; 2: waking; 1 */
	for (int day = -1; day <= 1; day++)
		for (int pm = 0; pm <= 1; pm++) {
			int hour = s->hour % 12 + 12 * pm, t = day * 1440 + hour * 60 + m;
			gboolean ok = tense == TENSE_FUTURE ? t > ref : tense == TENSE_PAST ? t <= ref : TRUE;
			if (!ok)
				continue;
			int k = (day == 0 ? 3 : 1) + (hour >= 7 && hour <= 22);
			int d = ABS(t - ref), bd = ABS(best - ref);
			if (k > rank || (k == rank && (d < bd || (d == bd && t > best))))
				best = t, rank = k;
		}
	if (!rank)
		return;
	int day = best < 0 ? -1 : best >= 1440 ? 1 : 0;
	c->hour = (best - day * 1440) / 60;
	if (day) {
		gint64 y;
		int mo, d;
		tl_cal_from_days(tl_cal_to_days(r->year, r->month, r->day) + day, &y, &mo, &d);
		c->y = y, c->m = mo, c->d = d;
	}
}

static gboolean
abs_cal(const TlDSem *s, const TlDRef *r, TlDTense tense, Cal *c, gboolean *used_ref)
{
	gboolean have_ref = r->year != TL_NOYEAR;
	c->y = s->year;
	c->m = s->month, c->d = s->day, c->q = s->quarter, c->h = s->half, c->season = s->season;
	c->week = s->week;
	c->hour = s->hour, c->min = s->minute, c->sec = s->sec, c->part = s->part;
	c->gran = s->gran;
	if (s->yy2 && have_ref) {
		/* '29 in 1987 is 1929, '05 in 2024 is 2005: the latest such year
		 * at most ten years after the reference */
		gint64 base = r->year - ((r->year % 100) + 100) % 100;
		c->y = base + s->year % 100;
		if (c->y > r->year + 10)
			c->y -= 100;
		*used_ref = TRUE;
		return TRUE;
	}
	if (s->hol) {
		gint64 y = s->year;
		int m = 0, d = 0;
		if (y == TL_NOYEAR) {
			if (!have_ref)
				return FALSE;
			*used_ref = TRUE;
			holiday_date(s->hol, r->year, &m, &d);
			y = pick_year(s, r, tense, m, d);
		}
		if (!holiday_date(s->hol, y, &m, &d))
			return FALSE;
		c->y = y, c->m = m, c->d = d, c->gran = G_DAY;
		return TRUE;
	}
	if (s->year != TL_NOYEAR) {
		if (s->gran == G_DAY && !s->day && s->weekday)
			return FALSE;
		return TRUE;
	}
	if (!have_ref)
		return FALSE;
	*used_ref = TRUE;
	if (s->yrel) {
		c->y = r->year + s->off;
		return TRUE;
	}
	if (s->type == TX_TIME && !s->month && !s->weekday) {
		if (!r->day)
			return FALSE;
		c->y = r->year, c->m = r->month, c->d = r->day;
		/* "I'll see you in the morning" said at 4 p.m.: a part of the day
		 * already over is tomorrow's in a clause that looks ahead */
		static const int part_end[] = {0, 12, 18, 21, 24, 18};
		if (s->part && s->hour < 0 && r->hour >= 0 && tense == TENSE_FUTURE &&
		    s->part < (int)G_N_ELEMENTS(part_end) && r->hour >= part_end[s->part])
			from_days(c, tl_cal_to_days(r->year, r->month, r->day) + 1);
		if (s->hour12 && !s->part && r->hour >= 0)
			clock_12(s, r, tense, c);
		else if (s->hour12 && !s->part && c->hour >= 1 && c->hour <= 6)
			c->hour += 12; /* "Friday at 3", "at 5:30": a waking hour */
		return TRUE;
	}
	if (s->weekday && s->day && !s->month) {
		if (!r->day)
			return FALSE;
		return weekday_day(s, r, tense, c);
	}
	if (s->weekday && !s->month) {
		if (!r->day)
			return FALSE;
		/* "3 Fridays from now": two weeks on from the next one */
		gint64 weeks = s->off > 1 && (s->dir == 1 || s->dir == -1) ? (gint64)(s->off - 1) * s->dir : 0;
		from_days(c, weekday_days(s, r, tense) + 7 * weeks);
		return TRUE;
	}
	if (s->month) {
		c->y = pick_year(s, r, tense, s->month, s->day);
		/* "Tuesday, 30 April": a year next to the chosen one where the
		 * weekday agrees, if the chosen one's does not (the clause's
		 * direction first) */
		if (s->weekday && s->day && tl_cal_valid(c->y, s->month, s->day) &&
		    tl_cal_weekday(c->y, s->month, s->day) != s->weekday) {
			int first = tense == TENSE_PAST ? -1 : 1;
			for (int k = 0; k < 2; k++) {
				gint64 y = c->y + (k ? -first : first);
				if (tl_cal_valid(y, s->month, s->day) &&
				    tl_cal_weekday(y, s->month, s->day) == s->weekday) {
					c->y = y;
					break;
				}
			}
		}
		return TRUE;
	}
	if (s->day && r->day) {
		/* the 3rd: of this month, or the next one in a future clause once
		 * it has passed, or the last one in a past clause before it comes */
		c->y = r->year, c->m = r->month;
		if (tense != TENSE_PAST && s->day < r->day)
			tl_cal_add_months(&c->y, &c->m, 1);
		else if (tense == TENSE_PAST && s->day > r->day)
			tl_cal_add_months(&c->y, &c->m, -1);
		return tl_cal_valid(c->y, c->m, c->d);
	}
	if (s->season) {
		int rs = season_of_month(r->month ? r->month : 6);
		gint64 ry = r->year - (r->month && r->month <= 2 ? 1 : 0);
		int cmp = s->season == rs ? 0 : s->season < rs ? -1 : 1;
		/* "this summer" or a bare "summer" said in February is the
		 * calendar year's (the coming one); only winter is named by the
		 * year it began in (2012-WI in progress in January 2013) */
		c->y = s->season == 4 ? ry : r->year;
		gint64 start = tl_cal_to_days(c->y, s->season * 3, 1);
		gint64 end = tl_cal_to_days(c->y + (s->season == 4), s->season == 4 ? 3 : s->season * 3 + 3, 1);
		if (s->dir == -1)
			c->y = cmp >= 0 ? ry - 1 : ry;
		else if (s->dir == 1)
			c->y = cmp <= 0 ? ry + 1 : ry;
		else if (s->dir == 0 && tense == TENSE_PAST && r->month && start > ref_days(r))
			c->y--;
		else if (s->dir == 0 && tense == TENSE_FUTURE && r->month && end <= ref_days(r))
			c->y++;
		return TRUE;
	}
	if (s->quarter && r->month) {
		/* "the fourth quarter" reported in a past clause in March */
		int rq = (r->month - 1) / 3 + 1;
		c->y = r->year;
		if (s->dir == -1) /* "last Q4": the latest before this one */
			c->y = s->quarter >= rq ? r->year - 1 : r->year;
		else if (s->dir == 1) /* "next Q1": the first after it */
			c->y = s->quarter <= rq ? r->year + 1 : r->year;
		else if (s->dir == 0 && tense == TENSE_PAST && s->quarter > rq)
			c->y--;
		return TRUE;
	}
	if (s->quarter || s->half || s->gran == G_YEAR) {
		c->y = r->year;
		return TRUE;
	}
	return FALSE;
}

static void
unknown_value(const TlDSem *s, TlDValue *out)
{
	char *v = out->value;
	size_t n = sizeof out->value;
	if (s->kind == S_REL && s->weekday) {
		g_snprintf(v, n, "XXXX-WXX-%d", s->weekday); /* Monday last week */
		return;
	}
	if (s->kind == S_REL) {
		g_strlcpy(v, s->off < 0 ? "PAST_REF" : s->off > 0 ? "FUTURE_REF" : "PRESENT_REF", n);
		return;
	}
	if (s->type == TX_TIME && s->hour >= 0)
		g_snprintf(v, n, "XXXX-XX-XXT%02d:%02d", s->hour, s->minute < 0 ? 0 : s->minute);
	else if (s->weekday && !s->month)
		g_snprintf(v, n, "XXXX-WXX-%d%s%s", s->weekday, s->part ? "T" : "", part_codes[s->part]);
	else if (s->month && s->day)
		g_snprintf(v, n, "XXXX-%02d-%02d", s->month, s->day);
	else if (s->day)
		g_snprintf(v, n, "XXXX-XX-%02d", s->day);
	else if (s->month)
		g_snprintf(v, n, "XXXX-%02d", s->month);
	else if (s->season)
		g_snprintf(v, n, "XXXX-%s", season_codes[s->season]);
	else if (s->quarter)
		g_snprintf(v, n, "XXXX-Q%d", s->quarter);
	else if (s->half)
		g_snprintf(v, n, "XXXX-H%d", s->half);
	else
		g_strlcpy(v, "XXXX", n);
}

/* Resolve a meaning; see dates.h. */
void
tl_dresolve(const TlDSem *s, const TlDRef *r, TlDTense tense, TlDValue *out)
{
	memset(out, 0, sizeof *out);
	out->point.year = TL_NOYEAR;
	out->type = s->type;
	Cal c = {.hour = -1, .min = -1, .sec = -1};
	TlDSem rel;
	switch (s->kind) {
	case S_VALUE:
	case S_FUZZY:
	case S_SET:
		g_strlcpy(out->value, s->val, sizeof out->value);
		return;
	case S_DUR:
		if (s->dir == 1 && tense != TENSE_PAST &&
		    r->year != TL_NOYEAR) {
			rel = *s;
			rel.kind = S_REL;
			rel.type = s->unit <= G_HOUR && s->gran != G_DAY ? TX_TIME : TX_DATE;
			s = &rel;
			out->type = rel.type;
			break;
		}
		g_strlcpy(out->value, s->dur, sizeof out->value);
		return;
	default:
		break;
	}
	if (s->kind == S_REL) {
		if (r->year == TL_NOYEAR || (s->unit <= G_WEEK && !r->day) ||
		    (s->unit <= G_QUARTER && !r->month)) {
			unknown_value(s, out);
			return;
		}
		if (s->dir == 3 && tense != TENSE_FUTURE && s->unit == G_WEEKEND && r->day &&
		    tl_cal_weekday(r->year, r->month, r->day) <= 5) {
			rel = *s; /* "the weekend" said on a weekday: the last one */
			rel.off = -1;
			s = &rel;
		} else if (s->dir == 3 && tense != TENSE_FUTURE && s->unit == G_QUARTER) {
			rel = *s;
			rel.off = -1;
			s = &rel;
		} else if (s->dir == 3 && tense == TENSE_PAST &&
		           (s->unit == G_YEAR || s->unit == G_MONTH)) {
			rel = *s; /* "had 1,200 stores at year end": the end is past,
			           * the year's before */
			rel.off = -1;
			s = &rel;
		}
		rel_cal(s, r, &c);
		if (s->same_time && r->day)
			same_time(s, r, &c);
		out->uses_ref = TRUE;
	} else if (!abs_cal(s, r, tense, &c, &out->uses_ref)) {
		unknown_value(s, out);
		return;
	}
	format_cal(&c, out);
}
