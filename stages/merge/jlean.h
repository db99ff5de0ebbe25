/*
 * Lean JSON for tl-merge: reading the few members it needs straight from the
 * bytes of a record line that the kit's scanner has already validated
 * (tl_record_parse), and writing the timeline with Jansson's exact output
 * (compact, members in order, reals at 6 significant digits) without
 * building trees.  Reading functions assume valid JSON: never call them on
 * bytes that tl_record_parse has not accepted.
 */
#ifndef TL_MERGE_JLEAN_H
#define TL_MERGE_JLEAN_H

#include <string.h>
#include "tl/tl.h"
#include "../common/tag-annotate.h"

/* A value's bytes: [v, e); v NULL when absent. */
typedef struct {
	const char *v, *e;
} TlJSpan;

/* Walking the members of an object or the elements of an array. */
typedef struct {
	const char *p, *end;
	gboolean first;
} TlJIter;

/* Start walking the container at span s; FALSE when s is not one (open is '{' or '['). */
gboolean tl_jl_iter(TlJIter *it, TlJSpan s, char open);
/*
 * The next member of an object: its key (raw bytes between the quotes, not
 * decoded: *kesc is TRUE when it holds an escape) and its value.  FALSE at the end.
 */
gboolean tl_jl_next_member(TlJIter *it, const char **key, size_t *klen, gboolean *kesc,
                           TlJSpan *val);
/* The next element of an array; FALSE at the end. */
gboolean tl_jl_next_elem(TlJIter *it, TlJSpan *val);
/*
 * The next element of an array when it is an object, walked in the same
 * pass: *obj iterates its members (call tl_jl_next_member until FALSE), then
 * tl_jl_close(it, obj) steps past it.  FALSE at the end of the array or when
 * the element is no object (then it is skipped and *isobj is FALSE).
 */
gboolean tl_jl_next_object(TlJIter *it, TlJIter *obj, gboolean *isobj);
void tl_jl_close(TlJIter *it, const TlJIter *obj);
/* Does the key (as tl_jl_next_member gave it) equal name? */
gboolean tl_jl_key_is(const char *key, size_t klen, gboolean kesc, const char *name);
/* The same for a string literal, without strlen. */
#define TL_JL_KEY_IS(key, klen, kesc, lit)                                                 \
	((kesc) ? tl_jl_key_is(key, klen, kesc, lit)                                       \
	        : (klen) == sizeof(lit) - 1 && memcmp(key, lit, sizeof(lit) - 1) == 0)
/* The string value of s decoded into scratch (reset first): scratch->str, or NULL
 * when s is absent or not a string. */
const char *tl_jl_string(TlJSpan s, GString *scratch);
/* Is s a JSON integer (as Jansson reads it: no '.', no exponent)?  Its value. */
gboolean tl_jl_integer(TlJSpan s, gint64 *out);
/* Is s a number (integer or real)?  Its value. */
gboolean tl_jl_number(TlJSpan s, double *out);
/* The i-th element of the array s (absent when s is no array or too short). */
TlJSpan tl_jl_index(TlJSpan s, guint i);
/* The value that begins at p (before end, valid JSON): its span. */
TlJSpan tl_jl_value(const char *p, const char *end);

/* ---- writing, byte for byte as json_dumps(JSON_COMPACT | JSON_REAL_PRECISION(6)) ---- */

/* Pieces are appended with the kit's tl_annot_put, tl_annot_put_c and
 * tl_annot_json_uint (tag-annotate.h): a memcpy while out has room. */

/* A string literal, the same way. */
#define TL_JL_PUT(out, lit) tl_annot_put((out), (lit), sizeof(lit) - 1)

/* A string (valid UTF-8, NUL-terminated), or null when s is NULL. */
void tl_jl_put_string(GString *out, const char *s);
/* A real.  (Its text is cached: tl-merge writes few distinct ones, and
 * snprintf's "%.6g" cost 2,000 instructions a number.) */
void tl_jl_put_real(GString *out, double x);
/* (A non-negative integer: the kit's tl_annot_json_uint.) */
/* A day number as a quoted ISO date (cached, as reals are). */
void tl_jl_put_day(GString *out, gint64 day);

#endif
