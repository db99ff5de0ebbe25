/*
 * What html.c and htmlmeta.c share: the boilerplate vocabulary, an iterative
 * walk over a libxml2 tree (no recursion, so any depth is safe), and the
 * page's metadata.
 */
#ifndef TL_HTMLPRIV_H
#define TL_HTMLPRIV_H

#include <libxml/HTMLparser.h>
#include "normalize.h"

/* data/boilerplate.ini, loaded once and kept. */
typedef struct {
	GHashTable *drop, *drop_outside, *blocks, *lines, *pre; /* element names */
	GHashTable *class_words, *roles;
	char **meta_names; /* lower case, in trust order */
} TlBoiler;

/* The vocabulary (borrowed, lives as long as the program); NULL with error. */
const TlBoiler *tl_boiler_get(GError **error);

/*
 * The node after n in document order, within root: its first child when
 * descend and it has one, else its next sibling or an ancestor's.  NULL at
 * the end of root.
 */
xmlNode *tl_html_next(xmlNode *n, const xmlNode *root, gboolean descend);
/* The folded text content of n (new string, "" when none). */
char *tl_html_text(xmlNode *n);

/*
 * A subtree that a walk in document order (tl_html_next) is inside of:
 * tl_html_span_enter at its root, tl_html_span_in at every node after
 * (element or not) says whether the walk is still in it.  For questions
 * whose answer a subtree gives all its nodes (inside an <svg>; an empty
 * <h1> holds only empty ones), so that they are asked once per subtree, not
 * once per node of it: nested, they were quadratic.
 */
typedef struct {
	gboolean in;
	xmlNode *after; /* the first node past the subtree (NULL: root's end) */
} TlHtmlSpan;
void tl_html_span_enter(TlHtmlSpan *s, xmlNode *n, const xmlNode *root);
gboolean tl_html_span_in(TlHtmlSpan *s, const xmlNode *n);
/* tl_html_text, and when it is "", n's subtree entered into s. */
char *tl_html_text_span(xmlNode *n, const xmlNode *root, TlHtmlSpan *s);
/* An attribute's value, trimmed (new string), or NULL. */
char *tl_html_attr(xmlNode *n, const char *name);
/* TRUE when n is an element named name (lower case). */
gboolean tl_html_is(const xmlNode *n, const char *name);

typedef struct {
	char *og_title, *ld_headline, *title, *h1, *site_name;
	char *published; /* article:published_time, raw */
	char *ld_date;   /* JSON-LD datePublished, raw */
	char *itemprop;  /* itemprop=datePublished, raw */
	char *meta_date; /* the most trusted of boilerplate.ini's [dct] names, raw */
	int meta_rank;
	char *canonical, *og_url;
} TlHtmlMeta;

/* Collect the metadata of the whole page into a new TlHtmlMeta. */
TlHtmlMeta *tl_html_meta_collect(xmlDoc *doc, const TlBoiler *b);
void tl_html_meta_free(TlHtmlMeta *m);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlHtmlMeta, tl_html_meta_free)

/*
 * buf, an HTML page that declares the character set label (ASCII letters,
 * digits and ._:-), decoded to UTF-8 (new string of *out_len bytes, C1
 * controls and all: tl_text_clean comes next).  A byte invalid in it, or a
 * NUL byte, is an error naming its offset unless opts->lossy, which puts
 * U+FFFD in its place and counts it in *n_replaced.  NULL without an error
 * when iconv does not know the set, or the set does not read ASCII as ASCII
 * (EBCDIC, UTF-7): the page is then not in it.
 */
char *tl_html_decode(const char *label, const char *buf, size_t len, const TlNormOpts *opts,
                     size_t *out_len, size_t *n_replaced, GError **error);

#endif
