/*
 * Resource files (lexicons, rules, models).  Each stage's stages/<dir>/data/
 * is compiled into its programs as a GResource under /tl/<dir>/, so binaries
 * run from anywhere.  Setting TL_DATADIR makes the files in
 * $TL_DATADIR/<dir>/ win over the built-in ones, for editing without a rebuild.
 */
#ifndef TL_RESOURCE_H
#define TL_RESOURCE_H

#include <glib.h>

/*
 * The bytes of stages/<dir>/data/<path>: a new GBytes (NUL-terminated data).
 * NULL with error set (TL_ERROR_MODEL) when there is no such resource, or
 * when $TL_DATADIR/<dir>/<path> exists but is not a regular file or cannot
 * be read (the built-in copy is not used in its place).
 */
GBytes *tl_resource_get(const char *dir, const char *path, GError **error);

#endif
