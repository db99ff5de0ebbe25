/*
 * Reading a timeline in tl-merge's own layout one line at a time, so merging
 * shard timelines never holds a whole input timeline's JSON tree: the header
 * line, "documents":[, one document a line, "entries":[, one entry a line
 * (see tl_entries_write).  Timelines laid out otherwise are read whole.
 */
#include <string.h>
#include "stream.h"

/* _CLOSE: after the last element, its closing bracket to come; ST_DOCS_COMMA:
 * after the documents' "]"; ST_CLOSE: after the entries' "]" */
typedef enum {
	ST_DOCS_HDR,
	ST_DOCS,
	ST_DOCS_CLOSE,
	ST_DOCS_COMMA,
	ST_ENTRIES_HDR,
	ST_ENTRIES,
	ST_ENTRIES_CLOSE,
	ST_CLOSE,
	ST_DONE
} State;

struct TlMergeStream {
	TlMerge *merge;
	State state;
	guint64 n; /* entries read, for messages */
};

static const char header_mark[] = ",\"generated_by\":\"tl-merge ";

TlMergeStream *
tl_merge_stream_start(TlMerge *m, const char *line, size_t len)
{
	if (len < 12 || strncmp(line, "{\"title\":", 9) != 0 || line[len - 1] != ',' ||
	    line[len - 2] != '"')
		return NULL;
	g_autofree char *copy = g_strndup(line, len);
	char *mark = g_strrstr(copy, header_mark);
	if (!mark || strchr(mark + sizeof header_mark - 1, '"') != copy + len - 2)
		return NULL;
	json_error_t jerr;
	g_autoptr(json_t) title = json_loadb(copy + 9, mark - copy - 9, JSON_DECODE_ANY, &jerr);
	if (!title || (!json_is_string(title) && !json_is_null(title)))
		return NULL;
	tl_merge_set_title(m, json_string_value(title));
	TlMergeStream *s = g_new0(TlMergeStream, 1);
	s->merge = m;
	s->state = ST_DOCS_HDR;
	return s;
}

void
tl_merge_stream_free(TlMergeStream *s)
{
	g_free(s);
}

/* Does line[0..*len) end with tail?  Then cut it off. */
static gboolean
cut(const char *line, size_t *len, const char *tail)
{
	size_t n = strlen(tail);
	if (*len < n || memcmp(line + *len - n, tail, n) != 0)
		return FALSE;
	*len -= n;
	return TRUE;
}

static json_t *
object(const char *line, size_t len, GError **error)
{
	json_error_t jerr;
	json_t *j = json_loadb(line, len, 0, &jerr);
	if (!j || !json_is_object(j)) {
		g_set_error(error, TL_ERROR, TL_ERROR_JSON, "not a JSON object: %s",
		            j ? "another JSON value" : jerr.text);
		json_decref(j);
		return NULL;
	}
	return j;
}

/* Is line[0..len) exactly s? */
static gboolean
is(const char *line, size_t len, const char *s)
{
	return len == strlen(s) && memcmp(line, s, len) == 0;
}

/*
 * A timeline edited by hand is still read as one: blank lines, indentation
 * and trailing blanks are passed over, and the closing brackets may stand on
 * lines of their own ("]," or "]" then "," after the documents, "]}" or "]"
 * then "}" after the entries), with the last element's comma gone.  Deleting
 * the last entries of a timeline left "]}" alone on its line, and tl-merge
 * refused the whole timeline ("not a JSON object"), a timeline tl-export read.
 */
TlStreamStatus
tl_merge_stream_line(TlMergeStream *s, const char *line, size_t len, GError **error)
{
	gboolean last;
	while (len > 0 && (*line == ' ' || *line == '\t'))
		line++, len--;
	while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\t' || line[len - 1] == '\r'))
		len--;
	if (len == 0)
		return TL_STREAM_MORE;
	switch (s->state) {
	case ST_DOCS_HDR:
		if (is(line, len, "\"documents\":["))
			s->state = ST_DOCS;
		else if (is(line, len, "\"documents\":[],"))
			s->state = ST_ENTRIES_HDR;
		else
			break;
		return TL_STREAM_MORE;
	case ST_DOCS_CLOSE:
	case ST_DOCS: {
		if (is(line, len, "],") || is(line, len, "]")) {
			s->state = len == 2 ? ST_ENTRIES_HDR : ST_DOCS_COMMA;
			return TL_STREAM_MORE;
		}
		if (s->state == ST_DOCS_CLOSE)
			break;
		last = cut(line, &len, "],");
		gboolean comma = last || cut(line, &len, ",");
		g_autoptr(json_t) d = object(line, len, comma ? error : NULL);
		if (!comma && !d)
			break;
		/* without a comma, the last document, its "]," to come */
		s->state = last ? ST_ENTRIES_HDR : comma ? ST_DOCS : ST_DOCS_CLOSE;
		if (!d || !tl_merge_add_document(s->merge, d, error))
			return TL_STREAM_BAD_LINE;
		return TL_STREAM_MORE;
	}
	case ST_DOCS_COMMA:
		if (!is(line, len, ","))
			break;
		s->state = ST_ENTRIES_HDR;
		return TL_STREAM_MORE;
	case ST_ENTRIES_HDR:
		if (is(line, len, "\"entries\":[")) {
			s->state = ST_ENTRIES;
			return TL_STREAM_MORE;
		}
		if (is(line, len, "\"entries\":[]")) {
			s->state = ST_CLOSE;
			return TL_STREAM_MORE;
		}
		if (is(line, len, "\"entries\":[]}")) {
			s->state = ST_DONE;
			return TL_STREAM_DONE;
		}
		break;
	case ST_ENTRIES_CLOSE:
	case ST_ENTRIES: {
		if (is(line, len, "]}")) {
			s->state = ST_DONE;
			return TL_STREAM_DONE;
		}
		if (is(line, len, "]")) {
			s->state = ST_CLOSE;
			return TL_STREAM_MORE;
		}
		if (s->state == ST_ENTRIES_CLOSE)
			break;
		last = cut(line, &len, "]}");
		gboolean comma = last || cut(line, &len, ",");
		g_autoptr(json_t) e = object(line, len, comma ? error : NULL);
		g_autoptr(GError) err = NULL;
		if (!comma && !e)
			break;
		s->n++;
		/* without a comma, the last entry, its "]}" to come */
		s->state = last ? ST_DONE : comma ? ST_ENTRIES : ST_ENTRIES_CLOSE;
		if (!e)
			return TL_STREAM_BAD_LINE;
		if (!tl_merge_add_entry(s->merge, e, &err)) {
			g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "entry %" G_GUINT64_FORMAT ", %s", s->n,
			            err->message);
			return TL_STREAM_BAD_LINE;
		}
		return last ? TL_STREAM_DONE : TL_STREAM_MORE;
	}
	case ST_CLOSE:
		if (!is(line, len, "}"))
			break;
		s->state = ST_DONE;
		return TL_STREAM_DONE;
	case ST_DONE:
		break;
	}
	g_set_error(error, TL_ERROR, TL_ERROR_JSON,
	            "not what a tl-merge timeline has here (a truncated or edited timeline?)");
	return TL_STREAM_ERROR;
}
