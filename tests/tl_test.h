/* Helpers shared by the Check suites. */
#ifndef TL_TEST_H
#define TL_TEST_H

#include <check.h>
#include <glib.h>

/* Path of a file in the source tree (TL_SRCDIR, default "."); new string. */
static inline char *
tl_test_src(const char *rel)
{
	const char *top = g_getenv("TL_SRCDIR");
	return g_build_filename(top ? top : ".", rel, NULL);
}

/* Path of a file in ../shared/data, or NULL when the data is absent. */
static inline char *
tl_test_shared(const char *rel)
{
	const char *sh = g_getenv("TL_SHARED");
	g_autofree char *top = tl_test_src("..");
	g_autofree char *dflt = g_build_filename(top, "shared", NULL);
	char *p = g_build_filename(sh ? sh : dflt, rel, NULL);
	if (!g_file_test(p, G_FILE_TEST_EXISTS)) {
		g_free(p);
		return NULL;
	}
	return p;
}

#endif
