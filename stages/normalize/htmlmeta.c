/*
 * HTML metadata: the title, publication date and canonical URL a page
 * declares in <meta>, <link>, JSON-LD and microdata, plus the tree helpers
 * that html.c shares.  Every walk is iterative, so a page nested 100,000
 * elements deep costs no stack.
 */
#include <errno.h>
#include <math.h>
#include <string.h>
#include "htmlpriv.h"
#include "tl/resource.h"

static TlBoiler *boiler;

static GHashTable *
name_set(GKeyFile *kf, const char *group, const char *key)
{
	GHashTable *h = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	g_auto(GStrv) words = g_key_file_get_string_list(kf, group, key, NULL, NULL);
	for (char **w = words; w && *w; w++)
		g_hash_table_add(h, g_ascii_strdown(g_strstrip(*w), -1));
	return h;
}

const TlBoiler *
tl_boiler_get(GError **error)
{
	if (boiler)
		return boiler;
	g_autoptr(GBytes) bytes = tl_resource_get("normalize", "boilerplate.ini", error);
	if (!bytes)
		return NULL;
	g_autoptr(GKeyFile) kf = g_key_file_new();
	gsize n;
	const char *data = g_bytes_get_data(bytes, &n);
	if (!g_key_file_load_from_data(kf, data, n, G_KEY_FILE_NONE, error)) {
		g_prefix_error(error, "boilerplate.ini: ");
		return NULL;
	}
	TlBoiler *b = g_new0(TlBoiler, 1);
	b->drop = name_set(kf, "elements", "drop");
	b->drop_outside = name_set(kf, "elements", "drop_outside_article");
	b->blocks = name_set(kf, "elements", "blocks");
	b->lines = name_set(kf, "elements", "lines");
	b->pre = name_set(kf, "elements", "preformatted");
	b->class_words = name_set(kf, "classes", "words");
	b->roles = name_set(kf, "classes", "roles");
	b->meta_names = g_key_file_get_string_list(kf, "dct", "names", NULL, NULL);
	for (char **m = b->meta_names; m && *m; m++) {
		char *lower = g_ascii_strdown(g_strstrip(*m), -1);
		g_free(*m);
		*m = lower;
	}
	boiler = b;
	return b;
}

xmlNode *
tl_html_next(xmlNode *n, const xmlNode *root, gboolean descend)
{
	if (descend && n->children && n->type == XML_ELEMENT_NODE)
		return n->children;
	while (n && n != root) {
		if (n->next)
			return n->next;
		n = n->parent;
	}
	return NULL;
}

gboolean
tl_html_is(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->name &&
	       g_ascii_strcasecmp((const char *)n->name, name) == 0;
}

char *
tl_html_attr(xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	if (!v)
		return NULL;
	char *s = tl_text_fold((const char *)v, strlen((const char *)v));
	xmlFree(v);
	return s;
}

char *
tl_html_text(xmlNode *n)
{
	GString *s = g_string_new(NULL);
	for (xmlNode *c = n->children ? n->children : NULL; c; c = tl_html_next(c, n, TRUE)) {
		if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content) {
			g_string_append(s, (const char *)c->content);
			g_string_append_c(s, ' ');
		}
	}
	char *folded = tl_text_fold(s->str, s->len);
	g_string_free(s, TRUE);
	return folded;
}

void
tl_html_span_enter(TlHtmlSpan *s, xmlNode *n, const xmlNode *root)
{
	s->in = TRUE;
	s->after = tl_html_next(n, root, FALSE);
}

gboolean
tl_html_span_in(TlHtmlSpan *s, const xmlNode *n)
{
	if (s->in && n == s->after)
		s->in = FALSE;
	return s->in;
}

char *
tl_html_text_span(xmlNode *n, const xmlNode *root, TlHtmlSpan *s)
{
	char *t = tl_html_text(n);
	if (!*t)
		tl_html_span_enter(s, n, root);
	return t;
}

void
tl_html_meta_free(TlHtmlMeta *m)
{
	if (!m)
		return;
	g_free(m->og_title);
	g_free(m->ld_headline);
	g_free(m->title);
	g_free(m->h1);
	g_free(m->site_name);
	g_free(m->published);
	g_free(m->ld_date);
	g_free(m->itemprop);
	g_free(m->meta_date);
	g_free(m->canonical);
	g_free(m->og_url);
	g_free(m);
}

/* Keep the first value found for a slot. */
static void
keep(char **slot, char *value)
{
	if (!*slot && value && *value)
		*slot = value;
	else
		g_free(value);
}

static gboolean
is_article_type(const json_t *t)
{
	const char *s = json_string_value(t);
	if (!s && json_is_array(t))
		s = json_string_value(json_array_get(t, 0));
	return s && (g_str_has_suffix(s, "Article") || strcmp(s, "Report") == 0 ||
	             strcmp(s, "BlogPosting") == 0 || strcmp(s, "LiveBlogPosting") == 0 ||
	             strcmp(s, "WebPage") == 0);
}

/*
 * JSON-LD: the datePublished and headline of the article object (an
 * *Article type) found first, searching arrays, @graph and nested objects
 * breadth first with a queue (no recursion).
 */
static gboolean
is_hex4(const char *p)
{
	return g_ascii_isxdigit(p[0]) && g_ascii_isxdigit(p[1]) && g_ascii_isxdigit(p[2]) &&
	       g_ascii_isxdigit(p[3]);
}

/*
 * JSON-LD as Jansson will load it: JSON that browsers and search engines
 * read but Jansson refuses, which lost the whole block (its datePublished
 * and headline) without a word: a lone or reversed surrogate escape (a
 * description cut by UTF-16 units in the middle of an emoji) becomes
 * \ufffd, and a number beyond a double (1e999) or a 64-bit integer becomes
 * 0.  A \u0000 is allowed at the load (JSON_ALLOW_NUL).
 */
static GString *
json_ld_repair(const char *text)
{
	GString *out = g_string_sized_new(strlen(text));
	const char *p = text;
	while (*p) {
		if (*p == '"') {
			g_string_append_c(out, *p++);
			while (*p && *p != '"') {
				if (p[0] == '\\' && p[1] == 'u' && is_hex4(p + 2)) {
					unsigned u = (unsigned)strtoul((char[]){p[2], p[3], p[4], p[5], 0}, NULL, 16);
					if (u >= 0xD800 && u <= 0xDBFF && p[6] == '\\' && p[7] == 'u' &&
					    is_hex4(p + 8)) {
						unsigned l = (unsigned)strtoul(
						    (char[]){p[8], p[9], p[10], p[11], 0}, NULL, 16);
						if (l >= 0xDC00 && l <= 0xDFFF) {
							g_string_append_len(out, p, 12);
							p += 12;
							continue;
						}
					}
					if (u >= 0xD800 && u <= 0xDFFF)
						g_string_append(out, "\\ufffd");
					else
						g_string_append_len(out, p, 6);
					p += 6;
				} else if (p[0] == '\\' && p[1]) {
					g_string_append_len(out, p, 2);
					p += 2;
				} else
					g_string_append_c(out, *p++);
			}
			if (*p)
				g_string_append_c(out, *p++);
		} else if (*p == '-' || g_ascii_isdigit(*p)) {
			const char *q = p + (*p == '-');
			gboolean real = FALSE;
			while (g_ascii_isdigit(*q) || *q == '.' || *q == 'e' || *q == 'E' ||
			       ((*q == '+' || *q == '-') && (q[-1] == 'e' || q[-1] == 'E'))) {
				real |= !g_ascii_isdigit(*q);
				q++;
			}
			g_autofree char *num = g_strndup(p, q - p);
			errno = 0;
			gboolean over;
			if (real)
				over = isinf(g_ascii_strtod(num, NULL));
			else {
				(void)g_ascii_strtoll(num, NULL, 10);
				over = errno == ERANGE;
			}
			if (over)
				g_string_append_c(out, '0');
			else
				g_string_append_len(out, p, q - p);
			p = q;
		} else
			g_string_append_c(out, *p++);
	}
	return out;
}


static void
json_ld(TlHtmlMeta *m, const char *text)
{
	json_error_t jerr;
	g_autoptr(GString) fixed = json_ld_repair(text);
	g_autoptr(json_t) root = json_loadb(fixed->str, fixed->len,
	                                    JSON_DECODE_ANY | JSON_ALLOW_NUL, &jerr);
	if (!root)
		return;
	g_autoptr(GQueue) q = g_queue_new();
	g_queue_push_tail(q, root);
	const json_t *any_date = NULL, *any_head = NULL;
	for (int visits = 0; !g_queue_is_empty(q) && visits < 10000; visits++) {
		json_t *v = g_queue_pop_head(q);
		if (json_is_array(v)) {
			size_t i;
			json_t *e;
			json_array_foreach(v, i, e) g_queue_push_tail(q, e);
			continue;
		}
		if (!json_is_object(v))
			continue;
		const json_t *date = json_object_get(v, "datePublished");
		const json_t *head = json_object_get(v, "headline");
		if (is_article_type(json_object_get(v, "@type"))) {
			if (json_is_string(date) && !m->ld_date)
				m->ld_date = g_strdup(json_string_value(date));
			if (json_is_string(head) && !m->ld_headline)
				m->ld_headline = tl_text_fold(json_string_value(head),
				                              json_string_length(head));
		}
		if (json_is_string(date) && !any_date)
			any_date = date;
		if (json_is_string(head) && !any_head)
			any_head = head;
		const char *k;
		json_t *e;
		json_object_foreach(v, k, e) if (json_is_object(e) || json_is_array(e))
			g_queue_push_tail(q, e);
	}
	if (!m->ld_date && any_date)
		m->ld_date = g_strdup(json_string_value(any_date));
	if (!m->ld_headline && any_head)
		m->ld_headline = tl_text_fold(json_string_value(any_head), json_string_length(any_head));
}

static void
meta_element(TlHtmlMeta *m, xmlNode *n, const TlBoiler *b)
{
	g_autofree char *prop = tl_html_attr(n, "property");
	g_autofree char *name = tl_html_attr(n, "name");
	g_autofree char *itemprop = tl_html_attr(n, "itemprop");
	const char *key = prop ? prop : name;
	if (itemprop && g_ascii_strcasecmp(itemprop, "datePublished") == 0)
		keep(&m->itemprop, tl_html_attr(n, "content"));
	if (!key)
		return;
	g_autofree char *k = g_ascii_strdown(key, -1);
	if (strcmp(k, "og:title") == 0)
		keep(&m->og_title, tl_html_attr(n, "content"));
	else if (strcmp(k, "og:site_name") == 0)
		keep(&m->site_name, tl_html_attr(n, "content"));
	else if (strcmp(k, "article:published_time") == 0)
		keep(&m->published, tl_html_attr(n, "content"));
	else if (strcmp(k, "og:url") == 0)
		keep(&m->og_url, tl_html_attr(n, "content"));
	for (int r = 0; b->meta_names && b->meta_names[r]; r++)
		if (strcmp(k, b->meta_names[r]) == 0 && (!m->meta_date || r < m->meta_rank)) {
			char *v = tl_html_attr(n, "content");
			if (v && *v) {
				g_free(m->meta_date);
				m->meta_date = v;
				m->meta_rank = r;
			} else
				g_free(v);
		}
}

static void
link_element(TlHtmlMeta *m, xmlNode *n)
{
	g_autofree char *rel = tl_html_attr(n, "rel");
	if (!rel)
		return;
	g_auto(GStrv) rels = g_strsplit(rel, " ", -1);
	for (char **r = rels; *r; r++)
		if (g_ascii_strcasecmp(*r, "canonical") == 0)
			keep(&m->canonical, tl_html_attr(n, "href"));
}

TlHtmlMeta *
tl_html_meta_collect(xmlDoc *doc, const TlBoiler *b)
{
	TlHtmlMeta *m = g_new0(TlHtmlMeta, 1);
	xmlNode *root = xmlDocGetRootElement(doc);
	/* inside an <svg> or <math> (an icon's <title> names the drawing, not
	 * the page: it was taken for the page's title when the icon came
	 * first); inside a <title>, an <h1> or a datePublished element whose
	 * text is empty, where every one nested is empty too.  Each was
	 * asked of every such element, walking its ancestors or its subtree:
	 * 40,000 nested <h1> or <title>, or empty titles under 40,000 <div>,
	 * took 10 s */
	TlHtmlSpan svg = {0}, no_title = {0}, no_h1 = {0}, no_date = {0};
	for (xmlNode *n = root; n; n = tl_html_next(n, root, TRUE)) {
		gboolean in_svg = tl_html_span_in(&svg, n), in_no_title = tl_html_span_in(&no_title, n),
		         in_no_h1 = tl_html_span_in(&no_h1, n), in_no_date = tl_html_span_in(&no_date, n);
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (!in_svg && (tl_html_is(n, "svg") || tl_html_is(n, "math")))
			tl_html_span_enter(&svg, n, root);
		if (tl_html_is(n, "meta"))
			meta_element(m, n, b);
		else if (tl_html_is(n, "link"))
			link_element(m, n);
		else if (tl_html_is(n, "title") && !m->title && !in_svg) {
			if (!in_no_title)
				keep(&m->title, tl_html_text_span(n, root, &no_title));
		} else if (tl_html_is(n, "h1") && !m->h1) {
			if (!in_no_h1)
				keep(&m->h1, tl_html_text_span(n, root, &no_h1));
		}
		else if (tl_html_is(n, "script")) {
			g_autofree char *type = tl_html_attr(n, "type");
			if (type && g_ascii_strcasecmp(type, "application/ld+json") == 0) {
				xmlChar *t = xmlNodeGetContent(n);
				if (t)
					json_ld(m, (const char *)t);
				xmlFree(t);
			}
		} else if (!m->itemprop) {
			g_autofree char *ip = tl_html_attr(n, "itemprop");
			if (ip && g_ascii_strcasecmp(ip, "datePublished") == 0) {
				char *v = tl_html_attr(n, "datetime");
				if (!v)
					v = tl_html_attr(n, "content");
				if (!v && !in_no_date)
					v = tl_html_text_span(n, root, &no_date);
				keep(&m->itemprop, v);
			}
		}
	}
	return m;
}
