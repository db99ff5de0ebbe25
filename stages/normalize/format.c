/*
 * Input formats: named on the command line, or guessed from a file's
 * extension, or (for other names and standard input with --format auto) from
 * its first bytes.
 */
#include <string.h>
#include "normalize.h"

static const struct {
	const char *name;
	TlFormat format;
} names[] = {
	{"text", TL_FORMAT_TEXT},   {"txt", TL_FORMAT_TEXT},     {"plain", TL_FORMAT_TEXT},
	{"html", TL_FORMAT_HTML},   {"htm", TL_FORMAT_HTML},     {"xhtml", TL_FORMAT_HTML},
	{"timeml", TL_FORMAT_TIMEML}, {"tml", TL_FORMAT_TIMEML}, {"xml", TL_FORMAT_TIMEML},
	{"jsonl", TL_FORMAT_JSONL}, {"json", TL_FORMAT_JSONL},   {"ndjson", TL_FORMAT_JSONL},
	{"auto", TL_FORMAT_AUTO},
};

TlFormat
tl_format_parse(const char *name)
{
	for (size_t i = 0; i < G_N_ELEMENTS(names); i++)
		if (g_ascii_strcasecmp(name, names[i].name) == 0)
			return names[i].format;
	return (TlFormat)-1;
}

const char *
tl_format_name(TlFormat f)
{
	static const char *const n[] = {"auto", "text", "html", "timeml", "jsonl"};
	return (unsigned)f < G_N_ELEMENTS(n) ? n[f] : "?";
}

/* Does s (case-insensitive) occur in head? */
static gboolean
has(const char *head, size_t len, const char *s)
{
	size_t n = strlen(s);
	for (size_t i = 0; i + n <= len; i++)
		if (g_ascii_strncasecmp(head + i, s, n) == 0)
			return TRUE;
	return FALSE;
}

TlFormat
tl_format_guess(const char *path, const char *head, size_t head_len)
{
	const char *base = path ? strrchr(path, '/') : NULL;
	base = base ? base + 1 : path;
	const char *dot = base ? strrchr(base, '.') : NULL;
	if (dot && dot != base) {
		TlFormat f = tl_format_parse(dot + 1);
		if ((int)f > 0 && f != TL_FORMAT_AUTO)
			return f;
	}
	size_t i = 0;
	if (head_len >= 3 && memcmp(head, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < head_len && g_ascii_isspace(head[i]))
		i++;
	head += i;
	head_len -= i;
	if (head_len > 0 && head[0] == '{')
		return TL_FORMAT_JSONL;
	if (has(head, MIN(head_len, 4096), "<TimeML"))
		return TL_FORMAT_TIMEML;
	if (head_len > 0 && head[0] == '<' &&
	    (has(head, MIN(head_len, 4096), "<html") || has(head, MIN(head_len, 64), "<!doctype") ||
	     has(head, MIN(head_len, 4096), "<body") || has(head, MIN(head_len, 4096), "<p")))
		return TL_FORMAT_HTML;
	return TL_FORMAT_TEXT;
}
