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

/*
 * Check, when TL_DATADIR is set, every file under it that stands for one of
 * this program's built-in resources: FALSE with error (TL_ERROR_MODEL,
 * naming the file) if one is not a regular file or cannot be read.  The
 * loaders of optional rules ask for their file without an error and go on
 * without the rules when there is none, so such a file (a folder, a FIFO, a
 * file we may not read, as anchoring.txt) changed the output without a
 * word, exit 0.  tl_cli_parse calls it.
 */
gboolean tl_resource_check(GError **error);

#endif
