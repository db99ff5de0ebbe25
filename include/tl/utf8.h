/*
 * UTF-8 and offsets.  Records carry UTF-8 byte offsets; some exports and the
 * TempEval scorer want code points, so these helpers convert.
 */
#ifndef TL_UTF8_H
#define TL_UTF8_H

#include <glib.h>

/*
 * Check that buf[0..len) is valid UTF-8 with no NUL byte.  On failure returns
 * FALSE and sets *bad_offset (if not NULL) to the byte offset of the first
 * invalid sequence.
 */
gboolean tl_utf8_validate(const char *buf, size_t len, size_t *bad_offset);

/*
 * The name of the Unicode encoding whose byte order mark opens buf[0..len)
 * ("UTF-32" or "UTF-16", either byte order), or NULL when none does
 * (a UTF-8 mark is not reported: it is valid UTF-8).  The returned string is
 * static.
 */
const char *tl_utf_bom_name(const char *buf, size_t len);

/*
 * The name of the compressed format whose magic number opens buf[0..len)
 * ("gzip", "bzip2", "xz", "zstd" or "zip"), or NULL: news archives come
 * compressed, and such a file was refused as "invalid UTF-8 at byte 1" or
 * "expected '{'".  The returned string is static.
 */
const char *tl_compressed_name(const char *buf, size_t len);

/*
 * Return a new string: buf with every invalid sequence replaced by U+FFFD and
 * every C0 control character except TAB and LF dropped, CRLF and lone CR made LF.
 * *n_replaced (if not NULL) counts the invalid sequences replaced.
 */
char *tl_utf8_clean(const char *buf, size_t len, size_t *out_len, size_t *n_replaced);

/*
 * A JSON text line (a record) with its invalid UTF-8 (a byte of another
 * encoding in a scraped archive) and its lone surrogate escapes (a text cut
 * by UTF-16 units, as Python's json writes it) made U+FFFD, and its C0
 * controls but TAB dropped, as tl_utf8_clean does: a new string of *out_len
 * bytes; *n counts the replacements.  For tl-normalize --lossy on JSON
 * Lines (and the driver's dealer, which hands such a line on): such a
 * record was refused, --lossy or not.
 */
char *tl_utf8_lossy_json(const char *line, size_t len, size_t *out_len, size_t *n);

/* Length of the valid UTF-8 sequence at s (s < end): 1 to 4, or 0 when it is
 * invalid or a NUL byte. */
size_t tl_utf8_seq_len(const unsigned char *s, const unsigned char *end);

/* Number of code points in buf[0..byte_off), which must be valid UTF-8. */
size_t tl_utf8_cp_offset(const char *buf, size_t byte_off);

/*
 * A table mapping each byte offset of a text to its code-point offset, for
 * converting many offsets at once.  Returns a new array of len+1 entries.
 */
guint32 *tl_utf8_cp_table(const char *buf, size_t len);

/* Copy s[0..n) to out (room for n bytes) with each right single quotation
 * mark (U+2019, as news writes the apostrophe) written as "'", as the
 * treebanks and the lemmatizer's exceptions write it; the length written. */
size_t tl_utf8_plain_apostrophes(const char *s, size_t n, char *out);

/* TRUE if the character starting at s is a letter/digit (ASCII fast path). */
gboolean tl_utf8_is_alnum_at(const char *s, const char *end);

#endif
