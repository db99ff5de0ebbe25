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

static xmlDoc *
parse(const char *buf, size_t len, gboolean recover)
{
	int flags = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
	if (recover)
		flags |= XML_PARSE_RECOVER;
	return xmlReadMemory(buf, (int)len, NULL, NULL, flags);
}

TlDoc *
tl_timeml_read(const char *buf, size_t len, const TlNormOpts *opts, GError **error)
{
	g_autoptr(TlDoc) doc = tl_doc_new();
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
	g_autoptr(xmlDoc) xml = parse(clean, clen, FALSE);
	if (!xml) {
		const xmlError *e = xmlGetLastError();
		tl_warn(doc->warnings, "not well-formed XML (line %d: %s): recovered what could be",
		        e ? e->line : 0, e && e->message ? g_strchomp(e->message) : "?");
		xml = parse(clean, clen, TRUE);
	}
	xmlNode *root = xml ? xmlDocGetRootElement(xml) : NULL;
	xmlNode *text_el = NULL, *title_el = NULL;
	for (xmlNode *n = root; n; n = tl_html_next(n, root, TRUE)) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (!text_el && strcmp((const char *)n->name, "TEXT") == 0)
			text_el = n;
		else if (!title_el && strcmp((const char *)n->name, "TITLE") == 0)
			title_el = n;
		else if (!doc->dct && strcmp((const char *)n->name, "TIMEX3") == 0) {
			g_autofree char *fn = tl_html_attr(n, "functionInDocument");
			g_autofree char *v = tl_html_attr(n, "value");
			if (fn && v && strcmp(fn, "CREATION_TIME") == 0) {
				doc->dct = creation_date(v);
				if (!doc->dct)
					tl_warn(doc->warnings, "CREATION_TIME \"%s\" is not a date", v);
			}
		}
	}
	if (!text_el) {
		g_set_error(error, TL_ERROR, TL_ERROR_FORMAT, "no <TEXT> element (not TimeML?)");
		return NULL;
	}
	if (doc->dct)
		doc->dct_source = "meta";
	GString *t = g_string_new(NULL);
	text_content(xml, text_el, t);
	/* a CR written as &#13; is still a line end here */
	for (char *p = memchr(t->str, '\r', t->len); p; p = memchr(p, '\r', t->len - (p - t->str)))
		*p = '\n';
	doc->text_len = t->len;
	doc->text = g_string_free(t, FALSE);
	if (title_el)
		doc->title = tl_html_text(title_el);
	return g_steal_pointer(&doc);
}
