/*
 * TimeML (.tml): the text is exactly the text content of <TEXT>, tags
 * removed and entities decoded by the XML parser (which also turns CRLF into
 * LF), because TempEval offsets are counted in that string; the DCT is the
 * date of the CREATION_TIME TIMEX3, the title the <TITLE> element if any.
 */
#include <string.h>
#include <libxml/parser.h>
#include "htmlpriv.h"

/* The date part of a CREATION_TIME value, as TempEval's tools cut it. */
static char *
creation_date(const char *v)
{
	while (g_ascii_isspace(*v))
		v++;
	for (int i = 0; i < 8; i++)
		if (!g_ascii_isdigit(v[i]) && !(v[i] == '-' && (i == 4 || i == 7)))
			goto compact;
	if (v[4] == '-' && v[7] == '-' && g_ascii_isdigit(v[8]) && g_ascii_isdigit(v[9]))
		return g_strndup(v, 10);
compact:
	for (int i = 0; i < 8; i++)
		if (!g_ascii_isdigit(v[i]))
			return NULL;
	return g_strdup_printf("%.4s-%.2s-%.2s", v, v + 4, v + 6);
}

/* Append the text content of el (text, CDATA, internal entities) to out. */
static void
text_content(xmlDoc *doc, xmlNode *el, GString *out)
{
	for (xmlNode *n = el->children; n; n = tl_html_next(n, el, n->type == XML_ELEMENT_NODE)) {
		if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
			g_string_append(out, (const char *)n->content);
		else if (n->type == XML_ENTITY_REF_NODE) {
			xmlEntity *e = xmlGetDocEntity(doc, n->name);
			if (e && e->etype == XML_INTERNAL_GENERAL_ENTITY && e->content)
				g_string_append(out, (const char *)e->content);
		}
	}
}

/* The text is UTF-8 by now (converted from a declared encoding, or
 * checked): libxml2 is told so, or it decoded it again by the declaration
 * ("<?xml ... encoding="ISO-8859-1"?>" after a UTF-8 byte order mark made
 * "Café" "CafÃ©") */
static xmlDoc *
parse(const char *buf, size_t len)
{
	return xmlReadMemory(buf, (int)len, NULL, "UTF-8",
	                     XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
	                             XML_PARSE_NOCDATA);
}

/* ---- comments that XML forbids, found before libxml2 sees them -------------
 * XML forbids "--" inside a comment.  libxml2 reports each one with a copy of
 * the comment so far: quadratic (one comment of 100,000 "x--", or 100,000
 * "<!--" never closed, took 9 to 30 s), and the document is not well-formed
 * anyway.  So a comment holding "--", or never closed, sends the document
 * to the lenient reading at once.  Only markup where "<!--" opens no comment
 * is passed over: CDATA sections, processing instructions, and the quoted
 * literals of a document type declaration (an entity's value); a '<' in an
 * attribute's value is not well-formed either. */

/* Past the first `what` from p, or NULL when there is none. */
static const char *
past(const char *p, const char *end, const char *what)
{
	const char *f = g_strstr_len(p, end - p, what);
	return f ? f + strlen(what) : NULL;
}

/* The comment at p ("<!--"): NULL when it holds "--" or does not close
 * (*bad at the "--", or at p), else past its "-->". */
static const char *
past_comment(const char *p, const char *end, const char **bad)
{
	const char *c = p + 4, *close = g_strstr_len(c, end - c, "-->");
	const char *h = g_strstr_len(c, (close ? close : end) - c, "--");
	if (h || !close) {
		*bad = h ? h : p;
		return NULL;
	}
	return close + 3;
}

/* The markup at p ('<') that may hold "<!--" as no comment, passed over
 * (NULL: it does not close); p itself when it is none of them. */
static const char *
past_other(const char *p, const char *end)
{
	size_t left = (size_t)(end - p);
	if (left >= 9 && memcmp(p, "<![CDATA[", 9) == 0)
		return past(p + 9, end, "]]>");
	if (left >= 2 && p[1] == '?')
		return past(p + 2, end, "?>");
	return p;
}

/* The document type declaration at p ("<!DOCTYPE"): past it, or NULL when
 * it does not close or a comment in it is bad (*bad set). */
static const char *
past_doctype(const char *p, const char *end, const char **bad)
{
	gboolean subset = FALSE;
	for (p += 9; p && p < end;) {
		if (*p == '"' || *p == '\'') {
			const char *q = memchr(p + 1, *p, (size_t)(end - p - 1));
			p = q ? q + 1 : NULL;
		} else if (*p == '<' && end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
			p = past_comment(p, end, bad);
		} else if (*p == '<' && past_other(p, end) != p) {
			p = past_other(p, end);
		} else if (*p == '[' || *p == ']') {
			subset = *p == '[';
			p++;
		} else if (*p == '>' && !subset) {
			return p + 1;
		} else {
			p++;
		}
	}
	return NULL;
}

/* The first "--" in a comment, or the start of a comment never closed
 * (NULL when there is none): where the document is not XML. */
static const char *
bad_comment(const char *s, size_t len)
{
	const char *end = s + len, *bad = NULL;
	for (const char *p = s; p && p < end && (p = memchr(p, '<', (size_t)(end - p)));) {
		if (end - p >= 4 && memcmp(p, "<!--", 4) == 0)
			p = past_comment(p, end, &bad);
		else if (end - p >= 9 && memcmp(p, "<!DOCTYPE", 9) == 0)
			p = past_doctype(p, end, &bad);
		else if (past_other(p, end) != p)
			p = past_other(p, end);
		else
			p++;
	}
	return bad;
}

/* ---- the lenient reading of a file that is not well-formed XML ------------
 * The same as tools/score_timeml.py's fallback, so that the text still equals
 * the one the scorer counts offsets in: tags, comments and declarations
 * dropped, CDATA kept, character and the common named entities decoded. */

/* legacy: decoded without its ';' too, as HTML (and Python's html.unescape) do */
static const struct {
	const char *name;
	const char *utf8;
	gboolean legacy;
} entities[] = {
	{"amp", "&", TRUE},
	{"lt", "<", TRUE},
	{"gt", ">", TRUE},
	{"quot", "\"", TRUE},
	{"apos", "'", FALSE},
	{"nbsp", "\xC2\xA0", TRUE},
	{"copy", "\xC2\xA9", TRUE},
	{"reg", "\xC2\xAE", TRUE},
	{"mdash", "\xE2\x80\x94", FALSE},
	{"ndash", "\xE2\x80\x93", FALSE},
	{"lsquo", "\xE2\x80\x98", FALSE},
	{"rsquo", "\xE2\x80\x99", FALSE},
	{"ldquo", "\xE2\x80\x9C", FALSE},
	{"rdquo", "\xE2\x80\x9D", FALSE},
	{"hellip", "\xE2\x80\xA6", FALSE},
};

/* Record text holds no control character but LF and TAB (docs/FORMAT.md):
 * one that XML lets through ("&#x85;", a raw U+0085) or the lenient reading
 * decodes ("&#1;") becomes spaces of its width, a CR a line end, so that
 * offsets into the text stay those of its bytes. */
static void
scrub_controls(char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\r')
			s[i] = '\n';
		else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F)
			s[i] = ' ';
		else if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
		         (unsigned char)s[i + 1] < 0xA0)
			s[i] = s[i + 1] = ' ', i++;
	}
}

/* Decode an entity at s (after '&'); its length in *used, or FALSE. */
static gboolean
entity(const char *s, const char *end, GString *out, size_t *used)
{
	const char *p = s;
	if (p < end && *p == '#') {
		gboolean hex = p + 1 < end && (p[1] == 'x' || p[1] == 'X');
		p += hex ? 2 : 1;
		gunichar u = 0;
		const char *d = p;
		while (p < end && (hex ? g_ascii_isxdigit(*p) : g_ascii_isdigit(*p)) && p - d < 8)
			u = u * (hex ? 16 : 10) + (gunichar)(hex ? g_ascii_xdigit_value(*p) : *p - '0'), p++;
		if (p == d)
			return FALSE;
		if (p < end && *p == ';')
			p++;
		if (u == 0 || u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF))
			u = 0xFFFD;
		g_string_append_unichar(out, u);
		*used = (size_t)(p - s);
		return TRUE;
	}
	for (size_t i = 0; i < G_N_ELEMENTS(entities); i++) {
		size_t n = strlen(entities[i].name);
		if ((size_t)(end - s) >= n && memcmp(s, entities[i].name, n) == 0) {
			gboolean semi = s + n < end && s[n] == ';';
			if (!semi && !entities[i].legacy)
				continue;
			g_string_append(out, entities[i].utf8);
			*used = n + semi;
			return TRUE;
		}
	}
	return FALSE;
}

/* Append text s[0..n) with its entities decoded. */
static void
unescape(const char *s, size_t n, GString *out)
{
	const char *end = s + n;
	while (s < end) {
		const char *amp = memchr(s, '&', (size_t)(end - s));
		if (!amp) {
			g_string_append_len(out, s, end - s);
			return;
		}
		g_string_append_len(out, s, amp - s);
		size_t used = 0;
		if (entity(amp + 1, end, out, &used))
			s = amp + 1 + used;
		else {
			g_string_append_c(out, '&');
			s = amp + 1;
		}
	}
}

/*
 * Where each kind of markup's end was looked for in vain, from that byte on
 * (NULL: not yet): a search from a later byte finds nothing either.  Every
 * '<' searched to the end again: 100,000 "<!--" never closed took 30 s.
 */
typedef struct {
	const char *no_comment, *no_cdata, *no_pi, *no_gt;
} Unclosed;

/* The end of the first `what` in [from, end), past it, or NULL; *none
 * remembers a search that failed. */
static const char *
find_end(const char *from, const char *end, const char *what, const char **none)
{
	if (*none && from >= *none)
		return NULL;
	const char *f = g_strstr_len(from, end - from, what);
	if (!f) {
		*none = from;
		return NULL;
	}
	return f + strlen(what);
}

/* Where the markup starting at p ('<') ends, or NULL when it does not. */
static const char *
markup_end(const char *p, const char *end, gboolean *cdata, Unclosed *u)
{
	const char *close = NULL;
	*cdata = FALSE;
	if (end - p >= 4 && memcmp(p, "<!--", 4) == 0)
		close = find_end(p + 4, end, "-->", &u->no_comment);
	else if (end - p >= 9 && memcmp(p, "<![CDATA[", 9) == 0) {
		close = find_end(p + 9, end, "]]>", &u->no_cdata);
		*cdata = close != NULL;
	} else if (end - p >= 2 && p[1] == '?')
		close = find_end(p + 2, end, "?>", &u->no_pi);
	if (!close)
		close = find_end(p + 1, end, ">", &u->no_gt);
	return close;
}

static char *
lenient_dct(const char *s, size_t n)
{
	const char *end = s + n;
	for (const char *p = s; (p = g_strstr_len(p, end - p, "<TIMEX3")) != NULL; p += 7) {
		const char *gt = memchr(p, '>', (size_t)(end - p));
		if (!gt)
			break;
		g_autofree char *tag = g_strndup(p, gt - p);
		const char *v = strstr(tag, "value=\"");
		if (!strstr(tag, "functionInDocument=\"CREATION_TIME\"") || !v)
			continue;
		v += 7;
		const char *q = strchr(v, '"');
		g_autofree char *value = q ? g_strndup(v, q - v) : NULL;
		return value ? creation_date(value) : NULL;
	}
	return NULL;
}

/* FALSE when there is no <TEXT>; a <TEXT> never closed (a file cut short)
 * is read to the end, with a warning, as a cut HTML page is. */
static gboolean
lenient(TlDoc *doc, const char *raw, size_t len)
{
	const char *end = raw + len, *open = raw, *body = NULL;
	while ((open = g_strstr_len(open, end - open, "<TEXT")) != NULL) {
		const char *gt = memchr(open, '>', (size_t)(end - open));
		if (!gt) /* nor after any later "<TEXT" (it was searched again each time) */
			break;
		if (open[5] == '>' || g_ascii_isspace(open[5])) {
			body = gt + 1;
			break;
		}
		open += 5;
	}
	const char *close = g_strrstr_len(raw, (gssize)len, "</TEXT>");
	if (!body)
		return FALSE;
	if (!close || close < body) {
		tl_warn(doc->warnings, "<TEXT> is not closed (the file cut short?): read to its end");
		close = end;
	}
	GString *outside = g_string_new_len(raw, open - raw);
	g_string_append_len(outside, close, end - close);
	doc->dct = lenient_dct(outside->str, outside->len);
	g_string_free(outside, TRUE);
	GString *t = g_string_new(NULL);
	Unclosed u = {NULL, NULL, NULL, NULL};
	for (const char *p = body; p < close;) {
		if (*p != '<') {
			const char *lt = memchr(p, '<', (size_t)(close - p));
			const char *stop = lt ? lt : close;
			unescape(p, (size_t)(stop - p), t);
			p = stop;
			continue;
		}
		gboolean cdata;
		const char *e = markup_end(p, close, &cdata, &u);
		if (!e) { /* a '<' that opens nothing is dropped, as the scorer's reader does */
			p++;
			continue;
		}
		if (cdata)
			g_string_append_len(t, p + 9, e - 3 - (p + 9));
		p = e;
	}
	doc->text_len = t->len;
	doc->text = g_string_free(t, FALSE);
	return TRUE;
}

/*
 * The encoding an XML declaration at the start of buf names, when it is not
 * UTF-8 or ASCII (a newly allocated name), or NULL.  A byte order mark
 * before it wins, as in HTML, and so does UTF-16 or UTF-32 (refused later).
 */
static char *
declared_encoding(const char *buf, size_t len)
{
	if (len < 6 || memcmp(buf, "<?xml", 5) != 0 || !g_ascii_isspace(buf[5]))
		return NULL;
	const char *end = g_strstr_len(buf, (gssize)MIN(len, 512), "?>");
	if (!end)
		return NULL;
	g_autofree char *decl = g_strndup(buf, (gsize)(end - buf));
	const char *e = strstr(decl, "encoding");
	if (!e)
		return NULL;
	e += 8;
	while (g_ascii_isspace(*e))
		e++;
	if (*e++ != '=')
		return NULL;
	while (g_ascii_isspace(*e))
		e++;
	char q = *e++;
	const char *close = q == '"' || q == '\'' ? strchr(e, q) : NULL;
	if (!close || close == e)
		return NULL;
	char *name = g_strndup(e, (gsize)(close - e));
	if (g_ascii_strcasecmp(name, "UTF-8") == 0 || g_ascii_strcasecmp(name, "UTF8") == 0 ||
	    g_ascii_strcasecmp(name, "US-ASCII") == 0 || g_ascii_strcasecmp(name, "ASCII") == 0 ||
	    g_ascii_strncasecmp(name, "UTF-16", 6) == 0 || g_ascii_strncasecmp(name, "UTF-32", 6) == 0 ||
	    g_ascii_strncasecmp(name, "UCS", 3) == 0) {
		g_free(name);
		return NULL;
	}
	return name;
}

TlDoc *
tl_timeml_read(const char *buf, size_t len, const TlNormOpts *opts, GError **error)
{
	g_autoptr(TlDoc) doc = tl_doc_new();
	/* XML in the encoding its declaration names ("ISO-8859-1", valid XML)
	 * was refused as "invalid UTF-8 at byte N" */
	g_autofree char *enc = declared_encoding(buf, len);
	g_autofree char *converted = NULL;
	if (enc) {
		gsize out_len = 0, read = 0;
		GIConv cd = g_iconv_open("UTF-8", enc);
		if (cd != (GIConv)-1) {
			converted = g_convert_with_iconv(buf, (gssize)len, cd, &read, &out_len, NULL);
			g_iconv_close(cd);
		}
		if (converted) {
			buf = converted;
			len = out_len;
		} else if (cd == (GIConv)-1)
			tl_warn(doc->warnings, "the XML declaration's encoding \"%s\" is unknown: read "
			                       "as UTF-8", enc);
		else if (!opts->lossy) {
			g_set_error(error, TL_ERROR, TL_ERROR_FORMAT,
			            "byte %zu is not %s, the encoding of the XML declaration (--lossy "
			            "reads it as UTF-8)", (size_t)read + 1, enc);
			return NULL;
		}
	}
	size_t bad = 0, clen;
	g_autofree char *clean = tl_text_clean(buf, len, opts, &clen, &bad, error);
	if (!clean)
		return NULL;
	if (bad)
		tl_warn(doc->warnings, "%zu invalid UTF-8 sequence%s replaced with U+FFFD", bad,
		        bad == 1 ? "" : "s");
	if (clen > G_MAXINT) {
		g_set_error(error, TL_ERROR, TL_ERROR_LIMIT, "TimeML document too large");
		return NULL;
	}
	g_autoptr(GString) capped = tl_markup_cap_attributes(clean, clen);
	if (capped) {
		g_free(clean);
		clen = capped->len;
		clean = g_string_free(g_steal_pointer(&capped), FALSE);
	}
	const char *hyphens = bad_comment(clean, clen);
	g_autoptr(xmlDoc) xml = hyphens ? NULL : parse(clean, clen);
	if (!xml) {
		const xmlError *e = hyphens ? NULL : xmlGetLastError();
		int line = e ? e->line : 0;
		if (hyphens) {
			line = 1;
			for (const char *p = clean; (p = memchr(p, '\n', (size_t)(hyphens - p))); p++)
				line++;
		}
		tl_warn(doc->warnings, "not well-formed XML (line %d): read leniently, as the "
		                       "TempEval scorer does", line);
		if (!lenient(doc, clean, clen)) {
			g_set_error(error, TL_ERROR, TL_ERROR_FORMAT, "no <TEXT> element (not TimeML?)");
			return NULL;
		}
		doc->dct_source = doc->dct ? "meta" : "none";
		scrub_controls(doc->text, doc->text_len);
		return g_steal_pointer(&doc);
	}
	xmlNode *root = xmlDocGetRootElement(xml);
	xmlNode *text_el = NULL, *title_el = NULL;
	guint more_texts = 0, bad_ct = 0; /* one warning a document (a line each: 40,000) */
	for (xmlNode *n = root; n; n = tl_html_next(n, root, TRUE)) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (strcmp((const char *)n->name, "TEXT") == 0) {
			if (text_el)
				more_texts++;
			else
				text_el = n;
		}
		else if (!title_el && strcmp((const char *)n->name, "TITLE") == 0)
			title_el = n;
		else if (!doc->dct && strcmp((const char *)n->name, "TIMEX3") == 0) {
			g_autofree char *fn = tl_html_attr(n, "functionInDocument");
			g_autofree char *v = tl_html_attr(n, "value");
			if (fn && v && strcmp(fn, "CREATION_TIME") == 0) {
				doc->dct = creation_date(v);
				if (!doc->dct && !bad_ct++)
					tl_warn(doc->warnings, "CREATION_TIME \"%s\" is not a date", v);
			}
		}
	}
	if (!text_el) {
		g_set_error(error, TL_ERROR, TL_ERROR_FORMAT, "no <TEXT> element (not TimeML?)");
		return NULL;
	}
	if (bad_ct > 1)
		tl_warn(doc->warnings, "%u more CREATION_TIME value%s", bad_ct - 1,
		        bad_ct == 2 ? " is not a date" : "s are not dates");
	/* the text of a second <TEXT> was lost without a word */
	if (more_texts)
		tl_warn(doc->warnings, "%u more <TEXT> element%s ignored (the first is the document's "
		        "text)", more_texts, more_texts == 1 ? "" : "s");
	if (doc->dct)
		doc->dct_source = "meta";
	GString *t = g_string_new(NULL);
	text_content(xml, text_el, t);
	/* a CR written as &#13; is still a line end here */
	scrub_controls(t->str, t->len);
	doc->text_len = t->len;
	doc->text = g_string_free(t, FALSE);
	if (title_el)
		doc->title = tl_html_text(title_el);
	return g_steal_pointer(&doc);
}
