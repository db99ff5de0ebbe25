/*
 * A TimeML writer: a record's text with its timexes (and events, if any) as
 * a TimeML 1.2 document, for TempEval tools and `tl-export --format timeml`.
 * The text content of <TEXT> equals the record's text byte for byte once
 * tags are stripped and entities decoded, so any scorer can align it.
 */
#ifndef TL_TIMEML_H
#define TL_TIMEML_H

#include "tl/tl.h"

/*
 * Append a TimeML document to out.
 *
 * docid (may be NULL) goes to <DOCID>; dct (may be NULL) becomes the
 * CREATION_TIME TIMEX3 "t0" in <DCT>.  text[0..len) is the record's text
 * (valid UTF-8).  timexes (borrowed; may be NULL) is a JSON array of objects
 * with integer byte offsets "start"/"end" and strings "id", "type", "value"
 * and optionally "mod"; events (borrowed; may be NULL) is an array of objects
 * with "id", "class", "trigger": {"start", "end"}, and optionally "tense",
 * "polarity", "time" (a timex id) and "relation" (a TLINK relType), which
 * give MAKEINSTANCE and TLINK elements after </TEXT>.
 *
 * Tags may nest but not cross: a span that would cross one already open,
 * nest past 64 deep, or repeat the id of an earlier tag of its kind is left
 * out, with the MAKEINSTANCE and TLINK that would refer to it, and counted
 * in *n_dropped (if not NULL; the caller warns).  Returns FALSE with error
 * (TL_ERROR_RECORD) when an entity has bad offsets (outside the text, empty,
 * or not on a character boundary); out is then unchanged.
 */
gboolean tl_timeml_write(GString *out, const char *docid, const char *dct, const char *text,
                         size_t len, const json_t *timexes, const json_t *events,
                         guint *n_dropped, GError **error);

/*
 * Append s[0..len) to out as XML text: & < > " escaped, a CR as &#13;, and
 * what XML 1.0 cannot hold replaced byte for byte (a control character but
 * TAB and LF by a space, U+FFFE and U+FFFF by U+FFFD).
 */
void tl_xml_escape(GString *out, const char *s, size_t len);

/*
 * The file name of the n-th record (from 1) of record id id in a folder of
 * TimeML files: "<id>.tml", then "<id>-2.tml" ...  (new string).  '/', '\'
 * and control characters are '_', a leading '.' (".", "..", hidden) gets a
 * '_' first, and the id is cut on a character to 200 bytes (a URL as id was
 * "File name too long").  Shared by tl-export --format timeml and tl-timeml.
 */
char *tl_timeml_file_name(const char *id, guint n);

#endif
