/*
 * Resource lookup: $TL_DATADIR/<dir>/<path> first, so a user can edit a
 * lexicon without rebuilding; then the copy compiled into the program.
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include "tl/resource.h"
#include "tl/tl.h"

GBytes *
tl_resource_get(const char *dir, const char *path, GError **error)
{
	const char *datadir = g_getenv("TL_DATADIR");
	if (datadir && *datadir) {
		g_autofree char *file = g_build_filename(datadir, dir, path, NULL);
		char *data = NULL;
		gsize len = 0;
		GStatBuf st;
		/* a file there that cannot be read is an error, not the built-in
		 * copy in its place; a FIFO or a device is not read at all (a
		 * FIFO waited for a writer for ever, /dev/zero never ended) */
		if (g_stat(file, &st) == 0) {
			g_autoptr(GError) err = NULL;
			if (!S_ISREG(st.st_mode)) {
				g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "%s: not a regular file", file);
				return NULL;
			}
			if (!g_file_get_contents(file, &data, &len, &err)) {
				g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "%s", err->message);
				return NULL;
			}
			return g_bytes_new_take(data, len);
		}
	}
	g_autofree char *name = g_strdup_printf("/tl/%s/%s", dir, path);
	GBytes *b = g_resources_lookup_data(name, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
	if (!b)
		g_set_error(error, TL_ERROR, TL_ERROR_MODEL,
		            "no resource '%s/%s' (built in, or under TL_DATADIR)", dir, path);
	return b;
}

/* Check $TL_DATADIR/<rel> for each built-in file under /tl/<rel>/ (rel a
 * folder path ending in '/', or ""). */
static gboolean
check_tree(const char *datadir, const char *rel, GError **error)
{
	g_autofree char *res = g_strdup_printf("/tl/%s", rel);
	g_auto(GStrv) kids = g_resources_enumerate_children(res, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
	for (char **k = kids; k && *k; k++) {
		g_autofree char *sub = g_strconcat(rel, *k, NULL);
		if (g_str_has_suffix(*k, "/")) {
			if (!check_tree(datadir, sub, error))
				return FALSE;
			continue;
		}
		g_autofree char *file = g_build_filename(datadir, sub, NULL);
		GStatBuf st;
		if (g_stat(file, &st) != 0)
			continue; /* not there: the built-in copy */
		if (!S_ISREG(st.st_mode)) {
			g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "%s: not a regular file (TL_DATADIR)",
			            file);
			return FALSE;
		}
		int fd = open(file, O_RDONLY);
		if (fd < 0) {
			int e = errno;
			g_set_error(error, TL_ERROR, TL_ERROR_MODEL, "%s: %s (TL_DATADIR)", file,
			            g_strerror(e));
			return FALSE;
		}
		close(fd);
	}
	return TRUE;
}

gboolean
tl_resource_check(GError **error)
{
	const char *datadir = g_getenv("TL_DATADIR");
	if (!datadir || !*datadir)
		return TRUE;
	return check_tree(datadir, "", error);
}
