/*
 * The one Check runner: every tests/check_<module>.c defines
 * Suite *tl_suite_<module>(void), listed at build time in suites.h.
 * TL_SRCDIR names the source tree (for fixtures); TL_SHARED the ../shared
 * folder with the data sets, whose tests skip when it is absent.
 */
#include <check.h>
#include <stdlib.h>

#define TL_SUITE(name) Suite *tl_suite_##name(void);
#include "suites.h"
#undef TL_SUITE

int
main(void)
{
	SRunner *sr = srunner_create(NULL);
#define TL_SUITE(name) srunner_add_suite(sr, tl_suite_##name());
#include "suites.h"
#undef TL_SUITE
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
