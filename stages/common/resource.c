/*
 * Resource lookup: $TL_DATADIR/<dir>/<path> first, so a user can edit a
 * lexicon without rebuilding; then the copy compiled into the program.
 */
#include <gio/gio.h>
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
		if (g_file_get_contents(file, &data, &len, NULL))
			return g_bytes_new_take(data, len);
	}
	g_autofree char *name = g_strdup_printf("/tl/%s/%s", dir, path);
	GBytes *b = g_resources_lookup_data(name, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
	if (!b)
		g_set_error(error, TL_ERROR, TL_ERROR_MODEL,
		            "no resource '%s/%s' (built in, or under TL_DATADIR)", dir, path);
	return b;
}
