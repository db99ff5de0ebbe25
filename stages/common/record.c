/*
 * Records as spliced lines.  tl_record_parse validates the whole line (UTF-8,
 * then JSON with an iterative scanner, so depth costs no stack) and indexes
 * the top-level members by byte span; values are decoded on demand.  Writing
 * copies the untouched members' bytes and appends the members the stage set.
 */
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include "tl/record.h"
#include "tl/utf8.h"

#define MAX_DEPTH 10000

typedef struct {
	char *key;
	size_t start;          /* first byte of the key's opening quote */
	size_t vstart, vend;   /* the value's bytes */
	gboolean removed;
	json_t *cached;        /* decoded value, or NULL */
	char *str;             /* decoded string value, or NULL */
	size_t str_len;
} Member;

typedef struct {
	char *key;
	json_t *value; /* the value, or NULL while only raw is known */
	char *raw;     /* serialized value given by tl_record_set_raw, or NULL */
	size_t raw_len;
} Added;

struct TlRecord {
	char *line;
	size_t len;
	GArray *members; /* of Member */
	GArray *added;   /* of Added, in the order set */
};

/* ---- scanning ---------------------------------------------------------------- */

typedef struct {
	const char *s;
	size_t len, pos;
	GError **error;
	size_t key_end; /* after the closing quote of the last key scanned */
} Scan;

static gboolean
fail(Scan *sc, const char *what)
{
	if (sc->pos >= sc->len)
		g_set_error(sc->error, TL_ERROR, TL_ERROR_JSON, "invalid JSON: %s at end of line", what);
	else
		g_set_error(sc->error, TL_ERROR, TL_ERROR_JSON, "invalid JSON at byte %zu: %s",
		            sc->pos, what);
	return FALSE;
}

static void
skip_ws(Scan *sc)
{
	while (sc->pos < sc->len) {
		char c = sc->s[sc->pos];
		if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
			break;
		sc->pos++;
	}
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static gboolean
read_u16(Scan *sc, size_t at, unsigned *out)
{
	if (at + 4 > sc->len)
		return FALSE;
	unsigned v = 0;
	for (int i = 0; i < 4; i++) {
		int h = hexval(sc->s[at + i]);
		if (h < 0)
			return FALSE;
		v = v * 16 + (unsigned)h;
	}
	*out = v;
	return TRUE;
}

/* A string at sc->pos (its opening quote); leaves pos after the closing one. */
/* The first byte from p that ends a plain run of string: a quote, a
 * backslash or a control character; end if none.  Sixteen bytes at a time
 * where SSE2 is there (every x86-64): a news text is long runs of them. */
static const char *
plain_run(const char *p, const char *end)
{
#if defined(__SSE2__)
	const __m128i quote = _mm_set1_epi8('"'), bslash = _mm_set1_epi8('\\'),
	              ctl = _mm_set1_epi8(0x1F);
	for (; end - p >= 16; p += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
		/* c <= 0x1F unsigned: min(c, 0x1F) == c */
		__m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote),
		                                        _mm_cmpeq_epi8(v, bslash)),
		                           _mm_cmpeq_epi8(_mm_min_epu8(v, ctl), v));
		int mask = _mm_movemask_epi8(hit);
		if (mask)
			return p + __builtin_ctz((unsigned)mask);
	}
#endif
	while (p < end && *p != '"' && *p != '\\' && (unsigned char)*p >= 0x20)
		p++;
	return p;
}

static gboolean
scan_string(Scan *sc)
{
	sc->pos++;
	for (;;) {
		const char *p = plain_run(sc->s + sc->pos, sc->s + sc->len), *end = sc->s + sc->len;
		sc->pos = (size_t)(p - sc->s);
		if (p >= end)
			return fail(sc, "unterminated string");
		if (*p == '"') {
			sc->pos++;
			return TRUE;
		}
		if ((unsigned char)*p < 0x20)
			return fail(sc, "control character in string");
		/* an escape */
		if (sc->pos + 1 >= sc->len)
			return fail(sc, "unterminated escape");
		char e = sc->s[sc->pos + 1];
		if (strchr("\"\\/bfnrt", e) && e) {
			sc->pos += 2;
			continue;
		}
		unsigned u, lo;
		if (e != 'u' || !read_u16(sc, sc->pos + 2, &u))
			return fail(sc, "bad escape in string");
		if (u == 0)
			return fail(sc, "\\u0000 in string");
		if (u >= 0xDC00 && u <= 0xDFFF)
			return fail(sc, "lone low surrogate in string");
		if (u >= 0xD800 && u <= 0xDBFF) {
			if (sc->pos + 12 > sc->len || sc->s[sc->pos + 6] != '\\' ||
			    sc->s[sc->pos + 7] != 'u' || !read_u16(sc, sc->pos + 8, &lo) ||
			    lo < 0xDC00 || lo > 0xDFFF)
				return fail(sc, "lone high surrogate in string");
			sc->pos += 12;
		} else
			sc->pos += 6;
	}
}

static gboolean
scan_number(Scan *sc)
{
	const char *s = sc->s;
	size_t p = sc->pos, n = sc->len;
	if (p < n && s[p] == '-')
		p++;
	if (p < n && s[p] == '0')
		p++;
	else if (p < n && s[p] >= '1' && s[p] <= '9')
		while (p < n && g_ascii_isdigit(s[p]))
			p++;
	else {
		sc->pos = p;
		return fail(sc, "bad number");
	}
	if (p < n && s[p] == '.') {
		p++;
		if (!(p < n && g_ascii_isdigit(s[p]))) {
			sc->pos = p;
			return fail(sc, "bad number");
		}
		while (p < n && g_ascii_isdigit(s[p]))
			p++;
	}
	if (p < n && (s[p] == 'e' || s[p] == 'E')) {
		p++;
		if (p < n && (s[p] == '+' || s[p] == '-'))
			p++;
		if (!(p < n && g_ascii_isdigit(s[p]))) {
			sc->pos = p;
			return fail(sc, "bad number");
		}
		while (p < n && g_ascii_isdigit(s[p]))
			p++;
	}
	sc->pos = p;
	return TRUE;
}

static gboolean
scan_literal(Scan *sc, const char *lit)
{
	size_t l = strlen(lit);
	if (sc->len - sc->pos < l || memcmp(sc->s + sc->pos, lit, l) != 0)
		return fail(sc, "unexpected character");
	sc->pos += l;
	return TRUE;
}

/* An object key and its colon, with pos at the key's quote. */
static gboolean
scan_key(Scan *sc)
{
	if (sc->pos >= sc->len || sc->s[sc->pos] != '"')
		return fail(sc, "expected a string key");
	if (!scan_string(sc))
		return FALSE;
	sc->key_end = sc->pos;
	skip_ws(sc);
	if (sc->pos >= sc->len || sc->s[sc->pos] != ':')
		return fail(sc, "expected ':'");
	sc->pos++;
	return TRUE;
}

/* Any JSON value, iteratively: containers push on a stack of '[' and '{'. */
static gboolean
scan_value(Scan *sc)
{
	char stack[MAX_DEPTH];
	int depth = 0;
	for (;;) {
		skip_ws(sc);
		if (sc->pos >= sc->len)
			return fail(sc, "expected a value");
		char c = sc->s[sc->pos];
		gboolean opened = FALSE;
		if (c == '{' || c == '[') {
			if (depth == MAX_DEPTH)
				return fail(sc, "nested too deeply");
			stack[depth++] = c;
			sc->pos++;
			skip_ws(sc);
			char close = c == '{' ? '}' : ']';
			if (sc->pos < sc->len && sc->s[sc->pos] == close) {
				sc->pos++;
				depth--;
			} else if (c == '{') {
				if (!scan_key(sc))
					return FALSE;
				opened = TRUE;
			} else
				opened = TRUE;
		} else if (c == '"') {
			if (!scan_string(sc))
				return FALSE;
		} else if (c == 't') {
			if (!scan_literal(sc, "true"))
				return FALSE;
		} else if (c == 'f') {
			if (!scan_literal(sc, "false"))
				return FALSE;
		} else if (c == 'n') {
			if (!scan_literal(sc, "null"))
				return FALSE;
		} else if (c == '-' || g_ascii_isdigit(c)) {
			if (!scan_number(sc))
				return FALSE;
		} else
			return fail(sc, "unexpected character");
		if (opened)
			continue;
		/* after a value: close containers, or go on after a comma */
		for (;;) {
			if (depth == 0)
				return TRUE;
			skip_ws(sc);
			if (sc->pos >= sc->len)
				return fail(sc, "unterminated array or object");
			char d = sc->s[sc->pos];
			char top = stack[depth - 1];
			if (d == ',') {
				sc->pos++;
				if (top == '{') {
					skip_ws(sc);
					if (!scan_key(sc))
						return FALSE;
				}
				break;
			}
			if ((top == '{' && d == '}') || (top == '[' && d == ']')) {
				sc->pos++;
				depth--;
				continue;
			}
			return fail(sc, top == '{' ? "expected ',' or '}'" : "expected ',' or ']'");
		}
	}
}

/* Decode the JSON string whose opening quote is at s[0]; new string. */
static char *
decode_string(const char *s, size_t span, size_t *out_len)
{
	/* the value was validated by the scan; no escape makes it longer */
	const char *p = s + 1, *end = s + span - 1;
	char *out = g_malloc((size_t)(end - p) + 1), *o = out;
	while (p < end) {
		const char *q = memchr(p, '\\', (size_t)(end - p));
		if (!q)
			q = end;
		memcpy(o, p, (size_t)(q - p));
		o += q - p;
		if (q == end)
			break;
		char e = q[1];
		p = q + 2;
		switch (e) {
		case 'b': *o++ = '\b'; break;
		case 'f': *o++ = '\f'; break;
		case 'n': *o++ = '\n'; break;
		case 'r': *o++ = '\r'; break;
		case 't': *o++ = '\t'; break;
		case 'u': {
			unsigned u = 0, lo = 0;
			for (int i = 0; i < 4; i++)
				u = u * 16 + (unsigned)hexval(p[i]);
			p += 4;
			if (u >= 0xD800 && u <= 0xDBFF) {
				for (int i = 0; i < 4; i++)
					lo = lo * 16 + (unsigned)hexval(p[2 + i]);
				p += 6;
				u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
			}
			o += g_unichar_to_utf8(u, o);
			break;
		}
		default: *o++ = e; break;
		}
	}
	*o = '\0';
	*out_len = (size_t)(o - out);
	return out;
}

/* ---- records ------------------------------------------------------------------ */

static void
member_clear(gpointer p)
{
	Member *m = p;
	g_free(m->key);
	g_free(m->str);
	if (m->cached)
		json_decref(m->cached);
}

static void
added_clear(gpointer p)
{
	Added *a = p;
	g_free(a->key);
	g_free(a->raw);
	if (a->value)
		json_decref(a->value);
}

static TlRecord *
record_alloc(const char *line, size_t len)
{
	TlRecord *rec = g_new0(TlRecord, 1);
	rec->line = g_malloc(len + 1);
	memcpy(rec->line, line, len);
	rec->line[len] = '\0';
	rec->len = len;
	/* room for a usual record's members from the start: an array grown
	 * from nothing is reallocated at 1, 2, 4 and 8 */
	rec->members = g_array_sized_new(FALSE, TRUE, sizeof(Member), 8);
	g_array_set_clear_func(rec->members, member_clear);
	rec->added = g_array_sized_new(FALSE, TRUE, sizeof(Added), 4);
	g_array_set_clear_func(rec->added, added_clear);
	return rec;
}

TlRecord *
tl_record_new(void)
{
	return record_alloc("{}", 2);
}

void
tl_record_free(TlRecord *rec)
{
	if (!rec)
		return;
	g_array_free(rec->members, TRUE);
	g_array_free(rec->added, TRUE);
	g_free(rec->line);
	g_free(rec);
}

/* A line that is an opening bracket alone: the first line of a record or
 * an array written over several lines (jq's pretty print, json.dump with
 * indent), which was "invalid JSON: expected a string key at end of line". */
static gboolean
bracket_alone(const Scan *sc, char c)
{
	size_t i = sc->pos + 1;
	while (i < sc->len && (sc->s[i] == ' ' || sc->s[i] == '\t' || sc->s[i] == '\r'))
		i++;
	return sc->s[sc->pos] == c && i == sc->len;
}

/* A member and its comma end the line: the object goes on below. */
static const char goes_on[] =
        "invalid JSON: the object goes on past the end of the line (a timeline from tl-merge, "
        "or a record over several lines? JSON Lines wants one record a line: jq -c makes them)";

static gboolean
index_members(TlRecord *rec, GError **error)
{
	Scan sc = {rec->line, rec->len, 0, error, 0};
	skip_ws(&sc);
	if (sc.pos < sc.len &&
	    (bracket_alone(&sc, '{') || bracket_alone(&sc, '[') || bracket_alone(&sc, ']'))) {
		gboolean obj = sc.s[sc.pos] == '{';
		g_set_error(error, TL_ERROR, TL_ERROR_JSON,
		            "invalid JSON: a line of '%c' alone (%s%s over several lines? JSON Lines "
		            "wants one record a line: jq -c%s makes them)",
		            sc.s[sc.pos], sc.s[sc.pos] == ']' ? "the end of " : "",
		            obj ? "a record" : "an array of records", obj ? "" : " '.[]'");
		return FALSE;
	}
	if (sc.pos >= sc.len || sc.s[sc.pos] != '{') {
		if (sc.pos < sc.len && strchr("[\"-0123456789tfn", sc.s[sc.pos])) {
			/* valid JSON or not, it is no record: say which */
			if (!scan_value(&sc))
				return FALSE;
			skip_ws(&sc);
			if (sc.pos != sc.len)
				return fail(&sc, "text after the end of the value");
			g_set_error(error, TL_ERROR, TL_ERROR_JSON, "the line is JSON but not an object");
			return FALSE;
		}
		/* a mark inside the stream, where files were joined (cat a b):
		 * only the file's first one is dropped */
		if (sc.len - sc.pos >= 3 && memcmp(sc.s + sc.pos, "\xEF\xBB\xBF", 3) == 0)
			return fail(&sc, "expected '{', found a byte order mark (U+FEFF) inside the "
			                 "file (files joined with cat? remove it)");
		return fail(&sc, "expected '{'");
	}
	sc.pos++;
	skip_ws(&sc);
	if (sc.pos < sc.len && sc.s[sc.pos] == '}')
		sc.pos++;
	else
		for (;;) {
			skip_ws(&sc);
			Member m = {0};
			m.start = sc.pos;
			if (!scan_key(&sc))
				return FALSE;
			skip_ws(&sc);
			size_t kend = sc.key_end, klen;
			m.vstart = sc.pos;
			if (!scan_value(&sc))
				return FALSE;
			m.vend = sc.pos;
			m.key = decode_string(rec->line + m.start, kend - m.start, &klen);
			g_array_append_val(rec->members, m);
			skip_ws(&sc);
			if (sc.pos < sc.len && sc.s[sc.pos] == ',') {
				sc.pos++;
				/* a member and its comma end the line: the object goes
				 * on below (a timeline's first line, a record printed a
				 * few members a line), which was "expected a string key
				 * at end of line" */
				skip_ws(&sc);
				if (sc.pos == sc.len) {
					g_set_error_literal(error, TL_ERROR, TL_ERROR_JSON,
					                    goes_on);
					return FALSE;
				}
				continue;
			}
			if (sc.pos < sc.len && sc.s[sc.pos] == '}') {
				sc.pos++;
				break;
			}
			return fail(&sc, "expected ',' or '}'");
		}
	size_t end = sc.pos;
	skip_ws(&sc);
	if (sc.pos == sc.len)
		return TRUE;
	/* a file of old Mac line ends (CR alone) reads as one line */
	if (memchr(sc.s + end, '\r', sc.pos - end))
		return fail(&sc, "text after the end of the object (lines ended by CR "
		                 "alone? convert them to LF)");
	/* the records of a JSON array, one a line with its comma */
	if (sc.s[sc.pos] == ',' && sc.pos + 1 == sc.len)
		return fail(&sc, "a ',' after the object (the records of a JSON array, one a line? "
		                 "JSON Lines has no commas: jq -c '.[]' makes them)");
	return fail(&sc, "text after the end of the object");
}

TlRecord *
tl_record_parse(const char *line, size_t len, GError **error)
{
	size_t bad;
	/* (a record opens with '{': no magic number does) */
	const char *packed = len && line[0] != '{' ? tl_compressed_name(line, len) : NULL;
	if (packed) {
		g_set_error(error, TL_ERROR, TL_ERROR_UTF8,
		            "%s-compressed data, not text (decompress it first)", packed);
		return NULL;
	}
	if (!tl_utf8_validate(line, len, &bad)) {
		const char *bom = bad == 0 ? tl_utf_bom_name(line, len) : NULL;
		if (bom) {
			g_set_error(error, TL_ERROR, TL_ERROR_UTF8,
			            "%s text is not supported (convert it to UTF-8)", bom);
			return NULL;
		}
		g_set_error(error, TL_ERROR, TL_ERROR_UTF8,
		            line[bad] ? "invalid UTF-8 at byte %zu" : "NUL byte at byte %zu", bad);
		return NULL;
	}
	TlRecord *rec = record_alloc(line, len);
	if (!index_members(rec, error)) {
		tl_record_free(rec);
		return NULL;
	}
	return rec;
}

/* The live input member named key (the last one, as JSON parsers keep). */
static Member *
find_member(TlRecord *rec, const char *key)
{
	for (guint i = rec->members->len; i-- > 0;) {
		Member *m = &g_array_index(rec->members, Member, i);
		if (!m->removed && strcmp(m->key, key) == 0)
			return m;
	}
	return NULL;
}

static Added *
find_added(TlRecord *rec, const char *key)
{
	for (guint i = 0; i < rec->added->len; i++) {
		Added *a = &g_array_index(rec->added, Added, i);
		if (strcmp(a->key, key) == 0)
			return a;
	}
	return NULL;
}

gboolean
tl_record_has(TlRecord *rec, const char *key)
{
	return find_added(rec, key) || find_member(rec, key);
}

json_t *
tl_record_get(TlRecord *rec, const char *key)
{
	Added *a = find_added(rec, key);
	if (a) {
		if (!a->value)
			a->value = json_loadb(a->raw, a->raw_len, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
		return a->value;
	}
	Member *m = find_member(rec, key);
	if (!m)
		return NULL;
	if (!m->cached) {
		json_error_t jerr;
		m->cached = json_loadb(rec->line + m->vstart, m->vend - m->vstart,
		                       JSON_DECODE_ANY | JSON_ALLOW_NUL, &jerr);
	}
	return m->cached;
}

const char *
tl_record_get_string(TlRecord *rec, const char *key, size_t *len)
{
	Added *a = find_added(rec, key);
	if (a) {
		if (!json_is_string(tl_record_get(rec, key)))
			return NULL;
		if (len)
			*len = json_string_length(a->value);
		return json_string_value(a->value);
	}
	Member *m = find_member(rec, key);
	if (!m || rec->line[m->vstart] != '"')
		return NULL;
	if (!m->str)
		m->str = decode_string(rec->line + m->vstart, m->vend - m->vstart, &m->str_len);
	if (len)
		*len = m->str_len;
	return m->str;
}

const char *
tl_record_get_raw(TlRecord *rec, const char *key, size_t *len)
{
	if (find_added(rec, key))
		return NULL;
	Member *m = find_member(rec, key);
	if (!m)
		return NULL;
	*len = m->vend - m->vstart;
	return rec->line + m->vstart;
}

char *
tl_json_string_decode(const char *s, size_t span, size_t *len)
{
	return decode_string(s, span, len);
}

void
tl_record_remove(TlRecord *rec, const char *key)
{
	for (guint i = 0; i < rec->members->len; i++) {
		Member *m = &g_array_index(rec->members, Member, i);
		if (strcmp(m->key, key) == 0)
			m->removed = TRUE;
	}
	for (guint i = 0; i < rec->added->len; i++)
		if (strcmp(g_array_index(rec->added, Added, i).key, key) == 0) {
			g_array_remove_index(rec->added, i);
			break;
		}
}

/* The added member named key, made (empty) at the end if there is none. */
static Added *
added_slot(TlRecord *rec, const char *key)
{
	Added *a = find_added(rec, key);
	if (a) {
		if (a->value)
			json_decref(a->value);
		g_clear_pointer(&a->raw, g_free);
		a->value = NULL;
		return a;
	}
	tl_record_remove(rec, key);
	Added n = {g_strdup(key), NULL, NULL, 0};
	g_array_append_val(rec->added, n);
	return &g_array_index(rec->added, Added, rec->added->len - 1);
}

void
tl_record_set(TlRecord *rec, const char *key, json_t *value)
{
	added_slot(rec, key)->value = value;
}

void
tl_record_set_raw(TlRecord *rec, const char *key, const char *json, size_t len)
{
	Added *a = added_slot(rec, key);
	a->raw = g_strndup(json, len);
	a->raw_len = len;
}

void
tl_record_set_string(TlRecord *rec, const char *key, const char *s, size_t len)
{
	/* invalid UTF-8 would make the writer drop the value and break the line */
	if (!g_utf8_validate_len(s, len, NULL)) {
		g_autofree char *ok = g_utf8_make_valid(s, (gssize)len);
		tl_record_set(rec, key, json_string_nocheck(ok));
		return;
	}
	tl_record_set(rec, key, json_stringn_nocheck(s, len));
}

static int
dump_cb(const char *buf, size_t size, void *data)
{
	g_string_append_len(data, buf, (gssize)size);
	return 0;
}

/* Append s quoted when it needs no escape (printable ASCII without quote or
 * backslash: keys, ids, dates), as jansson would write it; FALSE, with out
 * untouched, for anything else. */
static gboolean
plain_string(GString *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c > 0x7E || c == '"' || c == '\\')
			return FALSE;
	}
	g_string_append_c(out, '"');
	g_string_append_len(out, s, (gssize)n);
	g_string_append_c(out, '"');
	return TRUE;
}

void
tl_json_append(GString *out, const json_t *value)
{
	gsize before = out->len;
	if (json_is_string(value) && plain_string(out, json_string_value(value),
	                                          json_string_length(value)))
		return;
	if (json_dump_callback(value, dump_cb, out,
	                       JSON_COMPACT | JSON_ENCODE_ANY | JSON_REAL_PRECISION(6)) != 0) {
		/* only a string that is not UTF-8 fails: never write half a value */
		g_string_truncate(out, before);
		g_string_append(out, "null");
	}
}

/* Bytes of a member that are written straight from where they lie, not
 * copied into the buffer first (a big document's layers run to hundreds of
 * megabytes). */
#define WRITE_DIRECT (64 * 1024)

/* Append s[0..n) to out; with fp, write a big piece straight to fp after
 * what out holds (out emptied).  *ok becomes FALSE when a write fails. */
static void
piece(GString *out, FILE *fp, const char *s, size_t n, gboolean *ok)
{
	if (!fp || n < WRITE_DIRECT) {
		g_string_append_len(out, s, (gssize)n);
		return;
	}
	if (out->len && fwrite(out->str, 1, out->len, fp) != out->len)
		*ok = FALSE;
	g_string_truncate(out, 0);
	if (fwrite(s, 1, n, fp) != n)
		*ok = FALSE;
}

static gboolean
write_to(TlRecord *rec, GString *out, FILE *fp)
{
	gboolean first = TRUE, ok = TRUE;
	g_string_append_c(out, '{');
	for (guint i = 0; i < rec->members->len; i++) {
		Member *m = &g_array_index(rec->members, Member, i);
		if (m->removed)
			continue;
		if (!first)
			g_string_append_c(out, ',');
		piece(out, fp, rec->line + m->start, m->vend - m->start, &ok);
		first = FALSE;
	}
	for (guint i = 0; i < rec->added->len; i++) {
		Added *a = &g_array_index(rec->added, Added, i);
		if (!first)
			g_string_append_c(out, ',');
		if (!plain_string(out, a->key, strlen(a->key))) {
			json_t *k = json_string_nocheck(a->key);
			tl_json_append(out, k);
			json_decref(k);
		}
		g_string_append_c(out, ':');
		if (a->raw)
			piece(out, fp, a->raw, a->raw_len, &ok);
		else
			tl_json_append(out, a->value);
		first = FALSE;
	}
	g_string_append(out, "}\n");
	return ok;
}

void
tl_record_write(TlRecord *rec, GString *out)
{
	write_to(rec, out, NULL);
}

gboolean
tl_record_write_file(TlRecord *rec, GString *buf, FILE *fp)
{
	g_string_truncate(buf, 0);
	gboolean ok = write_to(rec, buf, fp);
	if (buf->len && fwrite(buf->str, 1, buf->len, fp) != buf->len)
		ok = FALSE;
	g_string_truncate(buf, 0);
	return ok;
}
