/*
 * The TimeML writer (include/tl/timeml.h): entities sorted by offset and
 * written as properly nested tags around the XML-escaped text, then the
 * event instances and their links to timexes.
 */
#include <string.h>
#include "tl/timeml.h"

typedef struct {
	gsize start, end;
	gboolean event;
	const json_t *obj;
	guint order;
} Span;

/*
 * What XML 1.0 cannot hold is made something it can, byte for byte the same
 * length so that offsets into the text stay right: a control character but
 * TAB, LF and CR becomes a space, the noncharacters U+FFFE and U+FFFF become
 * U+FFFD (a record's text may hold them: tl-export wrote them raw and the
 * document was not XML).  A CR is written &#13; (a parser reads a raw one as
 * LF), and in an attribute TAB and LF too (a parser reads them as spaces).
 */
static void
escape(GString *out, const char *s, size_t len, gboolean in_attr)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	while (p < end) {
		const unsigned char *q = p;
		while (q < end && *q != '&' && *q != '<' && *q != '>' && *q != '"' && *q >= 0x20 &&
		       *q != 0xEF)
			q++;
		g_string_append_len(out, (const char *)p, q - p);
		if (q == end)
			break;
		p = q + 1;
		switch (*q) {
		case '&': g_string_append(out, "&amp;"); break;
		case '<': g_string_append(out, "&lt;"); break;
		case '>': g_string_append(out, "&gt;"); break;
		case '"': g_string_append(out, "&quot;"); break;
		case '\r': g_string_append(out, "&#13;"); break;
		case '\n': g_string_append(out, in_attr ? "&#10;" : "\n"); break;
		case '\t': g_string_append(out, in_attr ? "&#9;" : "\t"); break;
		case 0xEF:
			if (end - q >= 3 && q[1] == 0xBF && (q[2] == 0xBE || q[2] == 0xBF)) {
				g_string_append(out, "\xEF\xBF\xBD");
				p = q + 3;
			} else
				g_string_append_c(out, (char)*q);
			break;
		default: g_string_append_c(out, ' '); break;
		}
	}
}

void
tl_xml_escape(GString *out, const char *s, size_t len)
{
	escape(out, s, len, FALSE);
}

static void
attr(GString *out, const char *name, const char *value)
{
	if (!value)
		return;
	g_string_append_printf(out, " %s=\"", name);
	escape(out, value, strlen(value), TRUE);
	g_string_append_c(out, '"');
}

static const char *
str_of(const json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

static int
span_cmp(gconstpointer a, gconstpointer b)
{
	const Span *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1; /* the outer one first */
	return x->order < y->order ? -1 : x->order > y->order;
}

static gboolean
collect(GArray *spans, const json_t *arr, gboolean event, const char *text, size_t len,
        GError **error)
{
	size_t i;
	const json_t *o;
	json_array_foreach(arr, i, o) {
		const json_t *pos = event ? json_object_get(o, "trigger") : o;
		json_int_t s = json_integer_value(json_object_get(pos, "start"));
		json_int_t e = json_integer_value(json_object_get(pos, "end"));
		if (!json_is_integer(json_object_get(pos, "start")) || s < 0 || e <= s ||
		    (size_t)e > len || (text[s] & 0xC0) == 0x80 ||
		    ((size_t)e < len && (text[e] & 0xC0) == 0x80)) {
			g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "%s %zu: bad offsets %lld-%lld",
			            event ? "event" : "timex", i, (long long)s, (long long)e);
			return FALSE;
		}
		Span sp = {(gsize)s, (gsize)e, event, o, spans->len};
		g_array_append_val(spans, sp);
	}
	return TRUE;
}

static void
open_tag(GString *out, const Span *s, guint n)
{
	if (s->event) {
		g_string_append(out, "<EVENT");
		const char *id = str_of(s->obj, "id");
		g_autofree char *gen = id ? NULL : g_strdup_printf("e%u", n);
		attr(out, "eid", id ? id : gen);
		attr(out, "class", str_of(s->obj, "class"));
	} else {
		g_string_append(out, "<TIMEX3");
		const char *id = str_of(s->obj, "id");
		g_autofree char *gen = id ? NULL : g_strdup_printf("t%u", n);
		attr(out, "tid", id ? id : gen);
		attr(out, "type", str_of(s->obj, "type"));
		attr(out, "value", str_of(s->obj, "value"));
		attr(out, "mod", str_of(s->obj, "mod"));
	}
	g_string_append_c(out, '>');
}

/*
 * Write the text with its tags.  A span that crosses an open one, or nests
 * past 64, or whose id an earlier tag of its kind has (an XML ID, twice:
 * the document is not valid TimeML), is left out: its object goes into
 * left_out, so that write_links leaves out what refers to it.
 */
static void
write_text(GString *out, const char *text, size_t len, GArray *spans, GHashTable *left_out)
{
	gsize stack_end[64];
	gboolean stack_ev[64];
	int top = 0;
	gsize pos = 0;
	g_autoptr(GHashTable) eids = g_hash_table_new(g_str_hash, g_str_equal);
	g_autoptr(GHashTable) tids = g_hash_table_new(g_str_hash, g_str_equal);
	for (guint k = 0; k < spans->len; k++) {
		const Span *s = &g_array_index(spans, Span, k);
		while (top > 0 && stack_end[top - 1] <= s->start) {
			top--;
			tl_xml_escape(out, text + pos, stack_end[top] - pos);
			pos = stack_end[top];
			g_string_append(out, stack_ev[top] ? "</EVENT>" : "</TIMEX3>");
		}
		const char *id = str_of(s->obj, "id");
		if ((top > 0 && s->end > stack_end[top - 1]) || top == 64 ||
		    (id && !g_hash_table_add(s->event ? eids : tids, (gpointer)id))) {
			g_hash_table_add(left_out, (gpointer)s->obj);
			continue;
		}
		tl_xml_escape(out, text + pos, s->start - pos);
		pos = s->start;
		open_tag(out, s, k + 1);
		stack_end[top] = s->end;
		stack_ev[top++] = s->event;
	}
	while (top > 0) {
		top--;
		tl_xml_escape(out, text + pos, stack_end[top] - pos);
		pos = stack_end[top];
		g_string_append(out, stack_ev[top] ? "</EVENT>" : "</TIMEX3>");
	}
	tl_xml_escape(out, text + pos, len - pos);
}

/*
 * The MAKEINSTANCE and TLINK elements of the events written: a crossing
 * span left out of the text still had its MAKEINSTANCE (an eventID no
 * EVENT has) and its TLINK to a timex left out (a relatedToTime no TIMEX3
 * has), which TimeML tools refuse.  left_tids: the ids of the timexes left
 * out.
 */
static void
write_links(GString *out, const json_t *events, GHashTable *left_out, GHashTable *left_tids)
{
	size_t i;
	const json_t *o;
	guint link = 0;
	json_array_foreach(events, i, o) {
		if (g_hash_table_contains(left_out, o))
			continue;
		const char *id = str_of(o, "id");
		g_autofree char *eid = id ? g_strdup(id) : g_strdup_printf("e%zu", i + 1);
		g_autofree char *eiid = g_strdup_printf("ei%zu", i + 1);
		g_string_append(out, "<MAKEINSTANCE");
		attr(out, "eiid", eiid);
		attr(out, "eventID", eid);
		attr(out, "tense", str_of(o, "tense"));
		attr(out, "polarity", str_of(o, "polarity"));
		g_string_append(out, " />\n");
		const char *time = str_of(o, "time");
		if (time && !g_hash_table_contains(left_tids, time)) {
			g_autofree char *lid = g_strdup_printf("l%u", ++link);
			const char *rel = str_of(o, "relation");
			g_string_append(out, "<TLINK");
			attr(out, "lid", lid);
			attr(out, "relType", rel ? rel : "IS_INCLUDED");
			attr(out, "eventInstanceID", eiid);
			attr(out, "relatedToTime", time);
			g_string_append(out, " />\n");
		}
	}
}

gboolean
tl_timeml_write(GString *out, const char *docid, const char *dct, const char *text, size_t len,
                const json_t *timexes, const json_t *events, guint *n_dropped, GError **error)
{
	g_autoptr(GArray) spans = g_array_new(FALSE, FALSE, sizeof(Span));
	if ((timexes && !collect(spans, timexes, FALSE, text, len, error)) ||
	    (events && !collect(spans, events, TRUE, text, len, error)))
		return FALSE;
	g_array_sort(spans, span_cmp);
	g_autoptr(GHashTable) left_out = g_hash_table_new(NULL, NULL);
	g_string_append(out, "<?xml version=\"1.0\" ?>\n<TimeML xmlns:xsi=\"http://www.w3.org/2001/"
	                     "XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"http://timeml.org/"
	                     "timeMLdocs/TimeML_1.2.1.xsd\">\n");
	if (docid) {
		g_string_append(out, "<DOCID>");
		tl_xml_escape(out, docid, strlen(docid));
		g_string_append(out, "</DOCID>\n");
	}
	if (dct) {
		g_string_append(out, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\"");
		attr(out, "value", dct);
		g_string_append(out, " temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">");
		tl_xml_escape(out, dct, strlen(dct));
		g_string_append(out, "</TIMEX3></DCT>\n");
	}
	g_string_append(out, "<TEXT>");
	write_text(out, text, len, spans, left_out);
	g_string_append(out, "</TEXT>\n");
	/* a timex's id stays taken by the first of that id, which is written */
	g_autoptr(GHashTable) left_tids = g_hash_table_new(g_str_hash, g_str_equal);
	g_autoptr(GHashTable) kept_tids = g_hash_table_new(g_str_hash, g_str_equal);
	for (guint k = 0; k < spans->len; k++) {
		const Span *sp = &g_array_index(spans, Span, k);
		const char *id = str_of(sp->obj, "id");
		if (!sp->event && id)
			g_hash_table_add(g_hash_table_contains(left_out, sp->obj) ? left_tids : kept_tids,
			                 (gpointer)id);
	}
	GHashTableIter it;
	gpointer key;
	g_hash_table_iter_init(&it, kept_tids);
	while (g_hash_table_iter_next(&it, &key, NULL))
		g_hash_table_remove(left_tids, key);
	if (events)
		write_links(out, events, left_out, left_tids);
	g_string_append(out, "</TimeML>\n");
	if (n_dropped)
		*n_dropped = g_hash_table_size(left_out);
	return TRUE;
}

/* File names are cut to this many bytes (and a suffix), like timeline's. */
#define TL_TIMEML_NAME_MAX 200

char *
tl_timeml_file_name(const char *id, guint n)
{
	GString *name = g_string_new(id && *id != '.' ? "" : "_"); /* no "." or ".." */
	for (const char *p = id ? id : ""; *p; p = g_utf8_next_char(p)) {
		size_t w = g_utf8_next_char(p) - p;
		if (name->len + w > TL_TIMEML_NAME_MAX) /* a URL as id: "File name too long" */
			break;
		if (*p == '/' || *p == '\\' || (unsigned char)*p < 0x20 || *p == 0x7F)
			g_string_append_c(name, '_');
		else
			g_string_append_len(name, p, w);
	}
	if (n > 1)
		g_string_append_printf(name, "-%u", n);
	g_string_append(name, ".tml");
	return g_string_free(name, FALSE);
}
