/*
 * The lean reading of `sentences` and `timexes` (see input-lean.h).  The
 * line was validated when the record was parsed, but every step still
 * checks its bounds, and whatever is not in the plain form is handed back
 * as TL_EV_LEAN_OTHER for Jansson to read.
 */
#include <string.h>
#include "input-lean.h"

#define MAX_DEPTH 32 /* deeper values are left to Jansson (its limit is 2048) */

typedef struct {
	const char *p, *end;
} Lean;

static inline void
ws(Lean *l)
{
	while (l->p < l->end && (*l->p == ' ' || *l->p == '\t' || *l->p == '\n' || *l->p == '\r'))
		l->p++;
}

static inline gboolean
eat(Lean *l, char c)
{
	ws(l);
	if (l->p < l->end && *l->p == c) {
		l->p++;
		return TRUE;
	}
	return FALSE;
}

static inline gboolean
at(Lean *l, char c)
{
	ws(l);
	return l->p < l->end && *l->p == c;
}

/* A plain integer: an optional minus and at most 18 digits (Jansson reads
 * longer ones as an overflow, and reals as no integer). */
static gboolean
lean_int(Lean *l, gint64 *v)
{
	ws(l);
	const char *p = l->p;
	gboolean neg = p < l->end && *p == '-';
	p += neg;
	const char *d = p;
	gint64 x = 0;
	/* (a 19th digit would overflow x: it is left to the check below) */
	while (p < l->end && *p >= '0' && *p <= '9' && p - d < 18)
		x = x * 10 + (*p++ - '0');
	if (p == d)
		return FALSE;
	if (p < l->end && (*p == '.' || *p == 'e' || *p == 'E' || (*p >= '0' && *p <= '9')))
		return FALSE;
	*v = neg ? -x : x;
	l->p = p;
	return TRUE;
}

/* A string: its bytes as written are s[0..*n), and *esc says whether they
 * hold an escape.  A \u escape is left to Jansson, which refuses some that
 * the record's scanner lets through (a lone surrogate). */
static gboolean
lean_str(Lean *l, const char **s, size_t *n, gboolean *esc)
{
	ws(l);
	if (l->p >= l->end || *l->p != '"')
		return FALSE;
	const char *q = l->p + 1;
	*esc = FALSE;
	for (;;) {
		while (q < l->end && *q != '"' && *q != '\\')
			q++;
		if (q >= l->end)
			return FALSE;
		if (*q == '"')
			break;
		if (q + 1 >= l->end || q[1] == 'u')
			return FALSE;
		*esc = TRUE;
		q += 2;
	}
	*s = l->p + 1;
	*n = (size_t)(q - *s);
	l->p = q + 1;
	return TRUE;
}

/* A string without escapes. */
static gboolean
lean_plain(Lean *l, const char **s, size_t *n)
{
	gboolean esc;
	return lean_str(l, s, n, &esc) && !esc;
}

static gboolean
lean_literal(Lean *l)
{
	static const char *const lits[] = {"null", "true", "false"};
	for (size_t k = 0; k < G_N_ELEMENTS(lits); k++) {
		size_t n = strlen(lits[k]);
		if ((size_t)(l->end - l->p) >= n && memcmp(l->p, lits[k], n) == 0) {
			l->p += n;
			return TRUE;
		}
	}
	return FALSE;
}

/* Past any value in the plain form. */
static gboolean
lean_skip(Lean *l, int depth)
{
	ws(l);
	if (l->p >= l->end)
		return FALSE;
	char c = *l->p;
	const char *s;
	size_t n;
	gint64 v;
	gboolean esc;
	if (c == '"')
		return lean_str(l, &s, &n, &esc);
	if (c == '-' || (c >= '0' && c <= '9'))
		return lean_int(l, &v);
	if (c != '[' && c != '{')
		return lean_literal(l);
	char close = c == '[' ? ']' : '}';
	l->p++;
	if (depth >= MAX_DEPTH)
		return FALSE;
	if (eat(l, close))
		return TRUE;
	do {
		if (c == '{' && !(lean_plain(l, &s, &n) && eat(l, ':')))
			return FALSE;
		if (!lean_skip(l, depth + 1))
			return FALSE;
	} while (eat(l, ','));
	return eat(l, close);
}

/* The whole value was read: nothing but blanks follow. */
static TlEvLean
lean_end(Lean *l)
{
	ws(l);
	return l->p == l->end ? TL_EV_LEAN_OK : TL_EV_LEAN_OTHER;
}

static gboolean
is_null(const char *raw, size_t n)
{
	Lean l = {raw, raw + n};
	ws(&l);
	if ((size_t)(l.end - l.p) < 4 || memcmp(l.p, "null", 4) != 0)
		return FALSE;
	l.p += 4;
	return lean_end(&l) == TL_EV_LEAN_OK;
}

TlEvLean
tl_ev_lean_spans(const char *raw, size_t n, size_t len, GArray *spans)
{
	Lean l = {raw, raw + n};
	if (is_null(raw, n))
		return TL_EV_LEAN_OK;
	if (!eat(&l, '['))
		return TL_EV_LEAN_OTHER;
	if (eat(&l, ']'))
		return lean_end(&l);
	gint64 prev = 0;
	do {
		gint64 a, b;
		if (!eat(&l, '[') || !lean_int(&l, &a) || !eat(&l, ',') || !lean_int(&l, &b) ||
		    !eat(&l, ']'))
			return TL_EV_LEAN_OTHER;
		if (a < prev || b < a || (guint64)b > len)
			return TL_EV_LEAN_BAD;
		TlSpan s = {(guint32)a, (guint32)b};
		g_array_append_val(spans, s);
		prev = b;
	} while (eat(&l, ','));
	if (!eat(&l, ']'))
		return TL_EV_LEAN_OTHER;
	return lean_end(&l);
}

/* What a timex object holds for tl-events; a string field is unset (NULL)
 * when absent or not a string, as json_string_value has it. */
typedef struct {
	gint64 start, end;
	const char *s[5]; /* type, value, range0, range1, id */
	size_t n[5];
} Fields;

enum { F_TYPE, F_VALUE, F_RANGE0, F_RANGE1, F_ID };

/* A string field's value: the string, or NULL for anything else. */
static gboolean
lean_field(Lean *l, Fields *f, int k)
{
	f->s[k] = NULL;
	if (at(l, '"'))
		return lean_plain(l, &f->s[k], &f->n[k]);
	return lean_skip(l, 1);
}

/* "range": its first two elements, when it is an array. */
static gboolean
lean_range(Lean *l, Fields *f)
{
	f->s[F_RANGE0] = f->s[F_RANGE1] = NULL;
	if (!at(l, '['))
		return lean_skip(l, 1);
	l->p++;
	if (eat(l, ']'))
		return TRUE;
	int k = 0;
	do {
		if (k < 2 && !lean_field(l, f, F_RANGE0 + k))
			return FALSE;
		if (k >= 2 && !lean_skip(l, 2))
			return FALSE;
		k++;
	} while (eat(l, ','));
	return eat(l, ']');
}

static gboolean
key_is(const char *k, size_t n, const char *name)
{
	return strlen(name) == n && memcmp(k, name, n) == 0;
}

/* One member of a timex object; a later one of the same name wins, as in
 * Jansson. */
static gboolean
lean_member(Lean *l, Fields *f)
{
	const char *k;
	size_t n;
	if (!lean_plain(l, &k, &n) || !eat(l, ':'))
		return FALSE;
	if (key_is(k, n, "start"))
		return lean_int(l, &f->start);
	if (key_is(k, n, "end"))
		return lean_int(l, &f->end);
	if (key_is(k, n, "type"))
		return lean_field(l, f, F_TYPE);
	if (key_is(k, n, "value"))
		return lean_field(l, f, F_VALUE);
	if (key_is(k, n, "id"))
		return lean_field(l, f, F_ID);
	if (key_is(k, n, "range"))
		return lean_range(l, f);
	return lean_skip(l, 1);
}

/* The timex of f, its strings copied into one block it owns. */
static TlEvTimex
timex_of(const Fields *f)
{
	size_t total = 0;
	for (int k = 0; k < 5; k++)
		total += f->s[k] ? f->n[k] + 1 : 0;
	TlEvTimex x = {.start = (guint32)f->start, .end = (guint32)f->end};
	x.owned = g_malloc(total);
	const char **dst[5] = {&x.type, &x.value, &x.range0, &x.range1, &x.id};
	char *p = x.owned;
	for (int k = 0; k < 5; k++) {
		if (!f->s[k])
			continue;
		memcpy(p, f->s[k], f->n[k]);
		p[f->n[k]] = '\0';
		*dst[k] = p;
		p += f->n[k] + 1;
	}
	return x;
}

TlEvLean
tl_ev_lean_timexes(const char *raw, size_t n, size_t len, GArray *out)
{
	Lean l = {raw, raw + n};
	if (is_null(raw, n))
		return TL_EV_LEAN_OK;
	if (!eat(&l, '['))
		return TL_EV_LEAN_OTHER;
	if (eat(&l, ']'))
		return lean_end(&l);
	do {
		Fields f = {0};
		if (!eat(&l, '{'))
			return TL_EV_LEAN_OTHER;
		if (!eat(&l, '}')) {
			do {
				if (!lean_member(&l, &f))
					return TL_EV_LEAN_OTHER;
			} while (eat(&l, ','));
			if (!eat(&l, '}'))
				return TL_EV_LEAN_OTHER;
		}
		if (f.start < 0 || f.end < f.start || (guint64)f.end > len)
			return TL_EV_LEAN_BAD;
		if (!f.s[F_ID]) /* timexes from elsewhere may lack ids: do not date by them */
			continue;
		TlEvTimex x = timex_of(&f);
		g_array_append_val(out, x);
	} while (eat(&l, ','));
	if (!eat(&l, ']'))
		return TL_EV_LEAN_OTHER;
	return lean_end(&l);
}

void
tl_ev_timex_clear(gpointer x)
{
	g_free(((TlEvTimex *)x)->owned);
}
