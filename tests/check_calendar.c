/* Calendar arithmetic: leap years, day numbers, weekdays, ISO weeks, Easter. */
#include "tl/calendar.h"
#include "tl_test.h"

static const struct {
	gint64 year;
	gboolean leap;
} leap_cases[] = {
	{2024, TRUE}, {2023, FALSE}, {2000, TRUE}, {1900, FALSE}, {2100, FALSE}, {1600, TRUE},
	{4, TRUE},    {1, FALSE},    {0, TRUE},    {-1, FALSE},   {-4, TRUE},    {-100, FALSE},
	{-400, TRUE}, {-401, FALSE},
};

START_TEST(test_leap)
{
	ck_assert_int_eq(tl_cal_is_leap(leap_cases[_i].year), leap_cases[_i].leap);
	ck_assert_int_eq(tl_cal_days_in_month(leap_cases[_i].year, 2), leap_cases[_i].leap ? 29 : 28);
}
END_TEST

START_TEST(test_days_in_month)
{
	static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	for (int m = 1; m <= 12; m++)
		ck_assert_int_eq(tl_cal_days_in_month(2023, m), dim[m - 1]);
	ck_assert_int_eq(tl_cal_days_in_month(2023, 0), 0);
	ck_assert_int_eq(tl_cal_days_in_month(2023, 13), 0);
	ck_assert(tl_cal_valid(2024, 2, 29));
	ck_assert(!tl_cal_valid(2023, 2, 29));
	ck_assert(!tl_cal_valid(2023, 4, 31));
	ck_assert(!tl_cal_valid(2023, 1, 0));
	ck_assert(!tl_cal_valid(2023, 13, 1));
}
END_TEST

static const struct {
	gint64 y;
	int m, d;
	gint64 days;
	int weekday;
} day_cases[] = {
	{1970, 1, 1, 0, 4},         {1970, 1, 2, 1, 5},       {1969, 12, 31, -1, 3},
	{2000, 3, 1, 11017, 3},     {2024, 4, 26, 19839, 5},  {2024, 2, 29, 19782, 4},
	{1900, 1, 1, -25567, 1},    {2100, 12, 31, 47846, 5}, {1, 1, 1, -719162, 1},
	{0, 12, 31, -719163, 7},    {-1, 1, 1, -719893, 5},   {1582, 10, 15, -141427, 5},
};

START_TEST(test_day_numbers)
{
	const typeof(day_cases[0]) *c = &day_cases[_i];
	ck_assert_int_eq(tl_cal_to_days(c->y, c->m, c->d), c->days);
	ck_assert_int_eq(tl_cal_weekday(c->y, c->m, c->d), c->weekday);
	gint64 y;
	int m, d;
	tl_cal_from_days(c->days, &y, &m, &d);
	ck_assert_int_eq(y, c->y);
	ck_assert_int_eq(m, c->m);
	ck_assert_int_eq(d, c->d);
}
END_TEST

START_TEST(test_round_trip)
{
	/* every day from 1000 BC to AD 3000 maps to the next day number */
	gint64 prev = tl_cal_to_days(-1000, 1, 1) - 1;
	for (gint64 y = -1000; y <= 3000; y++)
		for (int m = 1; m <= 12; m++)
			for (int d = 1; d <= tl_cal_days_in_month(y, m); d++) {
				gint64 z = tl_cal_to_days(y, m, d);
				if (z != prev + 1)
					ck_abort_msg("%" G_GINT64_FORMAT "-%d-%d is day %" G_GINT64_FORMAT, y, m, d, z);
				gint64 y2;
				int m2, d2;
				tl_cal_from_days(z, &y2, &m2, &d2);
				if (y2 != y || m2 != m || d2 != d)
					ck_abort_msg("day %" G_GINT64_FORMAT " comes back wrong", z);
				prev = z;
			}
}
END_TEST

static const struct {
	gint64 y;
	int m, d;
	gint64 iso_year;
	int week;
} week_cases[] = {
	{2024, 4, 26, 2024, 17}, {2024, 1, 1, 2024, 1},  {2023, 1, 1, 2022, 52},
	{2021, 1, 3, 2020, 53},  {2020, 12, 31, 2020, 53}, {2019, 12, 30, 2020, 1},
	{2008, 12, 29, 2009, 1}, {2010, 1, 3, 2009, 53}, {2005, 1, 2, 2004, 53},
	{2026, 12, 31, 2026, 53}, {2027, 1, 1, 2026, 53}, {2018, 12, 31, 2019, 1},
	{-1, 1, 1, -2, 53},      {-1, 1, 4, -1, 1},
};

START_TEST(test_iso_week)
{
	const typeof(week_cases[0]) *c = &week_cases[_i];
	gint64 iy;
	int w;
	tl_cal_iso_week(c->y, c->m, c->d, &iy, &w);
	ck_assert_int_eq(iy, c->iso_year);
	ck_assert_int_eq(w, c->week);
	/* the day lies in the week that iso_week_start gives */
	gint64 start = tl_cal_iso_week_start(iy, w), z = tl_cal_to_days(c->y, c->m, c->d);
	ck_assert_int_ge(z, start);
	ck_assert_int_lt(z, start + 7);
}
END_TEST

START_TEST(test_iso_weeks_in_year)
{
	static const gint64 long_years[] = {2004, 2009, 2015, 2020, 2026, 2032, 1998, 1903};
	for (size_t i = 0; i < G_N_ELEMENTS(long_years); i++)
		ck_assert_int_eq(tl_cal_iso_weeks_in_year(long_years[i]), 53);
	ck_assert_int_eq(tl_cal_iso_weeks_in_year(2024), 52);
	ck_assert_int_eq(tl_cal_iso_weeks_in_year(2023), 52);
	/* week 1 of 2025 starts on Monday 30 December 2024 */
	ck_assert_int_eq(tl_cal_iso_week_start(2025, 1), tl_cal_to_days(2024, 12, 30));
}
END_TEST

static const struct {
	gint64 y;
	int m, d;
} easter_cases[] = {
	{1900, 4, 15}, {1913, 3, 23}, {1943, 4, 25}, {1954, 4, 18}, {1961, 4, 2},
	{1981, 4, 19}, {2000, 4, 23}, {2008, 3, 23}, {2011, 4, 24}, {2019, 4, 21},
	{2024, 3, 31}, {2025, 4, 20}, {2038, 4, 25}, {2049, 4, 18}, {2076, 4, 19},
	{2095, 4, 24}, {2100, 3, 28}, {1818, 3, 22}, {2285, 3, 22},
};

START_TEST(test_easter)
{
	int m, d;
	tl_cal_easter(easter_cases[_i].y, &m, &d);
	ck_assert_int_eq(m, easter_cases[_i].m);
	ck_assert_int_eq(d, easter_cases[_i].d);
	ck_assert_int_eq(tl_cal_weekday(easter_cases[_i].y, m, d), 7);
}
END_TEST

START_TEST(test_easter_range)
{
	/* 1900-2100: always a Sunday between 22 March and 25 April */
	for (gint64 y = 1900; y <= 2100; y++) {
		int m, d;
		tl_cal_easter(y, &m, &d);
		gint64 z = tl_cal_to_days(y, m, d);
		if (tl_cal_weekday(y, m, d) != 7 || z < tl_cal_to_days(y, 3, 22) || z > tl_cal_to_days(y, 4, 25))
			ck_abort_msg("Easter %" G_GINT64_FORMAT " on %d-%d", y, m, d);
	}
}
END_TEST

static const struct {
	gint64 y;
	int m, weekday, n, day;
} nth_cases[] = {
	{2024, 11, 4, 4, 28},  /* Thanksgiving */
	{2024, 5, 1, -1, 27},  /* Memorial Day */
	{2024, 9, 1, 1, 2},    /* Labor Day */
	{2024, 1, 1, 3, 15},   /* Martin Luther King Day */
	{2024, 2, 4, 5, 29},   /* a fifth Thursday of a leap February */
	{2023, 2, 4, 5, 0},    /* none */
	{2024, 13, 1, 1, 0},   /* bad month */
	{2024, 1, 8, 1, 0},    /* bad weekday */
	{2024, 1, 1, 6, 0},    /* bad n */
};

START_TEST(test_nth_weekday)
{
	const typeof(nth_cases[0]) *c = &nth_cases[_i];
	ck_assert_int_eq(tl_cal_nth_weekday(c->y, c->m, c->weekday, c->n), c->day);
}
END_TEST

static const struct {
	gint64 y;
	int m;
	gint64 n, want_y;
	int want_m;
} month_cases[] = {
	{2024, 1, 1, 2024, 2},   {2024, 12, 1, 2025, 1}, {2024, 1, -1, 2023, 12},
	{2024, 3, -15, 2022, 12}, {2024, 3, 0, 2024, 3}, {0, 1, -1, -1, 12},
	{-1, 12, 1, 0, 1},       {2024, 6, 1200, 2124, 6},
};

START_TEST(test_add_months)
{
	gint64 y = month_cases[_i].y;
	int m = month_cases[_i].m;
	tl_cal_add_months(&y, &m, month_cases[_i].n);
	ck_assert_int_eq(y, month_cases[_i].want_y);
	ck_assert_int_eq(m, month_cases[_i].want_m);
}
END_TEST

Suite *tl_suite_calendar(void);
Suite *
tl_suite_calendar(void)
{
	Suite *s = suite_create("calendar");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, test_leap, 0, G_N_ELEMENTS(leap_cases));
	tcase_add_test(tc, test_days_in_month);
	tcase_add_loop_test(tc, test_day_numbers, 0, G_N_ELEMENTS(day_cases));
	tcase_add_test(tc, test_round_trip);
	tcase_add_loop_test(tc, test_iso_week, 0, G_N_ELEMENTS(week_cases));
	tcase_add_test(tc, test_iso_weeks_in_year);
	tcase_add_loop_test(tc, test_easter, 0, G_N_ELEMENTS(easter_cases));
	tcase_add_test(tc, test_easter_range);
	tcase_add_loop_test(tc, test_nth_weekday, 0, G_N_ELEMENTS(nth_cases));
	tcase_add_loop_test(tc, test_add_months, 0, G_N_ELEMENTS(month_cases));
	suite_add_tcase(s, tc);
	return s;
}
