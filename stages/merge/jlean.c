/*
 * Lean JSON reading and writing for tl-merge (see jlean.h).  Reading skips
 * values with memchr-style loops and never allocates; writing reproduces
 * Jansson's compact output exactly, so the timeline's bytes do not change.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "tl/calendar.h"
#include "tl/timeline.h"
#include "tl/record.h"
#include "../common/tag-annotate.h"
#include "jlean.h"

static const char *
ws(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	return p;
}

/* Past the string whose opening quote is at p. */
static const char *
skip_string(const char *p, const char *end)
{
	p++;
	for (;;) {
		while (p < end && *p != '"' && *p != '\\')
			p++;
		if (p >= end)
			return end;
		if (*p == '"')
			return p + 1;
		p += 2; /* an escape: what follows the backslash is never the closing quote */
	}
}

/* Past the value at p (valid JSON assumed). */
static const char *
skip_value(const char *p, const char *end)
{
	if (p >= end)
		return end;
	if (*p == '"')
		return skip_string(p, end);
	if (*p != '{' && *p != '[') {
		while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\t' &&
		       *p != '\n' && *p != '\r')
			p++;
		return p;
	}
	int depth = 0;
	while (p < end) {
		char c = *p;
		if (c == '"') {
			p = skip_string(p, end);
			continue;
		}
		if (c == '{' || c == '[')
			depth++;
		else if (c == '}' || c == ']') {
			if (--depth == 0)
				return p + 1;
		}
		p++;
	}
	return end;
}

gboolean
tl_jl_iter(TlJIter *it, TlJSpan s, char open)
{
	if (!s.v || s.v >= s.e || *s.v != open)
		return FALSE;
	it->p = s.v + 1;
	it->end = s.e;
	it->first = TRUE;
	return TRUE;
}

/* Step to the next item: FALSE at the closing bracket. */
static gboolean
advance(TlJIter *it)
{
	it->p = ws(it->p, it->end);
	if (it->p >= it->end)
		return FALSE;
	if (!it->first) {
		if (*it->p != ',')
			return FALSE;
		it->p = ws(it->p + 1, it->end);
	} else if (*it->p == '}' || *it->p == ']')
		return FALSE;
	it->first = FALSE;
	return it->p < it->end;
}

gboolean
tl_jl_next_member(TlJIter *it, const char **key, size_t *klen, gboolean *kesc, TlJSpan *val)
{
	if (!advance(it) || *it->p != '"')
		return FALSE;
	const char *k = it->p + 1;
	const char *ke = skip_string(it->p, it->end) - 1;
	*key = k;
	*klen = (size_t)(ke - k);
	*kesc = memchr(k, '\\', *klen) != NULL;
	const char *p = ws(ke + 1, it->end);
	p = ws(p + 1, it->end); /* the ':' */
	val->v = p;
	val->e = skip_value(p, it->end);
	it->p = val->e;
	return TRUE;
}

gboolean
tl_jl_next_elem(TlJIter *it, TlJSpan *val)
{
	if (!advance(it))
		return FALSE;
	val->v = it->p;
	val->e = skip_value(it->p, it->end);
	it->p = val->e;
	return TRUE;
}

gboolean
tl_jl_next_object(TlJIter *it, TlJIter *obj, gboolean *isobj)
{
	if (!advance(it))
		return FALSE;
	*isobj = *it->p == '{';
	if (!*isobj) {
		it->p = skip_value(it->p, it->end);
		return TRUE;
	}
	obj->p = it->p + 1;
	obj->end = it->end;
	obj->first = TRUE;
	return TRUE;
}

void
tl_jl_close(TlJIter *it, const TlJIter *obj)
{
	/* the member walk stopped at the object's closing brace */
	const char *p = ws(obj->p, obj->end);
	it->p = p < obj->end ? p + 1 : obj->end;
}

gboolean
tl_jl_key_is(const char *key, size_t klen, gboolean kesc, const char *name)
{
	if (!kesc)
		return strlen(name) == klen && memcmp(key, name, klen) == 0;
	size_t n;
	g_autofree char *k = tl_json_string_decode(key - 1, klen + 2, &n);
	return strlen(name) == n && memcmp(k, name, n) == 0;
}

TlJSpan
tl_jl_value(const char *p, const char *end)
{
	return (TlJSpan){p, skip_value(p, end)};
}

const char *
tl_jl_string(TlJSpan s, GString *scratch)
{
	if (!s.v || *s.v != '"')
		return NULL;
	g_string_truncate(scratch, 0);
	const char *p = s.v + 1, *end = s.e - 1;
	if (!memchr(p, '\\', (size_t)(end - p))) {
		g_string_append_len(scratch, p, end - p);
		return scratch->str;
	}
	size_t n;
	g_autofree char *d = tl_json_string_decode(s.v, (size_t)(s.e - s.v), &n);
	g_string_append_len(scratch, d, (gssize)n);
	return scratch->str;
}

gboolean
tl_jl_integer(TlJSpan s, gint64 *out)
{
	if (!s.v || !(*s.v == '-' || g_ascii_isdigit(*s.v)))
		return FALSE;
	for (const char *p = s.v; p < s.e; p++)
		if (*p == '.' || *p == 'e' || *p == 'E')
			return FALSE;
	char buf[32];
	size_t n = (size_t)(s.e - s.v);
	if (n >= sizeof buf)
		return FALSE;
	memcpy(buf, s.v, n);
	buf[n] = '\0';
	*out = g_ascii_strtoll(buf, NULL, 10);
	return TRUE;
}

gboolean
tl_jl_number(TlJSpan s, double *out)
{
	if (!s.v || !(*s.v == '-' || g_ascii_isdigit(*s.v)))
		return FALSE;
	char buf[64];
	size_t n = (size_t)(s.e - s.v);
	if (n >= sizeof buf) {
		g_autofree char *big = g_strndup(s.v, n);
		*out = g_ascii_strtod(big, NULL);
		return TRUE;
	}
	memcpy(buf, s.v, n);
	buf[n] = '\0';
	*out = g_ascii_strtod(buf, NULL);
	return TRUE;
}

TlJSpan
tl_jl_index(TlJSpan s, guint i)
{
	TlJIter it;
	TlJSpan v = {NULL, NULL};
	if (!tl_jl_iter(&it, s, '['))
		return v;
	for (guint k = 0; tl_jl_next_elem(&it, &v); k++)
		if (k == i)
			return v;
	return (TlJSpan){NULL, NULL};
}

/* ---- writing ---------------------------------------------------------------- */

void
tl_jl_put_string(GString *out, const char *s)
{
	if (!s)
		TL_JL_PUT(out, "null");
	else
		tl_annot_json_string(out, s, strlen(s)); /* the kit's escaper */
}

/* As Jansson's jsonp_dtostr at precision 6: the text of x in buf (64
 * bytes), its length, 0 when there is none. */
static int
real_text(char *buf, double x)
{
	int n = snprintf(buf, 64, "%.6g", x);
	if (n < 0 || n >= 64 - 3)
		return 0;
	if (!strchr(buf, '.') && !strchr(buf, 'e')) {
		buf[n++] = '.';
		buf[n++] = '0';
		buf[n] = '\0';
	}
	char *start = strchr(buf, 'e');
	if (start) {
		start++;
		char *end = start + 1;
		if (*start == '-')
			start++;
		while (*end == '0')
			end++;
		if (end != start) {
			memmove(start, end, (size_t)(n - (end - buf)) + 1);
			n -= (int)(end - start);
		}
	}
	return n;
}

/* Texts of numbers by their bits, direct-mapped (tl-merge is one thread):
 * a source's confidence and salience are rounded to 2 decimals, and a
 * timeline's dates are a few thousand days. */
#define CACHE_SLOTS 256

typedef struct {
	guint64 bits;
	guint8 len; /* 0: empty */
	char text[23];
} CachedText;

static guint
cache_slot(guint64 bits)
{
	return (guint)((bits * G_GUINT64_CONSTANT(0x9E3779B97F4A7C15)) >> 56) % CACHE_SLOTS;
}

void
tl_jl_put_real(GString *out, double x)
{
	static CachedText cache[CACHE_SLOTS];
	guint64 bits;
	memcpy(&bits, &x, sizeof bits);
	CachedText *c = &cache[cache_slot(bits)];
	if (c->len && c->bits == bits) {
		tl_annot_put(out, c->text, c->len);
		return;
	}
	char buf[64];
	int n = real_text(buf, x);
	if (n > 0 && (size_t)n <= sizeof c->text) {
		c->bits = bits;
		c->len = (guint8)n;
		memcpy(c->text, buf, (size_t)n);
	}
	tl_annot_put(out, buf, (size_t)n);
}

void
tl_jl_put_day(GString *out, gint64 day)
{
	static CachedText cache[CACHE_SLOTS];
	CachedText *c = &cache[cache_slot((guint64)day)];
	if (c->len && c->bits == (guint64)day) {
		tl_annot_put(out, c->text, c->len);
		return;
	}
	gint64 y;
	int m, d;
	tl_cal_from_days(day, &y, &m, &d);
	if (y >= 0 && y <= 9999) {
		char b[13] = {'"',
		              (char)('0' + y / 1000),
		              (char)('0' + y / 100 % 10),
		              (char)('0' + y / 10 % 10),
		              (char)('0' + y % 10),
		              '-',
		              (char)('0' + m / 10),
		              (char)('0' + m % 10),
		              '-',
		              (char)('0' + d / 10),
		              (char)('0' + d % 10),
		              '"',
		              0};
		c->bits = (guint64)day;
		c->len = 12;
		memcpy(c->text, b, 12);
		tl_annot_put(out, b, 12);
		return;
	}
	g_autofree char *s = tl_date_format_day(day);
	g_string_append_c(out, '"');
	g_string_append(out, s);
	g_string_append_c(out, '"');
}
