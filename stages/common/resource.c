/*
 * Resource lookup: $TL_DATADIR/<dir>/<path> first, so a user can edit a
 * lexicon without rebuilding; then the copy compiled into the program.
 */
#include <sys/stat.h>
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
