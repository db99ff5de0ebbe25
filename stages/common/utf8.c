/*
 * UTF-8 validation and repair, with an ASCII fast path: news text is mostly
 * ASCII, so eight bytes are checked at a time until a high bit shows.
 */
#include <string.h>
#include "tl/utf8.h"

size_t
tl_utf8_seq_len(const unsigned char *s, const unsigned char *end)
{
	unsigned c = s[0];
	if (c >= 0x01 && c < 0x80)
		return 1;
	size_t n;
	unsigned lo = 0x80, hi = 0xBF;
	if (c >= 0xC2 && c <= 0xDF)
		n = 2;
	else if (c >= 0xE0 && c <= 0xEF) {
		n = 3;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else
		return 0;
	if ((size_t)(end - s) < n)
		return 0;
	if (s[1] < lo || s[1] > hi)
		return 0;
	for (size_t i = 2; i < n; i++)
		if ((s[i] & 0xC0) != 0x80)
			return 0;
	return n;
}

static gboolean
word_is_ascii_nonul(const unsigned char *p)
{
	guint64 w;
	memcpy(&w, p, 8);
	/* High bit clear in every byte, and no zero byte. */
	return (w & 0x8080808080808080ULL) == 0 &&
	       ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL) == 0;
}

const char *
tl_utf_bom_name(const char *buf, size_t len)
{
	/* UTF-32LE first: its mark starts with UTF-16LE's */
	if (len >= 4 && memcmp(buf, "\xFF\xFE\0\0", 4) == 0)
		return "UTF-32";
	if (len >= 4 && memcmp(buf, "\0\0\xFE\xFF", 4) == 0)
		return "UTF-32";
	if (len >= 2 && memcmp(buf, "\xFF\xFE", 2) == 0)
		return "UTF-16";
	if (len >= 2 && memcmp(buf, "\xFE\xFF", 2) == 0)
		return "UTF-16";
	return NULL;
}

const char *
tl_compressed_name(const char *buf, size_t len)
{
	static const struct {
		const char *magic;
		size_t n;
		const char *name;
	} formats[] = {
	    {"\x1F\x8B", 2, "gzip"},
	    {"\xFD" "7zXZ\0", 6, "xz"},
	    {"\x28\xB5\x2F\xFD", 4, "zstd"},
	    {"PK\x03\x04", 4, "zip"},
	};
	for (size_t i = 0; i < G_N_ELEMENTS(formats); i++)
		if (len >= formats[i].n && memcmp(buf, formats[i].magic, formats[i].n) == 0)
			return formats[i].name;
	/* "BZh", the block size, then a block's magic (or the end's): text may
	 * start "BZh" */
	if (len >= 10 && memcmp(buf, "BZh", 3) == 0 && buf[3] >= '1' && buf[3] <= '9' &&
	    (memcmp(buf + 4, "1AY&SY", 6) == 0 || memcmp(buf + 4, "\x17rE8P\x90", 6) == 0))
		return "bzip2";
	return NULL;
}

gboolean
tl_utf8_validate(const char *buf, size_t len, size_t *bad_offset)
{
	const unsigned char *s = (const unsigned char *)buf, *end = s + len;
	while (s < end) {
		while (end - s >= 8 && word_is_ascii_nonul(s))
			s += 8;
		if (s >= end)
			break;
		size_t n = tl_utf8_seq_len(s, end);
		if (n == 0) {
			if (bad_offset)
				*bad_offset = (size_t)(s - (const unsigned char *)buf);
			return FALSE;
		}
		s += n;
	}
	return TRUE;
}

char *
tl_utf8_clean(const char *buf, size_t len, size_t *out_len, size_t *n_replaced)
{
	GString *out = g_string_sized_new(len + 1);
	const unsigned char *s = (const unsigned char *)buf, *end = s + len;
	size_t bad = 0;
	while (s < end) {
		unsigned c = *s;
		if (c == '\r') {
			g_string_append_c(out, '\n');
			s += (s + 1 < end && s[1] == '\n') ? 2 : 1;
			continue;
		}
		if (c < 0x20 || c == 0x7F) {
			if (c == '\t' || c == '\n')
				g_string_append_c(out, (char)c);
			s++;
			continue;
		}
		size_t n = tl_utf8_seq_len(s, end);
		if (n == 0) {
			g_string_append(out, "\xEF\xBF\xBD");
			bad++;
			s++;
			continue;
		}
		/* C1 controls (U+0080..U+009F) are dropped as well. */
		if (!(n == 2 && s[0] == 0xC2 && s[1] < 0xA0))
			g_string_append_len(out, (const char *)s, (gssize)n);
		s += n;
	}
	if (out_len)
		*out_len = out->len;
	if (n_replaced)
		*n_replaced = bad;
	return g_string_free(out, FALSE);
}

size_t
tl_utf8_cp_offset(const char *buf, size_t byte_off)
{
	size_t n = 0;
	for (size_t i = 0; i < byte_off; i++)
		n += ((unsigned char)buf[i] & 0xC0) != 0x80;
	return n;
}

guint32 *
tl_utf8_cp_table(const char *buf, size_t len)
{
	guint32 *t = g_new(guint32, len + 1);
	guint32 cp = 0;
	for (size_t i = 0; i < len; i++) {
		t[i] = cp;
		cp += ((unsigned char)buf[i] & 0xC0) != 0x80;
	}
	t[len] = cp;
	return t;
}

size_t
tl_utf8_plain_apostrophes(const char *s, size_t n, char *out)
{
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		if (i + 2 < n && (guint8)s[i] == 0xe2 && (guint8)s[i + 1] == 0x80 && (guint8)s[i + 2] == 0x99) {
			out[m++] = '\'';
			i += 2;
		} else
			out[m++] = s[i];
	}
	return m;
}

gboolean
tl_utf8_is_alnum_at(const char *s, const char *end)
{
	unsigned char c = (unsigned char)*s;
	if (c < 0x80)
		return g_ascii_isalnum(c);
	gunichar u = g_utf8_get_char_validated(s, end - s);
	return u != (gunichar)-1 && u != (gunichar)-2 && g_unichar_isalnum(u);
}

static gboolean
hex4(const char *p, const char *end, unsigned *u)
{
	if (end - p < 4)
		return FALSE;
	for (int i = 0; i < 4; i++)
		if (!g_ascii_isxdigit(p[i]))
			return FALSE;
	*u = (unsigned)(g_ascii_xdigit_value(p[0]) << 12 | g_ascii_xdigit_value(p[1]) << 8 |
	                g_ascii_xdigit_value(p[2]) << 4 | g_ascii_xdigit_value(p[3]));
	return TRUE;
}

char *
tl_utf8_lossy_json(const char *line, size_t len, size_t *out_len, size_t *n)
{
	size_t bad = 0, clen = 0;
	g_autofree char *clean = tl_utf8_clean(line, len, &clen, &bad);
	GString *out = g_string_sized_new(clen);
	const char *p = clean, *end = clean + clen;
	while (p < end) {
		unsigned u, lo;
		if (p[0] != '\\' || p + 1 >= end) {
			g_string_append_c(out, *p++);
		} else if (p[1] != 'u' || !hex4(p + 2, end, &u)) {
			g_string_append_len(out, p, 2);
			p += 2;
		} else if (u >= 0xD800 && u <= 0xDBFF && end - p >= 12 && p[6] == '\\' && p[7] == 'u' &&
		           hex4(p + 8, end, &lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
			g_string_append_len(out, p, 12); /* a pair */
			p += 12;
		} else if (u >= 0xD800 && u <= 0xDFFF) {
			g_string_append(out, "\\ufffd");
			bad++;
			p += 6;
		} else {
			g_string_append_len(out, p, 6);
			p += 6;
		}
	}
	*n = bad;
	*out_len = out->len;
	return g_string_free(out, FALSE);
}
