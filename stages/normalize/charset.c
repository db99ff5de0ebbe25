/*
 * An HTML page in the character set it declares, decoded to UTF-8 before
 * libxml2 reads it.  libxml2 stopped at the first byte its converter refused
 * (a windows-1252 page holding 0x81, a Shift_JIS page with one bad pair): the
 * rest of the page was lost, exit 0, and libxml2 wrote "encoding error"
 * lines of its own to standard error.  Here a bad byte is an error naming it,
 * as invalid UTF-8 is, and --lossy puts U+FFFD in its place.  The names are
 * read as browsers read them (the WHATWG Encoding Standard): "iso-8859-1" and
 * "us-ascii" mean windows-1252, "gbk" GB18030, "shift_jis" Windows-31J.
 */
#include <errno.h>
#include <string.h>
#include "htmlpriv.h"

/* WHATWG's names for a superset that iconv knows by another name. */
static const struct {
	const char *label, *iconv;
} supersets[] = {
	{"iso-8859-1", "WINDOWS-1252"},
	{"iso8859-1", "WINDOWS-1252"},
	{"iso88591", "WINDOWS-1252"},
	{"iso_8859-1", "WINDOWS-1252"},
	{"latin1", "WINDOWS-1252"},
	{"l1", "WINDOWS-1252"},
	{"us-ascii", "WINDOWS-1252"},
	{"ascii", "WINDOWS-1252"},
	{"cp819", "WINDOWS-1252"},
	{"ibm819", "WINDOWS-1252"},
	{"csisolatin1", "WINDOWS-1252"},
	{"x-cp1252", "WINDOWS-1252"},
	{"ansi_x3.4-1968", "WINDOWS-1252"},
	{"iso-ir-100", "WINDOWS-1252"},
	{"iso-8859-9", "WINDOWS-1254"},
	{"latin5", "WINDOWS-1254"},
	{"iso-8859-11", "WINDOWS-874"},
	{"tis-620", "WINDOWS-874"},
	{"gb2312", "GB18030"},
	{"gbk", "GB18030"},
	{"x-gbk", "GB18030"},
	{"shift_jis", "CP932"},
	{"sjis", "CP932"},
	{"x-sjis", "CP932"},
	{"ms_kanji", "CP932"},
	{"euc-kr", "CP949"},
	{"ks_c_5601-1987", "CP949"},
	{"iso-8859-8-i", "ISO-8859-8"},
	{"csiso88598i", "ISO-8859-8"},
};

/* The five bytes windows-1252 leaves undefined, which browsers (and so the
 * pages' authors) read as the C1 controls of the same number. */
static gboolean
c1_byte(const char *cs, unsigned char c)
{
	return g_ascii_strcasecmp(cs, "WINDOWS-1252") == 0 &&
	       (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D);
}

/* An iconv descriptor to UTF-8 for the declared label, or (GIConv)-1. */
static GIConv
open_label(const char *label, const char **cs)
{
	*cs = label;
	for (size_t i = 0; i < G_N_ELEMENTS(supersets); i++)
		if (g_ascii_strcasecmp(label, supersets[i].label) == 0)
			*cs = supersets[i].iconv;
	return g_iconv_open("UTF-8", *cs);
}

/* Does the ASCII of a declaration read as itself in cs?  A page that says
 * "charset=ibm037" (EBCDIC) or "utf-7" in ASCII is not in it (as UTF-16 is
 * not, html.c's other_charset). */
static gboolean
ascii_compatible(GIConv cd)
{
	static const char probe[] = "<meta charset=\"x\" content='a+b-~{1}'> &#38;!?;:/\n";
	char out[sizeof probe * 4];
	gchar *in = (gchar *)probe, *o = out;
	gsize inleft = sizeof probe - 1, oleft = sizeof out;
	gsize r = g_iconv(cd, &in, &inleft, &o, &oleft);
	if (r != (gsize)-1)
		r = g_iconv(cd, NULL, NULL, &o, &oleft);
	g_iconv(cd, NULL, NULL, NULL, NULL);
	return r != (gsize)-1 && inleft == 0 && (size_t)(o - out) == sizeof probe - 1 &&
	       memcmp(out, probe, sizeof probe - 1) == 0;
}

char *
tl_html_decode(const char *label, const char *buf, size_t len, const TlNormOpts *opts,
	       size_t *out_len, size_t *n_replaced, GError **error)
{
	const char *cs;
	GIConv cd = open_label(label, &cs);
	if (cd == (GIConv)-1)
		return NULL;
	if (!ascii_compatible(cd)) {
		g_iconv_close(cd);
		return NULL;
	}
	const char *nul = memchr(buf, '\0', len);
	if (nul && !(opts && opts->lossy)) {
		g_iconv_close(cd);
		g_set_error(error, TL_ERROR, TL_ERROR_UTF8, "NUL byte at byte %zu (a binary file?)",
			    (size_t)(nul - buf));
		return NULL;
	}
	GString *out = g_string_sized_new(len + len / 2 + 16);
	size_t bad = 0;
	gchar *in = (gchar *)buf;
	gsize inleft = len;
	char chunk[4096];
	while (inleft > 0) {
		gchar *o = chunk;
		gsize oleft = sizeof chunk;
		gsize r = g_iconv(cd, &in, &inleft, &o, &oleft);
		int err = errno;
		g_string_append_len(out, chunk, o - chunk);
		if (r != (gsize)-1 || err == E2BIG)
			continue;
		/* EILSEQ, or EINVAL: a sequence cut by the end of the page */
		unsigned char c = (unsigned char)*in;
		if (c1_byte(cs, c)) {
			g_string_append_c(out, (char)0xC2);
			g_string_append_c(out, (char)c);
		} else if (!(opts && opts->lossy)) {
			g_iconv_close(cd);
			g_string_free(out, TRUE);
			g_set_error(error, TL_ERROR, TL_ERROR_UTF8,
				    "invalid %s at byte %zu (the page's declared character set)",
				    label, (size_t)(in - buf));
			return NULL;
		} else {
			g_string_append(out, "\xEF\xBF\xBD");
			bad++;
		}
		in++;
		inleft--;
		g_iconv(cd, NULL, NULL, NULL, NULL);
	}
	/* the end of a shift state (ISO-2022-JP) */
	gchar *o = chunk;
	gsize oleft = sizeof chunk;
	g_iconv(cd, NULL, NULL, &o, &oleft);
	g_string_append_len(out, chunk, o - chunk);
	g_iconv_close(cd);
	*out_len = out->len;
	*n_replaced = bad;
	return g_string_free(out, FALSE);
}
