/*
 * The shared kit of the Timeline stages: errors, version, and the cleanup
 * functions that GLib's g_autoptr needs for the foreign types we own.
 *
 * Ownership, for the whole kit: a function returning a pointer gives the caller
 * a new reference unless its comment says "borrowed"; functions that take a
 * pointer borrow it unless they say "steals".  Library functions never print
 * and never exit; they return FALSE or NULL and fill a GError in TL_ERROR.
 */
#ifndef TL_TL_H
#define TL_TL_H

#include <glib.h>
#include <jansson.h>
#include <libxml/tree.h>

#define TL_VERSION "0.1.0"

#define TL_ERROR (tl_error_quark())
GQuark tl_error_quark(void);

typedef enum {
	TL_ERROR_IO,       /* reading or writing failed */
	TL_ERROR_UTF8,     /* invalid UTF-8 in the input */
	TL_ERROR_JSON,     /* a line is not valid JSON, or not an object */
	TL_ERROR_RECORD,   /* valid JSON, but not a valid record */
	TL_ERROR_FORMAT,   /* a source document cannot be read (HTML, TimeML...) */
	TL_ERROR_LIMIT,    /* an input exceeds a configured limit */
	TL_ERROR_CONFIG,   /* pipeline.conf is wrong */
	TL_ERROR_USAGE,    /* a bad command-line argument */
	TL_ERROR_MODEL,    /* a resource or model cannot be loaded */
} TlErrorCode;

/* Cleanups for g_autoptr on the foreign types (defined here once). */
static inline void tl_json_decref(json_t *j) { json_decref(j); }
G_DEFINE_AUTOPTR_CLEANUP_FUNC(json_t, tl_json_decref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlDoc, xmlFreeDoc)

#endif
