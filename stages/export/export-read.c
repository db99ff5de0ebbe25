/*
 * A timeline as the formats read it: its members other than "entries" (the
 * title, the documents) as one object, and its entries one at a time.
 *
 * A timeline is mostly entries (on all of Reuters-21578, 53,074 of them in
 * 69 MB), and Jansson holds a document at about ten times its size.  So the
 * bytes are first walked for structure only (strings, brackets, commas), the
 * other members are parsed on their own, and each entry is parsed when a
 * format reaches it and freed when it moves on.  Anything the walk does not
 * plainly understand (a key with an escape, a top level that is not an
 * object, an "entries" that is not an array, nesting past 1,000, trailing
 * bytes) sends the whole document to Jansson as before, so the messages
 * about a bad timeline stay Jansson's own.
 */
#include <string.h>
#include "export.h"

#define MAX_DEPTH 1000

typedef struct {
	size_t off, len;
} Span;

struct TlExportTl {
	json_t *head;          /* the members other than "entries" (lazy), or the whole tree */
	const json_t *entries; /* tree mode: the entries array */
	const char *buf;       /* lazy mode: the document's bytes (borrowed) */
	GArray *spans;         /* lazy mode: of Span, one per entry */
};

void
tl_export_tl_free(TlExportTl *tl)
{
	if (!tl)
		return;
	json_decref(tl->head);
	if (tl->spans)
		g_array_unref(tl->spans);
	g_free(tl);
}

TlExportTl *
tl_export_tl_new_tree(const json_t *tree, GError **error)
{
	if (!json_is_object(tree) || !json_is_array(json_object_get(tree, "entries"))) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD,
		            "not a timeline: expected an object with an \"entries\" array (tl-merge output)");
		return NULL;
	}
	TlExportTl *tl = g_new0(TlExportTl, 1);
	tl->head = json_incref((json_t *)tree);
	tl->entries = json_object_get(tree, "entries");
	return tl;
}

/* ---- the walk ---- */

static size_t
skip_ws(const char *s, size_t i, size_t n)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
		i++;
	return i;
}

/* Past the string that opens at s[i] ('"'), or 0 when it does not end;
 * *escaped tells whether it held a backslash. */
static size_t
skip_string(const char *s, size_t i, size_t n, gboolean *escaped)
{
	for (i++; i < n; i++) {
		const char *q = memchr(s + i, '"', n - i);
		const char *b = memchr(s + i, '\\', (q ? (size_t)(q - s) : n) - i);
		if (!b)
			return q ? (size_t)(q - s) + 1 : 0;
		if (escaped)
			*escaped = TRUE;
		i = (size_t)(b - s) + 1; /* the escaped byte; the loop steps past it */
	}
	return 0;
}

/* Past the value at s[i], or 0 when it does not end or nests too deep.  Only
 * its extent is found: Jansson checks what is inside when it parses it. */
static size_t
skip_value(const char *s, size_t i, size_t n)
{
	if (i >= n)
		return 0;
	if (s[i] == '"')
		return skip_string(s, i, n, NULL);
	if (s[i] != '{' && s[i] != '[') { /* a number, true, false, null (or junk) */
		while (i < n && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' &&
		       s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
			i++;
		return i;
	}
	int depth = 0;
	while (i < n) {
		char c = s[i];
		if (c == '"') {
			if (!(i = skip_string(s, i, n, NULL)))
				return 0;
			continue;
		}
		if (c == '{' || c == '[') {
			if (++depth > MAX_DEPTH)
				return 0;
		} else if ((c == '}' || c == ']') && --depth == 0)
			return i + 1;
		i++;
	}
	return 0;
}

/* Parse s[off, off+len) as one JSON value; NULL when it is not one. */
static json_t *
parse_span(const char *s, size_t off, size_t len)
{
	json_error_t jerr;
	return json_loadb(s + off, len, JSON_DECODE_ANY, &jerr);
}

/* Past the ',' or the closing `close` after an item ending at *i: 1 when
 * more items follow (*i at the next), 0 at the end (*i past close), -1 when
 * neither comes. */
static int
after_item(const char *s, size_t *i, size_t n, char close)
{
	size_t j = skip_ws(s, *i, n);
	if (j < n && s[j] == ',') {
		*i = skip_ws(s, j + 1, n);
		return 1;
	}
	if (j < n && s[j] == close) {
		*i = j + 1;
		return 0;
	}
	return -1;
}

/* The spans of the elements of the array that opens at s[i] ('['),
 * appended to spans; past its ']', or 0. */
static size_t
walk_array(const char *s, size_t i, size_t n, GArray *spans)
{
	i = skip_ws(s, i + 1, n);
	if (i < n && s[i] == ']')
		return i + 1;
	int more;
	do {
		size_t end = skip_value(s, i, n);
		if (!end || end == i)
			return 0;
		Span sp = {i, end - i};
		g_array_append_val(spans, sp);
		i = end;
	} while ((more = after_item(s, &i, n, ']')) > 0);
	return more == 0 ? i : 0;
}

TlExportTl *
tl_export_tl_new_lazy(const char *s, size_t n)
{
	g_autoptr(json_t) head = json_object();
	g_autoptr(GArray) spans = NULL;
	size_t i = skip_ws(s, 0, n);
	if (i >= n || s[i] != '{')
		return NULL;
	i = skip_ws(s, i + 1, n);
	int more = 1;
	if (i < n && s[i] == '}')
		i++, more = 0;
	while (more > 0) {
		if (i >= n || s[i] != '"')
			return NULL;
		gboolean escaped = FALSE;
		size_t kend = skip_string(s, i, n, &escaped);
		if (!kend || escaped || !g_utf8_validate(s + i + 1, (gssize)(kend - i - 2), NULL))
			return NULL;
		g_autofree char *key = g_strndup(s + i + 1, kend - i - 2);
		i = skip_ws(s, kend, n);
		if (i >= n || s[i] != ':')
			return NULL;
		i = skip_ws(s, i + 1, n);
		if (strcmp(key, "entries") == 0) {
			/* the last "entries" counts, as in Jansson's object */
			if (i >= n || s[i] != '[')
				return NULL;
			if (spans)
				g_array_unref(spans);
			spans = g_array_new(FALSE, FALSE, sizeof(Span));
			if (!(i = walk_array(s, i, n, spans)))
				return NULL;
		} else {
			size_t end = skip_value(s, i, n);
			json_t *v = end > i ? parse_span(s, i, end - i) : NULL;
			if (!v)
				return NULL;
			json_object_set_new(head, key, v);
			i = end;
		}
		more = after_item(s, &i, n, '}');
	}
	if (more < 0 || skip_ws(s, i, n) != n || !spans)
		return NULL; /* trailing bytes, or no entries: Jansson says what is wrong */
	TlExportTl *tl = g_new0(TlExportTl, 1);
	tl->head = g_steal_pointer(&head);
	tl->buf = s;
	tl->spans = g_steal_pointer(&spans);
	return tl;
}

/* ---- what the formats read ---- */

const json_t *
tl_export_tl_head(const TlExportTl *tl)
{
	return tl->head;
}

void
tl_export_entries_init(TlExportEntries *it, const TlExportTl *tl)
{
	*it = (TlExportEntries){tl, 0, NULL, FALSE};
}

const json_t *
tl_export_entries_next(TlExportEntries *it)
{
	const TlExportTl *tl = it->tl;
	g_clear_pointer(&it->cur, json_decref);
	if (it->bad)
		return NULL;
	if (tl->entries)
		return it->next < json_array_size(tl->entries) ? json_array_get(tl->entries, it->next++)
		                                                : NULL;
	if (it->next >= tl->spans->len)
		return NULL;
	Span sp = g_array_index(tl->spans, Span, it->next);
	it->next++;
	if (!(it->cur = parse_span(tl->buf, sp.off, sp.len)))
		it->bad = TRUE;
	return it->cur;
}

gboolean
tl_export_entries_ok(const TlExportEntries *it, GError **error)
{
	if (!it->bad)
		return TRUE;
	g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "entry %u is not valid JSON", it->next);
	return FALSE;
}

void
tl_export_entries_clear(TlExportEntries *it)
{
	g_clear_pointer(&it->cur, json_decref);
}
