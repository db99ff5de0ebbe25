/*
 * libFuzzer target: tl-normalize's decoding of an HTML page from the
 * character set it declares (stages/normalize/charset.c).  The first byte
 * picks the declared name, the rest is the page.  Strictly, the page is
 * decoded to valid UTF-8 without a replacement, or refused with an error;
 * with --lossy it is always decoded (valid UTF-8 but for NUL bytes, which
 * tl_text_clean handles next), every bad byte counted.  A name that does not
 * read ASCII as ASCII (EBCDIC, UTF-7, HZ) or that iconv does not know gives
 * nothing and no error, whatever the page.
 */
#include <string.h>
#include "../stages/normalize/htmlpriv.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static const char *const labels[] = {
	"shift_jis",   "euc-jp",   "iso-2022-jp", "gbk",        "gb2312",     "big5",
	"euc-kr",      "iso-8859-1", "windows-1252", "koi8-r",  "iso-2022-kr", "tis-620",
	"iso-8859-8-i", "utf-7",   "ibm037",      "hz-gb-2312", "x-user-defined",
};

/* Valid UTF-8, NUL bytes allowed. */
static gboolean
utf8_with_nul(const char *s, size_t n)
{
	const char *end = s + n, *p = s;
	while (p < end) {
		const char *nul = memchr(p, '\0', (size_t)(end - p));
		size_t run = nul ? (size_t)(nul - p) : (size_t)(end - p);
		if (!g_utf8_validate(p, (gssize)run, NULL))
			return FALSE;
		p += run + (nul ? 1 : 0);
	}
	return TRUE;
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	if (size < 1)
		return 0;
	const char *label = labels[data[0] % G_N_ELEMENTS(labels)];
	const char *page = (const char *)data + 1;
	size_t len = size - 1;
	gboolean strict_ok = FALSE, known = FALSE;
	for (int lossy = 0; lossy <= 1; lossy++) {
		TlNormOpts opts = {.lossy = lossy};
		GError *err = NULL;
		size_t n = 0, bad = 0;
		char *out = tl_html_decode(label, page, len, &opts, &n, &bad, &err);
		if (!out && !err) {
			/* not used: the same for both settings */
			g_assert(!known);
			continue;
		}
		known = TRUE;
		if (!lossy) {
			g_assert((out == NULL) == (err != NULL));
			if (out) {
				strict_ok = TRUE;
				g_assert(bad == 0);
				g_assert(g_utf8_validate(out, (gssize)n, NULL));
			}
		} else {
			g_assert_no_error(err);
			g_assert(out != NULL);
			g_assert(utf8_with_nul(out, n));
			if (strict_ok)
				g_assert(bad == 0);
		}
		g_clear_error(&err);
		g_free(out);
	}
	return 0;
}
