/*
 * HTML pages: libxml2's forgiving HTML parser builds the tree (no network,
 * errors recovered), then the article body is chosen (<article>, else
 * <main> or role=main, else the element holding the most paragraph text) and
 * its text written out with paragraph breaks from block elements, white
 * space folded, and boilerplate (navigation, asides, share and related boxes,
 * scripts...) left out.  The vocabulary is data/boilerplate.ini.
 */
#include <string.h>
#include "htmlpriv.h"
#include "tl/utf8.h"

/* The page being read: the vocabulary and, once known, each element's weight. */
typedef struct {
	const TlBoiler *b;
	GHashTable *weight; /* element -> bytes of visible text (hard drops left out) */
	size_t total;       /* the whole page's */
} Page;

/* Has the element's class or id one of the boilerplate words? */
static gboolean
class_match(xmlNode *n, const TlBoiler *b)
{
	static const char *const attrs[] = {"class", "id"};
	gboolean hit = FALSE;
	for (int a = 0; a < 2 && !hit; a++) {
		xmlChar *v = xmlGetProp(n, (const xmlChar *)attrs[a]);
		if (!v)
			continue;
		char *s = g_ascii_strdown((const char *)v, -1);
		xmlFree(v);
		for (char *p = s; *p && !hit;) {
			while (*p && !g_ascii_isalnum(*p))
				p++;
			char *w = p;
			while (g_ascii_isalnum(*p))
				p++;
			char save = *p;
			*p = '\0';
			hit = *w && g_hash_table_contains(b->class_words, w);
			*p = save;
		}
		g_free(s);
	}
	return hit;
}

/* Is the element hidden, or in a boilerplate ARIA role? */
static gboolean
hidden_or_role(xmlNode *n, const TlBoiler *b)
{
	g_autofree char *role = tl_html_attr(n, "role");
	if (role) {
		g_autofree char *r = g_ascii_strdown(role, -1);
		if (g_hash_table_contains(b->roles, r))
			return TRUE;
	}
	if (xmlHasProp(n, (const xmlChar *)"hidden"))
		return TRUE;
	g_autofree char *aria = tl_html_attr(n, "aria-hidden");
	return aria && g_ascii_strcasecmp(aria, "true") == 0;
}

/*
 * Is element n left out of the text?  in_article: n is inside an <article>.
 * Elements, roles and hidden ones always are; a class or id word drops an
 * element only when it holds less than half the page's text, so a wrapper
 * such as <div class="page has-sidebar"> around the story is not lost.
 */
static gboolean
dropped(const Page *pg, xmlNode *n, gboolean in_article)
{
	if (n->type != XML_ELEMENT_NODE || !n->name)
		return FALSE;
	g_autofree char *name = g_ascii_strdown((const char *)n->name, -1);
	if (g_hash_table_contains(pg->b->drop, name))
		return TRUE;
	if (!in_article && g_hash_table_contains(pg->b->drop_outside, name))
		return TRUE;
	if (hidden_or_role(n, pg->b))
		return TRUE;
	if (!pg->weight || !class_match(n, pg->b))
		return FALSE;
	size_t w = GPOINTER_TO_SIZE(g_hash_table_lookup(pg->weight, n));
	return w * 2 < pg->total || pg->total == 0;
}

static gboolean
has_article_ancestor(const xmlNode *n)
{
	for (const xmlNode *p = n; p; p = p->parent)
		if (tl_html_is(p, "article"))
			return TRUE;
	return FALSE;
}

static gboolean
is_main(xmlNode *n)
{
	if (tl_html_is(n, "main"))
		return TRUE;
	g_autofree char *role = n->type == XML_ELEMENT_NODE ? tl_html_attr(n, "role") : NULL;
	return role && g_ascii_strcasecmp(role, "main") == 0;
}

/* Candidates for the article body, weighed in one walk over the page. */
typedef struct {
	xmlNode *article, *main_el, *para_parent, *body;
	size_t article_w, main_w, para_w;
	GHashTable *para_score; /* parent element -> bytes of its <p> children's text */
	GArray *stack;          /* bytes of visible text under each open element */
	int article_depth;
	GHashTable *store;      /* if not NULL, element -> weight, for every element */
} Weigh;

static void
weigh_leave(Weigh *g, xmlNode *n)
{
	size_t w = g_array_index(g->stack, size_t, g->stack->len - 1);
	g_array_set_size(g->stack, g->stack->len - 1);
	g_array_index(g->stack, size_t, g->stack->len - 1) += w;
	if (g->store)
		g_hash_table_insert(g->store, n, GSIZE_TO_POINTER(w));
	if (tl_html_is(n, "article")) {
		g->article_depth--;
		if (w > g->article_w) {
			g->article = n;
			g->article_w = w;
		}
	} else if (tl_html_is(n, "p") && n->parent) {
		size_t s = w + GPOINTER_TO_SIZE(g_hash_table_lookup(g->para_score, n->parent));
		g_hash_table_insert(g->para_score, n->parent, GSIZE_TO_POINTER(s));
		if (s > g->para_w) {
			g->para_parent = n->parent;
			g->para_w = s;
		}
	}
	if (!g->main_el && w > 0 && is_main(n)) {
		g->main_el = n;
		g->main_w = w;
	}
}

/* One iterative walk over the page, dropped parts skipped: linear in the page. */
static void
weigh(const Page *pg, xmlNode *root, Weigh *g)
{
	g->para_score = g_hash_table_new(NULL, NULL);
	g->stack = g_array_new(FALSE, TRUE, sizeof(size_t));
	g_array_set_size(g->stack, 1);
	xmlNode *n = root;
	while (n) {
		gboolean descend = FALSE;
		if (n->type == XML_ELEMENT_NODE && !dropped(pg, n, g->article_depth > 0)) {
			if (!g->body && tl_html_is(n, "body"))
				g->body = n;
			g->article_depth += tl_html_is(n, "article");
			g_array_set_size(g->stack, g->stack->len + 1);
			descend = n->children != NULL;
			if (!descend)
				weigh_leave(g, n);
		} else if (n->type == XML_TEXT_NODE && n->content) {
			size_t w = 0;
			for (const xmlChar *p = n->content; *p; p++)
				w += *p > ' ';
			g_array_index(g->stack, size_t, g->stack->len - 1) += w;
		}
		if (descend) {
			n = n->children;
			continue;
		}
		while (n && n != root && !n->next) {
			n = n->parent;
			weigh_leave(g, n);
		}
		n = n && n != root ? n->next : NULL;
	}
	g_hash_table_unref(g->para_score);
}

/*
 * Text after </html> (a footer pasted at the end, a page joined to another)
 * is put by libxml2 in a second <html> inside the first, beside <body>; the
 * paragraph weighing then took one of the two for the article and lost the
 * other ("<p>Met on Monday.</p></body></html><p>It voted on Friday to extend
 * the lanes.</p>" gave the second alone).  Browsers show it at the end of
 * the body: so is it read.
 */
static void
join_after_html(xmlNode *root)
{
	xmlNode *body = NULL;
	for (xmlNode *c = root->children; c && !body; c = c->next)
		if (c->type == XML_ELEMENT_NODE && tl_html_is(c, "body"))
			body = c;
	for (xmlNode *c = root->children, *next; c; c = next) {
		next = c->next;
		if (c->type != XML_ELEMENT_NODE || !tl_html_is(c, "html"))
			continue;
		/* (its own <body>, the second page's, is opened too) */
		for (xmlNode *k = c->children, *kn; k; k = kn) {
			kn = k->next;
			if (k->type == XML_ELEMENT_NODE && tl_html_is(k, "body") && k->children) {
				kn = k->children;
				xmlNode *last = kn;
				while (last->next)
					last = last->next;
				/* the body's children take its place, then it goes */
				for (xmlNode *b = kn; b; b = b->next)
					b->parent = c;
				last->next = k->next;
				if (k->next)
					k->next->prev = last;
				else
					c->last = last;
				kn->prev = k;
				k->next = kn;
				k->children = k->last = NULL;
				xmlUnlinkNode(k);
				xmlFreeNode(k);
				continue;
			}
			xmlUnlinkNode(k);
			if (!xmlAddChild(body ? body : root, k))
				xmlFreeNode(k);
		}
		xmlUnlinkNode(c);
		xmlFreeNode(c);
	}
}

/*
 * Weigh every element (first without the class/id words, to know what holds
 * the bulk of the page), then choose the element whose text is the article:
 * the <article> with the most text, else <main> (or role=main), else the
 * parent of the most paragraph text, else <body>.
 */
static xmlNode *
choose_body(Page *pg, xmlNode *root)
{
	Weigh first = {0};
	first.store = pg->weight = g_hash_table_new(NULL, NULL);
	GHashTable *store = pg->weight;
	pg->weight = NULL;
	weigh(pg, root, &first);
	pg->total = g_array_index(first.stack, size_t, 0);
	g_array_unref(first.stack);
	pg->weight = store;
	Weigh g = {0};
	weigh(pg, root, &g);
	g_array_unref(g.stack);
	if (g.article)
		return g.article;
	if (g.main_el)
		return g.main_el;
	if (g.para_parent)
		return g.para_parent;
	return g.body ? g.body : root;
}

/* Text output with folded white space and pending breaks. */
typedef struct {
	GString *out;
	int pending; /* 0 nothing, 1 space, 2 line break, 3 paragraph break */
	int pre;     /* inside <pre>: white space kept */
} Writer;

static void
want(Writer *w, int brk)
{
	if (brk > w->pending)
		w->pending = brk;
}

static void
put_pending(Writer *w)
{
	if (w->out->len > 0) {
		if (w->pending == 3)
			g_string_append(w->out, "\n\n");
		else if (w->pending == 2)
			g_string_append_c(w->out, '\n');
		else if (w->pending == 1)
			g_string_append_c(w->out, ' ');
	}
	w->pending = 0;
}

static void
put_text(Writer *w, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p;) {
		unsigned c = *p;
		if (c == '\r') {
			p++;
			if (w->pre && *p != '\n') {
				put_pending(w);
				g_string_append_c(w->out, '\n');
			}
			continue;
		}
		if (w->pre && (c == '\n' || c == '\t' || c == ' ')) {
			put_pending(w);
			g_string_append_c(w->out, (char)c);
			p++;
			continue;
		}
		if (c <= ' ' || c == 0x7F) {
			want(w, 1);
			p++;
			continue;
		}
		/* no-break space and C1 controls fold as white space */
		if (c == 0xC2 && (p[1] == 0xA0 || p[1] < 0xA0)) {
			want(w, 1);
			p += 2;
			continue;
		}
		put_pending(w);
		const unsigned char *run = p;
		while (*p > ' ' && *p != 0x7F && *p != 0xC2)
			p++;
		if (p == run) /* a lone 0xC2 lead byte of a printable character */
			p += 2;
		g_string_append_len(w->out, (const char *)run, p - run);
	}
}

static void
element_edge(Writer *w, xmlNode *n, const TlBoiler *b, gboolean entering)
{
	g_autofree char *name = g_ascii_strdown((const char *)n->name, -1);
	if (g_hash_table_contains(b->blocks, name))
		want(w, 3);
	else if (entering && g_hash_table_contains(b->lines, name))
		want(w, 2);
	else if (g_ascii_strcasecmp(name, "td") == 0 || g_ascii_strcasecmp(name, "th") == 0)
		want(w, 1);
	if (g_hash_table_contains(b->pre, name))
		w->pre += entering ? 1 : -1;
}

/* The text of the article under root. */
static char *
body_text(const Page *pg, xmlNode *root, size_t *len)
{
	const TlBoiler *b = pg->b;
	Writer w = {g_string_new(NULL), 0, 0};
	int article_depth = has_article_ancestor(root) ? 1 : 0;
	xmlNode *n = root->children;
	while (n) {
		gboolean descend = FALSE;
		if (n->type == XML_ELEMENT_NODE) {
			if (!dropped(pg, n, article_depth > 0)) {
				element_edge(&w, n, b, TRUE);
				article_depth += tl_html_is(n, "article");
				descend = n->children != NULL;
				if (!descend) {
					element_edge(&w, n, b, FALSE);
					article_depth -= tl_html_is(n, "article");
				}
			}
		} else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) &&
		           n->content)
			put_text(&w, (const char *)n->content);
		if (descend) {
			n = n->children;
			continue;
		}
		while (n != root && !n->next) {
			n = n->parent;
			if (n != root) {
				element_edge(&w, n, b, FALSE);
				article_depth -= tl_html_is(n, "article");
			}
		}
		n = n == root ? NULL : n->next;
	}
	*len = w.out->len;
	return g_string_free(w.out, FALSE);
}

/* The first <time datetime> of the article's header: before its second paragraph. */
static char *
header_time(xmlNode *body)
{
	int paras = 0;
	for (xmlNode *n = body; n; n = tl_html_next(n, body, TRUE)) {
		if (tl_html_is(n, "p") && ++paras > 1)
			return NULL;
		if (tl_html_is(n, "time")) {
			char *v = tl_html_attr(n, "datetime");
			if (v)
				return v;
		}
	}
	return NULL;
}

/* Title: og:title, JSON-LD headline, <title> without " | Site", first <h1>. */
static char *
pick_title(const TlHtmlMeta *m)
{
	if (m->og_title)
		return g_strdup(m->og_title);
	if (m->ld_headline)
		return g_strdup(m->ld_headline);
	if (m->title) {
		static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: "};
		for (size_t i = 0; m->site_name && i < G_N_ELEMENTS(seps); i++) {
			g_autofree char *tail = g_strconcat(seps[i], m->site_name, NULL);
			if (g_str_has_suffix(m->title, tail) && strlen(m->title) > strlen(tail))
				return g_strndup(m->title, strlen(m->title) - strlen(tail));
		}
		return g_strdup(m->title);
	}
	return m->h1 ? g_strdup(m->h1) : NULL;
}

static void
pick_dct(TlDoc *doc, const TlHtmlMeta *m, xmlNode *body)
{
	g_autofree char *t = header_time(body);
	const char *cands[] = {m->published, m->ld_date, m->itemprop, m->meta_date, t};
	for (size_t i = 0; i < G_N_ELEMENTS(cands); i++) {
		if (!cands[i])
			continue;
		doc->dct = tl_dct_parse(cands[i], FALSE);
		if (doc->dct) {
			doc->dct_source = "meta";
			return;
		}
		tl_warn(doc->warnings, "publication date \"%s\" is not an ISO 8601 date; ignored",
		        cands[i]);
	}
}

/*
 * The character set the page declares, other than UTF-8 (new string, or
 * NULL).  A page whose declaration could be read as ASCII is not in UTF-16
 * or UTF-32, whatever it says (Word saves pages as "charset=unicode"), so
 * those count as UTF-8, as browsers read them (WHATWG's encoding sniffing):
 * libxml2 decoded such a page as UTF-16 (a text of CJK characters) or gave
 * an empty text for UTF-32.
 */
static char *
other_charset(const char *buf, size_t len)
{
	static const char *const as_utf8[] = {"utf-8", "utf8",  "utf-16", "utf16", "utf-32",
	                                      "utf32", "ucs-2", "ucs2",   "ucs-4",  "ucs4",
	                                      "iso-10646-ucs", "unicode"};
	/* a UTF-8 byte order mark wins over a declaration, as in browsers */
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		return NULL;
	/* the declaration is a <meta> tag's, not "charset=latin1" in the text
	 * of a page about character sets, nor a <meta> commented out */
	g_autofree char *head = g_ascii_strdown(buf, MIN(len, 2048));
	const char *c = NULL, *m = head;
	while (!c && (m = strchr(m, '<'))) {
		if (g_str_has_prefix(m, "<!--")) {
			const char *e = strstr(m + 4, "-->");
			if (!e)
				break;
			m = e + 3;
			continue;
		}
		if (g_str_has_prefix(m, "<meta")) {
			const char *end = strchr(m, '>'), *cs = strstr(m, "charset");
			if (cs && (!end || cs < end))
				c = cs;
		}
		m++;
	}
	if (!c)
		return NULL;
	c += 7;
	while (*c == ' ' || *c == '=' || *c == '"' || *c == '\'')
		c++;
	for (size_t i = 0; i < G_N_ELEMENTS(as_utf8); i++)
		if (g_str_has_prefix(c, as_utf8[i]))
			return NULL;
	size_t n = strspn(c, "abcdefghijklmnopqrstuvwxyz0123456789._:-");
	return n ? g_strndup(c, n) : NULL;
}

/*
 * A page that declares a character set libxml2 does not know ("charset=\377")
 * is parsed as it comes, and its bytes can reach the text, the title or the
 * URL as they are: those are promised valid UTF-8, so bad sequences become
 * U+FFFD, with a warning.
 */
static void
repair_utf8(TlDoc *doc, char **field, size_t *field_len, const char *what)
{
	if (!*field)
		return;
	size_t len = field_len ? *field_len : strlen(*field);
	if (tl_utf8_validate(*field, len, NULL))
		return;
	size_t n = 0;
	char *fixed = tl_utf8_clean(*field, len, &len, &n);
	g_free(*field);
	*field = fixed;
	if (field_len)
		*field_len = len;
	tl_warn(doc->warnings, "%zu invalid UTF-8 sequence%s in the %s replaced with U+FFFD", n,
	        n == 1 ? "" : "s", what);
}

/*
 * libxml2 (2.9) is quadratic in the attributes of one tag: it compares each
 * with those before it (a repeated one is dropped) and appends it to the
 * element by walking the element's list.  One tag of 100,000 attributes (a
 * 1 MB page) took over a minute; its XML parser likewise (TimeML).  The
 * readers look at a handful of attributes, so a tag keeps its first
 * TL_HTML_MAX_ATTRS and the rest of it, up to its '>', is cut before libxml2
 * sees the page.  The scan reads
 * attributes as libxml2 does (a name, then = and a value, quoted or not) and
 * each byte once; a page without such a tag is not copied.
 */
#define TL_HTML_MAX_ATTRS 512

static gboolean
attr_end(char c)
{
	return g_ascii_isspace(c) || c == '>' || c == '=';
}

/* From a tag's name, past its attributes: where the next attribute after the
 * first TL_HTML_MAX_ATTRS starts (*cut, or NULL), and where the tag ends. */
static const char *
skip_tag(const char *p, const char *end, const char **cut)
{
	size_t n = 0;
	*cut = NULL;
	while (p < end && !g_ascii_isspace(*p) && *p != '>')
		p++;
	for (;;) {
		while (p < end && (g_ascii_isspace(*p) || *p == '/'))
			p++;
		if (p >= end || *p == '>')
			return p;
		if (++n == TL_HTML_MAX_ATTRS + 1)
			*cut = p;
		while (p < end && !attr_end(*p))
			p++;
		while (p < end && g_ascii_isspace(*p))
			p++;
		if (p >= end || *p != '=')
			continue;
		p++;
		while (p < end && g_ascii_isspace(*p))
			p++;
		if (p < end && (*p == '"' || *p == '\'')) {
			const char *q = memchr(p + 1, *p, end - p - 1);
			p = q ? q + 1 : end;
		} else
			while (p < end && !g_ascii_isspace(*p) && *p != '>')
				p++;
	}
}

GString *
tl_markup_cap_attributes(const char *buf, size_t len)
{
	GString *out = NULL;
	const char *p = buf, *end = buf + len, *copied = buf;
	while (p < end && (p = memchr(p, '<', end - p))) {
		p++;
		if (p >= end || !g_ascii_isalpha(*p))
			continue;
		const char *cut;
		p = skip_tag(p, end, &cut);
		if (!cut)
			continue;
		if (!out)
			out = g_string_sized_new(len);
		g_string_append_len(out, copied, cut - copied);
		copied = p;
	}
	if (out)
		g_string_append_len(out, copied, end - copied);
	return out;
}

TlDoc *
tl_html_read(const char *buf, size_t len, const TlNormOpts *opts, GError **error)
{
	const TlBoiler *b = tl_boiler_get(error);
	if (!b)
		return NULL;
	g_autoptr(TlDoc) doc = tl_doc_new();
	g_autofree char *clean = NULL;
	const char *enc = NULL;
	g_autofree char *charset = other_charset(buf, len);
	g_autofree char *decoded = NULL;
	if (charset) {
		size_t dlen = 0, bad = 0;
		GError *derr = NULL;
		decoded = tl_html_decode(charset, buf, len, opts, &dlen, &bad, &derr);
		if (derr) {
			g_propagate_error(error, derr);
			return NULL;
		}
		if (decoded) {
			if (bad)
				tl_warn(doc->warnings, "%zu byte%s invalid in %s replaced with U+FFFD", bad,
				        bad == 1 ? "" : "s", charset);
			buf = decoded;
			len = dlen;
		}
		/* a set iconv does not know, or that does not read ASCII as
		 * ASCII (EBCDIC, UTF-7): the page is read as UTF-8, not by
		 * libxml2's guess (which wrote lines of its own) */
		g_clear_pointer(&charset, g_free);
	}
	if (!charset) {
		size_t bad = 0, clen;
		clean = tl_text_clean(buf, len, opts, &clen, &bad, error);
		if (!clean)
			return NULL;
		if (bad)
			tl_warn(doc->warnings, "%zu invalid UTF-8 sequence%s replaced with U+FFFD", bad,
			        bad == 1 ? "" : "s");
		buf = clean;
		len = clen;
		enc = "UTF-8";
	}
	if (len > G_MAXINT) {
		g_set_error(error, TL_ERROR, TL_ERROR_LIMIT, "HTML page too large");
		return NULL;
	}
	g_autoptr(GString) capped = tl_markup_cap_attributes(buf, len);
	if (capped) {
		buf = capped->str;
		len = capped->len;
	}
	g_autoptr(xmlDoc) xml = len == 0 ? NULL :
	        htmlReadMemory(buf, (int)len, NULL, enc,
	                       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	                               HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE);
	xmlNode *root = xml ? xmlDocGetRootElement(xml) : NULL;
	if (!root) {
		doc->text = g_strdup("");
		tl_warn(doc->warnings, "no HTML content: empty text");
		return g_steal_pointer(&doc);
	}
	join_after_html(root);
	g_autoptr(TlHtmlMeta) m = tl_html_meta_collect(xml, b);
	Page pg = {b, NULL, 0};
	xmlNode *body = choose_body(&pg, root);
	/* the article's own <h1> beats a site logo's in the page header (an
	 * empty one holds only empty ones: not asked again) */
	TlHtmlSpan no_h1 = {0};
	for (xmlNode *n = body; n; n = tl_html_next(n, body, TRUE))
		if (!tl_html_span_in(&no_h1, n) && tl_html_is(n, "h1")) {
			char *h1 = tl_html_text_span(n, body, &no_h1);
			if (*h1) {
				g_free(m->h1);
				m->h1 = h1;
				break;
			}
			g_free(h1);
		}
	doc->text = body_text(&pg, body, &doc->text_len);
	g_hash_table_unref(pg.weight);
	repair_utf8(doc, &doc->text, &doc->text_len, "page's text");
	doc->title = pick_title(m);
	repair_utf8(doc, &doc->title, NULL, "title");
	doc->url = g_strdup(m->canonical ? m->canonical : m->og_url);
	repair_utf8(doc, &doc->url, NULL, "URL");
	pick_dct(doc, m, body);
	if (doc->text_len == 0)
		tl_warn(doc->warnings, "no article text found: empty text");
	if (!doc->dct) {
		TlDateline d;
		gboolean found = FALSE;
		if (tl_dateline_find(doc->text, doc->text_len, 0, &d, &found, NULL) && found &&
		    d.year) {
			doc->dct = tl_dateline_dct(&d);
			doc->dct_source = "dateline";
		}
	}
	return g_steal_pointer(&doc);
}
