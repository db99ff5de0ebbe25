/*
 * Plain text: cleaning raw bytes into record text, and the plain-text reader
 * (headline as title, dateline as DCT).  The text keeps its bytes where they
 * were (no folding; a control character becomes spaces of the same width), so
 * offsets into it are offsets into the source file once CRLF is LF.
 */
#include <stdarg.h>
#include <string.h>
#include "tl/utf8.h"
#include "normalize.h"

TlDoc *
tl_doc_new(void)
{
	TlDoc *doc = g_new0(TlDoc, 1);
	doc->dct_source = "none";
	doc->warnings = g_ptr_array_new_with_free_func(g_free);
	return doc;
}

void
tl_doc_free(TlDoc *doc)
{
	if (!doc)
		return;
	g_free(doc->title);
	g_free(doc->dct);
	g_free(doc->url);
	g_free(doc->text);
	g_ptr_array_unref(doc->warnings);
	g_free(doc);
}

void
tl_warn(GPtrArray *warnings, const char *fmt, ...)
{
	if (!warnings) /* the caller does not want them */
		return;
	va_list ap;
	va_start(ap, fmt);
	g_ptr_array_add(warnings, g_strdup_vprintf(fmt, ap));
	va_end(ap);
}

char *
tl_text_clean(const char *buf, size_t len, const TlNormOpts *opts, size_t *out_len,
              size_t *n_replaced, GError **error)
{
	const unsigned char *s = (const unsigned char *)buf, *end = s + len;
	size_t bad = 0;
	if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		s += 3;
	const char *bom = tl_utf_bom_name((const char *)s, (size_t)(end - s));
	if (bom) {
		g_set_error(error, TL_ERROR, TL_ERROR_UTF8,
		            "%s text is not supported (convert it to UTF-8)", bom);
		return NULL;
	}
	/* (even with --lossy: U+FFFD soup is no document) */
	const char *packed = tl_compressed_name((const char *)s, (size_t)(end - s));
	if (packed) {
		g_set_error(error, TL_ERROR, TL_ERROR_UTF8,
		            "%s-compressed data, not text (decompress it first)", packed);
		return NULL;
	}
	GString *out = g_string_sized_new(len + 1);
	while (s < end) {
		/* the common case: a run of printable ASCII */
		const unsigned char *run = s;
		while (s < end && ((*s >= 0x20 && *s < 0x7F) || *s == '\n' || *s == '\t'))
			s++;
		if (s > run)
			g_string_append_len(out, (const char *)run, s - run);
		if (s >= end)
			break;
		unsigned c = *s;
		if (c == '\r') {
			g_string_append_c(out, '\n');
			s += (s + 1 < end && s[1] == '\n') ? 2 : 1;
			continue;
		}
		if ((c >= 0x01 && c < 0x20) || c == 0x7F) {
			g_string_append_c(out, ' ');
			s++;
			continue;
		}
		size_t n = tl_utf8_seq_len(s, end);
		if (n == 0) {
			size_t at = (size_t)(s - (const unsigned char *)buf);
			if (!opts || !opts->lossy) {
				g_set_error(error, TL_ERROR, TL_ERROR_UTF8,
				            c ? "invalid UTF-8 at byte %zu" :
				                "NUL byte at byte %zu (a binary file?)",
				            at);
				g_string_free(out, TRUE);
				return NULL;
			}
			g_string_append(out, "\xEF\xBF\xBD");
			bad++;
			s++;
			continue;
		}
		if (n == 2 && s[0] == 0xC2 && s[1] < 0xA0) /* C1 control */
			g_string_append(out, "  ");
		else
			g_string_append_len(out, (const char *)s, (gssize)n);
		s += n;
	}
	if (out_len)
		*out_len = out->len;
	if (n_replaced)
		*n_replaced = bad;
	return g_string_free(out, FALSE);
}

char *
tl_text_fold(const char *s, size_t len)
{
	GString *out = g_string_sized_new(len);
	gboolean space = FALSE;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c <= 0x20 || c == 0x7F) {
			space = out->len > 0;
			continue;
		}
		/* no-break space folds like a space, and so does a C1 control
		 * (U+0080 to U+009F: "&#x85;" in a title was kept, a line end
		 * to Unicode) */
		if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] <= 0xA0) {
			space = out->len > 0;
			i++;
			continue;
		}
		/* and so do U+2028 and U+2029, Unicode's line and paragraph
		 * separators (kept: a title of two lines to Python's splitlines,
		 * JavaScript before ES2019 and the CSV and iCalendar readers) */
		if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
			space = out->len > 0;
			i += 2;
			continue;
		}
		if (space)
			g_string_append_c(out, ' ');
		space = FALSE;
		g_string_append_c(out, (char)c);
	}
	return g_string_free(out, FALSE);
}

static gboolean
blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return FALSE;
	return TRUE;
}

/* Anything but white space? */
static gboolean
has_text(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!g_ascii_isspace(s[i]))
			return TRUE;
	return FALSE;
}

/* The line at off: [off, *end) without its '\n'; returns the next line's offset. */
static size_t
line_at(const char *text, size_t len, size_t off, size_t *end)
{
	const char *nl = memchr(text + off, '\n', len - off);
	*end = nl ? (size_t)(nl - text) : len;
	return nl ? *end + 1 : len;
}

/* Does the line read as a headline on its own? */
static gboolean
headline_shape(const char *s, size_t n)
{
	if (n < 3 || n > 200)
		return FALSE;
	char last = s[n - 1];
	if (strchr(".,;:", last) && !(n >= 3 && memcmp(s + n - 3, "...", 3) == 0))
		return FALSE;
	gunichar first = g_utf8_get_char(s);
	if (g_unichar_islower(first) || strchr("-*#>|", s[0]))
		return FALSE;
	int words = 1, letters = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ' ' && i + 1 < n && s[i + 1] != ' ')
			words++;
		letters += g_ascii_isalpha(s[i]) || (unsigned char)s[i] >= 0x80;
	}
	return words <= 30 && letters >= 2;
}

char *
tl_text_headline(const char *text, size_t len, size_t *line_end)
{
	size_t off = 0, end, next;
	/* the first non-blank line */
	for (;;) {
		if (off >= len)
			return NULL;
		next = line_at(text, len, off, &end);
		if (!blank(text + off, end - off))
			break;
		off = next;
	}
	size_t s = off, e = end;
	while (s < e && (text[s] == ' ' || text[s] == '\t'))
		s++;
	for (;;) {
		if (e > s && (text[e - 1] == ' ' || text[e - 1] == '\t'))
			e--;
		else if (e > s + 1 && (unsigned char)text[e - 2] == 0xC2 &&
		         (unsigned char)text[e - 1] == 0xA0)
			e -= 2;
		else
			break;
	}
	if (end >= len || !headline_shape(text + s, e - s))
		return NULL;
	TlDateline d;
	if (tl_dateline_at(text + s, e - s, &d))
		return NULL;
	/* more text must follow, and not as the rest of this line's sentence */
	size_t after = next, aend;
	gboolean blank_between = FALSE;
	for (;;) {
		if (after >= len)
			return NULL;
		size_t n2 = line_at(text, len, after, &aend);
		if (!blank(text + after, aend - after))
			break;
		blank_between = TRUE;
		after = n2;
	}
	const char *p = text + after;
	while (*p == ' ' || *p == '\t')
		p++;
	if (!blank_between && g_unichar_islower(g_utf8_get_char(p)))
		return NULL;
	if (line_end)
		*line_end = next;
	return tl_text_fold(text + s, e - s);
}

TlDoc *
tl_text_read(const char *buf, size_t len, const TlNormOpts *opts, GError **error)
{
	g_autoptr(TlDoc) doc = tl_doc_new();
	size_t bad = 0;
	doc->text = tl_text_clean(buf, len, opts, &doc->text_len, &bad, error);
	if (!doc->text)
		return NULL;
	if (bad)
		tl_warn(doc->warnings, "%zu invalid UTF-8 sequence%s replaced with U+FFFD", bad,
		        bad == 1 ? "" : "s");
	if (!has_text(doc->text, doc->text_len))
		tl_warn(doc->warnings, "no text: an empty record");
	size_t body = 0;
	doc->title = tl_text_headline(doc->text, doc->text_len, &body);
	TlDateline d;
	gboolean found = FALSE;
	if (!tl_dateline_find(doc->text, doc->text_len, body, &d, &found, error))
		return NULL;
	if (found && d.year) {
		doc->dct = tl_dateline_dct(&d);
		doc->dct_source = "dateline";
	} else if (found && !opts->dct_given)
		tl_warn(doc->warnings, "the dateline \"%.*s\" gives no year: dct left null (use --dct)",
		        (int)(d.end - d.start), doc->text + d.start);
	return g_steal_pointer(&doc);
}
