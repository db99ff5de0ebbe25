/*
 * Datelines and DCT strings.  A plain-text article often says when it was
 * published in its first lines: "KYIV, April 27, 2024 (Reuters) -",
 * "Published: 27 April 2024", or a line that is only a date.  The month and
 * weekday names and the introducing words come from data/dateline.ini.
 */
#include <string.h>
#include "normalize.h"
#include "tl/calendar.h"
#include "tl/resource.h"

typedef struct {
	char *word; /* lower case, no final full stop */
	int value;
} Entry;

typedef struct {
	GArray *months, *weekdays; /* of Entry */
	GPtrArray *prefixes;       /* lower case, longest first */
	GPtrArray *am, *pm, *zones;
} Lexicon;

static Lexicon *lexicon;

static void
add_words(GArray *to, char **words, int value)
{
	for (char **w = words; w && *w; w++) {
		char *s = g_ascii_strdown(g_strstrip(*w), -1);
		size_t n = strlen(s);
		if (n > 0 && s[n - 1] == '.')
			s[n - 1] = '\0';
		Entry e = {s, value};
		g_array_append_val(to, e);
	}
}

static GPtrArray *
word_list(GKeyFile *kf, const char *group, const char *key)
{
	GPtrArray *a = g_ptr_array_new();
	g_auto(GStrv) words = g_key_file_get_string_list(kf, group, key, NULL, NULL);
	for (char **w = words; w && *w; w++)
		g_ptr_array_add(a, g_ascii_strdown(g_strstrip(*w), -1));
	return a;
}

static gint
longer_first(gconstpointer a, gconstpointer b)
{
	size_t la = strlen(*(char *const *)a), lb = strlen(*(char *const *)b);
	return la == lb ? 0 : la > lb ? -1 : 1;
}

/* Load data/dateline.ini once (kept for the life of the program). */
static Lexicon *
lexicon_get(GError **error)
{
	if (lexicon)
		return lexicon;
	g_autoptr(GBytes) b = tl_resource_get("normalize", "dateline.ini", error);
	if (!b)
		return NULL;
	g_autoptr(GKeyFile) kf = g_key_file_new();
	gsize n;
	const char *data = g_bytes_get_data(b, &n);
	if (!g_key_file_load_from_data(kf, data, n, G_KEY_FILE_NONE, error)) {
		g_prefix_error(error, "dateline.ini: ");
		return NULL;
	}
	Lexicon *lx = g_new0(Lexicon, 1);
	lx->months = g_array_new(FALSE, FALSE, sizeof(Entry));
	lx->weekdays = g_array_new(FALSE, FALSE, sizeof(Entry));
	for (int i = 1; i <= 12; i++) {
		char key[4];
		g_snprintf(key, sizeof key, "%d", i);
		g_auto(GStrv) w = g_key_file_get_string_list(kf, "months", key, NULL, NULL);
		add_words(lx->months, w, i);
		if (i <= 7) {
			g_auto(GStrv) d = g_key_file_get_string_list(kf, "weekdays", key, NULL, NULL);
			add_words(lx->weekdays, d, i);
		}
	}
	lx->prefixes = word_list(kf, "prefixes", "words");
	g_ptr_array_sort(lx->prefixes, longer_first);
	lx->am = word_list(kf, "times", "am");
	lx->pm = word_list(kf, "times", "pm");
	lx->zones = word_list(kf, "times", "zones");
	g_ptr_array_sort(lx->am, longer_first);
	g_ptr_array_sort(lx->pm, longer_first);
	lexicon = lx;
	return lx;
}

/* ---- a small scanner over one line ---------------------------------------- */

typedef struct {
	const char *s;
	size_t n, pos;
	const Lexicon *lx;
} Line;

/* Skip spaces, tabs and no-break spaces (U+00A0, common after web datelines). */
static void
skip_spaces(Line *l)
{
	for (;;) {
		if (l->pos < l->n && (l->s[l->pos] == ' ' || l->s[l->pos] == '\t'))
			l->pos++;
		else if (l->pos + 1 < l->n && (unsigned char)l->s[l->pos] == 0xC2 &&
		         (unsigned char)l->s[l->pos + 1] == 0xA0)
			l->pos += 2;
		else
			return;
	}
}

static gboolean
accept(Line *l, char c)
{
	if (l->pos < l->n && l->s[l->pos] == c) {
		l->pos++;
		return TRUE;
	}
	return FALSE;
}

/* A word from the table at pos (plus an optional '.'); its value, or 0. */
static int
word_in(Line *l, const GArray *table)
{
	size_t e = l->pos;
	while (e < l->n && g_ascii_isalpha(l->s[e]))
		e++;
	size_t wl = e - l->pos;
	if (wl == 0 || wl > 12)
		return 0;
	for (guint i = 0; i < table->len; i++) {
		const Entry *t = &g_array_index(table, Entry, i);
		if (strlen(t->word) == wl && g_ascii_strncasecmp(t->word, l->s + l->pos, wl) == 0) {
			l->pos = e;
			accept(l, '.');
			return t->value;
		}
	}
	return 0;
}

/* One of the phrases (case-insensitive, not followed by a letter) at pos. */
static gboolean
phrase_in(Line *l, const GPtrArray *list)
{
	for (guint i = 0; i < list->len; i++) {
		const char *w = list->pdata[i];
		size_t wl = strlen(w);
		if (l->pos + wl <= l->n && g_ascii_strncasecmp(w, l->s + l->pos, wl) == 0 &&
		    (l->pos + wl == l->n || !g_ascii_isalpha(l->s[l->pos + wl]) ||
		     !g_ascii_isalpha(w[wl - 1]))) {
			l->pos += wl;
			return TRUE;
		}
	}
	return FALSE;
}

/* An unsigned number of min..max digits at pos, not followed by a digit. */
static int
number(Line *l, int min, int max)
{
	size_t e = l->pos;
	int v = 0;
	while (e < l->n && g_ascii_isdigit(l->s[e]) && (int)(e - l->pos) < max)
		v = v * 10 + (l->s[e++] - '0');
	if ((int)(e - l->pos) < min || (e < l->n && g_ascii_isdigit(l->s[e])))
		return -1;
	l->pos = e;
	return v;
}

/* A day of the month, with an optional ordinal suffix (26th). */
static int
day_number(Line *l)
{
	int d = number(l, 1, 2);
	if (d < 1 || d > 31)
		return -1;
	static const char *const ord[] = {"st", "nd", "rd", "th"};
	for (int i = 0; i < 4; i++)
		if (l->pos + 2 <= l->n && g_ascii_strncasecmp(l->s + l->pos, ord[i], 2) == 0 &&
		    (l->pos + 2 == l->n || !g_ascii_isalpha(l->s[l->pos + 2])))
			l->pos += 2;
	return d;
}

/* ", 2024" or " 2024" after a day: the year, or 0 (pos unchanged then). */
static int
year_after(Line *l)
{
	size_t save = l->pos;
	accept(l, ',');
	skip_spaces(l);
	int y = number(l, 4, 4);
	if (y < 1000) {
		l->pos = save;
		return 0;
	}
	return y;
}

/* A clock time: "14:30", "3:45 PM EDT", "3pm". */
static gboolean
clock_time(Line *l, TlDateline *d)
{
	size_t save = l->pos;
	int h = number(l, 1, 2), m = 0;
	gboolean colon = FALSE;
	/* "10.30 BST": a dot only with a zone or am/pm after it */
	if (h >= 0 && ((colon = accept(l, ':')) || accept(l, '.'))) {
		if ((m = number(l, 2, 2)) < 0 || m > 59)
			goto no;
		if (accept(l, ':') && number(l, 2, 2) < 0)
			goto no;
	}
	if (h < 0 || h > 23)
		goto no;
	size_t before = l->pos;
	gboolean half = TRUE, zoned = TRUE;
	skip_spaces(l);
	if (phrase_in(l, l->lx->pm) && h >= 1 && h <= 12)
		h = h % 12 + 12;
	else if (phrase_in(l, l->lx->am) && h >= 1 && h <= 12)
		h %= 12;
	else {
		half = FALSE;
		l->pos = before;
	}
	size_t zs = l->pos;
	skip_spaces(l);
	if (!phrase_in(l, l->lx->zones)) {
		zoned = FALSE;
		l->pos = zs;
	}
	/* a bare "3" or "10.30" is no clock time */
	if (!colon && !half && !zoned)
		goto no;
	d->hour = h;
	d->minute = m;
	return TRUE;
no:
	l->pos = save;
	return FALSE;
}

/* A calendar date at pos: [Weekday,] Month D[, YYYY] | D Month [YYYY] | YYYY-MM-DD. */
static gboolean
calendar_date(Line *l, TlDateline *d)
{
	size_t save = l->pos;
	if (word_in(l, l->lx->weekdays)) {
		accept(l, ',');
		skip_spaces(l);
	}
	d->start = l->pos;
	int y, m, day;
	size_t p0 = l->pos;
	if ((y = number(l, 4, 4)) >= 1000 && (accept(l, '-') || accept(l, '/'))) {
		char sep = l->s[l->pos - 1];
		if ((m = number(l, 1, 2)) >= 1 && accept(l, sep) && (day = number(l, 1, 2)) >= 1)
			goto found;
		goto no;
	}
	l->pos = p0;
	if ((m = word_in(l, l->lx->months))) {
		skip_spaces(l);
		if ((day = day_number(l)) < 0)
			goto no;
		y = year_after(l);
		goto found;
	}
	if ((day = day_number(l)) > 0) {
		skip_spaces(l);
		if (!(m = word_in(l, l->lx->months)))
			goto no;
		size_t after = l->pos;
		skip_spaces(l);
		if ((y = number(l, 4, 4)) < 1000) {
			l->pos = after;
			y = year_after(l);
		}
		goto found;
	}
no:
	l->pos = save;
	return FALSE;
found:
	if (y ? !tl_cal_valid(y, m, day) : day > tl_cal_days_in_month(2000, m))
		goto no;
	d->year = y;
	d->month = m;
	d->day = day;
	d->end = l->pos;
	return TRUE;
}

/* A date with an optional time before ("3:45 PM EDT, Sat April 27, 2024") or after it. */
static gboolean
date_time(Line *l, TlDateline *d)
{
	size_t save = l->pos;
	d->hour = -1;
	d->minute = 0;
	if (clock_time(l, d)) {
		accept(l, ',');
		skip_spaces(l);
		if (calendar_date(l, d))
			return TRUE;
		l->pos = save;
		d->hour = -1;
	}
	if (!calendar_date(l, d))
		return FALSE;
	size_t after = l->pos;
	accept(l, ',');
	skip_spaces(l);
	if (l->pos + 2 < l->n && g_ascii_strncasecmp(l->s + l->pos, "at ", 3) == 0)
		l->pos += 3;
	skip_spaces(l);
	if (!clock_time(l, d))
		l->pos = after;
	else
		d->end = l->pos;
	return TRUE;
}

static gboolean
dash_at(Line *l)
{
	skip_spaces(l);
	const char *p = l->s + l->pos;
	size_t left = l->n - l->pos;
	if (left >= 1 && p[0] == '-') {
		l->pos += left >= 2 && p[1] == '-' ? 2 : 1;
		return TRUE;
	}
	if (left >= 3 && memcmp(p, "\xE2\x80", 2) == 0 && ((unsigned char)p[2] == 0x93 ||
	                                                    (unsigned char)p[2] == 0x94)) {
		l->pos += 3;
		return TRUE;
	}
	return FALSE;
}

/* "KYIV, April 27, 2024 (Reuters) -", "SAN FRANCISCO, Calif., Feb 26 -" */
static gboolean
place_form(Line *l, TlDateline *d)
{
	int letters = 0;
	size_t i = 0;
	for (; i < l->n && i < 48 && l->s[i] != ','; i++) {
		unsigned char c = (unsigned char)l->s[i];
		if (g_ascii_islower(c) || g_ascii_isdigit(c))
			return FALSE;
		if (c >= 0x80) {
			gunichar u = g_utf8_get_char_validated(l->s + i, (gssize)(l->n - i));
			if (u == (gunichar)-1 || u == (gunichar)-2 || g_unichar_islower(u))
				return FALSE;
			letters++;
			i += (size_t)g_unichar_to_utf8(u, NULL) - 1;
			continue;
		}
		letters += g_ascii_isupper(c);
	}
	if (letters < 2 || i >= l->n || l->s[i] != ',')
		return FALSE;
	l->pos = i + 1;
	skip_spaces(l);
	if (!date_time(l, d)) {
		/* a region first: "Calif.," */
		size_t r = l->pos;
		while (r < l->n && r - l->pos < 24 && l->s[r] != ',' && !g_ascii_isdigit(l->s[r]))
			r++;
		if (r >= l->n || l->s[r] != ',' || !g_ascii_isupper(l->s[l->pos]))
			return FALSE;
		l->pos = r + 1;
		skip_spaces(l);
		if (!date_time(l, d))
			return FALSE;
	}
	skip_spaces(l);
	char open = l->pos < l->n ? l->s[l->pos] : 0;
	if (open == '(' || open == '/') {
		char close = open == '(' ? ')' : '/';
		const char *c = memchr(l->s + l->pos + 1, close, MIN(l->n - l->pos - 1, 40));
		if (!c)
			return FALSE;
		l->pos = (size_t)(c - l->s) + 1;
	}
	return dash_at(l);
}

/* "Published: 27 April 2024", "Updated on April 27, 2024 at 3:45 p.m." */
static gboolean
prefix_form(Line *l, TlDateline *d)
{
	l->pos = 0;
	if (!phrase_in(l, l->lx->prefixes))
		return FALSE;
	skip_spaces(l);
	if (!accept(l, ':') && !accept(l, '-') && l->pos + 2 < l->n &&
	    g_ascii_strncasecmp(l->s + l->pos, "on ", 3) == 0)
		l->pos += 3;
	skip_spaces(l);
	return date_time(l, d);
}

/* A line that is only a date (and time), or a date then a dash. */
static gboolean
date_form(Line *l, TlDateline *d)
{
	l->pos = 0;
	if (!date_time(l, d))
		return FALSE;
	size_t after = l->pos;
	skip_spaces(l);
	if (l->pos == l->n)
		return TRUE;
	l->pos = after;
	return dash_at(l);
}

gboolean
tl_dateline_at(const char *line, size_t len, TlDateline *out)
{
	const Lexicon *lx = lexicon_get(NULL);
	if (!lx)
		return FALSE;
	Line l = {line, len, 0, lx};
	TlDateline d = {0};
	if (date_form(&l, &d) || prefix_form(&l, &d) || (l.pos = 0, place_form(&l, &d))) {
		*out = d;
		return TRUE;
	}
	return FALSE;
}

/* How many non-blank lines to look at. */
#define DATELINE_LINES 6

gboolean
tl_dateline_find(const char *text, size_t len, size_t from, TlDateline *out, gboolean *found,
                 GError **error)
{
	*found = FALSE;
	if (!lexicon_get(error))
		return FALSE;
	size_t off = from;
	for (int seen = 0; off < len && seen < DATELINE_LINES;) {
		const char *nl = memchr(text + off, '\n', len - off);
		size_t end = nl ? (size_t)(nl - text) : len, s = off;
		off = nl ? end + 1 : len;
		while (s < end && (text[s] == ' ' || text[s] == '\t'))
			s++;
		if (s == end)
			continue;
		seen++;
		if (tl_dateline_at(text + s, end - s, out)) {
			out->start += s;
			out->end += s;
			*found = TRUE;
			return TRUE;
		}
		/* a line of body text ends the search */
		size_t e = end;
		while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\t'))
			e--;
		if (e - s > 150 || text[e - 1] == '.')
			break;
	}
	return TRUE;
}

char *
tl_dateline_dct(const TlDateline *d)
{
	if (d->hour >= 0)
		return g_strdup_printf("%04d-%02d-%02dT%02d:%02d", d->year, d->month, d->day, d->hour,
		                       d->minute);
	return g_strdup_printf("%04d-%02d-%02d", d->year, d->month, d->day);
}

/* Exactly n digits at *p: their value, advancing *p; -1 otherwise. */
static int
digits(const char **p, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (!g_ascii_isdigit((*p)[i]))
			return -1;
		v = v * 10 + ((*p)[i] - '0');
	}
	*p += n;
	return v;
}

char *
tl_dct_parse(const char *s, gboolean strict)
{
	if (!s)
		return NULL;
	const char *p = s;
	if (!strict)
		while (g_ascii_isspace(*p))
			p++;
	int y = digits(&p, 4), m, d, h = -1, mi = 0;
	gboolean dashes = *p == '-';
	if (y < 0 || (strict && !dashes))
		return NULL;
	if (dashes)
		p++;
	if ((m = digits(&p, 2)) < 0 || (dashes && *p++ != '-') || (d = digits(&p, 2)) < 0)
		return NULL;
	if (*p == 'T' || (!strict && *p == ' ' && g_ascii_isdigit(p[1]))) {
		p++;
		if ((h = digits(&p, 2)) < 0 || *p++ != ':' || (mi = digits(&p, 2)) < 0 || h > 23 ||
		    mi > 59)
			return NULL;
		/* seconds and a zone, as ISO 8601 writes them, are read and
		 * dropped: the clock to the minute is what the DCT keeps */
		int sec;
		if (*p == ':' && (sec = digits(&(const char *){p + 1}, 2)) >= 0) {
			if (sec > 60)
				return NULL;
			p += 3;
			if (*p == '.' || *p == ',')
				for (p++; g_ascii_isdigit(*p); p++)
					;
		}
		if (*p == 'Z' || *p == 'z')
			p++;
		else if (*p == '+' || *p == '-') {
			p++;
			if (digits(&p, 2) < 0)
				return NULL;
			if (*p == ':')
				p++;
			if (g_ascii_isdigit(*p) && digits(&p, 2) < 0)
				return NULL;
		}
	}
	if (!strict)
		while (g_ascii_isspace(*p))
			p++;
	if (*p != '\0' || !tl_cal_valid(y, m, d))
		return NULL;
	if (h >= 0)
		return g_strdup_printf("%04d-%02d-%02dT%02d:%02d", y, m, d, h, mi);
	return g_strdup_printf("%04d-%02d-%02d", y, m, d);
}
